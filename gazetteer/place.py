"""`Place`: one row of the place table, checked when it is built."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .errors import InvalidPlace

__all__ = ["Place", "KINDS", "distance_km"]

# Feature kinds, broadest first. The resolver's prior and the map's footprint both key on these.
KINDS = (
    "continent", "country", "region", "admin1", "admin2", "city", "town", "village",
    "river", "sea", "lake", "mountain", "desert", "island", "valley", "landmark", "place",
)


@dataclass(frozen=True)
class Place:
    """A named point on Earth, with where it sits and where the row came from."""

    place_id: str
    name: str
    lat: float
    lon: float
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # first-level region name
    kind: str = "place"
    population: int = 0
    source: str = "user"
    alternates: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self):
        if not self.name or not self.name.strip():
            raise InvalidPlace(f"empty place name (id {self.place_id!r}); expected a non-empty name")
        if not isinstance(self.lat, (int, float)) or not -90.0 <= self.lat <= 90.0:
            raise InvalidPlace(f"latitude {self.lat!r} of {self.name!r} is out of range; expected -90 to 90")
        if not isinstance(self.lon, (int, float)) or not -180.0 <= self.lon <= 180.0:
            raise InvalidPlace(f"longitude {self.lon!r} of {self.name!r} is out of range; expected -180 to 180")
        if self.kind not in KINDS:
            raise InvalidPlace(f"feature kind {self.kind!r} of {self.name!r} is unknown; expected one of {', '.join(KINDS)}")
        if self.country is not None and not (len(self.country) == 2 and self.country.isalpha() and self.country.isupper()):
            raise InvalidPlace(f"country {self.country!r} of {self.name!r} is not an ISO 3166-1 alpha-2 code")
        if self.population < 0:
            raise InvalidPlace(f"population {self.population!r} of {self.name!r} is negative")

    @property
    def point(self) -> tuple[float, float]:
        """(lat, lon), the order geopy uses."""
        return (self.lat, self.lon)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p = math.pi / 180
    h = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))

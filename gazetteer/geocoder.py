"""`OfflineGeocoder`: geopy's geocoder interface over the offline place table. No network, ever.

    >>> geocoder = OfflineGeocoder(Gazetteer(home))
    >>> geocoder.geocode("Alexandria, Louisiana").point
    >>> geocoder.reverse((34.46, 40.95)).address

It follows geopy's conventions so it drops into code written for geopy (`RateLimiter`, pandas `apply`):
`geocode`/`reverse` return a `Location` (or None) with `exactly_one=True`, else a list of them, and
accept and ignore `timeout`.
"""

from __future__ import annotations

import dataclasses
import math
import os

from geopy.adapters import BaseSyncAdapter
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from .errors import GeoError
from .normalize import key as name_key
from .place import KINDS, Place
from .sources import DEMONYM, LOOSE
from .place import distance_km
from .store import _COLUMNS, Gazetteer, _place

__all__ = ["OfflineGeocoder"]

_KIND_RANK = {k: i for i, k in enumerate(KINDS)}


class _NoNetworkAdapter(BaseSyncAdapter):
    """The adapter geopy's base class insists on; it refuses every request."""

    def __init__(self, *, proxies=None, ssl_context=None):
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url, *, timeout, headers):
        raise GeoError(f"the offline geocoder never uses the network (asked for {url})")

    def get_text(self, url, *, timeout, headers):
        raise GeoError(f"the offline geocoder never uses the network (asked for {url})")


class OfflineGeocoder(Geocoder):
    """A geopy geocoder answering from a `Gazetteer`: the user's entries first, then the shipped table.

    Pass the gazetteer (preferred: the caller owns it) or a `home` folder to open one lazily.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, home: str | os.PathLike | None = None,
                 timeout=DEFAULT_SENTINEL, user_agent: str | None = None):
        super().__init__(timeout=timeout, user_agent=user_agent or "geonews-offline",
                         adapter_factory=_NoNetworkAdapter)
        if gazetteer is not None and home is not None:
            raise ValueError("pass a gazetteer or a home folder, not both")
        self._gazetteer = gazetteer
        self._home = home

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(self._home)
        return self._gazetteer

    # ---- forward ---------------------------------------------------------------------------------
    def geocode(self, query: str, exactly_one: bool = True, timeout=DEFAULT_SENTINEL, *, limit: int | None = None,
                country_codes: str | list[str] | None = None):
        """Places named `query`, best first: user entries, then exact spellings, then population and kind.

        "Alexandria, Louisiana" or "Paris, FR": the parts after the first comma name a country (name or
        ISO code) or a first-level region that the place must lie in. `country_codes` filters too.
        Returns a `Location` or None with `exactly_one`, else a list (empty when nothing matches).
        """
        if not isinstance(query, str):
            raise TypeError(f"query {query!r} is not a string; expected a place name such as 'Mosul, Iraq'")
        places = self._rank(query.strip(), country_codes)
        if limit is not None:
            places = places[:limit]
        if exactly_one:
            return self._location(places[0]) if places else None
        return [self._location(p) for p in places]

    def _rank(self, query: str, country_codes) -> list[Place]:
        g = self.gazetteer
        wanted = None
        if country_codes:
            wanted = {c.upper() for c in ([country_codes] if isinstance(country_codes, str) else country_codes)}
        parts = [p.strip() for p in query.split(",") if p.strip()]
        if not parts:
            return []
        attempts = [(parts[0], parts[1:])] if len(parts) > 1 else []
        attempts.append((query, []))  # the whole string may itself be a name
        for name, containers in attempts:
            cands = [c for c in g.lookup(name) if not c.flags & DEMONYM]
            if wanted is not None:
                cands = [c for c in cands if c.place.country in wanted]
            for container in containers:
                cands = [c for c in cands if self._inside(c.place, container)]
            if cands:
                cands.sort(key=lambda c: (not c.user, bool(c.flags & LOOSE), -c.place.population,
                                          _KIND_RANK.get(c.place.kind, len(KINDS))))
                return list(dict.fromkeys(c.place for c in cands))
        return []

    def _inside(self, place: Place, container: str) -> bool:
        """Whether `place` lies in the country or first-level region that `container` names."""
        k = name_key(container)
        if not k:
            return True
        if place.admin1 and name_key(place.admin1) == k:
            return True
        if len(container) == 2 and container.isalpha() and place.country == container.upper():
            return True
        for c in self.gazetteer.lookup(container):
            if c.place.kind == "country" and c.place.country == place.country:
                return True
            if c.place.kind == "admin1" and c.place.country == place.country and place.admin1 and \
                    name_key(c.place.admin1 or c.place.name) == name_key(place.admin1):
                return True
        return False

    # ---- reverse ---------------------------------------------------------------------------------
    def reverse(self, query, exactly_one: bool = True, timeout=DEFAULT_SENTINEL, *, limit: int | None = None,
                kinds: tuple[str, ...] | None = None):
        """The place nearest `query` ((lat, lon), "lat, lon" or a geopy `Point`), by great-circle distance.

        Searches a bounding box that widens until it holds a place, then makes sure nothing nearer sits
        just outside it. `kinds` restricts the answer ("city", "town", ...). Returns a `Location` or None
        with `exactly_one`, else a list nearest first (`limit` long, default 10).
        """
        point = query if isinstance(query, Point) else Point(query)
        lat, lon = point.latitude, point.longitude
        n = 1 if exactly_one else (limit or 10)
        found = self._nearest(lat, lon, n, kinds)
        if exactly_one:
            return self._location(found[0][1], distance_km=found[0][0]) if found else None
        return [self._location(p, distance_km=d) for d, p in found]

    def _nearest(self, lat: float, lon: float, n: int, kinds) -> list[tuple[float, Place]]:
        half = 0.25  # degrees of latitude
        while True:
            places = self._in_box(lat, lon, half, kinds)
            if len(places) >= n or half >= 180:
                break
            half *= 4
        if not places:
            return []
        ranked = sorted(((distance_km(lat, lon, p.lat, p.lon), p) for p in places), key=lambda t: t[0])
        # a place just outside the box's corner may be nearer than the n-th one inside: look again out to it
        reach = ranked[min(n, len(ranked)) - 1][0] / 111.0 + 0.01
        if reach > half:
            ranked = sorted(((distance_km(lat, lon, p.lat, p.lon), p) for p in self._in_box(lat, lon, reach, kinds)),
                            key=lambda t: t[0])
        return ranked[:n]

    def _in_box(self, lat, lon, half, kinds) -> list[Place]:
        lat_lo, lat_hi = max(-90.0, lat - half), min(90.0, lat + half)
        cos = math.cos(math.radians(min(89.0, abs(lat) + half)))
        dlon = 180.0 if half >= 90 or cos <= 0 else min(180.0, half / cos)
        if lon - dlon < -180 or lon + dlon > 180:
            lon_sql, lon_args = "1", ()
        else:
            lon_sql, lon_args = "p.lon BETWEEN ? AND ?", (lon - dlon, lon + dlon)
        kind_sql, kind_args = "1", ()
        if kinds:
            kind_sql, kind_args = f"p.kind IN ({','.join('?' * len(kinds))})", tuple(kinds)
        where = f"p.lat BETWEEN ? AND ? AND {lon_sql} AND {kind_sql}"
        args = (lat_lo, lat_hi, *lon_args, *kind_args)
        db = self.gazetteer.db
        out = [_place(r) for r in db.execute(f"SELECT {_COLUMNS} FROM user.places p WHERE {where}", args)]
        out += [_place(r) for r in db.execute(
            f"SELECT {_COLUMNS} FROM main.places p WHERE {where} "
            "AND p.place_id NOT IN (SELECT place_id FROM user.hidden) "
            "AND p.place_id NOT IN (SELECT place_id FROM user.places)", args)]
        return out

    # ---- results ---------------------------------------------------------------------------------
    def _location(self, place: Place, distance_km: float | None = None) -> Location:
        parts = [place.name]
        if place.admin1 and name_key(place.admin1) != name_key(place.name):
            parts.append(place.admin1)
        if place.country and place.kind != "country":
            parts.append(self._country_name(place.country))
        raw = dataclasses.asdict(place)
        raw["alternates"] = list(place.alternates)
        raw["user"] = place.source.startswith("user")
        if distance_km is not None:
            raw["distance_km"] = round(distance_km, 3)
        return Location(", ".join(parts), Point(place.lat, place.lon), raw)

    def _country_name(self, cc: str) -> str:
        try:
            return self.gazetteer.get(f"country:{cc}").name
        except GeoError:
            return cc

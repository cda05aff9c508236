"""The records that flow one way through the pipeline: document -> toponyms -> events and claims.

Each is a frozen dataclass checked when built. `to_dict()` gives the shape of the `geo extract`
contract (`docs/cli-contract.md` in the shared folder); lat/lon stay in that order until an export
or the map swaps them to GeoJSON's lon/lat.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from gazetteer.errors import GeoError
from gazetteer.place import Place

__all__ = ["Toponym", "Event", "Claim", "Report", "ROLES", "EVENT_TYPES", "CLAIM_STATUSES"]

ROLES = ("literal", "modifier", "related")

# ACLED's event types and the sub-types we recognise.
EVENT_TYPES = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade", "Chemical weapon",
    ),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
        "Looting/property destruction", "Non-violent transfer of territory", "Other",
    ),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
}

CLAIM_STATUSES = ("holds", "captured", "lost", "contested", "besieged", "withdrew")


def _check_span(kind: str, start: int, end: int) -> None:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
        raise GeoError(f"{kind} span ({start!r}, {end!r}) is invalid; expected 0 <= start <= end")


def _check_unit(kind: str, name: str, value: float | None) -> None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise GeoError(f"{kind} {name} {value!r} is out of range; expected 0 to 1")


@dataclass(frozen=True)
class Toponym:
    """A place name as written in a document, and the place it was resolved to (or None)."""

    start: int
    end: int
    text: str
    place: Place | None = None
    confidence: float = 0.0
    role: str = "literal"
    qualifier: str | None = None  # "eastern", "northwest", "north of"...
    runner_up: Place | None = None
    suggestions: tuple[str, ...] = ()  # for unresolved names: nearest gazetteer names
    sentence: tuple[int, int] | None = None  # offsets of the sentence it stands in
    stands_for: Place | None = None  # what a modifier names with the word after it: "the Iraqi capital" is Baghdad

    def __post_init__(self):
        _check_span("toponym", self.start, self.end)
        _check_unit("toponym", "confidence", self.confidence)
        if self.role not in ROLES:
            raise GeoError(f"toponym role {self.role!r} is unknown; expected one of {ROLES}")

    @property
    def resolved(self) -> bool:
        return self.place is not None

    def to_dict(self) -> dict:
        p = self.place
        d = {
            "start": self.start, "end": self.end, "text": self.text,
            "name": p.name if p else self.text,
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "country": p.country if p else None,
            "feature": p.kind if p else "unresolved",
            "place_id": p.place_id if p else None,
            "confidence": round(self.confidence, 3), "role": self.role,
        }
        if self.qualifier:
            d["qualifier"] = self.qualifier
        if p and p.admin1:
            d["admin1"] = p.admin1
        if self.runner_up:
            d["runner_up"] = _place_ref(self.runner_up)
        if self.suggestions:
            d["suggestions"] = list(self.suggestions)
        if self.stands_for:
            d["stands_for"] = _place_ref(self.stands_for)
        return d


def _place_ref(p: Place) -> dict:
    """A place another place's record points to (a runner-up, what a modifier stands for), in brief."""
    return {"name": p.name, "place_id": p.place_id, "lat": p.lat, "lon": p.lon, "country": p.country}


@dataclass(frozen=True)
class Event:
    """Something that happened at one place on one date, in ACLED's vocabulary, with the sentence that says so."""

    type: str
    sub_type: str | None
    sentence: str
    start: int
    end: int
    date: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    time_precision: int = 3  # ACLED: 1 day, 2 week or so, 3 month or vaguer
    place: Toponym | None = None
    geo_precision: int = 3  # ACLED: 1 the place itself, 2 near it / a small area, 3 a region
    actors: tuple[str, ...] = ()
    count: int | None = None
    confidence: float = 0.5

    def __post_init__(self):
        if self.type not in EVENT_TYPES:
            raise GeoError(f"event type {self.type!r} is unknown; expected one of {tuple(EVENT_TYPES)}")
        if self.sub_type is not None and self.sub_type not in EVENT_TYPES[self.type]:
            raise GeoError(f"event sub-type {self.sub_type!r} does not belong to {self.type!r}")
        _check_span("event", self.start, self.end)
        _check_unit("event", "confidence", self.confidence)
        if self.time_precision not in (1, 2, 3) or self.geo_precision not in (1, 2, 3):
            raise GeoError(f"precision ({self.time_precision}, {self.geo_precision}) is invalid; expected 1, 2 or 3")

    @property
    def lat(self) -> float | None:
        return self.place.place.lat if self.place and self.place.place else None

    @property
    def lon(self) -> float | None:
        return self.place.place.lon if self.place and self.place.place else None

    def to_dict(self) -> dict:
        p = self.place.place if self.place else None
        return {
            "type": self.type, "sub_type": self.sub_type, "date": self.date,
            "time_precision": self.time_precision,
            "lat": self.lat, "lon": self.lon,
            "place": (p.name if p else self.place.text) if self.place else None,
            "country": p.country if p else None,
            "geo_precision": self.geo_precision,
            "actors": list(self.actors), "count": self.count,
            "sentence": self.sentence, "start": self.start, "end": self.end,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Claim:
    """Who holds, took or lost a place, as of when, with the sentence that says so."""

    actor: str
    status: str
    place: Toponym
    sentence: str
    start: int
    end: int
    as_of: str | None = None
    confidence: float = 0.5

    def __post_init__(self):
        if self.status not in CLAIM_STATUSES:
            raise GeoError(f"claim status {self.status!r} is unknown; expected one of {CLAIM_STATUSES}")
        _check_span("claim", self.start, self.end)
        _check_unit("claim", "confidence", self.confidence)

    @property
    def lat(self) -> float | None:
        return self.place.place.lat if self.place.place else None

    @property
    def lon(self) -> float | None:
        return self.place.place.lon if self.place.place else None

    def to_dict(self) -> dict:
        p = self.place.place
        return {
            "actor": self.actor, "status": self.status,
            "place": p.name if p else self.place.text,
            "lat": self.lat, "lon": self.lon, "country": p.country if p else None,
            "as_of": self.as_of, "sentence": self.sentence, "start": self.start, "end": self.end,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Report:
    """One document and everything found in it."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None  # publication date
    url: str | None = None
    source: str | None = None  # the file or feed it came from
    raw_text: bool = True  # False when `text` was extracted (HTML): the contract then repeats it
    toponyms: tuple[Toponym, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    related_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)  # "READ: ..." lines, captions

    def to_dict(self) -> dict:
        d = {
            "id": self.id, "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "toponyms": [t.to_dict() for t in self.toponyms],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
        }
        if self.url:
            d["url"] = self.url
        if not self.raw_text:
            d["text"] = self.text
        return d

    def _repr_html_(self) -> str:
        """A compact table for Jupyter: title, date, counts and the toponyms (every value escaped)."""
        from .display import report_html

        return report_html(self)

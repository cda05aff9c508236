"""Reports -> the GeoJSON the map page draws. Pure data shaping: no folium, no HTML.

This is the one place where lat/lon turn into GeoJSON's [lon, lat]. Text stays raw here; the
page escapes it when it builds a popup (maps/assets/geonews.js, `GeoNews.esc`).

Feature properties use short keys because a 100k-event map repeats them 100k times:
  r  index into the sources table (`sources()`)      p  place name
  k  sub-type (events) or feature kind (places)       d  date as written ("2019-03", ...)
  a  actors                                           n  count (events) or mentions (places)
  s  quoted sentence                                  t0, t1  first and last day (days since 1970-01-01)
  c  country (places)   w  names as written (places)  q  qualifier (places)
Claim features keep claims_frame's column names; they are few.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from functools import lru_cache
from collections import defaultdict
from collections.abc import Iterable, Sequence

from geo.model import EVENT_TYPES, ROLES, Report

from .palette import canonical_actor

__all__ = ["day_span", "sources", "event_features", "place_features", "claim_features", "Bounds"]

_EPOCH = dt.date(1970, 1, 1)
_DIGITS = 5  # about 1 m: finer is noise and bytes


def _days(d: dt.date) -> int:
    return (d - _EPOCH).days


def day_span(value) -> tuple[int | None, int | None]:
    """First and last day a date value covers: "2019" is all of 2019, "2019-03" all of March.

    Accepts "YYYY[-MM[-DD]]" strings, dates, datetimes and pandas Timestamps; None, NaT and text
    that is not a date give (None, None), which the page treats as "always shown".
    """
    if _missing(value):
        return None, None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _days(value), _days(value)
    return _text_span(str(value).strip())


@lru_cache(maxsize=4096)
def _text_span(text: str) -> tuple[int | None, int | None]:
    """day_span for text, cached: a 100k-event map repeats a few thousand dates."""
    try:
        parts = [int(x) for x in text[:10].split("-")]
        if len(parts) == 1:
            return _days(dt.date(parts[0], 1, 1)), _days(dt.date(parts[0], 12, 31))
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return _days(dt.date(parts[0], parts[1], 1)), _days(dt.date(parts[0], parts[1], last))
        day = _days(dt.date(parts[0], parts[1], parts[2]))
        return day, day
    except (ValueError, IndexError):
        return None, None


class Bounds:
    """South-west and north-east corners of everything drawn, grown one point at a time."""

    def __init__(self):
        self.south = self.west = math.inf
        self.north = self.east = -math.inf

    def add(self, lat: float, lon: float) -> None:
        self.south, self.north = min(self.south, lat), max(self.north, lat)
        self.west, self.east = min(self.west, lon), max(self.east, lon)

    def add_box(self, west: float, south: float, east: float, north: float) -> None:
        self.add(south, west)
        self.add(north, east)

    @property
    def empty(self) -> bool:
        return self.south == math.inf

    def corners(self, pad: float = 0.25) -> list[list[float]]:
        """[[south, west], [north, east]] for Leaflet, padded so one point is not a 1 m window."""
        return [[max(self.south - pad, -85.0), max(self.west - pad, -180.0)],
                [min(self.north + pad, 85.0), min(self.east + pad, 180.0)]]


def sources(reports: Sequence[Report]) -> list[dict]:
    """One row per report, cited by index from every event and place feature."""
    return [{"id": r.id, "title": r.title, "date": r.date.isoformat() if r.date else None,
             "url": r.url, "source": r.source} for r in reports]


def _point(lat: float, lon: float) -> dict:
    return {"type": "Point", "coordinates": [round(lon, _DIGITS), round(lat, _DIGITS)]}


def event_features(reports: Sequence[Report], bounds: Bounds | None = None) -> dict[str, list[dict]]:
    """Mappable events grouped by ACLED event type, in EVENT_TYPES order.

    An undated event takes its report's publication date: the latest day it can have happened.
    Events with no coordinates cannot be drawn and are left out.
    """
    by_type: dict[str, list[dict]] = {t: [] for t in EVENT_TYPES}
    lats: list[float] = []
    lons: list[float] = []
    for i, report in enumerate(reports):
        published = day_span(report.date)[1]
        for e in report.events:
            lat, lon = e.lat, e.lon
            if lat is None or lon is None:
                continue
            t0, t1 = day_span(e.date) if e.date else (published, published)
            place = e.place.place.name if e.place and e.place.place else (e.place.text if e.place else None)
            by_type[e.type].append({"type": "Feature", "geometry": _point(lat, lon), "properties": {
                "r": i, "k": e.sub_type, "p": place, "d": e.date, "a": list(e.actors), "n": e.count,
                "s": e.sentence, "t0": t0, "t1": t1}})
            lats.append(lat)
            lons.append(lon)
    if bounds is not None and lats:
        bounds.add_box(min(lons), min(lats), max(lons), max(lats))
    return by_type


def place_features(reports: Sequence[Report], bounds: Bounds | None = None) -> dict[str, list[dict]]:
    """Resolved toponyms, one feature per (report, place, role), grouped by role.

    Only places named as places widen the bounds: related ones (links, captions) are hidden at first, and a
    modifier ("US-backed") says who, not where. Countries and continents widen them only when nothing finer
    is drawn: the map opens on Baghouz, not on every country the fighters came from.
    """
    by_role: dict[str, list[dict]] = {role: [] for role in ROLES}
    coarse: list[tuple[float, float]] = []
    for i, report in enumerate(reports):
        day = day_span(report.date)[1]
        seen: dict[tuple[str, str], dict] = {}
        for t in report.toponyms:
            p = t.place
            if p is None:
                continue
            key = (p.place_id, t.role)
            props = seen.get(key)
            if props is None:
                sentence = report.text[t.sentence[0]:t.sentence[1]].strip() if t.sentence else ""
                props = {"r": i, "p": p.name, "k": p.kind, "c": p.country, "w": [], "q": t.qualifier, "n": 0,
                         "s": sentence, "t0": day, "t1": day}
                seen[key] = props
                by_role[t.role].append({"type": "Feature", "geometry": _point(p.lat, p.lon), "properties": props})
                if bounds is not None and t.role == "literal":
                    if p.kind in ("country", "continent"):
                        coarse.append((p.lat, p.lon))
                    else:
                        bounds.add(p.lat, p.lon)
            props["n"] += 1
            if t.text not in props["w"]:
                props["w"].append(t.text)
    if bounds is not None and bounds.empty:
        for lat, lon in coarse:
            bounds.add(lat, lon)
    return by_role


def claim_features(frame, bounds: Bounds | None = None) -> tuple[dict[str, list[dict]], list[dict]]:
    """A claims_frame-shaped GeoDataFrame -> features per (canonical) actor, and the contested ones.

    Columns used: actor, status, place, as_of, sentence, title, report_date, source, contested,
    geometry (EPSG:4326). A claim shows from its date on (t1 open): later claims overdraw it and
    the page fades it by age.
    """
    by_actor: dict[str, list[dict]] = defaultdict(list)
    contested: list[dict] = []
    if frame is None or len(frame) == 0:
        return {}, []
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    if bounds is not None:
        west, south, east, north = frame.total_bounds
        if all(map(math.isfinite, (west, south, east, north))):
            bounds.add_box(west, south, east, north)
    from shapely.geometry import mapping

    for row in frame.itertuples(index=False):
        geom = row.geometry
        if geom is None or geom.is_empty:
            continue
        t0, _ = day_span(row.as_of)
        props = {
            "actor": _text(row.actor), "status": _text(row.status), "place": _text(row.place),
            "as_of": _date_text(row.as_of), "sentence": _text(row.sentence), "title": _text(row.title),
            "report_date": _date_text(row.report_date), "source": _text(row.source),
            "contested": bool(row.contested), "t0": t0, "t1": None,
        }
        feature = {"type": "Feature", "geometry": mapping(geom), "properties": props}
        if props["contested"]:
            contested.append(feature)
        else:
            by_actor[canonical_actor(props["actor"] or "unknown")].append(feature)
    return dict(sorted(by_actor.items())), contested


def _missing(value) -> bool:
    """None, NaN and NaT: the values a GeoDataFrame uses for "nothing here"."""
    try:
        return value is None or bool(value != value)
    except (TypeError, ValueError):
        return False


def _text(value) -> str | None:
    return None if _missing(value) else str(value)


def _date_text(value) -> str | None:
    if _missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def flatten(groups: Iterable[list[dict]]) -> list[dict]:
    return [f for g in groups for f in g]

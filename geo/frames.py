"""Reports as tables: one point row per toponym or event, in EPSG:4326.

This is the one place where lat/lon becomes GeoJSON's lon/lat (x = lon, y = lat). Rows without
coordinates (unresolved places) are left out: a point layer has nothing to draw for them.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo.events import fatalities_in
from geo.text import sentence_spans

__all__ = ["toponyms_frame", "events_frame", "event_row", "point", "point_frame", "REPORT_COLUMNS", "TOPONYM_COLUMNS", "EVENT_COLUMNS"]

CRS_LATLON = "EPSG:4326"
REPORT_COLUMNS = ["report_id", "title", "report_date", "url", "source"]
TOPONYM_COLUMNS = REPORT_COLUMNS + ["text", "name", "place_id", "feature", "country", "admin1", "role", "qualifier",
                                    "confidence", "start", "end", "sentence", "lat", "lon"]
EVENT_COLUMNS = REPORT_COLUMNS + ["event_id", "type", "sub_type", "date", "time_precision", "place", "country", "admin1",
                                  "geo_precision", "actors", "count", "fatalities", "sentence", "start", "end", "confidence",
                                  "lat", "lon"]


def point(lat: float, lon: float) -> Point:
    """A shapely point from (lat, lon): x is the longitude."""
    return Point(lon, lat)


def _report_cols(r) -> dict:
    return {"report_id": r.id, "title": r.title, "report_date": r.date.isoformat() if r.date else None, "url": r.url,
            "source": r.source}


def point_frame(rows: list[dict], columns: list[str], ints=()) -> gpd.GeoDataFrame:
    """Rows with "lat"/"lon" as a point GeoDataFrame; `ints` columns become nullable integers."""
    df = pd.DataFrame(rows, columns=columns)
    for col in ints:
        df[col] = df[col].astype("Int64")
    geometry = gpd.GeoSeries([point(a, o) for a, o in zip(df["lat"], df["lon"])], crs=CRS_LATLON)
    return gpd.GeoDataFrame(df, geometry=geometry, crs=CRS_LATLON)


def toponyms_frame(reports) -> gpd.GeoDataFrame:
    """One row per resolved toponym of every report, with the sentence it stands in."""
    rows = []
    for r in reports:
        spans = None
        for t in r.toponyms:
            p = t.place
            if p is None:
                continue
            if t.sentence is not None:
                s, e = t.sentence
            else:
                spans = spans if spans is not None else sentence_spans(r.text)
                s, e = next(((s, e) for s, e in spans if s <= t.start < e), (t.start, t.end))
            rows.append(_report_cols(r) | {
                "text": t.text, "name": p.name, "place_id": p.place_id, "feature": p.kind, "country": p.country,
                "admin1": p.admin1, "role": t.role, "qualifier": t.qualifier, "confidence": t.confidence,
                "start": t.start, "end": t.end, "sentence": r.text[s:e], "lat": p.lat, "lon": p.lon})
    return point_frame(rows, TOPONYM_COLUMNS, ints=("start", "end"))


def event_row(r, e, i: int) -> dict:
    """The table row of event `e`, the i-th of report `r`."""
    p = e.place.place if e.place else None
    return _report_cols(r) | {
        "event_id": f"{r.id}#{i}", "type": e.type, "sub_type": e.sub_type, "date": e.date, "time_precision": e.time_precision,
        "place": (p.name if p else e.place.text) if e.place else None, "country": p.country if p else None,
        "admin1": p.admin1 if p else None, "geo_precision": e.geo_precision, "actors": "; ".join(e.actors), "count": e.count,
        "fatalities": fatalities_in(e.sentence), "sentence": e.sentence, "start": e.start, "end": e.end,
        "confidence": e.confidence, "lat": e.lat, "lon": e.lon}


def events_frame(reports) -> gpd.GeoDataFrame:
    """One row per placed event of every report; actors joined with "; "."""
    rows = [event_row(r, e, i) for r in reports for i, e in enumerate(r.events) if e.lat is not None]
    return point_frame(rows, EVENT_COLUMNS, ints=("count", "fatalities", "time_precision", "geo_precision", "start", "end"))

"""Many reports at once: the same event told twice becomes one that cites both, and control over time.

Two events are the same when they have the same type and sub-type, stand within a few kilometres of
each other, and their dates overlap once each is widened by its precision (a day, a week either
side, its month or its year). The merged event keeps the most precise telling and lists every
(report id, sentence) that told it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import geopandas as gpd
import pandas as pd

from gazetteer.place import distance_km
from geo.actors import normalise_actor
from geo.frames import EVENT_COLUMNS, event_row, point_frame
from geo.geometry import HOLDING, claims_frame
from geo.model import Event, Report

__all__ = ["Corpus", "MergedEvent", "date_interval", "distance_km"]


@dataclass(frozen=True)
class MergedEvent:
    """One event, and every report sentence that told it."""

    event: Event
    report: Report  # the report whose telling was kept
    sources: tuple[tuple[str, str], ...]  # (report id, sentence)


def date_interval(date: str | None, precision: int) -> tuple[dt.date, dt.date] | None:
    """The days an ACLED date may mean: a day (widened by 3 days for precision 2), a month, a year."""
    if not date:
        return None
    if len(date) == 4:
        return dt.date(int(date), 1, 1), dt.date(int(date), 12, 31)
    if len(date) == 7:
        y, m = int(date[:4]), int(date[5:7])
        return dt.date(y, m, 1), dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    day = dt.date.fromisoformat(date)
    pad = dt.timedelta(days={1: 0, 2: 3}.get(precision, 15))
    return day - pad, day + pad


def _same(a: Event, b: Event, km: float) -> bool:
    if (a.type, a.sub_type) != (b.type, b.sub_type) or a.lat is None or b.lat is None:
        return False
    if distance_km(a.lat, a.lon, b.lat, b.lon) > km:
        return False
    ia, ib = date_interval(a.date, a.time_precision), date_interval(b.date, b.time_precision)
    if ia is None or ib is None:
        return ia is ib
    return ia[0] <= ib[1] and ib[0] <= ia[1]


class Corpus:
    """A set of reports, read together."""

    def __init__(self, reports):
        self.reports = tuple(reports)

    def _repr_html_(self) -> str:
        """A compact table for Jupyter: totals, date range and one row per report (every value escaped)."""
        from geo.display import corpus_html

        return corpus_html(self)

    def merged_events(self, km: float = 10.0) -> list[MergedEvent]:
        """Events of all reports, the same event told by several merged into one that cites them all."""
        groups: list[list[tuple[Event, Report]]] = []
        for r in self.reports:
            for e in r.events:
                home = next((g for g in groups if any(_same(e, other, km) for other, _ in g)), None)
                if home is None:
                    groups.append([(e, r)])
                else:
                    home.append((e, r))
        out = []
        for g in groups:
            best, report = max(g, key=lambda er: (-er[0].time_precision, -er[0].geo_precision, er[0].confidence))
            counts = [e.count for e, _ in g if e.count is not None]
            actors = tuple(dict.fromkeys(a for e, _ in g for a in e.actors))
            merged = replace(best, count=best.count if best.count is not None else (max(counts) if counts else None),
                             actors=actors, confidence=max(e.confidence for e, _ in g))
            sources = tuple(dict.fromkeys((r.id, e.sentence) for e, r in g))
            out.append(MergedEvent(merged, report, sources))
        return out

    def events_frame(self, km: float = 10.0) -> gpd.GeoDataFrame:
        """One point row per merged event, with `sources` ("report id: sentence" lines) and `n_reports`."""
        rows = []
        for i, m in enumerate(self.merged_events(km)):
            if m.event.lat is None:
                continue
            row = event_row(m.report, m.event, i)
            row["sources"] = "\n".join(f"{rid}: {sentence}" for rid, sentence in m.sources)
            row["n_reports"] = len({rid for rid, _ in m.sources})
            rows.append(row)
        return point_frame(rows, EVENT_COLUMNS + ["sources", "n_reports"],
                      ints=("count", "fatalities", "time_precision", "geo_precision", "start", "end", "n_reports"))

    def claims_frame(self) -> gpd.GeoDataFrame:
        return claims_frame(self.reports)

    def control_timeline(self, actor: str | None = None) -> pd.DataFrame:
        """Claims in date order, per actor, with how many places the actor holds after each (`places_held`)."""
        want = (normalise_actor(actor) or actor) if actor else None
        rows = []
        for r in self.reports:
            for c in r.claims:
                p = c.place.place
                rows.append({"as_of": c.as_of, "actor": c.actor, "status": c.status, "place": p.name if p else c.place.text,
                             "place_id": p.place_id if p else None, "report_id": r.id, "sentence": c.sentence})
        rows.sort(key=lambda row: (row["as_of"] or "", row["actor"]))
        held: dict[str, set[str]] = {}
        for row in rows:
            key = row["place_id"] or row["place"]
            if row["status"] == "captured":
                for other in held.values():
                    other.discard(key)
            mine = held.setdefault(row["actor"], set())
            if row["status"] in HOLDING:
                mine.add(key)
            elif row["status"] in ("lost", "withdrew"):
                mine.discard(key)
            row["places_held"] = len(mine)
        frame = pd.DataFrame(rows, columns=["as_of", "actor", "status", "place", "place_id", "report_id", "sentence",
                                            "places_held"])
        if want:
            frame = frame[frame["actor"] == want].reset_index(drop=True)
        return frame

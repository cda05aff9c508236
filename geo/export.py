"""Writing reports out: GeoJSON, GeoPackage (layers toponyms/events/claims), GeoParquet, and ACLED-style CSV.

Every writer checks its path first and turns any failure to write into one GeoError line naming the
path, so the command line can print it and exit.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd

from gazetteer.errors import GeoError
from geo.frames import events_frame, toponyms_frame
from geo.geometry import claims_frame

__all__ = ["to_geojson", "to_geopackage", "to_geoparquet", "to_acled_csv", "acled_frame", "ACLED_COLUMNS"]

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                 "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]


def _target(path, suffixes: tuple[str, ...]) -> Path:
    p = Path(path)
    if p.suffix.lower() not in suffixes:
        raise GeoError(f"cannot write {str(p)!r}: expected a file name ending in {' or '.join(suffixes)}")
    if p.is_dir():
        raise GeoError(f"cannot write {str(p)!r}: it is a folder; expected a file path")
    if not p.parent.is_dir():
        raise GeoError(f"cannot write {str(p)!r}: folder {str(p.parent)!r} does not exist")
    return p


def _write(p: Path, action) -> Path:
    try:
        action()
    except GeoError:
        raise
    except Exception as e:  # OSError, pyogrio and pyarrow errors: one line for the user
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise GeoError(f"cannot write {str(p)!r}: {reason}") from e
    return p


def to_geojson(frame: gpd.GeoDataFrame, path) -> Path:
    """One layer as GeoJSON (lon/lat, EPSG:4326)."""
    p = _target(path, (".geojson", ".json"))
    return _write(p, lambda: frame.to_crs("EPSG:4326").to_file(p, driver="GeoJSON"))


def to_geopackage(reports, path) -> Path:
    """All of it in one GeoPackage: layers "toponyms", "events" and "claims"."""
    reports = list(reports)
    p = _target(path, (".gpkg",))
    layers = {"toponyms": toponyms_frame(reports), "events": events_frame(reports), "claims": claims_frame(reports)}

    def write():
        if p.exists():
            p.unlink()
        for name, frame in layers.items():
            frame.to_file(p, layer=name, driver="GPKG")
    return _write(p, write)


def to_geoparquet(frame: gpd.GeoDataFrame, path) -> Path:
    """One layer as GeoParquet (needs pyarrow)."""
    p = _target(path, (".parquet", ".geoparquet"))
    try:
        import pyarrow  # noqa: F401
    except ImportError as e:
        raise GeoError("GeoParquet needs pyarrow; install it with: pip install 'geonews[parquet]'") from e
    return _write(p, lambda: frame.to_parquet(p))


def _full_date(date: str) -> str:
    """ACLED needs a day: a month is dated by its 15th, a year by 1 July (the middle), with time precision 3."""
    if len(date) == 7:
        return f"{date}-15"
    if len(date) == 4:
        return f"{date}-07-01"
    return date


def acled_frame(reports) -> pd.DataFrame:
    """Events as ACLED's columns: one row per placed event; actor1/actor2 are the first two actors named."""
    ev = events_frame(reports)
    rows, seen = [], {}
    for _, e in ev.iterrows():
        cc = e["country"] or "XX"
        seen[cc] = seen.get(cc, 0) + 1
        actors = [a for a in (e["actors"] or "").split("; ") if a]
        date = _full_date(e["date"]) if e["date"] else None
        rows.append({
            "event_id_cnty": f"{cc}{seen[cc]}", "event_date": date, "year": int(date[:4]) if date else None,
            "time_precision": e["time_precision"], "event_type": e["type"], "sub_event_type": e["sub_type"],
            "actor1": actors[0] if actors else None, "actor2": actors[1] if len(actors) > 1 else None,
            "country": e["country"], "admin1": e["admin1"], "location": e["place"], "latitude": e["lat"],
            "longitude": e["lon"], "geo_precision": e["geo_precision"],
            "source": e["source"] or e["url"] or e["title"], "notes": e["sentence"],
            "fatalities": 0 if pd.isna(e["fatalities"]) else int(e["fatalities"]),
        })
    out = pd.DataFrame(rows, columns=ACLED_COLUMNS)
    out["year"] = out["year"].astype("Int64")
    return out


def to_acled_csv(reports, path) -> Path:
    """Events as an ACLED-like CSV."""
    p = _target(path, (".csv",))
    frame = acled_frame(reports)
    return _write(p, lambda: frame.to_csv(p, index=False))

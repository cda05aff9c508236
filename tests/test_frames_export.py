"""Frames (the lat/lon -> lon/lat swap), the corpus (merging, control over time) and every export format."""

import csv
import datetime as dt
import json

import pyogrio
import pytest

from gazetteer.errors import GeoError
from geo.claims import extract_claims
from geo.corpus import Corpus, date_interval, distance_km
from geo.events import extract_events
from geo.export import ACLED_COLUMNS, to_acled_csv, to_geojson, to_geopackage, to_geoparquet
from geo.frames import events_frame, toponyms_frame
from geo.model import Report
from helpers_events import PLACES, seed_report, toponyms

PUB = dt.date(2019, 3, 5)


def _report(rid, text, tops, date=PUB, related=(), **kw):
    return Report(id=rid, text=text, title=kw.get("title", rid), date=date, url=kw.get("url"), source=kw.get("source", "wire"),
                  toponyms=tops, related_spans=related, events=tuple(extract_events(text, tops, date, related)),
                  claims=tuple(extract_claims(text, tops, date, related)))


@pytest.fixture(scope="module")
def reports():
    text, tops, pub, related = seed_report()
    seed = _report("seed", text, tops, pub, related, url="https://example.org/baghouz")
    other_text = ("About 200 Islamic State fighters surrendered in Baghouz on Monday, the SDF said. "
                  "The Taliban seized Kandahar on Sunday.")
    other = _report("other", other_text, toponyms(other_text, "Baghouz", "Kandahar"), dt.date(2019, 3, 6))
    return [seed, other]


def test_lon_lat_swap_happens_once_in_frames(reports):
    ev = events_frame(reports)
    baghouz = PLACES["Baghouz"]
    row = ev[ev["place"] == "Baghouz"].iloc[0]
    assert (row.geometry.x, row.geometry.y) == (baghouz.lon, baghouz.lat)
    assert (row["lat"], row["lon"]) == (baghouz.lat, baghouz.lon)
    assert ev.crs.to_epsg() == 4326


def test_events_frame_columns(reports):
    ev = events_frame(reports)
    for col in ("report_id", "title", "report_date", "url", "source", "sentence", "actors", "count", "date"):
        assert col in ev.columns
    surrender = ev[(ev["sub_type"] == "Change to group/activity") & (ev["report_id"] == "seed")].iloc[0]
    assert surrender["actors"] == "Islamic State (ISIS); Syrian Democratic Forces (SDF)"
    assert surrender["count"] == 200 and surrender["url"] == "https://example.org/baghouz"


def test_toponyms_frame_skips_unresolved_and_keeps_roles(reports):
    tf = toponyms_frame(reports)
    assert set(tf["role"]) == {"literal", "related"}
    assert "Syrian" not in set(tf["text"])  # the seed helper leaves the "Syrian" modifier unresolved: no point for it
    assert (tf["name"] == "Baghouz").sum() >= 6
    row = tf[tf["name"] == "Raqqa"].iloc[0]
    assert "capture of Raqqa" in row["sentence"] and row.geometry.x == PLACES["Raqqa"].lon


def test_corpus_merges_the_same_event_told_twice(reports):
    merged = Corpus(reports).merged_events()
    surrenders = [m for m in merged if m.event.sub_type == "Change to group/activity"]
    assert len(surrenders) == 1
    assert {rid for rid, _ in surrenders[0].sources} == {"seed", "other"}
    ev = Corpus(reports).events_frame()
    row = ev[ev["sub_type"] == "Change to group/activity"].iloc[0]
    assert row["n_reports"] == 2 and "other: About 200" in row["sources"]
    # distinct events stay distinct
    assert any(m.event.place.text == "Kandahar" for m in merged)


def test_merge_needs_overlapping_dates_and_nearby_places():
    assert date_interval("2019-03", 3) == (dt.date(2019, 3, 1), dt.date(2019, 3, 31))
    assert date_interval("2019-03-04", 2) == (dt.date(2019, 3, 1), dt.date(2019, 3, 7))
    assert distance_km(34.0, 40.0, 34.0, 40.0) == 0
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)
    a = "Turkish forces shelled Tal Rifaat on Monday."
    b = "Turkish forces shelled Tal Rifaat on Friday."
    c = "Turkish forces shelled Aleppo on Monday."
    rs = [_report(x, t, toponyms(t, "Tal Rifaat", "Aleppo")) for x, t in (("a", a), ("b", b), ("c", c))]
    assert len(Corpus(rs).merged_events()) == 3


def test_control_timeline(reports):
    tl = Corpus(reports).control_timeline()
    assert list(tl["as_of"]) == sorted(tl["as_of"])
    isis = Corpus(reports).control_timeline("Daesh")
    assert set(isis["actor"]) == {"Islamic State (ISIS)"}
    assert list(isis["status"]) == ["lost", "holds"] and list(isis["places_held"]) == [0, 1]


def test_geojson_is_lon_lat(reports, tmp_path):
    path = to_geojson(events_frame(reports), tmp_path / "events.geojson")
    data = json.loads(path.read_text())
    feature = next(f for f in data["features"] if f["properties"]["place"] == "Baghouz")
    assert feature["geometry"]["coordinates"] == [PLACES["Baghouz"].lon, PLACES["Baghouz"].lat]


def test_geopackage_has_three_layers(reports, tmp_path):
    path = to_geopackage(reports, tmp_path / "out.gpkg")
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert layers == {"toponyms", "events", "claims"}
    claims = pyogrio.read_dataframe(path, layer="claims")
    assert {"SDF captured Raqqa"} <= {f"{a.split(' (')[-1][:-1]} {s} {p}" for a, s, p in
                                      zip(claims["actor"], claims["status"], claims["place"])}
    assert claims.geometry.is_valid.all()
    to_geopackage(reports, path)  # overwriting works


def test_geoparquet_round_trip(reports, tmp_path):
    import geopandas as gpd

    path = to_geoparquet(events_frame(reports), tmp_path / "events.parquet")
    back = gpd.read_parquet(path)
    assert back.crs.to_epsg() == 4326 and len(back) == len(events_frame(reports))


def test_acled_csv(reports, tmp_path):
    path = to_acled_csv(reports, tmp_path / "acled.csv")
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ACLED_COLUMNS
    surrender = next(r for r in rows if r["sub_event_type"] == "Change to group/activity")
    assert surrender["event_date"] == "2019-03-04" and surrender["year"] == "2019" and surrender["country"] == "SY"
    assert surrender["actor1"] == "Islamic State (ISIS)" and surrender["location"] == "Baghouz"
    evac = next(r for r in rows if r["event_date"].endswith("-15"))  # a month-precision event gets a mid-month day
    assert evac["time_precision"] == "3"
    assert len({r["event_id_cnty"] for r in rows}) == len(rows)


@pytest.mark.parametrize("writer,name", [
    (lambda r, p: to_acled_csv(r, p), "missing/acled.csv"),
    (lambda r, p: to_geopackage(r, p), "missing/out.gpkg"),
    (lambda r, p: to_geojson(events_frame(r), p), "events.txt"),
    (lambda r, p: to_geoparquet(events_frame(r), p), "missing/x.parquet"),
])
def test_bad_paths_give_one_line_geo_error(reports, tmp_path, writer, name):
    with pytest.raises(GeoError) as info:
        writer(reports, tmp_path / name)
    assert "\n" not in str(info.value) and "cannot write" in str(info.value)


def test_unwritable_file_gives_geo_error(reports, tmp_path):
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(GeoError, match="folder"):
        to_acled_csv(reports, tmp_path / "dir.csv")

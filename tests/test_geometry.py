"""Claim areas: valid polygons of the right size, country polygons, dissolve, contested overlaps, projection round-trip."""

import datetime as dt
import math

import pytest
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import Point

from gazetteer.place import Place
from geo.geometry import circle, claim_area, claims_frame, footprint_radius_km, place_area, territory
from geo.model import Claim, Report, Toponym
from helpers_events import PLACES

GEOD = Geod(ellps="WGS84")


def claim(actor, status, name, as_of="2019-03-05"):
    t = Toponym(0, len(name), name, PLACES[name], 0.9)
    return Claim(actor=actor, status=status, place=t, sentence=f"{actor} {status} {name}.", start=0, end=len(name) + 20,
                 as_of=as_of)


@pytest.mark.parametrize("lat,lon,km", [(34.46, 40.95, 1.0), (0.0, 0.0, 50.0), (69.0, 18.0, 10.0), (-54.8, -68.3, 5.0),
                                        (-18.14, 178.44, 3.0)])
def test_circle_is_valid_and_true_to_size(lat, lon, km):
    poly = circle(lat, lon, km)
    assert poly.is_valid and poly.geom_type == "Polygon"
    assert poly.contains(Point(lon, lat))  # lon/lat order in EPSG:4326 geometries
    for x, y in list(poly.exterior.coords)[::8]:
        _, _, dist = GEOD.inv(lon, lat, x, y)
        assert dist == pytest.approx(km * 1000, rel=0.01)
    area, _ = GEOD.geometry_area_perimeter(poly)
    assert abs(area) == pytest.approx(math.pi * (km * 1000) ** 2, rel=0.02)


def test_projection_round_trip():
    to_merc = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
    back = Transformer.from_crs("EPSG:3857", "EPSG:4326", always_xy=True)
    poly = circle(36.335, 43.1189, 8.0)
    there = shapely.transform(poly, to_merc.transform, interleaved=False)
    again = shapely.transform(there, back.transform, interleaved=False)
    assert there.bounds[0] > 4e6  # metres now, not degrees
    assert shapely.equals_exact(poly, again, tolerance=1e-9)


def test_radius_grows_with_population_and_kind():
    mosul, baghouz = PLACES["Mosul"], PLACES["Baghouz"]
    assert footprint_radius_km(mosul) > footprint_radius_km(PLACES["Raqqa"]) > footprint_radius_km(baghouz)
    assert footprint_radius_km(Place("x", "Big", 0, 0, kind="city", population=10**9)) == 25.0
    assert footprint_radius_km(Place("x", "Prov", 0, 0, kind="admin1")) > footprint_radius_km(mosul)


def test_country_is_its_polygon():
    syria = place_area(PLACES["Syria"])
    assert syria.is_valid and syria.geom_type in ("Polygon", "MultiPolygon")
    assert syria.contains(Point(PLACES["Raqqa"].lon, PLACES["Raqqa"].lat))
    assert not syria.contains(Point(PLACES["Mosul"].lon, PLACES["Mosul"].lat))


def test_unknown_country_falls_back_to_a_circle():
    nowhere = Place("x", "Freedonia", 10.0, 10.0, None, None, "country")
    poly = place_area(nowhere)
    assert poly.is_valid and poly.contains(Point(10.0, 10.0))


def test_unresolved_place_has_empty_area():
    c = Claim("Taliban", "holds", Toponym(0, 5, "Nowhere"), "x", 0, 1)
    assert claim_area(c).is_empty


def test_claims_frame_columns_crs_and_contested():
    claims = [claim("Taliban", "holds", "Kandahar"), claim("Afghan government forces", "holds", "Kandahar"),
              claim("Taliban", "holds", "Kabul")]
    r = Report(id="r1", text="x", title="T", date=dt.date(2019, 3, 5), source="wire", claims=tuple(claims))
    f = claims_frame([r])
    assert f.crs.to_epsg() == 4326
    assert list(f.columns[:10]) == ["actor", "status", "place", "as_of", "sentence", "report_id", "title", "report_date", "source",
                                    "contested"]
    assert list(f["contested"]) == [True, True, False]
    assert f.geometry.is_valid.all() and (f["report_id"] == "r1").all()


def test_territory_dissolves_one_row_per_actor():
    claims = [claim("Taliban", "holds", "Kandahar"), claim("Taliban", "captured", "Kabul")]
    t = territory(claims)
    assert list(t["actor"]) == ["Taliban"]
    assert t.geometry.iloc[0].geom_type == "MultiPolygon" and t.geometry.is_valid.all()
    assert t["places"].iloc[0] == "Kabul; Kandahar"


def test_territory_replays_by_date():
    claims = [claim("Islamic State (ISIS)", "captured", "Mosul", "2014-06"),
              claim("Iraqi government forces", "captured", "Mosul", "2017-07"),
              claim("Islamic State (ISIS)", "lost", "Raqqa", "2017"),
              claim("Islamic State (ISIS)", "holds", "Raqqa", "2016")]
    assert list(territory(claims, as_of="2015")["actor"]) == ["Islamic State (ISIS)"]
    later = territory(claims, as_of="2018-01-01")
    assert list(later["actor"]) == ["Iraqi government forces"]
    assert list(territory(claims, as_of="2016-06")["places"]) == ["Mosul; Raqqa"]


def test_territory_marks_overlaps_contested():
    claims = [claim("Taliban", "holds", "Kabul"), claim("Afghan government forces", "holds", "Kabul"),
              claim("Afghan government forces", "holds", "Kandahar")]
    t = territory(claims)
    contested = t[t["status"] == "contested"]
    assert len(contested) == 1 and contested["actor"].iloc[0] == "Afghan government forces; Taliban"
    assert t["contested"].all()
    overlap = contested.geometry.iloc[0]
    assert overlap.is_valid and overlap.contains(Point(PLACES["Kabul"].lon, PLACES["Kabul"].lat))
    assert not overlap.contains(Point(PLACES["Kandahar"].lon, PLACES["Kandahar"].lat))


def test_besieged_place_is_contested():
    claims = [claim("Ukrainian armed forces", "holds", "Avdiivka", "2019-01"),
              claim("Russian armed forces", "besieged", "Avdiivka", "2019-02")]
    t = territory(claims)
    row = t[t["status"] == "contested"].iloc[0]
    assert row["actor"] == "Russian armed forces; Ukrainian armed forces" and row["places"] == "Avdiivka"


def test_empty_inputs_give_empty_frames():
    assert len(territory([])) == 0 and territory([]).crs.to_epsg() == 4326
    assert len(claims_frame([])) == 0 and claims_frame([]).crs.to_epsg() == 4326

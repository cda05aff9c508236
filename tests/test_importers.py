"""Importing CSV, GeoJSON and GeoNames dumps: formats told apart by content, every row checked, one transaction."""

import json

import pytest

from gazetteer.errors import ImportFormatError
from gazetteer.importers import detect_format, geonames_kind, import_file, read_places, to_geojson, write_csv


def gn_line(gid, name, lat, lon, fclass="P", fcode="PPL", cc="SY", admin1="", pop=0, alts=""):
    return "\t".join([str(gid), name, name, alts, str(lat), str(lon), fclass, fcode, cc, "", admin1, "", "", "",
                      str(pop), "", "200", "Asia/Damascus", "2020-01-01"]) + "\n"


@pytest.fixture
def dump(tmp_path):
    path = tmp_path / "SY.txt"
    path.write_text(
        gn_line(170794, "Deir ez-Zor", 35.336, 40.141, cc="SY", admin1="07", pop=271800, alts="Dayr az Zawr,DEZ,Deir al-Zour")
        + gn_line(170792, "Muhafazat Dayr az Zawr", 35.0, 40.5, "A", "ADM1", admin1="07")
        + gn_line(1, "Euphrates", 35.0, 40.0, "H", "STM", cc="")
        + gn_line(2, "Jabal Bishri", 35.3, 39.3, "T", "MT")
        + gn_line(3, "Hajin", 34.69, 40.83, pop=37935, admin1="07")
        + gn_line(4, "Omar Oil Field", 35.1, 40.5, "S", "OILF"), encoding="utf-8")
    return path


def test_formats_are_told_apart_by_content_not_extension(tmp_path, dump):
    csv_file = tmp_path / "places.txt"
    csv_file.write_text("name,latitude,lng\nA,1,2\n", encoding="utf-8")
    gj = tmp_path / "places.csv"
    gj.write_text(json.dumps({"type": "FeatureCollection", "features": []}), encoding="utf-8")
    assert (detect_format(dump), detect_format(csv_file), detect_format(gj)) == ("geonames", "csv", "geojson")


@pytest.mark.parametrize("fclass, fcode, pop, kind", [
    ("P", "PPL", 500, "village"), ("P", "PPLA", 50_000, "town"), ("P", "PPLC", 2_000_000, "city"),
    ("A", "ADM1", 0, "admin1"), ("A", "ADM2", 0, "admin2"), ("A", "PCLI", 0, "country"), ("H", "STM", 0, "river"),
    ("H", "LK", 0, "lake"), ("H", "GULF", 0, "sea"), ("H", "BAY", 0, "sea"), ("T", "MTS", 0, "mountain"),
    ("T", "DSRT", 0, "desert"), ("T", "ISL", 0, "island"), ("T", "VAL", 0, "valley"), ("L", "RGN", 0, "region"),
    ("S", "HSP", 0, "landmark"), ("V", "FRST", 0, "place"),
])
def test_geonames_kinds(fclass, fcode, pop, kind):
    assert geonames_kind(fclass, fcode, pop) == kind


def test_geonames_dump_parsing(dump):
    places = {p.place_id: p for p in read_places(dump)}
    dz = places["geonames:170794"]
    assert (dz.name, dz.point, dz.country, dz.kind, dz.population) == ("Deir ez-Zor", (35.336, 40.141), "SY", "city", 271800)
    assert dz.admin1 == "Muhafazat Dayr az Zawr"  # from the dump's own ADM1 row
    assert "Dayr az Zawr" in dz.alternates and "DEZ" not in dz.alternates  # codes are not names
    assert places["geonames:1"].kind == "river" and places["geonames:1"].country is None
    assert places["geonames:2"].kind == "mountain" and places["geonames:4"].kind == "landmark"


def test_geonames_import_overrides_shipped_row_and_reimport_replaces(tiny_gazetteer, dump):
    info = import_file(tiny_gazetteer, dump)
    assert info == {"file": str(dump), "format": "geonames", "places": 6}
    hits = [c for c in tiny_gazetteer.lookup("Deir ez-Zor") if c.place.place_id == "geonames:170794"]
    assert len(hits) == 1 and hits[0].user
    import_file(tiny_gazetteer, dump)
    assert len(list(tiny_gazetteer.iter_user_places())) == 6
    assert {c.place.place_id for c in tiny_gazetteer.lookup("Hajin")} == {"geonames:3"}


@pytest.mark.parametrize("bad, message", [
    (gn_line(9, "Nowhere", 95.1, 40), r"SY\.txt:4: latitude '95\.1' of 'Nowhere' out of range"),
    (gn_line(9, "Nowhere", 35, "abc"), r"SY\.txt:4: coordinates .* not numbers"),
    (gn_line(9, "", 35, 40), r"SY\.txt:4: empty place name"),
    (gn_line(9, "Nowhere", 35, 40, cc="QQ"), r"SY\.txt:4: country code 'QQ'"),
    ("9\tNowhere\t35\t40\n", r"SY\.txt:4: 4 tab-separated columns; expected 19"),
    (gn_line("x9", "Nowhere", 35, 40), r"SY\.txt:4: geonameid 'x9'"),
])
def test_one_bad_row_imports_nothing(tiny_gazetteer, tmp_path, bad, message):
    path = tmp_path / "SY.txt"
    path.write_text(gn_line(1, "A", 1, 1) + gn_line(2, "B", 2, 2) + gn_line(3, "C", 3, 3) + bad
                    + gn_line(5, "E", 5, 5), encoding="utf-8")
    with pytest.raises(ImportFormatError, match=message):
        import_file(tiny_gazetteer, path)
    assert list(tiny_gazetteer.iter_user_places()) == []
    assert tiny_gazetteer.lookup("A") == []


def test_csv_with_a_bad_row_names_file_and_line(tiny_gazetteer, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("name,lat,lon,country\nGood,1,2,SY\n\"Quoted, name\",3,4,IQ\nBad,91,2,SY\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match=r"mine\.csv:4: latitude 91\.0 of 'Bad' is out of range"):
        import_file(tiny_gazetteer, path)
    assert list(tiny_gazetteer.iter_user_places()) == []


def test_csv_accepts_latitude_longitude_headers(tiny_gazetteer, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Name,Latitude,Longitude,Country,alternates\nTal Abyad,36.69,38.95,SY,Tell Abyad|Girê Spî\n",
                    encoding="utf-8")
    assert import_file(tiny_gazetteer, path)["places"] == 1
    (c,) = tiny_gazetteer.lookup("Girê Spî")
    assert c.place.point == (36.69, 38.95) and c.user


def test_csv_export_import_round_trip(tiny_gazetteer, tmp_path, tiny_home):
    import io
    import shutil

    from gazetteer.store import Gazetteer

    g = tiny_gazetteer
    g.add("Baghouz Camp", 34.46, 40.95, country="SY", kind="landmark", alternates=["Camp, Baghuz", "Tent city"],
          admin1="Deir ez-Zor", population=3)
    g.add("Nowhere \"Quoted\"", -45.5, 170.25)
    g.edit("geonames:99072", lat=36.34)
    before = sorted(((p, p.alternates) for p in g.iter_user_places()), key=lambda t: t[0].place_id)
    buf = io.StringIO()
    assert write_csv(g.iter_user_places(), buf) == 3
    path = tmp_path / "export.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    other_home = tmp_path / "other"
    shutil.copytree(tiny_home, other_home)
    other = Gazetteer(other_home, build=False)
    assert import_file(other, path)["places"] == 3
    assert sorted(((p, p.alternates) for p in other.iter_user_places()), key=lambda t: t[0].place_id) == before
    import_file(other, path)  # again: replaced, not doubled
    assert len(list(other.iter_user_places())) == 3
    other.close()


def test_geojson_import_and_axis_order(tiny_gazetteer, tmp_path):
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [40.95, 34.46]},
         "properties": {"name": "Baghouz Camp", "alternates": ["Camp B"], "country": "SY", "kind": "landmark",
                        "population": 10}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [40.83, 34.69]},
         "properties": {"name": "Hajin", "country": "SY"}},
    ]}
    path = tmp_path / "camps.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert import_file(tiny_gazetteer, path) == {"file": str(path), "format": "geojson", "places": 2}
    (c,) = tiny_gazetteer.lookup("Camp B")
    assert c.place.point == (34.46, 40.95) and c.place.kind == "landmark" and c.place.population == 10
    back = to_geojson(tiny_gazetteer.iter_user_places())
    assert [f["geometry"]["coordinates"] for f in back["features"]] == [[40.95, 34.46], [40.83, 34.69]]


def test_geojson_non_point_is_rejected(tiny_gazetteer, tmp_path):
    path = tmp_path / "x.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]},
         "properties": {"name": "Road"}}]}), encoding="utf-8")
    with pytest.raises(ImportFormatError, match=r"x\.geojson:feature 1: geometry is 'LineString'; expected a Point"):
        import_file(tiny_gazetteer, path)


@pytest.mark.parametrize("content, message", [
    ("", "empty"), ("just some words\nmore\n", "cannot tell the format"), ("{not json", "not valid JSON"),
])
def test_unreadable_files(tiny_gazetteer, tmp_path, content, message):
    path = tmp_path / "x.dat"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=message):
        import_file(tiny_gazetteer, path)


def test_not_utf8_names_the_line(tiny_gazetteer, tmp_path):
    path = tmp_path / "SY.txt"
    path.write_bytes(gn_line(1, "A", 1, 1).encode() + gn_line(2, "B\xe9", 2, 2).encode("latin-1"))
    with pytest.raises(ImportFormatError, match=r"SY\.txt:2: not UTF-8"):
        import_file(tiny_gazetteer, path)

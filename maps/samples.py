"""Hand-built and synthetic records for the map's tests, screenshot and benchmark.

`seed_report` and `seed_claims_frame` stand in for the pipeline's output on
seeds/baghouz-2019-03-05.txt, written by hand so the map can be checked before the extractor
and geo.geometry exist. `synthetic_reports` makes large, deterministic inputs for bench/bench_map.py.
"""

from __future__ import annotations

import datetime as dt
import random

from gazetteer.place import Place
from geo.model import EVENT_TYPES, Claim, Event, Report, Toponym

__all__ = ["SEED_PLACES", "seed_report", "seed_claims_frame", "synthetic_reports"]

SEED_PLACES = {
    "Baghouz": Place("seed:baghouz", "Baghouz", 34.4586, 40.9506, "SY", "Deir ez-Zor", "village"),
    "Raqqa": Place("seed:raqqa", "Raqqa", 35.9528, 39.0097, "SY", "Raqqa", "city", 220_000),
    "Mosul": Place("seed:mosul", "Mosul", 36.3350, 43.1189, "IQ", "Nineveh", "city", 1_400_000),
    "Euphrates": Place("seed:euphrates", "Euphrates", 34.9000, 40.5500, None, None, "river"),
    "Syria": Place("seed:syria", "Syria", 35.0, 38.0, "SY", None, "country", 17_000_000),
    "Iraq": Place("seed:iraq", "Iraq", 33.0, 44.0, "IQ", None, "country", 38_000_000),
    "Netherlands": Place("seed:netherlands", "Netherlands", 52.25, 5.54, "NL", None, "country", 17_000_000),
}


def _sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The line holding offset: the seed has one sentence or headline per paragraph line."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _toponym(text: str, needle: str, name: str, role: str = "literal", after: int = 0,
             qualifier: str | None = None) -> Toponym:
    start = text.index(needle, after)
    return Toponym(start, start + len(needle), needle, SEED_PLACES[name], 0.9, role, qualifier,
                   sentence=_sentence_at(text, start))


def _event(text: str, quote: str, place: Toponym, etype: str, sub: str, date: str, actors, count=None) -> Event:
    start = text.index(quote)
    s, e = _sentence_at(text, start)
    return Event(etype, sub, text[s:e].strip(), s, e, date, 1 if len(date) == 10 else 3, place, 1,
                 tuple(actors), count, 0.8)


def seed_report(text: str, *, source: str = "seeds/baghouz-2019-03-05.txt") -> Report:
    """The Baghouz seed article's toponyms, events and claims, as the pipeline should find them."""
    t = text
    baghouz = _toponym(t, "Baghouz", "Baghouz")
    syria = _toponym(t, "eastern Syria", "Syria", qualifier="eastern")
    syrian = _toponym(t, "Syrian force", "Syria", role="modifier")
    euphrates = _toponym(t, "Euphrates", "Euphrates")
    iraq = _toponym(t, "Iraq", "Iraq")
    raqqa = _toponym(t, "Raqqa", "Raqqa")
    mosul = _toponym(t, "Mosul", "Mosul")
    netherlands = _toponym(t, "Netherlands", "Netherlands", role="related")
    syrian = Toponym(syrian.start, syrian.start + len("Syrian"), "Syrian", SEED_PLACES["Syria"], 0.7, "modifier",
                     sentence=syrian.sentence)
    events = (
        _event(t, "Some 200 Daesh fighters surrendered", baghouz, "Strategic developments", "Other", "2019-03-04",
               ("Islamic State", "SDF"), 200),
        _event(t, "The SDF resumed its assault on Baghouz", baghouz, "Battles", "Armed clash", "2019-03-03",
               ("SDF", "Islamic State")),
        _event(t, "On Sunday, the SDF faced landmines", baghouz, "Explosions/Remote violence", "Suicide bomb",
               "2019-03-03", ("Islamic State", "SDF")),
        _event(t, "the capture of Raqqa in 2017", raqqa, "Battles", "Non-state actor overtakes territory", "2017",
               ("SDF", "Islamic State")),
        _event(t, "lost other big cities including Mosul", mosul, "Battles", "Government regains territory", "2017",
               ("Iraqi forces", "Islamic State")),
    )
    claims = tuple(
        Claim(actor, status, place, ev.sentence, ev.start, ev.end, as_of, 0.7)
        for actor, status, place, ev, as_of in (
            ("Islamic State", "holds", baghouz, events[0], "2019-03-04"),
            ("SDF", "besieged", baghouz, events[1], "2019-03-03"),
            ("SDF", "captured", raqqa, events[3], "2017"),
            ("Islamic State", "lost", mosul, events[4], "2017"),
        )
    )
    title = t.splitlines()[2].strip() if len(t.splitlines()) > 2 else "Baghouz"
    return Report("baghouz-2019-03-05", t, title, dt.date(2019, 3, 5), None, source,
                  toponyms=(baghouz, syria, syrian, euphrates, iraq, raqqa, mosul, netherlands),
                  events=events, claims=claims)


def seed_claims_frame(report: Report):
    """A hand-drawn stand-in for geo.geometry.claims_frame([report]): one box per claimed place.

    Boxes are written out, not computed, so the map does no claim geometry of its own. Baghouz
    is contested (Islamic State holds, SDF besieges); Raqqa is SDF's since 2017.
    """
    import geopandas as gpd
    from shapely.geometry import box

    rows = [
        ("Islamic State", "holds", "Baghouz", "2019-03-04", report.claims[0].sentence, True,
         box(40.90, 34.42, 41.00, 34.50)),
        ("SDF", "captured", "Raqqa", "2017", report.claims[2].sentence, False, box(38.90, 35.88, 39.12, 36.02)),
        ("SDF", "holds", "Euphrates valley north of Baghouz", "2019-03-03", report.claims[1].sentence, False,
         box(40.40, 34.55, 40.95, 35.20)),
    ]
    return gpd.GeoDataFrame(
        {"actor": [r[0] for r in rows], "status": [r[1] for r in rows], "place": [r[2] for r in rows],
         "as_of": [r[3] for r in rows], "sentence": [r[4] for r in rows], "report_id": report.id,
         "title": report.title, "report_date": report.date.isoformat(), "source": report.source,
         "contested": [r[5] for r in rows]},
        geometry=[r[6] for r in rows], crs="EPSG:4326")


def synthetic_reports(n_events: int, *, per_report: int = 50, seed: int = 5) -> list[Report]:
    """Deterministic reports with n_events events spread over the Levant and 2014-2019."""
    rng = random.Random(seed)
    types = list(EVENT_TYPES)
    actors = ("Islamic State", "SDF", "Syrian government", "Turkey", "US-led coalition", "Russia", "Iraqi forces")
    places = [Place(f"syn:{i}", f"Place {i}", round(rng.uniform(32.0, 37.5), 4), round(rng.uniform(35.5, 45.0), 4),
                    "SY", None, "town") for i in range(2000)]
    start = dt.date(2014, 1, 1)
    reports = []
    made = 0
    while made < n_events:
        rid = len(reports)
        n = min(per_report, n_events - made)
        day = start + dt.timedelta(days=rng.randrange(0, 2000))
        sentences, events, toponyms, pos = [], [], [], 0
        for _ in range(n):
            place = rng.choice(places)
            etype = rng.choice(types)
            sentence = f"Fighting was reported in {place.name} as forces clashed near the river on that day."
            top = Toponym(pos + 25, pos + 25 + len(place.name), place.name, place, 0.9, "literal",
                          sentence=(pos, pos + len(sentence)))
            toponyms.append(top)
            events.append(Event(etype, rng.choice(EVENT_TYPES[etype]), sentence, pos, pos + len(sentence),
                                (day - dt.timedelta(days=rng.randrange(0, 5))).isoformat(), 1, top, 1,
                                tuple(rng.sample(actors, 2)), rng.choice((None, 1, 3, 12, 40, 200)), 0.6))
            sentences.append(sentence)
            pos += len(sentence) + 1
        reports.append(Report(f"syn-{rid}", " ".join(sentences), f"Synthetic report {rid}", day,
                              f"https://example.org/syn/{rid}", None, toponyms=tuple(toponyms), events=tuple(events)))
        made += n
    return reports

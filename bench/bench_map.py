"""Time maps.render + save on synthetic reports: 1k, 10k and 100k events.

    python bench/bench_map.py            # all three sizes
    python bench/bench_map.py 10000      # one size

Budget (issue 5): 10k events in under 3 s, 100k in under 10 s, from records to the HTML file.
Prints build seconds (render + HTML string + write) and file size; generating the synthetic
reports is timed apart, since the pipeline, not the map, makes them in real use.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import maps  # noqa: E402
from maps.samples import synthetic_reports  # noqa: E402


def bench(n_events: int, out_dir: Path) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    reports = synthetic_reports(n_events)
    made = time.perf_counter() - t0
    t0 = time.perf_counter()
    path = maps.save(maps.render(reports, title=f"{n_events} synthetic events"), out_dir / f"bench-{n_events}.html")
    built = time.perf_counter() - t0
    return made, built, path.stat().st_size


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1_000, 10_000, 100_000]
    maps.render([])  # load and cache the inlined assets once, as a long-running process would
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'events':>8} {'records s':>10} {'build s':>8} {'MB':>7}")
        for n in sizes:
            made, built, size = bench(n, Path(tmp))
            print(f"{n:>8} {made:>10.2f} {built:>8.2f} {size / 1e6:>7.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Benchmarks of the place table (a script, not a test): build, cold start, lookups, memory, import.

    /work/venv/bin/python bench/bench_gazetteer.py [--rows 100000] [--skip-build] [--home DIR]

Everything runs in a temporary folder unless --home points at an already built table.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer.store import Gazetteer  # noqa: E402

_SYLLABLES = "ba ghu za deir ra qa mo sul al ep po ham ma ka mal tik rit fal lu ja sa ma ra kir kuk".split()
_CLASSES = [("P", "PPL"), ("P", "PPLA"), ("A", "ADM2"), ("H", "STM"), ("T", "MT"), ("S", "SCH"), ("L", "RGN")]


def write_geonames(path: Path, rows: int, seed: int = 7) -> Path:
    """A synthetic GeoNames dump: `rows` lines of the 19 tab-separated columns of allCountries.txt."""
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for a1 in range(1, 15):
            f.write("\t".join([str(9_000_000 + a1), f"Region {a1}", f"Region {a1}", "", "35.0", "38.0", "A", "ADM1",
                               "SY", "", f"{a1:02d}", "", "", "", "0", "", "300", "Asia/Damascus", "2020-01-01"]) + "\n")
        for i in range(rows - 14):
            name = "".join(rnd.choice(_SYLLABLES) for _ in range(rnd.randint(2, 4))).capitalize()
            alts = ",".join(f"{name} {s}" for s in ("Gharbi", "Sharqi")[: rnd.randint(0, 2)])
            fc, code = rnd.choice(_CLASSES)
            pop = rnd.choice((0, 0, 120, 5_000, 40_000, 250_000))
            f.write("\t".join([
                str(10_000_000 + i), name, name, alts, f"{rnd.uniform(32, 37):.5f}", f"{rnd.uniform(35, 42):.5f}",
                fc, code, "SY", "", f"{rnd.randint(1, 14):02d}", "", "", "", str(pop), "", "250", "Asia/Damascus",
                "2020-01-01"]) + "\n")
    return path


def _tiny_rows():
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import TINY_ROWS

    return TINY_ROWS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000, help="rows of the synthetic GeoNames file")
    ap.add_argument("--skip-build", action="store_true", help="time the import on the tiny table only")
    ap.add_argument("--home", help="an already built table to time cold start and lookups against")
    args = ap.parse_args()
    results: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-gaz-") as tmp:
        tmp = Path(tmp)
        home = Path(args.home) if args.home else tmp / "full"
        if not args.skip_build and not args.home:
            t = time.perf_counter()
            info = Gazetteer(home).rebuild()
            results.append(("full table build", f"{time.perf_counter() - t:.1f} s ({info['places']:,} places, "
                                                f"{info['names']:,} names)"))
        if args.skip_build and not args.home:
            Gazetteer(home).rebuild(rows=_tiny_rows())
        # cold start: a new process opens the table and looks up one name
        code = ("import time; t=time.perf_counter(); from gazetteer.store import Gazetteer; "
                f"g=Gazetteer({str(home)!r}, build=False); c=g.lookup('Baghouz'); "
                "print(time.perf_counter()-t, len(c))")
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
        if out.returncode:
            sys.exit(f"cold start failed (did BUILD_VERSION change while the bench ran?):\n{out.stderr}")
        wall = time.perf_counter() - t
        inner, n = out.stdout.split()
        results.append(("cold start (new process, 1 lookup)", f"{wall:.2f} s wall, {float(inner):.2f} s in-process, "
                                                               f"{n} candidates"))
        g = Gazetteer(home, build=False)
        names = [r[0] for r in g.db.execute("SELECT name FROM main.places ORDER BY random() LIMIT 5000")]
        names += [n + "x" for n in names[:1000]]  # misses
        g._cache.clear()
        t = time.perf_counter()
        for nm in names:
            g.lookup(nm)
        dt = time.perf_counter() - t
        results.append(("lookup throughput (uncached)", f"{len(names) / dt:,.0f} lookups/s over {len(names):,} names"))
        t = time.perf_counter()
        for nm in names:
            g.lookup(nm)
        dt = time.perf_counter() - t
        results.append(("lookup throughput (cached)", f"{len(names) / dt:,.0f} lookups/s"))
        g.close()
        # import
        from gazetteer.importers import import_file

        src = write_geonames(tmp / "synthetic.txt", args.rows)
        ihome = tmp / "import"
        Gazetteer(ihome).rebuild(rows=_tiny_rows())
        gi = Gazetteer(ihome, build=False)
        t = time.perf_counter()
        info = import_file(gi, src, quiet=True)
        dt = time.perf_counter() - t
        results.append((f"import {info['places']:,}-row GeoNames file",
                        f"{dt:.1f} s = {info['places'] / dt:,.0f} rows/s"))
        t = time.perf_counter()
        info = import_file(gi, src, quiet=True)
        dt = time.perf_counter() - t
        results.append(("re-import (all rows replaced)", f"{dt:.1f} s = {info['places'] / dt:,.0f} rows/s"))
        gi.close()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results.append(("max RSS of this process", f"{rss:,.0f} MB"))
    width = max(len(k) for k, _ in results)
    print(f"{'measure':<{width}}  result")
    print(f"{'-' * width}  {'-' * 40}")
    for k, v in results:
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()

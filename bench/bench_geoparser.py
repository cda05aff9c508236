"""Geoparser speed: documents a second in one process (steady state) and a cold `geo extract` of one article.

    python bench/bench_geoparser.py [--docs 2000] [--events]

Articles are ~3 KB pieces of the shared evaluation corpora when ../shared/eval is there, else the seed
report. Steady state means after a first pass over the same articles has warmed the name cache, as in a
newsroom feed where names repeat; the first (cold-cache) pass is printed too. The place table must be
built already ($GEO_HOME or the default folder).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def articles(n: int, size: int = 3000) -> list[str]:
    texts = []
    for f in sorted(EVAL.glob("*.jsonl")) if EVAL.exists() else []:
        texts += [json.loads(line)["text"] for line in open(f, encoding="utf-8")]
    if not texts:
        texts = [(ROOT / "seeds" / "baghouz-2019-03-05.txt").read_text(encoding="utf-8")]
    out, buf = [], ""
    i = 0
    while len(out) < n:
        buf += texts[i % len(texts)] + "\n\n"
        i += 1
        while len(buf) >= size and len(out) < n:
            cut = buf.rfind(". ", 0, size) + 1 or size
            out.append(buf[:cut])
            buf = buf[cut:].lstrip()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--events", action="store_true", help="also extract events and claims (the full `geo extract`)")
    a = ap.parse_args(argv)

    from geo.documents import from_text
    from geo.pipeline import Pipeline

    docs = articles(a.docs)
    mb = sum(len(d.encode()) for d in docs) / 1e6
    pipe = Pipeline(events=a.events)
    pipe.run(from_text("Warm-up in Paris."))
    rows = []
    for label in ("first pass (cold name cache)", "steady state"):
        t0 = time.perf_counter()
        n_top = 0
        for d in docs:
            n_top += len(pipe.run(from_text(d)).toponyms)
        secs = time.perf_counter() - t0
        rows.append((label, len(docs) / secs, mb / secs, n_top))
    print(f"{len(docs)} articles, {mb:.1f} MB ({1000 * mb / len(docs):.1f} KB each), events={'on' if a.events else 'off'}")
    for label, dps, mbs, n_top in rows:
        print(f"  {label:<30} {dps:8.0f} docs/s  {mbs:6.2f} MB/s  ({n_top} toponyms)")
    # the matcher alone, over 10 MB of news: the part of the work that grows with the gazetteer
    news = articles(3500)
    text_mb = sum(len(d.encode()) for d in news) / 1e6
    matcher = pipe.recognizer.matcher
    for d in news[:200]:
        matcher.find(d)
    t0 = time.perf_counter()
    hits = sum(len(matcher.find(d)) for d in news)
    secs = time.perf_counter() - t0
    print(f"  matcher alone: {text_mb:.1f} MB in {secs:.2f} s = {text_mb / secs:.2f} MB/s ({hits} name matches)")
    print(f"  max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    seed = ROOT / "seeds" / "baghouz-2019-03-05.txt"
    cmd = [sys.executable, "-c", "from geo.cli import main; main()", "extract", str(seed)]
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=os.environ.copy())
        times.append(time.perf_counter() - t0)
    print(f"cold `geo extract` of the seed (new process, events and claims on): median {statistics.median(times):.2f} s "
          f"(min {min(times):.2f}, max {max(times):.2f}) over 5 runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score the geoparser on gold corpora (JSON lines of the shared eval format) in one process.

The acceptance path is `../shared/eval/run_project.sh GOLD.jsonl` (it runs `geo extract`); this script
gives the same figures faster while tuning, and can dump the misses for a look.

    python bench/evaluate.py ../shared/eval/geovirus.jsonl ../shared/eval/geowebnews-dev.jsonl [--errors FILE]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

from geo.documents import from_text
from geo.pipeline import Pipeline


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--scorer", type=Path, default=None, help="score.py (default: beside the first gold file)")
    ap.add_argument("--types", default="toponyms")
    ap.add_argument("--errors", type=Path, default=None, help="write false positives, misses and far placements here")
    ap.add_argument("--without", default="", help="leave out toponyms of these kinds, to measure them: "
                    "demonym, modifier, unresolved (comma list)")
    a = ap.parse_args(argv)
    scorer = load_scorer(a.scorer or a.gold[0].parent / "score.py")
    pipe = Pipeline(events=False)
    without = set(filter(None, a.without.split(",")))
    err_out = open(a.errors, "w", encoding="utf-8") if a.errors else None
    for gold_path in a.gold:
        gold = scorer.read_jsonl(gold_path)
        started = time.perf_counter()
        preds = []
        for d in gold:
            r = pipe.run(from_text(d["text"], id=str(d["id"]), title=d.get("title"), date=d.get("date")))
            out = r.to_dict()
            out["toponyms"] = [t for t, top in zip(out["toponyms"], r.toponyms) if not _left_out(top, without)]
            preds.append(out)
        secs = time.perf_counter() - started
        res = scorer.score(gold, preds, scorer.parse_types(a.types))
        print(f"== {gold_path.name}  ({secs:.2f} s, {1000 * secs / len(gold):.2f} ms/doc)")
        print(scorer.table(res))
        if err_out:
            _errors(scorer, gold, preds, err_out, gold_path.name, scorer.parse_types(a.types))
    return 0


def _left_out(t, without) -> bool:
    return (("modifier" in without and t.role == "modifier") or ("unresolved" in without and t.place is None)
            or ("demonym" in without and t.role == "modifier" and t.place is not None
                and t.text.lower().rstrip("s") != t.place.name.lower() and t.place.kind == "country"
                and t.text[:1].isupper() and not t.text.isupper() and t.text.endswith(("n", "ns", "i", "is", "sh", "ese", "ch"))))


def _errors(scorer, gold, preds, out, name, types):
    for d, p in zip(gold, preds):
        g = [t for t in d["toponyms"] if t.get("type") is None or t["type"] in types]
        pairs = scorer.match(g, p["toponyms"], False)
        gi = {i for i, _ in pairs}
        pj = {j for _, j in pairs}
        text = d["text"]
        for j, t in enumerate(p["toponyms"]):
            if j not in pj:
                other = [x.get("type") for x in d["toponyms"] if scorer.overlap(x, t) > 0]
                out.write(f"{name}\tFP\t{t['text']}\t{t['name']}|{t['country']}|{t['feature']}|{t.get('role')}\t{other}\t"
                          f"{text[max(0, t['start'] - 40):t['end'] + 40]!r}\n")
        for i, t in enumerate(g):
            if i not in gi:
                out.write(f"{name}\tFN\t{t['name']}\t{t.get('type')}\t{text[max(0, t['start'] - 40):t['end'] + 40]!r}\n")
        for i, j in pairs:
            gt, pt = g[i], p["toponyms"][j]
            if gt.get("lat") is not None and pt.get("lat") is not None:
                km = scorer.km(gt["lat"], gt["lon"], pt["lat"], pt["lon"])
                if km > 161:
                    out.write(f"{name}\tFAR\t{gt['name']}\t{pt['name']}|{pt['country']}|{pt['feature']}\t{km:.0f} km"
                              f"\tgold {gt['lat']:.2f},{gt['lon']:.2f} {gt.get('place')}\n")


if __name__ == "__main__":
    sys.exit(main())

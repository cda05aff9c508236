"""English word frequencies for the recogniser, as a small table beside the place table; and first names.

wordfreq knows how common every English word is, but importing it and reading its first frequency
takes over a second; the recogniser needs only the words common enough to be confused with a name.
So the table build writes those (Zipf >= 2.5, about 60,000 words) to `words.tsv`, which loads in
milliseconds.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["WordFrequencies", "WORDS_FILE", "write_words", "first_names"]

WORDS_FILE = "words.tsv"
MIN_ZIPF = 2.5


def write_words(path: Path, n: int = 80_000) -> int:
    """Write "word<TAB>zipf" for the commonest English words; returns how many."""
    from wordfreq import top_n_list, zipf_frequency

    rows = []
    for w in top_n_list("en", n):
        z = zipf_frequency(w, "en")
        if z < MIN_ZIPF:
            break
        rows.append(f"{w}\t{z:.2f}\n")
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text("".join(rows), encoding="utf-8")
    os.replace(tmp, path)
    return len(rows)


class WordFrequencies:
    """`freq(word)`: Zipf frequency of a lower-case English word, 0 for rare words and names."""

    def __init__(self, path: Path):
        self.path = path
        self._table: dict[str, float] | None = None

    def _load(self) -> dict[str, float]:
        if not self.path.exists():
            write_words(self.path)
        table = {}
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                w, _, z = line.rstrip("\n").partition("\t")
                table[w] = float(z)
        return table

    def __call__(self, word: str) -> float:
        if self._table is None:
            self._table = self._load()
        return self._table.get(word.lower(), 0.0)


_NAME_LINE = re.compile(r"^[^#\n].{2}([A-Za-z]{2,25})\s", re.M)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-case first names from gender-guesser's dictionary (about 45,000, shipped in its wheel), read once."""
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    text = path.read_text(encoding="iso-8859-1")
    # one name a line: a gender code, then the name in columns 4-29 (one regex pass: fast at start-up)
    names = {n.lower() for n in _NAME_LINE.findall(text)}
    # the dictionary holds a few words that are mostly not names in English text ("the", "in", "on")
    return frozenset(n for n in names if len(n) > 2) - _FUNCTION_WORDS


_FUNCTION_WORDS = frozenset("""the and but for nor yet not any all one two six ten can may will did does had has was are
    our his her its who why how what when then than thus also very much more most some such only just even ever else
    here there where from into onto upon with over under off out own per via
    three four five seven eight nine eleven twelve thirteen fifteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million dozen
    said you way take made man men long free night lot done tell job run line ago soon due age non son song fine won
    okay hey door deep mine beat anti ice miles save key boy win""".split())
# (and numbers: "Five Kenyan police officers"; and the everyday words among the dictionary's rarest names: "Save
# Teesta, save the north")

"""English word frequencies for the recogniser, as a small table beside the place table.

wordfreq knows how common every English word is, but importing it and reading its first frequency
takes over a second; the recogniser needs only the words common enough to be confused with a name.
So the table build writes those (Zipf >= 2.5, about 60,000 words) to `words.tsv`, which loads in
milliseconds.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["WordFrequencies", "WORDS_FILE", "write_words"]

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

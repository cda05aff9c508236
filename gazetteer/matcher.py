"""One pass over a text that finds every gazetteer name as whole words, longest match first.

Names in news are capitalised, so candidate spans are runs of capitalised words (with the lower-case
connectors place names hold: "of", "de", "al-", "upon"...). Each span's key is hashed and checked
against the table's bit filter of key hashes; only the rare hit goes to SQLite. That keeps the Python work
per word small: no automaton over a million names, no 200 MB pickle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import key as name_key
from .normalize import loose_key
from .store import Candidate, Gazetteer, key_hash

__all__ = ["Match", "Matcher"]

CONNECTORS = frozenset(
    "of the de del della di da do dos das du des la le les el al ad ar as az ash an ez es ed er en et ul ibn bin bint bani "
    "upon on sur sous au aux am im an der den and y i e o qui à a lès sul".split()
)
MAX_TOKENS = 6


def _initials() -> str:
    """A regex class of every letter that can start a name: upper-case letters and letters of caseless
    scripts (Arabic, CJK...), as ranges. `re` has no \\p{Lu}; building the class once keeps the scan in C."""
    ranges, start, prev = [], None, None
    for cp in range(0x10000):  # the Basic Multilingual Plane holds the scripts of place names
        c = chr(cp)
        ok = c.isupper() or (c.isalpha() and not c.islower() and not c.isupper())
        if ok and start is None:
            start = cp
        if not ok and start is not None:
            ranges.append((start, prev))
            start = None
        prev = cp
    if start is not None:
        ranges.append((start, prev))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


# a word that may start a name: capitalised, an acronym ("U.S.", "W.Va.", "T&T"), or in a caseless script; it must
# not continue a word ("McDonald" holds no "Donald"). The class comes first, so that `re` skips to candidate
# letters in C. (An apostrophe joins "O'Leary" and "Ma'arat", never a contraction: "He’ll" is not Hell.)
_TOKEN = (r"[" + _initials() + r"](?<![^\W_][^\W_])(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[A-Z])\.[A-Z][a-z]{1,3}\.(?!\w)"
          r"|(?<=[A-Z])&[A-Z](?!\w)"  # ("T&T")
          r"|[^\W_]*(?:['’](?!(?:s|ll|re|ve|d|m|t)\b)[^\W_]+)*)")
_CAP_TOKEN = re.compile(_TOKEN)
_CONNECTOR = "(?:" + "|".join(sorted(CONNECTORS, key=len, reverse=True)) + ")"
# what may stand between two words of one name: a space, a hyphen, a possessive, lower-case connectors
# ("Republic of the Congo", "Deir ez-Zor"), an elided article ("Côte d'Ivoire") or the full stop of
# "St. Louis" (or "ST. LOUIS" in a dateline)
_SEP = (r"(?: - |(?: |-|‐|'s |’s )(?:" + _CONNECTOR + r"(?: |-|‐))*|(?<=\b(?:St|Ft|Mt|Pt|ST|FT|MT|PT))\. |(?<=\b(?:Ste|STE))\. "
        r"|(?: )[dl]['’])")
_RUN = re.compile(_TOKEN + "(?:" + _SEP + _TOKEN + ")*")
_TRANSLITERATED = re.compile(r"(?i)(?:^|[\s(])(?:al|el|ad|ar|as|az|ash|an|at|ed|er|es|ez|en|ul)[-‐‑]\w|^(?:Al|El)\s|[āīūḥṣṭẓʿʾ]|"
                             r"\b(?:Deir|Dayr|Tal|Tell|Ain|Ayn|Ras|Jabal|Jebel|Wadi|Khan|Kafr|Beit|Bayt|Abu|Umm|Qasr|Bir|Ma'?arat)\b")


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    text: str
    key: str
    candidates: tuple[Candidate, ...]
    loose: bool  # matched only through transliteration variants


class Matcher:
    """Finds gazetteer names in text. The gazetteer is injected; nothing is loaded until first use."""

    def __init__(self, gazetteer: Gazetteer, *, loose: bool = True):
        self.gazetteer = gazetteer
        self.loose = loose
        self._seen: dict[str, tuple] = {}  # surface -> (match, match with a full stop), per table version
        self._runs: dict[str, tuple[Match, ...]] = {}  # run of capitalised words -> its names, per table version
        self._generation = -1

    @property
    def hashes(self):
        return self.gazetteer.key_hashes()  # cached by the gazetteer, renewed when the user's entries change

    def find(self, text: str) -> list[Match]:
        """Every name, left to right, longest first, never overlapping.

        One regex pass finds the runs of capitalised words that may make a name (words joined by spaces,
        hyphens, possessives or lower-case connectors: "Republic of the Congo", "Deir ez-Zor"). What each
        run holds is remembered (a feed repeats "The", "Mosul", "United States"), per table version, so
        the Python work per run is one dictionary lookup.
        """
        if self._generation != self.gazetteer.generation:
            self._seen.clear()
            self._runs.clear()
            self._generation = self.gazetteer.generation
        runs = self._runs
        out: list[Match] = []
        for rm in _RUN.finditer(text):
            s0, e0 = rm.span()
            run = rm.group()
            if text[e0:e0 + 1] == ".":  # "Calif." matches only with its full stop
                run += "."
            found = runs.get(run)
            if found is None:
                if len(runs) > 200_000:
                    runs.clear()
                found = runs[run] = self._match_run(run)
            for m in found:
                out.append(Match(s0 + m.start, s0 + m.end, m.text, m.key, m.candidates, m.loose))
        return out

    def _match_run(self, run: str) -> tuple[Match, ...]:
        """The names in one run, longest first, with offsets into the run."""
        hashes = self.hashes
        seen = self._seen
        caps = [m.span() for m in _CAP_TOKEN.finditer(run)]
        n = len(caps)
        out = []

        def longest_at(i: int) -> Match | None:
            s0 = caps[i][0]
            for k in range(min(n - 1, i + MAX_TOKENS - 1), i - 1, -1):
                e = caps[k][1]
                surface = run[s0:e]
                memo = seen.get(surface)
                if memo is None:
                    if len(seen) > 200_000:
                        seen.clear()
                    memo = seen[surface] = self._lookup_surface(surface, hashes)
                plain, dotted = memo
                if dotted is not None and run[e:e + 1] == ".":  # "Calif."
                    plain = dotted
                if plain is not None:
                    return Match(s0, s0 + len(plain.text), plain.text, plain.key, plain.candidates, plain.loose)
            return None

        i = 0
        while i < n:
            found = longest_at(i)
            if found and i + 1 < n and run[caps[i][0]:caps[i][1]] == "The" and caps[i + 1][0] < found.end:
                # (an article that starts a name does not hide a longer one after it: "The River Tay" is the
                # River Tay, not a place called "The River")
                after = longest_at(i + 1)
                if after is not None and after.end > found.end:
                    found = after
                    i += 1
            if found:
                out.append(found)
                i += 1
                while i < n and caps[i][0] < found.end:
                    i += 1
            else:
                i += 1
        return tuple(out)

    def _lookup_surface(self, surface: str, hashes) -> tuple[Match | None, Match | None]:
        """(the match of `surface`, the match of `surface` followed by a full stop if that differs)."""
        k = name_key(surface)
        if not k:
            return (None, None)
        dotted = None
        if key_hash(k + ".") in hashes:
            cands = self.gazetteer.candidates(k + ".")
            if cands:
                dotted = Match(0, len(surface) + 1, surface + ".", k + ".", cands, False)
        if key_hash(k) in hashes:
            cands = self.gazetteer.candidates(k)
            if cands:
                return (Match(0, len(surface), surface, k, cands, False), dotted)
        # transliteration variants only where the name looks transliterated ("al-Baghuz", "Deir ez-Zor"):
        # in English news at large, loose keys turn surnames into towns ("Perera" -> Pereira)
        if self.loose and len(k) >= 5 and _TRANSLITERATED.search(surface):
            lk = "~" + loose_key(k)
            if key_hash(lk) in hashes:
                cands = self.gazetteer.candidates(lk)
                if cands:
                    return (Match(0, len(surface), surface, lk, cands, True), dotted)
        return (None, dotted)

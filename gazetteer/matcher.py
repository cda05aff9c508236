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
    "upon on sur sous au aux am im an der den and y i e o".split()
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


# a word that may start a name: capitalised, an acronym, an elided article ("d'Ivoire"), or a caseless script
# (an apostrophe joins "O'Leary" and "Ma'arat", never a contraction: "He’ll" is not Hell)
_CAP_TOKEN = re.compile(r"\b(?:(?:[A-Z]\.){2,}|[" + _initials() + r"][^\W_]*(?:['’](?!(?:s|ll|re|ve|d|m|t)\b)[^\W_]+)*"
                        r"|[a-z]['’](?=[A-Z])[^\W_]+(?:['’](?!(?:s|ll|re|ve|d|m|t)\b)[^\W_]+)*)")
_GAPS = frozenset((" ", "-", "‐", " - ", "'s ", "’s "))
_BETWEEN = re.compile(r"(?: |-|‐|'s |’s )(?:(?:" + "|".join(sorted(CONNECTORS, key=len, reverse=True))
                      + r")(?: |-|‐))+")
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
        self._generation = -1

    @property
    def hashes(self):
        return self.gazetteer.key_hashes()  # cached by the gazetteer, renewed when the user's entries change

    def find(self, text: str) -> list[Match]:
        """Every name, left to right, longest first, never overlapping.

        Only capitalised words are visited (one regex pass finds them); two of them belong to one run when
        the text between them is a space, a hyphen, a possessive or lower-case connectors ("of", "al-").
        What each surface form matched is remembered (names repeat across a feed), per table version.
        """
        if self._generation != self.gazetteer.generation:
            self._seen.clear()
            self._generation = self.gazetteer.generation
        hashes = self.hashes
        seen = self._seen
        caps = [m.span() for m in _CAP_TOKEN.finditer(text)]
        n = len(caps)
        out: list[Match] = []
        i = 0
        while i < n:
            s0 = caps[i][0]
            last = i
            j = i + 1
            while j < n and j - i < MAX_TOKENS:
                between = text[caps[j - 1][1]:caps[j][0]]
                if between not in _GAPS and not (
                        _abbrev(text, caps[j - 1]) if between == ". " else _BETWEEN.fullmatch(between)):
                    break
                last = j
                j += 1
            found = None
            for k in range(last, i - 1, -1):
                e = caps[k][1]
                surface = text[s0:e]
                memo = seen.get(surface)
                if memo is None:
                    if len(seen) > 200_000:
                        seen.clear()
                    memo = seen[surface] = self._lookup_surface(surface, hashes)
                plain, dotted = memo
                if dotted is not None and text[e:e + 1] == ".":  # "Calif."
                    plain = dotted
                if plain is not None:
                    found = Match(s0, s0 + len(plain.text), plain.text, plain.key, plain.candidates, plain.loose)
                    break
            if found:
                out.append(found)
                i += 1
                while i < n and caps[i][0] < found.end:
                    i += 1
            else:
                i += 1
        return out

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


def _abbrev(text: str, span: tuple[int, int]) -> bool:
    """"St. Louis", "Ft. Worth": a short capitalised word before a full stop may run on into a name."""
    w = text[span[0]:span[1]]
    return w in ("St", "Ste", "Ft", "Mt", "Pt")

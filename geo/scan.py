"""Fast scanning of big alternations: Python's re tries every alternative of a pattern at every position.

For the big tables of this package (date rules, actor names, event triggers, claim verbs) that costs about a
microsecond a character. Every alternative of those tables starts at a word start with a literal word (or a
digit), so a per-text index of word starts by their first letters finds the few places worth trying, and
there only the alternatives that can start there are tried. The matches are exactly those of
`regex.finditer`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, compress
from operator import itemgetter

__all__ = ["Alternation"]

try:
    from re import _parser as _sre
except ImportError:  # Python < 3.11
    import sre_parse as _sre  # type: ignore[no-redef]

_KEY = 4  # letters of a word start the index is keyed by
_LONGEST = 8  # letters of a literal prefix checked at a candidate
_DIGIT = "#"  # stands for "any decimal digit" in a set of prefixes
_END = "\x00"  # ends a prefix where the word must end (before white space, \b, (?!\w))
_SPLIT_RE = re.compile(r"(\W+)")
_DIGITS_RE = re.compile(r"\d+")
_FIRST_LETTERS = itemgetter(slice(0, _KEY))
_LEADING_WORD_RE = re.compile(r"\w*")


class _NoPrefix(Exception):
    """An alternative may start somewhere other than a word start with a known literal: scan it with plain re."""


def _prefixes(pattern: str, flags: int, longest: int) -> set[str]:
    """Lower-cased literal prefixes (at most `longest` letters) that every match of `pattern` starts with, at a word start."""
    closed: set[str] = set()

    def close(opens):
        for p, _ in opens:
            if not p:
                raise _NoPrefix
            closed.add(p)

    def add(opens, chars):
        out = set()
        for p, at_word_start in opens:
            for ch in chars:
                if not p and not (at_word_start and (ch.isalnum() or ch == "_")):
                    raise _NoPrefix
                q = p + ch.lower()
                (closed.add(q) if len(q) >= longest else out.add((q, at_word_start)))
        return out

    def close_word(opens):  # the word ends here: mark it, so that only that whole word is a candidate
        close({(p + _END if p and (p[-1].isalnum() or p[-1] == "_") else p, w) for p, w in opens})

    def walk(items, opens):
        for op, av in items:
            if not opens:
                break
            if _non_word_first(op, av) or (op is _sre.AT and av == _sre.AT_BOUNDARY and all(p for p, _ in opens)) \
                    or (op is _sre.ASSERT_NOT and av[0] == 1 and _is_word_class(av[1])):
                close_word(opens)
                opens = set()
            elif op is _sre.LITERAL and chr(av).isascii():
                opens = add(opens, chr(av))
            elif op is _sre.IN and av and all(o is _sre.LITERAL and chr(a).isascii() for o, a in av) and len(av) <= 4:
                opens = add(opens, [chr(a) for _, a in av])
            elif op is _sre.IN and av == [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)] and all(not p and w for p, w in opens):
                closed.add(_DIGIT)
                opens = set()
            elif op is _sre.AT:
                if av == _sre.AT_BOUNDARY:  # a word char after \b starts a word
                    opens = {(p, True) if not p else (p, w) for p, w in opens}
            elif op is _sre.ASSERT_NOT and _no_word_before(av):
                opens = {(p, True) if not p else (p, w) for p, w in opens}
            elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
                pass  # zero-width: the letters around it are adjacent
            elif op is _sre.SUBPATTERN:
                opens = walk(av[-1].data, opens)
            elif op is _sre.BRANCH:
                opens = set().union(*(walk(b.data, set(opens)) for b in av[1]))
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
                lo, _, sub = av
                close(walk(sub.data, set(opens)))  # one pass through, then stop
                if lo:
                    opens = set()
            else:
                close(opens)
                opens = set()
        return opens

    close(walk(_sre.parse(pattern, flags).data, {("", False)}))
    return closed


def _no_word_before(av) -> bool:
    """Is this negative assertion a look-behind at one character that excludes word characters, like (?<![\\w-])?"""
    return av[0] == -1 and _is_word_class(av[1])


def _is_word_class(sub) -> bool:
    """Is `sub` one character class that takes in every word character, like [\\w-]?"""
    if len(sub.data) != 1 or sub.data[0][0] is not _sre.IN:
        return False
    items = sub.data[0][1]
    return (_sre.CATEGORY, _sre.CATEGORY_WORD) in items and all(o is not _sre.NEGATE for o, _ in items)


def _non_word_first(op, av) -> bool:
    """Does this element of a pattern start by consuming white space or another non-word character (\\s+, \\W)?"""
    if op is _sre.IN:
        return bool(av) and all(o is _sre.CATEGORY and a in (_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD) for o, a in av)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        return av[0] >= 1 and bool(av[2].data) and _non_word_first(*av[2].data[0])
    return False


_WANTED: set[str] = set()  # index keys some Alternation looks up: other words are left out of the index
_WANT_ALL = False  # some Alternation looks words up by fewer letters than _KEY: index every word


class _Words:
    """The words of one text by their first letters (lower-cased), built once and shared by every Alternation."""

    def __init__(self, text: str):
        self.text = text
        self.low = low = text.lower()
        self.wanted = (len(_WANTED), _WANT_ALL)
        # re.I folds "ı" and "ſ" into i and s and "İ" into i, which lower() does not: such texts are scanned by plain re
        self.ok = len(low) == len(text) and "ı" not in text and "ſ" not in text
        self.by_len: dict[int, dict[str, list[int]]] = {}
        self.candidates: dict[int, tuple[list[int], list[int]]] = {}  # id(Alternation) -> (positions, masks)
        if not self.ok:
            return
        parts = _SPLIT_RE.split(text)  # word, non-word, word, ... ("" first if the text starts with a non-word)
        keys = list(map(str.lower, map(_FIRST_LETTERS, parts[0::2])))
        pairs = zip(keys, list(accumulate(map(len, parts), initial=0))[0::2])
        if not _WANT_ALL:
            pairs = compress(pairs, map(_WANTED.__contains__, keys))
        index: dict[str, list[int]] = {}
        for key, c in pairs:
            if key:
                index.setdefault(key, []).append(c)
        self.by_len[_KEY] = index

    def starting(self, n: int) -> dict[str, list[int]]:
        """Word starts by their first `n` letters (words shorter than _KEY: all their letters), or for 0 by a first digit."""
        index = self.by_len.get(n)
        if index is None and n == 0:
            text = self.text
            index = self.by_len[0] = {_DIGIT: [c for c in (m.start() for m in _DIGITS_RE.finditer(text))
                                               if not c or not (text[c - 1].isalnum() or text[c - 1] == "_")]}
        elif index is None:
            shorter: dict[int, dict[str, list[int]]] = {k: {} for k in range(1, _KEY)}
            for key, cs in self.by_len[_KEY].items():
                for k in range(1, _KEY):
                    shorter[k].setdefault(key[:k], []).extend(cs)
            self.by_len.update(shorter)
            index = self.by_len[n]
        return index


_LAST_WORDS: tuple = (None, None)  # (text, _Words) of the last text scanned: events and claims scan one report in turn


def _words(text: str) -> _Words:
    global _LAST_WORDS
    last_text, words = _LAST_WORDS
    if (last_text is text or (last_text is not None and len(last_text) == len(text) and last_text == text)) \
            and words.wanted == (len(_WANTED), _WANT_ALL):
        return words
    words = _Words(text)
    _LAST_WORDS = (text, words)
    return words


def _lookup(q: str) -> tuple[int, str, str | None]:
    """How to find the words a prefix can start: (letters of the index key, key, text to check at the word or None)."""
    if q == _DIGIT:
        return 0, _DIGIT, None
    core = q[:-1] if q.endswith(_END) else q
    word = _LEADING_WORD_RE.match(core).group()
    if (q.endswith(_END) or len(core) > len(word)) and len(word) < _KEY:  # a whole short word: keyed as it is
        return _KEY, word, core if len(core) > len(word) else None
    key = word[:_KEY]
    return len(key), key, core if len(core) > len(key) else None


class Alternation:
    """A regex made of many alternatives, scanned only where one of its alternatives can start.

    `finditer` returns exactly the matches of `regex.finditer` (same spans, same named groups for the
    alternative that matched); a pattern whose start cannot be derived falls back to plain re.
    """

    def __init__(self, alternatives, flags: int = 0, head: str = "", tail: str = ""):
        self.alternatives = tuple(alternatives)
        self.flags, self.head, self.tail = flags, head, tail
        self.regex = self._compile(range(len(self.alternatives)))
        self._subs: dict[int, re.Pattern] = {}
        try:
            # letters in a word -> first letters (at most _KEY) -> (prefix, bit of its alternative); 0 -> _DIGIT -> ...
            table: dict[int, dict[str, list[tuple[str, int]]]] = {}
            for i, alt in enumerate(self.alternatives):
                for longest in (_LONGEST, _KEY, 2):
                    found = _prefixes(f"{head}(?:{alt}){tail}", flags, longest)
                    if len(found) <= 200:
                        break
                for q in found:
                    n, key, check = _lookup(q)
                    table.setdefault(n, {}).setdefault(key, []).append((check, 1 << i))
            self._table: dict[int, dict[str, list[tuple[str, int]]]] | None = table
            global _WANT_ALL
            _WANTED.update(table.get(_KEY, ()))
            _WANT_ALL = _WANT_ALL or any(0 < n < _KEY for n in table)
        except _NoPrefix:
            self._table = None

    def _compile(self, which) -> re.Pattern:
        return re.compile(self.head + "(?:" + "|".join(self.alternatives[i] for i in which) + ")" + self.tail, self.flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match]:
        endpos = len(text) if endpos is None else min(endpos, len(text))
        words = _words(text) if self._table is not None else None
        if words is None or not words.ok:
            return list(self.regex.finditer(text, pos, endpos))
        found = words.candidates.get(id(self))
        if found is None:
            found = words.candidates[id(self)] = self._candidates(words)
        positions, masks = found
        out = []
        last = pos
        for k in range(bisect_left(positions, pos), len(positions)):
            c = positions[k]
            if c >= endpos:
                break
            if c < last:
                continue
            m = self._sub(masks[k]).match(text, c, endpos)
            if m is not None:
                out.append(m)
                last = m.end()
        return out

    def _candidates(self, words: _Words) -> tuple[list[int], list[int]]:
        """Word starts where some alternative can start, each with the bit mask of those alternatives."""
        low = words.low
        at: dict[int, int] = {}
        for n, table in self._table.items():
            index = words.starting(n)
            for key in table.keys() & index.keys():
                options = table[key]
                for c in index[key]:
                    mask = 0
                    for check, bit in options:
                        if check is None or low.startswith(check, c):
                            mask |= bit
                    if mask:
                        at[c] = at.get(c, 0) | mask
        positions = sorted(at)
        return positions, [at[c] for c in positions]

    def _sub(self, mask: int) -> re.Pattern:
        """The alternatives of `mask`, in their order: at a given position the others cannot match, so the match is the same."""
        rx = self._subs.get(mask)
        if rx is None:
            if len(self._subs) > 4096:
                return self.regex
            rx = self._subs[mask] = self._compile(i for i in range(len(self.alternatives)) if mask >> i & 1)
        return rx

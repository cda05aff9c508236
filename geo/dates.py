"""When: date phrases of news English, resolved against the day the report speaks from.

Wire copy dates events relative to publication ("said on Monday", "over the weekend", "in the past
three days"), so a date is only meaningful with that reference. Each phrase becomes an ACLED date:
"YYYY-MM-DD", "YYYY-MM" or "YYYY", with a time precision (1 a day, 2 a week or a few days, 3 a
month or vaguer) and the interval it covers. A range is dated at its middle day (ACLED's habit for
"last week"), a month or a year by that month or year. Nothing is dated after the reference: a
weekday is the last such day on or before it, a day and month without a year fall in the last
twelve months, and an explicit date in the future is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from itertools import accumulate, compress
from operator import itemgetter
from dataclasses import dataclass

__all__ = ["DateMention", "find_dates", "resolve_date"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH_NUM = {m.lower(): i + 1 for i, m in enumerate(_MONTHS)} | {m[:3].lower(): i + 1 for i, m in enumerate(_MONTHS)}
_MONTH_NUM["sept"] = 9
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "a few": 3, "24": 1}
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "night": 1, "week": 7, "month": 30, "year": 365}


@dataclass(frozen=True)
class DateMention:
    """A date phrase at [start, end) of a text and what it means."""

    start: int
    end: int
    text: str
    date: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    precision: int  # ACLED time precision: 1 day, 2 week or range, 3 month or vaguer
    earliest: dt.date
    latest: dt.date


_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)"

# Each rule: a name and a pattern; order matters (longer, more specific phrases first).
_RULES = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    ("dmy", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>\d{{4}}))?\b"),
    ("mdy", rf"\b(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?P<y>\d{{4}})\b)?"),
    ("month", rf"(?i:\b(?P<pre>in|since|during|by|until|through|of|early|late|mid|mid-|last|this|from)\s+(?:early\s+|late\s+)?)"
              rf"(?P<mon>{_MON})(?:\s+(?P<y>\d{{4}}))?\b"),
    ("monthyear", rf"\b(?P<mon>{_MON})\s+(?P<y>\d{{4}})\b"),
    ("year", r"(?i:\b(?:in|since|during|by|until|of|early|late|mid|mid-|from|before|after)\s+(?:early\s+|late\s+)?)"
             r"(?P<y>(?:19|20)\d{2})\b(?![-/]\d)"),
    ("ago", rf"(?i:\b(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+ago\b)"),
    ("past", rf"(?i:\b(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>hour|day|night|week|month|year)s?\b)"),  # noqa: E501
    ("recent", r"(?i:\b(?:in|over)\s+(?:recent|the\s+past\s+few|the\s+last\s+few)\s+(?P<unit>day|week|month)s\b)"),
    ("weekend", r"(?i:\b(?P<which>over the|at the|during the|this|last|on the|the)\s+weekend\b)"),
    ("week", r"(?i:\b(?P<which>last|this|earlier this|previous|late last|early last)\s+week\b)"),
    ("monthrel", r"(?i:\b(?P<which>last|this|earlier this|late last|early last|previous)\s+month\b)"),
    ("yearrel", r"(?i:\b(?P<which>last|this|earlier this|late last|early last|previous)\s+year\b)"),
    ("weekday", r"(?:\b(?P<which>(?i:last|this|on|earlier on|late on|early on|on the night of))\s+)?"
                r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("yesterday", r"(?i:\b(?:the day before yesterday|yesterday)\b)"),
    ("today", r"(?i:\b(?:today|tonight|this morning|this afternoon|this evening|earlier today)\b)"),
    ("overnight", r"(?i:\bovernight\b)"),
]
_GROUPS: list[tuple[tuple[str, str], ...]] = []  # per rule: (group name in _DATE_RE, name in the rule)
for _i, (_, _p) in enumerate(_RULES):
    _GROUPS.append(tuple((f"g{_i}_{n}", n) for n in re.compile(_p).groupindex))


def find_dates(text: str, reference: dt.date | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date phrases in text[start:end], resolved against `reference` (publication, or the day a quote was said).

    Without a reference only absolute dates (with a year) resolve.
    """
    out = []
    for m in _DATES.finditer(text, start, len(text) if end is None else end):
        i = int(m.lastgroup[1:]) if m.lastgroup and m.lastgroup.startswith("R") else _rule_of(m)
        g = {short: v for name, short in _GROUPS[i] if (v := m.group(name)) is not None}
        got = _resolve(_RULES[i][0], g, m.group(), reference)
        if got is not None:
            out.append(DateMention(m.start(), m.end(), m.group(), *got))
    return out


def _rule_of(m: re.Match) -> int:
    for i in range(len(_RULES)):
        if f"R{i}" in m.re.groupindex and m.group(f"R{i}") is not None:
            return i
    raise AssertionError("unreachable: a date match without a rule")


def resolve_date(phrase: str, reference: dt.date | None) -> DateMention | None:
    """The first date phrase in `phrase`, resolved; None if there is none."""
    found = find_dates(phrase, reference)
    return found[0] if found else None


def _resolve(rule: str, g: dict, text: str, ref: dt.date | None):
    """(date, precision, earliest, latest) or None."""
    if rule in ("iso", "dmy", "mdy"):
        month = int(g["m"]) if rule == "iso" else _MONTH_NUM[g["mon"].rstrip(".").lower()]
        year = int(g["y"]) if g.get("y") else None
        try:
            if year is None:
                if ref is None:
                    return None
                day = dt.date(ref.year, month, int(g["d"]))
                if day > ref:
                    day = dt.date(ref.year - 1, month, int(g["d"]))
            else:
                day = dt.date(year, month, int(g["d"]))
        except ValueError:
            return None
        return _day(day, ref)
    if rule in ("month", "monthyear"):
        month = _MONTH_NUM[g["mon"].rstrip(".").lower()]
        if g.get("y"):
            year = int(g["y"])
        elif ref is None:
            return None
        else:
            year = ref.year if (month <= ref.month and g.get("pre", "").lower() != "last") else ref.year - 1
        return _month(year, month, ref)
    if rule == "year":
        return _year(int(g["y"]), ref)
    if ref is None:
        return None
    if rule == "weekday":
        wd = _WEEKDAYS.index(g["wd"])
        back = (ref.weekday() - wd) % 7
        if (g.get("which") or "").lower() == "last" and back == 0:
            back = 7
        return _day(ref - dt.timedelta(days=back), ref)
    if rule == "yesterday":
        return _day(ref - dt.timedelta(days=2 if "before" in text.lower() else 1), ref)
    if rule == "today":
        return _day(ref, ref)
    if rule == "overnight":
        return _range(ref - dt.timedelta(days=1), ref, ref)
    if rule == "weekend":
        which = g["which"].lower()
        back = (ref.weekday() - 5) % 7  # days since the last Saturday
        sat = ref - dt.timedelta(days=back + (7 if which == "last" and back < 2 else 0))
        return _range(sat, sat + dt.timedelta(days=1), ref)
    if rule == "week":
        monday = ref - dt.timedelta(days=ref.weekday())
        if "last" in g["which"].lower() or g["which"].lower() == "previous":
            monday -= dt.timedelta(days=7)
        return _range(monday, monday + dt.timedelta(days=6), ref)
    if rule == "monthrel":
        if "last" in g["which"].lower() or g["which"].lower() == "previous":
            first = (ref.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
            return _month(first.year, first.month, ref)
        return _month(ref.year, ref.month, ref)
    if rule == "yearrel":
        last = "last" in g["which"].lower() or g["which"].lower() == "previous"
        return _year(ref.year - 1 if last else ref.year, ref)
    if rule in ("ago", "past", "recent"):
        n = _count(g.get("n"), default=3 if rule == "recent" else 1)
        span = dt.timedelta(days=max(1, round(n * _UNIT_DAYS[g["unit"].lower()])))
        if rule == "ago":
            day = ref - span
            if g["unit"].lower() == "day":
                return _day(day, ref)
            return _range(day - dt.timedelta(days=span.days // (2 * n)), day + dt.timedelta(days=span.days // (2 * n)), ref)
        return _range(ref - span, ref, ref)
    return None


def _count(word: str | None, default: int) -> int:
    if word is None:
        return default
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower(), default)


def _day(day: dt.date, ref: dt.date | None):
    if ref is not None and day > ref:
        return None
    return day.isoformat(), 1, day, day


def _range(first: dt.date, last: dt.date, ref: dt.date):
    last = min(last, ref)
    if first > last:
        return None
    mid = first + (last - first) // 2
    precision = 2 if (last - first).days <= 10 else 3
    return (mid.isoformat() if precision == 2 else mid.strftime("%Y-%m")), precision, first, last


def _month(year: int, month: int, ref: dt.date | None):
    first = dt.date(year, month, 1)
    if ref is not None and first > ref:
        return None
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    if ref is not None:
        last = min(last, ref)
    return f"{year:04d}-{month:02d}", 3, first, last


def _year(year: int, ref: dt.date | None):
    first = dt.date(year, 1, 1)
    if ref is not None and first > ref:
        return None
    last = dt.date(year, 12, 31) if ref is None else min(dt.date(year, 12, 31), ref)
    return f"{year:04d}", 3, first, last


# ---------------------------------------------------------------- fast scanning
# Python's re tries every alternative of a pattern at every position: for the big tables of this
# package (date rules, actor names, event triggers, claim verbs) that costs about a microsecond a
# character, most of the time of events and claims. Every alternative of those tables starts at a word
# start with a literal word (or a digit), so a per-text index of word starts by their first letters
# finds the few places worth trying, and there only the alternatives that can start there are tried.
# The matches are exactly those of `regex.finditer`. It lives here, the lowest module that scans text,
# so that actors, events and claims can share it.

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


_DATES = Alternation(f"(?P<R{i}>{p.replace('(?P<', f'(?P<g{i}_')})" for i, (_, p) in enumerate(_RULES))
_DATE_RE = _DATES.regex

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
from dataclasses import dataclass

from geo.scan import Alternation

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


_DATES = Alternation(f"(?P<R{i}>{p.replace('(?P<', f'(?P<g{i}_')})" for i, (_, p) in enumerate(_RULES))
_DATE_RE = _DATES.regex

"""Sentence and line spans of a document's text, as Python string offsets.

A rule-based splitter is enough for wire copy and is fast: a sentence ends at . ! ? (and closing
quotes or brackets after them) followed by white space and an upper-case letter, a digit or a quote,
except after a known abbreviation or an initial. A blank line always ends a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["sentence_spans", "line_spans", "is_dateline", "ABBREVIATIONS"]

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep rev st mt ft jr sr no vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m ala ariz ark calif colo conn del fla ga
    ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo n.y n.j n.c s.c
    n.d s.d n.h n.m w.va d.c approx dept est fig govt pres""".split()
)

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u0600-\u06FF])|\n\s*\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@lru_cache(maxsize=4)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, white space trimmed, in order.

    Cached for the last few texts: recognition, events and claims all ask for the same document's sentences.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group().startswith((".",)) and not m.group().startswith("\n"):
            w = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)
            if w and (w.group(1).lower() in ABBREVIATIONS or len(w.group(1)) == 1):
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return tuple(spans)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its line break."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_DATELINE_GAP = re.compile(r",\s|\s*[-–—(]|:\s")
_DATELINE_PAIR = re.compile(r"/[A-Z][A-Z .'-]*\s*[-–—(,]")  # "BEIRUT/JERUSALEM (Reuters) -"
_DATELINE_FIRST = re.compile(r"[A-Z][A-Z .'-]*")
_DATELINE_DASH_GAP = re.compile(r"\s[-–—]\s")


def is_dateline(text: str, start: int, end: int) -> bool:
    """"KANO, Nigeria, June 12 (Reuters) -", "GAZA CITY -": a name in capitals opening a line, before a comma,
    a dash or a bracket, is where the reporter files from; so is one before a dash after the headline's
    full stop, where a page ran the two into one line."""
    if not text[start:end].isupper():
        return False
    if start > 0 and text[start - 1] == "/":  # the second city of "BEIRUT/JERUSALEM (Reuters) -"
        line_start = text.rfind("\n", 0, start) + 1
        return _DATELINE_FIRST.fullmatch(text, line_start, start - 1) is not None and bool(_DATELINE_GAP.match(text, end))
    if start >= 2 and text[start - 2:start] == ". ":  # run into the headline: "... Grant Event. IMMOKALEE - Congressman"
        return bool(_DATELINE_DASH_GAP.match(text, end))
    return (start == 0 or text[start - 1] == "\n") and bool(_DATELINE_GAP.match(text, end) or _DATELINE_PAIR.match(text, end))

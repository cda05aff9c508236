"""The pipeline, in the one direction data flows: document -> mentions -> resolved places -> events and claims.

`Pipeline` holds the injected gazetteer and its matcher, so a batch pays for opening the table once.
`parse` is the one-call API for notebooks and scripts.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from gazetteer.errors import DocumentError
from gazetteer.matcher import Matcher
from gazetteer.store import Gazetteer

from .documents import Document, from_text, read_inputs, read_path
from .model import Report, Toponym
from .recognize import Recognizer, related_spans, site_name_end
from .resolve import resolve
from .text import sentence_spans

__all__ = ["Pipeline", "parse", "parse_many"]


class Pipeline:
    """Turns documents into reports. Give it a `Gazetteer` (or a home folder); nothing opens until first use."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, home: str | os.PathLike | None = None,
                 events: bool = True):
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer(home)
        self.recognizer = Recognizer(Matcher(self.gazetteer))
        self.events = events

    def run(self, doc: Document) -> Report:
        text = doc.text
        related = related_spans(text)
        sentences = sentence_spans(text)
        mentions = self.recognizer(text, related, sentences)
        resolutions = resolve(mentions)
        toponyms = []
        for m, r in zip(mentions, resolutions):
            if r.implausible:
                continue
            end = m.end
            if r.place is None and m.kind_hint in ("site", "division"):
                end = site_name_end(text, m.end)  # report the site the table lacks: "Kennedy Center", not "Kennedy"
            toponyms.append(Toponym(
                start=m.start, end=end, text=text[m.start:end], place=r.place,
                confidence=r.confidence if r.place else round(m.evidence * 0.5, 3), role=m.role,
                qualifier=m.qualifier, runner_up=r.runner_up, suggestions=m.suggestions,
                sentence=_sentence_of(m.start, sentences),
                stands_for=m.stands_for[0].place if m.stands_for and r.place is not None else None))
        toponyms = tuple(toponyms)
        events, claims = (), ()
        if self.events and toponyms:
            from .claims import extract_claims
            from .events import extract_events

            events = tuple(extract_events(text, toponyms, doc.date, related))
            claims = tuple(extract_claims(text, toponyms, doc.date, related))
        return Report(id=doc.id, text=text, title=doc.title, date=doc.date, url=doc.url, source=doc.source,
                      raw_text=doc.raw_text, toponyms=toponyms, events=events, claims=claims,
                      related_spans=tuple(related))

    def run_many(self, inputs: Iterable[str]) -> Iterator[Report | DocumentError]:
        """Reports of every input, in order; an unreadable document yields its error and the rest go on."""
        for doc in read_inputs(inputs):
            yield doc if isinstance(doc, DocumentError) else self.run(doc)


def _sentence_of(pos: int, sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
    i = bisect.bisect_right(sentences, (pos, float("inf"))) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return None


def parse(text_or_path: str | os.PathLike, *, gazetteer: Gazetteer | None = None, date=None, title=None,
          pipeline: Pipeline | None = None) -> Report:
    """One report from a text or the path of a file (.txt, .md, .html; the first document of a .jsonl)."""
    pipe = pipeline or Pipeline(gazetteer)
    if isinstance(text_or_path, Path) or (isinstance(text_or_path, str) and "\n" not in text_or_path
                                          and len(text_or_path) < 1024 and Path(text_or_path).is_file()):
        for doc in read_path(Path(text_or_path)):
            if isinstance(doc, DocumentError):
                raise doc
            if date is not None or title is not None:
                doc = from_text(doc.text, id=doc.id, title=title or doc.title, date=date or doc.date,
                                url=doc.url, source=doc.source, raw_text=doc.raw_text)
            return pipe.run(doc)
        raise DocumentError(f"{text_or_path}: holds no document")
    return pipe.run(from_text(str(text_or_path), title=title, date=date))


def parse_many(inputs: Iterable[str], *, gazetteer: Gazetteer | None = None) -> list[Report]:
    """Reports of many inputs (files, folders); unreadable ones are skipped with a warning."""
    import warnings

    out = []
    for r in Pipeline(gazetteer).run_many(inputs):
        if isinstance(r, DocumentError):
            warnings.warn(str(r), stacklevel=2)
        else:
            out.append(r)
    return out

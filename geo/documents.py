"""Documents in: plain text, Markdown, HTML, JSON lines, folders and stdin, each to a `Document`.

A document that cannot be read becomes a `DocumentError` with a one-line message; readers of many
documents yield the error in its place so that the caller reports it and goes on with the rest.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from gazetteer.errors import DocumentError

__all__ = ["Document", "read_inputs", "read_path", "from_text", "publication_date", "SUFFIXES"]

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    raw_text: bool = True


_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_M = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)"), ("y", "m", "d")),
    (re.compile(_M + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"), ("M", "d", "y")),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _M + r",?\s+(\d{4})\b"), ("d", "M", "y")),
]


def publication_date(text: str, head: int = 600) -> dt.date | None:
    """The first full date in the opening lines (a dateline, "March 5, 2019 at 1:24 am", an ISO date)."""
    window = text[:head]
    found = []
    for pattern, order in _DATE_PATTERNS:
        m = pattern.search(window)
        if m:
            parts = dict(zip(order, m.groups()))
            try:
                month = int(parts["m"]) if "m" in parts else _MONTHS[parts["M"].lower().rstrip(".")]
                found.append((m.start(), dt.date(int(parts["y"]), month, int(parts["d"]))))
            except (ValueError, KeyError):
                continue
    if not found:
        return None
    start, date = min(found)
    # a date inside a photo caption is the photo's, not the report's: prefer one on a line of its own
    line = window[window.rfind("\n", 0, start) + 1: (window.find("\n", start) + 1 or len(window) + 1) - 1]
    if "[" in line or "photo" in line.lower():
        later = [f for f in found if f[0] != start]
        if later:
            return min(later)[1]
    return date


def _guess_title(text: str) -> str | None:
    """The headline: the longest short line, without a closing full stop, among the first few."""
    lines = [ln.strip().lstrip("#").strip() for ln in text.splitlines()[:8] if ln.strip()][:4]
    options = [ln for ln in lines if 15 <= len(ln) <= 200 and not ln.endswith((".", ":")) and not _DATE_PATTERNS[1][0].search(ln)]
    if not options:
        return None
    return max(options, key=len)


def from_text(text: str, *, id: str = "-", title: str | None = None, date=None, url=None, source=None,
              raw_text: bool = True) -> Document:
    if isinstance(date, str) and date:
        try:
            date = dt.date.fromisoformat(date[:10])
        except ValueError:
            raise DocumentError(f"{id}: date {date!r} is not ISO 8601 (YYYY-MM-DD)") from None
    if date is None:
        date = publication_date(text)
    return Document(id, text, title if title is not None else _guess_title(text), date, url, source, raw_text)


class _TextExtractor(HTMLParser):
    # (a page's menus, sidebars and footer are the site's, not the report's: "Home | World | India | US")
    _SKIP = {"script", "style", "noscript", "template", "head", "nav", "aside", "footer", "form", "button", "select"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "header",
              "footer", "blockquote", "figcaption", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        if tag == "title":
            self.in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        if tag == "title":
            self.in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str | None]:
    p = _TextExtractor()
    p.feed(markup)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n[\n ]*", lambda m: "\n\n" if m.group().count("\n") > 1 else "\n", text).strip()
    title = html.unescape(" ".join(p.title)).strip() or None
    return text, title


def read_path(path: Path) -> Iterator[Document | DocumentError]:
    """The documents of one file, or an error in place of each that cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        yield DocumentError(f"{path}: cannot read: {e.strerror or e}")
        return
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        yield DocumentError(f"{path}: not UTF-8 text (byte {e.start})")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(content.splitlines(), str(path))
    elif suffix in (".html", ".htm"):
        text, title = html_to_text(content)
        yield from_text(text, id=str(path), title=title, source=str(path), raw_text=False)
    else:
        yield from_text(content, id=str(path), source=str(path))


def read_jsonl(lines: Iterable[str], origin: str) -> Iterator[Document | DocumentError]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            if not isinstance(d, dict) or not isinstance(d.get("text"), str):
                raise DocumentError(f'{origin}:{n}: expected a JSON object with a "text" string')
            doc_id = str(d.get("id", f"{origin}:{n}"))
            yield from_text(d["text"], id=doc_id, title=d.get("title"), date=d.get("date"), url=d.get("url"),
                            source=d.get("url") or origin)
        except json.JSONDecodeError as e:
            yield DocumentError(f"{origin}:{n}: not JSON ({e.msg})")
        except DocumentError as e:
            yield e


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | DocumentError]:
    """Files, folders (recursively, in name order) and "-" (JSON lines on stdin), in the order given."""
    for item in inputs:
        if item == "-":
            yield from read_jsonl(sys.stdin, "<stdin>")
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            for f in files:
                yield from read_path(f)
        elif path.exists():
            yield from read_path(path)
        else:
            yield DocumentError(f"{item}: no such file or folder")

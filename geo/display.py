"""Rich display in Jupyter: compact HTML tables for a `Report` and a `Corpus`.

Every value that came from a document or the place table is HTML-escaped here, once, so that a
report about `<script>` shows the word and runs nothing. No third-party imports: this module is
loaded whenever a notebook displays a report.
"""

from __future__ import annotations

from html import escape

__all__ = ["report_html", "corpus_html", "MAX_ROWS"]

MAX_ROWS = 50  # rows of a table shown before "... and N more"

_STYLE = ("<style>.geo-r table{border-collapse:collapse;font-size:12px;margin:2px 0}"
          ".geo-r th,.geo-r td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}"
          ".geo-r th{background:#f4f4f4}.geo-r .unres{color:#a33}</style>")


def _e(value) -> str:
    return "" if value is None else escape(str(value), quote=True)


def _table(header: list[str], rows: list[list[str]], total: int | None = None) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    more = ""
    if total is not None and total > len(rows):
        more = f"<tr><td colspan='{len(header)}'>... and {total - len(rows)} more</td></tr>"
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}{more}</tbody></table>"


def _toponym_rows(report) -> list[tuple[tuple, int]]:
    """Toponyms grouped by (written form, place, role), in order of first mention, with their counts."""
    groups: dict[tuple, list] = {}
    for t in report.toponyms:
        key = (t.text, t.place.place_id if t.place else None, t.role)
        if key in groups:
            groups[key][1] += 1
        else:
            groups[key] = [t, 1]
    return [(t, n) for t, n in groups.values()]


def report_html(report) -> str:
    """Title, date, counts, and one row per distinct toponym: written as, name, country, kind, confidence, role."""
    n_unres = sum(1 for t in report.toponyms if t.place is None)
    date = report.date.isoformat() if report.date else "undated"
    counts = (f"{len(report.toponyms)} toponyms ({n_unres} unresolved), {len(report.events)} events, "
              f"{len(report.claims)} claims")
    rows = []
    grouped = _toponym_rows(report)
    for t, n in grouped[:MAX_ROWS]:
        p = t.place
        if p is None:
            hint = "; ".join(t.suggestions)
            name = "<span class='unres'>unresolved</span>" + (f" (did you mean: {_e(hint)}?)" if hint else "")
            rows.append([_e(t.text), name, "", "unresolved", f"{t.confidence:.2f}", _e(t.role), str(n)])
        else:
            rows.append([_e(t.text), _e(p.name), _e(p.country or ""), _e(p.kind), f"{t.confidence:.2f}", _e(t.role),
                         str(n)])
    table = _table(["written", "name", "country", "kind", "confidence", "role", "mentions"], rows, len(grouped))
    return (f"<div class='geo-r'>{_STYLE}<b>{_e(report.title or report.id)}</b>"
            f"<br><small>{_e(report.id)} &middot; {_e(date)} &middot; {_e(counts)}</small>{table}</div>")


def corpus_html(corpus) -> str:
    """Counts over all reports, their date range, and one row per report."""
    reports = corpus.reports
    dates = sorted(r.date for r in reports if r.date)
    span = f"{dates[0].isoformat()} to {dates[-1].isoformat()}" if dates else "undated"
    totals = (f"{len(reports)} reports, {span}; {sum(len(r.toponyms) for r in reports)} toponyms, "
              f"{sum(len(r.events) for r in reports)} events, {sum(len(r.claims) for r in reports)} claims")
    rows = [[_e(r.id), _e(r.title or ""), _e(r.date.isoformat() if r.date else ""), str(len(r.toponyms)),
             str(sum(1 for t in r.toponyms if t.place is None)), str(len(r.events)), str(len(r.claims))]
            for r in reports[:MAX_ROWS]]
    table = _table(["id", "title", "date", "toponyms", "unresolved", "events", "claims"], rows, len(reports))
    return f"<div class='geo-r'>{_STYLE}<b>Corpus</b><br><small>{_e(totals)}</small>{table}</div>"

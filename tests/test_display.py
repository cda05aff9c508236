"""Rich display in Jupyter: `Report._repr_html_` and `Corpus._repr_html_` are compact and escape everything."""

from __future__ import annotations

import datetime as dt

from gazetteer.place import Place
from geo.corpus import Corpus
from geo.model import Report, Toponym

EVIL = "<script>alert('x')</script>"


def _report(**kw) -> Report:
    baghouz = Place("supplement:baghouz:sy", "Baghouz", 34.4586, 40.9506, "SY", "Deir ez-Zor", "village")
    text = f"Fighting in Baghouz and {EVIL} near Qasr <b>Umm</b>."
    toponyms = (
        Toponym(12, 19, "Baghouz", baghouz, 0.9, "literal"),
        Toponym(24, 24 + len(EVIL), EVIL, None, 0.3, "literal", suggestions=("<img src=x onerror=y> (SY)",)),
        Toponym(12, 19, "Baghouz", baghouz, 0.9, "literal"),
    )
    fields = dict(id="r<1>", text=text, title=f"Title {EVIL}", date=dt.date(2019, 3, 5), toponyms=toponyms)
    return Report(**(fields | kw))


def test_report_html_escapes_everything_from_the_document():
    html = _report()._repr_html_()
    assert "<script>" not in html and "<img" not in html and "<b>Umm" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html  # the title and the toponym, escaped
    assert "&lt;img src=x onerror=y&gt; (SY)" in html  # a suggestion, escaped
    assert "r&lt;1&gt;" in html


def test_report_html_shows_title_date_counts_and_toponym_columns():
    html = _report()._repr_html_()
    assert "2019-03-05" in html
    assert "3 toponyms (1 unresolved), 0 events, 0 claims" in html
    for column in ("name", "country", "kind", "confidence", "role"):
        assert f"<th>{column}</th>" in html
    assert "<td>Baghouz</td><td>SY</td><td>village</td><td>0.90</td><td>literal</td><td>2</td>" in html
    assert "unresolved" in html


def test_report_html_without_title_or_date_or_toponyms():
    html = Report(id="plain", text="Nothing here.")._repr_html_()
    assert "<b>plain</b>" in html and "undated" in html and "0 toponyms" in html


def test_report_html_is_compact_for_long_reports():
    place = Place("x:1", "Somewhere", 1.0, 2.0, "SY", None, "town")
    toponyms = tuple(Toponym(i, i + 1, f"N{i}", place, 0.5) for i in range(200))
    html = Report(id="long", text="x" * 300, toponyms=toponyms)._repr_html_()
    assert html.count("<tr>") <= 52 and "... and 150 more" in html


def test_corpus_html_escapes_and_counts():
    corpus = Corpus([_report(), Report(id="second", text="Nothing.", date=dt.date(2019, 3, 9))])
    html = corpus._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "2 reports, 2019-03-05 to 2019-03-09" in html
    assert "<td>second</td>" in html

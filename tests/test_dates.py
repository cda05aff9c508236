"""Date phrases resolved against publication: every phrase we read, and never a day after publication."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.dates import find_dates, resolve_date

TUE = dt.date(2019, 3, 5)  # the seed's publication day, a Tuesday


@pytest.mark.parametrize("phrase,date,precision", [
    ("on Monday", "2019-03-04", 1),
    ("on Sunday", "2019-03-03", 1),
    ("on Friday", "2019-03-01", 1),
    ("earlier on Monday", "2019-03-04", 1),
    ("on Tuesday", "2019-03-05", 1),  # the day of publication itself
    ("last Tuesday", "2019-02-26", 1),
    ("yesterday", "2019-03-04", 1),
    ("the day before yesterday", "2019-03-03", 1),
    ("today", "2019-03-05", 1),
    ("this morning", "2019-03-05", 1),
    ("overnight", "2019-03-04", 2),
    ("over the weekend", "2019-03-02", 2),
    ("last week", "2019-02-28", 2),
    ("this week", "2019-03-04", 2),
    ("in the past three days", "2019-03-03", 2),
    ("in the last 24 hours", "2019-03-04", 2),
    ("two days ago", "2019-03-03", 1),
    ("three weeks ago", "2019-02-12", 2),
    ("in recent weeks", "2019-02", 3),
    ("earlier this month", "2019-03", 3),
    ("last month", "2019-02", 3),
    ("in March", "2019-03", 3),
    ("in December", "2018-12", 3),  # a month not yet come this year is last year's
    ("in May 2018", "2018-05", 3),
    ("earlier this year", "2019", 3),
    ("last year", "2018", 3),
    ("in 2017", "2017", 3),
    ("since 2014", "2014", 3),
    ("March 4", "2019-03-04", 1),
    ("March 4, 2019", "2019-03-04", 1),
    ("4 March 2019", "2019-03-04", 1),
    ("on the 4th of March", "2019-03-04", 1),
    ("March 10", "2018-03-10", 1),  # without a year: the last March 10 on or before publication
    ("2019-03-04", "2019-03-04", 1),
])
def test_phrase(phrase, date, precision):
    d = resolve_date(f"Fighting broke out {phrase}, officials said.", TUE)
    assert (d.date, d.precision) == (date, precision)
    assert d.latest <= TUE and d.earliest <= d.latest


@pytest.mark.parametrize("text", [
    "Fighters may still be holding out.",  # "may" is no month
    "Thousands will march on the capital.",  # "march" is no month
    "Some 1,000-1,500 fighters remain.",
    "Elections are set for March 10, 2019.",  # an explicit date after publication is dropped
])
def test_no_date(text):
    assert find_dates(text, TUE) == []


def test_offsets_point_at_the_phrase():
    text = "The SDF said on Monday it resumed its assault over the weekend."
    for d in find_dates(text, TUE):
        assert text[d.start:d.end] == d.text
    assert [d.text for d in find_dates(text, TUE)] == ["on Monday", "over the weekend"]


def test_without_publication_only_absolute_dates_resolve():
    assert [d.date for d in find_dates("On Monday, in 2017 and on 4 March 2019.", None)] == ["2017", "2019-03-04"]


PHRASES = ["on Monday", "on Sunday", "on Saturday", "yesterday", "today", "over the weekend", "last week", "this week",
           "in the past three days", "earlier this month", "last month", "in March", "in December", "March 31", "31 December",
           "two weeks ago", "overnight", "last weekend", "last Friday", "in recent days"]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)), st.sampled_from(PHRASES))
def test_never_after_publication(published, phrase):
    d = resolve_date(phrase, published)
    assert d is not None
    assert d.earliest <= d.latest <= published
    assert d.date <= published.isoformat()
    assert len(d.date) in (4, 7, 10)

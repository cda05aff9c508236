"""The name matcher on the tiny table: whole words, longest first, offsets, and the run memo."""

from __future__ import annotations

import pytest

from gazetteer.matcher import Matcher


@pytest.fixture
def matcher(tiny_gazetteer):
    return Matcher(tiny_gazetteer)


def found(matcher, text):
    out = matcher.find(text)
    assert all(text[m.start:m.end] == m.text for m in out)
    return [m.text for m in out]


def test_longest_name_first_and_never_overlapping(matcher):
    assert found(matcher, "Ebola in the Democratic Republic of the Congo and in Congo.") == [
        "Democratic Republic of the Congo", "Congo"]
    assert found(matcher, "The Deir ez-Zor Governorate and Deir ez-Zor city.") == [
        "Deir ez-Zor Governorate", "Deir ez-Zor"]


def test_whole_words_only(matcher):
    # "McMosul" holds no Mosul; "Mosuls" is another word; the possessive and the contraction are not the name
    assert found(matcher, "McMosul met Mosuls. Mosul's mayor said he’ll stay. Hell no.") == ["Mosul", "Hell"]


def test_acronyms_abbreviations_and_elided_articles(matcher, tiny_gazetteer):
    tiny_gazetteer.add("Côte d'Ivoire", 7.5, -5.5, country="CI", kind="country")
    tiny_gazetteer.add("St. Louis", 38.63, -90.2, country="US", kind="city")
    assert found(matcher, "U.S. envoys flew from St. Louis to Côte d'Ivoire and B.C. on Monday.") == [
        "U.S.", "St. Louis", "Côte d'Ivoire", "B.C."]
    # AP writes West Virginia "W.Va.": the whole abbreviation, not the "Va." (Virginia) inside it
    tiny_gazetteer.add("West Virginia", 38.5, -80.5, country="US", kind="admin1", alternates=["W.Va."])
    assert found(matcher, "Wheeling, W.Va., on Monday.") == ["W.Va."]
    assert found(matcher, "ST. LOUIS – St. Louis police said.") == ["ST. LOUIS", "St. Louis"]
    tiny_gazetteer.add("Lac qui Parle County", 45.0, -96.17, country="US", kind="admin2")
    assert found(matcher, "Floods hit Lac qui Parle County.") == ["Lac qui Parle County"]  # French "qui" joins it
    tiny_gazetteer.add("Pointe-à-Pitre", 16.24, -61.53, country="GP", kind="town")
    assert found(matcher, "Strikes hit Pointe-à-Pitre and Pointe-a-Pitre.") == ["Pointe-à-Pitre", "Pointe-a-Pitre"]
    # two capitals joined by "&" are one word ("T&T", Trinidad and Tobago), but not inside a longer one ("AT&T")
    tiny_gazetteer.add("Trinidad and Tobago", 10.5, -61.25, country="TT", kind="country", alternates=["T&T"])
    assert found(matcher, "T&T objected; AT&T did not.") == ["T&T"]


def test_the_memo_follows_the_users_edits(matcher, tiny_gazetteer):
    text = "Shelling hit Kafr Nabudah and Mosul."
    assert found(matcher, text) == ["Mosul"]
    tiny_gazetteer.add("Kafr Nabudah", 35.4, 36.5, country="SY", kind="village")
    assert found(matcher, text) == ["Kafr Nabudah", "Mosul"]
    assert [(m.start, m.end) for m in matcher.find(text)] == [(13, 25), (30, 35)]


def test_the_same_run_elsewhere_gets_its_own_offsets(matcher):
    text = "Mosul fell. Later, Mosul rose; in Mosul, crowds."
    assert [m.start for m in matcher.find(text)] == [0, 19, 34]


def test_an_article_that_starts_a_name_hides_no_longer_name_after_it(matcher, tiny_gazetteer):
    tiny_gazetteer.add("The River", 10.0, 10.0, country="US", kind="village")
    tiny_gazetteer.add("River Tay", 56.45, -2.9, country="GB", kind="river")
    tiny_gazetteer.add("The Hague", 52.08, 4.31, country="NL", kind="city")
    assert found(matcher, "The River Tay fell. The River rose.") == ["River Tay", "The River"]
    assert found(matcher, "The Hague said so.") == ["The Hague"]

"""The actor table: aliases to one name, offsets, acronyms in upper case only, and references back."""

import pytest

from geo.actors import ACTORS, actor_kind, find_actors, government_of, holder_adjective, normalise_actor

ISIS = "Islamic State (ISIS)"


@pytest.mark.parametrize("alias,name", [
    ("Daesh", ISIS), ("ISIS", ISIS), ("ISIL", ISIS), ("IS", ISIS), ("Islamic State", ISIS), ("the Islamic State", ISIS),
    ("SDF", "Syrian Democratic Forces (SDF)"), ("Syrian Democratic Forces", "Syrian Democratic Forces (SDF)"),
    ("US-led coalition", "US-led coalition"), ("U.S.-led international coalition", "US-led coalition"),
    ("Syrian army", "Syrian government forces"), ("Syrian regime forces", "Syrian government forces"),
    ("Iraqi forces", "Iraqi government forces"), ("Russian troops", "Russian armed forces"),
    ("Ukrainian armed forces", "Ukrainian armed forces"), ("Turkish forces", "Turkish armed forces"),
    ("Israeli forces", "Israeli forces"), ("IDF", "Israeli forces"), ("Hezbollah", "Hezbollah"), ("Hamas", "Hamas"),
    ("Houthis", "Houthis (Ansar Allah)"), ("Taliban", "Taliban"), ("al-Shabaab", "al-Shabaab"), ("al Shabab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"), ("HTS", "Hayat Tahrir al-Sham (HTS)"), ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham (HTS)"),
    ("Syrian Democratic Forces (SDF)", "Syrian Democratic Forces (SDF)"), ("Islamic State (ISIS)", ISIS),
])
def test_aliases_normalise(alias, name):
    assert normalise_actor(alias) == name
    text = f"Fighters of {alias} attacked."
    found = find_actors(text)
    assert [m.actor for m in found] == [name]
    assert text[found[0].start:found[0].end] == found[0].text


@pytest.mark.parametrize("text", [
    "The town is quiet.",  # lower-case "is" is no group
    "THE CITY IS QUIET NOW",  # nor is it in a shouted headline
    "Damascus residents of the Hamasian district.",  # no partial words
])
def test_no_false_acronyms(text):
    assert [m.actor for m in find_actors(text) if m.actor == ISIS or m.actor == "Hamas"] == []


def test_longest_name_wins_over_demonym():
    found = find_actors("The Syrian Democratic Forces advanced.")
    assert [(m.text, m.actor) for m in found] == [("Syrian Democratic Forces", "Syrian Democratic Forces (SDF)")]


def test_generic_phrase_refers_back_to_the_group_in_focus():
    text = "Daesh fighters surrendered. The jihadist group still holds land. The militia of the SDF advanced."
    found = find_actors(text)
    jihadist = next(m for m in found if m.text == "The jihadist group")
    assert jihadist.actor == ISIS and jihadist.coreference


def test_generic_phrase_without_antecedent_is_dropped():
    assert find_actors("The jihadist group struck again.") == []
    # a militia is not a jihadist group: "the jihadist group" does not refer to the SDF
    assert find_actors("The SDF advanced. The jihadist group retreated.")[-1].actor == "Syrian Democratic Forces (SDF)"


def test_window_offsets():
    text = "Hamas said. Later Hezbollah said."
    found = find_actors(text, start=12)
    assert [m.actor for m in found] == ["Hezbollah"]


def test_table_is_consistent():
    names = [a.name for a in ACTORS]
    assert len(names) == len(set(names))
    assert all(actor_kind(n) in ("state", "non-state", "coalition", "civilians", "protesters") for n in names)
    assert actor_kind("nobody") is None


def test_holders_and_governments():
    assert government_of("SY") == "Syrian government forces"
    assert government_of("XK") == "Government forces (XK)"
    assert holder_adjective("government", "IQ") == "Iraqi government forces"
    assert holder_adjective("Houthi") == "Houthis (Ansar Allah)"
    assert holder_adjective("Russian") == "Russian armed forces"
    assert normalise_actor("the Flat Earth Society") is None

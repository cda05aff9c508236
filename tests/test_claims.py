"""Territorial claims: verbs, passives, noun phrases, "-held" adjectives, last strongholds, hedges, and the seed."""

import datetime as dt

import pytest

from geo.claims import extract_claims
from helpers_events import seed_report, toponyms

PUB = dt.date(2019, 3, 5)


def _claims(text, *names, related=()):
    return {(c.actor, c.status, c.place.text, c.as_of) for c in extract_claims(text, toponyms(text, *names), PUB, related)}


@pytest.mark.parametrize("text,names,expected", [
    ("Houthi rebels still hold Hodeidah, a coalition spokesman said.", ("Hodeidah",),
     {("Houthis (Ansar Allah)", "holds", "Hodeidah", "2019-03-05")}),
    ("The Taliban seized Kandahar on Sunday.", ("Kandahar",), {("Taliban", "captured", "Kandahar", "2019-03-03")}),
    ("Nigerian troops recaptured Gwoza from Boko Haram yesterday.", ("Gwoza",),
     {("Nigerian armed forces", "captured", "Gwoza", "2019-03-04"), ("Boko Haram", "lost", "Gwoza", "2019-03-04")}),
    ("Al-Shabaab lost control of Kismayo in 2012.", ("Kismayo",), {("al-Shabaab", "lost", "Kismayo", "2012")}),
    ("Russian forces besieged Avdiivka for months.", ("Avdiivka",), {("Russian armed forces", "besieged", "Avdiivka", "2019-03-05")}),
    ("Ukrainian forces withdrew from Avdiivka last week.", ("Avdiivka",),
     {("Ukrainian armed forces", "withdrew", "Avdiivka", "2019-02-28")}),
    ("M23 rebels are fighting for control of Goma.", ("Goma",), {("M23", "contested", "Goma", "2019-03-05")}),
    ("Mosul fell to Islamic State in June 2014.", ("Mosul",), {("Islamic State (ISIS)", "captured", "Mosul", "2014-06")}),
    ("Aleppo was recaptured by Syrian government forces in December 2016.", ("Aleppo",),
     {("Syrian government forces", "captured", "Aleppo", "2016-12")}),
    ("Shelling hit Houthi-held Hodeidah on Monday.", ("Hodeidah",), {("Houthis (Ansar Allah)", "holds", "Hodeidah", "2019-03-05")}),
    ("Aid reached government-held Aleppo on Monday.", ("Aleppo",), {("Syrian government forces", "holds", "Aleppo", "2019-03-05")}),
    ("The army celebrated the liberation of Gwoza by Nigerian troops in 2015.", ("Gwoza",),
     {("Nigerian armed forces", "captured", "Gwoza", "2015")}),
    ("Taliban fighters took Kabul in August, then Kandahar.", ("Kabul",), {("Taliban", "captured", "Kabul", "2018-08")}),
])
def test_claim_patterns(text, names, expected):
    got = _claims(text, *names)
    assert expected <= got, got


def test_last_patch_of_territory_holds():
    text = "Khan Younis, a crowded city in the south, is the last patch of territory Hamas holds in the area."
    assert _claims(text, "Khan Younis") == {("Hamas", "holds", "Khan Younis", "2019-03-05")}


@pytest.mark.parametrize("text", [
    "The SDF vowed to capture Raqqa soon.",
    "While the capture of Raqqa would mark a milestone, the SDF faces a long fight.",
    "Houthi leaders held talks in Raqqa with the Taliban.",
    "The Taliban took part in talks in Raqqa.",
    "Islamic State fighters hail from Raqqa.",
])
def test_no_claim(text):
    assert _claims(text, "Raqqa") == set()


def test_a_place_named_only_to_say_where_another_is_gets_no_claim():
    import dataclasses
    text = "Ukraine's army said it had recaptured Avdiivka south of Kandahar."
    tops = [dataclasses.replace(t, qualifier="south of") if t.text == "Kandahar" else t
            for t in toponyms(text, "Avdiivka", "Kandahar")]
    got = {(c.actor, c.status, c.place.text) for c in extract_claims(text, tops, PUB)}
    assert got == {("Ukrainian armed forces", "captured", "Avdiivka")}


def test_every_item_of_a_captured_list_is_captured():
    text = "The Taliban took Kandahar, Kabul and Kunduz on Sunday."
    assert {(c.place.text, c.status) for c in extract_claims(text, toponyms(text, "Kandahar", "Kabul", "Kunduz"), PUB)} \
        == {("Kandahar", "captured"), ("Kabul", "captured"), ("Kunduz", "captured")}


def test_container_and_list_places():
    text = "Daesh also lost other big cities including Mosul in Iraq in 2017."
    assert _claims(text, "Mosul", "Iraq") == {("Islamic State (ISIS)", "lost", "Mosul", "2017")}


def test_pronoun_subject_takes_last_named_actor():
    text = "Hezbollah fighters crossed the border on Sunday. They captured Tal Rifaat on Monday."
    assert ("Hezbollah", "captured", "Tal Rifaat", "2019-03-04") in _claims(text, "Tal Rifaat")


def test_related_lines_give_no_claims():
    text = "Fighting continued.\nREAD: Taliban seize Kandahar\n"
    s = text.index("READ")
    assert _claims(text, "Kandahar", related=((s, len(text) - 1),)) == set()


def test_seed_claims():
    text, tops, pub, related = seed_report()
    got = {(c.actor, c.status, c.place.text, c.as_of) for c in extract_claims(text, tops, pub, related)}
    assert ("Syrian Democratic Forces (SDF)", "captured", "Raqqa", "2017") in got
    assert ("Islamic State (ISIS)", "lost", "Mosul", "2017") in got
    assert ("Islamic State (ISIS)", "holds", "Baghouz", "2019-03-05") in got
    assert not any(c[2] in ("Iraq", "Uzbekistan", "Turkmenistan", "Netherlands", "Syria") for c in got)
    # "the capture of Baghouz would mark a milestone" is hypothetical
    assert not any(c[1] == "captured" and c[2] == "Baghouz" for c in got)
    for c in extract_claims(text, tops, pub, related):
        assert text[c.start:c.end] == c.sentence


def test_unnamed_government_forces_are_the_focus_countrys():
    text = "Houthi fighters captured Marib on Sunday. Government forces still hold Hodeidah, officials said."
    got = _claims(text, "Marib", "Hodeidah")
    assert ("Houthis (Ansar Allah)", "captured", "Marib", "2019-03-03") in got
    assert any(actor.startswith("Yemeni") and status == "holds" and place == "Hodeidah"
               for actor, status, place, _ in got), got

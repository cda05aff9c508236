"""Events: every ACLED sub-type we recognise, from short wire-style reports about many conflicts, and the seed."""

import datetime as dt

import pytest

from geo.events import count_in, extract_events, fatalities_in, parse_number
from helpers_events import SEED, seed_report, toponyms

PUB = dt.date(2019, 3, 5)  # a Tuesday

# (text, places named in it, type, sub-type, place, date, time precision, count)
CASES = [
    ("Taliban fighters clashed with Afghan security forces in Kandahar on Sunday, officials in Kabul said.",
     ("Kandahar", "Kabul"), "Battles", "Armed clash", "Kandahar", "2019-03-03", 1, None),
    ("Houthi rebels seized the port of Hodeidah on Friday after two days of fighting, residents said.",
     ("Hodeidah",), "Battles", "Non-state actor overtakes territory", "Hodeidah", "2019-03-01", 1, None),
    ("Nigerian troops recaptured Gwoza from Boko Haram yesterday, the army said in a statement from Maiduguri.",
     ("Gwoza", "Maiduguri"), "Battles", "Government regains territory", "Gwoza", "2019-03-04", 1, None),
    ("A U.S. drone strike killed three al-Shabaab militants near Kismayo on Saturday, the U.S. military said.",
     ("Kismayo",), "Explosions/Remote violence", "Air/drone strike", "Kismayo", "2019-03-02", 1, 3),
    ("A suicide bomber blew himself up at a mosque in Peshawar over the weekend, killing at least 12 worshippers, police said.",
     ("Peshawar",), "Explosions/Remote violence", "Suicide bomb", "Peshawar", "2019-03-02", 2, 12),
    ("Turkish forces shelled Tal Rifaat on Friday, officials in Ankara said.",
     ("Tal Rifaat", "Ankara"), "Explosions/Remote violence", "Shelling/artillery/missile attack", "Tal Rifaat", "2019-03-01", 1,
     None),
    ("A roadside bomb struck a minibus on the outskirts of Mogadishu earlier this month, killing five passengers, an official said.",
     ("Mogadishu",), "Explosions/Remote violence", "Remote explosive/landmine/IED", "Mogadishu", "2019-03", 3, 5),
    ("An attacker threw a grenade into a crowded market in Jenin three days ago, wounding two people, medics said.",
     ("Jenin",), "Explosions/Remote violence", "Grenade", "Jenin", "2019-03-02", 1, 2),
    ("Rescuers said chlorine gas was used in an attack on Idlib in March.",
     ("Idlib",), "Explosions/Remote violence", "Chemical weapon", "Idlib", "2019-03", 3, None),
    ("Boko Haram militants executed seven farmers in Gwoza on Monday, a local leader said.",
     ("Gwoza",), "Violence against civilians", "Attack", "Gwoza", "2019-03-04", 1, 7),
    ("Gunmen abducted 20 students from a school near Maiduguri on Sunday, police said.",
     ("Maiduguri",), "Violence against civilians", "Abduction/forced disappearance", "Maiduguri", "2019-03-03", 1, 20),
    ("RSF fighters raped women in Khartoum last month, a United Nations report said.",
     ("Khartoum",), "Violence against civilians", "Sexual violence", "Khartoum", "2019-02", 3, None),
    ("More than 300 al-Shabaab fighters surrendered to Somali government forces in Kismayo today.",
     ("Kismayo",), "Strategic developments", "Change to group/activity", "Kismayo", "2019-03-05", 1, 300),
    ("Kenyan police arrested 12 suspects in Nairobi on Thursday over the attack.",
     ("Nairobi",), "Strategic developments", "Arrests", "Nairobi", "2019-02-28", 1, 12),
    ("Russian forces handed control of Tal Rifaat to Syrian government forces on Friday without a fight.",
     ("Tal Rifaat",), "Strategic developments", "Non-violent transfer of territory", "Tal Rifaat", "2019-03-01", 1, None),
    ("Thousands of civilians were evacuated from Khan Younis over the weekend, the United Nations said.",
     ("Khan Younis",), "Strategic developments", "Other", "Khan Younis", "2019-03-02", 2, 1000),
    ("The Saudi-led coalition and the Houthis agreed a ceasefire in Hodeidah in December.",
     ("Hodeidah",), "Strategic developments", "Agreement", "Hodeidah", "2018-12", 3, None),
    ("Ukrainian air defences shot down 11 drones over Kyiv overnight, the city administration said.",
     ("Kyiv",), "Strategic developments", "Disrupted weapons use", "Kyiv", "2019-03-04", 2, None),
    ("RSF fighters looted shops in Khartoum last week, witnesses said.",
     ("Khartoum",), "Strategic developments", "Looting/property destruction", "Khartoum", "2019-02-28", 2, None),
    ("M23 rebels set up a new base near Goma earlier this month, a U.N. source said.",
     ("Goma",), "Strategic developments", "Headquarters or base established", "Goma", "2019-03", 3, None),
    ("Hundreds of people protested in Nairobi on Wednesday against rising prices.",
     ("Nairobi",), "Protests", "Peaceful protest", "Nairobi", "2019-02-27", 1, 100),
    ("Police fired tear gas at demonstrators in Lagos on Tuesday.",
     ("Lagos",), "Protests", "Protest with intervention", "Lagos", "2019-03-05", 1, None),
    ("Security forces shot dead four protesters in Khartoum yesterday, doctors said.",
     ("Khartoum",), "Protests", "Excessive force against protesters", "Khartoum", "2019-03-04", 1, 4),
    ("Rioters torched cars and hurled stones at police in Lagos on March 4.",
     ("Lagos",), "Riots", "Violent demonstration", "Lagos", "2019-03-04", 1, None),
    ("A mob lynched a man accused of blasphemy in Peshawar on 4 March 2019, police said.",
     ("Peshawar",), "Riots", "Mob violence", "Peshawar", "2019-03-04", 1, None),
    ("Israeli warplanes struck Khan Younis in the past three days, the Hamas-run health ministry said.",
     ("Khan Younis",), "Explosions/Remote violence", "Air/drone strike", "Khan Younis", "2019-03-03", 2, None),
    ("Ukrainian drones struck an oil depot in Bryansk overnight, the regional governor said.",
     ("Bryansk",), "Explosions/Remote violence", "Air/drone strike", "Bryansk", "2019-03-04", 2, None),
    ("A guided bomb hit a residential building in Kharkiv on Monday, killing three people.",
     ("Kharkiv",), "Explosions/Remote violence", "Air/drone strike", "Kharkiv", "2019-03-04", 1, 3),
    ("Government troops repelled two attacks near Goma on Sunday, the army said.",
     ("Goma",), "Battles", "Armed clash", "Goma", "2019-03-03", 1, None),
    ("Gunmen killed at least 40 people in an attack on a village near Bunia on Saturday, local officials said.",
     ("Bunia",), "Violence against civilians", "Attack", "Bunia", "2019-03-02", 1, 40),
]


def _only(events, sub_type):
    found = [e for e in events if e.sub_type == sub_type]
    assert len(found) == 1, [(e.sub_type, e.sentence) for e in events]
    return found[0]


@pytest.mark.parametrize("text,names,etype,sub,place,date,precision,count", CASES, ids=[c[3] for c in CASES])
def test_every_sub_type(text, names, etype, sub, place, date, precision, count):
    e = _only(extract_events(text, toponyms(text, *names), PUB), sub)
    assert (e.type, e.place.text, e.date, e.time_precision, e.count) == (etype, place, date, precision, count)
    assert text[e.start:e.end] == e.sentence
    assert 0 < e.confidence <= 1


@pytest.mark.parametrize("text,names,expected,never", [
    # the speaker's city is no event place
    ("Turkish forces shelled Tal Rifaat on Friday, officials in Ankara said.", ("Tal Rifaat", "Ankara"), "Tal Rifaat", "Ankara"),
    # the place fighters come from is no event place
    ("The militants, who hail from Chechnya, attacked a checkpoint in Idlib on Sunday.", ("Chechnya", "Idlib"), "Idlib", "Chechnya"),
    ("Foreign fighters from Pakistan clashed with Afghan forces in Kandahar.", ("Pakistan", "Kandahar"), "Kandahar", "Pakistan"),
    # a border named as a landmark is no event place
    ("Houthi rebels shelled Marib, near the border with Saudi Arabia, on Monday.", ("Marib", "Saudi Arabia"), "Marib",
     "Saudi Arabia"),
    # a place that speaks (metonymy) is no event place
    ("Kyiv said Russian forces shelled Kharkiv overnight.", ("Kyiv", "Kharkiv"), "Kharkiv", "Kyiv"),
])
def test_rules_never_fire_on_unrelated_places(text, names, expected, never):
    events = extract_events(text, toponyms(text, *names), PUB)
    assert events and all(e.place.text == expected for e in events)
    assert not [e for e in events if e.place.text == never]


def test_a_dateline_is_where_the_reporter_is_not_where_it_happened():
    text = ("MAIDUGURI, Nigeria, March 5 (Reuters) - Gunmen on motorcycles killed at least 40 people in attacks on "
            "three villages near Gwoza, police said.")
    events = extract_events(text, toponyms(text, "MAIDUGURI", "Gwoza"), PUB)
    assert [(e.sub_type, e.place.text, e.count) for e in events] == [("Attack", "Gwoza", 40)]
    text = "MAIDUGURI, Nigeria, March 5 (Reuters) - Gunmen killed at least 40 people on Monday, police said."
    assert [e.place.text for e in extract_events(text, toponyms(text, "MAIDUGURI"), PUB)] == ["MAIDUGURI"]


def test_a_possessive_or_a_held_adjective_between_the_trigger_and_the_place_keeps_the_link():
    text = ("Warplanes carried out air strikes on Yemen's Houthi-held port of Hodeidah on Monday, a day after "
            "rebels fired missiles at the city of Marib.")
    events = extract_events(text, toponyms(text, "Yemen", "Hodeidah", "Marib"), PUB)
    assert ("Air/drone strike", "Hodeidah") in {(e.sub_type, e.place.text) for e in events}


def test_a_province_far_from_the_reports_main_place_is_not_that_place():
    text = ("Air strikes hit Hodeidah on Monday, killing five people in Hodeidah. "
            "Fighting intensified in the Marib governorate on Tuesday.")
    events = extract_events(text, toponyms(text, "Hodeidah", "Marib governorate"), PUB)
    assert [e.place.text for e in events if e.type == "Battles"] == ["Marib governorate"]


def test_both_cities_of_a_paired_dateline_are_datelines():
    from geo.text import is_dateline
    text = "BEIRUT/JERUSALEM (Reuters) - Warplanes struck Tyre.\nA line about BEIRUT/JERUSALEM talks."
    first, second = text.index("BEIRUT"), text.index("JERUSALEM")
    assert is_dateline(text, first, first + 6) and is_dateline(text, second, second + 9)
    later = text.rindex("JERUSALEM")
    assert not is_dateline(text, later, later + 9) and not is_dateline(text, text.rindex("BEIRUT"), later - 1)


@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modi thanked voters at a victory rally in Kabul on Friday.",
    "A suicide bomber blew himself up at a rally of a religious party in Peshawar, killing 40 people.",
])
def test_a_campaign_rally_or_a_bombed_one_is_no_protest(text):
    assert "Protests" not in {e.type for e in extract_events(text, toponyms(text, "Kabul", "Peshawar"), PUB)}


def test_a_reaction_to_an_attack_is_no_new_attack():
    text = "Prime Minister Shehbaz Sharif condemned the bombing from Peshawar on Monday."
    assert extract_events(text, toponyms(text, "Peshawar"), PUB) == []


def test_the_force_that_tells_of_an_attack_is_its_source_not_its_author():
    for text in ("Gunmen killed at least 40 people in attacks on villages near Gwoza, police said.",
                 "Gunmen killed at least 40 people in attacks on villages near Gwoza, police spokesman Yazid Abubakar "
                 "said."):
        assert [(e.sub_type, e.actors) for e in extract_events(text, toponyms(text, "Gwoza"), PUB)] == [("Attack", ())]
    text = "Boko Haram fighters attacked a military base near Gwoza on Monday, the army said."
    e = _only(extract_events(text, toponyms(text, "Gwoza"), PUB), "Armed clash")
    assert len(e.actors) == 2  # in a battle the army that tells of it is a side


def test_origin_only_sentence_gives_no_event_there():
    text = ("Fighting raged in Kandahar on Monday. The captured militants hail from Pakistan and Chechnya, "
            "where they were trained, police said.")
    events = extract_events(text, toponyms(text, "Kandahar", "Pakistan", "Chechnya"), PUB)
    assert {e.place.text for e in events} == {"Kandahar"}


def test_a_peoples_adjective_between_the_trigger_and_the_place_keeps_the_link():
    text = "Russian missiles struck the Syrian city of Idlib overnight, while rebels recaptured Aleppo on Monday."
    events = extract_events(text, toponyms(text, "Idlib", "Aleppo"), PUB)
    assert ("Explosions/Remote violence", "Idlib") in {(e.type, e.place.text) for e in events}


@pytest.mark.parametrize("text", [
    "The SDF vowed to storm Idlib.",
    "Rebels threatened to shell Aleppo on Monday.",
    "The army denied it shelled Idlib on Friday.",
    "Officials fear that a ceasefire in Idlib could collapse.",
    "Sceptics doubt there will be clashes in Kandahar.",
    "Ankara has threatened a new ground offensive against Aleppo.",
    "Aleppo battles its worst cholera outbreak in years.",
    "Firefighters fought the blaze in Kandahar for hours.",
    "Floods in Kandahar have killed 12 people since Monday.",
    "The same storm line moved into Kandahar on Sunday night.",
    "EU leaders clash over migrant quotas at a summit in Aleppo.",
    "The minister clashed with opposition lawmakers over the budget in Kandahar.",
    "Typhoon Mangkhut killed 54 people. Officials in Kandahar evacuated more than 2 million people.",
    "Ceasefire talks in Kandahar stalled on Monday.",
    "Both sides accused the other of violating the truce in Aleppo.",
])
def test_hedged_triggers_give_nothing(text):
    assert extract_events(text, toponyms(text, "Idlib", "Aleppo", "Kandahar"), PUB) == []


def test_background_is_no_event():
    text = "The campaign included the capture of Raqqa in 2017."
    assert extract_events(text, toponyms(text, "Raqqa"), PUB) == []


def test_a_countrys_troops_are_its_state_forces_and_lead_joint_subjects():
    text = "Malian troops and Russian Wagner mercenaries retook the northern town of Kidal on Sunday."
    tops = toponyms(text, "Kidal") + toponyms(text, "Malian", role="modifier")
    e = _only(extract_events(text, tops, PUB), "Government regains territory")
    assert e.actors[0] == "Government forces (ML)" and "Wagner Group" in e.actors


def test_a_state_force_across_its_border_fights_for_territory_it_does_not_regain():
    text = "Ukrainian troops advanced into Sudzha on Tuesday, commander Oleksandr Syrskyi said."
    assert _only(extract_events(text, toponyms(text, "Sudzha"), PUB), "Armed clash").place.text == "Sudzha"
    text = "Malian troops retook the northern town of Kidal on Sunday."
    tops = toponyms(text, "Kidal") + toponyms(text, "Malian", role="modifier")
    assert _only(extract_events(text, tops, PUB), "Government regains territory")


def test_fighting_that_spreads_to_a_place_is_there_not_where_talks_stall():
    text = ("Fighting between the army and the RSF spread to Mellit on Saturday, residents said, while talks "
            "brokered by Saudi Arabia in Khartoum stalled.")
    e = _only(extract_events(text, toponyms(text, "Mellit", "Khartoum"), PUB), "Armed clash")
    assert e.place.text == "Mellit"


def test_arrests_in_police_news_are_no_political_event():
    text = ("A man was charged with burglary on Tuesday. Police said he sold stolen tools and was arrested at a motel "
            "in Nairobi.")
    assert [e for e in extract_events(text, toponyms(text, "Nairobi"), PUB) if e.sub_type == "Arrests"] == []
    text = "Police arrested an opposition leader in Nairobi on Thursday."
    assert _only(extract_events(text, toponyms(text, "Nairobi"), PUB), "Arrests").place.text == "Nairobi"


def test_aircraft_that_strike_are_an_air_strike():
    text = "The army said its aircraft struck RSF positions near Mellit on Monday."
    assert _only(extract_events(text, toponyms(text, "Mellit"), PUB), "Air/drone strike").place.text == "Mellit"


def test_the_army_is_the_army_last_named():
    text = "Hamas fighters clashed with Israeli troops in Jabalia on Monday, where the army said it had launched a raid."
    tops = toponyms(text, "Jabalia") + toponyms(text, "Israeli", role="modifier")
    e = _only(extract_events(text, tops, PUB), "Armed clash")
    assert set(e.actors) == {"Hamas", "Israeli forces"}


def test_a_headline_told_again_in_the_body_is_one_event():
    text = ("Jihadists kill 30 soldiers in attack on army base\n\n"
            "Jihadists killed 30 soldiers in an attack on a military camp near Kidal on Monday, the army said.")
    events = extract_events(text, toponyms(text, "Kidal"), PUB)
    assert [(e.sub_type, e.place.text, e.count) for e in events] == [("Armed clash", "Kidal", 30)]


def test_fallback_to_main_place_when_sentence_has_none():
    text = "Shelling hit Aleppo on Monday. On Sunday, clashes broke out in the old city. Aleppo is calm now."
    events = extract_events(text, toponyms(text, "Aleppo"), PUB)
    clash = _only(events, "Armed clash")
    assert (clash.place.text, clash.geo_precision, clash.date) == ("Aleppo", 2, "2019-03-03")
    shell = _only(events, "Shelling/artillery/missile attack")
    assert shell.geo_precision == 1 and shell.confidence > clash.confidence


def test_modifier_and_related_toponyms_are_never_event_places():
    text = "Syrian government forces shelled Idlib on Monday.\nREAD: Car bomb kills 10 in Mogadishu\n"
    tops = toponyms(text, "Idlib", "Mogadishu") + toponyms(text, "Syrian", role="modifier")
    read = text.index("READ:")
    events = extract_events(text, tops, PUB, related_spans=((read, len(text) - 1),))
    assert [(e.sub_type, e.place.text, e.actors) for e in events] == [
        ("Shelling/artillery/missile attack", "Idlib", ("Syrian government forces",))]


def test_quote_today_is_the_day_it_was_said():
    text = ('A commander said on Saturday that the assault on Marib had stalled. '
            '"Today about 40 fighters surrendered," he told reporters.')
    e = _only(extract_events(text, toponyms(text, "Marib"), PUB), "Change to group/activity")
    assert (e.date, e.count, e.place.text) == ("2019-03-02", 40, "Marib")


def test_one_event_per_sentence_and_sub_type():
    text = "Car bombs and landmines exploded in Mogadishu on Monday, and another car bomb hit the port."
    events = extract_events(text, toponyms(text, "Mogadishu"), PUB)
    assert [e.sub_type for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("word,n", [("dozens", 12), ("hundreds", 100), ("1,000", 1000), ("seven", 7), ("thousands", 1000),
                                    ("a dozen", 12), ("200", 200), ("banana", None)])
def test_parse_number_follows_acled(word, n):
    assert parse_number(word) == n


@pytest.mark.parametrize("sentence,count,dead", [
    ("Some 200 Daesh fighters surrendered.", 200, None),
    ("Around 1,000 people were killed.", 1000, 1000),
    ("Dozens of civilians fled.", 12, None),
    ("The blast killed at least 15 and wounded 30.", 15, 15),
    ("Dozens of trucks arrived in 2017.", None, None),
])
def test_counts(sentence, count, dead):
    assert count_in(sentence) == count
    assert fatalities_in(sentence) == dead


# ---------------------------------------------------------------- the seed
@pytest.fixture(scope="module")
def seed_events():
    text, tops, pub, related = seed_report()
    return text, extract_events(text, tops, pub, related)


def test_seed_surrender(seed_events):
    _, events = seed_events
    e = _only(events, "Change to group/activity")
    assert (e.place.text, e.date, e.time_precision, e.count) == ("Baghouz", "2019-03-04", 1, 200)
    assert "Islamic State (ISIS)" in e.actors


def test_seed_sunday_explosives(seed_events):
    _, events = seed_events
    sunday = [e for e in events if e.date == "2019-03-03"]
    subs = {e.sub_type for e in sunday}
    assert {"Remote explosive/landmine/IED", "Suicide bomb"} <= subs
    assert all(e.place.text == "Baghouz" for e in sunday)
    ied = _only(sunday, "Suicide bomb")
    assert "landmines, car bombs" in ied.sentence and "Syrian Democratic Forces (SDF)" in ied.actors


def test_seed_weekend_assault(seed_events):
    _, events = seed_events
    assert any(e.sub_type == "Armed clash" and e.date == "2019-03-02" and e.time_precision == 2 and e.place.text == "Baghouz"
               for e in events)


def test_seed_nothing_from_origins_or_related_lines(seed_events):
    text, events = seed_events
    assert {e.place.text for e in events} == {"Baghouz"}
    for s, _ in (r for r in [(text.index(line), 0) for line in text.splitlines() if line.startswith("READ:")]):
        assert all(not (e.start <= s < e.end) for e in events)
    assert not any("executed by rival militants" in e.sentence for e in events)
    assert not any(e.type == "Violence against civilians" for e in events)


def test_extraction_stays_light():
    """`geo extract` must cold-start fast: events and claims never pull in geopandas, shapely or pyproj."""
    import subprocess
    import sys

    code = ("import sys, geo.events, geo.claims, geo.dates, geo.actors; "
            "heavy = [m for m in ('geopandas', 'shapely', 'pyproj', 'pandas') if m in sys.modules]; "
            "sys.exit(', '.join(heavy) or None)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(SEED.parent.parent))
    assert done.returncode == 0, done.stderr

"""Word lists the recogniser needs, general to English news: titles, months, person nouns, org words.

First names come from gender-guesser's dictionary (`gazetteer.words.first_names`: the table build uses
them too).
"""

from __future__ import annotations

import re

from gazetteer.words import first_names

__all__ = ["MONTHS", "WEEKDAYS", "TITLES", "PERSON_NOUNS", "STATE_ABBREVIATION", "ORG_WORDS", "DIRECTIONS", "PLACE_NOUNS",
           "first_names"]

MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan feb mar apr jun jul aug sep sept oct nov dec".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TITLES = frozenset("""mr mrs ms miss mx dr prof sir dame lord lady president vice minister premier chancellor senator sen
    rep representative congressman congresswoman gov governor mayor judge justice gen general col colonel lt lieutenant
    maj major capt captain cpt sgt sergeant cpl corporal pte private adm admiral cmdr commander officer sheikh shaikh
    king queen prince princess emperor empress pope father rev reverend bishop archbishop cardinal imam ayatollah
    mullah emir sultan coach spokesman spokeswoman secretary ambassador dj detective inspector constable
    chairman chairwoman ceo director professor dean pastor rabbi brother sister uncle aunt coun cllr councillor
    councilor alderman""".split())
PERSON_NOUNS = frozenset("""head chief spokesman spokeswoman spokesperson director leader president minister commander
    official member founder ceo chairman chairwoman professor author analyst researcher resident who secretary
    deputy adviser advisor aide son daughter wife husband father mother brother sister colleague lawyer attorney
    general governor mayor senator manager coach player striker captain journalist reporter correspondent editor
    mp envoy ambassador officer doctor nurse student teacher actor actress singer writer
    quarterback linebacker receiver midfielder defender goalkeeper pitcher catcher shortstop outfielder infielder
    granddaughter grandson grandmother grandfather niece nephew cousin neighbor neighbour friend fiancé fiancee
    boyfriend girlfriend administrator superintendent commissioner supervisor principal trooper firefighter
    ranger clerk treasurer auditor assessor coroner prosecutor solicitor councilman councilwoman
    dealer buyer seller trader merchant businessman businesswoman owner driver farmer rancher grower pastor priest
    bishop rabbi imam veteran soldier artist musician lawmaker legislator candidate activist survivor victim suspect
    witness physician surgeon paramedic pharmacist dentist veterinarian engineer worker employee volunteer
    retiree passenger commuter vendor shopkeeper fisherman villager patient climber mountaineer guide scientist
    economist""".split())
# AP's abbreviation of a state ("Mo.", "Calif.", "Wash."): news writes it only after a town or in a dateline
STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.")
# Capitalised words that, after a place name, make an organisation or a thing named after the place.
ORG_WORDS = frozenset("""army police forces force guard guards corps militia brigade brigades battalion regiment fleet navy
    democratic national federal republican party front movement council assembly parliament congress senate court
    ministry department embassy consulate government administration agency authority commission committee office
    times post herald tribune journal news press daily gazette telegraph chronicle observer guardian star sun mail
    airlines airways airport railway railways bank university college school institute hospital museum center centre
    company corp corporation inc ltd group club fc united city rangers athletic wanderers county state tech
    purchase revival style street avenue road square bridge stadium hotel cup open league association foundation
    service services union patrol declaration accord agreement treaty convention protocol summit regional municipal
    metropolitan borough district shire chamber chambers centers centres institutes""".split())
DIRECTIONS = frozenset("""north south east west northern southern eastern western central northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern north-east north-west south-east south-west
    north-eastern north-western south-eastern south-western upper lower greater inner outer""".split())
# nouns that make a name a first-level or second-level region: "Idlib province", "the state of Washington"
REGION_NOUNS = ("province", "governorate", "state", "region", "oblast", "county", "district", "prefecture",
                "department")
# head nouns of the names of sites and landforms: "Donington Park", "Elysian Fields", "Carnegie Library"
SITE_WORDS = frozenset("""park parks field fields library club golf farm farms ranch garden gardens hall court house tower
    castle palace fort beach bay point hill hills heights lake river creek springs falls mountain mountains valley
    forest wood woods green common commons community municipal elementary middle high academy church chapel cathedral
    mosque temple market mall plaza center centre station terminal harbour harbor pier wharf dock docks canal dam
    crossing junction gate gates quarter district borough township parish ward estate estates village basin delta
    coast estuary rainforest plain plains plateau theatre theater hotel hospital museum stadium arena airport zoo
    prison jail cemetery bridge cinema gallery oval racecourse speedway raceway ballpark showground showgrounds
    fairgrounds velodrome""".split())
# news agencies and outlets whose names are also places' names: in a report they are the outlet ("according to
# Xinhua"); the acronyms only in capitals ("SANA reported", not Sana'a), the rest only before "news agency",
# "reported", "said"... ("Fars news agency", not the province of Fars)
NEWS_OUTLETS = frozenset({"xinhua", "interfax", "yonhap", "kyodo", "bernama", "anadolu", "antara", "tasnim", "rudaw",
                          "hurriyet", "ynet", "itar-tass", "ria novosti", "jazeera", "arabiya"})  # (keys: "Al" dropped)
NEWS_OUTLET_ACRONYMS = frozenset({"TASS", "SANA", "IRNA", "KUNA", "WAFA", "ANSA", "EFE", "ISNA", "IRIB"})
NEWS_OUTLETS_IN_CONTEXT = frozenset({"fars", "mehr", "petra", "sputnik", "dawn", "tass", "mena", "sana"})
# a civil division named after a place: "Washington Township", "Lebanon Borough"
DIVISION_WORDS = frozenset({"township", "borough", "parish"})
# "the town of X", "X, a village ...": nouns that mark a name as a place.
PLACE_NOUNS = frozenset("""town village city hamlet hamlets district province governorate region neighbourhood neighborhood
    suburb camp settlement enclave area county state island port oasis valley municipality prefecture oblast
    commune""".split())



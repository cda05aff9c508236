"""Recognition: gazetteer matches filtered and completed by rules that hold for news in general.

document text -> `Mention`s (a span, its candidate places, its role and clues for the resolver).
Each rule is a small function over one match and its neighbours; the order is the order below.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from collections import Counter
from functools import lru_cache

from gazetteer.errors import PlaceNotFound
from gazetteer.matcher import Match, Matcher
from gazetteer.normalize import fold_accents, key as name_key, loose_key, region_key
from gazetteer.place import distance_km
from gazetteer.sources import CAPITAL, DEMONYM, LOOSE, PRIMARY, capitals

from .actors import actor_kind, normalise_actor
from .lexicon import (DIRECTIONS, DIVISION_WORDS, MONTHS, NEWS_OUTLET_ACRONYMS, NEWS_OUTLETS, NEWS_OUTLETS_IN_CONTEXT,
                      ORG_WORDS, PERSON_NOUNS, PLACE_NOUNS, REGION_NOUNS, SITE_WORDS, STATE_ABBREVIATION, TITLES, WEEKDAYS,
                      first_names)
from .text import is_dateline, sentence_spans

__all__ = ["Mention", "recognize"]

_CONTAINER_KINDS = frozenset({"country", "admin1", "admin2", "region"})
_REGION_KINDS = frozenset({"continent", "country", "admin1"})  # places too big to be a word of a longer name
_SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "and", "of"})
_GROUP_AFTER = re.compile(r"\s+(?:rebels?|fighters?|militants?|militias?|insurgents?|separatists?|tribes?(?:men)?|clans?"
                          r"|people|peoples|refugees|migrants|herders|farmers|communit(?:y|ies)|leaders?|elders|families)\b")
# ... and a people's words for itself, after a name: "Roma children", "a Roma settlement"
_PEOPLE_AFTER = re.compile(r" (?:children|families|communities|settlements?|minority|population|people|women"
                           r"|men)\b")
_NOT_GROUP_WORDS = frozenset({"kurdish"})  # an adjective the actor table reads as the SDF ("Kurdish-held"), not a name
_PATRONYMIC_BEFORE = re.compile(r"\b[A-Z][a-z]+ (?:bin|ibn|bint) $")
_GIVEN_NAME_AFTER = re.compile(r"[-‐]([A-Z][a-z]+)\b")
_PARTICLES = "de los|de la|de las|delos|dela|de|van|von|der|den|da|di|du|del|della|dos|das|bin|ibn|ben|le|la"
# (of surnames: "Vincent van Gogh", "Randy delos Santos")
_SURNAME_HEADS = frozenset(_PARTICLES.split("|")) | {"el", "al", "abu", "ibn", "ben", "mac", "mc", "o"}
_PARTICLE_SURNAME_AFTER = re.compile(r" (?:el|al|" + _PARTICLES + r") [A-Z][a-z]")
VILLAGE = 5_000  # a settlement below this is a village: its name needs the text's help to be a place
# words that open the names of quarters, villages and rivers in other languages: "Faubourg Marigny", "Sungai Nipah"
_PLACE_HEADS = frozenset("""faubourg barrio colonia quartier ciudad vila villa sidi ain bir kafr tell tal deir beit
    kampung sungai ban nong kampong""".split())
_HEAD_WORDS = PLACE_NOUNS | DIRECTIONS | SITE_WORDS | ORG_WORDS  # words that may follow a place in a longer name
_DATE_WORDS = MONTHS | WEEKDAYS
_NOT_SURNAMES = ORG_WORDS | PLACE_NOUNS | MONTHS | WEEKDAYS
_NOT_PLACE_WORDS = MONTHS | WEEKDAYS | TITLES
_PLURAL_DIVISION_AFTER = re.compile(r" townships\b")  # (not "parishes": a Louisiana parish is a county)
_TEAM_AFTER = re.compile(r" ([A-Z][a-z]+[a-rt-z])s\b(?![’'-])")  # a team's plural name: "Bruins", "Mavericks"
# a town's officer or service after its name: "Velva Mayor Jim Roberts", "Heber Springs Fire Chief Terry Holcomb"
_CIVIC_TITLE_AFTER = re.compile(r" (?:Mayor|Deputy Mayor|Fire Chief|Police Chief|Town Manager|City Manager|Town Clerk"
                                r"|City Clerk|Town Council|City Council|Fire Department|Police Department)\b")
# ... and its bodies in lower case: "Rupert police said", "Pella school district", "Mexico selectmen"
_CIVIC_BODY_AFTER = re.compile(r" (?:police|officials|selectmen|firefighters|city council|town council|school board"
                               r"|school district)\b")
# a town's team in local sports news: "the Cyclones held on to beat Paola 21-17" (not a record after a name: a
# wrestler's is written alike, "Boone (44-0)")
_BEAT_BEFORE = re.compile(r"\b(?:beat|beats|edged|edges|defeated|defeats|topped|tops|downed|over|past|held off|holds off"
                          r"|blanked|blanks|routed|routs|outlasted|outlasts|lost to|loses to|fell to|falls to) \Z")
_SCORE_AFTER = re.compile(r" \d{1,3}-\d{1,3}\b")
# a line of results, two sides and their scores: "Castlehaven 1-14 Clonakilty 1-12", "Ada 58, Durant 62"
_RESULT_LINE = re.compile(r"(?m)^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*),? \d{1,3}(?:-\d{1,3})?,? "
                          r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*),? \d{1,3}(?:-\d{1,3})?\s*$")
# someone from a town, as local news writes it: "A Liberty man reported", "raised by a Roy girl", "a Curlew rancher"
_TOWNSPERSON_AFTER = re.compile(r" (?:man|woman|men|women|boy|girl|teen|teenager|youth|couple|resident|family|farmer"
                                r"|rancher|driver|motorist|native)\b")
_ARTICLE_A_BEFORE = re.compile(r"(?:^|\s)[Aa]n? $")  # "a Liberty man", "An Athol man"
_SCORE_WIN_BEFORE = re.compile(r"\b(?:\d{1,3}-\d{1,3}|[\w]+-(?:point|goal|run|wicket|stroke|shot)) (?:\w+ )?"
                               r"(?:win|victory|loss|defeat) (?:over|against|to|at) \Z")  # ("a five-point win over")
# "Renmark, who were beaten": a side or a town's people, not a person (who would be "was")
_GROUP_WHO_AFTER = re.compile(r",\s+who\s+(?:were|are|have)\b")
_FEATURE_HEADS = frozenset({"Jebel", "Jabal", "Wadi"})  # Arabic "mountain", "valley": first words of names
# first-level regions named with a landform's word (Nigeria's Plateau, Rivers and Delta; Somalia's Bay; Kenya's Coast)
_LANDFORM_REGIONS = frozenset({"Bay", "Plateau", "Plateaux", "Lakes", "Rivers", "Coast", "Delta", "Littoral", "Islands",
                               "Highlands", "Savanes", "Lagunes", "Montagnes"})
# words for a cape, a port, a hill, a well, an island or a village that open places' names in Spanish, Portuguese,
# Italian, French, Arabic, Malay and Thai: "Punta Colorada", "Ras Laffan", "Tanjung Priok", "Ban Nong Khai"
_NAME_HEADS = frozenset({"Punta", "Puerto", "Porto", "Villa", "Cerro", "Monte", "Lago", "Isla", "Cabo", "Playa",
                         "Cordillera", "Nevado", "Laguna", "Sierra", "Bahía", "Volcán",
                         "Pointe", "Ras", "Bir", "Ain", "Tal", "Tell", "Kafr", "Bandar", "Kota", "Kuala", "Sungai",
                         "Tanjung", "Pulau", "Bukit", "Kampung", "Ban"})
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical storm", "super typhoon"})  # first words of names that are no missing place
# the word before a storm's name, as written: "Hurricane Betsy", "TYPHOON HAIYAN"
_STORM_NAME_BEFORE = frozenset(f(w) for w in _STORM_WORDS if " " not in w for f in (str.title, str.upper))
_ERAS = frozenset({"BC", "B.C.", "BCE", "AD", "A.D.", "CE"})
_FEATURE_KINDS = frozenset({"region", "island", "river", "sea", "lake", "mountain", "desert", "valley"})
# features whose names take "the" (a town's seldom does): "the Ohio", "the Andes", "the Sahara"
_THE_FEATURE_KINDS = frozenset({"river", "mountain", "desert"})
_WATER_NAME_ENDS = frozenset({"Sea", "Lake", "River", "Ocean", "Gulf", "Bay"})  # the last words of waters' names
_MAJOR_KINDS = frozenset({"continent", "country", "admin1", "region", "river", "sea", "lake", "mountain", "desert"})


@dataclass
class Mention:
    start: int
    end: int
    text: str
    candidates: tuple = ()
    loose: bool = False
    role: str = "literal"
    qualifier: str | None = None
    container: int | None = None  # index of the mention that contains this one ("Alexandria, Louisiana")
    container_worded: bool = False  # ... said in words, no list: "Santiago, in Veraguas", "X, the capital of Y"
    demonym: bool = False
    unresolved: bool = False
    evidence: float = 1.0  # how sure recognition is that this is a place name (0-1)
    kind_hint: str | None = None  # "settlement" ("the city of X") or "region" ("X province")
    suggestions: tuple[str, ...] = field(default=())
    frame: int | None = None  # index of the region that opens this one's sentence ("In Michigan, ... Oakland County")
    stands_for: tuple = ()  # the candidates of the place a modifier names with the word after it ("Iraqi capital")
    dateline: bool = False  # where the reporter files from ("FRIENDSHIP, Wis. -"): the report's home


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# (the words between are adjectives: not "Kauai, after a council member asked")
_APPOSITION = re.compile(r",\s+(?:a|an|the|his|her|its|their)?\s*(?:(?!(?:after|before|when|while|as|but|and|or|if|because|"
                         r"since|until|where|said|says|at|in|on|of|to|from|for|by|with|near|a|an|the)\b)[a-z-]+\s+){0,3}?("
                         + "|".join(sorted(PERSON_NOUNS)) + r")\b")
# a public body or a national team named as "<what it does> <country>": "Health Canada", "Police Scotland",
# "Public Health England", "Statistics Netherlands", "Cricket Australia", "Air India"
_BODY_BEFORE_A_COUNTRY = frozenset("""Police Health Protection Transport Tourism Environment Statistics Stats Parks
    Elections Fisheries Oceans Geoscience Cricket Rugby Football Athletics Swimming Tennis Cycling Hockey Netball
    Basketball Air Radio Historic Natural Invest Forestry Ambulance""".split())
# the place nouns of an apposition or "the X of": a community is one there ("Soso, a community of about 400"), though a
# capitalised "Community" before a name is no cue ("Community Commerce in California")
_DESCRIBING_NOUNS = PLACE_NOUNS | {"community"}
_PLACE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:(?!(?:in|of|at|on|for|from|with|near|to|by|a|an|the)\b)[a-z-]+\s+){0,3}?"
                               r"(?:collection of\s+)?(" + "|".join(sorted(_DESCRIBING_NOUNS)) + r")\b"
                               # (the noun ends the phrase: not "Prin, a city partnerships manager", "the state's economist")
                               r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|in|on|near|at|north|south|east|west|along|by|close|outside"
                               r"|that|which|where|with|about|some|located|inhabited|home|known|just|and)\b)")
_MODIFIER_SUFFIX = re.compile(r"[-‐](?:backed|led|based|born|made|run|funded|allied|supported|brokered|sponsored|owned|"
                              r"controlled|held|occupied|dominated|aligned|linked|affiliated|inspired|administered|"
                              r"annexed)\b")
_RELATED_LINE = re.compile(r"^\s*(?:READ(?: MORE)?|RELATED|SEE ALSO|ALSO READ|WATCH|LISTEN|MORE|Read more|Read also|Related|See also|Also read)\s*[:\-–|]", re.M)
_CAPTION = re.compile(r"\[[^\]\n]{2,60}\]\s*$|\((?:photo|image|picture|file photo|credit)[^)\n]*\)\s*$|^(?:photo|image|file photo|pictured)\s*[:\-–]", re.I)
_UNRESOLVED_NOUNS = sorted(_DESCRIBING_NOUNS - {"area", "state", "county"})
_UNRESOLVED_PLURALS = sorted({n[:-1] + "ies" if n.endswith("y") else n + "s" for n in _UNRESOLVED_NOUNS} - set(_UNRESOLVED_NOUNS))
# "the town of X", "the villages of X and Y", "four villages: X, Y and Z"
_UNRESOLVED_BEFORE = re.compile(r"\b(?:the\s+)?(?:" + "|".join(_UNRESOLVED_NOUNS + _UNRESOLVED_PLURALS) + r")\s+of\s+$"
                                r"|\b(?:" + "|".join(_UNRESOLVED_PLURALS) + r"):\s+$", re.I)
_PREPOSITIONS = frozenset("in near outside into at from to toward towards around across via".split())
_CUE_WORDS = _PREPOSITIONS | {"of"}
_PLACE_CUE = (r"(?:\b(?:in|near|outside|toward|towards|through|across|around)"
              r"|\bfrom\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\s+to"  # "stations from Buhl to Rupert"
              r"|\b(?:north|south|east|west|northeast|northwest|"
              r"southeast|southwest)\s+(?:of|to)"
              r"|\b(?:town|city|village|county|province|region|district|governorate|suburb|"
              r"outskirts|parts|streets|centre|center|heart|edge|side)\s+of"
              r"|\b(?:man|woman|men|women|residents?|family|families|farmers?|natives?|students?|fans|"
              r"visitors|people|commuters|workers|voters|officials)\s+(?:from|of)"
              r"|\b(?:crews|trucks|firefighters|teams|troops|buses|flights|trains|refugees|migrants|tourists|volunteers|"
              r"departments|agencies|units|engines|ambulances|bands|clubs|squads|players|athletes|runners|riders|"
              r"deputies|officers|delegates|delegations|shipments|companies|businesses|churches|schools|firms?|"
              r"contractors?|company|crew|team)\s+from"
              # "tanker trucks from Fairbanks"
              r"|\b(?:driving|drove|drive|driven|came|coming|moved|travel(?:l)?ed|commutes?|commuting|hauling|hauled)"
              r"\s+(?:in\s+|up\s+|down\s+|over\s+)?(?:from|to)"  # "driving in from Murray", "hauling to Cuthbert"
              r"|\bthe\s+(?:[A-Z][\w'’-]*\s+)?capital"  # "the capital Male", "the Maldivian capital Male"
              r"|\b(?:" + "|".join(sorted(PERSON_NOUNS)) + r")\s+from)\s+")  # "a retired teacher from Camden"
_PLACE_CUE_BEFORE = re.compile(_PLACE_CUE + "$", re.I)
_CUE_REACH = 28  # how far back a place's cue is looked for
# a direction in lower case before a name puts a place there: "across west Tyrone", "in northern Jordan"
_DIRECTION_BEFORE = re.compile(r"(?<![\w-])(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?"
                               r"|central) $")


_CUE_LAST_WORDS = frozenset("in near outside toward towards through across around to of from capital".split())


def _last_word(text: str, lo: int, hi: int, dot: bool = False) -> str | None:
    """The word that text[lo:hi] ends in before its trailing white space (and a full stop, with `dot`), as a
    pattern's \\b sees words; None where it ends in no white space. Lets a pattern that must end in one of a few
    words and a space be skipped cheaply: Python tries such a pattern at every position before failing."""
    j = hi
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == hi:
        return None
    if dot and text[j - 1:j] == ".":
        j -= 1
    i = j
    while i > lo and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:j]


def _ends_in(word: str | None, words: frozenset[str]) -> bool:
    """Whether that last word may be one of `words` (a word with other letters than ASCII is left to the pattern,
    which folds case its own way)."""
    return word is not None and (not word.isascii() or word.lower() in words)


def _place_cue(text: str, lo: int, hi: int) -> re.Match | None:
    """_PLACE_CUE_BEFORE searched in text[lo:hi] (the search alone was a tenth of the geoparser's time)."""
    if not _ends_in(_last_word(text, lo, hi), _CUE_LAST_WORDS):
        return None
    return _PLACE_CUE_BEFORE.search(text, lo, hi)


def _cue_before(before: str) -> re.Match | None:
    """A place's cue just before a name: "north of Clinton", "a man from Calhoun"."""
    return _place_cue(before, max(0, len(before) - _CUE_REACH), len(before))


def _cue_at(text: str, pos: int) -> re.Match | None:
    """A place's cue just before the name at `pos` in the text."""
    return _place_cue(text, max(0, pos - _CUE_REACH), pos)


# a person's or a body's home: "Marcus Jackson of Houma", "Lonnie Earl Padgett, 84, of Walterboro" (with an age, as
# local papers give it, a town: "Addison Buechler, 12, of Ireland")
_SOMEONE_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:, \d{1,3},)? of $")
# the last item of a list that a place's cue opens: "owners in Bowling Green and Perrysburg said"
_LISTED_NAMES = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})*"
_CUED_LIST_BEFORE = re.compile(_PLACE_CUE + _LISTED_NAMES + r",? (?:and|or) $")
# ... and a middle item of such a list, where the list goes on after it: "fans from Victoria, Ellis and Russell"
# (the cue in any case: "Fans from ..." opens a sentence)
_CUED_LIST_MIDDLE = re.compile("(?i:" + _PLACE_CUE + ")" + _LISTED_NAMES + ", $")
# a place, then others of its kind: "from Derry and other parts of Northern Ireland", "Ely and nearby towns"
_OTHER_PLACES_AFTER = re.compile(r",? (?:and|or) (?:(?:other|nearby|neighbou?ring|surrounding) (?:parts|areas|towns|"
                                 r"cities|villages|communities|counties|states|provinces|regions|countries)\b"
                                 r"|parts of [A-Z]|much of [A-Z])")  # ("Fallon and parts of Prairie County")
# a river's course from or past a place: "a flood warning for the river from Terry downstream"
_RIVER_COURSE_AFTER = re.compile(r",? (?:downstream|upstream|downriver|upriver)\b")
_ISLAND_OF_BEFORE = re.compile(r"\b[Ii]sland of $")  # "the island of Santiago": the island, not the capital
# a place ranked in its country or region: ", the country's second-largest city", ", the province's capital"
_RANKED_PLACE_AFTER = re.compile(r", (?:the|its) (?:country|nation|state|province|region|island|county)['’]s "
                                 r"(?:[a-z-]+ ){0,2}(?:city|town|port|capital|village|island)\b")
# ... or among others of its kind: ", the southernmost of the islands", ", the largest town"
_SUPERLATIVE_PLACE_AFTER = re.compile(
    r", (?:the|its) [a-z-]+(?:most|est) (?:of (?:the|its|their) (?:[a-z-]+ )?(?:islands|towns|cities|villages|"
    r"provinces|states|regions|districts|counties|atolls)|"
    r"(?:island|town|city|village|province|state|region|district|county|atoll|port)\b)")
_LIST_GOES_ON = re.compile(r",? (?:and|or) |, [A-Z]")
_NAME_ENDS = re.compile(r"[,.;:!?)]|\s+(?:and|or)\s")  # a name ends here, no adjective of a noun that follows
_LIST_GAPS = (", ", " and ", ", and ")  # between the items of a list of names
_PLACES_NOUN_AFTER = re.compile(r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)+\s+(?:districts|"
                                r"provinces|counties|states|regions|villages|towns|governorates|oblasts|prefectures|"
                                r"municipalities|settlements|neighbou?rhoods|areas|rivers|islands|camps|"
                                r"suburbs|townships|parishes)\b")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:district|districts|province|provinces|region|governorate|township|village|"
                               r"villages|town|municipality|neighbou?rhoods?|camps?|slums?|islands?|valley|prefecture|"
                               r"oblast|county|state|areas?|settlements?|rivers)\b(?!\s+(?:of|for|and)\b(?!\s+[A-Z]))")  # ("district of Baghdad")
_SOURCE_BEFORE = re.compile(r"(?i)\b(?:according|thanks|due|close|next|compared|similar|addition|attention|letter|"
                            r"speaking|talking|spoke|wrote|said|told|replied|responded|belongs|belonging|married|"
                            r"son|daughter|wife|husband|sister|brother)\s+to\s+$")
_HYPHENATED_BEFORE = re.compile(r"[A-Z][\w’']*[-‐]$")
_TITLE_WORDS = "|".join(sorted(TITLES, key=len, reverse=True))
_INITIAL_BEFORE = re.compile(r"\b[A-Z]\.\s$")
# a title, perhaps with an initial, just before a name: "Circuit Judge Malcolm Street", "Judge C. Ashley Pike"
_TITLED_BEFORE = re.compile(r"\b(?:" + _TITLE_WORDS + r")\.?\s+(?:[A-Z]\.\s+)?\Z", re.I)
_FIRST_NAME_INITIAL_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s[A-Z]\.\s$")
_TITLE_BEFORE = re.compile(r"\b(?:" + _TITLE_WORDS + r")\.?\s+\Z", re.I)


_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")


def _titled_names_before(before: str) -> bool:
    """Whether a title and two or three capitalised names end the text: "Gov. Mohammed Umaru " (words split, not a
    pattern searched at every position: this is asked of most matches)."""
    words = before.split(" ")[-5:-1]
    for n in (2, 3):
        if len(words) > n and words[-n - 1].lower().rstrip(".") in TITLES \
                and all(_NAME_WORD.fullmatch(w) for w in words[-n:]):
            return True
    return False


def _title_before(text: str, end: int) -> re.Match | None:
    """_TITLE_BEFORE searched in text[:end]."""
    if not _ends_in(_last_word(text, 0, end, dot=True), TITLES):
        return None
    return _TITLE_BEFORE.search(text, 0, end)


_OFFICE_OF_BEFORE = re.compile(r"\b(?:Department|Ministry|Minister|Secretary|Chambers?|Board|Bureau|Office|Commission|"
                               r"Committee|Commonwealth|Institute|School|College|Society|Association) (?:of|for) \Z")
_SECOND_GIVEN_NAME_AFTER = re.compile(r" ([A-Z][a-z]+) [A-Z][a-z]")
_SPOUSE_SURNAME_AFTER = re.compile(r" \([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?\) ([A-Z][\w’'-]+)")
_INITIAL_SURNAME_AFTER = re.compile(r" [A-Z]\. [A-Z][a-z]")
_PERSON_WORDS = PERSON_NOUNS | TITLES  # a word for a person or a title, before a name
_PERSON_NOUN_COMMA_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:" + "|".join(sorted(PERSON_NOUNS))
                                       + r"),\s+\Z")
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says)\s+(?:[A-Z][\w'’-]*\s+)?\Z")
_SPEAKER_AFTER = re.compile(r"(?:\s[A-Z][\w'’-]*)?,\s(?!which\b)")  # (not "Analysts said Beijing, which is")
# someone spoken to: '"Thank you, Socorro. I know it's difficult"'
_ADDRESSED_BEFORE = re.compile(r"\b(?:[Tt]hank you|[Tt]hanks|[Hh]ello|[Hh]i|Dear|[Gg]ood (?:morning|afternoon|evening)),?\s+\Z")
_POSSESSIVE_NAME_AFTER = re.compile(r"(?:'s|’s)\s([A-Z][a-z]+)")
_SPEAKS = re.compile(r"(?:'s|’s)?\s+(?:said|says|told|added|explained|stated|wrote|argued|asked|replied|noted|"
                     r"insisted|warned|confirmed|denied|claimed)\b")
_OFFICIAL_AFTER = re.compile(r"(?:'s|’s)?\s+(?:press\s+)?(?:secretary|spokesman|spokeswoman|spokesperson|officials?|"
                             r"aides?|advisers?|advisors?|correspondents?|staff|chief|counsel|statement|sources?|"
                             r"reporters?|briefing)\b")
_NAME_PARTICLE = re.compile(r"\b[A-Z][a-z]+\s+(?:" + _PARTICLES + r")\s+$")
_INSIDE_NAME_BEFORE = re.compile(r"([A-Z][\w’'-]*)\s(?:(?:of|for|and|the)\s)?$")
_REGION_NOUN = "(?:" + "|".join(REGION_NOUNS) + ")"
_REGION_PLURAL = "(?:" + "|".join(w[:-1] + "ies" if w.endswith("y") else w + "s" for w in REGION_NOUNS) + ")"
# "the province of X", "the provinces of Catamarca, Salta and Jujuy"
_REGION_BEFORE = re.compile(r"\b(?:" + _REGION_NOUN + "|" + _REGION_PLURAL + r")\s+of\s+$", re.I)
# (not "the capital of Bahia")
_SETTLEMENT_BEFORE = re.compile(r"\b(?:city|town|village|hamlet|port|suburb|towns)\s+of\s+$", re.I)
_REGIONS_OF_BEFORE = re.compile(r"\b" + _REGION_PLURAL + r"\s+of\s+$", re.I)
_PLURAL_REGION_AFTER = re.compile(r"\s+" + _REGION_PLURAL + r"\b", re.I)
_LIST_GAP = re.compile(r",\s*|\s+and\s+|,\s+and\s+|\s+or\s+")
_NOT_A_BODY = r"(?!\s+(?:council|hall|centre|center|police|officials?)\b)"  # not "the town council"
_SETTLEMENT_AFTER = re.compile(r"\s+(?:city|town|village)\b" + _NOT_A_BODY, re.I)
# the report says what the place is, after a comma: "Munster, a town near the Illinois line", "Mali, a small town in"
_SETTLEMENT_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:city|town|village|hamlet|suburb)"
                                    r"\b" + _NOT_A_BODY)
_REGION_AFTER = re.compile(r"\s+(?:" + _REGION_NOUN + "|" + _REGION_PLURAL + r")\b", re.I)
_CONTAINER_AFTER = re.compile(r",\s+[A-Z]")
_LONGER_NAME_AFTER = re.compile(r" [A-Z][a-z]|['’]s\b")  # ("Still, Hawaii's experience" holds no container)
_IN_CONTAINER_GAP = re.compile(r",?\s+in\s+(?:the\s+)?")  # "Hajin in Deir ez-Zor", "Austin, in Scott County"
# "Lebanon's Tripoli", "Lebanon's northern port city of Tripoli", "the Mexican city of Guadalajara" (after a country's
# possessive or its people's adjective)
_ADJECTIVE = r"\s+(?!(?:at|in|on|of|off|the|a|an|to|from|for|by|and|or|with|near|into|its|their|his|her)\b)[a-z][a-z-]*"
_OWN_PLACE_GAP = re.compile(r"['’]s(?:" + _ADJECTIVE + r"){0,3}\s+(?:of\s+)?|(?:['’]s)?(?:" + _ADJECTIVE + r"){0,3}\s+(?:city|town|"
                            r"village|port|capital|province|region|district|state|governorate|island|municipality)"
                            r"(?:\s+of)?\s+")
# "Salvador, the capital of Bahia", "Goma, the provincial capital of North Kivu"
_CAPITAL_COMMA_BEFORE = re.compile(r"\bcapital,? $")  # "the regional capital, Wa,"
_CAPITAL_OF_GAP = re.compile(r",\s+(?:the\s+)?(?:[a-z]+\s+)?capital\s+of\s+(?:the\s+)?")
_CAPITAL_AFTER = re.compile(r"\s+capital\b(?!\s+(?:of|city|punishment|gains?|markets?|flight|investment|spending|"
                            r"expenditure|letters?|controls?)\b)")
_POSTAL_AFTER = re.compile(r", ?([A-Z]{2,3})(?![\w.&'’-])")
_POSTAL = {"US", "CA", "AU"}  # countries whose news writes a town's state as a postal code
_CIVIC_AFTER = re.compile(r" (?:Hall|Council|Manager|Attorney|Commission|Clerk|Police|Schools)\b")
# "Lincoln High School", "Jefferson Elementary": schools are named after people far more often than places
_SCHOOL_AFTER = re.compile(r"(?:(?:,\s+|,?\s+and\s+)[A-Z][\w’'-]+)* (?:High(?: Schools?)?|Middle Schools?|Junior High|"
                           r"Elementary(?: Schools?)?|Primary Schools?)\b")  # ("Franklin and Kennedy Elementary Schools")
# "Mobile and Baldwin counties", "Orleans Parish": the name of a county that the report gives without its noun
_COUNTY_AFTER = re.compile(r"(?:(?:,\s*|,?\s+and\s+|\s+or\s+)[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)*\s+"
                           r"(counties|parishes|boroughs|County|Parish|Borough)\b")
_COUNTY_NOUN = {"counties": "County", "parishes": "Parish", "boroughs": "Borough"}
# "Livingston Avenue", "N. Bedford Drive", "the Wabash River": a street or a river named after a place (or
# that gave it its name) is not that place (streets are reported unresolved, see _FACILITY; rivers the
# table lacks are left out)
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:Street|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Parkway|Pike|"
                           r"Highway|Turnpike|Terrace|River|Creek)(?!\w)")
_STREETS_AFTER = re.compile(r"(?:(?:,\s+|,?\s+and\s+)[A-Z][\w’'-]+)*\s+(?:streets|avenues|roads|boulevards|lanes)\b")
_STREET_FIRST_WORDS = frozenset({"Rue", "Calle", "Avenida", "Rua", "Hotel"})  # words that open a street's or a site's name
_STREET_FIRST_PREFIXES = tuple(w + " " for w in _STREET_FIRST_WORDS)
# a region's noun in lower case after a name: "the Centre department", "Maritime region"
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
_REGION_NOUN_AFTER = re.compile(r"\s+(?:department|province|region|governorate|state|district|prefecture|county|oblast)s?\b")
# where a place lies from another, right after its name: "an air base at Kant just east of the capital", "Hay, 100
# km west of Griffith"
_BEARING_AFTER = re.compile(r",?\s+(?:just\s+|about\s+|some\s+|roughly\s+|nearly\s+)?"
                            r"(?:[\d,.]+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?(?:due\s+)?"
                            r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b")
# a kinswoman's given name, her husband's in brackets, then the surname: "a daughter, Jody (Mark) Dillon of Hamilton"
_SPOUSE_BEFORE = re.compile(r"\b[A-Z][a-z]+ \([A-Z][a-z]+\) \Z")
# an office named after a commonwealth or a state: "Commonwealth's Attorney Keith Hazelrigg"
_ATTORNEY_AFTER = re.compile(r"['’]s\s+Attorney\b")
# a preposition before a month makes it a date: "in April Niger summoned the ambassador"
_DATE_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate"
                                      r"|[Mm]id|[Tt]his|[Tt]hat|[Bb]efore|[Aa]fter|[Ff]rom|[Dd]uring|[Tt]hrough)\s+\Z")
# a distance after a name: "Orange, 55 kilometres to the west"
_DISTANCE_AFTER = re.compile(r",\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?\d[\d,.]*\s*(?:km|kilomet(?:re|er)s|miles)\b")
_LOWER_NOUN_AFTER = re.compile(r" ([a-z]+)\b")
# everyday words that are also names of regions: "West", "Centre", "Coast"
GENERIC_WORDS = frozenset("""north south east west northern southern eastern western central centre center middle coast
    coastal capital lakes islands island plateau highlands lowlands mountains valley river delta upper lower interior
    border frontier littoral orient oriental occidental bay maritime""".split())
# names shaped like streets, sites and physical features: "Royal Street", "Fort Hood", "Lake Pontchartrain"
_FACILITY = re.compile(r"(?:^[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:Street|Avenue|Road|Boulevard|Lane|Square|Bridge|"
                       r"Airport|Stadium|Racecourse|Prison|Highway|Freeway|Parkway|Plaza|Dam|Canal|Arena|Harbour|Harbor|Church|Cathedral|"
                       r"Mosque|Temple|Synagogue|Inn|Hotel|Museum|Plantation|Railroad|Station|Theatre|Theater|Mall|"
                       r"Market|Island|Center|Centre|Park|Library|Hall|Farm|Farms|Point|Drive|Pike|Turnpike|Terrace|"
                       r"Lake|Lakes|Bay|Hills|Falls|Springs|Valley|Creek|River|Heights|Mountains|Beach|Sound|Reservoir|"
                       r"Lagoon|Estuary|Delta|Peninsula|Plateau|Gorge|Canyon|Glacier|Swamp|Wetlands|Reef|Atoll)$)"
                       r"|(?:^(?:Fort|Lake|Mount|Cape|Port|Camp|River|"
                       + "|".join(sorted(_FEATURE_HEADS | _STREET_FIRST_WORDS | _NAME_HEADS)) +
                       r")\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$)")
_EPONYM = re.compile(r"\s+(?:(?!(?:with|and|or|of|in|to|for|from|by|on|at|as|the|that|is|was|has|had)\s|[a-z]+ed\s)[a-z]+\s+)?"
                     r"(?:virus|viruses|fever|flu|influenza|disease|syndrome|strain|variant|ebolavirus|encephalitis|"
                     r"bacteri[ua]m?|toxins?|outbreak strain|crude)\b(?!\s+seasons?\b|-like)",
                     re.I)  # (not "the United States flu season")
_HONORIFIC_NAME_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mme|Prof|Sir|Dame)\.?\s+([A-Z][^\W\d_][\w’'-]*)\s\Z")
_HYPHENATED_EPONYM = re.compile(r"[-‐][A-Z][\w’']+" + _EPONYM.pattern, re.IGNORECASE)
_BREED_AFTER = re.compile(r"(?: Reds?)? ([a-z]+)\b")
# the nouns for farm animals after a breed's name
_LIVESTOCK = frozenset("""cattle cow cows bull bulls heifer heifers steer steers calf calves beef hog hogs pig pigs gilt
    gilts barrow barrows sow sows boar boars sheep ewe ewes ram rams lamb lambs horse horses pony ponies mare mares
    stallion stallions foal foals breed breeds cross crosses""".split())
# breeds, species and vegetables named after places, and the words that follow the place's name in them
_BREEDS = {"guinea": {"fowl", "pig", "pigs", "hen", "hens"}, "brussels": {"sprouts", "sprout"},
           "boston": {"lettuce", "terrier", "terriers", "fern"}, "rhode island": {"hens", "hen", "chickens", "reds", "red"},
           "pekin": {"duck", "ducks"}, "muscovy": {"duck", "ducks"}, "humboldt": {"penguin", "penguins", "squid"},
           "shetland": {"pony", "ponies", "sheepdog"}, "labrador": {"retriever", "retrievers", "dog"},
           "yorkshire": {"terrier", "terriers", "pudding", "pig", "pigs", "hog", "hogs", "gilt", "gilts"},
           "madura": {"cattle"}, "savoy": {"cabbage"}, "vidalia": {"onion", "onions"},
           "bermuda": {"onion", "onions", "grass", "shorts"}}
# (the breeds of farm animals that bear a place's name: "a Limousin heifer", "Hampshire hogs", "Jersey cows")
_BREEDS.update((breed, _LIVESTOCK) for breed in """jersey guernsey angus hereford holstein limousin charolais simmental
    ayrshire galloway brahman hampshire suffolk dorset cheviot texel berkshire duroc clydesdale percheron shorthorn
    wagyu tamworth dexter""".split())
# a saint's name is no place of the saint's name, and an order's may hold a person's: "St. Rose of Lima" is no Saint
# Rose, Louisiana, "the Knights of Columbus" no Columbus (but the place a saint is "of" is annotated, as GeoWebNews
# has "St. Gregory of Narek"; plain string ends, cheaper than a pattern searched before every name)
_ORDER_OF = (" Knights of ", "\nKnights of ")
_OF_A_NAME_AFTER = re.compile(r" of [A-Z]")
_DISEASE_AFTER = re.compile(r"\s+(?:virus|viruses|fever|disease|ebolavirus|h(?:a)?emorrhagic)\b")
# the names in a wire report's credits are its journalists': "(Reporting by Suleiman Al-Khalidi; Editing by Tom Hogue)"
_CREDIT_BEFORE = re.compile(r"\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]hotos?)\s+by\s+"
                            r"(?:[A-Z][\w'’.-]*\s+){0,3}\Z")


_NEWSROOM_AFTER = re.compile(r" (?:newsroom|bureau|staff)\b")


def _in_credits(before: str) -> bool:
    """Whether a name stands in a wire report's credits (the quick test first: most names have no "by" before)."""
    return " by " in before and _CREDIT_BEFORE.search(before) is not None


_DISEASE_HINT = re.compile(r"\b(?:virus|viruses|fever|disease)\b")  # (quick to fail; the pattern below is not)
_DISEASE_NAME = re.compile(r"\b([A-Z][\w’'-]+)" + _DISEASE_AFTER.pattern)
# (the first lower-case letter ends the leading run: the same names as [A-Z][\w’'-]*[a-z][\w’'-]*, without backtracking)
_ATTRIBUTIVE_AFTER = re.compile(
    r" (?!(?:is|was|are|were|has|had|have|and|or|nor|but|said|says|will|would|could|can|may|might|must|should|did|does"
    r"|do|to|in|on|at|for|with|from|by|as|of|since|after|before|if|that|which|who|whose|where|when|while|than|last|this"
    r"|next|yesterday|today|tomorrow|now|then|also|alone|itself|again|over|until|because|so|too|already|still)\b)"
    r"(?:[a-z][a-z-]+|[A-Z][\w-]+)")
_ROUTE_NUMBER_AFTER = re.compile(r" \d{1,3}(?![\d%.,-]?\d)(?![%-])\b")
_KIN_WORDS = frozenset("""sister sisters brother brothers son sons daughter daughters wife husband mother father
    granddaughter grandson grandmother grandfather niece nephew cousin aunt uncle""".split())
_KIN_COMMA_BEFORE = re.compile(r"\b(?:(?:[Aa]|[Aa]n|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our"
                               r"|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+) )?(?:" + "|".join(sorted(_KIN_WORDS))
                               + r"|grandchildren|children|stepsons?|stepdaughters?),\s+\Z")
_CAPITALISED_WORDS = re.compile(r"(?: [A-Z][\w'’-]*)*")
_PARTY_BEFORE = re.compile(r"(?:^|[\s(,])[DRI][-‐]\Z")
_AGE = r",\s(?:\d{1,3},|an?\s\d{1,3}-year-old\b)"  # ", 24," or ", a 29-year-old"
_SURNAME_AGE_AFTER = re.compile(r" [A-Z][\w’'-]+" + _AGE)  # " Flores, 38,"
_AGE_AFTER = re.compile(r"(?:\s[A-Z][\w’'-]+){0,2}" + _AGE)
_STRAIN_BEFORE = re.compile(r"\b[A-D]/\Z")  # influenza strains: "A/California/7/2009", "B/Massachusetts/2/2012"
_STREET_WORDS = frozenset("street avenue road boulevard parkway highway drive lane way plaza terrace turnpike pike".split())
_PLACE_NAME_WORDS = _HEAD_WORDS | _STREET_WORDS  # no surname: "Raymond Terrace", "Charles Town"
# words before a name that make no person of it: "north Baghdad", "Mayor Bali", "in Mosul"
_BEFORE_A_PLACE_WORDS = DIRECTIONS | TITLES | PLACE_NOUNS | SITE_WORDS | _ARTICLES | _PREPOSITIONS
_COMPANY_AFTER = re.compile(r"(?:'s|’s)?\s+(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|LLC|L\.L\.C|Co|Company|plc|PLC"
                            r"|GmbH|AG|S\.A|Holdings|Group)\b")
_PERSON_ACTS = re.compile(r",?\s+(?:said|says|told|added|explained|stated|wrote|noted|warned|confirmed|announced|"
                          r"urged|insisted|made|(?:was|is)\s+quoted)\b")
_ROAD_NUMBER = re.compile(r"(?<![\w/-])[ABM]\d{1,4}(?:\(M\))?(?![\w/-])")
_ROAD_NUMBER_HINT = re.compile(r"[ABM]\d")
_ROAD_CUE_BEFORE = re.compile(r"\b(?:via|along|onto|off|join(?:s|ed|ing)?)\s+(?:the\s+)?$", re.I)
_ROAD_CUE_AFTER = re.compile(r"\s+(?:[A-Z]\w+\s+)?(?:(?:north|south|east|west)bound|carriageway|junction|slip road|roundabout"
                             r"|road|motorway|dual carriageway|between|heading|closed|closure)\b", re.I)
_ROAD_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s+$")
_OUTLET_AFTER = re.compile(r"['’]?s?\s+(?:news(?:\s+agency)?|agency|reported|reports|quoted|cited|said|says|"
                           r"TV|television|newspaper|daily)\b")
_ACCORDING_TO_BEFORE = re.compile(r"\baccording to\s+(?:the\s+)?$", re.I)
_BRAND_POSSESSIVE_AFTER = re.compile(r"['’]s(?:[,.;:)!?\"”]|\s+(?:is|was|has|had|said|says|will|would|announced|"
                                     r"restaurants?|outlets?|stores?|franchises?|locations?)\b)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s$", re.I)
_GIVEN_NAME_PARTICLE_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:" + _PARTICLES + r") \Z")
_SUFFIXED_PERSON = re.compile(r"\b(?:Jr|Sr|Snr|Jnr|Junior|Senior|II|III|IV)\b\.?")
_ORG_OF_BEFORE = re.compile(r"\b(?:Bank|Voice|Corporation|Association|Church|University|College|Institute|Museum|"
                            r"Federation|League|Society|Academy|Chamber|Council)\s+of\s+(?:the\s+)?\Z")
_HYPHEN_NAME_AFTER = re.compile(r"[-‐][A-Z][a-z]")
_HYPHENATED_REGION_AFTER = re.compile(r"[-‐][A-Z][\w'’]+\s+(?:department|district|province|region|county|municipality|"
                                      r"commune|zone|prefecture|governorate|division|subdivision|oblast)s?\b")
_LANDFORM_WORDS = frozenset("""lake lakes bay bays hill hills falls springs valley valleys creek river island islands
    heights mountain mountains point beach sound harbor harbour reservoir basin delta""".split())
_PERSON_OF_AFTER = re.compile(r",? (?:of|from) [A-Z]")  # after a given name and a surname: where the person lives
_DATELINE_DASH = re.compile(r"[^\n]{0,100}?\s(?:-|–|—|--)\s+(?=\S)")
_ARABIC_ARTICLE_AFTER = re.compile(r" (?:al|el|ad|ar|as|ash|az|at|an)[-‐][A-Za-z]")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s\Z")
_STREET_NAME = re.compile(r"\s(?:Street|Avenue|Road|Boulevard|Lane|Drive|Square)$")
_NAME = re.compile(r"(?:[A-Z](?:[^\Wa-z]|['’-])*[a-z][\w’'-]*)(?:\s+[A-Z](?:[^\Wa-z]|['’-])*[a-z][\w’'-]*){0,3}")


def related_spans(text: str) -> list[tuple[int, int]]:
    """Lines that only link elsewhere ("READ: ...") or caption a photo: their places are `related`."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped and (_RELATED_LINE.match(body) or (len(stripped) < 160 and not stripped.endswith(".")
                                                        and _CAPTION.search(stripped))):
            out.append((pos, pos + len(body)))
        pos += len(line)
    return out


class _LowerWords:
    """`word in lower_words`: does the text also use this word in lower case? Built on first question only."""

    def __init__(self, text: str):
        self.text = text

    def __contains__(self, word: str) -> bool:
        """Whether `word` stands as a whole word somewhere (C-speed substring search, then the edges)."""
        text, n = self.text, len(word)
        i = text.find(word)
        while i >= 0:
            a = text[i - 1] if i else " "
            b = text[i + n:i + n + 1] or " "
            if not (a.isalnum() or a in "'’") and not (b.isalnum() or (b in "'’" and text[i + n + 1:i + n + 2].isalnum())):
                return True
            i = text.find(word, i + 1)
        return False


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Headline-style lines, where capitals say nothing about names."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if len(line) > 300:  # a paragraph, not a headline
            pos += len(line)
            continue
        words = [w for w in _WORD.findall(line) if len(w) > 3]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.75:
            out.append((pos, pos + len(line)))
        pos += len(line)
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


class Recognizer:
    """Finds place mentions in a document. The matcher (and so the gazetteer) is injected."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.word_frequency = matcher.gazetteer.word_frequency
        self._regions: dict[tuple[str, str], tuple] = {}  # (country, postal code) -> the region's candidates
        self._by_candidates: dict[int, tuple] = {}  # see _readings
        self._capitals: dict[str, tuple] = {}  # country -> its capital's candidates

    def __call__(self, text: str, related: list[tuple[int, int]] | None = None,
                 sentences: list[tuple[int, int]] | None = None) -> list[Mention]:
        matches = self.matcher.find(text)
        related = related_spans(text) if related is None else related
        sentences = sentence_spans(text) if sentences is None else sentences
        starts = {s for s, _ in sentences}
        headlines = _title_case_lines(text)
        lower_words = _LowerWords(text)
        persons: set[str] = set()
        given_names: set[str] = set()  # names seen as a person's given name: they hide only small places
        # a name that the report once places in a container ("Franklin, Tenn.") is a place all through it
        contained_at = {a.start: a.key for a, b in zip(matches, matches[1:]) if (text[a.end:b.start] in (", ", ",")
                        and any(c.place.kind in _CONTAINER_KINDS for c in b.candidates)
                        and not _LONGER_NAME_AFTER.match(text, b.end)) or (  # (not "University, California State ...")
                        (_IN_CONTAINER_GAP.fullmatch(text, a.end, b.start) or _CAPITAL_OF_GAP.fullmatch(text, a.end, b.start))
                        and _lies_in(a.candidates, b.candidates))}
        contained = set(contained_at.values())
        # ("Warwick in Queensland", "Mehran, in Iran's Ilam province")
        # a name the report calls a town is that town all through it: "the town of Sake" ... "fled Sake on foot"
        # (and so is one it describes as a place: "Soso, a community of about 400" ... "clinics in Heidelberg and Soso")
        # (and one it sets as a place at the end of a clause: "Game 2 is Friday at Maverick Field in Marshall." ...
        # "Marshall edged Hallsville 2-1"; and one a team of which wins or loses by a score: "beat Paola 21-17", "a 28-21
        # win over Norton"; and one that someone is from: "A Liberty man reported"; and one whose officer or team it
        # names: "Velva Mayor Jim Roberts", "the Estevan Bruins")
        # (and so are the two sides of a result line: "Castlehaven 1-14 Clonakilty 1-12")
        result_sides = {r.start(g) for r in _RESULT_LINE.finditer(text) for g in (1, 2)}
        called_towns = {m.key for m in matches if _SETTLEMENT_BEFORE.search(text, max(0, m.start - 20), m.start)
                        or (text[m.end:m.end + 1] == "," and _PLACE_APPOSITION.match(text, m.end))
                        or (text[m.start - 3:m.start] in ("in ", "at ") and text[m.end:m.end + 1] in (".", ";")
                            and m.start - 3 not in starts)
                        or (_SCORE_AFTER.match(text, m.end) and _BEAT_BEFORE.search(text, max(0, m.start - 12), m.start))
                        or _SCORE_WIN_BEFORE.search(text, max(0, m.start - 40), m.start)
                        or _CIVIC_TITLE_AFTER.match(text, m.end) or _CIVIC_BODY_AFTER.match(text, m.end)
                        or m.start in result_sides
                        or (m.key in first_names() and self._a_team_after(text, m.start, m.end, m.text))
                        or (_ARTICLE_A_BEFORE.search(text, max(0, m.start - 4), m.start)
                            and _TOWNSPERSON_AFTER.match(text, m.end)
                            and not any(c.flags & DEMONYM for c in m.candidates)
                            and self.word_frequency(m.text.lower()) < 4.5)}  # (not "a White man", "a Christian woman")
        # ... and so is a two-word name it repeats whole and never cuts to its last word, as it would a person's
        # surname: "Jordan beat Belle Plaine 28-14" ... "Belle Plaine coach Mike Holmes"
        twice = Counter(m.text for m in matches if m.text.count(" ") == 1 and m.text.istitle()
                        and m.text.split()[0].lower() not in _SURNAME_HEADS)  # (not "El Abdi praised")
        called_towns |= {name_key(t) for t, n in twice.items()
                         if n >= 2 and len(re.findall(r"\b" + re.escape(t.split()[1]) + r"\b", text)) == n}
        matched = {m.start for m in matches} | {m.end for m in matches}
        # the next item of a list after a place of the same country: "Lajeado and Estrela" (not "Tom and Jerry")
        # (a first item that is also a given name counts when the report files from it: "PARIS -" ... "between
        # Paris and Blossom")
        firsts = first_names()
        dateline_starts = {m.start for m in matches if is_dateline(text, m.start, m.end)}
        # the report's first sentence opens after the dateline's dash: "PARIS, Texas - Junior running back ..."
        starts |= {d.end() for d in (_DATELINE_DASH.match(text, s) for s in dateline_starts) if d}
        filed_from = {m.key for m in matches if m.start in dateline_starts} | contained
        # ... and the first item, before a place of its country that is no given name: "between Kendal and Windermere"
        listed = set()
        partner: dict[int, str] = {}  # a listed item's start -> the key of the item that made it one, where no
        # preposition governs the list ("supporters from Geraldine and Waimate" are places whoever else is so named)
        for a, b in zip(matches, matches[1:]):
            if text[a.end:b.start] in _LIST_GAPS and {c.place.country for c in a.candidates} \
                    & {c.place.country for c in b.candidates}:
                governed = _ends_in(_last_word(text, max(0, a.start - 12), a.start), _PREPOSITIONS)
                if a.key.lstrip("~") not in firsts or a.key in filed_from:
                    listed.add(b.start)
                    if not governed:
                        partner[b.start] = name_key(a.text)
                if b.key.lstrip("~") not in firsts or b.key in filed_from:  # ("between Victor and Jackson" from
                    listed.add(a.start)  # "JACKSON, Wyo. -")
                    if not governed:
                        partner[a.start] = name_key(b.text)
        # ends of matches that are places of weight: "Victoria Beckham" is a question, "David Watson" is not
        major_ends = {m.end for m in matches if any(_is_major(c) for c in m.candidates)}
        # ... and starts: "Austin Texas" is two places, "Kobe Bryant" and "Mary Pitman" are people
        major_starts = {m.start for m in matches if any(_is_major(c) for c in m.candidates)}
        # ... of which only a region makes two places of a given name and a town: "Austin Texas", but "Elizabeth
        # Warren" and "Austin Butler" are people
        # ("Victoria Moyo" is a person though a Ugandan district is called Moyo)
        region_starts = {m.start for m in matches if any(c.place.kind in _REGION_KINDS for c in m.candidates)}
        # the countries the report may name (a region's generic name counts only in one of them)
        countries = {c.place.country for m in matches for c in m.candidates if c.place.kind == "country"}

        # names the report gives on their own, not only as a school's: "Marshall is the last team" ... "the Marshall
        # High School varsity"
        named_alone = {m.key for m in matches if not _SCHOOL_AFTER.match(text, m.end)}
        mentions: list[Mention] = []
        for m in matches:
            mention = self._judge(text, m, starts, headlines, lower_words, persons, given_names, matched, major_ends,
                                  major_starts, region_starts, contained, listed, filed_from, called_towns, countries,
                                  named_alone)
            if mention is not None:
                if _inside(m.start, related):
                    mention.role = "related"
                mention.dateline = m.start in dateline_starts
                mentions.append(mention)
        # a person's name hides its namesake place all through the report, but not where the reporter files from
        # ("JACKSON -"), nor where the report puts that town again ("a shelter in Jackson", "a jury in London
        # convicted" in a report that quotes Judge London)
        datelines = {name_key(m.text) for m in mentions if m.start in dateline_starts}

        def hidden_by_a_person(m: Mention) -> bool:
            k = name_key(m.text)
            if " " in m.text.strip() or not (k in persons or (k in given_names and not any(
                    c.place.kind in _MAJOR_KINDS for c in m.candidates))):
                return False
            cue = _cue_at(text, m.start) or _PLACE_NOUN_AFTER.match(text, m.end)  # ("neighbouring Holguín province")
            if (k in datelines and (m.start in dateline_starts or cue)) or k in called_towns or m.start in contained_at \
                    or (m.start in listed and not _TITLED_ITEM_AFTER.match(text, m.end)
                        and (k not in firsts or _NAME_ENDS.match(text, m.end))
                        and partner.get(m.start) not in persons):  # (two people make no list of places: "Shell and
                # Watson have been charged", where the report names Nick Shell and David Watson)
                return False  # (nor where the report sets the name in its state: "a motel in Sherman, Texas", or lists
                # it with a town of its country: "others commute from Woodstock and Ludlow")
            # (a cue saves the place, but not a person's possession: "through Rod's incredible story")
            return not (cue and text[m.end:m.end + 2] not in ("'s", "’s"))

        mentions = [m for m in mentions if not hidden_by_a_person(m)]
        # a small place's name that the report once gives a company's suffix is the company all through it:
        # "Acme Corp. opens a plant ... Acme also operates" is no Acme, Pennsylvania
        # ... and so is a small place's possessive that stands for a noun, a shop's name: "McDonald's is asking",
        # "ate at a McDonald's restaurant", "a spokeswoman for McDonald's."
        companies = {m.key for m in matches if (_COMPANY_AFTER.match(text, m.end) or _is_brand_possessive(text, m))
                     and not any(_is_major(c) for c in m.candidates) and m.key not in contained}
        if companies:
            mentions = [m for m in mentions if name_key(m.text) not in companies]
        # a small place that names a disease in the report names the disease wherever no place's cue comes before it:
        # "Marburg virus" ... "several Marburg outbreaks", "faster than any country has with Marburg"
        # (and so is a region's: "West Nile virus" ... "West Nile cases", but "the West Nile region of Uganda",
        # "the foothills of the Andes")
        # (a city's name only by an alternate spelling is no guard: "Lassa fever" names no Lhasa)
        diseases = {m.key for m in matches if _DISEASE_AFTER.match(text, m.end) and not any(
            c.user or c.place.kind in _REGION_KINDS or (c.place.population >= 100_000 and c.flags & PRIMARY)
            for c in m.candidates)}
        if diseases:
            owned = {x.end + 3 for x in mentions if text[x.end:x.end + 3] in ("'s ", "’s ")}  # ("Kenya's Rift Valley")
            mentions = [m for m in mentions if name_key(m.text) not in diseases or m.start in contained_at
                        or m.start in owned
                        or _cue_at(text, m.start) or m.kind_hint not in (None, "site")
                        or (_THE_BEFORE.search(text, max(0, m.start - 4), m.start) and _NAME_ENDS.match(text, m.end))
                        or _SETTLEMENT_APPOSITION.match(text, m.end)]  # ("named after Marburg, the German town")
            persons |= diseases  # (nor a missing place of that name)
        # an armed group's own name is never its namesake place: "Hamas" is no alternate of Hamm here
        groups = {m.text for m in mentions if _is_armed_group(m.text)}
        if groups:
            mentions = [m for m in mentions if m.text not in groups]
            persons |= {name_key(g) for g in groups}  # nor a missing place of that name
        mentions += self._postal_codes(text, mentions, related)
        mentions += self._road_numbers(text, mentions, related)
        mentions += self._unresolved(text, mentions, starts, headlines, related, persons)
        mentions.sort(key=lambda m: m.start)
        mentions = self._join_comma_names(text, mentions)
        _share_region_hint(text, mentions)
        _share_water_noun(text, mentions)
        _share_list_kind(text, mentions)
        _share_settlement_hint(mentions)
        _link_containers(text, mentions)
        _link_frames(text, mentions, sentences)
        return mentions

    def _a_team_after(self, text: str, s: int, e: int, name: str) -> bool:
        """A team's plural name after its town's, which no person has after "the": "the Estevan Bruins" (not "the
        San Juans", a range: the name and the singular make a place's name)."""
        team = _TEAM_AFTER.match(text, e)
        return bool(team) and text[s - 4:s] == "the " and not self.matcher.gazetteer.lookup(f"{name} {team.group(1)}")

    def _surname_like(self, word: str, after: str) -> bool:
        """Whether a capitalised word after a given name reads as a surname: a rare word ("Jordan Henderson"), or a
        fairly common one that ends the name ("Elizabeth Warren", "Vladimir Putin"; not "Lima Memorial Hospital")."""
        freq = self.word_frequency(word.lower())
        if len(word) > 4 and word.endswith("s") and not _is_first_name(word[:-1].lower()) \
                and self.word_frequency(word[:-1].lower()) >= 3.5:
            return False  # a plural noun is a team's or an event's, not a surname: "the Paris Olympics", "Denver Nuggets"
        return freq < 4.0 or (freq < 4.5 and not _NEXT_CAP_WORD.match(after, 1 + len(word)))

    # ---- one match ----------------------------------------------------------------------------
    def _judge(self, text, m: Match, starts, headlines, lower_words, persons, given_names, matched, major_ends,
               major_starts, region_starts, contained, listed, filed_from, called_towns, countries,
               named_alone) -> Mention | None:
        civic = m.text.endswith(" City") and _CIVIC_AFTER.match(text, m.end)
        if civic:
            # "Marion City Hall": the city's hall, not a place called "Marion City" (and Marion is no person here)
            shorter = tuple(self.matcher.gazetteer.lookup(m.text[:-5]))
            if shorter:
                m = Match(m.start, m.end - 5, m.text[:-5], name_key(m.text[:-5]), shorter, False)
        surface = m.text
        k = m.key.lstrip("~")
        # one word, or one word after an article ("El Abdi" is judged like "Abdi")
        single = " " not in k and "-" not in surface.strip()
        if not m.loose and not any(c.flags & (PRIMARY | DEMONYM) or _is_major(c) for c in m.candidates) \
                and self.word_frequency(m.text.lower()) < 3.0 and _PLACE_NOUN_AFTER.match(text, m.end):
            # a name that reaches only small places through their alternate names, and that the text calls a
            # province or a town, may be a spelling variant of a bigger one: "Shabwa province" is Yemen's Shabwah,
            # not the Burmese village that has "Shabwa" among its alternate names
            ids = {c.place.place_id for c in m.candidates}
            variants = tuple(c for c in self.matcher.gazetteer.candidates("~" + loose_key(m.key.lstrip("~")))
                             if c.place.place_id not in ids and _is_major(c))
            if variants:
                m = Match(m.start, m.end, m.text, m.key, m.candidates + variants, m.loose)
        cands, best, major, demonym, adjective = self._readings(m.candidates)
        before = text[max(0, m.start - 40):m.start]
        after = text[m.end:m.end + 60]
        if single and best.place.kind == "admin1" and best.place.country not in countries \
                and not _REGION_AFTER.match(after) and any(c.place.country is None for c in cands):
            # a province named like a sea or a region of many countries is that province only in a report that names
            # its country: "Gulf markets" are no markets of Papua New Guinea's Gulf Province
            others = tuple(c for c in cands if not (c.place.kind == "admin1" and c.place.country not in countries))
            if others:
                cands, best = others, _weightiest(others)
                major = _is_major(best)
        if adjective and _LOWER_WORD_AFTER.match(after) and not _REGION_AFTER.match(after):
            # a people's adjective that is also a region's name, before a common noun: "the Somali town", "Somali
            # refugees" (but "the Somali region" is Ethiopia's)
            cands, best, major, demonym = adjective, adjective[0], True, True
        if _HYPHENATED_REGION_AFTER.match(after) and (m.end + 1) not in matched and not best.user:
            return None  # the head of a hyphenated region the table lacks: "the Mayo-Louti department" is no County Mayo
        if (_STREET_AFTER.match(after) or (surface in _STREET_FIRST_WORDS and _NEXT_CAP_WORD.match(after))
                or before.endswith(_STREET_FIRST_PREFIXES)) and not m.key.endswith(" county"):
            return None  # the whole street is looked at with the names the table lacks ("Rue Casa Calvo")
        if _STREETS_AFTER.match(after):
            # an item of a list of streets: "down Bourbon and Dauphine streets" names no town of Bourbon
            return Mention(m.start, m.end, surface, (), False, unresolved=True, evidence=0.5)
        school = _SCHOOL_AFTER.match(after)
        if school and not any(c.place.kind in ("country", "admin1") for c in cands) \
                and k not in filed_from and m.key not in named_alone:
            return None  # (but the report's own town, or one it names on its own too: "MOUNTAIN HOME -" ... "Mountain
            # Home High School", "Marshall is the last team" ... "the Marshall High School varsity")
        # a building that speaks is its institution: "the Kremlin said", "White House press secretary"
        if any(c.place.kind == "landmark" for c in cands) and (_SPEAKS.match(after) or _OFFICIAL_AFTER.match(after)):
            return None
        if after[:1] == " " and not demonym and _is_armed_group(surface + " " + (_next_cap_word(after) or "")):
            return None  # "Boko Haram" is no village called Boko (but "Kurdish militants" point at Kurdistan)
        if before[-3:].lower() == "al-" and _is_armed_group("al-" + surface):
            return None  # "al-Shabab" is no village called Shabab
        if surface in _FEATURE_HEADS and _NEXT_CAP_WORD.match(after) and not any(c.user for c in cands):
            return None  # the head of a mountain's or a valley's name the table lacks: "Jebel Akhdar", "Wadi Derna"
        if surface in _WATER_HEADS and (whole := _OF_NAME_AFTER.match(after)):
            # "the Gulf of Maine", "the Bay of Fundy": a water the table lacks (it would have matched whole), reported
            # whole and unresolved; neither the Persian Gulf nor the state of Maine
            end = m.end + whole.end()
            return Mention(m.start, end, text[m.start:end], (), False, unresolved=True, evidence=0.6)
        if (water := _WATER_OF_BEFORE.search(before)) and m.start - len(before) + water.start() in matched:
            return None  # (the state in "the Gulf of Maine", reported whole from its head)
        if (water := _WATER_NOUN_AFTER.match(after)) and _THE_BEFORE.search(before) and not any(
                c.user or c.place.kind in _WATER_KINDS for c in m.candidates):
            # "the Niger river" is the Niger River, not the country; "the Mithi river", "the Afungi peninsula" are a
            # water or a landform the table lacks, not the town in Sindh that shares its name: reported unresolved,
            # for the user to add
            noun = water.group().strip()
            named = tuple(self.matcher.gazetteer.lookup(f"{surface} {noun.title()}")) + (
                tuple(self.matcher.gazetteer.lookup(f"Lake {surface}")) if noun == "lake" else ())
            return Mention(m.start, m.end, surface, named, False, qualifier=_qualifier(before), evidence=0.9) if named \
                else Mention(m.start, m.end, surface, (), False, unresolved=True, evidence=0.6)
        # an Australian or a British council area: "the Wellington Shire", "Moyne Shire councillors" (a shire the
        # table lacks, not Wellington, New Zealand, nor the Ethiopian city of Shire)
        if after.startswith(" Shire") and not after[6:7].isalpha() and not any(c.user for c in cands):
            end = m.end + 6
            return Mention(m.start, end, text[m.start:end], (), False, unresolved=True, evidence=0.6)
        if surface == "Shire" and before.endswith(" ") and (head := _prev_word(before) or "")[:1].isupper() \
                and not any(c.user for c in cands):
            if (m.start - 1) in matched:
                return None  # (the shire's name is reported whole from its head)
            if self.word_frequency(head.lower()) >= 4.5:
                return None  # ("The Shire", "Every Shire": no name)
            start = m.start - 1 - len(head)  # ... or its head is a name the table lacks: "Moyne Shire"
            return Mention(start, m.end, text[start:m.end], (), False, unresolved=True, evidence=0.6)
        if surface in ("Indian", "Indians") and (_NATIVE_BEFORE.search(before) or _NATIVE_AFTER.match(after)):
            return None  # "the Fort Hall Indian Reservation", "American Indian tribes": Native Americans, not India
        if _in_credits(before) and not _NEWSROOM_AFTER.match(after):
            persons.add(k)
            return None  # a wire report's credits: "(Reporting by Suleiman Al-Khalidi; Editing by Tom Hogue)" (but
            # "Reporting by Kabul newsroom" names the city)
        if _is_nickname(text, m.start, m.end):
            return None  # 'Ismael "El Mayo" Zambada' is no Irish county
        if (nicknamed := _NICKNAME_SURNAME_AFTER.match(after)) and not (best.user or best.place.kind in _REGION_KINDS):
            persons.update((k, name_key(nicknamed.group(1))))
            return None  # 'Joaquin "El Chapo" Guzman' is no Mexican village (and Guzman is he all through)
        if k in _STORM_WORDS and _NEXT_CAP_WORD.match(after):
            return None  # "Hurricane Betsy", "Typhoon Haiyan": a storm's name, not the town of Hurricane
        if _PEOPLE_AFTER.match(after) and not (best.user or best.flags & (PRIMARY | DEMONYM)
                                               or best.place.kind in _REGION_KINDS):
            persons.add(k)  # a people named like a place's foreign name: "Roma children", "a Roma settlement" (not
            return None  # Rome, which English calls so only in Italian names)
        outlet = name_key(surface)  # (not the match's key: a loose one spells "Al Jazeera" as Jazirah's)
        if outlet in NEWS_OUTLETS or surface in NEWS_OUTLET_ACRONYMS or (outlet in NEWS_OUTLETS_IN_CONTEXT and (
                _OUTLET_AFTER.match(after) or _ACCORDING_TO_BEFORE.search(before))):
            return None  # "according to Xinhua", "Fars news agency reported": the outlet, not the place
        county = self._county(surface, after)
        if county:  # a county's name is no everyday word here: "Mobile and Baldwin counties"
            cands, best, major, demonym = county, county[0], True, False
        elif m.key.endswith(" county") and not m.loose:
            # "Somerset County Council" in England is Somerset's, which goes without the noun, not an American one
            ids = {c.place.place_id for c in cands}
            english = tuple(c for c in self.matcher.gazetteer.lookup(surface[:-7]) if c.place.kind == "admin2"
                            and c.place.country != "US" and c.place.place_id not in ids)
            if english:
                cands = cands + english
        prev_word = _prev_word(before)
        if prev_word in _STORM_NAME_BEFORE and not (best.user or best.place.kind in ("country", "continent")):
            persons.add(k)  # the name after a storm's word is the storm's all through the report: "Typhoon Parma,
            return None  # which caused flooding" ... "Parma dropped a month's rain" name no Italian city
        # a capitalised word just before, on this line, one space away: "Louisville Metro", "Amruddin Wali"
        name_before = prev_word is not None and prev_word[:1].isupper() and before.endswith(" ") \
            and before[-2:-1].isalpha()
        next_word = _next_cap_word(after)
        # a word that opens places' names, before a name the table lacks, is no place of its own: "Punta Colorada" is
        # no village called Punta in the Philippines, "Ras Laffan" none called Ras in India (the whole is a site)
        if single and next_word and after[:1] == " " and surface in _NAME_HEADS and not best.user \
                and self.word_frequency(next_word.lower()) < 4.0:  # (not "Laguna Mayor Justin Chipeco")
            return None
        # a region named with a landform's word, after a name on this line, ends a longer name: "Bristol Bay" is no
        # Somali region Bay, "the Wasatch Plateau" no Plateau State, "the Northern Rivers" no Rivers State
        if single and surface in _LANDFORM_REGIONS and name_before and m.start not in starts \
                and self.word_frequency(prev_word.lower()) < 5.0 and not best.user:
            return None
        # a title before a given name and a surname: "Prime Minister Pedro Sánchez" is no village in the Dominican
        # Republic
        if not single and prev_word and prev_word.lower().rstrip(".") in TITLES \
                and _is_first_name(surface.split()[0].lower()) and not (best.user or major):
            persons.add(name_key(surface.split()[-1]))
            return None
        # a given name and a surname that only small settlements are named: "Pedro Sanchez" is no village in the
        # Dominican Republic unless the text sets it as a place ("in Pedro Sanchez", "the Islam Qala crossing")
        words = surface.split()
        if len(words) == 2 and not best.user and _is_first_name(words[0].lower()) \
                and not _is_first_name(words[1].lower()) and words[1].lower() not in _PLACE_NAME_WORDS \
                and self.word_frequency(words[1].lower()) < 4.0 and not _THE_BEFORE.search(before) \
                and all(c.place.kind in _SETTLEMENT_KINDS and c.place.population < 20_000 for c in cands) \
                and not _cue_before(before) \
                and k not in filed_from and k not in called_towns and m.start not in listed:
            persons.add(name_key(words[-1]))
            return None

        def at_start_of(pos):
            return pos in starts or _after_quote_start(text, pos, starts)

        # dates: "March 5", "on Monday"; titles: "Col. Sean Ryan", "Gen. Lee"
        if single and (k in _DATE_WORDS or (k in TITLES and text[m.end:m.end + 1] == ".")):
            return None
        # an acronym is only the place whose table entry is that acronym ("UK", "DRC"), never "FDA" -> Fada
        acronym = surface.isupper() and len(surface.replace(".", "")) <= 5 \
            and not is_dateline(text, m.start, m.end)  # "KANO, Nigeria" is a place
        if acronym and surface in _ERAS and before.rstrip()[-1:].isdigit():
            return None  # "500 BC"
        if _ACRONYM_PLURAL.match(surface) and not best.user:
            return None  # "HAPs", "NGOs": an acronym's plural, not the Dutch village of Haps
        if acronym:
            cands = tuple(c for c in cands if c.name.replace(".", "") == surface.replace(".", "") or c.user)
            if not cands:
                return None
            best = _weightiest(cands)
            major = True
        # named after a place but not the place: "Marburg virus", "West Nile fever"; currencies: "US$"
        if (_EPONYM.match(after) and (next_word is None or after[:1] == " ")) or after[:1] == "$" \
                or _HYPHENATED_EPONYM.match(after):  # ("Crimean-Congo haemorrhagic fever")
            return None
        # a breed, a species or a vegetable named after a place: "Guinea fowl", "Brussels sprouts", "Rhode Island Red
        # hens", "Humboldt penguins"
        if k in _BREEDS and (breed := _BREED_AFTER.match(after)) and breed.group(1).lower() in _BREEDS[k] \
                and not best.user:
            return None
        if (before.endswith(_ORDER_OF) or (surface.startswith(("St.", "St ", "Saint "))
                                           and _OF_A_NAME_AFTER.match(after))) and not best.user:
            return None  # "St. Rose of Lima Catholic Church" is no Saint Rose, Louisiana
        if single and not best.user and ((before.endswith(") ") and _SPOUSE_BEFORE.search(before))
                                         or (after[:1] in ("'", "’") and _ATTORNEY_AFTER.match(after))):
            return None  # "Jody (Mark) Dillon of Hamilton, Mont.", "Commonwealth's Attorney Keith Hazelrigg"
        # a lawmaker's party and state: "Sen. Tim Kaine, D-Va.", "R-Alaska" name the state they stand for
        party_state = _PARTY_BEFORE.search(before) is not None and any(c.place.kind == "admin1" for c in cands)
        if party_state:
            cands = tuple(c for c in cands if c.place.kind == "admin1")
            best, major = _weightiest(cands), True
        # a state's abbreviation ("Mass.", "Calif.") follows a town ("Walker County (Ga.)") or opens a dateline;
        # elsewhere the word is something else: "Sunday's Mass."
        elif STATE_ABBREVIATION.fullmatch(surface if surface.endswith(".") else surface + text[m.end:m.end + 1]) \
                and any(c.name.endswith(".") for c in cands) and not before.endswith((", ", ",", "(")) \
                and not is_dateline(text, m.start, m.end) and not best.user:
            return None
        # the second half of a hyphenated name: "Diaz-Balart", but not of a route: "the Amsterdam-London train"
        elif before[-1:] in ("-", "‐") and _HYPHENATED_BEFORE.search(before) \
                and not ((m.start - 1) in major_ends and k not in first_names()):
            return None
        # a name and an age: "Austin Lee, 24, of Blue Springs", "Tyler Madison, 31," are people (and so is a given
        # name and a surname before an age, whatever regions share them: "Santiago Flores, 38, a street vendor")
        if _AGE_AFTER.match(after) and (not (best.user or best.place.kind in _REGION_KINDS) or (
                single and k in first_names() and _SURNAME_AGE_AFTER.match(after))) \
                and not _cue_before(before):  # ("a man from London, a 29-year-old")
            persons.add(k)
            if next_word and after[:1] == " ":
                persons.add(name_key(next_word))
            return None
        # a virus strain's name: "an A/California/7/2009 (H1N1)-like virus" names where it was first isolated
        if after[:1] == "/" and _STRAIN_BEFORE.search(before):
            return None
        # a landform's word after a name: "Quill Lakes" is no Lakes state of South Sudan, "Mahim Bay" or "Penobscot
        # Bay" no region called Bay
        if single and surface.lower() in _LANDFORM_WORDS and prev_word and prev_word[:1].isupper() \
                and before.endswith(" ") and not at_start_of(m.start - 1 - len(prev_word)) \
                and not best.user:
            return None
        # the head of a longer Arabic name the table lacks: "Bab al-Tabbaneh" in Tripoli is no Al-Bab in Syria
        if _ARABIC_ARTICLE_AFTER.match(after) and not best.user:
            return None
        # a route's number after a state's or the country's abbreviation: "U.S. 40", "Ga. 365"
        if _ROUTE_NUMBER_AFTER.match(after) and ("." in surface or surface.isupper()) and not best.user:
            return None
        # a street's own word after its name: "Little Blue Parkway" is no town called Parkway
        if single and k in _STREET_WORDS and prev_word and prev_word[:1].isupper() and not best.user:
            return None
        # an honorific, a name and the word: a person whatever the given name ("Dr. Ayşe Sivas", "Mrs. Nkechi Enugu")
        if single and (honoured := _HONORIFIC_NAME_BEFORE.search(before)) and not best.user:
            if _is_first_name(honoured.group(1).lower()):
                persons.add(k)  # "Dr. Jack Dunn" ... "Dunn explains"
            return None  # (but an unknown given name hides nothing: "Sivas" in a list of provinces is the province)
        # a title and two or three names before the word: a person whatever the names ("Gov. Mohammed Umaru Bago")
        if single and not best.user and before.endswith(" ") and _titled_names_before(before) \
                and not (m.start - 1) in matched:
            persons.add(k)
            return None
        # a title or a first name before the word: a person ("Col. Sean Ryan", "Mostafa Bali")
        if prev_word and prev_word[0].isupper() and single:
            pw = prev_word.lower().rstrip(".")
            prev_end = len(before.rstrip()) - len(before) + m.start
            # a title before that given name: "Gov. Mary Fallin" (searched in the text before the given name)
            # ... or a word for a person: "board member Rosemary Avila" is no Spanish province
            titled = _title_before(before, len(before.rstrip()) - len(prev_word) - (before.rstrip()[-1:] == ".")) \
                or (_prev_word(before[:len(before.rstrip()) - len(prev_word)]) or "").lower() in PERSON_NOUNS
            dated = pw in MONTHS and _DATE_PREPOSITION_BEFORE.search(before, 0, len(before.rstrip()) - len(prev_word))
            # ("in April Niger summoned the ambassador": a month after a preposition is a date, not a given name)
            if pw in TITLES or (_is_first_name(pw) and not dated and (
                    "-" in pw or prev_end not in matched or titled or (
                    prev_end not in major_ends and not best.user and best.place.kind not in _MAJOR_KINDS)
                    or not (best.user or any(c.flags & (PRIMARY | DEMONYM) for c in cands)))
                                and not _is_place_word(pw)
                                and before.rstrip()[-1:] not in ",.;:"
                                # (an everyday word before a place in a body's name is no given name: "the Royal
                                # Cornwall Hospital")
                                and not (next_word and next_word.lower() in ORG_WORDS and after[:1] == " "
                                         and self.word_frequency(pw) >= 4.5)):
                # the name stands for the person all through the report ("Nelson" after "President Nelson
                # Mandela"), but a given name does not hide a county or a country ("Spokeswoman Kerry-Ann
                # Hamilton": Kerry is still the county further down)
                if (next_word and after[:1] == " ") or _GIVEN_NAME_AFTER.match(after):
                    given_names.add(k)
                else:
                    persons.add(k)
                return None
        if single and k in first_names() and not best.user:
            # an obituary's "given name (spouse) surname": "her son, Dallas (Karen) Kosec of Henderson"
            if spouse := _SPOUSE_SURNAME_AFTER.match(after):
                persons.add(name_key(spouse.group(1)))
                return None
            # a given name, an initial and a surname: "George W. Bush" is no town in South Africa
            if _INITIAL_SURNAME_AFTER.match(after):
                return None
        # a relative named by a given name alone: "survived by his sister Mary;", "son Austin"
        if single and prev_word and prev_word.lower().rsplit("-", 1)[-1] in _KIN_WORDS and _is_first_name(k) \
                and not best.user:  # ("His great-grandson George became")
            persons.add(k)
            return None
        # a given name and an initial: "Dr. Jose A. Cordova Villalobos"
        if single and before[-2:-1] == "." and (given := _FIRST_NAME_INITIAL_BEFORE.search(before)) \
                and _is_first_name(given.group(1).lower()) and not (best.user or _a_state_by_name(cands)):
            persons.add(k)  # ("Jeremy L. Holland": Holland is only another name of the Netherlands)
            return None
        # a given name and a surname that names a county or a region: "corner-forward Stephen Kilkenny" (but a
        # country or a state by its own name after a name is a second place: "Austin Texas", "Jordan Syria")
        if single and prev_word and before.endswith(" ") and major and not best.user \
                and prev_word.lower() in first_names() and prev_word[:1].isupper() and not prev_word.isupper() \
                and self.word_frequency(prev_word.lower()) < 5.0 and prev_word not in _FEATURE_HEADS \
                and not _a_state_by_name(cands) and not _NOT_A_SURNAME_AFTER.match(after) \
                and not any(c.flags & DEMONYM for c in self.matcher.gazetteer.lookup(prev_word)):
            persons.add(k)  # (a people's adjective is no given name: "Argentine Patagonia")
            return None
        # a given name and a surname particle: "Mario de Santiago", "Ludwig van Beethoven"
        if single and (given := _GIVEN_NAME_PARTICLE_BEFORE.search(before)) \
                and _is_first_name(given.group(1).lower()) \
                and not (best.user or all(c.place.kind in _REGION_KINDS for c in cands)):
            persons.add(k)
            return None
        # a patronymic: "Mohammed bin Rashid"
        if single and _PATRONYMIC_BEFORE.search(before[-24:]) and not best.user:
            return None
        # a first name followed by a surname: "Jordan Henderson", "Sean Ryan"; after a word for a person even a
        # common surname: "council member Chad Williams", "spokesman Jordan Smith"
        # (but a country's or a state's name before a body's: "the India Meteorological Department"; nor a people's
        # adjective before a place: "Argentine Patagonia")
        if single and next_word and after[:1] == " " and k in first_names() and next_word.lower() not in _NOT_SURNAMES \
                and not best.user and not self._a_team_after(text, m.start, m.end, m.text) \
                and not (demonym and (m.end + 1) in matched) \
                and not (best.place.kind in ("country", "admin1") and (
                    org := _ORG_NAME_AFTER.match(after)) and org.group(1).lower() in ORG_WORDS) and (
                    (prev_word or "").lower().rstrip(".") in _PERSON_WORDS  # ("local councillor Kerry Silver")
                    or (self._surname_like(next_word, after) and (m.end + 1) not in region_starts)
                    # "attorney Jordan Lewis of Louisville", "grandchildren Madison Carter, Tyler Brandt of Seattle"
                    or (_PERSON_OF_AFTER.match(after, 1 + len(next_word)) and next_word.lower() not in _HEAD_WORDS)):
            if (m.end + 1) not in region_starts:
                persons.add(name_key(next_word))  # the surname is the person's all through the report
            return None
        # a word for a person, a name and a rare word that ends it: "opposition activist Asmara Tekle, speaking"
        if single and next_word and after[:1] == " " and prev_word and prev_word.islower() and prev_word in PERSON_NOUNS \
                and (m.end + 1) not in matched and self.word_frequency(next_word.lower()) < 3.0 and not best.user \
                and _NAME_ENDS.match(after, 1 + len(next_word)):
            persons.add(name_key(next_word))  # (the surname only: "Asmara" is still the capital elsewhere)
            return None
        # a name and a surname that then speak or act: "Joaquin Navarro-Valls, said", "Prescott Carlson was quoted",
        # "director Luis Gomes Sambo made" (given names that the list of first names lacks)
        if next_word and after[:1] == " " and not best.user and not major and (m.end + 1) not in major_starts \
                and next_word.lower() not in _NOT_SURNAMES | _HEAD_WORDS \
                and (single or (surface.split()[0].lower() in first_names()
                                and self.word_frequency(next_word.lower()) < 3.5)) \
                and _PERSON_ACTS.match(after, 1 + len(next_word)):
            persons.update((k, name_key(next_word)))
            return None
        # ... or by a second given name or a surname particle: "Kerry-Ann Hamilton", "Hassan el Bushra"
        if single and k in first_names() and not best.user and after[:1] in "-‐ ":
            given = _GIVEN_NAME_AFTER.match(after) or _SECOND_GIVEN_NAME_AFTER.match(after)
            if (given and given.group(1).lower() in first_names()) or _PARTICLE_SURNAME_AFTER.match(after):
                return None  # ("Mary Ann Quitugua")
        # a person named between commas after a word for a person: "A granddaughter, Sydney, lives in Carlisle"
        if single and after[:1] == "," and _PERSON_NOUN_COMMA_BEFORE.search(before) \
                and not (best.user or best.place.kind in _REGION_KINDS):
            persons.add(k)
            return None
        # ... and a kinsman's given name and surname, as obituaries list them: "two daughters, Virginia Combs Hall
        # (Terry) of London, Ky.", or the given name alone: "and a grandson, Austin."
        if single and before.rstrip()[-1:] == "," and _is_first_name(k) and _KIN_COMMA_BEFORE.search(before) \
                and not best.user and (
                (next_word and after[:1] == " " and (m.end + 1) not in starts)
                or after[:1] in (".", ",", ";") or after.startswith((" and ", " ("))):
            persons.update((k, name_key(surface + _CAPITALISED_WORDS.match(after).group())))  # (nor a hall, unresolved)
            return None
        # a speaker named after "said": '"...," said Nash Riad, one of the cashiers'
        if not (best.user or best.place.kind in _REGION_KINDS) and _SPEAKER_BEFORE.search(before) \
                and _SPEAKER_AFTER.match(after):
            persons.add(k)
            return None
        # someone spoken to; a small town is rarely thanked by name, a city or a state is ("Thank you, Iowa!")
        if single and _ADDRESSED_BEFORE.search(before) and after[:1] in (".", ",", "!", "?") \
                and not (best.user or any(c.flags & PRIMARY and (c.place.population >= 100_000 or c.place.kind
                                                                  in _MAJOR_KINDS) for c in cands)):
            persons.add(k)
            return None
        # a name that starts with a given name and goes on: "regional director Luis Gomes Sambo"
        if not single and k.split()[0] in first_names() and k.split()[-1] not in PLACE_NOUNS and next_word \
                and after[:1] == " " and not major and not county and m.key not in called_towns \
                and next_word.lower() not in _HEAD_WORDS and (m.end + 1) not in matched:
            return None
        # a given name that is a city's before a possessive business: "Mary's Turkeys"; after another name: "Smoky Mary"
        if single and k in first_names() and not (best.user or best.place.kind in _MAJOR_KINDS) \
                and best.place.population < 500_000 and not at_start_of(m.start):
            possessive = _POSSESSIVE_NAME_AFTER.match(after)
            if possessive and possessive.group(1).lower() not in _HEAD_WORDS | TITLES:
                return None
            if name_before and (m.start - 1) not in matched and prev_word.lower() not in DIRECTIONS | TITLES | _ARTICLES \
                    | PLACE_NOUNS and not at_start_of(m.start - 1 - len(prev_word)):
                return None
        # a village's name at the head of a longer capitalised name the table lacks is a word of that name: "the
        # Institut Pasteur in Dakar" is no village of 2,000 in Azerbaijan (but "Hajin town", "Tibu Road")
        if single and next_word and after[:1] == " " and (m.end + 1) not in major_starts and not best.user \
                and best.place.kind in _SETTLEMENT_KINDS and best.place.population < VILLAGE \
                and next_word.lower() not in _HEAD_WORDS and k not in _PLACE_HEADS and k not in filed_from \
                and k not in called_towns \
                and m.key not in contained and not _cue_before(before) and not at_start_of(m.start) \
                and not any(_is_major(c) for c in cands):
            return None
        # described as a person: "Bali, head of the SDF media office"
        if single and _APPOSITION.match(after) and not _PLACE_APPOSITION.match(after) and not major \
                and not _cue_before(before) and best.place.kind not in _FEATURE_KINDS and m.key not in called_towns \
                and not _GROUP_WHO_AFTER.match(after) \
                and not ((before.endswith(" from ") or _SOMEONE_OF_BEFORE.search(before)) and k not in first_names()):
            # ("a village near Tibu, who asked"; "a real estate agent from Waimea, who made the drive", "Jim Logan of
            # Chatham, who voted no": the agent made it, Logan voted; "people living on Savai'i, who depend on it":
            # an island is no person)
            persons.add(k)
            return None

        # a direction before a state or a country is its qualifier, whatever the table holds under that word:
        # "Southwest Missouri" is Missouri's south-west, not the American Southwest (and so before any place's name:
        # "the Southwest Miramichi" is a branch of the river)
        if single and k in DIRECTIONS and after[:1] == " " and (m.end + 1) in matched and not best.user:
            return None
        at_start = at_start_of(m.start)
        in_headline = _inside(m.start, headlines)
        freq = self.word_frequency(surface.lower()) if single else 0.0
        evidence = 1.0
        if m.loose:
            evidence -= 0.35
        # (but an everyday word that ends a longer capitalised name is that name's, in a container or not: "Community
        # Hospital in Munster" names no Irish village called Hospital)
        tail = single and name_before and (m.start - 1) not in matched and not prev_word.isupper() \
            and prev_word.lower() not in DIRECTIONS | TITLES | _ARTICLES and self.word_frequency(prev_word.lower()) < 5.5 \
            and not at_start_of(m.start - 1 - len(prev_word))  # (not "CDC Atlanta", "late After Paris, London")
        if acronym or (m.key in contained and not tail) or county:
            freq = 0.0  # the table's own acronym, or a name the report places in a container: not a word
        # a sentence's first word is capitalised anyway: an everyday word there that names a place only through one
        # of its alternates is the word ('"Theirs has 75,000 people,"' is no district of Nauru)
        if single and freq >= 3.5 and at_start and not surface.isupper() and not best.user \
                and not any(c.flags & (PRIMARY | DEMONYM) or _is_major(c) for c in cands):
            return None
        # (a name that is frequent as a person's, "Jackson", is no everyday word: the person rules judge it;
        # nor is a city's name capitalised on its own mid-sentence: "the Mayor of Boston declared", unlike
        # "Agent Orange", "Mobile World Congress")
        # a place's cue before a name that ends there: "residents of Clinton and Byram", "a man from Mobile."
        cued = single and freq >= 4.5 and ((bool(_cue_before(before)) and bool(_NAME_ENDS.match(after)) and not at_start)
                                           or bool(_DISTANCE_AFTER.match(after)))  # "Orange, 55 kilometres to the west"
        if single and freq >= 4.5 and not (
                best.user or best.place.population >= 1_000_000 or (major and k in first_names()) or (
                best.place.kind in _MAJOR_KINDS and surface.lower() not in GENERIC_WORDS) or (
                _REGION_NOUN_AFTER.match(after) and any(c.place.kind in ("admin1", "admin2", "region")
                                                         and c.place.country in countries for c in cands)) or (
                best.place.kind == "city" and best.place.population >= 200_000 and surface.lower() not in GENERIC_WORDS
                and next_word is None and not (prev_word and prev_word[0].isupper())
                and not surface.isupper() and not at_start_of(m.start) and not _inside(m.start, headlines)) or (
                cued) or is_dateline(text, m.start, m.end)):  # (but "BOSTON (AP) -" is where the report is filed)
            return None  # "West", "Centre", "Central", "Mobile": everyday words need a big place behind them
        # ... and a generic word that opens a sentence before a noun in lower case is an adjective there ("Maritime
        # security firm Ambrey said"), unless that noun is a region's ("Centre department", "Maritime region"); a
        # verb may follow a place ("Plateau lies in Nigeria's Middle Belt")
        if single and at_start and surface.lower() in GENERIC_WORDS and (noun := _LOWER_NOUN_AFTER.match(after)) \
                and _ATTRIBUTIVE_AFTER.match(after) and not noun.group(1).endswith(("s", "ed")) \
                and not _REGION_NOUN_AFTER.match(after) and not best.user:
            return None
        if single and freq >= 3.5 and not (best.user or (best.place.kind in _REGION_KINDS
                                                         and surface.lower() not in GENERIC_WORDS)) \
                and not at_start_of(m.start) and not _inside(m.start, headlines) and not surface.isupper():
            # an everyday word named inside a longer capitalised name is a word of that name, however big its
            # namesake: "Louisville Metro Council", "Hawaii Pacific Health", "Rainbow Kitten Surprise",
            # "Government of National Accord"
            prev_cap = name_before and prev_word.lower() not in DIRECTIONS | TITLES | _ARTICLES
            if prev_cap and next_word and after[:1] in (" ", "'", "’") \
                    and next_word.lower() not in PLACE_NOUNS | DIRECTIONS:
                return None
            if prev_cap and (m.start - 1) not in matched and self.word_frequency(prev_word.lower()) >= 3.5 \
                    and prev_word.lower() not in PLACE_NOUNS and not at_start_of(m.start - 1 - len(prev_word)):
                return None
            # ... or at the head of one, before another everyday word: "Amazon Fire TV", "Atlantic Veterinary
            # College" (not "Amazon Basin", "Pacific Coast", "Paris Police")
            if next_word and after[:1] == " " and next_word.lower() not in _HEAD_WORDS | TITLES and freq >= 4.0 \
                    and not any(_is_major(c) and c.place.kind not in ("river", "sea", "lake") or c.place.kind == "admin2"
                                for c in cands) \
                    and self.word_frequency(next_word.lower()) >= 4.0 and (m.end + 1) not in matched:
                return None
            # ... or after an office's name: "Chambers of Commerce", "Department of Homeland Security"
            if _OFFICE_OF_BEFORE.search(before):
                return None
            # ... and one that names the place only through a foreign alternate is the word: "the Godfather
            # of Soul" is no Seoul
            if freq >= 4.5 and not any(c.flags & (PRIMARY | DEMONYM) for c in cands):
                return None
        # a name of everyday words only ("East Side") is a small place's only through its own name
        # (the report's own town is no everyday phrase: "MINERAL POINT — ... the north edge of Mineral Point")
        if not single and not major and m.key not in filed_from and all(
                self.word_frequency(w.lower()) >= 4.0 for w in surface.split()):
            if text[m.start - 1:m.start] == " " and (m.start - 1) in matched and not before.endswith(_LIST_GAPS):
                return None  # ... and after another place's name it is the rest of a longer one: "Makaha Beach Park"
                # is no Beach Park, Illinois
            noun = _NEXT_WORD.match(after)
            placed = (prev_word or "").lower() in _PREPOSITIONS or _CUED_LIST_BEFORE.search(before) \
                or (noun is not None and noun.group(1).lower() in PLACE_NOUNS) \
                or any(text[m.start - len(g):m.start] == g and (m.start - len(g)) in matched for g in _LIST_GAPS) \
                or (not before.endswith(" of ") and any(text[m.end:m.end + len(g)] == g and (m.end + len(g)) in matched
                                                        for g in _LIST_GAPS))
            # ("Three Lakes and Tomahawk went to referendum": an item of a list of places, and so is "near Hye and
            # Johnson City", which a place's cue opens; not "the Federation of
            # Red Cross and Red Crescent Societies")
            # (a region, an island group or a water is no everyday phrase: "the Loyalty Islands", "the Deep South")
            # (nor is a county: "Chase County emergency manager Renee Gould")
            cands = tuple(c for c in cands if c.user or (c.flags & PRIMARY and (
                placed or c.place.population >= VILLAGE or c.place.kind in _FEATURE_KINDS
                or (c.place.kind == "admin2" and surface.endswith((" County", " Parish"))))))
            if not cands:
                return None
            best = _weightiest(cands)
        # a transliteration variant is only worth it for a place of some size, never for "The ..."
        if m.loose and (surface.startswith(("The ", "the ")) or k in first_names() or all(
                self.word_frequency(w.lower()) >= 4.0 for w in surface.split()) or not (
                best.user or major or best.place.population >= VILLAGE
                or best.place.place_id.startswith(("supplement:", "features:")))):
            return None
        # a name beside another capitalised name, reaching its place only through an alternate name, is a
        # person's: "Amruddin Wali said" is no Warri, Nigeria
        if single and name_before and not at_start_of(m.start) and m.key not in contained \
                and prev_word.lower() not in _BEFORE_A_PLACE_WORDS \
                and not prev_word.endswith(("'s", "’s")) \
                and (m.start - 1) not in matched and not surface.isupper() \
                and not any(c.user or c.flags & (PRIMARY | DEMONYM | CAPITAL) or c.place.kind in _MAJOR_KINDS
                            for c in cands):
            persons.add(k)
            return None
        # a lone first name or a name beside another capitalised name is a person, unless the place is big
        small = not (best.user or major or m.key in contained or civic)
        if small and single and k in ORG_WORDS and prev_word and prev_word[:1].isupper() and before.endswith(" "):
            return None  # an organisation's word after a name: "the Allen County Chamber of Commerce"
        if small and single:
            # ("north of Clinton", "in Marion": a place's cue outweighs a first name)
            cue = _cue_before(before)  # "north of Clinton", "a man from Calhoun said"
            cue = cue or _PLACE_NOUN_AFTER.match(after)  # "from the Gali district"
            cue = cue or is_dateline(text, m.start, m.end)  # "TROY -": where the reporter files from is no person
            cue = cue or _SOMEONE_OF_BEFORE.search(before)  # "Commissioner Dallas Haney of Watertown said"
            cue = cue or before.endswith(" out of ")  # "tours out of Shelton" (not a cue for a name the table
            # lacks: "pull Argentina out of Mercosur")
            cue = cue or (m.start in listed and _CUED_LIST_BEFORE.search(before)) or m.key in called_towns
            cue = cue or (((text[m.start - 5:m.start] in (" and ", ", or ") and (m.start - 5) in matched)
                           or (text[m.start - 4:m.start] == " or " and (m.start - 4) in matched))
                          and _CUED_LIST_BEFORE.search(before))  # "motels in Manti and Ephraim", "someone in Leeton
            # or Hay": the cue governs a list of two places, though both are given names too
            cue = cue or _BEARING_AFTER.match(after)  # "an air base at Kant just east of the capital"
            cue = cue or _RIVER_COURSE_AFTER.match(after)  # "the river from Terry downstream"
            cue = cue or (before.endswith(", ") and _LIST_GOES_ON.match(after) and _CUED_LIST_MIDDLE.search(before))
            cue = cue or k in filed_from  # "MARSHALL —" ... "the Marshall Police Department", "42, of Marshall"
            cue = cue or _OTHER_PLACES_AFTER.match(after)  # "moved from Derry and other parts of Northern Ireland"
            cue = cue or _RANKED_PLACE_AFTER.match(after)  # "spread to Lae, the country's second-largest city"
            cue = cue or _SUPERLATIVE_PLACE_AFTER.match(after)  # "Rota, the southernmost of the islands"
            cue = cue or _DIRECTION_BEFORE.search(before)  # "members across west Tyrone"
            cue = cue or (_ARTICLE_A_BEFORE.search(before) and _LOWER_NOUN_AFTER.match(after))  # "a Jasper grocery"
            if (k in first_names() and not cue and m.start not in listed) or k in TITLES or (_SPEAKS.match(after) and not cue) \
                    or _NAME_PARTICLE.search(before) or (before[-2:-1] == "." and _INITIAL_BEFORE.search(before)):
                persons.add(k)
                return None
            # a role noun, a capitalised name, a surname: "Commission chairman Wright Bagby"
            if next_word and after[:1] == " " and (prev_word or "").lower() in PERSON_NOUNS \
                    and next_word.lower() not in _NOT_SURNAMES and (m.end + 1) not in major_starts:
                persons.update((k, name_key(next_word)))
                return None
            # a small place in the middle of a longer capitalised name ("Buffalo Science Magnet School",
            # "Department of Homeland Security") is a word of that name
            # (but a town the report files from or sets in its state is that town all through the report:
            # "IMMOKALEE -" ... "the Immokalee TIGER grant")
            inside = _INSIDE_NAME_BEFORE.search(before)
            if next_word and after[:1] == " " and inside and self.word_frequency(inside.group(1)) < 5.5 \
                    and not at_start and k not in filed_from:
                return None
            # ... or at the head of one, before an everyday word: "Mega Millions", "Moody's Analytics"
            if next_word and after[:1] in (" ", "'", "’") and not at_start and not in_headline and k not in filed_from \
                    and next_word.lower() not in _HEAD_WORDS \
                    and (after[:1] != " " or self.word_frequency(next_word.lower()) >= 4.0):
                return None
            # an everyday word after "the" names a thing, not a hamlet: "the Alliance", "the Summit"
            if freq >= 3.5 and before[-4:].lower() == "the " and not at_start and k not in filed_from \
                    and not best.place.place_id.startswith(("features:", "supplement:")):
                return None
            if prev_word and prev_word[0].isupper() and not at_start and before.endswith(" ") \
                    and before.rstrip()[-1:].isalpha() and prev_word.lower() not in DIRECTIONS | PLACE_NOUNS | TITLES \
                    and not prev_word.endswith(("'s", "’s")) \
                    and self.word_frequency(prev_word.lower()) < 4.5:  # ("Indonesia's Sulawesi island": no person)
                persons.add(k)
                return None
        if single and freq >= 3.0:
            lowered = surface.lower() in lower_words
            if at_start or in_headline or surface.isupper():
                # capitals here say nothing: keep only places that outweigh the word (but a dateline's word is where
                # the reporter files from: "MARSHALL — The following incidents were reported to the Marshall Police")
                if (freq >= 4.0 or lowered) and not (major and freq < 5.5) \
                        and not (is_dateline(text, m.start, m.end) and text[m.end:m.end + 1] != ":"):
                    return None
                if at_start and not major and not any(c.place.kind == "admin2" for c in cands) and next_word \
                        and after[:1] == " ":
                    return None  # the first word of a longer name: "Highways England said"
                evidence -= 0.3
            else:
                if lowered and not major:
                    return None
                if freq >= 4.5 and not (major or cued):
                    return None
                if freq >= 3.5 and not major and prev_word and prev_word[:1].isupper() and before.endswith(" ") \
                        and before.rstrip()[-1:].isalpha() and not at_start_of(m.start - len(prev_word) - 1) \
                        and prev_word.lower() not in DIRECTIONS and self.word_frequency(prev_word.lower()) < 6.0 \
                        and (prev_word.lower() not in PLACE_NOUNS or (m.start - 1) in matched):
                    return None  # the last word of a longer name: "the Nebraska State Patrol", "the Museum of
                    # Contemporary Art"
                evidence -= 0.15 * (freq - 3.0)
        if single and len(k) <= 2 and not best.user and not surface.isupper() and not party_state \
                and not (major and m.start in listed) \
                and not (best.place.population >= 50_000
                         and (_cue_before(before) or _CAPITAL_COMMA_BEFORE.search(before))):
            # ("provincial towns such as Bo, Makeni and Kenema"; "the regional hospital in Wa")
            return None

        # "a bombing in the Turkish capital": the adjective points at its country, as annotators have it, and stands
        # for the capital city, where events and claims of the sentence take place (a country's adjective only:
        # "the Scottish capital" is not London)
        capital_word = _CAPITAL_AFTER.match(after) if demonym and best.place.kind == "country" else None
        stands_for = self._capital_of(best.place.country) if capital_word else ()
        role = "literal"
        if demonym or party_state or school:
            role = "modifier"
        elif _MODIFIER_SUFFIX.match(after):
            role = "modifier"
        elif next_word and after[:1] == " " and (next_word.lower() in ORG_WORDS or (
                (org := _ORG_NAME_AFTER.match(after)) and org.group(1).lower() in ORG_WORDS)):
            role = "modifier"  # ("Paris police", "the India Meteorological Department", "Kenya Broadcasting Corporation")
        elif _ORG_OF_BEFORE.search(before) or (prev_word and prev_word[:1].isupper() and before.endswith(" ")
                                               and not at_start_of(m.start) and _HYPHEN_NAME_AFTER.match(after)):
            role = "modifier"  # "Bank of America", "University of Georgia", "Agence France-Presse": organisations
        elif acronym and best.place.kind == "country" and _ATTRIBUTIVE_AFTER.match(after):
            role = "modifier"  # "U.S. troops", "U.S. B-52 bombers", "UK officials": the country's, not a place
        elif after.startswith(("'s ", "’s ")) and next_word and next_word.lower() in ORG_WORDS \
                and surface.startswith(("St.", "St ", "Saint ")):
            role = "modifier"  # a saint's institution: "St. Mary's Hospital" (but "Jamaica's Ministry of Health"
            # is the country's, literal as annotators have it)
        elif prev_word in _BODY_BEFORE_A_COUNTRY and before.endswith(" ") and best.place.kind in ("country", "admin1"):
            role = "modifier"  # "Health Canada", "Police Scotland", "Health Protection Scotland", "Air India"

        # ("the Lincolnshire town", "the Texas city of Tyler": a region's adjective, no town of that name)
        hint = "settlement" if _SETTLEMENT_BEFORE.search(before) or (_SETTLEMENT_AFTER.match(after) and not (
            _THE_BEFORE.search(before) and any(c.place.kind in ("admin1", "admin2") for c in cands))) \
            or _SETTLEMENT_APPOSITION.match(after) \
            or (single and _DISTANCE_AFTER.match(after) and best.place.kind in _SETTLEMENT_KINDS | {"admin1"}
                and any(c.place.kind in _SETTLEMENT_KINDS for c in cands)) \
            or (_TOWNSPERSON_AFTER.match(after) and _ARTICLE_A_BEFORE.search(before) and not demonym) \
            or (surface.isupper() and is_dateline(text, m.start, m.end)) \
            or (before.endswith(", of ") and _SOMEONE_OF_BEFORE.search(before)) \
            else "region" if _REGION_AFTER.match(after) or _REGION_BEFORE.search(before[-30:]) \
            else "division" if (next_word and after[:1] == " " and next_word.lower() in DIVISION_WORDS) \
            or _PLURAL_DIVISION_AFTER.match(after) \
            else "site" if ((next_word and after[:1] == " " and next_word.lower() in SITE_WORDS)
                            or (_THE_BEFORE.search(before) and _FACILITY_AFTER.match(after))) \
            and not any(c.place.kind in _REGION_KINDS for c in cands) else None
        # a name that ends in its water's noun is the water where one goes by it: "the Aral Sea" is the lake, not the
        # Kazakh town that has the name among its alternates
        if surface.rsplit(None, 1)[-1] in _WATER_NAME_ENDS and not _PLACE_NOUN_AFTER.match(after):  # ("Red Sea state")
            waters = tuple(c for c in cands if c.place.kind in ("sea", "lake", "river") and c.flags & PRIMARY)
            if waters:
                cands = waters
        # "the island of Santiago" is Cape Verde's island, not Chile's capital
        if _ISLAND_OF_BEFORE.search(before) and any(c.place.kind == "island" for c in cands) \
                and not any(c.user for c in cands):
            cands = tuple(c for c in cands if c.place.kind == "island")
        # "the Gulf", "the Pacific", "the Red Sea": after the article a sea's name is the sea; a province or a
        # village of that name goes without it ("Gulf Province", "Pacific, Missouri"); so is "the Gulf region", the
        # lands around the sea
        if (hint is None or after.startswith((" region", " state"))) and _THE_SIDE_BEFORE.search(before) \
                and any(c.place.kind == "sea" for c in cands) \
                and not any(c.user for c in cands):
            cands = tuple(c for c in cands if c.place.kind == "sea")
        # ... and a river's name is the river: "the Rio Grande", "the Ohio" (but not "the Ohio State University",
        # and not a country's name: "the Congo", "the Niger" may be the country)
        elif hint is None and _THE_SIDE_BEFORE.search(before) and not next_word and after[:1] not in ("-", "‐") \
                and any(c.place.kind in _THE_FEATURE_KINDS for c in cands) \
                and not any(c.user or c.place.kind == "country" for c in cands):
            cands = tuple(c for c in cands if c.place.kind in _THE_FEATURE_KINDS)
        return Mention(m.start, m.end, surface, cands, m.loose, role, _qualifier(before), demonym=demonym,
                       evidence=max(0.05, min(1.0, evidence)), kind_hint=hint, stands_for=stands_for)

    def _join_comma_names(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Washington, D.C." is one place's name, not a city and its container: two mentions with a comma
        between them become one when the whole names a reading of the first and the second is that same spot
        ("Franklin County, Ohio" stays two: Ohio is elsewhere than the county), unless the first is an item of a list
        ("the prefectures of Niigata, Ibaraki, Osaka and Aomori" names no Ibaraki, Osaka)."""
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            a = mentions[i]
            b = mentions[i + 1] if i + 1 < len(mentions) else None
            listed = bool(out) and text[out[-1].end:a.start] == ", "
            if b is not None and text[a.end:b.start] == ", " and not a.unresolved and not b.unresolved and not listed:
                whole = text[a.start:b.end]
                ids = {c.place.place_id for c in a.candidates}
                cands = tuple(c for c in self.matcher.gazetteer.lookup(whole) if c.place.place_id in ids
                              and any(distance_km(c.place.lat, c.place.lon, d.place.lat, d.place.lon) < 25
                                      for d in b.candidates))
                if cands:
                    out.append(Mention(a.start, b.end, whole, cands, False, a.role, a.qualifier, evidence=a.evidence))
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def _readings(self, cands: tuple) -> tuple:
        """(candidates, the weightiest, whether it is major, whether all are demonyms, the demonym readings of a name
        whose other readings are all regions: "Somali"), remembered per candidate tuple: the matcher hands out the
        same tuple for a name every time it sees it."""
        hit = self._by_candidates.get(id(cands))
        if hit is not None and hit[0] is cands:
            return hit[1]
        best = _weightiest(cands)
        major = _is_major(best)
        # (a demonym that GeoNames also lists as an alternate name of its country is still one: "Togolese")
        demonyms_of = {c.place.place_id for c in cands if c.flags & DEMONYM}
        demonym = bool(demonyms_of) and all(c.place.place_id in demonyms_of for c in cands)
        adjective = tuple(c for c in cands if c.flags & DEMONYM) if demonyms_of and not demonym and all(
            c.place.kind in ("admin1", "admin2", "region") for c in cands if not c.flags & DEMONYM) else ()
        out = (cands, best, major, demonym, adjective)
        if not demonym and any(c.flags & DEMONYM for c in cands) \
                and not any(_is_major(c) for c in cands if not c.flags & DEMONYM and c.flags & PRIMARY):
            # "Malian", "English": a country's adjective first, not the hamlet that shares it (nor a city that has it
            # among its alternate names: "Kazakh" is no Petropavl)
            demonyms = tuple(c for c in cands if c.flags & DEMONYM)
            out = (demonyms, demonyms[0], True, True, ())
        if len(self._by_candidates) > 50_000:
            self._by_candidates.clear()
        self._by_candidates[id(cands)] = (cands, out)  # (the tuple is kept: its id cannot be reused meanwhile)
        return out

    def _capital_of(self, cc: str | None) -> tuple:
        """The candidates of a country's capital city (GeoNames' capital, flagged in the table)."""
        if not cc:
            return ()
        if cc not in self._capitals:
            names = [name for iso, name in capitals() if iso == cc]
            self._capitals[cc] = tuple(c for name in names for c in self.matcher.gazetteer.lookup(name)
                                       if c.place.country == cc and c.flags & CAPITAL)[:1]
        return self._capitals[cc]

    def _road_numbers(self, text, mentions, related) -> list[Mention]:
        """British road numbers ("the A417 southbound", "via the A436, A40 and A429") are places on a map,
        though no gazetteer entry; reported unresolved. Only with a road's cue: "A380" and "M16" are a plane
        and a rifle."""
        if not _ROAD_NUMBER_HINT.search(text) or not _ROAD_NUMBER.search(text):
            return []  # (the hint is quick to fail; the full pattern's look-behind is tried at every letter)
        out = []
        taken = {m.start for m in mentions}
        for r in _ROAD_NUMBER.finditer(text):
            s, e = r.span()
            if s in taken:
                continue
            before, after = text[max(0, s - 40):s], text[e:e + 60]
            cue = _ROAD_CUE_BEFORE.search(before) or _ROAD_CUE_AFTER.match(after) or (
                _ROAD_LIST_BEFORE.search(before) and out and out[-1].end >= s - 8)
            if cue:
                out.append(Mention(s, e, r.group(), (), False, "related" if _inside(s, related) else "literal",
                                   unresolved=True, evidence=0.6))
        return out

    def _postal_codes(self, text, mentions, related) -> list[Mention]:
        """"Newark, NJ", "Perth, WA", "Kingston, ON": a state's postal code after a town of that country.
        Alone, such codes are words and acronyms ("IN", "OR", "CA"); after a town and a comma, containers."""
        out = []
        taken = {m.start for m in mentions}
        for m in mentions:
            code = _POSTAL_AFTER.match(text, m.end)
            if not code or code.start(1) in taken:
                continue
            for cc in {c.place.country for c in m.candidates if c.place.kind not in ("country", "admin1")} & _POSTAL:
                cands = self._region_by_code(cc, code.group(1))
                if cands:
                    s, e = code.span(1)
                    out.append(Mention(s, e, code.group(1), cands, False,
                                       "related" if _inside(s, related) else "literal", kind_hint="region"))
                    taken.add(s)
                    break
        return out

    def _region_by_code(self, cc: str, code: str) -> tuple:
        k = (cc, code)
        if k not in self._regions:
            try:
                place = self.matcher.gazetteer.get(f"admin:{cc}-{code}")
                self._regions[k] = tuple(c for c in self.matcher.gazetteer.lookup(place.name)
                                         if c.place.place_id == place.place_id)
            except PlaceNotFound:
                self._regions[k] = ()
        return self._regions[k]

    def _county(self, name: str, after: str) -> tuple:
        """The counties a name stands for when a county noun follows it or its list: "Mobile and Baldwin
        counties", "Orleans Parish" (when the table lacks the whole name)."""
        noun = _COUNTY_AFTER.match(after)
        if not noun or (noun.group(1)[0].isupper() and after[:noun.start(1)].strip()):
            return ()  # (a singular noun is the last item's alone: "Franklin and Williamson County")
        full = f"{name} {_COUNTY_NOUN.get(noun.group(1), noun.group(1))}"
        return tuple(c for c in self.matcher.gazetteer.lookup(full) if c.place.kind == "admin2")

    def _place_shaped(self, name, s, e, text, starts, headlines) -> bool:
        """After "in", "at", "near"...: a name of rare words that is not a person's, an organisation's, a
        language's or a date's, in running text."""
        words = name.split()
        if s in starts or _inside(s, headlines) or len(words) > 3 or name.endswith(("'s", "’s")) \
                or any(ch.isdigit() for ch in name) or _SOURCE_BEFORE.search(text, max(0, s - 30), s) \
                or _MODIFIER_SUFFIX.search(name):
            return False  # ("according to Mahecic": a source, not a destination; "Kurdish-held": an adjective)
        if len(words) > 1 and words[0].lower() in DIRECTIONS:
            # "West Lebanon", "North Canton": a direction before a place's name makes another place's name
            words = words[1:]
            if any(c.place.kind in _SETTLEMENT_KINDS for c in self.matcher.gazetteer.lookup(" ".join(words))):
                return not re.match(r"\s*(?:[A-Z]|'s|’s|-)", text[e:e + 3])
        if any(w.lower() in ORG_WORDS or _is_first_name(w.lower()) or self.word_frequency(w.lower()) >= 3.0
               for w in words) or _SUFFIXED_PERSON.search(name):
            return False  # ("Matson Snr": a person)
        if _GROUP_AFTER.match(text, e):  # "from Tuareg rebels", "to Rohingya refugees": a people, not a place
            return False
        return not re.match(r"\s*(?:[A-Z]|'s|’s|-)", text[e:e + 3])  # "in Smith's view", "at Acme Corp"

    # ---- names the table lacks ----------------------------------------------------------------
    def _unresolved(self, text, mentions, starts, headlines, related, persons) -> list[Mention]:
        """Place-shaped names that no gazetteer entry matched: "the town of X", "X, a village near ..."."""
        covered = bytearray(len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        out = []
        containers = {m.start: m for m in mentions if any(c.place.kind in _CONTAINER_KINDS for c in m.candidates)}
        # a name the report puts before "virus" or "fever" is a disease's all through it, not a place the table lacks:
        # "70 deaths from Lassa fever", "its annual Lassa fever season"
        diseases = {name_key(d.group(1)) for d in _DISEASE_NAME.finditer(text)} if _DISEASE_HINT.search(text) else set()
        for nm in _NAME.finditer(text):
            s, e = nm.span()
            name = nm.group()
            if any(covered[s:e]):
                # "Brooklyn's Barclays Center": what follows a place's possessive may still be a site
                cut = max(name.rfind("'s "), name.rfind("’s "))
                if cut < 0 or not covered[s + cut - 1] or any(covered[s + cut + 3:e]):
                    continue  # (a place's possessive, not "Michigan State University's Diagnostic Center")
                nm = _NAME.match(text, s + cut + 3)  # four words of its own: "Uganda's Queen Elizabeth National Park"
                s, e, name = nm.start(), nm.end(), nm.group()
                if any(covered[s:e]):
                    continue
            last_word = text[max(0, s - 12):s].rsplit(None, 1)[-1:] if text[s - 1:s].isspace() else ()
            # the next item of a list of places: "near Qamishli, Amuda, Derik and Tal Tamr"
            listed = _follows_a_place(text, s, e, covered)
            # only a cue makes a name place-shaped: most capitalised names have none (checked first: it is cheap)
            # "the Gondra district", "in Warab state", "Raigad, Ratnagiri and Sindhudurg districts"
            noun_after = _PLACE_NOUN_AFTER.match(text, e) or _PLACES_NOUN_AFTER.match(text, e)
            # "the Ravi river", "the Afungi peninsula": a water or a landform in lower case after "the" and a name
            water = _WATER_NOUN_AFTER.match(text, e) and _THE_BEFORE.search(text, max(0, s - 4), s)
            noun_after = noun_after or water
            if not ((last_word and last_word[0] in _CUE_WORDS) or text[e:e + 1] == "," or listed or noun_after) \
                    and not _FACILITY.search(name) and not _COUNTY_AFTER.match(text, e, e + 80):
                continue
            before, after = text[max(0, s - 40):s], text[e:e + 80]
            k = name_key(name)
            first = name_key(re.sub(r"['’]s\b", "", name.split()[0]))  # ("Saturday's gun battle")
            if not k or k in persons or k in diseases or (first in _NOT_PLACE_WORDS and not _PUBLIC_SITE.search(name)) \
                    or _is_nickname(text, s, e) \
                    or _in_credits(before) or _is_armed_group(name) \
                    or before.endswith(_ORDER_OF):  # ("a pause in Houthi attacks", "the Knights of Columbus")
                continue
            counties = self._county(name, after)
            if counties:  # "Baldwin" in "Mobile and Baldwin counties", where no place is called plain Baldwin
                out.append(Mention(s, e, name, counties, False, "related" if _inside(s, related) else "literal",
                                   _qualifier(before), kind_hint="region"))
                covered[s:e] = b"\x01" * (e - s)
                continue
            facility = _FACILITY.search(name)
            if facility and _titled(name, before) and not _PUBLIC_SITE.search(name):
                continue  # a person named like a street: "Circuit Judge Malcolm Street" (not "Queen Elizabeth National
                # Park")
            strong = facility or ((last_word == ["of"] or before.endswith(": ")) and _UNRESOLVED_BEFORE.search(before)) or (
                after[:1] == "," and _PLACE_APPOSITION.match(after))
            strong = strong or water
            if not strong and ((last_word and last_word[0] in _PREPOSITIONS) or listed or noun_after
                               or _place_cue(before, 0, len(before))) \
                    and self._place_shaped(name, s, e, text, starts, headlines):
                strong = True  # "moved back to Khayelitsha", "arrived at Schiphol", "Amuda, Derik and Tal Tamr"
            container = containers.get(e + 1 + len(after[1:]) - len(after[1:].lstrip())) if after[:1] == "," else None
            if not strong and container and _LIST_ITEM_END.match(text, container.end) and not _inside(s, headlines) \
                    and self._place_shaped(name, s, e, text, (), headlines):
                strong = True  # put in a region the table knows: "Knockhill, Fife", "Stroud, Ontario"
            if not strong or (facility and (s in starts or _inside(s, headlines)) and not (
                    s in starts and _STREET_NAME.search(name) and name.split()[0].lower() not in _ARTICLES
                    and self.word_frequency(name.split()[0].lower()) < 5.5)):
                continue  # (a street opens a sentence as well as any name: "Royal Street was the return route")
            if facility:  # streets and sites are places, but not the gazetteer's kind: no suggestions
                out.append(Mention(s, e, name, (), False, "related" if _inside(s, related) else "literal",
                                   _qualifier(before), unresolved=True, evidence=0.5))
                covered[s:e] = b"\x01" * (e - s)
                continue
            words = name.split()
            if _SPEAKER_BEFORE.search(before) and after[:1] == ",":
                continue  # '"...," said Alfredo Huillca, a leader from the district of ...': the speaker
            if self.word_frequency(words[0].lower()) >= 4.0 and not (len(words) > 1 and words[0].lower() in DIRECTIONS):
                continue  # (but "residents of West Lebanon": a direction before a name is part of a place's name)
            if len(words) == 1 and _a_surname_in(text, name):
                continue  # "channels open to Maduro" in a report on "President Nicolas Maduro"
            # a place-shaped name may be a transliteration variant of a known place ("Hajjin" for Hajin)
            variants = tuple(c for c in self.matcher.gazetteer.lookup(name) if c.flags & LOOSE)
            if variants:
                out.append(Mention(s, e, name, variants, True, "related" if _inside(s, related) else "literal",
                                   _qualifier(before), evidence=0.6))
                covered[s:e] = b"\x01" * (e - s)
                continue
            suggestions = tuple(self.matcher.gazetteer.suggest(name, 3))
            out.append(Mention(s, e, name, (), False, "related" if _inside(s, related) else "literal",
                               _qualifier(before), unresolved=True, evidence=0.6, suggestions=suggestions))
            covered[s:e] = b"\x01" * (e - s)
        return out


def _a_surname_in(text: str, name: str) -> bool:
    """Whether the report gives the name after a given name or a title somewhere ("President Nicolas Maduro")."""
    for m in re.finditer(r"\b([A-Z][\w’'-]*)\.?[^\S\n]+" + re.escape(name) + r"\b", text):
        w = m.group(1).lower()
        if _is_first_name(w) or w in TITLES:
            return True
    return False


_WATER_HEADS = frozenset({"Gulf", "Bay", "Sea", "Strait", "Straits", "Lake", "Sound"})
_OF_NAME_AFTER = re.compile(r" of (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}")
_WATER_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_WATER_HEADS)) + r") of (?:the )?\Z")
_NICKNAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]+ [\"“]\Z")
_NICKNAME_SURNAME_AFTER = re.compile(r" [\"“][A-Z][^\"”\n]{0,28}[\"”] ([A-Z][\w’'-]+)")
_NICKNAME_AFTER = re.compile(r"[\"”] [A-Z][a-z]")


def _is_nickname(text: str, s: int, e: int) -> bool:
    """A name in quotes between a given name and a surname is a nickname: 'Joaquin "El Chapo" Guzman'."""
    return bool(_NICKNAME_AFTER.match(text, e) and _NICKNAME_BEFORE.search(text, max(0, s - 30), s))


_PUBLIC_SITE = re.compile(r"\b(?:National|State|Provincial|Regional|Marine|Memorial|Game|Nature|Wildlife) [A-Z]\w+$")


def _titled(name: str, before: str) -> bool:
    """Whether a title opens the name or stands just before it ("Judge C. Ashley Pike")."""
    words = name.split()
    return any(w.lower().rstrip(".") in TITLES for w in words[:-1]) or bool(_TITLED_BEFORE.search(before))


def _is_brand_possessive(text: str, m: Match) -> bool:
    """"McDonald's is asking", "a spokeswoman for McDonald's.", "ate at a McDonald's": a possessive that
    stands for a noun, or one after "a", is a shop's or a company's name."""
    return bool(_BRAND_POSSESSIVE_AFTER.match(text, m.end)) or (
        text[m.end:m.end + 2] in ("'s", "’s") and bool(_ARTICLE_BEFORE.search(text, max(0, m.start - 4), m.start)))


def _follows_a_place(text: str, s: int, e: int, covered: bytearray) -> bool:
    """Whether the name at s:e is an item of a list of places: after a place mention and a list gap (", ",
    " and ", ", and ", " or "), and before another gap or the end of the clause ("In Japan, Tamiflu is" is
    no list), or closing a list of three ("Lindale, Cave Spring and Armuchee spoke")."""
    for gap in (", ", " and ", ", and ", " or "):
        n = len(gap)
        if s > n and text[s - n:s] == gap and covered[s - n - 1]:
            if _LIST_ITEM_END.match(text, e):
                return True
            if gap.endswith("and ") or gap == " or ":  # the last item: is there an item before the previous one?
                j = s - n - 1
                while j > 0 and covered[j - 1]:
                    j -= 1
                return text[j - 2:j] == ", " and bool(covered[j - 3]) if j >= 3 else False
    return False


_LIST_ITEM_END = re.compile(r"[,.;:)]|\s+(?:and|or)\s|[ \t]*(?:\n|$)")


def _list_ending_at(text: str, mentions: list[Mention], i: int) -> list[int]:
    """The mentions of the list that ends with mentions[i] ("Una and Sava", "Bryansk, Kursk and Belgorod"), last
    first: those before it that list gaps join to it."""
    items = [i]
    while items[-1] > 0 and _LIST_GAP.fullmatch(text, mentions[items[-1] - 1].end, mentions[items[-1]].start):
        items.append(items[-1] - 1)
    return items


def _share_region_hint(text: str, mentions: list[Mention]) -> None:
    """"the Bryansk, Kursk and Belgorod regions": a plural region word after a list is every item's; so is
    "townships" ("Hamburg, Putnam and Marion townships": no German city among them)."""
    for i in range(len(mentions) - 1, 0, -1):
        hint = mentions[i].kind_hint
        if not ((hint == "region" and _PLURAL_REGION_AFTER.match(text, mentions[i].end))
                or (hint == "division" and _PLURAL_DIVISION_AFTER.match(text, mentions[i].end))):
            continue
        for j in _list_ending_at(text, mentions, i):
            mentions[j].kind_hint = hint


def _share_settlement_hint(mentions: list[Mention]) -> None:
    """A name the report once calls a town is that town wherever it gives no other hint: "the town of Antigua"
    ... "Ash fell on Antigua" is Antigua Guatemala both times, not the country Antigua and Barbuda. (Not where a
    region of the town's country has the name: "the city of Santa Cruz" and "the heartland of Santa Cruz" are the
    Bolivian city and its department.)"""
    towns = {m.text for m in mentions if m.kind_hint == "settlement"}
    for m in mentions:
        if m.kind_hint is None and m.text in towns:
            countries = {c.place.country for c in m.candidates if c.place.kind in _SETTLEMENT_KINDS}
            if not any(c.place.kind in _REGION_KINDS and c.place.country in countries for c in m.candidates):
                m.kind_hint = "settlement"


def _share_water_noun(text: str, mentions: list[Mention]) -> None:
    """"the Una and Sava rivers": a plural water noun after a list makes every item's water its reading where the
    table has one (Sava is the river, not Madagascar's SAVA region)."""
    for i in range(len(mentions) - 1, -1, -1):
        if not _PLURAL_WATER_AFTER.match(text, mentions[i].end):
            continue
        for j in _list_ending_at(text, mentions, i):
            waters = tuple(c for c in mentions[j].candidates if c.place.kind in ("river", "lake"))
            if waters and not mentions[j].unresolved:
                mentions[j].candidates = waters


def _share_list_kind(text: str, mentions: list[Mention]) -> None:
    """"Oregon, Tennessee, Utah, Virginia, Washington and Wisconsin": in a list whose every item can be a
    state or province, and some can only be one, the others are states too (not Washington, D.C.).
    "Idlib and Aleppo" stay cities: neither name is only a province's."""
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and _LIST_GAP.fullmatch(text, mentions[j].end, mentions[j + 1].start):
            j += 1
        chain = mentions[i:j + 1]
        # (two names with a comma between are a town and its state as often as a list: "San Jose, California")
        pair = len(chain) == 2 and text[chain[0].end:chain[1].start] in (", ", ",")
        if len(chain) >= 2 and not pair and all(any(c.place.kind == "admin1" for c in m.candidates) for m in chain) \
                and any(_only_a_province(m) for m in chain):
            for m in chain:
                if m.kind_hint is None:
                    m.kind_hint = "region"
        elif len(chain) >= 2 and _REGIONS_OF_BEFORE.search(text, max(0, chain[0].start - 30), chain[0].start):
            for m in chain:  # "the provinces of Mendoza, Tucumán and Salta": each a province, whatever its city
                if m.kind_hint is None and any(c.place.kind == "admin1" for c in m.candidates):
                    m.kind_hint = "region"
        i = j + 1


def _only_a_province(m: Mention) -> bool:
    return not any(c.place.kind in ("country", "city", "town") and c.place.population >= 100_000 for c in m.candidates)


# countries whose first-level regions news names after a person's name as a second place ("Austin Texas")
_STATE_COUNTRIES = frozenset({"US", "CA", "AU", "MX", "BR", "IN", "NG", "DE"})
_NOT_A_SURNAME_AFTER = re.compile(r"['’]s\s+(?:capital|state|province|county|city)\b|\s+(?:state|province|county)\b")


def _a_state_by_name(cands) -> bool:
    """Whether some reading is a country or a first-level region by its own name ("Texas"), not by an alternate
    one ("Holland" for the Netherlands) nor a county ("Kilkenny")."""
    return any(c.flags & PRIMARY and (c.place.kind == "country" or (c.place.kind == "admin1" and c.place.country in
                                                                      _STATE_COUNTRIES)) for c in cands)


def _a_city_of_millions(m: Mention) -> bool:
    return any(c.place.kind in ("city", "town") and c.place.population >= 1_000_000 for c in m.candidates)


def _link_containers(text: str, mentions: list[Mention]) -> None:
    """"Alexandria, Louisiana" and "Hajin in Deir ez-Zor province": the second names where the first is."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end:b.start]
        if a.kind_hint == b.kind_hint == "region" and gap in (", ", ",") and not is_dateline(text, a.start, a.end):
            continue  # items of one list of regions, not a region and its country (but "VICTORIA, British Columbia -")
        if gap in (", ", ",") and i + 2 < len(mentions) and _LIST_GAP.fullmatch(text, b.end, mentions[i + 2].start) \
                and _a_city_of_millions(b) and _a_city_of_millions(mentions[i + 2]):
            continue  # a list of cities, not a town and its region: "partners in Washington, London and Brasilia"
        if gap in (", ", ",") or _IN_CONTAINER_GAP.fullmatch(gap) or _CAPITAL_OF_GAP.fullmatch(gap):
            if any(c.place.kind in ("country", "admin1", "admin2", "region") for c in b.candidates):
                a.container = i + 1
                a.container_worded = gap not in (", ", ",")
    # a country's possessive or its people's adjective before a town names the town's country: "Lebanon's northern
    # port city of Tripoli", "the Mexican city of Guadalajara" (where the town has a reading there)
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if b.container is None and _OWN_PLACE_GAP.fullmatch(text, a.end, b.start) \
                and (a.demonym or text[a.end:a.end + 1] in ("'", "’")):
            countries = {c.place.country for c in a.candidates if c.place.kind == "country"}
            if any(c.place.country in countries and c.place.kind not in ("country", "continent") for c in b.candidates):
                b.container = i
                b.container_worded = True


def _link_frames(text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> None:
    """A sentence that opens "In <state or country>," sets the scene for the places it names after: "In Washington
    state, 73 people have been infected in Clark County" (a hint among namesakes, weaker than a container); so does
    a country named just before a first-level region of its own, or before a town of its own in the same sentence."""
    ends = dict(sentences)
    for i, r in enumerate(mentions):
        end = ends.get(r.start - 3)
        if end is None or text[r.start - 3:r.start] != "In " or not _FRAME_AFTER.match(text, r.end) \
                or not any(c.place.kind in ("country", "admin1") for c in r.candidates):
            continue
        for m in mentions[i + 1:]:
            if m.start >= end:
                break
            if m.container is None:
                m.frame = i
    # ... and so does a country named just before a first-level region of its own, in this sentence or the last:
    # "in the United States, where Florida reported", "to the United States. Many have settled in Florida" (not
    # Uruguay's or Puerto Rico's Florida in a report on South America)
    starts = [s for s, _ in sentences]
    for i, m in enumerate(mentions):
        if m.frame is not None or m.container is not None or m.role == "modifier" \
                or any(c.place.kind == "country" for c in m.candidates):  # (nor the country again: "Panama's coast")
            continue
        held = {c.place.country for c in m.candidates if c.place.kind == "admin1"}  # countries with a region so named
        k = bisect.bisect_right(starts, m.start) - 2  # the sentence before this one
        if not held and all(c.place.kind in _SETTLEMENT_KINDS for c in m.candidates):
            # ... or a town, named in the same sentence as its country: "in Germany, where he was stationed near
            # Stuttgart" (not Stuttgart, Ark., in a Minnesota obituary)
            held, k = {c.place.country for c in m.candidates}, k + 1
        if not held or len({c.place.country for c in m.candidates}) < 2:
            continue
        since = starts[k] if k >= 0 else 0
        for j in range(i - 1, -1, -1):
            prev = mentions[j]
            if prev.start < since:
                break
            countries = {c.place.country for c in prev.candidates if c.place.kind == "country"}
            if countries:  # (a country by its own name: not "Holland State Park" before Zeeland, Michigan)
                if countries & held and len(countries) == 1 and prev.role != "modifier" \
                        and any(c.place.kind == "country" and c.flags & PRIMARY for c in prev.candidates):
                    m.frame = j
                break


_FRAME_AFTER = re.compile(r"(?: state| province)?,")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# a structure named after a place, in lower case: "the Halfaya bridge", "the Sharara field", "the Mosul dam"
# (the place lies where the structure does: a namesake far from the report's places is not it)
_THE_BEFORE = re.compile(r"\b[Tt]he $")
# ... or "the" and a side of it: "in the central Pacific", "the upper Mississippi"
_THE_SIDE_BEFORE = re.compile(r"\b[Tt]he (?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                              r"north-?eastern|north-?western|south-?eastern|south-?western|upper|lower|middle) )?$")
_FACILITY_AFTER = re.compile(r" (?:bridge|dam|crossing|airport|air ?base|base|camp|refinery|checkpoint|prison|"
                             r"stadium|oil ?field|gas ?field|gold ?field|field|mine|plant|pipeline|port|border crossing|"
                             r"wharf|wharve|quarry|quarrie|mill)s?\b")
_TITLED_ITEM_AFTER = re.compile(r",\s+[A-Z][\w.]*\s+[A-Z][a-z]")  # "Freeland, U.S. Trade Representative": no list
_NATIVE_BEFORE = re.compile(r"\b(?:American|Native|Plains|Alaska|Alaskan)\s+$")
_NATIVE_AFTER = re.compile(r"\s+(?:[Rr]eservations?|Reserves?|[Tt]ribes?|[Tt]ribal|Nations?|Country|Affairs|Health Service|"
                           r"Child Welfare|Gaming|Casino|Community|Communities|Territory)\b")
_ORG_NAME_AFTER = re.compile(r"(?: [A-Z][a-z]+){1,2} ([A-Z][a-z]+)\b")  # a name's last word, one or two words on
_WATER_KINDS = frozenset({"river", "lake", "sea", "island", "mountain", "desert", "valley", "region"})
_PLURAL_WATER_AFTER = re.compile(r" (?:rivers|lakes)\b")
_WATER_NOUN_AFTER = re.compile(r" (?:river|lake|peninsula|atoll|archipelago|mountains|desert|plateau|delta|gulf|strait|"
                               r"lagoon|estuary|glacier|volcano)\b")
_PREV_WORD = re.compile(r"([^\W\d_][\w’'.-]*)\.?\Z")
_NEXT_CAP_WORD = re.compile(r"(?:'s|’s)?[^\S\n]([A-Z][\w’'-]+)")


def _prev_word(before: str) -> str | None:
    """The word before a name ("Col." -> "Col."), from the last whitespace-separated chunk."""
    if not before[-1:].isspace() or "\n" in before[len(before.rstrip()):]:
        return None  # (a word on the line above is no title or given name of this one)
    chunk = before.rsplit(None, 1)[-1:] if before.strip() else ()
    m = _PREV_WORD.search(chunk[0]) if chunk else None
    return m.group(1) if m else None


def _next_cap_word(after: str) -> str | None:
    m = _NEXT_CAP_WORD.match(after)
    return m.group(1) if m else None


_QUALIFIER = re.compile(r"\b(" + "|".join(sorted(DIRECTIONS, key=len, reverse=True)) + r")(\s+of)?\s+(?:the\s+)?$", re.I)


_DIRECTION_STEM = re.compile(r"(?i)north|south|east|west|central|upper|lower|greater|inner|outer")


def _qualifier(before: str) -> str | None:
    if not before[-1:].isspace() or not _DIRECTION_STEM.search(before, len(before) - 30):
        return None  # (the anchored pattern below is slow to fail: most names have no direction before them)
    m = _QUALIFIER.search(before)
    if not m:
        return None
    return (m.group(1).lower() + (" of" if m.group(2) else ""))


def _after_quote_start(text: str, pos: int, starts: set[int]) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in "\"'“‘([ ":
        j -= 1
    return j < 0 or text[j] == "\n" or (j + 1) in starts


def _lies_in(cands, containers) -> bool:
    """Whether some reading of a name lies in a first-level region or a country that the next name reads as."""
    regions = {(c.place.country, region_key(c.place.name)) for c in containers if c.place.kind == "admin1"}
    countries = {c.place.country for c in containers if c.place.kind == "country"}
    return any(c.place.country in countries or (c.place.admin1 and (c.place.country, region_key(c.place.admin1)) in regions)
               for c in cands if c.place.kind not in _MAJOR_KINDS)


def _weightiest(cands):
    """The reading that weighs most before context: the user's, then a country, region or large feature, then
    the most populous."""
    return max(cands, key=lambda c: (c.user, c.place.kind in _MAJOR_KINDS, c.place.population))


def _is_major(c) -> bool:
    """A place that outweighs the everyday readings of its name: a user's entry, a country, region or
    large feature, or a city of 100,000."""
    return c.user or c.place.kind in _MAJOR_KINDS or c.place.population >= 100_000


@lru_cache(maxsize=4096)
def _is_armed_group(name: str) -> bool:
    """Whether a name is one the table of actors knows as an armed group ("Hamas", "Taliban", "RSF")."""
    actor = normalise_actor(name)
    return actor is not None and name.lower() not in _NOT_GROUP_WORDS and actor_kind(actor) in ("non-state", "coalition")


def _is_first_name(word: str) -> bool:
    """"Sean", and double given names: "Kerry-Ann", "Jean-Pierre"; accents as the dictionary spells them
    ("Sébastien" is its "sebastien")."""
    names = first_names()
    if not word.isascii():
        word = fold_accents(word)
    return word in names or ("-" in word and all(part in names for part in word.split("-")))


def _is_place_word(word: str) -> bool:
    return word in PLACE_NOUNS or word in DIRECTIONS


_SITE_TAIL = re.compile(r"(?:[^\S\n][A-Z][\w’'-]+){1,3}")


def site_name_end(text: str, end: int) -> int:
    """Where the site a name heads ends: "Kennedy" + " Center", "Carnegie" + " Library" ("end" if none)."""
    tail = _SITE_TAIL.match(text, end)
    if not tail:
        return end
    best, pos = end, end
    for word in tail.group().split():
        pos = text.index(word, pos) + len(word)
        if word.lower() in SITE_WORDS:
            best = pos
    return best


def recognize(text: str, matcher: Matcher, related: list[tuple[int, int]] | None = None) -> list[Mention]:
    return Recognizer(matcher)(text, related)

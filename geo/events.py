"""What happened where and when: ACLED-style events from the sentences of one report.

A sentence yields an event when a trigger of news English ("clashed", "air strike", "surrendered",
"protesters") stands in it un-hedged. The event takes its place from a literal toponym of the same
sentence that the syntax ties to it ("in/at/near/into X", the object of "shelled X"), never from a
place people come from ("fighters from X", "hail from X"), a container ("Mosul in Iraq"), a border
("the border with X") or a speaker ("officials in X said"); with none, the report's main place stands
in at a coarser precision and a lower confidence. The date is the nearest date phrase, resolved from
publication, or in a quote from the day it was said. Background ("the capture of X in 2017") belongs
to claims, not events.

Surrender is coded "Change to group/activity": ACLED keeps "Other" for what fits nowhere, while a
surrender changes what an armed group does (it stops fighting, disarms), which is that sub-type's remit.
An evacuation or a humanitarian corridor has no sub-type of its own, so it is "Other".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cached_property

from geo.actors import FORCE_WORDS, ActorMention, actor_country, find_actors, government_of
from geo.dates import DateMention, find_dates
from geo.scan import Alternation
from geo.model import Event, Toponym
from gazetteer.place import distance_km
from geo.text import is_dateline, sentence_spans

__all__ = ["extract_events", "count_in", "fatalities_in", "parse_number", "Context", "PlaceLink", "subject_before"]

# ---------------------------------------------------------------- triggers: (pattern, type, sub-type, confidence)
_TERRITORY = "territory"  # resolved to a Battles sub-type by who took the place
# "the country battles its worst outbreak", "firefighters fought the blaze": a fight against no armed foe
_NOT_A_FOE = (r"(?!\s+(?:against\s+)?(?:[\w'-]+\s+){0,3}"
              r"(?:outbreaks?|virus|viruses|pandemic|epidemic|fires?|wildfires?|bushfires?|blazes?|flames|floods?|flooding"
              r"|disease|cancer|illness|inflation|drought|covid|coronavirus|injur\w*|addiction|corruption|poverty)\b)")
_TRIGGERS = (
    (r"suicide (?:car |truck )?(?:bomb(?:s|ings?|ers?)?|attacks?|attackers?|blasts?)|blew (?:himself|herself|themselves) up"
     r"|(?:suicide|explosive) vests?", "Explosions/Remote violence", "Suicide bomb", 0.85),
    (r"air ?strikes?|air raids?|air attacks?|drone (?:strikes?|attacks?)"
     r"|(?:warplanes?|war ?planes?|fighter jets?|jets|aircraft|helicopters?) (?:struck|bombed|hit|pounded|targeted|attacked)"
     r"|drones? (?:struck|hit|attacked|targeted|slammed into)|(?:guided|glide|barrel|cluster) bombs?"
     r"|bombing raids?|helicopter gunships?|aerial (?:bombardment|attacks?)|bombed from the air",
     "Explosions/Remote violence", "Air/drone strike", 0.85),
    (r"shell(?:ing|ed|s)\b|artillery|mortars?(?: (?:fire|rounds|shells))?|rocket (?:attacks?|fire)|fired rockets"
     r"|rockets? (?:hit|struck|slammed|landed)|missile (?:strikes?|attacks?)|missiles? (?:hit|struck|slammed)"
     r"|(?:ballistic|cruise) missiles?", "Explosions/Remote violence", "Shelling/artillery/missile attack", 0.8),
    (r"land ?mines?|IEDs?|improvised explosive devices?|roadside bombs?|car bombs?|booby[- ]trap(?:s|ped)?"
     r"|explosive devices?|(?:bomb|blast|explosion)s? (?:exploded|went off|ripped|tore)|bomb (?:blasts?|attacks?|explosions?)"
     r"|bombing|explosions?|blasts?|detonated", "Explosions/Remote violence", "Remote explosive/landmine/IED", 0.75),
    (r"(?:hand )?grenades?", "Explosions/Remote violence", "Grenade", 0.75),
    (r"chemical (?:attacks?|weapons?)|chlorine gas|sarin|nerve agent|toxic gas", "Explosions/Remote violence",
     "Chemical weapon", 0.8),
    (r"captured|seized|overran|took (?:full )?control of|took over|wrested (?:control of|\w+ from)|fell to|retook|recaptured"
     r"|regained (?:control of)?|liberated|(?:the )?(?:capture|fall|recapture|liberation|seizure) of"
     r"|(?:advanced|pushed|moved|rolled) (?:deeper |further )?into",
     "Battles", _TERRITORY, 0.75),
    (r"clash(?:es|ed)?|gun ?battles?|fire ?fights?|(?:fought|fighting|battl(?:e|es|ed|ing)\b)" + _NOT_A_FOE +
     r"|skirmish(?:es)?|ambush(?:es|ed)?"
     r"|assault(?:s|ed)?\b|offensive|exchanged fire|shooting into|stormed|attempted to overrun|(?:repelled|repulsed) (?:\w+ ){0,2}attacks?"
     r"|attacked (?:an? |the )?(?:\w+ )?(?:checkpoint|base|post|position|convoy|outpost|barracks|patrol|troops|soldiers)"
     r"|(?:attack|assault|raid)s? on (?:an? |the )?(?:\w+ )?(?:checkpoint|base|post|position|convoy|outpost|barracks|patrol"
     r"|army camp|military camp)",
     "Battles", "Armed clash", 0.7),
    (r"execut(?:ed|ions?|ing)|behead(?:ed|ings?)?|massacre[ds]?|(?:killed|shot dead|gunned down|murdered|slaughtered) "
     r"(?:\w+ ){0,3}(?:civilians|villagers|worshippers|residents|farmers|passengers|women|children|aid workers|journalists?"
     r"|people)"
     r"|opened fire on (?:\w+ ){0,2}(?:civilians|villagers|worshippers|residents|a crowd|passengers|a market|a mosque|a church)"
     r"|(?:attack|assault|raid)s? on (?:the |a )?(?:\w+ )?(?:villages?|hamlets?|markets?|displacement camps?"
     r"|camps? for displaced people|hospitals?|schools?|mosques?|churches|church)",
     "Violence against civilians", "Attack", 0.75),
    (r"abduct(?:ed|ions?|ing)|kidnap(?:ped|pings?)?|taken hostage|took (?:\w+ ){0,3}hostage|seized (?:\w+ ){0,3}hostages"
     r"|forcibly disappeared", "Violence against civilians", "Abduction/forced disappearance", 0.75),
    (r"raped|rapes|sexual (?:violence|assaults?|abuse)", "Violence against civilians", "Sexual violence", 0.7),
    (r"surrender(?:ed|s|ing)?|laid down (?:their )?(?:arms|weapons)|gave themselves up|handed themselves (?:over|in)"
     r"|defected|disbanded|pledged allegiance", "Strategic developments", "Change to group/activity", 0.75),
    (r"arrest(?:ed|s|ing)?|detained|rounded up|taken into custody|apprehended", "Strategic developments", "Arrests", 0.7),
    (r"handed (?:over )?control|transferred control|handed over (?:\w+ ){0,3}to|without (?:a fight|resistance)"
     r"|peacefully (?:handed|withdrew|withdrawn)", "Strategic developments", "Non-violent transfer of territory", 0.7),
    (r"evacuat(?:ed|ion|ions|ing)|fled|fleeing|(?:humanitarian )?corridor|left in a (?:group|convoy)|convoy of (?:trucks|buses|vehicles)",
     "Strategic developments", "Other", 0.55),
    (r"cease-?fire|truce|peace (?:deal|agreement|accord)|signed (?:an? )?(?:agreement|deal|accord)|prisoner (?:swap|exchange)",
     "Strategic developments", "Agreement", 0.6),
    (r"intercepted|shot down|defused|downed (?:\w+ ){0,2}(?:drones?|missiles?|aircraft)", "Strategic developments",
     "Disrupted weapons use", 0.65),
    (r"loot(?:ed|ing)|torched (?:\w+ ){0,2}(?:homes|houses|shops)|demolished|razed|burned down|set fire to (?:homes|houses|shops)",
     "Strategic developments", "Looting/property destruction", 0.6),
    (r"(?:set up|established|opened) (?:an? |its |their )?(?:new )?(?:military )?(?:base|headquarters|outpost)",
     "Strategic developments", "Headquarters or base established", 0.6),
    (r"protest(?:ed|s|ers|ing)?|demonstrat(?:ed|ions?|ors)|rall(?:y|ies|ied)\b|marched|sit-ins?|took to the streets",
     "Protests", "Peaceful protest", 0.7),
    (r"riot(?:s|ed|ers|ing)?|(?:hurled|threw) (?:stones|rocks|petrol bombs|molotov cocktails)|stone-throwing",
     "Riots", "Violent demonstration", 0.75),
    (r"lynch(?:ed|ing)?|mob (?:attacked|killed|beat)|vigilantes", "Riots", "Mob violence", 0.7),
)
_TRIGGERS_SCAN = Alternation((f"(?P<t{i}>{p})" for i, (p, *_rest) in enumerate(_TRIGGERS)), re.IGNORECASE,
                             head=r"(?<![\w-])", tail=r"(?![\w-])")  # tried only where a trigger can start
_TRIGGER_RE = _TRIGGERS_SCAN.regex
_ACRONYMS = ("ied", "ieds")  # triggers that count only in upper case ("ied" is no bomb)

# Sentence-level refinements.
_INTERVENTION = re.compile(r"tear ?gas|rubber bullets|water cannons?|dispersed|batons?|stun grenades|arrested (?:\w+ ){0,2}protesters",
                           re.IGNORECASE)
_EXCESSIVE = re.compile(r"(?:shot|killed|opened fire on|live (?:fire|ammunition|rounds)(?: on)?) (?:\w+ ){0,3}(?:protesters|demonstrators)"
                        r"|(?:protesters|demonstrators) (?:were|was) (?:shot|killed)", re.IGNORECASE)
_RIOT_CUE = re.compile(r"(?:hurled|threw) (?:stones|rocks|petrol bombs)|torched|set fire to|clashed with (?:police|security)|rioted",
                       re.IGNORECASE)
_CAMPAIGN = re.compile(r"\b(?:campaign\w*|election\w*|electoral|voters?|votes?|candidates?|party (?:workers|leaders?|faithful)"
                       r"|political rally|(?:victory|campaign|party|election) rally|thanked|addressed|speech|pro-government)\b",
                       re.IGNORECASE)
_RETAKE = re.compile(r"\bre(?:took|captured|gained|capture)|liberat", re.IGNORECASE)

# Hedges: a trigger that is wished, feared, denied or only possible is no event.
_HEDGE_BEFORE = re.compile(
    r"\b(?:would|could|might|may|will|shall|vowed to|threaten(?:ed|s)? to|plans? to|planning to|aims? to|intends? to"
    r"|expected to|thought to have|believed to have|fear|fears|feared|warned of|risk of|threat of|if|unless|denied|deny|denies"
    r"|not|no|never|ready to|prepar\w+ (?:for|to)|call(?:ed|s)? for|seeks? to|wants? to)\s+(?:\w+\s+){0,2}$"
    r"|\bthreaten(?:ed|s|ing)?\s+(?:\w+\s+){0,3}$"  # "Ankara has threatened a new ground offensive"
    r"|\b(?:condemn|denounc|deplor|mourn)\w*\s+(?:the\s+|this\s+|that\s+|Sunday's\s+|\w+'s\s+)?$"  # a reaction to one told of"
    r"|(?<!attempted )(?<!tried )(?<!sought )(?<!began )(?<!continued )(?<!started )\bto\s+$",
    re.IGNORECASE,
)
_KILLING = re.compile(r"(?:killed|shot dead|gunned down|murdered|slaughtered) ", re.IGNORECASE)
_TALKS_AFTER = re.compile(r"\s+(?:talks|negotiations|negotiators|proposals?|plans?|efforts?|bids?|mediators?|"
                          r"deal talks)\b", re.IGNORECASE)
_BROKEN_BEFORE = re.compile(r"\b(?:violat\w*|violations? of|breach\w*(?: of)?|broke|breaking|broken|collapse of|"
                            r"end(?:ed)?(?: of)?)\s+(?:the\s+|a\s+|its\s+|their\s+)?$", re.IGNORECASE)
_CRIME = re.compile(r"\b(?:burglar\w*|robber(?:y|ies)|theft|stole|stolen|shoplift\w*|murder\w*|homicide|assault(?:ed)? (?:a|his|her)|"
                    r"drunk|DUI|DWI|drug (?:dealing|charges?|possession)|fraud|sentenced|pleaded guilty|charged with)\b",
                    re.IGNORECASE)
_POLITICAL = re.compile(r"\b(?:protest\w*|demonstrat\w*|activists?|opposition|dissidents?|journalists?|militants?|rebels?|"
                        r"insurgents?|terror\w*|jihad\w*|extremists?|coup|junta|separatists?|militia\w*|army|troops|"
                        r"soldiers|military|armed group|Islamic State|al-Qaeda|al-Shabaab|Boko Haram|Taliban|Hamas|"
                        r"Hezbollah|election\w*|regime|government critics?|blasphemy|sedition|treason)\b", re.IGNORECASE)
_DISASTER = re.compile(r"\b(?:typhoons?|hurricanes?|cyclones?|earthquakes?|tsunamis?|floods|flooding|landslides?|"
                       r"wildfires?|bushfires?|volcan\w*|eruptions?|tropical storms?)\b", re.IGNORECASE)
# a dispute, not a fight: "EU leaders clash over migrant quotas", "clashed with ministers over the budget"
_VERBAL_CLASH_AFTER = re.compile(r"\s+(?:over|about)\b|\s+with\s+(?:\w+\s+){0,3}?(?:leaders?|ministers?|lawmakers|officials|"
                                 r"politicians|critics|opponents|rivals|counterparts?|partners|allies|colleagues|"
                                 r"regulators|unions?|the (?:president|prime minister|governor|chancellor))\s+(?:over|about|on)\b",
                                 re.IGNORECASE)
_HAZARD = re.compile(r"\b(?:floods?|flooding|landslides?|mudslides?|earthquakes?|quakes?|storms?|cyclones?|typhoons?"
                     r"|hurricanes?|tornado(?:es)?|heat ?waves?|rains?|downpours?|avalanches?|wildfires?|bushfires?|blazes?"
                     r"|fires?|lightning|droughts?|famine|cholera|outbreaks?|epidemic|virus|disease|accidents?|crash(?:es)?"
                     r"|collapsed?|stampede|capsized?)\b", re.IGNORECASE)
_HEDGE_AFTER = re.compile(r"^[^.;,]{0,40}\b(?:would|could|might|will)\b", re.IGNORECASE)
_ELSEWHERE = re.compile(r"^\s*(?:\w+\s+){0,2}(?:in|across)\s+(?:other|several|many|various|some|different)\s+(?:areas|parts|places|"
                        r"towns|regions|countries|cities)|^\s*(?:\w+\s+){0,2}elsewhere", re.IGNORECASE)

# ---------------------------------------------------------------- place linking
_QUAL = (r"the|a|an|its|their|his|her|rural|northern|southern|eastern|western|central|north|south|east|west|"
         r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|upper|lower|outskirts|edge|heart|"
         r"center|centre|part|parts|of|town|towns|city|cities|village|villages|hamlet|province|district|region|area|areas|"
         r"governorate|county|countryside|suburbs?|neighbou?rhoods?|camp|frontline|front-?line|besieged|embattled|strategic|"
         r"key|nearby|enclave|port|capital|state|territory|oblast|near|close to|just|outside|kilometres|kilometers|miles|km|\d+"
         r"|(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ch))"  # a people's adjective: "struck the Ukrainian cities of Kharkiv"
         r"|(?-i:[A-Z][a-z]+['’]s)|[\w]+-(?:held|controlled|run|occupied|besieged)")  # "on Yemen's Houthi-held capital"
_CUE = re.compile(
    rf"\b(?P<prep>spread(?:s|ing)? (?:to|into)|in|at|near|into|on|outside|inside|around|across|throughout|within|through|along|"
    rf"from|toward|towards|to|of|"
    rf"hit|struck|shelled|bombed|stormed|captured|seized|attacked|raided|entered|besieged|targeted|targeting|pounded|"
    rf"overran|retook|recaptured|took)\s+(?:(?:{_QUAL})\s+)*$",
    re.IGNORECASE,
)
_CUE_STRENGTH = {"from": 0.6, "of": 0.5, "toward": 0.35, "towards": 0.35, "to": 0.35}
_NEAR = re.compile(r"\b(?:near|outskirts|outside|close to|north of|south of|east of|west of|kilometres|kilometers|miles|km)\b",
                   re.IGNORECASE)
_ORIGIN = re.compile(
    r"(?i:\b(?:hail(?:s|ed|ing)?|come|comes|came|originat\w+|natives?|citizens?|nationals?|recruits?|volunteers?|"
    r"foreign (?:fighters|militants|jihadists))\s+(?:\w+\s+)?(?:from|of)\b|\b(?:fighters|militants|jihadists) from\b)"
    r"(?:,?\s+(?:and|or|a|an|the|number|of|countries|nations|states|places|including|such|as|notably|mainly|mostly"
    r"|neighbou?ring|various|several|many|other|across|all|over|[A-Z][\w'-]*))*,?\s+$",
)
_CONTAINER_GAP = re.compile(r"\s*(?:,|in|,\s*in)\s*")
_BORDER = re.compile(r"\bborders? (?:with|of)\s+(?:the\s+)?$|\bfrontier with\s+(?:the\s+)?$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"^(?:'s?(?:\s+[\w-]+){1,3})?\s+(?:said|says|told|announced|accused|denied|claimed|warned|urged|condemned)\b")
_SPEAKER_BEFORE = re.compile(
    r"\b(?:told reporters|speaking|spoke|said|statement|(?:news|press) conference|briefing|talks|summit|meeting|visit|embassy|"
    r"based|headquartered|correspondent|reporters?)\s+(?:\w+\s+)?(?:in|at|to|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_KIND_WEIGHT = {"village": 1.0, "town": 1.0, "city": 1.0, "landmark": 1.0, "place": 0.95, "admin2": 0.9, "island": 0.8,
                "valley": 0.8, "mountain": 0.8, "admin1": 0.7, "region": 0.7, "desert": 0.5, "river": 0.45, "lake": 0.45,
                "country": 0.45, "sea": 0.4, "continent": 0.2}
_PRECISION = {"village": 1, "town": 1, "city": 1, "landmark": 1, "place": 1, "admin2": 2, "island": 2, "valley": 2,
              "mountain": 2, "desert": 2, "river": 2, "lake": 2, "admin1": 3, "region": 3, "country": 3, "sea": 3,
              "continent": 3}
_CONTAINER_KINDS = ("admin1", "admin2", "region", "country", "continent")
_COARSE = ("admin1", "region", "country", "sea", "continent", "desert")
_SPEECH = re.compile(r"\b(?:said|says|told [\w ]{1,25}?|announced|reported|stated|added|confirmed)\s+(?:earlier\s+|late\s+|early\s+)?$",
                     re.IGNORECASE)
_BACKGROUND_DAYS = 90  # an event that ended longer ago than this before publication is background, not news

# ---------------------------------------------------------------- counts
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                                          "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "dozens": 12,
                                          "scores": 12, "hundreds": 100, "a hundred": 100, "thousands": 1000,
                                          "several": 10, "many": 10, "a few": 3}
_NUM = (r"(?:\d{1,3}(?:,\d{3})+|\d+|a dozen|dozens|scores|hundreds|thousands|a hundred|several|a few|"
        + "|".join(w for w in _NUMBER_WORDS if " " not in w and w not in ("dozens", "scores", "hundreds", "thousands",
                                                                        "several", "many", "dozen", "zero")) + r")")
_PEOPLE = (r"(?:fighters|militants|people|civilians|soldiers|troops|members|terrorists|jihadists|rebels|insurgents|policemen|"
           r"police(?:men| officers)?|officers|protesters|demonstrators|children|women|men|residents|villagers|worshippers|"
           r"students|migrants|refugees|persons|gunmen|attackers|hostages|prisoners|detainees|suspects|combatants|militiamen|"
           r"personnel|workers|passengers|journalists|farmers|pilgrims|shoppers|teachers|patients|herders|others|person|soldier|civilian|fighter|militant|man|woman|child)")
_COUNT_RE = re.compile(rf"\b(?P<n>{_NUM})(?:\s+(?:of\s+)?(?:the\s+)?[\w'-]+){{0,2}}?\s+{_PEOPLE}\b(?!\s+of\b)", re.IGNORECASE)
_KILLED_RE = re.compile(
    rf"\b(?:killed|killing|kills|claimed the lives of|death toll (?:rose to|of|reached|climbed to|stood at))\s+"
    rf"(?:(?:at least|some|about|around|nearly|almost|more than|over|up to|an estimated)\s+)?(?P<a>{_NUM})\b"
    rf"|\b(?P<b>{_NUM})(?:\s+[\w'-]+){{0,3}}?\s+(?:(?:were|have been|had been|was|are)\s+)?(?:killed|dead|died)\b",
    re.IGNORECASE,
)


def _lies_within(p, area) -> bool:
    """Whether the report's main place lies in a coarse place named instead: a country holds its towns, a
    province only its own ("around Marib" in a report datelined Sanaa is not Sanaa)."""
    if p.country != area.country:
        return False
    if area.kind in ("country", "continent", "sea", "desert"):
        return True
    return p.admin1 == area.name or distance_km(p.lat, p.lon, area.lat, area.lon) < 75


@dataclass(frozen=True)
class PlaceLink:
    """The place an event or claim is tied to, how precisely, and how sure we are of the tie."""

    toponym: Toponym
    geo_precision: int
    strength: float  # 0..1: 1 for "in X" next to the trigger, lower for a fallback
    fallback: bool = False


_JOINED = re.compile(r"\s*(?:,|and|, and|as well as|alongside|with)\s+(?:[A-Z][\w-]*\s+)?")
_NATIONAL_FORCE = re.compile(r"\s+(?:government |army |military |armed |security |national |special )?" + FORCE_WORDS + r"\b",
                             re.I)
_GENERIC_STATE = re.compile(r"(?i)\b(?:pro-)?government(?:-led)? (?:forces|troops|soldiers)\b|\bregime (?:forces|troops)\b"
                            r"|\bsecurity forces\b|\bthe (?:army|military)\b")


class Context:
    """What a sentence needs from the rest of its report: places, actors, the main place, the day it speaks from.

    Built once per report and shared by events and claims; every method is a pure read of (text, toponyms, date).
    """

    def __init__(self, text: str, toponyms, published: dt.date | None, related_spans=()):
        self.text = text
        self.published = published
        self.related = tuple(related_spans)
        # (a modifier that stands for a place is that place here: "a car bomb in the Iraqi capital" is in Baghdad)
        self.toponyms = tuple(sorted(
            (t if t.role == "literal" else replace(t, place=t.stands_for, role="literal", stands_for=None)
             for t in toponyms if (t.role == "literal" or (t.role == "modifier" and t.stands_for is not None))
             and not self.in_related(t.start, t.end)), key=lambda t: t.start))
        self.modifiers = tuple(t for t in toponyms if t.role == "modifier" and not self.in_related(t.start, t.end))
        self._usable: dict[tuple[int, int], list[Toponym]] = {}
        self._dates_in: dict[tuple, list[DateMention]] = {}
        # a report on a typhoon or an earthquake: its evacuations are the disaster's, not a conflict's
        self.disaster = _DISASTER.search(text) is not None
        # ... and a report on a burglary or a bar shooting, with no armed group, protest or politics in it, is
        # police news: its arrests are no political event
        self.crime_report = _CRIME.search(text) is not None and _POLITICAL.search(text) is None

    _last: tuple = (None, None)  # (key, Context) of the last report: extract_claims follows extract_events on it

    @classmethod
    def of(cls, text: str, toponyms, published: dt.date | None, related_spans=()) -> Context:
        """The Context of a report, shared by the events and the claims of the same (text, toponyms, date, related spans)."""
        key = (text, tuple(toponyms), published, tuple(related_spans))
        last_key, ctx = cls._last
        if last_key is None or last_key[0] is not text or last_key != key:
            ctx = cls(text, key[1], published, key[3])
            cls._last = (key, ctx)
        return ctx

    # -- spans
    def in_related(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.related)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return [(s, e) for s, e in sentence_spans(self.text) if not self.in_related(s, e)]

    @cached_property
    def actors(self) -> list[ActorMention]:
        named = [m for m in find_actors(self.text) if not self.in_related(m.start, m.end)]
        named += self._national_forces(named)
        return sorted(named + self._generic_state_forces(named), key=lambda m: m.start)

    def _national_forces(self, named: list[ActorMention]) -> list[ActorMention]:
        """"Malian troops", "Chadian soldiers": a country's adjective before a force word is that state's forces,
        for every country the table of actors does not list by name."""
        out = []
        for t in self.modifiers:
            if t.place is None or t.place.kind != "country":
                continue
            m = _NATIONAL_FORCE.match(self.text, t.end)
            if m is None or self.in_related(t.start, m.end()) \
                    or any(a.start < m.end() and t.start < a.end for a in named):
                continue
            out.append(ActorMention(t.start, m.end(), self.text[t.start:m.end()], government_of(t.place.country), "state"))
        return out

    @cached_property
    def focus_country(self) -> str | None:
        """The country most of the report's literal places are in: whose "government forces" a report means."""
        counts: dict[str, int] = {}
        for t in self.toponyms:
            if t.place is not None and t.place.country:
                counts[t.place.country] = counts.get(t.place.country, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def _generic_state_forces(self, named: list[ActorMention]) -> list[ActorMention]:
        """"Government forces", "the army", "security forces" with no country named: the focus country's."""
        government = government_of(self.focus_country)
        national = [a for a in named if a.kind == "state" and a.actor != "Police forces"]
        out = []
        for m in _GENERIC_STATE.finditer(self.text):
            if self.in_related(m.start(), m.end()) or any(a.start < m.end() and m.start() < a.end for a in named):
                continue
            # "Israeli troops ... the army said": the army of the country last named, not the focus's
            last = next((a for a in reversed(national) if a.end <= m.start() and m.start() - a.end < 1500), None)
            who = last.actor if last is not None else government
            if who is not None:
                out.append(ActorMention(m.start(), m.end(), m.group(), who, "state"))
        return out

    def actors_in(self, start: int, end: int) -> list[ActorMention]:
        return [m for m in self.actors if start <= m.start and m.end <= end]

    # -- places
    def usable(self, start: int, end: int) -> list[Toponym]:
        """Literal toponyms of a sentence that can be where something happened (not origins, borders, speakers, containers)."""
        found = self._usable.get((start, end))
        if found is None:
            found = self._usable[(start, end)] = self._find_usable(start, end)
        return found

    def _find_usable(self, start: int, end: int) -> list[Toponym]:
        out = []
        prev_end = None
        for t in self.toponyms:
            if not (start <= t.start and t.end <= end):
                continue
            before, after = self.text[start:t.start], self.text[t.end:end]
            # ("Hajin, Deir ez-Zor" names a container; "Kunduz, Sar-e Pul and Taloqan" a list of towns)
            container = prev_end is not None and _CONTAINER_GAP.fullmatch(self.text[prev_end:t.start]) \
                and (t.place is None or t.place.kind in _CONTAINER_KINDS)
            prev_end = t.end
            tail = max(0, len(before) - 160)  # the end-anchored patterns need only the last words
            if container or _ORIGIN.search(before) or _BORDER.search(before, tail) \
                    or _SPEAKER_BEFORE.search(before, tail) or _SPEAKER_AFTER.match(after):
                continue
            out.append(t)
        return out

    @cached_property
    def main_place(self) -> Toponym | None:
        """The report's focus: the place named most often (finer places weigh more), first mention as the tie-break."""
        usable = [t for s, e in self.sentences for t in self.usable(s, e)]
        if not usable:
            return None
        score: dict[str, float] = {}
        first: dict[str, Toponym] = {}
        for t in usable:
            key = t.place.place_id if t.place else t.text.lower()
            kind = t.place.kind if t.place else "place"
            score[key] = score.get(key, 0.0) + _KIND_WEIGHT.get(kind, 0.5) * (1.0 if t.place else 0.5) \
                * (0.2 if is_dateline(self.text, t.start, t.end) else 1.0)
            first.setdefault(key, t)
        best = max(score, key=lambda k: (score[k], -first[k].start))
        return first[best]

    def link_place(self, start: int, end: int, pos: int) -> PlaceLink | None:
        """The place of the sentence [start, end) that the word at `pos` happened at, or the main place as a fallback."""
        best, best_score, best_prec, best_strength = None, 0.0, 3, 0.0
        for t in self.usable(start, end):
            before = self.text[start:t.start]
            cue = _CUE.search(before)
            if cue:
                strength = _CUE_STRENGTH.get(cue.group("prep").lower(), 1.0)
            else:
                strength = 0.5 if not self.text[start:t.start].strip() else 0.3
            kind = t.place.kind if t.place else "place"
            distance = min(abs(pos - t.start), abs(pos - t.end))
            score = strength * _KIND_WEIGHT.get(kind, 0.5) * (1.0 if t.place else 0.6) / (1.0 + distance / 150.0)
            if is_dateline(self.text, t.start, t.end):
                score *= 0.2  # where the reporter files from, unless the sentence names nowhere else
            if score > best_score:
                near = bool(cue and _NEAR.search(cue.group())) or t.qualifier in ("near", "outskirts", "north of",
                                                                                  "south of", "east of", "west of")
                best, best_score = t, score
                best_prec = max(_PRECISION.get(kind, 2), 2 if near else 1)
                best_strength = min(1.0, strength)
        main = self.main_place
        if best is not None:
            kind = best.place.kind if best.place else "place"
            if (kind in _COARSE and main is not None and main.place and best.place and main is not best
                    and main.place.kind not in _COARSE and _lies_within(main.place, best.place)):
                return PlaceLink(main, 2, 0.75 * best_strength, fallback=True)
            return PlaceLink(best, best_prec, best_strength)
        if main is None:
            return None
        kind = main.place.kind if main.place else "place"
        return PlaceLink(main, 3 if kind in _COARSE else 2, 0.5, fallback=True)

    # -- dates
    @cached_property
    def dates(self) -> list[DateMention]:
        return [d for d in find_dates(self.text, self.published) if not self.in_related(d.start, d.end)]

    @cached_property
    def speech_dates(self) -> list[DateMention]:
        """Dates attached to a verb of saying ("said on Monday"): the day a quote or an unspoken date refers to."""
        return [d for d in self.dates if d.precision == 1 and _SPEECH.search(self.text, max(0, d.start - 40), d.start)]

    @cached_property
    def story_date(self) -> DateMention | None:
        return self.speech_dates[0] if self.speech_dates else None

    def in_quote(self, pos: int) -> bool:
        para_start = self.text.rfind("\n\n", 0, pos) + 1
        chunk = self.text[para_start:pos]
        return chunk.count("“") > chunk.count("”") or chunk.count('"') % 2 == 1

    def sentence_date(self, start: int, end: int, pos: int) -> tuple[str | None, int, dt.date | None, float]:
        """(date, time precision, latest day, confidence) for the word at `pos` of sentence [start, end)."""
        reference = self.published
        if self.in_quote(pos) or self.in_quote(start + 1):
            said = [d for d in self.speech_dates if d.start < start]
            reference = said[-1].earliest if said else (self.story_date.earliest if self.story_date else self.published)
        found = self._dates_in.get((start, end, reference))
        if found is None:
            found = self._dates_in[(start, end, reference)] = find_dates(self.text, reference, start, end)
        if found:
            d = min(found, key=lambda d: min(abs(pos - d.start), abs(pos - d.end)))
            return d.date, d.precision, d.latest, 1.0
        if self.story_date is not None:
            d = self.story_date
            return d.date, max(d.precision, 2), d.latest, 0.8
        if self.published is not None:
            return self.published.isoformat(), 2, self.published, 0.7
        return None, 3, None, 0.5

    def hedged(self, start: int, m_start: int, m_end: int, end: int) -> bool:
        """Is the trigger at [m_start, m_end) wished, feared, denied or hypothetical?"""
        if _HEDGE_BEFORE.search(self.text, max(start, m_start - 60), m_start):
            return True
        return bool(_HEDGE_AFTER.search(self.text[m_end:end]))


# ---------------------------------------------------------------- counts
def parse_number(word: str) -> int | None:
    """"1,000" -> 1000, "dozens" -> 12, "hundreds" -> 100, "seven" -> 7 (ACLED's conventions for vague numbers)."""
    w = word.lower().strip()
    if w.replace(",", "").isdigit():
        return int(w.replace(",", ""))
    return _NUMBER_WORDS.get(w)


def count_in(sentence: str, pos: int | None = None) -> int | None:
    """The number of people the sentence counts (fighters, civilians, killed), nearest to `pos` if given."""
    found = [(m.start(), parse_number(m.group("n"))) for m in _COUNT_RE.finditer(sentence)]
    found += [(m.start(), parse_number(m.group("a") or m.group("b"))) for m in _KILLED_RE.finditer(sentence)]
    found = [(p, n) for p, n in found if n is not None and not _is_year(n, sentence)]
    if not found:
        return None
    if pos is None:
        return found[0][1]
    return min(found, key=lambda f: abs(f[0] - pos))[1]


def fatalities_in(sentence: str) -> int | None:
    """Deaths the sentence reports ("killing at least 12", "five people were killed"), for ACLED's fatalities column."""
    for m in _KILLED_RE.finditer(sentence):
        n = parse_number(m.group("a") or m.group("b"))
        if n is not None:
            return n
    return None


def _is_year(n: int, sentence: str) -> bool:
    return 1900 <= n <= 2100 and re.search(rf"\b(?:in|since|of) {n}\b", sentence) is not None


# ---------------------------------------------------------------- extraction
def extract_events(text: str, toponyms, published: dt.date | None, related_spans=()) -> list[Event]:
    """ACLED-style events of one report: at most one per (sentence, sub-type), none from related spans."""
    ctx = Context.of(text, toponyms, published, related_spans)
    events: list[Event] = []
    for start, end in ctx.sentences:
        events.extend(_sentence_events(ctx, start, end))
    return _drop_headline_repeats(text, _dedupe(events))


def _drop_headline_repeats(text: str, events: list[Event]) -> list[Event]:
    """A headline ("Jihadists kill 30 soldiers in central Mali") sums up what the body then tells with its
    place: an event of the headline whose kind the body reports again is that same event, not another."""
    first = text.split("\n", 1)[0]
    if not first.strip() or len(first) > 200 or first.rstrip()[-1:] in ".!?\"”":
        return events
    head_end = len(first)
    body = {(e.type, e.sub_type) for e in events if e.start >= head_end}
    return [e for e in events if e.start >= head_end or (e.type, e.sub_type) not in body]


def _sentence_events(ctx: Context, start: int, end: int) -> list[Event]:
    text = ctx.text
    hits: dict[tuple[str, str], tuple[int, int, float]] = {}
    for m in _TRIGGERS_SCAN.finditer(text, start, end):
        i = int(m.lastgroup[1:])
        _, etype, sub, conf = _TRIGGERS[i]
        if m.group().lower() in _ACRONYMS and not m.group()[:3].isupper():
            continue
        if ctx.hedged(start, m.start(), m.end(), end) or _ELSEWHERE.search(text[m.end():end]):
            continue
        if (_KILLING.match(m.group()) or etype == "Battles") and _HAZARD.search(text, start, m.start()) \
                and not any(a.start < m.start() for a in ctx.actors_in(start, end)):
            continue  # "Floods in Assam have killed 12 people", "the storm moved into Lee County": a disaster
        if m.group()[:5].lower() == "clash" and _VERBAL_CLASH_AFTER.match(text, m.end(), end) \
                and not any(a.start < m.start() for a in ctx.actors_in(start, end)):
            continue  # "EU leaders clash over migrant quotas": a dispute
        if sub == "Agreement" and (_TALKS_AFTER.match(text, m.end(), end)
                                   or _BROKEN_BEFORE.search(text, max(start, m.start() - 40), m.start())):
            continue  # "ceasefire talks in Jeddah stalled", "accused the other of violating the truce": no agreement
        if sub == "Arrests" and ctx.crime_report:
            continue  # "He was arrested at a motel in Joplin" after a bar shooting: police news, not a conflict's event
        if sub == "Other" and etype == "Strategic developments" and ctx.disaster and not ctx.actors_in(start, end):
            continue  # "Guangdong province evacuated 2.4 million people" ahead of a typhoon
        hits.setdefault((etype, sub), (m.start(), m.end(), conf))
    if not hits:
        return []
    sentence = text[start:end]
    kinds = {t for t, _ in hits}
    # Sentence-level refinements: one reading of the sentence wins over another.
    if "Protests" in kinds and re.match(r"rall", text[hits[("Protests", "Peaceful protest")][0]:], re.I) \
            and (_CAMPAIGN.search(sentence) or kinds & {"Explosions/Remote violence", "Violence against civilians"}):
        # a party's campaign or victory rally is no protest, nor is a rally that is the target of a bombing
        hits.pop(("Protests", "Peaceful protest"))
        kinds = {t for t, _ in hits}
    if "Protests" in kinds:
        s0, e0, c0 = hits.pop(("Protests", "Peaceful protest"))
        if _EXCESSIVE.search(sentence):
            hits[("Protests", "Excessive force against protesters")] = (s0, e0, c0)
        elif _RIOT_CUE.search(sentence):
            hits.setdefault(("Riots", "Violent demonstration"), (s0, e0, c0))
        elif _INTERVENTION.search(sentence):
            hits[("Protests", "Protest with intervention")] = (s0, e0, c0)
        else:
            hits[("Protests", "Peaceful protest")] = (s0, e0, c0)
    kinds = {t for t, _ in hits}
    if kinds & {"Protests", "Riots"}:
        hits.pop(("Battles", "Armed clash"), None)
        if _INTERVENTION.search(sentence):  # arrests at a protest are the intervention, not an event of their own
            hits.pop(("Strategic developments", "Arrests"), None)
    if kinds & {"Battles", "Explosions/Remote violence"}:
        hits.pop(("Violence against civilians", "Attack"), None)
    actors = ctx.actors_in(start, end)
    out = []
    for (etype, sub), (m_start, m_end, conf) in sorted(hits.items(), key=lambda kv: kv[1][0]):
        date, tprec, latest, dconf = ctx.sentence_date(start, end, m_start)
        if latest is not None and ctx.published is not None and (ctx.published - latest).days > _BACKGROUND_DAYS:
            continue
        link = ctx.link_place(start, end, m_start)
        if sub == _TERRITORY:
            where = link.toponym.place.country if link and link.toponym.place else None
            sub = _territory_sub_type(text, actors, m_start, m_end, where)
        names = _event_actors(actors if etype == "Battles" else [a for a in actors if not _attributes(text, a, m_end)],
                              etype)  # (in a battle, the force that tells of it is mostly a side of it)
        count = count_in(sentence, m_start - start)
        confidence = conf * (link.strength if link else 0.3) ** 0.5 * dconf
        out.append(Event(
            type=etype, sub_type=sub, sentence=sentence, start=start, end=end, date=date, time_precision=tprec,
            place=link.toponym if link else None, geo_precision=link.geo_precision if link else 3,
            actors=names, count=count, confidence=round(min(1.0, confidence), 3),
        ))
    return out


def subject_before(text: str, armed: list[ActorMention], pos: int) -> ActorMention | None:
    """The armed actor that is the subject of a verb at `pos`: the last one named before it, except that a
    state force among joint subjects leads ("Malian troops and Russian Wagner mercenaries retook Kidal")."""
    before = [a for a in armed if a.end <= pos]
    if not before:
        return None
    subject = before[-1]
    k = len(before) - 1
    while k > 0 and _JOINED.fullmatch(text, before[k - 1].end, before[k].start):
        k -= 1
        if before[k].kind in ("state", "coalition") and subject.kind == "non-state":
            subject = before[k]
    return subject


def _territory_sub_type(text: str, actors: list[ActorMention], m_start: int, m_end: int,
                        where: str | None = None) -> str:
    """Who took the place: the subject before the verb, or the agent after "fell to" / "by". A state's forces
    regain territory at home; across a border (`where`, the place's country) they fight for it."""
    passive = re.match(r"fell to|.* by$", text[m_start:m_end + 4].strip(), re.IGNORECASE) or \
        re.match(r"\s+(?:by|to)\b", text[m_end:m_end + 5])
    armed = [a for a in actors if a.kind in ("state", "non-state", "coalition")]
    taker = next((a for a in armed if a.start >= m_end), None) if passive else None
    if taker is None:
        taker = subject_before(text, armed, m_start) or next((a for a in armed if a.start >= m_end), None)
    if taker is None:
        return "Armed clash"
    if taker.kind == "state" and where and actor_country(taker.actor) not in (None, where):
        return "Armed clash"  # "Ukrainian troops advanced into Sudzha", in Russia's Kursk region
    if taker.kind in ("state", "coalition"):
        return "Government regains territory" if _RETAKE.search(text, m_start, m_end) or taker.kind == "state" else "Armed clash"
    return "Non-state actor overtakes territory"


def _attributes(text: str, a: ActorMention, trigger_end: int) -> bool:
    """"..., police said", "..., police spokesman Yazid Abubakar said": an actor named after the trigger only
    as the one who tells of it is a source."""
    after = text[a.end:a.end + 60]
    return a.start >= trigger_end and bool(_SPEAKER_AFTER.match(after) or _SPOKESMAN_AFTER.match(after))


_SPOKESMAN_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person)|officials?|sources?)\b|\s+(?:confirmed|reported)\b")


def _event_actors(actors: list[ActorMention], etype: str) -> tuple[str, ...]:
    names: list[str] = []
    for a in actors:
        if a.kind == "civilians" and etype != "Violence against civilians":
            continue
        if a.kind == "protesters" and etype not in ("Protests", "Riots"):
            continue
        if a.actor not in names:
            names.append(a.actor)
    return tuple(names)


def _dedupe(events: list[Event]) -> list[Event]:
    """One report telling the same event twice (headline, lede, quote) gives one event: the surest, with any count found."""
    kept: dict[tuple, Event] = {}
    for e in events:
        place = e.place.place.place_id if e.place and e.place.place else (e.place.text if e.place else None)
        key = (e.type, e.sub_type, place, e.date)
        old = kept.get(key)
        if old is None:
            kept[key] = e
            continue
        best = e if e.confidence > old.confidence else old
        count = best.count if best.count is not None else (old.count if best is e else e.count)
        kept[key] = replace(best, count=count, actors=tuple(dict.fromkeys(old.actors + e.actors)))
    return sorted(kept.values(), key=lambda e: e.start)

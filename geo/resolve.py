"""Resolution: pick the place each mention names, with a confidence and a runner-up.

Each candidate gets a score from evidence that holds for news anywhere:
- a prior from the feature kind and the population (countries and regions are named far more often);
- how the name matched (the place's own name beats an obscure alternate; a transliteration variant is weaker);
- the document's focus (candidates inside countries and regions the report names, or that its clear places sit in),
  and, among namesakes in one country, its first-level regions ("Franklin County" in a report on Columbus);
- an explicit container ("Alexandria, Louisiana", "Hajin in Deir ez-Zor province"), which then holds for the
  name all through the report;
- distance to the report's other places (a village named beside Abu Kamal beats a namesake 2,000 km away), and
  how many of them are near;
- in local news, the report's home town (a namesake beside it is the local one) and the counties it names
  ("Lebanon County" ... "Lebanon" is the county's town);
- the user's own entries, which always win.
Two passes: the first picks provisional places without the proximity term, the second uses the confident ones.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from difflib import SequenceMatcher

from gazetteer.normalize import key as name_key, region_key
from gazetteer.place import Place
from gazetteer.sources import CAPITAL, DEMONYM, LOOSE, POST_TOWN, PRIMARY, neighbours
from gazetteer.store import Candidate

from .lexicon import REGION_NOUNS, STATE_ABBREVIATION
from .recognize import Mention

__all__ = ["Resolution", "resolve", "KIND_PRIOR"]

# Prior of a kind, on the scale of log10(population): a country weighs like a place of 10^9 people.
KIND_PRIOR = {
    "continent": 13.5, "country": 14.0, "admin1": 7.5, "region": 6.5, "admin2": 4.6, "river": 5.8, "sea": 5.8,
    "lake": 5.0, "mountain": 5.0, "desert": 5.5, "island": 5.0, "valley": 4.5, "landmark": 4.5,
}
_SETTLEMENT = ("city", "town", "village", "place")
_LOCAL_KINDS = _SETTLEMENT + ("admin2",)  # what a local report names beside its home: towns and counties
_BIG_KINDS = frozenset({"continent", "country", "admin1", "region"})
MAX_CANDIDATES = 12
NEIGHBOUR_FOCUS = 3.0  # a neighbour of the focus borrows half of its weight
ABROAD = 2.5  # taken from a country that no other place of a clearly focused report points to
REGION_FOCUS = 2.0  # the report's first-level regions, among namesakes in one country
COUNTY_TOWN_KM = 40  # a town this near a county of its name that the report names is that county's town
TOWN = 30_000  # a settlement this large takes the report's focus in full
US_COUNTY_KM = 110  # a town this near a US county's point (the middle of its towns) may lie in it
EXACT_SPELLING = 2.0  # the bonus of a name spelt with the same inner capital as in the text
ARTICLE_DROPPED = 4.0  # the penalty of a place whose name and the text differ by an article ("Salvador")
_ARTICLE_HEADS = frozenset({"el", "al", "the", "la", "le", "les", "los", "las"})
LOCAL_KM = 75  # a namesake this near the report's home town is the local one ...
FAR_FROM_HOME_KM = 150  # ... when the reading picked lies this far from it
STATE_KM = 400  # ... or, for a small home with company, this near it in its own state
NEAR_KM = 50  # a namesake of the home town this near the report's places is the home; a namesake this near them is
# weighed however many namesakes a name has
ALTERNATE_OF_A_REGION = 4.0  # what a town loses where the name it bears only as an alternate is a region's own
FRAME = 4.0  # the bonus of a reading inside the region that opens the sentence ("In Michigan, ...")
TYPO_RATIO = 0.85  # how alike a misspelt name and the name are (difflib's ratio: 1 - edits / letters, roughly)
NEIGHBOUR_KM = 150  # a place this near another of the report keeps it company
FAMOUS_COMPANY_KM = 600  # places of its own country this near a capital the report names keep it where it is
FAR_FROM_REPORT_KM = 1_000  # a reading this far from all the report's other places keeps it no company at all
SURE_ENOUGH = 0.55  # first-pass picks below this confidence are no one's neighbours
CLUSTER = 0.3  # per doubling of the report's places within 150 km
VARIANT_REACH_KM = 300  # a spelling variant must lie this near another of the report's places
SMALL_NAMESAKE = 50_000  # a town below this size, one of three or more of its name in the country, ...
FAR_NAMESAKE_KM = 500  # ... this far from a local report's home, is likely one the table lacks near home
LOCAL_HOME = 300_000  # a home town below this size makes the report a local one
LONE_VILLAGE = 5_000  # a village below this size far from all of a report's places is likely another
LONE_TOWN = 50_000  # a town below this size, in a country nothing else in the report points to, ...
LONE_TOWN_KM = 2_000  # ... this far from all the report's places, is likely one the table lacks
DIVISION_REACH_KM = 50  # the town a township (borough, parish) is named after lies this near the report's places
LONE_SHARE = 0.25  # a country below this share of the report's focus ...
LONE_NEIGHBOUR = 0.5  # ... gets this part of the proximity bonus from a single nearby place


@dataclass(frozen=True)
class Resolution:
    place: Place | None
    confidence: float
    runner_up: Place | None
    implausible: bool = False  # the reading is too weak to report (see `_implausible`)


def _prior(c: Candidate) -> float:
    """How likely a reading is before context: kind, population, how the name matched (memoised)."""
    k = (c.place.place_id, c.flags)
    v = _PRIORS.get(k)
    if v is None:
        if len(_PRIORS) > 500_000:
            _PRIORS.clear()
        v = _PRIORS[k] = _prior_of(c)
    return v


_PRIORS: dict[tuple[str, int], float] = {}


def _prior_of(c: Candidate) -> float:
    p = c.place
    pop = math.log10(p.population + 1)
    if p.kind in _SETTLEMENT:
        base = max(pop, 2.0)
        if p.source.startswith(("features", "supplement")) or p.place_id.startswith(("features:", "supplement:")):
            base = max(base, 3.5)
    else:
        base = max(KIND_PRIOR.get(p.kind, 4.0), pop)
    if c.flags & PRIMARY:
        base += 0.8
    if c.flags & CAPITAL:
        base += 2.5  # capitals are named in news far beyond their size
    elif c.flags & DEMONYM:
        base += 0.5
    if c.flags & LOOSE:
        base -= 1.5
    return base


def _km(a: Place, b: Place) -> float:
    """Equirectangular distance: within a few percent of the great circle at the ranges that matter here
    (tens to a thousand km), and several times cheaper in this hot loop."""
    dlon = abs(b.lon - a.lon)
    if dlon > 180.0:
        dlon = 360.0 - dlon
    x = math.radians(dlon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return 6371.0 * math.sqrt(x * x + y * y)


def _contains(container: Place, p: Place) -> bool:
    if container.kind == "country":
        return p.country == container.country
    if container.kind in ("admin1", "admin2", "region"):
        if p.country != container.country:
            return False
        if container.kind == "admin2" and container.country == "US":
            # a US county is a few dozen km across, and there are 24 Morgan Counties: "Jacksonville, in Morgan
            # County" beside Springfield, Illinois is not Jacksonville, Alabama, 125 km from Alabama's Morgan County
            return (not (p.admin1 and container.admin1) or name_key(p.admin1) == name_key(container.admin1)) \
                and _km(p, container) < US_COUNTY_KM
        if p.admin1 and container.kind == "admin1" and container.country in _ENGLISH_REGIONS:
            # a town whose own state is another one lies outside, however near: "Texarkana, Ark." is not the
            # Texas Texarkana (elsewhere the two sources may name one region apart: "Jawa Tengah", "Central Java")
            return name_key(p.admin1) == name_key(container.name) or _km(p, container) < 100
        return p.admin1 == container.name or _km(p, container) < 250 or (
            p.admin1 is not None and region_key(p.admin1) == region_key(container.name))
    return _km(p, container) < 100


_INITIALS = re.compile(r"(?:[A-Z]\. ?)+[A-Z][a-z]{0,3}\.")  # "N.H.", "W.Va.", "P.E.I.": AP's state initials
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_ENGLISH_REGIONS = frozenset({"US", "CA", "AU"})  # where both sources name the states alike, in English


def resolve(mentions: list[Mention]) -> list[Resolution]:
    """One Resolution per mention, in order."""
    keys = [m.text.casefold() for m in mentions]
    # a report repeats its names: a mention like an earlier one (same name, candidates, hint, container,
    # evidence) resolves the same way in either pass
    memo: dict = {}
    first = []
    for m in mentions:
        k = (m.text, id(m.candidates), m.kind_hint, m.container, m.evidence)
        r = memo.get(k)
        if r is None:
            r = memo[k] = _choose(m, mentions, None, None, None, keys)
        first.append(r)
    focus, own = _focus(mentions, first, keys, _country_of, "country")
    regions, own_regions = _focus(mentions, first, keys, _region_of, "admin1")
    places = _unique_places(first, keys)
    # the first-level regions the report names as such ("Nova Scotia", "Nova Scotians"), not through a town in them
    named_regions = {_region_of(r.place) for r in first
                     if r.place is not None and r.place.kind == "admin1" and r.confidence >= 0.6}
    out: list = [None] * len(mentions)
    memo.clear()

    def in_context(i: int, counties: dict) -> Resolution:
        m = mentions[i]
        if m.container is None and _single_place(m.candidates):
            return first[i]  # nothing to choose between: context cannot change the answer
        container = first[m.container].place if m.container is not None else None
        k = (m.text, id(m.candidates), m.kind_hint, container.place_id if container else None, m.evidence,
             m.frame)
        r = memo.get(k)
        if r is None:
            # a name does not vouch for itself: its own mentions leave the focus and the neighbours
            r = memo[k] = _choose(m, mentions, _without(focus, own.get(keys[i])), first, i, keys, places,
                                  _without(regions, own_regions.get(keys[i])), counties.get(keys[i]),
                                  named_regions - {_region_of(first[i].place) if first[i].place else None})
        return r

    # the counties first: "Lebanon" beside "Lebanon County" is the county's town, not the country, and which
    # county's town follows the county as placed in context ("Lunenburg County" in a report from Nova Scotia is
    # no longer Virginia's, as it was alone, and so "Lunenburg" is no Virginia village)
    county_mentions = [i for i, k in enumerate(keys) if k.endswith(" county")]
    for i in county_mentions:
        out[i] = in_context(i, {})
    counties = {keys[i][:-7]: out[i].place for i in county_mentions
                if out[i].place is not None and out[i].place.kind == "admin2"}
    for i in range(len(mentions)):
        if out[i] is None:
            out[i] = in_context(i, counties)
    # a name the report puts in a region or country that holds none of its readings is a place the table lacks
    # there ("Stroud, Ontario, Canada", "Rockingham, Northamptonshire"), not a namesake elsewhere: left
    # unresolved, the namesake its runner-up
    for i, m in enumerate(mentions):
        r = out[i]
        if m.container is not None and r.place is not None and r.place.kind in _SETTLEMENT:
            container = out[m.container].place
            if container is not None and container.kind in ("country", "admin1", "admin2") \
                    and container.place_id != r.place.place_id \
                    and not any(_contains(container, c.place) for c in m.candidates):
                # ... unless the container's other reading holds the place picked: "Atlanta, Georgia" in a report
                # on the country is the state's city, and that "Georgia" the state
                other = next((c.place for c in mentions[m.container].candidates
                              if c.place.kind in ("admin1", "admin2") and _contains(c.place, r.place)), None)
                if other is not None:
                    out[m.container] = Resolution(other, out[m.container].confidence, container)
                else:
                    out[i] = Resolution(None, 0.0, r.place)
    out = _one_place_per_name(mentions, out, keys, places)
    out = _local_readings(mentions, out, keys, places)
    # a spelling variant is for the report's own area: "Hajjin" beside Hajin, not "Raigad" 1,000 km off at Raigarh
    # ... and so is a small place that only lends its name to a site: "Elysian Fields" in New Orleans is no
    # village in Minnesota, "Carnegie Library" no Carnegie, Pennsylvania
    placed = _Placed(mentions, out, keys)  # the report as the second pass placed it, for the checks below
    filed_from = {k for m, k in zip(mentions, keys) if m.dateline}  # (the dateline's town, wherever it is named)
    for i, (m, r) in enumerate(zip(mentions, out)):
        if r.place is not None and m.loose and r.place.kind == "country" and not _a_typo_of(m.text, r.place.name):
            # ... and a country's name is misspelt at most: "Mauritious" is Mauritius, but "Kinniya" in Sri Lanka is a
            # town the table lacks, not Kenya
            out[i] = Resolution(None, 0.0, r.place)
        elif r.place is not None and (m.loose or (m.kind_hint == "site" and r.place.kind in _SETTLEMENT
                                                and r.place.population < 100_000)) \
                and r.place.kind != "country" and places:
            near, _ = _nearest(r.place, places, keys[i])
            if near is None or near > VARIANT_REACH_KM:
                out[i] = Resolution(None, 0.0, r.place)
        elif r.place is not None and _is_hamlet(r.place) and m.container is None \
                and keys[i] not in filed_from and not any(c.user for c in m.candidates):
            # a hamlet of unknown size (a ZIP code's town) is named among its neighbours: far from all the report's
            # other places, "drawn from Gate 10" in Dubai and "Mountain Dairy" milk name no hamlet in Oklahoma or
            # Oregon; left out, as before the table knew it, unless the text calls it a town or the name has words
            # enough to be one (then unresolved: "Elysian Fields" in New Orleans)
            # (reckoned with the report's places as now placed: the first pass put "Dundalk" in Maryland, beside
            # Lurgan, Pennsylvania, in a report on Armagh)
            near = _nearest(r.place, placed.places, keys[i])[0]
            if near is None or near > NEIGHBOUR_KM:
                out[i] = Resolution(None, 0.0, r.place) if m.kind_hint == "settlement" or " " in m.text.strip() \
                    else Resolution(r.place, r.confidence, r.runner_up, implausible=True)
        elif r.place is not None and r.place.kind == "village" and r.place.population < LONE_VILLAGE \
                and m.container is None and len(places) >= 3 and not any(c.user for c in m.candidates):
            # ... and so is a village far from all of a report's places: "Zhelanne and Orlivka" near Pokrovsk are
            # villages the table lacks, not the Orlivka 600 km off in Odesa oblast (the user sees it as runner-up)
            near = _nearest(r.place, places, keys[i])[0]
            if near is None or near > VARIANT_REACH_KM:
                out[i] = Resolution(None, 0.0, r.place)
        elif r.place is not None and r.place.country and m.container is None and len(places) >= 3 \
                and r.place.kind in _LOCAL_KINDS and r.place.population < LONE_TOWN \
                and not any(c.user or (c.flags & CAPITAL and c.place.place_id == r.place.place_id)
                            for c in m.candidates) \
                and (" " in m.text.strip() or any(c.flags & PRIMARY and c.place.place_id == r.place.place_id
                                                  for c in m.candidates)) \
                and not (_without(focus, own.get(keys[i])).get(r.place.country)
                         and placed.focus_without(keys[i]).get(r.place.country)):
            # ... and so is a town (or a county) in a country nothing else in the report points to, far from all
            # its places (one reached through an alternate name is left to `_mark_implausible`): "Lachen" beside
            # Sikkim's towns is no village in Switzerland, "Cumnock" in a report from Orange, NSW none in Scotland
            # (nothing as now placed either: the first pass, without context, put Lismore, Ireland in New South
            # Wales, beside "Blackwater", Queensland)
            near = _nearest(r.place, placed.places, keys[i])[0]
            if near is None or near > LONE_TOWN_KM:
                out[i] = Resolution(None, 0.0, r.place)
        elif r.place is not None and m.kind_hint == "division":
            # a township is named after a town in or beside it, if at all: "Washington Township" in New Jersey
            # is no Washington, D.C., and "Lebanon Township" no country
            near = _nearest(r.place, places, keys[i])[0] if places and r.place.kind in _SETTLEMENT else None
            if near is None or near > DIVISION_REACH_KM:
                out[i] = Resolution(None, 0.0, r.place)
    return _mark_implausible(mentions, out)


def _local_readings(mentions: list[Mention], out: list[Resolution], keys: list[str], places) -> list[Resolution]:
    """A report's home town is the settlement it names most (twice at least). A town it names that has a namesake
    right beside that home is the local one, as a local reader takes it: "Reno" in a report on Paris, Texas is
    the village next door, not Nevada's city. Capitals, states and countries keep their reading. The home town
    itself lies among the report's places: "Athens" named five times beside Huntsville and Decatur is Alabama's,
    not Georgia's city 340 km off; but a capital or a city of millions with places of its own country around it
    stays where it is ("MADRID (Reuters)" on a haul from Colombia)."""
    counts = Counter(r.place.place_id for r in out
                     if r.place is not None and r.place.kind in _SETTLEMENT)
    if not counts:
        return out
    home_id, n = counts.most_common(1)[0]
    # (a town named once is home where the reporter files from it: "FRIENDSHIP, Wis. -"; and so is that town where
    # the reading of the one named most lies far from it and is no capital nor city of millions: "PHILLIPSBURG -" on
    # a win over Norton, named eight times, is no report from Norton, Massachusetts)
    filed, filed_in, filed_key = next(((r.place, out[m.container].place if m.container is not None else None, k)
                                       for m, r, k in zip(mentions, out, keys)
                                       if m.dateline and r.place is not None and r.place.kind in _SETTLEMENT),
                                      (None, None, None))  # (filed_in: the container the dateline names)
    if filed is None and n < 2:
        return out
    if filed is not None and filed.place_id != home_id:
        most, most_key = next((r.place, k) for r, k in zip(out, keys) if r.place is not None
                              and r.place.place_id == home_id)
        if n < 2 or (_km(most, filed) > FAR_FROM_HOME_KM and not _famous(most, mentions, keys, most_key)):
            home_id = filed.place_id
    home, home_key = next((r.place, k) for r, k in zip(out, keys) if r.place is not None and r.place.place_id == home_id)
    fixed = list(out)
    # (a home the report's dateline puts in its country or state stays there: "BRIDGETOWN, Barbados" on a test match
    # against Sri Lanka is no Bridgetown beside a Providence read in Rhode Island; but "LISBON, Ohio" may still be
    # the Ohio village beside the report's Salem and Wellsville rather than its namesake near Dayton)
    placed_in = filed_in if filed_in is not None and filed.place_id == home_id else None
    astray_from = _places_far_from_home(mentions, out, keys, places, home, home_key)
    if astray_from is not None:
        cands = {c.place.place_id: c.place for m, k in zip(mentions, keys) if k == home_key for c in m.candidates
                 if c.place.kind in _SETTLEMENT and not c.flags & CAPITAL
                 and (placed_in is None or _contains(placed_in, c.place))}
        beside = []  # (the report's places around it, its population, the namesake)
        for p in cands.values():
            d, around = _nearest(p, astray_from, home_key)
            if d is not None and d < NEAR_KM:
                beside.append((around, p.population, p))
        local = max(beside, key=lambda t: t[:2])[2] if beside else None
        if local is not None and _famous(home, mentions, keys, home_key) \
                and any(r.place is not None and r.place.country == home.country and k != home_key and m.role == "literal"
                        and r.place.kind in _LOCAL_KINDS + ("admin1",) and _km(r.place, home) < FAMOUS_COMPANY_KM
                        for m, r, k in zip(mentions, out, keys)):
            local = None  # a capital or a city of millions in a report that names other places of its country around
            # it stays: "MADRID (Reuters)" beside Algeciras and Murcia, on a haul from Colombia, is no town by Bogota
            # (and so does one whose namesake lies in its own country: "TEHRAN" on dust at Tabriz and water in
            # Isfahan is no town of Tiran beside Isfahan; but "Lisbon" in a report from Lisbon Falls, Maine that names
            # Portugal and the Azores is the Maine town)
        if local is not None:
            for i, (m, r, k) in enumerate(zip(mentions, out, keys)):
                if k == home_key and r.place is not None and r.place.place_id == home_id and (
                        m.container is None or (out[m.container].place is not None
                                                and _contains(out[m.container].place, local))):
                    fixed[i] = Resolution(local, round(0.7 * m.evidence, 3), home)
            home = local
    # (a home with the report's other places around it: "Spaulding" named five times for a Vermont school is no home
    # in Illinois)
    company = _nearest(home, places, home_key)[0] if places else None
    settled = home.population < LOCAL_HOME and company is not None and company < LOCAL_KM
    stately = home.population < LOCAL_HOME and company is not None and company < STATE_KM
    for i, (m, r, k) in enumerate(zip(mentions, out, keys)):
        p = r.place
        if p is not None and p.kind == "country" and settled and m.container is None \
                and (keys.count(k) >= 2 or m.kind_hint == "settlement") \
                and not any(o.place is not None and o.place.country == p.country
                            for o, k2 in zip(out, keys) if k2 != k):
            # ... and so is a town named like a country that nothing else in a local report points to, right beside
            # its home and named as a town or more than once: "Selectmen from Rumford and Mexico" ... "Mexico has
            # four officers" is Mexico, Maine (but a single "the mill's new owner buys pulp from Mexico" in that
            # report is still the country)
            local = [c.place for c in m.candidates if c.place.kind in _SETTLEMENT and _km(c.place, home) < NEAR_KM]
            if local:
                fixed[i] = Resolution(min(local, key=lambda q: _km(q, home)), round(0.7 * m.evidence, 3), p)
            continue
        if p is None or k == home_key or m.container is not None or p.kind not in _LOCAL_KINDS \
                or _km(p, home) < FAR_FROM_HOME_KM or (filed_in is not None and k == filed_key):
            continue  # (a dateline that names its town's country or state says where that town is: "GRIFFITH,
            # Australia (Reuters)" on water buybacks that "Canberra" makes is no suburb of Canberra)
        if m.kind_hint != "settlement" and any(c.place.place_id == p.place_id and c.flags & CAPITAL
                                               for c in m.candidates):
            continue  # (a capital keeps its reading, unless the text speaks of a town: "Washington, about 20 miles
            # east", "a Washington man" in a report from Opelousas, La.)
        # (and so is a county: "Madison County" in a report from Norfolk, Neb. is the county around it)
        kinds = ("admin2",) if p.kind == "admin2" else _SETTLEMENT
        local = [c.place for c in m.candidates if c.place.kind in kinds and _km(c.place, home) < LOCAL_KM
                 and (c.flags & PRIMARY or p.population < 1_000_000)]  # (a town beside home that has the name only
        # among its alternates does not displace a city of millions: "Durban" in a report on Cape Town is no
        # Durbanville)
        if not local and stately and home.admin1 and p.admin1 != home.admin1 and p.population < LOCAL_HOME \
                and not _famous(p, mentions, keys, k):
            # ... and a local paper names its own state's towns without the state: "Buffalo" and "Torrington" in a
            # report from Casper, Wyo. are the Wyoming towns, not Buffalo, N.Y. or Torrington, Conn. (a city of
            # 300,000 or more is named as itself: "Nashville" in a report from Bloomington, Ind.)
            local = [c.place for c in m.candidates if c.place.kind in kinds and c.place.country == home.country
                     and c.place.admin1 == home.admin1 and _km(c.place, home) < STATE_KM]
        if local:
            near = min(local, key=lambda q: _km(q, home))
            fixed[i] = Resolution(near, round(0.7 * m.evidence, 3), p)
        elif settled and p.kind in _SETTLEMENT and p.population < SMALL_NAMESAKE and p.country == home.country \
                and _km(p, home) > FAR_NAMESAKE_KM \
                and sum(c.place.country == p.country and c.place.kind in _SETTLEMENT for c in m.candidates) >= 3:
            # ... and a small town of a common name, with no namesake near a local report's home, is one the table
            # lacks there, not the namesake picked a state or two away: "Springville" and "Buchanan" in a report
            # from Paris, Tenn. are its neighbours, not Springville, Utah (left unresolved, the pick as runner-up)
            fixed[i] = Resolution(None, 0.0, p)
    return fixed


def _places_far_from_home(mentions: list[Mention], out: list[Resolution], keys: list[str], places, home: Place,
                          home_key: str) -> list | None:
    """The report's places, where its home's reading lies far from them all; or else its places that no namesake
    could be (two or more), where the home lies far from those, though namesakes picked beside it keep it company:
    "Bristol", "Middlebury" and "New Haven" are Connecticut's towns side by side, but Vergennes, Starksboro and
    Addison County put the report in Vermont. None: the home is among its places."""
    near = _nearest(home, places, home_key)[0] if places else None
    if near is not None and near > FAR_FROM_HOME_KM:
        return places
    sure = [(r.place.place_id, r.place.lat, r.place.lon, k) for m, r, k in zip(mentions, out, keys)
            if r.place is not None and r.place.kind in _LOCAL_KINDS and k != home_key and m.role == "literal"
            and not _namesake_elsewhere_in_country(m, r.place)]
    if len({q[0] for q in sure}) < 2:
        return None
    far = _nearest(home, sure, home_key)[0]
    return sure if far is not None and far > FAR_FROM_HOME_KM else None


def _famous(p: Place, mentions: list[Mention], keys: list[str], key: str) -> bool:
    """A capital or a city of millions, as the report's mentions of that name read it."""
    return p.population >= 1_000_000 or any(c.place.place_id == p.place_id and c.flags & CAPITAL
                                            for m, k in zip(mentions, keys) if k == key for c in m.candidates)


def _one_place_per_name(mentions: list[Mention], out: list[Resolution], keys: list[str], places) -> list[Resolution]:
    """A name the report first places in a container ("Austin, in Scott County, Indiana") is that place
    wherever else the report names it without one ("35 miles south of Austin"). A container first given later
    sets a namesake apart: "moved to Launceston from Launceston in Cornwall" in a report on Tasmania, and
    "Boston" in a Lincolnshire report that later names "Boston, Massachusetts" is the English town, where that
    reading (the runner-up) has the report's other places beside it. Or the later container names the place meant
    all along, where the bare reading lies far from all the report's places: "PERU" atop a report on Miami County
    that later writes "Peru, Ind." is the Indiana town."""
    anchored: dict[str, Resolution] = {}  # the first mention of the name is contained
    apart: dict[str, set[str]] = {}  # a later one is
    later: dict[str, Resolution] = {}  # (the first such)
    seen: set[str] = set()
    for m, r, k in zip(mentions, out, keys):
        if m.container is not None and r.place is not None:
            if k in seen:
                held_by = out[m.container].place
                if r.place.kind == "country" and (held_by is None or held_by.kind not in ("admin1", "admin2")):
                    continue  # (a country in a region sets no namesake apart: "Kazakhstan, Central Asia's biggest
                    # economy" leaves "Kazakhstan" the country, not a village of the name by Almaty; but "Mexico,
                    # Missouri" sets the town apart from the country)
                apart.setdefault(k, set()).add(r.place.place_id)
                later.setdefault(k, r)
            else:
                anchored.setdefault(k, r)
        seen.add(k)
    if not anchored and not apart:
        return out
    fixed = []
    for m, r, k in zip(mentions, out, keys):
        if m.container is None and r.place is not None:
            a = anchored.get(k)
            if a is not None and r.place.place_id != a.place.place_id \
                    and any(c.place.place_id == a.place.place_id for c in m.candidates) \
                    and not (m.kind_hint == "region" and a.place.kind in _SETTLEMENT
                             and r.place.kind in ("admin1", "admin2") and r.place.country == a.place.country):
                # (but a region the text names as such keeps its reading: "SANTA CRUZ, Bolivia" is the city, and
                # "the eastern department of Santa Cruz" the department)
                r = Resolution(a.place, a.confidence, r.place)
            if r.place.place_id in apart.get(k, ()) and r.runner_up is not None \
                    and r.runner_up.place_id not in apart[k] and not _is_hamlet(r.runner_up):
                # (a hamlet of unknown size is no namesake to set apart: "Frederick Memorial Hospital in Frederick,
                # Maryland" is no Frederick, Pennsylvania)
                near = _nearest(r.runner_up, places, k)[0]
                if near is not None and near < NEIGHBOUR_KM:
                    r = Resolution(r.runner_up, r.confidence, r.place)
            elif (b := later.get(k)) is not None and r.place.place_id != b.place.place_id \
                    and any(c.place.place_id == b.place.place_id for c in m.candidates):
                # ... and names the one it meant all along, where that lies among the report's places and the
                # bare reading far from them all, in a country no other name points to: "Peru" in a report on Miami
                # County that later writes "Peru, Ind." is the Indiana town, not the country
                near = _nearest(b.place, places, k)[0]
                if near is not None and near < NEIGHBOUR_KM and not any(
                        o.place is not None and o.place.country == r.place.country
                        for o, k2 in zip(out, keys) if k2 != k):
                    far = _nearest(r.place, places, k)[0]
                    if far is None or far > FAR_FROM_REPORT_KM:
                        r = Resolution(b.place, b.confidence, r.place)
        fixed.append(r)
    return fixed


def _a_typo_of(written: str, name: str) -> bool:
    """Whether a spelling is the name with a letter or two wrong ("Mauritious"), not another word that folds to the
    same loose key ("Kinniya" for Kenya)."""
    return SequenceMatcher(None, name_key(written), name_key(name)).ratio() >= TYPO_RATIO


def _is_hamlet(p: Place) -> bool:
    """A US post town of unknown size (`gazetteer.sources.read_us_post_towns`)."""
    return p.place_id.startswith(POST_TOWN)


def _within(km: float | None, reach: float) -> bool:
    return km is not None and km < reach


def _single_place(cands) -> bool:
    if not cands:
        return True
    first = cands[0].place.place_id
    return all(c.place.place_id == first for c in cands)


def _without(total: dict, part: dict | None) -> dict:
    """`total` less `part`, dropping what reaches zero (Counter subtraction, without its cost)."""
    if not part:
        return total
    out = dict(total)
    for k, v in part.items():
        left = out.get(k, 0.0) - v
        if left > 1e-9:
            out[k] = left
        else:
            out.pop(k, None)
    return out


def _mark_implausible(mentions: list[Mention], out: list[Resolution]) -> list[Resolution]:
    """A one-word name that reaches a small place only through one of its alternate names, in a country
    no other place of the report is in ("Perera" -> Pereira, "Maraga" -> Malaga), is a surname far more
    often than a place."""
    by_country: Counter = Counter(r.place.country for r in out if r.place is not None and r.place.country)
    by_place: Counter = Counter(r.place.place_id for r in out if r.place is not None)
    total = sum(by_country.values())
    marked = []
    for m, r in zip(mentions, out):
        p = r.place
        if (p is not None and " " not in m.text.strip() and p.kind in _SETTLEMENT and p.population < 100_000
                and by_country[p.country] <= by_place[p.place_id]
                and not any(c.user or c.flags & (PRIMARY | DEMONYM)
                            for c in m.candidates if c.place.place_id == p.place_id)):
            # (but a name the text calls a town is a place the table lacks: "the tourist town of Kalam in the Swat
            # Valley" is no surname, nor Kallam in India)
            r = Resolution(None, 0.0, p) if m.kind_hint == "settlement" \
                else Resolution(p, r.confidence, r.runner_up, implausible=True)
        elif p is not None and p.country and p.kind != "country" and by_country[p.country] <= by_place[p.place_id] \
                and (m.loose or (total - by_country[p.country] >= 3 and not any(
                    c.user or c.flags & (PRIMARY | DEMONYM) or (c.flags & CAPITAL and c.place.population >= 1_000_000)
                    for c in m.candidates if c.place.place_id == p.place_id))):
            # a spelling variant is for the report's own area ("Hajjin" beside Hajin), and so is a place's
            # alternate name in a report clearly about elsewhere: a variant or an alternate in a country nothing
            # else points to ("Nyando" -> Niando, Ivory Coast; "Kurla" -> Korla, China, in a report on Mumbai)
            # leaves the name unresolved; a capital's alternate too, unless it is a city of millions ("Peking"), not
            # "Mare" for Male in a report on Rio's favelas
            r = Resolution(None, 0.0, p)
        elif p is not None and m.kind_hint == "region" and p.kind in _SETTLEMENT and p.country \
                and by_country[p.country] <= by_place[p.place_id] and total > by_country[p.country]:
            # ... and so does a town picked for a name the text calls a district or a province, in a country nothing
            # else points to: "the district of Karo" in a report on Sumatra is no town in India
            r = Resolution(None, 0.0, p)
        marked.append(r)
    return marked


def _country_of(p: Place):
    return p.country


def _region_of(p: Place):
    """The first-level region a place is or lies in ("Ohio" for Columbus), or None."""
    if p.kind == "admin1":
        return (p.country, p.name)
    if p.admin1 and p.kind not in ("country", "continent"):
        return (p.country, p.admin1)
    return None


def _focus(mentions: list[Mention], picks: list[Resolution], keys: list[str], area_of, own_kind: str):
    """Countries (or first-level regions) the report is about, and what each name contributes to that.
    Naming the area itself (`own_kind`) says more than naming a place in it."""
    focus: Counter = Counter()
    own: dict[str, Counter] = {}
    for m, r, k in zip(mentions, picks, keys):
        if r.place is None or m.role == "related":
            continue
        area = area_of(r.place)
        if not area:
            continue
        # (a region is named to choose among namesakes: a namesake picked without confidence says nothing)
        weight = (1.0 if r.confidence >= 0.6 else 0.4 if own_kind == "country" else 0.0) \
            * (1.5 if r.place.kind == own_kind else 1.0)
        if not weight:
            continue
        if own_kind == "country" and _by_another_name(m, r.place):
            continue  # "Salem" is Jerusalem's only by an old name, and Salem, Oregon's by its own: no focus
        focus[area] += weight
        own.setdefault(k, Counter())[area] += weight
    return focus, own


class _Placed:
    """The report's places and countries as the second pass placed them, worked out when a check first asks (most
    reports never do): the first pass, without context, may put "Dundalk" in Maryland or Lismore in New South Wales."""

    def __init__(self, mentions: list[Mention], out: list[Resolution], keys: list[str]):
        self.mentions, self.out, self.keys = mentions, out, keys

    @cached_property
    def places(self) -> list:
        return _unique_places(self.out, self.keys)

    @cached_property
    def countries(self) -> tuple[Counter, dict[str, Counter]]:
        return _focus(self.mentions, self.out, self.keys, _country_of, "country")

    def focus_without(self, key: str) -> dict:
        """The report's countries, less what the name `key` gives them (a name does not vouch for itself)."""
        focus, own = self.countries
        return _without(focus, own.get(key))


def _namesake_elsewhere_in_country(m: Mention, p: Place) -> bool:
    """Whether the name also reads as a settlement of the place's country in another of its regions."""
    return any(c.place.country == p.country and c.place.admin1 != p.admin1 and c.place.kind in _SETTLEMENT
               for c in m.candidates)


def _by_another_name(m: Mention, p: Place) -> bool:
    """Whether the name reaches the place only by one of its other names, while it is another place's own name."""
    return not any(c.place.place_id == p.place_id and c.flags & (PRIMARY | DEMONYM) for c in m.candidates) \
        and any(c.flags & PRIMARY for c in m.candidates)


def _unique_places(picks: list[Resolution], keys: list[str]) -> list[tuple[str, float, float, str | None]]:
    """Each provisional place once, as (id, lat, lon, the one name that picked it or None if several): a long
    report repeats itself."""
    by_id: dict[str, tuple[Place, set]] = {}
    for r, k in zip(picks, keys):
        if r.place is None or r.place.kind in ("continent", "country", "river") or r.confidence < SURE_ENOUGH \
                or _is_hamlet(r.place):
            continue  # (a namesake picked without confidence is no neighbour to reckon with, nor a river's mouth, nor
            # a hamlet of unknown size that the first pass picked for want of any other: "Lynx" is no Ohio hamlet)
        by_id.setdefault(r.place.place_id, (r.place, set()))[1].add(k)
    return [(p.place_id, p.lat, p.lon, next(iter(ks)) if len(ks) == 1 else None) for p, ks in by_id.values()]


def _container_reading(m: Mention, mentions: list[Mention], picks: list[Resolution] | None,
                       cands: tuple[Candidate, ...]) -> Place | None:
    """The reading of a name's container: the one picked for it (or its likeliest) if that holds a reading of
    the name, else one that does: "Blakely, Georgia" is in the state, whatever "Georgia" alone would be."""
    cont = mentions[m.container].candidates
    pick = picks[m.container].place if picks is not None else None
    if pick is None and cont:
        pick = max(cont, key=_prior).place
    if pick is None or any(_contains(pick, c.place) for c in cands):
        return pick
    holders = [c for c in cont if c.place.place_id != pick.place_id and any(_contains(c.place, x.place) for x in cands)]
    return max(holders, key=_prior).place if holders else pick


def _choose(m: Mention, mentions: list[Mention], focus: Counter | None, picks: list[Resolution] | None,
            index: int | None, keys: list[str], places: list | None = None,
            regions: Counter | None = None, county: Place | None = None,
            named_regions: set = frozenset()) -> Resolution:
    cands = m.candidates
    if not cands:
        return Resolution(None, 0.0, None)
    users = [c for c in cands if c.user]
    if users:
        cands = tuple(users)
    container = _container_reading(m, mentions, picks, cands) if m.container is not None else None
    if container is not None and container.kind in _SETTLEMENT:
        container = None  # a town holds no town: "Danville, Waterford, Concord and Kirby" is a list
    frame = picks[m.frame].place if m.frame is not None and picks is not None else None
    if len(cands) > MAX_CANDIDATES:  # "Springfield": the long tail of hamlets never wins, but the one in the
        # state the report names does ("SPRINGFIELD, Ky." is a town of 3,000)
        top = sorted(cands, key=_prior, reverse=True)[:MAX_CANDIDATES]
        if container is not None:
            top += [c for c in cands if c not in top and _contains(container, c.place)]
        if places and index is not None:  # (and so does the one among the report's places: "Santa Cruz" on Madeira
            # in a report from Funchal)
            own = keys[index]
            top += [c for c in cands if c not in top and _within(_nearest(c.place, places, own)[0], NEAR_KM)]
        cands = tuple(top)
    # (AP's abbreviation of a state is only ever a container: "Mexico, Mo." is a town)
    abbreviated = container is not None and bool(STATE_ABBREVIATION.fullmatch(mentions[m.container].text)
                                                 or _INITIALS.fullmatch(mentions[m.container].text))
    if container is not None and container.kind in ("admin1", "admin2") and not (abbreviated or m.container_worded) \
            and any(c.place.kind == "admin1" and c.place.country == container.country for c in cands) \
            and not any(c.place.population >= 100_000 and _contains(container, c.place) for c in cands) \
            and _in_a_list_of_regions(m, mentions):
        container = None  # two states of a country are a list: "Texas, Kansas, Ohio" names no hamlet Kansas, Ohio
        # (but a pair that no other state adjoins is a town and its state: "a plant in Washington, Iowa, and")
    if container is not None and container.kind == "country" \
            and not any(c.place.kind in ("country", "continent") for c in cands):
        # ... and which country a place is in: "the city of Cordoba in Spain" in a report on Argentina
        held = tuple(c for c in cands if _contains(container, c.place))
        if held:
            cands = held
    elif container is not None and container.kind in ("admin1", "admin2") \
            and (abbreviated or not any(c.place.kind in ("country", "continent") for c in cands)):
        # the report says which state a town is in: "a family from Canton, Miss." in a report from Canton, Ohio,
        # "San Jose, California" in a report on Costa Rica (a country before a state is a list, and so are two
        # states, unless the first is also a big city of the second: "Washington, Oregon" names no village; but
        # words say which: "Santiago, in Veraguas", "Santiago, the capital of Veraguas")
        held = tuple(c for c in cands if c.place.kind in _SETTLEMENT and _contains(container, c.place) and (
            abbreviated or m.container_worded or c.place.population >= 100_000
            or not any(q.place.kind in _BIG_KINDS for q in cands)))
        if held:
            cands = held
    total_focus = sum(focus.values()) if focus else 0.0
    total_regions = sum(regions.values()) if regions else 0.0
    per_country = None
    # a spelling with a capital inside ("LaFayette", "DeKalb") is that place's own: LaFayette, Georgia, not Lafayette
    exact = {c.place.place_id for c in cands if c.name == m.text} if _INNER_CAPITAL.search(m.text) else ()
    scored = []
    seen = set()
    # a name that is a state's or a country's own is hardly ever a town's that bears it only among its alternates,
    # however near the report's places that town lies: "a family from Quebec" in a report from Bristol, Conn.
    # (unless the text calls it a town: "the eastern city of Santa Cruz")
    region_named = m.kind_hint != "settlement" \
        and any(c.flags & PRIMARY and c.place.kind in ("admin1", "country") for c in cands)
    # a name written with or without an article is the big place of that very spelling, not one whose name the
    # article sets apart (keys drop articles): "hosting Uruguay in Salvador" is Bahia's city, not El Salvador, and
    # "El Salvador" no Salvador; but "Medina" is still Al Medina, the only big place of the name
    written = m.text.casefold()
    written_article = written.split(None, 1)[0] in _ARTICLE_HEADS
    spelt = None  # (worked out only where a candidate's name and the text differ by an article)
    for c in cands:
        p = c.place
        if p.place_id in seen:
            continue
        seen.add(p.place_id)
        s = _prior(c)
        if region_named and p.kind in _SETTLEMENT and not (c.user or c.flags & (PRIMARY | DEMONYM | CAPITAL)):
            s -= ALTERNATE_OF_A_REGION  # (GeoNames lists "Quebec" among New Britain, Conn.'s names)
        if exact and p.place_id in exact:
            s += EXACT_SPELLING
        named = c.name.casefold() if c.name != m.text else written
        if named != written and (written_article or named.split(None, 1)[0] in _ARTICLE_HEADS):
            if spelt is None:
                spelt = any(q.name.casefold() == written and q.flags & PRIMARY
                            and (q.place.population >= 1_000_000 or q.place.kind in ("country", "admin1"))
                            for q in cands)
            if spelt:
                s -= ARTICLE_DROPPED
        if m.kind_hint == "settlement":  # "the city of Marib": not the province
            s += 4.0 if p.kind in _SETTLEMENT else 0.0
        elif m.kind_hint == "region":  # "Marib province": not the city; "the Somali region": not Somalia
            s += 4.0 if p.kind in ("admin1", "admin2", "region") else -4.0 if c.flags & DEMONYM else 0.0
        if container is not None and container.place_id != p.place_id:
            s += 4.0 if _contains(container, p) else -1.0
        elif frame is not None and frame.place_id != p.place_id and _contains(frame, p):
            s += FRAME
        elif county is not None and p.kind in _SETTLEMENT and _km(p, county) < COUNTY_TOWN_KM:
            s += 4.0  # the town of the county the report names after it, as if placed in it
        if focus and p.country and total_focus:
            share = focus.get(p.country, 0.0) / total_focus
            # a small place borrows less from the focus: "California" in a report on Colombia is still the state
            # and so does a place reached only through one of its many alternate names ("Venice" for Dayton);
            # a town of tens of thousands is no small place in its own area ("Columbia" beside Franklin, Tenn.)
            weight = 1.0 if (p.kind not in _SETTLEMENT or (p.population >= TOWN and c.flags & (PRIMARY | CAPITAL))) \
                else 0.6  # ("Washington" is the capital's own short name, not an obscure alternate)
            s += weight * (6.0 * share + (1.0 if focus.get(p.country, 0) >= 1 else 0.0))
            if not share:  # next door to the report's countries: "Gaza" in a report on Israel
                near = sum(focus.get(n, 0.0) for n in neighbours().get(p.country, ())) / total_focus
                s += weight * NEIGHBOUR_FOCUS * near
                if p.kind == "country" and not near and total_focus >= 3.0:
                    s -= ABROAD  # "LEBANON -" atop a report on Tennessee towns: nothing else points abroad
            # among namesakes in one country, the report's regions: "Franklin County" beside Columbus is Ohio's; and
            # among namesakes abroad, a region the report names as such, unless a capital or a city of millions bears
            # the name: "Bridgewater" in a report on Nova Scotia is the Nova Scotia town, but "Washington" in a
            # report that names England is still the capital, and "Geneva" beside Chicago is still Switzerland's
            region = _region_of(p)
            r = regions.get(region, 0.0) if total_regions else 0.0
            if r:
                if per_country is None:
                    per_country = Counter(c.place.country for c in cands)
                    famous = any(c.flags & CAPITAL or c.place.population >= 1_000_000 for c in cands)
                if per_country[p.country] < 2 and (famous or region not in named_regions):
                    r = 0.0
            if r:
                s += weight * (REGION_FOCUS * r / total_regions + (0.5 if r >= 1 else 0.0))
        # (a region or an island is as near the report's places as a province: "Kurdistan" in a report from Erbil
        # and Duhok is Iraq's Kurdish region, not Iran's province of the name; "Trinidad" beside St. Vincent and
        # Barbados is the island, not Cuba's town)
        if places and p.kind in _SETTLEMENT + ("admin2", "admin1", "region", "landmark", "valley", "sea", "desert",
                                               "island"):
            near, around = _nearest(p, places, keys[index])
            if near is not None:
                bonus = 2.0 if near < 150 else 1.2 if near < 400 else 0.5 if near < 1000 else 0.0
                if near < NEAR_KM and p.kind in _SETTLEMENT:
                    bonus += 1.0  # a town right beside another of the report's places: "Peru" beside Miami County
                    # and Logansport, "Waimea" among Kauai's towns, "Paris" beside Henry County, Tenn.
                if around <= 1 and total_focus and focus.get(p.country, 0.0) < LONE_SHARE * total_focus:
                    bonus *= LONE_NEIGHBOUR  # "Geneva" and Chicago in a report on Brazil: one place is weak company
                s += bonus + CLUSTER * math.log2(1 + min(around, 7))
        scored.append((s, p))
    scored.sort(key=lambda t: -t[0])
    # a province and its same-named capital: the city is the more exact reading ("Idlib", "Baghdad"), unless a
    # far bigger city abroad outweighs that capital ("Guadalajara" is Mexico's, not the Spanish province's town of
    # 90,000; but "Geneva" near Chicago is still Switzerland's in a report on Brazil)
    swapped = False
    if scored[0][1].kind == "admin1" and not m.text.lower().endswith(REGION_NOUNS) and m.kind_hint != "region":
        # (of two provinces of the name that tie, the one with the city: "Gaza" is Palestine's, not Mozambique's; a big
        # province's point, the middle of its places, may lie hundreds of km from its capital: Irkutsk oblast's)
        tied = [p for si, p in scored if p.kind == "admin1" and si >= scored[0][0] - 0.01]
        for i, (si, pi) in enumerate(scored[1:4], 1):
            region = next((r for r in tied if pi.country == r.country
                           and (_km(pi, r) < 500 or pi.population >= 1_000_000)), None)  # (a city of millions named
            # like a vast province is its capital: Krasnoyarsk, 840 km from its krai's middle)
            if pi.kind in ("city", "town") and region is not None \
                    and si > scored[0][0] - 3.0 and name_key(pi.name) == name_key(m.text):
                abroad = [j for j in range(1, i) if scored[j][1].kind in _SETTLEMENT
                          and scored[j][1].country != region.country
                          and scored[j][1].population >= max(100_000, 2 * pi.population)]
                scored.insert(0, scored.pop(abroad[0] if abroad else i))
                swapped = not abroad
                break
    best_s, best = scored[0]
    runner = scored[1] if len(scored) > 1 else None
    if swapped:  # the city and its province are one answer: how sure we are is their lead over the rest
        margin = max(best_s, runner[0]) - scored[2][0] if len(scored) > 2 else 4.0
    else:
        margin = best_s - runner[0] if runner else 4.0
    conf = 1.0 / (1.0 + math.exp(-1.2 * margin))
    conf = conf * m.evidence
    if runner and _km(best, runner[1]) < 50:  # namesakes side by side: either is right on a map
        conf = max(conf, 0.8 * m.evidence)
    return Resolution(best, round(min(1.0, max(0.0, conf)), 3), runner[1] if runner else None)


def _in_a_list_of_regions(m: Mention, mentions: list[Mention]) -> bool:
    """Whether a name and the state after it ("Kansas, Ohio") are items of a longer list of regions: another
    region's name comes right before the first ("Texas, Kansas") or right after the second (", Indiana", " and
    Idaho")."""
    def region_at(i):
        return 0 <= i < len(mentions) and any(c.place.kind in ("admin1", "country") for c in mentions[i].candidates)
    before, after = m.container - 2, m.container + 1  # (the container is the mention after this one)
    return (region_at(before) and m.start - mentions[before].end <= 2) or (
        region_at(after) and mentions[after].start - mentions[m.container].end in (2, 4, 5, 6))


def _nearest(p: Place, places: list[tuple[str, float, float, str | None]], own: str) -> tuple[float | None, int]:
    """Distance to the nearest other place of the report (not one picked only by this same name), and how
    many of them lie within 150 km: a namesake among many of the report's places beats one beside a single
    place."""
    best = None
    around = 0
    pid, lat, lon = p.place_id, p.lat, p.lon
    c = math.cos(math.radians(lat))
    hypot = math.hypot
    for qid, qlat, qlon, only in places:
        if qid == pid or only == own:
            continue
        dlon = abs(qlon - lon)
        if dlon > 180.0:
            dlon = 360.0 - dlon
        d = 111.195 * hypot(dlon * c, qlat - lat)  # equirectangular, km per degree
        if d < 150:
            around += 1
        if best is None or d < best:
            best = d
    return best, around

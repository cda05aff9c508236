"""Who did it: one table of armed actors and their many names, and their mentions in a text.

News names one group half a dozen ways (Daesh, ISIS, ISIL, IS, Islamic State); events and claims
must agree on one name so that a map can colour by actor and a corpus can merge. The table is data:
add a row to add an actor. Generic phrases ("the jihadist group", "the militia") stand for the last
named actor of a fitting kind, because wire copy names a group once and then refers back to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.scan import Alternation

__all__ = ["FORCE_WORDS", "Actor", "ActorMention", "ACTORS", "find_actors", "normalise_actor", "actor_kind", "actor_country", "government_of", "holder_adjective"]


@dataclass(frozen=True)
class Actor:
    """One actor: its canonical name, whether it is a state force, and what generic nouns may stand for it."""

    name: str
    kind: str  # "state", "non-state", "coalition", "civilians", "protesters"
    names: tuple[str, ...]  # case-insensitive regex fragments
    acronyms: tuple[str, ...] = ()  # case-sensitive, whole word
    tags: tuple[str, ...] = ()  # "jihadist", "militia", "rebel": which generic nouns may refer to it
    country: str | None = None  # ISO 3166-1 alpha-2 of a state force


@dataclass(frozen=True)
class ActorMention:
    """An actor named (or referred back to) at [start, end) of a text."""

    start: int
    end: int
    text: str
    actor: str
    kind: str
    coreference: bool = False


FORCE_WORDS = _F = r"(?:forces?|troops|soldiers|army|military|armed forces|security forces|government forces|air defen[cs]es?)"

ACTORS: tuple[Actor, ...] = (
    Actor("Islamic State (ISIS)", "non-state",
          (r"daesh", r"da'esh", r"islamic state(?: group| of iraq and (?:syria|the levant))?", r"the islamic state"),
          ("ISIS", "ISIL", "IS"), ("jihadist", "armed")),
    Actor("Syrian Democratic Forces (SDF)", "non-state",
          (r"syrian democratic forces", r"u\.?s\.?-backed (?:syrian|kurdish-led) (?:force|forces|militias?|alliance)",
           r"kurdish-led (?:syrian )?(?:forces?|militias?|alliance)"),
          ("SDF",), ("militia", "armed")),
    Actor("People's Protection Units (YPG)", "non-state", (r"people'?s protection units",), ("YPG",), ("militia", "armed")),
    Actor("US-led coalition", "coalition",
          (r"u\.?s\.?-led (?:international |military )?coalition", r"the (?:international|anti-isis|global) coalition"),
          (), ()),
    Actor("Syrian government forces", "state",
          (rf"syrian (?:government |regime |army |pro-government )?{_F}", r"syrian (?:government|regime|army)",
           r"assad(?:'s)? (?:government|regime|forces)", r"damascus-led forces"), ("SAA",), (), "SY"),
    Actor("Iraqi government forces", "state",
          (rf"iraqi (?:government |army |federal )?{_F}", r"iraqi (?:army|government)", r"iraq's (?:army|military)",
           r"counter[- ]terrorism service"), ("ISF", "CTS"), (), "IQ"),
    Actor("Popular Mobilization Forces (PMF)", "non-state", (r"popular mobili[sz]ation (?:forces|units)", r"hashd al-shaabi"),
          ("PMF", "PMU"), ("militia", "armed")),
    Actor("Kurdish Peshmerga", "state", (r"peshmerga",), (), (), "IQ"),
    Actor("Russian armed forces", "state",
          (rf"russian (?:armed |military |occupying |occupation )?{_F}", r"russia's (?:army|military|armed forces)",
           r"russian (?:warplanes|jets|aircraft)"), (), (), "RU"),
    Actor("Ukrainian armed forces", "state",
          (rf"ukrainian (?:armed |military )?{_F}", r"ukraine's (?:army|military|armed forces)"), (), (), "UA"),
    Actor("Turkish armed forces", "state",
          (rf"turkish (?:armed |military )?{_F}", r"turkey's (?:army|military|armed forces)", r"turkish (?:warplanes|jets)"),
          (), (), "TR"),
    Actor("Syrian National Army (SNA)", "non-state",
          (r"syrian national army", r"turkish-backed (?:syrian )?(?:rebels|fighters|forces|militias?)"), ("SNA",),
          ("rebel", "armed")),
    Actor("Israeli forces", "state",
          (rf"israeli (?:defen[cs]e |military |army |security )?{_F}", r"israel defen[cs]e forces", r"israeli (?:army|military)",
           r"israeli (?:warplanes|jets|aircraft|troops)"), ("IDF",), (), "IL"),
    Actor("US forces", "state", (rf"u\.?s\.? (?:military |special )?{_F}", r"american (?:forces|troops|soldiers)",
                                r"u\.?s\.? (?:warplanes|jets|aircraft|drones?)"), (), (), "US"),
    Actor("Hezbollah", "non-state", (r"hezbollah", r"hizbollah", r"hizballah"), (), ("militia", "armed")),
    Actor("Hamas", "non-state", (r"hamas", r"qassam brigades"), (), ("militant", "armed")),
    Actor("Palestinian Islamic Jihad", "non-state", (r"palestinian islamic jihad", r"islamic jihad"), ("PIJ",), ("militant", "armed")),
    Actor("Houthis (Ansar Allah)", "non-state", (r"houthis?", r"ansar allah", r"huthis?"), (), ("rebel", "militia", "armed")),
    Actor("Yemeni government forces", "state", (rf"yemeni (?:government |army )?{_F}", r"saudi-backed (?:yemeni )?(?:forces|troops)"),
          (), (), "YE"),
    Actor("Saudi-led coalition", "coalition", (r"saudi-led (?:military )?coalition",), (), ()),
    Actor("Taliban", "non-state", (r"taliban",), (), ("insurgent", "armed")),
    Actor("Afghan government forces", "state", (rf"afghan (?:government |army |national |security )?{_F}",), (), (), "AF"),
    Actor("al-Shabaab", "non-state", (r"al[- ]shabaab", r"al[- ]shabab", r"shabaab"), (), ("jihadist", "militant", "armed")),
    Actor("Somali government forces", "state", (rf"somali (?:government |army |national )?{_F}",), (), (), "SO"),
    Actor("Boko Haram", "non-state", (r"boko haram", r"iswap", r"islamic state west africa(?: province)?"), ("ISWAP",),
          ("jihadist", "insurgent", "armed")),
    Actor("Nigerian armed forces", "state", (rf"nigerian (?:armed |army |military )?{_F}", r"nigerian (?:army|military)"), (), (), "NG"),
    Actor("Hayat Tahrir al-Sham (HTS)", "non-state", (r"hayat tahrir al-sham", r"tahrir al-sham"), ("HTS",),
          ("jihadist", "rebel", "armed")),
    Actor("al-Qaeda", "non-state", (r"al[- ]qaeda(?: in the arabian peninsula)?", r"al[- ]qaida"), ("AQAP", "AQIM"),
          ("jihadist", "armed")),
    Actor("JNIM", "non-state", (r"jama'?at nusrat al-islam wal-muslimin",), ("JNIM",), ("jihadist", "armed")),
    Actor("Kurdistan Workers' Party (PKK)", "non-state", (r"kurdistan workers'? party",), ("PKK",), ("militant", "armed")),
    Actor("Wagner Group", "non-state", (r"wagner(?: group| mercenaries)?",), (), ("militia", "armed")),
    Actor("Rapid Support Forces (RSF)", "non-state", (r"rapid support forces",), ("RSF",), ("militia", "paramilitary", "armed")),
    Actor("Sudanese Armed Forces (SAF)", "state", (rf"sudanese (?:armed |army |military )?{_F}", r"sudan's army"), ("SAF",), (), "SD"),
    Actor("M23", "non-state", (r"m23(?: rebels)?", r"march 23 movement"), (), ("rebel", "armed")),
    Actor("Congolese armed forces (FARDC)", "state", (rf"congolese (?:armed |army )?{_F}",), ("FARDC",), (), "CD"),
    Actor("Civilians", "civilians",
          (r"civilians?", r"villagers", r"worshippers", r"residents", r"farmers", r"passers-by", r"aid workers"), (), ()),
    Actor("Protesters", "protesters", (r"protesters", r"demonstrators", r"protestors", r"marchers"), (), ()),
    Actor("Police forces", "state", (r"(?:riot )?police(?:men| officers)?", r"security forces"), (), ()),
)

# Generic noun phrases that refer back to a named actor, and the actor tags they may stand for.
_GENERIC = (
    (r"the (?:jihadist|extremist|islamist) (?:group|militants|fighters|organi[sz]ation)|the jihadists", ("jihadist",)),
    (r"the (?:[a-z-]+-led |kurdish |[a-z]+-backed )?militias?", ("militia",)),
    (r"the rebels?(?: group)?|the insurgents?|the insurgency", ("rebel", "insurgent")),
    (r"the (?:militant|armed) group|the militants|the group", ("armed",)),
)

# Adjectives in "Russian-held", "rebel-held", "government-held": who holds the place.
_HOLDER_ADJECTIVES = {
    "russian": "Russian armed forces", "ukrainian": "Ukrainian armed forces", "turkish": "Turkish armed forces",
    "israeli": "Israeli forces", "houthi": "Houthis (Ansar Allah)", "taliban": "Taliban", "kurdish": "Syrian Democratic Forces (SDF)",
    "sdf": "Syrian Democratic Forces (SDF)", "isis": "Islamic State (ISIS)", "daesh": "Islamic State (ISIS)",
    "is": "Islamic State (ISIS)", "hezbollah": "Hezbollah", "hamas": "Hamas", "shabaab": "al-Shabaab", "al-shabaab": "al-Shabaab",
    "hts": "Hayat Tahrir al-Sham (HTS)", "m23": "M23", "rsf": "Rapid Support Forces (RSF)",
}

_GOVERNMENT_BY_COUNTRY: dict[str, str] = {}
for _a in ACTORS:  # the first state force listed for a country is its government's
    if _a.kind == "state" and _a.country:
        _GOVERNMENT_BY_COUNTRY.setdefault(_a.country, _a.name)


def _compile() -> tuple[Alternation, Alternation, list[tuple[Alternation, tuple[str, ...]]]]:
    """Scanners of the table (see geo.scan.Alternation: each is tried only at word starts where a name can begin)."""
    named, acros = [], []
    for i, a in enumerate(ACTORS):
        named.append(f"(?P<n{i}>{'|'.join(sorted(a.names, key=len, reverse=True))})")
        if a.acronyms:
            acros.append(f"(?P<a{i}>{'|'.join(a.acronyms)})")
    # Names: whole words, longest alternatives first within an actor; "(?![\w-])" keeps "Hamas-run" ok but not "ISISx".
    names = Alternation(named, re.IGNORECASE, head=r"(?<![\w-])", tail=r"(?!\w)")
    acronyms = Alternation(acros, head=r"(?<![\w-])", tail=r"(?![\w])(?! [A-Z]{2,})")
    generic = [(Alternation([p], re.IGNORECASE, head=r"\b", tail=r"\b"), tags) for p, tags in _GENERIC]
    return names, acronyms, generic


_NAMES, _ACRONYMS, _GENERIC_RE = _compile()
_NAME_RE, _ACRO_RE = _NAMES.regex, _ACRONYMS.regex
_BY_NAME = {a.name: a for a in ACTORS}
_COREF_WINDOW = 1500  # characters: a generic noun refers back at most this far


def find_actors(text: str, start: int = 0, end: int | None = None, *, coreference: bool = True) -> list[ActorMention]:
    """Actor mentions in text[start:end], in order, with offsets into `text`.

    Named mentions come from the table. With `coreference`, a generic phrase ("the jihadist group")
    stands for the nearest named actor before it (searched from the start of `text`, not of the
    window) whose tags fit, within a few paragraphs; otherwise it is dropped.
    """
    end = len(text) if end is None else end
    named = _named(text, 0, end) if coreference else _named(text, start, end)
    out = [m for m in named if m.start >= start]
    if coreference:
        taken = [(m.start, m.end) for m in named]
        for rx, tags in _GENERIC_RE:
            for g in rx.finditer(text, start, end):
                if any(s < g.end() and g.start() < e for s, e in taken):
                    continue
                ref = _refer_back(named, g.start(), tags)
                if ref is not None:
                    out.append(ActorMention(g.start(), g.end(), g.group(), ref.actor, ref.kind, True))
                    taken.append((g.start(), g.end()))
    return sorted(out, key=lambda m: m.start)


def _named(text: str, start: int, end: int) -> list[ActorMention]:
    found: list[ActorMention] = []
    for rx in (_NAMES, _ACRONYMS):
        for m in rx.finditer(text, start, end):
            key = m.lastgroup
            a = ACTORS[int(key[1:])]
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            # "Syrian Democratic Forces (SDF)" is one mention: fold the acronym in brackets into its name
            prev = next((f for f in found if f.actor == a.name and text[f.end:m.start()] == " ("
                         and text[m.end():m.end() + 1] == ")"), None)
            if prev is not None:
                found[found.index(prev)] = ActorMention(prev.start, m.end() + 1, text[prev.start:m.end() + 1], a.name, a.kind)
                continue
            found.append(ActorMention(m.start(), m.end(), m.group(), a.name, a.kind))
    return sorted(found, key=lambda m: m.start)


def _refer_back(named: list[ActorMention], pos: int, tags: tuple[str, ...]) -> ActorMention | None:
    for m in reversed(named):
        if m.end > pos:
            continue
        if pos - m.end > _COREF_WINDOW:
            return None
        if set(_BY_NAME[m.actor].tags) & set(tags):
            return m
    return None


def normalise_actor(name: str) -> str | None:
    """The canonical name for any alias ("Daesh" -> "Islamic State (ISIS)"), or None if unknown."""
    name = name.strip()
    if name in _BY_NAME:
        return name
    m = _NAME_RE.fullmatch(name) or _ACRO_RE.fullmatch(name)
    if m:
        return ACTORS[int(m.lastgroup[1:])].name
    return _HOLDER_ADJECTIVES.get(name.lower())


def actor_kind(name: str) -> str | None:
    """"state", "non-state", "coalition", "civilians" or "protesters" for a canonical name."""
    a = _BY_NAME.get(name)
    return a.kind if a else None


def actor_country(name: str) -> str | None:
    """The ISO country code of a state force ("Ukrainian armed forces" -> "UA"), None for the rest."""
    a = _BY_NAME.get(name)
    return a.country if a else None


def holder_adjective(word: str, country: str | None = None) -> str | None:
    """The actor meant by the first half of "Russian-held", "rebel-held", "government-held"."""
    w = word.lower()
    if w in ("government", "regime", "army", "state") and country:
        return government_of(country)
    return _HOLDER_ADJECTIVES.get(w) or normalise_actor(word)


def government_of(country: str | None) -> str | None:
    """The state force of an ISO country code, e.g. "SY" -> "Syrian government forces"."""
    if not country:
        return None
    return _GOVERNMENT_BY_COUNTRY.get(country, f"Government forces ({country})")

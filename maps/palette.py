"""Faction and category colours: the same actor gets the same colour on every map.

Known factions are fixed so that readers learn them once (Islamic State black, SDF yellow...);
anyone else gets a colour from a stable hash of the normalised name, so the table never depends
on which reports happened to be rendered together.
"""

from __future__ import annotations

import hashlib
import re

__all__ = [
    "FACTIONS", "EVENT_STYLES", "ROLE_STYLES", "CONTESTED_COLOUR", "actor_colour", "canonical_actor", "normalise_actor",
]

# Canonical faction -> (colour, aliases). Aliases are matched after `normalise_actor`.
FACTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Islamic State": ("#111111", ("isis", "isil", "is", "daesh", "daish", "islamic state", "islamic state group",
                                  "islamic state of iraq and the levant", "islamic state of iraq and syria")),
    "SDF": ("#f2c80f", ("sdf", "syrian democratic forces", "ypg", "ypj", "qsd")),
    "Syrian government": ("#d62728", ("syrian government", "syrian army", "saa", "syrian arab army",
                                      "government of syria", "assad regime", "syrian regime", "regime")),
    "Turkey and allies": ("#2ca02c", ("turkey", "turkish army", "turkish armed forces", "tsk", "turkiye",
                                      "syrian national army", "sna", "free syrian army", "fsa")),
    "US-led coalition": ("#1f77b4", ("us-led coalition", "coalition", "international coalition",
                                     "us-led international coalition", "cjtf-oir", "united states", "us", "usa",
                                     "us military", "us forces")),
    "Russia": ("#7b2d8e", ("russia", "russian forces", "russian army", "russian military",
                           "russian armed forces", "wagner", "wagner group")),
    "Iraq": ("#e377c2", ("iraq", "iraqi forces", "iraqi army", "iraqi security forces", "isf", "iraqi government",
                         "popular mobilization forces", "pmf", "hashd")),
    "Ukraine": ("#0057b7", ("ukraine", "ukrainian forces", "ukrainian army", "ukrainian armed forces", "afu")),
    "Hayat Tahrir al-Sham": ("#8c564b", ("hts", "hayat tahrir al-sham", "hayat tahrir al sham", "nusra front",
                                         "al-nusra front", "jabhat al-nusra")),
    "Hezbollah": ("#ff7f0e", ("hezbollah", "hizbollah", "hizballah")),
    "Iran": ("#17becf", ("iran", "irgc", "islamic revolutionary guard corps", "iranian forces")),
    "Kurdistan Regional Government": ("#bcbd22", ("krg", "peshmerga", "kurdistan regional government")),
}

_ALIASES = {alias: name for name, (_, aliases) in FACTIONS.items() for alias in (*aliases, name.lower())}

# Colours for hashed actors: distinct from the fixed faction colours above, readable on light ground.
_HASH_PALETTE = (
    "#9edae5", "#c49c94", "#f7b6d2", "#dbdb8d", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
    "#c5b0d5", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354",
)

CONTESTED_COLOUR = "#555555"

# ACLED event type -> (Font Awesome 6 solid icon, colour). Icons are inlined with the font.
EVENT_STYLES: dict[str, tuple[str, str]] = {
    "Battles": ("crosshairs", "#b2182b"),
    "Explosions/Remote violence": ("bomb", "#e66101"),
    "Violence against civilians": ("person-falling-burst", "#762a83"),
    "Strategic developments": ("chess-knight", "#2166ac"),
    "Protests": ("bullhorn", "#1b7837"),
    "Riots": ("fire", "#8c510a"),
}

# Toponym role -> (label, circle style). Modifiers ("Syrian" in "Syrian army") are hollow and dashed.
ROLE_STYLES: dict[str, tuple[str, dict]] = {
    "literal": ("Places mentioned", {"color": "#08306b", "fillColor": "#4292c6", "fillOpacity": 0.8,
                                     "weight": 1, "dashArray": None}),
    "modifier": ("Places as modifiers", {"color": "#08306b", "fillColor": "#ffffff", "fillOpacity": 0.3,
                                         "weight": 2, "dashArray": "3 3"}),
    "related": ("Related places (links, captions)", {"color": "#636363", "fillColor": "#bdbdbd",
                                                     "fillOpacity": 0.6, "weight": 1, "dashArray": None}),
}


def normalise_actor(actor: str) -> str:
    """Lower-case, drop a leading "the" and collapse spaces, so "The  SDF" and "sdf" meet."""
    a = re.sub(r"\s+", " ", actor.strip().lower())
    a = re.sub(r"^the ", "", a)
    return a.replace("\u2019", "'")


def canonical_actor(actor: str) -> str:
    """The faction's display name if the actor is a known alias, else the actor as written."""
    return _ALIASES.get(normalise_actor(actor), actor.strip())


def actor_colour(actor: str) -> str:
    """Fixed colour for known factions, else a colour chosen by a hash that is stable across runs.

    Python's `hash()` is salted per process, so md5 is used: the same name gives the same colour
    on every machine and every day.
    """
    name = canonical_actor(actor)
    if name in FACTIONS:
        return FACTIONS[name][0]
    digest = hashlib.md5(normalise_actor(actor).encode("utf-8")).digest()
    return _HASH_PALETTE[digest[0] % len(_HASH_PALETTE)]

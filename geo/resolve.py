"""Resolution: pick the place each mention names, with a confidence and a runner-up.

Each candidate gets a score from evidence that holds for news anywhere:
- a prior from the feature kind and the population (countries and regions are named far more often);
- how the name matched (the place's own name beats an obscure alternate; a transliteration variant is weaker);
- the document's focus (candidates inside countries and regions the report names, or that its clear places sit in);
- an explicit container ("Alexandria, Louisiana", "Hajin in Deir ez-Zor province");
- distance to the report's other places (a village named beside Abu Kamal beats a namesake 2,000 km away);
- the user's own entries, which always win.
Two passes: the first picks provisional places without the proximity term, the second uses them.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from gazetteer.place import Place
from gazetteer.sources import DEMONYM, LOOSE, PRIMARY
from gazetteer.store import Candidate

from .recognize import Mention

__all__ = ["Resolution", "resolve", "KIND_PRIOR"]

# Prior of a kind, on the scale of log10(population): a country weighs like a place of 10^9 people.
KIND_PRIOR = {
    "continent": 10.5, "country": 11.0, "admin1": 6.3, "region": 6.5, "admin2": 4.6, "river": 5.8, "sea": 5.8,
    "lake": 5.0, "mountain": 5.0, "desert": 5.5, "island": 5.0, "valley": 4.5, "landmark": 4.5,
}
_SETTLEMENT = ("city", "town", "village", "place")


@dataclass(frozen=True)
class Resolution:
    place: Place | None
    confidence: float
    runner_up: Place | None


def _prior(c: Candidate) -> float:
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
    elif c.flags & DEMONYM:
        base += 0.5
    if c.flags & LOOSE:
        base -= 1.5
    return base


def _km(a: Place, b: Place) -> float:
    r = math.pi / 180
    h = (math.sin((b.lat - a.lat) * r / 2) ** 2
         + math.cos(a.lat * r) * math.cos(b.lat * r) * math.sin((b.lon - a.lon) * r / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _contains(container: Place, p: Place) -> bool:
    if container.kind == "country":
        return p.country == container.country
    if container.kind in ("admin1", "admin2", "region"):
        return p.country == container.country and (p.admin1 == container.name or _km(p, container) < 250)
    return _km(p, container) < 100


def resolve(mentions: list[Mention]) -> list[Resolution]:
    """One Resolution per mention, in order."""
    keys = [m.text.casefold() for m in mentions]
    first = [_choose(m, mentions, None, None, None, keys) for m in mentions]
    focus = _focus_countries(mentions, first)
    return [_choose(m, mentions, focus, first, i, keys) for i, m in enumerate(mentions)]


def _focus_countries(mentions: list[Mention], picks: list[Resolution]) -> Counter:
    focus: Counter = Counter()
    for m, r in zip(mentions, picks):
        if r.place is None or m.role == "related":
            continue
        weight = 1.0 if r.confidence >= 0.6 else 0.4
        if r.place.country:
            focus[r.place.country] += weight * (1.5 if r.place.kind == "country" else 1.0)
    return focus


def _choose(m: Mention, mentions: list[Mention], focus: Counter | None, picks: list[Resolution] | None,
            index: int | None, keys: list[str]) -> Resolution:
    cands = m.candidates
    if not cands:
        return Resolution(None, 0.0, None)
    users = [c for c in cands if c.user]
    if users:
        cands = tuple(users)
    container = None
    if m.container is not None and picks is not None and picks[m.container].place is not None:
        container = picks[m.container].place
    elif m.container is not None:
        cont = mentions[m.container].candidates
        container = max(cont, key=_prior).place if cont else None
    total_focus = sum(focus.values()) if focus else 0.0
    scored = []
    seen = set()
    for c in cands:
        p = c.place
        if p.place_id in seen:
            continue
        seen.add(p.place_id)
        s = _prior(c)
        if container is not None and container.place_id != p.place_id:
            s += 4.0 if _contains(container, p) else -1.0
        if focus and p.country and total_focus:
            share = focus.get(p.country, 0.0) / total_focus
            s += 3.0 * share + (1.0 if focus.get(p.country, 0) >= 1 else 0.0)
        if picks is not None and p.kind in _SETTLEMENT + ("admin2", "admin1", "landmark", "valley"):
            near = _nearest(p, picks, index, keys)
            if near is not None:
                s += 2.0 if near < 150 else 1.2 if near < 400 else 0.5 if near < 1000 else 0.0
        scored.append((s, p))
    scored.sort(key=lambda t: -t[0])
    best_s, best = scored[0]
    runner = scored[1] if len(scored) > 1 else None
    margin = best_s - runner[0] if runner else 4.0
    conf = 1.0 / (1.0 + math.exp(-1.2 * margin))
    conf = conf * m.evidence
    if runner and _km(best, runner[1]) < 50:  # namesakes side by side: either is right on a map
        conf = max(conf, 0.8 * m.evidence)
    return Resolution(best, round(min(1.0, max(0.0, conf)), 3), runner[1] if runner else None)


def _nearest(p: Place, picks: list[Resolution], index: int | None, keys: list[str]) -> float | None:
    """Distance to the nearest other place of the report (not another mention of the same name)."""
    best = None
    own = keys[index] if index is not None else None
    for j, r in enumerate(picks):
        if j == index or keys[j] == own or r.place is None or r.place.kind in ("continent", "country") or r.place.place_id == p.place_id:
            continue
        d = _km(p, r.place)
        if best is None or d < best:
            best = d
    return best

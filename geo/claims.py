"""Who holds what: territorial claims ("X captured Y", "Y fell to X", "the last patch of territory X holds").

A claim ties an actor, a status and a literal toponym of one sentence. The actor is the subject of
the verb (the nearest actor named before it), the agent of a passive ("captured by X", "fell to X"),
or for a noun phrase ("the capture of Raqqa") the first actor of the sentence. Present tense
("holds", "controls") is dated by publication; past tense by the nearest date phrase of the sentence
("the capture of Raqqa in 2017"), else the report's own date. Hedged claims ("vowed to capture",
"the capture of X would...") are none.
"""

from __future__ import annotations

import datetime as dt
import re

from geo.actors import ActorMention, holder_adjective
from geo.scan import Alternation
from geo.events import Context, subject_before
from geo.model import Claim, Toponym

__all__ = ["extract_claims"]

# Verbs before the place, by status. Present-tense forms date by publication.
_VERBS = {
    "holds": r"holds|held|hold|holding|controls|controlled|control|controlling|occupies|occupied|occupying|retains|retained"
             r"|kept control of|remains? in control of|in control of|(?:has |have )?(?:fallen|fell) back (?:on|to|into)"
             r"|retreated (?:to|into)|holed up in|entrenched in|dug in (?:in|at)",
    "captured": r"captured|capturing|seized|seizing|took(?: (?:full )?control of)?|taken|overran|overrun|retook|retaken|recaptured"
                r"|regained(?: control of)?|liberated|wrested(?: control of)?|conquered|gained control of|pushed (?:\w+ )?out of",
    "lost": r"lost(?: control of)?|loses|losing|ceded|cedes|relinquished",
    "besieged": r"besieges|besieged|besieging|encircled|encircling|surrounded|surrounding|laid siege to|lays siege to"
                r"|blockaded|under siege in",
    "withdrew": r"withdrew from|withdrawn from|withdrawing from|pulled out of|pulled back from|retreated from|abandoned"
                r"|evacuated (?:their |its )?(?:positions|forces|troops) (?:from|in)",
    "contested": r"(?:fighting|fight|fought|battling|battle|vying|struggle) for (?:control of)?|contesting|contested",
}
_PRESENT = re.compile(r"^(?:holds|hold|holding|controls|control|controlling|occupies|occupying|retains|remains? in control of"
                      r"|in control of|besieges|besieging|encircling|surrounding|lays siege to|under siege in|fighting for"
                      r"|battling for|vying for|contesting|fallen back|loses|losing|cedes)",
                      re.IGNORECASE)
_VERB_SCAN = Alternation((f"(?P<{k}>\\b(?:{v})\\b)" for k, v in _VERBS.items()), re.IGNORECASE)  # tried only where a verb can start
_VERB_RE = _VERB_SCAN.regex
_GAP_STOP = re.compile(r"[.;:!?]|,(?!\s*(?:including|such as|notably)\b)|\b(?:but|while|as|when|after|before|because|which|that|who"
                       r"|said|says|and then|where|whose|although|though|if)\b", re.IGNORECASE)
_GAP_PREP = re.compile(r"\b(?:in|at|near|on|to|from|with|for|over|into|around|across|by|against)\b", re.IGNORECASE)
_TERRITORIAL = re.compile(r"\b(?:parts|areas|territory|land|lands|pockets|villages|towns|cities|districts|neighbou?rhoods|positions"
                          r"|strongholds|bases|outposts|swathes|swaths|chunks|stretches|most|much|all|rest|remainder)\b",
                          re.IGNORECASE)
_MAX_GAP_WORDS = 8

_PASSIVE = re.compile(
    r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|has been|have been|had been|is|are|is being|was being|now|remains?)\s+)?"
    r"(?:\w+ly\s+)?(?P<verb>captured|seized|taken|retaken|recaptured|liberated|overrun|besieged|encircled|surrounded|held"
    r"|controlled|occupied|lost|fell)\s+(?:by|to)\s+",
    re.IGNORECASE,
)
_PASSIVE_STATUS = {"besieged": "besieged", "encircled": "besieged", "surrounded": "besieged", "held": "holds",
                   "controlled": "holds", "occupied": "holds"}
_NOMINAL = re.compile(
    r"(?P<poss>\b[\w-]+'s\s+)?\b(?P<noun>capture|seizure|fall|recapture|liberation|siege|encirclement|occupation|control|loss)\s+of\s+"
    r"(?:the\s+(?:\w+\s+){0,2}?(?:town|city|village|province|district|region)\s+of\s+)?$",
    re.IGNORECASE,
)
_NOMINAL_STATUS = {"capture": "captured", "seizure": "captured", "fall": "captured", "recapture": "captured",
                   "liberation": "captured", "siege": "besieged", "encirclement": "besieged", "occupation": "holds",
                   "control": "holds", "loss": "lost"}
_ADJECTIVE = re.compile(
    r"\b(?P<who>[\w]+)-(?P<how>held|controlled|occupied|besieged|encircled)\s+(?:(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:town|city|village|province|district|region|port|enclave|area|territory)\s+of\s+|the\s+)?$",
    re.IGNORECASE,
)
_LAST = re.compile(
    r"^[^.;]{0,120}?\b(?:is|was|remains|became)\s+(?:the|its|their|[\w-]+'s)\s+last\b[^.;]{0,80}?"
    r"\b(?:holds|controls|held|controlled|still holds|occupies)\b",
    re.IGNORECASE,
)
_LAST_BEFORE = re.compile(
    r"\blast\s+(?:remaining\s+)?(?:major\s+)?(?:stronghold|bastion|enclave|redoubt|foothold|bulwark)\s*(?:of\s+[\w\s'-]{1,40}?)?"
    r"\s*(?:,|in|at)?\s*(?:the\s+(?:town|village|city)\s+of\s+)?$",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(r"^[^.;,]{0,40}\b(?:would|could|might|will)\b", re.IGNORECASE)
_COARSE = ("admin1", "region", "country", "sea", "continent", "desert")
_ARMED = ("state", "non-state", "coalition")


def extract_claims(text: str, toponyms, published: dt.date | None, related_spans=()) -> list[Claim]:
    """Territorial claims of one report, one per (actor, status, place, as_of), none from related spans."""
    ctx = Context.of(text, toponyms, published, related_spans)
    found: dict[tuple, Claim] = {}
    for start, end in ctx.sentences:
        for claim in _sentence_claims(ctx, start, end):
            place = claim.place.place.place_id if claim.place.place else claim.place.text.lower()
            key = (claim.actor, claim.status, place, claim.as_of)
            if key not in found or found[key].confidence < claim.confidence:
                found[key] = claim
    return sorted(found.values(), key=lambda c: (c.start, c.place.start))


def _sentence_claims(ctx: Context, start: int, end: int) -> list[Claim]:
    text = ctx.text
    armed = [a for a in ctx.actors_in(start, end) if a.kind in _ARMED]
    out = []
    for t in ctx.usable(start, end):
        if t.qualifier and t.qualifier.endswith(" of"):
            continue  # "recaptured Klishchiivka south of Bakhmut": Bakhmut only says where the village is
        before, after = text[start:t.start], text[t.end:end]
        for status, actor, verb_pos, present, strength in _readings(ctx, t, before, after, start, armed):
            if actor is None:
                continue
            as_of = _as_of(ctx, start, end, verb_pos, present)
            out.append(Claim(actor=actor, status=status, place=t, sentence=text[start:end], start=start, end=end,
                             as_of=as_of, confidence=round(strength, 3)))
    return out


def _readings(ctx: Context, t: Toponym, before: str, after: str, start: int, armed: list[ActorMention]):
    """Every (status, actor, verb offset, present tense?, confidence) that the words around toponym `t` support."""
    kind = t.place.kind if t.place else "place"
    tail = max(0, len(before) - 200)  # the end-anchored patterns below need only the last words
    # "Baghouz ... is the last patch of territory Daesh holds"
    m = _LAST.match(after)
    if m and kind not in _COARSE:
        between = [a for a in armed if t.end <= a.start < t.end + m.end()]
        who = between[-1] if between else subject_before(ctx.text, armed, t.start)
        yield "holds", who.actor if who else None, t.end + m.end() - 1, True, 0.8
    # "the group's last stronghold of Baghouz", "the last bastion of ISIS, Baghouz"
    m = _LAST_BEFORE.search(before, tail)
    if m and kind not in _COARSE:
        who = subject_before(ctx.text, armed, start + m.end()) or subject_before(ctx.text, armed, start + m.start())
        yield "holds", who.actor if who else None, start + m.start(), True, 0.7
    # "Houthi-held Hodeidah", "government-held Aleppo"
    m = _ADJECTIVE.search(before, tail)
    if m:
        who = holder_adjective(m.group("who"), t.place.country if t.place else None)
        status = "besieged" if m.group("how").lower() in ("besieged", "encircled") else "holds"
        yield status, who, start + m.start(), True, 0.8
    # "the capture of Raqqa (by X)", "X's capture of Raqqa"
    m = _NOMINAL.search(before, tail)
    if m and not _HEDGE_AFTER.search(after):
        noun = m.group("noun").lower()
        status = _NOMINAL_STATUS[noun]
        agent = re.match(r"\s*(?:in \d{4}\s*)?(?:by|to)\s+", after)
        who = _first_after(armed, t.end + agent.end()) if agent else None
        if who is None and m.group("poss"):
            who = subject_before(ctx.text, armed, start + m.start() + len(m.group("poss")))
        if who is None and noun != "fall":
            who = armed[0] if armed and armed[0].start < start + m.start() else None
        if who is not None and not ctx.hedged(start, start + m.start(), start + m.end(), start + m.end()):
            yield status, who.actor, start + m.start("noun"), noun in ("siege", "occupation", "control"), 0.7
    # "Raqqa was captured by the SDF", "Mosul fell to Islamic State"
    m = _PASSIVE.match(after)
    if m:
        who = _first_after(armed, t.end + m.end(), within=60)
        status = _PASSIVE_STATUS.get(m.group("verb").lower(), "captured")  # "was lost to X": X captured it
        present = bool(re.match(r"\s*,?\s*(?:is|are|now|remains?)\b", after, re.IGNORECASE))
        if who is not None:
            yield status, who.actor, t.end + m.start("verb"), present, 0.8
    # "X captured / holds / lost / besieges ... Y", and the later items of its list: "took Kunduz, Sar-e Pul and Taloqan"
    verb = _nearest_verb(ctx.text, start, t.start) or _listed_after_verb(ctx, start, t)
    if verb is not None and not ctx.hedged(start, verb[1], verb[2], verb[2]):
        status, v_start, _, words = verb
        who = subject_before(ctx.text, armed, v_start)
        if who is None:  # "it said", "they retook": the last armed actor named before the sentence
            who = next((a for a in reversed([a for a in ctx.actors if a.kind in _ARMED])
                        if start - 600 <= a.end <= start), None)
            yield status, who.actor if who else None, v_start, bool(_PRESENT.match(words)), 0.55
        else:
            yield status, who.actor, v_start, bool(_PRESENT.match(words)), 0.75
        # "recaptured Gwoza from Boko Haram": the one it was taken from lost it
        loser = re.match(r"\s+from\s+", after) if status == "captured" else None
        if loser and (who_lost := _first_after(armed, t.end + loser.end())) is not None:
            yield "lost", who_lost.actor, v_start, False, 0.7


def _nearest_verb(text: str, start: int, end: int) -> tuple[str, int, int, str] | None:
    """(status, start, end, words) of the claim verb of text[start:end] nearest its end (the place), if nothing but a
    short noun phrase stands between them. Offsets are into `text`."""
    if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        # \b at the start of a slice sees no character before it, unlike a scan of `text` from `start`
        m = _last(_VERB_RE.finditer(text[start:end]))
        found = (m.lastgroup, start + m.start(), start + m.end(), m.group()) if m else None
    else:
        m = _last(_VERB_SCAN.finditer(text, start, end))
        found = (m.lastgroup, m.start(), m.end(), m.group()) if m else None
    if found is None:
        return None
    gap = text[found[2]:end]
    if _GAP_STOP.search(gap) or len(gap.split()) > _MAX_GAP_WORDS:
        return None
    if _GAP_PREP.search(gap) and not _TERRITORIAL.search(gap):
        return None
    return found


_LIST_GAP_BEFORE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\Z")
_LIST_ONLY = re.compile(r"\s*\x00(?:\s*,\s*(?:and\s+|or\s+)?\x00|\s+(?:and|or)\s+\x00)*\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


def _listed_after_verb(ctx: Context, start: int, t: Toponym) -> tuple[str, int, int, str] | None:
    """The claim verb of an earlier item of the list that `t` ends: "took Kunduz, Sar-e Pul and Taloqan"."""
    if not _LIST_GAP_BEFORE.search(ctx.text, max(start, t.start - 8), t.start):
        return None  # (most places end no list: no verb search for them)
    items = [u for u in ctx.usable(start, t.start) if u.end <= t.start]
    for first in items:
        verb = _nearest_verb(ctx.text, start, first.start)
        if verb is None:
            continue
        # the words between the first item and `t` must be nothing but other items and list gaps
        gap, pos = [], first.start
        for u in items:
            if u.start >= first.start:
                gap.append(ctx.text[pos:u.start])
                gap.append("\x00")
                pos = u.end
        gap.append(ctx.text[pos:t.start])
        if _LIST_ONLY.fullmatch("".join(gap)):
            return verb
    return None


def _last(matches) -> re.Match | None:
    m = None
    for m in matches:
        pass
    return m


def _first_after(armed: list[ActorMention], pos: int, within: int = 40) -> ActorMention | None:
    return next((a for a in armed if pos <= a.start <= pos + within), None)


def _as_of(ctx: Context, start: int, end: int, pos: int, present: bool) -> str | None:
    if present:
        return ctx.published.isoformat() if ctx.published else None
    return ctx.sentence_date(start, end, pos)[0]

"""Name keys: the folded form under which a name is stored and looked up.

`key("Al Bāghūz") == key("al-Baghuz") == key("BAGHOUZ")` is not quite true: the first two fold to
"baghuz", the third to "baghouz". `loose_key` then merges common transliteration variants ("ou" and
"u", "ay" and "ei", "aw" and "o"...), so "Deir ez-Zor", "Deir al-Zour" and "Dayr az Zawr" meet too.
The exact key is tried first; a loose match is a weaker signal for the resolver.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["key", "loose_key", "region_key", "fold_accents", "is_common_word", "word_frequency", "ARTICLES"]

# Arabic (and Hebrew, Persian) articles that are written attached or hyphenated: al-, el-, ad-, ar-...
ARTICLES = frozenset("al el il ul ad ar as az ash an at ath adh ed er es ez en et".split())
# Articles that may stand as the first word of a place name with a plain space ("Al Qaim", "El Paso").
_LEADING = frozenset({"al", "el"})

_SPECIAL = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae", "œ": "oe",
    "Œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ʿ": "", "ʾ": "", "ʻ": "", "ʼ": "", "'": "", "’": "", "‘": "",
    "`": "", "´": "", "ـ": "",
})
# abbreviations of a name's leading words ("St." at the end of a name is a street, and stays)
_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_NON_WORD = re.compile(r"[\W_]+")
_HYPHENATED_ARTICLE = re.compile(r"(?i)(?:^|(?<=[\s(]))(?:al|el|il|ul|ad|ar|as|az|ash|an|at|ath|adh|ed|er|es|ez|en|et)[-‐‑](?=\w)")
_ARABIC_ARTICLE = re.compile(r"(?:^|(?<=\s))ال(?=\w)")


def fold_accents(s: str) -> str:
    """"Sébastien" -> "Sebastien": the letters without their accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """Case, accents, punctuation and Arabic articles folded away: the exact lookup key."""
    s = _HYPHENATED_ARTICLE.sub("", name)  # "al-Baghuz" -> "Baghuz", "Deir ez-Zor" -> "Deir Zor"
    s = _ARABIC_ARTICLE.sub("", s)
    s = fold_accents(s.translate(_SPECIAL)).casefold()
    s = _NON_WORD.sub(" ", s).strip()
    words = s.split()
    if len(words) > 1 and words[0] in _LEADING:  # "Al Baghuz" -> "baghuz"
        words = words[1:]
    if len(words) > 1 and not _ABBREVIATED.keys().isdisjoint(words[:-1]):  # "Mt. Juliet" = "Mount Juliet"
        words = [_ABBREVIATED.get(w, w) for w in words[:-1]] + words[-1:]
    if len(words) > 2:  # "Dayr az Zawr" -> "dayr zawr": an article between two words
        words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in ARTICLES)]
    return " ".join(words)


_LOOSE = [
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters
    (re.compile(r"ou|oo|ow(?=[^aeiou]|$)"), "u"),
    (re.compile(r"aw|au"), "o"),
    (re.compile(r"ay|ai|ei|ey"), "e"),
    (re.compile(r"ee|ie|iy|ea"), "i"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"q"), "k"),
    (re.compile(r"kh"), "k"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"dh|th"), "d"),
    (re.compile(r"(?<=[a-z])h\b"), ""),  # final -ah/-eh: "Raqqah" ~ "Raqqa"
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"o"), "u"),
    (re.compile(r"e"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@lru_cache(maxsize=200_000)
def loose_key(folded: str) -> str:
    """A coarser key over an exact key: transliteration variants of one name meet here."""
    s = folded
    for pattern, repl in _LOOSE:
        s = pattern.sub(repl, s)
    return s


@lru_cache(maxsize=200_000)
def word_frequency(word: str) -> float:
    """Zipf frequency of a word in English (wordfreq): 7 for "the", about 5 for "march", 0 for unknown words."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def is_common_word(name: str, threshold: float = 4.0) -> bool:
    """True for single words that English uses every day in lower case ("the", "march", "reading")."""
    return " " not in name.strip() and word_frequency(name.lower()) >= threshold


_DIRECTION_FORMS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west", "central": "centre",
                    "center": "centre"}
_REGION_NOUNS = frozenset({"province", "state", "region", "governorate", "department", "district"})


def region_key(name: str) -> str:
    """A first-level region's name as two sources may spell it: GeoNames' "Northern Darfur" is countrystatecity's
    "North Darfur", a town's "Western Province" is the region "Western"."""
    return " ".join(_DIRECTION_FORMS.get(w, w) for w in key(name).split() if w not in _REGION_NOUNS)

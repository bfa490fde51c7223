"""Words typed with the Vietnamese input method off: Telex (`nghij quyeets`) and VNI (`nghi5 quye6t5`).

Search folds diacritics away anyway, so decoding only has to drop the keys that would have made them. Folded
Vietnamese syllables never end in s, f, r, x or j and never hold w, z, dd or aa/ee; a word that does was typed in
Telex. Decoding is offered beside the word as typed, never instead of it (a name or a foreign word stays findable).
"""

from __future__ import annotations

import re

__all__ = ["decode"]

_VOWELS = set("aeiouy")
_TELEX_DOUBLES = re.compile(r"dd|aa|ee|oo|aw|ow|uw")
_VNI = re.compile(r"^(?=.*[aeiouy])(?:[a-z]+[1-9]{1,2})+[a-z]*$")  # `so61`: circumflex then acute


def _telex(word: str) -> str:
    decoded = _TELEX_DOUBLES.sub(lambda m: m.group()[0], word)
    decoded = decoded.replace("w", "u")  # `w` alone is ư
    if len(decoded) > 1 and decoded[-1] in "sfrxj" and _VOWELS & set(decoded[:-1]):
        decoded = decoded[:-1]
    # A tone key typed right after its vowel, before the final consonant (`quyest`).
    decoded = re.sub(r"(?<=[aeiouy])[sfrxj](?=(?:c|ch|m|n|ng|nh|p|t)$)", "", decoded)
    return decoded


def decode(word: str) -> str | None:
    """The folded word meant by a Telex or VNI spelling (`quyeets` -> `quyet`), or None when it is not one.

    `word` is already folded and lower case; digits only count as VNI marks inside a word with a vowel, one at a
    time or two (`nq57` is a symbol, not VNI)."""
    if _VNI.match(word):
        return re.sub(r"[1-9]", "", word)
    if not word.isalpha() or not word.isascii():
        return None
    decoded = _telex(word)
    return decoded if decoded != word and decoded else None

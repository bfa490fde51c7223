"""The one normal form of searchable text, for the index (SQL functions of the triggers) and the words typed.

Over `textfold.fold`: NFKC first (ligatures such as ﬁ become fi), control characters (a NUL from a broken PDF
ToUnicode map) become spaces instead of ending the text, letters and digits written together are split
(`NQ57` reads as `nq 57`) and a number's leading zeros go (`05-NQ/ĐU` and `5-NQ/ĐU` are the same symbol).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import pairwise
from typing import TypeVar

from client.cache.textfold import fold_required
from sync.protocol.abbreviations import DOC_TYPE_ABBREVIATIONS

__all__ = ["PAIR_LETTERS", "TOKEN", "clean", "index_doc_type", "index_number_symbol", "index_pairs", "index_text",
           "pair_token", "tokens", "type_token"]

# Letters and digits, as FTS5's unicode61 tokenizer reads them: "_" is \w to Python but a separator to FTS5.
TOKEN = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SPLIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_LEADING_ZEROS = re.compile(r"\b0+(?=\d)")


def clean(text: str) -> str:
    """NFKC text with every control character made a space (the original, unfolded: for display and spans)."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFKC", text))


def tokens(text: str) -> list[str]:
    """The searchable words of `text`, folded and split as the index holds them."""
    cleaned = clean(text)
    if _IN_CONTEXT.search(cleaned):
        return _whole_tokens(cleaned)
    # Word by word, each word's tokens remembered: folding and splitting were most of the cost of indexing a
    # document (a snapshot indexes every one), and a unit's documents use a few thousand words. Folding maps each
    # character alone, so the words of the folded text are the folded words, but for what `_IN_CONTEXT` sends to
    # the whole-text reading (tests/cache/test_search_tokens.py holds the two to the same answers).
    found: list[str] = []
    known = _WORD_TOKENS
    for word in TOKEN.findall(cleaned):
        words = known.get(word)
        if words is None:
            if word.isdecimal():  # numbers are many and cheap: not remembered
                found.append(word.lstrip("0") or "0")
                continue
            words = _kept(known, word, _whole_tokens(word))
        found += words
    return found


def _whole_tokens(cleaned: str) -> list[str]:
    """`tokens` of cleaned text read whole: the definition."""
    folded = fold_required(cleaned)
    return _LEADING_ZEROS.sub("", _SPLIT.sub(" ", " ".join(TOKEN.findall(folded)))).split()


# Where folding a word alone could differ from folding it in its text: a combining mark left after NFKC (folding
# deletes it, joining the letters on each side into one word) and a capital sigma (lower case depends on the
# letters after it).
_IN_CONTEXT = re.compile("[\u0300-\u036f\u03a3]")
_WORD_TOKENS: dict[str, list[str]] = {}
# A unit's documents use a few thousand words; a bound keeps the memory of a million unlike ones small.
_WORDS_KEPT = 20_000
_T = TypeVar("_T")


def _kept(known: dict[str, _T], word: str, value: _T) -> _T:
    """Remember `value` for `word`, starting the memory afresh when it holds `_WORDS_KEPT` words."""
    if len(known) >= _WORDS_KEPT:
        known.clear()
    known[word] = value
    return value


# The last few fields normalized are kept: the index's row statement normalizes each field once for its own column
# and again inside `search_pairs`, and folding is most of the cost of indexing a document.
@lru_cache(maxsize=16)
def index_text(text: str | None) -> str | None:
    """What the index holds of a text field (SQL function `search_text`)."""
    if text is None:
        return None
    return " ".join(tokens(text))


@lru_cache(maxsize=16)
def index_number_symbol(text: str | None) -> str | None:
    """A number and symbol as printed plus its type-first spelling: `57-NQ/TW` is also `nq 57`, `12/QĐ-UBND`
    also `qd 12`, so that `NQ57`, `NQ-57` and `nq 57` find it (SQL function `search_number_symbol`)."""
    if text is None:
        return None
    words = tokens(text)
    if len(words) >= 2 and words[0].isdigit() and not words[1].isdigit():
        words += [words[1], words[0]]
    return " ".join(words)


@cache
def _type_words() -> dict[str, str]:
    return {"".join(tokens(name)): " ".join(tokens(short)) for name, short in DOC_TYPE_ABBREVIATIONS.items()}


def type_token(text: str) -> str:
    """A document type as the one token the index holds: `Chỉ thị` is `chithi`, so that a name such as "Giàng Thị
    Mai" never matches "thị" in someone else's document type, and with no column filter, which would make FTS5
    read the positions of every match (it doubled the time of the broadest searches)."""
    return "".join(tokens(text))


@lru_cache(maxsize=16)
def index_doc_type(text: str | None) -> str | None:
    """A document type and its abbreviation: `Nghị quyết` is indexed as `nghiquyet nq` (SQL `search_doc_type`)."""
    if text is None:
        return None
    joined = type_token(text)
    short = _type_words().get(joined)
    return f"{joined} {short}" if short else joined


# Letters of each word a pair token keeps (`pair_token`).
PAIR_LETTERS = 3


def pair_token(left: str, right: str) -> str:
    """The one token the index holds for two adjacent words (migration 0014): `hội đồng` is `0hoi0don`.

    Only the first `PAIR_LETTERS` letters of each word are kept, so that a word typed as a prefix of at least that
    many letters still has its pair (`lao cai*`); the pair only narrows the documents whose words are then checked
    in place. A token of the normal form is all letters or all digits and never starts with 0 unless it is "0"
    itself (`tokens` drops leading zeros), so a pair token (a leading 0, then letters and digits mixed) never equals a
    word, and no word typed, whole or as a prefix, matches one but "0" (which `search` reads whole). The separator
    is a digit after letters and a letter after digits, so `12 ubnd` (`012xubn`) and `1 2ubnd` cannot meet.
    """
    return "0" + left[:PAIR_LETTERS] + ("x" if left.isdigit() else "0") + right[:PAIR_LETTERS]


def index_pairs(*fields: str | None) -> str | None:
    """The pair tokens of every two adjacent words within each field, fields already in the normal form (SQL
    function `search_pairs` over the index's own column values), each pair once."""
    pairs: dict[str, None] = {}
    known = _PAIR_SIDES
    for field in fields:
        if field:
            # `pair_token` over the field with each word's two sides remembered: this runs for every document stored.
            sides = []
            for word in field.split():
                side = known.get(word)
                if side is None:
                    # `pair_token(word, "")` is the word's left side: the definition, not a copy of it.
                    side = (pair_token(word, ""), word[:PAIR_LETTERS])
                    if not word.isdigit():  # numbers are many and cheap: not remembered
                        _kept(known, word, side)
                sides.append(side)
            pairs.update(dict.fromkeys([left[0] + right[1] for left, right in pairwise(sides)]))
    return " ".join(pairs) or None


# A word's pair sides: as the left word (`0`, its first letters, the separator) and as the right (its first letters).
_PAIR_SIDES: dict[str, tuple[str, str]] = {}

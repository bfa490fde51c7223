"""What the words typed mean to search: one concept per word or abbreviation, each with its alternatives.

Shared by the FTS5 expression (`search.build_match`), the ranking (`match_quality`) and the highlight, so that what
is found, how it ranks and what is marked agree. A concept matches when one of its alternatives (a phrase of
folded tokens) matches; every concept must match.

- A typed word is folded (`searchtext.tokens`); a symbol such as `57-NQ/TW` or `NQ57` becomes a phrase.
- Every word of letters matches as a prefix (`chuyen do so` finds "chuyển đổi số"); numbers match whole except
  the last one typed, so `5-NQ/ĐU` does not find `57-NQ/ĐU`.
- A Telex or VNI spelling (`quyeets`, `quye6t5`) adds the word it decodes to (`telex.decode`).
- A document type typed out (`nghi quyet`) or abbreviated (`NQ`) adds the type as the index holds it (`nghiquyet`,
  `searchtext.type_token`), so the words of a type match only a type.
- An abbreviation adds its expansion and an expansion its abbreviation (sync/protocol/abbreviations.py); a
  two-letter abbreviation such as TU is an ordinary word once folded, so the expansion looks for it only in the
  number and symbol.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from client.cache.searchtext import clean, tokens
from client.cache.telex import decode
from sync.protocol.abbreviations import BODY_ABBREVIATIONS, DOC_TYPE_ABBREVIATIONS

__all__ = ["TYPE", "Alternative", "Concept", "QueryPlan", "plan"]

TYPE = "doc_type"


@dataclass(frozen=True)
class Alternative:
    """A phrase of folded tokens; `prefix[i]` says whether token i may be the start of a longer word."""

    tokens: tuple[str, ...]
    prefix: tuple[bool, ...]
    column: str | None = None  # only in this FTS column; TYPE: the document type, held as one token


@dataclass(frozen=True)
class Concept:
    typed: str
    alternatives: tuple[Alternative, ...]

    def __post_init__(self) -> None:
        # An abbreviation reached both ways (a type's `nq` and its expansion's) is looked for once.
        object.__setattr__(self, "alternatives", tuple(dict.fromkeys(self.alternatives)))


@dataclass(frozen=True)
class QueryPlan:
    concepts: tuple[Concept, ...]
    exact_words: frozenset[str]  # the words typed WITH diacritics, NFC lower case: ranked first when equal


@cache
def _abbreviations() -> tuple[dict[str, list[tuple[str, ...]]], dict[tuple[str, ...], list[str]]]:
    """abbreviation -> its expansions, and expansion -> its abbreviations, all folded."""
    short_to_long: dict[str, list[tuple[str, ...]]] = {}
    long_to_short: dict[tuple[str, ...], list[str]] = {}
    for table in (BODY_ABBREVIATIONS, DOC_TYPE_ABBREVIATIONS):
        for long, short in table.items():
            key = " ".join(tokens(short))
            words = tuple(tokens(long))
            short_to_long.setdefault(key, []).append(words)
            long_to_short.setdefault(words, []).append(key)
    return short_to_long, long_to_short


@cache
def _type_names() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded document type -> its folded abbreviation. Only these words are looked for in the type column: a
    name such as "Giàng Thị Mai" must not match "thị" in the type "Chỉ thị" of someone else's document."""
    return {tuple(tokens(name)): tuple(tokens(short)) for name, short in DOC_TYPE_ABBREVIATIONS.items()}


def _is_number(token: str) -> bool:
    return token.isdigit()


def _alternative(words: tuple[str, ...], last_in_query: bool, column: str | None = None,
                 whole: bool = False) -> Alternative:
    """`whole`: a word typed with its diacritics is finished (the input method composed it), so it matches whole
    unless it is the last word, which may still be being typed."""
    prefix = tuple((not _is_number(t) and not whole) or (last_in_query and i == len(words) - 1)
                   for i, t in enumerate(words))
    return Alternative(words, prefix, column)


def _has_marks(word: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word)) or "đ" in word.lower()


def _decoded(word: str) -> list[str]:
    """The tokens of a typed word, a Telex or VNI spelling read as the word it means (`quyeets` -> `quyet`)."""
    found = tokens(word)
    meant = decode(found[0]) if len(found) == 1 else decode("".join(found))
    return [meant] if meant else found


@cache
def plan(query: str) -> QueryPlan:
    """The plan of a query (cached: the ranking function asks once per candidate row)."""
    typed = [w for w in clean(query).split() if tokens(w)]
    exact = frozenset(unicodedata.normalize("NFC", w).lower() for w in typed if _has_marks(w))
    short_to_long, long_to_short = _abbreviations()
    longest = max((len(k) for k in long_to_short), default=1)
    concepts: list[Concept] = []
    i = 0
    while i < len(typed):
        # An expansion typed out (`uy ban nhan dan`) is one concept: the phrase, or its abbreviation.
        matched = False
        for size in range(min(longest, len(typed) - i), 1, -1):
            words = tuple(t for w in typed[i:i + size] for t in _decoded(w))
            if words in long_to_short:
                last = i + size == len(typed)
                alts = [_alternative(words, last)]
                for short in long_to_short[words]:
                    short_words = tuple(short.split())
                    column = "number_symbol" if len(short) <= 2 else None
                    alts.append(Alternative(short_words, (False,) * len(short_words), column) if column
                                else _alternative(short_words, last))
                if words in _type_names():
                    alts.append(_alternative(("".join(words),), last, TYPE))
                concepts.append(Concept(" ".join(typed[i:i + size]), tuple(alts)))
                i += size
                matched = True
                break
        if matched:
            continue
        word = typed[i]
        last = i == len(typed) - 1
        words = tuple(tokens(word))
        alts = [_alternative(words, last, whole=_has_marks(word))]
        if len(words) == 1:
            decoded = decode(words[0])
            if decoded and decoded != words[0]:
                alts.append(_alternative((decoded,), last))
            for long in short_to_long.get(words[0], []):
                alts.append(_alternative(long, last))
        else:
            vni = decode("".join(words))  # `quye6t5` was split at its digits
            if vni:
                alts.append(_alternative((vni,), last))
        concepts.append(Concept(word, tuple(alts)))
        i += 1
    return QueryPlan(tuple(concepts), exact)

"""How well a candidate found by FTS5 matches what was typed: the only ranking of search results.

In order: the words typed appear as a phrase in one field (`nguyen van duc` puts "Nguyễn Văn Đức" before
"Nguyễn Đức Văn"); the words typed WITH diacritics appear exactly so (`Lê Văn Tâm` puts Tâm before Tám); words
match whole rather than as a prefix; the words sit close together; the field that holds them (the number and
symbol before the type and summary, before the issuing body and signer: bm25's weights, which search no longer
computes). Registered as the SQL function `match_quality`, evaluated on the candidates of one page only.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from functools import lru_cache

from client.cache.query_plan import Alternative, QueryPlan, plan
from client.cache.searchtext import TOKEN, clean, index_doc_type, index_number_symbol, index_text

__all__ = ["match_quality"]

_PHRASE, _EXACT, _WHOLE, _NEAR = 10**8, 10**6, 10**4, 10
# The field a match is in, as bm25 weighted them: number and symbol, type, summary, issuing body, signer.
_WEIGHTS = (4, 3, 3, 2, 2)


# Issuing bodies, signers and types repeat from row to row: their words are read once.
_number_symbol = lru_cache(maxsize=4096)(index_number_symbol)
_doc_type = lru_cache(maxsize=256)(index_doc_type)
_text = lru_cache(maxsize=8192)(index_text)
@lru_cache(maxsize=8192)
def _shown(text: str) -> frozenset[str]:
    """The words of a text as shown, NFC lower case: what a word typed with diacritics is compared with."""
    return frozenset(unicodedata.normalize("NFC", w).lower() for w in TOKEN.findall(clean(text)))


def _fields(number_symbol: str | None, doc_type: str | None,
            texts: tuple[str | None, ...]) -> list[tuple[int, list[str]]]:
    found = [_number_symbol(number_symbol), _doc_type(doc_type), *(_text(t) for t in texts)]
    return [(weight, f.split()) for weight, f in zip(_WEIGHTS, found, strict=True) if f]


def _phrase_at(words: list[str], start: int, query: tuple[str, ...]) -> int:
    """2 when the query is a phrase of whole words at `start`, 1 when its last word is a prefix, else 0."""
    score = 2
    for offset, token in enumerate(query):
        word = words[start + offset]
        if word == token:
            continue
        if offset == len(query) - 1 and word.startswith(token):
            score = 1
            continue
        return 0
    return score


def _has_prefix(ordered: list[str], token: str) -> bool:
    """Whether a word of the sorted list starts with `token` (the first word not below it is the only candidate)."""
    at = bisect_left(ordered, token)
    return at < len(ordered) and ordered[at].startswith(token)


def _present(alternative: Alternative, vocabulary: set[str], ordered: list[str]) -> bool:
    return all(_has_prefix(ordered, t) if p else t in vocabulary
               for t, p in zip(alternative.tokens, alternative.prefix, strict=True))


def _main(query: QueryPlan, vocabulary: set[str], ordered: list[str]) -> tuple[str, ...]:
    """The query as one phrase, each concept by the alternative this document holds (a Telex word by its decoding,
    an abbreviation by the expansion written out)."""
    words: list[str] = []
    for concept in query.concepts:
        chosen = next((a for a in concept.alternatives if _present(a, vocabulary, ordered)),
                      concept.alternatives[0])
        words.extend(chosen.tokens)
    return tuple(words)


def _first(words: list[str], token: str) -> int | None:
    return next((i for i, w in enumerate(words) if w.startswith(token)), None)


def _holds(words: list[str], main: tuple[str, ...]) -> bool:
    """Whether a field holds every word of the phrase, the last one possibly as a prefix."""
    return all(t in words for t in main[:-1]) and (main[-1] in words or _has_prefix(sorted(words), main[-1]))


def _score(query: QueryPlan, fields: list[tuple[int, list[str]]], originals: list[str]) -> int:
    vocabulary = {w for _, words in fields for w in words}
    ordered = sorted(vocabulary)
    main = _main(query, vocabulary, ordered)
    if not main:
        return 0
    phrase = 0
    span = 99
    field = 0
    for weight, words in fields:
        if words and words[0] != main[0] and main[0] not in words and not _has_prefix(sorted(words), main[0]):
            continue  # the phrase cannot start in this field
        for start in range(len(words) - len(main) + 1):
            phrase = max(phrase, _phrase_at(words, start, main))
        positions = [_first(words, t) for t in main]
        if all(p is not None for p in positions):
            found = [p for p in positions if p is not None]
            span = min(span, max(found) - min(found))
        if _holds(words, main):
            field = max(field, weight)
    whole = sum(1 for concept in query.concepts if any(
        all(t in vocabulary for t in alt.tokens) for alt in concept.alternatives))
    exact = 0
    if query.exact_words:
        shown: set[str] = set().union(*(_shown(text) for text in originals))
        typed = {w for word in query.exact_words for w in TOKEN.findall(word)}
        exact = len(typed & shown)
    return phrase * _PHRASE + exact * _EXACT + whole * _WHOLE + (99 - span) * _NEAR + field


def match_quality(query: str, number_symbol: str | None, doc_type: str | None, summary: str | None,
                  issuing_body: str | None, signer: str | None) -> int:
    """Higher is better; 0 when nothing typed is searchable."""
    texts = (summary, issuing_body, signer)
    originals = [t for t in (number_symbol, *texts) if t]
    return _score(plan(query), _fields(number_symbol, doc_type, texts), originals)

"""How well a candidate found by FTS5 matches what was typed: the only ranking of search results.

In order: the words typed appear as a phrase in one field (`nguyen van duc` puts "Nguyễn Văn Đức" before
"Nguyễn Đức Văn"); the words typed WITH diacritics appear exactly so (`Lê Văn Tâm` puts Tâm before Tám); words
match whole rather than as a prefix; the words sit close together; the field that holds them (the number and
symbol before the type and summary, before the issuing body and signer: bm25's weights, which search no longer
computes). Registered as the SQL function `match_quality`, evaluated on the candidates of one page only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from client.cache.query_plan import Alternative, QueryPlan, plan
from client.cache.searchtext import TOKEN, clean, index_doc_type, index_number_symbol, index_text

__all__ = ["match_quality"]

_PHRASE, _EXACT, _WHOLE, _NEAR = 10**8, 10**6, 10**4, 100
# The fields a match is in, as bm25 weighted them: number and symbol, type, summary, issuing body, signer. Summed
# over the fields that hold every concept typed (in any of its forms), so `nghi quyet` puts a resolution titled
# "Nghị quyết về ..." (type and summary) before a programme that only mentions one (summary): at most 14, below
# one step of _NEAR.
_WEIGHTS = (4, 3, 3, 2, 2)


@lru_cache(maxsize=8192)
def _shown(text: str) -> frozenset[str]:
    """The words of a text as shown, NFC lower case: what a word typed with diacritics is compared with."""
    return frozenset(unicodedata.normalize("NFC", w).lower() for w in TOKEN.findall(clean(text)))


def _split(index: Callable[[str | None], str | None], size: int) -> Callable[[str | None], tuple[str, ...]]:
    # Issuing bodies, signers and types repeat from row to row: their words are read once.
    @lru_cache(maxsize=size)
    def words(text: str | None) -> tuple[str, ...]:
        folded = index(text)
        return tuple(folded.split()) if folded else ()
    return words


_number_symbol = _split(index_number_symbol, 4096)
_doc_type = _split(index_doc_type, 256)
_text = _split(index_text, 8192)


def _fields(number_symbol: str | None, doc_type: str | None,
            texts: tuple[str | None, ...]) -> list[tuple[int, tuple[str, ...]]]:
    found = (_number_symbol(number_symbol), _doc_type(doc_type), *(_text(t) for t in texts))
    return [(weight, words) for weight, words in zip(_WEIGHTS, found, strict=True) if words]


def _starts(words: Iterable[str], token: str) -> bool:
    """Whether a word is `token` or begins with it (the first test alone answers most calls)."""
    return token in words or any(w.startswith(token) for w in words)


def _present(alternative: Alternative, vocabulary: set[str]) -> bool:
    return all(_starts(vocabulary, t) if p else t in vocabulary
               for t, p in zip(alternative.tokens, alternative.prefix, strict=True))


def _holds(query: QueryPlan, words: set[str]) -> bool:
    return all(any(_present(a, words) for a in concept.alternatives) for concept in query.concepts)


def _main(query: QueryPlan, vocabulary: set[str]) -> tuple[str, ...]:
    """The query as one phrase, each concept by the alternative this document holds (a Telex word by its decoding,
    an abbreviation by the expansion written out)."""
    words: list[str] = []
    for concept in query.concepts:
        chosen = next((a for a in concept.alternatives if _present(a, vocabulary)), concept.alternatives[0])
        words.extend(chosen.tokens)
    return tuple(words)


def _phrase(words: tuple[str, ...], main: tuple[str, ...]) -> int:
    """2 when the field holds the phrase of whole words, 1 when only with its last word as a prefix, else 0."""
    best = 0
    size = len(main)
    for start in range(len(words) - size + 1):
        if words[start:start + size - 1] != main[:-1]:
            continue
        last = words[start + size - 1]
        if last == main[-1]:
            return 2
        if last.startswith(main[-1]):
            best = 1
    return best


def _span(words: tuple[str, ...], main: tuple[str, ...]) -> int | None:
    """How far apart the first places of the phrase's words are in the field; None when one is missing."""
    found = []
    for token in main:
        at = next((i for i, w in enumerate(words) if w.startswith(token)), None)
        if at is None:
            return None
        found.append(at)
    return max(found) - min(found)


def _score(query: QueryPlan, fields: list[tuple[int, tuple[str, ...]]], originals: list[str]) -> int:
    vocabulary = {w for _, words in fields for w in words}
    main = _main(query, vocabulary)
    if not main:
        return 0
    phrase = 0
    span = 99
    field = 0
    for weight, words in fields:
        if _holds(query, set(words)):
            field += weight  # every concept typed is in this field, in one of its forms (the type as one token)
        if not _starts(words, main[0]):
            continue  # neither the phrase nor all its words are in this field
        phrase = max(phrase, _phrase(words, main))
        apart = _span(words, main)
        if apart is not None:
            span = min(span, apart)
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

"""Which words of a search result matched, marked on the ORIGINAL text (with its diacritics).

The full-text index holds folded text, so FTS5's `snippet()` would give back "nghi quyet dang uy"; staff must see
"Nghị quyết Đảng ủy". Each word of the stored text is read the same way as the index (`searchtext.tokens`) and
compared with the words of the query plan (`query_plan`), as `build_match` searches: equal, or a prefix.
Pure Python over one page of results (50 rows), on the worker that fetched them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from client.cache.query_plan import TYPE, plan
from client.cache.searchtext import clean, tokens

__all__ = ["MATCH_FIELDS", "explain_match", "match_spans", "query_words"]

# The indexed register fields, in the order a snippet is taken from when several match equally.
MATCH_FIELDS = ("summary", "number_symbol", "issuing_body", "signer")
SNIPPET_CHARS = 160  # a longer text is cut around its first match
# Letters and digits, as FTS5's unicode61 tokenizer reads them (see search._TOKEN).
_WORD = re.compile(r"[^\W_]+")

Span = tuple[int, int]


def query_words(query: str) -> list[tuple[int, str, bool]]:
    """The folded tokens a word of the text may match: (concept number, token, whether a prefix) of every
    alternative of the query plan (Telex decodings, abbreviations and their expansions) outside the type column."""
    found: list[tuple[int, str, bool]] = []
    for number, concept in enumerate(plan(query).concepts):
        for alternative in concept.alternatives:
            if alternative.column != TYPE:
                found += ((number, t, p) for t, p in zip(alternative.tokens, alternative.prefix, strict=True))
    return found


def _matches(text: str, query: str) -> tuple[list[Span], set[int]]:
    wanted = query_words(query)
    spans: list[Span] = []
    concepts: set[int] = set()
    for word in _WORD.finditer(text):
        hit = {number for token in tokens(word.group()) for number, typed, prefix in wanted
               if token == typed or (prefix and token.startswith(typed))}
        if hit:
            spans.append(word.span())
            concepts |= hit
    return spans, concepts


def match_spans(text: str, query: str) -> list[Span]:
    """Where in `text` the words typed match: (start, end) offsets of whole words, in order."""
    return _matches(text, query)[0]


def _snippet(text: str, spans: Sequence[Span]) -> tuple[str, list[Span]]:
    """The text, or a window of it around the first match with "…" where it was cut, and the spans within it."""
    if len(text) <= SNIPPET_CHARS:
        return text, list(spans)
    start = max(0, spans[0][0] - SNIPPET_CHARS // 4)
    if start:
        start = text.rfind(" ", 0, start) + 1  # not in the middle of a word
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > spans[0][1] else end
    prefix = "…" if start else ""
    window = prefix + text[start:end] + ("…" if end < len(text) else "")
    shift = len(prefix) - start
    inside = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return window, inside


def explain_match(row: Mapping[str, Any], query: str) -> dict[str, Any] | None:
    """What matched in a search result: {"field", "text", "spans"} for the register field where the most words
    typed matched (its original text, cut to a snippet when long), or None when only the attachment text matched."""
    best: tuple[int, str, str, list[Span]] | None = None
    for field in MATCH_FIELDS:
        value = row.get(field)
        if not value:
            continue
        text = clean(str(value))  # NFKC, so precomposed: one folded letter per letter shown
        spans, concepts = _matches(text, query)
        if spans and (best is None or len(concepts) > best[0]):
            best = (len(concepts), field, text, spans)
    if best is None:
        return None
    _count, field, text, spans = best
    snippet, inside = _snippet(text, spans)
    return {"field": field, "text": snippet, "spans": [list(span) for span in inside]}

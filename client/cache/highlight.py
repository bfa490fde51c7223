"""Which words of a search result matched, marked on the ORIGINAL text (with its diacritics).

The full-text index holds folded text, so FTS5's `snippet()` would give back "nghi quyet dang uy"; staff must see
"Nghị quyết Đảng ủy". Each word of the stored text is folded the same way as the index (`textfold.fold`) and
compared with the folded words typed: equal, or, for the last word typed, a prefix (as `build_match` searches).
Pure Python over one page of results (50 rows), on the worker that fetched them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from client.cache.textfold import fold_required

__all__ = ["MATCH_FIELDS", "explain_match", "match_spans", "query_words"]

# The indexed register fields, in the order a snippet is taken from when several match equally.
MATCH_FIELDS = ("summary", "number_symbol", "issuing_body", "signer")
SNIPPET_CHARS = 160  # a longer text is cut around its first match
# Letters and digits, as FTS5's unicode61 tokenizer reads them (see search._TOKEN).
_WORD = re.compile(r"[^\W_]+")

Span = tuple[int, int]


def query_words(query: str) -> tuple[frozenset[str], str | None]:
    """The folded words typed that must match whole, and the last one, which also matches as a prefix."""
    tokens = _WORD.findall(fold_required(query))
    if not tokens:
        return frozenset(), None
    return frozenset(tokens[:-1]), tokens[-1]


def match_spans(text: str, query: str) -> list[Span]:
    """Where in `text` the words typed match: (start, end) offsets of whole words, in order."""
    whole, last = query_words(query)
    if last is None:
        return []
    spans: list[Span] = []
    for word in _WORD.finditer(text):
        folded = fold_required(word.group())
        if folded in whole or folded == last or folded.startswith(last):
            spans.append(word.span())
    return spans


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
    """What matched in a search result: {"field", "text", "spans"} for the register field with the most matching
    words (its original text, cut to a snippet when long), or None when only the attachment text matched."""
    best: tuple[int, str, str, list[Span]] | None = None
    for field in MATCH_FIELDS:
        value = row.get(field)
        if not value:
            continue
        text = unicodedata.normalize("NFC", str(value))  # precomposed: one folded letter per letter shown
        spans = match_spans(text, query)
        if spans and (best is None or len(spans) > best[0]):
            best = (len(spans), field, text, spans)
    if best is None:
        return None
    _count, field, text, spans = best
    snippet, inside = _snippet(text, spans)
    return {"field": field, "text": snippet, "spans": [list(span) for span in inside]}

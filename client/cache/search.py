"""Full-text search over documents: folded FTS5 queries, ranking and the list filters.

The index (`documents_fts`, see the first migration) holds folded number and symbol, summary, issuing body,
signer and attachment text; `build_match` folds the user's words the same way, so diacritics and đ/Đ never matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, column, literal_column, not_, select, table
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import Label

from client.cache.schema import documents
from client.cache.textfold import fold_required
from sync.protocol.domain import Secrecy, Urgency
from sync.protocol.lifecycle import CLOSED_STATUSES

__all__ = ["CLOSED_STATUSES", "DocumentFilter", "build_match", "search_statement"]  # CLOSED_STATUSES: old importers

# bm25 weights in FTS column order: a hit in the number and symbol or the summary counts most. Called directly
# rather than through a configured `rank` column, which measured 1.5x slower per matching row.
_RANK = "bm25(documents_fts, 10.0, 5.0, 2.0, 2.0, 1.0)"
# Letters and digits, as FTS5's unicode61 tokenizer reads them: "_" is \w to Python but a separator to FTS5, and a
# phrase of separators alone would match nothing and empty the whole result.
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class DocumentFilter:
    """What a document list or a search is narrowed to; None means "any"."""

    kind: str | None = None
    doc_type: str | None = None
    status: str | None = None
    secrecy: Secrecy | None = None
    urgency_at_least: Urgency | None = None
    issued_from: date | None = None
    issued_to: date | None = None
    overdue_on: date | None = None  # only documents whose deadline passed before this day and still open
    unread: bool | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        """The SQL conditions for this filter."""
        c = documents.c
        found: list[ColumnElement[bool]] = []
        if self.kind is not None:
            found.append(c.kind == self.kind)
        if self.doc_type is not None:
            found.append(c.doc_type == self.doc_type)
        if self.status is not None:
            found.append(c.status == self.status)
        if self.secrecy is not None:
            found.append(c.secrecy == int(self.secrecy))
        if self.urgency_at_least is not None:
            found.append(c.urgency >= int(self.urgency_at_least))
        if self.issued_from is not None:
            found.append(c.issued_date >= self.issued_from)
        if self.issued_to is not None:
            found.append(c.issued_date <= self.issued_to)
        if self.overdue_on is not None:
            closed = sorted(str(s) for s in CLOSED_STATUSES)
            found.append(and_(c.deadline < self.overdue_on, not_(c.status.in_(closed))))
        if self.unread is not None:
            found.append(c.unread == self.unread)
        return found


def build_match(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when it has no searchable word.

    Each typed word must match (AND); a word that the tokenizer splits, such as `57-NQ/TW`, becomes a phrase;
    the last word matches as a prefix, so that results appear while the user is still typing it.
    """
    phrases = [_TOKEN.findall(word) for word in fold_required(query).split()]
    phrases = [tokens for tokens in phrases if tokens]
    if not phrases:
        return None
    # Tokens are \w only, so they can be quoted without escaping.
    terms = ['"' + " ".join(tokens) + '"' for tokens in phrases]
    terms[-1] += "*"
    return " ".join(terms)


def search_statement(query: str, where: DocumentFilter, limit: int, offset: int = 0) -> Select | None:
    """A SELECT of one page of matching documents with a `rank` column (lower is better); None for no words."""
    match = build_match(query)
    if match is None:
        return None
    fts = table("documents_fts", column("rowid"))  # a virtual table, not in the metadata
    matching = literal_column("documents_fts").op("MATCH")(match)
    rank: Label[Any] = literal_column(_RANK).label("rank")
    conditions = where.conditions()
    if not conditions:
        # Let FTS5 rank and cut the page itself, then fetch only those documents: joining every match first
        # would decrypt thousands of document rows to show fifty.
        page = (
            select(fts.c.rowid, rank).where(matching).order_by(literal_column("rank")).limit(limit).offset(offset)
        ).subquery("page")
        return (
            select(documents, page.c.rank)
            .join(page, documents.c.rid == page.c.rowid)
            .order_by(page.c.rank)
        )
    return (
        select(documents, rank)
        .select_from(fts)
        .join(documents, documents.c.rid == fts.c.rowid)
        .where(matching, *conditions)
        .order_by(literal_column("rank"))
        .limit(limit)
        .offset(offset)
    )

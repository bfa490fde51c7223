"""Full-text search over documents: folded FTS5 queries, ranking and the list filters.

The index (`documents_fts`, see the first migration) holds folded number and symbol, summary, issuing body,
signer and attachment text; `build_match` folds the user's words the same way, so diacritics and đ/Đ never matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, column, literal_column, not_, select, table
from sqlalchemy.sql import Select

from client.cache.schema import documents
from client.cache.textfold import fold_required
from sync.protocol.domain import IncomingStatus, OutgoingStatus, Secrecy, Urgency

# bm25 weights in FTS column order: a hit in the number and symbol or the summary counts most.
_WEIGHTS = (10.0, 5.0, 2.0, 2.0, 1.0)
_TOKEN = re.compile(r"\w+")
# Statuses after which a deadline no longer makes a document overdue.
CLOSED_STATUSES = (IncomingStatus.DONE, IncomingStatus.ARCHIVED, OutgoingStatus.ISSUED, OutgoingStatus.SENT)


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
            found.append(and_(c.deadline < self.overdue_on, not_(c.status.in_([str(s) for s in CLOSED_STATUSES]))))
        if self.unread is not None:
            found.append(c.unread == self.unread)
        return found


def build_match(query: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when it has no searchable word.

    Each typed word must match (AND); a word that the tokenizer splits, such as `57-NQ/TW`, becomes a phrase;
    the last token of each word matches as a prefix so that results appear while typing.
    """
    terms: list[str] = []
    for word in fold_required(query).split():
        tokens = _TOKEN.findall(word)
        if tokens:
            # Tokens are \w only, so they can be quoted without escaping.
            terms.append('"' + " ".join(tokens) + '"*')
    return " ".join(terms) or None


def search_statement(query: str, where: DocumentFilter) -> Select | None:
    """A SELECT of matching documents with a `rank` column (lower is better), or None for an empty query."""
    match = build_match(query)
    if match is None:
        return None
    fts = table("documents_fts", column("rowid"))  # the virtual table is not in the SQLAlchemy metadata
    weights = ", ".join(str(w) for w in _WEIGHTS)
    rank = literal_column(f"bm25(documents_fts, {weights})").label("rank")
    statement = (
        select(documents, rank)
        .select_from(fts)
        .join(documents, documents.c.rid == fts.c.rowid)
        .where(literal_column("documents_fts").op("MATCH")(match), *where.conditions())
        .order_by(literal_column("rank"))
    )
    return statement


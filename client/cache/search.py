"""Full-text search over documents: folded FTS5 queries, ranking and the list filters.

The index (`documents_fts`, migration 0009) holds number and symbol (also type first: `nq 57`), document type
with its abbreviation, summary, issuing body, signer and attachment text, all in the normal form of
`searchtext`; `build_match` reads the user's words the same way (`query_plan`), so diacritics, đ/Đ, leading
zeros, Telex and abbreviations never matter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, column, func, literal_column, not_, select, table
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import Label

from client.cache.query_plan import TYPE, Alternative, narrow, plan
from client.cache.schema import documents
from sync.protocol.domain import Secrecy, Urgency
from sync.protocol.lifecycle import CLOSED_STATUSES

__all__ = ["CLOSED_STATUSES", "DocumentFilter", "build_match", "search_statement"]  # CLOSED_STATUSES: old importers

# bm25 weights in FTS column order: a hit in the number and symbol or the summary counts most. Called directly
# rather than through a configured `rank` column, which measured 1.5x slower per matching row.
_RANK = "bm25(documents_fts, 10.0, 5.0, 5.0, 2.0, 2.0, 1.0)"
# How many bm25 candidates beyond the page are ranked again by `match_quality`: a phrase match just below the page
# by bm25 still comes up; few, because the ranking function costs about 60 microseconds a row. Each page ranks
# its own `offset + limit + CANDIDATES` candidates, so a result near a page boundary can move across it.
CANDIDATES = 25
# Every word a prefix matches many more documents and costs several times as much to rank at 100,000 documents.
# When the narrow reading (every word whole but the last) already finds this many, search uses it: the words
# typed were whole words, and the whole-word matches are the ones `match_quality` ranks first anyway.
ENOUGH = 200


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


def _phrase(alternative: Alternative) -> str:
    # Tokens are \w only, so they can be quoted without escaping; `+` joins phrases so that each token can be a
    # prefix of its own.
    parts = ['"' + t + '"' + ("*" if p else "") for t, p in zip(alternative.tokens, alternative.prefix, strict=True)]
    body = " + ".join(parts)
    # The type is one token no typed word equals, so it needs no column filter (a filter costs FTS5 the positions
    # of every match).
    return f"{alternative.column} : {body}" if alternative.column and alternative.column != TYPE else body


def build_match(query: str, broad: bool = True) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when it has no searchable word.

    Each concept of the query plan must match (AND), by any of its alternatives (OR); see `query_plan`. Not
    `broad`: every word whole but the last (`query_plan.narrow`).
    """
    concepts = (plan(query) if broad else narrow(query)).concepts
    if not concepts:
        return None
    terms = []
    for concept in concepts:
        alternatives = [_phrase(a) for a in concept.alternatives]
        terms.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
    return " AND ".join(terms)


def _matching(match: str) -> ColumnElement[bool]:
    return literal_column("documents_fts").op("MATCH")(match)


def narrow_is_enough(query: str, where: DocumentFilter) -> Select | None:
    """A SELECT that returns a row when the narrow reading of the query (every word whole but the last) finds at
    least `ENOUGH` documents; None when it is the same as the broad one. Counting needs no ranking, so it is
    cheap; the answer depends on the query only, so every page of one search uses the same reading."""
    match = build_match(query, broad=False)
    if match is None or match == build_match(query):
        return None
    fts = table("documents_fts", column("rowid"))
    found = select(fts.c.rowid).select_from(fts)
    if where.conditions():
        found = found.join(documents, documents.c.rid == fts.c.rowid)
    found = found.where(_matching(match), *where.conditions()).limit(1).offset(ENOUGH - 1)
    return found


def search_statement(query: str, where: DocumentFilter, limit: int, offset: int = 0,
                     broad: bool = True) -> Select | None:
    """A SELECT of one page of matching documents with a `rank` column (lower is better); None for no words.

    FTS5 finds and bm25-ranks the candidates; the best `offset + limit + CANDIDATES` of them are ranked again by
    `match_quality` (phrase, exact diacritics, whole words, proximity), which needs the stored text. Not `broad`:
    the narrow reading of the words (`build_match`).
    """
    match = build_match(query, broad)
    if match is None:
        return None
    fts = table("documents_fts", column("rowid"))  # a virtual table, not in the metadata
    matching = _matching(match)
    rank: Label[Any] = literal_column(_RANK).label("rank")
    conditions = where.conditions()
    reach = offset + limit + CANDIDATES
    if not conditions:
        # Let FTS5 rank and cut the candidates itself, then fetch only those documents: joining every match
        # first would decrypt thousands of document rows to show fifty.
        candidates = (
            select(fts.c.rowid, rank).where(matching).order_by(literal_column("rank")).limit(reach)
        ).subquery("candidates")
    else:
        candidates = (
            select(fts.c.rowid, rank).select_from(fts).join(documents, documents.c.rid == fts.c.rowid)
            .where(matching, *conditions).order_by(literal_column("rank")).limit(reach)
        ).subquery("candidates")
    c = documents.c
    hidden = c.secrecy >= int(Secrecy.MAT)  # a secret entry's signer is not searchable, so it cannot rank either
    read = plan(query)
    if len(read.concepts) == 1 and not read.exact_words:
        # One word or one phrase, typed without diacritics: no phrase or proximity to rank by, so bm25 alone.
        quality: Label[Any] = literal_column("0").label("quality")
    else:
        quality = func.match_quality(
            query, c.number_symbol, c.doc_type, case((hidden, None), else_=c.summary), c.issuing_body,
            case((hidden, None), else_=c.signer)).label("quality")
    return (
        select(documents, candidates.c.rank, quality)
        .join(candidates, documents.c.rid == candidates.c.rowid)
        .order_by(literal_column("quality").desc(), candidates.c.rank)
        .limit(limit)
        .offset(offset)
    )

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

from sqlalchemy import ColumnElement, Connection, and_, case, column, func, literal_column, not_, select, table, union
from sqlalchemy.sql import Select, Subquery
from sqlalchemy.sql.elements import Label

from client.cache.query_plan import TYPE, Alternative, Concept, plan
from client.cache.schema import documents
from sync.protocol.domain import Secrecy, Urgency
from sync.protocol.lifecycle import CLOSED_STATUSES

__all__ = ["CLOSED_STATUSES", "DocumentFilter", "build_match", "known_words", "phrase_match",  # CLOSED_STATUSES:
           "search_statement"]  # old importers

# How many candidates beyond the page are ranked by `match_quality`: each reading (the whole query as a phrase, and
# every concept anywhere) brings the `offset + limit + CANDIDATES` newest documents it matches, and only those are
# ranked, so that a search costs about the same at 1,000,000 documents as at 1,000 when its words are common. Each
# page ranks its own candidates, so a result near a page boundary can move across it.
CANDIDATES = 25


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


def _quoted(token: str, prefix: bool) -> str:
    # Tokens are \w only, so they can be quoted without escaping.
    return '"' + token + '"' + ("*" if prefix else "")


def _phrase(alternative: Alternative) -> str:
    # `+` joins phrases so that each token can be a prefix of its own.
    body = " + ".join(_quoted(t, p) for t, p in zip(alternative.tokens, alternative.prefix, strict=True))
    # The type is one token no typed word equals, so it needs no column filter (a filter costs FTS5 the positions
    # of every match).
    return f"{alternative.column} : {body}" if alternative.column and alternative.column != TYPE else body


def _loose(alternative: Alternative) -> bool:
    """One word that may match as the start of a longer one, anywhere in the document."""
    return len(alternative.tokens) == 1 and alternative.prefix[0] and alternative.column is None


def _edge(concept: Concept, last: bool) -> str:
    """The typed word of a concept where it touches its neighbour, as in the phrase of the words typed."""
    literal = concept.alternatives[0]
    at = -1 if last else 0
    return _quoted(literal.tokens[at], literal.prefix[at])


def _alternatives(concepts: tuple[Concept, ...], number: int, known: frozenset[str]) -> list[str]:
    found = []
    for alternative in concepts[number].alternatives:
        if not (_loose(alternative) and alternative.tokens[0] in known):
            found.append(_phrase(alternative))
            continue
        # A word the index holds whole is read whole, or as the start of a longer word only right after or before
        # the word typed next to it: `chuyen do so` still finds "chuyển đổi số", but `ke hoach van hoa` no longer
        # finds a Kế hoạch signed by "Hoàng Văn ..." (`hoa` begins "hoàng", far from "văn"). A fragment the index
        # does not hold (`chuye`, `ngh`) stays a prefix anywhere.
        word = alternative.tokens[0]
        found.append(_quoted(word, False))
        if number > 0:
            found.append(_edge(concepts[number - 1], last=True) + " + " + _quoted(word, True))
        if number < len(concepts) - 1:
            found.append(_quoted(word, True) + " + " + _edge(concepts[number + 1], last=False))
    return list(dict.fromkeys(found))


def build_match(query: str, known: frozenset[str] = frozenset()) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when it has no searchable word.

    Each concept of the query plan must match (AND), by any of its alternatives (OR); see `query_plan`. `known`:
    the words of the query the index holds whole (`known_words`), which match as a prefix only next to the word
    typed beside them.
    """
    concepts = plan(query).concepts
    if not concepts:
        return None
    terms = []
    for number in range(len(concepts)):
        alternatives = _alternatives(concepts, number, known)
        terms.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
    return " AND ".join(terms)


def phrase_match(query: str) -> str | None:
    """The words typed as one phrase in one field, for a query of two or more concepts; None otherwise.

    Its matches are the best ones (`match_quality` ranks a phrase first) and are a part of `build_match`'s, so they
    are fetched on their own: among thousands of documents that merely hold the words, the newest would crowd an
    older phrase match out of the candidates.
    """
    concepts = plan(query).concepts
    if len(concepts) < 2:
        return None
    literal = [(t, p) for c in concepts for t, p in zip(c.alternatives[0].tokens, c.alternatives[0].prefix,
                                                          strict=True)]
    return " + ".join(_quoted(t, p) for t, p in literal)


def known_words(connection: Connection, query: str) -> frozenset[str]:
    """The loose words of the query (see `_loose`) that the index holds as whole words: one indexed look-up each,
    which stops at the first document."""
    loose = sorted({a.tokens[0] for c in plan(query).concepts for a in c.alternatives if _loose(a)})
    return frozenset(word for word in loose if connection.exec_driver_sql(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT 1", (_quoted(word, False),)).first())


def _matching(match: str) -> ColumnElement[bool]:
    return literal_column("documents_fts").op("MATCH")(match)


def _newest(match: str, where: DocumentFilter, reach: int) -> Subquery:
    """The `reach` newest documents matching: FTS5 walks its rowids downwards and stops there, with no ranking
    function over every match (bm25 read the whole list of each word typed, 20-40 ms at 100,000 documents)."""
    fts = table("documents_fts", column("rowid"))  # a virtual table, not in the metadata
    found = select(fts.c.rowid.label("rid")).select_from(fts)
    conditions = where.conditions()
    if conditions:
        found = found.join(documents, documents.c.rid == fts.c.rowid)
    return found.where(_matching(match), *conditions).order_by(fts.c.rowid.desc()).limit(reach).subquery()


def search_statement(query: str, where: DocumentFilter, limit: int, offset: int = 0,
                     known: frozenset[str] = frozenset()) -> Select | None:
    """A SELECT of one page of matching documents, best first; None when the query has no searchable word.

    The candidates are the newest `offset + limit + CANDIDATES` documents of each reading (the phrase typed, and
    the words anywhere: `build_match` with `known`), ranked by `match_quality` (phrase, exact diacritics, whole
    words, proximity, the field), newest first among equals.
    """
    match = build_match(query, known)
    if match is None:
        return None
    reach = offset + limit + CANDIDATES
    readings = [m for m in (phrase_match(query), match) if m]
    pool = union(*(select(_newest(m, where, reach).c.rid) for m in readings)).subquery("candidates") \
        if len(readings) > 1 else _newest(match, where, reach)
    c = documents.c
    hidden = c.secrecy >= int(Secrecy.MAT)  # a secret entry's signer is not searchable, so it cannot rank either
    quality: Label[Any] = func.match_quality(
        query, c.number_symbol, c.doc_type, case((hidden, None), else_=c.summary), c.issuing_body,
        case((hidden, None), else_=c.signer)).label("quality")
    return (
        select(documents, quality)
        .join(pool, documents.c.rid == pool.c.rid)
        .order_by(literal_column("quality").desc(), documents.c.rid.desc())
        .limit(limit)
        .offset(offset)
    )

"""Full-text search over documents: folded FTS5 queries, ranking and the list filters.

The index (`documents_fts`, migration 0009) holds number and symbol (also type first: `nq 57`), document type
with its abbreviation, summary, issuing body, signer and attachment text, all in the normal form of
`searchtext`; `build_match` reads the user's words the same way (`query_plan`), so diacritics, đ/Đ, leading
zeros, Telex and abbreviations never matter.

A search is `candidates` (the newest matches of each reading, from the phrase typed to the broadest, FTS5 stopping
after a page's worth) then `ranked` (those candidates ordered by `match_quality`): nothing is computed for every
matching document, so the cost of a search over common words does not grow with the cache (issue 17). A reading
whose words are each in most documents but together in few is checked on the few documents its bound finds (its
phrases as word pairs, migration 0014; `search_check`), not by FTS5 over every document holding its words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, column, func, literal_column, not_, select, table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import Join, Select
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import Label

from client.cache.query_plan import TYPE, Alternative, Concept, plan
from client.cache.schema import documents
from client.cache.search_check import matching
from client.cache.searchtext import PAIR_LETTERS, pair_token
from sync.protocol.domain import Secrecy, Urgency
from sync.protocol.lifecycle import CLOSED_STATUSES

__all__ = ["CLOSED_STATUSES", "DocumentFilter", "build_match", "candidates", "known_words", "newest_matches",
           "phrase_match", "ranked"]  # CLOSED_STATUSES: old importers

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
    # Tokens are \w only, so they can be quoted without escaping. "0" is the only number with a leading zero, so
    # it begins no other number, and as a prefix it would match every pair token (`searchtext.pair_token`).
    return '"' + token + '"' + ("*" if prefix and token != "0" else "")


Word = tuple[str, bool]  # a token and whether it may be the start of a longer word


def _paired(word: Word) -> bool:
    """Whether every word `word` matches begins with the letters its pair token keeps."""
    token, prefix = word
    return not prefix or len(token) >= PAIR_LETTERS


def _phrase(words: list[Word], column: str | None = None, bound: bool = False) -> str:
    """Words as one FTS5 phrase; its `bound`: the pair tokens of its adjacent words (migration 0014) where they have
    one, else its words, anywhere and in any column, with no positions to compare (see `search_check`)."""
    if not bound:
        return (f"{column} : " if column else "") + " + ".join(_quoted(*word) for word in words)
    paired = [i for i in range(len(words) - 1) if _paired(words[i]) and _paired(words[i + 1])]
    # A word in no pair still narrows: every word of the phrase is in the document.
    alone = [_quoted(*word) for i, word in enumerate(words) if i not in paired and i - 1 not in paired]
    terms = list(dict.fromkeys([_quoted(pair_token(words[i][0], words[i + 1][0]), False) for i in paired] + alone))
    return terms[0] if len(terms) == 1 else "(" + " AND ".join(terms) + ")"


def _loose(alternative: Alternative) -> bool:
    """One word that may match as the start of a longer one, anywhere in the document."""
    return len(alternative.tokens) == 1 and alternative.prefix[0] and alternative.column is None


# Prefixes of up to this many letters have their own index (migration 0009, `prefix='1 2 3'`), read lazily; a
# longer prefix makes FTS5 merge the whole list of every word it begins, the full list of "cong" for `cong*`.
_INDEXED_PREFIX = 3


class _Reading:
    """Which typed words may match as the start of a longer word. A word the index does not hold (`chuye`, `ngh`)
    is a fragment: a prefix anywhere. A word it holds (`known`) is read whole, or as a prefix only in a phrase
    with the word typed next to it, and then only when it is the last word (still being typed) or short enough
    for the prefix index: `chuyen do so` still finds "chuyển đổi số", but `ke hoach van hoa` no longer finds a Kế
    hoạch signed by "Hoàng Văn ..." (`hoa` begins "hoàng", far from "văn")."""

    def __init__(self, concepts: tuple[Concept, ...], known: frozenset[str], bound: bool = False) -> None:
        self.concepts = concepts
        self.known = known
        self.bound = bound  # each phrase as its bound (`_phrase`)

    def _in_phrase(self, token: str, prefix: bool, last: bool, short_ok: bool = True) -> Word:
        short = short_ok and len(token) <= _INDEXED_PREFIX
        return token, prefix and (token not in self.known or last or short)

    def edge(self, number: int, last: bool) -> Word:
        """The typed word of concept `number` where it touches its neighbour, in a phrase with it."""
        literal = self.concepts[number].alternatives[0]
        at = -1 if last else 0
        final = number == len(self.concepts) - 1 and (last or len(literal.tokens) == 1)
        return self._in_phrase(literal.tokens[at], literal.prefix[at], final)

    def phrase(self) -> str:
        """Every word typed, in order, as one phrase; a second one with each Telex or VNI spelling decoded."""
        phrases = []
        for decoded in (False, True):
            words = [self._read(c, decoded) for c in self.concepts]
            flat = [(t, p) for a in words for t, p in zip(a.tokens, a.prefix, strict=True)]
            phrases.append(_phrase([self._in_phrase(t, p, i == len(flat) - 1) for i, (t, p) in enumerate(flat)],
                                   bound=self.bound))
        return " OR ".join(dict.fromkeys(phrases))

    @staticmethod
    def _read(concept: Concept, decoded: bool) -> Alternative:
        """The word typed, or its Telex reading: the other loose alternative of a single word typed."""
        if decoded and " " not in concept.typed.strip():
            return next((a for a in concept.alternatives[1:] if _loose(a)), concept.alternatives[0])
        return concept.alternatives[0]

    def render(self, alternative: Alternative, number: int) -> str:
        """An alternative of concept `number` as an FTS5 phrase, its known words whole but where `_in_phrase` says."""
        last = len(alternative.tokens) - 1
        # The words of an alternative are whole words (an abbreviation's expansion, a symbol's parts) but the
        # last one typed: a prefix on a common word here costs FTS5 its positions in nearly every document.
        words = [self._in_phrase(t, p, number == len(self.concepts) - 1 and i == last, short_ok=False)
                 for i, (t, p) in enumerate(zip(alternative.tokens, alternative.prefix, strict=True))]
        # The type is one token no typed word equals, so it needs no column filter (a filter costs FTS5 the
        # positions of every match).
        return _phrase(words, alternative.column if alternative.column != TYPE else None, self.bound)

    def alternatives(self, number: int, continuations: bool = True) -> list[str]:
        concept = self.concepts[number]
        final = number == len(self.concepts) - 1
        found = []
        for alternative in concept.alternatives:
            found.append(self.render(alternative, number))
            if not (_loose(alternative) and alternative.tokens[0] in self.known):
                continue
            word = alternative.tokens[0]
            found[-1] = _quoted(word, False)
            # Only a word typed (or its Telex reading) may be the start of a longer one; an abbreviation standing
            # for several words typed (`hdnd` for `hoi dong nhan dan`) is whole.
            own = self._in_phrase(word, True, final)
            if not continuations or " " in concept.typed.strip() or not own[1]:
                continue
            if number > 0:
                found.append(_phrase([self.edge(number - 1, last=True), own], bound=self.bound))
            if not final:
                found.append(_phrase([own, self.edge(number + 1, last=False)], bound=self.bound))
        return list(dict.fromkeys(found))


def build_match(query: str, known: frozenset[str] = frozenset(), continuations: bool = True,
                bound: bool = False) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when it has no searchable word.

    Each concept of the query plan must match (AND), by any of its alternatives (OR); see `query_plan`. `known`:
    the words of the query the index holds whole (`known_words`), read as `_Reading` says; without
    `continuations`, they are whole words only. `bound`: a broader expression with no phrase (`_phrase`).
    """
    concepts = plan(query).concepts
    if not concepts:
        return None
    reading = _Reading(concepts, known, bound)
    terms = []
    for number in range(len(concepts)):
        alternatives = reading.alternatives(number, continuations)
        terms.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
    return " AND ".join(terms)


def phrase_match(query: str, known: frozenset[str] = frozenset(), bound: bool = False) -> str | None:
    """The words typed as one phrase in one field, for a query of two or more concepts; None otherwise.

    Its matches are the best ones (`match_quality` ranks a phrase first) and are among `build_match`'s, so they
    are fetched on their own: among thousands of documents that merely hold the words, the newest would crowd an
    older phrase match out of the candidates.
    """
    concepts = plan(query).concepts
    return _Reading(concepts, known, bound).phrase() if len(concepts) >= 2 else None


def known_words(connection: Connection, query: str) -> frozenset[str]:
    """The words of the query that may be prefixes and that the index holds as whole words: one indexed look-up
    each, which stops at the first document."""
    loose = sorted({t for c in plan(query).concepts for a in c.alternatives
                    for t, p in zip(a.tokens, a.prefix, strict=True) if p and len(t) > 0})
    return frozenset(word for word in loose if connection.exec_driver_sql(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT 1", (_quoted(word, False),)).first())


def _matching(match: str) -> ColumnElement[bool]:
    return literal_column("documents_fts").op("MATCH")(match)


def newest_matches(match: str, where: DocumentFilter, reach: int, oldest_first: bool = False) -> Select:
    """The `reach` newest documents matching: FTS5 walks its rowids downwards and stops there, with no ranking
    function over every match (bm25 read the whole list of each word typed: 20-40 ms at 100,000 documents).
    `oldest_first`: the oldest instead, for a caller that wants every match when there are few: FTS5 skips through
    a long list of a common word upwards only (its doclist index), 25-70 % less CPU at 1,000,000 documents."""
    fts = table("documents_fts", column("rowid"))  # a virtual table, not in the metadata
    found = select(fts.c.rowid).select_from(fts)
    conditions = where.conditions()
    if conditions:
        found = select(fts.c.rowid).select_from(_FtsFirst(fts, documents, documents.c.rid == fts.c.rowid))
    order = fts.c.rowid.asc() if oldest_first else fts.c.rowid.desc()
    return found.where(_matching(match), *conditions).order_by(order).limit(reach)


class _FtsFirst(Join):
    """The index joined to the documents with the index as the outer loop (SQLite's CROSS JOIN): left to itself,
    the planner walked every document of a kind through its index and looked each up in FTS5, 17 s for
    "incoming" at 100,000 documents, where walking the matches newest first stops after a page."""

    inherit_cache = True


@compiles(_FtsFirst, "sqlite")
def _fts_first(element: _FtsFirst, compiler: SQLCompiler, **kw: Any) -> str:
    kw["asfrom"] = True
    assert element.onclause is not None  # always given by `newest_matches`
    return (f"{compiler.process(element.left, **kw)} CROSS JOIN {compiler.process(element.right, **kw)} "
            f"ON {compiler.process(element.onclause, **kw)}")


def candidates(connection: Connection, query: str, where: DocumentFilter, reach: int) -> list[int] | None:
    """The documents to rank for one page (`reach`: its offset, its length and `CANDIDATES`); None when the query
    has no searchable word.

    Readings from the best to the broadest, each bringing its newest `reach` matches, until `reach` are found:
    the words typed as a phrase; every concept anywhere with the known words whole; and only when that finds
    nothing, the known words also as prefixes next to their typed neighbours. Each reading FTS5 evaluates costs
    in proportion to the documents holding all its words, so the broadest, whose phrases over common words are
    the dearest, runs only when nothing narrower matched."""
    known = known_words(connection, query)
    strict = build_match(query, known, continuations=False)
    if strict is None:
        return None
    found: dict[int, None] = {}
    broad = build_match(query, known)
    readings = ((phrase_match(query, known), phrase_match(query, known, bound=True)),
                (strict, build_match(query, known, continuations=False, bound=True)),
                (broad if broad != strict else None, build_match(query, known, bound=True)))
    for number, (reading, bound) in enumerate(readings):
        if reading is None or len(found) >= reach or (number == 2 and found):
            continue
        found.update(dict.fromkeys(_newest(connection, reading, bound, where, reach)))
    return list(found)


# A reading whose bound finds at most this many documents is checked on those alone (`search_check`): indexing
# them costs less than FTS5 comparing positions in every document holding the reading's words.
BOUND_CHECKED = 150


def _newest(connection: Connection, reading: str, bound: str | None, where: DocumentFilter, reach: int) -> list[int]:
    """The newest `reach` documents `reading` matches: among the few its bound finds when they are few, else
    from the whole index."""
    if bound is not None and bound != reading:
        rids = list(connection.execute(newest_matches(bound, where, BOUND_CHECKED + 1, oldest_first=True)).scalars())
        if len(rids) <= BOUND_CHECKED:
            checked = matching(connection, reading, rids, reach) if rids else []
            if checked is not None:
                return checked
    return list(connection.execute(newest_matches(reading, where, reach)).scalars())


def ranked(query: str, rids: list[int], limit: int, offset: int = 0) -> Select:
    """A SELECT of one page of the candidates `rids`, best first by `match_quality` (phrase, exact diacritics,
    whole words, proximity, the field), newest first among equals."""
    c = documents.c
    hidden = c.secrecy >= int(Secrecy.MAT)  # a secret entry's signer is not searchable, so it cannot rank either
    quality: Label[Any] = func.match_quality(
        query, c.number_symbol, c.doc_type, case((hidden, None), else_=c.summary), c.issuing_body,
        case((hidden, None), else_=c.signer)).label("quality")
    return (
        select(documents, quality)
        .where(c.rid.in_(rids))
        .order_by(literal_column("quality").desc(), c.rid.desc())
        .limit(limit)
        .offset(offset)
    )

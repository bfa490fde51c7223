"""The word-pair index of migration 0014 and the phrase checked on the few documents its pairs find
(client/cache/search_check.py), over a real encrypted cache: exact results, the pairs kept in step by every write
path (triggers, a snapshot's deferred refill, the migration itself), and typed input that looks like a pair."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, insert, update

from client.cache import search
from client.cache.deferred_indexes import defer, restore
from client.cache.profile import OpenProfile, Profiles
from client.cache.schema import documents
from client.cache.search import DocumentFilter, build_match, candidates, newest_matches, phrase_match
from client.cache.searchtext import index_pairs, pair_token
from client.cache.store import NewDocument
from client.cache.suggest import nearest_words
from tests.cache.conftest import PASSWORD, cache_at, document


def _doc(n: int, **fields: object) -> NewDocument:
    return NewDocument(document(id=f"00000000-0000-4000-8000-{n:012d}", **fields))


def _id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


def _has(connection: Connection, token: str) -> set[str]:
    """The ids of the documents whose index holds `token`."""
    return {i for (i,) in connection.exec_driver_sql(
        "SELECT d.id FROM documents_fts f JOIN documents d ON d.rid = f.rowid WHERE documents_fts MATCH ?",
        (f'"{token}"',))}


PHRASE = "Hội đồng nhân dân tỉnh Lào Cai"


def _common_words_rare_phrase(opened: OpenProfile) -> None:
    """3 documents issued by the phrase typed, 60 newer ones holding all its words but never together."""
    opened.store.add_documents(_doc(n, issuing_body=PHRASE, summary=f"Nghị quyết kỳ họp {n}") for n in (1, 2, 3))
    opened.store.add_documents(
        _doc(n, issuing_body="Ủy ban nhân dân tỉnh Lào Cai", summary=f"Báo cáo hội đồng thi đua {n}")
        for n in range(4, 64))


def test_pair_tokens_are_the_first_letters_of_two_adjacent_words_within_a_field() -> None:
    assert pair_token("hoi", "dong") == "0hoi0don"
    assert pair_token("12", "ubnd") == "012xubn"  # after digits a letter, so "1 2ubnd" could never give it
    assert pair_token("qd", "12") == "0qd012"
    assert index_pairs("hoi dong nhan dan", None, "dan xa") == "0hoi0don 0don0nha 0nha0dan 0dan0xa"
    assert index_pairs("dan", "xa") is None  # no pair across two fields


def test_a_phrase_of_common_words_finds_exactly_its_documents(opened: OpenProfile) -> None:
    _common_words_rare_phrase(opened)
    with opened.store.engine.connect() as connection:
        known = search.known_words(connection, "hoi dong nhan dan tinh lao cai")
        phrase = phrase_match("hoi dong nhan dan tinh lao cai", known)
        bound = phrase_match("hoi dong nhan dan tinh lao cai", known, bound=True)
        assert phrase is not None and bound is not None and "0dan0tin" in bound and "+" not in bound
        # The bound finds only the 3 documents (the others hold "dân tỉnh" but not "hội đồng nhân dân tỉnh"),
        # and checked on those the phrase finds what FTS5 finds over the whole index.
        whole = list(connection.execute(newest_matches(phrase, DocumentFilter(), 75)).scalars())
        assert len(list(connection.execute(newest_matches(bound, DocumentFilter(), 75)).scalars())) == 3
        assert search._newest(connection, phrase, bound, DocumentFilter(), 75) == whole
        assert len(whole) == 3
    found = _ids(opened.store.search("hoi dong nhan dan tinh lao cai", limit=3))
    assert found == [_id(3), _id(2), _id(1)]


def test_every_reading_checked_on_its_bound_finds_what_the_whole_index_finds(opened: OpenProfile) -> None:
    _common_words_rare_phrase(opened)
    opened.store.add_documents([_doc(70, number_symbol="12/QĐ-UBND", summary="Về việc thành lập tổ công tác"),
                                _doc(71, number_symbol="12/BC-UBND", summary="Quyết định về tổ chức"),
                                _doc(72, summary="Huyện ủy Bát Xát kiểm tra công tác", signer="Vàng A Sáng")])
    queries = ["hoi dong nhan dan tinh lao cai", "hdnd tinh lao cai", "qd 12 ubnd", "to cong tac",
               "huyen uy bat xat", "bao cao hoi dong thi dua", "nhan dan tinh", "vang a sang", "ky hop 2"]
    for where in (DocumentFilter(), DocumentFilter(kind="incoming")):
        for query in queries:
            with opened.store.engine.connect() as connection:
                known = search.known_words(connection, query)
                pairs = [(phrase_match(query, known), phrase_match(query, known, bound=True)),
                         (build_match(query, known, continuations=False),
                          build_match(query, known, continuations=False, bound=True)),
                         (build_match(query, known), build_match(query, known, bound=True))]
                for reading, bound in pairs:
                    if reading is None:
                        continue
                    whole = list(connection.execute(newest_matches(reading, where, 10)).scalars())
                    assert search._newest(connection, reading, bound, where, 10) == whole, (query, reading)


def test_the_pairs_follow_every_insert_update_and_delete(opened: OpenProfile) -> None:
    store = opened.store
    store.add_documents([_doc(1, summary="Hội đồng nhân dân xã", signer="Lò Văn Sáng")])
    with store.engine.connect() as connection:
        assert _has(connection, "0hoi0don") == {_id(1)} and _has(connection, "0van0san") == {_id(1)}
    with store.writer.begin() as connection:
        connection.execute(update(documents).where(documents.c.id == _id(1)).values(summary="Ủy ban kiểm tra"))
    with store.engine.connect() as connection:
        assert _has(connection, "0hoi0don") == set() and _has(connection, "0kie0tra") == {_id(1)}
    assert _ids(store.search("uy ban kiem tra")) == [_id(1)] and store.search("hoi dong nhan dan") == []
    with store.writer.begin() as connection:  # a secret document keeps its summary and signer out, pairs too
        connection.execute(update(documents).where(documents.c.id == _id(1)).values(secrecy=1))
    with store.engine.connect() as connection:
        assert _has(connection, "0kie0tra") == set() and _has(connection, "0van0san") == set()
    with store.writer.begin() as connection:
        connection.execute(delete(documents).where(documents.c.id == _id(1)))
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM documents_fts_vocab WHERE term > '0' AND term < '1'"
                                          ).scalar() == 0


def test_a_snapshot_refill_indexes_the_pairs(opened: OpenProfile) -> None:
    store = opened.store
    store.add_documents([_doc(1, summary="Kế hoạch chuyển đổi số")])
    with store.writer.begin() as connection:
        defer(connection)  # as a snapshot's first page does: the triggers go
    store.add_documents(_doc(n, issuing_body=PHRASE) for n in (2, 3))
    with store.engine.connect() as connection:
        assert _has(connection, "0hoi0don") == set()  # written while the triggers were gone
    with store.writer.begin() as connection:
        assert restore(connection)
    with store.engine.connect() as connection:
        assert _has(connection, "0hoi0don") == {_id(2), _id(3)} and _has(connection, "0chu0doi") == {_id(1)}
    assert _ids(store.search("hoi dong nhan dan tinh lao cai")) == [_id(3), _id(2)]


def test_a_cache_at_0013_gets_the_pairs_from_0014(profiles: Profiles) -> None:
    engine, _folder, _key = cache_at(profiles, "0013")
    now = datetime.now()
    with engine.execution_options(write=True).begin() as conn:
        for n, body in ((1, PHRASE), (2, "Ủy ban nhân dân tỉnh Lào Cai")):
            conn.execute(insert(documents).values(
                id=_id(n), kind="incoming", doc_type="Nghị quyết", summary="Về hội đồng thi đua", secrecy=0,
                issuing_body=body, number_symbol=f"0{n}-NQ/HĐND", status="received", recipients=[], urgency=0,
                unread=True, created_at=now, updated_at=now))
    engine.dispose()
    with profiles.open("lan.nt", PASSWORD) as opened:
        with opened.store.engine.connect() as connection:
            assert _has(connection, "0dan0tin") == {_id(1), _id(2)} and _has(connection, "0don0nha") == {_id(1)}
        # The phrase first; the other holds every word, apart ("hội đồng" in its summary).
        assert _ids(opened.store.search("hoi dong nhan dan tinh lao cai")) == [_id(1), _id(2)]
        assert _ids(opened.store.search("nq 2")) == [_id(2)]


def test_a_typed_zero_or_pair_shaped_word_never_matches_the_pairs(opened: OpenProfile) -> None:
    opened.store.add_documents([_doc(1, summary="Hội đồng nhân dân xã"), _doc(2, summary="Tổ 0 thôn Mới")])
    # "0" is a whole number (no other begins with 0), not a prefix that every pair token begins with.
    assert _ids(opened.store.search("0")) == [_id(2)]
    assert build_match("0") == '"0"'
    # Typed as it is stored, a pair is words and numbers of its own: nothing holds "hoi" then "0" then "don".
    assert opened.store.search("0hoi0don") == []
    with opened.store.engine.connect() as connection:
        assert all(not w.startswith("0") for w in nearest_words(connection, "0hoi0do"))
        assert candidates(connection, "hoi dong", DocumentFilter(), 10) == [
            r for (r,) in connection.exec_driver_sql("SELECT rid FROM documents WHERE id = ?", (_id(1),))]

"""Search that costs the same at a million documents (issue 17), over a real encrypted cache: which typed words may
be prefixes, the phrase typed found however many documents merely hold its words, and the index merged into one
segment without changing what is found."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from client.cache.profile import OpenProfile
from client.cache.search import CANDIDATES, DocumentFilter, build_match, newest_matches, phrase_match
from client.cache.search_index import MAX_SEGMENTS, MAX_SMALL, SMALL_SHARE, segment_sizes, segments, worth_merging
from client.cache.store import NewDocument
from sync.protocol.domain import Urgency
from tests.cache.conftest import document


def _doc(n: int, **fields: object) -> NewDocument:
    return NewDocument(document(id=f"00000000-0000-4000-8000-{n:012d}", **fields))


def _ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


def _segments(engine: Engine) -> int:
    with engine.connect() as connection:
        return segments(connection)


def test_a_word_the_index_holds_is_not_a_prefix_far_from_its_neighbour(opened: OpenProfile) -> None:
    opened.store.add_documents([
        _doc(1, doc_type="Kế hoạch", summary="Phát triển kinh tế tập thể", signer="Hoàng Văn Hùng"),
        _doc(2, doc_type="Kế hoạch", summary="Giữ gìn văn hóa dân tộc", signer="Lò Thị Mai"),
        _doc(3, doc_type="Công văn", summary="Về chuyển đổi số", signer="Vàng A Dình"),
    ])
    # `hoa` is a word here ("văn hóa"): it no longer finds "Hoàng" of a signer far from "văn".
    assert _ids(opened.store.search("ke hoach van hoa")) == ["00000000-0000-4000-8000-000000000002"]
    # Next to the word typed before it, a known word is still the start of a longer one, as it is typed.
    assert _ids(opened.store.search("hoang va")) == ["00000000-0000-4000-8000-000000000001"]
    assert _ids(opened.store.search("chuyen do so")) == ["00000000-0000-4000-8000-000000000003"]
    # A fragment the index does not hold is a prefix anywhere.
    assert _ids(opened.store.search("hun tap the")) == ["00000000-0000-4000-8000-000000000001"]


def test_the_expression_keeps_known_words_whole_but_next_to_a_neighbour() -> None:
    known = frozenset({"van", "hoa", "ke", "hoach", "kehoach"})
    assert build_match("ke hoach van hoa", known, continuations=False) == (
        '("ke" + "hoach" OR number_symbol : "kh" OR "kehoach") AND "van" AND "hoa"')
    # `hoa` is whole, or a prefix only right after `van` (a short word: also a prefix in that phrase).
    assert (build_match("ke hoach van hoa", known) or "").endswith(' AND ("hoa" OR "van"* + "hoa"*)')
    assert phrase_match("ke hoach van hoa", known) == '"ke"* + "hoach" + "van"* + "hoa"*'
    assert phrase_match("hoa", known) is None  # one word: the expression alone
    # The bound of each phrase is the pairs of its adjacent words (migration 0014), but where a prefix is shorter
    # than a pair keeps (`ke`* also begins "kết"), with no column filter and no positions.
    assert phrase_match("ke hoach van hoa", known, bound=True) == '("0hoa0van" AND "0van0hoa" AND "ke"*)'
    assert build_match("ke hoach van hoa", known, continuations=False, bound=True) == (
        '("0ke0hoa" OR "kh" OR "kehoach") AND "van" AND "hoa"')


def test_an_old_phrase_match_is_found_among_many_newer_documents_holding_the_words(opened: OpenProfile) -> None:
    opened.store.add_documents([_doc(1, signer="Nguyễn Văn Đức", summary="Về việc cử cán bộ dự tập huấn")])
    # Newer documents hold every word, but not as the phrase typed: more of them than one page ranks.
    opened.store.add_documents(
        _doc(n, signer="Nguyễn Văn Hùng", summary=f"Đề án giáo dục số {n}") for n in range(2, 100 + CANDIDATES))
    found = _ids(opened.store.search("nguyen van duc", limit=10))
    assert found[0] == "00000000-0000-4000-8000-000000000001" and len(found) == 10


def test_merging_the_index_keeps_every_result_and_resumes_after_a_stop(opened: OpenProfile) -> None:
    store = opened.store
    for n in range(1, 41):  # one transaction each, as pages of a sync: one new index segment each
        store.add_documents([_doc(n, summary=f"Kế hoạch chuyển đổi số thôn {n}", signer="Trần Thị Lan")])
    queries = ["chuyen doi so", "ke hoach thon 7", "tran thi lan", "Kế hoạch"]
    before = [_ids(store.search(q)) for q in queries]
    many = _segments(store.engine)
    assert many > MAX_SEGMENTS
    assert store.tidy_search_index(stop=lambda: True) == many  # asked to stop before the first step
    assert store.tidy_search_index() == 1
    assert [_ids(store.search(q)) for q in queries] == before
    assert store.tidy_search_index() == 1  # nothing to do


def test_a_few_segments_are_left_to_fts5s_own_merging(opened: OpenProfile) -> None:
    opened.store.add_documents([_doc(1, summary="Về chuyển đổi số")])
    assert _segments(opened.store.engine) <= MAX_SEGMENTS
    assert opened.store.tidy_search_index() == _segments(opened.store.engine)


@pytest.mark.parametrize("where", [DocumentFilter(kind="incoming"), DocumentFilter(doc_type="Công văn", unread=True),
                                   DocumentFilter(status="received", urgency_at_least=Urgency.KHAN)])
def test_a_filtered_search_walks_the_matches_newest_first_and_stops(opened: OpenProfile, where: DocumentFilter) -> None:
    # The planner, left to itself, walked every document of the kind by its index and looked each up in FTS5.
    opened.store.add_documents(_doc(n, summary="Về chuyển đổi số") for n in range(1, 30))
    with opened.store.engine.connect() as connection:
        statement = newest_matches('"chuyen" AND "so"', where, 75)
        sql = str(statement.compile(connection, compile_kwargs={"literal_binds": True}))
        steps = [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    assert steps[0].startswith("SCAN documents_fts VIRTUAL TABLE"), steps
    assert steps[1].startswith("SEARCH documents USING INTEGER PRIMARY KEY"), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps


def test_small_segments_beside_a_large_one_wait_until_they_are_worth_a_merge(opened: OpenProfile) -> None:
    """Issue 17: merging every segment whenever there were more than MAX_SEGMENTS rewrote the whole index every
    seventh sync that changed documents (10.9 s at 909,091 documents). A few small segments beside a large one stay
    until they hold 1/SMALL_SHARE of its pages (or number more than MAX_SMALL); searches find their documents."""
    store = opened.store
    store.add_documents([_doc(n, summary=f"Báo cáo kết quả thực hiện nghị quyết số {n} của Đảng ủy xã về phát triển "
                                         f"kinh tế thôn bản", signer="Lò Văn Minh") for n in range(1, 3001)],
                        batch_size=3000)  # one transaction: one segment
    assert store.tidy_search_index() == 1
    with store.engine.connect() as connection:
        ((large, _),) = segment_sizes(connection)
    n = 3000
    while True:
        n += 1
        store.add_documents([_doc(n, summary=f"Kế hoạch chuyển đổi số thôn {n}")])  # one small segment each
        with store.engine.connect() as connection:
            sizes = segment_sizes(connection)
        if worth_merging(sizes):
            break
        assert store.tidy_search_index() == len(sizes) > 1  # left as they are
        assert sizes[0] == (large, False)
        assert _ids(store.search(f"chuyen doi so thon {n}", limit=1)) == [f"00000000-0000-4000-8000-{n:012d}"]
    assert len(sizes) > MAX_SEGMENTS  # several syncs' segments were left alone before this
    assert sum(pages for pages, _ in sizes[1:]) * SMALL_SHARE >= large or len(sizes) - 1 > MAX_SMALL
    assert store.tidy_search_index() == 1
    assert len(_ids(store.search("chuyen doi so", limit=5000))) == n - 3000


def test_which_segments_are_worth_merging() -> None:
    def sizes(*pages: int, merging: bool = False) -> list[tuple[int, bool]]:
        return [(pages[0], merging)] + [(n, False) for n in pages[1:]]

    assert not worth_merging(sizes(100, 1, 1, 1))  # MAX_SEGMENTS or fewer: FTS5's own merging keeps them
    assert not worth_merging(sizes(800, 20, 20, 20, 20, 10))  # 90 pages beside 800: less than an eighth
    assert worth_merging(sizes(800, 40, 30, 20, 10))  # 100 pages: an eighth
    assert worth_merging(sizes(800, 20, 20, 20, 20, 10, merging=True))  # FTS5 has begun merging the large one
    assert worth_merging(sizes(10**6, *[1] * (MAX_SMALL + 1)))  # too many, however small
    assert worth_merging(sizes(5, 5, 5, 5, 5))  # an import or a stopped snapshot: segments of a size

"""Search a clerk can trust (issue 13), over a real encrypted cache: the evaluation set against a naive baseline,
then each kind of miss the issue reported, each with its own case; the migration that reindexes old caches."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from bench.bench_search_quality import _record as eval_record
from bench.bench_search_quality import naive, quality
from client.cache.pdftext import MAX_CHARS, detect_mime, extract_text
from client.cache.profile import OpenProfile, Profiles
from client.cache.query_plan import plan
from client.cache.schema import documents
from client.cache.search import build_match
from client.cache.store import NewDocument
from client.cache.telex import decode
from sync.protocol.abbreviations import BODY_ABBREVIATIONS, DOC_TYPE_ABBREVIATIONS
from sync.protocol.domain import DOCUMENT_TYPES
from tests.cache.conftest import PASSWORD, cache_at, document
from tests.pdfs import write_pages, write_raw_text_pdf
from tests.search_eval import entries


def _ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


def _doc(n: int, files: tuple[Path, ...] = (), **fields: object) -> NewDocument:
    return NewDocument(document(id=f"00000000-0000-4000-8000-{n:012d}", **fields), files)


def test_the_evaluation_set_beats_the_naive_substring_search(opened: OpenProfile) -> None:
    data = entries()
    records = [eval_record(e, i) for i, e in enumerate(data)]
    opened.store.add_documents((NewDocument(r) for r in records), local=False)
    results = quality(opened.store, data, {r.id: e.id for r, e in zip(records, data, strict=True)})
    assert len(data) == 300 and results["all"]["n"] >= 100
    assert results["all"]["recall"] >= 0.95 and results["all"]["precision"] >= 0.95
    assert results["all"]["recall"] > results["all"]["naive_recall"] + 0.2
    for category, figures in results.items():  # "none" too: a known word is no longer a prefix on its own
        assert figures["recall"] >= figures["naive_recall"], category
        assert figures["precision"] >= figures["naive_precision"], category


def test_the_naive_baseline_is_what_the_issue_measured() -> None:
    """The baseline folds and looks for substrings: it finds `05-NQ/DU` but not `NQ57` nor a type not in the text."""
    data = entries()
    search = naive(data)
    assert "nq-5du" in search("05-NQ/DU")
    assert search("NQ57") == [] and "r-57" not in search("nghi quyet 57")


def test_the_document_type_and_its_abbreviation_are_indexed(opened: OpenProfile) -> None:
    opened.store.add_documents([
        _doc(1, doc_type="Nghị quyết", number_symbol="57-NQ/TW", summary="Về đột phá phát triển khoa học"),
        _doc(2, doc_type="Công văn", number_symbol="58-CV/TW", summary="Về đột phá phát triển khoa học"),
    ])
    first = "00000000-0000-4000-8000-000000000001"
    assert _ids(opened.store.search("nghi quyet 57")) == [first]
    assert _ids(opened.store.search("NQ 57")) == [first]
    assert _ids(opened.store.search("nghị quyết đột phá")) == [first]


def test_a_name_in_the_order_typed_and_with_its_diacritics_ranks_first(opened: OpenProfile) -> None:
    opened.store.add_documents([
        _doc(1, signer="Nguyễn Đức Văn", summary="Về việc cử cán bộ"),
        _doc(2, signer="Nguyễn Văn Đức", summary="Về việc cử cán bộ"),
        _doc(3, signer="Lê Văn Tám", summary="Thông báo lịch trực"),
        _doc(4, signer="Lê Văn Tâm", summary="Thông báo lịch trực"),
    ])
    assert _ids(opened.store.search("nguyen van duc"))[0].endswith("2")
    assert _ids(opened.store.search("nguyen duc van"))[0].endswith("1")
    assert _ids(opened.store.search("Lê Văn Tâm"))[0].endswith("4")
    assert _ids(opened.store.search("Lê Văn Tám"))[0].endswith("3")


@pytest.mark.parametrize("query", ["NQ57", "NQ-57", "nq 57", "57-NQ/TW", "57-nq", "nghij quyeets 57"])
def test_party_number_symbols_in_every_spelling(opened: OpenProfile, query: str) -> None:
    opened.store.add_documents([_doc(1, number_symbol="57-NQ/TW", doc_type="Nghị quyết", summary="Về đột phá"),
                                _doc(2, number_symbol="570-NQ/TW", doc_type="Nghị quyết", summary="Về đột phá"),
                                _doc(3, number_symbol="5-KH/TW", doc_type="Kế hoạch", summary="Về 57 việc")])
    assert _ids(opened.store.search(query))[0].endswith("1")
    assert not any(i.endswith("3") for i in _ids(opened.store.search(query)))


@pytest.mark.parametrize("query", ["5-NQ/ĐU", "05-NQ/DU", "5-nq/du", "nq 5 du"])
def test_leading_zeros_and_both_grammars(opened: OpenProfile, query: str) -> None:
    opened.store.add_documents([_doc(1, number_symbol="05-NQ/ĐU", summary="Về lãnh đạo sản xuất"),
                                _doc(2, number_symbol="57-NQ/ĐU", summary="Về lãnh đạo sản xuất"),
                                _doc(3, number_symbol="12/QĐ-UBND", summary="Thành lập tổ công tác"),
                                _doc(4, number_symbol="125/UBND-VP", summary="Đôn đốc nộp báo cáo")])
    assert _ids(opened.store.search(query)) == ["00000000-0000-4000-8000-000000000001"]
    assert _ids(opened.store.search("12/QD-UBND")) == ["00000000-0000-4000-8000-000000000003"]
    assert _ids(opened.store.search("qd 12")) == ["00000000-0000-4000-8000-000000000003"]
    assert _ids(opened.store.search("125 ubnd vp")) == ["00000000-0000-4000-8000-000000000004"]


@pytest.mark.parametrize(("short", "long"), [
    ("ubnd tinh lao cai", "uy ban nhan dan tinh lao cai"), ("hdnd tinh", "hoi dong nhan dan tinh"),
    ("bch trung uong", "ban chap hanh trung uong"), ("btv tinh uy", "ban thuong vu tinh uy"),
    ("mttq huyen", "mat tran to quoc huyen"), ("ubkt huyen uy", "uy ban kiem tra huyen uy")])
def test_abbreviations_find_the_same_documents_both_ways(opened: OpenProfile, short: str, long: str) -> None:
    opened.store.add_documents([
        _doc(1, issuing_body="Ủy ban nhân dân tỉnh Lào Cai"), _doc(2, issuing_body="Hội đồng nhân dân tỉnh"),
        _doc(3, issuing_body="Ban Chấp hành Trung ương"), _doc(4, issuing_body="Ban Thường vụ Tỉnh ủy"),
        _doc(5, issuing_body="Mặt trận Tổ quốc huyện"), _doc(6, issuing_body="Ủy ban Kiểm tra Huyện ủy"),
        _doc(7, issuing_body="UBND tỉnh Lào Cai"), _doc(8, issuing_body="HĐND tỉnh"),
        _doc(9, issuing_body="BCH Trung ương"), _doc(10, issuing_body="BTV Tỉnh ủy"),
        _doc(11, issuing_body="MTTQ huyện"), _doc(12, issuing_body="UBKT Huyện ủy"),
    ])
    by_short, by_long = set(_ids(opened.store.search(short))), set(_ids(opened.store.search(long)))
    assert by_short == by_long and len(by_short) == 2


def test_two_letter_abbreviations_are_looked_for_in_the_symbol_only(opened: OpenProfile) -> None:
    opened.store.add_documents([_doc(1, number_symbol="12-KH/TU", summary="Về khuyến học"),
                                _doc(2, summary="Về việc tư vấn khuyến học")])
    assert _ids(opened.store.search("tinh uy khuyen hoc")) == ["00000000-0000-4000-8000-000000000001"]
    assert set(_ids(opened.store.search("TU khuyen hoc"))) >= {"00000000-0000-4000-8000-000000000001"}


def test_the_abbreviation_table_has_each_pair_once_both_ways() -> None:
    assert set(DOCUMENT_TYPES) - {"Luật"} <= set(DOC_TYPE_ABBREVIATIONS)  # a law's QH names its issuer
    for long, short in {**BODY_ABBREVIATIONS, **DOC_TYPE_ABBREVIATIONS}.items():
        forward = plan(short).concepts[0].alternatives
        assert len(plan(short).concepts) == 1 and len(forward) >= 2, short
        backward = plan(long).concepts
        assert len(backward) == 1 and len(backward[0].alternatives) >= 2, long


def test_every_word_is_a_prefix_but_numbers_are_whole(opened: OpenProfile) -> None:
    opened.store.add_documents([_doc(1, summary="Về chuyển đổi số"), _doc(2, summary="Về 57 việc cần làm"),
                                _doc(3, summary="Về 5 việc cần làm")])
    assert _ids(opened.store.search("chuyen do so")) == ["00000000-0000-4000-8000-000000000001"]
    assert _ids(opened.store.search("chu do s")) == ["00000000-0000-4000-8000-000000000001"]
    assert _ids(opened.store.search("5 viec")) == ["00000000-0000-4000-8000-000000000003"]


@pytest.mark.parametrize(("typed", "meant"), [
    ("nghij", "nghi"), ("quyeets", "quyet"), ("chuyeen", "chuyen"), ("dduwcs", "duc"), ("ddooir", "doi"),
    ("quye6t5", "quyet"), ("nghi5", "nghi"), ("so61", "so"), ("d9o6i3", "doi")])
def test_telex_and_vni_decode(typed: str, meant: str) -> None:
    assert decode(typed) == meant


@pytest.mark.parametrize("word", ["nguyen", "so", "nq57", "ubnd", "covid", "xa", "tu", "a"])
def test_ordinary_words_and_symbols_are_not_taken_for_telex(word: str) -> None:
    assert decode(word) is None


@pytest.mark.parametrize("query", ["nghij quyeets", "chuyeen doi so", "chuyeen ddooir soos", "chuye6n d9o6i3 so61"])
def test_text_typed_with_the_input_method_off_is_found(opened: OpenProfile, query: str) -> None:
    opened.store.add_documents([_doc(1, summary="Nghị quyết về chuyển đổi số"), _doc(2, summary="Lịch họp")])
    assert _ids(opened.store.search(query)) == ["00000000-0000-4000-8000-000000000001"]


def test_a_search_that_finds_nothing_suggests_the_nearest_words(opened: OpenProfile) -> None:
    opened.store.add_documents([_doc(1, summary="Cải cách hành chính"), _doc(2, summary="Tiêm chủng mở rộng")])
    assert opened.store.search("tiem chugn mo rong") == []
    assert opened.store.suggest("tiem chugn mo rong") == "tiem chung mo rong"
    assert opened.store.suggest("cai cach hanh chinhh") == "cai cach hanh chinh"
    assert opened.store.suggest("ngan hang the gioi") is None  # nothing near: no suggestion rather than a wrong one


def test_a_nul_in_a_pdf_text_layer_no_longer_ends_what_is_searchable(
        opened: OpenProfile, tmp_path: Path) -> None:
    """A NUL from a broken ToUnicode map used to end the indexed text (SQLite hands a function text up to it)."""
    pdf = write_raw_text_pdf(tmp_path / "hong.pdf", b"Mo dau\\000\\000 phan sau cho hong")
    opened.store.add_documents([NewDocument(document(summary="Báo cáo"), [pdf])])
    assert len(opened.store.search("phan sau cho hong")) == 1


def test_ligatures_are_folded(opened: OpenProfile, tmp_path: Path) -> None:
    pdf = write_raw_text_pdf(tmp_path / "lig.pdf", b"Mo dau")
    opened.store.add_documents([_doc(1, summary="Kế hoạch ﬁnal ﬂoor", files=()), NewDocument(document(), [pdf])])
    assert _ids(opened.store.search("final floor")) == ["00000000-0000-4000-8000-000000000001"]


def test_pdf_text_is_indexed_by_size_not_by_page(tmp_path: Path, opened: OpenProfile) -> None:
    """The first 50 pages used to be all that was read."""
    pdf = write_pages(tmp_path / "dai.pdf", [f"Trang {n}" for n in range(1, 60)] + ["Trang cuoi: ket luan hoi nghi"])
    text = extract_text(pdf, "application/pdf")
    assert text is not None and text.endswith("ket luan hoi nghi") and len(text) <= MAX_CHARS
    opened.store.add_documents([NewDocument(document(summary="Biên bản"), [pdf])])
    assert len(opened.store.search("ket luan hoi nghi")) == 1


def test_a_pdf_without_a_pdf_name_is_recognised_by_its_content(
        opened: OpenProfile, make_pdf: Callable[..., Path], tmp_path: Path) -> None:
    pdf = make_pdf("scan.pdf", "Biên bản họp chi bộ")
    renamed = pdf.rename(tmp_path / "bien-ban-hop")
    assert detect_mime(renamed) == "application/pdf"
    opened.store.add_documents([NewDocument(document(summary="Biên bản"), [renamed])])
    found = opened.store.search("chi bo")
    assert len(found) == 1
    attachment = opened.store.get_document(found[0]["id"])["attachments"][0]
    assert attachment["mime"] == "application/pdf"


def test_the_match_expression_reads_each_concept(opened: OpenProfile) -> None:
    assert build_match("5-nq/du") == '"5" + "nq"* + "du"*'
    assert build_match("5-NQ/ĐU") == '"5" + "nq" + "du"*'  # typed with diacritics: a finished word
    # Its bound (search_check): the pair of the number and the finished word, no positions (migration 0014).
    assert build_match("5-NQ/ĐU", bound=True) == '("05xnq" AND "du"*)'
    assert build_match("  --  ") is None
    assert "number_symbol : \"tu\"" in (build_match("tinh uy") or "")


def test_a_cache_at_0008_is_reindexed_by_0009(profiles: Profiles) -> None:
    engine, _folder, _key = cache_at(profiles, "0008")
    now = datetime.now()
    doc_id, secret_id = "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"
    with engine.execution_options(write=True).begin() as conn:
        conn.execute(insert(documents).values(
            id=doc_id, kind="incoming", doc_type="Nghị quyết", summary="Về đột phá phát triển", secrecy=0,
            number_symbol="05-NQ/ĐU", status="received", recipients=[], urgency=0, unread=True, created_at=now,
            updated_at=now))
        conn.execute(insert(documents).values(
            id=secret_id, kind="incoming", doc_type="Công văn", summary="", secrecy=1, signer="Lê Văn Tâm",
            number_symbol="9-CV/HU", status="received", recipients=[], urgency=0, unread=True, created_at=now,
            updated_at=now))
    engine.dispose()
    with profiles.open("lan.nt", PASSWORD) as opened:
        assert _ids(opened.store.search("nghi quyet 5")) == [doc_id]
        assert _ids(opened.store.search("5-NQ/DU")) == [doc_id]
        assert _ids(opened.store.search("cong van 9")) == [secret_id]  # type and symbol: searchable stub fields
        assert opened.store.search("le van tam") == []  # a secret entry's signer stays out of the index
        assert opened.store.suggest("dot pha phat trienn") == "dot pha phat trien"


def test_nfd_text_and_old_tone_marks(opened: OpenProfile) -> None:
    opened.store.add_documents([_doc(1, summary=unicodedata.normalize("NFD", "Hòa giải ở cơ sở")),
                                _doc(2, summary="Thuỷ lợi nội đồng")])
    assert _ids(opened.store.search("hoà giải")) == ["00000000-0000-4000-8000-000000000001"]
    assert _ids(opened.store.search("thủy lợi")) == ["00000000-0000-4000-8000-000000000002"]

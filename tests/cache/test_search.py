"""Folded full-text search over a real encrypted cache: diacritics, đ, numbers and symbols, prefixes, PDF text,
ranking, filters, odd input and the index kept in step by triggers."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from client.cache.profile import OpenProfile
from client.cache.search import DocumentFilter
from client.cache.store import NewDocument
from tests.cache.conftest import document


def _summaries(rows: list[dict]) -> list[str]:
    return [r["summary"] for r in rows]


@pytest.fixture
def filled(opened: OpenProfile) -> OpenProfile:
    opened.store.add_documents(
        NewDocument(r)
        for r in [
            document(
                doc_type="Nghị quyết",
                summary="Nghị quyết Đảng ủy về chuyển đổi số",
                number_symbol="57-NQ/TW",
                issuing_body="Ban Chấp hành Trung ương",
                issued_date="22/12/2024",
            ),
            document(summary="Công văn đôn đốc nộp báo cáo", number_symbol="125/UBND-VP", issued_date="01/02/2025"),
            document(
                kind="outgoing",
                doc_type="Báo cáo",
                summary="Báo cáo tình hình thủy lợi nội đồng",
                status="issued",
                signer="Trần Văn Đức",
                issued_date="03/03/2025",
            ),
            document(summary="Thông báo lịch tiếp dân", number_symbol="11-KH/BCĐ", issued_date="10/03/2025"),
        ]
    )
    return opened


@pytest.mark.parametrize(
    "query",
    [
        "nghi quyet dang uy",
        "Nghị quyết Đảng ủy",
        "NGHỊ QUYẾT ĐẢNG ỦY",
        "ĐẢNG",
        "dang",
        "Đang",
        unicodedata.normalize("NFD", "Nghị quyết Đảng ủy"),
        unicodedata.normalize("NFD", "ĐẢNG ỦY"),
    ],
    ids=["folded", "exact", "upper", "upper-d", "plain-d", "other-tone", "nfd", "nfd-upper"],
)
def test_diacritics_case_and_d_never_matter(filled: OpenProfile, query: str) -> None:
    assert _summaries(filled.store.search(query)) == ["Nghị quyết Đảng ủy về chuyển đổi số"]


@pytest.mark.parametrize("query", ["57-NQ/TW", "57-NQ", "57-nq/tw", "57 NQ TW", "nq/tw"])
def test_number_and_symbol_are_found_whole_or_in_part(filled: OpenProfile, query: str) -> None:
    assert [r["number_symbol"] for r in filled.store.search(query)] == ["57-NQ/TW"]


def test_symbol_with_d_bar_is_found_without_it(filled: OpenProfile) -> None:
    assert [r["number_symbol"] for r in filled.store.search("11-KH/BCD")] == ["11-KH/BCĐ"]


@pytest.mark.parametrize("query", ["chuyen do", "chuyển đ", "nghi quy", "thuy l"])
def test_results_appear_while_the_last_word_is_typed(filled: OpenProfile, query: str) -> None:
    assert len(filled.store.search(query)) == 1


def test_issuing_body_and_signer_are_searched(filled: OpenProfile) -> None:
    assert _summaries(filled.store.search("ban chap hanh")) == ["Nghị quyết Đảng ủy về chuyển đổi số"]
    assert _summaries(filled.store.search("tran van duc")) == ["Báo cáo tình hình thủy lợi nội đồng"]


def test_every_word_must_match(filled: OpenProfile) -> None:
    assert filled.store.search("nghi quyet thuy loi") == []
    assert filled.store.search("khong co tu nay") == []


def test_words_inside_a_pdf_attachment_are_found(opened: OpenProfile, make_pdf: Callable[..., Path]) -> None:
    pdf = make_pdf("ke-hoach.pdf", "Phụ lục: kinh phí xây dựng nhà văn hóa thôn Đồng Tâm", "Tổng cộng 350 triệu")
    doc_id = opened.store.add_document(document(summary="Kế hoạch năm 2025"), [pdf])
    opened.store.add_document(document(summary="Văn bản khác"))
    assert [r["id"] for r in opened.store.search("nha van hoa dong tam")] == [doc_id]
    assert [r["id"] for r in opened.store.search("NHÀ VĂN HÓA")] == [doc_id]
    # The text layer is searchable but not handed out with the document.
    assert "text" not in opened.store.get_document(doc_id)["attachments"][0]


def test_number_or_summary_hit_ranks_above_attachment_only_hit(
    opened: OpenProfile, make_pdf: Callable[..., Path]
) -> None:
    annex = make_pdf("phu-luc.pdf", "Căn cứ Nghị quyết 57-NQ/TW, kế hoạch thủy lợi nội đồng của xã. " * 5)
    opened.store.add_document(document(summary="Tờ trình kinh phí", issued_date="05/05/2025"), [annex])
    opened.store.add_document(document(summary="Kế hoạch thủy lợi nội đồng", issued_date="01/01/2020"))
    opened.store.add_document(
        document(summary="Nghị quyết chuyên đề", number_symbol="57-NQ/TW", issued_date="01/01/2019")
    )
    assert _summaries(opened.store.search("thuy loi")) == ["Kế hoạch thủy lợi nội đồng", "Tờ trình kinh phí"]
    assert _summaries(opened.store.search("57-NQ/TW")) == ["Nghị quyết chuyên đề", "Tờ trình kinh phí"]


def test_a_type_typed_puts_documents_of_that_type_before_ones_that_mention_it(opened: OpenProfile) -> None:
    # The demo's "nghi quyet" listed programmes carrying out a resolution above the resolutions themselves: both hold
    # the phrase in the summary, and only the order they were stored in told them apart.
    opened.store.add_document(document(doc_type="Nghị quyết", number_symbol="15-NQ/TU", issued_date="01/01/2025",
                                       summary="Nghị quyết về tăng cường công tác dân vận"))
    opened.store.add_document(document(doc_type="Chương trình", number_symbol="41-CTr/TU", issued_date="02/11/2026",
                                       summary="Chương trình thực hiện Nghị quyết số 66-NQ/TW"))
    assert _summaries(opened.store.search("nghi quyet")) == [
        "Nghị quyết về tăng cường công tác dân vận", "Chương trình thực hiện Nghị quyết số 66-NQ/TW"]


def test_filters_narrow_the_search(filled: OpenProfile) -> None:
    everything = filled.store.search("bao cao")
    assert sorted(_summaries(everything)) == ["Báo cáo tình hình thủy lợi nội đồng", "Công văn đôn đốc nộp báo cáo"]
    assert _summaries(filled.store.search("bao cao", DocumentFilter(kind="outgoing"))) == [
        "Báo cáo tình hình thủy lợi nội đồng"
    ]
    assert _summaries(filled.store.search("bao cao", DocumentFilter(doc_type="Công văn", status="received"))) == [
        "Công văn đôn đốc nộp báo cáo"
    ]
    assert filled.store.search("nghi quyet", DocumentFilter(kind="outgoing")) == []


def test_search_pages_through_results(opened: OpenProfile) -> None:
    opened.store.add_documents(NewDocument(document(summary=f"Công văn số {i}")) for i in range(7))
    pages = [opened.store.search("cong van", limit=3, offset=offset) for offset in (0, 3, 6)]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert len({r["id"] for p in pages for r in p}) == 7


@pytest.mark.parametrize("query", ["", "   ", "?!", "---", "/", '"', "*", "()", "-/ *", "^", "_", "__ ?"])
def test_query_without_words_lists_documents_instead_of_failing(filled: OpenProfile, query: str) -> None:
    assert filled.store.search(query) == filled.store.list_documents(limit=50)
    assert len(filled.store.search(query)) == 4


@pytest.mark.parametrize(
    "query", ["AND", "OR NOT", "NEAR(dang uy)", 'dang"uy', "dang* OR uy", "summary:dang", "{dang}", "dang -uy"]
)
def test_fts_syntax_typed_by_a_user_is_taken_as_words(filled: OpenProfile, query: str) -> None:
    rows = filled.store.search(query)  # must not raise an FTS5 syntax error
    assert all(isinstance(r["summary"], str) for r in rows)


def test_search_operators_are_words_not_syntax(filled: OpenProfile) -> None:
    assert _summaries(filled.store.search("dang-uy")) == ["Nghị quyết Đảng ủy về chuyển đổi số"]
    assert filled.store.search("dang OR thuy") == []


def test_deleted_document_leaves_no_ghost_in_the_index(filled: OpenProfile) -> None:
    victim = filled.store.search("tiep dan")[0]
    with filled.store.writer.begin() as connection:
        connection.exec_driver_sql("DELETE FROM documents WHERE id = ?", (victim["id"],))
    # The next document takes over the deleted one's integer row id: a ghost entry would point at it.
    new_id = filled.store.add_document(document(summary="Giấy mời họp"))
    with filled.engine.connect() as connection:
        rid = connection.exec_driver_sql("SELECT rid FROM documents WHERE id = ?", (new_id,)).scalar_one()
        ghosts = connection.exec_driver_sql(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'tiep'"
        ).scalar_one()
    assert rid == victim["rid"]
    assert filled.store.search("tiep dan") == []
    assert ghosts == 0
    assert _summaries(filled.store.search("giay moi")) == ["Giấy mời họp"]


def test_edited_summary_and_removed_attachment_are_reindexed(
    opened: OpenProfile, make_pdf: Callable[..., Path]
) -> None:
    pdf = make_pdf("phu-luc.pdf", "Danh sách hộ nghèo thôn Bắc Sơn")
    doc_id = opened.store.add_document(document(summary="Quyết định trợ cấp"), [pdf])
    with opened.store.writer.begin() as connection:
        connection.exec_driver_sql("UPDATE documents SET summary = 'Quyết định khen thưởng' WHERE id = ?", (doc_id,))
    assert opened.store.search("tro cap") == []
    assert [r["id"] for r in opened.store.search("khen thuong")] == [doc_id]
    assert [r["id"] for r in opened.store.search("ho ngheo bac son")] == [doc_id]
    with opened.store.writer.begin() as connection:
        connection.exec_driver_sql("DELETE FROM document_attachments WHERE document_id = ?", (doc_id,))
    assert opened.store.search("ho ngheo") == []
    assert [r["id"] for r in opened.store.search("khen thuong")] == [doc_id]


@pytest.mark.parametrize("query", ["dang _", "đảng_ủy", "_dang_ uy"])
def test_underscore_separates_words_as_in_the_index(filled: OpenProfile, query: str) -> None:
    assert _summaries(filled.store.search(query)) == ["Nghị quyết Đảng ủy về chuyển đổi số"]


def test_bytes_without_a_pdf_header_are_not_parsed_for_text(tmp_path) -> None:
    # Named .pdf but not a PDF: no text, and the parser never sees it (it would scan the whole file for an EOF).
    import io
    import os

    from client.cache import pdftext

    fake = os.urandom(512 * 1024)
    assert pdftext.extract_text(io.BytesIO(fake), "application/pdf") is None
    path = tmp_path / "scan.pdf"
    path.write_bytes(fake)
    assert pdftext.extract_text(path, "application/pdf") is None
    assert pdftext.looks_like_pdf(b"\n\n%PDF-1.7\n") and not pdftext.looks_like_pdf(b"PK\x03\x04")

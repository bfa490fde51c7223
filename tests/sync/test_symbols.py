"""Number and symbol parsing over symbols as they are printed, and the duplicate key built on it."""

from __future__ import annotations

import pytest

from sync.protocol.doc_types import PARTY_TYPES, STATE_TYPES
from sync.protocol.domain import DOCUMENT_TYPES
from sync.protocol.symbols import duplicate_key, parse_symbol

# (as printed, number, grammar, type code, type, issuer, drafting unit, year)
REAL_SYMBOLS = [
    ("57-NQ/TW", 57, "party", "NQ", "Nghị quyết", "TW", None, None),
    ("05-NQ/ĐU", 5, "party", "NQ", "Nghị quyết", "ĐU", None, None),
    ("15671-CV/VPTW", 15671, "party", "CV", "Công văn", "VPTW", None, None),
    ("399-QĐ/TW", 399, "party", "QĐ", "Quyết định", "TW", None, None),
    ("01-QĐi/TW", 1, "party", "QĐi", "Quy định", "TW", None, None),
    ("35-CT/TW", 35, "party", "CT", "Chỉ thị", "TW", None, None),
    ("12-KL/HU", 12, "party", "KL", "Kết luận", "HU", None, None),
    ("08-HD/BTCTW", 8, "party", "HD", "Hướng dẫn", "BTCTW", None, None),
    ("127-TB/TU", 127, "party", "TB", "Thông báo", "TU", None, None),
    ("03-TTr/ĐU", 3, "party", "TTr", "Tờ trình", "ĐU", None, None),
    ("45-BC/ĐU", 45, "party", "BC", "Báo cáo", "ĐU", None, None),
    ("21-CTr/TU", 21, "party", "CTr", "Chương trình", "TU", None, None),
    ("12/QĐ-UBND", 12, "state", "QĐ", "Quyết định", "UBND", None, None),
    ("125/UBND-VP", 125, "state", None, "Công văn", "UBND", "VP", None),
    ("3456/UBND-KT", 3456, "state", None, "Công văn", "UBND", "KT", None),
    ("88/KH-UBND", 88, "state", "KH", "Kế hoạch", "UBND", None, None),
    ("15/QyĐ-UBND", 15, "state", "QyĐ", "Quy định", "UBND", None, None),
    ("210/BC-UBND", 210, "state", "BC", "Báo cáo", "UBND", None, None),
    ("07/GM-UBND", 7, "state", "GM", "Giấy mời", "UBND", None, None),
    ("02/CĐ-UBND", 2, "state", "CĐ", "Công điện", "UBND", None, None),
    ("30/2020/NĐ-CP", 30, "state", "NĐ", "Nghị định", "CP", None, 2020),
    ("63/2026/NĐ-CP", 63, "state", "NĐ", "Nghị định", "CP", None, 2026),
    ("01/2011/TT-BNV", 1, "state", "TT", "Thông tư", "BNV", None, 2011),
    ("1234/BNV-VTLTNN", 1234, "state", None, "Công văn", "BNV", "VTLTNN", None),
    ("45/TTr-UBND", 45, "state", "TTr", "Tờ trình", "UBND", None, None),
    ("19/NQ-HĐND", 19, "state", "NQ", "Nghị quyết", "HĐND", None, None),
]


@pytest.mark.parametrize(("printed", "number", "grammar", "code", "doc_type", "issuer", "unit", "year"),
                         REAL_SYMBOLS)
def test_real_world_symbols_parse_into_their_parts(printed: str, number: int, grammar: str, code: str | None,
                                                   doc_type: str | None, issuer: str, unit: str | None,
                                                   year: int | None) -> None:
    parsed = parse_symbol(printed)
    assert parsed is not None
    assert (parsed.number, parsed.grammar, parsed.type_code, parsed.doc_type, parsed.issuer, parsed.drafting_unit,
            parsed.year) == (number, grammar, code, doc_type, issuer, unit, year)


@pytest.mark.parametrize("typed", ["Số: 12/QĐ-UBND", " 12 / QĐ – UBND ", "số 12/QĐ-UBND"])
def test_symbols_as_typed_or_pasted_parse_as_printed(typed: str) -> None:
    assert parse_symbol(typed) == parse_symbol("12/QĐ-UBND")


def test_decomposed_vietnamese_parses_as_composed() -> None:
    import unicodedata
    assert parse_symbol(unicodedata.normalize("NFD", "01-QĐi/ĐU")) == parse_symbol("01-QĐi/ĐU")


@pytest.mark.parametrize("text", ["", "abc", "NQ/TW", "-NQ/TW", "12/", "12-NQ", "V/v triển khai", "12/QĐ-"])
def test_text_that_follows_neither_grammar_gives_no_parse(text: str) -> None:
    assert parse_symbol(text) is None


def test_an_unknown_abbreviation_keeps_its_issuer_but_names_no_type() -> None:
    parsed = parse_symbol("09-XYZ/ĐU")
    assert parsed is not None and parsed.doc_type is None and parsed.issuer == "ĐU"


def test_the_type_list_holds_regulation_399_and_the_29_types_of_decree_30() -> None:
    assert len(STATE_TYPES) == 29
    for name in ("Cương lĩnh", "Điều lệ", "Chiến lược", "Thông tri", "Tuyên bố", "Lời kêu gọi", "Quy hoạch",
                 "Phương án", "Dự án", "Phiếu chuyển", "Phiếu gửi", "Thư công", "Giấy mời"):
        assert name in PARTY_TYPES and name in DOCUMENT_TYPES
    assert len(set(DOCUMENT_TYPES)) == len(DOCUMENT_TYPES)
    assert PARTY_TYPES["Quy định"] == "QĐi" and STATE_TYPES["Quy định"] == "QyĐ"


def test_duplicates_are_the_same_issuer_symbol_and_year() -> None:
    key = duplicate_key("05-NQ/ĐU", "Đảng ủy xã An Bình", "2026-03-02")
    assert duplicate_key("Số: 05–NQ/ĐU", "đảng ủy xã An Bình ", "2026-11-30") == key
    assert duplicate_key("05-NQ/ĐU", "Đảng ủy xã An Bình", "2025-03-02") != key
    assert duplicate_key("05-NQ/ĐU", "Đảng ủy xã Bình Minh", "2026-03-02") != key
    assert duplicate_key("06-NQ/ĐU", "Đảng ủy xã An Bình", "2026-03-02") != key

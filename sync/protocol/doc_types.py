"""Document types and the abbreviations a number and symbol writes them with.

Party units follow Regulation 399-QĐ/TW (09/01/2026, replacing 66-QĐ/TW); state units follow Decree 30/2020/NĐ-CP
Annex III (29 types). The same name can be written differently by the two (quy định: QĐi for the Party, QyĐ for the
State), so each grammar reads abbreviations from its own table. The names are stored strings (DESIGN principle 11):
adding one is additive, renaming one is a protocol break.
"""

from __future__ import annotations

# Regulation 399-QĐ/TW: the Party's types in its order, then the administrative papers it lists.
PARTY_TYPES: dict[str, str] = {
    "Cương lĩnh": "CL", "Điều lệ": "ĐL", "Chiến lược": "CLg", "Nghị quyết": "NQ", "Quyết định": "QĐ",
    "Chỉ thị": "CT", "Kết luận": "KL", "Quy chế": "QC", "Quy định": "QĐi", "Thông tri": "TT", "Hướng dẫn": "HD",
    "Thông báo": "TB", "Thông cáo": "TC", "Tuyên bố": "TBo", "Lời kêu gọi": "LKG", "Báo cáo": "BC",
    "Kế hoạch": "KH", "Quy hoạch": "QHo", "Chương trình": "CTr", "Đề án": "ĐA", "Phương án": "PA", "Dự án": "DA",
    "Tờ trình": "TTr", "Công văn": "CV", "Biên bản": "BB", "Giấy mời": "GM", "Phiếu chuyển": "PC",
    "Phiếu gửi": "PG", "Thư công": "ThC",
}

# Decree 30 Annex III: the 29 administrative types. A công văn and a thư công carry no type in their symbol.
STATE_TYPES: dict[str, str | None] = {
    "Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Quy chế": "QC", "Quy định": "QyĐ",
    "Thông cáo": "TC", "Thông báo": "TB", "Hướng dẫn": "HD", "Chương trình": "CTr", "Kế hoạch": "KH",
    "Phương án": "PA", "Đề án": "ĐA", "Dự án": "DA", "Báo cáo": "BC", "Biên bản": "BB", "Tờ trình": "TTr",
    "Hợp đồng": "HĐ", "Công văn": None, "Công điện": "CĐ", "Bản ghi nhớ": "GN", "Bản thỏa thuận": "TTh",
    "Giấy ủy quyền": "GUQ", "Giấy mời": "GM", "Giấy giới thiệu": "GGT", "Giấy nghỉ phép": "GNP",
    "Phiếu gửi": "PG", "Phiếu chuyển": "PC", "Phiếu báo": "PB", "Thư công": None,
}

# Legal normative documents a commune receives from above (Law 80/2015 on legal documents): read, never issued.
LEGAL_TYPES: dict[str, str] = {"Luật": "QH", "Nghị định": "NĐ", "Thông tư": "TT", "Thông tư liên tịch": "TTLT"}

# Every type a form offers: the Party's list, then the state types it lacks, then the legal ones.
DOCUMENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys([*PARTY_TYPES, *STATE_TYPES, *LEGAL_TYPES]))

PARTY_TYPE_OF_CODE: dict[str, str] = {code: name for name, code in PARTY_TYPES.items()}
STATE_TYPE_OF_CODE: dict[str, str] = {
    **{code: name for name, code in LEGAL_TYPES.items() if name != "Luật"},
    **{code: name for name, code in STATE_TYPES.items() if code is not None},
}


def type_code(doc_type: str | None) -> str | None:
    """The abbreviation a type is numbered under (the Party's table first: Party units number by type)."""
    if doc_type is None:
        return None
    return PARTY_TYPES.get(doc_type) or STATE_TYPES.get(doc_type) or LEGAL_TYPES.get(doc_type)

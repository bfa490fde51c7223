"""The abbreviations of Party and state paperwork, as clerks type them and as symbols print them.

Search treats an abbreviation and its expansion as the same words, both ways: `ubnd tinh lao cai` and
`uy ban nhan dan tinh lao cai` find the same documents. Document types are abbreviated in the number and symbol
(Decree 30/2020/NĐ-CP Annex III; Party: Guidance 36-HD/VPTW), so `nghi quyet 57` finds `57-NQ/TW`.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# Document type -> its abbreviation in the symbol. Party quy định is QĐi, the state's QyĐ (DOMAIN.md).
DOC_TYPE_ABBREVIATIONS: Final = MappingProxyType({
    "Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Kết luận": "KL", "Quy định": "QĐi",
    "Quy chế": "QC", "Hướng dẫn": "HD", "Thông báo": "TB", "Kế hoạch": "KH", "Báo cáo": "BC", "Tờ trình": "TTr",
    "Công văn": "CV", "Biên bản": "BB", "Chương trình": "CTr", "Đề án": "ĐA", "Thông tri": "TT",
    "Quy hoạch": "QH", "Phương án": "PA", "Dự án": "DA", "Giấy mời": "GM", "Thông cáo": "TC",
})

# Bodies and offices -> their abbreviation. Two-letter ones (TU, HU, ĐU) are also ordinary words once folded
# (tư, hủ, du), so search looks for them only inside a number and symbol when the expansion is typed.
BODY_ABBREVIATIONS: Final = MappingProxyType({
    "Ủy ban nhân dân": "UBND", "Hội đồng nhân dân": "HĐND", "Ban Chấp hành": "BCH", "Ban Thường vụ": "BTV",
    "Mặt trận Tổ quốc": "MTTQ", "Ủy ban Kiểm tra": "UBKT", "Tỉnh ủy": "TU", "Huyện ủy": "HU", "Đảng ủy": "ĐU",
    "Thành ủy": "TU", "Ban Chỉ đạo": "BCĐ", "Văn phòng": "VP", "Trung ương": "TW", "Ban Tổ chức": "BTC",
    "Ban Tuyên giáo": "BTG", "Ban Dân vận": "BDV", "Hội Liên hiệp Phụ nữ": "HLHPN", "Đoàn Thanh niên": "ĐTN",
    "Cựu chiến binh": "CCB", "Văn phòng Trung ương": "VPTW", "Ban Tổ chức Tỉnh ủy": "BTCTU",
})

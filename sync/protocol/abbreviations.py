"""The abbreviations of Party and state paperwork, as clerks type them and as symbols print them.

Search treats an abbreviation and its expansion as the same words, both ways: `ubnd tinh lao cai` and
`uy ban nhan dan tinh lao cai` find the same documents. Document types are abbreviated in the number and symbol
(Decree 30/2020/NĐ-CP Annex III; Party: Guidance 36-HD/VPTW), so `nghi quyet 57` finds `57-NQ/TW`.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from sync.protocol.doc_types import DOCUMENT_TYPES, type_code

# Document type -> its abbreviation in the symbol, from the one list of types (sync/protocol/doc_types.py: the
# Party's table first, so quy định is QĐi; the state's QyĐ is read by the symbol grammar). A law's symbol
# (80/2015/QH13) names its issuer, the National Assembly, not its type: Luật has no abbreviation here.
DOC_TYPE_ABBREVIATIONS: Final = MappingProxyType({
    name: code for name in DOCUMENT_TYPES if name != "Luật" and (code := type_code(name)) is not None
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

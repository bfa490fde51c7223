"""Số, ký hiệu: reading a number and symbol as printed, in the Party's grammar and the State's.

Party (Regulation 399-QĐ/TW): `<number>-<type>/<issuer>`: `05-NQ/ĐU`, `15671-CV/VPTW`.
State (Decree 30 Annex III): `<number>/<type>-<issuer>`: `12/QĐ-UBND`; a công văn has no type:
`<number>/<issuer>-<drafting unit>`: `125/UBND-VP`; a legal document carries its year: `30/2020/NĐ-CP`.
The parse fills the type and issuer of the register form; the document type stays its own field (a Party quy định
is QĐi but a clerk may meet QĐ), so a parse only proposes. The same key says when two entries are one document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from sync.protocol.doc_types import PARTY_TYPE_OF_CODE, STATE_TYPE_OF_CODE

Grammar = Literal["party", "state"]

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})
_LABEL = re.compile(r"^\s*s[ốo]\s*[:.]?\s*", re.IGNORECASE)  # "Số: 12/QĐ-UBND" as copied from the page head
_PARTY = re.compile(r"^(?P<number>\d{1,6})-(?P<code>[^\W\d_]+)/(?P<issuer>\S+)$")
_STATE = re.compile(r"^(?P<number>\d{1,6})/(?:(?P<year>(?:19|20)\d\d)/)?(?P<rest>[^\W_](?:[\w/.-]*[^\W_])?)$")


@dataclass(frozen=True)
class ParsedSymbol:
    number: int
    grammar: Grammar
    type_code: str | None  # the abbreviation as written ("NQ"); None for a công văn
    doc_type: str | None  # the type it names, when the abbreviation is known
    issuer: str  # the issuing body's abbreviation: "ĐU", "UBND"
    drafting_unit: str | None = None  # a công văn's drafting unit ("VP" in 125/UBND-VP)
    year: int | None = None  # written in the symbol of a legal document


# Issuers' abbreviations as symbols write them, and the body's name a register records ("Tác giả").
ISSUER_NAMES: dict[str, str] = {
    "TW": "Ban Chấp hành Trung ương", "BCT": "Bộ Chính trị", "BBT": "Ban Bí thư", "VPTW": "Văn phòng Trung ương Đảng",
    "BTCTW": "Ban Tổ chức Trung ương", "BTGTW": "Ban Tuyên giáo Trung ương", "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "TU": "Tỉnh ủy", "TƯ": "Thành ủy", "HU": "Huyện ủy", "QU": "Quận ủy", "ĐU": "Đảng ủy", "CB": "Chi bộ",
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ",
    "QH": "Quốc hội", "BNV": "Bộ Nội vụ", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
}


def issuer_name(parsed: ParsedSymbol) -> str:
    """The issuing body a parse names, in words where the abbreviation is a common one (a clerk adds the place)."""
    return ISSUER_NAMES.get(parsed.issuer, parsed.issuer)


def normalize(symbol: str) -> str:
    """The symbol as compared: NFC (typed and pasted Vietnamese differ in composition), one kind of dash, no spaces,
    no "Số:" label."""
    text = unicodedata.normalize("NFC", symbol).translate(_DASHES)
    text = _LABEL.sub("", text)
    return re.sub(r"\s+", "", text)


def parse_symbol(symbol: str) -> ParsedSymbol | None:
    """The parts of a number and symbol, or None when it follows neither grammar (a clerk types it as printed)."""
    text = normalize(symbol)
    if match := _PARTY.match(text):
        code = match["code"]
        return ParsedSymbol(number=int(match["number"]), grammar="party", type_code=code,
                            doc_type=PARTY_TYPE_OF_CODE.get(code), issuer=match["issuer"])
    if match := _STATE.match(text):
        first, _, rest = match["rest"].partition("-")
        year = int(match["year"]) if match["year"] else None
        if not rest:
            return ParsedSymbol(number=int(match["number"]), grammar="state", type_code=None, doc_type=None,
                                issuer=first, year=year)
        if first in STATE_TYPE_OF_CODE:
            return ParsedSymbol(number=int(match["number"]), grammar="state", type_code=first,
                                doc_type=STATE_TYPE_OF_CODE[first], issuer=rest, year=year)
        # No known type before the dash: a công văn, issuer then drafting unit.
        return ParsedSymbol(number=int(match["number"]), grammar="state", type_code=None, doc_type="Công văn",
                            issuer=first, drafting_unit=rest, year=year)
    return None


def duplicate_key(number_symbol: str, issuing_body: str | None, issued_date: str | None) -> tuple[str, str, str]:
    """What makes two register entries one document: the same issuer, number and symbol, in the same year.

    `issued_date` is ISO (yyyy-mm-dd); an entry without one matches only others without one.
    """
    issuer = unicodedata.normalize("NFC", issuing_body or "").strip().casefold()
    year = (issued_date or "")[:4]
    return issuer, normalize(number_symbol).casefold(), year

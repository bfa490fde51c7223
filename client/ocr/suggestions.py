"""Register fields guessed from a scan's recognised text, offered to the clerk as suggestions (never stored unasked).

It reads the header of a Vietnamese administrative document (Decree 30 for the state, Guideline 36-HD/VPTW for the
Party): the issuing body in capitals at the top left, "Số: 57-NQ/TW" or "Số: 12/QĐ-UBND" below it (both grammars,
DOMAIN.md), the place and date "..., ngày 22 tháng 12 năm 2024", the type in capitals ("NGHỊ QUYẾT") with the
summary on the lines after it ("về ..."), or "V/v ..." under the number of a công văn.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from sync.protocol.domain import DOCUMENT_TYPES

# The national and Party mottos printed at the top right; Tesseract often puts them on the issuer's line.
_MOTTOS = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM",
           "Độc lập - Tự do - Hạnh phúc")
_PLACE_WORDS = ("XÃ ", "HUYỆN ", "TỈNH ", "THÀNH PHỐ ", "PHƯỜNG ", "THỊ TRẤN ", "THỊ XÃ ", "QUẬN ", "TRUNG ƯƠNG")
_LETTERS = "A-ZĐa-zđ"
# Letters of a symbol: any letter (Tesseract may put a tone mark on a capital, ĐU read ĐỦ); `_symbol` keeps only
# a match whose letters are capitals, as a symbol's are.
_SYMBOL = re.compile(r"S[ốô]\s*[:.;]?\s*(\d{1,6}\s*[-/]\s*[^\W\d_][^\W_]*(?:\s*[-/]\s*[^\W\d_][^\W_*]*\*?)*)")
_LOOSE_SYMBOL = re.compile(r"\b(\d{1,6}\s?[-/]\s?[^\W\d_]{2,}[^\W_]*(?:\s?[-/]\s?[^\W\d_][^\W_]*)+)")
_LONG_DATE = re.compile(r"ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})", re.IGNORECASE)
_SHORT_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_ABOUT = re.compile(r"^\s*V\s*/\s*v\s*[:.]?\s*(.+)$")


@dataclass(frozen=True)
class Suggestions:
    """What the register form may be offered; a field not recognised is None."""

    number_symbol: str | None = None
    issued_date: date | None = None
    issuing_body: str | None = None
    doc_type: str | None = None
    summary: str | None = None

    def __bool__(self) -> bool:
        return any(v is not None for v in (self.number_symbol, self.issued_date, self.issuing_body, self.doc_type,
                                           self.summary))


def _bare(text: str) -> str:
    """Capitals without tone marks, for comparing a heading with a type name."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).upper().split())


_TYPES = {_bare(name): name for name in DOCUMENT_TYPES}


def _is_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _without_mottos(line: str) -> str:
    for motto in _MOTTOS:
        line = line.replace(motto, " ")
    return " ".join(line.strip(" -*_.,:;|").split())


def _date(text: str) -> date | None:
    for pattern in (_LONG_DATE, _SHORT_DATE):
        for match in pattern.finditer(text):
            day, month, year = (int(g) for g in match.groups())
            try:
                return date(year, month, day)
            except ValueError:
                continue
    return None


def _symbol(lines: list[str]) -> tuple[str | None, int]:
    for pattern in (_SYMBOL, _LOOSE_SYMBOL):
        for index, line in enumerate(lines):
            for match in pattern.finditer(line):
                symbol = re.sub(r"\s+", "", match.group(1)).rstrip("-/")
                if "".join(c for c in symbol if c.isalpha()).isupper():
                    return symbol, index
    return None, -1


def _issuer(header: list[str]) -> str | None:
    kept = [line for line in (_without_mottos(line) for line in header) if line and _is_capitals(line)]
    if not kept:
        return None
    last = kept[-1]
    if len(kept) >= 2 and last.startswith(_PLACE_WORDS) and not kept[-2].startswith(_PLACE_WORDS):
        return f"{kept[-2]} {last}"
    return last


def _continued(first: str, lines: list[str]) -> str:
    """A summary line and the lines that carry it on: a wrapped summary goes on in lower case, the text below it
    starts a sentence (or a "Kính gửi:") with a capital."""
    parts = [first.strip(" -_*|")]
    for follower in lines[:3]:
        follower = follower.strip(" -_*|")
        if not follower[:1].islower():
            break
        parts.append(follower)
    text = " ".join(p for p in parts if p)
    return text[:1].upper() + text[1:]


def _type_and_summary(lines: list[str], start: int) -> tuple[str | None, str | None]:
    for index in range(max(start, 0), len(lines)):
        line = lines[index]
        about = _ABOUT.match(line)
        if about:
            return None, _continued(about.group(1), lines[index + 1:]) or None
        name = _TYPES.get(_bare(line.strip(" -_.:*|")))
        if name is None:
            continue
        following = lines[index + 1:]
        if not following or (_is_capitals(following[0]) and not _bare(following[0]).startswith("VE ")):
            return name, None
        return name, _continued(following[0], following[1:]) or None
    return None, None


def suggest(text: str) -> Suggestions:
    """The register fields this recognised text suggests (the first page's text is enough)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return Suggestions()
    symbol, at = _symbol(lines)
    header = lines[:at] if at > 0 else lines[:4]
    doc_type, summary = _type_and_summary(lines, at + 1 if at >= 0 else 0)
    return Suggestions(number_symbol=symbol, issued_date=_date("\n".join(lines[:12])), issuing_body=_issuer(header),
                       doc_type=doc_type, summary=summary)

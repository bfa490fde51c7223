"""Fold Vietnamese text for search: no diacritics, đ/Đ as d, lower case.

`nghi quyet dang uy` must find `Nghị quyết Đảng ủy`. SQLite's own `remove_diacritics` keeps đ (a letter of its
own in Unicode, not d with a mark), so both the index and the query go through `fold` instead.
"""

from __future__ import annotations

import sys
import unicodedata
from functools import cache


@cache
def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "d"}
    # Latin-1 Supplement, Latin Extended A/B and Latin Extended Additional hold every precomposed Vietnamese letter.
    for start, end in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for code in range(start, end + 1):
            decomposed = unicodedata.normalize("NFD", chr(code))
            base = "".join(c for c in decomposed if not unicodedata.combining(c))
            if base != chr(code) and base:
                table[code] = base.lower()
    # Combining marks, for text typed or pasted in decomposed form.
    for code in range(0x0300, 0x0370):
        table[code] = None
    return table


def fold(text: str | None) -> str | None:
    """Lower-case `text` and strip Vietnamese diacritics; None stays None."""
    if text is None:
        return None
    return text.translate(_table()).lower()


def fold_required(text: str) -> str:
    """`fold` for text that is never None."""
    return text.translate(_table()).lower()


if __name__ == "__main__":  # pragma: no cover - a quick manual check
    print(fold(" ".join(sys.argv[1:])))

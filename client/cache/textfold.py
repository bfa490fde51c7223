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


# The Vietnamese alphabet: ă, â, đ, ê, ô, ơ, ư are letters of their own, each after its base letter. Ranks leave
# room below for white space (1), digits and punctuation (0x10-0x4F); anything else sorts last (0xFF).
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: 0x50 + i for i, letter in enumerate(_ALPHABET)}
_RANK_LETTER = {rank: letter for letter, rank in _LETTER_RANK.items()}
# Tones in dictionary order: level, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter, not the tone


def _rank(char: str) -> int:
    if char in _LETTER_RANK:
        return _LETTER_RANK[char]
    if char.isspace():
        return 0x01
    code = ord(char)
    return 0x10 + min(code - 0x20, 0x3F) if 0x20 <= code < 0x80 else 0xFF


def sort_key(text: str | None) -> bytes | None:
    """A byte string that sorts text in Vietnamese dictionary order (letters first, then tones, then case).

    Used as an SQL function in expression indexes, so that sorting 100,000 summaries needs no Python comparison.
    It runs for every row an initial sync stores and twice per document when a snapshot's indexes are built
    (issue 17): each composed character's letter, tone and case ranks are remembered as three characters, so one
    `str.translate` of the whole text and three slices make the key. A character whose share is not one rank each
    goes by `_sort_key_by_parts`; text with a mark that does not compose with the letter before it is keyed by the
    whole-text reading, `sort_key_nfd`, which defines the order.
    """
    if text is None:
        return None
    try:
        triples = unicodedata.normalize("NFC", text).translate(_TRIPLES)
    except _NotOneRank:
        return _sort_key_by_parts(text)
    return (triples[0::3] + "\x00" + triples[1::3] + "\x00" + triples[2::3].rstrip("\x00")).encode("latin-1")


class _NotOneRank(Exception):
    """A character whose share of the key is not one letter, one tone and one case (raised through translate)."""


class _Triples(dict[int, str]):
    """Character code -> its letter, tone and case ranks as three characters (all ranks are below 256)."""

    def __missing__(self, code: int) -> str:
        parts = _CHAR_PARTS.get(chr(code)) or _char_parts(chr(code))
        if parts is None or any(len(part) != 1 for part in parts):
            raise _NotOneRank
        triple = b"".join(parts).decode("latin-1")
        self[code] = triple
        return triple


_TRIPLES = _Triples()


def _sort_key_by_parts(text: str) -> bytes | None:
    letters: list[bytes] = []
    tones: list[bytes] = []
    cases: list[bytes] = []
    known = _CHAR_PARTS
    for char in unicodedata.normalize("NFC", text):
        parts = known.get(char)
        if parts is None:
            parts = _char_parts(char)
            if parts is None:
                return sort_key_nfd(text)
            known[char] = parts
        letters.append(parts[0])
        tones.append(parts[1])
        cases.append(parts[2])
    return b"".join(letters) + b"\x00" + b"".join(tones) + b"\x00" + b"".join(cases).rstrip(b"\x00")


_CHAR_PARTS: dict[str, tuple[bytes, bytes, bytes]] = {}


def _char_parts(char: str) -> tuple[bytes, bytes, bytes] | None:
    """One composed character's letters, tones and cases; None when its decomposition starts with a mark, which
    would attach to the character before it (its key then depends on its neighbour)."""
    decomposed = unicodedata.normalize("NFD", char)
    if unicodedata.combining(decomposed[0]):
        return None
    key = sort_key_nfd(char)
    assert key is not None
    size = key.index(b"\x00")  # no letter rank is 0
    return key[:size], key[size + 1:2 * size + 1], key[2 * size + 2:].ljust(size, b"\x00")


def sort_key_nfd(text: str | None) -> bytes | None:
    """`sort_key` worked out over the whole decomposed text, character by character: the definition."""
    if text is None:
        return None
    letters = bytearray()
    tones = bytearray()
    cases = bytearray()
    for char in unicodedata.normalize("NFD", text):
        if char in _TONE_RANK:
            if tones:
                tones[-1] = _TONE_RANK[char]
            continue
        if char in _LETTER_MARKS and letters and letters[-1] in _RANK_LETTER:
            # Turn the base letter just written into its marked letter (a + breve -> ă).
            marked = unicodedata.normalize("NFC", _RANK_LETTER[letters[-1]] + char)
            letters[-1] = _LETTER_RANK.get(marked, letters[-1])
            continue
        lower = char.lower()
        letters.append(_rank(lower))
        tones.append(0)
        cases.append(0 if char == lower else 1)
    # No rank is 0, so the separators keep a text before its own extensions ("ba" before "bàn"). The cases end
    # the key without their trailing lower-case zeros (a third of a summary's key, which the list indexes hold a
    # million of): two keys reach the cases only with the same letters, so cases of one length, whose order
    # dropping the trailing zeros keeps.
    return bytes(letters) + b"\x00" + bytes(tones) + b"\x00" + bytes(cases).rstrip(b"\x00")


if __name__ == "__main__":  # pragma: no cover - a quick manual check
    print(fold(" ".join(sys.argv[1:])))

"""The remembered per-character sort key is the whole-text reading, for any text (issue 17 made it fast)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from client.cache.textfold import sort_key, sort_key_nfd

# Vietnamese letters in both forms, the tone and letter marks alone (so they may start a text or follow a digit),
# ASCII, and a few other scripts' letters and marks.
_ALPHABET = st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 -/.,")
    + list("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
    + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0306", "\u0302", "\u031b", "\u0344", "\u034f"]
    + ["Ω", "ß", "ﬁ", "Å", "Å", "İ"[0:1], "日", "\U0001f600", "한"]  # 한: three letters in one character
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_the_fast_key_is_the_whole_text_key(text: str) -> None:
    for form in (text, unicodedata.normalize("NFD", text), unicodedata.normalize("NFC", text)):
        assert sort_key(form) == sort_key_nfd(form)


def test_marks_that_do_not_compose_are_keyed_with_their_neighbour() -> None:
    # x has no precomposed form with an acute: the mark stays apart after NFC and must give x its tone.
    assert sort_key("x\u0301") == sort_key_nfd("x\u0301")
    assert sort_key("x\u0301") > sort_key("x")
    assert sort_key("\u0301a") == sort_key_nfd("\u0301a")
    assert sort_key("ba") < sort_key("bà") < sort_key("bả") < sort_key("bã") < sort_key("bá") < sort_key("bạ")


def _whole(key: bytes) -> bytes:
    """The key with its cases' trailing zeros back: one case byte a letter."""
    size = key.index(b"\x00")  # letters are never 0; tones may be, one a letter
    return key + b"\x00" * (size - len(key[2 * size + 2:]))


@settings(max_examples=2000, deadline=None)
@given(st.lists(_ALPHABET, max_size=12).map("".join), st.lists(_ALPHABET, max_size=12).map("".join))
def test_the_cases_without_their_trailing_zeros_keep_the_order(first: str, second: str) -> None:
    a, b = sort_key(first), sort_key(second)
    assert a is not None and b is not None
    assert (a < b, a == b) == (_whole(a) < _whole(b), _whole(a) == _whole(b))
    assert sort_key("Về việc") < sort_key("Về Việc") and sort_key("về việc") < sort_key("Về việc")

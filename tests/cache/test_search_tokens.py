"""The index's words read word by word (searchtext.tokens, with each word's tokens remembered) are the words of
the whole text read at once, the definition; and the pair tokens are `pair_token` of every two adjacent words.
Issue 17 made both faster: these hold them to the same answers on any text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from client.cache import searchtext
from client.cache.searchtext import clean, index_pairs, index_text, pair_token, tokens

# Vietnamese letters in both forms, digits, separators, and the characters whose folding depends on their
# neighbours or changes a word's bounds: combining marks, capital sigma, Ŀ (folds to "l·"), ligatures, NBSP,
# control characters, Arabic-Indic digits.
_ALPHABET = ("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữự"
             "ýỳỷỹỵ0123456789 ,./-_()\u00a0\t\x00\u0301\u0300\u0323\u0309\u0303ΣσςΑΒĿŀﬁ²½٣\u200b")
_TEXT = st.text(alphabet=_ALPHABET, max_size=80)
_REAL = ["Nghị quyết số 57-NQ/TW về phát triển khoa học, công nghệ, đổi mới sáng tạo",
         "V/v triển khai nhiệm vụ chuyển đổi số năm 2025, đợt 0012", "NQ57 và QĐ-UBND 05", "ΑΣ.Β ΑΣ Σ",
         "x\u0301y Ŀx ﬁnal café Cafe\u0301", "Đảng ủy xã Bát Xát\x00huyện ủy"]


def _pairs_by_definition(*fields: str | None) -> str | None:
    pairs: dict[str, None] = {}
    for field in fields:
        words = (field or "").split()
        pairs.update(dict.fromkeys(pair_token(a, b) for a, b in pairwise(words)))
    return " ".join(pairs) or None


@settings(max_examples=400, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_word_by_word_reads_what_the_whole_text_reads(texts: list[str]) -> None:
    for text in texts:  # several texts in a row: the remembered words of one serve the next
        assert tokens(text) == searchtext._whole_tokens(clean(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, min_size=0, max_size=6))
def test_pairs_are_pair_token_of_adjacent_words(fields: list[str]) -> None:
    normal = [index_text(field) for field in fields] + [None]
    assert index_pairs(*normal) == _pairs_by_definition(*normal)


def test_real_titles_and_the_words_kept_when_full(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    expected = [searchtext._whole_tokens(clean(text)) for text in _REAL]
    assert [tokens(text) for text in _REAL] == expected
    assert tokens(_REAL[1])[-2:] == ["dot", "12"]
    # A full memory of words is emptied and filled again, with the same answers.
    monkeypatch.setattr(searchtext, "_WORDS_KEPT", 3)
    monkeypatch.setattr(searchtext, "_WORD_TOKENS", {})
    monkeypatch.setattr(searchtext, "_PAIR_SIDES", {})
    assert [tokens(text) for text in _REAL] == expected
    assert len(searchtext._WORD_TOKENS) <= 3
    normal = [index_text(text) for text in _REAL]
    assert index_pairs(*normal) == _pairs_by_definition(*normal)
    assert len(searchtext._PAIR_SIDES) <= 3

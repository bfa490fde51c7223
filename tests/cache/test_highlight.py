"""Search hits marked on the original text: folded comparison, prefix for the last word, snippets of long text."""

from __future__ import annotations

from client.cache.highlight import explain_match, match_spans


def _marked(text: str, spans: list) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_folded_words_mark_the_original_words_with_their_diacritics() -> None:
    text = "Về việc triển khai Nghị quyết Đảng ủy số 12"
    assert _marked(text, match_spans(text, "nghi quyet dang uy")) == ["Nghị", "quyết", "Đảng", "ủy"]


def test_every_word_matches_as_a_prefix_and_numbers_whole() -> None:
    text = "Quyền và quy hoạch Đảng số 57-NQ/TW"
    assert _marked(text, match_spans(text, "quy da")) == ["Quyền", "quy", "Đảng"]
    assert _marked(text, match_spans(text, "5 nq")) == ["NQ"]  # 5 is a whole number, not the start of 57
    assert match_spans(text, "  --  ") == []


def test_telex_abbreviations_and_symbols_mark_what_they_stand_for() -> None:
    text = "Ủy ban nhân dân tỉnh Lào Cai, Công văn 05-NQ/ĐU về chuyển đổi số"
    assert _marked(text, match_spans(text, "chuyeen ddooir soos")) == ["chuyển", "đổi", "số"]
    assert _marked(text, match_spans(text, "ubnd lao cai")) == ["Ủy", "ban", "nhân", "dân", "Lào", "Cai"]
    assert _marked(text, match_spans(text, "NQ5")) == ["05", "NQ"]


def test_the_field_with_most_hits_is_explained_and_long_text_is_cut_around_the_match() -> None:
    row = {"number_symbol": "57-NQ/TW", "summary": "Nghị quyết về chuyển đổi số", "issuing_body": "Bộ Chính trị"}
    found = explain_match(row, "57 nq")
    assert found is not None and found["field"] == "number_symbol"
    assert _marked(found["text"], found["spans"]) == ["57", "NQ"]
    long = {"summary": "Mở đầu " * 40 + "chuyển đổi số ở cấp xã " + "kết thúc " * 40}
    found = explain_match(long, "chuyen doi so")
    assert found is not None and found["text"].startswith("…") and found["text"].endswith("…")
    assert _marked(found["text"], found["spans"]) == ["chuyển", "đổi", "số"]
    assert explain_match({"summary": "Không liên quan"}, "internet") is None

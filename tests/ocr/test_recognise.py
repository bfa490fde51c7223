"""Tesseract with the Vietnamese model on scans made here, whose text is known: accuracy, pages, bad files."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from client.ocr.errors import NO_MODEL, TOO_LARGE, UNREADABLE, OcrError
from client.ocr.pages import MAX_PIXELS, PDF, Scan, sniff_mime
from client.ocr.recognise import Reader, clean
from client.ocr.suggestions import suggest
from client.ocr.tessdata import SYSTEM_FOLDERS, find_tessdata
from tests.pdfs import write_pdf
from tests.scans import PROSE, RESOLUTION, character_error_rate, image_only_pdf, png_bytes


@pytest.fixture(scope="module")
def reader() -> Reader:
    with Reader(find_tessdata()) as opened:
        yield opened


def test_a_crooked_speckled_300_dpi_scan_reads_with_under_3_percent_errors(reader: Reader,
                                                                           resolution_300: Image.Image) -> None:
    rate = character_error_rate(RESOLUTION, reader.read(resolution_300))
    assert rate < 0.03


def test_200_dpi_pages_of_an_image_only_pdf_read_page_by_page(reader: Reader, prose_200: list[Image.Image],
                                                              tmp_path: Path) -> None:
    pdf = image_only_pdf(tmp_path / "scan.pdf", prose_200, 200).read_bytes()
    scan = Scan(pdf, sniff_mime(pdf))
    assert scan.pages == 2
    for index, text in enumerate(PROSE[:2]):
        page = scan.page(index)
        assert page.picture is not None
        assert character_error_rate(text, reader.read(page.picture)) < 0.05


def test_a_page_with_its_own_text_layer_is_not_read_again(tmp_path: Path) -> None:
    data = write_pdf(tmp_path / "typed.pdf", "Nghị quyết về chuyển đổi số của Đảng ủy xã Y Tý").read_bytes()
    page = Scan(data, PDF).page(0)
    assert page.picture is None
    assert page.skipped == "text"
    assert "chuyển đổi số" in (page.layer or "")


def test_each_frame_of_a_multi_page_tiff_is_a_page(reader: Reader, prose_200: list[Image.Image]) -> None:
    out = io.BytesIO()
    prose_200[0].save(out, "TIFF", save_all=True, append_images=prose_200[1:])
    scan = Scan(out.getvalue(), "image/tiff")
    assert scan.pages == 2
    second = scan.page(1).picture
    assert second is not None
    assert character_error_rate(PROSE[1], reader.read(second)) < 0.05


def test_the_suggestions_of_a_recognised_resolution(reader: Reader, resolution_300: Image.Image) -> None:
    found = suggest(reader.read(resolution_300))
    assert found.number_symbol == "57-NQ/ĐU"
    assert found.issued_date == date(2024, 12, 22)
    assert found.doc_type == "Nghị quyết"
    # The right lines are picked; a tone mark Tesseract misses on a capital is left for the clerk to correct.
    assert character_error_rate("ĐẢNG ỦY XÃ Y TÝ", found.issuing_body or "") <= 0.1
    assert character_error_rate("Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
                                "trên địa bàn xã", found.summary or "") < 0.03


def test_the_suggestions_of_a_state_cong_van_in_two_columns() -> None:
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "XÃ Y TÝ Độc lập - Tự do - Hạnh phúc\n"
            "Số: 125/UBND-VP Y Tý, ngày 03 tháng 4 năm 2025\n"
            "V/v triển khai chuyển đổi số\n"
            "năm 2025\n"
            "Kính gửi: Trưởng các thôn")
    found = suggest(text)
    assert (found.number_symbol, found.issued_date, found.issuing_body, found.doc_type, found.summary) == (
        "125/UBND-VP", date(2025, 4, 3), "ỦY BAN NHÂN DÂN XÃ Y TÝ", None, "Triển khai chuyển đổi số năm 2025")


def test_text_without_a_header_suggests_nothing() -> None:
    assert not suggest("một trang viết tay không có tiêu đề\n\n")
    assert not suggest("")


def test_an_impossible_date_is_not_suggested() -> None:
    assert suggest("Số: 12/QĐ-UBND\nngày 31 tháng 2 năm 2025").issued_date is None


def test_recognised_text_keeps_no_control_character() -> None:
    assert clean("Nghị\x00 quyết\n\n\x07 số  57") == "Nghị quyết\nsố 57"


def test_a_damaged_pdf_is_refused_with_a_clear_code() -> None:
    with pytest.raises(OcrError) as caught:
        Scan(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage", PDF).page(0)
    assert caught.value.code == UNREADABLE


def test_bytes_that_are_no_picture_are_refused_with_a_clear_code() -> None:
    with pytest.raises(OcrError) as caught:
        Scan(b"this is a text file, not a scan", sniff_mime(b"this is a text file"))
    assert caught.value.code == UNREADABLE


def test_a_picture_over_the_pixel_bound_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    # A PDF declaring an enormous image: the page's dictionary is read, the picture never decoded.
    small = Image.new("L", (100, 100), 255)
    pdf = image_only_pdf(tmp_path / "small.pdf", [small], 100).read_bytes()
    huge = pdf.replace(b"/Width 100", b"/Width 400000").replace(b"/Height 100", b"/Height 400000")
    assert huge != pdf
    with pytest.raises(OcrError) as caught:
        Scan(huge, PDF).page(0)
    assert caught.value.code == TOO_LARGE
    assert caught.value.params["width"] * caught.value.params["height"] > MAX_PIXELS


def test_the_model_folder_is_found_where_the_machine_configuration_says(tmp_path: Path) -> None:
    own = tmp_path / "mô hình"  # a path with Vietnamese letters, as on a clerk's PC
    own.mkdir()
    shutil.copy(find_tessdata() / "vie.traineddata", own / "vie.traineddata")
    assert find_tessdata(str(own)) == own


def test_a_missing_model_says_where_it_was_looked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(OcrError) as caught:
        find_tessdata(str(empty), system=[tmp_path / "nowhere"])
    assert caught.value.code == NO_MODEL
    assert str(empty) in caught.value.params["looked"]
    assert SYSTEM_FOLDERS  # the real search also covers Debian's packages


def test_a_scan_png_round_trips_through_the_sniffer(resolution_300: Image.Image) -> None:
    data = png_bytes(resolution_300.resize((200, 280)))
    assert sniff_mime(data) == "image/*"
    assert Scan(data, sniff_mime(data)).pages == 1


def test_a_misread_capital_in_a_symbol_is_kept_for_the_clerk_to_see() -> None:
    # Tesseract read ĐU as ĐÐU (an Icelandic eth beside the Đ) on a crooked page: the whole symbol is suggested,
    # not "57-NQ/Đ" cut short where the odd letter was, and the eth becomes Đ.
    assert suggest(clean("Số 57-NQ/ĐÐU\nNGHỊ QUYẾT")).number_symbol == "57-NQ/ĐĐU"
    assert suggest("Số: 12/QĐ-UBND Y Tý").number_symbol == "12/QĐ-UBND"
    assert suggest("Số 57-NQ/ĐỦ").number_symbol == "57-NQ/ĐỦ"
    assert suggest("số trang 12/ba").number_symbol is None  # lower case: prose, not a symbol

"""Scans made for OCR tests and the benchmark: Vietnamese text typeset on an A4 page as a picture at a chosen
resolution, then spoiled like a real scanner does (a slight rotation, speckle), and image-only PDFs of them.

The text is known, so what Tesseract reads can be scored against it (character error rate).
"""

from __future__ import annotations

import io
import random
import textwrap
import unicodedata
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")  # Times New Roman is not on Linux CI
A4_INCHES = (8.27, 11.69)
POINTS = 13  # Decree 30 prints the body in 13-14 pt

# A Party resolution's first page as a commune receives it (header, number, place and date, type, summary, body).
RESOLUTION = "\n".join([
    "ĐẢNG BỘ TỈNH LÀO CAI",
    "ĐẢNG ỦY XÃ Y TÝ",
    "Số 57-NQ/ĐU",
    "Y Tý, ngày 22 tháng 12 năm 2024",
    "NGHỊ QUYẾT",
    "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo",
    "và chuyển đổi số trên địa bàn xã",
    "Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đang phát triển nhanh chóng, trở thành nhân tố quyết "
    "định đối với sự phát triển của các quốc gia. Đảng ủy xã yêu cầu các chi bộ quán triệt sâu sắc nghị quyết "
    "này, xây dựng kế hoạch thực hiện phù hợp với điều kiện của thôn, bản.",
])

# More pages of ordinary administrative prose for the benchmark: tone marks on every kind of vowel.
PROSE = [
    "Ủy ban nhân dân xã đề nghị các thôn rà soát danh sách hộ nghèo, hộ cận nghèo năm 2025 và gửi báo cáo về văn "
    "phòng trước ngày 15 tháng 3. Trưởng thôn chịu trách nhiệm về tính chính xác của số liệu.",
    "Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân huyện về chuyển đổi số, xã tổ chức tập huấn cho cán bộ, "
    "công chức sử dụng chữ ký số và phần mềm quản lý văn bản, điều hành trên môi trường mạng.",
    "Ban Thường vụ Đảng ủy giao Ủy ban kiểm tra theo dõi, đôn đốc việc thực hiện; định kỳ sáu tháng, một năm báo "
    "cáo kết quả với Ban Chấp hành Đảng bộ xã. Nghị quyết này được phổ biến đến chi bộ và đảng viên.",
    "Hội đồng nhân dân xã quyết định dự toán thu ngân sách nhà nước trên địa bàn, phân bổ vốn đầu tư công cho "
    "đường giao thông nông thôn, trường mầm non và nhà văn hóa thôn Phìn Hồ, Lao Chải, Ngải Thầu.",
]


def page_picture(text: str, dpi: int, *, angle: float = 0.0, speckle: float = 0.0, seed: int = 1) -> Image.Image:
    """An A4 page of `text` in grey at `dpi`, rotated by `angle` degrees, with `speckle` of its pixels flipped."""
    width, height = round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    size = round(POINTS * dpi / 72)
    font = ImageFont.truetype(str(SERIF), size)
    margin, y = dpi, dpi
    for paragraph in text.split("\n"):
        for line in textwrap.wrap(paragraph, 62) or [""]:
            draw.text((margin, y), line, font=font, fill=0)
            y += round(size * 1.5)
    if angle:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if speckle:
        rnd = random.Random(seed)
        pixels = page.load()
        assert pixels is not None
        for _ in range(round(width * height * speckle)):
            x, y = rnd.randrange(width), rnd.randrange(height)
            pixels[x, y] = 0 if pixels[x, y] > 127 else 255  # type: ignore[operator]
    return page


def png_bytes(picture: Image.Image) -> bytes:
    out = io.BytesIO()
    # Saving leaves the encoder's settings on the picture (Pillow), which a later TIFF of it would pick up.
    picture.copy().save(out, "PNG")
    return out.getvalue()


def image_only_pdf(path: Path, pictures: list[Image.Image], dpi: int) -> Path:
    """A PDF whose pages are only these pictures, as a scanner's PDF is: no text layer at all."""
    pdf = FPDF(unit="in", format=(A4_INCHES[0], A4_INCHES[1]))
    for picture in pictures:
        pdf.add_page()
        pdf.image(io.BytesIO(png_bytes(picture)), x=0, y=0, w=picture.width / dpi, h=picture.height / dpi)
    pdf.output(str(path))
    return path


def character_error_rate(reference: str, recognised: str) -> float:
    """Edit distance between the texts (NFC, whitespace collapsed to single spaces) over the reference's length."""
    ref = " ".join(unicodedata.normalize("NFC", reference).split())
    hyp = " ".join(unicodedata.normalize("NFC", recognised).split())
    previous = list(range(len(hyp) + 1))
    for i, a in enumerate(ref, 1):
        current = [i]
        for j, b in enumerate(hyp, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1] / max(1, len(ref))

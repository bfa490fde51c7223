"""Realistic Vietnamese document and task metadata for demos and benchmarks, from a seeded random source."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

# (document type, symbol used in its number)
TYPES: tuple[tuple[str, str], ...] = (
    ("Nghị quyết", "NQ"), ("Quyết định", "QĐ"), ("Chỉ thị", "CT"), ("Kết luận", "KL"), ("Quy định", "QĐi"),
    ("Quy chế", "QC"), ("Hướng dẫn", "HD"), ("Thông báo", "TB"), ("Kế hoạch", "KH"), ("Báo cáo", "BC"),
    ("Tờ trình", "TTr"), ("Công văn", "CV"), ("Biên bản", "BB"), ("Chương trình", "CTr"), ("Đề án", "ĐA"),
)
ISSUERS: tuple[tuple[str, str], ...] = (
    ("Ban Chấp hành Trung ương", "TW"), ("Tỉnh ủy", "TU"), ("Ban Thường vụ Tỉnh ủy", "TU"),
    ("Ủy ban nhân dân tỉnh", "UBND-VP"), ("Ban Tổ chức Tỉnh ủy", "BTCTU"), ("Ban Tuyên giáo Tỉnh ủy", "BTGTU"),
    ("Ủy ban Kiểm tra Tỉnh ủy", "UBKTTU"), ("Sở Nội vụ", "SNV"), ("Ban Chỉ đạo chuyển đổi số tỉnh", "BCĐ"),
)
TOPICS: tuple[str, ...] = (
    "triển khai thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo "
    "và chuyển đổi số quốc gia",
    "sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị theo Nghị quyết số 18-NQ/TW",
    "tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025-2030",
    "tăng cường công tác bảo vệ bí mật nhà nước trong tình hình mới",
    "số hóa hồ sơ, tài liệu lưu trữ của các cơ quan đảng",
    "kiểm tra, giám sát việc thực hiện nhiệm vụ năm 2025",
    "công tác phát triển đảng viên trong thanh niên, đoàn viên",
    "phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão",
    "thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "cải cách hành chính và nâng cao chỉ số hài lòng của người dân",
    "tổng kết công tác xây dựng Đảng 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm",
    "học tập, quán triệt các nghị quyết của Trung ương",
    "tiếp công dân, giải quyết khiếu nại, tố cáo",
    "phát triển kinh tế tư nhân theo Nghị quyết số 68-NQ/TW",
    "triển khai ứng dụng văn bản điện tử và chữ ký số trong các cơ quan đảng",
)
PREFIXES: tuple[str, ...] = ("Về việc", "V/v", "Về", "Kế hoạch", "Báo cáo kết quả", "Hướng dẫn")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc", "Đức")
GIVEN = ("An", "Bình", "Cường", "Dung", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Tâm",
         "Thảo", "Trung", "Tuấn", "Việt")
POSITIONS = ("Bí thư", "Phó Bí thư", "Ủy viên Ban Thường vụ", "Chánh Văn phòng", "Phó Chánh Văn phòng")
COMMUNE_NAMES = ("An Bình", "Bình Minh", "Tân Phú", "Phú Thịnh", "Hòa Lạc", "Đông Hưng", "Quảng Phú", "Thạch Hà",
                 "Yên Thế", "Kim Liên", "Nghĩa Đàn", "Sơn Tây", "Xuân Lộc", "Tam Đảo", "Cát Tiên", "Long Hải")
RESOLUTIONS: tuple[tuple[str, str], ...] = (
    ("57-NQ/TW", "Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
    ("18-NQ/TW", "Tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, "
                 "hiệu quả"),
    ("66-NQ/TW", "Đổi mới công tác xây dựng và thi hành pháp luật"),
    ("68-NQ/TW", "Phát triển kinh tế tư nhân"),
    ("59-NQ/TW", "Hội nhập quốc tế trong tình hình mới"),
    ("71-NQ/TW", "Đột phá phát triển giáo dục và đào tạo"),
    ("72-NQ/TW", "Tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân"),
)
TASK_TITLES: tuple[tuple[str, str, str], ...] = (  # title, indicator, unit of measure
    ("Số hóa hồ sơ, tài liệu lưu trữ của đảng bộ", "Hồ sơ đã số hóa", "hồ sơ"),
    ("Triển khai văn bản điện tử, chữ ký số", "Văn bản ký số", "%"),
    ("Bồi dưỡng kỹ năng số cho cán bộ, đảng viên", "Cán bộ được bồi dưỡng", "người"),
    ("Rà soát, sắp xếp các tổ chức cơ sở đảng", "Chi bộ được sắp xếp", "chi bộ"),
    ("Phát triển đảng viên mới", "Đảng viên mới", "người"),
    ("Xây dựng mô hình kinh tế tư nhân tiêu biểu", "Doanh nghiệp thành lập mới", "doanh nghiệp"),
    ("Phổ biến, giáo dục pháp luật cho nhân dân", "Buổi tuyên truyền", "buổi"),
)


def person_name(rng: random.Random) -> str:
    """A Vietnamese full name."""
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def make_id(rng: random.Random) -> str:
    """A UUID4 string from the seeded source, so demo data is the same on every run."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@dataclass(frozen=True)
class DocumentMeta:
    number_symbol: str
    doc_type: str
    summary: str
    issuing_body: str
    issued_date: dt.date
    signer: str
    urgency: int
    pages: int
    copies: int


def document_meta(rng: random.Random, year: int = 2025, issuer: tuple[str, str] | None = None) -> DocumentMeta:
    """Register metadata of one document, numbered the way Party and state bodies number them."""
    doc_type, symbol = rng.choice(TYPES)
    body, body_code = issuer or rng.choice(ISSUERS)
    number = rng.randint(1, 950)
    if doc_type == "Công văn" and body_code.startswith("UBND"):
        number_symbol = f"{number}/{body_code}"
    elif doc_type == "Công văn":
        number_symbol = f"{number}-CV/{body_code}"
    else:
        number_symbol = f"{number}-{symbol}/{body_code}"
    topic = rng.choice(TOPICS)
    summary = f"{rng.choice(PREFIXES)} {topic}"
    issued = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    signer = f"{rng.choice(POSITIONS)} {person_name(rng)}"
    urgency = rng.choices((0, 1, 2, 3), weights=(80, 12, 6, 2))[0]
    return DocumentMeta(number_symbol, doc_type, summary[0].upper() + summary[1:], body, issued, signer, urgency,
                        rng.randint(1, 12), rng.randint(1, 5))

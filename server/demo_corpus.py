"""Realistic Vietnamese document and task metadata for demos and benchmarks, from a seeded random source."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

# Type abbreviations in numbers and symbols: Party (Regulation 399-QĐ/TW) and state (Decree 30, Annex III).
PARTY_SYMBOLS: dict[str, str] = {
    "Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Kết luận": "KL", "Quy định": "QĐi", "Quy chế": "QC",
    "Hướng dẫn": "HD", "Thông báo": "TB", "Kế hoạch": "KH", "Báo cáo": "BC", "Tờ trình": "TTr", "Công văn": "CV",
    "Biên bản": "BB", "Chương trình": "CTr", "Đề án": "ĐA",
}
STATE_SYMBOLS: dict[str, str] = {  # a state công văn has no type in its symbol: `125/UBND-VP`
    "Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Quy định": "QyĐ", "Quy chế": "QC", "Hướng dẫn": "HD",
    "Thông báo": "TB", "Kế hoạch": "KH", "Báo cáo": "BC", "Tờ trình": "TTr", "Biên bản": "BB", "Chương trình": "CTr",
    "Đề án": "ĐA",
}
TYPES: tuple[tuple[str, str], ...] = tuple(PARTY_SYMBOLS.items())  # (document type, Party symbol)
PROVINCE = "Lào Cai"


@dataclass(frozen=True)
class Issuer:
    """A body that issues documents, with what it issues and how its documents are headed and signed."""

    name: str
    code: str  # the issuer part of the number and symbol: TW, TU, ĐU, UBND
    party: bool
    types: tuple[str, ...]  # document types it issues
    superior: str  # printed above its name in the header, or ""
    place: str  # the place in "Bát Xát, ngày ... "
    capacity: str  # "T/M BAN THƯỜNG VỤ", or "" when the head signs in their own name
    positions: tuple[str, str]  # the head, the deputy
    office: str = "VP"  # a state công văn's drafting unit: `125/UBND-VP`


_PARTY_LEAD = ("Nghị quyết", "Quyết định", "Chỉ thị", "Kết luận", "Kế hoạch", "Thông báo", "Báo cáo", "Hướng dẫn",
               "Công văn", "Chương trình", "Đề án", "Quy chế", "Quy định")
ISSUERS: tuple[Issuer, ...] = (
    Issuer("Bộ Chính trị", "TW", True, ("Nghị quyết", "Kết luận", "Chỉ thị", "Quyết định", "Quy định"),
           "Ban Chấp hành Trung ương", "Hà Nội", "T/M BỘ CHÍNH TRỊ", ("Tổng Bí thư", "Thường trực Ban Bí thư")),
    Issuer("Văn phòng Trung ương Đảng", "VPTW", True, ("Công văn", "Hướng dẫn", "Thông báo"),
           "Ban Chấp hành Trung ương", "Hà Nội", "", ("Chánh Văn phòng", "Phó Chánh Văn phòng")),
    Issuer("Ban Thường vụ Tỉnh ủy", "TU", True, _PARTY_LEAD, f"Đảng bộ tỉnh {PROVINCE}", PROVINCE,
           "T/M BAN THƯỜNG VỤ", ("Bí thư", "Phó Bí thư")),
    Issuer("Ban Tổ chức Tỉnh ủy", "BTCTU", True, ("Hướng dẫn", "Công văn", "Kế hoạch", "Thông báo", "Báo cáo"),
           f"Tỉnh ủy {PROVINCE}", PROVINCE, "", ("Trưởng ban", "Phó Trưởng ban")),
    Issuer("Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDVTU", True, ("Hướng dẫn", "Công văn", "Kế hoạch", "Báo cáo"),
           f"Tỉnh ủy {PROVINCE}", PROVINCE, "", ("Trưởng ban", "Phó Trưởng ban")),
    Issuer("Ủy ban Kiểm tra Tỉnh ủy", "UBKTTU", True, ("Kế hoạch", "Thông báo", "Quyết định", "Báo cáo", "Công văn"),
           f"Tỉnh ủy {PROVINCE}", PROVINCE, "T/M ỦY BAN KIỂM TRA", ("Chủ nhiệm", "Phó Chủ nhiệm")),
    Issuer("Văn phòng Tỉnh ủy", "VPTU", True, ("Công văn", "Thông báo", "Hướng dẫn"),
           f"Tỉnh ủy {PROVINCE}", PROVINCE, "", ("Chánh Văn phòng", "Phó Chánh Văn phòng")),
    Issuer(f"Ủy ban nhân dân tỉnh {PROVINCE}", "UBND", False,
           ("Quyết định", "Kế hoạch", "Báo cáo", "Thông báo", "Chỉ thị", "Công văn"),
           "", PROVINCE, "TM. ỦY BAN NHÂN DÂN", ("Chủ tịch", "Phó Chủ tịch")),
    Issuer(f"Sở Nội vụ tỉnh {PROVINCE}", "SNV", False, ("Hướng dẫn", "Kế hoạch", "Công văn", "Thông báo"),
           f"Ủy ban nhân dân tỉnh {PROVINCE}", PROVINCE, "", ("Giám đốc", "Phó Giám đốc"), office="CCVC"),
)
PROVINCE_ISSUER = ISSUERS[2]


def commune_issuers(commune: str) -> tuple[Issuer, ...]:
    """The bodies of one commune: its Party committee and its people's committee."""
    return (
        Issuer(f"Đảng ủy xã {commune}", "ĐU", True, ("Nghị quyết", "Kế hoạch", "Báo cáo", "Công văn", "Tờ trình",
                                                     "Thông báo", "Chương trình", "Biên bản"),
               f"Đảng bộ tỉnh {PROVINCE}", commune, "T/M ĐẢNG ỦY", ("Bí thư", "Phó Bí thư")),
        Issuer(f"Ủy ban nhân dân xã {commune}", "UBND", False, ("Báo cáo", "Tờ trình", "Kế hoạch", "Công văn"),
               "", commune, "TM. ỦY BAN NHÂN DÂN", ("Chủ tịch", "Phó Chủ tịch")),
    )


SUBJECTS: tuple[str, ...] = (  # noun phrases that read after "triển khai", "đẩy mạnh", "Ban Chỉ đạo"
    "chuyển đổi số trong các cơ quan đảng",
    "công tác phát triển đảng viên trong thanh niên",
    "công tác phòng, chống thiên tai và tìm kiếm cứu nạn",
    "xây dựng nông thôn mới gắn với giảm nghèo bền vững",
    "cải cách hành chính, nâng cao chỉ số hài lòng của người dân",
    "công tác bảo vệ bí mật nhà nước",
    "số hóa hồ sơ, tài liệu lưu trữ",
    "công tác kiểm tra, giám sát của cấp ủy",
    "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "phát triển kinh tế tư nhân",
    "ứng dụng văn bản điện tử và chữ ký số",
    "công tác phòng, chống tham nhũng, lãng phí",
    "công tác dân vận của hệ thống chính trị",
    "phát triển du lịch cộng đồng",
)
# What each type's summary (trích yếu) says: {s} a subject, {r} a resolution, {p} a period, {y} the year.
SUMMARIES: dict[str, tuple[str, ...]] = {
    "Nghị quyết": ("Nghị quyết về đẩy mạnh {s}", "Nghị quyết về tăng cường sự lãnh đạo của Đảng đối với {s}"),
    "Quyết định": ("Về việc thành lập Ban Chỉ đạo {s}", "Về việc kiện toàn Tổ công tác {s}",
                   "Về việc ban hành Quy chế phối hợp trong {s}"),
    "Chỉ thị": ("Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với {s}",),
    "Kết luận": ("Kết luận về tiếp tục đẩy mạnh {s}",),
    "Quy định": ("Quy định về {s}",),
    "Quy chế": ("Quy chế phối hợp trong {s}",),
    "Hướng dẫn": ("Hướng dẫn thực hiện {s} năm {y}", "Hướng dẫn triển khai {r}"),
    "Thông báo": ("Thông báo kết luận của Thường trực về {s}", "Thông báo kết quả kiểm tra {s} {p}"),
    "Kế hoạch": ("Kế hoạch triển khai thực hiện {r}", "Kế hoạch triển khai {s} năm {y}",
                 "Kế hoạch kiểm tra, giám sát {s} {p}"),
    "Báo cáo": ("Báo cáo kết quả thực hiện {s} {p}", "Báo cáo sơ kết thực hiện {r}"),
    "Tờ trình": ("Tờ trình đề nghị phê duyệt kế hoạch {s} năm {y}",),
    "Công văn": ("V/v triển khai {s}", "V/v báo cáo kết quả thực hiện {r}", "V/v đôn đốc thực hiện {s}",
                 "V/v góp ý dự thảo văn bản về {s}"),
    "Biên bản": ("Biên bản hội nghị sơ kết {s} {p}",),
    "Chương trình": ("Chương trình hành động thực hiện {r}",),
    "Đề án": ("Đề án nâng cao chất lượng {s} giai đoạn 2026-2030",),
}
ROMAN = ("", "I", "II", "III", "IV")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc", "Đức")
GIVEN = ("An", "Bình", "Cường", "Dung", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Tâm",
         "Thảo", "Trung", "Tuấn", "Việt")
COMMUNE_NAMES = ("Bát Xát", "Y Tý", "A Mú Sung", "Trịnh Tường", "Mường Hum", "Bản Xèo", "Cốc San", "Phong Hải",
                 "Bảo Thắng", "Gia Phú", "Xuân Quang", "Tằng Loỏng", "Mường Khương", "Pha Long", "Bắc Hà", "Si Ma Cai")
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


def quarter_label(day: dt.date) -> str:
    """The quarter a date falls in, as a report names it: "quý IV năm 2026"."""
    return f"quý {ROMAN[(day.month - 1) // 3 + 1]} năm {day.year}"


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
    issuer: Issuer = ISSUERS[0]
    signer_position: str = ""
    signer_name: str = ""
    paragraphs: tuple[str, ...] = ()


def number_symbol(issuer: Issuer, doc_type: str, number: int) -> str:
    """`57-NQ/TW`, `05-CV/ĐU` for a Party body; `12/QĐ-UBND`, and `125/UBND-VP` for a state công văn."""
    if issuer.party:
        return f"{number:02d}-{PARTY_SYMBOLS[doc_type]}/{issuer.code}"
    if doc_type == "Công văn":
        return f"{number}/{issuer.code}-{issuer.office}"
    return f"{number}/{STATE_SYMBOLS[doc_type]}-{issuer.code}"


def _resolution(rng: random.Random) -> str:
    number, title = rng.choice(RESOLUTIONS)
    return f"Nghị quyết số {number} của Bộ Chính trị về {title[0].lower()}{title[1:]}"


def _paragraphs(rng: random.Random, issuer: Issuer, doc_type: str, subject: str, issued: dt.date) -> tuple[str, ...]:
    year = issued.year
    opening = (f"Thực hiện {_resolution(rng)}; căn cứ chương trình công tác năm {year}, {issuer.name} "
               f"ban hành {doc_type.lower()} này nhằm lãnh đạo, chỉ đạo thực hiện {subject}.")
    if doc_type == "Công văn":
        opening = (f"Thực hiện chương trình công tác năm {year}, để kịp thời tổng hợp, báo cáo cấp trên về {subject}, "
                   f"{issuer.name} đề nghị các đơn vị quan tâm thực hiện một số nội dung sau:")
    if doc_type in ("Báo cáo", "Biên bản"):
        total = rng.randint(12, 30)
        middle = (f"Trong kỳ, cấp ủy đã lãnh đạo, chỉ đạo triển khai {subject} đạt nhiều kết quả tích cực; "
                  f"{rng.randint(total // 2, total)}/{total} chi bộ trực thuộc đã xây dựng kế hoạch và tổ chức thực "
                  "hiện; các chỉ tiêu cơ bản đạt và vượt kế hoạch đề ra. Bên cạnh đó, việc thực hiện còn một số hạn "
                  "chế: tiến độ ở một số nơi còn chậm, công tác phối hợp giữa các đơn vị có lúc chưa chặt chẽ.")
    else:
        middle = ("Các chi bộ, cơ quan, đoàn thể chính trị - xã hội căn cứ nội dung văn bản, xây dựng kế hoạch cụ thể, "
                  "phân công rõ người, rõ việc, rõ thời gian hoàn thành; định kỳ hằng quý báo cáo kết quả (bản điện tử "
                  "có ký số) về Văn phòng trước ngày 20 của tháng cuối quý.")
    closing = ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh để tổng hợp, báo "
               "cáo cấp có thẩm quyền xem xét, giải quyết.")
    return opening, middle, closing


def document_meta(rng: random.Random, today: dt.date | None = None, issuer: Issuer | None = None,
                  issuers: tuple[Issuer, ...] = ISSUERS, max_age: int = 90) -> DocumentMeta:
    """Register metadata of one document issued in the last `max_age` days before `today` (never on `today`,
    so that it has had time to arrive), typed, summarised and numbered the way Party and state bodies do it."""
    today = today or dt.date.today()
    body = issuer or rng.choice(issuers)
    doc_type = rng.choice(body.types)
    issued = today - dt.timedelta(days=rng.randint(2, max(2, max_age)))
    subject = rng.choice(SUBJECTS)
    period = quarter_label(issued - dt.timedelta(days=30))
    summary = rng.choice(SUMMARIES[doc_type]).format(s=subject, r=_resolution(rng), p=period, y=issued.year)
    number = rng.randint(1, 120) if doc_type != "Công văn" else rng.randint(100, 2400)
    position = rng.choice(body.positions)
    name = person_name(rng)
    urgency = rng.choices((0, 1, 2, 3), weights=(80, 12, 6, 2))[0]
    return DocumentMeta(number_symbol(body, doc_type, number), doc_type, summary, body.name, issued,
                        f"{position} {name}", urgency, rng.randint(1, 12), rng.randint(1, 5), body, position, name,
                        _paragraphs(rng, body, doc_type, subject, issued))

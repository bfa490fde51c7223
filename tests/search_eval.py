"""An evaluation set for search: about 300 realistic Vietnamese register entries and over 100 queries of the kinds
a clerk types, each with the documents it must find (its known answer), by category (issue 13).

Entries: Party and state number-symbols (`57-NQ/TW`, `05-NQ/ĐU`, `12/QĐ-UBND`, `125/UBND-VP`), issuers from the
Central Committee to the commune, old- and new-style tone marks (hòa/hoà, thủy/thuỷ), some text stored in NFD.
Each query's answer is written down from how the entry was made, not from what search returns.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = ["Entry", "Query", "entries", "queries"]


@dataclass
class Entry:
    id: str
    number_symbol: str
    doc_type: str
    summary: str
    issuing_body: str
    signer: str
    issued_date: date


@dataclass
class Query:
    category: str
    text: str
    answers: frozenset[str]  # ids that must be found; empty: nothing should be found
    note: str = field(default="")


_TYPES = [("Nghị quyết", "NQ"), ("Quyết định", "QĐ"), ("Kế hoạch", "KH"), ("Công văn", "CV"), ("Báo cáo", "BC"),
          ("Thông báo", "TB"), ("Hướng dẫn", "HD"), ("Chỉ thị", "CT"), ("Kết luận", "KL"), ("Tờ trình", "TTr")]
# (issuer as written, Party symbol issuer part or None for a state body, state symbol issuer part)
_PARTY = [("Ban Chấp hành Trung ương", "TW"), ("Bộ Chính trị", "TW"), ("Ban Thường vụ Tỉnh ủy Lào Cai", "TU"),
          ("Tỉnh ủy Yên Bái", "TU"), ("Huyện ủy Bát Xát", "HU"), ("Huyện ủy Sa Pa", "HU"),
          ("Đảng ủy xã Y Tý", "ĐU"), ("Đảng ủy xã Hòa Bình", "ĐU"), ("Ủy ban Kiểm tra Huyện ủy Bát Xát", "UBKTHU"),
          ("Ban Chấp hành Đảng bộ xã Tả Phìn", "ĐU")]
_STATE = [("Ủy ban nhân dân tỉnh Lào Cai", "UBND"), ("Ủy ban nhân dân huyện Bát Xát", "UBND"),
          ("Hội đồng nhân dân tỉnh Lào Cai", "HĐND"), ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sa Pa", "MTTQ"),
          ("Ủy ban nhân dân xã Y Tý", "UBND")]
_TOPICS = [
    "chuyển đổi số", "xây dựng nông thôn mới", "phòng, chống tham nhũng, tiêu cực", "phát triển kinh tế tập thể",
    "bảo vệ môi trường", "cải cách hành chính", "công tác dân vận", "phát triển đảng viên mới",
    "đổi mới sáng tạo", "phòng, chống thiên tai", "bảo đảm an ninh trật tự", "giảm nghèo bền vững",
    "bảo hiểm y tế toàn dân", "kiểm tra, giám sát", "học tập và làm theo tư tưởng Hồ Chí Minh",
    "tổ chức đại hội chi bộ", "sắp xếp đơn vị hành chính cấp xã", "quản lý đất đai", "giáo dục mầm non",
    "du lịch cộng đồng", "tiêm chủng mở rộng", "chuyển đổi cơ cấu cây trồng", "nước sạch nông thôn",
    "thủy lợi nội đồng", "hòa giải ở cơ sở", "khuyến học", "phòng cháy, chữa cháy rừng", "văn hóa", "thủy sản",
]
_OLD_STYLE = {"hòa": "hoà", "thủy": "thuỷ", "hóa": "hoá", "Hòa": "Hoà", "Thủy": "Thuỷ"}
_STARTS = ["Về việc", "Về", "Triển khai", "Tăng cường", "Đẩy mạnh", "Sơ kết 6 tháng", "Tổng kết 5 năm"]
_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Giàng", "Lý", "Sùng"]
_MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quốc", "A", "Seo"]
_GIVEN = ["Đức", "Văn", "Tâm", "Tám", "Lan", "Hùng", "Hương", "Dũng", "Cường", "Páo", "Chử", "Mai", "Thắng"]

RESOLUTION_57 = Entry("r-57", "57-NQ/TW", "Nghị quyết",
                      "Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
                      "Bộ Chính trị", "Tổng Bí thư Tô Lâm", date(2024, 12, 22))


def entries(count: int = 300, seed: int = 13) -> list[Entry]:
    """`count` register entries (deterministic), the first few fixed for the queries that name them."""
    rng = random.Random(seed)
    fixed = [
        RESOLUTION_57,
        Entry("n-duc", "15-CV/ĐU", "Công văn", "Về việc cử cán bộ dự tập huấn", "Đảng ủy xã Y Tý",
              "Nguyễn Văn Đức", date(2025, 3, 3)),
        Entry("n-van", "16-CV/ĐU", "Công văn", "Về việc cử cán bộ dự hội nghị", "Đảng ủy xã Y Tý",
              "Nguyễn Đức Văn", date(2025, 3, 4)),
        Entry("l-tam", "20-TB/ĐU", "Thông báo", "Thông báo phân công nhiệm vụ", "Đảng ủy xã Hòa Bình",
              "Lê Văn Tâm", date(2025, 4, 1)),
        Entry("l-tam2", "21-TB/ĐU", "Thông báo", "Thông báo lịch trực", "Đảng ủy xã Hòa Bình",
              "Lê Văn Tám", date(2025, 4, 2)),
        Entry("nq-5du", "05-NQ/ĐU", "Nghị quyết", "Về lãnh đạo sản xuất vụ đông", "Đảng ủy xã Tả Phìn",
              "Giàng A Páo", date(2025, 1, 10)),
        Entry("qd-12", "12/QĐ-UBND", "Quyết định", "Về việc thành lập tổ công tác", "Ủy ban nhân dân xã Y Tý",
              "Sùng Thị Mai", date(2025, 2, 12)),
        Entry("cv-125", "125/UBND-VP", "Công văn", "Về việc đôn đốc nộp báo cáo", "Ủy ban nhân dân tỉnh Lào Cai",
              "Trần Thị Lan", date(2025, 2, 20)),
        Entry("nfd", "33-KH/HU", "Kế hoạch",
              unicodedata.normalize("NFD", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc"),
              unicodedata.normalize("NFD", "Huyện ủy Sa Pa"), "Lý Seo Chử", date(2025, 10, 1)),
        Entry("liga", "40-BC/ĐU", "Báo cáo", "Báo cáo kết quả thu hồi đất xây dựng trạm ﬁ bê tông ﬂ cầu",
              "Đảng ủy xã Y Tý", "Đỗ Mạnh Cường", date(2025, 5, 5)),
    ]
    found = list(fixed)
    start = date(2021, 1, 1)
    for i in range(count - len(fixed)):
        doc_type, short = rng.choice(_TYPES)
        number = rng.randrange(1, 400)
        topic = rng.choice(_TOPICS)
        if rng.random() < 0.6:
            body, issuer = rng.choice(_PARTY)
            number_symbol = f"{number:02d}-{short}/{issuer}" if rng.random() < 0.5 else f"{number}-{short}/{issuer}"
        else:
            body, issuer = rng.choice(_STATE)
            number_symbol = f"{number}/{short}-{issuer}" if rng.random() < 0.6 else f"{number}/{issuer}-VP"
        summary = f"{rng.choice(_STARTS)} {topic} trên địa bàn năm {2021 + i % 5}"
        if rng.random() < 0.3:
            for new, old in _OLD_STYLE.items():
                summary = summary.replace(new, old)
        signer = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
        entry = Entry(f"e-{i:03d}", number_symbol, doc_type, summary, body, signer,
                      start + timedelta(days=rng.randrange(0, 1800)))
        if rng.random() < 0.1:
            entry.summary = unicodedata.normalize("NFD", entry.summary)
            entry.issuing_body = unicodedata.normalize("NFD", entry.issuing_body)
        found.append(entry)
    return found


def _norm(text: str) -> str:
    """NFC, lower case, old-style tone marks (hoà, thuỷ) in the new style: how a clerk reads two spellings as one."""
    words = unicodedata.normalize("NFC", text).lower().split(" ")
    return " ".join({"hoà": "hòa", "thuỷ": "thủy", "hoá": "hóa"}.get(w, w) for w in words)


def _symbol(entry: Entry) -> tuple[str, ...]:
    """The number and symbol as made: (number without leading zeros, type, issuer...) folded, in print order for a
    Party symbol (`57-NQ/TW`) and turned to the same order for a state one (`12/QĐ-UBND`, `125/UBND-VP`)."""
    number, _, rest = unicodedata.normalize("NFC", entry.number_symbol).replace("/", "-", 1).partition("-")
    parts = [p for p in rest.replace("/", "-").split("-") if p]
    fold = {"đ": "d", "Đ": "d"}
    return (str(int(number)), *("".join(fold.get(c, c) for c in p).lower() for p in parts))


def _where(data: list[Entry], test: object) -> frozenset[str]:
    return frozenset(e.id for e in data if test(e))  # type: ignore[operator]


def queries(data: list[Entry]) -> list[Query]:
    """The queries with their answers, read off the entries by how they were made (not by any search)."""
    found: list[Query] = []

    def add(category: str, text: str, test: object) -> None:
        found.append(Query(category, text, _where(data, test)))

    def body(e: Entry) -> str:
        return _norm(e.issuing_body)

    def summ(e: Entry) -> str:
        return _norm(e.summary)

    # Document type + topic: the type is not in the summary of most entries.
    for doc_type, short, topic in [("nghi quyet", "Nghị quyết", "chuyển đổi số"), ("ke hoach", "Kế hoạch", "văn hóa"),
                                   ("cong van", "Công văn", "khuyến học"), ("bao cao", "Báo cáo", "thủy sản"),
                                   ("quyet dinh", "Quyết định", "quản lý đất đai"),
                                   ("thong bao", "Thông báo", "giáo dục mầm non"),
                                   ("huong dan", "Hướng dẫn", "công tác dân vận"),
                                   ("chi thi", "Chỉ thị", "tiêm chủng mở rộng"),
                                   ("ket luan", "Kết luận", "kiểm tra, giám sát"),
                                   ("to trinh", "Tờ trình", "du lịch cộng đồng")]:
        words = " ".join(_fold_words(topic))
        add("type_topic", f"{doc_type} {words}", lambda e, t=short, p=topic: e.doc_type == t and _norm(p) in summ(e))
    add("type_topic", "nghi quyet 57", lambda e: e.doc_type == "Nghị quyết" and _symbol(e)[0] == "57")
    add("type_topic", "NQ 57", lambda e: _symbol(e)[:2] == ("57", "nq"))
    add("type_topic", "nghị quyết đổi mới sáng tạo",
        lambda e: e.doc_type == "Nghị quyết" and "đổi mới sáng tạo" in summ(e))
    # Names: the phrase and the exact diacritics rank first; the known answer is the one person.
    for text, who in [("nguyen van duc", "nguyễn văn đức"), ("Nguyễn Văn Đức", "nguyễn văn đức"),
                      ("nguyen duc van", "nguyễn đức văn"), ("Lê Văn Tâm", "lê văn tâm"), ("Lê Văn Tám", "lê văn tám"),
                      ("giang a pao", "giàng a páo")]:
        add("names", text, lambda e, w=who: _norm(e.signer) == w)
    for family in ["Sùng", "Giàng", "Đặng"]:
        for given in ["Mai", "Páo", "Hùng"]:
            wanted = f"{family} thị {given}".lower()
            add("names", f"{family} Thị {given}", lambda e, w=wanted: _norm(e.signer) == w)
    # Number-symbol spellings.
    # The answer is every entry made with that number and symbol (several units number their own 57-NQ).
    for text, wanted in [("NQ57", ("57", "nq")), ("NQ-57", ("57", "nq")), ("57-NQ/TW", ("57", "nq", "tw")),
                         ("57-nq", ("57", "nq")), ("5-NQ/ĐU", ("5", "nq", "du")), ("05-NQ/DU", ("5", "nq", "du")),
                         ("5-nq/du", ("5", "nq", "du")), ("nq 5 du", ("5", "nq", "du")),
                         ("12/QĐ-UBND", ("12", "qd", "ubnd")), ("12/QD-UBND", ("12", "qd", "ubnd")),
                         ("qd 12 ubnd", ("12", "qd", "ubnd")), ("125/UBND-VP", ("125", "ubnd", "vp")),
                         ("125 ubnd vp", ("125", "ubnd", "vp")), ("33-KH/HU", ("33", "kh", "hu"))]:
        add("number_symbol", text, lambda e, w=wanted: _symbol(e)[:len(w)] == w)
    for e in data[10:30]:
        made = _symbol(e)
        add("number_symbol", e.number_symbol, lambda x, s=made: _symbol(x) == s)
    # Abbreviations both ways.
    pairs = [("ubnd tinh lao cai", "ủy ban nhân dân tỉnh lào cai"), ("uy ban nhan dan tinh lao cai",
                                                                     "ủy ban nhân dân tỉnh lào cai"),
             ("hdnd tinh lao cai", "hội đồng nhân dân tỉnh lào cai"),
             ("hoi dong nhan dan tinh lao cai", "hội đồng nhân dân tỉnh lào cai"),
             ("bch trung uong", "ban chấp hành trung ương"), ("BTV tinh uy lao cai", "ban thường vụ tỉnh ủy lào cai"),
             ("MTTQ huyen sa pa", "mặt trận tổ quốc việt nam huyện sa pa"),
             ("mat tran to quoc huyen sa pa", "mặt trận tổ quốc việt nam huyện sa pa"),
             ("ubkt huyen uy bat xat", "ủy ban kiểm tra huyện ủy bát xát"),
             ("ubnd xa y ty", "ủy ban nhân dân xã y tý"), ("ubnd huyen bat xat", "ủy ban nhân dân huyện bát xát"),
             ("bch dang bo xa ta phin", "ban chấp hành đảng bộ xã tả phìn")]
    for text, wanted in pairs:
        add("abbreviation", text, lambda e, w=wanted: w in body(e))
    # Every word a prefix.
    for text, phrase in [("chuyen do so", "chuyển đổi số"), ("nong th moi", "nông thôn mới"),
                         ("phat tri kinh te tap", "phát triển kinh tế tập thể"), ("giam ngh ben", "giảm nghèo bền"),
                         ("hoc tap va lam theo tu tuong ho", "học tập và làm theo tư tưởng hồ"),
                         ("sap xe don vi hanh", "sắp xếp đơn vị hành"), ("bao hi y te", "bảo hiểm y tế"),
                         ("tiem chu mo rong", "tiêm chủng mở rộng")]:
        add("prefix", text, lambda e, p=phrase: p in summ(e))
    # Telex or VNI typed with the input method off.
    for text, phrase in [("chuyeen ddooir soos", "chuyển đổi số"), ("nghij quyeets 57", None),
                         ("chuyeen doi so", "chuyển đổi số"), ("giamr ngheof", "giảm nghèo"),
                         ("khuyeens hocj", "khuyến học"), ("chuye6n d9o6i3 so61", "chuyển đổi số"),
                         ("tha1m nhu4ng", None), ("thuyr lowij", "thủy lợi")]:
        if phrase is None:
            add("telex_vni", text, (lambda e: e.doc_type == "Nghị quyết" and _symbol(e)[0] == "57") if "57" in text
                else (lambda e: "tham nhũng" in summ(e)))
        else:
            add("telex_vni", text, lambda e, p=phrase: p in summ(e))
    # Typing slips that find nothing: scored on the "did you mean" suggestion's results.
    for text, phrase in [("cai cach hanh chinhh", "cải cách hành chính"), ("khuyen hco", "khuyến học"),
                         ("tiem chugn mo rong", "tiêm chủng mở rộng"),
                         ("phong chong thein tai", "phòng, chống thiên tai"),
                         ("giam nghoe ben vung", "giảm nghèo bền vững"), ("nguyen van dux", None)]:
        if phrase is None:
            add("typo", text, lambda e: _norm(e.signer) == "nguyễn văn đức")
        else:
            add("typo", text, lambda e, p=phrase: p in summ(e))
    # Old and new tone-mark placement, NFD text, ligatures.
    for text, phrase in [("hoà giải", "hòa giải"), ("hòa giải", "hòa giải"), ("thuỷ lợi", "thủy lợi"),
                         ("văn hoá", "văn hóa"), ("ngay hoi dai doan ket", "ngày hội đại đoàn kết"),
                         ("huyen uy sa pa ke hoach", None), ("fi be tong", "ﬁ bê tông")]:
        if phrase is None:
            add("forms", text, lambda e: e.doc_type == "Kế hoạch" and "huyện ủy sa pa" in body(e))
        elif phrase == "ﬁ bê tông":
            add("forms", text, lambda e: e.id == "liga")
        else:
            add("forms", text, lambda e, p=phrase: p in summ(e))
    # Nothing should be found.
    for text in ["ngan hang the gioi", "xyz 999-QĐ/BQP", "Nguyễn Thị Hằng Nga", "vu an ma tuy", "trung tam thuong mai",
                 "hiep dinh thuong mai tu do"]:
        add("none", text, lambda e: False)
    # A query whose answer is empty by how the entries fell is a "should find nothing" query.
    return [q if q.answers else Query("none", q.text, q.answers) for q in found]


def _fold_words(text: str) -> list[str]:
    from client.cache.searchtext import tokens  # the fold only, for writing a query without diacritics
    return tokens(text)

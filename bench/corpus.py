"""A deterministic corpus of realistic commune-office records for the benchmarks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from client.cache.records import DocumentRecord, TaskRecord
from client.cache.store import NewDocument
from sync.protocol.domain import DOCUMENT_TYPES, DocumentKind, IncomingStatus, OutgoingStatus, TaskStatus

_TOPICS = [
    "chuyển đổi số", "xây dựng nông thôn mới", "công tác phòng, chống tham nhũng", "phát triển kinh tế tập thể",
    "bảo vệ môi trường", "cải cách hành chính", "công tác dân vận", "phát triển đảng viên mới",
    "khoa học, công nghệ và đổi mới sáng tạo", "phòng, chống thiên tai", "an ninh trật tự", "giảm nghèo bền vững",
    "bảo hiểm y tế toàn dân", "công tác kiểm tra, giám sát", "học tập và làm theo tư tưởng Hồ Chí Minh",
    "tổ chức đại hội chi bộ", "sắp xếp đơn vị hành chính cấp xã", "quản lý đất đai", "giáo dục và đào tạo",
    "phát triển du lịch cộng đồng", "tiêm chủng mở rộng", "chuyển đổi cơ cấu cây trồng", "nước sạch nông thôn",
]
_ACTIONS = [
    "Về việc triển khai thực hiện", "Kế hoạch thực hiện", "Báo cáo kết quả", "Hướng dẫn thực hiện",
    "Thông báo kết luận về", "Về việc tăng cường", "Chương trình hành động về", "Về việc đẩy mạnh",
    "Tổng kết 5 năm thực hiện", "Sơ kết 6 tháng về", "Đề án", "Về việc kiểm tra",
]
_BODIES = [
    "Ban Chấp hành Trung ương", "Tỉnh ủy Lào Cai", "Huyện ủy Bát Xát", "Ủy ban nhân dân tỉnh Lào Cai",
    "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy",
    "Đảng ủy xã Y Tý", "Hội đồng nhân dân tỉnh", "Ban Dân vận Tỉnh ủy", "Mặt trận Tổ quốc tỉnh",
]
_SIGNERS = [
    "Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Đức Thắng", "Phạm Minh Đức", "Hoàng Thị Hương", "Vũ Quốc Đạt",
    "Đặng Văn Dũng", "Bùi Thị Ngọc", "Đỗ Mạnh Cường", "Giàng A Páo", "Lý Seo Chử", "Sùng Thị Mai",
]
_SYMBOLS = ["NQ/TW", "KH/TU", "CV/HU", "TB/TU", "BC/ĐU", "HD/BTCTU", "QĐ/TU", "CT/TW", "KL/TW", "UBND-VP"]
RESOLUTIONS = [
    ("57-NQ/TW", "Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
    ("18-NQ/TW", "Tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị"),
    ("19-NQ/TW", "Nông nghiệp, nông dân, nông thôn đến năm 2030"),
    ("21-NQ/TW", "Tăng cường củng cố, xây dựng tổ chức cơ sở đảng"),
    ("66-NQ/TW", "Đổi mới công tác xây dựng và thi hành pháp luật"),
    ("68-NQ/TW", "Phát triển kinh tế tư nhân"),
    ("59-NQ/TW", "Hội nhập quốc tế trong tình hình mới"),
]

# 50 queries as staff type them: half without diacritics, numbers and symbols, bodies, signers, prefixes.
QUERIES = [
    "chuyen doi so", "chuyển đổi số", "nong thon moi", "tham nhung", "57-NQ/TW", "57-NQ", "KH/TU", "dang vien moi",
    "phat trien dang vien", "tinh uy lao cai", "huyện ủy bát xát", "nguyen van hung", "tran thi lan", "giang a pao",
    "cai cach hanh chinh", "kiem tra giam sat", "bao cao ket qua", "ke hoach thuc hien", "hướng dẫn",
    "thong bao ket luan",
    "du lich cong dong", "nuoc sach", "tiem chung", "dat dai", "giao duc", "an ninh trat tu", "giam ngheo",
    "bao hiem y te", "thien tai", "moi truong", "dai hoi chi bo", "sap xep don vi hanh chinh", "khoa hoc cong nghe",
    "doi moi sang tao", "ho chi minh", "so ket 6 thang", "tong ket 5 nam", "de an", "chuong trinh hanh dong",
    "tang cuong", "day manh", "ban to chuc", "uy ban kiem tra", "tuyen giao", "dan van", "mat tran", "y ty",
    "chuyen do", "nghi quyet", "cong van",
]


def documents(count: int, seed: int = 57) -> Iterator[NewDocument]:
    """`count` documents of all three kinds, about 40% of them past a deadline."""
    rng = random.Random(seed)
    start = date(2021, 1, 1)
    for i in range(count):
        kind = rng.choices([DocumentKind.INCOMING, DocumentKind.OUTGOING, DocumentKind.DRAFT], [6, 3, 1])[0]
        issued = start + timedelta(days=rng.randrange(0, 1800))
        topic = rng.choice(_TOPICS)
        status = (
            rng.choice(list(IncomingStatus))
            if kind == DocumentKind.INCOMING
            else rng.choice([OutgoingStatus.DRAFT, OutgoingStatus.IN_REVIEW])
            if kind == DocumentKind.DRAFT
            else rng.choice(list(OutgoingStatus))
        )
        fields: dict[str, Any] = dict(
            id=f"00000000-0000-4000-8000-{i:012d}",
            kind=kind,
            number_symbol=f"{rng.randrange(1, 400)}-{rng.choice(_SYMBOLS)}",
            doc_type=rng.choice(DOCUMENT_TYPES),
            summary=f"{rng.choice(_ACTIONS)} {topic} trên địa bàn năm {issued.year}",
            issuing_body=rng.choice(_BODIES),
            issued_date=issued,
            signer=rng.choice(_SIGNERS),
            arrival_number=i + 1 if kind == DocumentKind.INCOMING else None,
            arrival_date=issued + timedelta(days=rng.randrange(1, 6)) if kind == DocumentKind.INCOMING else None,
            secrecy=rng.choices([0, 1], [9, 1])[0],
            urgency=rng.choices([0, 1, 2, 3], [7, 2, 1, 0.3])[0],
            deadline=issued + timedelta(days=rng.randrange(5, 60)) if rng.random() < 0.6 else None,
            status=status,
            pages=rng.randrange(1, 30),
            copies=rng.randrange(1, 5),
        )
        if fields["secrecy"]:  # a secret document is a register entry only: no trích yếu (Law 117/2025)
            fields.update(summary="", original_location="Tủ mật văn thư")
        yield NewDocument(DocumentRecord(**fields))


def tasks(count: int, seed: int = 66) -> Iterator[TaskRecord]:
    """`count` tasks spread over the key resolutions."""
    rng = random.Random(seed)
    for i in range(count):
        number, title = rng.choice(RESOLUTIONS)
        deadline = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 1100))
        yield TaskRecord(
            id=f"00000000-0000-4000-9000-{i:012d}",
            resolution_number=number,
            resolution_title=title,
            title=f"{rng.choice(_ACTIONS)} {rng.choice(_TOPICS)} theo Nghị quyết {number}",
            deadline=deadline,
            status=rng.choice(list(TaskStatus)),
            progress_percent=rng.randrange(0, 101),
        )


def document_rows(count: int, first: int = 0, seed: int = 17) -> Iterator[dict[str, Any]]:
    """`count` rows for the `documents` table itself, numbered from `first`, for `executemany` at a million.

    The same fields as `documents` without a pydantic record per row (1,000,000 records would take minutes to
    validate); as an archive at province scale is, most documents are closed and read: about 3% unread, open
    statuses mostly in the last months, and drafts a small share."""
    rng = random.Random(seed + first)
    start = date(2016, 1, 1)
    days = 3650
    incoming, outgoing = list(IncomingStatus), list(OutgoingStatus)
    stamp = "2026-11-25 08:00:00.000000"
    for i in range(first, first + count):
        kind = rng.choices([DocumentKind.INCOMING, DocumentKind.OUTGOING, DocumentKind.DRAFT], [65, 32, 3])[0]
        age = rng.randrange(0, days)
        issued = start + timedelta(days=days - age)
        recent = age < 90
        status: str
        if kind == DocumentKind.INCOMING:
            status = rng.choice(incoming) if recent else rng.choices(incoming, [1, 1, 1, 2, 60, 35])[0]
        elif kind == DocumentKind.DRAFT:
            status = rng.choice([OutgoingStatus.DRAFT, OutgoingStatus.IN_REVIEW])
        else:
            status = rng.choice(outgoing) if recent else rng.choices(outgoing, [0, 1, 1, 30, 68])[0]
        secret = rng.random() < 0.05
        topic = rng.choice(_TOPICS)
        deadline = issued + timedelta(days=rng.randrange(5, 60)) if rng.random() < 0.6 else None
        yield {
            "id": f"00000000-0000-4000-a000-{i:012d}",
            "kind": str(kind),
            "number_symbol": f"{rng.randrange(1, 400)}-{rng.choice(_SYMBOLS)}",
            "doc_type": rng.choice(DOCUMENT_TYPES),
            "summary": "" if secret else f"{rng.choice(_ACTIONS)} {topic} trên địa bàn năm {issued.year}",
            "issuing_body": rng.choice(_BODIES),
            "issued_date": issued.isoformat(),
            "signer": rng.choice(_SIGNERS),
            "arrival_number": i + 1 if kind == DocumentKind.INCOMING else None,
            "arrival_date": (issued + timedelta(days=rng.randrange(1, 6))).isoformat()
            if kind == DocumentKind.INCOMING else None,
            "outgoing_number": i + 1 if kind == DocumentKind.OUTGOING else None,
            "recipients": "[]",
            "secrecy": 1 if secret else 0,
            "urgency": rng.choices([0, 1, 2, 3], [85, 10, 4, 1])[0],
            "deadline": deadline.isoformat() if deadline else None,
            "status": str(status),
            "pages": rng.randrange(1, 30),
            "copies": rng.randrange(1, 5),
            "original_location": "Tủ mật văn thư" if secret else None,
            "unread": 1 if rng.random() < (0.3 if recent else 0.01) else 0,
            "created_at": f"{issued.isoformat()} 08:00:00.000000",
            "updated_at": stamp,
            "server_version": 1,
        }

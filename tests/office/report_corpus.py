"""A small unit's cache with known registers and figures, stored the way a sync stores it (the replica's pull).

The expected figures are worked out by hand in the comments of `DOCS`; `tests/office/test_reports.py` checks them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from client.office import Office, OfficeSession
from sync.engine.replica import IncomingChange
from sync.protocol.records import (
    DocumentEventRecord,
    DocumentRecord,
    PersonRecord,
    TaskRecord,
    TaskReportRecord,
    UnitRecord,
)

UNIT = "unit-hoa-binh"
UNIT_NAME = "Đảng ủy xã Hòa Bình"
LAN, MINH = "p-lan", "p-minh"
NAMES = {LAN: "Nguyễn Thị Lan", MINH: "Trần Văn Minh"}
TODAY = dt.date(2026, 4, 30)
FIRST, LAST = dt.date(2026, 3, 1), dt.date(2026, 4, 30)

# id, arrival number, type, symbol, issuer, summary, arrival, done (or None), status, handler, deadline
# Processing days: March d1 2, d2 5, d3 10, d4 1 -> [1,2,5,10]: median 3.5, p90 (rank 4 of 4) 10.
#                  April d5 3, d6 10, d7 1 -> [1,3,10]: median 3, p90 (rank 3 of 3) 10. (d12: done in May, outside)
# By type: Công văn [1,2,3,5] median 2.5, p90 5; Kế hoạch [10,10] 10, 10; Báo cáo [1] 1, 1.
DOCS: list[tuple[str, int | None, str, str, str, str, str | None, str | None, str, str | None, str | None]] = [
    ("d2", 1, "Công văn", "125/UBND-VP", "UBND huyện", "V/v rà soát hộ nghèo", "2026-03-01", "2026-03-06", "done",
     LAN, "2026-03-10"),
    ("d1", 2, "Công văn", "15-CV/HU", "Huyện ủy", "V/v chuẩn bị đại hội chi bộ", "2026-03-02", "2026-03-04", "done",
     LAN, "2026-03-09"),
    ("d3", 3, "Kế hoạch", "88/KH-UBND", "UBND tỉnh", "Kế hoạch chuyển đổi số năm 2026", "2026-03-03", "2026-03-13",
     "done", MINH, "2026-03-20"),
    ("d4", 4, "Báo cáo", "45-BC/ĐU", "Đảng ủy xã Bình Minh", "Báo cáo quý I", "2026-03-10", "2026-03-11", "archived",
     MINH, None),
    ("d6", 5, "Kế hoạch", "21-KH/TU", "Tỉnh ủy", "Kế hoạch học tập nghị quyết", "2026-03-28", "2026-04-07", "done",
     MINH, "2026-04-10"),
    ("d5", 6, "Công văn", "3456/UBND-KT", "UBND huyện", "V/v báo cáo số liệu đất đai", "2026-04-01", "2026-04-04",
     "done", LAN, "2026-04-08"),
    ("d7", 7, "Công văn", "16-CV/HU", "Huyện ủy", "V/v cử cán bộ dự tập huấn", "2026-04-02", "2026-04-03", "done",
     LAN, None),
    ("d8", 8, "Công văn", "17-CV/HU", "Huyện ủy", "V/v kiểm tra đảng viên dự bị", "2026-04-10", None, "in_progress",
     LAN, "2026-04-15"),  # overdue on TODAY by 15 days
    ("d9", 9, "Tờ trình", "03-TTr/ĐU", "Đảng ủy xã An Bình", "Tờ trình kết nạp đảng viên", "2026-04-20", None,
     "assigned", MINH, "2026-05-10"),
    ("d12", 11, "Công văn", "18-CV/HU", "Huyện ủy", "V/v tổng kết công tác dân vận", "2026-04-25", "2026-05-02",
     "done", MINH, "2026-05-05"),
    ("d11", None, "Công văn", "19-CV/HU", "Huyện ủy", "V/v chưa vào sổ", None, None, "received", None, None),
]
SECRET = ("d10", 10, "Công văn", "07-CV/HU", "Huyện ủy", "2026-04-21", "Két sắt của văn thư")
# Handler and month of arrival: received, processed, in progress, overdue.
HANDLER_MONTHS = [("(chưa giao)", "2026-04", 1, 0, 0, 0), ("Nguyễn Thị Lan", "2026-03", 2, 2, 0, 0),
                  ("Nguyễn Thị Lan", "2026-04", 3, 2, 1, 1), ("Trần Văn Minh", "2026-03", 3, 3, 0, 0),
                  ("Trần Văn Minh", "2026-04", 2, 1, 1, 0)]
OUTGOING = [("o1", 1, "Nghị quyết", "01-NQ/ĐU", "Nghị quyết về chuyển đổi số", "2026-03-05",
             ["Huyện ủy", "Các chi bộ"], 5),
            ("o2", 2, "Báo cáo", "02-BC/ĐU", "Báo cáo sơ kết quý I", "2026-04-02", ["Huyện ủy"], 3)]


def _noon_utc(day: str) -> str:
    return f"{day}T05:00:00+00:00"  # 12:00 in Vietnam: the same day on any PC between UTC-4 and UTC+18


def _changes(start: dt.date | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    yield "unit", UNIT, UnitRecord(id=UNIT, version=1, unit_id=UNIT, name=UNIT_NAME, code="XHB", level="commune",
                                   secrecy_ceiling=1, offline_grace_hours=72).model_dump(mode="json")
    for person_id, name in NAMES.items():
        yield "person", person_id, PersonRecord(id=person_id, version=1, unit_id=UNIT, username=person_id,
                                                full_name=name, roles=["specialist"]).model_dump(mode="json")
    for doc_id, number, doc_type, symbol, issuer, summary, arrival, done, status, handler, deadline in DOCS:
        yield "document", doc_id, DocumentRecord(
            id=doc_id, version=1, unit_id=UNIT, kind="incoming", number_symbol=symbol, doc_type=doc_type,
            summary=summary, issuing_body=issuer, arrival_number=number, arrival_date=arrival, status=status,
            handler_id=handler, deadline=deadline, issued_date=arrival, created_at=_noon_utc(arrival or "2026-04-29"),
            updated_at=_noon_utc(done or arrival or "2026-04-29")).model_dump(mode="json")
        if done:
            yield "document_event", f"e-{doc_id}", DocumentEventRecord(
                id=f"e-{doc_id}", version=1, unit_id=UNIT, document_id=doc_id, actor_name=NAMES[str(handler)],
                action="done", from_status="in_progress", to_status="done", at=_noon_utc(done)).model_dump(mode="json")
    doc_id, number, doc_type, symbol, issuer, arrival, where = SECRET
    yield "document", doc_id, DocumentRecord(
        id=doc_id, version=1, unit_id=UNIT, kind="incoming", number_symbol=symbol, doc_type=doc_type, secrecy=1,
        issuing_body=issuer, arrival_number=number, arrival_date=arrival, status="registered", urgency=1,
        original_location=where, created_at=_noon_utc(arrival)).model_dump(mode="json")
    for doc_id, number, doc_type, symbol, summary, issued, recipients, copies in OUTGOING:
        yield "document", doc_id, DocumentRecord(
            id=doc_id, version=1, unit_id=UNIT, kind="outgoing", number_symbol=symbol, doc_type=doc_type,
            summary=summary, issuing_body=UNIT_NAME, issued_date=issued, outgoing_number=number, status="sent",
            signer="Lê Văn Hùng", recipients=[{"name": r} for r in recipients], copies=copies,
            created_at=_noon_utc(issued)).model_dump(mode="json")
    yield from _tasks()


TASKS = [  # id, resolution, title, status, period, indicators, last report day
    ("t1", "05-NQ/ĐU", "Số hóa hồ sơ một cửa", "done", "once",
     [{"name": "Tỷ lệ hồ sơ trực tuyến", "target": 80, "actual": 85, "unit": "%"}], None),
    ("t2", "05-NQ/ĐU", "Lắp đặt mạng nội bộ", "done_late", "once", [], None),
    ("t3", "05-NQ/ĐU", "Báo cáo tiến độ chuyển đổi số hằng tháng", "in_progress", "monthly", [], "2026-03-20"),
    ("t4", "05-NQ/ĐU", "Tập huấn kỹ năng số hằng quý", "in_progress", "quarterly",
     [{"name": "Số cán bộ được tập huấn", "target": 30, "actual": 12, "unit": "người"}], "2026-04-05"),
    ("t5", "57-NQ/TW", "Phổ cập chữ ký số cho cán bộ", "overdue", "once", [], None),
]


def _tasks() -> Iterator[tuple[str, str, dict[str, Any]]]:
    titles = {"05-NQ/ĐU": "Về chuyển đổi số", "57-NQ/TW": "Về đột phá phát triển khoa học, công nghệ"}
    for task_id, resolution, title, status, period, indicators, reported in TASKS:
        yield "task", task_id, TaskRecord(
            id=task_id, version=1, unit_id=UNIT, resolution_number=resolution, resolution_title=titles[resolution],
            title=title, lead_unit_id=UNIT, deadline="2026-06-30", period=period, status=status,
            indicators=indicators, created_at=_noon_utc("2026-01-05")).model_dump(mode="json")
        if reported:
            yield "task_report", f"r-{task_id}", TaskReportRecord(
                id=f"r-{task_id}", version=1, unit_id=UNIT, task_id=task_id, author_id=LAN, author_name=NAMES[LAN],
                text="Đã thực hiện", created_at=_noon_utc(reported)).model_dump(mode="json")


def corpus_session(folder: Path) -> OfficeSession:
    """A commune clerk's offline profile holding the corpus above, stored through the replica's pull."""
    office = Office(profiles=Profiles(folder, kdf=KdfParams.fast_for_tests()))
    session = office.create("lan.nt", "Mật khẩu xã 2026", unit_id=UNIT, unit_code="XHB", unit_name=UNIT_NAME,
                            display_name="Nguyễn Thị Lan")
    changes = [IncomingChange(entity, record_id, "upsert", 1, record) for entity, record_id, record in _changes()]
    session.replica.apply_changes(changes, 1)
    return session

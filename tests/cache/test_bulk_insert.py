"""The snapshot's prepared-statement insert stores exactly what SQLAlchemy's own insert stores: every column of every
row, byte for byte and in the same order, with the columns a row leaves out given their defaults (issue 17 must
change speed, not data)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import Text, bindparam, insert

from client.cache.bulk_insert import insert_rows
from client.cache.profile import OpenProfile, Profiles
from client.cache.wire_rows import TABLES, new_row
from tests.cache.conftest import COMMUNE, PASSWORD

NOW = dt.datetime(2026, 12, 2, 21, 30, 15, 123456)


def records() -> dict[str, list[dict[str, Any]]]:
    unit = str(uuid.uuid4())
    doc = {"id": str(uuid.uuid4()), "version": 3, "unit_id": unit, "kind": "incoming", "status": "received",
           "summary": "Về việc tổ chức Đại hội Đảng bộ xã", "issuing_body": "Huyện ủy Ba Vì", "doc_type": "Công văn",
           "number_symbol": "12/UBND-VP", "issued_date": "2025-03-01", "arrival_date": "2025-03-02",
           "arrival_number": 7, "secrecy": 0, "urgency": 1, "deadline": None, "co_handler_ids": None,
           "recipients": [{"name": "Chi bộ thôn Đông", "unit_id": unit}], "created_at": "2025-03-02T08:15:00+07:00",
           "updated_at": "2025-03-02T09:00:00.5+00:00", "attachments": []}
    bare_doc = {"id": str(uuid.uuid4()), "kind": "outgoing", "status": "draft", "summary": "Kế hoạch số hóa",
                "doc_type": "Kế hoạch"}  # no secrecy, urgency, recipients: the columns' defaults fill them
    task = {"id": str(uuid.uuid4()), "version": 1, "unit_id": unit, "resolution_number": "57-NQ/TW",
            "title": "Số hóa hồ sơ", "deadline": "2025-12-31", "period": "quarter", "status": "in_progress",
            "progress_percent": 40, "secrecy": 0, "cooperating_unit_ids": [unit],
            "indicators": [{"name": "Hồ sơ", "target": 100, "actual": 10.5, "unit": "hồ sơ"}]}
    bare_task = {"id": str(uuid.uuid4()), "resolution_number": "18-NQ/TW", "title": "Tinh gọn bộ máy",
                 "status": "not_started"}  # no period, progress, indicators, cooperating units: defaults
    report = {"id": str(uuid.uuid4()), "task_id": task["id"], "text": "Đã xong 40%", "author_name": "Lan",
              "figures": [{"name": "Hồ sơ", "actual": 40}], "created_at": "2025-04-01T10:00:00"}
    person = {"id": str(uuid.uuid4()), "unit_id": unit, "full_name": "Nguyễn Thị Lan", "username": "lan.nt",
              "roles": ["clerk", "leader"],
              "active": True, "version": 2}
    # A page's order is kept whatever columns each record has: the row ids break ties in sorted lists.
    # Empty JSON lists, a naive time, a year below 1000: the shortcuts of `bulk_insert._processor` give
    # SQLAlchemy's text for each.
    odd_doc = {**doc, "id": str(uuid.uuid4()), "co_handler_ids": [], "informed_ids": [], "recipients": [],
               "submitted_at": "0999-01-02T03:04:05.000006", "issued_date": "0999-12-31", "deadline": "2026-01-01",
               "created_at": "2025-03-02T08:15:00"}
    return {"document": [doc, bare_doc, {**doc, "id": str(uuid.uuid4())}, odd_doc], "task": [task, bare_task],
            "task_report": [report], "person": [person]}


def stored(opened: OpenProfile, table: str) -> list[tuple[Any, ...]]:
    with opened.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY rowid").all()]


def test_the_prepared_insert_stores_what_sqlalchemy_stores(profiles: Profiles) -> None:
    reference = profiles.create("ref", PASSWORD, COMMUNE, display_name="Tham chiếu")
    fast = profiles.create("fast", PASSWORD, COMMUNE, display_name="Nhanh")
    try:
        for entity, items in records().items():
            table = TABLES[entity]
            rows = []
            for record in items:
                row = new_row(entity, record, NOW)
                if "base" in table.c:
                    row["base"] = json.dumps(record, ensure_ascii=False)
                rows.append(row)
            with reference.engine.execution_options(write=True).begin() as conn:
                statement = insert(table)
                for row in rows:  # one by one: SQLAlchemy's executemany wants the same keys in every row
                    conn.execute(statement.values(base=bindparam("base", type_=Text)) if "base" in row else statement,
                                 [row])
            with fast.engine.execution_options(write=True).begin() as conn:
                insert_rows(conn, table, rows, as_text=frozenset({"base"}))
            assert stored(fast, table.name) == stored(reference, table.name) != []
        with fast.engine.connect() as conn:
            filled = conn.exec_driver_sql("SELECT recipients, secrecy, urgency, unread FROM documents "
                                          "WHERE kind = 'outgoing'").one()
            assert tuple(filled) == ("[]", 0, 0, 1)
            assert tuple(conn.exec_driver_sql("SELECT period, progress_percent, indicators FROM tasks "
                                              "WHERE resolution_number = '18-NQ/TW'").one()) == ("once", 0, "[]")
    finally:
        reference.close()
        fast.close()

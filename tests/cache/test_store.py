"""The record store over a real encrypted profile: outbox, notes, tasks, reports, lists, the secrecy ceiling and
import bundles (with every kind of bad input named by its place)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import select

from client.cache.errors import IntegrityError, SecrecyCeilingError
from client.cache.importing import Counts, ImportFileError, bundle_id, import_bundle, read_bundle
from client.cache.profile import OpenProfile, Profiles
from client.cache.records import NoteRecord, ReportRecord, TaskRecord
from client.cache.schema import outbox
from client.cache.search import DocumentFilter
from client.cache.store import NewDocument, RecordNotFoundError
from sync.protocol.domain import Secrecy, TaskStatus, Urgency
from tests.cache.conftest import PASSWORD, PROVINCE, document

TODAY = date.today()
UNKNOWN_ID = "00000000-0000-4000-8000-000000000404"


def _outbox(opened: OpenProfile) -> list[dict]:
    with opened.engine.connect() as connection:
        return [dict(r) for r in connection.execute(select(outbox).order_by(outbox.c.seq)).mappings()]


def _task(**fields: object) -> TaskRecord:
    values: dict[str, object] = {"resolution_number": "57-NQ/TW", "title": "Chuyển đổi số cấp xã"}
    values.update(fields)
    return TaskRecord.model_validate(values)


# -- documents and the outbox ----------------------------------------------------------------------------------


def test_each_local_document_gets_exactly_one_outbox_entry(opened: OpenProfile) -> None:
    records = [document(summary=f"Công văn số {i}") for i in range(3)]
    assert opened.store.add_documents(NewDocument(r) for r in records) == 3

    entries = _outbox(opened)
    assert opened.store.pending_changes() == 3
    assert [(e["entity"], e["record_id"], e["op"], e["state"]) for e in entries] == [
        ("document", r.id, "create", "pending") for r in records
    ]
    assert len({e["mutation_id"] for e in entries}) == 3
    assert entries[0]["fields"]["summary"] == "Công văn số 0"
    assert all(not d["unread"] for d in opened.store.list_documents())


def test_a_failed_batch_stores_neither_documents_nor_outbox_entries(opened: OpenProfile) -> None:
    first = document(summary="Đã có")
    opened.store.add_document(first)
    batch = [NewDocument(document(summary="Mới")), NewDocument(document(id=first.id, summary="Trùng id"))]
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        opened.store.add_documents(batch)
    assert opened.store.count_documents() == 1
    assert opened.store.pending_changes() == 1
    assert opened.store.get_document(first.id)["summary"] == "Đã có"


def test_documents_from_the_server_are_unread_and_queue_nothing(opened: OpenProfile) -> None:
    doc_id = opened.store.add_document(document(summary="Từ huyện gửi xuống"), local=False)
    assert opened.store.pending_changes() == 0
    assert opened.store.get_document(doc_id)["unread"] is True
    assert [d["id"] for d in opened.store.list_documents(DocumentFilter(unread=True))] == [doc_id]
    opened.store.mark_read(doc_id)
    assert opened.store.get_document(doc_id)["unread"] is False
    assert opened.store.pending_changes() == 0


def test_attachment_is_stored_encrypted_and_listed_with_the_document(opened: OpenProfile, tmp_path: Path) -> None:
    scan = tmp_path / "quyet-dinh.png"
    scan.write_bytes(b"\x89PNG fake scan " * 100)
    doc_id = opened.store.add_document(document(), [scan])
    [attachment] = opened.store.get_document(doc_id)["attachments"]
    assert (attachment["name"], attachment["size"], attachment["mime"]) == ("quyet-dinh.png", 1500, "image/png")
    assert opened.vault.read_bytes(attachment["sha256"]) == scan.read_bytes()
    stored = opened.vault.root / attachment["sha256"][:2] / attachment["sha256"]
    assert b"fake scan" not in stored.read_bytes()
    assert _outbox(opened)[0]["fields"]["attachments"] == [
        {"sha256": attachment["sha256"], "name": "quyet-dinh.png", "size": 1500, "mime": "image/png"}
    ]


def test_missing_attachment_file_stores_nothing(opened: OpenProfile, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        opened.store.add_document(document(), [tmp_path / "missing.pdf"])
    assert opened.store.count_documents() == 0
    assert opened.store.pending_changes() == 0


def test_unknown_document_id_is_reported(opened: OpenProfile) -> None:
    with pytest.raises(RecordNotFoundError, match="no-such-id"):
        opened.store.get_document("no-such-id")


# -- processing notes ------------------------------------------------------------------------------------------


def test_processing_notes_are_appended_in_order_and_never_overwritten(opened: OpenProfile) -> None:
    doc_id = opened.store.add_document(document())
    texts = ["Giao đồng chí Minh xử lý", "Đã liên hệ phòng Nội vụ", "Hoàn thành, lưu hồ sơ"]
    notes = [NoteRecord(document_id=doc_id, author_name="Lan", text=t) for t in texts]
    for note in notes:
        opened.store.add_note(note)

    assert [n["text"] for n in opened.store.get_document(doc_id)["notes"]] == texts
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        opened.store.add_note(NoteRecord(id=notes[0].id, document_id=doc_id, author_name="Lan", text="Sửa lại"))
    assert opened.store.get_document(doc_id)["notes"][0]["text"] == texts[0]
    assert [(e["entity"], e["op"]) for e in _outbox(opened)[1:]] == [("document_note", "append")] * 3


def test_note_on_unknown_document_stores_nothing(opened: OpenProfile) -> None:
    with pytest.raises(RecordNotFoundError):
        opened.store.add_note(NoteRecord(document_id=UNKNOWN_ID, author_name="Lan", text="Ý kiến"))
    assert opened.store.pending_changes() == 0


# -- tasks and progress reports --------------------------------------------------------------------------------


def test_progress_report_updates_the_task_and_keeps_evidence_in_the_vault(opened: OpenProfile, tmp_path: Path) -> None:
    task = _task(progress_percent=10)
    opened.store.add_tasks([task])
    photo = tmp_path / "anh-hien-truong.jpg"
    photo.write_bytes(b"\xff\xd8 evidence photo" * 50)

    opened.store.add_report(
        ReportRecord(task_id=task.id, text="Đã lắp đặt wifi", progress_percent=60, author_name="Minh"), [photo]
    )
    opened.store.add_report(ReportRecord(task_id=task.id, text="Chưa có số liệu mới", author_name="Minh"))

    [stored_task] = opened.store.list_tasks()
    assert stored_task["progress_percent"] == 60
    reports = opened.store.task_reports(task.id)
    assert [r["text"] for r in reports] == ["Đã lắp đặt wifi", "Chưa có số liệu mới"]
    [evidence] = reports[0]["evidence"]
    assert evidence["name"] == "anh-hien-truong.jpg"
    assert opened.vault.read_bytes(evidence["sha256"]) == photo.read_bytes()
    assert [(e["entity"], e["op"]) for e in _outbox(opened)] == [
        ("task", "create"),
        ("task_report", "append"),
        ("task_report", "append"),
    ]


def test_report_on_unknown_task_stores_nothing(opened: OpenProfile) -> None:
    with pytest.raises(RecordNotFoundError):
        opened.store.add_report(ReportRecord(task_id=UNKNOWN_ID, text="Báo cáo", author_name="Minh"))
    assert opened.store.pending_changes() == 0


def test_overdue_tasks_are_open_tasks_past_deadline_most_overdue_first(opened: OpenProfile) -> None:
    days = timedelta(days=1)
    tasks = {
        "late-10": _task(deadline=TODAY - 10 * days, status=TaskStatus.IN_PROGRESS),
        "late-3": _task(deadline=TODAY - 3 * days),
        "late-30-marked": _task(deadline=TODAY - 30 * days, status=TaskStatus.OVERDUE),
        "done": _task(deadline=TODAY - 20 * days, status=TaskStatus.DONE),
        "done-late": _task(deadline=TODAY - 15 * days, status=TaskStatus.DONE_LATE),
        "today": _task(deadline=TODAY),
        "future": _task(deadline=TODAY + 5 * days),
        "no-deadline": _task(period="monthly"),
    }
    opened.store.add_tasks(tasks.values(), local=False)
    names = {t.id: name for name, t in tasks.items()}
    assert [names[t["id"]] for t in opened.store.overdue_tasks(TODAY)] == ["late-30-marked", "late-10", "late-3"]
    assert opened.store.pending_changes() == 0


# -- lists: sorting and filters --------------------------------------------------------------------------------


@pytest.fixture
def register(opened: OpenProfile) -> dict[str, str]:
    """A small register: name -> document id."""
    day = timedelta(days=1)
    records = {
        "resolution": document(
            doc_type="Nghị quyết",
            summary="",  # a secret register entry: no trích yếu on this PC (Law 117/2025)
            original_location="Tủ mật văn phòng",
            issued_date=TODAY - 40 * day,
            secrecy="Mật",
            status="done",
            number_symbol="57-NQ/TW",
        ),
        "plan": document(
            doc_type="Kế hoạch",
            summary="Kế hoạch tổng kết",
            issued_date=TODAY - 20 * day,
            urgency="Hỏa tốc",
            deadline=TODAY - 2 * day,
            status="in_progress",
        ),
        "dispatch": document(
            doc_type="Công văn",
            summary="Công văn đôn đốc",
            issued_date=TODAY - 10 * day,
            urgency="Khẩn",
            deadline=TODAY + 5 * day,
        ),
        "closed-late": document(
            doc_type="Công văn",
            summary="Công văn đã xong",
            issued_date=TODAY - 30 * day,
            deadline=TODAY - 9 * day,
            status="archived",
        ),
        "outgoing": document(
            kind="outgoing",
            doc_type="Báo cáo",
            summary="Báo cáo quý",
            issued_date=TODAY - 1 * day,
            status="issued",
        ),
    }
    opened.store.add_documents([NewDocument(r) for n, r in records.items() if n != "dispatch"])
    opened.store.add_document(records["dispatch"], local=False)
    return {name: r.id for name, r in records.items()}


def _names(register: dict[str, str], rows: list[dict]) -> list[str]:
    by_id = {v: k for k, v in register.items()}
    return [by_id[r["id"]] for r in rows]


def test_documents_list_newest_first_and_sorts_by_any_offered_column(
    opened: OpenProfile, register: dict[str, str]
) -> None:
    store = opened.store
    assert _names(register, store.list_documents()) == ["outgoing", "dispatch", "plan", "closed-late", "resolution"]
    assert _names(register, store.list_documents(order_by="issued_date", descending=False, limit=2)) == [
        "resolution",
        "closed-late",
    ]
    assert _names(register, store.list_documents(limit=2, offset=2)) == ["plan", "closed-late"]
    assert _names(register, store.list_documents(order_by="urgency", limit=2)) == ["plan", "dispatch"]
    by_summary = store.list_documents(order_by="summary", descending=False)
    # the secret register entry has no trích yếu here: a blank value, last in either direction (issue 17)
    assert _names(register, by_summary) == ["outgoing", "closed-late", "dispatch", "plan", "resolution"]
    by_summary = store.list_documents(order_by="summary", descending=True)
    assert _names(register, by_summary) == ["plan", "dispatch", "closed-late", "outgoing", "resolution"]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (DocumentFilter(kind="outgoing"), ["outgoing"]),
        (DocumentFilter(doc_type="Công văn"), ["dispatch", "closed-late"]),
        (DocumentFilter(status="archived"), ["closed-late"]),
        (DocumentFilter(secrecy=Secrecy.MAT), ["resolution"]),
        (DocumentFilter(urgency_at_least=Urgency.KHAN), ["dispatch", "plan"]),
        (DocumentFilter(urgency_at_least=Urgency.HOA_TOC), ["plan"]),
        (
            DocumentFilter(issued_from=TODAY - timedelta(days=25), issued_to=TODAY - timedelta(days=5)),
            ["dispatch", "plan"],
        ),
        (DocumentFilter(overdue_on=TODAY), ["plan"]),
        (DocumentFilter(unread=True), ["dispatch"]),
        (DocumentFilter(kind="incoming", doc_type="Công văn", unread=False), ["closed-late"]),
    ],
    ids=[
        "kind",
        "type",
        "status",
        "secrecy",
        "urgency-khan",
        "urgency-hoa-toc",
        "date-range",
        "overdue",
        "unread",
        "combined",
    ],
)
def test_document_filters_select_exactly_the_matching_documents(
    opened: OpenProfile, register: dict[str, str], where: DocumentFilter, expected: list[str]
) -> None:
    assert _names(register, opened.store.list_documents(where)) == expected
    assert opened.store.count_documents(where) == len(expected)


@pytest.mark.parametrize("column", ["password", "summary; DROP TABLE documents", "rid", ""])
def test_sorting_by_an_unknown_column_is_refused(opened: OpenProfile, register: dict[str, str], column: str) -> None:
    with pytest.raises(ValueError, match="cannot sort by"):
        opened.store.list_documents(order_by=column)
    assert opened.store.count_documents() == 5


# -- the secrecy ceiling ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("secrecy", ["Tối mật", "Tuyệt mật"])
def test_commune_refuses_documents_above_mat(opened: OpenProfile, tmp_path: Path, secrecy: str) -> None:
    annex = tmp_path / "phu-luc.txt"
    annex.write_text("Nội dung mật", encoding="utf-8")
    allowed = NewDocument(document(summary="", secrecy="Mật"))
    refused = NewDocument(document(summary="Không được giữ", secrecy=secrecy), [annex])
    with pytest.raises(SecrecyCeilingError, match=secrecy):
        opened.store.add_documents([allowed, refused])
    assert opened.store.count_documents() == 0
    assert opened.store.pending_changes() == 0
    assert list(opened.vault.iter_hashes()) == []


@pytest.mark.parametrize("secrecy", ["Tối mật", "Tuyệt mật"])
def test_commune_refuses_tasks_above_mat(opened: OpenProfile, secrecy: str) -> None:
    with pytest.raises(SecrecyCeilingError, match="Nothing of it was saved"):
        opened.store.add_tasks([_task(secrecy="Mật"), _task(secrecy=secrecy)])
    assert opened.store.list_tasks() == []
    assert opened.store.pending_changes() == 0


def test_commune_keeps_mat_documents_received_from_the_server(opened: OpenProfile) -> None:
    opened.store.add_document(document(summary="", secrecy="Mật"), local=False)
    assert opened.store.count_documents(DocumentFilter(secrecy=Secrecy.MAT)) == 1


def test_province_holds_toi_mat_but_refuses_tuyet_mat(profiles: Profiles) -> None:
    with profiles.create("tinh.uy", PASSWORD, PROVINCE) as province:
        province.store.add_document(document(summary="", secrecy="Tối mật"))
        province.store.add_tasks([_task(secrecy="Tối mật")])
        with pytest.raises(SecrecyCeilingError, match="Tuyệt mật"):
            province.store.add_document(document(secrecy="Tuyệt mật"))
        with pytest.raises(SecrecyCeilingError, match="Tuyệt mật"):
            province.store.add_tasks([_task(secrecy="Tuyệt mật")], local=False)
        assert province.store.count_documents() == 1
        assert len(province.store.list_tasks()) == 1
        assert province.store.pending_changes() == 2


# -- import bundles --------------------------------------------------------------------------------------------


@pytest.fixture
def write_bundle(tmp_path: Path) -> Callable[[object], Path]:
    folder = tmp_path / "bundle"
    folder.mkdir()
    (folder / "cong-van.pdf").write_bytes(b"%PDF-1.4 not really a pdf")

    def write(content: object) -> Path:
        path = folder / "import.json"
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        path.write_text(text, encoding="utf-8")
        return path

    return write


def _doc(**fields: object) -> dict[str, object]:
    return {"kind": "incoming", "doc_type": "Công văn", "summary": "Về việc họp", **fields}


def test_valid_bundle_stores_documents_tasks_notes_and_reports(
    opened: OpenProfile, write_bundle: Callable[[object], Path]
) -> None:
    bundle = {
        "documents": [
            _doc(id="doc-1", issued_date="05/03/2025", urgency="Khẩn", attachments=["cong-van.pdf"]),
            _doc(kind="outgoing", status="issued", summary="Báo cáo gửi huyện"),
        ],
        "tasks": [{"id": "task-1", "resolution_number": "57-NQ/TW", "title": "Phủ sóng 4G", "deadline": "2025-12-31"}],
        "notes": [{"document_id": "doc-1", "author_name": "Lan", "text": "Chuyển đồng chí Minh"}],
        "reports": [{"task_id": "task-1", "text": "Đạt 80%", "progress_percent": 80, "author_name": "Minh"}],
    }
    result = import_bundle(opened.store, read_bundle(write_bundle(bundle)))
    assert result.stored == Counts(documents=2, tasks=1, notes=1, reports=1)
    assert result.already_present == Counts()
    doc = opened.store.get_document(bundle_id("doc-1"))
    assert doc["issued_date"] == date(2025, 3, 5)
    assert (doc["secrecy"], doc["urgency"]) == (0, 1)
    assert [a["name"] for a in doc["attachments"]] == ["cong-van.pdf"]
    assert [n["text"] for n in doc["notes"]] == ["Chuyển đồng chí Minh"]
    assert opened.store.list_tasks()[0]["progress_percent"] == 80
    assert opened.store.pending_changes() == 5


def test_a_bare_list_is_read_as_documents(opened: OpenProfile, write_bundle: Callable[[object], Path]) -> None:
    result = import_bundle(opened.store, read_bundle(write_bundle([_doc(), _doc(summary="Về việc khác")])))
    assert result.stored.documents == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{ this is not json", "not a valid UTF-8 JSON file"),
        ('"a string"', "must hold a JSON object"),
        ("42", "must hold a JSON object"),
        ({"documents": [], "meetings": []}, "meetings: unknown section 'meetings'"),
        ({"documents": {"0": _doc()}}, "documents: must be a list"),
        ({"documents": [_doc(), "just text"]}, "documents[1]: must be an object"),
        ({"documents": [_doc(), _doc(colour="red")]}, "documents[1].colour: Extra inputs are not permitted"),
        ({"documents": [_doc(), _doc(secrecy="Siêu mật")]}, "documents[1].secrecy: Value error, unknown secrecy"),
        ({"documents": [_doc(issued_date="31/02/2025")]}, "documents[0].issued_date: Value error, day is out of range"),
        ({"documents": [_doc(issued_date="hôm qua")]}, "documents[0].issued_date: Input should be a valid date"),
        ({"documents": [_doc(), _doc(summary="")]}, "documents[1].summary: Value error, a trích yếu is required"),
        ({"documents": [_doc(attachments=["missing.pdf"])]}, "documents[0].attachments[0]: file"),
        ({"documents": [_doc(attachments="cong-van.pdf")]}, "documents[0].attachments: must be a list of file paths"),
        ({"documents": [_doc(kind="outgoing", status="received")]}, "documents[0]: Value error, status 'received'"),
        ({"documents": [_doc(kind="draft", arrival_number=5)]}, "only incoming documents have an arrival number"),
        (
            {"tasks": [{"resolution_number": "57-NQ/TW", "title": "x", "progress_percent": 150}]},
            "tasks[0].progress_percent: Input should be less than or equal to 100",
        ),
        (
            {"reports": [{"task_id": "t", "text": "x", "author_name": "M", "evidence": ["nowhere.jpg"]}]},
            "reports[0].evidence[0]: file",
        ),
    ],
    ids=[
        "not-json",
        "string",
        "number",
        "unknown-section",
        "section-not-list",
        "item-not-object",
        "unknown-field",
        "bad-secrecy",
        "impossible-date",
        "not-a-date",
        "empty-summary",
        "missing-attachment",
        "attachments-not-list",
        "status-for-other-kind",
        "arrival-on-draft",
        "progress-over-100",
        "missing-evidence",
    ],
)
def test_bad_import_file_is_refused_naming_the_place_and_stores_nothing(
    opened: OpenProfile, write_bundle: Callable[[object], Path], content: object, message: str
) -> None:
    path = write_bundle(content)
    with pytest.raises(ImportFileError) as refused:
        import_bundle(opened.store, read_bundle(path))
    assert message in str(refused.value)
    assert opened.store.count_documents() == 0
    assert opened.store.list_tasks() == []
    assert opened.store.pending_changes() == 0
    assert list(opened.vault.iter_hashes()) == []


def test_import_file_lists_every_problem_at_once(opened: OpenProfile, write_bundle: Callable[[object], Path]) -> None:
    path = write_bundle({"documents": [_doc(secrecy="x"), _doc(), _doc(urgency="y", kind="memo")]})
    with pytest.raises(ImportFileError) as refused:
        import_bundle(opened.store, read_bundle(path))
    text = str(refused.value)
    assert "nothing was stored" in text
    assert "documents[0].secrecy" in text and "documents[2].urgency" in text and "documents[2].kind" in text
    assert "documents[1]" not in text


def test_missing_or_undecodable_import_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        read_bundle(tmp_path / "nowhere.json")
    latin = tmp_path / "latin1.json"
    latin.write_bytes('[{"summary": "Đảng"}]'.encode("utf-16"))
    with pytest.raises(ImportFileError, match="not a valid UTF-8 JSON file"):
        read_bundle(latin)


def test_bundle_with_one_record_above_the_ceiling_stores_nothing(
    opened: OpenProfile, write_bundle: Callable[[object], Path]
) -> None:
    bundle = {
        "documents": [_doc(attachments=["cong-van.pdf"]), _doc(number_symbol="01-NQ/TU", secrecy="Tối mật"),
                      _doc(summary="Về việc khác")],
        "tasks": [{"resolution_number": "57-NQ/TW", "title": "Nhiệm vụ thường"}],
    }
    with pytest.raises(ImportFileError) as refused:
        import_bundle(opened.store, read_bundle(write_bundle(bundle)))
    [problem] = refused.value.problems
    assert (problem.where, problem.code) == ("documents[1].secrecy", SecrecyCeilingError.code)
    assert "classified Tối mật" in problem.message
    assert opened.store.count_documents() == 0
    assert opened.store.list_tasks() == []
    assert opened.store.pending_changes() == 0
    assert list(opened.vault.iter_hashes()) == []


def test_tampered_attachment_is_refused_on_export_and_leaves_no_file(opened: OpenProfile, tmp_path: Path) -> None:
    original = tmp_path / "to-trinh.txt"
    original.write_bytes("Tờ trình xin kinh phí".encode() * 200)
    doc_id = opened.store.add_document(document(), [original])
    sha = opened.store.get_document(doc_id)["attachments"][0]["sha256"]
    stored = opened.vault.root / sha[:2] / sha
    data = bytearray(stored.read_bytes())
    data[-5] ^= 0x01
    stored.write_bytes(bytes(data))
    target = tmp_path / "out" / "to-trinh.txt"
    target.parent.mkdir()
    with pytest.raises(IntegrityError, match="tampered with or damaged"):
        opened.vault.export_to(sha, target)
    assert list(target.parent.iterdir()) == []


def test_summaries_sort_in_vietnamese_dictionary_order(opened: OpenProfile) -> None:
    # Binary order would put "Đảng" after "Z..." and every accented first letter last.
    summaries = [
        "Ý kiến cử tri",
        "Ăn ở của học sinh bán trú",
        "Đảng bộ xã",
        "Dân vận khéo",
        "Ân xá",
        "Bảo vệ rừng",
        "Ban chỉ đạo",
        "Ơn nghĩa",
        "Ôn tập",
        "Zalo",
        "Ưu đãi",
        "12 tuyến đường",
    ]
    opened.store.add_documents(NewDocument(document(summary=s)) for s in summaries)
    rows = opened.store.list_documents(order_by="summary", descending=False)
    assert [r["summary"] for r in rows] == [
        "12 tuyến đường",
        "Ăn ở của học sinh bán trú",
        "Ân xá",
        "Ban chỉ đạo",
        "Bảo vệ rừng",
        "Dân vận khéo",
        "Đảng bộ xã",
        "Ôn tập",
        "Ơn nghĩa",
        "Ưu đãi",
        "Ý kiến cử tri",
        "Zalo",
    ]
    descending = opened.store.list_documents(order_by="summary", descending=True)
    assert [r["summary"] for r in descending] == [r["summary"] for r in reversed(rows)]


def test_next_arrival_number_follows_the_years_register(opened: OpenProfile) -> None:
    assert opened.store.next_arrival_number(2025) == 1
    opened.store.add_documents(
        NewDocument(document(arrival_number=n, arrival_date=date(2025, 3, n))) for n in (1, 2, 7)
    )
    opened.store.add_document(document(arrival_number=40, arrival_date=date(2024, 12, 30)))
    assert opened.store.next_arrival_number(2025) == 8
    assert opened.store.next_arrival_number(2024) == 41
    assert opened.store.next_arrival_number(2026) == 1

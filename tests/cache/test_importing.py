"""The import promise over a real encrypted profile: the whole bundle checked first, every problem placed on its
line, all stored in one transaction or nothing, and a bundle imported twice stored once."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from client.cache.importing import Counts, ImportFileError, ImportResult, bundle_id, import_bundle, read_bundle
from client.cache.profile import OpenProfile
from client.cache.records import NoteRecord
from client.cache.schema import document_notes, outbox, task_reports
from client.cache.store import NewDocument, RecordNotFoundError
from tests.cache.conftest import document

Write = Callable[..., Path]


@pytest.fixture
def write_bundle(tmp_path: Path) -> Write:
    """Write a bundle beside two scans; `indent` spreads it over lines as people write them."""
    folder = tmp_path / "bundle"
    folder.mkdir()
    (folder / "cong-van.pdf").write_bytes(b"%PDF-1.4 scan of the incoming letter")
    (folder / "bien-ban.pdf").write_bytes(b"%PDF-1.4 scan of the minutes")

    def write(content: object, *, indent: int | None = 2, name: str = "import.json") -> Path:
        path = folder / name
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False, indent=indent)
        path.write_text(text, encoding="utf-8")
        return path

    return write


def _doc(**fields: object) -> dict[str, object]:
    return {"kind": "incoming", "doc_type": "Công văn", "summary": "Về việc họp", **fields}


def _task(**fields: object) -> dict[str, object]:
    return {"resolution_number": "57-NQ/TW", "title": "Phủ sóng 4G toàn xã", **fields}


def _import(opened: OpenProfile, path: Path) -> ImportResult:
    return import_bundle(opened.store, read_bundle(path))


def _refused(opened: OpenProfile, path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as refused:
        _import(opened, path)
    return refused.value


def _line_of(path: Path, marker: str) -> int:
    [line] = [n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if marker in text]
    return line


def _footprint(opened: OpenProfile) -> dict[str, Any]:
    """Everything an import can add: rows of each kind, the outbox and the vault's files."""
    with opened.engine.connect() as connection:
        notes = connection.execute(select(document_notes.c.text)).scalars().all()
        reports = connection.execute(select(task_reports.c.text)).scalars().all()
        entries = connection.execute(select(outbox.c.entity, outbox.c.record_id)).all()
    return {"documents": opened.store.count_documents(), "tasks": len(opened.store.list_tasks()),
            "notes": sorted(notes), "reports": sorted(reports), "outbox": sorted(entries),
            "vault": sorted(opened.vault.iter_hashes())}


EMPTY = {"documents": 0, "tasks": 0, "notes": [], "reports": [], "outbox": [], "vault": []}

# -- all or nothing ---------------------------------------------------------------------------------------------


def test_a_valid_document_is_not_stored_when_a_note_of_the_bundle_points_at_an_unknown_document(
    opened: OpenProfile, write_bundle: Write
) -> None:
    path = write_bundle({
        "documents": [_doc(id="doc-1", number_symbol="12/UBND-VP", attachments=["cong-van.pdf"])],
        "notes": [{"document_id": "doc-404", "author_name": "Lan", "text": "Chuyển đồng chí Minh"}],
    })
    [problem] = _refused(opened, path).problems
    assert (problem.where, problem.code) == ("notes[0].document_id", "unknown_document")
    assert "'doc-404'" in problem.message
    assert problem.line == _line_of(path, '"document_id": "doc-404"')
    assert _footprint(opened) == EMPTY


def test_a_failed_notes_and_reports_bundle_stores_nothing_and_its_retry_stores_each_once(
    opened: OpenProfile, write_bundle: Write
) -> None:
    _import(opened, write_bundle({"documents": [_doc(id="doc-1")], "tasks": [_task(id="task-1")]}, name="base.json"))
    before = _footprint(opened)
    note = {"document_id": "doc-1", "author_name": "Lan", "text": "Đề nghị đồng chí Minh xử lý"}
    report = {"task_id": "task-404", "text": "Đạt 80%", "progress_percent": 80, "author_name": "Minh"}

    problem = _refused(opened, write_bundle({"notes": [note], "reports": [report]})).problems[0]
    assert (problem.where, problem.code) == ("reports[0].task_id", "unknown_task")
    assert _footprint(opened) == before

    fixed = write_bundle({"notes": [note], "reports": [{**report, "task_id": "task-1"}]})
    assert _import(opened, fixed).stored == Counts(notes=1, reports=1)
    again = _import(opened, fixed)
    assert (again.stored, again.already_present) == (Counts(), Counts(notes=1, reports=1))
    after = _footprint(opened)
    assert (after["notes"], after["reports"]) == ([note["text"]], [report["text"]])
    assert len(after["outbox"]) == len(before["outbox"]) + 2


def test_a_failure_inside_the_transaction_stores_nothing_and_removes_only_the_files_it_added(
    opened: OpenProfile, tmp_path: Path
) -> None:
    shared, new = tmp_path / "shared.pdf", tmp_path / "new.pdf"
    shared.write_bytes(b"%PDF-1.4 attached to a document already here")
    new.write_bytes(b"%PDF-1.4 only in the refused import")
    opened.store.add_document(document(summary="Đã có"), [shared])
    before = _footprint(opened)
    orphan = NoteRecord(document_id="00000000-0000-4000-8000-000000000404", author_name="Lan", text="Không có")
    with pytest.raises(RecordNotFoundError):
        opened.store.add_records([NewDocument(document(summary="Mới"), [shared, new])], notes=[orphan])
    assert _footprint(opened) == before


# -- importing twice ----------------------------------------------------------------------------------------------


def test_importing_the_same_bundle_twice_stores_nothing_the_second_time(
    opened: OpenProfile, write_bundle: Write
) -> None:
    path = write_bundle({
        "documents": [
            _doc(id="doc-1", number_symbol="05-NQ/ĐU", attachments=["cong-van.pdf"]),
            _doc(number_symbol="125/UBND-VP", issuing_body="UBND huyện", issued_date="05/03/2025",
                 attachments=["bien-ban.pdf"]),
            _doc(kind="draft", doc_type="Báo cáo", summary="Báo cáo quý I", status="draft"),
        ],
        "tasks": [_task(id="task-1"), _task(title="Chuyển đổi số cấp xã", resolution_number="05-NQ/ĐU")],
        "notes": [{"document_id": "doc-1", "author_name": "Lan", "text": "Chuyển đồng chí Minh"}],
        "reports": [{"task_id": "task-1", "text": "Đạt 80%", "progress_percent": 80, "author_name": "Minh"}],
    })
    first = _import(opened, path)
    assert first.stored == Counts(documents=3, tasks=2, notes=1, reports=1)
    once = _footprint(opened)

    second = _import(opened, path)
    assert second.stored == Counts()
    assert second.already_present == first.stored
    assert _footprint(opened) == once


def test_a_retyped_bundle_matches_by_issuer_number_and_year_whatever_the_case_and_spacing(
    opened: OpenProfile, write_bundle: Write
) -> None:
    opened.store.add_document(document(number_symbol="125/UBND-VP", issuing_body="UBND huyện Bát Xát",
                                       issued_date=date(2025, 3, 5), summary="Về việc tổ chức họp"), local=False)
    before = _footprint(opened)
    retyped = _doc(number_symbol=" 125/ubnd-vp", issuing_body="UBND  huyện bát xát", issued_date="20/03/2025",
                   summary="Một trích yếu gõ lại khác")
    result = _import(opened, write_bundle({"documents": [retyped]}))
    assert (result.stored, result.already_present) == (Counts(), Counts(documents=1))
    assert _footprint(opened) == before
    # The same number another year is another document: numbers restart each year.
    next_year = _import(opened, write_bundle({"documents": [{**retyped, "issued_date": "05/01/2026"}]}))
    assert next_year.stored == Counts(documents=1)


def test_an_id_that_already_names_another_document_is_refused(opened: OpenProfile, write_bundle: Write) -> None:
    # Two bundles made by one script both call their first document "1": the second is not the first.
    _import(opened, write_bundle({"documents": [_doc(id="1", number_symbol="01/UBND-VP")]}, name="first.json"))
    before = _footprint(opened)
    path = write_bundle({"documents": [_doc(id="1", number_symbol="77/UBND-VP"), _doc(summary="Về việc khác")]})
    [problem] = _refused(opened, path).problems
    assert (problem.where, problem.code) == ("documents[0].id", "id_taken")
    assert "01/UBND-VP" in problem.message
    assert _footprint(opened) == before


def test_the_same_id_twice_in_a_bundle_is_refused(opened: OpenProfile, write_bundle: Write) -> None:
    path = write_bundle({"documents": [_doc(id="doc-1"), _doc(id="doc-1", summary="Khác")],
                         "tasks": [_task(id="t"), _task(id="t")]})
    problems = _refused(opened, path).problems
    assert [(p.where, p.code) for p in problems] == [("documents[1].id", "duplicate"), ("tasks[1].id", "duplicate")]
    assert "documents[0]" in problems[0].message
    assert _footprint(opened) == EMPTY


def test_the_same_document_twice_without_ids_is_refused_naming_the_first(
    opened: OpenProfile, write_bundle: Write
) -> None:
    path = write_bundle({"documents": [_doc(number_symbol="12/UBND-VP", issued_date="01/02/2025"), _doc(summary="x"),
                                       _doc(number_symbol="12/ubnd-vp", issued_date="09/09/2025", summary="y")]})
    [problem] = _refused(opened, path).problems
    assert (problem.where, problem.code) == ("documents[2]", "duplicate")
    assert "documents[0]" in problem.message and "number and symbol" in problem.message
    assert _footprint(opened) == EMPTY


def test_one_file_listed_twice_is_refused_and_one_content_under_two_names_is_one_attachment(
    opened: OpenProfile, write_bundle: Write
) -> None:
    twice = write_bundle({"documents": [_doc(attachments=["cong-van.pdf", "./cong-van.pdf"])]})
    [problem] = _refused(opened, twice).problems
    assert (problem.where, problem.code) == ("documents[0].attachments[1]", "duplicate")
    assert _footprint(opened) == EMPTY

    copy = twice.parent / "ban-sao.pdf"
    copy.write_bytes((twice.parent / "cong-van.pdf").read_bytes())
    stored = _import(opened, write_bundle({"documents": [_doc(id="d", attachments=["cong-van.pdf", "ban-sao.pdf"])]}))
    assert stored.stored == Counts(documents=1)
    assert [a["name"] for a in opened.store.get_document(bundle_id("d"))["attachments"]] == ["cong-van.pdf"]


# -- every problem, placed -----------------------------------------------------------------------------------------


def test_every_problem_of_the_bundle_is_reported_at_once_with_its_line(
    opened: OpenProfile, write_bundle: Write
) -> None:
    path = write_bundle({
        "documents": [
            _doc(id="doc-1", number_symbol="01/UBND-VP"),
            _doc(number_symbol="02/UBND-VP", secrecy="Siêu mật"),
            _doc(number_symbol="03/UBND-VP", secrecy="Tối mật"),
            {"kind": "incoming", "summary": "Giấy mời họp", "number_symbol": "04/GM-UBND"},
        ],
        "tasks": [_task(progress_percent=150)],
        "notes": [{"document_id": "doc-1", "author_name": "Lan", "text": "Được"},
                  {"document_id": "doc-9", "author_name": "Lan", "text": "Không có văn bản"}],
        "reports": [{"task_id": "task-9", "text": "Đạt", "author_name": "Minh", "evidence": ["nowhere.jpg"]}],
    })
    refused = _refused(opened, path)
    placed = [(p.where, p.line) for p in refused.problems]
    assert placed == [
        ("documents[1].secrecy", _line_of(path, '"Siêu mật"')),
        ("documents[2].secrecy", _line_of(path, '"Tối mật"')),
        ("documents[3].doc_type", _line_of(path, '"Giấy mời họp"') - 2),  # missing: placed at its item's brace
        ("tasks[0].progress_percent", _line_of(path, '"progress_percent": 150')),
        ("notes[1].document_id", _line_of(path, '"doc-9"')),
        ("reports[0].evidence[0]", _line_of(path, '"nowhere.jpg"')),
        ("reports[0].task_id", _line_of(path, '"task-9"')),
    ]
    assert "nothing was stored" in str(refused) and f"line {placed[0][1]}: documents[1].secrecy" in str(refused)
    assert {p["where"] for p in refused.params["problems"]} == {where for where, _ in placed}
    assert _footprint(opened) == EMPTY


def test_a_bare_list_places_its_problems_as_documents(opened: OpenProfile, write_bundle: Write) -> None:
    path = write_bundle([_doc(), _doc(summary="Khác", urgency="Rất khẩn")])
    [problem] = _refused(opened, path).problems
    assert (problem.where, problem.line) == ("documents[1].urgency", _line_of(path, '"Rất khẩn"'))


def test_a_bundle_saved_with_a_byte_order_mark_is_read(opened: OpenProfile, write_bundle: Write) -> None:
    path = write_bundle({"documents": [_doc()]})
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # as Notepad saves "UTF-8 with BOM"
    assert _import(opened, path).stored == Counts(documents=1)


def test_a_file_nested_too_deeply_is_refused_clearly(opened: OpenProfile, write_bundle: Write) -> None:
    path = write_bundle('{"documents": [' + "[" * 100_000 + "]" * 100_000 + "]}")
    with pytest.raises(ImportFileError, match="nested too deeply"):
        read_bundle(path)


def test_broken_json_is_refused_naming_the_line_where_it_breaks(opened: OpenProfile, write_bundle: Write) -> None:
    path = write_bundle('{\n  "documents": [\n    {"kind": "incoming", "doc_type": "Công văn", "summary": "Họp"}\n'
                        '    {"kind": "incoming", "doc_type": "Công văn", "summary": "Thiếu dấu phẩy"}\n  ]\n}\n')
    with pytest.raises(ImportFileError) as refused:
        read_bundle(path)
    [problem] = refused.value.problems
    assert (problem.where, problem.code, problem.line) == ("the file", "not_json", _line_of(path, "Thiếu dấu phẩy"))
    assert "nothing was stored" in str(refused.value)


def test_a_note_on_a_document_with_a_problem_of_its_own_is_not_reported_again(
    opened: OpenProfile, write_bundle: Write
) -> None:
    path = write_bundle({"documents": [_doc(id="doc-1", issued_date="hôm qua")],
                         "notes": [{"document_id": "doc-1", "author_name": "Lan", "text": "Chuyển đồng chí Minh"}]})
    assert [p.where for p in _refused(opened, path).problems] == ["documents[0].issued_date"]
    assert _footprint(opened) == EMPTY

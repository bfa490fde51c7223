"""One record model: whatever the local records or an import bundle accept is a change the server's models accept.

Hypothesis throws records at the limits (a character either side of every length and range, NaN figures, ids
that are not UUIDs, Vietnamese labels for levels) through the same paths the app and the importer use, then
checks the outbox entry that was written validates as a wire mutation. A record refused at save is fine; one
saved and then refused at every sync is the bug this guards against.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from sqlalchemy import select

from client.cache.errors import InvalidChangeError, SecrecyCeilingError
from client.cache.importing import ImportFileError, import_bundle, read_bundle
from client.cache.profile import OpenProfile
from client.cache.records import DocumentRecord, NoteRecord, ReportRecord, TaskRecord
from client.cache.schema import outbox
from client.cache.secret_stubs import SecretContentError
from client.cache.wire_rows import wire_fields
from sync.protocol.domain import DOCUMENT_STATUSES, ReportingPeriod, TaskStatus
from sync.protocol.mutations import FIELD_MODELS
from sync.protocol.wire import Mutation

SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.filter_too_much])
_COUNTER = itertools.count()


def mostly(valid: st.SearchStrategy[Any], invalid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Valid values most of the time, so that records with many fields are still often accepted."""
    return st.integers(0, 9).flatmap(lambda n: invalid if n == 0 else valid)


def around(limit: int) -> st.SearchStrategy[str]:
    """Short free text, or text right at a length limit (sometimes padded with spaces, sometimes one over)."""
    at_limit = st.integers(limit - 1, limit).map(lambda n: "ă" * n)
    padded = st.integers(limit - 1, limit).map(lambda n: " " + "x" * n + " ")  # stripped, then measured
    return mostly(st.one_of(st.text(max_size=12), at_limit, padded), st.just("y" * (limit + 1)))


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


ids = mostly(st.uuids().map(str), st.one_of(st.text(max_size=8), st.just("doc-1")))
dates = mostly(st.one_of(st.dates().map(str), st.dates().map(lambda d: d.strftime("%d/%m/%Y"))), st.text(max_size=4))
levels = mostly(st.one_of(st.integers(0, 1), st.sampled_from(["Mật", "Khẩn", "Hỏa tốc", "mat", "Thường", "2"])),
                st.integers(-1, 4))
counts = mostly(st.one_of(st.sampled_from([0, 7, 100_000]), st.integers(0, 10**6)), st.sampled_from([-1, 100_001]))
figures = mostly(st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-10**6, 10**6)),
                 st.floats())
many_names = st.integers(499, 501).map(lambda n: ["x"] * n)


def _document(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    incoming = {"arrival_date": dates, "arrival_number": st.integers(1, 10**6)} if kind == "incoming" else {}
    return st.fixed_dictionaries(
        {"kind": st.just(kind), "doc_type": around(100), "summary": around(2000)},
        optional={
            "number_symbol": maybe(around(100)), "issuing_body": maybe(around(500)), "signer": maybe(around(500)),
            "issued_date": dates, "deadline": dates, **incoming,
            "recipients": mostly(st.lists(around(500), max_size=3), many_names),
            "secrecy": levels, "urgency": levels, "handler_id": maybe(ids), "direction_note": maybe(around(20_000)),
            "status": mostly(st.sampled_from([str(s) for s in DOCUMENT_STATUSES[kind]]), st.just("nonsense")),
            "pages": counts, "copies": counts,
        },
    )


documents = st.sampled_from(["incoming", "outgoing", "draft"]).flatmap(_document)
indicators = st.fixed_dictionaries(
    {"name": around(500)}, optional={"target": maybe(figures), "actual": maybe(figures), "unit": maybe(around(50))},
)
tasks = st.fixed_dictionaries(
    {"resolution_number": around(100), "title": around(2000)},
    optional={
        "resolution_title": maybe(around(500)), "lead_unit_id": maybe(ids),
        "cooperating_unit_ids": mostly(st.lists(ids, max_size=3),
                                       st.integers(199, 201).map(lambda n: [str(uuid.uuid4())] * n)),
        "deadline": dates, "period": mostly(st.sampled_from([str(p) for p in ReportingPeriod]), st.just("weekly")),
        "status": mostly(st.sampled_from([str(t) for t in TaskStatus]), st.just("lost")),
        "progress_percent": st.integers(-1, 101), "indicators": st.lists(indicators, max_size=3), "secrecy": levels,
    },
)
notes = st.fixed_dictionaries({"author_name": around(500), "text": around(20_000)})
reports = st.fixed_dictionaries(
    {"author_name": around(500), "text": around(20_000)},
    optional={"period_label": maybe(around(100)), "progress_percent": maybe(st.integers(-1, 101)),
              "figures": st.dictionaries(around(500), figures, max_size=3)},
)


def _accepted(model: type[Any], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError:
        assume(False)


def _new_entries(opened: OpenProfile, after: int) -> list[dict[str, Any]]:
    with opened.engine.connect() as connection:
        return [dict(r) for r in connection.execute(select(outbox).where(outbox.c.seq > after)).mappings()]


def _last_seq(opened: OpenProfile) -> int:
    with opened.engine.connect() as connection:
        return connection.execute(select(outbox.c.seq).order_by(outbox.c.seq.desc()).limit(1)).scalar() or 0


def _assert_wire_valid(entries: list[dict[str, Any]]) -> None:
    assert entries
    for entry in entries:
        # What the push sends: the entry's fields through wire_fields, inside a Mutation, then the entity's model.
        fields = wire_fields(entry["entity"], entry["op"], entry["fields"])
        assert fields == entry["fields"], "new entries are stored in wire shape already"
        Mutation.model_validate({"mutation_id": entry["mutation_id"], "device_seq": 1, "entity": entry["entity"],
                                 "op": entry["op"], "record_id": entry["record_id"], "fields": fields})
        FIELD_MODELS[entry["entity"]].model_validate(fields)


def _store(action: Any) -> bool:
    """Run a store write; False when the store refused it for being above the unit's secrecy ceiling or for
    putting content on a secret document (a register entry only).

    An InvalidChangeError is a failure: the store's last-line check caught a record the models accepted, so the
    local models and the wire disagree somewhere.
    """
    try:
        action()
    except (SecrecyCeilingError, SecretContentError):
        return False
    return True


@pytest.fixture
def parent(opened: OpenProfile) -> Iterator[tuple[OpenProfile, str, str]]:
    """The profile with one document and one task to hang notes and reports on."""
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Văn bản gốc")
    task = TaskRecord(resolution_number="57-NQ/TW", title="Chuyển đổi số")
    opened.store.add_document(doc)
    opened.store.add_tasks([task])
    yield opened, doc.id, task.id


@SETTINGS
@given(data=documents)
def test_an_accepted_document_queues_a_valid_mutation(opened: OpenProfile, data: dict[str, Any]) -> None:
    record = _accepted(DocumentRecord, data)
    before = _last_seq(opened)
    assume(_store(lambda: opened.store.add_document(record)))
    _assert_wire_valid(_new_entries(opened, before))


@SETTINGS
@given(data=tasks)
def test_an_accepted_task_queues_a_valid_mutation(opened: OpenProfile, data: dict[str, Any]) -> None:
    record = _accepted(TaskRecord, data)
    before = _last_seq(opened)
    assume(_store(lambda: opened.store.add_tasks([record])))
    _assert_wire_valid(_new_entries(opened, before))


@SETTINGS
@given(note=notes, report=reports)
def test_accepted_notes_and_reports_queue_valid_mutations(parent: tuple[OpenProfile, str, str],
                                                           note: dict[str, Any], report: dict[str, Any]) -> None:
    opened, doc_id, task_id = parent
    before = _last_seq(opened)
    note_record = _accepted(NoteRecord, {**note, "document_id": doc_id})
    report_record = _accepted(ReportRecord, {**report, "task_id": task_id})
    assume(_store(lambda: opened.store.add_note(note_record)))
    assume(_store(lambda: opened.store.add_report(report_record)))
    _assert_wire_valid(_new_entries(opened, before))


@settings(SETTINGS, max_examples=40)
@given(docs=st.lists(documents, min_size=1, max_size=2), task_list=st.lists(tasks, max_size=2),
       note_list=st.lists(notes, max_size=2), report_list=st.lists(reports, max_size=2))
def test_an_imported_bundle_queues_only_valid_mutations(
    opened: OpenProfile, tmp_path: Path, docs: list[dict[str, Any]], task_list: list[dict[str, Any]],
    note_list: list[dict[str, Any]], report_list: list[dict[str, Any]],
) -> None:
    # Bundle ids are the author's own words; each example gets fresh ones so they never clash with earlier ones.
    run = next(_COUNTER)
    docs = [{**d, "id": f"doc-{run}-{i}"} for i, d in enumerate(docs)]
    task_list = [{**t, "id": f"task-{run}-{i}"} for i, t in enumerate(task_list)]
    note_list = [{**n, "document_id": f"doc-{run}-0"} for n in note_list]
    report_list = [{**r, "task_id": f"task-{run}-0"} for r in report_list] if task_list else []
    path = tmp_path / f"bundle-{run}.json"
    path.write_text(json.dumps({"documents": docs, "tasks": task_list, "notes": note_list, "reports": report_list},
                               ensure_ascii=False), encoding="utf-8")
    before = _last_seq(opened)
    try:
        import_bundle(opened.store, read_bundle(path))
    except ImportFileError as refused:
        # Refused whole is fine, unless the reason is the store's last-line check: the models and the wire disagree.
        assert all(p.code != InvalidChangeError.code for p in refused.problems), refused
        assume(False)
    _assert_wire_valid(_new_entries(opened, before))


def test_a_record_the_wire_would_refuse_is_refused_at_save(opened: OpenProfile) -> None:
    # NaN cannot travel in JSON: it is refused by the model, before anything is stored.
    with pytest.raises(ValidationError):
        ReportRecord(task_id=str(uuid.uuid4()), text="x", author_name="Minh", figures={"Hộ": float("nan")})
    with pytest.raises(ValidationError):
        DocumentRecord(kind="incoming", doc_type="Công văn", summary="x" * 2001)
    # A record that slipped past its model (built without validation) is still refused by the store, whole.
    unchecked = DocumentRecord.model_construct(**DocumentRecord(kind="incoming", doc_type="Công văn",
                                                                summary="x").__dict__ | {"summary": "x" * 2001})
    with pytest.raises(InvalidChangeError, match="summary"):
        opened.store.add_document(unchecked)
    assert opened.store.pending_changes() == 0 and opened.store.count_documents() == 0


def test_outbox_rows_of_older_versions_still_become_wire_fields() -> None:
    # Written before entries were stored in wire shape: the local record's own dump.
    old = {"id": str(uuid.uuid4()), "kind": "incoming", "doc_type": "Công văn", "summary": "Về việc họp",
           "recipients": ["UBND xã"], "secrecy": 0, "urgency": 1, "handler_id": None, "owner_unit_id": None,
           "arrival_number": 3, "status": "received"}
    fields = wire_fields("document", "create", old)
    assert fields["recipients"] == [{"name": "UBND xã"}] and "id" not in fields and "handler_id" not in fields
    FIELD_MODELS["document"].model_validate(fields)
    report = {"id": str(uuid.uuid4()), "task_id": str(uuid.uuid4()), "text": "Đạt", "figures": {"Hộ": 3.0},
              "author_name": "Minh", "created_at": "2025-03-01T08:00:00", "evidence": []}
    FIELD_MODELS["task_report"].model_validate(wire_fields("task_report", "append", report))

"""The whole check of a read bundle against the cache, before anything is stored.

It sorts every valid item into new or already present (`import_identity.py`), and finds every problem that needs
the cache: an id that already names a different record, two items that are the same record, a note or report that
points at nothing, and whatever the store itself would refuse (`CacheStore.check_*`: the secrecy ceiling, what
the server would not accept, and any refusal added there later), each placed at its item and, when the refusal
names one field (`params["field"]`, or `params["fields"]` with one name), at that field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, Table

from client.cache.bundle_file import SECTIONS, Bundle, BundleItem, Counts, ImportProblem
from client.cache.errors import CacheError
from client.cache.import_identity import (
    DOCUMENT_KEY_COLUMNS,
    TASK_KEY_COLUMNS,
    Key,
    Row,
    all_rows,
    describe_document_key,
    document_key,
    norm,
    note_key,
    plain,
    report_key,
    rows_by_id,
    rows_where_in,
    task_key,
)
from client.cache.schema import document_notes, documents, task_reports, tasks
from client.cache.store import CacheStore


def _same_document(record: Mapping[str, Any], row: Row) -> bool:
    # A number given later, or a summary corrected since the import, must not make the import's own document a
    # stranger; two different documents under one made-up id ("1" in two bundles) still differ here.
    if plain(record["kind"]) != row["kind"]:
        return False
    numbers = norm(record.get("number_symbol")), norm(row["number_symbol"])
    if all(numbers):
        return numbers[0] == numbers[1]
    return norm(record.get("summary")) == norm(row["summary"])


def _same(*columns: str) -> Callable[[Mapping[str, Any], Row], bool]:
    return lambda record, row: all(norm(str(record.get(c) or "")) == norm(str(row[c] or "")) for c in columns)


@dataclass(frozen=True)
class _Section:
    name: str
    noun: str
    table: Table
    same: Callable[[Mapping[str, Any], Row], bool]
    key: Callable[[Mapping[str, Any]], Key]
    key_columns: tuple[str, ...]
    describe_key: Callable[[Key], str]
    reference: tuple[str, str] | None = None  # the field and the section it points into


_SECTIONS = {
    "documents": _Section("documents", "document", documents, _same_document, document_key, DOCUMENT_KEY_COLUMNS,
                          describe_document_key),
    "tasks": _Section("tasks", "task", tasks, _same("resolution_number", "title"), task_key, TASK_KEY_COLUMNS,
                      lambda _: "same resolution and title"),
    "notes": _Section("notes", "note", document_notes, _same("document_id", "text"), note_key,
                      ("id", "document_id", "text"), lambda _: "same document and text", ("document_id", "documents")),
    "reports": _Section("reports", "report", task_reports, _same("task_id", "text"), report_key,
                        ("id", "task_id", "period_label", "text"), lambda _: "same task, period and text",
                        ("task_id", "tasks")),
}


@dataclass
class ImportPlan:
    """What a checked bundle would store (the new items of each section), what is already here, and its problems."""

    new: dict[str, list[BundleItem[Any]]] = field(default_factory=lambda: {s: [] for s in SECTIONS})
    present: Counts = field(default_factory=Counts)
    problems: list[ImportProblem] = field(default_factory=list)
    # Ids a note or report may point at: the bundle's own valid items (new or already present) and the cache's.
    known_ids: dict[str, set[str]] = field(default_factory=lambda: {s: set() for s in SECTIONS})

    def counts(self) -> Counts:
        return Counts(*(len(self.new[s]) for s in SECTIONS))

    def place_of(self, error: CacheError) -> ImportProblem | None:
        """The item a refusal raised while storing is about, when it names one of the new records."""
        record_id = error.params.get("record_id")
        for section in SECTIONS:
            for item in self.new[section]:
                if item.record.id == record_id:
                    return _problem(section, item, error)
        return None


def check_bundle(store: CacheStore, bundle: Bundle) -> ImportPlan:
    """Check every item of the bundle against the cache and the store's rules; store nothing."""
    plan = ImportPlan(problems=list(bundle.problems))
    present: dict[str, int] = {}
    with store.engine.connect() as connection:
        for name in SECTIONS:
            present[name] = _sort_section(connection, _SECTIONS[name], getattr(bundle, name), bundle, plan)
    plan.present = Counts(**present)
    checks: dict[str, Callable[[BundleItem[Any]], None]] = {
        "documents": lambda item: store.check_document(item.record, item.files),
        "tasks": lambda item: store.check_task(item.record),
        "notes": lambda item: store.check_note(item.record),
        "reports": lambda item: store.check_report(item.record),
    }
    for name in SECTIONS:
        for item in plan.new[name]:
            try:
                checks[name](item)
            except CacheError as error:
                plan.problems.append(_problem(name, item, error))
    return plan


def _sort_section(connection: Connection, section: _Section, items: list[BundleItem[Any]], bundle: Bundle,
                  plan: ImportPlan) -> int:
    """Put each item of one section into the plan as new, already present, or a problem; return how many are
    present."""
    if section.reference is not None:
        items = _pointing_somewhere(connection, section, items, bundle, plan)
    with_id = [item for item in items if item.given_id is not None]
    cached = rows_by_id(connection, section.table, [item.record.id for item in with_id],
                        section.key_columns[1:])
    without_id = [item for item in items if item.given_id is None]
    keys_here: set[Key] = set()
    if without_id:
        if section.reference is None:
            rows = all_rows(connection, section.table, section.key_columns)
        else:
            field_name = section.reference[0]
            rows = rows_where_in(connection, section.table, field_name,
                                 {getattr(item.record, field_name) for item in without_id}, section.key_columns)
        keys_here = {section.key(row) for row in rows}
    first_with_key: dict[Key, int] = {}
    present = 0
    for item in items:
        fields = item.record.model_dump()
        if item.given_id is not None:
            row = cached.get(item.record.id)
            if row is not None and not section.same(fields, row):
                plan.problems.append(ImportProblem(
                    (section.name, item.index, "id"),
                    f"the id {item.given_id!r} already names another {section.noun} in this cache "
                    f"({_describe(row)}); give this {section.noun} an id of its own", "id_taken"))
                continue
        else:
            key = section.key(fields)
            if key in first_with_key:
                plan.problems.append(ImportProblem(
                    (section.name, item.index),
                    f"the same {section.noun} as {section.name}[{first_with_key[key]}] ({section.describe_key(key)}); "
                    f"give each an \"id\" if they are different {section.noun}s", "duplicate"))
                continue
            first_with_key[key] = item.index
            row = {} if key in keys_here else None
        plan.known_ids[section.name].add(item.record.id)
        if row is None:
            plan.new[section.name].append(item)
        else:
            present += 1
    return present


def _pointing_somewhere(connection: Connection, section: _Section, items: list[BundleItem[Any]], bundle: Bundle,
                        plan: ImportPlan) -> list[BundleItem[Any]]:
    """The items whose document or task is in the bundle or in the cache; a problem for each of the others."""
    assert section.reference is not None
    field_name, target = section.reference
    in_bundle = plan.known_ids[target] | bundle.named_ids[target]
    elsewhere = {getattr(item.record, field_name) for item in items} - in_bundle
    known = in_bundle | set(rows_by_id(connection, _SECTIONS[target].table, elsewhere, ()))
    kept = []
    for item in items:
        if getattr(item.record, field_name) in known:
            kept.append(item)
        else:
            noun = _SECTIONS[target].noun
            plan.problems.append(ImportProblem(
                (section.name, item.index, field_name),
                f"no {noun} with the id {item.given_reference!r} in this bundle or in this cache", f"unknown_{noun}"))
    return kept


def _describe(row: Row) -> str:
    for name in ("number_symbol", "summary", "title", "text"):
        if row.get(name):
            text = str(row[name])
            return text if len(text) <= 60 else text[:57] + "..."
    return str(row["id"])


def _problem(section: str, item: BundleItem[BaseModel], error: CacheError) -> ImportProblem:
    # A refusal that names one field ("field", or "fields" with one name) is placed on it; else on the item.
    named = error.params.get("field") or error.params.get("fields")
    if isinstance(named, list | tuple) and len(named) == 1:
        named = named[0]
    path = (section, item.index, named) if isinstance(named, str) else (section, item.index)
    return ImportProblem(path, str(error), error.code)

"""Import bundles: a JSON file of documents (with attachment files beside it), tasks, notes and reports.

The whole bundle is validated before anything is stored, and every problem is reported with its place in the
file (`documents[3].secrecy: ...`), so an import either stores everything or nothing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from client.cache.errors import CacheError, SecrecyCeilingError
from client.cache.records import DocumentRecord, NoteRecord, ReportRecord, TaskRecord
from client.cache.store import CacheStore, NewDocument

MAX_BUNDLE_BYTES = 512 * 1024 * 1024
M = TypeVar("M", bound=BaseModel)
# Bundle authors link notes and reports to their records by ids they make up ("doc-1"); the server takes only
# UUIDs, so such an id becomes a UUID derived from it, the same one wherever the bundle names it.
BUNDLE_ID_NAMESPACE = uuid.UUID("8d3c3b9e-2f0a-4e57-b7c1-6a2f5d9e4c11")
_ID_KEYS = ("id", "document_id", "task_id")


def bundle_id(value: str) -> str:
    """The record id an import file's own id stands for: a UUID as given, any other text mapped to one."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return str(uuid.uuid5(BUNDLE_ID_NAMESPACE, value))


class ImportFileError(CacheError):
    """The import file cannot be used; the message lists every problem found."""

    code = "import_file"


@dataclass
class Bundle:
    documents: list[NewDocument] = field(default_factory=list)
    tasks: list[TaskRecord] = field(default_factory=list)
    notes: list[NoteRecord] = field(default_factory=list)
    reports: list[tuple[ReportRecord, list[Path]]] = field(default_factory=list)


@dataclass
class ImportResult:
    documents: int
    tasks: int
    notes: int
    reports: int


def read_bundle(path: Path) -> Bundle:
    """Parse and validate an import file; raise ImportFileError listing every problem."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise ImportFileError(f"{path} is larger than {MAX_BUNDLE_BYTES // 2**20} MiB; split it into parts.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ImportFileError(f"The import file {path} does not exist.") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFileError(f"{path} is not a valid UTF-8 JSON file: {error}") from error
    if isinstance(data, list):
        data = {"documents": data}
    if not isinstance(data, dict):
        raise ImportFileError(f"{path} must hold a JSON object with 'documents', 'tasks', 'notes' or 'reports'.")
    unknown = set(data) - {"documents", "tasks", "notes", "reports"}
    if unknown:
        raise ImportFileError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}.")

    problems: list[str] = []
    base = path.parent
    bundle = Bundle()
    for where, item in _items(data, "documents", problems):
        files = _files(item, "attachments", base, where, problems)
        record = _validate(DocumentRecord, item, where, problems)
        if record is not None:
            bundle.documents.append(NewDocument(record, files))
    for where, item in _items(data, "tasks", problems):
        task = _validate(TaskRecord, item, where, problems)
        if task is not None:
            bundle.tasks.append(task)
    for where, item in _items(data, "notes", problems):
        note = _validate(NoteRecord, item, where, problems)
        if note is not None:
            bundle.notes.append(note)
    for where, item in _items(data, "reports", problems):
        files = _files(item, "evidence", base, where, problems)
        report = _validate(ReportRecord, item, where, problems)
        if report is not None:
            bundle.reports.append((report, files))
    if problems:
        shown = problems[:50]
        more = f"\n... and {len(problems) - 50} more" if len(problems) > 50 else ""
        raise ImportFileError(f"{path} was not imported; nothing was stored. Problems:\n" + "\n".join(shown) + more)
    return bundle


def import_bundle(store: CacheStore, bundle: Bundle) -> ImportResult:
    """Store a validated bundle: every secrecy level is checked first, so a refused record stores nothing."""
    above = [
        f"documents[{i}] ({item.record.number_symbol or item.record.summary[:40]}): {item.record.secrecy.label_vi}"
        for i, item in enumerate(bundle.documents)
        if item.record.secrecy > store.ceiling
    ] + [
        f"tasks[{i}] ({t.title[:40]}): {t.secrecy.label_vi}"
        for i, t in enumerate(bundle.tasks)
        if t.secrecy > store.ceiling
    ]
    if above:
        raise SecrecyCeilingError(
            f"Nothing was imported: these records are classified above what this unit may hold "
            f"({store.ceiling.label_vi}):\n" + "\n".join(above)
        )
    store.refuse_secret_content(bundle.documents)  # a secret document is a register entry only (Law 117/2025)
    documents = store.add_documents(bundle.documents)
    tasks = store.add_tasks(bundle.tasks)
    for note in bundle.notes:
        store.add_note(note)
    for report, files in bundle.reports:
        store.add_report(report, files)
    return ImportResult(documents, tasks, len(bundle.notes), len(bundle.reports))


def _items(data: dict[str, Any], section: str, problems: list[str]) -> list[tuple[str, dict[str, Any]]]:
    items = data.get(section, [])
    if not isinstance(items, list):
        problems.append(f"{section}: must be a list")
        return []
    found = []
    for i, item in enumerate(items):
        if isinstance(item, dict):
            item = {k: bundle_id(v) if k in _ID_KEYS and isinstance(v, str) and v.strip() else v
                    for k, v in item.items()}
            found.append((f"{section}[{i}]", item))
        else:
            problems.append(f"{section}[{i}]: must be an object")
    return found


def _files(item: dict[str, Any], key: str, base: Path, where: str, problems: list[str]) -> list[Path]:
    names = item.pop(key, [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        problems.append(f"{where}.{key}: must be a list of file paths")
        return []
    files = [(base / name) for name in names]
    problems += [f"{where}.{key}: file {f} does not exist" for f in files if not f.is_file()]
    return files


def _validate(model: type[M], item: dict[str, Any], where: str, problems: list[str]) -> M | None:
    try:
        return model.model_validate(item)
    except ValidationError as error:
        for e in error.errors():
            place = ".".join(str(p) for p in e["loc"])
            problems.append(f"{where}{'.' + place if place else ''}: {e['msg']}")
        return None

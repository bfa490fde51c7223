"""An import bundle as read from its file: the valid items of each section, and every problem found without the
cache, each with its place (item index, field path, and the line of the JSON text).

A bundle is a JSON object with `documents` (each with `attachments`: files relative to the bundle), `tasks`,
`notes` and `reports` (each with `evidence` files); a bare list is read as documents.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from client.cache.errors import CacheError
from client.cache.located_json import LocatedJson
from client.cache.records import DocumentRecord, NoteRecord, ReportRecord, TaskRecord

MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_PROBLEMS_SHOWN = 50
SECTIONS = ("documents", "tasks", "notes", "reports")
M = TypeVar("M", bound=BaseModel)
# Bundle authors link notes and reports to their records by ids they make up ("doc-1"); the server takes only
# UUIDs, so such an id becomes a UUID derived from it, the same one wherever the bundle names it.
BUNDLE_ID_NAMESPACE = uuid.UUID("8d3c3b9e-2f0a-4e57-b7c1-6a2f5d9e4c11")
_ID_KEYS = ("id", "document_id", "task_id")
_REFERENCE = {"notes": "document_id", "reports": "task_id"}
_FILES = {"documents": "attachments", "reports": "evidence"}
_MODELS: dict[str, type[BaseModel]] = {"documents": DocumentRecord, "tasks": TaskRecord, "notes": NoteRecord,
                                       "reports": ReportRecord}


def bundle_id(value: str) -> str:
    """The record id an import file's own id stands for: a UUID as given, any other text mapped to one."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return str(uuid.uuid5(BUNDLE_ID_NAMESPACE, value))


JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with a bundle, and where: the item and field path, and the line of the JSON text."""

    path: JsonPath
    message: str
    code: str = "invalid"
    line: int | None = None

    @property
    def where(self) -> str:
        """The path as a reader writes it: `documents[3].recipients[0]`."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else f"{'.' if text else ''}{part}"
        return text or "the file"

    def as_dict(self) -> dict[str, Any]:
        return {"where": self.where, "line": self.line, "code": self.code, "message": self.message}

    def __str__(self) -> str:
        return f"{f'line {self.line}: ' if self.line else ''}{self.where}: {self.message}"


class ImportFileError(CacheError):
    """The bundle cannot be imported and nothing of it was stored; `problems` names each reason and its place."""

    code = "import_file"

    def __init__(self, message: str, problems: Sequence[ImportProblem] = ()) -> None:
        self.problems = list(problems)
        super().__init__(message, text=message, problems=[p.as_dict() for p in self.problems])


R = TypeVar("R", bound=BaseModel)


@dataclass
class BundleItem(Generic[R]):
    """One valid item of a section, with the words the bundle used for its id and its reference (`doc-1`)."""

    index: int
    record: R
    files: list[Path] = field(default_factory=list)
    given_id: str | None = None
    given_reference: str | None = None


@dataclass
class Bundle:
    """A read bundle: its valid items, and the problems found without the cache (the rest are found at import)."""

    source: Path
    documents: list[BundleItem[DocumentRecord]] = field(default_factory=list)
    tasks: list[BundleItem[TaskRecord]] = field(default_factory=list)
    notes: list[BundleItem[NoteRecord]] = field(default_factory=list)
    reports: list[BundleItem[ReportRecord]] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    # Ids named by every item of a section, valid or not: a note on a document that has a problem of its own is
    # not reported a second time as pointing nowhere.
    named_ids: dict[str, set[str]] = field(default_factory=lambda: {s: set() for s in SECTIONS})
    text: str = ""
    bare_list: bool = False

    def refusal(self, problems: Sequence[ImportProblem]) -> ImportFileError:
        """The error that refuses this bundle for these problems, each placed on its line, in file order."""
        lines = _lines(self.text)
        placed = []
        for problem in problems:
            path = problem.path[1:] if self.bare_list and problem.path[:1] == ("documents",) else problem.path
            placed.append(ImportProblem(problem.path, problem.message, problem.code,
                                        lines.line(path) if lines is not None else None))
        placed.sort(key=_file_order)
        shown = "\n".join(str(p) for p in placed[:MAX_PROBLEMS_SHOWN])
        more = f"\n... and {len(placed) - MAX_PROBLEMS_SHOWN} more" if len(placed) > MAX_PROBLEMS_SHOWN else ""
        return ImportFileError(f"{self.source} was not imported; nothing was stored. {len(placed)} problem(s):\n"
                               f"{shown}{more}", placed)


@dataclass(frozen=True)
class Counts:
    """So many items of each section."""

    documents: int = 0
    tasks: int = 0
    notes: int = 0
    reports: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def total(self) -> int:
        return self.documents + self.tasks + self.notes + self.reports


def read_bundle(path: Path) -> Bundle:
    """Read an import file and check each item on its own; raise ImportFileError only when the file as a whole
    cannot be read. Problems of items are kept in the bundle and reported, with the cache's, by `import_bundle`."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise _unreadable(path, f"is larger than {MAX_BUNDLE_BYTES // 2**20} MiB; split it into parts",
                              "too_large")
        # utf-8-sig: Notepad on Windows may start a UTF-8 file with a byte order mark.
        text = path.read_bytes().decode("utf-8-sig")
        data = json.loads(text)
    except FileNotFoundError as error:
        raise _unreadable(path, "does not exist", "not_found") from error
    except IsADirectoryError as error:
        raise _unreadable(path, "is a folder; name the bundle's JSON file", "unreadable") from error
    except PermissionError as error:  # also what Windows says for a folder
        raise _unreadable(path, f"cannot be read: {error.strerror}", "unreadable") from error
    except UnicodeDecodeError as error:
        raise _unreadable(path, f"is not a valid UTF-8 JSON file: {error}", "not_json") from error
    except json.JSONDecodeError as error:
        raise _unreadable(path, f"is not a valid UTF-8 JSON file: {error}", "not_json", error.lineno) from error
    except RecursionError as error:
        raise _unreadable(path, "is nested too deeply to be an import bundle", "not_a_bundle") from error
    bundle = Bundle(source=path, text=text, bare_list=isinstance(data, list))
    if bundle.bare_list:
        data = {"documents": data}
    if not isinstance(data, dict):
        raise _unreadable(path, "must hold a JSON object with 'documents', 'tasks', 'notes' or 'reports'",
                          "not_a_bundle", 1)
    bundle.problems += [ImportProblem((name,), f"unknown section {name!r}; a bundle has {', '.join(SECTIONS)}",
                                      "unknown_section") for name in sorted(set(data) - set(SECTIONS))]
    for section in SECTIONS:
        _read_section(bundle, section, data.get(section, []), path.parent)
    return bundle


def _unreadable(path: Path, reason: str, code: str, line: int | None = None) -> ImportFileError:
    """The file as a whole cannot be a bundle: one problem, of the file, nothing stored."""
    problem = ImportProblem((), reason, code, line)
    return ImportFileError(f"{path} was not imported; nothing was stored. The import file {path} {reason}.", [problem])


def _read_section(bundle: Bundle, section: str, items: Any, base: Path) -> None:
    if not isinstance(items, list):
        bundle.problems.append(ImportProblem((section,), "must be a list"))
        return
    first_with_id: dict[str, int] = {}
    for index, raw in enumerate(items):
        where: JsonPath = (section, index)
        if not isinstance(raw, dict):
            bundle.problems.append(ImportProblem(where, "must be an object"))
            continue
        given_id = _text(raw.get("id"))
        if given_id is not None:
            record_id = bundle_id(given_id)
            bundle.named_ids[section].add(record_id)
            if record_id in first_with_id:
                bundle.problems.append(ImportProblem(
                    (*where, "id"), f"the id {given_id!r} is already used by {section}[{first_with_id[record_id]}]; "
                    "give each item its own id", "duplicate"))
                continue
            first_with_id[record_id] = index
        item = {k: bundle_id(v) if k in _ID_KEYS and _text(v) is not None else v for k, v in raw.items()}
        files = _files(item, section, base, where, bundle.problems)
        record = _validate(_MODELS[section], item, where, bundle.problems)
        if record is not None:
            reference = _REFERENCE.get(section)
            getattr(bundle, section).append(BundleItem(index, record, files, given_id,
                                                       _text(raw.get(reference)) if reference else None))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _files(item: dict[str, Any], section: str, base: Path, where: JsonPath,
           problems: list[ImportProblem]) -> list[Path]:
    key = _FILES.get(section)
    if key is None:
        return []
    names = item.pop(key, [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        problems.append(ImportProblem((*where, key), "must be a list of file paths"))
        return []
    files = [base / name for name in names]
    seen: dict[Path, int] = {}
    for i, file in enumerate(files):
        if not file.is_file():
            problems.append(ImportProblem((*where, key, i), f"file {file} does not exist", "missing_file"))
        elif file.resolve() in seen:
            problems.append(ImportProblem((*where, key, i), f"the same file as {key}[{seen[file.resolve()]}]",
                                          "duplicate"))
        else:
            seen[file.resolve()] = i
    return files


def _validate(model: type[M], item: dict[str, Any], where: JsonPath, problems: list[ImportProblem]) -> M | None:
    try:
        return model.model_validate(item)
    except ValidationError as error:
        for e in error.errors():
            problems.append(ImportProblem((*where, *e["loc"]), e["msg"]))
        return None


def _lines(text: str) -> LocatedJson | None:
    try:
        return LocatedJson(text) if text else None
    except (ValueError, RecursionError):
        return None  # the text parsed once already; without places the problems are still named by path


def _file_order(problem: ImportProblem) -> tuple[int, int]:
    path = problem.path
    section = SECTIONS.index(path[0]) if path and path[0] in SECTIONS else -1
    index = path[1] if len(path) > 1 and isinstance(path[1], int) else -1
    return section, index

"""What a sync run changed, so the window refreshes only the views it touched and the tray says what is new (no Qt).

`TouchRecorder` is the cache replica the office session hands to the engine: it notes which kinds of records each
page and each push answer carried. The news queries run on the sync thread after a run.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from client.cache.replica import CacheReplica
from client.cache.schema import documents, tasks
from client.cache.store import CacheStore
from sync.engine.replica import IncomingChange
from sync.protocol.lifecycle import CLOSED_STATUSES, TASK_FINISHED

DOCUMENT_KINDS = ("incoming", "outgoing", "draft")
_CLOSED = [str(s) for s in CLOSED_STATUSES]


class TouchRecorder(CacheReplica):
    """A CacheReplica that remembers which views the records it stored belong to."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._touched: set[str] = set()
        self._lock = threading.Lock()

    def take(self) -> set[str]:
        """The views touched since the last call: document kinds, "tasks", "notes", "conflicts"."""
        with self._lock:
            touched, self._touched = self._touched, set()
        return touched

    def _note(self, names: set[str]) -> None:
        with self._lock:
            self._touched |= names

    def apply_snapshot_page(self, items: list[IncomingChange], cursor: int, next_token: str | None) -> None:
        super().apply_snapshot_page(items, cursor, next_token)
        self._note(views_of(items))

    def apply_changes(self, changes: list[IncomingChange], cursor: int) -> None:
        super().apply_changes(changes, cursor)
        self._note(views_of(changes))

    def apply_staged_removals(self) -> int:
        removed = super().apply_staged_removals()
        if removed:
            # A staged removal does not say its kind: every list may have lost rows.
            self._note(set(DOCUMENT_KINDS) | {"tasks", "notes", "conflicts"})
        return removed

    def store_answers(self, answers: list[tuple[int, dict[str, Any]]]) -> None:
        super().store_answers(answers)
        names: set[str] = set()
        for _seq, result in answers:
            if result.get("status") == "conflict":
                names.add("conflicts")
            record = result.get("record") or {}
            if record.get("kind") in DOCUMENT_KINDS:
                names.add(record["kind"])  # e.g. the server gave the arrival or outgoing number
        self._note(names)


def views_of(changes: list[IncomingChange]) -> set[str]:
    """The views that show the records of these feed entries."""
    names: set[str] = set()
    for change in changes:
        if change.entity == "document":
            kind = (change.record or {}).get("kind")
            names |= {kind} if kind in DOCUMENT_KINDS else set(DOCUMENT_KINDS)  # a removal does not say its kind
        elif change.entity in ("document_note", "document_event"):
            names.add("notes")  # the document pane's trail
        elif change.entity in ("task", "task_report"):
            names.add("tasks")
    return names


def incoming_watermark(store: CacheStore) -> int:
    """The newest document row now, so that rows added by a run can be told apart afterwards."""
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.max(documents.c.rid))).scalar() or 0)


def new_incoming(store: CacheStore, watermark: int, limit: int = 5) -> tuple[int, list[str]]:
    """How many unread incoming documents arrived after the watermark, and the first few as "number — summary"."""
    where = (documents.c.rid > watermark, documents.c.kind == "incoming", documents.c.unread.is_(True))
    with store.engine.connect() as conn:
        count = int(conn.execute(select(func.count()).select_from(documents).where(*where)).scalar_one())
        rows = conn.execute(select(documents.c.number_symbol, documents.c.summary).where(*where)
                            .order_by(documents.c.rid.desc()).limit(limit)).all()
    return count, [f"{number or '–'} — {summary}" for number, summary in rows]


@dataclass(frozen=True)
class Deadlines:
    """Open documents and tasks whose deadline falls within the next days (today included)."""

    documents: list[tuple[str, str, date]] = field(default_factory=list)  # id, "number — summary", deadline
    tasks: list[tuple[str, str, date]] = field(default_factory=list)


def near_deadlines(store: CacheStore, days: int, today: date | None = None, limit: int = 50) -> Deadlines:
    """What is due soon and not finished, for the tray's reminder."""
    today = today or date.today()
    until = today + timedelta(days=days)
    with store.engine.connect() as conn:
        docs = conn.execute(select(documents.c.id, documents.c.number_symbol, documents.c.summary,
                                   documents.c.deadline)
                            .where(documents.c.deadline.between(today, until), documents.c.status.not_in(_CLOSED))
                            .order_by(documents.c.deadline).limit(limit)).all()
        due = conn.execute(select(tasks.c.id, tasks.c.title, tasks.c.deadline)
                           .where(tasks.c.deadline.between(today, until),
                                  tasks.c.status.not_in([str(s) for s in TASK_FINISHED]))
                           .order_by(tasks.c.deadline).limit(limit)).all()
    return Deadlines([(r[0], f"{r[1] or '–'} — {r[2]}", r[3]) for r in docs], [(r[0], r[1], r[2]) for r in due])

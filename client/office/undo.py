"""Undo before the server has it: every unsent change of a document taken back (the SQL is in the cache's
replica_undo.py; here the run lock, the refusal and the views made stale).

An outbox entry carries no "being pushed" mark: a push reads pending entries, sends them, and removes them when
the answer is stored. So the undo takes the sync's run lock (the `sync.lock` file every run holds, across threads
and processes) with no wait: while it is held no run can start, and while a run holds it the undo is refused as
"sync_busy" instead of taking back entries that may be on the wire.
"""

from __future__ import annotations

from client.cache.replica import CacheReplica
from client.cache.replica_undo import UndoOutcome
from client.office.changes import DOCUMENT_VIEWS, Changes
from client.office.errors import OfficeError
from sync.engine.runlock import RunLock


def undo(replica: CacheReplica, doc_id: str) -> Changes:
    """Take back the document's unsent changes; raises OfficeError "already_sent" when none is waiting."""
    with RunLock(replica.run_lock_path, 0):
        outcome = replica.undo_unsent(doc_id)
    if not outcome.undone:
        raise OfficeError("already_sent", "nothing of this document waits to be sent: its changes have reached "
                                          "the server and cannot be undone here", id=doc_id)
    return changes_of(outcome)


def changes_of(outcome: UndoOutcome) -> Changes:
    """The document's list (every list when it left this computer), its notes, the counts."""
    views = set(DOCUMENT_VIEWS) if outcome.removed or outcome.kind not in DOCUMENT_VIEWS else {outcome.kind}
    if outcome.notes_removed:
        views.add("notes")
    return Changes(frozenset(views), frozenset({outcome.document_id}), counts=True)

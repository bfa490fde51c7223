"""Push: send the outbox in device-sequence order, exactly once, and store each answer (DESIGN principles 5, 6).

An entry leaves the outbox only in the local transaction that stores the server's answer, so a crash or a lost
answer means the same mutation (same id, same sequence) is sent again and the server returns its stored answer.
A permanent refusal is recorded on the entry and the queue moves on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from sync.engine import inbound
from sync.engine.attachments import Uploader, UploadRefusedError
from sync.engine.errors import ProtocolError, RequestRejectedError
from sync.engine.progress import CancelToken, Progress, ProgressCallback
from sync.engine.replica import PendingMutation, Replica
from sync.engine.transport import Transport
from sync.protocol.mutations import FIELD_MODELS
from sync.protocol.wire import API_PREFIX, Mutation

BATCH = 200


@dataclass
class PushResult:
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0


def check_locally(entry: PendingMutation) -> str | None:
    """The reason the server would refuse this mutation's shape, found before sending it; None when fine."""
    try:
        Mutation.model_validate(entry.wire())
        if entry.op != "delete":
            FIELD_MODELS[entry.entity].model_validate(entry.fields)
    except ValidationError as error:
        err = error.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ()))
        return f"the change cannot be sent as it is ({where}: {err.get('msg')})"
    except KeyError:
        return f"changes to a {entry.entity} are not sent to the server"
    return None


def one_per_record(entries: list[PendingMutation]) -> list[PendingMutation]:
    """The batch up to a second entry for the same record, which waits for the next batch.

    A later edit's base version is the record's version after the earlier edit was applied; sent in the same batch
    it would carry the older version, and the server would see the user's own earlier change as a conflict.
    """
    seen: set[str] = set()
    for position, entry in enumerate(entries):
        if entry.record_id in seen:
            return entries[:position]
        seen.add(entry.record_id)
    return entries


class Pusher:
    """Empties the outbox into the server."""

    def __init__(self, replica: Replica, transport: Transport, uploader: Uploader, *, progress: ProgressCallback,
                 cancel: CancelToken, batch: int = BATCH) -> None:
        self.replica = replica
        self.transport = transport
        self.uploader = uploader
        self.progress = progress
        self.cancel = cancel
        self.batch = batch
        self.result = PushResult()

    def run(self) -> PushResult:
        """Send until the outbox holds nothing pending."""
        total = self.replica.counts().pending
        while True:
            self.cancel.check()
            entries = one_per_record(self.replica.pending_mutations(self.batch))
            if not entries:
                return self.result
            ready = [e for e in entries if self._prepare(e)]
            if ready:
                self._send(ready)
            done = self.result.applied + self.result.conflicts + self.result.rejected
            self.progress(Progress("push", done, max(total, done)))

    def _prepare(self, entry: PendingMutation) -> bool:
        reason = check_locally(entry)
        if reason is None:
            try:
                for ref in entry.attachments:
                    self.uploader.ensure_uploaded(ref)
            except UploadRefusedError as error:
                reason = f"an attached file was refused by the server: {error}"
        if reason is not None:
            self.replica.mark_failed(entry.seq, "local_check", reason)
            self.result.rejected += 1
            return False
        return True

    def _send(self, entries: list[PendingMutation]) -> None:
        try:
            raw = self.transport.post_json(f"{API_PREFIX}/sync/push", {"mutations": [e.wire() for e in entries]})
        except RequestRejectedError as error:
            if error.status not in (400, 413, 415, 422) or len(entries) == 1:
                if len(entries) == 1 and 400 <= error.status < 500:
                    self.replica.mark_failed(entries[0].seq, error.problem_type or str(error.status), str(error))
                    self.result.rejected += 1
                    return
                raise
            # One entry spoils the batch: send them one by one so only that one is refused.
            for entry in entries:
                self._send([entry])
            return
        results = inbound.push_results(raw, [e.mutation_id for e in entries], self.replica.ceiling)
        by_id = {e.mutation_id: e for e in entries}
        answers: list[tuple[int, dict[str, Any]]] = []
        for result in results:
            entry = by_id[result["mutation_id"]]
            if result.get("record") is not None:
                result["record"] = inbound.answer_record(entry.entity, entry.record_id, result["record"],
                                                         self.replica.ceiling, self.replica.unit_id)
            status = result["status"]
            if status == "applied":
                self.result.applied += 1
            elif status == "conflict":
                self.result.conflicts += 1
                if not result.get("conflicting_fields") or result.get("record") is None:
                    raise ProtocolError("a conflict answer without the conflicting fields and the server's record")
            else:
                self.result.rejected += 1
            answers.append((entry.seq, result))
        self.replica.store_answers(answers)

"""Pull: a snapshot for a new cache, then the unit's feed to its end, one page per local transaction.

A dropped link loses at most the page in flight (DESIGN principle 3): every page is stored together with the
cursor (or the snapshot's page token) that follows it, so the next run continues from there. Removals are staged
with their page and applied only at the feed head, after the mass-purge check (principle 8).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sync.engine import inbound
from sync.engine.collector import fewer_collections
from sync.engine.errors import MassPurgeError, RequestRejectedError
from sync.engine.progress import CancelToken, Progress, ProgressCallback
from sync.engine.replica import IncomingChange, Replica
from sync.engine.status import REFUSED_RECORDS
from sync.engine.transport import Transport
from sync.protocol.wire import API_PREFIX, MAX_PAGE

# Below this size a cache is too small for "over half removed" to mean anything unusual.
MASS_PURGE_MIN_RECORDS = 20
# Asked with (records the run would remove, records in the cache); True lets the removal go ahead.
# The status lists the server records refused most recently, up to this many.
REFUSED_KEPT = 100
ConfirmMassPurge = Callable[[int, int], bool]


@dataclass
class PullResult:
    snapshot_records: int = 0
    changes: int = 0
    removed: int = 0
    refused: int = 0  # server records skipped (another unit's, text the cache cannot store): see the status


class Puller:
    """Brings the cache up to the server's feed head, then applies the run's removals if they may go."""

    def __init__(self, replica: Replica, transport: Transport, *, page_size: int = MAX_PAGE,
                 confirm_mass_purge: ConfirmMassPurge | None = None, progress: ProgressCallback,
                 cancel: CancelToken) -> None:
        self.replica = replica
        self.transport = transport
        self.page_size = page_size
        self.confirm_mass_purge = confirm_mass_purge
        self.progress = progress
        self.cancel = cancel
        self.result = PullResult()

    def run(self) -> PullResult:
        """Snapshot if needed, follow the feed until the server says there is no more, then remove what left."""
        with fewer_collections():
            return self._run()

    def _run(self) -> PullResult:
        if self.replica.feed_cursor() is None:
            self._snapshot()
        try:
            self._follow()
        except RequestRejectedError as error:
            if error.status != 409 or not error.problem_type.endswith("cursor-ahead"):
                raise
            # The server was restored from a backup: its feed is behind us. Start again from a snapshot.
            self.replica.reset_feed()
            self._snapshot()
            self._follow()
        self._remove_staged()
        return self.result

    def _snapshot(self) -> None:
        try:
            self._snapshot_pages()
        except BaseException as error:
            # What landed stays, and the next run goes on from the stored token; until then the cache must answer
            # searches and sorted lists as usual, so the indexes the replica deferred are built now (or, if that
            # fails too, when the profile is next opened).
            try:
                self.replica.end_snapshot()
            except Exception as failure:
                error.add_note(f"building the indexes the snapshot deferred failed too: {failure}")
            raise

    def _snapshot_pages(self) -> None:
        position = self.replica.snapshot_position()
        cursor, token = (position if position else (None, None))
        # The next page travels and is checked while this one is stored: the server's work, the validation and
        # SQLite's (which releases the GIL while it writes and encrypts) overlap on their own cores instead of
        # taking turns. One request at a time still: the transport is never shared. A page the checks refuse
        # raises here, from `result()`, with the same error, before anything of it is stored.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="snapshot-fetch") as fetcher:
            self.cancel.check()
            pending = fetcher.submit(self._snapshot_page, token, cursor)
            while True:
                items, cursor, token, refused = pending.result()
                if token is not None:
                    self.cancel.check()
                    pending = fetcher.submit(self._snapshot_page, token, cursor)
                self.replica.apply_snapshot_page(items, cursor, token)
                self._note_refused(refused)
                self.result.snapshot_records += len(items)
                self.progress(Progress("snapshot", self.result.snapshot_records))
                if token is None:
                    return

    def _snapshot_page(self, token: str | None,
                       cursor: int | None) -> tuple[list[IncomingChange], int, str | None, list[inbound.Refused]]:
        """Fetch a snapshot page and check it (inbound.py): the page's items, its cursor, the next token."""
        params: dict[str, str | int] = {"limit": self.page_size}
        if token:
            params["page_token"] = token
        body = self.transport.request("GET", f"{API_PREFIX}/sync/snapshot", params=params).body
        return inbound.read_snapshot_page(body, self.page_size, self.replica.ceiling, cursor, self.replica.unit_id)

    def _follow(self) -> None:
        while True:
            self.cancel.check()
            after = self.replica.feed_cursor() or 0
            answer = self.transport.request("GET", f"{API_PREFIX}/sync/changes",
                                            params={"after": after, "limit": self.page_size})
            changes, cursor, has_more, refused = inbound.read_changes_page(
                answer.body, after, self.page_size, self.replica.ceiling, self.replica.unit_id)
            if changes or cursor != after:
                self.replica.apply_changes(changes, cursor)
                self._note_refused(refused)
                self.result.changes += len(changes)
                self.progress(Progress("pull", self.result.changes))
            if not has_more:
                return

    def _note_refused(self, refused: list[inbound.Refused]) -> None:
        """List the records this page skipped in the status (after the page is stored: the cursor moved past)."""
        if not refused:
            return
        try:
            kept = json.loads(self.replica.get_state(REFUSED_RECORDS) or "[]")
        except ValueError:
            kept = []
        fresh = {(r.entity, r.id) for r in refused}
        kept = [k for k in kept if isinstance(k, dict) and (k.get("entity"), k.get("id")) not in fresh]
        kept += [r.as_dict() for r in refused]
        self.replica.set_state({REFUSED_RECORDS: json.dumps(kept[-REFUSED_KEPT:], ensure_ascii=False)})
        self.result.refused += len(refused)

    def _remove_staged(self) -> None:
        # Counted at the head, over every page of this run and any earlier run that stopped here: a purge spread
        # over many pages is seen whole, and nothing is removed before the answer.
        removing = self.replica.count_staged_removals()
        if not removing:
            return
        total = self.replica.count_records()
        mass = total >= MASS_PURGE_MIN_RECORDS and removing * 2 > total
        if mass and not (self.confirm_mass_purge and self.confirm_mass_purge(removing, total)):
            raise MassPurgeError(removing, total)
        self.result.removed += self.replica.apply_staged_removals()

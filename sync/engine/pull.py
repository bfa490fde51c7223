"""Pull: a snapshot for a new cache, then the unit's feed to its end, one page per local transaction.

A dropped link loses at most the page in flight (DESIGN principle 3): every page is stored together with the
cursor (or the snapshot's page token) that follows it, so the next run continues from there.
"""

from __future__ import annotations

from dataclasses import dataclass

from sync.engine import inbound
from sync.engine.errors import MassPurgeError, RequestRejectedError
from sync.engine.progress import CancelToken, Progress, ProgressCallback
from sync.engine.replica import IncomingChange, Replica
from sync.engine.transport import Transport
from sync.protocol.wire import API_PREFIX, MAX_PAGE

# Below this size a cache is too small for "over half removed" to mean anything unusual.
MASS_PURGE_MIN_RECORDS = 20


@dataclass
class PullResult:
    snapshot_records: int = 0
    changes: int = 0
    removed: int = 0


class Puller:
    """Brings the cache up to the server's feed head."""

    def __init__(self, replica: Replica, transport: Transport, *, page_size: int = MAX_PAGE,
                 allow_mass_purge: bool = False, progress: ProgressCallback, cancel: CancelToken) -> None:
        self.replica = replica
        self.transport = transport
        self.page_size = page_size
        self.allow_mass_purge = allow_mass_purge
        self.progress = progress
        self.cancel = cancel
        self.result = PullResult()
        self._cache_size = replica.count_records()
        self._removing = 0

    def run(self) -> PullResult:
        """Snapshot if needed, then follow the feed until the server says there is no more."""
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
        return self.result

    def _snapshot(self) -> None:
        position = self.replica.snapshot_position()
        cursor, token = (position if position else (None, None))
        while True:
            self.cancel.check()
            params: dict[str, str | int] = {"limit": self.page_size}
            if token:
                params["page_token"] = token
            raw = self.transport.get_json(f"{API_PREFIX}/sync/snapshot", params=params)
            items, page_cursor, token = inbound.snapshot_page(raw, self.page_size, self.replica.ceiling, cursor)
            cursor = page_cursor
            self.replica.apply_snapshot_page(items, cursor, token)
            self.result.snapshot_records += len(items)
            self.progress(Progress("snapshot", self.result.snapshot_records))
            if token is None:
                return

    def _follow(self) -> None:
        while True:
            self.cancel.check()
            after = self.replica.feed_cursor() or 0
            raw = self.transport.get_json(f"{API_PREFIX}/sync/changes",
                                          params={"after": after, "limit": self.page_size})
            changes, cursor, has_more = inbound.changes_page(raw, after, self.page_size, self.replica.ceiling)
            if changes or cursor != after:
                self._check_mass_purge(changes)
                self.replica.apply_changes(changes, cursor)
                self.result.changes += len(changes)
                self.progress(Progress("pull", self.result.changes))
            if not has_more:
                return

    def _check_mass_purge(self, changes: list[IncomingChange]) -> None:
        removals = [(c.entity, c.id) for c in changes if c.op == "remove"]
        if not removals:
            return
        present = self.replica.count_present(removals)
        self._removing += present
        self.result.removed += present
        total = self._cache_size
        if not self.allow_mass_purge and total >= MASS_PURGE_MIN_RECORDS and self._removing * 2 > total:
            raise MassPurgeError(self._removing, total)

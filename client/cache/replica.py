"""The cache side of sync: the engine's `Replica` protocol over the encrypted cache's tables and vault.

The cache replica is also the one place where wire records (sync/protocol/records.py) and cache rows meet: records
from the server become rows, and outbox entries (however the local write paths shaped them) become mutations the
server accepts. Every method that writes does so in one transaction, so a crash leaves either the old or the new
state, never half of a page or an answer without its outbox entry removed. The work is split by job:

- replica_pull.py: snapshot and feed pages, their cursors, the merge with unsent edits
- replica_removals.py: records leaving scope, staged until the feed head, deferred while they hold a change
- replica_push.py: the outbox as mutations, the server's answers, refusals and conflicts
- replica_edits.py: local edits of synced records, decisions on conflicts
- replica_refused.py: changes the server refused, discarded (the server's copy back) or sent again
- replica_undo.py: a document's unsent changes taken back before the server has them
- replica_attachments.py: attachment bytes for upload and after download
- replica_audit.py: document opens queued for the server's audit log
- replica_rows.py: the profile and the row work the others share
This module composes them, and keeps the sync's small state and the session tokens.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, insert, select

from client.cache.errors import CacheError, OfflineLockedError
from client.cache.offline_lock import offline_lock_hours
from client.cache.replica_attachments import AttachmentSide
from client.cache.replica_audit import AuditSide
from client.cache.replica_edits import EditSide, LocalEditError
from client.cache.replica_pull import FEED_CURSOR, SNAPSHOT_CURSOR, SNAPSHOT_TOKEN, PullSide
from client.cache.replica_push import PushSide
from client.cache.replica_refused import RefusedOutcome, RefusedSide
from client.cache.replica_undo import UndoOutcome, UndoSide, Unsent
from client.cache.schema import sync_state
from sync.engine.status import GRACE_HOURS, LAST_ONLINE

if TYPE_CHECKING:  # the wire models (pydantic) load when a command goes online (issue 17)
    from sync.protocol.wire import TokenResponse

__all__ = ["FEED_CURSOR", "RUN_LOCK_FILE", "SNAPSHOT_CURSOR", "SNAPSHOT_TOKEN", "CacheReplica", "LocalEditError",
           "OfflineLockedError", "RefusedOutcome", "UndoOutcome", "Unsent", "offline_lock_hours"]

RUN_LOCK_FILE = "sync.lock"


class CacheReplica(PullSide, PushSide, EditSide, UndoSide, RefusedSide, AttachmentSide, AuditSide):
    """One open profile's cache as the sync engine sees it."""

    @property
    def run_lock_path(self) -> Path:
        return self.opened.folder / RUN_LOCK_FILE

    # -- small state and tokens ---------------------------------------------------------------------------------

    def get_state(self, name: str) -> str | None:
        """A value of the sync's state."""
        with self.engine.connect() as conn:
            return conn.execute(select(sync_state.c.value).where(sync_state.c.name == name)).scalar()

    def set_state(self, values: dict[str, str | None]) -> None:
        """Write several values in one transaction."""
        with self.writer.begin() as conn:
            self._put_state(conn, values)

    def _put_state(self, conn: Connection, values: dict[str, str | None]) -> None:
        now = self.clock()
        for name, value in values.items():
            conn.execute(delete(sync_state).where(sync_state.c.name == name))
            if value is not None:
                conn.execute(insert(sync_state).values(name=name, value=value, updated_at=now))

    def load_tokens(self) -> tuple[str | None, float, str | None]:
        """The session tokens kept inside the encrypted cache."""
        with self.engine.connect() as conn:
            got = dict(conn.execute(select(sync_state.c.name, sync_state.c.value).where(
                sync_state.c.name.in_(["auth.access", "auth.access_expires", "auth.refresh"]))).all())
        return got.get("auth.access"), float(got.get("auth.access_expires") or 0), got.get("auth.refresh")

    def save_tokens(self, access: str, expires_at: float, refresh: str) -> None:
        """Keep a new token pair."""
        self.set_state({"auth.access": access, "auth.access_expires": str(expires_at), "auth.refresh": refresh})

    def bind_account(self, answer: TokenResponse, server_url: str, expires_at: float) -> None:
        """Record an online sign-in: device, tokens, user, unit and the time of this contact."""
        self.set_state({
            "auth.device_id": answer.device_id, "auth.user_id": answer.user.id, "account.unit_id": answer.unit.id,
            "account.server_url": server_url, GRACE_HOURS: str(answer.unit.offline_grace_hours),
            LAST_ONLINE: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "auth.access": answer.access_token, "auth.access_expires": str(expires_at),
            "auth.refresh": answer.refresh_token, "auth.wipe_secret": answer.device_secret,
        })

    def device_id(self) -> str | None:
        """The server's id of this device, once signed in online."""
        return self.get_state("auth.device_id")

    # -- revocation ----------------------------------------------------------------------------------------------

    def wipe(self) -> None:
        """A revoked device: forget the saved key, destroy the wrapped key in profile.json, then delete the files."""
        folder = self.opened.folder
        profile_id = self.opened.info.profile_id
        if self.keyring is not None:
            with suppress(CacheError):
                self.keyring.forget(profile_id)
        profile_file = folder / "profile.json"
        if profile_file.exists():
            # Without the wrapped key the database and vault are unreadable even if deleting fails half-way.
            data = json.loads(profile_file.read_text(encoding="utf-8"))
            data["wrapped_key"] = {"destroyed": True}
            with open(profile_file, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(data))
                handle.flush()
                os.fsync(handle.fileno())
        self.opened.close()
        shutil.rmtree(folder, ignore_errors=True)

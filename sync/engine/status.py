"""The state a window shows: online or not, last successful sync, what is pending or refused, the last error."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from sync.engine.replica import Replica

LAST_SUCCESS = "status.last_success_at"
LAST_ATTEMPT = "status.last_attempt_at"
LAST_ERROR = "status.last_error"
LAST_ERROR_CODE = "status.last_error_code"  # JSON {"code": ..., "params": {...}}: what the GUI words with tr()
ONLINE = "status.online"
LAST_ONLINE = "account.last_online_at"
GRACE_HOURS = "account.offline_grace_hours"
# JSON {sha256: {"name", "code", "reason"}}: the files the last run could not download (tried again next run)
FAILED_ATTACHMENTS = "status.failed_attachments"
# JSON [{"entity", "id", "code", "reason"}]: server records refused and skipped, newest last (see inbound.py)
REFUSED_RECORDS = "status.refused_records"


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot of the sync state of one profile."""

    online: bool | None  # None: no sync has been tried yet
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: str | None
    pending_changes: int
    failed_changes: int
    open_conflicts: int
    failed: list[dict[str, Any]]
    last_error_code: str | None = None
    last_error_params: dict[str, Any] = field(default_factory=dict)
    failed_attachments: list[dict[str, str]] = field(default_factory=list)  # sha256, name, code, reason
    refused_records: list[dict[str, str]] = field(default_factory=list)  # entity, id, code, reason

    @property
    def failing(self) -> bool:
        """The server answers but the last run failed: "sync failing", not "offline"."""
        return bool(self.online) and self.last_error is not None

    def as_dict(self) -> dict[str, Any]:
        """Plain values, for `status --json`."""
        return asdict(self)


def now_iso() -> str:
    """The local clock in UTC; for display only, never for ordering (DESIGN principle 2)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def error_state(error: Exception) -> str:
    """The stored form of a run's error: its code and values (see LAST_ERROR_CODE)."""
    params = {k: v for k, v in (getattr(error, "params", None) or {}).items()
              if isinstance(v, str | int | float | bool) or v is None}
    return json.dumps({"code": getattr(error, "code", "sync_error"), "params": params}, ensure_ascii=False)


def read_status(replica: Replica) -> SyncStatus:
    """The current status of a profile's sync, from its cache alone (works offline)."""
    counts = replica.counts()
    online = replica.get_state(ONLINE)
    last_error = replica.get_state(LAST_ERROR)
    coded: dict[str, Any] = {}
    if last_error is not None:
        try:
            coded = json.loads(replica.get_state(LAST_ERROR_CODE) or "{}")
        except ValueError:
            coded = {}
    return SyncStatus(
        online=None if online is None else online == "1",
        last_success_at=replica.get_state(LAST_SUCCESS),
        last_attempt_at=replica.get_state(LAST_ATTEMPT),
        last_error=replica.get_state(LAST_ERROR),
        pending_changes=counts.pending,
        failed_changes=counts.failed,
        open_conflicts=counts.conflicts,
        failed=replica.failed_changes(),
        last_error_code=coded.get("code") if last_error is not None else None,
        last_error_params=coded.get("params") or {},
        failed_attachments=[{"sha256": sha, **entry} for sha, entry in _json_state(replica, FAILED_ATTACHMENTS,
                                                                                   {}).items()],
        refused_records=list(_json_state(replica, REFUSED_RECORDS, [])),
    )


def _json_state(replica: Replica, name: str, empty: Any) -> Any:
    try:
        value = json.loads(replica.get_state(name) or "null")
    except ValueError:
        return empty
    return value if isinstance(value, type(empty)) else empty


def offline_grace_expired(get_state: Callable[[str], str | None], now: dt.datetime | None = None) -> int | None:
    """The grace period in hours when the last online contact is older than it; None while within it."""
    last = get_state(LAST_ONLINE)
    hours = get_state(GRACE_HOURS)
    if last is None or hours is None:
        return None  # never bound to a server: nothing to lock
    now = now or dt.datetime.now(dt.UTC)
    if now - dt.datetime.fromisoformat(last) > dt.timedelta(hours=int(hours)):
        return int(hours)
    return None

"""The store's side of the register-entry-only rule for secret documents (Law 117/2025/QH15 Art. 5(2)).

The server is the first guard and strips content before it sends a secret document; this module is the second: every
way into the cache (import, the forms, register-from-scan, drafts, conflict decisions, a pulled page) asks it before a
secret document is written. What counts as content is decided once, in `sync/protocol/secrecy.py`; here it is only
applied to the cache's shapes: refused when the user offers it, stripped when a server sends it anyway.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import Connection, select

from client.cache.errors import CacheError
from client.cache.schema import units
from sync.protocol.lifecycle import Refusal
from sync.protocol.secrecy import SECRET_CONTENT, SUMMARY_FIELD, content_fields, is_secret, stub_of

Row = dict[str, Any]
ATTACHMENTS_FIELD = "attachments"


class SecretContentError(CacheError):
    """Content offered for a secret document: refused, nothing of it stored. `params["fields"]` names it."""

    code = SECRET_CONTENT

    def __init__(self, fields: Collection[str], what: str = "") -> None:
        names = sorted(set(fields))
        place = f"{what}: " if what else ""
        super().__init__(f"Not saved: {place}{Refusal(SECRET_CONTENT, {'fields': names})}.", fields=names, what=what)


def summary_allowed(conn: Connection, unit_id: str | None) -> bool:
    """The unit's policy, from its unit record synced into the cache; off when the cache does not know it."""
    if unit_id is None:
        return False
    value = conn.execute(select(units.c.secret_summary_allowed).where(units.c.id == unit_id)).scalar()
    return bool(value)


def offered_content(fields: Mapping[str, Any], *, summary_allowed: bool, files: int = 0) -> list[str]:
    """The content a write would put on a secret document: its content fields, and "attachments" for any file."""
    found = set(content_fields(fields, summary_allowed=summary_allowed))
    if files:
        found.add(ATTACHMENTS_FIELD)
    return sorted(found)


def refuse_content(fields: Mapping[str, Any], *, secrecy: int | None, summary_allowed: bool, files: int = 0,
                   what: str = "") -> None:
    """Raise SecretContentError when a write would put content on a document at this secrecy."""
    if not is_secret(secrecy):
        return
    found = offered_content(fields, summary_allowed=summary_allowed, files=files)
    if found:
        raise SecretContentError(found, what)


def cleared(*, summary_allowed: bool) -> Row:
    """The values that say "no content" to the server and to the cache's NOT NULL summary column."""
    values: Row = {ATTACHMENTS_FIELD: []}
    if not summary_allowed:
        values[SUMMARY_FIELD] = ""
    return values


def stub_record(record: Mapping[str, Any], *, summary_allowed: bool) -> Row:
    """A wire record (or an outbox entry's fields) reduced to its register entry, with content cleared."""
    return stub_of(record, summary_allowed=summary_allowed) | cleared(summary_allowed=summary_allowed)


def strip_if_content(fields: Mapping[str, Any], *, summary_allowed: bool) -> Row | None:
    """`fields` reduced to the register entry when they carry content; None when they carry none (unchanged)."""
    if not content_fields(fields, summary_allowed=summary_allowed):
        return None
    return stub_record(fields, summary_allowed=summary_allowed)

"""The server's tables.

Synced entities share one `records` table: scope, feed and merge work the same for every entity, and the record body
is the validated wire document, kept as JSON text that feed and snapshot pages splice in as stored. Organisation
tables (`units`, `users`, `devices`) are the source of the `unit` and `person` records published into it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite only autoincrements an INTEGER PRIMARY KEY; PostgreSQL gets 64-bit ids.
BigId = BigInteger().with_variant(Integer(), "sqlite")
Json = JSON().with_variant(JSONB(), "postgresql")
Id = String(36)
Tz = DateTime(timezone=True)
USER_AGENT_LENGTH = 200  # a longer header is cut, never refused: it is for the admin's eyes only


def utcnow() -> dt.datetime:
    """The server clock, timezone-aware UTC (only for display and expiry; ordering uses sequence numbers)."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class Unit(Base):
    __tablename__ = "units"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[str | None] = mapped_column(Id, ForeignKey("units.id"), index=True)
    offline_grace_hours: Mapped[int] = mapped_column(Integer, default=72)
    # Secret-document policy (Law 117/2025; DOMAIN.md): both off unless an admin turns them on for the unit.
    secret_summary_allowed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    secret_register_separate: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # How outgoing numbers run (sync.protocol.numbering): "state" per year, "party" per type through the term that
    # began at the congress on `term_start`.
    numbering_scheme: Mapped[str] = mapped_column(String(10), default="state", server_default="state")
    term_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Last sequence number of this unit's feed; bumped under the row lock so feed order equals commit order.
    feed_head: Mapped[int] = mapped_column(BigInteger, default=0)


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    unit_id: Mapped[str] = mapped_column(Id, ForeignKey("units.id"), index=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[list[str]] = mapped_column(Json)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(Tz, default=utcnow)


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    user_id: Mapped[str] = mapped_column(Id, ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(Tz, default=utcnow)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(Tz)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(Tz)
    # Exactly-once push: the highest device_seq applied, written in the same transaction as the change.
    last_device_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    # Copied into each access token; bumping it ends every access token of the device at once (server/sessions.py).
    session_gen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Shared with the device at sign-in; the server's proof of a wipe instruction is an HMAC with it.
    wipe_secret: Mapped[str | None] = mapped_column(String(64))
    # The client's User-Agent (`commune-office/0.2.0`) at its last sign-in or token refresh: which release each PC
    # runs, so that an admin sees which PCs an update has not reached.
    user_agent: Mapped[str | None] = mapped_column(String(USER_AGENT_LENGTH))


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the token; never the token
    device_id: Mapped[str] = mapped_column(Id, ForeignKey("devices.id"), index=True)
    expires_at: Mapped[dt.datetime] = mapped_column(Tz)
    used_at: Mapped[dt.datetime | None] = mapped_column(Tz)
    # The token this one was exchanged for, and when its one repeat after a lost answer was spent.
    successor_hash: Mapped[str | None] = mapped_column(String(64))
    grace_used_at: Mapped[dt.datetime | None] = mapped_column(Tz)
    used_ip: Mapped[str | None] = mapped_column(String(64))  # a repeat from another address is a replay


class LoginAttempt(Base):
    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_key_at", "key", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200))  # user name and client address
    at: Mapped[dt.datetime] = mapped_column(Tz, default=utcnow)
    success: Mapped[bool] = mapped_column(Boolean)


class Record(Base):
    __tablename__ = "records"
    __table_args__ = (Index("ix_records_parent", "parent_id"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[str] = mapped_column(Id, ForeignKey("units.id"), index=True)  # the owner unit
    parent_id: Mapped[str | None] = mapped_column(Id)  # document of a note, task of a report
    secrecy: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(BigInteger, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Plain JSON, not JSONB, on PostgreSQL: the text is kept as written, so the feed and the snapshot send it without
    # PostgreSQL rendering JSONB back to text (3 ms of its CPU per 500-record page) or Python decoding it. No query
    # looks inside it.
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # For field-level merge: the record version at which each field last changed.
    field_versions: Mapped[dict[str, int]] = mapped_column(Json, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(Tz, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(Tz, default=utcnow)


class RecordAudience(Base):
    """Which units may see a record now; computed on every write, already filtered by secrecy ceilings."""

    __tablename__ = "record_audience"
    __table_args__ = (Index("ix_record_audience_record", "record_id"),)

    unit_id: Mapped[str] = mapped_column(Id, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20), primary_key=True)  # in the key so snapshots page in order
    record_id: Mapped[str] = mapped_column(Id, primary_key=True)


class FeedEntry(Base):
    """One unit's change feed; only the newest entry per record is kept, so the feed never outgrows the data."""

    __tablename__ = "feed"
    __table_args__ = (Index("ix_feed_unit_record", "unit_id", "record_id"),)

    unit_id: Mapped[str] = mapped_column(Id, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(Id)
    op: Mapped[str] = mapped_column(String(10))
    version: Mapped[int] = mapped_column(BigInteger)


class AppliedMutation(Base):
    """The stored answer of every mutation a device sent, so that a replay returns it and applies nothing."""

    __tablename__ = "applied_mutations"

    device_id: Mapped[str] = mapped_column(Id, primary_key=True)
    mutation_id: Mapped[str] = mapped_column(Id, primary_key=True)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    result: Mapped[dict[str, Any]] = mapped_column(Json)
    applied_at: Mapped[dt.datetime] = mapped_column(Tz, default=utcnow)


class RegisterCounter(Base):
    """Số đến / số đi: consecutive per unit, register and period, given out by the server so offline PCs never clash.

    `register` and `year` are a `sync.protocol.numbering.Sequence`: the year is the calendar year, or for a Party
    unit's outgoing register ("outgoing:NQ") the year its committee term began.
    """

    __tablename__ = "register_counters"

    unit_id: Mapped[str] = mapped_column(Id, primary_key=True)
    register: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Blob(Base):
    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(Tz, default=utcnow)


class BlobGrant(Base):
    """A unit that proved it holds a blob's bytes by uploading them; only such a unit may attach an unseen hash."""

    __tablename__ = "blob_grants"

    unit_id: Mapped[str] = mapped_column(Id, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)


class AttachmentRefRow(Base):
    """Which records reference which blob; a download is allowed when the unit can see one of them."""

    __tablename__ = "attachment_refs"
    __table_args__ = (Index("ix_attachment_refs_record", "record_id"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(Id, primary_key=True)


class Upload(Base):
    __tablename__ = "uploads"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(127))
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    user_id: Mapped[str] = mapped_column(Id)
    unit_id: Mapped[str] = mapped_column(Id)
    created_at: Mapped[dt.datetime] = mapped_column(Tz, default=utcnow)
    completed_at: Mapped[dt.datetime | None] = mapped_column(Tz)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(Tz, default=utcnow)
    action: Mapped[str] = mapped_column(String(50))
    actor: Mapped[str | None] = mapped_column(String(100))  # user id, or "cli" for the admin command line
    unit_id: Mapped[str | None] = mapped_column(Id)
    device_id: Mapped[str | None] = mapped_column(Id)
    target: Mapped[str | None] = mapped_column(String(200))
    ip: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any] | None] = mapped_column(Json)
    note: Mapped[str | None] = mapped_column(Text)

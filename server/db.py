"""Database engine, sessions, migrations and the retry of transactions that lost a race."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class Database:
    """One engine and two session factories: reads, and writes (which take SQLite's write lock up front)."""

    engine: Engine
    read: sessionmaker[Session]
    write: sessionmaker[Session]
    # The same pool without BEGIN and ROLLBACK on PostgreSQL, for the hot reads (the token check, feed and snapshot
    # pages): each is one statement, or statements that read committed data each on their own snapshot, as they
    # would under READ COMMITTED in a transaction. Two round trips a request fewer. SQLite: the plain engine.
    autocommit: Engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"


def normalize_url(url: str) -> str:
    """Pick psycopg 3 for plain postgresql:// URLs and make SQLite's folder exist."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername.startswith("sqlite") and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    return parsed.render_as_string(hide_password=False)


def json_text(value: Any) -> str:
    """How JSON columns are written: UTF-8 as is and no spaces.

    Record bodies are sent in pages as stored, so this is also their wire form; `\\u` escapes would about
    double the size of Vietnamese text. A lone surrogate cannot be written as UTF-8 and keeps its escape.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, separators=(",", ":"))
    return text


def open_database(url: str, pool_size: int = 10) -> Database:
    """Create the engine for a URL; SQLite gets WAL, foreign keys and a busy timeout."""
    url = normalize_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, json_serializer=json_text, connect_args={"check_same_thread": False,
                                                                             "timeout": 30})
        _tune_sqlite(engine)
    else:
        engine = create_engine(url, json_serializer=json_text, pool_size=pool_size, max_overflow=pool_size,
                               pool_pre_ping=True)
    writer = engine.execution_options(commune_write=True)
    return Database(
        engine=engine,
        read=sessionmaker(engine, expire_on_commit=False),
        write=sessionmaker(writer, expire_on_commit=False),
        autocommit=engine if url.startswith("sqlite") else engine.execution_options(isolation_level="AUTOCOMMIT"),
    )


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself, so writes can take the lock at the start.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # BEGIN IMMEDIATE: a writer waits for the lock at the start instead of failing when it upgrades later.
        write = conn.get_execution_options().get("commune_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def migrate(url: str) -> None:
    """Bring the schema to the newest Alembic revision."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalize_url(url).replace("%", "%%"))
    command.upgrade(config, "head")


def _is_retryable(error: DBAPIError) -> bool:
    code = getattr(error.orig, "sqlstate", None)
    # 40001 serialization failure, 40P01 deadlock, 23505 a concurrent insert of the same key won the race.
    if code in ("40001", "40P01", "23505"):
        return True
    return isinstance(error, OperationalError) and "locked" in str(error.orig).lower()


def in_write_transaction(db: Database, work: Callable[[Session], T], attempts: int = 4) -> T:
    """Run `work` in one write transaction, retrying when the database reports a lost race."""
    for attempt in range(attempts):
        with db.write() as session:
            try:
                result = work(session)
                session.commit()
                return result
            except DBAPIError as error:
                session.rollback()
                if attempt == attempts - 1 or not _is_retryable(error):
                    raise
        time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")

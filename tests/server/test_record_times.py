"""Every record the server stores and sends carries its created_at: seeded ones, and ones stored before the fix."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, select, text

from server.db import MIGRATIONS
from server.models import Record


def _config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    return config


def test_seed_demo_stores_no_record_without_its_times(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    env = {**os.environ, "COMMUNE_DATABASE_URL": url, "COMMUNE_DATA_DIR": str(tmp_path / "data")}
    subprocess.run([sys.executable, "-m", "server.cli", "seed-demo", "--communes", "2", "--documents", "20"],
                   env=env, check=True, capture_output=True)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            # Units and people carry no times on the wire; the records a clerk works on do.
            data = [row[0] for row in conn.execute(select(Record.data).where(
                Record.entity.in_(["document", "document_note", "task", "task_report"])))]
    finally:
        engine.dispose()
    assert data and all(d.get("created_at") for d in data)
    assert all(d.get("updated_at") for d in data if "updated_at" in d)


def test_the_migration_stamps_records_stored_without_times(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    command.upgrade(_config(url), "0001")
    made = dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.UTC)
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO units (id, code, name, level, offline_grace_hours, feed_head) "
                              "VALUES ('u1', 'XA', 'Xã', 'commune', 72, 0)"))
            conn.execute(text(
                "INSERT INTO records (id, entity, unit_id, secrecy, version, deleted, data, field_versions, "
                "created_at, updated_at) VALUES ('t1', 'task', 'u1', 0, 1, 0, :data, '{}', :made, :made)"),
                {"data": json.dumps({"id": "t1", "title": "Nhiệm vụ", "created_at": None}), "made": made})
        command.upgrade(_config(url), "head")
        with engine.connect() as conn:
            stored = conn.execute(select(Record.data).where(Record.id == "t1")).scalar_one()
    finally:
        engine.dispose()
    assert dt.datetime.fromisoformat(stored["created_at"]) == made
    assert stored["updated_at"] and stored["title"] == "Nhiệm vụ"

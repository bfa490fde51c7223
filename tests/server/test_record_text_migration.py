"""Migration 0007: record bodies stored as JSONB before it are kept, value for value, as JSON text after it."""

from __future__ import annotations

import json
import uuid

import psycopg
from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import make_url

from server.db import MIGRATIONS, normalize_url, open_database

BODY = {"id": "d-1", "summary": "Về việc \"chuyển đổi số\" cấp xã", "pages": 3, "ratio": 1.5, "nested": [{"a": None}]}


def _config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalize_url(url).replace("%", "%%"))
    return config


def test_records_stored_as_jsonb_survive_the_move_to_json_text(postgres_url: str) -> None:
    name = f"mig0007_{uuid.uuid4().hex[:8]}"
    server = make_url(normalize_url(postgres_url))
    admin = dict(host=server.query.get("host") or server.host, port=server.query.get("port") or server.port,
                 user=server.username, dbname=server.database)
    with psycopg.connect(**{k: v for k, v in admin.items() if v}, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        command.upgrade(_config(url), "0006")
        db = open_database(url)
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO units (id, code, name, level, offline_grace_hours, feed_head) "
                              "VALUES ('u', 'XA', 'Xã', 'commune', 72, 0)"))
            conn.execute(text("INSERT INTO records (id, entity, unit_id, secrecy, version, deleted, data, "
                              "field_versions, created_at, updated_at) VALUES ('d-1', 'document', 'u', 0, 1, false, "
                              "CAST(:data AS jsonb), '{}', now(), now())"), {"data": json.dumps(BODY)})
        db.engine.dispose()
        command.upgrade(_config(url), "head")
        db = open_database(url)
        with db.engine.connect() as conn:
            kind = conn.scalar(text("SELECT data_type FROM information_schema.columns "
                                    "WHERE table_name = 'records' AND column_name = 'data'"))
            stored = conn.scalar(text("SELECT data::text FROM records WHERE id = 'd-1'"))
        db.engine.dispose()
        assert kind == "json" and json.loads(stored) == BODY
        command.downgrade(_config(url), "0006")
        db = open_database(url)
        with db.engine.connect() as conn:
            assert conn.scalar(text("SELECT data FROM records WHERE id = 'd-1'")) == BODY
        db.engine.dispose()
    finally:
        with psycopg.connect(**{k: v for k, v in admin.items() if v}, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

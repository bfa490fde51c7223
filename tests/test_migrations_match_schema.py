"""The migrations build exactly the schema the code declares, for the cache and for the server.

Alembic's autogenerate compares a database migrated to head with the metadata the code uses; any difference (a
column added to schema.py without a migration, an index a migration forgot) is a diff here, and a cache or a
server database upgraded in the field would differ from a fresh one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from client.cache.keys import KdfParams
from client.cache.profile import Profiles, UnitInfo
from client.cache.schema import metadata as cache_metadata
from server.db import migrate as migrate_server
from server.models import Base


def _meaningful(diffs: list[Any]) -> list[Any]:
    # FTS5 virtual tables and their shadow tables are made by raw SQL in the migration: not in the metadata.
    def table_of(diff: Any) -> str:
        item = diff[0] if isinstance(diff, list) else diff
        obj = item[1] if len(item) > 1 else None
        name = getattr(obj, "name", "") or ""
        table = getattr(obj, "table", None)
        return str(getattr(table, "name", name) or name)

    return [d for d in diffs if not table_of(d).startswith("documents_fts") and "fts" not in table_of(d)]


def test_the_cache_migrations_match_the_cache_schema(tmp_path: Path) -> None:
    profiles = Profiles(tmp_path, kdf=KdfParams.fast_for_tests())
    with profiles.create("vanthu", "mat khau dai", UnitInfo("u1", "XA", "Xã A")) as opened, \
            opened.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"render_as_batch": True})
        diffs = _meaningful(compare_metadata(context, cache_metadata))
    assert diffs == []


def test_the_server_migrations_match_the_server_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    migrate_server(url)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    assert diffs == []

"""Alembic environment for the local cache: always run on the caller's already-keyed SQLCipher connection."""

from __future__ import annotations

from alembic import context

from client.cache.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

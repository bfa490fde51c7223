"""Alembic environment: runs migrations on the URL the server's settings (or the caller) give."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from server.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Migrate with a short-lived engine of its own."""
    url = config.get_main_option("sqlalchemy.url")
    assert url, "sqlalchemy.url must be set by server.db.migrate"
    engine = create_engine(url)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()

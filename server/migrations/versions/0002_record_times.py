"""Stamp created_at and updated_at into every stored record that lacks them.

Records made by seed-demo (and any other path through `create_record` before it stamped times) were stored and
sent without `created_at`; the client's cache requires it, so the first edit of such a record broke every later
sync of its unit. The row's own columns hold the right times.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

records = sa.table(
    "records",
    sa.column("id", sa.String),
    sa.column("data", sa.JSON),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)


def _iso(value: dt.datetime | str | None) -> str:
    if isinstance(value, str):  # SQLite hands back text
        value = dt.datetime.fromisoformat(value)
    value = value or dt.datetime.now(dt.UTC)
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).isoformat()


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(records.c.id, records.c.data, records.c.created_at, records.c.updated_at))
    for record_id, data, created, updated in rows.all():
        if not isinstance(data, dict) or (data.get("created_at") and data.get("updated_at")):
            continue
        fixed = {**data, "created_at": data.get("created_at") or _iso(created),
                 "updated_at": data.get("updated_at") or _iso(updated or created)}
        connection.execute(sa.update(records).where(records.c.id == record_id).values(data=fixed))


def downgrade() -> None:
    pass  # the times are right either way; nothing to take back

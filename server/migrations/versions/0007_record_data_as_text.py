"""Record bodies as JSON text on PostgreSQL (`json`, not `jsonb`), so pages send them as stored.

Every feed or snapshot page of 500 records made PostgreSQL render 500 JSONB values back to text, about 3 ms of
its CPU a page; `json` keeps the text that was written and hands it out unchanged. No query looks inside a record
body. SQLite already stores JSON as text: nothing to do there.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE records ALTER COLUMN data TYPE json USING data::json")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE records ALTER COLUMN data TYPE jsonb USING data::jsonb")

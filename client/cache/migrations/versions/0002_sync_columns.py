"""Sync: columns the wire records need, device-sequence-safe outbox, sync state and deferred removals.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("source_document_id", sa.String(length=36), nullable=True))
        # The wire's recipients are objects ({name, unit_id}); `recipients` keeps the names for display.
        batch.add_column(sa.Column("recipient_units", sa.JSON(), nullable=True))
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column("owner_unit_id", sa.String(length=36), nullable=True))
    with op.batch_alter_table("document_notes") as batch:
        batch.add_column(sa.Column("owner_unit_id", sa.String(length=36), nullable=True))
    with op.batch_alter_table("task_reports") as batch:
        batch.add_column(sa.Column("owner_unit_id", sa.String(length=36), nullable=True))
        # The wire's figures are indicator objects; `figures` keeps the name -> actual map the forms use.
        batch.add_column(sa.Column("figure_list", sa.JSON(), nullable=True))
    with op.batch_alter_table("units") as batch:
        batch.add_column(sa.Column("secrecy_ceiling", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("offline_grace_hours", sa.Integer(), nullable=True))
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("roles", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("active", sa.Boolean(), nullable=True))
    # The outbox seq is the device sequence the server deduplicates on: with AUTOINCREMENT, SQLite never hands
    # out a number again after the queue empties (a plain INTEGER PRIMARY KEY would restart at max + 1 = 1).
    with op.batch_alter_table("outbox", recreate="always", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.add_column(sa.Column("code", sa.String(length=64), nullable=True))
    op.create_table(
        "sync_state",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "deferred_removals",
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id"),
    )


def downgrade() -> None:
    op.drop_table("deferred_removals")
    op.drop_table("sync_state")

"""The processing trail: the server's document events, one per write to a document.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("actor_name", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=True),
        sa.Column("to_status", sa.String(length=32), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.Column("handler_id", sa.String(length=36), nullable=True),
        sa.Column("co_handler_ids", sa.JSON(), nullable=True),
        sa.Column("informed_ids", sa.JSON(), nullable=True),
        sa.Column("submitted_to_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("owner_unit_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_events_document", "document_events", ["document_id", "at"])
    # A cache that synced before events existed has none for its documents: they arrive as documents change.


def downgrade() -> None:
    op.drop_index("ix_events_document", table_name="document_events")
    op.drop_table("document_events")

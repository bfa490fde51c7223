"""Assignment as offices do it: co-handlers, people informed, and the leader a document is submitted to.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("co_handler_ids", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("informed_ids", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("submitted_to_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("submitted_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("submitted_at")
        batch.drop_column("submitted_to_id")
        batch.drop_column("informed_ids")
        batch.drop_column("co_handler_ids")

"""The signature verdict of each PDF attachment, stored when it arrives, and the revocation data fetched online
(issue 15).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_signatures",
        sa.Column("sha256", sa.String(length=64), primary_key=True),
        sa.Column("verdict", sa.String(length=24), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("trust", sa.String(length=64), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "revocation_data",
        sa.Column("url", sa.Text(), primary_key=True),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("revocation_data")
    op.drop_table("attachment_signatures")

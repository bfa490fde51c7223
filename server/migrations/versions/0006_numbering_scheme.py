"""A unit's numbering scheme: state (per calendar year) or Party (per document type through the committee term).

`units.numbering_scheme` ("state" by default, which is how every unit was numbered before) and `units.term_start`
(the congress date the current term began; Party units only). Existing counters keep their meaning: a state unit's
(register, year) rows are untouched; a Party unit's outgoing counters are new rows keyed "outgoing:<type>".

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.add_column(sa.Column("numbering_scheme", sa.String(length=10), nullable=False,
                                      server_default="state"))
        batch_op.add_column(sa.Column("term_start", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.drop_column("term_start")
        batch_op.drop_column("numbering_scheme")

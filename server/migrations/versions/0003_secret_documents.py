"""Secret documents are register entries only (Law 117/2025/QH15 Art. 5(2)): the unit policy, and a clean-up.

Adds the two per-unit settings (both off) and strips the content already stored on documents at Mật or above:
summary and attachments leave the record data, their attachment references go, and the owner unit's upload grant
of a hash no other document of that unit still holds goes too, so that no route serves those bytes any more.
Every unit starts with the policy off, so the summary goes as well. Clients purge their own copies in their own
cache migration; the record versions are left alone so that no device is made to download its unit again.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sync.protocol.secrecy import is_secret, stub_of

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

records = sa.table(
    "records",
    sa.column("id", sa.String),
    sa.column("entity", sa.String),
    sa.column("unit_id", sa.String),
    sa.column("secrecy", sa.Integer),
    sa.column("data", sa.JSON),
)
attachment_refs = sa.table("attachment_refs", sa.column("sha256", sa.String), sa.column("record_id", sa.String))
blob_grants = sa.table("blob_grants", sa.column("unit_id", sa.String), sa.column("sha256", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("units") as batch:
        batch.add_column(sa.Column("secret_summary_allowed", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("secret_register_separate", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    connection = op.get_bind()
    rows = connection.execute(sa.select(records.c.id, records.c.unit_id, records.c.secrecy, records.c.data)
                              .where(records.c.entity == "document", records.c.secrecy >= 1)).all()
    stripped: set[tuple[str, str]] = set()
    for record_id, unit_id, secrecy, data in rows:
        if not isinstance(data, dict) or not is_secret(secrecy):
            continue
        entry = {**stub_of(data, summary_allowed=False), "summary": "", "attachments": []}
        stripped |= {(unit_id, item["sha256"]) for item in data.get("attachments") or []}
        connection.execute(sa.update(records).where(records.c.id == record_id).values(data=entry))
        connection.execute(sa.delete(attachment_refs).where(attachment_refs.c.record_id == record_id))
    for unit_id, sha in sorted(stripped):
        still_held = connection.execute(
            sa.select(attachment_refs.c.record_id)
            .join(records, records.c.id == attachment_refs.c.record_id)
            .where(attachment_refs.c.sha256 == sha, records.c.unit_id == unit_id).limit(1)
        ).first()
        if still_held is None:
            connection.execute(sa.delete(blob_grants).where(blob_grants.c.unit_id == unit_id,
                                                            blob_grants.c.sha256 == sha))


def downgrade() -> None:
    with op.batch_alter_table("units") as batch:
        batch.drop_column("secret_register_separate")
        batch.drop_column("secret_summary_allowed")
    # The stripped content is not restored: it must not come back onto a networked server.

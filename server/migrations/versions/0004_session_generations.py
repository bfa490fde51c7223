"""Sessions that end at once, a refresh that survives a lost answer, and a per-device wipe secret.

`devices.session_gen` is copied into every access token and checked on each request, so a password change or a
detected refresh-token reuse ends the access tokens already handed out, not only the refresh tokens.
`refresh_tokens.successor_hash`, `grace_used_at` and `used_ip` let a refresh whose answer was lost be repeated once.
`devices.wipe_secret` is given to the device at sign-in; the server proves a wipe instruction with it.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_gen", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("wipe_secret", sa.String(length=64), nullable=True))
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("successor_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("grace_used_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("used_ip", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.drop_column("used_ip")
        batch_op.drop_column("grace_used_at")
        batch_op.drop_column("successor_hash")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("wipe_secret")
        batch_op.drop_column("session_gen")

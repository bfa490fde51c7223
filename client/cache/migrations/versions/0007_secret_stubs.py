"""Secret documents are register entries only (Law 117/2025/QH15 Art. 5(2), Decree 63/2026/NĐ-CP).

Adds where a secret document's original is (`documents.original_location`), the unit's policy on keeping a secret
entry's summary (`units.secret_summary_allowed`), and the opens waiting for the server's audit log
(`document_opens`). The search index triggers now index a secret document's register fields only (number and
symbol, issuing body). Then the content of every secret document already stored is purged by the same code a
secrecy upgrade runs (client/cache/secret_purge.py), once the migrations have brought the schema that code reads
(`ask_purge`, run in the same transaction by `database.migrate`); the count is kept for the user's one-time notice.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from client.cache.secret_purge import ask_purge
from sync.protocol.domain import Secrecy

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_SECRET = f"d.secrecy >= {int(Secrecy.MAT)}"
_FTS_INSERT = "INSERT INTO documents_fts(rowid, number_symbol, summary, issuing_body, signer, attachment_text)"


def _row(secret_aware: bool) -> str:
    """The index row of a document. Secret-aware: of a secret document only the searchable stub fields
    (sync/protocol/secrecy.py SEARCHABLE_STUB_FIELDS) the index has columns for, number and symbol and issuing
    body; its summary, signer and attachment text stay out."""
    hide = f"CASE WHEN {_SECRET} THEN NULL ELSE " if secret_aware else ""
    end = " END" if secret_aware else ""
    return f"""
    SELECT d.rid, fold(d.number_symbol), {hide}fold(d.summary){end}, fold(d.issuing_body),
           {hide}fold(d.signer){end},
           {hide}fold((SELECT group_concat(a.text, ' ') FROM document_attachments a WHERE a.document_id = d.id)){end}
    FROM documents d WHERE d.id = {{doc_id}}
"""


def _triggers(secret_aware: bool) -> dict[str, str]:
    row = _row(secret_aware)
    refresh = ("DELETE FROM documents_fts WHERE rowid = (SELECT rid FROM documents WHERE id = {doc_id}); "
               + _FTS_INSERT + row + ";")
    # A secrecy change re-indexes the document too, so an upgrade takes its content out of the index.
    updated = "number_symbol, summary, issuing_body, signer" + (", secrecy" if secret_aware else "")
    return {
        "documents_fts_ai": f"AFTER INSERT ON documents BEGIN {_FTS_INSERT}{row.format(doc_id='new.id')}; END",
        "documents_fts_au": f"AFTER UPDATE OF {updated} ON documents BEGIN {refresh.format(doc_id='new.id')} END",
        "attachments_fts_ai": "AFTER INSERT ON document_attachments WHEN new.text IS NOT NULL BEGIN "
                              + refresh.format(doc_id="new.document_id") + " END",
        "attachments_fts_ad": "AFTER DELETE ON document_attachments WHEN old.text IS NOT NULL BEGIN "
                              + refresh.format(doc_id="old.document_id") + " END",
        "attachments_fts_au": "AFTER UPDATE OF text ON document_attachments BEGIN "
                              + refresh.format(doc_id="new.document_id") + " END",
    }


def _replace_triggers(secret_aware: bool) -> None:
    for name, body in _triggers(secret_aware).items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("original_location", sa.Text(), nullable=True))
    with op.batch_alter_table("units") as batch:
        batch.add_column(sa.Column("secret_summary_allowed", sa.Boolean(), nullable=True))
    op.create_table(
        "document_opens",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    _replace_triggers(secret_aware=True)
    # Index entries of secret documents made by the old triggers still hold their summary and text.
    op.execute(f"DELETE FROM documents_fts WHERE rowid IN (SELECT d.rid FROM documents d WHERE {_SECRET})")
    op.execute(_FTS_INSERT + _row(secret_aware=True).replace("d.id = {doc_id}", _SECRET))
    # The policy column is new, so no unit allows a summary yet: the strict reading, as the law's default.
    ask_purge(op.get_bind())
    op.execute("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")


def downgrade() -> None:
    # The purged content is gone for good; only the schema goes back.
    _replace_triggers(secret_aware=False)
    op.drop_table("document_opens")
    with op.batch_alter_table("units") as batch:
        batch.drop_column("secret_summary_allowed")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("original_location")

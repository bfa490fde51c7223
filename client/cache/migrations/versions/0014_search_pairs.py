"""Search p95 at 1,000,000 documents (issue 17): the index also holds every two adjacent words as one token.

A phrase of common words (`hoi dong nhan dan tinh lao cai`, `ubkt huyen uy bat xat`) made FTS5 read and compare the
positions of its words in every document holding them all, which at 1,000,000 documents is most of them, for the
few where they stand together. The new column `pairs` holds one token per two adjacent words of each field
(`searchtext.pair_token`: `hội đồng` is `0hoi0don`), each once per document; `search` finds the few documents
holding every pair of a phrase (`"0hoi0don" AND "0don0nha" AND ...`, no positions) and checks the phrase on those
alone (`search_check`). Same columns and normal form as 0009 otherwise, secret documents included (their summary,
signer and attachment text stay out, so do their pairs). Every document is indexed again.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

from sync.protocol.domain import Secrecy

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_SECRET = f"d.secrecy >= {int(Secrecy.MAT)}"
_COLUMNS = "number_symbol, doc_type, summary, issuing_body, signer, attachment_text, pairs"
_FTS_INSERT = f"INSERT INTO documents_fts(rowid, {_COLUMNS})"
_FIELDS = (
    "search_number_symbol(d.number_symbol)",
    "search_doc_type(d.doc_type)",
    f"CASE WHEN {_SECRET} THEN NULL ELSE search_text(d.summary) END",
    "search_text(d.issuing_body)",
    f"CASE WHEN {_SECRET} THEN NULL ELSE search_text(d.signer) END",
    f"CASE WHEN {_SECRET} THEN NULL ELSE "
    "search_text((SELECT group_concat(a.text, ' ') FROM document_attachments a WHERE a.document_id = d.id)) END",
)
# The pairs are made from the same normalized values as the columns (searchtext keeps the last few, so each field
# is folded once); the row is one INSERT ... SELECT ... WHERE d.id = new.id, the shape deferred_indexes reads.
_ROW = f"""
    SELECT d.rid, {", ".join(_FIELDS)}, search_pairs({", ".join(_FIELDS)})
    FROM documents d WHERE {{where}}
"""
_TRIGGER_NAMES = ("documents_fts_ai", "documents_fts_ad", "documents_fts_au", "attachments_fts_ai",
                  "attachments_fts_ad", "attachments_fts_au")


def _triggers() -> dict[str, str]:
    refresh = ("DELETE FROM documents_fts WHERE rowid = (SELECT rid FROM documents WHERE id = {doc_id}); "
               + _FTS_INSERT + _ROW.replace("{where}", "d.id = {doc_id}") + ";")
    return {
        "documents_fts_ai": f"AFTER INSERT ON documents BEGIN {_FTS_INSERT}{_ROW.format(where='d.id = new.id')}; END",
        "documents_fts_ad": "AFTER DELETE ON documents BEGIN DELETE FROM documents_fts WHERE rowid = old.rid; END",
        "documents_fts_au": "AFTER UPDATE OF number_symbol, doc_type, summary, issuing_body, signer, secrecy "
                            f"ON documents BEGIN {refresh.format(doc_id='new.id')} END",
        "attachments_fts_ai": "AFTER INSERT ON document_attachments WHEN new.text IS NOT NULL BEGIN "
                              + refresh.format(doc_id="new.document_id") + " END",
        "attachments_fts_ad": "AFTER DELETE ON document_attachments WHEN old.text IS NOT NULL BEGIN "
                              + refresh.format(doc_id="old.document_id") + " END",
        "attachments_fts_au": "AFTER UPDATE OF text ON document_attachments BEGIN "
                              + refresh.format(doc_id="new.document_id") + " END",
    }


def upgrade() -> None:
    for name in _TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS documents_fts_vocab")
    op.execute("DROP TABLE documents_fts")
    op.execute(f"CREATE VIRTUAL TABLE documents_fts USING fts5({_COLUMNS}, "
               "content='', contentless_delete=1, tokenize='unicode61', prefix='1 2 3')")
    op.execute("CREATE VIRTUAL TABLE documents_fts_vocab USING fts5vocab(documents_fts, row)")
    for name, body in _triggers().items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(_FTS_INSERT + _ROW.format(where="1"))
    op.execute("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")


def downgrade() -> None:
    raise NotImplementedError("the search index of 0012 is rebuilt by upgrading again, not by going back")

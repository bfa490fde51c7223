"""Every document list's first page from an index, whatever its sort and filter (issue 17).

One index per sort a list offers: the kind, the secrecy and the unread state, the sort exactly as
`client/cache/lists.py` orders (the text columns by `vi_key()`, migration 0003) and its tie-break `rid`, then every
other column a list filters on. A page in any order is then read by walking that index and stopping after the
page, and a filter is tested on the index entry itself: only the rows shown are read from the table. Before, a
list sorted by anything but the issue date read and sorted every matching row (Incoming by summary: 1.3-1.9 s at
100,000 documents), and a filter on the kind's date index read every row it passed over to test it (~25
microseconds a row). A list of several kinds, secrecy levels or read states merges their walks (`UNION ALL` in the
same order). Those lead because a walk passes about a microsecond an entry: unread documents are a handful among a
million, and a secret entry's summary is empty, so by summary the secret entries are all at one end of a walk.

They replace `(kind, issued_date)` (the registers now merge the parts of the list index by their date,
`client/office/registers.py`) and the two vi_key() indexes of 0003, which served only the lists; the deadline and
issue-date indexes stay (the tray's near deadlines, over all kinds).

Tasks: the list is ordered by resolution then deadline, the overdue tasks by deadline.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_FILTERED = ("status", "doc_type", "urgency", "deadline", "issued_date")
# sort name -> the indexed expression, exactly as `client.cache.lists.sort_expression` writes it
_SORTS = {
    "issued": "issued_date",
    "arrival": "arrival_date",
    "deadline": "deadline",
    "summary_vi": "vi_key(summary)",
    "issuing_body_vi": "vi_key(issuing_body)",
    "number_symbol": "number_symbol",
    "urgency": "urgency",
    "created": "created_at",
}
_TASKS = {
    "ix_tasks_resolution_deadline": "tasks (resolution_number, deadline)",
    "ix_tasks_deadline": "tasks (deadline)",
}
# Served by the indexes above (the registers merge the parts of the list index by their date; the tasks one is the
# first column of ix_tasks_resolution_deadline). Kept beside them, the planner would take `(kind, issued_date)` for
# a list by date and read every row it passes to test the filters.
_REPLACED = {
    "ix_documents_kind_issued": "documents (kind, issued_date)",
    "ix_documents_summary_vi": "documents (vi_key(summary))",
    "ix_documents_issuing_body_vi": "documents (vi_key(issuing_body))",
    "ix_tasks_resolution": "tasks (resolution_number)",
}


def list_indexes() -> dict[str, str]:
    """Index name -> `table (expressions)` of every list index this revision makes."""
    found = {}
    for name, sort in _SORTS.items():
        columns = ", ".join(c for c in _FILTERED if c != sort)
        found[f"ix_documents_list_{name}"] = f"documents (kind, secrecy, unread, {sort}, rid, {columns})"
    return found | _TASKS


def upgrade() -> None:
    for name in _REPLACED:
        op.execute(f"DROP INDEX {name}")
    for name, target in list_indexes().items():
        op.execute(f"CREATE INDEX {name} ON {target}")


def downgrade() -> None:
    for name in list_indexes():
        op.execute(f"DROP INDEX {name}")
    for name, target in _REPLACED.items():
        op.execute(f"CREATE INDEX {name} ON {target}")

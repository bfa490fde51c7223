"""How many days each date a list sorts by lies after the issue date, indexed with the issue date (issue 17).

A list filtered by an issue-date range and sorted by creation, arrival or deadline walks that date's index, and those
dates follow the issue date: oldest first with a recent range, the walk passed every earlier year before the range
(0.5-1.2 s at 1,000,000 documents). `client/cache/lists.py` (`LAGS`, `_lag_bound`) reads the least (or most) lag of
any document in the range from these indexes, a seek per distinct lag, and starts the walk at the range's edge moved
by it. Whole days (a creation time's day), so the bound is exact. Each entry is a small integer, a date and the row
id: about 25 MiB an index at 1,000,000 documents.

`vi_key()` (`client/cache/textfold.py` `sort_key`) no longer ends with the trailing zeros of its case section (a
third of the key; the order is the same, tests/cache/test_sort_key.py), so the text-sort indexes, 0011's two list
indexes by summary and issuing body, are rebuilt with the shorter keys.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# index name -> the lag, exactly as `client.cache.lists.LAGS` writes it
_LAGS = {
    "ix_documents_lag_created": "CAST(julianday(substr(created_at, 1, 10)) - julianday(issued_date) AS INTEGER)",
    "ix_documents_lag_arrival": "CAST(julianday(arrival_date) - julianday(issued_date) AS INTEGER)",
    "ix_documents_lag_deadline": "CAST(julianday(deadline) - julianday(issued_date) AS INTEGER)",
}


def _reindex_vi_key() -> None:
    """Rebuild every index of a `vi_key()` text sort, whatever its name (`client.cache.deferred_indexes` finds them
    the same way): the key they hold is shorter from this revision."""
    bind = op.get_bind()
    for (name,) in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index' "
                                        "AND sql LIKE '%vi_key(%'").all():
        op.execute(f'REINDEX "{name}"')


def upgrade() -> None:
    for name, lag in _LAGS.items():
        op.execute(f"CREATE INDEX {name} ON documents ({lag}, issued_date)")
    _reindex_vi_key()


def downgrade() -> None:
    for name in _LAGS:
        op.execute(f"DROP INDEX {name}")
    _reindex_vi_key()  # with the `vi_key()` of the code being downgraded to

"""How many days each date a list sorts by lies after the issue date, indexed with the issue date (issue 17).

A list filtered by an issue-date range and sorted by creation, arrival or deadline walks that date's index, and those
dates follow the issue date: oldest first with a recent range, the walk passed every earlier year before the range
(0.5-1.2 s at 1,000,000 documents). `client/cache/lists.py` (`LAGS`, `_lag_bound`) reads the least (or most) lag of
any document in the range from these indexes, a seek per distinct lag, and starts the walk at the range's edge moved
by it. Whole days (a creation time's day), so the bound is exact. Each entry is a number, a date and the row id.

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
    "ix_documents_lag_created": "julianday(substr(created_at, 1, 10)) - julianday(issued_date)",
    "ix_documents_lag_arrival": "julianday(arrival_date) - julianday(issued_date)",
    "ix_documents_lag_deadline": "julianday(deadline) - julianday(issued_date)",
}


def upgrade() -> None:
    for name, lag in _LAGS.items():
        op.execute(f"CREATE INDEX {name} ON documents ({lag}, issued_date)")


def downgrade() -> None:
    for name in _LAGS:
        op.execute(f"DROP INDEX {name}")

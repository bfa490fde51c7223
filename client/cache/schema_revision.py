"""Which schema revision a cache is at, and the newest one, read without importing Alembic.

Opening a profile checks the revision every time, and Alembic (with the dialects of every database it supports)
costs more to import than the rest of the opening (issue 17). So the stored revision is read with one query and
the head by reading the `revision` and `down_revision` lines of the migration files; Alembic is imported only
when the two differ, to run the upgrade. Anything this reading does not understand (a merge of two branches, an
unusual assignment) gives no head, and the opening then asks Alembic as before: a wrong answer here could skip a
migration, so the reading never guesses. tests/cli/test_startup.py holds it to Alembic's own answer.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps
_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["']([\w-]+)["']\s*$""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision(?:\s*:[^=\n]+)?\s*=\s*(?:["']([\w-]+)["']|(None))\s*$""", re.MULTILINE)


@cache
def head_revision() -> str | None:
    """The newest revision of the migration files; None when they are not one plain line of revisions."""
    parents: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(text), _DOWN_REVISION.findall(text)
        if len(revision) != 1 or len(down) != 1 or revision[0] in parents:
            return None
        parents[revision[0]] = down[0][0] or None
    children = {parent for parent in parents.values() if parent is not None}
    heads = set(parents) - children
    roots = [revision for revision, parent in parents.items() if parent is None]
    if len(heads) != 1 or len(roots) != 1 or not children <= set(parents):
        return None
    return heads.pop()


def stored_revision(connection: Connection) -> str | None:
    """The revision the cache's schema is at (None for a new, empty database); what Alembic would read."""
    exists = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)).first()
    if exists is None:
        return None
    rows = [str(row[0]) for row in connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}")]
    # More than one row would be branches Alembic must sort out; an answer that matches no head sends it there.
    return rows[0] if len(rows) == 1 else (" ".join(sorted(rows)) or None)

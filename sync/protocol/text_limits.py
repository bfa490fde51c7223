"""The length limits of the synced records' texts, as plain numbers: `fields` builds its constrained types on them,
and code that must not load pydantic (the cache's lists, which `status` opens: tests/cli/test_startup.py) reads
them here."""

from __future__ import annotations

SHORT_TEXT, LONG_TEXT, NUMBER_SYMBOL, DOC_TYPE, SUMMARY, TASK_TITLE = 500, 20_000, 100, 100, 2000, 2000

"""Which vault files the cache still references, so that a file leaves the vault only when nothing needs it."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Engine, select

from client.cache.ocr_pages import forget_unheld
from client.cache.schema import document_attachments, outbox, task_reports
from client.cache.vault import Vault


def release_unreferenced(engine: Engine, vault: Vault, hashes: Iterable[str]) -> None:
    """Delete the vault files among `hashes` that no record and no unsent change references any more."""
    wanted = set(hashes)
    if not wanted:
        return
    with engine.connect() as conn:
        still = set(conn.execute(select(document_attachments.c.sha256).where(
            document_attachments.c.sha256.in_(wanted))).scalars())
        for refs in conn.execute(select(task_reports.c.evidence)).scalars():
            still |= {r["sha256"] for r in refs or []}
        for fields in conn.execute(select(outbox.c.fields)).scalars():
            still |= {r["sha256"] for r in (fields.get("attachments") or fields.get("evidence") or [])}
    for sha in wanted - still:
        vault.delete(sha)
    if wanted - still:
        with engine.execution_options(write=True).begin() as conn:
            forget_unheld(conn, wanted - still)

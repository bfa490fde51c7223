"""The cache keeps the server's document events: stored with their document, never without it, gone with it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from client.cache.profile import OpenProfile
from client.cache.replica import CacheReplica
from client.cache.schema import document_events
from sync.engine.replica import IncomingChange
from sync.protocol.records import DocumentEventRecord, DocumentRecord


def _document(doc_id: str) -> dict[str, Any]:
    return DocumentRecord(id=doc_id, version=1, unit_id="unit-hoa-binh", kind="incoming", status="registered",
                          summary="V/v tổng kết", created_at="2026-12-01T01:00:00+00:00").model_dump(mode="json")


def _event(event_id: str, doc_id: str) -> dict[str, Any]:
    return DocumentEventRecord(id=event_id, version=1, unit_id="unit-hoa-binh", document_id=doc_id,
                               actor_name="Nguyễn Thị Lan", action="registered", from_status="received",
                               to_status="registered", at="2026-12-01T01:30:00+00:00").model_dump(mode="json")


def _held(opened: OpenProfile) -> list[str]:
    with opened.engine.connect() as conn:
        return sorted(conn.execute(select(document_events.c.id)).scalars())


def test_an_event_is_stored_with_its_document_skipped_without_it_and_removed_with_it(opened: OpenProfile) -> None:
    replica = CacheReplica(opened)
    doc = "d0000000-0000-4000-8000-000000000001"
    replica.apply_changes([IncomingChange("document_event", "e-orphan", "upsert", 1,
                                          _event("e-orphan", "d-not-here")),
                           IncomingChange("document", doc, "upsert", 1, _document(doc)),
                           IncomingChange("document_event", "e-1", "upsert", 1, _event("e-1", doc))], 5)
    assert _held(opened) == ["e-1"]  # the event of a document this computer does not hold is not kept
    with opened.engine.connect() as conn:
        row = conn.execute(select(document_events).where(document_events.c.id == "e-1")).mappings().one()
    assert row["action"] == "registered" and row["actor_name"] == "Nguyễn Thị Lan" and row["fields"] == []
    assert row["owner_unit_id"] == "unit-hoa-binh" and row["at"].minute == 30

    replica.apply_changes([IncomingChange("document_event", "e-1", "remove", 2, None)], 6)
    assert _held(opened) == ["e-1"]  # an event leaves with its document, whose removal is staged
    replica.apply_changes([IncomingChange("document", doc, "remove", 2, None)], 7)
    assert replica.apply_staged_removals() == 1
    assert _held(opened) == []

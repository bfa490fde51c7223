"""Pages validated from their raw bytes (typed_pages.py) give what the careful path gives: the same records, and for
every bad page the same refusal, because such a page is handed to the careful path."""

from __future__ import annotations

import dataclasses
import json
import tracemalloc
import uuid
from typing import Any

import pytest

from sync.engine import ProtocolError, inbound, typed_pages
from sync.engine.pagejson import load_page

UNIT = "11111111-1111-4111-8111-111111111111"
OTHER = "22222222-2222-4222-8222-222222222222"


def document(doc_id: str, **fields: Any) -> dict[str, Any]:
    return {"id": doc_id, "version": 1, "unit_id": UNIT, "kind": "incoming", "status": "received",
            "summary": "Công văn về việc triển khai chuyển đổi số 😀", "issuing_body": "UBND tỉnh",
            "number_symbol": "12/UBND-VP", "doc_type": "Công văn", "issued_date": "2025-03-01",
            "attachments": [{"sha256": "a" * 64, "name": "scan.pdf", "size": 10}], **fields}


def changes_body(records: list[dict[str, Any]], **page: Any) -> bytes:
    changes = [{"seq": i + 1, "entity": "document", "id": r["id"], "op": "upsert", "version": 1, "record": r}
               for i, r in enumerate(records)]
    return json.dumps({"changes": changes, "cursor": len(records), "has_more": False, **page},
                      ensure_ascii=False).encode()


def careful_changes(body: bytes, limit: int = 1000, ceiling: int = 1) -> Any:
    return inbound.changes_page(load_page(body, "changes", limit), 0, limit, ceiling, UNIT)


def outcome(read: Any) -> Any:
    """What a read gives, with each record's JSON text (fast path only) checked against its record and set aside."""
    try:
        items, *rest = read()
    except ProtocolError as error:
        return ("refused", error.code, str(error))
    for item in items:
        assert item.record_json is None or json.loads(item.record_json) == item.record
    return [dataclasses.replace(item, record_json=None) for item in items], *rest


GOOD = [document(str(uuid.uuid4())) for _ in range(5)]
PAGES = {
    "good": changes_body(GOOD),
    "good, ascii escapes": json.dumps(json.loads(changes_body(GOOD))).encode(),
    "malformed record": changes_body([*GOOD[:2], document(str(uuid.uuid4()), kind="nonsense")]),
    "id differs": changes_body([{**GOOD[0], "id": str(uuid.uuid4())}]),
    "above the ceiling": changes_body([document(str(uuid.uuid4()), secrecy=2)]),
    "another unit's record": changes_body([*GOOD[:2], document(str(uuid.uuid4()), unit_id=OTHER)]),
    "a NUL in a summary": changes_body([*GOOD[:2], document(str(uuid.uuid4()), summary="a\x00b")]),
    "a lone surrogate": changes_body(GOOD[:2]).replace("chuyển".encode(), b"\\udc00", 1),
    "cursor behind its changes": changes_body(GOOD, cursor=2),
    "too many changes": changes_body(GOOD),
    "not an object": b"[1, 2]",
    "not JSON": b'{"changes": [',
    "a million {}": b'{"changes":[' + b",".join([b"{}"] * 1_000_000) + b'],"cursor":1,"has_more":false}',
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_feed_page_from_its_bytes_is_read_as_the_careful_path_reads_it(name: str) -> None:
    limit = 3 if name == "too many changes" else 1000
    body = PAGES[name]
    fast = outcome(lambda: inbound.read_changes_page(body, 0, limit, 1, UNIT))
    assert fast == outcome(lambda: careful_changes(body, limit))
    if name == "good":
        assert typed_pages.changes(body, limit) is not None and len(fast[0]) == 5
    if name in ("a NUL in a summary", "a lone surrogate", "another unit's record"):
        assert len(fast[3]) == 1 and len(fast[0]) == (1 if name == "a lone surrogate" else 2)  # that one skipped


def test_a_snapshot_page_from_its_bytes_is_read_as_the_careful_path_reads_it() -> None:
    items = [{"entity": "document", "id": r["id"], "version": 1, "record": r} for r in GOOD]
    body = json.dumps({"records": items, "cursor": 9, "next_page_token": "t"}, ensure_ascii=False).encode()
    careful = inbound.snapshot_page(load_page(body, "records", 1000), 1000, 1, None, UNIT)
    assert typed_pages.snapshot(body, 1000) is not None
    assert outcome(lambda: inbound.read_snapshot_page(body, 1000, 1, None, UNIT)) == outcome(lambda: careful)
    moved = body.replace(b'"cursor": 9', b'"cursor": 8')
    assert outcome(lambda: inbound.read_snapshot_page(moved, 1000, 1, 9, UNIT)) == outcome(
        lambda: inbound.snapshot_page(load_page(moved, "records", 1000), 1000, 1, 9, UNIT))


def test_a_dense_page_never_reaches_the_fast_path() -> None:
    tracemalloc.start()
    try:
        assert typed_pages.changes(PAGES["a million {}"], 1000) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # refused by counting bytes, before anything is parsed


@pytest.mark.parametrize(("text", "bad"), [(b'"a\\u0000b"', True), (b'"\\uD800"', True), (b'"\\udfff"', True),
                                           (b'"\\u00e9 \\u1ebf"', False), (b'"\\\\u0041"', False)])
def test_escapes_that_may_be_bad_text_are_spotted(text: bytes, bad: bool) -> None:
    assert typed_pages.may_hold_bad_text(text) is bad

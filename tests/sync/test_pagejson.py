"""Page JSON read with its item list bounded while parsing: the same values as json.loads, or a clear refusal."""

from __future__ import annotations

import json
import tracemalloc

import pytest

from sync.engine import ProtocolError
from sync.engine.pagejson import load_page

SAME_AS_JSON = [
    b'{"changes": [], "cursor": 0, "has_more": false}',
    b' {\n "cursor" : 7 ,\t"changes" : [ {"seq": 7, "record": {"summary": "Tr\\u00edch y\\u1ebfu", "n": [1, 2.5]}} ],'
    b' "has_more": true } ',
    '{"changes": [{"summary": "Công văn số 12/UBND"}], "cursor": 1, "cursor": 2}'.encode(),
    b'{"records": [[], {}, null, "x"], "next_page_token": null}',
    b'{"changes": {"not": "a list"}}',
    b"[]",
    b"{}",
]


@pytest.mark.parametrize("body", SAME_AS_JSON)
def test_a_page_reads_as_json_loads_reads_it(body: bytes) -> None:
    assert load_page(body, "changes", 10) == json.loads(body)


@pytest.mark.parametrize("body", [b'{"changes": [1, 2,]}', b'{"changes": [1] "cursor": 1}', b'{"a": 1} x',
                                  b'{"a" 1}', b"{1: 2}", b'{"changes": [', b"", b'{"a": "\xff"}'])
def test_malformed_json_is_a_clear_protocol_error(body: bytes) -> None:
    with pytest.raises(ProtocolError, match="not valid JSON"):
        load_page(body, "changes", 10)


def test_parsing_stops_at_the_first_item_past_the_limit_with_bounded_memory() -> None:
    body = b'{"changes":[' + b",".join([b"{}"] * 1_000_000) + b'],"cursor":1,"has_more":false}'
    tracemalloc.start()
    try:
        with pytest.raises(ProtocolError, match="more than 1000 changes in a page of at most 1000"):
            load_page(body, "changes", 1000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # The text of the answer (3 MB) and a page's worth of items; json.loads would hold a million dicts (75 MB).
    assert peak < 4 * len(body)


def test_deep_nesting_is_refused_not_a_recursion_error() -> None:
    with pytest.raises(ProtocolError, match="nested too deeply"):
        load_page(b'{"changes": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}", "changes", 10)

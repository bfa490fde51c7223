"""JSON parsed with the place of every value: the same values as json.loads, and the line where each starts."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from client.cache.located_json import LocatedJson

_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner,
                                                                                             max_size=4), max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(value=values, indent=st.sampled_from([None, 0, 2]))
def test_the_values_are_those_json_loads_gives(value: Any, indent: int | None) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    assert LocatedJson(text).value == json.loads(text)


def test_each_path_is_placed_on_the_line_where_its_value_starts() -> None:
    text = '{\n  "documents": [\n    {"a": 1},\n    {"b": [1,\n       2],\n     "c": {"d": null}}\n  ],\n  "e": {}\n}'
    located = LocatedJson(text)
    lines = text.splitlines()
    for path, marker in [(("documents", 0), '{"a": 1}'), (("documents", 1, "b", 1), "2],"),
                         (("documents", 1, "c", "d"), '"d": null'), (("e",), '"e": {}')]:
        assert lines[located.line(path) - 1].find(marker) >= 0, path


def test_a_path_past_the_text_stops_at_the_last_value_it_reaches() -> None:
    text = '[\n  {"summary": "x"},\n  {\n    "kind": "incoming"\n  }\n]'
    located = LocatedJson(text)
    assert located.line([1, "summary"]) == located.line([1]) == 3
    assert located.line([7]) == located.line([]) == 1


def test_a_repeated_key_is_placed_at_the_value_json_loads_keeps() -> None:
    text = '{"a": {"k": 1},\n "a": {"k": 2}}'
    located = LocatedJson(text)
    assert located.value == json.loads(text)
    assert located.line(["a", "k"]) == 2

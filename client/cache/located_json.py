"""JSON text parsed with the place where every value starts, so a problem in a file can name its line.

The standard decoder keeps no positions. Its pure-Python scanner takes the object and array parsers from the
decoder it is built on, so wrapping those two records where each member's value starts; the values themselves are
the standard library's, exactly as `json.loads` gives them. It is slower than the C scanner, so callers parse with
`json.loads` first and build this only when there is a problem to place.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Sequence
from json.decoder import JSONArray, JSONObject  # type: ignore[attr-defined]  # stdlib since 2.7, not in typeshed
from json.scanner import py_make_scanner  # type: ignore[attr-defined]
from typing import Any

JsonPath = Sequence[str | int]
_Scan = Callable[[str, int], tuple[Any, int]]


class LocatedJson:
    """A JSON text's value with `line(path)`: the line where the value at that path (or its nearest parent) starts."""

    def __init__(self, text: str) -> None:
        self._newlines = [m.start() for m in re.finditer("\n", text)]
        # Keyed by id(): holding each container in the entry keeps its id from being reused by another one.
        self._starts: dict[int, tuple[object, dict[str | int, int]]] = {}
        decoder = json.JSONDecoder()
        decoder.parse_object = self._parse_object  # type: ignore[attr-defined]
        decoder.parse_array = self._parse_array  # type: ignore[attr-defined]
        decoder.scan_once = py_make_scanner(decoder)  # type: ignore[attr-defined]
        self._root_start = len(text) - len(text.lstrip(" \t\n\r"))
        self.value: Any = decoder.decode(text)

    def line(self, path: JsonPath) -> int:
        """The 1-based line of the value at `path`; a path that goes past what the text holds stops at the last
        value it reaches (a missing field is placed at its object)."""
        node, offset = self.value, self._root_start
        for key in path:
            entry = self._starts.get(id(node))
            if entry is None or entry[0] is not node or key not in entry[1]:
                break
            offset = entry[1][key]
            node = node[key]  # type: ignore[index]
        return bisect.bisect_left(self._newlines, offset) + 1

    def _parse_object(self, s_and_end: tuple[str, int], strict: bool, scan_once: _Scan, object_hook: Any,
                      object_pairs_hook: Any, memo: dict[str, str]) -> tuple[dict[str, Any], int]:
        starts, recording = _recorder(scan_once)
        pairs, end = JSONObject(s_and_end, strict, recording, None, list, memo)
        result = dict(pairs)
        # A repeated key keeps its last value, as json.loads does, and so its last place.
        self._starts[id(result)] = (result, {key: start for (key, _), start in zip(pairs, starts, strict=True)})
        return result, end

    def _parse_array(self, s_and_end: tuple[str, int], scan_once: _Scan) -> tuple[list[Any], int]:
        starts, recording = _recorder(scan_once)
        values, end = JSONArray(s_and_end, recording)
        self._starts[id(values)] = (values, dict(enumerate(starts)))
        return values, end


def _recorder(scan_once: _Scan) -> tuple[list[int], _Scan]:
    starts: list[int] = []

    def recording(text: str, index: int) -> tuple[Any, int]:
        starts.append(index)
        return scan_once(text, index)

    return starts, recording

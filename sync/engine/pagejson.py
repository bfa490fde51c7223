"""Reading a page answer's JSON with its item list bounded while it is parsed, not after (DESIGN principle 13).

`json.loads` builds the whole page before anything can count it: a 3 MB page of a million `{}` becomes a million
dicts (75 MB) only to be refused, and a 64 MB one about 1.6 GB. Here the page object is walked by hand at its top
level, each value decoded by the standard library's C scanner (`raw_decode`), and the items of the one list that
may be long (`changes`, `records`) are decoded one at a time: parsing stops at the first item past the page limit.
Memory is then bounded by the answer's text and a page's worth of items. Everything else is plain JSON as
`json.loads` reads it (the last of duplicate names wins, as there).
"""

from __future__ import annotations

import json
import re
from typing import Any

from sync.engine.errors import ProtocolError

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def load_page(body: bytes, key: str, limit: int) -> Any:
    """The page's JSON, refusing it (ProtocolError) as soon as its `key` list holds more than `limit` items."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProtocolError(f"the answer is not valid JSON ({error})") from error
    try:
        return _page(text, key, limit)
    except RecursionError as error:
        # Python's scanner recurses per level; no page of ours nests more than a few levels.
        raise ProtocolError("the answer's JSON is nested too deeply") from error
    except ValueError as error:
        raise ProtocolError(f"the answer is not valid JSON ({error})") from error


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _page(text: str, key: str, limit: int) -> Any:
    pos = _skip(text, 0)
    if not text.startswith("{", pos):
        return json.loads(text)  # not an object: the page check refuses it by its type
    page: dict[str, Any] = {}
    pos = _skip(text, pos + 1)
    if text.startswith("}", pos):
        return _end(text, pos + 1, page)
    while True:
        if not text.startswith('"', pos):
            raise ValueError(f"a name expected at character {pos}")
        name, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        if not text.startswith(":", pos):
            raise ValueError(f"':' expected at character {pos}")
        pos = _skip(text, pos + 1)
        if name == key and text.startswith("[", pos):
            page[name], pos = _items(text, pos, key, limit)
        else:
            page[name], pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
            continue
        if text.startswith("}", pos):
            return _end(text, pos + 1, page)
        raise ValueError(f"',' or '}}' expected at character {pos}")


def _items(text: str, pos: int, key: str, limit: int) -> tuple[list[Any], int]:
    items: list[Any] = []
    pos = _skip(text, pos + 1)
    if text.startswith("]", pos):
        return items, pos + 1
    while True:
        if len(items) == limit:
            raise ProtocolError(f"more than {limit} {key} in a page of at most {limit}")
        item, pos = _DECODER.raw_decode(text, pos)
        items.append(item)
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
            continue
        if text.startswith("]", pos):
            return items, pos + 1
        raise ValueError(f"',' or ']' expected at character {pos}")


def _end(text: str, pos: int, page: dict[str, Any]) -> dict[str, Any]:
    if _skip(text, pos) != len(text):
        raise ValueError(f"extra data at character {pos}")
    return page

"""Resuming a download with HTTP Range: what to ask for, and where the server's answer starts.

Used by every sink that `Transport.download` fills (attachments, the update channel's MSI), so the one reading of
Range and Content-Range lives here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sync.engine.errors import ProtocolError

_CONTENT_RANGE = re.compile(r"bytes (\d+)-")


def resume_headers(held: int) -> dict[str, str]:
    """The request headers of a download that already holds `held` bytes."""
    # identity: a Range must address the file's own bytes, not those of a gzip stream the server makes on the fly
    # (and attachments, scans and MSIs do not compress anyway).
    wanted = {"Accept-Encoding": "identity"}
    if held:
        wanted["Range"] = f"bytes={held}-"
    return wanted


def answer_start(status: int, headers: Mapping[str, str], held: int) -> int:
    """Where the answer's bytes start: 0 for a whole answer, the Content-Range start for a partial one, which may
    not lie past the bytes already held."""
    if status != 206:
        return 0
    content_range = headers.get("Content-Range", "")
    match = _CONTENT_RANGE.match(content_range)
    if match is None:
        raise ProtocolError(f"a partial answer with a bad Content-Range {content_range!r}")
    start = int(match.group(1))
    if start > held:
        raise ProtocolError("a partial answer starting after the bytes we hold")
    return start

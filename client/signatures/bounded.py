"""Check a PDF from outside in a child process with a deadline, so that a hostile file cannot hang or sink the app.

How it is bounded: files over `MAX_BYTES` are not parsed at all; the check runs in a separate process (started with
"spawn", the only method on Windows) that is killed when it has not answered by the deadline; a child that dies
(out of memory, a crash in a parser) yields the verdict "check failed", never an exception in the caller. Memory is
bounded by the size limit and by the child being a separate process the OS reclaims; no per-process memory limit
is set, because Windows has no `resource` module and job objects would need pywin32.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from multiprocessing.connection import Connection
from typing import Any

from client.signatures.verdicts import FileVerdict

MAX_BYTES = 100 * 1024 * 1024
DEADLINE_SECONDS = 60.0


def check_pdf(data: bytes, trust_der: Sequence[bytes], *, deadline: float = DEADLINE_SECONDS,
              max_bytes: int = MAX_BYTES) -> FileVerdict:
    """The verdict on one PDF, computed in a child process; `trust_der` are DER certificates of the anchors."""
    return check_many([data], trust_der, deadline=deadline, max_bytes=max_bytes)[0]


def check_many(files: Sequence[bytes], trust_der: Sequence[bytes], *, crls: Sequence[bytes] = (),
               deadline: float = DEADLINE_SECONDS, max_bytes: int = MAX_BYTES) -> list[FileVerdict]:
    """Verdicts on several PDFs, one child process for all (starting Python and pyHanko costs about a second);
    each file has its own deadline, and a file that exceeds it costs only the child, which is started again for
    the files after it."""
    verdicts: list[FileVerdict | None] = [None] * len(files)
    todo = []
    for index, data in enumerate(files):
        if len(data) > max_bytes:
            verdicts[index] = FileVerdict.failed("too_large", f"{len(data)} bytes, over {max_bytes}")
        else:
            todo.append(index)
    while todo:
        todo = _run_child([(i, files[i]) for i in todo], list(trust_der), list(crls), deadline, verdicts)
    return [v if v is not None else FileVerdict.failed("check_failed") for v in verdicts]


def _run_child(batch: list[tuple[int, bytes]], trust_der: list[bytes], crls: list[bytes], deadline: float,
               verdicts: list[FileVerdict | None]) -> list[int]:
    """Check the batch in one child; return the indexes still to do after a file that timed out or crashed it."""
    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe()
    child = context.Process(target=_child_main, args=(child_end, trust_der, crls), daemon=True)
    child.start()
    child_end.close()
    try:
        for position, (index, data) in enumerate(batch):
            try:
                parent_end.send_bytes(data)
                if not parent_end.poll(deadline):
                    verdicts[index] = FileVerdict.failed("timeout", f"no answer within {deadline:g} s")
                    return [i for i, _ in batch[position + 1:]]
                verdicts[index] = FileVerdict.from_json(parent_end.recv())
            except (EOFError, OSError, BrokenPipeError) as error:
                verdicts[index] = FileVerdict.failed("check_failed", f"the checking process ended: {error}")
                return [i for i, _ in batch[position + 1:]]
        return []
    finally:
        parent_end.close()
        if child.is_alive():
            child.kill()
        child.join(5)


def _child_main(conn: Connection, trust_der: list[bytes], crls: list[bytes]) -> None:
    """In the child: read PDFs from the pipe until it closes, answer each with its verdict."""
    from asn1crypto import x509

    from client.signatures.validation import check_pdf_bytes

    roots = [x509.Certificate.load(der) for der in trust_der]
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        answer: dict[str, Any]
        try:
            answer = check_pdf_bytes(data, roots, crls=crls).as_json()
        except Exception as error:
            answer = FileVerdict.failed("unreadable", f"{type(error).__name__}: {error}"[:300]).as_json()
        conn.send(answer)

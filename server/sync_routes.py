"""The sync endpoints: change feed, snapshot and push."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Connection

from server import feed, page_json, push
from server.auth import AUTH_ERRORS, CurrentPrincipal, TokenClaims, principal_of
from server.page_compression import accepts_gzip, page_response
from server.problems import Problem
from server.runtime import runtime
from server.scope import Principal
from server.tokens import AccessClaims
from sync.protocol.wire import (
    MAX_INT64,
    MAX_PAGE,
    ChangesPage,
    PushRequest,
    PushResponse,
    SnapshotPage,
)
from sync.protocol.wire import Problem as ProblemModel

router = APIRouter(prefix="/v1/sync", tags=["sync"], responses=AUTH_ERRORS)


# The page routes check the token on the event loop (TokenClaims) and look up its device in the same worker thread
# that reads the page: one thread hop a pull. Pages are JSON spliced from the stored records (page_json), gzipped
# there too (page_compression).
#
# Page reads get threads of their own, a few a process: building a page is mostly Python holding the GIL, so more
# threads than that do not build pages faster, they share one core by time slices and every page in flight
# finishes late. With a few, pages queue in arrival order and each, once started, runs nearly alone; one thread
# still reads from PostgreSQL while another builds. The framework's pool (40 threads) stays for everything else.
PAGE_THREADS = 4
_page_threads = ThreadPoolExecutor(PAGE_THREADS, thread_name_prefix="page")


async def _page(request: Request, claims: AccessClaims, read: Callable[[Connection, Principal], bytes]) -> Response:
    """One page read, spliced and compressed in one worker thread, on one autocommit connection."""
    rt = runtime(request)
    gzip_allowed = accepts_gzip(request.headers.get("accept-encoding", ""))

    def work() -> Response:
        with rt.db.autocommit.connect() as conn:
            body = read(conn, principal_of(rt, claims, conn))
        return page_response(body, gzip_allowed)

    return await asyncio.get_running_loop().run_in_executor(_page_threads, work)


@router.get("/changes", response_model=ChangesPage, responses={409: {"model": ProblemModel}})
async def changes(
    request: Request, claims: TokenClaims,
    after: Annotated[int, Query(ge=0, le=MAX_INT64, description="Cursor: the last seq already stored")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
) -> Response:
    """The unit's changes after a cursor, oldest first, one page at a time."""

    def read(conn: Connection, who: Principal) -> bytes:
        if after > who.feed_head:
            raise Problem(409, "cursor-ahead", "Your cursor is ahead of the server's feed (the server was "
                          "restored from a backup). Download a new snapshot; unsent changes are kept.",
                          feed_head=who.feed_head)
        if after == who.feed_head:
            # Nothing new (the feed head came with the token check): answer without another query.
            return page_json.changes_json([], after, False)
        return page_json.changes_json(*feed.read_changes(conn, who, after, limit))

    return await _page(request, claims, read)


@router.get("/snapshot", response_model=SnapshotPage, responses={400: {"model": ProblemModel}})
async def snapshot(
    request: Request, claims: TokenClaims,
    page_token: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
) -> Response:
    """The unit's current records in pages, and the feed cursor to follow afterwards."""

    def read(conn: Connection, who: Principal) -> bytes:
        try:
            return page_json.snapshot_json(*feed.read_snapshot(conn, who, page_token, limit))
        except ValueError as error:
            raise Problem(400, "bad-page-token", "The page token was not made by this server; start the "
                          "snapshot again without one.") from error

    return await _page(request, claims, read)


@router.post("/push")
async def push_mutations(body: PushRequest, request: Request, who: CurrentPrincipal) -> PushResponse:
    """Apply a batch of mutations exactly once; every mutation gets its own answer."""
    seqs = [m.device_seq for m in body.mutations]
    if any(b <= a for a, b in itertools.pairwise(seqs)):
        raise Problem(422, "device-seq-order", "Mutations in a batch must have increasing device_seq.")
    ids = [m.mutation_id for m in body.mutations]
    if len(set(ids)) != len(ids):
        raise Problem(422, "duplicate-mutation-id", "A batch must not repeat a mutation_id.")
    ip = request.client.host if request.client else None
    results = await run_in_threadpool(push.push, runtime(request).db, who, body, ip)
    return PushResponse.model_validate({"results": results})

"""The sync endpoints: change feed, snapshot and push."""

from __future__ import annotations

import itertools
import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from server import feed, push
from server.auth import AUTH_ERRORS, CurrentPrincipal
from server.problems import Problem
from server.runtime import runtime
from sync.protocol.wire import (
    MAX_INT64,
    MAX_PAGE,
    ChangesPage,
    PushRequest,
    PushResponse,
    SnapshotItem,
    SnapshotPage,
)
from sync.protocol.wire import Problem as ProblemModel

router = APIRouter(prefix="/v1/sync", tags=["sync"], responses=AUTH_ERRORS)


def _changes_body(items: list[dict[str, Any]], cursor: int, has_more: bool) -> bytes:
    parts = []
    for item in items:
        head = json.dumps({k: item[k] for k in ("seq", "entity", "id", "op", "version")}, ensure_ascii=False)
        parts.append(f'{head[:-1]}, "record": {item["record"] or "null"}}}')
    return f'{{"changes": [{", ".join(parts)}], "cursor": {cursor}, "has_more": {json.dumps(has_more)}}}'.encode()


@router.get("/changes", response_model=ChangesPage, responses={409: {"model": ProblemModel}})
async def changes(
    request: Request, who: CurrentPrincipal,
    after: Annotated[int, Query(ge=0, le=MAX_INT64, description="Cursor: the last seq already stored")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
) -> Response:
    """The unit's changes after a cursor, oldest first, one page at a time."""
    if after > who.feed_head:
        raise Problem(409, "cursor-ahead", "Your cursor is ahead of the server's feed (the server was restored from "
                      "a backup). Download a new snapshot; unsent changes are kept.", feed_head=who.feed_head)
    if after == who.feed_head:
        # Nothing new (the feed head came with the token check): answer without another query or thread hop.
        return Response(_changes_body([], after, False), media_type="application/json")

    def read() -> tuple[list[dict[str, Any]], int, bool]:
        with runtime(request).db.read() as session:
            return feed.read_changes(session, who, after, limit)

    items, cursor, has_more = await run_in_threadpool(read)
    return Response(_changes_body(items, cursor, has_more), media_type="application/json")


@router.get("/snapshot", responses={400: {"model": ProblemModel}})
def snapshot(
    request: Request, who: CurrentPrincipal,
    page_token: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
) -> SnapshotPage:
    """The unit's current records in pages, and the feed cursor to follow afterwards."""
    with runtime(request).db.read() as session:
        try:
            items, cursor, next_token = feed.read_snapshot(session, who, page_token, limit)
        except ValueError as error:
            raise Problem(400, "bad-page-token", "The page token was not made by this server; start the snapshot "
                          "again without one.") from error
    return SnapshotPage.model_construct(records=[SnapshotItem.model_construct(**i) for i in items], cursor=cursor,
                                        next_page_token=next_token)


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

"""RFC 9457 problem responses for every error the server answers, including the framework's own."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol.wire import PROBLEM_BASE

log = logging.getLogger("commune.central")
PROBLEM_JSON = "application/problem+json"


class Problem(Exception):
    """An error answered to the client: `slug` names the problem type, `extra` adds extension members."""

    def __init__(
        self, status: int, slug: str, detail: str, *, title: str | None = None,
        headers: dict[str, str] | None = None, **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.slug = slug
        self.detail = detail
        self.title = title or HTTPStatus(status).phrase
        self.headers = headers or {}
        self.extra = extra


def problem_response(
    status: int, slug: str, detail: str, title: str | None = None,
    headers: dict[str, str] | None = None, **extra: Any,
) -> JSONResponse:
    """Build the problem+json response itself (also used by middleware that runs outside FastAPI's handlers)."""
    body = {"type": PROBLEM_BASE + slug, "title": title or HTTPStatus(status).phrase, "status": status,
            "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _slug_for(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "-").replace("'", "")
    except ValueError:
        return "error"


def install_problem_handlers(app: FastAPI) -> None:
    """Route every exception to a problem response; unknown ones become a 500 without internals."""

    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc.status, exc.slug, exc.detail, exc.title, exc.headers, **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and exc.detail == _FASTAPI_PARSE_ERROR:
            return await _unparsable_body(request)
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        headers = dict(exc.headers) if exc.headers else None
        return problem_response(exc.status_code, _slug_for(exc.status_code), detail, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": [str(part) for part in err.get("loc", ())], "msg": str(err.get("msg", "")), "type": err.get("type")}
            for err in exc.errors()
        ]
        malformed = any(err["type"] == "json_invalid" for err in errors)
        if malformed:
            return problem_response(400, "malformed-json", "The request body is not valid JSON.", errors=errors)
        first = errors[0] if errors else {"loc": [], "msg": ""}
        detail = f"{'.'.join(first['loc'])}: {first['msg']}" if errors else "The request is invalid."
        return problem_response(422, "validation-error", detail, "Invalid request", errors=errors)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return problem_response(500, "internal-error", "The server failed; nothing was stored. Try again later.")


_FASTAPI_PARSE_ERROR = "There was an error parsing the body"


async def _unparsable_body(request: Request) -> JSONResponse:
    """Say what was wrong with a body FastAPI could not parse, instead of its bare 400."""
    body = await request.body()  # cached by the request that failed to parse it
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as error:
        return problem_response(422, "invalid-utf8", f"The request body is not valid UTF-8: byte "
                                f"0x{body[error.start]:02x} at offset {error.start}.", "Invalid request",
                                offset=error.start)
    return problem_response(400, "malformed-json", "The request body is not valid JSON.")


async def reject_unknown_query(request: Request) -> None:
    """Refuse query parameters the route does not declare, as request bodies refuse unknown fields.

    `async`, though it awaits nothing: a plain function dependency would cost every request a hop to a worker
    thread and back.
    """
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not request.query_params:
        return
    known = {param.alias for param in _all_query_params(dependant)}
    keys = request.query_params.multi_items()
    if len({k for k, _ in keys}) != len(keys):
        raise Problem(422, "repeated-parameter", "A query parameter was given more than once.", title="Invalid request")
    unknown = sorted({k for k, _ in keys} - known)
    if unknown:
        raise Problem(422, "unknown-parameter", f"Unknown query parameter(s): {', '.join(unknown)[:200]}.",
                      title="Invalid request")


def _all_query_params(dependant: Any) -> list[Any]:
    params = list(dependant.query_params)
    for sub in dependant.dependencies:
        params.extend(_all_query_params(sub))
    return params

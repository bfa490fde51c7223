"""The OpenAPI document as clients should read it: every error documented as application/problem+json."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from sync.protocol.wire import Problem

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
# Errors any operation can answer: malformed or invalid input, oversized or wrongly encoded bodies, failures.
COMMON_ERRORS = {
    "400": "Malformed request (bad JSON, bad encoding)",
    "413": "Body larger than the configured limit",
    "415": "Unsupported Content-Encoding",
    "422": "Invalid request (types, unknown fields, constraints)",
    "500": "Server failure; nothing was stored",
}


def problem_openapi(app: FastAPI) -> dict[str, Any]:
    """Build (once) the document with problem+json errors and the shared Problem schema."""
    if app.openapi_schema:
        return app.openapi_schema
    document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = Problem.model_json_schema()
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    for path_item in document["paths"].values():
        for operation in path_item.values():
            responses = operation.setdefault("responses", {})
            for status, description in COMMON_ERRORS.items():
                responses.setdefault(status, {"description": description})
            if "security" in operation:
                responses.setdefault("401", {"description": "Not signed in, token invalid, or device revoked"})
            for status, response in responses.items():
                if int(status) >= 400:
                    response["content"] = {"application/problem+json": {"schema": PROBLEM_REF}}
    app.openapi_schema = document
    return document

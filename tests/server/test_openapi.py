"""The OpenAPI document kept in the repository matches the code."""

from __future__ import annotations

from pathlib import Path

from server.app import OPENAPI_FILE, create_app, openapi_document
from server.config import Settings


def test_openapi_json_in_repo_is_up_to_date(tmp_path: Path) -> None:
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/x.db", data_dir=tmp_path, secret_key="k"))
    assert OPENAPI_FILE.read_text(encoding="utf-8") == openapi_document(app), (
        "server/openapi.json is stale: run `python -m server.cli openapi`"
    )


def test_openapi_is_served(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/x.db", data_dir=tmp_path, secret_key="k"))
    with TestClient(app) as client:
        document = client.get("/v1/openapi.json").json()
    assert "/v1/sync/changes" in document["paths"] and "/v1/sync/push" in document["paths"]

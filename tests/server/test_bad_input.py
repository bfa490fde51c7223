"""Bad input gets a clear 4xx problem response and stores nothing."""

from __future__ import annotations

import gzip
import json
from typing import Any

import httpx
from fastapi.testclient import TestClient

from tests.server.org import DemoOrg, new_document, sign_in


def _is_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert {"type", "title", "status", "detail"} <= body.keys() and body["status"] == status
    return body


def test_malformed_json_is_400(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    response = a.post("/v1/sync/push", content=b'{"mutations": [', headers={"Content-Type": "application/json"})
    assert _is_problem(response, 400)["type"].endswith("malformed-json")


def test_oversized_body_is_413_before_parsing(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    body = b'{"mutations": [' + b" " * 300_000 + b"]}"
    _is_problem(a.post("/v1/sync/push", content=body, headers={"Content-Type": "application/json"}), 413)
    bomb = gzip.compress(b" " * 5_000_000)
    response = a.post("/v1/sync/push", content=bomb, headers={"Content-Type": "application/json",
                                                              "Content-Encoding": "gzip"})
    _is_problem(response, 413)


def test_gzip_request_bodies_are_accepted(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    mutation = a.mutation("document", "create", None, None, kind="incoming", summary="nén gzip")
    body = gzip.compress(json.dumps({"mutations": [mutation]}).encode())
    response = a.post("/v1/sync/push", content=body, headers={"Content-Type": "application/json",
                                                              "Content-Encoding": "gzip"})
    assert response.status_code == 200 and response.json()["results"][0]["status"] == "applied"
    broken = a.post("/v1/sync/push", content=b"not gzip", headers={"Content-Encoding": "gzip"})
    _is_problem(broken, 400)


def test_responses_are_gzip_compressed(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    response = a.get("/v1/sync/snapshot", headers={"Accept-Encoding": "gzip"})
    assert response.headers.get("content-encoding") == "gzip"


def test_wrong_types_and_unknown_fields_are_422(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    _is_problem(a.get("/v1/sync/changes", params={"after": "abc"}), 422)
    _is_problem(a.get("/v1/sync/changes", params={"limit": 5000}), 422)
    m = a.mutation("document", "create", None, None, kind="incoming")
    _is_problem(a.post("/v1/sync/push", json={"mutations": [dict(m, device_seq="x")]}), 422)
    _is_problem(a.post("/v1/sync/push", json={"mutations": [m], "extra": 1}), 422)
    _is_problem(a.post("/v1/sync/push", json={"mutations": [dict(m, surprise=True)]}), 422)
    _is_problem(client.post("/v1/auth/login", json={"username": "x", "password": "y", "device_name": "z",
                                                     "is_admin": True}), 422)
    assert a.changes()["cursor"] == a.changes()["cursor"]
    assert all(c["entity"] in ("unit", "person") for c in a.changes()["changes"])  # nothing half-stored


def test_unknown_paths_and_methods_are_problems(client: TestClient, org: DemoOrg) -> None:
    _is_problem(client.get("/v1/nowhere"), 404)
    _is_problem(client.delete("/v1/sync/changes"), 405)


def test_replayed_batch_with_repeated_ids_is_422(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    m = a.mutation("document", "create", None, None, kind="incoming")
    _is_problem(a.post("/v1/sync/push", json={"mutations": [m, m]}), 422)


def test_unknown_and_repeated_query_parameters_are_422(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    _is_problem(a.get("/v1/sync/changes", params={"after": 0, "colour": "red"}), 422)
    _is_problem(a.get("/v1/sync/changes?after=0&after=1"), 422)


def test_rejection_quoting_unencodable_input_is_stored_and_answered(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    m = a.mutation("task_report", "append", None, None, **{"\ud90a": 1})
    response = a.post("/v1/sync/push", content=json.dumps({"mutations": [m]}), headers={"Content-Type":
                                                                                      "application/json"})
    assert response.status_code == 200 and response.json()["results"][0]["code"] == "invalid_fields"


def test_nul_characters_anywhere_in_a_body_are_422_and_store_nothing(client: TestClient, org: DemoOrg) -> None:
    # Found by schemathesis on PostgreSQL, whose text types cannot hold NUL: it was a 500.
    response = client.post("/v1/auth/login", json={"username": "clerk_a\x00", "password": "x", "device_name": "pc"})
    assert "NUL" in _is_problem(response, 422)["detail"] + json.dumps(response.json())
    a = sign_in(client, "clerk_a")
    before = a.changes()["cursor"]
    mutation = a.mutation("document", "create", None, None, kind="incoming", summary="trích yếu\x00")
    _is_problem(a.post("/v1/sync/push", json={"mutations": [mutation]}), 422)
    assert a.changes()["cursor"] == before


def test_a_null_where_the_record_needs_a_value_is_one_refused_mutation(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    doc = new_document(a)
    results = a.push(a.mutation("document", "update", doc["record"]["id"], doc["version"], summary=None),
                     a.mutation("document", "update", doc["record"]["id"], doc["version"], pages=3))
    assert [r["status"] for r in results] == ["rejected", "applied"]
    assert results[0]["code"] == "invalid_fields" and "summary" in results[0]["reason"]


def test_a_nul_character_is_refused_naming_its_field(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    mutation = a.mutation("document", "create", None, None, kind="incoming", summary="trích yếu\x00")
    body = _is_problem(a.post("/v1/sync/push", json={"mutations": [mutation]}), 422)
    assert "mutations.0.fields.summary" in body["detail"]
    key = a.mutation("document", "create", None, None, **{"\ud800\x00": 1})
    response = a.post("/v1/sync/push", content=json.dumps({"mutations": [key]}),
                      headers={"Content-Type": "application/json"})
    assert "NUL" in _is_problem(response, 422)["detail"]


def test_a_body_that_is_not_utf8_is_422_naming_the_byte(client: TestClient, org: DemoOrg) -> None:
    response = client.post("/v1/auth/login", content=b'{"username": "ch\xe1nh", "password": "x", "device_name": "pc"}',
                           headers={"Content-Type": "application/json"})
    body = _is_problem(response, 422)
    assert body["type"].endswith("invalid-utf8") and body["offset"] == 16 and "0xe1" in body["detail"]


def test_a_lone_surrogate_is_refused_naming_its_field(client: TestClient, org: DemoOrg) -> None:
    response = client.post("/v1/auth/login", content=json.dumps({"username": "a\udc00", "password": "x",
                                                                 "device_name": "pc"}),
                           headers={"Content-Type": "application/json"})
    assert "username" in _is_problem(response, 422)["detail"]
    a = sign_in(client, "clerk_a")
    m = a.mutation("document", "create", None, None, kind="incoming", summary="x\ud800y")
    result = a.post("/v1/sync/push", content=json.dumps({"mutations": [m]}),
                    headers={"Content-Type": "application/json"}).json()["results"][0]
    assert result["code"] == "invalid_fields" and result["reason"].startswith("summary")


def test_a_brotli_body_is_415_naming_the_encoding(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    for headers in ({"Content-Encoding": "br"}, {"Content-Encoding": "br", "Transfer-Encoding": "chunked"}):
        response = a.post("/v1/sync/push", content=b"\x1b\x00\x00", headers={"Content-Type": "application/json",
                                                                              **headers})
        assert "'br'" in _is_problem(response, 415)["detail"]

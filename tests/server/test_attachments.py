"""Resumable, verified, deduplicated uploads and scoped Range downloads."""

from __future__ import annotations

import base64
import hashlib
import os

from fastapi.testclient import TestClient

from tests.server.org import Api, DemoOrg, new_document, sign_in, signed_outgoing


def upload(api: Api, data: bytes, name: str = "cong-van.pdf", chunk: int = 40_000) -> dict:
    sha = hashlib.sha256(data).hexdigest()
    state = api.post("/v1/attachments", json={"sha256": sha, "size": len(data), "name": name,
                                              "mime": "application/pdf"}).json()
    offset = state["offset"]
    while not state["complete"]:
        part = data[offset:offset + chunk]
        response = api.http.patch(f"/v1/attachments/uploads/{state['upload_id']}", content=part,
                                  headers={**api.headers, "Upload-Offset": str(offset),
                                           "Content-Type": "application/offset+octet-stream"})
        assert response.status_code == 200, response.text
        state = response.json()
        offset = state["offset"]
    return {"sha256": sha, "name": name, "size": len(data), "mime": "application/pdf"}


def test_upload_resumes_at_offset_and_downloads_with_range(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    data = os.urandom(100_000)
    sha = hashlib.sha256(data).hexdigest()
    state = a.post("/v1/attachments", json={"sha256": sha, "size": len(data), "name": "scan.pdf"}).json()
    url = f"/v1/attachments/uploads/{state['upload_id']}"
    first = client.patch(url, content=data[:30_000], headers={**a.headers, "Upload-Offset": "0"})
    assert first.json()["offset"] == 30_000
    assert client.head(url, headers=a.headers).headers["Upload-Offset"] == "30000"
    wrong = client.patch(url, content=data[10:20], headers={**a.headers, "Upload-Offset": "10"})
    assert wrong.status_code == 409 and wrong.json()["offset"] == 30_000
    ref = upload(a, data, "scan.pdf")  # same content: resumes the same upload from 30,000
    doc = new_document(a, attachments=[ref])["record"]
    assert doc["attachments"][0]["sha256"] == sha
    whole = a.get(f"/v1/attachments/{sha}")
    assert whole.status_code == 200 and whole.content == data
    part = a.get(f"/v1/attachments/{sha}", headers={"Range": "bytes=1000-1999", "Accept-Encoding": "gzip"})
    assert part.status_code == 206 and part.content == data[1000:2000]
    # Bytes are never gzipped, even when asked: Range offsets must point into the file itself.
    assert "content-encoding" not in part.headers
    assert "content-encoding" not in a.get(f"/v1/attachments/{sha}", headers={"Accept-Encoding": "gzip"}).headers


def test_chunk_with_wrong_checksum_stores_nothing(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    data = os.urandom(5000)
    state = a.post("/v1/attachments", json={"sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                                            "name": "a.pdf"}).json()
    url = f"/v1/attachments/uploads/{state['upload_id']}"
    bad = base64.b64encode(hashlib.sha256(b"other").digest()).decode()
    response = client.patch(url, content=data, headers={**a.headers, "Upload-Offset": "0",
                                                        "Upload-Checksum": f"sha256 {bad}"})
    assert response.status_code == 422 and response.json()["type"].endswith("chunk-checksum-mismatch")
    assert client.head(url, headers=a.headers).headers["Upload-Offset"] == "0"
    good = base64.b64encode(hashlib.sha256(data).digest()).decode()
    ok = client.patch(url, content=data, headers={**a.headers, "Upload-Offset": "0",
                                                  "Upload-Checksum": f"sha256 {good}"})
    assert ok.status_code == 200 and ok.json()["complete"]


def test_file_not_matching_its_hash_is_discarded(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    claimed = hashlib.sha256(b"the real thing").hexdigest()
    state = a.post("/v1/attachments", json={"sha256": claimed, "size": 14, "name": "x.pdf"}).json()
    url = f"/v1/attachments/uploads/{state['upload_id']}"
    response = client.patch(url, content=b"something else", headers={**a.headers, "Upload-Offset": "0"})
    assert response.status_code == 422 and response.json()["type"].endswith("hash-mismatch")
    assert client.head(url, headers=a.headers).status_code == 404
    assert a.get(f"/v1/attachments/{claimed}").status_code == 404


def test_knowing_a_hash_grants_nothing(client: TestClient, org: DemoOrg) -> None:
    a, b = sign_in(client, "clerk_a"), sign_in(client, "clerk_b")
    data = b"%PDF-1.4 secret minutes"
    ref = upload(a, data)
    new_document(a, attachments=[ref])
    assert b.get(f"/v1/attachments/{ref['sha256']}").status_code == 404
    stolen = b.push_one("document", "create", kind="incoming", summary="x", attachments=[ref])
    assert stolen["status"] == "rejected" and stolen["code"] == "attachment_not_uploaded"
    # dedupe does not hand the content to another unit: it must send the bytes to prove it holds them
    state = b.post("/v1/attachments", json={"sha256": ref["sha256"], "size": len(data), "name": "x.pdf"}).json()
    assert state["complete"] is False
    again = a.post("/v1/attachments", json={"sha256": ref["sha256"], "size": len(data), "name": "x.pdf"}).json()
    assert again["complete"] is True  # the owner's unit gets the dedupe answer


def test_sent_document_attachments_are_readable_by_recipients(client: TestClient, org: DemoOrg) -> None:
    province, a = sign_in(client, "clerk_tinh"), sign_in(client, "clerk_a")
    data = b"%PDF-1.4 ke hoach"
    ref = upload(province, data)
    signed = signed_outgoing(client, "tinh", summary="Kế hoạch", attachments=[ref],
                             recipients=[{"name": "Xã An Bình", "unit_id": org.commune_a}])
    doc = province.push_one("document", "update", signed["record"]["id"], signed["version"], status="issued")
    assert a.get(f"/v1/attachments/{ref['sha256']}").status_code == 404
    province.push_one("document", "update", doc["record"]["id"], doc["version"], status="sent")
    assert a.get(f"/v1/attachments/{ref['sha256']}").content == data


def test_path_like_names_and_bad_hashes_are_refused(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    for name in ("../../etc/passwd", "a/b.pdf", "..\\x.pdf", ".."):
        response = a.post("/v1/attachments", json={"sha256": "a" * 64, "size": 1, "name": name})
        assert response.status_code == 422, name
    assert a.get("/v1/attachments/..%2F..%2Fsecret").status_code in (404, 422)
    assert a.get("/v1/attachments/" + "A" * 64).status_code == 422
    ref = {"sha256": "a" * 64, "name": "../evil.pdf", "size": 1, "mime": "application/pdf"}
    result = a.push_one("document", "create", kind="incoming", attachments=[ref])
    assert result["status"] == "rejected" and result["code"] == "invalid_fields"


def test_a_reference_with_a_lying_size_is_refused(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    data = b"%PDF-1.4 bien ban hop"
    ref = upload(a, data)
    lying = {**ref, "size": len(data) + 1000}
    created = a.push_one("document", "create", kind="incoming", summary="x", attachments=[lying])
    assert created["status"] == "rejected" and created["code"] == "attachment_size_mismatch"
    assert str(len(data)) in created["reason"]
    doc = new_document(a, attachments=[ref])
    edited = a.push_one("document", "update", doc["record"]["id"], doc["version"], attachments=[lying])
    assert edited["status"] == "rejected" and edited["code"] == "attachment_size_mismatch"
    assert a.push_one("document", "update", doc["record"]["id"], doc["version"], summary="đúng")["status"] == \
        "applied"

"""Feed, snapshot and push: scope, secrecy ceiling, field-level merge, idempotency, lifecycles."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.server.org import DemoOrg, new_document, sign_in, signed_outgoing


def test_created_document_appears_in_own_feed_only(client: TestClient, org: DemoOrg) -> None:
    a, b = sign_in(client, "clerk_a"), sign_in(client, "clerk_b")
    created = new_document(a)
    doc_id = created["record"]["id"]
    assert created["version"] == 1 and created["record"]["unit_id"] == org.commune_a
    assert a.all_changes()[doc_id]["op"] == "upsert"
    assert doc_id not in b.all_changes()


def test_empty_pull_after_cursor_and_paging(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    for i in range(7):
        new_document(a, summary=f"Văn bản {i}")
    head = a.changes()["cursor"]
    empty = a.changes(after=head)
    assert empty == {"changes": [], "cursor": head, "has_more": False}
    page = a.changes(after=0, limit=3)
    assert len(page["changes"]) == 3 and page["has_more"]
    seqs = [c["seq"] for c in page["changes"]]
    assert seqs == sorted(seqs) and page["cursor"] == seqs[-1]


def test_cursor_ahead_of_feed_is_409(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    response = a.get("/v1/sync/changes", params={"after": 10_000})
    assert response.status_code == 409 and response.json()["type"].endswith("cursor-ahead")


def test_snapshot_pages_then_follow_feed_misses_nothing(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    ids = {new_document(a, summary=f"Tài liệu {i}")["record"]["id"] for i in range(9)}
    first = a.get("/v1/sync/snapshot", params={"limit": 4}).json()
    cursor = first["cursor"]
    late = new_document(a, summary="Đến sau khi bắt đầu snapshot")["record"]["id"]
    seen = {r["id"] for r in first["records"]}
    token = first["next_page_token"]
    while token:
        page = a.get("/v1/sync/snapshot", params={"limit": 4, "page_token": token}).json()
        assert page["cursor"] == cursor
        seen |= {r["id"] for r in page["records"]}
        token = page["next_page_token"]
    assert ids <= seen
    assert late in a.all_changes(after=cursor)
    assert a.get("/v1/sync/snapshot", params={"page_token": "garbage!"}).status_code == 400


def test_disjoint_edits_merge_and_same_field_conflicts(client: TestClient, org: DemoOrg) -> None:
    clerk, leader = sign_in(client, "clerk_a"), sign_in(client, "leader_a")
    doc = new_document(clerk)["record"]
    doc_id = doc["id"]
    first = clerk.push_one("document", "update", doc_id, 1, summary="Trích yếu mới")
    assert first["status"] == "applied" and first["version"] == 2
    merged = leader.push_one("document", "update", doc_id, 1, direction_note="Giao đ/c Lan xử lý")
    assert merged["status"] == "applied" and merged["version"] == 3
    assert merged["record"]["summary"] == "Trích yếu mới"
    conflict = leader.push_one("document", "update", doc_id, 1, summary="Một trích yếu khác")
    assert conflict["status"] == "conflict"
    assert conflict["conflicting_fields"] == ["summary"]
    assert conflict["record"]["summary"] == "Trích yếu mới" and conflict["version"] == 3
    agreeing = leader.push_one("document", "update", doc_id, 1, summary="Trích yếu mới")
    assert agreeing["status"] == "applied" and agreeing["version"] == 3  # same value: agreement, no new version


def test_replayed_mutation_returns_stored_result_and_applies_nothing(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    doc_id = new_document(a)["record"]["id"]
    m = a.mutation("document", "update", doc_id, 1, summary="Lần một")
    first = a.push(m)[0]
    replay = a.push(m)[0]
    assert replay == first
    head = a.changes()["cursor"]
    assert a.push(m)[0]["version"] == 2
    assert a.changes(after=head)["changes"] == []
    stale = dict(m, mutation_id="6f1c1e4e-0000-4000-8000-000000000001")
    result = a.push(stale)[0]
    assert result["status"] == "rejected" and result["code"] == "stale_device_seq"


def test_one_rejected_mutation_does_not_block_the_batch(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    bad = a.mutation("document", "update", "00000000-0000-4000-8000-000000000000", 1, summary="x")
    good = a.mutation("document", "create", None, None, kind="incoming", summary="Vẫn được lưu")
    unknown_field = a.mutation("document", "create", None, None, kind="incoming", colour="red")
    results = a.push(bad, good, unknown_field)
    assert [r["status"] for r in results] == ["rejected", "applied", "rejected"]
    assert results[0]["code"] == "not_found" and results[2]["code"] == "invalid_fields"


def test_commune_cannot_hold_toi_mat(client: TestClient, org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    result = a.push_one("document", "create", kind="incoming", summary="Tối mật", secrecy=2)
    assert result["status"] == "rejected" and result["code"] == "above_ceiling"
    province = sign_in(client, "clerk_tinh")
    # A secret document is a register entry: where its original is, not its summary (Law 117/2025).
    assert province.push_one("document", "create", kind="incoming", secrecy=2,
                             original_location="Két sắt của văn thư")["status"] == "applied"


def test_other_units_record_ids_are_not_found_and_logged(client: TestClient, org: DemoOrg) -> None:
    a, b = sign_in(client, "clerk_a"), sign_in(client, "clerk_b")
    doc_id = new_document(a)["record"]["id"]
    for op, fields in (("update", {"summary": "hack"}), ("delete", {})):
        result = b.push_one("document", op, doc_id, 1, **fields)
        assert result["status"] == "rejected" and result["code"] == "not_found"
    note = b.push_one("document_note", "append", document_id=doc_id, text="xem trộm")
    assert note["status"] == "rejected" and note["code"] == "not_found"


def test_register_numbers_assignment_and_transitions(client: TestClient, org: DemoOrg) -> None:
    clerk, leader, specialist = sign_in(client, "clerk_a"), sign_in(client, "leader_a"), sign_in(client, "specialist_a")
    doc = new_document(clerk)["record"]
    registered = clerk.push_one("document", "update", doc["id"], 1, status="registered")
    assert registered["record"]["arrival_number"] == 1
    second = new_document(clerk)["record"]
    assert clerk.push_one("document", "update", second["id"], 1, status="registered")["record"]["arrival_number"] == 2
    denied = specialist.push_one("document", "update", doc["id"], 2, handler_id=org.users["specialist_a"])
    assert denied["status"] == "rejected" and denied["code"] == "forbidden"
    assigned = leader.push_one("document", "update", doc["id"], 2, status="assigned",
                               handler_id=org.users["specialist_a"], deadline="2025-12-31",
                               direction_note="Đ/c chủ trì tham mưu")
    assert assigned["status"] == "applied"
    skip = specialist.push_one("document", "update", doc["id"], assigned["version"], status="received")
    assert skip["status"] == "rejected" and skip["code"] == "invalid_transition"
    note = specialist.push_one("document_note", "append", document_id=doc["id"], text="Đã dự thảo báo cáo")
    assert note["status"] == "applied" and note["record"]["author_name"] == "Specialist A"
    feed = leader.all_changes()
    assert feed[note["record"]["id"]]["entity"] == "document_note"


def test_sending_delivers_incoming_copies_with_attachments(client: TestClient, org: DemoOrg) -> None:
    province = sign_in(client, "clerk_tinh")
    a, b = sign_in(client, "clerk_a"), sign_in(client, "clerk_b")
    recipients = [{"name": "Đảng ủy xã An Bình", "unit_id": org.commune_a},
                  {"name": "Đảng ủy xã Bình Minh", "unit_id": org.commune_b}]
    signed = signed_outgoing(client, "tinh", number_symbol="57-KH/TU", doc_type="Kế hoạch",
                             original_location="Két sắt của văn thư", recipients=recipients, secrecy=1)
    doc = signed["record"]
    issued = province.push_one("document", "update", doc["id"], signed["version"], status="issued")
    assert issued["record"]["outgoing_number"] == 1
    sent = province.push_one("document", "update", doc["id"], issued["version"], status="sent")
    assert sent["status"] == "applied"
    for api in (a, b):
        incoming = [c["record"] for c in api.all_changes().values()
                    if c["entity"] == "document" and c["record"]["source_document_id"] == doc["id"]]
        assert len(incoming) == 1
        assert incoming[0]["kind"] == "incoming" and incoming[0]["status"] == "received"
        assert incoming[0]["secrecy"] == 1


def test_sending_toi_mat_to_a_commune_is_rejected(client: TestClient, org: DemoOrg) -> None:
    province = sign_in(client, "clerk_tinh")
    signed = signed_outgoing(client, "tinh", original_location="Hệ thống văn bản mật", secrecy=2,
                             recipients=[{"name": "Xã", "unit_id": org.commune_a}])
    result = province.push_one("document", "update", signed["record"]["id"], signed["version"], status="issued")
    assert result["status"] == "applied"
    sent = province.push_one("document", "update", result["record"]["id"], result["version"], status="sent")
    assert sent["status"] == "rejected" and sent["code"] == "recipient_above_ceiling"


def test_task_leaving_scope_is_a_removal_with_its_reports(client: TestClient, org: DemoOrg) -> None:
    province = sign_in(client, "leader_tinh")
    a, b = sign_in(client, "specialist_a"), sign_in(client, "leader_b")
    task = province.push_one("task", "create", resolution_number="57-NQ/TW",
                             resolution_title="Đột phá phát triển khoa học, công nghệ", title="Số hóa hồ sơ",
                             lead_unit_id=org.commune_a, cooperating_unit_ids=[org.commune_b],
                             indicators=[{"name": "Hồ sơ số hóa", "target": 1000, "actual": 0, "unit": "hồ sơ"}])
    assert task["status"] == "applied", task
    task_id = task["record"]["id"]
    report = a.push_one("task_report", "append", task_id=task_id, period_label="Quý I/2025", text="Đã số hóa 400",
                        progress_percent=40, figures=[{"name": "Hồ sơ số hóa", "actual": 400}])
    assert report["status"] == "applied"
    b_cursor = b.changes()["cursor"]
    seen = b.all_changes()
    assert seen[task_id]["record"]["progress_percent"] == 40
    assert seen[task_id]["record"]["status"] == "in_progress"
    assert seen[task_id]["record"]["indicators"][0]["actual"] == 400
    version = seen[task_id]["version"]
    changed = province.push_one("task", "update", task_id, version, cooperating_unit_ids=[])
    assert changed["status"] == "applied"
    after = b.all_changes(after=b_cursor)
    assert after[task_id]["op"] == "remove" and after[task_id]["record"] is None
    assert after[report["record"]["id"]]["op"] == "remove"


def test_delete_of_a_changed_record_conflicts_and_registered_cannot_be_deleted(client: TestClient,
                                                                              org: DemoOrg) -> None:
    a = sign_in(client, "clerk_a")
    doc_id = new_document(a)["record"]["id"]
    a.push_one("document", "update", doc_id, 1, summary="đổi")
    assert a.push_one("document", "delete", doc_id, 1)["status"] == "conflict"
    assert a.push_one("document", "delete", doc_id, 2)["status"] == "applied"
    assert a.all_changes()[doc_id]["op"] == "remove"
    other = new_document(a)["record"]["id"]
    a.push_one("document", "update", other, 1, status="registered")
    assert a.push_one("document", "delete", other, 2)["code"] == "not_deletable"


def test_audit_opens_are_stored_only_for_visible_documents(client: TestClient, org: DemoOrg) -> None:
    a, b = sign_in(client, "clerk_a"), sign_in(client, "clerk_b")
    doc_id = new_document(a)["record"]["id"]
    body = {"opens": [{"document_id": doc_id, "opened_at": "2025-03-01T08:00:00+07:00"}]}
    assert a.post("/v1/audit/opens", json=body).json() == {"accepted": 1}
    assert b.post("/v1/audit/opens", json=body).json() == {"accepted": 0}

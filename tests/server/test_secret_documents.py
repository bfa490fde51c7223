"""Secret documents are register entries only (Law 117/2025/QH15 Art. 5(2)): what the server stores, sends, serves.

Every test runs on SQLite and PostgreSQL (the `client` fixture). The canary is a marker string put into a secret
document's summary, attachment bytes and attachment name through every server entrance; for a unit without the
policy it must show up in no feed answer, no snapshot, no download and no stored record.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.config import Settings
from server.db import MIGRATIONS, migrate, normalize_url, open_database
from server.models import AppliedMutation, AttachmentRefRow, AuditEntry, BlobGrant, Device, Record, User
from server.organisation import set_secret_policy
from tests.server.org import Api, DemoOrg, new_document, sign_in, signed_outgoing
from tests.server.test_attachments import upload
from tests.server.test_cli_and_demo import _cli

MARKER = "CANARY-7f3a9c-nội-dung-mật"
SAFE = "Két sắt của văn thư"


def _policy(settings: Settings, code: str, **options: bool) -> None:
    db = open_database(settings.database_url)
    with db.write() as session:
        set_secret_policy(session, code, **options)
        session.commit()
    db.engine.dispose()


def _stored(settings: Settings, *unit_ids: str) -> str:
    """Every stored record of the given units and the stored push answers of their devices, as JSON text."""
    db = open_database(settings.database_url)
    with db.read() as session:
        rows = session.execute(select(Record.id, Record.data).where(Record.unit_id.in_(unit_ids))).all()
        answers = session.scalars(select(AppliedMutation.result).join(Device, Device.id == AppliedMutation.device_id)
                                  .join(User, User.id == Device.user_id).where(User.unit_id.in_(unit_ids))).all()
    db.engine.dispose()
    return json.dumps([{record_id: data for record_id, data in rows}, answers], ensure_ascii=False)


def _audit(settings: Settings, action: str) -> list[AuditEntry]:
    db = open_database(settings.database_url)
    with db.read() as session:
        rows = list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))
        session.expunge_all()
    db.engine.dispose()
    return rows


def _everything_sent(api: Api) -> list[dict[str, Any]]:
    """Every record the unit is sent: the whole feed from the start and a whole snapshot."""
    records = [c["record"] for c in api.changes(0, 1000)["changes"] if c["record"]]
    snapshot = api.get("/v1/sync/snapshot", params={"limit": 1000})
    assert snapshot.status_code == 200, snapshot.text
    return records + [item["record"] for item in snapshot.json()["records"]]


def _secret_attachment(api: Api, entrance: str) -> dict[str, Any]:
    """Bytes holding the marker, uploaded by the unit, named with the marker."""
    data = f"%PDF-1.4 {entrance} {MARKER}\n".encode() * 50
    return upload(api, data, f"{MARKER}-{entrance}.pdf")


def _without_summaries(records: list[dict[str, Any]]) -> str:
    return json.dumps([{k: v for k, v in r.items() if k != "summary"} for r in records], ensure_ascii=False)


def test_canary_no_content_of_a_secret_document_leaves_the_server_for_a_unit_without_the_policy(
    client: TestClient, org: DemoOrg, settings: Settings,
) -> None:
    clerk, leader = sign_in(client, "clerk_a"), sign_in(client, "leader_a")
    refs: list[dict[str, Any]] = []

    # 1. A new secret document with content: refused, the content fields named.
    refs.append(_secret_attachment(clerk, "create"))
    created = clerk.push_one("document", "create", kind="incoming", secrecy=1, summary=MARKER, attachments=[refs[-1]])
    assert created["status"] == "rejected" and created["code"] == "secret_content", created
    assert created["params"] == {"fields": ["attachments", "summary"]}
    assert "attachments, summary" in created["reason"] and "original_location" in created["reason"]

    # 2. A register entry, then updates that add content to it: refused, also on a stale base that merges.
    entry = new_document(clerk, secrecy=1, summary="", original_location=SAFE)["record"]
    assert entry["summary"] == "" and entry["attachments"] == [] and entry["original_location"] == SAFE
    moved = clerk.push_one("document", "update", entry["id"], 1, urgency=2)
    assert moved["status"] == "applied"
    for fields in ({"summary": MARKER}, {"attachments": [_secret_attachment(clerk, "update")]}):
        refs.extend(fields.get("attachments", []))
        for base in (moved["version"], 1):
            result = clerk.push_one("document", "update", entry["id"], base, **fields)
            assert result["status"] == "rejected" and result["code"] == "secret_content", result

    # 3. An open document holding the marker, then classified Mật: its content goes in the same write.
    refs.append(_secret_attachment(clerk, "raise"))
    open_doc = new_document(clerk, summary=MARKER, attachments=[refs[-1]])["record"]
    assert clerk.get(f"/v1/attachments/{refs[-1]['sha256']}").status_code == 200
    raised = clerk.push_one("document", "update", open_doc["id"], open_doc["version"], secrecy=1)
    assert raised["status"] == "applied"
    assert raised["record"]["summary"] == "" and raised["record"]["attachments"] == []

    # 4. A province (whose policy keeps summaries) sends a secret document: the commune gets a register entry.
    _policy(settings, "TINH", summary_allowed=True)
    province = sign_in(client, "clerk_tinh")
    signed = signed_outgoing(client, "tinh", secrecy=1, summary=MARKER, number_symbol="12-CV/TU", doc_type="Công văn",
                             recipients=[{"name": "Đảng ủy xã An Bình", "unit_id": org.commune_a}])
    assert signed["record"]["summary"] == MARKER  # the province's policy allows it on its own entry
    issued = province.push_one("document", "update", signed["record"]["id"], signed["version"], status="issued")
    assert province.push_one("document", "update", issued["record"]["id"], issued["version"],
                             status="sent")["status"] == "applied"

    sent = _everything_sent(clerk) + _everything_sent(leader) + _everything_sent(sign_in(client, "clerk_b"))
    copies = [r for r in sent if r.get("source_document_id") == signed["record"]["id"]]
    assert copies and all(c["secrecy"] == 1 and c["summary"] == "" for c in copies)
    assert MARKER not in json.dumps(sent, ensure_ascii=False)
    assert MARKER not in _stored(settings, org.commune_a, org.commune_b)
    for api in (clerk, leader, province):
        for ref in refs:
            assert api.get(f"/v1/attachments/{ref['sha256']}").status_code == 404, ref["name"]
    # With the policy on, the province sees the summary and nothing else of the content.
    province_sent = _everything_sent(province)
    assert MARKER in json.dumps(province_sent, ensure_ascii=False)
    assert MARKER not in _without_summaries(province_sent)

    # 5. The commune's policy turned on: a summary is accepted and sent, attachments still are not.
    _policy(settings, "XA-A", summary_allowed=True)
    current = clerk.all_changes()[entry["id"]]
    with_summary = clerk.push_one("document", "update", entry["id"], current["version"], summary=MARKER)
    assert with_summary["status"] == "applied" and with_summary["record"]["summary"] == MARKER
    still = clerk.push_one("document", "update", entry["id"], with_summary["version"],
                           attachments=[refs[0]])
    assert still["code"] == "secret_content" and still["params"] == {"fields": ["attachments"]}
    assert MARKER not in _without_summaries(_everything_sent(clerk))
    assert MARKER in json.dumps(_everything_sent(clerk), ensure_ascii=False)

    # 6. And off again: the summary leaves the store and the feed's newest version of the entry.
    _policy(settings, "XA-A", summary_allowed=False)
    _policy(settings, "TINH", summary_allowed=False)
    assert MARKER not in _stored(settings, org.commune_a, org.commune_b, org.province)
    for api in (clerk, province):
        assert MARKER not in json.dumps(_everything_sent(api), ensure_ascii=False)
    assert clerk.all_changes()[entry["id"]]["record"]["summary"] == ""
    removed = _audit(settings, "unit_secret_policy")
    assert removed[-2].detail == {"before": {"summary_allowed": True, "register_separate": False},
                                  "after": {"summary_allowed": False, "register_separate": False},
                                  "summaries_removed": 1}


def test_raising_secrecy_is_audited_with_what_it_stripped_and_declassifying_is_allowed_and_audited(
    client: TestClient, org: DemoOrg, settings: Settings,
) -> None:
    clerk = sign_in(client, "clerk_a")
    ref = _secret_attachment(clerk, "audit")
    doc = new_document(clerk, summary="Về việc tuyển quân", attachments=[ref])["record"]
    raised = clerk.push_one("document", "update", doc["id"], 1, secrecy=1, original_location=SAFE)
    assert raised["status"] == "applied"
    lowered = clerk.push_one("document", "update", doc["id"], raised["version"], secrecy=0)
    assert lowered["status"] == "applied" and lowered["record"]["secrecy"] == 0
    # Declassified, it may take content again.
    again = clerk.push_one("document", "update", doc["id"], lowered["version"], summary="Về việc tuyển quân")
    assert again["status"] == "applied" and again["record"]["summary"] == "Về việc tuyển quân"

    up, down = _audit(settings, "document_secrecy_raised"), _audit(settings, "document_declassified")
    assert [(e.target, e.actor, e.detail) for e in up] == [
        (doc["id"], org.users["clerk_a"], {"from": 0, "to": 1, "stripped": ["attachments", "summary"]})]
    assert [(e.target, e.detail) for e in down] == [(doc["id"], {"from": 1, "to": 0, "stripped": []})]


def test_an_open_of_a_secret_entry_is_audited_as_one(client: TestClient, org: DemoOrg, settings: Settings) -> None:
    clerk = sign_in(client, "clerk_a")
    secret = new_document(clerk, secrecy=1, summary="", original_location=SAFE)["record"]
    plain = new_document(clerk)["record"]
    body = {"opens": [{"document_id": d["id"], "opened_at": "2026-03-02T08:00:00+07:00"} for d in (secret, plain)]}
    assert clerk.post("/v1/audit/opens", json=body).json() == {"accepted": 2}
    opens = {e.target: e.detail for e in _audit(settings, "document_open")}
    assert opens[secret["id"]] == {"client_time": "2026-03-02T08:00:00+07:00", "secrecy": 1, "register_entry": True}
    assert opens[plain["id"]] == {"client_time": "2026-03-02T08:00:00+07:00"}


def _register(clerk: Api, **fields: Any) -> int:
    doc = new_document(clerk, **fields)["record"]
    registered = clerk.push_one("document", "update", doc["id"], doc["version"], status="registered")
    assert registered["status"] == "applied", registered
    return int(registered["record"]["arrival_number"])


def _issue(client: TestClient, suffix: str, org: DemoOrg, **fields: Any) -> int:
    signed = signed_outgoing(client, suffix, recipients=[{"name": "Tỉnh ủy", "unit_id": org.province}], **fields)
    issued = sign_in(client, f"clerk_{suffix}").push_one("document", "update", signed["record"]["id"],
                                                         signed["version"], status="issued")
    assert issued["status"] == "applied", issued
    return int(issued["record"]["outgoing_number"])


def test_secret_documents_share_the_register_unless_the_unit_keeps_a_separate_one(
    client: TestClient, org: DemoOrg, settings: Settings,
) -> None:
    secret = {"secrecy": 1, "summary": "", "original_location": SAFE}
    shared = sign_in(client, "clerk_a")
    assert [_register(shared), _register(shared, **secret), _register(shared)] == [1, 2, 3]
    assert [_issue(client, "a", org), _issue(client, "a", org, **secret)] == [1, 2]

    _policy(settings, "XA-B", register_separate=True)
    separate = sign_in(client, "clerk_b")
    assert [_register(separate), _register(separate, **secret), _register(separate, **secret),
            _register(separate)] == [1, 1, 2, 2]
    assert [_issue(client, "b", org, **secret), _issue(client, "b", org)] == [1, 1]


def test_feed_and_download_cut_content_that_reached_the_store_before_the_rule(
    client: TestClient, org: DemoOrg, settings: Settings,
) -> None:
    clerk = sign_in(client, "clerk_a")
    ref = _secret_attachment(clerk, "legacy")
    entry = new_document(clerk, secrecy=1, summary="", original_location=SAFE)["record"]
    db = open_database(settings.database_url)
    with db.write() as session:  # what a database written before the rule holds
        record = session.get(Record, entry["id"])
        assert record is not None
        record.data = {**record.data, "summary": MARKER, "attachments": [ref]}
        session.add(AttachmentRefRow(sha256=ref["sha256"], record_id=entry["id"]))
        session.commit()
    db.engine.dispose()
    assert MARKER not in json.dumps(_everything_sent(clerk), ensure_ascii=False)
    assert clerk.get(f"/v1/attachments/{ref['sha256']}").status_code == 404  # the unit's upload grant is not enough
    assert _audit(settings, "access_refused")[-1].target == ref["sha256"]


def test_toi_mat_never_reaches_a_commune(client: TestClient, org: DemoOrg) -> None:
    province = sign_in(client, "clerk_tinh")
    toi_mat = province.push_one("document", "create", kind="incoming", secrecy=2, original_location=SAFE)
    assert toi_mat["status"] == "applied" and toi_mat["record"]["summary"] == ""
    refused = sign_in(client, "clerk_a").push_one("document", "create", kind="incoming", secrecy=2,
                                                  original_location=SAFE)
    assert refused["code"] == "above_ceiling"
    for username in ("clerk_a", "leader_b"):
        sent = _everything_sent(sign_in(client, username))
        assert all(r.get("secrecy", 0) <= 1 for r in sent) and toi_mat["record"]["id"] not in json.dumps(sent)


def test_secret_policy_command_shows_sets_and_audits(client: TestClient, org: DemoOrg, settings: Settings) -> None:
    shown = _cli(settings, "secret-policy", "XA-A")
    assert shown.returncode == 0 and "secret summary deny, secret register shared" in shown.stdout
    changed = _cli(settings, "secret-policy", "XA-A", "--summary", "allow", "--register", "separate")
    assert changed.returncode == 0, changed.stderr
    assert "secret summary allow, secret register separate" in changed.stdout
    assert _audit(settings, "unit_secret_policy")[-1].detail == {
        "before": {"summary_allowed": False, "register_separate": False},
        "after": {"summary_allowed": True, "register_separate": True}, "summaries_removed": 0}
    unit = sign_in(client, "clerk_a").all_changes()[org.commune_a]["record"]
    assert unit["secret_summary_allowed"] is True and unit["secret_register_separate"] is True
    unknown = _cli(settings, "secret-policy", "XA-Z", "--summary", "allow")
    assert unknown.returncode == 1 and "No unit with code 'XA-Z'" in unknown.stderr
    wrong = _cli(settings, "secret-policy", "XA-A", "--summary", "yes")
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr


def test_the_migration_strips_secret_content_already_stored(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalize_url(url))
    command.upgrade(config, "0002")
    sha_secret, sha_open = hashlib.sha256(b"secret").hexdigest(), hashlib.sha256(b"open").hexdigest()
    engine = sa.create_engine(url)

    def document(record_id: str, secrecy: int, sha: str) -> dict[str, Any]:
        data = {"id": record_id, "version": 1, "unit_id": "u1", "kind": "incoming", "status": "received",
                "secrecy": secrecy, "summary": MARKER, "number_symbol": "5-CV/HU", "original_location": SAFE,
                "attachments": [{"sha256": sha, "name": "a.pdf", "size": 6, "mime": "application/pdf"}]}
        return {"id": record_id, "entity": "document", "unit_id": "u1", "secrecy": secrecy, "version": 1,
                "deleted": False, "data": json.dumps(data), "field_versions": "{}",
                "created_at": "2026-01-01 00:00:00", "updated_at": "2026-01-01 00:00:00"}

    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO units (id, code, name, level, offline_grace_hours, feed_head) "
                             "VALUES ('u1', 'XA', 'Xã', 'commune', 72, 0)"))
        for row in (document("d-secret", 1, sha_secret), document("d-open", 0, sha_open)):
            conn.execute(sa.text("INSERT INTO records (id, entity, unit_id, secrecy, version, deleted, data, "
                                 "field_versions, created_at, updated_at) VALUES (:id, :entity, :unit_id, :secrecy, "
                                 ":version, :deleted, :data, :field_versions, :created_at, :updated_at)"), row)
            sha = json.loads(row["data"])["attachments"][0]["sha256"]
            conn.execute(sa.text("INSERT INTO attachment_refs VALUES (:sha, :id)"), {"sha": sha, "id": row["id"]})
            conn.execute(sa.text("INSERT INTO blob_grants VALUES ('u1', :sha)"), {"sha": sha})
    engine.dispose()

    migrate(url)
    db = open_database(url)
    with db.read() as session:
        secret, kept = session.get(Record, "d-secret"), session.get(Record, "d-open")
        assert secret is not None and kept is not None
        assert secret.data["summary"] == "" and secret.data["attachments"] == []
        assert secret.data["original_location"] == SAFE and secret.data["number_symbol"] == "5-CV/HU"
        assert kept.data["summary"] == MARKER and kept.data["attachments"]
        assert set(session.scalars(select(AttachmentRefRow.sha256))) == {sha_open}
        assert set(session.scalars(select(BlobGrant.sha256))) == {sha_open}
        assert session.execute(sa.text("SELECT secret_summary_allowed, secret_register_separate FROM units")).one() \
            == (0, 0)
    db.engine.dispose()

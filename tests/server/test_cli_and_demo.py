"""The admin command line and `seed-demo`, run as the admin would run them."""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from pathlib import Path

import httpx
import pypdf
from fastapi.testclient import TestClient

from server.app import create_app
from server.config import Settings
from server.db import migrate, open_database
from server.demo_pdf import make_pdf
from server.demo_seed import DEMO_PASSWORD, seed_demo
from sync.protocol import lifecycle as rules

ROOT = Path(__file__).resolve().parents[2]


def _cli(settings: Settings, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {"COMMUNE_DATABASE_URL": settings.database_url, "COMMUNE_DATA_DIR": str(settings.data_dir),
                   "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "server.cli", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=60)


def test_admin_cli_manages_units_users_and_devices(settings: Settings) -> None:
    assert _cli(settings, "unit", "add", "TINH", "Tỉnh ủy", "--level", "province").returncode == 0
    assert _cli(settings, "unit", "add", "XA", "Đảng ủy xã", "--level", "commune", "--parent", "TINH").returncode == 0
    added = _cli(settings, "user", "add", "lan", "--unit", "XA", "--roles", "clerk", "--password-env", "PW",
                 env={"PW": "mat-khau-dai"})
    assert added.returncode == 0, added.stderr
    assert "lan" in _cli(settings, "user", "list").stdout
    assert _cli(settings, "unit", "grace", "XA", "24").returncode == 0
    assert "grace   24 h" in _cli(settings, "unit", "list").stdout
    duplicate = _cli(settings, "unit", "add", "XA", "again", "--level", "commune")
    assert duplicate.returncode == 1 and "exists already" in duplicate.stderr

    with TestClient(create_app(settings)) as client:
        login = client.post("/v1/auth/login", json={"username": "lan", "password": "mat-khau-dai",
                                                    "device_name": "PC văn thư"},
                            headers={"User-Agent": "commune-office/0.1.0"}).json()
        assert login["unit"]["offline_grace_hours"] == 24
        device_id = login["device_id"]
        listed = [line for line in _cli(settings, "device", "list").stdout.splitlines() if device_id in line]
        assert len(listed) == 1 and listed[0].endswith("active  commune-office/0.1.0")  # the release the PC runs
        assert _cli(settings, "device", "revoke", device_id).returncode == 0
        response = client.get("/v1/sync/changes", headers={"Authorization": f"Bearer {login['access_token']}"})
        assert response.status_code == 401 and response.json()["wipe"] is True


def test_seed_demo_is_deterministic_and_usable(settings: Settings, tmp_path: Path) -> None:
    migrate(settings.database_url)
    db = open_database(settings.database_url)
    credentials = seed_demo(db, settings, communes=3, documents=45, seed=7)
    db.engine.dispose()
    roles = {role for _, _, role, _ in credentials}
    assert roles == {"clerk", "leader", "specialist", "admin"}
    with TestClient(create_app(settings)) as client:
        login = client.post("/v1/auth/login", json={"username": "xa01.clerk", "password": DEMO_PASSWORD,
                                                    "device_name": "demo"}).json()
        headers = {"Authorization": f"Bearer {login['access_token']}"}
        records = client.get("/v1/sync/snapshot", params={"limit": 1000}, headers=headers).json()["records"]
        entities = {r["entity"] for r in records}
        assert {"document", "task", "unit", "person"} <= entities
        documents = [r["record"] for r in records if r["entity"] == "document"]
        assert all(d["secrecy"] <= 1 for d in documents)
        assert any(d["source_document_id"] for d in documents)  # the province's sent documents arrived
        handlers = {r["id"] for r in records if r["entity"] == "person" and r["record"]["active"]}
        for d in documents:  # the seed writes records directly, so it must keep the rules by itself
            assert rules.status_error(d["kind"], d["status"]) is None, d
            assert rules.requirement_error(d["kind"], d["status"], d) is None, d
            assert d["handler_id"] is None or d["handler_id"] in handlers, d
        sha = next(d for d in documents if d["attachments"])["attachments"][0]["sha256"]
        pdf = client.get(f"/v1/attachments/{sha}", headers=headers)
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-1.")

    other = Settings(database_url=f"sqlite:///{tmp_path}/again.db", data_dir=tmp_path / "again", secret_key="k")
    migrate(other.database_url)
    db2 = open_database(other.database_url)
    assert seed_demo(db2, other, communes=3, documents=45, seed=7) == credentials
    db2.engine.dispose()


def test_demo_pdf_reads_strictly_with_its_vietnamese_text() -> None:
    pdf = make_pdf(["Nghị quyết 57-NQ/TW", "(dấu ngoặc) và \\ gạch chéo"])
    reader = pypdf.PdfReader(io.BytesIO(pdf), strict=True)
    text = unicodedata.normalize("NFC", reader.pages[0].extract_text())
    assert "Nghị quyết 57-NQ/TW" in text and "(dấu ngoặc) và \\ gạch chéo" in text


def test_served_process_answers_health(live_server: str) -> None:
    assert httpx.get(f"{live_server}/v1/health").json() == {"status": "ok"}

"""An import through the real command line, synced to a real server process: a bundle imported twice reaches the
server once, and another person of the unit sees each document once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.ui.demo_server import DemoServer
from tests.e2e.cli import co, co_json, sign_in_and_sync


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    running = DemoServer(tmp_path_factory.mktemp("central"), communes=1, documents=10)
    running.seed()
    running.start()
    running.wait_healthy()
    yield running
    running.stop()


def test_a_bundle_imported_twice_reaches_the_server_once(server: DemoServer, tmp_path: Path) -> None:
    clerk, leader = tmp_path / "clerk", tmp_path / "leader"
    sign_in_and_sync(clerk, server, "xa01.clerk")
    (tmp_path / "cong-van.pdf").write_bytes(b"%PDF-1.4 scan of the letter")
    bundle = tmp_path / "luu-tru.json"
    bundle.write_text(json.dumps({
        "documents": [
            {"id": "luu-tru-1", "kind": "incoming", "doc_type": "Công văn", "number_symbol": "901/UBND-VP",
             "issuing_body": "UBND huyện", "issued_date": "05/03/2025", "summary": "Về việc số hóa lưu trữ",
             "attachments": ["cong-van.pdf"]},
            {"kind": "incoming", "doc_type": "Thông báo", "number_symbol": "902-TB/HU", "issuing_body": "Huyện ủy",
             "issued_date": "06/03/2025", "summary": "Thông báo kết luận của Thường trực Huyện ủy"},
        ],
        "notes": [{"document_id": "luu-tru-1", "author_name": "Văn thư", "text": "Đã nhập từ hồ sơ giấy"}],
    }, ensure_ascii=False, indent=2), encoding="utf-8")

    first = co_json(clerk, "import", "-u", "xa01.clerk", str(bundle))
    assert first["stored"] == {"documents": 2, "tasks": 0, "notes": 1, "reports": 0}  # type: ignore[index]
    co(clerk, "sync", "-u", "xa01.clerk")
    second = co_json(clerk, "import", "-u", "xa01.clerk", str(bundle))
    assert second["stored"] == {"documents": 0, "tasks": 0, "notes": 0, "reports": 0}  # type: ignore[index]
    assert second["already_present"] == first["stored"]  # type: ignore[index]
    co(clerk, "sync", "-u", "xa01.clerk")
    status = co_json(clerk, "status", "-u", "xa01.clerk")
    assert status["pending_changes"] == 0 and status["failed_changes"] == 0  # type: ignore[index]

    sign_in_and_sync(leader, server, "xa01.leader")
    rows: list[dict] = co_json(leader, "list", "-u", "xa01.leader", "--limit", "500")  # type: ignore[assignment]
    imported = {row["number_symbol"]: row for row in rows if row["number_symbol"] in ("901/UBND-VP", "902-TB/HU")}
    assert len(imported) == 2 and len(rows) == len({row["id"] for row in rows})
    assert sorted(row["number_symbol"] for row in rows if row["number_symbol"] in imported) == sorted(imported)
    shown = co_json(leader, "show", "-u", "xa01.leader", imported["901/UBND-VP"]["id"])
    assert [n["text"] for n in shown["notes"]] == ["Đã nhập từ hồ sơ giấy"]  # type: ignore[index]
    assert [a["name"] for a in shown["attachments"]] == ["cong-van.pdf"]  # type: ignore[index]

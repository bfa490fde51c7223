"""`commune-office ocr` in a child process: the scans of a profile recognised from the command line (Task
Scheduler), then found by `search`."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from client.cache.records import DocumentRecord
from client.office import OfficeSession
from tests.cache.conftest import run_cli
from tests.scans import image_only_pdf


def test_the_ocr_command_recognises_the_scans_and_search_finds_them(session: OfficeSession, tmp_path: Path,
                                                                   prose_200: list[Image.Image]) -> None:
    record = DocumentRecord.model_validate({"kind": "incoming", "doc_type": "Công văn", "summary": "Bản quét",
                                            "owner_unit_id": session.info.unit.id})
    session.add_document(record, [image_only_pdf(tmp_path / "scan.pdf", prose_200, 200)])
    session.close()  # the command opens the profile itself
    home = tmp_path / "profiles"
    ran = run_cli(home, "ocr", "--user", "lan.nt", "--json", password="Mật khẩu xã 2025")
    assert ran.returncode == 0, ran.stderr
    outcome = json.loads(ran.stdout)
    assert len(outcome["finished"]) == 1 and outcome["failed"] == {} and outcome["stopped"] is False
    found = run_cli(home, "search", "ho", "ngheo", "--user", "lan.nt", "--json", password="Mật khẩu xã 2025")
    assert found.returncode == 0, found.stderr
    assert [row["id"] for row in json.loads(found.stdout)] == [record.id]

"""`commune-office undo ID`: take back a document's unsent changes (with --json); refused once they are sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from client.cli.main import main
from client.office import DocumentRecord, Office
from tests.server.org import PASSWORD
from tests.sync.conftest import LiveServer


def test_undo_takes_back_unsent_changes_and_refuses_sent_ones(live: LiveServer, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    office = Office(profiles=Profiles(home, kdf=KdfParams.fast_for_tests()))
    sent = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Về việc hoàn tác bằng dòng lệnh")
    local = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Về việc chưa từng gửi")
    with office.sign_in_online(live.url, "clerk_a", PASSWORD) as session:
        session.connect(backoff_base=0.05, read_timeout=10)
        session.add_document(sent)
        session.sync()
        session.register(sent.id)
        session.add_document(local)
    monkeypatch.setenv("COMMUNE_OFFICE_PASSWORD", PASSWORD)

    def cli(*args: str) -> int:
        return main(["undo", "--home", str(home), "-u", "clerk_a", *args])

    assert cli(sent.id[:8], "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"id": sent.id, "undone": 1, "removed": False,
                                                   "status": "received", "pending_changes": 1}
    assert cli(local.id) == 0
    assert "never sent and is removed; 0 change(s) to send" in capsys.readouterr().out
    assert cli(sent.id) == 1
    assert "cannot be undone" in capsys.readouterr().err

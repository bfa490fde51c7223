"""`commune-office refused`: list the changes the server refused, discard one, send one again (with --json)."""

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


def _cli(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str]:
    code = main(["refused", "--home", str(home), "-u", "clerk_a", *args])
    return code, capsys.readouterr().out


def test_refused_lists_discards_and_retries(live: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    office = Office(profiles=Profiles(home, kdf=KdfParams.fast_for_tests()))
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Về việc dòng lệnh và thay đổi bị từ chối")
    with office.sign_in_online(live.url, "clerk_a", PASSWORD) as session:
        session.connect(backoff_base=0.05, read_timeout=10)
        session.add_document(doc)
        session.sync()
        for note in ("Bút phê thứ nhất", "Bút phê thứ hai"):
            session.replica.edit("document", doc.id, {"direction_note": note})
            session.sync()
        assert session.counts().failed == 2
    monkeypatch.setenv("COMMUNE_OFFICE_PASSWORD", PASSWORD)

    code, out = _cli(capsys, home, "--json")
    rows = json.loads(out)
    assert code == 0 and [r["fields"] for r in rows] == [{"direction_note": "Bút phê thứ nhất"},
                                                         {"direction_note": "Bút phê thứ hai"}]
    assert rows[0]["code"] == "forbidden" and "direction_note" in rows[0]["reason"]
    assert rows[0]["label"] == "Về việc dòng lệnh và thay đổi bị từ chối" and rows[0]["record_id"] == doc.id
    code, out = _cli(capsys, home)
    assert code == 0 and f"{rows[0]['seq']:>4}  update document" in out and "refused (forbidden)" in out

    code, out = _cli(capsys, home, "discard", str(rows[0]["seq"]), "--json")
    assert code == 0 and json.loads(out) == {"discard": rows[0]["seq"], "pending_changes": 0, "refused": 1}
    code, out = _cli(capsys, home, "retry", str(rows[1]["seq"]), "--json")
    assert code == 0 and json.loads(out) == {"retry": rows[1]["seq"], "pending_changes": 1, "refused": 0}
    code, out = _cli(capsys, home, "--json")
    assert code == 0 and json.loads(out) == []
    assert main(["refused", "--home", str(home), "-u", "clerk_a", "discard"]) == 1  # which one?
    assert "say which refused change" in capsys.readouterr().err
    assert main(["refused", "--home", str(home), "-u", "clerk_a", "discard", "99999"]) == 1
    assert "No refused change 99999" in capsys.readouterr().err

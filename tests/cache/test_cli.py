"""The real `commune-office` command in child processes, with the production key derivation.

One profile is created and filled once for the module (each command costs a process start and an Argon2id
derivation); tests that damage something work on a copy of its folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF

from client.cache.profile import DATABASE_FILE, PROFILE_FILE, Profiles
from tests.cache.conftest import PASSWORD, child_env, run_cli

USER = "lan.nt"
PDF_WORDS = "Phụ lục kinh phí xây dựng nhà văn hóa thôn Đồng Tâm"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _json(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _write_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    if FONT.is_file():
        pdf.add_font("DejaVu", fname=str(FONT))
        pdf.set_font("DejaVu", size=12)
        pdf.multi_cell(0, 8, PDF_WORDS)
    else:
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 8, "Phu luc kinh phi xay dung nha van hoa thon Dong Tam")
    pdf.output(str(path))


@pytest.fixture(scope="module")
def filled_home(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A profile created and filled through the command line: `profile create`, then `import`."""
    root = tmp_path_factory.mktemp("cli")
    home = root / "profiles"
    bundle_dir = root / "bundle"
    bundle_dir.mkdir()
    pdf = bundle_dir / "ke-hoach.pdf"
    _write_pdf(pdf)
    today = date.today()
    bundle = {
        "documents": [
            {
                "kind": "incoming",
                "doc_type": "Kế hoạch",
                "number_symbol": "11-KH/ĐU",
                "summary": "Kế hoạch chuyển đổi số của Đảng ủy xã",
                "issued_date": "05/03/2025",
                "urgency": "Khẩn",
                "attachments": ["ke-hoach.pdf"],
            },
            {"kind": "outgoing", "doc_type": "Báo cáo", "summary": "Báo cáo quý I", "status": "issued"},
        ],
        "tasks": [
            {
                "resolution_number": "57-NQ/TW",
                "title": "Phủ sóng 4G toàn xã",
                "deadline": (today - timedelta(days=30)).isoformat(),
                "status": "in_progress",
            },
            {"resolution_number": "57-NQ/TW", "title": "Đã xong", "deadline": "2024-01-01", "status": "done"},
            {"resolution_number": "57-NQ/TW", "title": "Còn hạn", "deadline": (today + timedelta(days=30)).isoformat()},
        ],
    }
    bundle_file = bundle_dir / "import.json"
    bundle_file.write_text(json.dumps(bundle, ensure_ascii=False), encoding="utf-8")

    created = _json(
        run_cli(home, "profile", "create", "--user", USER, "--unit-code", "XHB", "--unit-name", "Đảng ủy xã", "--json")
    )
    imported = _json(run_cli(home, "import", "--user", USER, "--json", str(bundle_file)))
    return {"home": home, "created": created, "imported": imported, "pdf": pdf, "root": root, "bundle": bundle_file}


@pytest.fixture
def copy_of_home(filled_home: dict[str, Any], tmp_path: Path) -> Path:
    home = tmp_path / "copy"
    shutil.copytree(filled_home["home"], home)
    return home


def _profile_folder(home: Path) -> Path:
    [folder] = [p.parent for p in home.glob(f"*/{PROFILE_FILE}")]
    return folder


def test_profile_create_and_import_report_what_they_did(filled_home: dict[str, Any]) -> None:
    assert filled_home["created"]["username"] == USER
    assert filled_home["imported"] == {
        "imported": True,
        "stored": {"documents": 2, "tasks": 3, "notes": 0, "reports": 0},
        "already_present": {"documents": 0, "tasks": 0, "notes": 0, "reports": 0},
    }
    envelope = json.loads((_profile_folder(filled_home["home"]) / PROFILE_FILE).read_text(encoding="utf-8"))
    assert envelope["wrapped_key"]["kdf"]["memory_cost"] >= 64 * 1024  # the real parameters, not the tests' ones


def test_list_json_reads_the_password_from_stdin(filled_home: dict[str, Any]) -> None:
    rows = _json(
        run_cli(
            filled_home["home"],
            "list",
            "--user",
            USER,
            "--json",
            "--password-stdin",
            password=None,
            stdin=PASSWORD + "\n",
        )
    )
    assert sorted(r["summary"] for r in rows) == ["Báo cáo quý I", "Kế hoạch chuyển đổi số của Đảng ủy xã"]


def test_search_finds_summary_and_pdf_words_without_diacritics(filled_home: dict[str, Any]) -> None:
    home = filled_home["home"]
    by_summary = _json(run_cli(home, "search", "--user", USER, "--json", "ke", "hoach", "chuyen", "doi", "dang", "uy"))
    assert [r["number_symbol"] for r in by_summary] == ["11-KH/ĐU"]
    in_pdf = _json(run_cli(home, "search", "--user", USER, "--json", "--urgency", "Khẩn", "nha van hoa dong tam"))
    assert [r["number_symbol"] for r in in_pdf] == ["11-KH/ĐU"]


def test_show_lists_attachments_and_export_writes_the_original_bytes(
    filled_home: dict[str, Any], tmp_path: Path
) -> None:
    home = filled_home["home"]
    listed = _json(run_cli(home, "list", "--user", USER, "--json", "--kind", "incoming"))
    doc = _json(run_cli(home, "show", "--user", USER, "--json", listed[0]["id"][:8]))
    [attachment] = doc["attachments"]
    assert attachment["name"] == "ke-hoach.pdf"
    assert attachment["mime"] == "application/pdf"
    target = tmp_path / "ke-hoach-out.pdf"
    result = run_cli(home, "export-attachment", "--user", USER, attachment["sha256"], str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == filled_home["pdf"].read_bytes()


def test_tasks_overdue_lists_only_open_tasks_past_deadline(filled_home: dict[str, Any]) -> None:
    rows = _json(run_cli(filled_home["home"], "tasks", "--user", USER, "--json", "--overdue"))
    assert [r["title"] for r in rows] == ["Phủ sóng 4G toàn xã"]


def test_check_passes_on_a_healthy_cache(filled_home: dict[str, Any]) -> None:
    assert _json(run_cli(filled_home["home"], "check", "--user", USER, "--json")) == {"ok": True, "problems": []}


def test_wrong_password_exits_3_and_changes_nothing(filled_home: dict[str, Any]) -> None:
    folder = _profile_folder(filled_home["home"])
    before = {name: (folder / name).read_bytes() for name in (PROFILE_FILE, DATABASE_FILE)}
    result = run_cli(filled_home["home"], "list", "--user", USER, "--json", password="mat-khau-sai-123")
    assert result.returncode == 3
    assert "Wrong password" in result.stderr
    assert result.stdout == ""
    assert {name: (folder / name).read_bytes() for name in (PROFILE_FILE, DATABASE_FILE)} == before


def test_missing_user_is_explained(filled_home: dict[str, Any]) -> None:
    result = run_cli(filled_home["home"], "list", "--json")
    assert result.returncode == 1
    assert "name the profile with --user" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_import_file_names_the_place_and_stores_nothing(copy_of_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "documents": [
                    {"kind": "incoming", "doc_type": "Công văn", "summary": "Được"},
                    {"kind": "incoming", "doc_type": "Công văn", "summary": "Sai", "secrecy": "Siêu mật"},
                ]
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    database = _profile_folder(copy_of_home) / DATABASE_FILE
    before = database.read_bytes()
    result = run_cli(copy_of_home, "import", "--user", USER, str(bad))
    assert result.returncode == 1
    assert "documents[1].secrecy" in result.stderr and "nothing was stored" in result.stderr
    assert database.read_bytes() == before


def test_importing_the_same_bundle_again_stores_nothing_and_says_so(
    filled_home: dict[str, Any], copy_of_home: Path
) -> None:
    bundle = str(filled_home["bundle"])
    database = _profile_folder(copy_of_home) / DATABASE_FILE
    again = run_cli(copy_of_home, "import", "--user", USER, bundle)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == [f"Stored nothing from {bundle}.",
                                         "Already present, not stored again: 2 documents, 3 tasks."]
    before = database.read_bytes()
    counted = _json(run_cli(copy_of_home, "import", "--user", USER, "--json", bundle))
    assert counted["stored"] == {"documents": 0, "tasks": 0, "notes": 0, "reports": 0}
    assert counted["already_present"] == filled_home["imported"]["stored"]
    assert database.read_bytes() == before
    assert len(_json(run_cli(copy_of_home, "list", "--user", USER, "--json"))) == 2


def test_a_refused_import_lists_every_problem_with_its_line_for_people_and_scripts(
    copy_of_home: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bundle = {
        "documents": [{"kind": "incoming", "doc_type": "Công văn", "summary": "Được", "id": "doc-1"}],
        "notes": [{"document_id": "doc-1", "author_name": "Lan", "text": "Được"},
                  {"document_id": "văn-bản-404", "author_name": "Lan", "text": "Không có văn bản này"}],
        "reports": [{"task_id": "task-404", "text": "Đạt 80%", "author_name": "Minh"}],
    }
    bad.write_text(json.dumps(bundle, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = bad.read_text(encoding="utf-8").splitlines()
    note_line = next(n for n, text in enumerate(lines, 1) if "văn-bản-404" in text)
    report_line = next(n for n, text in enumerate(lines, 1) if "task-404" in text)
    database = _profile_folder(copy_of_home) / DATABASE_FILE
    before = database.read_bytes()

    result = run_cli(copy_of_home, "import", "--user", USER, "--json", str(bad))
    assert result.returncode == 1
    assert json.loads(result.stdout) == {"imported": False, "problems": [
        {"where": "notes[1].document_id", "line": note_line, "code": "unknown_document",
         "message": "no document with the id 'văn-bản-404' in this bundle or in this cache"},
        {"where": "reports[0].task_id", "line": report_line, "code": "unknown_task",
         "message": "no task with the id 'task-404' in this bundle or in this cache"},
    ]}
    assert "nothing was stored. 2 problem(s)" in result.stderr
    assert f"line {note_line}: notes[1].document_id: no document" in result.stderr
    assert database.read_bytes() == before

    # An old Windows console or a Task Scheduler log is cp1252: the list still prints, Vietnamese as escapes.
    env = child_env(copy_of_home, COMMUNE_OFFICE_PASSWORD=PASSWORD, PYTHONIOENCODING="cp1252")
    narrow = subprocess.run([sys.executable, "-m", "client.cli", "import", "--user", USER, str(bad)], env=env,
                            capture_output=True, encoding="cp1252", timeout=60)
    assert narrow.returncode == 1 and "Traceback" not in narrow.stderr
    assert f"line {note_line}: notes[1].document_id: no document with the id 'v\\u0103n-b\\u1ea3n-404'" in narrow.stderr
    assert database.read_bytes() == before


@pytest.mark.parametrize(
    ("damage", "reason"),
    [("tampered", "was tampered with or damaged"), ("truncated", "is truncated"), ("swapped", "under the wrong name")],
)
def test_export_of_a_damaged_attachment_is_refused_and_leaves_no_file(
    copy_of_home: Path, tmp_path: Path, damage: str, reason: str
) -> None:
    vault = _profile_folder(copy_of_home) / "vault"
    [stored] = [p for p in vault.glob("??/*") if p.is_file() and p.parent.name != "tmp"]
    data = stored.read_bytes()
    if damage == "tampered":
        stored.write_bytes(data[:-40] + bytes([data[-40] ^ 0x01]) + data[-39:])
    elif damage == "truncated":
        stored.write_bytes(data[: len(data) - 100])
    else:  # another attachment's (valid) file copied over this one's name
        with Profiles(copy_of_home).open(USER, PASSWORD) as opened:
            other = opened.vault.put_bytes(b"another attachment entirely")
        shutil.copy(vault / other[:2] / other, stored)
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli(copy_of_home, "export-attachment", "--user", USER, stored.name, str(out / "ke-hoach.pdf"))
    assert result.returncode == 1
    assert f"error: attachment {stored.name[:12]}" in result.stderr
    assert reason in result.stderr
    assert "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def test_check_reports_a_tampered_attachment(copy_of_home: Path) -> None:
    vault = _profile_folder(copy_of_home) / "vault"
    [stored] = [p for p in vault.glob("??/*") if p.is_file()]
    data = bytearray(stored.read_bytes())
    data[200] ^= 0x80
    stored.write_bytes(bytes(data))
    result = run_cli(copy_of_home, "check", "--user", USER, "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert any("tampered with or damaged" in p for p in report["problems"])


def test_check_reports_a_damaged_database_page_that_sign_in_does_not_read(copy_of_home: Path) -> None:
    with Profiles(copy_of_home).open(USER, PASSWORD, write=False) as opened, opened.engine.connect() as connection:
        page = connection.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").scalar_one()
        page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
    database = _profile_folder(copy_of_home) / DATABASE_FILE
    data = bytearray(database.read_bytes())
    for i in range((page - 1) * page_size + 100, (page - 1) * page_size + 400):
        data[i] ^= 0x5A
    database.write_bytes(bytes(data))

    result = run_cli(copy_of_home, "check", "--user", USER, "--json")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert any(f"page {page}" in problem for problem in report["problems"])
    assert not list(database.parent.glob("cache.db.damaged-*"))


def test_a_cp1252_console_prints_vietnamese_as_escapes_instead_of_crashing(filled_home: dict[str, Any]) -> None:
    # A redirected Task Scheduler log or an old Windows console is cp1252: Đ and ề are not in it.
    home = filled_home["home"]

    def cp1252(*args: str) -> subprocess.CompletedProcess[str]:
        env = child_env(home, COMMUNE_OFFICE_PASSWORD=PASSWORD, PYTHONIOENCODING="cp1252")
        return subprocess.run([sys.executable, "-m", "client.cli", *args], env=env, capture_output=True,
                              encoding="cp1252", timeout=60)

    printed = cp1252("list", "-u", USER)
    assert printed.returncode == 0, printed.stderr
    assert "\\u0110" in printed.stdout  # Đ escaped, not lost and not a crash
    listed = cp1252("list", "-u", USER, "--json")
    assert listed.returncode == 0, listed.stderr
    assert "Kế hoạch chuyển đổi số của Đảng ủy xã" in [row["summary"] for row in json.loads(listed.stdout)]

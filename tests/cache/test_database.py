"""The encrypted database file itself: nothing readable at rest, damage found and set aside, migrations run once,
and a full disk that loses nothing already saved. Real SQLCipher files, real damage, a real tiny file system."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import alembic.command
import pytest
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from client.cache import database
from client.cache.database import full_check
from client.cache.errors import CorruptDatabaseError, DiskFullError, WrongPasswordError
from client.cache.keys import KdfParams
from client.cache.profile import DATABASE_FILE, PROFILE_FILE, OpenProfile, Profiles
from client.cache.store import NewDocument
from client.cache.textfold import fold
from tests.cache.conftest import COMMUNE, PASSWORD, document, run_cli, sha256_of

SECRET_SUMMARY = "Kế hoạch bảo vệ rừng phòng hộ Quyết Thắng XYZZY4711"
SECRET_PDF_WORDS = "Danh sách hộ nghèo thôn Bắc Sơn PLUGH9090"
FRESH_DOWNLOAD = "A fresh copy will be downloaded from the server at the next sync"
ALL_TABLES = {
    "documents",
    "document_notes",
    "tasks",
    "task_reports",
    "units",
    "people",
    "outbox",
    "sync_cursors",
    "conflicts",
    "document_attachments",
    "documents_fts",
    "staged_removals",
}


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _head() -> str:
    config = Config()
    config.set_main_option("script_location", str(database.MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def _profile_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# -- nothing readable at rest ----------------------------------------------------------------------------------


def test_database_and_index_hold_no_plaintext(profiles: Profiles, make_pdf: Callable[..., Path]) -> None:
    pdf = make_pdf("phu-luc.pdf", SECRET_PDF_WORDS)
    needles = [
        SECRET_SUMMARY.encode(),
        fold(SECRET_SUMMARY).encode(),  # what the full-text index holds
        b"xyzzy4711",
        b"XYZZY4711",
        fold(SECRET_PDF_WORDS).encode(),
        b"plugh9090",
        "Bắc Sơn".encode(),
    ]
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        opened.store.add_document(document(summary=SECRET_SUMMARY), [pdf])
        opened.store.add_documents(NewDocument(document(summary=f"Công văn {i}")) for i in range(50))
        assert len(opened.store.search("xyzzy4711")) == 1
        assert len(opened.store.search("plugh9090")) == 1
        folder = opened.folder
        while_open = _profile_bytes(folder)  # includes the write-ahead log, where fresh pages live first
    after_close = _profile_bytes(folder)

    assert DATABASE_FILE in while_open and DATABASE_FILE in after_close
    for files in (while_open, after_close):
        for name, data in files.items():
            for needle in needles:
                assert needle not in data, f"{needle!r} readable in {name}"


def test_plain_sqlite_cannot_read_the_cache(opened: OpenProfile) -> None:
    opened.store.add_document(document(summary=SECRET_SUMMARY))
    path = opened.folder / DATABASE_FILE
    opened.close()
    assert not path.read_bytes().startswith(b"SQLite format 3\x00")
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            connection.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        connection.close()


def test_full_text_index_lives_inside_the_encrypted_file(opened: OpenProfile) -> None:
    with opened.engine.connect() as connection:
        names = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
        databases = [r[1] for r in connection.exec_driver_sql("PRAGMA database_list")]
    assert {"documents_fts", "documents_fts_data", "documents_fts_idx"} <= names
    assert databases in (["main"], ["main", "temp"])  # temp: in-memory temporary tables only
    assert {p.name for p in opened.folder.iterdir()} <= {
        PROFILE_FILE,
        DATABASE_FILE,
        "cache.db-wal",
        "cache.db-shm",
        "write.lock",
        "vault",
    }


# -- migrations ------------------------------------------------------------------------------------------------


def test_fresh_cache_is_at_the_newest_schema_with_every_table(opened: OpenProfile) -> None:
    assert _revision(opened.engine) == _head()
    with opened.engine.connect() as connection:
        names = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        triggers = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert names >= ALL_TABLES
    assert {"documents_fts_ai", "documents_fts_ad", "documents_fts_au"} <= triggers


def test_reopening_does_not_run_migrations_again(profiles: Profiles, monkeypatch: pytest.MonkeyPatch) -> None:
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        opened.store.add_document(document())
        revision = _revision(opened.engine)

    def no_upgrade(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("migrations ran again on an up-to-date cache")

    monkeypatch.setattr(alembic.command, "upgrade", no_upgrade)  # database.py imports it only to upgrade
    for write in (True, False):
        with profiles.open("lan.nt", PASSWORD, write=write) as opened:
            assert _revision(opened.engine) == revision == _head()
            assert opened.store.count_documents() == 1


# -- damaged database files ------------------------------------------------------------------------------------


@pytest.fixture
def damaged_profile(profiles: Profiles) -> tuple[Profiles, Path, dict[str, int]]:
    """A closed profile with a few hundred documents (many pages); returns the pages that opening reads."""
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        opened.store.add_documents(
            NewDocument(document(summary=f"Văn bản số {i} về việc triển khai nhiệm vụ năm 2025 " * 3))
            for i in range(300)
        )
        with opened.engine.connect() as connection:
            pages = {
                name: rootpage
                for name, rootpage in connection.exec_driver_sql("SELECT name, rootpage FROM sqlite_master")
                if rootpage
            }
            pages["page_size"] = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
        folder = opened.folder
    assert not (folder / "cache.db-wal").exists()
    assert (folder / DATABASE_FILE).stat().st_size > 100 * pages["page_size"]
    return profiles, folder, pages


def _garble(data: bytes, page: int, page_size: int) -> bytes:
    start = (page - 1) * page_size + 200
    return data[:start] + bytes(b ^ 0x5A for b in data[start : start + 300]) + data[start + 300 :]


DAMAGE: dict[str, Callable[[bytes, dict[str, int]], bytes]] = {
    "truncated-to-half": lambda data, _pages: data[: len(data) // 2],
    "cut-inside-last-page": lambda data, pages: data[: len(data) - pages["page_size"] // 2],
    "garbage-in-first-page": lambda data, pages: _garble(data, 1, pages["page_size"]),
    "garbage-in-header": lambda data, _pages: os.urandom(16) + data[16:],
    "garbage-in-revision-page": lambda data, pages: _garble(data, pages["alembic_version"], pages["page_size"]),
    "zero-length": lambda _data, _pages: b"",
}


@pytest.mark.parametrize("write", [True, False], ids=["write", "read-only"])
@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_database_is_moved_aside_and_a_fresh_cache_opens(
    damaged_profile: tuple[Profiles, Path, dict[str, int]], damage: str, write: bool
) -> None:
    profiles, folder, pages = damaged_profile
    path = folder / DATABASE_FILE
    damaged = DAMAGE[damage](path.read_bytes(), pages)
    path.write_bytes(damaged)

    with profiles.open("lan.nt", PASSWORD, write=write) as opened:
        [notice] = opened.notices
        assert "is damaged and cannot be read" in notice and FRESH_DOWNLOAD in notice
        assert opened.store.count_documents() == 0
        assert _revision(opened.engine) == _head()
        assert full_check(opened.engine) == []

    [aside] = folder.glob("cache.db.damaged-*")
    assert str(aside) in notice
    assert aside.read_bytes() == damaged
    with profiles.open("lan.nt", PASSWORD) as opened:
        assert opened.notices == []
        opened.store.add_document(document(summary="Tải lại từ máy chủ"))
        assert opened.store.count_documents() == 1


def test_damage_found_twice_keeps_both_damaged_copies(
    damaged_profile: tuple[Profiles, Path, dict[str, int]],
) -> None:
    profiles, folder, pages = damaged_profile
    path = folder / DATABASE_FILE
    first = DAMAGE["truncated-to-half"](path.read_bytes(), pages)
    path.write_bytes(first)
    profiles.open("lan.nt", PASSWORD).close()
    path.write_bytes(b"")
    profiles.open("lan.nt", PASSWORD).close()

    kept = sorted((p.read_bytes() for p in folder.glob("cache.db.damaged-*")), key=len)
    assert kept == [b"", first]


UNSEEN_DAMAGE: dict[str, Callable[[bytes, dict[str, int]], bytes]] = {
    "garbage-in-documents-root-page": lambda data, pages: _garble(data, pages["documents"], pages["page_size"]),
    "garbage-in-search-index-page": lambda data, pages: _garble(data, pages["documents_fts_data"], pages["page_size"]),
    "garbage-in-a-middle-page": lambda data, pages: _garble(
        data, len(data) // pages["page_size"] // 2, pages["page_size"]
    ),
    "garbage-in-last-page": lambda data, pages: _garble(data, len(data) // pages["page_size"], pages["page_size"]),
    "page-of-garbage-appended": lambda data, pages: data + os.urandom(pages["page_size"]),
}


@pytest.mark.parametrize("damage", UNSEEN_DAMAGE)
def test_damage_in_pages_not_read_at_sign_in_is_reported_by_the_full_check(
    damaged_profile: tuple[Profiles, Path, dict[str, int]], damage: str
) -> None:
    # Opening reads the schema, the revision and the header only, to stay fast; a damaged data page is found by
    # `full_check` (the `commune-office check` command), which authenticates every page.
    profiles, folder, pages = damaged_profile
    path = folder / DATABASE_FILE
    damaged = UNSEEN_DAMAGE[damage](path.read_bytes(), pages)
    path.write_bytes(damaged)

    with profiles.open("lan.nt", PASSWORD, write=False) as opened:
        assert opened.notices == []
        problems = full_check(opened.engine)
    assert problems, "full_check found nothing"
    assert any("HMAC" in p or "stopped" in p or "page" in p.lower() for p in problems)
    assert path.read_bytes() == damaged
    assert not list(folder.glob("cache.db.damaged-*"))


def test_wrong_password_never_counts_as_damage(damaged_profile: tuple[Profiles, Path, dict[str, int]]) -> None:
    profiles, folder, _pages = damaged_profile
    before = sha256_of(folder / DATABASE_FILE)
    with pytest.raises(WrongPasswordError):
        profiles.open("lan.nt", "mat-khau-sai-1")
    assert sha256_of(folder / DATABASE_FILE) == before
    assert not list(folder.glob("cache.db.damaged-*"))


# -- a full disk -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("with_attachments", [False, True], ids=["long-summaries", "attachments"])
def test_full_disk_loses_nothing_already_saved(
    small_disk: Callable[[str], Path], tmp_path: Path, with_attachments: bool
) -> None:
    disk = small_disk("3m")
    home = disk / "profiles"
    profiles = Profiles(home, kdf=KdfParams.fast_for_tests())
    scan = tmp_path / "scan.bin"
    committed: list[str] = []
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        with pytest.raises(DiskFullError, match="The disk is full") as full:
            for i in range(2000):
                # as long as the wire allows a summary, the rest of the bulk in a direction note
                record = document(summary=f"Văn bản {i}: " + os.urandom(940).hex(),
                                  direction_note=os.urandom(900).hex())
                files = []
                if with_attachments:
                    scan.write_bytes(os.urandom(48 * 1024))
                    files = [scan]
                committed.append(opened.store.add_document(record, files))
        assert "Nothing was half-written" in str(full.value)
        assert opened.store.count_documents() == len(committed) > 0
    assert len(committed) < 2000

    # A new process opens the full disk's cache and finds every page and every attachment intact.
    result = run_cli(home, "check", "--json", "--user", "lan.nt")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"ok": True, "problems": []}

    with profiles.open("lan.nt", PASSWORD) as opened:
        assert opened.notices == []
        stored = opened.store.list_documents(order_by="created_at", descending=False, limit=5000)
        assert [d["id"] for d in stored] == committed
        assert opened.store.pending_changes() == len(committed)
        assert full_check(opened.engine) == []
        for doc_id in committed if with_attachments else ():
            for attachment in opened.store.get_document(doc_id)["attachments"]:
                opened.vault.verify(attachment["sha256"])
        leftovers = list((opened.vault.root / "tmp").glob("*")) if (opened.vault.root / "tmp").exists() else []
        assert leftovers == []


def test_full_disk_while_changing_password_keeps_the_old_profile_file(small_disk: Callable[[str], Path]) -> None:
    disk = small_disk("1m")
    profiles = Profiles(disk / "profiles", kdf=KdfParams.fast_for_tests())
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        opened.store.add_document(document())
        folder = opened.folder
    before = (folder / PROFILE_FILE).read_bytes()
    filler = disk / "filler"
    with open(filler, "wb") as out, pytest.raises(OSError, match="No space left"):
        while True:
            out.write(b"\0" * 65536)
            out.flush()

    with pytest.raises(DiskFullError, match="the profile file"):
        profiles.change_password("lan.nt", PASSWORD, "mat-khau-moi-2025")
    assert (folder / PROFILE_FILE).read_bytes() == before
    assert not list(folder.glob(".profile-*"))
    # Even signing in needs a little room (SQLite's shared-memory file): the user is told so, in words.
    with pytest.raises(DiskFullError, match="free some space"):
        profiles.open("lan.nt", PASSWORD, write=False)

    filler.unlink()
    with pytest.raises(WrongPasswordError):
        profiles.open("lan.nt", "mat-khau-moi-2025")
    with profiles.open("lan.nt", PASSWORD) as opened:
        assert opened.notices == []
        assert opened.store.count_documents() == 1
        assert full_check(opened.engine) == []


def test_damage_met_by_a_query_is_reported_in_words_and_set_aside_at_the_next_sign_in(
    damaged_profile: tuple[Profiles, Path, dict[str, int]],
) -> None:
    profiles, folder, pages = damaged_profile
    path = folder / DATABASE_FILE
    damaged = UNSEEN_DAMAGE["garbage-in-documents-root-page"](path.read_bytes(), pages)
    path.write_bytes(damaged)

    with profiles.open("lan.nt", PASSWORD, write=False) as opened:
        assert opened.notices == []
        with pytest.raises(CorruptDatabaseError, match=r"is damaged and cannot be read\. Sign in again"):
            opened.store.list_documents()
    assert path.read_bytes() == damaged  # nothing is moved while the file is in use

    with profiles.open("lan.nt", PASSWORD) as opened:
        [notice] = opened.notices
        assert FRESH_DOWNLOAD in notice
        assert opened.store.count_documents() == 0
    [aside] = folder.glob("cache.db.damaged-*")
    assert aside.read_bytes() == damaged
    with profiles.open("lan.nt", PASSWORD) as opened:
        assert opened.notices == []


def test_sqlite_memory_is_capped_for_the_process_not_per_connection(opened: OpenProfile) -> None:
    # Each pooled connection keeps a 32 MiB page cache; the cap holds all of them together to that size, so the
    # app's resident memory does not grow with the number of threads that have read the cache (issue 17).
    engine = opened.store.engine
    with engine.connect() as first, engine.connect() as second:
        for connection in (first, second):
            limit = connection.exec_driver_sql("PRAGMA soft_heap_limit").scalar_one()
            assert limit == database.SQLITE_HEAP_LIMIT == 32 * 1024 * 1024

"""Profiles on one computer: creation, passwords, separate keys, "stay signed in", and the write lock.

Everything is real: SQLCipher files in tmp_path, a keyrings.alt file keyring, child processes holding the lock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from client.cache.database import create_encrypted_engine, full_check, verify_readable
from client.cache.errors import (
    CorruptDatabaseError,
    ProfileBusyError,
    ProfileExistsError,
    ProfileNotFoundError,
    WrongPasswordError,
)
from client.cache.keys import unwrap_key
from client.cache.profile import DATABASE_FILE, KEYRING_UNAVAILABLE_NOTICE, PROFILE_FILE, Profiles
from client.cache.records import DocumentRecord
from client.cache.store import NewDocument
from tests.cache.conftest import COMMUNE, PASSWORD, REPO, child_env, document, sha256_of

OTHER_PASSWORD = "mat-khau-khac-99"

# Holds the profile open for writing until its standard input closes.
HOLDER = """
import sys
from client.cache.profile import Profiles
with Profiles().open(sys.argv[1], sys.argv[2]) as opened:
    print("open", flush=True)
    sys.stdin.readline()
"""

# Writes 20 batches of 10 documents while holding the profile, then waits.
WRITER = """
import sys
from client.cache.profile import Profiles
from client.cache.records import DocumentRecord
from client.cache.store import NewDocument
with Profiles().open(sys.argv[1], sys.argv[2]) as opened:
    print("open", flush=True)
    for batch in range(20):
        opened.store.add_documents(
            NewDocument(DocumentRecord(kind="incoming", doc_type="Công văn", summary=f"Văn bản {batch}-{i}"))
            for i in range(10)
        )
    print("done", flush=True)
    sys.stdin.readline()
"""


def _start(script: str, home: Path, username: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", script, username, PASSWORD],
        env=child_env(home),
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert child.stdout is not None
    first = child.stdout.readline().strip()
    if first != "open":
        child.kill()
        error = child.stderr.read() if child.stderr else ""
        raise AssertionError(f"the child did not open the profile: {first!r} {error}")
    return child


def _stop(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        child.communicate("\n", timeout=30)
    assert child.returncode == 0, child.stderr.read() if child.stderr else ""


# -- creating --------------------------------------------------------------------------------------------------


def test_created_profile_is_listed_without_password_and_keeps_no_key_in_clear(profiles: Profiles) -> None:
    with profiles.create("lan.nt", PASSWORD, COMMUNE, display_name="Nguyễn Thị Lan") as opened:
        data_key = unwrap_key(opened.info.wrapped_key, PASSWORD, opened.info.profile_id)
        folder = opened.folder

    listed = profiles.list()
    assert [(p.username, p.display_name, p.unit.name) for p in listed] == [
        ("lan.nt", "Nguyễn Thị Lan", "Đảng ủy xã Hòa Bình")
    ]
    text = (folder / PROFILE_FILE).read_text(encoding="utf-8")
    assert data_key.hex() not in text
    assert PASSWORD not in text
    assert json.loads(text)["unit"]["level"] == "commune"


@pytest.mark.parametrize(
    ("username", "password", "message"),
    [
        ("lan nt", PASSWORD, "user name"),
        ("", PASSWORD, "user name"),
        ("../../etc", PASSWORD, "user name"),
        ("lan.nt", "short", "at least 8"),
    ],
)
def test_bad_user_name_or_short_password_creates_nothing(
    profiles: Profiles, home: Path, username: str, password: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        profiles.create(username, password, COMMUNE)
    assert not home.exists() or not any(home.iterdir())


def test_second_profile_for_same_user_is_refused(profiles: Profiles) -> None:
    profiles.create("lan.nt", PASSWORD, COMMUNE).close()
    with pytest.raises(ProfileExistsError, match=r"lan\.nt"):
        profiles.create("lan.nt", OTHER_PASSWORD, COMMUNE)
    assert len(profiles.list()) == 1


def test_opening_unknown_profile_names_it(profiles: Profiles) -> None:
    with pytest.raises(ProfileNotFoundError, match=r"'minh\.pv'"):
        profiles.open("minh.pv", PASSWORD)


def test_damaged_profile_file_is_skipped_by_the_list(profiles: Profiles) -> None:
    profiles.create("lan.nt", PASSWORD, COMMUNE).close()
    with profiles.create("minh.pv", PASSWORD, COMMUNE) as other:
        (other.folder / PROFILE_FILE).write_text("{not json", encoding="utf-8")
    assert [p.username for p in profiles.list()] == ["lan.nt"]


# -- passwords -------------------------------------------------------------------------------------------------


def test_wrong_password_leaves_file_untouched(profiles: Profiles) -> None:
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        opened.store.add_document(document(summary="Kế hoạch tổng kết năm"))
        folder = opened.folder
    before = {name: sha256_of(folder / name) for name in (PROFILE_FILE, DATABASE_FILE)}

    with pytest.raises(WrongPasswordError, match=r"(?i)wrong password"):
        profiles.open("lan.nt", "not-the-password")

    assert {name: sha256_of(folder / name) for name in (PROFILE_FILE, DATABASE_FILE)} == before
    assert not list(folder.glob("cache.db.damaged-*"))
    with profiles.open("lan.nt", PASSWORD) as again:
        assert again.store.count_documents() == 1


def test_changed_password_rewraps_the_key_and_leaves_the_database_bytes_alone(
    profiles: Profiles, tmp_path: Path
) -> None:
    evidence = tmp_path / "bien-ban.txt"
    evidence.write_bytes("Biên bản họp chi bộ".encode())
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        opened.store.add_document(document(summary="Kế hoạch tổng kết năm"), [evidence])
        folder = opened.folder
        sha = opened.store.get_document(opened.store.list_documents()[0]["id"])["attachments"][0]["sha256"]
    database_before = sha256_of(folder / DATABASE_FILE)
    envelope_before = (folder / PROFILE_FILE).read_bytes()

    profiles.change_password("lan.nt", PASSWORD, OTHER_PASSWORD)

    assert sha256_of(folder / DATABASE_FILE) == database_before
    assert (folder / PROFILE_FILE).read_bytes() != envelope_before
    with pytest.raises(WrongPasswordError):
        profiles.open("lan.nt", PASSWORD)
    with profiles.open("lan.nt", OTHER_PASSWORD) as opened:
        assert opened.store.count_documents() == 1
        assert opened.vault.read_bytes(sha) == evidence.read_bytes()
    assert not list(folder.glob(".profile-*"))


def test_change_password_with_wrong_old_password_changes_nothing(profiles: Profiles) -> None:
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        folder = opened.folder
    before = (folder / PROFILE_FILE).read_bytes()
    with pytest.raises(WrongPasswordError):
        profiles.change_password("lan.nt", "not-the-password", OTHER_PASSWORD)
    with pytest.raises(ValueError, match="at least 8"):
        profiles.change_password("lan.nt", PASSWORD, "short")
    assert (folder / PROFILE_FILE).read_bytes() == before
    profiles.open("lan.nt", PASSWORD).close()


# -- two profiles on one computer ------------------------------------------------------------------------------


def test_two_profiles_have_different_keys_and_passwords_do_not_cross(profiles: Profiles) -> None:
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as lan:
        lan.store.add_document(document(summary="Văn bản của Lan"))
        lan_key = unwrap_key(lan.info.wrapped_key, PASSWORD, lan.info.profile_id)
        lan_db = lan.folder / DATABASE_FILE
    with profiles.create("minh.pv", OTHER_PASSWORD, COMMUNE) as minh:
        minh_key = unwrap_key(minh.info.wrapped_key, OTHER_PASSWORD, minh.info.profile_id)
        assert minh.folder != lan_db.parent

    assert lan_key != minh_key
    with pytest.raises(WrongPasswordError):
        profiles.open("lan.nt", OTHER_PASSWORD)
    with pytest.raises(WrongPasswordError):
        profiles.open("minh.pv", PASSWORD)
    # Minh's key, even once known, does not decrypt Lan's database.
    engine = create_encrypted_engine(lan_db, minh_key)
    try:
        with pytest.raises(CorruptDatabaseError):
            verify_readable(engine, lan_db)
    finally:
        engine.dispose()
    with profiles.open("minh.pv", OTHER_PASSWORD) as minh:
        assert minh.store.count_documents() == 0


# -- stay signed in --------------------------------------------------------------------------------------------


def test_remembered_sign_in_opens_without_password_until_forgotten(profiles: Profiles, file_keyring: Path) -> None:
    with profiles.create("lan.nt", PASSWORD, COMMUNE, remember=True) as opened:
        assert opened.notices == []
        opened.store.add_document(document())
    assert file_keyring.is_file()

    with profiles.open("lan.nt", None) as opened:
        assert opened.store.count_documents() == 1

    profiles.forget_saved_sign_in("lan.nt")
    with pytest.raises(WrongPasswordError):
        profiles.open("lan.nt", None)
    with profiles.open("lan.nt", PASSWORD) as opened:
        assert opened.store.count_documents() == 1


def test_signing_in_with_remember_false_forgets_the_saved_key(profiles: Profiles, file_keyring: Path) -> None:
    profiles.create("lan.nt", PASSWORD, COMMUNE, remember=True).close()
    profiles.open("lan.nt", PASSWORD, remember=False).close()
    with pytest.raises(WrongPasswordError):
        profiles.open("lan.nt", None)


def test_missing_keyring_is_said_once_and_remembered_in_the_profile(profiles: Profiles, home: Path) -> None:
    with profiles.create("lan.nt", PASSWORD, COMMUNE, remember=True) as opened:
        assert opened.notices == [KEYRING_UNAVAILABLE_NOTICE]
        folder = opened.folder
    assert json.loads((folder / PROFILE_FILE).read_text(encoding="utf-8"))["keyring_notice_shown"] is True

    with profiles.open("lan.nt", PASSWORD, remember=True) as opened:
        assert opened.notices == []
    # A fresh program start reads the flag from profile.json.
    with Profiles(home).open("lan.nt", PASSWORD, remember=True) as opened:
        assert opened.notices == []
    with pytest.raises(WrongPasswordError):
        profiles.open("lan.nt", None)


# -- one writer at a time --------------------------------------------------------------------------------------


def test_profile_open_in_another_process_refuses_writing_but_allows_reading(profiles: Profiles, home: Path) -> None:
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        opened.store.add_document(document(summary="Thông báo lịch họp"))
    holder = _start(HOLDER, home, "lan.nt")
    try:
        with pytest.raises(ProfileBusyError, match="already open in another window or program"):
            profiles.open("lan.nt", PASSWORD)
        with profiles.open("lan.nt", PASSWORD, write=False) as reader:
            assert [d["summary"] for d in reader.store.list_documents()] == ["Thông báo lịch họp"]
    finally:
        _stop(holder)
    with profiles.open("lan.nt", PASSWORD) as writer:
        writer.store.add_document(document(summary="Sau khi chương trình kia đóng"))
        assert writer.store.count_documents() == 2


def test_writer_waiting_for_the_lock_gets_it_when_the_other_process_closes(profiles: Profiles, home: Path) -> None:
    profiles.create("lan.nt", PASSWORD, COMMUNE).close()
    holder = _start(HOLDER, home, "lan.nt")
    assert holder.stdin is not None

    def let_go() -> None:
        holder.stdin.write("\n")  # the holder closes the profile and exits
        holder.stdin.flush()

    timer = threading.Timer(0.5, let_go)
    started = time.monotonic()
    timer.start()
    try:
        with profiles.open("lan.nt", PASSWORD, lock_timeout=30) as writer:
            waited = time.monotonic() - started
            writer.store.add_document(document())
            assert writer.store.count_documents() == 1
    finally:
        timer.join()
        holder.wait(timeout=30)
    assert 0.4 <= waited < 30
    assert holder.returncode == 0


def test_second_writer_is_refused_while_another_process_writes_and_nothing_is_corrupted(
    profiles: Profiles, home: Path
) -> None:
    profiles.create("lan.nt", PASSWORD, COMMUNE).close()
    writer = _start(WRITER, home, "lan.nt")
    seen: list[int] = []
    try:
        with pytest.raises(ProfileBusyError):
            profiles.open("lan.nt", PASSWORD)
        deadline = time.monotonic() + 60
        while (not seen or seen[-1] < 200) and time.monotonic() < deadline:
            with profiles.open("lan.nt", PASSWORD, write=False) as reader:
                seen.append(reader.store.count_documents())
    finally:
        _stop(writer)

    assert seen[-1] == 200
    assert seen == sorted(seen)
    assert all(n % 10 == 0 for n in seen), "a reader saw half of a batch"
    with profiles.open("lan.nt", PASSWORD) as opened:
        assert opened.store.count_documents() == 200
        assert opened.store.pending_changes() == 200
        assert full_check(opened.engine) == []
        opened.store.add_documents([NewDocument(DocumentRecord(kind="draft", doc_type="Tờ trình", summary="Dự thảo"))])
        assert opened.store.count_documents() == 201


def test_opening_for_writing_sweeps_what_a_killed_import_left_in_the_vault(profiles: Profiles) -> None:
    profiles.create("lan.nt", PASSWORD, COMMUNE).close()
    _info, folder = profiles.find("lan.nt")
    leftover = folder / "vault" / "tmp" / "put-killed.part"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(os.urandom(4096))
    long_ago = time.time() - 86_400
    os.utime(leftover, (long_ago, long_ago))
    with profiles.open("lan.nt", PASSWORD, write=False):
        assert leftover.exists()  # a reader leaves the folder alone
    with profiles.open("lan.nt", PASSWORD):
        assert not leftover.exists()

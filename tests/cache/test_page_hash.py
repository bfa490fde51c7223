"""The hash that authenticates each page of the cache file (page_hash.py): new caches use the one this computer
computes faster; a cache made before (SQLCipher's defaults), or on a computer that chose the other, opens as it
is, its data and its unsaved log intact, without a word on the console."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3.dbapi2

from client.cache import page_hash
from client.cache.database import full_check
from client.cache.keys import unwrap_key
from client.cache.profile import DATABASE_FILE, Profiles
from tests.cache.conftest import COMMUNE, PASSWORD, document


def _hash_in_use(profiles: Profiles) -> tuple[int, str]:
    with profiles.open("lan.nt", PASSWORD) as opened, opened.engine.connect() as connection:
        return (int(connection.exec_driver_sql("PRAGMA page_size").scalar_one()),
                connection.exec_driver_sql("PRAGMA cipher_hmac_algorithm").scalar_one())


def _data_key(profiles: Profiles) -> tuple[Path, bytes]:
    with profiles.open("lan.nt", PASSWORD) as opened:
        return opened.folder / DATABASE_FILE, unwrap_key(opened.info.wrapped_key, PASSWORD, opened.info.profile_id)


def _raw(path: Path, data_key: bytes, *pragmas: str) -> sqlcipher3.dbapi2.Connection:
    connection = sqlcipher3.dbapi2.connect(str(path))
    connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    for pragma in pragmas:
        connection.execute(f"PRAGMA {pragma}")
    return connection


def test_a_new_cache_uses_the_faster_hash_in_4_kib_pages(profiles: Profiles) -> None:
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        opened.store.add_document(document(summary="Nghị quyết về chuyển đổi số"))
    assert _hash_in_use(profiles) == (4096, page_hash.faster_hash())
    if page_hash.faster_hash() == "HMAC_SHA512":
        pytest.skip("SHA-512 is the faster hash here: new caches keep SQLCipher's defaults")
    # Not the default: SQLCipher alone cannot read it, so the hash really is the one given.
    path, data_key = _data_key(profiles)
    defaults = _raw(path, data_key)
    with pytest.raises(sqlcipher3.dbapi2.DatabaseError, match="not a database"):
        defaults.execute("SELECT count(*) FROM sqlite_master").fetchone()
    defaults.close()


def test_the_faster_hash_is_chosen_by_timing_both() -> None:
    page_hash.faster_hash.cache_clear()
    chosen = page_hash.faster_hash()
    assert chosen in page_hash.HASHES
    assert page_hash.faster_hash() == chosen  # once per process


@pytest.mark.parametrize("made_with", page_hash.HASHES)
def test_a_cache_made_with_either_hash_opens_as_it_is(profiles: Profiles, monkeypatch: pytest.MonkeyPatch,
                                                      capfd: pytest.CaptureFixture[str], made_with: str) -> None:
    # The cache made by an older release (SQLCipher's default) or on a computer that chose the other hash; this
    # computer is made to prefer the other one, so opening has to find it.
    other = next(name for name in page_hash.HASHES if name != made_with)
    with monkeypatch.context() as made_there:
        made_there.setattr(page_hash, "faster_hash", lambda: made_with)
        with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
            first = opened.store.add_document(document(summary="Công văn số một"))
    monkeypatch.setattr(page_hash, "faster_hash", lambda: other)
    path, data_key = _data_key(profiles)
    assert page_hash.hash_of(path, data_key) == made_with
    if made_with == "HMAC_SHA512":  # truly SQLCipher's defaults: read with nothing given but the key
        defaults = _raw(path, data_key)
        assert defaults.execute("SELECT count(*) FROM documents").fetchone() == (1,)
        defaults.close()
    capfd.readouterr()

    with profiles.open("lan.nt", PASSWORD) as opened:
        assert [d["id"] for d in opened.store.list_documents(limit=10)] == [first]
        second = opened.store.add_document(document(summary="Công văn số hai"))
        # A reader still open when the app closes keeps the last write in the log (no checkpoint at close).
        reader = _raw(path, data_key, *page_hash.pragmas(made_with))
        assert reader.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    assert Path(f"{path}-wal").stat().st_size > 0

    with profiles.open("lan.nt", PASSWORD) as opened:
        assert opened.notices == []
        assert {d["id"] for d in opened.store.list_documents(limit=10)} == {first, second}
        assert opened.store.search("công văn hai")[0]["id"] == second
        assert full_check(opened.engine) == []
    reader.close()
    assert _hash_in_use(profiles) == (4096, made_with)
    # Trying the other hash first said nothing on the console (SQLCipher logs each page it cannot authenticate).
    assert capfd.readouterr().err == ""


def test_a_file_no_hash_opens_gets_the_faster_one(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "cache.db"
    garbage.write_bytes(b"\x17" * 65536)
    assert page_hash.hash_of(garbage, b"k" * 32) == page_hash.faster_hash()
    assert page_hash.hash_of(tmp_path / "not-yet.db", b"k" * 32) == page_hash.faster_hash()
    (tmp_path / "empty.db").write_bytes(b"")
    assert page_hash.hash_of(tmp_path / "empty.db", b"k" * 32) == page_hash.faster_hash()
    assert capfd.readouterr().err == ""
    # The log level SQLCipher had is given back.
    probe = sqlcipher3.dbapi2.connect(":memory:")
    assert probe.execute("PRAGMA cipher_log_level").fetchone()[0] != "NONE"
    probe.close()

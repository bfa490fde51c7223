"""The cache file's page layout (cipher_layout.py): new caches get 16 KiB pages and this computer's faster page
hash; a cache made before, or on a computer that chose the other hash, opens as it is, its data and its unsaved
log intact, without a word on the console."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3.dbapi2

from client.cache import cipher_layout
from client.cache.cipher_layout import LEGACY, CipherLayout, candidates, layout_of, preferred
from client.cache.database import full_check
from client.cache.keys import unwrap_key
from client.cache.profile import DATABASE_FILE, Profiles
from tests.cache.conftest import COMMUNE, PASSWORD, document


def _layout_in_use(profiles: Profiles) -> tuple[int, str]:
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


def test_a_new_cache_has_16_kib_pages_and_the_faster_page_hash(profiles: Profiles) -> None:
    with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
        opened.store.add_document(document(summary="Nghị quyết về chuyển đổi số"))
    assert preferred().page_size == 16384
    assert preferred().hmac in ("HMAC_SHA256", "HMAC_SHA512")
    assert _layout_in_use(profiles) == (16384, preferred().hmac)
    # Not the defaults: SQLCipher alone cannot read it, so the layout really is the one given.
    path, data_key = _data_key(profiles)
    defaults = _raw(path, data_key)
    with pytest.raises(sqlcipher3.dbapi2.DatabaseError, match="not a database"):
        defaults.execute("SELECT count(*) FROM sqlite_master").fetchone()
    defaults.close()


def test_the_faster_hash_is_chosen_by_timing_both() -> None:
    cipher_layout._faster_hash.cache_clear()
    chosen = cipher_layout._faster_hash()
    assert chosen in ("HMAC_SHA256", "HMAC_SHA512")
    assert cipher_layout._faster_hash() == chosen  # once per process
    assert candidates()[0] == preferred() and LEGACY in candidates() and len(set(candidates())) == 3


@pytest.mark.parametrize("made_with", [LEGACY, CipherLayout(16384, "HMAC_SHA512"), CipherLayout(16384, "HMAC_SHA256")],
                         ids=["sqlcipher-defaults", "16k-sha512", "16k-sha256"])
def test_a_cache_made_with_another_layout_opens_as_it_is(profiles: Profiles, monkeypatch: pytest.MonkeyPatch,
                                                         capfd: pytest.CaptureFixture[str],
                                                         made_with: CipherLayout) -> None:
    # The cache made by an older release (SQLCipher's defaults) or on a computer that chose the other hash.
    with monkeypatch.context() as made_there:
        made_there.setattr(cipher_layout, "preferred", lambda: made_with)
        with profiles.create("lan.nt", PASSWORD, COMMUNE) as opened:
            first = opened.store.add_document(document(summary="Công văn số một"))
    path, data_key = _data_key(profiles)
    assert layout_of(path, data_key) == made_with
    if made_with == LEGACY:  # truly SQLCipher's defaults: read with no layout given at all
        defaults = _raw(path, data_key)
        assert defaults.execute("SELECT count(*) FROM documents").fetchone() == (1,)
        defaults.close()
    capfd.readouterr()

    with profiles.open("lan.nt", PASSWORD) as opened:
        assert [d["id"] for d in opened.store.list_documents(limit=10)] == [first]
        second = opened.store.add_document(document(summary="Công văn số hai"))
        # A reader still open when the app closes keeps the last write in the log (no checkpoint at close).
        reader = _raw(path, data_key, *made_with.pragmas())
        assert reader.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    assert Path(f"{path}-wal").stat().st_size > 0

    with profiles.open("lan.nt", PASSWORD) as opened:
        assert opened.notices == []
        assert {d["id"] for d in opened.store.list_documents(limit=10)} == {first, second}
        assert opened.store.search("công văn hai")[0]["id"] == second
        assert full_check(opened.engine) == []
    reader.close()
    assert _layout_in_use(profiles) == (made_with.page_size, made_with.hmac)
    # Trying the other layouts first said nothing on the console (SQLCipher logs each page it cannot authenticate).
    assert capfd.readouterr().err == ""


def test_a_file_no_layout_opens_gets_this_computers_layout(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "cache.db"
    garbage.write_bytes(b"\x17" * 65536)
    assert layout_of(garbage, b"k" * 32) == preferred()
    assert layout_of(tmp_path / "not-yet.db", b"k" * 32) == preferred()
    (tmp_path / "empty.db").write_bytes(b"")
    assert layout_of(tmp_path / "empty.db", b"k" * 32) == preferred()
    assert capfd.readouterr().err == ""
    # The log level SQLCipher had is given back.
    probe = sqlcipher3.dbapi2.connect(":memory:")
    assert probe.execute("PRAGMA cipher_log_level").fetchone()[0] != "NONE"
    probe.close()

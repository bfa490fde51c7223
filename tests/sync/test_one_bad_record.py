"""What one server record or file can do to a sync: it is refused or skipped, named, and never a wall.

Pages are bounded before anything in them is validated; a record of another unit or with text no database stores
is skipped and listed in the status while the rest of its page is stored; a file whose size or hash lies is
recorded as failed and the other files still arrive.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from client.cache.keys import KdfParams
from client.cache.profile import OpenProfile, Profiles, UnitInfo
from client.cache.records import DocumentRecord
from client.cache.store import RecordNotFoundError
from client.cli.main import main
from sync.engine import MassPurgeError, ProtocolError
from sync.protocol.domain import UnitLevel
from tests.sync.test_hostile_server import (
    UNIT,
    FakeServer,
    Reply,
    _doc,
    _json,
    empty_feed,
    engine_for,
    fingerprint,
    good_snapshot,
)

OTHER_UNIT = "22222222-2222-4222-8222-222222222222"


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    server = FakeServer()
    yield server
    server.close()


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[OpenProfile]:
    profiles = Profiles(tmp_path / "home", kdf=KdfParams.fast_for_tests())
    opened = profiles.create("clerk", "mat-khau-123", UnitInfo(UNIT, "XA", "Xã", UnitLevel.COMMUNE))
    yield opened
    opened.close()


def held(profile: OpenProfile, doc_id: str) -> bool:
    try:
        profile.store.get_document(doc_id)
    except RecordNotFoundError:
        return False
    return True


def feed(changes: list[dict[str, Any]], cursor: int) -> Reply:
    return _json({"changes": changes, "cursor": cursor, "has_more": False})


def upsert(seq: int, entity: str, record: dict[str, Any]) -> dict[str, Any]:
    return {"seq": seq, "entity": entity, "id": record["id"], "op": "upsert", "version": record["version"],
            "record": record}


def synced(fake: FakeServer, profile: OpenProfile, cursor: int = 10, **config: Any) -> Any:
    fake.routes["/v1/sync/snapshot"] = good_snapshot([_doc(str(uuid.uuid4()))], cursor=cursor)
    fake.routes["/v1/sync/changes"] = empty_feed(cursor)
    engine = engine_for(profile, fake.url, **config)
    engine.run()
    return engine


# -- bounds before validation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("where", ["changes", "snapshot"])
def test_a_million_empty_items_are_refused_by_their_count(where: str, fake: FakeServer,
                                                          profile: OpenProfile) -> None:
    body = b"[" + b",".join([b"{}"] * 1_000_000) + b"]"
    if where == "changes":
        engine = synced(fake, profile)
        fake.routes["/v1/sync/changes"] = lambda _p: (200, {"Content-Type": "application/json"},
                                                      b'{"changes":' + body + b',"cursor":11,"has_more":false}')
    else:
        engine = engine_for(profile, fake.url)
        fake.routes["/v1/sync/snapshot"] = lambda _p: (200, {"Content-Type": "application/json"},
                                                       b'{"records":' + body + b',"cursor":1,"next_page_token":null}')
    before = fingerprint(profile)
    with pytest.raises(ProtocolError, match=r"more than 1000 (changes|records) in a page of at most 1000"):
        engine.run()
    assert fingerprint(profile) == before


def test_a_gzip_bomb_is_refused_at_the_decompressed_limit(fake: FakeServer, profile: OpenProfile) -> None:
    bomb = gzip.compress(b" " * (40 * 1024 * 1024), compresslevel=9)  # 40 MB of spaces in about 40 KB
    assert len(bomb) < 100 * 1024
    engine = synced(fake, profile, max_response_bytes=1024 * 1024)
    fake.routes["/v1/sync/changes"] = lambda _p: (200, {"Content-Type": "application/json",
                                                        "Content-Encoding": "gzip"}, bomb)
    with pytest.raises(ProtocolError, match="larger than the limit"):
        engine.run()


def test_deeply_nested_json_is_refused_clearly(fake: FakeServer, profile: OpenProfile) -> None:
    engine = synced(fake, profile)
    fake.routes["/v1/sync/changes"] = lambda _p: (200, {"Content-Type": "application/json"},
                                                  b"[" * 200_000 + b"]" * 200_000)
    with pytest.raises(ProtocolError, match="nested too deeply"):
        engine.run()
    assert engine.status().last_error_code == "protocol"


# -- one bad record ------------------------------------------------------------------------------------------------

def test_a_record_of_another_unit_is_refused_and_the_rest_of_the_page_is_stored(fake: FakeServer,
                                                                                 profile: OpenProfile) -> None:
    engine = synced(fake, profile)
    good, foreign, after = (_doc(str(uuid.uuid4())) for _ in range(3))
    foreign["unit_id"] = OTHER_UNIT
    shared_task = {"id": str(uuid.uuid4()), "version": 1, "unit_id": OTHER_UNIT, "resolution_number": "57-NQ/TW",
                   "title": "Chuyển đổi số", "lead_unit_id": OTHER_UNIT, "cooperating_unit_ids": [UNIT]}
    foreign_task = {**shared_task, "id": str(uuid.uuid4()), "cooperating_unit_ids": []}
    fake.routes["/v1/sync/changes"] = lambda _p: feed([upsert(11, "document", good),
                                                       upsert(12, "document", foreign),
                                                       upsert(13, "task", shared_task),
                                                       upsert(14, "task", foreign_task),
                                                       upsert(15, "document", after)], 15)
    report = engine.run()
    assert report.pull.refused == 2 and engine.replica.feed_cursor() == 15
    assert profile.store.count_documents() == 3  # the snapshot's, good and after
    assert not held(profile, foreign["id"])
    assert {t["id"] for t in profile.store.list_tasks(limit=10)} == {shared_task["id"]}
    refused = engine.status().refused_records
    assert [(r["entity"], r["id"], r["code"]) for r in refused] == [("document", foreign["id"], "other_unit"),
                                                                    ("task", foreign_task["id"], "other_unit")]
    assert OTHER_UNIT in refused[0]["reason"]
    assert engine.status().last_error is None  # the run itself succeeded


def test_bad_characters_in_one_record_do_not_block_the_page(fake: FakeServer, profile: OpenProfile) -> None:
    engine = synced(fake, profile)
    surrogate = _doc(str(uuid.uuid4()), summary="Trích yếu \ud800 hỏng")
    nul = _doc(str(uuid.uuid4()), issuing_body="UBND\x00xã")
    nul_in_task = {"id": str(uuid.uuid4()), "version": 1, "unit_id": UNIT, "resolution_number": "57-NQ/TW",
                   "title": "Nhiệm vụ\x00", "lead_unit_id": UNIT}
    good = _doc(str(uuid.uuid4()), summary="Công văn về chuyển đổi số")
    page = json.dumps({"changes": [upsert(11, "document", surrogate), upsert(12, "document", nul),
                                   upsert(13, "task", nul_in_task), upsert(14, "document", good)],
                       "cursor": 14, "has_more": False}).encode()
    assert b"\\ud800" in page  # a lone surrogate, as JSON carries it
    fake.routes["/v1/sync/changes"] = lambda _p: (200, {"Content-Type": "application/json"}, page)
    engine.run()
    assert held(profile, good["id"]) and engine.replica.feed_cursor() == 14
    refused = {r["id"]: r for r in engine.status().refused_records}
    assert set(refused) == {surrogate["id"], nul["id"], nul_in_task["id"]}
    assert all(r["code"] == "bad_text" for r in refused.values())
    assert "summary" in refused[surrogate["id"]]["reason"] and "surrogate" in refused[surrogate["id"]]["reason"]
    assert "issuing_body" in refused[nul["id"]]["reason"] and "NUL" in refused[nul["id"]]["reason"]
    assert surrogate["id"] in refused[surrogate["id"]]["reason"]  # the reason names the record
    # The next run goes on from the new cursor: nothing is stuck on the bad page.
    fake.routes["/v1/sync/changes"] = lambda _p: feed([upsert(15, "document", _doc(str(uuid.uuid4())))], 15)
    engine.run()
    assert engine.replica.feed_cursor() == 15 and profile.store.count_documents() == 3


# -- one bad file ---------------------------------------------------------------------------------------------------

def test_a_file_whose_size_or_hash_lies_is_recorded_and_the_others_arrive(fake: FakeServer,
                                                                          profile: OpenProfile) -> None:
    files = {f"van-ban-{i}.pdf": f"%PDF-1.4 văn bản số {i}".encode() * (i + 1) for i in range(6)}
    sha = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    refs = {name: {"sha256": sha[name], "name": name, "size": len(data)} for name, data in files.items()}
    refs["van-ban-1.pdf"]["size"] += 1000  # a reference that claims more bytes than the file has
    refs["van-ban-3.pdf"]["size"] -= 5  # and one that claims fewer
    served = {sha[name]: data for name, data in files.items()}
    served[sha["van-ban-4.pdf"]] = b"%PDF-1.4 another file entirely"  # and bytes that are not the file's
    docs = [_doc(str(uuid.uuid4()), attachments=[ref]) for ref in refs.values()]
    fake.routes["/v1/sync/snapshot"] = good_snapshot(docs)
    fake.routes["/v1/sync/changes"] = empty_feed()
    fake.routes["/v1/attachments/*"] = lambda path: (200, {}, served[path.rsplit("/", 1)[1].split("?")[0]])
    engine = engine_for(profile, fake.url)  # a fresh device
    report = engine.run()
    good = {"van-ban-0.pdf", "van-ban-2.pdf", "van-ban-5.pdf"}
    assert report.downloaded == 3
    assert set(profile.vault.iter_hashes()) == {sha[name] for name in good}
    failed = {f["name"]: f for f in engine.status().failed_attachments}
    assert set(failed) == {"van-ban-1.pdf", "van-ban-3.pdf", "van-ban-4.pdf"}
    assert all(f["code"] == "attachment_integrity" or "more bytes" in f["reason"] for f in failed.values())
    assert engine.status().last_error is None
    # Tried again: once the server serves the right file, it arrives and leaves the list (opened on demand here,
    # and the next run no longer lists it either).
    served[sha["van-ban-4.pdf"]] = files["van-ban-4.pdf"]
    assert engine.download_now(sha["van-ban-4.pdf"])
    assert profile.vault.contains(sha["van-ban-4.pdf"])
    assert {f["name"] for f in engine.status().failed_attachments} == {"van-ban-1.pdf", "van-ban-3.pdf"}
    engine.run()
    assert {f["name"] for f in engine.status().failed_attachments} == {"van-ban-1.pdf", "van-ban-3.pdf"}


def test_a_page_removing_81_of_99_documents_with_their_notes_asks_first(fake: FakeServer,
                                                                         profile: OpenProfile) -> None:
    # Issue 11: counted by name, 81 removals in a cache of 99 documents and 99 notes are 41%, and went through;
    # with the notes they take along they are 82%.
    docs = [_doc(str(uuid.uuid4())) for _ in range(99)]
    notes = [{"id": str(uuid.uuid4()), "version": 1, "unit_id": UNIT, "document_id": d["id"], "author_id": UNIT,
              "text": "Đã nhận", "created_at": "2026-12-01T08:00:00+00:00"} for d in docs]
    items = [{"entity": "document", "id": d["id"], "version": 1, "record": d} for d in docs]
    items += [{"entity": "document_note", "id": n["id"], "version": 1, "record": n} for n in notes]
    fake.routes["/v1/sync/snapshot"] = lambda _p: _json({"records": items, "cursor": 5, "next_page_token": None})
    fake.routes["/v1/sync/changes"] = empty_feed(5)
    engine = engine_for(profile, fake.url)
    engine.run()
    assert engine.replica.count_records() == 198
    fake.routes["/v1/sync/changes"] = lambda _p: feed([
        {"seq": 6 + i, "entity": "document", "id": d["id"], "op": "remove", "version": 2, "record": None}
        for i, d in enumerate(docs[:81])], 86)
    asked: list[tuple[int, int]] = []
    with pytest.raises(MassPurgeError):
        engine.run(confirm_mass_purge=lambda removing, total: asked.append((removing, total)) or False)
    assert asked == [(162, 198)] and engine.replica.count_records() == 198


def test_the_command_line_status_names_what_was_skipped(fake: FakeServer, profile: OpenProfile, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    real = b"%PDF-1.4 real"
    lying = _doc(str(uuid.uuid4()), attachments=[{"sha256": hashlib.sha256(real).hexdigest(), "name": "qd.pdf",
                                                  "size": len(real) + 10}])
    foreign = {**_doc(str(uuid.uuid4())), "unit_id": OTHER_UNIT}
    fake.routes["/v1/sync/snapshot"] = good_snapshot([lying, foreign])
    fake.routes["/v1/sync/changes"] = empty_feed()
    fake.routes["/v1/attachments/*"] = lambda _p: (200, {}, real)
    engine_for(profile, fake.url).run()
    profile.close()
    monkeypatch.setenv("COMMUNE_OFFICE_PASSWORD", "mat-khau-123")
    assert main(["status", "--home", str(tmp_path / "home"), "-u", "clerk"]) == 0
    out = capsys.readouterr().out
    assert f"not stored, from the server (other_unit): document {foreign['id']} belongs to another unit" in out
    assert "file not downloaded, tried again next sync: qd.pdf" in out


def test_an_answer_to_our_own_change_with_bad_text_is_refused_naming_the_record(fake: FakeServer,
                                                                                profile: OpenProfile) -> None:
    engine = synced(fake, profile)
    doc = DocumentRecord(kind="incoming", doc_type="Công văn", summary="Công văn gửi lên")
    profile.store.add_document(doc)

    def answer(_path: str) -> Reply:
        _method, _path2, headers, body = fake.seen[-1]
        sent = json.loads(gzip.decompress(body) if headers.get("Content-Encoding") == "gzip" else body)
        [mutation] = sent["mutations"]
        record = {**_doc(doc.id), "summary": "Công văn\x00 gửi lên"}
        return _json({"results": [{"mutation_id": mutation["mutation_id"], "status": "applied", "version": 1,
                                   "record": record}]})

    fake.routes["/v1/sync/push"] = answer
    with pytest.raises(ProtocolError) as refused:
        engine.run()
    assert doc.id in str(refused.value) and "NUL" in str(refused.value)
    assert profile.store.pending_changes() == 1  # the change is kept and sent again next run


def test_a_file_the_server_holds_back_past_its_deadline_is_recorded_and_the_others_arrive(
    fake: FakeServer, profile: OpenProfile
) -> None:
    slow_bytes, good_bytes = b"%PDF-1.4 slow", b"%PDF-1.4 good"
    slow_sha, good_sha = (hashlib.sha256(b).hexdigest() for b in (slow_bytes, good_bytes))
    docs = [_doc(str(uuid.uuid4()), attachments=[{"sha256": sha, "name": name, "size": len(data)}])
            for sha, name, data in ((slow_sha, "cham.pdf", slow_bytes), (good_sha, "tot.pdf", good_bytes))]
    held_back = threading.Event()

    def attachment(path: str) -> Reply:
        if slow_sha in path:
            held_back.wait(10)  # answers only after the client has given up on it (or 10 s)
            return 200, {}, slow_bytes
        return 200, {}, good_bytes

    fake.routes["/v1/sync/snapshot"] = good_snapshot(docs)
    fake.routes["/v1/sync/changes"] = empty_feed()
    fake.routes["/v1/attachments/*"] = attachment
    engine = engine_for(profile, fake.url, request_deadline=0.5, read_timeout=30)
    try:
        engine.run()
    finally:
        held_back.set()
    assert list(profile.vault.iter_hashes()) == [good_sha]
    [failed] = engine.status().failed_attachments
    assert failed["name"] == "cham.pdf" and failed["code"] == "deadline"

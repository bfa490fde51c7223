"""Demo data a user can believe: Vietnamese PDFs, types that match their summaries, dates relative to today."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import random
import unicodedata
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from server.config import Settings
from server.db import migrate, open_database
from server.demo_corpus import ISSUERS, PARTY_SYMBOLS, STATE_SYMBOLS, commune_issuers, document_meta
from server.demo_seed import _document_pdf, seed_demo
from server.models import Record

TODAY = dt.date(2026, 11, 12)


def _text(pdf: bytes) -> str:
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    return " ".join(unicodedata.normalize("NFC", page.extract_text()).split())


def test_a_demo_pdf_has_its_vietnamese_summary_in_its_text_and_one_small_font() -> None:
    rng = random.Random(3)
    for _ in range(10):
        meta = document_meta(rng, TODAY)
        pdf = _document_pdf(meta, ["Đảng ủy xã Bát Xát"])
        text = _text(pdf)
        assert " ".join(meta.summary.split()) in text, (meta.summary, text)
        assert meta.number_symbol in text and "ngày" in text and "Nơi nhận:" in text
        header = "ĐẢNG CỘNG SẢN VIỆT NAM" if meta.issuer.party else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        assert header in text
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        fonts = reader.pages[0]["/Resources"]["/Font"]
        assert len(fonts) == 1 and pdf.count(b"/FontFile2") == 1  # one font, embedded once
        assert len(pdf) < 20_000, len(pdf)  # a subset, not the whole ~750 KB font


def test_types_summaries_and_symbols_agree() -> None:
    rng = random.Random(5)
    issuers = (*ISSUERS, *commune_issuers("Y Tý"))
    for _ in range(400):
        meta = document_meta(rng, TODAY, issuers=issuers)
        number, _, rest = meta.number_symbol.partition("-" if meta.issuer.party else "/")
        assert number.isdigit()
        if meta.issuer.party:
            assert rest == f"{PARTY_SYMBOLS[meta.doc_type]}/{meta.issuer.code}", meta
        elif meta.doc_type == "Công văn":
            assert rest == f"{meta.issuer.code}-{meta.issuer.office}", meta
        else:
            assert rest == f"{STATE_SYMBOLS[meta.doc_type]}-{meta.issuer.code}", meta
        expected_start = {"Công văn": "V/v ", "Quyết định": "Về việc "}.get(meta.doc_type, meta.doc_type)
        assert meta.summary.startswith(expected_start), meta
        assert TODAY - dt.timedelta(days=90) <= meta.issued_date < TODAY


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, dict]]:
    folder: Path = tmp_path_factory.mktemp("demo")
    settings = Settings(database_url=f"sqlite:///{folder}/c.db", data_dir=folder / "data", secret_key="k")
    migrate(settings.database_url)
    db = open_database(settings.database_url)
    seed_demo(db, settings, communes=3, documents=60, seed=11, today=TODAY)
    with db.read() as session:
        rows = [(r.entity, dict(r.data)) for r in session.scalars(select(Record))]
    db.engine.dispose()
    return rows


def test_seeded_dates_are_relative_to_today(seeded: list[tuple[str, dict]]) -> None:
    documents = [d for e, d in seeded if e == "document"]
    for d in documents:
        assert dt.date.fromisoformat(d["issued_date"]) < TODAY
        assert dt.date.fromisoformat(d["issued_date"]) >= TODAY - dt.timedelta(days=90)
        if d.get("arrival_date") and not d.get("source_document_id"):  # a delivered copy arrives when delivered
            assert d["issued_date"] < d["arrival_date"] < TODAY.isoformat()
    open_ = [d for d in documents if d["status"] in ("assigned", "in_progress")]
    overdue = [d for d in open_ if d["deadline"] < TODAY.isoformat()]
    assert open_ and overdue and len(overdue) < len(open_) / 2
    tasks = [d for e, d in seeded if e == "task"]
    assert all(t["deadline"] != "2025-12-31" for t in tasks)
    assert sum(t["deadline"] > TODAY.isoformat() for t in tasks) > len(tasks) / 2
    labels = {d["period_label"] for e, d in seeded if e == "task_report"}
    assert "Quý IV/2026" in labels and not any(label.endswith("/2025") and "IV" not in label for label in labels)


def test_notes_follow_their_documents(seeded: list[tuple[str, dict]]) -> None:
    documents = {d["id"]: d for e, d in seeded if e == "document"}
    notes = [d for e, d in seeded if e == "document_note"]
    assert notes
    for note in notes:
        document = documents[note["document_id"]]
        assert note["created_at"][:10] >= document["arrival_date"]
        assert note["created_at"][:10] < TODAY.isoformat()


def test_the_same_seed_and_today_give_the_same_documents(tmp_path: Path, seeded: list[tuple[str, dict]]) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path}/c.db", data_dir=tmp_path / "data", secret_key="k")
    migrate(settings.database_url)
    db = open_database(settings.database_url)
    seed_demo(db, settings, communes=3, documents=60, seed=11, today=TODAY)
    with db.read() as session:
        again = sorted((r.data["number_symbol"], r.data["summary"], r.data["issued_date"])
                       for r in session.scalars(select(Record).where(Record.entity == "document")))
    db.engine.dispose()
    first = sorted((d["number_symbol"], d["summary"], d["issued_date"]) for e, d in seeded if e == "document")
    assert again == first


def test_seeded_secret_documents_are_register_entries_with_where_the_original_is(
    seeded: list[tuple[str, dict]],
) -> None:
    documents = [d for e, d in seeded if e == "document"]
    secret = [d for d in documents if d["secrecy"] >= 1]
    assert secret and any(d["source_document_id"] for d in secret)
    # A delivered copy's original is wherever the receiving clerk files it: they record it on registering.
    places = {d["original_location"] for d in secret if not d["source_document_id"]}
    assert {"Két sắt của văn thư", "Hệ thống văn bản mật"} <= places
    assert any(place.startswith("Đồng chí ") and "giữ bản gốc" in place for place in places)
    for d in secret:
        assert d["summary"] == "" and d["attachments"] == [], d
        assert d["number_symbol"] and d["doc_type"] and d["issuing_body"], d
        assert d["original_location"] or d["source_document_id"], d
    for d in documents:
        if d["secrecy"] == 0:
            assert d["summary"] and len(d["attachments"]) == 1 and d["original_location"] == "", d


def test_a_seeded_document_has_the_trail_of_the_steps_that_brought_it_to_its_status(
        seeded: list[tuple[str, dict]]) -> None:
    documents = {d["id"]: d for e, d in seeded if e == "document"}
    trails: dict[str, list[dict]] = {}
    for entity, event in seeded:
        if entity == "document_event":
            trails.setdefault(event["document_id"], []).append(event)
    steps = {"registered": ["registered"], "assigned": ["registered", "assigned"],
             "in_progress": ["registered", "assigned", "status_changed"],
             "done": ["registered", "assigned", "status_changed", "status_changed"],
             "archived": ["registered", "assigned", "status_changed", "status_changed", "status_changed"]}
    seen = set()
    for doc in documents.values():
        if doc["kind"] != "incoming" or doc.get("source_document_id"):
            continue
        trail = sorted(trails.get(doc["id"], []), key=lambda e: e["at"])
        assert [e["action"] for e in trail] == steps.get(doc["status"], []), doc["status"]
        if not trail:
            continue
        seen.add(doc["status"])
        assert trail[-1]["to_status"] == doc["status"] and trail[0]["from_status"] == "received"
        assert all(a["to_status"] == b["from_status"] for a, b in itertools.pairwise(trail))
        assert trail[0]["at"][:10] == doc["arrival_date"] and trail[-1]["at"][:10] <= TODAY.isoformat()
        assert all(e["actor_name"] for e in trail)
        if len(trail) > 1:
            assert trail[1]["handler_id"] == doc["handler_id"] and trail[1]["note"] == doc["direction_note"]
    assert {"registered", "assigned", "done"} <= seen

"""`seed-demo`: a province with communes, users of every role, documents with PDFs, tasks with progress."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import lifecycle
from server.blobstore import BlobStore
from server.config import Settings
from server.db import Database
from server.demo_corpus import COMMUNE_NAMES, RESOLUTIONS, TASK_TITLES, document_meta, make_id, person_name
from server.demo_pdf import make_pdf
from server.document_writes import deliver
from server.models import Blob, BlobGrant, Unit, User
from server.organisation import AdminError, add_unit, add_user
from server.passwords import hash_password
from server.record_writes import create_record, save_changes
from server.scope import Principal
from server.task_writes import append_report
from sync.protocol.domain import IncomingStatus, OutgoingStatus, Role, UnitLevel
from sync.protocol.wire import Mutation

DEMO_PASSWORD = "Demo@2025"
PROVINCE_CODE = "TINH-DEMO"
_INCOMING_FLOW = list(IncomingStatus)
Credential = tuple[str, str, str, str]


def _principal(user: User, level: UnitLevel) -> Principal:
    return Principal(user_id=user.id, device_id="seed-demo", unit_id=user.unit_id, unit_level=level,
                     roles=frozenset(user.roles))


def _attach(session: Session, blobs: BlobStore, unit_id: str, lines: list[str], name: str) -> dict[str, Any]:
    data = make_pdf(lines)
    sha = blobs.put(data)
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=len(data)))
    if session.get(BlobGrant, (unit_id, sha)) is None:
        session.add(BlobGrant(unit_id=unit_id, sha256=sha))
    return {"sha256": sha, "name": name, "size": len(data), "mime": "application/pdf"}


def seed_demo(db: Database, settings: Settings, communes: int = 6, documents: int = 300,
              seed: int = 2025) -> list[Credential]:
    """Create the demo organisation and its data; deterministic for a given seed."""
    rng = random.Random(seed)
    blobs = BlobStore(settings.blob_dir, settings.upload_dir)
    password_hash = hash_password(DEMO_PASSWORD)  # one Argon2 hash for every demo account keeps seeding fast
    credentials: list[Credential] = []
    with db.write() as session:
        if session.scalar(select(Unit.id).where(Unit.code == PROVINCE_CODE)):
            raise AdminError("The demo data exists already (unit TINH-DEMO); use a fresh database to seed again.")
        province = add_unit(session, PROVINCE_CODE, "Tỉnh ủy Demo", UnitLevel.PROVINCE, unit_id=make_id(rng))
        units = [province]
        for i in range(communes):
            name = COMMUNE_NAMES[i % len(COMMUNE_NAMES)] + ("" if i < len(COMMUNE_NAMES) else f" {i + 1}")
            units.append(add_unit(session, f"XA-{i + 1:02d}", f"Đảng ủy xã {name}", UnitLevel.COMMUNE, PROVINCE_CODE,
                                  unit_id=make_id(rng)))
        staff: dict[tuple[str, str], User] = {}
        for unit in units:
            prefix = "tinh" if unit is province else unit.code.lower().replace("-", "")
            roles = list(Role) if unit is province else [Role.CLERK, Role.LEADER, Role.SPECIALIST]
            for role in roles:
                username = f"{prefix}.{role}"
                user = add_user(session, username, DEMO_PASSWORD, person_name(rng), unit.code, [role],
                                position=str(role), user_id=make_id(rng), password_hash=password_hash)
                staff[(unit.id, role)] = user
                credentials.append((username, DEMO_PASSWORD, str(role), unit.name))
        _seed_documents(session, rng, blobs, province, units[1:], staff, documents)
        _seed_tasks(session, rng, blobs, province, units[1:], staff)
        session.commit()
    return credentials


def _seed_documents(session: Session, rng: random.Random, blobs: BlobStore, province: Unit, communes: list[Unit],
                    staff: dict[tuple[str, str], User], count: int) -> None:
    year = 2025
    sent_count = max(1, count // 15)
    for _ in range(sent_count):  # the province's plans and instructions, sent down to every commune
        meta = document_meta(rng, year, ("Tỉnh ủy", "TU"))
        attachment = _attach(session, blobs, province.id, [meta.number_symbol, meta.summary, meta.signer],
                             f"{meta.number_symbol.replace('/', '-')}.pdf")
        clerk = staff[(province.id, Role.CLERK)]
        sent: dict[str, Any] = {"kind": "outgoing", "status": OutgoingStatus.SENT, "number_symbol": meta.number_symbol,
                "doc_type": meta.doc_type, "summary": meta.summary, "issuing_body": meta.issuing_body,
                "issued_date": meta.issued_date.isoformat(), "signer": meta.signer, "urgency": meta.urgency,
                "secrecy": rng.choices((0, 1), weights=(85, 15))[0], "pages": meta.pages, "copies": meta.copies,
                "outgoing_number": lifecycle.next_register_number(session, province.id, "outgoing", year),
                "recipients": [{"name": u.name, "unit_id": u.id} for u in communes], "attachments": [attachment]}
        record = create_record(session, "document", make_id(rng), province.id, sent, secrecy=int(sent["secrecy"]))
        deliver(session, _principal(clerk, UnitLevel.PROVINCE), record)
    for _ in range(count - sent_count):
        unit = rng.choice([province, *communes, *communes])
        meta = document_meta(rng, year)
        attachment = _attach(session, blobs, unit.id, [meta.number_symbol, meta.summary, meta.signer],
                             f"{meta.number_symbol.replace('/', '-')}.pdf")
        status = rng.choice(_INCOMING_FLOW)
        ceiling = 2 if unit is province else 1
        data: dict[str, Any] = {
            "kind": "incoming", "status": status, "number_symbol": meta.number_symbol, "doc_type": meta.doc_type,
            "summary": meta.summary, "issuing_body": meta.issuing_body, "issued_date": meta.issued_date.isoformat(),
            "signer": meta.signer, "urgency": meta.urgency, "pages": meta.pages, "copies": meta.copies,
            "secrecy": rng.choices(range(ceiling + 1), weights=(85, 12, 3)[: ceiling + 1])[0],
            "attachments": [attachment],
        }
        if status != IncomingStatus.RECEIVED:
            data["arrival_number"] = lifecycle.next_register_number(session, unit.id, "incoming", year)
            data["arrival_date"] = (meta.issued_date + dt.timedelta(days=rng.randint(1, 5))).isoformat()
        if _INCOMING_FLOW.index(status) >= _INCOMING_FLOW.index(IncomingStatus.ASSIGNED):
            handler = staff[(unit.id, Role.SPECIALIST)]
            data.update(handler_id=handler.id, direction_note=f"Giao đồng chí {handler.full_name} tham mưu xử lý.",
                        deadline=(meta.issued_date + dt.timedelta(days=rng.randint(7, 30))).isoformat())
        record = create_record(session, "document", make_id(rng), unit.id, data, secrecy=int(data["secrecy"]))
        if "handler_id" in data:
            specialist = staff[(unit.id, Role.SPECIALIST)]
            create_record(session, "document_note", make_id(rng), unit.id,
                          {"document_id": record.id, "text": "Đã nghiên cứu, đang dự thảo văn bản trả lời.",
                           "author_id": specialist.id, "author_name": specialist.full_name,
                           "created_at": dt.datetime(year, 6, 1, 8, tzinfo=dt.UTC).isoformat()},
                          parent_id=record.id, secrecy=record.secrecy)


def _seed_tasks(session: Session, rng: random.Random, blobs: BlobStore, province: Unit, communes: list[Unit],
                staff: dict[tuple[str, str], User]) -> None:
    for number, title in RESOLUTIONS:
        for _ in range(rng.randint(1, 3)):
            task_title, indicator, measure = rng.choice(TASK_TITLES)
            lead = rng.choice(communes)
            cooperating = rng.sample([c for c in communes if c is not lead], k=min(2, len(communes) - 1))
            target = rng.choice((10, 50, 100, 500, 1000))
            data = {"resolution_number": number, "resolution_title": title, "title": task_title,
                    "lead_unit_id": lead.id, "cooperating_unit_ids": [c.id for c in cooperating],
                    "deadline": dt.date(2025, 12, 31).isoformat(),
                    "period": rng.choice(("monthly", "quarterly", "yearly")),
                    "indicators": [{"name": indicator, "target": target, "actual": 0, "unit": measure}]}
            task = create_record(session, "task", make_id(rng), province.id, data)
            reporter = staff[(lead.id, Role.SPECIALIST)]
            progress = 0
            for quarter in range(1, rng.randint(1, 4) + 1):
                progress = min(100, progress + rng.randint(10, 35))
                evidence = _attach(session, blobs, lead.id, [f"Bao cao tien do {number}", task_title,
                                                             f"Quy {quarter}/2025: {progress}%"],
                                   f"bao-cao-quy-{quarter}.pdf")
                fields = {"task_id": task.id, "period_label": f"Quý {quarter}/2025",
                          "text": f"Đã hoàn thành {progress}% kế hoạch.", "progress_percent": progress,
                          "figures": [{"name": indicator, "actual": round(target * progress / 100)}],
                          "evidence": [evidence]}
                mutation = Mutation(mutation_id=make_id(rng), device_seq=quarter, entity="task_report", op="append",
                                    record_id=make_id(rng), fields=fields)
                append_report(session, _principal(reporter, UnitLevel.COMMUNE), mutation, fields)
            if progress == 100:
                save_changes(session, task, {"status": "done"})

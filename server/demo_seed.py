"""`seed-demo`: a province with communes, users of every role, documents with PDFs, tasks with progress.

Every date is relative to `today` (the seed runs when the demo starts): documents were issued over the last 90
days and arrived a few days later, most deadlines lie ahead and about one in seven has passed, notes follow their
documents, and task reports cover the quarters up to the current one. A given seed and today give the same data.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import lifecycle
from server.blobstore import BlobStore
from server.config import Settings
from server.db import Database
from server.demo_corpus import (
    COMMUNE_NAMES,
    PROVINCE,
    PROVINCE_ISSUER,
    RESOLUTIONS,
    ROMAN,
    TASK_TITLES,
    DocumentMeta,
    commune_issuers,
    document_meta,
    make_id,
    person_name,
)
from server.demo_pdf import OfficialDocument, make_pdf, official_pdf
from server.document_events import EVENT_NAMESPACE
from server.document_writes import deliver
from server.models import Blob, BlobGrant, Record, Unit, User
from server.organisation import AdminError, add_unit, add_user
from server.passwords import hash_password
from server.record_writes import create_record, save_changes
from server.scope import Principal
from server.task_writes import append_report
from sync.protocol.domain import IncomingStatus, OutgoingStatus, Role, UnitLevel
from sync.protocol.secrecy import is_secret
from sync.protocol.wire import Mutation

DEMO_PASSWORD = "Demo@2025"
PROVINCE_CODE = "TINH-DEMO"
_INCOMING_FLOW = list(IncomingStatus)
Credential = tuple[str, str, str, str]
# Where a commune keeps the original of a secret document (Decree 63/2026: paper, or the secret-document system).
_SECRET_PLACES = ("Két sắt của văn thư", "Hệ thống văn bản mật")
# The position staff read beside a name (in the assign dialog's list of people), as an office writes it.
_POSITIONS = {Role.CLERK: "Văn thư", Role.LEADER: "Bí thư Đảng ủy", Role.SPECIALIST: "Chuyên viên",
              Role.ADMIN: "Quản trị hệ thống"}


def _principal(user: User, level: UnitLevel) -> Principal:
    return Principal(user_id=user.id, device_id="seed-demo", unit_id=user.unit_id, unit_level=level,
                     roles=frozenset(user.roles))


def _document_pdf(meta: DocumentMeta, recipients: list[str]) -> bytes:
    issuer = meta.issuer
    return official_pdf(OfficialDocument(
        issuer.party, issuer.superior, issuer.name, meta.number_symbol, issuer.place, meta.issued_date, meta.doc_type,
        meta.summary, list(meta.paragraphs), recipients, issuer.capacity, meta.signer_position, meta.signer_name))


def _attach(session: Session, blobs: BlobStore, unit_id: str, data: bytes, name: str) -> dict[str, Any]:
    sha = blobs.put(data)
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=len(data)))
    if session.get(BlobGrant, (unit_id, sha)) is None:
        session.add(BlobGrant(unit_id=unit_id, sha256=sha))
    return {"sha256": sha, "name": name, "size": len(data), "mime": "application/pdf"}


def _original(session: Session, blobs: BlobStore, unit_id: str, meta: DocumentMeta, recipients: list[str],
              secrecy: int, clerk: User) -> dict[str, Any]:
    """Where a document's original is: its PDF, or for a secret one the place the paper or file is kept.

    A secret document's PDF is never made: the server would not keep it, and its bytes would sit in the blob folder.
    Its summary stays in the data given to `create_record`, which strips it like any other write.
    """
    if not is_secret(secrecy):
        return {"attachments": [_attach(session, blobs, unit_id, _document_pdf(meta, recipients),
                                        f"{meta.number_symbol.replace('/', '-')}.pdf")]}
    places = (*_SECRET_PLACES, f"Đồng chí {clerk.full_name} ({clerk.position}) giữ bản gốc")
    return {"original_location": places[sum(map(ord, meta.number_symbol)) % len(places)]}


def seed_demo(db: Database, settings: Settings, communes: int = 6, documents: int = 300,
              seed: int = 2025, today: dt.date | None = None) -> list[Credential]:
    """Create the demo organisation and its data; deterministic for a given seed and today."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    blobs = BlobStore(settings.blob_dir, settings.upload_dir)
    password_hash = hash_password(DEMO_PASSWORD)  # one Argon2 hash for every demo account keeps seeding fast
    credentials: list[Credential] = []
    with db.write() as session:
        if session.scalar(select(Unit.id).where(Unit.code == PROVINCE_CODE)):
            raise AdminError("The demo data exists already (unit TINH-DEMO); use a fresh database to seed again.")
        province = add_unit(session, PROVINCE_CODE, f"Tỉnh ủy {PROVINCE}", UnitLevel.PROVINCE, unit_id=make_id(rng))
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
                                position=_POSITIONS[role], user_id=make_id(rng), password_hash=password_hash)
                staff[(unit.id, role)] = user
                credentials.append((username, DEMO_PASSWORD, str(role), unit.name))
        _seed_documents(session, rng, blobs, province, units[1:], staff, documents, today)
        _seed_tasks(session, rng, blobs, province, units[1:], staff, today)
        session.commit()
    return credentials


def _commune_name(unit: Unit) -> str:
    return unit.name.removeprefix("Đảng ủy xã ")


def _deadline(rng: random.Random, after: dt.date, today: dt.date, open_: bool) -> dt.date:
    """A processing deadline after `after`: for open work ahead of today mostly, past in about one case in seven."""
    if open_ and rng.random() < 0.15 and after < today - dt.timedelta(days=1):
        return today - dt.timedelta(days=rng.randint(1, min(20, (today - after).days - 1)))
    if open_:
        return today + dt.timedelta(days=rng.randint(2, 30))
    return after + dt.timedelta(days=rng.randint(5, 25))


def _seed_documents(session: Session, rng: random.Random, blobs: BlobStore, province: Unit, communes: list[Unit],
                    staff: dict[tuple[str, str], User], count: int, today: dt.date) -> None:
    sent_count = max(1, count // 15)
    for _ in range(sent_count):  # the province's plans and instructions, sent down to every commune
        meta = document_meta(rng, today, PROVINCE_ISSUER)
        clerk = staff[(province.id, Role.CLERK)]
        secrecy = rng.choices((0, 1), weights=(85, 15))[0]
        sent: dict[str, Any] = {"kind": "outgoing", "status": OutgoingStatus.SENT, "number_symbol": meta.number_symbol,
                "doc_type": meta.doc_type, "summary": meta.summary, "issuing_body": meta.issuing_body,
                "issued_date": meta.issued_date.isoformat(), "signer": meta.signer, "urgency": meta.urgency,
                "secrecy": secrecy, "pages": meta.pages, "copies": meta.copies,
                "outgoing_number": lifecycle.number_for(
                    session, province.id, "outgoing", meta.doc_type, secrecy, meta.issued_date),
                "recipients": [{"name": u.name, "unit_id": u.id} for u in communes],
                **_original(session, blobs, province.id, meta, ["Các đảng ủy xã trong tỉnh"], secrecy, clerk)}
        record = create_record(session, "document", make_id(rng), province.id, sent, secrecy=int(sent["secrecy"]))
        deliver(session, _principal(clerk, UnitLevel.PROVINCE), record)
    local = {c.id: commune_issuers(_commune_name(c)) for c in communes}
    for _ in range(count - sent_count):
        unit = rng.choice([province, *communes, *communes])
        if unit is province:
            meta = document_meta(rng, today)
        else:  # a commune hears from above, from its own people's committee and now and then from a neighbour
            neighbours = [i for c in communes if c is not unit for i in local[c.id][:1]]
            source = rng.choices(("above", "own", "neighbour"), weights=(70, 20, 10 if neighbours else 0))[0]
            issuers = local[unit.id][1:] if source == "own" else tuple(neighbours) if source == "neighbour" else None
            meta = document_meta(rng, today, issuers=issuers) if issuers else document_meta(rng, today)
        status = rng.choice(_INCOMING_FLOW)
        ceiling = 2 if unit is province else 1
        secrecy = rng.choices(range(ceiling + 1), weights=(85, 12, 3)[: ceiling + 1])[0]
        data: dict[str, Any] = {
            "kind": "incoming", "status": status, "number_symbol": meta.number_symbol, "doc_type": meta.doc_type,
            "summary": meta.summary, "issuing_body": meta.issuing_body, "issued_date": meta.issued_date.isoformat(),
            "signer": meta.signer, "urgency": meta.urgency, "pages": meta.pages, "copies": meta.copies,
            "secrecy": secrecy,
            **_original(session, blobs, unit.id, meta, [unit.name], secrecy, staff[(unit.id, Role.CLERK)]),
        }
        # Arrived a few days after issue, and before today, so that a note may follow it.
        arrival = min(meta.issued_date + dt.timedelta(days=rng.randint(1, 4)), today - dt.timedelta(days=1))
        if status != IncomingStatus.RECEIVED:
            data["arrival_number"] = lifecycle.number_for(session, unit.id, "incoming", meta.doc_type, secrecy, arrival)
            data["arrival_date"] = arrival.isoformat()
        if _INCOMING_FLOW.index(status) >= _INCOMING_FLOW.index(IncomingStatus.ASSIGNED):
            handler = staff[(unit.id, Role.SPECIALIST)]
            open_ = status in (IncomingStatus.ASSIGNED, IncomingStatus.IN_PROGRESS)
            data.update(handler_id=handler.id, direction_note=f"Giao đồng chí {handler.full_name} tham mưu xử lý.",
                        deadline=_deadline(rng, arrival, today, open_).isoformat())
        record = create_record(session, "document", make_id(rng), unit.id, data, secrecy=int(data["secrecy"]))
        if "handler_id" in data:
            specialist = staff[(unit.id, Role.SPECIALIST)]
            noted = arrival + dt.timedelta(days=rng.randint(0, max(0, (today - arrival).days - 1)))
            noted_at = dt.datetime(noted.year, noted.month, noted.day, rng.randint(1, 9), rng.randint(0, 59),
                                   tzinfo=dt.UTC)  # 08:00-16:59 in Vietnam (UTC+7)
            text = ("Đã xử lý xong, đã báo cáo lãnh đạo." if status in (IncomingStatus.DONE, IncomingStatus.ARCHIVED)
                    else "Đã nghiên cứu, đang dự thảo văn bản trả lời.")
            create_record(session, "document_note", make_id(rng), unit.id,
                          {"document_id": record.id, "text": text, "author_id": specialist.id,
                           "author_name": specialist.full_name, "created_at": noted_at.isoformat()},
                          parent_id=record.id, secrecy=record.secrecy)
        else:
            noted_at = dt.datetime(arrival.year, arrival.month, arrival.day, 9, tzinfo=dt.UTC)
        if status != IncomingStatus.RECEIVED:
            _seed_trail(session, record, unit, staff, arrival, noted_at)


def _seed_trail(session: Session, record: Record, unit: Unit, staff: dict[tuple[str, str], User],
                arrival: dt.date, noted_at: dt.datetime) -> None:
    """The processing trail of a seeded document, as the server would have recorded its steps: registered by the
    clerk on arrival, assigned by the leader, started and finished by the specialist around the note, archived.

    Ids come from the document (no draw from the seed's random sequence, so the rest of the data is unchanged)."""
    data = record.data
    morning = dt.datetime(arrival.year, arrival.month, arrival.day, 1, 30, tzinfo=dt.UTC)  # 08:30 in Vietnam
    flow = _INCOMING_FLOW[1:_INCOMING_FLOW.index(IncomingStatus(data["status"])) + 1]
    people = {"handler_id": data.get("handler_id")}
    steps: list[tuple[Role, str, dict[str, Any], dt.datetime]] = []
    previous = str(IncomingStatus.RECEIVED)
    for status in flow:
        if status == IncomingStatus.REGISTERED:
            steps.append((Role.CLERK, "registered", {}, morning))
        elif status == IncomingStatus.ASSIGNED:
            steps.append((Role.LEADER, "assigned", {**people, "note": data.get("direction_note") or ""},
                          morning + dt.timedelta(hours=2)))
        elif status == IncomingStatus.IN_PROGRESS:
            steps.append((Role.SPECIALIST, "status_changed", {}, morning + dt.timedelta(hours=5)))
        elif status == IncomingStatus.DONE:
            steps.append((Role.SPECIALIST, "status_changed", {}, noted_at + dt.timedelta(minutes=30)))
        else:
            steps.append((Role.CLERK, "status_changed", {}, noted_at + dt.timedelta(days=1)))
        steps[-1] = (*steps[-1][:2], {**steps[-1][2], "from_status": previous, "to_status": str(status)},
                     steps[-1][3])
        previous = str(status)
    for position, (role, action, fields, at) in enumerate(steps):
        actor = staff[(unit.id, role)]
        event_id = str(uuid.uuid5(EVENT_NAMESPACE, f"{record.id}:seed:{position}"))
        create_record(session, "document_event", event_id, unit.id,
                      {"document_id": record.id, "actor_id": actor.id, "actor_name": actor.full_name,
                       "action": action, "at": at.isoformat(), **fields},
                      parent_id=record.id, secrecy=record.secrecy)


def _quarters_until(today: dt.date, count: int) -> list[tuple[int, int]]:
    """The last `count` quarters up to today's, oldest first: [(2026, 3), (2026, 4)]."""
    year, quarter = today.year, (today.month - 1) // 3 + 1
    out = []
    for _ in range(count):
        out.append((year, quarter))
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return out[::-1]


def _seed_tasks(session: Session, rng: random.Random, blobs: BlobStore, province: Unit, communes: list[Unit],
                staff: dict[tuple[str, str], User], today: dt.date) -> None:
    for number, title in RESOLUTIONS:
        for _ in range(rng.randint(1, 3)):
            task_title, indicator, measure = rng.choice(TASK_TITLES)
            lead = rng.choice(communes)
            cooperating = rng.sample([c for c in communes if c is not lead], k=min(2, len(communes) - 1))
            target = rng.choice((10, 50, 100, 500, 1000))
            overdue = rng.random() < 0.15
            deadline = today + dt.timedelta(days=-rng.randint(3, 40) if overdue else rng.randint(20, 240))
            data = {"resolution_number": number, "resolution_title": title, "title": task_title,
                    "lead_unit_id": lead.id, "cooperating_unit_ids": [c.id for c in cooperating],
                    "deadline": deadline.isoformat(),
                    "period": rng.choice(("monthly", "quarterly", "yearly")),
                    "indicators": [{"name": indicator, "target": target, "actual": 0, "unit": measure}]}
            task = create_record(session, "task", make_id(rng), province.id, data)
            reporter = staff[(lead.id, Role.SPECIALIST)]
            progress = 0
            for seq, (year, quarter) in enumerate(_quarters_until(today, rng.randint(1, 4)), start=1):
                progress = min(100, progress + rng.randint(10, 35))
                label = f"Quý {ROMAN[quarter]}/{year}"
                evidence = _attach(session, blobs, lead.id,
                                   make_pdf([f"BÁO CÁO TIẾN ĐỘ THỰC HIỆN NGHỊ QUYẾT SỐ {number}", task_title,
                                             f"{label}: đã hoàn thành {progress}% kế hoạch "
                                             f"({round(target * progress / 100)}/{target} {measure})."]),
                                   f"bao-cao-quy-{quarter}-{year}.pdf")
                fields = {"task_id": task.id, "period_label": label,
                          "text": f"Đã hoàn thành {progress}% kế hoạch.", "progress_percent": progress,
                          "figures": [{"name": indicator, "actual": round(target * progress / 100)}],
                          "evidence": [evidence]}
                mutation = Mutation(mutation_id=make_id(rng), device_seq=seq, entity="task_report", op="append",
                                    record_id=make_id(rng), fields=fields)
                append_report(session, _principal(reporter, UnitLevel.COMMUNE), mutation, fields)
            if progress == 100:
                save_changes(session, task, {"status": "done" if not overdue else "done_late"})
            elif overdue:
                save_changes(session, task, {"status": "overdue"})

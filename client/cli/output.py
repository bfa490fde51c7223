"""How the command line prints: JSON for scripts, short aligned lines for people."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import Any

from sync.protocol.domain import Secrecy, Urgency
from sync.protocol.secrecy import is_secret


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def emit_json(data: Any) -> None:
    """Print data as JSON (UTF-8, Vietnamese kept readable)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=_json_default, indent=2) + "\n")


def ddmmyyyy(value: date | None) -> str:
    """A date as staff read it: dd/MM/yyyy."""
    return value.strftime("%d/%m/%Y") if value else "—"


def document_line(row: dict[str, Any]) -> str:
    """One document as a line of a list."""
    marks = []
    if row.get("secrecy"):
        marks.append(Secrecy(row["secrecy"]).label_vi)
    if row.get("urgency"):
        marks.append(Urgency(row["urgency"]).label_vi)
    flag = f" [{', '.join(marks)}]" if marks else ""
    number = row.get("number_symbol") or "—"
    title = row["summary"] or (register_entry_only(row) if is_secret(row.get("secrecy")) else "")
    return f"{row['id'][:8]}  {ddmmyyyy(row.get('issued_date'))}  {number:<16} {title}{flag}"


def register_entry_only(doc: dict[str, Any]) -> str:
    """How a secret document is shown: the app keeps its register entry, the original is elsewhere."""
    return f"register entry only — original: {doc.get('original_location') or '—'}"


def document_details(doc: dict[str, Any]) -> str:
    """A document's register fields, attachments and notes as text."""
    secret = is_secret(doc.get("secrecy"))
    lines = [f"{Secrecy(doc['secrecy']).label_vi}: {register_entry_only(doc)}"] if secret else []
    lines += [
        f"Số, ký hiệu:      {doc.get('number_symbol') or '—'}",
        f"Loại văn bản:     {doc['doc_type']}",
        f"Trích yếu:        {doc['summary'] or '—'}",
        f"Cơ quan ban hành: {doc.get('issuing_body') or '—'}",
        f"Ngày ban hành:    {ddmmyyyy(doc.get('issued_date'))}",
        f"Người ký:         {doc.get('signer') or '—'}",
        f"Độ mật / khẩn:    {Secrecy(doc['secrecy']).label_vi} / {Urgency(doc['urgency']).label_vi}",
        f"Trạng thái:       {doc['status']}",
        f"Hạn xử lý:        {ddmmyyyy(doc.get('deadline'))}",
        f"Id:               {doc['id']}",
    ]
    for attachment in doc["attachments"]:
        lines.append(f"  tệp: {attachment['name']} ({attachment['size']} B) sha256 {attachment['sha256']}")
    for step in doc.get("trail", []):  # the server's events and the notes in time, then what waits to be sent
        what = step["note"] if step["action"] == "note" else " ".join(filter(None, (
            step["action"], f"{step['from_status'] or ''}→{step['to_status']}" if step["to_status"] else "",
            ",".join(step["fields"]), f"“{step['note']}”" if step["note"] else "")))
        waiting = " (chờ gửi)" if step["source"] == "pending" else ""
        lines.append(f"  {step['at']:%d/%m/%Y %H:%M} {step['actor_name']}{waiting}: {what}")
    return "\n".join(lines)


def task_line(row: dict[str, Any]) -> str:
    """One task as a line of a list."""
    return (
        f"{row['id'][:8]}  {row['resolution_number']:<12} {ddmmyyyy(row.get('deadline'))}  "
        f"{row['status']:<12} {row['progress_percent']:>3}%  {row['title']}"
    )


def import_summary(source: str, stored: dict[str, int], present: dict[str, int]) -> str:
    """What an import did, in one or two sentences: `Stored 2 documents, 1 note from bundle.json.`"""

    def listed(counts: dict[str, int]) -> str:
        return ", ".join(f"{n} {name if n != 1 else name[:-1]}" for name, n in counts.items() if n)

    lines = [f"Stored {listed(stored) or 'nothing'} from {source}."]
    if any(present.values()):
        lines.append(f"Already present, not stored again: {listed(present)}.")
    return "\n".join(lines)

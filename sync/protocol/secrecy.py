"""Secret documents are register entries only (Law 117/2025/QH15 Art. 5(2); DOMAIN.md "Secret documents").

A networked PC may not hold the content of a state-secret document, so a document at Mật or above travels and is
kept as a *stub*: the fields a register needs and nothing else. The list below is an allow-list on purpose: a field
added to documents later is content until someone decides otherwise here. The server strips to the stub before it
sends and refuses content in a push; the client's store refuses it again at every entrance. Both use these functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sync.protocol.domain import Secrecy

# What a register entry of a secret document may carry: identity, register fields, handling, where the original is.
STUB_FIELDS: frozenset[str] = frozenset({
    "id", "version", "unit_id", "kind",
    "number_symbol", "doc_type", "issuing_body", "issued_date", "signer",
    "arrival_number", "arrival_date", "outgoing_number", "recipients",
    "secrecy", "urgency", "deadline", "status", "pages", "copies",
    "handler_id", "co_handler_ids", "informed_ids", "direction_note", "submitted_to_id", "submitted_at",
    "source_document_id", "original_location", "created_at", "updated_at",
})
# Trích yếu: content, kept only where the unit's policy (a server setting, off by default) allows it.
SUMMARY_FIELD = "summary"
# What the search index may hold of a secret entry: enough to find the register line, nothing of its content.
SEARCHABLE_STUB_FIELDS: tuple[str, ...] = ("number_symbol", "doc_type", "issuing_body", "issued_date", "arrival_date")

SECRET_CONTENT = "secret_content"  # refusal code: content offered for a secret document


def is_secret(secrecy: int | None) -> bool:
    """Whether a document at this level is a register entry only (Mật and above)."""
    return (secrecy or 0) >= Secrecy.MAT


def allowed_fields(*, summary_allowed: bool) -> frozenset[str]:
    """The fields a secret document may carry under the unit's policy."""
    return STUB_FIELDS | {SUMMARY_FIELD} if summary_allowed else STUB_FIELDS


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def content_fields(fields: Mapping[str, Any], *, summary_allowed: bool) -> list[str]:
    """The names of the given fields that would put content on a secret document, sorted.

    Clearing a content field (empty text, empty list) is not content: it is how a client strips a document whose
    secrecy went up.
    """
    allowed = allowed_fields(summary_allowed=summary_allowed)
    return sorted(name for name, value in fields.items() if name not in allowed and not _is_empty(value))


def stub_of(data: Mapping[str, Any], *, summary_allowed: bool) -> dict[str, Any]:
    """The register entry of a secret document: its data with every content field left out."""
    allowed = allowed_fields(summary_allowed=summary_allowed)
    return {name: value for name, value in data.items() if name in allowed}


def searchable_text(data: Mapping[str, Any], names: Iterable[str] = SEARCHABLE_STUB_FIELDS) -> list[str]:
    """The values of a secret entry that the search index may hold."""
    return [str(data[name]) for name in names if data.get(name) not in (None, "")]

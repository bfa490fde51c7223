"""Field-level merge of an update against the current record (DESIGN principle 7)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MergeOutcome:
    changed: dict[str, Any]  # fields whose value actually changes
    conflicting: list[str]  # fields changed on the server after the client's base version, to another value


def merge_update(
    data: dict[str, Any], field_versions: dict[str, int], base_version: int, fields: dict[str, Any],
) -> MergeOutcome:
    """Split an update into the fields that change and those that conflict.

    A field conflicts when the server changed it after `base_version` and the client wants a different value
    than the server now holds; setting the value the server already has is agreement, not a conflict.
    """
    changed = {name: value for name, value in fields.items() if data.get(name) != value}
    conflicting = sorted(name for name in changed if field_versions.get(name, 0) > base_version)
    return MergeOutcome(changed=changed, conflicting=conflicting)


def changed_since(field_versions: dict[str, int], base_version: int) -> list[str]:
    """Fields the server changed after a base version (reported when a delete meets a newer record)."""
    return sorted(name for name, version in field_versions.items() if version > base_version)

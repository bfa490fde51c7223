"""The client's three-way field merge of unsent local edits with a newer server record (DESIGN principle 7).

Pure: the replica reads the held edits and open conflicts, calls this, and writes what the outcome says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MergeOutcome:
    shown: dict[str, Any]  # the record as the cache shows it: the server's, with the user's values kept
    conflicting: dict[str, Any]  # fields edited on both sides to different values -> the local value
    settled: frozenset[str]  # fields that leave the outbox: agreed with the server, or now a conflict
    reopened: list[str]  # fields with an open conflict the server record carries a (possibly new) value for


def merge_record(remote: dict[str, Any], base: dict[str, Any] | None, held: Mapping[str, Any],
                 open_conflicts: Mapping[str, Any]) -> MergeOutcome:
    """Merge `held` (unsent edits, field -> value) into `remote`, given the server copy they were made on.

    A field edited here and not there keeps the local value; the same value on both sides is agreement; a
    different value on both sides becomes a conflict that keeps both, so that nothing is overwritten silently in
    either direction. `open_conflicts` maps fields still waiting for the user's decision to the local side they
    keep: the user keeps seeing that value until deciding.
    """
    base = base or {}
    conflicting = {name: local for name, local in held.items()
                   if remote.get(name) != local and remote.get(name) != base.get(name)}
    agreed = {name for name, local in held.items() if remote.get(name) == local}
    return MergeOutcome(shown=keep_local(remote, held, open_conflicts), conflicting=conflicting,
                        settled=frozenset(agreed | set(conflicting)),
                        reopened=sorted(name for name in open_conflicts if name in remote))


def keep_local(remote: dict[str, Any], held: Mapping[str, Any], open_conflicts: Mapping[str, Any]) -> dict[str, Any]:
    """The server record with every unsent value and every open conflict's local side laid over it.

    Used as is for the server's copy in a push answer: the fields still held belong to later entries, which are
    sent next, so they are not merged but shown as the user typed them.
    """
    shown = {**remote, **held}
    # A conflict on a field the record does not carry (a refused delete) has nothing to show.
    shown.update({name: local for name, local in open_conflicts.items() if name in remote})
    return shown

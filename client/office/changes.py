"""What an action or a sync run changed, so that every view refreshes from one value and nothing else.

Like Anki's `OpChanges`: the office layer says which views and counts are stale; the window routes the value to
its views through one method, and no view refreshes another by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DOCUMENT_VIEWS = frozenset({"incoming", "outgoing", "draft"})
VIEWS = DOCUMENT_VIEWS | {"tasks", "notes", "conflicts", "refused"}


@dataclass(frozen=True)
class Changes:
    """Stale views (document kinds, "tasks", "notes", "conflicts", "refused"), records touched, counts stale, and
    whether a local change was queued for the server (so an online window sends it soon, not at the next tick)."""

    views: frozenset[str] = frozenset()
    records: frozenset[str] = field(default_factory=frozenset)
    counts: bool = False
    queued: bool = False

    def __post_init__(self) -> None:
        unknown = set(self.views) - VIEWS
        if unknown:
            raise ValueError(f"unknown views: {sorted(unknown)}")

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.views | other.views, self.records | other.records, self.counts or other.counts,
                       self.queued or other.queued)

    def __bool__(self) -> bool:
        return bool(self.views or self.records or self.counts or self.queued)

    def touches(self, view: str) -> bool:
        """Whether a view shows something this change made stale."""
        return view in self.views

    @classmethod
    def of_document(cls, kind: str | None, record_id: str, *extra: str) -> Changes:
        """A local edit of one document: its list, any extra views, the record and the counts."""
        views = {kind} if kind in DOCUMENT_VIEWS else set(DOCUMENT_VIEWS)
        return cls(frozenset(views | set(extra)), frozenset({record_id}), counts=True, queued=True)


NOTHING = Changes()

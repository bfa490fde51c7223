"""Two profiles edit the same records offline and sync in every order (hypothesis stateful): every edit ends up
applied on the server, merged with the other side's, or held as a visible conflict — never silently dropped."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any, ClassVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from client.cache.record_bases import read_base
from client.cache.schema import documents
from tests.sync.conftest import Device, LiveServer

FIELDS = {
    "summary": st.sampled_from(["Trích yếu A", "Trích yếu B", "Trích yếu C"]),
    "pages": st.integers(min_value=1, max_value=4),
    "urgency": st.integers(min_value=0, max_value=3),
}


class TwoProfiles(RuleBasedStateMachine):
    live: ClassVar[LiveServer]

    @initialize()
    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="two-profiles-"))
        self.devices = [Device(self.folder / "a", self.live.url, "clerk_a"),
                        Device(self.folder / "b", self.live.url, "leader_a")]
        leader = self.live.api("leader_a")
        self.docs = [leader.push_one("document", "create", kind="incoming", doc_type="Công văn",
                                     summary="Gốc")["record"]["id"] for _ in range(2)]
        for device in self.devices:
            device.sync()
        # Per profile: (doc, field) -> the value typed last and not yet synced.
        self.unsent: list[dict[tuple[str, str], Any]] = [{}, {}]

    @rule(who=st.integers(0, 1), doc=st.integers(0, 1), data=st.data())
    def edit(self, who: int, doc: int, data: st.DataObject) -> None:
        field = data.draw(st.sampled_from(sorted(FIELDS)))
        value = data.draw(FIELDS[field])
        self.devices[who].replica.edit("document", self.docs[doc], {field: value})
        self.unsent[who][(self.docs[doc], field)] = value

    @rule(who=st.integers(0, 1))
    def sync(self, who: int) -> None:
        device = self.devices[who]
        device.sync()
        assert device.replica.counts().failed == 0, device.engine.status().failed
        conflicts = {(c.record_id, c.field): c.local_value for c in device.replica.open_conflicts()}
        for (doc_id, field), value in self.unsent[who].items():
            with device.store.engine.connect() as conn:
                server_copy = read_base(conn, documents, doc_id) or {}
            applied = server_copy[field] == value
            held = conflicts.get((doc_id, field)) == value
            assert applied or held, f"edit {field}={value!r} of profile {who} was neither applied nor held"
        self.unsent[who] = {}

    @rule(who=st.integers(0, 1), keep_mine=st.booleans())
    def resolve(self, who: int, keep_mine: bool) -> None:
        device = self.devices[who]
        open_conflicts = device.replica.open_conflicts()
        if not open_conflicts:
            return
        conflict = open_conflicts[0]
        device.engine.resolve_conflict(conflict.id, "mine" if keep_mine else "theirs")
        if keep_mine:
            self.unsent[who][(conflict.record_id, conflict.field)] = conflict.local_value

    def teardown(self) -> None:
        for device in getattr(self, "devices", []):
            device.close()
        if hasattr(self, "folder"):
            shutil.rmtree(self.folder, ignore_errors=True)


def test_every_edit_is_applied_merged_or_held_as_conflict(live: LiveServer) -> None:
    TwoProfiles.live = live
    run_state_machine_as_test(TwoProfiles, settings=settings(
        max_examples=25, stateful_step_count=20, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))

"""A task given beyond its unit's reach is explained by the shared rule, on this computer as on the server."""

from __future__ import annotations

from client.cache.records import TaskRecord
from client.office.task_reach import task_reach_error, units_below
from tests.sync.conftest import LiveServer


def test_a_commune_task_led_by_another_commune_is_refused_and_explained(live: LiveServer, sign_in) -> None:
    leader = sign_in("leader_a")
    leader.sync()
    task = TaskRecord(resolution_number="57-NQ/TW", title="Giao sang xã khác", lead_unit_id=live.org.commune_b,
                      cooperating_unit_ids=[live.org.province])
    leader.store.add_tasks([task])
    result = leader.sync()
    assert result.report.push.rejected == 1
    [change] = leader.refused_changes()
    assert change.code == "forbidden" and change.problem.code == "task_units_out_of_reach"
    assert change.params == {"units": sorted([live.org.commune_b, live.org.province])}


def test_the_directory_gives_the_units_below(live: LiveServer, sign_in) -> None:
    province = sign_in("leader_tinh")
    province.sync()
    engine = province.replica.engine
    assert units_below(engine, live.org.province) >= {live.org.commune_a, live.org.commune_b}
    assert task_reach_error(engine, live.org.province, {"lead_unit_id": live.org.commune_a}) is None
    commune = sign_in("leader_a")
    commune.sync()
    refusal = task_reach_error(commune.replica.engine, live.org.commune_a, {"lead_unit_id": live.org.commune_b})
    assert refusal is not None and refusal.code == "task_units_out_of_reach"

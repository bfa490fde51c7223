"""How a serving process runs pages: on a few page threads of their own, with its start-up heap frozen."""

from __future__ import annotations

import gc
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from server.app import create_served_app
from server.config import Settings
from server.sync_routes import PAGE_THREADS
from tests.server.org import DemoOrg, new_document, sign_in


def test_a_served_app_freezes_its_start_up_heap(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNE_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("COMMUNE_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("COMMUNE_SECRET_KEY", settings.secret_key)
    gc.unfreeze()
    try:
        app = create_served_app()
        # What start-up built is out of the garbage collector's full passes (gc.freeze), app and framework included.
        assert gc.get_freeze_count() > 0
        app.state.runtime.db.engine.dispose()
    finally:
        gc.unfreeze()  # the test process is not a server: give its heap back to the collector


def test_more_concurrent_page_pulls_than_page_threads_each_get_their_own_page(live_server: str,
                                                                              org: DemoOrg) -> None:
    with httpx.Client(base_url=live_server, timeout=60) as http:
        clerks = [sign_in(http, "clerk_a"), sign_in(http, "clerk_b")]
        for n, clerk in enumerate(clerks):
            for i in range(3 + n):
                new_document(clerk, summary=f"Văn bản {i} của xã {n}", number_symbol=f"{i}/UBND-{n}")
        expected = {
            clerk.device_id: (clerk.get("/v1/sync/changes", params={"after": 0}).content,
                              clerk.get("/v1/sync/snapshot").content)
            for clerk in clerks
        }
    assert expected[clerks[0].device_id] != expected[clerks[1].device_id]

    def pull(i: int) -> tuple[str, bytes, bytes]:
        clerk = clerks[i % 2]
        with httpx.Client(base_url=live_server, timeout=60, headers=clerk.headers) as own:
            changes = own.get("/v1/sync/changes", params={"after": 0})
            snapshot = own.get("/v1/sync/snapshot")
        assert changes.status_code == snapshot.status_code == 200
        return clerk.device_id, changes.content, snapshot.content

    # Four times as many pulls in flight as one process has page threads: they queue, none is lost or mixed up.
    with ThreadPoolExecutor(4 * PAGE_THREADS) as pool:
        answers = list(pool.map(pull, range(4 * PAGE_THREADS)))
    assert len(answers) == 4 * PAGE_THREADS
    for device_id, changes, snapshot in answers:
        assert (changes, snapshot) == expected[device_id]

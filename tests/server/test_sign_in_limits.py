"""Sign-in throttling that a forged header cannot dodge, a per-address limit, atomic counting, a bounded hash pool."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.app import create_app
from server.config import Settings, load_settings
from server.db import open_database
from server.models import AuditEntry
from tests.server.org import PASSWORD, DemoOrg


def _login(http: TestClient, username: str, password: str = "sai-mat-khau", **headers: str) -> int:
    response = http.post("/v1/auth/login", json={"username": username, "password": password, "device_name": "pc"},
                         headers=headers)
    return response.status_code


def _audit(settings: Settings, action: str) -> list[AuditEntry]:
    db = open_database(settings.database_url)
    with db.read() as session:
        rows = list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))
    db.engine.dispose()
    return rows


@pytest.fixture
def app_for(settings: Settings, org: DemoOrg) -> Iterator[object]:
    """Build an app with some settings changed and a client at some peer address; everything closed after."""
    made: list[tuple[TestClient, object]] = []

    def make(peer: str = "192.0.2.10", **changes: object) -> TestClient:
        app = create_app(settings.model_copy(update=changes))
        http = TestClient(app, client=(peer, 40000))
        http.__enter__()
        made.append((http, app))
        return http

    yield make
    for http, app in made:
        http.__exit__(None, None, None)
        app.state.runtime.db.engine.dispose()  # type: ignore[attr-defined]


def test_a_forged_forwarded_for_does_not_dodge_the_limit(app_for: object, settings: Settings) -> None:
    http = app_for()  # type: ignore[operator]
    codes = [_login(http, "leader_a", **{"X-Forwarded-For": f"198.51.100.{n}"}) for n in range(30)]
    assert codes[:5] == [401] * 5 and set(codes[5:]) == {429}
    assert _login(http, "leader_a", PASSWORD, **{"X-Forwarded-For": "198.51.100.200"}) == 429  # locked means locked
    assert {entry.ip for entry in _audit(settings, "login_failed")} == {"192.0.2.10"}


def test_a_configured_proxy_is_believed(app_for: object, settings: Settings) -> None:
    http = app_for(peer="10.0.0.5", trusted_proxies=["10.0.0.0/24"])  # type: ignore[operator]
    for _ in range(5):
        assert _login(http, "leader_a", **{"X-Forwarded-For": "198.51.100.1, 10.0.0.4"}) == 401
    assert _login(http, "leader_a", **{"X-Forwarded-For": "198.51.100.1"}) == 429
    # another client behind the same proxy is not locked out by the first one's guesses
    assert _login(http, "leader_a", PASSWORD, **{"X-Forwarded-For": "198.51.100.2"}) == 200
    assert {entry.ip for entry in _audit(settings, "login_failed")} == {"198.51.100.1"}


def test_trusted_proxies_come_from_the_environment_and_are_checked() -> None:
    loaded = load_settings(environ={"COMMUNE_TRUSTED_PROXIES": "10.0.0.1, 192.168.1.0/24"})
    assert loaded.trusted_proxies == ["10.0.0.1", "192.168.1.0/24"]
    with pytest.raises(ValueError, match="not an address"):
        load_settings(environ={"COMMUNE_TRUSTED_PROXIES": "proxy.example"})


def test_one_guess_for_each_of_many_user_names_is_throttled_per_address(app_for: object, org: DemoOrg) -> None:
    http = app_for(login_max_failures_per_address=20)  # type: ignore[operator]
    names = [*org.users, *(f"ai-do-{n}" for n in range(58 - len(org.users)))]
    codes = Counter(_login(http, name) for name in names)
    assert codes == {401: 20, 429: 38}
    assert _login(http, "clerk_a", PASSWORD) == 429
    assert _login(app_for(peer="192.0.2.11"), "clerk_a", PASSWORD) == 200  # type: ignore[operator]


def test_concurrent_wrong_sign_ins_are_counted_before_hashing(app_for: object, settings: Settings) -> None:
    http = app_for(login_max_failures=10, hash_workers=2, hash_queue=64, hash_cpu_share=1.0)  # type: ignore[operator]
    with ThreadPoolExecutor(max_workers=40) as pool:
        codes = Counter(pool.map(lambda _n: _login(http, "leader_a"), range(40)))
    assert codes == {401: 10, 429: 30}
    assert len(_audit(settings, "login_failed")) == 10


def test_a_saturated_hash_pool_answers_503_at_once(app_for: object) -> None:
    http = app_for(hash_workers=1, hash_queue=0)  # type: ignore[operator]
    gate = http.app.state.hash_gate  # type: ignore[attr-defined]
    with gate.admitted():  # a sign-in being hashed takes the only place
        response = http.post("/v1/auth/login", json={"username": "clerk_a", "password": PASSWORD,
                                                     "device_name": "pc"})
    assert response.status_code == 503 and response.headers["Retry-After"] == "2"
    assert response.json()["type"].endswith("sign-in-busy")
    assert _login(http, "clerk_a", PASSWORD) == 200  # the place is free again

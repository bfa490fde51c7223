"""The client talks to its own server only: no redirect is followed, and plain http:// needs the admin's yes."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.cache.keys import KdfParams
from client.cache.profile import OpenProfile, Profiles, UnitInfo
from client.office import online
from sync.engine import Transport, TransportConfig
from sync.engine.errors import PlainHttpRefusedError, RedirectRefusedError
from sync.protocol.domain import UnitLevel
from tests.sync.test_hostile_server import (
    UNIT,
    FakeServer,
    Reply,
    _doc,
    empty_feed,
    engine_for,
    fingerprint,
    good_snapshot,
)

REDIRECTS = [301, 302, 303, 307, 308]


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    server = FakeServer()
    yield server
    server.close()


@pytest.fixture
def elsewhere() -> Iterator[FakeServer]:
    """Another port on the same machine, plain http: where a hostile redirect points."""
    server = FakeServer()
    server.routes["/*"] = lambda _p: (401, {"Content-Type": "application/json"}, json.dumps({"wipe": True}).encode())
    yield server
    server.close()


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[OpenProfile]:
    profiles = Profiles(tmp_path / "home", kdf=KdfParams.fast_for_tests())
    opened = profiles.create("clerk", "mat-khau-123", UnitInfo(UNIT, "XA", "Xã", UnitLevel.COMMUNE))
    yield opened
    opened.close()


def redirect_to(target: str, status: int) -> Reply:
    return status, {"Location": target, "Content-Type": "text/plain"}, b"moved"


@pytest.mark.parametrize("status", REDIRECTS)
def test_a_redirected_sign_in_sends_the_password_nowhere(status: int, fake: FakeServer,
                                                          elsewhere: FakeServer) -> None:
    fake.routes["/v1/auth/login"] = lambda _p: redirect_to(elsewhere.url + "/v1/auth/login", status)
    transport = Transport(TransportConfig(base_url=fake.url, max_attempts=2, backoff_base=0.01))
    with pytest.raises(RedirectRefusedError) as refused:
        transport.login("clerk", "mat-khau-bi-mat", "PC-01")
    assert refused.value.params == {"status": status, "location": elsewhere.url + "/v1/auth/login"}
    assert elsewhere.url in str(refused.value)
    assert elsewhere.seen == [] and len(fake.seen) == 1  # refused at once: not re-posted, not retried
    transport.close()


@pytest.mark.parametrize("status", [307, 308])
def test_a_redirected_refresh_sends_the_refresh_token_nowhere(status: int, fake: FakeServer, elsewhere: FakeServer,
                                                               profile: OpenProfile) -> None:
    fake.routes["/v1/auth/refresh"] = lambda _p: redirect_to(elsewhere.url + "/v1/auth/refresh", status)
    engine = engine_for(profile, fake.url)
    engine.replica.save_tokens("expired-access", 0, "the-refresh-secret")  # the run must refresh first
    with pytest.raises(RedirectRefusedError):
        engine.run()
    assert elsewhere.seen == []
    assert all(b"the-refresh-secret" not in body for *_rest, body in elsewhere.seen)
    assert engine.status().last_error_code == "redirect_refused"


def test_a_push_redirected_to_another_port_goes_nowhere(fake: FakeServer, elsewhere: FakeServer,
                                                        profile: OpenProfile) -> None:
    fake.routes["/v1/sync/push"] = lambda _p: redirect_to(elsewhere.url + "/v1/sync/push", 307)
    engine = engine_for(profile, fake.url)
    with pytest.raises(RedirectRefusedError):
        engine.transport.post_json("/v1/sync/push", {"device_id": str(uuid.uuid4()), "mutations": []})
    assert elsewhere.seen == []


def test_a_302_to_a_port_that_claims_a_wipe_erases_nothing(fake: FakeServer, elsewhere: FakeServer,
                                                           profile: OpenProfile) -> None:
    fake.routes["/v1/sync/snapshot"] = good_snapshot([_doc(str(uuid.uuid4()))], cursor=3)
    fake.routes["/v1/sync/changes"] = empty_feed(3)
    engine = engine_for(profile, fake.url)
    engine.run()
    before = fingerprint(profile)
    fake.routes["/v1/sync/changes"] = lambda _p: redirect_to(elsewhere.url + "/v1/sync/changes", 302)
    with pytest.raises(RedirectRefusedError):
        engine.run()
    assert elsewhere.seen == []
    assert profile.folder.exists() and fingerprint(profile) == before and profile.store.count_documents() == 1


def test_the_health_probe_follows_no_redirect(fake: FakeServer, elsewhere: FakeServer) -> None:
    elsewhere.routes["/v1/health"] = lambda _p: (200, {"Content-Type": "application/json"}, b"{}")
    fake.routes["/v1/health"] = lambda _p: redirect_to(elsewhere.url + "/v1/health", 302)
    transport = Transport(TransportConfig(base_url=fake.url))
    assert transport.health() is False and elsewhere.seen == []
    transport.close()


def test_plain_http_beyond_loopback_is_refused_unless_the_machine_allows_it() -> None:
    # 127.0.0.2 reaches this machine but is not one of the loopback names the transport trusts: it stands for a
    # server on the commune's network.
    lan = FakeServer(host="127.0.0.2")
    lan.routes["/v1/ping"] = lambda _p: (200, {"Content-Type": "application/json"}, b'{"ok": true}')
    lan.routes["/v1/health"] = lambda _p: (200, {"Content-Type": "application/json"}, b"{}")
    try:
        refused = Transport(TransportConfig(base_url=lan.url))
        with pytest.raises(PlainHttpRefusedError) as error:
            refused.request("GET", "/v1/ping", auth=False).json()
        assert error.value.params == {"url": lan.url} and "https://" in str(error.value)
        assert refused.health() is False
        assert lan.seen == []
        allowed = Transport(TransportConfig(base_url=lan.url, allow_plain_http=True))
        assert allowed.request("GET", "/v1/ping", auth=False).json() == {"ok": True}
        refused.close()
        allowed.close()
    finally:
        lan.close()


def test_loopback_http_is_allowed_by_default(fake: FakeServer) -> None:
    fake.routes["/v1/ping"] = lambda _p: (200, {"Content-Type": "application/json"}, b'{"ok": true}')
    for name in ("127.0.0.1", "localhost"):
        transport = Transport(TransportConfig(base_url=fake.url.replace("127.0.0.1", name)))
        assert transport.request("GET", "/v1/ping", auth=False).json() == {"ok": True}
        transport.close()


@pytest.mark.parametrize(("text", "allowed"), [("", False), ("allow_plain_http = yes\n", True),
                                               ("allow_plain_http = no\n", False)])
def test_the_machine_configuration_decides_plain_http(text: str, allowed: bool, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.ini"
    config.write_text("[settings]\n" + text, encoding="utf-8")
    monkeypatch.setenv("COMMUNE_OFFICE_MACHINE_CONFIG", str(config))
    assert online.transport_config("http://10.1.2.3:8000").allow_plain_http is allowed


def test_a_bad_plain_http_setting_is_reported_and_means_no(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.ini"
    config.write_text("[settings]\nallow_plain_http = maybe\n", encoding="utf-8")
    monkeypatch.setenv("COMMUNE_OFFICE_MACHINE_CONFIG", str(config))
    assert any("allow_plain_http" in problem and "yes or no" in problem for problem in online.machine().problems)
    assert online.transport_config("http://10.1.2.3:8000").allow_plain_http is False

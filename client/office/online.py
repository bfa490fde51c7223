"""The online side of a profile: where its server is, how to reach it, and the first (online) sign-in.

Both `commune-office signin --server` / `sync` and the desktop app come through here (by way of the office
session), so a profile signed in by one is synced the same way by the other, and both read the one machine
configuration (`client.machine_config`). No Qt here.
"""

from __future__ import annotations

import dataclasses
import socket
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from client import machine_config
from client.cache.errors import ProfileNotFoundError
from client.cache.profile import OpenProfile, Profiles, UnitInfo
from client.cache.replica import CacheReplica
from client.office.errors import NotBoundError, OfficeError
from sync.protocol.domain import UnitLevel

if TYPE_CHECKING:  # the HTTP stack loads when a command goes online, not when a profile opens (issue 17)
    from sync.engine import DownloadPolicy, Transport, TransportConfig

DEFAULT_DOWNLOAD_LIMIT_MB = 20
SERVER_URL_STATE = "account.server_url"


def machine() -> machine_config.MachineConfig:
    """This computer's machine configuration (read each time: an admin may change it while the app runs)."""
    return machine_config.load()


def transport_config(server_url: str, **overrides: Any) -> TransportConfig:
    """Where the server is, trusting the CA the machine configuration names."""
    from sync.engine import TransportConfig

    values = machine().values
    ca_cert = values.get("ca_cert")
    config = TransportConfig(base_url=server_url, ca_cert=Path(ca_cert) if ca_cert else None,
                             allow_plain_http=bool(values.get("allow_plain_http", False)))
    return dataclasses.replace(config, **overrides) if overrides else config


def make_transport(server_url: str, replica: CacheReplica | None = None, **overrides: Any) -> Transport:
    """A transport to the server; `overrides` change TransportConfig fields (e.g. shorter retries in the GUI)."""
    from sync.engine import Transport

    return Transport(transport_config(server_url, **overrides), replica)


def server_url_of(opened: OpenProfile, replica: CacheReplica) -> str:
    """The server this profile is bound to (by its online sign-in), else the machine's server."""
    url = replica.get_state(SERVER_URL_STATE) or opened.info.server_url or machine().values.get("server_url")
    if not url:
        raise NotBoundError
    return str(url)


def download_policy() -> DownloadPolicy:
    """Attachments fetched in every run up to the machine's size limit; larger ones when opened."""
    from sync.engine import DownloadPolicy

    limit = machine().values.get("download_limit_mb", DEFAULT_DOWNLOAD_LIMIT_MB)
    return DownloadPolicy(auto_max_bytes=int(limit) * 1024 * 1024)


def sign_in_online(profiles: Profiles, server_url: str, username: str, password: str, *,
                   remember: bool | None = None, device_name: str | None = None) -> OpenProfile:
    """Sign in against the server; create the profile on first use (bound to the server, user and unit)."""
    transport = make_transport(server_url)
    device_name = device_name or socket.gethostname() or "Commune Office PC"
    try:
        try:
            profiles.find(username)
        except ProfileNotFoundError:
            answer = transport.login(username, password, device_name)
            unit = UnitInfo(answer.unit.id, answer.unit.code, answer.unit.name, UnitLevel(answer.unit.level))
            opened = profiles.create(username, password, unit, display_name=answer.user.full_name,
                                     server_url=server_url, remember=bool(remember))
        else:
            opened = profiles.open(username, password, remember=remember, allow_offline_expired=True)
            replica = CacheReplica(opened, profiles.keyring)
            try:
                answer = transport.login(username, password, device_name, replica.device_id())
            except BaseException:
                opened.close()
                raise
            if answer.unit.id != opened.info.unit.id:
                opened.close()
                raise OfficeError("unit_moved", f"{username} now belongs to another unit ({answer.unit.name}) than "
                                  "this profile; ask your administrator to move the profile.",
                                  username=username, unit=answer.unit.name)
        CacheReplica(opened, profiles.keyring).bind_account(answer, server_url, time.time() + answer.expires_in)
        return opened
    finally:
        transport.close()

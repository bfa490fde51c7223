"""The address a request really came from: the peer, or what a configured proxy says in X-Forwarded-For."""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from fastapi import Request

from server.config import Settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=16)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _trusted(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(request: Request, settings: Settings) -> str:
    """The client's address for rate limits and the audit log.

    X-Forwarded-For is believed only when the peer is one of `trusted_proxies` (anyone can write the header), and
    then read from the right: the first address that is not itself a trusted proxy is the one that reached them.
    """
    peer = request.client.host if request.client else "unknown"
    networks = _networks(tuple(settings.trusted_proxies))
    if not networks or not _trusted(peer, networks):
        return peer
    hops = [hop.strip() for line in request.headers.getlist("x-forwarded-for") for hop in line.split(",")]
    for hop in reversed(hops):
        if not _valid(hop):
            return peer  # a garbled chain: keep the proxy's own address rather than guess
        if not _trusted(hop, networks):
            return hop
    return peer


def _valid(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True

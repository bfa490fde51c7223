"""When a plain http:// server address needs the administrator's permission: one rule for the app and the installer.

A password and the tokens would cross the network in clear, so an http:// server beyond this computer is used only
when the machine configuration allows it (`allow_plain_http`). This computer's own addresses (the demo, the
frozen build's smoke test) need no permission: nothing leaves the machine. The transport refuses to send, and
`configure-machine` refuses to write, by this same rule.
"""

from __future__ import annotations

from urllib.parse import urlsplit

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def needs_permission(url: str) -> bool:
    """Whether `url` is plain http:// to another computer."""
    parts = urlsplit(url)
    return parts.scheme.lower() == "http" and (parts.hostname or "") not in LOOPBACK_HOSTS

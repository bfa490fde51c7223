"""The update channel's vocabulary, shared by the publisher (server/updates_repo.py) and the client updater.

The channel is a TUF repository (https://theupdateframework.io) that any static host can serve:

    <channel>/metadata/root.json, 1.root.json, 2.root.json ...   the keys everything else is checked against
    <channel>/metadata/timestamp.json                            short-lived, names the current snapshot
    <channel>/metadata/<n>.snapshot.json, <n>.targets.json       versioned names: a publish never rewrites a file
    <channel>/targets/<sha256>.commune-office.msi                each MSI under its own hash (consistent snapshots)

Each target carries the app version it installs in its custom field `version`; the client installs only a
version above its own, and the publisher refuses one that is not above the last published.
"""

from __future__ import annotations

import re

METADATA_DIR = "metadata"
# The one target a channel offers: the newest MSI. A fixed name lets the PC ask TUF for it by path; the file is
# stored under its hash (`targets/<sha256>.commune-office.msi`), so versions never overwrite each other.
TARGET_NAME = "commune-office.msi"
TARGETS_DIR = "targets"
VERSION_FIELD = "version"  # key in a target's `custom` object
POLICIES = ("automatic", "ask", "off")  # the machine key `update_policy`
DEFAULT_POLICY = "ask"

_VERSION = re.compile(r"^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){1,3}$")


def parse_version(text: str) -> tuple[int, ...]:
    """`1.2.3` as (1, 2, 3); ValueError for anything else (an MSI ProductVersion has at most four parts)."""
    if not isinstance(text, str) or not _VERSION.match(text):
        raise ValueError(f"{text!r} is not a version like 1.2.3")
    return tuple(int(part) for part in text.split("."))


def is_newer(candidate: str, current: str) -> bool:
    """Whether `candidate` is a later version than `current` (1.2 == 1.2.0)."""
    a, b = parse_version(candidate), parse_version(current)
    width = max(len(a), len(b))
    return a + (0,) * (width - len(a)) > b + (0,) * (width - len(b))

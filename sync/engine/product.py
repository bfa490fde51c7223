"""Which program and version this is, as the server sees it in every request's User-Agent.

The version is the installed distribution's (pyproject's `version`), so that the server's device list shows which
release each PC runs after an update. The frozen build carries the metadata (`copy_metadata` in the spec); a
source tree that was never installed has none and says so instead of guessing.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata

PRODUCT = "commune-office"
UNKNOWN_VERSION = "0+unknown"


@cache
def product_version() -> str:
    """The installed version of the product, or UNKNOWN_VERSION without package metadata."""
    try:
        return metadata.version(PRODUCT)
    except metadata.PackageNotFoundError:
        return UNKNOWN_VERSION


def user_agent() -> str:
    """`commune-office/<version>`, sent with every request."""
    return f"{PRODUCT}/{product_version()}"

"""The offline lock's one home in the cache: has this profile been away from its server past its unit's grace?

The rule itself (last contact older than the grace period) is `sync.engine.status.offline_grace_expired`, shared
with the engine that records each contact; opening a profile asks it here, before anything is shown.
"""

from __future__ import annotations

from sqlalchemy import Engine, select

from client.cache.schema import sync_state
from sync.engine.status import offline_grace_expired


def offline_lock_hours(engine: Engine) -> int | None:
    """The unit's grace period in hours when this profile has been offline longer than it; None otherwise."""

    def get_state(name: str) -> str | None:
        with engine.connect() as conn:
            return conn.execute(select(sync_state.c.value).where(sync_state.c.name == name)).scalar()

    return offline_grace_expired(get_state)

"""`update`: check the signed update channel now, and install what is staged (for Task Scheduler as SYSTEM).

A clerk's account usually may not install a per-machine MSI; a scheduled task running this command with
`--install` as SYSTEM installs the verified update without anyone's password, under the same machine policy.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from client.cli.common import EXIT_ERROR, Handler, done

if TYPE_CHECKING:
    from client.office import Office


def cmd_update(args: argparse.Namespace, _office: Office) -> int:
    from client.office import UpdateError, Updates  # the update channel (TUF, HTTP) loads only for this command

    updates = Updates()
    if updates.policy == "off":
        return done(args, {"policy": "off", "staged": None}, "Updates are off on this computer (update_policy).")
    try:
        staged = updates.check_and_fetch()
    except UpdateError as error:
        print(f"error: [{error.code}] {error}", file=sys.stderr)
        return EXIT_ERROR
    ready = updates.ready()
    if ready is not None and args.install:
        updates.install(ready)
        return done(args, {"policy": updates.policy, "staged": ready.version, "installing": True},
                    f"Installing version {ready.version}; the log is beside it in {updates.state_dir}.")
    version = staged.version if staged else (ready.version if ready else None)
    message = (f"Version {version} is verified and will be installed at the next start." if version
               else f"No newer version than {updates.version or 'this one'} is published.")
    return done(args, {"policy": updates.policy, "staged": version, "installing": False}, message)


def register(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    """Add the update command to the command line."""
    update = add("update", cmd_update, "check the signed update channel now and fetch a newer version")
    update.add_argument("--install", action="store_true",
                        help="also start the silent install of a verified update (run as an administrator)")

"""`configure-machine` and `remove-machine-data`: the admin's commands, also what the MSI runs at install/uninstall.

The MSI passes every public property, set or not, so an empty value means "not given: keep what is there".
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from client import machine_config
from client.cli.common import Handler, done

if TYPE_CHECKING:
    from client.office import Office

# Command-line option -> configuration key; the options match the MSI's public properties (SERVER_URL ...).
OPTIONS = {
    "server_url": "server_url",
    "ca_cert": "ca_cert",
    "unit_code": "unit_code",
    "sync_interval": "sync_interval_minutes",
    "idle_lock": "idle_lock_minutes",
    "download_limit": "download_limit_mb",
    "language": "language",
    "pkcs11_module": "pkcs11_module",
    "signature_trust": "signature_trust",
    "allow_plain_http": "allow_plain_http",
}
YES = {"1", "yes", "true", "on"}


def _target(args: argparse.Namespace) -> Path:
    return Path(args.config) if args.config else machine_config.default_path()


def cmd_configure_machine(args: argparse.Namespace, _office: Office) -> int:
    settings = {key: getattr(args, option) or "" for option, key in OPTIONS.items()}
    locked = args.locked.split(",") if args.locked and args.locked.strip() else None
    from client import machine_setup  # it reads certificates (cryptography): only for this command

    target = _target(args)
    try:
        path = machine_setup.write(target, settings, locked)
    except PermissionError as error:
        machine_setup.log_outcome(target, f"refused: cannot write {error.filename} (not an administrator)")
        raise ValueError(f"cannot write {error.filename}: run this as an administrator (root)") from None
    except ValueError as error:
        log = machine_setup.log_outcome(target, f"refused: {error}")
        raise ValueError(f"{error}" + (f" (also written to {log})" if log else "")) from None
    written = machine_config.load(path)
    for problem in written.problems:
        print(f"warning: {problem}", file=sys.stderr)
    summary = (f"Wrote {path}: " + ", ".join(f"{k}={v}" for k, v in written.values.items())
               + f"; locked: {', '.join(sorted(written.locked)) or 'nothing'}.")
    machine_setup.log_outcome(path, summary)
    data = {"path": str(path), "settings": written.values, "locked": sorted(written.locked)}
    return done(args, data, summary)


def cmd_remove_machine_data(args: argparse.Namespace, _office: Office) -> int:
    user_data = (args.remove_user_data or "").strip().lower() in YES
    config = (args.remove_config or "").strip().lower() in YES
    from client import machine_setup

    removed = machine_setup.remove(_target(args), config=config, user_data=user_data)
    return done(args, {"removed": [str(p) for p in removed]},
                 "Removed: " + (", ".join(str(p) for p in removed) or "nothing") + ".")


def register(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    """Add the machine configuration commands to the command line."""
    configure = add("configure-machine", cmd_configure_machine,
                    "write this computer's configuration for every user (administrators only)")
    configure.add_argument("--config", help=f"the file to write (default: {machine_config.default_path()})")
    configure.add_argument("--server-url", help="the central platform, https://... (http:// only with "
                           "--allow-plain-http yes)")
    configure.add_argument("--ca-cert", help="PEM file of the CA that signed the server's certificate (copied)")
    configure.add_argument("--unit-code", help="the unit this PC belongs to, e.g. XA-YTY")
    configure.add_argument("--sync-interval", help="minutes between background syncs")
    configure.add_argument("--idle-lock", help="minutes without input before the window locks")
    configure.add_argument("--download-limit", help="attachments up to this many MB download automatically")
    configure.add_argument("--language", help="vi or en")
    configure.add_argument("--pkcs11-module", help="the signing token's PKCS#11 library (a DLL on Windows)")
    configure.add_argument("--signature-trust", help="PEM bundle of the roots trusted for signatures (not copied: "
                                                     "give a path on this PC)")
    configure.add_argument("--allow-plain-http", help="yes: accept an http:// server address (a pilot on a closed "
                           "network only: passwords would cross it in clear)")
    configure.add_argument("--locked", help="comma-separated keys users cannot override, or 'none' "
                           "(default: keep the current list; on first write: server_url, ca_cert)")
    remove = add("remove-machine-data", cmd_remove_machine_data,
                 "uninstall: delete this computer's configuration and every user's caches, each if asked")
    remove.add_argument("--config", help=f"the configuration file (default: {machine_config.default_path()})")
    remove.add_argument("--remove-config", nargs="?", const="1", default="",
                        help="delete the machine configuration (1/yes); kept by default, so that an "
                             "uninstall-then-reinstall keeps the server and its locks")
    remove.add_argument("--remove-user-data", nargs="?", const="1", default="",
                        help="also delete every user's profiles and settings on this computer (1/yes)")

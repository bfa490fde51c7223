"""`commune-central`: serve the platform and administer units, users and devices."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import organisation, updates_repo
from server.config import CONFIG_ENV, Settings, load_settings
from server.db import migrate, open_database
from server.models import Unit, User
from sync.protocol.domain import Role, UnitLevel
from sync.protocol.numbering import NumberingScheme

EXIT_GRACE_SECONDS = 5.0  # --exit-with-parent: how long a graceful shutdown may take before the process just ends


def _settings(args: argparse.Namespace) -> Settings:
    if args.config:
        os.environ[CONFIG_ENV] = str(Path(args.config).resolve())  # worker processes read the same file
    return load_settings()


def _in_session(args: argparse.Namespace, work: Callable[[Session], None]) -> int:
    settings = _settings(args)
    migrate(settings.database_url)
    db = open_database(settings.database_url)
    try:
        with db.write() as session:
            work(session)
            session.commit()
    except organisation.AdminError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        db.engine.dispose()
    return 0


def _password(args: argparse.Namespace) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if not value:
            raise organisation.AdminError(f"The environment variable {args.password_env} is empty.")
        return value
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Repeat it: "):
        raise organisation.AdminError("The two passwords differ; nothing was changed.")
    if len(first) < 8:
        raise organisation.AdminError("Use at least 8 characters.")
    return first


def cmd_serve(args: argparse.Namespace) -> int:
    """Migrate the database, then run uvicorn with the requested number of worker processes."""
    import uvicorn

    from server.connections import HTTP_PROTOCOL

    settings = _settings(args)
    overrides = {"COMMUNE_HOST": args.host, "COMMUNE_PORT": args.port, "COMMUNE_WORKERS": args.workers}
    for key, value in overrides.items():
        if value is not None:
            os.environ[key] = str(value)
    settings = load_settings()
    if args.exit_with_parent and settings.workers > 1:
        # Worker processes would outlive a supervisor that leaves by os._exit; the demo needs one process only.
        print("error: --exit-with-parent serves with one worker; drop --workers", file=sys.stderr)
        return 2
    migrate(settings.database_url)
    settings.signing_key()  # made once here, so workers starting together read the same key
    options: dict[str, Any] = {
        "host": settings.host, "port": settings.port, "log_level": args.log_level, "access_log": args.access_log,
        "timeout_keep_alive": settings.keep_alive_seconds, "http": HTTP_PROTOCOL,
        "limit_concurrency": args.limit_concurrency or settings.max_connections,
        "ssl_certfile": args.ssl_certfile, "ssl_keyfile": args.ssl_keyfile,
    }
    if not args.exit_with_parent:
        uvicorn.run("server.app:create_served_app", factory=True, workers=settings.workers, **options)
        return 0
    server = uvicorn.Server(uvicorn.Config("server.app:create_served_app", factory=True, workers=1, **options))
    threading.Thread(target=_stop_at_stdin_eof, args=(server,), name="parent-watch", daemon=True).start()
    server.run()
    return 0


def _stop_at_stdin_eof(server: Any) -> None:
    """Stop the server once stdin reaches end of file, i.e. once the parent holding its write end is gone.

    The parent never writes; the OS closes its end of the pipe when it exits for any reason (a crash, SIGKILL,
    TerminateProcess), so this works on Windows as on Linux, with no signal, prctl or pid polling (pids are reused).
    """
    try:
        while sys.stdin.buffer.read(65536):
            pass  # a parent that writes by mistake must not stop us
    except (OSError, ValueError):
        pass  # no usable stdin at all: treat it as a parent that is gone
    server.should_exit = True  # uvicorn's own graceful shutdown: stop accepting, finish requests in flight
    time.sleep(EXIT_GRACE_SECONDS)
    os._exit(0)  # a request or keep-alive that will not finish must not keep an orphan alive


def cmd_migrate(args: argparse.Namespace) -> int:
    migrate(_settings(args).database_url)
    print("database is at the newest schema")
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    from server.app import OPENAPI_FILE, create_app, openapi_document

    document = openapi_document(create_app(_settings(args)))
    target = Path(args.output) if args.output else OPENAPI_FILE
    target.write_text(document, encoding="utf-8")
    print(f"wrote {target}")
    return 0


def _updates_repo(args: argparse.Namespace) -> Path:
    if args.repo:
        return Path(args.repo)
    folder = _settings(args).updates_dir
    if folder is None:
        raise updates_repo.UpdateRepoError("name the channel's folder with --repo or the updates_dir setting")
    return folder


def cmd_updates(args: argparse.Namespace) -> int:
    """init-updates, publish-update and renew-updates: the signed update channel (server/updates_repo.py)."""
    try:
        repo = _updates_repo(args)
        keys = Path(args.keys)
        if args.command == "init-updates":
            root = updates_repo.init_repository(repo, keys)
            print(f"update channel made in {repo}; keys in {keys} (keep root.pem offline)")
            print(f"give every PC this trusted root (machine setting update_root): {root}")
        elif args.command == "publish-update":
            name = updates_repo.publish(repo, keys, Path(args.file), args.version)
            print(f"published version {args.version} as {name}")
        else:
            expires = updates_repo.renew(repo, keys)
            print(f"channel re-signed; it now expires {expires.isoformat()} (renew before then)")
    except updates_repo.UpdateRepoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def cmd_unit(args: argparse.Namespace) -> int:
    def work(session: Session) -> None:
        if args.action == "add":
            unit = organisation.add_unit(session, args.code, args.name, UnitLevel(args.level), args.parent,
                                         args.grace)
            print(f"unit {unit.code} ({unit.id}) created")
        elif args.action == "grace":
            unit = organisation.set_grace(session, args.code, args.hours)
            print(f"unit {unit.code}: offline grace {unit.offline_grace_hours} h")
        else:
            for unit in session.scalars(select(Unit).order_by(Unit.code)):
                print(f"{unit.code:<20} {unit.level:<9} grace {unit.offline_grace_hours:>4} h  {unit.name}  {unit.id}")
    return _in_session(args, work)


def cmd_secret_policy(args: argparse.Namespace) -> int:
    """Show a unit's secret-document policy, and change it when asked (each change is audited)."""
    def work(session: Session) -> None:
        summary = None if args.summary is None else args.summary == "allow"
        separate = None if args.register is None else args.register == "separate"
        if summary is not None or separate is not None:
            unit = organisation.set_secret_policy(session, args.code, summary_allowed=summary,
                                                  register_separate=separate)
        else:
            unit = organisation.unit_by_code(session, args.code)
        print(f"unit {unit.code}: secret summary {'allow' if unit.secret_summary_allowed else 'deny'}, "
              f"secret register {'separate' if unit.secret_register_separate else 'shared'}")
    return _in_session(args, work)


def cmd_numbering(args: argparse.Namespace) -> int:
    """Show a unit's numbering scheme, and change it when asked (each change is audited)."""
    def work(session: Session) -> None:
        if args.scheme is not None or args.term_start is not None:
            scheme = NumberingScheme(args.scheme) if args.scheme else None
            unit = organisation.unit_by_code(session, args.code)
            unit = organisation.set_numbering(session, args.code, scheme or NumberingScheme(unit.numbering_scheme),
                                              args.term_start)
        else:
            unit = organisation.unit_by_code(session, args.code)
        term = f", term from {unit.term_start.isoformat()}" if unit.term_start else ""
        print(f"unit {unit.code}: numbering {unit.numbering_scheme}{term}, "
              f"secret register {'separate' if unit.secret_register_separate else 'shared'}")
    return _in_session(args, work)


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as yyyy-mm-dd, e.g. 2025-10-15") from None


def cmd_user(args: argparse.Namespace) -> int:
    def work(session: Session) -> None:
        if args.action == "add":
            roles = [Role(r.strip()) for r in args.roles.split(",") if r.strip()]
            user = organisation.add_user(session, args.username, _password(args), args.full_name or args.username,
                                         args.unit, roles, args.position)
            print(f"user {user.username} ({user.id}) created")
        elif args.action == "passwd":
            organisation.set_password(session, args.username, _password(args))
            print(f"password of {args.username} changed; the user's devices must sign in again")
        elif args.action in ("disable", "enable"):
            organisation.set_active(session, args.username, args.action == "enable")
            print(f"user {args.username} {args.action}d")
        else:
            query = select(User, Unit).join(Unit, Unit.id == User.unit_id).order_by(Unit.code, User.username)
            if args.unit:
                query = query.where(Unit.code == args.unit)
            for user, unit in session.execute(query):
                state = "" if user.active else " (disabled)"
                print(f"{user.username:<24} {unit.code:<16} {','.join(user.roles):<20} {user.full_name}{state}")
    return _in_session(args, work)


def cmd_device(args: argparse.Namespace) -> int:
    def work(session: Session) -> None:
        if args.action == "revoke":
            device = organisation.revoke_device(session, args.device_id)
            print(f"device {device.id} revoked; it will be told to wipe at its next request")
        else:
            for device, user in organisation.list_devices(session, args.user):
                state = f"revoked {device.revoked_at:%Y-%m-%d %H:%M}" if device.revoked_at else "active"
                seen = f"{device.last_seen_at:%Y-%m-%d %H:%M}" if device.last_seen_at else "-"
                agent = device.user_agent or "-"  # which release the PC ran at its last sign-in or refresh
                print(f"{device.id}  {user.username:<20} {device.name:<24} last seen {seen}  {state}  {agent}")
    return _in_session(args, work)


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from server.demo_seed import seed_demo

    settings = _settings(args)
    migrate(settings.database_url)
    db = open_database(settings.database_url)
    try:
        credentials = seed_demo(db, settings, communes=args.communes, documents=args.documents, seed=args.seed)
    except organisation.AdminError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        db.engine.dispose()
    print("Demo data created. Accounts (user name / password / roles / unit):")
    for username, password, roles, unit in credentials:
        print(f"  {username:<22} {password:<14} {roles:<22} {unit}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command line of `commune-central`."""
    parser = argparse.ArgumentParser(prog="commune-central", description=__doc__)
    parser.add_argument("--config", help="TOML settings file (else COMMUNE_* environment variables)")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the server")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--workers", type=int, help="worker processes sharing one database")
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--access-log", action=argparse.BooleanOptionalAction, default=True)
    serve.add_argument("--limit-concurrency", type=int, default=None,
                       help="open connections per worker (else the max_connections setting); more are closed")
    serve.add_argument("--ssl-certfile", help="serve HTTPS with this certificate (PEM), for a pilot with no proxy")
    serve.add_argument("--ssl-keyfile", help="the certificate's private key (PEM)")
    serve.add_argument("--exit-with-parent", action="store_true",
                       help="stop when stdin reaches end of file: the parent that started the server keeps a pipe "
                            "to it, and its end closes when the parent exits or is killed (used by the demo)")
    serve.set_defaults(func=cmd_serve)

    sub.add_parser("migrate", help="upgrade the database schema").set_defaults(func=cmd_migrate)
    openapi = sub.add_parser("openapi", help="write the OpenAPI document (default: server/openapi.json)")
    openapi.add_argument("--output")
    openapi.set_defaults(func=cmd_openapi)

    unit = sub.add_parser("unit", help="units of the hierarchy")
    unit_sub = unit.add_subparsers(dest="action", required=True)
    unit_sub.add_parser("list")
    add = unit_sub.add_parser("add")
    add.add_argument("code")
    add.add_argument("name")
    add.add_argument("--level", choices=[str(x) for x in UnitLevel], required=True)
    add.add_argument("--parent", help="code of the parent unit")
    add.add_argument("--grace", type=int, default=72, help="offline grace period in hours")
    grace = unit_sub.add_parser("grace", help="set the offline grace period")
    grace.add_argument("code")
    grace.add_argument("hours", type=int)
    unit.set_defaults(func=cmd_unit)

    policy = sub.add_parser(
        "secret-policy", help="show or set how a unit keeps secret (Mật) documents",
        description="Secret documents are register entries only (Law 117/2025/QH15 Art. 5(2)): no file, and no "
                    "summary unless allowed here. With no option, show the unit's settings.")
    policy.add_argument("code", help="unit code")
    policy.add_argument("--summary", choices=("allow", "deny"),
                        help="may a secret register entry keep its summary (trích yếu); default deny")
    policy.add_argument("--register", choices=("separate", "shared"),
                        help="number secret documents in their own yearly register (state units) or in the type's "
                             "register (Party units, the default)")
    policy.set_defaults(func=cmd_secret_policy)

    numbering = sub.add_parser(
        "numbering", help="show or set how a unit numbers its outgoing documents",
        description="state: one sequence per calendar year, secret documents in their own; party: each document "
                    "type from 01 through the committee term, rolling over at the congress date, secret documents "
                    "in the type's sequence. Arrival numbers run per year either way. With no option, show it.")
    numbering.add_argument("code", help="unit code")
    numbering.add_argument("--scheme", choices=[str(s) for s in NumberingScheme])
    numbering.add_argument("--term-start", type=_iso_date, help="the congress date the current term began (Party)")
    numbering.set_defaults(func=cmd_numbering)

    user = sub.add_parser("user", help="user accounts")
    user_sub = user.add_subparsers(dest="action", required=True)
    listing = user_sub.add_parser("list")
    listing.add_argument("--unit", help="unit code")
    add = user_sub.add_parser("add")
    add.add_argument("username")
    add.add_argument("--unit", required=True, help="unit code")
    add.add_argument("--roles", required=True, help="comma-separated: clerk,leader,specialist,admin")
    add.add_argument("--full-name", default="")
    add.add_argument("--position", default="")
    add.add_argument("--password-env", help="read the password from this environment variable instead of a prompt")
    for action in ("passwd", "disable", "enable"):
        one = user_sub.add_parser(action)
        one.add_argument("username")
        if action == "passwd":
            one.add_argument("--password-env")
    user.set_defaults(func=cmd_user)

    device = sub.add_parser("device", help="registered devices")
    device_sub = device.add_subparsers(dest="action", required=True)
    listing = device_sub.add_parser("list")
    listing.add_argument("--user")
    revoke = device_sub.add_parser("revoke")
    revoke.add_argument("device_id")
    device.set_defaults(func=cmd_device)

    seed = sub.add_parser("seed-demo", help="create a demo province with communes, documents and tasks")
    seed.add_argument("--communes", type=int, default=6)
    seed.add_argument("--documents", type=int, default=300)
    seed.add_argument("--seed", type=int, default=2025)
    seed.set_defaults(func=cmd_seed_demo)

    keys_help = "folder of the channel's signing keys (see installer/README.md, \"Publishing updates\")"
    init = sub.add_parser("init-updates", help="make the signed update channel and its four keys")
    publish = sub.add_parser("publish-update", help="publish a new MSI on the update channel")
    publish.add_argument("file", help="the MSI")
    publish.add_argument("--version", required=True, help="the app version the MSI installs, e.g. 0.2.0")
    renew = sub.add_parser("renew-updates", help="re-sign the channel before its timestamp expires (weekly task)")
    for command in (init, publish, renew):
        command.add_argument("--keys", required=True, help=keys_help)
        command.add_argument("--repo", help="the channel's folder (default: the updates_dir setting)")
        command.set_defaults(func=cmd_updates)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of `commune-central`."""
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())

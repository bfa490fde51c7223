"""Parse the command line and run one command against a profile's cache."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select

from client.cache.database import full_check
from client.cache.errors import CacheError, KeyringUnavailableError, WrongPasswordError
from client.cache.importing import import_bundle, read_bundle
from client.cache.profile import OpenProfile, Profiles, UnitInfo
from client.cache.records import parse_date
from client.cache.schema import documents
from client.cache.search import DocumentFilter
from client.cli.output import document_details, document_line, emit_json, task_line
from sync.protocol.domain import DocumentKind, Secrecy, UnitLevel, Urgency

EXIT_ERROR = 1
EXIT_WRONG_PASSWORD = 3

Handler = Callable[[argparse.Namespace, Profiles], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] in (["--demo"], ["gui"]):
        # The app parses its own options (--demo, --quit-after-sync, --server ...); Qt is imported only here.
        from client.ui.app import main as gui_main

        return gui_main(args_list if args_list[0] == "--demo" else args_list[1:])
    parser = _parser()
    args = parser.parse_args(args_list)
    profiles = Profiles(Path(args.home) if args.home else None)
    try:
        return args.handler(args, profiles)
    except WrongPasswordError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_WRONG_PASSWORD
    except (CacheError, ValueError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR


# -- commands ----------------------------------------------------------------------------------------------------


def cmd_profile_create(args: argparse.Namespace, profiles: Profiles) -> int:
    password = _password(args, confirm=True)
    unit = UnitInfo(args.unit_id or args.unit_code, args.unit_code, args.unit_name, UnitLevel(args.unit_level))
    with profiles.create(
        args.user, password, unit, display_name=args.display_name, server_url=args.server_url, remember=args.remember
    ) as opened:
        _say_notices(opened)
        info = opened.info
    return _done(args, {"profile_id": info.profile_id, "username": info.username}, f"Created profile {info.username}.")


def cmd_profile_list(args: argparse.Namespace, profiles: Profiles) -> int:
    rows = [
        {
            "profile_id": p.profile_id,
            "username": p.username,
            "display_name": p.display_name,
            "unit": p.unit.name,
            "created_at": p.created_at,
        }
        for p in profiles.list()
    ]
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            print(f"{row['username']:<20} {row['display_name']:<30} {row['unit']}")
    return 0


def cmd_profile_passwd(args: argparse.Namespace, profiles: Profiles) -> int:
    old = _password(args, prompt="Current password: ")
    new = os.environ.get("COMMUNE_OFFICE_NEW_PASSWORD") or _ask("New password: ", confirm=True)
    profiles.change_password(args.user, old, new)
    return _done(args, {"changed": True}, "Password changed.")


def cmd_signin(args: argparse.Namespace, profiles: Profiles) -> int:
    if getattr(args, "server", None):
        from client.cli.sync_commands import cmd_signin_online

        return cmd_signin_online(args, profiles)
    remember = True if args.remember else False if args.forget else None
    with _open(args, profiles, remember=remember) as opened:
        summary = {
            "username": opened.info.username,
            "documents": opened.store.count_documents(),
            "pending_changes": opened.store.pending_changes(),
            "notices": opened.notices,
        }
    return _done(args, summary, f"Signed in as {summary['username']}: {summary['documents']} documents cached.")


def cmd_import(args: argparse.Namespace, profiles: Profiles) -> int:
    bundle = read_bundle(Path(args.file))
    with _open(args, profiles) as opened:
        result = import_bundle(opened.store, bundle)
    data = vars(result)
    return _done(args, data, "Imported " + ", ".join(f"{n} {k}" for k, n in data.items()) + ".")


def cmd_list(args: argparse.Namespace, profiles: Profiles) -> int:
    with _open(args, profiles, write=False) as opened:
        rows = opened.store.list_documents(
            _filter(args), order_by=args.sort, descending=not args.ascending, limit=args.limit, offset=args.offset
        )
    return _rows(args, rows, document_line)


def cmd_search(args: argparse.Namespace, profiles: Profiles) -> int:
    with _open(args, profiles, write=False) as opened:
        rows = opened.store.search(" ".join(args.query), _filter(args), limit=args.limit, offset=args.offset)
    return _rows(args, rows, document_line)


def cmd_show(args: argparse.Namespace, profiles: Profiles) -> int:
    with _open(args, profiles, write=False) as opened:
        doc = opened.store.get_document(_resolve_id(opened, args.id))
    if args.json:
        emit_json(doc)
    else:
        print(document_details(doc))
    return 0


def cmd_tasks(args: argparse.Namespace, profiles: Profiles) -> int:
    with _open(args, profiles, write=False) as opened:
        if args.overdue:
            rows = opened.store.overdue_tasks(date.today(), limit=args.limit)
        else:
            rows = opened.store.list_tasks(resolution=args.resolution, limit=args.limit, offset=args.offset)
    return _rows(args, rows, task_line)


def cmd_export_attachment(args: argparse.Namespace, profiles: Profiles) -> int:
    with _open(args, profiles, write=False) as opened:
        opened.vault.export_to(args.sha256, Path(args.dest))
    return _done(args, {"written": args.dest}, f"Wrote {args.dest}.")


def cmd_check(args: argparse.Namespace, profiles: Profiles) -> int:
    with _open(args, profiles, write=False) as opened:
        problems = full_check(opened.engine)
        for sha256 in opened.vault.iter_hashes():
            try:
                opened.vault.verify(sha256)
            except CacheError as error:
                problems.append(str(error))
    if args.json:
        emit_json({"ok": not problems, "problems": problems})
    else:
        print("\n".join(problems) if problems else "The cache and every attachment are intact.")
    return EXIT_ERROR if problems else 0


def cmd_gui(args: argparse.Namespace, profiles: Profiles) -> int:
    """Open the desktop app on this computer's profiles (Qt is imported only here)."""
    from client.ui.app import main as gui_main

    return gui_main(["--home", str(profiles.home)])


# -- plumbing ----------------------------------------------------------------------------------------------------


def _open(
    args: argparse.Namespace, profiles: Profiles, *, write: bool = True, remember: bool | None = None
) -> OpenProfile:
    if not args.user:
        raise ValueError("name the profile with --user (see `commune-office profile list`)")
    password = _password(args) if (args.password_stdin or _env_password() or remember is not None) else None
    if password is None:
        try:
            opened = profiles.open(args.user, None, write=write)
        except (WrongPasswordError, KeyringUnavailableError):
            password = _password(args)  # no saved sign-in: ask
            opened = profiles.open(args.user, password, write=write, remember=remember)
    else:
        opened = profiles.open(args.user, password, write=write, remember=remember)
    _say_notices(opened)
    return opened


def _password(args: argparse.Namespace, *, confirm: bool = False, prompt: str = "Password: ") -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise ValueError("--password-stdin was given but standard input is empty")
        return line.rstrip("\r\n")
    return _env_password() or _ask(prompt, confirm=confirm)


def _env_password() -> str | None:
    return os.environ.get("COMMUNE_OFFICE_PASSWORD") or None


def _ask(prompt: str, *, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        raise ValueError("a password is needed: use --password-stdin or set COMMUNE_OFFICE_PASSWORD")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise ValueError("the two passwords differ")
    return first


def _say_notices(opened: OpenProfile) -> None:
    for notice in opened.notices:
        print(f"note: {notice}", file=sys.stderr)


def _resolve_id(opened: OpenProfile, prefix: str) -> str:
    """Accept the 8-character id prefix that lists print."""
    if len(prefix) >= 36:
        return prefix
    with opened.engine.connect() as connection:
        found = connection.execute(select(documents.c.id).where(documents.c.id.startswith(prefix)).limit(2)).all()
    if len(found) != 1:
        raise ValueError(f"{'no' if not found else 'more than one'} document id starts with {prefix!r}")
    return found[0][0]


def _filter(args: argparse.Namespace) -> DocumentFilter:
    return DocumentFilter(
        kind=args.kind,
        doc_type=args.type,
        status=args.status,
        secrecy=Secrecy.parse(args.secrecy) if args.secrecy else None,
        urgency_at_least=Urgency.parse(args.urgency) if args.urgency else None,
        issued_from=parse_date(args.date_from) if args.date_from else None,
        issued_to=parse_date(args.date_to) if args.date_to else None,
        overdue_on=date.today() if args.overdue else None,
        unread=True if args.unread else None,
    )


def _rows(args: argparse.Namespace, rows: list[dict], line: Callable[[dict], str]) -> int:
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            print(line(row))
    return 0


def _done(args: argparse.Namespace, data: dict, message: str) -> int:
    if args.json:
        emit_json(data)
    else:
        print(message)
    return 0


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", help="folder of the profiles (default: the user's data folder)")
    common.add_argument("--user", "-u", help="the profile's user name")
    common.add_argument("--json", action="store_true", help="print JSON for scripts")
    common.add_argument("--password-stdin", action="store_true", help="read the password from standard input")

    parser = argparse.ArgumentParser(
        prog="commune-office",
        description="Commune Office: the encrypted office cache, its sync with the central platform, and the "
        "desktop app (gui, or --demo on a demo server).",
    )
    parser.add_argument("--demo", action="store_true",
                        help="open the desktop app on a demo server started in the background (one command)")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, parents=[common])
        sub.set_defaults(handler=handler)
        return sub

    profile = commands.add_parser("profile", help="create, list and manage profiles").add_subparsers(
        required=True, metavar="ACTION"
    )
    create = profile.add_parser("create", help="make a new profile", parents=[common])
    create.set_defaults(handler=cmd_profile_create)
    create.add_argument("--unit-code", required=True)
    create.add_argument("--unit-name", required=True)
    create.add_argument("--unit-id")
    create.add_argument("--unit-level", choices=[level.value for level in UnitLevel], default=UnitLevel.COMMUNE.value)
    create.add_argument("--display-name")
    create.add_argument("--server-url")
    create.add_argument("--remember", action="store_true", help="stay signed in (keeps the key in the OS keyring)")
    profile.add_parser("list", help="profiles on this computer", parents=[common]).set_defaults(
        handler=cmd_profile_list
    )
    profile.add_parser("passwd", help="change the password", parents=[common]).set_defaults(handler=cmd_profile_passwd)

    signin = add("signin", cmd_signin, "check the password and open the cache")
    signin.add_argument("--remember", action="store_true", help="stay signed in on this computer")
    signin.add_argument("--forget", action="store_true", help="stop staying signed in")

    add("import", cmd_import, "import documents and tasks from a JSON file").add_argument("file")

    for name, handler, help_text in (("list", cmd_list, "list documents"), ("search", cmd_search, "search documents")):
        sub = add(name, handler, help_text)
        if name == "search":
            sub.add_argument("query", nargs="+")
        sub.add_argument("--kind", choices=[k.value for k in DocumentKind])
        sub.add_argument("--type", help="document type, e.g. 'Nghị quyết'")
        sub.add_argument("--status")
        sub.add_argument("--secrecy", help="e.g. 'Mật' or 1")
        sub.add_argument("--urgency", help="at least this urgency, e.g. 'Khẩn'")
        sub.add_argument("--from", dest="date_from", help="issued on or after (dd/mm/yyyy or yyyy-mm-dd)")
        sub.add_argument("--to", dest="date_to", help="issued on or before")
        sub.add_argument("--overdue", action="store_true", help="deadline passed and not done")
        sub.add_argument("--unread", action="store_true")
        sub.add_argument("--limit", type=int, default=50)
        sub.add_argument("--offset", type=int, default=0)
        sub.add_argument("--sort", default="issued_date")
        sub.add_argument("--ascending", action="store_true")

    add("show", cmd_show, "show one document").add_argument("id", help="the id, or its first 8 characters")

    tasks = add("tasks", cmd_tasks, "list resolution tasks")
    tasks.add_argument("--overdue", action="store_true")
    tasks.add_argument("--resolution")
    tasks.add_argument("--limit", type=int, default=100)
    tasks.add_argument("--offset", type=int, default=0)

    export = add("export-attachment", cmd_export_attachment, "decrypt an attachment to a file")
    export.add_argument("sha256")
    export.add_argument("dest")

    add("check", cmd_check, "verify every page of the database and every attachment")
    add("gui", cmd_gui, "open the desktop app")

    from client.cli.machine_commands import register as register_machine
    from client.cli.sync_commands import register  # it builds on this module's helpers

    register(add, signin)
    register_machine(add)
    return parser

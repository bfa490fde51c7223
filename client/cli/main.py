"""Parse the command line and run one command against a profile, through the office layer."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from client.cli.common import (
    EXIT_ERROR,
    EXIT_WRONG_PASSWORD,
    Handler,
    ask,
    ask_password,
    document_filter,
    done,
    open_session,
    print_rows,
    say_notices,
)
from client.cli.output import document_details, document_line, emit_json, import_summary, task_line
from client.office import CacheError, OfficeError, WrongPasswordError
from sync.protocol.domain import DocumentKind, UnitLevel

if TYPE_CHECKING:  # the profile, the cache and the engine load once a command runs, never for --help (issue 17)
    from client.office import Office


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    _tolerate_narrow_consoles()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] in (["--demo"], ["gui"]):
        # The app parses its own options (--demo, --quit-after-sync, --server ...); Qt is imported only here.
        from client.ui.app import main as gui_main

        return gui_main(args_list if args_list[0] == "--demo" else args_list[1:])
    with _collector_paused(freeze=argv is None):  # None: this is the program, not a caller's function
        parser = _parser()
        args = parser.parse_args(args_list)
        from client.office import Office

        office = Office(Path(args.home) if args.home else None)
    try:
        return args.handler(args, office)
    except WrongPasswordError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_WRONG_PASSWORD
    except (CacheError, OfficeError, ValueError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR


@contextmanager
def _collector_paused(*, freeze: bool) -> Iterator[None]:
    """Start without the cyclic garbage collector, then keep it away from what starting made (issue 17).

    Importing the cache's stack makes some 55,000 long-lived objects the collector tracks (classes, functions, SQL
    constructs), and the collector would walk them again and again while they are made, and once more at exit:
    a third of `status`'s time. Module objects are not garbage, so nothing is lost by pausing it; `gc.freeze`
    then moves them out of its sight for good, and it runs as usual for the command's own work. Only the program
    freezes: a caller running `main` in its own process (the tests) may hold objects that become garbage later,
    and frozen cycles would never be collected nor their files closed.
    """
    if not gc.isenabled():  # whoever turned it off (a test, a profiler) keeps it that way
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        gc.enable()


def _tolerate_narrow_consoles() -> None:
    """Print Vietnamese even where the output's encoding cannot hold it (a cp1252 console, a Task Scheduler log
    redirected to a file): a letter it cannot encode becomes an escape instead of crashing the command."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if reconfigure is not None and encoding not in ("utf8", "utf8sig"):
            reconfigure(errors="backslashreplace")


# -- commands ----------------------------------------------------------------------------------------------------


def cmd_profile_create(args: argparse.Namespace, office: Office) -> int:
    password = ask_password(args, confirm=True)
    with office.create(args.user, password, unit_id=args.unit_id or args.unit_code, unit_code=args.unit_code,
                       unit_name=args.unit_name, unit_level=args.unit_level, display_name=args.display_name,
                       server_url=args.server_url, remember=args.remember) as session:
        say_notices(session.notices)
        info = session.info
    return done(args, {"profile_id": info.profile_id, "username": info.username}, f"Created profile {info.username}.")


def cmd_profile_list(args: argparse.Namespace, office: Office) -> int:
    rows = [
        {
            "profile_id": p.profile_id,
            "username": p.username,
            "display_name": p.display_name,
            "unit": p.unit.name,
            "created_at": p.created_at,
        }
        for p in office.list()
    ]
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            print(f"{row['username']:<20} {row['display_name']:<30} {row['unit']}")
    return 0


def cmd_profile_passwd(args: argparse.Namespace, office: Office) -> int:
    old = ask_password(args, prompt="Current password: ")
    new = os.environ.get("COMMUNE_OFFICE_NEW_PASSWORD") or ask("New password: ", confirm=True)
    office.change_password(args.user, old, new)
    return done(args, {"changed": True}, "Password changed.")


def cmd_signin(args: argparse.Namespace, office: Office) -> int:
    if getattr(args, "server", None):
        from client.cli.sync_commands import cmd_signin_online

        return cmd_signin_online(args, office)
    remember = True if args.remember else False if args.forget else None
    with open_session(args, office, remember=remember) as session:
        summary = {
            "username": session.info.username,
            "documents": session.count_documents(),
            "pending_changes": session.counts().pending,
            "notices": session.notices,
        }
    return done(args, summary, f"Signed in as {summary['username']}: {summary['documents']} documents cached.")


def cmd_import(args: argparse.Namespace, office: Office) -> int:
    from client.office import ImportFileError, read_bundle

    try:
        bundle = read_bundle(Path(args.file))  # a file that cannot be read at all is refused before the password
        with open_session(args, office) as session:
            result, _changes = session.import_bundle(bundle)
    except ImportFileError as error:
        if args.json:  # scripts get the places as data; people read the same list on stderr
            emit_json({"imported": False, "problems": [p.as_dict() for p in error.problems]})
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    stored, present = result.stored.as_dict(), result.already_present.as_dict()
    return done(args, {"imported": True, "stored": stored, "already_present": present},
                import_summary(args.file, stored, present))


def cmd_list(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office, write=False) as session:
        rows = session.list_documents(document_filter(args), order_by=args.sort, descending=not args.ascending,
                                      limit=args.limit, offset=args.offset)
    return print_rows(args, rows, document_line)


def cmd_search(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office, write=False) as session:
        rows = session.search(" ".join(args.query), document_filter(args), limit=args.limit, offset=args.offset)
    return print_rows(args, rows, document_line)


def cmd_show(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office, write=False) as session:
        doc_id = session.resolve_document_id(args.id)
        doc = {**session.document(doc_id), "trail": [asdict(entry) for entry in session.trail(doc_id)]}
    if args.json:
        emit_json(doc)
    else:
        print(document_details(doc))
    return 0


def cmd_edit(args: argparse.Namespace, office: Office) -> int:
    fields = dict(_assignment(text, parse_json=False) for text in args.set or [])
    fields |= dict(_assignment(text, parse_json=True) for text in args.set_json or [])
    if not fields:
        raise ValueError("say what to change with --set FIELD=VALUE (or --set-json FIELD=JSON)")
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        session.edit_document(doc_id, fields)
        pending = session.counts().pending
    return done(args, {"id": doc_id, "changed": sorted(fields), "pending_changes": pending},
                f"Changed {', '.join(sorted(fields))} of {doc_id[:8]}; {pending} change(s) to send at the next sync.")


def _assignment(text: str, *, parse_json: bool) -> tuple[str, Any]:
    """FIELD=VALUE: an empty value clears the field; dd/mm/yyyy dates are read as the interface writes them."""
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"--set takes FIELD=VALUE, not {text!r}")
    if parse_json:
        try:
            return name.strip(), json.loads(raw)
        except ValueError as error:
            raise ValueError(f"--set-json {name}: not JSON ({error})") from error
    if raw == "":
        return name.strip(), None
    from client.office import parse_date

    value = parse_date(raw)
    return name.strip(), value.isoformat() if isinstance(value, date) else value


def cmd_tasks(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office, write=False) as session:
        if args.overdue:
            rows = session.overdue_tasks(date.today(), limit=args.limit)
        else:
            rows = session.tasks(resolution=args.resolution, limit=args.limit, offset=args.offset)
    return print_rows(args, rows, task_line)


def cmd_export_attachment(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office, write=False) as session:
        session.export_attachment(args.sha256, Path(args.dest))
    return done(args, {"written": args.dest}, f"Wrote {args.dest}.")


def cmd_check(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office, write=False) as session:
        problems = session.check()
    if args.json:
        emit_json({"ok": not problems, "problems": problems})
    else:
        print("\n".join(problems) if problems else "The cache and every attachment are intact.")
    return EXIT_ERROR if problems else 0


def cmd_gui(args: argparse.Namespace, office: Office) -> int:
    """Open the desktop app on this computer's profiles (Qt is imported only here)."""
    from client.ui.app import main as gui_main

    return gui_main(["--home", str(office.home)])


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

    add("import", cmd_import, "import documents, tasks, notes and reports from a JSON bundle: checked whole, "
        "stored all or nothing, never twice").add_argument("file")

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

    edit = add("edit", cmd_edit, "change register fields of a document (queued for the next sync)")
    edit.add_argument("id", help="the id, or its first 8 characters")
    edit.add_argument("--set", action="append", metavar="FIELD=VALUE",
                      help="e.g. summary=\"Về việc ...\" or deadline=31/12/2026; an empty value clears the field")
    edit.add_argument("--set-json", action="append", metavar="FIELD=JSON", help="a value given as JSON")

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

    from client.cli.action_commands import register as register_actions
    from client.cli.machine_commands import register as register_machine
    from client.cli.ocr_commands import register as register_ocr
    from client.cli.register_commands import register as register_registers
    from client.cli.sign_commands import register as register_signing
    from client.cli.sync_commands import register  # it builds on this module's helpers
    from client.cli.update_commands import register as register_updates

    register(add, signin)
    register_machine(add)
    register_actions(add)
    register_signing(add)
    register_registers(add)
    register_updates(add)
    register_ocr(add)
    return parser

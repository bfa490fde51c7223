"""What every command shares: opening a session from the options, asking for passwords, printing results."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from client.cli.output import emit_json
from client.office import KeyringUnavailableError, WrongPasswordError
from sync.protocol.domain import Secrecy, Urgency

if TYPE_CHECKING:  # the profile and its queries load only when a command opens one (issue 17: start at once)
    from client.office import DocumentFilter, Office, OfficeSession

EXIT_ERROR = 1
EXIT_WRONG_PASSWORD = 3
EXIT_OFFLINE = 4
EXIT_MASS_PURGE = 5
EXIT_SIGN_IN = 6
PASSWORD_ENV = "COMMUNE_OFFICE_PASSWORD"

Handler = Callable[[argparse.Namespace, "Office"], int]


def open_session(args: argparse.Namespace, office: Office, *, write: bool = True,
                 remember: bool | None = None) -> OfficeSession:
    """Sign in with the saved sign-in when there is one, else with the password from the options or the terminal."""
    if not args.user:
        raise ValueError("name the profile with --user (see `commune-office profile list`)")
    password = ask_password(args) if (args.password_stdin or env_password() or remember is not None) else None
    if password is None:
        try:
            session = office.open(args.user, None, write=write)
        except (WrongPasswordError, KeyringUnavailableError):
            password = ask_password(args)  # no saved sign-in: ask
            session = office.open(args.user, password, write=write, remember=remember)
    else:
        session = office.open(args.user, password, write=write, remember=remember)
    say_notices(session.notices)
    return session


def ask_password(args: argparse.Namespace, *, confirm: bool = False, prompt: str = "Password: ") -> str:
    """The password from --password-stdin, the environment, or the terminal (in that order)."""
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise ValueError("--password-stdin was given but standard input is empty")
        return line.rstrip("\r\n")
    return env_password() or ask(prompt, confirm=confirm)


def env_password() -> str | None:
    return os.environ.get(PASSWORD_ENV) or None


def ask(prompt: str, *, confirm: bool = False) -> str:
    """Ask at the terminal without echo; refuse when there is no terminal to ask at."""
    if not sys.stdin.isatty():
        raise ValueError(f"a password is needed: use --password-stdin or set {PASSWORD_ENV}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise ValueError("the two passwords differ")
    return first


def say_notices(notices: list[str]) -> None:
    for notice in notices:
        print(f"note: {notice}", file=sys.stderr)


def parse_day(text: str) -> date:
    """A day typed as the interface writes it (dd/mm/yyyy) or as ISO (yyyy-mm-dd)."""
    from client.office import parse_date

    value = parse_date(text)
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a date; write dd/mm/yyyy") from error


def document_filter(args: argparse.Namespace) -> DocumentFilter:
    """The list and search filters from their options."""
    from client.office import DocumentFilter, parse_date

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


def print_rows(args: argparse.Namespace, rows: list[dict], line: Callable[[dict], str]) -> int:
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            print(line(row))
    return 0


def done(args: argparse.Namespace, data: dict, message: str) -> int:
    """Print a command's result: its data as JSON for scripts, else one sentence."""
    if args.json:
        emit_json(data)
    else:
        print(message)
    return 0

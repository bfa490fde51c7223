"""The sync commands: `signin --server` (online first sign-in), `sync`, `status`, `conflicts`, `resolve` and
`refused` (list, discard or send again the changes the server refused).

`commune-office sync` runs the same engine as the app; Windows Task Scheduler and scripts call it. Exit codes:
0 done, 1 error, 3 wrong password, 4 server unreachable, 5 a mass removal needs confirmation, 6 sign in online.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from client.cli.common import (
    EXIT_ERROR,
    EXIT_MASS_PURGE,
    EXIT_OFFLINE,
    EXIT_SIGN_IN,
    Handler,
    ask_password,
    done,
    open_session,
    say_notices,
)
from client.cli.output import emit_json
from client.office import MassPurgeError, SignInRequiredError, SyncError

if TYPE_CHECKING:
    from client.office import Office


def cmd_signin_online(args: argparse.Namespace, office: Office) -> int:
    if not args.user:
        raise ValueError("give the user name with --user")
    password = ask_password(args)
    remember = True if args.remember else False if args.forget else None
    try:
        session = office.sign_in_online(args.server, args.user, password, remember=remember)
    except SyncError as error:
        print(f"error: {error}", file=sys.stderr)
        return _exit_code(error)
    with session:
        say_notices(session.notices)
        summary = {"username": session.info.username, "unit": session.info.unit.name,
                   "profile_id": session.info.profile_id, "server": args.server}
    return done(args, summary, f"Signed in online as {summary['username']} ({summary['unit']}).")


def cmd_sync(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        try:
            result = session.sync(confirm_mass_purge=True if args.allow_mass_purge else None,
                                  lock_timeout=args.wait)
        except SyncError as error:
            status_now = session.status().as_dict() if session.is_open else None
            if args.json:
                emit_json({"ok": False, "error": str(error), "status": status_now})
            print(f"error: {error}", file=sys.stderr)
            return _exit_code(error)
        report, status = result.report, result.status
    if args.json:
        emit_json({"ok": True, "report": report.as_dict(), "status": status.as_dict()})
    else:
        push, pull = report.push, report.pull
        print(f"Sent {push.applied} change(s); {push.conflicts} conflict(s), {push.rejected} refused. "
              f"Received {pull.snapshot_records + pull.changes} record(s), {report.downloaded} attachment(s).")
        if status.failed_changes or status.open_conflicts:
            print(f"{status.failed_changes} change(s) refused, {status.open_conflicts} conflict(s) to decide: "
                  "see `commune-office status` and `commune-office conflicts`.")
    return 0


def _exit_code(error: SyncError) -> int:
    if isinstance(error, MassPurgeError):
        return EXIT_MASS_PURGE
    if isinstance(error, SignInRequiredError):
        return EXIT_SIGN_IN
    return EXIT_OFFLINE if error.offline else EXIT_ERROR


def cmd_status(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office, write=False) as session:
        status = session.status()
    if args.json:
        emit_json(status.as_dict())
        return 0
    online = {True: "online", False: "offline", None: "never synced"}[status.online]
    print(f"{online}; last successful sync: {status.last_success_at or 'never'}")
    print(f"{status.pending_changes} change(s) waiting, {status.failed_changes} refused, "
          f"{status.open_conflicts} conflict(s) to decide")
    for failed in status.failed:
        print(f"  refused {failed['op']} {failed['entity']} {failed['record_id'][:8]}: {failed['last_error']}")
    for record in status.refused_records:
        print(f"  not stored, from the server ({record['code']}): {record['reason']}")
    for attachment in status.failed_attachments:
        print(f"  file not downloaded, tried again next sync: {attachment['name']}: {attachment['reason']}")
    if status.last_error:
        print(f"last error: {status.last_error}")
    return 0


def cmd_conflicts(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office, write=False) as session:
        rows = session.conflicts()
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            print(f"{row['id']:>4}  {row['entity']} {row['record_id'][:8]} {row['field']}: "
                  f"mine {json.dumps(row['local_value'], ensure_ascii=False)} / "
                  f"theirs {json.dumps(row['remote_value'], ensure_ascii=False)}")
    return 0


def cmd_resolve(args: argparse.Namespace, office: Office) -> int:
    value: Any = json.loads(args.value) if args.value is not None else None
    choice: Literal["mine", "theirs", "merged"] = "merged" if args.value is not None else args.keep
    with open_session(args, office) as session:
        session.resolve_conflict(args.conflict_id, choice, value)
    return done(args, {"resolved": args.conflict_id, "choice": choice}, f"Conflict {args.conflict_id}: {choice}.")


def cmd_refused(args: argparse.Namespace, office: Office) -> int:
    if args.action is None:
        with open_session(args, office, write=False) as session:
            rows = [change.as_dict() for change in session.refused_changes()]
        if args.json:
            emit_json(rows)
        elif not rows:
            print("No change was refused.")
        else:
            for row in rows:
                fields = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in row["fields"].items())
                print(f"{row['seq']:>4}  {row['op']} {row['entity']} {row['label']}: {fields or '-'}\n"
                      f"      refused ({row['code']}): {row['reason']}")
        return 0
    if args.seq is None:
        raise ValueError(f"say which refused change to {args.action}: `refused {args.action} SEQ` "
                         "(the numbers are in `commune-office refused`)")
    with open_session(args, office) as session:
        if args.action == "discard":
            session.discard_refused(args.seq)
            message = f"Refused change {args.seq} discarded; the server's copy is back."
        else:
            session.retry_refused(args.seq, args.only)
            message = f"Refused change {args.seq} queued again; it is sent at the next sync."
        counts = session.counts()
    return done(args, {args.action: args.seq, "pending_changes": counts.pending, "refused": counts.failed}, message)


def register(add: Callable[[str, Handler, str], argparse.ArgumentParser], signin: argparse.ArgumentParser) -> None:
    """Add the sync commands to the command line, and the online variant of `signin`."""
    signin.add_argument("--server", help="sign in online against this server (creates the profile on first use)")
    sync = add("sync", cmd_sync, "send local changes and fetch the server's (for Task Scheduler and scripts)")
    sync.add_argument("--allow-mass-purge", action="store_true",
                      help="go ahead even when the server removes over half of the cached records")
    sync.add_argument("--wait", type=float, default=0, help="seconds to wait for a sync already running")
    add("status", cmd_status, "online or not, last sync, pending and refused changes, last error")
    add("conflicts", cmd_conflicts, "edits of the same field here and on the server, waiting for a decision")
    resolve = add("resolve", cmd_resolve, "decide a conflict: keep mine, keep theirs, or give the merged value")
    resolve.add_argument("conflict_id", type=int)
    resolve.add_argument("--keep", choices=["mine", "theirs"], default="mine")
    resolve.add_argument("--value", help="the merged value, as JSON (e.g. '\"new summary\"')")
    refused = add("refused", cmd_refused, "changes the server refused: list them, discard one (the server's copy "
                                          "comes back) or send one again")
    refused.add_argument("action", nargs="?", choices=["discard", "retry"],
                         help="discard SEQ, or retry SEQ; without it, list the refused changes")
    refused.add_argument("seq", nargs="?", type=int, help="the refused change's number, as listed")
    refused.add_argument("--only", nargs="+", metavar="FIELD",
                         help="with retry: send only these fields of the change, the others get the server's copy")

"""The document actions as commands, for admins and scripted checks: register, assign, start, done, note, send,
forward, return, submit, undo.

Each runs the same office-layer action as the app's button (the same role and lifecycle checks), queues the
change for the next sync, and prints the result (or JSON with --json). Handlers and units may be named the way
people know them: a user name or full name, a unit code or name.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from client.cli.common import Handler, done, open_session, parse_day
from client.cli.register_commands import add_book_options, cmd_register_book
from client.office import CacheError, OfficeError

if TYPE_CHECKING:
    from client.office import NoteRecord, Office, OfficeSession


def _find(rows: list[dict[str, Any]], wanted: str, keys: tuple[str, ...], what: str) -> str:
    """The id of the one row whose id or one of `keys` equals `wanted` (case-insensitive for names)."""
    folded = wanted.casefold()
    found = [r for r in rows if r["id"] == wanted or any(str(r.get(k) or "").casefold() == folded for k in keys)]
    if len(found) != 1:
        names = ", ".join(str(r.get(keys[0]) or r["id"]) for r in rows) or "none synced yet"
        raise OfficeError(f"unknown_{what}", f"no single {what} is {wanted!r}; choose one of: {names}",
                          wanted=wanted)
    return str(found[0]["id"])


def _result(args: argparse.Namespace, session: OfficeSession, doc_id: str, message: str) -> int:
    doc = session.document(doc_id)
    pending = session.counts().pending
    return done(args, {"id": doc_id, "status": doc["status"], "pending_changes": pending},
                f"{message}; {pending} change(s) to send at the next sync.")


def cmd_register(args: argparse.Namespace, office: Office) -> int:
    if args.kind:  # the register book for a date range, not a document's entry into it
        return cmd_register_book(args, office)
    if not args.id:
        raise ValueError("name the document to register, or print a register with --kind incoming|outgoing "
                         "--from DATE --to DATE")
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        session.register(doc_id)
        return _result(args, session, doc_id, f"Registered {doc_id[:8]}")


def cmd_assign(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        people = session.handlers()
        handler = _find(people, args.handler_name, ("username", "full_name"), "handler")
        co_handlers = [_find(people, name, ("username", "full_name"), "handler") for name in args.co_handlers]
        informed = [_find(people, name, ("username", "full_name"), "person") for name in args.informed]
        session.assign(doc_id, handler, parse_day(args.deadline) if args.deadline else None, args.note or "",
                       co_handlers, informed)
        return _result(args, session, doc_id, f"Assigned {doc_id[:8]}")


def cmd_start(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        session.start(doc_id)
        return _result(args, session, doc_id, f"Started {doc_id[:8]}")


def cmd_done(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        session.mark_done(doc_id, args.note)  # the result note and the step: one call, checked before either
        return _result(args, session, doc_id, f"Marked {doc_id[:8]} done")


def cmd_note(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        session.add_note(_note(session, doc_id, " ".join(args.text)))
        return _result(args, session, doc_id, f"Added a processing note to {doc_id[:8]}")


def cmd_send(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        units = session.recipient_units()
        unit_ids = [_find(units, name, ("code", "name"), "unit") for name in args.to]
        session.send(doc_id, unit_ids)
        return _result(args, session, doc_id, f"Sent {doc_id[:8]} to {len(unit_ids)} unit(s)")


def cmd_forward(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        people = session.handlers()
        handler = _find(people, args.to, ("username", "full_name"), "handler")
        name = next(p["full_name"] for p in people if p["id"] == handler)
        session.forward(doc_id, handler, args.note or "")  # the trail's event says who forwarded it to whom
        return _result(args, session, doc_id, f"Forwarded {doc_id[:8]} to {name}")


def cmd_return(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        session.return_to_leader(doc_id, args.note)
        return _result(args, session, doc_id, f"Returned {doc_id[:8]} to the leader")


def cmd_submit(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        leaders = session.leaders()
        if args.to:
            leader = _find(leaders, args.to, ("username", "full_name"), "leader")
        elif len(leaders) == 1:
            leader = str(leaders[0]["id"])
        else:
            raise OfficeError("choose_leader", "the unit has " + (
                "no leader synced yet" if not leaders else f"{len(leaders)} leaders; choose one with --to"))
        name = next(p["full_name"] for p in leaders if p["id"] == leader)
        session.submit_to_leader(doc_id, leader, args.note or "")
        return _result(args, session, doc_id, f"Submitted {doc_id[:8]} to {name}")


def cmd_undo(args: argparse.Namespace, office: Office) -> int:
    with open_session(args, office) as session:
        doc_id = session.resolve_document_id(args.id)
        waiting = session.has_unsent(doc_id)
        session.undo(doc_id)
        pending = session.counts().pending
        try:
            status: str | None = str(session.document(doc_id)["status"])
        except CacheError:  # created here and never sent: the undo removed it
            status = None
        data = {"id": doc_id, "undone": waiting, "removed": status is None, "status": status,
                "pending_changes": pending}
        what = "was never sent and is removed" if status is None else f"is {status} again"
        return done(args, data, f"Undid {waiting} unsent change(s): {doc_id[:8]} {what}; "
                                f"{pending} change(s) to send at the next sync.")


def _note(session: OfficeSession, doc_id: str, text: str) -> NoteRecord:
    from client.office import NoteRecord

    return NoteRecord(document_id=doc_id, author_id=session.user_id(), author_name=session.info.display_name,
                      text=text)


def register(add: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    """Add the action commands to the command line."""

    def document(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = add(name, handler, help_text)
        sub.add_argument("id", help="the document's id, or its first 8 characters")
        return sub

    entry = add("register", cmd_register, "enter a received document in the incoming register (the clerk); with "
                "--kind, --from and --to: the incoming or outgoing register for those days, as PDF or XLSX")
    entry.add_argument("id", nargs="?", help="the document's id, or its first 8 characters")
    add_book_options(entry)
    assign = document("assign", cmd_assign, "assign a document to a handler (the leader)")
    assign.add_argument("--handler", dest="handler_name", required=True,
                        help="user name, full name or id of a person of the unit")
    assign.add_argument("--deadline", help="processing deadline (dd/mm/yyyy or yyyy-mm-dd)")
    assign.add_argument("--note", help="the leader's direction note")
    assign.add_argument("--co-handler", dest="co_handlers", action="append", default=[],
                        help="a person who works with the main handler (phối hợp); repeatable")
    assign.add_argument("--informed", dest="informed", action="append", default=[],
                        help="a person told of the document (xem để biết); repeatable")
    forward = document("forward", cmd_forward, "move an assigned document to another main handler (the leader)")
    forward.add_argument("--to", required=True, help="user name, full name or id of the new main handler")
    forward.add_argument("--note", help="why it moves, kept as a processing note")
    give_back = document("return", cmd_return, "give an assigned document back to the leader (its main handler)")
    give_back.add_argument("--note", required=True, help="why it is returned, kept as a processing note")
    submit = document("submit", cmd_submit, "pass a registered document to a leader (the clerk)")
    submit.add_argument("--to", help="the leader's user name or full name (needed when the unit has several)")
    submit.add_argument("--note", help="a note for the leader")
    document("start", cmd_start, "start processing an assigned document (the handler)")
    finish = document("done", cmd_done, "mark a document done (the handler)")
    finish.add_argument("--note", help="the result, kept as a processing note")
    note = document("note", cmd_note, "add a processing note to a document")
    note.add_argument("text", nargs="+")
    document("undo", cmd_undo, "take back the changes of a document not sent yet (the server's copy comes back)")
    send = document("send", cmd_send, "send a signed outgoing document to units (the clerk)")
    send.add_argument("--to", nargs="+", required=True, help="unit codes or names, e.g. HUYEN-BX XA-02")

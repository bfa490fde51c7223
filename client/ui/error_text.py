"""Errors in the clerk's words: every code the core raises (client/office, cache, engine) worded with tr().

The core never writes a sentence for the screens: an error crosses `client/office` as a code with values
(`problem_of`), and this table words it in the interface's language, placing the values into %1, %2.
Unknown codes fall back to a general sentence with the English detail, so nothing is ever shown blank.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from client.office import Problem, problem_of
from client.ui import labels
from client.ui.i18n import source_text
from client.ui.signature_text import SIGNATURE_ERRORS

if TYPE_CHECKING:  # for annotations only: the app starts without loading them
    from client.office import SyncStatus

_CONTEXT = "ErrorText"
_STATUSES = frozenset({"current", "target", "old", "new", "status"})

# code -> (sentence, names of the params that fill %1, %2, ...); the sentences typed as str in TEXTS below
_MARKED: dict[str, tuple[object, tuple[str, ...]]] = {
    # the sync engine
    "offline": (QT_TRANSLATE_NOOP("ErrorText", "Cannot reach the server. Your changes are saved and will be sent "
                                               "when the connection returns."), ()),
    "untrusted_server": (QT_TRANSLATE_NOOP("ErrorText", "The server's security certificate is not trusted, so "
                                                        "nothing was sent. Check the server address; if it is right, "
                                                        "ask your administrator to install the unit's CA "
                                                        "certificate."), ()),
    "redirect_refused": (QT_TRANSLATE_NOOP("ErrorText", "The server answered with a redirect to %1. This program "
                                                        "talks only to the server address it was given, so nothing "
                                                        "was sent there. Check the server address with your "
                                                        "administrator."), ("location",)),
    "plain_http_refused": (QT_TRANSLATE_NOOP("ErrorText", "The server address %1 is not encrypted (http://), so "
                                                          "nothing was sent. Use its https:// address, or ask your "
                                                          "administrator."), ("url",)),
    "deadline": (QT_TRANSLATE_NOOP("ErrorText", "The server took too long (more than %1 seconds), so the sync was "
                                                "stopped. What was saved stays; the next sync continues from "
                                                "there."), ("seconds",)),
    "server_busy": (QT_TRANSLATE_NOOP("ErrorText", "The server is having trouble (HTTP %1) and did not accept the "
                                                   "sync. Your changes are saved; the sync will be tried again "
                                                   "later."), ("status",)),
    "protocol": (QT_TRANSLATE_NOOP("ErrorText", "The server sent something this program cannot accept, so the "
                                                "sync is failing: %1. Nothing of it was stored. Tell your "
                                                "administrator."), ("what",)),
    "attachment_integrity": (QT_TRANSLATE_NOOP("ErrorText", "A downloaded file did not match its fingerprint and "
                                                            "was not stored: %1."), ("what",)),
    "sign_in_required": (QT_TRANSLATE_NOOP("ErrorText", "Your sign-in with the server has ended. Sign in online "
                                                        "again with your password; unsent changes are kept."), ()),
    "device_revoked": (QT_TRANSLATE_NOOP("ErrorText", "This computer was removed from the platform by an "
                                                      "administrator, so its local copy was erased, with %1 "
                                                      "change(s) not yet sent to the server. Sign in on an "
                                                      "authorised computer, or ask your administrator."),
                       ("unsent",)),
    "wipe_not_confirmed": (QT_TRANSLATE_NOOP("ErrorText", "The server answered that this computer was removed "
                                                          "from the platform, but the instruction could not be "
                                                          "verified, so nothing was erased and unsent changes are "
                                                          "kept. Tell your administrator."), ()),
    "rejected": (QT_TRANSLATE_NOOP("ErrorText", "The server refused the request: %1"), ("detail",)),
    "mass_purge": (QT_TRANSLATE_NOOP("ErrorText", "The server asks to remove %1 of the %2 records on this "
                                                  "computer. Nothing was removed; the sync stopped until you "
                                                  "decide."), ("removing", "total")),
    "cancelled": (QT_TRANSLATE_NOOP("ErrorText", "The sync was cancelled. What was already saved stays; the next "
                                                 "sync continues from there."), ()),
    "sync_busy": (QT_TRANSLATE_NOOP("ErrorText", "A sync of this profile is already running. Wait for it to "
                                                 "finish."), ()),
    "sync_error": (QT_TRANSLATE_NOOP("ErrorText", "The sync did not finish: %1"), ("text",)),
    "cache_error": (QT_TRANSLATE_NOOP("ErrorText", "The local copy could not do this: %1"), ("text",)),
    # the cache
    "wrong_password": (QT_TRANSLATE_NOOP("ErrorText", "Wrong password. Nothing was changed; try again."), ()),
    "integrity": (QT_TRANSLATE_NOOP("ErrorText", "Stored data is damaged and was refused: %1"), ("text",)),
    "corrupt_database": (QT_TRANSLATE_NOOP("ErrorText", "The local copy is damaged and was set aside. A fresh "
                                                        "copy will be downloaded at the next sync."), ()),
    "above_ceiling": (QT_TRANSLATE_NOOP("ErrorText", "This record is classified above what your unit may hold, so "
                                                     "nothing of it was saved on this computer."), ()),
    "profile_busy": (QT_TRANSLATE_NOOP("ErrorText", "This profile is already open in another window or program. "
                                                    "Close it there first."), ()),
    "profile_not_found": (QT_TRANSLATE_NOOP("ErrorText", "There is no such profile on this computer."), ()),
    "profile_exists": (QT_TRANSLATE_NOOP("ErrorText", "A profile with this user name already exists on this "
                                                      "computer."), ()),
    "keyring_unavailable": (QT_TRANSLATE_NOOP("ErrorText", "This computer cannot keep you signed in; type your "
                                                           "password."), ()),
    "disk_full": (QT_TRANSLATE_NOOP("ErrorText", "The disk is full: %1 could not be saved. Nothing was "
                                                 "half-written; free some space and try again."), ("what",)),
    "offline_locked": (QT_TRANSLATE_NOOP("ErrorText", "This profile has not reached the server for more than %1 "
                                                      "hours, the limit set for your unit. Sign in online to unlock "
                                                      "it."), ("hours",)),
    "local_edit": (QT_TRANSLATE_NOOP("ErrorText", "The change cannot be saved: %1"), ("text",)),
    "record_not_found": (QT_TRANSLATE_NOOP("ErrorText", "This record is no longer on this computer."), ()),
    "import_file": (QT_TRANSLATE_NOOP("ErrorText", "The file cannot be imported: %1"), ("text",)),
    # the office layer
    "not_bound": (QT_TRANSLATE_NOOP("ErrorText", "This profile has never signed in online, so it has no server "
                                                 "to sync with. Sign in online once."), ()),
    "unit_moved": (QT_TRANSLATE_NOOP("ErrorText", "%1 now belongs to another unit (%2) than this profile; ask "
                                                  "your administrator to move the profile."), ("username", "unit")),
    "bad_transition": (QT_TRANSLATE_NOOP("ErrorText", "A document that is \"%1\" cannot become \"%2\"."),
                       ("current", "target")),
    "document_missing": (QT_TRANSLATE_NOOP("ErrorText", "This document is no longer on this computer."), ()),
    "assign_not_incoming": (QT_TRANSLATE_NOOP("ErrorText", "Only incoming documents are assigned."), ()),
    "send_not_outgoing": (QT_TRANSLATE_NOOP("ErrorText", "Only outgoing documents are sent; make the draft an "
                                                         "outgoing document first."), ()),
    "send_no_recipient": (QT_TRANSLATE_NOOP("ErrorText", "Choose at least one unit to send to."), ()),
    "already_sent": (QT_TRANSLATE_NOOP("ErrorText", "This document has been sent already."), ()),
    "forward_same_handler": (QT_TRANSLATE_NOOP("ErrorText", "The document is already with this handler."), ()),
    "return_needs_note": (QT_TRANSLATE_NOOP("ErrorText", "Say why the document is returned."), ()),
    "not_a_leader": (QT_TRANSLATE_NOOP("ErrorText", "Submit the document to one of the unit's leaders."), ()),
    "unknown_id": (QT_TRANSLATE_NOOP("ErrorText", "No document has the id %1."), ("prefix",)),
    "ambiguous_id": (QT_TRANSLATE_NOOP("ErrorText", "More than one document id starts with %1."), ("prefix",)),
    # the lifecycle and role table (sync/protocol/lifecycle.py), checked here first and on the server
    "transition_forbidden": (QT_TRANSLATE_NOOP("ErrorText", "Only the %1 may move a document from \"%2\" to "
                                                            "\"%3\"."), ("roles", "old", "new")),
    "fields_forbidden": (QT_TRANSLATE_NOOP("ErrorText", "Only the %1 may set %2."), ("roles", "fields")),
    "create_forbidden": (QT_TRANSLATE_NOOP("ErrorText", "Only the %1 may create this kind of document."),
                         ("roles",)),
    "create_status_forbidden": (QT_TRANSLATE_NOOP("ErrorText", "You cannot create a document directly as \"%1\": "
                                                               "it takes steps that are not yours."), ("status",)),
    "field_required": (QT_TRANSLATE_NOOP("ErrorText", "A document that is \"%1\" needs %2."), ("status", "fields")),
    "invalid_transition": (QT_TRANSLATE_NOOP("ErrorText", "A document that is \"%1\" cannot become \"%2\"."),
                           ("old", "new")),
    "not_on_path": (QT_TRANSLATE_NOOP("ErrorText", "A document that is \"%1\" cannot become \"%2\"."),
                    ("current", "target")),
    "not_correctable": (QT_TRANSLATE_NOOP("ErrorText", "A document that is \"%1\" can no longer be corrected."),
                        ("status",)),
    "task_finished": (QT_TRANSLATE_NOOP("ErrorText", "This task is finished already."), ()),
    "task_fields_forbidden": (QT_TRANSLATE_NOOP("ErrorText", "Only a leader changes what a task is, who leads it "
                                                             "and its deadline."), ()),
    "task_create_forbidden": (QT_TRANSLATE_NOOP("ErrorText", "Only a leader creates tasks."), ()),
    "return_not_handler": (QT_TRANSLATE_NOOP("ErrorText", "Only the main handler of a document gives it back to "
                                                          "the leader."), ()),
    "handler_also_co_handler": (QT_TRANSLATE_NOOP("ErrorText", "The main handler cannot also be a co-handler."),
                                ()),
    "task_units_out_of_reach": (QT_TRANSLATE_NOOP("ErrorText", "A unit gives a task only to itself and to the "
                                                               "units below it; a commune assigns tasks only "
                                                               "within itself."), ()),
    # secret documents are register entries only (sync/protocol/secrecy.py, Law 117/2025)
    "secret_content": (QT_TRANSLATE_NOOP("ErrorText", "A secret document is kept on this computer as a register "
                                                      "entry only, without its %1: Law 117/2025 "
                                                      "forbids keeping a secret document's content on a networked "
                                                      "computer. Keep the original on paper or in the "
                                                      "secret-document system and record where it is kept."),
                       ("fields",)),
    "not_secret": (QT_TRANSLATE_NOOP("ErrorText", "Only a secret document is registered as a register entry only; "
                                                  "register an ordinary document with the normal form."), ()),
    "original_location_required": (QT_TRANSLATE_NOOP("ErrorText", "Say where the original is kept: the clerk's "
                                                                  "safe, the secret-document system or a named "
                                                                  "person."), ()),
    # registers and reports
    "export_format": (QT_TRANSLATE_NOOP("ErrorText", "Cannot write %1: name the file .pdf or .xlsx."), ("name",)),
    "unknown_resolution": (QT_TRANSLATE_NOOP("ErrorText", "No task on this computer belongs to resolution %1. "
                                                          "Choose a resolution from the list, or sync first."),
                           ("number",)),
    "pdf_font_missing": (QT_TRANSLATE_NOOP("ErrorText", "No font with Vietnamese letters was found to print with. "
                                                        "Ask your administrator to install Arial or DejaVu Sans."),
                         ()),
    # the update channel (client/updates): each refusal names the attack TUF stopped, for the admin
    "update_tampered": (QT_TRANSLATE_NOOP("ErrorText", "An update was refused: it does not match its signed "
                                                       "description. Nothing was installed; tell your "
                                                       "administrator."), ()),
    "update_rolled_back": (QT_TRANSLATE_NOOP("ErrorText", "An update was refused: the update server offered an "
                                                          "older state than this computer has already seen. "
                                                          "Nothing was installed; tell your administrator."), ()),
    "update_expired": (QT_TRANSLATE_NOOP("ErrorText", "An update was refused: the update server's signed "
                                                      "information has expired. Nothing was installed; your "
                                                      "administrator must renew it."), ()),
    "update_mix_and_match": (QT_TRANSLATE_NOOP("ErrorText", "An update was refused: the update server's files do "
                                                            "not belong together. Nothing was installed; tell "
                                                            "your administrator."), ()),
    "update_unavailable": (QT_TRANSLATE_NOOP("ErrorText", "The update server could not be reached; the next "
                                                          "check tries again."), ()),
    "update_setup": (QT_TRANSLATE_NOOP("ErrorText", "Updates are not set up correctly on this computer: %1. Tell "
                                                    "your administrator."), ("detail",)),
    "update_failed": (QT_TRANSLATE_NOOP("ErrorText", "The update could not be prepared: %1"), ("text",)),
    # text recognition of scans (client/ocr); a stored failure keeps only its code, so these take no values
    "ocr_no_model": (QT_TRANSLATE_NOOP("ErrorText", "The Vietnamese text recognition model is not installed on "
                                                    "this computer. Ask your administrator to repair the "
                                                    "installation."), ()),
    "ocr_unreadable": (QT_TRANSLATE_NOOP("ErrorText", "The scan is damaged or its pictures are in a format that "
                                                      "cannot be read. Scan the paper again as PDF, PNG, JPEG or "
                                                      "TIFF."), ()),
    "ocr_too_large": (QT_TRANSLATE_NOOP("ErrorText", "The scan is too large to recognise (too many pages, or a "
                                                     "picture over 80 megapixels). Scan it again at 300 dpi, or "
                                                     "split it."), ()),
    "unexpected": (QT_TRANSLATE_NOOP("ErrorText", "Something went wrong: %1"), ("text",)),
}
TEXTS: dict[str, tuple[str, tuple[str, ...]]] = {
    code: (source_text(sentence), names) for code, (sentence, names) in (_MARKED | SIGNATURE_ERRORS).items()
}


def _word(code: str, params: dict[str, Any], english: str) -> str:
    sentence, names = TEXTS.get(code, TEXTS["unexpected"])
    text = QCoreApplication.translate(_CONTEXT, sentence)
    values = {**params, "text": english}
    for position, name in enumerate(names, start=1):
        value = values.get(name)
        if name in _STATUSES and isinstance(value, str):
            value = labels.status_label(value)  # "Đã gửi", never the stored code "sent"
        elif name == "roles" and isinstance(value, list | tuple):
            value = _or([labels.role_label(str(v)) for v in value if v != "admin"] or ["administrator"])
        elif name == "fields" and isinstance(value, list | tuple):
            value = ", ".join(labels.field_label(str(v)) for v in value)
        text = text.replace(f"%{position}", "" if value is None else str(value))
    return text


def _or(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " " + QCoreApplication.translate(_CONTEXT, "or") + " " + names[-1]


_OR = QT_TRANSLATE_NOOP("ErrorText", "or")


def describe(error: BaseException | Problem) -> str:
    """An error in the interface's language."""
    problem = error if isinstance(error, Problem) else problem_of(error)
    return _word(problem.code, problem.params, problem.text)


# The server's refusal codes (server/record_writes.py and its callers), worded for the Refused view. Refusals
# that a rule of the shared lifecycle table explains arrive with that rule's code instead, worded by TEXTS.
_REFUSALS_MARKED: dict[str, object] = {
    "forbidden": QT_TRANSLATE_NOOP("ErrorText", "Your role or your unit may not make this change."),
    "invalid_fields": QT_TRANSLATE_NOOP("ErrorText", "The server did not accept the values of this change."),
    "invalid_status": QT_TRANSLATE_NOOP("ErrorText", "This status does not exist for this kind of document."),
    "invalid_transition": QT_TRANSLATE_NOOP("ErrorText", "On the server the record is in a status from which "
                                                         "this step is not possible."),
    "above_ceiling": QT_TRANSLATE_NOOP("ErrorText", "This document is classified above what your unit may "
                                                    "hold."),
    "unknown_handler": QT_TRANSLATE_NOOP("ErrorText", "The chosen handler is not an active person of your "
                                                      "unit."),
    "unknown_leader": QT_TRANSLATE_NOOP("ErrorText", "The document can only be submitted to an active leader of "
                                                     "your unit."),
    "not_found": QT_TRANSLATE_NOOP("ErrorText", "The record is not on the server: it was removed, or never "
                                                "reached it."),
    "missing_base_version": QT_TRANSLATE_NOOP("ErrorText", "The change was made on a copy the server does not "
                                                           "know. Send it again."),
    "bad_base_version": QT_TRANSLATE_NOOP("ErrorText", "The change was made on a copy the server does not know. "
                                                       "Send it again."),
    "stale_device_seq": QT_TRANSLATE_NOOP("ErrorText", "The change reached the server out of order. Send it "
                                                       "again."),
    "attachment_not_uploaded": QT_TRANSLATE_NOOP("ErrorText", "An attached file had not reached the server. "
                                                              "Send the change again."),
    "invalid_op": QT_TRANSLATE_NOOP("ErrorText", "This kind of record cannot be changed that way."),
    "append_only": QT_TRANSLATE_NOOP("ErrorText", "Notes and progress reports are never changed or deleted."),
    "duplicate_id": QT_TRANSLATE_NOOP("ErrorText", "The server already holds another record with the same "
                                                   "identifier."),
    "unknown_unit": QT_TRANSLATE_NOOP("ErrorText", "A unit named in the change is not on the platform."),
    "not_deletable": QT_TRANSLATE_NOOP("ErrorText", "A document entered in a register cannot be deleted."),
    "no_recipients": QT_TRANSLATE_NOOP("ErrorText", "Sending needs at least one recipient unit."),
    "unknown_recipient": QT_TRANSLATE_NOOP("ErrorText", "A recipient unit is not on the platform."),
    "recipient_above_ceiling": QT_TRANSLATE_NOOP("ErrorText", "A recipient unit may not hold a document this "
                                                              "secret."),
}
REFUSAL_TEXTS: dict[str, str] = {code: source_text(sentence) for code, sentence in _REFUSALS_MARKED.items()}
# Codes of the shared lifecycle and role table (sync/protocol/lifecycle.py) a refused change may be explained by.
_RULE_CODES = frozenset({"transition_forbidden", "fields_forbidden", "create_forbidden", "create_status_forbidden",
                         "field_required", "invalid_transition", "not_on_path", "task_finished",
                         "task_fields_forbidden", "task_create_forbidden", "return_not_handler",
                         "handler_also_co_handler", "secret_content"})


def describe_refusal(problem: Problem) -> str:
    """Why the server refused a change, in the interface's language; the server's own text when the code is new."""
    if problem.code in _RULE_CODES and "detail" not in problem.params:
        return _word(problem.code, problem.params, problem.text)
    if problem.code in REFUSAL_TEXTS:
        return QCoreApplication.translate(_CONTEXT, REFUSAL_TEXTS[problem.code])
    return problem.text or _word("unexpected", {}, problem.code)


def describe_status_error(status: SyncStatus) -> str | None:
    """The last run's error, stored with the status, in the interface's language (None when the last run was fine)."""
    if status.last_error is None:
        return None
    return _word(status.last_error_code or "sync_error", status.last_error_params, status.last_error)

"""The office layer: the one door from the screens and the command line into the cache and the sync engine.

`Office` lists this computer's profiles and signs into one; the `OfficeSession` it returns holds the queries,
the actions (each returning `Changes`) and the sync of that profile. The names exported here are the whole
vocabulary `client/ui` and `client/cli` may use; nothing here imports Qt.

Each name is imported when it is first used (PEP 562), not when this package is: `commune-office --help` must not
pay for SQLAlchemy, pypdf, the PDF and spreadsheet writers or the sync engine's HTTP stack, and `status` only for
what opening a profile needs (issue 17). The `TYPE_CHECKING` block says the same to type checkers and readers;
tests/cli/test_startup.py checks that it and `_HOMES` name the same things.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Exported name -> (the module that defines it, its name there).
_HOMES: dict[str, tuple[str, str]] = {
    **{name: ("client.cache.errors", name) for name in (
        "CacheError", "KeyringUnavailableError", "OfflineLockedError", "ProfileBusyError", "ProfileNotFoundError",
        "WrongPasswordError")},
    **{name: ("client.cache.importing", name) for name in ("Bundle", "ImportFileError", "ImportResult",
                                                           "read_bundle")},
    "OcrState": ("client.cache.ocr_pages", "OcrState"),
    "ProfileInfo": ("client.cache.profile", "ProfileInfo"),
    "UnitInfo": ("client.cache.profile", "UnitInfo"),
    **{name: ("client.cache.records", name) for name in ("DocumentRecord", "NoteRecord", "ReportRecord",
                                                         "parse_date")},
    "CLOSED_STATUSES": ("client.cache.search", "CLOSED_STATUSES"),
    "DocumentFilter": ("client.cache.search", "DocumentFilter"),
    "SecretContentError": ("client.cache.secret_stubs", "SecretContentError"),
    "OcrError": ("client.ocr.errors", "OcrError"),
    "Suggestions": ("client.ocr.suggestions", "Suggestions"),
    **{name: ("client.office.changes", name) for name in ("DOCUMENT_VIEWS", "NOTHING", "Changes")},
    "Office": ("client.office.directory", "Office"),
    **{name: ("client.office.errors", name) for name in ("NotBoundError", "OfficeError", "Problem", "problem_of")},
    "OcrReport": ("client.office.ocr_runs", "OcrReport"),
    "RefusedChange": ("client.office.refused", "RefusedChange"),
    "CONTENT_ACTIONS": ("client.office.secret_entries", "CONTENT_ACTIONS"),
    "OfficeSession": ("client.office.session", "OfficeSession"),
    "SyncResult": ("client.office.session", "SyncResult"),
    "tokens_on_this_computer": ("client.office.signing", "tokens"),
    "Deadlines": ("client.office.sync_news", "Deadlines"),
    "TrailEntry": ("client.office.trail", "TrailEntry"),
    "ReadyUpdate": ("client.office.updates", "ReadyUpdate"),
    "Updates": ("client.office.updates", "Updates"),
    "SignatureError": ("client.signatures.errors", "SignatureError"),
    "TokenCertificate": ("client.signatures.token", "TokenCertificate"),
    "TokenInfo": ("client.signatures.token", "TokenInfo"),
    "SIGNATURE_REASONS": ("client.signatures.verdicts", "REASONS"),
    "FileVerdict": ("client.signatures.verdicts", "FileVerdict"),
    "SignatureFinding": ("client.signatures.verdicts", "SignatureFinding"),
    "UpdateError": ("client.updates.errors", "UpdateError"),
    "CancelToken": ("sync.engine.progress", "CancelToken"),
    "Progress": ("sync.engine.progress", "Progress"),
    **{name: ("sync.engine.errors", name) for name in (
        "DeviceRevokedError", "MassPurgeError", "SignInRequiredError", "SyncCancelledError", "SyncError")},
    "SyncReport": ("sync.engine.runner", "SyncReport"),
    "SyncScheduler": ("sync.engine.scheduler", "SyncScheduler"),
    "SyncStatus": ("sync.engine.status", "SyncStatus"),
    "QueueCounts": ("sync.engine.replica", "QueueCounts"),
    "TimeFigure": ("client.office.report_figures", "TimeFigure"),  # registers and reports (issue 14)
    "Report": ("client.office.reports", "Report"),
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _HOMES[name]
    except KeyError:  # also how `from client.office import session` finds a submodule not yet imported
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module), attribute)
    globals()[name] = value  # the next use is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


if TYPE_CHECKING:  # the same names, for type checkers (`X as X`: an explicit re-export)
    from client.cache.errors import CacheError as CacheError
    from client.cache.errors import KeyringUnavailableError as KeyringUnavailableError
    from client.cache.errors import OfflineLockedError as OfflineLockedError
    from client.cache.errors import ProfileBusyError as ProfileBusyError
    from client.cache.errors import ProfileNotFoundError as ProfileNotFoundError
    from client.cache.errors import WrongPasswordError as WrongPasswordError
    from client.cache.importing import Bundle as Bundle
    from client.cache.importing import ImportFileError as ImportFileError
    from client.cache.importing import ImportResult as ImportResult
    from client.cache.importing import read_bundle as read_bundle
    from client.cache.ocr_pages import OcrState as OcrState
    from client.cache.profile import ProfileInfo as ProfileInfo
    from client.cache.profile import UnitInfo as UnitInfo
    from client.cache.records import DocumentRecord as DocumentRecord
    from client.cache.records import NoteRecord as NoteRecord
    from client.cache.records import ReportRecord as ReportRecord
    from client.cache.records import parse_date as parse_date
    from client.cache.search import CLOSED_STATUSES as CLOSED_STATUSES
    from client.cache.search import DocumentFilter as DocumentFilter
    from client.cache.secret_stubs import SecretContentError as SecretContentError
    from client.ocr.errors import OcrError as OcrError
    from client.ocr.suggestions import Suggestions as Suggestions
    from client.office.changes import DOCUMENT_VIEWS as DOCUMENT_VIEWS
    from client.office.changes import NOTHING as NOTHING
    from client.office.changes import Changes as Changes
    from client.office.directory import Office as Office
    from client.office.errors import NotBoundError as NotBoundError
    from client.office.errors import OfficeError as OfficeError
    from client.office.errors import Problem as Problem
    from client.office.errors import problem_of as problem_of
    from client.office.ocr_runs import OcrReport as OcrReport
    from client.office.refused import RefusedChange as RefusedChange
    from client.office.report_figures import TimeFigure as TimeFigure
    from client.office.reports import Report as Report
    from client.office.secret_entries import CONTENT_ACTIONS as CONTENT_ACTIONS
    from client.office.session import OfficeSession as OfficeSession
    from client.office.session import SyncResult as SyncResult
    from client.office.signing import tokens as tokens_on_this_computer  # noqa: F401 (exported under its new name)
    from client.office.sync_news import Deadlines as Deadlines
    from client.office.trail import TrailEntry as TrailEntry
    from client.office.updates import ReadyUpdate as ReadyUpdate
    from client.office.updates import Updates as Updates
    from client.signatures.errors import SignatureError as SignatureError
    from client.signatures.token import TokenCertificate as TokenCertificate
    from client.signatures.token import TokenInfo as TokenInfo
    from client.signatures.verdicts import REASONS as SIGNATURE_REASONS  # noqa: F401 (exported under its new name)
    from client.signatures.verdicts import FileVerdict as FileVerdict
    from client.signatures.verdicts import SignatureFinding as SignatureFinding
    from client.updates.errors import UpdateError as UpdateError
    from sync.engine.errors import DeviceRevokedError as DeviceRevokedError
    from sync.engine.errors import MassPurgeError as MassPurgeError
    from sync.engine.errors import SignInRequiredError as SignInRequiredError
    from sync.engine.errors import SyncCancelledError as SyncCancelledError
    from sync.engine.errors import SyncError as SyncError
    from sync.engine.progress import CancelToken as CancelToken
    from sync.engine.progress import Progress as Progress
    from sync.engine.replica import QueueCounts as QueueCounts
    from sync.engine.runner import SyncReport as SyncReport
    from sync.engine.scheduler import SyncScheduler as SyncScheduler
    from sync.engine.status import SyncStatus as SyncStatus

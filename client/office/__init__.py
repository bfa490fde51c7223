"""The office layer: the one door from the screens and the command line into the cache and the sync engine.

`Office` lists this computer's profiles and signs into one; the `OfficeSession` it returns holds the queries,
the actions (each returning `Changes`) and the sync of that profile. The names re-exported here are the whole
vocabulary `client/ui` and `client/cli` may use; nothing here imports Qt.
"""

from client.cache.errors import (
    CacheError,
    KeyringUnavailableError,
    OfflineLockedError,
    ProfileBusyError,
    ProfileNotFoundError,
    WrongPasswordError,
)
from client.cache.importing import Bundle, ImportFileError, ImportResult, read_bundle
from client.cache.ocr_pages import OcrState
from client.cache.profile import ProfileInfo, UnitInfo
from client.cache.records import DocumentRecord, NoteRecord, ReportRecord, parse_date
from client.cache.search import CLOSED_STATUSES, DocumentFilter
from client.cache.secret_stubs import SecretContentError
from client.ocr.errors import OcrError
from client.ocr.suggestions import Suggestions
from client.office.changes import DOCUMENT_VIEWS, NOTHING, Changes
from client.office.directory import Office
from client.office.errors import NotBoundError, OfficeError, Problem, problem_of
from client.office.ocr_runs import OcrReport
from client.office.refused import RefusedChange
from client.office.secret_entries import CONTENT_ACTIONS
from client.office.session import OfficeSession, SyncResult
from client.office.signing import tokens as tokens_on_this_computer
from client.office.sync_news import Deadlines
from client.office.trail import TrailEntry
from client.office.updates import ReadyUpdate, Updates
from client.signatures.errors import SignatureError
from client.signatures.token import TokenCertificate, TokenInfo
from client.signatures.verdicts import REASONS as SIGNATURE_REASONS
from client.signatures.verdicts import FileVerdict, SignatureFinding
from client.updates import UpdateError
from sync.engine import (
    CancelToken,
    DeviceRevokedError,
    MassPurgeError,
    Progress,
    SignInRequiredError,
    SyncCancelledError,
    SyncError,
    SyncReport,
    SyncScheduler,
    SyncStatus,
)
from sync.engine.replica import QueueCounts

__all__ = [
    "CLOSED_STATUSES",
    "CONTENT_ACTIONS",
    "DOCUMENT_VIEWS",
    "NOTHING",
    "Bundle",
    "CacheError",
    "CancelToken",
    "Changes",
    "Deadlines",
    "DeviceRevokedError",
    "DocumentFilter",
    "DocumentRecord",
    "ImportFileError",
    "ImportResult",
    "KeyringUnavailableError",
    "MassPurgeError",
    "NotBoundError",
    "NoteRecord",
    "OcrError",
    "OcrReport",
    "OcrState",
    "Office",
    "OfficeError",
    "OfficeSession",
    "OfflineLockedError",
    "Problem",
    "ProfileBusyError",
    "ProfileInfo",
    "ProfileNotFoundError",
    "Progress",
    "QueueCounts",
    "ReadyUpdate",
    "RefusedChange",
    "ReportRecord",
    "SecretContentError",
    "SignInRequiredError",
    "Suggestions",
    "SyncCancelledError",
    "SyncError",
    "SyncReport",
    "SyncResult",
    "SyncScheduler",
    "SyncStatus",
    "TrailEntry",
    "UnitInfo",
    "UpdateError",
    "Updates",
    "WrongPasswordError",
    "parse_date",
    "problem_of",
    "read_bundle",
]
# Digital signatures (issue 15): verdicts, the token's contents, its errors.
__all__ += [
    "SIGNATURE_REASONS", "FileVerdict", "SignatureError", "SignatureFinding", "TokenCertificate", "TokenInfo",
    "tokens_on_this_computer",
]

# Registers and reports (issue 14).
from client.office.report_figures import TimeFigure  # noqa: E402
from client.office.reports import Report  # noqa: E402

__all__ += ["Report", "TimeFigure"]

"""One update channel seen from a PC: refresh its TUF metadata, find a newer MSI, download it resumably, verify it.

TUF (python-tuf's ngclient) does the trust work: the root the admin deployed vouches for the keys; each refresh
checks signatures, expiry dates, that no version goes backwards and that the files belong to one state; the MSI is
then checked against the length and SHA-256 that the verified targets metadata gives. What TUF refuses becomes
one of four errors an admin can act on (`errors.py`).

The MSI download is ours rather than TUF's `download_target`, which starts over after every cut: on a rural link
a 100 MB file may take many sessions. Bytes go to `<state>/downloads/<name>.part`, a cut resumes with Range at
what is held, and only a file that verifies is moved to `<state>/staged/`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

import requests
from tuf.api import exceptions
from tuf.api.metadata import TargetFile
from tuf.ngclient import Updater, UpdaterConfig

from client.updates.errors import (
    UpdateError,
    UpdateExpiredError,
    UpdateMixAndMatchError,
    UpdateRolledBackError,
    UpdateSetupError,
    UpdateTamperedError,
    UpdateUnavailableError,
)
from client.updates.fetcher import TransportFetcher
from client.updates.staging import StagedUpdate, stage
from sync.engine.errors import DeadlineError, ProtocolError, SyncCancelledError, SyncError
from sync.engine.progress import CancelToken
from sync.engine.resume import answer_start, resume_headers
from sync.engine.transport import Transport, TransportConfig
from sync.protocol.updates import METADATA_DIR, TARGET_NAME, TARGETS_DIR, VERSION_FIELD, is_newer

_MIN_BYTES_PER_SECOND = 4 * 1024  # the slowest link a download is given time for, beyond the request deadline
_MAX_MSI_BYTES = 1024 * 1024 * 1024
_MAX_METADATA_BYTES = 4 * 1024 * 1024
# TUF words a version going backwards as "must be >=" (timestamp, snapshot in timestamp) or "Expected x.json
# version n, got m" (a role in snapshot); a file that does not match the version its parent names as "Expected
# targets v3, got v2" or "Expected snapshot version 3, got 2". Pinned by tests/updates against tuf 7.
_ROLLBACK = re.compile(r"must\s+be >=|^Expected \S+\.json version")

ProgressCallback = Callable[[int, int], None]  # (bytes held, bytes in all)


@dataclass(frozen=True)
class ChannelConfig:
    """Where the channel is, what this PC trusts, and where its state lives."""

    url: str  # the channel's base: <url>/metadata/..., <url>/targets/...
    trusted_root: Path  # the channel's root.json, deployed by the admin beside config.ini
    state_dir: Path  # TUF's trusted metadata (rollback protection), partial downloads, the staged MSI
    installed_version: str
    ca_cert: Path | None = None
    allow_plain_http: bool = False
    transport: TransportConfig = field(default_factory=lambda: TransportConfig(base_url=""))


@dataclass(frozen=True)
class Offer:
    """A verified description of a newer MSI on the channel (its bytes not fetched yet)."""

    version: str
    name: str  # what the staged file is called on this PC
    length: int
    sha256: str
    target: TargetFile


class UpdateChannel:
    """Check, download and verify updates from one channel; every refusal is an `UpdateError`."""

    def __init__(self, config: ChannelConfig, *, cancel: CancelToken | None = None) -> None:
        self.config = config
        self.cancel = cancel or CancelToken()
        # Metadata files are kilobytes: a far smaller cap than the sync's; the MSI goes to a sink with its own.
        self.transport = Transport(replace(config.transport, base_url=config.url, ca_cert=config.ca_cert,
                                           allow_plain_http=config.allow_plain_http,
                                           max_response_bytes=min(config.transport.max_response_bytes,
                                                                  _MAX_METADATA_BYTES)), cancel=self.cancel)
        self.metadata_dir = config.state_dir / "metadata"
        self.downloads = config.state_dir / "downloads"

    def close(self) -> None:
        self.transport.close()

    def check(self) -> Offer | None:
        """Refresh the metadata; the channel's MSI when it is above the installed version, else None."""
        updater = self._updater()
        with _refusals():
            updater.refresh()
        with _refusals():
            target = updater.get_targetinfo(TARGET_NAME)
        if target is None:
            return None  # a channel made but nothing published yet
        version = target.custom.get(VERSION_FIELD)
        sha256 = target.hashes.get("sha256")
        if not isinstance(version, str) or not isinstance(sha256, str):
            raise UpdateTamperedError(f"{TARGET_NAME} carries no version or no SHA-256")
        try:
            newer = is_newer(version, self.config.installed_version)
        except ValueError as error:
            raise UpdateTamperedError(f"{TARGET_NAME} carries the version {version!r}") from error
        # Not newer: already installed, or a version going back, which this PC never installs.
        return Offer(version, f"commune-office-{version}.msi", target.length, sha256, target) if newer else None

    def download(self, offer: Offer, progress: ProgressCallback | None = None) -> StagedUpdate:
        """Fetch the offer's MSI (resuming what an earlier cut left), verify it and stage it for the next start."""
        if offer.length > _MAX_MSI_BYTES:
            raise UpdateTamperedError(f"{offer.name} claims {offer.length} bytes")
        self.downloads.mkdir(parents=True, exist_ok=True)
        part = self.downloads / f"{offer.sha256}.part"
        sink = _PartFile(part, offer.length, progress)
        deadline = self.transport.config.request_deadline + offer.length / _MIN_BYTES_PER_SECOND
        try:
            if sink.held < offer.length:
                self.transport.request("GET", f"/{TARGETS_DIR}/{offer.sha256}.{TARGET_NAME}", auth=False,
                                       headers=sink.headers, expect=(200, 206), sink=sink, deadline=deadline)
        except SyncCancelledError:
            raise  # the app is closing: what arrived stays in the .part file for the next run
        except DeadlineError as error:
            raise UpdateUnavailableError(str(error)) from error
        except SyncError as error:
            if isinstance(error, ProtocolError):
                part.unlink(missing_ok=True)
                raise UpdateTamperedError(str(error)) from error
            raise UpdateUnavailableError(str(error)) from error
        finally:
            sink.close()
        with open(part, "rb") as handle, _refusals():
            try:
                offer.target.verify_length_and_hashes(handle)
            except exceptions.LengthOrHashMismatchError:
                handle.close()
                part.unlink()  # starting over is the only repair for bytes that are wrong
                raise
        return stage(self.config.state_dir, part, offer.version, offer.name, offer.sha256)

    def _updater(self) -> Updater:
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        bootstrap: bytes | None = None
        if not (self.metadata_dir / "root.json").exists():
            try:
                bootstrap = self.config.trusted_root.read_bytes()
            except OSError as error:
                raise UpdateSetupError(f"the channel's root {self.config.trusted_root} cannot be read "
                                       f"({error.strerror})") from error
        base = self.config.url.rstrip("/")
        config = UpdaterConfig(targets_max_length=1024 * 1024)
        with _refusals():
            return Updater(str(self.metadata_dir), f"{base}/{METADATA_DIR}/", None, f"{base}/{TARGETS_DIR}/",
                           TransportFetcher(self.transport), config, bootstrap=bootstrap)


@contextmanager
def _refusals() -> Iterator[None]:
    """Turn what TUF refuses into the update error that names the attack."""
    try:
        yield
    except UpdateError:
        raise
    except exceptions.DownloadError as error:
        raise UpdateUnavailableError(str(error.__cause__ or error)) from error
    except exceptions.ExpiredMetadataError as error:
        raise UpdateExpiredError(str(error)) from error
    except exceptions.BadVersionNumberError as error:
        if _ROLLBACK.search(str(error)):
            raise UpdateRolledBackError(str(error)) from error
        raise UpdateMixAndMatchError(str(error)) from error
    except (exceptions.RepositoryError, ValueError) as error:
        # a bad signature, a threshold not met, bytes that do not match their hashes, metadata that does not parse
        raise UpdateTamperedError(str(error) or type(error).__name__) from error
    except OSError as error:
        raise UpdateUnavailableError(str(error)) from error


class _PartFile:
    """The MSI's bytes on disk as they arrive, resuming at what an earlier attempt or run left."""

    def __init__(self, path: Path, expected: int, progress: ProgressCallback | None) -> None:
        self.path = path
        self.expected = expected
        self.progress = progress
        self.file: BinaryIO = open(path, "ab+")  # noqa: SIM115 - closed by close()
        self.held = self.file.seek(0, os.SEEK_END)
        if self.held > expected:
            self.file.truncate(0)
            self.held = 0

    def headers(self) -> dict[str, str]:
        return resume_headers(self.held)

    def start(self, status: int, headers: requests.structures.CaseInsensitiveDict[str]) -> None:
        start = answer_start(status, headers, self.held)
        self.file.truncate(start)
        self.file.seek(start)
        self.held = start

    def write(self, piece: bytes) -> None:
        if self.held + len(piece) > self.expected:
            raise ProtocolError(f"more bytes than the {self.expected} the update has")
        self.file.write(piece)
        self.held += len(piece)
        if self.progress is not None:
            self.progress(self.held, self.expected)

    def close(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()

"""The verified MSI waiting for the next start, and starting its installer there.

A staged update is a file under `<state>/staged/` plus `staged.json` naming its version and SHA-256, written only
after TUF verified the bytes. At the next start the hash is checked again (the file sat on disk in between), and
an update whose version is already installed is cleared instead of installed twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sync.protocol.updates import is_newer

_RECORD = "staged.json"


@dataclass(frozen=True)
class StagedUpdate:
    """A verified MSI ready to install."""

    version: str
    path: Path
    sha256: str


class InstallerRunner(Protocol):
    """Starts the Windows installer; the app closes right after, so msiexec can replace its files."""

    def start(self, args: list[str]) -> None: ...


class MsiexecRunner:
    """Starts `msiexec` detached from the app, so the installer outlives the process it upgrades."""

    def start(self, args: list[str]) -> None:
        flags = 0
        if sys.platform == "win32":
            flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
        subprocess.Popen(args, creationflags=flags, close_fds=True)


def stage(state_dir: Path, verified: Path, version: str, name: str, sha256: str) -> StagedUpdate:
    """Move a verified download into the staging folder and record it (replacing an older staged update)."""
    folder = state_dir / "staged"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    target = folder / name
    os.replace(verified, target)
    record = folder / _RECORD
    record.write_text(json.dumps({"version": version, "file": name, "sha256": sha256}), encoding="utf-8")
    return StagedUpdate(version, target, sha256)


def pending(state_dir: Path, installed_version: str) -> StagedUpdate | None:
    """The staged update to install at this start, or None (nothing staged, already installed, or damaged)."""
    folder = state_dir / "staged"
    try:
        record = json.loads((folder / _RECORD).read_text(encoding="utf-8"))
        staged = StagedUpdate(str(record["version"]), folder / Path(str(record["file"])).name, str(record["sha256"]))
        newer = is_newer(staged.version, installed_version)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not newer or not staged.path.is_file() or _sha256(staged.path) != staged.sha256:
        # Installed already, or changed on disk since it was verified: the next check fetches it again.
        shutil.rmtree(folder, ignore_errors=True)
        return None
    return staged


def clear(state_dir: Path) -> None:
    """Forget the staged update (the admin switched updates off, or it was installed)."""
    shutil.rmtree(state_dir / "staged", ignore_errors=True)


def msiexec_args(staged: StagedUpdate, log: Path) -> list[str]:
    """The silent install of a staged MSI, logged verbosely beside it for the admin."""
    return ["msiexec", "/i", str(staged.path), "/qn", "/norestart", "/l*v", str(log)]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()

"""Updates without a visit to each PC, as the screens and the command line see them: the admin's policy, a
background check that fetches and verifies a newer MSI, and its install at the next start.

Everything comes from the machine configuration (`update_url`, `update_root`, `update_policy`); a user cannot
change it. The policy says what happens at start when a verified MSI is staged: `automatic` installs it,
`ask` (the default) lets the user choose, `off` neither checks nor installs. No Qt here.
"""

from __future__ import annotations

import importlib.metadata
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from client.office.online import machine, transport_config
from client.updates import (
    ChannelConfig,
    InstallerRunner,
    MsiexecRunner,
    StagedUpdate,
    UpdateChannel,
    UpdateSetupError,
    clear,
    msiexec_args,
    pending,
)
from sync.engine import CancelToken
from sync.protocol.updates import DEFAULT_POLICY

DISTRIBUTION = "commune-office"


def installed_version() -> str | None:
    """The installed version: on Windows the MSI's own record, else the package metadata; None if unknown.

    The MSI writes `HKLM\\Software\\CommuneOffice\\Version` at each install, so it is the version msiexec compares
    with; a frozen build does not carry Python package metadata unless told to.
    """
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"Software\CommuneOffice") as key:
                value, _kind = winreg.QueryValueEx(key, "Version")
                return str(value)
        except OSError:
            pass  # not installed by the MSI (a developer's checkout): fall back to the package metadata
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None


def default_state_dir() -> Path:
    """Where the channel's trusted metadata, partial downloads and the staged MSI live for this user."""
    return Path(platformdirs.user_data_dir("CommuneOffice", appauthor=False)) / "updates"


@dataclass(frozen=True)
class ReadyUpdate:
    """A verified MSI waiting for this start, and whether the policy lets the user decide."""

    version: str
    ask: bool
    staged: StagedUpdate


class Updates:
    """The update channel of this computer, through the machine configuration."""

    def __init__(self, state_dir: Path | None = None, version: str | None = None,
                 runner: InstallerRunner | None = None) -> None:
        self.state_dir = state_dir or default_state_dir()
        self.version = version or installed_version()
        # The real runner starts msiexec (Windows); tests hand a runner that records the command instead.
        self.runner = runner or MsiexecRunner()

    @property
    def policy(self) -> str:
        return str(machine().values.get("update_policy", DEFAULT_POLICY))

    def enabled(self) -> bool:
        """Whether this computer checks for updates at all (a channel is named and the policy is not off)."""
        return self.policy != "off" and bool(machine().values.get("update_url")) and self.version is not None

    def check_and_fetch(self, cancel: CancelToken | None = None) -> StagedUpdate | None:
        """Refresh the channel and stage a newer MSI if there is one (run it off the GUI thread).

        None when updates are off or nothing newer is published; an `UpdateError` names what was refused.
        """
        if not self.enabled():
            return None
        values = machine().values
        root = values.get("update_root")
        if not root:
            raise UpdateSetupError("the machine configuration names no update_root (the channel's root.json)")
        assert self.version is not None
        transport = transport_config(str(values["update_url"]))
        channel = UpdateChannel(ChannelConfig(url=str(values["update_url"]), trusted_root=Path(str(root)),
                                              state_dir=self.state_dir, installed_version=self.version,
                                              ca_cert=transport.ca_cert, allow_plain_http=transport.allow_plain_http,
                                              transport=transport), cancel=cancel)
        try:
            offer = channel.check()
            if offer is None:
                return None
            ready = pending(self.state_dir, self.version)
            if ready is not None and ready.version == offer.version:
                return ready  # fetched in an earlier run, still intact
            return channel.download(offer)
        finally:
            channel.close()

    def ready(self) -> ReadyUpdate | None:
        """The verified update to offer at this start, as the policy wants it; None when there is none."""
        if self.version is None:
            return None
        if self.policy == "off":
            clear(self.state_dir)  # the admin switched updates off: nothing staged earlier is installed later
            return None
        staged = pending(self.state_dir, self.version)
        if staged is None:
            return None
        return ReadyUpdate(staged.version, self.policy == "ask", staged)

    def install(self, ready: ReadyUpdate) -> None:
        """Start the silent install of the staged MSI; the app must close right after so its files can change."""
        log = self.state_dir / f"install-{ready.version}.log"
        self.runner.start(msiexec_args(ready.staged, log))

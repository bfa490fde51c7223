"""A throwaway Windows machine under Wine for the installer test: the PE stand-in, the MSIs, msiexec and the registry.

What is real and what is stood in for (see also wine/standin.c):

- Real: the MSI, built by installer/build.py with wixl from installer/wix/CommuneOffice.wxs; Wine 8's msiexec,
  which runs its InstallExecuteSequence, custom actions, conditions, rollback, upgrade table and uninstall; the
  registry and files it writes under the prefix's drive_c; and the `configure-machine` / `remove-machine-data`
  Python code, started by the custom actions themselves through the stand-in, inside the msiexec transaction.
- Stood in for: commune-office.exe (and -gui.exe), the PyInstaller launcher, because there is no Windows Python
  on this machine. A small mingw-built PE program takes its place in the package; it records its command line
  (calls.txt) and hands the arguments unchanged to `.venv/bin/python -m client.cli` on the Linux side, pointing
  it at the prefix's %ProgramData%\\CommuneOffice\\config.ini, and returns its exit code to msiexec.
- Therefore not covered here: the Windows ACL that `configure-machine` sets with icacls (Linux permissions are
  set instead), the frozen launcher itself (tests/installer/test_frozen_app.py), and CA_CERT given as a Windows
  path: the code that reads it runs on Linux, so the test gives it a Unix path.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
STANDIN_SOURCE = Path(__file__).with_name("wine") / "standin.c"
TOOLS = ("wine", "wineserver", "wixl", "msiinfo", "x86_64-w64-mingw32-gcc")
UPGRADE_CODE = "EEDC93F6-0E9B-4D18-864F-904DB82B9EB3"
APP_KEY = r"HKLM\Software\CommuneOffice"
# Wine's own process exit status is the Windows code modulo 256.
EXIT_MASK = 0xFF


def missing_tools() -> list[str]:
    """The Debian tools this test needs that are not installed (.ci/run installs them)."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def packed_guid(guid: str) -> str:
    """The form Windows Installer keys its registry by: each group reversed, the last two byte-wise."""
    parts = guid.strip("{}").upper().split("-")
    tail = "".join(parts[3:])
    return parts[0][::-1] + parts[1][::-1] + parts[2][::-1] + "".join(tail[i + 1] + tail[i] for i in
                                                                         range(0, len(tail), 2))


def _c_wide(text: str) -> str:
    # A C wide string literal; JSON's escapes (\\, \", \uXXXX) are C's too.
    return "L" + json.dumps(text)


def build_standin(exchange: Path, output: Path) -> Path:
    """Compile the stand-in launcher, wired to `exchange` (calls.txt, forward.sh, the exit-code files)."""
    exchange.mkdir(parents=True, exist_ok=True)
    windows_exchange = "Z:" + str(exchange).replace("/", "\\")
    (exchange / "standin_config.h").write_text(
        f"#define EXCHANGE_UNIX {_c_wide(str(exchange))}\n#define EXCHANGE_WIN {_c_wide(windows_exchange)}\n",
        encoding="utf-8")
    # The shell side: run the real CLI from this checkout, then leave its exit code where the stand-in waits.
    (exchange / "forward.sh").write_text(
        'rc="$1"; shift\n'
        f'cd {_sh(str(ROOT))} && {_sh(sys.executable)} -m client.cli "$@" >> {_sh(str(exchange / "output.log"))} 2>&1\n'
        'echo $? > "$rc.tmp"; mv "$rc.tmp" "$rc"\n', encoding="utf-8")
    target = output.with_suffix(".exe")
    subprocess.run(["x86_64-w64-mingw32-gcc", "-municode", "-O2", "-Wall", "-Werror", "-I", str(exchange),
                    "-o", str(target), str(STANDIN_SOURCE)], check=True, capture_output=True)
    return target


def _sh(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def stage_payload(stage: Path, standin: Path, build: ModuleType, marker: str) -> Path:
    """A staged folder like the frozen app's, with the stand-in as both launchers and one versioned data file."""
    for name in build.LAUNCHERS:
        (stage / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(standin, stage / name)
    data = stage / "_internal" / "resources" / "build.txt"
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text(marker, encoding="utf-8")
    return stage


@dataclass
class Result:
    """One msiexec run: Wine's exit status and the /l*v log."""

    status: int
    log: str


class WineMachine:
    """One Wine prefix: a PC on which the MSI is installed, upgraded and removed."""

    def __init__(self, prefix: Path, exchange: Path) -> None:
        self.prefix = prefix
        self.exchange = exchange
        self.env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all", "WINEDLLOVERRIDES":
                    "mscoree,mshtml=", "LC_ALL": "C.UTF-8"}
        self.env.pop("DISPLAY", None)  # msiexec /qn needs no window; never touch someone's display
        self.env.pop("COMMUNE_OFFICE_MACHINE_CONFIG", None)  # the stand-in sets it for the prefix
        self.runs = 0

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def program_dir(self) -> Path:
        return self.drive_c / "Program Files" / "Commune Office"

    @property
    def config_dir(self) -> Path:
        return self.drive_c / "ProgramData" / "CommuneOffice"

    def boot(self) -> None:
        """Create the prefix (wineboot) and wait until its server has written everything."""
        self.wine("wineboot", "-i")
        self.stop()

    def start(self) -> None:
        """Keep this prefix's wineserver up between commands: each msiexec and reg query then skips its start."""
        # It detaches and keeps whatever it inherits open: no pipes, or waiting for its output never ends.
        subprocess.run(["wineserver", "-p"], env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True, timeout=60)

    def stop(self) -> None:
        """End this prefix's wineserver (and so every Wine process of the prefix); nothing else."""
        for flag in ("-k", "-w"):
            subprocess.run(["wineserver", flag], env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=False, timeout=120)

    def wine(self, *args: str) -> subprocess.CompletedProcess[str]:
        # Output to a file, not a pipe: the prefix's services (started by the first command, alive as long as the
        # persistent wineserver) inherit it, and a pipe would not reach its end until they exit.
        with tempfile.TemporaryFile() as output:
            done = subprocess.run(["wine", *args], env=self.env, stdin=subprocess.DEVNULL, stdout=output,
                                  stderr=subprocess.DEVNULL, check=False, timeout=300)
            output.seek(0)
            text = output.read().decode("utf-8", "replace")
        return subprocess.CompletedProcess(done.args, done.returncode, text, "")

    def msiexec(self, *args: str) -> Result:
        """`msiexec ARGS /qn /l*v LOG`, as an admin's deployment runs it; the status and the log."""
        self.runs += 1
        log = self.exchange / f"msiexec-{self.prefix.name}-{self.runs}.log"
        done = self.wine("msiexec", *args, "/qn", "/l*v", self.windows_path(log))
        # msiexec writes its log in UTF-16 on Windows; Wine writes it in the ANSI code page.
        raw = log.read_bytes() if log.is_file() else b""
        text = raw.decode("utf-16") if raw[:2] == b"\xff\xfe" else raw.decode("utf-8", "replace")
        return Result(done.returncode, text)

    def install(self, msi: Path, *properties: str) -> Result:
        return self.msiexec("/i", self.windows_path(msi), *properties)

    def uninstall(self, msi: Path, *properties: str) -> Result:
        return self.msiexec("/x", self.windows_path(msi), *properties)

    @staticmethod
    def windows_path(path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")

    def reg_values(self, key: str) -> dict[str, str] | None:
        """The string values of one registry key, or None when the key does not exist."""
        done = self.wine("reg", "query", key)
        if done.returncode != 0:
            return None
        values = {}
        for line in done.stdout.splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) >= 2 and parts[1].startswith("REG_"):
                values[parts[0]] = parts[2] if len(parts) == 3 else ""
        return values

    def products(self) -> list[str]:
        """Installed product codes of Commune Office's UpgradeCode: what decides "one entry, not two"."""
        key = r"HKLM\Software\Classes\Installer\UpgradeCodes" + "\\" + packed_guid(UPGRADE_CODE)
        return sorted((self.reg_values(key) or {}).keys())

    def calls(self) -> list[str]:
        """The stand-in's command lines so far (each custom action run, in order)."""
        path = self.exchange / "calls.txt"
        return path.read_text(encoding="utf-8").splitlines() if path.is_file() else []

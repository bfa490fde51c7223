"""The MSI installed, upgraded, refused and removed by Wine 8's msiexec, its custom actions running the real CLI.

What runs for real and what is stood in for is said in tests/installer/wine_machine.py and wine/standin.c: the
package, msiexec, the registry and drive_c are real; commune-office.exe is a mingw-built PE stand-in that hands
its arguments to the real `python -m client.cli configure-machine` (or `remove-machine-data`) on the Linux side
and returns its exit code, so config.ini is written, or refused, by the real code inside the msiexec transaction.

Differences of Wine 8 from Windows that the assertions allow for, each said where it matters:
- a failed custom action makes msiexec exit 1627 (ERROR_FUNCTION_FAILED), not Windows' 1603;
- the old version's removal by RemoveExistingProducts runs RemoveMachineData too (observed: its condition
  `NOT UPGRADINGPRODUCTCODE` holds under Wine; on Windows it skips the action); with the default
  REMOVE_MACHINE_CONFIG=0 that keeps everything, which is what the upgrade assertions check.
- a failed maintenance run (the installed MSI again, with a refused value) leaves the installed product
  unpublished under Wine; so a refused value is tried on a first install, where both roll everything back, and
  that a refusal leaves an existing config.ini untouched is tested in test_machine_setup.py.
Exit statuses are Wine's, i.e. the Windows code modulo 256. Run time: ~3 min on a loaded 2-core machine (one
wineboot, ten msiexec runs; each custom action starts the CLI, ~4 s of imports).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from client import machine_config
from tests.installer.test_machine_setup import _ca_pem
from tests.installer.wine_machine import APP_KEY, EXIT_MASK, WineMachine, build_standin, missing_tools, stage_payload

pytestmark = pytest.mark.skipif(
    bool(missing_tools()),
    reason=f"the Wine installer test needs {', '.join(missing_tools())} "
           "(apt-get install wine wine64 gcc-mingw-w64-x86-64 msitools wixl)")

SUCCESS = 0
INSTALL_FAILURE = 1603 & EXIT_MASK  # a launch condition refused the install (the downgrade)
WINE_ACTION_FAILED = 1627 & EXIT_MASK  # Wine's status when a custom action fails; Windows says 1603


@dataclass(frozen=True)
class Kit:
    """What every test installs: three MSIs around the stand-in, and a booted prefix to copy."""

    first: Path  # 0.1.0
    rebuilt: Path  # 0.1.0 again, built a second time (a new ProductCode, as WiX's Id="*" gives)
    second: Path  # 0.2.0
    exchange: Path
    template: Path


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory, build: ModuleType) -> Iterator[Kit]:
    # A Vietnamese folder name: the prefix, the CA file and the exchange folder all live under it.
    base = tmp_path_factory.mktemp("wine") / "máy xã Ý Tý"
    exchange = base / "exchange"
    standin = build_standin(exchange, base / "standin")
    msis = []
    for name, version in (("first", "0.1.0"), ("rebuilt", "0.1.0"), ("second", "0.2.0")):
        stage = stage_payload(base / f"stage-{name}", standin, build, f"{name} {version}")
        msis.append(build.build_msi(stage, base / name / f"CommuneOffice-{version}.msi", toolset="wixl",
                                    product_version=version))
    template = WineMachine(base / "template", exchange)
    template.boot()
    yield Kit(msis[0], msis[1], msis[2], exchange, template.prefix)
    shutil.rmtree(template.prefix, ignore_errors=True)  # ~700 MB; the exchange folder's logs stay for a look


@pytest.fixture
def machine(kit: Kit, tmp_path: Path) -> Iterator[WineMachine]:
    """A fresh PC: a copy of the booted prefix (a copy costs a second, a wineboot ten or more)."""
    prefix = tmp_path / "pc"
    # cp -a keeps the prefix's links and is several times faster than copytree on its ~700 MB of small files.
    subprocess.run(["cp", "-a", "--reflink=auto", str(kit.template), str(prefix)], check=True)
    (kit.exchange / "calls.txt").unlink(missing_ok=True)
    pc = WineMachine(prefix, kit.exchange)
    pc.start()
    yield pc
    pc.stop()
    shutil.rmtree(prefix, ignore_errors=True)


def _config(pc: WineMachine) -> machine_config.MachineConfig:
    return machine_config.load(pc.config_dir / "config.ini")


PROPERTY_CALL = (
    'configure-machine --server-url "https://vanban.laocai.example" --ca-cert "{ca}" --unit-code "XA-YTY" '
    '--sync-interval "15" --idle-lock "10" --download-limit "20" --language "vi" --pkcs11-module "" '
    '--signature-trust "" --allow-plain-http "" --locked "server_url,ca_cert,idle_lock_minutes"')


def _install_with_properties(machine: WineMachine, msi: Path, folder: Path) -> Path:
    """A silent install with every property an admin usually gives (a CA under a Vietnamese name); the CA."""
    ca = folder / "chia sẻ" / "ca-Lào Cai.pem"
    ca.parent.mkdir()
    ca.write_text(_ca_pem("Ban Cơ yếu Chính phủ — CA thử nghiệm"), encoding="utf-8")
    result = machine.install(msi, "SERVER_URL=https://vanban.laocai.example", f"CA_CERT={ca}", "UNIT_CODE=XA-YTY",
                             "SYNC_INTERVAL=15", "IDLE_LOCK=10", "DOWNLOAD_LIMIT=20", "LANGUAGE=vi",
                             "LOCKED=server_url,ca_cert,idle_lock_minutes")
    assert result.status == SUCCESS, result.log[-3000:]
    return ca


def test_a_silent_install_passes_every_property_and_a_same_version_rebuild_replaces_it(
    kit: Kit, machine: WineMachine, tmp_path: Path
) -> None:
    ca = _install_with_properties(machine, kit.first, tmp_path)
    # The custom action got each property, and the real code wrote them where the app reads them.
    assert machine.calls() == [PROPERTY_CALL.format(ca=ca)]
    installed = _config(machine)
    assert installed.problems == ()
    assert Path(installed.values.pop("ca_cert")).resolve() == (machine.config_dir / "ca.pem").resolve()
    assert installed.values == {"server_url": "https://vanban.laocai.example", "unit_code": "XA-YTY",
                                "sync_interval_minutes": 15, "idle_lock_minutes": 10, "download_limit_mb": 20,
                                "language": "vi"}
    assert installed.locked == {"server_url", "ca_cert", "idle_lock_minutes"}
    assert (machine.config_dir / "ca.pem").read_text(encoding="utf-8") == ca.read_text(encoding="utf-8")
    assert (machine.program_dir / "commune-office.exe").is_file()
    assert machine.reg_values(APP_KEY) == {"InstallDir": "C:\\Program Files\\Commune Office\\", "Version": "0.1.0"}
    first = machine.products()
    assert len(first) == 1
    config_text = (machine.config_dir / "config.ini").read_text(encoding="utf-8")

    # The same version rebuilt (a new ProductCode): it replaces the installed one, never a second entry.
    result = machine.install(kit.rebuilt)
    assert result.status == SUCCESS, result.log[-3000:]
    products = machine.products()
    assert len(products) == 1 and products != first
    assert (machine.program_dir / "_internal" / "resources" / "build.txt").read_text() == "rebuilt 0.1.0"
    assert _same_settings(machine, config_text)


def test_an_upgrade_keeps_the_configuration_and_a_downgrade_is_refused(
    kit: Kit, machine: WineMachine, tmp_path: Path
) -> None:
    _install_with_properties(machine, kit.first, tmp_path)
    config_text = (machine.config_dir / "config.ini").read_text(encoding="utf-8")
    first = machine.products()

    # 0.1.0 -> 0.2.0 without properties: one entry, the new files, the configuration and its locks untouched.
    result = machine.install(kit.second)
    assert result.status == SUCCESS, result.log[-3000:]
    upgraded = machine.products()
    assert len(upgraded) == 1 and upgraded != first
    assert machine.reg_values(APP_KEY) == {"InstallDir": "C:\\Program Files\\Commune Office\\", "Version": "0.2.0"}
    assert (machine.program_dir / "_internal" / "resources" / "build.txt").read_text() == "second 0.2.0"
    assert _same_settings(machine, config_text)
    assert _config(machine).locked == {"server_url", "ca_cert", "idle_lock_minutes"}
    # Under Wine the old version's removal ran RemoveMachineData (see the module docstring): with its default 0.
    assert all(call == 'remove-machine-data --remove-config "0" --remove-user-data "0"'
               for call in machine.calls() if call.startswith("remove-machine-data"))

    # 0.1.0 over 0.2.0: refused by the launch condition before any custom action runs.
    calls_before = len(machine.calls())
    result = machine.install(kit.first, "SERVER_URL=https://elsewhere.example")
    assert result.status == INSTALL_FAILURE, result.log[-3000:]
    assert machine.products() == upgraded
    assert (machine.reg_values(APP_KEY) or {}).get("Version") == "0.2.0"
    assert len(machine.calls()) == calls_before
    assert _same_settings(machine, config_text)


def test_uninstall_removes_the_program_and_keeps_the_machine_configuration(
    kit: Kit, machine: WineMachine, tmp_path: Path
) -> None:
    _install_with_properties(machine, kit.second, tmp_path)
    config_text = (machine.config_dir / "config.ini").read_text(encoding="utf-8")

    result = machine.uninstall(kit.second)
    assert result.status == SUCCESS, result.log[-3000:]
    assert machine.calls()[-1] == 'remove-machine-data --remove-config "0" --remove-user-data "0"'
    assert machine.products() == []
    assert machine.reg_values(APP_KEY) is None
    assert not (machine.program_dir / "commune-office.exe").exists()
    # Kept for an uninstall-then-reinstall (SCCM, Intune): the server, the CA copy and the locks.
    assert _same_settings(machine, config_text)
    assert (machine.config_dir / "ca.pem").is_file()


def _same_settings(machine: WineMachine, before: str) -> bool:
    # The comment line carries the time of writing; the settings and locks are what must not change.
    def body(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith(";")]

    return body((machine.config_dir / "config.ini").read_text(encoding="utf-8")) == body(before)


def test_a_refused_value_rolls_the_first_install_back_and_remove_machine_config_deletes_it(
    kit: Kit, machine: WineMachine
) -> None:
    # A plain http:// server without ALLOW_PLAIN_HTTP=yes: the real code refuses, the custom action fails.
    result = machine.install(kit.first, "SERVER_URL=http://vanban.laocai.example", "UNIT_CODE=XA-YTY")
    assert result.status == WINE_ACTION_FAILED, result.log[-3000:]
    assert machine.calls()[0].startswith('configure-machine --server-url "http://vanban.laocai.example"')
    assert "WriteMachineConfig" in result.log
    # Rolled back: no program, no product, no registry key, no configuration; the reason is in the setup log.
    assert not (machine.program_dir / "commune-office.exe").exists()
    assert machine.products() == []
    assert machine.reg_values(APP_KEY) is None
    assert not (machine.config_dir / "config.ini").exists()
    reason = (machine.config_dir / "configure-machine.log").read_text(encoding="utf-8")
    assert "refused: " in reason and "http://vanban.laocai.example" in reason

    # The same PC then installs with a good value, and an uninstall asked to remove the configuration does.
    result = machine.install(kit.first, "SERVER_URL=https://vanban.laocai.example")
    assert result.status == SUCCESS, result.log[-3000:]
    assert _config(machine).values == {"server_url": "https://vanban.laocai.example"}
    result = machine.uninstall(kit.first, "REMOVE_MACHINE_CONFIG=1")
    assert result.status == SUCCESS, result.log[-3000:]
    assert machine.calls()[-1] == 'remove-machine-data --remove-config "1" --remove-user-data "0"'
    assert machine.products() == []
    assert not (machine.config_dir / "config.ini").exists()
    assert not (machine.config_dir / "ca.pem").exists()

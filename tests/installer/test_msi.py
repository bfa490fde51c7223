"""The MSI built with wixl over a staged payload; its tables checked with msiinfo against the admin's guide."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from tests.installer.conftest import need

WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


def test_the_msi_carries_properties_upgrade_rows_actions_and_shortcut(
    tmp_path: Path, staged: Path, build: ModuleType, check_msi: ModuleType
) -> None:
    need("wixl")
    need("msiinfo")
    msi = build.build_msi(staged, tmp_path / "CommuneOffice.msi", toolset="wixl")
    tables, template = check_msi.read_tables(msi)
    assert check_msi.problems(tables, template, build.version()) == []

    properties = {row[0]: row[1] for row in tables["Property"]}
    assert properties["ALLUSERS"] == "1" and properties["ProductVersion"] == build.version()
    # A running app is closed by the Restart Manager at upgrade, not left for a restart (3010).
    assert properties["MSIRESTARTMANAGERCONTROL"] == "0" and properties["MSIRMSHUTDOWN"] == "1"
    files = {row[2] for row in tables["File"]}
    assert {"commune-office.exe", "commune-office-gui.exe", "env.py", "0001_initial_schema.py",
            "commune_office_vi.qm"} <= files
    directories = {row[2] for row in tables["Directory"]}
    assert {"_internal", "migrations", "versions", "plugins", "platforms"} <= directories
    assert check_msi.main([str(msi), "--version", build.version()]) == 0


def test_the_checker_finds_a_package_that_breaks_the_guide(
    tmp_path: Path, staged: Path, build: ModuleType, check_msi: ModuleType
) -> None:
    need("wixl")
    tables, template = check_msi.read_tables(build.build_msi(staged, tmp_path / "ok.msi", toolset="wixl"))
    tables["CustomAction"] = [row for row in tables["CustomAction"] if row[0] != "WriteMachineConfig"]
    tables["Property"] = [row for row in tables["Property"] if row[0] != "ALLUSERS"]
    found = check_msi.problems(tables, template, "9.9.9")
    assert "no WriteMachineConfig custom action" in found
    assert "ALLUSERS is not 1: the install is not per-machine" in found
    assert "ProductVersion is not 9.9.9" in found
    assert any("SecureCustomProperties" in p for p in check_msi.problems(tables, template, "9.9.9", strict=True))


def test_component_guids_are_stable_across_builds_and_unique(tmp_path: Path, staged: Path, build: ModuleType) -> None:
    first, second = tmp_path / "a.wxs", tmp_path / "b.wxs"
    assert build.harvest(staged, first) == 5
    (staged / "_internal" / "new_in_next_version.so").write_bytes(b"x")
    assert build.harvest(staged, second) == 6
    guids = dict(re.findall(r'Component Id="(\w+)" Guid="([0-9A-F-]+)"', first.read_text()))
    later = dict(re.findall(r'Component Id="(\w+)" Guid="([0-9A-F-]+)"', second.read_text()))
    assert all(later[component] == guid for component, guid in guids.items())  # same file, same component
    assert len(set(later.values())) == len(later)
    ET.parse(second)  # well-formed


def test_every_public_property_is_secure_and_documented(build: ModuleType, check_msi: ModuleType) -> None:
    product = ET.parse(build.PRODUCT_WXS).getroot()
    secure = {p.get("Id") for p in product.iter(f"{WIX}Property") if p.get("Secure") == "yes"}
    assert secure == set(check_msi.PUBLIC_PROPERTIES)
    guide = (build.ROOT / "installer" / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in guide for name in check_msi.PUBLIC_PROPERTIES)
    upgrade = product.find(f"{WIX}Product")
    assert upgrade is not None and upgrade.get("UpgradeCode") == check_msi.UPGRADE_CODE.strip("{}")


def test_build_script_prints_the_version_of_pyproject(build: ModuleType) -> None:
    out = subprocess.run([build.sys.executable, str(build.ROOT / "installer" / "build.py"), "version"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == build.version()


def test_a_newer_version_upgrades_older_ones_and_refuses_downgrades(
    tmp_path: Path, staged: Path, build: ModuleType, check_msi: ModuleType
) -> None:
    need("wixl")
    msi = build.build_msi(staged, tmp_path / "next.msi", toolset="wixl", product_version="99.0.0")
    tables, template = check_msi.read_tables(msi)
    assert check_msi.problems(tables, template, "99.0.0") == []
    upgrade_rows = {(row[1], row[2], int(row[4]) & check_msi.MAX_INCLUSIVE, row[6]) for row in tables["Upgrade"]}
    # Up to 99.0.0 included (a rebuilt 99.0.0 too): removed by the upgrade. Newer: detected only, install refused.
    assert upgrade_rows == {("0.0.0", "99.0.0", check_msi.MAX_INCLUSIVE, "WIX_UPGRADE_DETECTED"),
                            ("99.0.0", "", 0, "WIX_DOWNGRADE_DETECTED")}
    assert ["NOT WIX_DOWNGRADE_DETECTED", "A newer version of Commune Office is already installed."] in \
        tables["LaunchCondition"]


def test_the_action_order_is_fixed_and_deferred_actions_run_inside_the_transaction(
    tmp_path: Path, staged: Path, build: ModuleType, check_msi: ModuleType
) -> None:
    # wixl once put RemoveMachineData at 3201 in one build and at 1 (before InstallInitialize) in the next.
    need("wixl")
    orders = []
    for name in ("a", "b", "c"):
        tables, _ = check_msi.read_tables(build.build_msi(staged, tmp_path / f"{name}.msi", toolset="wixl"))
        orders.append(sorted((row[0], row[1], int(row[2])) for row in tables["InstallExecuteSequence"]))
    assert orders[0] == orders[1] == orders[2]
    sequence = {action: at for action, _, at in orders[0]}
    for action in ("WriteMachineConfig", "RemoveMachineData"):
        assert sequence["InstallInitialize"] < sequence[action] < sequence["InstallFinalize"]
    assert sequence["RemoveMachineData"] < sequence["RemoveFiles"] < sequence["InstallFiles"] \
        < sequence["WriteMachineConfig"]
    assert sequence["InstallValidate"] < sequence["RemoveExistingProducts"] < sequence["InstallInitialize"]


def test_the_checker_finds_a_misplaced_action_and_a_same_version_that_installs_twice(
    tmp_path: Path, staged: Path, build: ModuleType, check_msi: ModuleType
) -> None:
    need("wixl")
    tables, template = check_msi.read_tables(build.build_msi(staged, tmp_path / "ok.msi", toolset="wixl"))
    tables["InstallExecuteSequence"] = [[row[0], row[1], "1"] if row[0] == "RemoveMachineData" else row
                                        for row in tables["InstallExecuteSequence"]]
    tables["Upgrade"] = [[*row[:4], str(int(row[4]) & ~check_msi.MAX_INCLUSIVE), *row[5:]]
                         for row in tables["Upgrade"]]
    tables["Property"] = [["MSIRESTARTMANAGERCONTROL", "Disable"] if row[0] == "MSIRESTARTMANAGERCONTROL" else row
                          for row in tables["Property"]
                          if row[0] not in ("REMOVE_MACHINE_CONFIG", "MSIRMSHUTDOWN")]
    found = check_msi.problems(tables, template, build.version())
    assert "RemoveMachineData (sequence 1) is outside InstallInitialize..InstallFinalize, where deferred actions " \
           "run" in found
    assert "the same version does not upgrade itself: a rebuilt MSI would install as a second product" in found
    assert "REMOVE_MACHINE_CONFIG does not default to 0 (an uninstall keeps what it names)" in found
    assert "the Restart Manager is disabled: a running app would leave a restart pending (3010) at upgrade" in found
    assert "MSIRMSHUTDOWN is not 1: an app that does not close would leave a restart pending" in found

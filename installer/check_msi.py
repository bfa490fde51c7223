"""Check a built MSI's tables against what installer/README.md promises: `python installer/check_msi.py FILE`.

Tables are read with msiinfo (msitools) on Linux and with msilib on the Windows runner, so the same checks run
on wixl's check build here and on WiX's real package there. `--strict` adds what only real WiX writes
(SecureCustomProperties for the public properties: wixl ignores `Secure="yes"`).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

UPGRADE_CODE = "{EEDC93F6-0E9B-4D18-864F-904DB82B9EB3}"
INSTALL_PROPERTIES = ("SERVER_URL", "CA_CERT", "UNIT_CODE", "SYNC_INTERVAL", "IDLE_LOCK", "DOWNLOAD_LIMIT",
                      "LANGUAGE", "PKCS11_MODULE", "SIGNATURE_TRUST", "ALLOW_PLAIN_HTTP", "LOCKED")
UNINSTALL_PROPERTIES = ("REMOVE_MACHINE_CONFIG", "REMOVE_USER_DATA")
PUBLIC_PROPERTIES = INSTALL_PROPERTIES + UNINSTALL_PROPERTIES
DEFERRED, NO_IMPERSONATE, ONLY_DETECT, MAX_INCLUSIVE = 0x400, 0x800, 0x2, 0x200
TABLES = frozenset(("Property", "Upgrade", "InstallExecuteSequence", "CustomAction", "Shortcut", "Component", "File",
          "Directory", "Registry", "LaunchCondition"))
RM_SHUTDOWN_FORCE = "1"  # MSIRMSHUTDOWN: close every app holding files, ending one that does not answer
ERROR_ACTION = 19  # a custom action that shows its text and ends the install: how WiX refuses a downgrade

Tables = dict[str, list[list[str]]]


def read_tables(msi: Path) -> tuple[Tables, str]:
    """Every table the checks need, as rows of text, and the summary's template (platform;language)."""
    if sys.platform == "win32":
        return _read_with_msilib(msi)
    present = set(subprocess.run(["msiinfo", "tables", str(msi)], check=True, capture_output=True,
                                 text=True).stdout.split())
    tables: Tables = {name: [] for name in TABLES}  # a table the package does not have has no rows
    for name in TABLES & present:
        text = subprocess.run(["msiinfo", "export", str(msi), name], check=True, capture_output=True,
                              text=True).stdout
        # msiinfo writes the IDT format: three header lines (names, types, keys), then tab-separated rows.
        tables[name] = [line.split("\t") for line in text.splitlines()[3:] if line]
    summary = subprocess.run(["msiinfo", "suminfo", str(msi)], check=True, capture_output=True, text=True).stdout
    template = next((line.split(":", 1)[1].strip() for line in summary.splitlines()
                     if line.startswith("Template:")), "")
    return tables, template


def _read_with_msilib(msi: Path) -> tuple[Tables, str]:
    import msilib  # type: ignore[import-not-found]  # Windows-only standard module (until Python 3.13)

    database = msilib.OpenDatabase(str(msi), msilib.MSIDBOPEN_READONLY)
    tables: Tables = {}
    for name in TABLES:
        tables[name] = []
        try:
            view = database.OpenView(f"SELECT * FROM `{name}`")
        except msilib.MSIError:  # the package has no such table
            continue
        view.Execute(None)
        rows = []
        while True:
            try:
                record = view.Fetch()
            except msilib.MSIError:  # no more rows
                break
            if record is None:
                break
            rows.append([record.GetString(i) for i in range(1, record.GetFieldCount() + 1)])
        view.Close()
        tables[name] = rows
    template = database.GetSummaryInformation(0).GetProperty(msilib.PID_TEMPLATE)
    return tables, template.decode("ascii", "replace") if isinstance(template, bytes) else str(template)


def problems(tables: Tables, template: str, version: str, *, strict: bool = False) -> list[str]:
    """What the package lacks or gets wrong; empty when it matches the admin's guide."""
    found: list[str] = []

    def expect(condition: bool, message: str) -> None:
        if not condition:
            found.append(message)

    properties = {row[0]: row[1] if len(row) > 1 else "" for row in tables["Property"]}
    expect(properties.get("ALLUSERS") == "1", "ALLUSERS is not 1: the install is not per-machine")
    expect(properties.get("UpgradeCode", "").upper() == UPGRADE_CODE, f"UpgradeCode is not {UPGRADE_CODE}")
    expect(properties.get("ProductVersion") == version, f"ProductVersion is not {version}")
    for name in UNINSTALL_PROPERTIES:
        expect(properties.get(name) == "0", f"{name} does not default to 0 (an uninstall keeps what it names)")
    expect(template.startswith("x64"), f"the package is not for x64 (template {template!r})")
    # An upgrade in working hours closes the running app through the Restart Manager instead of asking for a
    # restart (3010): RM on, and an app that does not answer is ended.
    expect(properties.get("MSIRESTARTMANAGERCONTROL", "0") == "0",
           "the Restart Manager is disabled: a running app would leave a restart pending (3010) at upgrade")
    expect(properties.get("MSIRMSHUTDOWN") == RM_SHUTDOWN_FORCE,
           f"MSIRMSHUTDOWN is not {RM_SHUTDOWN_FORCE}: an app that does not close would leave a restart pending")
    if strict:
        secure = set(properties.get("SecureCustomProperties", "").split(";"))
        missing = sorted(set(PUBLIC_PROPERTIES) - secure)
        expect(not missing, f"not in SecureCustomProperties: {', '.join(missing)}")

    ours = [row for row in tables["Upgrade"] if row[0].upper() == UPGRADE_CODE]
    upgrades = [row for row in ours if not int(row[4] or 0) & ONLY_DETECT and row[2] == version]
    # A rebuilt package of the same version must replace the installed one, not install beside it.
    expect(all(int(row[4] or 0) & MAX_INCLUSIVE for row in upgrades),
           "the same version does not upgrade itself: a rebuilt MSI would install as a second product")
    downgrades = [row for row in ours if int(row[4] or 0) & ONLY_DETECT and row[1] == version]
    expect(bool(upgrades), "no Upgrade row removes older versions of this UpgradeCode")
    expect(bool(downgrades), "no Upgrade row detects a newer version (downgrade refusal)")

    sequence = {row[0]: (row[1], int(row[2])) for row in tables["InstallExecuteSequence"]}
    expect("RemoveExistingProducts" in sequence, "RemoveExistingProducts is not scheduled: no in-place upgrade")
    actions = {row[0]: row for row in tables["CustomAction"]}
    # wixl refuses a downgrade by a launch condition, WiX by an error action conditioned on the detection.
    refused = any("WIX_DOWNGRADE_DETECTED" in row[0] for row in tables["LaunchCondition"]) or any(
        int(row[1]) & 0x3F == ERROR_ACTION and "WIX_DOWNGRADE_DETECTED" in sequence.get(name, ("", 0))[0]
        for name, row in actions.items())
    expect(refused, "a newer installed version is detected but the install is not refused")
    write = actions.get("WriteMachineConfig")
    expect(write is not None, "no WriteMachineConfig custom action")
    if write is not None:
        kind = int(write[1])
        expect(kind & DEFERRED and kind & NO_IMPERSONATE, "WriteMachineConfig is not deferred and run as SYSTEM")
        expect(write[2] == "CommuneOfficeExe", "WriteMachineConfig does not run the installed commune-office.exe")
        missing = [p for p in INSTALL_PROPERTIES if f"[{p}]" not in write[3]]
        expect(not missing, f"WriteMachineConfig does not pass {', '.join(missing)}")
        condition, position = sequence.get("WriteMachineConfig", ("", -1))
        expect(position > sequence.get("InstallFiles", ("", 10**6))[1], "WriteMachineConfig runs before InstallFiles")
        expect('NOT REMOVE~="ALL"' in condition, "WriteMachineConfig would also run at uninstall")
    remove = actions.get("RemoveMachineData")
    missing = [p for p in UNINSTALL_PROPERTIES if remove is None or f"[{p}]" not in remove[3]]
    expect(not missing, f"RemoveMachineData does not get {', '.join(missing)}")
    condition, position = sequence.get("RemoveMachineData", ("", 10**6))
    expect("UPGRADINGPRODUCTCODE" in condition, "RemoveMachineData would run during an upgrade")
    expect(position < sequence.get("RemoveFiles", ("", -1))[1], "RemoveMachineData runs after its program is gone")
    # A deferred action is only allowed between InstallInitialize and InstallFinalize.
    for name in ("WriteMachineConfig", "RemoveMachineData"):
        at = sequence.get(name, ("", -1))[1]
        expect(sequence.get("InstallInitialize", ("", 10**6))[1] < at < sequence.get("InstallFinalize", ("", -1))[1],
               f"{name} (sequence {at}) is outside InstallInitialize..InstallFinalize, where deferred actions run")

    shortcuts = [row for row in tables["Shortcut"] if "commune-office-gui.exe" in row[4]]
    expect(bool(shortcuts) and shortcuts[0][1] == "ProgramMenuDir", "no Start-menu shortcut to commune-office-gui.exe")
    files = {row[2].split("|")[-1] for row in tables["File"]}
    expect({"commune-office.exe", "commune-office-gui.exe"} <= files, "the launchers are not in the File table")
    directories = {row[0]: row for row in tables["Directory"]}
    expect(directories.get("INSTALLFOLDER", ["", ""])[1] == "ProgramFiles64Folder",
           "INSTALLFOLDER is not under Program Files (64-bit)")
    expect(any(row[2] == r"Software\CommuneOffice" and row[1] == "2" for row in tables["Registry"]),
           r"no HKLM\Software\CommuneOffice registration")
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the problems of one MSI; exit 1 when there are any."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("msi", type=Path)
    parser.add_argument("--version", required=True, help="the ProductVersion expected")
    parser.add_argument("--strict", action="store_true", help="also check what only real WiX writes")
    args = parser.parse_args(argv)
    tables, template = read_tables(args.msi)
    found = problems(tables, template, args.version, strict=args.strict)
    for problem in found:
        print(f"problem: {problem}")
    components = len(tables["Component"])
    print(f"{args.msi}: {'OK' if not found else f'{len(found)} problem(s)'}; {components} components")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

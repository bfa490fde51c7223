"""The launchers' version resource and icon, generated from pyproject's version before each freeze."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from tests.installer.conftest import ROOT


def _calls(text: str) -> dict[str, list[ast.Call]]:
    """Every constructor call of the version file by name (the file is the Python text PyInstaller evaluates)."""
    calls: dict[str, list[ast.Call]] = {}
    for node in ast.walk(ast.parse(text, mode="eval")):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            calls.setdefault(node.func.id, []).append(node)
    return calls


@pytest.mark.parametrize(("text", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.12", (1, 12, 0, 0)),
                                               ("2.3.4rc1", (2, 3, 4, 0)), ("1.2.3.4.5", (1, 2, 3, 4))])
def test_the_version_becomes_four_numbers(build: ModuleType, text: str, numbers: tuple[int, ...]) -> None:
    assert build.version_numbers(text) == numbers


@pytest.mark.parametrize("launcher", ["commune-office", "commune-office-gui"])
def test_each_launcher_gets_a_version_resource_with_pyprojects_version(
    build: ModuleType, tmp_path: Path, launcher: str
) -> None:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        expected = tomllib.load(handle)["project"]["version"]
    written = build.write_launcher_resources(tmp_path)
    calls = _calls(written[launcher].read_text(encoding="utf-8"))
    assert set(calls) == {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                          "VarFileInfo", "VarStruct"}
    fixed = {k.arg: ast.literal_eval(k.value) for k in calls["FixedFileInfo"][0].keywords}
    assert fixed["filevers"] == fixed["prodvers"] == build.version_numbers(expected)
    assert fixed["fileType"] == 1  # an application
    strings = {ast.literal_eval(c.args[0]): ast.literal_eval(c.args[1]) for c in calls["StringStruct"]}
    assert strings["ProductVersion"] == strings["FileVersion"] == expected
    assert strings["OriginalFilename"] == f"{launcher}.exe" and strings["ProductName"] == "Commune Office"
    assert strings["FileDescription"] == build.LAUNCHER_DESCRIPTIONS[launcher]


def test_the_icon_holds_every_size_windows_asks_for(build: ModuleType, tmp_path: Path) -> None:
    icon = build.write_launcher_resources(tmp_path)["icon"]
    with Image.open(icon) as image:
        assert image.format == "ICO"
        assert image.info["sizes"] == {(n, n) for n in build.ICON_SIZES}


def test_the_spec_gives_both_to_the_windows_launchers() -> None:
    spec = (ROOT / "installer" / "commune_office.spec").read_text(encoding="utf-8")
    assert 'version=str(LAUNCHER_RESOURCES / f"version-{name}.txt") if WINDOWS' in spec
    assert 'icon=str(LAUNCHER_RESOURCES / "commune-office.ico") if WINDOWS' in spec

"""Installer fixtures: the build script imported as a module, and a small staged payload for MSI checks."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    # installer/ is a folder of scripts, not a package: load them by path as CI and the workflow run them.
    spec = importlib.util.spec_from_file_location(f"installer_{name}", ROOT / "installer" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build() -> ModuleType:
    """installer/build.py."""
    return _load("build")


@pytest.fixture(scope="session")
def check_msi() -> ModuleType:
    """installer/check_msi.py."""
    return _load("check_msi")


@pytest.fixture(scope="session")
def smoke() -> ModuleType:
    """installer/smoke.py."""
    return _load("smoke")


def need(tool: str) -> None:
    """Skip when a Debian tool is missing (.ci/run installs it)."""
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install msitools wixl osslsigncode)")


@pytest.fixture
def staged(tmp_path: Path, build: ModuleType) -> Path:
    """A folder shaped like the frozen app: the two launchers, libraries, nested data folders, a folder of folders."""
    stage = tmp_path / "stage"
    for name in build.LAUNCHERS:
        (stage / name).parent.mkdir(parents=True, exist_ok=True)
        (stage / name).write_bytes(b"MZ launcher " + name.encode())
    for relative in ("_internal/libQt6Core.so.6", "_internal/client/cache/migrations/env.py",
                     "_internal/client/cache/migrations/versions/0001_initial_schema.py",
                     "_internal/resources/i18n/commune_office_vi.qm", "_internal/PySide6/Qt/plugins/platforms/q.dll"):
        (stage / relative).parent.mkdir(parents=True, exist_ok=True)
        (stage / relative).write_bytes(relative.encode() * 10)
    return stage


@pytest.fixture(scope="session")
def policy_templates() -> ModuleType:
    """installer/policy_templates.py."""
    return _load("policy_templates")

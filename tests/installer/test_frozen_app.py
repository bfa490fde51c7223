"""The frozen one-folder build (PyInstaller), built once per session (~40 s), smoke-tested and packaged with wixl.

Marked `frozen`: `pytest -m "not frozen"` leaves it out of a quick local run; CI runs it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from tests.installer.conftest import need

pytestmark = [pytest.mark.frozen, pytest.mark.timeout(600)]


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory, build: ModuleType) -> Path:
    """The app frozen into a temporary folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e .[installer])")
    return build.freeze(tmp_path_factory.mktemp("frozen") / "commune-office")


def test_the_frozen_folder_holds_what_the_app_opens_by_path(frozen: Path, build: ModuleType) -> None:
    internal = frozen / "_internal"
    for launcher in build.LAUNCHERS:
        assert (frozen / launcher).is_file()
    assert sorted(p.name for p in (internal / "client" / "cache" / "migrations" / "versions").glob("*.py"))
    assert (internal / "client" / "cache" / "migrations" / "env.py").is_file()
    assert {p.name for p in (internal / "resources" / "i18n").iterdir()} == {
        "commune_office_en.qm", "commune_office_vi.qm", "qtbase_vi.qm"}  # Qt's own dialogs in Vietnamese
    assert (internal / "resources" / "style" / "app.qss").is_file()
    assert (internal / "tessdata" / "vie.traineddata").is_file()  # OCR's Vietnamese model (client/ocr/tessdata.py)
    assert list(internal.glob("tesserocr*")) and (internal / "PIL").is_dir()  # Tesseract itself and Pillow
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    assert {p.name.split(".")[0] for p in plugins.iterdir()} >= {"libqoffscreen", "libqxcb"} or (
        plugins / "qwindows.dll").is_file()
    assert not (internal / "server").exists()  # the central platform is never deployed on a commune PC


def test_the_frozen_app_signs_in_syncs_and_reports_status(
    frozen: Path, smoke: ModuleType, tmp_path: Path
) -> None:
    seen = smoke.run(frozen, tmp_path)
    assert seen["offline_profile"] == "offline.clerk"
    assert seen["synced_records"] > 0 and seen["documents"] > 0
    assert seen["status"]["online"] is True and seen["status"]["pending_changes"] == 0
    assert seen["gui_synced"] is True


def test_the_frozen_folder_packs_into_a_checked_msi(
    frozen: Path, build: ModuleType, check_msi: ModuleType, tmp_path: Path
) -> None:
    need("wixl")
    msi = build.build_msi(frozen, tmp_path / "CommuneOffice.msi", toolset="wixl")
    tables, template = check_msi.read_tables(msi)
    assert check_msi.problems(tables, template, build.version()) == []
    assert len(tables["File"]) > 300

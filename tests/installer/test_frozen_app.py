"""The frozen one-folder build (PyInstaller), built once per session (~40 s), smoke-tested and packaged with wixl.

Marked `frozen`: `pytest -m "not frozen"` leaves it out of a quick local run; CI runs it.
"""

from __future__ import annotations

import importlib.util
import re
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
        "commune_office_en.qm", "commune_office_vi.qm", "qtbase_vi.qm"}  # Qt's own dialogs in Vietnamese: ours
    assert (internal / "resources" / "style" / "app.qss").is_file()
    assert (internal / "tessdata" / "vie.traineddata").is_file()  # OCR's Vietnamese model (client/ocr/tessdata.py)
    assert list(internal.glob("tesserocr*")) and (internal / "PIL").is_dir()  # Tesseract itself and Pillow
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    assert {p.name.split(".")[0] for p in plugins.iterdir()} >= {"libqoffscreen", "libqxcb"} or (
        plugins / "qwindows.dll").is_file()
    assert not (internal / "server").exists()  # the central platform is never deployed on a commune PC
    # The product's metadata travels, so that the User-Agent names the version (sync/engine/product.py).
    metadata = [p.name for p in internal.glob("commune_office-*.dist-info")]
    assert metadata == [f"commune_office-{build.version()}.dist-info"]
    assert (build.LAUNCHER_RESOURCES / "version-commune-office.txt").is_file()  # written by freeze for the spec


def test_the_frozen_folder_leaves_out_what_widgets_never_load(frozen: Path) -> None:
    names = [p.relative_to(frozen).as_posix() for p in frozen.rglob("*")]
    unused = re.compile(r"Qt6(Quick|Qml|VirtualKeyboard|Wayland|WlShell|EglFS)|/plugins/(wayland-|egldevice|generic/)"
                        r"|virtualkeyboard|/PySide6/(Qt/)?translations/|opengl32sw", re.IGNORECASE)
    assert [name for name in names if unused.search("/" + name)] == []
    kept = "\n".join(names)
    assert re.search(r"Qt6Widgets|Qt6PdfWidgets", kept) and re.search(r"imageformats/\w*qjpeg", kept)


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

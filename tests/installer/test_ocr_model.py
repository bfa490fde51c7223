"""The Vietnamese OCR model every build ships: one pin (installer/ocr_model.py) used by the Windows workflow and the
spec, the fetch refusing anything else, and the frozen app finding the model where the spec puts it."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from client.ocr import tessdata
from tests.installer.conftest import ROOT, _load

DEBIAN_MODEL = Path("/usr/share/tesseract-ocr/5/tessdata/vie.traineddata")
WORKFLOW = ROOT / ".github" / "workflows" / "windows-installer.yml"
SPEC = ROOT / "installer" / "commune_office.spec"


@pytest.fixture(scope="module")
def pin() -> ModuleType:
    return _load("ocr_model")


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder served over HTTP on loopback, and its base URL."""
    folder = tmp_path / "served"
    folder.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _debian_model() -> bytes:
    if not DEBIAN_MODEL.is_file():
        pytest.skip("Debian's tesseract-ocr-vie is not installed")
    return DEBIAN_MODEL.read_bytes()


def test_the_pin_is_a_sha256_of_the_model_at_a_release_tag(pin: ModuleType) -> None:
    assert re.fullmatch(r"[0-9a-f]{64}", pin.SHA256)
    assert pin.SIZE > 0
    assert f"{tessdata.LANGUAGE}.traineddata" == pin.FILE_NAME  # the name client/ocr looks for
    found = re.fullmatch(r"https://raw\.githubusercontent\.com/tesseract-ocr/tessdata_fast/([^/]+)/(.+)", pin.URL)
    assert found is not None and found.group(2) == pin.FILE_NAME
    assert found.group(1) not in {"main", "master", "HEAD"}  # a moving branch would change under the checksum


def test_debians_model_is_the_pinned_one_so_linux_and_windows_builds_ship_the_same(pin: ModuleType) -> None:
    _debian_model()
    assert pin.check(DEBIAN_MODEL) == DEBIAN_MODEL


def test_the_frozen_app_finds_the_model_in_the_folder_the_spec_bundles_it_to(
    pin: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)  # what PyInstaller's bootloader sets
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    bundled = tmp_path / pin.BUNDLE_FOLDER
    bundled.mkdir()
    (bundled / pin.FILE_NAME).write_bytes(b"model")
    assert tessdata.find_tessdata(None, system=()) == bundled
    spec = SPEC.read_text(encoding="utf-8")
    # The spec bundles the checked model under the pin's folder name, found through the pin's variable.
    assert "datas.append((str(vietnamese_model()), OCR_MODEL.BUNDLE_FOLDER))" in spec
    assert "os.environ.get(OCR_MODEL.ENVIRONMENT)" in spec and "OCR_MODEL.check(" in spec


def test_the_windows_workflow_fetches_the_pinned_model_before_freezing(pin: ModuleType) -> None:
    workflow = WORKFLOW.read_text(encoding="utf-8")
    fetch = workflow.index(r"installer\ocr_model.py fetch $tessdata")
    assert fetch < workflow.index(r"installer\build.py freeze")
    assert f'"{pin.ENVIRONMENT}=$tessdata" | Out-File -Append -Encoding utf8 $env:GITHUB_ENV' in workflow
    # One pin: the workflow repeats neither the URL nor a checksum that could drift from installer/ocr_model.py.
    assert "tessdata_fast/" not in workflow
    assert not re.search(r"\b[0-9a-fA-F]{64}\b", workflow)


def test_fetch_writes_the_model_when_the_bytes_match_the_pin(
    pin: ModuleType, served: tuple[Path, str], tmp_path: Path
) -> None:
    folder, base = served
    (folder / "vie.traineddata").write_bytes(_debian_model())
    target = pin.fetch(tmp_path / "Mô hình", f"{base}/vie.traineddata")  # a Vietnamese folder name, as on Windows
    assert target == tmp_path / "Mô hình" / "vie.traineddata"
    assert pin.digest(target) == pin.SHA256
    assert pin.main(["check", str(target)]) == 0


@pytest.mark.parametrize("damage", ["one byte changed", "longer", "shorter", "missing"])
def test_fetch_refuses_bytes_other_than_the_pinned_model_and_leaves_no_file(
    pin: ModuleType, served: tuple[Path, str], tmp_path: Path, damage: str
) -> None:
    folder, base = served
    model = bytearray(_debian_model())
    if damage == "one byte changed":
        model[1000] ^= 0xFF
    elif damage == "longer":
        model += b"<html>proxy page</html>"
    elif damage == "shorter":
        del model[-10:]
    if damage != "missing":
        (folder / "vie.traineddata").write_bytes(bytes(model))
    target = tmp_path / "tessdata"
    with pytest.raises(pin.ModelError, match=r"could not fetch vie\.traineddata"):
        pin.fetch(target, f"{base}/vie.traineddata")
    assert list(target.iterdir()) == []  # neither the model nor its .part: the spec finds nothing to take
    assert pin.main(["check", str(target / "vie.traineddata")]) == 1


def test_fetch_keeps_a_model_already_there_without_downloading(pin: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "vie.traineddata").write_bytes(_debian_model())
    # Nothing listens on this address: a download would fail.
    assert pin.fetch(tmp_path, "http://127.0.0.1:9/vie.traineddata") == tmp_path / "vie.traineddata"


def test_a_wrong_model_already_there_is_replaced_by_the_pinned_one(
    pin: ModuleType, served: tuple[Path, str], tmp_path: Path
) -> None:
    folder, base = served
    (folder / "vie.traineddata").write_bytes(_debian_model())
    (tmp_path / "vie.traineddata").write_bytes(b"an older model")
    assert pin.digest(pin.fetch(tmp_path, f"{base}/vie.traineddata")) == pin.SHA256

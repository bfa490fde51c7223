"""Every string on screen goes through Qt's translations, and the Vietnamese catalogue covers all of them."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from client.ui.i18n import I18N_DIR, lrelease, ts_file

REPO = Path(__file__).resolve().parents[2]


def test_the_vietnamese_catalogue_translates_every_string() -> None:
    messages = list(ET.parse(ts_file("vi")).getroot().iter("message"))
    assert len(messages) > 200
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert unfinished == []


def test_the_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    tool = lrelease()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    lupdate = Path(tool).with_name("pyside6-lupdate")
    copy = tmp_path / "check.ts"
    shutil.copy(ts_file("vi"), copy)
    sources = sorted(str(p) for folder in ("client/ui", "client/ui/models") for p in (REPO / folder).glob("*.py"))
    result = subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy)], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert "(0 new and" in result.stdout, result.stdout  # run `pyside6-lupdate` and translate the new strings
    assert I18N_DIR.is_dir()

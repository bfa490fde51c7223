"""OCR fixtures: a real encrypted profile opened as the office session, and scans made with known text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from client.cache.keys import KdfParams
from client.cache.profile import Profiles, UnitInfo
from client.office import OfficeSession
from sync.protocol.domain import UnitLevel
from tests.scans import PROSE, RESOLUTION, page_picture

COMMUNE = UnitInfo("unit-y-ty", "XYT", "Đảng ủy xã Y Tý", UnitLevel.COMMUNE)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[OfficeSession]:
    profiles = Profiles(tmp_path / "profiles", kdf=KdfParams.fast_for_tests())
    opened = OfficeSession(profiles.create("lan.nt", "Mật khẩu xã 2025", COMMUNE, display_name="Nguyễn Thị Lan"))
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="session")
def resolution_300() -> Image.Image:
    """The resolution's first page scanned at 300 dpi, slightly crooked and speckled."""
    return page_picture(RESOLUTION, 300, angle=0.8, speckle=0.004)


@pytest.fixture(scope="session")
def prose_200() -> list[Image.Image]:
    """Two pages of prose scanned at 200 dpi, crooked the other way, speckled."""
    return [page_picture(text, 200, angle=-0.6, speckle=0.004, seed=i) for i, text in enumerate(PROSE[:2])]

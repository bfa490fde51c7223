"""Fixtures of the GUI suite: the offscreen Qt platform, a real encrypted profile with documents and tasks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from fpdf import FPDF
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from client.cache.keys import KdfParams
from client.cache.profile import OpenProfile, Profiles, UnitInfo
from client.cache.records import DocumentRecord, TaskRecord
from client.cache.store import NewDocument
from client.ui import worker
from client.ui.settings import AppSettings
from sync.protocol.domain import UnitLevel

PASSWORD = "Mật khẩu xã 2025"
COMMUNE = UnitInfo("unit-hoa-binh", "XHB", "Đảng ủy xã Hòa Bình", UnitLevel.COMMUNE)
_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture(autouse=True)
def no_job_left_behind(qapp: object) -> Iterator[None]:
    """Every test ends with its worker jobs finished, so no job outlives the profile it reads."""
    yield
    worker.wait_for_idle()


@pytest.fixture
def profiles(tmp_path: Path) -> Profiles:
    return Profiles(tmp_path / "profiles", kdf=KdfParams.fast_for_tests())


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    value = AppSettings(tmp_path / "settings.ini")
    value.language = "en"  # tests read English strings unless they test the Vietnamese ones
    return value


def make_pdf(path: Path, *lines: str) -> Path:
    """A real one-page PDF with a text layer."""
    pdf = FPDF()
    pdf.add_page()
    if _FONT.is_file():
        pdf.add_font("DejaVu", fname=str(_FONT))
        pdf.set_font("DejaVu", size=12)
    else:
        pdf.set_font("Helvetica", size=12)
        lines = tuple(line.encode("latin-1", "replace").decode("latin-1") for line in lines)
    for line in lines:
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def sample_documents(count: int, today: date) -> Iterator[NewDocument]:
    """Incoming documents with varied register fields; every 7th overdue, every 3rd unread-able."""
    types = ["Công văn", "Nghị quyết", "Kế hoạch", "Thông báo"]
    for i in range(count):
        yield NewDocument(
            DocumentRecord(
                kind="incoming",
                number_symbol=f"{i + 1}-CV/HU",
                doc_type=types[i % len(types)],
                summary=f"Về việc triển khai Nghị quyết Đảng ủy số {i + 1}",
                issuing_body="Huyện ủy Bát Xát",
                issued_date=today - timedelta(days=i % 365),
                arrival_number=i + 1,
                arrival_date=today - timedelta(days=i % 365),
                urgency=i % 4,
                secrecy=1 if i % 10 == 0 else 0,
                deadline=today - timedelta(days=3) if i % 7 == 0 else today + timedelta(days=10),
                status="registered",
            )
        )


@pytest.fixture
def make_profile(profiles: Profiles, tmp_path: Path) -> Iterator[Callable[..., OpenProfile]]:
    """Create a clerk's profile holding `documents` incoming documents (from the server: unread) and tasks."""
    opened: list[OpenProfile] = []

    def make(documents: int = 30, *, with_pdf: bool = True, close: bool = False) -> OpenProfile:
        profile = profiles.create("lan.nt", PASSWORD, COMMUNE, display_name="Nguyễn Thị Lan")
        today = date.today()
        profile.store.add_documents(sample_documents(documents, today), local=False)
        if with_pdf:
            pdf = make_pdf(tmp_path / "nghi-quyet.pdf", "Nghị quyết về chuyển đổi số", "Đảng ủy xã Hòa Bình")
            profile.store.add_document(
                DocumentRecord(
                    kind="incoming",
                    number_symbol="57-NQ/TW",
                    doc_type="Nghị quyết",
                    summary="Nghị quyết về đột phá phát triển khoa học, công nghệ và chuyển đổi số",
                    issuing_body="Bộ Chính trị",
                    issued_date=today,
                    urgency=3,
                    status="received",
                ),
                [pdf],
                local=False,
            )
        profile.store.add_tasks(
            [
                TaskRecord(
                    resolution_number="57-NQ/TW",
                    resolution_title="Chuyển đổi số",
                    title="Phủ sóng internet tới 100% thôn",
                    deadline=today - timedelta(days=5),
                    status="in_progress",
                    progress_percent=40,
                    indicators=[{"name": "Số thôn có internet", "target": 12, "actual": 7, "unit": "thôn"}],
                ),
                TaskRecord(
                    resolution_number="57-NQ/TW",
                    title="Tập huấn kỹ năng số cho cán bộ",
                    deadline=today + timedelta(days=30),
                    status="not_started",
                ),
                TaskRecord(
                    resolution_number="18-NQ/TW",
                    resolution_title="Tinh gọn bộ máy",
                    title="Sắp xếp các thôn",
                    deadline=today - timedelta(days=40),
                    status="done",
                    progress_percent=100,
                ),
            ],
            local=False,
        )
        if close:
            profile.close()
        else:
            opened.append(profile)
        return profile

    yield make
    worker.wait_for_idle()
    for profile in opened:
        profile.close()


def type_text(qtbot: object, widget: QWidget, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit for Vietnamese (as Unikey or Telex deliver it)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)  # type: ignore[attr-defined]
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)

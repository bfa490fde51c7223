"""Take screenshots of the main screens into docs/screenshots/ (under Xvfb when there is one, else offscreen).

    .venv/bin/python tools/screenshots.py [--language vi|en]

A throwaway profile with demo documents and tasks is made in a temporary folder; nothing else is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "screenshots"


def demo_profile(home: Path, scratch: Path):  # type: ignore[no-untyped-def]
    """A commune clerk's profile with a few hundred documents, a signed PDF and resolution tasks."""
    from fpdf import FPDF

    from client.cache.keys import KdfParams
    from client.cache.profile import Profiles, UnitInfo
    from client.cache.records import DocumentRecord, TaskRecord
    from client.cache.store import NewDocument

    profiles = Profiles(home, kdf=KdfParams.fast_for_tests())
    unit = UnitInfo("xa-y-ty", "XYT", "Đảng ủy xã Y Tý")
    profile = profiles.create("lan.nt", "demo-password", unit, display_name="Nguyễn Thị Lan")
    today = date.today()
    bodies = ["Huyện ủy Bát Xát", "Ban Tuyên giáo Huyện ủy", "UBND huyện Bát Xát", "Tỉnh ủy Lào Cai"]
    topics = [
        "Về việc triển khai Nghị quyết số 57-NQ/TW về chuyển đổi số",
        "Về việc tổ chức hội nghị sơ kết 6 tháng đầu năm",
        "Về việc tăng cường công tác phòng, chống thiên tai mùa mưa lũ",
        "Kế hoạch kiểm tra, giám sát năm 2025",
        "Thông báo kết luận của Ban Thường vụ Huyện ủy",
    ]
    types = ["Công văn", "Công văn", "Công văn", "Kế hoạch", "Thông báo"]
    profile.store.add_documents(
        (
            NewDocument(
                DocumentRecord(
                    kind="incoming" if i % 5 else "outgoing",
                    number_symbol=f"{300 - i}-{'CV' if i % 5 < 3 else 'KH'}/HU",
                    doc_type=types[i % 5],
                    summary=topics[i % 5],
                    issuing_body=bodies[i % 4] if i % 5 else unit.name,
                    issued_date=today - timedelta(days=i),
                    arrival_number=(300 - i) if i % 5 else None,
                    arrival_date=(today - timedelta(days=i)) if i % 5 else None,
                    urgency=(0, 0, 1, 0, 2, 0, 3)[i % 7],
                    secrecy=1 if i % 11 == 0 else 0,
                    deadline=today + timedelta(days=(i % 9) - 3),
                    status=("registered" if i % 5 else "draft"),
                )
            )
            for i in range(300)
        ),
        local=False,
    )
    pdf = FPDF()
    pdf.add_page()
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font.is_file():
        pdf.add_font("DejaVu", fname=str(font))
        pdf.set_font("DejaVu", size=14)
    else:
        pdf.set_font("Helvetica", size=14)
    for line in (
        "BỘ CHÍNH TRỊ",
        "NGHỊ QUYẾT số 57-NQ/TW",
        "về đột phá phát triển khoa học, công nghệ,",
        "đổi mới sáng tạo và chuyển đổi số quốc gia",
    ):
        pdf.multi_cell(
            0,
            10,
            line if font.is_file() else line.encode("latin-1", "replace").decode(),
            new_x="LMARGIN",
            new_y="NEXT",
            align="C",
        )
    path = scratch / "57-NQ-TW.pdf"
    pdf.output(str(path))
    profile.store.add_document(
        DocumentRecord(
            kind="incoming",
            number_symbol="57-NQ/TW",
            doc_type="Nghị quyết",
            issuing_body="Bộ Chính trị",
            summary="Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
            issued_date=today,
            arrival_number=301,
            arrival_date=today,
            urgency=3,
            status="registered",
        ),
        [path],
        local=False,
    )
    tasks = []
    for n, (resolution, title) in enumerate(
        [("57-NQ/TW", "Chuyển đổi số"), ("18-NQ/TW", "Tinh gọn bộ máy"), ("21-NQ/TW", "Công tác dân số")]
    ):
        for k in range(6):
            tasks.append(
                TaskRecord(
                    resolution_number=resolution,
                    resolution_title=title,
                    title=f"Nhiệm vụ {k + 1} của nghị quyết {resolution}",
                    deadline=today + timedelta(days=20 * k - 40 + n * 5),
                    status=("done", "in_progress", "in_progress", "not_started", "done_late", "in_progress")[
                        (k + n) % 6
                    ],
                    progress_percent=(100, 60, 30, 0, 100, 45)[(k + n) % 6],
                )
            )
    profile.store.add_tasks(tasks, local=False)
    return profiles, profile


def shoot(language: str) -> list[Path]:
    """Open the screens and save one PNG per screen."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from client.ui.app import AppController
    from client.ui.main_window import SEARCH, TASKS
    from client.ui.settings import AppSettings
    from client.ui.worker import wait_for_idle

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive while the screens are shot
    scratch = Path(tempfile.mkdtemp(prefix="commune-office-shots-"))
    written: list[Path] = []
    try:
        profiles, profile = demo_profile(scratch / "profiles", scratch)
        settings = AppSettings(scratch / "settings.ini")
        settings.language = language
        controller = AppController(profiles, settings, idle_ms=0)

        def settle(ms: int = 400) -> None:
            wait_for_idle()
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
            settle()
            path = OUT / f"{name}.png"
            widget.grab().save(str(path))
            written.append(path)

        dialog = controller.show_sign_in()
        save(dialog, "sign-in")
        dialog.close()
        controller.signed_in(profile)
        window = controller.window
        assert window is not None
        window.resize(1400, 860)
        settle()
        model = window.incoming.model
        row = next(r for r in range(model.rowCount()) if model.row_data(r)["number_symbol"] == "57-NQ/TW")
        window.incoming.table.setCurrentIndex(model.index(row, 0))
        settle()
        window.incoming.document.tabs.setCurrentIndex(2)
        save(window, "incoming-with-pdf")
        window.show_view(TASKS)
        save(window, "tasks-by-resolution")
        window.show_view(SEARCH)
        window.search.box.setText("chuyen doi so")
        window.search.run_search()
        save(window, "search")
        form = window.new_document("incoming")
        save(form, "register-incoming")
        form.close()
        window.lock()
        save(window, "locked")
        controller._replacing = True
        window.close()
        controller._close_profile()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return written


def main() -> int:
    """Run under Xvfb when available, else on Qt's offscreen platform."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", choices=["vi", "en"], default="vi")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if "DISPLAY" not in os.environ and shutil.which("xvfb-run") and not os.environ.get("_SHOTS_CHILD"):
        env = dict(os.environ, _SHOTS_CHILD="1")
        return subprocess.call(["xvfb-run", "-a", sys.executable, __file__, "--language", args.language], env=env)
    if "DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in shoot(args.language):
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

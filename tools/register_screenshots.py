"""Screenshots of the Registers view and the Reports view's trend chart (docs/screenshots/registers.png,
processing-trend.png), drawn on an offline profile holding a commune's year: 600 incoming documents whose
processing gets faster month by month, as the reform intends.

`.venv/bin/python tools/register_screenshots.py` (offscreen; Vietnamese, the app's default language).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "screenshots"

ISSUERS = [("125/UBND-VP", "UBND huyện Bát Xát"), ("15-CV/HU", "Huyện ủy Bát Xát"), ("88/KH-UBND", "UBND tỉnh Lào Cai"),
           ("45-BC/ĐU", "Đảng ủy xã Bình Minh"), ("21-KH/TU", "Tỉnh ủy Lào Cai"), ("03-TTr/ĐU", "Đảng ủy xã An Bình")]
TOPICS = ["chuyển đổi số", "xây dựng nông thôn mới", "công tác dân vận", "phát triển đảng viên mới",
          "cải cách hành chính", "phòng, chống thiên tai", "giảm nghèo bền vững", "quản lý đất đai"]
PEOPLE = {"p-lan": "Nguyễn Thị Lan", "p-minh": "Trần Văn Minh", "p-hoa": "Lê Thị Hoa", "p-duc": "Phạm Minh Đức"}


def _changes(unit: str) -> list:  # type: ignore[type-arg]
    from sync.engine.replica import IncomingChange
    from sync.protocol.records import DocumentEventRecord, DocumentRecord, PersonRecord

    rng = random.Random(14)
    out = [IncomingChange("person", p, "upsert", 1, PersonRecord(id=p, version=1, unit_id=unit, username=p,
                                                                 full_name=n, roles=["specialist"]).model_dump(
        mode="json")) for p, n in PEOPLE.items()]
    start = date(2026, 1, 2)
    for i in range(600):
        arrival = start + timedelta(days=i * 330 // 600)
        symbol, issuer = rng.choice(ISSUERS)
        number = symbol.split("-", 1)[0] if "-" in symbol.split("/")[0] else symbol.split("/", 1)[0]
        symbol = symbol.replace(number, str(rng.randrange(1, 400)), 1)
        handler = rng.choice(list(PEOPLE))
        month = arrival.month
        slow = max(2, 14 - month)  # faster month by month
        days = max(1, int(rng.gauss(slow, slow / 3)))
        done = arrival + timedelta(days=days)
        finished = done < date(2026, 11, 28)
        doc_id = f"d{i:04d}"
        out.append(IncomingChange("document", doc_id, "upsert", 1, DocumentRecord(
            id=doc_id, version=1, unit_id=unit, kind="incoming", number_symbol=symbol,
            doc_type=rng.choice(["Công văn", "Kế hoạch", "Báo cáo", "Thông báo", "Hướng dẫn"]),
            summary=f"V/v triển khai {rng.choice(TOPICS)}", issuing_body=issuer,
            issued_date=arrival - timedelta(days=2),
            arrival_number=i + 1, arrival_date=arrival, status="done" if finished else "in_progress",
            handler_id=handler, deadline=arrival + timedelta(days=10), created_at=f"{arrival}T02:00:00+00:00",
        ).model_dump(mode="json")))
        if finished:
            out.append(IncomingChange("document_event", f"e{i:04d}", "upsert", 1, DocumentEventRecord(
                id=f"e{i:04d}", version=1, unit_id=unit, document_id=doc_id, actor_name=PEOPLE[handler], action="done",
                to_status="done", at=f"{done}T05:00:00+00:00").model_dump(mode="json")))
    return out


def main() -> int:
    from PySide6.QtCore import QDate, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from client.cache.keys import KdfParams
    from client.cache.profile import Profiles
    from client.machine_config import MachineConfig
    from client.office import Office
    from client.ui.i18n import Translations
    from client.ui.main_window import REGISTERS, REPORTS, MainWindow
    from client.ui.settings import AppSettings
    from client.ui.worker import wait_for_idle

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive while the screens are shot
    Translations().install("vi")
    with tempfile.TemporaryDirectory(prefix="register-shots-") as folder:
        office = Office(profiles=Profiles(Path(folder) / "home", kdf=KdfParams.fast_for_tests()))
        session = office.create("lan.nt", "mật khẩu thử", unit_id="unit-bx", unit_code="XBX",
                                unit_name="Đảng ủy xã Bản Xèo", display_name="Nguyễn Thị Lan")
        session.replica.apply_changes(_changes("unit-bx"), 1)
        settings = AppSettings(Path(folder) / "settings.ini", machine=MachineConfig())
        window = MainWindow(session, settings, idle_ms=0)
        window.resize(1400, 860)
        window.show()

        def settle(ms: int = 600) -> None:
            wait_for_idle()
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        window.show_view(REGISTERS)
        window.registers.first.setDate(QDate(2026, 3, 1))
        window.registers.last.setDate(QDate(2026, 3, 31))
        window.registers.refresh()
        settle()
        window.grab().save(str(OUT / "registers.png"))
        window.show_view(REPORTS)
        window.reports.first.setDate(QDate(2026, 1, 1))
        window.reports.last.setDate(QDate(2026, 11, 30))
        window.reports.refresh()
        settle()
        window.grab().save(str(OUT / "processing-trend.png"))
        window.close()
        settle(100)
        session.close()
    print("wrote docs/screenshots/registers.png and docs/screenshots/processing-trend.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

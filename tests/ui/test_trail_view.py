"""The processing trail widget: each step of the server's trail worded in Vietnamese from its action code, the
notes in between, and this computer's unsent steps marked as waiting to be sent."""

from __future__ import annotations

from datetime import datetime

from client.office import TrailEntry
from client.ui.trail_view import TrailView

LAN, HUNG, MAI, BINH = "id-lan", "id-hung", "id-mai", "id-binh"
PEOPLE = {LAN: "Nguyễn Thị Lan", HUNG: "Trần Văn Hùng", MAI: "Lê Thị Mai", BINH: "Phạm Văn Bình"}


def _at(hour: int) -> datetime:
    return datetime(2026, 12, 2, hour, 5)


DAY = [
    TrailEntry(_at(7), "event", "delivered", "Văn thư Huyện ủy", to_status="received", note="Huyện ủy Thử nghiệm"),
    TrailEntry(_at(8), "event", "registered", "Nguyễn Thị Lan", "received", "registered"),
    TrailEntry(_at(8), "event", "corrected", "Nguyễn Thị Lan", "registered", "registered",
               fields=("number_symbol", "summary")),
    TrailEntry(_at(9), "event", "submitted", "Nguyễn Thị Lan", "registered", "registered", submitted_to_id=BINH),
    TrailEntry(_at(9), "note", "note", "Nguyễn Thị Lan", note="Kính trình đồng chí Bí thư"),
    TrailEntry(_at(10), "event", "assigned", "Phạm Văn Bình", "registered", "assigned", handler_id=HUNG,
               co_handler_ids=(MAI,), informed_ids=(LAN,), note="Tham mưu trả lời trước ngày 10"),
    TrailEntry(_at(11), "event", "forwarded", "Phạm Văn Bình", "assigned", "assigned", handler_id=MAI),
    TrailEntry(_at(12), "event", "returned", "Lê Thị Mai", "assigned", "registered"),
    TrailEntry(_at(13), "event", "status_changed", "Trần Văn Hùng", "assigned", "in_progress"),
    TrailEntry(_at(14), "pending", "status_changed", "Trần Văn Hùng", "in_progress", "done"),
]


def _lines(view: TrailView) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def test_each_step_reads_in_vietnamese_with_who_when_and_the_people_it_concerned(qtbot, vietnamese) -> None:
    view = TrailView()
    qtbot.addWidget(view)
    view.show_trail(DAY, PEOPLE)
    lines = _lines(view)
    assert len(lines) == len(DAY)
    assert lines[0].startswith("02/12/2026 07:05 — Văn thư Huyện ủy")
    assert "Nhận văn bản từ Huyện ủy Thử nghiệm" in lines[0]
    assert "Vào sổ văn bản đến" in lines[1]
    assert "Sửa số, ký hiệu, trích yếu" in lines[2]
    assert "Trình đồng chí Phạm Văn Bình" in lines[3]
    assert lines[4].endswith("Kính trình đồng chí Bí thư")
    assert ("Giao đồng chí Trần Văn Hùng chủ trì xử lý; phối hợp: Lê Thị Mai; xem để biết: Nguyễn Thị Lan"
            in lines[5]) and "“Tham mưu trả lời trước ngày 10”" in lines[5]
    assert "Chuyển đồng chí Lê Thị Mai chủ trì xử lý" in lines[6]
    assert "Trả lại lãnh đạo" in lines[7]
    assert "Trạng thái: Đã giao → Đang xử lý" in lines[8]
    assert "(chờ gửi)" in lines[9] and "(chờ gửi)" not in "".join(lines[:9])
    assert view.item(9).font().italic() and not view.item(8).font().italic()
    assert view.accessibleName() == "Quá trình xử lý"


def test_an_unknown_action_or_person_still_reads_as_a_change(qtbot, vietnamese) -> None:
    view = TrailView()
    qtbot.addWidget(view)
    view.show_trail([TrailEntry(_at(8), "event", "archived_by_robot", "", fields=("pages",)),
                     TrailEntry(_at(9), "event", "assigned", "Phạm Văn Bình", handler_id="someone-gone")], {})
    lines = _lines(view)
    assert "máy chủ" in lines[0] and "Thay đổi số trang" in lines[0]
    assert "(không rõ người)" in lines[1]
    view.show_trail([], PEOPLE)
    assert _lines(view) == ["Văn bản chưa có bước xử lý nào."]

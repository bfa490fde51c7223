"""Qt's own dialogs speak Vietnamese: the file dialog the app opens (non-native), message box buttons and the
edit fields' context menu take their words from our qtbase_vi catalogue, since Qt ships none for Vietnamese."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
)

from client.ui.attachment_viewer import AttachmentViewer
from client.ui.i18n import Translations


def _texts_of_the_file_dialog_the_app_opens(qtbot, viewer: AttachmentViewer) -> dict[str, object]:
    """Open the viewer's "save a copy" dialog as the app does, read its words, then cancel it."""
    seen: dict[str, object] = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read_and_close)
            return
        box = dialog.findChild(QDialogButtonBox)
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        seen["labels"] = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
        seen["tooltips"] = sorted(b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip())
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    assert viewer.ask_save_path("ban-sao.pdf") == ""  # cancelled
    return seen


def test_the_file_dialog_the_app_opens_shows_vietnamese_buttons_and_labels(qtbot, vietnamese) -> None:
    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    seen = _texts_of_the_file_dialog_the_app_opens(qtbot, viewer)
    assert seen["native"] is False
    assert seen["buttons"] == ["&Lưu", "Hủy"]
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= set(seen["labels"])  # type: ignore[arg-type]
    assert seen["tooltips"] == ["Quay lại", "Thư mục cha", "Tiến tới", "Tạo thư mục mới", "Xem chi tiết",
                                "Xem danh sách"]


def test_switching_back_to_english_takes_qts_words_back_too(qtbot, vietnamese: Translations) -> None:
    vietnamese.install("en")
    viewer = AttachmentViewer()
    qtbot.addWidget(viewer)
    seen = _texts_of_the_file_dialog_the_app_opens(qtbot, viewer)
    assert seen["buttons"] == ["&Save", "Cancel"]


def test_message_box_buttons_and_the_edit_menu_are_vietnamese(qtbot, vietnamese) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Câu hỏi", "Tiếp tục?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    words = sorted(button.text() for button in box.buttons() if isinstance(button, QAbstractButton))
    assert words == ["&Có", "&Không", "Hủy", "Đồng ý"]
    field = QLineEdit("Nguyễn Thị Lan")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    shown = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert {"&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"} <= set(shown)

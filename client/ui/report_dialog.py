"""A progress report on a task: period, text, progress, figures per indicator and evidence files; works offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from client.office import Changes, OfficeSession, ReportRecord
from client.ui.error_text import describe
from client.ui.worker import run_in_background

Row = dict[str, Any]


class ReportDialog(QDialog):
    """Writes a progress report through the office session on a worker; `saved` carries the report id."""

    saved = Signal(str)
    changed = Signal(object)  # Changes, once the report is stored

    def __init__(self, session: OfficeSession, task: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task = task
        self.setWindowTitle(self.tr("Progress report"))
        self.setMinimumWidth(520)
        heading = QLabel(task["title"])
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600")

        self.period = QLineEdit()
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setPlaceholderText(self.tr("e.g. Quarter 2/2025"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Report text"))
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(int(task.get("progress_percent") or 0))
        self.progress.setAccessibleName(self.tr("Progress"))
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(self.tr("&Report:"), self.text)
        form.addRow(self.tr("Pro&gress:"), self.progress)
        self.figures: dict[str, QDoubleSpinBox] = {}
        for indicator in task.get("indicators") or []:
            spin = QDoubleSpinBox()
            spin.setRange(0, 1e12)
            spin.setDecimals(2)
            spin.setValue(float(indicator.get("actual") or 0))
            spin.setAccessibleName(indicator["name"])
            target = indicator.get("target")
            unit = indicator.get("unit") or ""
            if target is not None:
                spin.setToolTip(self.tr("Target: %1").replace("%1", f"{target:g} {unit}".strip()))
            self.figures[indicator["name"]] = spin
            form.addRow(f"{indicator['name']} ({unit}):" if unit else f"{indicator['name']}:", spin)

        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Evidence files"))
        self.evidence.setMaximumHeight(90)
        add_files = QPushButton(self.tr("Add &evidence…"))
        add_files.clicked.connect(self._choose_files)
        self.files: list[Path] = []
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save report"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        files_row = QHBoxLayout()
        files_row.addWidget(self.evidence, 1)
        files_row.addWidget(add_files)
        layout.addWidget(QLabel(self.tr("Evidence attachments:")))
        layout.addLayout(files_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def add_evidence(self, paths: list[Path]) -> None:
        """Attach files to the report."""
        for path in paths:
            if path not in self.files:
                self.files.append(path)
                self.evidence.addItem(path.name)

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"))
        self.add_evidence([Path(n) for n in names])

    def submit(self) -> None:
        """Validate and store the report on a worker; it is sent with the next sync."""
        try:
            report = ReportRecord(
                task_id=self.task["id"],
                period_label=self.period.text().strip() or None,
                text=self.text.toPlainText().strip(),
                figures={name: spin.value() for name, spin in self.figures.items()},
                progress_percent=self.progress.value(),
                author_id=self.session.user_id(),
                author_name=self.session.info.display_name,
            )
        except ValidationError:
            self.message.setText(self.tr("Write what was done in the report text."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        session, files = self.session, list(self.files)

        def done(changes: Changes) -> None:
            self.saved.emit(report.id)
            self.changed.emit(changes)
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.message.setText(self.tr("The report was not saved: %1").replace("%1", describe(error)))

        run_in_background(lambda: session.add_report(report, files), done, failed)

"""Watches for user input and says when the app has been idle for the policy's number of minutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` once after `interval_ms` without keyboard, mouse or touch input anywhere in the app."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.interval_ms = interval_ms
        self._active = False

    def start(self) -> None:
        """Begin watching (after sign-in or unlock); 0 minutes means never lock."""
        if self.interval_ms <= 0:
            return
        if not self._active:
            app = QCoreApplication.instance()
            if app is None:  # no application, no input events: the lock would never see the clerk working
                raise RuntimeError("the idle lock watches a running QApplication; create it first")
            app.installEventFilter(self)
            self._active = True
        self._timer.start(self.interval_ms)

    def stop(self) -> None:
        """Stop watching (while locked, or signed out)."""
        self._timer.stop()
        if self._active:
            app = QCoreApplication.instance()
            if app is not None:  # None: the application is already gone, and its filters with it
                app.removeEventFilter(self)
            self._active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._timer.start(self.interval_ms)
        return False

"""Auto-lock after idle: any key, click or wheel anywhere in the program restarts the clock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without user input; `start`/`stop` it with the
    unlocked session."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._installed = False

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * 60_000)

    def set_timeout_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        if self._timer.isActive():
            self._timer.start()

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

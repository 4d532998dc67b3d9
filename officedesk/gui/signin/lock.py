"""The idle lock of a shared laptop: a watch on keyboard and mouse input, and the lock screen.

The lock screen is a frameless, application-modal window laid exactly over the main window, so it takes the
keyboard even when a page's own modal dialog is open; every other window of the program is covered by a
plain panel while it is up (closing them would lose what is typed in them). Data are never at stake: every
edit is committed as it is made.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from officedesk.errors import UserError
from officedesk.gui import settings
from officedesk.gui.ops import Op, show_failure
from officedesk.gui.pages import style_heading
from officedesk.gui.signin.labels import ERROR_STYLE, show_message

if TYPE_CHECKING:
    from officedesk.services.context import Actor

# What counts as someone using the computer. Mouse moves reach the window (QWidgetWindow) even where no
# widget tracks the mouse, so the application-wide filter sees them.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)
# A new setting is picked up within this time even while a long wait is armed.
_RECHECK_MS = 15_000


class IdleWatch(QObject):
    """Emits `idle` once after the set time without input; start() again after the lock is lifted."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, minutes: Callable[[], int] = settings.idle_lock_minutes):
        super().__init__(parent)
        self._minutes = minutes
        self._override_ms: int | None = None
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._filtering = False

    def set_timeout_ms(self, ms: int | None) -> None:
        """Fix the timeout (tests, demonstrations) instead of reading the setting; None reads it again."""
        self._override_ms = ms
        if self.active:
            self._arm()

    def timeout_ms(self) -> int:
        return self._override_ms if self._override_ms is not None else self._minutes() * 60_000

    @property
    def active(self) -> bool:
        return self._filtering

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._last = time.monotonic()
        self._arm()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the program: keep it to one set lookup.
        if event.type() in _INPUT:
            self._last = time.monotonic()
        return False

    def _arm(self) -> None:
        remaining = self.timeout_ms() - int((time.monotonic() - self._last) * 1000)
        self._timer.start(max(0, min(remaining, _RECHECK_MS)))

    def _check(self) -> None:
        if not self._filtering:
            return
        if (time.monotonic() - self._last) * 1000 >= self.timeout_ms():
            self.stop()
            self.idle.emit()
        else:
            self._arm()


class _Cover(QWidget):
    """A plain panel over another window of the program while the screen is locked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#lockCover { background: #2b3a4a; } QLabel { color: white; }")
        label = QLabel(QCoreApplication.translate("LockScreen", "OfficeDesk is locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class LockScreen(QDialog):
    """Covers `window` until its user types their password; `switch_user` when someone else wants in.

    `attempt(password)` runs in a worker and returns the actor (the service's authenticate)."""

    unlocked = Signal(object)  # the actor, signed in again
    switch_user = Signal()

    def __init__(self, window: QWidget, who: str, attempt: Callable[[str], Actor]) -> None:
        super().__init__(window, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        from officedesk.gui.forms.ui_lock_screen import Ui_LockScreen  # the form when the screen first locks

        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.setObjectName("LockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "QDialog#LockScreen { background: #2b3a4a; }"
            " QFrame#panel { background: palette(window); border-radius: 8px; }"
        )
        style_heading(self.ui.titleLabel)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._window = window
        self._attempt = attempt
        self._op: Op[Any] | None = None
        self._may_close = False
        self._covers: list[_Cover] = []
        self.ui.whoLabel.setText(self.tr("Signed in: {user}").format(user=who))
        self.ui.whoLabel.setAccessibleName(self.ui.whoLabel.text())
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        show_message(self.ui.messageLabel, "")
        self.ui.passwordEdit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.ui.unlockButton.clicked.connect(self.try_unlock)
        self.ui.switchButton.clicked.connect(self._switch)
        window.installEventFilter(self)

    # -- covering --------------------------------------------------------------------------------------
    def cover(self) -> None:
        """Show over the window, with every other visible window of the program covered."""
        others = []
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or widget is self or not widget.isVisible():
                continue
            if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                widget.close()  # an open menu, completer or tooltip
            else:
                others.append(widget)
        self._covers = [_Cover(w) for w in others]
        self._follow_window()
        self.show()
        self.raise_()
        self.activateWindow()
        self.ui.passwordEdit.setFocus()

    def _follow_window(self) -> None:
        self.setGeometry(self._window.geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._follow_window()
        return False

    # -- unlocking -------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._op is not None and self._op.is_running

    def try_unlock(self) -> None:
        if self.busy:
            return
        password = self.ui.passwordEdit.text()
        if not password:
            show_message(self.ui.messageLabel, self.tr("Type your password."))
            self.ui.passwordEdit.setFocus()
            return
        self._set_busy(True)
        attempt = self._attempt
        self._op = Op(self, lambda: attempt(password)).on_success(self._succeeded).on_failure(self._failed).run()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.passwordEdit, self.ui.unlockButton, self.ui.switchButton):
            widget.setEnabled(not busy)
        if busy:
            show_message(self.ui.messageLabel, "")

    def _succeeded(self, actor: Actor) -> None:
        self._set_busy(False)
        self.dismiss()
        self.unlocked.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        if isinstance(exc, UserError):
            show_message(self.ui.messageLabel, str(exc))
        else:
            show_failure(self, exc)

    def _switch(self) -> None:
        if not self.busy:
            self.dismiss()
            self.switch_user.emit()

    def dismiss(self) -> None:
        """Take the lock and the covers away (after the password, or to sign in as someone else)."""
        self._window.removeEventFilter(self)
        for cover in self._covers:
            if shiboken6.isValid(cover):  # gone with its window if that closed meanwhile (a finished progress box)
                cover.hide()
                cover.deleteLater()
        self._covers = []
        self._may_close = True
        self.hide()
        self.deleteLater()

    # -- nothing else takes it away -------------------------------------------------------------------
    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.ui.switchButton.hasFocus():
                self._switch()
            else:
                self.try_unlock()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.ui.passwordEdit.clear()  # Esc never unlocks
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()

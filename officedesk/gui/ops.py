"""Run a core call off the GUI thread and get its result back on the GUI thread.

    Op(self, lambda: service.load_campaigns(db_url)).on_success(self.show_campaigns).run()

    def import_roster(*, progress, cancelled):
        for i, row in enumerate(rows):
            if cancelled():
                raise Cancelled
            ...
            progress(i + 1, len(rows))
        return count

    Op.reporting(self, import_roster).with_progress(self.tr("Importing the staff list…")).on_success(done).run()

The function runs in a QThreadPool worker; it must not touch any widget, and it should return plain data
(not live ORM objects) because its session closes in the worker. Results, errors and progress come back
through queued signals, so every callback runs on the GUI thread. A progress dialog appears only when the
work lasts longer than `delay_ms` (Anki waits 600 ms): quick operations never flash a dialog.
Cancellation is cooperative: the function asks `cancelled()` and raises `Cancelled` to stop.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.errors import UserError
from officedesk.gui import errors

log = logging.getLogger(__name__)

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

# Progress reports closer together than this are dropped: a loop over 10,000 rows must not flood the GUI.
_PROGRESS_INTERVAL_S = 0.05


class Cancelled(Exception):
    """Raised by an operation's function when it has seen `cancelled()` and stopped."""


class ReportingFn(Protocol[T_co]):
    def __call__(self, *, progress: ProgressFn, cancelled: CancelledFn) -> T_co: ...


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int)


class _Worker(QRunnable):
    def __init__(self, call: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self._call = call
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._call()
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # delivered to on_failure on the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class _Reporter:
    """The progress/cancelled pair handed to a reporting function; called from the worker thread."""

    def __init__(self, signals: _Signals, cancel_event: threading.Event) -> None:
        self._signals = signals
        self._cancel_event = cancel_event
        self._last = 0.0

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= _PROGRESS_INTERVAL_S:
            self._last = now
            self._signals.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel_event.is_set()


class ProgressDialog(QDialog):
    """A label, a bar and, when the work can stop, a Cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ProgressDialog", "Please wait"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAccessibleName(label)
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report
        self.bar.setAccessibleName(label)
        self.cancel_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        if cancellable:
            self.cancel_button = QPushButton(QCoreApplication.translate("ProgressDialog", "&Cancel"), self)
            self.cancel_button.clicked.connect(self.request_cancel)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.cancel_button)
            layout.addLayout(row)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    @Slot()
    def request_cancel(self) -> None:
        if self.cancel_button is None or not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.label.setText(QCoreApplication.translate("ProgressDialog", "Stopping…"))
        self.cancel_requested.emit()

    def reject(self) -> None:
        # Escape or the window's close button asks the work to stop; the dialog closes when it has.
        self.request_cancel()


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals reach it queued."""

    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self._op = op

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self._op._finish("success", result)

    @Slot(object)
    def failed(self, exc: object) -> None:
        self._op._finish("failure", exc)

    @Slot()
    def cancelled(self) -> None:
        self._op._finish("cancelled", None)

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self._op._progressed(done, total)

    @Slot()
    def delay_elapsed(self) -> None:
        self._op._show_progress()


def _done_call() -> None:
    """What a finished operation's function becomes: it runs once, and keeps nothing alive afterwards."""


# Operations under way, kept alive until their result is delivered.
_running: set[Op[Any]] = set()


class Op(Generic[T]):
    def __init__(self, parent: QObject, fn: Callable[[], T]) -> None:
        self._parent = parent
        self._call: Callable[[], object] = fn
        self._reporting_fn: ReportingFn[T] | None = None
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], object] | None = None
        self._cancelled_cb: Callable[[], object] | None = None
        self._progress_label: str | None = None
        self._cancellable = False
        self._delay_ms = 600
        self._cancel_event = threading.Event()
        self._last_progress: tuple[int, int] | None = None
        self._dialog: ProgressDialog | None = None
        self._relay: _Relay | None = None
        self._signals: _Signals | None = None
        self._started = False
        self._done = False

    @classmethod
    def reporting(cls, parent: QObject, fn: ReportingFn[T]) -> Op[T]:
        """An operation whose function takes `progress(done, total)` and `cancelled()` keyword arguments."""
        op: Op[T] = cls(parent, lambda: None)  # type: ignore[arg-type,return-value]
        op._reporting_fn = fn
        return op

    def on_success(self, callback: Callable[[T], object]) -> Op[T]:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], object]) -> Op[T]:
        self._failure = callback
        return self

    def on_cancelled(self, callback: Callable[[], object]) -> Op[T]:
        self._cancelled_cb = callback
        return self

    def with_progress(self, label: str, cancellable: bool = True, delay_ms: int = 600) -> Op[T]:
        self._progress_label = label
        self._cancellable = cancellable
        self._delay_ms = delay_ms
        return self

    # -- running -------------------------------------------------------------------------------------
    def run(self) -> Op[T]:
        if self._started:
            raise RuntimeError("an Op runs once")
        self._started = True
        signals = _Signals()
        relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        signals.succeeded.connect(relay.succeeded, queued)
        signals.failed.connect(relay.failed, queued)
        signals.cancelled.connect(relay.cancelled, queued)
        signals.progressed.connect(relay.progressed, queued)
        self._signals, self._relay = signals, relay

        call = self._call
        if self._reporting_fn is not None:
            reporter = _Reporter(signals, self._cancel_event)
            reporting_fn = self._reporting_fn

            def call() -> object:
                return reporting_fn(progress=reporter.progress, cancelled=reporter.cancelled)

        _running.add(self)
        if self._progress_label is not None:
            QTimer.singleShot(max(0, self._delay_ms), relay, relay.delay_elapsed)
        QThreadPool.globalInstance().start(_Worker(call, signals))
        return self

    def cancel(self) -> None:
        """Ask the function to stop; it sees `cancelled()` return True."""
        self._cancel_event.set()

    @property
    def is_running(self) -> bool:
        return self._started and not self._done

    @property
    def progress_dialog(self) -> ProgressDialog | None:
        return self._dialog

    # -- on the GUI thread -----------------------------------------------------------------------------
    def _show_progress(self) -> None:
        if self._done or self._dialog is not None or self._progress_label is None:
            return
        parent = self._parent.window() if isinstance(self._parent, QWidget) else None
        cancellable = self._cancellable and self._reporting_fn is not None
        dialog = ProgressDialog(parent, self._progress_label, cancellable)
        dialog.cancel_requested.connect(self.cancel)
        if self._cancel_event.is_set() and dialog.cancel_button is not None:
            dialog.request_cancel()
        if self._last_progress is not None:
            dialog.set_progress(*self._last_progress)
        self._dialog = dialog
        dialog.show()

    def _progressed(self, done: int, total: int) -> None:
        self._last_progress = (done, total)
        if self._dialog is not None:
            self._dialog.set_progress(done, total)

    def _finish(self, outcome: str, value: object) -> None:
        self._done = True
        _running.discard(self)
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        if self._relay is not None:
            self._relay.deleteLater()
        if self._signals is not None:
            self._signals.deleteLater()
        try:
            if not shiboken6.isValid(self._parent):
                log.debug("operation finished after its window closed; result dropped")
                return
            if outcome == "success":
                if self._success is not None:
                    self._success(value)  # type: ignore[arg-type]
            elif outcome == "failure":
                assert isinstance(value, BaseException)
                if self._failure is not None:
                    self._failure(value)
                else:
                    show_failure(self._parent, value)
            elif self._cancelled_cb is not None:
                self._cancelled_cb()
        finally:
            self._forget_owner()

    def _forget_owner(self) -> None:
        """Drop the references to the window and its methods once the result is delivered.

        A window that keeps its Op (to cancel it) and the Op that keeps the window make a reference cycle; a
        window without a parent in such a cycle is freed by Python's cycle collector, which runs in whatever thread
        allocates at that moment — a worker's — and a widget deleted off the GUI thread crashes Qt. Broken here,
        the window goes when its last reference does, on the GUI thread."""
        self._parent = None  # type: ignore[assignment]
        self._call = _done_call
        self._reporting_fn = None
        self._success = self._failure = self._cancelled_cb = None


def show_failure(parent: QObject, exc: BaseException) -> None:
    """The default on_failure: a refusal or bad input is told as it is; anything else is an unexpected error."""
    window = parent.window() if isinstance(parent, QWidget) else None
    if isinstance(exc, UserError):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Op", "OfficeDesk"),
            str(exc),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    else:
        errors.reporter().report((type(exc), exc, exc.__traceback__), window)


def running_ops() -> list[Op[Any]]:
    return list(_running)


def shutdown(timeout_ms: int = 5000) -> bool:
    """Ask every operation to stop and wait for the workers; called when the application quits."""
    for op in list(_running):
        op.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

"""Unexpected errors: written to a log file in the user's data folder, shown to the person as a polite message.

A traceback means nothing to an inspector in a commune office; the log file is what support asks for.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("officedesk")

LOG_FILE_NAME = "officedesk.log"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_file(folder: Path) -> Path:
    return folder / LOG_FILE_NAME


def setup_logging(folder: Path) -> Path:
    """Log to folder/officedesk.log (rotated, a few MB at most); returns the file's path."""
    # Here, not at the top: logging.handlers brings socket and pickle, and the client sets up its log after
    # the window is painted.
    from logging.handlers import RotatingFileHandler

    folder.mkdir(parents=True, exist_ok=True)
    path = log_file(folder)
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def error_message(log_path: Path | None) -> str:
    text = QCoreApplication.translate(
        "ErrorReporter",
        "Sorry, something went wrong in OfficeDesk. What you had already saved is safe.\n\n"
        "You can go on working. If this happens again, please tell your support contact and send them "
        "the error log.",
    )
    if log_path is not None:
        text += "\n\n" + QCoreApplication.translate("ErrorReporter", "Error log: {path}").format(
            path=str(log_path)
        )
    return text


class ErrorReporter:
    """The sys.excepthook: log every unexpected exception, show at most one message at a time."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self._box: QMessageBox | None = None
        self._previous_hook: Callable[..., object] | None = None

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous_hook is not None:
            sys.excepthook = self._previous_hook

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        self.report((exc_type, exc, tb))

    def report(self, exc_info: ExcInfo, parent: QWidget | None = None) -> None:
        text = "".join(traceback.format_exception(*exc_info))
        log.error("unexpected error\n%s", text)
        if self.log_path is None:
            sys.stderr.write(text)
        try:
            self.show_message(parent)
        except Exception:  # the hook must never raise; the error itself is logged above
            log.exception("could not show the error message")

    def show_message(self, parent: QWidget | None = None) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication) or threading.current_thread() is not threading.main_thread():
            return
        # An error repeated in a paint or timer handler must not open a cascade of boxes.
        if self._box is not None and self._box.isVisible():
            return
        box = QMessageBox(parent or app.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorReporter", "OfficeDesk"))
        box.setText(error_message(self.log_path))
        box.setAccessibleName(QCoreApplication.translate("ErrorReporter", "Error message"))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self._box = box
        if QThread.currentThread().loopLevel() > 0:
            box.open()
        else:
            # Before the event loop runs (an error during start-up) only a modal box is shown at all.
            box.exec()

    @property
    def box(self) -> QMessageBox | None:
        return self._box


_reporter: ErrorReporter | None = None


def install_excepthook(log_path: Path | None) -> ErrorReporter:
    global _reporter
    if _reporter is not None:
        _reporter.uninstall()
    _reporter = ErrorReporter(log_path)
    _reporter.install()
    return _reporter


def reporter() -> ErrorReporter:
    """The installed reporter, or one that only logs (in tests and tools)."""
    return _reporter or ErrorReporter(None)

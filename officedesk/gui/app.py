"""Start-up of the desktop client.

The window must be on screen quickly on an ordinary laptop: nothing heavy (SQLModel, Alembic, ReportLab,
openpyxl) is imported before it is painted. Screens import what they need when first shown (pages.py).
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from officedesk import __version__
from officedesk.gui import errors, i18n, ops, settings
from officedesk.gui.main_window import MainWindow
from officedesk.gui.paths import icons_dir, log_dir

log = logging.getLogger(__name__)


def application(argv: list[str]) -> QApplication:
    """The QApplication, made once (tests and tools may already have one). argv is as sys.argv: program first."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv or ["officedesk"])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("officedesk")
    app.setWindowIcon(QIcon(str(icons_dir() / "officedesk.svg")))
    return app


def run_gui(argv: list[str], *, db_url: str | None, exit_when_ready: bool = False) -> int:
    """Show the main window and run until it closes; returns the exit code.

    argv is as sys.argv (the program first; Qt's own options such as -platform are understood).

    With exit_when_ready the loop ends (code 0) as soon as the window is shown and the loop is idle:
    a smoke test of start-up for CI and for packaging checks.
    """
    app = application(argv)
    folder = log_dir()
    try:
        log_path = errors.setup_logging(folder)
    except OSError:
        log_path = None  # a read-only profile must not stop the inspector from working
    reporter = errors.install_excepthook(log_path)
    language = settings.language()
    loaded = i18n.install_translators(language, app)
    log.info("OfficeDesk %s starting; language %s (%s)", __version__, language, ", ".join(loaded) or "none")

    try:
        window = MainWindow(db_url, log_dir=str(folder), language=language)
        window.restore_window_state()
        window.show()
    except Exception:
        # Told politely (a modal box: the event loop is not running yet) and logged; no traceback on screen.
        reporter.report(sys.exc_info())  # type: ignore[arg-type]
        reporter.uninstall()
        i18n.remove_translators(app)
        return 1
    app.aboutToQuit.connect(ops.shutdown)

    if exit_when_ready:
        app.processEvents()
        QTimer.singleShot(0, lambda: app.exit(0))
    try:
        code = app.exec()
    finally:
        if window.isVisible():
            window.close()
        window.deleteLater()
        app.aboutToQuit.disconnect(ops.shutdown)
        reporter.uninstall()
        i18n.remove_translators(app)
    return code

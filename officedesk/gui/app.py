"""Start-up of the desktop client.

The window must be on screen quickly on an ordinary laptop: nothing heavy (SQLModel, Alembic, ReportLab,
openpyxl) is imported before it is painted. Screens import what they need when first shown (pages.py).
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from officedesk import __version__
from officedesk.gui import errors, i18n, ops, settings
from officedesk.gui.main_window import MainWindow
from officedesk.gui.paths import icons_dir, log_dir
from officedesk.gui.signin import Session

log = logging.getLogger(__name__)

ENV_PASSWORD = "OFFICEDESK_PASSWORD"
# --exit-when-ready waits until no background operation runs (the page's first load) for two turns of the event
# loop in a row: the second turn lets what the last result started (a chart, a repaint) run first.
_BUSY_POLL_MS = 5
_IDLE_POLLS = 2


ENV_EXIT_AFTER_PAINT = "OFFICEDESK_EXIT_AFTER_PAINT"


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


def saved_database_path() -> str | None:
    """The database chosen on the settings page (None: the default), for the command line to resolve after `--db`
    and OFFICEDESK_DB; officedesk.cli may import this module of the GUI and no other."""
    return settings.database_path()


def run_gui(
    argv: list[str], *, db_url: str | None, exit_when_ready: bool = False, user: str | None = None
) -> int:
    """Show the main window and run until it closes; returns the exit code.

    argv is as sys.argv (the program first; Qt's own options such as -platform are understood).
    The window shows at once; the database opens in the background and someone signs in (signin.Session).
    With `user`, that account signs in without the dialog when OFFICEDESK_PASSWORD holds its password (else the
    dialog asks, with the name filled in): for benchmarks and smoke tests.

    With exit_when_ready the loop ends as soon as the program waits for a person and nothing runs: code 0 once
    the sign-in (or first start) dialog is shown; with `user`, code 0 once that account is signed in and its
    first page has loaded, else the refusal's exit code (4 for a wrong password) with the reason on stderr.
    A smoke test of start-up for CI and for packaging checks.
    """
    app = application(argv)
    folder = log_dir()
    reporter = errors.install_excepthook(errors.log_file(folder))
    language = settings.language()
    loaded = i18n.install_translators(language, app)

    def start_log() -> None:
        try:
            errors.setup_logging(folder)
        except OSError:
            reporter.log_path = None  # a read-only profile must not stop the inspector from working
        log.info("OfficeDesk %s starting; language %s (%s)", __version__, language, ", ".join(loaded) or "none")

    try:
        window = MainWindow(db_url, log_dir=str(folder), language=language)
        password = os.environ.get(ENV_PASSWORD) if user else None
        session = Session(window, user=user, password=password)
        session.prepare()
        window.restore_window_state()
        window.show()
    except Exception:
        # Told politely (a modal box: the event loop is not running yet) and logged; no traceback on screen.
        start_log()
        reporter.report(sys.exc_info())  # type: ignore[arg-type]
        reporter.uninstall()
        i18n.remove_translators(app)
        return 1
    app.aboutToQuit.connect(ops.shutdown)

    if exit_when_ready:
        _exit_when_ready(app, session, signed_in=user is not None)
    # After the first paint: opening the database loads SQLAlchemy, in a worker but still competing for the GIL.
    app.processEvents()
    if os.environ.get(ENV_EXIT_AFTER_PAINT):
        # The cold-start benchmark (tests/bench/bench_gui.py): stop once the window is painted, before the database.
        window.repaint()
        QTimer.singleShot(0, app.quit)
    else:
        start_log()
        QTimer.singleShot(0, session.start)
    try:
        code = app.exec()
    finally:
        session.shutdown()
        if window.isVisible():
            window.close()
        window.deleteLater()
        app.aboutToQuit.disconnect(ops.shutdown)
        reporter.uninstall()
        i18n.remove_translators(app)
    return code


def _exit_when_ready(app: QApplication, session: Session, *, signed_in: bool) -> None:
    """End the loop when the start-up has settled: see run_gui."""
    chosen: list[int] = []

    def when_idle(code: int, quiet: int = 0) -> None:
        quiet = 0 if ops.running_ops() else quiet + 1
        if quiet >= _IDLE_POLLS:
            app.exit(code)
        else:
            QTimer.singleShot(0 if quiet else _BUSY_POLL_MS, lambda: when_idle(code, quiet))

    def finish(code: int, reason: str = "") -> None:
        if chosen:
            return
        chosen.append(code)
        if reason:
            sys.stderr.write(f"OfficeDesk: {reason}\n")
        when_idle(code)

    def not_signed_in() -> None:
        problem = session.problem
        if problem is not None:
            finish(problem.exit_code, str(problem))
        else:
            finish(4, f"not signed in as the account given (is {ENV_PASSWORD} set to its password?)")

    if signed_in:
        session.signed_in.connect(lambda _actor: finish(0))
        session.awaiting_person.connect(not_signed_in)
    else:
        session.awaiting_person.connect(lambda: finish(0))

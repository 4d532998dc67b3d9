"""Start-up (fast, nothing heavy imported before the window shows) and the handling of unexpected errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from officedesk.gui import errors, settings
from officedesk.gui.app import run_gui

HEAVY = ["sqlmodel", "sqlalchemy", "alembic", "reportlab", "openpyxl", "pyhanko", "holidays", "PIL"]

START = """
import json, sys, time
t0 = time.perf_counter()
from officedesk.gui.app import run_gui
code = run_gui(sys.argv[:1], db_url=sys.argv[1], exit_when_ready=True)
heavy = [m for m in sys.argv[2].split(",") if m in sys.modules]
print(json.dumps({"code": code, "seconds": time.perf_counter() - t0, "heavy": heavy}))
"""


def _start(tmp_path: Path, **env: str) -> dict[str, object]:
    child_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", START, f"sqlite:///{tmp_path}/officedesk.db", ",".join(HEAVY)],
        capture_output=True,
        text=True,
        env=child_env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_the_window_shows_fast_without_heavy_imports(tmp_path: Path) -> None:
    report = _start(tmp_path)
    assert report["code"] == 0
    assert report["heavy"] == []
    assert float(report["seconds"]) < 5  # typically about 0.3 s; generous for a loaded CI machine
    assert not (tmp_path / "officedesk.db").exists()  # the shell opens no database itself


@pytest.mark.slow
def test_starts_at_150_percent_and_in_english(tmp_path: Path) -> None:
    report = _start(tmp_path, QT_SCALE_FACTOR="1.5", OFFICEDESK_LANG="en")
    assert report["code"] == 0


def test_run_gui_returns_when_ready_and_remembers_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    assert run_gui([], db_url=f"sqlite:///{tmp_path}/x.db", exit_when_ready=True) == 0
    store = settings.app_settings()
    assert store.value(settings.KEY_PAGE) == "campaigns"
    assert store.value(settings.KEY_GEOMETRY) is not None
    assert sys.excepthook is sys.__excepthook__ or not isinstance(sys.excepthook, errors.ErrorReporter)


def _raise() -> errors.ExcInfo:
    try:
        raise RuntimeError("database is locked")
    except RuntimeError as exc:
        return (type(exc), exc, exc.__traceback__)


def test_unexpected_error_is_logged_and_told_politely_in_vietnamese(
    qtbot: QtBot, tmp_path: Path, vietnamese: None
) -> None:
    log_path = errors.setup_logging(tmp_path / "logs")
    reporter = errors.ErrorReporter(log_path)
    reporter.install()
    try:
        # From inside the running event loop, as a failing slot would (before it, the box would be modal).
        QTimer.singleShot(0, lambda: sys.excepthook(*_raise()))
        qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    finally:
        reporter.uninstall()
    box = reporter.box
    assert isinstance(box, QMessageBox)
    text = box.text()
    assert text.startswith("Rất tiếc")
    assert str(log_path) in text
    assert "Traceback" not in text and "RuntimeError" not in text
    assert [b.text() for b in box.buttons()] == ["Đồng ý"]
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "database is locked" in logged

    # A second error while the message is up is logged, not shown again.
    reporter.report(_raise())
    assert reporter.box is box
    box.close()


def test_the_hook_uninstalls_cleanly() -> None:
    before = sys.excepthook
    reporter = errors.install_excepthook(None)
    assert sys.excepthook is reporter
    reporter.uninstall()
    assert sys.excepthook is before
    QApplication.processEvents()


def test_a_failed_start_is_reported_not_raised(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from officedesk.gui import app as app_module

    shown: list[str] = []
    monkeypatch.setattr(errors.ErrorReporter, "show_message", lambda self, parent=None: shown.append("box"))

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("cannot start")

    monkeypatch.setattr(app_module, "MainWindow", broken)
    before = sys.excepthook
    assert run_gui([], db_url=None, exit_when_ready=True) == 1
    assert shown == ["box"]
    assert sys.excepthook is before

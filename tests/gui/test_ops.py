"""Op: the work runs in a worker thread, its outcome comes back on the GUI thread."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from officedesk.errors import UserError
from officedesk.gui import errors, ops
from officedesk.gui.ops import Cancelled, Op


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not ops.running_ops(), timeout=5000)


def test_success_is_delivered_on_the_gui_thread(qtbot: QtBot, owner: QWidget) -> None:
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    op = Op(owner, work).on_success(done).run()
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["callback"] == threading.main_thread().ident
    assert seen["worker"] != threading.main_thread().ident
    assert not op.is_running


def test_failure_is_delivered_on_the_gui_thread(qtbot: QtBot, owner: QWidget) -> None:
    seen: dict[str, Any] = {}

    def work() -> None:
        raise ValueError("bad roster")

    def failed(exc: BaseException) -> None:
        seen["exc"] = exc
        seen["thread"] = threading.get_ident()

    Op(owner, work).on_success(lambda _v: seen.setdefault("success", True)).on_failure(failed).run()
    qtbot.waitUntil(lambda: "exc" in seen, timeout=5000)
    assert isinstance(seen["exc"], ValueError) and str(seen["exc"]) == "bad roster"
    assert seen["exc"].__traceback__ is not None
    assert seen["thread"] == threading.main_thread().ident
    assert "success" not in seen


def test_unhandled_failure_goes_to_the_error_reporter(
    qtbot: QtBot, owner: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[BaseException] = []

    class Fake:
        def report(self, exc_info: Any, parent: Any = None) -> None:
            reported.append(exc_info[1])

    monkeypatch.setattr(errors, "reporter", lambda: Fake())
    Op(owner, lambda: 1 / 0).run()
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert isinstance(reported[0], ZeroDivisionError)


def test_a_refusal_is_shown_as_its_own_sentence(qtbot: QtBot, owner: QWidget) -> None:
    def work() -> None:
        raise UserError("Tài khoản của anh/chị không được phép làm việc này.")

    owner.show()
    Op(owner, work).run()
    _wait_idle(qtbot)
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(
        lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in owner.findChildren(QMessageBox))
    )
    box = next(w for w in owner.findChildren(QMessageBox) if w.isVisible())
    assert box.text() == "Tài khoản của anh/chị không được phép làm việc này."
    box.close()


def _counting(steps: int, pause: float):  # type: ignore[no-untyped-def]
    def work(*, progress: ops.ProgressFn, cancelled: ops.CancelledFn) -> int:
        for i in range(steps):
            if cancelled():
                raise Cancelled
            time.sleep(pause)
            progress(i + 1, steps)
        return steps

    return work


def test_cancel_stops_a_reporting_operation(qtbot: QtBot, owner: QWidget) -> None:
    seen: dict[str, Any] = {}
    started = threading.Event()

    def work(*, progress: ops.ProgressFn, cancelled: ops.CancelledFn) -> str:
        started.set()
        while not cancelled():
            time.sleep(0.005)
        raise Cancelled

    op = (
        Op.reporting(owner, work)
        .on_success(lambda v: seen.setdefault("success", v))
        .on_failure(lambda e: seen.setdefault("failure", e))
        .on_cancelled(lambda: seen.setdefault("cancelled", threading.get_ident()))
        .run()
    )
    assert started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: "cancelled" in seen, timeout=5000)
    assert seen == {"cancelled": threading.main_thread().ident}


def test_progress_dialog_only_for_slow_work_and_its_cancel_button_stops_it(
    qtbot: QtBot, owner: QWidget
) -> None:
    owner.show()
    seen: dict[str, Any] = {}
    op = (
        Op.reporting(owner, _counting(steps=2000, pause=0.005))
        .with_progress("Đang nhập danh sách cán bộ…", delay_ms=100)
        .on_success(lambda v: seen.setdefault("success", v))
        .on_cancelled(lambda: seen.setdefault("cancelled", True))
        .run()
    )
    assert op.progress_dialog is None  # nothing flashes before the delay
    qtbot.waitUntil(lambda: op.progress_dialog is not None and op.progress_dialog.isVisible(), timeout=5000)
    dialog = op.progress_dialog
    assert dialog is not None and dialog.cancel_button is not None
    assert dialog.label.text() == "Đang nhập danh sách cán bộ…"
    qtbot.waitUntil(lambda: dialog.bar.maximum() == 2000 and dialog.bar.value() > 0, timeout=5000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "cancelled" in seen, timeout=5000)
    assert "success" not in seen
    assert op.progress_dialog is None


def test_quick_work_shows_no_progress_dialog(qtbot: QtBot, owner: QWidget) -> None:
    seen: list[int] = []
    op = Op(owner, lambda: 7).with_progress("…", delay_ms=600).on_success(seen.append).run()
    qtbot.waitUntil(lambda: seen == [7], timeout=5000)
    qtbot.wait(700)
    assert op.progress_dialog is None


def test_a_plain_function_gets_no_cancel_button(qtbot: QtBot, owner: QWidget) -> None:
    owner.show()
    release = threading.Event()
    op = Op(owner, lambda: release.wait(5)).with_progress("…", delay_ms=0).run()
    qtbot.waitUntil(lambda: op.progress_dialog is not None, timeout=5000)
    assert op.progress_dialog is not None and op.progress_dialog.cancel_button is None
    release.set()
    _wait_idle(qtbot)


def test_result_dropped_when_the_owner_is_gone(qtbot: QtBot) -> None:
    owner = QWidget()
    release = threading.Event()
    seen: list[object] = []
    Op(owner, lambda: release.wait(5)).on_success(seen.append).run()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=5000)
    release.set()
    _wait_idle(qtbot)
    assert seen == []


def test_an_op_runs_once(qtbot: QtBot, owner: QWidget) -> None:
    op = Op(owner, lambda: None).run()
    with pytest.raises(RuntimeError):
        op.run()
    _wait_idle(qtbot)


class _KeepsItsOp(QWidget):
    """A window that keeps its operation, to cancel it, as the dialogs do."""

    def __init__(self) -> None:
        super().__init__()
        self.result: object = None
        self.op = Op(self, lambda: 42).on_success(self.shown).run()

    def shown(self, value: object) -> None:
        self.result = value


def test_a_finished_operation_lets_its_window_go_on_the_gui_thread(qtbot: QtBot) -> None:
    import gc
    import weakref

    window = _KeepsItsOp()
    qtbot.waitUntil(lambda shown=window: shown.result == 42)
    gone = weakref.ref(window)
    gc.disable()  # what a worker thread's collection would otherwise do, some time later, on the wrong thread
    try:
        del window
        assert gone() is None  # freed at once: the operation no longer holds the window
    finally:
        gc.enable()

"""Client benchmarks (issue: desktop client): cold start, the entry screen, memory.

Each start-up is a fresh process, as a person starting the app gets: the medians include Python's own start.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_core import _demo

VENV_BIN = Path(sys.executable).parent
BARE_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
w = QMainWindow(); t = QTableView(); t.setModel(QStandardItemModel(10, 5)); w.setCentralWidget(t); w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _env() -> dict[str, str]:
    # A fresh profile each start: no remembered page or window, as on a new laptop (the dashboard opens first).
    home = Path(tempfile.mkdtemp(prefix="officedesk-bench-home-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), OFFICEDESK_PASSWORD="demo-2024")
    return env


def _timed(cmd: list[str], **extra_env: str) -> float:
    env = {**_env(), **extra_env}
    # Not subprocess.run(timeout=…): waiting with a timeout polls with sleeps of up to 50 ms, which rounds every
    # start-up up to the next 50 ms. A plain wait returns when the child ends; a watchdog kills a hung child.
    t = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watchdog = threading.Timer(120, child.kill)
    watchdog.start()
    try:
        code = child.wait()
    finally:
        watchdog.cancel()
    elapsed = time.perf_counter() - t
    if code != 0:
        raise subprocess.CalledProcessError(code, cmd)
    return elapsed


def _bare() -> float:
    return _timed([sys.executable, "-c", BARE_SCRIPT])


def bench_window_painted() -> tuple[float, float | None]:
    """The main window painted vs a bare PySide6 window with a table (≤ 1.5×)."""
    ours = _timed([str(VENV_BIN / "officedesk"), "--db", str(_demo())], OFFICEDESK_EXIT_AFTER_PAINT="1")
    return ours, _bare()


def bench_signin_ready() -> tuple[float, float | None]:
    """The window painted, the database opened and the sign-in dialog ready (no one signed in) vs the bare window."""
    ours = _timed([str(VENV_BIN / "officedesk"), "--db", str(_demo()), "--exit-when-ready"])
    return ours, _bare()


def bench_ready_with_dashboard() -> tuple[float, float | None]:
    """Signed in, the demo's campaign dashboard loaded and idle vs the bare window (≤ 5×)."""
    ours = _timed([str(VENV_BIN / "officedesk"), "--db", str(_demo()), "--user", "hoa", "--exit-when-ready"])
    return ours, _bare()


def bench_memory_demo_open() -> tuple[float, float | None]:
    """Peak RSS in MB of the client signed in on the demo with its dashboard (≤ 200 MB); baseline: the bare window.

    Reported in the seconds columns as megabytes."""
    def peak(cmd: list[str]) -> float:
        # A fresh parent per measure: ru_maxrss of children is the largest child the parent ever waited for.
        probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
                 "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
                 "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, env=_env(), capture_output=True,
                             text=True, timeout=120)
        return int(out.stdout.strip()) / 1024.0

    bare = peak([sys.executable, "-c", BARE_SCRIPT])
    ours = peak([str(VENV_BIN / "officedesk"), "--db", str(_demo()), "--user", "hoa", "--exit-when-ready"])
    return ours, bare


BENCHES = {
    "client: window painted [vs bare PySide6 window] (≤ 1.5×)": bench_window_painted,
    "client: sign-in dialog ready, database open [vs bare]": bench_signin_ready,
    "client: ready with the demo dashboard [vs bare] (≤ 5×)": bench_ready_with_dashboard,
    "client: peak memory, demo open, MB [vs bare] (≤ 200 MB)": bench_memory_demo_open,
}


# -- the entry screen, in this process (offscreen) -------------------------------------------------------------

_state: dict[str, object] = {}


def _entry() -> tuple[object, object, str]:
    """(QApplication, InspectionEntryPage, inspection id) on a unit of 2,000 staff, made once."""
    if not _state:
        from datetime import datetime

        from PySide6.QtWidgets import QApplication
        from synthetic import build_big_unit

        from officedesk.gui.entry.page import InspectionEntryPage
        from officedesk.services.clock import LOCAL, FixedClock
        from officedesk.services.context import SYSTEM, Ctx
        from officedesk.storage.location import to_url
        from officedesk.storage.schema import open_database

        app = QApplication.instance() or QApplication([])
        path, insp = build_big_unit(Path(tempfile.gettempdir()) / "officedesk-bench" / "big-unit.db")
        ctx = Ctx(db=open_database(to_url(path)), actor=SYSTEM,
                  clock=FixedClock(datetime(2024, 2, 15, 10, 0, tzinfo=LOCAL)))
        page = InspectionEntryPage(ctx)
        page.resize(1280, 720)
        page.show()
        app.processEvents()
        _state.update(app=app, page=page, insp=insp, ctx=ctx)
    return _state["app"], _state["page"], str(_state["insp"])


class _BareModel:
    """The baseline: a bare QAbstractTableModel over the same 2,000 rows, shown in a QTableView."""

    def __init__(self) -> None:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        class M(QAbstractTableModel):
            rows: list[tuple[str, ...]] = []

            def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
                return 0 if parent.isValid() else len(self.rows)

            def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008,N802
                return 0 if parent.isValid() else 6

            def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
                return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

            def set_rows(self, rows: list[tuple[str, ...]]) -> None:
                self.beginResetModel()
                self.rows = rows
                self.endResetModel()

        self.model = M()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(1280, 720)
        self.view.show()


def bench_entry_open_2000() -> tuple[float, float | None]:
    """Opening a unit of 2,000 staff in the entry screen, painted (≤ 100 ms) vs a bare model with the rows."""
    from officedesk.services import queries

    app, page, insp = _entry()
    t = time.perf_counter()
    page.open_inspection(insp)  # type: ignore[attr-defined]
    page.repaint()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    ours = time.perf_counter() - t
    bare = _state.get("bare") or _BareModel()
    _state["bare"] = bare
    t = time.perf_counter()
    rows = [tuple(str(r[k]) for k in ("code", "full_name", "position", "status", "arrival_time", "note"))
            for r in queries.roster(_state["ctx"], insp)]  # type: ignore[arg-type]
    bare.model.set_rows(rows)  # type: ignore[attr-defined]
    bare.view.repaint()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    return ours, time.perf_counter() - t


def bench_status_key() -> tuple[float, float | None]:
    """A status key press -> its row committed and dataChanged emitted (median of 50; ≤ 16 ms) vs set_status."""
    import statistics

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from officedesk.domain.enums import Status
    from officedesk.services import inspections

    app, page, insp = _entry()
    if getattr(page, "inspection_id", None) != insp:
        page.open_inspection(insp)  # type: ignore[attr-defined]
    view = page.ui.rosterView  # type: ignore[attr-defined]
    model = page.roster  # type: ignore[attr-defined]
    stamps: list[float] = []

    def stamp(*_: object) -> None:
        stamps.append(time.perf_counter())

    model.dataChanged.connect(stamp)
    samples = []
    for n in range(50):
        view.move_to_row(n)
        stamps.clear()
        # Always a change: unexcused for someone on time, on time for anyone else.
        current = model.row(n).status
        key, text_ = (Qt.Key.Key_K, "k") if current != Status.UNEXCUSED else (Qt.Key.Key_C, "c")
        t = time.perf_counter()
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text_))
        if stamps:
            samples.append(stamps[0] - t)
    app.processEvents()  # type: ignore[attr-defined]
    model.dataChanged.disconnect(stamp)  # only ours: the view's own connections stay
    service = []
    for n in range(50):
        obs = model.row(n).id
        t = time.perf_counter()
        inspections.set_status(_state["ctx"], obs, Status.UNEXCUSED if n % 2 else Status.ON_TIME)  # type: ignore[arg-type]
        service.append(time.perf_counter() - t)
    return statistics.median(samples), statistics.median(service)


BENCHES.update({
    "entry: open a unit of 2,000 staff, painted [vs bare model] (≤ 100 ms)": bench_entry_open_2000,
    "entry: status key -> committed + dataChanged, median [vs set_status] (≤ 16 ms)": bench_status_key,
})

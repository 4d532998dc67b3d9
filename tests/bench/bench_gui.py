"""Client benchmarks (issue: desktop client): cold start, the entry screen, memory.

Each start-up is a fresh process, as a person starting the app gets: the medians include Python's own start.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
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
    home = Path(tempfile.gettempdir()) / "officedesk-bench-home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), OFFICEDESK_PASSWORD="demo-2024")
    return env


def _timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - t


def _bare() -> float:
    return _timed([sys.executable, "-c", BARE_SCRIPT])


def bench_window_painted() -> tuple[float, float | None]:
    """The main window painted (and the sign-in dialog ready) vs a bare PySide6 window with a table (≤ 1.5×)."""
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
    "client: ready with the demo dashboard [vs bare] (≤ 5×)": bench_ready_with_dashboard,
    "client: peak memory, demo open, MB [vs bare] (≤ 200 MB)": bench_memory_demo_open,
}

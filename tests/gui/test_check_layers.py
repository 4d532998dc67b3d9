"""tools/check_layers.py keeps Qt's GUI modules and officedesk.gui out of the core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "check_layers.py"


def _run(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), "--root", str(root)], capture_output=True, text=True, timeout=120
    )


def _write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_repository_keeps_its_layers() -> None:
    result = _run(ROOT)
    assert result.returncode == 0, result.stderr


def test_violations_are_listed_with_file_and_line(tmp_path: Path) -> None:
    _write(tmp_path, "officedesk/__init__.py", "")
    _write(tmp_path, "officedesk/rules/__init__.py", "")
    _write(tmp_path, "officedesk/rules/ok.py", "from PySide6.QtCore import QCoreApplication\n")
    _write(tmp_path, "officedesk/rules/bad.py", "import os\nfrom PySide6.QtWidgets import QWidget\n")
    _write(tmp_path, "officedesk/reports/__init__.py", "")
    _write(tmp_path, "officedesk/reports/pdf.py", "\n\nfrom PySide6 import QtPrintSupport\n")
    _write(tmp_path, "officedesk/services/__init__.py", "from .. import gui\n")
    _write(
        tmp_path, "officedesk/services/x.py", "import importlib\nimportlib.import_module('PySide6.QtGui')\n"
    )
    _write(
        tmp_path,
        "officedesk/storage/y.py",
        "def f():\n    from officedesk.gui.main_window import MainWindow\n",
    )
    # The client itself and the command line starting it are allowed.
    _write(tmp_path, "officedesk/gui/__init__.py", "from PySide6.QtWidgets import QWidget\n")
    _write(tmp_path, "officedesk/cli.py", "def run():\n    from officedesk.gui.app import run_gui\n")

    result = _run(tmp_path)

    assert result.returncode == 1
    out = result.stderr
    assert "officedesk/rules/bad.py:2: imports PySide6.QtWidgets" in out
    assert "officedesk/reports/pdf.py:3: imports PySide6.QtPrintSupport" in out
    assert "officedesk/services/__init__.py:1: imports officedesk.gui" in out
    assert "officedesk/services/x.py:2: imports PySide6.QtGui" in out
    assert "officedesk/storage/y.py:2: imports officedesk.gui.main_window" in out
    assert "ok.py" not in out
    assert "officedesk/gui/" not in out
    assert "cli.py" not in out


def test_the_command_line_may_start_the_client_but_not_reach_into_it(tmp_path: Path) -> None:
    _write(tmp_path, "officedesk/__init__.py", "")
    _write(tmp_path, "officedesk/cli.py", "from officedesk.gui import main_window\nimport PySide6.QtGui\n")
    result = _run(tmp_path)
    assert result.returncode == 1
    assert "officedesk/cli.py:1: imports officedesk.gui.main_window" in result.stderr
    assert "officedesk/cli.py:2: imports PySide6.QtGui" in result.stderr

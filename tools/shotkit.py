"""The start-up shared by the screenshot scripts tools/screenshots_*.py (run as scripts: ``import shotkit``).

    shot = shotkit.start()  # --lang, --scale; a temporary folder for settings and data; the application

Qt and OfficeDesk are imported only once the environment points at the temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
WINDOW = (1366, 700)  # a maximised window on a 1366×768 laptop, title bar and taskbar taken off


@dataclass(frozen=True)
class Shot:
    args: argparse.Namespace  # lang, scale
    tmp: Path  # settings, data and the pictures that are only for a look
    app: Any  # the QApplication
    suffix: str  # "" at scale 1, else "@150" and the like, before ".png"


def start() -> Shot:
    """Parse --lang/--scale, point settings and data at a new temporary folder, make the translated application."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="officedesk-shots-"))
    os.environ.update(XDG_CONFIG_HOME=str(tmp / "config"), XDG_STATE_HOME=str(tmp / "state"),
                      XDG_DATA_HOME=str(tmp / "data"), QT_SCALE_FACTOR=str(args.scale))

    from officedesk.gui import i18n
    from officedesk.gui.app import application

    app = application(sys.argv[:1])
    i18n.install_translators(args.lang, app)
    return Shot(args, tmp, app, "" if args.scale == 1.0 else f"@{round(args.scale * 100)}")


def settle(ms: int = 400) -> None:
    """Let Qt run for ms milliseconds (layouts, timers, worker threads' results)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        QApplication.processEvents()

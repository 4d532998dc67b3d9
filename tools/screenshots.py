"""Screenshots of the client in a real X window (Xvfb, 1366×768) for docs/screenshots/.

    python tools/screenshots.py                 # every section, the user guide, the signature pad, and 150 %
    python tools/screenshots.py --db URL        # with that database (the screens that read it show its data)
    python tools/screenshots.py --lang en

The script runs itself again under `xvfb-run` with the xcb platform, so the pictures come from the same code
path as a laptop's screen, with settings and logs in a temporary folder. Look at the pictures afterwards.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = "1366x768x24"
# The part of a 1366×768 screen a maximised window gets under Windows: title bar and taskbar taken off.
WINDOW = (1366, 700)


def outer(args: argparse.Namespace) -> int:
    if shutil.which("xvfb-run") is None:
        sys.stderr.write("xvfb-run is missing: apt-get install xvfb (or `make deps`)\n")
        return 1
    with tempfile.TemporaryDirectory(prefix="officedesk-shots-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": f"{tmp}/config",
            "XDG_STATE_HOME": f"{tmp}/state",
            "XDG_DATA_HOME": f"{tmp}/data",
        }
        env.pop("QT_SCALE_FACTOR", None)
        db = args.db or os.environ.get("OFFICEDESK_DB") or f"sqlite:///{tmp}/officedesk.db"
        runs = [({}, ""), ({"QT_SCALE_FACTOR": "1.5"}, "@150")]
        for extra, suffix in runs:
            command = [
                "xvfb-run",
                "-a",
                "-s",
                f"-screen 0 {SCREEN}",
                sys.executable,
                __file__,
                "--inner",
                "--db",
                db,
                "--lang",
                args.lang,
                "--suffix",
                suffix,
                "--out",
                str(args.out),
            ]
            result = subprocess.run(command, env={**env, **extra}, cwd=ROOT)
            if result.returncode != 0:
                return result.returncode
    return 0


def inner(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from officedesk.gui import i18n
    from officedesk.gui.app import application
    from officedesk.gui.main_window import MainWindow

    app = application(sys.argv[:1])
    i18n.install_translators(args.lang, app)
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def settle(ms: int = 300) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive():
            QApplication.processEvents()

    def save(widget: object, name: str) -> None:
        path = args.out / f"{name}{args.suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)

    screen = QGuiApplication.primaryScreen().geometry()
    window = MainWindow(args.db, log_dir="~/.local/state/OfficeDesk/log", language=args.lang)
    scale = 1.5 if args.suffix == "@150" else 1.0
    window.resize(min(int(WINDOW[0] / scale), screen.width()), min(int(WINDOW[1] / scale), screen.height()))
    window.move(QPoint(0, 0))
    window.show()
    keys = window.page_keys() if not args.suffix else window.page_keys()[:1] + ["settings"]
    for key in keys:
        window.show_page(key)
        settle()
        save(window, f"main_{key}")

    if not args.suffix:
        guide = window.show_user_guide()
        settle()
        save(guide, "user_guide")
        guide.close()
        save(_signature_demo(), "signature_pad")

    for path in written:
        sys.stdout.write(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}\n")
    return 0


def _signature_demo() -> object:
    """The signature field with a signature drawn in, as the unit head leaves it."""
    import math

    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from officedesk.gui.signature_pad import SignatureField, Stroke

    field = SignatureField("Đại diện đơn vị (ký, ghi rõ họ tên)")
    field.resize(480, 240)
    field.show()
    stroke = Stroke()
    for t in range(0, 120):
        x = 70 + 2.4 * t + 14 * math.cos(t / 4)
        stroke.add(QPointF(x, 95 + 28 * math.sin(t / 4) - t * 0.15), 0.35 + 0.3 * math.sin(t / 15) ** 2)
    underline = Stroke()
    for t in range(0, 60):
        underline.add(QPointF(80 + 5 * t, 130 - t * 0.2), 0.4)
    field.pad._strokes += [stroke, underline]
    field.pad.changed.emit()
    QApplication.processEvents()
    return field


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="database URL shown by the window (default: a temporary path)")
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--suffix", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    return inner(args) if args.inner else outer(args)


if __name__ == "__main__":
    sys.exit(main())

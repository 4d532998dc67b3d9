"""Screenshots of the signed-in client on the demo province, in a real X window (Xvfb, 1366×768), for
docs/screenshots/ and the user guide.

    python tools/screenshots.py                  # Vietnamese, one English entry screen, 150 %, and the guide's images
    python tools/screenshots.py --db PATH         # with that database instead of a fresh demo (the demo's codes:
                                                  # SAUTET-2024, XA09 draft, XA01 signed, must be in it)
    python tools/screenshots.py --only vi         # one run: vi, en, 150 or guide
    python tools/screenshots.py --no-guide-images # leave resources/help/images/ alone

The script builds the demo database (`officedesk demo`) into a temporary folder, then runs itself again under
`xvfb-run` with the xcb platform and that folder as the settings and log home, once per language and scale. Each
run starts as the program does (app.run_gui): the language from OFFICEDESK_LANG, the main window, and a sign-in
Session for "hoa"; the sign-in dialog is filled in and accepted, so the sections show what hoa sees. The main
window is 1366×700, what a maximised window gets of a 1366×768 screen under Windows once the title bar and the
taskbar are taken off. The real date and clock are used. Look at the pictures afterwards.

Written (docs/screenshots/):
    main_signin.png             the sign-in dialog over the window, user name filled in, password typed
    main_campaigns.png          the dashboard of SAUTET-2024
    main_inspection.png         the entry screen on the draft inspection of UBND xã Vạn Hòa (XA09)
    main_inspection_signed.png  the entry screen on the signed, locked inspection of UBND xã Tả Phìn (XA01)
    main_units.png              units and staff, the whole province searched for "nguyen van tuan"
    main_reports.png            reports, the minutes of XA01 previewed
    main_settings.png           settings
    main_locked.png             the idle lock
    user_guide.png              the user guide (F1), showing a picture
    signature_pad.png           the signature field with a signature drawn in
    main_*_en.png, signature_pad_en.png   the same screens in English (the English guide's pictures)
    main_campaigns@150.png, main_inspection@150.png, main_settings@150.png   at 150 % (QT_SCALE_FACTOR=1.5)
and, 680 pixels wide, the pictures the guide shows (resources/help/images/).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
GUIDE_IMAGES = ROOT / "resources" / "help" / "images"
SCREEN = "1366x768x24"
# The part of a 1366×768 screen a maximised window gets under Windows: title bar and taskbar taken off.
WINDOW = (1366, 700)
USER = "hoa"
PASSWORD = "demo-2024"
CAMPAIGN = "SAUTET-2024"
DRAFT_UNIT = "XA09"  # UBND xã Vạn Hòa: the demo's inspection still being recorded
SIGNED_UNIT = "XA01"  # UBND xã Tả Phìn: signed on the spot, locked
SEARCH = "nguyen van tuan"
GUIDE_ANCHOR = "ghinhan"  # the Vietnamese guide's "recording an inspection"
# The guide's pictures: docs/screenshots/<name>.png → resources/help/images/<name without main_>.png, cropped to
# the part that matters (left, top, right, bottom in the 1366×700 window; None: all of it) and made at most this
# wide. signoff.png comes from tests/gui/entry_screenshots.py.
GUIDE_WIDTH = 680  # the help dialog's 760-pixel window less its margins and scroll bar
_PAGE = (204, 20, 1366, 678)  # the section, without the list of sections, the menu and the status bar
_DIALOG = (490, 205, 857, 415)  # the sign-in dialog, centred over the window
_GUIDE_CROPS: dict[str, tuple[int, int, int, int] | None] = {
    "main_signin": _DIALOG,
    "main_campaigns": None,
    "main_inspection": _PAGE,
    "main_inspection_signed": _PAGE,
    "main_units": _PAGE,
    "main_reports": _PAGE,
    "main_locked": (440, 260, 926, 440),
}
# The Vietnamese guide's pictures, the English guide's (the same screens in English: "<name>_en"), and the
# sign-off dialog (Vietnamese only).
GUIDE_SHOTS: dict[str, tuple[int, int, int, int] | None] = {
    **_GUIDE_CROPS,
    **{f"{name}_en": box for name, box in _GUIDE_CROPS.items()},
    "signoff": None,
}
# (name, OFFICEDESK_LANG, QT_SCALE_FACTOR, suffix, what to take)
RUNS = {
    "vi": ("vi", None, "", "all"),
    "en": ("en", None, "_en", "all"),
    "150": ("vi", "1.5", "@150", "scaled"),
    "guide": ("vi", None, "", "guide"),  # after the guide's images are made from the "vi" run's
}


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
        for name in ("QT_SCALE_FACTOR", "OFFICEDESK_PASSWORD", "OFFICEDESK_DB"):
            env.pop(name, None)
        db = args.db
        if db is None:
            db = f"{tmp}/data/OfficeDesk/demo.db"
            Path(db).parent.mkdir(parents=True)
            made = subprocess.run(
                [sys.executable, "-m", "officedesk", "--db", db, "demo"],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            if made.returncode != 0:
                sys.stderr.write(made.stderr)
                return made.returncode
        for run in [args.only] if args.only else list(RUNS):
            if run == "guide" and args.guide_images and args.out == OUT:
                guide_images(args.out)
            lang, scale, suffix, what = RUNS[run]
            extra = {"OFFICEDESK_LANG": lang}
            if scale:
                extra["QT_SCALE_FACTOR"] = scale
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
                "--suffix",
                suffix,
                "--what",
                what,
                "--out",
                str(args.out),
            ]
            result = subprocess.run(command, env={**env, **extra}, cwd=ROOT)
            if result.returncode != 0:
                return result.returncode
    return 0


def guide_images(out: Path) -> None:
    """Small copies of the screenshots for the guide (a QTextBrowser shows them at their own size): cropped,
    scaled down, 256 colours (a screen's flat colours survive it), optimised; about 0.5 MB in all."""
    from PIL import Image

    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    for name, box in GUIDE_SHOTS.items():
        source = out / f"{name}.png"
        if not source.exists():
            sys.stderr.write(f"missing {source}: not copied into the guide\n")
            continue
        with Image.open(source) as opened:
            image = opened.convert("RGB")
        if box is not None:
            image = image.crop(box)
        if image.width > GUIDE_WIDTH:
            image = image.resize(
                (GUIDE_WIDTH, round(image.height * GUIDE_WIDTH / image.width)), Image.Resampling.LANCZOS
            )
        framed = Image.new("RGB", (image.width + 2, image.height + 2), (160, 160, 160))  # apart from the page
        framed.paste(image, (1, 1))
        image = framed.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        target = GUIDE_IMAGES / f"{name.removeprefix('main_')}.png"
        image.save(target, optimize=True)
        sys.stdout.write(f"{target.relative_to(ROOT)}\n")


# -- inside Xvfb ----------------------------------------------------------------------------------------------
def inner(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QPoint, QRect, QTimer
    from PySide6.QtGui import QGuiApplication, QPixmap
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from officedesk.gui import i18n, ops, settings
    from officedesk.gui.app import application
    from officedesk.gui.main_window import MainWindow
    from officedesk.gui.paths import log_dir
    from officedesk.gui.signin import Session
    from officedesk.gui.signin.dialogs import SignInDialog
    from officedesk.services import queries
    from officedesk.storage.location import resolve_db

    app = application(sys.argv[:1])
    language = settings.language()  # OFFICEDESK_LANG, as when the program starts
    i18n.install_translators(language, app)
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    scale = 1.5 if args.suffix == "@150" else 1.0

    def settle(ms: int = 300) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive():
            QApplication.processEvents()

    def wait(until: object = None, timeout_s: float = 30.0, what: str = "") -> None:
        """Until no background operation has run for a few polls and `until()` (if given) holds."""
        quiet, waited = 0, 0.0
        while waited < timeout_s:
            settle(50)
            waited += 0.05
            quiet = 0 if ops.running_ops() else quiet + 1
            if quiet >= 4 and (until is None or until()):  # type: ignore[operator]
                settle(150)
                return
        raise SystemExit(f"screenshots: timed out waiting for {what or 'the screen'}")

    def save_pixmap(pixmap: QPixmap, name: str) -> None:
        path = args.out / f"{name}{args.suffix}.png"
        pixmap.save(str(path))
        written.append(path)

    def save(widget: QWidget, name: str) -> None:
        save_pixmap(widget.grab(), name)

    def save_screen(rect: QRect, name: str) -> None:
        """What is on the screen there: the window with its dialogs over it."""
        screen = QGuiApplication.primaryScreen()
        save_pixmap(screen.grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height()), name)

    screen = QGuiApplication.primaryScreen().geometry()
    window = MainWindow(resolve_db(args.db), log_dir=str(log_dir()), language=language)
    session = Session(window, user=USER)  # no password: the dialog asks, the user name filled in
    session.prepare()
    window.resize(min(int(WINDOW[0] / scale), screen.width()), min(int(WINDOW[1] / scale), screen.height()))
    window.move(QPoint(0, 0))
    window.show()
    QTimer.singleShot(0, session.start)
    wait(
        lambda: isinstance(session.dialog, SignInDialog) and session.dialog.isVisible(),
        what="the sign-in dialog",
    )
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    QTest.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    settle()
    if args.what == "all":
        save_screen(window.frameGeometry(), "main_signin")
    dialog.accept()  # as Enter would
    wait(lambda: session.actor is not None, what="the sign-in")

    core = window.ctx.core()
    campaign_id = queries.resolve(core, "campaign", CAMPAIGN)
    inspections = {r["unit_code"]: r for r in queries.list_inspections(core, campaign_id)}

    def campaigns() -> None:
        window.show_page("campaigns")
        page = window.page_widget("campaigns")
        wait(what="the campaigns")
        if not page.select_campaign(campaign_id):  # type: ignore[union-attr]
            raise SystemExit(f"screenshots: no campaign {CAMPAIGN}")
        wait(lambda: page.dashboard is not None, what="the dashboard")  # type: ignore[union-attr]
        settle(500)  # the chart
        save(window, "main_campaigns")

    def entry(unit: str, name: str) -> None:
        window.show_page("inspection")
        page = window.page_widget("inspection")
        page.open_inspection(inspections[unit]["id"])  # type: ignore[union-attr]
        wait(what=f"the inspection of {unit}")
        save(window, name)

    def units() -> None:
        window.show_page("units")
        page = window.page_widget("units")
        wait(what="the units")
        page.ui.wholeProvinceCheck.setChecked(True)  # type: ignore[union-attr]
        page.ui.searchEdit.setFocus()  # type: ignore[union-attr]
        QTest.keyClicks(page.ui.searchEdit, SEARCH)  # type: ignore[union-attr]
        page.load_staff()  # type: ignore[union-attr]  # as Enter would, without waiting for the typing pause
        wait(lambda: bool(page.listed_staff()), what="the search")  # type: ignore[union-attr]
        page.select_staff(page.listed_staff()[0]["id"])  # type: ignore[union-attr]
        wait(what="the person")
        save(window, "main_units")

    def reports() -> None:
        window.show_page("reports")
        page = window.page_widget("reports")
        wait(what="the reports")
        page.select_campaign(CAMPAIGN)  # type: ignore[union-attr]
        wait(lambda: page.select_inspection(SIGNED_UNIT), what="the inspections")  # type: ignore[union-attr]
        page.preview_minutes()  # type: ignore[union-attr]
        wait(lambda: page.preview.kind == "pdf", timeout_s=60, what="the minutes")  # type: ignore[union-attr]
        settle(800)
        save(window, "main_reports")

    def settings_page() -> None:
        window.show_page("settings")
        wait()
        save(window, "main_settings")

    def guide() -> None:
        dialog = window.show_user_guide()
        browser = dialog.browser
        settle()
        # Down to the keyboard entry with its picture, so the shot shows that the guide finds its images.
        browser.scrollToAnchor(GUIDE_ANCHOR)
        settle()
        block = browser.document().begin()
        while block.isValid() and "\ufffc" not in block.text():  # an image is an object character
            block = block.next()
        if block.isValid() and browser.verticalScrollBar().value() == 0:
            layout = browser.document().documentLayout()
            top = int(layout.blockBoundingRect(block).top())
            browser.verticalScrollBar().setValue(max(0, top - 90))
        settle()
        save(dialog, "user_guide")
        dialog.close()

    def locked() -> None:
        session.lock()
        wait(what="the lock screen")
        save_screen(window.frameGeometry(), "main_locked")

    if args.what == "all":
        campaigns()
        entry(DRAFT_UNIT, "main_inspection")
        entry(SIGNED_UNIT, "main_inspection_signed")
        units()
        reports()
        settings_page()
        locked()
        save(_signature_demo(), "signature_pad")
    elif args.what == "guide":
        guide()
    else:
        campaigns()
        entry(DRAFT_UNIT, "main_inspection")
        settings_page()

    session.shutdown()
    window.close()
    for path in written:
        sys.stdout.write(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}\n")
    return 0


def _signature_demo() -> QWidget:
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
    parser.add_argument("--db", help="database file or URL with the demo's data (default: a fresh demo)")
    parser.add_argument("--only", choices=list(RUNS), help="one run: vi, en, 150 or guide")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--no-guide-images",
        dest="guide_images",
        action="store_false",
        help="do not refresh resources/help/images/",
    )
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--suffix", default="", help=argparse.SUPPRESS)
    parser.add_argument("--what", default="all", help=argparse.SUPPRESS)
    args = parser.parse_args()
    return inner(args) if args.inner else outer(args)


if __name__ == "__main__":
    sys.exit(main())

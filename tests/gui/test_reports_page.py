"""The reports screen on the demo province: documents made in the background, previewed, printed and saved."""

from __future__ import annotations

import subprocess
import sys
import time as clock
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QPageRanges
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from officedesk.gui.pages import PageContext
from officedesk.gui.reports_page import create_reports_page
from officedesk.gui.reports_page.page import ReportsPage
from officedesk.services import report_data
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import Ctx
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

from .mnemonics import clashes, window_mnemonics

WAIT_MS = 30000


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def page(qtbot: QtBot, demo_db: Path) -> Iterator[ReportsPage]:
    window = QMainWindow()
    qtbot.addWidget(window)
    core = Ctx(db=open_database(to_url(demo_db)), clock=FixedClock(datetime(2024, 3, 1, 9, 0, tzinfo=LOCAL)))
    page = create_reports_page(PageContext(db_url=to_url(demo_db), window=window, core_ctx=core))
    assert isinstance(page, ReportsPage)
    window.setCentralWidget(page)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not page.busy() and page.inspections.rowCount() > 0, timeout=10000)
    yield page
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)
    preview_op = page.preview.print_op
    qtbot.waitUntil(lambda: preview_op is None or not preview_op.is_running, timeout=WAIT_MS)
    window.close()
    core.db.engine.dispose()


def made(qtbot: QtBot, page: ReportsPage, start) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.document_ready, timeout=WAIT_MS) as signal:
        assert start() is not None
    return str(signal.args[0])


def pdf_printer(path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from officedesk.gui.reports_page.printing import make_printer

    printer = make_printer("test")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_opening_the_screen_loads_no_pdf_library() -> None:
    # A child process: this test process may have loaded QtPdf for another test already.
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication(['t'])\n"
        "import officedesk.gui.reports_page.page\n"
        "import officedesk.gui.reports_page.preview as p\n"
        "pane = p.PreviewPane()\n"
        "bad = [m for m in ('PySide6.QtPdf', 'PySide6.QtPdfWidgets', 'PySide6.QtPrintSupport', 'reportlab')"
        " if m in sys.modules]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stdout + done.stderr


def test_minutes_of_xa01_are_made_in_the_background_and_print(qtbot: QtBot, page: ReportsPage,
                                                              tmp_path: Path) -> None:
    assert page.select_campaign("SAUTET-2024")
    qtbot.waitUntil(lambda: not page.busy(), timeout=10000)
    assert page.select_inspection("XA01")
    row = page.selected_inspection()
    assert row is not None and row["visit_date"].year == 2024 and row["unit_code"] == "XA01"
    page.ui.inspectionsTable.setFocus()
    assert made(qtbot, page, lambda: page.preview_minutes()) == "pdf"
    preview = page.preview
    assert preview.document is not None and preview.document.pageCount() > 0
    assert "Tả Phìn" in preview.title and preview.ui.printButton.isEnabled()
    pages = preview.document.pageCount()

    target = tmp_path / "printed.pdf"
    printer = pdf_printer(target)
    with qtbot.waitSignal(preview.printed, timeout=WAIT_MS) as signal:
        assert preview.print_to(printer) is not None
    assert signal.args == [pages]
    printed = PdfReader(str(target))
    assert len(printed.pages) == pages
    box = printed.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2, "A4"


def test_printing_respects_the_page_range(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from officedesk.gui.reports_page.printing import pages_to_print

    page.select_inspection("XA01")
    made(qtbot, page, lambda: page.preview_minutes())
    count = page.preview.page_count()
    assert count >= 3
    target = tmp_path / "range.pdf"
    printer = pdf_printer(target)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    with qtbot.waitSignal(page.preview.printed, timeout=WAIT_MS):
        page.preview.print_to(printer)
    assert len(PdfReader(str(target)).pages) == 2

    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addRange(3, 99)
    printer.setPageRanges(ranges)
    assert pages_to_print(printer, count) == [0, *range(2, count)]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, count, current_page=1) == [1]


def test_save_as_copies_the_document(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    page.select_inspection("XA01")
    made(qtbot, page, lambda: page.preview_minutes())
    assert page.preview.suggested_name() == "Minutes 16-BB-ĐKT-VP1 – UBND xã Tả Phìn.pdf"
    target = tmp_path / "biên bản.pdf"
    with qtbot.waitSignal(page.preview.saved):
        assert page.preview.save_to(target)
    assert target.read_bytes() == page.preview.path.read_bytes()  # type: ignore[union-attr]
    assert not list(tmp_path.glob("*.part"))


def test_cancelling_the_archive_leaves_no_partial_file(qtbot: QtBot, page: ReportsPage) -> None:
    op = page.preview_archive()
    assert op is not None
    op.cancel()
    qtbot.waitUntil(lambda: not op.is_running, timeout=WAIT_MS)
    target = page.last_target
    assert target is not None and not target.exists()
    assert not list(target.parent.iterdir()), "nothing, not even a .part file, is left"
    assert page.preview.kind == ""
    assert page.ui.archiveButton.isEnabled()


def test_cancel_from_the_progress_dialog(qtbot: QtBot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    real = report_data.campaign_minutes

    def slow(ctx, key):  # type: ignore[no-untyped-def]
        count, items = real(ctx, key)

        def gen():  # type: ignore[no-untyped-def]
            for item in items:
                clock.sleep(0.05)  # an archive of hundreds of minutes, as on a real campaign
                yield item

        return count, gen()

    monkeypatch.setattr(report_data, "campaign_minutes", slow)
    page.progress_delay_ms = 0
    op = page.preview_archive()
    assert op is not None
    qtbot.waitUntil(lambda: op.progress_dialog is not None and op.progress_dialog.isVisible(), timeout=WAIT_MS)
    dialog = op.progress_dialog
    assert dialog is not None and dialog.cancel_button is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not op.is_running, timeout=WAIT_MS)
    assert page.last_target is not None and not page.last_target.exists()
    assert not list(page.last_target.parent.iterdir())
    assert "Stopped" in page.ctx.window.statusBar().currentMessage()


def test_the_archive_holds_every_minutes(qtbot: QtBot, page: ReportsPage) -> None:
    progress: list[tuple[int, int]] = []
    op = page.preview_archive()
    assert op is not None
    op._signals.progressed.connect(lambda done, total: progress.append((done, total)))  # type: ignore[union-attr]
    with qtbot.waitSignal(page.document_ready, timeout=WAIT_MS):
        pass
    count, _items = report_data.campaign_minutes(page.core, "SAUTET-2024")
    assert page.preview.page_count() >= count
    assert progress and progress[-1] == (count, count)


def test_summary_history_and_scorecard(qtbot: QtBot, page: ReportsPage) -> None:
    assert made(qtbot, page, lambda: page.preview_summary()) == "pdf"
    assert page.preview.page_count() > 0 and "SAUTET-2024" in page.preview.title

    page.ui.reportTabs.setCurrentWidget(page.ui.staffTab)
    type_text(page.ui.staffSearchEdit, "nguyễn văn tuấn")
    qtbot.waitUntil(lambda: page.staff.rowCount() == 1, timeout=5000)
    assert page.selected_staff()["full_name"] == "Nguyễn Văn Tuấn"  # type: ignore[index]
    page.ui.staffTable.setFocus()
    with qtbot.waitSignal(page.document_ready, timeout=WAIT_MS):
        qtbot.keyClick(page.ui.staffTable, Qt.Key.Key_Return)
    assert page.preview.page_count() > 0 and "Nguyễn Văn Tuấn" in page.preview.title

    page.ui.reportTabs.setCurrentWidget(page.ui.unitTab)
    qtbot.keyClicks(page.ui.unitFilterEdit, "ta phin")
    xa01 = page.units.index_of_code("XA01").data(Qt.ItemDataRole.UserRole)
    assert page.select_unit(xa01)
    assert made(qtbot, page, lambda: page.preview_scorecard()) == "pdf"
    assert page.preview.page_count() > 0 and "Tả Phìn" in page.preview.title
    assert len(list(page.last_target.parent.iterdir())) == 1, "only the document shown is kept"  # type: ignore[union-attr]


def test_excel_is_saved_not_printed(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    assert made(qtbot, page, lambda: page.export_excel()) == "xlsx"
    preview = page.preview
    assert preview.kind == "xlsx" and preview.ui.saveButton.isEnabled()
    assert not preview.ui.printButton.isVisibleTo(preview)
    target = tmp_path / "campaign.xlsx"
    assert preview.save_to(target)
    with zipfile.ZipFile(target) as z:
        assert "xl/workbook.xml" in z.namelist()


def test_a_missing_document_module_is_told_politely(qtbot: QtBot, page: ReportsPage,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "officedesk.reports.summary_pdf", None)  # import fails: not shipped
    op = page.preview_summary()
    assert op is not None
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=WAIT_MS)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "cannot be made by this version" in box.text()
    box.close()


def test_preview_navigation_and_zoom(qtbot: QtBot, page: ReportsPage) -> None:
    page.select_inspection("XA01")
    made(qtbot, page, lambda: page.preview_minutes())
    preview = page.preview
    assert preview.view is not None
    assert not preview.ui.previousPageButton.isEnabled() and preview.ui.nextPageButton.isEnabled()
    preview.ui.nextPageButton.click()
    qtbot.waitUntil(lambda: preview.current_page() == 1, timeout=5000)
    assert preview.ui.pageSpin.value() == 2
    preview.ui.pageSpin.setValue(preview.page_count())
    qtbot.waitUntil(lambda: preview.current_page() == preview.page_count() - 1, timeout=5000)
    preview.set_zoom(1.0)
    preview.step_zoom(+1)
    assert preview.view.zoomFactor() == pytest.approx(1.25)
    preview.step_zoom(-1)
    preview.step_zoom(-1)
    assert preview.view.zoomFactor() == pytest.approx(0.75)
    for widget in (preview.ui.pageSpin, preview.ui.zoomCombo, preview.ui.printButton, preview.ui.saveButton,
                   preview.view):
        assert widget.accessibleName() or widget.text(), widget.objectName()  # type: ignore[attr-defined]


def test_models_pass_the_model_tester(qtbot: QtBot, page: ReportsPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.inspections)
    qtmodeltester.check(page.inspection_filter)
    page.ui.inspectionFilterEdit.setText("xa")
    assert 0 < page.inspection_filter.rowCount() < page.inspections.rowCount()
    qtmodeltester.check(page.inspection_filter)
    qtbot.keyClicks(page.ui.staffSearchEdit, "nguyen")
    page.search_staff()
    qtbot.waitUntil(lambda: page.staff.rowCount() > 0, timeout=5000)
    qtmodeltester.check(page.staff)
    qtmodeltester.check(page.units)


@pytest.mark.parametrize("language", ["en", "vi"])
def test_alt_keys_do_not_clash(qtbot: QtBot, demo_db: Path, language: str, request: pytest.FixtureRequest) -> None:
    """On every tab, with a document in the preview, in either language."""
    from officedesk.gui.main_window import MainWindow
    from officedesk.gui.pages import PageSpec

    if language == "vi":
        request.getfixturevalue("vietnamese")
    window = MainWindow(to_url(demo_db), pages=[PageSpec("reports", "&Reports", "reports.svg", create_reports_page)])
    window.ctx.core_ctx = Ctx(db=open_database(to_url(demo_db)))
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    window.show_page("reports")
    page = window.page_widget("reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: not page.busy() and page.inspections.rowCount() > 0, timeout=10000)
    page.select_inspection("XA01")
    made(qtbot, page, lambda: page.preview_minutes())
    for tab in range(page.ui.reportTabs.count()):
        page.ui.reportTabs.setCurrentIndex(tab)
        assert clashes(window_mnemonics(window)) == {}, f"on the tab {page.ui.reportTabs.tabText(tab)!r}"
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)
    window.close()
    window.ctx.core_ctx.db.engine.dispose()

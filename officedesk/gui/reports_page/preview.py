"""The in-app preview: a made document read on screen, then printed or saved.

QtPdf and QtPdfWidgets are imported when the first PDF is shown, QtPrintSupport when the person first prints, so
opening the reports screen costs neither.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QStyle, QWidget

from officedesk.gui import settings
from officedesk.gui.forms.ui_reports_preview import Ui_ReportPreview
from officedesk.gui.ops import Op, show_failure

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtPrintSupport import QPrinter

KEY_SAVE_FOLDER = "reports/save_folder"
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "width", "page"


def safe_file_name(title: str) -> str:
    """A file name from a title: characters Windows refuses replaced, the length kept reasonable."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", title).strip(" .-")
    return name[:120] or "OfficeDesk"


class PreviewPane(QWidget):
    printed = Signal(int)  # sheets sent to the printer
    saved = Signal(str)  # where a copy was saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportPreview()
        self.ui.setupUi(self)
        self.document: QPdfDocument | None = None
        self.view: QPdfView | None = None
        self.path: Path | None = None
        self.title = ""
        self.kind = ""  # "pdf", "xlsx" or "" when nothing is shown
        self.print_op: Op[Any] | None = None
        self._printer: QPrinter | None = None  # kept alive while a worker paints on it
        self._title_text = ""

        style = self.style()
        self.ui.previousPageButton.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.ui.nextPageButton.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.ui.previousPageButton.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.ui.nextPageButton.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.ui.pageSpin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.ui.zoomCombo.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.ui.zoomCombo.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOMS:
            self.ui.zoomCombo.addItem(f"{round(factor * 100)} %", factor)
        # As wide as its longest choice when there is room, narrower on a crowded screen (150 %).
        self.ui.zoomCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ui.zoomCombo.setMinimumWidth(self.fontMetrics().averageCharWidth() * 9)
        self.ui.zoomCombo.activated.connect(self._zoom_chosen)
        self.ui.zoomInButton.clicked.connect(lambda: self.step_zoom(+1))
        self.ui.zoomOutButton.clicked.connect(lambda: self.step_zoom(-1))
        for keys, step in ((QKeySequence.StandardKey.ZoomIn, +1), (QKeySequence.StandardKey.ZoomOut, -1)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_zoom(step))
        print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_shortcut.activated.connect(self.open_print_dialog)
        self.ui.printButton.clicked.connect(self.open_print_dialog)
        self.ui.saveButton.clicked.connect(self.open_save_dialog)
        self.ui.signButton.clicked.connect(self.sign_current)
        self.ui.checkSignaturesButton.clicked.connect(self.check_signatures)
        self.clear()

    # -- what is shown -------------------------------------------------------------------------------------
    def _ensure_view(self) -> QPdfView:
        if self.view is None:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.document = QPdfDocument(self)
            self.view = QPdfView(self.ui.pdfPage)
            self.view.setAccessibleName(self.tr("Pages of the document"))
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setDocument(self.document)
            self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.ui.pdfLayout.addWidget(self.view)
            self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
            self.set_zoom(FIT_WIDTH)
            self.setTabOrder(self.ui.saveButton, self.view)
        return self.view

    def clear(self) -> None:
        if self.document is not None:
            self.document.close()
        self.path, self.title, self.kind = None, "", ""
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)
        self._set_title(self.tr("Nothing to show yet"))
        self._update_controls()

    def show_pdf(self, path: Path, title: str) -> bool:
        """Show a PDF; False (and the empty page) when it cannot be read."""
        view = self._ensure_view()
        assert self.document is not None
        from PySide6.QtPdf import QPdfDocument

        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self.clear()
            return False
        self.path, self.title, self.kind = Path(path), title, "pdf"
        self.ui.stack.setCurrentWidget(self.ui.pdfPage)
        self._set_title(title)
        self.ui.pageSpin.blockSignals(True)
        self.ui.pageSpin.setRange(1, max(1, self.document.pageCount()))
        self.ui.pageSpin.setValue(1)
        self.ui.pageSpin.blockSignals(False)
        self.ui.pageCountLabel.setText(self.tr("of {count}").format(count=self.document.pageCount()))
        view.pageNavigator().jump(0, QPointF(), view.zoomFactor())
        self._update_controls()
        return True

    def show_workbook(self, path: Path, title: str) -> None:
        if self.document is not None:
            self.document.close()
        self.path, self.title, self.kind = Path(path), title, "xlsx"
        self.ui.stack.setCurrentWidget(self.ui.workbookPage)
        self._set_title(title)
        self.ui.workbookLabel.setText(self.tr(
            "The Excel workbook “{title}” is ready.\n\nChoose “Save as…” to keep it, then open it in Excel or "
            "send it.").format(title=title))
        self._update_controls()

    def _set_title(self, title: str) -> None:
        # The label may be narrower than a long title: it is cut with "…" and the whole title is its tooltip.
        label = self.ui.documentTitleLabel
        label.setToolTip(title)
        label.setAccessibleDescription(title)
        self._title_text = title
        self._elide_title()

    def _elide_title(self) -> None:
        label = self.ui.documentTitleLabel
        label.setText(label.fontMetrics().elidedText(self._title_text, Qt.TextElideMode.ElideMiddle,
                                                     max(40, label.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_title()

    def page_count(self) -> int:
        return self.document.pageCount() if self.kind == "pdf" and self.document is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage() if self.view is not None and self.kind == "pdf" else 0

    def _update_controls(self) -> None:
        pdf = self.kind == "pdf"
        for widget in (self.ui.previousPageButton, self.ui.pageLabel, self.ui.pageSpin, self.ui.pageCountLabel,
                       self.ui.nextPageButton, self.ui.zoomLabel, self.ui.zoomOutButton, self.ui.zoomCombo,
                       self.ui.zoomInButton, self.ui.printButton):
            widget.setVisible(pdf or self.kind == "")
            widget.setEnabled(pdf)
        self.ui.saveButton.setEnabled(bool(self.kind))
        if pdf:
            page = self.current_page()
            self.ui.previousPageButton.setEnabled(page > 0)
            self.ui.nextPageButton.setEnabled(page < self.page_count() - 1)
        printing = self.print_op is not None and self.print_op.is_running
        self.ui.printButton.setEnabled(pdf and not printing)
        self.ui.signButton.setEnabled(pdf and not printing)

    # -- pages and zoom --------------------------------------------------------------------------------------------
    def go_to_page(self, page: int) -> None:
        if self.view is None or self.kind != "pdf" or not 0 <= page < self.page_count():
            return
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    @Slot(int)
    def _page_changed(self, page: int) -> None:
        self.ui.pageSpin.blockSignals(True)
        self.ui.pageSpin.setValue(page + 1)
        self.ui.pageSpin.blockSignals(False)
        self._update_controls()

    def set_zoom(self, zoom: float | str) -> None:
        view = self._ensure_view()
        from PySide6.QtPdfWidgets import QPdfView

        if zoom == FIT_WIDTH:
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == FIT_PAGE:
            view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            view.setZoomMode(QPdfView.ZoomMode.Custom)
            view.setZoomFactor(float(zoom))
        index = self.ui.zoomCombo.findData(zoom)
        if index >= 0:
            self.ui.zoomCombo.setCurrentIndex(index)
        else:
            self.ui.zoomCombo.setEditText(f"{round(float(zoom) * 100)} %")

    @Slot(int)
    def _zoom_chosen(self, index: int) -> None:
        self.set_zoom(self.ui.zoomCombo.itemData(index))

    def step_zoom(self, step: int) -> None:
        if self.view is None or self.kind != "pdf":
            return
        now = self.view.zoomFactor()
        if step > 0:
            bigger = [z for z in ZOOMS if z > now + 0.01]
            self.set_zoom(bigger[0] if bigger else ZOOMS[-1])
        else:
            smaller = [z for z in ZOOMS if z < now - 0.01]
            self.set_zoom(smaller[-1] if smaller else ZOOMS[0])

    # -- printing ----------------------------------------------------------------------------------------------------
    @Slot()
    def open_print_dialog(self) -> None:
        if self.kind != "pdf" or (self.print_op is not None and self.print_op.is_running):
            return
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        from officedesk.gui.reports_page.printing import make_printer

        printer = make_printer(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print “{title}”").format(title=self.title))
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOptions(option.PrintPageRange | option.PrintCurrentPage | option.PrintToFile
                          | option.PrintCollateCopies | option.PrintShowPageSize)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Op[int] | None:
        """Print the document shown on `printer` as set up (range, copies), off the GUI thread."""
        if self.kind != "pdf" or self.path is None:
            return None
        from officedesk.gui.reports_page.printing import PrintFailed, print_pdf

        path, page = str(self.path), self.current_page()

        def run(*, progress: Any, cancelled: Any) -> int:
            return print_pdf(path, printer, current_page=page, progress=progress, cancelled=cancelled)

        def failed(exc: BaseException) -> None:
            self._update_controls()
            if isinstance(exc, PrintFailed):
                text = (self.tr("The printer could not start. Check that it is on and connected, then try again.")
                        if exc.reason == "printer" else self.tr("The document could not be read for printing."))
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Print"), text, QMessageBox.StandardButton.Ok,
                                  self.window())
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
            else:
                show_failure(self, exc)

        def done(sheets: int) -> None:
            self._update_controls()
            self.printed.emit(sheets)

        self._printer = printer
        op: Op[int] = Op.reporting(self, run).with_progress(self.tr("Printing “{title}”…").format(title=self.title))
        op.on_success(done).on_failure(failed).on_cancelled(self._update_controls)
        self.print_op = op.run()
        self._update_controls()
        return op

    # -- saving ------------------------------------------------------------------------------------------------------
    def sign_current(self) -> None:
        """Sign a copy of the document shown: first saved where the person chooses, then signed beside it."""
        if self.kind != "pdf" or self.path is None:
            return
        from officedesk.gui.pdfsign import sign_pdf_interactively

        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF to sign"),
                                                str(Path.home() / self.suggested_name()), self.tr("PDF (*.pdf)"))
        if not target or not self.save_to(Path(target)):
            return
        sign_pdf_interactively(self, Path(target), default_block=None)

    def check_signatures(self) -> None:
        from officedesk.gui.pdfsign import verify_pdf_interactively

        verify_pdf_interactively(self, None)

    def suggested_name(self) -> str:
        return safe_file_name(self.title) + (".xlsx" if self.kind == "xlsx" else ".pdf")

    @Slot()
    def open_save_dialog(self) -> None:
        if self.path is None:
            return
        store = settings.app_settings()
        folder = store.value(KEY_SAVE_FOLDER)
        if not (isinstance(folder, str) and os.path.isdir(folder)):
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if self.kind == "xlsx":
            filters = self.tr("Excel workbooks (*.xlsx)")
        else:
            filters = self.tr("PDF documents (*.pdf)")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"),
                                                os.path.join(folder, self.suggested_name()), filters)
        if not target:
            return
        suffix = ".xlsx" if self.kind == "xlsx" else ".pdf"
        if not target.lower().endswith(suffix):
            target += suffix
        if self.save_to(Path(target)):
            store.setValue(KEY_SAVE_FOLDER, str(Path(target).parent))

    def save_to(self, target: Path) -> bool:
        """Copy the document shown to `target`, whole or not at all; says so when the copy fails."""
        if self.path is None:
            return False
        part = target.with_name(f".{target.name}.part")
        try:
            shutil.copyfile(self.path, part)
            os.replace(part, target)
        except OSError:
            part.unlink(missing_ok=True)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save a copy"), self.tr(
                "OfficeDesk could not write {path}. Check that the folder exists, that you may write in it and that "
                "the file is not open in another program.").format(path=target), QMessageBox.StandardButton.Ok,
                self.window())
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        self.saved.emit(str(target))
        return True

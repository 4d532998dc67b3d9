"""Printing a PDF through Qt's printer: each chosen page rendered at 300 dpi and drawn on the printer's page.

Runs in a worker thread: Qt supports painting on a QPrinter (and rendering into a QImage) outside the GUI thread,
and the function opens its own QPdfDocument, so the preview on screen is never touched. Imported on first print.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from officedesk.gui.ops import Cancelled

RENDER_DPI = 300


class PrintFailed(Exception):
    """The PDF could not be read or the printer could not start; `reason` says which, for the screen."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "document" or "printer"


def make_printer(title: str) -> QPrinter:
    """A printer set up for administrative documents: A4, 300 dpi, the whole sheet (the PDF has its margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(RENDER_DPI)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    printer.setCreator("OfficeDesk")
    return printer


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages the print dialog's choice asks for, in order."""
    every = list(range(page_count))
    choice = printer.printRange()
    if choice == QPrinter.PrintRange.CurrentPage:
        return [current_page] if 0 <= current_page < page_count else []
    if choice == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [p for p in every if ranges.contains(p + 1)]
        first, last = printer.fromPage(), printer.toPage()
        if first > 0:
            return every[first - 1:(last or page_count)]
    return every


def _sheets(printer: QPrinter, pages: list[int]) -> list[int]:
    """Pages in the order they leave the printer, copies included when the printer cannot make them itself."""
    copies = max(1, printer.copyCount())
    if copies == 1 or printer.supportsMultipleCopies():
        return pages
    if printer.collateCopies():
        return pages * copies
    return [p for p in pages for _ in range(copies)]


def print_pdf(path: str, printer: QPrinter, *, current_page: int = 0,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
    """Print the PDF at `path` on `printer` (its range, copies and colour as chosen); returns the sheets printed.

    Raises Cancelled when `cancelled()` turns true: the job is aborted and a file being printed to is removed.
    """
    document = QPdfDocument()
    if document.load(path) != QPdfDocument.Error.None_ or document.pageCount() <= 0:
        raise PrintFailed("document")
    sheets = _sheets(printer, pages_to_print(printer, document.pageCount(), current_page))
    if not sheets:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("printer")
    stopped = False
    try:
        for done, page in enumerate(sheets):
            if cancelled is not None and cancelled():
                stopped = True
                printer.abort()
                break
            if done and not printer.newPage():
                raise PrintFailed("printer")
            _draw_page(painter, printer, document, page)
            if progress is not None:
                progress(done + 1, len(sheets))
    finally:
        painter.end()
        document.close()
    if stopped:
        if printer.outputFileName():
            Path(printer.outputFileName()).unlink(missing_ok=True)
        raise Cancelled
    return len(sheets)


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    points = document.pagePointSize(page)
    pixels = QSize(round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72))
    image = document.render(page, pixels)
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    unit = QPrinter.Unit.DevicePixel
    target = printer.paperRect(unit) if printer.fullPage() else printer.pageRect(unit)
    # A landscape page on portrait paper (or the reverse) turns, as printers do, rather than shrinking.
    if (image.width() > image.height()) != (target.width() > target.height()):
        image = image.transformed(QTransform().rotate(90))
    size = QSizeF(image.size()).scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = target.x() + (target.width() - size.width()) / 2
    y = target.y() + (target.height() - size.height()) / 2
    painter.drawImage(QRectF(x, y, size.width(), size.height()), image)


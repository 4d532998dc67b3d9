"""Views of the entry screen that need more than a plain Qt view (promoted in ui/inspection_entry.ui)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QSizePolicy, QStyle, QTableView, QWidget

from officedesk.domain.enums import Status

# One key per status, the letters of the Vietnamese words (Có mặt, Muộn, có Phép, Không phép, Rời, về Sớm).
STATUS_KEYS: dict[int, Status] = {
    Qt.Key.Key_C: Status.ON_TIME,
    Qt.Key.Key_Space: Status.ON_TIME,
    Qt.Key.Key_M: Status.LATE,
    Qt.Key.Key_P: Status.EXCUSED,
    Qt.Key.Key_K: Status.UNEXCUSED,
    Qt.Key.Key_R: Status.LEFT_POST,
    Qt.Key.Key_S: Status.LEFT_EARLY,
}

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff", ".heic")


class RosterView(QTableView):
    """Arrow keys move; one key marks the current person (see STATUS_KEYS).

    The columns fit the view's width (`set_column_fit`): each gets its natural width when there is room, the
    growing ones share what is left; on a narrow view all shrink towards their minimums, and only below those
    does a horizontal scroll bar appear.
    """

    status_key = Signal(int, str)  # row, Status value
    # Also QActions of the page; these reach the view when the shortcut map does not (no active window).
    rest_present_key = Signal()
    insert_key = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self._fit: list[tuple[int, int, int]] = []  # (column, minimum, natural)
        self._grow: dict[int, int] = {}  # column -> its share of the room beyond the natural widths

    # -- column widths -------------------------------------------------------------------------------
    def set_column_fit(self, widths: dict[int, tuple[int, int]], grow: dict[int, int]) -> None:
        """`widths`: column -> (minimum, natural) in pixels; `grow`: column -> weight of the extra room."""
        self._fit = [(col, min(low, high), max(low, high)) for col, (low, high) in sorted(widths.items())]
        self._grow = {col: weight for col, weight in grow.items() if weight > 0}
        self.fit_columns()

    def _chrome_width(self) -> int:
        """The frame and a vertical scroll bar around the columns."""
        return 2 * self.frameWidth() + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def natural_width(self) -> int:
        """The view's width at which every column has its natural width."""
        return sum(high for _c, _l, high in self._fit) + self._chrome_width()

    def minimum_width(self) -> int:
        """The narrowest view whose columns all fit without a horizontal scroll bar."""
        return sum(low for _c, low, _h in self._fit) + self._chrome_width()

    def fit_columns(self) -> None:
        if not self._fit:
            return
        room = self.viewport().width()
        low = sum(w for _c, w, _h in self._fit)
        high = sum(w for _c, _l, w in self._fit)
        if room >= high:
            widths = {col: natural for col, _m, natural in self._fit}
            extra, weights = room - high, sum(self._grow.values())
            for col, weight in self._grow.items():
                widths[col] += extra * weight // weights
        elif room > low:
            share = (room - low) / (high - low)
            widths = {col: minimum + int((natural - minimum) * share) for col, minimum, natural in self._fit}
        else:
            widths = {col: minimum for col, minimum, _n in self._fit}
        spare = room - sum(widths.values())
        if spare > 0:  # rounding: the last growing column takes the few pixels left
            last = max(self._grow) if self._grow else self._fit[-1][0]
            widths[last] += spare
        for col, width in widths.items():
            if self.columnWidth(col) != width:
                self.setColumnWidth(col, width)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        status = STATUS_KEYS.get(event.key())
        if status is not None and mods == Qt.KeyboardModifier.NoModifier and self.state() != self.State.EditingState:
            row = self.currentIndex().row()
            if row < 0 and self.model() is not None and self.model().rowCount() > 0:
                row = 0
            if row >= 0:
                self.status_key.emit(row, status.value)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.ControlModifier:
            self.rest_present_key.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Insert and mods == Qt.KeyboardModifier.NoModifier:
            self.insert_key.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def move_to_row(self, row: int) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        row = max(0, min(row, model.rowCount() - 1))
        column = max(0, self.currentIndex().column())
        index = model.index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)


class KeyHintLabel(QLabel):
    """A one-line hint that never widens its layout: cut with "…" when the line is short, and then the whole text
    is its tooltip. text() (and so the accessible name) stays the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setWordWrap(False)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.elided() else "")

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_tooltip()

    def paintEvent(self, _event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text,
                                  self.foregroundRole())


def image_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES]


class PhotoListView(QListView):
    """Thumbnails of the inspection's photos; image files dropped on it are attached."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        self.setSpacing(8)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.accept_files = True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.accept_files and image_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.accept_files and image_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = image_paths(event) if self.accept_files else []
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()

"""Views of the entry screen that need more than a plain Qt view (promoted in ui/inspection_entry.ui)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView, QWidget

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
    """Arrow keys move; one key marks the current person (see STATUS_KEYS)."""

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

"""Notes, conclusions and recommendations: saved a moment after typing stops and when the field is left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from officedesk.errors import UserError
from officedesk.gui.forms.ui_inspection_entry import Ui_InspectionEntry
from officedesk.services import findings

DEBOUNCE_MS = 800


class TextsPanel(QObject):
    failed = Signal(object)
    saved = Signal(str)  # the field's name

    def __init__(self, ui: Ui_InspectionEntry, recorder: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.ctx = recorder.ctx
        self.inspection_id: str | None = None
        self.edits: dict[str, QPlainTextEdit] = {
            "notes": ui.notesEdit, "conclusions": ui.conclusionsEdit, "recommendations": ui.recommendationsEdit}
        self._saved: dict[str, str] = {}
        self._dirty: set[str] = set()
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        for name, edit in self.edits.items():
            edit.textChanged.connect(lambda n=name: self._changed(n))
            edit.installEventFilter(self)

    def bind(self, header: dict[str, Any], read_only: bool) -> None:
        self.flush()
        self.inspection_id = header["id"]
        self._loading = True
        for name, edit in self.edits.items():
            self._saved[name] = header.get(name) or ""
            edit.setPlainText(self._saved[name])
            edit.setReadOnly(read_only)
        self._loading = False
        self._dirty.clear()

    def _changed(self, name: str) -> None:
        if self._loading or self.edits[name].isReadOnly():
            return
        self._dirty.add(name)
        self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return False

    @Slot()
    def flush(self) -> bool:
        """Save what changed; False when the database refused (the text stays on screen)."""
        self.timer.stop()
        if not self._dirty or self.inspection_id is None:
            self._dirty.clear()
            return True
        values = {n: self.edits[n].toPlainText() for n in self._dirty if self.edits[n].toPlainText() != self._saved[n]}
        self._dirty.clear()
        if not values:
            return True
        try:
            findings.set_text(self.ctx, self.inspection_id, **values)
        except UserError as exc:
            self.failed.emit(exc)
            return False
        self._saved.update(values)
        for name in values:
            self.saved.emit(name)
        return True

"""Inline editors of the roster: the arrival time with the minutes late computed as it is typed, and in the same
cell the time someone left, for a person who left early, with the minutes early."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from officedesk.gui.entry.roster_model import DEPARTURE_ROLE, LEFT_EARLY_ROLE

Index = QModelIndex | QPersistentModelIndex

# Given a time, the words shown beside the editor ("late 22 min") and whether it counts (late, or left early).
DescribeArrival = Callable[[time], tuple[str, bool]]


class ArrivalEditor(QFrame):
    """A time (HH:mm) and, beside it, what that time means: late by how much, or on time — or, for someone who
    left early (departure=True), how early."""

    def __init__(self, describe: DescribeArrival, parent: QWidget | None = None, *, departure: bool = False) -> None:
        super().__init__(parent)
        self._describe = describe
        self.departure = departure
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time they left") if departure else self.tr("Arrival time"))
        self.time_edit.setCorrectionMode(QTimeEdit.CorrectionMode.CorrectToNearestValue)
        self.verdict = QLabel(self)
        self.verdict.setAccessibleName(self.tr("Minutes early") if departure else self.tr("Minutes late"))
        self.verdict.setMinimumWidth(self.verdict.fontMetrics().horizontalAdvance("muộn 999 phút") + 8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.time_edit)
        layout.addWidget(self.verdict, 1)
        self.setFocusProxy(self.time_edit)
        self.closing = False
        self.time_edit.timeChanged.connect(self._show_verdict)

    def set_time(self, value: time) -> None:
        self.time_edit.setTime(QTime(value.hour, value.minute))
        self._show_verdict()
        # Typing "0752" replaces the hours, then the minutes.
        self.time_edit.setCurrentSection(QTimeEdit.Section.HourSection)
        self.time_edit.setSelectedSection(QTimeEdit.Section.HourSection)

    def value(self) -> time:
        t = self.time_edit.time()
        return time(t.hour(), t.minute())

    def _show_verdict(self, *_: Any) -> None:
        words, late = self._describe(self.value())
        self.verdict.setText(words)
        self.verdict.setStyleSheet("color: #5c3700; font-weight: bold;" if late else "color: #1b4d20;")


class ArrivalDelegate(QStyledItemDelegate):
    """Enter commits (and the page moves on), Escape or leaving the cell gives up without recording anything.

    The editor asks for a departure when the page said so just before opening it (next_is_departure, the S key)
    or when the person is already marked as having left early; else for an arrival."""

    def __init__(self, describe: DescribeArrival, default_time: Callable[[], time],
                 parent: QObject | None = None, *, describe_departure: DescribeArrival | None = None,
                 default_departure: Callable[[], time] | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._describe_departure = describe_departure or describe
        self._default_time = default_time
        self._default_departure = default_departure or default_time
        self.current_editor: ArrivalEditor | None = None
        self.next_is_departure = False

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        departure = self.next_is_departure or bool(index.data(LEFT_EARLY_ROLE))
        self.next_is_departure = False
        editor = ArrivalEditor(self._describe_departure if departure else self._describe, parent,
                               departure=departure)
        editor.time_edit.installEventFilter(self)
        self.current_editor = editor
        editor.destroyed.connect(self._forget)
        return editor

    def _forget(self, *_: Any) -> None:
        self.current_editor = None

    def _give_up(self, editor: ArrivalEditor) -> None:
        if not shiboken6.isValid(editor) or editor.closing or not editor.isVisible():
            return
        focus = QApplication.focusWidget()
        if focus is not None and (focus is editor or editor.isAncestorOf(focus)):
            return
        editor.closing = True
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, ArrivalEditor)
        value = index.data(DEPARTURE_ROLE if editor.departure else Qt.ItemDataRole.EditRole)
        if isinstance(value, QTime) and value.isValid():
            editor.set_time(time(value.hour(), value.minute()))
        else:
            editor.set_time(self._default_departure() if editor.departure else self._default_time())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, ArrivalEditor)
        t = editor.value()
        model.setData(index, QTime(t.hour, t.minute), DEPARTURE_ROLE if editor.departure else Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        # The editor reaches over the next cells (minutes late, reason) so that the verdict has room to be read.
        rect = option.rect
        view = option.widget
        if isinstance(editor, ArrivalEditor) and isinstance(view, QAbstractItemView) and hasattr(view, "columnWidth"):
            wanted = editor.minimumSizeHint().width()
            column = index.column() + 1
            while rect.width() < wanted and column < index.model().columnCount():
                rect.setWidth(rect.width() + view.columnWidth(column))
                column += 1
        editor.setGeometry(rect)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        editor = obj.parent() if isinstance(obj, QTimeEdit) else None
        if isinstance(editor, ArrivalEditor):
            if event.type() == QEvent.Type.KeyPress:
                key = event.key()  # type: ignore[attr-defined]
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    editor.closing = True
                    self.commitData.emit(editor)
                    self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                    return True
                if key == Qt.Key.Key_Escape:
                    editor.closing = True
                    self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
                    return True
                if key == Qt.Key.Key_Tab or key == Qt.Key.Key_Backtab:
                    return True  # hours and minutes are reached by typing; Tab must not leave half a mark
            elif event.type() == QEvent.Type.FocusOut and not editor.closing:
                reason = event.reason()  # type: ignore[attr-defined]
                if reason not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
                    # Later, once Qt has finished moving the focus: the view may be closing the editor itself.
                    QTimer.singleShot(0, self, lambda: self._give_up(editor))
            # The inner time edit is not the view's editor: the base class must not commit or close it.
            return False
        return super().eventFilter(obj, event)

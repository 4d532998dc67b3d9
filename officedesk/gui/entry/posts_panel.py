"""The posts beside the roster: empty ones in red with the word, and the team's override with its reason."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QPushButton, QTableView

from officedesk.domain.enums import PostState
from officedesk.gui.entry.dialogs import PostStateDialog
from officedesk.gui.entry.posts_model import PostCol, PostsModel
from officedesk.gui.entry.recorder import Recorder


class PostsPanel(QObject):
    def __init__(self, view: QTableView, button: QPushButton, model: PostsModel, recorder: Recorder) -> None:
        super().__init__(view)
        self.view = view
        self.button = button
        self.model = model
        self.recorder = recorder
        self.read_only = True
        self.dialog: PostStateDialog | None = None
        view.setModel(model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(PostCol.POST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PostCol.STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PostCol.PRESENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PostCol.DECISION, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Narrow (beside a roster on a small screen) the column titles wrap onto a second line instead of being cut.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.sectionResized.connect(self._header_height)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)  # stretched columns follow the view without sectionResized
        view.customContextMenuRequested.connect(self._menu)
        self.override_action = QAction(self.tr("Change the post's state…"), view)
        self.override_action.setShortcut(QKeySequence(Qt.Key.Key_O))
        self.override_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.override_action.triggered.connect(self.change_current)
        view.addAction(self.override_action)
        self.observed_action = QAction(self.tr("Back to what was observed"), view)
        self.observed_action.triggered.connect(self.back_to_observed)
        button.clicked.connect(self.change_current)
        model.modelReset.connect(self._columns)
        model.dataChanged.connect(self._columns)
        self._columns()

    @Slot()
    def _columns(self) -> None:
        # The "observed / decided" column only when the team has overridden a post.
        self.view.setColumnHidden(PostCol.DECISION, not any(p.overridden for p in self.model.rows()))
        self._header_height()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._viewport and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._header_height)
        return super().eventFilter(obj, event)

    @Slot()
    def _header_height(self) -> None:
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        cut = any(not header.isSectionHidden(col) and header.sectionSize(col) > 0
                  and metrics.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal))) + 12
                  > header.sectionSize(col) for col in PostCol)
        height = 2 * metrics.height() + 8 if cut else 0
        if header.minimumHeight() != height:
            header.setMinimumHeight(height)
            self.view.updateGeometries()  # the view places its header from the header's height

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.button.setEnabled(not read_only)
        self.override_action.setEnabled(not read_only)

    def _current_row(self) -> int:
        row = self.view.currentIndex().row()
        if row < 0 and self.model.rowCount() == 1:
            row = 0
        return row

    @Slot(QPoint)
    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid() or self.read_only:
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self.view)
        menu.addAction(self.override_action)
        row = self.model.row(index.row())
        self.observed_action.setEnabled(row.overridden)
        menu.addAction(self.observed_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    @Slot()
    def change_current(self) -> None:
        row = self._current_row()
        if row < 0 or self.read_only:
            return
        post = self.model.row(row)
        dialog = PostStateDialog(post.name, post.state, post.proposed_state, post.override_reason, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.recorder.set_post(post.id, dialog.state(), dialog.reason()))
        self.dialog = dialog
        dialog.open()

    @Slot()
    def back_to_observed(self) -> None:
        row = self._current_row()
        if row < 0 or self.read_only:
            return
        post = self.model.row(row)
        self.recorder.set_post(post.id, PostState(post.proposed_state), "")

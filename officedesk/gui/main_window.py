"""The main window: a list of sections on the left, the current section on the right, the database below."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import QFrame, QLabel, QListWidgetItem, QMainWindow, QScrollArea, QWidget

from officedesk.errors import UserError
from officedesk.gui import errors, settings
from officedesk.gui.dbinfo import describe_db
from officedesk.gui.forms.ui_main_window import Ui_MainWindow
from officedesk.gui.pages import PageContext, PageSpec, SectionErrorPage, default_pages
from officedesk.gui.paths import icons_dir

if TYPE_CHECKING:
    from officedesk.gui.help import HelpDialog

log = logging.getLogger(__name__)

# Small enough for 1366×768 at 150 % (about 910×512 logical pixels, less the taskbar).
_MIN_SIZE = QSize(760, 440)
_DEFAULT_SIZE = QSize(1180, 720)


def nav_icon(path: Path) -> QIcon:
    """The section's icon, and its white twin (<name>-selected.svg) for the selected row: the blue line icons
    vanish on the highlight. Both are drawn by the SVG engine when first painted, at the size and scale needed."""
    icon = QIcon()
    icon.addFile(str(path), QSize(), QIcon.Mode.Normal)
    icon.addFile(str(path.with_name(f"{path.stem}-selected.svg")), QSize(), QIcon.Mode.Selected)
    return icon


class MainWindow(QMainWindow):
    page_changed = Signal(str)

    def __init__(
        self,
        db_url: str | None,
        *,
        pages: Sequence[PageSpec] | None = None,
        log_dir: str = "",
        language: str = settings.DEFAULT_LANGUAGE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.language = language
        self.ctx = PageContext(db_url=db_url, window=self, log_dir=log_dir)
        self._specs: list[PageSpec] = []
        self._containers: dict[str, QScrollArea] = {}
        self._pages: dict[str, QWidget] = {}
        self._go_group = QActionGroup(self)
        self._help: HelpDialog | None = None
        self._current: str | None = None
        # While a gate is up (nobody signed in) the sections are closed; the page asked for waits in _resume.
        self._gate: QWidget | None = None
        self._resume: str | None = None
        self._user_caption = ""
        self.setMinimumSize(_MIN_SIZE)
        self.setWindowIcon(QIcon(str(icons_dir() / "officedesk.svg")))

        self.db_description = describe_db(db_url)
        self.db_label = QLabel(self)
        self.db_label.setAccessibleName(self.tr("Database in use"))
        self.db_label.setToolTip(self.db_description)
        caption = self.tr("Database: {name}").format(name="")
        name = self.db_label.fontMetrics().elidedText(self.db_description, Qt.TextElideMode.ElideMiddle, 420)
        self.db_label.setText(caption + name)
        self.user_label = QLabel(self)
        self.user_label.setAccessibleName(self.tr("Signed in"))
        self.user_label.hide()
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionUserGuide.triggered.connect(self.show_user_guide)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.navList.currentRowChanged.connect(self._nav_row_changed)

        for spec in pages if pages is not None else default_pages():
            self.add_page(spec)

    # -- sections ------------------------------------------------------------------------------------
    def add_page(self, spec: PageSpec) -> None:
        """Add a section; its widget is made by spec.factory the first time it is shown."""
        if any(s.key == spec.key for s in self._specs):
            raise ValueError(f"a page with key {spec.key!r} is already registered")
        index = len(self._specs)
        self._specs.append(spec)

        container = QScrollArea(self.ui.pageStack)
        container.setWidgetResizable(True)
        container.setFrameShape(QFrame.Shape.NoFrame)
        container.setAccessibleName(spec.plain_title)
        self._containers[spec.key] = container
        self.ui.pageStack.addWidget(container)

        icon = nav_icon(icons_dir() / spec.icon)
        item = QListWidgetItem(icon, spec.plain_title)
        item.setToolTip(spec.description)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, spec.description)
        item.setSizeHint(QSize(0, max(36, self.fontMetrics().height() * 2)))
        self.ui.navList.addItem(item)

        action = QAction(icon, spec.title, self)
        action.setCheckable(True)
        action.setData(spec.key)
        if index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
        self._go_group.addAction(action)
        self.ui.menuGo.addAction(action)
        self._fit_nav_width()

    def _fit_nav_width(self) -> None:
        metrics = self.ui.navList.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.plain_title) for s in self._specs), default=100)
        self.ui.navList.setFixedWidth(min(280, widest + self.ui.navList.iconSize().width() + 44))

    def page_keys(self) -> list[str]:
        return [s.key for s in self._specs]

    def current_page_key(self) -> str | None:
        return self._current

    def page_widget(self, key: str) -> QWidget | None:
        """The section's widget if it has been shown once, else None."""
        return self._pages.get(key)

    def show_page(self, key: str) -> bool:
        """Go to a section; False when the current one refuses to be left (unsaved input) or key is unknown."""
        keys = self.page_keys()
        if key not in keys:
            return False
        if self._gate is not None:
            self._resume = key
            return False
        current = self.current_page_key()
        if current is not None and current != key:
            leaving = self._pages.get(current)
            can_leave = getattr(leaving, "can_leave", None)
            if callable(can_leave) and not can_leave():
                self._select_row(keys.index(current))
                return False
        index = keys.index(key)
        spec = self._specs[index]
        page = self._pages.get(key)
        if page is None:
            page = self._make_page(spec)
            self._containers[key].setWidget(page)
        self.ui.pageStack.setCurrentWidget(self._containers[key])
        self._current = key
        self._select_row(index)
        for action in self._go_group.actions():
            action.setChecked(action.data() == key)
        self._update_title()
        page_shown = getattr(page, "page_shown", None)
        if callable(page_shown):
            page_shown()
        if key != current:
            settings.app_settings().setValue(settings.KEY_PAGE, key)
            self.statusBar().clearMessage()  # "Saved as …" belonged to the section left behind
            self.page_changed.emit(key)
        return True

    def load_next_page_code(self) -> None:
        """Import the code of the section the window will open next (the one asked for behind the sign-in gate,
        else the first), so that it opens at once; a failure here is left for the real opening to report."""
        keys = self.page_keys()
        key = self._resume if self._resume in keys else (keys[0] if keys else None)
        if key is None or key in self._pages:
            return
        try:
            self._specs[keys.index(key)].load_code()
        except Exception:  # noqa: BLE001 - _make_page reports it when the section is opened
            log.debug("loading the code of %s ahead failed", key, exc_info=True)

    def _make_page(self, spec: PageSpec) -> QWidget:
        """The section's widget; if it cannot be made, a page saying so (tried again on the next visit)."""
        try:
            page = spec.create(self.ctx)
        except UserError as exc:
            return SectionErrorPage(spec, str(exc))
        except Exception:
            errors.reporter().report(sys.exc_info(), self)  # type: ignore[arg-type]
            return SectionErrorPage(spec, None)
        self._pages[spec.key] = page
        return page

    def close_pages(self) -> None:
        """Drop every section's widget (a new person signs in): each is made again when next shown."""
        if self._current is not None:
            self._resume = self._current
        for key, page in list(self._pages.items()):
            container = self._containers[key]
            if container.widget() is page:
                container.takeWidget()
            page.hide()
            page.deleteLater()
        for container in self._containers.values():
            leftover = container.takeWidget()  # a SectionErrorPage, not kept in _pages
            if leftover is not None:
                leftover.deleteLater()
        self._pages.clear()
        self._current = None

    def set_gate(self, gate: QWidget | None) -> None:
        """Close the sections behind `gate` (shown in their place), or open them again with None.

        While the gate is up the list and the Go menu are disabled and show_page only remembers the section
        asked for; opening shows that section (or the first)."""
        if gate is self._gate:
            return
        old, self._gate = self._gate, gate
        if old is not None:
            self.ui.pageStack.removeWidget(old)
        self.ui.navList.setEnabled(gate is None)
        self._go_group.setEnabled(gate is None)
        if gate is not None:
            if self._current is not None:
                self._resume = self._current
                self._current = None
            self.ui.pageStack.addWidget(gate)
            self.ui.pageStack.setCurrentWidget(gate)
            blocked = self.ui.navList.blockSignals(True)
            self.ui.navList.clearSelection()
            self.ui.navList.setCurrentRow(-1)
            self.ui.navList.blockSignals(blocked)
            self._update_title()
            return
        keys = self.page_keys()
        if keys:
            self.show_page(self._resume if self._resume in keys else keys[0])
        self._update_title()

    @property
    def gated(self) -> bool:
        return self._gate is not None

    def set_user_caption(self, caption: str, name: str = "") -> None:
        """Who is signed in: `caption` for the status bar, `name` (or the caption) for the title; "" for nobody."""
        self._user_caption = name or caption
        self.user_label.setText(caption)
        self.user_label.setToolTip(caption)
        self.user_label.setVisible(bool(caption))
        self._update_title()

    def _update_title(self) -> None:
        key = self._current
        spec = next((s for s in self._specs if s.key == key), None)
        if spec is not None and self._user_caption:
            title = self.tr("{page} – {user} – OfficeDesk").format(page=spec.plain_title, user=self._user_caption)
        elif spec is not None:
            title = self.tr("{page} – OfficeDesk").format(page=spec.plain_title)
        else:
            title = "OfficeDesk"
        self.setWindowTitle(title)

    def _select_row(self, row: int) -> None:
        nav = self.ui.navList
        if nav.currentRow() != row:
            blocked = nav.blockSignals(True)
            nav.setCurrentRow(row)
            nav.blockSignals(blocked)

    @Slot(int)
    def _nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.show_page(self._specs[row].key)

    # -- help ----------------------------------------------------------------------------------------
    @Slot()
    def show_user_guide(self) -> HelpDialog:
        if self._help is None:
            from officedesk.gui.help import HelpDialog

            self._help = HelpDialog(self.language, self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()
        return self._help

    @Slot()
    def show_about(self) -> None:
        from officedesk.gui.help import show_about  # loaded on demand: not on the start-up path

        show_about(self, self.db_description, self.ctx.log_dir)

    # -- remembered between runs ---------------------------------------------------------------------
    def restore_window_state(self) -> None:
        store = settings.app_settings()
        geometry = store.value(settings.KEY_GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._default_geometry()
        state = store.value(settings.KEY_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        page = store.value(settings.KEY_PAGE)
        keys = self.page_keys()
        if keys:
            self.show_page(page if isinstance(page, str) and page in keys else keys[0])

    def _default_geometry(self) -> None:
        screen = self.screen().availableGeometry()
        size = _DEFAULT_SIZE.boundedTo(QSize(int(screen.width() * 0.92), int(screen.height() * 0.9)))
        size = size.expandedTo(self.minimumSize()).boundedTo(screen.size())
        self.resize(size)
        frame = self.frameGeometry()
        frame.moveCenter(screen.center())
        self.move(frame.topLeft())

    def save_window_state(self) -> None:
        store = settings.app_settings()
        store.setValue(settings.KEY_GEOMETRY, self.saveGeometry())
        store.setValue(settings.KEY_STATE, self.saveState())
        key = self.current_page_key() or self._resume
        if key is not None:
            store.setValue(settings.KEY_PAGE, key)
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        current = self._pages.get(self.current_page_key() or "")
        can_leave = getattr(current, "can_leave", None)
        if callable(can_leave) and not can_leave():
            event.ignore()
            return
        self.save_window_state()
        if self._help is not None:
            self._help.close()
        event.accept()

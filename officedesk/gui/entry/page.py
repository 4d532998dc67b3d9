"""The inspection entry screen: the roster marked from the keyboard, the posts, the findings, the sign-off.

Every change is saved at once (each service call commits before it returns): there is no Save button.
"""

from __future__ import annotations

import heapq
from dataclasses import replace
from datetime import date, time
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QBoxLayout, QHeaderView, QMessageBox, QStyle, QWidget

from officedesk.domain.enums import InspectionState, Status
from officedesk.errors import UserError
from officedesk.gui import settings
from officedesk.gui.entry import labels, reads
from officedesk.gui.entry.delegates import ArrivalDelegate
from officedesk.gui.entry.dialogs import AddPersonDialog, AmendDialog, ExcuseDialog, name_unnamed, warn
from officedesk.gui.entry.findings_panel import FindingsPanel
from officedesk.gui.entry.header_panel import HeaderPanel
from officedesk.gui.entry.new_dialog import NewInspectionDialog
from officedesk.gui.entry.photos_panel import PhotosPanel
from officedesk.gui.entry.posts_model import PostsModel
from officedesk.gui.entry.posts_panel import PostsPanel
from officedesk.gui.entry.recorder import Recorder
from officedesk.gui.entry.roster_model import Col, RosterModel
from officedesk.gui.entry.signoff_dialog import SignOffDialog
from officedesk.gui.entry.texts_panel import TextsPanel
from officedesk.gui.forms.ui_inspection_entry import Ui_InspectionEntry
from officedesk.services import inspections, queries, signoff
from officedesk.services.context import Ctx
from officedesk.services.permissions import ALLOWED, Action

# How the roster tab shares its room between the roster and the posts (see InspectionEntryPage._arrange):
BESIDE = "beside"  # wide: the posts to the right of a roster whose columns all fit
BELOW = "below"  # narrow but tall: the posts under a roster as wide as the tab
BESIDE_NARROW = "beside-narrow"  # narrow and short (a small laptop at 150 %): the roster keeps its rows, scrolls sideways
POSTS_WIDTH = (230, 320)  # the posts beside a roster that fits: at least, at most
POSTS_NARROW_WIDTH = (180, 240)  # the posts beside a roster that scrolls sideways
ROSTER_ROWS = 8  # rows of the roster kept in sight before the posts may go below it
POSTS_ROWS = 3  # rows of posts shown below the roster without scrolling


class InspectionEntryPage(QWidget):
    """`InspectionEntryPage(ctx)`, then `open_inspection(id)` or `start_new(...)` (or the "New inspection" dialog)."""

    inspection_opened = Signal(str)
    # (inspection id, title): the shell shows the minutes in Reports, to look at, print and save.
    minutes_requested = Signal(str, str)
    signed = Signal(str)
    amended = Signal(str)  # the new draft version's id
    message_shown = Signal(str)

    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InspectionEntry()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.header: dict[str, Any] | None = None
        self._reopened = False  # the last inspection is reopened once, when the page is first shown
        self.read_only = True
        self.dialog: QWidget | None = None  # the small dialog open now, if any (tests reach it here)
        self.roster = RosterModel(self)
        self.posts = PostsModel(self)
        self.recorder = Recorder(ctx, self.roster, self.posts, self)
        self.roster.edit_handler = self._edited_in_view
        self.roster.departure_handler = self._edited_departure
        self._setup_roster()
        self.posts_panel = PostsPanel(self.ui.postsView, self.ui.overrideButton, self.posts, self.recorder)
        self.findings = FindingsPanel(self.ui, self.recorder, self)
        self.texts = TextsPanel(self.ui, self.recorder, self)
        self.photos = PhotosPanel(self.ui, self.recorder, self)
        self.header_panel = HeaderPanel(self.ui, ctx, self)
        self._setup_actions()
        self._connect()
        self.layout_mode = ""  # BESIDE, BELOW or BESIDE_NARROW once the roster tab has a size
        self._splitter_moved = False
        self.ui.rosterSplitter.splitterMoved.connect(self._remember_split)
        self.ui.rosterSplitter.installEventFilter(self)
        small = self.ui.keysLabel.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.ui.keysLabel.setFont(small)
        self.ui.rosterSplitter.setStretchFactor(0, 1)
        self.ui.rosterSplitter.setStretchFactor(1, 0)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)
        name_unnamed(self)

    def heightForWidth(self, width: int) -> int:
        # Word-wrapped labels make the layout height-for-width, and a QScrollArea (the main window holds pages in
        # one) would then give the page its preferred height and a scroll bar: the page takes the height it is
        # given, down to its minimum, so the roster shrinks instead and the summary stays in sight.
        return self.minimumSizeHint().height()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.ui.rosterSplitter and event.type() == QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(obj, event)

    # -- sharing the roster tab ----------------------------------------------------------------------
    def _arrange(self) -> None:
        """Put the posts beside the roster when the roster's columns still fit, else below it when there is
        height for ROSTER_ROWS rows and the posts, else beside a roster that scrolls sideways (the rows matter
        more than the last columns while marking). Sizes follow the room until the handle is dragged."""
        splitter = self.ui.rosterSplitter
        width, height = splitter.width(), splitter.height()
        if width <= 0 or height <= 0:
            return
        handle = splitter.handleWidth()
        view = self.ui.rosterView
        if width - handle - POSTS_WIDTH[0] >= view.minimum_width():
            mode = BESIDE
        elif height - handle - self._posts_height() >= self._roster_height(ROSTER_ROWS, width):
            mode = BELOW
        else:
            mode = BESIDE_NARROW
        if mode != self.layout_mode:
            self.layout_mode = mode
            self._splitter_moved = False
            below = mode == BELOW
            splitter.setOrientation(Qt.Orientation.Vertical if below else Qt.Orientation.Horizontal)
            # Below the roster the posts are a wide strip: their button goes to the right of the table.
            self.ui.postsLayout.setDirection(QBoxLayout.Direction.LeftToRight if below
                                             else QBoxLayout.Direction.TopToBottom)
            self.ui.postsLayout.setAlignment(self.ui.overrideButton, Qt.AlignmentFlag.AlignTop if below
                                             else Qt.AlignmentFlag(0))
        if self._splitter_moved:
            return
        if mode == BELOW:
            posts = min(self._posts_height(), height // 2)
            splitter.setSizes([height - handle - posts, posts])
            return
        room = width - handle
        if mode == BESIDE:
            posts = max(POSTS_WIDTH[0], min(POSTS_WIDTH[1], room - view.natural_width()))
        else:
            posts = max(POSTS_NARROW_WIDTH[0], min(POSTS_NARROW_WIDTH[1], room // 3))
        splitter.setSizes([room - posts, posts])

    def _roster_height(self, rows: int, width: int) -> int:
        view = self.ui.rosterView
        height = (view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                  + 2 * view.frameWidth())
        if width < view.minimum_width():
            height += view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return height

    def _posts_height(self) -> int:
        """The posts group below the roster, tall enough for POSTS_ROWS posts (one line each there)."""
        ui = self.ui
        rows = max(1, min(POSTS_ROWS, self.posts.rowCount()))
        table = (ui.postsView.horizontalHeader().sizeHint().height() + 2 * ui.postsView.frameWidth()
                 + rows * (ui.postsView.fontMetrics().height() + 10))
        margins = ui.postsLayout.contentsMargins()
        title = ui.postsBox.fontMetrics().height() + 6
        return title + margins.top() + margins.bottom() + max(table, ui.overrideButton.sizeHint().height())

    # -- building ------------------------------------------------------------------------------------
    def _setup_roster(self) -> None:
        view = self.ui.rosterView
        view.setModel(self.roster)
        self.arrival_delegate = ArrivalDelegate(self._describe_arrival, self._default_arrival, view,
                                                describe_departure=self._describe_departure,
                                                # Gone when the team came: the check time, typed over if known.
                                                default_departure=lambda: self.recorder.check_time or time(7, 30))
        view.setItemDelegateForColumn(Col.ARRIVAL, self.arrival_delegate)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # the view fits every column itself (RosterView.fit_columns)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        self._fit_roster_columns()
        view.status_key.connect(self._status_key)
        view.rest_present_key.connect(self.mark_rest_present)
        view.insert_key.connect(self.add_person)

    def _fit_roster_columns(self) -> None:
        """Minimum and natural widths of the roster's columns, from their headers and today's rows: the name and
        the note grow; the position is cut with "…" past a usual title; the small columns keep their width."""
        view = self.ui.rosterView
        cell = QFontMetrics(view.font())
        italic = view.font()
        italic.setItalic(True)  # the unmarked rows
        slanted = QFontMetrics(italic)
        head = view.horizontalHeader().fontMetrics()

        def text(*texts: str) -> int:
            return max(max(cell.horizontalAdvance(t), slanted.horizontalAdvance(t)) for t in texts) + 14

        def title(col: Col) -> int:
            return head.horizontalAdvance(str(self.roster.headerData(col, Qt.Orientation.Horizontal))) + 18

        rows = self.roster.rows()
        # The longest texts by length decide the widths: measuring all of a 2,000-person roster costs 70 ms.
        longest_names = heapq.nlargest(12, range(len(rows)), key=lambda i: len(rows[i].full_name))
        names = text(*(self.roster.index(i, Col.NAME).data() for i in longest_names), "Nguyễn Văn An")
        positions = text(*heapq.nlargest(12, (r.position for r in rows), key=len), "Công chức")
        icon = view.iconSize().width() if view.iconSize().isValid() else 16
        status = text(*(labels.status_text(s) for s in Status), labels.status_text(Status.ON_TIME, True)) + icon + 8
        arrival = max(text("00:00") + 6, title(Col.ARRIVAL))
        widths: dict[int, tuple[int, int]] = {
            Col.NO: (max(text("000"), title(Col.NO)),) * 2,
            Col.NAME: (max(title(Col.NAME), min(names, cell.averageCharWidth() * 26)), max(names, title(Col.NAME))),
            Col.POSITION: (max(title(Col.POSITION), cell.averageCharWidth() * 10),
                           max(title(Col.POSITION), min(positions, cell.averageCharWidth() * 24))),
            Col.STATUS: (max(status, title(Col.STATUS)),) * 2,
            Col.ARRIVAL: (arrival, arrival),
            Col.MINUTES: (max(text("999"), title(Col.MINUTES)),) * 2,
            Col.REASON: (title(Col.REASON), max(title(Col.REASON), cell.averageCharWidth() * 20)),
            Col.NOTE: (max(title(Col.NOTE), cell.averageCharWidth() * 6), cell.averageCharWidth() * 14),
        }
        view.set_column_fit(widths, {Col.NAME: 1, Col.NOTE: 2})

    def _setup_actions(self) -> None:
        stack = self.recorder.stack

        def action(text: str, keys: list[QKeySequence], slot: Any, owner: QWidget,
                   context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
            act = QAction(text, owner)
            act.setShortcuts(keys)
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            owner.addAction(act)
            return act

        self.undo_action = action(self.tr("Undo"), [QKeySequence(QKeySequence.StandardKey.Undo)], stack.undo, self)
        self.redo_action = action(self.tr("Redo"), [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
                                  stack.redo, self)
        self.rest_action = action(self.tr("Everyone else present"),
                                  [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
                                  self.mark_rest_present, self.ui.rosterTab)
        self.add_person_action = action(self.tr("Add a person"), [QKeySequence(Qt.Key.Key_Insert)],
                                        self.add_person, self.ui.rosterTab)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.canUndoChanged.connect(self.ui.undoButton.setEnabled)
        stack.canRedoChanged.connect(self.ui.redoButton.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.ui.undoButton.setEnabled(False)
        self.ui.redoButton.setEnabled(False)

    @Slot(int, int)
    def _remember_split(self, _pos: int, _index: int) -> None:
        self._splitter_moved = True

    @Slot(str)
    def _undo_text(self, what: str) -> None:
        # The stack is cleared while the page is destroyed, after its buttons.
        if shiboken6.isValid(self.ui.undoButton):
            self.ui.undoButton.setToolTip(self.tr("Undo: {what}").format(what=what) if what else "")

    @Slot(str)
    def _redo_text(self, what: str) -> None:
        if shiboken6.isValid(self.ui.redoButton):
            self.ui.redoButton.setToolTip(self.tr("Redo: {what}").format(what=what) if what else "")

    def _connect(self) -> None:
        ui = self.ui
        ui.undoButton.clicked.connect(self.recorder.stack.undo)
        ui.redoButton.clicked.connect(self.recorder.stack.redo)
        ui.restPresentButton.clicked.connect(self.mark_rest_present)
        ui.addPersonButton.clicked.connect(self.add_person)
        ui.signButton.clicked.connect(self.open_sign_off)
        ui.amendButton.clicked.connect(self.open_amend)
        ui.minutesButton.clicked.connect(self._ask_for_minutes)
        ui.newButton.clicked.connect(self.open_new_dialog)
        ui.emptyNewButton.clicked.connect(self.open_new_dialog)
        ui.versionCombo.activated.connect(self._version_chosen)
        ui.checkTimeEdit.editingFinished.connect(self._check_time_edited)
        self.recorder.edited.connect(self.update_summary)
        self.recorder.people_changed.connect(
            lambda: self.findings.set_staff([(r.staff_id, r.full_name) for r in self.roster.rows()]))
        self.recorder.failed.connect(self.show_error)
        # Queued: the refusal comes from inside QUndoStack.undo(), whose stack a reload clears.
        self.recorder.reload_needed.connect(self.reload, Qt.ConnectionType.QueuedConnection)
        self.texts.failed.connect(self.show_error)
        self.photos.added.connect(lambda _n: self.update_summary())

    # -- opening -------------------------------------------------------------------------------------
    @property
    def inspection_id(self) -> str | None:
        return self.header["id"] if self.header else None

    def open_inspection(self, inspection_id: str) -> bool:
        """Show an inspection (any version); a signed or earlier version is shown locked."""
        self.texts.flush()
        header = reads.header(self.ctx, inspection_id)
        if header is None:
            self.show_error(UserError(self.tr("This inspection no longer exists.")))
            return False
        self.header = header
        rows = queries.roster(self.ctx, inspection_id)
        self.recorder.bind(inspection_id, header, rows)
        self.roster.load(rows)
        self._fit_roster_columns()
        self.recorder.refresh_posts()
        locked = header["state"] == InspectionState.SIGNED or header["version"] < header["latest_version"]
        may_record = Action.RECORD in ALLOWED.get(self.ctx.actor.role, frozenset())
        self._set_read_only(locked or not may_record)
        self.header_panel.show(header, self.read_only)
        self.findings.bind(header, [(r.staff_id, r.full_name) for r in self.roster.rows()])
        self.texts.bind(header, self.read_only)
        self.photos.bind(inspection_id, self.read_only)
        self.update_summary()
        self.ui.stack.setCurrentWidget(self.ui.entryPage)
        self.ui.tabs.setCurrentWidget(self.ui.rosterTab)
        self._arrange()  # other names and posts: maybe another sharing of the tab
        first_unmarked = next((i for i, r in enumerate(self.roster.rows()) if r.unmarked), 0)
        if self.roster.rowCount():
            self.ui.rosterView.setCurrentIndex(self.roster.index(first_unmarked, Col.NAME))
        self.ui.rosterView.setFocus()
        settings.set_last_inspection(self.ctx.actor.username, inspection_id)
        self.inspection_opened.emit(inspection_id)
        return True

    @Slot()
    def _ask_for_minutes(self) -> None:
        if self.header is None:
            return
        h = self.header
        title = self.tr("Minutes {number} – {unit}").format(number=h.get("number_text") or "", unit=h["unit_name"])
        self.minutes_requested.emit(h["id"], title)

    def reopen_last(self) -> bool:
        """The inspection this person had open when the program last closed (or the battery died), if nothing
        is open yet and it still exists; quietly nothing otherwise."""
        if self.header is not None:
            return False
        last = settings.last_inspection(self.ctx.actor.username)
        if not last or reads.header(self.ctx, last) is None:
            return False
        return self.open_inspection(last)

    @Slot()
    def reload(self) -> None:
        if self.inspection_id is not None:
            self.open_inspection(self.inspection_id)

    def start_new(self, campaign_id: str, unit_id: str, visit_date: date, check_time: time) -> str | None:
        """Open a new draft with the unit's roster and show it; None (and a message) when refused."""
        try:
            insp_id = inspections.open_inspection(self.ctx, campaign_id=campaign_id, unit_id=unit_id,
                                                  visit_date=visit_date, check_time=check_time)
        except UserError as exc:
            self.show_error(exc)
            return None
        self.open_inspection(insp_id)
        return insp_id

    def _set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        ui = self.ui
        self.roster.set_read_only(read_only)
        self.posts_panel.set_read_only(read_only)
        self.findings.set_read_only(read_only)
        ui.checkTimeEdit.setReadOnly(read_only)
        # No spin arrows on a locked inspection: nothing there can be turned.
        ui.checkTimeEdit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if read_only
                                          else QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        for w in (ui.restPresentButton, ui.addPersonButton, ui.signButton):
            w.setEnabled(not read_only)
        # Locked: the banner says why; buttons that could only be grey, and the keys that would be refused, go.
        entry: tuple[QWidget, ...] = (ui.restPresentButton, ui.addPersonButton, ui.undoButton, ui.redoButton,
                                      ui.keysLabel, ui.overrideButton, ui.signButton)
        for widget in entry:
            widget.setVisible(not read_only)
        self.rest_action.setEnabled(not read_only)
        self.add_person_action.setEnabled(not read_only)
        if read_only:
            self.recorder.stack.clear()

    @Slot()
    def update_summary(self) -> None:
        if self.inspection_id is None:
            return
        counts = queries.inspection_counts(self.ctx, self.inspection_id)
        unmarked = len(self.roster.unmarked_ids())
        # An unmarked person is stored as on time until marked: counted present only once marked.
        counts = replace(counts, present=max(0, counts.present - unmarked))
        self.ui.summaryLabel.setText(labels.summary_text(counts, unmarked))

    def summary(self) -> str:
        return self.ui.summaryLabel.text()

    # -- marking people ------------------------------------------------------------------------------
    @Slot(int, str)
    def _status_key(self, row: int, status_value: str) -> None:
        if self.read_only:
            self.refuse_locked()
            return
        status = Status(status_value)
        view = self.ui.rosterView
        if view.currentIndex().row() != row:
            view.move_to_row(row)
        if status == Status.LATE:
            self.edit_arrival(row)
        elif status == Status.LEFT_EARLY:
            self.edit_departure(row)
        elif status == Status.EXCUSED:
            self.ask_excuse(row)
        elif self.recorder.mark(row, status):
            view.move_to_row(row + 1)

    def edit_arrival(self, row: int) -> None:
        index = self.roster.index(row, Col.ARRIVAL)
        view = self.ui.rosterView
        view.setCurrentIndex(index)
        view.edit(index)

    def edit_departure(self, row: int) -> None:
        """The time cell asks when the person left; Enter records them as having left early."""
        index = self.roster.index(row, Col.ARRIVAL)
        view = self.ui.rosterView
        view.setCurrentIndex(index)
        self.arrival_delegate.next_is_departure = True
        if not view.edit(index):
            self.arrival_delegate.next_is_departure = False

    def _describe_departure(self, departure: time) -> tuple[str, bool]:
        minutes, early = self.recorder.describe_departure(departure)
        if not early:
            return self.tr("not early"), False
        words = self.tr("left {minutes} min early").format(minutes=minutes)
        check = self.recorder.check_time
        if check is not None and departure < check:
            # Gone before the team came: seen leaving, or is it an absence (K)? The words make the person look.
            words = self.tr("{left}, before the check").format(left=words)
        return words, True

    def _edited_departure(self, row: int, departure: time) -> bool:
        done = self.recorder.mark(row, Status.LEFT_EARLY, departure=departure)
        if done:
            QTimer.singleShot(0, self, lambda: self._next_row(row))  # after the editor has closed, as for arrivals
        return done

    def _describe_arrival(self, arrival: time) -> tuple[str, bool]:
        minutes, late = self.recorder.describe_arrival(arrival)
        if late:
            return self.tr("late {minutes} min").format(minutes=minutes), True
        return self.tr("on time"), False

    def _default_arrival(self) -> time:
        check = self.recorder.check_time or time(7, 30)
        now = self.ctx.clock.now_local()
        if self.header is not None and self.header["visit_date"] == now.date() and now.time() > check:
            return now.time().replace(second=0, microsecond=0)
        return check

    def _edited_in_view(self, row: int, col: Col, value: Any) -> bool:
        if col == Col.ARRIVAL:
            done = self.recorder.mark(row, Status.LATE, arrival=value)
            if done:
                # After the editor has closed: moving while it is open would commit it a second time.
                QTimer.singleShot(0, self, lambda: self._next_row(row))
            return done
        if col == Col.NOTE:
            return self.recorder.set_note(row, value)
        return False

    def _next_row(self, row: int) -> None:
        self.ui.rosterView.setCurrentIndex(self.roster.index(min(row + 1, self.roster.rowCount() - 1), Col.NAME))
        self.ui.rosterView.setFocus()

    def ask_excuse(self, row: int) -> ExcuseDialog:
        person = self.roster.row(row)
        dialog = ExcuseDialog(person.full_name, person.excuse_reason, person.document_no, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            if self.recorder.mark(row, Status.EXCUSED, reason=dialog.reason(), document_no=dialog.document_no()):
                self._next_row(row)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: self.ui.rosterView.setFocus())
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def mark_rest_present(self) -> int:
        if self.read_only:
            self.refuse_locked()
            return 0
        count = self.recorder.rest_present()
        if count:
            self.message_shown.emit(self.tr("{count} more people marked present.").format(count=count))
        return count

    @Slot()
    def add_person(self) -> AddPersonDialog | None:
        if self.read_only or self.inspection_id is None:
            self.refuse_locked()
            return None
        dialog = AddPersonDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            row = self.recorder.add_person(dialog.full_name(), dialog.position())
            if row >= 0:
                self.ui.rosterView.setCurrentIndex(self.roster.index(row, Col.NAME))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: self.ui.rosterView.setFocus())
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _check_time_edited(self) -> None:
        if self.read_only or self.header is None:
            return
        t = self.ui.checkTimeEdit.time()
        value = time(t.hour(), t.minute())
        if not self.recorder.set_check_time(value):
            old = self.recorder.check_time or value
            self.ui.checkTimeEdit.setTime(QTime(old.hour, old.minute))

    # -- messages ------------------------------------------------------------------------------------
    @Slot(object)
    def show_error(self, exc: BaseException) -> None:
        text = str(exc)
        self.dialog = warn(self, text)
        self.message_shown.emit(text)

    def refuse_locked(self) -> None:
        """A key that would change a locked inspection: the banner says why, briefly highlighted."""
        if self.header is not None:
            self.message_shown.emit(self.header_panel.flash())

    # -- sign-off, amendment, versions, new ----------------------------------------------------------
    @Slot()
    def open_sign_off(self) -> SignOffDialog | None:
        if self.read_only or self.header is None:
            self.refuse_locked()
            return None
        self.texts.flush()
        unmarked = len(self.roster.unmarked_ids())
        if unmarked:
            self.show_error(UserError(self.tr("{count} people are not marked yet: mark them or use "
                                              "'Everyone else present' (Ctrl+Enter).").format(count=unmarked)))
            return None
        header = reads.header(self.ctx, self.header["id"]) or self.header
        dialog = SignOffDialog(self.ctx, header, self.summary(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        insp_id = header["id"]

        def accepted() -> None:
            self.open_inspection(insp_id)
            self.signed.emit(insp_id)

        dialog.accepted.connect(accepted)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def open_amend(self) -> AmendDialog | None:
        if self.header is None:
            return None
        dialog = AmendDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.amend(dialog.reason()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def amend(self, reason: str) -> str | None:
        """A new draft version of the signed inspection shown, which stays readable; None when refused."""
        if self.inspection_id is None:
            return None
        try:
            new_id = signoff.amend(self.ctx, self.inspection_id, reason)
        except UserError as exc:
            self.show_error(exc)
            return None
        self.open_inspection(new_id)
        self.amended.emit(new_id)
        return new_id

    @Slot(int)
    def _version_chosen(self, index: int) -> None:
        insp_id = self.ui.versionCombo.itemData(index)
        if insp_id and insp_id != self.inspection_id:
            self.open_inspection(insp_id)

    @Slot()
    def open_new_dialog(self) -> NewInspectionDialog:
        dialog = NewInspectionDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.header is not None:
            dialog.campaign_combo.setCurrentIndex(max(0, dialog.campaign_combo.findData(self.header["campaign_id"])))
        dialog.accepted.connect(lambda: self._new_chosen(dialog.choice()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _new_chosen(self, choice: tuple[str, str, date, time] | None) -> None:
        if choice is None:
            return
        existing = reads.draft_of(self.ctx, choice[0], choice[1], choice[2])
        if existing is None:
            self.start_new(*choice)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New inspection"),
                          self.tr("A draft for this unit on this day is already open. Continue it?\n\n"
                                  "Yes: continue the draft. No: start a second inspection."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result: self.open_inspection(existing)
                             if result == QMessageBox.StandardButton.Yes else self.start_new(*choice))
        self.dialog = box
        box.open()

    # -- the main window's hooks ---------------------------------------------------------------------
    def page_shown(self) -> None:
        if self.header is None and not self._reopened:
            self._reopened = True
            # After the caller's own request, if any: a dashboard's click opens its inspection, not the last one.
            QTimer.singleShot(0, self, self.reopen_last)
        if self.header is not None:
            self.recorder.refresh_posts()
            self.findings.reload()
            self.update_summary()

    def can_leave(self) -> bool:
        """Nothing to lose: every change is saved; texts typed a moment ago are saved now."""
        self.texts.flush()
        return True

    def current_row(self) -> int:
        index: QModelIndex = self.ui.rosterView.currentIndex()
        return index.row()

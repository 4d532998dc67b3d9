"""The entry screen on the screens it is used on: a 1366×768 laptop at 100 % and at 150 % (910×470 logical pixels
for the page), in Vietnamese and English, draft and locked. Widgets must stay on the page, not behind a scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from officedesk.gui.entry import labels
from officedesk.gui.entry.page import BELOW, BESIDE, BESIDE_NARROW, InspectionEntryPage
from officedesk.gui.entry.views import RosterView
from officedesk.services.context import Ctx

from . import conftest_entry as fx

demo_master = fx.demo_master
demo_db = fx.demo_db
ctx = fx.ctx
leader = fx.leader_ctx


def shown_page(qtbot: QtBot, c: Ctx, width: int, height: int, inspection_id: str) -> InspectionEntryPage:
    page = InspectionEntryPage(c)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    assert page.open_inspection(inspection_id)
    settle()
    return page


def settle() -> None:
    for _ in range(3):  # the splitter and the header rearrange on resize, the posts' header a moment later
        QApplication.processEvents()


def rect_on(page: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def rows_in_sight(view: RosterView) -> int:
    header, height = view.verticalHeader(), view.viewport().height()
    return sum(1 for row in range(view.model().rowCount())
               if 0 <= header.sectionViewportPosition(row)
               and header.sectionViewportPosition(row) + header.sectionSize(row) <= height)


def assert_on_page(page: InspectionEntryPage, *widgets: QWidget) -> None:
    for widget in widgets:
        assert widget.isVisible(), widget.objectName()
        assert page.rect().contains(rect_on(page, widget)), (widget.objectName(), rect_on(page, widget), page.rect())


def titles_fit(view: RosterView) -> bool:
    metrics = view.horizontalHeader().fontMetrics()
    model = view.model()
    return all(view.columnWidth(c) >= metrics.horizontalAdvance(model.headerData(c, Qt.Orientation.Horizontal))
               for c in range(model.columnCount()))


def test_a_small_laptop_at_150_percent_keeps_the_roster_and_every_button_in_sight(qtbot: QtBot, ctx: Ctx) -> None:
    page = shown_page(qtbot, ctx, 910, 470, fx.draft_id(ctx))
    ui = page.ui
    assert page.size().toTuple() == (910, 470)  # its minimum fits: no scroll bar in the main window
    assert page.minimumSizeHint().width() <= 910 and page.minimumSizeHint().height() <= 470
    assert_on_page(page, ui.rosterView, ui.signButton, ui.checkTimeEdit, ui.newButton, ui.summaryLabel,
                   ui.restPresentButton, ui.addPersonButton, ui.undoButton, ui.redoButton, ui.postsView,
                   ui.overrideButton, ui.keysLabel)
    assert rows_in_sight(ui.rosterView) >= 6
    # The key hints are one line across the tab, not a column beside the buttons.
    assert ui.keysLabel.height() < 2 * ui.keysLabel.fontMetrics().height()
    assert ui.keysLabel.width() > ui.rosterView.width() // 2
    # The posts keep a usable width (beside) or the whole width (below).
    assert page.layout_mode in (BESIDE, BELOW, BESIDE_NARROW)
    assert ui.postsBox.width() >= 180


def test_at_100_percent_the_roster_fits_beside_the_posts(qtbot: QtBot, ctx: Ctx) -> None:
    page = shown_page(qtbot, ctx, 1160, 660, fx.draft_id(ctx))
    view = page.ui.rosterView
    assert page.layout_mode == BESIDE
    assert rect_on(page, page.ui.postsBox).left() > rect_on(page, view).right()
    assert not view.horizontalScrollBar().isVisible()
    assert sum(view.columnWidth(c) for c in range(page.roster.columnCount())) <= view.viewport().width()
    assert titles_fit(view)  # "Ghi chú", "Reason / document no.": whole
    assert rows_in_sight(view) >= 15


def test_narrow_but_tall_puts_the_posts_below_the_roster(qtbot: QtBot, ctx: Ctx) -> None:
    page = shown_page(qtbot, ctx, 860, 800, fx.draft_id(ctx))
    ui = page.ui
    assert page.layout_mode == BELOW
    assert rect_on(page, ui.postsBox).top() > rect_on(page, ui.rosterView).bottom()
    assert rows_in_sight(ui.rosterView) >= 8
    # All of the demo unit's posts are in sight below the roster.
    assert ui.postsView.verticalHeader().sectionViewportPosition(page.posts.rowCount() - 1) >= 0
    # Wider again: beside, as before.
    page.resize(1160, 660)
    settle()
    assert page.layout_mode == BESIDE


def test_a_locked_inspection_shows_no_entry_buttons_or_key_hints(qtbot: QtBot, ctx: Ctx) -> None:
    page = shown_page(qtbot, ctx, 1160, 660, fx.signed_id(ctx))
    ui = page.ui
    assert page.read_only and ui.lockBanner.isVisible()
    for widget in (ui.keysLabel, ui.restPresentButton, ui.addPersonButton, ui.undoButton, ui.redoButton,
                   ui.overrideButton, ui.signButton):
        assert widget.isHidden(), widget.objectName()
    assert ui.summaryLabel.isVisible()
    # A draft shows them again.
    assert page.open_inspection(fx.draft_id(ctx))
    for widget in (ui.keysLabel, ui.restPresentButton, ui.addPersonButton, ui.undoButton, ui.redoButton,
                   ui.overrideButton, ui.signButton):
        assert widget.isVisible(), widget.objectName()


def test_the_header_wraps_instead_of_pushing_its_buttons_off_the_page(qtbot: QtBot, leader: Ctx) -> None:
    page = shown_page(qtbot, leader, 1160, 660, fx.signed_id(leader))
    assert page.amend("Đơn vị cung cấp giấy mời họp số 15/GM-UBND") is not None
    ui = page.ui
    assert ui.versionCombo.isVisible()
    assert not page.header_panel.narrow
    page.resize(700, 470)
    settle()
    assert page.width() == 700
    assert page.header_panel.narrow  # version and "New inspection" on a line of their own
    assert_on_page(page, ui.unitLabel, ui.stateBadge, ui.numberLabel, ui.versionCombo, ui.newButton,
                   ui.checkTimeEdit, ui.signButton)
    page.resize(1160, 660)
    settle()
    assert not page.header_panel.narrow


@pytest.mark.parametrize(("english", "expected"), [(True, "3.45%"), (False, "3,45 %")])
def test_the_summary_writes_numbers_as_its_language(english: bool, expected: str) -> None:
    assert labels.percent_text(1, 29, english) == expected
    assert labels.percent_text(0, 0, english) == ("0.00%" if english else "0,00 %")


def test_the_english_screen_writes_english_numbers(qtbot: QtBot, ctx: Ctx) -> None:
    page = shown_page(qtbot, ctx, 1160, 660, fx.draft_id(ctx))  # no catalogue installed: English
    assert page.summary().startswith("Present 1/29 (3.45%) · Late 1")

"""The units and staff screen on the demo province: the tree, accent-insensitive search, editing and schedules."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from officedesk.domain.enums import Role
from officedesk.gui.pages import PageContext
from officedesk.gui.units import create_units_page
from officedesk.gui.units.page import UnitsPage
from officedesk.services import org, queries
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import Actor, Ctx
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

from .mnemonics import clashes, window_mnemonics

TUAN = "Nguyễn Văn Tuấn"
# Typing a position opens its completer's popup, which asks the offscreen platform for the keyboard.
completer_popup = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
TODAY = datetime(2024, 2, 20, 8, 0, tzinfo=LOCAL)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a Vietnamese keyboard (Unikey) does: each character arrives as a key event carrying its text.
    QTest.keyClicks cannot send non-ASCII characters."""
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def make_page(qtbot: QtBot, db: Path, role: Role = Role.ADMIN) -> Iterator[UnitsPage]:
    window = QMainWindow()
    qtbot.addWidget(window)
    core = Ctx(db=open_database(to_url(db)), actor=Actor(None, "test", "Người kiểm thử", role),
               clock=FixedClock(TODAY))
    page = create_units_page(PageContext(db_url=to_url(db), window=window, core_ctx=core))
    assert isinstance(page, UnitsPage)
    window.setCentralWidget(page)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not page.busy() and page.units.unit_count() > 0, timeout=10000)
    yield page
    qtbot.waitUntil(lambda: not page.busy(), timeout=10000)
    window.close()
    core.db.engine.dispose()


@pytest.fixture
def page(qtbot: QtBot, demo_db: Path) -> Iterator[UnitsPage]:
    yield from make_page(qtbot, demo_db)


@pytest.fixture
def writable_page(qtbot: QtBot, demo_copy: Path) -> Iterator[UnitsPage]:
    yield from make_page(qtbot, demo_copy)


def settle(qtbot: QtBot, page: UnitsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=10000)


def open_unit(qtbot: QtBot, page: UnitsPage, code: str) -> None:
    assert page.select_unit_code(code)
    settle(qtbot, page)
    assert page.current_unit()["code"] == code  # type: ignore[index]


def names(page: UnitsPage) -> list[str]:
    return [r["full_name"] for r in page.listed_staff()]


def test_the_tree_shows_every_unit_of_the_province(qtbot: QtBot, page: UnitsPage) -> None:
    assert page.units.unit_count() >= 40
    tree = page.ui.unitTree
    visible, index = 0, tree.model().index(0, 0)
    while index.isValid():
        visible += 1
        index = tree.indexBelow(index)
    assert visible >= 40, "every unit is on screen, the tree expanded"
    root = page.units.index(0, 0)
    assert root.data() == "Tỉnh Hoàng Liên"
    children = [page.units.index(r, 0, root).data() for r in range(page.units.rowCount(root))]
    assert "UBND thành phố Hoàng Liên" in children and "Sở Y tế" in children
    city = page.units.index_of_code("TPHL")
    communes = [page.units.index(r, 0, city).data() for r in range(page.units.rowCount(city))]
    assert "UBND xã Tả Phìn" in communes
    # Siblings read in Vietnamese order, left to right: "Sở Giao thông" before "Sở Giáo dục", "Sở Y tế" last.
    departments = [c for c in children if c.startswith("Sở ")]
    assert departments.index("Sở Giao thông vận tải") < departments.index("Sở Giáo dục và Đào tạo")
    assert departments[-1] == "Sở Y tế"


def test_the_unit_filter_ignores_accents(qtbot: QtBot, page: UnitsPage) -> None:
    qtbot.keyClicks(page.ui.unitFilterEdit, "ta phin")
    shown = page.unit_filter.mapFromSource(page.units.index_of_code("XA01"))
    assert shown.isValid()
    assert not page.unit_filter.mapFromSource(page.units.index_of_code("SYT")).isValid()
    assert page.unit_filter.mapFromSource(page.units.index_of_code("TPHL")).isValid(), "parents stay, for context"


def test_vietnamese_typed_search_finds_tuan_of_xa01(qtbot: QtBot, page: UnitsPage) -> None:
    open_unit(qtbot, page, "XA01")
    assert TUAN in names(page) and len(names(page)) > 20
    type_text(page.ui.searchEdit, "nguyễn văn tuấn")
    assert page.ui.searchEdit.text() == "nguyễn văn tuấn"
    qtbot.waitUntil(lambda: names(page) == [TUAN], timeout=5000)
    assert page.listed_staff()[0]["unit_code"] == "XA01"


def test_ascii_search_of_the_whole_province_finds_tuan(qtbot: QtBot, page: UnitsPage) -> None:
    open_unit(qtbot, page, "SYT")
    assert TUAN not in names(page)
    page.ui.wholeProvinceCheck.setFocus()
    qtbot.keyClick(page.ui.wholeProvinceCheck, Qt.Key.Key_Space)
    assert page.ui.wholeProvinceCheck.isChecked()
    qtbot.keyClicks(page.ui.searchEdit, "nguyen van tuan")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: TUAN in names(page), timeout=5000)
    found = [r for r in page.listed_staff() if r["full_name"] == TUAN]
    assert [r["unit_code"] for r in found] == ["XA01"]
    assert not page.ui.staffTable.isColumnHidden(3), "the unit column shows when searching every unit"


def test_staff_are_listed_in_vietnamese_order(qtbot: QtBot, page: UnitsPage) -> None:
    open_unit(qtbot, page, "XA01")
    expected = [r["id"] for r in queries.list_staff(page.core, unit_id=page.unit_id)
                if r["left_on"] is None or r["left_on"] > TODAY.date()]
    assert [r["id"] for r in page.listed_staff()] == expected


@completer_popup
def test_editing_a_person_persists(qtbot: QtBot, writable_page: UnitsPage) -> None:
    page = writable_page
    open_unit(qtbot, page, "XA01")
    tuan = next(r for r in page.listed_staff() if r["full_name"] == TUAN)
    assert page.select_staff(tuan["id"])
    page.ui.staffTable.setFocus()
    qtbot.keyClick(page.ui.staffTable, Qt.Key.Key_Return)  # Enter on a row edits the person
    dialogs = [w for w in page.findChildren(QWidget) if type(w).__name__ == "StaffDialog"]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.ui.codeEdit.isReadOnly() and dialog.ui.nameEdit.text() == TUAN
    dialog.ui.positionEdit.clear()
    type_text(dialog.ui.positionEdit, "Công chức Tư pháp - Hộ tịch")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    settle(qtbot, page)
    stored = queries.list_staff(page.core, search="nguyen van tuan")
    assert [r["position"] for r in stored] == ["Công chức Tư pháp - Hộ tịch"]
    assert page.selected_staff() is not None and page.selected_staff()["position"] == "Công chức Tư pháp - Hộ tịch"  # type: ignore[index]


@completer_popup
def test_adding_a_person_normalises_the_name(qtbot: QtBot, writable_page: UnitsPage) -> None:
    page = writable_page
    open_unit(qtbot, page, "XA01")
    dialog = page.add_staff()
    assert dialog.ui.codeEdit.text() == "XA01-032", "the next free code of the unit is suggested"
    decomposed = unicodedata.normalize("NFD", "Hà  Thị   Mỹ  ")  # as some legacy keyboards send it
    dialog.ui.nameEdit.setText(decomposed)
    type_text(dialog.ui.positionEdit, "Công chức Văn phòng - Thống kê")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    settle(qtbot, page)
    stored = queries.list_staff(page.core, search="ha thi my")
    assert [r["full_name"] for r in stored] == ["Hà Thị Mỹ"]
    assert unicodedata.is_normalized("NFC", stored[0]["full_name"])
    assert stored[0]["joined_on"] == TODAY.date()
    assert page.selected_staff()["full_name"] == "Hà Thị Mỹ"  # type: ignore[index]


def test_a_dialog_says_what_is_missing(qtbot: QtBot, writable_page: UnitsPage) -> None:
    page = writable_page
    open_unit(qtbot, page, "XA01")
    dialog = page.add_staff()
    dialog.ui.nameEdit.clear()
    dialog.accept()
    assert dialog.isVisible() and dialog.ui.problemLabel.isVisibleTo(dialog)
    assert "full name" in dialog.ui.problemLabel.text()
    dialog.reject()


def test_people_who_left_are_hidden_unless_asked(qtbot: QtBot, writable_page: UnitsPage) -> None:
    page = writable_page
    open_unit(qtbot, page, "XA01")
    before = len(page.listed_staff())
    org.update_staff(page.core, page.listed_staff()[0]["id"], left_on=date(2024, 1, 31))
    page.load_staff()
    settle(qtbot, page)
    assert len(page.listed_staff()) == before - 1
    assert "1 who have left" in page.ui.staffCountLabel.text()
    page.ui.includeLeftCheck.click()
    assert len(page.listed_staff()) == before
    assert page.listed_staff()[0]["left_on"] == date(2024, 1, 31)


def test_posts_show_their_officers_and_a_post_can_be_added(qtbot: QtBot, writable_page: UnitsPage) -> None:
    page = writable_page
    open_unit(qtbot, page, "XA01")
    posts = {p["name"]: p["officers"] for p in page.posts.rows()}
    assert posts["Bộ phận một cửa - Địa chính"] == [TUAN]
    page.ui.tabs.setCurrentWidget(page.ui.postsTab)
    dialog = page.add_post()
    qtbot.waitUntil(lambda: dialog.officers.rowCount() > 20, timeout=5000)
    qtbot.keyClicks(dialog.ui.codeEdit, "XA01-MC3")
    type_text(dialog.ui.nameEdit, "Bộ phận một cửa - Văn hóa")
    type_text(dialog.ui.officersFilterEdit, "chi")
    view = dialog.ui.officersList
    shown = view.model().rowCount()
    assert 0 < shown < dialog.officers.rowCount()
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter ticks the officer
    chosen = dialog.officers.ticked_codes()
    assert len(chosen) == 1
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    settle(qtbot, page)
    added = [p for p in page.posts.rows() if p["code"] == "XA01-MC3"]
    assert len(added) == 1 and added[0]["required"] and len(added[0]["officers"]) == 1


def test_a_post_code_is_not_used_twice(qtbot: QtBot, writable_page: UnitsPage) -> None:
    page = writable_page
    open_unit(qtbot, page, "XA01")
    dialog = page.add_post()
    dialog.ui.codeEdit.setText("xa01-mc1")
    dialog.ui.nameEdit.setText("Trùng mã")
    dialog.accept()
    assert dialog.isVisible() and "already" in dialog.ui.problemLabel.text()
    dialog.reject()


def test_the_hours_in_force_are_shown(qtbot: QtBot, page: UnitsPage) -> None:
    open_unit(qtbot, page, "XA01")
    assert [s.name for s in page.seasons.rows()] == ["Mùa đông", "Mùa hè"]
    assert page.versions.rowCount() == 1 and page.overrides.rowCount() == 2
    assert "Giờ làm việc tỉnh Hoàng Liên" in page.ui.scheduleSourceLabel.text()
    assert "Mùa đông" in page.ui.graceLabel.text() and "5 minutes" in page.ui.graceLabel.text()
    page.ui.scheduleDayEdit.setDate(QDate(2024, 7, 1))
    settle(qtbot, page)
    assert "Mùa hè" in page.ui.graceLabel.text()
    saturday = page.overrides.index(page.overrides.row_of(page.overrides.rows()[-1]["id"]), 0).data()
    assert "26/04/2025" in saturday and "Saturday" in saturday


def test_an_administrator_adds_a_version_of_the_hours(qtbot: QtBot, writable_page: UnitsPage) -> None:
    page = writable_page
    open_unit(qtbot, page, "XA01")
    page.ui.tabs.setCurrentWidget(page.ui.scheduleTab)
    dialog = page.add_schedule_version()
    dialog.ui.validFromEdit.setDate(QDate(2024, 10, 1))
    dialog.ui.season1MorningStart.setTime(QTime(7, 0))
    dialog.ui.season1MorningEnd.setTime(QTime(6, 30))
    dialog.accept()
    assert dialog.isVisible() and "morning must end after it starts" in dialog.ui.problemLabel.text()
    dialog.ui.season1MorningEnd.setTime(QTime(11, 30))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    settle(qtbot, page)
    assert page.versions.rowCount() == 2
    first, second = page.versions.rows()
    assert first.valid_to == date(2024, 10, 1) and second.valid_from == date(2024, 10, 1)
    assert page.schedule_day() == date(2024, 10, 1), "the screen shows the new hours"
    assert page.seasons.rows()[0].morning.start == time(7, 0)
    page.ui.scheduleDayEdit.setDate(QDate(2024, 2, 15))
    settle(qtbot, page)
    assert "until the day before 01/10/2024" in page.ui.graceLabel.text()
    assert page.seasons.rows()[0].morning.start == time(7, 30)
    with page.core.db.session() as s:
        assert org.schedule_for_unit(s, page.unit_id, date(2024, 12, 2)).seasons[0].morning.start == time(7, 0)  # type: ignore[arg-type]
        assert org.schedule_for_unit(s, page.unit_id, date(2024, 2, 15)).seasons[0].morning.start == time(7, 30)  # type: ignore[arg-type]


def test_seasons_must_cover_the_year(qtbot: QtBot, writable_page: UnitsPage) -> None:
    page = writable_page
    open_unit(qtbot, page, "XA01")
    dialog = page.add_schedule_version()
    dialog.ui.season2Check.setChecked(False)
    dialog.accept()
    assert dialog.isVisible() and "No season covers 01/04" in dialog.ui.problemLabel.text()
    dialog.reject()


def test_an_administrator_records_a_make_up_saturday(qtbot: QtBot, writable_page: UnitsPage) -> None:
    page = writable_page
    open_unit(qtbot, page, "XA01")
    dialog = page.add_calendar_day()
    dialog.ui.dayEdit.setDate(QDate(2026, 1, 3))
    assert dialog.ui.workingRadio.isChecked() and dialog.ui.weekdayLabel.text() == "Saturday"
    dialog.accept()
    assert dialog.isVisible() and "notice" in dialog.ui.problemLabel.text()
    type_text(dialog.ui.noteEdit, "Làm bù theo Thông báo số 12/TB-UBND")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    settle(qtbot, page)
    days = {r["day"]: r for r in page.overrides.rows()}
    assert days[date(2026, 1, 3)]["kind"] == "working"
    assert days[date(2026, 1, 3)]["note"] == "Làm bù theo Thông báo số 12/TB-UBND"
    assert org.work_calendar(page.core).is_working_day(date(2026, 1, 3))


def test_a_viewer_sees_but_cannot_change(qtbot: QtBot, demo_copy: Path) -> None:
    from officedesk.gui.units.staff_dialog import StaffDialog

    for page in make_page(qtbot, demo_copy, Role.VIEWER):
        open_unit(qtbot, page, "XA01")
        assert page.ui.readOnlyNote.isVisibleTo(page)
        for button in (page.ui.addStaffButton, page.ui.editStaffButton, page.ui.addPostButton,
                       page.ui.editPostButton, page.ui.retirePostButton, page.ui.addVersionButton,
                       page.ui.addOverrideButton):
            assert not button.isEnabled()
        page.select_staff(page.listed_staff()[0]["id"])
        qtbot.keyClick(page.ui.staffTable, Qt.Key.Key_Return)
        assert not [w for w in page.findChildren(StaffDialog)], "no form to fill in vain"
        # Should a form still reach the core (the role changed meanwhile), the refusal is told politely.
        dialog = StaffDialog(page.core, page.current_unit(), page.selected_staff(), parent=page)  # type: ignore[arg-type]
        dialog.open()
        dialog.ui.positionEdit.setText("Chủ tịch")
        dialog.accept()
        qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=5000)
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert "not allowed" in box.text() and "Traceback" not in box.text()
        assert dialog.isVisible(), "what was typed is kept"
        box.close()
        dialog.reject()


def test_keyboard_moves_through_the_staff_tab(qtbot: QtBot, page: UnitsPage) -> None:
    open_unit(qtbot, page, "XA01")
    ui = page.ui
    ui.searchEdit.setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:3] == [ui.wholeProvinceCheck, ui.includeLeftCheck, ui.staffTable]
    for widget in (ui.unitFilterEdit, ui.unitTree, ui.searchEdit, ui.staffTable, ui.postsTable, ui.seasonsTable):
        assert widget.accessibleName(), widget.objectName()


def test_every_model_passes_the_model_tester(qtbot: QtBot, page: UnitsPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from officedesk.gui.units.post_dialog import OfficerChoiceModel, _FoldFilter

    open_unit(qtbot, page, "XA01")
    for model in (page.units, page.unit_filter, page.staff, page.staff_filter, page.posts, page.seasons,
                  page.versions, page.overrides):
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model)
    choices = OfficerChoiceModel()
    choices.set_rows(page.staff.rows())
    choices.setData(choices.index(3, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(choices)
    found = _FoldFilter()
    found.setSourceModel(choices)
    found.set_text("nguyen")
    assert 0 < found.rowCount() < choices.rowCount()
    qtmodeltester.check(found)
    page.unit_filter.set_text("xa")
    qtmodeltester.check(page.unit_filter)


@pytest.mark.parametrize("language", ["en", "vi"])
def test_alt_keys_do_not_clash(qtbot: QtBot, demo_db: Path, language: str, request: pytest.FixtureRequest) -> None:
    """On every tab, in either language (translators choose their own letters)."""
    if language == "vi":
        request.getfixturevalue("vietnamese")
    from officedesk.gui.main_window import MainWindow
    from officedesk.gui.pages import PageSpec

    window = MainWindow(to_url(demo_db), pages=[PageSpec("units", "&Units", "units.svg", create_units_page)])
    window.ctx.core_ctx = Ctx(db=open_database(to_url(demo_db)), clock=FixedClock(TODAY))
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    window.show_page("units")
    page = window.page_widget("units")
    assert isinstance(page, UnitsPage)
    settle(qtbot, page)
    open_unit(qtbot, page, "XA01")
    for tab in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(tab)
        assert clashes(window_mnemonics(window)) == {}, f"on the tab {page.ui.tabs.tabText(tab)!r}"
    settle(qtbot, page)
    window.close()
    window.ctx.core_ctx.db.engine.dispose()


def test_coming_back_to_the_screen_shows_changes_made_elsewhere(qtbot: QtBot, writable_page: UnitsPage) -> None:
    page = writable_page
    page.page_shown()  # the first show: loaded already
    open_unit(qtbot, page, "XA01")
    org.add_staff(page.core, org.StaffInput(code="XA01-900", full_name="Lò Văn Páo", position="Công an viên",
                                            unit_code="XA01"))
    page.page_shown()  # the person came back from another screen
    qtbot.waitUntil(lambda: "Lò Văn Páo" in names(page), timeout=5000)
    assert page.current_unit()["code"] == "XA01"  # type: ignore[index]

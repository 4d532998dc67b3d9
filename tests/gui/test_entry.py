"""The inspection entry screen, driven from the keyboard as Chị Hoa does (SCENARIOS.md, journey 1)."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from officedesk.domain.enums import ExcuseReason, PostState, Status
from officedesk.gui.entry.dialogs import AddPersonDialog, ExcuseDialog, PostStateDialog
from officedesk.gui.entry.page import InspectionEntryPage
from officedesk.gui.entry.roster_model import Col
from officedesk.services import inspections, queries
from officedesk.services.context import Ctx

from . import conftest_entry as fx

demo_master = fx.demo_master
demo_db = fx.demo_db
ctx = fx.ctx
keys = fx.keys

CHECK = time(7, 40)
DAY = date(2024, 2, 15)


def make_page(qtbot: QtBot, c: Ctx) -> InspectionEntryPage:
    page = InspectionEntryPage(c)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot: QtBot, ctx: Ctx) -> InspectionEntryPage:
    return make_page(qtbot, ctx)


@pytest.fixture
def fresh(page: InspectionEntryPage, ctx: Ctx) -> str:
    """A new inspection of the commune left uninspected in the demo (XA11), at 07:40 on 15/02/2024."""
    insp_id = page.start_new(fx.campaign_id(ctx), fx.unit_id(ctx, "XA11"), DAY, CHECK)
    assert insp_id is not None
    return insp_id


def by_name(ctx: Ctx, insp_id: str) -> dict[str, dict[str, object]]:
    return {r["full_name"]: r for r in queries.roster(ctx, insp_id)}


def type_arrival(page: InspectionEntryPage, keys: fx.Keys, digits: str) -> str:
    editor = page.arrival_delegate.current_editor
    assert editor is not None, "M did not open the arrival editor"
    for d in digits:
        keys.press(editor.time_edit, getattr(Qt.Key, f"Key_{d}"), d)
    verdict = editor.verdict.text()
    keys.press(editor.time_edit, Qt.Key.Key_Return)
    return verdict


def test_a_whole_inspection_is_recorded_from_the_keyboard(qtbot: QtBot, page: InspectionEntryPage, fresh: str,
                                                          ctx: Ctx, keys: fx.Keys) -> None:
    view = page.ui.rosterView
    names = [r.full_name for r in page.roster.rows()]
    assert len(names) >= 8 and page.current_row() == 0

    qtbot.keyClick(view, Qt.Key.Key_C)                      # row 0: present
    assert page.current_row() == 1
    qtbot.keyClick(view, Qt.Key.Key_M)                      # row 1: late, arrived 07:52
    verdict = type_arrival(page, keys, "0752")
    assert verdict == "late 22 min"
    qtbot.waitUntil(lambda: page.current_row() == 2)
    qtbot.keyClick(view, Qt.Key.Key_P)                      # row 2: on a business trip with an order
    dialog = page.dialog
    assert isinstance(dialog, ExcuseDialog)
    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Down)
    keys.type(dialog.document_edit, "12/GĐ-UBND")
    keys.press(dialog.document_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert page.current_row() == 3
    qtbot.keyClick(view, Qt.Key.Key_K)                      # row 3: absent, nobody knows why
    qtbot.keyClick(view, Qt.Key.Key_R)                      # row 4: away from the post
    qtbot.keyClick(view, Qt.Key.Key_Space)                  # row 5: present
    qtbot.keyClick(view, Qt.Key.Key_S)                      # row 6: left early, at 07:35 (session ends 11:30)
    verdict = type_arrival(page, keys, "0735")
    assert verdict == "left 235 min early, before the check"  # gone before the team came: worth a second look
    qtbot.waitUntil(lambda: page.current_row() == 7)
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # everyone else present

    rows = by_name(ctx, fresh)
    assert [rows[n]["status"] for n in names[:7]] == ["on_time", "late", "excused", "unexcused", "left_post",
                                                     "on_time", "left_early"]
    late = rows[names[1]]
    assert late["arrival_time"] == time(7, 52) and late["minutes_late"] == 22
    gone = rows[names[6]]
    assert gone["departure_time"] == time(7, 35) and gone["minutes_early"] == 235
    assert page.roster.index(6, Col.ARRIVAL).data() == "07:35"
    assert page.roster.index(6, Col.REASON).data() == "left at 07:35, 235 min early"
    assert rows[names[2]]["excuse_reason"] == ExcuseReason.BUSINESS_TRIP
    assert rows[names[2]]["document_no"] == "12/GĐ-UBND"
    assert all(r["status"] == "on_time" and not r["unmarked"] for n, r in rows.items() if n not in names[:7])
    # The screen shows what the database holds.
    for row in page.roster.rows():
        assert (row.status, row.unmarked, row.minutes_late) == (
            rows[row.full_name]["status"], bool(rows[row.full_name]["unmarked"]), rows[row.full_name]["minutes_late"])
    assert page.roster.index(1, Col.MINUTES).data() == "22"
    summary = page.summary()
    headcount = len(names)
    assert summary.startswith(f"Present {headcount - 4}/{headcount} (")
    assert "Late 1 · Excused 1 · Unexcused 1 · Left post 1 · Left early 1" in summary
    assert "Not marked" not in summary


def test_a_status_key_repaints_only_its_row(qtbot: QtBot, page: InspectionEntryPage, fresh: str) -> None:
    seen: list[tuple[int, int, int, int]] = []
    page.roster.dataChanged.connect(lambda a, b, _roles=None: seen.append((a.row(), b.row(), a.column(), b.column())))
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_K)
    assert seen and all(top == bottom == 0 for top, bottom, _l, _r in seen)
    assert seen[0][2:] == (0, Col.NOTE)  # a first mark changes the whole row (it was unmarked)


def test_the_minutes_late_follow_the_typing(qtbot: QtBot, page: InspectionEntryPage, fresh: str,
                                            keys: fx.Keys) -> None:
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_M)
    editor = page.arrival_delegate.current_editor
    assert editor is not None
    for d, expected in (("0", None), ("7", None), ("3", "on time"), ("6", "late 6 min")):
        keys.press(editor.time_edit, getattr(Qt.Key, f"Key_{d}"), d)
        if expected:
            assert editor.verdict.text() == expected
    # Escape gives up: nothing is recorded.
    keys.press(editor.time_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.arrival_delegate.current_editor is None)
    assert page.roster.row(0).unmarked


def test_undo_and_redo_put_the_database_back(qtbot: QtBot, page: InspectionEntryPage, fresh: str, ctx: Ctx,
                                             keys: fx.Keys) -> None:
    view = page.ui.rosterView
    start = queries.roster(ctx, fresh)
    qtbot.keyClick(view, Qt.Key.Key_K)
    qtbot.keyClick(view, Qt.Key.Key_M)
    type_arrival(page, keys, "0801")
    qtbot.waitUntil(lambda: page.current_row() == 2)
    after_two = queries.roster(ctx, fresh)
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    done = queries.roster(ctx, fresh)
    assert all(not r["unmarked"] for r in done)

    stack = page.recorder.stack
    stack.undo()  # everyone else present
    assert queries.roster(ctx, fresh) == after_two
    stack.undo()
    stack.undo()
    assert queries.roster(ctx, fresh) == start
    assert all(r.unmarked for r in page.roster.rows())
    assert "Not marked yet" in page.summary()
    stack.redo()
    stack.redo()
    stack.redo()
    assert queries.roster(ctx, fresh) == done
    assert [(r.status, r.minutes_late) for r in page.roster.rows()] == [(r["status"], r["minutes_late"]) for r in done]


def test_an_undo_refused_by_the_database_reloads_the_screen(qtbot: QtBot, page: InspectionEntryPage, fresh: str,
                                                             ctx: Ctx) -> None:
    from officedesk.domain.enums import SignBlock
    from officedesk.services import signoff
    from officedesk.services.signoff import SignatoryInput

    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_K)
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Signed meanwhile on this database (another window, a unit head's account…).
    signoff.sign_off(ctx, fresh, [SignatoryInput(SignBlock.UNIT, "Lê Mai Lan"),
                                  SignatoryInput(SignBlock.TEAM, "Phạm Quang Nghĩa")])
    shown: list[str] = []
    page.message_shown.connect(shown.append)
    page.recorder.stack.undo()
    assert shown and "signed and locked" in shown[0]
    qtbot.waitUntil(lambda: page.read_only)
    assert page.ui.lockBanner.isVisible() and page.recorder.stack.count() == 0


def test_undo_and_redo_keys(qtbot: QtBot, page: InspectionEntryPage, fresh: str, ctx: Ctx) -> None:
    page.activateWindow()
    qtbot.waitActive(page)
    view = page.ui.rosterView
    view.setFocus()
    first = page.roster.row(0).id
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert inspections.observation_state(ctx, first)["status"] == Status.UNEXCUSED
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert inspections.observation_state(ctx, first)["unmarked"] is True
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert inspections.observation_state(ctx, first)["status"] == Status.UNEXCUSED
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert inspections.observation_state(ctx, first)["status"] == Status.UNEXCUSED


def test_a_note_is_edited_in_the_cell_and_undone(qtbot: QtBot, page: InspectionEntryPage, fresh: str,
                                                ctx: Ctx) -> None:
    obs_id = page.roster.row(0).id
    assert page.roster.flags(page.roster.index(0, Col.NOTE)) & Qt.ItemFlag.ItemIsEditable
    assert page.roster.setData(page.roster.index(0, Col.NOTE), "Đi uống cà phê")
    assert inspections.observation_state(ctx, obs_id)["note"] == "Đi uống cà phê"
    assert inspections.observation_state(ctx, obs_id)["unmarked"] is True  # a note does not mark anyone
    assert page.roster.index(0, Col.NOTE).data() == "Đi uống cà phê"
    page.recorder.stack.undo()
    assert inspections.observation_state(ctx, obs_id)["note"] == ""
    assert page.roster.index(0, Col.NOTE).data() == ""


def test_the_summary_counts_only_marked_people_present(qtbot: QtBot, page: InspectionEntryPage, fresh: str) -> None:
    headcount = page.roster.rowCount()
    assert page.summary().startswith(f"Present 0/{headcount} (0.00%)")  # English numbers with English words
    assert page.summary().endswith(f"Not marked yet {headcount}")
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_C)
    assert page.summary().startswith(f"Present 1/{headcount} (")


def test_an_empty_counter_turns_red_and_can_be_overridden_with_a_reason(
        qtbot: QtBot, page: InspectionEntryPage, fresh: str, ctx: Ctx) -> None:
    posts = page.posts
    assert posts.rowCount() > 0
    # Nobody of the first post marked yet: not seen, neither staffed nor empty, nobody named as there.
    first_post = posts.row(0)
    assert first_post.waiting and first_post.present_names == ""
    assert posts.index(0, 1).data() == "Not seen yet" and "Empty posts 0" in page.summary()
    with ctx.db.engine.connect() as conn:
        names = list(conn.execute(text(
            "SELECT s.full_name FROM post_assignment pa JOIN staff s ON s.id = pa.staff_id JOIN post_check pc "
            "ON pc.post_id = pa.post_id WHERE pc.id = :c AND pa.deleted_at IS NULL"), {"c": first_post.id}).scalars())
    assert names
    # Everyone assigned to it is absent: the post is empty.
    for name in names:
        row = next(i for i, r in enumerate(page.roster.rows()) if r.full_name == name)
        page.ui.rosterView.move_to_row(row)
        qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_K)
    assert posts.row(0).state == PostState.EMPTY
    assert posts.index(0, 1).data() == "EMPTY"
    assert posts.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).name() == "#fde0df"
    assert "Empty posts 1" in page.summary()

    page.ui.postsView.setCurrentIndex(posts.index(0, 0))
    page.posts_panel.change_current()
    dialog = page.posts_panel.dialog
    assert isinstance(dialog, PostStateDialog)
    dialog.buttons.accepted.emit()  # no reason: refused in the dialog
    assert dialog.isVisible() and "reason" in dialog.problem.text()
    dialog.reason_edit.setText("Cán bộ khác ngồi thay")
    dialog.buttons.accepted.emit()
    check = queries.post_checks(ctx, fresh)[0]
    assert (check["state"], check["proposed_state"], check["override_reason"]) == (
        "staffed", "empty", "Cán bộ khác ngồi thay")
    assert not page.ui.postsView.isColumnHidden(3)
    page.recorder.stack.undo()
    assert queries.post_checks(ctx, fresh)[0]["state"] == "empty"


def test_a_counter_is_staffed_by_name_once_its_officer_is_seen(qtbot: QtBot, page: InspectionEntryPage,
                                                                fresh: str, ctx: Ctx) -> None:
    posts = page.posts
    post = posts.row(0)
    with ctx.db.engine.connect() as conn:
        name = conn.execute(text(
            "SELECT s.full_name FROM post_assignment pa JOIN staff s ON s.id = pa.staff_id JOIN post_check pc "
            "ON pc.post_id = pa.post_id WHERE pc.id = :c AND pa.deleted_at IS NULL"), {"c": post.id}).scalars().first()
    row = next(i for i, r in enumerate(page.roster.rows()) if r.full_name == name)
    page.ui.rosterView.move_to_row(row)
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_C)
    assert not posts.row(0).waiting
    assert posts.index(0, 1).data() == "Staffed" and name in posts.index(0, 2).data()


def test_a_person_is_added_on_the_spot(qtbot: QtBot, page: InspectionEntryPage, fresh: str, ctx: Ctx,
                                       keys: fx.Keys) -> None:
    count = page.roster.rowCount()
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert isinstance(dialog, AddPersonDialog)
    keys.type(dialog.name_edit, "Đặng Thị Ánh")
    keys.type(dialog.position_edit, "Hợp đồng")
    dialog.buttons.accepted.emit()
    assert page.roster.rowCount() == count + 1
    row = page.current_row()
    assert page.roster.row(row).full_name == "Đặng Thị Ánh"
    assert [r["full_name"] for r in queries.roster(ctx, fresh)] == [r.full_name for r in page.roster.rows()]
    assert "Đặng Thị Ánh" in [page.ui.violationStaffCombo.itemText(i)
                               for i in range(page.ui.violationStaffCombo.count())]

    # Marked, then both steps undone: off the roster, out of the database, out of the findings' list of people.
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_K)
    assert fx.db_scalar(ctx, "SELECT COUNT(*) FROM staff WHERE full_name = :n", n="Đặng Thị Ánh") == 1
    page.recorder.stack.undo()
    assert page.recorder.stack.undoText() == "Add Đặng Thị Ánh"
    page.recorder.stack.undo()
    assert page.roster.rowCount() == count
    assert "Đặng Thị Ánh" not in [r.full_name for r in page.roster.rows()]
    assert fx.db_scalar(ctx, "SELECT COUNT(*) FROM staff WHERE full_name = :n", n="Đặng Thị Ánh") == 0
    assert "Đặng Thị Ánh" not in [page.ui.violationStaffCombo.itemText(i)
                                   for i in range(page.ui.violationStaffCombo.count())]
    assert [r["full_name"] for r in queries.roster(ctx, fresh)] == [r.full_name for r in page.roster.rows()]

    # Redone: back in the same place with the same ids, then marked unexcused again.
    page.recorder.stack.redo()
    page.recorder.stack.redo()
    again = page.roster.row(row)
    assert again.full_name == "Đặng Thị Ánh" and again.status == Status.UNEXCUSED
    assert [r["full_name"] for r in queries.roster(ctx, fresh)] == [r.full_name for r in page.roster.rows()]
    with ctx.db.engine.connect() as conn:
        actions = conn.execute(text("SELECT action FROM audit_log WHERE entity = 'staff' ORDER BY seq")).scalars()
        assert list(actions)[-3:] == ["staff.add_on_spot", "staff.withdraw_on_spot", "staff.add_on_spot"]


def test_bad_input_shows_the_services_message(qtbot: QtBot, page: InspectionEntryPage, ctx: Ctx) -> None:
    shown: list[str] = []
    page.message_shown.connect(shown.append)
    # 10/02/2024 is the first day of Tết: not a working day.
    assert page.start_new(fx.campaign_id(ctx), fx.unit_id(ctx, "XA11"), date(2024, 2, 10), CHECK) is None
    assert shown and "not a working day" in shown[-1]
    box = page.dialog
    assert isinstance(box, QMessageBox) and box.isVisible() and "Traceback" not in box.text()
    box.close()


def test_an_arrival_in_the_future_is_refused(qtbot: QtBot, page: InspectionEntryPage, fresh: str,
                                             keys: fx.Keys) -> None:
    shown: list[str] = []
    page.message_shown.connect(shown.append)
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_M)
    type_arrival(page, keys, "0900")  # the clock says 08:30
    assert shown and "future" in shown[-1]
    assert page.roster.row(0).unmarked
    assert page.recorder.stack.count() == 0


def test_left_early_asks_when_they_left_refuses_the_future_and_is_corrected_in_place(
        qtbot: QtBot, page: InspectionEntryPage, fresh: str, ctx: Ctx, keys: fx.Keys) -> None:
    shown: list[str] = []
    page.message_shown.connect(shown.append)
    view = page.ui.rosterView
    qtbot.keyClick(view, Qt.Key.Key_S)
    editor = page.arrival_delegate.current_editor
    assert editor is not None and editor.departure
    assert editor.time_edit.accessibleName() == "Time they left"
    assert editor.value() == time(7, 40)  # the check time: gone when the team came
    type_arrival(page, keys, "0900")  # the clock says 08:30
    assert shown and "future" in shown[-1]
    assert page.roster.row(0).unmarked and page.recorder.stack.count() == 0

    qtbot.keyClick(view, Qt.Key.Key_S)
    assert type_arrival(page, keys, "0810") == "left 200 min early"  # after the 07:40 check; the session ends 11:30
    qtbot.waitUntil(lambda: page.current_row() == 1)
    assert by_name(ctx, fresh)[page.roster.row(0).full_name]["minutes_early"] == 200

    # The time cell of someone who left early edits the departure, not an arrival.
    view.setCurrentIndex(page.roster.index(0, Col.ARRIVAL))
    view.edit(page.roster.index(0, Col.ARRIVAL))
    editor = page.arrival_delegate.current_editor
    assert editor is not None and editor.departure and editor.value() == time(8, 10)
    assert type_arrival(page, keys, "0800") == "left 210 min early"
    row = by_name(ctx, fresh)[page.roster.row(0).full_name]
    assert (row["status"], row["departure_time"], row["minutes_early"]) == ("left_early", time(8, 0), 210)
    page.recorder.stack.undo()
    row = by_name(ctx, fresh)[page.roster.row(0).full_name]
    assert (row["departure_time"], row["minutes_early"]) == (time(8, 10), 200)


def test_the_inspection_open_when_the_program_closed_is_open_again_at_the_next_start(
        qtbot: QtBot, page: InspectionEntryPage, fresh: str, ctx: Ctx) -> None:
    assert page.inspection_id == fresh
    page.close()
    again = make_page(qtbot, ctx)  # the next start: a new page, the same settings
    assert again.inspection_id is None
    again.page_shown()
    qtbot.waitUntil(lambda: again.inspection_id == fresh)
    # Asked for another one at once (a click on the dashboard): that one stays open.
    third = make_page(qtbot, ctx)
    third.page_shown()
    assert third.open_inspection(fx.draft_id(ctx))
    qtbot.wait(50)
    assert third.inspection_id == fx.draft_id(ctx)


def test_check_time_is_editable_while_draft(qtbot: QtBot, page: InspectionEntryPage, fresh: str, ctx: Ctx) -> None:
    edit = page.ui.checkTimeEdit
    assert not edit.isReadOnly()
    edit.setTime(edit.time().addSecs(-5 * 60))
    edit.editingFinished.emit()
    assert fx.db_scalar(ctx, "SELECT check_time FROM inspection WHERE id = :i", i=fresh).startswith("07:35")
    page.recorder.stack.undo()
    assert fx.db_scalar(ctx, "SELECT check_time FROM inspection WHERE id = :i", i=fresh).startswith("07:40")


def test_the_demo_draft_opens_with_its_marks(page: InspectionEntryPage, ctx: Ctx) -> None:
    assert page.open_inspection(fx.draft_id(ctx))
    assert page.ui.stateBadge.text() == "Draft"
    assert page.ui.unitLabel.text() == "UBND xã Vạn Hòa (XA09)"
    assert not page.ui.lockBanner.isVisible()
    assert not page.read_only
    marked = [r for r in page.roster.rows() if not r.unmarked]
    assert {r.status for r in marked} == {"late", "excused"}
    assert page.ui.rosterView.currentIndex().row() == next(i for i, r in enumerate(page.roster.rows()) if r.unmarked)


def test_main_widgets_have_accessible_names(page: InspectionEntryPage, fresh: str) -> None:
    ui = page.ui
    for widget in (ui.rosterView, ui.postsView, ui.summaryLabel, ui.checkTimeEdit, ui.stateBadge, ui.unitLabel,
                   ui.photosView, ui.violationsView, ui.actionsView, ui.notesEdit, ui.lockBanner):
        assert widget.accessibleName(), widget.objectName()


def test_the_page_fits_a_small_laptop_screen(qtbot: QtBot, page: InspectionEntryPage, fresh: str) -> None:
    # 1366×768 less the navigation list, the menus and the taskbar.
    hint = page.minimumSizeHint()
    assert hint.width() <= 1100 and hint.height() <= 600, hint


def test_the_empty_page_offers_a_new_inspection(page: InspectionEntryPage) -> None:
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    dialog = page.open_new_dialog()
    assert dialog.isVisible()
    dialog.reject()
    QApplication.processEvents()


def test_signed_minutes_are_printed_from_the_entry_screen_through_reports(qtbot: QtBot, ctx: Ctx) -> None:
    from officedesk.gui.main_window import MainWindow
    from officedesk.gui.pages import default_pages

    window = MainWindow(ctx.db.url, pages=default_pages())
    window.ctx.core_ctx = ctx
    qtbot.addWidget(window)
    window.show()
    window.show_page("inspection")
    entry = window.page_widget("inspection")
    assert isinstance(entry, InspectionEntryPage)
    assert entry.open_inspection(fx.signed_id(ctx))
    button = entry.ui.minutesButton
    assert button.isVisible() and not entry.ui.amendButton.isVisible()  # hoa may not amend: the banner says who
    assert "head of the team" in entry.ui.lockLabel.text()
    button.click()
    assert window.current_page_key() == "reports"
    reports = window.page_widget("reports")
    qtbot.waitUntil(lambda: reports.preview.document is not None  # type: ignore[union-attr]
                    and reports.preview.document.pageCount() > 0, timeout=60_000)  # type: ignore[union-attr]
    assert "Tả Phìn" in reports.preview.title  # type: ignore[union-attr]
    assert reports.preview.ui.printButton.isEnabled()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not reports.busy(), timeout=60_000)  # type: ignore[union-attr]

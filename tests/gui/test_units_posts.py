"""The Posts tab on the demo province: editing a post, choosing its officers, retiring it — on screen and stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from officedesk.domain.enums import Role
from officedesk.gui.units import reads
from officedesk.gui.units.page import UnitsPage
from officedesk.gui.units.post_dialog import PostDialog, RetirePostDialog
from officedesk.services import org

from .mnemonics import clashes, widget_mnemonics
from .test_units_page import TODAY, TUAN, make_page, open_unit, settle, type_text

LAN = "Lê Thị Lan"
LAND_COUNTER = "Bộ phận một cửa - Địa chính"  # XA01-MC1, held by Nguyễn Văn Tuấn since 01/01/2020


@pytest.fixture
def posts_page(qtbot: QtBot, demo_copy: Path) -> Iterator[UnitsPage]:
    for page in make_page(qtbot, demo_copy):
        open_unit(qtbot, page, "XA01")
        page.ui.tabs.setCurrentWidget(page.ui.postsTab)
        yield page


def choose_post(page: UnitsPage, code: str) -> None:
    row = next(i for i, p in enumerate(page.posts.rows()) if p["code"] == code)
    page.ui.postsTable.setFocus()
    page.ui.postsTable.setCurrentIndex(page.posts.index(row, 1))


def post_on_screen(page: UnitsPage, code: str) -> dict[str, Any] | None:
    return next((p for p in page.posts.rows() if p["code"] == code), None)


def stored_assignments(page: UnitsPage, code: str) -> list[tuple[str, str, str | None]]:
    """(full name, valid_from, valid_to) of the post's live assignments."""
    with page.core.db.engine.connect() as conn:
        rows = conn.execute(text("""
            SELECT s.full_name, pa.valid_from, pa.valid_to FROM post_assignment pa JOIN staff s ON s.id = pa.staff_id
            JOIN post p ON p.id = pa.post_id WHERE p.code = :c AND pa.deleted_at IS NULL ORDER BY pa.valid_from"""),
                            {"c": code}).all()
    return [(r[0], str(r[1]), None if r[2] is None else str(r[2])) for r in rows]


def only_dialog(page: UnitsPage, kind: type[QWidget]) -> Any:
    found = [w for w in page.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def message_box() -> QMessageBox:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())


def test_enter_on_a_post_edits_its_name_and_officers(qtbot: QtBot, posts_page: UnitsPage) -> None:
    page = posts_page
    choose_post(page, "XA01-MC1")
    assert page.ui.editPostButton.isEnabled() and page.ui.retirePostButton.isEnabled()
    qtbot.keyClick(page.ui.postsTable, Qt.Key.Key_Return)  # Enter on a post opens it for editing
    dialog: PostDialog = only_dialog(page, PostDialog)
    qtbot.waitUntil(lambda: dialog.officers.rowCount() > 20, timeout=5000)
    assert dialog.windowTitle() == f"Post: {LAND_COUNTER}"
    assert (dialog.ui.codeEdit.text(), dialog.ui.nameEdit.text()) == ("XA01-MC1", LAND_COUNTER)
    assert dialog.ui.requiredCheck.isChecked() and dialog.ui.officersNote.isVisibleTo(dialog)
    assert dialog.ui.fromEdit.date() == QDate(2024, 2, 20), "officers change from today by default"
    # The officer holding the post now comes first, ticked.
    first = dialog.officers.index(0, 0)
    assert first.data().startswith(TUAN) and dialog.officers.ticked_codes() == ["XA01-003"]

    dialog.ui.nameEdit.clear()
    type_text(dialog.ui.nameEdit, "Bộ phận một cửa - Đất đai")
    view = dialog.ui.officersList
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter unticks Tuấn, and does not save the form yet
    assert dialog.isVisible() and dialog.officers.ticked_codes() == []
    type_text(dialog.ui.officersFilterEdit, "le thi lan")  # accents aside
    assert view.model().rowCount() == 1 and view.model().index(0, 0).data().startswith(LAN)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dialog.officers_changed()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    settle(qtbot, page)

    shown = post_on_screen(page, "XA01-MC1")
    assert shown is not None and shown["name"] == "Bộ phận một cửa - Đất đai" and shown["officers"] == [LAN]
    assert page.selected_post_id() == shown["id"], "the edited post stays chosen"
    assert page.window().statusBar().currentMessage() == "The post is saved."
    assert stored_assignments(page, "XA01-MC1") == [(TUAN, "2020-01-01", "2024-02-20"), (LAN, "2024-02-20", None)]
    # The day before the change (the campaign after Tết), Tuấn still held the post.
    before = {p["code"]: p["officers"] for p in reads.posts(page.core, page.unit_id, date(2024, 2, 15))}  # type: ignore[arg-type]
    assert before["XA01-MC1"] == [TUAN]


def test_a_name_change_alone_leaves_the_officers(qtbot: QtBot, posts_page: UnitsPage) -> None:
    page = posts_page
    choose_post(page, "XA01-MC2")
    page.ui.editPostButton.click()
    dialog: PostDialog = only_dialog(page, PostDialog)
    qtbot.waitUntil(lambda: not dialog.loading.is_running, timeout=5000)
    dialog.ui.requiredCheck.setChecked(False)
    dialog.ui.codeEdit.setText("xa01-mc1")  # the other post's code
    dialog.accept()
    assert dialog.isVisible() and "already" in dialog.ui.problemLabel.text()
    dialog.ui.codeEdit.setText("XA01-TP")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    settle(qtbot, page)
    shown = post_on_screen(page, "XA01-TP")
    assert shown is not None and not shown["required"] and len(shown["officers"]) == 1
    assert [a[1:] for a in stored_assignments(page, "XA01-TP")] == [("2020-01-01", None)], "no new assignment"


def test_retiring_a_post_takes_it_off_the_list(qtbot: QtBot, posts_page: UnitsPage) -> None:
    page = posts_page
    choose_post(page, "XA01-MC2")
    holder = post_on_screen(page, "XA01-MC2")["officers"]  # type: ignore[index]
    page.ui.retirePostButton.click()
    dialog: RetirePostDialog = only_dialog(page, RetirePostDialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault() and not ok.isDefault() and ok.text() == "&Retire the post"
    assert dialog.ui.officersValue.text() == ", ".join(holder)
    assert dialog.ui.fromEdit.date() == QDate(2024, 2, 20) and dialog.ui.fromEdit.maximumDate() == QDate(2024, 2, 20)

    # An inspection of 15/02/2024 checked the post: retiring it from that day is refused, and said so.
    dialog.ui.fromEdit.setDate(QDate(2024, 2, 15))
    ok.click()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    box = message_box()
    assert "15/02/2024 checked this post" in box.text()
    box.close()
    assert dialog.isVisible()

    dialog.ui.fromEdit.setDate(QDate(2024, 2, 16))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.ui.fromEdit, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the button's Alt key
    settle(qtbot, page)
    assert post_on_screen(page, "XA01-MC2") is None and page.ui.tabs.tabText(1) == "&Posts (1)"
    assert page.window().statusBar().currentMessage() == (
        "“Bộ phận một cửa - Tư pháp, hộ tịch” is retired: it is no longer checked from 16/02/2024.")
    assert [a[2] for a in stored_assignments(page, "XA01-MC2")] == ["2024-02-16"]
    with page.core.db.engine.connect() as conn:
        assert conn.execute(text("SELECT deleted_at IS NOT NULL FROM post WHERE code = 'XA01-MC2'")).scalar() == 1
        # The minutes of 15/02/2024 keep their check of the post.
        checked = conn.execute(text("""SELECT COUNT(*) FROM post_check pc JOIN post p ON p.id = pc.post_id
                                       JOIN inspection i ON i.id = pc.inspection_id
                                       WHERE p.code = 'XA01-MC2' AND i.visit_date = '2024-02-15'""")).scalar()
        assert checked == 1
    assert not page.ui.editPostButton.isEnabled(), "nothing chosen after the post left the list"


def test_enter_in_the_retire_dialog_does_not_retire(qtbot: QtBot, posts_page: UnitsPage) -> None:
    page = posts_page
    choose_post(page, "XA01-MC1")
    dialog: RetirePostDialog = page.retire_post()
    qtbot.keyClick(dialog.ui.fromEdit, Qt.Key.Key_Return)  # Cancel is the default button
    assert not dialog.isVisible()
    settle(qtbot, page)
    assert post_on_screen(page, "XA01-MC1") is not None
    assert stored_assignments(page, "XA01-MC1") == [(TUAN, "2020-01-01", None)]


def test_the_posts_tab_is_reached_by_keyboard(qtbot: QtBot, posts_page: UnitsPage) -> None:
    page = posts_page
    choose_post(page, "XA01-MC1")
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.ui.addPostButton, page.ui.editPostButton, page.ui.retirePostButton]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_post_dialogs_have_names_and_distinct_alt_keys(qtbot: QtBot, posts_page: UnitsPage, language: str,
                                                           request: pytest.FixtureRequest) -> None:
    if language == "vi":
        request.getfixturevalue("vietnamese")
    page = posts_page
    choose_post(page, "XA01-MC1")
    for dialog in (page.edit_post(), page.add_post(), page.retire_post()):
        if isinstance(dialog, PostDialog):
            qtbot.waitUntil(lambda d=dialog: not d.loading.is_running, timeout=5000)
        assert clashes(widget_mnemonics(dialog)) == {}, dialog.windowTitle()
        for child in dialog.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isVisibleTo(dialog) \
                    and type(child).__name__ in ("QLineEdit", "QDateEdit", "QListView", "QCheckBox"):
                assert child.accessibleName() or child.property("text"), child.objectName()
        dialog.reject()
    if language == "vi":
        dialog = page.retire_post()
        assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "Ngừng &sử dụng vị trí"
        assert dialog.windowTitle() == "Ngừng sử dụng vị trí XA01-MC1"
        dialog.reject()


def test_a_viewer_cannot_edit_or_retire_a_post(qtbot: QtBot, demo_copy: Path) -> None:
    for page in make_page(qtbot, demo_copy, Role.VIEWER):
        open_unit(qtbot, page, "XA01")
        page.ui.tabs.setCurrentWidget(page.ui.postsTab)
        choose_post(page, "XA01-MC1")
        assert not page.ui.editPostButton.isEnabled() and not page.ui.retirePostButton.isEnabled()
        qtbot.keyClick(page.ui.postsTable, Qt.Key.Key_Return)
        assert not page.findChildren(PostDialog)
        window = page.window()
        assert isinstance(window, QMainWindow)
        assert window.statusBar().currentMessage() == "Your account cannot change posts."


def test_a_current_officer_who_left_stays_listed(qtbot: QtBot, posts_page: UnitsPage) -> None:
    """Nobody holding the post is silently dropped because the list of the unit's staff no longer shows them."""
    page = posts_page
    org.update_staff(page.core, next(r["id"] for r in page.listed_staff() if r["full_name"] == TUAN),
                     left_on=date(2024, 2, 19))
    choices = reads.officer_choices(page.core, page.unit_id, TODAY.date(), ["XA01-003"])  # type: ignore[arg-type]
    assert choices[0]["code"] == "XA01-003"
    others = reads.officer_choices(page.core, page.unit_id, TODAY.date())  # type: ignore[arg-type]
    assert "XA01-003" not in {r["code"] for r in others}

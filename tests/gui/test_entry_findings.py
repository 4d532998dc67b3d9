"""The findings of the entry screen: other violations, corrective actions, photos, notes; the new-inspection dialog."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from officedesk.gui.entry import texts_panel
from officedesk.gui.entry.new_dialog import NewInspectionDialog
from officedesk.gui.entry.page import InspectionEntryPage
from officedesk.services.context import Ctx

from . import conftest_entry as fx

demo_master = fx.demo_master
demo_db = fx.demo_db
ctx = fx.ctx
keys = fx.keys


@pytest.fixture
def page(qtbot: QtBot, ctx: Ctx) -> InspectionEntryPage:
    page = InspectionEntryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def second_visit(page: InspectionEntryPage, ctx: Ctx) -> str:
    """Tả Phìn (XA01) visited again on 15/02/2024 at 08:10: its action from 07:40 is still open."""
    insp_id = page.start_new(fx.campaign_id(ctx), fx.unit_id(ctx, "XA01"), date(2024, 2, 15), time(8, 10))
    assert insp_id is not None
    page.ui.tabs.setCurrentWidget(page.ui.findingsTab)
    return insp_id


def count(ctx: Ctx, table: str, insp_id: str) -> int:
    return int(fx.db_scalar(ctx, f"SELECT COUNT(*) FROM {table} WHERE inspection_id = :i AND deleted_at IS NULL",
                            i=insp_id))  # type: ignore[arg-type]


def test_other_violations_are_added_removed_and_undone(qtbot: QtBot, page: InspectionEntryPage, second_visit: str,
                                                       ctx: Ctx, keys: fx.Keys) -> None:
    ui = page.ui
    shown: list[str] = []
    page.message_shown.connect(shown.append)
    # No kind chosen yet: Enter files nothing and says why.
    assert ui.categoryCombo.currentIndex() == -1
    keys.type(ui.violationDescEdit, "Đi uống cà phê lúc 08 giờ")
    keys.press(ui.violationDescEdit, Qt.Key.Key_Return)
    assert count(ctx, "violation", second_visit) == 0
    assert shown and "kind of violation" in shown[-1]
    ui.violationDescEdit.clear()
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("COFFEE"))
    ui.violationStaffCombo.setCurrentIndex(2)
    person = ui.violationStaffCombo.currentText()
    keys.type(ui.violationDescEdit, "Đi uống cà phê lúc 08 giờ")
    keys.press(ui.violationDescEdit, Qt.Key.Key_Return)
    assert count(ctx, "violation", second_visit) == 1
    assert page.findings.violations.rowCount() == 1
    record = page.findings.violations.record(0)
    assert (record["category_code"], record["description"], record["staff_name"]) == (
        "COFFEE", "Đi uống cà phê lúc 08 giờ", person)
    assert ui.violationDescEdit.text() == ""

    page.recorder.stack.undo()
    assert count(ctx, "violation", second_visit) == 0 and page.findings.violations.rowCount() == 0
    page.recorder.stack.redo()
    assert count(ctx, "violation", second_visit) == 1 and page.findings.violations.rowCount() == 1

    ui.violationsView.setCurrentIndex(page.findings.violations.index(0, 0))
    ui.removeViolationButton.click()
    assert count(ctx, "violation", second_visit) == 0


def test_corrective_actions_and_the_units_open_ones(qtbot: QtBot, page: InspectionEntryPage, second_visit: str,
                                                    ctx: Ctx, keys: fx.Keys) -> None:
    ui = page.ui
    earlier = page.findings.earlier
    assert ui.earlierBox.isVisible() and earlier.rowCount() >= 1
    assert any("thay thế tại quầy" in r["description"] for r in earlier.records())

    keys.type(ui.actionDescEdit, "Bố trí người trực thay tại quầy một cửa")
    keys.type(ui.actionOwnerEdit, "Chánh Văn phòng")
    ui.actionDeadlineEdit.setDate(ui.actionDeadlineEdit.date().fromString("29/02/2024", "dd/MM/yyyy"))
    ui.addActionButton.click()
    assert page.findings.actions.rowCount() == 1
    assert fx.db_scalar(ctx, "SELECT deadline FROM corrective_action WHERE inspection_id = :i",
                        i=second_visit) == "2024-02-29"
    assert page.findings.actions.index(0, 3).data() == "29/02/2024"

    # An empty description is refused with the service's words.
    shown: list[str] = []
    page.message_shown.connect(shown.append)
    ui.addActionButton.click()
    assert shown and "Describe the corrective action" in shown[-1]
    page.dialog.close()  # type: ignore[union-attr]

    # The team sees the earlier action done on the spot.
    row = next(i for i, r in enumerate(earlier.records()) if "thay thế tại quầy" in r["description"])
    action_id = earlier.record(row)["id"]
    ui.earlierView.setCurrentIndex(earlier.index(row, 0))
    ui.earlierDoneButton.click()
    assert fx.db_scalar(ctx, "SELECT status FROM corrective_action WHERE id = :a", a=action_id) == "done"
    assert action_id not in [r["id"] for r in earlier.records()]

    # Both undone, in the screen's order: the earlier action open again, the new one gone (kept as a tombstone).
    stack = page.recorder.stack
    assert stack.undoText().startswith("Action done: ")
    stack.undo()
    assert fx.db_scalar(ctx, "SELECT status FROM corrective_action WHERE id = :a", a=action_id) == "open"
    assert fx.db_scalar(ctx, "SELECT done_on FROM corrective_action WHERE id = :a", a=action_id) is None
    assert action_id in [r["id"] for r in earlier.records()]
    assert stack.undoText() == "Add a corrective action"
    stack.undo()
    assert page.findings.actions.rowCount() == 0
    assert fx.db_scalar(ctx, "SELECT COUNT(*) FROM corrective_action WHERE inspection_id = :i AND deleted_at IS NULL",
                        i=second_visit) == 0
    stack.redo()
    stack.redo()
    assert page.findings.actions.rowCount() == 1
    assert fx.db_scalar(ctx, "SELECT status FROM corrective_action WHERE id = :a", a=action_id) == "done"


def test_a_corrective_action_answers_a_finding_chosen_from_the_inspection(
        qtbot: QtBot, page: InspectionEntryPage, second_visit: str, ctx: Ctx, keys: fx.Keys) -> None:
    from officedesk.domain.enums import Status
    from officedesk.services import report_data

    ui = page.ui
    person = page.roster.row(0)
    assert page.recorder.mark(0, Status.UNEXCUSED)  # someone absent without permission
    page.findings.reload()
    combo = ui.actionFindingCombo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "(none in particular)"
    wanted = f"Unexcused absence: {person.full_name}"
    assert wanted in texts
    combo.setCurrentIndex(texts.index(wanted))
    keys.type(ui.actionDescEdit, "Kiểm điểm, làm rõ lý do vắng")
    keys.type(ui.actionOwnerEdit, "Chủ tịch UBND xã")
    ui.addActionButton.click()
    with ctx.db.engine.connect() as conn:
        finding, ref = conn.execute(text("SELECT finding, finding_ref FROM corrective_action WHERE inspection_id = :i "
                                         "AND deleted_at IS NULL"), {"i": second_visit}).one()
    # Kept in the words of the minutes (Vietnamese), and which record it answers.
    assert finding == f"Vắng không phép: {person.full_name}" and ref == f"observation:{person.id}"
    assert page.findings.actions.index(0, 1).data() == finding
    assert combo.currentIndex() == 0  # ready for the next action
    minutes = report_data.minutes_data(ctx, second_visit)
    assert [a.finding for a in minutes.actions] == [finding]


def _picture(path: Path, colour: str = "#c0392b") -> Path:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_photos_are_attached_with_a_caption_and_undone(qtbot: QtBot, page: InspectionEntryPage, second_visit: str,
                                                       ctx: Ctx, keys: fx.Keys, tmp_path: Path) -> None:
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.photosTab)
    keys.type(ui.captionEdit, "Quầy một cửa không có người lúc 08 giờ 10")
    with qtbot.waitSignal(page.photos.added, timeout=10_000):
        page.photos.add_files([str(_picture(tmp_path / "quay.png"))])
    assert count(ctx, "attachment", second_visit) == 1
    model = page.photos.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Quầy một cửa không có người lúc 08 giờ 10"
    assert not model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert ui.captionEdit.text() == ""
    # Enter on the thumbnail: the photo as it was kept, in a window of its own, with its caption.
    ui.photosView.setFocus()
    ui.photosView.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(ui.photosView, Qt.Key.Key_Return)
    viewer = page.photos.viewer
    assert viewer is not None and viewer.isVisible()
    assert (viewer.pixmap.width(), viewer.pixmap.height()) == (640, 480)  # type: ignore[attr-defined]
    shown = viewer.picture.pixmap()  # type: ignore[attr-defined]
    assert not shown.isNull() and shown.width() <= 640
    assert viewer.caption.text() == "Quầy một cửa không có người lúc 08 giờ 10"  # type: ignore[attr-defined]
    viewer.close()

    page.recorder.stack.undo()
    assert count(ctx, "attachment", second_visit) == 0 and model.rowCount() == 0
    page.recorder.stack.redo()
    assert count(ctx, "attachment", second_visit) == 1 and model.rowCount() == 1


def test_image_files_dropped_on_the_photos_are_attached(qtbot: QtBot, page: InspectionEntryPage, second_visit: str,
                                                        ctx: Ctx, tmp_path: Path) -> None:
    view = page.ui.photosView
    page.ui.tabs.setCurrentWidget(page.ui.photosTab)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_picture(tmp_path / "a.jpg"))),
                  QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    enter = QDragEnterEvent(QPoint(30, 30), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(30, 30), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(page.photos.added, timeout=10_000) as added:
        QApplication.sendEvent(view.viewport(), drop)
    assert added.args == [1]
    assert count(ctx, "attachment", second_visit) == 1


def test_an_iphone_photo_in_heic_is_attached_as_a_small_jpeg(qtbot: QtBot, page: InspectionEntryPage,
                                                              second_visit: str, ctx: Ctx, tmp_path: Path) -> None:
    from PIL import Image
    from pillow_heif import register_heif_opener

    register_heif_opener()
    heic = tmp_path / "IMG_0042.HEIC"
    Image.new("RGB", (4032, 3024), (30, 120, 200)).save(heic, format="HEIF")
    assert heic.read_bytes()[4:12] == b"ftypheic"
    with qtbot.waitSignal(page.photos.added, timeout=20_000):
        page.photos.add_files([str(heic)])
    with ctx.db.engine.connect() as conn:
        mime, width, height, data = conn.execute(text(
            "SELECT mime, width, height, data FROM attachment WHERE inspection_id = :i"), {"i": second_visit}).one()
    assert mime == "image/jpeg" and data[:2] == b"\xff\xd8" and max(width, height) < 4032


def test_a_file_that_is_no_picture_is_refused_plainly(qtbot: QtBot, page: InspectionEntryPage, second_visit: str,
                                                      ctx: Ctx, tmp_path: Path) -> None:
    bad = tmp_path / "fake.jpg"
    bad.write_bytes(b"not a picture")
    with qtbot.waitSignal(page.message_shown, timeout=10_000) as shown:
        page.photos.add_files([str(bad)])
    assert "not a picture" in shown.args[0]
    assert count(ctx, "attachment", second_visit) == 0
    assert isinstance(page.dialog, QMessageBox)


def test_notes_are_saved_without_a_save_button(qtbot: QtBot, page: InspectionEntryPage, second_visit: str, ctx: Ctx,
                                               keys: fx.Keys, monkeypatch: pytest.MonkeyPatch) -> None:
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.notesTab)
    keys.type(ui.conclusionsEdit, "Đơn vị chấp hành tốt giờ giấc làm việc.")
    # Saved a moment after typing stops…
    qtbot.waitUntil(lambda: fx.db_scalar(ctx, "SELECT conclusions FROM inspection WHERE id = :i", i=second_visit)
                    == "Đơn vị chấp hành tốt giờ giấc làm việc.", timeout=texts_panel.DEBOUNCE_MS * 4)
    # …and at once when the page is left.
    keys.type(ui.recommendationsEdit, "Tiếp tục quán triệt.")
    assert page.can_leave()
    assert fx.db_scalar(ctx, "SELECT recommendations FROM inspection WHERE id = :i",
                        i=second_visit) == "Tiếp tục quán triệt."


# The completer's popup asks the (offscreen) platform for a keyboard grab.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_new_inspection_dialog_finds_units_without_accents(qtbot: QtBot, ctx: Ctx, keys: fx.Keys) -> None:
    dialog = NewInspectionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.campaign_combo.currentText().startswith("Kiểm tra kỷ luật, kỷ cương hành chính sau Tết Giáp Thìn")
    assert dialog.time_edit.time().toString("HH:mm") == "08:30"
    assert dialog.date_edit.date().toString("dd/MM/yyyy") == "15/02/2024"
    assert dialog.choice() is None
    combo = dialog.unit_combo
    keys.type(combo.lineEdit(), "van hoa")
    matches = combo.matches
    found = [matches.index(i, 0).data() for i in range(matches.rowCount())]
    assert sorted(found) == ["SVHTTDL — Sở Văn hóa, Thể thao và Du lịch", "XA09 — UBND xã Vạn Hòa"]
    combo.lineEdit().clear()
    keys.type(combo.lineEdit(), "vạn hòa")
    assert [matches.index(i, 0).data() for i in range(matches.rowCount())] == ["XA09 — UBND xã Vạn Hòa"]
    # Picked from the list as a person does: Down into the list, Enter.
    popup = combo.finder.popup()
    assert popup is not None and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "XA09 — UBND xã Vạn Hòa"
    choice = dialog.choice()
    assert choice is not None and choice[1] == fx.unit_id(ctx, "XA09")
    assert choice[2:] == (date(2024, 2, 15), time(8, 30))

    # Among two matches, the second one picked: the right unit, not the row it has in the whole list.
    combo.lineEdit().clear()
    keys.type(combo.lineEdit(), "van hoa")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    choice = dialog.choice()
    assert choice is not None and choice[1] == fx.unit_id(ctx, "XA09")


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_day_outside_the_campaign_is_questioned_once(qtbot: QtBot, ctx: Ctx) -> None:
    from PySide6.QtCore import QDate

    dialog = NewInspectionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unit_combo.select_unit(fx.unit_id(ctx, "XA09"))
    dialog.date_edit.setDate(QDate(2026, 11, 20))  # a slip of the year
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith("20/11/2026 is outside the campaign's dates (15/02/2024 – 16/02/2024)")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()  # Start again: on purpose


def test_a_new_inspection_of_a_unit_with_a_draft_offers_to_continue_it(qtbot: QtBot, page: InspectionEntryPage,
                                                                       ctx: Ctx) -> None:
    draft = fx.draft_id(ctx, "XA09")
    page._new_chosen((fx.campaign_id(ctx), fx.unit_id(ctx, "XA09"), date(2024, 2, 15), time(8, 0)))
    box = page.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert page.inspection_id == draft

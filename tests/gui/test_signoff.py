"""Signing on the spot, the lock that follows, and amendments (SCENARIOS.md, journeys 1 and 2)."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from officedesk.domain.enums import SignBlock
from officedesk.gui.entry.dialogs import AmendDialog
from officedesk.gui.entry.page import InspectionEntryPage
from officedesk.gui.entry.signoff_dialog import SignOffDialog
from officedesk.services import queries
from officedesk.services.context import Ctx

from . import conftest_entry as fx

demo_master = fx.demo_master
demo_db = fx.demo_db
ctx = fx.ctx
leader_ctx = fx.leader_ctx
keys = fx.keys


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
def recorded(qtbot: QtBot, page: InspectionEntryPage, ctx: Ctx) -> str:
    """Commune XA11 checked at 07:40 on 15/02/2024: one unexcused absence, everyone else present."""
    insp_id = page.start_new(fx.campaign_id(ctx), fx.unit_id(ctx, "XA11"), date(2024, 2, 15), time(7, 40))
    assert insp_id is not None
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_K)
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return insp_id


def sign(qtbot: QtBot, page: InspectionEntryPage) -> SignOffDialog:
    dialog = page.open_sign_off()
    assert isinstance(dialog, SignOffDialog) and dialog.isVisible()
    ui = dialog.ui
    fx.draw_signature(ui.unitPad)
    fx.draw_signature(ui.teamPad, 5)
    fx.draw_signature(ui.minutesPad, 11)
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def test_the_dialog_is_prefilled_from_the_unit_and_the_team(qtbot: QtBot, page: InspectionEntryPage,
                                                            recorded: str, ctx: Ctx) -> None:
    dialog = page.open_sign_off()
    assert dialog is not None
    ui = dialog.ui
    head = fx.db_scalar(ctx, "SELECT head_name FROM unit WHERE code = 'XA11'")
    assert ui.unitNameEdit.text() == head and ui.unitTitleEdit.text()
    assert ui.teamNameEdit.text() == "Phạm Quang Nghĩa"
    assert ui.minutesNameEdit.text() == "Đỗ Văn Hùng"
    assert ui.endTimeEdit.time().toString("HH:mm") == "08:30"  # now, on the day of the visit
    assert "Unexcused 1" in ui.summaryLabel.text()
    # Nobody has signed yet: refused in the dialog, nothing written.
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "Signature missing" in ui.problemLabel.text()
    assert fx.db_scalar(ctx, "SELECT state FROM inspection WHERE id = :i", i=recorded) == "draft"
    dialog.reject()


def test_signing_with_drawn_signatures_locks_the_inspection(qtbot: QtBot, page: InspectionEntryPage,
                                                            recorded: str, ctx: Ctx, keys: fx.Keys) -> None:
    signed: list[str] = []
    page.signed.connect(signed.append)
    before = queries.roster(ctx, recorded)
    dialog = sign(qtbot, page)
    assert not dialog.isVisible()
    assert signed == [recorded]
    assert fx.db_scalar(ctx, "SELECT state FROM inspection WHERE id = :i", i=recorded) == "signed"
    assert fx.db_scalar(ctx, "SELECT end_time FROM inspection WHERE id = :i", i=recorded).startswith("08:30")
    with ctx.db.engine.connect() as conn:
        from sqlalchemy import text

        blocks = {r[0]: r[1] for r in conn.execute(text(
            "SELECT sg.block, sg.signature_png FROM signatory sg JOIN signoff so ON so.id = sg.signoff_id "
            "WHERE so.inspection_id = :i"), {"i": recorded})}
    assert set(blocks) == {SignBlock.UNIT, SignBlock.TEAM, SignBlock.MINUTES}
    assert all(png and png.startswith(b"\x89PNG") for png in blocks.values())

    # Locked: visibly, and the keys change nothing.
    assert page.read_only
    assert page.ui.stateBadge.text() == "Signed — locked"
    assert page.ui.lockBanner.isVisible()
    assert "every change needs an amendment" in page.ui.lockLabel.text()
    assert page.ui.numberLabel.text().startswith("No. ")
    assert not page.ui.amendButton.isVisible()  # an inspector may not amend; the team leader may
    assert not page.ui.signButton.isEnabled() and not page.ui.restPresentButton.isEnabled()
    shown: list[str] = []
    page.message_shown.connect(shown.append)
    view = page.ui.rosterView
    for key in (Qt.Key.Key_C, Qt.Key.Key_K, Qt.Key.Key_M, Qt.Key.Key_P):
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert page.arrival_delegate.current_editor is None
    assert len(shown) == 6 and all("amendment" in m for m in shown)
    assert queries.roster(ctx, recorded) == before
    assert page.recorder.stack.count() == 0
    assert page.ui.notesEdit.isReadOnly() and not page.ui.addViolationButton.isEnabled()


def test_the_minutes_are_read_before_anyone_signs(qtbot: QtBot, page: InspectionEntryPage, recorded: str) -> None:
    from officedesk.gui.entry.minutes_reader import MinutesReader

    dialog = page.open_sign_off()
    assert isinstance(dialog, SignOffDialog)
    dialog.ui.readButton.click()
    reader = dialog.reader
    assert isinstance(reader, MinutesReader) and reader.isVisible()
    qtbot.waitUntil(lambda: reader.preview.document is not None and reader.preview.document.pageCount() > 0,
                    timeout=60_000)
    # To read (and print, to read on paper), not to save, sign digitally or check: those are for signed minutes.
    ui = reader.preview.ui
    assert ui.printButton.isVisible()
    assert not (ui.saveButton.isVisible() or ui.signButton.isVisible() or ui.checkSignaturesButton.isVisible())
    assert reader.preview.kind == "pdf" and reader.title == f"Minutes of {dialog.header['unit_name']}"
    assert reader.preview.path is not None and reader.preview.path.exists()
    folder = reader.preview.path.parent
    reader.close()
    assert not folder.exists()  # a draft's pages are not left lying about
    assert dialog.isVisible() and dialog.ui.unitPad.is_empty()  # back to signing, nothing signed yet
    dialog.reject()


def test_without_a_minute_taker_named_the_inspector_of_this_laptop_fills_that_block(
        qtbot: QtBot, page: InspectionEntryPage, recorded: str, ctx: Ctx) -> None:
    from sqlalchemy import text

    from officedesk.gui import settings

    with ctx.db.engine.begin() as conn:  # a campaign planned without a minute-taker
        conn.execute(text("DELETE FROM campaign_member WHERE team_role = 'minute_taker'"))
    settings.set_inspector_profile(settings.InspectorProfile("Nguyễn Thị Hoa", "Chuyên viên", "Văn phòng UBND tỉnh"))
    dialog = page.open_sign_off()
    assert isinstance(dialog, SignOffDialog)
    assert (dialog.ui.minutesNameEdit.text(), dialog.ui.minutesTitleEdit.text()) == ("Nguyễn Thị Hoa", "Chuyên viên")
    assert dialog.ui.teamNameEdit.text() == "Phạm Quang Nghĩa"  # the campaign's leader, as before
    dialog.reject()


def test_sign_off_is_refused_while_people_are_unmarked(qtbot: QtBot, page: InspectionEntryPage, ctx: Ctx) -> None:
    page.start_new(fx.campaign_id(ctx), fx.unit_id(ctx, "XA11"), date(2024, 2, 15), time(7, 40))
    shown: list[str] = []
    page.message_shown.connect(shown.append)
    assert page.open_sign_off() is None
    assert shown and "not marked yet" in shown[-1]


def test_an_inspector_may_not_amend(qtbot: QtBot, page: InspectionEntryPage, ctx: Ctx) -> None:
    page.open_inspection(fx.signed_id(ctx, "XA01"))
    shown: list[str] = []
    page.message_shown.connect(shown.append)
    assert page.amend("Đơn vị cung cấp giấy mời họp") is None
    assert shown and "not allowed" in shown[-1]


def test_an_amendment_makes_version_2_and_version_1_stays_readable(qtbot: QtBot, leader_ctx: Ctx,
                                                                   keys: fx.Keys) -> None:
    page = make_page(qtbot, leader_ctx)
    signed_id = fx.signed_id(leader_ctx, "XA01")
    page.open_inspection(signed_id)
    assert page.ui.stateBadge.text() == "Signed — locked"
    assert page.ui.amendButton.isVisible()
    amended: list[str] = []
    page.amended.connect(amended.append)

    dialog = page.open_amend()
    assert isinstance(dialog, AmendDialog)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "needs a reason" in dialog.problem.text()
    keys.type(dialog.reason_edit, "Đơn vị cung cấp Giấy mời số 15/GM-UBND: đồng chí Tuấn dự họp.")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # OK, from the text

    assert len(amended) == 1 and page.inspection_id == amended[0] != signed_id
    assert fx.db_scalar(leader_ctx, "SELECT version FROM inspection WHERE id = :i", i=amended[0]) == 2
    assert page.ui.stateBadge.text() == "Amendment 1 (draft)"
    assert not page.read_only
    assert "Giấy mời số 15/GM-UBND" in page.ui.lockLabel.text()
    combo = page.ui.versionCombo
    assert combo.isVisibleTo(page) and combo.count() == 2
    assert combo.currentText() == "Version 2 — draft"

    # The amendment is edited like a draft…
    row = next(i for i, r in enumerate(page.roster.rows()) if r.full_name == "Nguyễn Văn Tuấn")
    page.ui.rosterView.move_to_row(row)
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_P)
    excuse = page.dialog
    keys.type(excuse.document_edit, "15/GM-UBND")  # type: ignore[union-attr]
    excuse.buttons.accepted.emit()  # type: ignore[union-attr]
    rows = {r["full_name"]: r for r in queries.roster(leader_ctx, amended[0])}
    assert rows["Nguyễn Văn Tuấn"]["status"] == "excused"
    # …while version 1 is read as it was signed.
    combo.activated.emit(combo.findData(signed_id))
    QApplication.processEvents()
    assert page.inspection_id == signed_id and page.read_only
    assert "version 2 is the current one" in page.ui.lockLabel.text()
    assert not page.ui.amendButton.isVisible()
    old = {r["full_name"]: r for r in queries.roster(leader_ctx, signed_id)}
    assert old["Nguyễn Văn Tuấn"]["status"] == "late"
    assert page.roster.row(row).status == "late"

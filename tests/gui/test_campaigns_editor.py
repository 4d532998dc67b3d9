"""The campaign editor: dates proposed from the holiday calendar, the team, the units, create and change."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from officedesk.domain.enums import TeamRole
from officedesk.gui.campaigns import reads
from officedesk.gui.campaigns.editor import CampaignEditorDialog, from_qdate
from officedesk.gui.campaigns.editor_models import MembersModel
from officedesk.services import accounts, queries
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import Ctx
from officedesk.services.org import work_calendar
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

# Planning the 2024 round in January, before Tết Giáp Thìn.
PLANNING_DAY = datetime(2024, 1, 22, 9, 0, tzinfo=LOCAL)


def type_text(widget: QWidget, text_: str) -> None:
    """Type any text, Vietnamese included (QTest.keyClicks aborts on non-ASCII), as key events with text."""
    for ch in text_:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def ctx(demo_copy: Path) -> Iterator[Ctx]:
    c = Ctx(db=open_database(to_url(demo_copy)), clock=FixedClock(PLANNING_DAY))
    c.actor = accounts.authenticate(c, "truongdoan", "demo-2024")
    yield c
    c.db.dispose()


def open_editor(qtbot: QtBot, ctx: Ctx, campaign_code: str | None = None) -> CampaignEditorDialog:
    cid = queries.resolve(ctx, "campaign", campaign_code) if campaign_code else None
    dialog = CampaignEditorDialog(ctx, reads.editor_data(ctx, cid), calendar=work_calendar(ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def close_message_boxes() -> None:
    for box in message_boxes():
        box.close()


def test_dates_proposed_after_the_holiday(qtbot: QtBot, ctx: Ctx) -> None:
    dialog = open_editor(qtbot, ctx)
    ui = dialog.ui
    assert ui.yearSpin.value() == 2024
    assert ui.holidayCombo.itemText(0) == "Lunar New Year (Tết), 10/02/2024"
    assert any("Mùng hai Tết Nguyên Đán" in ui.holidayCombo.itemText(i) for i in range(ui.holidayCombo.count()))
    assert dialog.select_holiday(date(2024, 2, 10))
    ui.daysSpin.setValue(2)
    assert ui.startEdit.displayFormat() == "dd/MM/yyyy"
    assert ui.startEdit.text() == "15/02/2024" and ui.endEdit.text() == "16/02/2024"
    ui.daysSpin.setValue(3)  # Thursday, Friday, then Monday 19/02
    assert ui.endEdit.text() == "19/02/2024"
    # 30/4 and 1/5 2024: the break (with 29/4 swapped) ends on Thursday 2/5.
    assert dialog.select_holiday(date(2024, 4, 30))
    ui.daysSpin.setValue(1)
    assert (from_qdate(ui.startEdit.date()), from_qdate(ui.endEdit.date())) == (date(2024, 5, 2), date(2024, 5, 2))


def test_new_campaign_defaults_from_the_newest_one(qtbot: QtBot, ctx: Ctx) -> None:
    dialog = open_editor(qtbot, ctx)
    ui = dialog.ui
    assert dialog.windowTitle() == "New campaign"
    assert dialog.ok_button.text() == "Create"
    assert ui.symbolEdit.text() == "BB-ĐKT"
    assert ui.parentAgencyEdit.text() == "UBND TỈNH HOÀNG LIÊN" and ui.placeEdit.text() == "Hoàng Liên"
    assert ui.previousCombo.currentData() == "SAUTET-2024"
    # The default holiday is Tết of the year: its proposal is already in the dates.
    assert ui.startEdit.text() == "15/02/2024"


def test_unit_search_ignores_accents_and_case(qtbot: QtBot, ctx: Ctx) -> None:
    dialog = open_editor(qtbot, ctx)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.unitsTab)
    proxy = dialog.unit_proxy
    for typed in ("ta phin", "TẢ PHÌN", "tả phìn", "xa01"):
        dialog.ui.unitSearch.clear()
        type_text(dialog.ui.unitSearch, typed)
        shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
        assert shown == ["UBND xã Tả Phìn (XA01)"], typed
    dialog.ui.unitSearch.clear()
    type_text(dialog.ui.unitSearch, "so tai")  # every word, anywhere: "tải" is "tai" too
    shown = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert shown == {"Sở Tài chính (STC)", "Sở Tài nguyên và Môi trường (STNMT)", "Sở Giao thông vận tải (SGTVT)"}
    qtbot.mouseClick(dialog.ui.checkShownButton, Qt.MouseButton.LeftButton)
    assert sorted(dialog.units.checked_codes()) == ["SGTVT", "STC", "STNMT"]
    assert dialog.ui.unitsCountLabel.text() == f"3 of {dialog.units.rowCount()} units chosen"


def test_create_a_campaign_through_the_dialog(qtbot: QtBot, ctx: Ctx) -> None:
    dialog = open_editor(qtbot, ctx)
    ui = dialog.ui
    qtbot.keyClicks(ui.codeEdit, "KT-DOT2-2024")
    type_text(ui.nameEdit, "Kiểm tra đột xuất kỷ luật hành chính sau Tết Giáp Thìn")
    type_text(ui.legalEdit, "Công văn số 120/UBND-TH ngày 07/02/2024")
    assert dialog.select_holiday(date(2024, 2, 10))
    ui.daysSpin.setValue(2)
    ui.previousCombo.setCurrentIndex(ui.previousCombo.findData("SAUTET-2023"))

    # The team: a leader with an account, a minute-taker without one.
    ui.tabs.setCurrentWidget(ui.teamTab)
    qtbot.mouseClick(ui.addMemberButton, Qt.MouseButton.LeftButton)
    members = dialog.members
    assert members.index(0, MembersModel.Col.ROLE).data(Qt.ItemDataRole.EditRole) == TeamRole.LEADER
    assert members.setData(members.index(0, MembersModel.Col.ACCOUNT), "truongdoan")
    assert members.index(0, MembersModel.Col.NAME).data() == "Phạm Quang Nghĩa"  # filled from the account
    dialog.add_member()  # the new row's name opens for typing
    editor = ui.membersView.indexWidget(members.index(1, MembersModel.Col.NAME))
    assert editor is not None
    type_text(editor, "Vũ Thị Thu")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: members.index(1, MembersModel.Col.NAME).data() == "Vũ Thị Thu", timeout=2000)
    members.setData(members.index(1, MembersModel.Col.ROLE), TeamRole.MINUTE_TAKER.value)
    assert members.index(1, MembersModel.Col.ROLE).data() == "Minute-taker"

    ui.tabs.setCurrentWidget(ui.unitsTab)
    type_text(ui.unitSearch, "ta phin")
    proxy = dialog.unit_proxy
    assert proxy.setData(proxy.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    ui.unitSearch.clear()
    type_text(ui.unitSearch, "sa pa")
    qtbot.mouseClick(ui.checkShownButton, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    new_id = blocker.args[0]
    assert not dialog.isVisible()
    with ctx.db.engine.connect() as conn:
        row = conn.execute(text(
            "SELECT c.code, c.name, c.legal_basis, c.start_date, c.end_date, c.number_symbol, p.code "
            "FROM campaign c LEFT JOIN campaign p ON p.id = c.previous_campaign_id WHERE c.id = :i"),
            {"i": new_id}).one()
        team = conn.execute(text("SELECT full_name, team_role, user_id IS NOT NULL FROM campaign_member "
                                 "WHERE campaign_id = :i ORDER BY full_name"), {"i": new_id}).all()
        units = conn.execute(text("SELECT u.code FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id "
                                  "WHERE cu.campaign_id = :i ORDER BY u.code"), {"i": new_id}).scalars().all()
        audited = conn.execute(text("SELECT COUNT(*) FROM audit_log WHERE action = 'campaign.create' "
                                    "AND entity_id = :i"), {"i": new_id}).scalar()
    assert row[0] == "KT-DOT2-2024"
    assert row[1] == "Kiểm tra đột xuất kỷ luật hành chính sau Tết Giáp Thìn"
    assert row[2] == "Công văn số 120/UBND-TH ngày 07/02/2024"
    assert (str(row[3]), str(row[4])) == ("2024-02-15", "2024-02-16")
    assert row[5] == "BB-ĐKT" and row[6] == "SAUTET-2023"
    assert team == [("Phạm Quang Nghĩa", "leader", 1), ("Vũ Thị Thu", "minute_taker", 0)]
    assert units == ["XA01", "XA02"]
    assert audited == 1


def test_a_missing_code_is_asked_for_and_nothing_is_saved(qtbot: QtBot, ctx: Ctx) -> None:
    dialog = open_editor(qtbot, ctx)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.unitsTab)
    type_text(dialog.ui.nameEdit, "Không có mã")
    with qtbot.assertNotEmitted(dialog.saved, wait=200):
        dialog.accept()
    boxes = message_boxes()
    assert len(boxes) == 1 and "code" in boxes[0].text()
    assert dialog.isVisible()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.generalTab  # taken back to the field
    close_message_boxes()


def test_the_cores_refusal_is_shown_and_the_dialog_stays(qtbot: QtBot, ctx: Ctx) -> None:
    dialog = open_editor(qtbot, ctx)
    qtbot.keyClicks(dialog.ui.codeEdit, "SAUTET-2024")  # taken
    type_text(dialog.ui.nameEdit, "Trùng mã")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=5000)
    assert "already exists" in message_boxes()[0].text()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    close_message_boxes()


def test_the_same_name_twice_in_the_team_is_refused(qtbot: QtBot, ctx: Ctx) -> None:
    dialog = open_editor(qtbot, ctx)
    qtbot.keyClicks(dialog.ui.codeEdit, "KT-X")
    type_text(dialog.ui.nameEdit, "Đợt X")
    for _ in range(2):
        row = dialog.members.add_member()
        dialog.members.setData(dialog.members.index(row, MembersModel.Col.NAME), "Nguyễn Thị Hoa")
    with qtbot.assertNotEmitted(dialog.saved, wait=200):
        dialog.accept()
    assert "twice" in message_boxes()[0].text()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.teamTab
    close_message_boxes()


def test_change_an_existing_campaign(qtbot: QtBot, ctx: Ctx) -> None:
    dialog = open_editor(qtbot, ctx, "SAUTET-2024")
    ui = dialog.ui
    assert dialog.windowTitle() == "Change the campaign" and dialog.ok_button.text() == "Save"
    assert ui.codeEdit.text() == "SAUTET-2024"
    assert (ui.startEdit.text(), ui.endEdit.text()) == ("15/02/2024", "16/02/2024")
    assert ui.daysSpin.value() == 2
    assert [m.full_name for m in dialog.members.members()] == ["Phạm Quang Nghĩa", "Nguyễn Thị Hoa", "Đỗ Văn Hùng"]
    assert len(dialog.units.checked_codes()) == 24
    # A unit already inspected stays: its box cannot be cleared; XA11 (not visited yet) can be taken out.
    type_text(ui.unitSearch, "XA01")
    assert not dialog.unit_proxy.setData(dialog.unit_proxy.index(0, 0), Qt.CheckState.Unchecked.value,
                                         Qt.ItemDataRole.CheckStateRole)
    ui.unitSearch.clear()
    type_text(ui.unitSearch, "XA11")
    assert dialog.unit_proxy.setData(dialog.unit_proxy.index(0, 0), Qt.CheckState.Unchecked.value,
                                     Qt.ItemDataRole.CheckStateRole)
    ui.legalEdit.setPlainText("Kế hoạch số 45/KH-UBND ngày 05/02/2024 (sửa đổi)")
    dialog.members.remove_member(1)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        dialog.accept()
    cid = blocker.args[0]
    data = reads.editor_data(ctx, cid)
    assert data.campaign is not None
    assert data.campaign["legal_basis"] == "Kế hoạch số 45/KH-UBND ngày 05/02/2024 (sửa đổi)"
    assert [m["full_name"] for m in data.campaign["members"]] == ["Phạm Quang Nghĩa", "Đỗ Văn Hùng"]
    assert "XA11" not in data.campaign["unit_codes"] and len(data.campaign["unit_codes"]) == 23
    assert data.campaign["previous_code"] == "SAUTET-2023"
    dashboard = reads.dashboard(ctx, cid)
    assert dashboard is not None and (dashboard.planned_units, dashboard.inspected_units) == (23, 23)


def test_the_campaign_list_forgets_a_unit_taken_out(ctx: Ctx) -> None:
    from officedesk.services import campaigns
    from officedesk.services.campaigns import MemberInput

    cid = queries.resolve(ctx, "campaign", "SAUTET-2024")
    data = reads.editor_data(ctx, cid)
    assert data.campaign is not None
    c = data.campaign
    campaigns.update_campaign(
        ctx, cid, code=c["code"], name=c["name"], legal_basis=c["legal_basis"], start_date=c["start_date"],
        end_date=c["end_date"], parent_agency=c["parent_agency"], agency=c["agency"], place=c["place"],
        members=[MemberInput(m["full_name"], m["title"], TeamRole(m["team_role"]), m["username"])
                 for m in c["members"]],
        unit_codes=[u for u in c["unit_codes"] if u != "XA11"], previous_campaign_code=c["previous_code"])
    listed = next(r for r in queries.list_campaigns(ctx) if r["id"] == cid)
    assert listed["planned_units"] == 23


def test_editor_models_pass_the_model_tester(qtmodeltester: ModelTester, qtbot: QtBot, ctx: Ctx) -> None:
    dialog = open_editor(qtbot, ctx, "SAUTET-2024")
    qtmodeltester.check(dialog.members)
    qtmodeltester.check(dialog.units)
    dialog.unit_proxy.set_search("so")
    qtmodeltester.check(dialog.unit_proxy)


def test_tab_goes_through_the_general_fields_in_reading_order(qtbot: QtBot, ctx: Ctx) -> None:
    dialog = open_editor(qtbot, ctx)
    ui = dialog.ui
    order = []
    widget = ui.codeEdit.nextInFocusChain()
    while widget is not ui.codeEdit and len(order) < 200:
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.objectName() \
                and not widget.objectName().startswith("qt_"):
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert order[:12] == ["nameEdit", "legalEdit", "previousCombo", "yearSpin", "holidayCombo", "daysSpin",
                          "startEdit", "endEdit", "parentAgencyEdit", "agencyEdit", "placeEdit", "symbolEdit"]

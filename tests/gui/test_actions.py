"""Corrective actions: the overdue ones found and marked, filters, a status update that persists, the scopes."""

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

from officedesk.domain.enums import ActionStatus
from officedesk.gui.actions import ActionsPanel, Show
from officedesk.gui.actions.model import OVERDUE_BACKGROUND, ActionsModel
from officedesk.gui.actions.update_dialog import ActionUpdateDialog
from officedesk.services import accounts, actions_queries, queries
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import Ctx
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

# Deadlines of the 2024 actions: 29/02 (Tả Phìn), 01/03 and 02/03. On 02/03 the first two are overdue.
REPORT_DAY = datetime(2024, 3, 2, 9, 0, tzinfo=LOCAL)


def type_text(widget: QWidget, text_: str) -> None:
    for ch in text_:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def demo_ctx(path: Path, username: str = "hoa") -> Ctx:
    ctx = Ctx(db=open_database(to_url(path)), clock=FixedClock(REPORT_DAY))
    ctx.actor = accounts.authenticate(ctx, username, "demo-2024")
    return ctx


@pytest.fixture
def ctx(demo_copy: Path) -> Iterator[Ctx]:
    c = demo_ctx(demo_copy)
    yield c
    c.db.dispose()


def campaign_2024(ctx: Ctx) -> str:
    return queries.resolve(ctx, "campaign", "SAUTET-2024")


def unit_id(ctx: Ctx, code: str) -> str:
    return queries.resolve(ctx, "unit", code)


@pytest.fixture
def panel(qtbot: QtBot, ctx: Ctx) -> ActionsPanel:
    panel = ActionsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    qtbot.waitExposed(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_scope(campaign_id=campaign_2024(ctx))
    return panel


def overdue_in_db(ctx: Ctx) -> set[str]:
    with ctx.db.engine.connect() as conn:
        return set(conn.execute(text(
            "SELECT a.id FROM corrective_action a JOIN inspection i ON i.id = a.inspection_id "
            "WHERE i.campaign_id = :c AND a.status = 'open' AND a.deadline < :today AND a.deleted_at IS NULL"),
            {"c": campaign_2024(ctx), "today": "2024-03-02"}).scalars())


def test_overdue_shows_the_open_actions_past_their_deadline(panel: ActionsPanel, ctx: Ctx) -> None:
    expected = overdue_in_db(ctx)
    assert len(expected) == 12  # Tả Phìn's of 29/02 and the eleven of 01/03
    assert panel.model.rowCount() == 20
    panel.set_show(Show.OVERDUE)
    assert set(panel.visible_action_ids()) == expected
    proxy = panel.proxy
    for r in range(proxy.rowCount()):
        status = proxy.index(r, ActionsModel.Col.STATUS)
        # Marked in words, with an icon, not by colour alone.
        assert status.data().startswith("Overdue by ")
        assert status.data(Qt.ItemDataRole.DecorationRole) is not None
        assert proxy.index(r, ActionsModel.Col.ACTION).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert panel.ui.summaryLabel.text() == "Showing 12 of 20: 20 open, 12 overdue"


def test_tả_phìns_action_is_two_days_late(panel: ActionsPanel, ctx: Ctx) -> None:
    panel.set_unit_filter(unit_id(ctx, "XA01"))
    assert panel.proxy.rowCount() == 1
    row = {c: panel.proxy.index(0, c).data() for c in ActionsModel.Col}
    assert row[ActionsModel.Col.ACTION] == "Bố trí người thay thế tại quầy khi cán bộ phụ trách vắng mặt"
    assert row[ActionsModel.Col.DEADLINE] == "29/02/2024"
    assert row[ActionsModel.Col.STATUS] == "Overdue by 2 days"
    assert row[ActionsModel.Col.OWNER] == "Văn phòng UBND xã"


def test_open_and_done_filters(panel: ActionsPanel) -> None:
    panel.set_show(Show.OPEN)
    assert panel.proxy.rowCount() == 20
    panel.set_show(Show.DONE)
    assert panel.proxy.rowCount() == 0
    panel.set_show(Show.ALL)
    assert panel.proxy.rowCount() == 20


def test_marking_an_action_done_persists(qtbot: QtBot, panel: ActionsPanel, ctx: Ctx) -> None:
    panel.set_show(Show.OVERDUE)
    panel.set_unit_filter(unit_id(ctx, "XA01"))
    view = panel.ui.actionsView
    view.setFocus()
    view.setCurrentIndex(panel.proxy.index(0, ActionsModel.Col.ACTION))
    action_id = panel.current_action()["id"]  # type: ignore[index]
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens the update dialog
    dialog = panel.findChild(ActionUpdateDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.deadlineText.text() == "29/02/2024 (overdue)"
    assert not dialog.ui.doneEdit.isEnabled()
    dialog.set_status(ActionStatus.DONE)
    assert dialog.ui.doneEdit.isEnabled() and dialog.ui.doneEdit.text() == "02/03/2024"
    type_text(dialog.ui.noteEdit, "Đã phân công đồng chí Lan trực thay, Báo cáo số 05/BC-UBND ngày 01/3/2024")
    with qtbot.waitSignal(panel.actions_changed, timeout=10_000):
        qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    with ctx.db.engine.connect() as conn:
        status, done_on, note = conn.execute(text(
            "SELECT status, done_on, progress_note FROM corrective_action WHERE id = :i"), {"i": action_id}).one()
        audited = conn.execute(text("SELECT COUNT(*) FROM audit_log WHERE action = 'action.update' "
                                    "AND entity_id = :i"), {"i": action_id}).scalar()
    assert (status, str(done_on)) == ("done", "2024-03-02")
    assert note == "Đã phân công đồng chí Lan trực thay, Báo cáo số 05/BC-UBND ngày 01/3/2024"
    assert audited == 1
    # The panel reads again: no longer overdue, so the overdue filter no longer shows it.
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0, timeout=5000)
    panel.set_show(Show.DONE)
    assert panel.visible_action_ids() == [action_id]
    assert panel.proxy.index(0, ActionsModel.Col.STATUS).data() == "Done on 02/03/2024"


def test_a_unit_head_may_not_update_another_units_action(qtbot: QtBot, demo_copy: Path) -> None:
    ctx = demo_ctx(demo_copy, "taphin")  # head of Tả Phìn
    try:
        panel = ActionsPanel(ctx)
        qtbot.addWidget(panel)
        with qtbot.waitSignal(panel.loaded, timeout=10_000):
            panel.set_scope(campaign_id=campaign_2024(ctx))
        panel.set_unit_filter(unit_id(ctx, "VPUB"))
        panel.ui.actionsView.setCurrentIndex(panel.proxy.index(0, 0))
        dialog = panel.update_current()
        assert dialog is not None
        dialog.set_status(ActionStatus.DONE)
        with qtbot.assertNotEmitted(panel.actions_changed, wait=300):
            dialog.accept()
            qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                        for w in QApplication.topLevelWidgets()), timeout=5000)
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert "own unit" in box.text()  # the core's sentence, not a traceback
        box.close()
    finally:
        ctx.db.dispose()


def test_one_units_open_actions_for_the_entry_screen(qtbot: QtBot, ctx: Ctx) -> None:
    panel = ActionsPanel(ctx, show=Show.OPEN)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_scope(unit_id=unit_id(ctx, "XA05"))
    assert panel.ui.actionsView.isColumnHidden(ActionsModel.Col.UNIT)
    assert panel.ui.unitCombo.isHidden()
    rows = [panel.model.action(r) for r in range(panel.model.rowCount())]
    assert {r["unit_code"] for r in rows if r} == {"XA05"}
    # 2023's action was settled; 2024's is still open.
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, ActionsModel.Col.ACTION).data().startswith("Kiểm điểm, chấn chỉnh cán bộ đi lễ hội")


def test_an_amended_inspection_keeps_the_actions_of_its_first_version(qtbot: QtBot, ctx: Ctx) -> None:
    with ctx.db.engine.connect() as conn:
        v1, v2 = conn.execute(text(
            "SELECT i.id FROM inspection i JOIN unit u ON u.id = i.unit_id WHERE u.code = 'SNV' "
            "AND i.campaign_id = :c ORDER BY i.version"), {"c": campaign_2024(ctx)}).scalars().all()
    panel = ActionsPanel(ctx, can_open=True)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_scope(inspection_id=v2)
    assert panel.model.rowCount() == 1
    action = panel.model.action(0)
    assert action is not None and action["inspection_id"] == v1 and action["current_inspection_id"] == v2
    panel.ui.actionsView.setCurrentIndex(panel.proxy.index(0, 1))
    with qtbot.waitSignal(panel.open_inspection_requested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.ui.openButton, Qt.MouseButton.LeftButton)
    assert blocker.args == [v2]


def test_actions_queries_flag_overdue_against_the_clock(ctx: Ctx) -> None:
    rows = actions_queries.list_actions(ctx, campaign_id=campaign_2024(ctx), overdue_only=True)
    assert {r["id"] for r in rows} == overdue_in_db(ctx)
    assert all(r["overdue"] and r["days_overdue"] >= 1 and isinstance(r["deadline"], date) for r in rows)
    summary = actions_queries.action_summary(ctx, campaign_id=campaign_2024(ctx))
    assert summary == {"total": 20, "open": 20, "overdue": 12, "done": 0, "cancelled": 0}
    assert actions_queries.action_summary(ctx, campaign_id=queries.resolve(ctx, "campaign", "SAUTET-2023")) == {
        "total": 22, "open": 0, "overdue": 0, "done": 22, "cancelled": 0}
    ctx.clock.set_local(date(2024, 2, 29), datetime.min.time())  # type: ignore[attr-defined]
    assert actions_queries.list_actions(ctx, campaign_id=campaign_2024(ctx), overdue_only=True) == []


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, panel: ActionsPanel) -> None:
    qtmodeltester.check(panel.model)
    panel.set_show(Show.OVERDUE)
    qtmodeltester.check(panel.proxy)


def test_the_actions_page_follows_the_chosen_campaign(qtbot: QtBot, ctx: Ctx) -> None:
    from PySide6.QtWidgets import QMainWindow

    from officedesk.gui.actions import ActionsPage
    from officedesk.gui.pages import PageContext

    window = QMainWindow()
    qtbot.addWidget(window)
    page = ActionsPage(PageContext(db_url=ctx.db.url, window=window, core_ctx=ctx))
    window.setCentralWidget(page)
    with qtbot.waitSignal(page.panel.loaded, timeout=10_000):
        page.page_shown()
    combo = page.ui.campaignCombo
    assert combo.count() == 3 and combo.currentText().startswith("SAUTET-2024")  # after "All campaigns"
    assert page.panel.model.rowCount() == 20
    with qtbot.waitSignal(page.panel.loaded, timeout=10_000):
        combo.setCurrentIndex(2)
    page.panel.set_show(Show.DONE)
    assert page.panel.proxy.rowCount() == 22  # 2023's actions, all settled
    # Every campaign: one unit's actions from all its inspections, through the unit filter.
    with qtbot.waitSignal(page.panel.loaded, timeout=10_000):
        combo.setCurrentIndex(0)
    assert combo.currentText() == "All campaigns" and page.panel.model.rowCount() == 42
    page.panel.set_show(Show.ALL)
    units = page.panel.ui.unitCombo
    units.setCurrentIndex(units.findText("Sở Nội vụ", Qt.MatchFlag.MatchContains))
    proxy = page.panel.proxy
    shown = [page.panel.model.action(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]
    assert {a["unit_code"] for a in shown if a} == {"SNV"}
    assert {a["campaign_code"] for a in shown if a} == {"SAUTET-2023", "SAUTET-2024"}

"""The campaigns screen on the demo province: the 2024 dashboard, the comparison with 2023, opening a unit."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from officedesk.gui.campaigns import CampaignsPage
from officedesk.gui.campaigns.models import CampaignListModel, UnitResultsModel
from officedesk.gui.pages import PageContext
from officedesk.rules.vnformat import integer_vi, rate_vi
from officedesk.services import accounts, queries
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import Ctx
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

from .mnemonics import clashes, window_mnemonics

DEMO_PASSWORD = "demo-2024"
# Two weeks after the visits: some corrective actions are past their deadline, some not yet.
REPORT_DAY = datetime(2024, 3, 2, 9, 0, tzinfo=LOCAL)


def demo_ctx(path: Path, username: str = "truongdoan", at: datetime = REPORT_DAY) -> Ctx:
    ctx = Ctx(db=open_database(to_url(path)), clock=FixedClock(at))
    ctx.actor = accounts.authenticate(ctx, username, DEMO_PASSWORD)
    return ctx


def campaign_id(ctx: Ctx, code: str) -> str:
    return queries.resolve(ctx, "campaign", code)


@pytest.fixture
def ctx(demo_copy: Path) -> Iterator[Ctx]:
    c = demo_ctx(demo_copy)
    yield c
    c.db.dispose()


@pytest.fixture
def page(qtbot: QtBot, ctx: Ctx) -> CampaignsPage:
    window = QMainWindow()
    qtbot.addWidget(window)
    page_ctx = PageContext(db_url=ctx.db.url, window=window, core_ctx=ctx)
    page = CampaignsPage(page_ctx)
    window.setCentralWidget(page)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(page.dashboard_loaded, timeout=10_000):
        page.page_shown()
    return page


def test_newest_campaign_is_chosen_with_its_progress(page: CampaignsPage, ctx: Ctx) -> None:
    model = page.campaigns
    assert model.rowCount() == 2
    first = model.index(0, CampaignListModel.Col.CODE).data()
    assert first == "SAUTET-2024"
    assert model.index(0, CampaignListModel.Col.DATES).data() == "15/02/2024 – 16/02/2024"
    assert model.index(0, CampaignListModel.Col.PROGRESS).data() == "23/24 units"
    assert page.ui.progressBar.value() == 23 and page.ui.progressBar.maximum() == 24
    assert page.ui.progressBar.format() == "23/24 units"


def test_the_campaign_last_looked_at_is_shown_again_for_that_person(qtbot: QtBot, page: CampaignsPage,
                                                                    ctx: Ctx) -> None:
    with qtbot.waitSignal(page.dashboard_loaded, timeout=10_000) as shown:
        page.select_campaign(campaign_id(ctx, "SAUTET-2023"))
    assert shown.args == [campaign_id(ctx, "SAUTET-2023")]

    def reopened(c: Ctx) -> str:
        window = QMainWindow()
        qtbot.addWidget(window)
        again = CampaignsPage(PageContext(db_url=c.db.url, window=window, core_ctx=c))
        window.setCentralWidget(again)
        window.show()
        with qtbot.waitSignal(again.dashboard_loaded, timeout=10_000) as loaded:
            again.page_shown()
        return str(loaded.args[0])

    assert reopened(ctx) == campaign_id(ctx, "SAUTET-2023")  # the next start, same person
    other = demo_ctx(Path(ctx.db.url.removeprefix("sqlite:///")), "hoa")
    try:
        assert reopened(other) == campaign_id(ctx, "SAUTET-2024")  # someone else: the newest
    finally:
        other.db.dispose()


def test_dashboard_shows_the_2024_numbers(page: CampaignsPage, ctx: Ctx) -> None:
    totals = queries.campaign_totals(ctx, campaign_id(ctx, "SAUTET-2024"))
    ui = page.ui
    assert ui.lateValue.text() == integer_vi(totals.late) == "15"
    assert ui.unexcusedValue.text() == integer_vi(totals.unexcused)
    assert ui.leftPostValue.text() == integer_vi(totals.left_post)
    assert ui.emptyPostsValue.text() == integer_vi(totals.empty_posts)
    assert ui.rateValue.text() == "2.12%"  # English here: English numbers
    assert f"{totals.headcount:,} staff checked" in ui.peopleLabel.text()  # "1,130 staff checked…"
    assert ui.lateBox.accessibleName() == f"Late: {integer_vi(totals.late)}"
    # The table by unit adds up to the same totals.
    units = page.units
    late = sum(int(units.index(r, UnitResultsModel.Col.LATE).data()) for r in range(units.rowCount())
               if units.index(r, UnitResultsModel.Col.LATE).data() != "—")
    assert late == totals.late


def test_comparison_names_the_previous_campaigns_rate(page: CampaignsPage, ctx: Ctx) -> None:
    previous = queries.campaign_totals(ctx, campaign_id(ctx, "SAUTET-2023"))
    text_ = page.ui.comparisonLabel.text()
    assert rate_vi(previous.violation_rate) == "3,61 %"
    assert text_ == "compared with 3.61% last year"
    assert page.ui.comparisonLabel.isVisible()


def test_in_vietnamese_the_dashboard_writes_numbers_the_vietnamese_way(vietnamese: None, page: CampaignsPage,
                                                                       ctx: Ctx) -> None:
    totals = queries.campaign_totals(ctx, campaign_id(ctx, "SAUTET-2024"))
    assert page.ui.rateValue.text() == rate_vi(totals.violation_rate) == "2,12 %"
    assert page.ui.peopleLabel.text().startswith(f"Đã kiểm tra {integer_vi(totals.headcount)} cán bộ")  # 1.130
    assert page.ui.comparisonLabel.text() == "so với 3,61 % năm trước"
    rate_cells = {page.units.index(r, UnitResultsModel.Col.RATE).data() for r in range(page.units.rowCount())}
    assert "5,56 %" in rate_cells


def test_a_campaign_without_a_previous_one_shows_no_comparison(qtbot: QtBot, page: CampaignsPage) -> None:
    with qtbot.waitSignal(page.dashboard_loaded, timeout=10_000) as blocker:
        page.select_campaign_row(1)
    assert page.dashboard is not None and page.dashboard.campaign["code"] == "SAUTET-2023"
    assert blocker.args == [page.dashboard.campaign["id"]]
    assert page.ui.comparisonLabel.text() == ""
    assert not page.ui.comparisonLabel.isVisible()
    assert page.ui.progressBar.format() == "24/24 units"


def _unit_row(page: CampaignsPage, unit_code: str) -> int:
    proxy = page.unit_proxy
    for r in range(proxy.rowCount()):
        result = page.units.result(proxy.mapToSource(proxy.index(r, 0)).row())
        if result is not None and result.unit_code == unit_code:
            return r
    raise AssertionError(f"{unit_code} not in the table")


def _inspection_of(ctx: Ctx, unit_code: str) -> str:
    rows = [i for i in queries.list_inspections(ctx, campaign_id(ctx, "SAUTET-2024")) if i["unit_code"] == unit_code]
    assert len(rows) == 1
    return str(rows[0]["id"])


def test_the_units_table_fills_its_width_with_every_title_and_number_readable(qtbot: QtBot, page: CampaignsPage) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.unitsTab)
    view = page.ui.unitsView
    header = view.horizontalHeader()
    # The unit's name takes what the numbers leave: no empty strip on the right, no sideways scrolling.
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())
    titles, cells = header.fontMetrics(), view.fontMetrics()
    model = page.units
    for col in range(1, model.columnCount()):
        title = str(model.headerData(col, Qt.Orientation.Horizontal))
        assert header.sectionSize(col) >= titles.horizontalAdvance(title), title
        assert all(header.sectionSize(col) > cells.horizontalAdvance(t) for t in model.texts(col)), title
    window = page.window()
    window.resize(window.width() - 60, window.height())  # narrower: the names give up the room
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())


def test_clicking_a_unit_row_asks_to_open_its_inspection(qtbot: QtBot, page: CampaignsPage, ctx: Ctx) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.unitsTab)
    view = page.ui.unitsView
    index = page.unit_proxy.index(_unit_row(page, "XA01"), 0)
    view.scrollTo(index)
    with qtbot.waitSignal(page.open_inspection_requested, timeout=2000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert blocker.args == [_inspection_of(ctx, "XA01")]


def test_enter_on_a_unit_row_opens_it_too(qtbot: QtBot, page: CampaignsPage, ctx: Ctx) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.unitsTab)
    view = page.ui.unitsView
    view.setFocus()
    view.setCurrentIndex(page.unit_proxy.index(_unit_row(page, "SNV"), 0))
    with qtbot.waitSignal(page.open_inspection_requested, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    # Sở Nội vụ was amended: its current version (2) is the one to open.
    assert blocker.args == [_inspection_of(ctx, "SNV")]
    with ctx.db.engine.connect() as conn:
        version = conn.execute(text("SELECT version FROM inspection WHERE id = :i"), {"i": blocker.args[0]}).scalar()
    assert version == 2


def test_a_unit_not_yet_inspected_opens_nothing(qtbot: QtBot, page: CampaignsPage) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.unitsTab)
    view = page.ui.unitsView
    row = _unit_row(page, "XA11")
    assert page.unit_proxy.index(row, UnitResultsModel.Col.VISITED).data() == "Not inspected yet"
    index = page.unit_proxy.index(row, 0)
    view.scrollTo(index)
    with qtbot.assertNotEmitted(page.open_inspection_requested, wait=100):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert "has not been inspected" in page.ctx.window.statusBar().currentMessage()


def test_clicking_a_bar_asks_to_open_that_units_inspection(qtbot: QtBot, page: CampaignsPage, ctx: Ctx) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.chartTab)
    chart_view = page.chart
    assert chart_view is not None and chart_view.series is not None
    row = next(i for i, r in enumerate(chart_view.rows) if r.unit_code == "XA01")
    # XA01: 1 late, 1 unexcused, 2 empty posts; the middle of its first segment is at x = 0.5.
    chart = chart_view.chart()
    scene_point = chart.mapToPosition(QPointF(0.5, row), chart_view.series)
    pos = chart_view.mapFromScene(chart.mapToScene(scene_point))
    with qtbot.waitSignal(page.open_inspection_requested, timeout=2000) as blocker:
        qtbot.mouseClick(chart_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [_inspection_of(ctx, "XA01")]


def test_chart_shows_only_units_with_findings_worst_on_top(page: CampaignsPage) -> None:
    chart = page.chart
    assert chart is not None
    totals = [r.counts.violations + r.counts.empty_posts for r in chart.rows if r.counts is not None]
    assert all(t > 0 for t in totals)
    assert totals == sorted(totals)  # drawn bottom-up: the last category is the top bar
    assert chart.rows[-1].unit_code in ("XA01", "SYT")
    assert "left_early" not in chart.kinds  # nobody left early in 2024: no empty legend entry


def test_overdue_actions_counted_in_the_tab_title(page: CampaignsPage, ctx: Ctx) -> None:
    with ctx.db.engine.connect() as conn:
        overdue = conn.execute(text(
            "SELECT COUNT(*) FROM corrective_action a JOIN inspection i ON i.id = a.inspection_id "
            "WHERE i.campaign_id = :c AND a.status = 'open' AND a.deadline < '2024-03-02'"),
            {"c": campaign_id(ctx, "SAUTET-2024")}).scalar()
    assert overdue
    tabs = page.ui.tabs
    assert tabs.tabText(tabs.indexOf(page.ui.actionsTab)) == f"Corrective &actions ({overdue} overdue)"


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, page: CampaignsPage) -> None:
    qtmodeltester.check(page.campaigns)
    qtmodeltester.check(page.units)
    qtmodeltester.check(page.unit_proxy)


def test_qtcharts_waits_for_the_first_dashboard() -> None:
    """Importing the screen (at start-up, when the shell builds its first page) does not load QtCharts."""
    code = ("import sys; import officedesk.gui.campaigns; import officedesk.gui.actions; "
            "assert 'PySide6.QtCharts' not in sys.modules, 'QtCharts imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("language", ["en", "vi"])
def test_alt_keys_are_unique_in_the_main_window(qtbot: QtBot, ctx: Ctx, language: str,
                                                request: pytest.FixtureRequest) -> None:
    """Alt+letter keys may not clash on any tab, in either language (translators pick their own letters)."""
    if language == "vi":
        request.getfixturevalue("vietnamese")
    from officedesk.gui.main_window import MainWindow
    from officedesk.gui.pages import PageSpec, default_pages

    pages = [PageSpec(s.key, s.title, s.icon, (lambda pc: CampaignsPage(pc)) if s.key == "campaigns" else s.factory,
                      s.description) for s in default_pages()]
    window = MainWindow(ctx.db.url, pages=pages)
    window.ctx.core_ctx = ctx
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("campaigns")
    page = window.page_widget("campaigns")
    assert isinstance(page, CampaignsPage)
    qtbot.waitSignal(page.dashboard_loaded, timeout=10_000).wait()
    for tab in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(tab)
        assert clashes(window_mnemonics(window)) == {}, f"on the tab {page.ui.tabs.tabText(tab)!r}"


def _unnamed_focusable(top: QWidget) -> list[str]:
    """Focusable widgets that a screen reader could not name: no accessible name and no label pointing at them."""
    from PySide6.QtWidgets import QLabel

    buddies = {id(lab.buddy()) for lab in top.findChildren(QLabel) if lab.buddy() is not None}
    missing = []
    for w in top.findChildren(QWidget):
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isVisibleTo(top) or w.objectName().startswith("qt_"):
            continue
        if w.metaObject().className() in ("QScrollBar", "QWidget", "QScrollArea", "QTabBar"):
            continue
        if not w.accessibleName() and id(w) not in buddies and not getattr(w, "text", lambda: "")():
            missing.append(f"{w.metaObject().className()} {w.objectName()}")
    return missing


def test_every_focusable_widget_has_a_name(qtbot: QtBot, page: CampaignsPage, ctx: Ctx) -> None:
    from officedesk.gui.actions.update_dialog import ActionUpdateDialog
    from officedesk.gui.campaigns import reads
    from officedesk.gui.campaigns.editor import CampaignEditorDialog

    for tab in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(tab)
        assert _unnamed_focusable(page) == [], page.ui.tabs.tabText(tab)
    editor = CampaignEditorDialog(ctx, reads.editor_data(ctx, campaign_id(ctx, "SAUTET-2024")))
    qtbot.addWidget(editor)
    for tab in range(editor.ui.tabs.count()):
        editor.ui.tabs.setCurrentIndex(tab)
        assert _unnamed_focusable(editor) == [], editor.ui.tabs.tabText(tab)
    panel = page.actions_panel
    panel.ui.actionsView.setCurrentIndex(panel.proxy.index(0, 0))
    update = ActionUpdateDialog(panel.current_action() or {}, REPORT_DAY.date())
    qtbot.addWidget(update)
    assert _unnamed_focusable(update) == []

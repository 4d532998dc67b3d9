"""The entry screen's models pass Qt's model tester, and a status key commits its row and repaints only it."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from officedesk.domain.enums import Status
from officedesk.gui.entry import reads
from officedesk.gui.entry.findings_models import (
    PhotosModel,
    actions_model,
    earlier_actions_model,
    violations_model,
)
from officedesk.gui.entry.page import InspectionEntryPage
from officedesk.gui.entry.posts_model import PostsModel
from officedesk.gui.entry.roster_model import Col, RosterModel
from officedesk.services import queries
from officedesk.services.context import Ctx

from . import conftest_entry as fx

demo_master = fx.demo_master
demo_db = fx.demo_db
ctx = fx.ctx


def test_roster_model(qtmodeltester: ModelTester, ctx: Ctx) -> None:
    model = RosterModel()
    model.load(queries.roster(ctx, fx.draft_id(ctx)))
    model.set_read_only(False)
    model.edit_handler = lambda _row, _col, _value: True
    qtmodeltester.check(model)
    first = model.row(0)
    model.update(first.id, status=Status.UNEXCUSED, unmarked=False)
    assert model.index(0, Col.STATUS).data() == "Unexcused absence"
    assert model.index(0, Col.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    unmarked = next(i for i, r in enumerate(model.rows()) if r.unmarked)
    assert model.index(unmarked, Col.STATUS).data() == "Not marked"
    assert model.index(unmarked, Col.NAME).data(Qt.ItemDataRole.FontRole).italic()
    qtmodeltester.check(model)


def test_posts_model(qtmodeltester: ModelTester, ctx: Ctx) -> None:
    model = PostsModel()
    model.refresh(queries.post_checks(ctx, fx.signed_id(ctx, "XA01")))
    assert model.rowCount() >= 1
    qtmodeltester.check(model)


def test_findings_models(qtmodeltester: ModelTester, ctx: Ctx) -> None:
    insp = fx.signed_id(ctx, "XA01")
    header = reads.header(ctx, insp)
    assert header is not None
    violations = violations_model()
    violations.load(reads.violations(ctx, fx.signed_id(ctx, "XA05")))
    assert violations.rowCount() == 1
    actions = actions_model()
    actions.load(reads.actions(ctx, insp))
    earlier = earlier_actions_model()
    earlier.load(reads.open_earlier_actions(ctx, header["unit_id"], "another lineage"))
    photos = PhotosModel()
    photos.load(reads.attachments(ctx, insp))
    assert photos.rowCount() == 1 and photos.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    for model in (violations, actions, earlier, photos):
        qtmodeltester.check(model)


def test_a_status_key_commits_the_row_and_tells_the_view(qtbot: QtBot, ctx: Ctx) -> None:
    """Each status key commits its row and emits dataChanged for that row alone (timing: `make bench`)."""
    page = InspectionEntryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitExposed(page)
    insp = page.start_new(fx.campaign_id(ctx), fx.unit_id(ctx, "XA11"), date(2024, 2, 15), time(7, 40))
    assert insp is not None
    view = page.ui.rosterView
    rows = min(page.roster.rowCount(), 6)
    changed: list[tuple[int, int]] = []
    page.roster.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    for n in range(rows):
        view.move_to_row(n)
        changed.clear()
        qtbot.keyClick(view, Qt.Key.Key_K if n % 2 == 0 else Qt.Key.Key_C)
        assert changed and all(top == bottom == n for top, bottom in changed)
    statuses = {r["id"]: r["status"] for r in queries.roster(ctx, insp)}
    for n in range(rows):
        row = page.roster.row(n)
        assert statuses[row.id] == ("unexcused" if n % 2 == 0 else "on_time")

"""docs/permissions.md is the permission table, and every cell of it is what the services do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from officedesk.domain.enums import ActionStatus, Role, SignBlock, Status, UnitKind
from officedesk.errors import PermissionDenied, UserError
from officedesk.services import accounts, campaigns, findings, inspections, org, permissions, queries, signoff
from officedesk.services.context import Ctx
from officedesk.services.permissions import Action
from officedesk.services.signoff import SignatoryInput

if TYPE_CHECKING:
    from tests.services.conftest import Org

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
# The account that plays each role; the team leader, the inspector and the viewer are members of campaign C24.
PLAYER = {Role.ADMIN: "admin", Role.TEAM_LEADER: "lead", Role.INSPECTOR: "insp", Role.UNIT_HEAD: "head",
          Role.VIEWER: "viewer"}


def doc_table() -> dict[tuple[Role, Action], bool]:
    lines = [line for line in DOC.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    roles = [Role(c.strip()) for c in lines[0].strip("|").split("|")[1:]]
    table = {}
    for line in lines[2:]:
        action, *cells = (c.strip() for c in line.strip("|").split("|"))
        for role, cell in zip(roles, cells, strict=True):
            assert cell in ("yes", "—"), line
            table[(role, Action(action))] = cell == "yes"
    return table


def test_the_document_holds_exactly_the_generated_table() -> None:
    text = DOC.read_text(encoding="utf-8")
    table = "".join(line + "\n" for line in text.splitlines() if line.startswith("|"))
    assert table == permissions.permissions_markdown()
    intro = text.split("|", 1)[0]
    assert len(intro.split()) > 30, "the table needs its short introduction"
    assert set(doc_table()) == {(r, a) for r in Role for a in Action}


# Each action's representative call, made with the role's context; `system` prepares what it needs first.
def _view(o: Org, ctx: Ctx) -> None:
    insp = o.open("U")
    assert queries.roster(ctx, insp) and queries.list_inspections(ctx)


def _report(o: Org, ctx: Ctx) -> None:
    o.sign(o.open("U"))
    assert queries.campaign_counts(ctx, o.campaigns["C24"])[0].counts.headcount == len(o.ON_ROSTER_U)


def _manage_accounts(o: Org, ctx: Ctx) -> None:
    accounts.create_user(ctx, username="moi", full_name="Người mới", role=Role.VIEWER, password=o.PASSWORD)


def _manage_org(o: Org, ctx: Ctx) -> None:
    org.add_unit(ctx, code="NEW", name="Đơn vị mới", kind=UnitKind.DEPARTMENT, parent_code="P")


def _manage_campaigns(o: Org, ctx: Ctx) -> None:
    campaigns.create_campaign(ctx, code="NEW", name="Đợt mới", legal_basis="", start_date=date(2024, 3, 1),
                              end_date=date(2024, 3, 2), parent_agency="", agency="", place="")


def _record(o: Org, ctx: Ctx) -> None:
    insp = o.open("U")
    inspections.set_status(ctx, str(o.roster(insp)["U-001"]["id"]), Status.UNEXCUSED)


def _sign_on_spot(o: Org, ctx: Ctx) -> None:
    insp = o.open("U")
    inspections.mark_rest_present(o.ctx, insp)
    signoff.sign_off(ctx, insp, o.TEAM_SIGNATURES)  # the unit's and the team's signatures, under one session


def _sign_as_unit_head(o: Org, ctx: Ctx) -> None:
    insp = o.open("U")
    inspections.mark_rest_present(o.ctx, insp)
    # Only the unit's block, signed with one's own account. Anyone but the unit head is told the team must sign.
    signoff.sign_off(ctx, insp, [SignatoryInput(SignBlock.UNIT, "Trần Văn Thủ", "Giám đốc")])


def _amend(o: Org, ctx: Ctx) -> None:
    insp = o.open("U")
    o.sign(insp)
    signoff.amend(ctx, insp, "Đơn vị bổ sung giấy đi công tác")


def _update_actions(o: Org, ctx: Ctx) -> None:
    insp = o.open("U")
    action = findings.add_action(o.ctx, insp, description="Chấn chỉnh giờ giấc", deadline=date(2024, 3, 1))
    o.sign(insp)
    findings.update_action(ctx, action, status=ActionStatus.DONE, note="Đã kiểm điểm")


def _exchange(o: Org, ctx: Ctx) -> None:
    # Bundles and sync have no service yet (officedesk/exchange is empty): the gate they will call.
    permissions.require(ctx.actor.role, Action.EXCHANGE)


CALLS: dict[Action, Callable[[Org, Ctx], None]] = {
    Action.VIEW: _view, Action.REPORT: _report, Action.MANAGE_ACCOUNTS: _manage_accounts,
    Action.MANAGE_ORG: _manage_org, Action.MANAGE_CAMPAIGNS: _manage_campaigns, Action.RECORD: _record,
    Action.SIGN_ON_SPOT: _sign_on_spot, Action.SIGN_AS_UNIT_HEAD: _sign_as_unit_head, Action.AMEND: _amend,
    Action.UPDATE_ACTIONS: _update_actions, Action.EXCHANGE: _exchange,
}


def test_every_action_has_a_representative_call() -> None:
    assert set(CALLS) == set(Action)


@pytest.mark.parametrize("action", list(Action), ids=str)
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_each_role_and_action_as_documented(org_db: Org, role: Role, action: Action) -> None:
    permitted = doc_table()[(role, action)]
    assert permitted == permissions.allowed(role, action)
    ctx = org_db.as_(PLAYER[role])
    if permitted:
        CALLS[action](org_db, ctx)
    else:
        # A refusal is a PermissionDenied, except that signing with only the unit's block, by anyone but the
        # unit's head, is refused for the missing team signature.
        refusal = UserError if action == Action.SIGN_AS_UNIT_HEAD and role != Role.VIEWER else PermissionDenied
        with pytest.raises(refusal):
            CALLS[action](org_db, ctx)


def test_an_inspector_outside_the_team_cannot_record(org_db: Org) -> None:
    outsider = org_db.as_("outsider")
    with pytest.raises(PermissionDenied, match="not a member"):
        inspections.open_inspection(outsider, campaign_id=org_db.campaigns["C24"], unit_id=org_db.units["U"],
                                    visit_date=org_db.DAY, check_time=org_db.ctx.clock.local_time())
    insp = org_db.open("U")
    obs = str(org_db.roster(insp)["U-001"]["id"])
    with pytest.raises(PermissionDenied, match="not a member"):
        inspections.set_status(outsider, obs, Status.UNEXCUSED)
    with pytest.raises(PermissionDenied, match="not a member"):
        inspections.mark_rest_present(outsider, insp)
    inspections.set_status(org_db.as_("insp"), obs, Status.UNEXCUSED)  # a member may
    assert org_db.roster(insp)["U-001"]["status"] == Status.UNEXCUSED


def test_a_viewer_cannot_record(org_db: Org) -> None:
    insp = org_db.open("U")
    viewer = org_db.as_("viewer")
    for attempt in (lambda: inspections.set_status(viewer, str(org_db.roster(insp)["U-001"]["id"]), Status.LATE),
                    lambda: inspections.mark_rest_present(viewer, insp),
                    lambda: inspections.add_person_on_spot(viewer, insp, full_name="Ai Đó"),
                    lambda: findings.add_violation(viewer, insp, category_code="FESTIVAL")):
        with pytest.raises(PermissionDenied):
            attempt()
    assert all(r["unmarked"] for r in org_db.roster(insp).values())


def test_a_unit_head_signs_only_their_own_unit(org_db: Org) -> None:
    unit_only = [SignatoryInput(SignBlock.UNIT, "Trần Văn Thủ", "Giám đốc")]
    insp = org_db.open("U")
    inspections.mark_rest_present(org_db.ctx, insp)
    with pytest.raises(PermissionDenied, match="own unit"):
        signoff.sign_off(org_db.as_("headv"), insp, unit_only)  # the head of V
    # Nor may a unit head put the team's signature on the minutes.
    with pytest.raises(PermissionDenied):
        signoff.sign_off(org_db.as_("head"), insp, org_db.TEAM_SIGNATURES)
    signoff.sign_off(org_db.as_("head"), insp, unit_only)
    with org_db.ctx.db.engine.connect() as conn:
        method = conn.exec_driver_sql("SELECT method FROM signoff WHERE inspection_id = ?", (insp,)).scalar()
    assert method == "account"


def test_only_an_administrator_creates_accounts(org_db: Org) -> None:
    for username in ("lead", "insp", "head", "viewer", "outsider"):
        with pytest.raises(PermissionDenied):
            accounts.create_user(org_db.as_(username), username=f"x{username}", full_name="X", role=Role.VIEWER,
                                 password=org_db.PASSWORD)
    accounts.create_user(org_db.as_("admin"), username="moi", full_name="Người mới", role=Role.VIEWER,
                         password=org_db.PASSWORD)
    assert {u["username"] for u in accounts.list_users(org_db.ctx)} >= {"moi"}
    assert not {u["username"] for u in accounts.list_users(org_db.ctx)} & {"xlead", "xinsp", "xhead", "xviewer"}

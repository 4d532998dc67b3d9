"""services.campaigns.update_campaign, which the campaign editor saves through (no display needed).

Kept beside the editor's tests because the campaigns screen's engineer owns them; they belong in tests/services.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from officedesk.domain.enums import TeamRole
from officedesk.errors import PermissionDenied, UserError
from officedesk.gui.campaigns import reads
from officedesk.services import accounts, campaigns, queries
from officedesk.services.campaigns import MemberInput
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import Ctx
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database


@pytest.fixture
def ctx(demo_copy: Path) -> Iterator[Ctx]:
    c = Ctx(db=open_database(to_url(demo_copy)), clock=FixedClock(datetime(2024, 2, 20, 9, 0, tzinfo=LOCAL)))
    c.actor = accounts.authenticate(c, "truongdoan", "demo-2024")
    yield c
    c.db.dispose()


def current(ctx: Ctx, code: str = "SAUTET-2024") -> tuple[str, dict[str, Any]]:
    cid = queries.resolve(ctx, "campaign", code)
    data = reads.editor_data(ctx, cid)
    assert data.campaign is not None
    c = data.campaign
    kwargs = {"code": c["code"], "name": c["name"], "legal_basis": c["legal_basis"], "start_date": c["start_date"],
              "end_date": c["end_date"], "parent_agency": c["parent_agency"], "agency": c["agency"],
              "place": c["place"], "number_symbol": c["number_symbol"],
              "members": [MemberInput(m["full_name"], m["title"], TeamRole(m["team_role"]), m["username"])
                          for m in c["members"]],
              "unit_codes": list(c["unit_codes"]), "previous_campaign_code": c["previous_code"]}
    return cid, kwargs


def test_update_changes_fields_and_is_audited(ctx: Ctx) -> None:
    cid, kw = current(ctx)
    campaigns.update_campaign(ctx, cid, **{**kw, "name": "  Kiểm tra   sau Tết  ", "end_date": date(2024, 2, 19)})
    with ctx.db.engine.connect() as conn:
        name, end = conn.execute(text("SELECT name, end_date FROM campaign WHERE id = :i"), {"i": cid}).one()
        detail = conn.execute(text("SELECT detail FROM audit_log WHERE action = 'campaign.update' "
                                   "AND entity_id = :i"), {"i": cid}).scalar()
    assert (name, str(end)) == ("Kiểm tra sau Tết", "2024-02-19")
    assert '"changed":["end_date","name"]' in detail.replace(" ", "")


def test_a_member_taken_out_and_put_back_comes_back_to_life(ctx: Ctx) -> None:
    cid, kw = current(ctx)
    hoa = next(m for m in kw["members"] if m.full_name == "Nguyễn Thị Hoa")
    campaigns.update_campaign(ctx, cid, **{**kw, "members": [m for m in kw["members"] if m is not hoa]})
    assert [m["full_name"] for m in reads.team(ctx, cid)] == ["Phạm Quang Nghĩa", "Đỗ Văn Hùng"]
    campaigns.update_campaign(ctx, cid, **{**kw, "members": [*kw["members"][:1], MemberInput(
        "Nguyễn Thị Hoa", "Chuyên viên chính", TeamRole.MINUTE_TAKER, "hoa"), kw["members"][2]]})
    team = reads.team(ctx, cid)
    assert [(m["full_name"], m["team_role"]) for m in team] == [
        ("Phạm Quang Nghĩa", "leader"), ("Nguyễn Thị Hoa", "minute_taker"), ("Đỗ Văn Hùng", "minute_taker")]
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT COUNT(*) FROM campaign_member WHERE campaign_id = :i AND full_name = :n"),
                            {"i": cid, "n": "Nguyễn Thị Hoa"}).scalar()
    assert rows == 1  # the same row, revived: (campaign, name) is unique


def test_an_inspected_unit_cannot_be_taken_out(ctx: Ctx) -> None:
    cid, kw = current(ctx)
    with pytest.raises(UserError, match="already been inspected"):
        campaigns.update_campaign(ctx, cid, **{**kw, "unit_codes": [u for u in kw["unit_codes"] if u != "XA01"]})
    campaigns.update_campaign(ctx, cid, **{**kw, "unit_codes": [u for u in kw["unit_codes"] if u != "XA11"]})
    campaigns.update_campaign(ctx, cid, **kw)  # and back in
    assert "XA11" in (reads.editor_data(ctx, cid).campaign or {})["unit_codes"]


def test_comparisons_cannot_go_round_in_a_circle(ctx: Ctx) -> None:
    cid_2023, kw = current(ctx, "SAUTET-2023")
    with pytest.raises(UserError, match="compared with itself"):
        campaigns.update_campaign(ctx, cid_2023, **{**kw, "previous_campaign_code": "SAUTET-2024"})
    with pytest.raises(UserError, match="compared with itself"):
        campaigns.update_campaign(ctx, cid_2023, **{**kw, "previous_campaign_code": "SAUTET-2023"})


def test_bad_input_is_refused_in_words(ctx: Ctx) -> None:
    cid, kw = current(ctx)
    for change, words in (({"code": " "}, "code and a name"),
                          ({"end_date": date(2024, 2, 1)}, "ends before it starts"),
                          ({"code": "SAUTET-2023"}, "already exists"),
                          ({"members": [MemberInput("A"), MemberInput("A")]}, "twice"),
                          ({"unit_codes": ["NOPE"]}, "No unit"),
                          ({"members": [MemberInput("A", username="nobody")]}, "No account")):
        with pytest.raises(UserError, match=words):
            campaigns.update_campaign(ctx, cid, **{**kw, **change})


def test_only_those_who_plan_campaigns_may_change_one(ctx: Ctx) -> None:
    cid, kw = current(ctx)
    ctx.actor = accounts.authenticate(ctx, "hoa", "demo-2024")  # an inspector
    with pytest.raises(PermissionDenied):
        campaigns.update_campaign(ctx, cid, **kw)

"""Sign-off: what it refuses, the minutes numbers it gives, and amendments keeping them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from officedesk.domain.enums import InspectionState, SignBlock, Status
from officedesk.errors import LockedError, UserError
from officedesk.services import inspections, queries, signoff
from officedesk.services.signoff import SignatoryInput

if TYPE_CHECKING:
    from tests.services.conftest import Org


def _numbers(org_db: Org) -> dict[str, str | None]:
    return {r["id"]: r["number_text"] for r in queries.list_inspections(org_db.ctx, all_versions=True)}


def test_sign_off_refuses_unmarked_people_and_missing_signatures(org_db: Org) -> None:
    insp = org_db.open("U")
    inspections.set_status(org_db.ctx, str(org_db.roster(insp)["U-001"]["id"]), Status.UNEXCUSED)
    with pytest.raises(UserError, match=f"{len(org_db.ON_ROSTER_U) - 1} people are not marked"):
        signoff.sign_off(org_db.ctx, insp, org_db.TEAM_SIGNATURES)
    inspections.mark_rest_present(org_db.ctx, insp)
    with pytest.raises(UserError, match="missing: team"):
        signoff.sign_off(org_db.ctx, insp, [SignatoryInput(SignBlock.UNIT, "Trần Văn Thủ")])
    with pytest.raises(UserError, match="needs a name"):
        signoff.sign_off(org_db.ctx, insp, [SignatoryInput(SignBlock.UNIT, " "), SignatoryInput(SignBlock.TEAM, "A")])
    assert _numbers(org_db) == {insp: None}
    signoff.sign_off(org_db.ctx, insp, org_db.TEAM_SIGNATURES)
    with pytest.raises(LockedError):
        signoff.sign_off(org_db.ctx, insp, org_db.TEAM_SIGNATURES)
    assert _numbers(org_db) == {insp: "01/BB-ĐKT-T1"}


def test_numbers_count_per_campaign_and_survive_amendment(org_db: Org) -> None:
    first, second = org_db.open("U"), org_db.open("V")
    other = org_db.open("U", campaign="C24B")
    for insp in (first, second, other):
        org_db.sign(insp)
    numbers = _numbers(org_db)
    assert (numbers[first], numbers[second], numbers[other]) == ("01/BB-ĐKT-T1", "02/BB-ĐKT-T1", "01/BB-ĐKT-T1")

    lead = org_db.as_("lead")
    amended = signoff.amend(lead, first, "Đơn vị bổ sung giấy mời họp")
    with pytest.raises(UserError, match="newer version"):
        signoff.amend(lead, first, "lần nữa")
    assert _numbers(org_db)[amended] == "01/BB-ĐKT-T1"  # the draft already carries its lineage's number
    inspections.set_status(org_db.ctx, str(org_db.roster(amended)["U-001"]["id"]), Status.EXCUSED)
    signoff.sign_off(lead, amended, org_db.TEAM_SIGNATURES)
    third = org_db.open("V", check=time(9, 0))
    org_db.sign(third)
    numbers = _numbers(org_db)
    # The amendment keeps its lineage's number; the counter moves on only for a new inspection.
    assert numbers[amended] == "01/BB-ĐKT-T1"
    assert numbers[third] == "03/BB-ĐKT-T1"
    with org_db.ctx.db.engine.connect() as conn:
        counters = dict(conn.execute(text("SELECT campaign_id, last_number FROM number_counter")).all())
    assert counters == {org_db.campaigns["C24"]: 3, org_db.campaigns["C24B"]: 1}
    current = {r["id"]: r for r in queries.list_inspections(org_db.ctx)}
    assert first not in current and current[amended]["version"] == 2


def test_two_installations_never_issue_the_same_number(make_org: Callable[..., Org]) -> None:
    shared_campaign = "2f0c1d0e-0000-4000-8000-00000000c024"  # the same campaign, planned once, on both laptops
    laptops = [make_org(code, campaign_id=shared_campaign) for code in ("A1", "B2")]
    issued: list[set[str]] = []
    for laptop in laptops:
        assert laptop.campaigns["C24"] == shared_campaign
        for unit in ("U", "V", "U"):
            laptop.sign(laptop.open(unit, check=time(8, 0) if unit == "V" else time(9, 0)))
        issued.append({str(n) for n in _numbers(laptop).values()})
    assert issued[0] == {"01/BB-ĐKT-A1", "02/BB-ĐKT-A1", "03/BB-ĐKT-A1"}
    assert issued[1] == {"01/BB-ĐKT-B2", "02/BB-ĐKT-B2", "03/BB-ĐKT-B2"}
    assert not issued[0] & issued[1]


def test_signing_stores_the_content_hash_and_locks(org_db: Org) -> None:
    insp = org_db.open("U")
    signoff_id = org_db.sign(insp)
    with org_db.ctx.db.session() as s:
        digest = signoff.content_hash(s, insp)
        assert signoff.verify_signed(s) == []
    with org_db.ctx.db.engine.connect() as conn:
        row = conn.execute(text("SELECT state, content_hash, end_time FROM inspection WHERE id = :i"), {"i": insp}).one()
        so = conn.execute(text("SELECT content_hash, method FROM signoff WHERE id = :i"), {"i": signoff_id}).one()
        blocks = conn.execute(text("SELECT block FROM signatory WHERE signoff_id = :i ORDER BY block"),
                              {"i": signoff_id}).scalars().all()
    assert (row[0], row[1], so[0], so[1]) == (InspectionState.SIGNED, digest, digest, "on_spot")
    assert row[2].startswith("08:30")
    assert blocks == ["team", "unit"]
    with pytest.raises(LockedError):
        inspections.mark_rest_present(org_db.ctx, insp)

"""Recording an inspection: the roster of the day, working days, lateness as stored, posts, counts and flags."""

from __future__ import annotations

from collections import Counter
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from officedesk.domain.enums import CalendarDayKind, ExcuseReason, PostState, Status
from officedesk.errors import UserError
from officedesk.services import findings, inspections, org, queries
from officedesk.services.clock import FixedClock

if TYPE_CHECKING:
    from tests.services.conftest import Org

DAY = date(2024, 2, 15)  # Org.DAY: Thursday, the first working day after Tết Giáp Thìn


def test_the_roster_is_the_staff_on_the_day_with_sub_units(org_db: Org) -> None:
    insp = org_db.open("U")
    rows = org_db.roster(insp)
    assert set(rows) == org_db.ON_ROSTER_U
    assert all(r["unmarked"] and r["status"] == Status.ON_TIME for r in rows.values())
    # A commune under the city is inspected on its own, not as part of the city's roster.
    assert set(org_db.roster(org_db.open("V"))) == {"V-001", "V-002"}
    # The next day: U-004 has joined.
    org_db.ctx.clock.set_local(date(2024, 2, 16), time(10, 0))  # type: ignore[attr-defined]
    assert set(org_db.roster(org_db.open("U", day=date(2024, 2, 16)))) == org_db.ON_ROSTER_U | {"U-004"}


@pytest.mark.parametrize("day", [date(2024, 2, 17), date(2024, 2, 12)], ids=["saturday", "tet"])
def test_no_inspection_on_a_day_that_is_not_worked(org_db: Org, day: date) -> None:
    org_db.ctx.clock.set_local(day, time(10, 0))  # type: ignore[attr-defined]
    with pytest.raises(UserError, match="not a working day"):
        org_db.open("U", day=day)
    assert queries.list_inspections(org_db.ctx) == []


def test_days_changed_by_notice(org_db: Org) -> None:
    saturday, friday = date(2024, 2, 24), date(2024, 2, 23)
    org.add_calendar_override(org_db.ctx, saturday, CalendarDayKind.WORKING, "Làm bù")
    org.add_calendar_override(org_db.ctx, friday, CalendarDayKind.OFF, "Nghỉ bù")
    clock: FixedClock = org_db.ctx.clock  # type: ignore[assignment]
    clock.set_local(saturday, time(10, 0))
    assert org_db.open("U", day=saturday)
    with pytest.raises(UserError, match="not a working day"):
        org_db.open("U", day=friday)


def test_no_check_time_in_the_future(org_db: Org) -> None:
    with pytest.raises(UserError, match="future"):
        org_db.open("U", check=time(10, 30))  # the clock says 10:00
    with pytest.raises(UserError, match="future"):
        org_db.open("U", day=date(2024, 2, 16))
    assert org_db.open("U", check=time(10, 0))


@pytest.mark.parametrize(("arrival", "chosen", "status", "late"), [
    (time(7, 35, 59), Status.LATE, Status.ON_TIME, 0),
    (time(7, 36, 0), Status.LATE, Status.LATE, 6),
    (time(7, 42, 10), Status.LATE, Status.LATE, 12),
    (time(7, 36, 0), Status.ON_TIME, Status.LATE, 6),  # "on time" with a late arrival time is late
    (time(7, 30), Status.ON_TIME, Status.ON_TIME, 0),
])
def test_minutes_late_are_stored_as_domain_md_says(org_db: Org, arrival: time, chosen: Status, status: Status,
                                                   late: int) -> None:
    insp = org_db.open("U", check=time(8, 0))
    obs = org_db.roster(insp)["U-009"]["id"]
    result = inspections.set_status(org_db.ctx, str(obs), chosen, arrival=arrival)
    assert (result.status, result.minutes_late) == (status, late)
    row = org_db.roster(insp)["U-009"]
    assert (row["status"], row["minutes_late"], row["arrival_time"], row["unmarked"]) == (status, late, arrival, False)


def test_the_afternoon_session_counts_from_its_own_start(org_db: Org) -> None:
    org_db.ctx.clock.set_local(DAY, time(15, 0))  # type: ignore[attr-defined]
    insp = org_db.open("U", check=time(14, 0))
    obs = str(org_db.roster(insp)["U-009"]["id"])
    assert inspections.set_status(org_db.ctx, obs, Status.LATE, arrival=time(13, 42, 10)).minutes_late == 12
    with pytest.raises(UserError, match="future"):
        inspections.set_status(org_db.ctx, obs, Status.LATE, arrival=time(15, 5))


def test_a_late_mark_needs_the_arrival_time(org_db: Org) -> None:
    insp = org_db.open("U")
    with pytest.raises(UserError, match="arrival time"):
        inspections.set_status(org_db.ctx, str(org_db.roster(insp)["U-009"]["id"]), Status.LATE)


def _post(org_db: Org, insp: str, code: str) -> dict[str, object]:
    return next(p for p in queries.post_checks(org_db.ctx, insp) if p["code"] == code)


@pytest.mark.parametrize(("status", "arrival", "state"), [
    (Status.LATE, time(8, 10), PostState.EMPTY),  # late and not yet arrived at the 08:00 check
    (Status.LATE, time(7, 50), PostState.STAFFED),  # late but there by the check
    (Status.EXCUSED, None, PostState.EMPTY),  # away with permission: the unit should have arranged cover
    (Status.UNEXCUSED, None, PostState.EMPTY),
    (Status.LEFT_POST, None, PostState.EMPTY),
    (Status.ON_TIME, None, PostState.STAFFED),
])
def test_a_required_post_is_empty_when_its_only_officer_is_not_there(org_db: Org, status: Status,
                                                                     arrival: time | None, state: PostState) -> None:
    insp = org_db.open("U", check=time(8, 0))
    obs = str(org_db.roster(insp)["U-008"]["id"])
    inspections.set_status(org_db.ctx, obs, status, arrival=arrival,
                           reason=ExcuseReason.SICK if status == Status.EXCUSED else None)
    q1 = _post(org_db, insp, "U-Q1")
    assert (q1["proposed_state"], q1["state"]) == (state, state)
    assert q1["present_names"] == ("Bùi Thị Khánh" if state == PostState.STAFFED else "")
    # A post that is not required is never reported empty.
    inspections.set_status(org_db.ctx, str(org_db.roster(insp)["U-009"]["id"]), Status.UNEXCUSED)
    assert _post(org_db, insp, "U-Q2")["state"] == PostState.STAFFED


def test_overriding_a_post_needs_a_reason_and_is_kept(org_db: Org) -> None:
    insp = org_db.open("U", check=time(8, 0))
    inspections.set_status(org_db.ctx, str(org_db.roster(insp)["U-008"]["id"]), Status.UNEXCUSED)
    q1 = _post(org_db, insp, "U-Q1")
    assert q1["state"] == PostState.EMPTY
    with pytest.raises(UserError, match="reason"):
        inspections.set_post_state(org_db.ctx, str(q1["id"]), PostState.STAFFED)
    with pytest.raises(UserError, match="reason"):
        inspections.set_post_state(org_db.ctx, str(q1["id"]), PostState.STAFFED, "   ")
    assert _post(org_db, insp, "U-Q1")["state"] == PostState.EMPTY
    inspections.set_post_state(org_db.ctx, str(q1["id"]), PostState.STAFFED, "Đồng chí Long trực thay")
    q1 = _post(org_db, insp, "U-Q1")
    assert (q1["state"], q1["proposed_state"], q1["override_reason"]) == (
        PostState.STAFFED, PostState.EMPTY, "Đồng chí Long trực thay")
    # Later marks recompute the proposal but keep the inspector's word.
    inspections.mark_rest_present(org_db.ctx, insp)
    assert _post(org_db, insp, "U-Q1")["state"] == PostState.STAFFED
    # Agreeing with the proposal needs no reason.
    inspections.set_post_state(org_db.ctx, str(q1["id"]), PostState.EMPTY)
    assert _post(org_db, insp, "U-Q1")["override_reason"] == ""


def test_everyone_else_present_marks_only_the_unmarked(org_db: Org) -> None:
    insp = org_db.open("U", check=time(8, 0))
    rows = org_db.roster(insp)
    inspections.set_status(org_db.ctx, str(rows["U-001"]["id"]), Status.UNEXCUSED)
    inspections.set_status(org_db.ctx, str(rows["U-002"]["id"]), Status.LATE, arrival=time(7, 50))
    assert inspections.mark_rest_present(org_db.ctx, insp) == len(org_db.ON_ROSTER_U) - 2
    rows = org_db.roster(insp)
    assert (rows["U-001"]["status"], rows["U-002"]["status"], rows["U-002"]["minutes_late"]) == (
        Status.UNEXCUSED, Status.LATE, 20)
    assert {c for c, r in rows.items() if r["status"] == Status.ON_TIME} == org_db.ON_ROSTER_U - {"U-001", "U-002"}
    assert not any(r["unmarked"] for r in rows.values())
    assert inspections.mark_rest_present(org_db.ctx, insp) == 0


def test_a_person_added_on_the_spot(org_db: Org) -> None:
    insp = org_db.open("U")
    with pytest.raises(UserError):
        inspections.add_person_on_spot(org_db.ctx, insp, full_name="  ")
    obs = inspections.add_person_on_spot(org_db.ctx, insp, full_name="Hà  Thị   Xuân".replace("  ", " "),
                                         position="Hợp đồng")
    added = [r for r in org_db.roster(insp).values() if r["added_on_spot"]]
    assert len(added) == 1
    assert (added[0]["id"], added[0]["full_name"], added[0]["position"], added[0]["unmarked"]) == (
        obs, "Hà Thị Xuân", "Hợp đồng", True)
    assert str(added[0]["code"]).startswith("TT-")
    inspections.set_status(org_db.ctx, obs, Status.ON_TIME)
    assert inspections.mark_rest_present(org_db.ctx, insp) == len(org_db.ON_ROSTER_U)


def test_only_a_person_added_on_the_spot_is_withdrawn_and_put_back_as_recorded(org_db: Org) -> None:
    insp = org_db.open("U")
    ctx = org_db.ctx
    obs = inspections.add_person_on_spot(ctx, insp, full_name="Hà Thị Xuân", position="Hợp đồng")
    inspections.set_status(ctx, obs, Status.LATE, arrival=time(7, 50))
    before = org_db.roster(insp)
    on_roster = next(r for r in before.values() if not r["added_on_spot"])
    with pytest.raises(UserError, match="added on the spot"):
        inspections.withdraw_person_on_spot(ctx, str(on_roster["id"]))

    withdrawn = inspections.withdraw_person_on_spot(ctx, obs)
    assert obs not in {str(r["id"]) for r in org_db.roster(insp).values()}
    with pytest.raises(UserError):  # gone already
        inspections.withdraw_person_on_spot(ctx, obs)

    assert inspections.restore_person_on_spot(ctx, withdrawn) == obs
    after = org_db.roster(insp)
    assert after == before  # the same ids, the same late arrival and minutes


def _mark_mix(org_db: Org, insp: str) -> None:
    rows = org_db.roster(insp)
    ctx = org_db.ctx
    inspections.set_status(ctx, str(rows["U-001"]["id"]), Status.LATE, arrival=time(7, 52))
    inspections.set_status(ctx, str(rows["U-002"]["id"]), Status.EXCUSED, reason=ExcuseReason.BUSINESS_TRIP,
                           document_no="12/GĐ")
    inspections.set_status(ctx, str(rows["U-008"]["id"]), Status.UNEXCUSED)  # the counter officer: Q1 is empty
    inspections.set_status(ctx, str(rows["U-007"]["id"]), Status.LEFT_POST, note="Đi uống cà phê")
    inspections.set_status(ctx, str(rows["U-003"]["id"]), Status.LEFT_EARLY, departure=time(9, 0))
    inspections.set_status(ctx, str(rows["US-001"]["id"]), Status.LATE, arrival=time(7, 35))  # within grace
    inspections.mark_rest_present(ctx, insp)
    findings.add_violation(ctx, insp, category_code="FESTIVAL", staff_id=str(rows["U-007"]["staff_id"]),
                           description="Đi lễ đầu năm")


def _recount(rows: list[dict[str, object]]) -> dict[str, int]:
    c = Counter(str(r["status"]) for r in rows)
    return {"headcount": len(rows), "present": c["on_time"] + c["late"], "late": c["late"], "excused": c["excused"],
            "unexcused": c["unexcused"], "left_post": c["left_post"], "left_early": c["left_early"]}


def test_counts_and_flags_match_a_recount(org_db: Org) -> None:
    ctx = org_db.ctx
    first, second, city = org_db.open("U", check=time(8, 0)), org_db.open("U", check=time(9, 0)), org_db.open("V")
    _mark_mix(org_db, first)
    inspections.set_status(ctx, str(org_db.roster(second)["U-010"]["id"]), Status.UNEXCUSED)
    inspections.mark_rest_present(ctx, second)
    inspections.set_status(ctx, str(org_db.roster(city)["V-001"]["id"]), Status.LATE, arrival=time(7, 45))
    inspections.mark_rest_present(ctx, city)

    per_insp = {}
    for insp in (first, second, city):
        rows = queries.roster(ctx, insp)
        counts = queries.inspection_counts(ctx, insp)
        expected = _recount(rows)
        assert {k: getattr(counts, k) for k in expected} == expected
        empty = sum(1 for p in queries.post_checks(ctx, insp) if p["state"] == PostState.EMPTY)
        assert counts.empty_posts == empty
        per_insp[insp] = (expected, empty)
    first_counts = queries.inspection_counts(ctx, first)
    assert (first_counts.late, first_counts.present, first_counts.empty_posts, first_counts.violations) == (1, 5, 1, 4)
    assert first_counts.violation_rate == pytest.approx(100 * 4 / 9)

    # A unit inspected twice in a campaign: its totals add up over both inspections.
    by_unit = {uc.unit_code: uc for uc in queries.campaign_counts(ctx, org_db.campaigns["C24"])}
    assert by_unit["U"].inspections == 2 and by_unit["V"].inspections == 1
    for key in ("headcount", "present", "late", "excused", "unexcused", "left_post", "left_early"):
        assert getattr(by_unit["U"].counts, key) == per_insp[first][0][key] + per_insp[second][0][key]
    assert by_unit["U"].counts.empty_posts == per_insp[first][1] + per_insp[second][1]
    total = queries.campaign_totals(ctx, org_db.campaigns["C24"])
    assert total.headcount == 2 * len(org_db.ON_ROSTER_U) + 2

    # Every flag of the day, against the stored rows.
    flags = queries.flags(ctx, day=DAY)
    people = Counter((f.kind, f.staff_code, f.inspection_id) for f in flags if not f.kind.startswith(("empty", "viol")))
    expected_people = Counter((str(r["status"]), str(r["code"]), insp) for insp in (first, second, city)
                              for r in queries.roster(ctx, insp) if r["status"] != Status.ON_TIME)
    assert people == expected_people
    late = next(f for f in flags if f.kind == "late" and f.staff_code == "U-001")
    assert (late.minutes_late, late.arrival_time, late.unit_code) == (22, time(7, 52), "U")
    early = next(f for f in flags if f.kind == "left_early")
    assert (early.staff_code, early.minutes_early) == ("U-003", 150)  # 09:00 to the morning's end at 11:30
    assert [f.staff_name for f in flags if f.kind == "empty_post"] == ["Quầy tiếp nhận"]
    assert [(f.kind, f.staff_code) for f in flags if f.kind.startswith("violation")] == [("violation:FESTIVAL", "U-007")]
    assert queries.flags(ctx, day=date(2024, 2, 16)) == []
    assert {f.unit_code for f in queries.flags(ctx, day=DAY, unit_id=org_db.units["V"])} == {"V"}


def test_a_new_schedule_version_closes_the_open_one_in_its_stored_rules_too(tmp_path: Path) -> None:
    import json
    from datetime import date as _date

    from sqlalchemy import text as _text

    from officedesk.rules import schedule as sched
    from officedesk.services import org, setup
    from officedesk.services.context import Ctx
    from officedesk.storage.location import to_url
    from officedesk.storage.schema import open_database

    db = open_database(to_url(tmp_path / "s.db"), create=True)
    ctx = Ctx(db=db)
    setup.initialise(ctx, installation_code="T1", installation_name="t")
    base = sched.lao_cai_default()
    org.add_schedule(ctx, code="S", name="S", versions=[base], is_default=True)
    later = sched.ScheduleVersion(valid_from=_date(2025, 10, 15), valid_to=None, seasons=base.seasons,
                                  late_grace_min=10)
    org.add_schedule_version(ctx, "S", later)
    with db.engine.connect() as conn:
        rows = conn.execute(_text("SELECT valid_from, valid_to, rules_json FROM schedule_version "
                                  "ORDER BY valid_from")).all()
    first = sched.from_json(json.loads(rows[0][2]))
    assert str(rows[0][1]) == "2025-10-15" and first.valid_to == _date(2025, 10, 15)
    assert sched.from_json(json.loads(rows[1][2])).late_grace_min == 10
    db.dispose()


def test_a_corrective_action_answers_only_a_finding_of_its_own_inspection(org_db: Org) -> None:
    insp = org_db.open("U")
    ctx = org_db.ctx
    rows = org_db.roster(insp)
    late = str(rows["U-001"]["id"])
    inspections.set_status(ctx, late, Status.LATE, arrival=time(7, 52))
    found = queries.inspection_findings(ctx, insp)
    assert [(f["ref"], f["kind"], f["minutes"]) for f in found] == [(f"observation:{late}", "late", 22)]
    action = findings.add_action(ctx, insp, description="Kiểm điểm", finding_ref=f"observation:{late}")
    with ctx.db.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT finding FROM corrective_action WHERE id = ?", (action,)).scalar()
    assert stored == f"Đi muộn 22 phút: {rows['U-001']['full_name']}"
    for wrong in ("observation:nope", f"violation:{late}", "staff:x"):
        with pytest.raises(UserError, match="not one of this inspection"):
            findings.add_action(ctx, insp, description="Kiểm điểm", finding_ref=wrong)

"""Editing a post: its name and code, who holds it from a day on, and retiring it, with the history kept.

The organisation is tests/services/conftest.py's: the post U-Q1 of Sở Nội vụ is held by U-008 (Bùi Thị Khánh) since
01/01/2000; the clock stands at 10:00 on Thursday 15/02/2024.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date, time
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text

from officedesk.domain.enums import PostState, Status
from officedesk.errors import NotFoundError, PermissionDenied, UserError
from officedesk.services import inspections, org, queries

if TYPE_CHECKING:
    from tests.services.conftest import Org

DAY = date(2024, 2, 15)
NEXT = date(2024, 2, 16)  # Friday, still in the campaign C24
KHANH, MAI, NAM = "Bùi Thị Khánh", "Ngô Thị Mai", "Dương Văn Nam"


def post_id(o: Org, code: str) -> str:
    with o.ctx.db.engine.connect() as conn:
        return str(conn.execute(text("SELECT id FROM post WHERE code = :c"), {"c": code}).scalar_one())


def post_row(o: Org, code: str) -> dict[str, Any]:
    with o.ctx.db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT * FROM post WHERE id = :i"), {"i": post_id(o, code)}).one()._mapping)


def assignments(o: Org, code: str) -> list[tuple[str, str, str | None, bool]]:
    """(staff code, valid_from, valid_to, withdrawn) of the post, as stored."""
    with o.ctx.db.engine.connect() as conn:
        rows = conn.execute(text("""
            SELECT s.code, pa.valid_from, pa.valid_to, pa.deleted_at IS NOT NULL FROM post_assignment pa
            JOIN staff s ON s.id = pa.staff_id WHERE pa.post_id = :p ORDER BY pa.valid_from, s.code"""),
                            {"p": post_id(o, code)}).all()
    return [(r[0], str(r[1]), None if r[2] is None else str(r[2]), bool(r[3])) for r in rows]


def last_audit(o: Org) -> tuple[str, dict[str, Any]]:
    with o.ctx.db.engine.connect() as conn:
        action, detail = conn.execute(text("SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1")).one()
    return action, json.loads(detail)


def checks(o: Org, inspection_id: str) -> dict[str, dict[str, Any]]:
    return {str(r["code"]): r for r in queries.post_checks(o.ctx, inspection_id)}


def set_clock(o: Org, day: date) -> None:
    o.ctx.clock.set_local(day, time(10, 0))  # type: ignore[attr-defined]


def test_a_post_is_renamed_recoded_and_made_optional(org_db: Org) -> None:
    pid = post_id(org_db, "U-Q1")
    decomposed = unicodedata.normalize("NFD", "  Quầy một cửa - Đất đai ")
    org.update_post(org_db.ctx, pid, code="U-DD", name=decomposed, required=False)
    row = post_row(org_db, "U-DD")
    assert (row["code"], row["name"], bool(row["required"])) == ("U-DD", "Quầy một cửa - Đất đai", False)
    assert unicodedata.is_normalized("NFC", row["name"])
    action, detail = last_audit(org_db)
    assert action == "post.update"
    assert detail == {"code": "U-DD", "name": "Quầy một cửa - Đất đai", "required": False}
    assert assignments(org_db, "U-DD") == [("U-008", "2000-01-01", None, False)], "the officers are untouched"


@pytest.mark.parametrize(("changes", "message"), [
    ({"name": "   "}, "needs a name"),
    ({"code": ""}, "needs a code"),
    ({"code": "u-q2"}, "already has a post with code u-q2"),  # another post's code, whatever the case
])
def test_bad_input_is_refused_and_nothing_changes(org_db: Org, changes: dict[str, str], message: str) -> None:
    with pytest.raises(UserError, match=message):
        org.update_post(org_db.ctx, post_id(org_db, "U-Q1"), **changes)  # type: ignore[arg-type]
    row = post_row(org_db, "U-Q1")
    assert (row["code"], row["name"]) == ("U-Q1", "Quầy tiếp nhận")


def test_a_new_post_cannot_take_a_code_in_use(org_db: Org) -> None:
    with pytest.raises(UserError, match="already has a post with code U-q1"):
        org.add_post(org_db.ctx, unit_code="U", code="U-q1", name="Quầy 2")
    with pytest.raises(UserError, match="needs a name"):
        org.add_post(org_db.ctx, unit_code="U", code="U-Q9", name=" ")
    # Another unit may use the same code: codes are the unit's own.
    assert org.add_post(org_db.ctx, unit_code="V", code="U-Q1", name="Quầy tiếp nhận")


def test_changing_officers_keeps_who_held_the_post_before(org_db: Org) -> None:
    before = org_db.open("U", check=time(8, 0))  # 15/02, U-008 at the counter
    inspections.mark_rest_present(org_db.ctx, before)
    assert checks(org_db, before)["U-Q1"]["present_names"] == KHANH

    org.set_post_officers(org_db.ctx, post_id(org_db, "U-Q1"), ["U-010", "US-001"], from_day=NEXT)
    assert assignments(org_db, "U-Q1") == [
        ("U-008", "2000-01-01", "2024-02-16", False),  # holds it until the day before (valid_to is exclusive)
        ("U-010", "2024-02-16", None, False),
        ("US-001", "2024-02-16", None, False),  # a sub-unit's people are the unit's
    ]
    action, detail = last_audit(org_db)
    assert action == "post.officers"
    assert detail == {"from": "2024-02-16", "officers": ["U-010", "US-001"], "added": ["U-010", "US-001"],
                      "ended": 1}

    # An inspection of a day before the change, opened after it, still proposes the officer of that day.
    also_before = org_db.open("U", check=time(9, 0), campaign="C24B")
    inspections.mark_rest_present(org_db.ctx, also_before)
    assert checks(org_db, also_before)["U-Q1"]["present_names"] == KHANH
    # Marking someone again re-proposes the earlier inspection's posts from the same day's officers.
    inspections.set_status(org_db.ctx, str(org_db.roster(before)["U-008"]["id"]), Status.UNEXCUSED)
    assert checks(org_db, before)["U-Q1"]["state"] == PostState.EMPTY
    assert checks(org_db, before)["U-Q1"]["present_names"] == ""

    # From the day of the change, the new officers.
    set_clock(org_db, NEXT)
    after = org_db.open("U", check=time(8, 0), day=NEXT)
    inspections.mark_rest_present(org_db.ctx, after)
    assert set(checks(org_db, after)["U-Q1"]["present_names"].split(", ")) == {NAM, MAI}


def test_an_officer_who_stays_keeps_the_assignment(org_db: Org) -> None:
    pid = post_id(org_db, "U-Q1")
    org.set_post_officers(org_db.ctx, pid, ["U-008", "U-010"], from_day=NEXT)
    assert assignments(org_db, "U-Q1") == [("U-008", "2000-01-01", None, False), ("U-010", "2024-02-16", None, False)]
    seq = last_audit(org_db)
    org.set_post_officers(org_db.ctx, pid, ["U-010", "U-008"], from_day=NEXT)  # the same people: nothing to do
    assert last_audit(org_db) == seq and len(assignments(org_db, "U-Q1")) == 2


def test_changing_again_on_the_same_day_withdraws_the_first_change(org_db: Org) -> None:
    pid = post_id(org_db, "U-Q1")
    org.set_post_officers(org_db.ctx, pid, ["U-010"], from_day=NEXT)
    org.set_post_officers(org_db.ctx, pid, ["U-009"], from_day=NEXT)  # a slip corrected the same day
    assert assignments(org_db, "U-Q1") == [
        ("U-008", "2000-01-01", "2024-02-16", False),
        ("U-009", "2024-02-16", None, False),
        ("U-010", "2024-02-16", None, True),  # withdrawn, not a day-long assignment of nobody's day
    ]
    # Moving the change earlier: the officers of the later day give way too.
    org.set_post_officers(org_db.ctx, pid, ["U-001"], from_day=date(2024, 2, 10))
    live = [a for a in assignments(org_db, "U-Q1") if not a[3]]
    assert live == [("U-008", "2000-01-01", "2024-02-10", False), ("U-001", "2024-02-10", None, False)]


@pytest.mark.parametrize(("code", "message"), [
    ("V-001", "Giàng A Páo works in another unit"),
    ("VX-001", "another unit"),
    ("U-005", "Hoàng Văn Em left the unit on 01/02/2024 and cannot hold the post from 16/02/2024"),
    ("U-404", "No staff member with code U-404"),
])
def test_officers_must_be_on_the_units_staff(org_db: Org, code: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        org.set_post_officers(org_db.ctx, post_id(org_db, "U-Q1"), ["U-010", code], from_day=NEXT)
    assert assignments(org_db, "U-Q1") == [("U-008", "2000-01-01", None, False)]


def test_a_signed_inspection_keeps_its_officers(org_db: Org) -> None:
    insp = org_db.open("U", check=time(8, 0))
    org_db.sign(insp)
    pid = post_id(org_db, "U-Q1")
    with pytest.raises(UserError, match="15/02/2024 that is signed"):
        org.set_post_officers(org_db.ctx, pid, ["U-010"], from_day=DAY)
    with pytest.raises(UserError, match="15/02/2024 that is signed"):
        org.update_post(org_db.ctx, pid, name="Quầy mới", staff_codes=["U-010"], officers_from=date(2024, 1, 1))
    assert post_row(org_db, "U-Q1")["name"] == "Quầy tiếp nhận", "one transaction: the name is not half-saved"
    org.set_post_officers(org_db.ctx, pid, ["U-010"], from_day=NEXT)
    assert checks(org_db, insp)["U-Q1"]["present_names"] == KHANH


def test_update_post_changes_fields_and_officers_together(org_db: Org) -> None:
    pid = post_id(org_db, "U-Q1")
    org.update_post(org_db.ctx, pid, name="Quầy tiếp nhận và trả kết quả", staff_codes=["U-010"])
    assert post_row(org_db, "U-Q1")["name"] == "Quầy tiếp nhận và trả kết quả"
    # Without a day, the officers change from today (the clock's).
    assert assignments(org_db, "U-Q1") == [("U-008", "2000-01-01", "2024-02-15", False),
                                           ("U-010", "2024-02-15", None, False)]


def test_retiring_a_post_ends_its_officers_and_keeps_past_checks(org_db: Org) -> None:
    insp = org_db.open("U", check=time(8, 0))
    inspections.mark_rest_present(org_db.ctx, insp)
    pid = post_id(org_db, "U-Q1")
    with pytest.raises(UserError, match="An inspection of 15/02/2024 checked this post"):
        org.retire_post(org_db.ctx, pid, DAY)
    with pytest.raises(UserError, match="not ahead of time"):
        org.retire_post(org_db.ctx, pid, NEXT)  # the clock says 15/02
    with pytest.raises(UserError, match="existed since 01/01/2000"):
        org.retire_post(org_db.ctx, pid, date(1999, 12, 31))

    set_clock(org_db, date(2024, 2, 20))
    org.retire_post(org_db.ctx, pid, NEXT)
    row = post_row(org_db, "U-Q1")
    assert row["deleted_at"] is not None
    assert assignments(org_db, "U-Q1") == [("U-008", "2000-01-01", "2024-02-16", False)]
    assert last_audit(org_db) == ("post.retire", {"code": "U-Q1", "from": "2024-02-16", "officers_ended": 1})

    # The earlier inspection keeps its check; a new one no longer checks the post.
    assert checks(org_db, insp)["U-Q1"]["present_names"] == KHANH
    later = org_db.open("U", check=time(8, 0), campaign="C24B", day=date(2024, 2, 16))
    assert "U-Q1" not in checks(org_db, later) and "U-Q2" in checks(org_db, later)
    # A retired post is no longer changed, and its code is free again.
    with pytest.raises(UserError, match="retired"):
        org.update_post(org_db.ctx, pid, name="Quầy cũ")
    with pytest.raises(UserError, match="retired"):
        org.retire_post(org_db.ctx, pid, date(2024, 2, 20))
    assert org.add_post(org_db.ctx, unit_code="U", code="U-Q1", name="Quầy tiếp nhận mới")
    with pytest.raises(NotFoundError):
        org.retire_post(org_db.ctx, "no-such-post", date(2024, 2, 20))


@pytest.mark.parametrize("username", ["viewer", "insp", "lead", "head"])
def test_only_administrators_edit_posts(org_db: Org, username: str) -> None:
    ctx, pid = org_db.as_(username), post_id(org_db, "U-Q1")
    with pytest.raises(PermissionDenied):
        org.update_post(ctx, pid, name="Quầy khác")
    with pytest.raises(PermissionDenied):
        org.set_post_officers(ctx, pid, ["U-010"], from_day=NEXT)
    with pytest.raises(PermissionDenied):
        org.retire_post(ctx, pid, DAY)
    assert post_row(org_db, "U-Q1")["name"] == "Quầy tiếp nhận"
    org.update_post(org_db.as_("admin"), pid, name="Quầy khác")
    assert post_row(org_db, "U-Q1")["name"] == "Quầy khác"

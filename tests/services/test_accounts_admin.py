"""The administrator's work on accounts: edit, deactivate, reset a password, unlock; and one's own password."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text

from officedesk.domain.enums import Role
from officedesk.errors import NotFoundError, PermissionDenied, UserError
from officedesk.services import accounts
from officedesk.services.accounts import LOCKOUT, MAX_FAILURES
from officedesk.services.audit import verify_chain

if TYPE_CHECKING:
    from tests.services.conftest import Org

NEW_PASSWORD = "mùa xuân Giáp Thìn"
NON_ADMINS = ("lead", "insp", "head", "viewer")


def _id(o: Org, username: str) -> str:
    user_id = o.actors[username].user_id
    assert user_id is not None
    return user_id


def _row(o: Org, username: str) -> dict[str, object]:
    with o.ctx.db.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM user_account WHERE username = :u"), {"u": username}).one()
    return dict(row._mapping)


def _audit(o: Org, action: str) -> list[dict[str, Any]]:
    with o.ctx.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT user_id, entity_id, detail FROM audit_log WHERE action = :a ORDER BY seq"),
                            {"a": action}).all()
    return [{"user_id": r[0], "entity_id": r[1], "detail": json.loads(r[2])} for r in rows]


def _lock_out(o: Org, username: str) -> None:
    for _ in range(MAX_FAILURES):
        with pytest.raises(PermissionDenied):
            accounts.authenticate(o.ctx, username, "wrong password")
    with pytest.raises(PermissionDenied, match="locked"):
        accounts.authenticate(o.ctx, username, o.PASSWORD)


def _chain_intact(o: Org) -> None:
    with o.ctx.db.session() as s:
        assert verify_chain(s) == []


# -- refusals for everyone but administrators -----------------------------------------------------------------
@pytest.mark.parametrize("username", NON_ADMINS)
def test_only_an_administrator_manages_accounts(org_db: Org, username: str) -> None:
    ctx = org_db.as_(username)
    target = _id(org_db, "outsider")
    calls = (
        lambda: accounts.list_accounts(ctx),
        lambda: accounts.update_user(ctx, target, full_name="X", title="", role=Role.INSPECTOR, unit_code=None),
        lambda: accounts.set_active(ctx, target, False),
        lambda: accounts.reset_password(ctx, target, NEW_PASSWORD),
        lambda: accounts.unlock(ctx, target),
    )
    for call in calls:
        with pytest.raises(PermissionDenied, match="not allowed"):
            call()
    assert _row(org_db, "outsider")["active"]
    assert accounts.authenticate(org_db.ctx, "outsider", org_db.PASSWORD).username == "outsider"
    assert _audit(org_db, "account.update") == _audit(org_db, "account.deactivate") == []


def test_the_list_shows_units_and_only_current_lockouts(org_db: Org) -> None:
    _lock_out(org_db, "insp")
    rows = {r["username"]: r for r in accounts.list_accounts(org_db.as_("admin"))}
    assert set(rows) == {"admin", "lead", "insp", "outsider", "head", "headv", "viewer"}
    assert (rows["head"]["unit_code"], rows["head"]["unit_name"]) == ("U", "Sở Nội vụ")
    assert rows["admin"]["unit_code"] is None and rows["admin"]["active"] is True
    assert rows["insp"]["locked_until"] is not None and rows["lead"]["locked_until"] is None
    clock = org_db.ctx.clock
    clock.at = clock.at + LOCKOUT + timedelta(seconds=1)  # type: ignore[attr-defined]
    assert all(r["locked_until"] is None for r in accounts.list_accounts(org_db.as_("admin")))


# -- update ---------------------------------------------------------------------------------------------------
def test_update_changes_name_title_role_and_unit(org_db: Org) -> None:
    admin = org_db.as_("admin")
    accounts.update_user(admin, _id(org_db, "outsider"), full_name="  Phạm   Văn Tâm ", title="Chuyên viên",
                         role=Role.UNIT_HEAD, unit_code="V")
    row = _row(org_db, "outsider")
    assert (row["full_name"], row["title"], row["role"], row["unit_id"]) == (
        "Phạm Văn Tâm", "Chuyên viên", "unit_head", org_db.units["V"])
    actor = accounts.authenticate(org_db.ctx, "outsider", org_db.PASSWORD)
    assert (actor.role, actor.unit_id) == (Role.UNIT_HEAD, org_db.units["V"])
    [entry] = _audit(org_db, "account.update")
    assert entry["user_id"] == _id(org_db, "admin") and entry["entity_id"] == _id(org_db, "outsider")
    assert entry["detail"]["role"] == "unit_head" and entry["detail"]["username"] == "outsider"
    # Saving the same values again writes nothing.
    accounts.update_user(admin, _id(org_db, "outsider"), full_name="Phạm Văn Tâm", title="Chuyên viên",
                         role=Role.UNIT_HEAD, unit_code="V")
    assert len(_audit(org_db, "account.update")) == 1
    _chain_intact(org_db)


def test_update_refuses_what_cannot_be(org_db: Org) -> None:
    admin = org_db.as_("admin")
    insp = _id(org_db, "insp")
    with pytest.raises(UserError, match="unit"):
        accounts.update_user(admin, insp, full_name="X", title="", role=Role.UNIT_HEAD, unit_code=None)
    with pytest.raises(NotFoundError):
        accounts.update_user(admin, insp, full_name="X", title="", role=Role.UNIT_HEAD, unit_code="NOPE")
    with pytest.raises(UserError, match="full name"):
        accounts.update_user(admin, insp, full_name="  ", title="", role=Role.INSPECTOR, unit_code=None)
    with pytest.raises(NotFoundError):
        accounts.update_user(admin, "no-such-id", full_name="X", title="", role=Role.INSPECTOR, unit_code=None)
    # The only administrator cannot stop being one, neither by their own hand nor by another administrator's.
    with pytest.raises(UserError, match="own account"):
        accounts.update_user(admin, _id(org_db, "admin"), full_name="A", title="", role=Role.VIEWER,
                             unit_code=None)
    assert _row(org_db, "admin")["role"] == "admin"


def test_the_last_active_administrator_stays_one(org_db: Org) -> None:
    admin = org_db.as_("admin")
    lead = _id(org_db, "lead")
    accounts.update_user(admin, lead, full_name="Trưởng đoàn", title="", role=Role.ADMIN, unit_code=None)
    # Signed in again, the team leader is now an administrator.
    second = replace(org_db.ctx, actor=accounts.authenticate(org_db.ctx, "lead", org_db.PASSWORD))
    assert second.actor.role == Role.ADMIN
    # Two administrators: one may take the role from the other, not from the last one left.
    accounts.update_user(second, _id(org_db, "admin"), full_name="Người dùng admin", title="", role=Role.VIEWER,
                         unit_code=None)
    with pytest.raises(UserError, match="last active administrator"):
        accounts.set_active(admin, lead, False)
    with pytest.raises(UserError, match="last active administrator"):
        accounts.update_user(admin, lead, full_name="Trưởng đoàn", title="", role=Role.INSPECTOR, unit_code=None)
    assert _row(org_db, "lead")["role"] == "admin" and _row(org_db, "lead")["active"]


# -- activate / deactivate ------------------------------------------------------------------------------------
def test_deactivated_accounts_cannot_sign_in_until_activated(org_db: Org) -> None:
    admin = org_db.as_("admin")
    insp = _id(org_db, "insp")
    accounts.set_active(admin, insp, False)
    with pytest.raises(PermissionDenied, match="Wrong user name or password"):
        accounts.authenticate(org_db.ctx, "insp", org_db.PASSWORD)
    accounts.set_active(admin, insp, False)  # already inactive: nothing more is written
    assert len(_audit(org_db, "account.deactivate")) == 1
    accounts.set_active(admin, insp, True)
    assert accounts.authenticate(org_db.ctx, "insp", org_db.PASSWORD).username == "insp"
    assert [e["detail"]["username"] for e in _audit(org_db, "account.activate")] == ["insp"]
    _chain_intact(org_db)


def test_an_administrator_cannot_deactivate_themselves(org_db: Org) -> None:
    with pytest.raises(UserError, match="your own account"):
        accounts.set_active(org_db.as_("admin"), _id(org_db, "admin"), False)
    assert _row(org_db, "admin")["active"]


# -- reset and unlock -----------------------------------------------------------------------------------------
def test_a_reset_password_signs_in_and_lifts_the_lockout(org_db: Org) -> None:
    _lock_out(org_db, "insp")
    accounts.reset_password(org_db.as_("admin"), _id(org_db, "insp"), NEW_PASSWORD)
    assert accounts.authenticate(org_db.ctx, "insp", NEW_PASSWORD).username == "insp"
    with pytest.raises(PermissionDenied):
        accounts.authenticate(org_db.ctx, "insp", org_db.PASSWORD)
    [entry] = _audit(org_db, "account.reset_password")
    assert entry["detail"] == {"username": "insp"}  # never the password
    with pytest.raises(UserError, match="at least 8"):
        accounts.reset_password(org_db.as_("admin"), _id(org_db, "insp"), "short")
    _chain_intact(org_db)


def test_unlock_lifts_the_lockout_with_the_old_password(org_db: Org) -> None:
    _lock_out(org_db, "lead")
    accounts.unlock(org_db.as_("admin"), _id(org_db, "lead"))
    row = _row(org_db, "lead")
    assert (row["failed_attempts"], row["locked_until"]) == (0, None)
    assert accounts.authenticate(org_db.ctx, "lead", org_db.PASSWORD).username == "lead"
    assert len(_audit(org_db, "account.unlock")) == 1


# -- one's own password ---------------------------------------------------------------------------------------
def test_anyone_changes_their_own_password_with_the_current_one(org_db: Org) -> None:
    viewer = org_db.as_("viewer")
    with pytest.raises(PermissionDenied, match="current password"):
        accounts.change_own_password(viewer, "not it", NEW_PASSWORD)
    assert _row(org_db, "viewer")["failed_attempts"] == 1
    with pytest.raises(UserError, match="at least 8"):
        accounts.change_own_password(viewer, org_db.PASSWORD, "short")
    with pytest.raises(UserError, match="same as the current"):
        accounts.change_own_password(viewer, org_db.PASSWORD, org_db.PASSWORD)
    accounts.change_own_password(viewer, org_db.PASSWORD, NEW_PASSWORD)
    assert accounts.authenticate(org_db.ctx, "viewer", NEW_PASSWORD).username == "viewer"
    with pytest.raises(PermissionDenied):
        accounts.authenticate(org_db.ctx, "viewer", org_db.PASSWORD)
    [entry] = _audit(org_db, "account.change_password")
    assert entry["user_id"] == entry["entity_id"] == _id(org_db, "viewer")
    assert len(_audit(org_db, "account.password_change_failed")) == 1
    _chain_intact(org_db)


def test_guessing_the_current_password_locks_the_account(org_db: Org) -> None:
    insp = org_db.as_("insp")
    for _ in range(MAX_FAILURES):
        with pytest.raises(PermissionDenied, match="current password"):
            accounts.change_own_password(insp, "guess", NEW_PASSWORD)
    with pytest.raises(PermissionDenied, match="ask the administrator"):
        accounts.change_own_password(insp, org_db.PASSWORD, NEW_PASSWORD)
    with pytest.raises(PermissionDenied, match="locked"):
        accounts.authenticate(org_db.ctx, "insp", org_db.PASSWORD)


def test_the_system_has_no_password_to_change(org_db: Org) -> None:
    with pytest.raises(UserError, match="own account"):
        accounts.change_own_password(org_db.ctx, "x" * 8, NEW_PASSWORD)

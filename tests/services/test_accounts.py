"""Signing in: wrong passwords, the lockout, and old hashes brought up to today's parameters."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from officedesk.domain.enums import Role
from officedesk.errors import PermissionDenied, UserError
from officedesk.security.passwords import HASHER, needs_rehash, verify_password
from officedesk.services import accounts
from officedesk.services.accounts import LOCKOUT, MAX_FAILURES
from officedesk.services.audit import verify_chain

if TYPE_CHECKING:
    from tests.services.conftest import Org


def _user(org_db: Org, username: str) -> tuple[str, int, object]:
    with org_db.ctx.db.engine.connect() as conn:
        return tuple(conn.execute(text("SELECT password_hash, failed_attempts, locked_until FROM user_account "
                                       "WHERE username = :u"), {"u": username}).one())  # type: ignore[return-value]


def test_a_good_password_gives_the_actor(org_db: Org) -> None:
    actor = accounts.authenticate(org_db.ctx, "  HEAD ", org_db.PASSWORD)
    assert (actor.username, actor.role, actor.unit_id) == ("head", Role.UNIT_HEAD, org_db.units["U"])


def test_wrong_password_and_unknown_user_are_refused_alike(org_db: Org) -> None:
    with pytest.raises(PermissionDenied) as wrong:
        accounts.authenticate(org_db.ctx, "insp", "not-the-password")
    with pytest.raises(PermissionDenied) as unknown:
        accounts.authenticate(org_db.ctx, "nobody", org_db.PASSWORD)
    assert str(wrong.value) == str(unknown.value)
    assert _user(org_db, "insp")[1] == 1  # the failure was committed before the refusal


def test_five_failures_lock_the_account_for_a_while(org_db: Org) -> None:
    for _ in range(MAX_FAILURES):
        with pytest.raises(PermissionDenied, match="Wrong user name or password"):
            accounts.authenticate(org_db.ctx, "insp", "wrong password")
    assert _user(org_db, "insp")[2] is not None
    # Locked: even the right password is refused, and the message says so.
    with pytest.raises(PermissionDenied, match="locked") as locked:
        accounts.authenticate(org_db.ctx, "insp", org_db.PASSWORD)
    assert "15 minutes" in str(locked.value)
    # Other accounts are not affected.
    assert accounts.authenticate(org_db.ctx, "lead", org_db.PASSWORD).username == "lead"
    # After the lockout the right password works again and clears the count.
    clock = org_db.ctx.clock
    clock.at = clock.at + LOCKOUT + timedelta(seconds=1)  # type: ignore[attr-defined]
    assert accounts.authenticate(org_db.ctx, "insp", org_db.PASSWORD).username == "insp"
    assert _user(org_db, "insp")[1:] == (0, None)
    with org_db.ctx.db.session() as s:
        assert verify_chain(s) == []
    with org_db.ctx.db.engine.connect() as conn:
        failed = conn.execute(text("SELECT COUNT(*) FROM audit_log WHERE action = 'account.sign_in_failed'")).scalar()
    assert failed == MAX_FAILURES


def test_an_old_hash_is_replaced_at_sign_in(org_db: Org) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192).hash(org_db.PASSWORD)
    assert needs_rehash(weak)
    with org_db.ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE user_account SET password_hash = :h WHERE username = 'viewer'"), {"h": weak})
    with pytest.raises(PermissionDenied):
        accounts.authenticate(org_db.ctx, "viewer", "wrong password")
    assert _user(org_db, "viewer")[0] == weak  # a failed attempt re-hashes nothing
    accounts.authenticate(org_db.ctx, "viewer", org_db.PASSWORD)
    new_hash = str(_user(org_db, "viewer")[0])
    assert new_hash != weak and not needs_rehash(new_hash)
    assert f"m={HASHER.memory_cost}," in new_hash
    assert verify_password(new_hash, org_db.PASSWORD)
    accounts.authenticate(org_db.ctx, "viewer", org_db.PASSWORD)
    assert _user(org_db, "viewer")[0] == new_hash  # a current hash stays as it is


def test_account_rules(org_db: Org) -> None:
    admin = org_db.as_("admin")
    with pytest.raises(UserError, match="at least 8"):
        accounts.create_user(admin, username="ngan", full_name="Mật khẩu ngắn", role=Role.VIEWER, password="1234567")
    with pytest.raises(UserError, match="taken"):
        accounts.create_user(admin, username="Lead", full_name="Trùng tên", role=Role.VIEWER, password=org_db.PASSWORD)
    with pytest.raises(UserError, match="needs the unit"):
        accounts.create_user(admin, username="th", full_name="Thủ trưởng", role=Role.UNIT_HEAD,
                             password=org_db.PASSWORD)

"""Signing in: the first thing the client does after its window is shown, so it stays light.

Plain SQL here, not the ORM classes: importing SQLModel's tables would add a third of a second to every start.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import text

from officedesk.domain.enums import Role
from officedesk.errors import PermissionDenied
from officedesk.rules.text import nfc
from officedesk.security.passwords import hash_password, needs_rehash, verify_password
from officedesk.services import audit
from officedesk.services.context import Actor, Ctx

MAX_FAILURES = 5
MIN_PASSWORD = 8
LOCKOUT = timedelta(minutes=15)


def _tr(s: str) -> str:
    return QCoreApplication.translate("Accounts", s)


def has_accounts(ctx: Ctx) -> bool:
    with ctx.db.engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM user_account LIMIT 1")).first() is not None


def _utc(value: Any) -> datetime | None:
    """A stored time as an aware UTC datetime (SQLite hands back naive UTC text)."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def authenticate(ctx: Ctx, username: str, password: str) -> Actor:
    """The actor for these credentials, or a clear refusal. Repeated failures lock the account for a while."""
    username = nfc(username).lower()
    # A failed attempt must be committed before the refusal is raised (raising inside the session rolls back).
    failure: PermissionDenied | None = None
    # A Core connection, not an ORM session: the ORM is not loaded yet when someone signs in.
    with ctx.db.engine.begin() as s:
        row = s.execute(text("SELECT id, username, full_name, role, unit_id, password_hash, failed_attempts, "
                             "locked_until, active FROM user_account WHERE username = :u AND deleted_at IS NULL"),
                        {"u": username}).mappings().first()
        now = ctx.clock.now_utc()
        if row is None or not row["active"]:
            raise PermissionDenied(_tr("Wrong user name or password."))
        locked_until = _utc(row["locked_until"])
        if locked_until is not None and locked_until > now:
            minutes = max(1, math.ceil((locked_until - now).total_seconds() / 60))
            raise PermissionDenied(_tr("This account is locked after repeated wrong passwords; try again in {0} "
                                       "minutes or ask the administrator.").format(minutes))
        actor = Actor(user_id=row["id"], username=row["username"], full_name=row["full_name"],
                      role=Role(row["role"]), unit_id=row["unit_id"])
        if not verify_password(row["password_hash"], password):
            failures = int(row["failed_attempts"]) + 1
            locked = failures >= MAX_FAILURES
            s.execute(text("UPDATE user_account SET failed_attempts = :f, locked_until = :l WHERE id = :i"),
                      {"f": 0 if locked else failures, "i": row["id"],
                       "l": audit.stored_time(now + LOCKOUT, s) if locked else row["locked_until"]})
            audit.record(s, Ctx(db=ctx.db, actor=actor, clock=ctx.clock, _installation=ctx._installation),
                         "account.sign_in_failed", "user_account", row["id"], {"locked": locked})
            failure = PermissionDenied(_tr("Wrong user name or password."))
        else:
            new_hash = hash_password(password) if needs_rehash(row["password_hash"]) else row["password_hash"]
            s.execute(text("UPDATE user_account SET failed_attempts = 0, locked_until = NULL, password_hash = :h, "
                           "updated_at = :now WHERE id = :i"),
                      {"h": new_hash, "now": audit.stored_time(now, s), "i": row["id"]})
    if failure is not None:
        raise failure
    return actor

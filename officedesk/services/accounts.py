"""Local accounts: creation (administrators only), sign-in with lockout, the signed-in actor."""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, update
from sqlmodel import col

from officedesk.domain.enums import Role
from officedesk.domain.tables import Unit, UserAccount, new_id, utcnow
from officedesk.errors import NotFoundError, PermissionDenied, UserError
from officedesk.rules.text import nfc
from officedesk.security.passwords import hash_password, needs_rehash, verify_password
from officedesk.services import audit
from officedesk.services.context import Actor, Ctx
from officedesk.services.permissions import Action, require

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 8


def _tr(s: str) -> str:
    return QCoreApplication.translate("Accounts", s)


def has_accounts(ctx: Ctx) -> bool:
    with ctx.db.session() as s:
        return s.execute(select(col(UserAccount.id)).limit(1)).first() is not None


def create_user(ctx: Ctx, *, username: str, full_name: str, role: Role, password: str, title: str = "",
                unit_code: str | None = None, id: str | None = None) -> str:
    """Administrators create accounts; the very first account (the administrator) needs no one signed in."""
    username = nfc(username).lower()
    if not username or not nfc(full_name):
        raise UserError(_tr("An account needs a user name and a full name."))
    if len(password) < MIN_PASSWORD:
        raise UserError(_tr("The password must have at least {0} characters.").format(MIN_PASSWORD))
    with ctx.db.session() as s:
        first = s.execute(select(col(UserAccount.id)).limit(1)).first() is None
        if first and Role(role) != Role.ADMIN:
            raise UserError(_tr("The first account must be the administrator's."))
        if not first:
            require(ctx.actor.role, Action.MANAGE_ACCOUNTS)
        if s.execute(select(col(UserAccount.id)).where(col(UserAccount.username) == username)).first():
            raise UserError(_tr("The user name {0} is taken.").format(username))
        unit_id = None
        if unit_code:
            unit_id = s.execute(select(col(Unit.id)).where(col(Unit.code) == unit_code)).scalar()
            if unit_id is None:
                raise NotFoundError(_tr("No unit with code {0}.").format(unit_code))
        if Role(role) == Role.UNIT_HEAD and unit_id is None:
            raise UserError(_tr("A unit head's account needs the unit."))
        user = UserAccount(id=id or new_id(), installation_id=ctx.installation_id, username=username,
                           full_name=nfc(full_name), title=nfc(title), role=Role(role), unit_id=unit_id,
                           password_hash=hash_password(password))
        s.add(user)
        s.flush()
        audit.record(s, ctx, "account.create", "user_account", user.id, {"username": username, "role": role})
        return user.id


def authenticate(ctx: Ctx, username: str, password: str) -> Actor:
    """The actor for these credentials, or a clear refusal. Repeated failures lock the account for a while."""
    username = nfc(username).lower()
    # A failed attempt must be committed before the refusal is raised (raising inside the session rolls back).
    failure: PermissionDenied | None = None
    with ctx.db.session() as s:
        user = s.execute(select(UserAccount)
                         .where(col(UserAccount.username) == username)).scalar_one_or_none()
        now = ctx.clock.now_utc()
        if user is None or not user.active:
            raise PermissionDenied(_tr("Wrong user name or password."))
        locked_until = user.locked_until
        if locked_until is not None and locked_until.tzinfo is None:
            locked_until = locked_until.replace(tzinfo=now.tzinfo)
        if locked_until is not None and locked_until > now:
            minutes = max(1, math.ceil((locked_until - now).total_seconds() / 60))
            raise PermissionDenied(_tr("This account is locked after repeated wrong passwords; try again in {0} "
                                       "minutes or ask the administrator.").format(minutes))
        if not verify_password(user.password_hash, password):
            failures = user.failed_attempts + 1
            values: dict[str, object] = {"failed_attempts": failures}
            if failures >= MAX_FAILURES:
                values["locked_until"] = now + LOCKOUT
                values["failed_attempts"] = 0
            s.execute(update(UserAccount).where(col(UserAccount.id) == user.id).values(**values))
            ctx_for_audit = Ctx(db=ctx.db, actor=Actor(user.id, user.username, user.full_name, Role(user.role)),
                                clock=ctx.clock, _installation=ctx._installation)
            audit.record(s, ctx_for_audit, "account.sign_in_failed", "user_account", user.id,
                         {"locked": failures >= MAX_FAILURES})
            failure = PermissionDenied(_tr("Wrong user name or password."))
        else:
            values = {"failed_attempts": 0, "locked_until": None}
            if needs_rehash(user.password_hash):
                values["password_hash"] = hash_password(password)
            s.execute(update(UserAccount).where(col(UserAccount.id) == user.id)
                      .values(**values, updated_at=utcnow()))
            actor = Actor(user_id=user.id, username=user.username, full_name=user.full_name, role=Role(user.role),
                          unit_id=user.unit_id)
    if failure is not None:
        raise failure
    return actor


def list_users(ctx: Ctx) -> list[dict[str, object]]:
    with ctx.db.session() as s:
        rows = s.execute(select(col(UserAccount.id), col(UserAccount.username), col(UserAccount.full_name),
                                col(UserAccount.role), col(UserAccount.title), col(UserAccount.active))).all()
    return [dict(r._mapping) for r in rows]

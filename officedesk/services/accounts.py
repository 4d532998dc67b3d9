"""Local accounts: creation (administrators only), sign-in with lockout, the signed-in actor."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from officedesk.domain.enums import Role
from officedesk.domain.tables import Unit, UserAccount, new_id, utcnow
from officedesk.errors import NotFoundError, PermissionDenied, UserError
from officedesk.rules.text import nfc
from officedesk.security.passwords import hash_password, verify_password
from officedesk.services import audit
from officedesk.services.context import Ctx
from officedesk.services.permissions import Action, require
from officedesk.services.signin import LOCKOUT as LOCKOUT
from officedesk.services.signin import MAX_FAILURES as MAX_FAILURES
from officedesk.services.signin import MIN_PASSWORD as MIN_PASSWORD
from officedesk.services.signin import authenticate as authenticate
from officedesk.services.signin import has_accounts as has_accounts


def _tr(s: str) -> str:
    return QCoreApplication.translate("Accounts", s)


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


def list_users(ctx: Ctx) -> list[dict[str, object]]:
    with ctx.db.session() as s:
        rows = s.execute(select(col(UserAccount.id), col(UserAccount.username), col(UserAccount.full_name),
                                col(UserAccount.role), col(UserAccount.title), col(UserAccount.active))).all()
    return [dict(r._mapping) for r in rows]


# -- administration: the accounts of others (administrators only), and one's own password -------------------
def _load(s: Session, user_id: str) -> UserAccount:
    user = s.get(UserAccount, user_id)
    if user is None or user.deleted_at is not None:
        raise NotFoundError(_tr("No such account."))
    return user


def _other_active_admins(s: Session, user_id: str) -> int:
    return int(s.execute(select(func.count()).select_from(UserAccount).where(
        col(UserAccount.role) == Role.ADMIN.value, col(UserAccount.active).is_(True),
        col(UserAccount.deleted_at).is_(None), col(UserAccount.id) != user_id)).scalar_one())


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(_tr("The password must have at least {0} characters.").format(MIN_PASSWORD))


def _aware(moment: datetime | None, now: datetime) -> datetime | None:
    # SQLite hands timezone-aware columns back naive (they are stored in UTC).
    return moment.replace(tzinfo=now.tzinfo) if moment is not None and moment.tzinfo is None else moment


def list_accounts(ctx: Ctx) -> list[dict[str, Any]]:
    """Every account for the accounts screen, as plain data: unit by code and name, and `locked_until` only
    while a lockout lasts (a past one means nothing). Administrators only: the list names every user."""
    require(ctx.actor.role, Action.MANAGE_ACCOUNTS)
    now = ctx.clock.now_utc()
    with ctx.db.session() as s:
        rows = s.execute(
            select(col(UserAccount.id), col(UserAccount.username), col(UserAccount.full_name),
                   col(UserAccount.title), col(UserAccount.role), col(UserAccount.unit_id),
                   col(Unit.code).label("unit_code"), col(Unit.name).label("unit_name"),
                   col(UserAccount.active), col(UserAccount.locked_until), col(UserAccount.failed_attempts))
            .outerjoin(Unit, col(Unit.id) == col(UserAccount.unit_id))
            .where(col(UserAccount.deleted_at).is_(None))
            .order_by(col(UserAccount.username))).mappings().all()
    result = []
    for r in rows:
        row = dict(r)
        until = _aware(row["locked_until"], now)
        row["locked_until"] = until if until is not None and until > now else None
        row["active"] = bool(row["active"])
        result.append(row)
    return result


def update_user(ctx: Ctx, user_id: str, *, full_name: str, title: str, role: Role | str,
                unit_code: str | None) -> None:
    """Change an account's name, title, role and unit (a unit head needs one). The user name stays: the records
    name people by it. The last active administrator stays one, and nobody takes the role away from themselves."""
    require(ctx.actor.role, Action.MANAGE_ACCOUNTS)
    full_name = " ".join(nfc(full_name).split())
    if not full_name:
        raise UserError(_tr("An account needs a user name and a full name."))
    new_role = Role(role)
    with ctx.db.session() as s:
        user = _load(s, user_id)
        if user.role == Role.ADMIN and new_role != Role.ADMIN:
            if user.id == ctx.actor.user_id:
                raise UserError(_tr("You cannot take the administrator's role from your own account; another "
                                    "administrator can."))
            if user.active and _other_active_admins(s, user.id) == 0:
                raise UserError(_tr("{0} is the last active administrator and must stay one.")
                                .format(user.username))
        unit_id = None
        if unit_code:
            unit_id = s.execute(select(col(Unit.id)).where(col(Unit.code) == unit_code,
                                                          col(Unit.deleted_at).is_(None))).scalar()
            if unit_id is None:
                raise NotFoundError(_tr("No unit with code {0}.").format(unit_code))
        if new_role == Role.UNIT_HEAD and unit_id is None:
            raise UserError(_tr("A unit head's account needs the unit."))
        before = {"full_name": user.full_name, "title": user.title, "role": str(user.role), "unit_id": user.unit_id}
        after = {"full_name": full_name, "title": " ".join(nfc(title).split()), "role": new_role.value,
                 "unit_id": unit_id}
        changed = {k: v for k, v in after.items() if before[k] != v}
        if not changed:
            return
        s.execute(update(UserAccount).where(col(UserAccount.id) == user.id).values(**after, updated_at=utcnow()))
        audit.record(s, ctx, "account.update", "user_account", user.id, {"username": user.username, **changed})


def set_active(ctx: Ctx, user_id: str, active: bool) -> None:
    """Deactivate (no more sign-in; the records keep the name) or activate again an account. An administrator
    cannot deactivate their own account, nor the last active administrator's."""
    require(ctx.actor.role, Action.MANAGE_ACCOUNTS)
    with ctx.db.session() as s:
        user = _load(s, user_id)
        if user.active == active:
            return
        if not active and user.id == ctx.actor.user_id:
            raise UserError(_tr("You cannot deactivate your own account."))
        if not active and user.role == Role.ADMIN and _other_active_admins(s, user.id) == 0:
            raise UserError(_tr("{0} is the last active administrator and must stay one.").format(user.username))
        s.execute(update(UserAccount).where(col(UserAccount.id) == user.id)
                  .values(active=active, updated_at=utcnow()))
        audit.record(s, ctx, "account.activate" if active else "account.deactivate", "user_account", user.id,
                     {"username": user.username})


def reset_password(ctx: Ctx, user_id: str, new_password: str) -> None:
    """Give an account a new password (someone forgot theirs); it also lifts a lockout."""
    require(ctx.actor.role, Action.MANAGE_ACCOUNTS)
    _check_password(new_password)
    with ctx.db.session() as s:
        user = _load(s, user_id)
        s.execute(update(UserAccount).where(col(UserAccount.id) == user.id).values(
            password_hash=hash_password(new_password), failed_attempts=0, locked_until=None, updated_at=utcnow()))
        audit.record(s, ctx, "account.reset_password", "user_account", user.id, {"username": user.username})


def unlock(ctx: Ctx, user_id: str) -> None:
    """Lift a lockout after repeated wrong passwords, before its time is up."""
    require(ctx.actor.role, Action.MANAGE_ACCOUNTS)
    with ctx.db.session() as s:
        user = _load(s, user_id)
        s.execute(update(UserAccount).where(col(UserAccount.id) == user.id)
                  .values(failed_attempts=0, locked_until=None, updated_at=utcnow()))
        audit.record(s, ctx, "account.unlock", "user_account", user.id, {"username": user.username})


def change_own_password(ctx: Ctx, old_password: str, new_password: str) -> None:
    """The signed-in person changes their password, proving the current one. A wrong current password counts
    as a failed sign-in: an unattended, unlocked laptop is no way round the lockout."""
    if ctx.actor.user_id is None:
        raise UserError(_tr("Sign in with your own account to change its password."))
    _check_password(new_password)
    failure: PermissionDenied | None = None
    with ctx.db.session() as s:
        user = _load(s, ctx.actor.user_id)
        now = ctx.clock.now_utc()
        locked_until = _aware(user.locked_until, now)
        if not user.active or (locked_until is not None and locked_until > now):
            raise PermissionDenied(_tr("This account cannot change its password now; ask the administrator."))
        if not verify_password(user.password_hash, old_password):
            failures = user.failed_attempts + 1
            values: dict[str, object] = {"failed_attempts": failures}
            if failures >= MAX_FAILURES:
                values.update(failed_attempts=0, locked_until=now + LOCKOUT)
            s.execute(update(UserAccount).where(col(UserAccount.id) == user.id).values(**values))
            audit.record(s, ctx, "account.password_change_failed", "user_account", user.id,
                         {"locked": failures >= MAX_FAILURES})
            failure = PermissionDenied(_tr("The current password is not right."))
        else:
            if old_password == new_password:
                raise UserError(_tr("The new password is the same as the current one."))
            s.execute(update(UserAccount).where(col(UserAccount.id) == user.id).values(
                password_hash=hash_password(new_password), failed_attempts=0, locked_until=None,
                updated_at=utcnow()))
            audit.record(s, ctx, "account.change_password", "user_account", user.id, {"username": user.username})
    if failure is not None:
        raise failure

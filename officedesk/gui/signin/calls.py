"""The core calls of signing in. They run in a worker (officedesk.gui.ops.Op), never on the GUI thread:
opening the database may migrate it, and checking a password is slow on purpose."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from officedesk.services.context import Actor
    from officedesk.storage.schema import Database


def _tr(s: str) -> str:
    return QCoreApplication.translate("SignIn", s)


@dataclass(frozen=True)
class Opened:
    db: Database
    has_accounts: bool
    min_password: int


def missing_file(url: str) -> Path | None:
    """The SQLite file behind url when it does not exist: told at once, without loading the core."""
    from officedesk.storage.location import sqlite_path

    path = sqlite_path(url)
    return path if path is not None and not path.exists() else None


def resolve(db_url: str | None) -> str:
    from officedesk.storage.location import resolve_db

    return resolve_db(db_url)


def open_database(url: str) -> Opened:
    from officedesk.services import signin as accounts  # the light module: no ORM tables at start-up
    from officedesk.services.context import Ctx
    from officedesk.storage.schema import open_database as open_db

    db = open_db(url)
    return Opened(db=db, has_accounts=accounts.has_accounts(Ctx(db=db)), min_password=accounts.MIN_PASSWORD)


def create_database(url: str, code: str, name: str, province: str) -> Opened:
    """The first start on a computer: create the SQLite file behind url and make it this installation's own.

    Only a missing SQLite file is created, never a server's database. A failure leaves no file behind, so the
    next start offers the set-up again instead of calling a half-made file damaged."""
    from officedesk.errors import UserError
    from officedesk.services import accounts, setup
    from officedesk.services.context import Ctx
    from officedesk.storage.location import sqlite_path
    from officedesk.storage.schema import open_database as open_db

    path = sqlite_path(url)
    if path is None:
        raise UserError(_tr("Only a data file on this computer can be set up here; a server's database is set up "
                            "by its administrator."))
    if path.exists():  # made meanwhile (another OfficeDesk window): use it as it is
        return open_database(url)
    db: Database | None = None
    try:
        db = open_db(url, create=True)
        setup.initialise(Ctx(db=db), installation_code=code, installation_name=name, province=province)
    except BaseException as exc:
        if db is not None:
            db.dispose()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            with contextlib.suppress(OSError):  # the first failure is the one to tell
                leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise UserError(_tr("The data cannot be created in {0}: {1}").format(
                path.parent, exc.strerror or exc)) from None
        raise
    return Opened(db=db, has_accounts=accounts.has_accounts(Ctx(db=db)), min_password=accounts.MIN_PASSWORD)


def authenticate(db: Database, username: str, password: str) -> Actor:
    from officedesk.services import signin
    from officedesk.services.context import Ctx

    return signin.authenticate(Ctx(db=db), username, password)


def create_first_admin(db: Database, full_name: str, username: str, password: str) -> Actor:
    """The administrator's account on a database without accounts, signed in at once."""
    from officedesk.domain.enums import Role
    from officedesk.errors import UserError
    from officedesk.services import accounts
    from officedesk.services.context import Ctx

    ctx = Ctx(db=db)  # the system acts: nobody can be signed in yet
    if accounts.has_accounts(ctx):
        # Someone made the first account meanwhile (another laptop on the same server): sign in instead.
        raise UserError(_tr("Someone has just created the first account of these data. Sign in with yours."))
    accounts.create_user(ctx, username=username, full_name=full_name, role=Role.ADMIN, password=password)
    return accounts.authenticate(ctx, username, password)


def core_context(db: Database, actor: Actor) -> object:
    from officedesk.services.context import Ctx

    return Ctx(db=db, actor=actor)

"""Opening a database: check its schema version with a plain query; migrate (after a backup) only when due.

Alembic is imported only when a migration runs, so a normal start pays nothing for it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from officedesk.errors import DatabaseError
from officedesk.storage.engine import SessionFactory, make_engine
from officedesk.storage.location import describe, sqlite_path

# The newest migration. tests/storage/test_migrations.py checks it equals Alembic's head.
HEAD_REVISION = "0003_action_findings"
REVISIONS = ("0001_initial", "0002_signed_locks", "0003_action_findings")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    url: str
    engine: Engine
    session: SessionFactory
    migrated_from: str | None = None
    backup_path: Path | None = None

    @property
    def display_name(self) -> str:
        return describe(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def dispose(self) -> None:
        self.engine.dispose()


def _tr(text_: str) -> str:
    return QCoreApplication.translate("Storage", text_)


def _check_sqlite_file(path: Path, create: bool) -> None:
    if not path.exists():
        if create:
            # Personal data (Decree 13/2023): the folder and the file are the user's alone.
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            path.touch(mode=0o600)
            return
        raise DatabaseError(
            _tr("The database file {0} does not exist. Create one with 'officedesk init' or 'officedesk demo'.")
            .format(path)
        )
    if path.is_dir():
        raise DatabaseError(_tr("{0} is a folder, not a database file.").format(path))
    with path.open("rb") as fh:
        head = fh.read(16)
    if head and head != SQLITE_MAGIC:
        raise DatabaseError(_tr("{0} is not an OfficeDesk database (the file is damaged or of another kind).")
                            .format(path))


def _peek_sqlite_revision(path: Path) -> str | None:
    """The revision of an existing file, read through a read-only connection.

    The engine's pragmas write (journal_mode=WAL rewrites the header), so a foreign or empty file must be
    turned away before the engine ever touches it.
    """
    if path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            try:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:
                if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone():
                    raise DatabaseError(_tr("This database was not made by OfficeDesk.")) from None
                return None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_tr("Cannot open the database {0}: {1}").format(path, exc)) from None
    return row[0] if row else None


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database, None for an empty database."""
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except (OperationalError, SADatabaseError):
            conn.rollback()
            if inspect(conn).get_table_names():
                raise DatabaseError(_tr("This database was not made by OfficeDesk.")) from None
            return None
    return row[0] if row else None


def backup_sqlite(path: Path, reason: str) -> Path:
    """A consistent copy through SQLite's backup API (a raw copy could miss WAL content or tear a page)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def migrate(engine: Engine, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def open_database(url: str, *, create: bool = False) -> Database:
    """Open (and, only when asked, create) a database, migrating it when its schema is older than the code's."""
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create)
        if path.exists() and _peek_sqlite_revision(path) is None and not create:
            raise DatabaseError(_tr("The database {0} is empty. Create one with 'officedesk init'.")
                                .format(describe(url)))
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        raise DatabaseError(_tr("Cannot open the database {0}: {1}").format(describe(url), exc.orig)) from None
    db = Database(url=url, engine=engine, session=SessionFactory(engine))
    if revision == HEAD_REVISION:
        return db
    if revision is None and not create:
        engine.dispose()
        raise DatabaseError(_tr("The database {0} is empty. Create one with 'officedesk init'.").format(describe(url)))
    if revision is not None and revision not in REVISIONS:
        engine.dispose()
        raise DatabaseError(_tr("This database was made by a newer OfficeDesk; update the application.").format())
    if revision is not None and path is not None:
        db.backup_path = backup_sqlite(path, f"before-{HEAD_REVISION}")
    db.migrated_from = revision
    migrate(engine)
    return db

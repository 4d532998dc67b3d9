"""Engines and sessions are made here and only here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, create_engine

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling defers BEGIN and skips it for some statements; SQLAlchemy's "begin"
    # event below emits it instead, so a write transaction is one snapshot.
    dbapi_conn.isolation_level = None
    # WAL lets the client read while the writer commits; FULL makes every acknowledged commit survive a crash
    # or a dead battery, not only an application crash.
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    return create_engine(url, pool_pre_ping=True)


class SessionFactory:
    """Opens one session per user action; each commits or rolls back as a whole."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._maker: sessionmaker[Session] | None = None

    @contextmanager
    def __call__(self) -> Iterator[Session]:
        if self._maker is None:
            # The ORM loads on the first write, not at start-up: signing in and the dashboard read with Core.
            from sqlalchemy.orm import sessionmaker

            self._maker = sessionmaker(self.engine, expire_on_commit=False)
        session = self._maker()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

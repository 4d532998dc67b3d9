"""Opening a database: what is refused (and left untouched), and what a fresh database promises."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from officedesk.errors import DatabaseError
from officedesk.storage.engine import BUSY_TIMEOUT_MS
from officedesk.storage.location import to_url
from officedesk.storage.schema import HEAD_REVISION, open_database

ROOT = Path(__file__).resolve().parents[2]


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "office.db"
    with pytest.raises(DatabaseError) as err:
        open_database(to_url(path))
    message = str(err.value)
    assert str(path) in message and "does not exist" in message and "officedesk init" in message
    assert not path.exists() and not path.parent.exists()


@pytest.mark.parametrize("content", [
    pytest.param("Biên bản kiểm tra kỷ luật, kỷ cương hành chính\nngày 15/02/2024\n".encode(), id="text"),
    pytest.param(random.Random(7).randbytes(64 * 1024), id="random-bytes"),
    pytest.param(b"SQLite format", id="short-text"),
])
def test_a_file_of_another_kind_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "office.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="not an OfficeDesk database"):
        open_database(to_url(path))
    with pytest.raises(DatabaseError):
        open_database(to_url(path), create=True)
    assert path.read_bytes() == content
    assert _siblings(path) == {"office.db"}, "no -wal/-shm/backup files may appear beside it"


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_foreign_sqlite_database_is_refused_and_untouched(tmp_path: Path, journal: str) -> None:
    path = tmp_path / "payroll.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.execute("CREATE TABLE salary (name TEXT, amount INTEGER)")
    conn.execute("INSERT INTO salary VALUES ('Nguyễn Văn A', 8000000)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for create in (False, True):
        with pytest.raises(DatabaseError, match="not made by OfficeDesk"):
            open_database(to_url(path), create=create)
    # (A WAL-mode file keeps its own -wal/-shm companions; the database file itself must not change by one byte.)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.before-*"))


def test_an_empty_file_is_refused_without_create_and_left_empty(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    path.touch()
    with pytest.raises(DatabaseError, match="empty"):
        open_database(to_url(path))
    assert path.stat().st_size == 0


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        open_database(to_url(tmp_path))


def test_a_fresh_database_has_the_promised_pragmas(tmp_path: Path) -> None:
    db = open_database(to_url(tmp_path / "new.db"), create=True)
    try:
        assert db.migrated_from is None and db.backup_path is None
        with db.engine.connect() as conn:
            pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                      for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    finally:
        db.dispose()
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS}
    assert BUSY_TIMEOUT_MS >= 5000
    assert version == HEAD_REVISION
    # The pragmas hold for every new connection, not only the first: a second open sees them too.
    db = open_database(to_url(tmp_path / "new.db"))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    finally:
        db.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    db = open_database(to_url(tmp_path / "new.db"), create=True)
    try:
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO staff (id, installation_id, created_at, updated_at, code, full_name, "
                                 "sort_key, search_text, position, unit_id, added_on_spot) VALUES ('s', '', "
                                 "'2024-01-01', '2024-01-01', 'X', 'X', '', '', '', 'no-such-unit', 0)")
    finally:
        db.dispose()


def test_the_schema_is_made_by_migrations_only() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "officedesk").rglob("*.py")
                 if "create_all" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_an_up_to_date_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    open_database(to_url(path), create=True).dispose()
    script = (
        "import sys\n"
        "from officedesk.storage.location import to_url\n"
        "from officedesk.storage.schema import open_database\n"
        f"db = open_database(to_url({str(path)!r}))\n"
        "with db.engine.connect() as conn:\n"
        "    conn.exec_driver_sql('SELECT COUNT(*) FROM unit').scalar()\n"
        "assert db.migrated_from is None\n"
        "loaded = sorted(m for m in sys.modules if m == 'alembic' or m.startswith('alembic.'))\n"
        "assert not loaded, loaded\n"
        "print('clean')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "clean"


def test_a_new_database_is_readable_by_its_user_alone(tmp_path: Path) -> None:
    """Rosters and photos are personal data: a new file is 0600 in a 0700 folder it creates."""
    import stat

    from officedesk.storage.location import to_url
    from officedesk.storage.schema import open_database

    target = tmp_path / "new-folder" / "officedesk.db"
    db = open_database(to_url(target), create=True)
    db.dispose()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700

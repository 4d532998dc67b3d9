"""Signed inspections and the audit log cannot be changed: not through the services, not with direct SQL, and
a change made by someone who removed the locks is found by `officedesk audit verify`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from officedesk.demo.province import demo_id
from officedesk.domain.enums import PostState, Role, Status
from officedesk.errors import LockedError, UserError
from officedesk.services import findings, inspections, queries, signoff
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import SYSTEM, Actor, Ctx
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database
from officedesk.storage.triggers import AUDIT_MESSAGE, LOCK_MESSAGE, drop_triggers

TA_PHIN = demo_id("inspection", "SAUTET-2024:XA01")  # signed; observations, posts, a photo, signatures
XA05 = demo_id("inspection", "SAUTET-2024:XA05")  # signed; a festival violation
SIGNED = "(SELECT id FROM inspection WHERE state = 'signed')"
CHILD_ROWS = {  # table -> rows of signed inspections
    "observation": f"inspection_id IN {SIGNED}",
    "post_check": f"inspection_id IN {SIGNED}",
    "violation": f"inspection_id IN {SIGNED}",
    "attachment": f"inspection_id IN {SIGNED}",
    "signoff": f"inspection_id IN {SIGNED}",
    "signatory": f"signoff_id IN (SELECT id FROM signoff WHERE inspection_id IN {SIGNED})",
    "inspection": "state = 'signed'",
}
CHANGE = {"observation": "note = 'x'", "post_check": "state = 'staffed'", "violation": "description = 'x'",
          "attachment": "caption = 'x'", "signoff": "method = 'x'", "signatory": "full_name = 'x'",
          "inspection": "conclusions = 'x'"}


@pytest.mark.parametrize("table", list(CHILD_ROWS))
def test_direct_sql_cannot_change_or_delete_signed_rows(demo_copy: Path, table: str) -> None:
    conn = sqlite3.connect(demo_copy)
    try:
        where = CHILD_ROWS[table]
        before = conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY id").fetchall()
        assert before, f"the demo has no signed {table} rows to try"
        with pytest.raises(sqlite3.DatabaseError, match=LOCK_MESSAGE):
            conn.execute(f"UPDATE {table} SET {CHANGE[table]} WHERE {where}")
        conn.rollback()
        with pytest.raises(sqlite3.DatabaseError, match=LOCK_MESSAGE):
            conn.execute(f"DELETE FROM {table} WHERE {where}")
        conn.rollback()
        assert conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY id").fetchall() == before
    finally:
        conn.close()


def test_direct_sql_cannot_add_rows_to_a_signed_inspection(demo_copy: Path) -> None:
    conn = sqlite3.connect(demo_copy)
    try:
        with pytest.raises(sqlite3.DatabaseError, match=LOCK_MESSAGE):
            conn.execute(
                "INSERT INTO observation (id, installation_id, created_at, updated_at, inspection_id, staff_id, "
                "status, unmarked, minutes_late, minutes_early, session, excuse_reason, document_no, note) "
                "SELECT 'extra', '', '2024-02-15', '2024-02-15', ?, id, 'on_time', 0, 0, 0, '', '', '', '' "
                "FROM staff WHERE code = 'STC-001'", (TA_PHIN,))
        with pytest.raises(sqlite3.DatabaseError, match=LOCK_MESSAGE):
            conn.execute("INSERT INTO signatory (id, installation_id, created_at, updated_at, signoff_id, block, "
                         "full_name, title, role) SELECT 'extra', '', '2024-02-15', '2024-02-15', id, 'team', 'X', "
                         "'', '' FROM signoff WHERE inspection_id = ?", (TA_PHIN,))
    finally:
        conn.close()


def test_the_audit_log_is_append_only(demo_copy: Path) -> None:
    conn = sqlite3.connect(demo_copy)
    try:
        for sql in ("UPDATE audit_log SET detail = '{}' WHERE seq = 5", "DELETE FROM audit_log WHERE seq = 5",
                    "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.DatabaseError, match=AUDIT_MESSAGE):
                conn.execute(sql)
            conn.rollback()
    finally:
        conn.close()


def _actor(ctx: Ctx, username: str) -> Actor:
    row = next(u for u in _users(ctx) if u["username"] == username)
    return Actor(user_id=str(row["id"]), username=username, full_name=str(row["full_name"]), role=Role(row["role"]))


def _users(ctx: Ctx) -> list[dict[str, Any]]:
    from officedesk.services.accounts import list_users

    return list_users(ctx)


@pytest.fixture
def demo_ctx(demo_copy: Path) -> Iterator[Ctx]:
    """The demo copy opened by the system (an administrator), five days after the visits."""
    db = open_database(to_url(demo_copy))
    yield Ctx(db=db, actor=SYSTEM, clock=FixedClock(datetime(2024, 2, 20, 9, 0, tzinfo=LOCAL)))
    db.dispose()


def test_the_services_refuse_to_edit_a_signed_inspection(demo_ctx: Ctx) -> None:
    ctx = demo_ctx
    rows = queries.roster(ctx, TA_PHIN)
    obs = str(rows[0]["id"])
    post = str(queries.post_checks(ctx, TA_PHIN)[0]["id"])
    with ctx.db.engine.connect() as conn:
        violation = conn.execute(text("SELECT id FROM violation WHERE inspection_id = :i"), {"i": XA05}).scalar_one()
        photo = conn.execute(text("SELECT id FROM attachment WHERE inspection_id = :i"), {"i": TA_PHIN}).scalar_one()
    attempts: list[Callable[[], object]] = [
        lambda: inspections.set_status(ctx, obs, Status.UNEXCUSED),
        lambda: inspections.mark_rest_present(ctx, TA_PHIN),
        lambda: inspections.add_person_on_spot(ctx, TA_PHIN, full_name="Người Mới"),
        lambda: inspections.set_post_state(ctx, post, PostState.STAFFED, "lý do"),
        lambda: inspections.set_check_time(ctx, TA_PHIN, time(7, 30)),
        lambda: inspections.restore_observation(ctx, obs, {"status": "late"}),
        lambda: findings.add_violation(ctx, TA_PHIN, category_code="FESTIVAL"),
        lambda: findings.remove_violation(ctx, violation),
        lambda: findings.remove_attachment(ctx, photo),
        lambda: findings.set_text(ctx, TA_PHIN, conclusions="Sửa kết luận"),
        lambda: findings.set_end_time(ctx, TA_PHIN, time(9, 0)),
        lambda: findings.add_action(ctx, TA_PHIN, description="Thêm kiến nghị"),
        lambda: signoff.sign_off(ctx, TA_PHIN, []),
    ]
    before = queries.roster(ctx, TA_PHIN)
    for attempt in attempts:
        with pytest.raises(LockedError):
            attempt()
    assert queries.roster(ctx, TA_PHIN) == before
    # The amended demo inspection's first version is signed and superseded: locked as well.
    snv_v1 = demo_id("inspection", "SAUTET-2024:SNV")
    with pytest.raises(LockedError):
        inspections.mark_rest_present(ctx, snv_v1)


def _business(ctx: Ctx, inspection_id: str) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of one version without ids and bookkeeping: what an amendment copies."""
    skip = {"id", "inspection_id", "created_at", "updated_at", "installation_id"}
    out = {}
    with ctx.db.engine.connect() as conn:
        for table in ("observation", "post_check", "violation", "attachment"):
            cols = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})") if r[1] not in skip]
            out[table] = sorted(conn.execute(text(f"SELECT {', '.join(cols)} FROM {table} WHERE inspection_id = :i"),
                                             {"i": inspection_id}).all(), key=repr)
    return out


def _whole(ctx: Ctx, inspection_id: str) -> list[Any]:
    with ctx.db.engine.connect() as conn:
        rows: list[Any] = [tuple(conn.execute(text("SELECT * FROM inspection WHERE id = :i"), {"i": inspection_id}).one())]
        for table in ("observation", "post_check", "violation", "attachment", "signoff"):
            rows += sorted(conn.execute(text(f"SELECT * FROM {table} WHERE inspection_id = :i"),
                                        {"i": inspection_id}).all(), key=repr)
    return rows


@pytest.mark.parametrize("signed", [TA_PHIN, XA05], ids=["photo-and-posts", "violation"])
def test_an_amendment_is_a_new_draft_version_and_the_signed_one_stays(demo_ctx: Ctx, signed: str) -> None:
    ctx = demo_ctx
    v1_before = _whole(ctx, signed)
    with pytest.raises(UserError, match="reason"):
        signoff.amend(ctx, signed, "  ")
    lead = Ctx(db=ctx.db, actor=_actor(ctx, "truongdoan"), clock=ctx.clock)
    v2 = signoff.amend(lead, signed, "Đơn vị cung cấp giấy mời họp")
    versions = {r["id"]: r for r in queries.list_inspections(ctx, all_versions=True) if r["id"] in (signed, v2)}
    assert (versions[signed]["version"], versions[signed]["state"]) == (1, "signed")
    assert (versions[v2]["version"], versions[v2]["state"], versions[v2]["lineage_id"]) == (2, "draft", signed)
    assert versions[v2]["amendment_reason"] == "Đơn vị cung cấp giấy mời họp"
    copied = _business(ctx, v2)
    assert copied == _business(ctx, signed)
    assert sum(len(v) for v in copied.values()) > 30
    # Only the newest version counts in lists and summaries.
    assert signed not in {r["id"] for r in queries.list_inspections(ctx)}

    new_rows = queries.roster(ctx, v2)
    inspections.set_status(lead, str(new_rows[0]["id"]), Status.EXCUSED, document_no="15/GM")
    assert _whole(ctx, signed) == v1_before
    with ctx.db.session() as s:
        assert signoff.verify_signed(s) == []
    with pytest.raises(LockedError):
        inspections.set_status(lead, str(queries.roster(ctx, signed)[0]["id"]), Status.LATE, arrival=time(8, 0))


def test_audit_verify_says_ok_on_the_demo(demo_db: Path, cli: Callable[..., Any]) -> None:
    done = cli("--db", demo_db, "audit", "verify")
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "ok", "")


def _tamper(path: Path) -> None:
    """What someone holding the file can do: remove the locks with the code's own helper."""
    engine = create_engine(to_url(path))
    with engine.begin() as conn:
        drop_triggers(conn)
    engine.dispose()


def test_audit_verify_names_the_tampered_inspection_and_the_deleted_entry(demo_copy: Path,
                                                                         cli: Callable[..., Any]) -> None:
    _tamper(demo_copy)
    conn = sqlite3.connect(demo_copy)
    try:
        number = conn.execute("SELECT number_text FROM inspection WHERE id = ?", (TA_PHIN,)).fetchone()[0]
        late = conn.execute("SELECT o.id FROM observation o JOIN staff s ON s.id = o.staff_id WHERE o.inspection_id = ? "
                            "AND s.full_name = 'Nguyễn Văn Tuấn'", (TA_PHIN,)).fetchone()[0]
        conn.execute("UPDATE observation SET status = 'on_time', minutes_late = 0 WHERE id = ?", (late,))
        total = conn.execute("SELECT MAX(seq) FROM audit_log").fetchone()[0]
        victim = total // 2
        conn.execute("DELETE FROM audit_log WHERE seq = ?", (victim,))
        conn.commit()
    finally:
        conn.close()
    done = cli("--db", demo_copy, "audit", "verify")
    assert done.returncode != 0, done.stdout
    lines = done.stdout.splitlines()
    broken = [line for line in lines if line.startswith("Audit log broken")]
    changed = [line for line in lines if line.startswith("Signed inspection")]
    assert len(broken) == 1 and f"entry {victim} missing" in broken[0]
    assert changed == [f"Signed inspection {number} ({TA_PHIN}) was changed after signing."]


def test_audit_verify_reports_an_altered_entry(demo_copy: Path, cli: Callable[..., Any]) -> None:
    _tamper(demo_copy)
    conn = sqlite3.connect(demo_copy)
    try:
        seq = conn.execute("SELECT seq FROM audit_log WHERE action = 'observation.set' ORDER BY seq LIMIT 1").fetchone()[0]
        conn.execute("UPDATE audit_log SET detail = ? WHERE seq = ?", ('{"status":"on_time"}', seq))
        conn.commit()
    finally:
        conn.close()
    done = cli("--db", demo_copy, "audit", "verify")
    assert done.returncode != 0
    assert [line for line in done.stdout.splitlines() if line.strip()] == [
        line for line in done.stdout.splitlines() if f"entry {seq} altered" in line and "observation.set" in line]

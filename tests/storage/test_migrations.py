"""Migrations: the code's idea of the head matches Alembic's, triggers survive, an old database is backed up and
migrated with every row intact."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from officedesk.domain.enums import ExcuseReason, Status, UnitKind
from officedesk.rules.schedule import lao_cai_default
from officedesk.services import campaigns, findings, inspections, org, setup, signoff
from officedesk.services.campaigns import MemberInput
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import Ctx
from officedesk.services.org import StaffInput
from officedesk.services.signoff import SignatoryInput
from officedesk.storage.engine import SessionFactory, make_engine
from officedesk.storage.location import to_url
from officedesk.storage.schema import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    REVISIONS,
    Database,
    migrate,
    open_database,
)
from officedesk.storage.triggers import existing_triggers, expected_triggers

FIRST = "0001_initial"


def _script() -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg)


def dump(path: Path, skip: tuple[str, ...] = ("alembic_version",)) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order (a plain sqlite3 read, independent of the code under test)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables if t not in skip}
    finally:
        conn.close()


def test_head_revision_is_alembics_head_and_revisions_are_the_chain() -> None:
    script = _script()
    assert script.get_heads() == [HEAD_REVISION]
    chain = [rev.revision for rev in script.walk_revisions("base", "heads")]
    assert tuple(reversed(chain)) == REVISIONS
    assert REVISIONS[0] == FIRST and REVISIONS[-1] == HEAD_REVISION


def test_the_migrations_build_exactly_the_tables_of_domain_tables(tmp_path: Path) -> None:
    """Every schema change has its migration: a new database (made by the migrations, never create_all) has the
    columns, types, keys and indexes of officedesk/domain/tables.py, nothing more, nothing less."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import officedesk.domain.tables  # noqa: F401 - the tables register themselves in SQLModel.metadata

    db = open_database(to_url(tmp_path / "new.db"), create=True)
    try:
        with db.engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                           SQLModel.metadata)
    finally:
        db.dispose()
    assert differences == []


def test_every_trigger_exists_at_head(tmp_path: Path) -> None:
    db = open_database(to_url(tmp_path / "new.db"), create=True)
    try:
        with db.engine.connect() as conn:
            found = existing_triggers(conn)
    finally:
        db.dispose()
    assert expected_triggers("sqlite") <= found


def _fill(ctx: Ctx) -> str:
    """An organisation and a signed inspection, written through the services at revision 0001."""
    setup.initialise(ctx, installation_code="OLD", installation_name="Máy cũ", province="Hoàng Liên")
    org.add_schedule(ctx, code="TINH", name="Giờ làm việc", versions=[lao_cai_default()], is_default=True)
    org.add_unit(ctx, code="HL", name="Tỉnh Hoàng Liên", kind=UnitKind.PROVINCE)
    org.add_unit(ctx, code="XA01", name="UBND xã Tả Phìn", kind=UnitKind.COMMUNE, parent_code="HL",
                 head_name="Hoàng Văn Chiến", head_title="Chủ tịch UBND xã")
    org.add_staff_many(ctx, [StaffInput(f"XA01-{n:03d}", name, "Công chức", "XA01", date(2015, 1, 1))
                             for n, name in enumerate(["Hoàng Văn Chiến", "Sùng A Páo", "Nguyễn Văn Tuấn",
                                                       "Lê Thị Lan", "Phạm Văn Dũng"], start=1)])
    org.add_post(ctx, unit_code="XA01", code="XA01-MC1", name="Bộ phận một cửa - Địa chính",
                 staff_codes=["XA01-003"])
    camp = campaigns.create_campaign(ctx, code="SAUTET-2024", name="Kiểm tra sau Tết", legal_basis="KH 45",
                                     start_date=date(2024, 2, 15), end_date=date(2024, 2, 16),
                                     parent_agency="UBND TỈNH", agency="VĂN PHÒNG", place="Hoàng Liên",
                                     members=[MemberInput("Phạm Quang Nghĩa")], unit_codes=["XA01"])
    with ctx.db.engine.connect() as conn:
        unit_id = conn.exec_driver_sql("SELECT id FROM unit WHERE code = 'XA01'").scalar_one()
    insp = inspections.open_inspection(ctx, campaign_id=camp, unit_id=unit_id, visit_date=date(2024, 2, 15),
                                       check_time=time(7, 40))
    rows = {r["full_name"]: r["id"] for r in _roster(ctx, insp)}
    inspections.set_status(ctx, rows["Nguyễn Văn Tuấn"], Status.LATE, arrival=time(7, 52))
    inspections.set_status(ctx, rows["Lê Thị Lan"], Status.EXCUSED, reason=ExcuseReason.BUSINESS_TRIP,
                           document_no="12/GĐ-UBND")
    inspections.mark_rest_present(ctx, insp)
    findings.add_violation(ctx, insp, category_code="FESTIVAL", description="Đi lễ đầu năm")
    signoff.sign_off(ctx, insp, [SignatoryInput("unit", "Hoàng Văn Chiến"), SignatoryInput("team", "Phạm Quang Nghĩa")],
                     end_time=time(8, 20))
    return insp


def _roster(ctx: Ctx, insp: str) -> list[dict[str, object]]:
    from officedesk.services.queries import roster

    return roster(ctx, insp)


def test_an_old_database_is_backed_up_then_migrated_with_every_row_intact(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    url = to_url(path)
    engine = make_engine(url)
    migrate(engine, FIRST)
    ctx = Ctx(db=Database(url=url, engine=engine, session=SessionFactory(engine)),
              clock=FixedClock(datetime(2024, 2, 15, 9, 0, tzinfo=LOCAL)))
    insp = _fill(ctx)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == FIRST
        assert existing_triggers(conn) == set()
    engine.dispose()
    before = dump(path)
    assert len(before["observation"]) == 5 and len(before["audit_log"]) > 10 and before["signatory"]

    db = open_database(url)
    try:
        assert db.migrated_from == FIRST
        backups = sorted(tmp_path.glob(f"office.before-{HEAD_REVISION}-*.db"))
        assert backups == [db.backup_path]
        # The backup is a whole, valid SQLite database at the old revision with the same rows.
        check = sqlite3.connect(backups[0])
        try:
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert check.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
        finally:
            check.close()
        assert dump(backups[0]) == before
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
            assert expected_triggers("sqlite") <= existing_triggers(conn)
        # The signed inspection is locked now, and it still verifies.
        with db.session() as s:
            assert signoff.verify_signed(s) == []
    finally:
        db.dispose()
    assert dump(path) == before
    assert insp in {row[0] for row in before["inspection"]}
    # A second open finds the head: no second backup.
    open_database(url).dispose()
    assert len(list(tmp_path.glob("office.before-*.db"))) == 1

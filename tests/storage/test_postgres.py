"""The same schema, locks and services on a real PostgreSQL server (fixture `pg_database` in tests/pg.py)."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError

from officedesk.domain.enums import ExcuseReason, SignBlock, Status, UnitKind
from officedesk.rules.schedule import lao_cai_default
from officedesk.services import campaigns, inspections, org, queries, setup, signoff
from officedesk.services.audit import verify_chain
from officedesk.services.campaigns import MemberInput
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import Ctx
from officedesk.services.org import StaffInput
from officedesk.services.signoff import SignatoryInput
from officedesk.storage.location import to_url
from officedesk.storage.schema import HEAD_REVISION, Database, open_database
from officedesk.storage.triggers import AUDIT_MESSAGE, LOCK_MESSAGE, existing_triggers, expected_triggers

pytestmark = pytest.mark.postgres

PEOPLE = ("Hoàng Văn Chiến", "Sùng A Páo", "Nguyễn Văn Tuấn", "Lê Thị Lan", "Phạm Văn Dũng", "Giàng Thị Mai")


def scenario(db: Database) -> tuple[str, str]:
    """Journey 1 in miniature: initialise, organise, plan, inspect Tả Phìn, sign. Returns (campaign, inspection)."""
    ctx = Ctx(db=db, clock=FixedClock(datetime(2024, 2, 15, 9, 0, tzinfo=LOCAL)))
    setup.initialise(ctx, installation_code="SV1", installation_name="Máy chủ Văn phòng", province="Hoàng Liên")
    org.add_schedule(ctx, code="TINH", name="Giờ làm việc tỉnh", versions=[lao_cai_default()], is_default=True)
    org.add_unit(ctx, code="HL", name="Tỉnh Hoàng Liên", kind=UnitKind.PROVINCE)
    org.add_unit(ctx, code="XA01", name="UBND xã Tả Phìn", kind=UnitKind.COMMUNE, parent_code="HL",
                 head_name=PEOPLE[0], head_title="Chủ tịch UBND xã")
    org.add_staff_many(ctx, [StaffInput(f"XA01-{n:03d}", name, "Công chức", "XA01", date(2012, 3, 1))
                             for n, name in enumerate(PEOPLE, start=1)]
                       + [StaffInput("XA01-099", "Vàng A Sình", "Công chức", "XA01", date(2010, 1, 1),
                                     left_on=date(2023, 12, 31))])
    org.add_post(ctx, unit_code="XA01", code="XA01-MC1", name="Bộ phận một cửa - Địa chính", staff_codes=["XA01-003"])
    camp = campaigns.create_campaign(
        ctx, code="SAUTET-2024", name="Kiểm tra sau Tết Giáp Thìn", legal_basis="Kế hoạch 45/KH-UBND",
        start_date=date(2024, 2, 15), end_date=date(2024, 2, 16), parent_agency="UBND TỈNH HOÀNG LIÊN",
        agency="VĂN PHÒNG", place="Hoàng Liên", members=[MemberInput("Phạm Quang Nghĩa")], unit_codes=["XA01"])
    unit = queries.resolve(ctx, "unit", "XA01")
    insp = inspections.open_inspection(ctx, campaign_id=camp, unit_id=unit, visit_date=date(2024, 2, 15),
                                       check_time=time(7, 40))
    ids = {r["full_name"]: r["id"] for r in queries.roster(ctx, insp)}
    assert sorted(ids) == sorted(PEOPLE)
    late = inspections.set_status(ctx, ids["Nguyễn Văn Tuấn"], Status.LATE, arrival=time(7, 52))
    assert (late.status, late.minutes_late) == (Status.LATE, 22)
    inspections.set_status(ctx, ids["Lê Thị Lan"], Status.EXCUSED, reason=ExcuseReason.BUSINESS_TRIP,
                           document_no="12/GĐ-UBND")
    inspections.set_status(ctx, ids["Phạm Văn Dũng"], Status.UNEXCUSED)
    assert inspections.mark_rest_present(ctx, insp) == 3
    signoff.sign_off(ctx, insp, [SignatoryInput(SignBlock.UNIT, PEOPLE[0], "Chủ tịch UBND xã"),
                                 SignatoryInput(SignBlock.TEAM, "Phạm Quang Nghĩa", "Trưởng đoàn")],
                     end_time=time(8, 15))
    return camp, insp


def _columns(db: Database) -> dict[str, list[str]]:
    insp = inspect(db.engine)
    return {t: sorted(c["name"] for c in insp.get_columns(t)) for t in insp.get_table_names()}


def test_a_new_postgres_database_is_migrated_to_the_same_schema(pg_database: str, tmp_path: Path) -> None:
    pg = open_database(pg_database, create=True)
    lite = open_database(to_url(tmp_path / "same.db"), create=True)
    try:
        assert not pg.is_sqlite
        with pg.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
            assert expected_triggers("postgresql") <= existing_triggers(conn)
        assert _columns(pg) == _columns(lite)
        assert len(_columns(pg)) >= 20
    finally:
        pg.dispose()
        lite.dispose()
    again = open_database(pg_database)
    assert again.migrated_from is None and again.backup_path is None
    again.dispose()


def test_the_services_work_on_postgres_and_count_as_on_sqlite(pg_database: str, tmp_path: Path) -> None:
    pg = open_database(pg_database, create=True)
    lite = open_database(to_url(tmp_path / "same.db"), create=True)
    try:
        counts = {}
        for name, db in (("postgresql", pg), ("sqlite", lite)):
            camp, insp = scenario(db)
            ctx = Ctx(db=db)
            counts[name] = [(uc.unit_code, uc.inspections, uc.counts) for uc in queries.campaign_counts(ctx, camp)]
            flags = queries.flags(ctx, day=date(2024, 2, 15))
            assert sorted((f.kind, f.staff_name or "") for f in flags) == [
                ("empty_post", "Bộ phận một cửa - Địa chính"), ("excused", "Lê Thị Lan"),
                ("late", "Nguyễn Văn Tuấn"), ("unexcused", "Phạm Văn Dũng")]
            assert queries.list_inspections(ctx)[0]["number_text"] == "01/BB-ĐKT-SV1"
            with db.session() as s:
                assert verify_chain(s) == []
                assert signoff.verify_signed(s) == []
        assert counts["postgresql"] == counts["sqlite"]
        (code, n, c), = counts["postgresql"]
        assert (code, n, c.headcount, c.present, c.late, c.excused, c.unexcused, c.empty_posts) == (
            "XA01", 1, 6, 4, 1, 1, 1, 1)
    finally:
        pg.dispose()
        lite.dispose()


def test_postgres_triggers_refuse_changes_to_signed_records(pg_database: str) -> None:
    db = open_database(pg_database, create=True)
    try:
        _camp, insp = scenario(db)
        attempts = [
            ("UPDATE inspection SET notes = 'sửa' WHERE id = %(i)s", LOCK_MESSAGE),
            ("DELETE FROM inspection WHERE id = %(i)s", LOCK_MESSAGE),
            ("UPDATE observation SET status = 'on_time' WHERE inspection_id = %(i)s", LOCK_MESSAGE),
            ("DELETE FROM post_check WHERE inspection_id = %(i)s", LOCK_MESSAGE),
            ("UPDATE signatory SET full_name = 'X' WHERE signoff_id IN "
             "(SELECT id FROM signoff WHERE inspection_id = %(i)s)", LOCK_MESSAGE),
            ("INSERT INTO observation (id, installation_id, created_at, updated_at, inspection_id, staff_id, status, "
             "unmarked, minutes_late, minutes_early, session, excuse_reason, document_no, note) SELECT 'new', '', "
             "now(), now(), %(i)s, id, 'on_time', false, 0, 0, '', '', '', '' FROM staff WHERE code = 'XA01-099'",
             LOCK_MESSAGE),
            ("UPDATE audit_log SET detail = '{}'", AUDIT_MESSAGE),
            ("DELETE FROM audit_log", AUDIT_MESSAGE),
        ]
        for sql, message in attempts:
            with pytest.raises(DBAPIError, match=message), db.engine.begin() as conn:
                conn.exec_driver_sql(sql, {"i": insp})
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT state FROM inspection WHERE id = %(i)s", {"i": insp}).scalar() == "signed"
    finally:
        db.dispose()

"""A large generated campaign for benchmarks: 500 units, 20,000 staff, one inspection each, statuses spread."""

from __future__ import annotations

import random
from datetime import datetime, time
from pathlib import Path

from sqlalchemy import text

from officedesk.domain.enums import UnitKind
from officedesk.rules.schedule import lao_cai_default
from officedesk.services import campaigns, inspections, org, setup
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import Ctx
from officedesk.services.org import StaffInput
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

STATUSES = ("on_time",) * 90 + ("late",) * 4 + ("excused",) * 3 + ("unexcused",) * 2 + ("left_post",)


def build_big_campaign(path: Path, units: int = 500, staff_per_unit: int = 40) -> Path:
    if path.exists():
        return path
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    db = open_database(to_url(tmp), create=True)
    day = datetime(2024, 2, 15, 10, 0, tzinfo=LOCAL)
    ctx = Ctx(db=db, clock=FixedClock(day))
    setup.initialise(ctx, installation_code="B1", installation_name="bench")
    org.add_schedule(ctx, code="S", name="S", versions=[lao_cai_default()], is_default=True)
    org.add_unit(ctx, code="P", name="Tỉnh", kind=UnitKind.PROVINCE)
    people = []
    rng = random.Random(1)
    for u in range(units):
        org.add_unit(ctx, code=f"U{u:03d}", name=f"Đơn vị số {u}", kind=UnitKind.DEPARTMENT, parent_code="P")
        for s in range(staff_per_unit):
            people.append(StaffInput(code=f"U{u:03d}-{s:02d}", full_name=f"Nguyễn Văn Người {u}-{s}",
                                     position="Chuyên viên", unit_code=f"U{u:03d}"))
    org.add_staff_many(ctx, people)
    cid = campaigns.create_campaign(ctx, code="BIG", name="Kiểm tra lớn", legal_basis="", start_date=day.date(),
                                    end_date=day.date(), parent_agency="UBND TỈNH", agency="VĂN PHÒNG", place="X")
    with db.engine.connect() as conn:
        unit_ids = [r[0] for r in conn.execute(text("SELECT id FROM unit WHERE code <> 'P' ORDER BY code"))]
    for uid in unit_ids:
        inspections.open_inspection(ctx, campaign_id=cid, unit_id=uid, visit_date=day.date(), check_time=time(7, 45))
    with db.engine.begin() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM observation"))]
        updates = []
        for oid in ids:
            st = rng.choice(STATUSES)
            updates.append({"i": oid, "s": st, "m": rng.randint(6, 40) if st == "late" else 0,
                            "a": "07:50:00.000000" if st == "late" else None})
        conn.execute(text("UPDATE observation SET status = :s, minutes_late = :m, arrival_time = :a, unmarked = 0 "
                          "WHERE id = :i"), updates)
    db.dispose()
    tmp.rename(path)
    return path


def build_big_unit(path: Path, staff: int = 2000) -> tuple[Path, str]:
    """One unit of 2,000 staff with a draft inspection: the entry screen's worst realistic roster."""
    if not path.exists():
        tmp = path.with_name(path.name + ".tmp")
        tmp.unlink(missing_ok=True)
        db = open_database(to_url(tmp), create=True)
        day = datetime(2024, 2, 15, 10, 0, tzinfo=LOCAL)
        ctx = Ctx(db=db, clock=FixedClock(day))
        setup.initialise(ctx, installation_code="B2", installation_name="bench")
        org.add_schedule(ctx, code="S", name="S", versions=[lao_cai_default()], is_default=True)
        org.add_unit(ctx, code="BIG", name="Sở rất lớn", kind=UnitKind.DEPARTMENT)
        rng = random.Random(2)
        from officedesk.demo.names import NameMaker

        names = NameMaker(seed=9)
        org.add_staff_many(ctx, [StaffInput(code=f"BIG-{n:04d}", full_name=names.person(), position="Chuyên viên",
                                            unit_code="BIG") for n in range(staff)])
        del rng
        cid = campaigns.create_campaign(ctx, code="C", name="Kiểm tra", legal_basis="", start_date=day.date(),
                                        end_date=day.date(), parent_agency="", agency="VĂN PHÒNG", place="X")
        with db.engine.connect() as conn:
            uid = conn.execute(text("SELECT id FROM unit WHERE code = 'BIG'")).scalar_one()
        inspections.open_inspection(ctx, campaign_id=cid, unit_id=uid, visit_date=day.date(), check_time=time(7, 45))
        db.dispose()
        tmp.rename(path)
    db = open_database(to_url(path))
    with db.engine.connect() as conn:
        insp = conn.execute(text("SELECT id FROM inspection")).scalar_one()
    db.dispose()
    return path, str(insp)

"""A small organisation for the services' tests, built once through the services and copied per test.

Day of the visits: Thursday 15/02/2024, the first working day after Tết Giáp Thìn; the clock stands at 10:00.
Hours (built here, not the demo's): 07:30–11:30 and 13:30–17:00 all year, 5 minutes' grace.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import text

from officedesk.domain.enums import Role, SignBlock, TeamRole, UnitKind
from officedesk.rules.schedule import ScheduleVersion, Season, Session
from officedesk.services import accounts, campaigns, inspections, org, setup, signoff
from officedesk.services.campaigns import MemberInput
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import SYSTEM, Actor, Ctx
from officedesk.services.org import StaffInput
from officedesk.services.signoff import SignatoryInput
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

DAY = date(2024, 2, 15)
NOW = datetime(2024, 2, 15, 10, 0, tzinfo=LOCAL)
PASSWORD = "mật-khẩu-2024"
CODE = "T1"

# code, name, unit, joined_on, left_on — who is on staff on DAY is the point of the roster tests.
STAFF = (
    ("U-001", "Trần Văn Thủ", "U", date(2010, 5, 1), None),
    ("U-002", "Nguyễn Thị Bình", "U", None, None),  # no joining date: on staff
    ("U-003", "Lê Văn Cường", "U", DAY, None),  # joined that very day: on staff
    ("U-004", "Phạm Thị Dung", "U", date(2024, 2, 16), None),  # joins the next day: not yet
    ("U-005", "Hoàng Văn Em", "U", date(2015, 1, 1), date(2024, 2, 1)),  # left before: not on the roster
    ("U-006", "Vũ Thị Giang", "U", date(2015, 1, 1), DAY),  # left that day: gone
    ("U-007", "Đặng Văn Hải", "U", date(2015, 1, 1), date(2024, 3, 1)),  # leaves later: still on staff
    ("U-008", "Bùi Thị Khánh", "U", date(2018, 1, 1), None),  # the counter officer
    ("U-009", "Đỗ Văn Long", "U", date(2018, 1, 1), None),
    ("U-010", "Ngô Thị Mai", "U", date(2019, 1, 1), None),
    ("US-001", "Dương Văn Nam", "U-SUB", date(2016, 1, 1), None),  # a sub-unit's people are the unit's
    ("US-002", "Lý Thị Oanh", "U-SUB", date(2016, 1, 1), None),
    ("V-001", "Giàng A Páo", "V", date(2012, 1, 1), None),
    ("V-002", "Lò Thị Quyên", "V", date(2012, 1, 1), None),
    ("VX-001", "Sùng A Sử", "V-X", date(2012, 1, 1), None),  # a commune under the city is not the city's
)
ON_ROSTER_U = {"U-001", "U-002", "U-003", "U-007", "U-008", "U-009", "U-010", "US-001", "US-002"}
USERS = (  # username, role, unit, campaign member
    ("admin", Role.ADMIN, None, False),
    ("lead", Role.TEAM_LEADER, None, True),
    ("insp", Role.INSPECTOR, None, True),
    ("outsider", Role.INSPECTOR, None, False),
    ("head", Role.UNIT_HEAD, "U", False),
    ("headv", Role.UNIT_HEAD, "V", False),
    ("viewer", Role.VIEWER, None, True),
)


def hours_0730() -> ScheduleVersion:
    return ScheduleVersion(valid_from=date(2020, 1, 1), valid_to=None, late_grace_min=5, seasons=(
        Season("Cả năm", (1, 1), (12, 31), Session("morning", time(7, 30), time(11, 30)),
               Session("afternoon", time(13, 30), time(17, 0))),))


def build_org(path: Path, code: str = CODE, campaign_id: str | None = None) -> None:
    db = open_database(to_url(path), create=True)
    ctx = Ctx(db=db, clock=FixedClock(datetime(2024, 2, 1, 9, 0, tzinfo=LOCAL)))
    try:
        setup.initialise(ctx, installation_code=code, installation_name=f"Máy {code}", province="Hoàng Liên")
        org.add_schedule(ctx, code="S", name="Giờ hành chính", versions=[hours_0730()], is_default=True)
        org.add_unit(ctx, code="P", name="Tỉnh Hoàng Liên", kind=UnitKind.PROVINCE)
        org.add_unit(ctx, code="U", name="Sở Nội vụ", kind=UnitKind.DEPARTMENT, parent_code="P",
                     head_name="Trần Văn Thủ", head_title="Giám đốc")
        org.add_unit(ctx, code="U-SUB", name="Phòng Tổ chức", kind=UnitKind.SUB_UNIT, parent_code="U")
        org.add_unit(ctx, code="V", name="UBND thành phố", kind=UnitKind.CITY, parent_code="P",
                     head_name="Giàng A Páo", head_title="Chủ tịch")
        org.add_unit(ctx, code="V-X", name="UBND xã Tả Phìn", kind=UnitKind.COMMUNE, parent_code="V")
        org.add_staff_many(ctx, [StaffInput(c, n, "Chuyên viên", u, j, left) for c, n, u, j, left in STAFF])
        org.add_post(ctx, unit_code="U", code="U-Q1", name="Quầy tiếp nhận", required=True, staff_codes=["U-008"])
        org.add_post(ctx, unit_code="U", code="U-Q2", name="Bàn hướng dẫn", required=False, staff_codes=["U-009"])
        for username, role, unit, _member in USERS:
            accounts.create_user(ctx, username=username, full_name=f"Người dùng {username}", role=role,
                                 password=PASSWORD, unit_code=unit)
        for camp_code in ("C24", "C24B"):
            campaigns.create_campaign(
                ctx, code=camp_code, name=f"Kiểm tra {camp_code}", legal_basis="Kế hoạch 45/KH-UBND",
                start_date=DAY, end_date=date(2024, 2, 16), parent_agency="UBND TỈNH", agency="VĂN PHÒNG",
                place="Hoàng Liên", unit_codes=["U", "V"], id=campaign_id if camp_code == "C24" else None,
                members=[MemberInput(f"Người dùng {u}", team_role=TeamRole.LEADER if u == "lead" else TeamRole.MEMBER,
                                     username=u) for u, _r, _unit, member in USERS if member])
    finally:
        db.dispose()


@dataclass
class Org:
    """The copied organisation, opened: ids by code, actors by user name, a system context on the fixed clock.

    Test modules cannot import this conftest (tests/ is not a package), so the constants travel with the object.
    """

    ctx: Ctx
    units: dict[str, str]
    staff: dict[str, str]
    campaigns: dict[str, str]
    actors: dict[str, Actor]
    DAY: ClassVar[date] = DAY
    ON_ROSTER_U: ClassVar[frozenset[str]] = frozenset(ON_ROSTER_U)
    PASSWORD: ClassVar[str] = PASSWORD

    def as_(self, username: str | None) -> Ctx:
        return replace(self.ctx, actor=SYSTEM if username is None else self.actors[username])

    def open(self, unit: str = "U", *, check: time = time(8, 0), campaign: str = "C24", day: date = DAY) -> str:
        return inspections.open_inspection(self.ctx, campaign_id=self.campaigns[campaign], unit_id=self.units[unit],
                                           visit_date=day, check_time=check)

    def roster(self, inspection_id: str) -> dict[str, dict[str, object]]:
        from officedesk.services.queries import roster

        return {str(r["code"]): r for r in roster(self.ctx, inspection_id)}

    TEAM_SIGNATURES: ClassVar[tuple[SignatoryInput, ...]] = (
        SignatoryInput(SignBlock.UNIT, "Trần Văn Thủ", "Giám đốc"),
        SignatoryInput(SignBlock.TEAM, "Người dùng lead", "Trưởng đoàn"))

    def sign(self, inspection_id: str, ctx: Ctx | None = None) -> str:
        """Everyone else present, then the unit's and the team's signatures on the spot."""
        inspections.mark_rest_present(self.ctx, inspection_id)
        return signoff.sign_off(ctx or self.ctx, inspection_id, self.TEAM_SIGNATURES, end_time=time(8, 30))


def open_org(path: Path) -> Org:
    db = open_database(to_url(path))
    ctx = Ctx(db=db, clock=FixedClock(NOW))
    with db.engine.connect() as conn:
        units = dict(conn.execute(text("SELECT code, id FROM unit")).all())
        staff = dict(conn.execute(text("SELECT code, id FROM staff")).all())
        camps = dict(conn.execute(text("SELECT code, id FROM campaign")).all())
        users = conn.execute(text("SELECT id, username, full_name, role, unit_id FROM user_account")).all()
    actors = {u[1]: Actor(user_id=u[0], username=u[1], full_name=u[2], role=Role(u[3]), unit_id=u[4]) for u in users}
    return Org(ctx, units, staff, camps, actors)


@pytest.fixture(scope="session")
def org_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("org") / "org.db"
    build_org(path)
    return path


@pytest.fixture
def make_org(tmp_path: Path) -> Iterator[Callable[..., Org]]:
    """A new organisation of its own: make_org("A1", campaign_id=…) — another installation's database."""
    opened: list[Org] = []

    def make(code: str, campaign_id: str | None = None) -> Org:
        path = tmp_path / f"org-{code}.db"
        build_org(path, code, campaign_id)
        opened.append(open_org(path))
        return opened[-1]

    yield make
    for o in opened:
        o.ctx.db.dispose()


@pytest.fixture
def org_db(org_template: Path, tmp_path: Path) -> Iterator[Org]:
    path = tmp_path / "org.db"
    shutil.copyfile(org_template, path)
    o = open_org(path)
    yield o
    o.ctx.db.dispose()

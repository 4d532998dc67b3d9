"""Build the demo database through the same services the client uses, so everything is audited and verifies."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from officedesk.demo.names import COMMUNE_POSITIONS, STAFF_POSITIONS, NameMaker
from officedesk.demo.province import PROVINCE, UnitSpec, demo_id, joined_date, units
from officedesk.demo.signatures import counter_photo, signature_png
from officedesk.domain.enums import (
    ActionStatus,
    CalendarDayKind,
    ExcuseReason,
    Role,
    SignBlock,
    Status,
    TeamRole,
    UnitKind,
)
from officedesk.domain.tables import reproducible_ids
from officedesk.rules import schedule as sched
from officedesk.services import accounts, campaigns, findings, inspections, org, queries, setup, signoff
from officedesk.services.campaigns import MemberInput
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import SYSTEM, Actor, Ctx
from officedesk.services.org import StaffInput
from officedesk.services.signoff import SignatoryInput
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

DEMO_PASSWORD = "demo-2024"
ACCOUNTS = (  # username, full name, title, role, unit
    ("admin", "Lê Thị Mai", "Chuyên viên Công nghệ thông tin", Role.ADMIN, None),
    ("truongdoan", "Phạm Quang Nghĩa", "Phó Chánh Văn phòng UBND tỉnh", Role.TEAM_LEADER, None),
    ("hoa", "Nguyễn Thị Hoa", "Chuyên viên Phòng Tổng hợp", Role.INSPECTOR, None),
    ("thuky", "Đỗ Văn Hùng", "Chuyên viên Phòng Hành chính - Tổ chức", Role.INSPECTOR, None),
    ("taphin", "", "Chủ tịch UBND xã", Role.UNIT_HEAD, "XA01"),
    ("nam", "Vũ Đức Nam", "Chuyên viên Phòng Tổng hợp", Role.VIEWER, None),
)
Progress = Callable[[str], None]


@dataclass
class CampaignPlan:
    code: str
    name: str
    tet_day: date
    legal_basis: str
    rates: tuple[float, float, float, float]  # late, unexcused, left post, excused
    previous: str | None


PLANS = (
    CampaignPlan("SAUTET-2023", "Kiểm tra kỷ luật, kỷ cương hành chính sau Tết Quý Mão 2023", date(2023, 1, 22),
                 "Kế hoạch số 18/KH-UBND ngày 16/01/2023 của UBND tỉnh Hoàng Liên; Chỉ thị số 26/CT-TTg ngày "
                 "05/9/2016 của Thủ tướng Chính phủ", (0.026, 0.007, 0.005, 0.03), None),
    CampaignPlan("SAUTET-2024", "Kiểm tra kỷ luật, kỷ cương hành chính sau Tết Giáp Thìn 2024", date(2024, 2, 10),
                 "Kế hoạch số 45/KH-UBND ngày 05/02/2024 của UBND tỉnh Hoàng Liên; Chỉ thị số 26/CT-TTg ngày "
                 "05/9/2016 của Thủ tướng Chính phủ", (0.012, 0.004, 0.003, 0.03), "SAUTET-2023"),
)
PLANNED_UNITS = ("VPUB", "SNV", "STC", "SKHDT", "STP", "SYT", "SXD", "STNMT", "SNNPTNT", "SVHTTDL", "SLDTBXH",
                 "TTT", "TTPVHCC", "TPHL", "TP-VP", "XA01", "XA02", "XA03", "XA04", "XA05", "XA06", "XA07", "XA09",
                 "XA11")
LEFT_UNINSPECTED_2024 = ("XA11",)
LEFT_DRAFT_2024 = ("XA09",)
AMENDED_2024 = "SNV"


def build_demo(path: Path, progress: Progress | None = None) -> Path:
    """Build the demo into `path` (replaced atomically: a half-built demo is never left behind)."""
    say = progress or (lambda _m: None)
    path = path.expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    db = open_database(to_url(tmp), create=True)
    clock = FixedClock(datetime(2024, 1, 2, 8, 0, tzinfo=LOCAL))
    ctx = Ctx(db=db, actor=SYSTEM, clock=clock)
    try:
        with reproducible_ids("officedesk-demo"):
            say("installation")
            setup.initialise(ctx, installation_code="VP1",
                             installation_name="Văn phòng UBND tỉnh Hoàng Liên (demo)", province=PROVINCE,
                             installation_id=demo_id("installation", "VP1"))
            _organisation(ctx, say)
            _accounts(ctx)
            for plan in PLANS:
                say(plan.code)
                _campaign(ctx, plan)
    finally:
        db.dispose()
    os.replace(tmp, path)
    return path


def _organisation(ctx: Ctx, say: Progress) -> None:
    say("schedules")
    base = sched.lao_cai_default()
    org.add_schedule(ctx, code="TINH", name=f"Giờ làm việc tỉnh {PROVINCE}", versions=[base], is_default=True,
                     id=demo_id("schedule", "TINH"))
    org.add_calendar_override(ctx, date(2025, 4, 26), CalendarDayKind.WORKING,
                              "Làm bù cho ngày 02/5/2025 (Thông báo của Bộ Nội vụ)")
    org.add_calendar_override(ctx, date(2025, 5, 2), CalendarDayKind.OFF, "Nghỉ bù, làm bù ngày 26/4/2025")
    names = NameMaker(seed=2024)
    rng = random.Random(17)
    say("units and staff")
    specs = units()
    people: list[StaffInput] = []
    posts_of: dict[str, list[tuple[str, str]]] = {}
    staff_of: dict[str, list[str]] = {}
    for spec in specs:
        head = _scenario_names(spec.code)[0] if _scenario_names(spec.code) else names.person()
        names.used.add(head)
        if spec.kind == UnitKind.PROVINCE:
            head = "Trịnh Xuân Thành"
        org.add_unit(ctx, code=spec.code, name=spec.name, kind=spec.kind, parent_code=spec.parent,
                     head_name=head, head_title=spec.head_title, id=demo_id("unit", spec.code))
        codes = _staff_for(spec, head, names, rng, people)
        staff_of[spec.code] = codes
        posts_of[spec.code] = spec.posts
    org.add_staff_many(ctx, people)
    say("posts")
    for spec in specs:
        codes = staff_of[spec.code]
        for n, (post_code, post_name) in enumerate(spec.posts):
            officer = codes[2 + n] if len(codes) > 2 + n else codes[-1]
            org.add_post(ctx, unit_code=spec.code, code=post_code, name=post_name, required=True,
                         staff_codes=[officer], valid_from=date(2020, 1, 1), id=demo_id("post", post_code))


def _scenario_names(unit_code: str) -> list[str]:
    """People SCENARIOS.md names, placed where the journeys happen: the commune of Tả Phìn (XA01)."""
    if unit_code == "XA01":
        return ["Hoàng Văn Chiến", "Sùng A Páo", "Nguyễn Văn Tuấn", "Lê Thị Lan", "Phạm Văn Dũng"]
    return []


def _staff_for(spec: UnitSpec, head: str, names: NameMaker, rng: random.Random, out: list[StaffInput]) -> list[str]:
    if spec.size <= 0:
        return []
    scripted = _scenario_names(spec.code)
    codes = []
    for i in range(spec.size):
        code = f"{spec.code}-{i + 1:03d}"
        if i == 0:
            name, position = head, spec.head_title
        elif i == 1:
            name = scripted[1] if len(scripted) > 1 else names.person()
            position = "Phó " + spec.head_title.split(" ")[0].lower() + (
                " " + " ".join(spec.head_title.split(" ")[1:]) if " " in spec.head_title else "")
        else:
            name = scripted[i] if i < len(scripted) else names.person()
            if spec.kind == UnitKind.COMMUNE:
                position = "Công chức Địa chính - Xây dựng" if i == 2 else COMMUNE_POSITIONS[i % len(COMMUNE_POSITIONS)]
            elif spec.kind == UnitKind.SERVICE_CENTRE and i < 16:
                position = "Công chức tiếp nhận và trả kết quả"
            else:
                position = rng.choice(STAFF_POSITIONS)
        names.used.add(name)
        codes.append(code)
        out.append(StaffInput(code=code, full_name=name, position=position, unit_code=spec.code,
                              joined_on=joined_date(rng.random()), clock_user_id=str(1000 + len(out)),
                              id=demo_id("staff", code)))
    return codes


def _accounts(ctx: Ctx) -> None:
    with ctx.db.engine.connect() as conn:
        head_xa01 = conn.execute(text("SELECT head_name FROM unit WHERE code = 'XA01'")).scalar_one()
    for username, full_name, title, role, unit in ACCOUNTS:
        accounts.create_user(ctx, username=username, full_name=full_name or head_xa01, title=title, role=role,
                             password=DEMO_PASSWORD, unit_code=unit, id=demo_id("user", username))


def _fixed_clock(ctx: Ctx) -> FixedClock:
    """The demo moves time by hand: build_demo gives its context a FixedClock."""
    if not isinstance(ctx.clock, FixedClock):
        raise TypeError("the demo is built on a FixedClock")
    return ctx.clock


def _actor(ctx: Ctx, username: str) -> Actor:
    with ctx.db.engine.connect() as conn:
        row = conn.execute(text("SELECT id, full_name, role, unit_id FROM user_account WHERE username = :u"),
                           {"u": username}).one()
    return Actor(user_id=row[0], username=username, full_name=row[1], role=Role(row[2]), unit_id=row[3])


def _campaign(ctx: Ctx, plan: CampaignPlan) -> None:
    start, end = campaigns.propose_dates(ctx, plan.tet_day, 2)
    _fixed_clock(ctx).set_local(start - timedelta(days=3), time(9, 0))
    ctx.actor = _actor(ctx, "truongdoan")
    campaigns.create_campaign(
        ctx, code=plan.code, name=plan.name, legal_basis=plan.legal_basis, start_date=start, end_date=end,
        parent_agency=f"UBND TỈNH {PROVINCE.upper()}", agency="VĂN PHÒNG", place=PROVINCE,
        members=[MemberInput("Phạm Quang Nghĩa", "Phó Chánh Văn phòng UBND tỉnh", TeamRole.LEADER, "truongdoan"),
                 MemberInput("Nguyễn Thị Hoa", "Chuyên viên Phòng Tổng hợp", TeamRole.MEMBER, "hoa"),
                 MemberInput("Đỗ Văn Hùng", "Chuyên viên Phòng Hành chính - Tổ chức", TeamRole.MINUTE_TAKER, "thuky")],
        unit_codes=PLANNED_UNITS, previous_campaign_code=plan.previous, id=demo_id("campaign", plan.code))
    rng = random.Random(plan.code)
    campaign_id = demo_id("campaign", plan.code)
    is_2024 = plan.code.endswith("2024")
    for n, unit_code in enumerate(PLANNED_UNITS):
        if is_2024 and unit_code in LEFT_UNINSPECTED_2024:
            continue
        day = start if n % 2 == 0 else end
        morning = n % 5 != 4
        minute = (n * 7) % 50
        check = time(7 + (35 + minute) // 60, (35 + minute) % 60) if morning else time(13, 40 + (n * 3) % 19)
        if is_2024 and unit_code == "XA01":
            day, check = start, time(7, 40)
        _inspect(ctx, plan, campaign_id, unit_code, day, check, rng, draft=is_2024 and unit_code in LEFT_DRAFT_2024)


def _inspect(ctx: Ctx, plan: CampaignPlan, campaign_id: str, unit_code: str, day: date, check: time,
             rng: random.Random, draft: bool) -> None:
    _fixed_clock(ctx).set_local(day, (datetime.combine(day, check) + timedelta(minutes=45)).time())
    ctx.actor = _actor(ctx, "hoa")
    unit_id = demo_id("unit", unit_code)
    insp_id = inspections.open_inspection(ctx, campaign_id=campaign_id, unit_id=unit_id, visit_date=day,
                                          check_time=check, id=demo_id("inspection", f"{plan.code}:{unit_code}"))
    roster: dict[str, dict[str, Any]] = {r["full_name"]: r for r in _roster(ctx, insp_id)}
    late_p, unexcused_p, left_p, excused_p = plan.rates
    scripted = plan.code.endswith("2024") and unit_code == "XA01"
    for row in roster.values():
        if scripted:
            break
        if row["position"].startswith(("Giám đốc", "Chủ tịch", "Chánh")):
            continue
        roll = rng.random()
        if roll < late_p:
            arrival = (datetime.combine(day, check) + timedelta(minutes=rng.randint(-8, 20))).time()
            arrival = max(arrival, time(7, 37) if check < time(12) else time(13, 37))
            inspections.set_status(ctx, row["id"], Status.LATE, arrival=arrival)
        elif roll < late_p + unexcused_p:
            inspections.set_status(ctx, row["id"], Status.UNEXCUSED)
        elif roll < late_p + unexcused_p + left_p:
            inspections.set_status(ctx, row["id"], Status.LEFT_POST, note="Đi uống cà phê trong giờ làm việc")
        elif roll < late_p + unexcused_p + left_p + excused_p:
            reason = rng.choice(list(ExcuseReason)[:4])
            doc = {ExcuseReason.BUSINESS_TRIP: f"{rng.randint(3, 60)}/GĐ-{unit_code}",
                   ExcuseReason.LEAVE: f"Đơn xin nghỉ phép ngày {day.strftime('%d/%m')}",
                   ExcuseReason.TRAINING: f"{rng.randint(100, 400)}/QĐ-SNV"}.get(reason, "")
            inspections.set_status(ctx, row["id"], Status.EXCUSED, reason=reason, document_no=doc)
    if scripted:
        _scenario_ta_phin(ctx, insp_id, roster)
    if unit_code == "TTPVHCC":
        counters = [r for r in roster.values() if r["position"] == "Công chức tiếp nhận và trả kết quả"]
        officer = counters[rng.randrange(len(counters))]
        inspections.set_status(ctx, officer["id"], Status.EXCUSED, reason=ExcuseReason.SICK,
                               document_no="Giấy ra viện")
    if unit_code == "XA05":
        victim = sorted(roster.values(), key=lambda r: r["code"])[6]
        inspections.set_status(ctx, victim["id"], Status.LEFT_POST, note="Đi lễ đền đầu năm trong giờ làm việc")
        findings.add_violation(ctx, insp_id, category_code="FESTIVAL", staff_id=victim["staff_id"],
                               description="Đi lễ đền đầu năm trong giờ làm việc buổi sáng")
        findings.add_action(ctx, insp_id, description="Kiểm điểm, chấn chỉnh cán bộ đi lễ hội trong giờ làm việc",
                            owner="Chủ tịch UBND xã", deadline=day + timedelta(days=14),
                            finding_ref=_finding(ctx, insp_id, "violation"))
    if draft:
        return
    inspections.mark_rest_present(ctx, insp_id)
    counts_late = sum(1 for r in _roster(ctx, insp_id) if r["status"] != "on_time")
    if counts_late and unit_code not in ("XA01", "XA05"):
        findings.add_action(ctx, insp_id, description="Chấn chỉnh việc chấp hành giờ giấc làm việc, báo cáo kết quả "
                            "về Văn phòng UBND tỉnh", owner="Thủ trưởng đơn vị", deadline=day + timedelta(days=15))
    findings.set_text(ctx, insp_id, conclusions=_conclusion(counts_late),
                      recommendations="Đề nghị thủ trưởng đơn vị tiếp tục quán triệt, nâng cao ý thức chấp hành kỷ "
                                      "luật, kỷ cương hành chính của cán bộ, công chức, viên chức.")
    _sign(ctx, insp_id, unit_code, day, check)
    if plan.code.endswith("2024") and unit_code == AMENDED_2024:
        _amend_scenario(ctx, insp_id, unit_code, day, check)
    if plan.code.endswith("2023"):
        _settle_actions(ctx, insp_id)


def _conclusion(violations: int) -> str:
    if not violations:
        return "Cán bộ, công chức của đơn vị chấp hành nghiêm giờ giấc làm việc; không phát hiện vi phạm."
    return ("Đa số cán bộ, công chức chấp hành tốt giờ giấc làm việc; còn một số trường hợp chưa chấp hành nghiêm "
            "như nêu tại mục II.")


def _scenario_ta_phin(ctx: Ctx, insp_id: str, roster: dict[str, dict[str, Any]]) -> None:
    """SCENARIOS.md journey 1, as Chị Hoa records it on 15/02/2024 at the commune of Tả Phìn."""
    inspections.set_status(ctx, str(roster["Nguyễn Văn Tuấn"]["id"]), Status.LATE, arrival=time(7, 52))
    inspections.set_status(ctx, str(roster["Lê Thị Lan"]["id"]), Status.EXCUSED, reason=ExcuseReason.BUSINESS_TRIP,
                           document_no="12/GĐ-UBND")
    inspections.set_status(ctx, str(roster["Phạm Văn Dũng"]["id"]), Status.UNEXCUSED)
    findings.add_attachment(ctx, insp_id, counter_photo("Quay mot cua - Dia chinh: khong co nguoi luc 07:40"),
                            caption="Quầy một cửa - Địa chính không có người lúc 07 giờ 40")
    findings.add_action(ctx, insp_id, description="Bố trí người thay thế tại quầy khi cán bộ phụ trách vắng mặt",
                        owner="Văn phòng UBND xã", deadline=date(2024, 2, 29),
                        finding_ref=_finding(ctx, insp_id, "empty_post", "Địa chính"))


def _finding(ctx: Ctx, insp_id: str, kind: str, about: str = "") -> str:
    """The ref of the inspection's first finding of this kind (naming `about`), for an action that answers it."""
    return next(str(f["ref"]) for f in queries.inspection_findings(ctx, insp_id)
                if f["kind"] == kind and about in f["who"])


def _sign(ctx: Ctx, insp_id: str, unit_code: str, day: date, check: time) -> None:
    with ctx.db.engine.connect() as conn:
        head, title = conn.execute(text("SELECT head_name, head_title FROM unit WHERE code = :c"),
                                   {"c": unit_code}).one()
    end = (datetime.combine(day, check) + timedelta(minutes=35)).time()
    signoff.sign_off(ctx, insp_id, [
        SignatoryInput(SignBlock.UNIT, head, title.upper(), "Đại diện đơn vị được kiểm tra", signature_png(head)),
        SignatoryInput(SignBlock.TEAM, "Phạm Quang Nghĩa", "PHÓ CHÁNH VĂN PHÒNG UBND TỈNH", "Trưởng đoàn",
                       signature_png("Phạm Quang Nghĩa")),
        SignatoryInput(SignBlock.MINUTES, "Đỗ Văn Hùng", "CHUYÊN VIÊN", "Người ghi biên bản",
                       signature_png("Đỗ Văn Hùng")),
    ], end_time=end)


def _amend_scenario(ctx: Ctx, insp_id: str, unit_code: str, day: date, check: time) -> None:
    """SCENARIOS.md journey 2: a late officer had permission to attend a meeting first."""
    late = [r for r in _roster(ctx, insp_id) if r["status"] == "late"]
    if not late:
        row = _roster(ctx, insp_id)[5]
    else:
        row = late[0]
    _fixed_clock(ctx).set_local(day + timedelta(days=5), time(9, 0))
    ctx.actor = _actor(ctx, "truongdoan")
    new_id = signoff.amend(ctx, insp_id, f"Đơn vị cung cấp Giấy mời số 15/GM-{unit_code}: đồng chí "
                                         f"{row['full_name']} được thủ trưởng cho phép dự họp trước khi đến cơ quan.")
    new_roster = {r["staff_id"]: r for r in _roster(ctx, new_id)}
    inspections.set_status(ctx, str(new_roster[row["staff_id"]]["id"]), Status.EXCUSED, reason=ExcuseReason.OTHER,
                           document_no=f"15/GM-{unit_code}", note="Dự họp theo giấy mời")
    _sign(ctx, new_id, unit_code, day, check)


def _settle_actions(ctx: Ctx, insp_id: str) -> None:
    with ctx.db.engine.connect() as conn:
        ids: list[str] = list(conn.execute(text("SELECT id FROM corrective_action WHERE inspection_id = :i"),
                                           {"i": insp_id}).scalars())
    for action_id in ids:
        findings.update_action(ctx, action_id, status=ActionStatus.DONE, note="Đơn vị đã báo cáo khắc phục")


def _roster(ctx: Ctx, insp_id: str) -> list[dict[str, Any]]:
    from officedesk.services.queries import roster

    return roster(ctx, insp_id)


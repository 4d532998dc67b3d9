"""Loaders: the database -> the plain records the documents print (officedesk.reports.data).

Campaign-wide loads read each table once for the whole campaign (grouped in Python by inspection), so the
archive of 500 minutes costs a handful of queries, not thousands.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, time
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from officedesk.domain.enums import (
    ACTION_LABEL_VI,
    REASON_LABEL_VI,
    STATUS_LABEL_VI,
    UNIT_KIND_LABEL_VI,
    ActionStatus,
    ExcuseReason,
    Status,
    TeamRole,
    UnitKind,
)
from officedesk.reports import data as rd
from officedesk.services.context import Ctx
from officedesk.services.queries import CURRENT, campaign_counts, resolve

TEAM_ROLE_VI = {TeamRole.LEADER: "Trưởng đoàn", TeamRole.MEMBER: "Thành viên", TeamRole.MINUTE_TAKER: "Thư ký"}
BLOCK_LABEL = {"unit": "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "team": "TRƯỞNG ĐOÀN KIỂM TRA",
               "minutes": "NGƯỜI GHI BIÊN BẢN"}


def _d(v: Any) -> date | None:
    return v if v is None or isinstance(v, date) else date.fromisoformat(str(v))


def _t(v: Any) -> time | None:
    return v if v is None or isinstance(v, time) else time.fromisoformat(str(v))


def _rows(conn: Connection, sql: str, **params: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(text(sql), params)]


def _header(campaign: dict[str, Any]) -> rd.AgencyHeader:
    return rd.AgencyHeader(parent_agency=campaign["parent_agency"], agency=campaign["agency"],
                           place=campaign["place"])


def _reason(row: dict[str, Any]) -> str:
    parts = []
    if row["excuse_reason"]:
        parts.append(REASON_LABEL_VI.get(ExcuseReason(row["excuse_reason"]), row["excuse_reason"]))
    if row["document_no"]:
        parts.append(f"({row['document_no']})" if parts else row["document_no"])
    if row["note"]:
        parts.append(("- " if parts else "") + row["note"])
    if row["status"] == Status.LEFT_EARLY and row["minutes_early"]:
        parts.append(f"về sớm {row['minutes_early']} phút")
    return " ".join(parts)


def _status_label(status: str) -> str:
    return STATUS_LABEL_VI[Status(status)]


def _action_label(status: str, deadline: date | None, today: date) -> str:
    if status == ActionStatus.OPEN and deadline is not None and deadline < today:
        return "Quá hạn"
    return ACTION_LABEL_VI[ActionStatus(status)]


def _subtitle(campaign_name: str) -> str:
    name = campaign_name.strip()
    if name.lower().startswith("kiểm tra "):
        name = name[len("kiểm tra "):]
    return "Việc chấp hành " + name[0].lower() + name[1:] if name else ""


def minutes_data(ctx: Ctx, inspection_id: str) -> rd.MinutesData:
    with ctx.db.engine.connect() as conn:
        campaign_id = conn.execute(text("SELECT campaign_id FROM inspection WHERE id = :i"),
                                   {"i": inspection_id}).scalar_one()
        return next(_minutes(ctx, conn, campaign_id, [inspection_id]))


def campaign_minutes(ctx: Ctx, campaign_key: str) -> tuple[int, Iterator[rd.MinutesData]]:
    """The current version of every inspection of a campaign, in the order they took place."""
    campaign_id = resolve(ctx, "campaign", campaign_key)
    conn = ctx.db.engine.connect()
    ids = [r[0] for r in conn.execute(text(
        f"SELECT i.id FROM inspection i JOIN unit u ON u.id = i.unit_id WHERE i.campaign_id = :c AND {CURRENT} "
        "ORDER BY i.visit_date, i.check_time, u.code"), {"c": campaign_id})]

    def gen() -> Iterator[rd.MinutesData]:
        try:
            yield from _minutes(ctx, conn, campaign_id, ids)
        finally:
            conn.close()

    return len(ids), gen()


def _minutes(ctx: Ctx, conn: Connection, campaign_id: str, ids: list[str]) -> Iterator[rd.MinutesData]:
    campaign = _rows(conn, "SELECT * FROM campaign WHERE id = :c", c=campaign_id)[0]
    team = _rows(conn, "SELECT full_name, title, team_role FROM campaign_member WHERE campaign_id = :c "
                       "AND deleted_at IS NULL", c=campaign_id)
    order = {TeamRole.LEADER: 0, TeamRole.MEMBER: 1, TeamRole.MINUTE_TAKER: 2}
    team.sort(key=lambda m: order.get(TeamRole(m["team_role"]), 9))
    team_t = tuple((m["full_name"], m["title"], TEAM_ROLE_VI[TeamRole(m["team_role"])]) for m in team)
    minute_taker = next((f"{m['full_name']}, {m['title']}" for m in team if m["team_role"] == TeamRole.MINUTE_TAKER),
                        "")
    wanted = set(ids)
    by: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    queries = {
        "obs": """SELECT o.inspection_id, s.full_name, s.position, o.status, o.arrival_time, o.minutes_late,
                    o.minutes_early, o.excuse_reason, o.document_no, o.note FROM observation o
                  JOIN staff s ON s.id = o.staff_id JOIN inspection i ON i.id = o.inspection_id
                  WHERE i.campaign_id = :c AND o.deleted_at IS NULL ORDER BY s.sort_key, s.code""",
        "posts": """SELECT pc.inspection_id, pc.post_id, p.name, pc.state, pc.present_names, pc.override_reason
                    FROM post_check pc JOIN post p ON p.id = pc.post_id JOIN inspection i ON i.id = pc.inspection_id
                    WHERE i.campaign_id = :c ORDER BY p.code""",
        "officers": """SELECT o.inspection_id, pa.post_id, s.full_name, o.status, o.arrival_time FROM post_assignment pa
                       JOIN staff s ON s.id = pa.staff_id JOIN observation o ON o.staff_id = s.id
                       JOIN inspection i ON i.id = o.inspection_id
                       WHERE i.campaign_id = :c AND pa.deleted_at IS NULL AND pa.valid_from <= i.visit_date
                         AND (pa.valid_to IS NULL OR pa.valid_to > i.visit_date) ORDER BY s.sort_key""",
        "viol": """SELECT v.inspection_id, vc.name AS category, v.description, s.full_name FROM violation v
                   JOIN violation_category vc ON vc.id = v.category_id LEFT JOIN staff s ON s.id = v.staff_id
                   JOIN inspection i ON i.id = v.inspection_id
                   WHERE i.campaign_id = :c AND v.deleted_at IS NULL ORDER BY v.created_at""",
        "photos": """SELECT a.inspection_id, a.data, a.caption FROM attachment a JOIN inspection i
                     ON i.id = a.inspection_id WHERE i.campaign_id = :c AND a.deleted_at IS NULL
                     ORDER BY a.created_at""",
        "actions": """SELECT i2.id AS inspection_id, ca.description, ca.owner, ca.deadline, ca.status, ca.finding
                      FROM corrective_action ca JOIN inspection i ON i.id = ca.inspection_id
                      JOIN inspection i2 ON i2.lineage_id = i.lineage_id
                      WHERE i.campaign_id = :c AND ca.deleted_at IS NULL ORDER BY ca.created_at""",
        "sigs": """SELECT so.inspection_id, sg.block, sg.full_name, sg.title, sg.signature_png FROM signatory sg
                   JOIN signoff so ON so.id = sg.signoff_id JOIN inspection i ON i.id = so.inspection_id
                   WHERE i.campaign_id = :c""",
    }
    for key, sql in queries.items():
        for r in _rows(conn, sql, c=campaign_id):
            if r["inspection_id"] in wanted:
                by[r["inspection_id"]][key].append(r)
    head = {r["id"]: r for r in _rows(conn, """
        SELECT i.*, u.name AS unit_name, u.head_name, u.head_title FROM inspection i JOIN unit u ON u.id = i.unit_id
        WHERE i.campaign_id = :c""", c=campaign_id)}
    today = ctx.clock.today()
    header = _header(campaign)
    for insp_id in ids:
        h = head[insp_id]
        parts = by[insp_id]
        obs = parts["obs"]
        counts = {s: 0 for s in Status}
        for o in obs:
            counts[Status(o["status"])] += 1
        staff = tuple(rd.StaffRow(no=n, full_name=o["full_name"], position=o["position"],
                                  status_label=_status_label(o["status"]), arrival=_t(o["arrival_time"]),
                                  minutes_late=int(o["minutes_late"]), reason=_reason(o))
                      for n, o in enumerate(obs, start=1))
        officers: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for o in parts["officers"]:
            officers[o["post_id"]].append(o)
        posts = tuple(_post_row(p, officers.get(p["post_id"], [])) for p in parts["posts"])
        violations = tuple(rd.ViolationRow(category=v["category"], description=v["description"] or "",
                                           staff_name=v["full_name"] or "") for v in parts["viol"])
        photos = tuple(rd.PhotoItem(png_or_jpeg=bytes(p["data"]), caption=p["caption"]) for p in parts["photos"])
        actions = tuple(rd.ActionRow(what=a["description"], owner=a["owner"], deadline=_d(a["deadline"]),
                                     status_label=_action_label(a["status"], _d(a["deadline"]), today),
                                     finding=a["finding"] or "")
                        for a in parts["actions"])
        sigs = {s["block"]: s for s in parts["sigs"]}
        signatories = []
        for block in ("unit", "team", "minutes"):
            s = sigs.get(block)
            if block == "unit":
                name, title = (s["full_name"], s["title"]) if s else (h["unit_representative"] or h["head_name"],
                                                                       (h["unit_representative_title"] or h["head_title"]).upper())
            elif block == "team":
                lead = next((m for m in team if m["team_role"] == TeamRole.LEADER), None)
                name, title = (s["full_name"], s["title"]) if s else ((lead["full_name"], lead["title"].upper())
                                                                       if lead else ("", ""))
            else:
                mt = next((m for m in team if m["team_role"] == TeamRole.MINUTE_TAKER), None)
                name, title = (s["full_name"], s["title"]) if s else ((mt["full_name"], mt["title"].upper())
                                                                       if mt else ("", ""))
            signatories.append(rd.Signatory(block=block, role_label=BLOCK_LABEL[block], prefix=None, title=title,
                                            name=name, signature_png=bytes(s["signature_png"]) if s and
                                            s["signature_png"] else None))
        version = int(h["version"])
        yield rd.MinutesData(
            header=header, number_text=h["number_text"], title="BIÊN BẢN KIỂM TRA",
            subtitle=_subtitle(campaign["name"]), legal_basis=campaign["legal_basis"].replace("; ", "\n"),
            visit_date=_d(h["visit_date"]) or today, start_time=_t(h["check_time"]) or time(0),
            end_time=_t(h["end_time"]), place_text=h["place_text"] or h["unit_name"], unit_name=h["unit_name"],
            team=team_t, unit_representatives=(_representative(h),),
            minute_taker=h["minute_taker"] or minute_taker, headcount=len(obs),
            present=counts[Status.ON_TIME] + counts[Status.LATE], late=counts[Status.LATE],
            excused=counts[Status.EXCUSED], unexcused=counts[Status.UNEXCUSED], left_post=counts[Status.LEFT_POST],
            left_early=counts[Status.LEFT_EARLY], staff=staff, posts=posts, violations=violations, photos=photos,
            conclusions=h["conclusions"] or "", recommendations=h["recommendations"] or "", actions=actions,
            signatories=tuple(signatories), amended_reason=h["amendment_reason"] or None, version=version,
            recipients=(h["unit_name"] + ";", "Thành viên Đoàn kiểm tra;"), draft=h["state"] != "signed",
            number_suffix=campaign["number_symbol"])


def _representative(h: dict[str, Any]) -> tuple[str, str]:
    """Who spoke for the unit, with the title in sentence case as section I prints it (the signature block
    prints it in capitals, and a sign-off stores what the block shows)."""
    name = h["unit_representative"] or h["head_name"]
    title = h["unit_representative_title"] or h["head_title"]
    if title.isupper() and name == h["head_name"] and h["head_title"]:
        title = h["head_title"]
    return name, title


def _post_row(p: dict[str, Any], officers: list[dict[str, Any]]) -> rd.PostRow:
    """Who serves the post, and for an empty one why: its officers' own statuses at the check."""
    who = p["present_names"] or ", ".join(o["full_name"] for o in officers)
    note = p["override_reason"] or ""
    if p["state"] == "empty" and not note:
        reasons = []
        for o in officers:
            label = _status_label(o["status"]).lower()
            arrival = _t(o["arrival_time"])
            reasons.append(f"{o['full_name']}: {label}" + (f" (đến {arrival:%H:%M})" if arrival else ""))
        note = "; ".join(reasons) or "Không có người trực"
    return rd.PostRow(name=p["name"], staffed=p["state"] == "staffed", who=who, note=note)


def _to_counts(c: Any, inspections: int) -> rd.Counts:
    return rd.Counts(headcount=c.headcount, present=c.present, late=c.late, excused=c.excused,
                     unexcused=c.unexcused, left_post=c.left_post, left_early=c.left_early,
                     empty_posts=c.empty_posts, inspections=inspections)


def summary_data(ctx: Ctx, campaign_key: str) -> rd.SummaryData:
    campaign_id = resolve(ctx, "campaign", campaign_key)
    today = ctx.clock.today()
    with ctx.db.engine.connect() as conn:
        campaign = _rows(conn, "SELECT * FROM campaign WHERE id = :c", c=campaign_id)[0]
        units = tuple(rd.UnitSummaryRow(unit_name=uc.unit_name,
                                        unit_kind=UNIT_KIND_LABEL_VI.get(UnitKind(uc.unit_kind), uc.unit_kind),
                                        counts=_to_counts(uc.counts, uc.inspections))
                      for uc in campaign_counts(ctx, campaign_id))
        previous = None
        previous_label = ""
        if campaign["previous_campaign_id"]:
            prev = campaign_counts(ctx, campaign["previous_campaign_id"])
            agg = [_to_counts(uc.counts, uc.inspections) for uc in prev]
            from officedesk.reports.figures import total

            previous = total(agg) if agg else None
            prev_start = _d(conn.execute(text("SELECT start_date FROM campaign WHERE id = :c"),
                                         {"c": campaign["previous_campaign_id"]}).scalar_one())
            start = _d(campaign["start_date"])
            previous_label = "năm trước" if prev_start and start and prev_start.year == start.year - 1 else \
                "đợt kiểm tra trước"
        offenders = _repeat_offenders(conn, campaign_id)
        actions = _rows(conn, """
            SELECT ca.description, ca.owner, ca.deadline, ca.status, u.name AS unit_name FROM corrective_action ca
            JOIN inspection i ON i.id = ca.inspection_id JOIN unit u ON u.id = ca.unit_id
            WHERE i.campaign_id = :c AND ca.deleted_at IS NULL""",
                        c=campaign_id)
        leader = _rows(conn, "SELECT full_name, title FROM campaign_member WHERE campaign_id = :c AND team_role = "
                             "'leader' AND deleted_at IS NULL LIMIT 1", c=campaign_id)
    status_counts: dict[str, int] = defaultdict(int)
    overdue = []
    for a in actions:
        deadline = _d(a["deadline"])
        status_counts[_action_label(a["status"], deadline, today)] += 1
        if a["status"] == ActionStatus.OPEN and deadline is not None and deadline < today:
            overdue.append(rd.OverdueAction(unit_name=a["unit_name"], what=a["description"], owner=a["owner"],
                                            deadline=deadline, days_overdue=(today - deadline).days))
    lead = leader[0] if leader else {"full_name": "", "title": ""}
    return rd.SummaryData(
        header=_header(campaign), number_text=None, title="BÁO CÁO",
        subtitle="Kết quả kiểm tra " + _subtitle(campaign["name"]).replace("Việc", "việc", 1),
        campaign_name=campaign["name"], legal_basis=campaign["legal_basis"].replace("; ", "\n"),
        date_from=_d(campaign["start_date"]) or today, date_to=_d(campaign["end_date"]) or today, report_date=today,
        units=units, previous=previous, previous_label=previous_label, repeat_offenders=offenders,
        action_status=tuple(sorted(status_counts.items())), overdue_actions=tuple(overdue),
        assessment="", signer=rd.Signatory(block="report", role_label="", prefix="KT. CHÁNH VĂN PHÒNG",
                                           title=(lead["title"] or "").upper(), name=lead["full_name"]),
        recipients=("Thường trực UBND tỉnh (b/c);", "Các sở, ban, ngành, UBND các huyện, thành phố;"),
    )


def _repeat_offenders(conn: Connection, campaign_id: str) -> tuple[rd.RepeatOffender, ...]:
    """People in breach in this campaign and in earlier ones (or twice in this one)."""
    rows = _rows(conn, f"""
        SELECT s.id, s.full_name, u.name AS unit_name, o.status, i.campaign_id FROM observation o
        JOIN inspection i ON i.id = o.inspection_id JOIN staff s ON s.id = o.staff_id JOIN unit u ON u.id = s.unit_id
        WHERE {CURRENT} AND o.status IN ('late', 'unexcused', 'left_post', 'left_early')
          AND s.id IN (SELECT o2.staff_id FROM observation o2 JOIN inspection i2 ON i2.id = o2.inspection_id
                       WHERE i2.campaign_id = :c AND o2.status IN ('late', 'unexcused', 'left_post', 'left_early'))""",
                 c=campaign_id)
    per: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        per[r["id"]].append(r)
    out = []
    for items in per.values():
        if len(items) < 2:
            continue
        kinds: dict[str, int] = defaultdict(int)
        for it in items:
            kinds[_status_label(it["status"])] += 1
        out.append(rd.RepeatOffender(staff_name=items[0]["full_name"], unit_name=items[0]["unit_name"],
                                     count=len(items), kinds=", ".join(f"{k} ({v})" for k, v in sorted(kinds.items()))))
    out.sort(key=lambda o: (-o.count, o.staff_name))
    return tuple(out)


def staff_history_data(ctx: Ctx, staff_key: str) -> rd.StaffHistoryData:
    staff_id = resolve(ctx, "staff", staff_key)
    with ctx.db.engine.connect() as conn:
        person = _rows(conn, "SELECT s.full_name, s.position, u.name AS unit_name FROM staff s JOIN unit u "
                             "ON u.id = s.unit_id WHERE s.id = :s", s=staff_id)[0]
        rows = _rows(conn, f"""
            SELECT c.name AS campaign, i.visit_date, u.name AS unit_name, o.status, o.minutes_late, o.excuse_reason,
              o.document_no, o.note, o.minutes_early, c.parent_agency, c.agency, c.place
            FROM observation o JOIN inspection i ON i.id = o.inspection_id JOIN campaign c ON c.id = i.campaign_id
            JOIN unit u ON u.id = i.unit_id WHERE o.staff_id = :s AND {CURRENT} ORDER BY i.visit_date""", s=staff_id)
    header = _header(rows[-1]) if rows else rd.AgencyHeader("", "VĂN PHÒNG", "")
    return rd.StaffHistoryData(
        header=header, report_date=ctx.clock.today(), full_name=person["full_name"], position=person["position"],
        unit_name=person["unit_name"],
        rows=tuple(rd.StaffHistoryRow(campaign=r["campaign"], visit_date=_d(r["visit_date"]) or ctx.clock.today(),
                                      unit_name=r["unit_name"], status_label=_status_label(r["status"]),
                                      minutes_late=int(r["minutes_late"]), reason=_reason(r)) for r in rows))


def unit_scorecard_data(ctx: Ctx, unit_key: str) -> rd.UnitScorecardData:
    unit_id = resolve(ctx, "unit", unit_key)
    today = ctx.clock.today()
    with ctx.db.engine.connect() as conn:
        unit = _rows(conn, "SELECT name, kind FROM unit WHERE id = :u", u=unit_id)[0]
        camps = _rows(conn, "SELECT DISTINCT c.id, c.name, c.start_date, c.end_date, c.parent_agency, c.agency, "
                            "c.place FROM campaign c JOIN inspection i ON i.campaign_id = c.id WHERE i.unit_id = :u "
                            "ORDER BY c.start_date", u=unit_id)
        actions = _rows(conn, "SELECT description, owner, deadline, status FROM corrective_action WHERE unit_id = :u "
                              "AND status = 'open' AND deleted_at IS NULL ORDER BY deadline", u=unit_id)
    rows = []
    for c in camps:
        for uc in campaign_counts(ctx, c["id"]):
            if uc.unit_id == unit_id:
                rows.append(rd.ScorecardRow(campaign=c["name"], date_from=_d(c["start_date"]) or today,
                                            date_to=_d(c["end_date"]) or today,
                                            counts=_to_counts(uc.counts, uc.inspections)))
    header = _header(camps[-1]) if camps else rd.AgencyHeader("", "VĂN PHÒNG", "")
    return rd.UnitScorecardData(
        header=header, report_date=today, unit_name=unit["name"],
        unit_kind=UNIT_KIND_LABEL_VI.get(UnitKind(unit["kind"]), unit["kind"]), rows=tuple(rows),
        open_actions=tuple(rd.ActionRow(what=a["description"], owner=a["owner"], deadline=_d(a["deadline"]),
                                        status_label=_action_label(a["status"], _d(a["deadline"]), today))
                           for a in actions))

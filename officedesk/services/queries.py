"""Read-only queries for the client, the CLI and the reports. Aggregates run in SQL, never over ORM objects.

Only the current version of each inspection counts: the highest version of its lineage.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import text
from sqlalchemy.engine import Connection

from officedesk.errors import NotFoundError
from officedesk.services.context import Ctx

CURRENT = ("i.deleted_at IS NULL AND i.version = (SELECT MAX(j.version) FROM inspection j "
           "WHERE j.lineage_id = i.lineage_id AND j.deleted_at IS NULL)")

# Counting by CASE keeps the SQL the same on SQLite and PostgreSQL.
COUNTS = """
  COUNT(o.id) AS headcount,
  SUM(CASE WHEN o.status IN ('on_time', 'late') THEN 1 ELSE 0 END) AS present,
  SUM(CASE WHEN o.status = 'late' THEN 1 ELSE 0 END) AS late,
  SUM(CASE WHEN o.status = 'excused' THEN 1 ELSE 0 END) AS excused,
  SUM(CASE WHEN o.status = 'unexcused' THEN 1 ELSE 0 END) AS unexcused,
  SUM(CASE WHEN o.status = 'left_post' THEN 1 ELSE 0 END) AS left_post,
  SUM(CASE WHEN o.status = 'left_early' THEN 1 ELSE 0 END) AS left_early
"""


def _tr(s: str) -> str:
    return QCoreApplication.translate("Queries", s)


def _typed(key: str, value: Any) -> Any:
    # SQLite hands back dates and times from raw SQL as text; give every caller the same types as PostgreSQL.
    if not isinstance(value, str):
        return value
    if key.endswith(("_date", "_on")):
        return date.fromisoformat(value)
    if key.endswith("_time"):
        return time.fromisoformat(value)
    return value


def _rows(conn: Connection, sql: str, **params: Any) -> list[dict[str, Any]]:
    result = conn.execute(text(sql), params)
    keys = list(result.keys())
    # Only the date and time columns need a look (a 2,000-person roster is read on every opening).
    typed = [i for i, k in enumerate(keys) if k.endswith(("_date", "_on", "_time"))]
    rows = []
    for r in result:
        values = list(r)
        for i in typed:
            values[i] = _typed(keys[i], values[i])
        rows.append(dict(zip(keys, values, strict=True)))
    return rows


@dataclass(frozen=True)
class Counts:
    headcount: int = 0
    present: int = 0
    late: int = 0
    excused: int = 0
    unexcused: int = 0
    left_post: int = 0
    left_early: int = 0
    empty_posts: int = 0

    @property
    def violations(self) -> int:
        """People whose discipline was at fault: late, absent without permission, away from the post, left early."""
        return self.late + self.unexcused + self.left_post + self.left_early

    def rate(self, part: int) -> float:
        return 0.0 if not self.headcount else 100.0 * part / self.headcount

    @property
    def violation_rate(self) -> float:
        return self.rate(self.violations)

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{k: getattr(self, k) + getattr(other, k) for k in asdict(self)})


def _counts(row: dict[str, Any], empty_posts: int = 0) -> Counts:
    return Counts(**{k: int(row.get(k) or 0) for k in ("headcount", "present", "late", "excused", "unexcused",
                                                        "left_post", "left_early")}, empty_posts=empty_posts)


def resolve(ctx: Ctx, kind: str, key: str) -> str:
    """An id or a code (campaign, unit, staff) or an id or number (inspection) -> the id."""
    table, col = {"campaign": ("campaign", "code"), "unit": ("unit", "code"), "staff": ("staff", "code"),
                  "inspection": ("inspection", "number_text")}[kind]
    with ctx.db.engine.connect() as conn:
        # Minutes numbers restart each campaign: the newest inspection (and its newest version) wins.
        order = "visit_date DESC, version DESC" if table == "inspection" else "id"
        row = conn.execute(text(f"SELECT id FROM {table} WHERE id = :k OR {col} = :k ORDER BY {order} LIMIT 1"),
                           {"k": key}).first()
    if row is None:
        raise NotFoundError(_tr("Nothing found for {0}.").format(key))
    return str(row[0])


def list_campaigns(ctx: Ctx) -> list[dict[str, Any]]:
    with ctx.db.engine.connect() as conn:
        return _rows(conn, """
            SELECT c.id, c.code, c.name, c.legal_basis, c.start_date, c.end_date,
              (SELECT COUNT(*) FROM campaign_unit cu WHERE cu.campaign_id = c.id AND cu.deleted_at IS NULL)
                AS planned_units,
              (SELECT COUNT(DISTINCT i.unit_id) FROM inspection i WHERE i.campaign_id = c.id
                 AND i.deleted_at IS NULL) AS inspected_units
            FROM campaign c WHERE c.deleted_at IS NULL ORDER BY c.start_date DESC, c.code""")


def list_units(ctx: Ctx) -> list[dict[str, Any]]:
    with ctx.db.engine.connect() as conn:
        return _rows(conn, """
            SELECT u.id, u.code, u.name, u.kind, u.parent_id, u.head_name, u.head_title,
              (SELECT COUNT(*) FROM staff s WHERE s.unit_id = u.id AND s.deleted_at IS NULL
                 AND s.left_on IS NULL) AS staff_count
            FROM unit u WHERE u.deleted_at IS NULL ORDER BY u.code""")


def list_staff(ctx: Ctx, *, unit_id: str | None = None, search: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
    from officedesk.rules.text import fold

    where = ["s.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if unit_id:
        where.append("s.unit_id = :unit")
        params["unit"] = unit_id
    if search:
        for n, word in enumerate(fold(search).split()):
            where.append(f"s.search_text LIKE :w{n}")
            params[f"w{n}"] = f"%{word}%"
    sql = ("SELECT s.id, s.code, s.full_name, s.position, s.unit_id, u.code AS unit_code, u.name AS unit_name, "
           "s.joined_on, s.left_on, s.clock_user_id FROM staff s JOIN unit u ON u.id = s.unit_id WHERE "
           + " AND ".join(where) + " ORDER BY s.sort_key, s.code")
    if limit:
        sql += f" LIMIT {int(limit)}"
    with ctx.db.engine.connect() as conn:
        return _rows(conn, sql, **params)


def list_inspections(ctx: Ctx, campaign_id: str | None = None, *, all_versions: bool = False) -> list[dict[str, Any]]:
    where = "i.deleted_at IS NULL" if all_versions else CURRENT
    params: dict[str, Any] = {}
    if campaign_id:
        where += " AND i.campaign_id = :c"
        params["c"] = campaign_id
    with ctx.db.engine.connect() as conn:
        return _rows(conn, f"""
            SELECT i.id, i.lineage_id, i.version, i.state, i.number_text, i.visit_date, i.check_time, i.end_time,
              i.amendment_reason, c.code AS campaign_code, u.id AS unit_id, u.code AS unit_code, u.name AS unit_name
            FROM inspection i JOIN campaign c ON c.id = i.campaign_id JOIN unit u ON u.id = i.unit_id
            WHERE {where} ORDER BY i.visit_date, i.check_time, u.code, i.version""", **params)


def roster(ctx: Ctx, inspection_id: str) -> list[dict[str, Any]]:
    """The entry screen's rows in Vietnamese order: one per person."""
    with ctx.db.engine.connect() as conn:
        return _rows(conn, """
            SELECT o.id, o.staff_id, s.code, s.full_name, s.position, o.status, o.unmarked, o.arrival_time,
              o.departure_time, o.minutes_late, o.minutes_early, o.session, o.excuse_reason, o.document_no, o.note,
              s.added_on_spot
            FROM observation o JOIN staff s ON s.id = o.staff_id
            WHERE o.inspection_id = :i AND o.deleted_at IS NULL ORDER BY s.sort_key, s.code""", i=inspection_id)


def post_checks(ctx: Ctx, inspection_id: str) -> list[dict[str, Any]]:
    with ctx.db.engine.connect() as conn:
        return _rows(conn, """
            SELECT pc.id, p.code, p.name, p.required, pc.state, pc.proposed_state, pc.override_reason,
              pc.present_names,
              (SELECT COUNT(*) FROM post_assignment pa JOIN observation o ON o.staff_id = pa.staff_id
                 AND o.inspection_id = pc.inspection_id AND o.deleted_at IS NULL
               JOIN inspection i ON i.id = pc.inspection_id
               WHERE pa.post_id = pc.post_id AND pa.deleted_at IS NULL AND pa.valid_from <= i.visit_date
                 AND (pa.valid_to IS NULL OR pa.valid_to > i.visit_date) AND o.unmarked) AS unmarked_people
            FROM post_check pc JOIN post p ON p.id = pc.post_id WHERE pc.inspection_id = :i ORDER BY p.code""",
                     i=inspection_id)


_FLAGGED = ("late", "unexcused", "left_post", "left_early")


def inspection_findings(ctx: Ctx, inspection_id: str, conn: Connection | None = None) -> list[dict[str, Any]]:
    """What a corrective action can answer: the people flagged, the empty posts and the other violations of an
    inspection, each with a `ref` ("observation:<id>", "post_check:<id>", "violation:<id>"), a `kind` (a status,
    "empty_post" or "violation"), `who` (a person or a post), `what` (a violation's kind and description) and
    `minutes` (late or early)."""
    def read(c: Connection) -> list[dict[str, Any]]:
        people = _rows(c, f"""
            SELECT o.id, o.status, o.minutes_late, o.minutes_early, s.full_name FROM observation o
            JOIN staff s ON s.id = o.staff_id
            WHERE o.inspection_id = :i AND o.deleted_at IS NULL AND NOT o.unmarked
              AND o.status IN ({", ".join(f"'{k}'" for k in _FLAGGED)})
            ORDER BY s.sort_key, s.code""", i=inspection_id)
        posts = _rows(c, """
            SELECT pc.id, p.name FROM post_check pc JOIN post p ON p.id = pc.post_id
            WHERE pc.inspection_id = :i AND pc.state = 'empty' ORDER BY p.code""", i=inspection_id)
        violations = _rows(c, """
            SELECT v.id, vc.name AS category, v.description, s.full_name FROM violation v
            JOIN violation_category vc ON vc.id = v.category_id LEFT JOIN staff s ON s.id = v.staff_id
            WHERE v.inspection_id = :i AND v.deleted_at IS NULL ORDER BY v.created_at, v.id""", i=inspection_id)
        return ([{"ref": f"observation:{p['id']}", "kind": p["status"], "who": p["full_name"], "what": "",
                  "minutes": int(p["minutes_late"] if p["status"] == "late" else p["minutes_early"] or 0)}
                 for p in people]
                + [{"ref": f"post_check:{p['id']}", "kind": "empty_post", "who": p["name"], "what": "", "minutes": 0}
                   for p in posts]
                + [{"ref": f"violation:{v['id']}", "kind": "violation", "who": v["full_name"] or "",
                    "what": ": ".join(x for x in (v["category"], v["description"] or "") if x), "minutes": 0}
                   for v in violations])

    if conn is not None:
        return read(conn)
    with ctx.db.engine.connect() as c:
        return read(c)


def finding_words_vi(finding: dict[str, Any]) -> str:
    """A finding as the minutes say it (documents are in Vietnamese whatever the interface's language)."""
    kind, who, minutes = finding["kind"], finding["who"], finding["minutes"]
    if kind == "late":
        return f"Đi muộn {minutes} phút: {who}"
    if kind == "left_early":
        return f"Về sớm {minutes} phút: {who}" if minutes else f"Về sớm: {who}"
    if kind == "unexcused":
        return f"Vắng không phép: {who}"
    if kind == "left_post":
        return f"Rời vị trí làm việc: {who}"
    if kind == "empty_post":
        return f"Vị trí bỏ trống: {who}"
    return f"{finding['what']} ({who})" if who else str(finding["what"])


def inspection_counts(ctx: Ctx, inspection_id: str) -> Counts:
    with ctx.db.engine.connect() as conn:
        row = _rows(conn, f"SELECT {COUNTS} FROM observation o WHERE o.inspection_id = :i AND o.deleted_at IS NULL",
                    i=inspection_id)[0]
        empty = conn.execute(text("SELECT COUNT(*) FROM post_check WHERE inspection_id = :i AND state = 'empty'"),
                             {"i": inspection_id}).scalar_one()
    return _counts(row, int(empty))


@dataclass(frozen=True)
class UnitCounts:
    unit_id: str
    unit_code: str
    unit_name: str
    unit_kind: str
    inspections: int
    counts: Counts


def campaign_counts(ctx: Ctx, campaign_id: str) -> list[UnitCounts]:
    """Per unit, summed over the unit's inspections in the campaign (a unit inspected twice counts twice)."""
    with ctx.db.engine.connect() as conn:
        rows = _rows(conn, f"""
            SELECT u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.kind AS unit_kind,
              COUNT(DISTINCT i.id) AS inspections, {COUNTS}
            FROM inspection i JOIN unit u ON u.id = i.unit_id
            LEFT JOIN observation o ON o.inspection_id = i.id AND o.deleted_at IS NULL
            WHERE i.campaign_id = :c AND {CURRENT}
            GROUP BY u.id, u.code, u.name, u.kind ORDER BY u.code""", c=campaign_id)
        empties: dict[str, int] = {r[0]: r[1] for r in conn.execute(text(f"""
            SELECT i.unit_id, COUNT(*) FROM post_check pc JOIN inspection i ON i.id = pc.inspection_id
            WHERE i.campaign_id = :c AND pc.state = 'empty' AND {CURRENT} GROUP BY i.unit_id"""),
            {"c": campaign_id})}
    return [UnitCounts(r["unit_id"], r["unit_code"], r["unit_name"], r["unit_kind"], int(r["inspections"]),
                       _counts(r, int(empties.get(r["unit_id"], 0)))) for r in rows]


def campaign_totals(ctx: Ctx, campaign_id: str) -> Counts:
    total = Counts()
    for uc in campaign_counts(ctx, campaign_id):
        total = total + uc.counts
    return total


@dataclass(frozen=True)
class Flag:
    kind: str
    unit_code: str
    unit_name: str
    staff_code: str | None
    staff_name: str | None
    minutes_late: int
    minutes_early: int
    arrival_time: time | None
    reason: str
    visit_date: date
    inspection_id: str


def flags(ctx: Ctx, *, day: date | None = None, unit_id: str | None = None,
          campaign_id: str | None = None) -> list[Flag]:
    """Every flag: people not on time (stored statuses), empty required posts, other violations."""
    where = [CURRENT]
    params: dict[str, Any] = {}
    if day:
        where.append("i.visit_date = :d")
        params["d"] = day
    if unit_id:
        where.append("i.unit_id = :u")
        params["u"] = unit_id
    if campaign_id:
        where.append("i.campaign_id = :c")
        params["c"] = campaign_id
    cond = " AND ".join(where)
    with ctx.db.engine.connect() as conn:
        people = conn.execute(text(f"""
            SELECT o.status, u.code, u.name, s.code, s.full_name, o.minutes_late, o.minutes_early, o.arrival_time,
              o.excuse_reason, i.visit_date, i.id
            FROM observation o JOIN inspection i ON i.id = o.inspection_id JOIN unit u ON u.id = i.unit_id
            JOIN staff s ON s.id = o.staff_id
            WHERE {cond} AND o.deleted_at IS NULL AND o.status <> 'on_time'
            ORDER BY u.code, o.status, s.sort_key"""), params).all()
        posts = conn.execute(text(f"""
            SELECT u.code, u.name, p.name, i.visit_date, i.id FROM post_check pc
            JOIN inspection i ON i.id = pc.inspection_id JOIN unit u ON u.id = i.unit_id
            JOIN post p ON p.id = pc.post_id WHERE {cond} AND pc.state = 'empty' ORDER BY u.code, p.code"""),
            params).all()
        others = conn.execute(text(f"""
            SELECT vc.code, u.code, u.name, s.code, s.full_name, v.description, i.visit_date, i.id FROM violation v
            JOIN inspection i ON i.id = v.inspection_id JOIN unit u ON u.id = i.unit_id
            JOIN violation_category vc ON vc.id = v.category_id LEFT JOIN staff s ON s.id = v.staff_id
            WHERE {cond} AND v.deleted_at IS NULL ORDER BY u.code, vc.code"""), params).all()

    def _t(v: Any) -> time | None:
        if v is None or isinstance(v, time):
            return v
        return time.fromisoformat(str(v))

    def _d(v: Any) -> date:
        return v if isinstance(v, date) else date.fromisoformat(str(v))

    out = [Flag(r[0], r[1], r[2], r[3], r[4], int(r[5]), int(r[6]), _t(r[7]), r[8] or "", _d(r[9]), r[10])
           for r in people]
    out += [Flag("empty_post", r[0], r[1], None, r[2], 0, 0, None, "", _d(r[3]), r[4]) for r in posts]
    out += [Flag(f"violation:{r[0]}", r[1], r[2], r[3], r[4], 0, 0, None, r[5] or "", _d(r[6]), r[7])
            for r in others]
    return out

"""Corrective actions for the client: per campaign, per unit or per inspection, with the overdue flag.

Plain SQL, as services.queries does. An action belongs to the inspection version it was added to; an amendment
does not copy actions, so "the actions of an inspection" are those of every version of its lineage. "Overdue"
is an open action whose deadline is before today (ctx.clock), computed in SQL so that filters can use it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, bindparam, text

from officedesk.domain.enums import ActionStatus
from officedesk.services.context import Ctx

_DATE_KEYS = ("deadline", "done_on", "visit_date")

_SELECT = """
SELECT a.id, a.description, a.owner, a.deadline, a.status, a.done_on, a.progress_note, a.finding,
  a.inspection_id, i.lineage_id, i.number_text, i.visit_date, i.campaign_id, c.code AS campaign_code,
  u.id AS unit_id, u.code AS unit_code, u.name AS unit_name,
  (SELECT j.id FROM inspection j WHERE j.lineage_id = i.lineage_id AND j.deleted_at IS NULL
     ORDER BY j.version DESC LIMIT 1) AS current_inspection_id,
  CASE WHEN a.status = 'open' AND a.deadline IS NOT NULL AND a.deadline < :today THEN 1 ELSE 0 END AS overdue
FROM corrective_action a
JOIN inspection i ON i.id = a.inspection_id
JOIN campaign c ON c.id = i.campaign_id
JOIN unit u ON u.id = a.unit_id
WHERE a.deleted_at IS NULL AND i.deleted_at IS NULL
"""
# Actions without a deadline last on SQLite and PostgreSQL alike (they order NULLs differently).
_ORDER = " ORDER BY CASE WHEN a.deadline IS NULL THEN 1 ELSE 0 END, a.deadline, u.code, a.created_at, a.id"


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    # SQLite hands dates back from raw SQL as text; callers get dates, as from PostgreSQL.
    for key in _DATE_KEYS:
        value = row.get(key)
        if isinstance(value, str):
            row[key] = date.fromisoformat(value[:10])
    row["overdue"] = bool(row["overdue"])
    return row


def list_actions(ctx: Ctx, *, campaign_id: str | None = None, unit_id: str | None = None,
                 lineage_id: str | None = None, status: ActionStatus | str | None = None,
                 overdue_only: bool = False) -> list[dict[str, Any]]:
    """Corrective actions, filtered by any of campaign, unit, inspection lineage and status.

    Each row also carries `days_overdue` (0 unless overdue) and `current_inspection_id`, the newest version of
    the inspection the action came from (the one to open).
    """
    where: list[str] = []
    params: dict[str, Any] = {"today": ctx.clock.today()}
    if campaign_id:
        where.append("i.campaign_id = :campaign")
        params["campaign"] = campaign_id
    if unit_id:
        where.append("a.unit_id = :unit")
        params["unit"] = unit_id
    if lineage_id:
        where.append("i.lineage_id = :lineage")
        params["lineage"] = lineage_id
    if status:
        where.append("a.status = :status")
        params["status"] = ActionStatus(status).value
    if overdue_only:
        where.append("a.status = 'open' AND a.deadline IS NOT NULL AND a.deadline < :today")
    sql = _SELECT + "".join(f" AND {w}" for w in where) + _ORDER
    stmt = text(sql).bindparams(bindparam("today", type_=Date()))
    today = params["today"]
    with ctx.db.engine.connect() as conn:
        rows = [_typed(dict(r._mapping)) for r in conn.execute(stmt, params)]
    for row in rows:
        row["days_overdue"] = (today - row["deadline"]).days if row["overdue"] else 0
    return rows


def actions_for_campaign(ctx: Ctx, campaign_id: str) -> list[dict[str, Any]]:
    return list_actions(ctx, campaign_id=campaign_id)


def actions_for_unit(ctx: Ctx, unit_id: str, *, open_only: bool = False) -> list[dict[str, Any]]:
    return list_actions(ctx, unit_id=unit_id, status=ActionStatus.OPEN if open_only else None)


def actions_for_lineage(ctx: Ctx, lineage_id: str) -> list[dict[str, Any]]:
    """Every action recorded on any version of one inspection."""
    return list_actions(ctx, lineage_id=lineage_id)


def lineage_of(ctx: Ctx, inspection_id: str) -> str | None:
    with ctx.db.engine.connect() as conn:
        value = conn.execute(text("SELECT lineage_id FROM inspection WHERE id = :i"), {"i": inspection_id}).scalar()
    return None if value is None else str(value)


def action_summary(ctx: Ctx, *, campaign_id: str | None = None, unit_id: str | None = None) -> dict[str, int]:
    """How many actions: total, open, overdue (open and past the deadline), done, cancelled."""
    where = ["a.deleted_at IS NULL", "i.deleted_at IS NULL"]
    params: dict[str, Any] = {"today": ctx.clock.today()}
    if campaign_id:
        where.append("i.campaign_id = :campaign")
        params["campaign"] = campaign_id
    if unit_id:
        where.append("a.unit_id = :unit")
        params["unit"] = unit_id
    sql = f"""
        SELECT COUNT(a.id) AS total,
          SUM(CASE WHEN a.status = 'open' THEN 1 ELSE 0 END) AS open,
          SUM(CASE WHEN a.status = 'open' AND a.deadline IS NOT NULL AND a.deadline < :today
                THEN 1 ELSE 0 END) AS overdue,
          SUM(CASE WHEN a.status = 'done' THEN 1 ELSE 0 END) AS done,
          SUM(CASE WHEN a.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled
        FROM corrective_action a JOIN inspection i ON i.id = a.inspection_id
        WHERE {" AND ".join(where)}"""
    stmt = text(sql).bindparams(bindparam("today", type_=Date()))
    with ctx.db.engine.connect() as conn:
        row = conn.execute(stmt, params).one()._mapping
    return {k: int(row[k] or 0) for k in ("total", "open", "overdue", "done", "cancelled")}

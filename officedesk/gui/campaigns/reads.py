"""What the campaigns screen reads: the dashboard of one campaign and a campaign as the editor needs it.

These run in a worker (gui.ops.Op) and return plain data, never live ORM objects. The counts come from
services.queries, so the screen shows the same numbers as the reports; the few reads services.queries lacks
(the previous campaign, the planned units, the team) are plain SQL here, candidates for services.queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text

from officedesk.services import actions_queries, queries
from officedesk.services.context import Ctx
from officedesk.services.queries import Counts


def _rows(ctx: Ctx, sql: str, **params: Any) -> list[dict[str, Any]]:
    with ctx.db.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(text(sql), params)]
    for row in rows:
        for key, value in row.items():
            if isinstance(value, str) and key.endswith(("_date", "_on")):
                row[key] = date.fromisoformat(value[:10])
    return rows


@dataclass(frozen=True)
class UnitResult:
    """One planned (or inspected) unit of a campaign; counts is None until the unit is inspected."""

    unit_id: str
    unit_code: str
    unit_name: str
    label: str  # short and unique within the campaign: the chart's category
    inspection_id: str | None = None  # the unit's latest inspection (its current version)
    visit_date: date | None = None
    state: str | None = None
    number_text: str | None = None
    inspections: int = 0
    counts: Counts | None = None


@dataclass(frozen=True)
class Dashboard:
    campaign: dict[str, Any]
    planned_units: int
    inspected_units: int
    totals: Counts
    previous: dict[str, Any] | None = None  # id, code, name, start_date of the campaign compared with
    previous_totals: Counts | None = None
    units: list[UnitResult] = field(default_factory=list)
    actions: dict[str, int] = field(default_factory=dict)


def campaign_row(ctx: Ctx, campaign_id: str) -> dict[str, Any] | None:
    rows = _rows(ctx, """
        SELECT c.id, c.code, c.name, c.legal_basis, c.start_date, c.end_date, c.parent_agency, c.agency, c.place,
          c.number_symbol, c.previous_campaign_id, p.code AS previous_code, p.name AS previous_name,
          p.start_date AS previous_start_date
        FROM campaign c LEFT JOIN campaign p ON p.id = c.previous_campaign_id
        WHERE c.id = :c AND c.deleted_at IS NULL""", c=campaign_id)
    return rows[0] if rows else None


def short_labels(units: list[tuple[str, str, str, str]]) -> dict[str, str]:
    """(unit id, code, name, short name) -> a label for the chart: the short name or the name, made unique with
    the code (a category axis merges equal labels)."""
    labels = {uid: (short or name).strip() or code for uid, code, name, short in units}
    seen: dict[str, int] = {}
    for label in labels.values():
        seen[label] = seen.get(label, 0) + 1
    codes = {u[0]: u[1] for u in units}
    return {uid: f"{label} ({codes[uid]})" if seen[label] > 1 else label for uid, label in labels.items()}


def dashboard(ctx: Ctx, campaign_id: str) -> Dashboard | None:
    campaign = campaign_row(ctx, campaign_id)
    if campaign is None:
        return None
    planned = _rows(ctx, """
        SELECT u.id, u.code, u.name, u.short_name FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id
        WHERE cu.campaign_id = :c AND cu.deleted_at IS NULL ORDER BY u.code""", c=campaign_id)
    per_unit = {uc.unit_id: uc for uc in queries.campaign_counts(ctx, campaign_id)}
    latest: dict[str, dict[str, Any]] = {}
    for insp in queries.list_inspections(ctx, campaign_id):  # by visit date and time: the last one wins
        latest[insp["unit_id"]] = insp
    units_info = {r["id"]: (r["code"], r["name"], r["short_name"] or "") for r in planned}
    for uid, uc in per_unit.items():  # inspected without being planned (older data)
        units_info.setdefault(uid, (uc.unit_code, uc.unit_name, ""))
    labels = short_labels([(uid, code, name, short) for uid, (code, name, short) in units_info.items()])
    results = []
    for uid, (code, name, _short) in units_info.items():
        last = latest.get(uid)
        found = per_unit.get(uid)
        results.append(UnitResult(
            unit_id=uid, unit_code=code, unit_name=name, label=labels[uid],
            inspection_id=last["id"] if last else None, visit_date=last["visit_date"] if last else None,
            state=last["state"] if last else None, number_text=last["number_text"] if last else None,
            inspections=found.inspections if found else 0, counts=found.counts if found else None))
    results.sort(key=lambda r: r.unit_code)
    totals = Counts()
    for uc in per_unit.values():
        totals = totals + uc.counts
    previous = previous_totals = None
    if campaign["previous_campaign_id"]:
        previous = {"id": campaign["previous_campaign_id"], "code": campaign["previous_code"],
                    "name": campaign["previous_name"], "start_date": campaign["previous_start_date"]}
        previous_totals = queries.campaign_totals(ctx, campaign["previous_campaign_id"])
    inspected = len({uid for uid in latest})
    return Dashboard(campaign=campaign, planned_units=len(units_info), inspected_units=inspected, totals=totals,
                     previous=previous, previous_totals=previous_totals, units=results,
                     actions=actions_queries.action_summary(ctx, campaign_id=campaign_id))


# -- the editor -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EditorData:
    """Everything the campaign editor offers to choose from, read once before it opens."""

    units: list[dict[str, Any]]  # id, code, name, kind, staff_count
    campaigns: list[dict[str, Any]]  # id, code, name, start_date (newest first)
    accounts: list[dict[str, Any]]  # username, full_name, title (active accounts)
    defaults: dict[str, str]  # parent_agency, agency, place, number_symbol of the newest campaign
    campaign: dict[str, Any] | None = None  # the campaign being edited, with "members" and "unit_codes"
    inspected_unit_codes: frozenset[str] = frozenset()  # units already inspected: cannot be taken out


def editor_data(ctx: Ctx, campaign_id: str | None = None) -> EditorData:
    units = [{k: u[k] for k in ("id", "code", "name", "kind", "staff_count")} for u in queries.list_units(ctx)]
    campaigns = [{k: c[k] for k in ("id", "code", "name", "start_date")} for c in queries.list_campaigns(ctx)]
    accounts = _rows(ctx, """
        SELECT username, full_name, title, role FROM user_account
        WHERE deleted_at IS NULL AND active ORDER BY username""")
    defaults: dict[str, str] = {}
    if campaigns:
        newest = campaign_row(ctx, campaigns[0]["id"]) or {}
        defaults = {k: str(newest.get(k) or "") for k in ("parent_agency", "agency", "place", "number_symbol")}
    campaign = None
    inspected: frozenset[str] = frozenset()
    if campaign_id:
        campaign = campaign_row(ctx, campaign_id)
        if campaign is not None:
            campaign["members"] = team(ctx, campaign_id)
            campaign["unit_codes"] = [r["code"] for r in _rows(ctx, """
                SELECT u.code FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id
                WHERE cu.campaign_id = :c AND cu.deleted_at IS NULL ORDER BY u.code""", c=campaign_id)]
            inspected = frozenset(r["code"] for r in _rows(ctx, """
                SELECT DISTINCT u.code FROM inspection i JOIN unit u ON u.id = i.unit_id
                WHERE i.campaign_id = :c AND i.deleted_at IS NULL""", c=campaign_id))
    return EditorData(units=units, campaigns=campaigns, accounts=accounts, defaults=defaults, campaign=campaign,
                      inspected_unit_codes=inspected)


def team(ctx: Ctx, campaign_id: str) -> list[dict[str, Any]]:
    """The campaign's members: leader first, then members, then the minute-taker."""
    return _rows(ctx, """
        SELECT m.full_name, m.title, m.team_role, a.username FROM campaign_member m
        LEFT JOIN user_account a ON a.id = m.user_id
        WHERE m.campaign_id = :c AND m.deleted_at IS NULL
        ORDER BY CASE m.team_role WHEN 'leader' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, m.created_at, m.id""",
                 c=campaign_id)

"""What the entry screen reads besides services.queries: the header, versions, findings, members.

Plain SQL through the engine, as services.queries does, returning plain dicts (never live ORM objects).
These are candidates for services.queries once another screen needs them.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import text

from officedesk.services.context import Ctx


def _typed(key: str, value: Any) -> Any:
    # SQLite returns dates and times as text from raw SQL; the callers get the same types as from PostgreSQL.
    if not isinstance(value, str):
        return value
    if key.endswith(("_date", "_on", "deadline")):
        return date.fromisoformat(value)
    if key.endswith("_time"):
        return time.fromisoformat(value)
    return value


def _rows(ctx: Ctx, sql: str, **params: Any) -> list[dict[str, Any]]:
    with ctx.db.engine.connect() as conn:
        return [{k: _typed(k, v) for k, v in r._mapping.items()} for r in conn.execute(text(sql), params)]


def header(ctx: Ctx, inspection_id: str) -> dict[str, Any] | None:
    rows = _rows(ctx, """
        SELECT i.id, i.lineage_id, i.version, i.state, i.visit_date, i.check_time, i.end_time, i.number_text,
          i.amendment_reason, i.schedule_json, i.notes, i.conclusions, i.recommendations, i.unit_representative,
          i.unit_representative_title, i.minute_taker, i.supersedes_id,
          c.id AS campaign_id, c.code AS campaign_code, c.name AS campaign_name,
          u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.head_name, u.head_title,
          (SELECT MAX(j.version) FROM inspection j WHERE j.lineage_id = i.lineage_id AND j.deleted_at IS NULL)
            AS latest_version
        FROM inspection i JOIN campaign c ON c.id = i.campaign_id JOIN unit u ON u.id = i.unit_id
        WHERE i.id = :i AND i.deleted_at IS NULL""", i=inspection_id)
    return rows[0] if rows else None


def versions(ctx: Ctx, lineage_id: str) -> list[dict[str, Any]]:
    return _rows(ctx, """
        SELECT id, version, state, number_text, amendment_reason FROM inspection
        WHERE lineage_id = :l AND deleted_at IS NULL ORDER BY version""", l=lineage_id)


def violation_categories(ctx: Ctx) -> list[dict[str, Any]]:
    return _rows(ctx, "SELECT code, name, directive FROM violation_category "
                      "WHERE deleted_at IS NULL AND active ORDER BY name")


def violations(ctx: Ctx, inspection_id: str) -> list[dict[str, Any]]:
    return _rows(ctx, """
        SELECT v.id, vc.code AS category_code, vc.name AS category_name, v.description, v.staff_id,
          s.full_name AS staff_name
        FROM violation v JOIN violation_category vc ON vc.id = v.category_id LEFT JOIN staff s ON s.id = v.staff_id
        WHERE v.inspection_id = :i AND v.deleted_at IS NULL ORDER BY v.created_at, v.id""", i=inspection_id)


def actions(ctx: Ctx, inspection_id: str) -> list[dict[str, Any]]:
    return _rows(ctx, """
        SELECT a.id, a.description, a.owner, a.deadline, a.status, a.done_on, a.progress_note, a.finding
        FROM corrective_action a WHERE a.inspection_id = :i AND a.deleted_at IS NULL
        ORDER BY a.created_at, a.id""", i=inspection_id)


def open_earlier_actions(ctx: Ctx, unit_id: str, lineage_id: str) -> list[dict[str, Any]]:
    """The unit's corrective actions still open from earlier inspections (other lineages)."""
    return _rows(ctx, """
        SELECT a.id, a.description, a.owner, a.deadline, a.status, a.done_on, a.progress_note, i.visit_date,
          i.number_text
        FROM corrective_action a JOIN inspection i ON i.id = a.inspection_id
        WHERE a.unit_id = :u AND a.status = 'open' AND a.deleted_at IS NULL AND i.lineage_id <> :l
          AND i.deleted_at IS NULL
        ORDER BY a.deadline, i.visit_date""", u=unit_id, l=lineage_id)


def attachment_data(ctx: Ctx, attachment_id: str) -> bytes | None:
    """One photo's stored bytes (a JPEG), or None when it has been removed meanwhile."""
    rows = _rows(ctx, "SELECT data FROM attachment WHERE id = :a AND deleted_at IS NULL", a=attachment_id)
    return bytes(rows[0]["data"]) if rows else None


def attachments(ctx: Ctx, inspection_id: str) -> list[dict[str, Any]]:
    return _rows(ctx, """
        SELECT id, caption, width, height, data FROM attachment
        WHERE inspection_id = :i AND deleted_at IS NULL ORDER BY created_at, id""", i=inspection_id)


def attachment(ctx: Ctx, attachment_id: str) -> dict[str, Any] | None:
    rows = _rows(ctx, "SELECT id, caption, data FROM attachment WHERE id = :a", a=attachment_id)
    return rows[0] if rows else None


def team_members(ctx: Ctx, campaign_id: str) -> list[dict[str, Any]]:
    return _rows(ctx, """
        SELECT full_name, title, team_role, user_id FROM campaign_member
        WHERE campaign_id = :c AND deleted_at IS NULL ORDER BY full_name""", c=campaign_id)


def campaign_unit_ids(ctx: Ctx, campaign_id: str) -> list[str]:
    return [r["unit_id"] for r in _rows(ctx, "SELECT unit_id FROM campaign_unit WHERE campaign_id = :c "
                                             "AND deleted_at IS NULL", c=campaign_id)]


def draft_of(ctx: Ctx, campaign_id: str, unit_id: str, visit_date: date) -> str | None:
    """A draft already open for this unit on this day, so a second 'new' resumes it instead."""
    rows = _rows(ctx, """
        SELECT id FROM inspection WHERE campaign_id = :c AND unit_id = :u AND visit_date = :d
          AND state = 'draft' AND deleted_at IS NULL ORDER BY version DESC LIMIT 1""",
                 c=campaign_id, u=unit_id, d=visit_date.isoformat())
    return rows[0]["id"] if rows else None


STATE_FIELDS = ("status", "unmarked", "arrival_time", "departure_time", "minutes_late", "minutes_early", "session",
                "excuse_reason", "document_no", "note")


def observation_states(ctx: Ctx, inspection_id: str) -> dict[str, dict[str, Any]]:
    """Every observation's fields as inspections.observation_state gives them, in one query: what undo restores."""
    rows = _rows(ctx, f"SELECT id, {', '.join(STATE_FIELDS)} FROM observation "
                      "WHERE inspection_id = :i AND deleted_at IS NULL", i=inspection_id)
    return {r.pop("id"): {**r, "unmarked": bool(r["unmarked"])} for r in rows}

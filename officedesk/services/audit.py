"""The append-only, hash-chained audit log: every service write adds an entry in the same transaction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

from officedesk.domain.ids import new_id
from officedesk.services.canonical import canonical_json
from officedesk.services.context import Ctx

GENESIS = "0" * 64


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + "|" + canonical_json(fields)).encode("utf-8")).hexdigest()


def _fields(seq: int, at: datetime, installation_id: str, user_id: str | None, action: str, entity: str,
            entity_id: str, detail: str) -> dict[str, Any]:
    return {"seq": seq, "at": at, "installation_id": installation_id, "user_id": user_id, "action": action,
            "entity": entity, "entity_id": entity_id, "detail": detail}


def record(session: Session | Connection, ctx: Ctx, action: str, entity: str, entity_id: str,
           detail: dict[str, Any] | None = None) -> None:
    inst = ctx.installation_id
    last = session.execute(
        text("SELECT seq, hash FROM audit_log WHERE installation_id = :i ORDER BY seq DESC LIMIT 1"), {"i": inst}
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = ctx.clock.now_utc()
    detail_json = canonical_json(detail or {})
    digest = entry_hash(prev, _fields(seq, at, inst, ctx.actor.user_id, action, entity, entity_id, detail_json))
    # Core SQL, not the ORM class: sign-in writes audit entries and must not wait for SQLModel's tables.
    session.execute(text("INSERT INTO audit_log (id, seq, at, installation_id, user_id, action, entity, entity_id, "
                         "detail, prev_hash, hash) VALUES (:id, :seq, :at, :inst, :user, :action, :entity, "
                         ":entity_id, :detail, :prev, :hash)"),
                    {"id": new_id(), "seq": seq, "at": stored_time(at, session), "inst": inst,
                     "user": ctx.actor.user_id, "action": action, "entity": entity, "entity_id": entity_id,
                     "detail": detail_json, "prev": prev, "hash": digest})


def stored_time(at: datetime, session: Session | Connection) -> datetime | str:
    """The time as the ORM column stored it: SQLite keeps naive UTC text, PostgreSQL a timestamptz."""
    dialect = session.dialect if isinstance(session, Connection) else session.get_bind().dialect
    if dialect.name == "sqlite":
        return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return at


@dataclass(frozen=True)
class ChainProblem:
    installation_id: str
    seq: int
    at: datetime | None
    action: str
    problem: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Walk every installation's chain; the first break of each chain is reported."""
    problems: list[ChainProblem] = []
    rows = session.execute(
        text("SELECT installation_id, seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash "
             "FROM audit_log ORDER BY installation_id, seq")
    ).all()
    current: str | None = None
    prev = GENESIS
    expected_seq = 1
    broken: set[str] = set()
    for inst, seq, at, user_id, action, entity, entity_id, detail, prev_hash, digest in rows:
        if inst != current:
            current, prev, expected_seq = inst, GENESIS, 1
        if inst in broken:
            continue
        at_dt = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        if seq != expected_seq:
            problems.append(ChainProblem(inst, expected_seq, at_dt, action, "missing"))
            broken.add(inst)
            continue
        recomputed = entry_hash(prev, _fields(seq, at_dt, inst, user_id, action, entity, entity_id, detail))
        if prev_hash != prev or digest != recomputed:
            problems.append(ChainProblem(inst, seq, at_dt, action, "altered"))
            broken.add(inst)
            continue
        prev, expected_seq = digest, seq + 1
    return problems

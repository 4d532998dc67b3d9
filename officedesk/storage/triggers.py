"""Database triggers that make signed inspections and the audit log immutable, even against direct SQL.

SQLite's batch migrations rebuild tables and lose their triggers, so every migration calls
`recreate_triggers` at its end, and a test checks they all exist at head.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

LOCK_MESSAGE = "officedesk: signed inspection is locked"
AUDIT_MESSAGE = "officedesk: the audit log is append-only"

# Tables whose rows belong to an inspection directly.
CHILD_TABLES = ("observation", "post_check", "violation", "attachment", "signoff")


def _sqlite_statements() -> list[str]:
    signed = "(SELECT state FROM inspection WHERE id = {ref}.inspection_id) = 'signed'"
    stmts = [
        f"""CREATE TRIGGER lock_inspection_update BEFORE UPDATE ON inspection
            WHEN OLD.state = 'signed' BEGIN SELECT RAISE(ABORT, '{LOCK_MESSAGE}'); END""",
        f"""CREATE TRIGGER lock_inspection_delete BEFORE DELETE ON inspection
            WHEN OLD.state = 'signed' BEGIN SELECT RAISE(ABORT, '{LOCK_MESSAGE}'); END""",
        f"""CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END""",
        f"""CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END""",
    ]
    for table in CHILD_TABLES:
        for event, ref in (("UPDATE", "OLD"), ("DELETE", "OLD"), ("INSERT", "NEW")):
            stmts.append(
                f"""CREATE TRIGGER lock_{table}_{event.lower()} BEFORE {event} ON {table}
                WHEN {signed.format(ref=ref)} BEGIN SELECT RAISE(ABORT, '{LOCK_MESSAGE}'); END"""
            )
    sig_signed = (
        "(SELECT i.state FROM signoff s JOIN inspection i ON i.id = s.inspection_id WHERE s.id = {ref}.signoff_id)"
        " = 'signed'"
    )
    for event, ref in (("UPDATE", "OLD"), ("DELETE", "OLD"), ("INSERT", "NEW")):
        stmts.append(
            f"""CREATE TRIGGER lock_signatory_{event.lower()} BEFORE {event} ON signatory
            WHEN {sig_signed.format(ref=ref)} BEGIN SELECT RAISE(ABORT, '{LOCK_MESSAGE}'); END"""
        )
    return stmts


def sqlite_trigger_names() -> list[str]:
    names = ["lock_inspection_update", "lock_inspection_delete", "audit_no_update", "audit_no_delete"]
    for table in (*CHILD_TABLES, "signatory"):
        names += [f"lock_{table}_{e}" for e in ("update", "delete", "insert")]
    return names


def _postgres_statements() -> list[str]:
    stmts = [
        f"""CREATE OR REPLACE FUNCTION od_lock_inspection() RETURNS trigger AS $$
        BEGIN
          IF OLD.state = 'signed' THEN RAISE EXCEPTION '{LOCK_MESSAGE}'; END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql""",
        f"""CREATE OR REPLACE FUNCTION od_lock_child() RETURNS trigger AS $$
        DECLARE insp text;
        BEGIN
          IF TG_OP = 'INSERT' THEN insp := NEW.inspection_id; ELSE insp := OLD.inspection_id; END IF;
          IF (SELECT state FROM inspection WHERE id = insp) = 'signed' THEN
            RAISE EXCEPTION '{LOCK_MESSAGE}';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql""",
        f"""CREATE OR REPLACE FUNCTION od_lock_signatory() RETURNS trigger AS $$
        DECLARE so text;
        BEGIN
          IF TG_OP = 'INSERT' THEN so := NEW.signoff_id; ELSE so := OLD.signoff_id; END IF;
          IF (SELECT i.state FROM signoff s JOIN inspection i ON i.id = s.inspection_id WHERE s.id = so) = 'signed'
          THEN RAISE EXCEPTION '{LOCK_MESSAGE}'; END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql""",
        f"""CREATE OR REPLACE FUNCTION od_audit_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION '{AUDIT_MESSAGE}'; END $$ LANGUAGE plpgsql""",
        """CREATE TRIGGER lock_inspection BEFORE UPDATE OR DELETE ON inspection
           FOR EACH ROW EXECUTE FUNCTION od_lock_inspection()""",
        """CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_log
           FOR EACH ROW EXECUTE FUNCTION od_audit_append_only()""",
        """CREATE TRIGGER lock_signatory BEFORE INSERT OR UPDATE OR DELETE ON signatory
           FOR EACH ROW EXECUTE FUNCTION od_lock_signatory()""",
    ]
    for table in CHILD_TABLES:
        stmts.append(
            f"""CREATE TRIGGER lock_{table} BEFORE INSERT OR UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION od_lock_child()"""
        )
    return stmts


def postgres_trigger_names() -> list[str]:
    return ["lock_inspection", "audit_append_only", "lock_signatory", *(f"lock_{t}" for t in CHILD_TABLES)]


def drop_triggers(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for name in sqlite_trigger_names():
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, table in _pg_trigger_tables():
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")


def _pg_trigger_tables() -> list[tuple[str, str]]:
    pairs = [("lock_inspection", "inspection"), ("audit_append_only", "audit_log"), ("lock_signatory", "signatory")]
    return pairs + [(f"lock_{t}", t) for t in CHILD_TABLES]


def recreate_triggers(conn: Connection) -> None:
    drop_triggers(conn)
    stmts = _sqlite_statements() if conn.dialect.name == "sqlite" else _postgres_statements()
    for stmt in stmts:
        conn.exec_driver_sql(stmt)


def existing_triggers(conn: Connection) -> set[str]:
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    else:
        rows = conn.exec_driver_sql("SELECT DISTINCT trigger_name FROM information_schema.triggers")
    return {r[0] for r in rows}


def expected_triggers(dialect: str) -> set[str]:
    return set(sqlite_trigger_names() if dialect == "sqlite" else postgres_trigger_names())

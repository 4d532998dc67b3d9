"""The demo province: its size and shape, the findings it shows, and that it is the same on every build."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from officedesk.demo.province import demo_id
from officedesk.services.context import Ctx
from officedesk.services.queries import flags
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

# Bookkeeping, not business: when a row was written, and argon2's salt (random by design).
BOOKKEEPING = {"created_at", "updated_at", "password_hash"}


def _query(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_the_demo_province_has_the_promised_shape(demo_db: Path) -> None:
    units = {code: (kind, parent) for code, kind, parent in _query(demo_db, "SELECT id, kind, parent_id FROM unit")}
    assert len(units) >= 40

    def depth(unit_id: str) -> int:
        parent = units[unit_id][1]
        return 0 if parent is None else 1 + depth(parent)

    assert {depth(u) for u in units} == {0, 1, 2}
    kinds = Counter(kind for kind, _parent in units.values())
    assert kinds["province"] == 1 and kinds["commune"] >= 10 and kinds["department"] >= 10
    counters = _query(demo_db, "SELECT COUNT(*) FROM post p JOIN unit u ON u.id = p.unit_id "
                               "WHERE u.kind = 'service_centre' AND p.required GROUP BY u.id")
    assert counters and max(c for (c,) in counters) >= 12
    assert _query(demo_db, "SELECT COUNT(*) FROM staff")[0][0] >= 1500


def test_the_demo_campaigns_and_inspections(demo_db: Path) -> None:
    campaigns = dict(_query(demo_db, "SELECT code, start_date FROM campaign"))
    assert set(campaigns) == {"SAUTET-2023", "SAUTET-2024"}
    days = dict(_query(demo_db, "SELECT i.visit_date, COUNT(*) FROM inspection i JOIN campaign c ON "
                                "c.id = i.campaign_id WHERE c.code = 'SAUTET-2024' AND i.version = 1 GROUP BY 1"))
    assert set(days) == {"2024-02-15", "2024-02-16"}
    assert _query(demo_db, "SELECT COUNT(*) FROM inspection i JOIN campaign c ON c.id = i.campaign_id "
                           "WHERE c.code = 'SAUTET-2023'")[0][0] >= 10


def test_the_demo_shows_every_kind_of_finding(demo_db: Path) -> None:
    db = open_database(to_url(demo_db))
    try:
        found = flags(Ctx(db=db), day=date(2024, 2, 15)) + flags(Ctx(db=db), day=date(2024, 2, 16))
    finally:
        db.dispose()
    kinds = Counter(f.kind for f in found)
    for kind in ("late", "excused", "unexcused", "left_post", "empty_post", "violation:FESTIVAL"):
        assert kinds[kind] >= 1, kind
    tuan = [f for f in found if f.staff_name == "Nguyễn Văn Tuấn"]
    assert [(f.kind, f.unit_code, f.minutes_late) for f in tuan] == [("late", "XA01", 22)]
    # The counter officer off sick leaves a counter of the service centre empty.
    assert any(f.kind == "empty_post" and f.unit_code == "TTPVHCC" for f in found)


def test_the_demo_has_one_amended_inspection(demo_db: Path) -> None:
    rows = _query(demo_db, "SELECT lineage_id, version, state, number_text, supersedes_id, id FROM inspection "
                           "WHERE lineage_id IN (SELECT lineage_id FROM inspection WHERE version > 1) ORDER BY version")
    assert [(v, state) for _l, v, state, *_ in rows] == [(1, "signed"), (2, "signed")]
    (lineage, _v1, _s1, number1, _sup1, v1_id), (lineage2, _v2, _s2, number2, supersedes, _v2_id) = rows
    assert lineage == lineage2 == v1_id == demo_id("inspection", "SAUTET-2024:SNV")
    assert supersedes == v1_id and number1 == number2 is not None
    assert _query(demo_db, "SELECT COUNT(*) FROM inspection WHERE state = 'draft'")[0][0] == 1


def business_dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        out = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in BOOKKEEPING]
            out[table] = sorted(conn.execute(f'SELECT {", ".join(cols)} FROM "{table}"').fetchall(), key=repr)
        return out
    finally:
        conn.close()


@pytest.mark.slow
def test_the_demo_is_the_same_on_every_build(demo_db: Path, cli_demo_db: Path) -> None:
    """Built in this process and by `officedesk demo` in another: same ids, same rows, same hashes."""
    first, second = business_dump(demo_db), business_dump(cli_demo_db)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], f"table {table} differs between two builds"
    assert len(first["observation"]) > 1000 and len(first["audit_log"]) > 400

"""Core benchmarks (issue: foundation): opening a database, building the demo, a campaign's flags in SQL."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections import Counter
from pathlib import Path

from synthetic import build_big_campaign

BENCH_DIR = Path(tempfile.gettempdir()) / "officedesk-bench"


def _big() -> Path:
    BENCH_DIR.mkdir(exist_ok=True)
    return build_big_campaign(BENCH_DIR / "big-campaign.db")


def _demo() -> Path:
    from officedesk.demo.build import build_demo

    path = BENCH_DIR / "demo.db"
    if not path.exists():
        BENCH_DIR.mkdir(exist_ok=True)
        build_demo(path)
    return path


def bench_open_database() -> tuple[float, float | None]:
    """open_database on the demo (schema version checked with a plain query) vs a bare sqlite3 connect+query."""
    from officedesk.storage.location import to_url
    from officedesk.storage.schema import open_database

    path = _demo()
    t = time.perf_counter()
    db = open_database(to_url(path))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    ours = time.perf_counter() - t
    db.dispose()
    t = time.perf_counter()
    c = sqlite3.connect(path)
    c.execute("SELECT version_num FROM alembic_version").fetchone()
    c.close()
    return ours, time.perf_counter() - t


def bench_build_demo() -> tuple[float, float | None]:
    from officedesk.demo.build import build_demo

    BENCH_DIR.mkdir(exist_ok=True)
    target = BENCH_DIR / "demo-timed.db"
    t = time.perf_counter()
    build_demo(target)
    took = time.perf_counter() - t
    target.unlink()
    return took, None


def bench_campaign_flags() -> tuple[float, float | None]:
    """Counts and flags of a 20,000-observation campaign through the services vs the bare GROUP BY in sqlite3."""
    from officedesk.services import queries
    from officedesk.services.context import Ctx
    from officedesk.storage.location import to_url
    from officedesk.storage.schema import open_database

    path = _big()
    db = open_database(to_url(path))
    ctx = Ctx(db=db)
    cid = queries.resolve(ctx, "campaign", "BIG")
    t = time.perf_counter()
    queries.campaign_counts(ctx, cid)
    queries.flags(ctx, campaign_id=cid)
    ours = time.perf_counter() - t
    db.dispose()
    c = sqlite3.connect(path)
    t = time.perf_counter()
    c.execute("SELECT i.unit_id, o.status, COUNT(*) FROM observation o JOIN inspection i ON i.id = o.inspection_id "
              "GROUP BY i.unit_id, o.status").fetchall()
    bare = time.perf_counter() - t
    c.close()
    return ours, bare


def bench_campaign_flags_orm_baseline() -> tuple[float, float | None]:
    """What the services avoid: loading 20,000 observations as ORM objects and counting in Python."""
    from sqlmodel import Session, select

    from officedesk.domain.tables import Observation
    from officedesk.storage.location import to_url
    from officedesk.storage.schema import open_database

    db = open_database(to_url(_big()))
    t = time.perf_counter()
    with Session(db.engine) as s:
        Counter(o.status for o in s.exec(select(Observation)).all())
    took = time.perf_counter() - t
    db.dispose()
    return took, None


BENCHES = {
    "open database (demo) [vs bare sqlite3]": bench_open_database,
    "build demo province": bench_build_demo,
    "campaign counts + flags, 20,000 obs [vs bare GROUP BY] (≤ 0.5 s)": bench_campaign_flags,
    "  baseline: ORM load + count in Python": bench_campaign_flags_orm_baseline,
}

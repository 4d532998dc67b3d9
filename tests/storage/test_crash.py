"""A writer killed with SIGKILL mid-stream loses nothing it had acknowledged, and the file stays sound."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from officedesk.demo.province import demo_id
from officedesk.services.audit import verify_chain
from officedesk.services.signoff import verify_signed
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

# The demo leaves Lao Chải's 2024 inspection (XA09) as a draft: the writer marks its people over and over.
DRAFT = demo_id("inspection", "SAUTET-2024:XA09")
STATUSES = ("unexcused", "excused", "late", "on_time", "left_post")
KILL_AFTER = 60  # acknowledged writes before the kill

WRITER = """
import sys
from datetime import time
from officedesk.services import inspections
from officedesk.services.context import Ctx
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

STATUSES = {statuses!r}
ctx = Ctx(db=open_database(to_url(sys.argv[1])))
with ctx.db.engine.connect() as conn:
    ids = [r[0] for r in conn.exec_driver_sql(
        "SELECT id FROM observation WHERE inspection_id = ? ORDER BY id", (sys.argv[2],))]
n = 0
while True:
    obs = ids[n % len(ids)]
    status = STATUSES[n % len(STATUSES)]
    arrival = time(7, 30 + n % 29) if status == "late" else None
    inspections.set_status(ctx, obs, status, arrival=arrival, note=f"write {{n}}")
    # Printed only after set_status returned, i.e. after its transaction committed.
    print(n, obs, status, flush=True)
    n += 1
"""


def expected_status(n: int) -> str:
    status = STATUSES[n % len(STATUSES)]
    # A late arrival within the 5 minutes' grace (07:30–07:35) is stored as on time.
    if status == "late" and n % 29 <= 5:
        return "on_time"
    return status


@pytest.mark.slow
def test_sigkill_loses_no_acknowledged_write(demo_copy: Path, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(statuses=STATUSES), encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(demo_copy), DRAFT], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    acknowledged: dict[str, int] = {}  # observation id -> number of its last acknowledged write
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        for line in child.stdout:
            n, obs, status = line.split()
            assert status == STATUSES[int(n) % len(STATUSES)]
            acknowledged[obs] = int(n)
            if int(n) + 1 >= KILL_AFTER:
                break
            assert time.monotonic() < deadline, "the writer is too slow"
        else:
            pytest.fail(f"the writer stopped by itself: {child.stderr.read() if child.stderr else ''}")
        os.kill(child.pid, signal.SIGKILL)
        # Lines written before the kill are acknowledged writes too.
        for line in child.stdout:
            n, obs, _status = line.split()
            acknowledged[obs] = int(n)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert max(acknowledged.values()) + 1 >= KILL_AFTER

    # The file as the killed process left it (its -wal beside it): sound, with every acknowledged write.
    conn = sqlite3.connect(demo_copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {r[0]: (r[1], r[2]) for r in conn.execute(
            "SELECT id, status, note FROM observation WHERE inspection_id = ?", (DRAFT,))}
    finally:
        conn.close()
    for obs, n in acknowledged.items():
        status, note = stored[obs]
        assert note.startswith("write "), obs
        written = int(note.removeprefix("write "))
        # The acknowledged write, or a later one of the same row that committed before the kill.
        assert written >= n, f"observation {obs}: acknowledged write {n} lost (found write {written})"
        assert status == expected_status(written)

    db = open_database(to_url(demo_copy))
    try:
        with db.session() as s:
            assert verify_chain(s) == []
            assert verify_signed(s) == []
    finally:
        db.dispose()

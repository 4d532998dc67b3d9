"""A laptop whose battery dies mid-entry loses nothing it acknowledged (SCENARIOS.md, journey 1)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from officedesk.services import queries

from . import conftest_entry as fx

demo_master = fx.demo_master
demo_db = fx.demo_db

CHILD = Path(__file__).with_name("entry_crash_child.py")


@pytest.mark.slow
def test_every_acknowledged_edit_survives_a_kill(demo_db: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen([sys.executable, str(CHILD), str(demo_db)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    acks: list[tuple[str, str, str]] = []
    deadline = time.monotonic() + 90
    try:
        assert child.stdout is not None
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            if line.startswith("ACK "):
                _, obs_id, status, arrival = line.split()
                acks.append((obs_id, status, arrival))
                if len(acks) == 9:
                    # Mid-entry: the child is between two marks (or in one). No goodbye, no flush, no close.
                    os.kill(child.pid, signal.SIGKILL)
                    break
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
    stderr = child.stderr.read() if child.stderr else ""
    assert child.returncode == -signal.SIGKILL, stderr
    assert len(acks) == 9, stderr

    ctx = fx.make_ctx(demo_db)
    try:
        rows = {r["id"]: r for r in queries.roster(ctx, fx.draft_id(ctx))}
        for obs_id, status, arrival in acks:
            row = rows[obs_id]
            assert (row["status"], bool(row["unmarked"])) == (status, False), row
            if arrival != "-":
                assert row["arrival_time"].strftime("%H:%M") == arrival and row["minutes_late"] == 22
    finally:
        ctx.db.dispose()

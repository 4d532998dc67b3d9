"""The `officedesk` command, run as a child process through the installed entry point."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from officedesk import __version__
from officedesk.resources import resource_path


def test_version(cli: Any) -> None:
    done = cli("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"OfficeDesk {__version__}")


def test_flags_of_the_first_day_after_tet(cli: Any, cli_demo_db: Path) -> None:
    done = cli("--db", cli_demo_db, "flags", "--date", "2024-02-15", "--format", "json")
    assert done.returncode == 0, done.stderr
    flags = json.loads(done.stdout)
    tuan = [f for f in flags if f["staff_name"] == "Nguyễn Văn Tuấn"]
    assert len(tuan) == 1
    assert (tuan[0]["kind"], tuan[0]["minutes_late"], tuan[0]["unit_code"], tuan[0]["arrival_time"]) == (
        "late", 22, "XA01", "07:52:00")
    assert {f["visit_date"] for f in flags} == {"2024-02-15"}
    assert {"late", "excused", "unexcused", "empty_post"} <= {f["kind"] for f in flags}


@pytest.mark.parametrize(("what", "at_least", "key"), [
    ("campaigns", 2, "code"), ("units", 40, "code"), ("staff", 1500, "full_name"), ("inspections", 40, "unit_code"),
])
def test_lists_are_json(cli: Any, demo_db: Path, what: str, at_least: int, key: str) -> None:
    done = cli("--db", demo_db, "list", what, "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert isinstance(rows, list) and len(rows) >= at_least
    assert all(isinstance(r, dict) and r[key] for r in rows)


def test_summary_is_json(cli: Any, demo_db: Path) -> None:
    done = cli("--db", demo_db, "summary", "SAUTET-2024", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert rows[-1]["unit_code"] == "TOTAL"
    assert rows[-1]["headcount"] == sum(r["headcount"] for r in rows[:-1])
    assert rows[-1]["violation_rate"].endswith(" %") and "," in rows[-1]["violation_rate"]


def test_a_missing_database_is_one_line_of_error(cli: Any, tmp_path: Path) -> None:
    missing = tmp_path / "không-có.db"
    done = cli("--db", missing, "list", "units")
    assert done.returncode != 0
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and str(missing) in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert not missing.exists()
    assert not list(tmp_path.glob("không-có*"))


def test_db_option_beats_environment_beats_default(cli: Any, demo_db: Path, tmp_path: Path) -> None:
    from officedesk.services import setup
    from officedesk.services.context import Ctx
    from officedesk.storage.location import to_url
    from officedesk.storage.schema import open_database

    env_db = tmp_path / "from-env.db"
    db = open_database(to_url(env_db), create=True)
    setup.initialise(Ctx(db=db), installation_code="B2", installation_name="B2")
    db.dispose()
    # --db wins over OFFICEDESK_DB: the demo's units, not the empty database's.
    done = cli("--db", demo_db, "list", "units", "--format", "json", OFFICEDESK_DB=str(env_db))
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) >= 40
    # OFFICEDESK_DB wins over the default.
    done = cli("init", OFFICEDESK_DB=str(env_db))
    assert done.returncode != 0 and f"{env_db} already exists" in done.stderr
    # Neither: the per-user file (here under the test's XDG_DATA_HOME).
    default = tmp_path / "xdg-data" / "OfficeDesk" / "officedesk.db"
    done = cli("list", "units")
    assert done.returncode != 0 and str(default) in done.stderr and not default.exists()


def test_errors_are_in_vietnamese_by_default(cli: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    qm = resource_path("translations", "officedesk_vi.qm")
    if not qm.exists():
        pytest.skip("resources/translations/officedesk_vi.qm is not built yet (make translations)")
    missing = tmp_path / "missing.db"
    done = cli("--db", missing, "list", "units", lang=None)
    assert done.returncode != 0
    translator = QTranslator()
    assert translator.load(str(qm))
    prefix = translator.translate("Cli", "Error: {0}")
    message = translator.translate(
        "Storage", "The database file {0} does not exist. Create one with 'officedesk init' or 'officedesk demo'.")
    if not prefix or not message:
        pytest.skip("officedesk_vi.qm does not translate the command line's messages yet (contexts Cli, Storage)")
    assert done.stderr.strip() == prefix.format(message.format(missing))
    # And in English when asked.
    english = cli("--db", missing, "list", "units", lang="en")
    assert english.stderr.startswith("Error: The database file")

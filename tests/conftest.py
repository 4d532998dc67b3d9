"""Fixtures shared by the core's tests: the demo province (built once), the command line, a PostgreSQL server."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

# Before any Qt import: a plain `pytest` (not only `make test`) runs the widgets offscreen; a person who wants to
# watch them sets QT_QPA_PLATFORM=xcb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BIN = Path(sys.executable).parent
OFFICEDESK = BIN / "officedesk"
CliRunner = Callable[..., subprocess.CompletedProcess[str]]


def pytest_configure(config: pytest.Config) -> None:
    # tests/ is not a package (pytest runs with --import-mode=importlib): load the PostgreSQL fixtures by path.
    spec = importlib.util.spec_from_file_location("officedesk_tests_pg", Path(__file__).with_name("pg.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    config.pluginmanager.register(module, "officedesk_tests_pg")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo province, built once per session. Read it freely; copy it (`demo_copy`) before writing."""
    from officedesk.demo.build import build_demo

    path = build_demo(tmp_path_factory.mktemp("demo") / "demo.db")
    assert not Path(f"{path}-wal").exists(), "the demo's WAL was not checkpointed: a plain copy would miss data"
    return path


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    """A private copy of the demo for a test that writes."""
    dest = tmp_path / "demo.db"
    shutil.copyfile(demo_db, dest)
    return dest


def cli_env(tmp: Path, lang: str | None = "en", **extra: str) -> dict[str, str]:
    """The environment of a child `officedesk`: no database from the shell, per-user files under `tmp`."""
    env = {k: v for k, v in os.environ.items() if k not in ("OFFICEDESK_DB", "OFFICEDESK_LANG", "OFFICEDESK_PASSWORD")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp / "xdg-data"),
               XDG_CONFIG_HOME=str(tmp / "xdg-config"), XDG_STATE_HOME=str(tmp / "xdg-state"))
    if lang:
        env["OFFICEDESK_LANG"] = lang
    env.update(extra)
    return env


@pytest.fixture
def cli(tmp_path: Path) -> CliRunner:
    """Run the installed `officedesk` entry point: cli("--db", path, "list", "units", lang=None, OFFICEDESK_DB=…)."""

    def run(*args: str | Path, lang: str | None = "en", timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(OFFICEDESK), *map(str, args)], capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL, cwd=tmp_path, env=cli_env(tmp_path, lang, **env))

    return run


@pytest.fixture(scope="session")
def cli_demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo built a second time, by `officedesk demo` in a child process (the CLI test and the determinism test)."""
    folder = tmp_path_factory.mktemp("cli-demo")
    path = folder / "demo.db"
    done = subprocess.run([str(OFFICEDESK), "--db", str(path), "demo"], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, cwd=folder, env=cli_env(folder))
    assert done.returncode == 0, done.stderr
    assert str(path) in done.stdout
    return path

"""`officedesk --exit-when-ready [--user NAME]` in a child process: the smoke test of start-up with accounts."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

PASSWORD = "demo-2024"


@pytest.fixture
def client(cli: Callable[..., Any], demo_copy: Path, tmp_path: Path) -> Callable[..., Any]:
    """Run the client on a copy of the demo, with a temporary HOME (cli() already isolates the XDG folders)."""
    home = tmp_path / "home"
    home.mkdir()

    def run(*args: str, **env: str) -> Any:
        began = time.perf_counter()
        done = cli("--db", demo_copy, "--exit-when-ready", *args, lang=None, timeout=120, HOME=str(home), **env)
        done.seconds = time.perf_counter() - began
        return done

    return run


@pytest.mark.slow
def test_exit_when_ready_with_a_user_signs_in_and_loads_the_first_page(client: Callable[..., Any]) -> None:
    done = client("--user", "hoa", OFFICEDESK_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_exit_when_ready_without_a_user_stops_at_the_sign_in_dialog(client: Callable[..., Any]) -> None:
    done = client()
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_exit_when_ready_with_a_wrong_password_says_why(client: Callable[..., Any]) -> None:
    done = client("--user", "hoa", OFFICEDESK_PASSWORD="not-her-password")
    assert done.returncode == 4
    assert "Sai tên đăng nhập hoặc mật khẩu." in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_exit_when_ready_with_a_user_but_no_password_fails(client: Callable[..., Any]) -> None:
    done = client("--user", "hoa")
    assert done.returncode == 4
    assert "OFFICEDESK_PASSWORD" in done.stderr

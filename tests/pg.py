"""A real PostgreSQL server for the tests, started once per session in a temporary folder.

CI runs as root and initdb refuses root, so the server runs as the unprivileged `postgres` user there (through
`runuser`); anyone else runs it as themselves. It listens on a free loopback port, keeps its socket in the temporary
folder, and is stopped (`pg_ctl stop -m fast`) at the end of the session. Registered as a plugin by tests/conftest.py.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVER_USER = "postgres"
START_TIMEOUT_S = 30.0


def postgres_bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres: from PATH, else Debian's newest /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return candidates[-1].parent if candidates else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(argv: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", SERVER_USER, "--", *argv]
    return argv


def _wait_until_ready(port: int, logfile: Path) -> None:
    import psycopg

    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            with psycopg.connect(host="127.0.0.1", port=port, user=SERVER_USER, dbname="postgres", connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                log = logfile.read_text(errors="replace") if logfile.exists() else "(no log)"
                raise RuntimeError(f"PostgreSQL did not accept connections within {START_TIMEOUT_S} s:\n{log}") from None
            time.sleep(0.1)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """`postgresql+psycopg://postgres@127.0.0.1:PORT/postgres` of a server that lives for the session."""
    bindir = postgres_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL's server binaries (initdb, pg_ctl) are not installed; `make deps` installs them")
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam(SERVER_USER)
        except KeyError:
            pytest.skip(f"running as root and there is no '{SERVER_USER}' user to run the server as")
    folder = Path(tempfile.mkdtemp(prefix="officedesk-pg-"))
    data, sockets, logfile = folder / "data", folder / "sockets", folder / "server.log"
    sockets.mkdir()
    if os.geteuid() == 0:
        for p in (folder, sockets):
            os.chown(p, pw.pw_uid, pw.pw_gid)
    port = free_port()
    started = False
    try:
        subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", SERVER_USER, "-A", "trust",
                                        "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
                       check=True, capture_output=True)
        # fsync off: a crash of a test server loses nothing of value, and the session runs faster.
        options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(logfile), "-o", options,
                                        "-w", "-t", str(int(START_TIMEOUT_S)), "start"]),
                       check=True, capture_output=True)
        started = True
        _wait_until_ready(port, logfile)
        yield f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{port}/postgres"
    finally:
        if started:
            subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                           capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_database(pg_url: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty database on the session's server for one test; dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    params = {"host": url.host, "port": url.port, "user": url.username, "dbname": "postgres"}
    with psycopg.connect(**params, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield url.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(**params, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

"""Which database to open: `--db`, then OFFICEDESK_DB, then the client's setting, then the per-user default."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "OfficeDesk"
ENV_DB = "OFFICEDESK_DB"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / "officedesk.db"


def is_url(value: str) -> bool:
    return "://" in value


def to_url(value: str | Path) -> str:
    """A path or a SQLAlchemy URL -> a SQLAlchemy URL."""
    text = str(value)
    if is_url(text):
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def resolve_db(cli_value: str | None, setting_value: str | None = None) -> str:
    for candidate in (cli_value, os.environ.get(ENV_DB), setting_value):
        if candidate:
            return to_url(candidate)
    return to_url(default_db_path())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    return Path(rest) if rest else None


def describe(url: str) -> str:
    """The database as a person would name it: a file path, or a server without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)

"""The database in use, named as a person would read it (never with a password)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from officedesk.storage.location import describe


def describe_db(db_url: str | None) -> str:
    if not db_url:
        return QCoreApplication.translate("Database", "no database open")
    try:
        return describe(db_url)
    except Exception:  # an unparsable URL is shown without its credentials rather than not at all
        scheme, _, rest = db_url.partition("://")
        return f"{scheme}://{rest.rpartition('@')[2]}"

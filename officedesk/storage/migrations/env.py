"""Alembic environment: runs on the connection OfficeDesk hands it (see storage.schema.migrate)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import officedesk.domain.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        # SQLite's ALTER TABLE is limited: batch mode rebuilds tables (which drops their triggers — every
        # migration that rebuilds recreates them; see storage/triggers.py).
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()

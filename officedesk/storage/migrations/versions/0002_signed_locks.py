"""Signed inspections and the audit log become immutable, also against direct SQL.

Revision ID: 0002_signed_locks
Revises: 0001_initial
Create Date: 2026-11-22
"""
from __future__ import annotations

from alembic import op

from officedesk.storage.triggers import drop_triggers, recreate_triggers

revision = "0002_signed_locks"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every migration ends with this: SQLite batch operations rebuild tables and drop their triggers.
    recreate_triggers(op.get_bind())


def downgrade() -> None:
    drop_triggers(op.get_bind())

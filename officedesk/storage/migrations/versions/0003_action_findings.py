"""A corrective action names the finding it answers: in words, and which record it was.

Revision ID: 0003_action_findings
Revises: 0002_signed_locks
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from officedesk.storage.triggers import drop_triggers, recreate_triggers

revision = "0003_action_findings"
down_revision = "0002_signed_locks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (no table rebuild): existing actions answer no particular finding.
    op.add_column("corrective_action", sa.Column("finding", sa.String(), nullable=False, server_default=""))
    op.add_column("corrective_action",
                  sa.Column("finding_ref", sa.String(length=80), nullable=False, server_default=""))
    recreate_triggers(op.get_bind())


def downgrade() -> None:
    drop_triggers(op.get_bind())
    with op.batch_alter_table("corrective_action") as batch:
        batch.drop_column("finding_ref")
        batch.drop_column("finding")
    recreate_triggers(op.get_bind())

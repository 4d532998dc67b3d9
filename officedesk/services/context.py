"""Who acts, on which database, at what time: every service takes one of these."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from officedesk.domain.enums import Role
from officedesk.services.clock import Clock
from officedesk.storage.schema import Database


@dataclass(frozen=True)
class Actor:
    user_id: str | None
    username: str
    full_name: str
    role: Role
    unit_id: str | None = None


# Scripted set-up (init, demo) acts as the system: an administrator with no account.
SYSTEM = Actor(user_id=None, username="system", full_name="OfficeDesk", role=Role.ADMIN)


@dataclass
class Ctx:
    db: Database
    actor: Actor = SYSTEM
    clock: Clock = field(default_factory=Clock)
    _installation: tuple[str, str] | None = None

    @property
    def installation(self) -> tuple[str, str]:
        """(installation id, short code) of this database's own installation."""
        if self._installation is None:
            with self.db.engine.connect() as conn:
                result = conn.execute(text("SELECT key, value FROM app_meta"))
                rows: dict[str, str] = {r[0]: r[1] for r in result}
            self._installation = (rows.get("installation_id", ""), rows.get("installation_code", ""))
        return self._installation

    @property
    def installation_id(self) -> str:
        return self.installation[0]

    @property
    def installation_code(self) -> str:
        return self.installation[1]

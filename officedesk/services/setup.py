"""A new database: its installation, the violation catalogue and a default schedule."""

from __future__ import annotations

import uuid

from sqlalchemy import text

from officedesk.domain.tables import AppMeta, Installation, ViolationCategory
from officedesk.services import audit
from officedesk.services.context import Ctx

# Drawn from Công điện 09/CĐ-TTg (2025) and Chỉ thị 26/CT-TTg (2016); administrators may edit it.
DEFAULT_CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("FESTIVAL", "Đi lễ hội, chúc Tết trong giờ làm việc", "09/CĐ-TTg"),
    ("OFFICIAL_CAR", "Sử dụng xe công đi lễ hội", "09/CĐ-TTg"),
    ("FESTIVAL_FUNDS", "Sử dụng ngân sách nhà nước cho lễ hội", "09/CĐ-TTg"),
    ("ALCOHOL", "Uống rượu, bia trong giờ làm việc, giờ nghỉ trưa, ngày trực", "26/CT-TTg"),
    ("NO_CARD", "Không đeo thẻ công chức, viên chức", "26/CT-TTg"),
    ("PERSONAL", "Làm việc riêng trong giờ làm việc", "26/CT-TTg"),
    ("SMOKING", "Hút thuốc lá trong phòng làm việc", "26/CT-TTg"),
    ("COFFEE", "Đi uống cà phê trong giờ làm việc", "26/CT-TTg"),
)


def is_initialised(ctx: Ctx) -> bool:
    with ctx.db.engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM app_meta WHERE key = 'installation_id'")).first() is not None


def initialise(ctx: Ctx, *, installation_code: str, installation_name: str, province: str = "",
               installation_id: str | None = None) -> str:
    """Make the database this installation's own. Returns the installation id."""
    inst_id = installation_id or str(uuid.uuid4())
    with ctx.db.session() as s:
        s.add(AppMeta(key="installation_id", value=inst_id))
        s.add(AppMeta(key="installation_code", value=installation_code))
        s.add(AppMeta(key="province", value=province))
        s.add(Installation(id=inst_id, installation_id=inst_id, short_code=installation_code, name=installation_name))
        s.flush()
        ctx._installation = (inst_id, installation_code)
        for code, name, directive in DEFAULT_CATEGORIES:
            s.add(ViolationCategory(id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"officedesk:category:{code}")),
                                    installation_id=inst_id, code=code, name=name, directive=directive))
        audit.record(s, ctx, "database.init", "installation", inst_id,
                     {"code": installation_code, "name": installation_name})
    return inst_id


def meta(ctx: Ctx, key: str, default: str = "") -> str:
    with ctx.db.engine.connect() as conn:
        row = conn.execute(text("SELECT value FROM app_meta WHERE key = :k"), {"k": key}).first()
    return row[0] if row else default

"""Every table of OfficeDesk, in one place (the SQLModel/FastAPI template's habit).

Every row carries a UUID key (data moves between laptops), the installation that wrote it, UTC bookkeeping
timestamps and a tombstone instead of a delete. Clock times of inspections and arrivals are local wall-clock
times (Asia/Ho_Chi_Minh) and stored as plain times and dates.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Column, DateTime, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

# Re-exported: most services import them from here; paths that must stay light use domain.ids.
from officedesk.domain.ids import new_id as new_id
from officedesk.domain.ids import reproducible_ids as reproducible_ids
from officedesk.domain.ids import utcnow as utcnow

LOCAL_TZ = "Asia/Ho_Chi_Minh"


class Row(SQLModel):
    """Columns every table shares."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    installation_id: str = Field(default="", max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    deleted_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class AppMeta(SQLModel, table=True):
    """Key/value facts about this database: its installation id and short code, the province name."""

    __tablename__ = "app_meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="")


class Installation(Row, table=True):
    """A laptop or server that writes data; its short code goes into minutes numbers."""

    __tablename__ = "installation"
    short_code: str = Field(max_length=16, unique=True)
    name: str = ""


class Unit(Row, table=True):
    __tablename__ = "unit"
    code: str = Field(max_length=32, unique=True, index=True)
    name: str
    short_name: str = ""
    kind: str = Field(max_length=24)
    parent_id: str | None = Field(default=None, foreign_key="unit.id", max_length=36, index=True)
    head_name: str = ""
    head_title: str = ""
    address: str = ""
    schedule_id: str | None = Field(default=None, foreign_key="schedule.id", max_length=36)


class Staff(Row, table=True):
    __tablename__ = "staff"
    code: str = Field(max_length=32, unique=True, index=True)
    full_name: str
    # Stored so the roster sorts and searches in SQL: the Vietnamese order key and an accent-free form.
    sort_key: str = Field(default="", index=True)
    search_text: str = ""
    position: str = ""
    unit_id: str = Field(foreign_key="unit.id", max_length=36, index=True)
    joined_on: date | None = None
    left_on: date | None = None
    clock_user_id: str | None = Field(default=None, max_length=32)
    added_on_spot: bool = False


class Post(Row, table=True):
    """A named place that must be staffed in working hours (a service counter, a reception desk)."""

    __tablename__ = "post"
    unit_id: str = Field(foreign_key="unit.id", max_length=36, index=True)
    code: str = Field(max_length=32)
    name: str
    required: bool = True


class PostAssignment(Row, table=True):
    __tablename__ = "post_assignment"
    post_id: str = Field(foreign_key="post.id", max_length=36, index=True)
    staff_id: str = Field(foreign_key="staff.id", max_length=36, index=True)
    valid_from: date
    valid_to: date | None = None


class Schedule(Row, table=True):
    """A named working schedule; its rules live in effective-dated versions."""

    __tablename__ = "schedule"
    code: str = Field(max_length=32, unique=True)
    name: str
    is_default: bool = False


class ScheduleVersion(Row, table=True):
    """The schedule's rules from valid_from (inclusive) to valid_to (exclusive), as rules.schedule JSON."""

    __tablename__ = "schedule_version"
    schedule_id: str = Field(foreign_key="schedule.id", max_length=36, index=True)
    valid_from: date
    valid_to: date | None = None
    rules_json: str = Field(sa_column=Column(Text, nullable=False))


class CalendarOverride(Row, table=True):
    __tablename__ = "calendar_override"
    day: date = Field(index=True)
    kind: str = Field(max_length=16)
    note: str = ""


class ViolationCategory(Row, table=True):
    """Administrator-editable catalogue drawn from the directives (09/CĐ-TTg, 26/CT-TTg)."""

    __tablename__ = "violation_category"
    code: str = Field(max_length=32, unique=True)
    name: str
    directive: str = ""
    active: bool = True


class UserAccount(Row, table=True):
    __tablename__ = "user_account"
    username: str = Field(max_length=64, unique=True)
    full_name: str
    title: str = ""
    role: str = Field(max_length=24)
    unit_id: str | None = Field(default=None, foreign_key="unit.id", max_length=36)
    password_hash: str = ""
    failed_attempts: int = 0
    locked_until: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    active: bool = True


class Campaign(Row, table=True):
    __tablename__ = "campaign"
    code: str = Field(max_length=32, unique=True, index=True)
    name: str
    legal_basis: str = ""
    start_date: date
    end_date: date
    parent_agency: str = ""
    agency: str = ""
    place: str = ""
    # The symbol of minutes numbers: "BB-ĐKT" gives "07/BB-ĐKT".
    number_symbol: str = "BB-ĐKT"
    previous_campaign_id: str | None = Field(default=None, foreign_key="campaign.id", max_length=36)


class CampaignMember(Row, table=True):
    __tablename__ = "campaign_member"
    __table_args__ = (UniqueConstraint("campaign_id", "full_name"),)
    campaign_id: str = Field(foreign_key="campaign.id", max_length=36, index=True)
    user_id: str | None = Field(default=None, foreign_key="user_account.id", max_length=36)
    full_name: str
    title: str = ""
    team_role: str = Field(max_length=24)


class CampaignUnit(Row, table=True):
    __tablename__ = "campaign_unit"
    __table_args__ = (UniqueConstraint("campaign_id", "unit_id"),)
    campaign_id: str = Field(foreign_key="campaign.id", max_length=36, index=True)
    unit_id: str = Field(foreign_key="unit.id", max_length=36)
    planned_date: date | None = None


class NumberCounter(SQLModel, table=True):
    """Minutes numbers per campaign and installation, so two offline laptops never issue the same number."""

    __tablename__ = "number_counter"
    campaign_id: str = Field(primary_key=True, max_length=36)
    installation_code: str = Field(primary_key=True, max_length=16)
    last_number: int = 0


class Inspection(Row, table=True):
    """One visit to one unit. Amendments are new rows of the same lineage with a higher version."""

    __tablename__ = "inspection"
    __table_args__ = (UniqueConstraint("lineage_id", "version"),)
    campaign_id: str = Field(foreign_key="campaign.id", max_length=36, index=True)
    unit_id: str = Field(foreign_key="unit.id", max_length=36, index=True)
    lineage_id: str = Field(max_length=36, index=True)
    version: int = 1
    supersedes_id: str | None = Field(default=None, max_length=36)
    amendment_reason: str = ""
    state: str = Field(default="draft", max_length=16)
    visit_date: date
    check_time: time
    end_time: time | None = None
    place_text: str = ""
    unit_representative: str = ""
    unit_representative_title: str = ""
    minute_taker: str = ""
    notes: str = ""
    conclusions: str = ""
    recommendations: str = ""
    number: int | None = None
    number_text: str | None = None
    # The schedule in force on the day, as rules JSON: later setting changes never alter this inspection.
    schedule_json: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    content_hash: str | None = Field(default=None, max_length=64)
    created_by: str | None = Field(default=None, max_length=36)


class Observation(Row, table=True):
    """Exactly one per staff member per inspection; the flags are computed when it is saved."""

    __tablename__ = "observation"
    __table_args__ = (UniqueConstraint("inspection_id", "staff_id"),)
    inspection_id: str = Field(foreign_key="inspection.id", max_length=36, index=True)
    staff_id: str = Field(foreign_key="staff.id", max_length=36, index=True)
    status: str = Field(default="on_time", max_length=16)
    # True until the inspector marks the person: "everyone else present" fills the unmarked ones.
    unmarked: bool = True
    arrival_time: time | None = None
    departure_time: time | None = None
    minutes_late: int = 0
    minutes_early: int = 0
    session: str = ""
    excuse_reason: str = ""
    document_no: str = ""
    note: str = ""


class PostCheck(Row, table=True):
    __tablename__ = "post_check"
    __table_args__ = (UniqueConstraint("inspection_id", "post_id"),)
    inspection_id: str = Field(foreign_key="inspection.id", max_length=36, index=True)
    post_id: str = Field(foreign_key="post.id", max_length=36)
    proposed_state: str = Field(max_length=16)
    state: str = Field(max_length=16)
    override_reason: str = ""
    present_names: str = ""


class Violation(Row, table=True):
    __tablename__ = "violation"
    inspection_id: str = Field(foreign_key="inspection.id", max_length=36, index=True)
    category_id: str = Field(foreign_key="violation_category.id", max_length=36)
    description: str = ""
    staff_id: str | None = Field(default=None, foreign_key="staff.id", max_length=36)


class CorrectiveAction(Row, table=True):
    """Not locked by sign-off: units report back on them after the inspection."""

    __tablename__ = "corrective_action"
    inspection_id: str = Field(foreign_key="inspection.id", max_length=36, index=True)
    unit_id: str = Field(foreign_key="unit.id", max_length=36, index=True)
    description: str
    owner: str = ""
    deadline: date | None = None
    status: str = Field(default="open", max_length=16)
    done_on: date | None = None
    progress_note: str = ""
    # The finding the action answers, as it read when the action was set ("Đi muộn 22 phút: Nguyễn Văn Tuấn"),
    # and which record that was: "violation:<id>", "observation:<id>" or "post_check:<id>" ("" for none).
    finding: str = Field(default="", sa_column_kwargs={"server_default": ""})
    finding_ref: str = Field(default="", max_length=80, sa_column_kwargs={"server_default": ""})


class Attachment(Row, table=True):
    """Photos live inside the database (downscaled), so backups, bundles and encryption cover them."""

    __tablename__ = "attachment"
    inspection_id: str = Field(foreign_key="inspection.id", max_length=36, index=True)
    caption: str = ""
    mime: str = Field(default="image/jpeg", max_length=32)
    sha256: str = Field(max_length=64)
    width: int = 0
    height: int = 0
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class SignOff(Row, table=True):
    __tablename__ = "signoff"
    inspection_id: str = Field(foreign_key="inspection.id", max_length=36, index=True)
    user_id: str | None = Field(default=None, max_length=36)
    signed_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    method: str = Field(default="on_spot", max_length=24)
    content_hash: str = Field(max_length=64)


class Signatory(Row, table=True):
    __tablename__ = "signatory"
    signoff_id: str = Field(foreign_key="signoff.id", max_length=36, index=True)
    block: str = Field(max_length=16)
    full_name: str
    title: str = ""
    role: str = ""
    signature_png: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class AuditEntry(SQLModel, table=True):
    """Append-only and hash-chained: each entry holds the previous entry's hash."""

    __tablename__ = "audit_log"
    # The chain is per installation: laptops write their own chains and bundles merge them side by side.
    __table_args__ = (Index("ix_audit_log_installation_seq", "installation_id", "seq", unique=True),)
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    seq: int
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    installation_id: str = Field(max_length=36)
    user_id: str | None = Field(default=None, max_length=36)
    action: str = Field(max_length=48)
    entity: str = Field(max_length=32)
    entity_id: str = Field(max_length=36)
    detail: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)

"""Enumerations shared by the domain, the rules, the storage and the client."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """One status per person per inspection; they exclude one another."""

    ON_TIME = "on_time"
    LATE = "late"
    EXCUSED = "excused"
    UNEXCUSED = "unexcused"
    LEFT_POST = "left_post"
    LEFT_EARLY = "left_early"


class ExcuseReason(StrEnum):
    LEAVE = "leave"
    BUSINESS_TRIP = "business_trip"
    SICK = "sick"
    TRAINING = "training"
    OTHER = "other"


class UnitKind(StrEnum):
    PROVINCE = "province"
    DEPARTMENT = "department"
    CITY = "city"
    COMMUNE = "commune"
    SERVICE_CENTRE = "service_centre"
    SUB_UNIT = "sub_unit"


class InspectionState(StrEnum):
    """draft -> submitted -> signed. An amendment is a new version (draft) of the same lineage."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    SIGNED = "signed"


class PostState(StrEnum):
    STAFFED = "staffed"
    EMPTY = "empty"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Role(StrEnum):
    ADMIN = "admin"
    TEAM_LEADER = "team_leader"
    INSPECTOR = "inspector"
    UNIT_HEAD = "unit_head"
    VIEWER = "viewer"


class TeamRole(StrEnum):
    LEADER = "leader"
    MEMBER = "member"
    MINUTE_TAKER = "minute_taker"


class SignBlock(StrEnum):
    """The three signature blocks of the minutes (Decree 30, model 1.9)."""

    UNIT = "unit"
    TEAM = "team"
    MINUTES = "minutes"


class CalendarDayKind(StrEnum):
    WORKING = "working"  # a make-up working day by notice
    OFF = "off"  # an extra day off by notice


STATUS_LABEL_VI: dict[Status, str] = {
    Status.ON_TIME: "Có mặt",
    Status.LATE: "Đi muộn",
    Status.EXCUSED: "Vắng có lý do",
    Status.UNEXCUSED: "Vắng không lý do",
    Status.LEFT_POST: "Rời vị trí",
    Status.LEFT_EARLY: "Về sớm",
}

REASON_LABEL_VI: dict[ExcuseReason, str] = {
    ExcuseReason.LEAVE: "Nghỉ phép",
    ExcuseReason.BUSINESS_TRIP: "Đi công tác",
    ExcuseReason.SICK: "Ốm",
    ExcuseReason.TRAINING: "Đi học, tập huấn",
    ExcuseReason.OTHER: "Lý do khác",
}

UNIT_KIND_LABEL_VI: dict[UnitKind, str] = {
    UnitKind.PROVINCE: "Cấp tỉnh",
    UnitKind.DEPARTMENT: "Sở, ban, ngành",
    UnitKind.CITY: "UBND thành phố, huyện",
    UnitKind.COMMUNE: "UBND xã, phường",
    UnitKind.SERVICE_CENTRE: "Trung tâm phục vụ hành chính công",
    UnitKind.SUB_UNIT: "Đơn vị trực thuộc",
}

ACTION_LABEL_VI: dict[ActionStatus, str] = {
    ActionStatus.OPEN: "Đang thực hiện",
    ActionStatus.DONE: "Đã khắc phục",
    ActionStatus.CANCELLED: "Hủy",
}

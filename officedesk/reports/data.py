"""What the documents print: plain frozen records that the storage layer's loaders fill.

Nothing here knows the database. Every text is printed as given (already Vietnamese, already in capitals where
Decree 30 wants capitals); counts are whole numbers the rules layer has computed; the documents only compute
rates and totals from them, so a PDF and the Excel file always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Literal

SignatureBlock = Literal["unit", "team", "minutes", "report"]


@dataclass(frozen=True, slots=True)
class AgencyHeader:
    """The issuing agency in the header's left column and the place in the date line."""

    parent_agency: str  # "UBND TỈNH LÀO CAI" (printed regular, capitals); "" when the agency has no parent line
    agency: str  # "VĂN PHÒNG" (printed bold, capitals, with the short rule beneath)
    place: str  # "Lào Cai" (the date line: "Lào Cai, ngày 16 tháng 02 năm 2024")


@dataclass(frozen=True, slots=True)
class Signatory:
    """One signature block.

    Printed, in bold: `role_label`; then `prefix` + `on_behalf_of` when both are given ("TM. ỦY BAN NHÂN DÂN",
    "KT. CHÁNH VĂN PHÒNG"), followed by `title` ("CHỦ TỊCH", "PHÓ CHÁNH VĂN PHÒNG"); with a prefix but no
    `on_behalf_of`, the prefix goes before the title on one line ("KT. CHỦ TỊCH"). Then the drawn signature (a
    PNG with transparent background, printed as it is) and `name`.
    """

    block: SignatureBlock  # minutes: "unit" left, "team" right, "minutes" below; "report" for a báo cáo's signer
    role_label: str  # "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA"; may be "" (the báo cáo signer usually has none)
    prefix: str | None  # "TM.", "KT.", "TL.", "Q." or None
    title: str  # "CHỦ TỊCH"
    name: str  # "Nguyễn Văn Tuấn"
    signature_png: bytes | None = None
    on_behalf_of: str = ""  # "ỦY BAN NHÂN DÂN" (after the prefix)


@dataclass(frozen=True, slots=True)
class StaffRow:
    """One person of the inspected unit, in roster order."""

    no: int  # STT, 1-based
    full_name: str
    position: str  # "Công chức Văn phòng - Thống kê"
    status_label: str  # "Có mặt", "Đi muộn", "Vắng có lý do", "Vắng không lý do", "Rời vị trí", "Về sớm"
    arrival: time | None  # None when not arrived / not recorded
    minutes_late: int  # 0 unless late
    reason: str  # reason or note: "Đi công tác theo Giấy đi đường số 12/GĐĐ"; "" when none


@dataclass(frozen=True, slots=True)
class PostRow:
    """A required post (a one-stop-shop counter) at the check time."""

    name: str  # "Quầy Đất đai"
    staffed: bool  # False: the post was empty (printed in bold)
    who: str  # the person on duty or expected there
    note: str  # "Công chức phụ trách đến muộn"


@dataclass(frozen=True, slots=True)
class ViolationRow:
    """A breach other than time-keeping (Chỉ thị 26/CT-TTg, Công điện 09/CĐ-TTg)."""

    category: str  # "Không đeo thẻ công chức"
    description: str
    staff_name: str  # "" when it concerns the unit rather than one person


@dataclass(frozen=True, slots=True)
class ActionRow:
    """A corrective action agreed at the inspection."""

    what: str
    owner: str
    deadline: date | None
    status_label: str  # "Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành", "Quá hạn"
    finding: str = ""  # what it answers, e.g. "Vị trí bỏ trống: Bộ phận một cửa - Địa chính"


@dataclass(frozen=True, slots=True)
class PhotoItem:
    """A photo attached to the minutes; it is downscaled for print, the original stays in the database."""

    png_or_jpeg: bytes
    caption: str


@dataclass(frozen=True, slots=True)
class MinutesData:
    """One inspection's minutes (biên bản, Decree 30 Appendix III model 1.9)."""

    header: AgencyHeader
    number_text: str | None  # "07/BB-ĐKT"; None prints "Số: …/BB-ĐKT" (not yet numbered)
    title: str  # "BIÊN BẢN KIỂM TRA"
    subtitle: str  # "Việc chấp hành kỷ luật, kỷ cương hành chính sau Tết Nguyên đán Giáp Thìn 2024"
    legal_basis: str  # one paragraph per line: "Căn cứ Kế hoạch số 25/KH-UBND ngày 06/02/2024 …"
    visit_date: date
    start_time: time
    end_time: time | None  # None while the inspection is open: printed as "… giờ … phút"
    place_text: str  # "trụ sở UBND xã Tả Phìn, thị xã Sa Pa"
    unit_name: str  # "UBND xã Tả Phìn"
    team: tuple[tuple[str, str, str], ...]  # (name, title, role in team): ("Nguyễn Văn Tuấn", "Phó Chánh Văn phòng", "Trưởng đoàn")
    unit_representatives: tuple[tuple[str, str], ...]  # (name, title)
    minute_taker: str  # "Lê Thị Hoa, Chuyên viên Văn phòng UBND tỉnh"
    headcount: int
    present: int  # on time + late
    late: int
    excused: int
    unexcused: int
    left_post: int
    left_early: int
    staff: tuple[StaffRow, ...]
    posts: tuple[PostRow, ...]
    violations: tuple[ViolationRow, ...]
    photos: tuple[PhotoItem, ...]
    conclusions: str  # one paragraph per line
    recommendations: str  # one paragraph per line
    actions: tuple[ActionRow, ...]
    signatories: tuple[Signatory, ...]  # blocks "unit", "team", "minutes"; a missing one prints empty
    amended_reason: str | None  # set on an amended version: "BẢN SỬA ĐỔI (lần N) — Lý do: …"
    version: int  # 1 for the original; the amendment number printed is version - 1
    recipients: tuple[str, ...]  # "Nơi nhận" lines without the leading dash; "Lưu: VT, Hồ sơ." is added if missing
    draft: bool  # True prints "BẢN NHÁP" on every page
    copies: int = 2  # "Biên bản được lập thành 02 bản"
    check_time: time | None = None  # the roster's check time when it differs from start_time
    number_suffix: str = "BB-ĐKT"  # for the unnumbered form "Số: …/BB-ĐKT"


@dataclass(frozen=True, slots=True)
class Counts:
    """Counts over one or more inspections; `present` is on time + late."""

    headcount: int
    present: int
    late: int
    excused: int
    unexcused: int
    left_post: int
    left_early: int
    empty_posts: int
    inspections: int

    @property
    def violations(self) -> int:
        """Breaches of working time: an excused absence is none."""
        return self.late + self.unexcused + self.left_post + self.left_early


@dataclass(frozen=True, slots=True)
class UnitSummaryRow:
    """One unit's totals over the campaign (a unit inspected twice adds both inspections)."""

    unit_name: str
    unit_kind: str  # the group it is listed under: "Sở, ban, ngành", "UBND cấp xã"
    counts: Counts


@dataclass(frozen=True, slots=True)
class RepeatOffender:
    staff_name: str
    unit_name: str
    count: int  # campaigns or inspections in which the person was in breach
    kinds: str  # "Đi muộn (2), Vắng không lý do (1)"


@dataclass(frozen=True, slots=True)
class OverdueAction:
    unit_name: str
    what: str
    owner: str
    deadline: date
    days_overdue: int


@dataclass(frozen=True, slots=True)
class SummaryData:
    """The campaign summary (báo cáo tổng hợp) to the provincial leaders."""

    header: AgencyHeader
    number_text: str | None  # "15/BC-VP"; None prints "Số: …/BC-VP"
    title: str  # "BÁO CÁO"
    subtitle: str  # "Kết quả kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính sau Tết Nguyên đán Giáp Thìn 2024"
    campaign_name: str
    legal_basis: str  # one paragraph per line
    date_from: date
    date_to: date
    report_date: date
    units: tuple[UnitSummaryRow, ...]
    previous: Counts | None  # the previous campaign's totals, for the comparison sentence
    previous_label: str  # "năm trước", "đợt kiểm tra sau Tết Quý Mão 2023"
    repeat_offenders: tuple[RepeatOffender, ...]
    action_status: tuple[tuple[str, int], ...]  # (status label, count): ("Đã hoàn thành", 12)
    overdue_actions: tuple[OverdueAction, ...]
    assessment: str  # the team's assessment and recommendations, one paragraph per line
    signer: Signatory
    recipients: tuple[str, ...]
    draft: bool = False
    top_n: int = 10  # bars in the "violations by unit" chart
    number_suffix: str = "BC-VP"  # for the unnumbered form "Số: …/BC-VP"


@dataclass(frozen=True, slots=True)
class StaffHistoryRow:
    campaign: str
    visit_date: date
    unit_name: str
    status_label: str
    minutes_late: int
    reason: str


@dataclass(frozen=True, slots=True)
class StaffHistoryData:
    """One person across campaigns, for the unit head or a complaint."""

    header: AgencyHeader
    report_date: date
    full_name: str
    position: str
    unit_name: str
    rows: tuple[StaffHistoryRow, ...]  # oldest first
    violation_labels: tuple[str, ...] = ("Đi muộn", "Vắng không lý do", "Rời vị trí", "Về sớm")


@dataclass(frozen=True, slots=True)
class ScorecardRow:
    campaign: str
    date_from: date
    date_to: date
    counts: Counts


@dataclass(frozen=True, slots=True)
class UnitScorecardData:
    """One unit across campaigns: rates per campaign and the corrective actions still open."""

    header: AgencyHeader
    report_date: date
    unit_name: str
    unit_kind: str
    rows: tuple[ScorecardRow, ...]  # oldest first
    open_actions: tuple[ActionRow, ...]

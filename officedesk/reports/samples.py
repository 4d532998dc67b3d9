"""Realistic, fictional report data for tests, the docs/samples pictures and the benchmarks.

Names, units and numbers are invented; the situations follow the Lào Cai press articles in the brief (first
working day after Tết Giáp Thìn, Thursday 15/02/2024). Everything is deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, time, timedelta
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw

from officedesk.reports.data import (
    ActionRow,
    AgencyHeader,
    Counts,
    MinutesData,
    OverdueAction,
    PhotoItem,
    PostRow,
    RepeatOffender,
    ScorecardRow,
    Signatory,
    StaffHistoryData,
    StaffHistoryRow,
    StaffRow,
    SummaryData,
    UnitScorecardData,
    UnitSummaryRow,
    ViolationRow,
)

HEADER = AgencyHeader("UBND TỈNH LÀO CAI", "VĂN PHÒNG", "Lào Cai")
CAMPAIGN = "Kiểm tra kỷ luật, kỷ cương hành chính sau Tết Giáp Thìn 2024"
SUBTITLE = "Việc chấp hành kỷ luật, kỷ cương hành chính sau Tết Nguyên đán Giáp Thìn 2024"
LEGAL_BASIS = (
    "Căn cứ Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong "
    "các cơ quan hành chính nhà nước các cấp;\n"
    "Căn cứ Kế hoạch số 25/KH-UBND ngày 06/02/2024 của UBND tỉnh Lào Cai về kiểm tra việc chấp hành kỷ luật, "
    "kỷ cương hành chính sau Tết Nguyên đán Giáp Thìn 2024."
)
FIRST_DAY = date(2024, 2, 15)

_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Giàng", "Lò", "Vàng", "Sùng")
_MIDDLE_M = ("Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "A", "Seo")
_MIDDLE_F = ("Thị", "Thu", "Ngọc", "Hồng", "Thanh", "Thị Thu")
_GIVEN_M = ("Tuấn", "Dũng", "Hùng", "Nam", "Hải", "Sơn", "Cường", "Long", "Thắng", "Chiến", "Quyết", "Dương")
_GIVEN_F = ("Hoa", "Lan", "Hương", "Mai", "Linh", "Thảo", "Phương", "Hà", "Trang", "Nga", "Yến", "Mỷ")
_COMMUNES = ("Tả Phìn", "Tả Van", "Bản Phiệt", "Cốc San", "Hợp Thành", "Tòng Sành", "Quang Kim", "Y Tý",
             "Mường Hum", "Bản Xèo", "Phong Niên", "Xuân Quang", "Gia Phú", "Sơn Hải", "Bảo Nhai", "Lùng Phình",
             "Si Ma Cai", "Bản Lầu", "Mường Khương", "Pha Long", "Nậm Chảy", "Võ Lao", "Khánh Yên Hạ", "Dương Quỳ")
_WARDS = ("Cốc Lếu", "Kim Tân", "Duyên Hải", "Bắc Cường", "Nam Cường", "Pom Hán", "Bình Minh", "Xuân Tăng")
_DEPARTMENTS = ("Sở Tài chính", "Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tư pháp",
                "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường", "Trung tâm Phục vụ hành chính công tỉnh")
_COMMUNE_POSITIONS = ("Chủ tịch UBND", "Phó Chủ tịch UBND", "Công chức Văn phòng - Thống kê",
                      "Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng", "Công chức Tài chính - Kế toán",
                      "Công chức Văn hóa - Xã hội", "Chỉ huy trưởng Quân sự", "Nhân viên hợp đồng")
_DEPT_POSITIONS = ("Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên",
                   "Chuyên viên chính", "Kế toán viên", "Nhân viên")
_POSTS = ("Quầy Tư pháp - Hộ tịch", "Quầy Đất đai", "Quầy Lao động - Thương binh và Xã hội", "Quầy Tiếp nhận chung")
_EXCUSES = ("Đi công tác theo Giấy đi đường số 12/GĐĐ", "Nghỉ phép năm (đơn đã duyệt)", "Nghỉ ốm, có giấy ra viện",
            "Dự tập huấn tại Sở Nội vụ theo Quyết định số 45/QĐ-SNV")

# Status, label, share of staff (most are on time; breaches are a few per cent, as the press reports).
_STATUSES = (("on_time", "Có mặt", 0.955), ("late", "Đi muộn", 0.012), ("excused", "Vắng có lý do", 0.02),
             ("unexcused", "Vắng không lý do", 0.005), ("left_post", "Rời vị trí", 0.004),
             ("left_early", "Về sớm", 0.004))


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE_M)} {rng.choice(_GIVEN_M)}"
    return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE_F)} {rng.choice(_GIVEN_F)}"


def unit_names(count: int) -> list[tuple[str, str]]:
    """(unit name, unit kind) for `count` units; beyond the real-sounding ones, numbered communes."""
    units = [(d, "Sở, ban, ngành") for d in _DEPARTMENTS]
    units += [(f"UBND phường {w}", "UBND cấp xã") for w in _WARDS]
    units += [(f"UBND xã {c}", "UBND cấp xã") for c in _COMMUNES]
    units.insert(0, ("UBND thị xã Sa Pa", "UBND cấp huyện"))
    units.insert(1, ("UBND huyện Bát Xát", "UBND cấp huyện"))
    i = 1
    while len(units) < count:
        units.append((f"UBND xã {_COMMUNES[i % len(_COMMUNES)]} {i // len(_COMMUNES) + 1}", "UBND cấp xã"))
        i += 1
    return units[:count]


@lru_cache(maxsize=1)
def signature_png() -> bytes:
    """A blue-ink scribble on a transparent background, as the pen-signature pad produces."""
    image = Image.new("RGBA", (600, 220), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    rng = random.Random(7)
    points = [(40 + i * 9, 120 + int(45 * rng.uniform(-1, 1) * (1 if i % 7 else 0.3))) for i in range(58)]
    draw.line(points, fill=(0, 45, 160, 255), width=6, joint="curve")
    draw.line([(60, 170), (560, 150)], fill=(0, 45, 160, 255), width=5)
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@lru_cache(maxsize=1)
def counter_photo() -> bytes:
    """A stand-in photo of an empty one-stop-shop counter (4:3 JPEG, phone-sized)."""
    image = Image.new("RGB", (1600, 1200), (214, 222, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 760, 1600, 1200), fill=(150, 116, 88))  # the counter
    draw.rectangle((180, 420, 700, 760), fill=(40, 44, 52))  # a monitor
    draw.rectangle((900, 520, 1350, 760), fill=(235, 235, 235))  # an empty chair back
    draw.rectangle((520, 120, 1080, 260), fill=(190, 30, 30))  # the counter's sign
    out = BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _statuses(rng: random.Random, n: int) -> list[tuple[str, str]]:
    keys = [(k, label) for k, label, _ in _STATUSES]
    weights = [w for _, _, w in _STATUSES]
    return rng.choices(keys, weights, k=n)


def sample_minutes(
    staff_count: int = 24,
    *,
    seed: int = 1,
    unit_name: str = "UBND xã Tả Phìn",
    visit_date: date = FIRST_DAY,
    number: int | None = 7,
    draft: bool = False,
    amended_reason: str | None = None,
    photos: bool = True,
    signed: bool = True,
    scenario: bool = True,
) -> MinutesData:
    """One inspection's minutes: a roster of `staff_count`, a few breaches, the one-stop-shop counters.

    With `scenario` the roster carries the morning of SCENARIOS.md's first journey; without it, statuses are
    drawn at the rates the press reports (a few per cent in breach).
    """
    rng = random.Random(seed)
    commune = unit_name.startswith("UBND xã") or unit_name.startswith("UBND phường")
    positions = _COMMUNE_POSITIONS if commune else _DEPT_POSITIONS
    start = time(7, 40)
    staff: list[StaffRow] = []
    for no, (key, label) in enumerate(_statuses(rng, staff_count), start=1):
        arrival: time | None = None
        late = 0
        reason = ""
        if key in ("on_time", "left_post", "left_early"):
            arrival = time(7, rng.randint(5, 29))
        if key == "late":
            late = rng.randint(6, 35)
            arrival = time(7, 30 + late) if late < 30 else time(8, late - 30)
            reason = "Không có lý do" if rng.random() < 0.6 else "Đưa con đi học"
        elif key == "excused":
            reason = rng.choice(_EXCUSES)
        elif key == "unexcused":
            reason = "Không liên lạc được"
        elif key == "left_post":
            reason = "Đi uống cà phê trong giờ làm việc"
        elif key == "left_early":
            reason = "Về trước giờ, không báo cáo"
        position = positions[min(no - 1, 1)] if no <= 2 else rng.choice(positions[2:])
        staff.append(StaffRow(no, person_name(rng), position, label, arrival, late, reason))
    if scenario and staff_count >= 6:
        # SCENARIOS.md, journey 1: Tuấn arrives at 07:52 (22 minutes late), Lan is on a business trip with an
        # order, Dũng is absent without reason, and the land-registry counter is empty while its officer is late.
        staff[2:5] = [
            StaffRow(3, "Hoàng Văn Tuấn", "Công chức Địa chính - Xây dựng", "Đi muộn", time(7, 52), 22,
                     "Không có lý do"),
            StaffRow(4, "Trần Thị Lan", "Công chức Tư pháp - Hộ tịch", "Vắng có lý do", None, 0,
                     "Đi công tác theo Giấy đi đường số 12/GĐĐ"),
            StaffRow(5, "Đỗ Văn Dũng", "Công chức Văn hóa - Xã hội", "Vắng không lý do", None, 0,
                     "Không liên lạc được"),
        ]
    tally = Counter(row.status_label for row in staff)
    # The scenario's counter is the land registry's; a campaign unit has an empty post one time in three.
    empty = 1 if scenario or rng.random() < 0.3 else -1
    posts = tuple(
        PostRow(name, staffed=(i != empty), who="Hoàng Văn Tuấn" if scenario and i == empty else person_name(rng),
                note="Công chức phụ trách đến muộn" if i == empty else "")
        for i, name in enumerate(_POSTS if commune else _POSTS[:2])
    )
    present = tally["Có mặt"] + tally["Đi muộn"]
    sig = signature_png() if signed else None
    chair = staff[0].full_name if staff else "Lý Seo Dìn"
    signatories = (
        Signatory("unit", "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "TM." if commune else None,
                  "CHỦ TỊCH" if commune else "GIÁM ĐỐC", chair, sig,
                  on_behalf_of="ỦY BAN NHÂN DÂN" if commune else ""),
        Signatory("team", "ĐẠI DIỆN ĐOÀN KIỂM TRA", None, "TRƯỞNG ĐOÀN", "Nguyễn Văn Tuấn", sig),
        Signatory("minutes", "NGƯỜI GHI BIÊN BẢN", None, "", "Lê Thị Hoa", sig),
    )
    return MinutesData(
        header=HEADER,
        number_text=None if number is None else f"{number:02d}/BB-ĐKT",
        title="BIÊN BẢN KIỂM TRA",
        subtitle=SUBTITLE,
        legal_basis=LEGAL_BASIS,
        visit_date=visit_date,
        start_time=start,
        end_time=None if draft else time(8, 5),
        place_text=f"trụ sở {unit_name}",
        unit_name=unit_name,
        team=(("Nguyễn Văn Tuấn", "Phó Chánh Văn phòng UBND tỉnh", "Trưởng đoàn"),
              ("Lê Thị Hoa", "Chuyên viên Văn phòng UBND tỉnh", "Thành viên"),
              ("Phạm Đức Nam", "Chuyên viên Sở Nội vụ", "Thành viên")),
        unit_representatives=((chair, "Chủ tịch" if commune else "Giám đốc"),
                              (staff[1].full_name if len(staff) > 1 else "Vàng A Sử", "Phó Chủ tịch")),
        minute_taker="Lê Thị Hoa, Chuyên viên Văn phòng UBND tỉnh",
        headcount=staff_count,
        present=present,
        late=tally["Đi muộn"],
        excused=tally["Vắng có lý do"],
        unexcused=tally["Vắng không lý do"],
        left_post=tally["Rời vị trí"],
        left_early=tally["Về sớm"],
        staff=tuple(staff),
        posts=posts,
        violations=(
            ViolationRow("Không đeo thẻ công chức", "Không đeo thẻ trong giờ làm việc", staff[-1].full_name),
        ) if staff else (),
        photos=(PhotoItem(counter_photo(), "Quầy Đất đai không có người lúc 07 giờ 45 phút"),) if photos else (),
        conclusions=(
            f"{unit_name} cơ bản chấp hành nghiêm thời giờ làm việc sau Tết Nguyên đán; cán bộ, công chức có mặt "
            "đúng giờ, trang phục gọn gàng.\n"
            "Còn một số trường hợp đi muộn, vắng không có lý do; một quầy tại Bộ phận một cửa không có người "
            "làm việc tại thời điểm kiểm tra."
        ),
        recommendations=(
            "Thủ trưởng đơn vị chấn chỉnh, nhắc nhở các cá nhân vi phạm; bố trí người thay thế khi công chức "
            "phụ trách quầy vắng mặt; báo cáo kết quả khắc phục về Văn phòng UBND tỉnh trước ngày 29/02/2024."
        ),
        actions=(
            ActionRow("Bố trí người trực thay khi công chức phụ trách quầy vắng mặt", "Công chức Văn phòng - Thống kê",
                      date(2024, 2, 29), "Chưa thực hiện"),
            ActionRow("Kiểm điểm các cá nhân đi muộn, vắng không lý do", "Chủ tịch UBND", date(2024, 3, 5),
                      "Chưa thực hiện"),
        ),
        signatories=signatories,
        amended_reason=amended_reason,
        version=2 if amended_reason else 1,
        recipients=("Văn phòng UBND tỉnh", f"{unit_name}", "Thành viên Đoàn kiểm tra"),
        draft=draft,
    )


def counts_of(m: MinutesData) -> Counts:
    return Counts(m.headcount, m.present, m.late, m.excused, m.unexcused, m.left_post, m.left_early,
                  sum(1 for p in m.posts if not p.staffed), 1)


def sample_campaign(
    units: int = 42, staff_per_unit: int | None = None, *, seed: int = 2024, photos: bool = False
) -> tuple[SummaryData, list[MinutesData]]:
    """A whole campaign: one minutes per unit and the summary computed from them."""
    rng = random.Random(seed)
    minutes: list[MinutesData] = []
    kinds: dict[str, str] = {}
    for i, (name, kind) in enumerate(unit_names(units)):
        size = staff_per_unit if staff_per_unit is not None else rng.randint(14, 60)
        kinds[name] = kind
        minutes.append(sample_minutes(size, seed=seed + i, unit_name=name, number=i + 1, photos=photos,
                                      visit_date=FIRST_DAY + timedelta(days=i % 2), scenario=False))
    rows = tuple(UnitSummaryRow(m.unit_name, kinds[m.unit_name], counts_of(m)) for m in minutes)
    return sample_summary(rows), minutes


def sample_summary(rows: tuple[UnitSummaryRow, ...] | None = None) -> SummaryData:
    if rows is None:
        return sample_campaign(42)[0]
    headcount = sum(r.counts.headcount for r in rows)
    # Last year's campaign, at about the 3,71 % violation rate the press compared with.
    previous = Counts(headcount, int(headcount * 0.935), int(headcount * 0.0201), int(headcount * 0.03),
                      int(headcount * 0.0090), int(headcount * 0.0050), int(headcount * 0.0030), 9, len(rows))
    return SummaryData(
        header=HEADER,
        number_text="15/BC-VP",
        title="BÁO CÁO",
        subtitle="Kết quả kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính sau Tết Nguyên đán Giáp Thìn 2024",
        campaign_name=CAMPAIGN,
        legal_basis=LEGAL_BASIS,
        date_from=FIRST_DAY,
        date_to=FIRST_DAY + timedelta(days=1),
        report_date=date(2024, 2, 19),
        units=rows,
        previous=previous,
        previous_label="năm trước",
        repeat_offenders=(
            RepeatOffender("Đỗ Văn Dũng", "UBND xã Tả Phìn", 3, "Đi muộn (2), Vắng không lý do (1)"),
            RepeatOffender("Ngô Thị Thu Trang", "Sở Tài chính", 2, "Rời vị trí (2)"),
            RepeatOffender("Giàng A Quyết", "UBND xã Y Tý", 2, "Đi muộn (1), Về sớm (1)"),
        ),
        action_status=(("Đã hoàn thành", 18), ("Đang thực hiện", 9), ("Chưa thực hiện", 6), ("Quá hạn", 4)),
        overdue_actions=(
            OverdueAction("UBND xã Tả Phìn", "Bố trí người trực thay tại Quầy Đất đai", "Công chức Văn phòng - Thống kê",
                          date(2024, 2, 29), 12),
            OverdueAction("Sở Y tế", "Kiểm điểm cá nhân vắng không lý do", "Chánh Văn phòng Sở", date(2024, 3, 1), 10),
        ),
        assessment=(
            "Nhìn chung, các cơ quan, đơn vị, địa phương đã nghiêm túc chấp hành thời giờ làm việc ngay sau kỳ nghỉ "
            "Tết; không có tình trạng tổ chức đi lễ hội, chúc Tết trong giờ hành chính.\n"
            "Đề nghị Thủ trưởng các đơn vị có vi phạm chấn chỉnh, xử lý theo quy định và báo cáo kết quả khắc phục "
            "về Văn phòng UBND tỉnh trước ngày 29/02/2024."
        ),
        signer=Signatory("report", "", "KT.", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn Tuấn", signature_png(),
                         on_behalf_of="CHÁNH VĂN PHÒNG"),
        recipients=("Thường trực Tỉnh ủy (b/c)", "Chủ tịch, các PCT UBND tỉnh (b/c)", "Các sở, ban, ngành",
                    "UBND các huyện, thị xã, thành phố"),
    )


def sample_staff_history() -> StaffHistoryData:
    rows = (
        StaffHistoryRow("Sau Tết Quý Mão 2023", date(2023, 1, 27), "UBND xã Tả Phìn", "Đi muộn", 14, "Không có lý do"),
        StaffHistoryRow("Đột xuất quý II/2023", date(2023, 5, 4), "UBND xã Tả Phìn", "Có mặt", 0, ""),
        StaffHistoryRow("Sau Tết Giáp Thìn 2024", date(2024, 2, 15), "UBND xã Tả Phìn", "Đi muộn", 22, "Không có lý do"),
        StaffHistoryRow("Sau Tết Giáp Thìn 2024", date(2024, 2, 16), "UBND xã Tả Phìn", "Vắng không lý do", 0,
                        "Không liên lạc được"),
        StaffHistoryRow("Đột xuất quý II/2024", date(2024, 5, 8), "UBND xã Tả Phìn", "Có mặt", 0, ""),
    )
    return StaffHistoryData(HEADER, date(2024, 5, 20), "Đỗ Văn Dũng", "Công chức Địa chính - Xây dựng",
                            "UBND xã Tả Phìn", rows)


def sample_unit_scorecard() -> UnitScorecardData:
    rows = (
        ScorecardRow("Sau Tết Nhâm Dần 2022", date(2022, 2, 7), date(2022, 2, 8), Counts(26, 22, 2, 2, 1, 1, 0, 1, 1)),
        ScorecardRow("Sau Tết Quý Mão 2023", date(2023, 1, 27), date(2023, 1, 30), Counts(50, 44, 3, 4, 1, 1, 1, 2, 2)),
        ScorecardRow("Đột xuất quý II/2023", date(2023, 5, 4), date(2023, 5, 4), Counts(25, 24, 1, 1, 0, 0, 0, 0, 1)),
        ScorecardRow("Sau Tết Giáp Thìn 2024", date(2024, 2, 15), date(2024, 2, 16), Counts(48, 43, 2, 3, 1, 1, 0, 1, 2)),
    )
    actions = (
        ActionRow("Bố trí người trực thay tại Quầy Đất đai", "Công chức Văn phòng - Thống kê", date(2024, 2, 29),
                  "Quá hạn"),
        ActionRow("Lắp máy chấm công tại trụ sở", "Chủ tịch UBND xã", date(2024, 6, 30), "Đang thực hiện"),
    )
    return UnitScorecardData(HEADER, date(2024, 5, 20), "UBND xã Tả Phìn", "UBND cấp xã", rows, actions)


def write_sample_documents(folder: Path) -> dict[str, Path]:
    """Render each document from the sample data into `folder`; returns name -> PDF path."""
    from officedesk.reports.history_pdf import render_staff_history, render_unit_scorecard
    from officedesk.reports.minutes_pdf import render_minutes
    from officedesk.reports.summary_pdf import render_summary

    folder.mkdir(parents=True, exist_ok=True)
    out = {name: folder / f"{name}.pdf" for name in ("minutes", "summary", "staff_history", "scorecard")}
    render_minutes(sample_minutes(24), out["minutes"])
    render_summary(sample_summary(), out["summary"])
    render_staff_history(sample_staff_history(), out["staff_history"])
    render_unit_scorecard(sample_unit_scorecard(), out["scorecard"])
    return out


if __name__ == "__main__":
    # `python -m officedesk.reports.samples docs/samples`: page 1 of each document as a PNG, for the docs.
    import subprocess
    import sys
    import tempfile

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/samples")
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, pdf in write_sample_documents(Path(tmp)).items():
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(target / name)], check=True)

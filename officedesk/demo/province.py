"""The fictional province of Hoàng Liên: its units, people, posts and working hours."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from officedesk.domain.enums import UnitKind

PROVINCE = "Hoàng Liên"
DEMO_NS = uuid.UUID("6f1d2c55-9a7e-4c1b-8f0e-2b5d6a4c3e10")


def demo_id(kind: str, code: str) -> str:
    """UUIDs derived from codes: the demo is the same on every machine."""
    return str(uuid.uuid5(DEMO_NS, f"{kind}:{code}"))


@dataclass
class UnitSpec:
    code: str
    name: str
    kind: UnitKind
    parent: str | None
    size: int
    head_title: str
    posts: list[tuple[str, str]] = field(default_factory=list)  # (code, name) of required posts


DEPARTMENTS = (
    ("VPUB", "Văn phòng UBND tỉnh", 30), ("SNV", "Sở Nội vụ", 56), ("STC", "Sở Tài chính", 64),
    ("SKHDT", "Sở Kế hoạch và Đầu tư", 55), ("STP", "Sở Tư pháp", 45), ("SGDDT", "Sở Giáo dục và Đào tạo", 78),
    ("SYT", "Sở Y tế", 72), ("SXD", "Sở Xây dựng", 50), ("SGTVT", "Sở Giao thông vận tải", 62),
    ("STNMT", "Sở Tài nguyên và Môi trường", 68), ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", 75),
    ("SCT", "Sở Công Thương", 50), ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", 58),
    ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", 55), ("SKHCN", "Sở Khoa học và Công nghệ", 40),
    ("STTTT", "Sở Thông tin và Truyền thông", 42), ("TTT", "Thanh tra tỉnh", 38), ("BDT", "Ban Dân tộc tỉnh", 32),
)
VPUB_SUBUNITS = (("VPUB-TH", "Phòng Tổng hợp", 22), ("VPUB-HCTC", "Phòng Hành chính - Tổ chức", 20),
                 ("VPUB-TTTT", "Trung tâm Thông tin - Công báo", 18))
CITY_SUBUNITS = (("TP-VP", "Văn phòng HĐND và UBND thành phố", 28), ("TP-NV", "Phòng Nội vụ thành phố", 16),
                 ("TP-TCKH", "Phòng Tài chính - Kế hoạch thành phố", 20), ("TP-TNMT", "Phòng Tài nguyên và Môi trường thành phố", 22))
COMMUNES = ("Tả Phìn", "Sa Pả", "Lao Chải", "Bản Hồ", "Tả Van", "Cốc San", "Hợp Thành", "Tả Phời", "Vạn Hòa",
            "Thống Nhất", "Cam Đường", "Nam Cường")
COUNTERS = ("Tư pháp", "Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Xây dựng", "Giao thông vận tải",
            "Tài nguyên và Môi trường", "Nông nghiệp và PTNT", "Công Thương", "Văn hóa, Thể thao và Du lịch",
            "Lao động - TB&XH", "Y tế", "Giáo dục và Đào tạo", "Thông tin và Truyền thông")


def units() -> list[UnitSpec]:
    out = [UnitSpec("HL", "Tỉnh Hoàng Liên", UnitKind.PROVINCE, None, 0, "Chủ tịch UBND tỉnh")]
    for code, name, size in DEPARTMENTS:
        head = "Chánh Văn phòng" if code == "VPUB" else ("Chánh Thanh tra" if code == "TTT" else
                                                          "Trưởng ban" if code == "BDT" else "Giám đốc")
        posts = [(f"{code}-VT", "Bộ phận Văn thư - tiếp nhận")] if code in ("SNV", "STP", "STNMT") else []
        out.append(UnitSpec(code, name, UnitKind.DEPARTMENT, "HL", size, head, posts))
    for code, name, size in VPUB_SUBUNITS:
        out.append(UnitSpec(code, name, UnitKind.SUB_UNIT, "VPUB", size, "Trưởng phòng"))
    out.append(UnitSpec("TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh", UnitKind.SERVICE_CENTRE, "HL", 40,
                        "Giám đốc", [(f"QUAY-{n:02d}", f"Quầy {n:02d} - {field_}") for n, field_ in
                                     enumerate(COUNTERS, start=1)]))
    out.append(UnitSpec("TPHL", "UBND thành phố Hoàng Liên", UnitKind.CITY, "HL", 18, "Chủ tịch UBND thành phố"))
    for code, name, size in CITY_SUBUNITS:
        out.append(UnitSpec(code, name, UnitKind.SUB_UNIT, "TPHL", size, "Trưởng phòng" if code != "TP-VP"
                            else "Chánh Văn phòng"))
    for n, commune in enumerate(COMMUNES, start=1):
        code = f"XA{n:02d}"
        kind_name = "phường" if commune in ("Cốc San", "Cam Đường", "Nam Cường", "Thống Nhất") else "xã"
        out.append(UnitSpec(code, f"UBND {kind_name} {commune}", UnitKind.COMMUNE, "TPHL", 26 + (n * 5) % 7,
                            f"Chủ tịch UBND {kind_name}",
                            [(f"{code}-MC1", "Bộ phận một cửa - Địa chính"), (f"{code}-MC2", "Bộ phận một cửa - Tư pháp, hộ tịch")]))
    return out


def joined_date(rng_value: float) -> date:
    """Joining dates spread over 2000–2022, so everybody is on staff during both demo campaigns."""
    return date(2000 + int(rng_value * 22), 1 + int(rng_value * 1000) % 12, 1 + int(rng_value * 10000) % 28)

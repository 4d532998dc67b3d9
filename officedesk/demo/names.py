"""Plausible, fictional Vietnamese names and positions for the demo province."""

from __future__ import annotations

import random

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
          "Giàng", "Lò", "Sùng", "Vàng", "Hà", "Đinh", "Phan", "Trịnh", "Lương", "Tạ", "Đào")
FAMILY_WEIGHTS = (30, 11, 9, 7, 5, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 2, 1, 3, 1, 1, 1, 1)
MIDDLE_M = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Mạnh", "Công", "Tiến", "Ngọc", "Anh")
MIDDLE_F = ("Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Thùy", "Kim", "Phương", "Mai", "Bích", "Lan")
GIVEN_M = ("Tuấn", "Dũng", "Nam", "Hùng", "Sơn", "Hải", "Long", "Quân", "Cường", "Bình", "Chính", "Khánh", "Tú",
           "Thắng", "Việt", "Phong", "Đạt", "Hiếu", "Kiên", "Lâm", "Phúc", "Thành", "Trung", "Vinh", "Ánh", "Ân",
           "Duy", "Giang", "Hoàng", "Huy", "Lợi", "Mạnh", "Nghĩa", "Quyết", "Toàn", "Tùng", "Vượng", "Đông")
GIVEN_F = ("Hoa", "Lan", "Hương", "Mai", "Linh", "Phương", "Thảo", "Trang", "Hà", "Nga", "Dung", "Yến", "Hạnh",
           "Huyền", "Loan", "Ngọc", "Nhung", "Oanh", "Quỳnh", "Thủy", "Tuyết", "Uyên", "Vân", "Xuân", "Ánh", "Hằng",
           "Liên", "Hồng", "Giang", "Diệp", "Chi", "Bích", "Duyên", "Ly", "My", "Trâm")

STAFF_POSITIONS = ("Chuyên viên", "Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Cán sự", "Nhân viên",
                   "Kế toán viên", "Văn thư", "Chuyên viên", "Thanh tra viên")
COMMUNE_POSITIONS = ("Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng",
                     "Công chức Tài chính - Kế toán", "Công chức Văn hóa - Xã hội", "Chỉ huy trưởng Quân sự",
                     "Trưởng Công an xã", "Cán bộ Đoàn thanh niên", "Chủ tịch Hội Phụ nữ", "Chủ tịch Hội Nông dân",
                     "Chủ tịch Hội Cựu chiến binh", "Chủ tịch Ủy ban MTTQ", "Nhân viên")


class NameMaker:
    """Deterministic names; never the same full name twice in one province (rosters stay readable)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def person(self) -> str:
        for _ in range(200):
            female = self.rng.random() < 0.48
            family = self.rng.choices(FAMILY, FAMILY_WEIGHTS)[0]
            middle = self.rng.choice(MIDDLE_F if female else MIDDLE_M)
            given = self.rng.choice(GIVEN_F if female else GIVEN_M)
            extra = ""
            if self.rng.random() < 0.15:
                extra = " " + self.rng.choice(MIDDLE_F if female else MIDDLE_M)
            name = f"{family} {middle}{extra} {given}"
            if name not in self.used:
                self.used.add(name)
                return name
        raise RuntimeError("name space exhausted")

"""Campaigns: the list and dashboard, the chart, the campaign editor (officedesk/gui/campaigns).

Mnemonics on the page avoid t, c and g (the main window's menus: Tệp, Chuyển mục, Trợ giúp).
"""

from __future__ import annotations

VI: dict[str, dict[str, str]] = {
    "CampaignEditor": {
        "Campaign details": "Thông tin đợt kiểm tra",
        "Campaign": "Đợt kiểm tra",
        "&General": "Thông tin &chung",
        "&Code:": "&Mã:",
        "Campaign code": "Mã đợt kiểm tra",
        "&Name:": "&Tên đợt:",
        "Campaign name": "Tên đợt kiểm tra",
        "Legal &basis:": "Căn cứ &pháp lý:",
        "Legal basis": "Căn cứ pháp lý",
        "The plan, directive or decision the inspection follows, one per line": (
            "Kế hoạch, chỉ thị hoặc quyết định làm căn cứ kiểm tra, mỗi văn bản một dòng"
        ),
        "Compare &with:": "&So sánh với:",
        "Campaign to compare with": "Đợt kiểm tra để so sánh",
        "The earlier campaign whose rates the dashboard and the reports show beside this one's": (
            "Đợt kiểm tra trước mà tỷ lệ của nó được hiện bên cạnh đợt này trên bảng tổng hợp và trong báo cáo"
        ),
        "Dates": "Thời gian",
        "&Year:": "&Năm:",
        "Year of the holiday": "Năm của dịp lễ",
        "&Holiday:": "&Dịp lễ:",
        "Holiday the campaign follows": "Dịp lễ mà đợt kiểm tra diễn ra sau đó",
        "Working &days:": "Số ngày &làm việc:",
        "Number of working days": "Số ngày làm việc",
        "&From:": "Từ ngà&y:",
        "First day": "Ngày đầu",
        "T&o:": "Đến n&gày:",
        "Last day": "Ngày cuối",
        "The dates proposed are the first working days after the holiday; you can change them.": (
            "Ngày được đề xuất là những ngày làm việc đầu tiên sau dịp lễ; anh/chị có thể thay đổi."
        ),
        "Minutes heading": "Phần đầu biên bản",
        "&Parent agency:": "Cơ &quan chủ quản:",
        "Parent agency": "Cơ quan chủ quản",
        "&Agency:": "Cơ q&uan ban hành:",
        "Agency": "Cơ quan ban hành",
        "Plac&e:": "Đị&a danh:",
        "Place": "Địa danh",
        "Number sy&mbol:": "Ký &hiệu số:",
        "Number symbol": "Ký hiệu số",
        "As printed at the head of the minutes: the agency lines in capitals, the place in the date line; "
        "minutes are numbered 01/BB-ĐKT, 02/BB-ĐKT…": (
            "Như được in ở đầu biên bản: tên cơ quan viết hoa, địa danh ở dòng ngày tháng; biên bản được đánh "
            "số 01/BB-ĐKT, 02/BB-ĐKT…"
        ),
        "&Team": "Đoàn &kiểm tra",
        "The team's names and titles are printed in the minutes. Link a member to an account so that they "
        "can record the campaign's inspections.": (
            "Họ tên và chức vụ của đoàn được in trong biên bản. Gắn thành viên với một tài khoản để người đó "
            "ghi được kết quả kiểm tra của đợt."
        ),
        "Team members": "Thành viên đoàn",
        "&Add member": "&Thêm thành viên",
        "&Remove member": "&Bớt thành viên",
        "&Copy the compared campaign's team": "Sa&o chép đoàn của đợt được so sánh",
        "&Units": "Đơn &vị",
        "&Search:": "&Tìm:",
        "Search units": "Tìm đơn vị",
        "Part of a unit's name or code, with or without accents": (
            "Một phần tên hoặc mã đơn vị, gõ có dấu hay không dấu đều được"
        ),
        "Units to inspect": "Đơn vị sẽ kiểm tra",
        "Press Space to choose or leave out the unit": "Bấm phím cách để chọn hoặc bỏ chọn đơn vị",
        "Choose a&ll shown": "Chọn &hết các đơn vị đang hiện",
        "Lea&ve out all shown": "&Bỏ hết các đơn vị đang hiện",
    },
    "CampaignEditorDialog": {
        "Change the campaign": "Sửa đợt kiểm tra",
        "New campaign": "Đợt kiểm tra mới",
        "Save": "Lưu",
        "Create": "Tạo",
        "(none)": "(không có)",
        "Lunar New Year (Tết), {day}": "Tết Nguyên đán, {day}",
        "(no account)": "(không có tài khoản)",
        "{chosen} of {total} units chosen": "Đã chọn {chosen}/{total} đơn vị",
        "Enter the campaign's code, for example SAUTET-2025.": "Hãy nhập mã đợt kiểm tra, ví dụ SAUTET-2025.",
        "Enter the campaign's name.": "Hãy nhập tên đợt kiểm tra.",
        "The last day is before the first day.": "Ngày cuối sớm hơn ngày đầu.",
        "Every team member needs a full name.": "Mỗi thành viên đoàn cần có họ tên.",
        "{name} is in the team twice.": "{name} có tên hai lần trong đoàn.",
    },
    "CampaignLabels": {
        "Team leader": "Trưởng đoàn",
        "Member": "Thành viên",
        "Minute-taker": "Thư ký",
        "Being recorded": "Đang ghi nhận",
        "Submitted": "Chờ ký",
        "Signed": "Đã ký",
        "{done}/{planned} units": "{done}/{planned} đơn vị",
        "Late": "Đi muộn",
        "Absent without permission": "Vắng không phép",
        "Away from their post": "Rời vị trí làm việc",
        "Left early": "Về sớm",
        "Empty posts": "Vị trí bỏ trống",
    },
    "CampaignListModel": {
        "Code": "Mã",
        "Campaign": "Đợt kiểm tra",
        "Dates": "Thời gian",
        "Progress": "Tiến độ",
    },
    "CampaignPage": {
        "&Refresh": "Tải &lại",
        "Campaigns": "Đợt kiểm tra",
        "Inspection campaigns": "Các đợt kiểm tra",
        "&New campaign…": "Đợt kiểm tra &mới…",
        "Plan a new inspection campaign: its legal basis, dates, team and units": (
            "Lập đợt kiểm tra mới: căn cứ, thời gian, đoàn kiểm tra và các đơn vị"
        ),
        "&Edit campaign…": "&Sửa đợt kiểm tra…",
        "Change the selected campaign": "Sửa đợt kiểm tra đang chọn",
        "Read the campaigns again (F5)": "Đọc lại danh sách đợt kiểm tra (F5)",
        "Campaigns list": "Danh sách đợt kiểm tra",
        "Choose a campaign to see its results below; press Enter to change it": (
            "Chọn một đợt để xem kết quả ở dưới; bấm Enter để sửa đợt"
        ),
        "No campaign yet. Plan one with New campaign.": "Chưa có đợt kiểm tra nào. Hãy lập bằng nút Đợt kiểm tra mới.",
        "Units inspected:": "Đơn vị đã kiểm tra:",
        "Units inspected": "Đơn vị đã kiểm tra",
        "Late": "Đi muộn",
        "Absent without permission": "Vắng không phép",
        "Away from their post": "Rời vị trí làm việc",
        "Empty posts": "Vị trí bỏ trống",
        "Violation rate": "Tỷ lệ vi phạm",
        "Campaign results": "Kết quả đợt kiểm tra",
        "&Chart by unit": "&Biểu đồ theo đơn vị",
        "Violations found at each unit; click a bar to open that unit's inspection.": (
            "Vi phạm phát hiện tại từng đơn vị; bấm vào một cột để mở kết quả kiểm tra của đơn vị đó."
        ),
        "&Units": "Đơn &vị",
        "Click a unit, or choose it and press Enter, to open its inspection.": (
            "Bấm vào một đơn vị, hoặc chọn rồi bấm Enter, để mở kết quả kiểm tra."
        ),
        "Results by unit": "Kết quả theo đơn vị",
        "Corrective &actions": "Biện pháp &khắc phục",
    },
    "CampaignsPage": {
        "No campaign yet. Plan one with New campaign.": "Chưa có đợt kiểm tra nào. Hãy lập bằng nút Đợt kiểm tra mới.",
        "{name} ({start} – {end})": "{name} ({start} – {end})",
        "{staff} staff checked: {present} present ({share}), {excused} absent with permission": (
            "Đã kiểm tra {staff} cán bộ: {present} có mặt ({share}), {excused} vắng có phép"
        ),
        "Late, absent without permission, away from their post or left early: {count} of {staff} staff": (
            "Đi muộn, vắng không phép, rời vị trí hoặc về sớm: {count}/{staff} cán bộ"
        ),
        "Corrective &actions ({overdue} overdue)": "Biện pháp &khắc phục ({overdue} quá hạn)",
        "Corrective &actions": "Biện pháp &khắc phục",
        "compared with {rate} last year": "so với {rate} năm trước",
        "compared with {rate} in {campaign}": "so với {rate} trong {campaign}",
        "{unit} has not been inspected in this campaign yet.": "{unit} chưa được kiểm tra trong đợt này.",
        "The campaign was saved.": "Đã lưu đợt kiểm tra.",
    },
    "MembersModel": {
        "Full name": "Họ và tên",
        "Title": "Chức vụ",
        "Role in the team": "Nhiệm vụ trong đoàn",
        "Account": "Tài khoản",
        "(no account)": "(không có tài khoản)",
        "The account that records the inspections, if this member has one on this computer": (
            "Tài khoản dùng để ghi kết quả kiểm tra, nếu thành viên này có tài khoản trên máy này"
        ),
    },
    "UnitChart": {
        "Chart of findings by unit": "Biểu đồ vi phạm theo đơn vị",
        "The same numbers are in the Units tab.": "Các số liệu này cũng có ở thẻ Đơn vị.",
        "No one was found at fault in this campaign so far.": "Đến nay đợt kiểm tra chưa phát hiện ai vi phạm.",
        "{unit}\n{kind}: {count}\nClick to open the inspection.": (
            "{unit}\n{kind}: {count}\nBấm để mở kết quả kiểm tra."
        ),
    },
    "UnitChoiceModel": {
        "Already inspected in this campaign: it stays in the list.": (
            "Đã được kiểm tra trong đợt này nên vẫn được giữ trong danh sách."
        ),
        "{count} staff": "{count} cán bộ",
    },
    "UnitResultsModel": {
        "Unit": "Đơn vị",
        "Inspected on": "Ngày kiểm tra",
        "Minutes": "Biên bản",
        "Staff": "Số cán bộ",
        "Present": "Có mặt",
        "Late": "Đi muộn",
        "Unexcused": "Vắng không phép",
        "Away": "Rời vị trí",
        "Left early": "Về sớm",
        "Empty posts": "Vị trí trống",
        "Rate": "Tỷ lệ",
        "The minutes' number and where the inspection stands": "Số biên bản và tình trạng của cuộc kiểm tra",
        "Staff of the unit on the day of the inspection": "Số cán bộ của đơn vị vào ngày kiểm tra",
        "On time or late": "Đúng giờ hoặc đi muộn",
        "Absent without permission": "Vắng không phép",
        "Away from their post": "Rời vị trí làm việc",
        "Required posts with nobody at them at the check time": (
            "Vị trí bắt buộc không có người vào lúc kiểm tra"
        ),
        "Violation rate: late, absent without permission, away from their post or left early, as a share of "
        "the staff": "Tỷ lệ vi phạm: đi muộn, vắng không phép, rời vị trí hoặc về sớm, tính trên số cán bộ",
        "Not inspected yet": "Chưa kiểm tra",
        "({count} visits)": "({count} lần kiểm tra)",
    },
}

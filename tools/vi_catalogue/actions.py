"""Corrective actions: the panel, its table and the update dialog (officedesk/gui/actions).

Mnemonics on widgets of the main window avoid t, c and g: Alt+T, Alt+C and Alt+G open its menus.
"""

from __future__ import annotations

VI: dict[str, dict[str, str]] = {
    "ActionLabels": {
        "All actions": "Tất cả biện pháp",
        "Open": "Đang thực hiện",
        "Overdue": "Quá hạn",
        "Done": "Đã xong",
        "Cancelled": "Đã hủy",
        "Overdue by 1 day": "Quá hạn 1 ngày",
        "Overdue by {days} days": "Quá hạn {days} ngày",
        "Done on {date}": "Xong ngày {date}",
    },
    "ActionUpdateDialog": {
        "none": "không có",
        "{deadline} (overdue)": "{deadline} (quá hạn)",
        "Update a corrective action": "Cập nhật biện pháp khắc phục",
        "Corrective action:": "Biện pháp khắc phục:",
        "Unit:": "Đơn vị:",
        "Deadline:": "Thời hạn:",
        "&Status:": "&Tình trạng:",
        "Status": "Tình trạng",
        "&Done on:": "&Ngày xong:",
        "Done on": "Ngày xong",
        "&Note:": "&Ghi chú:",
        "Note": "Ghi chú",
        "What the unit reported, with the number and date of its report": (
            "Nội dung đơn vị báo cáo, kèm số và ngày của văn bản báo cáo"
        ),
    },
    "ActionsModel": {
        "{action}\nFor: {finding}": "{action}\nĐối với: {finding}",
        "Unit": "Đơn vị",
        "Corrective action": "Biện pháp khắc phục",
        "Responsible": "Người chịu trách nhiệm",
        "Deadline": "Thời hạn",
        "Status": "Tình trạng",
        "Progress reported": "Tiến độ đã báo cáo",
        "Minutes": "Biên bản",
        "Minutes {number} of {date}": "Biên bản số {number} ngày {date}",
        "not numbered yet": "chưa có số",
    },
    "ActionsPage": {
        "All campaigns": "Tất cả các đợt",
        "Corrective actions": "Biện pháp khắc phục",
        "&Campaign:": "Đợt &kiểm tra:",
        "Campaign": "Đợt kiểm tra",
    },
    "ActionsPanel": {
        "Sho&w:": "&Hiện:",
        "All units": "Tất cả đơn vị",
        "Showing {shown} of {total}: {open} open, {overdue} overdue": (
            "Đang hiện {shown}/{total}: {open} đang thực hiện, {overdue} quá hạn"
        ),
        "The corrective action was updated.": "Đã cập nhật biện pháp khắc phục.",
        "Corrective actions": "Biện pháp khắc phục",
        "Which corrective actions to show": "Những biện pháp khắc phục cần hiện",
        "Uni&t:": "Đơ&n vị:",
        "Unit": "Đơn vị",
        "Update &status…": "Cập nhật tình t&rạng…",
        "Record what the unit reported: done, still open or cancelled (Enter)": (
            "Ghi nhận điều đơn vị báo cáo: đã xong, đang thực hiện hay đã hủy (Enter)"
        ),
        "Open &inspection": "&Xem kết quả kiểm tra",
        "Open the inspection in which the action was set": "Mở cuộc kiểm tra đã đề ra biện pháp này",
        "Overdue actions are marked Overdue in the status column; press Enter to update the chosen one": (
            "Biện pháp quá hạn được ghi «Quá hạn» ở cột tình trạng; bấm Enter để cập nhật biện pháp đang chọn"
        ),
    },
}

"""Reports: choosing a document, previewing, printing and saving it (officedesk/gui/reports_page).

Mnemonics on the page avoid t, c and g (the main window's menus).
"""

from __future__ import annotations

VI: dict[str, dict[str, str]] = {
    "InspectionsModel": {
        "Draft": "Bản nháp",
        "Awaiting signature": "Chờ ký",
        "Signed": "Đã ký",
        "Number": "Số",
        "(no number yet)": "(chưa có số)",
        "Date": "Ngày",
        "Unit": "Đơn vị",
        "State": "Tình trạng",
        "(amended)": "(đã điều chỉnh)",
        "Version {n}: {reason}": "Phiên bản {n}: {reason}",
    },
    "PreviewPane": {
        "Save the PDF to sign": "Lưu tệp PDF cần ký",
        "PDF (*.pdf)": "PDF (*.pdf)",
        "Fit width": "Vừa chiều rộng",
        "Whole page": "Cả trang",
        "Pages of the document": "Các trang của văn bản",
        "Nothing to show yet": "Chưa có gì để hiện",
        "of {count}": "/ {count}",
        "The Excel workbook “{title}” is ready.\n\nChoose “Save as…” to keep it, then open it in Excel or "
        "send it.": (
            "Tệp Excel «{title}» đã sẵn sàng.\n\nChọn «Lưu thành…» để giữ lại, rồi mở bằng Excel hoặc gửi đi."
        ),
        "Print “{title}”": "In «{title}»",
        "The printer could not start. Check that it is on and connected, then try again.": (
            "Máy in chưa chạy được. Hãy kiểm tra máy in đã bật và đã kết nối, rồi thử lại."
        ),
        "The document could not be read for printing.": "Không đọc được văn bản để in.",
        "Print": "In",
        "Printing “{title}”…": "Đang in «{title}»…",
        "Excel workbooks (*.xlsx)": "Tệp Excel (*.xlsx)",
        "PDF documents (*.pdf)": "Văn bản PDF (*.pdf)",
        "Save a copy": "Lưu một bản",
        "OfficeDesk could not write {path}. Check that the folder exists, that you may write in it and that "
        "the file is not open in another program.": (
            "OfficeDesk không ghi được {path}. Hãy kiểm tra thư mục có tồn tại, anh/chị có quyền ghi vào đó "
            "và tệp không đang mở trong chương trình khác."
        ),
    },
    "ReportPreview": {
        "Add a digital signature (certificate file or USB token) to a copy of this PDF": (
            "Ký số (bằng tệp chứng thư số hoặc thiết bị ký số USB) vào một bản sao của tệp PDF này"
        ),
        "Sig&n digitally…": "Ký &số…",
        "Check the digital signatures of a PDF": "Kiểm tra chữ ký số của một tệp PDF",
        "Chec&k signatures…": "Kiểm tr&a chữ ký…",
        "Preview": "Xem trước",
        "Document shown": "Văn bản đang xem",
        "Previous page": "Trang trước",
        "Pag&e:": "T&rang:",
        "Page shown": "Trang đang xem",
        "Number of pages": "Số trang",
        "Next page": "Trang sau",
        "&Zoom:": "Thu p&hóng:",
        "Zoom out": "Thu nhỏ",
        "Zoom out (Ctrl+minus)": "Thu nhỏ (Ctrl+dấu trừ)",
        "Zoom": "Thu phóng",
        "Zoom in": "Phóng to",
        "Zoom in (Ctrl+plus)": "Phóng to (Ctrl+dấu cộng)",
        "&Print…": "&In…",
        "Sa&ve as…": "&Lưu thành…",
        "Choose a document on the left. It appears here, to read before you print it or save it.": (
            "Chọn một văn bản ở bên trái. Văn bản hiện ở đây để đọc trước khi in hoặc lưu."
        ),
        "About the workbook": "Về tệp Excel",
    },
    "ReportsPage": {
        "Sent to the printer: {n} pages.": "Đã gửi tới máy in: {n} trang.",
        "Saved as {path}.": "Đã lưu thành {path}.",
        "{name} ({start} – {end})": "{name} ({start} – {end})",
        "No campaign yet": "Chưa có đợt kiểm tra",
        "No inspection in this campaign yet.": "Đợt này chưa có cuộc kiểm tra nào.",
        "Inspections: {count}": "Số cuộc kiểm tra: {count}",
        "Inspections: {shown} of {count}": "Số cuộc kiểm tra: {shown}/{count}",
        "Type a name or a staff code.": "Gõ họ tên hoặc mã cán bộ.",
        "Found: {count}": "Tìm thấy: {count}",
        "Many people match: type more of the name.": "Có nhiều người trùng: hãy gõ thêm tên.",
        "Nobody found.": "Không tìm thấy ai.",
        "Minutes {number} – {unit}": "Biên bản {number} – {unit}",
        "Making the minutes…": "Đang lập biên bản…",
        "All minutes – {campaign}": "Tất cả biên bản – {campaign}",
        "Putting every minutes of the campaign in one file…": "Đang gộp mọi biên bản của đợt vào một tệp…",
        "Summary report – {campaign}": "Báo cáo tổng hợp – {campaign}",
        "Making the summary report…": "Đang lập báo cáo tổng hợp…",
        "Campaign {campaign}": "Đợt kiểm tra {campaign}",
        "Making the Excel workbook…": "Đang lập tệp Excel…",
        "History of {name}": "Quá trình của {name}",
        "Making the history…": "Đang lập quá trình…",
        "Scorecard – {unit}": "Bảng kết quả – {unit}",
        "Making the scorecard…": "Đang lập bảng kết quả…",
        "Please wait: a document is being made.": "Xin chờ: văn bản đang được lập.",
        "Ready: {title}.": "Đã xong: {title}.",
        "The document was made but cannot be shown. Try again.": "Văn bản đã lập nhưng không hiện được. Hãy thử lại.",
        "Ready: {title} ({pages} pages).": "Đã xong: {title} ({pages} trang).",
        "This campaign has no inspection yet: there is nothing to print.": (
            "Đợt này chưa có cuộc kiểm tra nào: chưa có gì để in."
        ),
        "This document cannot be made by this version of OfficeDesk yet.": (
            "Phiên bản OfficeDesk này chưa lập được văn bản này."
        ),
        "Stopped: no document was made.": "Đã dừng: không có văn bản nào được lập.",
        "Reports": "Báo cáo",
        "&Campaign:": "Đợt &kiểm tra:",
        "Campaign": "Đợt kiểm tra",
        "What to print": "Văn bản cần in",
        "&Inspections": "C&uộc kiểm tra",
        "Fin&d:": "Tì&m:",
        "Find an inspection by unit or number": "Tìm cuộc kiểm tra theo đơn vị hoặc số biên bản",
        "Unit, number or date": "Đơn vị, số hoặc ngày",
        "Inspections of the campaign": "Các cuộc kiểm tra của đợt",
        "Number of inspections": "Số cuộc kiểm tra",
        "Preview the &minutes": "&Xem trước biên bản",
        "The whole campaign": "Cả đợt kiểm tra",
        "Every minutes of the campaign in one PDF, for the archive": (
            "Mọi biên bản của đợt trong một tệp PDF, để lưu hồ sơ"
        ),
        "&All minutes in one file": "Tất cả biên bản vào một tệ&p",
        "The report to the leaders: rates by unit, comparison with the previous campaign, repeat offenders, "
        "overdue actions": (
            "Báo cáo lãnh đạo: tỷ lệ theo đơn vị, so sánh với đợt trước, người vi phạm nhiều lần, biện pháp "
            "quá hạn"
        ),
        "Campaign &summary": "Báo cáo tổ&ng hợp",
        "The summary and every inspection as an Excel workbook": "Phần tổng hợp và mọi cuộc kiểm tra trong tệp Excel",
        "E&xport to Excel": "Xuất ra &Excel",
        "Staff histor&y": "Quá trình cán &bộ",
        "Fin&d a person:": "Tì&m người:",
        "Find a person by name or code": "Tìm người theo họ tên hoặc mã",
        "Name or code, with or without accents": "Họ tên hoặc mã, gõ có dấu hay không dấu đều được",
        "People found": "Những người tìm thấy",
        "Number of people found": "Số người tìm thấy",
        "Sho&w the history": "&Xem quá trình",
        "&Unit scorecard": "Kết quả đơn &vị",
        "Fin&d a unit:": "Tì&m đơn vị:",
        "Find a unit": "Tìm đơn vị",
        "Type to find a unit": "Gõ để tìm đơn vị",
        "Units": "Đơn vị",
        "Sho&w the scorecard": "&Xem bảng kết quả",
        "Preview": "Xem trước",
    },
}

"""The client's shell: main window, sections, settings, help, errors, background work, signature pad."""

from __future__ import annotations

VI: dict[str, dict[str, str]] = {
    "MainWindow": {
        "Sections": "Các mục",
        "Choose a section of OfficeDesk. Ctrl+1 to Ctrl+6 jump to a section.": (
            "Chọn một mục của OfficeDesk. Bấm Ctrl+1 đến Ctrl+6 để chuyển nhanh giữa các mục."
        ),
        "Current section": "Mục đang mở",
        "&File": "&Tệp",
        "&Go": "&Chuyển mục",
        "&Help": "Trợ &giúp",
        "Status bar": "Thanh trạng thái",
        "&Quit": "&Thoát",
        "Close OfficeDesk. Everything you entered is already saved.": (
            "Đóng OfficeDesk. Mọi thông tin đã nhập đều đã được lưu."
        ),
        "&User guide": "&Hướng dẫn sử dụng",
        "&About OfficeDesk": "&Giới thiệu OfficeDesk",
        "Database: {name}": "Cơ sở dữ liệu: {name}",
        "{page} – OfficeDesk": "{page} – OfficeDesk",
    },
    "Pages": {
        "&Campaigns": "Đợt &kiểm tra",
        "Plan inspection campaigns, choose the units to visit and follow their progress.": (
            "Lập các đợt kiểm tra, chọn đơn vị sẽ kiểm tra và theo dõi tiến độ."
        ),
        "&Inspection entry": "&Nhập kết quả kiểm tra",
        "Record who is present, late or absent at a unit, note empty posts, and have the unit sign.": (
            "Ghi nhận ai có mặt, đi muộn hay vắng mặt tại đơn vị, các vị trí bỏ trống, và lấy chữ ký của đơn vị."
        ),
        "&Units and staff": "Đơn &vị và cán bộ",
        "Keep the list of units, their staff and the posts of the one-stop counters.": (
            "Quản lý danh sách đơn vị, cán bộ và các vị trí của bộ phận một cửa."
        ),
        "&Reports": "&Báo cáo",
        "Print minutes and summaries, compare with past campaigns and export to Excel.": (
            "In biên bản và báo cáo tổng hợp, so sánh với các đợt trước, xuất ra Excel."
        ),
        "&Settings": "&Cài đặt",
        "Choose the interface language and see which data are in use.": (
            "Chọn ngôn ngữ giao diện và xem dữ liệu đang dùng."
        ),
    },
    "PlaceholderPage": {
        "This screen is being built and will come in a next version.": (
            "Màn hình này đang được xây dựng và sẽ có trong phiên bản tới."
        ),
    },
    "SectionErrorPage": {
        "This section could not be opened. The details are in the error log; the other sections work.": (
            "Không mở được mục này. Chi tiết đã được ghi vào nhật ký lỗi; các mục khác vẫn dùng bình thường."
        ),
    },
    "SettingsPage": {
        "Language": "Ngôn ngữ",
        "&Interface language:": "&Ngôn ngữ giao diện:",
        "Interface language": "Ngôn ngữ giao diện",
        "A new language is used the next time OfficeDesk starts.": (
            "Ngôn ngữ mới được dùng từ lần mở OfficeDesk tiếp theo."
        ),
        "Data": "Dữ liệu",
        "{language} will be used the next time OfficeDesk starts.": (
            "{language} sẽ được dùng từ lần mở OfficeDesk tiếp theo."
        ),
    },
    "Database": {
        "no database open": "chưa mở cơ sở dữ liệu",
    },
    "HelpDialog": {
        "OfficeDesk user guide": "Hướng dẫn sử dụng OfficeDesk",
        "User guide": "Hướng dẫn sử dụng",
        "User guide text": "Nội dung hướng dẫn sử dụng",
    },
    "About": {
        "About OfficeDesk": "Giới thiệu OfficeDesk",
        "Working-discipline inspections: record, sign off, print the minutes, report.": (
            "Kiểm tra kỷ luật, kỷ cương hành chính: ghi nhận, ký xác nhận, in biên bản, báo cáo."
        ),
    },
    "ErrorReporter": {
        "Sorry, something went wrong in OfficeDesk. What you had already saved is safe.\n\n"
        "You can go on working. If this happens again, please tell your support contact and send them "
        "the error log.": (
            "Rất tiếc, OfficeDesk vừa gặp sự cố. Những gì anh/chị đã lưu vẫn được giữ an toàn.\n\n"
            "Anh/chị có thể tiếp tục làm việc. Nếu sự cố lặp lại, xin báo cho người hỗ trợ và gửi kèm "
            "tệp nhật ký lỗi."
        ),
        "Error log: {path}": "Tệp nhật ký lỗi: {path}",
        "Error message": "Thông báo lỗi",
    },
    "ProgressDialog": {
        "Please wait": "Xin chờ trong giây lát",
        "&Cancel": "&Hủy",
        "Stopping…": "Đang dừng…",
    },
    "SignaturePad": {
        "Signature pad": "Ô ký tên",
        "Sign here with the pen, a finger or the mouse. Ctrl+Z undoes the last stroke; Delete clears.": (
            "Ký vào đây bằng bút, ngón tay hoặc chuột. Ctrl+Z xóa nét vừa ký; phím Delete xóa hết để ký lại."
        ),
        "Sign above the line": "Ký phía trên đường kẻ",
    },
    "SignatureField": {
        "Signature pad: {caption}": "Ô ký tên: {caption}",
        "&Undo stroke": "Xóa &nét vừa ký",
        "C&lear": "Ký &lại",
    },
}

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
        "Corrective ac&tions": "Biện &pháp khắc phục",
        "Follow the corrective actions of every campaign and unit, and note what the units report.": (
            "Theo dõi biện pháp khắc phục của mọi đợt kiểm tra và đơn vị, ghi nhận kết quả đơn vị báo cáo."
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
        # The inspector using this computer
        "Inspector using this computer": "Cán bộ kiểm tra dùng máy này",
        "Full &name:": "&Họ và tên:",
        "Full name of the inspector": "Họ và tên cán bộ kiểm tra",
        "&Position:": "Chức &vụ:",
        "Position of the inspector": "Chức vụ của cán bộ kiểm tra",
        "&Unit or agency:": "Cơ &quan, đơn vị:",
        "Unit or agency of the inspector": "Cơ quan, đơn vị của cán bộ kiểm tra",
        "Kept on this computer only. When a campaign names no minute-taker, the sign-off dialog fills in the "
        "minute-taker's block with it.": (
            "Chỉ lưu trên máy này. Khi đợt kiểm tra không ghi người ghi biên bản, hộp ký biên bản điền sẵn ô của "
            "người ghi biên bản bằng thông tin này."
        ),
        "Saved.": "Đã lưu.",
        # The documents' font
        "Documents": "Văn bản",
        "Font of the minutes and reports:": "Phông chữ của biên bản và báo cáo:",
        "Li&beration Serif (comes with OfficeDesk, same letter sizes as Times New Roman)": (
            "Liberation Serif (có &sẵn trong OfficeDesk, cỡ chữ giống hệt Times New Roman)"
        ),
        "Times New Roman installed on this &computer": "Times New Roman đã cài trên má&y này",
        "Folder of Times New Roman": "Thư mục chứa phông Times New Roman",
        "Choose f&older…": "Chọn thư mục &phông chữ…",
        "The folder holding the four Times New Roman files: regular, bold, italic and bold italic": (
            "Thư mục chứa đủ bốn tệp phông Times New Roman: thường, đậm, nghiêng và đậm nghiêng"
        ),
        "Documents made after a change use the new font.": "Văn bản in sau khi đổi sẽ dùng phông chữ mới.",
        "No folder chosen": "Chưa chọn thư mục",
        "Documents will be set in Liberation Serif.": "Văn bản sẽ dùng phông Liberation Serif.",
        "Choose the folder holding Times New Roman": "Chọn thư mục chứa phông Times New Roman",
        "Documents will be set in Times New Roman from {folder}.": (
            "Văn bản sẽ dùng phông Times New Roman trong thư mục {folder}."
        ),
        "Times New Roman not found": "Không tìm thấy phông Times New Roman",
        "The folder {folder} does not hold the four Times New Roman files (regular, bold, italic and bold italic: "
        "times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).\n\nOn Windows they are in C:\\Windows\\Fonts. "
        "Documents stay in the font used so far.": (
            "Thư mục {folder} không có đủ bốn tệp phông Times New Roman (thường, đậm, nghiêng và đậm nghiêng: "
            "times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).\n\nTrên Windows, các tệp này nằm trong thư mục "
            "C:\\Windows\\Fonts. Văn bản vẫn dùng phông chữ đang dùng."
        ),
        # Working hours
        "Working hours": "Giờ làm việc",
        "Working hours are set per unit under Units and staff → Working hours.": (
            "Giờ làm việc được đặt riêng cho từng đơn vị tại mục Đơn vị và cán bộ → Lịch làm việc."
        ),
        "Open &working hours": "Mở &lịch làm việc",
        "Open working hours": "Mở lịch làm việc",
        "Liberation Serif (comes with OfficeDesk)": "Liberation Serif (có sẵn trong OfficeDesk)",
        "Times New Roman installed on this computer": "Times New Roman đã cài trên máy này",
        "Use the default database": "Dùng cơ sở dữ liệu ở vị trí mặc định",
        # The database
        "Database at the next start:": "Cơ sở dữ liệu ở lần mở tiếp theo:",
        "Database at the next start": "Cơ sở dữ liệu ở lần mở tiếp theo",
        "Choose &database…": "Chọn tệp &dữ liệu…",
        "Choose an OfficeDesk database file, or a name for a new one": (
            "Chọn một tệp dữ liệu OfficeDesk có sẵn, hoặc đặt tên cho một tệp mới"
        ),
        "Use the d&efault": "Dùng vị trí &mặc định",
        "The default: {path}": "Mặc định: {path}",
        "A database chosen here is opened the next time OfficeDesk starts, unless OfficeDesk is started with "
        "another one.": (
            "Cơ sở dữ liệu chọn ở đây sẽ được mở từ lần mở OfficeDesk tiếp theo, trừ khi OfficeDesk được mở "
            "kèm một cơ sở dữ liệu khác."
        ),
        "This computer is set up to open {database}, so this choice is not used.": (
            "Máy này đã được thiết lập để mở {database}, nên lựa chọn này không được dùng."
        ),
        "Choose the database": "Chọn cơ sở dữ liệu",
        "OfficeDesk databases (*.db);;All files (*)": "Cơ sở dữ liệu OfficeDesk (*.db);;Tất cả các tệp (*)",
        "{path} will be opened the next time OfficeDesk starts.": "{path} sẽ được mở từ lần mở OfficeDesk tiếp theo.",
        "The default database will be opened the next time OfficeDesk starts.": (
            "Cơ sở dữ liệu mặc định sẽ được mở từ lần mở OfficeDesk tiếp theo."
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

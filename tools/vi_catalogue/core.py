"""The core's messages: command line, storage, services (contexts of their QCoreApplication.translate)."""

from __future__ import annotations

VI: dict[str, dict[str, str]] = {
    "Permissions": {
        "Your account is not allowed to do this ({0}).": "Tài khoản của anh/chị không được phép làm việc này ({0}).",
        "view data": "xem dữ liệu",
        "print reports": "in báo cáo",
        "manage accounts": "quản lý tài khoản",
        "edit units, staff and schedules": "sửa đơn vị, cán bộ và lịch làm việc",
        "plan campaigns": "lập đợt kiểm tra",
        "record inspections": "ghi kết quả kiểm tra",
        "collect signatures on the spot": "lấy chữ ký tại chỗ",
        "sign as the unit's head": "ký với tư cách thủ trưởng đơn vị",
        "amend signed inspections": "điều chỉnh kết quả đã ký",
        "update corrective actions": "cập nhật biện pháp khắc phục",
        "exchange data": "trao đổi dữ liệu",
    },
    "Accounts": {
        "An account needs a user name and a full name.": "Tài khoản cần có tên đăng nhập và họ tên.",
        "The first account must be the administrator's.": "Tài khoản đầu tiên phải là tài khoản quản trị.",
        "A unit head's account needs the unit.": "Tài khoản của thủ trưởng đơn vị cần ghi rõ đơn vị.",
        "Wrong user name or password.": "Sai tên đăng nhập hoặc mật khẩu.",
        "The password must have at least {0} characters.": "Mật khẩu phải có ít nhất {0} ký tự.",
        "The user name {0} is taken.": "Tên đăng nhập {0} đã có người dùng.",
        "This account is locked after repeated wrong passwords; try again in {0} minutes or ask the administrator.": (
            "Tài khoản bị tạm khóa do nhập sai mật khẩu nhiều lần; hãy thử lại sau {0} phút hoặc liên hệ "
            "người quản trị."
        ),
        "No unit with code {0}.": "Không có đơn vị nào có mã {0}.",
    },
    "Campaigns": {
        "A campaign needs a code and a name.": "Đợt kiểm tra cần có mã và tên.",
        "The campaign ends before it starts.": "Ngày kết thúc của đợt kiểm tra sớm hơn ngày bắt đầu.",
        "Every team member needs a name.": "Mỗi thành viên đoàn kiểm tra cần có họ tên.",
        "No such campaign.": "Không tìm thấy đợt kiểm tra.",
        "{0} is in the team twice.": "{0} có tên hai lần trong đoàn kiểm tra.",
        "A campaign with code {0} already exists.": "Đã có đợt kiểm tra mang mã {0}.",
        "A campaign cannot be compared with itself or with a later one of its own.": (
            "Không thể so sánh một đợt kiểm tra với chính nó hoặc với một đợt diễn ra sau nó."
        ),
        "No campaign with code {0}.": "Không có đợt kiểm tra nào có mã {0}.",
        "No unit with code {0}.": "Không có đơn vị nào có mã {0}.",
        "No account named {0}.": "Không có tài khoản nào tên {0}.",
        "{0} has already been inspected in this campaign and stays in it.": (
            "{0} đã được kiểm tra trong đợt này nên vẫn được giữ trong đợt."
        ),
    },
    "Cli": {
        "Write the signed copy to another file; the original is never signed in place.": (
            "Hãy ghi bản đã ký ra một tệp khác; tệp gốc không bao giờ bị ký đè."
        ),
        "Certificate password: ": "Mật khẩu chứng thư số: ",
        "Give a certificate file (--p12) or a token library (--pkcs11-lib).": (
            "Hãy chỉ ra tệp chứng thư số (--p12) hoặc thư viện của thiết bị ký số (--pkcs11-lib)."
        ),
        "Signed by {0} at {1} in block '{2}': {3}": "Đã ký bởi {0} lúc {1} tại ô ký '{2}': {3}",
        "Token PIN: ": "Mã PIN của thiết bị ký số: ",
        "{0} has no digital signature.": "{0} không có chữ ký số nào.",
        "Field '{0}': signed by {1} at {2}": "Ô ký '{0}': ký bởi {1} lúc {2}",
        "intact": "nguyên vẹn",
        "NOT intact: the signed bytes were changed": "KHÔNG nguyên vẹn: nội dung đã ký bị thay đổi",
        "changed after signing": "có thay đổi sau khi ký",
        "not changed after signing": "không thay đổi sau khi ký",
        "trusted": "tin cậy",
        "not trusted: {0}": "không được tin cậy: {0}",
        "The demo is built into a SQLite file; give --db PATH.": (
            "Dữ liệu mẫu được tạo trong một tệp SQLite; hãy chỉ rõ --db ĐƯỜNG_DẪN."
        ),
        "This database is already set up.": "Cơ sở dữ liệu này đã được thiết lập.",
        "entry {0} missing (deleted)": "mục {0} bị thiếu (đã bị xóa)",
        "entry {0} altered": "mục {0} đã bị sửa",
        "Demo database ready: {0}": "Đã tạo xong dữ liệu mẫu: {0}",
        "Empty database ready: {0}": "Đã tạo xong cơ sở dữ liệu trống: {0}",
        "Name what the report is about.": "Hãy cho biết báo cáo về nội dung gì.",
        "{0}: {1} pages": "{0}: {1} trang",
        "{0} written": "Đã ghi {0}",
        "{0} already exists; add --force to replace it.": "{0} đã có; thêm --force để ghi đè.",
        "{0} already exists.": "{0} đã có.",
        "Signed inspection {0} ({1}) was changed after signing.": (
            "Kết quả kiểm tra đã ký {0} ({1}) đã bị thay đổi sau khi ký."
        ),
        "{0} is a folder; give a file name.": "{0} là một thư mục; hãy cho tên tệp.",
        "The folder {0} does not exist.": "Thư mục {0} không tồn tại.",
        "Name an inspection, or a campaign with --campaign.": (
            "Hãy chỉ rõ một cuộc kiểm tra, hoặc một đợt kiểm tra bằng --campaign."
        ),
        "Error: {0}": "Lỗi: {0}",
        "Building the demo database in {0} …": "Đang tạo dữ liệu mẫu trong {0} …",
        "Password for {0}: ": "Mật khẩu của {0}: ",
        "Audit log broken at {0}: {1}, at {2}": "Nhật ký kiểm soát bị phá vỡ tại {0}: {1}, lúc {2}",
    },
    "Findings": {
        "That finding is not one of this inspection's.": "Phát hiện này không thuộc cuộc kiểm tra này.",
        "Describe the corrective action.": "Hãy mô tả biện pháp khắc phục.",
        "No such violation.": "Không tìm thấy vi phạm.",
        "The deadline is before the inspection's day.": "Thời hạn sớm hơn ngày kiểm tra.",
        "No such corrective action.": "Không tìm thấy biện pháp khắc phục.",
        "You can update only your own unit's corrective actions.": (
            "Anh/chị chỉ cập nhật được biện pháp khắc phục của đơn vị mình."
        ),
        "This file is not a picture OfficeDesk can read.": "Tệp này không phải là ảnh mà OfficeDesk đọc được.",
        "No such photo.": "Không tìm thấy ảnh.",
        "The inspection cannot end before it started.": "Giờ kết thúc kiểm tra không thể sớm hơn giờ bắt đầu.",
        "No violation category {0}.": "Không có loại vi phạm {0}.",
    },
    "Inspections": {
        "You are not a member of this campaign's inspection team.": (
            "Anh/chị không phải là thành viên đoàn kiểm tra của đợt này."
        ),
        "No such inspection.": "Không tìm thấy cuộc kiểm tra.",
        "This person is no longer on the roster.": "Người này không còn trong danh sách.",
        "Only a person added on the spot can be taken off the roster.": (
            "Chỉ bỏ khỏi danh sách được người đã thêm tại chỗ."
        ),
        "The time {0} they left is in the future.": "Giờ về {0} ở trong tương lai.",
        "This inspection is signed and locked. Make an amendment to change it.": (
            "Kết quả kiểm tra này đã ký và được khóa. Muốn thay đổi, hãy lập bản điều chỉnh."
        ),
        "This is an earlier version of the inspection; it can be read but not changed.": (
            "Đây là phiên bản trước của kết quả kiểm tra; chỉ xem được, không sửa được."
        ),
        "The check time is in the future.": "Giờ kiểm tra ở trong tương lai.",
        "Enter the person's full name.": "Hãy nhập họ tên của người này.",
        "No such campaign or unit.": "Không tìm thấy đợt kiểm tra hoặc đơn vị.",
        "No such person in this inspection.": "Người này không có trong cuộc kiểm tra.",
        "Enter the arrival time of a late arrival.": "Hãy nhập giờ đến của người đi muộn.",
        "No such post in this inspection.": "Vị trí này không có trong cuộc kiểm tra.",
        "Give a reason for changing the post's state from what was observed.": (
            "Hãy nêu lý do thay đổi tình trạng vị trí so với điều đã ghi nhận."
        ),
        "{0} is not a working day: nobody is late or absent on it.": (
            "{0} không phải ngày làm việc: không ai bị tính đi muộn hay vắng mặt."
        ),
        "The arrival time {0} is in the future.": "Giờ đến {0} ở trong tương lai.",
    },
    "Org": {
        "A unit needs a code and a name.": "Đơn vị cần có mã và tên.",
        "No working schedule is set. An administrator sets one under Settings.": (
            "Chưa có lịch làm việc. Người quản trị đặt lịch ở mục Cài đặt."
        ),
        "No such staff member.": "Không tìm thấy cán bộ.",
        "No unit with code {0}.": "Không có đơn vị nào có mã {0}.",
        "No schedule with code {0}.": "Không có lịch làm việc nào có mã {0}.",
        "Every staff member needs a code and a full name.": "Mỗi cán bộ cần có mã và họ tên.",
        "A unit with code {0} already exists.": "Đã có đơn vị mang mã {0}.",
        "No working schedule covers {0}.": "Không có lịch làm việc nào áp dụng cho {0}.",
        "A staff member with code {0} already exists.": "Đã có cán bộ mang mã {0}.",
        "No staff member with code {0}.": "Không có cán bộ nào có mã {0}.",
    },
    "Queries": {
        "Nothing found for {0}.": "Không tìm thấy gì cho {0}.",
    },
    "SignOff": {
        "An amendment needs a reason.": "Bản điều chỉnh cần ghi rõ lý do.",
        "This inspection is already signed.": "Kết quả kiểm tra này đã được ký.",
        "A unit head signs only the unit's block; the team signs for itself.": (
            "Thủ trưởng đơn vị chỉ ký phần của đơn vị; đoàn kiểm tra tự ký phần của đoàn."
        ),
        "Only a signed inspection is amended; a draft is edited directly.": (
            "Chỉ lập bản điều chỉnh cho kết quả đã ký; bản nháp thì sửa trực tiếp."
        ),
        "This inspection already has a newer version.": "Kết quả kiểm tra này đã có phiên bản mới hơn.",
        "You can sign only inspections of your own unit.": "Anh/chị chỉ ký được kết quả kiểm tra của đơn vị mình.",
        "Every signatory needs a name.": "Mỗi người ký cần có họ tên.",
        "Signatures are missing: {0}.": "Còn thiếu chữ ký: {0}.",
        "{0} people are not marked yet: mark them or use 'everyone else present'.": (
            "Còn {0} người chưa được ghi nhận: hãy ghi nhận hoặc dùng «những người còn lại có mặt»."
        ),
    },
    "Storage": {
        "The database file {0} does not exist. Create one with 'officedesk init' or 'officedesk demo'.": (
            "Tệp cơ sở dữ liệu {0} không tồn tại. Hãy tạo bằng lệnh 'officedesk init' hoặc 'officedesk demo'."
        ),
        "{0} is a folder, not a database file.": "{0} là một thư mục, không phải tệp cơ sở dữ liệu.",
        "{0} is not an OfficeDesk database (the file is damaged or of another kind).": (
            "{0} không phải cơ sở dữ liệu OfficeDesk (tệp bị hỏng hoặc thuộc loại khác)."
        ),
        "The database {0} is empty. Create one with 'officedesk init'.": (
            "Cơ sở dữ liệu {0} đang trống. Hãy tạo bằng lệnh 'officedesk init'."
        ),
        "This database was made by a newer OfficeDesk; update the application.": (
            "Cơ sở dữ liệu này do phiên bản OfficeDesk mới hơn tạo ra; hãy cập nhật phần mềm."
        ),
        "Cannot open the database {0}: {1}": "Không mở được cơ sở dữ liệu {0}: {1}",
        "This database was not made by OfficeDesk.": "Cơ sở dữ liệu này không do OfficeDesk tạo ra.",
    },
}

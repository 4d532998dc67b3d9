"""Accounts in the client: first start, sign-in, sign-out, the idle lock and its setting (officedesk/gui/signin)."""

from __future__ import annotations

VI: dict[str, dict[str, str]] = {
    "SignInDialog": {
        "Sign in – OfficeDesk": "Đăng nhập – OfficeDesk",
        "Sign in": "Đăng nhập",
        "Sign in to OfficeDesk": "Đăng nhập OfficeDesk",
        "Each member of the team signs in with their own account, so that the records show who entered what.": (
            "Mỗi thành viên của đoàn đăng nhập bằng tài khoản của mình, để hồ sơ ghi rõ ai đã nhập thông tin nào."
        ),
        "&User name:": "&Tên đăng nhập:",
        "User name": "Tên đăng nhập",
        "&Password:": "&Mật khẩu:",
        "Password": "Mật khẩu",
        "&Sign in": "Đăng &nhập",
        "Type your user name.": "Hãy nhập tên đăng nhập.",
        "Type your password.": "Hãy nhập mật khẩu.",
    },
    "FirstAdminDialog": {
        "First start – OfficeDesk": "Khởi động lần đầu – OfficeDesk",
        "Create the administrator's account": "Tạo tài khoản quản trị",
        "No one has an account in these data yet. The administrator signs in first, then creates the accounts "
        "of the team.": (
            "Dữ liệu này chưa có tài khoản nào. Người quản trị đăng nhập trước, sau đó tạo tài khoản cho các "
            "thành viên của đoàn."
        ),
        "&Full name:": "&Họ và tên:",
        "Full name": "Họ và tên",
        "&User name:": "&Tên đăng nhập:",
        "User name": "Tên đăng nhập",
        "&Password:": "&Mật khẩu:",
        "Password": "Mật khẩu",
        "&Repeat the password:": "&Nhập lại mật khẩu:",
        "Repeat the password": "Nhập lại mật khẩu",
        "&Create and sign in": "Tạo &và đăng nhập",
        "At least {count} characters; a short sentence you remember is safer than a word.": (
            "Ít nhất {count} ký tự; một câu ngắn dễ nhớ an toàn hơn một từ."
        ),
        "Type the administrator's full name.": "Hãy nhập họ và tên của người quản trị.",
        "Type a user name without spaces, for example mai or lethimai.": (
            "Hãy nhập tên đăng nhập không có dấu cách, ví dụ: mai hoặc lethimai."
        ),
        "The password needs at least {count} characters.": "Mật khẩu cần có ít nhất {count} ký tự.",
        "The two passwords are not the same. Type them again.": (
            "Hai lần nhập mật khẩu không giống nhau. Vui lòng nhập lại."
        ),
    },
    "SignIn": {
        "Someone has just created the first account of these data. Sign in with yours.": (
            "Vừa có người tạo tài khoản đầu tiên cho dữ liệu này. Hãy đăng nhập bằng tài khoản của anh/chị."
        ),
    },
    "LockScreen": {
        "OfficeDesk is locked": "OfficeDesk đã được khóa",
        "Signed in: {user}": "Đang đăng nhập: {user}",
        "Nobody used this computer for a while. Everything entered is saved. Enter your password to continue.": (
            "Máy tính không được sử dụng trong một lúc. Mọi thông tin đã nhập đều đã được lưu. "
            "Nhập mật khẩu để tiếp tục."
        ),
        "&Password:": "&Mật khẩu:",
        "Password": "Mật khẩu",
        "Type your password.": "Hãy nhập mật khẩu.",
        "Sign in as &someone else": "Đăng nhập &bằng tài khoản khác",
        "&Unlock": "Mở &khóa",
    },
    "Roles": {
        "Administrator": "Quản trị hệ thống",
        "Team leader": "Trưởng đoàn kiểm tra",
        "Inspector": "Cán bộ kiểm tra",
        "Head of unit": "Thủ trưởng đơn vị",
        "Reader of reports": "Người xem báo cáo",
        "{name} — {role}": "{name} — {role}",
    },
    "Session": {
        "&Lock the screen": "&Khóa màn hình",
        "Hide the screen until you type your password again.": "Che màn hình cho đến khi anh/chị nhập lại mật khẩu.",
        "Sign &out": "Đăng &xuất",
        "Close every screen and let someone else sign in.": "Đóng mọi màn hình để người khác đăng nhập.",
        "Opening the data…": "Đang mở dữ liệu…",
        "There are no OfficeDesk data at {path}. Ask the administrator to set up this computer.": (
            "Chưa có dữ liệu OfficeDesk tại {path}. Hãy nhờ người quản trị cài đặt máy tính này."
        ),
        "Signing in failed. The details are in the error log.": (
            "Không đăng nhập được. Chi tiết có trong nhật ký lỗi."
        ),
        "The data could not be opened. The details are in the error log.": (
            "Không mở được dữ liệu. Chi tiết có trong nhật ký lỗi."
        ),
        "OfficeDesk shows the data once you have signed in.": "OfficeDesk hiển thị dữ liệu sau khi anh/chị đăng nhập.",
    },
    "SignedOutPage": {
        "Sign in to continue": "Đăng nhập để tiếp tục",
        "&Sign in…": "Đăng &nhập…",
        "Sign in": "Đăng nhập",
    },
    "PageContext": {
        "Sign in to continue.": "Đăng nhập để tiếp tục.",
    },
    # Added to the shell's contexts by the sign-in work (kept here so the shell's module stays its own).
    "MainWindow": {
        "Signed in": "Người đang đăng nhập",
        "{page} – {user} – OfficeDesk": "{page} – {user} – OfficeDesk",
    },
    "SettingsPage": {
        "Shared computer": "Máy tính dùng chung",
        "&Lock after this long without use:": "&Khóa sau khi không dùng:",
        "Minutes without use before OfficeDesk locks": "Số phút không dùng trước khi OfficeDesk tự khóa",
        " min": " phút",
        "OfficeDesk hides the screen and asks for the password again when nobody has used it for this many "
        "minutes. Everything entered stays saved.": (
            "OfficeDesk che màn hình và hỏi lại mật khẩu khi không ai dùng máy trong số phút này. "
            "Mọi thông tin đã nhập vẫn được lưu."
        ),
    },
}

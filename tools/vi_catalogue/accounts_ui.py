"""Accounts: the administrator's screen and dialogs (officedesk/gui/accounts), the services' refusals about
accounts, and the first start's set-up of a computer without data (first_run.py, signin/session.py, calls.py).

Mnemonics on the page avoid T, C and G (the menu bar's &Tệp, &Chuyển mục, Trợ &giúp)."""

from __future__ import annotations

VI: dict[str, dict[str, str]] = {
    "Pages": {
        "&Accounts": "&Tài khoản",
        "Create the accounts of the team and the unit heads; change your own password.": (
            "Tạo tài khoản cho thành viên đoàn kiểm tra và thủ trưởng đơn vị; đổi mật khẩu của anh/chị."
        ),
    },
    "Accounts": {
        "No such account.": "Không tìm thấy tài khoản.",
        "Sign in with your own account to change its password.": (
            "Hãy đăng nhập bằng tài khoản của anh/chị để đổi mật khẩu."
        ),
        "You cannot deactivate your own account.": "Bạn không thể ngừng sử dụng tài khoản của chính mình.",
        "This account cannot change its password now; ask the administrator.": (
            "Tài khoản này hiện không đổi được mật khẩu; hãy liên hệ người quản trị."
        ),
        "The current password is not right.": "Mật khẩu hiện tại không đúng.",
        "You cannot take the administrator's role from your own account; another administrator can.": (
            "Bạn không thể tự bỏ vai trò quản trị của tài khoản mình; một người quản trị khác có thể làm việc này."
        ),
        "The new password is the same as the current one.": "Mật khẩu mới trùng với mật khẩu hiện tại.",
        "{0} is the last active administrator and must stay one.": (
            "{0} là người quản trị cuối cùng đang sử dụng, nên phải giữ vai trò quản trị."
        ),
    },
    "AccountRoles": {
        "Administrator": "Quản trị",
        "Team leader": "Trưởng đoàn",
        "Inspector": "Cán bộ kiểm tra",
        "Head of unit": "Thủ trưởng đơn vị",
        "Read only": "Chỉ xem",
        "Manages accounts, units, staff and campaigns, and may do all the team's work.": (
            "Quản lý tài khoản, đơn vị, cán bộ và các đợt kiểm tra; làm được mọi việc của đoàn kiểm tra."
        ),
        "Plans campaigns, records inspections of the teams they are in, amends signed minutes.": (
            "Lập kế hoạch các đợt kiểm tra, nhập kết quả kiểm tra của đoàn mình tham gia, sửa đổi biên bản đã ký."
        ),
        "Records inspections of the campaigns whose team they are in.": (
            "Nhập kết quả kiểm tra của các đợt mà mình là thành viên đoàn."
        ),
        "Signs the minutes of their own unit with this account and follows its corrective actions.": (
            "Ký biên bản của đơn vị mình bằng tài khoản này và theo dõi việc khắc phục của đơn vị."
        ),
        "Reads the data and prints reports; changes nothing.": "Xem dữ liệu và in báo cáo; không sửa gì.",
        "Active": "Đang sử dụng",
        "Deactivated": "Ngừng sử dụng",
    },
    "AccountsModel": {
        "User name": "Tên đăng nhập",
        "Full name": "Họ và tên",
        "Title": "Chức vụ",
        "Role": "Vai trò",
        "Unit": "Đơn vị",
        "Status": "Trạng thái",
        "Locked until": "Khóa đến",
        "Locked after repeated wrong passwords; Unlock lets the person sign in now.": (
            "Bị khóa do nhập sai mật khẩu nhiều lần; bấm Mở khóa để người này đăng nhập được ngay."
        ),
    },
    "AccountsPage": {
        "Accounts": "Tài khoản",
        "Everyone who uses OfficeDesk on this computer signs in with an account of their own, so the records "
        "show who entered and signed what. Accounts are never deleted: deactivate the account of someone who has "
        "left.": (
            "Mỗi người dùng OfficeDesk trên máy tính này đăng nhập bằng tài khoản của riêng mình, để hồ sơ ghi rõ "
            "ai đã nhập và ký những gì. Tài khoản không bao giờ bị xóa: khi một người chuyển công tác, hãy ngừng "
            "sử dụng tài khoản của họ."
        ),
        "F&ind:": "Tìm &kiếm:",
        "Find an account": "Tìm tài khoản",
        "Name, user name or unit": "Họ tên, tên đăng nhập hoặc đơn vị",
        "Number of accounts": "Số tài khoản",
        "Create an account for a member of the team or a unit head (Ctrl+N)": (
            "Tạo tài khoản cho thành viên đoàn kiểm tra hoặc thủ trưởng đơn vị (Ctrl+N)"
        ),
        "&New account…": "Tạo tài khoản &mới…",
        "Change the chosen person's name, title, role or unit (Enter)": (
            "Sửa họ tên, chức vụ, vai trò hoặc đơn vị của người đang chọn (Enter)"
        ),
        "&Edit…": "&Sửa…",
        "Give the chosen account a new password when its owner has forgotten theirs": (
            "Đặt mật khẩu mới cho tài khoản đang chọn khi chủ tài khoản quên mật khẩu"
        ),
        "&Reset password…": "Đặt &lại mật khẩu…",
        "Let the chosen person sign in again at once after repeated wrong passwords": (
            "Cho người đang chọn đăng nhập lại ngay sau khi nhập sai mật khẩu nhiều lần"
        ),
        "&Unlock": "Mở khó&a",
        "&Deactivate…": "Ngừng sử &dụng…",
        "Re&activate": "Cho &dùng lại",
        "The person can no longer sign in; their name stays in the records": (
            "Người này không đăng nhập được nữa; tên của họ vẫn giữ nguyên trong hồ sơ"
        ),
        "Let the person sign in again with their password": "Cho người này đăng nhập lại bằng mật khẩu của mình",
        "Your account": "Tài khoản của anh/chị",
        "You are signed in as {name} ({username}), {role}.": "Bạn đang đăng nhập là {name} ({username}), {role}.",
        "Choose a new password for your own account; you type the current one first": (
            "Chọn mật khẩu mới cho tài khoản của anh/chị; cần nhập mật khẩu hiện tại trước"
        ),
        "&Change my password…": "Đổ&i mật khẩu của tôi…",
        "Only an administrator manages the accounts; you can change your own password below.": (
            "Chỉ người quản trị mới quản lý tài khoản; anh/chị có thể đổi mật khẩu của mình ở phía dưới."
        ),
        "Accounts: {count}": "Số tài khoản: {count}",
        "Accounts shown: {shown} of {count}": "Đang hiện {shown} trên {count} tài khoản",
        "{count} deactivated": "{count} tài khoản ngừng sử dụng",
        "Saved.": "Đã lưu.",
        "{name} can sign in again.": "{name} đã đăng nhập lại được.",
        "Deactivate the account": "Ngừng sử dụng tài khoản",
        "Deactivate the account of {name}? They can no longer sign in. Their name stays in the minutes and "
        "records, and the account can be activated again.": (
            "Ngừng sử dụng tài khoản của {name}? Người này sẽ không đăng nhập được nữa. Tên của họ vẫn giữ nguyên "
            "trong biên bản và hồ sơ, và tài khoản có thể được dùng lại sau."
        ),
        "&Deactivate": "Ngừng sử &dụng",
        "The account of {name} is deactivated.": "Đã ngừng sử dụng tài khoản của {name}.",
        "Your password is changed.": "Đã đổi mật khẩu của anh/chị.",
    },
    "AccountDialog": {
        "Account": "Tài khoản",
        "New account": "Tài khoản mới",
        "Account: {name}": "Tài khoản: {name}",
        "&User name:": "&Tên đăng nhập:",
        "User name": "Tên đăng nhập",
        "&Full name:": "&Họ và tên:",
        "Full name": "Họ và tên",
        "&Title:": "&Chức vụ:",
        "Title": "Chức vụ",
        "for example: Specialist, Deputy Chief of Office": "ví dụ: Chuyên viên, Phó Chánh Văn phòng",
        "&Role:": "V&ai trò:",
        "Role": "Vai trò",
        "U&nit:": "Đơn &vị:",
        "Unit of the unit head": "Đơn vị của thủ trưởng",
        "&Password:": "&Mật khẩu:",
        "Password": "Mật khẩu",
        "R&epeat the password:": "&Nhập lại mật khẩu:",
        "Repeat the password": "Nhập lại mật khẩu",
        "At least {count} characters. Tell the password to its owner in person; they can change it after "
        "signing in.": (
            "Ít nhất {count} ký tự. Hãy báo mật khẩu trực tiếp cho chủ tài khoản; họ có thể đổi mật khẩu sau khi "
            "đăng nhập."
        ),
        "A user name does not change: the records name people by it.": (
            "Tên đăng nhập không thay đổi được: hồ sơ ghi người dùng theo tên này."
        ),
        "Type a user name without spaces, for example hoa or nguyenthihoa.": (
            "Hãy nhập tên đăng nhập không có dấu cách, ví dụ: hoa hoặc nguyenthihoa."
        ),
        "Type the person's full name.": "Hãy nhập họ và tên của người dùng.",
        "Choose the unit this person heads: type part of its name and pick it in the list.": (
            "Hãy chọn đơn vị mà người này đứng đầu: gõ một phần tên đơn vị rồi chọn trong danh sách."
        ),
        "The password needs at least {count} characters.": "Mật khẩu cần có ít nhất {count} ký tự.",
        "The two passwords are not the same. Type them again.": (
            "Hai lần nhập mật khẩu không giống nhau. Vui lòng nhập lại."
        ),
    },
    "PasswordDialog": {
        "Password": "Mật khẩu",
        "&Current password:": "Mật khẩu &hiện tại:",
        "Current password": "Mật khẩu hiện tại",
        "&New password:": "Mật khẩu &mới:",
        "New password": "Mật khẩu mới",
        "&Repeat the new password:": "&Nhập lại mật khẩu mới:",
        "Repeat the new password": "Nhập lại mật khẩu mới",
        "At least {count} characters; a short sentence you remember is safer than a word.": (
            "Ít nhất {count} ký tự; một câu ngắn dễ nhớ an toàn hơn một từ."
        ),
        "Change my password": "Đổi mật khẩu của tôi",
        "Type your current password, then the new one twice. Everything else stays as it is.": (
            "Nhập mật khẩu hiện tại, sau đó nhập mật khẩu mới hai lần. Mọi thông tin khác giữ nguyên."
        ),
        "&Save the new password": "&Lưu mật khẩu mới",
        "Reset the password of {name}": "Đặt lại mật khẩu cho {name}",
        "A new password for {name} ({username}). It also lifts a lockout. Tell it to them in person; they can "
        "change it after signing in.": (
            "Mật khẩu mới cho {name} ({username}); tài khoản đang bị khóa cũng được mở. Hãy báo mật khẩu trực tiếp "
            "cho người này; họ có thể đổi mật khẩu sau khi đăng nhập."
        ),
        "&Set the password": "Đặt mật &khẩu",
        "Type your current password.": "Hãy nhập mật khẩu hiện tại.",
        "The password needs at least {count} characters.": "Mật khẩu cần có ít nhất {count} ký tự.",
        "The two passwords are not the same. Type them again.": (
            "Hai lần nhập mật khẩu không giống nhau. Vui lòng nhập lại."
        ),
    },
    "FirstRunDialog": {
        "First start – OfficeDesk": "Khởi động lần đầu – OfficeDesk",
        "Set up OfficeDesk on this computer": "Thiết lập OfficeDesk trên máy tính này",
        "There are no OfficeDesk data on this computer yet. Give the computer a short code and a name; next you "
        "create the administrator's account.": (
            "Máy tính này chưa có dữ liệu OfficeDesk. Hãy đặt mã ngắn và tên cho máy; sau đó anh/chị tạo tài khoản "
            "quản trị."
        ),
        "The data will be kept in {path}": "Dữ liệu sẽ được lưu tại {path}",
        "Short &code:": "&Mã ngắn:",
        "Short code of this computer": "Mã ngắn của máy tính này",
        "A1": "A1",
        "2 to 8 letters or digits, such as A1 or HOA. It ends the number of every minutes made on this computer "
        "(07/BB-ĐKT-A1), so that two laptops never give the same number: give each computer its own code.": (
            "Từ 2 đến 8 chữ cái hoặc chữ số, ví dụ A1 hoặc HOA. Mã này đứng cuối số của mọi biên bản lập trên máy "
            "(07/BB-ĐKT-A1), để hai máy không bao giờ cấp trùng số: mỗi máy cần một mã riêng."
        ),
        "&Name of this computer:": "&Tên của máy này:",
        "Name of this computer": "Tên của máy tính này",
        "for example: Laptop of inspection team 1": "ví dụ: Máy tính xách tay của đoàn kiểm tra số 1",
        "&Province:": "Tỉ&nh:",
        "Province": "Tỉnh",
        "for example: Lào Cai": "ví dụ: Lào Cai",
        "Create the &data": "Tạo &dữ liệu",
        "The short code has 2 to 8 letters without accents or digits, such as A1 or HOA.": (
            "Mã ngắn gồm 2 đến 8 chữ cái không dấu hoặc chữ số, ví dụ A1 hoặc HOA."
        ),
        "Give this computer a name, for example: Laptop of inspection team 1.": (
            "Hãy đặt tên cho máy tính này, ví dụ: Máy tính xách tay của đoàn kiểm tra số 1."
        ),
        "Type the name of the province.": "Hãy nhập tên tỉnh.",
    },
    "Session": {
        "OfficeDesk is being set up on this computer.": "OfficeDesk đang được thiết lập trên máy tính này.",
        "There are no OfficeDesk data at {path} yet, and nothing has been created. Set up this computer to "
        "begin.": (
            "Chưa có dữ liệu OfficeDesk tại {path} và chưa có gì được tạo. Hãy thiết lập máy tính này để bắt đầu."
        ),
        "&Set up this computer…": "Thiết lập &máy tính này…",
        "First start": "Khởi động lần đầu",
    },
    "SignIn": {
        "Only a data file on this computer can be set up here; a server's database is set up by its "
        "administrator.": (
            "Ở đây chỉ thiết lập được tệp dữ liệu trên máy tính này; cơ sở dữ liệu trên máy chủ do người quản trị "
            "máy chủ thiết lập."
        ),
        "The data cannot be created in {0}: {1}": "Không tạo được dữ liệu trong {0}: {1}",
    },
}

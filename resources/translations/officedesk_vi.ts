<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../officedesk/gui/help.py" line="+54" />
        <source>Working-discipline inspections: record, sign off, print the minutes, report.</source>
        <translation>Kiểm tra kỷ luật, kỷ cương hành chính: ghi nhận, ký xác nhận, in biên bản, báo cáo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Database in use:</source>
        <translation>Cơ sở dữ liệu đang dùng:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Error log folder:</source>
        <translation>Thư mục nhật ký lỗi:</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+1" />
        <source>About OfficeDesk</source>
        <translation>Giới thiệu OfficeDesk</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../officedesk/gui/accounts/dialogs.py" line="+62" />
        <source>At least {count} characters. Tell the password to its owner in person; they can change it after signing in.</source>
        <translation>Ít nhất {count} ký tự. Hãy báo mật khẩu trực tiếp cho chủ tài khoản; họ có thể đổi mật khẩu sau khi đăng nhập.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Account: {name}</source>
        <translation>Tài khoản: {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A user name does not change: the records name people by it.</source>
        <translation>Tên đăng nhập không thay đổi được: hồ sơ ghi người dùng theo tên này.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Type a user name without spaces, for example hoa or nguyenthihoa.</source>
        <translation>Hãy nhập tên đăng nhập không có dấu cách, ví dụ: hoa hoặc nguyenthihoa.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the person's full name.</source>
        <translation>Hãy nhập họ và tên của người dùng.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the unit this person heads: type part of its name and pick it in the list.</source>
        <translation>Hãy chọn đơn vị mà người này đứng đầu: gõ một phần tên đơn vị rồi chọn trong danh sách.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password needs at least {count} characters.</source>
        <translation>Mật khẩu cần có ít nhất {count} ký tự.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_account_dialog.ui" line="+14" />
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>for example: Specialist, Deputy Chief of Office</source>
        <translation>ví dụ: Chuyên viên, Phó Chánh Văn phòng</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Role:</source>
        <translation>V&amp;ai trò:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+14" />
        <source>U&amp;nit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unit of the unit head</source>
        <translation>Đơn vị của thủ trưởng</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+10" />
        <source>R&amp;epeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Repeat the password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
</context>
<context>
    <name>AccountRoles</name>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="22" />
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="23" />
        <source>Team leader</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="24" />
        <source>Inspector</source>
        <translation>Cán bộ kiểm tra</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="25" />
        <source>Head of unit</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="26" />
        <source>Read only</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="37" />
        <source>Manages accounts, units, staff and campaigns, and may do all the team's work.</source>
        <translation>Quản lý tài khoản, đơn vị, cán bộ và các đợt kiểm tra; làm được mọi việc của đoàn kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="38" />
        <source>Plans campaigns, records inspections of the teams they are in, amends signed minutes.</source>
        <translation>Lập kế hoạch các đợt kiểm tra, nhập kết quả kiểm tra của đoàn mình tham gia, sửa đổi biên bản đã ký.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="40" />
        <source>Records inspections of the campaigns whose team they are in.</source>
        <translation>Nhập kết quả kiểm tra của các đợt mà mình là thành viên đoàn.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="41" />
        <source>Signs the minutes of their own unit with this account and follows its corrective actions.</source>
        <translation>Ký biên bản của đơn vị mình bằng tài khoản này và theo dõi việc khắc phục của đơn vị.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="43" />
        <source>Reads the data and prints reports; changes nothing.</source>
        <translation>Xem dữ liệu và in báo cáo; không sửa gì.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="52" />
        <source>Active</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/accounts/labels.py" line="52" />
        <source>Deactivated</source>
        <translation>Ngừng sử dụng</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="37" />
        <source>An account needs a user name and a full name.</source>
        <translation>Tài khoản cần có tên đăng nhập và họ tên.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="75" />
        <source>No such account.</source>
        <translation>Không tìm thấy tài khoản.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="198" />
        <source>Sign in with your own account to change its password.</source>
        <translation>Hãy đăng nhập bằng tài khoản của anh/chị để đổi mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="43" />
        <source>The first account must be the administrator's.</source>
        <translation>Tài khoản đầu tiên phải là tài khoản quản trị.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="54" />
        <source>A unit head's account needs the unit.</source>
        <translation>Tài khoản của thủ trưởng đơn vị cần ghi rõ đơn vị.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="164" />
        <source>You cannot deactivate your own account.</source>
        <translation>Bạn không thể ngừng sử dụng tài khoản của chính mình.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="206" />
        <source>This account cannot change its password now; ask the administrator.</source>
        <translation>Tài khoản này hiện không đổi được mật khẩu; hãy liên hệ người quản trị.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="215" />
        <source>The current password is not right.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="39" />
        <source>The password must have at least {0} characters.</source>
        <translation>Mật khẩu phải có ít nhất {0} ký tự.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="132" />
        <source>You cannot take the administrator's role from your own account; another administrator can.</source>
        <translation>Bạn không thể tự bỏ vai trò quản trị của tài khoản mình; một người quản trị khác có thể làm việc này.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="218" />
        <source>The new password is the same as the current one.</source>
        <translation>Mật khẩu mới trùng với mật khẩu hiện tại.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="47" />
        <source>The user name {0} is taken.</source>
        <translation>Tên đăng nhập {0} đã có người dùng.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="166" />
        <source>{0} is the last active administrator and must stay one.</source>
        <translation>{0} là người quản trị cuối cùng đang sử dụng, nên phải giữ vai trò quản trị.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/accounts.py" line="52" />
        <source>No unit with code {0}.</source>
        <translation>Không có đơn vị nào có mã {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signin.py" line="56" />
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signin.py" line="60" />
        <source>This account is locked after repeated wrong passwords; try again in {0} minutes or ask the administrator.</source>
        <translation>Tài khoản bị tạm khóa do nhập sai mật khẩu nhiều lần; hãy thử lại sau {0} phút hoặc liên hệ người quản trị.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../officedesk/gui/accounts/model.py" line="+38" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Locked until</source>
        <translation>Khóa đến</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Locked after repeated wrong passwords; Unlock lets the person sign in now.</source>
        <translation>Bị khóa do nhập sai mật khẩu nhiều lần; bấm Mở khóa để người này đăng nhập được ngay.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../officedesk/gui/accounts/page.py" line="+80" />
        <source>You are signed in as {name} ({username}), {role}.</source>
        <translation>Bạn đang đăng nhập là {name} ({username}), {role}.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Only an administrator manages the accounts; you can change your own password below.</source>
        <translation>Chỉ người quản trị mới quản lý tài khoản; anh/chị có thể đổi mật khẩu của mình ở phía dưới.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Accounts: {count}</source>
        <translation>Số tài khoản: {count}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accounts shown: {shown} of {count}</source>
        <translation>Đang hiện {shown} trên {count} tài khoản</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} deactivated</source>
        <translation>{count} tài khoản ngừng sử dụng</translation>
    </message>
    <message>
        <location line="+38" />
        <location filename="../../ui/accounts_page.ui" line="+158" />
        <source>&amp;Deactivate…</source>
        <translation>Ngừng sử &amp;dụng…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;activate</source>
        <translation>Cho &amp;dùng lại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The person can no longer sign in; their name stays in the records</source>
        <translation>Người này không đăng nhập được nữa; tên của họ vẫn giữ nguyên trong hồ sơ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Let the person sign in again with their password</source>
        <translation>Cho người này đăng nhập lại bằng mật khẩu của mình</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+11" />
        <source>{name} can sign in again.</source>
        <translation>{name} đã đăng nhập lại được.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deactivate the account</source>
        <translation>Ngừng sử dụng tài khoản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deactivate the account of {name}? They can no longer sign in. Their name stays in the minutes and records, and the account can be activated again.</source>
        <translation>Ngừng sử dụng tài khoản của {name}? Người này sẽ không đăng nhập được nữa. Tên của họ vẫn giữ nguyên trong biên bản và hồ sơ, và tài khoản có thể được dùng lại sau.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Deactivate</source>
        <translation>Ngừng sử &amp;dụng</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The account of {name} is deactivated.</source>
        <translation>Đã ngừng sử dụng tài khoản của {name}.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Your password is changed.</source>
        <translation>Đã đổi mật khẩu của anh/chị.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_page.ui" line="-144" />
        <location line="+6" />
        <location line="+74" />
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="-67" />
        <source>Everyone who uses OfficeDesk on this computer signs in with an account of their own, so the records show who entered and signed what. Accounts are never deleted: deactivate the account of someone who has left.</source>
        <translation>Mỗi người dùng OfficeDesk trên máy tính này đăng nhập bằng tài khoản của riêng mình, để hồ sơ ghi rõ ai đã nhập và ký những gì. Tài khoản không bao giờ bị xóa: khi một người chuyển công tác, hãy ngừng sử dụng tài khoản của họ.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>F&amp;ind:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find an account</source>
        <translation>Tìm tài khoản</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name, user name or unit</source>
        <translation>Họ tên, tên đăng nhập hoặc đơn vị</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Number of accounts</source>
        <translation>Số tài khoản</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Create an account for a member of the team or a unit head (Ctrl+N)</source>
        <translation>Tạo tài khoản cho thành viên đoàn kiểm tra hoặc thủ trưởng đơn vị (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New account…</source>
        <translation>Tạo tài khoản &amp;mới…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change the chosen person's name, title, role or unit (Enter)</source>
        <translation>Sửa họ tên, chức vụ, vai trò hoặc đơn vị của người đang chọn (Enter)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give the chosen account a new password when its owner has forgotten theirs</source>
        <translation>Đặt mật khẩu mới cho tài khoản đang chọn khi chủ tài khoản quên mật khẩu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Let the chosen person sign in again at once after repeated wrong passwords</source>
        <translation>Cho người đang chọn đăng nhập lại ngay sau khi nhập sai mật khẩu nhiều lần</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Unlock</source>
        <translation>Mở khó&amp;a</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Your account</source>
        <translation>Tài khoản của anh/chị</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose a new password for your own account; you type the current one first</source>
        <translation>Chọn mật khẩu mới cho tài khoản của anh/chị; cần nhập mật khẩu hiện tại trước</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Change my password…</source>
        <translation>Đổ&amp;i mật khẩu của tôi…</translation>
    </message>
</context>
<context>
    <name>ActionLabels</name>
    <message>
        <location filename="../../officedesk/gui/actions/model.py" line="+42" />
        <source>All actions</source>
        <translation>Tất cả biện pháp</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+8" />
        <source>Open</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Overdue by 1 day</source>
        <translation>Quá hạn 1 ngày</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue by {days} days</source>
        <translation>Quá hạn {days} ngày</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done on {date}</source>
        <translation>Xong ngày {date}</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <location filename="../../officedesk/gui/actions/update_dialog.py" line="+30" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{deadline} (overdue)</source>
        <translation>{deadline} (quá hạn)</translation>
    </message>
    <message>
        <location filename="../../ui/actions_update_dialog.ui" line="+14" />
        <source>Update a corrective action</source>
        <translation>Cập nhật biện pháp khắc phục</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Corrective action:</source>
        <translation>Biện pháp khắc phục:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Status:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Done on:</source>
        <translation>&amp;Ngày xong:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Done on</source>
        <translation>Ngày xong</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What the unit reported, with the number and date of its report</source>
        <translation>Nội dung đơn vị báo cáo, kèm số và ngày của văn bản báo cáo</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../officedesk/gui/actions/model.py" line="+42" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Corrective action</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Responsible</source>
        <translation>Người chịu trách nhiệm</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Progress reported</source>
        <translation>Tiến độ đã báo cáo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{action}
For: {finding}</source>
        <translation>{action}
Đối với: {finding}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Minutes {number} of {date}</source>
        <translation>Biên bản số {number} ngày {date}</translation>
    </message>
    <message>
        <location line="+40" />
        <source>not numbered yet</source>
        <translation>chưa có số</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../ui/actions_page.ui" line="+14" />
        <location line="+8" />
        <source>Corrective actions</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Campaign:</source>
        <translation>Đợt &amp;kiểm tra:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Campaign</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/actions/page.py" line="+48" />
        <source>All campaigns</source>
        <translation>Tất cả các đợt</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../officedesk/gui/actions/panel.py" line="+146" />
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Showing {shown} of {total}: {open} open, {overdue} overdue</source>
        <translation>Đang hiện {shown}/{total}: {open} đang thực hiện, {overdue} quá hạn</translation>
    </message>
    <message>
        <location line="+74" />
        <source>The corrective action was updated.</source>
        <translation>Đã cập nhật biện pháp khắc phục.</translation>
    </message>
    <message>
        <location filename="../../ui/actions_panel.ui" line="+14" />
        <location line="+75" />
        <source>Corrective actions</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Sho&amp;w:</source>
        <translation>&amp;Hiện:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Which corrective actions to show</source>
        <translation>Những biện pháp khắc phục cần hiện</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Uni&amp;t:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Update &amp;status…</source>
        <translation>Cập nhật tình t&amp;rạng…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record what the unit reported: done, still open or cancelled (Enter)</source>
        <translation>Ghi nhận điều đơn vị báo cáo: đã xong, đang thực hiện hay đã hủy (Enter)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open &amp;inspection</source>
        <translation>&amp;Xem kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the inspection in which the action was set</source>
        <translation>Mở cuộc kiểm tra đã đề ra biện pháp này</translation>
    </message>
    <message>
        <location line="-53" />
        <source>Overdue actions are marked Overdue in the status column; press Enter to update the chosen one</source>
        <translation>Biện pháp quá hạn được ghi «Quá hạn» ở cột tình trạng; bấm Enter để cập nhật biện pháp đang chọn</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../ui/entry_add_person_dialog.ui" line="+14" />
        <source>Add a person to the roster</source>
        <translation>Thêm người vào danh sách</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>For someone working here who is not on the staff list (a new hire, a transfer).</source>
        <translation>Dành cho người đang làm việc ở đây nhưng chưa có trong danh sách (mới tuyển, mới chuyển đến).</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/entry/dialogs.py" line="+150" />
        <source>Enter the person's full name.</source>
        <translation>Hãy nhập họ tên của người này.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/entry_amend_dialog.ui" line="+14" />
        <source>Amend the signed minutes</source>
        <translation>Điều chỉnh biên bản đã ký</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A new draft version is made from the signed one, which stays as it was and can still be read. The amended minutes print the reason and are signed again.</source>
        <translation>Một bản nháp mới được lập từ bản đã ký; bản đã ký giữ nguyên và vẫn xem được. Biên bản điều chỉnh in rõ lý do và được ký lại.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Reason for the amendment</source>
        <translation>Lý do điều chỉnh</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. The unit produced invitation no. 15/GM-UBND: the officer attended a meeting with permission.</source>
        <translation>Ví dụ: Đơn vị xuất trình giấy mời số 15/GM-UBND: cán bộ được phép đi dự họp.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/entry/dialogs.py" line="+60" />
        <source>An amendment needs a reason.</source>
        <translation>Bản điều chỉnh cần ghi rõ lý do.</translation>
    </message>
</context>
<context>
    <name>ArrivalEditor</name>
    <message>
        <location filename="../../officedesk/gui/entry/delegates.py" line="+54" />
        <source>Arrival time</source>
        <translation>Giờ đến</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Time they left</source>
        <translation>Giờ về</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Minutes late</source>
        <translation>Số phút muộn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Minutes early</source>
        <translation>Số phút về sớm</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <location filename="../../officedesk/gui/units/schedule_dialogs.py" line="+184" />
        <source>{day} is already recorded as: {kind}. Saving replaces it.</source>
        <translation>{day} đã được ghi là: {kind}. Lưu sẽ thay thế.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Say which notice changed the day, so that others can check it.</source>
        <translation>Hãy ghi văn bản thông báo đổi ngày, để người khác kiểm tra được.</translation>
    </message>
    <message>
        <location filename="../../ui/units_calendar_dialog.ui" line="+14" />
        <source>Day changed by notice</source>
        <translation>Ngày thay đổi theo thông báo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Day of the week</source>
        <translation>Thứ trong tuần</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Change:</source>
        <translation>Thay đổi:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Make-up working day (offices work although it is a weekend)</source>
        <translation>Ngày làm &amp;bù (cơ quan làm việc dù là ngày nghỉ cuối tuần)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Day &amp;off (offices close although it is a working day)</source>
        <translation>Ngày ng&amp;hỉ (cơ quan nghỉ dù là ngày làm việc)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Notice:</source>
        <translation>&amp;Thông báo:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Notice that changed the day</source>
        <translation>Thông báo đổi ngày</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Number and date of the notice, and why</source>
        <translation>Số và ngày của thông báo, và lý do</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What needs fixing</source>
        <translation>Những điểm cần sửa</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../ui/campaign_editor.ui" line="+14" />
        <source>Campaign</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Campaign details</source>
        <translation>Thông tin đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;General</source>
        <translation>Thông tin &amp;chung</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Campaign code</source>
        <translation>Mã đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Name:</source>
        <translation>&amp;Tên đợt:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Campaign name</source>
        <translation>Tên đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Legal &amp;basis:</source>
        <translation>Căn cứ &amp;pháp lý:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The plan, directive or decision the inspection follows, one per line</source>
        <translation>Kế hoạch, chỉ thị hoặc quyết định làm căn cứ kiểm tra, mỗi văn bản một dòng</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Compare &amp;with:</source>
        <translation>&amp;So sánh với:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Campaign to compare with</source>
        <translation>Đợt kiểm tra để so sánh</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The earlier campaign whose rates the dashboard and the reports show beside this one's</source>
        <translation>Đợt kiểm tra trước mà tỷ lệ của nó được hiện bên cạnh đợt này trên bảng tổng hợp và trong báo cáo</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Year of the holiday</source>
        <translation>Năm của dịp lễ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Holiday:</source>
        <translation>&amp;Dịp lễ:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Holiday the campaign follows</source>
        <translation>Dịp lễ mà đợt kiểm tra diễn ra sau đó</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Working &amp;days:</source>
        <translation>Số ngày &amp;làm việc:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Number of working days</source>
        <translation>Số ngày làm việc</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;From:</source>
        <translation>Từ ngà&amp;y:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>First day</source>
        <translation>Ngày đầu</translation>
    </message>
    <message>
        <location line="+13" />
        <source>T&amp;o:</source>
        <translation>Đến n&amp;gày:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Last day</source>
        <translation>Ngày cuối</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The dates proposed are the first working days after the holiday; you can change them.</source>
        <translation>Ngày được đề xuất là những ngày làm việc đầu tiên sau dịp lễ; anh/chị có thể thay đổi.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Minutes heading</source>
        <translation>Phần đầu biên bản</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Parent agency:</source>
        <translation>Cơ &amp;quan chủ quản:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Agency:</source>
        <translation>Cơ q&amp;uan ban hành:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Plac&amp;e:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Number sy&amp;mbol:</source>
        <translation>Ký &amp;hiệu số:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Number symbol</source>
        <translation>Ký hiệu số</translation>
    </message>
    <message>
        <location line="+12" />
        <source>As printed at the head of the minutes: the agency lines in capitals, the place in the date line; minutes are numbered 01/BB-ĐKT, 02/BB-ĐKT…</source>
        <translation>Như được in ở đầu biên bản: tên cơ quan viết hoa, địa danh ở dòng ngày tháng; biên bản được đánh số 01/BB-ĐKT, 02/BB-ĐKT…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Team</source>
        <translation>Đoàn &amp;kiểm tra</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The team's names and titles are printed in the minutes. Link a member to an account so that they can record the campaign's inspections.</source>
        <translation>Họ tên và chức vụ của đoàn được in trong biên bản. Gắn thành viên với một tài khoản để người đó ghi được kết quả kiểm tra của đợt.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Team members</source>
        <translation>Thành viên đoàn</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Add member</source>
        <translation>&amp;Thêm thành viên</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Remove member</source>
        <translation>&amp;Bớt thành viên</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Copy the compared campaign's team</source>
        <translation>Sa&amp;o chép đoàn của đợt được so sánh</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Units</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Search units</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Part of a unit's name or code, with or without accents</source>
        <translation>Một phần tên hoặc mã đơn vị, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Units to inspect</source>
        <translation>Đơn vị sẽ kiểm tra</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Press Space to choose or leave out the unit</source>
        <translation>Bấm phím cách để chọn hoặc bỏ chọn đơn vị</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choose a&amp;ll shown</source>
        <translation>Chọn &amp;hết các đơn vị đang hiện</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Lea&amp;ve out all shown</source>
        <translation>&amp;Bỏ hết các đơn vị đang hiện</translation>
    </message>
</context>
<context>
    <name>CampaignEditorDialog</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/editor.py" line="+72" />
        <source>Change the campaign</source>
        <translation>Sửa đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New campaign</source>
        <translation>Đợt kiểm tra mới</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location line="+17" />
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Lunar New Year (Tết), {day}</source>
        <translation>Tết Nguyên đán, {day}</translation>
    </message>
    <message>
        <location line="+45" />
        <source>(no account)</source>
        <translation>(không có tài khoản)</translation>
    </message>
    <message>
        <location line="+52" />
        <source>{chosen} of {total} units chosen</source>
        <translation>Đã chọn {chosen}/{total} đơn vị</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter the campaign's code, for example SAUTET-2025.</source>
        <translation>Hãy nhập mã đợt kiểm tra, ví dụ SAUTET-2025.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the campaign's name.</source>
        <translation>Hãy nhập tên đợt kiểm tra.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The last day is before the first day.</source>
        <translation>Ngày cuối sớm hơn ngày đầu.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Every team member needs a full name.</source>
        <translation>Mỗi thành viên đoàn cần có họ tên.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name} is in the team twice.</source>
        <translation>{name} có tên hai lần trong đoàn.</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/labels.py" line="+14" />
        <source>Team leader</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minute-taker</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Being recorded</source>
        <translation>Đang ghi nhận</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted</source>
        <translation>Chờ ký</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{done}/{planned} units</source>
        <translation>{done}/{planned} đơn vị</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Late</source>
        <translation>Đi muộn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Absent without permission</source>
        <translation>Vắng không phép</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Away from their post</source>
        <translation>Rời vị trí làm việc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left early</source>
        <translation>Về sớm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty posts</source>
        <translation>Vị trí bỏ trống</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/models.py" line="+39" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Campaign</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../ui/campaign_page.ui" line="+14" />
        <source>Campaigns</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Inspection campaigns</source>
        <translation>Các đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;New campaign…</source>
        <translation>Đợt kiểm tra &amp;mới…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plan a new inspection campaign: its legal basis, dates, team and units</source>
        <translation>Lập đợt kiểm tra mới: căn cứ, thời gian, đoàn kiểm tra và các đơn vị</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Edit campaign…</source>
        <translation>&amp;Sửa đợt kiểm tra…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change the selected campaign</source>
        <translation>Sửa đợt kiểm tra đang chọn</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Refresh</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Read the campaigns again (F5)</source>
        <translation>Đọc lại danh sách đợt kiểm tra (F5)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Campaigns list</source>
        <translation>Danh sách đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a campaign to see its results below; press Enter to change it</source>
        <translation>Chọn một đợt để xem kết quả ở dưới; bấm Enter để sửa đợt</translation>
    </message>
    <message>
        <location line="+38" />
        <source>No campaign yet. Plan one with New campaign.</source>
        <translation>Chưa có đợt kiểm tra nào. Hãy lập bằng nút Đợt kiểm tra mới.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Units inspected:</source>
        <translation>Đơn vị đã kiểm tra:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Units inspected</source>
        <translation>Đơn vị đã kiểm tra</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Late</source>
        <translation>Đi muộn</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Absent without permission</source>
        <translation>Vắng không phép</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Away from their post</source>
        <translation>Rời vị trí làm việc</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Empty posts</source>
        <translation>Vị trí bỏ trống</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Violation rate</source>
        <translation>Tỷ lệ vi phạm</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Campaign results</source>
        <translation>Kết quả đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Chart by unit</source>
        <translation>&amp;Biểu đồ theo đơn vị</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Violations found at each unit; click a bar to open that unit's inspection.</source>
        <translation>Vi phạm phát hiện tại từng đơn vị; bấm vào một cột để mở kết quả kiểm tra của đơn vị đó.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Units</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Click a unit, or choose it and press Enter, to open its inspection.</source>
        <translation>Bấm vào một đơn vị, hoặc chọn rồi bấm Enter, để mở kết quả kiểm tra.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Results by unit</source>
        <translation>Kết quả theo đơn vị</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Corrective &amp;actions</source>
        <translation>Biện pháp &amp;khắc phục</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="48" />
        <source>A campaign needs a code and a name.</source>
        <translation>Đợt kiểm tra cần có mã và tên.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="50" />
        <source>The campaign ends before it starts.</source>
        <translation>Ngày kết thúc của đợt kiểm tra sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="100" />
        <source>Every team member needs a name.</source>
        <translation>Mỗi thành viên đoàn kiểm tra cần có họ tên.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="108" />
        <source>No such campaign.</source>
        <translation>Không tìm thấy đợt kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="103" />
        <source>{0} is in the team twice.</source>
        <translation>{0} có tên hai lần trong đoàn kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="53" />
        <source>A campaign with code {0} already exists.</source>
        <translation>Đã có đợt kiểm tra mang mã {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="122" />
        <source>A campaign cannot be compared with itself or with a later one of its own.</source>
        <translation>Không thể so sánh một đợt kiểm tra với chính nó hoặc với một đợt diễn ra sau nó.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="58" />
        <source>No campaign with code {0}.</source>
        <translation>Không có đợt kiểm tra nào có mã {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="76" />
        <source>No unit with code {0}.</source>
        <translation>Không có đơn vị nào có mã {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="70" />
        <source>No account named {0}.</source>
        <translation>Không có tài khoản nào tên {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/campaigns.py" line="164" />
        <source>{0} has already been inspected in this campaign and stays in it.</source>
        <translation>{0} đã được kiểm tra trong đợt này nên vẫn được giữ trong đợt.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/page.py" line="+221" />
        <source>No campaign yet. Plan one with New campaign.</source>
        <translation>Chưa có đợt kiểm tra nào. Hãy lập bằng nút Đợt kiểm tra mới.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} ({start} – {end})</source>
        <translation>{name} ({start} – {end})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{staff} staff checked: {present} present ({share}), {excused} absent with permission</source>
        <translation>Đã kiểm tra {staff} cán bộ: {present} có mặt ({share}), {excused} vắng có phép</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Late, absent without permission, away from their post or left early: {count} of {staff} staff</source>
        <translation>Đi muộn, vắng không phép, rời vị trí hoặc về sớm: {count}/{staff} cán bộ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Corrective &amp;actions ({overdue} overdue)</source>
        <translation>Biện pháp &amp;khắc phục ({overdue} quá hạn)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrective &amp;actions</source>
        <translation>Biện pháp &amp;khắc phục</translation>
    </message>
    <message>
        <location line="+19" />
        <source>compared with {rate} last year</source>
        <translation>so với {rate} năm trước</translation>
    </message>
    <message>
        <location line="+1" />
        <source>compared with {rate} in {campaign}</source>
        <translation>so với {rate} trong {campaign}</translation>
    </message>
    <message>
        <location line="+43" />
        <source>{unit} has not been inspected in this campaign yet.</source>
        <translation>{unit} chưa được kiểm tra trong đợt này.</translation>
    </message>
    <message>
        <location line="+91" />
        <source>The campaign was saved.</source>
        <translation>Đã lưu đợt kiểm tra.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../officedesk/cli.py" line="189" />
        <source>The demo is built into a SQLite file; give --db PATH.</source>
        <translation>Dữ liệu mẫu được tạo trong một tệp SQLite; hãy chỉ rõ --db ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="206" />
        <source>This database is already set up.</source>
        <translation>Cơ sở dữ liệu này đã được thiết lập.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="284" />
        <source>entry {0} missing (deleted)</source>
        <translation>mục {0} bị thiếu (đã bị xóa)</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="284" />
        <source>entry {0} altered</source>
        <translation>mục {0} đã bị sửa</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="356" />
        <source>Write the signed copy to another file; the original is never signed in place.</source>
        <translation>Hãy ghi bản đã ký ra một tệp khác; tệp gốc không bao giờ bị ký đè.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="193" />
        <source>Demo database ready: {0}</source>
        <translation>Đã tạo xong dữ liệu mẫu: {0}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="209" />
        <source>Empty database ready: {0}</source>
        <translation>Đã tạo xong cơ sở dữ liệu trống: {0}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="317" />
        <source>Name what the report is about.</source>
        <translation>Hãy cho biết báo cáo về nội dung gì.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="330" />
        <source>{0}: {1} pages</source>
        <translation>{0}: {1} trang</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="343" />
        <source>{0} written</source>
        <translation>Đã ghi {0}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="364" />
        <source>Certificate password: </source>
        <translation>Mật khẩu chứng thư số: </translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="368" />
        <source>Give a certificate file (--p12) or a token library (--pkcs11-lib).</source>
        <translation>Hãy chỉ ra tệp chứng thư số (--p12) hoặc thư viện của thiết bị ký số (--pkcs11-lib).</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="369" />
        <source>Signed by {0} at {1} in block '{2}': {3}</source>
        <translation>Đã ký bởi {0} lúc {1} tại ô ký '{2}': {3}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="191" />
        <source>{0} already exists; add --force to replace it.</source>
        <translation>{0} đã có; thêm --force để ghi đè.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="203" />
        <source>{0} already exists.</source>
        <translation>{0} đã có.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="288" />
        <source>Signed inspection {0} ({1}) was changed after signing.</source>
        <translation>Kết quả kiểm tra đã ký {0} ({1}) đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="295" />
        <source>{0} is a folder; give a file name.</source>
        <translation>{0} là một thư mục; hãy cho tên tệp.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="297" />
        <source>The folder {0} does not exist.</source>
        <translation>Thư mục {0} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="315" />
        <source>Name an inspection, or a campaign with --campaign.</source>
        <translation>Hãy chỉ rõ một cuộc kiểm tra, hoặc một đợt kiểm tra bằng --campaign.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="360" />
        <source>Token PIN: </source>
        <translation>Mã PIN của thiết bị ký số: </translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="379" />
        <source>{0} has no digital signature.</source>
        <translation>{0} không có chữ ký số nào.</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="384" />
        <source>Field '{0}': signed by {1} at {2}</source>
        <translation>Ô ký '{0}': ký bởi {1} lúc {2}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="385" />
        <source>intact</source>
        <translation>nguyên vẹn</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="385" />
        <source>NOT intact: the signed bytes were changed</source>
        <translation>KHÔNG nguyên vẹn: nội dung đã ký bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="386" />
        <source>changed after signing</source>
        <translation>có thay đổi sau khi ký</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="386" />
        <source>not changed after signing</source>
        <translation>không thay đổi sau khi ký</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="387" />
        <source>trusted</source>
        <translation>tin cậy</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="110" />
        <source>Error: {0}</source>
        <translation>Lỗi: {0}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="148" />
        <source>Building the demo database in {0} …</source>
        <translation>Đang tạo dữ liệu mẫu trong {0} …</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="166" />
        <source>Password for {0}: </source>
        <translation>Mật khẩu của {0}: </translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="285" />
        <source>Audit log broken at {0}: {1}, at {2}</source>
        <translation>Nhật ký kiểm soát bị phá vỡ tại {0}: {1}, lúc {2}</translation>
    </message>
    <message>
        <location filename="../../officedesk/cli.py" line="387" />
        <source>not trusted: {0}</source>
        <translation>không được tin cậy: {0}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../officedesk/gui/dbinfo.py" line="+12" />
        <source>no database open</source>
        <translation>chưa mở cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>EntryLabels</name>
    <message>
        <location filename="../../officedesk/gui/entry/labels.py" line="+22" />
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Late</source>
        <translation>Đi muộn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excused absence</source>
        <translation>Vắng có phép</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unexcused absence</source>
        <translation>Vắng không phép</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left post</source>
        <translation>Rời vị trí</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left early</source>
        <translation>Về sớm</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not marked</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave</source>
        <translation>Nghỉ phép</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business trip</source>
        <translation>Đi công tác</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sick</source>
        <translation>Ốm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training</source>
        <translation>Đi học, tập huấn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Staffed</source>
        <translation>Có người</translation>
    </message>
    <message>
        <location line="+1" />
        <source>EMPTY</source>
        <translation>BỎ TRỐNG</translation>
    </message>
</context>
<context>
    <name>EntryMessages</name>
    <message>
        <location filename="../../officedesk/gui/entry/dialogs.py" line="-164" />
        <source>Parts of the minutes</source>
        <translation>Các phần của biên bản</translation>
    </message>
    <message>
        <location line="+8" />
        <source>OfficeDesk</source>
        <translation>OfficeDesk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>EntrySummary</name>
    <message>
        <location filename="../../officedesk/gui/entry/labels.py" line="+91" />
        <source>Present {present}/{headcount} ({rate}) · Late {late} · Excused {excused} · Unexcused {unexcused} · Left post {left_post} · Left early {left_early} · Empty posts {empty}</source>
        <translation>Có mặt {present}/{headcount} ({rate}) · Đi muộn {late} · Vắng có phép {excused} · Vắng không phép {unexcused} · Rời vị trí {left_post} · Về sớm {left_early} · Vị trí trống {empty}</translation>
    </message>
    <message>
        <location line="+5" />
        <source> · Not marked yet {count}</source>
        <translation> · Chưa ghi nhận {count}</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../officedesk/gui/errors.py" line="+49" />
        <source>Sorry, something went wrong in OfficeDesk. What you had already saved is safe.

You can go on working. If this happens again, please tell your support contact and send them the error log.</source>
        <translation>Rất tiếc, OfficeDesk vừa gặp sự cố. Những gì anh/chị đã lưu vẫn được giữ an toàn.

Anh/chị có thể tiếp tục làm việc. Nếu sự cố lặp lại, xin báo cho người hỗ trợ và gửi kèm tệp nhật ký lỗi.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Error log: {path}</source>
        <translation>Tệp nhật ký lỗi: {path}</translation>
    </message>
    <message>
        <location line="+47" />
        <source>OfficeDesk</source>
        <translation>OfficeDesk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Error message</source>
        <translation>Thông báo lỗi</translation>
    </message>
</context>
<context>
    <name>ExcuseDialog</name>
    <message>
        <location filename="../../ui/entry_excuse_dialog.ui" line="+14" />
        <source>Excused absence: {name}</source>
        <translation>Vắng có phép: {name}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Document number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. 12/GĐ-UBND</source>
        <translation>ví dụ 12/GĐ-UBND</translation>
    </message>
    <message>
        <location line="-30" />
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Document no.:</source>
        <translation>&amp;Số giấy tờ:</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../../officedesk/services/findings.py" line="70" />
        <source>Describe the corrective action.</source>
        <translation>Hãy mô tả biện pháp khắc phục.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="58" />
        <source>No such violation.</source>
        <translation>Không tìm thấy vi phạm.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="74" />
        <source>The deadline is before the inspection's day.</source>
        <translation>Thời hạn sớm hơn ngày kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="97" />
        <source>No such corrective action.</source>
        <translation>Không tìm thấy biện pháp khắc phục.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="112" />
        <source>You can update only your own unit's corrective actions.</source>
        <translation>Anh/chị chỉ cập nhật được biện pháp khắc phục của đơn vị mình.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="130" />
        <source>This file is not a picture OfficeDesk can read.</source>
        <translation>Tệp này không phải là ảnh mà OfficeDesk đọc được.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="155" />
        <source>No such photo.</source>
        <translation>Không tìm thấy ảnh.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="182" />
        <source>The inspection cannot end before it started.</source>
        <translation>Giờ kết thúc kiểm tra không thể sớm hơn giờ bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="80" />
        <source>That finding is not one of this inspection's.</source>
        <translation>Phát hiện này không thuộc cuộc kiểm tra này.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/findings.py" line="45" />
        <source>No violation category {0}.</source>
        <translation>Không có loại vi phạm {0}.</translation>
    </message>
</context>
<context>
    <name>FindingsModels</name>
    <message>
        <location filename="../../officedesk/gui/entry/findings_models.py" line="+78" />
        <source>Open</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Person</source>
        <translation>Người vi phạm</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+10" />
        <source>Corrective action</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <location line="-9" />
        <source>For the finding</source>
        <translation>Đối với phát hiện</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Owner</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="-8" />
        <location line="+9" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="-8" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+9" />
        <source>From the inspection of</source>
        <translation>Từ cuộc kiểm tra ngày</translation>
    </message>
    <message>
        <location line="+39" />
        <source>(no caption)</source>
        <translation>(không có chú thích)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../officedesk/gui/entry/findings_panel.py" line="+65" />
        <source>Choose the kind of violation</source>
        <translation>Chọn loại vi phạm</translation>
    </message>
    <message>
        <location line="+16" />
        <source>(nobody in particular)</source>
        <translation>(không riêng ai)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>(none in particular)</source>
        <translation>(không gắn với phát hiện cụ thể)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Empty post: {post}</source>
        <translation>Vị trí bỏ trống: {post}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{status} {minutes} min</source>
        <translation>{status} {minutes} phút</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose the kind of violation first.</source>
        <translation>Hãy chọn loại vi phạm trước.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Cancelled during the inspection</source>
        <translation>Đã hủy trong khi kiểm tra</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Checked done during the inspection</source>
        <translation>Đã xác nhận xong trong khi kiểm tra</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../officedesk/gui/signin/dialogs.py" line="+164" />
        <source>&amp;Create and sign in</source>
        <translation>Tạo &amp;và đăng nhập</translation>
    </message>
    <message>
        <location line="+8" />
        <source>At least {count} characters; a short sentence you remember is safer than a word.</source>
        <translation>Ít nhất {count} ký tự; một câu ngắn dễ nhớ an toàn hơn một từ.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Type the administrator's full name.</source>
        <translation>Hãy nhập họ và tên của người quản trị.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type a user name without spaces, for example mai or lethimai.</source>
        <translation>Hãy nhập tên đăng nhập không có dấu cách, ví dụ: mai hoặc lethimai.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The password needs at least {count} characters.</source>
        <translation>Mật khẩu cần có ít nhất {count} ký tự.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin_dialog.ui" line="+14" />
        <source>First start – OfficeDesk</source>
        <translation>Khởi động lần đầu – OfficeDesk</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+6" />
        <source>Create the administrator's account</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No one has an account in these data yet. The administrator signs in first, then creates the accounts of the team.</source>
        <translation>Dữ liệu này chưa có tài khoản nào. Người quản trị đăng nhập trước, sau đó tạo tài khoản cho các thành viên của đoàn.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Repeat the password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../officedesk/gui/accounts/first_run.py" line="+40" />
        <source>Create the &amp;data</source>
        <translation>Tạo &amp;dữ liệu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The data will be kept in {path}</source>
        <translation>Dữ liệu sẽ được lưu tại {path}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>for example: Lào Cai</source>
        <translation>ví dụ: Lào Cai</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The short code has 2 to 8 letters without accents or digits, such as A1 or HOA.</source>
        <translation>Mã ngắn gồm 2 đến 8 chữ cái không dấu hoặc chữ số, ví dụ A1 hoặc HOA.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give this computer a name, for example: Laptop of inspection team 1.</source>
        <translation>Hãy đặt tên cho máy tính này, ví dụ: Máy tính xách tay của đoàn kiểm tra số 1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type the name of the province.</source>
        <translation>Hãy nhập tên tỉnh.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_first_run_dialog.ui" line="+14" />
        <source>First start – OfficeDesk</source>
        <translation>Khởi động lần đầu – OfficeDesk</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Set up OfficeDesk on this computer</source>
        <translation>Thiết lập OfficeDesk trên máy tính này</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There are no OfficeDesk data on this computer yet. Give the computer a short code and a name; next you create the administrator's account.</source>
        <translation>Máy tính này chưa có dữ liệu OfficeDesk. Hãy đặt mã ngắn và tên cho máy; sau đó anh/chị tạo tài khoản quản trị.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Short &amp;code:</source>
        <translation>&amp;Mã ngắn:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Short code of this computer</source>
        <translation>Mã ngắn của máy tính này</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>2 to 8 letters or digits, such as A1 or HOA. It ends the number of every minutes made on this computer (07/BB-ĐKT-A1), so that two laptops never give the same number: give each computer its own code.</source>
        <translation>Từ 2 đến 8 chữ cái hoặc chữ số, ví dụ A1 hoặc HOA. Mã này đứng cuối số của mọi biên bản lập trên máy (07/BB-ĐKT-A1), để hai máy không bao giờ cấp trùng số: mỗi máy cần một mã riêng.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Tên của máy này:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name of this computer</source>
        <translation>Tên của máy tính này</translation>
    </message>
    <message>
        <location line="+6" />
        <source>for example: Laptop of inspection team 1</source>
        <translation>ví dụ: Máy tính xách tay của đoàn kiểm tra số 1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Province:</source>
        <translation>Tỉ&amp;nh:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <location filename="../../officedesk/gui/entry/header_panel.py" line="+84" />
        <source>Day: {date}</source>
        <translation>Ngày: {date}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Amendment {n} — signed, locked</source>
        <translation>Điều chỉnh lần {n} — đã ký, đã khóa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Amendment {n} (draft)</source>
        <translation>Điều chỉnh lần {n} (bản nháp)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed — locked</source>
        <translation>Đã ký — đã khóa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No. {number}</source>
        <translation>Số {number}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(numbered at sign-off)</source>
        <translation>(cấp số khi ký)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>signed</source>
        <translation>đã ký</translation>
    </message>
    <message>
        <location line="+0" />
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version {n} — {state}</source>
        <translation>Phiên bản {n} — {state}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The minutes are signed — every change needs an amendment.</source>
        <translation>Biên bản đã ký — mọi thay đổi phải lập bản điều chỉnh.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The minutes are signed — every change needs an amendment, which the head of the team makes.</source>
        <translation>Biên bản đã ký — mọi thay đổi phải lập bản điều chỉnh, do trưởng đoàn thực hiện.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is version {n}; version {latest} is the current one. Earlier versions can be read but not changed.</source>
        <translation>Đây là phiên bản {n}; phiên bản hiện hành là {latest}. Các phiên bản trước chỉ xem được, không sửa được.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Amendment {n}, to be signed again. Reason: {reason}</source>
        <translation>Điều chỉnh lần {n}, cần ký lại. Lý do: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your account can read this inspection but not change it.</source>
        <translation>Tài khoản của anh/chị chỉ xem được, không sửa được cuộc kiểm tra này.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../officedesk/gui/help.py" line="-47" />
        <source>OfficeDesk user guide</source>
        <translation>Hướng dẫn sử dụng OfficeDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User guide text</source>
        <translation>Nội dung hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>InspectionEntry</name>
    <message>
        <location filename="../../ui/inspection_entry.ui" line="+14" />
        <source>Inspection entry</source>
        <translation>Nhập kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+35" />
        <source>No inspection is open. Start a new one, or open a draft from the campaign's list.</source>
        <translation>Chưa mở cuộc kiểm tra nào. Hãy bắt đầu cuộc kiểm tra mới, hoặc mở một bản nháp từ danh sách của đợt kiểm tra.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+134" />
        <source>&amp;New inspection…</source>
        <translation>Kiểm tra &amp;mới…</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Inspected unit</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <location line="+10" />
        <source>State of the minutes</source>
        <translation>Tình trạng biên bản</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Number of the minutes</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Vers&amp;ion:</source>
        <translation>&amp;Phiên bản:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Version of the minutes</source>
        <translation>Phiên bản biên bản</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Campaign</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Day of the inspection</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Check &amp;time:</source>
        <translation>Giờ kiểm t&amp;ra:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Check time</source>
        <translation>Giờ kiểm tra</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The minutes are locked</source>
        <translation>Biên bản đã khóa</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The minutes are signed — every change needs an amendment.</source>
        <translation>Biên bản đã ký — mọi thay đổi phải lập bản điều chỉnh.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Print the minut&amp;es…</source>
        <translation>In &amp;biên bản…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A&amp;mend…</source>
        <translation>Điề&amp;u chỉnh…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Roster and posts</source>
        <translation>&amp;Danh sách và vị trí</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Roster</source>
        <translation>Danh sách cán bộ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One row per person. C or Space: present, M: late, P: excused absence, K: unexcused absence, R: left post, S: left early. Ctrl+Enter: everyone else present. Insert: add a person.</source>
        <translation>Mỗi dòng một người. C hoặc phím cách: có mặt, M: đi muộn, P: vắng có phép, K: vắng không phép, R: rời vị trí, S: về sớm. Ctrl+Enter: những người còn lại có mặt. Insert: thêm người.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Mark every person not yet marked as present (Ctrl+Enter)</source>
        <translation>Ghi nhận có mặt cho mọi người chưa được ghi nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Everyone else present</source>
        <translation>N&amp;hững người còn lại có mặt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add someone who is not on the roster (Insert)</source>
        <translation>Thêm người chưa có trong danh sách (Insert)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Add a person…</source>
        <translation>Thêm người ngoài d&amp;anh sách…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Hoàn tác thay đổi vừa rồi (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Undo</source>
        <translation>H&amp;oàn tác</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Redo (Ctrl+Y or Ctrl+Shift+Z)</source>
        <translation>Làm lại (Ctrl+Y hoặc Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;do</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+22" />
        <source>C/Space present · M late · P excused · K unexcused · R left post · S left early · Ctrl+Enter everyone else present</source>
        <translation>C/phím cách có mặt · M đi muộn · P có phép · K không phép · R rời vị trí · S về sớm · Ctrl+Enter những người còn lại có mặt</translation>
    </message>
    <message>
        <location line="-114" />
        <location line="+18" />
        <source>Posts</source>
        <translation>Vị trí làm việc</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each post, staffed or empty at the check time. Press O or use the context menu to change a post's state; a reason is needed.</source>
        <translation>Từng vị trí, có người hay bỏ trống vào lúc kiểm tra. Bấm O hoặc dùng trình đơn chuột phải để đổi tình trạng vị trí; cần ghi lý do.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Change the selected post's state, with a reason (O)</source>
        <translation>Đổi tình trạng vị trí đang chọn, kèm lý do (O)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Change post state…</source>
        <translation>Đổ&amp;i tình trạng vị trí…</translation>
    </message>
    <message>
        <location line="+179" />
        <source>Add vio&amp;lation</source>
        <translation>Thêm vi p&amp;hạm</translation>
    </message>
    <message>
        <location line="+299" />
        <source>A&amp;dd photos…</source>
        <translation>T&amp;hêm ảnh…</translation>
    </message>
    <message>
        <location line="-399" />
        <source>&amp;Violations and actions</source>
        <translation>&amp;Vi phạm và biện pháp</translation>
    </message>
    <message>
        <location line="-185" />
        <source>Make the minutes of this inspection, look at them and print them (Reports)</source>
        <translation>Lập biên bản của cuộc kiểm tra này, xem và in (mục Báo cáo)</translation>
    </message>
    <message>
        <location line="+225" />
        <location line="+6" />
        <source>Other violations</source>
        <translation>Vi phạm khác</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Kind of violation</source>
        <translation>Loại vi phạm</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Description of the violation</source>
        <translation>Mô tả vi phạm</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What was seen</source>
        <translation>Điều đã thấy</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Person concerned</source>
        <translation>Người liên quan</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+6" />
        <source>Corrective actions</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <location line="+18" />
        <source>For the finding:</source>
        <translation>Đối với phát hiện:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The finding the action answers</source>
        <translation>Phát hiện mà biện pháp khắc phục</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+3" />
        <source>What must be done</source>
        <translation>Việc phải làm</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+3" />
        <source>Who does it</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Add a&amp;ction</source>
        <translation>Thêm b&amp;iện pháp</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cancel action</source>
        <translation>Hủy biện pháp</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Still open from earlier inspections — check them now</source>
        <translation>Biện pháp còn dở từ các lần kiểm tra trước — hãy kiểm tra ngay</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Corrective actions still open from earlier inspections</source>
        <translation>Biện pháp khắc phục còn dở từ các lần kiểm tra trước</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Mark as &amp;done</source>
        <translation>Đánh dấu đã &amp;xong</translation>
    </message>
    <message>
        <location line="+17" />
        <source>N&amp;otes and conclusions</source>
        <translation>Ghi chú và &amp;kết luận</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Conclusions:</source>
        <translation>Kết luận:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Recommendations:</source>
        <translation>Kiến nghị:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Saved as you type.</source>
        <translation>Được lưu ngay khi gõ.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Photos</source>
        <translation>Ả&amp;nh</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Photos attached to the minutes. Drop picture files here to attach them.</source>
        <translation>Ảnh đính kèm biên bản. Kéo thả tệp ảnh vào đây để đính kèm.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Caption of the next photo</source>
        <translation>Chú thích cho ảnh tiếp theo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Caption of the next photo, e.g. the one-stop counter with nobody at 07:40</source>
        <translation>Chú thích cho ảnh tiếp theo, ví dụ: quầy một cửa không có người lúc 07:40</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Remove photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Sign off…</source>
        <translation>Ký &amp;biên bản…</translation>
    </message>
</context>
<context>
    <name>InspectionEntryPage</name>
    <message>
        <location filename="../../officedesk/gui/entry/page.py" line="+231" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Everyone else present</source>
        <translation>Những người còn lại có mặt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Undo: {what}</source>
        <translation>Hoàn tác: {what}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Redo: {what}</source>
        <translation>Làm lại: {what}</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This inspection no longer exists.</source>
        <translation>Cuộc kiểm tra này không còn nữa.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Minutes {number} – {unit}</source>
        <translation>Biên bản {number} – {unit}</translation>
    </message>
    <message>
        <location line="+102" />
        <source>left {minutes} min early</source>
        <translation>về sớm {minutes} phút</translation>
    </message>
    <message>
        <location line="-1" />
        <source>not early</source>
        <translation>không tính về sớm</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{left}, before the check</source>
        <translation>{left}, trước giờ kiểm tra</translation>
    </message>
    <message>
        <location line="+12" />
        <source>late {minutes} min</source>
        <translation>muộn {minutes} phút</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on time</source>
        <translation>đúng giờ</translation>
    </message>
    <message>
        <location line="+46" />
        <source>{count} more people marked present.</source>
        <translation>Đã ghi nhận có mặt thêm {count} người.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>{count} people are not marked yet: mark them or use 'Everyone else present' (Ctrl+Enter).</source>
        <translation>Còn {count} người chưa được ghi nhận: hãy ghi nhận hoặc dùng «Những người còn lại có mặt» (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+65" />
        <source>New inspection</source>
        <translation>Cuộc kiểm tra mới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A draft for this unit on this day is already open. Continue it?

Yes: continue the draft. No: start a second inspection.</source>
        <translation>Đã có bản nháp cho đơn vị này trong ngày này. Tiếp tục bản nháp đó?

Có: tiếp tục bản nháp. Không: bắt đầu cuộc kiểm tra thứ hai.</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <location filename="../../officedesk/services/guards.py" line="29" />
        <source>You are not a member of this campaign's inspection team.</source>
        <translation>Anh/chị không phải là thành viên đoàn kiểm tra của đợt này.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/guards.py" line="35" />
        <source>No such inspection.</source>
        <translation>Không tìm thấy cuộc kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/guards.py" line="44" />
        <source>This inspection is signed and locked. Make an amendment to change it.</source>
        <translation>Kết quả kiểm tra này đã ký và được khóa. Muốn thay đổi, hãy lập bản điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/guards.py" line="48" />
        <source>This is an earlier version of the inspection; it can be read but not changed.</source>
        <translation>Đây là phiên bản trước của kết quả kiểm tra; chỉ xem được, không sửa được.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="73" />
        <source>The check time is in the future.</source>
        <translation>Giờ kiểm tra ở trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="257" />
        <source>Enter the person's full name.</source>
        <translation>Hãy nhập họ tên của người này.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="79" />
        <source>No such campaign or unit.</source>
        <translation>Không tìm thấy đợt kiểm tra hoặc đơn vị.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="177" />
        <source>No such person in this inspection.</source>
        <translation>Người này không có trong cuộc kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="180" />
        <source>Enter the arrival time of a late arrival.</source>
        <translation>Hãy nhập giờ đến của người đi muộn.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="294" />
        <source>This person is no longer on the roster.</source>
        <translation>Người này không còn trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="298" />
        <source>Only a person added on the spot can be taken off the roster.</source>
        <translation>Chỉ bỏ khỏi danh sách được người đã thêm tại chỗ.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="331" />
        <source>No such post in this inspection.</source>
        <translation>Vị trí này không có trong cuộc kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="335" />
        <source>Give a reason for changing the post's state from what was observed.</source>
        <translation>Hãy nêu lý do thay đổi tình trạng vị trí so với điều đã ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="69" />
        <source>{0} is not a working day: nobody is late or absent on it.</source>
        <translation>{0} không phải ngày làm việc: không ai bị tính đi muộn hay vắng mặt.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="183" />
        <source>The arrival time {0} is in the future.</source>
        <translation>Giờ đến {0} ở trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/inspections.py" line="186" />
        <source>The time {0} they left is in the future.</source>
        <translation>Giờ về {0} ở trong tương lai.</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <location filename="../../officedesk/gui/reports_page/models.py" line="+16" />
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Awaiting signature</source>
        <translation>Chờ ký</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(no number yet)</source>
        <translation>(chưa có số)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(amended)</source>
        <translation>(đã điều chỉnh)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Version {n}: {reason}</source>
        <translation>Phiên bản {n}: {reason}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../officedesk/gui/signin/lock.py" line="+119" />
        <location filename="../../ui/lock_screen.ui" line="+14" />
        <location line="+3" />
        <location line="+52" />
        <source>OfficeDesk is locked</source>
        <translation>OfficeDesk đã được khóa</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Signed in: {user}</source>
        <translation>Đang đăng nhập: {user}</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Type your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="+14" />
        <source>Nobody used this computer for a while. Everything entered is saved. Enter your password to continue.</source>
        <translation>Máy tính không được sử dụng trong một lúc. Mọi thông tin đã nhập đều đã được lưu. Nhập mật khẩu để tiếp tục.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Sign in as &amp;someone else</source>
        <translation>Đăng nhập &amp;bằng tài khoản khác</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Unlock</source>
        <translation>Mở &amp;khóa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../officedesk/gui/main_window.py" line="+79" />
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang dùng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database: {name}</source>
        <translation>Cơ sở dữ liệu: {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed in</source>
        <translation>Người đang đăng nhập</translation>
    </message>
    <message>
        <location line="+182" />
        <source>{page} – {user} – OfficeDesk</source>
        <translation>{page} – {user} – OfficeDesk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{page} – OfficeDesk</source>
        <translation>{page} – OfficeDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+36" />
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a section of OfficeDesk. Ctrl+1 to Ctrl+6 jump to a section.</source>
        <translation>Chọn một mục của OfficeDesk. Bấm Ctrl+1 đến Ctrl+6 để chuyển nhanh giữa các mục.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Current section</source>
        <translation>Mục đang mở</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Go</source>
        <translation>&amp;Chuyển mục</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Status bar</source>
        <translation>Thanh trạng thái</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close OfficeDesk. Everything you entered is already saved.</source>
        <translation>Đóng OfficeDesk. Mọi thông tin đã nhập đều đã được lưu.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;About OfficeDesk</source>
        <translation>&amp;Giới thiệu OfficeDesk</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/editor_models.py" line="+78" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role in the team</source>
        <translation>Nhiệm vụ trong đoàn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+18" />
        <source>(no account)</source>
        <translation>(không có tài khoản)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The account that records the inspections, if this member has one on this computer</source>
        <translation>Tài khoản dùng để ghi kết quả kiểm tra, nếu thành viên này có tài khoản trên máy này</translation>
    </message>
</context>
<context>
    <name>MinutesReader</name>
    <message>
        <location filename="../../officedesk/gui/entry/minutes_reader.py" line="+33" />
        <source>The minutes before signing</source>
        <translation>Biên bản trước khi ký</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Making the minutes…</source>
        <translation>Đang lập biên bản…</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The minutes could not be made. The details are in the error log.</source>
        <translation>Không lập được biên bản. Chi tiết có trong nhật ký lỗi.</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../ui/entry_new_inspection_dialog.ui" line="+20" />
        <location line="+3" />
        <source>New inspection</source>
        <translation>Cuộc kiểm tra mới</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Campaign</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Day of the inspection</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Check time</source>
        <translation>Giờ kiểm tra</translation>
    </message>
    <message>
        <location line="-67" />
        <source>&amp;Campaign:</source>
        <translation>Đợt &amp;kiểm tra:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Check &amp;time:</source>
        <translation>&amp;Giờ kiểm tra:</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/entry/new_dialog.py" line="+34" />
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Choose a campaign and a unit from the list.</source>
        <translation>Hãy chọn đợt kiểm tra và đơn vị trong danh sách.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{day} is outside the campaign's dates ({dates}). Check the day, or press Start again to go on.</source>
        <translation>Ngày {day} nằm ngoài thời gian của đợt kiểm tra ({dates}). Hãy xem lại ngày, hoặc bấm Bắt đầu lần nữa để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../officedesk/gui/ops.py" line="+342" />
        <source>OfficeDesk</source>
        <translation>OfficeDesk</translation>
    </message>
</context>
<context>
    <name>Org</name>
    <message>
        <location filename="../../officedesk/services/org.py" line="61" />
        <source>A unit needs a code and a name.</source>
        <translation>Đơn vị cần có mã và tên.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="242" />
        <source>No such post.</source>
        <translation>Không tìm thấy vị trí.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="250" />
        <source>A post needs a code.</source>
        <translation>Vị trí cần có mã.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="252" />
        <source>A post needs a name.</source>
        <translation>Vị trí cần có tên.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="413" />
        <source>No working schedule is set. An administrator sets one under Settings.</source>
        <translation>Chưa có lịch làm việc. Người quản trị đặt lịch ở mục Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="136" />
        <source>No such staff member.</source>
        <translation>Không tìm thấy cán bộ.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="222" />
        <source>A post is retired from today or an earlier day, not ahead of time: retire it on the day it closes.</source>
        <translation>Chỉ ngừng sử dụng vị trí từ hôm nay hoặc một ngày trước đó, không đặt trước cho ngày sau: hãy ngừng sử dụng vào đúng ngày vị trí đóng.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="81" />
        <source>No unit with code {0}.</source>
        <translation>Không có đơn vị nào có mã {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="88" />
        <source>No schedule with code {0}.</source>
        <translation>Không có lịch làm việc nào có mã {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="105" />
        <source>Every staff member needs a code and a full name.</source>
        <translation>Mỗi cán bộ cần có mã và họ tên.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="244" />
        <source>The post {0} is retired and can no longer be changed.</source>
        <translation>Vị trí {0} đã ngừng sử dụng, không sửa được nữa.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="257" />
        <source>The unit already has a post with code {0}.</source>
        <translation>Đơn vị đã có vị trí mang mã {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="298" />
        <source>An inspection of {0} that is signed or submitted recorded who held this post: change the officers from the next day on.</source>
        <translation>Cuộc kiểm tra ngày {0} đã ký hoặc đã gửi ghi nhận người phụ trách vị trí này: hãy thay đổi cán bộ từ ngày hôm sau trở đi.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="64" />
        <source>A unit with code {0} already exists.</source>
        <translation>Đã có đơn vị mang mã {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="227" />
        <source>The post has existed since {0}; it cannot be retired from an earlier day.</source>
        <translation>Vị trí có từ ngày {0}; không thể ngừng sử dụng từ một ngày sớm hơn.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="231" />
        <source>An inspection of {0} checked this post: retire it from the next day on.</source>
        <translation>Cuộc kiểm tra ngày {0} đã kiểm tra vị trí này: hãy ngừng sử dụng từ ngày hôm sau trở đi.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="275" />
        <source>No staff member with code {0}.</source>
        <translation>Không có cán bộ nào có mã {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="421" />
        <source>No working schedule covers {0}.</source>
        <translation>Không có lịch làm việc nào áp dụng cho {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="107" />
        <source>A staff member with code {0} already exists.</source>
        <translation>Đã có cán bộ mang mã {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="279" />
        <source>{0} works in another unit and cannot hold a post of this one.</source>
        <translation>{0} làm việc ở đơn vị khác, không thể phụ trách vị trí của đơn vị này.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/org.py" line="281" />
        <source>{0} left the unit on {1} and cannot hold the post from {2}.</source>
        <translation>{0} đã nghỉ việc từ ngày {1}, không thể phụ trách vị trí từ ngày {2}.</translation>
    </message>
</context>
<context>
    <name>OverridesModel</name>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="+252" />
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>PageContext</name>
    <message>
        <location filename="../../officedesk/gui/pages.py" line="+52" />
        <source>Sign in to continue.</source>
        <translation>Đăng nhập để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location line="+158" />
        <source>&amp;Campaigns</source>
        <translation>Đợt &amp;kiểm tra</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Plan inspection campaigns, choose the units to visit and follow their progress.</source>
        <translation>Lập các đợt kiểm tra, chọn đơn vị sẽ kiểm tra và theo dõi tiến độ.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Inspection entry</source>
        <translation>&amp;Nhập kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record who is present, late or absent at a unit, note empty posts, and have the unit sign.</source>
        <translation>Ghi nhận ai có mặt, đi muộn hay vắng mặt tại đơn vị, các vị trí bỏ trống, và lấy chữ ký của đơn vị.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Units and staff</source>
        <translation>Đơn &amp;vị và cán bộ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep the list of units, their staff and the posts of the one-stop counters.</source>
        <translation>Quản lý danh sách đơn vị, cán bộ và các vị trí của bộ phận một cửa.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print minutes and summaries, compare with past campaigns and export to Excel.</source>
        <translation>In biên bản và báo cáo tổng hợp, so sánh với các đợt trước, xuất ra Excel.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Corrective ac&amp;tions</source>
        <translation>Biện &amp;pháp khắc phục</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow the corrective actions of every campaign and unit, and note what the units report.</source>
        <translation>Theo dõi biện pháp khắc phục của mọi đợt kiểm tra và đơn vị, ghi nhận kết quả đơn vị báo cáo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Accounts</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Create the accounts of the team and the unit heads; change your own password.</source>
        <translation>Tạo tài khoản cho thành viên đoàn kiểm tra và thủ trưởng đơn vị; đổi mật khẩu của anh/chị.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the interface language and see which data are in use.</source>
        <translation>Chọn ngôn ngữ giao diện và xem dữ liệu đang dùng.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../officedesk/gui/accounts/dialogs.py" line="+31" />
        <source>At least {count} characters; a short sentence you remember is safer than a word.</source>
        <translation>Ít nhất {count} ký tự; một câu ngắn dễ nhớ an toàn hơn một từ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change my password</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type your current password, then the new one twice. Everything else stays as it is.</source>
        <translation>Nhập mật khẩu hiện tại, sau đó nhập mật khẩu mới hai lần. Mọi thông tin khác giữ nguyên.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save the new password</source>
        <translation>&amp;Lưu mật khẩu mới</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reset the password of {name}</source>
        <translation>Đặt lại mật khẩu cho {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A new password for {name} ({username}). It also lifts a lockout. Tell it to them in person; they can change it after signing in.</source>
        <translation>Mật khẩu mới cho {name} ({username}); tài khoản đang bị khóa cũng được mở. Hãy báo mật khẩu trực tiếp cho người này; họ có thể đổi mật khẩu sau khi đăng nhập.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Set the password</source>
        <translation>Đặt mật &amp;khẩu</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Type your current password.</source>
        <translation>Hãy nhập mật khẩu hiện tại.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The password needs at least {count} characters.</source>
        <translation>Mật khẩu cần có ít nhất {count} ký tự.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_password_dialog.ui" line="+14" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Repeat the new password</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
</context>
<context>
    <name>PdfSign</name>
    <message>
        <location filename="../../officedesk/gui/pdfsign/__init__.py" line="+26" />
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose the PDF to sign</source>
        <translation>Chọn tệp PDF cần ký</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose the PDF to check</source>
        <translation>Chọn tệp PDF cần kiểm tra chữ ký</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/pdfsign/common.py" line="+25" />
        <source>Unit representative</source>
        <translation>Đại diện đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team leader</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minute-taker</source>
        <translation>Người ghi biên bản</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../officedesk/services/permissions.py" line="+52" />
        <source>Your account is not allowed to do this ({0}).</source>
        <translation>Tài khoản của anh/chị không được phép làm việc này ({0}).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>view data</source>
        <translation>xem dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>print reports</source>
        <translation>in báo cáo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>manage accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edit units, staff and schedules</source>
        <translation>sửa đơn vị, cán bộ và lịch làm việc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>plan campaigns</source>
        <translation>lập đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>record inspections</source>
        <translation>ghi kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>collect signatures on the spot</source>
        <translation>lấy chữ ký tại chỗ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sign as the unit's head</source>
        <translation>ký với tư cách thủ trưởng đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>amend signed inspections</source>
        <translation>điều chỉnh kết quả đã ký</translation>
    </message>
    <message>
        <location line="+1" />
        <source>update corrective actions</source>
        <translation>cập nhật biện pháp khắc phục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exchange data</source>
        <translation>trao đổi dữ liệu</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../officedesk/gui/entry/photo_viewer.py" line="+17" />
        <location line="+1" />
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Photo: {caption}</source>
        <translation>Ảnh: {caption}</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../officedesk/gui/entry/photos_panel.py" line="+85" />
        <source>Attach photos</source>
        <translation>Đính kèm ảnh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.heic)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.heic)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Cannot read the file: {error}</source>
        <translation>Không đọc được tệp: {error}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Attaching photos…</source>
        <translation>Đang đính kèm ảnh…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../officedesk/gui/pages.py" line="-156" />
        <source>This screen is being built and will come in a next version.</source>
        <translation>Màn hình này đang được xây dựng và sẽ có trong phiên bản tới.</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../officedesk/gui/units/post_dialog.py" line="+119" />
        <source>New post of {unit}</source>
        <translation>Vị trí mới của {unit}</translation>
    </message>
    <message>
        <location line="-4" />
        <source>e.g. {code}-DC</source>
        <translation>ví dụ {code}-DC</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Post: {name}</source>
        <translation>Vị trí: {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Officers change &amp;from:</source>
        <translation>Thay đổi cán bộ từ &amp;ngày:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Officers change from</source>
        <translation>Thay đổi cán bộ từ ngày</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The list of officers is still loading; try again in a moment.</source>
        <translation>Danh sách cán bộ đang được tải; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Give the post a code.</source>
        <translation>Hãy đặt mã cho vị trí.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The unit already has a post with this code.</source>
        <translation>Đơn vị đã có vị trí mang mã này.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the post a name.</source>
        <translation>Hãy đặt tên cho vị trí.</translation>
    </message>
    <message>
        <location filename="../../ui/units_post_dialog.ui" line="+14" />
        <source>New post</source>
        <translation>Vị trí mới</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Post code</source>
        <translation>Mã vị trí</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Name of the post</source>
        <translation>Tên vị trí</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. Land registry counter</source>
        <translation>ví dụ Quầy đất đai</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Must be staffed during working hours</source>
        <translation>&amp;Bắt buộc có người trong giờ làm việc</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Officers assigned &amp;from:</source>
        <translation>Phân công từ &amp;ngày:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Officers assigned from</source>
        <translation>Phân công từ ngày</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>How a change of officers is kept</source>
        <translation>Cách lưu việc thay đổi cán bộ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Officers you untick hold the post until the day before this date; inspections already made keep the officers of their day.</source>
        <translation>Cán bộ bị bỏ đánh dấu vẫn phụ trách vị trí đến hết ngày trước ngày này; các cuộc kiểm tra đã làm giữ nguyên cán bộ của ngày kiểm tra.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Officers:</source>
        <translation>&amp;Cán bộ:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find an officer of the unit</source>
        <translation>Tìm cán bộ của đơn vị</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type to find a person; tick the officers of this post</source>
        <translation>Gõ để tìm người; đánh dấu những cán bộ phụ trách vị trí này</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Officers of this post</source>
        <translation>Cán bộ phụ trách vị trí</translation>
    </message>
    <message>
        <location line="+15" />
        <source>What needs fixing</source>
        <translation>Những điểm cần sửa</translation>
    </message>
</context>
<context>
    <name>PostStateDialog</name>
    <message>
        <location filename="../../ui/entry_post_state_dialog.ui" line="+14" />
        <source>State of the post: {post}</source>
        <translation>Tình trạng vị trí: {post}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>State of the post</source>
        <translation>Tình trạng vị trí</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Observed: {state}</source>
        <translation>Ghi nhận lúc kiểm tra: {state}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;State:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/entry/dialogs.py" line="+132" />
        <source>Give a reason for changing the post's state from what was observed.</source>
        <translation>Hãy nêu lý do thay đổi tình trạng vị trí so với điều đã ghi nhận.</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../../officedesk/gui/entry/posts_model.py" line="+99" />
        <location filename="../../officedesk/gui/units/models.py" line="-56" />
        <source>Post</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who is there</source>
        <translation>Người có mặt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Observed / decided</source>
        <translation>Ghi nhận / quyết định</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{name} (not required)</source>
        <translation>{name} (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not seen yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location line="+5" />
        <source>its people are not marked yet</source>
        <translation>người trực chưa được ghi nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>as observed</source>
        <translation>như đã ghi nhận</translation>
    </message>
    <message>
        <location line="+1" />
        <source>observed {observed}, set to {state}: {reason}</source>
        <translation>ghi nhận {observed}, đổi thành {state}: {reason}</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="-1" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Must be staffed</source>
        <translation>Bắt buộc có người</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned officers</source>
        <translation>Cán bộ được phân công</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nobody assigned</source>
        <translation>chưa phân công ai</translation>
    </message>
</context>
<context>
    <name>PostsPanel</name>
    <message>
        <location filename="../../officedesk/gui/entry/posts_panel.py" line="+38" />
        <source>Change the post's state…</source>
        <translation>Đổi tình trạng vị trí…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Back to what was observed</source>
        <translation>Trở về như đã ghi nhận</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../officedesk/gui/reports_page/preview.py" line="+62" />
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Pages of the document</source>
        <translation>Các trang của văn bản</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Nothing to show yet</source>
        <translation>Chưa có gì để hiện</translation>
    </message>
    <message>
        <location line="+20" />
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The Excel workbook “{title}” is ready.

Choose “Save as…” to keep it, then open it in Excel or send it.</source>
        <translation>Tệp Excel «{title}» đã sẵn sàng.

Chọn «Lưu thành…» để giữ lại, rồi mở bằng Excel hoặc gửi đi.</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Print “{title}”</source>
        <translation>In «{title}»</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The printer could not start. Check that it is on and connected, then try again.</source>
        <translation>Máy in chưa chạy được. Hãy kiểm tra máy in đã bật và đã kết nối, rồi thử lại.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The document could not be read for printing.</source>
        <translation>Không đọc được văn bản để in.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Printing “{title}”…</source>
        <translation>Đang in «{title}»…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Save the PDF to sign</source>
        <translation>Lưu tệp PDF cần ký</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+20" />
        <source>Save a copy</source>
        <translation>Lưu một bản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OfficeDesk could not write {path}. Check that the folder exists, that you may write in it and that the file is not open in another program.</source>
        <translation>OfficeDesk không ghi được {path}. Hãy kiểm tra thư mục có tồn tại, anh/chị có quyền ghi vào đó và tệp không đang mở trong chương trình khác.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../officedesk/gui/ops.py" line="-227" />
        <source>Please wait</source>
        <translation>Xin chờ trong giây lát</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../officedesk/gui/qt_strings.py" line="+106" />
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location line="+110" />
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Hẹn giờ in:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Billing information:</source>
        <translation>Thông tin &amp;thanh toán:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job &amp;priority:</source>
        <translation>Độ ưu tiên lệnh &amp;in:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Banner Pages</source>
        <translation>Trang bìa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Start:</source>
        <translation>Trang đầ&amp;u:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;End:</source>
        <translation>Trang &amp;cuối:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hold Indefinitely</source>
        <translation>Giữ lại, chưa in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specific Time</source>
        <translation>Vào giờ định sẵn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard</source>
        <translation>Chuẩn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unclassified</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classified</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Top Secret</source>
        <translation>Tuyệt mật</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-188" />
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>Tê&amp;n tệp:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of &amp;type:</source>
        <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back</source>
        <translation>Quay lại thư mục trước</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go forward</source>
        <translation>Tiến tới thư mục sau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List View</source>
        <translation>Xem danh sách</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change to list view mode</source>
        <translation>Chuyển sang kiểu xem danh sách</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change to detail view mode</source>
        <translation>Chuyển sang kiểu xem chi tiết</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Gỡ khỏi danh sách</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show </source>
        <translation>Hiện cột </translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' được bảo vệ chống ghi.
Bạn vẫn muốn xóa chứ?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Bạn có chắc muốn xóa '%1' không?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Kích cỡ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-67" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-8" />
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location line="+160" />
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reverse landscape</source>
        <translation>Ngang, lật ngược</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reverse portrait</source>
        <translation>Dọc, lật ngược</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <location line="+1" />
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <location line="+1" />
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page &amp;order:</source>
        <translation>&amp;Thứ tự trang:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages &amp;per sheet:</source>
        <translation>Số trang trên &amp;mỗi tờ:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Points (pt)</source>
        <translation>Point (pt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <location line="+44" />
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1mm x %2mm)</source>
        <translation>Tùy chỉnh (%1mm x %2mm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1pt x %2pt)</source>
        <translation>Tùy chỉnh (%1pt x %2pt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1in x %2in)</source>
        <translation>Tùy chỉnh (%1in x %2in)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1pc x %2pc)</source>
        <translation>Tùy chỉnh (%1pc x %2pc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1DD x %2DD)</source>
        <translation>Tùy chỉnh (%1DD x %2DD)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom (%1CC x %2CC)</source>
        <translation>Tùy chỉnh (%1CC x %2CC)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Postcard</source>
        <translation>Bưu thiếp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double Postcard</source>
        <translation>Bưu thiếp đôi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Giấy liên tục Mỹ (14.875 x 11 in)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Giấy liên tục Đức (8.5 x 12 in)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Giấy liên tục Đức Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope B4</source>
        <translation>Phong bì B4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope B5</source>
        <translation>Phong bì B5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope B6</source>
        <translation>Phong bì B6</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C0</source>
        <translation>Phong bì C0</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C1</source>
        <translation>Phong bì C1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C2</source>
        <translation>Phong bì C2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C3</source>
        <translation>Phong bì C3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C4</source>
        <translation>Phong bì C4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C5</source>
        <translation>Phong bì C5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C6</source>
        <translation>Phong bì C6</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C65</source>
        <translation>Phong bì C65</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope C7</source>
        <translation>Phong bì C7</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Chou 3</source>
        <translation>Phong bì Chou 3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Chou 4</source>
        <translation>Phong bì Chou 4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope DL</source>
        <translation>Phong bì DL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Kaku 2</source>
        <translation>Phong bì Kaku 2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Kaku 3</source>
        <translation>Phong bì Kaku 3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Monarch</source>
        <translation>Phong bì Monarch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 1</source>
        <translation>Phong bì PRC 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 2</source>
        <translation>Phong bì PRC 2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 3</source>
        <translation>Phong bì PRC 3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 4</source>
        <translation>Phong bì PRC 4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 5</source>
        <translation>Phong bì PRC 5</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 6</source>
        <translation>Phong bì PRC 6</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 7</source>
        <translation>Phong bì PRC 7</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 8</source>
        <translation>Phong bì PRC 8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 9</source>
        <translation>Phong bì PRC 9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope PRC 10</source>
        <translation>Phong bì PRC 10</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope US 9</source>
        <translation>Phong bì US 9</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope US 10</source>
        <translation>Phong bì US 10</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope US 11</source>
        <translation>Phong bì US 11</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope US 12</source>
        <translation>Phong bì US 12</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope US 14</source>
        <translation>Phong bì US 14</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope You 4</source>
        <translation>Phong bì You 4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Invite</source>
        <translation>Phong bì thiệp mời</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Italian</source>
        <translation>Phong bì Ý</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envelope Personal</source>
        <translation>Phong bì cá nhân</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-292" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Dừng hẳn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location line="+77" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Options &gt;&gt;</source>
        <translation>Tùy &amp;chọn &gt;&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Options &lt;&lt;</source>
        <translation>Tùy &amp;chọn &lt;&lt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write PDF file</source>
        <translation>Ghi ra tệp PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print To File ...</source>
        <translation>In ra tệp...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè lên không?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được vào tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>Không dùng được cùng lúc 'Số trang trên mỗi tờ' và 'Nhóm trang'.
Hãy tắt một trong hai tùy chọn này.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 viết chưa đúng. Hãy dùng ',' để ngăn cách các trang và các khoảng trang, '-' để ghi một khoảng trang, và các khoảng trang không được chồng lên nhau.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Invalid Pages Definition</source>
        <translation>Danh sách trang không hợp lệ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplex Settings Conflicts</source>
        <translation>Thiết lập in hai mặt mâu thuẫn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Các thiết lập in hai mặt mâu thuẫn nhau. Bạn có muốn sửa không?</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location line="+100" />
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show facing pages</source>
        <translation>Xem hai trang đối diện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show overview of all pages</source>
        <translation>Xem toàn bộ các trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location line="-80" />
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page Setup Conflicts</source>
        <translation>Thiết lập trang mâu thuẫn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Advanced Option Conflicts</source>
        <translation>Tùy chọn nâng cao mâu thuẫn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Các tùy chọn thiết lập trang mâu thuẫn nhau. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Một số tùy chọn nâng cao mâu thuẫn nhau. Bạn có muốn sửa không?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location line="+5" />
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Một số tùy chọn mâu thuẫn nhau. Hãy sửa lại.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-41" />
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages from</source>
        <translation>Trang từ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Ghi các trang hoặc khoảng trang, cách nhau bằng dấu phẩy. Một khoảng trang là hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Selection</source>
        <translation>Vùng chọn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page &amp;Set:</source>
        <translation>&amp;Nhóm trang:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output Settings</source>
        <translation>Thiết lập bản in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collate</source>
        <translation>Sắp theo bộ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reverse</source>
        <translation>In ngược thứ tự</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Long side binding</source>
        <translation>Lật theo cạnh dài</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short side binding</source>
        <translation>Lật theo cạnh ngắn</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location line="-32" />
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;roperties</source>
        <translation>T&amp;huộc tính</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Output &amp;file:</source>
        <translation>Tệp đầu &amp;ra:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-107" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <location filename="../../officedesk/services/queries.py" line="105" />
        <source>Nothing found for {0}.</source>
        <translation>Không tìm thấy gì cho {0}.</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../../officedesk/gui/entry/recorder.py" line="+169" />
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Note of {name}</source>
        <translation>Ghi chú về {name}</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Everyone else present ({count})</source>
        <translation>Những người còn lại có mặt ({count})</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Add {name}</source>
        <translation>Thêm {name}</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Post {name}</source>
        <translation>Vị trí {name}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Check time</source>
        <translation>Giờ kiểm tra</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add a violation</source>
        <translation>Thêm vi phạm</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Remove a violation</source>
        <translation>Xóa vi phạm</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add a corrective action</source>
        <translation>Thêm biện pháp khắc phục</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Action done: {what}</source>
        <translation>Đã thực hiện: {what}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action cancelled: {what}</source>
        <translation>Hủy biện pháp: {what}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Add a photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Remove a photo</source>
        <translation>Xóa ảnh</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../ui/reports_preview.ui" line="+14" />
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Document shown</source>
        <translation>Văn bản đang xem</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Add a digital signature (certificate file or USB token) to a copy of this PDF</source>
        <translation>Ký số (bằng tệp chứng thư số hoặc thiết bị ký số USB) vào một bản sao của tệp PDF này</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Check the digital signatures of a PDF</source>
        <translation>Kiểm tra chữ ký số của một tệp PDF</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Chec&amp;k signatures…</source>
        <translation>Kiểm tr&amp;a chữ ký…</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+3" />
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pag&amp;e:</source>
        <translation>T&amp;rang:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Page shown</source>
        <translation>Trang đang xem</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Number of pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+3" />
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&amp;Zoom:</source>
        <translation>Thu p&amp;hóng:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Thu nhỏ (Ctrl+dấu trừ)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Phóng to (Ctrl+dấu cộng)</translation>
    </message>
    <message>
        <location line="-143" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sig&amp;n digitally…</source>
        <translation>Ký &amp;số…</translation>
    </message>
    <message>
        <location line="+152" />
        <source>Choose a document on the left. It appears here, to read before you print it or save it.</source>
        <translation>Chọn một văn bản ở bên trái. Văn bản hiện ở đây để đọc trước khi in hoặc lưu.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>About the workbook</source>
        <translation>Về tệp Excel</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../officedesk/gui/reports_page/page.py" line="+45" />
        <source>Sent to the printer: {n} pages.</source>
        <translation>Đã gửi tới máy in: {n} trang.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved as {path}.</source>
        <translation>Đã lưu thành {path}.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>{name} ({start} – {end})</source>
        <translation>{name} ({start} – {end})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No campaign yet</source>
        <translation>Chưa có đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+54" />
        <source>No inspection in this campaign yet.</source>
        <translation>Đợt này chưa có cuộc kiểm tra nào.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspections: {count}</source>
        <translation>Số cuộc kiểm tra: {count}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspections: {shown} of {count}</source>
        <translation>Số cuộc kiểm tra: {shown}/{count}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Type a name or a staff code.</source>
        <translation>Gõ họ tên hoặc mã cán bộ.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Found: {count}</source>
        <translation>Tìm thấy: {count}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Many people match: type more of the name.</source>
        <translation>Có nhiều người trùng: hãy gõ thêm tên.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nobody found.</source>
        <translation>Không tìm thấy ai.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Minutes {number} – {unit}</source>
        <translation>Biên bản {number} – {unit}</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <source>Making the minutes…</source>
        <translation>Đang lập biên bản…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>All minutes – {campaign}</source>
        <translation>Tất cả biên bản – {campaign}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Putting every minutes of the campaign in one file…</source>
        <translation>Đang gộp mọi biên bản của đợt vào một tệp…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Summary report – {campaign}</source>
        <translation>Báo cáo tổng hợp – {campaign}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Making the summary report…</source>
        <translation>Đang lập báo cáo tổng hợp…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Campaign {campaign}</source>
        <translation>Đợt kiểm tra {campaign}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Making the Excel workbook…</source>
        <translation>Đang lập tệp Excel…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>History of {name}</source>
        <translation>Quá trình của {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Making the history…</source>
        <translation>Đang lập quá trình…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Scorecard – {unit}</source>
        <translation>Bảng kết quả – {unit}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Making the scorecard…</source>
        <translation>Đang lập bảng kết quả…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Please wait: a document is being made.</source>
        <translation>Xin chờ: văn bản đang được lập.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Ready: {title}.</source>
        <translation>Đã xong: {title}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The document was made but cannot be shown. Try again.</source>
        <translation>Văn bản đã lập nhưng không hiện được. Hãy thử lại.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ready: {title} ({pages} pages).</source>
        <translation>Đã xong: {title} ({pages} trang).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This campaign has no inspection yet: there is nothing to print.</source>
        <translation>Đợt này chưa có cuộc kiểm tra nào: chưa có gì để in.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This document cannot be made by this version of OfficeDesk yet.</source>
        <translation>Phiên bản OfficeDesk này chưa lập được văn bản này.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stopped: no document was made.</source>
        <translation>Đã dừng: không có văn bản nào được lập.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../ui/reports_page.ui" line="+14" />
        <location line="+6" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="+9" />
        <source>&amp;Campaign:</source>
        <translation>Đợt &amp;kiểm tra:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Campaign</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+22" />
        <source>What to print</source>
        <translation>Văn bản cần in</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Inspections</source>
        <translation>C&amp;uộc kiểm tra</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fin&amp;d:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find an inspection by unit or number</source>
        <translation>Tìm cuộc kiểm tra theo đơn vị hoặc số biên bản</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unit, number or date</source>
        <translation>Đơn vị, số hoặc ngày</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Inspections of the campaign</source>
        <translation>Các cuộc kiểm tra của đợt</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Number of inspections</source>
        <translation>Số cuộc kiểm tra</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Preview the &amp;minutes</source>
        <translation>&amp;Xem trước biên bản</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The whole campaign</source>
        <translation>Cả đợt kiểm tra</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Every minutes of the campaign in one PDF, for the archive</source>
        <translation>Mọi biên bản của đợt trong một tệp PDF, để lưu hồ sơ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;All minutes in one file</source>
        <translation>Tất cả biên bản vào một tệ&amp;p</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The report to the leaders: rates by unit, comparison with the previous campaign, repeat offenders, overdue actions</source>
        <translation>Báo cáo lãnh đạo: tỷ lệ theo đơn vị, so sánh với đợt trước, người vi phạm nhiều lần, biện pháp quá hạn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Campaign &amp;summary</source>
        <translation>Báo cáo tổ&amp;ng hợp</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The summary and every inspection as an Excel workbook</source>
        <translation>Phần tổng hợp và mọi cuộc kiểm tra trong tệp Excel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E&amp;xport to Excel</source>
        <translation>Xuất ra &amp;Excel</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Staff histor&amp;y</source>
        <translation>Quá trình cán &amp;bộ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fin&amp;d a person:</source>
        <translation>Tì&amp;m người:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find a person by name or code</source>
        <translation>Tìm người theo họ tên hoặc mã</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name or code, with or without accents</source>
        <translation>Họ tên hoặc mã, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location line="+12" />
        <source>People found</source>
        <translation>Những người tìm thấy</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Number of people found</source>
        <translation>Số người tìm thấy</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Sho&amp;w the history</source>
        <translation>&amp;Xem quá trình</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Unit scorecard</source>
        <translation>Kết quả đơn &amp;vị</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fin&amp;d a unit:</source>
        <translation>Tì&amp;m đơn vị:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find a unit</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type to find a unit</source>
        <translation>Gõ để tìm đơn vị</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Sho&amp;w the scorecard</source>
        <translation>&amp;Xem bảng kết quả</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
</context>
<context>
    <name>RetirePostDialog</name>
    <message>
        <location filename="../../officedesk/gui/units/post_dialog.py" line="+36" />
        <source>Retire the post {code}</source>
        <translation>Ngừng sử dụng vị trí {code}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From the day you choose, inspections no longer check this post and its officers stop holding it. Inspections already made keep their check of it. A retired post cannot be brought back: if it opens again, add it anew.</source>
        <translation>Từ ngày anh/chị chọn, các cuộc kiểm tra không kiểm tra vị trí này nữa và cán bộ thôi phụ trách vị trí. Các cuộc kiểm tra đã làm vẫn giữ kết quả kiểm tra vị trí. Vị trí đã ngừng sử dụng thì không khôi phục được: nếu mở lại, hãy thêm vị trí mới.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>nobody assigned</source>
        <translation>chưa phân công ai</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A post is retired from today or an earlier day.</source>
        <translation>Chỉ ngừng sử dụng vị trí từ hôm nay hoặc một ngày trước đó.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Retire the post</source>
        <translation>Ngừng &amp;sử dụng vị trí</translation>
    </message>
    <message>
        <location filename="../../ui/units_retire_post_dialog.ui" line="+14" />
        <source>Retire a post</source>
        <translation>Ngừng sử dụng vị trí</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What retiring the post does</source>
        <translation>Tác dụng của việc ngừng sử dụng vị trí</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Post:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Post to retire</source>
        <translation>Vị trí ngừng sử dụng</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Officers now:</source>
        <translation>Cán bộ hiện nay:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Officers who hold the post now</source>
        <translation>Cán bộ đang phụ trách vị trí</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;No longer checked from:</source>
        <translation>Thôi kiểm tra từ &amp;ngày:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>First day the post is no longer checked</source>
        <translation>Ngày đầu tiên vị trí không còn được kiểm tra</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+19" />
        <source>What needs fixing</source>
        <translation>Những điểm cần sửa</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../officedesk/gui/signin/labels.py" line="+29" />
        <source>Administrator</source>
        <translation>Quản trị hệ thống</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team leader</source>
        <translation>Trưởng đoàn kiểm tra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspector</source>
        <translation>Cán bộ kiểm tra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Head of unit</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reader of reports</source>
        <translation>Người xem báo cáo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../officedesk/gui/entry/roster_model.py" line="+194" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes late</source>
        <translation>Số phút muộn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reason / document no.</source>
        <translation>Lý do / số giấy tờ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Arrived / left</source>
        <translation>Giờ đến / về</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When a late person arrived; for someone who left early, when they left</source>
        <translation>Giờ đến của người đi muộn; với người về sớm là giờ về</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C or Space: present · M: late · P: excused absence · K: unexcused absence · R: left post · S: left early</source>
        <translation>C hoặc phím cách: có mặt · M: đi muộn · P: vắng có phép · K: vắng không phép · R: rời vị trí · S: về sớm</translation>
    </message>
    <message>
        <location line="+50" />
        <source> (added on the spot)</source>
        <translation> (thêm tại chỗ)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>left at {time}, {minutes} min early</source>
        <translation>về lúc {time}, sớm {minutes} phút</translation>
    </message>
</context>
<context>
    <name>ScheduleVersionDialog</name>
    <message>
        <location filename="../../officedesk/gui/units/schedule_dialogs.py" line="-147" />
        <source>New working hours for “{name}”. They apply from the day you choose; the hours before it stay as they were, and inspections already made keep the hours they were judged by.</source>
        <translation>Giờ làm việc mới cho «{name}». Giờ mới áp dụng từ ngày anh/chị chọn; giờ trước ngày đó giữ nguyên, và các cuộc kiểm tra đã làm vẫn theo giờ đã dùng để đánh giá.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+1" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location line="+57" />
        <source>the first season</source>
        <translation>mùa thứ nhất</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the second season</source>
        <translation>mùa thứ hai</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give {season} a name, such as “Mùa hè” or “Mùa đông”.</source>
        <translation>Hãy đặt tên cho {season}, ví dụ «Mùa hè» hoặc «Mùa đông».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In {season}, the morning must end after it starts.</source>
        <translation>Trong {season}, buổi sáng phải kết thúc sau khi bắt đầu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In {season}, the afternoon must end after it starts.</source>
        <translation>Trong {season}, buổi chiều phải kết thúc sau khi bắt đầu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In {season}, the morning must end before the afternoon starts.</source>
        <translation>Trong {season}, buổi sáng phải kết thúc trước khi buổi chiều bắt đầu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The two seasons need different names.</source>
        <translation>Hai mùa cần có tên khác nhau.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The new hours must start after {day}, the day the latest version began.</source>
        <translation>Giờ mới phải bắt đầu sau {day}, ngày phiên bản gần nhất bắt đầu áp dụng.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The two seasons overlap: make one end the day before the other starts.</source>
        <translation>Hai mùa bị chồng lên nhau: hãy cho mùa này kết thúc trước ngày mùa kia bắt đầu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No season covers {first} ({count} days of the year in all): every day needs hours.</source>
        <translation>Không mùa nào bao gồm {first} (tổng cộng {count} ngày trong năm): ngày nào cũng cần có giờ làm việc.</translation>
    </message>
    <message>
        <location filename="../../ui/units_schedule_dialog.ui" line="+14" />
        <source>New version of the working hours</source>
        <translation>Phiên bản mới của giờ làm việc</translation>
    </message>
    <message>
        <location line="+25" />
        <source>In &amp;force from:</source>
        <translation>Áp dụng &amp;từ ngày:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>In force from</source>
        <translation>Áp dụng từ ngày</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Late after (minutes of grace):</source>
        <translation>Tính &amp;muộn sau (số phút cho phép):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Minutes of grace before someone is late</source>
        <translation>Số phút cho phép trước khi tính là đi muộn</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Leaving &amp;early allowed (minutes):</source>
        <translation>Được về &amp;sớm (phút):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Minutes someone may leave before the end of a session</source>
        <translation>Số phút được về trước khi hết buổi làm việc</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Count late minutes from the start of the session</source>
        <translation>Tính số phút muộn từ đầu &amp;buổi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>When ticked, someone 12 minutes late with 5 minutes of grace is 12 minutes late; otherwise 7.</source>
        <translation>Khi đánh dấu, người đến sau 12 phút với 5 phút cho phép được tính muộn 12 phút; nếu không, 7 phút.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Seasons</source>
        <translation>Các mùa</translation>
    </message>
    <message>
        <location line="+6" />
        <source>First season</source>
        <translation>Mùa thứ nhất</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Second seas&amp;on</source>
        <translation>Mùa thứ &amp;hai</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Season &amp;name:</source>
        <translation>Tê&amp;n mùa:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Season name, first season</source>
        <translation>Tên mùa, mùa thứ nhất</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Season name, second season</source>
        <translation>Tên mùa, mùa thứ hai</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Starts on (day/month):</source>
        <translation>Bắt đầ&amp;u (ngày/tháng):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Starts on (day/month), first season</source>
        <translation>Bắt đầu (ngày/tháng), mùa thứ nhất</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <location line="+20" />
        <location line="+10" />
        <source>dd/MM</source>
        <translation>dd/MM</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Starts on (day/month), second season</source>
        <translation>Bắt đầu (ngày/tháng), mùa thứ hai</translation>
    </message>
    <message>
        <location line="+10" />
        <source>En&amp;ds on (day/month):</source>
        <translation>&amp;Kết thúc (ngày/tháng):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ends on (day/month), first season</source>
        <translation>Kết thúc (ngày/tháng), mùa thứ nhất</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Ends on (day/month), second season</source>
        <translation>Kết thúc (ngày/tháng), mùa thứ hai</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Morning starts:</source>
        <translation>Sáng &amp;vào lúc:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Morning starts, first season</source>
        <translation>Giờ vào buổi sáng, mùa thứ nhất</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+10" />
        <location line="+20" />
        <location line="+10" />
        <location line="+20" />
        <location line="+10" />
        <location line="+20" />
        <location line="+10" />
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="-93" />
        <source>Morning starts, second season</source>
        <translation>Giờ vào buổi sáng, mùa thứ hai</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Mo&amp;rning ends:</source>
        <translation>Sáng &amp;ra lúc:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Morning ends, first season</source>
        <translation>Giờ ra buổi sáng, mùa thứ nhất</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Morning ends, second season</source>
        <translation>Giờ ra buổi sáng, mùa thứ hai</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Afternoon starts:</source>
        <translation>&amp;Chiều vào lúc:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Afternoon starts, first season</source>
        <translation>Giờ vào buổi chiều, mùa thứ nhất</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Afternoon starts, second season</source>
        <translation>Giờ vào buổi chiều, mùa thứ hai</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Af&amp;ternoon ends:</source>
        <translation>Chiều r&amp;a lúc:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Afternoon ends, first season</source>
        <translation>Giờ ra buổi chiều, mùa thứ nhất</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Afternoon ends, second season</source>
        <translation>Giờ ra buổi chiều, mùa thứ hai</translation>
    </message>
    <message>
        <location line="+15" />
        <source>What needs fixing</source>
        <translation>Những điểm cần sửa</translation>
    </message>
</context>
<context>
    <name>SeasonsModel</name>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="+13" />
        <source>Season</source>
        <translation>Mùa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Morning</source>
        <translation>Buổi sáng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afternoon</source>
        <translation>Buổi chiều</translation>
    </message>
</context>
<context>
    <name>SectionErrorPage</name>
    <message>
        <location filename="../../officedesk/gui/pages.py" line="+21" />
        <source>This section could not be opened. The details are in the error log; the other sections work.</source>
        <translation>Không mở được mục này. Chi tiết đã được ghi vào nhật ký lỗi; các mục khác vẫn dùng bình thường.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../officedesk/gui/signin/session.py" line="+118" />
        <source>&amp;Lock the screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide the screen until you type your password again.</source>
        <translation>Che màn hình cho đến khi anh/chị nhập lại mật khẩu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close every screen and let someone else sign in.</source>
        <translation>Đóng mọi màn hình để người khác đăng nhập.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>There are no OfficeDesk data at {path}. Ask the administrator to set up this computer.</source>
        <translation>Chưa có dữ liệu OfficeDesk tại {path}. Hãy nhờ người quản trị cài đặt máy tính này.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>OfficeDesk is being set up on this computer.</source>
        <translation>OfficeDesk đang được thiết lập trên máy tính này.</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+23" />
        <source>First start</source>
        <translation>Khởi động lần đầu</translation>
    </message>
    <message>
        <location line="-5" />
        <source>There are no OfficeDesk data at {path} yet, and nothing has been created. Set up this computer to begin.</source>
        <translation>Chưa có dữ liệu OfficeDesk tại {path} và chưa có gì được tạo. Hãy thiết lập máy tính này để bắt đầu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Set up this computer…</source>
        <translation>Thiết lập &amp;máy tính này…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Signing in failed. The details are in the error log.</source>
        <translation>Không đăng nhập được. Chi tiết có trong nhật ký lỗi.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The data could not be opened. The details are in the error log.</source>
        <translation>Không mở được dữ liệu. Chi tiết có trong nhật ký lỗi.</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+62" />
        <source>OfficeDesk shows the data once you have signed in.</source>
        <translation>OfficeDesk hiển thị dữ liệu sau khi anh/chị đăng nhập.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../officedesk/gui/settings_page.py" line="+78" />
        <source>{language} will be used the next time OfficeDesk starts.</source>
        <translation>{language} sẽ được dùng từ lần mở OfficeDesk tiếp theo.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No folder chosen</source>
        <translation>Chưa chọn thư mục</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Documents will be set in Liberation Serif.</source>
        <translation>Văn bản sẽ dùng phông Liberation Serif.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../ui/settings_page.ui" line="+150" />
        <source>Choose the folder holding Times New Roman</source>
        <translation>Chọn thư mục chứa phông Times New Roman</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Documents will be set in Times New Roman from {folder}.</source>
        <translation>Văn bản sẽ dùng phông Times New Roman trong thư mục {folder}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Times New Roman not found</source>
        <translation>Không tìm thấy phông Times New Roman</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The folder {folder} does not hold the four Times New Roman files (regular, bold, italic and bold italic: times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).

On Windows they are in C:\Windows\Fonts. Documents stay in the font used so far.</source>
        <translation>Thư mục {folder} không có đủ bốn tệp phông Times New Roman (thường, đậm, nghiêng và đậm nghiêng: times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).

Trên Windows, các tệp này nằm trong thư mục C:\Windows\Fonts. Văn bản vẫn dùng phông chữ đang dùng.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The default: {path}</source>
        <translation>Mặc định: {path}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A database chosen here is opened the next time OfficeDesk starts, unless OfficeDesk is started with another one.</source>
        <translation>Cơ sở dữ liệu chọn ở đây sẽ được mở từ lần mở OfficeDesk tiếp theo, trừ khi OfficeDesk được mở kèm một cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer is set up to open {database}, so this choice is not used.</source>
        <translation>Máy này đã được thiết lập để mở {database}, nên lựa chọn này không được dùng.</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../ui/settings_page.ui" line="+121" />
        <source>Choose the database</source>
        <translation>Chọn cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OfficeDesk databases (*.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu OfficeDesk (*.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{path} will be opened the next time OfficeDesk starts.</source>
        <translation>{path} sẽ được mở từ lần mở OfficeDesk tiếp theo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The default database will be opened the next time OfficeDesk starts.</source>
        <translation>Cơ sở dữ liệu mặc định sẽ được mở từ lần mở OfficeDesk tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="-265" />
        <location line="+4" />
        <location line="+1" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Interface language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A new language is used the next time OfficeDesk starts.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở OfficeDesk tiếp theo.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Inspector using this computer</source>
        <translation>Cán bộ kiểm tra dùng máy này</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Full name of the inspector</source>
        <translation>Họ và tên cán bộ kiểm tra</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Position:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Position of the inspector</source>
        <translation>Chức vụ của cán bộ kiểm tra</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Unit or agency:</source>
        <translation>Cơ &amp;quan, đơn vị:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit or agency of the inspector</source>
        <translation>Cơ quan, đơn vị của cán bộ kiểm tra</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Kept on this computer only. When a campaign names no minute-taker, the sign-off dialog fills in the minute-taker's block with it.</source>
        <translation>Chỉ lưu trên máy này. Khi đợt kiểm tra không ghi người ghi biên bản, hộp ký biên bản điền sẵn ô của người ghi biên bản bằng thông tin này.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Font of the minutes and reports:</source>
        <translation>Phông chữ của biên bản và báo cáo:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Liberation Serif (comes with OfficeDesk)</source>
        <translation>Liberation Serif (có sẵn trong OfficeDesk)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Li&amp;beration Serif (comes with OfficeDesk, same letter sizes as Times New Roman)</source>
        <translation>Liberation Serif (có &amp;sẵn trong OfficeDesk, cỡ chữ giống hệt Times New Roman)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Times New Roman installed on this computer</source>
        <translation>Times New Roman đã cài trên máy này</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Times New Roman installed on this &amp;computer</source>
        <translation>Times New Roman đã cài trên má&amp;y này</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Folder of Times New Roman</source>
        <translation>Thư mục chứa phông Times New Roman</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose f&amp;older…</source>
        <translation>Chọn thư mục &amp;phông chữ…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The folder holding the four Times New Roman files: regular, bold, italic and bold italic</source>
        <translation>Thư mục chứa đủ bốn tệp phông Times New Roman: thường, đậm, nghiêng và đậm nghiêng</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Documents made after a change use the new font.</source>
        <translation>Văn bản in sau khi đổi sẽ dùng phông chữ mới.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Working hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Working hours are set per unit under Units and staff → Working hours.</source>
        <translation>Giờ làm việc được đặt riêng cho từng đơn vị tại mục Đơn vị và cán bộ → Lịch làm việc.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open working hours</source>
        <translation>Mở lịch làm việc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;working hours</source>
        <translation>Mở &amp;lịch làm việc</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shared computer</source>
        <translation>Máy tính dùng chung</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Lock after this long without use:</source>
        <translation>&amp;Khóa sau khi không dùng:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Minutes without use before OfficeDesk locks</source>
        <translation>Số phút không dùng trước khi OfficeDesk tự khóa</translation>
    </message>
    <message>
        <location line="+3" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location line="+16" />
        <source>OfficeDesk hides the screen and asks for the password again when nobody has used it for this many minutes. Everything entered stays saved.</source>
        <translation>OfficeDesk che màn hình và hỏi lại mật khẩu khi không ai dùng máy trong số phút này. Mọi thông tin đã nhập vẫn được lưu.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Database in use:</source>
        <translation>Cơ sở dữ liệu đang dùng:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang dùng</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Database at the next start:</source>
        <translation>Cơ sở dữ liệu ở lần mở tiếp theo:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Database at the next start</source>
        <translation>Cơ sở dữ liệu ở lần mở tiếp theo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose &amp;database…</source>
        <translation>Chọn tệp &amp;dữ liệu…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an OfficeDesk database file, or a name for a new one</source>
        <translation>Chọn một tệp dữ liệu OfficeDesk có sẵn, hoặc đặt tên cho một tệp mới</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Use the default database</source>
        <translation>Dùng cơ sở dữ liệu ở vị trí mặc định</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the d&amp;efault</source>
        <translation>Dùng vị trí &amp;mặc định</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Error log folder:</source>
        <translation>Thư mục nhật ký lỗi:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Error log folder</source>
        <translation>Thư mục nhật ký lỗi</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../officedesk/gui/signin/calls.py" line="65" />
        <source>Only a data file on this computer can be set up here; a server's database is set up by its administrator.</source>
        <translation>Ở đây chỉ thiết lập được tệp dữ liệu trên máy tính này; cơ sở dữ liệu trên máy chủ do người quản trị máy chủ thiết lập.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/signin/calls.py" line="103" />
        <source>Someone has just created the first account of these data. Sign in with yours.</source>
        <translation>Vừa có người tạo tài khoản đầu tiên cho dữ liệu này. Hãy đăng nhập bằng tài khoản của anh/chị.</translation>
    </message>
    <message>
        <location filename="../../officedesk/gui/signin/calls.py" line="80" />
        <source>The data cannot be created in {0}: {1}</source>
        <translation>Không tạo được dữ liệu trong {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../officedesk/gui/signin/dialogs.py" line="-84" />
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Type your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../ui/signin_dialog.ui" line="+14" />
        <source>Sign in – OfficeDesk</source>
        <translation>Đăng nhập – OfficeDesk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign in to OfficeDesk</source>
        <translation>Đăng nhập OfficeDesk</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Each member of the team signs in with their own account, so that the records show who entered what.</source>
        <translation>Mỗi thành viên của đoàn đăng nhập bằng tài khoản của mình, để hồ sơ ghi rõ ai đã nhập thông tin nào.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="177" />
        <source>An amendment needs a reason.</source>
        <translation>Bản điều chỉnh cần ghi rõ lý do.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="123" />
        <source>This inspection is already signed.</source>
        <translation>Kết quả kiểm tra này đã được ký.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="128" />
        <source>A unit head signs only the unit's block; the team signs for itself.</source>
        <translation>Thủ trưởng đơn vị chỉ ký phần của đơn vị; đoàn kiểm tra tự ký phần của đoàn.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="182" />
        <source>Only a signed inspection is amended; a draft is edited directly.</source>
        <translation>Chỉ lập bản điều chỉnh cho kết quả đã ký; bản nháp thì sửa trực tiếp.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="186" />
        <source>This inspection already has a newer version.</source>
        <translation>Kết quả kiểm tra này đã có phiên bản mới hơn.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="117" />
        <source>You can sign only inspections of your own unit.</source>
        <translation>Anh/chị chỉ ký được kết quả kiểm tra của đơn vị mình.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="134" />
        <source>Every signatory needs a name.</source>
        <translation>Mỗi người ký cần có họ tên.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="131" />
        <source>Signatures are missing: {0}.</source>
        <translation>Còn thiếu chữ ký: {0}.</translation>
    </message>
    <message>
        <location filename="../../officedesk/services/signoff.py" line="139" />
        <source>{0} people are not marked yet: mark them or use 'everyone else present'.</source>
        <translation>Còn {0} người chưa được ghi nhận: hãy ghi nhận hoặc dùng «những người còn lại có mặt».</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../officedesk/gui/entry/signoff_dialog.py" line="+58" />
        <source>Sign and &amp;lock</source>
        <translation>Ký và &amp;khóa</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Minutes of {unit}</source>
        <translation>Biên bản {unit}</translation>
    </message>
    <message>
        <location line="+63" />
        <source>the unit's representative</source>
        <translation>đại diện đơn vị</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the team leader</source>
        <translation>trưởng đoàn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the minute-taker</source>
        <translation>thư ký</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter the name of {who}.</source>
        <translation>Hãy nhập họ tên của {who}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signature missing: {who}.</source>
        <translation>Còn thiếu chữ ký: {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/signoff_dialog.ui" line="+14" />
        <location line="+3" />
        <source>Sign the minutes</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Read the summary with the unit's representative. Each person signs in their block; the minutes are then locked.</source>
        <translation>Cùng đại diện đơn vị đọc phần tổng hợp. Mỗi người ký vào ô của mình; sau đó biên bản được khóa.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Summary of the inspection</source>
        <translation>Tổng hợp kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The whole minutes as they will be signed: who was flagged, the posts, the violations and the actions</source>
        <translation>Toàn văn biên bản sẽ ký: những người vi phạm, các vị trí, các vi phạm và biện pháp khắc phục</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Read the minutes…</source>
        <translation>Đọc &amp;biên bản…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The inspection &amp;ended at:</source>
        <translation>Kết thúc kiểm tra &amp;lúc:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>End time of the inspection</source>
        <translation>Giờ kết thúc kiểm tra</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Unit representative</source>
        <translation>Đại diện đơn vị</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unit representative: full name</source>
        <translation>Đại diện đơn vị: họ tên</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+79" />
        <location line="+79" />
        <source>Title:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <location line="-148" />
        <source>Unit representative: title</source>
        <translation>Đại diện đơn vị: chức vụ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unit representative: signature</source>
        <translation>Đại diện đơn vị: chữ ký</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+79" />
        <location line="+79" />
        <source>Undo stroke</source>
        <translation>Xóa nét vừa ký</translation>
    </message>
    <message>
        <location line="-151" />
        <location line="+79" />
        <location line="+79" />
        <source>Clear</source>
        <translation>Ký lại</translation>
    </message>
    <message>
        <location line="-146" />
        <source>Team leader</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <location line="+8" />
        <source>N&amp;ame:</source>
        <translation>Họ &amp;tên:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Team leader: full name</source>
        <translation>Trưởng đoàn: họ tên</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Team leader: title</source>
        <translation>Trưởng đoàn: chức vụ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Team leader: signature</source>
        <translation>Trưởng đoàn: chữ ký</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Minute-taker</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Na&amp;me:</source>
        <translation>Họ tê&amp;n:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Minute-taker: full name</source>
        <translation>Thư ký: họ tên</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Minute-taker: title</source>
        <translation>Thư ký: chức vụ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Minute-taker: signature</source>
        <translation>Thư ký: chữ ký</translation>
    </message>
    <message>
        <location line="+37" />
        <source>What is still missing</source>
        <translation>Những gì còn thiếu</translation>
    </message>
</context>
<context>
    <name>SignPdfDialog</name>
    <message>
        <location filename="../../officedesk/gui/pdfsign/sign_dialog.py" line="+101" />
        <source>The .p12 or .pfx file given by the certificate authority</source>
        <translation>Tệp .p12 hoặc .pfx do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>for example {path}</source>
        <translation>ví dụ: {path}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Sign</source>
        <translation>&amp;Ký số</translation>
    </message>
    <message>
        <location line="+5" />
        <source>C&amp;heck the signature</source>
        <translation>Kiểm &amp;tra chữ ký</translation>
    </message>
    <message>
        <location line="+67" />
        <location filename="../../ui/pdfsign_sign_dialog.ui" line="+137" />
        <source>Choose the certificate file</source>
        <translation>Chọn tệp chứng thư số</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Tệp chứng thư số (*.p12 *.pfx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../ui/pdfsign_sign_dialog.ui" line="+71" />
        <source>Choose the token driver</source>
        <translation>Chọn thư viện điều khiển USB token</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Token drivers ({pattern});;All files (*)</source>
        <translation>Thư viện điều khiển token ({pattern});;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save the signed file as</source>
        <translation>Lưu tệp đã ký thành</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Choose where to save the signed file.</source>
        <translation>Hãy chọn nơi lưu tệp đã ký.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The signed file must be saved as a new file, not over the original.</source>
        <translation>Tệp đã ký phải được lưu thành tệp mới, không ghi đè lên tệp gốc.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter the driver of the USB token (the PKCS#11 library).</source>
        <translation>Hãy nhập thư viện điều khiển USB token (thư viện PKCS#11).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type the PIN of the USB token.</source>
        <translation>Hãy nhập mã PIN của USB token.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose the certificate file (.p12 or .pfx).</source>
        <translation>Hãy chọn tệp chứng thư số (.p12 hoặc .pfx).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The certificate file {name} does not exist.</source>
        <translation>Không tìm thấy tệp chứng thư số {name}.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{name} already exists. Replace it with the signed file?</source>
        <translation>Tệp {name} đã có. Thay bằng tệp đã ký?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Signing {name}…</source>
        <translation>Đang ký {name}…</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Signed by {signer} at {time}.</source>
        <translation>Đã ký bởi {signer} lúc {time}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved as {path}</source>
        <translation>Đã lưu thành {path}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Digital signing is not installed on this computer; reinstall OfficeDesk.</source>
        <translation>Máy này chưa cài thành phần ký số; hãy cài đặt lại OfficeDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/pdfsign_sign_dialog.ui" line="-194" />
        <source>Sign a PDF – OfficeDesk</source>
        <translation>Ký số tệp PDF – OfficeDesk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign a PDF</source>
        <translation>Ký số tệp PDF</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign a PDF with a digital signature</source>
        <translation>Ký số tệp PDF bằng chữ ký số</translation>
    </message>
    <message>
        <location line="+9" />
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>File to sign</source>
        <translation>Tệp cần ký</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Si&amp;gn as:</source>
        <translation>Ký &amp;với vai trò:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Signature block</source>
        <translation>Ô ký</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Sign with</source>
        <translation>Ký bằng</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Certificate &amp;file (.p12, .pfx)</source>
        <translation>Tệp &amp;chứng thư số (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>USB &amp;token</source>
        <translation>&amp;USB token</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&amp;Certificate file:</source>
        <translation>Tệp chứng thư &amp;số:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+71" />
        <location line="+120" />
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="-179" />
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password of the certificate file</source>
        <translation>Mật khẩu của tệp chứng thư số</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Used for this signature only: OfficeDesk never saves the password.</source>
        <translation>Chỉ dùng cho lần ký này: OfficeDesk không bao giờ lưu mật khẩu.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Token &amp;driver (PKCS#11):</source>
        <translation>Thư viện điều khiển &amp;token (PKCS#11):</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Token driver</source>
        <translation>Thư viện điều khiển USB token</translation>
    </message>
    <message>
        <location line="+19" />
        <source>P&amp;IN:</source>
        <translation>Mã P&amp;IN:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>PIN of the token</source>
        <translation>Mã PIN của USB token</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Token &amp;name (optional):</source>
        <translation>Tê&amp;n token (không bắt buộc):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Token name</source>
        <translation>Tên token</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only when several tokens are plugged in</source>
        <translation>Chỉ cần khi cắm nhiều USB token cùng lúc</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do ký:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reason for signing</source>
        <translation>Lý do ký</translation>
    </message>
    <message>
        <location line="+10" />
        <source>P&amp;lace:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Place of signing</source>
        <translation>Địa điểm ký</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save the signed file &amp;as:</source>
        <translation>Lưu tệp đã ký t&amp;hành:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Signed file</source>
        <translation>Tệp đã ký</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choose where to save the signed file</source>
        <translation>Chọn nơi lưu tệp đã ký</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../officedesk/gui/signature_pad.py" line="+300" />
        <source>Signature pad: {caption}</source>
        <translation>Ô ký tên: {caption}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo stroke</source>
        <translation>Xóa &amp;nét vừa ký</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;lear</source>
        <translation>Ký &amp;lại</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location line="-200" />
        <source>Signature pad</source>
        <translation>Ô ký tên</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign here with the pen, a finger or the mouse. Ctrl+Z undoes the last stroke; Delete clears.</source>
        <translation>Ký vào đây bằng bút, ngón tay hoặc chuột. Ctrl+Z xóa nét vừa ký; phím Delete xóa hết để ký lại.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Sign above the line</source>
        <translation>Ký phía trên đường kẻ</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location filename="../../officedesk/gui/pdfsign/models.py" line="+72" />
        <source>Block</source>
        <translation>Ô ký</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signed at</source>
        <translation>Thời gian ký</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Intact</source>
        <translation>Nguyên vẹn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed after signing</source>
        <translation>Sửa đổi sau khi ký</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Trusted</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+8" />
        <source>NO</source>
        <translation>KHÔNG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>YES</source>
        <translation>CÓ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No: {reason}</source>
        <translation>Không: {reason}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The signature of {signer} is NOT valid: the signed content was changed.</source>
        <translation>Chữ ký của {signer} KHÔNG hợp lệ: nội dung đã ký bị thay đổi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The signature of {signer}{when} is intact, but the file was changed after signing.</source>
        <translation>Chữ ký của {signer}{when} còn nguyên vẹn, nhưng tệp đã bị sửa đổi sau khi ký.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The signature of {signer}{when} is intact but its certificate is not confirmed.</source>
        <translation>Chữ ký của {signer}{when} còn nguyên vẹn nhưng chứng thư số chưa được xác nhận.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valid signature of {signer}{when}.</source>
        <translation>Chữ ký hợp lệ của {signer}{when}.</translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <location filename="../../officedesk/gui/signin/session.py" line="-284" />
        <location line="+4" />
        <source>Sign in to continue</source>
        <translation>Đăng nhập để tiếp tục</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Sign in…</source>
        <translation>Đăng &amp;nhập…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../officedesk/gui/units/staff_dialog.py" line="+39" />
        <source>not known</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>still working here</source>
        <translation>vẫn đang làm việc</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New staff member of {unit}</source>
        <translation>Cán bộ mới của {unit}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Staff member: {name}</source>
        <translation>Cán bộ: {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A staff code does not change: inspections refer to it.</source>
        <translation>Mã cán bộ không thay đổi được: các cuộc kiểm tra tham chiếu đến mã này.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The date a person joined is set when they are added.</source>
        <translation>Ngày vào đơn vị được ghi khi thêm người.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Give the person a staff code.</source>
        <translation>Hãy đặt mã cán bộ cho người này.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the person's full name.</source>
        <translation>Hãy ghi họ tên của người này.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The day the person left is before the day they joined.</source>
        <translation>Ngày nghỉ việc sớm hơn ngày vào đơn vị.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The day a person left cannot be removed once saved; correct it to another day instead.</source>
        <translation>Ngày nghỉ việc đã lưu thì không xóa được; hãy sửa thành ngày khác.</translation>
    </message>
    <message>
        <location filename="../../ui/units_staff_dialog.ui" line="+14" />
        <source>Staff member</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Staff code</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Joined on:</source>
        <translation>Ngày &amp;vào:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Joined the unit on</source>
        <translation>Ngày vào đơn vị</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+23" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="-13" />
        <source>&amp;Left on:</source>
        <translation>Ngày &amp;nghỉ:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Left the unit on</source>
        <translation>Ngày nghỉ việc</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Time-clock number:</source>
        <translation>&amp;Số trên máy chấm công:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Number on the time clock</source>
        <translation>Số trên máy chấm công</translation>
    </message>
    <message>
        <location line="+12" />
        <source>What needs fixing</source>
        <translation>Những điểm cần sửa</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="-64" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Joined</source>
        <translation>Ngày vào</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left</source>
        <translation>Ngày nghỉ</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="62" />
        <source>The database file {0} does not exist. Create one with 'officedesk init' or 'officedesk demo'.</source>
        <translation>Tệp cơ sở dữ liệu {0} không tồn tại. Hãy tạo bằng lệnh 'officedesk init' hoặc 'officedesk demo'.</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="66" />
        <source>{0} is a folder, not a database file.</source>
        <translation>{0} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="70" />
        <source>{0} is not an OfficeDesk database (the file is damaged or of another kind).</source>
        <translation>{0} không phải cơ sở dữ liệu OfficeDesk (tệp bị hỏng hoặc thuộc loại khác).</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="160" />
        <source>The database {0} is empty. Create one with 'officedesk init'.</source>
        <translation>Cơ sở dữ liệu {0} đang trống. Hãy tạo bằng lệnh 'officedesk init'.</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="163" />
        <source>This database was made by a newer OfficeDesk; update the application.</source>
        <translation>Cơ sở dữ liệu này do phiên bản OfficeDesk mới hơn tạo ra; hãy cập nhật phần mềm.</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="94" />
        <source>Cannot open the database {0}: {1}</source>
        <translation>Không mở được cơ sở dữ liệu {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../officedesk/storage/schema.py" line="106" />
        <source>This database was not made by OfficeDesk.</source>
        <translation>Cơ sở dữ liệu này không do OfficeDesk tạo ra.</translation>
    </message>
</context>
<context>
    <name>UnitChart</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/chart.py" line="+48" />
        <source>Chart of findings by unit</source>
        <translation>Biểu đồ vi phạm theo đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The same numbers are in the Units tab.</source>
        <translation>Các số liệu này cũng có ở thẻ Đơn vị.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No one was found at fault in this campaign so far.</source>
        <translation>Đến nay đợt kiểm tra chưa phát hiện ai vi phạm.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>{unit}
{kind}: {count}
Click to open the inspection.</source>
        <translation>{unit}
{kind}: {count}
Bấm để mở kết quả kiểm tra.</translation>
    </message>
</context>
<context>
    <name>UnitChoiceModel</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/editor_models.py" line="+88" />
        <source>Already inspected in this campaign: it stays in the list.</source>
        <translation>Đã được kiểm tra trong đợt này nên vẫn được giữ trong danh sách.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} staff</source>
        <translation>{count} cán bộ</translation>
    </message>
</context>
<context>
    <name>UnitCombo</name>
    <message>
        <location filename="../../officedesk/gui/unit_combo.py" line="+43" />
        <source>Type part of the name or the code</source>
        <translation>Gõ một phần tên hoặc mã</translation>
    </message>
</context>
<context>
    <name>UnitLabels</name>
    <message>
        <location filename="../../officedesk/gui/units/labels.py" line="+14" />
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Department</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City or district</source>
        <translation>Huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commune or ward</source>
        <translation>Xã, phường, thị trấn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Public administrative service centre</source>
        <translation>Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub-unit</source>
        <translation>Phòng, bộ phận</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Make-up working day</source>
        <translation>Ngày làm bù</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Morning</source>
        <translation>Buổi sáng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afternoon</source>
        <translation>Buổi chiều</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
</context>
<context>
    <name>UnitResultsModel</name>
    <message>
        <location filename="../../officedesk/gui/campaigns/models.py" line="+53" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspected on</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Staff</source>
        <translation>Số cán bộ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Late</source>
        <translation>Đi muộn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unexcused</source>
        <translation>Vắng không phép</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Away</source>
        <translation>Rời vị trí</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Left early</source>
        <translation>Về sớm</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Empty posts</source>
        <translation>Vị trí trống</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The minutes' number and where the inspection stands</source>
        <translation>Số biên bản và tình trạng của cuộc kiểm tra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff of the unit on the day of the inspection</source>
        <translation>Số cán bộ của đơn vị vào ngày kiểm tra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On time or late</source>
        <translation>Đúng giờ hoặc đi muộn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Absent without permission</source>
        <translation>Vắng không phép</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Away from their post</source>
        <translation>Rời vị trí làm việc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required posts with nobody at them at the check time</source>
        <translation>Vị trí bắt buộc không có người vào lúc kiểm tra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Violation rate: late, absent without permission, away from their post or left early, as a share of the staff</source>
        <translation>Tỷ lệ vi phạm: đi muộn, vắng không phép, rời vị trí hoặc về sớm, tính trên số cán bộ</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+16" />
        <source>Not inspected yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location line="+4" />
        <source>({count} visits)</source>
        <translation>({count} lần kiểm tra)</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="+227" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Staff</source>
        <translation>Số cán bộ</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../officedesk/gui/units/page.py" line="+270" />
        <source>No unit chosen</source>
        <translation>Chưa chọn đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a unit in the list on the left.</source>
        <translation>Hãy chọn một đơn vị trong danh sách bên trái.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>code {code}</source>
        <translation>mã {code}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>head: {name}, {title}</source>
        <translation>thủ trưởng: {name}, {title}</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Nobody works directly in this unit: choose one of its units, or tick “All units”.</source>
        <translation>Không có ai làm việc trực tiếp ở đơn vị này: hãy chọn một đơn vị trực thuộc, hoặc đánh dấu «Toàn tỉnh».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nobody found. Try fewer words, or tick “All units” to search the whole province.</source>
        <translation>Không tìm thấy ai. Hãy gõ ít từ hơn, hoặc đánh dấu «Toàn tỉnh» để tìm trong cả tỉnh.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>People listed: {count}</source>
        <translation>Số người trong danh sách: {count}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} who have left are not shown</source>
        <translation>Không hiện {count} người đã nghỉ</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Your account cannot change units, staff or working hours.</source>
        <translation>Tài khoản của anh/chị không sửa được đơn vị, cán bộ hay giờ làm việc.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your account cannot change staff details.</source>
        <translation>Tài khoản của anh/chị không sửa được thông tin cán bộ.</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+207" />
        <location line="+5" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location line="-191" />
        <source>&amp;Posts ({count})</source>
        <translation>Vị t&amp;rí ({count})</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../ui/units_page.ui" line="+243" />
        <source>&amp;Posts</source>
        <translation>Vị t&amp;rí</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Your account cannot change posts.</source>
        <translation>Tài khoản của anh/chị không sửa được vị trí.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The post is saved.</source>
        <translation>Đã lưu vị trí.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{name}” is retired: it is no longer checked from {day}.</source>
        <translation>Đã ngừng sử dụng «{name}»: vị trí không còn được kiểm tra từ ngày {day}.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No working hours are set for the province yet.</source>
        <translation>Tỉnh chưa đặt giờ làm việc.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This unit has its own hours: “{name}”.</source>
        <translation>Đơn vị này có giờ làm việc riêng: «{name}».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follows “{name}”, set for {unit}.</source>
        <translation>Theo «{name}», đặt cho {unit}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follows the province's hours: “{name}”.</source>
        <translation>Theo giờ làm việc của tỉnh: «{name}».</translation>
    </message>
    <message>
        <location line="+15" />
        <source>In force since {start}.</source>
        <translation>Áp dụng từ {start}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In force from {start} until the day before {end}.</source>
        <translation>Áp dụng từ {start} đến trước ngày {end}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Someone is late after {late} minutes of grace, counted from the start of the session.</source>
        <translation>Đến sau {late} phút cho phép là đi muộn, số phút muộn tính từ đầu buổi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Someone is late after {late} minutes of grace, counted from the end of the grace.</source>
        <translation>Đến sau {late} phút cho phép là đi muộn, số phút muộn tính từ khi hết thời gian cho phép.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leaving up to {early} minutes before the end of a session is allowed.</source>
        <translation>Được về trước khi hết buổi tối đa {early} phút.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>On {day} the hours of “{season}” apply.</source>
        <translation>Ngày {day} áp dụng giờ «{season}».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No season covers {day}.</source>
        <translation>Không mùa nào bao gồm ngày {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/units_page.ui" line="-229" />
        <location line="+6" />
        <source>Units and staff</source>
        <translation>Đơn vị và cán bộ</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Units:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find a unit</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type to find a unit</source>
        <translation>Gõ để tìm đơn vị</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Selected unit</source>
        <translation>Đơn vị đang chọn</translation>
    </message>
    <message>
        <location line="+10" />
        <source>About the selected unit</source>
        <translation>Thông tin đơn vị đang chọn</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your account can look at units, staff and working hours but not change them.</source>
        <translation>Tài khoản của anh/chị xem được nhưng không sửa được đơn vị, cán bộ và giờ làm việc.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Details of the unit</source>
        <translation>Chi tiết đơn vị</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Staff</source>
        <translation>Cán &amp;bộ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sear&amp;ch:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Search staff by name or code</source>
        <translation>Tìm cán bộ theo họ tên hoặc mã</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name or code, with or without accents</source>
        <translation>Họ tên hoặc mã, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Search the staff of every unit of the province</source>
        <translation>Tìm cán bộ ở mọi đơn vị trong tỉnh</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;All units</source>
        <translation>Toàn tỉ&amp;nh</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Include people who have &amp;left</source>
        <translation>&amp;Hiện cả người đã nghỉ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Number of people listed</source>
        <translation>Số người trong danh sách</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A&amp;dd a person…</source>
        <translation>Thêm người &amp;mới…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Posts of the unit</source>
        <translation>Các vị trí của đơn vị</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A post that must be staffed is marked empty on an inspection when nobody is at it.</source>
        <translation>Vị trí bắt buộc có người sẽ bị ghi là bỏ trống khi kiểm tra mà không có ai.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add a p&amp;ost…</source>
        <translation>Thêm vị trí &amp;mới…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change the post's name, code or officers (Enter or a double click on a post does the same)</source>
        <translation>Sửa tên, mã hoặc cán bộ phụ trách vị trí (nhấn Enter hoặc bấm đúp vào vị trí cũng được)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit post…</source>
        <translation>&amp;Sửa vị trí…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The post closes: it is no longer checked from a day you choose</source>
        <translation>Vị trí đóng lại: không còn được kiểm tra từ ngày anh/chị chọn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Retire post…</source>
        <translation>&amp;Ngừng sử dụng vị trí…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Working hours</source>
        <translation>&amp;Lịch làm việc</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hours in force &amp;on:</source>
        <translation>Lịch áp dụng vào &amp;ngày:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Show the hours in force on this day</source>
        <translation>Hiện giờ làm việc áp dụng vào ngày này</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Which schedule applies</source>
        <translation>Lịch làm việc được áp dụng</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Seasons and working sessions</source>
        <translation>Các mùa và buổi làm việc</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Grace periods</source>
        <translation>Thời gian cho phép</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+6" />
        <source>Versions of this schedule</source>
        <translation>Các phiên bản của lịch này</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;New version…</source>
        <translation>Phiên bản &amp;mới…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Days changed by notice (whole province)</source>
        <translation>Ngày thay đổi theo thông báo (toàn tỉnh)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Days changed by notice</source>
        <translation>Ngày thay đổi theo thông báo</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Add a da&amp;y…</source>
        <translation>Thêm ngày đ&amp;iều chỉnh…</translation>
    </message>
</context>
<context>
    <name>VerifyPdfDialog</name>
    <message>
        <location filename="../../officedesk/gui/pdfsign/verify_dialog.py" line="+100" />
        <source>Checking the signatures…</source>
        <translation>Đang kiểm tra chữ ký…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking the signatures of {name}…</source>
        <translation>Đang kiểm tra chữ ký của tệp {name}…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Digital signatures cannot be checked: a part of OfficeDesk is missing; reinstall it.</source>
        <translation>Không kiểm tra được chữ ký số: thiếu một thành phần của OfficeDesk; hãy cài đặt lại chương trình.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The signatures could not be checked.</source>
        <translation>Không kiểm tra được chữ ký.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No signatures: this file carries no digital signature.</source>
        <translation>Không có chữ ký: tệp này không có chữ ký số nào.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>MODIFIED: the file was changed after it was signed ({count} of {total} signatures). Do not rely on its content.</source>
        <translation>ĐÃ BỊ SỬA ĐỔI: tệp đã bị thay đổi sau khi ký ({count}/{total} chữ ký). Không được sử dụng nội dung tệp này.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All intact: no change since signing. {count} of {total} signers are not confirmed by a trusted root certificate.</source>
        <translation>Tất cả còn nguyên vẹn: không có thay đổi nào sau khi ký. {count}/{total} người ký chưa được xác nhận bằng chứng thư số gốc tin cậy.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All intact: no change since signing, every signer confirmed.</source>
        <translation>Tất cả còn nguyên vẹn: không có thay đổi nào sau khi ký, mọi người ký đều đã được xác nhận.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Select a signature to read what was found about it.</source>
        <translation>Chọn một chữ ký để xem kết quả kiểm tra chi tiết.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>None chosen: no signer can be confirmed, but changes to the file are still found.</source>
        <translation>Chưa chọn: chưa xác nhận được người ký, nhưng mọi thay đổi của tệp vẫn được phát hiện.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Add trusted root certificates</source>
        <translation>Thêm chứng thư số gốc tin cậy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Chứng thư số (*.pem *.crt *.cer *.der);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pdfsign_verify_dialog.ui" line="+14" />
        <source>Signatures of a PDF – OfficeDesk</source>
        <translation>Chữ ký số của tệp PDF – OfficeDesk</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signatures of a PDF</source>
        <translation>Chữ ký số của tệp PDF</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check the digital signatures</source>
        <translation>Kiểm tra chữ ký số</translation>
    </message>
    <message>
        <location line="+9" />
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>File checked</source>
        <translation>Tệp được kiểm tra</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Signatures</source>
        <translation>Các chữ ký</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Signature details</source>
        <translation>Chi tiết chữ ký</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+12" />
        <source>Trusted root certificates</source>
        <translation>Chứng thư số gốc tin cậy</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a trusted root certificate</source>
        <translation>Thêm chứng thư số gốc tin cậy</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Remove all</source>
        <translation>&amp;Bỏ tất cả</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove all trusted root certificates</source>
        <translation>Bỏ tất cả chứng thư số gốc tin cậy</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../officedesk/gui/units/models.py" line="-159" />
        <source>In force from</source>
        <translation>Áp dụng từ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+0" />
        <source>still in force</source>
        <translation>đang áp dụng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grace</source>
        <translation>Thời gian cho phép</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Late after {late} minutes; leaving up to {early} minutes early allowed</source>
        <translation>Tính muộn sau {late} phút; được về sớm tối đa {early} phút</translation>
    </message>
    <message>
        <location line="-2" />
        <source>{late} / {early} min</source>
        <translation>{late} / {early} phút</translation>
    </message>
</context>
</TS>

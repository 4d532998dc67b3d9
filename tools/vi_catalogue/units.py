"""Units and staff: the unit tree, staff, posts, working hours and days changed by notice (officedesk/gui/units),
and the services' messages about posts (context Org; its other messages are in core.py).

Mnemonics on the page avoid t, c and g (the main window's menus).
"""

from __future__ import annotations

VI: dict[str, dict[str, str]] = {
    "CalendarDayDialog": {
        "{day} is already recorded as: {kind}. Saving replaces it.": "{day} đã được ghi là: {kind}. Lưu sẽ thay thế.",
        "Say which notice changed the day, so that others can check it.": (
            "Hãy ghi văn bản thông báo đổi ngày, để người khác kiểm tra được."
        ),
        "Day changed by notice": "Ngày thay đổi theo thông báo",
        "&Day:": "&Ngày:",
        "Day": "Ngày",
        "dd/MM/yyyy": "dd/MM/yyyy",
        "Day of the week": "Thứ trong tuần",
        "Change:": "Thay đổi:",
        "&Make-up working day (offices work although it is a weekend)": (
            "Ngày làm &bù (cơ quan làm việc dù là ngày nghỉ cuối tuần)"
        ),
        "Day &off (offices close although it is a working day)": "Ngày ng&hỉ (cơ quan nghỉ dù là ngày làm việc)",
        "&Notice:": "&Thông báo:",
        "Notice that changed the day": "Thông báo đổi ngày",
        "Number and date of the notice, and why": "Số và ngày của thông báo, và lý do",
        "What needs fixing": "Những điểm cần sửa",
    },
    "Org": {
        "No such post.": "Không tìm thấy vị trí.",
        "A post needs a code.": "Vị trí cần có mã.",
        "A post needs a name.": "Vị trí cần có tên.",
        "A post is retired from today or an earlier day, not ahead of time: retire it on the day it closes.": (
            "Chỉ ngừng sử dụng vị trí từ hôm nay hoặc một ngày trước đó, không đặt trước cho ngày sau: hãy ngừng "
            "sử dụng vào đúng ngày vị trí đóng."
        ),
        "The post {0} is retired and can no longer be changed.": "Vị trí {0} đã ngừng sử dụng, không sửa được nữa.",
        "The unit already has a post with code {0}.": "Đơn vị đã có vị trí mang mã {0}.",
        "An inspection of {0} that is signed or submitted recorded who held this post: change the officers from "
        "the next day on.": (
            "Cuộc kiểm tra ngày {0} đã ký hoặc đã gửi ghi nhận người phụ trách vị trí này: hãy thay đổi cán bộ từ "
            "ngày hôm sau trở đi."
        ),
        "The post has existed since {0}; it cannot be retired from an earlier day.": (
            "Vị trí có từ ngày {0}; không thể ngừng sử dụng từ một ngày sớm hơn."
        ),
        "An inspection of {0} checked this post: retire it from the next day on.": (
            "Cuộc kiểm tra ngày {0} đã kiểm tra vị trí này: hãy ngừng sử dụng từ ngày hôm sau trở đi."
        ),
        "{0} works in another unit and cannot hold a post of this one.": (
            "{0} làm việc ở đơn vị khác, không thể phụ trách vị trí của đơn vị này."
        ),
        "{0} left the unit on {1} and cannot hold the post from {2}.": (
            "{0} đã nghỉ việc từ ngày {1}, không thể phụ trách vị trí từ ngày {2}."
        ),
    },
    "OverridesModel": {
        "Day": "Ngày",
        "Change": "Thay đổi",
        "Notice": "Thông báo",
    },
    "PostDialog": {
        "New post of {unit}": "Vị trí mới của {unit}",
        "e.g. {code}-DC": "ví dụ {code}-DC",
        "Give the post a code.": "Hãy đặt mã cho vị trí.",
        "The unit already has a post with this code.": "Đơn vị đã có vị trí mang mã này.",
        "Give the post a name.": "Hãy đặt tên cho vị trí.",
        "New post": "Vị trí mới",
        "Unit:": "Đơn vị:",
        "Unit": "Đơn vị",
        "&Code:": "&Mã:",
        "Post code": "Mã vị trí",
        "&Name:": "&Tên:",
        "Name of the post": "Tên vị trí",
        "e.g. Land registry counter": "ví dụ Quầy đất đai",
        "&Must be staffed during working hours": "&Bắt buộc có người trong giờ làm việc",
        "Officers assigned &from:": "Phân công từ &ngày:",
        "Officers assigned from": "Phân công từ ngày",
        "dd/MM/yyyy": "dd/MM/yyyy",
        "&Officers:": "&Cán bộ:",
        "Find an officer of the unit": "Tìm cán bộ của đơn vị",
        "Type to find a person; tick the officers of this post": (
            "Gõ để tìm người; đánh dấu những cán bộ phụ trách vị trí này"
        ),
        "Officers of this post": "Cán bộ phụ trách vị trí",
        "What needs fixing": "Những điểm cần sửa",
        "Post: {name}": "Vị trí: {name}",
        "Officers change &from:": "Thay đổi cán bộ từ &ngày:",
        "Officers change from": "Thay đổi cán bộ từ ngày",
        "The list of officers is still loading; try again in a moment.": (
            "Danh sách cán bộ đang được tải; hãy thử lại sau giây lát."
        ),
        "How a change of officers is kept": "Cách lưu việc thay đổi cán bộ",
        "Officers you untick hold the post until the day before this date; inspections already made keep the "
        "officers of their day.": (
            "Cán bộ bị bỏ đánh dấu vẫn phụ trách vị trí đến hết ngày trước ngày này; các cuộc kiểm tra đã làm giữ "
            "nguyên cán bộ của ngày kiểm tra."
        ),
    },
    "RetirePostDialog": {
        "Retire the post {code}": "Ngừng sử dụng vị trí {code}",
        "From the day you choose, inspections no longer check this post and its officers stop holding it. "
        "Inspections already made keep their check of it. A retired post cannot be brought back: if it opens "
        "again, add it anew.": (
            "Từ ngày anh/chị chọn, các cuộc kiểm tra không kiểm tra vị trí này nữa và cán bộ thôi phụ trách vị trí. "
            "Các cuộc kiểm tra đã làm vẫn giữ kết quả kiểm tra vị trí. Vị trí đã ngừng sử dụng thì không khôi phục "
            "được: nếu mở lại, hãy thêm vị trí mới."
        ),
        "nobody assigned": "chưa phân công ai",
        "A post is retired from today or an earlier day.": (
            "Chỉ ngừng sử dụng vị trí từ hôm nay hoặc một ngày trước đó."
        ),
        "&Retire the post": "Ngừng &sử dụng vị trí",
        "Retire a post": "Ngừng sử dụng vị trí",
        "What retiring the post does": "Tác dụng của việc ngừng sử dụng vị trí",
        "Post:": "Vị trí:",
        "Post to retire": "Vị trí ngừng sử dụng",
        "Officers now:": "Cán bộ hiện nay:",
        "Officers who hold the post now": "Cán bộ đang phụ trách vị trí",
        "&No longer checked from:": "Thôi kiểm tra từ &ngày:",
        "First day the post is no longer checked": "Ngày đầu tiên vị trí không còn được kiểm tra",
        "dd/MM/yyyy": "dd/MM/yyyy",
        "What needs fixing": "Những điểm cần sửa",
    },
    "ScheduleVersionDialog": {
        "New working hours for “{name}”. They apply from the day you choose; the hours before it stay as they "
        "were, and inspections already made keep the hours they were judged by.": (
            "Giờ làm việc mới cho «{name}». Giờ mới áp dụng từ ngày anh/chị chọn; giờ trước ngày đó giữ "
            "nguyên, và các cuộc kiểm tra đã làm vẫn theo giờ đã dùng để đánh giá."
        ),
        " min": " phút",
        "the first season": "mùa thứ nhất",
        "the second season": "mùa thứ hai",
        "Give {season} a name, such as “Mùa hè” or “Mùa đông”.": "Hãy đặt tên cho {season}, ví dụ «Mùa hè» hoặc «Mùa đông».",
        "In {season}, the morning must end after it starts.": "Trong {season}, buổi sáng phải kết thúc sau khi bắt đầu.",
        "In {season}, the afternoon must end after it starts.": (
            "Trong {season}, buổi chiều phải kết thúc sau khi bắt đầu."
        ),
        "In {season}, the morning must end before the afternoon starts.": (
            "Trong {season}, buổi sáng phải kết thúc trước khi buổi chiều bắt đầu."
        ),
        "The two seasons need different names.": "Hai mùa cần có tên khác nhau.",
        "The new hours must start after {day}, the day the latest version began.": (
            "Giờ mới phải bắt đầu sau {day}, ngày phiên bản gần nhất bắt đầu áp dụng."
        ),
        "The two seasons overlap: make one end the day before the other starts.": (
            "Hai mùa bị chồng lên nhau: hãy cho mùa này kết thúc trước ngày mùa kia bắt đầu."
        ),
        "No season covers {first} ({count} days of the year in all): every day needs hours.": (
            "Không mùa nào bao gồm {first} (tổng cộng {count} ngày trong năm): ngày nào cũng cần có giờ làm việc."
        ),
        "New version of the working hours": "Phiên bản mới của giờ làm việc",
        "In &force from:": "Áp dụng &từ ngày:",
        "In force from": "Áp dụng từ ngày",
        "dd/MM/yyyy": "dd/MM/yyyy",
        "&Late after (minutes of grace):": "Tính &muộn sau (số phút cho phép):",
        "Minutes of grace before someone is late": "Số phút cho phép trước khi tính là đi muộn",
        "Leaving &early allowed (minutes):": "Được về &sớm (phút):",
        "Minutes someone may leave before the end of a session": "Số phút được về trước khi hết buổi làm việc",
        "&Count late minutes from the start of the session": "Tính số phút muộn từ đầu &buổi",
        "When ticked, someone 12 minutes late with 5 minutes of grace is 12 minutes late; otherwise 7.": (
            "Khi đánh dấu, người đến sau 12 phút với 5 phút cho phép được tính muộn 12 phút; nếu không, 7 phút."
        ),
        "Seasons": "Các mùa",
        "First season": "Mùa thứ nhất",
        "Second seas&on": "Mùa thứ &hai",
        "Season &name:": "Tê&n mùa:",
        "Season name, first season": "Tên mùa, mùa thứ nhất",
        "Season name, second season": "Tên mùa, mùa thứ hai",
        "&Starts on (day/month):": "Bắt đầ&u (ngày/tháng):",
        "Starts on (day/month), first season": "Bắt đầu (ngày/tháng), mùa thứ nhất",
        "dd/MM": "dd/MM",
        "Starts on (day/month), second season": "Bắt đầu (ngày/tháng), mùa thứ hai",
        "En&ds on (day/month):": "&Kết thúc (ngày/tháng):",
        "Ends on (day/month), first season": "Kết thúc (ngày/tháng), mùa thứ nhất",
        "Ends on (day/month), second season": "Kết thúc (ngày/tháng), mùa thứ hai",
        "&Morning starts:": "Sáng &vào lúc:",
        "Morning starts, first season": "Giờ vào buổi sáng, mùa thứ nhất",
        "HH:mm": "HH:mm",
        "Morning starts, second season": "Giờ vào buổi sáng, mùa thứ hai",
        "Mo&rning ends:": "Sáng &ra lúc:",
        "Morning ends, first season": "Giờ ra buổi sáng, mùa thứ nhất",
        "Morning ends, second season": "Giờ ra buổi sáng, mùa thứ hai",
        "&Afternoon starts:": "&Chiều vào lúc:",
        "Afternoon starts, first season": "Giờ vào buổi chiều, mùa thứ nhất",
        "Afternoon starts, second season": "Giờ vào buổi chiều, mùa thứ hai",
        "Af&ternoon ends:": "Chiều r&a lúc:",
        "Afternoon ends, first season": "Giờ ra buổi chiều, mùa thứ nhất",
        "Afternoon ends, second season": "Giờ ra buổi chiều, mùa thứ hai",
        "What needs fixing": "Những điểm cần sửa",
    },
    "SeasonsModel": {
        "Season": "Mùa",
        "From": "Từ",
        "To": "Đến",
        "Morning": "Buổi sáng",
        "Afternoon": "Buổi chiều",
    },
    "StaffDialog": {
        "not known": "không rõ",
        "still working here": "vẫn đang làm việc",
        "New staff member of {unit}": "Cán bộ mới của {unit}",
        "Staff member: {name}": "Cán bộ: {name}",
        "A staff code does not change: inspections refer to it.": (
            "Mã cán bộ không thay đổi được: các cuộc kiểm tra tham chiếu đến mã này."
        ),
        "The date a person joined is set when they are added.": "Ngày vào đơn vị được ghi khi thêm người.",
        "Give the person a staff code.": "Hãy đặt mã cán bộ cho người này.",
        "Write the person's full name.": "Hãy ghi họ tên của người này.",
        "The day the person left is before the day they joined.": "Ngày nghỉ việc sớm hơn ngày vào đơn vị.",
        "The day a person left cannot be removed once saved; correct it to another day instead.": (
            "Ngày nghỉ việc đã lưu thì không xóa được; hãy sửa thành ngày khác."
        ),
        "Staff member": "Cán bộ",
        "Unit:": "Đơn vị:",
        "Unit": "Đơn vị",
        "&Code:": "&Mã:",
        "Staff code": "Mã cán bộ",
        "&Full name:": "&Họ và tên:",
        "Full name": "Họ và tên",
        "&Position:": "&Chức vụ:",
        "Position": "Chức vụ",
        "&Joined on:": "Ngày &vào:",
        "Joined the unit on": "Ngày vào đơn vị",
        "dd/MM/yyyy": "dd/MM/yyyy",
        "&Left on:": "Ngày &nghỉ:",
        "Left the unit on": "Ngày nghỉ việc",
        "&Time-clock number:": "&Số trên máy chấm công:",
        "Number on the time clock": "Số trên máy chấm công",
        "What needs fixing": "Những điểm cần sửa",
    },
    "StaffModel": {
        "Code": "Mã",
        "Full name": "Họ và tên",
        "Position": "Chức vụ",
        "Unit": "Đơn vị",
        "Joined": "Ngày vào",
        "Left": "Ngày nghỉ",
    },
    "UnitLabels": {
        "Province": "Tỉnh",
        "Department": "Sở, ban, ngành",
        "City or district": "Huyện, thị xã, thành phố",
        "Commune or ward": "Xã, phường, thị trấn",
        "Public administrative service centre": "Trung tâm Phục vụ hành chính công",
        "Sub-unit": "Phòng, bộ phận",
        "Make-up working day": "Ngày làm bù",
        "Day off": "Ngày nghỉ",
        "Morning": "Buổi sáng",
        "Afternoon": "Buổi chiều",
        "Monday": "Thứ Hai",
        "Tuesday": "Thứ Ba",
        "Wednesday": "Thứ Tư",
        "Thursday": "Thứ Năm",
        "Friday": "Thứ Sáu",
        "Saturday": "Thứ Bảy",
        "Sunday": "Chủ nhật",
    },
    "UnitTreeModel": {
        "Unit": "Đơn vị",
        "Staff": "Số cán bộ",
    },
    "UnitsPage": {
        "No unit chosen": "Chưa chọn đơn vị",
        "Choose a unit in the list on the left.": "Hãy chọn một đơn vị trong danh sách bên trái.",
        "code {code}": "mã {code}",
        "head: {name}, {title}": "thủ trưởng: {name}, {title}",
        "Nobody works directly in this unit: choose one of its units, or tick “All units”.": (
            "Không có ai làm việc trực tiếp ở đơn vị này: hãy chọn một đơn vị trực thuộc, hoặc đánh dấu "
            "«Toàn tỉnh»."
        ),
        "Nobody found. Try fewer words, or tick “All units” to search the whole province.": (
            "Không tìm thấy ai. Hãy gõ ít từ hơn, hoặc đánh dấu «Toàn tỉnh» để tìm trong cả tỉnh."
        ),
        "People listed: {count}": "Số người trong danh sách: {count}",
        "{count} who have left are not shown": "Không hiện {count} người đã nghỉ",
        "Your account cannot change units, staff or working hours.": (
            "Tài khoản của anh/chị không sửa được đơn vị, cán bộ hay giờ làm việc."
        ),
        "Your account cannot change staff details.": "Tài khoản của anh/chị không sửa được thông tin cán bộ.",
        "Saved.": "Đã lưu.",
        "&Posts ({count})": "Vị t&rí ({count})",
        "&Posts": "Vị t&rí",
        "The post is saved.": "Đã lưu vị trí.",
        "Your account cannot change posts.": "Tài khoản của anh/chị không sửa được vị trí.",
        "“{name}” is retired: it is no longer checked from {day}.": (
            "Đã ngừng sử dụng «{name}»: vị trí không còn được kiểm tra từ ngày {day}."
        ),
        "Change the post's name, code or officers (Enter or a double click on a post does the same)": (
            "Sửa tên, mã hoặc cán bộ phụ trách vị trí (nhấn Enter hoặc bấm đúp vào vị trí cũng được)"
        ),
        "&Edit post…": "&Sửa vị trí…",
        "The post closes: it is no longer checked from a day you choose": (
            "Vị trí đóng lại: không còn được kiểm tra từ ngày anh/chị chọn"
        ),
        "&Retire post…": "&Ngừng sử dụng vị trí…",
        "No working hours are set for the province yet.": "Tỉnh chưa đặt giờ làm việc.",
        "This unit has its own hours: “{name}”.": "Đơn vị này có giờ làm việc riêng: «{name}».",
        "Follows “{name}”, set for {unit}.": "Theo «{name}», đặt cho {unit}.",
        "Follows the province's hours: “{name}”.": "Theo giờ làm việc của tỉnh: «{name}».",
        "In force since {start}.": "Áp dụng từ {start}.",
        "In force from {start} until the day before {end}.": "Áp dụng từ {start} đến trước ngày {end}.",
        "Someone is late after {late} minutes of grace, counted from the start of the session.": (
            "Đến sau {late} phút cho phép là đi muộn, số phút muộn tính từ đầu buổi."
        ),
        "Someone is late after {late} minutes of grace, counted from the end of the grace.": (
            "Đến sau {late} phút cho phép là đi muộn, số phút muộn tính từ khi hết thời gian cho phép."
        ),
        "Leaving up to {early} minutes before the end of a session is allowed.": (
            "Được về trước khi hết buổi tối đa {early} phút."
        ),
        "On {day} the hours of “{season}” apply.": "Ngày {day} áp dụng giờ «{season}».",
        "No season covers {day}.": "Không mùa nào bao gồm ngày {day}.",
        "Units and staff": "Đơn vị và cán bộ",
        "&Units:": "Đơn &vị:",
        "Find a unit": "Tìm đơn vị",
        "Type to find a unit": "Gõ để tìm đơn vị",
        "Units": "Đơn vị",
        "Selected unit": "Đơn vị đang chọn",
        "About the selected unit": "Thông tin đơn vị đang chọn",
        "Your account can look at units, staff and working hours but not change them.": (
            "Tài khoản của anh/chị xem được nhưng không sửa được đơn vị, cán bộ và giờ làm việc."
        ),
        "Details of the unit": "Chi tiết đơn vị",
        "&Staff": "Cán &bộ",
        "Sear&ch:": "Tìm &kiếm:",
        "Search staff by name or code": "Tìm cán bộ theo họ tên hoặc mã",
        "Name or code, with or without accents": "Họ tên hoặc mã, gõ có dấu hay không dấu đều được",
        "Search the staff of every unit of the province": "Tìm cán bộ ở mọi đơn vị trong tỉnh",
        "&All units": "Toàn tỉ&nh",
        "Include people who have &left": "&Hiện cả người đã nghỉ",
        "Staff": "Cán bộ",
        "Number of people listed": "Số người trong danh sách",
        "A&dd a person…": "Thêm người &mới…",
        "&Edit…": "&Sửa…",
        "Posts of the unit": "Các vị trí của đơn vị",
        "A post that must be staffed is marked empty on an inspection when nobody is at it.": (
            "Vị trí bắt buộc có người sẽ bị ghi là bỏ trống khi kiểm tra mà không có ai."
        ),
        "Add a p&ost…": "Thêm vị trí &mới…",
        "&Working hours": "&Lịch làm việc",
        "Hours in force &on:": "Lịch áp dụng vào &ngày:",
        "Show the hours in force on this day": "Hiện giờ làm việc áp dụng vào ngày này",
        "dd/MM/yyyy": "dd/MM/yyyy",
        "Which schedule applies": "Lịch làm việc được áp dụng",
        "Seasons and working sessions": "Các mùa và buổi làm việc",
        "Grace periods": "Thời gian cho phép",
        "Versions of this schedule": "Các phiên bản của lịch này",
        "&New version…": "Phiên bản &mới…",
        "Days changed by notice (whole province)": "Ngày thay đổi theo thông báo (toàn tỉnh)",
        "Days changed by notice": "Ngày thay đổi theo thông báo",
        "Add a da&y…": "Thêm ngày đ&iều chỉnh…",
    },
    "VersionsModel": {
        "Grace": "Thời gian cho phép",
        "Late after {late} minutes; leaving up to {early} minutes early allowed": "Tính muộn sau {late} phút; được về sớm tối đa {early} phút",
        "In force from": "Áp dụng từ",
        "Until": "Đến",
        "still in force": "đang áp dụng",
        "{late} / {early} min": "{late} / {early} phút",
    },
}

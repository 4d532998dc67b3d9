"""Inspection entry: the roster, posts, findings, photos, sign-off (officedesk/gui/entry, ui/inspection_entry.ui).

The status keys stay the Vietnamese initials: C/Space có mặt, M muộn, P có phép, K không phép, R rời vị trí,
S về sớm. Mnemonics on the page avoid t, c and g (the main window's menus).
"""

from __future__ import annotations

VI: dict[str, dict[str, str]] = {
    "AddPersonDialog": {
        "Add a person to the roster": "Thêm người vào danh sách",
        "Full name": "Họ và tên",
        "Position": "Chức vụ",
        "Full &name:": "&Họ và tên:",
        "&Position:": "&Chức vụ:",
        "For someone working here who is not on the staff list (a new hire, a transfer).": (
            "Dành cho người đang làm việc ở đây nhưng chưa có trong danh sách (mới tuyển, mới chuyển đến)."
        ),
        "Enter the person's full name.": "Hãy nhập họ tên của người này.",
    },
    "AmendDialog": {
        "Amend the signed minutes": "Điều chỉnh biên bản đã ký",
        "A new draft version is made from the signed one, which stays as it was and can still be read. "
        "The amended minutes print the reason and are signed again.": (
            "Một bản nháp mới được lập từ bản đã ký; bản đã ký giữ nguyên và vẫn xem được. Biên bản điều chỉnh "
            "in rõ lý do và được ký lại."
        ),
        "Reason for the amendment": "Lý do điều chỉnh",
        "e.g. The unit produced invitation no. 15/GM-UBND: the officer attended a meeting with permission.": (
            "Ví dụ: Đơn vị xuất trình giấy mời số 15/GM-UBND: cán bộ được phép đi dự họp."
        ),
        "&Reason:": "&Lý do:",
        "An amendment needs a reason.": "Bản điều chỉnh cần ghi rõ lý do.",
    },
    "ArrivalEditor": {
        "Arrival time": "Giờ đến",
        "Minutes late": "Số phút muộn",
        "Time they left": "Giờ về",
        "Minutes early": "Số phút về sớm",
    },
    "EntryLabels": {
        "Present": "Có mặt",
        "Late": "Đi muộn",
        "Excused absence": "Vắng có phép",
        "Unexcused absence": "Vắng không phép",
        "Left post": "Rời vị trí",
        "Left early": "Về sớm",
        "Not marked": "Chưa ghi nhận",
        "Leave": "Nghỉ phép",
        "Business trip": "Đi công tác",
        "Sick": "Ốm",
        "Training": "Đi học, tập huấn",
        "Other reason": "Lý do khác",
        "Staffed": "Có người",
        "EMPTY": "BỎ TRỐNG",
    },
    "EntryMessages": {
        "Message": "Thông báo",
        "Parts of the minutes": "Các phần của biên bản",
    },
    "EntrySummary": {
        "Present {present}/{headcount} ({rate}) · Late {late} · Excused {excused} · Unexcused {unexcused} · "
        "Left post {left_post} · Left early {left_early} · Empty posts {empty}": (
            "Có mặt {present}/{headcount} ({rate}) · Đi muộn {late} · Vắng có phép {excused} · "
            "Vắng không phép {unexcused} · Rời vị trí {left_post} · Về sớm {left_early} · Vị trí trống {empty}"
        ),
        " · Not marked yet {count}": " · Chưa ghi nhận {count}",
    },
    "ExcuseDialog": {
        "Excused absence: {name}": "Vắng có phép: {name}",
        "Reason": "Lý do",
        "Document number": "Số giấy tờ",
        "e.g. 12/GĐ-UBND": "ví dụ 12/GĐ-UBND",
        "&Reason:": "&Lý do:",
        "&Document no.:": "&Số giấy tờ:",
    },
    "FindingsModels": {
        "For the finding": "Đối với phát hiện",
        "Open": "Đang thực hiện",
        "Done": "Đã xong",
        "Cancelled": "Đã hủy",
        "Violation": "Vi phạm",
        "Description": "Mô tả",
        "Person": "Người vi phạm",
        "Corrective action": "Biện pháp khắc phục",
        "Owner": "Người thực hiện",
        "Deadline": "Thời hạn",
        "State": "Tình trạng",
        "From the inspection of": "Từ cuộc kiểm tra ngày",
        "(no caption)": "(không có chú thích)",
    },
    "FindingsPanel": {
        "(none in particular)": "(không gắn với phát hiện cụ thể)",
        "Empty post: {post}": "Vị trí bỏ trống: {post}",
        "{status} {minutes} min": "{status} {minutes} phút",
        "Choose the kind of violation": "Chọn loại vi phạm",
        "Choose the kind of violation first.": "Hãy chọn loại vi phạm trước.",
        "(nobody in particular)": "(không riêng ai)",
        "Cancelled during the inspection": "Đã hủy trong khi kiểm tra",
        "Checked done during the inspection": "Đã xác nhận xong trong khi kiểm tra",
    },
    "InspectionEntry": {
        "For the finding:": "Đối với phát hiện:",
        "The finding the action answers": "Phát hiện mà biện pháp khắc phục",
        "Make the minutes of this inspection, look at them and print them (Reports)": (
            "Lập biên bản của cuộc kiểm tra này, xem và in (mục Báo cáo)"
        ),
        "Print the minut&es…": "In &biên bản…",
        "C/Space present · M late · P excused · K unexcused · R left post · S left early · Ctrl+Enter everyone else present": "C/phím cách có mặt · M đi muộn · P có phép · K không phép · R rời vị trí · S về sớm · Ctrl+Enter những người còn lại có mặt",
        "Inspection entry": "Nhập kết quả kiểm tra",
        "No inspection is open. Start a new one, or open a draft from the campaign's list.": (
            "Chưa mở cuộc kiểm tra nào. Hãy bắt đầu cuộc kiểm tra mới, hoặc mở một bản nháp từ danh sách "
            "của đợt kiểm tra."
        ),
        "&New inspection…": "Kiểm tra &mới…",
        "Inspected unit": "Đơn vị được kiểm tra",
        "State of the minutes": "Tình trạng biên bản",
        "Number of the minutes": "Số biên bản",
        "Vers&ion:": "&Phiên bản:",
        "Version of the minutes": "Phiên bản biên bản",
        "Campaign": "Đợt kiểm tra",
        "Day of the inspection": "Ngày kiểm tra",
        "Check &time:": "Giờ kiểm t&ra:",
        "Check time": "Giờ kiểm tra",
        "The minutes are locked": "Biên bản đã khóa",
        "The minutes are signed — every change needs an amendment.": (
            "Biên bản đã ký — mọi thay đổi phải lập bản điều chỉnh."
        ),
        "A&mend…": "Điề&u chỉnh…",
        "&Roster and posts": "&Danh sách và vị trí",
        "Roster": "Danh sách cán bộ",
        "One row per person. C or Space: present, M: late, P: excused absence, K: unexcused absence, "
        "R: left post, S: left early. Ctrl+Enter: everyone else present. Insert: add a person.": (
            "Mỗi dòng một người. C hoặc phím cách: có mặt, M: đi muộn, P: vắng có phép, K: vắng không phép, "
            "R: rời vị trí, S: về sớm. Ctrl+Enter: những người còn lại có mặt. Insert: thêm người."
        ),
        "Mark every person not yet marked as present (Ctrl+Enter)": (
            "Ghi nhận có mặt cho mọi người chưa được ghi nhận (Ctrl+Enter)"
        ),
        "&Everyone else present": "N&hững người còn lại có mặt",
        "Add someone who is not on the roster (Insert)": "Thêm người chưa có trong danh sách (Insert)",
        "&Add a person…": "Thêm người ngoài d&anh sách…",
        "Undo the last change (Ctrl+Z)": "Hoàn tác thay đổi vừa rồi (Ctrl+Z)",
        "&Undo": "H&oàn tác",
        "Redo (Ctrl+Y or Ctrl+Shift+Z)": "Làm lại (Ctrl+Y hoặc Ctrl+Shift+Z)",
        "Re&do": "&Làm lại",
        "Posts": "Vị trí làm việc",
        "Each post, staffed or empty at the check time. Press O or use the context menu to change a post's "
        "state; a reason is needed.": (
            "Từng vị trí, có người hay bỏ trống vào lúc kiểm tra. Bấm O hoặc dùng trình đơn chuột phải để "
            "đổi tình trạng vị trí; cần ghi lý do."
        ),
        "Change the selected post's state, with a reason (O)": "Đổi tình trạng vị trí đang chọn, kèm lý do (O)",
        "&Change post state…": "Đổ&i tình trạng vị trí…",
        "&Violations and actions": "&Vi phạm và biện pháp",
        "Other violations": "Vi phạm khác",
        "Kind of violation": "Loại vi phạm",
        "Description of the violation": "Mô tả vi phạm",
        "What was seen": "Điều đã thấy",
        "Person concerned": "Người liên quan",
        "Add vio&lation": "Thêm vi p&hạm",
        "Remove": "Xóa",
        "Corrective actions": "Biện pháp khắc phục",
        "What must be done": "Việc phải làm",
        "Who does it": "Người thực hiện",
        "Deadline": "Thời hạn",
        "Add a&ction": "Thêm b&iện pháp",
        "Cancel action": "Hủy biện pháp",
        "Still open from earlier inspections — check them now": (
            "Biện pháp còn dở từ các lần kiểm tra trước — hãy kiểm tra ngay"
        ),
        "Corrective actions still open from earlier inspections": (
            "Biện pháp khắc phục còn dở từ các lần kiểm tra trước"
        ),
        "Mark as &done": "Đánh dấu đã &xong",
        "N&otes and conclusions": "Ghi chú và &kết luận",
        "Notes:": "Ghi chú:",
        "Notes": "Ghi chú",
        "Conclusions:": "Kết luận:",
        "Conclusions": "Kết luận",
        "Recommendations:": "Kiến nghị:",
        "Recommendations": "Kiến nghị",
        "Saved as you type.": "Được lưu ngay khi gõ.",
        "&Photos": "Ả&nh",
        "Photos": "Ảnh",
        "Photos attached to the minutes. Drop picture files here to attach them.": (
            "Ảnh đính kèm biên bản. Kéo thả tệp ảnh vào đây để đính kèm."
        ),
        "Caption of the next photo": "Chú thích cho ảnh tiếp theo",
        "Caption of the next photo, e.g. the one-stop counter with nobody at 07:40": (
            "Chú thích cho ảnh tiếp theo, ví dụ: quầy một cửa không có người lúc 07:40"
        ),
        "A&dd photos…": "T&hêm ảnh…",
        "Remove photo": "Xóa ảnh",
        "Summary": "Tổng hợp",
        "&Sign off…": "Ký &biên bản…",
    },
    "HeaderPanel": {
        "The minutes are signed — every change needs an amendment, which the head of the team makes.": (
            "Biên bản đã ký — mọi thay đổi phải lập bản điều chỉnh, do trưởng đoàn thực hiện."
        ),
        "Day: {date}": "Ngày: {date}",
        "Amendment {n} — signed, locked": "Điều chỉnh lần {n} — đã ký, đã khóa",
        "Amendment {n} (draft)": "Điều chỉnh lần {n} (bản nháp)",
        "Signed — locked": "Đã ký — đã khóa",
        "Draft": "Bản nháp",
        "No. {number}": "Số {number}",
        "(numbered at sign-off)": "(cấp số khi ký)",
        "signed": "đã ký",
        "draft": "bản nháp",
        "Version {n} — {state}": "Phiên bản {n} — {state}",
        "The minutes are signed — every change needs an amendment.": (
            "Biên bản đã ký — mọi thay đổi phải lập bản điều chỉnh."
        ),
        "This is version {n}; version {latest} is the current one. Earlier versions can be read but not "
        "changed.": (
            "Đây là phiên bản {n}; phiên bản hiện hành là {latest}. Các phiên bản trước chỉ xem được, không sửa "
            "được."
        ),
        "Amendment {n}, to be signed again. Reason: {reason}": "Điều chỉnh lần {n}, cần ký lại. Lý do: {reason}",
        "Your account can read this inspection but not change it.": (
            "Tài khoản của anh/chị chỉ xem được, không sửa được cuộc kiểm tra này."
        ),
    },
    "InspectionEntryPage": {
        "Minutes {number} – {unit}": "Biên bản {number} – {unit}",
        "Undo": "Hoàn tác",
        "Redo": "Làm lại",
        "Everyone else present": "Những người còn lại có mặt",
        "Add a person": "Thêm người",
        "Undo: {what}": "Hoàn tác: {what}",
        "Redo: {what}": "Làm lại: {what}",
        "This inspection no longer exists.": "Cuộc kiểm tra này không còn nữa.",
        "late {minutes} min": "muộn {minutes} phút",
        "on time": "đúng giờ",
        "left {minutes} min early": "về sớm {minutes} phút",
        "{left}, before the check": "{left}, trước giờ kiểm tra",
        "not early": "không tính về sớm",
        "{count} more people marked present.": "Đã ghi nhận có mặt thêm {count} người.",
        "{count} people are not marked yet: mark them or use 'Everyone else present' (Ctrl+Enter).": (
            "Còn {count} người chưa được ghi nhận: hãy ghi nhận hoặc dùng «Những người còn lại có mặt» "
            "(Ctrl+Enter)."
        ),
        "New inspection": "Cuộc kiểm tra mới",
        "A draft for this unit on this day is already open. Continue it?\n\nYes: continue the draft. "
        "No: start a second inspection.": (
            "Đã có bản nháp cho đơn vị này trong ngày này. Tiếp tục bản nháp đó?\n\nCó: tiếp tục bản nháp. "
            "Không: bắt đầu cuộc kiểm tra thứ hai."
        ),
    },
    "NewInspectionDialog": {
        "{day} is outside the campaign's dates ({dates}). Check the day, or press Start again to go on.": (
            "Ngày {day} nằm ngoài thời gian của đợt kiểm tra ({dates}). Hãy xem lại ngày, hoặc bấm Bắt đầu lần "
            "nữa để tiếp tục."
        ),
        "New inspection": "Cuộc kiểm tra mới",
        "Campaign": "Đợt kiểm tra",
        "Unit": "Đơn vị",
        "Day of the inspection": "Ngày kiểm tra",
        "Check time": "Giờ kiểm tra",
        "&Campaign:": "Đợt &kiểm tra:",
        "&Unit:": "Đơn &vị:",
        "&Day:": "&Ngày:",
        "Check &time:": "&Giờ kiểm tra:",
        "&Start": "&Bắt đầu",
        "Choose a campaign and a unit from the list.": "Hãy chọn đợt kiểm tra và đơn vị trong danh sách.",
    },
    "PhotosPanel": {
        "Attach photos": "Đính kèm ảnh",
        "Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.heic)": (
            "Ảnh (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.heic)"
        ),
        "Cannot read the file: {error}": "Không đọc được tệp: {error}",
        "Attaching photos…": "Đang đính kèm ảnh…",
    },
    "PostStateDialog": {
        "State of the post: {post}": "Tình trạng vị trí: {post}",
        "State of the post": "Tình trạng vị trí",
        "Reason": "Lý do",
        "Observed: {state}": "Ghi nhận lúc kiểm tra: {state}",
        "&State:": "&Tình trạng:",
        "&Reason:": "&Lý do:",
        "Give a reason for changing the post's state from what was observed.": (
            "Hãy nêu lý do thay đổi tình trạng vị trí so với điều đã ghi nhận."
        ),
    },
    "PostsModel": {
        "Post": "Vị trí",
        "State": "Tình trạng",
        "Who is there": "Người có mặt",
        "Observed / decided": "Ghi nhận / quyết định",
        "{name} (not required)": "{name} (không bắt buộc)",
        "as observed": "như đã ghi nhận",
        "Not seen yet": "Chưa kiểm tra",
        "its people are not marked yet": "người trực chưa được ghi nhận",
        "observed {observed}, set to {state}: {reason}": "ghi nhận {observed}, đổi thành {state}: {reason}",
        "Code": "Mã",
        "Must be staffed": "Bắt buộc có người",
        "Yes": "Có",
        "No": "Không",
        "Assigned officers": "Cán bộ được phân công",
        "nobody assigned": "chưa phân công ai",
    },
    "PostsPanel": {
        "Change the post's state…": "Đổi tình trạng vị trí…",
        "Back to what was observed": "Trở về như đã ghi nhận",
    },
    "Recorder": {
        "{name}: {status}": "{name}: {status}",
        "Note of {name}": "Ghi chú về {name}",
        "Everyone else present ({count})": "Những người còn lại có mặt ({count})",
        "Post {name}": "Vị trí {name}",
        "Check time": "Giờ kiểm tra",
        "Add a violation": "Thêm vi phạm",
        "Remove a violation": "Xóa vi phạm",
        "Add a photo": "Thêm ảnh",
        "Remove a photo": "Xóa ảnh",
        "Add {name}": "Thêm {name}",
        "Add a corrective action": "Thêm biện pháp khắc phục",
        "Action done: {what}": "Đã thực hiện: {what}",
        "Action cancelled: {what}": "Hủy biện pháp: {what}",
    },
    "RosterModel": {
        "No.": "STT",
        "Full name": "Họ và tên",
        "Position": "Chức vụ",
        "Status": "Tình trạng",
        "Arrived / left": "Giờ đến / về",
        "When a late person arrived; for someone who left early, when they left": (
            "Giờ đến của người đi muộn; với người về sớm là giờ về"
        ),
        "Minutes late": "Số phút muộn",
        "Reason / document no.": "Lý do / số giấy tờ",
        "Note": "Ghi chú",
        "C or Space: present · M: late · P: excused absence · K: unexcused absence · R: left post · "
        "S: left early": (
            "C hoặc phím cách: có mặt · M: đi muộn · P: vắng có phép · K: vắng không phép · R: rời vị trí · "
            "S: về sớm"
        ),
        " (added on the spot)": " (thêm tại chỗ)",
        "left at {time}, {minutes} min early": "về lúc {time}, sớm {minutes} phút",
    },
    "SignOffDialog": {
        "The whole minutes as they will be signed: who was flagged, the posts, the violations and the actions": (
            "Toàn văn biên bản sẽ ký: những người vi phạm, các vị trí, các vi phạm và biện pháp khắc phục"
        ),
        "&Read the minutes…": "Đọc &biên bản…",
        "Minutes of {unit}": "Biên bản {unit}",
        "Sign and &lock": "Ký và &khóa",
        "the unit's representative": "đại diện đơn vị",
        "the team leader": "trưởng đoàn",
        "the minute-taker": "thư ký",
        "Enter the name of {who}.": "Hãy nhập họ tên của {who}.",
        "Signature missing: {who}.": "Còn thiếu chữ ký: {who}.",
        "Sign the minutes": "Ký biên bản",
        "Read the summary with the unit's representative. Each person signs in their block; the minutes are "
        "then locked.": (
            "Cùng đại diện đơn vị đọc phần tổng hợp. Mỗi người ký vào ô của mình; sau đó biên bản được khóa."
        ),
        "Summary of the inspection": "Tổng hợp kết quả kiểm tra",
        "The inspection &ended at:": "Kết thúc kiểm tra &lúc:",
        "End time of the inspection": "Giờ kết thúc kiểm tra",
        "Unit representative": "Đại diện đơn vị",
        "&Name:": "&Họ tên:",
        "Unit representative: full name": "Đại diện đơn vị: họ tên",
        "Title:": "Chức vụ:",
        "Unit representative: title": "Đại diện đơn vị: chức vụ",
        "Unit representative: signature": "Đại diện đơn vị: chữ ký",
        "Undo stroke": "Xóa nét vừa ký",
        "Clear": "Ký lại",
        "Team leader": "Trưởng đoàn",
        "N&ame:": "Họ &tên:",
        "Team leader: full name": "Trưởng đoàn: họ tên",
        "Team leader: title": "Trưởng đoàn: chức vụ",
        "Team leader: signature": "Trưởng đoàn: chữ ký",
        "Minute-taker": "Thư ký",
        "Na&me:": "Họ tê&n:",
        "Minute-taker: full name": "Thư ký: họ tên",
        "Minute-taker: title": "Thư ký: chức vụ",
        "Minute-taker: signature": "Thư ký: chữ ký",
        "What is still missing": "Những gì còn thiếu",
    },
    "UnitCombo": {
        "Type part of the name or the code": "Gõ một phần tên hoặc mã",
    },
    "MinutesReader": {
        "The minutes before signing": "Biên bản trước khi ký",
        "Making the minutes…": "Đang lập biên bản…",
        "The minutes could not be made. The details are in the error log.": (
            "Không lập được biên bản. Chi tiết có trong nhật ký lỗi."
        ),
    },
    "PhotoViewer": {
        "Photo": "Ảnh",
        "Photo: {caption}": "Ảnh: {caption}",
    },
}

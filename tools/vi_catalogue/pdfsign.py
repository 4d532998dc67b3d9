"""Digital signatures on PDFs: signing with a certificate file or a USB token, checking (officedesk/gui/pdfsign).

Wording as in the signing core's own messages (officedesk/security/pdf_signing.py): "chứng thư số", "USB token",
"mã PIN", "ô ký"; the blocks are named as the minutes print them.
"""

from __future__ import annotations

VI: dict[str, dict[str, str]] = {
    "PdfSign": {
        "Unit representative": "Đại diện đơn vị",
        "Team leader": "Trưởng đoàn",
        "Minute-taker": "Người ghi biên bản",
        "PDF documents (*.pdf)": "Văn bản PDF (*.pdf)",
        "Choose the PDF to sign": "Chọn tệp PDF cần ký",
        "Choose the PDF to check": "Chọn tệp PDF cần kiểm tra chữ ký",
    },
    "SignPdfDialog": {
        "Sign a PDF – OfficeDesk": "Ký số tệp PDF – OfficeDesk",
        "Sign a PDF": "Ký số tệp PDF",
        "Sign a PDF with a digital signature": "Ký số tệp PDF bằng chữ ký số",
        "File:": "Tệp:",
        "File to sign": "Tệp cần ký",
        "Si&gn as:": "Ký &với vai trò:",
        "Signature block": "Ô ký",
        "Sign with": "Ký bằng",
        "Certificate &file (.p12, .pfx)": "Tệp &chứng thư số (.p12, .pfx)",
        "USB &token": "&USB token",
        "&Certificate file:": "Tệp chứng thư &số:",
        "Certificate file": "Tệp chứng thư số",
        "Choose…": "Chọn…",
        "Choose the certificate file": "Chọn tệp chứng thư số",
        "&Password:": "&Mật khẩu:",
        "Used for this signature only: OfficeDesk never saves the password.": (
            "Chỉ dùng cho lần ký này: OfficeDesk không bao giờ lưu mật khẩu."
        ),
        "Password of the certificate file": "Mật khẩu của tệp chứng thư số",
        "Token &driver (PKCS#11):": "Thư viện điều khiển &token (PKCS#11):",
        "Token driver": "Thư viện điều khiển USB token",
        "Choose the token driver": "Chọn thư viện điều khiển USB token",
        "P&IN:": "Mã P&IN:",
        "PIN of the token": "Mã PIN của USB token",
        "Token &name (optional):": "Tê&n token (không bắt buộc):",
        "Token name": "Tên token",
        "Only when several tokens are plugged in": "Chỉ cần khi cắm nhiều USB token cùng lúc",
        "&Reason:": "&Lý do ký:",
        "Reason for signing": "Lý do ký",
        "P&lace:": "Đị&a điểm:",
        "Place of signing": "Địa điểm ký",
        "Save the signed file &as:": "Lưu tệp đã ký t&hành:",
        "Signed file": "Tệp đã ký",
        "Choose where to save the signed file": "Chọn nơi lưu tệp đã ký",
        "The .p12 or .pfx file given by the certificate authority": (
            "Tệp .p12 hoặc .pfx do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp"
        ),
        "for example {path}": "ví dụ: {path}",
        "&Sign": "&Ký số",
        "C&heck the signature": "Kiểm &tra chữ ký",
        "Certificate files (*.p12 *.pfx);;All files (*)": "Tệp chứng thư số (*.p12 *.pfx);;Tất cả các tệp (*)",
        "Token drivers ({pattern});;All files (*)": "Thư viện điều khiển token ({pattern});;Tất cả các tệp (*)",
        "Save the signed file as": "Lưu tệp đã ký thành",
        "PDF documents (*.pdf)": "Văn bản PDF (*.pdf)",
        "Choose where to save the signed file.": "Hãy chọn nơi lưu tệp đã ký.",
        "The signed file must be saved as a new file, not over the original.": (
            "Tệp đã ký phải được lưu thành tệp mới, không ghi đè lên tệp gốc."
        ),
        "Enter the driver of the USB token (the PKCS#11 library).": (
            "Hãy nhập thư viện điều khiển USB token (thư viện PKCS#11)."
        ),
        "Type the PIN of the USB token.": "Hãy nhập mã PIN của USB token.",
        "Choose the certificate file (.p12 or .pfx).": "Hãy chọn tệp chứng thư số (.p12 hoặc .pfx).",
        "The certificate file {name} does not exist.": "Không tìm thấy tệp chứng thư số {name}.",
        "{name} already exists. Replace it with the signed file?": "Tệp {name} đã có. Thay bằng tệp đã ký?",
        "Signing {name}…": "Đang ký {name}…",
        "Signed by {signer} at {time}.": "Đã ký bởi {signer} lúc {time}.",
        "Saved as {path}": "Đã lưu thành {path}",
        "&Close": "Đó&ng",
        "Digital signing is not installed on this computer; reinstall OfficeDesk.": (
            "Máy này chưa cài thành phần ký số; hãy cài đặt lại OfficeDesk."
        ),
    },
    "VerifyPdfDialog": {
        "Signatures of a PDF – OfficeDesk": "Chữ ký số của tệp PDF – OfficeDesk",
        "Signatures of a PDF": "Chữ ký số của tệp PDF",
        "Check the digital signatures": "Kiểm tra chữ ký số",
        "File:": "Tệp:",
        "File checked": "Tệp được kiểm tra",
        "Verdict": "Kết luận",
        "Signatures": "Các chữ ký",
        "Signature details": "Chi tiết chữ ký",
        "Trusted root certificates": "Chứng thư số gốc tin cậy",
        "&Add…": "&Thêm…",
        "Add a trusted root certificate": "Thêm chứng thư số gốc tin cậy",
        "&Remove all": "&Bỏ tất cả",
        "Remove all trusted root certificates": "Bỏ tất cả chứng thư số gốc tin cậy",
        "Checking the signatures…": "Đang kiểm tra chữ ký…",
        "Checking the signatures of {name}…": "Đang kiểm tra chữ ký của tệp {name}…",
        "Digital signatures cannot be checked: a part of OfficeDesk is missing; reinstall it.": (
            "Không kiểm tra được chữ ký số: thiếu một thành phần của OfficeDesk; hãy cài đặt lại chương trình."
        ),
        "The signatures could not be checked.": "Không kiểm tra được chữ ký.",
        "No signatures: this file carries no digital signature.": "Không có chữ ký: tệp này không có chữ ký số nào.",
        "MODIFIED: the file was changed after it was signed ({count} of {total} signatures). "
        "Do not rely on its content.": (
            "ĐÃ BỊ SỬA ĐỔI: tệp đã bị thay đổi sau khi ký ({count}/{total} chữ ký). "
            "Không được sử dụng nội dung tệp này."
        ),
        "All intact: no change since signing. {count} of {total} signers are not confirmed by a trusted root "
        "certificate.": (
            "Tất cả còn nguyên vẹn: không có thay đổi nào sau khi ký. {count}/{total} người ký chưa được xác nhận "
            "bằng chứng thư số gốc tin cậy."
        ),
        "All intact: no change since signing, every signer confirmed.": (
            "Tất cả còn nguyên vẹn: không có thay đổi nào sau khi ký, mọi người ký đều đã được xác nhận."
        ),
        "None chosen: no signer can be confirmed, but changes to the file are still found.": (
            "Chưa chọn: chưa xác nhận được người ký, nhưng mọi thay đổi của tệp vẫn được phát hiện."
        ),
        "Add trusted root certificates": "Thêm chứng thư số gốc tin cậy",
        "Select a signature to read what was found about it.": "Chọn một chữ ký để xem kết quả kiểm tra chi tiết.",
        "Certificates (*.pem *.crt *.cer *.der);;All files (*)": (
            "Chứng thư số (*.pem *.crt *.cer *.der);;Tất cả các tệp (*)"
        ),
    },
    "SignaturesModel": {
        "Block": "Ô ký",
        "Signed by": "Người ký",
        "Signed at": "Thời gian ký",
        "Intact": "Nguyên vẹn",
        "Changed after signing": "Sửa đổi sau khi ký",
        "Trusted": "Tin cậy",
        "Yes": "Có",
        "No": "Không",
        "NO": "KHÔNG",
        "YES": "CÓ",
        "No: {reason}": "Không: {reason}",
        "The signature of {signer} is NOT valid: the signed content was changed.": (
            "Chữ ký của {signer} KHÔNG hợp lệ: nội dung đã ký bị thay đổi."
        ),
        "The signature of {signer}{when} is intact, but the file was changed after signing.": (
            "Chữ ký của {signer}{when} còn nguyên vẹn, nhưng tệp đã bị sửa đổi sau khi ký."
        ),
        "The signature of {signer}{when} is intact but its certificate is not confirmed.": (
            "Chữ ký của {signer}{when} còn nguyên vẹn nhưng chứng thư số chưa được xác nhận."
        ),
        "Valid signature of {signer}{when}.": "Chữ ký hợp lệ của {signer}{when}.",
    },
}

"""Screenshots of the PDF signing and checking dialogs: docs/screenshots/sign_pdf.png, verify_pdf.png.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_pdfsign.py [--lang en] [--scale 1.5]

Real minutes from officedesk.reports.samples, a test CA made on the spot (the province's) and a second one nobody
trusts: the team leader signs with the first, the minute-taker with the second, so the check shows one confirmed
and one unconfirmed signer. A tampered copy's check goes to the temporary folder (printed) for a look. Settings live
in the temporary folder too.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import shotkit
from shotkit import OUT, settle

PASSWORD = b"mat-khau-123"


def _pki(folder: Path) -> dict[str, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)

    def name(cn: str, org: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                          x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    def usage(ca: bool) -> x509.KeyUsage:
        return x509.KeyUsage(digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
                             data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                             encipher_only=False, decipher_only=False)

    def root(cn: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        subject = name(cn, "Tổ chức chứng thực (thử nghiệm)")
        cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=3650))
                .not_valid_after(now + timedelta(days=3650))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .add_extension(usage(True), critical=True).sign(key, hashes.SHA256()))
        return key, cert

    def signer(ca: tuple[rsa.RSAPrivateKey, x509.Certificate], cn: str, path: Path) -> Path:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = (x509.CertificateBuilder().subject_name(name(cn, "Văn phòng UBND tỉnh Lào Cai"))
                .issuer_name(ca[1].subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(days=30)).not_valid_after(now + timedelta(days=365))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(usage(False), critical=True).sign(ca[0], hashes.SHA256()))
        path.write_bytes(pkcs12.serialize_key_and_certificates(
            b"officedesk", key, cert, [ca[1]], serialization.BestAvailableEncryption(PASSWORD)))
        return path

    folder.mkdir(parents=True, exist_ok=True)
    province = root("CA thử nghiệm tỉnh Lào Cai")
    other = root("CA không có trong danh sách tin cậy")
    root_pem = folder / "ca-tinh-lao-cai.pem"
    root_pem.write_bytes(province[1].public_bytes(serialization.Encoding.PEM))
    return {
        "root": root_pem,
        "leader": signer(province, "Nguyễn Văn Tuấn", folder / "nguyen-van-tuan.p12"),
        "taker": signer(other, "Lê Thị Hoa", folder / "le-thi-hoa.p12"),
    }


def main() -> int:
    shot = shotkit.start()
    tmp, suffix = shot.tmp, shot.suffix

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QWidget

    from officedesk.gui.pdfsign import SignPdfDialog, VerifyPdfDialog
    from officedesk.reports.minutes_pdf import render_minutes
    from officedesk.reports.samples import sample_minutes
    from officedesk.security.pdf_signing import sign_pdf_p12

    def save(widget: QWidget, path: Path) -> None:
        widget.grab().save(str(path))
        sys.stdout.write(f"{path}\n")

    keys = _pki(tmp / "Chữ ký số")
    files = tmp / "Biên bản"
    files.mkdir()
    minutes = files / "bien-ban-07-xa-ta-phin.pdf"
    render_minutes(sample_minutes(), minutes)
    leader = files / "bien-ban-07-xa-ta-phin-da-ky.pdf"
    sign_pdf_p12(minutes, leader, keys["leader"], PASSWORD, block="team", location="Lào Cai")

    # The minute-taker signs the copy the team leader signed.
    sign = SignPdfDialog(None, leader, default_block="minutes")
    sign.ui.certificateEdit.setText(str(keys["taker"]))
    sign.ui.passwordEdit.setText(PASSWORD.decode())
    sign.ui.locationEdit.setText("Lào Cai")
    sign.move(QPoint(40, 40))
    sign.show()
    sign.ui.passwordEdit.setFocus()
    settle(300)
    save(sign, OUT / f"sign_pdf{suffix}.png")
    sign.accept()
    for _ in range(100):
        if not sign.busy:
            break
        settle(100)
    save(sign, tmp / f"sign_pdf_done{suffix}.png")
    both = sign.signed_path
    if both is None:
        sys.stderr.write(f"signing failed: {sign.message()}\n")
        return 1
    sign.close()

    def check(path: Path, out: Path) -> None:
        dialog = VerifyPdfDialog(None, path, trust_roots=[keys["root"]])
        dialog.move(QPoint(40, 40))
        dialog.show()
        for _ in range(100):
            if dialog.state != "checking":
                break
            settle(100)
        settle(300)
        save(dialog, out)
        dialog.close()

    check(both, OUT / f"verify_pdf{suffix}.png")
    tampered = files / "bien-ban-sua.pdf"
    data = bytearray(both.read_bytes())
    at = data.index(b"/Producer (ReportLab") + len(b"/Producer (")
    data[at : at + 1] = b"X"
    tampered.write_bytes(bytes(data))
    check(tampered, tmp / f"verify_pdf_modified{suffix}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

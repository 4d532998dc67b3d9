"""Signing and checking PDFs from the client, end to end: a CA, a signer's PKCS#12 file and a SoftHSM2 token made at
test time, real minutes drawn by officedesk.reports, the dialogs driven as a person would."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from officedesk.gui import settings
from officedesk.gui.pdfsign import (
    SignPdfDialog,
    VerifyPdfDialog,
    common,
    sign_pdf_interactively,
)
from officedesk.gui.pdfsign.models import STATE_ROLE, SignaturesModel
from officedesk.security.pdf_signing import verify_pdf
from tests.pki import P12_PASSWORD, USER_PIN, Issuer, Token, issue, make_root, new_key, write_p12, write_pem
from tests.pki import softhsm_token as softhsm_token_in

SIGNER_CN = "Nguyễn Văn Nam"
TOKEN_CN = "Phạm Thị Thu Hằng"
ISO_8601 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00")
WAIT_MS = 30000  # signing loads the stamp's font; a loaded CI machine is slow

# --------------------------------------------------------------------------------------------------------------
# A small PKI (built with tests/pki.py)


@dataclass(frozen=True)
class Pki:
    root: Issuer
    root_pem: Path
    signer_p12: Path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    d = tmp_path_factory.mktemp("pki")
    root = make_root("Root CA thử nghiệm OfficeDesk")
    key = new_key()
    return Pki(root, write_pem(d / "root.pem", root.cert),
               write_p12(d / "chu-ky.p12", key, issue(root, key.public_key(), SIGNER_CN), [root.cert]))


@pytest.fixture(scope="module")
def minutes_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from officedesk.reports.minutes_pdf import render_minutes
    from officedesk.reports.samples import sample_minutes

    path = tmp_path_factory.mktemp("minutes") / "bien-ban-xa-ta-phin.pdf"
    render_minutes(sample_minutes(), path)
    return path


@pytest.fixture
def minutes(minutes_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of real minutes (empty fields "unit", "team", "minutes") in this test's folder."""
    folder = tmp_path / "ho-so"
    folder.mkdir()
    return Path(shutil.copy(minutes_master, folder / minutes_master.name))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def settings_text(folder: Path) -> str:
    settings.app_settings().sync()
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*.ini"))


# --------------------------------------------------------------------------------------------------------------
# Driving the signing dialog


def open_sign_dialog(qtbot: QtBot, path: Path, **kwargs: str) -> SignPdfDialog:
    dialog = SignPdfDialog(None, path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_certificate(dialog: SignPdfDialog, p12: Path, password: bytes, *, block: str = "team") -> None:
    dialog.set_block(block)
    dialog.ui.fileRadio.setChecked(True)
    dialog.ui.certificateEdit.setText(str(p12))
    dialog.ui.passwordEdit.setText(password.decode())


def press_sign(qtbot: QtBot, dialog: SignPdfDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def wait_done(qtbot: QtBot, dialog: SignPdfDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


def test_signs_real_minutes_with_a_certificate_file(
    qtbot: QtBot, pki: Pki, minutes: Path, isolated_settings: Path
) -> None:
    before = sha256(minutes)
    dialog = open_sign_dialog(qtbot, minutes)
    assert dialog.ui.outputEdit.text() == str(minutes.with_name("bien-ban-xa-ta-phin-da-ky.pdf"))
    assert dialog.block() == "team"  # the first time
    assert dialog.ui.passwordEdit.echoMode() == dialog.ui.passwordEdit.EchoMode.Password
    assert dialog.ui.pinEdit.echoMode() == dialog.ui.pinEdit.EchoMode.Password
    fill_certificate(dialog, pki.signer_p12, P12_PASSWORD, block="unit")
    dialog.ui.locationEdit.setText("Lào Cai")

    press_sign(qtbot, dialog)
    assert dialog.busy and not dialog.ui.certificateEdit.isEnabled()
    wait_done(qtbot, dialog)

    assert dialog.result_info is not None, dialog.message()
    signed = dialog.signed_path
    assert signed == minutes.with_name("bien-ban-xa-ta-phin-da-ky.pdf")
    assert signed.is_file() and sha256(minutes) == before  # a new file; the source untouched
    message = dialog.message()
    assert message.startswith(f"Signed by {SIGNER_CN} at ")
    assert ISO_8601.search(message) and str(signed) in message
    assert dialog.ui.passwordEdit.text() == ""  # the secret does not linger in the widget

    (report,) = verify_pdf(signed, [pki.root_pem])
    assert report.field == "unit" and report.signer == SIGNER_CN
    assert report.intact and not report.modified_after and report.trusted

    # Remembered for next time: the certificate, the block, the place; never the password.
    ini = settings_text(isolated_settings)
    assert P12_PASSWORD.decode() not in ini
    again = open_sign_dialog(qtbot, minutes)
    assert again.ui.certificateEdit.text() == str(pki.signer_p12)
    assert again.block() == "unit" and again.ui.locationEdit.text() == "Lào Cai"
    assert again.ui.passwordEdit.text() == ""
    assert again.ui.outputEdit.text().endswith("bien-ban-xa-ta-phin-da-ky-2.pdf")  # never over the first copy
    assert open_sign_dialog(qtbot, minutes, default_block="minutes").block() == "minutes"

    # The signed button now closes the dialog, and offers to check the new signature.
    assert dialog.verify_button.isVisible()
    press_sign(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_wrong_password_is_told_in_vietnamese_and_writes_nothing(
    qtbot: QtBot, pki: Pki, minutes: Path, vietnamese: None, isolated_settings: Path
) -> None:
    dialog = open_sign_dialog(qtbot, minutes)
    assert dialog.ui.blockCombo.currentText() == "Trưởng đoàn"
    assert [dialog.ui.blockCombo.itemText(i) for i in range(3)] == [
        "Đại diện đơn vị", "Trưởng đoàn", "Người ghi biên bản"]
    fill_certificate(dialog, pki.signer_p12, b"sai-mat-khau")
    press_sign(qtbot, dialog)
    wait_done(qtbot, dialog)

    assert dialog.result_info is None
    assert dialog.message() == "Mật khẩu của chứng thư số không đúng."
    assert dialog.isVisible()  # still open, to try again
    assert dialog.ui.passwordEdit.text() == "" and dialog.focusWidget() is dialog.ui.passwordEdit
    assert list(minutes.parent.iterdir()) == [minutes]  # no signed copy, no temporary file left
    assert common.read_text(common.KEY_CERTIFICATE) == ""  # remembered only once it has signed
    assert "sai-mat-khau" not in settings_text(isolated_settings)


def test_a_refusal_is_in_english_when_the_interface_is(qtbot: QtBot, pki: Pki, minutes: Path) -> None:
    dialog = open_sign_dialog(qtbot, minutes)
    fill_certificate(dialog, pki.signer_p12, b"wrong")
    press_sign(qtbot, dialog)
    wait_done(qtbot, dialog)
    assert dialog.message() == "Wrong password for the certificate file."


def test_missing_or_wrong_fields_are_told_before_signing(qtbot: QtBot, pki: Pki, minutes: Path) -> None:
    dialog = open_sign_dialog(qtbot, minutes)
    dialog.ui.certificateEdit.clear()
    press_sign(qtbot, dialog)
    assert not dialog.busy
    assert dialog.message() == "Choose the certificate file (.p12 or .pfx)."
    assert dialog.focusWidget() is dialog.ui.certificateEdit

    dialog.ui.certificateEdit.setText(str(minutes.parent / "khong-co.p12"))
    press_sign(qtbot, dialog)
    assert dialog.message() == "The certificate file khong-co.p12 does not exist."

    fill_certificate(dialog, pki.signer_p12, P12_PASSWORD)
    dialog.ui.outputEdit.setText(minutes.name)  # a bare name: next to the source, i.e. the source itself
    press_sign(qtbot, dialog)
    assert not dialog.busy
    assert dialog.message() == "The signed file must be saved as a new file, not over the original."

    dialog.ui.tokenRadio.setChecked(True)
    assert dialog.ui.methodStack.currentWidget() is dialog.ui.tokenPage
    dialog.ui.outputEdit.setText("ban-ky")
    dialog.ui.libraryEdit.setText("/usr/lib/some-token.so")
    press_sign(qtbot, dialog)
    assert dialog.message() == "Type the PIN of the USB token."
    assert list(minutes.parent.iterdir()) == [minutes]


def test_the_dialog_stays_open_while_signing(qtbot: QtBot, pki: Pki, minutes: Path) -> None:
    dialog = open_sign_dialog(qtbot, minutes)
    fill_certificate(dialog, pki.signer_p12, P12_PASSWORD)
    press_sign(qtbot, dialog)
    dialog.reject()
    dialog.close()
    assert dialog.isVisible()
    wait_done(qtbot, dialog)
    assert dialog.signed_path is not None and dialog.signed_path.is_file()


def test_sign_pdf_interactively_returns_the_signed_file(qtbot: QtBot, pki: Pki, minutes: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[str] = []

    def drive() -> None:
        dialog = parent.findChild(SignPdfDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, drive)
            return
        if not steps:
            fill_certificate(dialog, pki.signer_p12, P12_PASSWORD, block="minutes")
            steps.append("sign")
            dialog.accept()
        elif dialog.result_info is not None or dialog.message():
            steps.append("close")
            dialog.accept() if dialog.result_info is not None else dialog.reject()
            return
        QTimer.singleShot(50, drive)

    QTimer.singleShot(0, drive)
    signed = sign_pdf_interactively(parent, minutes)
    assert steps == ["sign", "close"]
    assert signed == minutes.with_name("bien-ban-xa-ta-phin-da-ky.pdf")
    (report,) = verify_pdf(signed)
    assert report.field == "minutes" and report.intact


# --------------------------------------------------------------------------------------------------------------
# A USB token (SoftHSM2)

@pytest.fixture(scope="module")
def softhsm_token(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Token]:
    root = make_root("Root CA thử nghiệm OfficeDesk (token)")
    with softhsm_token_in(tmp_path_factory.mktemp("softhsm"), "officedesk-gui", root, TOKEN_CN) as token:
        yield token


def test_signs_with_a_usb_token(
    qtbot: QtBot, softhsm_token: Token, minutes: Path, isolated_settings: Path
) -> None:
    dialog = open_sign_dialog(qtbot, minutes)
    dialog.ui.tokenRadio.setChecked(True)
    dialog.ui.libraryEdit.setText(str(softhsm_token.lib))
    dialog.ui.pinEdit.setText("000000")
    press_sign(qtbot, dialog)
    wait_done(qtbot, dialog)
    assert dialog.message() == "Wrong token PIN."
    assert dialog.ui.pinEdit.text() == "" and dialog.focusWidget() is dialog.ui.pinEdit

    dialog.ui.pinEdit.setText(USER_PIN)
    dialog.ui.tokenLabelEdit.setText(softhsm_token.label)
    press_sign(qtbot, dialog)
    wait_done(qtbot, dialog)
    assert dialog.result_info is not None, dialog.message()
    assert dialog.message().startswith(f"Signed by {TOKEN_CN} at ")
    (report,) = verify_pdf(dialog.result_info.dst)
    assert report.field == "team" and report.signer == TOKEN_CN and report.intact

    ini = settings_text(isolated_settings)
    assert USER_PIN not in ini
    again = open_sign_dialog(qtbot, minutes)
    assert again.method() == common.METHOD_TOKEN
    assert again.ui.libraryEdit.text() == str(softhsm_token.lib)
    assert again.ui.tokenLabelEdit.text() == softhsm_token.label and again.ui.pinEdit.text() == ""


# --------------------------------------------------------------------------------------------------------------
# Checking signatures


@pytest.fixture(scope="module")
def signed_minutes(pki: Pki, minutes_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from officedesk.security.pdf_signing import sign_pdf_p12

    dst = tmp_path_factory.mktemp("signed") / "bien-ban-da-ky.pdf"
    sign_pdf_p12(minutes_master, dst, pki.signer_p12, P12_PASSWORD, block="team", location="Lào Cai")
    return dst


def open_verify_dialog(qtbot: QtBot, path: Path, **kwargs: list[Path]) -> VerifyPdfDialog:
    dialog = VerifyPdfDialog(None, path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state != "checking", timeout=WAIT_MS)
    return dialog


def cells(model: SignaturesModel, row: int = 0) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_one_intact_trusted_signature(qtbot: QtBot, qtmodeltester: object, signed_minutes: Path, pki: Pki) -> None:
    dialog = open_verify_dialog(qtbot, signed_minutes, trust_roots=[pki.root_pem])
    model = dialog.model
    assert dialog.state == "good", dialog.verdict_text()
    assert dialog.verdict_text().startswith("All intact")
    assert model.rowCount() == 1
    field, signer, when, intact, changed, trusted = cells(model)
    assert (field, signer, intact, changed, trusted) == ("Team leader", SIGNER_CN, "Yes", "No", "Yes")
    assert ISO_8601.fullmatch(when)
    assert [model.index(0, c).data(STATE_ROLE) for c in range(6)] == [None, None, None, "good", "good", "good"]
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.ui.detailLabel.text() == "Select a signature to read what was found about it."
    dialog.ui.signaturesView.selectRow(0)
    assert dialog.ui.detailLabel.text().startswith(f"Valid signature of {SIGNER_CN} (")
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_without_trusted_roots_the_signer_is_not_confirmed(
    qtbot: QtBot, signed_minutes: Path, pki: Pki, vietnamese: None
) -> None:
    dialog = open_verify_dialog(qtbot, signed_minutes, trust_roots=[])
    assert dialog.state == "doubt"
    assert dialog.verdict_text().startswith("Tất cả còn nguyên vẹn")
    field, _signer, _when, intact, changed, trusted = cells(dialog.model)
    assert (field, intact, changed) == ("Trưởng đoàn", "Có", "Không")
    assert trusted.startswith("Không: ") and "tin cậy" in trusted  # the reason, not just a colour
    assert dialog.model.index(0, 5).data(STATE_ROLE) == "doubt"
    dialog.ui.signaturesView.selectRow(0)
    assert dialog.ui.detailLabel.text().startswith("Chữ ký của Nguyễn Văn Nam")

    # Choosing the root certificate checks again, and is remembered for the next file.
    dialog.set_trust_roots([pki.root_pem])
    qtbot.waitUntil(lambda: dialog.state == "good", timeout=WAIT_MS)
    assert common.saved_trust_roots() == [pki.root_pem]
    assert open_verify_dialog(qtbot, signed_minutes).trust_roots() == [pki.root_pem]
    dialog.clear_roots()
    qtbot.waitUntil(lambda: dialog.state == "doubt", timeout=WAIT_MS)
    assert common.saved_trust_roots() == []


def test_a_tampered_copy_is_reported_modified(
    qtbot: QtBot, qtmodeltester: object, signed_minutes: Path, pki: Pki, tmp_path: Path
) -> None:
    data = bytearray(signed_minutes.read_bytes())
    at = data.index(b"/Producer (ReportLab") + len(b"/Producer (")
    data[at : at + 1] = b"X"  # same length: the file still opens, the signed bytes no longer match
    tampered = tmp_path / "bien-ban-sua.pdf"
    tampered.write_bytes(bytes(data))

    dialog = open_verify_dialog(qtbot, tampered, trust_roots=[pki.root_pem])
    assert dialog.state == "bad"
    assert dialog.verdict_text().startswith("MODIFIED")
    assert "1 of 1" in dialog.verdict_text()
    _field, _signer, _when, intact, changed, _trusted = cells(dialog.model)
    assert (intact, changed) == ("NO", "YES")
    assert dialog.model.index(0, 3).data(STATE_ROLE) == "bad"
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]


def test_unsigned_and_unreadable_files(qtbot: QtBot, minutes: Path, tmp_path: Path, vietnamese: None) -> None:
    dialog = open_verify_dialog(qtbot, minutes, trust_roots=[])
    assert dialog.state == "none" and dialog.model.rowCount() == 0
    assert dialog.verdict_text() == "Không có chữ ký: tệp này không có chữ ký số nào."

    text = tmp_path / "ghi-chu.pdf"
    text.write_text("không phải PDF", encoding="utf-8")
    broken = open_verify_dialog(qtbot, text, trust_roots=[])
    assert broken.state == "error"
    assert broken.verdict_text() == "Tệp ghi-chu.pdf không phải là tệp PDF."


# --------------------------------------------------------------------------------------------------------------
# Small parts


def test_default_output_never_the_source_nor_an_existing_file(tmp_path: Path) -> None:
    src = tmp_path / "bb.pdf"
    assert common.default_output(src) == tmp_path / "bb-da-ky.pdf"
    (tmp_path / "bb-da-ky.pdf").touch()
    assert common.default_output(src) == tmp_path / "bb-da-ky-2.pdf"
    assert common.default_output(tmp_path / "bb-da-ky.pdf") == tmp_path / "bb-da-ky-2.pdf"
    assert common.default_output(tmp_path / "BB.PDF") == tmp_path / "BB-da-ky.pdf"
    assert common.output_path("  ", src) is None
    assert common.output_path("ky", src) == tmp_path / "ky.pdf"


def test_token_driver_suggestion() -> None:
    installed = {r"C:\Windows\System32\eps2003csp11.dll", "/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so"}
    assert common.suggested_pkcs11_library("win32", installed.__contains__) == r"C:\Windows\System32\eps2003csp11.dll"
    assert common.suggested_pkcs11_library("linux", installed.__contains__).endswith("p11-kit-proxy.so")
    assert common.suggested_pkcs11_library("darwin", installed.__contains__) == ""
    assert common.pkcs11_example("win32").endswith(".dll")


def test_opening_the_dialogs_loads_no_signing_library(tmp_path: Path) -> None:
    # A child process: this one has loaded pyHanko for the other tests.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['t'])\n"
        "from officedesk.gui.pdfsign import SignPdfDialog\n"
        f"d = SignPdfDialog(None, Path({str(tmp_path / 'x.pdf')!r}))\n"
        "bad = [m for m in ('pyhanko', 'pkcs11', 'reportlab', 'sqlalchemy') if m in sys.modules]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stdout + done.stderr


def test_language_probe(qapp: QApplication, vietnamese: None) -> None:
    assert not common.english_ui()
    assert common.block_name("team") == "Trưởng đoàn" and common.block_name("other") == "other"

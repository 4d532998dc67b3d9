"""Sign a PDF (the minutes) in one of its signature blocks, with a certificate file or a USB token.

The signing runs in a worker (the stamp's font alone takes a moment to load); meanwhile the dialog cannot be
closed and its fields are disabled. A refusal (wrong password, expired certificate, token not plugged in...) is
shown under the fields in the interface's language and the dialog stays open, the password or PIN cleared. On
success it says who signed and when, and where the signed copy is; the source PDF is never changed.

Remembered in QSettings for next time: the certificate file, the block, the method, the token's driver and name,
the place. Never the password or the PIN.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QWidget

from officedesk.gui.forms.ui_pdfsign_sign_dialog import Ui_SignPdfDialog
from officedesk.gui.ops import Op, show_failure
from officedesk.gui.pages import style_heading
from officedesk.gui.pdfsign import common
from officedesk.gui.pdfsign.verify_dialog import VerifyPdfDialog
from officedesk.rules.text import nfc

if TYPE_CHECKING:
    from officedesk.security.pdf_signing import SignResult

ERROR_STYLE = "QLabel { color: #a50e0e; font-weight: 600; }"
DONE_STYLE = "QLabel { color: #0d652d; background: #e6f4ea; border: 1px solid #0d652d; padding: 6px; }"


@dataclass(frozen=True)
class SignRequest:
    """Everything the worker needs, as plain values; the secret is kept out of repr() (and so out of logs)."""

    src: Path
    dst: Path
    block: str
    method: str
    reason: str
    location: str | None
    certificate: Path | None = None
    library: Path | None = None
    token_label: str | None = None
    secret: str = field(default="", repr=False)


def sign(request: SignRequest) -> SignResult:
    """Run in the worker: sign with the core, which raises SigningError for every refusal."""
    from officedesk.security import pdf_signing

    block: Any = request.block  # one of pdf_signing.BLOCKS, checked by the core as well
    if request.method == common.METHOD_TOKEN:
        assert request.library is not None
        return pdf_signing.sign_pdf_pkcs11(
            request.src, request.dst, lib=request.library, pin=request.secret,
            token_label=request.token_label, block=block, reason=request.reason, location=request.location,
        )
    assert request.certificate is not None
    return pdf_signing.sign_pdf_p12(
        request.src, request.dst, request.certificate, request.secret.encode("utf-8"),
        block=block, reason=request.reason, location=request.location,
    )


class SignPdfDialog(QDialog):
    """Sign `pdf_path` into a new file. `default_block` preselects a block; None means the one chosen last time
    (the team leader's the first time)."""

    def __init__(self, parent: QWidget | None, pdf_path: Path, *, default_block: str | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.result_info: SignResult | None = None
        self._op: Op[SignResult] | None = None
        self._request: SignRequest | None = None  # the last one sent, its secret blanked
        self._confirmed_output: Path | None = None  # chosen in the save dialog, which asked about replacing it
        self.ui = ui = Ui_SignPdfDialog()
        ui.setupUi(self)
        style_heading(ui.titleLabel)
        self.setWindowModality(Qt.WindowModality.WindowModal)

        ui.fileValue.setText(str(self.pdf_path))
        ui.fileValue.setToolTip(str(self.pdf_path))
        for block in common.BLOCKS:
            ui.blockCombo.addItem(common.block_name(block), block)
        chosen = default_block if default_block in common.BLOCKS else common.saved_block()
        ui.blockCombo.setCurrentIndex(max(0, ui.blockCombo.findData(chosen)))

        ui.fileRadio.toggled.connect(self._method_changed)
        token = common.read_text(common.KEY_METHOD) == common.METHOD_TOKEN
        (ui.tokenRadio if token else ui.fileRadio).setChecked(True)
        self._method_changed()

        ui.certificateEdit.setText(common.read_text(common.KEY_CERTIFICATE))
        ui.certificateEdit.setPlaceholderText(self.tr("The .p12 or .pfx file given by the certificate authority"))
        ui.libraryEdit.setText(common.read_text(common.KEY_LIBRARY) or common.suggested_pkcs11_library())
        ui.libraryEdit.setPlaceholderText(self.tr("for example {path}").format(path=common.pkcs11_example()))
        ui.tokenLabelEdit.setText(common.read_text(common.KEY_TOKEN_LABEL))
        for secret in (ui.passwordEdit, ui.pinEdit):
            secret.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)
        ui.reasonEdit.setText(common.DEFAULT_REASON)
        ui.locationEdit.setText(common.read_text(common.KEY_LOCATION))
        ui.outputEdit.setText(str(common.default_output(self.pdf_path)))

        ui.certificateBrowseButton.clicked.connect(self.choose_certificate)
        ui.libraryBrowseButton.clicked.connect(self.choose_library)
        ui.outputBrowseButton.clicked.connect(self.choose_output)

        self.sign_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("&Sign"))
        self.sign_button.setDefault(True)
        self.close_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.verify_button = QPushButton(self.tr("C&heck the signature"), self)
        self.verify_button.clicked.connect(self.check_signature)
        ui.buttonBox.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.hide()  # once signed
        self._inputs: tuple[QWidget, ...] = (
            ui.blockCombo, ui.fileRadio, ui.tokenRadio, ui.methodStack, ui.reasonEdit, ui.locationEdit,
            ui.outputEdit, ui.outputBrowseButton,
        )
        for button in (ui.certificateBrowseButton, ui.libraryBrowseButton, ui.outputBrowseButton,
                       self.sign_button, self.close_button, self.verify_button):
            button.setAccessibleName(button.accessibleName() or button.text().replace("&", ""))
        self.show_message("")
        self._focus_first_empty()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        self.adjustSize()

    # -- state ---------------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._op is not None and self._op.is_running

    @property
    def signed_path(self) -> Path | None:
        return self.result_info.dst if self.result_info is not None else None

    def block(self) -> str:
        value = self.ui.blockCombo.currentData()
        return value if isinstance(value, str) else "team"

    def set_block(self, block: str) -> None:
        self.ui.blockCombo.setCurrentIndex(max(0, self.ui.blockCombo.findData(block)))

    def method(self) -> str:
        return common.METHOD_TOKEN if self.ui.tokenRadio.isChecked() else common.METHOD_FILE

    def show_message(self, text: str, *, done: bool = False) -> None:
        label = self.ui.messageLabel
        label.setStyleSheet(DONE_STYLE if done else ERROR_STYLE)
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))

    def message(self) -> str:
        return self.ui.messageLabel.text() if self.ui.messageLabel.isVisible() else ""

    @Slot()
    def _method_changed(self) -> None:
        token = self.ui.tokenRadio.isChecked()
        self.ui.methodStack.setCurrentWidget(self.ui.tokenPage if token else self.ui.filePage)

    def _focus_first_empty(self) -> None:
        ui = self.ui
        if self.method() == common.METHOD_TOKEN:
            (ui.pinEdit if ui.libraryEdit.text() else ui.libraryEdit).setFocus()
        else:
            (ui.passwordEdit if ui.certificateEdit.text() else ui.certificateEdit).setFocus()

    # -- choosing files ------------------------------------------------------------------------------------------
    def _start_folder(self, text: str) -> str:
        current = Path(text.strip()).expanduser() if text.strip() else None
        if current is not None and current.parent.is_dir():
            return str(current.parent if not current.is_dir() else current)
        return str(self.pdf_path.parent)

    @Slot()
    def choose_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the certificate file"), self._start_folder(self.ui.certificateEdit.text()),
            self.tr("Certificate files (*.p12 *.pfx);;All files (*)"))
        if path:
            self.ui.certificateEdit.setText(path)
            self.ui.passwordEdit.setFocus()

    @Slot()
    def choose_library(self) -> None:
        pattern = "*.dll" if sys.platform == "win32" else "*.dylib *.so" if sys.platform == "darwin" else "*.so *.so.*"
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the token driver"), self._start_folder(self.ui.libraryEdit.text()),
            self.tr("Token drivers ({pattern});;All files (*)").format(pattern=pattern))
        if path:
            self.ui.libraryEdit.setText(path)
            self.ui.pinEdit.setFocus()

    @Slot()
    def choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed file as"), self.ui.outputEdit.text() or str(self.pdf_path.parent),
            self.tr("PDF documents (*.pdf)"))
        if path:
            chosen = common.output_path(path, self.pdf_path)
            self.ui.outputEdit.setText(str(chosen))
            # The save dialog asked before replacing that very file (not one with ".pdf" added by output_path).
            self._confirmed_output = chosen if chosen == Path(path) else None

    # -- signing -------------------------------------------------------------------------------------------------
    def request(self) -> SignRequest | tuple[str, QWidget]:
        """The request to sign, or what is missing and the field to fix."""
        ui = self.ui
        dst = common.output_path(ui.outputEdit.text(), self.pdf_path)
        if dst is None:
            return self.tr("Choose where to save the signed file."), ui.outputEdit
        if _same_file(dst, self.pdf_path):
            return self.tr("The signed file must be saved as a new file, not over the original."), ui.outputEdit
        reason = nfc(ui.reasonEdit.text()) or common.DEFAULT_REASON
        location = nfc(ui.locationEdit.text()) or None
        if self.method() == common.METHOD_TOKEN:
            library = ui.libraryEdit.text().strip()
            if not library:
                return self.tr("Enter the driver of the USB token (the PKCS#11 library)."), ui.libraryEdit
            if not ui.pinEdit.text():
                return self.tr("Type the PIN of the USB token."), ui.pinEdit
            return SignRequest(
                self.pdf_path, dst, self.block(), common.METHOD_TOKEN, reason, location,
                library=Path(library), token_label=ui.tokenLabelEdit.text().strip() or None,
                secret=ui.pinEdit.text(),
            )
        certificate = ui.certificateEdit.text().strip()
        if not certificate:
            return self.tr("Choose the certificate file (.p12 or .pfx)."), ui.certificateEdit
        if not Path(certificate).expanduser().is_file():
            return self.tr("The certificate file {name} does not exist.").format(
                name=Path(certificate).name), ui.certificateEdit
        return SignRequest(self.pdf_path, dst, self.block(), common.METHOD_FILE, reason, location,
                           certificate=Path(certificate).expanduser(), secret=ui.passwordEdit.text())

    def accept(self) -> None:
        if self.busy:
            return
        if self.result_info is not None:  # signed: the button now closes the dialog
            super().accept()
            return
        request = self.request()
        if isinstance(request, tuple):
            text, widget = request
            self.show_message(text)
            widget.setFocus()
            return
        if request.dst.exists() and request.dst != self._confirmed_output and not self._confirm_replace(request.dst):
            self.ui.outputEdit.setFocus()
            return
        self.start(request)

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("{name} already exists. Replace it with the signed file?").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def start(self, request: SignRequest) -> Op[SignResult]:
        """Sign in a worker; the result comes back to `_succeeded` or `_failed`."""
        self._set_busy(True)
        self._request = replace(request, secret="")  # the worker's copy is dropped with the Op
        label = self.tr("Signing {name}…").format(name=self.pdf_path.name)
        op: Op[SignResult] = Op(self, lambda: sign(request)).with_progress(label, cancellable=False)
        self._op = op.on_success(self._succeeded).on_failure(self._failed).run()
        return self._op

    def _set_busy(self, busy: bool) -> None:
        for widget in self._inputs:
            widget.setEnabled(not busy)
        self.sign_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.show_message("")
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _clear_secrets(self) -> None:
        self._op = None  # its function holds the request, password included
        self.ui.passwordEdit.clear()
        self.ui.pinEdit.clear()

    def _succeeded(self, result: SignResult) -> None:
        from officedesk.security.pdf_signing import iso_time  # loaded by the worker

        self._set_busy(False)
        self._clear_secrets()
        self.result_info = result
        request = self._request
        assert request is not None
        values = {common.KEY_BLOCK: request.block, common.KEY_METHOD: request.method,
                  common.KEY_LOCATION: request.location or ""}
        if request.certificate is not None:
            values[common.KEY_CERTIFICATE] = str(request.certificate)
        if request.library is not None:
            values[common.KEY_LIBRARY] = str(request.library)
            values[common.KEY_TOKEN_LABEL] = request.token_label or ""
        common.write_values(values)

        self.show_message(
            self.tr("Signed by {signer} at {time}.").format(signer=result.signer, time=iso_time(result.signed_at))
            + "\n" + self.tr("Saved as {path}").format(path=result.dst),
            done=True,
        )
        for widget in (*self._inputs, self.ui.methodBox):
            widget.setEnabled(False)
        self.close_button.hide()
        self.sign_button.setText(self.tr("&Close"))
        self.sign_button.setAccessibleName(self.sign_button.text().replace("&", ""))
        self.verify_button.show()
        self.sign_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._clear_secrets()
        if isinstance(exc, ImportError):
            self.show_message(self.tr("Digital signing is not installed on this computer; reinstall OfficeDesk."))
        elif common.is_refusal(exc):
            self.show_message(common.refusal_text(exc))
        else:
            show_failure(self, exc)  # logged; a polite message, never a traceback
            return
        secret = self.ui.pinEdit if self.method() == common.METHOD_TOKEN else self.ui.passwordEdit
        secret.setFocus()

    @Slot()
    def check_signature(self) -> None:
        if self.signed_path is None:
            return
        dialog = VerifyPdfDialog(self, self.signed_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- closing -------------------------------------------------------------------------------------------------
    def reject(self) -> None:
        if not self.busy:  # the answer is a moment away; closing now would leave it nowhere to go
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


def _same_file(a: Path, b: Path) -> bool:
    try:
        if os.path.normcase(a.resolve()) == os.path.normcase(b.resolve()):
            return True
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False

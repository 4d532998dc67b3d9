"""Digital signatures on PDFs in the client: sign the minutes with a certificate file or a USB token, and check the
signatures of a PDF. The work is done by officedesk.security.pdf_signing, in a worker; importing this package
(or opening a dialog) does not load pyHanko.

    signed = sign_pdf_interactively(self, minutes_pdf)   # the signed copy, or None
    verify_pdf_interactively(self, signed)               # the verdict and one row per signature

With `path=None` both first ask for the PDF (for a File menu).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from officedesk.gui.pdfsign.sign_dialog import SignPdfDialog
from officedesk.gui.pdfsign.verify_dialog import VerifyPdfDialog

__all__ = ["SignPdfDialog", "VerifyPdfDialog", "choose_pdf", "sign_pdf_interactively", "verify_pdf_interactively"]


def choose_pdf(parent: QWidget | None, title: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("PdfSign", "PDF documents (*.pdf)"))
    return Path(path) if path else None


def sign_pdf_interactively(
    parent: QWidget | None, path: Path | str | None = None, *, default_block: str | None = None
) -> Path | None:
    """Ask how to sign `path` and sign it into a new file; returns that file, or None when nothing was signed."""
    if path is None:
        path = choose_pdf(parent, QCoreApplication.translate("PdfSign", "Choose the PDF to sign"))
        if path is None:
            return None
    dialog = SignPdfDialog(parent, Path(path), default_block=default_block)
    try:
        dialog.exec()
        return dialog.signed_path
    finally:
        dialog.deleteLater()


def verify_pdf_interactively(parent: QWidget | None, path: Path | str | None = None) -> None:
    """Check the signatures of `path` and show them until the person closes the dialog."""
    if path is None:
        path = choose_pdf(parent, QCoreApplication.translate("PdfSign", "Choose the PDF to check"))
        if path is None:
            return
    dialog = VerifyPdfDialog(parent, Path(path))
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


"""Check the digital signatures of a PDF: a verdict on one line, and a table with one row per signature.

The check runs in a worker (pyHanko's validation of each signature). Trust is judged only against the root
certificates the person chose here (a province's CA, the Government's root...), remembered for next time; with
none, every signer shows as not confirmed while intact signatures still say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSize, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from officedesk.gui.forms.ui_pdfsign_verify_dialog import Ui_VerifyPdfDialog
from officedesk.gui.ops import Op, show_failure
from officedesk.gui.pages import style_heading
from officedesk.gui.pdfsign import common
from officedesk.gui.pdfsign.models import BAD, DOUBT, GOOD, SignaturesModel
from officedesk.gui.screen_fit import fit_on_show

if TYPE_CHECKING:
    from officedesk.security.pdf_signing import SignatureReport

# The verdict's states; "checking" while the worker runs, "error" when the file could not be checked at all.
CHECKING, NONE, GOOD_STATE, DOUBT_STATE, BAD_STATE, ERROR = "checking", "none", "good", "doubt", "bad", "error"


def _style(colours: tuple[QColor, QColor] | None) -> str:
    if colours is None:
        return "QLabel { font-weight: 700; padding: 8px; border: 1px solid palette(mid); }"
    background, text = colours
    return (f"QLabel {{ font-weight: 700; padding: 8px; border: 1px solid {text.name()}; "
            f"background: {background.name()}; color: {text.name()}; }}")


# Wide enough for the table's columns on a large screen; fit_on_show cuts it down to a small one.
PREFERRED_SIZE = QSize(1000, 460)

_STYLES = {CHECKING: _style(None), NONE: _style(None), GOOD_STATE: _style(GOOD), DOUBT_STATE: _style(DOUBT),
           BAD_STATE: _style(BAD), ERROR: _style(BAD)}


def verify(path: Path, roots: Sequence[Path]) -> list[SignatureReport]:
    """Run in the worker."""
    from officedesk.security.pdf_signing import verify_pdf

    return verify_pdf(path, list(roots))


class VerifyPdfDialog(QDialog):
    def __init__(self, parent: QWidget | None, pdf_path: Path, *, trust_roots: Sequence[Path] | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.state = CHECKING
        self._op: Op[list[SignatureReport]] | None = None
        self._again = False
        self._roots: list[Path] = list(trust_roots) if trust_roots is not None else common.saved_trust_roots()
        self.ui = ui = Ui_VerifyPdfDialog()
        ui.setupUi(self)
        style_heading(ui.titleLabel)
        ui.fileValue.setText(str(self.pdf_path))

        self.model = SignaturesModel(self)
        view = ui.signaturesView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._rows_changed)

        ui.addRootButton.clicked.connect(self.choose_roots)
        ui.clearRootsButton.clicked.connect(self.clear_roots)
        ui.buttonBox.rejected.connect(self.reject)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        close.setDefault(True)
        self._show_roots()
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 20)
        fit_on_show(self, PREFERRED_SIZE)
        self.run()

    # -- checking ------------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._op is not None and self._op.is_running

    def run(self) -> Op[list[SignatureReport]] | None:
        """Check the file again (after the trusted roots changed); one check at a time."""
        if self.busy:
            self._again = True
            return None
        self._again = False
        self.model.clear()
        self._set_verdict(CHECKING, self.tr("Checking the signatures…"))
        path, roots = self.pdf_path, list(self._roots)
        op: Op[list[SignatureReport]] = Op(self, lambda: verify(path, roots))
        op.with_progress(self.tr("Checking the signatures of {name}…").format(name=path.name), cancellable=False)
        self._op = op.on_success(self._checked).on_failure(self._failed).run()
        return self._op

    def _checked(self, reports: list[SignatureReport]) -> None:
        if self._again:
            self.run()
            return
        self.model.set_reports(reports)
        self._set_verdict(*self.verdict(reports))

    def _failed(self, exc: BaseException) -> None:
        if self._again:
            self.run()
            return
        if isinstance(exc, ImportError):
            self._set_verdict(ERROR, self.tr("Digital signatures cannot be checked: a part of OfficeDesk is "
                                             "missing; reinstall it."))
        elif common.is_refusal(exc):
            self._set_verdict(ERROR, common.refusal_text(exc))
        else:
            self._set_verdict(ERROR, self.tr("The signatures could not be checked."))
            show_failure(self, exc)

    def verdict(self, reports: Sequence[SignatureReport]) -> tuple[str, str]:
        """(state, sentence) for the whole file."""
        if not reports:
            return NONE, self.tr("No signatures: this file carries no digital signature.")
        changed = sum(1 for r in reports if not r.intact or r.modified_after)
        if changed:
            return BAD_STATE, self.tr(
                "MODIFIED: the file was changed after it was signed ({count} of {total} signatures). "
                "Do not rely on its content."
            ).format(count=changed, total=len(reports))
        unconfirmed = sum(1 for r in reports if not r.trusted)
        if unconfirmed:
            return DOUBT_STATE, self.tr(
                "All intact: no change since signing. {count} of {total} signers are not confirmed by a trusted "
                "root certificate."
            ).format(count=unconfirmed, total=len(reports))
        return GOOD_STATE, self.tr("All intact: no change since signing, every signer confirmed.")

    def _set_verdict(self, state: str, text: str) -> None:
        self.state = state
        label = self.ui.verdictLabel
        label.setText(text)
        label.setAccessibleName(text)
        label.setStyleSheet(_STYLES[state])
        busy = state == CHECKING
        self.ui.addRootButton.setEnabled(not busy)
        self.ui.clearRootsButton.setEnabled(not busy and bool(self._roots))
        if state in (NONE, ERROR, CHECKING):
            self.ui.detailLabel.clear()
            self.ui.detailLabel.setVisible(False)

    def verdict_text(self) -> str:
        return self.ui.verdictLabel.text()

    # -- the table -----------------------------------------------------------------------------------------------
    @Slot()
    def _rows_changed(self) -> None:
        # No row selected at first: the selection's colour would hide the states' colours of that row.
        self.ui.signaturesView.resizeRowsToContents()
        self._show_detail(None)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.signaturesView.selectionModel().selectedRows()
        self._show_detail(rows[0].row() if rows else None)

    def _show_detail(self, row: int | None) -> None:
        label = self.ui.detailLabel
        if row is not None:
            text = self.model.summary(self.model.report(row))
        elif self.model.rowCount():
            text = self.tr("Select a signature to read what was found about it.")
        else:
            text = ""
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))

    # -- trusted roots -------------------------------------------------------------------------------------------
    def trust_roots(self) -> list[Path]:
        return list(self._roots)

    def set_trust_roots(self, paths: Sequence[Path]) -> None:
        """Use these root certificates (remembered for next time) and check again."""
        self._roots = list(dict.fromkeys(Path(p) for p in paths))
        common.save_trust_roots(self._roots)
        self._show_roots()
        self.run()

    def _show_roots(self) -> None:
        if self._roots:
            text = "; ".join(p.name for p in self._roots)
            self.ui.rootsValue.setToolTip("\n".join(str(p) for p in self._roots))
        else:
            text = self.tr("None chosen: no signer can be confirmed, but changes to the file are still found.")
            self.ui.rootsValue.setToolTip("")
        self.ui.rootsValue.setText(text)
        self.ui.clearRootsButton.setEnabled(bool(self._roots) and not self.busy)

    @Slot()
    def choose_roots(self) -> None:
        start = str(self._roots[-1].parent) if self._roots else str(self.pdf_path.parent)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add trusted root certificates"), start,
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if paths:
            self.set_trust_roots([*self._roots, *(Path(p) for p in paths)])

    @Slot()
    def clear_roots(self) -> None:
        self.set_trust_roots([])

    # -- closing -------------------------------------------------------------------------------------------------
    def reject(self) -> None:
        # The check only reads the file: closing while it runs just drops its result (Op checks the dialog lives).
        if self._op is not None and self._op.is_running:
            self._op.cancel()
        super().reject()

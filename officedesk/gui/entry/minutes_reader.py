"""The minutes as they will be signed, read with the unit's representative before anyone signs.

Opened from the sign-off dialog. The document is made in the background (ReportLab is imported there), shown in
the reports' preview pane (pages, zoom, print) and thrown away when the reader closes: the signed minutes are made
again, with the signatures, afterwards.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from officedesk.errors import UserError
from officedesk.gui import errors, settings
from officedesk.gui.ops import Op
from officedesk.gui.reports_page import jobs
from officedesk.gui.reports_page.preview import PreviewPane
from officedesk.gui.screen_fit import fit_on_show
from officedesk.services.context import Ctx

# A page of A4 readable at once on a large screen; fit_on_show cuts it down to a small one.
PREFERRED_SIZE = QSize(900, 900)


class MinutesReader(QDialog):
    def __init__(self, ctx: Ctx, inspection_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The minutes before signing"))
        self.setAccessibleName(self.windowTitle())
        self._folder = Path(tempfile.mkdtemp(prefix="officedesk-read-"))
        self.title = title
        self.status = QLabel(self.tr("Making the minutes…"), self)
        self.preview = PreviewPane(self)
        # A draft to read (and print, to read on paper): not a document to save, sign digitally or check.
        for button in (self.preview.ui.saveButton, self.preview.ui.signButton, self.preview.ui.checkSignaturesButton):
            button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.finished.connect(self._forget)
        fit_on_show(self, PREFERRED_SIZE)

        out = self._folder / "bien-ban.pdf"
        font_folder = settings.document_font_folder()  # read here, on the GUI thread

        def make() -> jobs.Made:
            jobs.use_document_font(font_folder)
            return jobs.minutes(ctx, inspection_id, out)

        self.op: Op[Any] = Op(self, make).on_success(self._made).on_failure(self._failed)
        self.op.run()

    def _made(self, made: jobs.Made) -> None:
        if self.preview.show_pdf(made.path, self.title):
            self.status.hide()
            view = self.preview.view
            if view is not None:
                view.setFocus()
        else:
            self._failed(None)

    def _failed(self, exc: BaseException | None) -> None:
        if isinstance(exc, UserError):
            self.status.setText(str(exc))
            return
        if exc is not None:
            errors.reporter().report((type(exc), exc, exc.__traceback__), self)
        self.status.setText(self.tr("The minutes could not be made. The details are in the error log."))

    def _forget(self, _result: int) -> None:
        self.preview.clear()
        shutil.rmtree(self._folder, ignore_errors=True)

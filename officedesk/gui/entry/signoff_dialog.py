"""Signing the minutes on the inspector's laptop: the unit's representative (no account needed), the team
leader and the minute-taker each sign their block; then the inspection locks."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QSize, Qt, QTime, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from officedesk.domain.enums import SignBlock, TeamRole
from officedesk.errors import UserError
from officedesk.gui import settings
from officedesk.gui.entry import reads
from officedesk.gui.entry.dialogs import name_unnamed
from officedesk.gui.forms.ui_signoff_dialog import Ui_SignOffDialog
from officedesk.gui.screen_fit import fit_on_show
from officedesk.gui.signature_pad import SignaturePad
from officedesk.rules.text import nfc
from officedesk.services import signoff
from officedesk.services.context import Ctx
from officedesk.services.signoff import SignatoryInput

# What each block's signer is called in the minutes (stored data, in the minutes' language).
ROLE_IN_MINUTES = {
    SignBlock.UNIT: "Đại diện đơn vị được kiểm tra",
    SignBlock.TEAM: "Trưởng đoàn",
    SignBlock.MINUTES: "Người ghi biên bản",
}
# The unit's and the team's signatures are required; the minute-taker's block is signed when it is filled in.
REQUIRED = (SignBlock.UNIT, SignBlock.TEAM)
# Roomy pads on a large screen; fit_on_show cuts it down to a small one (910×470 at 150 %: pads of about 270×190).
PREFERRED_SIZE = QSize(1240, 520)


class SignOffDialog(QDialog):
    def __init__(self, ctx: Ctx, header: dict[str, Any], summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignOffDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.header = header
        self.signoff_id: str | None = None
        ui = self.ui
        self.blocks: dict[SignBlock, tuple[QLineEdit, QLineEdit, SignaturePad]] = {
            SignBlock.UNIT: (ui.unitNameEdit, ui.unitTitleEdit, ui.unitPad),
            SignBlock.TEAM: (ui.teamNameEdit, ui.teamTitleEdit, ui.teamPad),
            SignBlock.MINUTES: (ui.minutesNameEdit, ui.minutesTitleEdit, ui.minutesPad),
        }
        self._wire_pad(ui.unitPad, ui.unitUndoButton, ui.unitClearButton)
        self._wire_pad(ui.teamPad, ui.teamUndoButton, ui.teamClearButton)
        self._wire_pad(ui.minutesPad, ui.minutesUndoButton, ui.minutesClearButton)
        ui.summaryLabel.setText(summary)
        ui.problemLabel.setStyleSheet("color: #9a0f0f;")
        ui.problemLabel.hide()
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign and &lock"))
        ui.buttonBox.accepted.connect(self.sign)
        ui.buttonBox.rejected.connect(self.reject)
        ui.readButton.clicked.connect(self.read_minutes)
        self.reader: QDialog | None = None
        self._prefill()
        name_unnamed(self)
        fit_on_show(self, PREFERRED_SIZE)

    @Slot()
    def read_minutes(self) -> QDialog:
        """The whole minutes, to read with the unit's representative before they sign (made in the background)."""
        from officedesk.gui.entry.minutes_reader import MinutesReader  # ReportLab and QtPdf: only when asked

        h = self.header
        title = self.tr("Minutes of {unit}").format(unit=h["unit_name"])
        reader = MinutesReader(self.ctx, h["id"], title, self)
        reader.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        reader.destroyed.connect(lambda *_: setattr(self, "reader", None))
        self.reader = reader
        reader.open()
        return reader

    def _wire_pad(self, pad: SignaturePad, undo: QPushButton, clear: QPushButton) -> None:
        undo.clicked.connect(pad.undo)
        clear.clicked.connect(pad.clear)

        def update() -> None:
            undo.setEnabled(not pad.is_empty())
            clear.setEnabled(not pad.is_empty())

        pad.changed.connect(update)
        update()

    def _prefill(self) -> None:
        h = self.header
        unit_name, unit_title, _ = self.blocks[SignBlock.UNIT]
        unit_name.setText(h.get("unit_representative") or h.get("head_name") or "")
        unit_title.setText(h.get("unit_representative_title") or h.get("head_title") or "")
        members = reads.team_members(self.ctx, h["campaign_id"])
        for block, role in ((SignBlock.TEAM, TeamRole.LEADER), (SignBlock.MINUTES, TeamRole.MINUTE_TAKER)):
            member = next((m for m in members if m["team_role"] == role), None)
            if member is not None:
                name, title, _ = self.blocks[block]
                name.setText(member["full_name"])
                title.setText(member["title"] or "")
        if h.get("minute_taker"):
            self.blocks[SignBlock.MINUTES][0].setText(h["minute_taker"])
        name, title, _ = self.blocks[SignBlock.MINUTES]
        if not name.text():
            # No minute-taker named by the campaign: most often the person at this laptop (Settings).
            profile = settings.inspector_profile()
            name.setText(profile.full_name)
            title.setText(profile.title)
        end = h.get("end_time")
        if end is None:
            # "kết thúc vào … giờ": now, when signing on the day; otherwise the team types it.
            now = self.ctx.clock.now_local().time()
            end = max(now, h["check_time"]) if self._is_today() else h["check_time"]
        self.ui.endTimeEdit.setTime(QTime(end.hour, end.minute))

    def _is_today(self) -> bool:
        return bool(self.header["visit_date"] == self.ctx.clock.today())

    def end_time(self) -> time:
        t = self.ui.endTimeEdit.time()
        return time(t.hour(), t.minute())

    def signatories(self) -> list[SignatoryInput]:
        out = []
        for block, (name, title, pad) in self.blocks.items():
            if not nfc(name.text()) and pad.is_empty() and block not in REQUIRED:
                continue
            out.append(SignatoryInput(block, nfc(name.text()), nfc(title.text()), ROLE_IN_MINUTES[block],
                                      None if pad.is_empty() else pad.to_png()))
        return out

    def problem_text(self) -> str:
        words = {SignBlock.UNIT: self.tr("the unit's representative"), SignBlock.TEAM: self.tr("the team leader"),
                 SignBlock.MINUTES: self.tr("the minute-taker")}
        for block, (name, _title, pad) in self.blocks.items():
            needed = block in REQUIRED or nfc(name.text()) or not pad.is_empty()
            if needed and not nfc(name.text()):
                return self.tr("Enter the name of {who}.").format(who=words[block])
            if needed and pad.is_empty():
                return self.tr("Signature missing: {who}.").format(who=words[block])
        return ""

    @Slot()
    def sign(self) -> None:
        problem = self.problem_text()
        if problem:
            self._show_problem(problem)
            return
        try:
            self.signoff_id = signoff.sign_off(self.ctx, self.header["id"], self.signatories(),
                                               end_time=self.end_time())
        except UserError as exc:
            self._show_problem(str(exc))
            return
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.ui.problemLabel.setText(text)
        self.ui.problemLabel.show()

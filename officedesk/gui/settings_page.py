"""Settings: the interface language (applied at the next start), the idle lock, and where the data and the log are."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from officedesk.gui import settings
from officedesk.gui.dbinfo import describe_db
from officedesk.gui.forms.ui_settings_page import Ui_SettingsPage
from officedesk.gui.pages import PageContext, style_heading


class SettingsPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        style_heading(self.ui.titleLabel)
        self.ui.pageLayout.setContentsMargins(24, 20, 24, 20)

        combo = self.ui.languageCombo
        for code, name in settings.LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(settings.saved_language())))
        combo.currentIndexChanged.connect(self._language_chosen)

        spin = self.ui.idleLockSpin
        spin.setRange(*settings.IDLE_LOCK_RANGE)
        spin.setValue(settings.idle_lock_minutes())
        inner = spin.findChild(QLineEdit)
        if inner is not None:  # the spin box's own editor is what takes the focus and a screen reader names
            inner.setAccessibleName(spin.accessibleName())
        spin.valueChanged.connect(self._idle_lock_changed)

        self.ui.databaseValue.setText(describe_db(ctx.db_url))
        self.ui.logValue.setText(ctx.log_dir or "—")

    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        code = self.ui.languageCombo.itemData(index)
        if not isinstance(code, str) or code == settings.saved_language():
            return
        settings.set_language(code)
        self.ctx.status(
            self.tr("{language} will be used the next time OfficeDesk starts.").format(
                language=settings.LANGUAGES[code]
            )
        )

    @Slot(int)
    def _idle_lock_changed(self, minutes: int) -> None:
        # Read again by the idle watch within a few seconds: no restart needed.
        settings.set_idle_lock_minutes(minutes)

"""Settings: the interface language, the inspector using this computer, the documents' font, a pointer to the
working hours, the idle lock, and the data: the database (in use, and the one to open at the next start) and the
error log.

Everything here is kept with QSettings (officedesk.gui.settings) on this computer only. The language and the
database apply at the next start; the font applies to the next document made, the idle lock within seconds.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget

from officedesk.gui import settings
from officedesk.gui.dbinfo import describe_db
from officedesk.gui.forms.ui_settings_page import Ui_SettingsPage
from officedesk.gui.pages import PageContext, style_heading
from officedesk.storage.location import ENV_DB, default_db_path, to_url


class SettingsPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.font_message: QMessageBox | None = None  # the last "not found" message, kept while it is open
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        style_heading(self.ui.titleLabel)
        self.ui.pageLayout.setContentsMargins(24, 20, 24, 20)

        combo = self.ui.languageCombo
        for code, name in settings.LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(settings.saved_language())))
        combo.currentIndexChanged.connect(self._language_chosen)

        profile = settings.inspector_profile()
        for edit, value in ((self.ui.fullNameEdit, profile.full_name), (self.ui.positionEdit, profile.title),
                            (self.ui.agencyEdit, profile.unit)):
            edit.setText(value)
            edit.editingFinished.connect(self._profile_edited)

        self.ui.bundledFontRadio.setChecked(settings.document_font() == settings.FONT_BUNDLED)
        self.ui.timesFontRadio.setChecked(settings.document_font() == settings.FONT_TIMES)
        self._show_font_folder()
        # Clicked, not toggled: only a person's choice opens the folder chooser.
        self.ui.bundledFontRadio.clicked.connect(self._bundled_font_chosen)
        self.ui.timesFontRadio.clicked.connect(self._times_font_chosen)
        self.ui.fontFolderButton.clicked.connect(self.choose_font_folder)

        self.ui.openScheduleButton.clicked.connect(self.open_working_hours)

        spin = self.ui.idleLockSpin
        spin.setRange(*settings.IDLE_LOCK_RANGE)
        spin.setValue(settings.idle_lock_minutes())
        inner = spin.findChild(QLineEdit)
        if inner is not None:  # the spin box's own editor is what takes the focus and a screen reader names
            inner.setAccessibleName(spin.accessibleName())
        spin.valueChanged.connect(self._idle_lock_changed)

        self.ui.databaseValue.setText(describe_db(ctx.db_url))
        self._show_next_database()
        self.ui.chooseDatabaseButton.clicked.connect(self.choose_database)
        self.ui.defaultDatabaseButton.clicked.connect(self.use_default_database)
        self.ui.logValue.setText(ctx.log_dir or "—")

    # -- language ------------------------------------------------------------------------------------------------
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

    # -- the inspector using this computer -----------------------------------------------------------------------
    @Slot()
    def _profile_edited(self) -> None:
        profile = settings.InspectorProfile(
            self.ui.fullNameEdit.text(), self.ui.positionEdit.text(), self.ui.agencyEdit.text()
        )
        if profile != settings.inspector_profile():
            settings.set_inspector_profile(profile)
            self.ctx.status(self.tr("Saved."), 3000)

    # -- the documents' font -------------------------------------------------------------------------------------
    def _show_font_folder(self) -> None:
        folder = settings.times_new_roman_folder()
        self.ui.fontFolderEdit.setText(str(folder) if folder is not None else "")
        self.ui.fontFolderEdit.setPlaceholderText(self.tr("No folder chosen"))

    @Slot()
    def _bundled_font_chosen(self) -> None:
        if settings.document_font() != settings.FONT_BUNDLED:
            settings.set_document_font(None)
            self.ctx.status(self.tr("Documents will be set in Liberation Serif."))

    @Slot()
    def _times_font_chosen(self) -> None:
        folder = settings.times_new_roman_folder()
        if folder is not None and self.use_font_folder(folder, quiet=True):
            return
        if not self.choose_font_folder():
            self.ui.timesFontRadio.setChecked(settings.document_font() == settings.FONT_TIMES)
            self.ui.bundledFontRadio.setChecked(settings.document_font() == settings.FONT_BUNDLED)

    def _ask_font_folder(self) -> str:
        """The folder dialog; a test replaces this method."""
        start = settings.times_new_roman_folder() or _system_fonts_folder()
        return QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder holding Times New Roman"), str(start) if start else "")

    @Slot()
    def choose_font_folder(self) -> bool:
        """Ask for the folder of Times New Roman; True once a folder holding the four styles is in use."""
        chosen = self._ask_font_folder()
        return bool(chosen) and self.use_font_folder(Path(chosen))

    def use_font_folder(self, folder: Path, *, quiet: bool = False) -> bool:
        """Documents in Times New Roman from `folder`, after checking it holds the four styles; else say so."""
        # Imported here: ReportLab loads only once someone points at a font (or makes a document).
        from officedesk.reports.fonts import times_new_roman_files

        if times_new_roman_files(folder) is None:
            if not quiet:
                self._font_missing(folder)
            return False
        settings.set_document_font(folder)
        self.ui.timesFontRadio.setChecked(True)
        self._show_font_folder()
        self.ctx.status(self.tr("Documents will be set in Times New Roman from {folder}.").format(folder=folder))
        return True

    def _font_missing(self, folder: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Times New Roman not found"),
            self.tr("The folder {folder} does not hold the four Times New Roman files (regular, bold, italic and "
                    "bold italic: times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).\n\nOn Windows they are in "
                    "C:\\Windows\\Fonts. Documents stay in the font used so far.").format(folder=folder),
            QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.font_message = box

    # -- working hours -------------------------------------------------------------------------------------------
    @Slot()
    def open_working_hours(self) -> None:
        """The units and staff section, on its working hours tab."""
        show_page = getattr(self.ctx.window, "show_page", None)
        if show_page is None or not show_page("units"):
            return
        page = self.ctx.window.page_widget("units")  # type: ignore[attr-defined]
        ui = getattr(page, "ui", None)
        tabs, tab = getattr(ui, "tabs", None), getattr(ui, "scheduleTab", None)
        if tabs is not None and tab is not None:
            tabs.setCurrentWidget(tab)

    # -- the idle lock -------------------------------------------------------------------------------------------
    @Slot(int)
    def _idle_lock_changed(self, minutes: int) -> None:
        # Read again by the idle watch within a few seconds: no restart needed.
        settings.set_idle_lock_minutes(minutes)

    # -- the database --------------------------------------------------------------------------------------------
    def _show_next_database(self) -> None:
        chosen = settings.database_path()
        edit = self.ui.nextDatabaseEdit
        if chosen:
            edit.setText(describe_db(to_url(chosen)))
        else:
            edit.setText(self.tr("The default: {path}").format(path=default_db_path()))
        self.ui.defaultDatabaseButton.setEnabled(chosen is not None)
        # Said without the technical names: a database given when starting (--db), then OFFICEDESK_DB, come first.
        note = self.tr("A database chosen here is opened the next time OfficeDesk starts, unless OfficeDesk is "
                       "started with another one.")
        if os.environ.get(ENV_DB):
            note += " " + self.tr("This computer is set up to open {database}, so this choice is not used.").format(
                database=describe_db(to_url(os.environ[ENV_DB])))
        self.ui.databaseNote.setText(note)

    def _ask_database_file(self) -> str:
        """The file dialog: an existing database or the name of a new one; a test replaces this method."""
        current = settings.database_path()
        start = Path(current) if current and "://" not in current else default_db_path()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Choose the database"), str(start),
            self.tr("OfficeDesk databases (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    @Slot()
    def choose_database(self) -> None:
        chosen = self._ask_database_file()
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix and not path.exists():
            path = path.with_suffix(".db")
        settings.set_database_path(path)
        self._show_next_database()
        self.ctx.status(self.tr("{path} will be opened the next time OfficeDesk starts.").format(path=path))

    @Slot()
    def use_default_database(self) -> None:
        settings.set_database_path(None)
        self._show_next_database()
        self.ctx.status(self.tr("The default database will be opened the next time OfficeDesk starts."))


def _system_fonts_folder() -> Path | None:
    """Where Windows keeps its fonts, as a starting point for the folder dialog."""
    windir = os.environ.get("WINDIR")
    folder = Path(windir) / "Fonts" if windir else None
    return folder if folder is not None and folder.is_dir() else None

"""The settings page: the database for the next start (and its precedence), the inspector using this computer,
the documents' font (applied when the reports screen makes a document) and the pointer to the working hours."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from officedesk.gui import settings
from officedesk.gui.main_window import MainWindow
from officedesk.gui.pages import PageContext, PageSpec
from officedesk.gui.settings_page import SettingsPage
from officedesk.storage.location import ENV_DB, default_db_path, resolve_db, to_url

from .mnemonics import clashes, window_mnemonics

DB = "sqlite:////tmp/officedesk-test/officedesk.db"
LIBERATION = Path(__file__).resolve().parents[2] / "resources" / "fonts"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = MainWindow(DB)
    qtbot.addWidget(win)
    return win


def settings_page(window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    page = window.page_widget("settings")
    assert isinstance(page, SettingsPage)
    return page


@pytest.fixture
def times_folder(tmp_path: Path) -> Path:
    """A folder laid out as Windows keeps Times New Roman (Liberation Serif's files under those names)."""
    folder = tmp_path / "Fonts"
    folder.mkdir()
    for style, name in zip(("Regular", "Bold", "Italic", "BoldItalic"),
                           ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"), strict=True):
        shutil.copyfile(LIBERATION / f"LiberationSerif-{style}.ttf", folder / name)
    return folder


@pytest.fixture
def bundled_font_after() -> Iterator[None]:
    """The reports' font is process-wide: put the bundled family back for the other tests."""
    yield
    from officedesk.reports.fonts import use_font_folder

    use_font_folder(None)


# -- the database ------------------------------------------------------------------------------------------------
def test_the_database_comes_from_db_then_the_environment_then_the_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    given, env, chosen = tmp_path / "given.db", tmp_path / "env.db", tmp_path / "chosen.db"
    monkeypatch.setenv(ENV_DB, str(env))
    assert resolve_db(str(given), str(chosen)) == to_url(given)
    assert resolve_db(None, str(chosen)) == to_url(env)
    monkeypatch.delenv(ENV_DB)
    assert resolve_db(None, str(chosen)) == to_url(chosen)
    assert resolve_db(None, None) == to_url(default_db_path())
    assert resolve_db(None, "postgresql://u:p@host/db") == "postgresql://u:p@host/db"


def test_the_database_setting_round_trips() -> None:
    assert settings.database_path() is None
    settings.set_database_path(Path("/data/office.db"))
    assert settings.database_path() == "/data/office.db"
    settings.set_database_path(None)
    assert settings.database_path() is None
    settings.set_database_path("   ")
    assert settings.database_path() is None


def test_the_client_starts_on_the_database_of_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from officedesk import cli
    from officedesk.gui import app

    opened: list[str | None] = []

    def fake_run_gui(argv: list[str], *, db_url: str | None, **_kwargs: object) -> int:
        opened.append(db_url)
        return 0

    monkeypatch.setattr(app, "run_gui", fake_run_gui)
    monkeypatch.delenv(ENV_DB, raising=False)
    args = argparse.Namespace(db=None, demo_if_missing=False, exit_when_ready=True, user=None)
    settings.set_database_path(tmp_path / "chosen.db")
    assert cli._run_client(args) == 0
    args.db = str(tmp_path / "given.db")
    assert cli._run_client(args) == 0
    assert opened == [to_url(tmp_path / "chosen.db"), to_url(tmp_path / "given.db")]


def test_the_page_chooses_the_database_for_the_next_start(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, vietnamese: None
) -> None:
    monkeypatch.delenv(ENV_DB, raising=False)
    page = settings_page(window)
    ui = page.ui
    assert ui.databaseValue.text() == "/tmp/officedesk-test/officedesk.db"  # the one in use, unchanged
    assert ui.nextDatabaseEdit.text() == f"Mặc định: {default_db_path()}"
    assert not ui.defaultDatabaseButton.isEnabled()

    monkeypatch.setattr(page, "_ask_database_file", lambda: str(tmp_path / "office"))  # a new file, no suffix
    ui.chooseDatabaseButton.click()
    assert settings.database_path() == str(tmp_path / "office.db")
    assert ui.nextDatabaseEdit.text() == str(tmp_path / "office.db")
    assert ui.defaultDatabaseButton.isEnabled()
    assert "lần mở OfficeDesk tiếp theo" in window.statusBar().currentMessage()
    assert ui.databaseValue.text() == "/tmp/officedesk-test/officedesk.db"

    monkeypatch.setattr(page, "_ask_database_file", lambda: "")  # cancelled: nothing changes
    ui.chooseDatabaseButton.click()
    assert settings.database_path() == str(tmp_path / "office.db")

    ui.defaultDatabaseButton.click()
    assert settings.database_path() is None
    assert ui.nextDatabaseEdit.text().startswith("Mặc định: ")


def test_the_page_says_when_the_environment_overrides_the_choice(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DB, "/srv/shared/officedesk.db")
    note = settings_page(window).ui.databaseNote.text()
    assert "/srv/shared/officedesk.db" in note and "not used" in note


# -- the inspector using this computer ---------------------------------------------------------------------------
def test_the_inspector_profile_is_kept(qtbot: QtBot, window: MainWindow, vietnamese: None) -> None:
    assert settings.inspector_profile() == settings.InspectorProfile()
    page = settings_page(window)
    ui = page.ui
    assert ui.fullNameLabel.text() == "&Họ và tên:" and ui.fullNameLabel.buddy() is ui.fullNameEdit
    for edit, text in ((ui.fullNameEdit, "  Nguyễn Thị Hoa "), (ui.positionEdit, "Chuyên viên"),
                       (ui.agencyEdit, "Sở Nội vụ tỉnh Lào Cai")):
        edit.setText(text)
        edit.editingFinished.emit()
    assert settings.inspector_profile() == settings.InspectorProfile(
        "Nguyễn Thị Hoa", "Chuyên viên", "Sở Nội vụ tỉnh Lào Cai")

    again = SettingsPage(page.ctx)  # shown as saved the next time
    qtbot.addWidget(again)
    assert again.ui.fullNameEdit.text() == "Nguyễn Thị Hoa"
    assert again.ui.agencyEdit.text() == "Sở Nội vụ tỉnh Lào Cai"


# -- the documents' font -----------------------------------------------------------------------------------------
def test_the_font_settings_round_trip(times_folder: Path) -> None:
    assert settings.document_font() == settings.FONT_BUNDLED and settings.document_font_folder() is None
    settings.set_document_font(times_folder)
    assert settings.document_font() == settings.FONT_TIMES and settings.document_font_folder() == times_folder
    settings.set_document_font(None)
    assert settings.document_font_folder() is None
    assert settings.times_new_roman_folder() == times_folder  # remembered for the next time
    settings.app_settings().setValue(settings.KEY_FONT, "comic")
    assert settings.document_font() == settings.FONT_BUNDLED


def test_choosing_times_new_roman_checks_the_folder(
    qtbot: QtBot, window: MainWindow, times_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    vietnamese: None
) -> None:
    page = settings_page(window)
    ui = page.ui
    assert ui.bundledFontRadio.isChecked() and not ui.timesFontRadio.isChecked()

    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(page, "_ask_font_folder", lambda: str(empty))
    ui.timesFontRadio.click()
    assert page.font_message is not None
    assert page.font_message.windowTitle() == "Không tìm thấy phông Times New Roman"
    assert str(empty) in page.font_message.text() and "không có đủ bốn tệp" in page.font_message.text()
    page.font_message.button(QMessageBox.StandardButton.Ok).click()
    assert ui.bundledFontRadio.isChecked() and not ui.timesFontRadio.isChecked()  # nothing changed
    assert settings.document_font_folder() is None

    monkeypatch.setattr(page, "_ask_font_folder", lambda: str(times_folder))
    ui.fontFolderButton.click()
    assert ui.timesFontRadio.isChecked() and ui.fontFolderEdit.text() == str(times_folder)
    assert settings.document_font_folder() == times_folder

    ui.bundledFontRadio.click()
    assert settings.document_font_folder() is None
    monkeypatch.setattr(page, "_ask_font_folder", lambda: pytest.fail("the saved folder is used again"))
    ui.timesFontRadio.click()
    assert settings.document_font_folder() == times_folder


def test_the_reports_screen_makes_documents_in_the_chosen_font(
    qtbot: QtBot, demo_db: Path, times_folder: Path, bundled_font_after: None
) -> None:
    from officedesk.gui.reports_page import create_reports_page
    from officedesk.gui.reports_page.page import ReportsPage
    from officedesk.reports import fonts
    from officedesk.services.clock import LOCAL, FixedClock
    from officedesk.services.context import Ctx
    from officedesk.storage.schema import open_database

    window = QMainWindow()
    qtbot.addWidget(window)
    core = Ctx(db=open_database(to_url(demo_db)), clock=FixedClock(datetime(2024, 3, 1, 9, 0, tzinfo=LOCAL)))
    page = create_reports_page(PageContext(db_url=to_url(demo_db), window=window, core_ctx=core))
    assert isinstance(page, ReportsPage)
    window.setCentralWidget(page)
    window.show()
    qtbot.waitUntil(lambda: not page.busy() and page.inspections.rowCount() > 0, timeout=10000)
    first = page.inspections.rows()[0]["id"]
    try:
        for folder, family in ((times_folder, "ODTimes"), (None, "ODSerif")):
            settings.set_document_font(folder)
            with qtbot.waitSignal(page.document_ready, timeout=30000):
                assert page.preview_minutes(first) is not None
            assert fonts.active_fonts().family.startswith(family)
        # A folder that has lost its files: the document is still made, in the bundled font.
        settings.set_document_font(times_folder)
        (times_folder / "timesbd.ttf").unlink()
        with qtbot.waitSignal(page.document_ready, timeout=30000):
            assert page.preview_minutes(first) is not None
        assert fonts.active_fonts().family.startswith("ODSerif")
    finally:
        qtbot.waitUntil(lambda: not page.busy(), timeout=30000)
        window.close()
        core.db.engine.dispose()


# -- working hours, and the page as a whole ----------------------------------------------------------------------
def test_the_working_hours_button_opens_the_units_section(qtbot: QtBot, vietnamese: None) -> None:
    opened: list[str] = []

    def units(ctx: PageContext) -> QWidget:
        opened.append("units")
        return QWidget()

    def make_settings(ctx: PageContext) -> SettingsPage:
        return SettingsPage(ctx)

    win = MainWindow(DB, pages=[PageSpec("units", "&Units and staff", "units.svg", units),
                                PageSpec("settings", "&Settings", "settings.svg", make_settings)])
    qtbot.addWidget(win)
    page = settings_page(win)
    assert page.ui.openScheduleButton.text() == "Mở &lịch làm việc"
    page.ui.openScheduleButton.click()
    assert win.current_page_key() == "units" and opened == ["units"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_page_has_unique_alt_keys(
    qtbot: QtBot, window: MainWindow, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "vi":
        request.getfixturevalue("vietnamese")
        window = MainWindow(DB)  # built again, in Vietnamese
        qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    page = settings_page(window)
    assert clashes(window_mnemonics(window)) == {}
    for edit in (page.ui.fullNameEdit, page.ui.positionEdit, page.ui.agencyEdit, page.ui.fontFolderEdit,
                 page.ui.nextDatabaseEdit):
        assert edit.accessibleName()

"""Dialogs on a small laptop: 1366×768 at 150 % leaves Qt about 910×470 logical pixels (taskbar taken).

The scale factor cannot change inside the test process, so the screen is given to fit_to_screen as a rectangle,
and the dialogs are checked at the size they get in it: every one keeps its buttons on the screen, and the
sign-off dialog keeps the three signature blocks whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from officedesk.gui.campaigns import editor, reads
from officedesk.gui.campaigns.editor import CampaignEditorDialog
from officedesk.gui.entry import signoff_dialog
from officedesk.gui.entry.page import InspectionEntryPage
from officedesk.gui.entry.signoff_dialog import SignOffDialog
from officedesk.gui.pdfsign import VerifyPdfDialog, verify_dialog
from officedesk.gui.screen_fit import fit_on_show, fit_to_screen, frame_margins
from officedesk.gui.units.page import UnitsPage
from officedesk.gui.units.schedule_dialogs import ScheduleVersionDialog
from officedesk.services import queries
from officedesk.services.clock import LOCAL
from officedesk.services.context import Ctx
from officedesk.services.org import work_calendar

from . import conftest_entry as fx
from . import test_pdfsign as pdf
from .test_units_page import make_page as make_units_page
from .test_units_page import open_unit

demo_master = fx.demo_master
demo_db = fx.demo_db
ctx = fx.ctx
pki = pdf.pki
minutes_master = pdf.minutes_master
signed_minutes = pdf.signed_minutes

SMALL = QRect(0, 0, 910, 470)  # a 1366×768 laptop at 150 %, the taskbar taken
LARGE = QRect(0, 0, 1366, 728)  # the same laptop at 100 %
TITLE_BAR = 30  # Windows' title bar at 150 %, in logical pixels: the room a dialog's minimum must leave
PLANNING_DAY = datetime(2024, 1, 22, 9, 0, tzinfo=LOCAL)


@pytest.fixture(params=["en", "vi"])
def language(request: pytest.FixtureRequest) -> str:
    """Each dialog in English and in Vietnamese (longer words, the users' language)."""
    if request.param == "vi":
        request.getfixturevalue("vietnamese")
    return str(request.param)


# -- helpers ------------------------------------------------------------------------------------------------------
def rect_in(dialog: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def fit_small(dialog: QWidget, preferred: QSize | None) -> None:
    """Fit the shown dialog to the small laptop's screen."""
    fit_to_screen(dialog, preferred, SMALL)
    settle()


def assert_fits_small(dialog: QWidget) -> None:
    margins = frame_margins(dialog)
    assert SMALL.contains(dialog.geometry()), (dialog.geometry(), SMALL)
    assert dialog.width() <= SMALL.width() - margins.left() - margins.right()
    assert dialog.height() <= SMALL.height() - margins.top() - margins.bottom()


def assert_in_sight(dialog: QWidget, *widgets: QWidget) -> None:
    """Visible, inside the dialog, and not squeezed below the size its layout asks for."""
    for widget in widgets:
        name = widget.objectName() or (widget.text() if isinstance(widget, QPushButton) else repr(widget))
        assert widget.isVisible(), name
        assert dialog.rect().contains(rect_in(dialog, widget)), (name, rect_in(dialog, widget), dialog.rect())
        minimum = widget.minimumSizeHint()
        assert widget.width() >= minimum.width() and widget.height() >= minimum.height(), (name, widget.size())


def assert_opened_on_screen(dialog: QWidget) -> None:
    """fit_on_show did its work: the dialog opened inside the available area of its screen (800×800 offscreen)."""
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry()), (dialog.frameGeometry(), screen)


def assert_roomy_on_a_large_screen(dialog: QWidget, preferred: QSize) -> None:
    """At 100 % on the same laptop (1366×728 without the taskbar) the dialog keeps the size it had before."""
    fit_to_screen(dialog, preferred, LARGE)
    assert dialog.size() == preferred
    assert LARGE.contains(dialog.geometry())


def assert_minimum_fits(dialog: QWidget) -> None:
    """The layout's minimum fits the small screen with a title bar above it: nothing has to be squeezed."""
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= SMALL.width() and minimum.height() <= SMALL.height() - TITLE_BAR, minimum


def buttons_of(box: QDialogButtonBox) -> list[QPushButton]:
    found = [box.button(b) for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save,
                                     QDialogButtonBox.StandardButton.Cancel, QDialogButtonBox.StandardButton.Close)]
    return [b for b in found if b is not None]


def boxed_dialog(parent: QWidget | None = None) -> tuple[QDialog, QDialogButtonBox]:
    """A dialog whose content would like to be large, with OK and Cancel below it."""
    dialog = QDialog(parent)
    text = QPlainTextEdit(dialog)
    text.setObjectName("content")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Content", dialog))
    layout.addWidget(text)
    layout.addWidget(box)
    return dialog, box


# -- fit_to_screen --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("area", [SMALL, QRect(0, 40, 910, 470), QRect(1366, 0, 910, 470)],
                         ids=["taskbar-below", "taskbar-above", "second-screen"])
def test_a_large_dialog_is_cut_to_the_screen_with_its_buttons_inside(qtbot: QtBot, area: QRect) -> None:
    dialog, box = boxed_dialog()
    qtbot.addWidget(dialog)
    dialog.resize(1240, 600)
    fit_to_screen(dialog, QSize(1240, 600), area)
    margins = frame_margins(dialog)
    frame = dialog.frameGeometry() if dialog.isVisible() else QRect(dialog.pos(), dialog.size().grownBy(margins))
    assert area.contains(frame), (frame, area)
    assert dialog.width() == area.width() - margins.left() - margins.right()
    assert dialog.height() == area.height() - margins.top() - margins.bottom()
    assert margins.top() >= 20, "room is kept for a title bar"
    dialog.show()
    qtbot.waitExposed(dialog)
    assert area.contains(dialog.geometry())
    for button in buttons_of(box):
        assert button.isVisible() and dialog.rect().contains(rect_in(dialog, button))


def test_a_dialog_that_fits_gets_its_preferred_size_centred_over_its_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setGeometry(100, 60, 800, 420)
    window.show()
    qtbot.waitExposed(window)
    dialog, _box = boxed_dialog(window)
    fit_to_screen(dialog, QSize(500, 300), SMALL)
    assert dialog.size() == QSize(500, 300)
    centre = QRect(dialog.pos(), dialog.size().grownBy(frame_margins(dialog))).center()
    assert abs(centre.x() - window.frameGeometry().center().x()) <= 2
    assert abs(centre.y() - window.frameGeometry().center().y()) <= 2


def test_never_smaller_than_the_layout_needs_when_that_fits(qtbot: QtBot) -> None:
    dialog, _box = boxed_dialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, QSize(50, 40), SMALL)
    minimum = dialog.minimumSizeHint()
    assert dialog.width() >= minimum.width() and dialog.height() >= minimum.height()


def test_a_hard_minimum_larger_than_the_screen_is_lowered(qtbot: QtBot) -> None:
    dialog, box = boxed_dialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(1000, 600)
    fit_to_screen(dialog, None, SMALL)
    assert_fits_small(dialog)
    assert dialog.minimumSize().width() <= SMALL.width() and dialog.minimumSize().height() < SMALL.height()
    dialog.show()
    qtbot.waitExposed(dialog)
    for button in buttons_of(box):
        assert dialog.rect().contains(rect_in(dialog, button))


def test_fit_on_show_fits_to_the_screen_the_dialog_opens_on(qtbot: QtBot) -> None:
    dialog, box = boxed_dialog()
    qtbot.addWidget(dialog)
    fit_on_show(dialog, QSize(5000, 5000))
    dialog.open()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.geometry()), (dialog.geometry(), screen)
    for button in buttons_of(box):
        assert dialog.rect().contains(rect_in(dialog, button))
    # Only the first show: a size the person chose is kept when the dialog is shown again.
    dialog.hide()
    dialog.resize(400, 300)
    dialog.show()
    assert dialog.size() == QSize(400, 300)


# -- the sign-off dialog ------------------------------------------------------------------------------------------
@pytest.fixture
def signoff(qtbot: QtBot, ctx: Ctx, language: str) -> SignOffDialog:
    """Signing commune XA11's minutes (as in test_signoff), the entry page in a small laptop's window."""
    page = InspectionEntryPage(ctx)
    qtbot.addWidget(page)
    page.resize(SMALL.size())
    page.show()
    qtbot.waitExposed(page)
    insp_id = page.start_new(fx.campaign_id(ctx), fx.unit_id(ctx, "XA11"), date(2024, 2, 15), time(7, 40))
    assert insp_id is not None
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_K)
    qtbot.keyClick(page.ui.rosterView, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = page.open_sign_off()
    assert isinstance(dialog, SignOffDialog) and dialog.isVisible()
    return dialog


def test_the_sign_off_dialog_fits_a_small_laptop_at_150_percent(qtbot: QtBot, signoff: SignOffDialog) -> None:
    dialog, ui = signoff, signoff.ui
    assert_opened_on_screen(dialog)
    assert_minimum_fits(dialog)
    fit_small(dialog, signoff_dialog.PREFERRED_SIZE)
    assert_fits_small(dialog)
    assert_in_sight(dialog, *buttons_of(ui.buttonBox), ui.endTimeEdit, ui.summaryLabel,
                    ui.unitNameEdit, ui.unitTitleEdit, ui.unitPad, ui.unitUndoButton, ui.unitClearButton,
                    ui.teamNameEdit, ui.teamTitleEdit, ui.teamPad, ui.teamUndoButton, ui.teamClearButton,
                    ui.minutesNameEdit, ui.minutesTitleEdit, ui.minutesPad, ui.minutesUndoButton,
                    ui.minutesClearButton)
    # Pads a person can sign on with a mouse or a pen, side by side.
    for pad in (ui.unitPad, ui.teamPad, ui.minutesPad):
        assert pad.width() >= 240 and pad.height() >= 150, pad.size()
    assert rect_in(dialog, ui.unitPad).right() < rect_in(dialog, ui.teamPad).left()
    assert rect_in(dialog, ui.teamPad).right() < rect_in(dialog, ui.minutesPad).left()
    # What is still missing is said above the buttons, which stay in sight.
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    assert ui.problemLabel.isVisible()
    assert_in_sight(dialog, ui.problemLabel, *buttons_of(ui.buttonBox))
    dialog.reject()


def test_the_sign_off_dialog_keeps_its_roomy_size_on_a_large_screen(qtbot: QtBot, signoff: SignOffDialog) -> None:
    assert_roomy_on_a_large_screen(signoff, signoff_dialog.PREFERRED_SIZE)
    assert signoff.ui.unitPad.width() >= 360 and signoff.ui.unitPad.height() >= 250
    signoff.reject()


# -- the campaign editor ------------------------------------------------------------------------------------------
@pytest.fixture
def planner(demo_db: Path) -> Iterator[Ctx]:
    """The team leader planning the 2024 round in January (as in test_campaigns_editor)."""
    c = fx.make_ctx(demo_db, "truongdoan", PLANNING_DAY)
    yield c
    c.db.dispose()


@pytest.mark.parametrize("campaign_code", [None, "SAUTET-2024"], ids=["new", "change"])
def test_the_campaign_editor_fits_a_small_laptop_at_150_percent(qtbot: QtBot, planner: Ctx, language: str,
                                                                campaign_code: str | None) -> None:
    cid = queries.resolve(planner, "campaign", campaign_code) if campaign_code else None
    dialog = CampaignEditorDialog(planner, reads.editor_data(planner, cid), calendar=work_calendar(planner))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_opened_on_screen(dialog)
    assert_minimum_fits(dialog)
    fit_small(dialog, editor.PREFERRED_SIZE)
    assert_fits_small(dialog)
    ui = dialog.ui
    assert_in_sight(dialog, *buttons_of(ui.buttonBox), ui.codeEdit, ui.nameEdit, ui.legalEdit, ui.previousCombo,
                    ui.yearSpin, ui.holidayCombo, ui.daysSpin, ui.startEdit, ui.endEdit, ui.datesNote,
                    ui.parentAgencyEdit, ui.agencyEdit, ui.placeEdit, ui.symbolEdit, ui.headingNote)
    # The place and the symbol share a row: both stay wide enough to read.
    width = ui.placeEdit.fontMetrics().horizontalAdvance
    assert ui.placeEdit.width() > width("Hoàng Liên") and ui.symbolEdit.width() > width("BB-ĐKT")
    for tab, views in ((ui.teamTab, (ui.membersView, ui.addMemberButton, ui.copyTeamButton)),
                       (ui.unitsTab, (ui.unitSearch, ui.unitsView, ui.checkShownButton, ui.unitsCountLabel))):
        ui.tabs.setCurrentWidget(tab)
        settle()
        assert_in_sight(dialog, *views, *buttons_of(ui.buttonBox))
    assert_roomy_on_a_large_screen(dialog, editor.PREFERRED_SIZE)
    dialog.reject()


# -- the new version of the working hours -------------------------------------------------------------------------
@pytest.fixture
def units_page(qtbot: QtBot, demo_db: Path, language: str) -> Iterator[UnitsPage]:
    yield from make_units_page(qtbot, demo_db)


def test_the_new_hours_dialog_fits_a_small_laptop_at_150_percent(qtbot: QtBot, units_page: UnitsPage) -> None:
    open_unit(qtbot, units_page, "XA01")
    dialog = units_page.add_schedule_version()
    assert isinstance(dialog, ScheduleVersionDialog) and dialog.isVisible()
    assert_opened_on_screen(dialog)
    assert_minimum_fits(dialog)
    fit_small(dialog, None)
    assert_fits_small(dialog)
    ui = dialog.ui
    assert_in_sight(dialog, *buttons_of(ui.buttonBox), ui.introLabel, ui.validFromEdit, ui.lateGraceSpin,
                    ui.earlyGraceSpin, ui.graceFromStartCheck, ui.season2Check, ui.season1Name, ui.season2Name,
                    ui.season1AfternoonEnd, ui.season2AfternoonEnd)
    # A refusal is said above the buttons, which stay in sight.
    ui.season2Check.setChecked(False)
    dialog.accept()
    settle()
    assert ui.problemLabel.isVisible()
    assert_in_sight(dialog, ui.problemLabel, *buttons_of(ui.buttonBox))
    dialog.reject()


# -- checking signatures ------------------------------------------------------------------------------------------
def test_the_signature_check_fits_a_small_laptop_at_150_percent(qtbot: QtBot, signed_minutes: Path, pki: pdf.Pki,
                                                                language: str) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(SMALL.size())
    window.show()
    dialog = VerifyPdfDialog(window, signed_minutes, trust_roots=[pki.root_pem])
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state != "checking", timeout=pdf.WAIT_MS)
    assert dialog.state == "good"
    assert_opened_on_screen(dialog)
    assert_minimum_fits(dialog)
    fit_small(dialog, verify_dialog.PREFERRED_SIZE)
    assert_fits_small(dialog)
    ui = dialog.ui
    ui.signaturesView.selectRow(0)
    settle()
    assert_in_sight(dialog, *buttons_of(ui.buttonBox), ui.verdictLabel, ui.signaturesView, ui.detailLabel,
                    ui.rootsValue, ui.addRootButton, ui.clearRootsButton)
    assert_roomy_on_a_large_screen(dialog, verify_dialog.PREFERRED_SIZE)
    dialog.reject()


# -- a post and its officers ---------------------------------------------------------------------------------------
def test_the_post_dialog_fits_a_small_laptop_at_150_percent(qtbot: QtBot, units_page: UnitsPage) -> None:
    from officedesk.gui.units.post_dialog import PostDialog

    open_unit(qtbot, units_page, "XA01")
    dialog = units_page.add_post()
    assert isinstance(dialog, PostDialog) and dialog.isVisible()
    assert_opened_on_screen(dialog)
    assert_minimum_fits(dialog)
    fit_small(dialog, None)
    assert_fits_small(dialog)
    ui = dialog.ui
    assert_in_sight(dialog, *buttons_of(ui.buttonBox), ui.codeEdit, ui.nameEdit, ui.requiredCheck, ui.fromEdit,
                    ui.officersFilterEdit, ui.officersList)
    dialog.reject()

"""Every string of the entry screen has its Vietnamese, and Vietnamese is what the screen shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMainWindow, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from officedesk.gui.entry.page import InspectionEntryPage
from officedesk.gui.entry.roster_model import Col
from officedesk.services.context import Ctx

from . import conftest_entry as fx
from .entry_vi import compile_entry_catalogue

demo_master = fx.demo_master
demo_db = fx.demo_db
ctx = fx.ctx
leader = fx.leader_ctx


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    return compile_entry_catalogue(tmp_path_factory.mktemp("entry-vi"))


@pytest.fixture
def in_vietnamese(qapp: QApplication, catalogue: tuple[Path, list[str]]) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(catalogue[0]))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_string_has_its_vietnamese(catalogue: tuple[Path, list[str]]) -> None:
    assert catalogue[1] == []


def test_the_screen_speaks_vietnamese(qtbot: QtBot, in_vietnamese: None, ctx: Ctx) -> None:
    page = InspectionEntryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    insp = page.start_new(fx.campaign_id(ctx), fx.unit_id(ctx, "XA11"), date(2024, 2, 15), time(7, 40))
    assert insp is not None
    assert page.ui.stateBadge.text() == "Bản nháp"
    assert page.roster.headerData(Col.STATUS, Qt.Orientation.Horizontal) == "Tình trạng"
    assert page.roster.index(0, Col.STATUS).data() == "Chưa ghi nhận"
    page.mark_rest_present()
    headcount = page.roster.rowCount()
    assert page.summary().startswith(f"Có mặt {headcount}/{headcount} (100,00 %) · Đi muộn 0 · ")
    assert "· Đi muộn 0 · Vắng có phép 0 · Vắng không phép 0 · Rời vị trí 0" in page.summary()
    assert page.ui.tabs.tabText(0) == "&Danh sách và vị trí"
    assert QCoreApplication.translate("InspectionEntryPage", "late {minutes} min").format(minutes=22) == "muộn 22 phút"


def _mnemonics(window: QMainWindow) -> dict[str, list[str]]:
    """Alt+letter -> the texts using it in the window right now: menus, visible buttons, buddied labels, tabs."""
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [lab.text() for lab in window.findChildren(QLabel) if lab.isVisible() and lab.buddy() is not None]
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count())]
    keys: dict[str, list[str]] = {}
    for t in texts:
        key = QKeySequence.mnemonic(t).toString()
        if key:
            keys.setdefault(key, []).append(t)
    return keys


@pytest.mark.parametrize("language", ["en", "vi"])
def test_alt_keys_are_unique_on_every_tab(qtbot: QtBot, leader: Ctx, language: str,
                                          request: pytest.FixtureRequest) -> None:
    if language == "vi":
        request.getfixturevalue("vietnamese")  # the shell's catalogue: the menus
        request.getfixturevalue("in_vietnamese")
    from officedesk.gui.entry import create_page
    from officedesk.gui.main_window import MainWindow
    from officedesk.gui.pages import PageSpec, default_pages

    pages = [PageSpec(s.key, s.title, s.icon, create_page if s.key == "inspection" else s.factory, s.description)
             for s in default_pages()]
    window = MainWindow(leader.db.url, pages=pages)
    window.ctx.core_ctx = leader
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("inspection")
    page = window.page_widget("inspection")
    assert isinstance(page, InspectionEntryPage)
    signed = fx.signed_id(leader, "SNV")  # two versions: the version list and the banner show
    page.open_inspection(signed)
    for insp in (signed, page.ui.versionCombo.itemData(0)):
        page.open_inspection(insp)
        for tab in range(page.ui.tabs.count()):
            page.ui.tabs.setCurrentIndex(tab)
            clashes = {key: texts for key, texts in _mnemonics(window).items() if len(texts) > 1}
            assert clashes == {}, f"on the tab {page.ui.tabs.tabText(tab)!r}"
    page.start_new(fx.campaign_id(leader), fx.unit_id(leader, "XA11"), date(2024, 2, 15), time(7, 40))
    for tab in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(tab)
        clashes = {key: texts for key, texts in _mnemonics(window).items() if len(texts) > 1}
        assert clashes == {}, f"on the tab {page.ui.tabs.tabText(tab)!r}"


def test_focusable_widgets_have_accessible_names(qtbot: QtBot, leader: Ctx) -> None:
    """What a screen reader announces: every focusable widget of the page, on every tab, has a name."""
    page = InspectionEntryPage(leader)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.open_inspection(fx.signed_id(leader, "SNV"))
    page.amend("Đơn vị cung cấp giấy mời họp")  # a draft amendment: every control enabled, the banner shown
    missing = set()
    for tab in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(tab)
        buddies = {lbl.buddy() for lbl in page.findChildren(QLabel) if lbl.buddy() is not None}
        for widget in page.findChildren(QWidget):
            if (widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page)
                    and not widget.accessibleName() and widget not in buddies
                    and widget.metaObject().className() not in ("QScrollBar", "QWidget", "QScrollArea")):
                missing.add(f"{widget.metaObject().className()} {widget.objectName()}")
    assert sorted(missing) == [], "\n".join(sorted(missing))

"""Fixtures of the entry screen's tests: the demo database built once per session, a copy per test.

Import them in a test module with `from tests.gui.conftest_entry import *  # noqa: F403` or by name.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from officedesk.services import accounts, queries
from officedesk.services.clock import LOCAL, FixedClock
from officedesk.services.context import Ctx
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

DEMO_PASSWORD = "demo-2024"
VISIT_DAY = datetime(2024, 2, 15, 8, 30, tzinfo=LOCAL)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo province, built once (about 5 s) for the whole session.

    Each test module binds this fixture under its own name, which makes one fixture per module to pytest:
    the file in the session's base folder is what is shared.
    """
    from officedesk.demo.build import build_demo

    path = tmp_path_factory.getbasetemp() / "entry-demo-master" / "demo.db"
    if not path.exists():
        build_demo(path)
    return path


@pytest.fixture
def demo_db(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_master, path)
    return path


def make_ctx(path: Path, username: str = "hoa", at: datetime = VISIT_DAY) -> Ctx:
    db = open_database(to_url(path))
    ctx = Ctx(db=db, clock=FixedClock(at))
    ctx.actor = accounts.authenticate(ctx, username, DEMO_PASSWORD)
    return ctx


@pytest.fixture
def ctx(demo_db: Path) -> Iterator[Ctx]:
    """Chị Hoa, inspector of the 2024 campaign, on Thursday 15/02/2024 at 08:30."""
    c = make_ctx(demo_db)
    yield c
    c.db.dispose()


@pytest.fixture
def leader_ctx(demo_db: Path) -> Iterator[Ctx]:
    """The team leader (may amend), on the same database."""
    c = make_ctx(demo_db, "truongdoan")
    yield c
    c.db.dispose()


def unit_id(ctx: Ctx, code: str) -> str:
    return queries.resolve(ctx, "unit", code)


def campaign_id(ctx: Ctx, code: str = "SAUTET-2024") -> str:
    return queries.resolve(ctx, "campaign", code)


def _current(ctx: Ctx, unit_code: str, state: str, campaign: str) -> str:
    return next(r["id"] for r in queries.list_inspections(ctx, campaign_id(ctx, campaign))
                if r["unit_code"] == unit_code and r["state"] == state)


def draft_id(ctx: Ctx, unit_code: str = "XA09", campaign: str = "SAUTET-2024") -> str:
    return _current(ctx, unit_code, "draft", campaign)


def signed_id(ctx: Ctx, unit_code: str = "XA01", campaign: str = "SAUTET-2024") -> str:
    return _current(ctx, unit_code, "signed", campaign)


def db_scalar(ctx: Ctx, sql: str, **params: object) -> object:
    with ctx.db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


@dataclass
class Keys:
    """Key presses as a person makes them: to the focused widget, Vietnamese text included."""

    def press(self, widget: QWidget, key: Qt.Key, text: str = "",
              modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))

    def letter(self, widget: QWidget, letter: str) -> None:
        self.press(widget, getattr(Qt.Key, f"Key_{letter.upper()}"), letter.lower())

    def type(self, widget: QWidget, text: str) -> None:
        """Any text, one character at a time (QTest.keyClicks aborts on non-ASCII text)."""
        for ch in text:
            key = getattr(Qt.Key, f"Key_{ch.upper()}", Qt.Key.Key_unknown) if ch.isascii() and ch.isalnum() \
                else (Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown)
            self.press(widget, key, ch)

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget


@pytest.fixture
def keys() -> Keys:
    return Keys()


def draw_signature(pad: QWidget, offset: int = 0) -> None:
    """A stroke drawn with the mouse: press, moves with the left button held, release."""
    left = Qt.MouseButton.LeftButton
    points = [QPointF(20 + 12 * i, 60 + ((i * 7 + offset) % 30)) for i in range(20)]

    def send(kind: QEvent.Type, pos: QPointF, button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
        global_pos = QPointF(pad.mapToGlobal(QPoint(int(pos.x()), int(pos.y()))))
        QApplication.sendEvent(pad, QMouseEvent(kind, pos, global_pos, button, buttons,
                                                Qt.KeyboardModifier.NoModifier))

    send(QEvent.Type.MouseButtonPress, points[0], left, left)
    for p in points[1:]:
        send(QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, left)
    send(QEvent.Type.MouseButtonRelease, points[-1], left, Qt.MouseButton.NoButton)
    QCoreApplication.processEvents()

"""The signature pad: ink from mouse, pen and touch; the PNG is blue on transparent, cropped to the ink."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from officedesk.gui.signature_pad import INK, SignatureField, SignaturePad


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(420, 170)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _move(widget: SignaturePad, point: QPoint) -> None:
    # qtbot.mouseMove carries no buttons: send a real drag.
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def sign(qtbot: QtBot, widget: SignaturePad) -> None:
    """A looping scrawl across the pad, then a dot."""
    points = [QPoint(int(60 + 3 * t), int(90 + 35 * math.sin(t / 8))) for t in range(0, 90)]
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=points[0])
    for p in points[1:]:
        _move(widget, p)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=points[-1])
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(360, 60))


def _image(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


def test_starts_empty_and_says_what_it_is(pad: SignaturePad) -> None:
    assert pad.is_empty()
    assert pad.accessibleName()
    assert pad.accessibleDescription()
    with pytest.raises(ValueError):
        pad.to_png()


def test_mouse_signature_exports_blue_ink_on_transparent(qtbot: QtBot, pad: SignaturePad) -> None:
    with qtbot.waitSignal(pad.changed):
        sign(qtbot, pad)
    assert not pad.is_empty()
    assert len(pad.strokes()) == 2

    data = pad.to_png()
    assert data.startswith(b"\x89PNG")
    image = _image(data)
    assert image.hasAlphaChannel()
    w, h = image.width(), image.height()
    for x, y in [(0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)]:
        assert image.pixelColor(x, y).alpha() == 0

    opaque = [
        image.pixelColor(x, y)
        for y in range(0, h, 2)
        for x in range(0, w, 2)
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(opaque) > 200
    for colour in opaque:
        assert (colour.red(), colour.green(), colour.blue()) == (INK.red(), INK.green(), INK.blue())
    # Every pixel with any ink is blue: no dark fringe from antialiasing on a transparent background.
    for y in range(0, h, 3):
        for x in range(0, w, 3):
            c = image.pixelColor(x, y)
            if c.alpha() > 64:
                assert c.blue() > c.red() + 60 and c.blue() > c.green() + 60


def test_png_is_cropped_to_the_ink(qtbot: QtBot, pad: SignaturePad) -> None:
    sign(qtbot, pad)
    bounds = pad.ink_bounds()
    image = _image(pad.to_png(scale=2.0, margin=10))
    assert abs(image.width() - (bounds.width() * 2 + 20)) <= 2
    assert abs(image.height() - (bounds.height() * 2 + 20)) <= 2
    # The margin is empty, the ink reaches into the band next to it.
    assert all(image.pixelColor(x, 5).alpha() == 0 for x in range(image.width()))
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(10, 16))


def test_undo_and_clear(qtbot: QtBot, pad: SignaturePad) -> None:
    sign(qtbot, pad)
    pad.setFocus()
    with qtbot.waitSignal(pad.changed):
        qtbot.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.strokes()) == 1
    with qtbot.waitSignal(pad.changed):
        qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()


def test_pen_pressure_draws_a_stroke(qtbot: QtBot, pad: SignaturePad) -> None:
    device = QPointingDevice.primaryPointingDevice()

    def tablet(kind: QEvent.Type, x: float, pressure: float) -> None:
        pos = QPointF(x, 80)
        event = QTabletEvent(
            kind,
            device,
            pos,
            QPointF(pad.mapToGlobal(pos)),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()

    tablet(QEvent.Type.TabletPress, 50, 0.2)
    for i in range(1, 40):
        tablet(QEvent.Type.TabletMove, 50 + 5 * i, 0.2 + i / 50)
    with qtbot.waitSignal(pad.changed):
        tablet(QEvent.Type.TabletRelease, 250, 0.0)
    (stroke,) = pad.strokes()
    assert min(stroke.pressures) < 0.3 < 0.9 < max(stroke.pressures)


def test_touch_draws_a_stroke(qtbot: QtBot, pad: SignaturePad) -> None:
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(40, 60)).commit()
    for x in range(45, 200, 5):
        QTest.touchEvent(pad, device).move(0, QPoint(x, 60 + x // 10)).commit()
    with qtbot.waitSignal(pad.changed):
        QTest.touchEvent(pad, device).release(0, QPoint(200, 80)).commit()
    assert len(pad.strokes()) == 1
    assert len(pad.strokes()[0].points) > 20


def test_signature_field_buttons_follow_the_ink(qtbot: QtBot) -> None:
    field = SignatureField("Đại diện đơn vị")
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    assert not field.clear_button.isEnabled()
    assert "Đại diện đơn vị" in field.pad.accessibleName()
    sign(qtbot, field.pad)
    assert field.clear_button.isEnabled() and field.undo_button.isEnabled()
    field.clear_button.click()
    assert field.pad.is_empty()
    assert not field.clear_button.isEnabled()

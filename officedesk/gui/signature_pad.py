"""A signature pad for mouse, pen and touch, and the signature as a blue, transparent PNG (Decree 30/2020).

The unit head signs on the laptop's touch screen or with a pen; he needs no account. Strokes are kept as
points (with pen pressure), drawn as smooth curves through the midpoints of the sampled points, and rendered
again at export time at a higher resolution, so the image in the minutes is as crisp as the screen allows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QImage,
    QImageWriter,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

INK = QColor("#1f3fbf")
PEN_WIDTH = 2.6  # logical pixels at the pressure of a mouse
MOUSE_PRESSURE = 0.5


@dataclass
class Stroke:
    points: list[QPointF] = field(default_factory=list)
    pressures: list[float] = field(default_factory=list)

    def add(self, point: QPointF, pressure: float) -> None:
        # Repeated samples at one spot add nothing but jitter.
        if self.points and (self.points[-1] - point).manhattanLength() < 0.5:
            return
        self.points.append(QPointF(point))
        self.pressures.append(max(0.05, min(1.0, pressure)))

    def bounds(self) -> QRectF:
        xs = [p.x() for p in self.points]
        ys = [p.y() for p in self.points]
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _width(pressure: float) -> float:
    # A mouse (0.5) draws PEN_WIDTH; a pen ranges from about half to one and a half times that.
    return PEN_WIDTH * (0.5 + pressure)


def paint_strokes(painter: QPainter, strokes: list[Stroke], color: QColor) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for stroke in strokes:
        pts = stroke.points
        if not pts:
            continue
        if len(pts) == 1:
            # A dot (the tittle of an i, a full stop).
            radius = _width(stroke.pressures[0]) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(pts[0], radius, radius)
            continue
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Quadratic curves from midpoint to midpoint, each controlled by the sampled point between them:
        # smooth, passes near every sample, and each piece can take its own pressure width.
        start = pts[0]
        for i in range(1, len(pts)):
            end = pts[i] if i == len(pts) - 1 else (pts[i] + pts[i + 1]) / 2
            path = QPainterPath(start)
            path.quadTo(pts[i], end)
            pen = QPen(color, _width(stroke.pressures[i]))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPath(path)
            start = end


class SignaturePad(QWidget):
    """The drawing surface. `changed` is emitted whenever the ink changes (drawn, undone, cleared)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._touch_strokes: dict[int, Stroke] = {}
        self._mouse_stroke: Stroke | None = None
        self._pen_stroke: Stroke | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr(
                "Sign here with the pen, a finger or the mouse. Ctrl+Z undoes the last stroke; Delete clears."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(420, 170)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 110)

    # -- the ink -------------------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not any(s.points for s in self._strokes)

    def strokes(self) -> list[Stroke]:
        return list(self._strokes)

    @Slot()
    def clear(self) -> None:
        if not self._strokes:
            return
        self._strokes.clear()
        self._touch_strokes.clear()
        self._mouse_stroke = self._pen_stroke = None
        self.update()
        self.changed.emit()

    @Slot()
    def undo(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self.update()
            self.changed.emit()

    def ink_bounds(self) -> QRectF:
        rect = QRectF()
        for stroke in self._strokes:
            if stroke.points:
                half = max(_width(p) for p in stroke.pressures) / 2
                rect = rect.united(stroke.bounds().adjusted(-half, -half, half, half))
        return rect

    def to_png(self, scale: float = 3.0, margin: int = 12) -> bytes:
        """Blue ink on a transparent background, cropped to the ink with `margin` pixels round it.

        `scale` renders the strokes at that many pixels per logical pixel (3 gives about 280 dpi at the
        size a signature takes in the printed minutes).
        """
        if self.is_empty():
            raise ValueError("the signature pad is empty")
        bounds = self.ink_bounds()
        width = int(bounds.width() * scale) + 2 * margin + 1
        height = int(bounds.height() * scale) + 2 * margin + 1
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.translate(margin, margin)
        painter.scale(scale, scale)
        painter.translate(-bounds.topLeft())
        paint_strokes(painter, self._strokes, INK)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buffer, QByteArray(b"png"))
        if not writer.write(image.convertToFormat(QImage.Format.Format_ARGB32)):
            raise OSError(writer.errorString())
        buffer.close()
        return bytes(data.data())

    # -- drawing on screen ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        # A baseline to sign on, and a hint while empty.
        guide = QColor(self.palette().color(self.palette().ColorRole.PlaceholderText))
        base_y = self.height() * 0.72
        painter.setPen(QPen(guide, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(16, base_y), QPointF(self.width() - 16, base_y))
        if self.is_empty():
            painter.setPen(guide)
            painter.drawText(
                QRectF(16, base_y + 4, self.width() - 32, self.height() - base_y - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.tr("Sign above the line"),
            )
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        paint_strokes(painter, self._strokes, INK)
        painter.end()

    def _begin(self, point: QPointF, pressure: float) -> Stroke:
        stroke = Stroke()
        stroke.add(point, pressure)
        self._strokes.append(stroke)
        self.update()
        return stroke

    def _extend(self, stroke: Stroke | None, point: QPointF, pressure: float) -> None:
        if stroke is not None:
            stroke.add(point, pressure)
            self.update()

    def _end(self) -> None:
        self.update()
        self.changed.emit()

    # Mouse events synthesised by Qt from touch or pen input are skipped: those are handled below.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._synthesised(event):
            event.ignore()
            return
        self._mouse_stroke = self._begin(event.position(), MOUSE_PRESSURE)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._mouse_stroke is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            event.ignore()
            return
        self._extend(self._mouse_stroke, event.position(), MOUSE_PRESSURE)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._mouse_stroke is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._extend(self._mouse_stroke, event.position(), MOUSE_PRESSURE)
        self._mouse_stroke = None
        self._end()
        event.accept()

    @staticmethod
    def _synthesised(event: QMouseEvent) -> bool:
        return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._pen_stroke = self._begin(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletMove:
            if self._pen_stroke is not None and event.pressure() > 0:
                self._extend(self._pen_stroke, event.position(), event.pressure())
        elif kind == QEvent.Type.TabletRelease and self._pen_stroke is not None:
            self._pen_stroke = None
            self._end()
        # Accepted, so Qt does not also send the pen as mouse events.
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent):
            return self._touch(event)
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> bool:
        if event.type() == QEvent.Type.TouchCancel:
            self._touch_strokes.clear()
            self._end()
            return True
        ended = False
        for point in event.points():
            state = point.state()
            pid = point.id()
            pressure = point.pressure() if point.pressure() > 0 else MOUSE_PRESSURE
            if state == QEventPoint.State.Pressed:
                self._touch_strokes[pid] = self._begin(point.position(), pressure)
            elif state == QEventPoint.State.Updated:
                self._extend(self._touch_strokes.get(pid), point.position(), pressure)
            elif state == QEventPoint.State.Released:
                self._extend(self._touch_strokes.pop(pid, None), point.position(), pressure)
                ended = True
        if ended:
            self._end()
        event.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)


class SignatureField(QWidget):
    """A signature pad with its caption and the buttons a person needs: undo a stroke, clear."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = SignaturePad(self)
        self.caption = QLabel(caption, self)
        self.caption.setBuddy(self.pad)
        self.pad.setAccessibleName(
            self.tr("Signature pad: {caption}").format(caption=caption.replace("&", ""))
        )
        self.undo_button = QPushButton(self.tr("&Undo stroke"), self)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.undo_button.clicked.connect(self.pad.undo)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        has_ink = not self.pad.is_empty()
        self.undo_button.setEnabled(has_ink)
        self.clear_button.setEnabled(has_ink)

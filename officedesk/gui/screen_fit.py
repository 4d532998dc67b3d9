"""Dialogs that open on the screen, whole: never larger than the room the screen has, centred over their window.

A 1366×768 laptop at 150 % gives Qt about 910×512 logical pixels, about 910×470 once the taskbar is taken: a
dialog sized for a large screen would open with its buttons below the bottom edge. `fit_to_screen` gives a
dialog its preferred size, cut down to the available geometry of the screen it appears on (its frame and title
bar included), never below what its layout needs when that fits; `fit_on_show` does it on the dialog's first
show, whoever opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QStyle, QWidget

_BORDER = 4  # a window's side and bottom border when the platform does not say (logical pixels)


def _screen_of(window: QWidget) -> QScreen | None:
    parent = window.parentWidget()
    screen = parent.window().screen() if parent is not None else window.screen()
    return screen or QGuiApplication.primaryScreen()


def available_geometry(window: QWidget) -> QRect:
    """Where `window` may go: the available geometry (without the taskbar) of its parent's screen, or of its own."""
    screen = _screen_of(window)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 800, 600)


def frame_margins(window: QWidget) -> QMargins:
    """The window's frame round its client area: what the platform reports (Windows knows it before the first
    show, X11 only once the window is mapped), but at least a title bar above and a thin border elsewhere."""
    handle = window.windowHandle()
    known = handle.frameMargins() if handle is not None else QMargins()
    if window.windowFlags() & Qt.WindowType.FramelessWindowHint:
        return known
    title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, window)
    return QMargins(max(known.left(), _BORDER), max(known.top(), title), max(known.right(), _BORDER),
                    max(known.bottom(), _BORDER))


def fit_to_screen(window: QWidget, preferred: QSize | None = None, available: QRect | None = None) -> None:
    """Size `window` to `preferred` (default: its size hint), but no larger than `available` (default: the
    available geometry of its screen) once its frame is counted, and no smaller than its layout's minimum when
    that fits; then centre it over its parent's window (or the available area) and keep it inside.

    An explicit minimum size larger than the room is lowered to the layout's own minimum, so that the dialog's
    buttons stay on screen.
    """
    area = QRect(available) if available is not None else available_geometry(window)
    margins = frame_margins(window)
    room = QSize(max(1, area.width() - margins.left() - margins.right()),
                 max(1, area.height() - margins.top() - margins.bottom()))

    layout_minimum = window.minimumSizeHint()
    if not layout_minimum.isValid():
        layout_minimum = QSize(0, 0)
    minimum = window.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        window.setMinimumSize(minimum.boundedTo(room).expandedTo(layout_minimum.boundedTo(room)))
    minimum = window.minimumSize().expandedTo(layout_minimum).boundedTo(room)

    want = QSize(preferred) if preferred is not None else window.sizeHint()
    if not want.isValid():
        want = window.size()
    width = max(minimum.width(), min(want.width(), room.width()))
    # Wrapped labels need more height when the width is cut down.
    layout = window.layout()
    needed = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
    height = max(minimum.height(), min(max(want.height(), needed), room.height()))
    window.resize(width, height)

    # Centre the frame over the parent's window (or the area), then keep it inside the area.
    outer = QSize(window.width() + margins.left() + margins.right(),
                  window.height() + margins.top() + margins.bottom())
    parent = window.parentWidget()
    host = parent.window() if parent is not None and parent.window().isVisible() else None
    centre = host.frameGeometry().center() if host is not None else area.center()
    left = min(max(centre.x() - outer.width() // 2, area.left()), area.right() + 1 - outer.width())
    top = min(max(centre.y() - outer.height() // 2, area.top()), area.bottom() + 1 - outer.height())
    # move() places the frame's top-left corner; left/top as the last word when the frame is wider than the area.
    window.move(QPoint(max(left, area.left()), max(top, area.top())))


class _FitOnShow(QObject):
    # No Python reference to the window: a child holding its parent makes a reference cycle of Qt wrappers, and
    # Python's cycle collector may then tear the window down from whatever thread it runs in (a worker's),
    # which crashed the client in the tests. The window is the object the filter watches.
    def __init__(self, window: QWidget, preferred: QSize | None) -> None:
        super().__init__(window)
        self._preferred = QSize(preferred) if preferred is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The first Show comes after the layout is activated and before the window is mapped.
        if isinstance(watched, QWidget) and event.type() == QEvent.Type.Show and not event.spontaneous():
            watched.removeEventFilter(self)
            fit_to_screen(watched, self._preferred)
            # Kept, a child of the window, rather than deleted: deleteLater() from inside its own eventFilter
            # crashed PySide 6.11 (a corrupted heap, seen under pytest-qt).
        return False


def fit_on_show(window: QWidget, preferred: QSize | None = None) -> None:
    """Fit `window` to its screen (`fit_to_screen`) when it is first shown, by open(), exec() or show()."""
    window.installEventFilter(_FitOnShow(window, preferred))

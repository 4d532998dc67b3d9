"""Alt-key (mnemonic) checkers shared by the screen tests: which texts claim which Alt+letter, and which clash."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QTabBar, QWidget


def window_mnemonics(window: QMainWindow) -> dict[str, list[str]]:
    """Alt+letter -> the texts using it in the window right now: menus, visible buttons, buddied labels, tabs."""
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [lab.text() for lab in window.findChildren(QLabel) if lab.isVisible() and lab.buddy() is not None]
    texts += [bar.tabText(i) for bar in window.findChildren(QTabBar) if bar.isVisible() for i in range(bar.count())]
    keys: dict[str, list[str]] = {}
    for text in texts:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            keys.setdefault(key, []).append(text)
    return keys


def widget_mnemonics(widget: QWidget, buttons: type[QAbstractButton] = QAbstractButton,
                     own_window: bool = False) -> dict[str, list[str]]:
    """Lower-case letter -> the texts of the widget's visible labels and buttons marking it with '&'.

    With own_window, only the children in the widget's own window count (a dialog is a child of its page, but its
    own window).
    """
    keys: dict[str, list[str]] = {}
    for child in widget.findChildren(QWidget):
        if own_window and child.window() is not widget.window():
            continue
        if isinstance(child, (QLabel, buttons)) and child.isVisibleTo(widget):
            text = child.text()
            plain = text.replace("&&", "")
            i = plain.find("&")
            if i >= 0:
                keys.setdefault(plain[i + 1].lower(), []).append(text)
    return keys


def clashes(keys: dict[str, list[str]]) -> dict[str, list[str]]:
    """The keys claimed by more than one text."""
    return {key: texts for key, texts in keys.items() if len(texts) > 1}

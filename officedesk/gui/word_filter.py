"""One search filter for every list: each word typed must appear in a row's text, accents and case aside."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel

from officedesk.gui.table_model import Index
from officedesk.rules.text import fold


class WordFilterProxy(QSortFilterProxyModel):
    """Subclasses say what a row's text is (`row_text`); "ta phin" then finds "Tả Phìn"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def row_text(self, source_row: int, source_parent: Index) -> str | None:
        """The row's folded text to search, or None to keep the row whatever is typed."""
        raise NotImplementedError

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        text = self.row_text(source_row, source_parent)
        return text is None or all(word in text for word in self._words)

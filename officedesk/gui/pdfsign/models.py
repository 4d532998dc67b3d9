"""The signatures of a PDF as a table: one row per signature, in signing order.

Each state is written out (Yes / No, and why a signer is not trusted) and coloured as well: green for what is
fine, red for a change to the signed document, amber for a signer nobody vouched for. Colour is never the only
sign.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from officedesk.gui.pdfsign.common import block_name, english_ui

if TYPE_CHECKING:
    from officedesk.security.pdf_signing import SignatureReport

Index = QModelIndex | QPersistentModelIndex

# (background, text) per state; dark text on a light tint keeps a 4.5:1 contrast.
GOOD = (QColor("#e6f4ea"), QColor("#0d652d"))
BAD = (QColor("#fce8e6"), QColor("#a50e0e"))
DOUBT = (QColor("#fef7e0"), QColor("#7a4f01"))

# A role for the tests and for a screen reader's summary: the state of a cell as "good", "bad" or "doubt".
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


def iso_time(report: SignatureReport) -> str:
    if report.signed_at is None:
        return ""
    from officedesk.security.pdf_signing import iso_time as core_iso_time  # loaded by the worker already

    return core_iso_time(report.signed_at)


class SignaturesModel(QAbstractTableModel):
    FIELD, SIGNER, TIME, INTACT, CHANGED, TRUSTED = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SignatureReport] = []

    # -- content -----------------------------------------------------------------------------------------------
    def set_reports(self, reports: Sequence[SignatureReport]) -> None:
        self.beginResetModel()
        self._rows = list(reports)
        self.endResetModel()

    def clear(self) -> None:
        self.set_reports([])

    def report(self, row: int) -> SignatureReport:
        return self._rows[row]

    def reports(self) -> list[SignatureReport]:
        return list(self._rows)

    # -- QAbstractTableModel -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Block"), self.tr("Signed by"), self.tr("Signed at"), self.tr("Intact"),
                  self.tr("Changed after signing"), self.tr("Trusted"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not 0 <= index.column() < 6:
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.summary(r)
        state = self._state(r, column)
        if role == STATE_ROLE:
            return state
        if state is None:
            return None
        colours = {"good": GOOD, "bad": BAD, "doubt": DOUBT}[state]
        if role == Qt.ItemDataRole.BackgroundRole:
            return colours[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return colours[1]
        return None

    # -- wording -------------------------------------------------------------------------------------------------
    def _text(self, r: SignatureReport, column: int) -> str:
        yes, no = self.tr("Yes"), self.tr("No")
        if column == self.FIELD:
            return block_name(r.field)
        if column == self.SIGNER:
            return r.signer
        if column == self.TIME:
            return iso_time(r)
        if column == self.INTACT:
            return yes if r.intact else self.tr("NO")
        if column == self.CHANGED:
            return self.tr("YES") if r.modified_after else no
        if r.trusted:
            return yes
        # The core words the trust problem in Vietnamese only.
        return self.tr("No: {reason}").format(reason=r.trust_problem) if r.trust_problem else no

    @staticmethod
    def _state(r: SignatureReport, column: int) -> str | None:
        if column == SignaturesModel.INTACT:
            return "good" if r.intact else "bad"
        if column == SignaturesModel.CHANGED:
            return "bad" if r.modified_after else "good"
        if column == SignaturesModel.TRUSTED:
            return "good" if r.trusted else "doubt"
        return None

    def summary(self, r: SignatureReport) -> str:
        """One sentence about the signature: the core's (Vietnamese) or, in the English interface, built here."""
        if not english_ui():
            return r.summary_vi
        when = f" ({iso_time(r)})" if r.signed_at is not None else ""
        if not r.intact:
            return self.tr("The signature of {signer} is NOT valid: the signed content was changed.").format(
                signer=r.signer)
        if r.modified_after:
            return self.tr("The signature of {signer}{when} is intact, but the file was changed after signing.").format(
                signer=r.signer, when=when)
        if not r.trusted:
            return self.tr("The signature of {signer}{when} is intact but its certificate is not confirmed.").format(
                signer=r.signer, when=when)
        return self.tr("Valid signature of {signer}{when}.").format(signer=r.signer, when=when)

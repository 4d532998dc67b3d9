"""Small read-only models of the findings tab: other violations, corrective actions, photos."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QImage, QPixmap

from officedesk.domain.enums import ActionStatus
from officedesk.rules.vnformat import date_short

Index = QModelIndex | QPersistentModelIndex
Column = tuple[Callable[[], str], Callable[[dict[str, Any]], str]]

ID_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB_SIZE = QSize(150, 112)


class RecordsModel(QAbstractTableModel):
    """Rows of plain dicts shown through column functions; the row's "id" under ID_ROLE."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[dict[str, Any]] = []

    def load(self, rows: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, i: int) -> dict[str, Any]:
        return self._rows[i]

    def records(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns[index.column()][1](row)
        if role == ID_ROLE:
            return row.get("id")
        return None


def action_status_text(status: str) -> str:
    return {ActionStatus.OPEN: QCoreApplication.translate("FindingsModels", "Open"), ActionStatus.DONE: QCoreApplication.translate("FindingsModels", "Done"),
            ActionStatus.CANCELLED: QCoreApplication.translate("FindingsModels", "Cancelled")}.get(ActionStatus(status), status)


def _date(value: Any) -> str:
    return date_short(value) if value else ""


def violations_model(parent: Any = None) -> RecordsModel:
    return RecordsModel([
        (lambda: QCoreApplication.translate("FindingsModels", "Violation"), lambda r: r["category_name"]),
        (lambda: QCoreApplication.translate("FindingsModels", "Description"), lambda r: r["description"] or ""),
        (lambda: QCoreApplication.translate("FindingsModels", "Person"), lambda r: r["staff_name"] or ""),
    ], parent)


def actions_model(parent: Any = None) -> RecordsModel:
    return RecordsModel([
        (lambda: QCoreApplication.translate("FindingsModels", "Corrective action"), lambda r: r["description"]),
        (lambda: QCoreApplication.translate("FindingsModels", "For the finding"), lambda r: r.get("finding") or ""),
        (lambda: QCoreApplication.translate("FindingsModels", "Owner"), lambda r: r["owner"] or ""),
        (lambda: QCoreApplication.translate("FindingsModels", "Deadline"), lambda r: _date(r["deadline"])),
        (lambda: QCoreApplication.translate("FindingsModels", "State"), lambda r: action_status_text(r["status"])),
    ], parent)


def earlier_actions_model(parent: Any = None) -> RecordsModel:
    return RecordsModel([
        (lambda: QCoreApplication.translate("FindingsModels", "Corrective action"), lambda r: r["description"]),
        (lambda: QCoreApplication.translate("FindingsModels", "Owner"), lambda r: r["owner"] or ""),
        (lambda: QCoreApplication.translate("FindingsModels", "Deadline"), lambda r: _date(r["deadline"])),
        (lambda: QCoreApplication.translate("FindingsModels", "From the inspection of"), lambda r: " ".join(
            p for p in (_date(r["visit_date"]), r["number_text"] or "") if p)),
    ], parent)


class PhotosModel(QAbstractListModel):
    """The inspection's photos as thumbnails with their captions."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._icons: dict[str, QIcon] = {}

    def load(self, rows: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [{k: v for k, v in r.items() if k != "data"} for r in rows]
        # Thumbnails are made once per photo; the full image stays in the database.
        fresh: dict[str, QIcon] = {}
        for r, full in zip(self._rows, rows if isinstance(rows, list) else [], strict=False):
            fresh[r["id"]] = self._icons.get(r["id"]) or _thumbnail(full.get("data") or b"")
        self._icons = fresh
        self.endResetModel()

    def record(self, i: int) -> dict[str, Any]:
        return self._rows[i]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row["caption"] or QCoreApplication.translate("FindingsModels", "(no caption)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row['caption']} ({row['width']}×{row['height']})"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(row["id"])
        if role == ID_ROLE:
            return row["id"]
        return None


def _thumbnail(data: bytes) -> QIcon:
    image = QImage.fromData(data)
    if image.isNull():
        return QIcon()
    return QIcon(QPixmap.fromImage(image.scaled(THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation)))

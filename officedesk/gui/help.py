"""The user guide (F1) and the About box."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from officedesk import __version__
from officedesk.gui.paths import help_dir


def guide_path(language: str) -> Path:
    path = help_dir() / f"guide_{language}.html"
    return path if path.exists() else help_dir() / "guide_vi.html"


class HelpDialog(QDialog):
    """The user guide, readable while working: not modal, stays open beside the main window."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("OfficeDesk user guide"))
        self.setAccessibleName(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide text"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(language))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.close)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(760, int(screen.width() * 0.8)), min(640, int(screen.height() * 0.85)))


def about_text(db_description: str, log_dir: str) -> str:
    return (
        "<h3>OfficeDesk {version}</h3>"
        "<p>{tagline}</p>"
        "<p><b>{db_caption}</b> {db}<br><b>{log_caption}</b> {log}</p>"
        "<p><small>Qt {qt} · PySide6 {pyside} · Python {python}</small></p>"
    ).format(
        version=__version__,
        tagline=QCoreApplication.translate(
            "About", "Working-discipline inspections: record, sign off, print the minutes, report."
        ),
        db_caption=QCoreApplication.translate("About", "Database in use:"),
        db=_escape(db_description),
        log_caption=QCoreApplication.translate("About", "Error log folder:"),
        log=_escape(log_dir),
        qt=qVersion(),
        pyside=pyside_version,
        python=platform.python_version(),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_about(parent: QWidget, db_description: str, log_dir: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About OfficeDesk"))
    box.setAccessibleName(QCoreApplication.translate("About", "About OfficeDesk"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(db_description, log_dir))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box

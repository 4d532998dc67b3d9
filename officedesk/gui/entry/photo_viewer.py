"""A photo of the inspection at the size it was kept (up to the stored 1,600 pixels), scaled to the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from officedesk.gui.screen_fit import fit_on_show

PREFERRED_SIZE = QSize(1000, 760)


class PhotoViewer(QDialog):
    def __init__(self, data: bytes, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(caption or self.tr("Photo"))
        self.setAccessibleName(self.tr("Photo: {caption}").format(caption=caption) if caption else self.tr("Photo"))
        image = QImage.fromData(data)
        self.pixmap = QPixmap.fromImage(image)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setAccessibleName(self.accessibleName())
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
        self.caption.setVisible(bool(caption))
        fit_on_show(self, PREFERRED_SIZE)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.pixmap.isNull():
            # Never larger than it was kept: a small photo is not blown up into blur.
            room = self.picture.size().boundedTo(self.pixmap.size())
            self.picture.setPixmap(self.pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))

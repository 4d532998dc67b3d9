"""Photos of what the team saw (an empty counter): picked or dropped image files, downscaled off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from officedesk.errors import UserError
from officedesk.gui.entry import reads
from officedesk.gui.entry.findings_models import ID_ROLE, THUMB_SIZE, PhotosModel
from officedesk.gui.entry.recorder import Recorder
from officedesk.gui.forms.ui_inspection_entry import Ui_InspectionEntry
from officedesk.gui.ops import Op, show_failure
from officedesk.rules.text import nfc
from officedesk.services import findings


class PhotosPanel(QObject):
    added = Signal(int)  # how many photos were attached by one pick or drop

    def __init__(self, ui: Ui_InspectionEntry, recorder: Recorder, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.recorder = recorder
        self.ctx = recorder.ctx
        self.page = parent
        self.model = PhotosModel(self)
        self.inspection_id: str | None = None
        self.read_only = True
        self.running: Op[Any] | None = None
        self.viewer: QWidget | None = None  # the photo shown at full size, if any (tests reach it here)
        view = ui.photosView
        view.setModel(self.model)
        view.setIconSize(THUMB_SIZE)
        view.setGridSize(QSize(THUMB_SIZE.width() + 24, THUMB_SIZE.height() + 48))
        view.files_dropped.connect(self.add_files)
        view.activated.connect(lambda index: self.show_photo(index.row()))  # Enter or a double click
        ui.addPhotoButton.clicked.connect(self.pick_files)
        ui.removePhotoButton.clicked.connect(self.remove_current)
        recorder.findings_changed.connect(self.reload)

    def bind(self, inspection_id: str, read_only: bool) -> None:
        self.inspection_id = inspection_id
        self.set_read_only(read_only)
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.ui.photosView.accept_files = not read_only
        for w in (self.ui.addPhotoButton, self.ui.captionEdit):
            w.setEnabled(not read_only)
        self.ui.removePhotoButton.setEnabled(not read_only and self.model.rowCount() > 0)

    def show_photo(self, row: int) -> QWidget | None:
        """The photo at the size it was kept, in a window of its own."""
        from officedesk.gui.entry.photo_viewer import PhotoViewer

        if not 0 <= row < self.model.rowCount():
            return None
        record = self.model.record(row)
        data = reads.attachment_data(self.ctx, record["id"])
        if data is None:
            return None
        viewer = PhotoViewer(data, record.get("caption") or "", self.page)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        self.viewer = viewer
        return viewer

    @Slot()
    def reload(self) -> None:
        if self.inspection_id is None:
            return
        self.model.load(reads.attachments(self.ctx, self.inspection_id))
        self.ui.removePhotoButton.setEnabled(not self.read_only and self.model.rowCount() > 0)

    @Slot()
    def pick_files(self) -> None:
        if self.read_only:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self.page, self.tr("Attach photos"), str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.heic)"))
        if paths:
            self.add_files(paths)

    @Slot(list)
    def add_files(self, paths: list[str]) -> Op[Any] | None:
        """Attach the files (read and downscaled in a worker); each photo can then be undone."""
        if self.read_only or self.inspection_id is None or not paths:
            return None
        insp_id, caption, ctx = self.inspection_id, nfc(self.ui.captionEdit.text()), self.ctx

        def attach() -> list[tuple[str, bytes]]:
            done = []
            for path in paths:
                data = Path(path).read_bytes()
                done.append((findings.add_attachment(ctx, insp_id, data, caption), data))
            return done

        def attached(done: list[tuple[str, bytes]]) -> None:
            if self.inspection_id != insp_id:
                return  # another inspection was opened meanwhile: the photos are saved, not undoable here
            for attachment_id, data in done:
                self.recorder.photo_added(attachment_id, data, caption)
            self.ui.captionEdit.clear()
            self.reload()
            self.added.emit(len(done))

        def refused(exc: BaseException) -> None:
            self.reload()  # the files before the bad one are attached
            if isinstance(exc, (UserError, OSError)):
                self.recorder.failed.emit(exc if isinstance(exc, UserError) else UserError(
                    self.tr("Cannot read the file: {error}").format(error=exc.strerror or str(exc))))
            else:
                show_failure(self.page, exc)

        self.running = Op(self.page, attach).on_success(attached).on_failure(refused).with_progress(
            self.tr("Attaching photos…"), cancellable=False).run()
        return self.running

    @Slot()
    def remove_current(self) -> None:
        index = self.ui.photosView.currentIndex()
        if self.read_only or not index.isValid():
            return
        record = reads.attachment(self.ctx, index.data(ID_ROLE))
        if record is not None and self.recorder.remove_photo(record["id"], bytes(record["data"]),
                                                             record["caption"]):
            self.reload()

"""Qt's own file and print dialogs speak Vietnamese: their strings come from our catalogue (qt_strings.py).

Qt ships no qtbase_vi, so without those entries the non-native QFileDialog and the Linux print dialogs would
show "File name:", "Look in:", "Printer", "Print all"... The dialogs are shown non-modally and closed; the
printer writes to a PDF file that must never appear (nothing is printed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDir, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from .mnemonics import clashes, widget_mnemonics

T = TypeVar("T", bound=QObject)

# English texts of Qt that must not be left on screen once the Vietnamese catalogue is installed.
ENGLISH_FILE_DIALOG = {
    "&Look in:", "Look in:", "File &name:", "File name:", "Files of &type:", "Files of type:", "&Save", "&Open",
    "Save", "Open", "Cancel", "Back", "Forward", "Parent Directory", "Create New Folder", "List View",
    "Detail View", "Computer", "Name", "Size", "Type", "Date Modified", "All Files (*)",
}  # fmt: skip
ENGLISH_PRINT_DIALOG = {
    "Print", "&Print", "Cancel", "&Options >>", "&Options <<", "Printer", "&Name:", "P&roperties", "Location:",
    "Type:", "Output &file:", "Print to File (PDF)", "Local file", "Write PDF file", "Copies", "Options",
    "Print range", "Print all", "Pages from", "to", "Pages", "Current Page", "Selection", "Page &Set:",
    "Output Settings", "Copies:", "Collate", "Reverse", "Color Mode", "Color", "Grayscale",
    "Double Sided Printing", "Off", "Long side binding", "Short side binding", "All Pages", "Odd Pages",
    "Even Pages",
}  # fmt: skip


def child(parent: QObject, kind: type[T], name: str) -> T:
    """Qt's child widget `name`; fails clearly when a Qt version renames it."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} {name!r} in {type(parent).__name__}"
    return found


def visible_texts(widget: QWidget) -> set[str]:
    """Every text a person can read in `widget`: title, labels, buttons and their tooltips, group and tab titles,
    combo box items, tree headers."""
    texts = {widget.windowTitle()}
    texts |= {label.text() for label in widget.findChildren(QLabel)}
    for button in widget.findChildren(QAbstractButton):
        texts |= {button.text(), button.toolTip()}
    texts |= {box.title() for box in widget.findChildren(QGroupBox)}
    for tabs in widget.findChildren(QTabWidget):
        texts |= {tabs.tabText(i) for i in range(tabs.count())}
    for combo in widget.findChildren(QComboBox):
        texts |= {combo.itemText(i) for i in range(combo.count())}
    for tree in widget.findChildren(QTreeView):
        model = tree.model()
        texts |= {str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())}
    return texts - {""}


def answer_modal(parent: QWidget, handle: Callable[[QDialog], None]) -> list[str]:
    """Hand the next modal dialog opening over `parent` to `handle`, which must close it.

    Polls from within the modal dialog's own event loop; returns the titles of the dialogs handled, so that the
    test can check that one did open. Stops polling after 5 s."""
    handled: list[str] = []
    timer = QTimer(parent)
    timer.setInterval(20)
    tries_left = [250]

    def poll() -> None:
        tries_left[0] -= 1
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal is not parent and modal.isVisible():
            timer.stop()
            handled.append(modal.windowTitle())
            handle(modal)
        elif tries_left[0] <= 0:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    return handled


# -- the file dialog ------------------------------------------------------------------------------------------


@pytest.fixture
def save_dialog(qtbot: QtBot, vietnamese: None, tmp_path: Path) -> Iterator[QFileDialog]:
    """The non-native "save as" dialog as the program opens it for a PDF report, in a folder holding one."""
    (tmp_path / "bao-cao.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = QFileDialog(None, "Lưu báo cáo", str(tmp_path), "Tệp PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


def test_file_dialog_labels_and_buttons_are_vietnamese(save_dialog: QFileDialog) -> None:
    dialog = save_dialog
    assert child(dialog, QLabel, "lookInLabel").text() == "&Tìm trong:"
    assert child(dialog, QLabel, "fileNameLabel").text() == "Tê&n tệp:"
    assert child(dialog, QLabel, "fileTypeLabel").text() == "&Kiểu tệp:"
    buttons = child(dialog, QDialogButtonBox, "buttonBox")
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "&Lưu"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    assert child(dialog, QComboBox, "fileTypeCombo").currentText() == "Tệp PDF (*.pdf)"
    tooltips = {b.objectName(): b.toolTip() for b in dialog.findChildren(QToolButton) if b.objectName()}
    assert tooltips == {
        "backButton": "Quay lại",
        "forwardButton": "Tiến tới",
        "toParentButton": "Thư mục cha",
        "newFolderButton": "Tạo thư mục mới",
        "listModeButton": "Xem danh sách",
        "detailModeButton": "Xem chi tiết",
    }
    model = child(dialog, QTreeView, "treeView").model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Tên", "Kích cỡ", "Loại", "Ngày sửa đổi"]
    assert visible_texts(dialog) & ENGLISH_FILE_DIALOG == set()
    assert clashes(widget_mnemonics(dialog)) == {}


def test_file_dialog_menus_titles_and_default_filter_are_vietnamese(qtbot: QtBot, vietnamese: None) -> None:
    dialog = QFileDialog(None, "", QDir.tempPath())
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Mở"  # Qt's own title when the program gives none
    assert child(dialog, QComboBox, "fileTypeCombo").currentText() == "Tất cả các tệp (*)"
    buttons = child(dialog, QDialogButtonBox, "buttonBox")
    assert buttons.button(QDialogButtonBox.StandardButton.Open).text() == "&Mở"
    # The file list's context menu, and the column header's menu.
    assert child(dialog, QAction, "qt_rename_action").text() == "Đổi &tên"
    assert child(dialog, QAction, "qt_delete_action").text() == "&Xóa"
    assert child(dialog, QAction, "qt_show_hidden_action").text() == "&Hiện tệp ẩn"
    assert child(dialog, QAction, "qt_new_folder_action").text() == "Thư mục &mới"
    header_menu = [a.text() for a in child(dialog, QTreeView, "treeView").header().actions()]
    assert header_menu == ["Hiện cột Kích cỡ", "Hiện cột Loại", "Hiện cột Ngày sửa đổi"]
    # Choosing a folder.
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    assert child(dialog, QLabel, "fileNameLabel").text() == "Thư mục:"
    assert buttons.button(QDialogButtonBox.StandardButton.Open).text() == "&Chọn"
    dialog.close()


def test_file_dialog_asks_in_vietnamese_before_replacing_a_file(
    save_dialog: QFileDialog, tmp_path: Path
) -> None:
    question: list[str] = []
    answers: set[str] = set()

    def refuse(box: QDialog) -> None:
        if isinstance(box, QMessageBox):
            question.append(box.text())
            answers.update(b.text() for b in box.buttons())
        box.done(QMessageBox.StandardButton.No.value)

    child(save_dialog, QLineEdit, "fileNameEdit").setText("bao-cao.pdf")  # typed, as a person would
    assert save_dialog.selectedFiles() == [str(tmp_path / "bao-cao.pdf")]
    handled = answer_modal(save_dialog, refuse)
    save_dialog.accept()
    assert handled == ["Lưu báo cáo"], "no question before replacing the file"
    assert question == ["bao-cao.pdf đã tồn tại.\nBạn có muốn thay thế không?"]
    assert answers == {"&Có", "&Không"}
    assert save_dialog.isVisible()  # "No": the dialog stays open for another name
    assert save_dialog.result() == QDialog.DialogCode.Rejected


# -- the print dialogs ----------------------------------------------------------------------------------------


@pytest.fixture
def pdf_printer(tmp_path: Path) -> Iterator[QPrinter]:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in-thu.pdf"))
    yield printer
    assert not (tmp_path / "in-thu.pdf").exists(), "the test printed something"


@pytest.fixture
def print_dialog(qtbot: QtBot, vietnamese: None, pdf_printer: QPrinter) -> Iterator[QPrintDialog]:
    dialog = QPrintDialog(pdf_printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.reject()


def test_print_dialog_is_vietnamese(print_dialog: QPrintDialog) -> None:
    dialog = print_dialog
    assert dialog.windowTitle() == "In"
    assert child(dialog, QGroupBox, "printerGroup").title() == "Máy in"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Tên:", "Vị trí:", "Loại:", "Tệp đầu &ra:"} <= labels
    assert child(dialog, QComboBox, "printers").currentText() == "In ra tệp (PDF)"
    assert child(dialog, QLabel, "location").text() == "Tệp trên máy"
    assert child(dialog, QLabel, "type").text() == "Ghi ra tệp PDF"
    assert child(dialog, QPushButton, "properties").text() == "T&huộc tính"
    push_buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    assert {"&In", "Hủy", "Tùy &chọn >>"} <= set(push_buttons)
    assert clashes(widget_mnemonics(dialog)) == {}

    # "Options >>" unfolds the Copies and Options tabs.
    options = push_buttons["Tùy &chọn >>"]
    options.click()
    assert options.text() == "Tùy &chọn <<"
    tabs = child(dialog, QTabWidget, "tabs")
    assert tabs.isVisible()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Số bản", "Tùy chọn"]
    radios = {r.objectName(): r.text() for r in dialog.findChildren(QRadioButton)}
    assert radios == {
        "printAll": "In tất cả",
        "printRange": "Trang từ",
        "pagesRadioButton": "Các trang",
        "printCurrentPage": "Trang hiện tại",
        "printSelection": "Vùng chọn",
        "color": "Màu",
        "grayscale": "Thang xám",
        "noDuplex": "Tắt",
        "duplexLong": "Lật theo cạnh dài",
        "duplexShort": "Lật theo cạnh ngắn",
    }
    assert {"đến", "Số bản:", "&Nhóm trang:"} <= {label.text() for label in dialog.findChildren(QLabel)}
    groups = {g.objectName(): g.title() for g in dialog.findChildren(QGroupBox)}
    assert groups["gbPrintRange"] == "Phạm vi in"
    assert groups["groupBox"] == "Thiết lập bản in"
    assert groups["duplex"] == "In hai mặt"
    assert groups["colorMode"] == "Chế độ màu"
    page_sets = child(dialog, QComboBox, "pageSetCombo")
    assert [page_sets.itemText(i) for i in range(3)] == ["Tất cả các trang", "Trang lẻ", "Trang chẵn"]
    assert visible_texts(dialog) & ENGLISH_PRINT_DIALOG == set()
    assert clashes(widget_mnemonics(dialog)) == {}


def test_printer_properties_are_vietnamese(print_dialog: QPrintDialog) -> None:
    """The Properties button's dialog: its tabs and the page setup (paper, orientation, margins, layout)."""
    tabs: list[str] = []
    texts: set[str] = set()
    units: list[str] = []
    mnemonic_clashes: list[dict[str, list[str]]] = []

    def look(properties: QDialog) -> None:
        try:
            tab_widget = child(properties, QTabWidget, "tabs")
            tabs.extend(tab_widget.tabText(i) for i in range(tab_widget.count()))
            texts.update(visible_texts(properties))
            combo = child(properties, QComboBox, "unitCombo")
            units.extend(combo.itemText(i) for i in range(3))
            mnemonic_clashes.append(clashes(widget_mnemonics(properties)))
        finally:
            properties.reject()  # closed whatever happens, or the test would wait forever

    handled = answer_modal(print_dialog, look)
    child(print_dialog, QPushButton, "properties").click()
    assert handled == ["Thuộc tính máy in"]
    assert tabs[0] == "Trang" and tabs[-1] == "Nâng cao"
    assert {"Giấy", "Hướng giấy", "Lề", "Bố cục trang", "Khổ giấy:", "Dọc", "Ngang"} <= texts
    assert {"Số trang trên &mỗi tờ:", "&Thứ tự trang:", "Đồng ý", "Hủy"} <= texts
    assert units == ["Milimét (mm)", "Inch (in)", "Point (pt)"]
    english = {"Page", "Advanced", "Paper", "Page size:", "Orientation", "Portrait", "Landscape", "Margins"}
    assert texts & english == set()
    assert mnemonic_clashes == [{}]


def test_print_preview_is_vietnamese(qtbot: QtBot, vietnamese: None, pdf_printer: QPrinter) -> None:
    preview = QPrintPreviewDialog(pdf_printer)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.windowTitle() == "Xem trước khi in"
    texts = {a.text() for a in preview.findChildren(QAction) if a.text()}
    assert {
        "Trang sau", "Trang trước", "Trang đầu", "Trang cuối", "Vừa chiều rộng", "Vừa trang", "Phóng to",
        "Thu nhỏ", "Dọc", "Ngang", "Xem từng trang", "Xem hai trang đối diện", "In", "Thiết lập trang",
    } <= texts  # fmt: skip
    assert texts & {"Next page", "Print", "Zoom in", "Portrait", "Page setup"} == set()
    preview.close()

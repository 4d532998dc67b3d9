"""Both catalogues complete and up to date; Vietnamese reaches the screen, Qt's own buttons included."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


@pytest.fixture(scope="module")
def bt() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "tools" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_unfinished_messages(bt: ModuleType, language: str) -> None:
    ts = TS_DIR / f"officedesk_{language}.ts"
    assert bt.message_keys(ts), "empty catalogue"
    assert bt.unfinished(ts) == []


def test_catalogues_hold_every_string_of_the_sources(bt: ModuleType, tmp_path: Path) -> None:
    """lupdate over today's sources adds nothing to, and drops nothing from, the committed catalogues."""
    copies = []
    for language in ("vi", "en"):
        copy = tmp_path / f"officedesk_{language}.ts"
        shutil.copy(TS_DIR / copy.name, copy)
        copies.append(copy)
    bt.collect(copies)
    for copy in copies:
        committed = bt.message_keys(TS_DIR / copy.name)
        fresh = bt.message_keys(copy)
        assert fresh - committed == set(), f"run `make translations`: new strings {sorted(fresh - committed)}"
        assert committed - fresh == set(), f"run `make translations`: gone {sorted(committed - fresh)}"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_compiled_catalogues_are_fresh(bt: ModuleType, tmp_path: Path, language: str) -> None:
    ts = TS_DIR / f"officedesk_{language}.ts"
    qm = tmp_path / f"officedesk_{language}.qm"
    bt.lrelease(ts, qm)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_vietnamese_keeps_placeholders_and_typeable_mnemonics(bt: ModuleType) -> None:
    import xml.etree.ElementTree as ET

    issues = []
    for ctx, message in bt.messages(ET.parse(TS_DIR / "officedesk_vi.ts")):
        source = message.findtext("source") or ""
        element = message.find("translation")
        if element is None or element.get("type") == "unfinished":
            continue  # counted by test_no_unfinished_messages
        translation = "".join(element.itertext())
        issues += [f"[{ctx}] {source!r}: {p}" for p in bt.problems(source, translation)]
    assert issues == []


def test_problem_checks_catch_mistakes(bt: ModuleType) -> None:
    assert bt.problems("Database: {name}", "Cơ sở dữ liệu") == ["placeholders differ"]
    assert bt.problems("&File", "Tệp") == ["needs exactly one & mnemonic"]
    assert bt.problems("&Campaigns", "&Đợt kiểm tra")[0].startswith("mnemonic 'Đ'")
    assert bt.problems("Save && close", "Lưu && đóng") == []


def test_vietnamese_is_installed_with_qt_buttons(qapp: QApplication, vietnamese: None) -> None:
    assert QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "t",
        "x",
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    )
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy"}


def test_english_is_the_source(qapp: QApplication) -> None:
    from officedesk.gui import i18n

    try:
        assert "officedesk_en" in i18n.install_translators("en", qapp)
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        i18n.remove_translators(qapp)

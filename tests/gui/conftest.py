"""Fixtures for the client's tests: settings and logs in a temporary folder, never the user's."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """QSettings (INI) and the error log under tmp_path; the language from the settings, not the shell."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("OFFICEDESK_LANG", raising=False)
    logger = logging.getLogger("officedesk")
    handlers = list(logger.handlers)
    yield folder
    for handler in logger.handlers[:]:
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """The Vietnamese catalogue installed for one test."""
    from officedesk.gui import i18n

    loaded = i18n.install_translators("vi", qapp)
    assert "officedesk_vi" in loaded
    yield
    i18n.remove_translators(qapp)
    QApplication.processEvents()

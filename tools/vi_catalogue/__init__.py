"""Vietnamese translations of OfficeDesk's interface: English source text -> Vietnamese, by Qt context,
one module per part of the program (qt, shell, core, entry, campaigns, units, reports, actions, signin, pdfsign,
accounts_ui).

tools/build_translations.py fills resources/translations/officedesk_vi.ts from this file after pyside6-lupdate
has collected the strings; a message missing here fails `make translations` and tests/gui/test_translations.py.
Add new strings, in the module of their part, under the context lupdate gives them (the class name for self.tr(), the first argument of
QCoreApplication.translate). COMMON holds wordings used the same way in several contexts.

House rules: the mnemonic (&) goes on a plain ASCII letter (Alt+Đ cannot be typed), every {placeholder} of the
source is kept, "hủy"/"xóa" spelling as in Windows in Vietnamese, no technical words on screen.
"""

from __future__ import annotations

import importlib
import pkgutil

COMMON: dict[str, str] = {
    "OfficeDesk": "OfficeDesk",
    "Database in use:": "Cơ sở dữ liệu đang dùng:",
    "Database in use": "Cơ sở dữ liệu đang dùng",
    "Error log folder:": "Thư mục nhật ký lỗi:",
    "Error log folder": "Thư mục nhật ký lỗi",
    "Settings": "Cài đặt",
}


def _load() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for context, entries in module.VI.items():
            clash = set(merged.get(context, {})) & set(entries)
            if clash:
                raise ValueError(f"{info.name}: [{context}] translated twice: {sorted(clash)}")
            merged.setdefault(context, {}).update(entries)
    return merged


VI = _load()


def lookup(context: str, source: str) -> str | None:
    found = VI.get(context, {}).get(source)
    return found if found is not None else COMMON.get(source)

"""The entry screen's strings compiled on their own with tools/vi_catalogue (lupdate, fill, lrelease into a folder).

The translation test and the screenshot script use it, so they do not wait for `make translations` to refresh
resources/translations after a change of the screen's strings.
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def build_translations_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "tools" / "build_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entry_sources() -> list[Path]:
    # The unit combo is the new-inspection dialog's; the dialogs' forms are ui/entry_*.ui.
    return sorted((ROOT / "officedesk" / "gui" / "entry").glob("*.py")) + [
        ROOT / "officedesk" / "gui" / "unit_combo.py",
        ROOT / "ui" / "inspection_entry.ui", ROOT / "ui" / "signoff_dialog.ui",
        *sorted((ROOT / "ui").glob("entry_*.ui"))]


def _elsewhere(context: str) -> bool:
    # The units screen has a PostsModel too: one Qt context, both screens' strings in tools/vi_catalogue/entry.py.
    return context == "PostsModel"


def compile_entry_catalogue(folder: Path) -> tuple[Path, list[str]]:
    """The .qm of the entry screen's strings; returns it and the problems (missing, inconsistent, unused entries)."""
    bt = build_translations_tool()
    entry_vi = bt.vi_catalogue.entry.VI
    ts = folder / "entry_vi.ts"
    listing = folder / "sources.lst"
    listing.write_text("\n".join(str(p) for p in entry_sources()) + "\n", encoding="utf-8")
    subprocess.run([bt.tool("pyside6-lupdate"), f"@{listing}", "-source-language", "en", "-target-language", "vi",
                    "-no-obsolete", "-silent", "-ts", str(ts)], check=True, cwd=ROOT)

    found = bt.message_keys(ts)
    unused = [f"unused  [{c}] {src!r}" for c, entries in entry_vi.items() for src in entries
              if (c, src) not in found and not _elsewhere(c)]
    problems = bt.fill(ts, bt.vi_catalogue.lookup) + unused
    qm = ts.with_suffix(".qm")
    bt.lrelease(ts, qm)
    return qm, problems

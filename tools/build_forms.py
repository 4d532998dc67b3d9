"""Compile every ui/*.ui into officedesk/gui/forms/ui_<name>.py with pyside6-uic.

The generated modules are committed so that a plain `pip install` needs no Qt build tools;
tests/gui/test_forms_fresh.py fails when one of them no longer matches its .ui file.

    python tools/build_forms.py            # write officedesk/gui/forms/
    python tools/build_forms.py --out DIR  # write elsewhere (used by the freshness test)
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "officedesk" / "gui" / "forms"

HEADER = (
    "# Generated from ui/{ui_name} by tools/build_forms.py (pyside6-uic): do not edit.\n"
    "# Edit the .ui file with pyside6-designer, then run `make forms`.\n"
    "# mypy: ignore-errors\n"
)


def uic_path() -> Path:
    """pyside6-uic from the interpreter's own environment, so the venv's Qt version is used."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = bindir / name
        if candidate.exists():
            return candidate
    raise SystemExit(f"pyside6-uic not found next to {sys.executable}; run `make install-dev`")


def form_module_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    """The Python source uic makes for one .ui file, with our header in front."""
    result = subprocess.run(
        [str(uic_path()), "--generator", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    return HEADER.format(ui_name=ui_file.name) + _used_imports_only(_typed(result.stdout, root_class(ui_file)))


def root_class(ui_file: Path) -> str:
    """The Qt class of the form's top-level widget (QMainWindow, QWidget, QDialog…)."""
    widget = ET.parse(ui_file).getroot().find("widget")
    if widget is None:
        raise SystemExit(f"{ui_file}: no top-level widget")
    return widget.get("class", "QWidget")


def _used_imports_only(source: str) -> str:
    """uic imports the same long lists of Qt classes into every form; the first touch of a PySide6 class builds it
    and all its enums, so the main window's unused QPalette, QGradient, QFontDatabase… cost 8 ms at each start.
    Keep the names the form uses."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in sorted((n for n in tree.body if isinstance(n, ast.ImportFrom)), key=lambda n: -n.lineno):
        if not (node.module or "").startswith("PySide6."):
            continue
        kept = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        statement = f"from {node.module} import {', '.join(kept)}\n" if kept else ""
        end = node.end_lineno or node.lineno
        lines[node.lineno - 1:end] = [statement]
    return "".join(lines)


def _typed(source: str, widget_class: str) -> str:
    # uic leaves setupUi/retranslateUi unannotated; typed signatures let mypy check the callers.
    return re.sub(
        r"def (setupUi|retranslateUi)\(self, (\w+)\):",
        rf"def \1(self, \2: {widget_class}) -> None:",
        source,
    )


def ui_files(ui_dir: Path = UI_DIR) -> list[Path]:
    return sorted(ui_dir.glob("*.ui"))


def build(out_dir: Path = FORMS_DIR, ui_dir: Path = UI_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    init = out_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Code generated from ui/*.ui by tools/build_forms.py; never edit by hand."""\n')
    written = []
    for ui_file in ui_files(ui_dir):
        target = out_dir / form_module_name(ui_file)
        source = compile_form(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != source:
            target.write_text(source, encoding="utf-8", newline="\n")
        written.append(target)
    # A form whose .ui file was removed must not linger.
    expected = {p.name for p in written}
    for stale in out_dir.glob("ui_*.py"):
        if stale.name not in expected:
            stale.unlink()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=FORMS_DIR, help="folder for the generated modules")
    args = parser.parse_args(argv)
    for path in build(args.out):
        sys.stdout.write(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

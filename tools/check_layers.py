"""Fail when the core imports the GUI layer.

Only officedesk/gui may import Qt's widget and painting modules (or officedesk.gui itself): the core —
domain, rules, storage, services, reports, exchange, security, the CLI — must run with no display, from the
command line and the tests. QtCore is allowed everywhere (translations, settings). The entry points (the command line and
`python -m officedesk`) sit above every layer and may start the client through officedesk.gui.app, and
nothing else of it.

    python tools/check_layers.py [--root PATH]     exit 1 listing file:line for each forbidden import
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "officedesk"
GUI_PACKAGE = "officedesk.gui"

FORBIDDEN_QT = frozenset(
    {
        "QtWidgets",
        "QtGui",
        "QtCharts",
        "QtPdf",
        "QtPdfWidgets",
        "QtPrintSupport",
        "QtSvg",
        "QtSvgWidgets",
        "QtOpenGLWidgets",
    }
)
_QT_BINDINGS = ("PySide6", "PyQt6", "PyQt5", "PySide2")

# Module (or package) -> the officedesk.gui module it may import to start the client.
ENTRY_POINTS = {"officedesk.cli": "officedesk.gui.app", "officedesk.__main__": "officedesk.gui.app"}


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def forbidden(module: str) -> bool:
    parts = module.split(".")
    if parts[0] in _QT_BINDINGS and len(parts) > 1 and parts[1] in FORBIDDEN_QT:
        return True
    return _within(module, GUI_PACKAGE)


def allowed_for(current: str, module: str) -> bool:
    """An entry point starting the client: GUI_PACKAGE itself, or its start-up module."""
    for entry, start_module in ENTRY_POINTS.items():
        if _within(current, entry) and (module == GUI_PACKAGE or _within(module, start_module)):
            return True
    return False


def module_name(path: Path, package_root: Path) -> str:
    rel = path.relative_to(package_root.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _absolute(node: ast.ImportFrom, current: str, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = current.split(".")
    # In a package's __init__, level 1 is the package itself.
    drop = node.level - 1 if is_package else node.level
    base = base[: len(base) - drop] if drop else base
    return ".".join([*base, node.module] if node.module else base)


def imported_modules(tree: ast.AST, current: str, is_package: bool) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, current, is_package)
            yield node.lineno, base
            for alias in node.names:  # from PySide6 import QtWidgets / from officedesk import gui
                yield node.lineno, f"{base}.{alias.name}"
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (isinstance(node.func, ast.Name) and node.func.id in ("import_module", "__import__"))
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def violations(root: Path) -> list[str]:
    package_root = root / PACKAGE
    gui_root = package_root / "gui"
    found = []
    for path in sorted(package_root.rglob("*.py")):
        if path == gui_root or gui_root in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        current = module_name(path, package_root)
        seen: set[tuple[int, str]] = set()
        for line, module in imported_modules(tree, current, path.name == "__init__.py"):
            if forbidden(module) and not allowed_for(current, module) and (line, module) not in seen:
                seen.add((line, module))
                found.append(f"{path.relative_to(root)}:{line}: imports {module}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository to check")
    args = parser.parse_args(argv)
    found = violations(args.root)
    if found:
        sys.stderr.write("Only officedesk/gui may import the GUI layer:\n")
        sys.stderr.writelines(f"  {line}\n" for line in found)
        return 1
    sys.stdout.write("layers ok\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

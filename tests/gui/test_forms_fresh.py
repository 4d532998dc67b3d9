"""The committed officedesk/gui/forms/ui_*.py must be what `make forms` makes from ui/*.ui today."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_generated_form_matches_its_ui_file(tmp_path: Path) -> None:
    build_forms = _tool("build_forms")
    fresh = build_forms.build(tmp_path)
    assert fresh, "no ui/*.ui files found"
    committed = ROOT / "officedesk" / "gui" / "forms"
    stale = []
    for path in fresh:
        target = committed / path.name
        if not target.exists() or target.read_text(encoding="utf-8") != path.read_text(encoding="utf-8"):
            stale.append(path.name)
    assert not stale, f"run `make forms`: stale or missing {stale}"


def test_no_generated_form_without_its_ui_file() -> None:
    ui_names = {f"ui_{p.stem}.py" for p in (ROOT / "ui").glob("*.ui")}
    generated = {p.name for p in (ROOT / "officedesk" / "gui" / "forms").glob("ui_*.py")}
    assert generated <= ui_names, f"remove forms whose .ui is gone: {sorted(generated - ui_names)}"


def test_generated_forms_say_so() -> None:
    for path in (ROOT / "officedesk" / "gui" / "forms").glob("ui_*.py"):
        assert "do not edit" in path.read_text(encoding="utf-8").splitlines()[0]

"""officedesk.pyside_startup: later imports are no longer read through inspect.getsource, and still registered."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent(
    """
    import inspect, json, sys
    import PySide6.QtCore
    read = []
    original = inspect.getsource
    inspect.getsource = lambda obj: (read.append(getattr(obj, "__name__", "?")), original(obj))[1]
    from officedesk import pyside_startup
    skipped = pyside_startup.skip_feature_scan() if sys.argv[1] == "skip" else False
    read.clear()
    import decimal, probe_module
    from officedesk.gui import paths  # the hook sees the module an import statement returns: officedesk.gui
    table = sys.modules["shibokensupport.feature"].pyside_feature_dict
    print(json.dumps({"skipped": skipped, "read": read,
                      "entries": {n: table.get(n) for n in ("decimal", "officedesk.gui", "probe_module")}}))
    """
)


def _probe(mode: str, tmp_path: Path) -> dict[str, object]:
    (tmp_path / "probe_module.py").write_text("from PySide6.QtCore import QObject\nVALUE = 1\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True,
                         cwd=tmp_path, env={"PYTHONPATH": f"{tmp_path}:{Path(__file__).resolve().parents[1]}",
                                            "PATH": "/usr/bin:/bin"}, timeout=60)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_pyside_reads_the_source_of_every_later_import_unless_told_not_to(tmp_path: Path) -> None:
    scanned = _probe("scan", tmp_path)
    assert scanned["skipped"] is False
    assert {"decimal", "probe_module"} <= set(scanned["read"])  # type: ignore[arg-type]
    # What PySide6's own scan answers: 0 for a module that mentions PySide6, -1 for one that does not.
    assert scanned["entries"]["decimal"] == -1  # type: ignore[index]
    assert scanned["entries"]["probe_module"] == 0  # type: ignore[index]


def test_skipping_the_scan_reads_no_source_and_still_registers_each_module(tmp_path: Path) -> None:
    skipped = _probe("skip", tmp_path)
    assert skipped["skipped"] is True  # fails first when a PySide6 release moves its internals
    assert skipped["read"] == []
    # OfficeDesk's modules keep the scan's answer; others are left out of feature switching, which only a
    # `from __feature__ import …` module needs (and that statement registers the module itself).
    assert skipped["entries"]["decimal"] == -1  # type: ignore[index]
    assert skipped["entries"]["officedesk.gui"] == 0  # type: ignore[index]
    assert skipped["entries"]["probe_module"] == -1  # type: ignore[index]

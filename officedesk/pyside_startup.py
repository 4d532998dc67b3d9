"""Spare every later import PySide6's source scan (QtCore only; the command line and the client call this).

Once PySide6.QtCore is imported, PySide6 hooks every import in the process to find out whether the new module
opts into its `__feature__` syntax (snake_case, true_property): it reads the module's whole source through
inspect.getsource (PYSIDE-2029). OfficeDesk never uses `__feature__`, yet the scan reads every SQLAlchemy and
OfficeDesk module imported after Qt — about 30 ms of the time to the first dashboard here — and keeps those
sources in linecache for the life of the process.

skip_feature_scan() records each new module the way the scan would for a module without `__feature__`, without
reading its source. A module that does say `from __feature__ import …` still gets its features: that statement
goes through PySide6's own feature_import, which sets the module's entry itself. If PySide6's internals move,
this does nothing and the scan goes on as before (tests/test_pyside_startup.py notices).
"""

from __future__ import annotations

import sys
from types import ModuleType

_FEATURE = "shibokensupport.feature"
_LOADER = "shibokensupport.signature.loader"
# The scan's answer for a module that uses PySide6 but no feature (0) and for any other module (-1).
_USES_PYSIDE, _IGNORED = 0, -1


def skip_feature_scan() -> bool:
    """Replace the per-import scan; True when it was in place and is now skipped."""
    feature = sys.modules.get(_FEATURE)
    loader = sys.modules.get(_LOADER)
    table = getattr(feature, "pyside_feature_dict", None)
    if feature is None or loader is None or not isinstance(table, dict):
        return False
    if not callable(getattr(feature, "feature_imported", None)):
        return False

    def feature_imported(module: ModuleType) -> None:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and name not in table:
            # Our own modules use PySide6; for them the scan would have said 0, and 0 it stays.
            table[name] = _USES_PYSIDE if name.partition(".")[0] == "officedesk" else _IGNORED

    feature.feature_imported = feature_imported  # type: ignore[attr-defined]
    loader.feature_imported = feature_imported  # type: ignore[attr-defined]
    return True

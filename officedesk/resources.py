"""Where the bundled resources (fonts, translations, demo data, help) live."""

from __future__ import annotations

from pathlib import Path

import officedesk

RESOURCES = Path(officedesk.__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)

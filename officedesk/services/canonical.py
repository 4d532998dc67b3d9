"""Canonical JSON: the same content gives the same bytes (and SHA-256) on every laptop.

Rules (docs/canonical-json.md): keys sorted; no insignificant white space; text NFC-normalised and kept as
UTF-8 (no \\u escapes); dates and local times in ISO form (YYYY-MM-DD, HH:MM:SS); datetimes as ISO 8601 in
UTC; bytes (attachments, signature images) by their SHA-256 hex; None as null; lists keep their order
(callers sort them by a stable key first).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import UTC, date, datetime, time
from enum import Enum
from typing import Any


def normalise(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Enum):
        return normalise(value.value)
    if isinstance(value, bool | int) or value is None:
        return value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, dict):
        return {normalise(k): normalise(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalise(v) for v in value]
    raise TypeError(f"not canonicalisable: {type(value).__name__}")


def canonical_json(value: Any) -> str:
    return json.dumps(normalise(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256_hex(value: Any) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()

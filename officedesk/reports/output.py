"""Where a rendered document goes: a file path (written whole or not at all) or a binary stream."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar, Union

Target = Union[str, "os.PathLike[str]", IO[bytes]]
T = TypeVar("T")


class RenderCancelled(Exception):
    """The user cancelled a long render; nothing was written."""


def write_to(out: Target, produce: Callable[[IO[bytes]], T]) -> T:
    """Run `produce` on the stream, or on a temporary file renamed over the path only when it succeeds.

    A half-written PDF left behind by a crash or a cancel would look like a finished archive copy.
    """
    if not isinstance(out, str | os.PathLike):
        return produce(out)
    path = Path(out)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with open(tmp, "wb") as stream:
            result = produce(stream)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result

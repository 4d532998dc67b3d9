"""Row ids and bookkeeping time, without SQLModel: light enough for the start-up path (sign-in, audit)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

_ID_SOURCE: ContextVar[Callable[[], str] | None] = ContextVar("officedesk_id_source", default=None)


def new_id() -> str:
    source = _ID_SOURCE.get()
    return source() if source is not None else str(uuid.uuid4())


@contextmanager
def reproducible_ids(seed: str) -> Iterator[None]:
    """Within the block (this thread or task only), new ids come from a seeded generator: the demo gets the
    same ids on every machine, including the rows the services create (observations, audit entries…)."""
    rng = random.Random(seed)
    token = _ID_SOURCE.set(lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    try:
        yield
    finally:
        _ID_SOURCE.reset(token)


def utcnow() -> datetime:
    return datetime.now(UTC)

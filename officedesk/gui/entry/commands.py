"""Undo commands of the entry screen.

Every change is made (and committed) before its command is pushed, so a refused change never lands on the
stack; the first redo() that QUndoStack.push calls is therefore skipped. Undo and redo call the services
again: each step is its own committed transaction, like the edit it reverses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from officedesk.errors import UserError

Step = Callable[[], None]


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, redo: Step, undo: Step, on_error: Callable[[UserError], None]) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._on_error = on_error
        self._done = True  # made already, by the caller, before the push

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Step) -> None:
        try:
            step()
        except UserError as exc:
            # The database refused (locked meanwhile, a newer version…): the screen reloads from it.
            self.setObsolete(True)
            self._on_error(exc)

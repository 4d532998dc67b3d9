"""Who is at the keyboard: the first start (the administrator's account), sign-in, sign-out and the idle lock.

`Session` (session.py) drives it for the main window: it opens the database in a worker once the window is on
screen, asks for the first administrator or a sign-in, sets `PageContext.core_ctx` to the signed-in person's
service context, and locks the screen of a shared laptop after some minutes without input. Nothing here
imports the core at module level: the window must paint before SQLAlchemy is loaded.
"""

from __future__ import annotations

from officedesk.gui.signin.session import Session

__all__ = ["Session"]

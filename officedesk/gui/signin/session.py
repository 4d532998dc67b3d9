"""Who uses the main window: opening the data, the first start, sign-in, sign-out and the idle lock.

    session = Session(window, user=None)
    session.prepare()            # before the window restores its page: the sections wait behind a gate
    window.show()
    QTimer.singleShot(0, session.start)

start() opens the database in a worker (the window is already painted) and then asks for the administrator's
account (no accounts yet) or a sign-in. When the data file is missing on this computer, the first start's set-up
(accounts.first_run) creates it first; a server or an unreadable file is never created over. Once signed in,
PageContext.core_ctx is the person's service context, the status bar and title name them, and the idle watch runs.
Sign-out closes every page and dialog, so nothing the previous person saw stays on screen, and asks for a sign-in
again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from officedesk.errors import UserError
from officedesk.gui import errors
from officedesk.gui.ops import Op
from officedesk.gui.pages import heading
from officedesk.gui.signin import calls
from officedesk.gui.signin.labels import caption
from officedesk.gui.signin.lock import IdleWatch, LockScreen

if TYPE_CHECKING:
    from pathlib import Path

    from officedesk.gui.accounts.first_run import FirstRunDialog
    from officedesk.gui.main_window import MainWindow
    from officedesk.gui.signin.dialogs import FirstAdminDialog, SignInDialog
    from officedesk.services.context import Actor
    from officedesk.storage.schema import Database

log = logging.getLogger(__name__)

# After the sign-in dialog is painted and before a person has typed much (imports hold the GUI thread ~50 ms).
_LOAD_AHEAD_MS = 150


class SignedOutPage(QWidget):
    """Stands where the sections are while nobody is signed in: a sentence, and a button to sign in."""

    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedOutPage")
        self.setAccessibleName(self.tr("Sign in to continue"))
        # Laid out like a page's heading, at the top: the sign-in dialog opens over the middle of the window.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self._title = self.tr("Sign in to continue")
        self.title = heading(self._title, self)
        layout.addWidget(self.title)
        self.message = QLabel(self)
        self.message.setObjectName("signedOutMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.button = QPushButton(self)
        self._sign_in = (self.tr("&Sign in…"), self.tr("Sign in"))
        self.button.clicked.connect(self.sign_in_requested)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def say(self, text: str, *, can_sign_in: bool, button: str | None = None, title: str | None = None) -> None:
        """The sentence, and the button (to sign in, or `button`'s text: to set up this computer) when it helps;
        `title` in place of "Sign in to continue" while there is nothing to sign in to yet."""
        heading_text = title or self._title
        self.title.setText(heading_text)
        self.title.setAccessibleName(heading_text)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        text, name = (button, button.replace("&", "").rstrip("…")) if button else self._sign_in
        self.button.setText(text)
        self.button.setAccessibleName(name)
        self.button.setVisible(can_sign_in)


class Session(QObject):
    signed_in = Signal(object)  # the Actor
    signed_out = Signal()
    # A dialog, or the reason none can be shown, is on screen and nothing runs: it is a person's turn.
    awaiting_person = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: MainWindow, *, user: str | None = None, password: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._user = user
        self._password = password
        self.db: Database | None = None
        self.actor: Actor | None = None
        self.dialog: SignInDialog | FirstAdminDialog | FirstRunDialog | None = None
        # (url, path) of a data file still to be made by the first start's set-up.
        self._new_data: tuple[str, Path] | None = None
        self.lock_screen: LockScreen | None = None
        # The last refusal or failure shown instead of a signed-in window (for --exit-when-ready's exit code).
        self.problem: UserError | None = None
        self._has_accounts = True
        self._min_password = 8
        self.gate = SignedOutPage(window)
        self.gate.hide()
        self.gate.sign_in_requested.connect(self.ask)
        self.idle = IdleWatch(self)
        self.idle.idle.connect(self.lock)

        menu = window.ui.menuFile
        self.lock_action = QAction(self.tr("&Lock the screen"), window)
        self.lock_action.setStatusTip(self.tr("Hide the screen until you type your password again."))
        self.lock_action.triggered.connect(self.lock)
        self.sign_out_action = QAction(self.tr("Sign &out"), window)
        self.sign_out_action.setStatusTip(self.tr("Close every screen and let someone else sign in."))
        self.sign_out_action.triggered.connect(self.sign_out)
        quit_action = window.ui.actionQuit
        menu.insertAction(quit_action, self.lock_action)
        menu.insertAction(quit_action, self.sign_out_action)
        menu.insertSeparator(quit_action)
        self._set_signed_in_actions(False)

    # -- start ------------------------------------------------------------------------------------------
    def prepare(self) -> None:
        """Close the sections until someone signs in; call before the window restores its last page."""
        self.window.ctx.sign_in_required = True
        self.gate.say(self.tr("Opening the data…"), can_sign_in=False)
        self.window.set_gate(self.gate)

    def start(self) -> None:
        """Open the database in a worker, then ask for the first administrator or for a sign-in."""
        if not self.window.gated:
            self.prepare()
        url = calls.resolve(self.window.ctx.db_url)
        missing = calls.missing_file(url)
        if missing is not None:
            # Only a missing file on this computer: a server, or a file that is there but cannot be read, is
            # never replaced; opening it below tells what is wrong.
            self._new_data = (url, missing)
            self.set_up()
            return
        Op(self.window, lambda: calls.open_database(url)).on_success(self._opened).on_failure(
            self._open_failed
        ).run()

    # -- the first start on this computer ------------------------------------------------------------------
    def set_up(self) -> None:
        """No data file yet: ask for this computer's short code, name and province, create the data in a worker,
        then ask for the administrator's account. Cancelling creates nothing."""
        if self._new_data is None or self.db is not None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        from officedesk.gui.accounts.first_run import FirstRunDialog

        url, path = self._new_data
        dialog = FirstRunDialog(
            lambda code, name, province: calls.create_database(url, code, name, province),
            self.window,
            path=str(path),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.rejected.connect(self._set_up_cancelled)
        dialog.destroyed.connect(lambda *_: self._forget_dialog(dialog))
        self.dialog = dialog
        # Until the data exist nobody can sign in: the reason, for --exit-when-ready --user.
        self.problem = UserError(
            self.tr("There are no OfficeDesk data at {path}. Ask the administrator to set up this computer.").format(
                path=path
            )
        )
        self.gate.say(
            self.tr("OfficeDesk is being set up on this computer."), can_sign_in=False, title=self.tr("First start")
        )
        dialog.open()
        self._announce_turn()

    def _created(self, opened: calls.Opened) -> None:
        log.info("new data created at %s", opened.db.display_name)
        self._new_data = None
        self.dialog = None
        self.problem = None
        self._opened(opened)

    def _set_up_cancelled(self) -> None:
        self.dialog = None
        if self._new_data is None:
            return
        self.gate.say(
            self.tr(
                "There are no OfficeDesk data at {path} yet, and nothing has been created. Set up this computer "
                "to begin."
            ).format(path=self._new_data[1]),
            can_sign_in=True,
            button=self.tr("&Set up this computer…"),
            title=self.tr("First start"),
        )
        self.gate.button.setFocus()

    def _opened(self, opened: calls.Opened) -> None:
        self.db = opened.db
        self._has_accounts = opened.has_accounts
        self._min_password = opened.min_password
        if self._user and self._password is not None and opened.has_accounts:
            db, user, password = opened.db, self._user, self._password
            self._password = None  # used once: a wrong one is not tried again
            Op(self.window, lambda: calls.authenticate(db, user, password)).on_success(self._signed_in).on_failure(
                self._preset_refused
            ).run()
            # The password check leaves Python free (argon2 runs in C): meanwhile, the first section's code.
            QTimer.singleShot(0, self.window.load_next_page_code)
            return
        self.ask()

    def _preset_refused(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            errors.reporter().report((type(exc), exc, exc.__traceback__), self.window)
            exc = UserError(self.tr("Signing in failed. The details are in the error log."))
        self.problem = exc
        self.ask(message=str(exc))

    def _open_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            errors.reporter().report((type(exc), exc, exc.__traceback__), self.window)
            exc = UserError(self.tr("The data could not be opened. The details are in the error log."))
        self._cannot_open(exc)

    def _cannot_open(self, exc: UserError) -> None:
        log.warning("cannot open the database: %s", exc)
        self.problem = exc
        self.gate.say(str(exc), can_sign_in=False)
        self._announce_turn()

    # -- dialogs ----------------------------------------------------------------------------------------
    def ask(self, message: str = "") -> None:
        """The first start's dialog when there are no accounts, else the sign-in dialog."""
        if self.db is None and self._new_data is not None:
            self.set_up()
            return
        if self.db is None or self.actor is not None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        from officedesk.gui.signin.dialogs import FirstAdminDialog, SignInDialog

        db = self.db
        dialog: SignInDialog | FirstAdminDialog
        if self._has_accounts:
            dialog = SignInDialog(
                lambda username, password: calls.authenticate(db, username, password),
                self.window,
                username=self._user or "",
                message=message,
            )
        else:
            dialog = FirstAdminDialog(
                lambda full_name, username, password: calls.create_first_admin(db, full_name, username, password),
                self.window,
                min_password=self._min_password,
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(self._dialog_cancelled)
        dialog.destroyed.connect(lambda *_: self._forget_dialog(dialog))
        self.dialog = dialog
        self.gate.say(self.tr("OfficeDesk shows the data once you have signed in."), can_sign_in=True)
        dialog.open()
        self._announce_turn()
        if self._has_accounts:
            # While the person types: the first section's code, once the dialog is on screen.
            QTimer.singleShot(_LOAD_AHEAD_MS, self.window.load_next_page_code)

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _dialog_cancelled(self) -> None:
        self.dialog = None
        self.gate.button.setFocus()

    def _announce_turn(self) -> None:
        # After the dialog has been painted: a smoke test exits on this, a person starts typing.
        QTimer.singleShot(0, self, self.awaiting_person.emit)

    # -- signed in ------------------------------------------------------------------------------------
    def _signed_in(self, actor: Actor) -> None:
        assert self.db is not None
        self.problem = None
        self.actor = actor
        self._has_accounts = True
        self.dialog = None
        window = self.window
        window.ctx.core_ctx = calls.core_context(self.db, actor)
        window.set_user_caption(caption(actor), actor.full_name or actor.username)
        self._set_signed_in_actions(True)
        window.set_gate(None)
        window.ui.navList.setFocus()  # keyboard-first: the sections are one arrow key away
        log.info("signed in: %s", actor.username)
        self.idle.start()
        self.signed_in.emit(actor)

    def _set_signed_in_actions(self, signed_in: bool) -> None:
        self.lock_action.setEnabled(signed_in)
        self.sign_out_action.setEnabled(signed_in)

    # -- sign-out ---------------------------------------------------------------------------------------
    def sign_out(self, *, force: bool = False) -> bool:
        """Close every screen of the signed-in person and ask for a sign-in. Without force, a page with
        unsaved input may keep them (its can_leave() asks); the lock's "someone else" forces it."""
        if self.actor is None:
            return False
        if not force:
            page = self.window.page_widget(self.window.current_page_key() or "")
            can_leave = getattr(page, "can_leave", None)
            if callable(can_leave) and not can_leave():
                return False
        self.idle.stop()
        if self.lock_screen is not None:
            self.lock_screen.dismiss()
            self.lock_screen = None
        self._close_other_windows()
        log.info("signed out: %s", self.actor.username)
        self.actor = None
        window = self.window
        window.ctx.core_ctx = None
        window.set_user_caption("")
        self._set_signed_in_actions(False)
        self.gate.say(self.tr("OfficeDesk shows the data once you have signed in."), can_sign_in=True)
        window.set_gate(self.gate)
        window.close_pages()
        self._user = None  # the next person types their own name
        self.signed_out.emit()
        self.ask()
        return True

    def _close_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.done(QDialog.DialogCode.Rejected)  # ends its exec() too; no "are you sure?" from reject()
            else:
                widget.close()

    # -- idle lock -------------------------------------------------------------------------------------
    def lock(self) -> None:
        """Cover the window until the signed-in person types their password again."""
        if self.actor is None or self.db is None or self.lock_screen is not None:
            return
        self.idle.stop()
        db, username = self.db, self.actor.username
        screen = LockScreen(self.window, caption(self.actor), lambda password: calls.authenticate(db, username, password))
        screen.unlocked.connect(self._unlocked)
        screen.switch_user.connect(self._switch_user)
        self.lock_screen = screen
        log.info("locked after %s ms without input", self.idle.timeout_ms())
        screen.cover()
        self.locked.emit()

    def _unlocked(self, actor: Actor) -> None:
        self.lock_screen = None
        self.actor = actor
        self.idle.start()
        self.unlocked.emit()

    def _switch_user(self) -> None:
        self.lock_screen = None
        self.sign_out(force=True)

    # -- end ----------------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop watching input (the application-wide filter must not outlive the window) and close the data."""
        self.idle.stop()
        if self.lock_screen is not None:
            self.lock_screen.dismiss()
            self.lock_screen = None
        if self.db is not None:
            self.db.dispose()  # every change is committed already; this closes the file cleanly

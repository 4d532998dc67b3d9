"""Errors meant for the user: their text is already a clear sentence in the user's language."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused action. The CLI prints it as one line; the client shows it in a message box."""

    exit_code = 2


class NotFoundError(UserError):
    exit_code = 3


class PermissionDenied(UserError):
    exit_code = 4


class LockedError(UserError):
    """The inspection is signed: changes go through an amendment."""

    exit_code = 5


class DatabaseError(UserError):
    """The database is missing, damaged, foreign or too new."""

    exit_code = 6

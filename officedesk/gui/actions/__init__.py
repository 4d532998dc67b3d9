"""Corrective actions: the panel used inside the campaigns and entry screens, and a page of its own."""

from officedesk.gui.actions.model import Show
from officedesk.gui.actions.page import ActionsPage
from officedesk.gui.actions.panel import ActionsPanel

__all__ = ["ActionsPage", "ActionsPanel", "Show"]

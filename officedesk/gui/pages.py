"""The main window's sections, and how a screen is plugged into it.

A section is a `PageSpec`: a stable key (saved as the last page), a title, an icon and a factory. The factory
runs the first time the section is shown, so a screen's module — and whatever heavy library it needs — is
imported only then, after the window is on screen. To plug a real screen in, point the section's factory at
it in `default_pages()`:

    def _campaigns(ctx: PageContext) -> QWidget:
        from officedesk.gui.campaigns import CampaignsPage   # imported on first show
        return CampaignsPage(ctx)

A page widget may define two optional methods, called by the main window:
    page_shown()  -> None   each time the section is shown (refresh what others may have changed)
    can_leave()   -> bool   before the person moves to another section; False keeps them here
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from officedesk.errors import PermissionDenied
from officedesk.gui import settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from officedesk.services.context import Ctx


@dataclass
class PageContext:
    """What a screen gets from the shell: the window, and `core()`, the service context of the signed-in user."""

    db_url: str | None
    window: QMainWindow
    log_dir: str = ""
    # Set by the start-up once the database is open and someone signed in (officedesk.services.context.Ctx).
    core_ctx: Any = None
    # True in the application (officedesk.gui.signin): without a signed-in person, core() refuses instead of
    # opening the database as the system.
    sign_in_required: bool = False

    def core(self) -> Ctx:
        """The service context every screen calls the core with. Opening the database (and importing SQLModel)
        happens on first use, after the window is on screen."""
        if self.core_ctx is None and self.sign_in_required:
            raise PermissionDenied(QCoreApplication.translate("PageContext", "Sign in to continue."))
        if self.core_ctx is None:
            from officedesk.services.context import Ctx
            from officedesk.storage.location import resolve_db
            from officedesk.storage.schema import open_database

            self.core_ctx = Ctx(db=open_database(resolve_db(self.db_url)))
        return self.core_ctx  # type: ignore[no-any-return]

    def remembered_campaign(self) -> str | None:
        """The campaign the signed-in person last looked at (kept per account by the dashboard), or None."""
        if self.core_ctx is None:
            return None
        return settings.last_campaign(self.core_ctx.actor.username) or None

    def status(self, message: str, timeout_ms: int = 6000) -> None:
        self.window.statusBar().showMessage(message, timeout_ms)


PageFactory = Callable[[PageContext], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable: saved in the settings as the last page shown
    title: str  # translated, with a mnemonic (&) for the Go menu
    icon: str  # file name in resources/icons/
    factory: PageFactory | None  # None: the "being built" placeholder
    description: str = ""  # one sentence: the accessible description and the placeholder's text
    # The modules the factory imports (heaviest last), for load_code() to import ahead of the first show.
    modules: tuple[str, ...] = ()

    @property
    def plain_title(self) -> str:
        return self.title.replace("&", "")

    def load_code(self) -> None:
        """Import the section's modules now, while nothing else needs the GUI thread (someone is typing their
        password, or a worker checks it): the section then opens without waiting for them."""
        for name in self.modules:
            importlib.import_module(name)

    def create(self, ctx: PageContext) -> QWidget:
        return self.factory(ctx) if self.factory is not None else PlaceholderPage(self)


def style_heading(label: QLabel) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(label.text())
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    return style_heading(QLabel(text, parent))


class PlaceholderPage(QWidget):
    """Stands in for a screen that is not built yet, and says so plainly."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(spec.plain_title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(spec.plain_title, self))
        if spec.description:
            about = QLabel(spec.description, self)
            about.setWordWrap(True)
            layout.addWidget(about)
        notice = QLabel(self.tr("This screen is being built and will come in a next version."), self)
        notice.setObjectName("placeholderNotice")
        notice.setWordWrap(True)
        notice.setStyleSheet(
            "QLabel#placeholderNotice { color: palette(placeholder-text); font-style: italic; }"
        )
        layout.addWidget(notice)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class SectionErrorPage(QWidget):
    """Shown when a section's screen could not be made: the rest of the program keeps working."""

    def __init__(self, spec: PageSpec, reason: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(spec.plain_title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(spec.plain_title, self))
        text = reason or self.tr(
            "This section could not be opened. The details are in the error log; the other sections work."
        )
        message = QLabel(text, self)
        message.setObjectName("sectionError")
        message.setWordWrap(True)
        message.setAccessibleName(text)
        layout.addWidget(message)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _campaigns(ctx: PageContext) -> QWidget:
    from officedesk.gui.campaigns import CampaignsPage  # QtCharts loads only when the first chart is drawn

    page = CampaignsPage(ctx)
    page.open_inspection_requested.connect(lambda inspection_id: _open_inspection(ctx, inspection_id))
    return page


def _open_inspection(ctx: PageContext, inspection_id: str) -> None:
    """Show the entry screen on an inspection (from the dashboard, the actions list…)."""
    window: Any = ctx.window
    window.show_page("inspection")
    page = window.page_widget("inspection")
    if page is not None and hasattr(page, "open_inspection"):
        page.open_inspection(inspection_id)


def _inspection(ctx: PageContext) -> QWidget:
    from officedesk.gui.entry import create_page

    return create_page(ctx)


def _units(ctx: PageContext) -> QWidget:
    from officedesk.gui.units import create_units_page

    return create_units_page(ctx)


def _reports(ctx: PageContext) -> QWidget:
    from officedesk.gui.reports_page import create_reports_page

    return create_reports_page(ctx)


def _actions(ctx: PageContext) -> QWidget:
    from officedesk.gui.actions.page import ActionsPage

    page = ActionsPage(ctx)
    page.open_inspection_requested.connect(lambda inspection_id: _open_inspection(ctx, inspection_id))
    return page


def _accounts(ctx: PageContext) -> QWidget:
    from officedesk.gui.accounts import create_accounts_page

    return create_accounts_page(ctx)


def _settings(ctx: PageContext) -> QWidget:
    from officedesk.gui.settings_page import SettingsPage

    return SettingsPage(ctx)


def default_pages() -> list[PageSpec]:
    """The sections in the order of the navigation list; Ctrl+1… follow this order."""
    return [
        PageSpec(
            "campaigns",
            QCoreApplication.translate("Pages", "&Campaigns"),
            "campaigns.svg",
            _campaigns,
            QCoreApplication.translate(
                "Pages", "Plan inspection campaigns, choose the units to visit and follow their progress."
            ),
            modules=("officedesk.gui.campaigns", "officedesk.gui.campaigns.chart"),
        ),
        PageSpec(
            "inspection",
            QCoreApplication.translate("Pages", "&Inspection entry"),
            "inspection.svg",
            _inspection,
            QCoreApplication.translate(
                "Pages",
                "Record who is present, late or absent at a unit, note empty posts, and have the unit sign.",
            ),
            modules=("officedesk.gui.entry.page",),
        ),
        PageSpec(
            "units",
            QCoreApplication.translate("Pages", "&Units and staff"),
            "units.svg",
            _units,
            QCoreApplication.translate(
                "Pages", "Keep the list of units, their staff and the posts of the one-stop counters."
            ),
            modules=("officedesk.gui.units.page",),
        ),
        PageSpec(
            "reports",
            QCoreApplication.translate("Pages", "&Reports"),
            "reports.svg",
            _reports,
            QCoreApplication.translate(
                "Pages", "Print minutes and summaries, compare with past campaigns and export to Excel."
            ),
            modules=("officedesk.gui.reports_page.page",),
        ),
        PageSpec(
            "actions",
            QCoreApplication.translate("Pages", "Corrective ac&tions"),
            "actions.svg",
            _actions,
            QCoreApplication.translate(
                "Pages", "Follow the corrective actions of every campaign and unit, and note what the units report."
            ),
            modules=("officedesk.gui.actions.page",),
        ),
        PageSpec(
            "accounts",
            QCoreApplication.translate("Pages", "&Accounts"),
            "accounts.svg",
            _accounts,
            QCoreApplication.translate(
                "Pages", "Create the accounts of the team and the unit heads; change your own password."
            ),
            modules=("officedesk.gui.accounts.page",),
        ),
        PageSpec(
            "settings",
            QCoreApplication.translate("Pages", "&Settings"),
            "settings.svg",
            _settings,
            QCoreApplication.translate(
                "Pages", "Choose the interface language and see which data are in use."
            ),
            modules=("officedesk.gui.settings_page",),
        ),
    ]

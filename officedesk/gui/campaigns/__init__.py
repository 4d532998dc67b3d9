"""The campaigns screen: plan campaigns and follow their results.

The shell plugs it in through officedesk/gui/pages.py:

    def _campaigns(ctx: PageContext) -> QWidget:
        from officedesk.gui.campaigns import CampaignsPage
        return CampaignsPage(ctx)

QtCharts is imported by officedesk.gui.campaigns.chart only, when the first dashboard is drawn.
"""

from officedesk.gui.campaigns.page import CampaignsPage

__all__ = ["CampaignsPage"]

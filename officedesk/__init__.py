"""OfficeDesk: working-discipline inspections for Vietnamese provincial offices."""

__version__ = "0.1.0"

"""The campaign workbook, reopened with openpyxl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from officedesk.reports import figures
from officedesk.reports.data import MinutesData, SummaryData
from officedesk.reports.excel_export import DETAIL_HEADERS, SUMMARY_HEADERS, export_campaign_xlsx
from officedesk.reports.samples import sample_campaign


@pytest.fixture(scope="module")
def campaign() -> tuple[SummaryData, list[MinutesData]]:
    return sample_campaign(12, seed=5)


@pytest.fixture(scope="module")
def workbook(campaign: tuple[SummaryData, list[MinutesData]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "campaign.xlsx"
    export_campaign_xlsx(*campaign, path)
    return path


def test_sheets(workbook: Path) -> None:
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames == ["Tổng hợp", "Chi tiết", "Vị trí trống", "Khắc phục"]
    assert all(len(name) <= 31 for name in wb.sheetnames)


def test_summary_sheet(workbook: Path, campaign: tuple[SummaryData, list[MinutesData]]) -> None:
    summary, _ = campaign
    ws = openpyxl.load_workbook(workbook)["Tổng hợp"]
    header = [c.value for c in ws[4]]
    assert header == [h for h, _ in SUMMARY_HEADERS]
    assert all(c.font.b for c in ws[4])
    assert ws.freeze_panes == "A5"
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["B"].width == 38
    first = summary.units[0]
    row = {h: c for h, c in zip(header, ws[5], strict=True)}
    assert row["Đơn vị"].value == first.unit_name
    assert row["Tổng số"].value == first.counts.headcount and row["Tổng số"].number_format == "0"
    assert row["Tỷ lệ vi phạm"].number_format == "0.00%"
    assert row["Tỷ lệ vi phạm"].value == pytest.approx(figures.violation_rate(first.counts))
    total_row = 5 + len(summary.units)
    assert ws.cell(total_row, 2).value == "TỔNG CỘNG" and ws.cell(total_row, 2).font.b
    assert ws.cell(total_row, 5).value == sum(u.counts.headcount for u in summary.units)


def test_detail_sheet_has_every_roster_row(workbook: Path, campaign: tuple[SummaryData, list[MinutesData]]) -> None:
    _, minutes = campaign
    ws = openpyxl.load_workbook(workbook)["Chi tiết"]
    assert [c.value for c in ws[1]] == [h for h, _ in DETAIL_HEADERS]
    assert ws.freeze_panes == "A2"
    assert ws.max_row == 1 + sum(len(m.staff) for m in minutes)
    late = next(r for m in minutes for r in m.staff if r.minutes_late)
    rows = list(ws.iter_rows(min_row=2, values_only=False))
    found = next(r for r in rows if r[4].value == late.full_name and r[8].value == late.minutes_late)
    assert found[2].value == dt.datetime(2024, 2, 15) or found[2].value == dt.datetime(2024, 2, 16)
    assert found[2].number_format == "dd/mm/yyyy"
    assert found[7].value == late.arrival and found[7].number_format == "hh:mm"
    assert found[6].value == "Đi muộn"


def test_actions_and_empty_posts(workbook: Path, campaign: tuple[SummaryData, list[MinutesData]]) -> None:
    _, minutes = campaign
    wb = openpyxl.load_workbook(workbook)
    assert wb["Khắc phục"].max_row == 1 + sum(len(m.actions) for m in minutes)
    empty = sum(1 for m in minutes for p in m.posts if not p.staffed)
    assert wb["Vị trí trống"].max_row == 1 + empty

"""Builds reader-openpyxl.xlsx, the xlsx_reader test fixture, with openpyxl.

Run through make_xlsx_fixtures.sh, which also re-saves it with LibreOffice Calc.
"""
import datetime
import sys

from openpyxl import Workbook
from openpyxl.styles import Font

try:
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
except ImportError:  # openpyxl < 3.1 has no rich text
    CellRichText = None

out = sys.argv[1]
wb = Workbook()
# Fixed metadata so re-running gives the same content.
wb.properties.created = datetime.datetime(2015, 4, 1, 9, 0, 0)
wb.properties.modified = datetime.datetime(2015, 4, 1, 9, 0, 0)
wb.properties.creator = "s11 tests"

ws = wb.active
ws.title = "Standards"
ws["A1"] = "Standard"
ws["B1"] = "Score"
ws["C1"] = "Done"
ws["D1"] = "Reviewed"
ws["E1"] = "Typed date"
ws["A2"] = "Senior management commitment"
ws["B2"] = 3
ws["C2"] = True
ws["D2"] = datetime.date(2015, 3, 31)
ws["D2"].number_format = "dd/mm/yyyy"
ws["E2"] = "31/03/2015"
ws["A3"] = "  Café – children’s voice  "
ws["B3"] = 2.75
ws["C3"] = False
# Rows 4 and 5 stay blank.
ws["A6"] = "Total"
ws["B6"] = "=B2+B3"
ws["A6"].font = Font(bold=True)
if CellRichText is not None:
    ws["A7"] = CellRichText(["Rich ", TextBlock(InlineFont(b=True), "bold"), " text"])
else:
    ws["A7"] = "Rich bold text"

second = wb.create_sheet("Evidence")
second["A1"] = "Evidence"
second["A2"] = "Standard"  # same text as Standards!A1: one shared string
second["B2"] = -12

extra = wb.create_sheet("Notes")
extra["C5"] = "extra sheet"

wb.save(out)

"""Writes the hostile workbooks the xlsx_reader tests refuse (see make_hostile_fixtures.sh).

Each is a minimal one-sheet workbook written by Python's zipfile whose central directory
then lies or repeats itself the way a damaged or crafted file does:
  hostile-declared-size.xlsx  sheet1.xml claims 3.9 GB inflated (it holds 150 bytes)
  hostile-zip64-size.xlsx     sheet1.xml claims 100 GiB in a zip64 extra field
  hostile-duplicate-part.xlsx two parts named xl/worksheets/sheet1.xml
"""
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>")
ROOT_RELS = (
    f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
    f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
    '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
    f'Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def sheet(text):
    return (f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr">'
            f'<is><t>{text}</t></is></c></row></sheetData></worksheet>')


def write(path, sheets, claimed_size=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for text in sheets:
            z.writestr("xl/worksheets/sheet1.xml", sheet(text))
        if claimed_size is not None:
            # zipfile writes the central directory from these records when it closes: the
            # local header keeps the true size, the central directory (which readers trust)
            # gets the claim, in a zip64 extra field when it is 4 GiB or more.
            z.getinfo("xl/worksheets/sheet1.xml").file_size = claimed_size


def main(folder):
    write(f"{folder}/hostile-declared-size.xlsx", ["small"], claimed_size=3_900_000_000)
    write(f"{folder}/hostile-zip64-size.xlsx", ["small"], claimed_size=100 << 30)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": the point of this one
        write(f"{folder}/hostile-duplicate-part.xlsx", ["first", "second"])


if __name__ == "__main__":
    main(sys.argv[1])

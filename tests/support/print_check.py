#!/usr/bin/python3
"""Prints workbooks through LibreOffice and says how they print.

    print_check.py PROFILE_DIR OUT_DIR BOOK.xlsx...    render each book to OUT_DIR/BOOK.pdf, report
    print_check.py --calibrate PROFILE_DIR OUT_DIR     measure the size factor (see kHeightPerPoint)

For each book, one line per page and one per problem found (tests/cli/print_test.cpp reads them):

    BOOK section11-return.xlsx pages=12
    PAGE 3 sheet=Impact footer="Page 3 of 12" min_pt=9.4 median_pt=10.6 words=412 text="..."
    SMALL section11-return.xlsx page 3: "Focus" printed at 7.9 pt
    NOFOOTER section11-return.xlsx page 3
    MISSING section11-return.xlsx Impact!C7: "Partnership" not printed
    OVERLAP section11-return.xlsx page 3: "word" over "other" (text drawn outside its cell)
    BELOW section11-return.xlsx page 3: "word" printed below the page's printed area

Printed size: pdftotext -bbox-layout gives each word's box, whose height is the font's ascent plus
descent at the printed size (its width, for text printed upwards). For Carlito (the font LibreOffice prints for Calibri) that height is
1.30 times the point size: --calibrate renders cells of 9, 11 and 14 pt at 100% scale and prints the
factor measured. A word printed below 9 pt is SMALL.

Clipping: LibreOffice writes every glyph of a cell to the PDF, even the lines a fixed row height
hides (they are clipped by a path, which pdftotext ignores), so a clipped cell's hidden lines lie
over the next row's text: two words whose boxes overlap are an OVERLAP; on a page's last row, below
the printed area: a word there, above the footer, is BELOW. Columns cut off or text
never printed: every word of every non-empty printed cell (read back with openpyxl) must be among
the words of the pages of its sheet, each printed word standing for one word of one cell
(MISSING otherwise): LibreOffice leaves out the lines of a cell cut off at Excel's greatest row
height.
"""
import collections
import datetime
import os
import re
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET

import openpyxl

kHeightPerPoint = 1.30  # word box height / font size for Carlito, from --calibrate
kMinPoints = 9.0
kPageNumber = re.compile(r"Page (\d+) of (\d+)")


def convert(profile, out_dir, books):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file://" + os.path.abspath(profile), "--headless",
         "--convert-to", "pdf", "--outdir", out_dir] + books,
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def pages_of(pdf):
    """[(width, height, [(xmin, ymin, xmax, ymax, text)])] per page."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True,
                         capture_output=True).stdout
    root = ET.fromstring(xml)
    pages = []
    ns = "{http://www.w3.org/1999/xhtml}"
    for page in root.iter(ns + "page"):
        words = []
        for line in page.iter(ns + "line"):
            found = []
            for w in line.iter(ns + "word"):
                box = tuple(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
                found.append(box + (w.text or "",))
            words += found
        pages.append((float(page.get("width")), float(page.get("height")), words))
    return pages


def points(word):
    # Text printed upwards (a chart's vertical axis title) has boxes taller than wide, their
    # width the size: a word of four characters or more is that when its box is 1.5 times as
    # high as wide (no word printed across is); a shorter one may be narrower than high either
    # way, so its box's larger side counts.
    w, h = word[2] - word[0], word[3] - word[1]
    if len(word[4]) >= 4:
        return (w if h > 1.5 * w else h) / kHeightPerPoint
    return max(w, h) / kHeightPerPoint


def lines_of(words):
    """Words grouped by baseline, top to bottom, each line left to right."""
    lines = {}
    for w in words:
        lines.setdefault(round(w[3]), []).append(w)
    return [sorted(lines[y]) for y in sorted(lines)]


def shown(cell):
    """The text a cell shows, as far as a word check needs it; None for nothing to check."""
    v = cell.value
    if v is None or v == "":
        return None
    fmt = cell.number_format or "General"
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, (datetime.datetime, datetime.date)):
        # "d mmmm yyyy" prints "30 November 2015", "mmmm yyyy" "May 2015"; others day-first.
        if "mmmm" in fmt:
            words = v.strftime("%B %Y")
            return "%d %s" % (v.day, words) if "d" in fmt.replace("mmmm", "") else words
        return v.strftime("%d/%m/%Y")
    if isinstance(v, (int, float)):
        if fmt.endswith("%"):
            return "%d%%" % round(v * 100)
        parts = fmt.split(";")
        if len(parts) >= 3 and v == 0 and parts[2].startswith('"'):
            return parts[2].strip('"')
        if float(v).is_integer():
            return str(int(v))
        return None  # a General fraction prints as wide as its column allows
    return str(v)


def tokens(text):
    # pdftotext splits words at spaces, and LibreOffice breaks a word too long for its cell;
    # a word that ends a wrapped line may carry the next cell's first word ("30/11/2016Director").
    return [t for t in re.split(r"\s+", text) if t]


def check_book(book, pdf):
    out = []
    name = os.path.basename(book)
    pages = pages_of(pdf)
    out.append("BOOK %s pages=%d" % (name, len(pages)))
    wb = openpyxl.load_workbook(book)
    sheet_names = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    page_sheet = []
    for i, (_, height, words) in enumerate(pages, 1):
        lines = lines_of(words)
        footer = ""
        sheet = ""
        for line in lines[-3:]:
            text = " ".join(w[4] for w in line)
            m = kPageNumber.search(text)
            if m and line[0][1] > height * 0.85:
                footer = m.group(0)
                for s in sorted(sheet_names, key=len, reverse=True):
                    if s in text:
                        sheet = s
                        break
        page_sheet.append(sheet)
        # Text below the printed area (0.75 inch above the foot of the page) and above the
        # footer is a cell's text running on past its row: a row too short, cut by the page.
        footer_top = min((w[1] for line in lines[-1:] for w in line), default=height)
        for w in words:
            if height - 54 + 2 < w[3] and w[1] < footer_top - 2:
                out.append('BELOW %s page %d: "%s" printed below the page\'s printed area' %
                           (name, i, w[4]))
        sizes = [points(w) for w in words]
        out.append('PAGE %d sheet=%s footer="%s" min_pt=%.1f median_pt=%.1f words=%d text="%s"' % (
            i, sheet, footer, min(sizes) if sizes else 0, statistics.median(sizes) if sizes else 0,
            len(words), " ".join(w[4] for w in words)))
        if not footer:
            out.append("NOFOOTER %s page %d" % (name, i))
        for w in words:
            if points(w) < kMinPoints - 0.05:
                out.append('SMALL %s page %d: "%s" printed at %.1f pt' % (name, i, w[4], points(w)))
        for a in range(len(words)):
            for b in range(a + 1, len(words)):
                wa, wb_ = words[a], words[b]
                dx = min(wa[2], wb_[2]) - max(wa[0], wb_[0])
                dy = min(wa[3], wb_[3]) - max(wa[1], wb_[1])
                if dx > 1.0 and dy > 0.4 * min(wa[3] - wa[1], wb_[3] - wb_[1]):
                    out.append('OVERLAP %s page %d: "%s" over "%s" (text drawn outside its cell)' %
                               (name, i, wa[4], wb_[4]))
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        mine = [p for p, s in zip(pages, page_sheet) if s == ws.title] or pages
        # Each word printed is used once: a cell's lines cut off by its row's height are not in
        # the PDF at all when the row is at Excel's greatest height, and a word found elsewhere
        # on the sheet's pages must not stand in for them.
        printed = collections.Counter(w[4] for p in mine for w in p[2])
        area = None
        if ws.print_area:
            ref = ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area
            ref = ref.split("!")[-1].replace("$", "")
            min_col, min_row, max_col, max_row = openpyxl.utils.cell.range_boundaries(ref)
            area = (min_row, min_col, max_row, max_col)
        unmatched = []
        for row in ws.iter_rows():
            for cell in row:
                if area and not (area[0] <= cell.row <= area[2] and area[1] <= cell.column <= area[3]):
                    continue
                text = shown(cell)
                if text is None:
                    continue
                for t in tokens(text):
                    if printed[t] > 0:
                        printed[t] -= 1
                    else:
                        unmatched.append((cell, t))
        for cell, t in unmatched:
            # A word broken at the end of a line, after a hyphen or slash or (too long for its
            # column) anywhere, or printed against the next cell's text ("30/11/2016Director").
            parts = [p for p in re.split(r"(?<=[-/])", t) if p]
            if len(parts) > 1 and all(printed[p] > 0 for p in parts):
                for p in parts:
                    printed[p] -= 1
                continue
            joined = [w for w, n in printed.items() if n > 0 and len(w) >= 2 and
                      (w.startswith(t) or w.endswith(t) or t.startswith(w) or t.endswith(w))]
            if joined:
                printed[joined[0]] -= 1
                continue
            out.append('MISSING %s %s!%s: "%s" not printed' % (name, ws.title, cell.coordinate, t))
    return out


def calibrate(profile, out_dir):
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.column_dimensions["A"].width = 60
    sizes = [9, 11, 14]
    for i, size in enumerate(sizes, 1):
        ws.cell(row=i, column=1, value="Calibration %d" % size).font = Font(name="Calibri", size=size)
    book = os.path.join(out_dir, "calibration.xlsx")
    wb.save(book)
    convert(profile, out_dir, [book])
    words = pages_of(os.path.join(out_dir, "calibration.pdf"))[0][2]
    for size in sizes:
        w = [w for w in words if w[4] == str(size)][0]
        print("%d pt: box height %.2f, factor %.3f" % (size, w[3] - w[1], (w[3] - w[1]) / size))


def main(argv):
    if argv[1:2] == ["--calibrate"]:
        calibrate(argv[2], argv[3])
        return 0
    profile, out_dir, books = argv[1], argv[2], argv[3:]
    convert(profile, out_dir, books)
    for book in books:
        pdf = os.path.join(out_dir, os.path.splitext(os.path.basename(book))[0] + ".pdf")
        print("\n".join(check_book(book, pdf)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

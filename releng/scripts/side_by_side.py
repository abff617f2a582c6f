#!/usr/bin/env python3
"""Helpers of calc-side-by-side.sh (benchmark only, not part of the product).

  side_by_side.py sheet PAYMENTS.csv OUT.fods SCENARIO
      Writes a LibreOffice Calc sheet (flat ODF) with formulas that recompute the payments of every
      unit, category and year for ten scenarios (the case's rates times 1.00, 0.96, ... 1.05, each
      rounded to øre; each payment rounded to øre; administration billed for one third of its
      årsverk), from the case's baseline payments as `export payments` writes them. Its first sheet
      holds the total per scenario and year. Prints the baseline's total per year (SCENARIO's rows).
  side_by_side.py check CALC.csv EXPECTED
      Compares the first row of the first sheet, as Calc wrote it, with the expected totals.
  side_by_side.py synthetic CASE_DIR UNITS FIRST_YEAR LAST_YEAR SEED
      SYNTHETIC data for the benchmark only: extends the case's agreement period to LAST_YEAR (its own
      counts of its last year carried to the added years) and writes CASE_DIR/data/synthetic-UNITS.avtale with UNITS invented reporting units and random
      counts of the six billed categories for every year. Never shipped, never real.
  side_by_side.py stats MS...
      Prints "best median" of the times given in milliseconds.
"""
import csv
import random
import re
import statistics
import sys
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

CATEGORIES = ["grunnskole", "kulturskoleMusikk", "kulturskoleAndre", "videregaende", "fagskole", "administrasjon"]
FACTORS = ["1.00", "0.96", "0.97", "0.98", "0.99", "1.01", "1.02", "1.03", "1.04", "1.05"]
ADMINISTRATION = "administrasjon"


def column(index):
    """1 -> A, 27 -> AA"""
    name = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def cell_text(text):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(text)


def cell_number(value):
    return '<table:table-cell office:value-type="float" office:value="%s"/>' % value


def cell_formula(formula):
    # No cached value: Calc has to compute every formula before it can write the result.
    return '<table:table-cell table:formula="of:=%s"/>' % escape(formula, {'"': "&quot;"})


def sheet(payments, out, scenario):
    counts = {}  # (year, unit) -> {category: count}
    rates = {}  # (year, category) -> rate
    expected = {}
    largest = {}  # (year, category) -> (count, amount) of the unit with the largest count
    with open(payments, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            if row["scenario"] != scenario:
                continue
            year = int(row["year"])
            counts.setdefault((year, row["unit"]), {})[row["category"]] = row["count"]
            rates.setdefault((year, row["category"]), row["rate_nok"])
            count = Decimal(row["count"] or "0")
            key = (year, row["category"])
            if count > 0 and (key not in largest or count > largest[key][0]):
                largest[key] = (count, Decimal(row["amount_nok"]))
            expected[year] = expected.get(year, Decimal(0)) + Decimal(row["amount_nok"])
    # The rate a payment is computed with is the file's rate indexed to the year (rate_nok is the rate
    # before indexing): taken back from the unit with the largest count, where amount / count rounded
    # to øre is exact (the payment's own rounding is below half an øre per counted item).
    for (year, category), (count, amount) in largest.items():
        billed = count / 3 if category == ADMINISTRATION else count
        rates[(year, category)] = str((amount / billed).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    years = sorted(expected)
    rows = sorted(counts)
    with open(out, "w", encoding="utf-8") as o:
        o.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" '
                'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
                '<office:body><office:spreadsheet>\n')
        # Summer: one row per scenario, one column per year; row 1 is the baseline (factor 1.00).
        o.write('<table:table table:name="Summer">\n')
        for s, factor in enumerate(FACTORS):
            o.write("<table:table-row>" + cell_text("faktor " + factor))
            for yi, year in enumerate(years):
                first = 2 + sum(1 for r in rows if r[0] < year)
                last = first + sum(1 for r in rows if r[0] == year) - 1
                total = column(9 + s * 7 + len(CATEGORIES))
                o.write(cell_formula("SUM([$Betaling.%s%d:.%s%d])" % (total, first, total, last)))
            o.write("</table:table-row>\n")
        o.write("</table:table>\n")
        # Satser: one row per scenario (from row 2), the rates of each year and category, rounded to øre.
        o.write('<table:table table:name="Satser"><table:table-row>' + cell_text("scenario") + cell_text("faktor"))
        for year in years:
            for category in CATEGORIES:
                o.write(cell_text("%s %d" % (category, year)))
        o.write("</table:table-row>\n")
        for s, factor in enumerate(FACTORS):
            o.write("<table:table-row>" + cell_text("scenario %d" % (s + 1)) + cell_number(factor))
            for year in years:
                for category in CATEGORIES:
                    o.write(cell_formula("ROUND(%s*[.B%d];2)" % (rates[(year, category)], s + 2)))
            o.write("</table:table-row>\n")
        o.write("</table:table>\n")
        # Betaling: one row per unit and year (from row 2): counts, then per scenario six payments and their sum.
        o.write('<table:table table:name="Betaling"><table:table-row>' + cell_text("enhet") + cell_text("år"))
        for category in CATEGORIES:
            o.write(cell_text(category))
        o.write("</table:table-row>\n")
        for r, (year, unit) in enumerate(rows, start=2):
            held = counts[(year, unit)]
            o.write("<table:table-row>" + cell_text(unit) + cell_number(year))
            for category in CATEGORIES:
                o.write(cell_number(held.get(category, "0")))
            yi = years.index(year)
            for s in range(len(FACTORS)):
                for ci, category in enumerate(CATEGORIES):
                    rate = "[$Satser.$%s$%d]" % (column(3 + yi * len(CATEGORIES) + ci), s + 2)
                    count = "[.%s%d]" % (column(3 + ci), r)
                    if category == ADMINISTRATION:
                        o.write(cell_formula("ROUND(%s*%s/3;2)" % (rate, count)))
                    else:
                        o.write(cell_formula("ROUND(%s*%s;2)" % (rate, count)))
                first = column(9 + s * 7)
                last = column(9 + s * 7 + len(CATEGORIES) - 1)
                o.write(cell_formula("SUM([.%s%d:.%s%d])" % (first, r, last, r)))
            o.write("</table:table-row>\n")
        o.write("</table:table>\n</office:spreadsheet></office:body></office:document>\n")
    cells = len(rows) * len(FACTORS) * (len(CATEGORIES) + 1)
    print(" ".join("%d=%s" % (y, expected[y]) for y in years))
    print("%d units, years %s, %d scenarios: %d payment formulas, %d with the sums per unit" % (
        len({u for _, u in rows}), years, len(FACTORS), len(rows) * len(FACTORS) * len(CATEGORIES), cells),
        file=sys.stderr)


def check(calc_csv, expected):
    wanted = [Decimal(part.split("=")[1]) for part in expected.split()]
    with open(calc_csv, newline="", encoding="utf-8") as f:
        first = next(csv.reader(f))
    got = [Decimal(v.replace(",", ".")) for v in first[1:1 + len(wanted)]]
    ok = all(abs(g - w) < Decimal("0.005") for g, w in zip(got, wanted)) and len(got) == len(wanted)
    print("Calc's baseline totals %s, the product's %s: %s" % (
        " ".join(str(g) for g in got), " ".join(str(w) for w in wanted), "equal" if ok else "DIFFERENT"))
    return 0 if ok else 1


def synthetic(case, units, first, last, seed):
    units, first, last = int(units), int(first), int(last)
    rng = random.Random(int(seed))
    agreement = case + "/avtale.avtale"
    with open(agreement, encoding="utf-8") as f:
        text = f.read()
    end = re.search(r'periodEnd="(\d{4})-12-31"', text)
    if not end:
        sys.exit("side_by_side.py: no periodEnd in " + agreement)
    was = int(end.group(1))
    text = text[:end.start()] + 'periodEnd="%d-12-31"' % last + text[end.end():]
    # The case's own counts of its last year carried to the added years, so that the case stays whole.
    blocks = re.findall(r'  <counts [^>]*year="%d"[^>]*>.*?</counts>\n' % was, text, flags=re.S)
    added = "".join(b.replace('year="%d"' % was, 'year="%d"' % y) for y in range(was + 1, last + 1) for b in blocks)
    at = text.rindex("</counts>\n") + len("</counts>\n")
    text = text[:at] + added + text[at:]
    with open(agreement, "w", encoding="utf-8") as f:
        f.write(text)
    # The index steps of the added years: no indexation, an assumption of the benchmark.
    formulas = case + "/kopinor.vederlag"
    with open(formulas, encoding="utf-8") as f:
        text = f.read()
    step = re.search(r'\n(\s*)from %d-01-01 factor [^\n]*\n' % was, text)
    if not step:
        sys.exit("side_by_side.py: no index step for %d in %s" % (was, formulas))
    added = "".join('%sfrom %d-01-01 factor 1.000 assumption "synthetic benchmark: no indexation"\n' % (step.group(1), y)
                    for y in range(was + 1, last + 1))
    text = text[:step.end()] + added + text[step.end():]
    with open(formulas, "w", encoding="utf-8") as f:
        f.write(text)
    out = "%s/data/synthetic-%d.avtale" % (case, units)
    import os
    os.makedirs(case + "/data", exist_ok=True)
    with open(out, "w", encoding="utf-8") as o:
        o.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<!-- SYNTHETIC benchmark data: invented units and random counts, not real figures. -->\n'
                '<avtale:AgreementModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
                'xmlns:avtale="http://avtalebenk.no/model/avtale/1.0">\n')
        for category, unit in zip(CATEGORIES, ["elevplasser", "elevplasser", "elevplasser", "elever", "studenter",
                                               "årsverk"]):
            o.write('  <categories id="%s" name="%s (synthetic)" unit="%s"/>\n' % (category, category, unit))
        for u in range(1, units + 1):
            o.write('  <units id="S%05d" name="Syntetisk enhet %d" kind="municipality"/>\n' % (u, u))
        ranges = {"grunnskole": 6000, "kulturskoleMusikk": 400, "kulturskoleAndre": 300, "videregaende": 3000,
                  "fagskole": 200, "administrasjon": 2000}
        for u in range(1, units + 1):
            for category in CATEGORIES:
                base = rng.randint(0, ranges[category])
                for year in range(first, last + 1):
                    value = max(0, base + rng.randint(-base // 20 - 1, base // 20 + 1))
                    o.write('  <counts unit="S%05d" category="%s" year="%d" value="%d"/>\n' % (u, category, year, value))
        o.write("</avtale:AgreementModel>\n")
    print(out)


def stats(values):
    ms = sorted(float(v) for v in values)
    print("%.0f %.0f" % (ms[0], statistics.median(ms)))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "sheet":
        sheet(*args)
    elif command == "check":
        sys.exit(check(*args))
    elif command == "synthetic":
        synthetic(*args)
    elif command == "stats":
        stats(args)
    else:
        sys.exit(__doc__)

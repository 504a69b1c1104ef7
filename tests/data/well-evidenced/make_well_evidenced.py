#!/usr/bin/python3
"""Builds tests/data/well-evidenced/: an invented council whose self-assessment is borne out by
its evidence, so the rules that find the seed 002 council's gaps must find none here.

    /usr/bin/python3 tests/data/well-evidenced/make_well_evidenced.py build-test/s11

Same way as tests/data/seed002/make_seed002.py (whose helpers it uses): `s11 new` writes the
template, this script fills it as a coordinator would.

* Every point is Met. Every point has current evidence that supports it fully (Shows:
  Supports): the standard's policy or procedure (level 1, April 2015), staff focus groups and
  the staff questionnaire showing staff know and act on it (level 2, October 2015) and, for
  the standards of partnership working and safe workforce, a case-file audit showing
  outcomes for children (level 3, September 2015).
* Standards 6 and 7 have a current best-practice example (their case-file audits, shared
  with the board), so the council rates them Blue; the rest, all points met and evidenced
  without an example to share, Green. The overall is Blue: every point met and evidenced,
  with examples to share (rating it Green would be an under-claim).
* Audit date 30 November 2015, period 2015-16, currency window the default 24 months:
  everything is current.
"""

import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "seed002"))
import make_seed002 as seed  # noqa: E402  (its template helpers)

AREAS = {"leadership": ["1", "3", "10"], "partnership": ["4", "7", "9"],
         "workforce": ["5", "6", "11"], "policies": ["2", "8", "12"]}
POINTS = {"1": 7, "2": 6, "3": 5, "4": 5, "5": 6, "6": 6, "7": 5, "8": 5, "9": 4, "10": 6,
          "11": 6, "12": 5}
OUTCOME_STANDARDS = AREAS["partnership"] + AREAS["workforce"]  # level-3 evidence
BEST_PRACTICE = {"6", "7"}

POLICY = datetime.date(2015, 4, 1)
AUDIT = datetime.date(2015, 9, 30)
FOCUS = datetime.date(2015, 10, 15)


def items():
    rows = []
    for standard in sorted(POINTS, key=int):
        points = ", ".join(f"{standard}.{i}" for i in range(1, POINTS[standard] + 1))
        rows.append((f"E{standard}A", f"Standard {standard}: policy and procedures, approved April 2015",
                     "policy", POLICY, points, 1, seed.S, "Safeguarding Coordinator",
                     "Intranet > Safeguarding", False))
        rows.append((f"E{standard}B", f"Standard {standard}: staff focus groups and questionnaire, October 2015",
                     "survey", FOCUS, points, 2, seed.S, "Safeguarding Coordinator",
                     "Safeguarding > Staff survey 2015", False))
        if standard in OUTCOME_STANDARDS:
            rows.append((f"E{standard}C", f"Standard {standard}: case-file audit of outcomes for children, September 2015",
                         "case file review", AUDIT, points, 3, seed.S, "Head of Service",
                         "Safeguarding > Audits 2015", standard in BEST_PRACTICE))
    return rows


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: make_well_evidenced.py PATH/TO/s11")

    def fill(wb):
        seed.fill_self_assessment(
            wb, lambda point: "Met",
            lambda standard: "Blue" if str(standard) in BEST_PRACTICE else "Green", "Blue")
        seed.fill_evidence(wb, items())

    seed.build(sys.argv[1], HERE, "Kestrel Vale District Council", "2015-16", "2015-11-30", fill)


if __name__ == "__main__":
    main()

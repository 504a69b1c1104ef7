#!/usr/bin/python3
"""Builds tests/data/seed002/: Oxford City Council's December 2012 Section 11 self-assessment
and the evidence the 2013 independent review reports (seed 002, 002_6b972314165ddc33.txt),
as a coordinator would type them into the register that `s11 new` writes.

    /usr/bin/python3 tests/data/seed002/make_seed002.py build-test/s11

It runs `s11 new` into a scratch directory, fills the Self-assessment and Evidence sheets of
the template with openpyxl and writes evidence.xlsx and audit.ini beside this script. Run it
again after the template changes; the test (tests/cli/seed002_review_test.cpp) copies the
directory and runs the real `s11 run` on it.

Encoding decisions (each item's own reason is in ITEMS below):

* Self-assessment. Seed 002 §1.2/§2.3: "Oxford City assessed itself in December 2012 as
  meeting all the standards fully"; the OSCB peer review of 1 March 2013 confirmed it. So
  every point is Met and every standard and the overall are rated Green, not Blue: in the
  OSCB scheme Green is "all points met and most points evidenced" and Blue adds "an example
  of best practice to share with others" (SECTION11.md §3, "no example, no blue"). The
  self-assessment claimed the standards were met, not that it had best practice to share;
  the council's own later return (December 2014, seed 000 §25) is Green with the same scheme.
* Audit date: the review report is dated October 2013 (its title page) and its interviews
  were held on 7-8 October 2013 (§3.5); the audit is read as of 31 October 2013, the last day
  of the month the report carries, so nothing it reports is later than the audit. The period
  is 2012-13, the self-assessment the review tested. The currency window is the default (24
  months): everything below is current.
* Dates. The text dates three things: the self-assessment (December 2012, §2.3), the peer
  review (1 March 2013, §2.3) and the interviews and focus groups (7 and 8 October 2013,
  §3.5; two telephone interviews, with the LSCB and the LADO, "in advance", §3.6, after the
  review commenced on 30 September 2013, §3.3). Documents the reviewers read (policy, plans,
  procedures) are dated 1 December 2012, the month they were submitted with the
  self-assessment (the text gives no day). What interviews and focus groups showed is dated
  8 October 2013: the text does not say which session fell on which day, and the finding
  stands from the last of them. The LADO's telephone interview is dated 30 September 2013.
* Impact levels (§3.7): a policy, procedure, structure or system: level 1; interviews or
  focus groups showing that staff or managers know and act: level 2; outcomes for children,
  young people and families: level 3. A finding that something is missing or not known is
  encoded at the level of the thing it speaks about (a missing system: 1; staff who do not
  know: 2). Nothing is encoded at level 4: the reviewers place the council at levels 1-2
  with level 3 in partnership working (§1.9, §5.2), never at level 4.
* Shows. Strengths (§4.x "Strengths") are Supports on the points they evidence. The areas for
  development are what the interviews and focus groups found: Contradicts where the text
  says the point is not so in practice ("not universally known or complied with", "low
  awareness", "do not receive systematic reports"), Partly where it says it is so only in
  some places or only in part ("some parts of the council", "not fully developed"). Where
  the text describes an arrangement only by its existence while the reviewers ask for it to
  be refreshed (the information-sharing protocol, §4.4.5 with recommendation 4), the item is
  Partly: existence is not adequacy.
* No real person is named: roles only (owners are invented role titles of the council).
"""

import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

DOCS = datetime.date(2012, 12, 1)  # submitted with the self-assessment, December 2012 (§2.3)
PEER = datetime.date(2013, 3, 1)  # OSCB peer review, 1 March 2013 (§2.3)
PHONE = datetime.date(2013, 9, 30)  # telephone interviews before the site work (§3.3, §3.6)
SITE = datetime.date(2013, 10, 8)  # interviews and focus groups, 7-8 October 2013 (§3.5)

S, P, C = "Supports", "Partly", "Contradicts"

# id, title, type, date, points, level, shows, owner, seed paragraphs, why encoded so.
ITEMS = [
    # --- 4.1 Leadership and accountability (standards 1, 3, 10) ---
    ("E01", "Corporate Plan and Children and Young People's Plan: safeguarding ambition, programmes and initiatives",
     "report", DOCS, "1.4", 1, S, "Policy and Partnerships Manager", "4.1.1",
     "plans stating a commitment are a framework: level 1, dated with the documents"),
    ("E02", "Lead Member for safeguarding at Cabinet level",
     "minutes", DOCS, "1.7", 1, S, "Democratic Services Manager", "4.1.2",
     "a post in the structure: level 1; the new member's wish to develop it is intent, not change"),
    ("E03", "Interviews with the Chief Executive and the LSCB: the Chief Executive seeks partners' feedback; the City's contribution to the LSCB is well regarded",
     "other", SITE, "1.6", 2, S, "Chief Executive", "4.1.3, 4.1.7, 4.2.2",
     "a senior manager acts and the partners confirm it in interview: level 2"),
    ("E04", "Interviews with Heads of Service and Designated Officers: clear about their roles, with examples of carrying them out",
     "other", SITE, "1.2, 3.2", 2, S, "Director, Community Services", "4.1.5",
     "managers know and act on their roles (interviews): level 2, for the leads' roles (1.2) and knowing the accountability (3.2)"),
    ("E05", "Named safeguarding officer in every service area, meeting the designated officers every six months",
     "procedure", DOCS, "1.2, 1.3", 1, S, "Policy and Partnerships Manager", "4.1.6",
     "a structure of named leads and meetings: level 1"),
    ("E06", "Designated officers group: no formal role, terms of reference or workplan; named leads without clear terms of reference",
     "other", SITE, "1.2", 1, C, "Director, Community Services", "4.1.10, 4.1.11",
     "1.2 asks for the leads' role and support to be defined; the reviewers found them undefined: contradicts, level 1 (a missing structure); answers recommendation 1.2"),
    ("E07", "Interviews: corporate leadership of safeguarding is assumed to rest with the Executive Director, Community Services, but is not explicit nor held to account; the Executive and CMT receive no systematic safeguarding reports",
     "other", SITE, "1.1, 3.1, 3.3, 10.2", 1, C, "Chief Executive", "4.1.8, 4.1.9, 4.1.10",
     "the single executive-level line (1.1, 3.1) and the regular reports to senior managers (3.3, 10.2) are not there in practice: contradicts; level 1, the finding is about structures and reporting routes"),
    ("E08", "Interviews and focus groups: safeguarding systems and procedures across the council are well established and understood",
     "other", SITE, "2.1, 2.3", 2, S, "Policy and Partnerships Manager", "4.1.4",
     "staff and managers know and use the policy and procedures: level 2 evidence that the policy is in place and known (2.1, 2.3)"),
    ("E09", "Lead member interview: only the lead member has had safeguarding training",
     "other", SITE, "5.6", 2, C, "Executive Board Member for Safeguarding", "4.3.9",
     "5.6 asks members to be trained; only one is: contradicts, level 2 (interview); answers recommendation 1.3"),
    ("E10", "Members' engagement in safeguarding leadership not yet developed beyond the lead member",
     "other", SITE, "1.7", 2, P, "Executive Board Member for Safeguarding", "4.1.12, 4.3.9",
     "members understand their role only in part (one member engaged): partly, level 2"),
    ("E11", "Interviews at all levels: only limited quality assurance and evaluation of the impact of safeguarding policies, procedures and activity",
     "other", SITE, "10.1", 2, C, "Director, Community Services", "4.4.8, 5.3",
     "10.1 asks for an audit programme whose findings are reported; interviews at all levels found little: contradicts, level 2; answers recommendation 4.4"),
    ("E12", "Stored referral copies are not reviewed, collated or reported",
     "other", SITE, "7.5, 10.2", 1, C, "Corporate Secretariat Manager", "4.2.14",
     "nothing is done with the referrals recorded (7.5) and they reach no performance report (10.2): contradicts, level 1 (a process that does not run)"),
    ("E13", "Section 11 self-assessment and action plan submitted to the OSCB, confirmed by the OSCB peer review of 1 March 2013",
     "report", PEER, "10.4", 1, S, "Partnership Development Manager", "1.2, 2.3",
     "taking part in the Section 11 process and the peer challenge is a process: level 1, dated by the peer review"),
    ("E14", "Training extended to staff who would not normally receive it (e.g. Direct Services) as a direct result of learning from serious case reviews and serious incidents; good use of OSCB training",
     "training record", SITE, "5.2, 10.3", 2, S, "Head of Human Resources", "4.3.2, 4.3.3",
     "lessons from case reviews changed who is trained (10.3) and training is matched across the workforce (5.2); staff who were not reached now are: level 2"),
    ("E15", "Direct Services collates data to notice patterns of concern, after the self-examination that followed Operation Bullfinch (some service areas)",
     "other", SITE, "10.3", 2, P, "Head of Direct Services", "4.4.7",
     "lessons acted on \"in some service areas\" only: partly, level 2"),
    ("E49", "Managers and staff across the council know the Partnership Development Manager as their first point of contact for safeguarding",
     "other", SITE, "1.3", 2, S, "Partnership Development Manager", "4.1.8",
     "staff know their lead (\"all roads lead to\" her, interviews): level 2; the concentration on one person is recorded against 1.2 and 1.1"),
    # --- 4.2 Partnership working (standards 4, 7, 9) ---
    ("E16", "Membership of the LSCB, Health and Wellbeing Board, Community Safety and Children's Partnership",
     "minutes", DOCS, "1.6, 7.3", 1, S, "Policy and Partnerships Manager", "4.2.1",
     "taking part in partnerships is a structure: level 1"),
    ("E17", "Anti-Social Behaviour and Tenancy Sustainment teams working together to reduce the risk of homelessness; community safety work on domestic violence",
     "other", SITE, "7.3", 3, S, "Head of Housing", "4.2.3, 4.2.17",
     "families' risk of homelessness reduced: an outcome, level 3, as the reviewers judge partnership working (\"clear evidence that it is achieving level 3 in key areas\")"),
    ("E18", "Tackling child sexual exploitation with the police and children's social care: a member of staff in the multi-agency Kingfisher Team, CSE trainers in the LSCB pool",
     "other", SITE, "7.3", 3, S, "Drug and Human Exploitation Coordinator", "4.2.5, 4.2.17, 5.2",
     "multi-agency work changing outcomes for vulnerable young people: level 3 (§5.2 \"measurable impact on outcomes for some vulnerable individuals and groups\"); not level 4, which the reviewers never give"),
    ("E19", "Focus groups: staff aware of issues particular to diverse communities, such as honour-based violence",
     "other", SITE, "9.1, 9.2", 2, S, "Team Manager, Communities and Neighbourhoods", "4.2.4",
     "staff know and act (the reviewers name standard 9): level 2"),
    ("E20", "Safeguarding requirements integrated in contracting and procurement, grants and the management of community centres; Locality Managers monitor compliance",
     "procedure", SITE, "1.5, 3.5, 4.1", 2, S, "Team Manager, Communities and Neighbourhoods", "4.2.7, 4.4.4",
     "managers apply the requirements when services are commissioned (1.5, 4.1) and named managers monitor providers (3.5): level 2"),
    ("E21", "County Children's Services: regular and appropriate referrals from across the City Council",
     "other", SITE, "7.1", 2, S, "Area Manager, County Children's Services", "4.2.8",
     "the partner confirms that staff refer appropriately: level 2 (the thresholds could not be checked against case files, §3.9)"),
    ("E22", "Focus groups: staff know how and when to make a referral, as the written procedures say",
     "other", SITE, "2.3, 7.1", 2, S, "Policy and Partnerships Manager", "4.2.9",
     "staff know the procedures and how to refer: level 2 (7.1, and 2.3: they know the policy's procedures)"),
    ("E23", "Referral copies sent to the Corporate Secretariat Manager (procedure in the policy)",
     "procedure", DOCS, "7.5, 8.3", 1, S, "Corporate Secretariat Manager", "4.2.10",
     "the process exists: level 1 (its adequacy is E25)"),
    ("E24", "Corporate Secretariat Manager as the OSCB's contact for serious case reviews: collates information and writes management reviews",
     "procedure", DOCS, "8.5", 1, S, "Corporate Secretariat Manager", "4.2.11",
     "a role that provides the board's information: level 1"),
    ("E25", "Interviews and focus groups: the referral-copies process is not universally known or complied with",
     "other", SITE, "7.5, 8.3", 2, C, "Corporate Secretariat Manager", "4.2.13",
     "staff do not know or follow the recording of referrals: contradicts, level 2; answers recommendations 2.2, 4.1 and 4.2"),
    ("E26", "Links with the County's early intervention hubs not fully developed; some services unclear of their part in early help",
     "other", SITE, "4.5, 7.4", 2, P, "Policy and Partnerships Manager", "4.2.12",
     "\"not fully developed\", \"some of the City's services\": partly, level 2 (services' understanding); answers recommendation 2.1"),
    ("E27", "Focus groups: staff refer everything to the County and do not initiate or complete common assessments",
     "other", SITE, "7.4", 2, P, "Head of Housing", "4.2.15",
     "partly, not contradicts: the reviewers note it matches the OSCB's and County's current expectations; level 2; answers recommendation 2.3"),
    ("E28", "Support for voluntary sector partners' safeguarding through their umbrella organisations, aimed at key policies being in place",
     "other", SITE, "2.6", 1, P, "Team Manager, Communities and Neighbourhoods", "4.2.16",
     "partners are helped to have policies, not to a consistent standard that is monitored: partly, level 1; answers recommendation 2.4"),
    # --- 4.3 Safe workforce (standards 5, 6, 11) ---
    ("E30", "Safeguarding Children and Vulnerable Adults Policy: recruitment, criminal record checks, disclosure and barring",
     "policy", DOCS, "6.1, 6.2", 1, S, "Head of Human Resources", "4.3.1",
     "the safer recruitment policy: level 1"),
    ("E31", "Interviews with HR: recruitment complies with statutory and good-practice requirements; each post assessed for its CRB/DBS check",
     "other", SITE, "6.1, 6.2, 6.3, 6.4, 6.6", 2, S, "Head of Human Resources", "4.3.1, Appendix 3",
     "managers act on it: level 2; \"statutory and good practice requirements\" covers references (6.3) and safer recruitment panels (6.4), the check assessed per post is the record by post (6.6); 6.5 (agency checks) is not mentioned and stays without evidence"),
    ("E32", "Training level matched to each post",
     "procedure", DOCS, "5.2", 1, S, "Head of Human Resources", "4.3.1",
     "a training needs framework: level 1"),
    ("E33", "Safeguarding integrated into induction, appraisal and supervision in some parts of the council",
     "other", SITE, "3.4, 5.1, 12.3", 2, P, "Head of Human Resources", "4.3.1",
     "\"some parts of the council\": partly, level 2; answers recommendation 3.1"),
    ("E35", "Training records: ICT capacity being extended; take-up across the whole workforce not yet monitored",
     "training record", SITE, "5.3", 1, P, "Head of Human Resources", "4.3.2, 4.3.8",
     "the record is being built (\"will enable\", \"will soon be in a position\"): partly, level 1"),
    ("E36", "No system yet shows the impact of training on practice",
     "other", SITE, "5.5", 1, C, "Head of Human Resources", "4.3.8",
     "5.5 asks for the effect of training to be checked; there is no system: contradicts, level 1; answers recommendation 3.2"),
    ("E37", "Head of Human Resources and Facilities designated to oversee allegations",
     "procedure", DOCS, "11.2", 1, S, "Head of Human Resources", "4.3.4",
     "a named senior manager: level 1"),
    ("E38", "Policy section on allegations against staff and volunteers",
     "policy", DOCS, "11.1", 1, S, "Head of Human Resources", "4.4.3",
     "the procedure exists: level 1 (its link to the OSCB's is E41)"),
    ("E39", "Focus groups: low awareness among staff of when and how to act on a concern about a colleague",
     "other", SITE, "11.3, 11.4", 2, C, "Head of Human Resources", "4.3.6, 4.3.7",
     "staff could not say how to raise a concern about a colleague (11.3) and so whistleblowing is not known (11.4): contradicts, level 2; answers recommendation 3.3"),
    ("E40", "LADO interview: one allegation referred by the City in a year, and one from a commissioned provider of which the City's officer was unaware",
     "other", PHONE, "11.5", 2, C, "Head of Human Resources", "4.3.5",
     "allegations are not all known to and recorded by the City: contradicts, level 2 (interview); answers recommendation 3.3"),
    ("E41", "Policy not explicitly linked to the OSCB's procedures, notably the model policy on allegations against staff",
     "policy", SITE, "2.1, 11.1", 1, P, "Policy and Partnerships Manager", "4.4.9",
     "the policy is consistent with the board's only in part: partly, level 1 (2.1 keeps E08 and E43, which show it fully)"),
    ("E42", "Examples of staff raising and acting on concerns about individuals, and being given feedback",
     "other", SITE, "5.4, 7.1, 7.5", 2, S, "Policy and Partnerships Manager", "4.4.6",
     "staff recognise and respond (5.4), refer (7.1) and receive feedback (7.5): level 2"),
    # --- 4.4 Policies and procedures (standards 2, 8, 12) ---
    ("E43", "Safeguarding Children, Young People and Vulnerable Adult Policy: comprehensive, aligned with the OSCB, regularly reviewed, on the Keeping People Safe intranet page for all staff",
     "policy", DOCS, "2.1, 2.2, 2.3, 3.1", 1, S, "Policy and Partnerships Manager", "4.4.1",
     "the policy, its review and its availability to all staff; roles of the designated officers explicit (3.1): level 1"),
    ("E44", "Works within the OSCB information-sharing policy, signposted on the intranet; model forms for reporting concerns",
     "procedure", DOCS, "8.1", 1, P, "Corporate Secretariat Manager", "4.4.5",
     "shows the protocol adopted and signposted, not that it is understood or its use monitored as 8.1 asks; the reviewers recommend refreshing it: partly, level 1"),
    ("E45", "Several systems record, report and collate low-level concerns without a specification of purpose, content and with whom they are shared",
     "other", SITE, "8.1, 8.4", 1, P, "Corporate Secretariat Manager", "4.4.11, 4.4.13",
     "sharing happens without an agreed specification: partly, level 1 (systems); answers recommendation 4.3"),
    ("E46", "Raising Concerns forms: three forms, different ones per service, stored by the Corporate Secretariat Manager; the process neither understood nor followed systematically",
     "other", SITE, "8.3", 2, C, "Corporate Secretariat Manager", "4.4.10",
     "records of concerns are not made as the policy says: contradicts, level 2 (staff do not understand it); answers recommendation 4.1"),
    ("E47", "Policy refers to aspects of safe working practice and a safe working environment",
     "policy", DOCS, "12.1", 1, P, "Policy and Partnerships Manager", "4.4.2",
     "\"refer to aspects\": a code of conduct only in part, partly, level 1"),
    ("E48", "Leisure Services focus group: staff know of a lone working policy",
     "other", SITE, "12.2", 2, S, "Head of Leisure", "4.4.2",
     "staff know and use it: level 2 (where it is written is unclear, but it is known)"),
]
# Not encoded: §4.2.6 (Positive Futures, Breaking the Cycle) evidences no point fully (it "could
# form part" of early help, which E26-E27 show only in part); §4.4.12 and §4.4.14 are proposals,
# not findings; §3.9 (no case files examined) is an absence of evidence, not an item.


def run_new(s11, audit_dir, org, period, date):
    subprocess.run([s11, "new", audit_dir, "--org", org, "--period", period, "--date", date,
                    "--owner", "Director, Community Services",
                    "--author", "Partnership Development Manager"],
                   check=True, stdout=subprocess.DEVNULL)


def header_columns(ws, header_row):
    return {ws.cell(header_row, c).value: c for c in range(1, ws.max_column + 2)
            if ws.cell(header_row, c).value}


def find_header_row(ws, first):
    for r in range(1, 20):
        if ws.cell(r, 1).value == first:
            return r
    raise SystemExit(f"{ws.title}: no header row starting {first!r}")


def fill_self_assessment(wb, status_of, rating_of, overall):
    ws = wb["Self-assessment"]
    hr = find_header_row(ws, "Standard")
    cols = header_columns(ws, hr)
    for r in range(hr + 1, ws.max_row + 1):
        standard = ws.cell(r, cols["Standard"]).value
        point = ws.cell(r, cols["Point"]).value
        if standard == "Overall":
            ws.cell(r, cols["Agency rating"]).value = overall
        elif point:
            ws.cell(r, cols["Status"]).value = status_of(point)
        elif standard:
            ws.cell(r, cols["Agency rating"]).value = rating_of(standard)


def fill_evidence(wb, items):
    """items: (id, title, type, date, points, level, shows, owner, location, best practice)."""
    ws = wb["Evidence"]
    hr = find_header_row(ws, "Evidence ID")
    cols = header_columns(ws, hr)
    if "Shows" not in cols:  # a template from before the Shows column: add its header
        free = max(cols.values()) + 1
        ws.cell(hr, free).value = "Shows"
        cols["Shows"] = free
    for i, (eid, title, kind, date, points, level, shows, owner, location, best) in \
            enumerate(items):
        r = hr + 1 + i
        ws.cell(r, cols["Evidence ID"]).value = eid
        ws.cell(r, cols["Title"]).value = title
        ws.cell(r, cols["Type"]).value = kind
        ws.cell(r, cols["Date"]).value = date
        ws.cell(r, cols["Date"]).number_format = "dd/mm/yyyy"
        ws.cell(r, cols["Owner"]).value = owner
        ws.cell(r, cols["Location or link"]).value = location
        ws.cell(r, cols["Points supported"]).value = points
        ws.cell(r, cols["Impact level"]).value = level
        ws.cell(r, cols["Best-practice example"]).value = "Yes" if best else "No"
        ws.cell(r, cols["Shows"]).value = shows


def build(s11, out_dir, org, period, date, fill, leads=None):
    """Runs `s11 new` in a scratch directory, lets `fill(workbook)` fill it, and writes
    evidence.xlsx and audit.ini (with a [leads] section when `leads` is given) into out_dir."""
    scratch = tempfile.mkdtemp()
    try:
        audit = os.path.join(scratch, "audit")
        run_new(s11, audit, org, period, date)
        wb = openpyxl.load_workbook(os.path.join(audit, "evidence.xlsx"))
        fill(wb)
        when = datetime.datetime(2020, 1, 1)  # fixed, so a rebuild changes only what it must
        wb.properties.created = wb.properties.modified = when
        wb.save(os.path.join(out_dir, "evidence.xlsx"))
        with open(os.path.join(audit, "audit.ini"), encoding="utf-8") as f:
            ini = f.read()
        if leads:
            ini += "\n[leads]\n" + "".join(f"{k} = {v}\n" for k, v in leads.items())
        with open(os.path.join(out_dir, "audit.ini"), "w", encoding="utf-8", newline="\n") as f:
            f.write(ini)
    finally:
        shutil.rmtree(scratch)


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: make_seed002.py PATH/TO/s11")
    ids = [item[0] for item in ITEMS]
    assert len(ids) == len(set(ids)), "evidence ids must be unique"

    def fill(wb):
        fill_self_assessment(wb, lambda point: "Met", lambda standard: "Green", "Green")
        fill_evidence(wb, [(eid, title, kind, date, points, level, shows, owner,
                            f"Independent review, October 2013, paragraph {paras}", False)
                           for (eid, title, kind, date, points, level, shows, owner, paras, _)
                           in ITEMS])

    # Leads of drafted actions by focus area, as the review's interviewees hold them (roles).
    leads = {"leadership": "Director, Community Services",
             "partnership": "Team Manager, Policy and Partnerships",
             "workforce": "Head of Human Resources",
             "policies": "Corporate Secretariat Manager"}
    build(sys.argv[1], HERE, "Oxford City Council", "2012-13", "2013-10-31", fill, leads)


if __name__ == "__main__":
    main()

"""`lvs-desktop cases` (the caseload as a list) and `lvs-desktop case show REF` (one case in
full), so a command-line user finds the reference that `letter --case` needs.

Neither prints a BSN: a listing is easily kept in a shell history, a file or a mail, and
the BSN is only needed where the law asks for it (a PV, DUO), which the letters produce.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Sequence
from datetime import date

from lvs_desktop.commands import case_edit
from lvs_desktop.commands.common import add_vault_args, dutch_choice_args, open_vault
from lvs_desktop.commands.i18n import _, ngettext
from lvs_desktop.sync.untrusted import printable

# `--status` in Dutch; the old English words are accepted too.
STATUS_WORDS = {"open": "open", "gesloten": "closed", "alle": "all"}

HEADERS = (
    "Kenmerk",
    "Jeugdige",
    "Geboren",
    "School",
    "Soort",
    "Status",
    "Consulent",
    "Geopend",
    "Volgende termijn",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cases = sub.add_parser(
        "cases",
        help=_("list the caseload (reference, youth, school, next deadline)"),
        description=_(
            "List the cases of the vault, newest first; the reference is what "
            "`letter --case` and `case show` take. No BSN is printed."
        ),
    )
    add_vault_args(cases)
    cases.add_argument("--mine", action="store_true", help=_("only the vault owner's cases"))
    cases.add_argument(
        "--status",
        **dutch_choice_args(STATUS_WORDS, "status"),
        default="open",
        help=_("open (default), closed or all cases"),
    )
    cases.add_argument(
        "--overdue", action="store_true", help=_("only open cases with a deadline past today")
    )
    cases.add_argument("--format", choices=("text", "csv"), default="text", help=_("output format"))
    cases.set_defaults(func=run_cases)

    case = sub.add_parser(
        "case",
        help=_("one case: open it by hand, add its parents, show it in full"),
        description=_("Commands on one case, named by its reference (e.g. 2026-JV-0001)."),
    )
    case_sub = case.add_subparsers(dest="case_command", metavar=_("COMMAND"), required=True)
    show = case_sub.add_parser(
        "show",
        help=_(
            "the case in full: header, people, reports, contacts, tasks, route, "
            "exemptions, enforcement, letters"
        ),
        description=_("Print one case in full. No BSN is printed."),
    )
    show.add_argument("reference", metavar=_("REF"), help=_("case reference, e.g. 2026-JV-0001"))
    add_vault_args(show)
    show.set_defaults(func=run_show)
    case_edit.register(case_sub)


def _d(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def run_cases(args: argparse.Namespace) -> int:
    from lvs_desktop.services.audit_log import record_read
    from lvs_desktop.services.caseload import CaseloadFilter, list_cases
    from lvs_desktop.services.queries import all_labels

    today = date.today()
    with open_vault(args) as vault:
        flt = CaseloadFilter(
            open_only=args.status == "open" or args.overdue,
            consultant_id=vault.owner_id if args.mine else None,
        )
        rows = list_cases(vault, flt)
        lab = all_labels(vault)
        if args.status == "closed":
            rows = [r for r in rows if r.closed_on is not None]
        if args.overdue:
            rows = [r for r in rows if r.overdue(today)]
        record_read(vault, "cases", "caseload", count=len(rows))  # a read, audited
    table = [
        (
            r.reference,
            r.youth_name,
            _d(r.birth_date),
            r.school or "",
            lab["case_kind"].get(r.kind, r.kind),
            "gesloten " + _d(r.closed_on)
            if r.closed_on
            else lab["case_status"].get(r.status, r.status),
            r.consultant,
            _d(r.opened_on),
            f"{_d(r.next_due)} {r.next_due_label or ''}".strip()
            + (" (over tijd)" if r.overdue(today) else ""),
        )
        for r in rows
    ]
    if args.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADERS)
        writer.writerows(table)
        sys.stdout.write(out.getvalue())
        return 0
    if not table:
        print("Geen dossiers die aan de keuze voldoen.")
        return 0
    _print_table(HEADERS, table)
    n = len(table)
    print("\n" + ngettext("{n} case.", "{n} cases.", n).format(n=n))
    return 0


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    shown = [[printable(x) for x in line] for line in (headers, *rows)]  # one line per row
    widths = [max(len(x) for x in col) for col in zip(*shown, strict=False)]
    for line in shown:
        print("  ".join(x.ljust(w) for x, w in zip(line, widths, strict=True)).rstrip())


def run_show(args: argparse.Namespace) -> int:
    from lvs_desktop.services.case_detail import case_detail
    from lvs_desktop.services.caseload import reference_labels
    from lvs_desktop.services.cases import record_view
    from lvs_desktop.services.letters import case_id_for_reference

    with open_vault(args) as vault:
        case_id = case_id_for_reference(vault, args.reference)
        d = case_detail(vault, case_id, date.today())
        record_view(vault, case_id)  # reading a case is audited, as in the window
        relations = reference_labels(vault, "guardian_relation")
    h = d.header
    print(f"Dossier {h.reference} — {printable(h.youth_name)}")
    print(f"  Geboren {_d(h.birth_date)} ({h.age} jaar) · {h.duty_label}")
    print(
        f"  School: {printable(h.school or 'onbekend')}"
        + (f" · {printable(h.municipality)}" if h.municipality else "")
    )
    print(f"  {h.kind_label} · {h.status_label} · geopend {_d(h.opened_on)}", end="")
    print(f" · gesloten {_d(h.closed_on)}" if h.closed_on else "")
    print(
        f"  Consulent: {printable(h.consultant)}"
        + (f" · MAS-route: {h.route_label}" if h.route_label else "")
    )
    for dl in h.deadlines:
        print(f"  Termijn {_d(dl.due)}: {dl.label}" + (" (over tijd)" if dl.overdue else ""))
    _section(
        "Personen",
        [
            (
                "Jeugdige" if p.role == "youth" else relations.get(p.role, p.role),
                p.name,
                "" if p.has_authority is None else ("gezag" if p.has_authority else "geen gezag"),
                p.address,
                p.phone,
            )
            for p in d.people
        ],
    )
    _section(
        "Meldingen",
        [
            (_d(r.received_on), r.type_label, f"{r.hours_absent:g} uur", r.school or "")
            for r in d.reports
        ],
    )
    _section(
        "Contacten",
        [
            (c.occurred_at.strftime("%d-%m-%Y %H:%M"), c.kind_label, c.mode_label, c.summary)
            for c in d.contacts
        ],
    )
    _section(
        "Taken",
        [
            (
                f"{n}.",
                _d(t.due_on),
                t.description,
                f"{(t.status_label or 'afgerond').lower()} {_d(t.done_on)}"
                if t.done_on
                else "open",
            )
            for n, t in enumerate(d.tasks, start=1)
        ],
    )
    _section("MAS-route", [(_d(r.decided_on), r.route_label, r.rationale) for r in d.routes])
    _section(
        "Vrijstellingen",
        [(_d(e.received_on), e.article_label, e.outcome_label) for e in d.exemptions],
    )
    _section(
        "Handhaving",
        [(_d(e.dated_on), e.kind_label, e.subject or "", e.outcome_label) for e in d.enforcements],
    )
    _section(
        "Brieven",
        [(_d(x.sent_on), x.kind_label, x.recipient_name) for x in d.letters],
    )
    return 0


def _section(title: str, rows: Sequence[Sequence[str]]) -> None:
    print(f"\n{title} ({len(rows)})")
    if not rows:
        print("  —")
        return
    shown = [[printable(x) for x in row] for row in rows]  # names and notes: one line each
    widths = [max(len(x) for x in col) for col in zip(*shown, strict=True)]
    for row in shown:
        cells = [x.ljust(w) for x, w in zip(row, widths, strict=True)]
        print("  " + "  ".join(cells).rstrip())

"""`lvs-desktop report --year 2021-2022 [--municipality NAME] --format text|csv|pdf
[--document OUT.pdf]`, and `report-text` for the texts of the jaarverslag."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError

FORMATS = ("text", "csv", "pdf")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser(
        "report",
        help=_("annual figures per school year (jaarcijfers)"),
        description=_(
            "The annual figures of a school year beside the two years before it, "
            "for the region or one municipality."
        ),
    )
    add_vault_args(report)
    report.add_argument("--year", required=True, help=_("school year, e.g. 2021-2022"))
    report.add_argument(
        "--municipality", default=None, help=_("one municipality (default: region)")
    )
    report.add_argument("--format", choices=FORMATS, default="text", help=_("output format"))
    report.add_argument("--out", type=Path, default=None, help=_("write to this file"))
    report.add_argument(
        "--publish",
        action="store_true",
        help=_("for outside the team: small counts shown as '< 5', no caseload tables"),
    )
    report.add_argument(
        "--document",
        type=Path,
        default=None,
        metavar=_("FILE.pdf"),
        help=_("also write the annual report as a document (chapters and texts) to this PDF"),
    )
    report.set_defaults(func=run_report)
    texts = sub.add_parser(
        "report-text",
        help=_("show or edit the annual report's text above a table"),
        description=_(
            "Show the text above each table of the annual report, or store the team lead's "
            "own text for one table (an empty text goes back to the generated one)."
        ),
    )
    add_vault_args(texts)
    texts.add_argument("--year", required=True, help=_("school year, e.g. 2021-2022"))
    texts.add_argument("--municipality", default=None, help=_("one municipality (default: region)"))
    texts.add_argument("--table", default=None, metavar=_("KEY"), help=_("the table to edit"))
    texts.add_argument("--text", default=None, metavar=_("TEXT"), help=_("the new text"))
    texts.set_defaults(func=run_texts)
    rebuild = sub.add_parser(
        "report-rebuild",
        help=_("recompute the annual report's contact facts from the contacts"),
        description=_(
            "Recompute the per-case contact facts the annual report reads (a safety tool: "
            "they are kept up to date on every change)."
        ),
    )
    add_vault_args(rebuild)
    rebuild.set_defaults(func=run_rebuild)


def run_rebuild(args: argparse.Namespace) -> int:
    from lvs_desktop.services.reports import rebuild_case_facts

    with open_vault(args) as vault:
        summary = rebuild_case_facts(vault)
    print(summary.message)
    return 0


def run_texts(args: argparse.Namespace) -> int:
    from lvs_desktop.services.report_document import save_text, table_texts
    from lvs_desktop.services.reports import annual_report, parse_year

    parse_year(args.year)
    if args.text is not None and args.table is None:
        raise UserError("Geef met --table aan bij welke tabel de tekst hoort.")
    with open_vault(args) as vault:
        report = annual_report(vault, args.year, args.municipality)
        if args.text is not None:
            print(save_text(vault, report, args.table, args.text).message)
            return 0
        shown = table_texts(vault, report)
    if args.table is not None:
        shown = [t for t in shown if t.key == args.table]
        if not shown:
            raise UserError(f"Tabel '{args.table}' bestaat niet.")
    for t in shown:
        mark = "eigen tekst" if t.edited else "gegenereerd"
        print(f"[{t.key}] {t.title} ({mark})\n{t.text}\n")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from lvs_desktop.services.audit_log import record_read
    from lvs_desktop.services.reports import annual_report, parse_year, render

    parse_year(args.year)  # a wrong year is reported before the passphrase is asked
    if args.format == "pdf" and args.out is None:
        raise UserError("Een pdf gaat naar een bestand: geef --out BESTAND.pdf op.")
    from lvs_desktop.services.report_document import document_pdf

    with open_vault(args) as vault:
        report = annual_report(vault, args.year, args.municipality, publish=args.publish)
        record_read(vault, f"report {report.year}", "annual_report")  # a read, audited
        document = document_pdf(vault, report) if args.document is not None else None
    if args.document is not None and document is not None:
        try:
            args.document.write_bytes(document)
        except OSError as exc:
            raise UserError(f"Kan {args.document} niet schrijven: {exc.strerror}.") from exc
        print(f"Jaarverslag {report.year} ({report.area}) geschreven naar {args.document}")
        if args.out is None and args.format == "text":
            return 0
    data = render(report, args.format)
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    try:
        args.out.write_bytes(data)
    except OSError as exc:
        raise UserError(f"Kan {args.out} niet schrijven: {exc.strerror}.") from exc
    print(f"Jaarcijfers {report.year} ({report.area}) geschreven naar {args.out}")
    return 0

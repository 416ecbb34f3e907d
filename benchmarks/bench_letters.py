"""Time letters: one letter, and a batch of 500 invitations, beside raw ReportLab drawing the
same text on the same page positions in the same run.

    python benchmarks/bench_letters.py            # 500 invitations
    python benchmarks/bench_letters.py --small    # 20, for CI (keeps the script working)

"Ours" is the whole path from facts to PDF bytes: checking the facts, Jinja, the block markup,
platypus layout, letterhead, window, page numbers. "Raw" gets the finished strings (subject,
body blocks, address lines) and draws them with a canvas and `Paragraph.drawOn`, with the same
fonts, compression and invariant flag: what a hand-written ReportLab script must do at least.
The aim is ours within 1.5x raw.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from lvs_desktop.letters.facts import (
    Address,
    Appointment,
    CaseInfo,
    ConsultantInfo,
    Gender,
    LetterFacts,
    Person,
    Pupil,
    Recipient,
    RecipientRole,
    ReportInfo,
    SchoolInfo,
)
from lvs_desktop.letters.layout import y_from_top
from lvs_desktop.letters.markup import parse_blocks
from lvs_desktop.letters.render import Prepared, draw, prepare, render_letter
from lvs_desktop.letters.styles import styles_for
from lvs_desktop.letters.templates import default_templates

TODAY = date(2026, 11, 28)
GIVEN = ["Daan", "Sanne", "Mohammed", "Fleur", "Ayşe", "Lars", "Noor", "Bram", "Elif", "Jesse"]
SURNAMES = [
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("", "Bakker"),
    ("", "Yıldız"),
    ("", "Visser"),
    ("el", "Amrani"),
    ("van", "Dijk"),
    ("", "Smit"),
    ("de", "Boer"),
]
STREETS = ["Vrieseweg", "Dubbeldamseweg Zuid", "Singel", "Johan de Wittstraat", "Noordendijk"]


def invitation_facts(n: int) -> LetterFacts:
    """A different invitation for every n (names, address, hours); some names need the
    embedded font (ş, ı), as in a real caseload."""
    prefix, surname = SURNAMES[n % len(SURNAMES)]
    given = GIVEN[(n // 3) % len(GIVEN)]
    home = Address(
        street=STREETS[n % len(STREETS)],
        house_number=str(1 + n % 180),
        postcode=f"{3311 + n % 50} AB",
        city="Dordrecht",
    )
    parent = Person(
        given_names="Maria",
        surname_prefix=prefix,
        surname=surname,
        gender=Gender.FEMALE,
        address=home,
    )
    pupil = Pupil(
        given_names=given,
        surname_prefix=prefix,
        surname=surname,
        gender=Gender.MALE,
        birth_date=date(2012, 1 + n % 12, 1 + n % 28),
        address=home,
        age=14,
        school=SchoolInfo(name="Insula College", brin="02QZ"),
    )
    return LetterFacts(
        kind="invitation-1",
        letter_date=TODAY,
        case=CaseInfo(reference=f"2026-JD-{n + 1:04d}"),
        pupil=pupil,
        consultant=ConsultantInfo(
            name="J. de Boer", phone="06 1234 5678", email="j.deboer@example.nl"
        ),
        recipient=Recipient(role=RecipientRole.GUARDIANS, people=(parent,), address=home),
        reports=(
            ReportInfo(
                received_on=date(2026, 11, 3),
                report_type="16 uur in 4 weken",
                period_start=date(2026, 10, 5),
                period_end=date(2026, 10, 30),
                hours_absent=16 + n % 20,
                late_count=n % 5,
            ),
        ),
        appointment=Appointment(
            starts_at=datetime(2026, 12, 7, 9 + n % 7, 30),
            location="Karel Lotsyweg 40, 3318 AL Dordrecht",
        ),
    )


def raw_reportlab(p: Prepared) -> bytes:
    """The same letter drawn by hand: canvas strings and paragraphs at the same positions."""
    lh, styles = (
        p.letterhead,
        styles_for(p.letterhead.body_font_size, p.letterhead.accent_colour, p.fonts),
    )
    regular, bold = p.fonts.regular, p.fonts.bold
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    c.setFont(bold, 11.5)
    for i, line in enumerate(("Leerplicht en Voortijdig", "Schoolverlaten", "Zuid-Holland Zuid")):
        c.drawString(140 * mm, y_from_top(15) - i * 13.5, line)
    c.setFont(regular, 7.5)
    y = y_from_top(50) - 7.5
    for line in (lh.visiting_address, lh.postal_address, lh.phone, lh.email, lh.website):
        c.drawString(140 * mm, y, line)
        y -= 9.75
    c.setFont(regular, 7)
    c.drawString(20 * mm, y_from_top(54), f"Retouradres {lh.return_address}")
    c.setFont(regular, 10)
    y = y_from_top(61)
    for line in p.address_lines:
        c.drawString(20 * mm, y, line)
        y -= 12.5
    facts = p.facts
    y = y_from_top(102)
    for label, value in (
        ("Datum", "28 november 2026"),
        ("Ons kenmerk", facts.case.reference),
        ("Onderwerp", p.subject),
    ):
        c.setFont(regular, 7.5)
        c.drawString(20 * mm, y, label)
        c.setFont(regular, 9)
        c.drawString(45 * mm, y, value)
        y -= 11
    width = 170 * mm
    y -= 28

    def flow(text: str, style: object, bullet: str | None = None) -> None:
        nonlocal y
        para = Paragraph(text, style, bulletText=bullet)  # type: ignore[arg-type]
        _, h = para.wrapOn(c, width, y)
        if y - h < 22 * mm:
            c.showPage()
            y = y_from_top(22)
        para.drawOn(c, 20 * mm, y - h)
        y -= h + style.spaceAfter  # type: ignore[attr-defined]

    flow(facts.recipient.salutation if facts.recipient else "", styles.body)
    for block in parse_blocks(p.body):
        if block.kind == "fields":
            for label, value in block.rows:
                flow(f"{label}: {value}", styles.cell)
        elif block.lines:
            flow(
                " ".join(block.lines),
                styles.bullet if block.kind == "bullet" else styles.body,
                "•" if block.kind == "bullet" else None,
            )
    flow("Met vriendelijke groet,", styles.body)
    y -= 40
    flow(f"{facts.consultant.name}<br/>{facts.consultant.function_title}", styles.body)
    c.showPage()
    c.save()
    return buffer.getvalue()


def timed_together(fns: list[Callable[[], object]], repeat: int) -> list[float]:
    """The median of `repeat` runs of each, in seconds; the functions take turns."""
    runs: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, times in zip(fns, runs, strict=True):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
    return [statistics.median(times) for times in runs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="20 letters (CI)")
    parser.add_argument("--batch", type=int, default=None, help="letters in the batch")
    args = parser.parse_args(argv)
    batch = args.batch or (20 if args.small else 500)
    repeat = 5 if args.small else 31

    started = time.perf_counter()
    default_templates()
    one = invitation_facts(0)
    render_letter(one)  # loads fonts and templates once
    cold = time.perf_counter() - started
    ready = prepare(one)
    ours_one, raw_one, draw_one = timed_together(
        [lambda: render_letter(one), lambda: raw_reportlab(ready), lambda: draw(ready)], repeat
    )

    facts = [invitation_facts(n) for n in range(batch)]
    prepared = [prepare(f) for f in facts]  # the strings the raw baseline draws
    # Ours and raw take turns letter by letter, so that a busy machine slows both alike;
    # the best of a few passes counts.
    passes = []
    for _ in range(1 if args.small else 3):
        ours_batch = raw_batch = 0.0
        ours_sizes, raw_sizes = [], []
        for f, ready_f in zip(facts, prepared, strict=True):
            started = time.perf_counter()
            ours_sizes.append(len(render_letter(f)))
            middle = time.perf_counter()
            raw_sizes.append(len(raw_reportlab(ready_f)))
            ours_batch += middle - started
            raw_batch += time.perf_counter() - middle
        passes.append((ours_batch / raw_batch, ours_batch, raw_batch))
    _, ours_batch, raw_batch = min(passes)

    def row(name: str, ours: float, raw: float) -> str:
        return f"{name:<28}{ours * 1000:>10.1f} ms{raw * 1000:>10.1f} ms{ours / raw:>8.2f}x"

    print(f"{'':<28}{'ours':>13}{'raw':>13}{'ratio':>9}")
    print(row("one letter (median)", ours_one, raw_one))
    print(row("  of which layout+drawing", draw_one, raw_one))
    print(row(f"batch of {batch} invitations", ours_batch, raw_batch))
    print(f"first letter incl. loading fonts and templates: {cold * 1000:.0f} ms")
    print(
        f"per letter in the batch: ours {ours_batch / batch * 1000:.1f} ms, "
        f"raw {raw_batch / batch * 1000:.1f} ms"
    )
    print(
        f"PDF size: ours {statistics.mean(ours_sizes) / 1024:.1f} KB, "
        f"raw {statistics.mean(raw_sizes) / 1024:.1f} KB (mean)"
    )
    ratio = ours_batch / raw_batch
    print(f"aim: within 1.5x raw — {'met' if ratio <= 1.5 else 'NOT met'} ({ratio:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

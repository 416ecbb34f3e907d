"""Render a letter kind with its facts into PDF bytes (A4, Dutch business layout).

First every fact the kind needs is checked and all missing ones are raised together in one
`LetterError`; nothing is drawn then. The PDF is built in memory (never a temp file) with the
invariant flag, so the same facts give the same bytes (and the same sha256).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from lvs_desktop.letters.dutch import dutch_date
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.letters.facts import LetterFacts
from lvs_desktop.letters.layout import (
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    REFERENCE_TOP_MM,
    NumberedCanvas,
    PagePlan,
    ReferenceBlock,
    fit_address,
    reference_block,
)
from lvs_desktop.letters.letterhead import DEFAULT_LETTERHEAD, Letterhead
from lvs_desktop.letters.markup import body_flowables
from lvs_desktop.letters.pv import qualify
from lvs_desktop.letters.requirements import missing_facts
from lvs_desktop.letters.styles import FontSet, Styles, font_set_for, styles_for
from lvs_desktop.letters.templates import Layout, LetterTemplate, default_templates

FRAME_WIDTH = PAGE_WIDTH - (MARGIN_LEFT_MM + MARGIN_RIGHT_MM) * mm
BOTTOM_MARGIN = 22 * mm
FORM_BODY_TOP_MM = 16.0
_TAGS = re.compile(r"<[^>]+>")
LATER_BODY_TOP_MM = 22.0


@dataclass(frozen=True)
class Prepared:
    """A letter checked and ready to draw: its template, text and address lines."""

    template: LetterTemplate
    facts: LetterFacts
    letterhead: Letterhead
    final: bool
    subject: str
    body: str
    address_lines: tuple[str, ...]
    fonts: FontSet


def prepare(
    facts: LetterFacts,
    *,
    letterhead: Letterhead = DEFAULT_LETTERHEAD,
    templates: Mapping[str, LetterTemplate] | None = None,
    finalise: bool = False,
) -> Prepared:
    """Check every needed fact and render the text; raises `LetterError` listing all gaps."""
    templates = templates if templates is not None else default_templates()
    template = templates.get(facts.kind)
    if template is None:
        raise LetterError([f"een bekende briefsoort ('{facts.kind}' bestaat niet)"])
    if template.uses("pv") and facts.pv is not None and facts.pv.qualification is None:
        facts = qualify(facts)
    final = finalise or facts.finalised
    if final and not template.finalisable:
        raise LetterError(["een briefsoort die kan worden afgesloten"], kind=template.title)
    names = template.requires + (template.requires_final if final else ())
    missing = missing_facts(facts, names)
    address_lines: tuple[str, ...] = ()
    if template.layout is Layout.LETTER and facts.recipient is not None:
        fitted = fit_address(facts.recipient.address_lines, letterhead)
        if fitted is None:
            missing.append("een adres dat in het venster past (hoogstens 6 regels)")
        else:
            address_lines = fitted
    if missing:
        raise LetterError(missing, kind=template.title)
    ctx = template.context(facts, letterhead)
    subject = template.render_subject(ctx)
    body = template.render_body(ctx)
    c = facts.consultant
    fonts = font_set_for(
        subject,
        body,
        template.title,
        template.closing,
        *address_lines,
        *(facts.recipient.address_lines if facts.recipient else ()),
        c.name,
        c.function_title,
        c.phone,
        c.email,
        facts.case.reference,
        *(str(v) for v in letterhead.model_dump(exclude={"logo_png", "window"}).values()),
    )
    return Prepared(
        template=template,
        facts=facts,
        letterhead=letterhead,
        final=final,
        subject=subject,
        body=body,
        address_lines=address_lines,
        fonts=fonts,
    )


def render_letter(
    facts: LetterFacts,
    *,
    letterhead: Letterhead = DEFAULT_LETTERHEAD,
    templates: Mapping[str, LetterTemplate] | None = None,
    finalise: bool = False,
) -> bytes:
    """The PDF bytes of one letter (or PV/Halt draft). Raises `LetterError` before drawing."""
    return draw(prepare(facts, letterhead=letterhead, templates=templates, finalise=finalise))


def draw(p: Prepared) -> bytes:
    """Lay out a prepared letter and return the PDF bytes."""
    template, facts, lh = p.template, p.facts, p.letterhead
    styles = styles_for(lh.body_font_size, lh.accent_colour, p.fonts)
    is_letter = template.layout is Layout.LETTER
    draft = template.draft and not p.final
    reference = (
        facts.pv.number if (facts.pv and template.layout is Layout.PV) else facts.case.reference
    )
    running = (
        f"Ons kenmerk {facts.case.reference}  ·  {dutch_date(facts.letter_date)}"
        if is_letter
        else f"{template.title}  ·  {reference}"
    )
    ref_block = _reference_block(p) if is_letter else None
    first_top = FORM_BODY_TOP_MM
    if ref_block is not None:  # the body starts 10 mm below the reference block
        first_top = REFERENCE_TOP_MM + ref_block.height / mm + 10
    plan = PagePlan(
        letterhead=lh,
        running_title=running,
        address_lines=p.address_lines,
        window=is_letter,
        draft=draft,
        fonts=p.fonts,
        reference=ref_block,
    )
    left = MARGIN_LEFT_MM * mm
    first = Frame(
        left,
        BOTTOM_MARGIN,
        FRAME_WIDTH,
        PAGE_HEIGHT - first_top * mm - BOTTOM_MARGIN,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        left,
        BOTTOM_MARGIN,
        FRAME_WIDTH,
        PAGE_HEIGHT - LATER_BODY_TOP_MM * mm - BOTTOM_MARGIN,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        invariant=1,
        pageCompression=1,
        title=f"{template.title} {reference}",
        author=lh.organisation,
        creator="LVS Desktop",
        producer="LVS Desktop",
        subject="",
        lang="nl-NL",
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first], onPage=plan.first_page),
            PageTemplate(id="later", frames=[later], onPage=plan.later_page),
        ]
    )
    story: list[Flowable] = [NextPageTemplate("later")]
    if is_letter:
        story += _letter_story(p, styles)
    else:
        story += _form_story(p, styles, reference)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def _reference_block(p: Prepared) -> ReferenceBlock:
    facts, lh = p.facts, p.letterhead
    consultant = facts.consultant
    attachments = ", ".join(p.template.attachments + facts.attachments) or "geen"
    subject = html.unescape(_TAGS.sub("", p.subject))
    return reference_block(
        (
            ("Datum", dutch_date(facts.letter_date)),
            ("Ons kenmerk", facts.case.reference),
            ("Bijlage(n)", attachments),
        ),
        (
            ("Behandeld door", consultant.name),
            ("Telefoon", consultant.phone or lh.phone),
            ("E-mail", consultant.email or lh.email),
        ),
        subject,
        p.fonts,
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _signature(p: Prepared, styles: Styles) -> list[Flowable]:
    lh, consultant = p.letterhead, p.facts.consultant
    name = lh.signatory_name or consultant.name
    function = lh.signatory_function or consultant.function_title
    function = function[:1].upper() + function[1:]
    parts: list[Flowable] = [Paragraph(_escape(p.template.closing), styles.body)]
    decision = p.facts.decision
    if p.template.signature == "decision" and decision is not None and decision.decided_by:
        # "de leerplichtambtenaar van de gemeente Dordrecht," or, for a college,
        # "het college van burgemeester en wethouders van Dordrecht, namens dezen,".
        body = decision.decided_by.strip()
        body = body[:1].upper() + body[1:]
        line = (
            f"{body},<br/>namens dezen," if body.lower().startswith("het college") else f"{body},"
        )
        parts.append(Paragraph(_escape(line).replace("&lt;br/&gt;", "<br/>"), styles.body))
    elif lh.on_behalf_of:
        parts.append(Paragraph(f"namens {_escape(lh.on_behalf_of)},", styles.body))
    parts += [
        Spacer(1, 14 * mm),
        Paragraph(_escape(name), styles.body.clone("sig", spaceAfter=0)),
        Paragraph(_escape(function), styles.body),
    ]
    return parts


def _letter_story(p: Prepared, styles: Styles) -> list[Flowable]:
    recipient = p.facts.recipient
    salutation = recipient.salutation if recipient else "Geachte heer, mevrouw,"
    story: list[Flowable] = [Paragraph(_escape(salutation), styles.body)]
    body = body_flowables(p.body, styles, FRAME_WIDTH)
    if p.template.signature != "none" and p.template.closing:
        # The last paragraph goes with the closing, so a signature never stands alone.
        tail = [body.pop()] if body and isinstance(body[-1], Paragraph) else []
        story += body
        story.append(KeepTogether(tail + _signature(p, styles)))
    else:
        story += body
    return story


def _form_story(p: Prepared, styles: Styles, reference: str) -> list[Flowable]:
    lh = p.letterhead
    case_reference = _escape(p.facts.case.reference)
    numbers = f"Ons kenmerk: {case_reference}"
    if reference != p.facts.case.reference:  # a PV has its own number
        numbers = f"Nummer: <b>{_escape(reference)}</b><br/>{numbers}"
    organisation = f"<b>{_escape(lh.organisation)}</b><br/>{_escape(lh.department)}"
    head = Table(
        [
            [
                Paragraph(organisation, styles.value),
                Paragraph(numbers, styles.value.clone("right", alignment=2)),
            ]
        ],
        colWidths=[FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38],
    )
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, lh.accent_colour),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story: list[Flowable] = [head, Spacer(1, 7 * mm), Paragraph(p.subject, styles.title)]
    story += body_flowables(p.body, styles, FRAME_WIDTH, label_width_min=52 * mm)
    return story

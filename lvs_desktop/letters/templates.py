"""Letter templates as data: one TOML file per kind in `resources/letters/`, rendered by Jinja2.

A template file holds its front matter (kind, title, layout, who may receive it, which facts it
needs) and Jinja text for the subject and the body. Jinja runs in a sandbox bounded in size,
time and growth (`bounded.py`), with `StrictUndefined` and autoescaping (values cannot inject
markup). Loading checks every
placeholder: each name against the context (`LetterFacts` + `letterhead`) and each attribute
chain (`pupil.school.name`) against the fact classes, so a typo fails at load with the template
and the unknown name, not on a consultant's desk. A region may override a kind with its own
TOML text from the vault's settings.
"""

from __future__ import annotations

import re
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import StrictUndefined, meta
from markupsafe import Markup, escape

from lvs_desktop.letters import dutch
from lvs_desktop.letters.bounded import (
    MAX_SOURCE_CHARS,
    BoundedEnvironment,
    TemplateTooCostly,
    compile_bounded,
    render_bounded,
)
from lvs_desktop.letters.errors import TemplateError
from lvs_desktop.letters.facts import LetterFacts
from lvs_desktop.letters.letterhead import Letterhead
from lvs_desktop.letters.placeholders import check_attributes
from lvs_desktop.letters.requirements import REQUIREMENTS
from lvs_desktop.resource_files import resource_path

RESOURCES_DIR = resource_path("letters")
TEMPLATES_DIR = RESOURCES_DIR / "templates"

# The names a template may use, with their types (for the attribute check).
CONTEXT_TYPES: dict[str, Any] = dict(typing.get_type_hints(LetterFacts))
CONTEXT_TYPES["letterhead"] = Letterhead
CONTEXT_NAMES = frozenset(CONTEXT_TYPES)


class Layout(StrEnum):
    """How the page is built: a letter in a window envelope, a PV, or a form (Halt)."""

    LETTER = "letter"
    PV = "pv"
    FORM = "form"


RECIPIENT_KINDS = frozenset({"guardian", "pupil", "youth", "organisation"})
# `addressed_to`: a window letter to an organisation: the pupil's school, or the region's
# partner of that kind (Regio > Partners)
ORGANISATIONS = frozenset({"school", "om", "rvdk", "svb", "samenwerkingsverband", "halt"})
_SIGNATURES = frozenset({"consultant", "decision", "none"})
_FRONT_MATTER = {
    "kind": str,
    "title": str,
    "description": str,
    "layout": str,
    "recipients": list,
    "to_suspect": bool,
    "addressed_to": str,
    "requires": list,
    "requires_final": list,
    "draft": bool,
    "finalisable": bool,
    "attachments": list,
    "closing": str,
    "signature": str,
    "subject": str,
    "body": str,
}
_REQUIRED_KEYS = ("kind", "title", "layout", "subject", "body")


def _finalize(value: Any) -> Any:
    """How a value prints: dates in Dutch, numbers with a comma, line breaks kept, None visible."""
    if value is None:
        return "—"
    if isinstance(value, Markup):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return dutch.dutch_datetime(value)
    if isinstance(value, date):
        return dutch.dutch_date(value)
    if isinstance(value, float):
        return dutch.dutch_number(value)
    text = str(value)
    if _PHONE.match(text):  # a phone number is not broken over two lines
        text = text.replace(" ", "\u00a0")
    if "\n" in text:
        return Markup("<br/>").join(_guard(line) for line in text.splitlines())
    return _guard(text)


_BLOCK_MARKERS = frozenset("#-:|>")
_PHONE = re.compile(r"^\+?[\d()][\d\s()-]{5,}\d$")


def _guard(text: str) -> Markup:
    """Escape a value; a leading block marker becomes a character reference, so that text from
    the vault at the start of a line cannot turn into a heading, bullet or table."""
    if text[:1] in _BLOCK_MARKERS:
        return Markup(f"&#{ord(text[0])};") + escape(text[1:])
    return escape(text)


def _bullets(value: str) -> Markup:
    """Free text with one item per line as "- " lines of the body markup (each line escaped)."""
    items = [line.strip(" -•\t") for line in str(value).splitlines()]
    return Markup("\n").join(Markup("- ") + escape(i) for i in items if i)


def _lower_first(value: str) -> str:
    """Consulent → consulent inside a sentence; an abbreviation (BOA-…) stays as it is."""
    text = str(value)
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _environment() -> BoundedEnvironment:
    env = BoundedEnvironment(
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    env.filters.update(
        datum=dutch.dutch_date,
        dag_datum=dutch.dutch_weekday_date,
        datum_tijd=dutch.dutch_datetime,
        tijd=dutch.dutch_time,
        kort=dutch.numeric_date,
        uren=dutch.hours_text,
        getal=dutch.dutch_number,
        periode=dutch.period_text,
        opsomming=_bullets,
        hoofdletter=lambda s: str(s)[:1].upper() + str(s)[1:],
        kleine_letter=_lower_first,
    )
    env.bound_filters()  # none folded at compile time; growth checked (bounded.py)
    return env


ENV = _environment()


@dataclass(frozen=True)
class LetterTemplate:
    """One loaded, checked and compiled letter kind."""

    kind: str
    title: str
    description: str
    layout: Layout
    recipients: tuple[str, ...]  # in order: the first is the main audience
    to_suspect: bool  # a summons goes to the suspect (a parent, or the pupil himself)
    requires: tuple[str, ...]
    requires_final: tuple[str, ...]
    draft: bool
    finalisable: bool
    attachments: tuple[str, ...]
    closing: str
    signature: str
    subject_source: str
    body_source: str
    subject_template: jinja2.Template
    body_template: jinja2.Template
    names: frozenset[str]  # the context names the template uses
    addressed_to: str = ""  # one of ORGANISATIONS, for a window letter to an organisation

    @property
    def primary_recipient(self) -> str:
        return self.recipients[0]

    def uses(self, name: str) -> bool:
        """Whether the template refers to the context name `name` (e.g. "pv")."""
        return name in self.names

    def context(self, facts: LetterFacts, letterhead: Letterhead) -> dict[str, Any]:
        ctx = dict(facts.__dict__)
        ctx["letterhead"] = letterhead
        return ctx

    def render_subject(self, ctx: Mapping[str, Any]) -> str:
        """The subject line (ReportLab paragraph markup, values escaped)."""
        return " ".join(self._render(self.subject_template, ctx).split())

    def render_body(self, ctx: Mapping[str, Any]) -> str:
        """The body in the block markup of `markup.py` (values escaped)."""
        return self._render(self.body_template, ctx)

    def _render(self, template: jinja2.Template, ctx: Mapping[str, Any]) -> str:
        """Within the bounds of `bounded.py`: time, loop steps, value and output size."""
        try:
            return render_bounded(template, ctx)
        except TemplateTooCostly as exc:
            raise TemplateError(self.kind, exc.reason) from None


_BLOCK_TAG = re.compile(r"{%.*?%}")


def _check_line_ends(name: str, part: str, source: str) -> None:
    """A block tag closing a line of text makes Jinja (trim_blocks) glue the next line to it:
    "artikel 2{% endif %}" + newline + "Leerplichtwet" → "artikel 2Leerplichtwet"."""
    lines = source.splitlines()
    for number, (line, following) in enumerate(zip(lines, [*lines[1:], ""], strict=True), 1):
        text = line.rstrip()
        glues = following.strip() and not following.lstrip().startswith("{%")
        if glues and text.endswith("%}") and _BLOCK_TAG.sub("", text).strip():
            raise TemplateError(
                name,
                f"regel {number} van {part} eindigt met een {{% … %}}-tag na tekst, waardoor de "
                "volgende regel eraan vast komt te staan; zet de tag op een eigen regel of zet er "
                "een leesteken achter",
            )


def _names(source: str) -> frozenset[str]:
    return frozenset(meta.find_undeclared_variables(ENV.parse(source)))


def _compile(name: str, part: str, source: str) -> jinja2.Template:
    if len(source) > MAX_SOURCE_CHARS:
        raise TemplateError(name, f"{part} is langer dan {MAX_SOURCE_CHARS} tekens")
    _check_line_ends(name, part, source)
    try:
        ast = ENV.parse(source)
        declared = meta.find_undeclared_variables(ast)  # compiles: finds unknown filters too
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(name, f"fout in {part}, regel {exc.lineno}: {exc.message}") from None
    unknown = sorted(declared - CONTEXT_NAMES)
    if unknown:
        names = ", ".join(f"'{n}'" for n in unknown)
        raise TemplateError(name, f"onbekende naam {names} in {part}")
    problem = check_attributes(ast, CONTEXT_TYPES)
    if problem:
        raise TemplateError(name, f"{problem} in {part}")
    try:
        return compile_bounded(ENV, source)
    except TemplateTooCostly as exc:
        raise TemplateError(name, f"{part}: {exc.reason}") from None
    except jinja2.TemplateError as exc:  # e.g. an unknown filter
        raise TemplateError(name, f"fout in {part}: {exc.message}") from None


def _string_list(name: str, key: str, value: list[Any]) -> tuple[str, ...]:
    if not all(isinstance(v, str) for v in value):
        raise TemplateError(name, f"'{key}' moet een lijst van teksten zijn")
    return tuple(value)


def parse_template(name: str, text: str) -> LetterTemplate:
    """Check and compile one template from its TOML text; `name` is used in messages."""
    if len(text) > 2 * MAX_SOURCE_CHARS:
        raise TemplateError(name, f"het sjabloon is langer dan {2 * MAX_SOURCE_CHARS} tekens")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(name, f"geen geldige TOML ({exc})") from None
    for key in _REQUIRED_KEYS:
        if key not in data:
            raise TemplateError(name, f"het veld '{key}' ontbreekt")
    for key, value in data.items():
        expected = _FRONT_MATTER.get(key)
        if expected is None:
            raise TemplateError(name, f"onbekend veld '{key}'")
        if not isinstance(value, expected):
            raise TemplateError(name, f"het veld '{key}' heeft een verkeerd type")
    try:
        layout = Layout(data["layout"])
    except ValueError:
        raise TemplateError(name, f"onbekende opmaak '{data['layout']}'") from None
    recipients = _string_list(name, "recipients", data.get("recipients", ["guardian"]))
    unknown_recipients = [r for r in recipients if r not in RECIPIENT_KINDS]
    if unknown_recipients or not recipients:
        what = unknown_recipients[0] if unknown_recipients else ""
        raise TemplateError(name, f"onbekende ontvanger '{what}'")
    requires = _string_list(name, "requires", data.get("requires", []))
    requires_final = _string_list(name, "requires_final", data.get("requires_final", []))
    for req in requires + requires_final:
        if req not in REQUIREMENTS:
            raise TemplateError(name, f"onbekend vereist gegeven '{req}'")
    signature = data.get("signature", "consultant" if layout is Layout.LETTER else "none")
    if signature not in _SIGNATURES:
        raise TemplateError(name, f"onbekende ondertekening '{signature}'")
    addressed_to = data.get("addressed_to", "")
    if addressed_to and addressed_to not in ORGANISATIONS:
        raise TemplateError(name, f"onbekende organisatie '{addressed_to}'")
    return LetterTemplate(
        kind=data["kind"],
        title=data["title"],
        description=data.get("description", ""),
        layout=layout,
        recipients=recipients,
        to_suspect=bool(data.get("to_suspect", False)),
        requires=requires,
        requires_final=requires_final,
        draft=bool(data.get("draft", False)),
        finalisable=bool(data.get("finalisable", False)),
        attachments=_string_list(name, "attachments", data.get("attachments", [])),
        closing=data.get("closing", "Met vriendelijke groet," if layout is Layout.LETTER else ""),
        signature=signature,
        subject_source=data["subject"],
        body_source=data["body"],
        subject_template=_compile(name, "het onderwerp", data["subject"]),
        body_template=_compile(name, "de tekst", data["body"]),
        names=_names(data["subject"]) | _names(data["body"]),
        addressed_to=addressed_to,
    )


def load_template_file(path: Path) -> LetterTemplate:
    """Load one template file; its `kind` must match the file name."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(
            name, f"kan het bestand niet lezen ({exc.__class__.__name__})"
        ) from None
    template = parse_template(name, text)
    if template.kind != path.stem:
        raise TemplateError(name, f"de soort '{template.kind}' past niet bij de bestandsnaam")
    return template


@lru_cache(maxsize=1)
def default_templates() -> dict[str, LetterTemplate]:
    """All templates shipped in `resources/letters/templates/`, by kind (loaded once)."""
    out = {}
    for path in sorted(TEMPLATES_DIR.glob("*.toml")):
        template = load_template_file(path)
        out[template.kind] = template
    return out


def load_templates(overrides: Mapping[str, str] | None = None) -> dict[str, LetterTemplate]:
    """The shipped templates with a region's own versions (kind → TOML text) in their place."""
    templates = dict(default_templates())
    for kind, text in (overrides or {}).items():
        if kind not in templates:
            raise TemplateError(kind, "er is geen briefsoort met deze naam")
        template = parse_template(f"{kind} (eigen sjabloon)", text)
        if template.kind != kind:
            raise TemplateError(kind, f"de soort '{template.kind}' past niet bij '{kind}'")
        templates[kind] = template
    return templates


@lru_cache(maxsize=1)
def letter_kinds() -> tuple[str, ...]:
    """The kinds, in the order of the shipped catalogue (`catalogue.toml`)."""
    order = tomllib.loads((RESOURCES_DIR / "catalogue.toml").read_text(encoding="utf-8"))["kinds"]
    known = default_templates()
    return tuple(k for k in order if k in known)

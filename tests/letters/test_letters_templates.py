"""Templates as data: every shipped kind loads; placeholders are checked at load time."""

from __future__ import annotations

import pytest
from letter_builders import make_facts

from lvs_desktop.letters.errors import TemplateError
from lvs_desktop.letters.letterhead import DEFAULT_LETTERHEAD
from lvs_desktop.letters.templates import (
    Layout,
    default_templates,
    letter_kinds,
    load_templates,
    parse_template,
)

CLI_KINDS = (
    "invitation-1",
    "invitation-2",
    "invitation-3",
    "summons",
    "warning",
    "notice",
    "agreements",
    "absolute-enquiry",
    "decision",
    "exemption-ending",
    "early-leaver",
    "halt-referral",
    "proces-verbaal",
    # the kinds added for issue 11 (L3)
    "school-feedback",
    "pv-notice",
    "om-cover",
    "rvdk-request",
    "svb-notice",
    "svb-parents",
    "halt-consent",
    "exemption-receipt",
    "exemption-missing",
    "exemption-advice-request",
    "exemption-renewal",
    "plan-request",
    "case-closed",
    "lateness",
    "exit-interview",
)


def template_text(body: str, subject: str = "Onderwerp", **front: str) -> str:
    extra = "".join(f'{k} = "{v}"\n' for k, v in front.items())
    return (
        'kind = "notice"\ntitle = "Test"\nlayout = "letter"\n'
        + extra
        + f"subject = '''{subject}'''\nbody = '''\n{body}\n'''\n"
    )


def test_every_kind_is_shipped_and_loads() -> None:
    templates = default_templates()
    assert set(templates) == set(CLI_KINDS)
    assert set(letter_kinds()) == set(CLI_KINDS)
    assert templates["proces-verbaal"].layout is Layout.PV
    assert templates["proces-verbaal"].draft and templates["proces-verbaal"].finalisable
    assert templates["halt-referral"].draft and not templates["halt-referral"].finalisable
    assert "boa_akte_valid" in templates["proces-verbaal"].requires_final
    assert "boa_number" in templates["proces-verbaal"].requires


def test_unknown_placeholder_names_the_template_and_the_name() -> None:
    with pytest.raises(TemplateError) as err:
        parse_template("mijn-brief.toml", template_text("Beste {{ leerling.naam }},"))
    assert err.value.template == "mijn-brief.toml"
    assert "onbekende naam 'leerling'" in err.value.message
    assert "mijn-brief.toml" in err.value.message


def test_unknown_attribute_is_found_through_the_fact_classes() -> None:
    with pytest.raises(TemplateError, match=r"onbekend veld 'pupil\.school\.nmae'"):
        parse_template("x", template_text("{{ pupil.school.nmae }}"))
    with pytest.raises(TemplateError, match=r"onbekend veld 'p\.urne'"):
        parse_template("x", template_text("{% for p in absence_periods %}{{ p.urne }}{% endfor %}"))
    with pytest.raises(TemplateError, match=r"onbekend veld 'letterhead\.window\.links'"):
        parse_template("x", template_text("{{ letterhead.window.links }}"))
    with pytest.raises(TemplateError, match="in het onderwerp"):
        parse_template("x", template_text("ok", subject="{{ pupil.roepnaam }}"))


def test_properties_and_loop_variables_are_known() -> None:
    body = (
        "{{ pupil.call_name }} {{ pupil.school.name }} {{ recipient.salutation }}\n"
        "{{ letterhead.window.left_mm }}\n"
        "{% for p in absence_periods %}{{ p.hours|uren }} {{ loop.index }}{% endfor %}"
    )
    assert parse_template("x", template_text(body)).kind == "notice"


@pytest.mark.parametrize(
    ("body", "front", "problem"),
    [
        ("{{ pupil.call_name|onbekend }}", {}, "fout in de tekst"),
        ("{% if pupil %}", {}, "fout in de tekst, regel"),
        ("tekst", {"layout": "folder"}, "onbekende opmaak 'folder'"),
        ("tekst", {"signature": "burgemeester"}, "onbekende ondertekening"),
        ("artikel 2{% if pupil.age %} lid 1{% endif %}\nLeerplichtwet", {}, "regel 1 van de tekst"),
    ],
)
def test_other_template_errors(body: str, front: dict[str, str], problem: str) -> None:
    text = template_text(body)
    for key, value in front.items():
        text = text.replace('layout = "letter"\n', "") if key == "layout" else text
        text = f'{key} = "{value}"\n' + text
    with pytest.raises(TemplateError, match=problem):
        parse_template("x", text)


def test_unknown_requirement_and_missing_fields() -> None:
    with pytest.raises(TemplateError, match="onbekend vereist gegeven 'adres'"):
        parse_template("x", 'requires = ["adres"]\n' + template_text("t"))
    with pytest.raises(TemplateError, match="het veld 'body' ontbreekt"):
        parse_template("x", 'kind = "notice"\ntitle = "T"\nlayout = "letter"\nsubject = "S"\n')
    with pytest.raises(TemplateError, match="geen geldige TOML"):
        parse_template("x", "kind = ")


def test_a_region_overrides_a_kind() -> None:
    templates = load_templates({"notice": template_text("Eigen tekst voor {{ pupil.call_name }}.")})
    facts = make_facts("notice")
    ctx = templates["notice"].context(facts, DEFAULT_LETTERHEAD)
    assert templates["notice"].render_body(ctx).strip() == "Eigen tekst voor Daan."
    with pytest.raises(TemplateError, match="geen briefsoort met deze naam"):
        load_templates({"kerstkaart": template_text("x")})


def test_values_from_the_vault_are_escaped_and_cannot_add_blocks() -> None:
    template = parse_template("x", template_text("{{ agreements[0] }}\n\n{{ agreements[1] }}"))
    facts = make_facts("notice", agreements=("<b>vet</b> & meer", "- geen opsomming\n# geen kop"))
    body = template.render_body(template.context(facts, DEFAULT_LETTERHEAD))
    assert "&lt;b&gt;vet&lt;/b&gt; &amp; meer" in body
    assert "&#45; geen opsomming<br/>&#35; geen kop" in body


def test_strict_undefined_at_render_time() -> None:
    template = parse_template("x", template_text("{% set x = reports|first %}{{ x.onbekend }}"))
    facts = make_facts("notice")
    with pytest.raises(Exception, match="onbekend"):
        template.render_body(template.context(facts, DEFAULT_LETTERHEAD))

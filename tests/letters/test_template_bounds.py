"""Issue 14, defect 11: a region's own template cannot make the renderer allocate without limit
or run for ever. Each bomb goes in through the service a settings screen uses
(`letters.set_template`) and out through `draft_letters`, on a real vault: it is refused with a
Dutch message naming the template, within seconds and a few MB, and nothing is stored.
"""

from __future__ import annotations

import re
import time
import tracemalloc

import pytest
from letter_vault import TODAY, LetterVault
from test_letters_service import invitation

from lvs_desktop.letters.bounded import MAX_SOURCE_CHARS
from lvs_desktop.letters.errors import TemplateError
from lvs_desktop.models import Letter
from lvs_desktop.services import letters
from lvs_desktop.services.letters import TEMPLATES_KEY
from lvs_desktop.store import Vault

KIND = "invitation-1"
DOUBLINGS = "".join("{% set s = s ~ s %}" for _ in range(40))

# (name, template body, where it is refused, a pattern of the message)
BOMBS = [
    ("string times a billion", '{{ "x" * 1000000000 }}', "render", "langer dan"),
    ("string times ten to the ninth", '{{ "x" * 10 ** 9 }}', "render", "langer dan"),
    ("list times a billion", "{{ [1] * 1000000000 }}", "render", "langer dan"),
    ("huge power", "{{ 9 ** 9 ** 9 }}", "render", "te groot"),
    ("huge exponent", "{{ 2 ** 1000000000 }}", "render", "macht"),
    ("range of a billion", "{% for i in range(10**9) %}x{% endfor %}", "render", r"range\(\)"),
    (
        "nested empty loops",
        "{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}",
        "render",
        "lussen|seconden",  # whichever bound comes first (tracemalloc slows the loop)
    ),
    (
        "nested loops over a long string",
        '{% set s = "x" * 90000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}',
        "render",
        "lussen",
    ),
    ("doubling by ~", '{% set s = "xxxxxxxxxx" %}' + DOUBLINGS + "{{ s }}", "render", "langer"),
    (
        "output of loops",
        '{% for i in range(9000) %}{{ "x" * 90000 }}{% endfor %}',
        "render",
        "de brief wordt langer",
    ),
    ("format width", '{{ "%1000000000s"|format("x") }}', "render", "breedte"),
    ("str.center", '{{ "x".center(1000000000) }}', "render", "tekstfunctie 'center'"),
    ("str.format", '{{ "{:>1000000000}".format(1) }}', "render", "tekstfunctie 'format'"),
    (
        "replace filter",
        '{{ ("x" * 90000)|replace("x", "y" * 90000) }}',
        "render",
        "langer dan",
    ),
    ("join of a range", '{{ range(10000)|join("x" * 90000) }}', "render", "langer dan"),
    ("center filter", '{{ "x"|center(1000000000) }}', "load", "filter"),
    (
        "endless recursion",
        "{% macro f(n) %}{{ f(n) }}{{ f(n) }}{% endmacro %}{{ f(1) }}",
        "render",
        "",
    ),
    ("lipsum", "{{ lipsum(1000000) }}", "load", "lipsum"),
    ("a huge source", "x" * (MAX_SOURCE_CHARS + 1), "load", "langer dan"),
]


def region_template(body: str) -> str:
    return (
        f'kind = "{KIND}"\ntitle = "Uitnodiging (eigen)"\nlayout = "letter"\n'
        f"subject = '''Uitnodiging'''\nbody = '''\n{body}\n'''\n"
    )


@pytest.fixture
def vault(letter_vault: tuple[Vault, LetterVault]) -> Vault:
    return letter_vault[0]


@pytest.fixture
def case_id(letter_vault: tuple[Vault, LetterVault]) -> str:
    return letter_vault[1].two_addresses.case_id


def _letters(vault: Vault) -> int:
    with vault.session() as session:
        return session.query(Letter).count()


@pytest.mark.parametrize(("name", "body", "where", "words"), BOMBS, ids=[b[0] for b in BOMBS])
def test_a_template_bomb_is_refused_quickly_in_little_memory(
    vault: Vault, case_id: str, name: str, body: str, where: str, words: str
) -> None:
    letters_before = _letters(vault)
    letters.get_templates(vault)  # the shipped templates load once, outside the measurement
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(TemplateError) as refused:
            letters.set_template(vault, KIND, region_template(body))
            assert where == "render", "the template should have been refused at load"
            letters.draft_letters(vault, case_id, invitation())
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = refused.value.message
    assert message.startswith("Briefsjabloon ") and re.search(words, message)
    assert "\n" not in message
    assert elapsed < 6.0  # the render cap is 2 s; tracemalloc slows Python down
    assert peak < 64 << 20
    if where == "load":
        assert not (vault.get_setting(TEMPLATES_KEY, {}) or {})  # nothing stored
    assert _letters(vault) == letters_before


def test_an_ordinary_region_template_with_loops_and_joins_still_renders(
    vault: Vault, case_id: str
) -> None:
    body = (
        "Beste ouders,\n\n"
        '{{ "Uitnodiging voor " ~ pupil.call_name ~ "." }} '
        '{{ "Het gesprek duurt %d minuten."|format(45) }}\n\n'
        "{% for g in guardians %}- {{ g.full_name }}\n{% endfor %}\n"
        '{{ ["een", "twee", "drie"]|join(", ") }} {{ "ab" * 3 }} {{ 2 ** 10 }}'
    )
    letters.set_template(vault, KIND, region_template(body))
    drafts = letters.draft_letters(vault, case_id, invitation())
    assert drafts and TODAY
    assert all(d.pdf.startswith(b"%PDF") for d in drafts)

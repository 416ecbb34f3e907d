"""Issue 11, defect 3: what a decision letter says per outcome, read back from the PDF.

From an empty vault: a case built through the services, an exemption recorded and decided
through `services.decisions`, the letter drawn through `services.letters`.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from letter_pdf import page_texts

from lvs_desktop.cli import main
from lvs_desktop.letters.errors import LetterError
from lvs_desktop.models import Case, Exemption, UserError
from lvs_desktop.services import decisions, letters
from lvs_desktop.services import region as region
from lvs_desktop.services.letters import LetterRequest
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_guardian, make_youth

DEFAULT_MOTIVATION = "voldoet aan de voorwaarden"


def _case(vault: Vault, *, age: int = 14, postal: bool = True) -> str:
    """A youth of `age` in Dordrecht with one parent, and an exemption case."""
    region.add_municipalities(vault, ["0505"])
    town = region.find_municipality(vault, "Dordrecht")
    if postal:
        region.update_municipality(
            vault,
            town.id,
            region.MunicipalityInput(
                postal_street="Spuiboulevard",
                postal_house_number="300",
                postal_postcode="3311 GR",
                postal_city="Dordrecht",
            ),
        )
    youth = make_youth(vault, age, municipality_id=town.id)
    make_guardian(vault, youth)
    return make_case(vault, youth, kind="exemption", with_report=False)


def _decide(
    vault: Vault,
    case_id: str,
    article: str,
    outcome: str,
    grounds: str | None = "De verklaring van de jeugdarts laat zien dat hij niet naar school kan.",
    **kw: date,
) -> None:
    received = TODAY - timedelta(days=20)
    ex = decisions.record_exemption(
        vault, case_id, decisions.ExemptionInput(article, received)
    ).first("exemption")
    decisions.decide_exemption(
        vault, ex, outcome, TODAY - timedelta(days=2), grounds=grounds, today=TODAY, **kw
    )


def _stored(vault: Vault, case_id: str, article: str, outcome: str) -> None:
    """A row `exemption record` now refuses (13a; art. 15 not kwalificatieplichtig), as an
    older or imported vault may hold it: the letter refuses it too."""
    with vault.session() as s:
        case = s.get_one(Case, case_id)
        s.add(
            Exemption(
                case_id=case_id,
                youth_id=case.youth_id,
                article=article,
                received_on=TODAY - timedelta(days=20),
                outcome=outcome,
                decided_on=TODAY - timedelta(days=2),
                grounds="De verklaring van de jeugdarts laat zien dat hij niet naar school kan.",
            )
        )
        s.commit()


def _letter(vault: Vault, case_id: str) -> str:
    drafts = letters.draft_letters(vault, case_id, LetterRequest("decision", TODAY))
    assert drafts
    return " ".join(" ".join(page_texts(drafts[0].pdf)).split())


def test_defect_3_refusal_prints_its_grounds_not_the_default(vault: Vault) -> None:
    case_id = _case(vault)
    _decide(
        vault,
        case_id,
        "11g",
        "afgewezen",
        "Een familiebezoek is geen gewichtige omstandigheid.",
        head_consulted_on=TODAY - timedelta(days=5),
    )
    text = _letter(vault, case_id)
    assert "Ik wijs uw aanvraag af" in text
    assert "Een familiebezoek is geen gewichtige omstandigheid." in text
    assert DEFAULT_MOTIVATION not in text
    # 11g over ten days: the head was heard; a refused leave warns of the PV
    assert "directeur van de school gehoord" in text
    assert "proces-verbaal" in text
    assert "weer naar school" not in text
    assert "Spuiboulevard 300, 3311 GR Dordrecht" in text


def test_defect_3_grant_of_leave(vault: Vault) -> None:
    case_id = _case(vault)
    _decide(
        vault,
        case_id,
        "11g",
        "afgegeven",
        "De begrafenis van een grootouder in Turkije.",
        head_consulted_on=TODAY - timedelta(days=5),
    )
    text = _letter(vault, case_id)
    assert "Ik verleen extra verlof" in text
    assert "weer naar school" in text
    assert "proces-verbaal" not in text
    assert DEFAULT_MOTIVATION not in text


def test_defect_3_ill_founded_notice_speaks_as_the_college(vault: Vault) -> None:
    case_id = _case(vault)
    _decide(vault, case_id, "5a", "ongegrond", "De verklaring is van de eigen behandelaar.")
    text = _letter(vault, case_id)
    assert "Besluit op uw kennisgeving" in text
    assert "Wij verklaren uw beroep op vrijstelling ongegrond" in text
    assert "namens dezen" in text
    assert " Ik " not in f" {text} " and "mijn besluit" not in text
    assert "aanvraag" not in text and "verlof" not in text
    assert "naar school" not in text


def test_defect_3_granted_notice_says_nothing_about_school(vault: Vault) -> None:
    case_id = _case(vault)
    _decide(vault, case_id, "5a", "afgegeven")
    text = _letter(vault, case_id)
    assert "Wij stellen vast dat uw beroep op vrijstelling" in text
    assert "geldig" in text
    assert "weer naar school" not in text and "verlof" not in text


def test_defect_3_withdrawn_is_confirmed_without_objection_clause(vault: Vault) -> None:
    case_id = _case(vault)
    _decide(vault, case_id, "5b", "ingetrokken", grounds=None)
    text = _letter(vault, case_id)
    assert "Intrekking van uw kennisgeving" in text
    assert "ingetrokken" in text and "geen besluit" in text
    assert "Bezwaar maken" not in text
    assert DEFAULT_MOTIVATION not in text


def test_defect_3_grounds_are_required(vault: Vault) -> None:
    case_id = _case(vault)
    _decide(vault, case_id, "5a", "afgewezen", grounds=None)
    with pytest.raises(LetterError, match="de motivering van het besluit"):
        letters.draft_letters(vault, case_id, LetterRequest("decision", TODAY))


def test_defect_3_objection_address_from_the_register_not_a_fixed_box(vault: Vault) -> None:
    case_id = _case(vault, postal=False)
    _decide(vault, case_id, "5a", "afgewezen")
    with pytest.raises(LetterError, match="postadres van de gemeente Dordrecht"):
        letters.draft_letters(vault, case_id, LetterRequest("decision", TODAY))


def test_defect_3_holiday_leave_13a_is_the_heads_decision(vault: Vault) -> None:
    case_id = _case(vault)
    with pytest.raises(UserError, match="directeur van de school"):
        _decide(vault, case_id, "13a", "afgewezen")  # refused when recorded (qa_findings)
    _stored(vault, case_id, "13a", "afgewezen")
    with pytest.raises(LetterError, match="directeur van de school"):
        letters.draft_letters(vault, case_id, LetterRequest("decision", TODAY))


def test_defect_3_article_15_only_for_a_kwalificatieplichtige(vault: Vault) -> None:
    case_id = _case(vault, age=14)
    with pytest.raises(UserError, match="kwalificatieplichtig"):
        _decide(vault, case_id, "15", "afgegeven")  # refused when recorded (qa_findings)
    _stored(vault, case_id, "15", "afgegeven")
    with pytest.raises(LetterError, match="kwalificatieplichtig"):
        letters.draft_letters(vault, case_id, LetterRequest("decision", TODAY))


def test_defect_3_head_consulted_required_for_long_leave(vault: Vault) -> None:
    case_id = _case(vault)
    _decide(vault, case_id, "11g", "afgewezen")
    with pytest.raises(LetterError, match="directeur van de school is gehoord"):
        letters.draft_letters(vault, case_id, LetterRequest("decision", TODAY))


def test_defect_3_head_heard_after_the_decision_is_refused(vault: Vault) -> None:
    case_id = _case(vault)
    ex = decisions.record_exemption(
        vault, case_id, decisions.ExemptionInput("11g", TODAY - timedelta(days=20))
    ).first("exemption")
    with pytest.raises(UserError, match="na het besluit"):
        decisions.decide_exemption(
            vault,
            ex,
            "afgewezen",
            TODAY - timedelta(days=3),
            grounds="x",
            head_consulted_on=TODAY - timedelta(days=1),
            today=TODAY,
        )
    with vault.session() as s:
        assert s.get_one(Exemption, ex).outcome == "pending"


def test_defect_3_decision_through_the_command_line(
    vault: Vault,
    passphrase: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`exemption record`, `exemption decide` (grounds required), `letter --kind decision`."""
    case_id = _case(vault)
    with vault.session() as s:
        ref = s.get_one(Case, case_id).reference
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    v = ("--vault", str(path))
    assert (
        main(["exemption", "record", ref, "--article", "5b", "--received", "02-11-2026", *v]) == 0
    )
    decide = ["exemption", "decide", ref, "1", "--outcome", "afgewezen", "--date", "20-11-2026"]
    assert main([*decide, *v]) == 1  # no grounds: refused, nothing saved
    assert "motivering" in capsys.readouterr().err
    assert (
        main([*decide, "--grounds", "Er is een school van de eigen richting in de buurt.", *v]) == 0
    )
    out = tmp_path / "uit"
    args = [
        "letter",
        "--case",
        ref,
        "--kind",
        "decision",
        "--out",
        str(out),
        "--date",
        "28-11-2026",
    ]
    assert main([*args, *v]) == 0
    (pdf,) = sorted(out.iterdir())
    text = " ".join(" ".join(page_texts(pdf.read_bytes())).split())
    assert "Wij wijzen uw beroep op vrijstelling af" in text
    assert "Er is een school van de eigen richting in de buurt." in text
    assert DEFAULT_MOTIVATION not in text


def test_exemption_record_cli_numbers_words_per_kind_and_refuses_13a_and_15(
    vault: Vault,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """qa_findings "Exemption": 13a is the head's decision, art. 15 needs kwalificatieplicht,
    and the message gives the number `exemption decide REF N` needs."""
    case_id = _case(vault, age=14)  # leerplichtig, not kwalificatieplichtig
    with vault.session() as s:
        ref = s.get_one(Case, case_id).reference
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    record = ["exemption", "record", ref, "--received", "02-11-2026", "--vault", str(path)]
    assert main([*record, "--article", "13a"]) == 1
    assert "directeur van de school" in capsys.readouterr().err
    assert main([*record, "--article", "15"]) == 1
    assert "kwalificatieplichtig" in capsys.readouterr().err
    assert main([*record, "--article", "5a"]) == 0
    assert capsys.readouterr().out == "Kennisgeving van vrijstelling vastgelegd als nr. 1.\n"
    assert main([*record, "--article", "11g"]) == 0
    assert capsys.readouterr().out == "Aanvraag van vrijstelling vastgelegd als nr. 2.\n"
    with Vault.open(path, passphrase) as again, again.session() as s:
        assert sorted(e.article for e in s.query(Exemption).all()) == ["11g", "5a"]


def test_letter_decision_cli_prints_the_chosen_exemption(
    vault: Vault,
    passphrase: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """qa_findings "Decision letter": `letter --kind decision --exemption N`."""
    case_id = _case(vault)
    _decide(vault, case_id, "5b", "afgewezen", grounds="Er is een school van de eigen richting.")
    _decide(vault, case_id, "11g", "afgewezen", head_consulted_on=TODAY - timedelta(days=5))
    with vault.session() as s:
        ref = s.get_one(Case, case_id).reference
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    base = ["letter", "--case", ref, "--kind", "decision", "--date", "28-11-2026"]
    v = ["--vault", str(path), "--no-store"]
    assert main([*base, "--out", str(tmp_path / "een"), "--exemption", "1", *v]) == 0
    (first,) = (tmp_path / "een").iterdir()
    text = " ".join(" ".join(page_texts(first.read_bytes())).split())
    assert "Er is een school van de eigen richting." in text
    assert main([*base, "--out", str(tmp_path / "drie"), "--exemption", "3", *v]) == 1
    assert "Vrijstelling nr. 3 bestaat niet; dit dossier heeft er 2." in capsys.readouterr().err


def test_the_college_reads_in_lower_case_inside_a_sentence() -> None:
    """The register keeps 'College van …' as an address line; the decision says
    '… namens het college van …' (it printed 'namens College van …')."""
    from lvs_desktop.letters.decision_facts import in_running_text

    assert in_running_text("College van burgemeester en wethouders van Dordrecht") == (
        "het college van burgemeester en wethouders van Dordrecht"
    )
    assert in_running_text("Het college van burgemeester en wethouders van Sliedrecht") == (
        "het college van burgemeester en wethouders van Sliedrecht"
    )
    assert in_running_text("Burgemeester en wethouders van Zwijndrecht") == (
        "Burgemeester en wethouders van Zwijndrecht"
    )

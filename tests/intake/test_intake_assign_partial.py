"""`intake assign --proposed` with one report nobody on the roster covers (Q1): the others are
assigned, the one without a proposal stays in the inbox and is named; through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lvs_desktop.cli import main
from lvs_desktop.models import IntakeReport
from lvs_desktop.services import intake
from lvs_desktop.services import region as r
from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE
from tests.intake.helpers import FIXTURES, TODAY, make_region

UNCOVERED = (
    "M-1009;111222345;;Lotte;;Lam;01-01-2012;Singel;9;3311 EF;Dordrecht;56EF;00;"
    "16 uur in 4 weken;06-11-2026;05-10-2026;30-10-2026;18;klokuren;J. Smit;mentor;;\n"
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, capsys.readouterr().out


def test_assign_proposed_assigns_those_with_a_proposal_and_names_the_rest(
    vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    make_region(vault)
    dordrecht = r.find_municipality(vault, "Dordrecht").id
    r.add_school(  # a school in Dordrecht that no consultant covers (nor the town)
        vault, r.SchoolInput(name="Het Anker", school_type="VO", municipality_id=dordrecht,
                             brin="56EF", vestiging="00"),
    )  # fmt: skip
    data = (FIXTURES / "reports_default.csv").read_bytes().rstrip(b"\n") + b"\n"
    data += UNCOVERED.encode("utf-8")
    intake.import_reports(vault, [("meldingen.csv", data)], today=TODAY)
    waiting = {row.duo_number: row.proposed_id for row in intake.list_inbox(vault)}
    assert waiting["M-1009"] is None and waiting["M-1001"] is not None
    path = Path(vault.path)
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)

    code, out = _run(capsys, "intake", "assign", "--proposed", "--vault", str(path))
    assert code == 0, out
    assert "toegewezen aan" in out
    assert "Niet toegewezen: geen voorstel voor melding M-1009:" in out
    again = Vault.open(path, PASSPHRASE)
    try:
        with again.session() as s:
            status = dict(s.execute(select(IntakeReport.duo_number, IntakeReport.status)).all())
    finally:
        again.lock()
    assert status["M-1009"] == "new"  # still waiting in the inbox
    assert status["M-1001"] == status["M-1003"] == "assigned"


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (("intake", "reports"), "het gedownloade meldingenbestand (of meer)"),
        (("intake", "assign"), "de meldingnummers uit de intake"),
        (("intake", "confirm"), "het meldingnummer uit de intake"),
        (("intake", "remove"), "de meldingnummers uit de intake"),
        (("intake", "enrolments"), "het CSV-bestand dat wordt ingelezen"),
    ],
)
def test_the_positional_arguments_say_what_they_are(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], line: str
) -> None:
    code, out = _run(capsys, *argv, "--help")
    assert code == 0 and line in out

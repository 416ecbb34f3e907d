"""Issue 14, defect 6: a database error holding a BSN and a name reaches no log, no stderr and
no message; the user sees one line with a foutcode, and that code finds the detail in the vault.

The errors are real: an index or a trigger the test adds to a real vault makes SQLite refuse
the row, while the statement's parameters hold the youth's BSN and surname.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from lvs_desktop.cli import main
from lvs_desktop.models import ErrorRecord, UserError, Youth
from lvs_desktop.services import sync as service
from lvs_desktop.store import OwnerProfile, Vault, log_policy
from lvs_desktop.sync import kdf
from lvs_desktop.sync.errors import UnknownSignerError
from lvs_desktop.ui.worker import error_text, start_job
from tests.builders import make_case, make_youth
from tests.conftest import PASSPHRASE

SURNAME = "Wijnbergen-Quast"
BSN = "111222333"  # a valid BSN (elfproef)
OTHER_BSN = "123456782"
TRANSFER = "transfer-wachtwoord van het team"


def _leaks(text: str) -> list[str]:
    return [value for value in (SURNAME, BSN, OTHER_BSN) if value in text]


def _record_text(record: ErrorRecord) -> str:
    return " ".join(
        str(v) for v in (record.context, record.error_type, record.location, record.db_message)
    )


def _one_surname_only(vault: Vault) -> None:
    """A unique index the program does not expect: a second youth of that surname fails in
    SQLite, with her BSN and surname in the statement's parameters."""
    with vault.engine.begin() as connection:
        connection.exec_driver_sql("CREATE UNIQUE INDEX test_one_surname ON youth(surname)")


@pytest.fixture(autouse=True)
def _everything_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # SQLAlchemy's and Qt's loggers too


def test_the_engine_hides_query_parameters_in_a_database_error(vault: Vault) -> None:
    make_youth(vault, surname=SURNAME, bsn=OTHER_BSN)
    _one_surname_only(vault)
    with pytest.raises(IntegrityError) as caught:
        make_youth(vault, surname=SURNAME, bsn=BSN)
    text = str(caught.value)
    assert "parameters hidden" in text
    assert _leaks(text) == []


def test_a_database_error_in_a_background_job_shows_a_foutcode_and_no_personal_data(
    vault: Vault,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    from lvs_desktop.ui import i18n

    i18n.install("nl")  # the desk's language (conftest's _reset_language restores it)
    make_youth(vault, surname=SURNAME, bsn=OTHER_BSN)
    _one_surname_only(vault)
    errors: list[UserError | None] = []

    start_job(lambda _ctx: make_youth(vault, surname=SURNAME, bsn=BSN), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))

    error = errors[0]
    assert isinstance(error, log_policy.ProgramError)
    shown = error_text(error)
    assert error.error_id in shown and "foutcode" in shown
    assert _leaks(shown) == [] and "\n" not in shown
    assert error.error_id in caplog.text
    assert _leaks(caplog.text) == []
    assert "Traceback" not in caplog.text
    assert _leaks(capfd.readouterr().err) == []

    record = log_policy.find(vault, error.error_id.lower().replace("-", ""))
    assert record is not None
    assert "IntegrityError" in record.error_type
    assert record.db_message == "UNIQUE constraint failed: youth.surname"
    assert "services/people.py" in record.location
    assert _leaks(_record_text(record)) == []
    with vault.session() as session:  # and nothing of it was saved
        assert session.scalar(select(func.count()).select_from(Youth)) == 1


def test_a_command_that_fails_on_a_database_error_prints_one_line_and_keeps_the_detail(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kdf.use_fast_kdf_for_tests(True)
    try:
        anna = Vault.create(tmp_path / "anna.lvsvault", PASSPHRASE, OwnerProfile("Anna", "AA"))
        make_case(anna, make_youth(anna, surname=SURNAME, bsn=BSN))
        bundle = tmp_path / "anna.lvsbundle"
        service.export_bundle(anna, bundle, TRANSFER)
        anna.lock()
        lead_path = tmp_path / "lead.lvsvault"
        with Vault.create(lead_path, PASSPHRASE, OwnerProfile("Lea", "LL", role="team")) as lead:
            try:
                service.open_bundles(lead, [bundle], TRANSFER)
            except UnknownSignerError as unknown:
                service.accept_signer(lead, unknown)
            with lead.engine.begin() as connection:  # the import's INSERT of her is refused
                connection.exec_driver_sql(
                    "CREATE TRIGGER test_refuse BEFORE INSERT ON youth "
                    "BEGIN SELECT RAISE(ABORT, 'geweigerd door de test'); END"
                )
        (tmp_path / "pass").write_text(PASSPHRASE)
        (tmp_path / "transfer").write_text(TRANSFER)
        vault_args = ["--vault", str(lead_path), "--passphrase-file", str(tmp_path / "pass")]
        capsys.readouterr()

        transfer = ["--transfer-passphrase-file", str(tmp_path / "transfer")]
        code = main(["import", *vault_args, *transfer, str(bundle)])
    finally:
        kdf.use_fast_kdf_for_tests(False)

    out, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("lvs-desktop: Er ging iets mis in het programma (foutcode ")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _leaks(out + err) == [] and _leaks(caplog.text) == []
    error_id = err.split("foutcode ")[1][:9]
    assert error_id in caplog.text

    assert main(["errors", *vault_args, error_id]) == 0
    detail = capsys.readouterr().out
    assert "geweigerd door de test" in detail and "IntegrityError" in detail
    assert _leaks(detail) == []
    assert main(["errors", *vault_args]) == 0
    assert error_id in capsys.readouterr().out
    assert main(["errors", *vault_args, "ZZZZ-ZZZZ"]) == 1
    assert "staat niet in deze kluis" in capsys.readouterr().err
    with Vault.open(lead_path, PASSPHRASE) as lead, lead.session() as session:
        assert session.scalar(select(func.count()).select_from(Youth)) == 0


def test_the_log_line_holds_no_traceback_and_no_text_of_other_libraries() -> None:
    formatter = log_policy.NoRowValues()
    try:
        raise ValueError(f"{SURNAME} {BSN}")
    except ValueError as exc:
        ours = logging.LogRecord(
            "lvs_desktop.x",
            logging.ERROR,
            __file__,
            1,
            "taak mislukt",
            None,
            (ValueError, exc, None),
        )
    foreign = logging.LogRecord(
        "sqlalchemy.engine", logging.WARNING, __file__, 1, "[params %r]", ((SURNAME, BSN),), None
    )
    assert formatter.format(ours) == "ERROR lvs_desktop.x: taak mislukt"
    line = formatter.format(foreign)
    assert line.startswith("WARNING sqlalchemy.engine: ") and _leaks(line) == []
    assert foreign.getMessage().count(BSN) == 1  # the record itself is left for others

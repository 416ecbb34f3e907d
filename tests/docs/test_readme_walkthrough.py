"""The README's walk-through works: every command of its shell blocks, run in order in an empty
folder on vaults made by `vault init`, does what the README says.

The commands are taken from the README itself (continuation lines joined, `$T`/`$J` expanded,
split as the shell would) and run through `lvs-desktop`'s own `main`. What the README says
differs per machine is put in: the fingerprints each run's exports print, the printer (the
private CUPS queue of the test session; skipped without one), and the dates (the README's
examples, moved to today's school year). `conflicts --take-other ID` needs a conflict the
walk-through does not make; settling conflicts is tested in `tests/sync`. What happens in the
window between the blocks (a new case with a parent, the school, a contact with an agreement)
is done through the same services the window calls.
"""

from __future__ import annotations

import re
import shlex
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

import lvs_desktop
from lvs_desktop.cli import main
from lvs_desktop.models import Case, Letter, School
from lvs_desktop.services import cases
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.contacts import Agreement, ContactInput, log_contact
from lvs_desktop.services.enrolments import EnrolmentInput, add_enrolment
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.sync.kdf import TEST_KDF_ENV

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from builders import make_guardian, make_youth

README = Path(lvs_desktop.__file__).resolve().parents[1] / "README.md"
PASSPHRASES = {
    "team.pw": "teamleider-wachtwoord-2026",
    "jet.pw": "jet-haar-eigen-wachtwoord",
    "anna.pw": "anna-haar-wachtwoord-26",
    "transport.pw": "Transport-wachtwoord-ZHZ-2026",
}
FINGERPRINT = re.compile(r"vingerafdruk ([0-9A-F]{4}(?: [0-9A-F]{4}){7})")


def walkthrough_blocks() -> list[list[str]]:
    """The commands of each shell block of the walk-through, one string per command."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Walk-through") : text.index("## Where files live")]
    blocks = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.S):
        lines = block.replace("\\\n", " ").splitlines()
        blocks.append([c for c in (re.sub(r"\s+#.*$", "", line).strip() for line in lines) if c])
    return blocks


class Walk:
    """Runs README commands in one folder and remembers what later commands need."""

    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str], printer: str | None):
        self.folder, self.capsys, self.printer = folder, capsys, printer
        self.vars: dict[str, str] = {}
        self.fingerprints: dict[str, str] = {}  # the README's fingerprint -> this run's
        self.readme_fingerprints: dict[str, str] = {}  # vault file -> the README's
        self.today = date.today()
        self.reference = ""

    def expand(self, command: str) -> list[str]:
        for readme, real in self.fingerprints.items():
            command = command.replace(readme, real)
        school_year = self.today.year if self.today.month >= 8 else self.today.year - 1
        command = (
            command.replace("2026-2027", f"{school_year}-{school_year + 1}")
            .replace("08-12-2026 10:00", f"{self.today + timedelta(days=8):%d-%m-%Y} 10:00")
            .replace("30-11-2026", f"{self.today:%d-%m-%Y}")
            .replace("2026-JV-0001", self.reference or "2026-JV-0001")
        )
        if self.printer:
            command = command.replace("--printer KANTOOR", f"--printer {self.printer}")
        words = shlex.split(command)
        expanded: list[str] = []
        for word in words:
            expanded += self.vars[word[1:]].split() if word.startswith("$") else [word]
        return expanded

    def run(self, command: str) -> tuple[int, str]:
        if re.fullmatch(r"[A-Z]+=.*", command):
            name, _, value = command.partition("=")
            self.vars[name] = shlex.split(value)[0]
            return 0, ""
        argv = self.expand(command)
        assert argv[0] == "lvs-desktop"
        try:
            code = main(argv[1:])
        except SystemExit as exc:  # argparse: wrong usage
            code = int(exc.code or 0)
        out = self.capsys.readouterr()
        return code, out.out + out.err

    def note_fingerprint(self, command: str, output: str) -> None:
        """After an export: this run's fingerprint stands in for the README's of that vault."""
        argv = self.expand(command)
        vault = argv[argv.index("--vault") + 1] if "--vault" in argv else ""
        found = FINGERPRINT.search(output)
        if vault in self.readme_fingerprints and found:
            self.fingerprints[self.readme_fingerprints[vault]] = found.group(1)


def window_steps(walk: Walk) -> None:
    """What Jet does in the window before her week: a case, the school, a contact."""
    with Vault.open(walk.folder / "jet.lvsvault", PASSPHRASES["jet.pw"]) as vault:
        youth = make_youth(vault, age=14, today=walk.today)
        make_guardian(vault, youth)
        opened = walk.today - timedelta(days=30)
        report = ReportInput(
            report_type="16_hours",
            received_on=opened,
            period_start=opened - timedelta(days=28),
            period_end=opened - timedelta(days=1),
            hours_absent=24.0,
        )
        summary = cases.open_case(
            vault, youth, "relative_absence", opened, report=report, today=walk.today
        )
        case = summary.first("case_file")
        with vault.session() as session:
            school = session.scalars(select(School)).one().id
            walk.reference = session.get_one(Case, case).reference
        add_enrolment(vault, youth, EnrolmentInput(school, walk.today - timedelta(days=400)))
        contact = ContactInput(
            datetime.now() - timedelta(days=20),
            "phone",
            summary="Gebeld met moeder",
            agreements=[Agreement("Moeder belt school", walk.today - timedelta(days=2))],
        )
        log_contact(vault, case, contact)


def test_a_failing_command_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The walk's runner sees a command fail (so the walk-through test can)."""
    monkeypatch.chdir(tmp_path)
    walk = Walk(tmp_path, capsys, None)
    assert walk.run('J="--vault weg.lvsvault --passphrase-file weg.pw"') == (0, "")
    code, out = walk.run("lvs-desktop vault check $J")
    assert code == 1 and "weg.pw" in out
    assert walk.run("lvs-desktop vault chekc $J")[0] == 2


def test_the_readme_walkthrough_runs_as_printed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    print_system: object,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(TEST_KDF_ENV, "fast")
    for name, secret in PASSPHRASES.items():
        (tmp_path / name).write_text(secret + "\n", encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    blocks = walkthrough_blocks()
    assert len(blocks) == 6, "the walk-through's blocks changed: update this test"
    printer = getattr(print_system, "queue", None)
    walk = Walk(tmp_path, capsys, printer)
    # Which of the README's example fingerprints belongs to which vault (as the text says).
    walk.readme_fingerprints = {
        "team.lvsvault": "D0F2 610C B80F BEDB E334 326C 43D6 C0E8",
        "jet.lvsvault": "4D98 7A72 FABE 9960 6AAD 8C37 D410 AC95",
        "anna.lvsvault": "E61C FA3F 3D6E 2033 CF70 2198 B01B 1315",
    }
    for vault, fp in walk.readme_fingerprints.items():
        assert fp in readme, f"the README no longer shows {vault}'s example fingerprint"

    failures: list[str] = []
    outputs: dict[str, str] = {}
    for number, block in enumerate(blocks):
        if number == 3:
            window_steps(walk)
        if number == 5:  # a second consultant, Anna, sends her (empty) first export
            Vault.create(
                tmp_path / "anna.lvsvault",
                PASSPHRASES["anna.pw"],
                OwnerProfile(name="Anna Akkerman", code="AA"),
            ).lock()
            anna = "lvs-desktop export --vault anna.lvsvault --passphrase-file anna.pw "
            anna += "--out anna.lvsbundle --transfer-passphrase-file transport.pw"
            code, out = walk.run(anna)
            assert code == 0, out
            walk.note_fingerprint(anna, out)
        for command in block:
            if "--take-other ID" in command:
                continue  # needs a conflict (see the module docstring)
            if "print run" in command and printer is None:
                continue  # no CUPS here: the print tests are skipped likewise
            code, out = walk.run(command)
            outputs[command] = out
            first_import = command.startswith("lvs-desktop import $J regio.lvsbundle")
            if first_import and "--accept-fingerprint" not in command:
                # The README: the first import from an unknown sender stops, naming it.
                if code != 1 or "Onbekende afzender" not in out:
                    failures.append(f"{command}: expected the unknown-sender stop, got {out}")
                continue
            if code != 0:
                failures.append(f"{command}\n  exit {code}: {out.strip()}")
            if " export " in f" {command} ":
                walk.note_fingerprint(command, out)
    assert failures == []

    # What the README says the walk-through leads to.
    assert len(outputs) >= 20, "fewer commands ran than the walk-through has"
    with (
        Vault.open(tmp_path / "team.lvsvault", PASSPHRASES["team.pw"]) as team,
        team.session() as session,
    ):
        case = session.scalars(select(Case)).one()
        assert case.reference == walk.reference
        letter = session.scalars(select(Letter)).one()
        assert letter.posted_on == (walk.today if printer else None)
    assert (tmp_path / "brieven").is_dir() and any((tmp_path / "brieven").glob("*.pdf"))
    pdf = next(tmp_path.glob("jaarcijfers-*.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert any("nieuw" in out and "dubbele" in out for out in outputs.values())

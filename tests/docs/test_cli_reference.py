"""The command-line reference in `docs/cli.md` and the README's command overview are what
the parsers say today (`make docs` regenerates both)."""

from __future__ import annotations

import argparse
import contextlib
import re
from pathlib import Path

import pytest

import lvs_desktop
from lvs_desktop.cli import build_parser
from lvs_desktop.commands import reference
from lvs_desktop.store import default_vault_path

REPO = Path(lvs_desktop.__file__).resolve().parents[1]
CLI_MD = REPO / "docs" / "cli.md"
README = REPO / "README.md"
STALE = "out of date: run `make docs` and commit docs/cli.md and README.md"


def _all_progs(parser: argparse.ArgumentParser) -> list[str]:
    """Every parser's `prog` ("lvs-desktop region schools import"), walked with argparse's
    own objects rather than the reference's walker."""
    progs = [parser.prog]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                progs += _all_progs(sub)
    return progs


def test_the_committed_reference_is_the_generated_one() -> None:
    assert CLI_MD.read_text(encoding="utf-8") == reference.reference(), STALE


def test_the_readme_overview_is_the_generated_one() -> None:
    text = README.read_text(encoding="utf-8")
    assert reference.with_overview(text) == text, STALE


def test_every_command_and_every_option_is_in_the_reference() -> None:
    parser = build_parser()
    text = reference.reference(parser)
    headings = re.findall(r"^## `(.+)`$", text, re.M)
    assert headings == _all_progs(parser)
    for prog in headings[1:]:
        assert f"[`{prog}`](docs/cli.md#" in reference.overview(parser)
    options = {
        option
        for action in _all_actions(parser)
        for option in action.option_strings
        if option not in ("-h", "--help", "--version")
    }
    assert options, "the walk found no options: it cannot check anything"
    missing = sorted(o for o in options if f"`{o}" not in text and f", {o}" not in text)
    assert missing == []


def _all_actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    found = list(parser._actions)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += _all_actions(sub)
    return found


def test_the_reference_does_not_depend_on_the_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default vault path in `--vault`'s help differs per user and system."""
    before = reference.reference()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elders"))
    monkeypatch.setenv("COLUMNS", "37")
    after = reference.reference()
    assert str(tmp_path) in str(default_vault_path())  # the help text does change
    assert after == before
    assert str(tmp_path) not in after
    assert reference.DEFAULT_VAULT_TEXT in after


def test_make_docs_refreshes_only_the_marked_part_of_the_readme(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        f"# Titel\n\nvoor\n{reference.README_BEGIN}\nOUDE-TABEL\n{reference.README_END}\nna\n",
        encoding="utf-8",
    )
    out = tmp_path / "cli.md"
    with out.open("w", encoding="utf-8") as stdout, contextlib.redirect_stdout(stdout):
        assert reference.main(["--readme", str(readme)]) == 0
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Titel\n\nvoor\n") and text.endswith(f"{reference.README_END}\nna\n")
    assert (
        "OUDE-TABEL" not in text
        and "| [`lvs-desktop export`](docs/cli.md#lvs-desktop-export)" in text
    )
    assert out.read_text(encoding="utf-8") == reference.reference()


def test_a_readme_without_markers_is_refused() -> None:
    with pytest.raises(ValueError, match="markers"):
        reference.with_overview("# README zonder markeringen\n")

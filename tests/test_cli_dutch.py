"""The command line speaks Dutch: every parser's help, every usage error, `--version` on each.

The walk goes through the real parser (`cli.build_parser`), every subcommand and nested
subcommand; a new command is walked without a change here. Usage errors go through the
top-level parser with the command's words in front, as a user types them.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lvs_desktop.cli import build_parser, main
from lvs_desktop.commands.i18n import subparsers
from lvs_desktop.store import Vault
from lvs_desktop.sync.labels import FIELD_LABELS
from lvs_desktop.sync.rows import sync_tables

ROOT = Path(__file__).resolve().parents[1]
VERSION = importlib.metadata.version("lvs-desktop")

# argparse's own English, which must all have been translated
ARGPARSE_ENGLISH = (
    "usage:",
    "options:",
    "show this help",
    "positional arguments",
    "required",
    "invalid choice",
    "unrecognized arguments",
    "error:",
    "expected one argument",
)
# Words that give away an untranslated help text (none of them is also a Dutch word)
ENGLISH_WORDS = {
    "the", "and", "with", "from", "this", "that", "only", "show", "list", "file", "files",
    "name", "default", "usage", "options", "positional", "argument", "arguments", "help",
    "exit", "command", "commands", "action", "new", "one", "for", "by", "to", "or", "all",
    "not", "who", "when", "write", "read", "cases", "vault", "else", "prompt", "e.g",
    "set", "add", "edit", "archive", "archived", "too", "each", "date", "day", "number",
    "schools", "year", "people", "person", "print", "letters", "youth", "their",
}  # fmt: skip


def words_outside_names(text: str, commands: frozenset[str] = frozenset()) -> set[str]:
    """The words of `text` without option names, `quoted` or 'quoted' bits, {choices},
    $VARIABLES and the `commands` named: what is left is prose (or a metavar), and must be
    Dutch."""
    text = re.sub(r"lvs-desktop(?: [a-z_-]+)*", " ", text)  # the program and its commands
    for command in commands:
        text = re.sub(rf"(?<![\w-]){re.escape(command)}(?![\w-])", " ", text)
    text = re.sub(r"`[^`]*`|'[^']*'|\{[^}]*\}|\$\w+|--?[\w-]+", " ", text)
    return {w.lower() for w in re.findall(r"[A-Za-zëé][A-Za-zëé.]*[A-Za-zëé]", text)}


def all_parsers() -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    """Every parser with the words that reach it, e.g. (["region", "schools", "import"], p)."""
    for parser in subparsers(build_parser()):
        yield parser.prog.split()[1:], parser


def parser_ids() -> list[str]:
    return [" ".join(words) or "lvs-desktop" for words, _ in all_parsers()]


PARSERS = list(all_parsers())
COMMANDS = frozenset(words[-1] for words, _ in PARSERS if words)


def test_the_walk_reaches_nested_commands() -> None:
    names = {" ".join(words) for words, _ in PARSERS}
    assert {"", "vault init", "region schools import", "task reschedule", "case show"} <= names
    assert len(PARSERS) >= 30


@pytest.mark.parametrize(("words", "parser"), PARSERS, ids=parser_ids())
def test_help_is_dutch(words: list[str], parser: argparse.ArgumentParser) -> None:
    text = parser.format_help()
    assert text.startswith("gebruik: lvs-desktop"), text
    for english in ARGPARSE_ENGLISH:
        assert english not in text.lower(), (english, text)
    assert "toon deze hulp en stop" in text and "opties:" in text
    leftover = words_outside_names(text, COMMANDS) & ENGLISH_WORDS
    assert not leftover, (leftover, text)
    for action in parser._actions:  # and each help string of ours on its own
        if action.help and action.help is not argparse.SUPPRESS:
            assert not words_outside_names(action.help) & ENGLISH_WORDS, action.help
    if parser.description:
        assert not words_outside_names(parser.description) & ENGLISH_WORDS, parser.description


def test_the_heuristic_catches_english() -> None:
    """The word check above would fail on the help texts as they were before translation."""
    assert words_outside_names("whose cases (name or code; default: the vault's owner)") & (
        ENGLISH_WORDS
    )
    assert not words_outside_names(
        "van welke consulent (naam of code; standaard: de eigenaar van de kluis)"
    ) & (ENGLISH_WORDS)


def _value(action: argparse.Action) -> str:
    if action.choices:
        return str(next(iter(action.choices)))
    return "1" if action.type is int else "x"


def valid_argv(words: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """The command's words plus every required argument with an acceptable value (and, for
    a command that needs a subcommand, the first subcommand's)."""
    argv = list(words)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            if action.required:
                name, child = next(iter(action.choices.items()))
                return valid_argv([*argv, name], child)
        elif not action.option_strings and action.nargs != 0:
            argv.append(_value(action))
        elif action.required:
            argv += [action.option_strings[0], _value(action)]
    return argv


def required_here(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The arguments this parser itself cannot do without (not its subcommand)."""
    return [
        a
        for a in parser._actions
        if not isinstance(a, argparse._SubParsersAction)
        and (a.required if a.option_strings else a.nargs not in ("?", "*"))
    ]


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Parse `argv` as the program does; it must stop with status 2 and one line on stderr."""
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    out, err = capsys.readouterr()
    assert stopped.value.code == 2 and out == ""
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "--help)" in err and "zie lvs-desktop" in err
    for english in ARGPARSE_ENGLISH:
        assert english not in err.lower(), err
    return err


@pytest.mark.parametrize(("words", "parser"), PARSERS, ids=parser_ids())
def test_usage_errors_are_one_dutch_line(
    words: list[str], parser: argparse.ArgumentParser, capsys: pytest.CaptureFixture[str]
) -> None:
    # the valid line parses: the errors below come from what each case changes, nothing else
    assert build_parser().parse_args(valid_argv(words, parser)) is not None
    err = usage_error([*valid_argv(words, parser), "--bestaat-niet"], capsys)
    assert "onbekende argumenten: --bestaat-niet" in err
    if required_here(parser):
        err = usage_error(words, capsys)
        assert "deze argumenten zijn verplicht:" in err, err
        assert err.startswith(f"{parser.prog}: ")
    for action in parser._actions:
        if action.choices and action.option_strings:
            argv = [*valid_argv(words, parser), action.option_strings[0], "ongeldig"]
            err = usage_error(argv, capsys)
            assert f"optie {action.option_strings[0]}: ongeldige keuze: 'ongeldig' (kies uit" in err
        if action.type is int and action.option_strings:
            err = usage_error([*valid_argv(words, parser), action.option_strings[0], "x"], capsys)
            assert "ongeldige waarde: 'x'" in err
    if "--vault" in parser._option_string_actions and not parser._subparsers:
        err = usage_error([*valid_argv(words, parser), "--vault"], capsys)  # and no path
        assert "optie --vault: verwacht één waarde" in err


def test_an_unknown_command_is_named_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(["bestaat-niet"], capsys)
    assert err.startswith("lvs-desktop: optie OPDRACHT: ongeldige keuze: 'bestaat-niet'")


@pytest.mark.parametrize(("words", "parser"), PARSERS, ids=parser_ids())
def test_version_on_every_command(
    words: list[str], parser: argparse.ArgumentParser, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "--version" in parser.format_usage()
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args([*words, "--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"lvs-desktop {VERSION}\n"


def test_dutch_whatever_the_language_settings_say(tmp_path: Path) -> None:
    """The real program, with an English locale in every variable gettext reads."""
    english = {"LANG": "en_US.UTF-8", "LANGUAGE": "en", "LC_ALL": "en_US.UTF-8"}
    env = {**os.environ, **english, "LC_MESSAGES": "en_US.UTF-8"}
    run = subprocess.run(
        [sys.executable, "-m", "lvs_desktop", "export", "--vault", str(tmp_path / "k")],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr == (
        "lvs-desktop export: deze argumenten zijn verplicht: --out "
        "(zie lvs-desktop export --help)\n"
    )
    version = subprocess.run(
        [sys.executable, "-m", "lvs_desktop", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert version.returncode == 0 and version.stdout == f"lvs-desktop {VERSION}\n"


def test_argparse_elsewhere_keeps_its_own_language() -> None:
    """The Dutch catalog is lent to argparse only while our parsers work."""
    build_parser().format_help()
    other = argparse.ArgumentParser(prog="ander")
    assert other.format_help().startswith("usage: ander")


def test_missing_transfer_passphrase_names_its_option(
    vault: Vault,
    passphrase: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An export without the team's transfer passphrase names the option for it (the
    vault's own passphrase is there), and writes nothing."""
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    monkeypatch.delenv("LVS_TRANSFER_PASSPHRASE", raising=False)
    out = path.parent / "uit.lvsbundle"
    code = main(["export", "--vault", str(path), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert err == (
        "lvs-desktop: Wachtwoord voor het exportbestand ontbreekt: gebruik "
        "--transfer-passphrase-file of $LVS_TRANSFER_PASSPHRASE.\n"
    )
    monkeypatch.delenv("LVS_PASSPHRASE")
    assert main(["vault", "check", "--vault", str(path)]) == 1
    assert "gebruik --passphrase-file of $LVS_PASSPHRASE." in capsys.readouterr().err


def test_every_synced_column_has_a_dutch_label() -> None:
    """A conflict names its field by these labels; a new synced column needs one."""
    columns = {name for table in sync_tables() for name in table.fields}
    assert columns - set(FIELD_LABELS) == set()


def _update_po() -> object:
    spec = importlib.util.spec_from_file_location(
        "update_po", ROOT / "resources" / "locale" / "update_po.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalog_is_complete_and_compiled() -> None:
    """Every string of ours and of this Python's argparse has Dutch in the .po, and the
    shipped .mo is the .po compiled (run resources/locale/update_po.py after an edit)."""
    pytest.importorskip("babel")
    update_po: object = _update_po()
    catalog = update_po.merged()  # type: ignore[attr-defined]
    assert update_po.untranslated(catalog) == []  # type: ignore[attr-defined]
    compiled = update_po.mo_bytes(update_po.read_catalog())  # type: ignore[attr-defined]
    assert update_po.MO.read_bytes() == compiled  # type: ignore[attr-defined]

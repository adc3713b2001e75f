"""Click's own usage errors (a missing argument, an unknown option or command, an option without its
value) are one `error:` line on stderr with exit 2, as every other bad input is: click printed three
(the usage, a hint, the error)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from cslbridge.cli import main


@pytest.mark.parametrize("args, message", [
    (["convert"], "error: Missing argument 'IN' (see `cslbridge convert --help`)"),
    (["parse", "refs.txt", "--revew"], "error: No such option '--revew'. Did you mean '--review'? "
                                      "(see `cslbridge parse --help`)"),
    (["conver", "refs.bib"], "error: No such command 'conver' (see `cslbridge --help`)"),
    (["render", "refs.bib", "--style"], "error: Option '--style' requires an argument"),
])
def test_a_usage_error_is_one_line(args, message):
    result = CliRunner().invoke(main, args, prog_name="cslbridge")
    assert result.exit_code == 2, result.output
    assert result.stderr == message + "\n"
    assert result.stdout == ""


def test_help_and_version_still_exit_zero():
    runner = CliRunner()
    assert runner.invoke(main, ["convert", "--help"], prog_name="cslbridge").stdout.startswith("Usage: cslbridge convert")
    version = runner.invoke(main, ["--version"], prog_name="cslbridge")
    assert version.exit_code == 0 and "cslbridge, version" in version.stdout


def test_the_installed_command_exits_with_the_codes_of_its_commands(tmp_path):
    """Through the real entry point: a good conversion exits 0 and a bad file 1, not the `None` click returns
    when it does not exit for us."""
    good = tmp_path / "one.ris"
    good.write_text("TY  - JOUR\nAU  - Rahimov, Farrukh\nTI  - Water sharing in the Amu Darya basin\n"
                    "PY  - 2019\nER  - \n", encoding="utf-8")
    bad = tmp_path / "none.ris"
    bad.write_text("no records here\n", encoding="utf-8")
    command = [sys.executable, "-m", "cslbridge", "convert", "-t", "csljson"]
    ran = subprocess.run(command + [str(good)], capture_output=True, text=True)
    assert ran.returncode == 0 and '"Rahimov"' in ran.stdout, ran.stderr
    ran = subprocess.run(command + [str(bad)], capture_output=True, text=True)
    assert ran.returncode == 1 and ran.stderr.count("\n") == 1 and ran.stderr.startswith("error: "), ran.stderr


NOTES = """Notes
1. Author’s interview with an anonymous expert, Moscow, 13 August 2012.
2. See also Flikke (2009).
3. Flikke, G. 2009. “Pacifism in the Soviet Union.” Europe-Asia Studies 61 (2): 237–262.
"""


@pytest.mark.parametrize("command", [["render"], ["preview"]])
def test_an_unknown_locale_is_refused_before_the_input_is_read(tmp_path, command):
    """`render --locale xx-YY notes.txt` printed the input's own line (its pointer notes are not rendered) and
    then the locale's error: a usage error is the one line, before anything is read."""
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    result = CliRunner().invoke(main, [*command, "--locale", "xx-YY", str(path)], prog_name="cslbridge")
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and "unknown locale 'xx-YY'" in result.stderr, result.stderr
    assert result.stderr.startswith("error: ") and result.stdout == ""

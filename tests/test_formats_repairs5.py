"""Format faults the last stop left alone: the API's own words for a format it cannot tell,
classic BibTeX's month 17-20, and an entry left open at the end of a file."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import cslbridge
from cslbridge.cli import main
from cslbridge.formats import UnknownFormat

# Neither BibTeX, RIS, CSL-JSON nor prose: no reader claims it (NUL-free control bytes).
UNREADABLE = "\x01\x02\x03 \x04\x05\x06\n"


def test_the_api_names_its_format_argument_and_the_cli_its_option(tmp_path):
    """`cslbridge.read(path)` on input it cannot tell said 'name it with --from', an option a
    Python caller has no way to pass; the API names its `format` argument, the CLI `--from`."""
    path = tmp_path / "refs.dat"
    path.write_text(UNREADABLE, encoding="utf-8")
    with pytest.raises(UnknownFormat) as read:
        cslbridge.read(str(path))
    assert str(read.value) == f"{path}: cannot tell the format; pass format=, e.g. format='ris'"
    with pytest.raises(UnknownFormat) as from_text:
        cslbridge.read_string(UNREADABLE)
    assert str(from_text.value) == "<input>: cannot tell the format; pass format=, e.g. format='ris'"
    result = CliRunner().invoke(main, ["convert", str(path), "-t", "ris"])
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {path}: cannot tell the format; name it with --from"

"""Long reads show a bar on a terminal and nothing when piped; the bar sees every entry."""

import os
import pty
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import cslbridge
from cslbridge.cli import main
from cslbridge.parse import parse_page

ROOT = Path(__file__).resolve().parents[1]
BIB = ROOT / "fixtures" / "bibtex" / "jabref.bib"
PAGE = ROOT / "fixtures" / "pages" / "springer_brackets.txt"


class Recorder:
    def __init__(self):
        self.seen = []

    def __call__(self, sequence):
        for thing in sequence:
            self.seen.append(thing)
            yield thing


def test_reader_hands_every_entry_to_the_bar_and_reads_the_same():
    recorder = Recorder()
    with_bar = cslbridge.read(str(BIB), progress=recorder)
    assert with_bar.items == cslbridge.read(str(BIB)).items
    assert len(recorder.seen) >= len(with_bar.items) > 3


def test_page_parser_tags_in_batches_the_bar_follows():
    recorder = Recorder()
    text = PAGE.read_text(encoding="utf-8")
    result = parse_page(text, "page.txt", progress=recorder)
    tagged = sum(len(batch) for batch in recorder.seen)
    works = [i for i in result.items if not i["custom"].get("pointer") and not i["custom"].get("commentary")]
    assert tagged == len(works) > 3
    assert result.items == parse_page(text, "page.txt").items


def _big_bibtex(path: Path, n: int) -> None:
    path.write_text("".join(
        f"@article{{key{i},\n  author = {{M{{\\\"u}}ller, Anna and van der Berg, Jan}},\n"
        f"  title = {{Regional security in Central Asia, part {i}}},\n  journal = {{Europe-Asia Studies}},\n"
        f"  year = {{{1990 + i % 30}}},\n  pages = {{{i}--{i + 9}}}\n}}\n\n" for i in range(n)), encoding="utf-8")


def test_piped_convert_prints_no_bar(tmp_path):
    bib = tmp_path / "big.bib"
    _big_bibtex(bib, 300)
    result = CliRunner().invoke(main, ["convert", str(bib), "-t", "csljson", "-o", str(tmp_path / "out.json")])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_convert_on_a_terminal_shows_a_bar(tmp_path):
    bib = tmp_path / "big.bib"
    _big_bibtex(bib, 3000)
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "cslbridge", "convert", str(bib), "-t", "csljson", "-o", str(tmp_path / "out.json")],
        stderr=follower, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the command ends
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=120) == 0
    os.close(leader)
    assert b"reading" in shown and b"100%" in shown
    assert (tmp_path / "out.json").read_text(encoding="utf-8").count('"id"') == 3000

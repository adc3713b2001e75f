"""The core every format relies on: validation, stable ids, the format registry, decoding, CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cslbridge import textio
from cslbridge.cli import main
from cslbridge.formats import UnknownFormat, detect_format, format_names, get_format
from cslbridge.items import Problem, add_note, assign_ids, base_key, date, date_year, validate


# --- validate ------------------------------------------------------------------

def test_valid_item_has_no_problems():
    item = {"id": "allison2008", "type": "article-journal", "title": "Virtual regionalism",
            "author": [{"family": "Allison", "given": "Roy"}, {"literal": "World Health Organization"}],
            "issued": {"date-parts": [[2008, 6]]}, "page": "185-202", "volume": 27,
            "custom": {"confidence": {"title": 0.9}}}
    assert validate(item) == []


@pytest.mark.parametrize("field,value,message", [
    ("type", "journal", "field 'type': unknown item type 'journal'"),
    ("journal", "Nature", "field 'journal': not a CSL variable"),
    ("author", "Smith, John", "field 'author': must be a list of name objects"),
    ("author", [{"family": "Smith", "first": "John"}], "field 'author': name 1 has unknown part(s) first"),
    ("editor", [{"family": "A"}, {"suffix": "Jr."}], "field 'editor': name 2 has no family, given or literal part"),
    ("issued", "2018", "field 'issued': must be a date object"),
    ("issued", {"date-parts": [[2018, 25, 1]]}, "field 'issued': month 25 out of range"),
    ("issued", {"date-parts": [[2018, 2, 32]]}, "field 'issued': day 32 out of range"),
    ("issued", {"date-parts": [["2018a"]]}, "field 'issued': date-parts ['2018a'] must be numbers"),
    ("accessed", {"season": 1}, "field 'accessed': needs date-parts, literal or raw"),
    ("title", ["A", "B"], "field 'title': must be a string"),
    ("volume", True, "field 'volume': must be a string or number"),
    ("custom", "x", "field 'custom': must be an object"),
])
def test_validate_names_entry_and_field(field, value, message):
    item = {"id": "zverev2018", "type": "article-journal", "title": "T", field: value}
    problems = validate(item, "refs.json", 12)
    assert [p.message for p in problems] == [message]
    assert str(problems[0]) == f"refs.json:12: entry 'zverev2018': {message}"


def test_validate_reports_every_problem_and_missing_keys():
    problems = validate({"title": ["A"], "issued": {}}, "refs.json")
    messages = [p.message for p in problems]
    assert "missing 'id'" in messages and "missing 'type'" in messages
    assert "field 'title': must be a string" in messages
    assert "field 'issued': needs date-parts, literal or raw" in messages
    assert validate(["not", "an", "item"])[0].message == "item must be an object, not list"


def test_problem_without_location():
    assert str(Problem("empty input")) == "<input>: empty input"


def test_season_months_are_valid():
    assert validate({"id": "a", "type": "book", "issued": {"date-parts": [[2019, 21]]}}) == []


# --- dates and notes ---------------------------------------------------------

def test_date_helpers():
    assert date(2018, 1, 17) == {"date-parts": [[2018, 1, 17]]}
    assert date(2018, None, 17) == {"date-parts": [[2018]]}
    assert date_year({"date-parts": [["2014"]]}) == 2014
    assert date_year({"literal": "Spring 1999"}) == 1999
    assert date_year({"raw": "n.d."}) is None
    assert date_year(None) is None


def test_add_note_appends_once():
    item = {}
    add_note(item, "  ")
    assert "note" not in item
    add_note(item, "AD: MGIMO")
    add_note(item, "UR: http://x")
    add_note(item, "AD: MGIMO")
    assert item["note"] == "AD: MGIMO\nUR: http://x"


# --- assign_ids ------------------------------------------------------------------

def _items():
    return [
        {"type": "book", "title": "Поворот к Азии", "author": [{"family": "Лукин", "given": "А. В."}],
         "issued": {"date-parts": [[2014]]}},
        {"type": "article-journal", "title": "The Russian–Kyrgyz relations",
         "author": [{"family": "Зверев", "given": "Р."}], "issued": {"date-parts": [[2018]]}},
        {"type": "article-journal", "title": "The Russian–Kyrgyz relations, part 2",
         "author": [{"family": "Зверев", "given": "Р."}], "issued": {"date-parts": [[2018]]}},
        {"type": "article-journal", "title": "The Russian–Kyrgyz relations, part 3",
         "author": [{"family": "Зверев", "given": "Р."}], "issued": {"date-parts": [[2018]]}},
        {"type": "report", "title": "Situation report", "author": [{"literal": "World Health Organization"}],
         "issued": {"date-parts": [[2020, 3, 11]]}},
        {"type": "document", "title": "Über die Zukunft", "editor": [{"family": "Müller"}]},
        {"type": "document"},
    ]


def test_assign_ids_transliterates_cyrillic_and_suffixes_clashes():
    ids = [item["id"] for item in assign_ids(_items())]
    assert ids == ["lukin2014povorot", "zverev2018russian", "zverev2018russiana", "zverev2018russianb",
                   "world2020situation", "mulleruber", "item"]
    assert all(i.isascii() for i in ids)


def test_assign_ids_is_stable_and_keeps_existing_ids():
    first = [item["id"] for item in assign_ids(_items())]
    assert [item["id"] for item in assign_ids(_items())] == first
    items = _items()
    items[2]["id"] = "zverev2018russian"          # an existing id takes the key first
    ids = [item["id"] for item in assign_ids(items)]
    assert ids[2] == "zverev2018russian"
    assert ids[1] == "zverev2018russiana"
    assert len(set(ids)) == len(ids)


def test_base_key_skips_stopwords_and_numbers():
    item = {"title": "The 2008 crisis", "author": [{"family": "van der Meer"}], "issued": {"date-parts": [[2010]]}}
    assert base_key(item) == "vandermeer2010crisis"


def test_base_key_of_unsigned_items_starts_with_a_word():
    press = {"type": "article-newspaper", "title": "Sadyr Japarov registers as a candidate",
             "container-title": "Azattyk", "issued": {"date-parts": [[2020, 10, 6]]}}
    assert base_key(press) == "azattyk2020sadyr"
    untitled = {"type": "article-newspaper", "container-title": "Pravda", "issued": {"date-parts": [[1956, 2, 14]]}}
    assert base_key(untitled) == "pravda1956"
    page = {"type": "webpage", "title": "The 2030 Agenda", "issued": {"date-parts": [[2015]]}}
    assert base_key(page) == "agenda2015"
    files = [{"type": "manuscript", "archive": "Russian State Historical Archive (RGIA)",
              "archive_location": "f. 592, op. 1, d. 387, l. 14–19"},
             {"type": "manuscript", "archive": "ГАРФ", "archive_location": "Ф. Р-5446. Оп. 1. Д. 37"},
             {"type": "manuscript", "archive": "Natsyianal′ny arkhiŭ Respubliki Belarus′ (NARB)",
              "archive_location": "f. 4p, op. 156", "issued": {"date-parts": [[1941]]}}]
    assert [base_key(f) for f in files] == ["rgiaf592", "garff5446", "narb1941f4p"]


# --- registry and detection --------------------------------------------------------

def test_registry_lists_built_in_formats():
    names = format_names()
    assert {"csljson", "ris"} <= set(names)
    assert "ris" in format_names(readable=True, writable=True)
    assert get_format("CSL-JSON").name == "csljson"        # alias, any case


def test_unknown_format_suggests_close_names():
    with pytest.raises(UnknownFormat, match=r"unknown format 'riss'.*did you mean ris"):
        get_format("riss")


def test_detection_by_extension_then_content():
    assert detect_format("refs.json", "").name == "csljson"
    assert detect_format("refs.RIS", "").name == "ris"
    assert detect_format("-", '[{"id": "a", "type": "book"}]').name == "csljson"
    assert detect_format(None, "\ufeffTY  - JOUR\r\nTI  - x\r\nER  - \r\n").name == "ris"
    # a generic extension gives way to unmistakable content (databases save RIS as .txt)
    assert detect_format("savedrecs.txt", "TY  - JOUR\nTI  - x\nER  - \n").name == "ris"
    assert detect_format("refs.json", "TY  - JOUR\nER  - \n").name == "ris"
    assert detect_format("refs.txt", "Allison R. Virtual regionalism. 2008.").name == "text"
    with pytest.raises(UnknownFormat, match="standard input: cannot tell the format"):
        detect_format("-", "\x01\x02")


# --- textio ---------------------------------------------------------------------------

def test_decode_utf8_and_bom():
    assert textio.decode("Зверев".encode("utf-8")) == "Зверев"
    assert textio.decode(b"\xef\xbb\xbfTY  - JOUR") == "TY  - JOUR"
    assert textio.decode("Wæver".encode("utf-16")) == "Wæver"


def test_decode_cp1251_and_cp1252():
    russian = "Россия и новые государства Евразии, 2018, № 1"
    assert textio.decode(russian.encode("cp1251")) == russian
    french = "Sécurité régionale — Über"
    assert textio.decode(french.encode("cp1252")) == french


def test_decode_refuses_binary():
    with pytest.raises(textio.InputError, match=r"^scan\.pdf: looks like binary data"):
        textio.decode(b"%PDF-1.4\x00\x00\x01", "scan.pdf")


def test_read_text_refuses_huge_and_missing_files(tmp_path, monkeypatch):
    path = tmp_path / "big.ris"
    path.write_bytes(b"TY  - JOUR\n" * 10)
    monkeypatch.setattr(textio, "MAX_INPUT_BYTES", 50)
    with pytest.raises(textio.InputError, match="big.ris: larger than"):
        textio.read_text(str(path))
    with pytest.raises(textio.InputError, match="missing.ris: No such file"):
        textio.read_text(str(tmp_path / "missing.ris"))


# --- CLI -------------------------------------------------------------------------------

GOOD = {"id": "allison2008", "type": "article-journal", "title": "Virtual regionalism",
        "author": [{"family": "Allison", "given": "Roy"}], "issued": {"date-parts": [[2008]]}}


def _run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_cli_convert_ok(tmp_path):
    path = tmp_path / "refs.json"
    path.write_text(json.dumps([GOOD]), encoding="utf-8")
    result = _run("convert", str(path), "-t", "ris")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"TY  - JOUR\r\nID  - allison2008\r\n")
    assert result.stderr == ""


def test_cli_convert_from_stdin():
    result = _run("convert", "-", "-f", "csljson", "-t", "ris", input=json.dumps([GOOD]))
    assert result.exit_code == 0
    assert "AU  - Allison, Roy" in result.stdout


def test_cli_convert_bad_entry_exit_1_good_entries_written(tmp_path):
    path = tmp_path / "refs.json"
    bad = {"id": "bad1", "type": "journal", "title": "Wrong type"}
    text = json.dumps([GOOD, bad], indent=1)
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index(' {', 2) + 1      # where the second item opens
    result = _run("convert", str(path), "-t", "csljson")
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"error: {path}:{line}: entry 'bad1': field 'type': unknown item type "
                                     f"'journal'; kept in note")
    # the bad entry is kept too, its refused type in its note, so nothing the file held is lost
    assert json.loads(result.stdout) == [GOOD, {"id": "bad1", "type": "document", "title": "Wrong type",
                                                "note": "type: journal"}]


@pytest.mark.parametrize("name", ["refs.bib", "refs.ris", "refs.json", "refs.yaml"])
def test_cli_convert_blank_file_is_reported_in_every_format(tmp_path, name):
    path = tmp_path / name
    path.write_text("\n  \n", encoding="utf-8")
    result = _run("convert", str(path), "-t", "csljson")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: ") and "empty input" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args,message", [
    (["convert", "{path}", "-t", "nosuch"], "error: unknown format 'nosuch'"),
    (["convert", "{path}", "-f", "nosuch", "-t", "ris"], "error: unknown format 'nosuch'"),
    (["convert", "{missing}", "-t", "ris"], "error: {missing}: No such file or directory"),
    (["convert", "{path}", "-t", "text"], "error: format 'text' can be read but not written"),
    (["validate", "{binary}"], "error: {binary}: looks like binary data, not a bibliography"),
])
def test_cli_usage_errors_are_one_line_exit_2(tmp_path, args, message):
    path = tmp_path / "refs.json"
    path.write_text(json.dumps([GOOD]), encoding="utf-8")
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF\x00\x00")
    names = {"path": path, "missing": tmp_path / "missing.ris", "binary": binary}
    result = _run(*(a.format(**names) for a in args))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message.format(**names))
    assert "Traceback" not in result.output


def test_cli_validate_lists_each_problem(tmp_path):
    path = tmp_path / "refs.json"
    items = [GOOD, {"id": "b", "type": "book", "issued": {"date-parts": [[2018, 25]]}}]
    path.write_text(json.dumps(items, indent=1), encoding="utf-8")
    result = _run("validate", str(path))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].endswith("entry 'b': field 'issued': month 25 out of range; kept in note")
    assert lines[-1] == "2 item(s) read, 1 problem(s)"
    path.write_text(json.dumps([GOOD]), encoding="utf-8")
    ok = _run("validate", str(path))
    assert ok.exit_code == 0 and ok.stderr.strip() == "1 item(s) read, 0 problem(s)"


def test_cli_formats_lists_read_write():
    result = _run("formats")
    assert result.exit_code == 0
    rows = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert "read/write" in rows["ris"] and ".ris" in rows["ris"]
    assert "read/write" in rows["csljson"]


def test_cli_empty_stdin_is_empty_input_not_an_unknown_format():
    """CI runs commands with nothing on standard input: that is an empty input (exit 1),
    as a blank file is, whatever the command, not a format that cannot be told."""
    for args in (["convert", "-", "-t", "ris"], ["validate", "-"], ["render", "-", "--style", "apa"]):
        result = _run(*args, input="")
        assert result.exit_code == 1, args
        assert result.stderr.strip().splitlines()[0] == "error: <stdin>: empty input: nothing to read"


def test_cli_closed_stdin_and_unwritable_output_are_one_line_errors(tmp_path, monkeypatch):
    path = tmp_path / "refs.json"
    path.write_text(json.dumps([GOOD]), encoding="utf-8")
    for out in (tmp_path, tmp_path / "no such folder" / "refs.ris"):
        result = _run("convert", str(path), "-t", "ris", "-o", str(out))
        assert result.exit_code == 2
        assert result.stderr.strip().startswith(f"error: {out}: cannot write: ")
        assert len(result.stderr.strip().splitlines()) == 1
    monkeypatch.setattr(textio.sys, "stdin", None)  # as under a runner that closes it
    with pytest.raises(textio.InputError, match=r"^standard input: closed"):
        textio.read_text("-")


def test_decode_utf16_without_a_byte_order_mark():
    """Some Windows tools save UTF-16 with no BOM; its zero high bytes were taken for binary
    data. The zeros on one side of every byte pair tell it; binary data is still refused."""
    text = ("Список литературы\n1. Лукин А.В. Поворот к Азии. М.: Весь мир, 2014. 640 с.\n"
            "2. Allison R. Virtual regionalism. Central Asian Survey, 2008, vol. 27, no. 2, pp. 185-202.\n")
    assert textio.decode(text.encode("utf-16-le"), "refs.txt") == text
    assert textio.decode(text.encode("utf-16-be"), "refs.txt") == text
    import random

    rng = random.Random(3)
    noise = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\x00"
    for data in (b"%PDF-1.4\x00\x00\x01" * 50, noise, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40):
        with pytest.raises(textio.InputError, match="looks like binary data"):
            textio.decode(data, "scan.pdf")

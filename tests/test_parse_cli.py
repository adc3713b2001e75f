"""`cslbridge parse` end to end: outputs, --page, --review, other formats, bad input."""

import json
from pathlib import Path

from click.testing import CliRunner

from cslbridge.cli import main
from cslbridge.formats import detect_format, get_format

from seeds import seed_path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "fixtures" / "pages"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)



def test_parse_writes_csljson_in_input_order():
    result = run("parse", str(seed_path("000_86c3b057a0d4154e.txt")))
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [i["custom"]["number"] for i in items] == list(range(1, 21))
    assert all(i["custom"]["source"] and "URL: Link" not in i["custom"]["source"] for i in items)


def test_parse_page_puts_the_article_first():
    result = run("parse", "--page", str(seed_path("000_86c3b057a0d4154e.txt")))
    assert result.exit_code == 0
    article, *refs = json.loads(result.stdout)
    assert article["custom"]["article"] is True and len(refs) == 20
    assert {tuple(r["custom"]["cited-by"]) for r in refs} == {(article["id"],)}


def test_parse_keeps_pointers_marked_in_csljson():
    result = run("parse", str(PAGES / "chicago_notes.txt"))
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    pointers = [i for i in items if i["custom"].get("pointer")]
    assert [p["custom"]["number"] for p in pointers] == [2, 3, 6, 8]
    assert all(p["type"] == "document" and p["note"] == p["custom"]["source"] for p in pointers)


def test_formats_that_cannot_mark_pointers_leave_them_out_and_say_so(tmp_path):
    out = tmp_path / "notes.ris"
    result = run("parse", str(PAGES / "chicago_notes.txt"), "-t", "ris", "-o", str(out))
    assert result.exit_code == 0
    assert result.stderr.strip() == (f"note: {PAGES / 'chicago_notes.txt'}: 5 pointer or commentary note(s) are "
                                     "not works and are left out: ris cannot mark them (use -t csljson to keep them)")
    text = out.read_text(encoding="utf-8")
    assert text.count("ER  -") == 4  # notes 1, 5 (two works) and 7
    assert "Ibid" not in text and "op. cit" not in text


def test_review_lists_uncertain_items_instead_of_writing_them():
    result = run("parse", "--review", str(seed_path("003_114b52dd7ae8b880.txt")))
    assert result.exit_code == 0
    assert "need review" in result.stdout.splitlines()[0]
    assert not result.stdout.lstrip().startswith("[")
    flagged = [line for line in result.stdout.splitlines() if line.startswith("#")]
    sources = [line for line in result.stdout.splitlines() if line.startswith("  source: ")]
    assert len(flagged) == len(sources) == int(result.stdout.split()[0])


def test_review_goes_to_the_output_file_named(tmp_path):
    """`parse --review -o review.txt` printed the list on stdout and wrote no file."""
    out = tmp_path / "review.txt"
    seed = str(seed_path("003_114b52dd7ae8b880.txt"))
    result = run("parse", "--review", seed, "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8") == run("parse", "--review", seed).stdout
    assert out.read_text(encoding="utf-8").splitlines()[0].endswith("item(s) need review")


def test_output_format_follows_the_output_files_extension(tmp_path):
    """`parse refs.txt -o refs.bib` wrote CSL-JSON into the .bib (which BibTeX tools read as
    nothing), `render -o refs.html` plain text, and `convert -o refs.ris` wanted -t anyway. Without
    -t/--format the extension names the format, as pandoc does; -t still wins; an extension that
    names no writer is a one-line usage error for convert (its -t has no default)."""
    refs = PAGES / "apa_hanging.txt"
    bib, ris, page, odd = (tmp_path / name for name in ("refs.bib", "refs.ris", "refs.html", "refs.xyz"))
    assert run("parse", str(refs), "-o", str(bib)).exit_code == 0
    assert bib.read_text(encoding="utf-8").startswith("@article{acemoglu2001colonial,")
    assert run("parse", str(refs), "-o", str(ris), "-t", "csljson").exit_code == 0
    assert json.loads(ris.read_text(encoding="utf-8"))[0]["id"] == "acemoglu2001colonial"
    assert run("convert", str(bib), "-o", str(ris)).exit_code == 0
    assert ris.read_text(encoding="utf-8").startswith("TY  - JOUR\nID  - acemoglu2001colonial\n")
    assert run("render", str(bib), "-o", str(page)).exit_code == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert '<div class="csl-entry">Acemoglu, D.' in page.read_text(encoding="utf-8")
    result = run("convert", str(bib), "-o", str(odd))
    assert result.exit_code == 2 and not odd.exists()
    assert result.stderr.strip() == f"error: name the output format with -t (e.g. -t ris): the extension of {odd} names no format"


def test_html_input_and_stdin():
    html = (PAGES / "journal_ol.html").read_text(encoding="utf-8")
    result = run("parse", "-", input=html)
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert len(items) == 3
    assert items[0]["custom"]["source"].startswith("Gokhberg L.M., Kuznetsova T.E. [Innovation")


def test_output_file(tmp_path):
    out = tmp_path / "refs.json"
    result = run("parse", str(PAGES / "gost_cyrillic.txt"), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 5


def test_no_references_is_an_error_without_output():
    result = run("parse", str(PAGES / "no_references.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"error: {PAGES / 'no_references.txt'}: no references found in the input"


def test_empty_file(tmp_path):
    """`empty input`, as the README promises for a blank file in every format, on one line
    also with --page (which used to add 'no article title' and 'no references' lines)."""
    path = tmp_path / "empty.txt"
    path.write_text("\n  \n")
    for args in (["parse", str(path)], ["parse", "--page", str(path)], ["convert", str(path), "-t", "ris"]):
        result = run(*args)
        assert result.exit_code == 1
        assert result.stderr.strip() == f"error: {path}: empty input: nothing to read"


def test_parse_refuses_bibtex_ris_and_csl_json_and_names_convert(tmp_path):
    """`parse` is the free-text parser: on a BibTeX, RIS or CSL-JSON file it made works out of
    field names and braces (exit 0). It says what the file is and how to read it instead;
    a plain list saved under such an extension is still parsed."""
    bib = ROOT / "fixtures" / "bibtex" / "zotero_bibtex.bib"
    ris = ROOT / "fixtures" / "ris" / "zotero.ris"
    for path, name in ((bib, "bibtex"), (ris, "ris"), (ROOT / "fixtures" / "csljson" / "sample.json", "csljson")):
        target = "csljson" if name == "ris" else "ris"
        result = run("parse", str(path), "-t", target)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.strip() == (f"error: {path}: this is {name}, not a text or HTML page: "
                                         f"read it with `cslbridge convert {path} -t {target}`")
    listed = tmp_path / "refs.json"
    for path, name in ((ROOT / "fixtures" / "csljson" / "sample.json", "csljson"), (bib, "bibtex")):
        result = run("parse", str(path), "-t", name)  # `parse refs.json` sent the user to convert it to itself
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.strip() == (f"error: {path}: this is {name} already, not a text or HTML page: "
                                         f"use it as it is (`cslbridge render {path}`, `cslbridge validate {path}`)")
    listed.write_text("1. Lukin A.V. Povorot k Azii. Moscow, Ves' Mir Publ., 2014, 640 p.\n"
                      "2. Allison R. Virtual regionalism. Central Asian Survey, 2008, vol. 27, no. 2, pp. 185-202.\n",
                      encoding="utf-8")
    result = run("parse", str(listed))
    assert result.exit_code == 0
    assert [i["issued"] for i in json.loads(result.stdout)] == [{"date-parts": [[2014]]}, {"date-parts": [[2008]]}]


def test_a_page_quoting_a_bibtex_block_further_down_is_still_a_page(tmp_path):
    """Article pages offer 'Cite this article' boxes in BibTeX or RIS; a text copy holds one
    after its prose, and is parsed as the page it is, not refused as a BibTeX file."""
    page = tmp_path / "article.txt"
    page.write_text("Trade and Integration in Central Asia\nAnna Petrova\n\nAbstract\n" + "We study trade. " * 40
                    + "\n\nCite this article:\n@article{petrova2021,\n  title = {Trade and Integration},\n"
                    "  author = {Petrova, Anna},\n  year = {2021}\n}\n\nReferences\n"
                    "1. Lukin A.V. Povorot k Azii. Moscow, Ves' Mir Publ., 2014, 640 p.\n"
                    "2. Allison R. Virtual regionalism. Central Asian Survey, 2008, vol. 27, no. 2, pp. 185-202.\n",
                    encoding="utf-8")
    for args in (["parse", str(page)], ["parse", "--page", str(page)]):
        result = run(*args)
        assert result.exit_code == 0, result.stderr
        assert [i.get("container-title") for i in json.loads(result.stdout)][-1] == "Central Asian Survey"


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02" * 100)
    result = run("parse", str(path))
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"error: {path}: looks like binary data, not a bibliography "
                                     "(a PDF: copy its text out first, e.g. with pdftotext)")


def test_pdf_and_docx_are_refused_by_their_opening_bytes(tmp_path):
    """A PDF whose opening is uncompressed text (no control bytes in the first 4 KB) was read
    as text: `parse` said 'no references found', `convert` 'cannot tell the format'. A file
    is refused by its signature, saying what it is and what to do, in every command."""
    pdf = tmp_path / "article.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    docx = tmp_path / "references.docx"
    docx.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + b"[Content_Types].xml" + b"x" * 200)
    for path, what in ((pdf, "a PDF: copy its text out first, e.g. with pdftotext"),
                       (docx, "a ZIP archive, such as a .docx or .odt: save it as plain text first")):
        for args in (["parse", str(path)], ["parse", "--page", str(path)], ["convert", str(path), "-t", "ris"]):
            result = run(*args)
            assert result.exit_code == 2 and result.stdout == ""
            assert result.stderr.strip() == f"error: {path}: looks like binary data, not a bibliography ({what})"


def test_huge_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    result = run("parse", str(path))
    assert result.exit_code == 2
    assert "larger than 50 MB" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_unwritable_format_is_a_usage_error():
    result = run("parse", str(PAGES / "one_per_line.txt"), "-t", "html")
    assert result.exit_code == 2 and "can be read but not written" in result.stderr
    result = run("parse", str(PAGES / "one_per_line.txt"), "-t", "nosuch")
    assert result.exit_code == 2 and "unknown format" in result.stderr


def test_missing_file():
    result = run("parse", "does-not-exist.txt")
    assert result.exit_code == 2 and "does-not-exist.txt" in result.stderr


def test_convert_reads_text_through_the_text_format():
    result = run("convert", str(PAGES / "one_per_line.txt"), "-t", "csljson")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 4


def test_convert_keeps_et_al_as_bibtex_and_others(tmp_path):
    refs = tmp_path / "refs.txt"
    refs.write_text("Smith, J., Jones, K., et al. (2019). Regional growth in Europe. Journal of Economic "
                    "Geography, 19(3), 45-67.\n", encoding="utf-8")
    result = run("convert", str(refs), "-t", "bibtex")
    assert result.exit_code == 0, result.output
    assert "author = {Smith, J. and Jones, K. and others}" in result.stdout


def test_text_sniffing_is_low_but_positive():
    refs = (PAGES / "one_per_line.txt").read_text(encoding="utf-8")
    text = get_format("text")
    assert 0 < text.sniff(refs) <= 0.3
    assert text.sniff((PAGES / "no_references.txt").read_text(encoding="utf-8")) == 0
    assert detect_format("-", refs).name == "text"
    csl = json.dumps([{"id": "a", "type": "book", "title": "T", "issued": {"date-parts": [[2001]]}}])
    assert detect_format("-", csl).name == "csljson"
    html = (PAGES / "tandf_notes.html").read_text(encoding="utf-8")
    assert detect_format("-", html).name == "html"


def test_random_bytes_without_nul_are_refused(tmp_path):
    import random

    rng = random.Random(7)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(50000)))
    result = run("parse", str(path))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.strip() == f"error: {path}: does not look like text (binary data or a wrong encoding?)"


def test_only_formats_that_read_pointers_back_keep_them():
    from cslbridge.cli.parse import keeps_marks
    from cslbridge.formats import Format
    from cslbridge.items import ReadResult

    def keep_write(items):
        return json.dumps(items)

    def keep_read(text, source=""):
        return ReadResult(json.loads(text), [])

    def drop_read(text, source=""):
        return ReadResult([{k: v for k, v in i.items() if k != "custom"} for i in json.loads(text)], [])

    assert keeps_marks(Format("keeps", "", read=keep_read, write=keep_write))
    assert not keeps_marks(Format("drops", "", read=drop_read, write=keep_write))
    assert not keeps_marks(Format("write-only", "", write=keep_write))
    assert keeps_marks(get_format("csljson"))


def test_convert_leaves_pointers_out_of_a_format_that_cannot_mark_them(tmp_path):
    """`parse -o page.json` then `convert page.json -t ris` wrote "See also ..." and "Ibid."
    as RIS works (TY - GEN), which read back as documents; convert now does what parse -t ris
    does: the works only, and a note on stderr. BibTeX keeps them marked."""
    parsed = run("parse", "--page", str(PAGES / "tandf_notes.html"))
    page = tmp_path / "page.json"
    page.write_text(parsed.stdout, encoding="utf-8")
    items = json.loads(parsed.stdout)
    works = [i["id"] for i in items if not (i["custom"].get("pointer") or i["custom"].get("commentary"))]
    assert 0 < len(works) < len(items)
    result = run("convert", str(page), "-t", "ris")
    assert result.exit_code == 0
    assert [line[6:].strip() for line in result.stdout.splitlines() if line.startswith("ID  - ")] == works
    assert result.stderr.strip() == (f"note: {page}: {len(items) - len(works)} pointer or commentary note(s) are "
                                     "not works and are left out: ris cannot mark them (use -t csljson to keep them)")
    bib = run("convert", str(page), "-t", "bibtex")
    assert bib.stdout.count("\n@") + bib.stdout.startswith("@") == len(items) and bib.stderr == ""


def test_output_file_a_parse_cannot_write_without_t_is_refused_before_reading(tmp_path):
    """`parse refs.txt -o refs.txt` wrote CSL-JSON over the pasted list itself, and `-o refs.html`,
    `.md` or `.nbib` CSL-JSON under a page's or a read-only format's name; as `convert` does, the
    command asks for -t (with -t, or for --review's text listing, the name is the user's choice)."""
    refs = tmp_path / "refs.txt"
    pasted = (PAGES / "one_per_line.txt").read_text(encoding="utf-8")
    refs.write_text(pasted, encoding="utf-8")
    result = run("parse", str(refs), "-o", str(refs))
    assert result.exit_code == 2 and refs.read_text(encoding="utf-8") == pasted
    assert result.stderr.strip() == (f"error: -o {refs}: format 'text' can be read but not written; "
                                     "name the output format with -t (e.g. -t csljson)")
    for name in ("refs.html", "refs.md", "refs.rtf", "refs.nbib"):
        out = tmp_path / name
        result = run("parse", str(refs), "-o", str(out))
        assert result.exit_code == 2 and not out.exists(), name
        assert len(result.stderr.strip().splitlines()) == 1 and str(out) in result.stderr
    assert "is a rendered bibliography" in run("parse", str(refs), "-o", str(tmp_path / "refs.html")).stderr
    listed = tmp_path / "out.txt"
    assert run("parse", str(refs), "-t", "csljson", "-o", str(listed)).exit_code == 0
    assert len(json.loads(listed.read_text(encoding="utf-8"))) == 4
    assert run("parse", "--review", str(refs), "-o", str(listed)).exit_code == 0
    assert "need review" in listed.read_text(encoding="utf-8")
    unnamed = tmp_path / "refs"
    assert run("parse", str(refs), "-o", str(unnamed)).exit_code == 0
    assert len(json.loads(unnamed.read_text(encoding="utf-8"))) == 4


def test_convert_to_a_read_only_format_s_extension_says_so(tmp_path):
    """`convert pubmed.nbib -o refs.nbib` said the extension 'names no format': it names medline,
    which is read only."""
    converted = tmp_path / "refs.nbib"
    result = run("convert", str(ROOT / "fixtures" / "medline" / "pubmed.nbib"), "-o", str(converted))
    assert result.exit_code == 2 and not converted.exists()
    assert result.stderr.strip() == (f"error: -o {converted}: format 'medline' can be read but not written; "
                                     "name the output format with -t (e.g. -t ris)")

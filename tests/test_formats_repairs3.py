"""Format faults an earlier stop left alone: LaTeX italics in titles, BibLaTeX's web sites,
supplied and approximate year ranges, seasons, and `\\url`/`\\$`/`\\%` in free-text fields."""

from __future__ import annotations

from cslbridge.formats import get_format

SMALL_CAPS = '<span style="font-variant:small-caps;">'


def read(fmt: str, text: str) -> list[dict]:
    result = get_format(fmt).read(text, f"refs.{'ris' if fmt == 'ris' else 'bib'}")
    assert result.problems == []
    return result.items


def test_latex_italics_bold_and_small_caps_in_a_title_are_csl_rich_text():
    (item,) = read("bibtex", r"""@article{ashburner1989,
  author = {Ashburner, Michael},
  title = {Gene expression in \textit{Drosophila} and {\em Escherichia coli}: the \emph{lac} operon,
           {\bf bold} claims, H\textsubscript{2}O, 10\textsuperscript{6} cells and \textsc{Dna}},
  journal = {Genetics},
  note = {Read \textit{twice}},
  year = {1989},
}""")
    assert item["title"] == (
        "Gene expression in <i>Drosophila</i> and <i>Escherichia coli</i>: the <i>lac</i> operon, "
        f"<b>bold</b> claims, H<sub>2</sub>O, 10<sup>6</sup> cells and {SMALL_CAPS}Dna</span>")
    assert item["note"] == "Read twice"  # a note is no title: its markup is dropped as before


def test_csl_rich_text_in_a_title_is_written_as_latex_commands_and_read_back():
    item = {"id": "a", "type": "article-journal", "container-title": "Genetics",
            "title": "Gene expression in <i>Drosophila</i>: <b>bold</b> claims, 10<sup>6</sup> cells and <sc>DNA</sc>"}
    for writer in ("bibtex", "biblatex"):
        text = get_format(writer).write([item])
        assert (r"title = {Gene expression in \textit{Drosophila}: \textbf{bold} claims, "
                r"10\textsuperscript{6} cells and \textsc{{DNA}}}") in text, writer
        (again,) = read(writer, text)
        assert again["title"] == ("Gene expression in <i>Drosophila</i>: <b>bold</b> claims, "
                                  f"10<sup>6</sup> cells and {SMALL_CAPS}DNA</span>"), writer
    # RIS has no markup of its own: the text and its tags travel as Zotero's RIS export writes them
    (again,) = read("ris", get_format("ris").write([item]))
    assert again["title"] == item["title"]


def test_a_biblatex_online_entrys_site_is_its_container_title():
    """BibLaTeX's @online names its site in `organization` (or, without an e-print, in
    `eprinttype`), as in `booktitle`: the site is the web page's container."""
    items = read("biblatex", r"""@online{unhcr2022,
  title = {Global Trends: Forced Displacement in 2021},
  organization = {UNHCR},
  date = {2022-06-16},
  url = {https://www.unhcr.org/globaltrends},
}
@online{okafor2023,
  author = {Okafor, Ngozi},
  title = {Reference parsing is not solved},
  eprinttype = {Medium},
  date = {2023-02-01},
  url = {https://medium.com/@okafor/reference-parsing},
}
@online{kingma2014,
  author = {Kingma, Diederik P.},
  title = {Adam: A Method for Stochastic Optimization},
  eprint = {1412.6980},
  eprinttype = {arxiv},
  date = {2014},
}""")
    assert [item.get("container-title") for item in items] == ["UNHCR", "Medium", None]
    assert "publisher" not in items[0] and "note" not in items[1]
    assert items[2]["number"] == "arXiv:1412.6980"  # a real e-print stays one
    for writer in ("bibtex", "biblatex"):
        again = read(writer, get_format(writer).write(items[:2]))
        assert [item["container-title"] for item in again] == ["UNHCR", "Medium"], writer


def test_supplied_dates_and_spans_of_years_are_dates_in_bibtex_and_ris_and_survive_every_writer():
    """A cataloguer's supplied year ('[1850]'), a span of years ('1850–1860') and a circa span
    ('ca. 1850-1860') are dates, not text: BibTeX's `year`/`date` and RIS's `PY`/`DA`."""
    supplied, span = {"date-parts": [[1850]]}, {"date-parts": [[1850], [1860]]}
    circa_span = {**span, "circa": True}
    bib = read("bibtex", r"""@book{a, title = {Cosmos}, author = {Humboldt, Alexander von}, year = {[1845]}}
@book{b, title = {Cosmos}, author = {Humboldt, Alexander von}, year = {ca. 1850-1860}}
@book{c, title = {Cosmos}, author = {Humboldt, Alexander von}, year = {1850--1860}}
@book{d, title = {Cosmos}, author = {Humboldt, Alexander von}, date = {1850/1860}}""")
    assert [item["issued"] for item in bib] == [{"date-parts": [[1845]]}, circa_span, span, span]
    ris = read("ris", "TY  - BOOK\nTI  - Cosmos\nPY  - [1850]\nER  - \n\n"
                      "TY  - BOOK\nTI  - Cosmos\nPY  - ca. 1850-1860\nER  - \n\n"
                      "TY  - BOOK\nTI  - Cosmos\nDA  - 1850–1860\nER  - \n")
    assert [item["issued"] for item in ris] == [supplied, circa_span, span]
    assert all("note" not in item for item in bib + ris)
    items = [{"id": f"i{n}", "type": "book", "title": "Cosmos", "issued": issued}
             for n, issued in enumerate([supplied, circa_span, span])]
    for writer in ("bibtex", "biblatex", "ris", "csljson"):
        again = read(writer, get_format(writer).write(items)) if writer != "csljson" else \
            get_format(writer).read(get_format(writer).write(items), "a.json").items
        assert [item["issued"] for item in again] == [supplied, circa_span, span], writer
        assert all("note" not in item for item in again), writer


def test_a_season_goes_to_zotero_as_words_and_to_biblatex_and_ris_as_they_read_it():
    """A season (month 13-16, or `"season"` given apart) is 'Spring 2019' for Zotero (which reads
    that as the season and '2019-13' as nothing), BibLaTeX's 2019-21 and RIS's 2019///Spring."""
    from cslbridge.zotero.mapping import from_zotero, to_zotero

    items = [{"id": "a", "type": "article-journal", "title": "Steppe grazing", "container-title": "Nomadic Peoples",
              "issued": {"date-parts": [[2019, 13]]}},
             {"id": "b", "type": "article-journal", "title": "Steppe grazing", "container-title": "Nomadic Peoples",
              "issued": {"date-parts": [[2019]], "season": 3}},
             {"id": "c", "type": "article-journal", "title": "Steppe grazing", "container-title": "Nomadic Peoples",
              "issued": {"date-parts": [[2019, 16]], "circa": True}}]
    assert [to_zotero(item)["date"] for item in items] == ["Spring 2019", "Autumn 2019", "ca. Winter 2019"]
    seasons = [{"date-parts": [[2019, 13]]}, {"date-parts": [[2019, 15]]}, {"date-parts": [[2019, 16]], "circa": True}]
    assert [from_zotero(to_zotero(item))["issued"] for item in items] == seasons
    biblatex = get_format("biblatex").write(items)
    assert "date = {2019-21}" in biblatex and "date = {2019-23}" in biblatex and "2019-13" not in biblatex
    ris = get_format("ris").write(items)
    assert "DA  - 2019///Spring" in ris and "DA  - 2019///Autumn" in ris
    for writer in ("bibtex", "biblatex", "ris"):
        assert [item["issued"] for item in read(writer, get_format(writer).write(items))] == seasons, writer


def test_a_url_in_howpublished_or_note_is_read_verbatim_as_the_url_and_dollars_and_percents_as_signs():
    items = read("bibtex", r"""@misc{unhcr2022,
  title = {Global Trends: Forced Displacement in 2021},
  howpublished = {Available at \url{https://www.unhcr.org/global_trends/2021\%20report}},
  year = {2022},
}
@misc{kaab2021,
  title = {Glacier inventory},
  note = {\url{https://glims.org/~kaab/inventory}},
  year = {2021},
}
@misc{okafor2022,
  title = {Costs of \$5 per page and a 10\% fee},
  howpublished = {\href{https://medium.com/@okafor}{Medium}},
  note = {Read at \url{https://example.org/~okafor/notes\_2022}; it cost \$5 (10\%)},
  year = {2022},
}""")
    assert items[0]["URL"] == "https://www.unhcr.org/global_trends/2021%20report"
    assert items[0]["note"] == "howpublished: Available at"  # nothing the file said is lost
    assert items[1]["URL"] == "https://glims.org/~kaab/inventory" and "note" not in items[1]
    assert items[2]["title"] == "Costs of $5 per page and a 10% fee"
    assert items[2]["URL"] == "https://medium.com/@okafor"
    assert items[2]["note"].split("\n") == [
        "Read at https://example.org/~okafor/notes_2022; it cost $5 (10%)", "howpublished: Medium"]


def test_an_abstracts_rich_text_survives_bibtex_as_a_titles_does():
    """Crossref's JATS abstracts carry italics (`<i>weak</i>`): written as `\\textit{}`, read back
    as the same rich text."""
    item = {"id": "a", "type": "article", "title": "Learning to cite",
            "abstract": "We train a reference parser from <i>weak</i> labels on H<sub>2</sub>O."}
    for writer in ("bibtex", "biblatex"):
        text = get_format(writer).write([item])
        assert r"\textit{weak}" in text, writer
        assert read(writer, text)[0]["abstract"] == item["abstract"], writer


def test_a_circa_span_is_written_circa_at_both_ends_as_edtf_says_it():
    """`1850/1860~` is, to Biber and EDTF, an exact start and an approximate end."""
    item = {"id": "a", "type": "book", "title": "Cosmos", "issued": {"date-parts": [[1850], [1860]], "circa": True}}
    text = get_format("biblatex").write([item])
    assert "date = {1850~/1860~}" in text
    assert read("biblatex", text)[0]["issued"] == item["issued"]


def test_a_key_made_from_a_title_with_rich_text_takes_its_first_word_not_a_tag():
    (item,) = read("bibtex", r"@article{, title = {\textit{Drosophila} genetics}, author = {Smith, John},"
                             r" journal = {Genetics}, year = {2019}}")
    assert item["title"] == "<i>Drosophila</i> genetics" and item["id"] == "smith2019drosophila"


def test_a_title_with_rich_text_matches_the_same_title_without_it_in_zotero_sync():
    """A library pushed when BibTeX titles were read as plain text is matched, not pushed twice."""
    from cslbridge.zotero.mapping import match_keys

    plain = {"type": "article-journal", "title": "Drosophila genetics", "author": [{"family": "Smith", "given": "J."}],
             "issued": {"date-parts": [[2019]]}}
    assert match_keys({**plain, "title": "<i>Drosophila</i> genetics"}) == match_keys(plain)

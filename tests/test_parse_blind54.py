"""Blind batch 54: physics, chemistry and materials lists (APS, AIP, IOP, ACS, RSC, Angewandte, Elsevier numbered
physics, Nature, JHEP/INSPIRE)."""

from cslbridge.parse.entries import clean
from cslbridge.parse.fields import item_from_spans, parse_reference
from cslbridge.parse.names import parse_names


def test_a_journal_article_s_e_print_stays_in_the_note():
    """APS and JHEP list the arXiv copy after the article's journal reference: it is no number of the article (it had
    been read as one), and stays in the note, as a BibTeX @article's eprint does."""
    aps = parse_reference("[7] K. Yamada and P. Novák, Spin-orbit torque in epitaxial Pt/Co bilayers, Phys. Rev. B 102, "
                          "184412 (2020), arXiv:2006.07731 [cond-mat.mes-hall].")
    assert aps["type"] == "article-journal"
    assert (aps["container-title"], aps["volume"], aps["page"]) == ("Phys. Rev. B", "102", "184412")
    assert "number" not in aps and "arXiv:2006.07731" in aps["note"]
    jhep = parse_reference("[31] D. Ferrante and L. Osei, Bootstrapping line defects in the O(N) model, JHEP 11 (2021) 087 "
                           "[arXiv:2107.05512].")
    assert (jhep["container-title"], jhep["volume"], jhep["page"]) == ("JHEP", "11", "087")
    assert "number" not in jhep and "arXiv:2107.05512" in jhep["note"]


def test_an_e_print_alone_is_the_preprint_s_number():
    """Without a journal the arXiv id is the preprint's number, as before; a span rule, so held-out gold spans
    (item_from_spans) read a journal's e-print the same way."""
    alone = parse_reference("[12] R. Lindqvist, Notes on the conformal bootstrap, arXiv:1905.04412 [hep-th].")
    assert alone["type"] == "article" and alone["number"] == "arXiv:1905.04412"
    spans = item_from_spans([("A. Ortiz,", "author"), ("Phys. Rev. D", "container"), ("98,", "volume"),
                             ("054512", "pages"), ("(2018),", "date"), ("arXiv:1805.01234.", "number")])
    assert "number" not in spans and "arXiv:1805.01234" in spans["note"]


def test_nature_s_thesis_keeps_the_town_that_names_the_university():
    """Nature's 'PhD thesis, Univ. Cambridge (2016).': the town after 'Univ.', no comma between, names the university
    (it had been read as the place, the publisher 'Univ.' alone); a place after the name's comma stays the place."""
    item = parse_reference("12. Kowalski, P. Charge density waves in layered dichalcogenides. PhD thesis, "
                           "Univ. Cambridge (2014).")
    assert item["type"] == "thesis" and item["genre"] == "PhD thesis"
    assert item["publisher"] == "Univ. Cambridge" and "publisher-place" not in item
    berkeley = parse_reference("Lee, K. Quantum dots in silicon. PhD thesis, Univ. California, Berkeley (2012).")
    assert (berkeley["publisher"], berkeley["publisher-place"]) == ("Univ. California", "Berkeley")


def test_iop_s_stopless_title_gives_the_journal_its_abbreviated_words():
    """IOP's Harvard layout prints no stop after the title: the journal's first abbreviated words ('J.', 'Eur.',
    'Phys.') had stayed on the title's end and the journal had lost them."""
    cases = {
        "Okada T, Brandt M and Silva R 2017 Anisotropic magnetoresistance in thin Fe3O4 films "
        "J. Phys.: Condens. Matter 29 305801": "J. Phys.: Condens. Matter",
        "Nowak P and Chen Y 2020 Teaching rotational dynamics with smartphone sensors Eur. J. Phys. 41 025003":
            "Eur. J. Phys.",
        "Rahman A 2016 Transport in disordered graphene ribbons Phys. Rev. B 93 125402": "Phys. Rev. B",
    }
    for text, journal in cases.items():
        item = parse_reference(text)
        assert item["container-title"] == journal, text
        assert not item["title"].endswith(("J.", "Eur", "Phys")), item["title"]


def test_aps_proceedings_paper_names_its_editors_after_edited_by():
    """APS's and AIP's paper in a proceedings, 'in Proceedings of ..., edited by A. B and C. D (Publisher, Place,
    Year), p. 123.': the editors had stayed in the book's name (a chapter), and a titled paper had gone to the
    tagger, which read the editors as '(SPIE' and the place as the publisher."""
    untitled = parse_reference("[9] P. Lindahl, in Proceedings of the 14th International Symposium on Superconductivity, "
                               "edited by M. Ono and S. Varga (IOP Publishing, Bristol, 2002), p. 311.")
    assert untitled["type"] == "paper-conference" and "title" not in untitled
    assert untitled["container-title"] == "Proceedings of the 14th International Symposium on Superconductivity"
    assert [(n["family"], n["given"]) for n in untitled["editor"]] == [("Ono", "M."), ("Varga", "S.")]
    assert (untitled["publisher"], untitled["publisher-place"], untitled["page"]) == ("IOP Publishing", "Bristol", "311")
    titled = parse_reference("R. Castro and H. Yu, Laser cooling of trapped ytterbium ions, in Proceedings of the 8th "
                             "Symposium on Frequency Standards, edited by J. Adler (World Scientific, Singapore, 2015), "
                             "pp. 45–52.")
    assert titled["type"] == "paper-conference"
    assert titled["title"] == "Laser cooling of trapped ytterbium ions"
    assert titled["container-title"] == "Proceedings of the 8th Symposium on Frequency Standards"
    assert [n["family"] for n in titled["editor"]] == ["Adler"]
    assert (titled["publisher"], titled["publisher-place"], titled["page"]) == ("World Scientific", "Singapore", "45-52")
    book = parse_reference("J. Doe, in Advances in Plasma Theory, edited by A. Smith (Springer, Berlin, 2010), pp. 45-67.")
    assert book["type"] == "chapter" and book["container-title"] == "Advances in Plasma Theory"


def test_materials_data_repositories_publish_data_sets():
    """Nature's data citation 'Name et al. Title. Materials Cloud Archive https://doi.org/10.24435/... (2021).': the
    materials sciences' repositories (Materials Cloud, NOMAD), by name or DOI prefix, publish a data set as Zenodo
    does; it had been an article in a journal 'Materials Cloud Archive'."""
    item = parse_reference("17. Brandt, L. et al. Relaxed structures of two-dimensional magnets. Materials Cloud Archive "
                           "https://doi.org/10.24435/materialscloud:2020.88 (2020).")
    assert item["type"] == "dataset" and item["publisher"] == "Materials Cloud Archive"
    assert "container-title" not in item and item["DOI"] == "10.24435/materialscloud:2020.88"
    nomad = parse_reference("Ortiz, R. & Kim, S. Hybrid-functional band structures of oxide perovskites. NOMAD "
                            "https://doi.org/10.17172/NOMAD/2021.05.11-1 (2021).")
    assert nomad["type"] == "dataset" and nomad["publisher"] == "NOMAD"


def test_acs_software_with_its_revision_and_a_company_s_imprint():
    """ACS's 'Gaussian 09, Revision D.01; Gaussian, Inc.: Wallingford, CT, 2013.': the revision is the release (a
    lettered one too), so the work is software; a company's 'Name, Inc.' before the imprint's colon is the publisher,
    never the place, though the tagger read it so (publisher and place had been swapped, the item a book)."""
    item = parse_reference("(31) Frisch, M. J.; Trucks, G. W. Gaussian 09, Revision D.01; Gaussian, Inc.: "
                           "Wallingford, CT, 2013.")
    assert item["type"] == "software"
    assert (item["title"], item["version"]) == ("Gaussian 09", "D.01")
    assert (item["publisher"], item["publisher-place"]) == ("Gaussian, Inc.", "Wallingford, CT")


def test_jhep_s_inspire_label_is_no_part_of_the_reference():
    """JHEP prints '[INSPIRE]' after each reference, the link to its INSPIRE-HEP record: a link label like Google
    Scholar's, read without (it had stayed in note); the e-print before it stays. A page's entry loses it too."""
    text = ("[22] P. Moretti and K. Ito, Entanglement islands in flat space, JHEP 02 (2022) 114 [arXiv:2110.05533] "
            "[INSPIRE].")
    item = parse_reference(text)
    assert (item["container-title"], item["volume"], item["page"]) == ("JHEP", "02", "114")
    assert "INSPIRE" not in item.get("note", "") and "arXiv:2110.05533" in item["note"]
    assert item["custom"]["source"] == text
    assert clean(text) == text[: -len(" [INSPIRE].")]
    assert clean("M. Chen, Title, Phys. Rev. D 99 (2019) 066001 [INSPIRE]") == "M. Chen, Title, Phys. Rev. D 99 (2019) 066001"


def test_iop_s_spaced_initials_after_the_family_name_get_their_points():
    """IOP prints a name family first with spaced initials and no points ('Petrov A V'): they are initials, dotted as
    Vancouver's 'JA' is ('A V' had stayed as printed); a given-first 'C E Smith' is left as printed, as before."""
    item = parse_reference("Lindgren K S, Moreau P and Tanaka H J 2015 Spin ice in artificial lattices New J. Phys. "
                           "17 023011")
    assert [(n["family"], n["given"]) for n in item["author"]] == [("Lindgren", "K. S."), ("Moreau", "P."),
                                                                   ("Tanaka", "H. J.")]
    assert parse_names("C E Smith") == [{"family": "Smith", "given": "C E"}]

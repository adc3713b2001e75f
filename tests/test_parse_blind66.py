"""Science and engineering reference lists copied from journal PDFs and pages (blind batch 66)."""
from cslbridge.parse.fields import parse_references


def test_doi_link_broken_after_the_resolver_slash_is_one_link():
    """A PDF line break after "https://doi.org/" leaves a space before the DOI: the DOI is the link's path, not a
    bare resolver address followed by a second word."""
    item = parse_references(["Okafor B, Lind J. Rainfall variability and malaria incidence in Uganda. Malar J. "
                             "2019;18(1):211. https://doi.org/ 10.1186/s12936-019-2845-7"])[0]
    assert item["DOI"] == "10.1186/s12936-019-2845-7"
    assert "URL" not in item


def test_springer_bare_thesis_kind_before_school_is_the_genre():
    """Springer Basic's "Title. Dissertation, University of X": the kind printed alone opening the sentence after the
    title is the thesis's genre and the school after its comma the publisher."""
    item = parse_references(["Berg T (2015) Nitrogen cycling in boreal peatlands. Dissertation, Universität Hamburg",
                             "Lee K (2012) Rock slope stability under seismic loading. Thesis, University of Toronto"])
    assert [(i["genre"], i["publisher"]) for i in item] == [("Dissertation", "Universität Hamburg"),
                                                            ("Thesis", "University of Toronto")]
    assert all(i["type"] == "thesis" for i in item)


def test_graph_abbreviating_a_journal_word_is_no_figure_pinpoint():
    """ACM's "ACM Trans. Graph. 40, 6, Article 212": after a journal word's abbreviation "Graph." is the journal's
    (Graphics), and the number after it the volume, not a graph cited as a pinpoint."""
    item = parse_references(["Chen Wang and Maria Lopez. 2021. Neural Radiance Caching for Real-Time Global "
                             "Illumination. ACM Trans. Graph. 40, 6, Article 212 (December 2021), 16 pages. "
                             "https://doi.org/10.1145/3478513.3480530"])[0]
    assert item["container-title"] == "ACM Trans. Graph."
    assert (item["volume"], item["issue"], item["page"]) == ("40", "6", "212")
    assert "note" not in item


def test_physics_imprint_keeps_a_firm_named_by_its_partners():
    """AIP/APS's "(Little, Brown and Company, Boston, 1972)": the firm named by its partners is the publisher whole,
    the town after it the place; a place joined by "and" with no place after it stays the place."""
    firm, place = parse_references(["[4] R. P. Feynman, Statistical Mechanics (Little, Brown and Company, Boston, 1972).",
                                    "[6] K. Lee, Analysis on Manifolds (Springer, Berlin and Heidelberg, 2010)."])
    assert (firm["publisher"], firm["publisher-place"]) == ("Little, Brown and Company", "Boston")
    assert (place["publisher"], place["publisher-place"]) == ("Springer", "Berlin and Heidelberg")


def test_body_by_its_acronym_publishing_under_its_full_name_issued_a_report():
    """Elsevier's "[9] OECD, Title, Organisation for Economic Co-operation and Development, Paris, 2021.": the body
    named by its acronym publishes its own paper under its full name, so it issued a report, as a body naming its
    publisher by its acronym already did."""
    items = parse_references(["[9] OECD, Education at a Glance 2021, Organisation for Economic Co-operation and "
                              "Development, Paris, 2021.",
                              "EIA, 2021. Annual Energy Outlook 2021. Energy Information Administration, Washington, DC."])
    assert [i["type"] for i in items] == ["report", "report"]
    assert items[1]["publisher"] == "Energy Information Administration"


def test_catal_is_an_iso4_journal_word():
    """ISO 4 cuts "Catalysis" to "Catal.": a journal's name ending in it keeps its stop ("ACS Catal."), as "Phys." and
    "Chem." do; a Vancouver name, stopless, stays so."""
    acs, nlm = parse_references(["(3) Lindberg, K.; Osei, M. Single-Site Cobalt Catalysts for Alkene Hydroformylation. "
                                 "ACS Catal. 2021, 11 (9), 5432–5441.",
                                 "Ito T, Sato K. Zeolite acidity and coke formation. J Catal. 2019;245:1-10."])
    assert acs["container-title"] == "ACS Catal."
    assert nlm["container-title"] == "J Catal"

"""Rules for families of wrong fields found on the fifth validation-fold round (bench/fold_errors.py)."""

import pytest

from cslbridge.parse.fields import parse_reference, parse_references


@pytest.mark.parametrize("text", ["[12]", "12.", "3)"])
def test_a_citation_number_standing_alone_does_not_crash_the_parser(text):
    # a list copied out of a PDF may hold a number whose reference went onto the next line
    items = parse_references([text, "Lee, K. (2019). Urban heat. Climate, 4(2), 10-19."])
    assert items[0]["custom"]["source"] == text
    assert items[1]["container-title"] == "Climate"


@pytest.mark.parametrize("text, title, container", [
    ("Moreau, P., 1998, 'Heat transfer in porous media: a review,' Int. J. Heat Mass Transfer, pp. 201-219.",
     "Heat transfer in porous media: a review", "Int. J. Heat Mass Transfer"),
    ("Okafor, C. (2011), 'Land tenure and the state in Nigeria,' J. Afr. Law, Vol.5, No.1, pp.12-30.",
     "Land tenure and the state in Nigeria", "J. Afr. Law"),
])
def test_a_title_in_typewriter_single_quotes_ends_at_the_quote_after_its_comma(text, title, container):
    item = parse_reference(text)
    assert item["title"] == title
    assert item["container-title"] == container


def test_an_apostrophe_inside_a_single_quoted_title_does_not_close_it():
    item = parse_reference("Dunn, R., 2003, 'The workers' movement in Wales,' Labour History Review, 68(1), pp. 1-20.")
    assert item["title"] == "The workers' movement in Wales"
    assert item["container-title"] == "Labour History Review"


@pytest.mark.parametrize("text, container, volume, page", [
    ('K. Adams and L. Chen, "Jet quenching in dense matter," Phys .Rev .C62 ( 2000)054903 ,arXiv :nucl-th/0005044.',
     "Phys .Rev .C", "62", "054903"),
    ('R. Ortiz, "Hydrodynamic flow at RHIC," Nucl.Phys .A698 ( 2002)479 -482.', "Nucl. Phys .A", "698", "479-482"),
])
def test_a_pdf_copys_section_and_volume_before_a_spaced_year_bracket_are_journal_and_volume(text, container, volume,
                                                                                            page):
    item = parse_reference(text)
    assert item["container-title"] == container
    assert item["volume"] == volume and item["page"] == page


@pytest.mark.parametrize("text, container, volume, year, eprint", [
    ("H. Ito, Brane cosmology and gravity, Phys .Rev.D63 ( 2001)arXiv :hep-th/0011001.",
     "Phys .Rev.D", "63", 2001, "arXiv:hep-th/0011001"),
    ("T. Muller, Dark energy from strings, Phys. Rev.D71( 2005 )arXiv:hep-ph/0501234",
     "Phys. Rev.D", "71", 2005, "arXiv:hep-ph/0501234"),
])
def test_an_arxiv_id_glued_to_the_year_bracket_leaves_journal_volume_and_date(text, container, volume, year, eprint):
    item = parse_reference(text)
    assert item["container-title"] == container and item["volume"] == volume
    assert item["issued"] == {"date-parts": [[year]]}
    assert item["note"] == eprint and "number" not in item  # a journal article's e-print goes to note (blind54)


@pytest.mark.parametrize("text, container, volume, page", [
    ("Kowalski, P., & Reyes, D. 2014, MNRAS,441 ,2315", "MNRAS", "441", "2315"),
    ("Zhou, L. 2009,ApJ ,700 ,L12", "ApJ", "700", "L12"),
    ("Garcia R., Novak T., 2003, ApJ, 590,L75", "ApJ", "590", "L75"),
])
def test_astronomys_journal_glued_by_commas_to_year_and_volume_is_set_apart(text, container, volume, page):
    item = parse_reference(text)
    assert item["container-title"] == container
    assert item["volume"] == volume and item["page"] == page


def test_a_page_ranges_end_glued_to_a_month_is_no_year():
    item = parse_reference('W. Su and A. Heeger, "Solitons in polymers," Phys. Rev. Lett., vol. 42, pp. 1698 -1701,Jun 1979.')
    assert "1701" in item.get("page", "") + item.get("note", "")


def test_a_journal_glued_to_the_titles_comma_and_a_year_bracket_glued_to_the_issues_are_set_apart():
    item = parse_reference("K. Patel, Demand forecasting with neural networks,Journal of Forecasting 31 ( 2)( 2015)455 - 470.")
    assert item["title"] == "Demand forecasting with neural networks"
    assert item["container-title"] == "Journal of Forecasting"
    assert item["issued"] == {"date-parts": [[2015]]}
    assert (item["volume"], item["issue"], item["page"]) == ("31", "2", "455-470")


def test_a_section_volume_then_an_issue_bracket_glued_to_the_year_bracket():
    item = parse_reference("A. Ruiz, T. Ono, Topological phases in one dimension,Phys .Rev .B81 ( 6)( 2010)064439 .")
    assert item["container-title"] == "Phys .Rev .B"
    assert (item["volume"], item["issue"], item["page"]) == ("81", "6", "064439")


@pytest.mark.parametrize("text, year, container", [
    ("Novak,J .M .,Reyes ,U .,Lindqvist ,B .,et al .2009 ,ApJ ,702 ,118", 2009, "ApJ"),
    ("Ibarra ,K .,& Sato ,M .2012 ,MNRAS ,420 ,1301", 2012, "MNRAS"),
])
def test_a_stop_a_pdf_copy_printed_on_the_year_goes_back_to_the_names(text, year, container):
    item = parse_reference(text)
    assert item["issued"] == {"date-parts": [[year]]}
    assert item["container-title"] == container


@pytest.mark.parametrize("text, authors, title", [
    ("Haddad, S. K., Sahel: A history of drought and adaptation. Geographical Review, v. 71, pp. 12-30. 1983.",
     ["Haddad"], "Sahel: A history of drought and adaptation"),
    ("Lindqvist, M.; Ortega, P. tRNA: Structure and Function in Archaea. Mol. Biol. Rep. 2016, 12, 33-41.",
     ["Lindqvist", "Ortega"], "tRNA: Structure and Function in Archaea"),
])
def test_a_word_closed_by_a_colon_after_the_last_names_initials_opens_the_title(text, authors, title):
    item = parse_reference(text)
    assert [name["family"] for name in item["author"]] == authors
    assert item["title"] == title


def test_names_given_first_still_end_at_the_family_name_before_the_colon():
    item = parse_reference("R. Albrecht / S. Vogel: Arbeitsmarkt und Migration. Berlin 2010.")
    assert [name["family"] for name in item["author"]] == ["Albrecht", "Vogel"]
    assert item["title"] == "Arbeitsmarkt und Migration"


def test_an_abbreviated_word_opening_the_journals_comma_part_is_the_journals():
    item = parse_reference("T. Braun, M. Ito, Pricing carbon in emerging markets, Calif. Manage. Rev. 61 (2) (2019) 5–27.")
    assert item["title"] == "Pricing carbon in emerging markets"
    assert item["container-title"] == "Calif. Manage. Rev."
    assert item["volume"] == "61" and item["issue"] == "2"


@pytest.mark.parametrize("text, title, container", [
    ('H. Ota and M. Feld, "Hyperfine structure of the lithium atom by a resonance method,"Phys .Rev .,vol .81 ,pp .121 -125.',
     "Hyperfine structure of the lithium atom by a resonance method", "Phys .Rev"),
    ("P. Varga and B. Lutz, The sound of a fast parton in the plasma is a ' diminuendo',Phys .Rev .Lett .104 ( 2010)052301.",
     "The sound of a fast parton in the plasma is a ' diminuendo'", "Phys .Rev .Lett"),
])
def test_a_journal_glued_to_the_quote_closing_the_title_is_set_apart(text, title, container):
    item = parse_reference(text)
    assert item["title"] == title
    assert item["container-title"] == container


@pytest.mark.parametrize("text, container, volume, page", [
    ("K. Ota, D. Lin, and P. Berg, Laser Part. Beams17 ,311 ( 1999).", "Laser Part. Beams", "17", "311"),
    ("M. Holm, P. Ruiz, Single-photon detection in nanowires, NanoLetters12 , 3541 -3545 (2012) .", "NanoLetters", "12",
     "3541-3545"),
])
def test_a_volume_glued_to_the_journals_last_word_before_a_spaced_comma_is_set_apart(text, container, volume, page):
    item = parse_reference(text)
    assert item["container-title"] == container
    assert item["volume"] == volume and item["page"] == page

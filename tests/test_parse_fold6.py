"""Rules for the sixth round of wrong fields on the validation fold (bench/fold_errors.py)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, publisher, place", [
    ("J. E. Humphreys, Reflection groups and Coxeter groups, Cambridge Studies in Advanced Mathematics, 29, "
     "Cambridge University Press ,Cambridge ,UK ( 1990).", "Cambridge University Press", "Cambridge ,UK"),
    ("V. Kac, Vertex algebras for beginners, University Lecture Series, vol. 10, American Mathematical Society "
     ",Providence ,RI ( 1998).", "American Mathematical Society", "Providence ,RI"),
])
def test_a_comma_a_pdf_copy_moved_onto_the_place_still_parts_publisher_and_place(text, publisher, place):
    """'Publisher ,Town ,ST ( Year)': the comma printed on the next word ends the publisher's comma part as a comma
    after the word does, so the town is no longer voted into the publisher."""
    item = parse_reference(text)
    assert (item["publisher"], item["publisher-place"]) == (publisher, place)


@pytest.mark.parametrize("text, volume, page", [
    ("R. Smith and J. Doe, Phys. Rev. B 45,13244 ( 1992).", "45", "13244"),
    ("T. Nakamura, J. Chem. Phys. 98,5648 (1993).", "98", "5648"),
    ("K. Ito, Y. Sato et M. Abe. Heterocycles, 26,1487 (1987).", "26", "1487"),
])
def test_a_volume_glued_by_its_comma_to_the_page_before_the_year_is_set_apart(text, volume, page):
    """Physics' 'volume, page (year)' whose space a PDF copy lost: the page is no issue of the volume."""
    item = parse_reference(text)
    assert (item["volume"], item.get("issue"), item["page"]) == (volume, None, page)


def test_a_number_with_thousands_separators_before_a_year_is_left_whole():
    assert "1,250,000" in parse_reference("A. Jones, Sales reached 1,250,000 (2001).")["title"]


@pytest.mark.parametrize("text, volume, page", [
    ("Smith, A.; Jones, B. J. Am. Chem. Soc. 2004 ,126 ,1234 -1240.", "126", "1234-1240"),
    ("Kim, H.; Lee, S.; Park, J. Nano Lett. 2015 ,15 ,4541 -4548.", "15", "4541-4548"),
])
def test_a_comma_a_pdf_copy_printed_on_the_next_number_goes_back(text, volume, page):
    """ACS's 'Journal Year, Volume, Pages' copied with its commas on the next number: the volume is no page."""
    item = parse_reference(text)
    assert (item["volume"], item["page"]) == (volume, page)


def test_a_thousands_comma_a_pdf_copy_spaced_inside_a_title_stays():
    item = parse_reference("Y. Ito, Climate in the past 420 ,000years ,Geophys. Res. Lett. 30 ( 22 ),2146.")
    assert "420 ,000years" in item["title"]


def test_an_arxiv_id_glued_to_the_year_brackets_comma_is_set_apart():
    """'( 2016),arXiv :1603.05250': the id is the e-print's, kept whole in note, and the page before the bracket stays
    the page."""
    item = parse_reference("A. Lee and B. Chen, Entropy bounds for black holes,Phys .Rev .D 94 ,084034 ( 2016),arXiv "
                           ":1603.05250")
    assert (item["volume"], item["page"], item["issued"]) == ("94", "084034", {"date-parts": [[2016]]})
    assert "arXiv:1603.05250" in item["note"]


@pytest.mark.parametrize("text, years", [
    ("Migne, J.-P., ed. Patrologia Latina. Paris, 1844-55.", [[1844], [1855]]),
    ("Smith, John. The Works of John Smith. 4 vols. Oxford, 1850-1852.", [[1850], [1852]]),
])
def test_the_years_a_work_in_volumes_came_out_after_its_place_are_its_date(text, years):
    item = parse_reference(text)
    assert (item["issued"], item.get("page")) == ({"date-parts": years}, None)


def test_a_journals_page_range_that_looks_like_years_stays_the_pages():
    assert parse_reference("Smith, J. On heat. Nature 12, 1889-96.")["page"] == "1889-96"


def test_a_doi_link_broken_after_a_stop_in_its_host_is_joined():
    """A PDF line break after the host's stop ('http://dx.doi. org/10...') had left 'http://dx.doi' as the URL, the DOI
    taken from the rest; the link whole is the DOI's."""
    item = parse_reference("McGinnis, R.L.; Hancock, N.T., 2013. Pilot demonstration of forward osmosis. Desalination, "
                           "312: 67. http://dx.doi. org/10.1016/j.desal.2012.11.032.")
    assert (item["DOI"], item.get("URL")) == ("10.1016/j.desal.2012.11.032", None)


def test_a_sentence_after_a_links_stop_is_not_joined_to_it():
    item = parse_reference("Smith, J. 2019. Water report. http://example.com. Accessed 3 May 2020.")
    assert item["URL"] == "http://example.com"


@pytest.mark.parametrize("text, book, town", [
    ("Bianchi M. (1999) : “Le lucerne”, in : Il pozzo romano di Rimini, Rimini, p. 12-20",
     "Il pozzo romano di Rimini", "Rimini"),
    ("Conti G. (2004) : “I mosaici”, in : Ferri C., Galli L. ed., La villa di Russi. Scavi e ricerche, Reggio Emilia, "
     "p. 101-120.", "La villa di Russi. Scavi e ricerche", "Reggio Emilia"),
])
def test_a_chapters_town_before_the_pages_cue_is_the_place(text, book, town):
    item = parse_reference(text)
    assert (item["container-title"], item["publisher-place"]) == (book, town)



@pytest.mark.parametrize("text, place, publisher", [
    ("de Saussure, F. (1983). A course in general linguistics (R. Harris, Trans.). London, Duckworth.",
     "London", "Duckworth"),
    ("Vygotsky, L. S. (1986). Thought and language (A. Kozulin, Trans.). Cambridge, MA: MIT Press.",
     "Cambridge, MA", "MIT Press"),
])
def test_an_apa_translated_books_place_before_its_publisher_stays_the_place(text, place, publisher):
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)


def test_an_apa_translated_books_publisher_alone_has_no_place():
    item = parse_reference("Piaget, J. (1969). The psychology of the child (H. Weaver, Trans.; 2nd ed.). Basic Books.")
    assert (item["publisher"], item.get("publisher-place")) == ("Basic Books", None)


@pytest.mark.parametrize("text, families", [
    ("Belting, Hans, Dilly, Heinrich u.a.: Kunstgeschichte. Eine Einführung. Berlin 2003.", ["Belting", "Dilly"]),
    ("Krause, Anna, Vogel, Peter u.a.: Schule und Inklusion. Ein Handbuch. Münster 2012.", ["Krause", "Vogel"]),
])
def test_the_name_before_a_german_et_al_mark_is_an_author(text, families):
    """'u.a.' (und andere) closes a name list: the name before it is the list's, not the title's start."""
    item = parse_reference(text)
    assert [a["family"] for a in item["author"]] == families
    assert item["title"].startswith(text.split(": ")[1][:12])


@pytest.mark.parametrize("text, volume, issue, page", [
    ("A. Kirillov, Quantum groups and their characters. Trans .Amer .Math .Soc .340 ( 1993),no .2 ,481 -520.",
     "340", "2", "481-520"),
    ("B. Feigin, Lie algebras of vector fields on the line. Comm .Math .Phys .128 ( 1990),no .3 ,597 -621.",
     "128", "3", "597-621"),
])
def test_an_ams_no_glued_to_the_year_bracket_with_its_stop_on_the_number_is_the_issue(text, volume, issue, page):
    """AMS's 'Journal 340 (1993), no. 2, 481-520' copied out of a PDF ('( 1993),no .2 ,481 -520'): the issue had gone to
    the note."""
    item = parse_reference(text)
    assert (item["volume"], item["issue"], item["page"]) == (volume, issue, page)


@pytest.mark.parametrize("text, journal", [
    ("K. Wilson, Lect. Notes Phys. 12, 45 (1980).", "Lect. Notes Phys."),
    ("M. Lüscher, Commun. Math. Phys. 104, 177 (1986).", "Commun. Math. Phys."),
])
def test_a_physics_journals_first_word_after_an_initials_first_name_is_the_journals(text, journal):
    """'J. Gasser, Lect. Notes Phys. 629, 1 (2004)': 'Lect.' after a complete name written initials first is no second
    author, though the journal's next word ('Notes') is written out; a later word cut short ('Phys.') says so."""
    item = parse_reference(text)
    assert (len(item["author"]), item["container-title"]) == (1, journal)


@pytest.mark.parametrize("text", [
    "Smith, A. B.; Jones, C. Protein folding in the cell. Proc. Natl. Acad. Sci. USA 2005, 102, 1234–1239.",
    "Lee K, Park J. Actin filaments in moving cells. Proc Natl Acad Sci USA 1998; 95:2268-2272.",
])
def test_pnas_country_before_the_year_is_the_journals_as_before_the_volume(text):
    """'Proc. Natl. Acad. Sci. USA 2005, 102' (ACS) and 'Proc Natl Acad Sci USA 1998; 95:' (Vancouver) name the journal
    as 'USA 117:12345' already did; 'USA' is no place of publication."""
    item = parse_reference(text)
    assert item["container-title"].endswith("USA") and item.get("publisher-place") is None


@pytest.mark.parametrize("text, place", [
    ("Brown, R. (1995). Lone Star Politics. College Station, Texas: Texas A&M University Press.", "College Station, Texas"),
    ("Hall, P. 1999. Romans (NIBC 6; Waco, Texas: Word, 1988).", "Waco, Texas"),
])
def test_a_town_before_its_state_and_the_imprints_colon_is_the_place(text, place):
    """'Town, State: Publisher': the tagger had run a town it did not know into the title or the series."""
    assert parse_reference(text)["publisher-place"] == place


def test_a_known_town_and_state_stay_the_place():
    item = parse_reference("Brown, R. (1995). Lone Star Politics. Ithaca, NY: Cornell University Press.")
    assert (item["title"], item["publisher-place"]) == ("Lone Star Politics", "Ithaca, NY")


def test_a_code_in_brackets_after_the_publishers_stop_is_a_note():
    """'Oxford University Press. [CUL/GBR]': the list's code had been read into the publisher, its ']' lost."""
    item = parse_reference("Meyer S. & Holt P., 2013. The newspaper from front to back, New York: Oxford University "
                           "Press. [CUL/GBR]")
    assert (item["publisher"], item["note"]) == ("Oxford University Press", "[CUL/GBR]")


@pytest.mark.parametrize("text, place, publisher", [
    ("MARTIN, P., « Familiar Quotations », Boston - Little, Brown & Co., 1980, p. 649.", "Boston", "Little, Brown & Co."),
    ("DUPONT, J., « Les villes », Paris - Gallimard, 1990, p. 12.", "Paris", "Gallimard"),
])
def test_a_dash_between_place_and_publisher_parts_them(text, place, publisher):
    """French 'Place - Publisher': the comma-chunk vote had run the publisher's first word into the place."""
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)

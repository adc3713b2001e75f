"""Blind batch 48: Western lists from styles the set barely had (Lancet, BMJ, NEJM, AMS, SIAM, AEA, Turabian, ASCE,
RSC, musicology and art history, APA 6)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, pmid", [
    ("Lindqvist K, Mwangi E, Okafor C, et al. Sodium reduction in packaged foods and population blood pressure: "
     "interrupted time series analysis. BMJ 2020;368:m441. doi:10.1136/bmj.m441 pmid:32046543", "32046543"),
    ("Harrow J, Osei K. Statins after stroke: cohort study. BMJ 2018;361:k1905. doi:10.1136/bmj.k1905 pmid:29743185",
     "29743185"),
])
def test_the_bmj_s_lower_case_pmid_is_the_pmid(text, pmid):
    """The BMJ closes a reference with 'doi:... pmid:NNN' in lower case; the PubMed number is the PMID, not the
    work's number."""
    item = parse_reference(text)
    assert (item.get("PMID"), item.get("number")) == (pmid, None)


@pytest.mark.parametrize("text, number, title", [
    ("ASCE. (2017). Minimum design loads and associated criteria for buildings and other structures, ASCE/SEI 7-16, "
     "Reston, VA.", "ASCE/SEI 7-16", "Minimum design loads and associated criteria for buildings and other structures"),
    ("ACI (American Concrete Institute). (2019). Building code requirements for structural concrete and commentary. "
     "ACI 318-19, Farmington Hills, MI.", "ACI 318-19", "Building code requirements for structural concrete and commentary"),
    ("ASME. (2020). Process piping, ASME B31.3-2020, New York.", "ASME B31.3-2020", "Process piping"),
])
def test_an_american_engineering_code_is_a_standard_with_its_designation(text, number, title):
    """ASCE cites the codes of ASCE/SEI, ACI and ASME by their designation after the title, as ISO and ASTM ones are."""
    item = parse_reference(text)
    assert (item["type"], item.get("number"), item["title"]) == ("standard", number, title)


def test_asce_as_a_proceedings_publisher_stays_the_publisher():
    item = parse_reference("Okafor, C. N., and Lindqvist, E. (2017). “Scour monitoring at bridge piers.” Proc., "
                           "Structures Congress 2017, ASCE, Reston, VA, 412–423.")
    assert (item["type"], item["publisher"], item.get("number")) == ("paper-conference", "ASCE", None)


def test_a_year_after_an_engineering_body_names_its_meeting_not_a_standard():
    item = parse_reference('P. Gomez and L. Weber, "Residual stress in girth welds of clad pipe," in Proc. ASME 2021 '
                           'Pressure Vessels and Piping Conference, 2021, pp. 112–120.')
    assert (item["type"], item["container-title"], item.get("number")) == (
        "paper-conference", "Proc. ASME 2021 Pressure Vessels and Piping Conference", None)


@pytest.mark.parametrize("text, expected", [
    ("4. Daniel Okoro, “Credit, Kinship, and Trade in the Niger Delta, 1830–1900” (PhD diss., Yale University, 2016), "
     "45–47.", ([{"family": "Okoro", "given": "Daniel"}], "PhD diss.", "Yale University", 2016, "45-47")),
    ('3. Ann Miller and John P. Smith, "Rural Schools in Iowa, 1900–1930" (PhD diss., University of Iowa, 2011), 88.',
     ([{"family": "Miller", "given": "Ann"}, {"family": "Smith", "given": "John P."}], "PhD diss.", "University of Iowa",
      2011, "88")),
])
def test_a_thesis_in_a_chicago_note_gives_degree_school_and_year_from_its_bracket(text, expected):
    """Turabian's note '(PhD diss., Yale University, 2016), 45–47': the tagger had read 'diss., Yale University' as a
    second author and left '(PhD' in note."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert (item["author"], item.get("genre"), item.get("publisher"), item["issued"]["date-parts"][0][0],
            item.get("page")) == expected


@pytest.mark.parametrize("text, archive, location", [
    ("Castellanos, Marisol. “Women Printers in Colonial Mexico City, 1680–1760.” Master’s thesis, University of Texas "
     "at Austin, 2018. ProQuest (10823456).", "ProQuest", "10823456"),
    ("Nguyen, Linh. “Rice, Rivers, and the State.” PhD diss., University of Wisconsin–Madison, 2015. ProQuest "
     "(AAT 3690123).", "ProQuest", "AAT 3690123"),
])
def test_a_thesis_database_with_its_number_in_brackets_is_archive_and_location(text, archive, location):
    """Turabian closes a thesis with the database and its number there, as APA 6 did with 'Retrieved from ...
    database. (UMI No. ...)'; it had stayed in note."""
    item = parse_reference(text)
    assert (item["type"], item.get("archive"), item.get("archive_location"), item.get("note")) == (
        "thesis", archive, location, None)


@pytest.mark.parametrize("text, editor, genre", [
    ("Verdi, Giuseppe. La traviata. Edited by Fabrizio Della Seta. Full score. Milan: Ricordi, 1997.",
     [{"family": "Della Seta", "given": "Fabrizio"}], "Full score"),
    ("Mozart, Wolfgang Amadeus. Die Zauberflöte. Edited by Gernot Gruber. Study score. Kassel: Bärenreiter, 2006.",
     [{"family": "Gruber", "given": "Gernot"}], "Study score"),
])
def test_a_kind_of_score_after_the_editors_sentence_is_the_genre_of_a_score(text, editor, genre):
    """The score's sentence had been run into the editor's name ('Fabrizio Della Seta. Full score') and the work
    typed a book."""
    item = parse_reference(text)
    assert (item["type"], item["editor"], item.get("genre")) == ("musical_score", editor, genre)


@pytest.mark.parametrize("text, medium, number", [
    ("Glass, Philip. Einstein on the Beach. Philip Glass Ensemble, conducted by Michael Riesman. Nonesuch 79323-2, "
     "1993, 4 compact discs.", "4 compact discs", "79323-2"),
    ("Wagner, Richard. Der Ring des Nibelungen. Vienna Philharmonic, conducted by Georg Solti. Decca 455 555-2, 1997, "
     "14 CDs.", "14 CDs", "455 555-2"),
])
def test_a_recording_on_several_discs_is_a_song_with_that_medium(text, medium, number):
    """A set of discs closing a Chicago recording was no medium: the work was a 'document' with the performers in
    its title."""
    item = parse_reference(text)
    assert (item["type"], item.get("medium"), item.get("number"), item["note"]) == (
        "song", medium, number, text.split(". ")[2])


@pytest.mark.parametrize("text, title, genre", [
    ("12. Ann Temkin, ed., Color Chart: Reinventing Color, 1950 to Today, exh. cat. (New York: Museum of Modern Art, "
     "2008), 34.", "Color Chart: Reinventing Color, 1950 to Today", "exh. cat."),
    ("3. Lynne Cooke and Karen Kelly, eds., Robert Lehman Lectures on Contemporary Art, 1995–2000 (New York: Dia Art "
     "Foundation, 2004), 12.", "Robert Lehman Lectures on Contemporary Art, 1995–2000", None),
])
def test_a_year_in_an_edited_books_title_before_a_notes_imprint_is_the_titles(text, title, genre):
    """The book of a note headed by its editors is dated by its imprint's bracket; a year in its unquoted title had
    cut it into a container, a date and a chapter's title."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("genre"), item.get("container-title")) == ("book", title, genre, None)
    assert item["issued"]["date-parts"][0][0] == int(text.split("), ")[0][-4:])


@pytest.mark.parametrize("text, expected", [
    ("31 K. Lindqvist, in Comprehensive Supramolecular Chemistry II, ed. J. L. Atwood, Elsevier, Oxford, 2017, vol. 4, "
     "pp. 123–150.", ("Comprehensive Supramolecular Chemistry II", [{"family": "Atwood", "given": "J. L."}], "Elsevier",
                      "Oxford", None, "4", "123-150")),
    ("5 M. Oyelaran and T. Brandt, in Metal–Organic Frameworks, ed. S. Kaskel, Wiley-VCH, Weinheim, 2016, pp. 45–78.",
     ("Metal–Organic Frameworks", [{"family": "Kaskel", "given": "S."}], "Wiley-VCH", "Weinheim", None, None, "45-78")),
    ("8 P. Garcia, in Handbook of Ecology, ed. S. Miller and R. Chen, Royal Society of Chemistry, Cambridge, 2nd edn, "
     "2017, pp. 101–130.", ("Handbook of Ecology", [{"family": "Miller", "given": "S."}, {"family": "Chen", "given": "R."}],
                            "Royal Society of Chemistry", "Cambridge", "2", None, "101-130")),
])
def test_an_rsc_chapter_cited_by_its_book_is_a_chapter_in_that_book(text, expected):
    """RSC prints a chapter with no title of its own: 'in' the book, 'ed.' its editors, then the imprint unbracketed.
    The book had been the title of a 'book' starting with 'in', or the publisher read as an editor."""
    item = parse_reference(text)
    assert item["type"] == "chapter" and "title" not in item
    assert (item["container-title"], item["editor"], item["publisher"], item["publisher-place"], item.get("edition"),
            item.get("volume"), item["page"]) == expected


@pytest.mark.parametrize("text, genre, number", [
    ("Haddad, Amal, and Tomás Riedel. 2021. “Credit Supply and the Gig Economy.” National Bureau of Economic Research "
     "Working Paper 28791.", "National Bureau of Economic Research Working Paper", "28791"),
    ("Okafor, Chidi. 2018. “Trade and Wages.” Federal Reserve Bank of New York Staff Report 845.",
     "Federal Reserve Bank of New York Staff Report", "845"),
])
def test_a_body_s_numbered_paper_series_read_as_the_publisher_is_a_report_s_genre_and_number(text, genre, number):
    """The AEA names a working paper's series with the body in full; the tagger read it all, number too, as the
    publisher of a book."""
    item = parse_reference(text)
    assert (item["type"], item.get("genre"), item.get("number"), item.get("publisher")) == ("report", genre, number, None)

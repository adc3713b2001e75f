"""Parser faults left alone by the round's helpers (branch leftalone12)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, title, series", [
    ("Millward, James A. (2013). The Silk Road: A Very Short Introduction. Very Short Introductions. Oxford: Oxford "
     "University Press. p. 22.", "The Silk Road: A Very Short Introduction", "Very Short Introductions"),
    ("Lowe, E. J. An Introduction to the Philosophy of Mind. Cambridge Introductions to Philosophy. Cambridge: "
     "Cambridge University Press, 2000.", "An Introduction to the Philosophy of Mind",
     "Cambridge Introductions to Philosophy"),
])
def test_a_series_sentence_before_the_imprint_is_the_collection_title(text, title, series):
    """'Very Short Introductions' had stayed in the title: a sentence naming a series by its kind of book
    ('Introductions', 'Studies') right before 'Place: Publisher' is the book's collection-title."""
    item = parse_reference(text)
    assert (item["title"], item.get("collection-title"), item["publisher"]) == (
        title, series, "Oxford University Press" if "Oxford" in text else "Cambridge University Press")


@pytest.mark.parametrize("text, ids", [
    ('Fletcher, Joseph (1993). "Integrative History". Journal of Turkish Studies. 53 (2): 145–167. JSTOR 41933420. '
     'OCLC 12345678.', ["JSTOR 41933420", "OCLC 12345678"]),
    ('Rees, Anna (2019). "Sleep and memory". Nature Neuroscience. 22 (4): 511–520. S2CID 67869712. '
     'LCCN 2001012345.', ["S2CID 67869712", "LCCN 2001012345"]),
])
def test_wikipedia_s_catalogue_numbers_after_an_article_stay_in_the_note(text, ids):
    """Wikipedia's 'JSTOR 41933420. OCLC 12345678.' after an article had become the article's number: a library's or
    an index's number for the work is where it is filed, not a number the work bears; it stays in the note."""
    item = parse_reference(text)
    assert "number" not in item and item["type"] == "article-journal"
    assert all(found in item.get("note", "") for found in ids)


def test_wikipedia_s_pubmed_numbers_with_a_space_are_pmid_and_pmcid():
    item = parse_reference('Kalra, Sanjay (2018). "Diabetes in pregnancy". Indian Journal of Endocrinology. 22 (3): '
                           '321–327. doi:10.4103/ijem.IJEM_1_18. PMC 6387445. PMID 29911017.')
    assert (item.get("PMID"), item.get("PMCID"), item.get("number"), item.get("note")) == (
        "29911017", "PMC6387445", None, None)


def test_a_book_s_oclc_number_is_no_report_number():
    """'... ISBN 978-0-19-000000-0. OCLC 12345678.' had made the book a numbered 'document'."""
    item = parse_reference("Hopkirk, Peter (1990). The Great Game: On Secret Service in High Asia. London: John Murray. "
                           "ISBN 978-0-7195-4727-6. OCLC 22907305.")
    assert (item["type"], item.get("number"), item.get("note")) == ("book", None, "OCLC 22907305.")


@pytest.mark.parametrize("text, date, section, page, note", [
    ("Pear R. Senate passes health bill. The New York Times. 2021 Nov 2;Sect. A:1 (col. 4).", [2021, 11, 2],
     "A", "1", "col. 4"),
    ("Tynan T. Medical improvements lower homicide rate: study sees drop in assault rate. The Washington Post. "
     "2002 Aug 12;Sect. B:3.", [2002, 8, 12], "B", "3", None),
])
def test_citing_medicine_s_newspaper_section_is_section_and_page(text, date, section, page, note):
    """'2021 Nov 2;Sect. A:1 (col. 4).' had all gone to the note: the section is the section, the number after its
    colon the page, the column (no CSL field) the note."""
    item = parse_reference(text)
    assert (item["type"], item["issued"]["date-parts"][0], item.get("section"), item.get("page"), item.get("note")) \
        == ("article-newspaper", date, section, page, note)


@pytest.mark.parametrize("text, title", [
    ("Stats NZ. (2020). Household income and housing-cost statistics: Year ended June 2020 [Data set]. "
     "https://www.stats.govt.nz/information-releases/household-income-and-housing-cost-statistics-year-ended-june-2020",
     "Household income and housing-cost statistics: Year ended June 2020"),
    ("Australian Bureau of Statistics. (2021). Labour force, Australia, March 2021 [Data set]. "
     "https://www.abs.gov.au/statistics/labour/employment-and-unemployment/labour-force-australia/mar-2021",
     "Labour force, Australia, March 2021"),
])
def test_a_month_and_year_in_an_apa_title_before_its_bracket_stay_in_the_title(text, title):
    """'... Year ended June 2020 [Data set].' had cut the title before 'June 2020' (left in the note): after APA's
    year in brackets, every word up to the descriptor's bracket is the title's, a month and year or a place too."""
    item = parse_reference(text)
    assert (item["title"], item["type"], item.get("note"), item["issued"]) == (
        title, "dataset", None, {"date-parts": [[int(text.split("(")[1][:4])]]})


@pytest.mark.parametrize("text, extra", [
    ("American Psychiatric Association. (2000). Diagnostic and statistical manual of mental disorders (4th ed., text "
     "rev.). Washington, DC: Author.", {"publisher-place": "Washington, DC", "publisher": "Author"}),
    ("American Psychiatric Association. (2022). Diagnostic and statistical manual of mental disorders (5th ed., text "
     "rev.). https://doi.org/10.1176/appi.books.9780890425787", {"DOI": "10.1176/appi.books.9780890425787"}),
])
def test_apa_s_text_revision_is_the_edition_s_qualifier_in_the_note(text, extra):
    """'(5th ed., text rev.).' had left 'text rev.).' in the note (or in the place): the qualifier after the edition's
    comma is the edition's, said in the note without the bracket."""
    item = parse_reference(text)
    assert (item["title"], item["edition"], item.get("note")) == (
        "Diagnostic and statistical manual of mental disorders", text.split("(")[2][0], "text rev.")
    assert {key: item.get(key) for key in extra} == extra


@pytest.mark.parametrize("text, title, publisher", [
    ("Smith, J. (2010). Research methods in education (2nd ed., rev.). Sage Publications.",
     "Research methods in education", "Sage Publications"),
    ("Creswell, J. W. (2014). Research design: Qualitative, quantitative, and mixed methods approaches (4th ed., rev.). "
     "SAGE Publications.", "Research design: Qualitative, quantitative, and mixed methods approaches", "SAGE Publications"),
])
def test_a_publisher_the_tagger_ran_into_the_edition_is_kept(text, title, publisher):
    """'(2nd ed., rev.). Sage Publications.' had lost the publisher: the tagger read it as more of the edition, which
    keeps only its number. The sentence after the edition's bracket is APA's publisher."""
    item = parse_reference(text)
    assert (item["title"], item["edition"], item.get("publisher"), item.get("note")) == (title, text.split("(")[2][0],
                                                                                          publisher, "rev.")


@pytest.mark.parametrize("text, body", [
    ("Rosnedra. [Licensing of subsoil use]. Available at: https://www.rosnedra.gov.ru/activity/licensing "
     "(accessed 12 May 2021).", "Rosnedra"),
    ("Rosreestr. [Land registration statistics]. Available at: https://rosreestr.gov.ru/open-service/statistika "
     "(accessed 3 March 2022).", "Rosreestr"),
    ("Naftogaz of Ukraine, ‘Naftogaz signs transit agreement with Gazprom’, 30 December 2019, "
     "https://www.naftogaz.com/news/transit-agreement", "Naftogaz of Ukraine"),
])
def test_an_agency_or_company_named_in_one_name_is_no_person(text, body):
    """'Rosnedra' had been a family name and 'Naftogaz of Ukraine' given 'Naftogaz of', family 'Ukraine': a Russian
    agency named 'Ros-' and what it governs is a body, and no person's given name ends with 'of'."""
    assert parse_reference(text)["author"] == [{"literal": body}]


@pytest.mark.parametrize("name, family", [("Rosefielde, S.", "Rosefielde"), ("Rosamond, B.", "Rosamond")])
def test_a_family_name_opened_by_ros_stays_a_person_s(name, family):
    item = parse_reference(f"{name} (2005). Russia in the 21st Century. Cambridge: Cambridge University Press.")
    assert item["author"] == [{"family": family, "given": name.split(", ")[1]}]


@pytest.mark.parametrize("text, kind", [
    ("Ivanov I.I. Grammaticheskie kategorii [Grammatical categories]. Trudy Instituta yazykoznaniya RAN [Proceedings "
     "of the Institute of Linguistics RAS], 2019, vol. 5, pp. 1–20. (In Russ.)", "article-journal"),
    ("Brown, A. (2019). Rapid evolution of beak shape. Proceedings of the Royal Society B: Biological Sciences, 286, "
     "20190001.", "article-journal"),
    ("Smith J. A title. In: Proceedings of the 5th International Conference on Computational Linguistics, 2019, "
     "vol. 2, pp. 1–20.", "paper-conference"),
])
def test_a_learned_body_s_proceedings_by_volume_are_a_journal(text, kind):
    """'Trudy Instituta yazykoznaniya RAN [...], 2019, vol. 5' had been typed paper-conference: proceedings named for
    a learned body (an institute, society, academy), printed by volume and not 'In' an edited book, are its journal;
    those of a conference stay papers."""
    assert parse_reference(text)["type"] == kind


@pytest.mark.parametrize("text, container, days", [
    ("Smith, J., and Lee, K., 2019, “Fatigue of Welded Joints,” Proc. ASME 2019 Pressure Vessels and Piping Conference, "
     "San Antonio, TX, July 14–19, 2019, Paper No. PVP2019-93012.", "Proc. ASME 2019 Pressure Vessels and Piping Conference",
     [[2019, 7, 14], [2019, 7, 19]]),
    ("Smith, J., 2019, “Fatigue of Welded Joints,” Proceedings of the ASME 2019 Pressure Vessels and Piping Conference, "
     "Vol. 3, San Antonio, TX, July 14–19, ASME Paper No. PVP2019-93012.",
     "Proceedings of the ASME 2019 Pressure Vessels and Piping Conference", [[2019, 7, 14], [2019, 7, 19]]),
])
def test_asme_s_conference_name_and_days(text, container, days):
    """ASME's proceedings had come out as 'Pressure Vessels and Piping Conference Proc. ASME 2019' (the tagger broke
    the name at its year) and 'July 14–19' with no year stayed in the note: the words running on from the container
    after the quoted title are the container's, and a month's days after the year of issue the meeting's event-date,
    the place before them its event-place."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item.get("event-date"), item.get("event-place"), item.get("note")) \
        == ("paper-conference", container, {"date-parts": days}, "San Antonio, TX", None)


def test_a_paper_s_range_of_days_is_its_issue_s_date():
    """'Le Figaro March 2-3, 1985' (a weekend issue) had stayed in the container: the month's days are a date, and a
    newspaper's, no meeting's."""
    item = parse_reference("Dupont, Jean (1985). 'La crise de l'Europe', Le Figaro March 2-3, 1985.")
    assert (item["container-title"], item["issued"]) == ("Le Figaro", {"date-parts": [[1985, 3, 2], [1985, 3, 3]]})


def test_asme_s_paper_series_before_its_number_is_the_genre():
    """'..., July 14–19, ASME Paper No. PVP2019-93012.' had lost 'ASME' (tagged a volume, after 'Vol. 3')."""
    item = parse_reference("Smith, J., 2019, “Fatigue of Welded Joints,” Proceedings of the ASME 2019 Pressure Vessels and "
                           "Piping Conference, Vol. 3, San Antonio, TX, July 14–19, ASME Paper No. PVP2019-93012.")
    assert (item["volume"], item["genre"], item["number"]) == ("3", "ASME Paper", "PVP2019-93012")

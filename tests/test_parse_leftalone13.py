"""Parser faults left alone by the round's helpers (branch leftalone13)."""
import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, company", [
    ("Siemens AG (2021). Annual Report 2021. Munich.", "Siemens AG"),
    ("Siemens AG, 2021. Annual Report 2021. Munich.", "Siemens AG"),
    ("Ericsson AB. Ericsson Mobility Report. Stockholm, 2022.", "Ericsson AB"),
    ("Equinor ASA (2023). Energy Perspectives 2023. Stavanger.", "Equinor ASA"),
    ("Microsoft Corp. (2020). Annual report on Form 10-K. Redmond, WA.", "Microsoft Corp."),
    ("Robert Bosch GmbH. Automotive Handbook. 10th ed. Stuttgart, 2018.", "Robert Bosch GmbH"),
    ('STMicroelectronics, "STM32F4 reference manual," Application note AN1234, 2019.', "STMicroelectronics"),
])
def test_a_company_named_with_its_legal_form_is_one_body(text, company):
    """'Siemens AG' was a person (family Siemens, given A.G.), 'STMicroelectronics' part of the title and
    'Microsoft Corp.' lost the stop of its abbreviated form before the year."""
    assert parse_reference(text)["author"] == [{"literal": company}]


@pytest.mark.parametrize("text, names", [
    ("Smith AB, Jones AG. Title of the paper. J Clin Invest. 2010;12:1-5.", [("Smith", "A.B."), ("Jones", "A.G.")]),
    ("Larsson AB. Renal function after transplantation. Scand J Urol. 2015;49(2):101-6.", [("Larsson", "A.B.")]),
    ("Larsson AB (2015) Renal function after transplantation. Scand J Urol 49:101-106", [("Larsson", "A.B.")]),
])
def test_vancouver_initials_like_a_legal_form_stay_a_person_s(text, names):
    assert [(n["family"], n["given"]) for n in parse_reference(text)["author"]] == names


@pytest.mark.parametrize("text, names, title", [
    ("Diederik P. Kingma and Max Welling. Auto-encoding variational Bayes. In ICLR, 2014.",
     [("Kingma", "Diederik P."), ("Welling", "Max")], "Auto-encoding variational Bayes"),
    ("Ian J. Goodfellow, Jean Pouget-Abadie, and Mehdi Mirza. Generative adversarial nets. In NeurIPS, 2014.",
     [("Goodfellow", "Ian J."), ("Pouget-Abadie", "Jean"), ("Mirza", "Mehdi")], "Generative adversarial nets"),
])
def test_names_written_given_name_first_before_the_first_stop_are_the_authors(text, names, title):
    """The tagger ended the names at the middle initial ('Diederik P.'), the rest going to the title, and a family
    name hyphenated before a capital ('Pouget-Abadie') made the list read inverted ('Ian J. Goodfellow' a family)."""
    item = parse_reference(text)
    assert [(n["family"], n["given"]) for n in item["author"]] == names
    assert item["title"] == title


@pytest.mark.parametrize("text", [
    "Diederik P. Kingma and Max Welling. Auto-encoding variational Bayes. In ICLR, 2014.",
    "Sergey Ioffe and Christian Szegedy. Batch normalization. In ICML, pages 448–456, 2015.",
    "Yang, Z., Dai, Z., and Le, Q. V. XLNet: Generalized autoregressive pretraining. In NeurIPS, 2019.",
])
def test_a_paper_in_a_meeting_cited_by_its_short_name_is_a_conference_paper(text):
    """'In ICLR, 2014.' made a journal article: a meeting's short name alone after 'In', with no volume or issue."""
    assert parse_reference(text)["type"] == "paper-conference"


def test_a_journal_s_short_name_with_its_volume_stays_a_journal():
    item = parse_reference("Smith J, Lee K. Title of the paper. JAMA. 2019;321(4):345-52.")
    assert item["type"] == "article-journal"


@pytest.mark.parametrize("text, journal", [
    ("Kydland, F. and Prescott, E. (1993). Rules rather than discretion revisited. Carnegie-Rochester Conference "
     "Series on Public Policy, 39, pp. 195-214.", "Carnegie-Rochester Conference Series on Public Policy"),
    ("Smith J, Lee K. Thermal analysis of thin films. Journal of Physics: Conference Series 1234, 012001 (2019).",
     "Journal of Physics: Conference Series"),
])
def test_a_journal_named_a_conference_series_with_volume_and_pages_is_a_journal(text, journal):
    """The words 'Conference Series' made a conference paper of an article in a journal so named."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"]) == ("article-journal", journal)


def test_a_paper_in_a_meeting_s_proceedings_in_a_conference_series_stays_a_conference_paper():
    item = parse_reference("Lee, K. (2018). Title of the talk. In: Proceedings of the 12th Conference, Conference "
                           "Series 4, pp. 10-15. Berlin: Springer.")
    assert item["type"] == "paper-conference"


def test_a_volume_numbered_like_a_year_is_kept_beside_the_work_s_own_date():
    """'1531' read as a year lost under the bracketed '(2020)': neither volume nor date nor note held it."""
    item = parse_reference("A. Kumar and R. Singh, Structural properties of ZnO nanorods, J. Phys.: Conf. Ser. 1531, "
                           "012045 (2020).")
    assert (item["volume"], item["issued"], item["type"]) == ("1531", {"date-parts": [[2020]]}, "article-journal")


@pytest.mark.parametrize("text, title, edition, publisher, place", [
    ("BP, 2022. Statistical Review of World Energy 2022, 71st ed. BP p.l.c., London.",
     "Statistical Review of World Energy 2022", "71", "BP p.l.c.", "London"),
    ("Shell, 2021. Energy Transition Strategy, 2nd ed. Shell plc, London.", "Energy Transition Strategy", "2",
     "Shell plc", "London"),
])
def test_harvard_s_imprint_after_the_edition_is_publisher_and_place(text, title, edition, publisher, place):
    """'BP p.l.c.' after '71st ed.' was read into the title (or the place): the publisher, then the place."""
    item = parse_reference(text)
    assert (item["title"], item["edition"], item["publisher"], item["publisher-place"]) == (
        title, edition, publisher, place)


def test_a_bracketed_remark_after_an_interviewee_s_name_is_a_note():
    """'Ivan Ivanov (pseudonym), interview by the author, ...' gave the author 'Ivan', 'Ivanov (pseudonym)' going to
    the title."""
    item = parse_reference("Ivan Ivanov (pseudonym), interview by the author, Kyiv, 3 March 2022.")
    assert item["author"] == [{"family": "Ivanov", "given": "Ivan"}]
    assert (item["title"], item["note"], item["publisher-place"]) == ("interview by the author", "(pseudonym)", "Kyiv")


@pytest.mark.parametrize("text, name", [
    ("Interview with Father Mykola, Lviv, 5 May 2021.", "Father Mykola"),
    ("Author's interview with Imam Abdulla, Osh, 12 June 2019.", "Imam Abdulla"),
])
def test_a_title_before_one_name_makes_the_interviewee_a_literal_name(text, name):
    """'Interview with Father Mykola' gave the family name 'Mykola', the title dropped."""
    assert parse_reference(text)["author"] == [{"literal": name}]


def test_a_title_before_a_whole_name_stays_out_of_it():
    item = parse_reference("Interview with Archbishop Ezras Nersisyan, Moscow, 14 May 2019.")
    assert item["author"] == [{"family": "Nersisyan", "given": "Ezras"}]


def test_one_pasted_line_opened_by_an_ieee_number_is_a_reference():
    """'[4] Cisco Annual Internet Report (2018–2023), Cisco, ...' alone gave 'no references found': the bracketed
    number is evidence enough for one entry."""
    from cslbridge.parse import parse_page

    result = parse_page("[4] Cisco Annual Internet Report (2018–2023), Cisco, San Jose, CA, USA, Mar. 2020.\n")
    assert [(item["title"], item["publisher"], item["custom"]["number"]) for item in result.items] == [
        ("Cisco Annual Internet Report (2018–2023)", "Cisco", 4)]


def test_one_pasted_line_of_prose_under_a_bracketed_number_is_still_no_reference():
    from cslbridge.parse import parse_page

    assert parse_page("[1] Home\n").items == []


@pytest.mark.parametrize("text, place", [
    ("Griffiths, David J. Introduction to Quantum Mechanics. Sausalito, CA: Univ. Sci. Books, 2004.", "Sausalito, CA"),
    ("Taylor JR. Classical Mechanics. Sausalito: Univ. Sci. Books; 2005.", "Sausalito"),
])
def test_an_abbreviated_publisher_after_place_and_colon_keeps_its_stops(text, place):
    """'Univ. Sci. Books' was split at its stops, place and 'Univ. Sci' into the title ('Books' the publisher), or
    the place was read into the publisher."""
    item = parse_reference(text)
    assert (item["publisher"], item["publisher-place"]) == ("Univ. Sci. Books", place)
    assert "Sausalito" not in item["title"]


def test_a_numbered_series_sentence_read_as_a_journal_is_the_book_s_series():
    """'Studies on the History of Society and Culture 23.' before the imprint made a journal article (volume 23)."""
    item = parse_reference("Kotkin, Stephen. Magnetic Mountain: Stalinism as a Civilization. Studies on the History of "
                           "Society and Culture 23. Berkeley: University of California Press, 1995.")
    assert item["type"] == "book" and "container-title" not in item and "volume" not in item
    assert (item["title"], item["collection-title"], item["collection-number"]) == (
        "Magnetic Mountain: Stalinism as a Civilization", "Studies on the History of Society and Culture", "23")


def test_a_series_sentence_before_the_imprint_is_the_book_s_collection_title():
    item = parse_reference("Kidd, Colin. Subverting Scotland's Past. Cambridge Studies in Early Modern British History. "
                           "Cambridge: CUP, 1993.")
    assert (item["type"], item["title"], item["collection-title"]) == (
        "book", "Subverting Scotland's Past", "Cambridge Studies in Early Modern British History")


def test_a_lone_company_in_a_list_that_names_no_one_vancouver_s_way_is_a_body():
    """'Ericsson AB. Mobility Report: Global Outlook. Stockholm, 2022.' (no year after the name, a title of its own)
    gave a person, Ericsson A.B., in an APA list where no one else is named with bare initials."""
    from cslbridge.parse import parse_page

    items = parse_page("References\n\nEricsson AB. Mobility Report: Global Outlook. Stockholm, 2022.\n\n"
                       "Smith, J. (2020). A study of networks. Journal of Networks, 12(3), 45-67.\n\n"
                       "Lee, K. and Park, S. (2019). Mobile traffic growth. Telecom Policy, 43(2), 100-115.\n").items
    assert [item["author"][0] for item in items] == [
        {"literal": "Ericsson AB"}, {"family": "Smith", "given": "J."}, {"family": "Lee", "given": "K."}]


def test_initials_like_a_legal_form_in_a_vancouver_list_stay_a_person_s():
    from cslbridge.parse import parse_page

    items = parse_page("References\n\n1. Ericsson AB. Mobility Report: Global Outlook. Stockholm, 2022.\n"
                       "2. Smith AB, Jones CD. A study of networks. J Netw. 2020;12(3):45-67.\n"
                       "3. Lee K, Park S. Mobile traffic growth. Telecom Policy. 2019;43(2):100-15.\n").items
    assert items[0]["author"] == [{"family": "Ericsson", "given": "A.B."}]


def test_a_state_s_code_before_the_colon_is_the_place_s_not_the_publisher_s():
    """'Hanover, NH: University Press of New England' after a series sentence gave the place 'Hanover' and the
    publisher 'NH: University Press of New England' (the series stayed in the title)."""
    item = parse_reference("Smith, Anthony. The Nation in History. Menahem Stern Jerusalem Lectures. Hanover, NH: "
                           "University Press of New England, 2000.")
    assert (item["publisher-place"], item["publisher"]) == ("Hanover, NH", "University Press of New England")
    assert (item["title"], item["collection-title"]) == ("The Nation in History", "Menahem Stern Jerusalem Lectures")


def test_aps_s_book_with_its_edition_before_the_imprint_s_bracket():
    """'2nd ed. (Univ. Sci. Books, Sausalito, CA, 1997)' made a journal article in '(Univ. Sci.', the rest of the
    publisher in the place."""
    item = parse_reference("J. R. Taylor, An Introduction to Error Analysis, 2nd ed. (Univ. Sci. Books, Sausalito, CA, "
                           "1997).")
    assert (item["type"], item["title"], item["edition"], item["publisher"], item["publisher-place"]) == (
        "book", "An Introduction to Error Analysis", "2", "Univ. Sci. Books", "Sausalito, CA")


@pytest.mark.parametrize("word, body", [("STMicroelectronics", True), ("GEHealthcare", True), ("ODonnell", False),
                                        ("DAmico", False)])
def test_an_acronym_glued_to_a_word_names_a_company_a_name_that_lost_its_apostrophe_does_not(word, body):
    from cslbridge.parse.names import corporate_name

    assert corporate_name(word) is body

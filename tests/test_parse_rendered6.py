"""Titles, containers and cues of what the official CSL styles print, read back (round 6 of bench/parse_rendered.py)."""

from cslbridge.parse.fields import parse_reference


def test_german_guillemets_pointing_in_quote_a_title_with_its_own_stop():
    # German styles quote the title »…«; a stop inside it does not end it, the book after it is no part of it
    item = parse_reference("Reckwitz, Andreas. »Die Gesellschaft der Singularitäten. Zum Strukturwandel der Moderne«. "
                           "Soziologie im Wandel. Eine Bilanz, Hg. Maria Weber. Campus, 2017. 45–67.")
    assert item["title"] == "Die Gesellschaft der Singularitäten. Zum Strukturwandel der Moderne"
    # French guillemets between two quotations are no such quotation
    item = parse_reference("Martin, Claire. « Les budgets participatifs » et « la démocratie locale », Revue française "
                           "de science politique 71.3 (2021): 401–20.")
    assert item["title"].startswith("Les budgets participatifs")


def test_polish_bracketed_in_opens_the_book_with_no_stop_before_it():
    # studia-bas prints "Title [w:] Book, Editors (red.), Publisher, Place Year": "[w:]" is the chapter's "In"
    item = parse_reference("Nowak A., Rozwój obszarów wiejskich w Polsce [w:] Polityka regionalna Unii Europejskiej, "
                           "J. Kowalski (red.), Wydawnictwo Naukowe PWN, Warszawa 2015.")
    assert item["title"] == "Rozwój obszarów wiejskich w Polsce"
    assert item["container-title"] == "Polityka regionalna Unii Europejskiej"
    assert item["type"] == "chapter"


def test_spanish_in_and_edited_by_open_a_chapter_s_book_and_editors():
    # Chicago in the Spanish locale: "Title. En Book, editado por Name y Name. Place: Publisher, pages."
    item = parse_reference("Ortega, Lucía. 2018. Migración y remesas en Centroamérica. En Economía política del "
                           "desarrollo, editado por Marta Ruiz y Pablo Herrera. Madrid: Siglo XXI, 77–102.")
    assert item["type"] == "chapter"
    assert item["title"] == "Migración y remesas en Centroamérica"
    assert item["container-title"] == "Economía política del desarrollo"
    assert [(n["family"], n["given"]) for n in item["editor"]] == [("Ruiz", "Marta"), ("Herrera", "Pablo")]


def test_in_with_its_colon_opens_the_book_with_no_stop_before_it():
    # styles that print no stop between the chapter's title and "In:" (annals-of-botany, AMA variants)
    item = parse_reference("Kaur P, Weber L. 2017. Soil carbon under conservation tillage In: Advances in Agronomy. "
                           "San Diego: Academic Press, 1–48.")
    assert item["title"] == "Soil carbon under conservation tillage"
    assert item["container-title"] == "Advances in Agronomy"


def test_a_book_whose_title_the_tagger_read_as_a_container_before_its_edition():
    # "Author, Title, 9. uppl., Publisher Year": no chapter title before the "container", an edition after it
    item = parse_reference("Chang, R., Physical Chemistry, 3. uppl., University Science Books 2000")
    assert "error" not in item.get("custom", {})
    assert (item["type"], item["title"], item["edition"]) == ("book", "Physical Chemistry", "3")


def test_a_national_edition_word_after_a_number_without_its_stop():
    # swedish-legal prints the Swedish edition "3 uppl." with no stop after the number
    item = parse_reference("Lindgren, K., Organisk kemi för nybörjare, 3 uppl., Studentlitteratur, Lund 2015")
    assert item["edition"] == "3"
    assert item["title"] == "Organisk kemi för nybörjare"


def test_a_dash_after_the_title_s_stop_opens_the_journal():
    # linguistica-uralica and oikos print "Title. – Journal 12 (2), 45–67."
    item = parse_reference("Virtanen, Aino 2015, Vowel harmony in the eastern dialects of Finnish. – Finnisch-Ugrische "
                           "Forschungen 62 (2), 45–67.")
    assert item["title"] == "Vowel harmony in the eastern dialects of Finnish"
    assert item["container-title"] == "Finnisch-Ugrische Forschungen"
    # a book's publisher after the dash is no journal
    item = parse_reference("Hacker, D. and Sommers, N. 2016. The Bedford handbook. - Bedford/St. Martin’s.")
    assert "container-title" not in item


def test_the_whole_volume_before_the_issue_s_cue():
    # american-mathematical-society-label prints "Journal 118 no. 4 (2019) 55–70"; the volume had lost its last digit
    item = parse_reference("Okafor, C., and Lindqvist, M., Seasonal migration and rural credit, J. Dev. Econ. 118 no. 4 "
                           "(2019) 55–70 .")
    assert (item["volume"], item["issue"]) == ("118", "4")

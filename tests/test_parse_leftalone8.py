"""Parser faults left alone by the round's helpers (branch leftalone8)."""

import pytest

from cslbridge.parse.fields import parse_reference
from cslbridge.parse.names import parse_names


@pytest.mark.parametrize("text, authors", [
    ("Clifford G. Gaddy, Mr. Putin: Operative in the Kremlin (Washington, DC: Brookings Institution Press, 2013), 45.",
     [{"family": "Gaddy", "given": "Clifford G."}]),
    ("Gaddy, Clifford G. Mr. Putin: Operative in the Kremlin. Washington, DC: Brookings, 2013.",
     [{"family": "Gaddy", "given": "Clifford G."}]),
])
def test_a_form_of_address_after_the_names_opens_the_title(text, authors):
    """'Mr.' was read as the given name of 'Clifford G. Gaddy': a form of address never follows its name."""
    item = parse_reference(text)
    assert item["author"] == authors
    assert item["title"] == "Mr. Putin: Operative in the Kremlin"


@pytest.mark.parametrize("name", ["Patriarch Kirill", "Metropolitan Hilarion", "Archbishop Ezras Nersisyan",
                                  "Sheikh Zayed"])
def test_a_title_of_office_before_a_name_is_no_given_name(name):
    assert parse_names(name) == [{"literal": name}]


@pytest.mark.parametrize("span, names", [
    ("Bishop D, Smith J", [{"family": "Bishop", "given": "D."}, {"family": "Smith", "given": "J."}]),
    ("Bishop, Dorothy", [{"family": "Bishop", "given": "Dorothy"}]),
    ("Sultan Akimbekov", [{"family": "Akimbekov", "given": "Sultan"}]),
])
def test_a_family_name_spelt_as_an_office_stays_a_name(span, names):
    assert parse_names(span) == names


def test_a_patriarchs_speech_has_him_as_its_author():
    item = parse_reference("Patriarch Kirill, “Speech at the World Russian People’s Council,” Moscow, 1 November 2014.")
    assert item["author"] == [{"literal": "Patriarch Kirill"}]
    assert item["title"] == "Speech at the World Russian People’s Council"


@pytest.mark.parametrize("text, title, genre", [
    ("Иванов И. И. Экономическое развитие региона : диссертация на соискание ученой степени кандидата экономических "
     "наук : 08.00.05. – Москва, 2015. – 180 с.", "Экономическое развитие региона",
     "диссертация на соискание ученой степени кандидата экономических наук : 08.00.05"),
    ("Петров П. П. Правовые основы : автореферат диссертации на соискание ученой степени доктора юридических наук. – "
     "Санкт-Петербург, 2010. – 40 с.", "Правовые основы",
     "автореферат диссертации на соискание ученой степени доктора юридических наук"),
    ("Коваленко О. М. Фінансова політика регіону : дисертація на здобуття наукового ступеня кандидата економічних наук : "
     "08.00.08. Київ, 2017. 210 с.", "Фінансова політика регіону",
     "дисертація на здобуття наукового ступеня кандидата економічних наук : 08.00.08"),
    ("Коваленко О. М. Фінансова політика регіону : дисертація на здобуття ступеня доктора філософії. Київ, 2021. 210 с.",
     "Фінансова політика регіону", "дисертація на здобуття ступеня доктора філософії"),
    ("Іваноў І. І. Эканамічнае развіццё рэгіёна : дысертацыя на суісканне вучонай ступені кандыдата эканамічных навук : "
     "08.00.05. Мінск, 2016. 150 с.", "Эканамічнае развіццё рэгіёна",
     "дысертацыя на суісканне вучонай ступені кандыдата эканамічных навук : 08.00.05"),
])
def test_a_thesis_named_by_its_degree_in_full_words_is_a_thesis(text, title, genre):
    """The degree written out ('диссертация на соискание ученой степени кандидата ... наук') stayed in the title."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert item["title"] == title
    assert item["genre"] == genre


def test_a_title_about_dissertations_is_no_thesis():
    item = parse_reference("Сидоров А. А. Диссертация как научный жанр // Вопросы образования. 2018. № 2. С. 10–20.")
    assert item["type"] == "article-journal"
    assert item["title"] == "Диссертация как научный жанр"


@pytest.mark.parametrize("text, author, archive, place", [
    ("Hopkins, Harry L. Papers. Franklin D. Roosevelt Presidential Library, Hyde Park, NY.",
     [{"family": "Hopkins", "given": "Harry L."}], "Franklin D. Roosevelt Presidential Library", "Hyde Park, NY"),
    ("Acheson, Dean. Papers. Harry S. Truman Library, Independence, MO.",
     [{"family": "Acheson", "given": "Dean"}], "Harry S. Truman Library", "Independence, MO"),
])
def test_a_persons_papers_under_the_persons_name_are_a_manuscript(text, author, archive, place):
    """'Hopkins, Harry L. Papers.' was a book titled 'Papers' published by the library."""
    item = parse_reference(text)
    assert item["type"] == "manuscript"
    assert item["author"] == author
    assert item["title"] == "Papers"
    assert item["archive"] == archive
    assert item["archive-place"] == place
    assert "publisher" not in item


@pytest.mark.parametrize("text, archive, place", [
    ("14. Harold Whitman to Clara Benson, June 3, 1919, Box 3, Folder 12, Appleby Family Papers, State Historical "
     "Society of Iowa, Des Moines.", "State Historical Society of Iowa", "Des Moines"),
    ("3. Henry A. Wallace to Paul Appleby, May 2, 1936, Henry A. Wallace Papers, University of Iowa Special "
     "Collections, Iowa City.", "University of Iowa Special Collections", "Iowa City"),
    ("Wallace Family Papers. University of Iowa Special Collections, Iowa City.",
     "University of Iowa Special Collections", "Iowa City"),
])
def test_a_repositorys_town_the_place_list_does_not_know_is_its_place(text, archive, place):
    """'Des Moines' and 'Iowa City' were left inside the archive's name."""
    item = parse_reference(text)
    assert item["type"] == "manuscript"
    assert item["archive"] == archive
    assert item["archive-place"] == place


def test_a_holding_after_the_repository_is_no_town():
    item = parse_reference("3. Henry A. Wallace to Paul Appleby, May 2, 1936, Henry A. Wallace Papers, University of "
                           "Iowa Library, Manuscript Division.")
    assert item["archive"] == "University of Iowa Library, Manuscript Division"
    assert "archive-place" not in item


@pytest.mark.parametrize("text, title, page, year", [
    ("Richard A. Posner, Economic Analysis of Law 45 (2019).", "Economic Analysis of Law", "45", 2019),
    ("Cass R. Sunstein, Nudge: Improving Decisions About Health, Wealth, and Happiness 45 (2008).",
     "Nudge: Improving Decisions About Health, Wealth, and Happiness", "45", 2008),
    ("Lawrence Lessig, Code and Other Laws of Cyberspace 120–25 (1999).", "Code and Other Laws of Cyberspace", "120-25",
     1999),
])
def test_a_bluebook_book_in_ordinary_case_without_an_edition_is_a_book(text, title, page, year):
    """With no edition in the bracket the page cited was read as a journal's volume and the title as its name."""
    item = parse_reference(text)
    assert item["type"] == "book"
    assert item["title"] == title
    assert item["page"] == page
    assert item["issued"] == {"date-parts": [[year]]}
    assert "container-title" not in item and "volume" not in item


@pytest.mark.parametrize("text", [
    "A. Smith, Phys. Rev. B 63 (2001).",
    "J. Doe, Chapter Title, in Big Book 45 (2019).",
])
def test_a_journal_or_a_chapter_before_a_bracketed_year_is_no_bluebook_book(text):
    assert parse_reference(text)["type"] != "book"


@pytest.mark.parametrize("text, genre, publisher", [
    ('Smith, John, and Jane Doe. 2018. "Firm Dynamics and Credit Constraints." Unpublished manuscript, Dept. of '
     'Economics, Univ. of Chicago.', "Unpublished manuscript", "Dept. of Economics, Univ. of Chicago"),
    ('Smith, John. 2019. "Firm Dynamics and Credit Constraints." Mimeo, Princeton University.', "Mimeo",
     "Princeton University"),
    ("Smith, J. (2020). Firm dynamics and credit constraints [Unpublished manuscript]. Department of Economics, "
     "University of Chicago.", "Unpublished manuscript", "Department of Economics, University of Chicago"),
])
def test_an_unpublished_paper_named_so_is_a_manuscript_the_body_after_it_publishes(text, genre, publisher):
    """'Mimeo, Princeton University' was the publisher of a book."""
    item = parse_reference(text)
    assert item["type"] == "manuscript"
    assert item["genre"] == genre
    assert item["publisher"] == publisher


def test_a_working_paper_stays_a_report():
    item = parse_reference('Smith, John. 2019. "Firm Dynamics." Working paper, Princeton University.')
    assert item["type"] == "report"
    assert item["genre"] == "Working paper"


@pytest.mark.parametrize("text, container, volume, page, second", [
    ("A. B. Smith and C. D. Jones, Phys. Rev. B 63, 224401 (2001); Phys. Rev. Lett. 86, 1881 (2001).",
     "Phys. Rev. B", "63", "224401", "Phys. Rev. Lett. 86, 1881 (2001)."),
    ("J. Kondo, Prog. Theor. Phys. 32, 37 (1964); Phys. Rev. 169, 437 (1968).",
     "Prog. Theor. Phys.", "32", "37", "Phys. Rev. 169, 437 (1968)."),
])
def test_a_second_citation_after_the_first_ones_year_goes_whole_to_note(text, container, volume, page, second):
    """The two journals' names were run together ('Phys. Rev. B Phys. Rev. Lett.') and the second page lost to note."""
    item = parse_reference(text)
    assert item["container-title"] == container
    assert (item["volume"], item["page"]) == (volume, page)
    assert item["note"] == second
    assert "title" not in item


@pytest.mark.parametrize("text, body", [
    ("Statistics Agency under the President of the Republic of Uzbekistan. Available at: https://stat.uz/en/ "
     "(accessed 12 March 2024).", "Statistics Agency under the President of the Republic of Uzbekistan"),
    ("Agency for Statistics under the President of the Republic of Tajikistan. Available at: https://stat.tj "
     "(accessed 12 March 2024).", "Agency for Statistics under the President of the Republic of Tajikistan"),
])
def test_a_body_under_another_keeps_its_whole_name(text, body):
    """The tagger began a title at 'under' (or after 'for'): the author was 'Statistics Agency', the title 'under ...'."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": body}]
    assert "title" not in item
    assert item["type"] == "webpage"  # the office's site, named by the office alone
    assert item["URL"].startswith("https://stat.")


@pytest.mark.parametrize("text, title, publisher", [
    ("Smith, J. (2005), The Politics of Oil in Azerbaijan, Armonk (NY), M. E. Sharpe.",
     "The Politics of Oil in Azerbaijan", "M. E. Sharpe"),
    ("Olcott, M. B., Central Asia's New States, Armonk (NY), M. E. Sharpe, 1996, p. 45.",
     "Central Asia's New States", "M. E. Sharpe"),
    ("Smith, J. (2005), The Politics of Oil in Azerbaijan, Armonk (NY), Sharpe.",
     "The Politics of Oil in Azerbaijan", "Sharpe"),
])
def test_a_town_with_its_state_in_brackets_then_a_publisher_opening_with_initials(text, title, publisher):
    """'Armonk (NY), M. E. Sharpe' was read as editors' (or the author's) names: no publisher, no place."""
    item = parse_reference(text)
    assert item["title"] == title
    assert item["publisher-place"] == "Armonk (NY)"
    assert item["publisher"] == publisher
    assert "editor" not in item and len(item["author"]) == 1


@pytest.mark.parametrize("text, volume, issue, year", [
    ("Neil J. Melvin, ‘Building Stronger Communities’, Problems of Post-Communism, 29, 3, 2004/05, pp. 3–18.",
     "29", "3", 2004),
    ("Sally N. Cummings, ‘Oil and Power’, Central Asian Survey, 24, 2, 2004/2005, pp. 115–30.", "24", "2", 2004),
])
def test_a_year_span_after_volume_and_issue_is_the_date(text, volume, issue, year):
    """'29, 3, 2004/05' was read whole as the volume, with no date."""
    item = parse_reference(text)
    assert (item["volume"], item["issue"]) == (volume, issue)
    assert item["issued"]["date-parts"][0] == [year]
    assert item["page"].startswith(("3-", "115-"))


@pytest.mark.parametrize("text, title", [
    ("Канстытуцыя Рэспублікі Беларусь 1994 года (са змяненнямі і дапаўненнямі, прынятымі на рэспубліканскіх "
     "рэферэндумах 24 лістапада 1996 г. і 17 кастрычніка 2004 г.). – Мінск : Амалфея, 2005. – 48 с.",
     "Канстытуцыя Рэспублікі Беларусь 1994 года (са змяненнямі і дапаўненнямі, прынятымі на рэспубліканскіх "
     "рэферэндумах 24 лістапада 1996 г. і 17 кастрычніка 2004 г.)"),
    ("Конституция Республики Беларусь 1994 года (с изменениями и дополнениями, принятыми на республиканских "
     "референдумах 24 ноября 1996 г. и 17 октября 2004 г.). – Минск : Амалфея, 2005. – 48 с.",
     "Конституция Республики Беларусь 1994 года (с изменениями и дополнениями, принятыми на республиканских "
     "референдумах 24 ноября 1996 г. и 17 октября 2004 г.)"),
])
def test_a_constitution_named_first_is_legislation_with_no_author(text, title):
    """'Канстытуцыя Рэспублікі Беларусь' was read as a person's name, the rest of the title after its year."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert "author" not in item
    assert item["title"] == title
    assert item["issued"] == {"date-parts": [[2005]]}
    assert item["publisher"] == "Амалфея"


@pytest.mark.parametrize("text, author, title", [
    ("Gaskell, Mrs. Cranford. London: Chapman and Hall, 1853.", "Gaskell", "Cranford"),
    ("Byron, Lord. Don Juan. London: John Murray, 1819.", "Byron", "Don Juan"),
    ("Smith, J., and Gaddy, Mrs. Title of a Book. London: Penguin, 2001.", "Gaddy", "Title of a Book"),
])
def test_an_address_after_a_family_name_alone_stays_with_the_name(text, author, title):
    item = parse_reference(text)
    assert item["author"][-1]["family"] == author
    assert item["title"] == title

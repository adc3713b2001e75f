"""Parser faults left alone by the round's helpers (branch leftalone9)."""

import pytest

from cslbridge.parse.fields import parse_reference
from cslbridge.parse.names import parse_names


@pytest.mark.parametrize("text, body", [
    ("Kremlin. 2014. “Address by President of the Russian Federation.” March 18. "
     "http://en.kremlin.ru/events/president/news/20603.", "Kremlin"),
    ("Ofsted (2019) The education inspection framework. Manchester: Ofsted.", "Ofsted"),
    ("OpenAI (2023). GPT-4 technical report. arXiv preprint arXiv:2303.08774.", "OpenAI"),
    ("Gazprom (2020) Annual report 2019. Moscow: Gazprom.", "Gazprom"),
    ("Tatneft (2021) Sustainability report 2020. Almetyevsk: Tatneft.", "Tatneft"),
])
def test_a_one_word_body_as_the_only_author_is_a_literal(text, body):
    """'Kremlin', 'Ofsted', 'OpenAI' had been persons' family names: a known one-word body, a Russian body's compound
    ending ('-prom', '-neft', '-stat', '-nadzor') or a brand's inner capital make the lone word a body."""
    assert parse_reference(text)["author"] == [{"literal": body}]


@pytest.mark.parametrize("name", ["McDonald", "DiCaprio", "LeBlanc", "MacArthur", "ElBaradei", "Prometheus"])
def test_a_surname_with_a_prefix_capital_alone_stays_a_family_name(name):
    assert parse_names(name) == [{"family": name}]



@pytest.mark.parametrize("text, edition, year", [
    ('Zalta, Edward N. "Gottlob Frege." The Stanford Encyclopedia of Philosophy, edited by Edward N. Zalta, Fall 2022 '
     'ed., plato.stanford.edu/archives/fall2022/entries/frege/.', "Fall 2022", 2022),
    ("Zalta, E. N. (2022). Gottlob Frege. In E. N. Zalta (Ed.), The Stanford encyclopedia of philosophy (Fall 2022 "
     "ed.). https://plato.stanford.edu/archives/fall2022/entries/frege/", "Fall 2022", 2022),
    ('Kment, Boris. "Varieties of Modality." The Stanford Encyclopedia of Philosophy, edited by Edward N. Zalta and Uri '
     'Nodelman, Spring 2023 ed., plato.stanford.edu/archives/spr2023/entries/modality-varieties/.', "Spring 2023", 2023),
])
def test_a_season_and_year_before_ed_are_the_edition(text, edition, year):
    """MLA's 'Fall 2022 ed.' had left 'ed.' in note and dated the entry autumn 2022: the season and year name the
    online reference work's release, its edition, and the year dates the entry."""
    item = parse_reference(text)
    assert (item.get("edition"), item["issued"]) == (edition, {"date-parts": [[year]]})
    assert "note" not in item


def test_a_season_without_ed_stays_the_issue_date():
    item = parse_reference('Smith, John. "A Title of Mine." Journal of Things, vol. 3, no. 2, Fall 2019, pp. 1-20.')
    assert (item["issued"], "edition" in item) == ({"date-parts": [[2019, 23]]}, False)


def test_a_web_pages_only_name_is_its_title():
    """LNCS's 'LNCS Homepage, http://www.springer.com/lncs. Accessed 21 Nov 2016' had the name as container-title
    and no title (the same page with ', last accessed 2016/11/21.' was right)."""
    item = parse_reference("LNCS Homepage, http://www.springer.com/lncs. Accessed 21 Nov 2016")
    assert (item["type"], item.get("title"), "container-title" in item) == ("webpage", "LNCS Homepage", False)
    assert item["accessed"] == {"date-parts": [[2016, 11, 21]]}


@pytest.mark.parametrize("text, book", [
    ("Smith, Anthony D. 1986. “The Myth of Ethnic Descent.” In Idem, The Ethnic Origins of Nations, 24–46. Oxford: "
     "Blackwell.", "The Ethnic Origins of Nations"),
    ("Zwitter, Fran. 1990. “Nacionalni problemi v habsburški monarhiji.” In Idem, O slovenskem narodnem vprašanju. "
     "Ljubljana: Slovenska matica.", "O slovenskem narodnem vprašanju"),
    ("Müller, Hans. 2001. „Der Staat.“ In: Ders., Politische Schriften. Berlin: Suhrkamp, S. 11–40.",
     "Politische Schriften"),
])
def test_in_idem_names_a_chapter_in_the_authors_own_book(text, book):
    """'In Idem, Book.' (German 'In: Ders., Buch.') had 'Idem,' left in the book's title: the same author wrote the
    book, its container-author, as ABNT's 'In: ______. Book.' already said."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"]) == ("chapter", book)
    assert item["container-author"] == item["author"]


@pytest.mark.parametrize("text, book, page", [
    ("Zwitter, Fran. 1990. “Nacionalni problemi v habsburški monarhiji [National Problems in the Habsburg "
     "Monarchy].” In Idem, O slovenskem narodnem vprašanju. Ljubljana: Slovenska matica.",
     "O slovenskem narodnem vprašanju", None),
    ("Zwitter, Fran. 1990. “Nacionalni problemi v habsburški monarhiji [National Problems of the Habsburg "
     "Monarchy].” In O slovenskem narodnem vprašanju, 11–40. Ljubljana: Slovenska matica.",
     "O slovenskem narodnem vprašanju", "11-40"),
])
def test_a_chapters_book_and_imprint_left_as_note_after_a_quoted_title_are_read(text, book, page):
    """After a long bracketed translation in a quoted title the tagger had left 'In Book. Place: Publisher.' whole in
    note, and the item was a document."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item.get("page")) == ("chapter", book, page)
    assert (item["publisher-place"], item["publisher"]) == ("Ljubljana", "Slovenska matica")
    assert item["title"].startswith("National Problems") and "note" not in item


@pytest.mark.parametrize("text, site", [
    ('"Tundra." Encyclopaedia Britannica, Encyclopædia Britannica, Inc., 5 Mar. 2023, '
     'www.britannica.com/science/tundra.', "Encyclopaedia Britannica"),
    ("“Climate Change and Health.” Encyclopaedia Britannica, Encyclopædia Britannica, Inc., 5 Mar. 2023, "
     "www.britannica.com/science/climate-change.", "Encyclopaedia Britannica"),
])
def test_an_mla_site_and_its_owner_with_a_legal_form_are_container_and_publisher(text, site):
    """MLA's 'Site, Owner, Inc., date, URL' had the site as publisher-place (read as a book's 'Place, Publisher'
    imprint for the owner's 'Inc.'), as 'Wikipedia, Wikimedia Foundation' never was."""
    item = parse_reference(text)
    assert (item["container-title"], item["publisher"]) == (site, "Encyclopædia Britannica, Inc.")
    assert "publisher-place" not in item and item["type"] == "entry-encyclopedia"

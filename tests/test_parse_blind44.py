"""Blind batch 44: transliterated References entries from Russian journals and Europe-Asia Studies style notes."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, body", [
    ("Turkmengaz, ‘Annual Report 2019’, Ashgabat, 2020.", "Turkmengaz"),
    ("Uzbekneftegaz, ‘Sustainability Report 2021’, Tashkent, 2022, available at: https://www.ung.uz/en/reports/2021, "
     "accessed 3 May 2022.", "Uzbekneftegaz"),
])
def test_a_gas_companys_one_word_name_is_a_body(text, body):
    """A gas company named in one compound word had been a person's family name ('Turkmengaz'), as an oil company's
    ('Tatneft') or an industry's holding ('Kazatomprom') is not."""
    item = parse_reference(text)
    assert (item["type"], item["author"]) == ("report", [{"literal": body}])


@pytest.mark.parametrize("text, title", [
    ("Stephen Hutchings and Vera Tolz, Nation, Ethnicity and Race on Russian Television: Mediating Post-Soviet "
     "Difference (London, Routledge, 2015), pp. 45–67.",
     "Nation, Ethnicity and Race on Russian Television: Mediating Post-Soviet Difference"),
    ("See, for example, Stephen Hutchings and Vera Tolz, Nation, Ethnicity and Race on Russian Television "
     "(London, Routledge, 2015).", "Nation, Ethnicity and Race on Russian Television"),
])
def test_names_given_first_end_with_the_name_after_and(text, title):
    """The book's first comma part had joined the names ('Vera Tolz, Nation' read inverted: family 'Vera Tolz',
    given 'Nation'): names written given name first end with the one after 'and'."""
    item = parse_reference(text)
    assert item["author"] == [{"family": "Hutchings", "given": "Stephen"}, {"family": "Tolz", "given": "Vera"}]
    assert (item["type"], item["title"], item["publisher"]) == ("book", title, "Routledge")


def test_a_bracketed_document_before_an_archive_is_its_title_not_a_genre():
    """'[Letter ..., 1918]. GARF. F. ...': the bracket alone, parsed as the description, had been read as an APA
    descriptor (genre), its year as the publisher; it is the document's translated title and its year the date."""
    item = parse_reference("[Letter of the Holy Synod to the Council of People's Commissars, 1918]. GARF. F. R-130. "
                           "Op. 2. D. 45. L. 1–3.")
    assert (item["type"], item["title"], item["issued"], item["archive"], item["archive_location"]) == (
        "manuscript", "Letter of the Holy Synod to the Council of People's Commissars", {"date-parts": [[1918]]},
        "GARF", "F. R-130. Op. 2. D. 45. L. 1–3")
    assert "genre" not in item and "publisher" not in item


@pytest.mark.parametrize("text, title", [
    ("Bank of Russia. [Review of the banking sector of the Russian Federation. Analytical data. No. 232]. Moscow, "
     "2022. 64 p. (In Russ.)", "Review of the banking sector of the Russian Federation. Analytical data. No. 232"),
    ("Central Bank of the Russian Federation. [Review of the financial market. Q3 2023]. Moscow, 2023. 48 p. "
     "(In Russ.)", "Review of the financial market. Q3 2023"),
])
def test_a_translated_title_opening_with_review_of_the_is_no_review_bracket(text, title):
    """'[Review of the banking sector ...]' had been read as APA's review bracket ('[Review of the book X, by Y]'):
    the genre, the report left untitled and typed a book. APA's bracket names the kind of work it reviews."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("genre")) == ("report", title, None)


@pytest.mark.parametrize("text, body, title", [
    ("National Statistics Office of Mongolia, ‘Monthly Bulletin of Statistics, March 2022’, Ulaanbaatar, 2022, p. 5.",
     "National Statistics Office of Mongolia", "Monthly Bulletin of Statistics, March 2022"),
    ("Ministry of Mining and Heavy Industry of Mongolia, ‘Mining Sector Statistics, December 2021’, Ulaanbaatar, "
     "2022, p. 14.", "Ministry of Mining and Heavy Industry of Mongolia", "Mining Sector Statistics, December 2021"),
])
def test_a_town_after_a_title_closing_with_its_month_is_the_place(text, body, title):
    """The town had been read with the year as the date after a title ending with a month and year, and left in the
    note ('Ulaanbaatar, 2022')."""
    item = parse_reference(text)
    assert (item["author"], item["title"], item["publisher-place"], item["issued"], item.get("note")) == (
        [{"literal": body}], title, "Ulaanbaatar", {"date-parts": [[2022]]}, None)

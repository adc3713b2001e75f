"""Faults earlier rounds noticed and left alone (round 17): each test a realistic example of the printed pattern."""
import pytest

from cslbridge.parse.fields import parse_reference


def names(item, role="author"):
    return [(n.get("family"), n.get("given")) if "family" in n else n.get("literal") for n in item.get(role, [])]


@pytest.mark.parametrize("text, medium", [
    ("Scott, Ridley, dir. Blade Runner. Burbank, CA: Warner Bros., 1982. Blu-ray.", "Blu-ray"),
    ("4. Billy Wilder, dir., Sunset Boulevard (1950; Hollywood, CA: Paramount Home Entertainment, 2002), "
     "videocassette.", "videocassette"),
])
def test_a_chicago_film_closing_on_its_format(text, medium):
    """Chicago's film under its director closing on the copy's format ('..., 1982. Blu-ray.'): the format is the
    medium, as a recording's 'LP' is; it went to note."""
    item = parse_reference(text)
    assert (item["type"], item.get("medium"), item.get("note")) == ("motion_picture", medium, None)


@pytest.mark.parametrize("text, platform", [
    ("Musk, Elon [@elonmusk]. “The bird is freed.” X, 28 Oct. 2022, x.com/elonmusk/status/1585841080431321088.", "X"),
    ("Musk, Elon. “The bird is freed.” X, 28 Oct. 2022, x.com/elonmusk/status/1585841080431321088.", "X"),
])
def test_an_mla_post_on_x(text, platform):
    """MLA's '“Title.” X, 28 Oct. 2022, ...': the platform (Twitter's new name) after the quoted title's stop and
    before the day is the post's container; the tagger ran the one letter into the author's given name."""
    item = parse_reference(text)
    assert (item["type"], names(item), item["title"], item.get("container-title"), item.get("publisher")) \
        == ("post", [("Musk", "Elon")], "The bird is freed", platform, None)


@pytest.mark.parametrize("text, body, town", [  # the tagger reads "IRENA, Title, ..., Abu Dhabi, 2016." all as names
    ("[10] ICRC, Annual Report 2021, International Committee of the Red Cross, Buenos Aires, 2022.",
     "International Committee of the Red Cross", "Buenos Aires"),
])
def test_a_two_word_town_after_the_body(text, body, town):
    """'..., Body, Buenos Aires, 2022.': a known town of two words between the body's comma and the year's is the
    place; the tagger ran it into the body (a one-word town it splits)."""
    item = parse_reference(text)
    assert (item["publisher"].endswith(body), item["publisher-place"]) == (True, town)


def test_a_body_by_its_acronym_publishing_itself():
    """'ICIMOD, Title, International Centre for Integrated Mountain Development, Kathmandu, 2019.': the body heading the
    entry by an acronym whose letters its full name gives, a word giving more than one ('MOuntain'), publishes its
    own report (the acronym test knew only one letter a word)."""
    item = parse_reference("[11] ICIMOD, The Hindu Kush Himalaya Assessment, International Centre for Integrated "
                           "Mountain Development, Kathmandu, 2019.")
    assert (item["type"], names(item), item["publisher"]) \
        == ("report", ["ICIMOD"], "International Centre for Integrated Mountain Development")


def test_et_al_closes_the_editors_before_the_publisher():
    """MLA's '..., edited by David Damrosch et al., W. W. Norton, 2010, pp. ...': 'et al.' closes the list of
    editors, so the initials after its comma open the publisher, no other editor ('W. W. Norton' was one)."""
    item = parse_reference("Wordsworth, William. “Tintern Abbey.” The Norton Anthology of English Literature, edited "
                           "by Stephen Greenblatt et al., W. W. Norton, 2012, pp. 258-62.")
    assert (item["type"], names(item, "editor"), item.get("publisher"), item["container-title"]) \
        == ("chapter", [("Greenblatt", "Stephen")], "W. W. Norton", "The Norton Anthology of English Literature")


def test_an_edition_statement_before_the_publisher_names_no_editor():
    """MLA's 'Name, et al., editors. Title. 3rd ed., W. W. Norton, 2016.': '3rd ed.' states the edition, so the
    initials after its comma open the publisher; the tagger read them as another editor."""
    item = parse_reference("Greenblatt, Stephen, et al., editors. The Norton Shakespeare. 3rd ed., W. W. Norton, 2016.")
    assert (names(item, "editor"), item.get("publisher"), item.get("edition")) \
        == ([("Greenblatt", "Stephen")], "W. W. Norton", "3")


def test_a_chicago_blog_mark_leaves_no_note():
    """Chicago's '..., Urban Notes (blog), April 20, 2020.': the mark the tagger read with the date makes the item a
    blog post; it and the date were kept in note besides."""
    item = parse_reference("Smith, John. “Why Cities Matter.” Urban Notes (blog), April 20, 2020. "
                           "https://urbannotes.org/why.")
    assert (item["type"], item["container-title"], item["issued"], item.get("note")) \
        == ("post-weblog", "Urban Notes", {"date-parts": [[2020, 4, 20]]}, None)


@pytest.mark.parametrize("text", [
    "8. Alexis de Tocqueville, Democracy in America, trans. Henry Reeve (1835; repr., New York: Vintage, 1990), 45.",
    "Durkheim, Émile. The Division of Labor in Society. Translated by W. D. Halls. 1893. Reprint, New York: Free "
    "Press, 1997.",
])
def test_a_reprint_mark_read_leaves_no_note(text):
    """Chicago's '(1835; repr., New York: Vintage, 1990)' and '1893. Reprint, New York: ...': with the first
    edition's year read as the original date, the mark says nothing more; it stayed in note."""
    item = parse_reference(text)
    assert (item["type"], len(item["original-date"]["date-parts"][0]), item.get("note")) == ("book", 1, None)


@pytest.mark.parametrize("text, author, title, year", [
    ("5. Adam Smith, The Wealth of Nations (1776; repr., New York: Bantam Classics, 2003), 112.", ("Smith", "Adam"),
     "The Wealth of Nations", 1776),
    ("2. Thomas Hobbes, Leviathan (1651; repr., Oxford: Oxford University Press, 1998), 84.", ("Hobbes", "Thomas"),
     "Leviathan", 1651),
])
def test_a_chicago_note_reprint_read_as_prose(text, author, title, year):
    """Chicago's note 'N. Name, Title (1776; repr., Place: Publisher, 2003), page.': the tagger read all up to the
    bracket as a note's prose; the number, the name up to its comma and the title after it are read as such."""
    item = parse_reference(text)
    assert (item["type"], names(item), item["title"], item["original-date"], item.get("note")) \
        == ("book", [author], title, {"date-parts": [[year]]}, None)


def test_an_abnt_gazette_day_is_the_date():
    """ABNT's act '... Diário Oficial da União, Rio de Janeiro, 5 jan. 1916.': the gazette's day, month and year are
    the date of issue; the tagger ran the day into the publisher (or read it as a volume, the rest as pages)."""
    item = parse_reference("BRASIL. Lei nº 3.071, de 1º de janeiro de 1916. Código Civil dos Estados Unidos do "
                           "Brasil. Diário Oficial da União, Rio de Janeiro, 5 jan. 1916.")
    assert (item["type"], item["issued"], item.get("publisher"), item.get("volume")) \
        == ("legislation", {"date-parts": [[1916, 1, 5]]}, "Diário Oficial da União", None)


def test_an_act_dated_on_the_first_by_an_ordinal():
    """A Brazilian act prints the first of the month as an ordinal, 'Lei nº 10.741, de 1º de outubro de 2003': the
    act's own date is read with it, as with any other day (the item had the imprint's bare year)."""
    item = parse_reference("BRASIL. Lei nº 10.741, de 1º de outubro de 2003. Dispõe sobre o Estatuto do Idoso. "
                           "Brasília, DF: Presidência da República, 2003.")
    assert (item["type"], item["issued"]) == ("legislation", {"date-parts": [[2003, 10, 1]]})

"""Parser faults left alone by the round's helpers (branch leftalone16)."""
import pytest

from cslbridge.parse import parse_page
from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, type_, title", [
    ("Ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy, Dz.U. z 2004 r. Nr 99, "
     "poz. 1001.", "legislation", "Ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy"),
    ("A. Brown, Stories that Inspire, Penguin", "book", "Stories that Inspire"),
    ("J. R. Pierce and E. C. Posner, Introduction to Communication Science and Systems, Plenum Press.", "book",
     "Introduction to Communication Science and Systems"),
])
def test_one_pasted_act_or_undated_book_is_a_reference(text, type_, title):
    """A paste of one act named by its kind and year, or of initialled names, a title and a publisher, gave 'no
    references found' though parse_reference reads it: it shows one sign of a reference only."""
    result = parse_page(text + "\n")
    assert [(item["type"], item["title"]) for item in result.items] == [(type_, title)]


@pytest.mark.parametrize("text", [
    "A. Brown, the dog and the cat, sat",
    "Decree after decree came in 2004, and the council met and we all agreed to wait for the next one.",
])
def test_one_pasted_line_of_prose_is_still_no_reference(text):
    assert parse_page(text + "\n").items == []


@pytest.mark.parametrize("text, names", [
    ("Zhou, Min, and Carl L. Bankston III. 1998. Growing Up American: How Vietnamese Children Adapt to Life in the "
     "United States. New York: Russell Sage Foundation.",
     [{"family": "Zhou", "given": "Min"}, {"family": "Bankston", "given": "Carl L.", "suffix": "III"}]),
    ('Portes, Alejandro, and Thomas E. Smith II. 2001. "Legacies of Migration." Journal of Sociology 12 (3): 1-20.',
     [{"family": "Portes", "given": "Alejandro"}, {"family": "Smith", "given": "Thomas E.", "suffix": "II"}]),
])
def test_a_roman_numeral_suffix_before_the_year_s_sentence_closes_the_name(text, names):
    """Chicago author-date: 'Bankston III.' before '1998.' was read as the title's start and the second author
    as 'Carl, L.'; the stop after 'III' is the sentence's, the numeral the name's suffix."""
    item = parse_reference(text)
    assert item["author"] == names
    assert not item["title"].startswith(("Bankston", "Smith"))


def test_initials_like_a_roman_numeral_stay_initials():
    from cslbridge.parse.names import parse_names

    assert parse_names("Ivanov II., Petrov IV.") == [{"family": "Ivanov", "given": "I.I."},
                                                      {"family": "Petrov", "given": "I.V."}]


@pytest.mark.parametrize("text, publisher, medium", [
    ("Pollan, Michael. 2006. The Omnivore’s Dilemma: A Natural History of Four Meals. New York: Penguin. Kindle.",
     "Penguin", "Kindle"),
    ("Austen, Jane. 2007. Pride and Prejudice. Chicago: University of Chicago Press. EPUB.",
     "University of Chicago Press", "EPUB"),
    ("Hacker, Diana. 2010. A Writer’s Reference. Boston: Bedford. PDF e-book.", "Bedford", "PDF e-book"),
    ("Pollan, Michael. The Omnivore’s Dilemma. New York: Penguin, 2006. Kindle edition.", "Penguin", "Kindle edition"),
])
def test_an_e_book_format_after_the_publisher_is_the_medium(text, publisher, medium):
    """Chicago author-date closes the imprint with the format read ('... Press. Kindle.'): it ran into the publisher
    ('University of Chicago Press. EPUB')."""
    item = parse_reference(text)
    assert (item["publisher"], item.get("medium")) == (publisher, medium)


@pytest.mark.parametrize("text, year", [
    ("Duneier, Mitchell. 2000. Sidewalk. 2nd ed., with an update a decade later. Berkeley: University of California "
     "Press.", 2000),
    ("Duneier, Mitchell. Sidewalk. 2nd ed., with an update a decade later. Berkeley: University of California Press, "
     "2010.", 2010),
])
def test_words_after_an_edition_s_comma_stay_out_of_the_title(text, year):
    """'2nd ed., with an update a decade later.' ran its words into the title ('Sidewalk. with an update ...')."""
    item = parse_reference(text)
    assert (item["title"], item["edition"], item["publisher"], item["issued"]["date-parts"][0][0]) == (
        "Sidewalk", "2", "University of California Press", year)
    assert "with an update a decade later" in item["note"]


@pytest.mark.parametrize("text, url", [
    ("Hughes, Eleanor (2014). Pastoral mobility and state policy in post-Soviet Kyrgyzstan (PhD thesis). University "
     "of St Andrews. hdl:10023/1234.", "https://hdl.handle.net/10023/1234"),
    ('Hughes, Eleanor. 2014. "Pastoral Mobility and State Policy." PhD thesis, University of St Andrews. '
     "hdl:1721.1/12345", "https://hdl.handle.net/1721.1/12345"),
])
def test_a_handle_is_the_thesis_link_not_the_school_s(text, url):
    """Wikipedia's 'hdl:10023/1234' ran into the publisher ('University of St Andrews. hdl:10023/1234')."""
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item["URL"]) == ("thesis", "University of St Andrews", url)


def test_the_school_after_a_degree_bracket_runs_to_the_comma_before_the_year():
    """Chicago's '(DPhil thesis). University of Oxford, 2014.' ran the school into the author ('Eleanor. University
    of Oxford')."""
    item = parse_reference("Hughes, Eleanor. Pastoral mobility and state policy in post-Soviet Kyrgyzstan (DPhil "
                           "thesis). University of Oxford, 2014.")
    assert item["author"] == [{"family": "Hughes", "given": "Eleanor"}]
    assert (item["title"], item["genre"], item["publisher"], item["issued"]) == (
        "Pastoral mobility and state policy in post-Soviet Kyrgyzstan", "DPhil thesis", "University of Oxford",
        {"date-parts": [[2014]]})


@pytest.mark.parametrize("text, original, title", [
    ("Ivanov, I. (2015) Tamozhennyi soyuz (Customs union). Moscow: Nauka.", "Tamozhennyi soyuz", "Customs union"),
    ("Petrov P.P. Ekonomicheskaya politika Rossii (Economic policy). Voprosy ekonomiki, 2018, no. 5, pp. 1-20.",
     "Ekonomicheskaya politika Rossii", "Economic policy"),
])
def test_an_english_round_bracket_after_a_transliterated_russian_title_is_its_translation(text, original, title):
    """With no English function word in it the bracket had stayed in the title ('Tamozhennyi soyuz (Customs
    union)'): the Russian letter patterns outside ('zh', '-yi', 'yu', '-aya', '-ii') and none inside tell it."""
    item = parse_reference(text)
    assert (item.get("original-title"), item["title"]) == (original, title)


def test_a_transliterated_bracket_after_a_transliterated_title_stays_in_it():
    item = parse_reference("Sidorov S. Vestnik Moskovskogo universiteta (Seriya ekonomika). Moscow, 2010.")
    assert item["title"] == "Vestnik Moskovskogo universiteta (Seriya ekonomika)"


@pytest.mark.parametrize("text, day", [
    ("‘Putin and the oligarchs’, Johnson’s Russia List, 17 June, available at: https://russialist.org/putin/.",
     "17 June"),
    ("Smith, J. ‘Putin and the oligarchs’, Johnson’s Russia List, June 17, available at: https://russialist.org/p/.",
     "June 17"),
])
def test_a_press_item_dated_by_day_and_month_alone_is_no_webpage(text, day):
    """The same item with '17 June 2019' was a newspaper article; with the year missing it was a webpage."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["issued"]) == (
        "article-newspaper", "Johnson’s Russia List", {"literal": day})


@pytest.mark.parametrize("text, genre", [
    ("Eleanor Hughes, ‘Pastoral Mobility and State Policy’ (unpublished DPhil thesis, University of Oxford, 2014).",
     "unpublished DPhil thesis"),
    ("Eleanor Hughes, ‘Pastoral Mobility and State Policy’ (unpublished doctoral thesis, University of Oxford, 2014).",
     "unpublished doctoral thesis"),
])
def test_an_mhra_note_s_unpublished_thesis_keeps_its_year_and_title(text, genre):
    """'(unpublished DPhil thesis, University of Oxford, 2014)' had lost its year into the publisher, and with
    'doctoral' the bracket ran into the title ('State Policy’ (unpublished 2014)')."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["genre"], item["publisher"], item["issued"]) == (
        "thesis", "Pastoral Mobility and State Policy", genre, "University of Oxford", {"date-parts": [[2014]]})

"""Blind batch 52: the seeds' two kinds (transliterated Russian References, Taylor & Francis notes) on new subjects."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, genre, place, pages", [
    ("Sorokina E.V. Konkurentsiya na rynke aviaperevozok Sibiri [Competition in the Siberian air transport market]. "
     "Diss. Cand. Sci. (Econ.). Novosibirsk, 2018. 176 p.", "Diss. Cand. Sci. (Econ.)", "Novosibirsk", "176"),
    ("Markov P.I. Pravovoi rezhim nedropol'zovaniya v Arktike [The legal regime of subsoil use in the Arctic]. "
     "Diss. Dr. Sci. (Law). Moscow, 2020, 398 p.", "Diss. Dr. Sci. (Law)", "Moscow", "398"),
    ("Lebedeva N.S. Kognitivnye strategii chteniya u mladshikh shkol'nikov [Cognitive reading strategies of primary "
     "school pupils]. Diss. Cand. Sci. (Psychol.). Yaroslavl, 2016. 203 p.", "Diss. Cand. Sci. (Psychol.)",
     "Yaroslavl", "203"),
])
def test_a_references_dissertation_with_diss_before_the_degree(text, genre, place, pages):
    """The References translation prints the degree after 'Diss.' as often as before it ('Cand. Sci. (Econ.)
    Diss.'); with 'Diss.' first the genre was not read and stayed in the place or became the publisher."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert (item["genre"], item["publisher-place"], item["number-of-pages"]) == (genre, place, pages)
    assert "publisher" not in item


@pytest.mark.parametrize("text, genre, number", [
    ("World Bank, ‘Leveraging Diaspora Finances for Private Capital Mobilization’, Migration and Development Brief "
     "39, Washington, DC, December 2023.", "Migration and Development Brief", "39"),
    ("World Bank, ‘Migration and Remittances: Recent Developments and Outlook’, Migration and Development Brief 32, "
     "Washington, DC, April 2020, p. 12.", "Migration and Development Brief", "32"),
    ("Anna Matveeva, ‘Central Asia’s Water Diplomacy’, CEPR Discussion Paper 17412, London, June 2022.",
     "CEPR Discussion Paper", "17412"),
])
def test_a_titled_paper_in_a_series_named_by_its_kind_of_paper_is_a_report(text, genre, number):
    """After a note's quoted title, a series whose name says it is a kind of paper (brief, memo, working or
    discussion paper) and its number are a report's genre and number; the tagger had read them as a journal and
    its volume."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"]) == ("report", genre, number)
    assert not {"container-title", "volume"} & set(item)


@pytest.mark.parametrize("text, work, first_author", [
    ("Ibid. See also Aigerim Sadykova, ‘Gas Contracts and Transit Fees in Turkmenistan’, Central Asian Survey, 41, 3, "
     "2022, pp. 410–428.", "Gas Contracts and Transit Fees in Turkmenistan", "Sadykova"),
    ("Ibid. See also Rustam Burnashev, Water and Conflict in the Ferghana Valley (Abingdon, Routledge, 2020), "
     "pp. 55–61.", "Water and Conflict in the Ferghana Valley", "Burnashev"),
    ("Op. cit. See also ‘Minsk Tractor Workers Walk Out’, Nasha Niva, 17 August 2020.",
     "Minsk Tractor Workers Walk Out", None),
])
def test_a_work_after_a_bare_ibid_is_the_item(text, work, first_author):
    """'Ibid.' or 'Op. cit.' then a capital opens the note's next sentence, as 'Ibid., p. 4.' does: a whole work after it
    is the item, the pointer in note. The abbreviation's stop had joined the two, and the whole note had been read as
    one pointer, the work lost in note."""
    item = parse_reference(text)
    assert item["title"] == work
    assert (item["author"][0]["family"] if first_author else None) == first_author
    assert item["note"].startswith(text.split()[0])


@pytest.mark.parametrize("text", ["Ibid. P. 45.", "Op. cit. P. 112.", "Ibid. The figures are the ministry’s own.",
                                  "Ibid. See also Allison (2009).", "Ibid. Cf. Anceschi, Turkmenistan’s Foreign Policy, 14."])
def test_a_bare_ibid_with_a_locator_remark_or_another_pointer_stays_a_pointer(text):
    """After 'Ibid.' a locator, a remark or another pointer is no work: the note stays whole in note."""
    assert parse_reference(text) == {"type": "document", "note": text, "custom": parse_reference(text)["custom"]}


def test_a_page_cuts_a_bare_ibid_from_the_work_after_it():
    from cslbridge.parse import parse_page

    result = parse_page(
        "Notes\n"
        "1. Luca Anceschi, Turkmenistan’s Foreign Policy (London, Routledge, 2009), p. 14.\n"
        "2. Ibid. See also Aigerim Sadykova, ‘Gas Contracts and Transit Fees in Turkmenistan’, Central Asian Survey, "
        "41, 3, 2022, pp. 410–428.\n"
        "3. Ibid. P. 45.\n")
    kinds = [("pointer" if item["custom"].get("pointer") else item.get("title"), item["custom"]["number"])
             for item in result.items]
    assert kinds == [("Turkmenistan’s Foreign Policy", 1), ("pointer", 2),
                     ("Gas Contracts and Transit Fees in Turkmenistan", 2), ("pointer", 3)]


@pytest.mark.parametrize("text, title, remark", [
    ("The figures were never published in full; see ‘Turkmenistan Gas Exports to China Reach Record’, Reuters, "
     "3 February 2022.", "Turkmenistan Gas Exports to China Reach Record", "The figures were never published in full; see"),
    ("The strike committee was dissolved in September 2020; see also Olga Onuch, Belarus in Revolt (Oxford, Oxford "
     "University Press, 2023), pp. 88–97.", "Belarus in Revolt", "The strike committee was dissolved in September 2020; "
     "see also"),
])
def test_the_authors_remark_then_a_cue_and_a_work_is_the_work(text, title, remark):
    """A note's own remark, then 'see' and a whole work: parsed alone the item is the work, the remark and the cue in
    note, as after a pointer (the page reader keeps the remark as the note's commentary). The remark had run into
    the work's title."""
    item = parse_reference(text)
    assert (item["title"], item["note"]) == (title, remark)


@pytest.mark.parametrize("text, title, pointer", [
    ("See also Pomfret (Citation2019, pp. 45–47); ‘Uzbekistan Raises Water Fees for Farmers’, Gazeta.uz, 5 August 2021.",
     "Uzbekistan Raises Water Fees for Farmers", "See also Pomfret (2019, pp. 45–47)"),
    ("For the wider picture, see Broers (Citation2019, p. 201); ‘Talks in Almaty End without a Text’, Interfax, 11 May "
     "2024.", "Talks in Almaty End without a Text", "For the wider picture, see Broers (2019, p. 201)"),
])
def test_a_taylor_and_francis_note_pasted_with_its_linked_years(text, title, pointer):
    """A note copied from a Taylor & Francis page prints each linked year as 'Citation2019'; parsed alone it is read
    as the page reader reads it, the year. With a page inside the bracket the pointer had not been seen as one, and
    the whole note was one press item by a person '(Citation2019' with the pointer's pages."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["note"]) == ("article-newspaper", title, pointer)
    assert "author" not in item and "page" not in item


@pytest.mark.parametrize("text, title, remark", [
    ("As Pomfret (2019) argues, the reforms stalled after 2018; see Richard Pomfret, ‘Uzbekistan’s Water Reforms’, "
     "Central Asian Survey, 39, 2, 2020, pp. 150–168.", "Uzbekistan’s Water Reforms",
     "As Pomfret (2019) argues, the reforms stalled after 2018; see"),
    ("Broers (2019) calls this the ‘Armenian–Azerbaijani paradigm’; cf. Thomas de Waal, Black Garden (New York, NYU "
     "Press, 2013), pp. 20–31.", "Black Garden", "Broers (2019) calls this the ‘Armenian–Azerbaijani paradigm’; cf."),
])
def test_a_sentence_citing_a_work_by_author_and_year_then_a_work(text, title, remark):
    """'As Pomfret (2019) argues, ...': a verb reporting what the work says right after its author and year makes the
    author's own sentence, which cites that work (a pointer), not an author-date reference titled 'argues, ...'; the
    work after the cue is the item."""
    item = parse_reference(text)
    assert (item["title"], item["note"]) == (title, remark)


def test_an_author_date_reference_is_no_sentence_citing_it():
    from cslbridge.parse.entries import POINTER, REFERENCE, classify

    assert classify("As Pomfret (2019) argues, the reforms stalled after 2018") == POINTER
    for text in ("European Commission (2017). My region, my Europe, our future. Seventh report on economic cohesion.",
                 "Bishop CM (2006) Pattern recognition and machine learning. Springer, New York",
                 "World Bank (2020) Uzbekistan: Public Expenditure Review. Washington, DC: World Bank.",
                 # a sentence that goes on to cite a work whole stays the work it cites
                 "Laruelle (2019) discusses the term in Marlene Laruelle, Russian Eurasianism: An Ideology of Empire "
                 "(Washington, DC, Woodrow Wilson Center Press, 2008), pp. 12–19."):
        assert classify(text) == REFERENCE

"""Blind batch 56: transliterated Russian References (the first seed's layout) and Taylor & Francis notes (the second
seed's: interviews, official papers with 'available at', press items, pointers, works joined by ';')."""

from cslbridge.parse.fields import parse_reference


def test_given_first_names_with_a_middle_initial_run_to_the_quoted_title():
    """Europe-Asia Studies' 'Diana T. Kudaibergenova and Marlene Laruelle, ‘Title’, ...': the names written given
    name first run to the comma before the quoted title, though the first has a middle initial ('T.'); it had been
    the author 'Diana, T.' and the other names the title's opening words."""
    item = parse_reference("Diana T. Kudaibergenova and Marlene Laruelle, ‘Making Sense of the January 2022 Protests "
                           "in Kazakhstan: Failing Legitimacy, Culture of Protests, and Elite Readjustments’, "
                           "Post-Soviet Affairs, 38, 6, 2022, pp. 441–59.")
    assert item["author"] == [{"family": "Kudaibergenova", "given": "Diana T."},
                              {"family": "Laruelle", "given": "Marlene"}]
    assert item["title"].startswith("Making Sense of the January 2022 Protests")
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == ("Post-Soviet Affairs", "38", "6",
                                                                                      "441-59")
    chicago = parse_reference("Paul D. Goble, Kate Mallinson and Marlene Laruelle, “Governors and the Kremlin,” "
                              "Post-Soviet Affairs 38, no. 6 (2022): 441–59.")
    assert [name["family"] for name in chicago["author"]] == ["Goble", "Mallinson", "Laruelle"]
    assert chicago["title"] == "Governors and the Kremlin"


def test_a_known_hyphenated_town_after_the_quoted_title_is_the_place():
    """'‘Statement ...’, Nur-Sultan, 14 February 2022, available at: ...': a town the list of places knows between the
    quoted title and the date is where the paper was issued (as 'Tbilisi' and 'Minsk' were), whatever the tagger made of
    a hyphenated name: it had been the periodical 'Nur-Sultan' of a press item, and 'Alma-Ata' the author."""
    item = parse_reference("‘Statement of the Prosecutor General’s Office on the Investigation of the January Events’, "
                           "Nur-Sultan, 14 February 2022, available at: https://www.gov.kz/memleket/entities/prokuror/"
                           "press/news/details/321456, accessed 20 February 2022.")
    assert item["type"] == "document" and item["publisher-place"] == "Nur-Sultan"
    assert "container-title" not in item
    assert item["issued"] == {"date-parts": [[2022, 2, 14]]}
    treaty = parse_reference("‘Joint Statement of the Heads of State’, Alma-Ata, 21 December 1991.")
    assert treaty["publisher-place"] == "Alma-Ata" and "author" not in treaty
    press = parse_reference("‘Kazakhstan Lifts the State of Emergency’, Eurasianet, 19 January 2022, available at: "
                            "https://eurasianet.org/kazakhstan-lifts-emergency, accessed 20 January 2022.")
    assert press["type"] == "article-newspaper" and press["container-title"] == "Eurasianet"


def test_a_cue_before_author_date_citations_alone_is_a_pointer():
    """Taylor & Francis' 'See also Frear (Citation2019).' (the page's 'Citation' link word gone), parsed alone, points
    at works the list gives in full: a document kept whole in note, as 'Ibid., p. 4.' is. The year had been the note's
    own date, a second name a volume ('For more information see Kazantsev (2008), Nikitina (2009).'); a whole work
    after the cue is still read as that work."""
    for text, note in (("See also Frear (Citation2019).", "See also Frear (2019)."),
                       ("For more information see Kazantsev (Citation2008), Nikitina (Citation2009).",
                        "For more information see Kazantsev (2008), Nikitina (2009)."),
                       ("See also Putin (2011), Dragneva and Wolczuk (2013).",
                        "See also Putin (2011), Dragneva and Wolczuk (2013)."),
                       ("Cf. Cooley (2012), pp. 45–7.", "Cf. Cooley (2012), pp. 45–7."),
                       ("See (Flikke, 2009), 45.", "See (Flikke, 2009), 45.")):
        item = parse_reference(text)
        assert item["type"] == "document" and item["note"] == note
        assert not {"author", "issued", "volume", "page", "container-title"} & set(item)
    work = parse_reference("See also Alexander Cooley, Great Games, Local Rules: The New Great Power Contest in Central "
                           "Asia (Oxford, Oxford University Press, 2012), pp. 78–80.")
    assert work["type"] == "book" and work["author"] == [{"family": "Cooley", "given": "Alexander"}]
    gost = parse_reference("См. об этом: Микоян А. И. Так было: размышления о минувшем. – М. : Вагриус, 1999. – "
                           "С. 534–536.")
    assert gost["type"] == "book" and gost["title"] == "Так было: размышления о минувшем"


def test_the_russian_usage_names_of_abkhazia_s_and_south_ossetia_s_capitals_are_places():
    """Russian and Abkhaz sources name the capitals 'Sukhum' and 'Tskhinval' (Сухум, Цхинвал) where English ones print
    'Sukhumi' and 'Tskhinvali': between a quoted title and the date they are where the paper was issued, not a
    periodical (as 'Sukhumi' already was)."""
    for town in ("Sukhum", "Tskhinval"):
        item = parse_reference(f"‘Statement of the Government of the Republic’, {town}, 3 March 2021.")
        assert item["type"] == "document" and item["publisher-place"] == town and "container-title" not in item
    from cslbridge.parse.places import is_place
    assert is_place("Сухум") and is_place("Цхинвал")

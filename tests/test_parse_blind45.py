"""Blind batch 45: MLA 9 and German, Spanish, Brazilian, French, Italian and Dutch lists."""

import pytest

from cslbridge.parse.fields import parse_reference


def _names(item, role):
    return [(n.get("given"), n.get("family")) for n in item.get(role, [])]


@pytest.mark.parametrize("text, editors, translators, publisher", [
    ("Benjamin, Walter. “The Task of the Translator.” Illuminations, edited by Hannah Arendt, translated by Harry "
     "Zohn, Schocken Books, 1969, pp. 69–82.", [("Hannah", "Arendt")], [("Harry", "Zohn")], "Schocken Books"),
    ("Tolstoy, Leo. War and Peace. Translated by Louise Maude and Aylmer Maude, edited by Amy Mandelker, Oxford UP, "
     "2010.", [("Amy", "Mandelker")], [("Louise", "Maude"), ("Aylmer", "Maude")], "Oxford UP"),
    ("Kafka, Franz. “The Judgment.” The Metamorphosis and Other Stories, translated by Willa Muir and Edwin Muir, "
     "edited by Nahum N. Glatzer, Schocken Books, 1995, pp. 3–12.", [("Nahum N.", "Glatzer")],
     [("Willa", "Muir"), ("Edwin", "Muir")], "Schocken Books"),
])
def test_mla_roles_named_one_after_the_other_keep_their_own_names(text, editors, translators, publisher):
    """', edited by X, translated by Y,' had made Y an editor given 'translated by Harry' (and the translators of
    'Translated by ..., edited by ...' editors): each 'edited by'/'translated by' opens its own role's names, and
    the publisher is cut from the last run."""
    item = parse_reference(text)
    assert _names(item, "editor") == editors
    assert _names(item, "translator") == translators
    assert item["publisher"] == publisher


@pytest.mark.parametrize("text, editors", [
    ("Lagroye J., « La légitimation », in Grawitz M. et Leca J. (éd.), Traité de science politique, t. 1, Paris, "
     "Presses universitaires de France, 1985, p. 395-467.", [("M.", "Grawitz"), ("J.", "Leca")]),
    ("Lagroye J., « La légitimation », in Grawitz M. (éd.), Traité de science politique, t. 1, Paris, "
     "Presses universitaires de France, 1985, p. 395-467.", [("M.", "Grawitz")]),
])
def test_french_ed_in_brackets_closes_the_editors_names(text, editors):
    """French '(éd.)' had stayed in the last editor's name (family '(éd', given 'Leca J.'), where '(dir.)' and
    English '(ed.)' are taken off."""
    item = parse_reference(text)
    assert _names(item, "editor") == editors
    assert item["container-title"] == "Traité de science politique"


@pytest.mark.parametrize("text, edition, place, publisher", [
    ("FAUSTO, Boris. A Revolução de 1930. In: MOTA, Carlos Guilherme (Org.). Brasil em perspectiva. 19. ed. Rio de "
     "Janeiro: Bertrand Brasil, 1990. p. 227-255.", "19", "Rio de Janeiro", "Bertrand Brasil"),
    ("HOLANDA, Sérgio Buarque de. O semeador e o ladrilhador. In: ______. Raízes do Brasil. 26. ed. São Paulo: "
     "Companhia das Letras, 1995. p. 93-138.", "26", "São Paulo", "Companhia das Letras"),
])
def test_abnt_edition_number_before_the_imprint(text, edition, place, publisher):
    """ABNT's '19. ed. Rio de Janeiro: Bertrand Brasil' had been one publisher when the tagger ran the edition
    into it: 'N. ed.' in lower case is the edition, and the imprint after it splits into place and publisher."""
    item = parse_reference(text)
    assert item["edition"] == edition
    assert item["publisher-place"] == place and item["publisher"] == publisher


def test_a_numbered_volume_then_ed_by_names_an_editor_not_an_edition():
    item = parse_reference("Smith, John. Collected Papers. Vol. 2. Ed. by Mary Jones. London: Routledge, 1990.")
    assert "edition" not in item


@pytest.mark.parametrize("text, school", [
    ("Dubois A., La construction de l'État social en Tunisie (1956-1987), thèse de doctorat en science politique, "
     "université Lumière Lyon 2, 2014, 612 p.", "université Lumière Lyon 2"),
    ("Garnier L., Les mobilités résidentielles des cadres, thèse de doctorat en sociologie, université Toulouse - "
     "Jean Jaurès, 2019, 455 p.", "université Toulouse - Jean Jaurès"),
])
def test_a_french_thesis_school_split_by_the_tagger_is_the_publisher(text, school):
    """'université Lumière Lyon 2' had been publisher 'université', container-title 'Lumière Lyon' and volume 2:
    the school's name runs to its comma whatever labels the tagger gave its words."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert item["publisher"] == school
    assert "container-title" not in item and "volume" not in item


@pytest.mark.parametrize("text, editors, place, publisher", [
    ("Salvati M., Il regime fascista e la burocrazia, in Lo Stato fascista, a cura di M. Palla, Milano, La Nuova "
     "Italia, 2001, pp. 45-78.", [("M.", "Palla")], "Milano", "La Nuova Italia"),
    ("Salvati M. (2001), Il regime fascista e la burocrazia, in Lo Stato fascista, a cura di M. Palla, Milano, "
     "La Nuova Italia, pp. 45-78.", [("M.", "Palla")], "Milano", "La Nuova Italia"),
    ("Salvati M., Il regime fascista e la burocrazia, in Lo Stato fascista, a cura di M. Palla e G. Rossi, "
     "Roma-Bari, Laterza, 2001, pp. 45-78.", [("M.", "Palla"), ("G.", "Rossi")], "Roma-Bari", "Laterza"),
])
def test_italian_book_the_tagger_ran_into_the_chapter_title(text, editors, place, publisher):
    """'Title, in Book, a cura di M. Palla, Milano, La Nuova Italia, 2001' had been a document titled to 'a cura'
    with the editor, the town and the publisher as authors: the words from 'in' after the title's comma are the
    book, the names after 'a cura di' its editors and the town and the words to the next comma the imprint."""
    item = parse_reference(text)
    assert item["type"] == "chapter"
    assert item["title"] == "Il regime fascista e la burocrazia"
    assert item["container-title"] == "Lo Stato fascista"
    assert _names(item, "author") == [("M.", "Salvati")]
    assert _names(item, "editor") == editors
    assert item["publisher-place"] == place and item["publisher"] == publisher


@pytest.mark.parametrize("text, authors, title", [
    ("Nachtwey, Oliver/Heumann, Marcel: Regressive Rebellen. Konturen eines Sozialcharakters in der Krise. In: "
     "Soziale Welt, Jg. 70, H. 2, 2019, S. 145–170.", [("Oliver", "Nachtwey"), ("Marcel", "Heumann")],
     "Regressive Rebellen. Konturen eines Sozialcharakters in der Krise"),
    ("Dörre, Klaus/Lessenich, Stephan/Rosa, Hartmut: Soziologie – Kapitalismus – Kritik. Eine Debatte. Frankfurt am "
     "Main: Suhrkamp 2009.", [("Klaus", "Dörre"), ("Stephan", "Lessenich"), ("Hartmut", "Rosa")],
     "Soziologie – Kapitalismus – Kritik. Eine Debatte"),
    ("Müller, Hans Peter/Schmid, Anna-Lena: Arbeit und Alltag. Wiesbaden: Springer VS 2018.",
     [("Hans Peter", "Müller"), ("Anna-Lena", "Schmid")], "Arbeit und Alltag"),
])
def test_german_slash_joined_authors_keep_the_last_given_name(text, authors, title):
    """'Nachtwey, Oliver/Heumann, Marcel: Title' had lost 'Marcel' to the title ('Marcel: Regressive ...'): the
    given name after the last comma, closed by the colon, is the last author's."""
    item = parse_reference(text)
    assert _names(item, "author") == authors
    assert item["title"] == title


@pytest.mark.parametrize("text, title, journal, place", [
    ("ARRETCHE, Marta. Federalismo e igualdade territorial: uma contradição em termos? Dados, Rio de Janeiro, v. 53, "
     "n. 3, p. 587-620, 2010.", "Federalismo e igualdade territorial: uma contradição em termos?", "Dados",
     "Rio de Janeiro"),
    ("LIMA, Ana Paula. Quem governa as cidades? Revista de Sociologia e Política, Curitiba, v. 27, n. 70, p. 1-22, "
     "2019.", "Quem governa as cidades?", "Revista de Sociologia e Política", "Curitiba"),
])
def test_abnt_journal_after_a_title_closing_with_a_question(text, title, journal, place):
    """'Title? Dados, Rio de Janeiro, v. 53' had run the journal into the title and made the city the container:
    the journal sentence after the title opens after '?' as after '.'."""
    item = parse_reference(text)
    assert item["title"] == title
    assert item["container-title"] == journal
    assert item["publisher-place"] == place


@pytest.mark.parametrize("text, site, publisher, issued", [
    ("Hassan, Leila. “Why Coral Reefs Matter.” Ocean Portal, Smithsonian Institution, 8 June 2020, "
     "ocean.si.edu/ocean-life/invertebrates/why-coral-reefs-matter. Accessed 3 May 2021.", "Ocean Portal",
     "Smithsonian Institution", [2020, 6, 8]),
    ("“Minimum Wage.” U.S. Department of Labor, www.dol.gov/general/topic/wages/minimumwage. Accessed 3 Feb. 2022.",
     "U.S. Department of Labor", None, None),
])
def test_mla_site_and_date_before_a_link_without_scheme(text, site, publisher, issued):
    """A link with no scheme ('ocean.si.edu/...') had thrown the tagger: the site, its publisher and the date between
    the title's closing quote and the link were all left in note (the page a document)."""
    item = parse_reference(text)
    assert item["type"] == "webpage"
    assert item["container-title"] == site
    assert item.get("publisher") == publisher
    assert item.get("issued") == ({"date-parts": [issued]} if issued else None)
    assert "note" not in item


@pytest.mark.parametrize("text, volume, editors", [
    ("Achebe, Chinua. „Dead Men’s Path.“ The Norton Anthology of World Literature, edited by Martin Puchner, 4th ed., "
     "vol. F, W. W. Norton, 2018, pp. 1012–15.", "F", [("Martin", "Puchner")]),
    ("Morrison, Toni. “Recitatif.” The Norton Anthology of American Literature, edited by Robert S. Levine, 9th ed., "
     "vol. E, W. W. Norton, 2017, pp. 1012–26.", "E", [("Robert S.", "Levine")]),
    ("Keats, John. “Ode to a Nightingale.” The Longman Anthology of British Literature, edited by David Damrosch and "
     "Kevin J. H. Dettmar, 4th ed., vol. 2, Longman, 2010, pp. 952–54.", "2",
     [("David", "Damrosch"), ("Kevin J. H.", "Dettmar")]),
])
def test_mla_volume_after_the_editors_and_edition_is_no_editor(text, volume, editors):
    """', 4th ed., vol. F, W. W. Norton, 2018' had given one more editor, family 'vol', given 'F.': the mark and its
    letter or number are the volume, and the names after it to the date the publisher."""
    item = parse_reference(text)
    assert item["volume"] == volume
    assert _names(item, "editor") == editors
    assert item["publisher"] in ("W. W. Norton", "Longman")


@pytest.mark.parametrize("text, original, issued, container", [
    ("Morrison, Toni. “Recitatif.” 1983. The Norton Anthology of American Literature, edited by Robert S. Levine, "
     "9th ed., vol. E, W. W. Norton, 2017, pp. 1012–26.", 1983, 2017, "The Norton Anthology of American Literature"),
    ("Baldwin, James. “Sonny’s Blues.” 1957. The Art of the Short Story, edited by Dana Gioia and R. S. Gwynn, "
     "Pearson Longman, 2006, pp. 41–66.", 1957, 2006, "The Art of the Short Story"),
])
def test_mla_first_publication_year_after_a_quoted_title(text, original, issued, container):
    """'“Recitatif.” 1983. The Norton Anthology ..., 2017' had put the story's first year into the book's title: a year
    standing as a sentence after the quoted title, before the book and a later date, is the original date."""
    item = parse_reference(text)
    assert item["original-date"] == {"date-parts": [[original]]}
    assert item["issued"] == {"date-parts": [[issued]]}
    assert item["container-title"] == container


@pytest.mark.parametrize("text, title, place", [
    ("Bundesagentur für Arbeit (2023): Arbeitsmarkt in Zahlen – Beschäftigungsstatistik. Nürnberg. Online verfügbar "
     "unter https://statistik.arbeitsagentur.de/DE/Navigation/Statistiken/Beschaeftigung.html [Zugriff am 14.03.2023].",
     "Arbeitsmarkt in Zahlen – Beschäftigungsstatistik", "Nürnberg"),
    ("Statistisches Bundesamt (2022): Bevölkerung und Erwerbstätigkeit. Wiesbaden. Online verfügbar unter "
     "https://www.destatis.de/DE/Themen/bevoelkerung.html [Zugriff am 02.05.2022].",
     "Bevölkerung und Erwerbstätigkeit", "Wiesbaden"),
    ("World Health Organization (2021) Global report on hypertension. Geneva. Available at: "
     "https://www.who.int/publications/i/item/9789240081062 (Accessed: 3 May 2022).",
     "Global report on hypertension", "Geneva"),
])
def test_a_known_town_as_the_sentence_before_the_link_is_the_place(text, title, place):
    """'Title. Nürnberg. Online verfügbar unter ...' had kept the town in the title (or made it the container): a known
    town standing as the sentence after the title, right before the link, is the place of a body's report."""
    item = parse_reference(text)
    assert item["title"] == title
    assert item["publisher-place"] == place
    assert item["type"] == "report" and "container-title" not in item


@pytest.mark.parametrize("text, author", [
    ("———. The Big Sea. 1940. Hill and Wang, 1993.", None),
    ("Anonymous. The Big Sea. 1940. Hill and Wang, 1993.", [(None, "Anonymous")]),
])
def test_mla_reprint_publisher_after_a_one_word_author_is_no_second_author(text, author):
    """After MLA's same-author dash (or a one-word name) the tagger read 'Hill and Wang' as two more authors, the
    first year as the date and the reprint's year as a note: after the title and the first year the names before
    the last year are the publisher."""
    item = parse_reference(text)
    assert item["publisher"] == "Hill and Wang"
    assert item["original-date"] == {"date-parts": [[1940]]} and item["issued"] == {"date-parts": [[1993]]}
    assert (_names(item, "author") or None) == author


@pytest.mark.parametrize("text, issue, day", [
    ("Ley 19/2021, de 20 de diciembre, por la que se establece el ingreso mínimo vital. Boletín Oficial del Estado, "
     "núm. 304, de 21 de diciembre de 2021.", "304", [2021, 12, 21]),
    ("Real Decreto 463/2020, de 14 de marzo, por el que se declara el estado de alarma para la gestión de la situación "
     "de crisis sanitaria ocasionada por el COVID-19. Boletín Oficial del Estado, núm. 67, de 14 de marzo de 2020.",
     "67", [2020, 3, 14]),
])
def test_spanish_gazette_issue_and_day(text, issue, day):
    """'Boletín Oficial del Estado, núm. 304, de 21 de diciembre de 2021.' had kept the number and the day in the
    gazette's name (dated by the year alone): 'núm.' gives the issue and the day after it the date of issue."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert item["container-title"] == "Boletín Oficial del Estado"
    assert item["issue"] == issue
    assert item["issued"] == {"date-parts": [day]}


@pytest.mark.parametrize("text, title", [
    ("Tarifautonomiestärkungsgesetz vom 11. August 2014. In: Bundesgesetzblatt Teil I, 2014, Nr. 39, S. 1348–1356.",
     "Tarifautonomiestärkungsgesetz vom 11. August 2014"),
    ("Gesetz zur Stärkung der Tarifautonomie vom 11. August 2014. In: Bundesgesetzblatt Teil I, 2014, Nr. 39, "
     "S. 1348–1356.", "Gesetz zur Stärkung der Tarifautonomie vom 11. August 2014"),
])
def test_german_act_in_the_bundesgesetzblatt(text, title):
    """A German act dated on a two-digit day ('vom 11. August') was not known as an act (the pattern took one digit),
    and the gazette after 'In:' had been a publisher: the act's name with its date is the title, the gazette the
    container; the act's own date is its issued date (the gazette's bare year gives way to it)."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert item["title"] == title
    assert item["container-title"] == "Bundesgesetzblatt Teil I"
    assert item["issued"] == {"date-parts": [[2014, 8, 11]]} and item["issue"] == "39" and item["page"] == "1348-1356"


@pytest.mark.parametrize("text, publisher", [
    ("Gordimer, Nadine. “The Moment before the Gun Went Off.” 1988. Literature: An Introduction to Fiction, Poetry, "
     "and Drama, edited by X. J. Kennedy and Dana Gioia, 13th ed., Pearson, 2016, pp. 120–23.", "Pearson"),
    ("Walker, Alice. “Everyday Use.” 1973. The Norton Introduction to Literature, edited by Kelly J. Mays, 14th ed., "
     "Norton, 2022, pp. 98–105.", "Norton"),
])
def test_mla_publisher_after_the_anthology_edition_is_no_place(text, publisher):
    """'..., 13th ed., Pearson, 2016' had made Pearson the place, and with no publisher the story's first year had
    dated the item, the anthology's year left in note: MLA names no place, so the comma part between the edition and
    the year is the publisher unless it is a known town."""
    item = parse_reference(text)
    assert item["publisher"] == publisher and "publisher-place" not in item
    assert "original-date" in item and "note" not in item


@pytest.mark.parametrize("text, director, title, publisher, year", [
    ("Cuarón, Alfonso, director. Roma. Netflix, 2018.", ("Alfonso", "Cuarón"), "Roma", "Netflix", 2018),
    ("Nolan, Christopher, director. Inception. Warner Bros., 2010.", ("Christopher", "Nolan"), "Inception",
     "Warner Bros.", 2010),
])
def test_mla_film_under_its_director(text, director, title, publisher, year):
    """MLA 9's 'Cuarón, Alfonso, director. Roma. Netflix, 2018.' had been a document titled with the whole text: the
    name before ', director.' is the director, then the title, the distributor and the year, as Chicago's 'dir.' is."""
    item = parse_reference(text)
    assert item["type"] == "motion_picture"
    assert _names(item, "director") == [director]
    assert item["title"] == title and item["publisher"] == publisher
    assert item["issued"] == {"date-parts": [[year]]} and "publisher-place" not in item and "author" not in item


@pytest.mark.parametrize("text, author, title", [
    ("BRASIL. Ministério da Saúde. Secretaria de Atenção à Saúde. Política Nacional de Atenção Básica. Brasília: "
     "Ministério da Saúde, 2012. 110 p.", "BRASIL. Ministério da Saúde. Secretaria de Atenção à Saúde",
     "Política Nacional de Atenção Básica"),
    ("BRASIL. Ministério da Educação. Base Nacional Comum Curricular. Brasília: MEC, 2018.",
     "BRASIL. Ministério da Educação", "Base Nacional Comum Curricular"),
])
def test_abnt_country_heading_its_bodies_is_one_author(text, author, title):
    """'BRASIL. Ministério da Saúde. Secretaria de ... . Title.' had made the ministry (or the secretariat) the title's
    first sentence: the country in capitals and each body sentence after it are the heading, one literal author."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": author}]
    assert item["title"] == title


@pytest.mark.parametrize("text, book", [
    ("Kremer, M. (2013). Vrijwilligers in de verzorgingsstaat. In: M. Trappenburg & J. W. Duyvendak (red.), Het einde "
     "van de participatiesamenleving? (blz. 45-68). Amsterdam: Amsterdam University Press.",
     "Het einde van de participatiesamenleving?"),
    ("Kremer, M. (2013). Vrijwilligers in de verzorgingsstaat. In: M. Trappenburg & J. W. Duyvendak (red.), Het einde "
     "van de participatiesamenleving (blz. 45-68). Amsterdam: Amsterdam University Press.",
     "Het einde van de participatiesamenleving"),
])
def test_dutch_pages_in_brackets_with_blz(text, book):
    """Dutch '(blz. 45-68)' had not been known as the chapter's bracketed pages ('(bl.' was): the book's title had
    been cut ('Het' as container, the rest in the title with '(blz')."""
    item = parse_reference(text)
    assert item["type"] == "chapter"
    assert item["title"] == "Vrijwilligers in de verzorgingsstaat"
    assert item["container-title"] == book
    assert item["page"] == "45-68"

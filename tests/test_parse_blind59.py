"""Humanities sources in MLA 9 and Chicago notes-bibliography (blind batch 59)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, note", [
    ("18. Ibid., 214–15.", "Ibid., 214–15."),
    ("12. Ibid.", "Ibid."),
    ("41. Ibid., pp. 88–90.", "Ibid., pp. 88–90."),
])
def test_a_numbered_note_s_pointer_is_a_pointer(text, note):
    """The note's number before 'Ibid.' is layout, as it is before a work: the pointer and its locator stay whole in
    note (it had been an article with the locator as its pages, or a work by an author 'Ibid')."""
    item = parse_reference(text)
    assert item["type"] == "document" and item["note"] == note
    assert "page" not in item and "author" not in item


@pytest.mark.parametrize("text, author, title, show", [
    ("Koenig, Sarah, host. “The Alibi.” Serial, season 1, episode 1, WBEZ Chicago, 3 Oct. 2014, "
     "serialpodcast.org/season-one/1/the-alibi.", {"family": "Koenig", "given": "Sarah"}, "The Alibi", "Serial"),
    ("6. Ira Glass, host, “The Giant Pool of Money,” This American Life, episode 355, WBEZ, May 9, 2008, "
     "https://www.thisamericanlife.org/355/the-giant-pool-of-money.", {"family": "Glass", "given": "Ira"},
     "The Giant Pool of Money", "This American Life"),
])
def test_a_host_s_role_word_after_the_names_is_theirs(text, author, title, show):
    """MLA's 'Name, host.' and Chicago's 'Name, host,' before the quoted episode: the host is the author (as APA's
    '(Host)'), the role kept in note; the role word had opened the title ('host. “The Alibi.”')."""
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"], item["container-title"]) == ("broadcast", [author], title, show)
    assert "host" in item["note"].split("\n")


@pytest.mark.parametrize("text, author, title, interviewer, periodical, issue, page", [
    ("Atwood, Margaret. “The Art of Fiction No. 121.” Interview by Mary Morris. The Paris Review, no. 117, Winter 1990, "
     "pp. 69–88.", "Atwood", "The Art of Fiction No. 121", {"family": "Morris", "given": "Mary"}, "The Paris Review",
     "117", "69-88"),
    ("7. Chinua Achebe, “The Art of Fiction No. 139,” interview by Jerome Brooks, Paris Review, no. 133 (Winter 1994): "
     "142–66.", "Achebe", "The Art of Fiction No. 139", {"family": "Brooks", "given": "Jerome"}, "Paris Review", "133",
     "142-66"),
])
def test_an_interview_s_interviewer_after_its_quoted_title(text, author, title, interviewer, periodical, issue, page):
    """MLA's 'Interview by Name.' and Chicago's 'interview by Name,' between the quoted title and the periodical: an
    interview with its interviewer, printed in that periodical. The credit had run into the periodical's name
    ('Interview by Mary Morris. The Paris Review'; 'interview by Brooks, Paris Review' and 'Jerome' an editor)."""
    item = parse_reference(text)
    assert (item["type"], item["author"][0]["family"], item["title"]) == ("interview", author, title)
    assert (item["interviewer"], item["container-title"], item["issue"], item["page"]) == (
        [interviewer], periodical, issue, page)
    assert "editor" not in item


@pytest.mark.parametrize("text, title, show, network, day, director, credits", [
    ("“Ozymandias.” Breaking Bad, created by Vince Gilligan, season 5, episode 14, AMC, 15 Sept. 2013.",
     "Ozymandias", "Breaking Bad", "AMC", [2013, 9, 15], None, ["created by Vince Gilligan"]),
    ("“Hush.” Buffy the Vampire Slayer, created by Joss Whedon, performance by Sarah Michelle Gellar, season 4, "
     "episode 10, WB Television Network, 14 Dec. 1999.", "Hush", "Buffy the Vampire Slayer", "WB Television Network",
     [1999, 12, 14], None, ["created by Joss Whedon", "performance by Sarah Michelle Gellar"]),
    ("9. “The Suitcase,” Mad Men, season 4, episode 7, directed by Jennifer Getzinger, aired September 5, 2010, on AMC.",
     "The Suitcase", "Mad Men", "AMC", [2010, 9, 5], [{"family": "Getzinger", "given": "Jennifer"}], []),
])
def test_an_episode_with_its_credits_and_airing(text, title, show, network, day, director, credits):
    """MLA's credits between the show and the numbers and Chicago's 'directed by ..., aired DATE, on NETWORK' are
    read around MLA's plain episode: the show, its network and day, the director CSL's, other credits in note. The
    show had been 'season 5' (its name in note) and Chicago's episode a document with the network and day in note."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["container-title"], item["publisher"]) == ("broadcast", title, show, network)
    assert item["issued"] == {"date-parts": [day]} and item.get("director") == director
    assert all(credit in item["note"].split("\n") for credit in credits)


@pytest.mark.parametrize("text, author, title, genre, event, place, day", [
    ("Okonkwo, Adaeze. “Archives of Silence: Reading Colonial Correspondence in Lagos.” Modern Language Association "
     "Annual Convention, 7 Jan. 2023, San Francisco. Conference presentation.", "Okonkwo",
     "Archives of Silence: Reading Colonial Correspondence in Lagos", "Conference presentation",
     "Modern Language Association Annual Convention", "San Francisco", [2023, 1, 7]),
    ("15. Miriam Halloran, “Ruskin’s Venetian Notebooks and the Grammar of Decay” (lecture, Victorian Studies "
     "Association Annual Conference, Bloomington, IN, April 12, 2019).", "Halloran",
     "Ruskin’s Venetian Notebooks and the Grammar of Decay", "lecture", "Victorian Studies Association Annual Conference",
     "Bloomington, IN", [2019, 4, 12]),
    ("3. Jane Doe, “The Novel and Its Discontents” (keynote address, Annual Meeting of the Modern Language "
     "Association, Chicago, January 10, 2020).", "Doe", "The Novel and Its Discontents", "keynote address",
     "Annual Meeting of the Modern Language Association", "Chicago", [2020, 1, 10]),
])
def test_a_talk_named_by_its_kind_at_a_meeting(text, author, title, genre, event, place, day):
    """MLA 9's closing 'Conference presentation.' after 'Meeting, date, place.' and Chicago's '(lecture, Meeting,
    Place, Date)' make the work a speech given there; both had been conference papers with the meeting (and its
    place, or the description) as the container."""
    item = parse_reference(text)
    assert (item["type"], item["author"][0]["family"], item["title"], item["genre"]) == ("speech", author, title, genre)
    assert (item["event-title"], item["event-place"], item["issued"]) == (event, place, {"date-parts": [day]})
    assert "container-title" not in item and "publisher-place" not in item


@pytest.mark.parametrize("text, title, day", [
    ("Dickinson, Emily. Letter to Thomas Wentworth Higginson, 15 Apr. 1862. MS Am 1093, Boston Public Library.",
     "Letter to Thomas Wentworth Higginson", [1862, 4, 15]),
    ("Austen, Jane. Letter to Cassandra Austen, 24 Jan. 1813. Add MS 4354, British Library.",
     "Letter to Cassandra Austen", [1813, 1, 24]),
    ("Woolf, Virginia. Letter to Vita Sackville-West, 19 Sept. 1929. MS Eng 1234, Houghton Library, Harvard U.",
     "Letter to Vita Sackville-West", [1929, 9, 19]),
])
def test_a_letter_s_day_with_an_abbreviated_month(text, title, day):
    """MLA's 'Letter to Name, 15 Apr. 1862. MS ..., Library.': the month's stop had cut the day and month off the year
    and left them in the title ('..., 15 Apr'), the letter dated by its year alone."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["issued"]) == ("manuscript", title, {"date-parts": [day]})


@pytest.mark.parametrize("text, title, publisher, genre", [
    ("Butler, Cornelia, and Alexandra Schwartz, editors. Modern Women: Women Artists at the Museum of Modern Art. Museum "
     "of Modern Art, 2010. Exhibition catalogue.", "Modern Women: Women Artists at the Museum of Modern Art",
     "Museum of Modern Art", "Exhibition catalogue"),
    ("Hockney, David. A Bigger Picture. Royal Academy of Arts, 2012. Exhibition catalog.", "A Bigger Picture",
     "Royal Academy of Arts", "Exhibition catalog"),
])
def test_mla_s_closing_exhibition_catalogue_is_the_book_s_genre(text, title, publisher, genre):
    """MLA 9's description after the year, 'Exhibition catalogue.', names the book as Chicago's after the title does:
    its genre, the book a book with its publisher before the year. It had been left in note, the catalogue a chapter
    in 'Museum of Modern Art' or a document titled 'A Bigger Picture. Royal Academy of Arts'."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher"], item["genre"]) == ("book", title, publisher, genre)
    assert "container-title" not in item and "note" not in item


def test_a_press_after_the_container_s_comma_is_the_publisher():
    """MLA's '“Entry.” Work, Oxford UP, date, URL.': the press (MLA's 'UP', 'P', or a 'Press') after the work's comma
    is its publisher; it had been left in the dictionary's name ('Oxford English Dictionary, Oxford UP')."""
    item = parse_reference("“Serendipity, n.” Oxford English Dictionary, Oxford UP, Mar. 2024, "
                           "www.oed.com/dictionary/serendipity_n.")
    assert (item["type"], item["title"], item["container-title"], item["publisher"]) == (
        "entry-dictionary", "Serendipity, n.", "Oxford English Dictionary", "Oxford UP")
    assert item["issued"] == {"date-parts": [[2024, 3]]}


@pytest.mark.parametrize("text, author, title, page", [
    ("4. Ovid, Metamorphoses 8.183–235.", "Ovid", "Metamorphoses", "8.183-235"),
    ("12. Virgil, Aeneid 6.847–53.", "Virgil", "Aeneid", "6.847-53"),
])
def test_a_classic_cited_by_book_and_line(text, author, title, page):
    """Chicago's classic by its author's one name, title and book.line: the numbers are the place cited (as in
    '9.105–15' after an edition), not the title's end; the work had been a document titled 'Metamorphoses 8.183–235'."""
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"], item["page"]) == ("book", [{"literal": author}], title, page)


@pytest.mark.parametrize("text, title, publisher, lines", [
    ("Homer. The Iliad. Translated by Robert Fagles, Penguin Books, 1990, bk. 6, lines 466–81.", "The Iliad",
     "Penguin Books", "bk. 6, lines 466–81"),
    ("Shakespeare, William. Hamlet. Edited by Barbara A. Mowat and Paul Werstine, Simon & Schuster, 2012, act 3, sc. 1, "
     "lines 64–98.", "Hamlet", "Simon & Schuster", "act 3, sc. 1, lines 64–98"),
])
def test_mla_s_book_and_lines_after_the_edition_stay_in_note(text, title, publisher, lines):
    """MLA's ', bk. 6, lines 466–81.' after the edition's year: the place in the poem, kept in note, the edition read as
    without it (the locator had made the book's number a volume and the lines its pages, and Homer's edition lost its
    author and translator into the title)."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher"], item["note"]) == ("book", title, publisher, lines)
    assert not {"volume", "page"} & set(item)


def test_a_song_on_a_streaming_service_with_its_link():
    """MLA's '... Label, 2015. Spotify, open.spotify.com/track/....': the link after the service is the song's URL, the
    recording read as with the service closing it (it had been a web page in an album 'To Pimp a Butterfly, Top Dawg
    Entertainment / ...')."""
    item = parse_reference("Lamar, Kendrick. “Alright.” To Pimp a Butterfly, Top Dawg Entertainment / Aftermath / "
                           "Interscope, 2015. Spotify, open.spotify.com/track/3iVcZ5G6tvkXZkZKlMpIUs.")
    assert (item["type"], item["title"], item["container-title"], item["publisher"], item["source"]) == (
        "song", "Alright", "To Pimp a Butterfly", "Top Dawg Entertainment / Aftermath / Interscope", "Spotify")
    assert item["URL"] == "open.spotify.com/track/3iVcZ5G6tvkXZkZKlMpIUs"


def test_an_album_on_vinyl_by_a_band_named_with_its_article():
    """'Vinyl LP.' closes a recording as 'LP.' does, whatever its case, and 'The Beatles' is the band's one name (it
    had been a document by 'Vinyl, L.P.' titled 'The Beatles. Abbey Road. Apple Records')."""
    item = parse_reference("The Beatles. Abbey Road. Apple Records, 1969. Vinyl LP.")
    assert (item["type"], item["author"], item["title"], item["publisher"], item["medium"]) == (
        "song", [{"literal": "The Beatles"}], "Abbey Road", "Apple Records", "Vinyl LP")


@pytest.mark.parametrize("text, authors, title, page", [
    ("23. García Márquez, One Hundred Years, 88.", ["García Márquez"], "One Hundred Years", "88"),
    ("Marples, Belarus, 14.", ["Marples"], "Belarus", "14"),
    ("Smith and Jones, Title Words, 4–5.", ["Smith", "Jones"], "Title Words", "4–5"),
])
def test_a_lone_short_form_names_family_names_and_a_book(text, authors, title, page):
    """A note's short form parsed with no earlier note: the names before the first comma are family names whole (a
    short form drops the given names: 'García Márquez' had been given 'García'), the unquoted short title a book's
    ('Belarus' had been Marples' given name), the number the page cited, in note."""
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"], item["note"]) == (
        "book", [{"family": family} for family in authors], title, page)
    assert "page" not in item and item["custom"]["review"]


@pytest.mark.parametrize("text, author, title, translators, publisher", [
    ("Ovid. Metamorphoses. Translated by Charles Martin, W. W. Norton, 2004.", [{"literal": "Ovid"}], "Metamorphoses",
     [{"family": "Martin", "given": "Charles"}], "W. W. Norton"),
    ("Homer. The Odyssey. Translated by Emily Wilson, W. W. Norton, 2018.", [{"literal": "Homer"}], "The Odyssey",
     [{"family": "Wilson", "given": "Emily"}], "W. W. Norton"),
    ("Tolstoy, Leo. War and Peace. Translated by Richard Pevear and Larissa Volokhonsky, Alfred A. Knopf, 2007.",
     [{"family": "Tolstoy", "given": "Leo"}], "War and Peace",
     [{"family": "Pevear", "given": "Richard"}, {"family": "Volokhonsky", "given": "Larissa"}], "Alfred A. Knopf"),
])
def test_mla_s_translated_book_with_a_publisher_the_names_could_run_into(text, author, title, translators, publisher):
    """MLA 9's 'Author. Title. Translated by Name(s), Publisher, Year.': the translators run to their comma, the
    publisher from there to the year's comma, though it opens with initials ('W. W. Norton', read as the translator's
    given names, 'Norton' a place) or the names are two ('Larissa Volokhonsky. Alfred A. Knopf' an author)."""
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"], item["translator"], item["publisher"]) == (
        "book", author, title, translators, publisher)
    assert "publisher-place" not in item


def test_a_place_after_a_translator_s_sentence_is_no_publisher():
    # "Two volumes, London, 1872." after the translator's own sentence: the MLA grammar is not this layout
    item = parse_reference("Aumale, Duc de. History of the Princes of Condé. Translated by Robert B. Borthwick. Two "
                           "volumes, London, 1872.")
    assert "publisher" not in item


@pytest.mark.parametrize("text", [
    "Maron, Marc, host. “Episode 613 – President Barack Obama.” WTF with Marc Maron, 22 June 2015, "
    "www.wtfpod.com/podcast/episode-613-president-barack-obama.",
    "4. Ira Glass, host, “The Giant Pool of Money,” This American Life, WBEZ, May 9, 2008.",
])
def test_a_hosted_episode_without_its_numbers_is_a_broadcast(text):
    """The host's role word says the work is a show's episode where no season or episode number does; it had been a
    newspaper article in the show."""
    item = parse_reference(text)
    assert item["type"] == "broadcast" and item["title"] in text and "host" in item["note"].split("\n")


@pytest.mark.parametrize("text", [
    "“Pilot.” The Office, season 1, episode 1, NBC, 24 Mar. 2005.",
    "“Pilot.” The Office, written by Greg Daniels, season 1, episode 1, NBC, 24 Mar. 2005.",
])
def test_an_episode_whose_number_the_tagger_read_as_a_volume(text):
    """The tagger may read the episode's number as a volume, as it does the season's: the show had been an article's
    journal, 'The Office, season 1, episode', in volume 1."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["publisher"]) == ("broadcast", "The Office", "NBC")
    assert "volume" not in item and "season 1, episode 1" in item["note"].split("\n")


def test_mla_s_edited_score_keeps_its_type_under_the_credited_book_grammar():
    # the grammar for MLA's 'Title. Edited by Name, Publisher, Year.' reads scores too: a title naming a musical work
    # by key or catalogue number keeps the score's type
    item = parse_reference("Brahms, Johannes. Symphony No. 4 in E Minor, Op. 98. Edited by Robert Pascall, G. Henle "
                           "Verlag, 2011.")
    assert (item["type"], item["title"], item["publisher"]) == (
        "musical_score", "Symphony No. 4 in E Minor, Op. 98", "G. Henle Verlag")

"""The reference parser on the humanities' and notes' sources a Western list cites beside articles and books:
scores and recordings, manuscripts, interviews in other languages, briefs, running issue numbers."""

import pytest

from cslbridge.parse.fields import parse_reference
from cslbridge.parse.rules import volume_issue


def test_a_running_issue_number_after_the_volume():
    # Current History numbers its issues from its start: "116, 792" was one volume
    item = parse_reference("Mankoff, Jeffrey. “Russia in the Middle East.” Current History, 116, 792, 2017, pp. 258–264.")
    assert (item["volume"], item["issue"], item["page"]) == ("116", "792", "258-264")
    assert volume_issue("116, 792") == {"volume": "116", "issue": "792"}
    # with no pages span beside it, the second number is still the page ("Nature, 412, 583.")
    nature = parse_reference("Smith, J. (2001). Title of the letter. Nature, 412, 583.")
    assert (nature["volume"], nature["page"]) == ("412", "583") and "issue" not in nature


def test_interviews_named_in_other_languages_are_interviews():
    # only the English and Russian heads were read: "Entrevista con ..." came out a document or a book
    for text, head, person in (
            ("Entrevista con Juan Pérez, Bishkek, 12 de mayo de 2019.", "Entrevista con Juan Pérez", ("Pérez", "Juan")),
            ("Entretien avec Marie Dupont, Paris, 5 mars 2021.", "Entretien avec Marie Dupont", ("Dupont", "Marie")),
            ("Interview mit Hans Müller, Berlin, 3. März 2020.", "Interview mit Hans Müller", ("Müller", "Hans")),
            ("Intervista con Marco Rossi, Roma, 3 aprile 2018.", "Intervista con Marco Rossi", ("Rossi", "Marco"))):
        item = parse_reference(text)
        assert (item["type"], item["title"], item["publisher-place"]) == ("interview", head, text.split(", ")[1])
        assert [(name["family"], name["given"]) for name in item["author"]] == [person]
    # a note's number before the Russian head no longer hides it
    item = parse_reference("9. Интервью с А. Ивановым, Бишкек, 12 мая 2019 г.")
    assert (item["title"], item["publisher-place"]) == ("Интервью с А. Ивановым", "Бишкек")


def test_a_district_and_its_region_after_an_interview_are_one_place():
    item = parse_reference("Interview with a local official, Aravan district, Osh oblast, 12 May 2019.")
    assert (item["title"], item["publisher-place"]) == ("Interview with a local official", "Aravan district, Osh oblast")
    named = parse_reference("Interview with Bakyt Asanov, Kara-Suu district, Osh region, 3 June 2018.")
    assert (named["title"], named["publisher-place"]) == ("Interview with Bakyt Asanov", "Kara-Suu district, Osh region")
    russian = parse_reference("Интервью автора с фермером, Араванский р-н, Ошская обл., 12 мая 2019 г.")
    assert russian["publisher-place"] == "Араванский р-н, Ошская обл."
    # a town after an affiliation stays the place alone
    town = parse_reference("Interview with Dmitri Danilov, Head of Department, Institute of Europe, Moscow, 12 September 2013.")
    assert town["publisher-place"] == "Moscow"


@pytest.mark.parametrize("text,place", [
    ("Author’s interviews with local herders, Khanbogd soum, Umnugovi aimag, August 2017.",
     "Khanbogd soum, Umnugovi aimag"),
    ("Interview with a herder family, Tsogttsetsii sum, Umnugovi aimag, 14 July 2018.", "Tsogttsetsii sum, Umnugovi aimag"),
    ("Author’s interview with a farmer, Pakhtakor tuman, Jizzakh viloyat, 3 May 2019.", "Pakhtakor tuman, Jizzakh viloyat"),
])
def test_mongolian_and_uzbek_districts_before_their_province_are_one_place(text, place):
    # the district ("soum", "sum", "tuman") had stayed in the interview's title, the province alone its place
    item = parse_reference(text)
    assert (item["type"], item["publisher-place"]) == ("interview", place)
    assert item["title"] == text.split(", ")[0]


def test_a_bodys_paper_named_by_its_series_and_number_is_a_report():
    # "Migration and Development Brief 35" read as a book's title (or a journal's volume 35)
    for text in ("World Bank, Migration and Development Brief 35 (Washington, DC: World Bank, 2021), 12.",
                 "World Bank. 2021. Migration and Development Brief 35. Washington, DC: World Bank."):
        item = parse_reference(text)
        assert (item["type"], item["genre"], item["number"]) == ("report", "Migration and Development Brief", "35")
        assert item["author"] == [{"literal": "World Bank"}] and item["publisher"] == "World Bank"
        assert "title" not in item and "container-title" not in item and "volume" not in item
    # a year is no paper's number: a body's yearly report keeps its title
    annual = parse_reference("World Bank, Annual Report 2019 (Washington, DC: World Bank, 2019).")
    assert annual["title"] == "Annual Report 2019" and "number" not in annual


def test_a_score_is_a_musical_score():
    # scores read as books (or a note's "Symphony No. 9" as a journal's issue 9)
    item = parse_reference("Beethoven, Ludwig van. Symphony No. 5 in C Minor, Op. 67. Edited by Jonathan Del Mar. "
                           "Kassel: Bärenreiter, 1999.")
    assert (item["type"], item["title"], item["publisher"]) == ("musical_score", "Symphony No. 5 in C Minor, Op. 67", "Bärenreiter")
    note = parse_reference("Ludwig van Beethoven, Symphony No. 9 in D Minor, Op. 125, ed. Jonathan Del Mar "
                           "(Kassel: Bärenreiter, 1996), 45.")
    assert (note["type"], note["title"], note["publisher-place"], note["page"]) == (
        "musical_score", "Symphony No. 9 in D Minor, Op. 125", "Kassel", "45")
    assert note["editor"] == [{"family": "Del Mar", "given": "Jonathan"}]
    mla = parse_reference("Beethoven, Ludwig van. Symphony No. 5 in C Minor, Op. 67. Edited by Jonathan Del Mar, Bärenreiter, 1999.")
    assert (mla["type"], mla["title"]) == ("musical_score", "Symphony No. 5 in C Minor, Op. 67") and "container-title" not in mla
    vocal = parse_reference("Bernstein, Leonard. West Side Story. Vocal score. New York: Boosey & Hawkes, 1994.")
    assert (vocal["type"], vocal["title"], vocal["genre"]) == ("musical_score", "West Side Story", "Vocal score")
    # a book about a work names no key or catalogue number and stays a book
    assert parse_reference("Sisman, Elaine. Mozart: The Jupiter Symphony. Cambridge: Cambridge University Press, 1993.")["type"] == "book"


def test_a_recording_is_a_song_with_its_label_catalogue_number_and_medium():
    item = parse_reference("Davis, Miles. Kind of Blue. Columbia CL 1355, 1959, LP.")
    assert (item["type"], item["title"], item["publisher"], item["number"], item["medium"]) == (
        "song", "Kind of Blue", "Columbia", "CL 1355", "LP")
    assert item["author"] == [{"family": "Davis", "given": "Miles"}] and item["issued"] == {"date-parts": [[1959]]}
    performed = parse_reference("Bach, Johann Sebastian. Goldberg Variations. Performed by Glenn Gould. "
                                "Sony Classical SK 37779, 1982, compact disc.")
    assert (performed["title"], performed["medium"], performed["note"]) == (
        "Goldberg Variations", "compact disc", "Performed by Glenn Gould")
    note = parse_reference("12. Miles Davis, Kind of Blue, Columbia CL 1355, 1959, LP.")
    assert (note["type"], note["title"], note["number"]) == ("song", "Kind of Blue", "CL 1355")
    streamed = parse_reference("Beyoncé. “Formation.” Lemonade, Parkwood Entertainment, 2016. Spotify.")
    assert (streamed["type"], streamed["title"], streamed["container-title"], streamed["publisher"], streamed["source"]) == (
        "song", "Formation", "Lemonade", "Parkwood Entertainment", "Spotify")
    apa = parse_reference("Beyoncé. (2016). Formation [Song]. On Lemonade. Parkwood; Columbia.")
    assert (apa["type"], apa["title"], apa["medium"], apa["container-title"], apa["publisher"]) == (
        "song", "Formation", "Song", "Lemonade", "Parkwood; Columbia")


def test_a_manuscript_in_a_library_with_its_shelfmark_and_folios():
    item = parse_reference("Diary of John Smith, 1862, MS 123, fol. 72r, Bodleian Library, Oxford.")
    assert (item["type"], item["title"], item["issued"], item["archive_location"], item["page"], item["archive"],
            item["archive-place"]) == ("manuscript", "Diary of John Smith", {"date-parts": [[1862]]}, "MS 123", "72r",
                                       "Bodleian Library", "Oxford")
    assert "author" not in item
    note = parse_reference("6. Geoffrey Chaucer, The Canterbury Tales, Ellesmere MS EL 26 C 9, fol. 72r, Huntington "
                           "Library, San Marino, CA.")
    assert note["author"] == [{"family": "Chaucer", "given": "Geoffrey"}]
    assert (note["title"], note["archive_location"], note["archive-place"]) == (
        "The Canterbury Tales", "Ellesmere MS EL 26 C 9", "San Marino, CA")
    folios = parse_reference("Book of Hours, Add MS 18850, ff. 12v–14r, British Library, London.")
    assert (folios["page"], folios["archive"]) == ("12v-14r", "British Library")
    holograph = parse_reference("Woolf, Virginia. Diary, January 1915–December 1918. Holograph manuscript. Henry W. and "
                                "Albert A. Berg Collection, New York Public Library.")
    assert (holograph["type"], holograph["title"], holograph["genre"], holograph["archive_location"], holograph["archive"]) == (
        "manuscript", "Diary, January 1915–December 1918", "Holograph manuscript", "Henry W. and Albert A. Berg Collection",
        "New York Public Library")
    college = parse_reference("Pepys, Samuel. Diary, 1665. MS 1836. Pepys Library, Magdalene College, Cambridge.")
    assert (college["archive"], college["archive-place"]) == ("Pepys Library, Magdalene College", "Cambridge")


@pytest.mark.parametrize("text,title,date,location,archive,place", [
    ("12. Memorandum on Relief Rolls, 2 February 1935, box 112, folder 3, Harry Hopkins Papers, Franklin D. Roosevelt "
     "Presidential Library, Hyde Park, NY.", "Memorandum on Relief Rolls", [1935, 2, 2],
     "box 112, folder 3, Harry Hopkins Papers", "Franklin D. Roosevelt Presidential Library", "Hyde Park, NY"),
    ("4. “Minutes of the Grange Executive Board,” October 9, 1889, Box 7, Folder 21, Records of the Minnesota State "
     "Grange, Minnesota Historical Society, St. Paul.", "Minutes of the Grange Executive Board", [1889, 10, 9],
     "Box 7, Folder 21, Records of the Minnesota State Grange", "Minnesota Historical Society", "St. Paul"),
])
def test_a_document_in_a_box_or_folder_of_a_collection_is_a_manuscript(text, title, date, location, archive, place):
    # the box and folder were read as a journal and its volume, an American "October 9, 1889" as the year alone,
    # and a state capital's historical society kept its town
    item = parse_reference(text)
    assert (item["type"], item["title"], item["issued"], item["archive_location"], item["archive"],
            item["archive-place"]) == ("manuscript", title, {"date-parts": [date]}, location, archive, place)
    assert "container-title" not in item and "author" not in item


@pytest.mark.parametrize("text,title,archive,place", [
    ("Adams Family Papers. Massachusetts Historical Society, Boston.", "Adams Family Papers",
     "Massachusetts Historical Society", "Boston"),
    ("Records of the Great Northern Railway Company. Minnesota Historical Society, St. Paul.",
     "Records of the Great Northern Railway Company", "Minnesota Historical Society", "St. Paul"),
    ("Lorena Hickok Papers. Franklin D. Roosevelt Presidential Library, Hyde Park, NY.", "Lorena Hickok Papers",
     "Franklin D. Roosevelt Presidential Library", "Hyde Park, NY"),
])
def test_a_bibliographys_collection_of_papers_is_kept_in_its_archive(text, title, archive, place):
    # Chicago's entry for a collection: its name had become a person ("Papers, Adams Family") and the archive a publisher
    item = parse_reference(text)
    assert (item["type"], item["title"], item["archive"], item["archive-place"]) == ("manuscript", title, archive, place)
    assert "author" not in item and "publisher" not in item


def test_a_letter_kept_where_the_note_above_says_is_a_manuscript():
    # "ibid." in the collection's place: the names had run together into one author, "ibid" the page
    item = parse_reference("8. Lorena Hickok to Eleanor Roosevelt, March 9, 1933, ibid.")
    assert (item["type"], item["author"], item["recipient"], item["issued"]) == (
        "manuscript", [{"family": "Hickok", "given": "Lorena"}], [{"family": "Roosevelt", "given": "Eleanor"}],
        {"date-parts": [[1933, 3, 9]]})
    assert item["note"].lower().startswith("ibid") and "page" not in item


def test_an_exhibition_catalogue_says_so_in_its_genre():
    item = parse_reference("Temkin, Ann, ed. Abstract Expressionism at the Museum of Modern Art. Exh. cat. New York: "
                           "Museum of Modern Art, 2010.")
    assert (item["type"], item["title"], item["genre"]) == ("book", "Abstract Expressionism at the Museum of Modern Art", "Exh. cat.")
    note = parse_reference("Ann Temkin, ed., Abstract Expressionism at the Museum of Modern Art, exh. cat. (New York: "
                           "Museum of Modern Art, 2010), 45.")
    assert (note["title"], note["genre"], note["page"]) == ("Abstract Expressionism at the Museum of Modern Art", "exh. cat.", "45")


def test_a_classic_known_by_one_name_is_the_translated_works_author():
    item = parse_reference("Homer, The Odyssey, trans. Robert Fagles (New York: Penguin, 1996), 212.")
    assert (item["author"], item["title"]) == ([{"literal": "Homer"}], "The Odyssey")
    assert item["translator"] == [{"family": "Fagles", "given": "Robert"}]
    iliad = parse_reference("Homer. The Iliad. Translated by Richmond Lattimore. Chicago: University of Chicago Press, 1951.")
    assert (iliad["author"], iliad["title"]) == ([{"literal": "Homer"}], "The Iliad")


def test_an_unnumbered_series_before_chicagos_imprint_is_the_collection_title():
    item = parse_reference("Kennan, George F. Russia after the Cold War. Problems of International Politics. New York: "
                           "Cambridge University Press, 2015.")
    assert (item["title"], item["collection-title"], item["publisher"]) == (
        "Russia after the Cold War", "Problems of International Politics", "Cambridge University Press")
    # a subtitle-like sentence, a body and the kind of paper are no series
    assert parse_reference("Smith, John. The Cold War. A History. London: Penguin, 2010.")["title"] == "The Cold War. A History"
    kind = parse_reference("World Bank. 2019. Uzbekistan: Agriculture Modernization Project. Project Appraisal Document. "
                           "Washington, DC: World Bank.")
    assert "collection-title" not in kind


def test_an_oscola_book_with_its_imprint_without_a_comma():
    # "(Harwood 1999) 14" was read as a place "Belarus", the title went to note
    item = parse_reference("12. David R Marples, Belarus: A Denationalized Nation (Harwood 1999) 14.")
    assert (item["type"], item["title"], item["publisher"], item["issued"], item["page"]) == (
        "book", "Belarus: A Denationalized Nation", "Harwood", {"date-parts": [[1999]]}, "14")
    assert item["author"] == [{"family": "Marples", "given": "David R."}]
    edition = parse_reference("Thomas de Waal, The Caucasus: An Introduction (2nd edn, OUP 2019) 120.")
    assert (edition["type"], edition["edition"], edition["publisher"]) == ("book", "2", "OUP")
    # a page's access date in brackets is no imprint
    act = parse_reference("Government of Mongolia, Resolution No. 62 on the prohibition of the use of raw coal in "
                          "Ulaanbaatar, 2018. https://legalinfo.mn/mn/detail/13456. (Accessed 14 October 2022).")
    assert act["type"] != "book" and "publisher" not in act


def test_a_middle_initial_without_its_point_gets_it():
    from cslbridge.parse.names import parse_names
    assert parse_names("David R Marples") == [{"family": "Marples", "given": "David R."}]
    assert parse_names("John A B Smith") == [{"family": "Smith", "given": "John A. B."}]
    assert parse_names("Smith JA") == [{"family": "Smith", "given": "J.A."}]  # Vancouver's initials as before


def test_a_numbered_note_the_tagger_reads_whole_as_prose_is_read_after_its_number():
    # the tagger gave every word of "3. Virgil, The Aeneid, ..." the note label: the work was lost in note
    item = parse_reference("3. Virgil, The Aeneid, trans. Robert Fagles (New York: Viking, 2006), 112.")
    assert (item["type"], item["title"], item["publisher"], item["page"]) == ("book", "The Aeneid", "Viking", "112")
    assert item["author"] == [{"literal": "Virgil"}] and item["translator"] == [{"family": "Fagles", "given": "Robert"}]
    # prose stays prose
    prose = parse_reference("3. This point is discussed further in the next chapter.")
    assert "title" not in prose and prose["note"].endswith("This point is discussed further in the next chapter.")

"""Humanities notes and bibliographies, Chicago and MLA 9 (blind batch 65)."""
from cslbridge.parse.fields import parse_references


def test_site_named_a_blog_gives_a_blog_post():
    """Chicago prints "(blog)" after a blog's name, and MLA names the site, "... Blog": a post on a blog, whatever
    its address says, not a newspaper item or a web page."""
    chicago, mla = parse_references([
        "7. Mary Beard, “Do the Classics Have a Future?,” A Don’s Life (blog), January 12, 2012, "
        "https://www.the-tls.co.uk/articles/classics-future-beard/.",
        "Nussbaum, Martha. “Why Teach Tragedy?” The Philosophy Faculty Blog, 14 Sept. 2021, "
        "philosophy.uchicago.edu/news/why-teach-tragedy."])
    assert chicago["type"] == "post-weblog"
    assert chicago["container-title"] == "A Don’s Life"
    assert mla["type"] == "post-weblog"
    assert mla["container-title"] == "The Philosophy Faculty Blog"


def test_time_of_day_after_a_post_date_is_no_volume_and_page():
    """MLA prints a post's time after its date ("14 Feb. 2020, 11:05 a.m., twitter.com/..."): "11:05" is no
    volume and page."""
    item = parse_references(["Gaiman, Neil [@neilhimself]. “Libraries are cultural seed banks.” Twitter, "
                             "14 Feb. 2020, 11:05 a.m., twitter.com/neilhimself/status/1228321456789012480."])[0]
    assert item["type"] == "post"
    assert item["container-title"] == "Twitter"
    assert item["issued"] == {"date-parts": [[2020, 2, 14]]}
    assert "volume" not in item and "page" not in item
    assert item["URL"] == "twitter.com/neilhimself/status/1228321456789012480"


def test_film_release_year_before_a_copy_imprint_is_the_original_date():
    """Chicago cites a film watched on a later copy with the release year first in the bracket: "(1939; New York:
    Criterion Collection, 2004)". The year is the film's original date, not the start of the place."""
    item = parse_references(["12. Jean Renoir, dir., The Rules of the Game (1939; New York: Criterion Collection, "
                             "2004), DVD."])[0]
    assert item["type"] == "motion_picture"
    assert item["original-date"] == {"date-parts": [[1939]]}
    assert item["issued"] == {"date-parts": [[2004]]}
    assert item["publisher-place"] == "New York"
    assert item["publisher"] == "Criterion Collection"


def test_artwork_in_an_institute_of_art_is_a_graphic():
    """A museum may call itself an art institute ("Art Institute of Chicago", "Detroit Institute of Arts"): the work
    in it is a graphic with its medium, size and holding museum, not a book that museum published."""
    note, entry = parse_references([
        "5. Grant Wood, American Gothic, 1930, oil on beaverboard, 78 × 65.3 cm, Art Institute of Chicago.",
        "Bellows, George. Dempsey and Firpo. 1924. Oil on canvas, 129.5 × 160.7 cm. Detroit Institute of Arts."])
    assert (note["type"], note["title"], note["issued"], note["medium"], note["dimensions"], note["archive"]) == (
        "graphic", "American Gothic", {"date-parts": [[1930]]}, "oil on beaverboard", "78 × 65.3 cm",
        "Art Institute of Chicago")
    assert "publisher" not in note
    assert (entry["type"], entry["title"], entry["archive"]) == ("graphic", "Dempsey and Firpo", "Detroit Institute of Arts")


def test_one_word_title_before_a_catalogue_number_is_no_name():
    """A score's one-word title before its catalogue number ("Requiem, K. 626.", "Winterreise, D. 911.") reads like
    a second name, family then initial: it is the title with its number, and the composer the only author."""
    mozart, schubert = parse_references([
        "Mozart, Wolfgang Amadeus. Requiem, K. 626. Edited by Richard Maunder. Oxford: Oxford University Press, 1988.",
        "Schubert, Franz. Rosamunde, D. 797. Edited by Walther Dürr. Full score. Kassel: Bärenreiter, 1993."])
    assert mozart["type"] == "musical_score"
    assert mozart["author"] == [{"family": "Mozart", "given": "Wolfgang Amadeus"}]
    assert mozart["title"] == "Requiem, K. 626"
    assert mozart["editor"] == [{"family": "Maunder", "given": "Richard"}]
    assert schubert["author"] == [{"family": "Schubert", "given": "Franz"}]
    assert schubert["title"] == "Rosamunde, D. 797"


def test_classic_by_stephanus_or_bekker_page_and_its_translation():
    """A classic cited by the pages every edition prints (Plato's Stephanus "64c", Aristotle's Bekker "1094a1–18"),
    and one by book and line with the translation read and its imprint: author, title, the place in the work as
    the page, the translator and imprint."""
    phaedo, ethics, aeneid = parse_references([
        "5. Plato, Phaedo 64c.",
        "3. Aristotle, Nicomachean Ethics 1094a1–18.",
        "6. Virgil, Aeneid 6.847–53, trans. Robert Fagles (New York: Viking, 2006)."])
    assert (phaedo["author"], phaedo["title"], phaedo["page"]) == ([{"literal": "Plato"}], "Phaedo", "64c")
    assert (ethics["author"], ethics["title"], ethics["page"]) == ([{"literal": "Aristotle"}], "Nicomachean Ethics",
                                                                   "1094a1-18")
    assert (aeneid["author"], aeneid["title"], aeneid["page"]) == ([{"literal": "Virgil"}], "Aeneid", "6.847-53")
    assert aeneid["translator"] == [{"family": "Fagles", "given": "Robert"}]
    assert (aeneid["publisher-place"], aeneid["publisher"], aeneid["issued"]) == (
        "New York", "Viking", {"date-parts": [[2006]]})


def test_reviewer_before_review_of_in_a_note_is_the_author():
    """Chicago's note for a review with no title of its own names the reviewer, then "review of Title, by Name":
    the reviewer is the author, not the title's first words."""
    item = parse_references(["9. Natalie Zemon Davis, review of The Cheese and the Worms, by Carlo Ginzburg, "
                             "Journal of Modern History 53, no. 1 (1981): 98–100."])[0]
    assert item["author"] == [{"family": "Davis", "given": "Natalie Zemon"}]
    assert item["title"] == "review of The Cheese and the Worms, by Carlo Ginzburg"
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == (
        "Journal of Modern History", "53", "1", "98-100")


def test_editor_before_a_reprint_bracket_in_a_note():
    """Chicago's note for an edited reprint, "Title, ed. Name (1861; repr., Place: Publisher, 1987)": the names
    after "ed." are the editor's and the bracket's first year the original date, whatever the tagger made of them
    (a container "Jean Fagan Yellin", "ed." in the title)."""
    item = parse_references(["3. Harriet Jacobs, Incidents in the Life of a Slave Girl, ed. Jean Fagan Yellin (1861; "
                             "repr., Cambridge, MA: Harvard University Press, 1987), 54."])[0]
    assert item["type"] == "book"
    assert item["title"] == "Incidents in the Life of a Slave Girl"
    assert item["editor"] == [{"family": "Yellin", "given": "Jean Fagan"}]
    assert item["original-date"] == {"date-parts": [[1861]]}
    assert item["issued"] == {"date-parts": [[1987]]}
    assert "container-title" not in item


def test_letter_repository_parent_body_then_town():
    """A letter's repository may be followed by the body it belongs to before the town ("Special Collections, Smith
    College, Northampton, MA"): the body is the archive's, the town (with its state code, or a known place) the
    archive's place."""
    addams, woolf = parse_references([
        "5. Jane Addams to Ellen Gates Starr, June 8, 1889, box 2, Ellen Gates Starr Papers, Special Collections, "
        "Smith College, Northampton, MA.",
        "8. Virginia Woolf to Vanessa Bell, May 22, 1927, folder 4, Monks House Papers, Special Collections, "
        "University of Sussex, Brighton."])
    assert (addams["archive"], addams["archive-place"]) == ("Special Collections, Smith College", "Northampton, MA")
    assert addams["archive_location"] == "box 2, Ellen Gates Starr Papers"
    assert (woolf["archive"], woolf["archive-place"]) == ("Special Collections, University of Sussex", "Brighton")


def test_recording_dated_by_its_session_before_the_label():
    """Chicago dates an old recording by its session, before the label and catalogue number, which then have no
    year: "Recorded June 28, 1928. Okeh 8597, 78 rpm." (the note: "recorded November 27, 1936, Vocalion 03519, 78
    rpm."). A song with that date, label, number and medium, not an article in "Recorded ... Okeh"."""
    entry, note = parse_references([
        "Armstrong, Louis. “West End Blues.” Recorded June 28, 1928. Okeh 8597, 78 rpm.",
        "4. Robert Johnson, “Cross Road Blues,” recorded November 27, 1936, Vocalion 03519, 78 rpm."])
    assert (entry["type"], entry["title"], entry["publisher"], entry["number"], entry["medium"]) == (
        "song", "West End Blues", "Okeh", "8597", "78 rpm")
    assert entry["issued"] == {"date-parts": [[1928, 6, 28]]}
    assert (note["type"], note["title"], note["publisher"], note["number"]) == (
        "song", "Cross Road Blues", "Vocalion", "03519")
    assert note["issued"] == {"date-parts": [[1936, 11, 27]]}

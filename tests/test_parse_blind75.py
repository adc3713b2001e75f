"""Rules added for the 75th blind batch (economics working papers and grey literature)."""
from cslbridge.parse.fields import parse_references


def _one(text):
    return parse_references([text])[0]


def test_harvard_mimeo_sentence_before_the_school():
    """Harvard prints an unpublished paper's kind as a sentence of its own before the school: "Title. Mimeo. London
    School of Economics." is a manuscript, "Mimeo" its genre and the school its publisher (the kind had stayed in the
    publisher and the paper read as a thesis)."""
    item = _one("Haddad, S. (2021) Exchange rate regimes and export diversification. Mimeo. London School of Economics.")
    assert (item["type"], item.get("genre"), item.get("publisher")) == \
        ("manuscript", "Mimeo", "London School of Economics")
    item = _one("Adams, R. (2017) Bank lending and the housing boom in Ireland. Unpublished manuscript. Trinity College "
                "Dublin.")
    assert (item["type"], item["title"], item.get("genre"), item.get("publisher")) == \
        ("manuscript", "Bank lending and the housing boom in Ireland", "Unpublished manuscript", "Trinity College Dublin")


def test_available_at_ssrn_names_the_server():
    """SSRN's own citation form closes with "Available at SSRN: https://ssrn.com/abstract=...": the server posts the
    paper, a preprint (the phrase had stayed in the note and the paper read as a web page)."""
    item = _one("Kim, J. (2021). Bank runs and social media. Available at SSRN: https://ssrn.com/abstract=3898765")
    assert (item["type"], item.get("publisher"), item.get("note")) == ("article", "SSRN", None)


def test_series_number_read_as_pages_is_the_reports_number():
    """A working-paper series printed with the paper's number right after its name ("International Finance
    Discussion Papers 1254", "... Working Papers 20-31") is the report's genre and number: the number had been read as
    pages, the series as a chapter's book or a book's publisher."""
    item = _one("Okafor, Chidi. 2019. “Bank Runs in Emerging Markets.” Finance and Economics Discussion Series "
                "2019-071. Washington, DC: Board of Governors of the Federal Reserve System.")
    assert (item["type"], item.get("genre"), item.get("number"), item.get("page")) == \
        ("report", "Finance and Economics Discussion Series", "2019-071", None)
    item = _one("Okafor, Chidi, 2020, Bank runs in emerging markets, Federal Reserve Bank of Philadelphia Working "
                "Papers 20-31.")
    assert (item["type"], item.get("genre"), item.get("number"), item.get("publisher")) == \
        ("report", "Federal Reserve Bank of Philadelphia Working Papers", "20-31", None)


def test_series_no_kept_with_the_series_and_number_left_in_the_note():
    """Harvard's "‘Title’, OECD Economics Department Working Papers, No. 1655. Paris: OECD Publishing." where the tagger
    kept "No." with the series and left the number alone in the note: the series is the report's genre, the number
    its number (it had been a chapter in a book named "... Working Papers, No.")."""
    item = _one("OECD (2021) 'The role of firm dynamics in aggregate productivity', OECD Economics Department Working "
                "Papers, No. 1655. Paris: OECD Publishing.")
    assert (item["type"], item.get("genre"), item.get("number"), item.get("container-title"), item.get("note")) == \
        ("report", "OECD Economics Department Working Papers", "1655", None, None)


def test_numbered_series_of_papers_holds_reports():
    """A numbered series of papers read as a book's series ("‘Title’, OECD Economics Department Working Papers, No.
    1504. Paris: OECD Publishing.") holds reports: the series is the genre, its number the report's (it had been a
    book with a collection-title)."""
    item = _one("Adalet McGowan, M. and Andrews, D. (2018) 'Insolvency regimes and productivity growth', OECD Economics "
                "Department Working Papers, No. 1504. Paris: OECD Publishing.")
    assert (item["type"], item.get("genre"), item.get("number"), item.get("collection-title")) == \
        ("report", "OECD Economics Department Working Papers", "1504", None)


def test_body_words_before_the_kind_of_paper_open_the_series():
    """Harvard's "Title. World Bank Policy Research Working Paper 8812. Washington, DC: World Bank.": the body's words
    before "Working Paper" are the series' name, not the title's last sentence (the genre had been "Working Paper"
    alone and the title had run on to "World Bank Policy Research")."""
    item = _one("Brown, T. (2019) Trade costs and firm exports in Vietnam. World Bank Policy Research Working Paper "
                "8812. Washington, DC: World Bank.")
    assert (item["title"], item.get("genre"), item.get("number")) == \
        ("Trade costs and firm exports in Vietnam", "World Bank Policy Research Working Paper", "8812")

"""Rules found by the 29th blind page round (an SSRN abstract page, a Persée page with French notes)."""

from cslbridge.parse import parse_page


def test_french_art_cit_notes_point_at_each_author_named():
    text = ("Notes\n\n1. Marie Mendras, « La préférence pour le flou », Le Débat, n° 107, 1999, p. 35-50.\n\n"
            "2. Jean Radvanyi, « Les États du Caucase », Hérodote, n° 81, 1996, p. 7-22.\n\n"
            "3. Sur la notion de souveraineté, voir notamment Mendras, art. cit., p. 40, et Radvanyi, art. cit., p. 12.\n\n"
            "4. Sur les élections de 1996, voir Mendras, 1999, p. 44.\n")
    mendras, radvanyi, both, author_date = parse_page(text).items
    assert both["custom"]["pointer"] is True
    assert both["custom"]["targets"] == ["Mendras", "Radvanyi"]
    assert both["custom"]["target-ids"] == [mendras["id"], radvanyi["id"]]
    assert author_date["custom"]["targets"] == ["Mendras (1999)"]  # a year where a short title would stand


def test_share_rows_buttons_and_paper_statistics_are_chrome():
    from cslbridge.parse.page import is_chrome
    for line in ("Share: Facebook Twitter LinkedIn Email Copy URL", "Share this article: Twitter Reddit Mendeley",
                 "Abstract Views 2,310", "Downloads 95", "Rank 88,120", "Download This Paper",
                 "Open PDF in Browser", "Add Paper to My Library"):
        assert is_chrome(line), line
    for line in ("Share of remittances in GDP", "Downloads and Uploads: A History of File Sharing",
                 "Rank and File: Labour Unions in Kazakhstan"):
        assert not is_chrome(line), line


def test_an_apa_book_title_runs_on_over_its_commas_to_the_edition():
    text = ("References\n\nGleason, G. (2003). Markets and politics in Central Asia: Structural reform in Eastern Europe, "
            "Russia, the Caucasus, and Mongolia (2nd ed.). Routledge.\n")
    (book,) = parse_page(text).items
    assert book["type"] == "book" and "container-title" not in book and book["edition"] == "2"
    assert book["title"] == ("Markets and politics in Central Asia: Structural reform in Eastern Europe, "
                             "Russia, the Caucasus, and Mongolia")


def test_a_note_sending_to_a_paper_of_a_day_in_the_notes_language_is_a_work():
    text = ("Notes\n\n1. Voir l’entretien du ministre des Affaires étrangères, Le Figaro, 3 mars 2004.\n\n"
            "2. Vgl. die Rede des Präsidenten, Neues Deutschland, 7. Oktober 1989.\n")
    french, german = parse_page(text).items
    assert not french["custom"].get("pointer") and french["issued"] == {"date-parts": [[2004, 3, 3]]}
    assert not german["custom"].get("pointer") and german["issued"] == {"date-parts": [[1989, 10, 7]]}


def test_a_note_giving_an_official_documents_symbol_is_a_work():
    text = "Notes\n\n1. Décision du Conseil des droits de l’homme relative au Kirghizstan, A/HRC/DEC/47/115.\n"
    (decision,) = parse_page(text).items
    assert not decision["custom"].get("commentary") and decision["number"] == "A/HRC/DEC/47/115"


def test_two_known_places_joined_open_a_french_notes_imprint():
    text = ("Notes\n\n1. Laurent Chamontin, L’empire sans limites. Pouvoir et société dans le monde russe, "
            "Paris et New York, Routledge, 2014.\n")
    (book,) = parse_page(text).items
    assert (book["publisher-place"], book["publisher"]) == ("Paris et New York", "Routledge")


def test_a_numbered_document_named_with_its_day_is_issued_that_day():
    text = ("Notes\n\n1. UN General Assembly Resolution 68/262 of 27 March 2014, “Territorial integrity of Ukraine”, "
            "A/RES/68/262.\n\n2. Résolution 2231 du Conseil de sécurité des Nations unies du 20 juillet 2015, "
            "« Non-prolifération », S/RES/2231.\n")
    ukraine, iran = parse_page(text).items
    assert (ukraine["number"], ukraine["issued"]) == ("A/RES/68/262", {"date-parts": [[2014, 3, 27]]})
    assert (iran["number"], iran["issued"]) == ("S/RES/2231", {"date-parts": [[2015, 7, 20]]})

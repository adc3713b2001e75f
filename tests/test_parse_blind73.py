"""Rules added for the 73rd blind batch (references pasted from Cite boxes and reference managers)."""
from cslbridge.parse.fields import parse_references


def _one(text):
    return parse_references([text])[0]


def test_short_number_before_the_bracketed_year_is_the_volume():
    """Chicago's and Google Scholar's "Journal 199 (2021): 111342.": the number between the journal and its bracketed
    year is the volume (the tagger had taken "198"/"199" for a year's head and the pair went to note)."""
    item = _one("Lindqvist, Maria. “Urban Heat and Mortality in Stockholm.” Environmental Research 199 (2021): 111342.")
    assert (item["volume"], item["page"], item["issued"]) == ("199", "111342", {"date-parts": [[2021]]})
    assert "note" not in item



def test_month_in_the_issue_bracket_dates_the_article():
    """Zotero's Chicago author-date prints the month where no issue number is: "Water Policy 20 (October): 1021–38." is
    volume 20 dated October 2018 (the pair had gone to note), and "55 (March): 45–57." has no issue "March"."""
    item = _one("Holm, Sara. 2018. “Informal Water Vendors in Lima.” Water Policy 20 (October): 1021–38.")
    assert (item["volume"], item["issued"], item["page"]) == ("20", {"date-parts": [[2018, 10]]}, "1021-38")
    assert "note" not in item
    item = _one("Holm, Sara, and Diego Ramos. 2019. “Informal Water Vendors in Lima.” Journal of Development Studies "
                "55 (March): 45–57.")
    assert (item["volume"], item["issued"]) == ("55", {"date-parts": [[2019, 3]]})
    assert "issue" not in item


def test_month_and_year_bracket_after_the_volume():
    """Chicago's "Journal 20 (October 2018): 1021–38.": the number before the month's bracket is the volume (the tagger
    had read it as a date's head and the three words went to note)."""
    item = _one("Holm, Sara. “Informal Water Vendors in Lima.” Water Policy 20 (October 2018): 1021–38.")
    assert (item["volume"], item["issued"], item["page"]) == ("20", {"date-parts": [[2018, 10]]}, "1021-38")
    assert "note" not in item


def test_article_number_after_the_date_bracket_is_the_page():
    """Google Scholar's MLA "Geophysical Research Letters 48.12 (2021): e2021GL093412.": the article number of letters
    and digits after the date's colon is the page (it had run into the journal's name)."""
    item = _one('Mbeki, Thandi. "Drought and maize yields in Limpopo." Geophysical Research Letters 48.12 (2021): '
                'e2021GL093412.')
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == \
        ("Geophysical Research Letters", "48", "12", "e2021GL093412")


def test_no_pagination_mark_is_not_the_journals():
    """Semantic Scholar's MLA "Journal of Urban Climate 14.2 (2010): n. pag.": MLA 7's mark for no page numbers is read
    as "n.d." is, left out (it had run into the journal's name)."""
    item = _one("Okafor, Chinedu, and Ryo Nakashima. “Thermal Comfort in Lagos Markets.” Journal of Urban Climate 14.2 "
                "(2010): n. pag.")
    assert (item["container-title"], item["volume"], item["issue"]) == ("Journal of Urban Climate", "14", "2")
    assert "page" not in item and "note" not in item
    assert item["custom"]["source"].endswith("(2010): n. pag.")


def test_site_named_before_the_link_is_the_web_pages_container():
    """Word's References tool (APA 6) closes a web page with "Retrieved from Site: URL": the site is the page's
    container (it had stayed in note)."""
    item = _one("Harris, M. (2014, June 3). How to plant a rain garden. Retrieved from Gardening Know How: "
                "https://www.gardeningknowhow.com/special/rain-gardens.htm")
    assert (item["type"], item["container-title"]) == ("webpage", "Gardening Know How")
    assert "note" not in item


def test_preservation_archive_from_crossrefs_formatter_is_the_archive():
    """Crossref's "cite as" APA prints the record's archive before the DOI, "Water Resources Research, 56(8). Portico.
    https://doi.org/...": the preservation service is the item's archive (it had stayed in note)."""
    item = _one("Sato, K., & Lindholm, P. (2020). Snowmelt Timing and Spring Floods in Hokkaido. Water Resources "
                "Research, 56(8). Portico. https://doi.org/10.1029/2019wr026789")
    assert (item["archive"], item["volume"], item["issue"]) == ("Portico", "56", "8")
    assert "note" not in item


def test_google_scholars_glued_in_opens_the_book():
    """Google Scholar's Vancouver form glues "In" to the book or proceedings: "Title. InICASSP 2019-2019 IEEE ...
    (ICASSP) 2019 May 12 (pp. 2257-2261). IEEE." is a paper in those proceedings (the glued word had run the title
    on); a title opening with such a word ("InSAR monitoring ...") keeps it."""
    item = _one("Sato K, Brennan T. Keyword spotting on microcontrollers. InICASSP 2019-2019 IEEE International "
                "Conference on Acoustics, Speech and Signal Processing (ICASSP) 2019 May 12 (pp. 2257-2261). IEEE.")
    assert (item["type"], item["title"], item["page"]) == \
        ("paper-conference", "Keyword spotting on microcontrollers", "2257-2261")
    assert item["container-title"].startswith("ICASSP 2019-2019 IEEE International Conference")
    item = _one("Kumar R, Osei A. Federated learning for clinical text classification. InProceedings of the AAAI "
                "Conference on Artificial Intelligence 2021 May 18.")
    assert item["container-title"] == "Proceedings of the AAAI Conference on Artificial Intelligence"
    item = _one("Holm S. InSAR monitoring of subsidence. In: Berglund E, editor. Water governance. London: Routledge; "
                "2017 (pp. 101-24).")
    assert item["title"] == "InSAR monitoring of subsidence"


def test_zoteros_library_catalog_before_the_link_is_the_source():
    """Zotero's MLA prints the item's Library Catalog as a second container before the link: "pp. 1590–94. Semantic
    Scholar, https://doi.org/...", "DOI.org (Crossref), ..." is the item's source (it had stayed in note, or half of
    it)."""
    item = _one("Sato, Kenji, and Thomas Brennan. “Keyword Spotting on Microcontrollers.” IEEE Signal Processing Letters, "
                "vol. 27, 2020, pp. 1590–94. DOI.org (Crossref), https://doi.org/10.1109/LSP.2020.3017842.")
    assert (item["source"], item["DOI"], item["page"]) == ("DOI.org (Crossref)", "10.1109/LSP.2020.3017842", "1590-94")
    assert "note" not in item


def test_publisher_after_the_journals_stop_is_the_publisher():
    """Mendeley's Harvard (Cite Them Right) prints the journal's publisher after its name: "International Migration
    Review. SAGE Publications, 54(2), pp. 512–538." has the journal and its publisher apart (they had been one name);
    "The Lancet. Global health, 9(3)" is one journal."""
    item = _one("Ramos, D. and Watanabe, K. (2020) “Migration Networks and Remittance Flows in Central America,” "
                "International Migration Review. SAGE Publications, 54(2), pp. 512–538. "
                "Available at: https://doi.org/10.1177/0197918319849011.")
    assert (item["container-title"], item["publisher"], item["volume"]) == \
        ("International Migration Review", "SAGE Publications", "54")
    item = _one("Okafor, C. (2021) ‘Deworming and anaemia’, The Lancet. Global health, 9(3), pp. e312–e321.")
    assert item["container-title"] == "The Lancet. Global health" and "publisher" not in item


def test_name_after_the_page_ranges_stop_is_no_page():
    """Crossref's "cite as" APA "Economy, 46(160), 245–262. CLOCKSS. https://doi.org/...": the archive's name after the
    pages' stop is no page (it had run into them); the preservation service is the archive."""
    item = _one("Ilunga, M. (2019). Mining Royalties and Local Development in Katanga. Review of African Political "
                "Economy, 46(160), 245–262. CLOCKSS. https://doi.org/10.1080/03056244.2019.1631141")
    assert (item["page"], item["archive"]) == ("245-262", "CLOCKSS")

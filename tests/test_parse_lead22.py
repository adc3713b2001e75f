"""Lists pasted by hand at stop 22: a UK student's Harvard (Cite Them Right) list, Chicago notes in Soviet
history, Citing Medicine's software and imprints."""

import pytest

from cslbridge.parse.fields import parse_reference


def _has(item: dict, expected: dict) -> None:
    for key, value in expected.items():
        assert item.get(key) == value, (key, item)


@pytest.mark.parametrize("text,expected", [
    # a work about interviews is no interview: the book kept its publisher, the paper online is a page
    ("Kvale, S. and Brinkmann, S. (2015) InterViews: learning the craft of qualitative research interviewing. "
     "3rd edn. Thousand Oaks, CA: Sage.",
     {"type": "book", "title": "InterViews: learning the craft of qualitative research interviewing",
      "publisher": "Sage", "publisher-place": "Thousand Oaks, CA", "edition": "3"}),
    ("Baker, S. and Edwards, R. (2012) How many qualitative interviews is enough? [Online]. Available at: "
     "http://eprints.ncrm.ac.uk/2273/ (Accessed: 14 March 2021).",
     {"type": "webpage", "title": "How many qualitative interviews is enough?"}),
    ("Rubin, H.J. and Rubin, I.S. (2012) Qualitative interviewing: the art of hearing data. 3rd edn. "
     "Los Angeles: Sage.",
     {"type": "book", "publisher": "Sage", "edition": "3"}),
])
def test_a_title_about_interviews_is_not_an_interview(text, expected):
    _has(parse_reference(text), expected)


@pytest.mark.parametrize("text", [
    "Interview with Dmitri Danilov, Head of the European Security Department, Moscow, 13 August 2012.",
    "Author's telephone interview with a senior diplomat, Astana, 4 May 2019.",
    "Sergei Lavrov, ‘Interview to Kommersant’, 12 March 2015, available at: https://www.mid.ru/en/1, accessed "
    "2 April 2015.",
    "Interviews conducted by the author in Bishkek, June 2019.",
])
def test_interviews_named_as_such_stay_interviews(text):
    assert parse_reference(text)["type"] == "interview"


@pytest.mark.parametrize("text,page", [
    ("\"O natsional'nom razmezhevanii Srednei Azii,\" Pravda, 17 October 1924, 2.", "2"),
    ("\"Reform at last,\" Time, June 5, 1997, 34.", "34"),
])
def test_a_number_after_a_papers_day_is_its_page(text, page):
    item = parse_reference(text)
    assert item["page"] == page and "volume" not in item
    assert item["type"] == "article-newspaper"


@pytest.mark.parametrize("text,expected", [
    ("Epi Info [computer program]. Version 7.2. Atlanta (GA): Centers for Disease Control and Prevention; 2016.",
     {"type": "software", "title": "Epi Info", "version": "7.2", "publisher-place": "Atlanta (GA)",
      "publisher": "Centers for Disease Control and Prevention"}),
    ("SPSS for Windows [computer program]. Chicago (IL): SPSS Inc.; 2008.",
     {"type": "software", "title": "SPSS for Windows", "publisher": "SPSS Inc.", "publisher-place": "Chicago (IL)"}),
    ("Stata Statistical Software: Release 15 [computer program]. College Station (TX): StataCorp LLC; 2017.",
     {"type": "software", "title": "Stata Statistical Software: Release 15", "publisher": "StataCorp LLC",
      "publisher-place": "College Station (TX)"}),
])
def test_citing_medicine_software_opens_with_its_title(text, expected):
    item = parse_reference(text)
    _has(item, expected)
    assert "author" not in item


def test_a_page_left_with_a_lone_link_gives_one_valid_item():
    """Found by the page-fragment property test: the one token left was read as a citation number, and the rule
    for Elsevier's numbered body looked for the word after it."""
    from cslbridge.parse import parse_page
    from cslbridge.items import validate

    result = parse_page("<!--<p><a href='http://x.org/a'>Link</a><!--", "fuzz", page=False)
    assert [item["URL"] for item in result.items] == ["http://x.org/a"]
    assert all(validate(item) == [] for item in result.items)


@pytest.mark.parametrize("text,expected", [
    # the semicolon closes a book's title before its "Publisher: Place": the title's last comma parts were the publisher
    ("Dukhovny, V.A.; de Schutter, J. Water in Central Asia: Past, Present, Future; CRC Press: London, UK, 2011.",
     {"type": "book", "title": "Water in Central Asia: Past, Present, Future", "publisher": "CRC Press",
      "publisher-place": "London, UK"}),
    # the series between the title and the imprint, each closed by a semicolon
    ("Zhiltsov, S.S.; Zonn, I.S.; Kostianoy, A.G. (Eds.) Water Resources in Central Asia: International Context; "
     "The Handbook of Environmental Chemistry; Springer: Cham, Switzerland, 2018; Volume 85.",
     {"type": "book", "title": "Water Resources in Central Asia: International Context",
      "collection-title": "The Handbook of Environmental Chemistry", "publisher": "Springer", "volume": "85"}),
    # an ISO 4 abbreviation opening the journal after the title's stop was left at the title's end
    ("Karimov, A.; Rahmonov, B. Salinity of irrigated soils in the Fergana Valley, Uzbekistan. Agric. Water Manag. "
     "2019, 213, 1021–1030.",
     {"type": "article-journal", "title": "Salinity of irrigated soils in the Fergana Valley, Uzbekistan",
      "container-title": "Agric. Water Manag.", "volume": "213"}),
    ("Ortiz, D.; Lee, K. Glacier retreat in the Pamirs since 1990. Hydrol. Earth Syst. Sci. 2021, 25, 113–130.",
     {"type": "article-journal", "title": "Glacier retreat in the Pamirs since 1990",
      "container-title": "Hydrol. Earth Syst. Sci."}),
])
def test_mdpi_semicolons_and_iso4_journals(text, expected):
    _has(parse_reference(text), expected)


def test_a_gost_thesis_author_after_the_slash_still_spells_out_the_name():
    """The semicolon rule reads MDPI's attached ';', never GOST's spaced ' ; ' after the repeated author (read as
    the title's, the name after the slash had gone to note)."""
    item = parse_reference("Волков А. С. Налоговое стимулирование инноваций в регионах России : автореф. дис. ... "
                           "канд. экон. наук : 08.00.10 / Волков Андрей Сергеевич ; Рост. гос. экон. ун-т. "
                           "Ростов н/Д, 2016. 24 с.")
    assert item["author"] == [{"family": "Волков", "given": "Андрей Сергеевич"}] and "note" not in item


def test_a_quoted_name_after_a_documents_kind_and_number_is_its_title():
    """The quotation closes the title even after 'Resolution 71/222,', so the years inside it are the title's and
    the day after the symbol the date (the years were the date, the day a note)."""
    item = parse_reference("UN General Assembly, Resolution 71/222, ‘International Decade for Action “Water for "
                           "Sustainable Development”, 2018–2028’, A/RES/71/222, 21 December 2016.")
    assert item["title"].endswith("2018–2028’")
    assert item["issued"] == {"date-parts": [[2016, 12, 21]]}
    assert item["number"] == "A/RES/71/222" and "note" not in item


@pytest.mark.parametrize("text", [
    "World Bank, Key Issues for Consideration on the Proposed Rogun Hydropower Project (Washington, DC: World Bank, "
    "2014), 12–15, https://documents.worldbank.org/en/publication/documents-reports/documentdetail/123.",
    "World Bank (2022) Kazakhstan Poverty Assessment, Washington, DC: World Bank. "
    "https://openknowledge.worldbank.org/handle/10986/37012 [accessed 14.05.2022].",
])
def test_a_body_publishing_its_own_paper_online_issued_a_report(text):
    """With its link too: a body's name as publisher made it a document before the own-paper rule was reached."""
    assert parse_reference(text)["type"] == "report"


@pytest.mark.parametrize("text,journal", [
    ("Zhou, X., & Kim, S. (2021). Cultural differences in emotion suppression. Emotion. Advance online publication. "
     "https://doi.org/10.1037/emo0001012", "Emotion"),
    ("Ortiz, D. (2024). Sleep and memory in adolescence. Sleep. Advance online publication. "
     "https://doi.org/10.1093/sleep/zsad001", "Sleep"),
])
def test_a_one_word_journal_before_advance_online_publication(text, journal):
    """APA's online-first article: the title had run on over the one-word journal ('... suppression. Emotion.')."""
    item = parse_reference(text)
    assert item["container-title"] == journal and item["type"] == "article-journal"
    assert item["title"] in text and journal not in item["title"].split()[-1:]


@pytest.mark.parametrize("text,expected", [
    # the volume's own title holds its years: they were the pages of an article in "Stalin. Paradoxes of Power"
    ("Kotkin, Stephen. Stalin. Vol. 1, Paradoxes of Power, 1878–1928. New York: Penguin Press, 2014.",
     {"type": "book", "title": "Stalin", "volume": "1", "volume-title": "Paradoxes of Power, 1878–1928",
      "publisher": "Penguin Press"}),
    # an edited work's volume was a chapter titled by the volume's own title
    ("Suny, Ronald Grigor, ed. The Cambridge History of Russia. Vol. 3, The Twentieth Century. Cambridge: Cambridge "
     "University Press, 2006.",
     {"type": "book", "title": "The Cambridge History of Russia", "volume": "3", "volume-title": "The Twentieth Century",
      "editor": [{"family": "Suny", "given": "Ronald Grigor"}]}),
])
def test_chicago_volume_of_a_work_in_volumes(text, expected):
    item = parse_reference(text)
    _has(item, expected)
    assert not {"page", "container-title"} & set(item)


def test_a_us_code_section_is_read_not_a_crash():
    """The statute grammar matched a code section with no title, and the treaty check asked for its title: the whole
    list it was in ended in a traceback."""
    item = parse_reference("50 U.S.C. § 1541 (2018).")
    assert item["type"] == "legislation" and item["section"] == "1541" and item["container-title"] == "U.S.C."
    assert "error" not in item["custom"]


def test_a_fault_in_one_reference_keeps_the_others(monkeypatch):
    from cslbridge.parse import fields

    real = fields._parse_as_typed

    def faulty(text, tagger):
        if "Broken" in text:
            raise KeyError("title")
        return real(text, tagger)

    monkeypatch.setattr(fields, "_parse_as_typed", faulty)
    items = fields.parse_references(["Smith J. Regions. London, Routledge, 2001, 200 p.", "Broken entry, 2001.",
                                     "Jones K. Ports. Moscow, Nauka Publ., 2003, 100 p."])
    assert [item.get("title") for item in items] == ["Regions", None, "Ports"]
    assert items[1]["note"] == "Broken entry, 2001." and items[1]["custom"]["review"] is True
    assert items[1]["custom"]["error"] == "KeyError: 'title'"


def test_a_short_reference_with_no_word_is_still_text(tmp_path):
    """'50 U.S.C. § 1541 (2018).' alone has no word of two letters: it was refused as binary data."""
    from cslbridge.parse import _looks_like_text

    assert _looks_like_text("50 U.S.C. § 1541 (2018).\n")
    assert not _looks_like_text("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)


@pytest.mark.parametrize("text,expected", [
    # a restatement's body and year in the bracket after its section was read as an author-date pointer: the work lost
    ("Restatement (Fourth) of the Foreign Relations Law of the United States § 305 (Am. L. Inst. 2018).",
     {"type": "book", "title": "Restatement (Fourth) of the Foreign Relations Law of the United States",
      "section": "305", "publisher": "Am. L. Inst.", "issued": {"date-parts": [[2018]]}}),
    ("Model Penal Code § 2.02 (Am. L. Inst. 1962).",
     {"type": "book", "title": "Model Penal Code", "section": "2.02", "publisher": "Am. L. Inst."}),
    # the hour a post went up: volume 9, pages "00 AM"
    ("Jack Goldsmith, The Cheney Defense Doctrine, Lawfare (Nov. 21, 2019, 9:00 AM), "
     "https://www.lawfareblog.com/cheney-defense-doctrine.",
     {"title": "The Cheney Defense Doctrine", "container-title": "Lawfare",
      "issued": {"date-parts": [[2019, 11, 21]]}, "note": "9:00 AM"}),
])
def test_bluebook_restatements_and_blog_posts(text, expected):
    from cslbridge.parse.entries import REFERENCE, classify

    assert classify(text) == REFERENCE
    item = parse_reference(text)
    _has(item, expected)
    assert not {"volume", "page"} & set(item)

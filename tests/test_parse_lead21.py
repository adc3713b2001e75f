"""Lists pasted by hand at stop 21: OSCOLA footnotes (cases with pinpoints and parallel reports, the EU Court,
the Official Journal, UK official papers, foreign cases)."""

import pytest

from cslbridge.parse import parse_page
from cslbridge.parse.entries import POINTER, REFERENCE, classify
from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text,expected,note", [
    # the pinpoint after the court ("(HL) 580") left the grammar unmatched: an article in the journal "AC"
    ("Donoghue v Stevenson [1932] AC 562 (HL) 580.",
     {"type": "legal_case", "title": "Donoghue v Stevenson", "container-title": "AC", "page": "562", "authority": "HL"},
     "at 580"),
    # a neutral citation with the report that printed it and a paragraph pinpoint: "R" was an author
    ("R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61 [82].",
     {"type": "legal_case", "title": "R (Miller) v Secretary of State for Exiting the European Union",
      "authority": "UKSC", "number": "5"}, "[2018] AC 61\nat [82]"),
    ("Bramwell v Northern Rail Ltd [2021] EWCA Civ 1187 [45].",
     {"type": "legal_case", "title": "Bramwell v Northern Rail Ltd", "authority": "EWCA Civ", "number": "1187"},
     "at [45]"),
    # a US case as OSCOLA cites it, no comma before the report
    ("Brown v Board of Education of Topeka 347 US 483, 495 (1954).",
     {"type": "legal_case", "title": "Brown v Board of Education of Topeka", "volume": "347",
      "container-title": "US", "page": "483"}, "at 495"),
    # the EU Court's case by its number: a bare document, or titled "1964"
    ("Case C-6/64 Flaminio Costa v ENEL [1964] ECR 585.",
     {"type": "legal_case", "number": "C-6/64", "title": "Flaminio Costa v ENEL", "container-title": "ECR",
      "page": "585"}, None),
    ("Case 26/62 Van Gend en Loos [1963] ECR 1.",
     {"type": "legal_case", "number": "26/62", "title": "Van Gend en Loos", "container-title": "ECR", "page": "1"},
     None),
    # an act or treaty in the Official Journal: everything was in the note
    ("Consolidated Version of the Treaty on European Union [2008] OJ C115/13, art 6.",
     {"type": "treaty", "title": "Consolidated Version of the Treaty on European Union", "container-title": "OJ C115",
      "page": "13"}, "art 6"),
    ("Council Directive 93/13/EEC on unfair terms in consumer contracts [1993] OJ L95/29.",
     {"type": "legislation", "title": "Council Directive 93/13/EEC on unfair terms in consumer contracts",
      "container-title": "OJ L95", "page": "29"}, None),
    # a UK official paper in its series: an article in the journal "Services (Law Com"
    ("Law Commission, Reforming the Law of Taxi and Private Hire Services (Law Com No 347, 2014) para 3.12.",
     {"type": "report", "author": [{"literal": "Law Commission"}],
      "title": "Reforming the Law of Taxi and Private Hire Services", "genre": "Law Com", "number": "347"},
     "at para 3.12"),
    ("Home Office, Immigration Rules (HC 395, 1994).",
     {"type": "report", "author": [{"literal": "Home Office"}], "title": "Immigration Rules", "genre": "HC",
      "number": "395"}, None),
])
def test_oscola_footnote_citations(text, expected, note):
    item = parse_reference(text)
    assert {k: item.get(k) for k in expected} == expected
    assert "issued" in item
    assert item.get("note") == note


def test_one_oscola_citation_pasted_alone_is_a_reference():
    # a law report's citation was no evidence of a reference: "no references found"
    for text in ("Donoghue v Stevenson [1932] AC 562 (HL) 580.", "Marbury v Madison 5 US 137 (1803).",
                 "Department for Education, Schools that Work for Everyone (Cm 9302, 2016) ch 3."):
        result = parse_page(text)
        assert [item["type"] for item in result.items] in (["legal_case"], ["report"]), text


def test_see_eg_opens_a_new_work_not_a_pointer():
    # OSCOLA writes "eg" without stops: the case after it was a pointer to the note above
    text = "\n".join([
        "5 Jeremy Waldron, 'The Core of the Case Against Judicial Review' (2006) 115 Yale LJ 1346, 1350.",
        "6 See, eg, Marbury v Madison 5 US 137 (1803).",
    ])
    items = parse_page(text).items
    assert not items[1].get("custom", {}).get("pointer")
    assert (items[1]["type"], items[1]["title"]) == ("legal_case", "Marbury v Madison")


def test_a_bibliography_s_subheadings_are_no_entries():
    # A history book's bibliography in parts: "Primary Sources" became a book published by "Primary Sources",
    # "Archives" the author of the archives below it, and "Published Sources" and "Secondary Sources" ran into the
    # names of the first entry under them ("Secondary Sources. Carley").
    text = "\n".join([
        "Bibliography", "", "Primary Sources", "", "Archives",
        "Gosudarstvennyi arkhiv Rossiiskoi Federatsii (GARF), Moscow.",
        "National Archives of the United Kingdom, Kew (TNA).", "",
        "Newspapers", "Izvestiia, 1935–1941.", "The Times (London), 1939.", "",
        "Published Sources",
        "Maisky, Ivan. The Maisky Diaries. Edited by Gabriel Gorodetsky. New Haven: Yale University Press, 2015.",
        "Dokumenty vneshnei politiki SSSR. Vol. 22, bk. 1. Moscow: Mezhdunarodnye otnosheniia, 1992.", "",
        "Secondary Sources",
        "Haslam, Jonathan. The Soviet Union and the Struggle for Collective Security in Europe, 1933–39. London: "
        "Macmillan, 1984.",
        "Roberts, Geoffrey. \"The Soviet Decision for a Pact with Nazi Germany.\" Soviet Studies 44, no. 1 (1992): 57–78.",
    ])
    items = parse_page(text).items
    assert [item["custom"]["source"].split(",")[0] for item in items] == [
        "Gosudarstvennyi arkhiv Rossiiskoi Federatsii (GARF)", "National Archives of the United Kingdom",
        "Izvestiia", "The Times (London)", "Maisky", "Dokumenty vneshnei politiki SSSR. Vol. 22", "Haslam", "Roberts"]
    assert [name["family"] for name in items[4]["author"]] == ["Maisky"]


def test_a_wrapped_entry_s_line_is_no_subheading():
    # a line naming a kind of source inside an entry that has not ended goes on with it
    text = "\n".join([
        "Kidd, Colin. British Identities before Nationalism. Cambridge Studies in Early Modern",
        "British Historical Studies",
        "Cambridge: Cambridge University Press, 1999.",
        "Haslam, Jonathan. The Soviet Union and the Struggle for Collective Security. London: Macmillan, 1984.",
    ])
    items = parse_page(text).items
    assert len(items) == 2 and "British Historical Studies" in items[0]["custom"]["source"]


def test_a_title_opening_with_a_year_and_colon_keeps_it():
    item = parse_reference("Carley, Michael Jabara. 1939: The Alliance That Never Was and the Coming of World War II. "
                           "Chicago: Ivan R. Dee, 1999.")
    assert item["title"] == "1939: The Alliance That Never Was and the Coming of World War II"
    assert item["issued"] == {"date-parts": [[1999]]} and "note" not in item
    # German author-date brackets its year before the colon: that year is the date
    item = parse_reference("Müller, Hans (2004): Die Stadt. Berlin: Suhrkamp.")
    assert (item["title"], item["issued"]) == ("Die Stadt", {"date-parts": [[2004]]})


def test_a_chicago_book_pasted_alone_whose_publisher_has_initials_is_found():
    # "Chicago: Ivan R. Dee, 1999" was no imprint (the initial's stop ended it), and two given names no author:
    # the one line was "no references found"
    for text in ("Carley, Michael Jabara. 1939: The Alliance That Never Was. Chicago: Ivan R. Dee, 1999.",
                 "Olcott, Martha Brill. Central Asia's New States. Washington: M. E. Sharpe, 1996."):
        assert [item["type"] for item in parse_page(text).items] == ["book"], text


def test_apa_title_with_a_quoted_phrase_leaves_the_journal_its_name():
    # the quoted phrase ran the title on into the journal's name: a "document" titled "... heartland. Palgrave
    # Communications"
    item = parse_reference("Chen, X., & Fazilov, F. (2018). Re-centering Central Asia: China's \"New Great Game\" in "
                           "the old Eurasian heartland. Palgrave Communications, 4(1), Article 71. "
                           "https://doi.org/10.1057/s41599-018-0125-5")
    assert item["type"] == "article-journal"
    assert item["title"] == "Re-centering Central Asia: China's \"New Great Game\" in the old Eurasian heartland"
    assert (item["container-title"], item["volume"], item["issue"]) == ("Palgrave Communications", "4", "1")


@pytest.mark.parametrize("text", [
    "Virginia Woolf, A Room of One’s Own (London: Hogarth Press, 1929; repr. Harmondsworth: Penguin, 1945), p. 48.",
    "Woolf, Virginia. A Room of One’s Own. London: Hogarth Press, 1929. Reprint, Harmondsworth: Penguin, 1945.",
])
def test_a_reprint_cited_with_both_imprints(text):
    # MHRA's and Chicago's two imprints ran together: publisher "Hogarth Press, Penguin", place "London: Harmondsworth",
    # the title "A Room of One’s Own repr", the reprint's year in note
    item = parse_reference(text)
    assert item["title"] == "A Room of One’s Own"
    assert (item["publisher"], item["publisher-place"], item["issued"]) == (
        "Penguin", "Harmondsworth", {"date-parts": [[1945]]})
    assert (item["original-publisher"], item["original-publisher-place"], item["original-date"]) == (
        "Hogarth Press", "London", {"date-parts": [[1929]]})
    assert "1945" not in item.get("note", "")


def test_mhra_edited_text_in_its_series():
    # "ed. by Stephen Orgel, The Oxford Shakespeare" was part of the title
    item = parse_reference("William Shakespeare, The Tempest, ed. by Stephen Orgel, The Oxford Shakespeare (Oxford: "
                           "Oxford University Press, 1987), p. 12.")
    assert item["title"] == "The Tempest"
    assert item["editor"] == [{"family": "Orgel", "given": "Stephen"}]
    assert item["collection-title"] == "The Oxford Shakespeare"


def test_manuscripts_cited_by_repository_and_shelfmark():
    # a repository first, then the shelfmark and folios, no title: "British Library, Add" was an author in the
    # journal "MS"; the Bodleian's "fols 3r–5v" (no stop) stayed in the shelfmark; the National Archives' piece was
    # the author's comment (no evidence of a reference)
    text = "\n".join(["Notes", "1 British Library, Add. MS 5016, fol. 12r.",
                      "2 Bodleian Library, MS Ashmole 1504, fols 3r–5v.",
                      "3 London, British Library, Cotton MS Vitellius A XV, fol. 132r.",
                      "4 The National Archives (Kew), FO 371/188543."])
    items = parse_page(text).items
    assert [(i["type"], i.get("archive"), i.get("archive_location"), i.get("page")) for i in items] == [
        ("manuscript", "British Library", "Add. MS 5016", "12r"),
        ("manuscript", "Bodleian Library", "MS Ashmole 1504", "3r-5v"),
        ("manuscript", "British Library", "Cotton MS Vitellius A XV", "132r"),
        ("manuscript", "The National Archives (Kew)", "FO 371/188543", None)]
    assert items[2]["archive-place"] == "London"


def test_gbt_family_names_in_capitals_and_a_chapter_after_its_mark():
    # "LI Na" and "WU Fulong" were read as Vancouver's initials after a family name (family "Na", given "LI")
    item = parse_reference("[1] ZHANG Wei, LI Na, WANG Qiang. Spatial distribution of rural settlements in the Loess "
                           "Plateau[J]. Acta Geographica Sinica, 2019, 74(3): 523-538.")
    assert [(n["family"], n["given"]) for n in item["author"]] == [("ZHANG", "Wei"), ("LI", "Na"), ("WANG", "Qiang")]
    # "[M]//Smith J, ed. Book.": a chapter whose book's editors had been part of the book's title
    item = parse_reference("[7] WU Fulong. Planning for growth: Urban and regional planning in China[M]//Smith J, ed. "
                           "Planning in Asia. London: Routledge, 2015: 45-67.")
    assert item["type"] == "chapter"
    assert [(n["family"], n["given"]) for n in item["author"]] == [("WU", "Fulong")]
    assert item["editor"] == [{"family": "Smith", "given": "J."}]
    assert (item["container-title"], item["page"]) == ("Planning in Asia", "45-67")


def test_contributors_signing_together_are_one_body():
    # "PyTorch Contributors" was a person (given "PyTorch", family "Contributors")
    item = parse_reference('[6] PyTorch Contributors. "PyTorch documentation." PyTorch.org. Accessed: Mar. 3, 2024. '
                           '[Online]. Available: https://pytorch.org/docs/stable/index.html')
    assert item["author"] == [{"literal": "PyTorch Contributors"}]


@pytest.mark.parametrize("text", [
    "Voir aussi H. Rousso, Le Syndrome de Vichy de 1944 à nos jours, Paris, Seuil, 1987.",
    "Vgl. Hans-Ulrich Wehler, Deutsche Gesellschaftsgeschichte, Bd. 3: Von der „Deutschen Doppelrevolution“ bis zum "
    "Beginn des Ersten Weltkrieges 1849–1914, München 1995, S. 45.",
])
def test_a_year_inside_a_title_after_a_cue_is_no_citation(text):
    # the year in the title was read as an author-date citation ("Le Syndrome de Vichy de (1944)"), so the whole
    # work after "Voir aussi" / "Vgl." was a pointer
    assert classify(text) == REFERENCE
    assert classify("See Gëdeshi and Xhaferaj 2016 for an estimate of remittance flows by region.") == POINTER


def test_apa_report_series_bracket_leaves_the_title_its_last_words():
    # "technical report" closing the title was run into the bracket's series: title "Sea level rise", genre
    # "technical report (NOAA Technical Report)"
    item = parse_reference("National Oceanic and Atmospheric Administration. (2022). Sea level rise technical report "
                           "(NOAA Technical Report NOS 01). https://oceanservice.noaa.gov/hazards/sealevelrise/")
    assert (item["title"], item["genre"], item["number"]) == (
        "Sea level rise technical report", "NOAA Technical Report", "NOS 01")


def test_apa_podcast_episode_number_and_network():
    # the episode's "(No. 45)" stayed in the title and the network kept the entry's stop ("The Guardian.")
    item = parse_reference("Zhou, P. (Host). (2020, March 3). Rising seas (No. 45) [Audio podcast episode]. In Science "
                           "Weekly. The Guardian. https://www.theguardian.com/science/audio/2020/mar/03/rising-seas")
    assert (item["type"], item["title"], item["number"]) == ("broadcast", "Rising seas", "45")
    assert (item["container-title"], item["publisher"]) == ("Science Weekly", "The Guardian")


def test_an_unpublished_paper_is_a_manuscript():
    # the AEA's '"Title." Unpublished.' was a document whose medium was "Unpublished"
    item = parse_reference('Mian, Atif, and Amir Sufi. 2018. "Finance and Business Cycles: The Credit-Driven Household '
                           'Demand Channel." Unpublished.')
    assert (item["type"], item["genre"]) == ("manuscript", "Unpublished")
    assert "medium" not in item


def test_citing_medicine_updated_and_cited_bracket():
    # "[updated 2022 Feb 1; cited 2023 Apr 2]" broke the page: title and imprint all in note, "Diabetes" the
    # body's last word
    item = parse_reference("Centers for Disease Control and Prevention. Diabetes Report Card 2021 [Internet]. Atlanta "
                           "(GA): CDC; 2022 [updated 2022 Feb 1; cited 2023 Apr 2]. Available from: "
                           "https://www.cdc.gov/diabetes/library/reports/reportcard.html")
    assert item["author"] == [{"literal": "Centers for Disease Control and Prevention"}]
    assert item["title"] == "Diabetes Report Card 2021"
    assert (item["publisher"], item["issued"], item["accessed"]) == (
        "CDC", {"date-parts": [[2022]]}, {"date-parts": [[2023, 4, 2]]})
    assert item["note"] == "updated 2022 Feb 1"


def test_aaa_works_listed_under_their_author_s_name():
    # the author on a line of its own, each work below opening with its year: the two works under "Rosaldo,
    # Renato" were one, a book titled with both titles in the journal "Representations"
    text = "\n".join([
        "References Cited", "",
        "Geertz, Clifford", "1973 The Interpretation of Cultures. New York: Basic Books.", "",
        "Rosaldo, Renato", "1989a Culture and Truth: The Remaking of Social Analysis. Boston: Beacon Press.",
        "1989b Imperialist Nostalgia. Representations 26:107–122.",
    ])
    items = parse_page(text).items
    assert [(i["author"][0]["family"], i["title"]) for i in items] == [
        ("Geertz", "The Interpretation of Cultures"),
        ("Rosaldo", "Culture and Truth: The Remaking of Social Analysis"), ("Rosaldo", "Imperialist Nostalgia")]
    assert (items[2]["container-title"], items[2]["volume"]) == ("Representations", "26")


def test_nature_list_pages_with_letters_and_a_chapter_cited_by_its_book():
    # "D523–D531 (2023)" was read as an author-date citation of "D531", so the whole numbered list became notes and
    # the body's article a pointer; Nature's "Proc. Natl Acad. Sci. USA" a conference paper published in "USA"; its
    # chapter cited by its book alone a book titled "in Protein Structure Prediction"
    text = "\n".join([
        "8. Kabsch, W. & Sander, C. Dictionary of protein secondary structure. Biopolymers 22, 2577–2637 (1983).",
        "9. The UniProt Consortium. UniProt: the universal protein knowledgebase in 2023. Nucleic Acids Res. 51, "
        "D523–D531 (2023).",
        "10. Rives, A. et al. Biological structure and function emerge from scaling unsupervised learning to 250 "
        "million protein sequences. Proc. Natl Acad. Sci. USA 118, e2016239118 (2021).",
        "11. Kryshtafovych, A. et al. in Protein Structure Prediction (ed. Kihara, D.) 1–22 (Springer, 2020).",
    ])
    items = parse_page(text).items
    assert not any(item["custom"].get("pointer") for item in items)
    assert (items[1]["author"], items[1]["container-title"]) == (
        [{"literal": "The UniProt Consortium"}], "Nucleic Acids Res.")
    assert (items[2]["type"], items[2]["container-title"]) == ("article-journal", "Proc. Natl Acad. Sci. USA")
    assert "publisher-place" not in items[2]
    assert (items[3]["type"], items[3]["container-title"], items[3]["editor"]) == (
        "chapter", "Protein Structure Prediction", [{"family": "Kihara", "given": "D."}])
    assert "title" not in items[3]


@pytest.mark.parametrize("text,publisher,series", [
    ("Shakespeare, William. Hamlet. Edited by Barbara A. Mowat and Paul Werstine, Simon & Schuster, 2012. Folger "
     "Shakespeare Library.", "Simon & Schuster", "Folger Shakespeare Library"),
    ("Said, Edward W. Orientalism. Vintage Books, 1994. Penguin Modern Classics.", "Vintage Books",
     "Penguin Modern Classics"),
])
def test_mla_series_after_the_imprint_s_year(text, publisher, series):
    # the series closing the entry had run into the publisher ("Simon & Schuster, Folger Shakespeare Library") or the
    # title ("Orientalism. Penguin Modern Classics")
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item["collection-title"]) == ("book", publisher, series)
    assert "." not in item["title"]


def test_mla_interview_by_its_interviewer():
    # "Interview by Claudia Brodsky Lacour" was the title of a journal article
    item = parse_reference("Morrison, Toni. Interview by Claudia Brodsky Lacour. The Paris Review, no. 128, 1993, "
                           "pp. 83–125.")
    assert item["type"] == "interview" and "title" not in item
    assert item["author"] == [{"family": "Morrison", "given": "Toni"}]
    assert item["interviewer"] == [{"family": "Lacour", "given": "Claudia Brodsky"}]
    assert (item["container-title"], item["issue"], item["page"]) == ("The Paris Review", "128", "83-125")


def test_elsevier_numbered_web_source_and_proceedings_publisher():
    # "NREL, Best Research-Cell Efficiency Chart, 2023." had no title (a person "Chart" beside NREL); the publisher's
    # acronym closing a proceedings' name stayed in the container ("..., Conference, IEEE")
    item = parse_reference("[6] NREL, Best Research-Cell Efficiency Chart, 2023. "
                           "https://www.nrel.gov/pv/cell-efficiency.html (accessed 10 January 2024).")
    assert (item["author"], item["title"]) == ([{"literal": "NREL"}], "Best Research-Cell Efficiency Chart")
    item = parse_reference("[4] J. Li, X. Wang, Y. Zhang, Performance of PV modules under dust, in: Proceedings of the "
                           "2019 IEEE 46th Photovoltaic Specialists Conference, IEEE, Chicago, 2019, pp. 1234–1238.")
    assert (item["container-title"], item["publisher"], item["publisher-place"]) == (
        "Proceedings of the 2019 IEEE 46th Photovoltaic Specialists Conference", "IEEE", "Chicago")


def test_a_note_read_after_its_number_alone_does_not_crash_the_quote_rule():
    # Found by the page-fragment property test: a numbered note the tagger read whole as prose is tagged again
    # without its number, and the quotation rule then asked the tagger (holding the shorter sequence) for the
    # second choice of the last word: "ValueError: The position, 9is out of range of 9"
    item = parse_reference("1. ‘Doc’, 5 May 2001; ‘Doc2’, 6 May 2002.1. Ibid.")
    assert item["custom"]["source"].startswith("1. ‘Doc’")
    result = parse_page("Smith J. Title. Journal, 2001, no. 3, pp. 5–9.<p>1. ‘Doc’, 5 May 2001; ‘Doc2’, 6 May "
                        "2002.1. Ibid.", "fuzz")
    assert len(result.items) >= 2

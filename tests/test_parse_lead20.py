"""Lists pasted by hand at stop 20: Springer's basic author-date style, Science's numbered notes, APA 7, Cite Them Right."""

import pytest

from cslbridge.parse import find_entries, parse_page
from cslbridge.parse.entries import REFERENCE, classify, clean
from cslbridge.parse.fields import parse_reference


def test_a_body_s_entries_among_springer_s_author_date_lines_start_entries():
    # Springer's basic style ends entries with no stop ("..., Geneva"); a body's line ("Eurostat (2021) ...")
    # was run into the entry above because only names with initials opened an entry.
    text = "\n".join([
        "Bishop CM (2006) Pattern recognition and machine learning. Springer, New York",
        "Breiman L (2001) Random forests. Mach Learn 45(1):5–32",
        "World Health Organization (2020) Coronavirus disease (COVID-19) situation report 51. WHO, Geneva",
        "Eurostat (2021) Energy statistics—an overview. https://ec.europa.eu/eurostat. Accessed 12 March 2021",
        "Goodfellow I, Bengio Y, Courville A (2016) Deep learning. MIT Press, Cambridge",
    ])
    entries, _, _ = find_entries(text)
    assert [e.text.split(" (")[0] for e in entries] == [
        "Bishop CM", "Breiman L", "World Health Organization", "Eurostat", "Goodfellow I, Bengio Y, Courville A"]


def test_a_bracket_keeps_a_report_s_title_out_of_its_series():
    # "... situation report 51" was read as a series (genre) and number, leaving the report with no title
    item = parse_reference("World Health Organization (2020) Coronavirus disease (COVID-19) situation report 51. WHO, "
                           "Geneva")
    assert item["type"] == "report"
    assert item["title"] == "Coronavirus disease (COVID-19) situation report 51"
    assert (item["publisher"], item["publisher-place"]) == ("WHO", "Geneva")
    assert "genre" not in item


def test_springer_s_imprint_after_the_book_title_in_a_chapter_or_paper():
    item = parse_reference("Vaswani A, Shazeer N, Parmar N et al (2017) Attention is all you need. In: Guyon I, "
                           "Luxburg UV, Bengio S et al (eds) Advances in neural information processing systems 30. "
                           "Curran Associates, Red Hook, pp 5998–6008")
    assert item["container-title"] == "Advances in neural information processing systems 30"
    assert (item["publisher"], item["publisher-place"]) == ("Curran Associates", "Red Hook")
    item = parse_reference("Chen T, Guestrin C (2016) XGBoost: a scalable tree boosting system. In: Proceedings of the "
                           "22nd ACM SIGKDD international conference on knowledge discovery and data mining. ACM, "
                           "pp 785–794")
    assert item["container-title"].endswith("knowledge discovery and data mining")
    assert item["publisher"] == "ACM" and item["page"] == "785-794"
    # a journal's or a proceedings' own abbreviations are no imprint
    item = parse_reference("Smith J (2019) A title. In: Proc. IEEE Int. Conf. Comput. Vis., pp 12–20")
    assert "publisher" not in item


def test_a_publisher_s_bracket_is_an_imprint_not_an_author_date_citation():
    # Science's "(Cambridge Univ. Press, 2021)" was read as a citation of "Cambridge Univ. Press (2021)", so the
    # whole note was a pointer and its work was lost to the note field
    text = ("Intergovernmental Panel on Climate Change, Climate Change 2021: The Physical Science Basis "
            "(Cambridge Univ. Press, 2021).")
    assert classify(text) == REFERENCE
    item = parse_reference(text)
    assert item["author"] == [{"literal": "Intergovernmental Panel on Climate Change"}]
    assert item["title"] == "Climate Change 2021: The Physical Science Basis"
    assert item["publisher"] == "Cambridge Univ. Press"


def test_apa_s_body_and_no_date_before_a_dictionary_entry():
    # the tagger read the whole as a note's prose; the rules then made "Merriam-Webster. (n.d.). Culture" the title
    item = parse_reference("Merriam-Webster. (n.d.). Culture. In Merriam-Webster.com dictionary. Retrieved March 3, "
                           "2021, from https://www.merriam-webster.com/dictionary/culture")
    assert item["type"] == "entry-dictionary"
    assert item["author"] == [{"literal": "Merriam-Webster"}]
    assert item["title"] == "Culture"
    assert item["container-title"] == "Merriam-Webster.com dictionary"
    assert "issued" not in item and item["accessed"] == {"date-parts": [[2021, 3, 3]]}


@pytest.mark.parametrize("text, expected", [
    ("Human Rights Act 1998.", {"title": "Human Rights Act 1998"}),
    ("Education Act 2002, c. 32.", {"title": "Education Act 2002", "number": "c. 32"}),
    ("Equality Act 2010, c. 15. Available at: https://www.legislation.gov.uk/ukpga/2010/15/contents (Accessed: 1 March "
     "2021).", {"title": "Equality Act 2010", "number": "c. 15",
                "URL": "https://www.legislation.gov.uk/ukpga/2010/15/contents",
                "accessed": {"date-parts": [[2021, 3, 1]]}}),
])
def test_a_uk_statute_cited_whole_in_a_harvard_list(text, expected):
    # "Human Rights Act 1998." was a pointer (an author-date citation of "Human Rights Act"); the chapter's form was
    # not found when pasted alone; with its link it was a web page titled "Equality Act" dated 2010
    assert classify(text) == REFERENCE
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert {key: item.get(key) for key in expected} == expected
    found, _, _ = find_entries(text)
    assert len(found) == 1


def test_a_sentence_about_a_statute_is_still_commentary():
    assert classify("The Human Rights Act 1998 was passed to bring rights home.") != REFERENCE


def test_vancouver_chapter_s_editors_before_the_role_word():
    item = parse_reference("Porter RJ, Meldrum BS. Antiepileptic drugs. In: Katzung BG, Trevor AJ, editors. Basic and "
                           "clinical pharmacology. 13th ed. New York: McGraw-Hill; 2015. p. 396-420.")
    assert item["type"] == "chapter"
    assert [(e["family"], e["given"]) for e in item["editor"]] == [("Katzung", "B.G."), ("Trevor", "A.J.")]
    assert item["container-title"] == "Basic and clinical pharmacology"
    assert (item["publisher"], item["page"], item["edition"]) == ("McGraw-Hill", "396-420", "13")


def test_citing_medicine_s_paper_presented_at_a_meeting():
    # "Paper presented at:" (with Citing Medicine's colon) was left in the container of a conference paper
    item = parse_reference("Smith J, Jones M. Telehealth in rural practice. Paper presented at: 15th Annual Rural Health "
                           "Conference; 2019 Apr 3-5; Denver, CO.")
    assert item["type"] == "speech"
    assert (item["genre"], item["event-title"]) == ("Paper", "15th Annual Rural Health Conference")
    assert item["issued"] == {"date-parts": [[2019, 4, 3], [2019, 4, 5]]}
    assert "container-title" not in item


@pytest.mark.parametrize("text, title, volume_title", [
    ("Kotkin, Stephen. Stalin. Vol. 1, Paradoxes of Power, 1878–1928. New York: Penguin, 2014.", "Stalin",
     "Paradoxes of Power, 1878–1928"),
    ("Caro, Robert A. The Years of Lyndon Johnson. Vol. 4, The Passage of Power. New York: Knopf, 2012.",
     "The Years of Lyndon Johnson", "The Passage of Power"),
    ("Kotkin, Stephen. Stalin: Paradoxes of Power, 1878–1928. Vol. 1. New York: Penguin, 2014.",
     "Stalin: Paradoxes of Power, 1878–1928", None),
])
def test_chicago_s_volume_of_a_multivolume_work(text, title, volume_title):
    # read as a journal article in the "journal" Stalin (or The Passage of Power), the volume's title in the publisher
    item = parse_reference(text)
    assert item["type"] == "book"
    assert (item["title"], item.get("volume-title"), item["volume"]) == (title, volume_title, text.split("Vol. ")[1][0])
    assert "container-title" not in item and "note" not in item
    assert item["publisher"] in ("Penguin", "Knopf")


def test_first_published_closing_a_reprint_is_the_original_date():
    item = parse_reference("Dostoevsky, Fyodor. The Brothers Karamazov. Translated by Richard Pevear and Larissa "
                           "Volokhonsky. New York: Farrar, Straus and Giroux, 2002. First published 1880.")
    assert item["original-date"] == {"date-parts": [[1880]]}
    assert item["issued"] == {"date-parts": [[2002]]} and "note" not in item


def test_wikipedia_s_reference_list_copied_as_text():
    text = "\n".join([
        "References",
        '^ a b c Frankopan, Peter (2015). The Silk Roads: A New History of the World. London: Bloomsbury. '
        'ISBN 978-1-4088-3997-3.',
        '^ Jump up to: a b "World Heritage List: Silk Roads". UNESCO World Heritage Centre. Retrieved 3 January 2024.',
        '^ "Population of Uzbekistan" (PDF). State Committee of the Republic of Uzbekistan on Statistics. 2021. '
        'Archived from the original (PDF) on 5 May 2021. Retrieved 1 June 2021.',
    ])
    entries, _, _ = find_entries(text)
    assert [clean(e.text)[:12] for e in entries] == ["Frankopan, P", '"World Herit', '"Population ']
    page = parse_reference(clean(entries[1].text))  # the back-links "Jump up to: a b" were the title's start
    assert (page["type"], page["title"]) == ("webpage", "World Heritage List: Silk Roads")
    assert page["container-title"] == "UNESCO World Heritage Centre"
    pdf = parse_reference(clean(entries[2].text))  # "(PDF)." opened the publisher
    assert (pdf["title"], pdf["medium"]) == ("Population of Uzbekistan", "PDF")
    assert pdf["publisher"] == "State Committee of the Republic of Uzbekistan on Statistics"
    assert "Archived from the original (PDF) on 5 May 2021." in pdf["note"]


def test_ieee_s_page_named_by_its_site_alone_is_its_title():
    item = parse_reference("PyTorch. Accessed: Jan. 5, 2023. [Online]. Available: https://pytorch.org")
    assert (item["type"], item["title"]) == ("webpage", "PyTorch") and "author" not in item
    # a body's own site keeps the body as its author
    item = parse_reference("Statistics Agency under the President of the Republic of Uzbekistan. Available at: "
                           "https://stat.uz/en/ (accessed 12 March 2024).")
    assert item["author"] == [{"literal": "Statistics Agency under the President of the Republic of Uzbekistan"}]


def test_ieee_s_publisher_before_town_state_and_country():
    item = parse_reference("[4] Cisco Annual Internet Report (2018–2023), Cisco, San Jose, CA, USA, Mar. 2020.")
    assert (item["publisher"], item["publisher-place"]) == ("Cisco", "San Jose, CA, USA")
    # a town the lists do not know, with its state and country, is all place
    item = parse_reference("[2] K. He and J. Sun, “Deep residual learning,” in Proc. IEEE Conf. Comput. Vis. Pattern "
                           "Recognit. (CVPR), Las Vegas, NV, USA, 2016, pp. 770–778.")
    assert item.get("publisher-place") == "Las Vegas, NV, USA" and "publisher" not in item


def test_a_short_note_whose_short_title_holds_a_comma_points_at_the_full_note():
    # "Cooley, Great Games, Local Rules, p. 52." was a new work by "Cooley, Great Games" titled "Local Rules"
    text = "\n".join([
        "Notes",
        "1. Alexander Cooley, Great Games, Local Rules: The New Great Power Contest in Central Asia (Oxford, Oxford "
        "University Press, 2012), p. 45.",
        "2. Sally N. Cummings, Understanding Central Asia: Politics and Contested Transformations (London, Routledge, "
        "2012).",
        "3. Cooley, Great Games, Local Rules, p. 52.",
    ])
    items = parse_page(text).items
    assert items[2]["custom"].get("pointer") is True
    assert items[2]["custom"]["target-ids"] == [items[0]["id"]]
    assert "author" not in items[2]


def test_apa_7_s_ellipsis_glyph_before_the_last_author_and_a_sici_doi():
    item = parse_reference(
        "Kalnay, E., Kanamitsu, M., Kistler, R., Collins, W., Deaven, D., Gandin, L., Iredell, M., Saha, S., White, G., "
        "Woollen, J., Zhu, Y., Chelliah, M., Ebisuzaki, W., Higgins, W., Janowiak, J., Mo, K. C., Ropelewski, C., "
        "Wang, J., Leetmaa, A., … Joseph, D. (1996). The NCEP/NCAR 40-year reanalysis project. Bulletin of the "
        "American Meteorological Society, 77(3), 437–471. https://doi.org/10.1175/1520-0477(1996)077<0437:TNYRP>2.0.CO;2")
    assert item["author"][-1] == {"family": "Joseph", "given": "D."}  # was "… Joseph"
    assert item["DOI"] == "10.1175/1520-0477(1996)077<0437:TNYRP>2.0.CO;2"  # was cut at "<"


@pytest.mark.parametrize("text, edition", [
    ("Piaget, J. (1969). The psychology of the child (H. Weaver, Trans.; 2nd ed.). Basic Books. (Original work "
     "published 1966)", "2"),
    ("Piaget, J. (1969). The psychology of the child (H. Weaver, Trans.). Basic Books. (Original work published 1966)",
     None),
])
def test_apa_s_translated_book_with_its_bracket_of_credits(text, edition):
    # a journal article in "The psychology of the child", the publisher a second translator ("Trans. Basic Books")
    item = parse_reference(text)
    assert item["type"] == "book"
    assert item["title"] == "The psychology of the child"
    assert item["translator"] == [{"family": "Weaver", "given": "H."}]
    assert (item["publisher"], item.get("edition")) == ("Basic Books", edition)
    assert item["original-date"] == {"date-parts": [[1966]]}


def test_elsevier_harvard_s_publisher_named_after_its_town_and_joined_by_for():
    # "Oxford Institute for Energy Studies, Oxford." stayed in the title: "for" was no joiner, and a publisher's
    # first word being a town ("Oxford ...") was taken for the "London, Routledge" order
    item = parse_reference("Stern, J., 2006. The Russian-Ukrainian gas crisis of January 2006. Oxford Institute for "
                           "Energy Studies, Oxford.")
    assert item["title"] == "The Russian-Ukrainian gas crisis of January 2006"
    assert (item["publisher"], item["publisher-place"]) == ("Oxford Institute for Energy Studies", "Oxford")
    item = parse_reference("Smith, J., 2006. A title. London, Routledge.")  # a town first keeps its order
    assert (item["publisher"], item["publisher-place"]) == ("Routledge", "London")


def test_idem_after_a_short_form_repeats_the_short_form_s_author():
    # "Allison, Russia, the West, 60." (a short title holding a comma and "the") was a work of its own with no author,
    # so the "Idem," after it had no one to repeat
    text = "\n".join([
        "Notes",
        "1 Roy Allison, Russia, the West, and Military Intervention (Oxford: Oxford University Press, 2013), 45–47.",
        "2 Samuel Charap and Timothy J. Colton, Everyone Loses (London: Routledge, 2017), 12.",
        "3 Allison, Russia, the West, 60.",
        "4 Idem, “Protective Integration and Security Policy Coordination,” Central Asian Survey 27, no. 2 (2008): "
        "185–202.",
    ])
    items = parse_page(text).items
    assert items[2]["custom"].get("pointer") is True
    assert items[2]["custom"]["target-ids"] == [items[0]["id"]]
    assert items[3]["author"] == [{"family": "Allison", "given": "Roy"}]  # not Charap and Colton
    assert items[3]["title"] == "Protective Integration and Security Policy Coordination"


def test_a_body_s_title_opening_with_its_name_is_no_citation_label():
    # "OECD (2021) OECD Economic Outlook, ..." lost "OECD (2021)" as a natbib label ("Acosta et al. (2008) P. Acosta,
    # ..."), leaving a journal article with no author or date
    text = "\n".join([
        "References",
        "Keynes J (1936) The general theory of employment, interest and money. Macmillan, London",
        "OECD (2021) OECD Economic Outlook, Volume 2021 Issue 1. OECD Publishing, Paris",
        "Rogoff K (1985) The optimal degree of commitment. Q J Econ 100(4):1169–1189",
    ])
    entries, _, _ = find_entries(text)
    assert entries[1].text.startswith("OECD (2021) OECD Economic Outlook")
    item = parse_reference(clean(entries[1].text))
    assert item["author"] == [{"literal": "OECD"}] and item["issued"] == {"date-parts": [[2021]]}


def test_mla_s_reprint_with_a_one_word_publisher_and_a_book_read_on_a_device():
    item = parse_reference("Morrison, Toni. Beloved. 1987. Vintage, 2004.")  # "Vintage" was a place, 2004 a note
    assert (item["publisher"], item["issued"], item["original-date"]) == (
        "Vintage", {"date-parts": [[2004]]}, {"date-parts": [[1987]]})
    item = parse_reference("Wilkerson, Isabel. Caste: The Origins of Our Discontents. Random House, 2020. Kindle.")
    assert (item["type"], item["title"]) == ("book", "Caste: The Origins of Our Discontents")
    assert (item["publisher"], item["medium"]) == ("Random House", "Kindle")  # "Kindle" was the place
    # a town after the first edition's year stays a place
    assert parse_reference("Smith, John. A Title. 1930. London, 2001.").get("publisher") != "London"


def test_a_title_opening_with_a_name_like_a_month_is_no_date():
    # "Mark 1–8:" read as the month of March and its days (a meeting's days rule), the title cut after it
    item = parse_reference("Marcus, Joel. Mark 1–8: A New Translation with Introduction and Commentary. Anchor Yale "
                           "Bible 27A. New Haven: Yale University Press, 2000.")
    assert item["title"] == "Mark 1–8: A New Translation with Introduction and Commentary"
    assert item["issued"] == {"date-parts": [[2000]]}


def test_uk_harvard_bodies_named_after_a_person_or_with_their_unit():
    # "Joseph Rowntree Foundation" was a person (given "Joseph Rowntree", family "Foundation")
    item = parse_reference("Joseph Rowntree Foundation (2022) UK Poverty 2022: the essential guide to understanding "
                           "poverty in the UK. York: JRF.")
    assert item["author"] == [{"literal": "Joseph Rowntree Foundation"}]
    # the unit before the year was the title's start ("House of Commons Library Poverty in the UK: statistics")
    item = parse_reference("UK Parliament. House of Commons Library (2022) Poverty in the UK: statistics. Research "
                           "Briefing CBP-7096. London: House of Commons Library.")
    assert item["author"] == [{"literal": "UK Parliament. House of Commons Library"}]
    assert item["title"] == "Poverty in the UK: statistics"
    # a body's sentence and the title after it still part where no year closes the name
    item = parse_reference("Rosstat. Regiony Rossii. Sotsial'no-ekonomicheskie pokazateli. Moscow, 2020. 1242 p.")
    assert item["author"] == [{"literal": "Rosstat"}]


@pytest.mark.parametrize("text, series", [
    ("Hale, Henry E. 2015. Patronal Politics: Eurasian Regime Dynamics in Comparative Perspective. Problems of "
     "International Politics. New York: Cambridge University Press.", "Problems of International Politics"),
    ("Kidd, Colin. British Identities before Nationalism. Cambridge Studies in Early Modern British History. Cambridge: "
     "Cambridge University Press, 2008.", "Cambridge Studies in Early Modern British History"),
])
def test_chicago_s_series_sentence_read_as_a_book_s_title(text, series):
    # a chapter with no pages in the "book" Problems of International Politics
    item = parse_reference(text)
    assert (item["type"], item["collection-title"]) == ("book", series)
    assert "container-title" not in item and item["publisher"] == "Cambridge University Press"


def test_quoted_in_before_a_work_and_press_items_joined_by_a_semicolon():
    text = "\n".join([
        "Notes",
        "1. Quoted in Ahmed Rashid, Jihad: The Rise of Militant Islam in Central Asia (New Haven: Yale University Press, "
        "2002), 112.",
        "2. Tass, 12 May 2016; Interfax, 13 May 2016.",
    ])
    items = parse_page(text).items
    # "Quoted in Ahmed Rashid, Jihad" was the title, with no author
    assert items[0]["author"] == [{"family": "Rashid", "given": "Ahmed"}]
    assert items[0]["title"] == "Jihad: The Rise of Militant Islam in Central Asia"
    # two papers' items of two days were one item (Tass its author, Interfax its paper, the second day in the note)
    assert [(i["container-title"], i["issued"]) for i in items[1:]] == [
        ("Tass", {"date-parts": [[2016, 5, 12]]}), ("Interfax", {"date-parts": [[2016, 5, 13]]})]


def test_russian_apa_s_translator_bracket():
    # "(А. Н. Нестеренко, Пер.)" gave a second translator, family "Пер"
    item = parse_reference("Норт, Д. (1997). Институты, институциональные изменения и функционирование экономики "
                           "(А. Н. Нестеренко, Пер.). М.: Фонд экономической книги «Начала».")
    assert item["translator"] == [{"family": "Нестеренко", "given": "А. Н."}]


def test_ama_s_body_before_a_page_a_body_listing_its_fields_and_a_paper_presented_at():
    # the body's sentence was the title and the page's title its site
    item = parse_reference("Centers for Medicare & Medicaid Services. National Health Expenditure Data. Updated "
                           "December 15, 2021. Accessed January 10, 2022. https://www.cms.gov/data")
    assert item["author"] == [{"literal": "Centers for Medicare & Medicaid Services"}]
    assert (item["type"], item["title"]) == ("webpage", "National Health Expenditure Data")
    # three names: a body, "Engineering" and "and Medicine"
    item = parse_reference("National Academies of Sciences, Engineering, and Medicine. Climate Change and Human Health. "
                           "National Academies Press; 2021. doi:10.17226/25000")
    assert item["author"] == [{"literal": "National Academies of Sciences, Engineering, and Medicine"}]
    # the cue left in the note kept a conference paper, where the cue in the container makes a talk
    item = parse_reference("Ng T. Heat waves and hospital admissions. Paper presented at: American Public Health "
                           "Association Annual Meeting; November 2-6, 2019; Philadelphia, PA.")
    assert (item["type"], item["event-title"]) == ("speech", "American Public Health Association Annual Meeting")
    assert "note" not in item

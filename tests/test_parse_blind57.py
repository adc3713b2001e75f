"""Blind batch 57: references as machine formatters and catalogues print them (doi.org/Crossref citation formatter
output, WorldCat and library catalogues' Cite boxes, Wikipedia's reference lists, ResearchGate, arXiv)."""

from cslbridge.parse.fields import parse_reference


def test_a_list_number_glued_to_its_entry_stands_apart():
    """citeproc-js sets an IEEE or Vancouver number in a block of its own, and its text copy (doi.org's and Crossref's
    citation formatter) glues it to the first author: the number is no part of the name."""
    ieee = parse_reference("[1]L. Ferreira, S. Adeyemi, and H. Kwon, “Lightweight intrusion detection for LoRaWAN "
                           "gateways,” IEEE Internet of Things Journal, vol. 9, no. 11, pp. 8834–8846, Jun. 2022, "
                           "doi: 10.1109/jiot.2021.3117452.")
    assert [(a["family"], a["given"]) for a in ieee["author"]] == [("Ferreira", "L."), ("Adeyemi", "S."), ("Kwon", "H.")]
    assert ieee["container-title"] == "IEEE Internet of Things Journal" and ieee["DOI"] == "10.1109/jiot.2021.3117452"
    vancouver = parse_reference("[12]Abebe T, Lindqvist M. Household air pollution and childhood pneumonia. "
                                "BMC Public Health. 2020;20(1):1412.")
    assert [a["family"] for a in vancouver["author"]] == ["Abebe", "Lindqvist"]
    assert (vancouver["volume"], vancouver["issue"], vancouver["page"]) == ("20", "1", "1412")


def test_a_given_name_before_a_bracketed_day_is_the_author_s():
    """Wikipedia's cite news and cite web print the day in the year's bracket after the author's inverted name
    ('Harding, Luke (14 March 2018).'); the given name had been read into the date and lost to the note."""
    news = parse_reference('Harding, Luke (14 March 2018). "Skripal poisoning: what we know so far". The Guardian. '
                           'ISSN 0261-3077. Retrieved 2 April 2018.')
    assert news["author"] == [{"family": "Harding", "given": "Luke"}] and "note" not in news
    assert news["issued"] == {"date-parts": [[2018, 3, 14]]} and news["accessed"] == {"date-parts": [[2018, 4, 2]]}
    assert (news["type"], news["container-title"], news["ISSN"]) == ("article-newspaper", "The Guardian", "0261-3077")


def test_a_report_s_kind_in_brackets_after_its_title_is_its_genre():
    """Wikipedia's cite report prints the work's type in round brackets after the title ('Title (Report).',
    '(Technical report).'), as ACM prints it as a sentence ('Title. Technical Report.'): the genre, out of the title."""
    report = parse_reference("Alvarez, Marta; Osei, Kwame (2017). Groundwater Governance in Peri-Urban Accra (Report). "
                             "Colombo: International Water Management Institute. doi:10.5337/2017.205.")
    assert (report["type"], report["title"], report["genre"]) == \
        ("report", "Groundwater Governance in Peri-Urban Accra", "Report")
    assert (report["publisher-place"], report["publisher"]) == ("Colombo", "International Water Management Institute")
    technical = parse_reference("Lindgren, Per (2020). Heat pumps in Nordic district heating (Technical report). "
                                "Stockholm: Energiforsk.")
    assert (technical["type"], technical["title"], technical["genre"]) == \
        ("report", "Heat pumps in Nordic district heating", "Technical report")


def test_the_sentence_after_a_degree_bracket_is_the_school():
    """Wikipedia's cite thesis prints the degree in round brackets after the title and the school as the next sentence
    ('Title (PhD thesis). University of Cambridge.'); the school had been read into the author's name. A bracket
    naming the master's degree or no degree at all ('(MSc thesis)', '(Thesis)') is the genre too."""
    phd = parse_reference("Moreno, Lucía (2012). Vernacular architecture and climate adaptation in the Andes (PhD thesis). "
                          "University of Cambridge. doi:10.17863/CAM.16543.")
    assert phd["author"] == [{"family": "Moreno", "given": "Lucía"}]
    assert (phd["type"], phd["genre"], phd["publisher"], phd["DOI"]) == \
        ("thesis", "PhD thesis", "University of Cambridge", "10.17863/CAM.16543")
    msc = parse_reference("Brandt, Jonas (2018). Sediment budgets of small Alpine lakes (MSc thesis). University of Bern.")
    assert (msc["title"], msc["genre"], msc["publisher"]) == \
        ("Sediment budgets of small Alpine lakes", "MSc thesis", "University of Bern")
    bare = parse_reference("Osei, Ama (2016). Mobile money and household savings in Ghana (Thesis). University of Ghana.")
    assert (bare["type"], bare["title"], bare["genre"]) == ("thesis", "Mobile money and household savings in Ghana", "Thesis")


def test_an_edition_spelt_past_the_fifth_is_read():
    """WorldCat's Cite box spells the edition out with the catalogue's stop inside APA's bracket ('(Tenth
    edition.)'); the edition forms knew 'first' to 'fifth' only, and the statement stayed in the title."""
    worldcat = parse_reference("Hacker, D., & Sommers, N. (2016). The Bedford handbook (Tenth edition.). "
                               "Bedford/St. Martin's.")
    assert (worldcat["title"], worldcat["edition"], worldcat["publisher"]) == \
        ("The Bedford handbook", "10", "Bedford/St. Martin's")
    chicago = parse_reference("Lodge, David. The Art of Fiction. Eighth edition. London: Penguin, 2011.")
    assert (chicago["title"], chicago["edition"], chicago["publisher"]) == ("The Art of Fiction", "8", "Penguin")


def test_wikipedia_s_archived_copy_is_kept_whole_in_the_note():
    """Wikipedia prints where a copy of the page is archived ('Archived (PDF) from the original on 13 November 2019.',
    'Archived 13 May 2020 at the Wayback Machine.'); no CSL field holds it, and it is kept whole in the note (its day
    had been read apart from its words), the reference read without it."""
    census = parse_reference('"Population and Housing Census 2019: Volume I" (PDF). Kenya National Bureau of Statistics. '
                             'November 2019. Archived (PDF) from the original on 13 November 2019. Retrieved 21 December 2019.')
    assert census["note"] == "Archived (PDF) from the original on 13 November 2019."
    assert census["accessed"] == {"date-parts": [[2019, 12, 21]]} and census["medium"] == "PDF"
    news = parse_reference('Patel, Ravi (12 May 2020). "Locust swarms reach Gujarat". The Hindu. '
                           'Archived 13 May 2020 at the Wayback Machine. Retrieved 14 May 2020.')
    assert news["note"] == "Archived 13 May 2020 at the Wayback Machine."
    assert (news["type"], news["container-title"], news["issued"]) == \
        ("article-newspaper", "The Hindu", {"date-parts": [[2020, 5, 12]]})


def test_wikipedia_s_cite_web_names_its_site_or_the_body_issuing_it():
    """Wikipedia's cite web prints '"Title". Site. [Date.] Retrieved <day>.' (the stop after the closing quote, a
    format such as '(PDF)' between). Undated, the one sentence after the title is the site the page is on, its
    container, and the work a web page (a body's name there had made it the publisher of a document); dated by a body,
    it is the body's document, the body its publisher (as lead20 reads '"Population of Uzbekistan" (PDF). State
    Committee .... 2021.'), though the tagger ran the body into the title after '(PDF).' and its month into the body."""
    page = parse_reference('"How the monsoon forecast is made". Met Office. Retrieved 10 June 2021.')
    assert (page["type"], page["container-title"]) == ("webpage", "Met Office") and "publisher" not in page
    assert page["accessed"] == {"date-parts": [[2021, 6, 10]]}
    pdf = parse_reference('"Population and Housing Census 2019: Volume I" (PDF). Kenya National Bureau of Statistics. '
                          'November 2019. Retrieved 21 December 2019.')
    assert (pdf["type"], pdf["title"], pdf["publisher"], pdf["medium"]) == \
        ("document", "Population and Housing Census 2019: Volume I", "Kenya National Bureau of Statistics", "PDF")
    assert pdf["issued"] == {"date-parts": [[2019, 11]]} and "container-title" not in pdf
    news = parse_reference('Harding, Luke (14 March 2018). "Skripal poisoning: what we know so far". The Guardian. '
                           'Retrieved 2 April 2018.')
    assert (news["type"], news["container-title"]) == ("article-newspaper", "The Guardian")


def test_an_arxiv_listing_entry_is_the_preprint_it_lists():
    """An arXiv listing copied as text runs its lines together ('arXiv:ID [pdf, other] Title: ... Authors: ...
    Comments: ... Subjects: ...'): the identifier is the preprint's number, the labelled lines its title and authors
    (given name first, as arXiv prints every name), the links and other lines kept in the note. It had been a journal
    article with the labels read as names."""
    listing = parse_reference("arXiv:2309.04567 [pdf, other] Title: Stellar feedback and the quenching of dwarf galaxies "
                              "Authors: Amelia Brooks, Kenji Morita, Sofia Lindqvist Comments: 14 pages, 9 figures; "
                              "accepted to MNRAS Subjects: Astrophysics of Galaxies (astro-ph.GA)")
    assert (listing["type"], listing["number"], listing["title"]) == \
        ("article", "arXiv:2309.04567", "Stellar feedback and the quenching of dwarf galaxies")
    assert listing["author"] == [{"family": "Brooks", "given": "Amelia"}, {"family": "Morita", "given": "Kenji"},
                                 {"family": "Lindqvist", "given": "Sofia"}]
    assert listing["note"] == ("[pdf, other] Comments: 14 pages, 9 figures; accepted to MNRAS "
                               "Subjects: Astrophysics of Galaxies (astro-ph.GA)")
    two = parse_reference("[2] arXiv:2401.01234 [pdf, html, other] Title: Sparse attention for long documents "
                          "Authors: Wei Zhang, Priya Raman Subjects: Computation and Language (cs.CL)")
    assert two["author"] == [{"family": "Zhang", "given": "Wei"}, {"family": "Raman", "given": "Priya"}]
    assert (two["number"], two["title"]) == ("arXiv:2401.01234", "Sparse attention for long documents")

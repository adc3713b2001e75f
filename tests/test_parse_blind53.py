"""Blind batch 53: reference entries copied out of publishers' web pages with the link labels each page prints after
every entry (PubMed Central, Wiley, ScienceDirect, Springer, Taylor & Francis, SAGE, Oxford Academic, Frontiers,
MDPI, Cambridge Core)."""

import pytest

from cslbridge.parse.fields import parse_reference


def test_a_pasted_entry_is_read_without_its_page_s_link_labels():
    """A single entry goes to parse_reference without the page reader, which drops the labels: they had been read as
    the publisher ('Wiley Online Library CAS Web of Science® Google Scholar'), an author ('Francis Online') or the
    title ('Google Scholar'). The text as given stays in custom.source."""
    wiley = ("Lindgren, P., & Sato, K. (2015). Wetland restoration and waterbird diversity in the southern Baltic. "
             "Journal of Applied Ecology, 52(3), 711–720. Wiley Online Library CAS Web of Science® Google Scholar")
    item = parse_reference(wiley)
    assert item["container-title"] == "Journal of Applied Ecology"
    assert (item["volume"], item["issue"], item["page"]) == ("52", "3", "711-720")
    assert "publisher" not in item and "Scholar" not in item.get("note", "")
    assert item["custom"]["source"] == wiley

    tandf = parse_reference(
        "Osei, A., & Brandt, M. (2020). Peer tutoring and mathematics anxiety in lower secondary school. Educational "
        "Studies, 46(4), 455–471. https://doi.org/10.1080/03055698.2019.1599823 [Taylor & Francis Online], "
        "[Web of Science ®], [Google Scholar]")
    assert [name["family"] for name in tandf["author"]] == ["Osei", "Brandt"]
    assert tandf["title"] == "Peer tutoring and mathematics anxiety in lower secondary school"
    assert tandf["DOI"] == "10.1080/03055698.2019.1599823"

    oup = parse_reference("Haller  J, Rossi  M. Night-shift work and incident type 2 diabetes in nurses. Occup Environ "
                          "Med 2018;75:302–9. Google Scholar Crossref Search ADS PubMed WorldCat")
    assert (oup["container-title"], oup["page"]) == ("Occup Environ Med", "302-9")
    assert "publisher" not in oup

    cambridge = parse_reference("Dunne, K (2017) Electoral volatility in post-communist Europe. Party Politics 23(6), "
                                "712–724.CrossRefGoogle Scholar")
    assert cambridge["page"] == "712-724"


def test_a_reference_ending_in_a_word_a_link_label_holds_keeps_it():
    """Only a run of labels holding a look-up service's name is dropped: a title may end in 'Article' or 'Abstract'."""
    item = parse_reference("Roth, K. (2011). Writing the review article. Oxford University Press.")
    assert item["publisher"] == "Oxford University Press"
    item = parse_reference("Mendel, T. 2009. Cited by. London: Faber.")
    assert item["title"] == "Cited by"


@pytest.mark.parametrize("text, field, value", [
    # Springer prints the kind of record its first link goes to before "Google Scholar"
    ("Petrov A (2012) Permafrost engineering in the Russian Arctic. Springer, Berlin Book Google Scholar",
     "publisher-place", "Berlin"),
    ("Nyambura J (2018) Smallholder irrigation and water rights. In: Lopez R, Hahn T (eds) Water governance in Africa. "
     "Springer, Cham, pp 77–98 Chapter Google Scholar", "publisher", "Springer"),
    ("Kaplan D (2016) Lyapunov exponents of billiard flows. Ergodic Theory Dyn Syst 36:1021–1044 Article MathSciNet "
     "MATH Google Scholar", "container-title", "Ergodic Theory Dyn Syst"),
    # SAGE's "Crossref | Google Scholar | ISI"
    ("Brandt K and Olsen P (2014) Housing tenure and civic participation. Housing Studies 29(4): 512–530. "
     "Crossref | Google Scholar | ISI", "publisher", None),
    # Oxford Academic's book links
    ("Hughes  T. Shipbuilding and the State in Interwar Britain. Manchester: Manchester University Press, 2009. "
     "Google Scholar Google Preview WorldCat COPAC", "collection-title", None),
    # Cell Press's and the Lancet's links, the citation count of Scopus among them
    ("Moreno, L., and Kato, Y. (2017). Cilia length control in the developing kidney. Curr. Biol. 27, 880–892. "
     "Abstract Full Text Full Text PDF Scopus (87) PubMed Google Scholar", "note", None),
    # PubMed Central's "[DOI] [PMC free article]"
    ("Haugen T, Amadi C. Dietary sodium and nocturnal blood pressure in adolescents. Hypertension. 2015;66(2):301–307. "
     "doi: 10.1161/HYPERTENSIONAHA.115.05521. [DOI] [PMC free article] [PubMed] [Google Scholar]", "note", None),
])
def test_every_platform_s_link_labels_are_dropped(text, field, value):
    """The closed list holds each platform's labels (entries._ARTEFACT_TOKEN): Springer's 'Book'/'Chapter'/'MATH',
    SAGE's 'ISI', Oxford's 'Google Preview'/'COPAC', Cell Press's 'Full Text PDF'/'Scopus (87)', PubMed Central's
    '[DOI]'/'[PMC free article]'. They had been read as the place or publisher, a series, or kept in note."""
    assert parse_reference(text).get(field) == value


def test_a_label_s_word_closing_a_sentence_of_the_work_stays():
    """A run of labels follows the work's last word with no stop of its own: 'Book.' ending a title is the title's."""
    item = parse_reference("Anand, R. (2019). The field guide as book. Journal of Material Culture, 24(1), 3–19. "
                           "Crossref Google Scholar")
    assert item["container-title"] == "Journal of Material Culture"
    assert parse_reference("Whyte, W. 1956. The Organization Man: A Summary. New York: Simon and Schuster. "
                           "Google Scholar")["title"] == "The Organization Man: A Summary"


def test_a_title_s_last_word_before_the_series_semicolon_is_the_title_s():
    """MDPI's and ACS's 'Title; Series No X; Publisher: Place, Year.': the ';' closes the title. The tagger ran a title
    ending in 'Report' over the ';' into the series ('Report; EEA Report No 13/2021' the genre, the title short of its
    last word); given back to the title, the ';' part gives genre and number as for 'Title; Report No. 94563-UZ'."""
    item = parse_reference("European Environment Agency. Trends and Projections in Europe 2021 Report; EEA Report No "
                           "13/2021; Publications Office of the European Union: Luxembourg, 2021.")
    assert (item["title"], item["genre"], item["number"]) == (
        "Trends and Projections in Europe 2021 Report", "EEA Report", "13/2021")
    assert (item["issued"], item["publisher-place"]) == ({"date-parts": [[2021]]}, "Luxembourg")


@pytest.mark.parametrize("text, field, value", [
    # HighWire (BMJ, PNAS, J Neurosci)
    ("Harcourt S, Ngata P. Statin adherence after acute coronary syndrome in New Zealand. BMJ 2016;352:i1234. "
     "Abstract/FREE Full Text Google Scholar", "page", "i1234"),
    ("Lavoie M, Chen R. Dopamine release in the dorsal striatum during habit formation. J Neurosci 2014;34:11902-11911. "
     "Abstract/FREE Full Text OpenUrl CrossRef PubMed Google Scholar", "note", None),
    # Hindawi
    ("K. Osei and L. Mbatha, “Vibration-based damage detection in steel truss bridges,” Shock and Vibration, vol. 2018, "
     "Article ID 4561234, 12 pages, 2018. View at: Publisher Site | Google Scholar", "page", "4561234"),
    # IEEE Xplore
    ("R. Tanaka and P. Weiss, \"Distributed voltage control in low-voltage feeders\", IEEE Trans. Smart Grid, vol. 9, "
     "no. 4, pp. 3120-3131, Jul. 2018. Show in Context View Article Google Scholar", "note", None),
    # the ACM Digital Library
    ("Mira Halvorsen and Dae-Jin Kim. 2019. Predicting code review latency. In Proceedings of the 41st International "
     "Conference on Software Engineering. ACM, 112–121. Digital Library Google Scholar", "publisher", "ACM"),
    # Taylor & Francis's older CSA
    ("Pryce, G. 1999. “Construction Elasticities and Land Availability.” Urban Studies 36 (13): 2283–2304. "
     "[Taylor & Francis Online], [CSA], [Web of Science ®], [Google Scholar]", "publisher", None),
    # Wiley's older count of citations
    ("Moberg, L. & Ruiz, F. (2009) Seed predation by rodents in fragmented oak woodland. Oecologia, 160, 311–320. "
     "CrossRef, PubMed, Web of Science® Times Cited: 56", "container-title", "Oecologia"),
    # ACS's tooltip
    ("Fischer, D.; Nakamura, K. Copper-Catalyzed Cycloadditions in Water. J. Org. Chem. 2017, 82, 4512– 4520 "
     "[ACS Full Text ACS Full Text], [CAS], Google Scholar There is no corresponding record for this reference.",
     "note", None),
    # PubMed's labels parted by dashes
    ("Mwangi W, Haller J. Malaria in pregnancy in western Kenya. Malar J. 2018;17:45. doi: 10.1186/s12936-018-2191-1. "
     "- DOI - PMC - PubMed", "publisher", None),
])
def test_more_platforms_link_labels_are_dropped(text, field, value):
    """HighWire's 'Abstract/FREE Full Text' and 'OpenUrl', Hindawi's 'View at: Publisher Site', IEEE Xplore's 'Show in
    Context', the ACM's 'Digital Library', T&F's '[CSA]', Wiley's 'Times Cited: 56', ACS's 'There is no corresponding
    record for this reference.' and PubMed's '- DOI - PMC' had been read as pages, publisher, journal or note."""
    assert parse_reference(text).get(field) == value


@pytest.mark.parametrize("text, families, title", [
    ("A. Kumar, R. Singh, P. Das Spatial patterns of urban heat island intensity in Delhi Urban Clim., 24 (2018), "
     "pp. 134-145 View PDF View article View in Scopus Google Scholar", ["Kumar", "Singh", "Das"],
     "Spatial patterns of urban heat island intensity"),
    ("S. Okoro, T. Vance Household energy transitions in sub-Saharan Africa Energy Policy, 152 (2021), Article 112211, "
     "10.1016/j.enpol.2021.112211 View PDF View article View in Scopus Google Scholar", ["Okoro", "Vance"],
     "Household energy transitions in sub-Saharan Africa"),
])
def test_the_last_name_of_a_run_together_sciencedirect_byline_keeps_its_family_name(text, families, title):
    """ScienceDirect prints authors, title and journal on lines of their own; copied onto one line the last author's
    family name ran into the title ('Das Spatial patterns ...', the author 'P.' alone). Names given first by their
    initials are never initials alone."""
    item = parse_reference(text)
    assert [name["family"] for name in item["author"]] == families
    assert item["title"].startswith(title)


def test_scielo_s_links_button_is_a_link_label():
    """SciELO prints '[ Links ]' after each reference; pasted as text it had split the pages ('221-239. [') and gone
    to note. It names no service, but no reference ends so: it is a label of its own."""
    item = parse_reference("Kowalczyk, A. (2016). Urban sprawl in Poland. Geographia Polonica, 89(3), 221–239. [ Links ]")
    assert (item["page"], item.get("note")) == ("221-239", None)
    item = parse_reference("SOUZA, M. A. Políticas públicas de saúde no Brasil. Revista de Saúde Pública, São Paulo, "
                           "v. 45, n. 2, p. 210-218, 2011.     [ Links ]")
    assert (item["container-title"], item.get("note")) == ("Revista de Saúde Pública", None)


def test_every_service_name_a_run_of_labels_needs_holds_one_of_the_cheap_stems():
    """without_link_labels tests the lower-cased stems before any pattern: a name added to _STRONG_ARTEFACT without a
    stem would never be looked for."""
    from cslbridge.parse.entries import _STRONG_ARTEFACT, _STRONG_STEMS

    for name in _STRONG_ARTEFACT.pattern.split("|"):
        assert any(stem in name.lower() for stem in _STRONG_STEMS), name

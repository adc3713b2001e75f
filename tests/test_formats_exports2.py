"""A second blind round of exports: CSL-JSON as other tools write it (Crossref and DataCite
content negotiation, Better BibTeX, Zotero, pandoc-citeproc YAML, Manubot, a Mendeley Cite
field), BibTeX/BibLaTeX from Mendeley Desktop, EndNote, a hand-kept Overleaf file,
biblatex-chicago and BibLaTeX's own types, and RIS from EndNote 21, MEDLINE-converted PubMed,
Scopus, Web of Science, ProQuest, Zotero 7 and a file with DA/Y2 variants, a BOM, CRLF and no
closing ER; then a second batch (classic and BibLaTeX types, names and accents, more RIS types
and dates, Zotero 7's other variables) and a third (Mendeley Desktop RIS, JabRef 5 BibTeX, a
Crossref chapter). After them, one test for each rule the round added.

The values below were written before the readers were run on the files (see test_more_exports
for the `_note`, `_absent` and `_kept` keys). Every item is also written by every writer and
read again: what the first reading gave must come back.
"""

from __future__ import annotations

import json
import re

import pytest
from test_more_exports import FIXTURES, assert_items_as_expected, date, name

from cslbridge import api
from cslbridge.formats import get_format
from cslbridge.formats.ris import parse_date as parse_ris_date
from cslbridge.schema import NAME_VARIABLES

KAAB = [name("Kääb", "Anna"), name("Nurmatov", "Bakhtiyor")]
KAAB_TITLE = "Glacier retreat in High Mountain Asia and its downstream water risk"
KAAB_DOI = "10.1038/s41558-021-01063-2"

EXPECTED = {
    # --- CSL-JSON and CSL-YAML from other tools -------------------------------------------------
    "csljson/crossref_cn_article.json": [  # lists, sequence/affiliation, published-print, funder
        {"type": "article-journal", "title": KAAB_TITLE, "author": KAAB,
         "container-title": "Nature Climate Change", "container-title-short": "Nat. Clim. Chang.",
         "issued": date((2021, 6, 3)), "volume": "11", "issue": "7", "page": "591-597",
         "DOI": KAAB_DOI, "ISSN": "1758-678X, 1758-6798", "language": "en",
         "publisher": "Springer Science and Business Media LLC",
         "URL": "http://dx.doi.org/10.1038/s41558-021-01063-2", "license": "https://www.springer.com/tdm",
         "_kept": ["University of Oslo", "0000-0002-1234-5678", "European Research Council",
                   "ERC-2016-STG 715093"]},
    ],
    "csljson/zenodo_datacite.json": [  # DataCite's CSL for a Zenodo software release
        {"id": "https://doi.org/10.5281/zenodo.3509134", "type": "software", "title": "citetools: v2.1.0",
         "author": [name("Okafor", "Ngozi"), {"literal": "The Citeproc Tools Collaboration"}],
         "issued": date((2019, 10, 22)), "DOI": "10.5281/ZENODO.3509134", "publisher": "Zenodo",
         "version": "v2.1.0", "license": "MIT License", "URL": "https://zenodo.org/record/3509134",
         "language": "en", "_kept": ["python", "bibliography", "citation"]},
    ],
    "csljson/betterbibtex_csl.json": [  # citation-key, journalAbbreviation, tex.ids in note
        {"id": "kaabGlacierRetreat2021", "citation-key": "kaabGlacierRetreat2021",
         "type": "article-journal", "title": KAAB_TITLE, "author": KAAB,
         "container-title-short": "Nat. Clim. Chang.", "accessed": date((2021, 3, 15)),
         "issued": date((2021, 6, 3)), "source": "www.nature.com", "ISSN": "1758-6798",
         "_note": ["tex.ids= kaab2021"]},
        {"id": "ostromGoverningCommonsEvolution1990", "type": "book", "title-short": "Governing the Commons",
         "ISBN": "978-0-521-40599-7", "number-of-pages": "280", "publisher-place": "Cambridge",
         "issued": date((1990,))},
        {"type": "thesis", "genre": "PhD Thesis", "publisher": "Central European University",
         "issued": date((2020, 5)), "number-of-pages": "212"},
    ],
    "csljson/zotero_csl_export.json": [  # Zotero's own: URI ids, years as strings, Extra in note
        {"id": "http://zotero.org/users/1234567/items/ABCD2345", "type": "webpage",
         "container-title": "The Guardian", "language": "en-GB", "section": "World news",
         "author": [name("Harding", "Luke")], "accessed": date((2021, 3, 15)),
         "issued": date((2019, 11, 12))},
        {"type": "report", "number": "21906", "genre": "Working Paper", "issued": date((2016, 1)),
         "collection-title": "Working Paper Series", "PMID": "27183452",
         "original-date": date((2015,)), "_note": ["Read twice; see chapter 3."]},
        {"type": "legal_case", "authority": "Supreme Court", "container-title": "U.S.",
         "volume": "347", "page": "483", "issued": date((1954, 5, 17))},
    ],
    "csljson/pandoc_citeproc.yaml": [  # issued as a list of maps, numbers unquoted, YAML dates
        {"id": "kaab2021", "type": "article-journal", "author": KAAB, "issued": date((2021, 6)),
         "title": "Glacier retreat in <i>High Mountain Asia</i> and its downstream water risk",
         "volume": "11", "issue": "7", "page": "591-597", "DOI": KAAB_DOI},
        {"id": "ostrom1990", "type": "book", "issued": date((1990,)),
         "title": "Governing the commons: The evolution of institutions for collective action",
         "publisher-place": "Cambridge"},
        {"id": "vandenberg2018", "type": "chapter",
         "author": [name("Berg", "Jan", **{"non-dropping-particle": "van den"})],
         "editor": [name("Tsygankov", "Andrei P.")], "issued": date((2018, 3, 15)),
         "accessed": date((2020, 1, 5)), "page": "12-34"},
    ],
    "csljson/manubot.json": [  # Manubot's note, literal consortium; raw dates; string date-parts
        {"id": "1GGGHdsew", "author": [{"literal": "The ENCODE Project Consortium"},
                                       name("Moore", "Jill E."), name("Purcaro", "Michael J.")],
         "PMID": "32728249", "PMCID": "PMC7410828", "issued": date((2020, 7, 29)),
         "ISSN": "0028-0836, 1476-4687", "URL": "https://doi.org/gg9djd",
         "_kept": ["generated by Manubot v0.5.2", "standard_id: doi:10.1038/s41586-020-2493-4"]},
        {"id": "raw-dates", "author": [{"literal": "World Bank"}, name("Smith", "John")],
         "issued": date((2019, 3, 15)), "accessed": date((2021, 3, 15))},
        {"id": "string-parts", "issued": date((2012, 7, 1)), "original-date": date((2011,))},
    ],
    "csljson/mendeley_word_citation.json": [  # a Mendeley Cite field: its items' itemData
        {"type": "article-journal", "title": KAAB_TITLE, "container-title": "Nature Climate Change",
         "author": [dict(n, **{"parse-names": False}) for n in KAAB], "issued": date((2021,)),
         "page": "591-597", "DOI": KAAB_DOI, "container-title-short": "Nat. Clim. Chang."},
        {"type": "book", "title": "Governing the Commons", "publisher": "Cambridge University Press",
         "author": [name("Ostrom", "Elinor", **{"parse-names": False})],
         "_absent": ["container-title-short"]},
    ],
    # --- BibTeX and BibLaTeX ----------------------------------------------------------------------
    "bibtex/overleaf_handwritten.bib": [  # @string, #, crossref, accents, \textendash, --
        {"id": "Mueller2019", "type": "article-journal",
         "author": [name("Müller", "Jörg"), name("Hansen", "Søren"), name("Østergaard", "Kirsten")],
         "title": "Glacier mass balance in the Pamir, 2000–2018",
         "container-title": "Journal of Geophysical Research: Earth Surface", "issued": date((2019, 3)),
         "volume": "124", "issue": "3", "page": "712-730", "DOI": "10.1029/2018JF004821"},
        {"id": "Nowak2018", "type": "paper-conference",
         "author": [name("Nowak", "Paweł"), name("Dvořák", "Tomáš")],
         "title": "Snow cover from MODIS – a review", "page": "45-52",
         "container-title": "IGARSS 2018 – 2018 IEEE International Geoscience and Remote Sensing Symposium",
         "editor": [name("Smith", "Adam")], "publisher": "IEEE", "publisher-place": "Valencia, Spain",
         "issued": date((2018, 7))},
        {"id": "Ostrom1990", "type": "book", "author": [name("Ostrom", "Elinor")],
         "publisher": "Cambridge University Press", "publisher-place": "Cambridge",
         "issued": date((1990,)), "_note": ["Reprinted 2015"]},
        {"id": "Lopez2020", "author": [name("López-García", "María"), name("Çelik", "Ayşe")],
         "title": "Irrigation and Aral Sea desiccation",
         "container-title": "Proceedings of the National Academy of Sciences", "page": "6543-6551"},
        {"id": "igarss2018", "editor": [name("Smith", "Adam")], "issued": date((2018, 7))},
    ],
    "bibtex/biblatex_chicago.bib": [
        {"id": "garrett2005", "type": "article-magazine", "container-title": "Foreign Affairs",
         "issued": date((2005, 7)), "volume": "84", "issue": "4", "page": "3-23"},
        {"id": "ccc2020", "type": "webpage", "author": [{"literal": "Climate Change Committee"}],
         "issued": date((2020, 12, 9)), "accessed": date((2021, 3, 15)),
         "URL": "https://www.theccc.org.uk/publication/sixth-carbon-budget/"},
        {"id": "tolstoy2007", "type": "book",
         "translator": [name("Pevear", "Richard"), name("Volokhonsky", "Larissa")],
         "original-date": date((1869,)), "original-publisher-place": "Moscow",
         "original-publisher": "The Russian Messenger", "publisher-place": "New York",
         "publisher": "Alfred A. Knopf", "issued": date((2007,))},
        {"id": "adams1776", "type": "personal_communication", "issued": date((1776, 3, 31)),
         "author": [name("Adams", "Abigail")],
         "_kept": ["Braintree, MA", "Adams Family Papers, Massachusetts Historical Society"]},
    ],
    "bibtex/biblatex_types.bib": [
        {"id": "petrova2020", "type": "thesis", "genre": "PhD thesis",
         "publisher": "Central European University", "publisher-place": "Vienna",
         "issued": date((2020, 5)), "number-of-pages": "212"},
        {"id": "lee2017", "type": "thesis", "genre": "Master's thesis", "publisher": "University of Tartu"},
        {"id": "okoro2019", "type": "paper-conference",
         "container-title": "Proceedings of the 12th Conference on Development Economics",
         "event-title": "12th Conference on Development Economics", "event-place": "Lyon, France",
         "event-date": date((2019, 5, 20), (2019, 5, 22)), "publisher-place": "Paris",
         "publisher": "CEPR Press", "page": "101-118", "issued": date((2019,))},
        {"id": "doe2018", "type": "patent", "number": "US 9,876,543 B2", "issued": date((2018, 1, 23)),
         "author": [name("Doe", "John"), name("Roe", "Richard")], "_kept": ["Acme Water Inc.", "patentus"]},
        {"id": "pandas2020", "type": "software", "author": [{"literal": "The pandas development team"}],
         "version": "1.0.3", "publisher": "Zenodo", "issued": date((2020, 3, 18)),
         "DOI": "10.5281/zenodo.3715232", "URL": "https://doi.org/10.5281/zenodo.3715232"},
        {"id": "ollomo2019", "type": "dataset", "issued": date((2019, 3), (2019, 5)), "publisher": "Dryad",
         "DOI": "10.5061/dryad.8515", "_kept": ["ollomo2011data", "dryad8515", "ollomo2009", "supplement"]},
        {"id": "unhcr2022", "type": "webpage", "author": [{"literal": "UNHCR"}], "issued": date((2022, 6, 16)),
         "accessed": date((2022, 7, 1)), "URL": "https://www.unhcr.org/globaltrends", "language": "en"},
    ],
    "bibtex/mendeley_desktop.bib": [  # header text, {\"{a}}, $\backslash$ in file, double braces
        {"id": "Kaab2021", "type": "article-journal", "title": KAAB_TITLE, "author": KAAB,
         "issued": date((2021, 6)), "page": "591-597", "issue": "7", "volume": "11", "DOI": KAAB_DOI,
         "ISSN": "1758-6798", "abstract": "Glaciers in High Mountain Asia are retreating. "
                                          "We quantify downstream water risk.",
         "_note": ["mendeley-groups: Thesis/Chapter 2"],
         "_kept": ["glaciers", "water security", "Kaab, Nurmatov - 2021 - Glacier retreat.pdf"]},
        {"id": "Petrova2020", "type": "thesis", "publisher": "Central European University",
         "publisher-place": "Vienna", "title": "Remittances and household welfare in Tajikistan"},
        {"id": "Smith2019a", "type": "article", "number": "arXiv:1905.01234", "publisher": "arXiv",
         "title": "Learning to cite"},
    ],
    "bibtex/endnote_nokey.bib": [  # EndNote's BibTeX Export style writes no keys
        {"type": "article-journal", "author": [name("Kääb", "A."), name("Nurmatov", "B.")],
         "container-title": "Nature Climate Change", "page": "591-597", "issue": "7", "DOI": KAAB_DOI,
         "_absent": ["genre"], "_kept": ["WOS:000657001900015"]},
        {"type": "book", "author": [name("Ostrom", "E.")], "ISBN": "9780521405997",
         "publisher-place": "Cambridge", "_absent": ["genre"]},
    ],
    # --- RIS ----------------------------------------------------------------------------------------
    "ris/endnote21.ris": [  # CRLF; DA a month name beside PY; ID record numbers; DB
        {"type": "article-journal", "title": KAAB_TITLE, "author": KAAB,
         "container-title": "Nature Climate Change", "container-title-short": "Nat. Clim. Chang.",
         "issued": date((2021, 6)), "page": "591-597", "ISSN": "1758-678X", "language": "en",
         "keyword": "glaciers, water security", "source": "Web of Science",
         "_kept": ["Department of Geosciences, University of Oslo", "Times Cited: 41"]},
        {"type": "chapter", "editor": [name("Tsygankov", "Andrei P.")], "publisher-place": "London",
         "container-title": "Routledge Handbook of Russian Foreign Policy", "ISBN": "9781315536934",
         "page": "280-295"},
        {"type": "thesis", "genre": "Ph.D.", "number-of-pages": "212",
         "publisher": "Central European University", "publisher-place": "Vienna", "issued": date((2020,))},
    ],
    "ris/pubmed_medline.ris": [  # MEDLINE titles end with a period; a consortium; 1243-8
        {"type": "article-journal",
         "title": "Expanded encyclopaedias of DNA elements in the human and mouse genomes",
         "author": [name("Moore", "Jill E"), name("Purcaro", "Michael J"),
                    {"literal": "ENCODE Project Consortium"}],
         "issued": date((2020, 7, 29)), "page": "699-710", "PMID": "32728249", "PMCID": "PMC7410828",
         "language": "en", "container-title": "Nature", "ISSN": "1476-4687", "source": "PubMed",
         "_kept": ["Worcester, MA, USA", "Genome, Human/*genetics"]},
        {"title": "The tragedy of the commons", "author": [name("Hardin", "G")],
         "issued": date((1968, 12, 13)), "PMID": "5699198", "_kept": ["1243"]},
    ],
    "ris/scopus_2021.ris": [  # '(ISSN)' marks, C7 article number, N1 of export bookkeeping
        {"type": "article-journal", "author": [name("Kääb", "A."), name("Nurmatov", "B.")],
         "container-title": "Nature Climate Change", "container-title-short": "Nat. Clim. Change",
         "ISSN": "1758678X", "publisher": "Nature Research", "language": "en", "source": "Scopus",
         "page": "591-597", "issued": date((2021,)),
         "_kept": ["eid=2-s2.0-85107561234", "Cited by: 41", "University of Oslo"]},
        {"type": "paper-conference", "ISSN": "21537003", "ISBN": "9781538671504",
         "container-title": "International Geoscience and Remote Sensing Symposium (IGARSS)",
         "volume": "2018-July", "page": "45-52", "DOI": "10.1109/IGARSS.2018.8517834",
         "_kept": ["8517834", "Conference date: 22 July 2018 through 27 July 2018"]},
    ],
    "ris/wos_2023.ris": [  # two SN lines, DA a month, EP '+', C6 early access, CPAPER
        {"type": "article-journal", "author": [name("Kaab", "Anna"), name("Nurmatov", "Bakhtiyor")],
         "ISSN": "1758-678X, 1758-6798", "issued": date((2021, 7)), "volume": "11", "issue": "7",
         "container-title-short": "Nat. Clim. Chang.",
         "_kept": ["JUN 2021", "WOS:000657001900015", "NAT CLIM CHANGE", "591"]},
        {"type": "paper-conference", "ISSN": "2153-6996", "ISBN": "978-1-5386-7150-4",
         "page": "45-52", "issued": date((2018,)), "_kept": ["Valencia, SPAIN"]},
    ],
    "ris/proquest_theses.ris": [
        {"type": "thesis", "title": "Remittances and household welfare in Tajikistan",
         "author": [name("Petrova", "Anna S.")], "issued": date((2020,)),
         "publisher": "Central European University", "publisher-place": "Vienna",
         "number-of-pages": "212", "genre": "Ph.D.", "ISBN": "9798698765432", "language": "en",
         "URL": "https://www.proquest.com/dissertations-theses/remittances-household-welfare-tajikistan/docview/2456789012/se-2",
         "source": "ProQuest Dissertations & Theses Global",
         "_kept": ["Last updated - 2021-03-15", "https://www.proquest.com/docview/2456789012/fulltextPDF",
                   "0501:Economics", "2456789012"]},
        {"type": "article-newspaper", "container-title": "The Guardian", "issued": date((2019, 11, 12)),
         "page": "14", "author": [name("Harding", "Luke")], "source": "ProQuest Central"},
    ],
    "ris/dates_no_er.ris": [  # BOM, CRLF, DA/Y2 in several shapes, the last ER missing
        {"type": "article-journal", "issued": date((2019, 3, 15)), "accessed": date((2021, 3, 15)),
         "container-title": "World Development", "page": "1-15"},
        {"type": "book", "issued": date((2012,)), "accessed": date((2021, 3, 15)),
         "publisher": "Oxford University Press", "publisher-place": "New York"},
        {"type": "article-journal", "title": "The tragedy of the commons", "author": [name("Hardin", "Garrett")],
         "container-title": "Science", "issued": date((1968, 12, 13)), "page": "1243-1248",
         "publisher": "American Association for the Advancement of Science"},
    ],
    "ris/zotero7_html_notes.ris": [  # Y2 with a time, DP, notes as HTML (one over two lines)
        {"type": "article-journal", "title": KAAB_TITLE, "author": KAAB, "issued": date((2021, 6, 3)),
         "accessed": date((2021, 3, 15)), "source": "www.nature.com", "language": "en",
         "container-title-short": "Nat. Clim. Chang.", "keyword": "glaciers, water security",
         "_kept": ["Read for chapter 2", "methods", "Summary", "Loss is 20"]},
    ],
    # --- a second batch: classic and BibLaTeX types, names and accents, more RIS types and dates --
    "bibtex/classic_types.bib": [
        {"id": "cooley2014", "type": "chapter", "container-title": "Authoritarianism Goes Global",
         "editor": [name("Diamond", "Larry"), name("Plattner", "Marc F."), name("Walker", "Christopher")],
         "publisher": "Johns Hopkins University Press", "publisher-place": "Baltimore",
         "issued": date((2016,)), "page": "117-134", "chapter-number": "7"},
        {"id": "lang2002ch3", "type": "chapter", "chapter-number": "3", "page": "117-172",
         "edition": "3", "collection-title": "Graduate Texts in Mathematics", "publisher": "Springer"},
        {"id": "imf2019", "type": "report", "author": [{"literal": "International Monetary Fund"}],
         "publisher": "International Monetary Fund", "publisher-place": "Washington, DC",
         "genre": "IMF Country Report", "number": "19/211", "issued": date((2019, 7))},
        {"id": "ivanov2021", "type": "manuscript", "issued": date((2021,)), "_kept": ["Unpublished manuscript"]},
        {"id": "rcore2023", "author": [{"literal": "R Core Team"}],
         "publisher": "R Foundation for Statistical Computing", "publisher-place": "Vienna, Austria",
         "URL": "https://www.R-project.org/", "issued": date((2023,))},
        {"id": "lee2017ma", "type": "thesis", "genre": "Master's thesis", "publisher": "University of Tartu",
         "publisher-place": "Tartu, Estonia", "title": "Snowmelt timing in the Altai"},
        {"id": "nowak2018conf", "type": "paper-conference", "container-title": "Proceedings of IGARSS 2018",
         "page": "45-52", "author": [name("Nowak", "Paweł")], "_kept": ["IEEE"]},
        {"id": "worldbank2020", "author": [{"literal": "World Bank"}],
         "title": "Personal remittances, received (% of GDP) – Tajikistan",
         "URL": "https://data.worldbank.org/indicator/BX.TRF.PWKR.DT.GD.ZS?locations=TJ",
         # changed after the run: the note 'Accessed: 2021-03-15' is read as the access date
         # (written as text that must merely be kept)
         "issued": date((2020,)), "accessed": date((2021, 3, 15))},
        {"id": "petrov2024", "container-title": "Post-Soviet Affairs", "status": "forthcoming",
         "_absent": ["issued"]},
    ],
    "bibtex/names_accents.bib": [
        {"id": "names1", "author": [
            name("Doe", "John", suffix="Jr."), name("Beethoven", "Ludwig", **{"non-dropping-particle": "van"}),
            name("Fontaine", "Jean", **{"non-dropping-particle": "de la"}), name("Sartre", "Jean-Paul"),
            {"literal": "Barnes and Noble"},
            name("Vallée Poussin", "Charles Louis Xavier Joseph", **{"non-dropping-particle": "de la"})]},
        {"id": "accents2", "author": [
            name("Ångström", "Anders"), name("Straßer", "Franz"), name("Łódźka", "Ewa"), name("Garçon", "François"),
            name("Peña", "José"), name("Erdős", "Pál"), name("Škoda", "Emil"), name("Crîşan", "Ion")],
         "title": "Étude des œuvres naïves à São Paulo", "container-title": "Revue d'études",
         "page": "e0123456"},
        {"id": "math3", "author": [name("Watson", "J. D."), name("Crick", "F. H. C.")], "page": "737-738",
         "URL": "https://example.org/paper%20one?x=1&y=2", "DOI": "10.1038/171737a0",
         "_kept": ["α-helix", "β test"]},
    ],
    "bibtex/biblatex_more.bib": [
        {"id": "roy2008", "title": "Virtual Regionalism: Regional Structures and Regime Security in Central Asia",
         "container-title": "Central Asian Survey", "container-title-short": "Cent. Asian Surv.",
         "issued": date((2008, 6)), "language": "en", "issue": "2"},
        # changed after the run: the whole work's maintitle is the title and the volume's own
        # title CSL 1.0.2's volume-title, as Chicago's CSL styles print them (was written the
        # other way round, title = the volume's title, the maintitle merely kept)
        {"id": "marx1867", "type": "book", "title": "Das Kapital",
         "volume-title": "Der Produktionsprocess des Kapitals",
         "volume": "1", "number-of-volumes": "3", "language": "de", "title-short": "Das Kapital I",
         "publisher-place": "Hamburg"},
        {"id": "eco1980", "collection-title": "I grandi tascabili", "collection-number": "12", "edition": "2",
         "language": "it", "issued": {"date-parts": [[1980]], "circa": True}, "_kept": ["reprint"]},
        {"id": "forth2025", "status": "forthcoming", "container-title": "World Development"},
        {"id": "diamond2016", "type": "book",
         "editor": [name("Diamond", "Larry"), name("Plattner", "Marc F.")], "publisher-place": "Baltimore"},
        {"id": "brit2019", "type": "entry-encyclopedia", "container-title": "Encyclopaedia Britannica",
         "issued": date((2019, 3, 15)), "accessed": date((2021, 3, 15))},
        {"id": "wb2021", "type": "report", "title": "Tajikistan Economic Update: Spring 2021",
         "publisher": "World Bank", "publisher-place": "Washington, DC", "number": "158974",
         # changed after the run: spring as month 13, this project's form of a season (the
         # README's, as citeproc-js reads it), not CSL-JSON's separate "season": 1
         "issued": date((2021, 13))},
        {"id": "season2020", "author": [name("Harding", "Luke")], "_kept": ["Blog series", "2020"]},
    ],
    "ris/types_more.ris": [  # CRLF
        {"type": "software", "version": "v2.1.0", "publisher": "Zenodo", "DOI": "10.5281/zenodo.3509134",
         "issued": date((2019,))},
        {"type": "patent", "number": "US 9,876,543 B2", "issued": date((2018, 1, 23)),
         "author": [name("Doe", "John"), name("Roe", "Richard")], "_kept": ["Acme Water Inc.", "United States"]},
        {"type": "dataset", "publisher": "Dryad", "DOI": "10.5061/dryad.8515", "_kept": ["1"]},
        {"type": "post-weblog", "container-title": "The Eurasia Blog", "issued": date((2020, 5, 4)),
         "accessed": date((2021, 3, 15)), "URL": "https://eurasia.example.org/dushanbe"},
        {"type": "legal_case", "title": "Brown v. Board of Education", "issued": date((1954, 5, 17)),
         "volume": "347", "page": "483", "container-title": "U.S.", "_kept": ["Supreme Court"]},
        {"type": "book", "editor": [name("Diamond", "Larry"), name("Plattner", "Marc F.")],
         "ISBN": "9781421419978", "publisher-place": "Baltimore", "_absent": ["author"]},
        {"type": "chapter", "author": [name("Cooley", "Alexander")], "editor": [name("Diamond", "Larry")],
         "container-title": "Authoritarianism Goes Global", "page": "117-134"},
        {"type": "motion_picture", "title": "2001: A Space Odyssey", "issued": date((1968,)),
         "publisher": "Metro-Goldwyn-Mayer", "_kept": ["Kubrick"]},
    ],
    "ris/dates_names_more.ris": [
        {"author": [name("Doe", "John", suffix="Jr."), name("Beethoven", "Ludwig", **{"non-dropping-particle": "van"}),
                    {"literal": "World Health Organization"}],
         "container-title": "Onomastics", "issued": date((2019,)), "page": "123-145"},
        {"author": [name("Smith", "J.A.")], "issued": date((2019, 3)), "page": "e1001234"},
        {"issued": date((2019, 3, 15)), "accessed": date((2021, 3, 15))},
        # changed after the run: RIS's OP is EndNote's 'Original Publication' (a title, Zotero
        # reads it only for hearings, cases and patents), so '1869' stays in the note
        {"type": "book", "translator": [name("Pevear", "Richard")], "edition": "2", "number-of-volumes": "2",
         "_note": ["OP: 1869"], "title-short": "War & Peace", "call-number": "PG3366 .V6",
         "publisher": "Knopf", "issued": date((2007,))},
    ],
    "csljson/zotero7_variables.json": [
        {"type": "review-book", "reviewed-author": [name("Cooley", "Alexander")],
         "reviewed-title": "Great Games, Local Rules", "issued": date((2013,)), "page": "512-514"},
        {"type": "personal_communication", "recipient": [name("Adams", "John")], "genre": "Letter",
         "issued": date((1776, 3, 31)), "archive": "Massachusetts Historical Society",
         "archive_location": "Adams Family Papers, box 4"},
        {"event-title": "12th Conference on Development Economics", "event-place": "Lyon, France",
         "event-date": date((2019, 5, 20), (2019, 5, 22)),
         "author": [name("Okoro", "Chinwe"), name("King", "Martin Luther", suffix="Jr.")]},
        {"edition": "6", "number-of-volumes": "2", "collection-number": "811", "original-date": date((1859,)),
         # changed after the run: 'Original Place' names no CSL variable (Zotero's Extra takes
         # 'Original Publisher Place'), so the line stays in the note
         "original-publisher": "John Murray", "_note": ["Original Place: London", "tex.howpublished: print"],
         "issued": {"literal": "Spring 1872"}},
    ],
    # --- a third batch: Mendeley Desktop RIS, JabRef 5 BibTeX, a Crossref chapter ---------------
    "ris/mendeley_desktop.ris": [  # tags sorted, SP the whole range, BT for a chapter's book, ED
        {"id": "Kaab2021", "type": "article-journal", "title": KAAB_TITLE, "author": KAAB, "page": "591-597",
         "container-title": "Nature Climate Change", "issued": date((2021,)), "DOI": KAAB_DOI,
         "keyword": "glaciers, water security", "ISSN": "1758-6798", "_kept": ["Read for chapter 2."]},
        {"id": "Ostrom1990", "type": "book", "ISBN": "9780521405997", "publisher-place": "Cambridge",
         "title": "Governing the Commons: The Evolution of Institutions for Collective Action"},
        {"id": "Cooley2016", "type": "chapter", "container-title": "Authoritarianism Goes Global",
         "editor": [name("Diamond", "Larry"), name("Plattner", "Marc F.")], "page": "117-134",
         "publisher": "Johns Hopkins University Press", "publisher-place": "Baltimore"},
    ],
    "bibtex/jabref5_bibtex.bib": [  # First Last names, bookkeeping fields, @Comment metadata
        {"id": "Kaab2021", "type": "article-journal", "author": KAAB, "issued": date((2021, 6)),
         "title": "Glacier retreat in High Mountain Asia and its downstream water risk",
         "keyword": "glaciers, water security", "page": "591-597",
         "_note": ["owner: anna", "groups: Thesis"], "_kept": ["Kaab2021 - Glacier retreat.pdf", "2021-03-15"]},
        {"id": "Cooley2016", "type": "chapter", "editor": [name("Diamond", "Larry"), name("Plattner", "Marc F.")],
         "container-title": "Authoritarianism Goes Global", "publisher-place": "Baltimore", "page": "117-134"},
    ],
    "csljson/crossref_cn_chapter.json": [
        {"type": "chapter", "title": "The League of Authoritarian Gentlemen", "author": [name("Cooley", "Alexander")],
         "editor": [name("Diamond", "Larry"), name("Plattner", "Marc F.")],
         "container-title": "Authoritarianism Goes Global", "publisher-place": "Baltimore",
         "ISBN": "9781421419978", "issued": date((2016,)), "page": "117-134", "DOI": "10.1353/book.12345"},
    ],
}

# A file whose last record has no ER may be reported, but the record is read.
OPEN_AT_END = {"ris/dates_no_er.ris"}


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_export_read_as_a_researcher_expects(path):
    result = api.read(str(FIXTURES / path))
    # a file whose last record lacks its ER is read whole, with a warning that fails nothing
    assert [str(p) for p in result.problems if not (p.warning and path in OPEN_AT_END)] == []
    assert_items_as_expected(result.items, EXPECTED[path])


WRITERS = ("bibtex", "biblatex", "ris", "csljson", "cslyaml")




def _keyword_list(value) -> list[str]:
    return [k.strip() for k in re.split(r"[,;]", value or "") if k.strip()]


def round_trip_losses(item: dict, again: dict, writer: str) -> list[str]:
    """The variables of `item` that `again` (read back from `writer`'s output) lost or changed.
    What the README documents as a writer's way of carrying a value counts as kept: BibTeX
    makes a key for an item URI (Zotero's ids) and writes the `citation-key` as the entry's key; BibTeX and RIS write `categories` as keywords
    and a keyword list with their own separators; their names are split by their own rules, so
    CSL's `parse-names` hint has nothing to say there; RIS reads a date given as text back as
    the date it names when it names one. Our own `custom` is not compared."""
    bibtex = writer in ("bibtex", "biblatex")
    losses = []
    for var, value in item.items():
        after = again.get(var)
        if var == "custom" or (bibtex and var == "id" and "://" in value and "doi.org/" not in value):
            continue
        if bibtex and var == "citation-key":
            after = again["id"]
        elif writer in ("bibtex", "biblatex", "ris") and var == "categories":
            after = _keyword_list(again.get("keyword"))[-len(value):]
        elif var == "keyword":
            value, after = _keyword_list(value), _keyword_list(after)
        elif writer == "ris" and isinstance(value, dict) and "literal" in value:
            value = parse_ris_date(value["literal"])  # DA reads 'Spring 1872' as that season
        elif writer in ("bibtex", "biblatex", "ris") and var in NAME_VARIABLES:
            value = [{k: v for k, v in n.items() if k != "parse-names"} for n in value]
        if after != value:
            losses.append(f"{writer}: {var}: {value!r} -> {after!r}")
    return losses


def losses_through_writers(items: list[dict]) -> list[str]:
    """What each writer's output, read back, lost of `items`; every output must read back clean and whole."""
    losses = []
    for writer in WRITERS:
        fmt = get_format(writer)
        again = fmt.read(fmt.write(items), f"again.{writer}")
        assert again.problems == [], writer
        assert len(again.items) == len(items), writer
        for item, back in zip(items, again.items):
            losses += round_trip_losses(item, back, writer)
    return losses


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_every_writer_gives_back_what_was_read(path):
    assert losses_through_writers(api.read(str(FIXTURES / path)).items) == []


# --- the rules this round added -------------------------------------------------------------------

def test_a_word_processor_citation_field_reads_as_the_works_it_cites():
    """Zotero's and Mendeley Cite's field data in a document (csl-citation JSON): each cited
    work once, however many fields cite it; the library links stay in the note, the field's own
    bookkeeping (its id, the rendered citation) goes."""
    work = {"id": "12", "type": "book", "title": "Great games, local rules",
            "author": [{"family": "Cooley", "given": "Alexander"}], "issued": {"date-parts": [["2012"]]}}
    field = {"citationID": "a1b2c3", "properties": {"formattedCitation": "(Cooley 2012)", "noteIndex": 0},
             "citationItems": [{"id": 12, "uris": ["http://zotero.org/users/1234567/items/ABCD2345"],
                                "itemData": work}],
             "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
    other = {**field, "citationID": "d4e5f6",
             "citationItems": [{"id": 12, "uris": ["http://zotero.org/users/1234567/items/ABCD2345"],
                                "itemData": work},
                               {"id": 13, "itemData": {"id": "13", "type": "article-journal",
                                                       "title": "Virtual regionalism"}}]}
    result = api.read_string(json.dumps([field, other]), "csljson", source="fields.json")
    assert result.problems == []
    assert [(i["id"], i["title"]) for i in result.items] == [
        ("12", "Great games, local rules"), ("13", "Virtual regionalism")]
    assert result.items[0]["note"] == "uris: http://zotero.org/users/1234567/items/ABCD2345"
    assert result.items[0]["issued"] == {"date-parts": [[2012]]}
    assert "note" not in result.items[1]


def test_pubmed_records_lose_the_period_medline_closes_every_title_with():
    record = ("TY  - JOUR\nDB  - {db}\nT1  - {title}\nJF  - Science\nPY  - 1968\nAN  - 5699198\nER  - \n")
    titles = {db: api.read_string(record.format(db=db, title=title), "ris").items[0]["title"]
              for db, title in [("PubMed", "The tragedy of the commons."),
                                ("MEDLINE", "[Water supply in the U.S.S.R.]."),
                                ("Scopus", "Fifty years on.")]}
    assert titles == {"PubMed": "The tragedy of the commons", "MEDLINE": "[Water supply in the U.S.S.R.]",
                      "Scopus": "Fifty years on."}
    abbreviated = record.format(db="PubMed", title="Health care in the U.S.")
    assert api.read_string(abbreviated, "ris").items[0]["title"] == "Health care in the U.S."


def test_endnotes_web_of_science_link_is_kept_in_the_note_not_taken_for_a_url():
    ris_text = ("TY  - JOUR\nAU  - Kääb, A.\nTI  - Glacier retreat\nPY  - 2021\n"
                "UR  - <Go to ISI>://WOS:000657001900015\nUR  - https://doi.org/10.1038/s41558-021-01063-2\n"
                "ER  - \n")
    bib_text = ("@article{\n   author = {Kääb, A.},\n   title = {Glacier retreat},\n   year = {2021},\n"
                "   url = {<Go to ISI>://WOS:000657001900015},\n   type = {Journal Article}\n}\n")
    (from_ris,) = api.read_string(ris_text, "ris").items
    (from_bib,) = api.read_string(bib_text, "bibtex").items
    assert from_ris["URL"] == "https://doi.org/10.1038/s41558-021-01063-2"
    assert from_ris["note"] == "UR: <Go to ISI>://WOS:000657001900015"
    assert "URL" not in from_bib and "url: <Go to ISI>://WOS:000657001900015" in from_bib["note"].split("\n")
    for writer in WRITERS:  # and it stays a note line on the way through every format
        fmt = get_format(writer)
        (again,) = fmt.read(fmt.write([from_bib])).items
        assert "URL" not in again and again["note"] == from_bib["note"], writer


def test_yaml_text_and_number_variables_are_read_as_written():
    """pandoc reads every scalar of its metadata as text; YAML's own types made `volume: 11` the
    number 11 (written back as "11" by every other writer) and `version: 1.10` the number 1.1."""
    text = ("references:\n- id: pandas2020\n  type: software\n  title: pandas\n  version: 1.10\n"
            "  issued: 2020-03-18\n- id: kaab2021\n  type: article-journal\n  title: Glacier retreat\n"
            "  volume: 11\n  issue: 7\n  page: 591\n  ISBN: 9780521405997\n  note: yes\n  DOI: ~\n")
    pandas, kaab = api.read_string(text, "cslyaml").items
    assert pandas["version"] == "1.10" and pandas["issued"] == {"date-parts": [[2020, 3, 18]]}
    assert [kaab.get(k) for k in ("volume", "issue", "page", "ISBN", "note", "DOI")] == [
        "11", "7", "591", "9780521405997", "yes", None]


def test_biblatex_circa_dates_keep_their_tilde():
    """BibLaTeX's date fields are EDTF: `date = {1980~}` is circa 1980; read as LaTeX, the '~'
    was a no-break space and the circa was silently lost."""
    text = ("@book{eco1980,\n  author = {Eco, Umberto},\n  title = {Il nome della rosa},\n"
            "  date = {1980~},\n  origdate = {1327~},\n  urldate = {2021-03-15},\n}\n")
    (item,) = api.read_string(text, "biblatex").items
    assert item["issued"] == {"date-parts": [[1980]], "circa": True}
    assert item["original-date"] == {"date-parts": [[1327]], "circa": True}
    assert item["accessed"] == {"date-parts": [[2021, 3, 15]]}
    for writer in ("bibtex", "biblatex"):
        fmt = get_format(writer)
        assert fmt.read(fmt.write([item])).items[0]["issued"] == item["issued"], writer


def test_ris_reads_and_writes_a_programs_version_and_a_patents_number_as_zotero_does():
    text = ("TY  - COMP\nAU  - Okafor, Ngozi\nTI  - citetools\nPY  - 2019\nET  - v2.1.0\nPB  - Zenodo\nER  - \n\n"
            "TY  - PAT\nAU  - Doe, John\nTI  - Method for filtering water\nPY  - 2018\nIS  - US 9,876,543 B2\n"
            "ER  - \n\nTY  - PAT\nAU  - Roe, Richard\nTI  - Water valve\nPY  - 2020\nSN  - EP3456789A1\nER  - \n")
    program, patent, other = api.read_string(text, "ris").items
    assert program["version"] == "v2.1.0" and "edition" not in program
    assert patent["number"] == "US 9,876,543 B2" and "issue" not in patent
    assert other["number"] == "EP3456789A1" and "ISSN" not in other and "ISBN" not in other
    written = get_format("ris").write([program, other])
    assert "ET  - v2.1.0\r\n" in written and "SN  - EP3456789A1\r\n" in written
    # what those tags carry in other types still comes back when such an item has it
    odd = [{"id": "p", "type": "patent", "title": "P", "number": "US1", "issue": "3", "ISSN": "1234-5678"},
           {"id": "s", "type": "software", "title": "S", "version": "1.0", "edition": "2"}]
    assert get_format("ris").read(get_format("ris").write(odd)).items == odd


def test_ris_editions_are_numbers_as_bibtex_ones_are():
    """'ET  - 2nd' is edition 2, as BibTeX's `edition = {2nd}` already was; the two readers
    disagreed, so an item read from RIS changed on its way through BibTeX."""
    text = "".join(f"TY  - BOOK\nTI  - Book {n}\nET  - {edition}\nER  - \n\n"
                   for n, edition in enumerate(["2nd", "3rd ed.", "Second", "Rev. ed."]))
    items = api.read_string(text, "ris").items
    assert [i["edition"] for i in items] == ["2", "3", "2", "Rev. ed."]
    bibtex = get_format("bibtex")
    assert [i["edition"] for i in bibtex.read(bibtex.write(items)).items] == ["2", "3", "2", "Rev. ed."]


def test_an_open_ended_date_survives_bibtex_and_ris():
    """BibLaTeX's `date = {2020/}` (from 2020 on) is kept as the raw EDTF text CSL-JSON allows;
    the BibTeX writers put it in `year`, read back as a literal, and RIS read it back as 2020."""
    (item,) = api.read_string("@misc{h, title = {Notes from Dushanbe}, date = {2020/}}", "biblatex").items
    assert item["issued"] == {"raw": "2020/"}
    for writer in ("bibtex", "biblatex", "ris"):
        fmt = get_format(writer)
        assert fmt.read(fmt.write([item])).items[0]["issued"] == {"raw": "2020/"}, writer
    literal = {"id": "s", "type": "book", "title": "Letters", "issued": {"literal": "Spring term 1912"}}
    for writer in ("bibtex", "biblatex"):  # a date given as text is still written as the year
        assert "year = {Spring term 1912}" in get_format(writer).write([literal]), writer


def test_a_yaml_item_a_hand_edit_broke_is_named_and_its_neighbours_read():
    """One unclosed bracket made the whole references block unreadable: no item was read."""
    text = ("---\ntitle: Draft\nkeywords:\n- glaciers\nreferences:\n"
            "- id: kaab2021\n  type: article-journal\n  title: Glacier retreat\n"
            "- id: ostrom1990\n  type: [book\n  title: Governing the commons\n"
            "- id: berg2018\n  type: chapter\n  title: Water and power\n...\n\nThe text of the paper.\n")
    result = api.read_string(text, "cslyaml", source="draft.md")
    assert [item["id"] for item in result.items] == ["kaab2021", "berg2018"]
    assert [str(p) for p in result.problems] == [
        "draft.md:11: entry 'ostrom1990': invalid YAML: did not find expected ',' or ']'"]
    plain = "- id: a\n  type: book\n  title: 'unclosed\n- id: b\n  type: book\n  title: Fine\n"
    result = api.read_string(plain, "cslyaml", source="refs.yaml")
    assert [item["id"] for item in result.items] == ["b"] and [p.entry for p in result.problems] == ["a"]


def test_a_broken_entry_without_a_key_is_named_by_its_title():
    """EndNote's BibTeX export writes no keys: a broken entry was reported by line alone."""
    text = (FIXTURES / "bibtex/endnote_nokey.bib").read_text(encoding="utf-8")
    result = api.read_string(text.replace("author = {Ostrom, E.},", "author = {Ostrom, E.}"), "bibtex",
                             source="endnote.bib")
    assert [item["container-title"] for item in result.items] == ["Nature Climate Change"]
    assert [str(p) for p in result.problems] == [
        "endnote.bib:17: entry 'Governing the Commons': skipped @book: missing ',' after field 'author'"]


def test_a_name_part_that_is_no_text_is_reported_and_kept_and_every_writer_still_writes():
    """`"family": ["Harding"]` (a hand edit) passed the schema check and then made the BibTeX and
    RIS writers stop with a TypeError; the name list now goes to the note, as other fields the
    schema refuses do, and the item and its neighbours are written."""
    items = [{"id": "harding2019", "type": "article-newspaper", "title": "Tajik migrants",
              "author": [{"family": ["Harding"], "given": "Luke"}]},
             {"id": "okafor2019", "type": "software", "title": "citetools", "author": [{"family": 1984}]},
             {"id": "cooley2012", "type": "book", "title": "Great games", "author": [{"family": "Cooley"}]}]
    result = api.read_string(json.dumps(items), "csljson", source="refs.json")
    assert [str(p) for p in result.problems] == [
        "refs.json:1: entry 'harding2019': field 'author': name 1: family must be text; kept in note",
        "refs.json:1: entry 'okafor2019': field 'author': name 1: family must be text; kept in note"]
    assert result.items[0]["note"] == 'author: [{"family": ["Harding"], "given": "Luke"}]'
    assert result.items[2]["author"] == [{"family": "Cooley"}]
    for writer in WRITERS:
        fmt = get_format(writer)
        assert len(fmt.read(fmt.write(result.items)).items) == 3, writer


def test_yaml_name_parts_are_read_as_written():
    """A band called 1984 and a given name YAML reads as false ('No') are names as pandoc reads
    them; YAML's types made them a number and a boolean, which the schema check refuses."""
    text = ("- id: song1984\n  type: song\n  title: Nineteen\n  author:\n  - family: 1984\n"
            "  - given: No\n    family: Ivanov\n    comma-suffix: true\n")
    result = api.read_string(text, "cslyaml", source="refs.yaml")
    assert result.problems == []
    assert result.items[0]["author"] == [{"family": "1984"}, {"given": "No", "family": "Ivanov", "comma-suffix": True}]


def test_a_year_before_1000_survives_ris():
    """RIS writes years as YYYY: Bede's 731 went out as 'PY  - 731' and came back as the text '731'."""
    items = [{"id": "bede731", "type": "book", "title": "Historia ecclesiastica gentis Anglorum",
              "author": [{"family": "Bede"}], "issued": {"date-parts": [[731]]}}]
    text = get_format("ris").write(items)
    assert "PY  - 0731\r\n" in text
    assert get_format("ris").read(text).items == items


def test_bibtex_style_macros_are_expanded_and_undefined_ones_reported():
    """A hand-kept file uses plain.bst's `journal = acmcs` and a macro from a strings file it
    was split from (`jgr`): the first is the journal's name, the second stays as written and is
    reported, as BibTeX warns of it; it was kept silently."""
    text = ('@string{pnas = "Proceedings of the National Academy of Sciences"}\n'
            "@article{knuth1974, author = {Knuth, Donald E.}, title = {Structured Programming with go to "
            "Statements}, journal = acmcs, year = 1974, month = dec}\n"
            '@article{mueller2019, author = {M{\\"u}ller, J{\\"o}rg}, title = {Glacier mass balance},\n'
            '  journal = jgr # ": Earth Surface", year = 2019}\n'
            "@article{lopez2020, title = {Irrigation}, journal = pnas, year = 2020}\n")
    result = api.read_string(text, "bibtex", source="thesis.bib")
    assert [i["container-title"] for i in result.items] == [
        "ACM Computing Surveys", "jgr: Earth Surface", "Proceedings of the National Academy of Sciences"]
    assert result.items[0]["issued"] == {"date-parts": [[1974, 12]]}
    assert [str(p) for p in result.problems] == [
        "thesis.bib:3: entry 'mueller2019': undefined @string 'jgr' kept as written"]


def test_a_tools_private_keys_inside_names_and_dates_are_left_out_as_on_the_item():
    """Keys with a leading underscore are a tool's own (citation.js's `_graph` on the item); on a
    name or a date they made the schema refuse the whole author list or date, moved to the note."""
    items = [{"id": "Q56", "type": "article-journal", "title": "Glacier retreat", "_wikiId": "Q56",
              "author": [{"given": "Anna", "family": "Kääb", "_ordinal": 1}, {"given": "B.", "family": "Nurmatov"}],
              "issued": {"date-parts": [[2021, 6, 3]], "_precision": 11}}]
    result = api.read_string(json.dumps(items), "csljson", source="wikidata.json")
    assert result.problems == []
    (item,) = result.items
    assert item["author"] == [{"given": "Anna", "family": "Kääb"}, {"given": "B.", "family": "Nurmatov"}]
    assert item["issued"] == {"date-parts": [[2021, 6, 3]]} and "note" not in item


def test_ris_keeps_a_keyword_with_a_comma_between_digits_whole():
    """One KW per keyword: a list joined with commas is split there, but '1,2-dichloroethane'
    and '2,4-D' were cut into '1' and '2-dichloroethane'."""
    item = {"id": "a", "type": "article-journal", "title": "Solvent exposure",
            "keyword": "1,2-dichloroethane, solvents, 2,4-D"}
    text = get_format("ris").write([item])
    assert [line for line in text.split("\r\n") if line.startswith("KW")] == [
        "KW  - 1,2-dichloroethane", "KW  - solvents", "KW  - 2,4-D"]
    assert get_format("ris").read(text).items == [item]


def test_a_yaml_date_under_a_key_that_is_no_date_variable_is_kept_as_text():
    """A misspelt key ('ssued: 2018-03-15') goes to the note; YAML made its value a Python date,
    which the note's JSON could not hold: reading stopped with a TypeError."""
    text = "- id: berg2018\n  type: chapter\n  title: Water and power\n  ssued: 2018-03-15\n  issued: 2018-03\n"
    result = api.read_string(text, "cslyaml", source="refs.yaml")
    assert result.problems == []
    assert result.items[0]["note"] == "ssued: 2018-03-15"
    assert result.items[0]["issued"] == {"date-parts": [[2018, 3]]}


def test_csl_json_items_without_an_id_are_named_by_doi_or_title_in_problems():
    """Crossref's works carry no id: a broken one was reported by line alone, and a malformed
    field of an item without an id named its place in the file ('#2')."""
    text = ('[\n  {"DOI": "10.1038/s41558-021-01063-2", "type": "journal-article", "title": ["Glacier retreat"]},\n'
            '  {"DOI": "10.1029/2018JF004821", "type": "journal-article" "title": ["Glacier mass balance"]},\n'
            '  {"type": "book", "title": "Governing the Commons", "author": "Ostrom, Elinor"}\n]\n')
    result = api.read_string(text, "csljson", source="works.json")
    assert [item["title"] for item in result.items] == ["Glacier retreat", "Governing the Commons"]
    assert [str(p) for p in result.problems] == [
        "works.json:3: entry '10.1029/2018JF004821': invalid JSON: Expecting ',' delimiter (column 61)",
        "works.json:4: entry 'Governing the Commons': field 'author': must be a list of name objects; kept in note"]


def test_a_broken_item_of_a_minified_array_does_not_take_the_items_after_it():
    """A one-line array (Crossref's API, minified tool output): reading stopped at the broken
    item, as the next item was looked for at the start of a line; it resumes at the next object
    that reads as an item, not at a name inside the broken one."""
    text = ('[{"id":"a","type":"book" "title":"Great games","author":[{"family":"Cooley"},{"family":"Nexon"}]},'
            '{"id":"b","type":"book","title":"Governing the Commons","author":[{"family":"Ostrom"}]},'
            '{"id":"c","type":"article-journal","title":"Virtual regionalism"}]')
    result = api.read_string(text, "csljson", source="min.json")
    assert [item["id"] for item in result.items] == ["b", "c"]
    assert [(p.line, p.entry) for p in result.problems] == [(1, "a")]

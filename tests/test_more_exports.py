"""Exports from publisher sites and tools not covered elsewhere, written blind.

Each fixture was written as the tool emits it (quirks included) and the values below are what a
researcher expects from it, written before the reader was run on the files. Entries are matched
in file order. Besides CSL variables an entry may list `_note` (lines the note must hold),
`_absent` (variables that must not be set) and `_kept` (text that must survive somewhere in the
item, as nothing the file held may be lost).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cslbridge import api
from cslbridge.items import validate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def name(family, given=None, **extra):
    out = {"family": family}
    if given is not None:
        out["given"] = given
    out.update(extra)
    return out


def date(*parts):
    return {"date-parts": [list(p) for p in parts]}


EXPECTED = {
    # --- RIS from publisher sites -------------------------------------------------------------
    "ris/tandf.ris": [  # CRLF; N1 and M3 only repeat the DOI; Y2 is the download date
        {"type": "article-journal",
         "title": "Labour migration from Central Asia to Russia: remittances, risk and return",
         "author": [name("Rahmonova-Schwarz", "Delia"), name("Ó Beacháin", "Donnacha")],
         "container-title": "Central Asian Survey", "issued": date((2019, 1, 2)),
         "DOI": "10.1080/02634937.2018.1532961", "volume": "38", "issue": "1", "page": "1-22",
         "publisher": "Routledge", "ISSN": "0263-4937",
         "URL": "https://doi.org/10.1080/02634937.2018.1532961", "accessed": date((2021, 3, 15)),
         "_absent": ["note"]},
        {"type": "article-journal", "title": "Water, energy and the politics of the Rogun dam",
         "issued": date((2015, 6, 18)), "page": "479-499", "container-title": "Geopolitics",
         "abstract": "The Rogun dam has become a symbol of Tajik statehood. This article reads the "
                     "dispute with Uzbekistan as a contest over hydro-hegemony.",
         "_absent": ["note"]},
        {"type": "chapter", "title": "Russia and the Eurasian Economic Union",
         "author": [name("Lukin", "Alexander")], "editor": [name("Tsygankov", "Andrei P.")],
         "container-title": "Routledge Handbook of Russian Foreign Policy", "page": "280-295",
         "publisher": "Routledge", "publisher-place": "London", "ISBN": "9781315536934",
         "DOI": "10.4324/9781315536934-21", "issued": date((2018, 5, 17)), "_absent": ["note"]},
    ],
    "ris/sage.ris": [
        {"type": "article-journal",
         "title": "The Global Rise of Personalized Politics: It’s Not Just Dictators Anymore",
         "author": [name("Kendall-Taylor", "Andrea"), name("Frantz", "Erica"), name("Wright", "Joseph")],
         "container-title": "Journal of Peace Research", "volume": "54", "issue": "1", "page": "7-19",
         "issued": date((2017, 3, 1)), "DOI": "10.1177/0022343316687865",
         "URL": "https://doi.org/10.1177/0022343316687865",
         "abstract": "Personalist dictatorships are on the rise. We document the trend with a new "
                     "dataset covering 1946–2014.",
         "_note": ["L1: https://journals.sagepub.com/doi/pdf/10.1177/0022343316687865"]},
        {"title": "Authoritarian learning in Eurasia", "container-title": "Journal of Eurasian Studies",
         "abstract": "How regimes copy one another's repressive laws.",
         "keyword": "authoritarianism, diffusion, Eurasia", "issued": date((2021, 7, 1))},
    ],
    "ris/wiley.ris": [  # CRLF; DO and N1 hold the DOI as a URL; SP an article number; JA
        {"type": "article-journal", "DOI": "10.1029/2019WR026543", "page": "e2019WR026543",
         "container-title": "Water Resources Research", "container-title-short": "Water Resour. Res.",
         "keyword": "groundwater, GRACE, Punjab", "publisher": "John Wiley & Sons, Ltd",
         "issued": date((2020, 5, 3)), "accessed": date((2023, 2, 11)), "volume": "56", "issue": "5",
         "ISSN": "0043-1397", "abstract": "Satellite gravimetry shows a loss of 20 km³ a year.",
         "author": [name("Singh", "Amarjeet"), name("Kaur", "Simran")],
         "_note": ["L1: https://agupubs.onlinelibrary.wiley.com/doi/pdf/10.1029/2019WR026543"]},
        {"type": "chapter", "title": "Hydro-hegemony revisited", "editor": [name("Warner", "Jeroen")],
         "container-title": "The Wiley Blackwell Companion to Water Politics", "page": "61-80",
         "ISBN": "9781119300762", "publisher-place": "Hoboken, NJ",
         "DOI": "10.1002/9781119300762.ch4", "_absent": ["note"]},
    ],
    "ris/springer.ris": [  # BOM; the export's own IDs; DA 2021//
        {"id": "Ivanova2020", "type": "article-journal",
         "author": [name("Ivanova", "Elena"), name("Schmidt", "Jürgen")],
         "issued": date((2020, 3, 15)), "container-title": "Climatic Change", "page": "1-20",
         "volume": "160", "issue": "1", "ISSN": "1573-1480", "DOI": "10.1007/s10584-020-02345-6"},
        {"type": "chapter", "title": "Effect Handlers, Typed", "editor": [name("Yoshida", "Nobuko")],
         "container-title": "Programming Languages and Systems",
         "collection-title": "Lecture Notes in Computer Science", "issued": date((2021,)),
         "ISBN": "978-3-030-72019-3", "publisher": "Springer International Publishing",
         "publisher-place": "Cham", "page": "301-328",
         "abstract": "We give a type system for effect handlers."},
        {"id": "Lang2002", "type": "book", "title": "Algebra",
         "collection-title": "Graduate Texts in Mathematics", "edition": "3", "publisher": "Springer",
         "publisher-place": "New York, NY", "ISBN": "978-1-4613-0041-0", "issued": date((2002,)),
         "_kept": ["211"], "_absent": ["number-of-pages"]},
    ],
    "ris/jstor.ris": [  # header lines; C1 'Full publication date'; DB; two ISSNs unhyphenated
        {"type": "article-journal", "title": "The Tragedy of the Commons",
         "author": [name("Hardin", "Garrett")], "container-title": "Science",
         "issued": date((1968, 12, 13)), "volume": "162", "issue": "3859", "page": "1243-1248",
         "publisher": "American Association for the Advancement of Science",
         "ISSN": "00368075, 10959203", "URL": "http://www.jstor.org/stable/1724745",
         "accessed": date((2023, 5, 4)), "source": "JSTOR"},
        {"type": "chapter", "title": "The Logic of Collective Action in Soviet-Type Societies",
         "container-title": "Power and Prosperity", "issued": date((2000,)), "page": "111-134",
         "publisher": "Basic Books", "source": "JSTOR", "_absent": ["note"]},
        {"title": "Review of Tajikistan: A Political and Social History",
         "container-title": "Middle East Journal", "issued": date((2014, 14)), "page": "310-312",
         "ISSN": "00263141"},
    ],
    "ris/cambridge.ris": [  # DA with a trailing slash; ET holds the first-online date
        {"type": "article-journal", "title": "Coalitions of the Weak: Elite Politics in Kyrgyzstan",
         "author": [name("Radnitz", "Scott"), name("Engvall", "Johan")],
         "container-title": "American Political Science Review", "issued": date((2019, 8, 1)),
         "DOI": "10.1017/S0003055419000212", "page": "745-761", "volume": "113", "issue": "3",
         "ISSN": "0003-0554", "publisher": "Cambridge University Press",
         "abstract": "Why do weak elites coalesce? We study two decades of Kyrgyz politics.",
         "_absent": ["edition"], "_kept": ["2019/05/09"]},
        {"type": "chapter", "title": "The Soviet Legacy", "container-title": "Great Games, Local Rules",
         "editor": [name("Smith", "Mark")], "DOI": "10.1093/acprof:oso/9780199929825.003.0002",
         "publisher-place": "Cambridge", "ISBN": "9780199929825", "issued": date((2012, 11, 1)),
         "page": "17-34"},
    ],
    "ris/oxford.ris": [  # BOM + CRLF; Y2 as month/day/year
        {"type": "article-journal", "title": "Rethinking Civilizational Identity from the Bottom Up",
         "author": [name("Hale", "Henry E."), name("Laruelle", "Marlène")],
         "container-title": "International Studies Quarterly", "container-title-short": "Int Stud Q",
         "issued": date((2020, 6, 1)), "accessed": date((2021, 3, 15)), "page": "424-437",
         "volume": "64", "issue": "2", "DOI": "10.1093/isq/sqaa012", "ISSN": "0020-8833"},
        {"type": "chapter", "title": "Russia’s Foreign Policy in Central Asia",
         "container-title": "The Oxford Handbook of Russian Foreign Policy",
         "editor": [name("Tsygankov", "Andrei P.")], "accessed": date((2022, 11, 2)),
         "issued": date((2018, 12, 13)), "ISBN": "9780198755890", "publisher-place": "Oxford",
         "publisher": "Oxford University Press", "page": "390-410"},
    ],
    "ris/iop.ris": [  # article numbers as a lone SP; JF + JA
        {"type": "article-journal", "page": "034012", "container-title": "Environmental Research Letters",
         "container-title-short": "Environ. Res. Lett.",
         "author": [name("Nurmatov", "A"), name("Vries", "W T", **{"non-dropping-particle": "de"})],
         "URL": "https://dx.doi.org/10.1088/1748-9326/abd5e1", "DOI": "10.1088/1748-9326/abd5e1",
         "issued": date((2021, 3, 1)), "ISSN": "1748-9326", "publisher": "IOP Publishing",
         "_absent": ["number-of-pages"]},
        {"page": "012089", "container-title": "Journal of Physics: Conference Series",
         "container-title-short": "J. Phys.: Conf. Ser.", "volume": "1342",
         "author": [name("Okafor", "C"), name("Lindqvist", "P"), name("Hernández", "M J")]},
    ],
    "ris/ebsco.ris": [  # titles end in a period; N1 holds the record's bookkeeping; DP/DB
        {"type": "article-journal",
         "title": "The China Shock: Learning from Labor-Market Adjustment to Large Changes in Trade",
         "author": [name("Autor", "David H."), name("Dorn", "David"), name("Hanson", "Gordon H.")],
         "container-title": "Annual Review of Economics", "issued": date((2016, 10)),
         "volume": "8", "issue": "1", "page": "205-240", "ISSN": "19411383",
         "abstract": "China's emergence transformed world trade. We review evidence on its "
                     "labor-market effects.",
         "keyword": "INTERNATIONAL trade, LABOR market, CHINA -- Economic conditions",
         "source": "EBSCOhost", "_kept": ["Accession Number: 118734216", "bth"]},
        {"type": "book", "title": "Clan Politics and Regime Transition in Central Asia",
         "author": [name("Collins", "Kathleen")], "issued": date((2006,)),
         "publisher": "Cambridge University Press", "publisher-place": "Cambridge",
         "ISBN": "9780521839501", "source": "EBSCOhost",
         "_kept": ["Accession Number: 165432", "Number of Pages: 398", "nlebk"]},
    ],
    "ris/refworks.ris": [  # A1..A4, 'Family,Given', Y1 2019///, ER without a trailing space or
        # a blank line, several UR, L1, L2, AD, an HTML N1
        {"type": "article-journal", "title": "Remittances and household welfare in Tajikistan",
         "author": [name("Kumar", "Ravi"), name("Petrova", "Anna S.")], "issued": date((2019,)),
         "abstract": "We use three waves of a household panel.", "keyword": "remittances, Tajikistan",
         "container-title": "Post-Soviet Affairs", "container-title-short": "Post-Sov. Aff.",
         "volume": "35", "issue": "4", "page": "301-318", "publisher": "Taylor & Francis",
         "ISSN": "1060-586X", "DOI": "10.1080/1060586X.2019.1612345",
         "URL": "https://doi.org/10.1080/1060586X.2019.1612345",
         "_note": ["UR: https://www.tandfonline.com/doi/full/10.1080/1060586X.2019.1612345",
                   "L1: file:///C:/Users/ravi/Papers/kumar2019.pdf",
                   "L2: https://ideas.repec.org/a/taf/postsov/v35y2019i4p301-318.html",
                   "AD: University of Oxford"]},
        {"type": "chapter", "title": "Courts and constitutions after 1991",
         "author": [name("Ganeva", "Maria")], "editor": [name("Hale", "Henry E.")],
         "collection-editor": [name("Brown", "Archie")], "translator": [name("Lindqvist", "Pål")],
         "container-title": "Constitutional Politics in Eurasia",
         "collection-title": "Studies in Post-Soviet Politics", "issued": date((2015, 9, 1)),
         "page": "55-81", "publisher": "Palgrave Macmillan", "publisher-place": "Basingstoke",
         "ISBN": "978-1-137-45678-9", "note": "Chapter read for the seminar & the review."},
    ],
    # --- BibTeX / BibLaTeX ----------------------------------------------------------------
    "bibtex/crossref.bib": [  # content negotiation: one line an entry, en dashes, month=jun,
        # JATS/HTML tags; then DataCite's shape (the DOI URL as the key, copyright)
        {"id": "Allison_2008", "type": "article-journal",
         "title": "Virtual regionalism, regional structures and regime security in Central Asia",
         "container-title": "Central Asian Survey", "publisher": "Informa UK Limited",
         "author": [name("Allison", "Roy")], "issued": date((2008, 6)), "page": "185-202",
         "volume": "27", "issue": "2", "ISSN": "1465-3354", "DOI": "10.1080/02634930802355121",
         "URL": "http://dx.doi.org/10.1080/02634930802355121", "_absent": ["note"]},
        {"id": "Nurmatov_2021",
         "title": "Irrigation expansion and summer heat extremes in <i>Central Asia</i>: "
                  "the role of CO<sub>2</sub>",
         "author": [name("Nurmatov", "Aziz"), name("Vries", "Walter T.", **{"non-dropping-particle": "de"}),
                    name("Ó Gráda", "Cormac")],
         "page": "034012", "issued": date((2021, 3))},
        {"id": "Okonkwo_2021", "type": "chapter", "container-title": "Programming Languages and Systems",
         "ISBN": "9783030720193", "page": "301-328", "publisher": "Springer International Publishing",
         "issued": date((2021,))},
        {"id": "Buzan_2003", "type": "book", "author": [name("Buzan", "Barry"), name("Wæver", "Ole")],
         "DOI": "10.1017/cbo9780511491252", "issued": date((2003, 12))},
        {"id": "He_2016", "type": "paper-conference",
         "container-title": "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
         "publisher": "IEEE", "page": "770-778", "issued": date((2016, 6))},
        {"id": "https://doi.org/10.48550/arxiv.1706.03762", "type": "article",
         "number": "arXiv:1706.03762", "publisher": "arXiv", "DOI": "10.48550/ARXIV.1706.03762",
         "title": "Attention Is All You Need", "URL": "https://arxiv.org/abs/1706.03762",
         "license": "arXiv.org perpetual, non-exclusive license", "issued": date((2017,)),
         "_kept": ["Machine Learning (cs.LG)"]},
        {"id": "https://doi.org/10.5281/zenodo.3509134", "publisher": "Zenodo",
         "author": [name("Harris", "Charles R."), name("Millman", "K. Jarrod"), {"literal": "NumPy Developers"}],
         "DOI": "10.5281/ZENODO.3509134", "license": "Open Access", "issued": date((2019,))},
    ],
    "bibtex/ads.bib": [  # journal macros (\aap), "{...}" titles, {Family}, ADS links and notes
        {"id": "2019A&A...623A..72S", "type": "article-journal",
         "title": "The Gaia view of the Milky Way disc: kinematics of OB stars",
         "author": [name("Schmidt", "Jana"), name("van der Marel", "R. P."), {"literal": "Gaia Collaboration"}],
         "container-title": "Astronomy and Astrophysics", "container-title-short": "A&A",
         "issued": date((2019, 3)), "volume": "623", "page": "A72", "DOI": "10.1051/0004-6361/201834567",
         "URL": "https://ui.adsabs.harvard.edu/abs/2019A&A...623A..72S",
         "_note": ["adsnote: Provided by the SAO/NASA Astrophysics Data System"],
         "_kept": ["Galaxy: kinematics and dynamics", "1901.01234", "astro-ph.GA"]},
        {"title": "A Population of Compact Elliptical Galaxies at z ∼ 1",
         "author": [name("López", "María"), name("O'Connell", "Sean"), name("Zhang", "Wei")],
         "container-title": "The Astrophysical Journal", "container-title-short": "ApJ",
         "issue": "1", "page": "21", "issued": date((2018, 7))},
        {"container-title": "Monthly Notices of the Royal Astronomical Society",
         "container-title-short": "MNRAS", "page": "1234-1250",
         "author": [name("Nakamura", "Hiroshi"), name("Brown", "A. G. A.")]},
        {"type": "article", "number": "arXiv:2003.12345", "publisher": "arXiv",
         "_absent": ["container-title", "page"], "issued": date((2020, 3))},
        {"type": "paper-conference", "container-title": "American Astronomical Society Meeting Abstracts #233",
         "collection-title": "American Astronomical Society Meeting Abstracts", "_kept": ["456.01", "233"]},
    ],
    "bibtex/mathscinet.bib": [  # '@article {MR..', upper-case fields, FJOURNAL, 'Publisher, Place'
        {"id": "MR2784665", "type": "article-journal", "container-title": "Acta Mathematica",
         "container-title-short": "Acta Math.", "page": "127-204", "issue": "1", "volume": "206",
         "author": [name("Tao", "Terence"), name("Vu", "Van")], "DOI": "10.1007/s11511-011-0061-3",
         "_note": ["mrclass: 60B20 (15B52 60F05)", "mrnumber: 2784665", "mrreviewer: Alice Guionnet"],
         "_kept": ["0001-5962", "1871-2509"]},
        {"id": "MR1878556", "type": "book", "publisher": "Springer-Verlag", "publisher-place": "New York",
         "collection-title": "Graduate Texts in Mathematics", "collection-number": "211", "edition": "3",
         "number-of-pages": "xvi+914", "ISBN": "0-387-95385-X", "_absent": ["volume", "page"]},
        {"id": "MR2347297", "type": "chapter",
         "title": "On the spectral gap for finitely-generated subgroups of SU(2)",
         "container-title": "Geometric aspects of functional analysis",
         "collection-title": "Lecture Notes in Math.", "collection-number": "1910", "page": "1-15",
         "publisher": "Springer", "publisher-place": "Berlin"},
        {"id": "MR3121212", "type": "thesis", "author": [name("Erdős", "Pál")],
         "publisher": "University of Cambridge", "number-of-pages": "112",
         "_kept": ["Thesis (Ph.D.)"]},
    ],
    "bibtex/zbmath.bib": [  # 'Given {Family}', FJournal/FSeries, 'Place: Publisher', Language
        {"id": "zbMATH05947234", "author": [name("Tao", "Terence"), name("Vu", "Van")],
         "container-title": "Acta Mathematica", "container-title-short": "Acta Math.",
         "language": "en", "keyword": "60B20; 15B52; 60F05", "page": "127-204",
         "_note": ["zbmath: 5947234", "zbl: 1217.15043"]},
        {"type": "book", "title": "Algebra", "publisher": "Springer", "publisher-place": "New York, NY",
         "collection-title": "Graduate Texts in Mathematics", "collection-number": "211",
         "number-of-pages": "xv + 914", "ISSN": "0072-5285", "_kept": ["Grad. Texts Math.", "3rd revised ed."]},
        {"type": "chapter", "title": "On the spectral gap for finitely-generated subgroups of SU(2)",
         "container-title": "Geometric aspects of functional analysis. Israel seminar 2004–2005",
         "publisher": "Springer", "publisher-place": "Berlin", "page": "1-15"},
    ],
    "bibtex/citavi.bib": [  # 'Name.2008' keys, doubly braced publishers, urldate as dd.mm.yyyy
        {"id": "Allison.2008", "type": "article-journal", "container-title": "Central Asian Survey",
         "page": "185-202", "issued": date((2008,))},
        {"id": "Buzan.2003", "type": "book", "author": [name("Buzan", "Barry"), name("Wæver", "Ole")],
         "publisher": "Cambridge University Press", "publisher-place": "Cambridge",
         # Written blind as collection-number "91"; left as volume: classic BibTeX's `volume`
         # beside `series` is the series' number to plain.bst but a volume of the work to
         # BibLaTeX, and which one Citavi means could not be checked.
         "collection-title": "Cambridge studies in international relations", "volume": "91"},
        {"id": "Muller.2019b", "type": "chapter", "author": [name("Müller", "Hans-Jürgen")],
         "editor": [name("Schmidt", "Petra"), name("Weber", "Klaus")],
         "container-title": "Handbuch Zentralasien", "publisher": "Springer VS",
         "publisher-place": "Wiesbaden", "page": "45-67"},
        {"id": "WorldBank.2021", "author": [{"literal": "World Bank"}], "accessed": date((2021, 3, 15)),
         "URL": "https://openknowledge.worldbank.org/handle/10986/35612", "_absent": ["note"]},
        {"id": "Ivanova.2017", "type": "thesis", "genre": "Dissertation",
         "publisher": "Freie Universität Berlin", "publisher-place": "Berlin"},
    ],
    "bibtex/paperpile.bib": [  # quoted values wrapped over lines, bare numbers, conference field
        {"id": "Allison2008-ab",
         "title": "Virtual regionalism, regional structures and regime security in Central Asia",
         "abstract": "This article examines the structures and functioning of regional "
                     "organizations in Central Asia.",
         "container-title": "Cent. Asian Surv.", "volume": "27", "issue": "2", "issued": date((2008, 6)),
         "language": "en", "keyword": "Central Asia; regionalism", "page": "185-202"},
        {"id": "He2016-cw", "type": "paper-conference",
         "container-title": "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
         "event-title": "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
         "event-place": "Las Vegas, NV, USA", "publisher": "IEEE", "page": "770-778"},
        {"id": "World-Health-Organization2020-xk", "author": [{"literal": "World Health Organization"}],
         "title": "Coronavirus disease (COVID-19) pandemic",
         "URL": "https://www.who.int/emergencies/diseases/novel-coronavirus-2019",
         "accessed": date((2021, 3, 15)), "_absent": ["note"]},
        {"id": "Cooley2012-pq",
         "title": "Great Games, Local Rules: The New Great Power Contest in Central Asia",
         "publisher-place": "New York", "ISBN": "9780199929825"},
        {"id": "Rahmonova2022-zz", "type": "manuscript",
         "title": "Return migration and small business in Khatlon", "note": "Unpublished manuscript"},
    ],
    "bibtex/semantic_scholar.bib": [  # 'Given Family' names, journal={ArXiv} + volume={abs/...}
        {"id": "Vaswani2017AttentionIA", "type": "article", "number": "arXiv:1706.03762",
         "publisher": "arXiv", "_absent": ["volume"],
         "URL": "https://api.semanticscholar.org/CorpusID:13756489"},
        {"container-title": "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
         "page": "770-778", "issued": date((2015,)),
         "author": [name("He", "Kaiming"), name("Zhang", "X."), name("Ren", "Shaoqing"), name("Sun", "Jian")]},
        {"page": "185-202", "author": [name("Allison", "Roy")], "volume": "27"},
        {"type": "paper-conference",
         "title": "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
         "container-title": "North American Chapter of the Association for Computational Linguistics",
         "author": [name("Devlin", "Jacob"), name("Chang", "Ming-Wei"), name("Lee", "Kenton"),
                    name("Toutanova", "Kristina")]},
    ],
    "bibtex/zotero7_biblatex.bib": [  # date ranges, related, @online/@report/@thesis/@dataset/
        # @software, localisation keys in `type`, eprinttype, pubstate
        {"issued": date((2019, 3), (2019, 4)), "container-title-short": "Cent. Asian Surv.",
         "title": "Labour migration from Central Asia to Russia: remittances, risk and return",
         "title-short": "Labour migration from Central Asia to Russia", "language": "en",
         "author": [name("Rahmonova-Schwarz", "Delia"), name("Ó Beacháin", "Donnacha")],
         "keyword": "migration, remittances",
         "_note": ["related: menga_water_2015", "relatedtype: commented"]},
        # changed by formats5: a Zotero web page has no publisher; its BibLaTeX `organization` is the site
        {"type": "webpage", "author": [{"literal": "Eurasian Economic Commission"}], "language": "ru",
         "container-title": "Eurasian Economic Commission", "accessed": date((2022, 11, 2)),
         "title": "Statistics of the Eurasian Economic Union"},
        {"type": "report", "genre": "Policy Research Working Paper", "number": "9612",
         "publisher": "World Bank", "publisher-place": "Washington, DC", "number-of-pages": "48",
         "issued": date((2021, 4)), "title": "Carbon pricing in Kazakhstan: first evidence"},
        {"type": "thesis", "genre": "PhD thesis", "publisher": "Central European University",
         "number-of-pages": "312", "publisher-place": "Budapest"},
        {"type": "thesis", "genre": "Master's thesis", "publisher": "University of Lagos",
         "issued": date((2020, 7))},
        {"type": "dataset", "version": "3", "DOI": "10.24381/cds.adbb2d47",
         "publisher": "Copernicus Climate Change Service (C3S) Climate Data Store (CDS)",
         "accessed": date((2023, 5, 4)), "title": "ERA5 hourly data on single levels from 1940 to present"},
        {"type": "software", "version": "v1.17.3", "publisher": "Zenodo", "issued": date((2019, 10, 17)),
         "DOI": "10.5281/zenodo.3509134", "title": "numpy/numpy: NumPy 1.17.3"},
        {"type": "article", "number": "arXiv:2003.12345", "DOI": "10.48550/arXiv.2003.12345",
         "issued": date((2020, 3, 26)), "accessed": date((2023, 1, 15))},
        {"type": "book", "collection-title": "Graduate Texts in Mathematics", "collection-number": "211",
         "edition": "3", "number-of-pages": "914", "publisher-place": "New York, NY",
         "_absent": ["number", "volume"]},
    ],
    # --- a second blind batch, written after the fixes for the first ------------------------
    "ris/sciencedirect.ris": [  # an empty T2, the DOI as a link, ScienceDirect's 'Chapter 1 - '
        {"type": "article-journal", "DOI": "10.1016/j.jdeveco.2019.102375", "page": "102375",
         "container-title": "Journal of Development Economics", "issued": date((2019, 11, 1)),
         "keyword": "Remittances, Child labour", "ISSN": "0304-3878",
         "author": [name("Kumar", "Ravi"), name("Petrova", "Anna S.")], "_absent": ["note"]},
        {"type": "chapter", "title": "Trade and Wages", "chapter-number": "1",
         "editor": [name("Gopinath", "Gita"), name("Helpman", "Elhanan")],
         "container-title": "Handbook of International Economics", "volume": "4", "page": "1-50",
         "publisher": "Elsevier", "author": [name("Feenstra", "Robert C.")],
         "DOI": "10.1016/B978-0-444-54314-1.00001-3", "ISSN": "1573-4404"},
    ],
    "ris/nature.ris": [
        {"id": "Wu2020", "type": "article-journal", "container-title": "Nature", "issued": date((2020, 3, 1)),
         "page": "265-269", "volume": "579", "issue": "7798", "ISSN": "1476-4687",
         "DOI": "10.1038/s41586-020-2008-3", "URL": "https://doi.org/10.1038/s41586-020-2008-3",
         "author": [name("Wu", "Fan"), name("Zhao", "Su"), name("Yu", "Bin")], "_absent": ["note"]},
    ],
    "ris/plos.ris": [  # A1, Y1 alone, an empty EP, 'M3  - doi:10...'
        {"type": "article-journal", "author": [name("Abdyldaeva", "Aigul"), name("Schmidt", "Jürgen")],
         "issued": date((2019, 3, 15)), "abstract": "We follow 400 households over two years.",
         "container-title": "PLOS ONE", "volume": "14", "issue": "3", "page": "e0213456",
         "DOI": "10.1371/journal.pone.0213456", "URL": "https://doi.org/10.1371/journal.pone.0213456",
         "publisher": "Public Library of Science", "_absent": ["note"]},
    ],
    "bibtex/sciencedirect.bib": [  # 'Given Family' names, the DOI as a link
        {"id": "KUMAR2019102375", "type": "article-journal", "DOI": "10.1016/j.jdeveco.2019.102375",
         "page": "102375", "container-title": "Journal of Development Economics", "issued": date((2019,)),
         "author": [name("Kumar", "Ravi"), name("Petrova", "Anna S."), name("De Smet", "Jean-Luc")],
         "keyword": "Remittances, Child labour, Tajikistan", "ISSN": "0304-3878",
         "URL": "https://www.sciencedirect.com/science/article/pii/S0304387819304535",
         "abstract": "We use a household panel to study how remittances change children's work.",
         "_absent": ["note"]},
        {"type": "chapter", "title": "Trade and Wages", "chapter-number": "1",
         "editor": [name("Gopinath", "Gita"), name("Helpman", "Elhanan"), name("Rogoff", "Kenneth")],
         "container-title": "Handbook of International Economics",
         "collection-title": "Handbook of International Economics", "page": "1-50", "publisher": "Elsevier",
         "DOI": "10.1016/B978-0-444-54314-1.00001-3", "author": [name("Feenstra", "Robert C.")],
         "_kept": ["4"]},
    ],
    "bibtex/hal.bib": [  # upper-case fields, doubly braced values, MONTH = Jun, HAL_ID, PDF
        {"type": "article-journal", "title": "Les migrations de travail en Asie centrale",
         "author": [name("Dubois", "Camille"), name("Lefèvre", "Pierre")],
         "container-title": "Revue d'études comparatives Est-Ouest",
         "publisher": "Presses Universitaires de France", "issued": date((2019, 6)), "volume": "50",
         "issue": "2", "page": "45-78", "DOI": "10.3917/receo1.502.0045",
         "URL": "https://hal.science/hal-02345678",
         "_note": ["hal_id: hal-02345678", "hal_version: v1"],
         "_kept": ["Asie centrale", "https://hal.science/hal-02345678/file/Dubois_Lefevre_2019.pdf"]},
        {"type": "thesis", "title": "Cours constitutionnelles et transitions post-soviétiques",
         "publisher": "Université Paris 1 Panthéon-Sorbonne", "issued": date((2020, 11)),
         "genre": "PhD thesis", "_kept": ["2020PA01E012", "tel-03123456"]},
        {"type": "paper-conference", "container-title": "Journées de microéconomie appliquée",
         "issued": date((2018, 5)), "author": [name("Okoro", "Chinwe"), name("Martin", "Lucie")],
         "_kept": ["Lyon, France"]},
    ],
    "bibtex/repec.bib": [  # RePEc keys, month in words, an abbreviated page range
        {"id": "RePEc:aea:aecrev:v:103:y:2013:i:6:p:2121-68", "type": "article-journal",
         "container-title": "American Economic Review", "volume": "103", "issue": "6",
         "issued": date((2013, 10)), "author": [name("Autor", "David H."), name("Dorn", "David"),
                                                 name("Hanson", "Gordon H.")],
         "URL": "https://www.aeaweb.org/articles?id=10.1257/aer.103.6.2121", "_kept": ["2121"]},
        {"type": "report", "publisher": "National Bureau of Economic Research, Inc",
         "genre": "NBER Working Papers", "number": "21906", "issued": date((2016,)),
         "URL": "https://EconPapers.repec.org/RePEc:nbr:nberwo:21906"},
    ],
    "bibtex/bibdesk.bib": [  # BibDesk's header, bdsk-url-1 and bdsk-file-1, date-added
        {"id": "Kumar:2019aa", "title": "Remittances and household welfare in Tajikistan",
         "author": [name("Kumar", "Ravi"), name("Petrova", "Anna S.")], "DOI": "10.1080/1060586X.2019.1612345",
         "URL": "https://doi.org/10.1080/1060586X.2019.1612345", "page": "301-318", "issue": "4",
         "keyword": "remittances; Tajikistan", "_kept": ["2021-03-15 10:20:01 +0100", "YnBsaXN0MDDSAQID"]},
        {"id": "Cooley:2012aa", "type": "book", "publisher-place": "New York",
         "publisher": "Oxford University Press",
         "URL": "https://global.oup.com/academic/product/9780199929825"},
    ],
    "bibtex/google_books.bib": [
        {"id": "hobsbawm1995age", "type": "book", "author": [name("Hobsbawm", "E.J.")],
         "title": "The Age of Extremes: The Short Twentieth Century, 1914-1991", "ISBN": "9780349106717",
         "collection-title": "Abacus Books", "publisher": "Abacus", "issued": date((1995,)),
         "URL": "https://books.google.com/books?id=Qx1HAAAAYAAJ", "_note": ["lccn: 96117436"]},
        {"author": [name("Buzan", "B."), name("Wæver", "O.")],
         "collection-title": "Cambridge Studies in International Relations"},
    ],
    "bibtex/jabref5_biblatex.bib": [  # JabRef 5 bookkeeping fields and its @Comment metadata
        {"id": "Menga2015", "author": [name("Menga", "Filippo")], "issued": date((2015, 6, 18)),
         "container-title": "Geopolitics", "title": "Water, energy and the politics of the Rogun dam",
         "page": "479-499", "issue": "3", "volume": "20", "ISSN": "1465-0045",
         "_note": ["owner: ravi", "groups: Water", "creationdate: 2021-03-15T10:21:33"],
         "_kept": ["Menga2015 - Water, energy", "prio1", "rank4", "2021-03-16T08:00:00"]},
        {"id": "Collins2006", "type": "book", "number-of-pages": "398", "publisher-place": "Cambridge",
         "publisher": "Cambridge University Press", "ISBN": "9780521839501"},
    ],
    # --- a third blind batch: library catalogues, J-STAGE, ACL Anthology, OpenReview ----------
    "ris/worldcat.ris": [  # ISBD punctuation (' : ', ' / Author.', trailing ',' and ':'), life dates
        {"type": "book", "title": "Great games, local rules: the new great power contest in Central Asia",
         "author": [name("Cooley", "Alexander")], "issued": date((2012,)),
         "publisher": "Oxford University Press", "publisher-place": "New York",
         "URL": "https://www.worldcat.org/title/794711286",
         "_kept": ["9780199929825", "0199929823", "Includes bibliographical references (pages 193-224) and index.",
                   "Geopolitics -- Asia, Central", "Asia, Central -- Foreign relations"]},
        {"type": "book", "title": "The age of extremes: a history of the world, 1914-1991",
         "author": [name("Hobsbawm", "E. J.")], "issued": date((1996,)),
         "publisher": "Vintage Books", "publisher-place": "New York", "ISBN": "9780679730057",
         "_kept": ["1917-2012", "Eric Hobsbawm", "1st Vintage Books ed."]},
    ],
    "ris/jstage.ris": [  # Japanese names family first with a space; romanised names in capitals
        {"type": "article-journal", "author": [name("山田", "太郎"), name("佐藤", "花子")],
         "title": "中央アジアにおける労働移動", "container-title": "アジア研究", "language": "ja",
         "page": "1-18", "DOI": "10.11479/asianstudies.65.2_1", "publisher": "アジア政経学会"},
        {"author": [name("YAMADA", "Taro"), name("SATO", "Hanako")], "language": "en",
         "container-title": "Asian Studies"},
    ],
    "bibtex/acl_anthology.bib": [  # names over several lines with double spaces, month = jun
        {"id": "devlin-etal-2019-bert", "type": "paper-conference",
         "title": "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
         "author": [name("Devlin", "Jacob"), name("Chang", "Ming-Wei"), name("Lee", "Kenton"),
                    name("Toutanova", "Kristina")],
         "editor": [name("Burstein", "Jill"), name("Doran", "Christy"), name("Solorio", "Thamar")],
         "container-title": "Proceedings of the 2019 Conference of the North American Chapter of the "
                            "Association for Computational Linguistics: Human Language Technologies, "
                            "Volume 1 (Long and Short Papers)",
         "issued": date((2019, 6)), "publisher-place": "Minneapolis, Minnesota",
         "publisher": "Association for Computational Linguistics", "page": "4171-4186",
         "DOI": "10.18653/v1/N19-1423", "URL": "https://aclanthology.org/N19-1423",
         "abstract": "We introduce a new language representation model called BERT."},
        {"type": "article-journal", "container-title": "Computational Linguistics",
         "author": [name("Nivre", "Joakim"), name("Marneffe", "Marie-Catherine", **{"non-dropping-particle": "de"})],
         "issue": "2", "page": "259-300", "publisher": "MIT Press", "DOI": "10.1162/COLI_a_00246"},
    ],
    "bibtex/openreview.bib": [  # the key on the line after the brace, a space closing a value
        {"id": "smith2023learning", "type": "paper-conference",
         "container-title": "The Eleventh International Conference on Learning Representations",
         "author": [name("Smith", "Jane"), name("Zhang", "Wei")], "issued": date((2023,)),
         "URL": "https://openreview.net/forum?id=AbCdEf123"},
        {"id": "doe2024under", "title": "A Paper Under Review", "author": [name("Doe", "John")]},
    ],
    # --- a fourth blind batch: IEEE Xplore RIS, EndNote and ReadCube Papers BibTeX --------------
    "ris/ieee_xplore.ris": [  # 'K. He' names, empty tags, VO beside VL, Y1 the conference's dates
        {"type": "paper-conference", "title": "Deep Residual Learning for Image Recognition",
         "author": [name("He", "K."), name("Zhang", "X."), name("Ren", "S."), name("Sun", "J.")],
         "container-title": "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
         "page": "770-778", "DOI": "10.1109/CVPR.2016.90", "ISSN": "1063-6919",
         "keyword": "image classification, learning (artificial intelligence)",
         "abstract": "Deeper neural networks are more difficult to train.", "_kept": ["27-30 June 2016"],
         "_absent": ["volume", "issue"]},
        {"type": "article-journal", "author": [name("Ferreira", "A. L."), name("Müller-Brandt", "J.")],
         "container-title": "IEEE Transactions on Power Systems", "issued": date((2021, 9)),
         "volume": "36", "issue": "5", "page": "4520-4531", "_absent": ["note"]},
    ],
    "bibtex/endnote.bib": [  # RN keys, EndNote's reference type in `type`
        {"id": "RN12", "type": "article-journal", "container-title": "Central Asian Survey",
         "issue": "2", "page": "185-202", "DOI": "10.1080/02634930802355121", "_absent": ["genre"]},
        {"id": "RN13", "type": "book", "author": [name("Buzan", "Barry"), name("Wæver", "Ole")],
         "publisher-place": "Cambridge", "_absent": ["genre"]},
        {"id": "RN14", "type": "chapter", "container-title": "Great Games, Local Rules",
         "editor": [name("Smith", "Mark")], "page": "17-34", "publisher-place": "New York",
         "_absent": ["genre"]},
    ],
    "bibtex/papers.bib": [  # ReadCube Papers: read, rating, local-url, a papers3:// uri
        {"id": "Smith:2019ab", "title": "Remittances and growth", "issued": date((2019, 8)),
         "language": "en", "publisher": "Elsevier", "page": "1-15", "abstract": "We study remittances.",
         "URL": "https://linkinghub.elsevier.com/retrieve/pii/S0305750X19300123",
         "_kept": ["papers3://publication/doi/10.1016/j.worlddev.2019.03.012", "file://localhost/Users/john",
                   "rating: 4", "read: Yes", "2020-01-10T10:00:00GMT"]},
    ],
}


def misses(items: list[dict], expected: list[dict]) -> list[str]:
    """The expectations the items read from one export miss, each named by its entry's place."""
    return [f"entry {n}: {miss}" for n, (item, want) in enumerate(zip(items, expected)) for miss in check(item, want)]


def check(item: dict, expected: dict) -> list[str]:
    """The expectations `item` misses, one message each."""
    misses = []
    note_lines = item.get("note", "").split("\n")
    everything = json.dumps(item, ensure_ascii=False)
    for key, want in expected.items():
        if key == "_note":
            misses += [f"note lacks {line!r}" for line in want if line not in note_lines]
        elif key == "_absent":
            misses += [f"{var} = {item[var]!r} should be absent" for var in want if var in item]
        elif key == "_kept":
            misses += [f"{text!r} lost" for text in want if text not in everything]
        elif item.get(key) != want:
            misses.append(f"{key}: {item.get(key)!r} != {want!r}")
    return misses


def assert_items_as_expected(items: list[dict], expected: list[dict]) -> None:
    """One item per expected entry, each valid CSL-JSON, and none missing a fact the entry expects."""
    assert len(items) == len(expected)
    for item in items:
        assert validate(item) == [], item["id"]
    assert misses(items, expected) == []


def expected_count(expected: dict) -> int:
    return sum(len(v) if k.startswith("_") else 1 for k, v in expected.items())


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_export_read_as_a_researcher_expects(path):
    result = api.read(str(FIXTURES / path))
    assert [str(p) for p in result.problems] == []
    assert_items_as_expected(result.items, EXPECTED[path])

"""Blind batch 43: lists from geophysics, astronomy, computing, linguistics, philosophy, finance, ecology and
statistics (AGU, AAS, MNRAS, ACM, NeurIPS/ICLR, USENIX, LSA, Chicago, JF, ESA, JASA, APA 7 preprints)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, journal, page, reprint", [
    ("Quine, W. V. 1951. “Two Dogmas of Empiricism.” Philosophical Review 60 (1): 20–43. Reprinted in From a Logical "
     "Point of View, 20–46. Cambridge, MA: Harvard University Press, 1953.", "Philosophical Review", "20-43",
     "Reprinted in From a Logical Point of View, 20–46. Cambridge, MA: Harvard University Press, 1953."),
    ("Nagel, Thomas. 1974. “What Is It Like to Be a Bat?” Philosophical Review 83 (4): 435–50. Reprinted in Mortal "
     "Questions (Cambridge: Cambridge University Press, 1979), 165–80.", "Philosophical Review", "435-50",
     "Reprinted in Mortal Questions (Cambridge: Cambridge University Press, 1979), 165–80."),
])
def test_a_reprint_after_the_article_goes_to_note(text, journal, page, reprint):
    """The sentence saying where an article was printed again had been run into the journal's name and its imprint
    made the article's publisher: the work cited is the first printing, the reprint stays whole in note."""
    item = parse_reference(text)
    assert item["type"] == "article-journal"
    assert item["container-title"] == journal and item["page"] == page
    assert "publisher" not in item and "publisher-place" not in item
    assert item["note"] == reprint


@pytest.mark.parametrize("text, school, place, kind", [
    ("Osei, Kwame. 2016. Tone and focus in Akan. Cambridge, MA: MIT dissertation.", "MIT", "Cambridge, MA",
     "dissertation"),
    ("Lindahl, Erik. 2019. The prosody of contrastive topics in Swedish. Amherst, MA: University of Massachusetts "
     "MA thesis.", "University of Massachusetts", "Amherst, MA", "MA thesis"),
    ("Brenner, Anna. 2012. Evidentiality in Tibetan. Stanford, CA: Stanford University doctoral dissertation.",
     "Stanford University", "Stanford, CA", "doctoral dissertation"),
])
def test_lsa_school_then_kind_of_thesis(text, school, place, kind):
    """LSA's unified style prints the school with the kind of thesis after it where the publisher stands; the kind
    had stayed in the publisher and the work was a book."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert (item["publisher"], item["publisher-place"], item["genre"]) == (school, place, kind)


@pytest.mark.parametrize("text, version", [
    ('Hartmann, K. (2021), "bayesmix: Bayesian Mixture Models for Count Data," R package version 0.3.2, available at '
     'https://CRAN.R-project.org/package=bayesmix.', "0.3.2"),
    ('Bates, D., Mächler, M., Bolker, B., and Walker, S. (2015), "lme4: Linear Mixed-Effects Models Using Eigen and '
     'S4," R package version 1.1-10.', "1.1-10"),
    ('Wood, S. N. (2017), "mgcv: Mixed GAM Computation Vehicle with Automatic Smoothness Estimation," R package '
     'version 1.8-23, available at https://CRAN.R-project.org/package=mgcv.', "1.8-23"),
])
def test_jasa_r_package_version(text, version):
    """JASA's '"Title," R package version 0.3.2': the version had been the publisher (or, CRAN's '1.1-10', a
    journal's pages); the package's kind stays in note."""
    item = parse_reference(text)
    assert item["type"] == "software"
    assert item["version"] == version and item["note"] == "R package"
    assert not {"publisher", "container-title", "page", "number"} & set(item)


@pytest.mark.parametrize("text, journal, volume, page", [
    ("Moreau, C., & Adeyemi, T. 2019, ApJ, 870, 12, doi: 10.3847/1538-4357/aaf1a2", "ApJ", "870", "12"),
    ("Kim, J., Park, S., & Lee, H. 2020, AJ, 159, 8", "AJ", "159", "8"),
    ("Hartley W. G., Okafor N., 2018, MNRAS, 478, 4", "MNRAS", "478", "4"),
    ("Brown, A. 2015, A&A, 575, 11, doi:10.1051/0004-6361/201425012", "A&A", "575", "11"),
])
def test_astronomy_short_page_after_the_volume(text, journal, volume, page):
    """AAS and MNRAS print no title, and after the volume the first page or article number, never an issue: a page
    up to 12 had been read as the issue (the rule for titled 'Journal, 50, 1.' lists)."""
    item = parse_reference(text)
    assert (item["container-title"], item["volume"], item["page"]) == (journal, volume, page)
    assert "issue" not in item


def test_a_titled_articles_short_number_after_the_volume_stays_the_issue():
    item = parse_reference("Smith, J. (2012) Title of the work, Journal of Common Market Studies, 50, 1.")
    assert (item["volume"], item["issue"]) == ("50", "1") and "page" not in item


@pytest.mark.parametrize("text, proceedings", [
    ("Priya Natarajan, Marcus Feld, and Ana Costa. Fuzzing Stateful Network Protocols with Learned Grammars. In 31st "
     "USENIX Security Symposium (USENIX Security 22), pages 3201–3218, Boston, MA, August 2022. USENIX Association.",
     "31st USENIX Security Symposium (USENIX Security 22)"),
    ("Wei Zhang and Laura Bianchi. Lightweight attestation for embedded devices. In 19th USENIX Symposium on Networked "
     "Systems Design and Implementation (NSDI 22), pages 1021–1036, Renton, WA, April 2022. USENIX Association.",
     "19th USENIX Symposium on Networked Systems Design and Implementation (NSDI 22)"),
])
def test_usenix_meeting_short_year_stays_in_the_proceedings(text, proceedings):
    """The '22' closing the meeting's bracketed short name had been the volume and the bracket left open."""
    item = parse_reference(text)
    assert item["type"] == "paper-conference"
    assert item["container-title"] == proceedings and "volume" not in item
    assert item["page"] == text.split("pages ")[1].split(",")[0].replace("–", "-")
    assert item["publisher"] == "USENIX Association"


@pytest.mark.parametrize("text, volume", [
    ("Hannah Okafor, Lukas Brenner, and Mei Takahashi. Contrastive pretraining for tabular anomaly detection. In "
     "Advances in Neural Information Processing Systems, volume 34, pages 11893–11905, 2021.", "34"),
    ("Ruiz, M. and Takeda, H. Sparse routing for mixture-of-experts transformers. In Advances in Neural Information "
     "Processing Systems, volume 35, pages 2210–2224, 2022.", "35"),
])
def test_natbib_in_advances_in_neural_information_processing_systems(text, volume):
    """NeurIPS/ICML's natbib sentence 'In Advances in ..., volume 34, pages ...' had made a journal article: only the
    lower-case 'in' of IEEE's '"Title," in Advances in ...' was known to cite the proceedings so named."""
    item = parse_reference(text)
    assert item["type"] == "paper-conference"
    assert item["container-title"] == "Advances in Neural Information Processing Systems"
    assert item["volume"] == volume


def test_a_journal_named_advances_stays_a_journal():
    item = parse_reference("Lindgren, P. 2015. Defects in graphene. Advances in Physics 64 (3): 227–284.")
    assert item["type"] == "article-journal" and item["container-title"] == "Advances in Physics"


@pytest.mark.parametrize("text, translator, book, editors", [
    ("Frege, Gottlob. (1892) 1997. “On Sinn and Bedeutung.” Translated by Max Black. In The Frege Reader, edited by "
     "Michael Beaney, 151–71. Oxford: Blackwell.", "Black", "The Frege Reader", ["Beaney"]),
    ("Husserl, Edmund. (1911) 2002. “Philosophy as Rigorous Science.” Translated by Marcus Brainard. In The New "
     "Yearbook for Phenomenology and Phenomenological Philosophy, edited by Burt Hopkins and Steven Crowell, 249–95. "
     "Seattle: Noesis Press.", "Brainard", "The New Yearbook for Phenomenology and Phenomenological Philosophy",
     ["Hopkins", "Crowell"]),
])
def test_chicago_translated_chapter_with_its_first_year(text, translator, book, editors):
    """After a quoted title and the first edition's year, 'Translated by X. In Book, edited by Y, pages.' had been
    left to the note: the translator and the book were lost and the chapter was a book."""
    item = parse_reference(text)
    assert item["type"] == "chapter"
    assert [name["family"] for name in item["translator"]] == [translator]
    assert item["container-title"] == book
    assert [name["family"] for name in item["editor"]] == editors
    assert "note" not in item


@pytest.mark.parametrize("text, title, series, number, pages", [
    ("Marston, D. P., and S. L. Ortega (2015), Groundwater quality in the Upper Rio Grande basin, New Mexico, "
     "2008–2012, U.S. Geol. Surv. Sci. Invest. Rep., 2015-5102, 48 pp., doi:10.3133/sir20155102.",
     "Groundwater quality in the Upper Rio Grande basin, New Mexico, 2008–2012", "U.S. Geol. Surv. Sci. Invest. Rep.",
     "2015-5102", "48"),
    ("Feldman, J. R. (2011), Landslide inventory of the western Oregon Coast Range, U.S. Geol. Surv. Open File Rep., "
     "2011-1234, 22 pp.", "Landslide inventory of the western Oregon Coast Range", "U.S. Geol. Surv. Open File Rep.",
     "2011-1234", "22"),
])
def test_agu_report_series_and_number(text, title, series, number, pages):
    """AGU's USGS report had been a journal article: the series as container, its number as volume (the title's
    own comma parts in the container too)."""
    item = parse_reference(text)
    assert item["type"] == "report"
    assert (item["title"], item["genre"], item["number"], item["number-of-pages"]) == (title, series, number, pages)
    assert not {"container-title", "volume"} & set(item)


def test_agu_article_in_a_journal_named_reports_stays_an_article():
    item = parse_reference("Kim, S., and T. Osei (2019), Sea-level rise and coastal flooding, Sci. Rep., 9, 12345, "
                           "doi:10.1038/s41598-019-48783-1.")
    assert item["type"] == "article-journal"
    assert (item["container-title"], item["volume"], item["page"]) == ("Sci. Rep.", "9", "12345")


def test_agu_chapter_in_a_monograph_series():
    """AGU's ', in Book, Geophys. Monogr. Ser., vol. 170, edited by ...': the book had stayed in the title, the series
    was the container and its number the volume."""
    item = parse_reference("Brenner, K. L. (2006), Fluid flow in fault zones: Constraints from exhumed faults, in "
                           "Earthquakes: Radiated Energy and the Physics of Faulting, Geophys. Monogr. Ser., vol. 170, "
                           "edited by R. Abercrombie et al., pp. 61–78, AGU, Washington, D. C., doi:10.1029/170GM08.")
    assert item["type"] == "chapter"
    assert item["title"] == "Fluid flow in fault zones: Constraints from exhumed faults"
    assert item["container-title"] == "Earthquakes: Radiated Energy and the Physics of Faulting"
    assert (item["collection-title"], item["collection-number"]) == ("Geophys. Monogr. Ser.", "170")
    assert "volume" not in item and item["editor"][0]["family"] == "Abercrombie"
    assert (item["page"], item["publisher"], item["publisher-place"]) == ("61-78", "AGU", "Washington, D. C.")


def test_agu_chapter_edited_book():
    item = parse_reference("Ortiz, M. (2001), Ocean-atmosphere coupling in the tropical Pacific, in Climate Variability,"
                           " edited by J. Smith and K. Lee, pp. 45–60, Springer, New York.")
    assert item["type"] == "chapter"
    assert item["title"] == "Ocean-atmosphere coupling in the tropical Pacific"
    assert item["container-title"] == "Climate Variability"
    assert [name["family"] for name in item["editor"]] == ["Smith", "Lee"]


@pytest.mark.parametrize("text, team", [
    ("R Core Team. 2022. R: a language and environment for statistical computing. R Foundation for Statistical "
     "Computing, Vienna, Austria.", "R Core Team"),
    ("QGIS Development Team. 2021. QGIS Geographic Information System. Open Source Geospatial Foundation Project. "
     "http://qgis.osgeo.org", "QGIS Development Team"),
    ("R Core Team (2020), R: A Language and Environment for Statistical Computing, Vienna, Austria: R Foundation for "
     "Statistical Computing.", "R Core Team"),
])
def test_a_core_or_development_team_releases_software(text, team):
    """ESA's and JASA's 'R Core Team ... R Foundation for Statistical Computing' had been a book: a body naming
    itself a program's core or development team is its author, the work software."""
    item = parse_reference(text)
    assert item["type"] == "software"
    assert item["author"] == [{"literal": team}]


@pytest.mark.parametrize("text, names", [
    ("Kant, Immanuel. (1781) 1998. Critique of Pure Reason. Translated and edited by Paul Guyer and Allen W. Wood. "
     "Cambridge: Cambridge University Press.", ["Guyer", "Wood"]),
    ("Kant, Immanuel. 1996. Practical Philosophy. Edited and translated by Mary J. Gregor. Cambridge: Cambridge "
     "University Press.", ["Gregor"]),
])
def test_translated_and_edited_by_names_both_roles(text, names):
    """'Translated and edited by X and Y.' had made a chapter in the book 'Translated and' (or an editor named
    'Edited'): the names are the translators and the editors both, the work a book."""
    item = parse_reference(text)
    assert item["type"] == "book" and "container-title" not in item
    assert [name["family"] for name in item["translator"]] == names
    assert [name["family"] for name in item["editor"]] == names
    assert (item["publisher"], item["publisher-place"]) == ("Cambridge University Press", "Cambridge")


def test_usenix_short_name_read_as_a_volume_stays_in_the_proceedings():
    """'(OSDI 16)' right after the proceedings' name had been the volume, bracket and all."""
    item = parse_reference("Abadi, M., Barham, P., Chen, J., et al. TensorFlow: A system for large-scale machine "
                           "learning. In 12th USENIX Symposium on Operating Systems Design and Implementation (OSDI 16), "
                           "pp. 265–283, 2016.")
    assert item["container-title"] == "12th USENIX Symposium on Operating Systems Design and Implementation (OSDI 16)"
    assert "volume" not in item and item["page"] == "265-283"


def test_a_journals_issue_in_brackets_stays_the_issue():
    item = parse_reference("Haspelmath, Martin. 2011. The indeterminacy of word segmentation and the nature of "
                           "morphology and syntax. Folia Linguistica 45 (1): 31–80.")
    assert (item["container-title"], item["volume"], item["issue"]) == ("Folia Linguistica", "45", "1")


@pytest.mark.parametrize("text, school, town, pages", [
    ("Okafor, B. (2017), Seismic anisotropy beneath the East African Rift, Ph.D. thesis, 188 pp., Univ. of "
     "California, Berkeley.", "Univ. of California", "Berkeley", "188"),
    ("Lindahl, K. (2009), Hydrology of alpine wetlands, M.S. thesis, 96 pp., Colorado State Univ., Fort Collins.",
     "Colorado State Univ.", "Fort Collins", "96"),
])
def test_agu_thesis_with_its_page_count(text, school, town, pages):
    """The page count between AGU's degree and school had broken the entry: 'pp., Univ.' became authors, the school
    and town the title's end."""
    item = parse_reference(text)
    assert item["type"] == "thesis" and len(item["author"]) == 1
    assert (item["publisher"], item["publisher-place"], item["number-of-pages"]) == (school, town, pages)
    assert item["title"] == text.split("), ")[1].split(", ")[0]


def test_agu_book_page_count_between_edition_and_publisher():
    item = parse_reference("Huang, Y., and R. Patel (2014), Numerical Modeling of Mantle Convection, 2nd ed., 412 pp., "
                           "Cambridge Univ. Press, New York.")
    assert (item["type"], item["edition"], item["number-of-pages"]) == ("book", "2", "412")
    assert "note" not in item


@pytest.mark.parametrize("text, body, persons", [
    ("Astropy Collaboration, Price-Whelan, A. M., Lim, P. L., et al. 2022, ApJ, 935, 167, doi: "
     "10.3847/1538-4357/ac7c74", "Astropy Collaboration", [("Price-Whelan", "A. M."), ("Lim", "P. L.")]),
    ("Planck Collaboration, Aghanim, N., Akrami, Y., et al. 2020, A&A, 641, A6", "Planck Collaboration",
     [("Aghanim", "N."), ("Akrami", "Y.")]),
])
def test_a_collaboration_then_persons_family_name_first(text, body, persons):
    """After a body opening the list, the persons' initials had been names of their own ('M.' given 'A.'): the rest
    of the list is read as the names it is."""
    item = parse_reference(text)
    assert item["author"][0] == {"literal": body}
    assert [(name["family"], name["given"]) for name in item["author"][1:]] == persons


def test_a_body_then_a_person_given_first():
    item = parse_reference("Department of Health, R. Smith. 2019. Annual report on hospital waiting times. London: "
                           "HMSO.")
    assert item["author"] == [{"literal": "Department of Health"}, {"family": "Smith", "given": "R."}]


def test_aas_software_version_as_a_comma_part_of_the_title():
    """AAS cites software as 'Name. Year, Title, v1.2.0, Zenodo, doi: ...': the version had stayed in the title."""
    item = parse_reference("Lindqvist, M. 2023, skyfit: Sky background modelling, v1.2.0, Zenodo, doi: "
                           "10.5281/zenodo.7654321")
    assert (item["title"], item["version"], item["publisher"]) == ("skyfit: Sky background modelling", "1.2.0", "Zenodo")


def test_lsa_chapter_book_runs_to_the_page_range_and_a_quoted_word_opens_the_title():
    """LSA's '‘Elsewhere’ in phonology. In Stephen R. Anderson & Paul Kiparsky (eds.), A Festschrift for Morris Halle,
    93–106. New York: ...': the book's last word had been the publisher's first ('Halle, Holt, ...') and the title
    lost its opening quote ('Elsewhere’ in phonology')."""
    item = parse_reference("Kiparsky, Paul. 1973. ‘Elsewhere’ in phonology. In Stephen R. Anderson & Paul Kiparsky "
                           "(eds.), A Festschrift for Morris Halle, 93–106. New York: Holt, Rinehart & Winston.")
    assert item["type"] == "chapter"
    assert item["title"] == "‘Elsewhere’ in phonology"
    assert item["container-title"] == "A Festschrift for Morris Halle"
    assert (item["publisher"], item["publisher-place"], item["page"]) == ("Holt, Rinehart & Winston", "New York",
                                                                          "93-106")


@pytest.mark.parametrize("text, title", [
    ("Smith, John. 2001. ‘Wh’-movement in Tagalog. Linguistic Inquiry 32(2). 201–230.", "‘Wh’-movement in Tagalog"),
    ("Yulia Latysheva, ‘Neft’ i vlast’ v Kazakhstane’, Novaya gazeta, 14 January 2022, p. 6.",
     "Neft’ i vlast’ v Kazakhstane"),
])
def test_single_quotes_opening_a_title(text, title):
    """A quoted word opening the title keeps its quotes; a title quoted whole (a soft sign's ’ inside) loses them."""
    assert parse_reference(text)["title"] == title


def test_harvard_chapter_imprint_before_the_pages_stays_the_imprint():
    item = parse_reference("Kudaibergenova, D. T. (2020) The politics of welfare in Kazakhstan, in Isaacs, R. and "
                           "Frigerio, A. (eds.), Theorizing Central Asian Politics: The State, Ideology and Power, Cham: "
                           "Palgrave Macmillan, 225–248.")
    assert item["container-title"] == "Theorizing Central Asian Politics: The State, Ideology and Power"
    assert (item["publisher"], item["publisher-place"]) == ("Palgrave Macmillan", "Cham")


@pytest.mark.parametrize("text, kind, school", [
    ("Reyes, M. A. 2018. Drought and grassland productivity. Dissertation. University of Wyoming, Laramie, Wyoming, "
     "USA.", "Dissertation", "University of Wyoming"),
    ("Okoth, J. H. 2015. Seed dispersal by hornbills in Kenyan forests. Thesis. University of Nairobi, Nairobi, Kenya.",
     "Thesis", "University of Nairobi"),
])
def test_esa_kind_of_thesis_as_a_sentence_before_the_school(text, kind, school):
    """ESA's 'Dissertation. University of Wyoming, Laramie, ...': the kind had stayed the publisher's first sentence."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["publisher"]) == ("thesis", kind, school)


def test_esa_r_package_version_as_a_sentence():
    item = parse_reference("Bartoń, K. 2020. MuMIn: multi-model inference. R package version 1.43.17. "
                           "https://CRAN.R-project.org/package=MuMIn")
    assert (item["type"], item["title"], item["version"], item["note"]) == (
        "software", "MuMIn: multi-model inference", "1.43.17", "R package")


def test_lsa_author_list_inverted_first_then_given_first_with_an_initial_last():
    """LSA's 'Bresnan, Joan, Anna Cueni, Tatiana Nikitina & R. Harald Baayen. 2007.': the tagger had cut the last name
    after its initial ('Harald Baayen.' opened the title) and the middle names were paired as one inverted name."""
    item = parse_reference("Bresnan, Joan, Anna Cueni, Tatiana Nikitina & R. Harald Baayen. 2007. Predicting the dative "
                           "alternation. In Gerlof Bouma, Irene Krämer & Joost Zwarts (eds.), Cognitive foundations of "
                           "interpretation, 69–94. Amsterdam: Royal Netherlands Academy of Science.")
    assert [(name["family"], name["given"]) for name in item["author"]] == [
        ("Bresnan", "Joan"), ("Cueni", "Anna"), ("Nikitina", "Tatiana"), ("Baayen", "R. Harald")]
    assert item["title"] == "Predicting the dative alternation"


def test_inverted_names_with_initials_before_an_initial_led_last_name_stay_inverted():
    item = parse_reference("Smith, J., Lee, K. & R. Harald Baayen. 2007. Predicting the dative alternation. Language "
                           "83(2). 311–340.")
    assert [(name["family"], name["given"]) for name in item["author"]] == [
        ("Smith", "J."), ("Lee", "K."), ("Baayen", "R. Harald")]


def test_mnras_family_name_that_names_bodies_elsewhere_is_a_person():
    """MNRAS 'Press W. H., Teukolsky S. A., ...': 'Press' had made the first author a body ('Press W. H')."""
    item = parse_reference("Press W. H., Teukolsky S. A., Vetterling W. T., Flannery B. P., 2007, Numerical Recipes: The "
                           "Art of Scientific Computing, 3rd edn. Cambridge Univ. Press, Cambridge")
    assert item["author"][0] == {"family": "Press", "given": "W. H."}
    assert len(item["author"]) == 4 and item["publisher"] == "Cambridge Univ. Press"


@pytest.mark.parametrize("text, title, journal, status", [
    ("Osterberg, Nils, 2022, Climate risk and bank lending, Review of Financial Studies, forthcoming.",
     "Climate risk and bank lending", "Review of Financial Studies", "forthcoming"),
    ("Osterberg, Nils, 2022, Climate risk and bank lending, Journal of Finance, forthcoming.",
     "Climate risk and bank lending", "Journal of Finance", "forthcoming"),
    ("Lee, K. 2023. Mergers and markups. Journal of Political Economy, in press.", "Mergers and markups",
     "Journal of Political Economy", "in press"),
])
def test_forthcoming_after_the_journal_is_the_status(text, title, journal, status):
    """JF's 'Title, Review of Financial Studies, forthcoming.' had been an untyped document with all of it the title
    (or the word left in the journal's name or the note): the journal, and CSL's status."""
    item = parse_reference(text)
    assert item["type"] == "article-journal"
    assert (item["title"], item["container-title"], item["status"]) == (title, journal, status)
    assert "note" not in item


def test_three_given_first_names_closed_by_et_al():
    """'Tom Brown, Benjamin Mann, Nick Ryder, et al.' had paired the first two as one inverted name: three or more
    comma parts each a whole name are read given name first."""
    item = parse_reference("Tom Brown, Benjamin Mann, Nick Ryder, et al. 2020. Language Models are Few-Shot Learners. "
                           "In Advances in Neural Information Processing Systems, Vol. 33. Curran Associates, Inc., "
                           "1877–1901.")
    assert [(name["family"], name["given"]) for name in item["author"]] == [
        ("Brown", "Tom"), ("Mann", "Benjamin"), ("Ryder", "Nick")]


def test_an_inverted_name_stays_inverted():
    item = parse_reference("Van Dyke, Anna Maria. 2019. Title of the work. Journal of Things 3 (2): 1–20.")
    assert item["author"] == [{"family": "Van Dyke", "given": "Anna Maria"}]


@pytest.mark.parametrize("text, title, series", [
    ("Levin, Beth & Malka Rappaport Hovav. 2005. Argument realization (Research Surveys in Linguistics). Cambridge: "
     "Cambridge University Press.", "Argument realization", "Research Surveys in Linguistics"),
    ("Aikhenvald, Alexandra Y. 2004. Evidentiality (Oxford Studies in Typology and Linguistic Theory). Oxford: Oxford "
     "University Press.", "Evidentiality", "Oxford Studies in Typology and Linguistic Theory"),
])
def test_lsa_book_series_in_brackets_after_the_title(text, title, series):
    """LSA's 'Title (Series Name).' had been read as a transliterated title and its translation (the series the
    title, the title the original-title)."""
    item = parse_reference(text)
    assert (item["title"], item["collection-title"]) == (title, series)
    assert "original-title" not in item


def test_a_translation_in_round_brackets_stays_a_translation():
    item = parse_reference("Ivanov A. Agrarnaja reforma Stolypina (Studies of the agrarian reform). Moscow, Nauka Publ., "
                           "2001. 320 p.")
    assert (item["title"], item["original-title"]) == ("Studies of the agrarian reform", "Agrarnaja reforma Stolypina")

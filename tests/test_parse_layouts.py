"""The reference parser on citation layouts the first dev rows lacked (DSTU, LNCS, ACM, German, ...)."""

import re

import pytest

from cslbridge.items import validate
from cslbridge.parse.dates import parse_date
from cslbridge.parse.fields import parse_reference
from cslbridge.parse.names import parse_names
from cslbridge.parse.rules import EDITION, edition


def names(item, key="author"):
    return [(n.get("family") or n.get("literal"), n.get("given")) for n in item.get(key, [])]


def test_ukrainian_initials_are_initials():
    # І, Ї, Є, Ґ lie outside А-Я: "Коваленко І. П." was read as family "Коваленко І".
    assert [(n["family"], n["given"]) for n in parse_names("Шевченко О. В., Коваленко І. П.")] == \
        [("Шевченко", "О. В."), ("Коваленко", "І. П.")]
    item = parse_reference("Шевченко О. В., Коваленко І. П. Фінансова децентралізація в Україні: здобутки та "
                           "ризики. Фінанси України. 2019. № 5. С. 7–22.")
    assert names(item) == [("Шевченко", "О. В."), ("Коваленко", "І. П.")]
    assert names(parse_reference("Єрмоленко Ґ. Ї. Податкова політика. Київ : Наукова думка, 2015. 210 с.")) == \
        [("Єрмоленко", "Ґ. Ї.")]


def test_doi_label_before_a_doi_link_is_part_of_the_doi():
    # DSTU and GOST print "DOI: https://doi.org/10...."; the label was read as pages ("45-60. DOI").
    item = parse_reference("Мельник Т. М. Зовнішня торгівля України в умовах глобалізації. Економіка України. "
                           "2020. № 3. С. 45–60. DOI: https://doi.org/10.15407/economyukr.2020.03.045.")
    assert item["page"] == "45-60"
    assert item["DOI"] == "10.15407/economyukr.2020.03.045"
    assert "DOI" not in item.get("note", "")


def test_year_first_slashed_dates():
    # Springer's LNCS template: "LNCS Homepage, http://www.springer.com/lncs, last accessed 2016/11/21."
    assert parse_date("2016/11/21") == {"date-parts": [[2016, 11, 21]]}
    assert parse_date("2017/2018") == {"date-parts": [[2017], [2018]]}
    item = parse_reference("Python Software Foundation: The Python Language Reference, "
                           "https://docs.python.org/3/reference/, last accessed 2023/01/10.")
    assert item["accessed"] == {"date-parts": [[2023, 1, 10]]}
    assert item["URL"] == "https://docs.python.org/3/reference/"


def test_given_first_names_ending_the_sentence():
    # ACM lists names given-first and ends them with the sentence dot; Chicago inverts only the first.
    assert [(n["family"], n["given"]) for n in parse_names(
        "Tomas Mikolov, Ilya Sutskever, Kai Chen, Greg S. Corrado, and Jeff Dean.")] == \
        [("Mikolov", "Tomas"), ("Sutskever", "Ilya"), ("Chen", "Kai"), ("Corrado", "Greg S."), ("Dean", "Jeff")]
    assert [(n["family"], n["given"]) for n in parse_names("Keohane, Robert O., and Joseph S. Nye.")] == \
        [("Keohane", "Robert O."), ("Nye", "Joseph S.")]
    item = parse_reference("Keohane, Robert O., and Joseph S. Nye. 1977. Power and Interdependence: World "
                           "Politics in Transition. Boston: Little, Brown.")
    assert names(item) == [("Keohane", "Robert O."), ("Nye", "Joseph S.")]
    # family-first lists are untouched
    assert [(n["family"], n["given"]) for n in parse_names("Zverev R. and Savin I.")] == \
        [("Zverev", "R."), ("Savin", "I.")]


def test_lncs_initial_with_colon_ends_the_authors():
    # "M.:" is Moscow in transliterated imprints, but after "Pease," it is the last author's initial.
    item = parse_reference("Lamport, L., Shostak, R., Pease, M.: The Byzantine generals problem. ACM Trans. "
                           "Program. Lang. Syst. 4(3), 382–401 (1982)")
    assert names(item) == [("Lamport", "L."), ("Shostak", "R."), ("Pease", "M.")]
    assert "publisher-place" not in item
    assert item["title"] == "The Byzantine generals problem"
    # the city is still a city in an imprint
    imprint = parse_reference("Ivanov I.I. Istoriya Rossii. M.: Nauka, 2010. 320 p.")
    assert imprint["publisher-place"] == "M."


def test_acm_volume_issue_and_month():
    # ACM: "Commun. ACM 51, 1 (January 2008), 107–113." is volume 51, issue 1, January 2008.
    item = parse_reference("Jeffrey Dean and Sanjay Ghemawat. 2008. MapReduce: simplified data processing on large "
                           "clusters. Commun. ACM 51, 1 (January 2008), 107–113. "
                           "https://doi.org/10.1145/1327452.1327492")
    assert (item["volume"], item["issue"], item["page"]) == ("51", "1", "107-113")
    assert item["issued"] == {"date-parts": [[2008, 1]]}
    assert item["container-title"] == "Commun. ACM"
    item = parse_reference("Leslie Lamport. 1978. Time, clocks, and the ordering of events in a distributed system. "
                           "Commun. ACM 21, 7 (July 1978), 558–565.")
    assert (item["volume"], item["issue"], item["page"]) == ("21", "7", "558-565")
    assert item["issued"] == {"date-parts": [[1978, 7]]}


def test_numeric_full_date_after_a_newspaper_is_its_date():
    # German press items: "In: Frankfurter Allgemeine Zeitung, 12.11.2021, S. 17." (the date was read as volume).
    item = parse_reference("Plickert, Philip: Die Rückkehr der Inflation. In: Frankfurter Allgemeine Zeitung, "
                           "12.11.2021, S. 17.")
    assert item["issued"] == {"date-parts": [[2021, 11, 12]]}
    assert "volume" not in item
    assert (item["type"], item["container-title"], item["page"]) == \
        ("article-newspaper", "Frankfurter Allgemeine Zeitung", "17")


def test_ukrainian_and_belarusian_cities_are_places():
    # DSTU theses end "Київ, 2018. 215 с." as GOST ones end "М., 2015.": the city was read as title.
    item = parse_reference("Іванюк Л. М. Моделювання інфляційних процесів : дис. ... канд. екон. наук : 08.00.11. "
                           "Київ, 2018. 215 с.")
    assert item["title"] == "Моделювання інфляційних процесів"
    assert (item["publisher-place"], item["number-of-pages"]) == ("Київ", "215")
    assert item["type"] == "thesis"


def test_gost_imprint_place_colon_publisher_year():
    # "Place : Publisher, Year." after the title, however abbreviated the publisher's words.
    item = parse_reference("Геєць В. М. Суспільство, держава, економіка: феноменологія взаємодії та розвитку. "
                           "Київ : Ін-т екон. та прогнозув. НАН України, 2009. 864 с.")
    assert item["title"] == "Суспільство, держава, економіка: феноменологія взаємодії та розвитку"
    assert (item["publisher-place"], item["publisher"]) == ("Київ", "Ін-т екон. та прогнозув. НАН України")
    assert (item["issued"], item["number-of-pages"]) == ({"date-parts": [[2009]]}, "864")
    item = parse_reference("Петренко О. С. Банківська система України. Харків : Вид-во Харків. нац. ун-ту, "
                           "2017. 312 с.")
    assert (item["publisher-place"], item["publisher"]) == ("Харків", "Вид-во Харків. нац. ун-ту")
    assert item["title"] == "Банківська система України"


def test_number_of_an_act_stays_in_its_title():
    # GOST/DSTU acts: "Закон України від 20.05.1999 № 679-XIV" (the number was split off as genre).
    item = parse_reference("Про Національний банк України : Закон України від 20.05.1999 № 679-XIV. "
                           "URL: https://zakon.rada.gov.ua/laws/show/679-14 (дата звернення: 12.03.2021).")
    assert item["type"] == "legislation"
    assert item["title"].endswith("від 20.05.1999 № 679-XIV")
    assert "genre" not in item
    assert item["accessed"] == {"date-parts": [[2021, 3, 12]]}


def test_corporate_author_keeps_the_bracketed_year_after_it():
    # A first sentence read as a corporate author: the "(2021)." after it stayed in the title.
    item = parse_reference("Organisation for Economic Co-operation and Development. (2021). OECD employment "
                           "outlook 2021: Navigating the COVID-19 crisis and recovery. OECD Publishing. "
                           "https://doi.org/10.1787/5a700c4b-en")
    assert item["author"] == [{"literal": "Organisation for Economic Co-operation and Development"}]
    assert item["issued"] == {"date-parts": [[2021]]}
    assert item["title"] == "OECD employment outlook 2021: Navigating the COVID-19 crisis and recovery"


def test_web_reference_opening_with_its_name_has_that_title():
    # Springer's LNCS template: "LNCS Homepage, http://www.springer.com/lncs, last accessed 2016/11/21."
    item = parse_reference("LNCS Homepage, http://www.springer.com/lncs, last accessed 2016/11/21.")
    assert item["title"] == "LNCS Homepage"
    assert "note" not in item
    assert (item["type"], item["URL"]) == ("webpage", "http://www.springer.com/lncs")


def test_working_paper_number_leaves_the_series():
    # Chicago author-date: "“Title.” IMF Working Paper 13/1. Washington, DC: International Monetary Fund."
    item = parse_reference("Blanchard, Olivier, and Daniel Leigh. 2013. “Growth Forecast Errors and Fiscal "
                           "Multipliers.” IMF Working Paper 13/1. Washington, DC: International Monetary Fund.")
    assert (item["type"], item["number"], item["genre"]) == ("report", "13/1", "IMF Working Paper")
    assert (item["publisher-place"], item["publisher"]) == ("Washington, DC", "International Monetary Fund")
    # a thesis genre keeps its specialty code
    thesis = parse_reference("Орлов Д. А. Финансы : дис. ... канд. экон. наук : 08.00.10. М., 2019. 200 с.")
    assert thesis["genre"] == "дис. ... канд. экон. наук : 08.00.10" and "number" not in thesis


def test_series_after_volume_of():
    # "volume 989 of Lecture Notes in Computer Science": the "of" is no part of the series' name.
    item = parse_reference("L. G. Votta and M. L. Zajac. Design process improvement case study using process waiver "
                           "data. In Proceedings of the Fifth European Conference in Software Engineering, volume 989 "
                           "of Lecture Notes in Computer Science, pages 44-58. Springer-Verlag, September 1995.")
    assert (item["collection-title"], item["volume"]) == ("Lecture Notes in Computer Science", "989")


def test_lncs_series_and_volume_of_a_proceedings_paper():
    item = parse_reference("Bernstein, D.J., Lange, T.: Faster addition and doubling on elliptic curves. In: Kurosawa, "
                           "K. (ed.) ASIACRYPT 2007. LNCS, vol. 4833, pp. 29–50. Springer, Heidelberg (2007). "
                           "https://doi.org/10.1007/978-3-540-76900-2_3")
    assert (item["container-title"], item["collection-title"], item["volume"]) == ("ASIACRYPT 2007", "LNCS", "4833")
    assert (item["type"], item["page"]) == ("paper-conference", "29-50")
    assert (item["publisher"], item["publisher-place"]) == ("Springer", "Heidelberg")


def test_first_edition_year_in_brackets_is_the_original_date():
    # French and sociology styles: "1988 [1895]" (the edition used, then the first edition).
    item = parse_reference("Durkheim É., Les règles de la méthode sociologique, 2e éd., Paris, Presses "
                           "universitaires de France, 1988 [1895].")
    assert item["issued"] == {"date-parts": [[1988]]}
    assert item["original-date"] == {"date-parts": [[1895]]}
    assert item["edition"] == "2"
    item = parse_reference("Marx, K. (1990 [1867]). Capital: A critique of political economy. London: Penguin.")
    assert (item["issued"], item["original-date"]) == ({"date-parts": [[1990]]}, {"date-parts": [[1867]]})
    assert validate({**item, "id": "a"}) == []


def test_places_joined_by_semicolon():
    # German imprints name several places: "Frankfurt/M.; New York: Campus 1999."
    item = parse_reference("Scharpf, Fritz W.: Regieren in Europa. Effektiv und demokratisch? Frankfurt/M.; "
                           "New York: Campus 1999.")
    assert item["title"] == "Regieren in Europa. Effektiv und demokratisch?"
    assert (item["publisher-place"], item["publisher"]) == ("Frankfurt/M.; New York", "Campus")
    assert item["issued"] == {"date-parts": [[1999]]}


def test_dstu_journal_without_double_slash():
    # DSTU 8302 drops GOST's "//" before the journal: "Title. Journal. 2021. № 2. С. 98–115."
    item = parse_reference("Ігнатюк А. І. Сталий розвиток підприємств в умовах цифровізації. Економіка і "
                           "прогнозування. 2021. № 2. С. 98–115.")
    assert (item["type"], item["container-title"]) == ("article-journal", "Економіка і прогнозування")
    assert item["title"] == "Сталий розвиток підприємств в умовах цифровізації"
    assert (item["issue"], item["page"]) == ("2", "98-115")


def test_leading_note_number_is_read_by_its_form():
    # "2." and "[2]" had word weights from editions and volumes: the note below lost its author.
    for number in ("1.", "2.", "[2]", "17."):
        item = parse_reference(number + " Timothy Snyder, Bloodlands: Europe between Hitler and Stalin (New York: "
                               "Basic Books, 2010), 45–48.")
        assert names(item) == [("Snyder", "Timothy")], number
        assert item["title"] == "Bloodlands: Europe between Hitler and Stalin"
        assert (item["publisher-place"], item["publisher"]) == ("New York", "Basic Books")


def test_gbt_7714_type_marks():
    # GB/T 7714: the bracketed mark after the title gives the type and ends the title.
    item = parse_reference("[1] 林毅夫. 新结构经济学[M]. 北京: 北京大学出版社, 2012.")
    assert (item["type"], item["title"]) == ("book", "新结构经济学")
    assert (item["publisher-place"], item["publisher"], item["issued"]) == \
        ("北京", "北京大学出版社", {"date-parts": [[2012]]})
    item = parse_reference("[2] 张军, 吴桂英, 张吉鹏. 中国省际物质资本存量估算: 1952—2000[J]. 经济研究, 2004, 39(10): 35-44.")
    assert (item["type"], item["title"], item["container-title"]) == \
        ("article-journal", "中国省际物质资本存量估算: 1952—2000", "经济研究")
    assert (item["volume"], item["issue"], item["page"]) == ("39", "10", "35-44")
    assert len(item["author"]) == 3
    item = parse_reference("[4] KRUGMAN P. Increasing returns and economic geography[J]. Journal of Political "
                           "Economy, 1991, 99(3): 483-499.")
    assert (item["title"], item["container-title"]) == ("Increasing returns and economic geography",
                                                        "Journal of Political Economy")
    item = parse_reference("[3] HE K, ZHANG X, REN S, et al. Deep residual learning for image recognition[C]//"
                           "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition. Las Vegas: "
                           "IEEE, 2016: 770-778.")
    assert (item["type"], item["title"]) == ("paper-conference", "Deep residual learning for image recognition")


def test_cjk_names_are_single_field_names():
    # Chinese, Japanese and Korean names written unsplit stay whole, as Zotero's single-field names.
    assert parse_names("张军, 吴桂英, 张吉鹏.") == [{"literal": "张军"}, {"literal": "吴桂英"}, {"literal": "张吉鹏"}]
    item = parse_reference("[1] 林毅夫. 新结构经济学[M]. 北京: 北京大学出版社, 2012.")
    assert item["author"] == [{"literal": "林毅夫"}]


def test_short_family_names_in_capitals_before_bare_initials():
    # GB/T 7714 writes "HE K, ZHANG X, REN S": "HE" and "REN" looked like initials themselves.
    assert [(n["family"], n["given"]) for n in parse_names("HE K, ZHANG X, REN S, et al.")] == \
        [("HE", "K."), ("ZHANG", "X."), ("REN", "S.")]
    assert [(n["family"], n["given"]) for n in parse_names("YAO A.C.")] == [("YAO", "A.C.")]
    assert [(n["family"], n["given"]) for n in parse_names("Smith JA, Li JA")] == [("Smith", "J.A."), ("Li", "J.A.")]


def test_polish_quoted_journal():
    # Polish "Title, „Journal” Year, nr N, s. pages": the quotation after the title is the journal.
    item = parse_reference("Nowak J., Kryzys finansowy a polityka pieniężna, „Bank i Kredyt” 2010, t. 41, nr 2, "
                           "s. 5–27.")
    assert (item["type"], item["title"], item["container-title"]) == \
        ("article-journal", "Kryzys finansowy a polityka pieniężna", "Bank i Kredyt")
    assert (item["volume"], item["issue"], item["page"]) == ("41", "2", "5-27")


def test_abnt_journal_then_city():
    # ABNT NBR 6023: "Journal, City, v. 41, n. 2, p. 3-20, 1979."
    item = parse_reference("SANTOS, Milton. O espaço dividido. Revista Brasileira de Geografia, Rio de Janeiro, "
                           "v. 41, n. 2, p. 3-20, 1979.")
    assert (item["title"], item["container-title"], item["publisher-place"]) == \
        ("O espaço dividido", "Revista Brasileira de Geografia", "Rio de Janeiro")
    assert (item["volume"], item["issue"], item["page"]) == ("41", "2", "3-20")
    item = parse_reference("BRESSER-PEREIRA, Luiz Carlos. O novo desenvolvimentismo e a ortodoxia convencional. "
                           "São Paulo em Perspectiva, São Paulo, v. 20, n. 3, p. 5-24, 2006.")
    assert (item["title"], item["container-title"], item["publisher-place"]) == \
        ("O novo desenvolvimentismo e a ortodoxia convencional", "São Paulo em Perspectiva", "São Paulo")
    # a comma inside the part before the city: not this layout ("GAC/MAC, Program with Abstracts, ...");
    # the town and province code at the end of the meeting's name are its place
    item = parse_reference("Rousell, D. H., The origin of clastic Sudbury breccia (abstract). GAC/MAC, Program with "
                           "Abstracts, Annual Meeting, Waterloo, ON, v. 19, A95. 1994.")
    assert (item["container-title"], item["publisher-place"]) == (
        "GAC/MAC, Program with Abstracts, Annual Meeting", "Waterloo, ON")


def test_dstu_access_date():
    # DSTU 8302 writes the access date "(дата звернення: 05.04.2022)", GOST "(дата обращения: ...)".
    item = parse_reference("Державна служба статистики України. Валовий внутрішній продукт. "
                           "URL: https://ukrstat.gov.ua/operativ/vvp.htm (дата звернення: 05.04.2022).")
    assert item["accessed"] == {"date-parts": [[2022, 4, 5]]}
    assert item["URL"] == "https://ukrstat.gov.ua/operativ/vvp.htm"


def test_ama_web_page_site_and_update_date():
    # AMA: "Title. Site name. Updated May 17, 2022. Accessed June 2, 2023. URL"
    item = parse_reference("Adult obesity facts. Centers for Disease Control and Prevention. Updated May 17, 2022. "
                           "Accessed June 2, 2023. https://www.cdc.gov/obesity/data/adult.html")
    assert (item["type"], item["title"]) == ("webpage", "Adult obesity facts")
    assert item["container-title"] == "Centers for Disease Control and Prevention"
    assert (item["issued"], item["accessed"]) == ({"date-parts": [[2022, 5, 17]]}, {"date-parts": [[2023, 6, 2]]})


def test_apa_title_after_the_bracketed_date_keeps_its_years():
    # APA reports by bodies: the date is given after the author, so a year ending the title is the title's.
    item = parse_reference("Bank for International Settlements. (2022). Annual economic report 2022. "
                           "https://www.bis.org/publ/arpdf/ar2022e.htm")
    assert (item["title"], item["issued"]) == ("Annual economic report 2022", {"date-parts": [[2022]]})
    assert (item["type"], "container-title" in item) == ("report", False)
    item = parse_reference("World Bank. (2020). Global economic prospects, June 2020. World Bank. "
                           "https://doi.org/10.1596/978-1-4648-1553-9")
    assert (item["title"], item["issued"]) == ("Global economic prospects, June 2020", {"date-parts": [[2020]]})


def test_bracketed_letter_apart_from_the_title_is_no_gbt_mark():
    # GB/T writes its mark attached to the title ("新结构经济学[M]."); "vitamin [D]." is a title.
    item = parse_reference("Smith J. Effects of vitamin [D]. J Nutr. 2010;140(3):1-9.")
    assert (item["type"], item["title"], item["container-title"]) == \
        ("article-journal", "Effects of vitamin [D]", "J Nutr")


def test_words_run_into_an_edition_statement_go_back_to_their_neighbours():
    # Harvard "(eds) Book title. 2nd edn. Place": the tagger ran the title's last word into the edition.
    item = parse_reference("Morland, P. (2012) ‘Ferry routes and island economies’, in Grant, S. (ed.) Scottish "
                           "islands reconsidered. 3rd edn. Edinburgh: Birlinn, pp. 12–30.")
    assert item["container-title"] == "Scottish islands reconsidered"
    assert item["edition"] == "3"
    # Spanish and Portuguese ordinals: "(2.ª ed.)", and the place after it stays whole.
    item = parse_reference("Navarro, L. (2009). Historia económica de los puertos (2.ª ed.). Ciudad de México: Siglo XXI.")
    assert item["edition"] == "2"
    assert item["publisher-place"] == "Ciudad de México"


def test_role_words_of_portuguese_italian_and_ukrainian_editors():
    # ABNT "(org.)", Italian "(a cura di)", Ukrainian "за ред." name editors; they are no part of the name.
    assert names({"editor": parse_names("COSTA, Helena Maria (org.).")}, "editor") == [("COSTA", "Helena Maria")]
    assert names({"editor": parse_names("Ferri, L., Sala, G. (orgs.)")}, "editor") == [("Ferri", "L."), ("Sala", "G.")]
    assert names({"editor": parse_names("Galli R. (a cura di),")}, "editor") == [("Galli", "R.")]
    assert names({"editor": parse_names("за ред. О. І. Мельника.")}, "editor") == [("Мельника", "О. І.")]


def test_particle_after_the_given_names_ends_with_the_list_dot():
    # ABNT "FAMILY, Given particle." puts the particle last; its dot ends the author list.
    name = parse_names("MOURA, Carlos E. de.")
    assert len(name) == 1 and name[0]["family"] == "MOURA" and name[0]["given"] == "Carlos E."
    assert name[0]["non-dropping-particle"] == "de"


def test_editors_named_after_in_and_closed_by_their_role():
    # ABNT "In: FAMILY, Given (org.). Book." and Italian "in Family I. (a cura di), Book,": the
    # names are the book's editors, not the start of its title.
    item = parse_reference("RIBEIRO, Tiago. Bancos públicos e crédito regional. In: MOTA, Clara Regina (org.). "
                           "Economia do Nordeste. Recife: Editora UFPE, 2015. p. 41-66.")
    assert names(item, "editor") == [("MOTA", "Clara Regina")]
    assert item["container-title"] == "Economia do Nordeste"
    item = parse_reference("Greco L. (2008), Le casse rurali nel Novecento, in Ferri G. (a cura di), "
                           "Storia del credito cooperativo, Bologna, il Mulino, pp. 101-130.")
    assert names(item, "editor") == [("Ferri", "G.")]
    assert item["container-title"] == "Storia del credito cooperativo"


def test_publisher_then_a_known_city_after_an_edition():
    # Elsevier Harvard "Title, 2nd ed. Blackwell, Oxford.": the city the features know is the place.
    item = parse_reference("Norris, P.K., 2014. Harbour Towns of the North Sea, 3rd ed. Thornbury, Oxford.")
    assert item["publisher"] == "Thornbury"
    assert item["publisher-place"] == "Oxford"


def test_chapter_imprint_publisher_then_city():
    # An edited book's imprint the tagger read as one place: split where a press word or a known
    # city tells which part is which, left whole where nothing does.
    from cslbridge.parse.fields import _publisher_from_place

    chapter = {"editor": [{"family": "Neri"}], "container-title": "Storia di Genova"}
    item = dict(chapter, **{"publisher-place": "Laterza Editore, Torino"})
    _publisher_from_place(item, {}, "... Laterza Editore, Torino, 1999.")
    assert (item["publisher"], item["publisher-place"]) == ("Laterza Editore", "Torino")
    item = dict(chapter, **{"publisher-place": "Rosen, Atlanta"})  # a city the list of places knows
    _publisher_from_place(item, {}, "... Rosen, Atlanta, 1999.")
    assert (item["publisher"], item["publisher-place"]) == ("Rosen", "Atlanta")
    item = dict(chapter, **{"publisher-place": "Rosen, Gerdau"})  # nothing tells which part is which
    _publisher_from_place(item, {}, "... Rosen, Gerdau, 1999.")
    assert "publisher" not in item
    item = dict(chapter, **{"publisher-place": "Rosen, Gerdau"})  # but the year right after a place does
    _publisher_from_place(item, {}, "... Rosen, Gerdau 1999.")
    assert (item["publisher"], item["publisher-place"]) == ("Rosen", "Gerdau")


def test_gost_newspaper_day_and_month_after_the_year():
    # GOST "// Газета. 2019. 3 дек. С. 2.": the day and month complete the date; no volume "3".
    item = parse_reference("Соколова М. Регионы просят отсрочки // Независимая газета. 2019. 3 дек. С. 2.")
    assert item["issued"] == {"date-parts": [[2019, 12, 3]]}
    assert item["page"] == "2"
    assert "volume" not in item
    assert item["type"] == "article-newspaper"


def test_part_of_a_volume_of_a_published_set_is_a_chapter():
    # GOST "// Избранные труды : в 3 т. М. : Наука, 2005. Т. 1. С. 10–95.": a volume and a publisher,
    # no issue: a part of a book, not a journal article.
    item = parse_reference("Леонтьев В. В. Межотраслевой баланс // Избранные труды : в 3 т. "
                           "М. : Наука, 2005. Т. 1. С. 10–95.")
    assert item["type"] == "chapter"
    assert item["volume"] == "1" and item["page"] == "10-95"
    # a journal's volume with an issue stays an article
    item = parse_reference("Полтерович В.М. Институты догоняющего развития // Экономика и математические "
                           "методы. 2008. Т. 44, № 2. С. 3–19.")
    assert item["type"] == "article-journal"


def test_gost_thesis_statement_repeating_the_author_before_the_university():
    # GOST 7.1 "автореф. дис. ... / Фамилия Имя Отчество ; Университет. Город, год.": the full name
    # repeats the author; the university after ";" is the publisher, the city after its full stop the place.
    item = parse_reference("Зайцева Н. П. Бюджетный федерализм в России : автореф. дис. ... канд. экон. наук : "
                           "08.00.10 / Зайцева Наталья Петровна ; Казан. федер. ун-т. Казань, 2014. 22 с.")
    assert item["type"] == "thesis"
    assert item["publisher"] == "Казан. федер. ун-т"
    assert item["publisher-place"] == "Казань"


def test_abstract_of_a_candidate_dissertation_is_the_genre():
    # Russian References "Abstract of Cand. Sci. (Econ.) Diss.": the autoreferat; "Abstract of" is no publisher.
    item = parse_reference("Gromov A.I. Nalogovye l'goty v regionakh [Tax benefits in the regions]. "
                           "Abstract of Cand. Sci. (Econ.) Diss. Moscow, 2015, 26 p.")
    assert item["type"] == "thesis"
    assert item["genre"].startswith("Abstract of Cand. Sci. (Econ.) Diss")
    assert "publisher" not in item


def test_patent_number_and_type():
    # IEEE "“Title,” U.S. Patent 10,987,654, Jun. 15, 2021.": a patent with its number, not a newspaper
    # article in "U.S. Patent"; the number's groups are no volume, issue or pages.
    item = parse_reference("[7] R. Okafor and P. Lind, “Self-cleaning filter cartridge,” U.S. Patent 11,204,318, "
                           "Dec. 21, 2021.")
    assert item["type"] == "patent"
    assert item["number"] == "11,204,318"
    assert item["issued"] == {"date-parts": [[2021, 12, 21]]}
    assert not {"container-title", "volume", "issue", "page", "note"} & set(item)
    item = parse_reference("H. Berg, “Valve seal,” US Patent No. 8,456,120, 2013.")
    assert (item["type"], item["number"]) == ("patent", "8,456,120")
    assert not {"volume", "issue", "page"} & set(item)


def test_apa_data_set_and_software_descriptors_give_the_type():
    # APA 7 "[Data set]" and "(Version 2.1.0) [Computer software]": CSL's dataset and software types.
    item = parse_reference("Keller, M. (2021). Regional rainfall records, 1950–2020 [Data set]. "
                           "https://doi.org/10.5281/zenodo.1234567")
    assert item["type"] == "dataset" and item["genre"] == "Data set"
    item = parse_reference("Osei, K. (2022). tidyledger: Double-entry accounts in R (Version 2.1.0) "
                           "[Computer software]. https://github.com/kosei/tidyledger")
    assert item["type"] == "software"
    assert item["version"] == "2.1.0"
    assert item["title"] == "tidyledger: Double-entry accounts in R"
    # an acronym in brackets is no version
    assert "version" not in parse_reference("Lee, J. (2020). Safety of vehicle-to-everything (V2X) links. "
                                            "Journal of Traffic Safety, 12(2), 3–9.")


@pytest.mark.parametrize("text,expected", [
    ("Lopez v. Northern Grain Co., 488 F.3d 902, 907 (8th Cir. 2007).",
     {"type": "legal_case", "title": "Lopez v. Northern Grain Co.", "volume": "488", "container-title": "F.3d",
      "page": "902", "authority": "8th Cir.", "note": "at 907"}),
    ("Miranda v. Arizona, 384 U.S. 436 (1966).",
     {"type": "legal_case", "title": "Miranda v. Arizona", "volume": "384", "container-title": "U.S.", "page": "436"}),
    ("Clean Water Act, 33 U.S.C. §§ 1251–1387 (2018).",
     {"type": "legislation", "title": "Clean Water Act", "volume": "33", "container-title": "U.S.C.",
      "section": "1251–1387"}),
])
def test_bluebook_cases_and_code_sections(text, expected):
    item = parse_reference(text)
    assert {k: item.get(k) for k in expected} == expected
    assert "author" not in item and item["issued"]["date-parts"][0][0] in (2007, 1966, 2018)


def test_data_repositories_publish_data_sets():
    nature = parse_reference("Okoro, J. et al. River discharge records for the Niger basin, 1990–2015. "
                             "figshare https://doi.org/10.6084/m9.figshare.1234567 (2019).")
    assert (nature["type"], nature["publisher"]) == ("dataset", "figshare") and "container-title" not in nature
    vancouver = parse_reference("Berg T, Moss L. Alpine plant survey plots 2010-2020. Dryad; 2022. "
                                "doi:10.5061/dryad.xyz789")
    assert vancouver["type"] == "dataset"
    apa = parse_reference("Statistics Canada. (2022). Labour force characteristics by province [Data set]. "
                          "https://www150.statcan.gc.ca/t1/tbl1/en/tv.action?pid=1410028701")
    assert apa["author"] == [{"literal": "Statistics Canada"}]


@pytest.mark.parametrize("text,genre,publisher,place,pages", [
    ("COSTA, Rafael Lima. Bancos públicos e crédito regional. 2018. Tese (Doutorado em Economia) – "
     "Universidade Estadual de Campinas, Campinas, 2018.",
     "Tese (Doutorado em Economia)", "Universidade Estadual de Campinas", "Campinas", None),
    ("ALVES, Júlia Martins. Microcrédito no Nordeste. 2016. 98 f. Dissertação (Mestrado em Desenvolvimento "
     "Regional) – Universidade Federal da Bahia, Salvador, 2016.",
     "Dissertação (Mestrado em Desenvolvimento Regional)", "Universidade Federal da Bahia", "Salvador", "98"),
])
def test_abnt_theses(text, genre, publisher, place, pages):
    item = parse_reference(text)
    assert (item["type"], item["genre"]) == ("thesis", genre)
    assert (item["publisher"], item["publisher-place"], item.get("number-of-pages")) == (publisher, place, pages)
    assert "Tese" not in item["title"] and "Disserta" not in item["title"]


def test_apa_agency_report_number_in_brackets():
    item = parse_reference("U.S. Environmental Protection Agency. (2019). Drinking water infrastructure needs survey "
                           "(EPA-816-K-19-001). https://www.epa.gov/dwsrf")
    assert (item["type"], item["number"]) == ("report", "EPA-816-K-19-001")
    assert item["title"] == "Drinking water infrastructure needs survey"


def test_italian_periodical_in_guillemets():
    item = parse_reference("Conte R. (2015), Il ritardo economico del Sud, in «Rivista di Storia Economica», 31, 2, "
                           "pp. 201-230.")
    assert (item["title"], item["container-title"]) == ("Il ritardo economico del Sud", "Rivista di Storia Economica")
    assert (item["volume"], item["issue"], item["page"]) == ("31", "2", "201-230")


@pytest.mark.parametrize("text,publisher", [
    ("Lange, Petra. Mining Towns of the Ruhr. 2017. U of California at Berkeley, PhD dissertation.",
     "U of California at Berkeley"),
    ("Bell, Tom. Ports of the Atlantic World. 2019. U of North Carolina at Chapel Hill, PhD dissertation.",
     "U of North Carolina at Chapel Hill"),
])
def test_mla_dissertation_university(text, publisher):
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item["genre"]) == ("thesis", publisher, "PhD dissertation")
    assert "note" not in item


@pytest.mark.parametrize("span,given", [("Okafor, Ada.", "Ada"), ("Lindqvist, Bo.", "Bo."), ("Petrov, Yu.", "Yu.")])
def test_full_given_name_loses_the_list_full_stop(span, given):
    # a given name of three letters or more ends the names; its full stop is punctuation.
    # Two letters may be an abbreviation ("Yu." for Юрий), so they keep it.
    assert parse_names(span)[0]["given"] == given


def test_german_imprints_volumes_and_slashed_names():
    book = parse_reference("Adorno, Theodor W. (1970): Ästhetische Theorie. Band 7. Frankfurt a. M.: Suhrkamp.")
    assert (book["title"], book["volume"]) == ("Ästhetische Theorie", "7")
    assert (book["publisher-place"], book["publisher"]) == ("Frankfurt a. M.", "Suhrkamp")
    set_ = parse_reference("Simmel, Georg (1992): Soziologie. 2 Bde. Berlin: Duncker & Humblot.")
    assert (set_["title"], set_["number-of-volumes"]) == ("Soziologie", "2")
    edited = parse_reference("Kraus, Eva/Lorenz, Jan (Hrsg.) (2019): Handbuch Stadtsoziologie. Wiesbaden: Springer VS.")
    assert names(edited, "editor") == [("Kraus", "Eva"), ("Lorenz", "Jan")]


def test_french_names_series_and_editors():
    item = parse_reference("LAMBERT Claire, « Les jeunes et l'emploi », Paris, La Découverte, coll. « Grands Repères », "
                           "2012, 240 p.")
    assert names(item) == [("LAMBERT", "Claire")]
    assert (item["publisher"], item["collection-title"]) == ("La Découverte", "Grands Repères")
    edited = parse_reference("Castel, R. (dir.) (2008). Les sociétés et leurs pauvres. Paris : Presses de Sciences Po.")
    assert names(edited, "editor") == [("Castel", "R.")] and "author" not in edited


@pytest.mark.parametrize("span,expected", [
    ("LE BRAS Hervé", [("LE BRAS", "Hervé")]),
    ("PH Dreyfuss", [("Dreyfuss", "P.H.")]),  # bare initials first, not a family name in capitals (dotted as "Dreyfuss PH" is)
])
def test_family_name_in_capitals_first(span, expected):
    assert [(n.get("family"), n.get("given")) for n in parse_names(span)] == expected


def test_software_by_a_team_published_by_a_foundation():
    item = parse_reference("Stan Development Team (2022). Stan modeling language users guide. Stan Foundation for "
                           "Open Science, Boston, USA. https://mc-stan.org/docs/")
    assert item["author"] == [{"literal": "Stan Development Team"}]
    assert (item["publisher"], item["publisher-place"]) == ("Stan Foundation for Open Science", "Boston, USA")
    assert "container-title" not in item


def test_spanish_translator_cue():
    item = parse_reference("Stiglitz, J. (2002). El malestar en la globalización. Trad. de C. Rodríguez. Madrid: Taurus.")
    assert names(item, "translator") == [("Rodríguez", "C.")]


def test_page_range_after_page_cue_that_looks_like_years():
    # IEEE "pp. 2011–2024, Jul. 2023": both numbers look like years, but after "pp." they are pages.
    item = parse_reference("[9] P. Novak, R. Haas, and J. Wu, “Thermal limits of GaN amplifiers,” "
                           "IEEE Trans. Electron Devices, vol. 68, no. 5, pp. 2015–2022, May 2021.")
    assert item["page"] == "2015-2022"
    assert item["issued"] == {"date-parts": [[2021, 5]]}


def test_ama_web_page_dated_published():
    # AMA dates a web page "Published July 12, 2023" as well as "Updated ...": a site's page, no
    # newspaper article, though it is dated to the day.
    item = parse_reference("Choosing a sunscreen. Skin Cancer Foundation. Published May 4, 2021. "
                           "Accessed June 30, 2022. https://www.skincancer.org/prevention/sunscreen-guide")
    assert item["type"] == "webpage"
    assert item["container-title"] == "Skin Cancer Foundation"
    assert item["issued"] == {"date-parts": [[2021, 5, 4]]}
    # "published" before a bare year, as APA's "Original work published 1936", is no such cue
    item = parse_reference("Keynes, J. M. (2018). The general theory of employment, interest, and money. "
                           "Palgrave Macmillan. (Original work published 1936)")
    assert item["type"] == "book"


def test_apa_report_number_after_a_title_ending_in_years():
    # APA "Title, 2010–2019 (Report No. 42)": the years end the title, and a number that opens with
    # letters and a space ("HWL 67") is still the report's number.
    item = parse_reference("Scottish Government. (2020). Fuel poverty in rural households, 2010–2019 "
                           "(Research Report No. 42). https://www.gov.scot/publications/fuel-poverty-rural")
    assert item["title"] == "Fuel poverty in rural households, 2010–2019"
    assert item["number"] == "42"
    item = parse_reference("Ofgem. (2022). Network reliability in Great Britain (Report No. RIIO 118). Ofgem.")
    assert item["title"] == "Network reliability in Great Britain"
    assert item["number"] == "RIIO 118"


def test_gost_edition_with_its_qualifiers():
    # GOST "3-е изд., испр. и доп." is one edition statement: the qualifiers after the first are no
    # part of the place that follows.
    assert EDITION.search("– 2-е изд., перераб. и доп. – М.").group(0) == "2-е изд., перераб. и доп."
    assert edition("3-е изд., испр. и доп.") == "3"
    item = parse_reference("Налоговое право : учебник / А. В. Смирнова, К. Л. Орлов. – 3-е изд., испр. и доп. "
                           "– Москва : Проспект, 2020. – 288 с.")
    assert item["edition"] == "3"
    assert item["publisher-place"] == "Москва"


def test_gost_title_first_with_authors_then_editor():
    # GOST 7.0.100 for four or more authors: "Title : учебник / three authors [и др.] ; под редакцией X."
    # The heading is the title, the names before " ; " are authors, those after the role word editors.
    item = parse_reference("Корпоративные финансы : учебник / Е. А. Волкова, С. Н. Карпов, И. Г. Лосева [и др.] ; "
                           "под редакцией Е. А. Волковой. – Москва : Кнорус, 2022. – 368 с.")
    assert item["title"].replace(" :", ":") == "Корпоративные финансы: учебник"
    assert names(item) == [("Волкова", "Е. А."), ("Карпов", "С. Н."), ("Лосева", "И. Г.")]
    assert names(item, "editor") == [("Волкова", "Е. А.")]
    assert (item["publisher-place"], item["publisher"]) == ("Москва", "Кнорус")


def test_russian_references_body_translation_note_and_chapter_imprint():
    body = parse_reference("Rosstat. Trud i zanyatost' v Rossii. 2021 [Labour and employment in Russia. 2021]. "
                           "Moscow, 2021. 179 p. (In Russ.)")
    assert body["author"] == [{"literal": "Rosstat"}]
    assert body["title"] == "Labour and employment in Russia. 2021"
    assert body["original-title"].startswith("Trud i zanyatost' v Rossii")
    translated = parse_reference("Piketty T. Kapital v XXI veke [Capital in the Twenty-First Century]. Transl. from "
                                 "French. Moscow, Ad Marginem Publ., 2015. 592 p. (In Russ.)")
    assert translated["type"] == "book" and "container-title" not in translated
    assert translated["note"] == "Transl. from French."
    chapter = parse_reference("Petrov N.V. [Elites of the regions]. In: Orlova A.A. (ed.) Regiony i tsentr [Regions "
                              "and the centre]. Moscow, Izd. dom Delo Publ., 2017, pp. 10–34. (In Russ.)")
    assert (chapter["publisher-place"], chapter["publisher"]) == ("Moscow", "Izd. dom Delo Publ.")
    whole = parse_reference("Kuznetsova O.V. [Regional policy]. In: Zubarevich N.V. (ed.) Regiony Rossii [Russian "
                            "regions]. Moscow, Izd. dom VShE Publ., 2019, pp. 45–67. (In Russ.)")
    assert (whole["publisher-place"], whole["publisher"]) == ("Moscow", "Izd. dom VShE Publ.")


def test_roles_written_out_between_names_and_title():
    german = parse_reference("Simmel, Georg: Philosophie des Geldes. Hrsg. von David P. Frisby. Frankfurt a. M.: "
                             "Suhrkamp 1989.")
    assert names(german) == [("Simmel", "Georg")] and names(german, "editor") == [("Frisby", "David P.")]
    assert german["title"] == "Philosophie des Geldes"
    italian = parse_reference("Zamagni V. (a cura di), Storia economica d'Italia, Bologna, Il Mulino, 2015.")
    assert names(italian, "editor") == [("Zamagni", "V.")] and "author" not in italian
    assert italian["title"] == "Storia economica d'Italia"
    ama = parse_reference("Loscalzo J, Fauci AS, eds. Harrison's Principles of Internal Medicine. 21st ed. "
                          "McGraw Hill; 2022.")
    assert names(ama, "editor") == [("Loscalzo", "J."), ("Fauci", "A.S.")]
    assert ama["title"] == "Harrison's Principles of Internal Medicine"


@pytest.mark.parametrize("mark", ["n.d.", "s.d.", "б. г."])
def test_no_date_mark_gives_no_issued_date(mark):
    item = parse_reference(f"Statistics Sweden. ({mark}). Population by region. Retrieved May 3, 2023, from "
                           "https://www.scb.se/en/population")
    assert "issued" not in item and item["accessed"] == {"date-parts": [[2023, 5, 3]]}


def test_notes_bodies_acts_and_news_sites():
    body = parse_reference("State Committee on Migration of the Kyrgyz Republic, ‘Godovoi otchet za 2018 god’, 2019, "
                           "available at: http://migration.kg/report2018, accessed 4 May 2020.")
    assert body["author"] == [{"literal": "State Committee on Migration of the Kyrgyz Republic"}]
    assert body["title"] == "Godovoi otchet za 2018 god"
    act = parse_reference("Government of Armenia, ‘Strategy for the Development of Tourism’, Decree No. 245, "
                          "12 March 2015, available at: https://www.gov.am/files/245.pdf, accessed 6 June 2017.")
    assert (act["type"], act["number"]) == ("document", "Decree No. 245") and "container-title" not in act
    news = parse_reference("‘Parliament Debates Labour Code Amendments’, Kaktus.media, 14 October 2020.")
    assert (news["type"], news["container-title"]) == ("article-newspaper", "Kaktus.media")


def test_name_ends_at_its_form():
    references = parse_reference("Conquest R. Harvest of Sorrow: Soviet Collectivization and the Terror-Famine. "
                                 "New York, Oxford University Press, 1986. 412 p.")
    assert names(references) == [("Conquest", "R.")] and references["title"].startswith("Harvest of Sorrow")
    notes = parse_reference("Robert Service, Stalin: A Biography (London: Macmillan, 2004), 112.")
    assert names(notes) == [("Service", "Robert")] and notes["title"] == "Stalin: A Biography"
    chicago = parse_names("Eliot, T. Stearns")
    assert chicago == [{"family": "Eliot", "given": "T. Stearns"}]


def test_gost_statement_spells_out_names_and_keeps_translation_details():
    book = parse_reference("Коуз, Р. Фирма, рынок и право / Рональд Коуз ; перевод с английского Б. Пинскера. – "
                           "2-е изд., испр. и доп. – Москва : Новое издательство, 2007. – 224 с.")
    assert book["author"] == [{"family": "Коуз", "given": "Рональд"}]
    assert names(book, "translator") == [("Пинскер", "Б.")]
    assert "перевод с английского" in book["note"] and "испр. и доп." in book["note"]
    thesis = parse_reference("Смирнов И. П. Инвестиционный климат региона : автореф. дис. ... канд. экон. наук : "
                             "08.00.05 / Смирнов Игорь Петрович ; Урал. гос. экон. ун-т. Екатеринбург, 2019. 22 с.")
    assert thesis["author"] == [{"family": "Смирнов", "given": "Игорь Петрович"}]


@pytest.mark.parametrize("span,expected", [
    ("Орлова Марина Викторовна", ("Орлова", "Марина Викторовна")),
    ("Sokolov Pavel Ilyich", ("Sokolov", "Pavel Ilyich")),
])
def test_russian_full_name_with_patronymic(span, expected):
    name = parse_names(span)[0]
    assert (name["family"], name["given"]) == expected


@pytest.mark.parametrize("span,expected", [
    ("Роман Аркадьевич Абрамович", ("Абрамович", "Роман Аркадьевич")),  # given name and patronymic first
    ("Н. А. Межевич", ("Межевич", "Н. А.")),  # a family name with a patronymic's ending
])
def test_patronymic_endings_do_not_reorder_other_names(span, expected):
    name = parse_names(span)[0]
    assert (name["family"], name["given"]) == expected


def test_apa_transliterated_entries_and_chicago_dissertation():
    book = parse_reference("Orlova, E. V. (2017). Migratsiya i rynok truda [Migration and the labour market]. "
                           "Delo Publishers.")
    assert book["issued"] == {"date-parts": [[2017]]} and book["original-title"] == "Migratsiya i rynok truda"
    article = parse_reference("Petrova, L. N. (2018). Academic mobility of students from Central Asia. Vysshee "
                              "obrazovanie v Rossii, 27(3), 88–97. (In Russ.).")
    assert article["title"] == "Academic mobility of students from Central Asia"
    assert article["container-title"] == "Vysshee obrazovanie v Rossii"
    thesis = parse_reference("Lowe, R. 2012. “Cotton and Credit in Soviet Tajikistan.” PhD diss., Indiana University.")
    assert (thesis["type"], thesis["publisher"]) == ("thesis", "Indiana University") and "publisher-place" not in thesis


def test_gazette_article_is_the_acts_section():
    # "Ст. 1234" / "art. 7" name the article of the gazette issue the act is printed in; the
    # section kept its cue ("Ст. 1234"), and in References the gazette ran into the act's title.
    item = parse_reference("О связи : федер. закон от 07.07.2003 № 126-ФЗ // Собрание законодательства РФ. "
                           "2003. № 28. Ст. 2895.")
    assert (item["type"], item["section"], item["issue"]) == ("legislation", "2895", "28")
    item = parse_reference("Federal Law of 07.07.2003 No. 126-FZ \"On communications\". Sobranie "
                           "zakonodatel'stva RF, 2003, no. 28, art. 2895. (In Russ.)")
    assert item["title"] == "Federal Law of 07.07.2003 No. 126-FZ \"On communications\""
    assert item["container-title"] == "Sobranie zakonodatel'stva RF"
    assert (item["section"], item.get("page")) == ("2895", None)


def test_double_issue_after_volume():
    # A double issue "3–4" after the volume: T&F notes "Journal, 12, 1–2, 2015" had volume
    # "12, 1–2"; GOST "Т. 9, № 5–6. С. 12–30." had made the issue's range part of the pages.
    item = parse_reference("Olga Petrova, ‘Labour Markets in the Fergana Valley’, Central Asian Affairs, 12, 1–2, "
                           "2015, pp. 77–95.")
    assert (item["volume"], item["issue"], item["page"]) == ("12", "1–2", "77-95")
    item = parse_reference("Сидоров П. Р. Границы в Ферганской долине // Вестник Евразии. 2016. Т. 9, № 5–6. С. 12–30.")
    assert (item["volume"], item["issue"], item["page"]) == ("9", "5–6", "12-30")


def test_title_opening_with_a_quoted_phrase():
    # "«Арабская весна» и ее последствия": a quotation closed with no punctuation, with the title
    # running on after it, is a phrase in the title; the title had ended at "»" and the rest
    # became a container (the book a chapter of one).
    item = parse_reference("Сергеев В. М. «Арабская весна» и ее последствия для Центральной Азии. М. : Весь мир, "
                           "2014. 210 с.")
    assert (item["type"], item["title"]) == ("book", "«Арабская весна» и ее последствия для Центральной Азии")
    assert "container-title" not in item
    item = parse_reference("Орлов К. С. «Цветные революции» России не грозят // Свободная мысль. 2012. № 5. С. 40–51.")
    assert (item["title"], item["container-title"]) == ("«Цветные революции» России не грозят", "Свободная мысль")


def test_act_number_after_its_date_is_the_acts():
    # GOST "...: постановление Правительства РФ от 15.04.2014 № 316. URL: ...": with no gazette,
    # the number after the act's date was read as an issue and cut from the title.
    item = parse_reference("Об утверждении государственной программы Российской Федерации «Экономическое развитие "
                           "и инновационная экономика» : постановление Правительства РФ от 15.04.2014 № 316. "
                           "URL: http://government.ru/docs/all/90862/ (дата обращения: 10.02.2020).")
    assert item["type"] == "legislation" and "issue" not in item
    assert item["title"].endswith("постановление Правительства РФ от 15.04.2014 № 316")


def test_russian_references_body_after_translated_title_publishes_the_page():
    # "[Translated title]. Body. Available at: URL (accessed ...)": the body that posts the page is
    # its publisher; it had become a container and the item a webpage of that "site" (or a book).
    item = parse_reference("[Labour migration in the Russian Federation: Results of 2019]. Federal State Statistics "
                           "Service. Available at: https://rosstat.gov.ru/labour_force/migr2019 (accessed 10.10.2020). "
                           "(In Russ.)")
    assert (item["type"], item["publisher"]) == ("webpage", "Federal State Statistics Service")
    assert item["title"] == "Labour migration in the Russian Federation: Results of 2019"
    assert "container-title" not in item


def test_notes_body_report_in_a_numbered_series():
    # Notes "Body, ‘Title’, Europe Briefing No. 63, 23 May 2011, available at: ...": a body's paper in
    # a numbered series is a report (series as genre); it had been a journal article, issue 63.
    item = parse_reference("International Crisis Group, ‘Georgia: The Javakheti Region’s Integration Challenges’, "
                           "Europe Briefing No. 63, 23 May 2011, available at: https://www.crisisgroup.org/"
                           "europe-central-asia/caucasus/georgia/b63-georgia, accessed 3 July 2013.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "Europe Briefing", "63")
    assert "issue" not in item and "container-title" not in item
    item = parse_reference("International Crisis Group, ‘Kyrgyzstan: Widening Ethnic Divisions in the South’, "
                           "Asia Report No. 222, 29 March 2012.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "Asia Report", "222")


def test_notes_body_cut_short_runs_to_its_comma():
    # Notes "Committee on Statistics of the Ministry of National Economy of Kazakhstan, Title (Place: ...)":
    # the tagger ended the body after a word or two and began the title inside its name.
    item = parse_reference("Committee on Statistics of the Ministry of National Economy of Kazakhstan, Migration "
                           "of the Population of Kazakhstan (Astana: Committee on Statistics, 2017), p. 15.")
    assert names(item) == [("Committee on Statistics of the Ministry of National Economy of Kazakhstan", None)]
    assert item["title"] == "Migration of the Population of Kazakhstan"


def test_article_of_an_act_cited_in_a_note():
    item = parse_reference("‘Ustav Evraziiskogo banka razvitiya’, Article 7, EDB Charter, 12 January 2006, available at: "
                           "https://eabr.org/about/charter/, accessed 3 April 2015.")
    assert (item["section"], item["container-title"]) == ("Article 7", "EDB Charter")
    assert item["type"] in ("treaty", "document")


def test_apa_preprint_server_publishes_the_preprint():
    # APA 7 "Title [Preprint]. SSRN." and "Title. PsyArXiv.": the server publishes a preprint
    # ("article"); it had been a genre, or the container of a journal article.
    item = parse_reference("Okonkwo, B., & Lund, H. (2022). Rent control and tenant mobility in Berlin [Preprint]. "
                           "SSRN. https://doi.org/10.2139/ssrn.4017733")
    assert (item["type"], item["genre"], item["publisher"]) == ("article", "Preprint", "SSRN")
    item = parse_reference("Varga, T., & Moss, J. (2020). Working memory load and moral judgement. PsyArXiv. "
                           "https://doi.org/10.31234/osf.io/3kd9w")
    assert (item["type"], item["publisher"]) == ("article", "PsyArXiv")
    assert "container-title" not in item


@pytest.mark.parametrize("text,server", [
    ("Haddad, N., & Yoshida, K. (2022). Sox9 and cartilage development [Preprint]. bioRxiv. "
     "https://doi.org/10.1101/2022.05.11.491234", "bioRxiv"),
    ("Brandt, S., & Osei, K. (2022). Spin transport in twisted bilayers (arXiv:2207.01234). arXiv. "
     "https://doi.org/10.48550/arXiv.2207.01234", "arXiv"),
])
def test_a_preprint_server_the_tagger_left_in_the_note_publishes_the_preprint(text, server):
    # the server's name alone after the bracket had stayed in the note, no publisher
    item = parse_reference(text)
    assert (item["type"], item["publisher"]) == ("article", server) and "note" not in item
    # a journal's article keeps the arXiv copy beside it in its note
    article = parse_reference("C. Rivera and M. Banados, Phys. Rev. D 85, 024011 (2012), arXiv :1204.1691.")
    assert "publisher" not in article


def test_online_first_article_keeps_its_journal():
    # APA "Journal. Advance online publication." and AMA "Journal. Published online May 9, 2023.":
    # the status was read into the journal's name, and the day-dated AMA item as a newspaper's.
    item = parse_reference("Haddad, R., & Kim, J. (2023). Peer tutoring and maths anxiety. Educational Psychology "
                           "Review. Advance online publication. https://doi.org/10.1007/s10648-023-09771-2")
    assert item["container-title"] == "Educational Psychology Review"
    item = parse_reference("Bauer M, Ito K. Statin use and delirium after cardiac surgery. Anesthesiology. "
                           "Published online May 9, 2023. doi:10.1097/ALN.0000000000004611")
    assert (item["type"], item["container-title"]) == ("article-journal", "Anesthesiology")


def test_trans_before_a_translator_is_no_given_name():
    # Chicago notes and MLA "Title, trans. Ruth Ellis (Place: ...)": the role word opened the
    # translator's given names ("trans. Ruth").
    assert parse_names("trans. Jonathan P. Weir") == [{"family": "Weir", "given": "Jonathan P."}]
    item = parse_reference("3. Georges Duby, The Three Orders, trans. Arthur Goldstein (Chicago: University of "
                           "Chicago Press, 1980), 61.")
    assert names(item, "translator") == [("Goldstein", "Arthur")]


def test_vancouver_article_number_with_letters_after_the_issue():
    # Cochrane reviews "2019 Jan 22;1(1):CD011234": the article number opens with two letters;
    # it stayed glued to the issue and became the pages "1):CD011234", with no issue.
    item = parse_reference("Ahmed S, Varga T. Interventions for preventing falls in care homes. Cochrane Database "
                           "Syst Rev. 2019 Jan 22;1(1):CD011234. doi: 10.1002/14651858.CD011234.pub2")
    assert (item["volume"], item["issue"], item["page"]) == ("1", "1", "CD011234")


@pytest.mark.parametrize("text,expected", [
    ("Dana L. Whitfield, Platform Liability After Section 230, 98 Tex. L. Rev. 455 (2020).",
     {"type": "article-journal", "title": "Platform Liability After Section 230", "container-title": "Tex. L. Rev.",
      "volume": "98", "page": "455"}),
    ("Safe Drinking Water Improvement Act, Pub. L. No. 115-270, 132 Stat. 3765 (2018).",
     {"type": "legislation", "title": "Safe Drinking Water Improvement Act", "number": "Pub. L. No. 115-270",
      "container-title": "Stat.", "volume": "132", "page": "3765"}),
    ("Patel v Mirza [2016] UKSC 42",
     {"type": "legal_case", "title": "Patel v Mirza", "authority": "UKSC", "number": "42"}),
    ("Donoghue v Stevenson [1932] AC 562 (HL)",
     {"type": "legal_case", "title": "Donoghue v Stevenson", "container-title": "AC", "page": "562", "authority": "HL"}),
])
def test_law_reviews_statutes_at_large_and_oscola(text, expected):
    item = parse_reference(text)
    assert {k: item.get(k) for k in expected} == expected
    assert "issued" in item


def test_software_patent_codes_ieee_editors_group_authors_and_year_spans():
    code = parse_reference("[9] L. Moreau, “tidegauge: Sea-level analysis in Python,” GitHub, 2021. [Online]. "
                           "Available: https://github.com/lmoreau/tidegauge")
    assert (code["type"], code["publisher"]) == ("software", "GitHub") and "container-title" not in code
    nature = parse_reference("Ortiz, P. riverflow: tools for gauge records. GitHub https://github.com/portiz/riverflow (2020).")
    assert (nature["type"], nature["title"], nature["publisher"]) == (
        "software", "riverflow: tools for gauge records", "GitHub")
    patent = parse_reference("[2] K. Osei, “Modular heat exchanger,” U.S. Patent 10 876 432 B1, Mar. 3, 2020.")
    assert names(patent) == [("Osei", "K.")] and patent["number"] == "10 876 432 B1"
    chapter = parse_reference("[3] M. Rossi, “Observers for drives,” in Control Handbook, 3rd ed., T. Lang, Ed. "
                              "Cambridge, MA, USA: MIT Press, 2018, pp. 88–120.")
    assert names(chapter, "editor") == [("Lang", "T.")]
    assert (chapter["container-title"], chapter["publisher-place"]) == ("Control Handbook", "Cambridge, MA, USA")
    group = parse_reference("STRIDE-2 Trial Investigators. Intensive blood pressure control after stroke. "
                            "N Engl J Med. 2021;385(4):301-12.")
    assert group["author"] == [{"literal": "STRIDE-2 Trial Investigators"}]
    volumes = parse_reference("Mills, Ada. The Hanseatic Towns. 2 vols. London: Methuen, 1928–30.")
    assert volumes["issued"] == {"date-parts": [[1928], [1930]]} and "page" not in volumes


def test_series_and_number_as_the_last_sentence_of_a_title():
    guideline = parse_reference("National Institute for Health and Care Excellence. Atrial fibrillation: diagnosis "
                                "and management. NICE guideline NG196. London: NICE; 2021.")
    assert (guideline["type"], guideline["genre"], guideline["number"]) == ("report", "NICE guideline", "NG196")
    assert guideline["title"] == "Atrial fibrillation: diagnosis and management"
    paper = parse_reference("Kuptsch C (2006) Labour migration in Central Asia. Human Development Research Paper "
                            "2006/31. UNDP, New York")
    assert (paper["type"], paper["genre"], paper["number"]) == ("report", "Human Development Research Paper", "2006/31")
    assert paper["title"] == "Labour migration in Central Asia"


@pytest.mark.parametrize("text, title, journal", [
    ("Florinskaya Yu.F., Mkrtchyan N.V. Migrants from Central Asia in the Russian labour market. "
     "Ekonomicheskoe razvitie Rossii = Russia’s Economic Development, 2020, vol. 27, no. 4, pp. 54–60. (In Russ.)",
     "Migrants from Central Asia in the Russian labour market",
     "Ekonomicheskoe razvitie Rossii = Russia’s Economic Development"),
    ("Gorina E.A. Regional'naya politika i trudovaya migratsiya. Vestnik Tomskogo universiteta. Ekonomika = "
     "Tomsk State University Journal of Economics, 2018, no. 41, pp. 112–125. (In Russ.)",
     "Regional'naya politika i trudovaya migratsiya",
     "Vestnik Tomskogo universiteta. Ekonomika = Tomsk State University Journal of Economics"),
])
def test_references_title_without_translation_stays_before_parallel_journal(text, title, journal):
    """References lists that give only one title: the parallel journal name after it does not swallow it."""
    item = parse_reference(text)
    assert item["title"] == title
    assert item["container-title"] == journal
    assert item["issue"] and item["language"] == "ru"


@pytest.mark.parametrize("text, body, title", [
    ("Ministry of Water Resources of the Republic of Uzbekistan. Water Sector Development Concept 2020–2030; "
     "Ministry of Water Resources: Tashkent, Uzbekistan, 2020.",
     "Ministry of Water Resources of the Republic of Uzbekistan", "Water Sector Development Concept 2020–2030"),
    ("Ministerstwo Rodziny, Pracy i Polityki Społecznej. (2019). Informacja o zatrudnieniu cudzoziemców w Polsce. "
     "Warszawa: MRPiPS.",
     "Ministerstwo Rodziny, Pracy i Polityki Społecznej", "Informacja o zatrudnieniu cudzoziemców w Polsce"),
    ("Ministère de la Culture. (2017). Chiffres clés de la culture. Paris: La Documentation française.",
     "Ministère de la Culture", "Chiffres clés de la culture"),
])
def test_body_named_in_full_is_one_author(text, body, title):
    """A body's whole name, in any language, is one author, though it runs over a comma or the tagger cut it."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": body}]
    assert item["title"] == title


@pytest.mark.parametrize("names, count", [("World Bank, IMF", 2), ("Department of Health, R. Smith", 2),
                                          ("Ministry of Labour, Employment and Social Protection", 1)])
def test_comma_after_a_body_parts_two_names_only_before_another_name(names, count):
    assert len(parse_names(names)) == count


def test_pdf_copy_ligatures_broken_hyphens_and_glued_sentences():
    # Copied out of a PDF: "ﬁ"/"ﬂ" ligatures, a line-break hyphen kept with its space, and a
    # lost space after a full stop or a comma ran the title into the journal.
    item = parse_reference("Tanaka, H., & Obi, C. (2019). Diﬀerential eﬀects of cash trans- fers on school "
                           "attendance.Journal of Development Studies,55(7),1412–1430.")
    assert item["title"] == "Differential effects of cash transfers on school attendance"
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == (
        "Journal of Development Studies", "55", "7", "1412-1430")
    quoted = parse_reference("Brandt, Oskar. “Coalition Bargaining in the Nordic Parliaments.”Scandinavian "
                             "Political Studies 41, no. 2 (2018): 145–67.")
    assert (quoted["title"], quoted["container-title"]) == (
        "Coalition Bargaining in the Nordic Parliaments", "Scandinavian Political Studies")
    # A soft hyphen the PDF kept at a line-break point prints nothing: "class\u00adrooms" is "classrooms".
    soft = parse_reference("Nakamura, T., & Lindgren, S. (2021). Formative assessment in rural primary class\u00adrooms. "
                           "Teaching and Teacher Educa\u00adtion, 104, Article 103389.")
    assert (soft["title"], soft["container-title"]) == ("Formative assessment in rural primary classrooms",
                                                        "Teaching and Teacher Education")
    year = parse_reference("Meyer, J. (2011).Regional banks and small ﬁrm credit. Small Business Economics, 37(1), 1-18.")
    assert year["title"] == "Regional banks and small firm credit"
    bracket = parse_reference("Laumulin M.T. [Central Asia in foreign political science and world geopolitics].Almaty, "
                              "KISI Publ., 2009, vol. 5, 344 p. (In Russ.)")
    assert (bracket["type"], bracket["publisher-place"], bracket["publisher"]) == ("book", "Almaty", "KISI Publ.")
    # ... and a space lost after a comma before an issue cue, or between initials and a bracketed title.
    issue = parse_reference("Zverev R., Savin I. [The Russian–Kyrgyz relations: History and modernity]. Rossiya i novye "
                            "gosudarstva = Russian and New States of Eurasia, 2018,no. 1, pp.106–125. (In Russ.)")
    assert (issue.get("volume"), issue["issue"], issue["page"]) == (None, "1", "106-125")
    initials = parse_reference("Smirnova O.V.[Regional policy]. Region: ekonomika i sotsiologiya = Region: Economics and "
                               "Sociology, 2020, no. 2 (106), pp. 3–27. (In Russ.)")
    assert (initials["author"], initials["title"]) == ([{"family": "Smirnova", "given": "O.V."}], "Regional policy")
    glued = parse_reference("Петров П.П.Интеграция в ЕАЭС // Мировая экономика и международные отношения. 2018. Т. 62, "
                            "№ 4. С. 5–14.")
    assert (glued["author"], glued["title"]) == ([{"family": "Петров", "given": "П.П."}], "Интеграция в ЕАЭС")
    place = parse_reference("Author’s interview with an anonymous expert,Moscow, 13 August 2012.")
    assert (place["title"], place["publisher-place"]) == ("Author’s interview with an anonymous expert", "Moscow")
    # A hyphen before a conjunction is a shared compound, not a broken word; a glued
    # journal abbreviation and an address stay as written.
    shared = parse_reference("Larsen, K. (2015). Pre- and post-reform wage gaps in short- og langtidsledighed. "
                             "Nationaløkonomisk Tidsskrift, 153(2), 1-22. https://example.org/Files.Wage")
    assert shared["title"] == "Pre- and post-reform wage gaps in short- og langtidsledighed"
    assert shared["URL"] == "https://example.org/Files.Wage"
    assert parse_reference("Ito, K. Ligand effects. J.Am.Chem.Soc. 2019, 141, 10-20.")["container-title"] == "J.Am.Chem.Soc."
    # IEEE's quoted title glued to the commas around it: 'T. Nguyen,“Title,”in Proc. ...'.
    ieee = parse_reference("[6] T. Nguyen,“Eﬃcient ﬁne-tuning of language models on edge devices,”in Proc. Int. Conf. "
                           "Mach. Learn. (ICML),2023,pp. 3301–3310.")
    assert (ieee["type"], ieee["author"], ieee["title"], ieee["container-title"], ieee["page"]) == (
        "paper-conference", [{"family": "Nguyen", "given": "T."}], "Efficient fine-tuning of language models on edge devices",
        "Proc. Int. Conf. Mach. Learn. (ICML)", "3301-3310")


def test_and_in_other_languages_joins_whole_names_only():
    # Turkish "ve", Norwegian "og", Swedish "och", Czech "a" between names; Dutch particles after the initials.
    assert names(parse_reference("Şenses, F. ve Taymaz, E. (2003). Unutulan bir toplumsal amaç: Sanayileşme. "
                                 "ODTÜ Gelişme Dergisi, 30(2), 1-34.")) == [("Şenses", "F."), ("Taymaz", "E.")]
    assert names(parse_reference("Andersen, T. M. og Svarer, M. (2012). Active labour market policies in a "
                                 "recession. IZA Journal of Labor Policy, 1(7), 1-19.")) == [("Andersen", "T. M."), ("Svarer", "M.")]
    assert [(n["family"], n["given"]) for n in parse_names("Berg, Anna och Lund, Per")] == [("Berg", "Anna"), ("Lund", "Per")]
    assert [(n["family"].title(), n["given"]) for n in parse_names("NOVÁK, Petr a Jana DVOŘÁKOVÁ")] == [
        ("Novák", "Petr"), ("Dvořáková", "Jana")]
    assert parse_names("Berg, J. van den, & Smit, P.") == [
        {"family": "Berg", "non-dropping-particle": "van den", "given": "J."}, {"family": "Smit", "given": "P."}]
    # A conjunction inside a double family name stays: Catalan "i", Portuguese "e".
    assert parse_names("Puig i Cadafalch, J.") == [{"family": "Puig i Cadafalch", "given": "J."}]
    assert parse_names("Silva e Sousa, M.; Costa, R.") == [{"family": "Silva e Sousa", "given": "M."},
                                                          {"family": "Costa", "given": "R."}]


def test_editor_roles_and_lead_ins_in_spanish_portuguese_and_polish():
    # Spanish "En ... (Ed.)", Polish "(red.)" after a name and "red." before names.
    chapter = parse_reference("Ortega, C. (2012). La reforma laboral de 2010. En M. Aragón (Ed.), El mercado de "
                              "trabajo en España (pp. 88-112). Valencia: Tirant lo Blanch.")
    assert names(chapter, "editor") == [("Aragón", "M.")]
    book = parse_reference("Kowalik T. (red.), Systemy gospodarcze. Ewolucja i przyszłość, Wydawnictwo Naukowe PWN, "
                           "Warszawa 2005.")
    assert names(book, "editor") == [("Kowalik", "T.")]
    assert [(n["family"], n["given"]) for n in parse_names("red. A. Nowak, B. Zielińska")] == [
        ("Nowak", "A."), ("Zielińska", "B.")]
    assert [(n["family"], n["given"]) for n in parse_names("Em: LIMA, Ana (org.).")] == [("LIMA", "Ana")]


def test_access_dates_and_lead_ins_in_other_languages():
    abnt = parse_reference("SOUZA, Marcos. Mercado de trabalho e informalidade no Brasil. Brasília: IPEA, 2019. "
                           "Disponível em: https://www.ipea.gov.br/portal/images/td_2501.pdf. Acesso em: 5 ago. 2020.")
    assert abnt["URL"] == "https://www.ipea.gov.br/portal/images/td_2501.pdf"
    assert abnt["accessed"] == {"date-parts": [[2020, 8, 5]]} and "container-title" not in abnt
    assert "Acesso" not in abnt.get("note", "") and "Disponível" not in abnt.get("note", "")
    apa = parse_reference("Rivas, L. (2017). Pobreza urbana en Lima. Lima: IEP. Recuperado de https://repositorio.iep.org.pe/123")
    assert apa["URL"] == "https://repositorio.iep.org.pe/123" and "Recuperado" not in apa.get("note", "")


def test_edition_statements_in_other_languages():
    for text, number in (("Keskin, A. (2018). Kamu maliyesi (5. baskı). Ankara: Seçkin.", "5"),
                         ("HAVEL, Jan. Ekonomie veřejného sektoru. 3. vyd. Praha: Grada, 2015.", "3"),
                         ("Hansen, P. (2016). Velferdsstaten i endring. 2. utg. Oslo: Gyldendal.", "2"),
                         ("Bakker, J. (2010). Inleiding bestuurskunde (3e druk). Bussum: Coutinho.", "3"),
                         ("Kowalski J., Ekonomia rozwoju, wyd. 2, Wydawnictwo Naukowe PWN, Warszawa 2012.", "2")):
        item = parse_reference(text)
        assert item["edition"] == number, text
        assert not any(w in item["title"] for w in ("baskı", "vyd", "utg", "druk", "wyd")), text


def test_month_names_of_other_languages_and_month_spans():
    assert parse_date("5 ago. 2020") == {"date-parts": [[2020, 8, 5]]}
    assert parse_date("12 października 2019") == {"date-parts": [[2019, 10, 12]]}
    assert parse_date("3. března 2018") == {"date-parts": [[2018, 3, 3]]}
    assert parse_date("maart 2016") == {"date-parts": [[2016, 3]]}
    assert parse_date("jan./mar. 2006") == {"date-parts": [[2006, 1], [2006, 3]]}
    assert parse_date("May–June 2019") == {"date-parts": [[2019, 5], [2019, 6]]}
    # ABNT prints the issue's months after the pages: they are the date's.
    item = parse_reference("MATTEI, Lauro. Políticas de apoio à agricultura familiar no Brasil. Revista Econômica do "
                           "Nordeste, Fortaleza, v. 45, n. 3, p. 71-92, jul./set. 2014.")
    assert item["page"] == "71-92" and item["issued"]["date-parts"][-1] == [2014, 9]


def test_volume_and_issue_words_of_czech_scandinavian_and_dutch_journals_and_issn():
    czech = parse_reference("DVOŘÁK, Tomáš. Regionální rozvoj a veřejné investice. Politická ekonomie. 2016, roč. 64, "
                            "č. 2, s. 155–170. ISSN 0032-3233.")
    assert (czech["container-title"], czech["volume"], czech["issue"], czech["page"], czech["ISSN"]) == (
        "Politická ekonomie", "64", "2", "155-170", "0032-3233")
    swedish = parse_reference("Svensson, L. (2014). Välfärdsstatens gränser. Statsvetenskaplig tidskrift, årg. 116, "
                              "nr 3, s. 401–420.")
    assert (swedish["container-title"], swedish["volume"], swedish["issue"]) == ("Statsvetenskaplig tidskrift", "116", "3")
    dutch = parse_reference("Jansen, P. (2011). Lokale democratie in beweging. Bestuurskunde, jrg. 20, nr. 2, pp. 5-17.")
    assert (dutch["container-title"], dutch["volume"], dutch["issue"]) == ("Bestuurskunde", "20", "2")


@pytest.mark.parametrize("text, journal", [
    ("Özdemir, H. (2018). Orta Asya'da su politikaları. Ankara Üniversitesi SBF Dergisi, cilt 73, sayı 3, s. 811-840.",
     "Ankara Üniversitesi SBF Dergisi"),
    ("Aydın, K. (2020). Türk Devletleri Teşkilatı ve bölgesel işbirliği. Bilig, Cilt 73, Sayı 3, ss. 811-840.", "Bilig"),
])
def test_turkish_volume_and_issue_words(text, journal):
    item = parse_reference(text)
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == (journal, "73", "3", "811-840")


def test_bulletins_and_statistical_publications_are_numbered_report_series():
    item = parse_reference("Statistics Norway. (2019). Income and wealth statistics for households (Statistical "
                           "Publication No. 12). Oslo: SSB.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "Statistical Publication", "12")
    assert item["title"] == "Income and wealth statistics for households"
    bulletin = parse_reference("Reserve Bank of Australia. (2018). Household debt and the housing cycle (Bulletin no. 7). "
                               "Retrieved from https://www.rba.gov.au/publications/bulletin/2018/")
    assert (bulletin["type"], bulletin["genre"], bulletin["number"]) == ("report", "Bulletin", "7")


def test_acs_names_end_at_the_last_initials():
    # The tagger ran the last author into the title's first word ("Schreiber, T. Ligand").
    for text, last, title in (
            ("Nakamura, K.; Fischer, R.; Osei, P. Ligand Effects in Gold Catalysis. Organometallics 2017, 36, "
             "1022−1030.", ("Osei", "P."), "Ligand Effects in Gold Catalysis"),
            ("Smith, A. B.; Jones, C. D. Mechanistic Insights into Palladium-Catalyzed C–H Activation. ACS Catal. "
             "2018, 8, 1234–1245.", ("Jones", "C. D."), "Mechanistic Insights into Palladium-Catalyzed C–H Activation")):
        item = parse_reference(text)
        assert names(item)[-1] == last and item["title"] == title


def test_polish_chapter_in_a_book_with_editors_and_a_publishing_house():
    for text, book, editors in (
            ("Gorynia M., Strategie internacjonalizacji polskich firm, [w:] Polska w gospodarce światowej, red. "
             "B. Liberska, Wydawnictwo Naukowe PWN, Warszawa 2002, s. 102–130.", "Polska w gospodarce światowej",
             [("Liberska", "B.")]),
            ("Kowalska A., Rynek pracy w Polsce, w: Gospodarka Polski 2010, red. M. Nowak, T. Zieliński, "
             "Wydawnictwo C.H. Beck, Warszawa 2011, s. 45–60.", "Gospodarka Polski 2010",
             [("Nowak", "M."), ("Zieliński", "T.")])):
        item = parse_reference(text)
        assert item["type"] == "chapter" and item["container-title"] == book, text
        assert names(item, "editor") == editors
        assert item["publisher"].startswith("Wydawnictwo") and item["publisher-place"] == "Warszawa"


def test_apa_chapters_with_editors_in_other_languages():
    danish = parse_reference("Hansen, K. M. og Kosiara-Pedersen, K. (2017). Nordic voters and party systems. I: "
                             "P. Nedergaard og A. Wivel (red.), The Routledge Handbook of Scandinavian Politics "
                             "(s. 114–123). London: Routledge.")
    dutch = parse_reference("Jansen, M. (2012). Lokaal bestuur in verandering. In K. de Vries & P. Smit (red.), "
                            "Handboek bestuurskunde (pp. 45–70). Bussum: Coutinho.")
    for item, editors, book, pages in (
            (danish, [("Nedergaard", "P."), ("Wivel", "A.")], "The Routledge Handbook of Scandinavian Politics", "114-123"),
            (dutch, [("Vries", "K."), ("Smit", "P.")], "Handboek bestuurskunde", "45-70")):
        assert item["type"] == "chapter" and names(item, "editor") == editors
        assert (item["container-title"], item["page"]) == (book, pages)


def test_abnt_given_names_with_particles_run_to_the_full_stop():
    item = parse_reference("MARTINS, Ana Paula dos Santos. Trabalho e gênero no Brasil. Revista Brasileira de Ciências "
                           "Sociais, São Paulo, v. 30, n. 87, p. 101-118, fev. 2015.")
    assert names(item) == [("MARTINS", "Ana Paula dos Santos")]
    assert item["title"] == "Trabalho e gênero no Brasil" and item["issued"] == {"date-parts": [[2015, 2]]}
    assert [(n["family"], n["given"]) for n in parse_names("FERREIRA, Carlos Eduardo da Silva; LIMA, João")] == [
        ("FERREIRA", "Carlos Eduardo da Silva"), ("LIMA", "João")]


def test_hyphenated_place_before_a_date_and_apa6_electronic_version():
    item = parse_reference("Author’s interview with a senior official of the Ministry of Trade and Integration, "
                           "Nur-Sultan, 19 November 2019.")
    assert (item["publisher-place"], item["issued"]) == ("Nur-Sultan", {"date-parts": [[2019, 11, 19]]})
    assert "note" not in item
    apa6 = parse_reference("Smith, J. (2010). The political economy of climate change [Electronic version]. "
                           "Global Policy, 1(2), 88–95.")
    assert (apa6["title"], apa6["medium"]) == ("The political economy of climate change", "Electronic version")
    assert "original-title" not in apa6


def test_coordinators_and_organisers_are_editors():
    spanish = parse_reference("García, M. y López, A. (Coord.). (2015). Políticas públicas en América Latina. Madrid: Tecnos.")
    assert names(spanish, "editor") == [("García", "M."), ("López", "A.")] and "author" not in spanish
    abnt = parse_reference("CERVO, Amado Luiz (org.). O desafio internacional. Brasília: Editora UnB, 1994.")
    assert names(abnt, "editor") == [("CERVO", "Amado Luiz")] and abnt["title"] == "O desafio internacional"


def test_report_series_number_without_no():
    for text, genre, number in (
            ("Holm, E. (2020). Unga vuxna på arbetsmarknaden (Rapport 2020:11). Stockholm: IFAU.", "Rapport", "2020:11"),
            ("Okafor, N., & Reyes, M. (2021). Mobile money and household savings in Kenya (Working Paper 28612). "
             "National Bureau of Economic Research.", "Working Paper", "28612")):
        item = parse_reference(text)
        assert (item["type"], item["genre"], item["number"]) == ("report", genre, number), text
        assert "(" not in item["title"]
    annual = parse_reference("World Bank. (2019). Poverty and shared prosperity (Annual Report 2019). Washington, DC: World Bank.")
    assert "number" not in annual and annual["title"].endswith("(Annual Report 2019)")


def test_harvard_online_medium_closes_the_title():
    for text, title in (
            ("Home Office (2020) Immigration statistics, year ending June 2020 [online]. Available at: "
             "https://www.gov.uk/government/statistics/immigration-statistics-year-ending-june-2020 "
             "[Accessed 1 September 2020].", "Immigration statistics, year ending June 2020"),
            ("Office for Students (2022) Access and participation data, England: 2022 [online]. Available at: "
             "https://www.officeforstudents.org.uk/data [Accessed 5 May 2022].", "Access and participation data, England: 2022")):
        item = parse_reference(text)
        assert (item["title"], item["medium"]) == (title, "online")
        assert "note" not in item and "publisher-place" not in item


def test_a_link_broken_at_its_hyphen_keeps_it():
    item = parse_reference("Department for Environment (2019) Net zero and farm- ing [online]. Available at: "
                           "https://www.gov.uk/government/publications/net-zero- farming-report [Accessed 3 May 2020].")
    assert item["title"] == "Net zero and farming"
    assert item["URL"] == "https://www.gov.uk/government/publications/net-zero-farming-report"


def test_words_beside_a_repeated_year_are_kept():
    item = parse_reference("Annals of Oncology, 2019 ESMO Congress Abstracts. Vol 30 ,No 5 ( October Supplement ),2019")
    assert item["issued"] == {"date-parts": [[2019]]} and "Supplement" in item.get("note", "")


def test_a_body_before_the_bracketed_year_is_the_author_however_tagged():
    item = parse_reference("Eurostat (2021) Unemployment statistics, EU: April 2021 [online]. Available at: "
                           "https://ec.europa.eu/eurostat/statistics-explained/unemployment [Accessed 10 June 2021].")
    assert item["author"] == [{"literal": "Eurostat"}] and "container-title" not in item


def test_acs_book_imprint_series_and_editors():
    """ACS/MDPI books: 'Title; Series No. N; Publisher: Place, Year.' and editors closed by '(Eds.)'."""
    report = parse_reference("Lerman, Z. Agricultural Reforms in Central Asia; Discussion Paper No. 6; "
                             "Hebrew University: Rehovot, Israel, 2007.")
    assert names(report) == [("Lerman", "Z.")]
    assert (report["publisher"], report["publisher-place"]) == ("Hebrew University", "Rehovot, Israel")
    review = parse_reference("World Bank. Uzbekistan: Water Sector Review; Report No. 94563-UZ; World Bank: "
                             "Washington, DC, USA, 2016.")
    assert review["title"] == "Uzbekistan: Water Sector Review"
    assert (review["genre"], review["number"]) == ("Report", "94563-UZ")
    book = parse_reference("Martius, C.; Rudenko, I.; Lamers, J.P.A.; Vlek, P.L.G. (Eds.) Cotton, Water, Salts and "
                           "Soums: Economic and Ecological Restructuring in Khorezm, Uzbekistan; Springer: Dordrecht, "
                           "The Netherlands, 2012.")
    assert "author" not in book
    assert names(book, "editor") == [("Martius", "C."), ("Rudenko", "I."), ("Lamers", "J.P.A."), ("Vlek", "P.L.G.")]


def test_mdpi_publisher_named_like_a_city_before_the_place():
    item = parse_reference("Omelicheva, M.Y. Democracy in Central Asia: Competing Perspectives; Lexington: Lanham, 2015.")
    assert (item.get("publisher"), item.get("publisher-place")) == ("Lexington", "Lanham")


def test_place_colon_publisher_after_a_semicolon_keeps_its_order():
    item = parse_reference("Schmidt, H. Die Stadt im Wandel. Studien zur Geschichte 12; Tübingen: Mohr-Siebeck, 2004.")
    assert item.get("publisher") != "Tübingen"


@pytest.mark.parametrize("text, periodical, place", [
    ("‘Tokayev Signs Decree on Parliamentary Elections’, Kazinform, 23 March 2022.", "Kazinform", None),
    ("‘Russia and Kazakhstan Agree on Gas Transit’, Golos Rossii, 12 May 2019.", "Golos Rossii", None),
    ("‘Joint Statement of the Presidents’, Minsk, 29 May 2014.", None, "Minsk"),
    ("‘Joint Statement of the Presidents’, Dushanbe, 16 September 2021.", None, "Dushanbe"),
])
def test_name_between_quoted_title_and_date_is_periodical_unless_a_place(text, periodical, place):
    item = parse_reference(text)
    assert item.get("container-title") == periodical
    assert item.get("publisher-place") == place
    assert item["issued"]["date-parts"][0][0] in (2014, 2019, 2021, 2022)


@pytest.mark.parametrize("text, outlet", [
    ("Azattyk, ‘Bishkek mayor resigns after protests’, 14 October 2020, available at: "
     "https://rus.azattyk.org/a/30893312.html, accessed 20 October 2020.", "Azattyk"),
    ("Reuters, ‘Kazakhstan lifts state of emergency in Almaty’, 19 January 2022.", "Reuters"),
    ("Interfax News Agency, ‘Tokayev and Mirziyoyev sign a treaty on allied relations’, 22 December 2022.",
     "Interfax News Agency"),
    ("24.kg, ‘Parliament adopts the law on referendums’, 5 May 2021, available at: https://24.kg/vlast/1.", "24.kg"),
    ("The Moscow Times, “Gazprom Cuts Supplies to Uzbekistan,” March 3, 2023.", "The Moscow Times"),
])
def test_news_outlet_before_quoted_title_is_periodical(text, outlet):
    item = parse_reference(text)
    assert item.get("container-title") == outlet
    assert "author" not in item
    assert item["type"] == "article-newspaper"


@pytest.mark.parametrize("text, body", [
    ("Government of Georgia, ‘Resolution on the Regional Development Programme’, 17 June 2014.",
     "Government of Georgia"),
    ("Ministry of Information and Press Service, ‘Briefing on the media law’, 4 April 2019.",
     "Ministry of Information and Press Service"),
])
def test_body_before_quoted_title_stays_author(text, body):
    item = parse_reference(text)
    assert item["author"] == [{"literal": body}]
    assert "container-title" not in item


def test_news_outlet_before_a_references_translation_is_periodical():
    item = parse_reference("Vedomosti. [Kazakhstan raises the export duty on oil]. 2022. 14 March. Available at: "
                           "https://www.vedomosti.ru/economics/1 (accessed 20.03.2022). (In Russ.)")
    assert item.get("container-title") == "Vedomosti" and "author" not in item
    assert item["type"] == "article-newspaper"
    body = parse_reference("Ministry of Economy of Russia. [Monitoring of the economic situation]. 2022. Available at: "
                           "https://www.economy.gov.ru/1 (accessed 20.03.2022). (In Russ.)")
    assert body["author"] == [{"literal": "Ministry of Economy of Russia"}] and "container-title" not in body


@pytest.mark.parametrize("text, periodical", [
    ("‘Sadyr Japarov elected prime minister’, Kazinform, 6 October 2020.", "Kazinform"),
    ("‘Tokayev meets the heads of regions’, Kapital, 6 October 2020.", "Kapital"),  # one no list knows
])
def test_outlet_after_quoted_title_whatever_the_tagger_called_it(text, periodical):
    item = parse_reference(text)
    assert item.get("container-title") == periodical
    assert "publisher-place" not in item


def test_outlets_know_agencies_and_domains_not_bodies_or_people():
    from cslbridge.parse.outlets import is_outlet
    assert is_outlet("Kazinform,") and is_outlet("Lenta.ru") and is_outlet("Radio Ozodi") and is_outlet("ТАСС")
    assert not is_outlet("Oxford University Press") and not is_outlet("Emily Post") and not is_outlet("gov.kz")
    assert not is_outlet("Federal Agency for Press and Mass Communications")
    assert not is_outlet("APA")  # the American Psychological Association as often as Azerbaijan's agency
    assert is_outlet("U.S. News") and not is_outlet("J. Herald")


@pytest.mark.parametrize("text, publisher, place", [
    ("Zielińska M., Polityka regionalna Unii Europejskiej, wyd. 2, PWE, Warszawa 2016.", "PWE", "Warszawa"),
    ("Dvořák P., Veřejné finance v Evropě, 3. vyd., Grada, Praha 2014.", "Grada", "Praha"),
])
def test_national_spelling_of_a_city_after_the_publisher_is_the_place(text, publisher, place):
    item = parse_reference(text)
    assert (item.get("publisher"), item.get("publisher-place")) == (publisher, place)


@pytest.mark.parametrize("text, body, number, place", [
    ("Helse- og omsorgsdepartementet. (2019). Lønnsomhet og fleksibilitet i sykehussektoren (NOU 2019: 4). "
     "Oslo: Departementenes sikkerhets- og serviceorganisasjon.", "Helse- og omsorgsdepartementet", "NOU 2019: 4",
     "Oslo"),
    ("Arbetsmarknadsdepartementet (2020). En arbetsmarknadspolitik för nyanlända (SOU 2020:46).",
     "Arbetsmarknadsdepartementet", "SOU 2020:46", None),
])
def test_nordic_official_report_number_and_ministry(text, body, number, place):
    item = parse_reference(text)
    assert item["author"] == [{"literal": body}]
    assert item["number"] == number
    assert item["type"] == "report"
    assert number not in item["title"] and "note" not in item
    assert item.get("publisher-place") == place


@pytest.mark.parametrize("text, publisher, place", [
    ("Wiśniewski R., Zarządzanie kryzysowe w samorządzie, Difin, Sosnowiec 2017.", "Difin", "Sosnowiec"),
    ("Kamiński T., Rynek pracy w Polsce, CeDeWu, Skierniewice 2019.", "CeDeWu", "Skierniewice"),
    ("Zając P., Finanse lokalne, wyd. 3, Difin, Sosnowiec 2018.", "Difin", "Sosnowiec"),
])
def test_unknown_place_the_year_follows_after_the_publisher(text, publisher, place):
    item = parse_reference(text)
    assert (item.get("publisher"), item.get("publisher-place")) == (publisher, place)
    assert "note" not in item


@pytest.mark.parametrize("text, number, year", [
    ("NOU 2021: 6. Myndighetenes håndtering av koronapandemien. Oslo: Departementenes sikkerhets- og "
     "serviceorganisasjon.", "NOU 2021: 6", 2021),
    ("SOU 2019:40. Jämställda villkor i äldreomsorgen. Stockholm: Norstedts Juridik.", "SOU 2019:40", 2019),
])
def test_nordic_official_report_code_in_author_position(text, number, year):
    item = parse_reference(text)
    assert (item["type"], item["number"]) == ("report", number)
    assert item["issued"] == {"date-parts": [[year]]}
    assert "container-title" not in item and not item["title"][:1].isdigit()


def test_places_know_capitals_not_given_names():
    from cslbridge.parse.places import is_place
    assert is_place("Bishkek,") and is_place("Nur-Sultan") and is_place("Москва")
    assert not is_place("Mary") and not is_place("Victoria") and not is_place("Kazinform")


@pytest.mark.parametrize("text, title, genre", [
    ("Nowak, J. (2018). Migracje zarobkowe Ukraińców [Niepublikowana rozprawa doktorska]. Uniwersytet Warszawski.",
     "Migracje zarobkowe Ukraińców", "Niepublikowana rozprawa doktorska"),
    ("DVOŘÁK, Jan. Pracovní migrace v Česku. Disertační práce. Praha: Univerzita Karlova, 2017.",
     "Pracovní migrace v Česku", "Disertační práce"),
    ("García López, M. (2016). La migración laboral en España (Tesis doctoral). Universidad Complutense de Madrid.",
     "La migración laboral en España", "Tesis doctoral"),
])
def test_thesis_named_in_its_own_language(text, title, genre):
    item = parse_reference(text)
    assert (item["type"], item["title"], item["genre"]) == ("thesis", title, genre)
    assert item["publisher"].startswith(("Univer", "Uniwer"))


def test_national_et_al_and_bracketed_pages_and_double_issues():
    """Czech 'a kol.', Polish 'i in.', Spanish 'y cols.' end a name list; '(s. 215–249)' are a chapter's pages;
    '39(5–6)' is a double issue; a place the list knows is a place ('Perm, 2019')."""
    for text in ("NOVÁK, Petr a kol. Sociologie migrace. Praha: Slon, 2015. 312 s.",
                 "Kowalski J. i in. Migracje w Polsce. Warszawa: PWN, 2019.",
                 "Pérez, J. y cols. Salud y migración. Madrid: Síntesis, 2018."):
        item = parse_reference(text)
        assert len(item["author"]) == 1 and item["title"].split()[0] in ("Sociologie", "Migracje", "Salud")
    chapter = parse_reference("Brunarska, Z. (2019). Migracje z Ukrainy. W: M. Okólski (red.), European immigrations: "
                              "Trends, structures and policy implications (s. 215–249). Amsterdam: Amsterdam University Press.")
    assert (chapter["container-title"], chapter["page"]) == (
        "European immigrations: Trends, structures and policy implications", "215-249")
    article = parse_reference("Kowalska, A. (2020). Rynek pracy cudzoziemców. Polityka Społeczna, 39(5–6), 12–19.")
    assert (article["volume"], article["issue"], article["page"]) == ("39", "5-6", "12-19")
    book = parse_reference("Sidorova O.V. Regional labour markets and foreign labour force. Perm, 2019. 180 p.")
    assert book.get("publisher-place") == "Perm" and "publisher" not in book


@pytest.mark.parametrize("text, title, journal", [
    ("Smirnova O.V., Khasanov R.I. Labour migration from Central Asia and the labour market of Perm Krai. Perm "
     "University Herald. Economy, 2022, vol. 17, no. 3, pp. 356–374.",
     "Labour migration from Central Asia and the labour market of Perm Krai", "Perm University Herald. Economy"),
    ("Petrov A.A. Regional growth and migration. Tomsk State University Journal of Economics, 2018, no. 41, "
     "pp. 112–125.", "Regional growth and migration", "Tomsk State University Journal of Economics"),
])
def test_journal_starts_at_the_sentence_after_the_title(text, title, journal):
    item = parse_reference(text)
    assert (item["title"], item["container-title"], item["type"]) == (title, journal, "article-journal")
    assert all("family" in name for name in item["author"])


def test_german_dissertation_sentence_after_the_title():
    item = parse_reference("Müller, K. (2015). Arbeitsmigration in Europa. Dissertation, Universität Wien.")
    assert (item["type"], item["title"], item["genre"], item["publisher"]) == (
        "thesis", "Arbeitsmigration in Europa", "Dissertation", "Universität Wien")
    assert names(item) == [("Müller", "K.")]


def test_apa7_dissertation_with_its_database_and_link():
    # the database sentence before the link is no container that makes the thesis's bracket anything but its
    # description: the school must not end up as an author
    item = parse_reference("Okafor, R. N. (2020). Parental involvement and reading achievement in urban charter "
                           "schools (Publication No. 27994512) [Doctoral dissertation, Capella University]. ProQuest "
                           "Dissertations & Theses Global. https://www.proquest.com/docview/2412345678")
    assert names(item) == [("Okafor", "R. N.")]
    assert (item["type"], item["genre"], item["publisher"], item["number"]) == (
        "thesis", "Doctoral dissertation", "Capella University", "27994512")
    assert item["title"] == "Parental involvement and reading achievement in urban charter schools"
    assert item["archive"] == "ProQuest Dissertations & Theses Global"
    assert item["URL"] == "https://www.proquest.com/docview/2412345678"
    assert "note" not in item


def test_known_city_before_a_lower_case_publisher():
    item = parse_reference("Rossi, M. (2017). Il lavoro migrante in Italia. Bologna, il Mulino.")
    assert (item["publisher-place"], item["publisher"]) == ("Bologna", "il Mulino")


def test_apa6_dissertation_from_a_database():
    item = parse_reference("Jones, K. (2009). Teacher retention (Doctoral dissertation). Retrieved from ProQuest "
                           "Dissertations and Theses database. (UMI No. 3356451)")
    assert (item["type"], item["title"], item["genre"]) == ("thesis", "Teacher retention", "Doctoral dissertation")
    assert (item["archive"], item["archive_location"]) == ("ProQuest Dissertations and Theses", "3356451")
    assert "note" not in item
    report = parse_reference("Smith, J. (2014). Literacy outcomes in rural schools. Retrieved from ERIC database. (ED545678)")
    assert (report["title"], report["archive"], report["archive_location"]) == (
        "Literacy outcomes in rural schools", "ERIC", "ED545678")


def test_gost_newspaper_page_after_day():
    """A GOST newspaper item ends "2023. 17 мая. С. 4.": the cue and number are its page, not a note."""
    item = parse_reference("Кравченко Л. Транзит через Казахстан растёт // Российская газета. 2023. 17 мая. С. 4.")
    assert item["page"] == "4" and "note" not in item
    assert item["issued"] == {"date-parts": [[2023, 5, 17]]}
    item = parse_reference("Соколова А. Курс на восток // Известия. 2019. 3 апр. С. 2–3.")
    assert item["page"] == "2-3" and item["container-title"] == "Известия"


def test_body_before_translated_title_is_author():
    """References "Body. [Translated title]. Available at: ...": the body's sentence is the author,
    not an original title; a transliterated title running into its bracket stays the original."""
    item = parse_reference("Ministry of Economic Development of the Russian Federation. [Forecast of the socio-economic "
                           "development of the Russian Federation for 2023–2025]. Available at: "
                           "https://economy.gov.ru/material/directions/ (accessed 03.11.2022). (In Russ.)")
    assert item["author"] == [{"literal": "Ministry of Economic Development of the Russian Federation"}]
    assert "original-title" not in item and item["title"].startswith("Forecast of the socio-economic")
    book = parse_reference("Mironova T.K. Transportnye koridory Kaspiiskogo regiona [Transport corridors of the "
                           "Caspian region]. Moscow, Aspekt Press Publ., 2017. 248 p. (In Russ.)")
    assert book["original-title"] == "Transportnye koridory Kaspiiskogo regiona"


def test_body_named_by_international_or_watch():
    """Notes by NGOs named "... International" or "... Watch" are by a body, not a person
    "Watch, Human Rights"; a conference title with "International" in it stays a container."""
    item = parse_reference("Human Rights Watch, ‘“We Live in Constant Fear”: Abuses against Migrant Workers in "
                           "Kazakhstan’, 14 July 2020, available at: https://www.hrw.org/report/2020/07/14/kazakhstan, "
                           "accessed 2 August 2020.")
    assert item["author"] == [{"literal": "Human Rights Watch"}]
    item = parse_reference("Oxfam International, ‘Unequal Harvest: Land and Water in the Ferghana Valley’, 3 May 2018.")
    assert item["author"] == [{"literal": "Oxfam International"}]
    paper = parse_reference("Osipova L.N. [Central bank digital currencies: risks for the EAEU]. Finansovaya ekonomika i "
                            "regulirovanie: materialy mezhdunarodnoi konferentsii [Financial economics and regulation: "
                            "proceedings of the international conference]. Kazan, Kazan University Publ., 2022, "
                            "pp. 204–209. (In Russ.)")
    assert paper["type"] == "paper-conference" and paper["container-title"].startswith("Finansovaya ekonomika")


def test_report_series_and_code_after_quoted_title():
    """Notes "‘Title’, Report EUR 60/004/2019, date": the series word and the coded number after the
    quoted title are the report's genre and number, not a container "Report EUR" and a stray note."""
    item = parse_reference("Amnesty International, ‘Tajikistan: Torture and Impunity in Pre-trial Detention’, "
                           "Report EUR 60/004/2019, 12 November 2019, available at: "
                           "https://www.amnesty.org/en/documents/eur60/0004/2019/en/, accessed 30 November 2019.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "Report", "EUR 60/004/2019")
    assert "container-title" not in item and item["issued"] == {"date-parts": [[2019, 11, 12]]}
    year = parse_reference("OSCE, ‘Annual Report 2014’, SEC.DOC/1/15.")
    assert year["title"] == "Annual Report 2014" and year["number"] == "SEC.DOC/1/15"


def test_long_body_cut_short_before_translation():
    """"Federal Customs Service of Russia. [Translated title]": the tagger took "Federal Customs" for
    a person; the body's name runs to its full stop when a bracketed translation follows."""
    item = parse_reference("Federal Customs Service of Russia. [Customs statistics of foreign trade for 2021]. "
                           "Available at: https://customs.gov.ru/statistic (accessed 12.03.2022). (In Russ.)")
    assert item["author"] == [{"literal": "Federal Customs Service of Russia"}]
    assert "original-title" not in item and item["title"] == "Customs statistics of foreign trade for 2021"


@pytest.mark.parametrize("text,kind", [
    ("Federal Treasury. [Execution of the consolidated budgets of the constituent entities of the Russian Federation "
     "for 2021]. Moscow, 2022. (In Russ.)", "report"),
    ("Federal Treasury. [Execution of the consolidated budgets of the constituent entities of the Russian Federation "
     "for 2021]. Available at: https://roskazna.gov.ru/ispolnenie-byudzhetov/ (accessed 12.03.2022). (In Russ.)",
     "webpage"),
])
def test_a_treasury_before_its_translated_title_is_its_author(text, kind):
    # 'Treasury' named no body: the sentence had been read as the original title
    item = parse_reference(text)
    assert (item["type"], item.get("author"), item.get("original-title")) == (kind, [{"literal": "Federal Treasury"}], None)
    assert parse_names("HM Treasury") == [{"literal": "HM Treasury"}]


@pytest.mark.parametrize("text,author,title,issued", [
    ("Rosstat. [Population of the Russian Federation by municipalities as of 1 January 2022]. Available at: "
     "https://rosstat.gov.ru/compendium/document/13282 (accessed 20.05.2022). (In Russ.)", "Rosstat",
     "Population of the Russian Federation by municipalities as of 1 January 2022", None),
    ("VTsIOM. [Religiosity of Russians: survey of 12 January 2022]. Available at: "
     "https://wciom.ru/analytical-reviews/analiticheskii-obzor/religioznost (accessed 01.02.2022). (In Russ.)",
     "VTsIOM", "Religiosity of Russians: survey of 12 January 2022", None),
    ("Sberbank. [Annual report 2021]. Moscow, 2022. 310 p. (In Russ.)", "Sberbank", "Annual report 2021",
     {"date-parts": [[2022]]}),
])
def test_a_bracket_opening_the_second_sentence_after_a_body_is_the_title(text, author, title, issued):
    # the tagger had read the day closing the bracket as the date and left the rest to the note, the title lost;
    # the body's one word or acronym before the bracket is the author, not an original title
    item = parse_reference(text)
    assert (item.get("author"), item.get("title"), item.get("issued"), item.get("note")) == (
        [{"literal": author}], title, issued, None)


@pytest.mark.parametrize("name, body", [("Freedom House", True), ("Chatham House", True), ("E. House", False),
                                        ("Edward House", False), ("House, E. M.", False)])
def test_house_names_a_body_unless_after_a_given_name(name, body):
    assert ("literal" in parse_names(name)[0]) is body


def test_national_et_al_without_its_stop_ends_the_names():
    """The et-al loop's guard must let every form _ETAL_TOKENS reads through: 'i in,' has no stop."""
    item = parse_reference("Kowalski J., Nowak A. i in, Migracje w Polsce, Warszawa: PWN, 2019.")
    assert names(item) == [("Kowalski", "J."), ("Nowak", "A.")]
    assert item["title"] == "Migracje w Polsce"


def test_acm_article_number_and_page_count():
    """ACM "..., New York, NY, USA, Article 87, 12 pages.": the article number is the page (as
    'Article 104986' is), the count the number of pages; neither word joins the place."""
    item = parse_reference("Nadia Farouk and Oliver Grant. 2020. Tangible Interfaces for Early Numeracy. In "
                           "Proceedings of the 2020 CHI Conference on Human Factors in Computing Systems (CHI ’20). "
                           "Association for Computing Machinery, New York, NY, USA, Article 87, 12 pages. "
                           "https://doi.org/10.1145/3313831.3376187")
    assert (item["page"], item["number-of-pages"]) == ("87", "12")
    assert item["publisher-place"] == "New York, NY, USA"


def test_bracket_opened_in_a_proceedings_name_closes_in_it():
    """ACM "(SoCC ’19)": the year's short form after a curly apostrophe is no volume."""
    item = parse_reference("Tomas Berg and Wei Liang. 2018. Elastic Caching for Stateful Serverless Workflows. In "
                           "Proceedings of the ACM Symposium on Cloud Computing (SoCC ’18). ACM, New York, NY, USA, "
                           "301–313. https://doi.org/10.1145/3267809.3267830")
    assert item["container-title"] == "Proceedings of the ACM Symposium on Cloud Computing (SoCC ’18)"
    assert "volume" not in item and item["page"] == "301-313"


def test_conference_short_name_after_the_proceedings_name():
    """ACM "... Mobile Computing and Networking (MobiCom ’23). Association for Computing Machinery":
    the bracketed short name with its year closes the proceedings' name, though the tagger began
    the publisher at it; an imprint in brackets after a book ('(London: Routledge, 2020)') is no
    short name."""
    item = parse_reference("Lucia Romano and Ahmed Khalil. 2023. Privacy-Preserving Federated Analytics at the Edge. "
                           "In Proceedings of the 29th Annual International Conference on Mobile Computing and "
                           "Networking (MobiCom ’23). Association for Computing Machinery, New York, NY, USA, "
                           "Article 45, 14 pages. https://doi.org/10.1145/3570361.3592501")
    assert item["container-title"] == ("Proceedings of the 29th Annual International Conference on Mobile Computing "
                                       "and Networking (MobiCom ’23)")
    assert item["publisher"] == "Association for Computing Machinery"
    chapter = parse_reference("Nadia Karimova, ‘Water and Power in the Fergana Valley’, in Anna Berg and Omar Said "
                              "(eds), Rivers of Eurasia (London: Routledge, 2021), pp. 41–60.")
    assert (chapter["container-title"], chapter["publisher"]) == ("Rivers of Eurasia", "Routledge")


@pytest.mark.parametrize("text, genre, number, publisher, place", [
    ("Lena Ortiz and Marc Dubois. 2018. Crash Consistency in Persistent Memory File Systems. Technical Report "
     "UCB/EECS-2018-112. University of California, Berkeley, CA.", "Technical Report", "UCB/EECS-2018-112",
     "University of California", "Berkeley, CA"),
    ("[4] P. Nair, “Icing loads on transmission lines,” Sandia Nat. Lab., Albuquerque, NM, USA, Tech. Rep. "
     "SAND2019-4412, 2019.", "Tech. Rep.", "SAND2019-4412", "Sandia Nat. Lab.", "Albuquerque, NM, USA"),
])
def test_technical_report_series_code_and_imprint(text, genre, number, publisher, place):
    """A report's series with a coded number ('Technical Report UCB/EECS-2018-112', IEEE 'Tech. Rep.
    SAND2019-4412') is genre and number; the body that numbers it publishes it, and a town with a
    US postal code after it ('Berkeley, CA') is its place."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"]) == ("report", genre, number)
    assert (item["publisher"], item["publisher-place"]) == (publisher, place)
    assert "container-title" not in item


def test_software_version_as_a_sentence_and_its_host():
    """CSE/Chicago software print the version as a sentence of its own, not in APA's brackets."""
    item = parse_reference("Marsh K, Oduya T. 2021. reefscan: image tools for coral cover surveys. Version 0.9.2. "
                           "GitHub. https://github.com/kmarsh/reefscan")
    assert (item["title"], item["version"], item["publisher"]) == (
        "reefscan: image tools for coral cover surveys", "0.9.2", "GitHub")
    item = parse_reference("Lindahl, Erik. 2022. “tidalfit: Harmonic Analysis of Tide Gauges.” Version 2.0.1. "
                           "Zenodo. https://doi.org/10.5281/zenodo.6543210.")
    assert (item["version"], item["publisher"]) == ("2.0.1", "Zenodo")
    assert "container-title" not in item and "note" not in item


@pytest.mark.parametrize("text, title, section", [
    ("Equality Act 2010, s 13", "Equality Act 2010", "13"),
    ("Data Protection Act 2018, ss 45–47.", "Data Protection Act 2018", "45–47"),
    ("Competition and Consumer Act 2010 (Cth) s 46(1)", "Competition and Consumer Act 2010 (Cth)", "46(1)"),
    ("Localism Act 2011, sch 4", "Localism Act 2011", "sch 4"),
])
def test_oscola_statute_and_section(text, title, section):
    """OSCOLA/AGLC statutes: the year is the short title's, 's'/'ss' name the section (a schedule
    keeps its word); no journal, volume or page."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["section"]) == ("legislation", title, section)
    assert not {"container-title", "page", "volume", "issued"} & set(item)



@pytest.mark.parametrize("text, editors, book, place, publisher", [
    ("Neri S. (2018), I servizi sociali territoriali, in Costa G., Ranci C. (a cura di), Welfare locale, Milano, "
     "Franco Angeli, pp. 55-80.", [("Costa", "G."), ("Ranci", "C.")], "Welfare locale", "Milano", "Franco Angeli"),
    ("Ferri A. (2017), Il welfare locale dopo la crisi, in Ascoli U., Pavolini E. (a cura di), La società dei "
     "servizi, Torino, Giappichelli, pp. 101-126.", [("Ascoli", "U."), ("Pavolini", "E.")], "La società dei servizi",
     "Torino", "Giappichelli"),
])
def test_italian_chapter_editors_book_and_imprint(text, editors, book, place, publisher):
    """'in Costa G., Ranci C. (a cura di), Book, City, Publisher, pp.': the role closes the editors'
    names (the tagger ran them on into the book), and a known city after the book's title opens
    its imprint (the tagger ran the title on into it)."""
    item = parse_reference(text)
    assert names(item, "editor") == editors
    assert (item["type"], item["container-title"]) == ("chapter", book)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)


def test_german_edition_in_a_chapters_book():
    """'In: ... (Hrsg.): Handbuch Familienpolitik. 3. Aufl. Wiesbaden: ...': the book's edition is no
    part of its title (the rules know 'Aufl.' as they know 'uppl.' and 'vyd.')."""
    item = parse_reference("Wagner, Anna (2017): Pflegepolitik im Wandel. In: Schulz, Peter/Becker, Jörg (Hrsg.): "
                           "Handbuch Familienpolitik. 3. Aufl. Wiesbaden: Springer VS, S. 233–256.")
    assert (item["container-title"], item["edition"]) == ("Handbuch Familienpolitik", "3")
    assert (item["publisher-place"], item["publisher"], item["page"]) == ("Wiesbaden", "Springer VS", "233-256")
    assert [m.group() for m in EDITION.finditer("Band 2. 4. Auflage. Berlin")] == ["4. Auflage."]


def test_letter_prefixed_article_number_after_the_issue():
    """CSE/Vancouver "146(12):dev176543" (the Company of Biologists' article numbers): the issue is
    cut from the number as it is from "(4):e160"."""
    item = parse_reference("Kim S, Osei A. 2019. Wnt signalling in limb bud outgrowth. Development. "
                           "146(12):dev176543. doi:10.1242/dev.176543.")
    assert (item["volume"], item["issue"], item["page"]) == ("146", "12", "dev176543")


def test_nature_preprint_at():
    """Nature "Title. Preprint at [server] <link> (year).": a preprint, posted by the server named."""
    item = parse_reference("Osei, K., Brandt, M. & Liu, H. Wastewater surveillance of influenza in rural clinics. "
                           "Preprint at medRxiv https://doi.org/10.1101/2023.02.14.23285901 (2023).")
    assert (item["type"], item["genre"], item["publisher"]) == ("article", "Preprint", "medRxiv") and "note" not in item
    item = parse_reference("Ivanova, E. et al. Permafrost carbon feedbacks under warming scenarios. "
                           "Preprint at https://doi.org/10.31223/X5Q31B (2021).")
    assert item["type"] == "article" and "note" not in item
    assert item["title"] == "Permafrost carbon feedbacks under warming scenarios"


@pytest.mark.parametrize("text, title, number, day", [
    ("[7] 刘洋. 一种光伏组件清洗装置: CN 209876543 U[P]. 2020-01-14.", "一种光伏组件清洗装置", "CN 209876543 U", [2020, 1, 14]),
    ("[2] 赵磊, 孙丽. 一种复合隔热材料及其制备方法: CN111234567A[P]. 2020-05-19.", "一种复合隔热材料及其制备方法",
     "CN111234567A", [2020, 5, 19]),
])
def test_gbt_patent_number_and_date(text, title, number, day):
    """GB/T 7714 "Title: number[P]. date.": the number after the title's colon, the day of publication."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["number"]) == ("patent", title, number)
    assert item["issued"] == {"date-parts": [day]}


def test_iso690_report_series_after_the_imprint():
    """ISO 690 "Place: Publisher, year [viewed ...]. EEA Report No 13/2021. Available from: ...": the
    series sentence after the imprint (EU style 'No' without its stop) is genre and number."""
    item = parse_reference("EUROPEAN ENVIRONMENT AGENCY. Europe's air quality status 2021 [online]. Copenhagen: EEA, "
                           "2021 [viewed 4 May 2022]. EEA Report No 13/2021. Available from: "
                           "https://www.eea.europa.eu/publications/air-quality-status-2021")
    assert (item["type"], item["genre"], item["number"]) == ("report", "EEA Report", "13/2021")
    assert "note" not in item and item["publisher"] == "EEA"


def test_dstu_act_in_a_gazette_without_slashes():
    """DSTU 8302 prints a Ukrainian act's gazette as a sentence, without GOST's '//': 'Закон
    України від ...' names the act as 'федер. закон от ...' does, and the article is its section."""
    item = parse_reference("Про освіту : Закон України від 05.09.2017 № 2145-VIII. Відомості Верховної Ради України. "
                           "2017. № 38–39. Ст. 380.")
    assert (item["type"], item["container-title"], item["section"]) == (
        "legislation", "Відомості Верховної Ради України", "380")
    assert "page" not in item


def test_dstu_part_without_slashes_and_its_editors():
    """DSTU 8302 "Title. Book : монографія / за ред. Names. Place : Publisher, Year. С. 12–30." (no
    GOST '//'): the sentence before the editors' statement is the book, 'за ред.' names its
    editors; an edited book with a page count stays a book."""
    item = parse_reference("Савчук Н. О. Бюджетна децентралізація громад. Місцеве самоврядування в Україні : "
                           "монографія / за ред. Т. В. Бондаря. Львів : Каменяр, 2021. С. 56–78.")
    assert (item["type"], item["title"], item["container-title"]) == (
        "chapter", "Бюджетна децентралізація громад", "Місцеве самоврядування в Україні : монографія")
    assert names(item, "editor") == [("Бондаря", "Т. В.")]
    assert (item["publisher-place"], item["publisher"], item["page"]) == ("Львів", "Каменяр", "56-78")
    book = parse_reference("Місцеве самоврядування в Україні : монографія / за ред. Т. В. Бондаря. Львів : "
                           "Каменяр, 2021. 296 с.")
    assert "container-title" not in book and book["number-of-pages"] == "296"


def test_whole_edited_volume_cited_alone():
    """LNCS "Editors (eds.): ESORICS 2022. LNCS, vol. 13554. Springer, Cham (2022)": the volume
    itself, a book titled by the name the tagger read as a container."""
    item = parse_reference("Atluri, V., Di Pietro, R. (eds.): ESORICS 2022. LNCS, vol. 13554. Springer, Cham (2022)")
    assert (item["type"], item["title"], item["collection-title"], item["volume"]) == (
        "book", "ESORICS 2022", "LNCS", "13554")
    assert "container-title" not in item


def test_year_opening_a_title_in_a_reference_dated_at_its_end():
    """AMA/Vancouver "Body. 2019 Annual Report on ... Publisher; 2020.": a year with no stop of its own
    opening the title's sentence is the title's when the reference is dated elsewhere."""
    item = parse_reference("Centers for Medicare and Medicaid Services. 2019 National Impact Assessment of Quality "
                           "Measures. Centers for Medicare and Medicaid Services; 2020.")
    assert item["title"] == "2019 National Impact Assessment of Quality Measures"
    assert item["issued"] == {"date-parts": [[2020]]}


@pytest.mark.parametrize("text, genre, number, publisher", [
    ("National Institute on Aging. Alzheimer's Disease Progress Report. NIH Publication No. 19-7055. National "
     "Institutes of Health; 2019.", "NIH Publication", "19-7055", "National Institutes of Health"),
    ("Agency for Healthcare Research and Quality. Chartbook on Patient Safety. AHRQ Pub. No. 22-0018. Agency for "
     "Healthcare Research and Quality; 2022.", "AHRQ Pub.", "22-0018", "Agency for Healthcare Research and Quality"),
    ("Substance Abuse and Mental Health Services Administration. Key Substance Use Indicators in the United States. "
     "HHS Publication No. PEP22-07-01-005. Substance Abuse and Mental Health Services Administration; 2022.",
     "HHS Publication", "PEP22-07-01-005", "Substance Abuse and Mental Health Services Administration"),
])
def test_series_sentence_before_the_publisher(text, genre, number, publisher):
    """AMA/Vancouver "Title. NIH Publication No. 19-7055. Publisher; 2019.": the series sentence, with a
    stop of its own after 'No.', is genre and number, whether the tagger ran it into the title or
    into the publisher."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"], item["publisher"]) == ("report", genre, number, publisher)


def test_french_series_after_the_publisher_is_no_edition():
    """'Paris, PUF, coll. « Quadrige », 2017': the publisher and its series, which the tagger read as
    an edition statement."""
    item = parse_reference("Dupont J., « Les réseaux de santé en France », in Martin C. (dir.), La santé publique en "
                           "question, Paris, PUF, coll. « Quadrige », 2017, p. 45-67.")
    assert (item["publisher"], item["collection-title"]) == ("PUF", "Quadrige")
    assert "edition" not in item


def test_family_name_in_capitals_may_open_with_its_particle():
    """Harvard lists in capitals ('DE LA CRUZ, M.', 'VAN DER BERG, A.'): the capital particle is part of the
    family name, not a given name's initials that would leave the initials after the comma a name of their own."""
    item = parse_reference("GARCÍA, L. and DE LA FUENTE, R. (2015) Coastal tourism in Murcia. 3rd edn. Madrid: Síntesis.")
    assert [(n["family"], n["given"]) for n in item["author"]] == [("GARCÍA", "L."), ("DE LA FUENTE", "R.")]
    assert parse_names("VAN DER BERG, A. and SMITH, J.") == [{"family": "VAN DER BERG", "given": "A."},
                                                             {"family": "SMITH", "given": "J."}]


@pytest.mark.parametrize("text, publisher, place, genre, number", [
    ("[9] P. Lee and A. Ruiz, “Aging models for grid batteries,” Sandia Nat. Labs., Albuquerque, NM, USA, "
     "Rep. SAND2019-1234, Mar. 2019.", "Sandia Nat. Labs.", "Albuquerque, NM, USA", "Rep.", "SAND2019-1234"),
    ("[4] H. Wu, “Solar forecasting at utility scale,” Lawrence Berkeley Nat. Lab., Berkeley, CA, USA, Tech. Rep. "
     "LBNL-1007425, 2018.", "Lawrence Berkeley Nat. Lab.", "Berkeley, CA, USA", "Tech. Rep.", "LBNL-1007425"),
])
def test_ieee_report_body_place_series_and_number(text, publisher, place, genre, number):
    """IEEE '“Title,” Body, Place, Rep. NUMBER, Year.': the body up to its first comma publishes, then its
    place, the series and the number, though the tagger read a lone 'Rep.' as part of the place."""
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item["publisher-place"], item["genre"], item["number"]) == (
        "report", publisher, place, genre, number)
    assert "container-title" not in item


def test_mla_publisher_after_edited_by_names():
    """MLA 'Title. Edited by Name, Publisher, Year.': the names after 'Edited by' are written given name
    first, so the words after the last comma, before the date, are the publisher, not the editor's given name."""
    item = parse_reference("Woolf, Virginia. The Diary of Virginia Woolf. Edited by Anne Olivier Bell, Harcourt Brace, 1977.")
    assert (item["type"], item["editor"], item["publisher"]) == (
        "book", [{"family": "Bell", "given": "Anne Olivier"}], "Harcourt Brace")
    pair = parse_reference("Sebald, W. G. The Emigrants. Translated by Michael Hulse and Anthea Bell, New Directions, 2016.")
    assert ([n["family"] for n in pair["translator"]], pair["publisher"]) == (["Hulse", "Bell"], "New Directions")


def test_year_sentence_after_title_then_imprint_year_is_first_edition():
    """Chicago 'Title. 1903. Reprint, New York: Penguin, 1996.' and MLA 'Title. 1940. Publisher, 1993.': the year
    standing alone after the title is the first edition's, the imprint's year the one published; 'Reprint' is no
    part of the place, and with the first edition's year read it says nothing more (no note, as the dev gold has
    it)."""
    chicago = parse_reference("Du Bois, W. E. B. The Souls of Black Folk. 1903. Reprint, New York: Penguin, 1996.")
    assert (chicago["original-date"], chicago["issued"], chicago["publisher-place"], chicago["publisher"]) == (
        {"date-parts": [[1903]]}, {"date-parts": [[1996]]}, "New York", "Penguin")
    assert "note" not in chicago
    mla = parse_reference("Hurston, Zora Neale. Their Eyes Were Watching God. 1937. Harper Perennial, 2006.")
    assert (mla["original-date"], mla["issued"], mla["publisher"]) == (
        {"date-parts": [[1937]]}, {"date-parts": [[2006]]}, "Harper Perennial")


def test_translated_by_sentence_run_into_the_title():
    """Chicago 'Title. Translated by Name. 1893. Reprint, ...': the 'Translated by' sentence names the
    translator, though the tagger ran it into the title."""
    item = parse_reference("Durkheim, Émile. The Division of Labor in Society. Translated by Wilfred Halls. 1893. "
                           "Reprint, New York: Free Press, 1997.")
    assert (item["title"], item["translator"]) == ("The Division of Labor in Society",
                                                   [{"family": "Halls", "given": "Wilfred"}])


def test_year_after_closing_quote_is_the_date():
    """IEEE '“Title,” 2023. [Online]. Available: ...': the year after the quoted title is the date, not a
    container named '2023'."""
    item = parse_reference("[5] Texas Instruments Inc., “INA219 current monitor datasheet,” 2015. [Online]. Available: "
                           "https://www.ti.com/lit/ds/symlink/ina219.pdf. Accessed: Mar. 4, 2024.")
    assert (item["title"], item["issued"]) == ("INA219 current monitor datasheet", {"date-parts": [[2015]]})
    assert "container-title" not in item


def test_apa_video_and_podcast_episode():
    """APA's bracket for a recording is its medium: '[Video]. YouTube.' is a motion picture the platform
    publishes; '(Host). ... [Audio podcast episode]. In Show. Network.' a broadcast in that show, by its
    network, the host its author."""
    video = parse_reference("Okafor, N. (2021, October 3). Why bridges collapse [Video]. YouTube. "
                            "https://www.youtube.com/watch?v=Q1w2E3r4T5y")
    assert (video["type"], video["medium"], video["publisher"]) == ("motion_picture", "Video", "YouTube")
    assert "genre" not in video and "container-title" not in video
    episode = parse_reference("Chen, L. (Host). (2022, May 9). Who pays for the grid? [Audio podcast episode]. In The "
                              "energy gang. Greentech Media. https://www.greentechmedia.com/podcasts/the-energy-gang/grid")
    assert (episode["type"], episode["author"], episode["medium"], episode["container-title"], episode["publisher"]) == (
        "broadcast", [{"family": "Chen", "given": "L."}], "Audio podcast episode", "The energy gang", "Greentech Media")


def test_harvard_conference_place_days_and_publisher():
    """Cite Them Right's conference paper: "(2021) 'Title', Conference. Place, 16–18 June 2021. Publisher, pp.":
    the days after the year of issue are the conference's, the place before them its place, and the name after
    that sentence publishes the proceedings (it had run into the conference's name)."""
    item = parse_reference("Lind, K. (2021) 'Smart meters and fuel poverty', 18th International Conference on the "
                           "European Energy Market (EEM). Stockholm, Sweden, 16–18 June 2021. IEEE, pp. 22–27.")
    assert (item["container-title"], item["issued"], item["event-date"], item["event-place"], item["publisher"]) == (
        "18th International Conference on the European Energy Market (EEM)", {"date-parts": [[2021]]},
        {"date-parts": [[2021, 6, 16], [2021, 6, 18]]}, "Stockholm, Sweden", "IEEE")
    assert "publisher-place" not in item and "note" not in item


def test_mla_video_on_youtube():
    """MLA '“Title.” YouTube, uploaded by Account, date, URL.': a video the site publishes; the account that
    uploaded it is kept in the note, not run into a periodical's name."""
    item = parse_reference("“Why Cities Flood.” YouTube, uploaded by Vox, 21 Sept. 2021, www.youtube.com/watch?v=a1B2c3D4e5F.")
    assert (item["type"], item["title"], item["publisher"], item["note"]) == (
        "motion_picture", "Why Cities Flood", "YouTube", "uploaded by Vox")
    assert "container-title" not in item


def test_mla_review_of_a_book_between_title_and_periodical():
    """MLA '“Title.” Review of Book, by Name. Periodical, ...': the sentence naming the reviewed book goes to the
    note; the periodical after it is the container, not run on from it."""
    item = parse_reference("Kerr, Hannah. “Lines in the Sand.” Review of The Shifting Line, by Marta K. Kowalska. "
                           "Slavic Review, vol. 78, no. 2, 2019, pp. 512–14.")
    assert (item["title"], item["container-title"], item["volume"], item["page"]) == (
        "Lines in the Sand", "Slavic Review", "78", "512-14")
    assert item["note"] == "Review of The Shifting Line, by Marta K. Kowalska."


@pytest.mark.parametrize("text, title, genre", [
    ("World Health Organization. (2020, March 11). Opening remarks at the media briefing on COVID-19 [Speech "
     "transcript]. https://www.who.int/director-general/speeches/detail/opening-remarks",
     "Opening remarks at the media briefing on COVID-19", "Speech transcript"),
    ("Centers for Disease Control and Prevention. (2021). Clean hands save lives [Fact sheet]. "
     "https://www.cdc.gov/handwashing/fact-sheet.pdf", "Clean hands save lives", "Fact sheet"),
    ("Lee, K. (2019). Teaching statistics with R [PowerPoint slides]. SlideShare. "
     "https://www.slideshare.net/klee/teaching-statistics", "Teaching statistics with R", "PowerPoint slides"),
])
def test_apa_bracket_describing_the_work_is_no_translation(text, title, genre):
    """APA's '[Speech transcript]', '[Fact sheet]', '[PowerPoint slides]' say what the work is: the genre, not a
    translated title with the real title as its original."""
    item = parse_reference(text)
    assert (item["title"], item["genre"]) == (title, genre)
    assert "original-title" not in item


def test_sage_harvard_translator_in_brackets():
    """SAGE Harvard reading lists: 'Title (trans A Sheridan). London: ...': the bracket names the translator,
    given name first, with no stop after 'trans'; the closing bracket is no part of the family name."""
    item = parse_reference("Foucault M (1977) Discipline and Punish: The Birth of the Prison (trans A Sheridan). "
                           "London: Allen Lane.")
    assert [(n["family"], n["given"][:1]) for n in item["translator"]] == [("Sheridan", "A")]
    assert item["title"] == "Discipline and Punish: The Birth of the Prison"


def test_vancouver_copyright_year_is_the_date():
    """Citing Medicine's web pages give a copyright year: 'Dallas (TX): AHA; c2023 [cited 2024 Jan 3].' dates the
    page (it had been read as part of the publisher, 'AHA; c2023')."""
    item = parse_reference("American Heart Association. Heart failure [Internet]. Dallas (TX): AHA; c2023 [cited 2024 "
                           "Jan 3]. Available from: https://www.heart.org/en/health-topics/heart-failure")
    assert (item["publisher"], item["issued"], item["accessed"]) == (
        "AHA", {"date-parts": [[2023]]}, {"date-parts": [[2024, 1, 3]]})
    # ... and makes it a web page, not a report or book, also with an update before the access date
    assert item["type"] == "webpage"
    updated = parse_reference("Royal Children's Hospital Melbourne. Concussion in children [Internet]. Parkville (VIC): "
                              "RCH; c2022 [updated 2023 Feb 1; cited 2024 Mar 5]. Available from: https://www.rch.org.au/kidsinfo/")
    assert (updated["type"], updated["issued"]) == ("webpage", {"date-parts": [[2022]]})


def test_mla7_volume_dot_issue():
    """Google Scholar's MLA box (MLA 7): 'Journal 78.6 (1973): 1360-1380.' is volume 78, issue 6."""
    item = parse_reference("Granovetter, Mark S. \"The strength of weak ties.\" American journal of sociology 78.6 (1973): "
                           "1360-1380.")
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == (
        "American journal of sociology", "78", "6", "1360-1380")


def test_harvard_online_then_imprint():
    """Harvard 'Title. [online] London: King's Fund. Available at: ...': after the medium comes the imprint, place
    and publisher, not more of the title."""
    item = parse_reference("Brown, T. (2015) Climate change and public health. [online] London: King's Fund. Available at: "
                           "https://www.kingsfund.org.uk/publications/climate [Accessed 10 Jan. 2020].")
    assert (item["title"], item["publisher-place"], item["publisher"], item["medium"]) == (
        "Climate change and public health", "London", "King's Fund", "online")
    wales = parse_reference("Jones, A. (2018) Housing policy in Wales. [online] Cardiff: Welsh Government. Available at: "
                            "https://gov.wales/housing [Accessed 3 May 2019].")
    assert (wales["title"], wales["publisher-place"], wales["publisher"]) == (
        "Housing policy in Wales", "Cardiff", "Welsh Government")
    # ... and with the medium in the title's sentence: "Title [Online]. Place: Publisher.", the imprint read as more
    # title or as a container
    inside = parse_reference("Patel, R. and Moss, J. (2020) Tidal energy and coastal communities [Online]. Plymouth: Centre "
                             "for Marine Energy Studies. Available at: https://merc.org.uk/tidal [Accessed 2 June 2021].")
    assert (inside["title"], inside["publisher-place"], inside["publisher"], inside["medium"]) == (
        "Tidal energy and coastal communities", "Plymouth", "Centre for Marine Energy Studies", "Online")
    york = parse_reference("Green, L. (2018) Child poverty in northern towns [Online]. York: Joseph Rowntree Foundation. "
                           "Available at: https://www.jrf.org.uk/report/child-poverty [Accessed 4 March 2019].")
    assert (york["title"], york["publisher-place"], york["publisher"]) == (
        "Child poverty in northern towns", "York", "Joseph Rowntree Foundation")
    assert "container-title" not in york


def test_chicago_note_translator_before_reprint_imprint():
    """Chicago note '..., trans. Talcott Parsons (1930; repr., London: Routledge, 2001), 45.': the translator's
    name ends at the bracket, whose first year is the first edition's and whose last the reprint's."""
    item = parse_reference("14. Max Weber, The Protestant Ethic and the Spirit of Capitalism, trans. Talcott Parsons "
                           "(1930; repr., London: Routledge, 2001), 45.")
    assert (item["translator"], item["original-date"], item["issued"], item["publisher"]) == (
        [{"family": "Parsons", "given": "Talcott"}], {"date-parts": [[1930]]}, {"date-parts": [[2001]]}, "Routledge")


@pytest.mark.parametrize("text, field, value", [
    ("Butler, Judith. Gender Trouble. Routledge, 1990. JSTOR, www.jstor.org/stable/12345.", "publisher", "Routledge"),
    ("Kim, Jae. “Trade Wars.” Foreign Affairs, vol. 98, no. 2, 2019, pp. 10–18. ProQuest, "
     "www.proquest.com/docview/2184551234.", "container-title", "Foreign Affairs"),
])
def test_mla_database_before_the_link_is_the_source(text, field, value):
    """MLA's second container, the database the work was read in ('JSTOR,', 'ProQuest,' before the link), is CSL's
    source (Zotero's Library Catalog), no publisher of the work."""
    item = parse_reference(text)
    assert item[field] == value
    assert item["source"] in ("JSTOR", "ProQuest")
    assert "JSTOR" not in item.get("publisher", "") and "ProQuest" not in item.get("publisher", "")


def test_apa_volumes_in_brackets_after_the_title():
    """APA 'Title (Vols. 1–3). Publisher.': the bracket gives the volumes, no part of the title."""
    item = parse_reference("Damon, W., & Lerner, R. M. (Eds.). (2006). Handbook of child psychology (Vols. 1–4). Wiley.")
    assert (item["title"], item["volume"], item["publisher"]) == ("Handbook of child psychology", "1-4", "Wiley")


def test_html_character_references_and_a_doi_broken_at_a_line_end():
    """A list pasted from a page's source keeps '&amp;' and '&#8211;': they are the characters they name, so
    '&amp;' joins two authors and no '&amp' author appears; a DOI broken after its slash or a stop, where the
    rest starts in lower case and holds a digit ('10.1111/ jonm.13071'), is one DOI, while a DOI ending a sentence
    before 'Accessed' stays as it is; so does a DOI broken before digits with a stop inside ('j.nedt. 2022.105644'),
    which a year after a DOI ('doi:10.1000/abc. 2019.') is not."""
    item = parse_reference("Varga, L., &amp; Osei, K. (2020). Shift length and medication errors in paediatric wards. "
                           "Journal of Nursing Management, 28(6), 1301&#8211;1310. https://doi.org/10.1111/ jonm.13071")
    assert [n["family"] for n in item["author"]] == ["Varga", "Osei"]
    assert (item["page"], item["DOI"]) == ("1301-1310", "10.1111/jonm.13071")
    slash = parse_reference("Haldane, R. (2018). Slope stability in weathered granite. Engineering Geology, 245, 1–12. "
                            "https://doi.org/10.1016/ j.enggeo.2018.08.004")
    assert slash["DOI"] == "10.1016/j.enggeo.2018.08.004"
    digits = parse_reference("Okafor, N., & Ruiz, P. (2023). Simulation-based training for nursing students. Nurse "
                             "Education Today, 120, Article 105644. https://doi.org/10.1016/j.nedt. 2022.105644")
    assert (digits["DOI"], digits["page"]) == ("10.1016/j.nedt.2022.105644", "105644")
    assert "number" not in digits
    container = parse_reference("Ames, Clara. “Temperament and Tuning in Rameau.” Music &amp; Letters 99, no. 1 (2018): 1–24.")
    assert container["container-title"] == "Music & Letters"
    ended = parse_reference("Moreno, Lucía. “Water in Chile.” Latin American Perspectives, vol. 47, no. 2, 2020, pp. 14–29, "
                            "doi:10.1177/0094582X19898511. Accessed 9 Jan. 2024.")
    assert ended["DOI"] == "10.1177/0094582X19898511"


@pytest.mark.parametrize("text, body", [
    ("British Geological Survey. (2019). Groundwater levels in the Chalk aquifer, 2000–2018 [Data set]. "
     "https://www.bgs.ac.uk/datasets/chalk-groundwater", "British Geological Survey"),
    ("National Academy of Sciences (2016) Genetically engineered crops: experiences and prospects. Washington, DC: "
     "National Academies Press.", "National Academy of Sciences"),
    ("Royal College of Midwives. (2021). State of maternity services report. RCM.", "Royal College of Midwives"),
    ("Food and Drug Administration. (2022). Medical device recalls. Retrieved May 1, 2023, from https://www.fda.gov/"
     "medical-devices/medical-device-recalls", "Food and Drug Administration"),
    ("Argonne National Laboratory (2020) Battery recycling roadmap. Lemont, IL: Argonne.", "Argonne National Laboratory"),
    ("Tate Museum. (2018). Conservation of modern paintings. Tate Publishing.", "Tate Museum"),
])
def test_bodies_named_by_survey_academy_college_administration_laboratory_museum(text, body):
    """A survey, academy, college, administration, laboratory or museum is a body, one literal name, not a
    person whose family name is 'Survey' or 'Academy'."""
    assert parse_reference(text)["author"] == [{"literal": body}]


@pytest.mark.parametrize("text, genre, event, place", [
    ("Brandt, L. (2019, May 3). Teacher noticing in mathematics classrooms [Poster presentation]. National Council of "
     "Teachers of Mathematics Research Conference, San Diego, CA, United States.", "Poster presentation",
     "National Council of Teachers of Mathematics Research Conference", "San Diego, CA, United States"),
    ("Hughes, R. (2021, September 7). Rethinking assessment after the pandemic [Keynote address]. European Conference "
     "on Educational Research, Geneva, Switzerland.", "Keynote address", "European Conference on Educational Research",
     "Geneva, Switzerland"),
    ("Ruiz, P., & Okafor, D. (2022, November 9–12). Heritage language maintenance in Texas [Conference presentation]. "
     "American Council on the Teaching of Foreign Languages Annual Convention, Boston, MA, United States.",
     "Conference presentation", "American Council on the Teaching of Foreign Languages Annual Convention",
     "Boston, MA, United States"),
    ("Mensah, Ama. “Cocoa Prices and Rural Credit in Ghana.” Paper presented at the Annual Meeting of the Economic "
     "History Association, Pittsburgh, PA, September 8–10, 2022.", "Paper",
     "Annual Meeting of the Economic History Association", "Pittsburgh, PA"),
])
def test_a_talk_at_a_meeting_is_a_speech_at_that_event(text, genre, event, place):
    """APA's '[Poster presentation]', '[Keynote address]', '[Conference presentation]' bracket and Chicago's 'Paper
    presented at the ...' say the work is a talk: a speech whose meeting is the event-title and whose place is the
    event-place (CSL styles print them so), not a conference paper in proceedings; the bracket is no title."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["event-title"], item["event-place"]) == ("speech", genre, event, place)
    assert "container-title" not in item and "original-title" not in item and genre not in item["title"]


def test_ieee_presented_at_is_a_speech_with_no_genre():
    """IEEE '“Title,” presented at the 7th Int. Conf. ..., Porto, Portugal, Jul. 2022.': a talk, as Chicago's 'Paper
    presented at' is, whose words name no kind."""
    item = parse_reference("[12] A. Osei, “Crack detection in concrete,” presented at the 7th Int. Conf. Struct. Health "
                           "Monit., Porto, Portugal, Jul. 2022.")
    assert (item["type"], item["event-place"], item["issued"]) == ("speech", "Porto, Portugal", {"date-parts": [[2022, 7]]})
    assert item["event-title"].startswith("7th Int. Conf. Struct. Health Monit")
    assert "genre" not in item and "container-title" not in item


@pytest.mark.parametrize("text, database", [
    ("Okafor, J. N. (2020). Bilingual storybook reading and vocabulary growth in kindergarten (Publication No. "
     "28001234) [Doctoral dissertation, University of Toronto]. ProQuest Dissertations & Theses Global.",
     "ProQuest Dissertations & Theses Global"),
    ("Hale, S. (2016). Nurse retention in rural hospitals (Publication No. 10154321) [Master's thesis, Ball State "
     "University]. ProQuest Dissertations and Theses Global.", "ProQuest Dissertations and Theses Global"),
    # a university's repository by any name, and the degree typed with a curly apostrophe ("Master’s")
    ("Mbeki, J. (2021). Load monitoring in elite youth football [Doctoral dissertation, University of Oslo]. DUO "
     "Research Archive. https://www.duo.uio.no/handle/10852/12345", "DUO Research Archive"),
    ("Larsen, J. (2021). Injury risk in youth handball [Master’s thesis, Norwegian School of Sport Sciences]. Brage. "
     "https://hdl.handle.net/11250/2756789", "Brage"),
])
def test_the_database_after_an_apa_dissertation_is_its_archive(text, database):
    """APA 7 prints the database a dissertation was read in as the last sentence ('ProQuest Dissertations and Theses
    Global.'): the thesis's archive, as APA 6's 'Retrieved from ERIC database' is, not a note."""
    item = parse_reference(text)
    assert (item["type"], item["archive"]) == ("thesis", database)
    assert "note" not in item and "container-title" not in item and item["publisher"].startswith(("Univ", "Nor", "Ball"))


@pytest.mark.parametrize("text, body, title", [
    ("[11] Federal Energy Regulatory Commission, “Energy primer: A handbook of energy market basics,” Washington, DC, "
     "USA, 2020.", "Federal Energy Regulatory Commission", "Energy primer: A handbook of energy market basics"),
    ("[5] U.S. Energy Information Administration, “Annual energy outlook 2023,” Mar. 2023. [Online]. Available: "
     "https://www.eia.gov/outlooks/aeo/", "U.S. Energy Information Administration", "Annual energy outlook 2023"),
    # IEEE 2023's site page, the body a sentence of its own: "[15] Body. “Title.” Site. Accessed: ..."
    ("[15] Library of Congress. “BIBFRAME 2.0 vocabulary.” Library of Congress Linked Data Service. Accessed: Feb. 6, "
     "2024. [Online]. Available: https://id.loc.gov/ontologies/bibframe.html", "Library of Congress", "BIBFRAME 2.0 vocabulary"),
    ("[3] National Renewable Energy Laboratory. “Solar resource maps and data.” NREL. Accessed: Mar. 2, 2024. [Online]. "
     "Available: https://www.nrel.gov/gis/solar-resource-maps.html", "National Renewable Energy Laboratory",
     "Solar resource maps and data"),
])
def test_a_body_before_an_ieee_quoted_title_is_its_author(text, body, title):
    """IEEE '[11] Body, “Title,”': the body after the citation number is the author, though the tagger read it all
    as title or took only 'U.S.' for the author; the title is what the quotes hold."""
    item = parse_reference(text)
    assert (item["author"], item["title"]) == ([{"literal": body}], title)
    assert item["type"] != "paper-conference"  # the Library of Congress holds no congress


@pytest.mark.parametrize("text, url", [
    ("Ferrante, Luca. “Verdi’s Chorus and the Risorgimento.” Cambridge Opera Journal, vol. 32, no. 1, 2020, pp. 1–24. "
     "Project MUSE, muse.jhu.edu/article/761234.", "muse.jhu.edu/article/761234"),
    ("Berg, Ingrid. Vowel Harmony in Finnish Dialects. 2015. U of Helsinki, PhD dissertation. Helda, "
     "hdl.handle.net/10138/154321.", "hdl.handle.net/10138/154321"),
])
def test_a_link_printed_without_scheme_is_the_url(text, url):
    """MLA 9 drops 'https://' and often 'www.': a host with its path ('muse.jhu.edu/article/...',
    'hdl.handle.net/10138/...') is the URL, not a document number or a note."""
    item = parse_reference(text)
    assert item["URL"] == url
    assert "number" not in item


def test_an_unlisted_database_before_the_link_is_the_source():
    """MLA 'U of Helsinki, PhD dissertation. Helda, hdl.handle.net/...': a capitalised name in a sentence of its
    own before the link, which the tagger could only leave as a note, is the repository the work was read in (the
    source), as a listed database ('JSTOR,') is."""
    item = parse_reference("Berg, Ingrid. Vowel Harmony in Finnish Dialects. 2015. U of Helsinki, PhD dissertation. "
                           "Helda, hdl.handle.net/10138/154321.")
    assert (item["source"], item["publisher"], item["URL"]) == ("Helda", "U of Helsinki", "hdl.handle.net/10138/154321")
    assert "note" not in item


@pytest.mark.parametrize("text, site, owner", [
    ("Alvarez, Rosa. “Teaching Fractions with Games.” Cult of Pedagogy, Gonzalez Education Group, 4 Mar. 2022, "
     "www.cultofpedagogy.com/fraction-games. Accessed 5 May 2022.", "Cult of Pedagogy", "Gonzalez Education Group"),
    ("“Rothko’s Seagram Murals.” Smarthistory, Center for Public Art History, 9 Aug. 2020, "
     "smarthistory.org/rothko-seagram-murals/. Accessed 2 Feb. 2023.", "Smarthistory", "Center for Public Art History"),
])
def test_an_mla_site_and_the_body_that_runs_it(text, site, owner):
    """MLA '“Title.” Site, Body, date, link': the site is the container, the body after its comma the publisher,
    and the work a web page (it was a newspaper article in a container 'Site, Body')."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["publisher"]) == ("webpage", site, owner)


def test_a_paper_s_site_and_its_publisher_stay_a_newspaper_article():
    """MLA '“Title.” The Guardian, Guardian News and Media, date, link': the paper and its publisher are split as a
    site and its body are, but the work stays a newspaper article (the rule above had made it a chapter)."""
    item = parse_reference("Harvey, Fiona. “Sea Levels Rising Faster than Expected.” The Guardian, Guardian News and "
                           "Media, 3 May 2020, www.theguardian.com/environment/2020/may/03/sea-levels.")
    assert (item["type"], item["container-title"], item["publisher"]) == (
        "article-newspaper", "The Guardian", "Guardian News and Media")


@pytest.mark.parametrize("text, editors, event, days, places, publisher", [
    ("Kim S, Park J. Early warning scores in surgical wards. In: Proceedings of the 8th Asian Nursing Conference; "
     "2018 May 3-5; Seoul, Korea. Seoul: Korean Nursing Association; 2019. p. 112-8.", [],
     "Proceedings of the 8th Asian Nursing Conference", [[2018, 5, 3], [2018, 5, 5]], ("Seoul, Korea", "Seoul"),
     "Korean Nursing Association"),
    ("Novak T, Ruiz A. Hip fracture rehabilitation at home. In: Lee H, Choi M, editors. Proceedings of the 4th Nordic "
     "Physiotherapy Congress; 2017 Sep 14-16; Bergen, Norway. Oslo: Nordic Physiotherapy Association; 2018. p. 77-84.",
     ["Lee", "Choi"], "Proceedings of the 4th Nordic Physiotherapy Congress", [[2017, 9, 14], [2017, 9, 16]],
     ("Bergen, Norway", "Oslo"), "Nordic Physiotherapy Association"),
])
def test_citing_medicine_paper_in_proceedings(text, editors, event, days, places, publisher):
    """Vancouver 'In: [Editors, editors.] Conference; 2018 May 3-5; Seoul, Korea. Seoul: Publisher; 2019. p. ...':
    the conference is the container, its dates and place the event's, then the imprint's place and publisher."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["event-date"]["date-parts"]) == ("paper-conference", event, days)
    assert (item["event-place"], item["publisher-place"], item["publisher"]) == (*places, publisher)
    assert [n["family"] for n in item.get("editor", [])] == editors


def test_the_publisher_after_apa_bracketed_pages_is_no_page():
    """APA 'In Proceedings of ... (pp. 12–20). NCTE.': a short capitalised publisher after the bracketed pages is
    the publisher; the tagger ran it into the pages ('12-20). NCTE')."""
    item = parse_reference("Lopez, A. (2018). Teaching argument writing. In Proceedings of the Annual Conference on "
                           "Composition (pp. 12–20). NCTE.")
    assert (item["type"], item["page"], item["publisher"]) == ("paper-conference", "12-20", "NCTE")


def test_a_revised_edition_without_a_number_is_said_once():
    """Chicago 'Rev. ed.': the qualifier is the whole edition; it was also copied to the note. A numbered edition's
    qualifier ('3rd rev. ed.') still goes to the note beside the number."""
    item = parse_reference("Clarke, Thomas J. The Painting of Modern Life: Paris in the Art of Manet and His Followers. "
                           "Rev. ed. Princeton, NJ: Princeton University Press, 1999.")
    assert item["edition"].startswith("Rev.") and "note" not in item
    numbered = parse_reference("Hallam, R. (2010). Structural geology (3rd rev. ed.). Wiley.")
    assert (numbered["edition"], numbered["note"]) == ("3", "rev.")


@pytest.mark.parametrize("text, series, number", [
    ("Wolfe, Cary. What Is Posthumanism? U of Minnesota P, 2010. Posthumanities 8.", "Posthumanities", "8"),
    ("Rossi, Marco, editor. Geology of the Apennines. 3rd ed., Springer, 2017. Regional Geology Reviews.",
     "Regional Geology Reviews", None),
])
def test_mla_series_after_the_imprint(text, series, number):
    """MLA prints a book's series as the last sentence, after 'Publisher, Year.': the collection-title (its number
    the collection-number), not a note or a container that made the book a chapter."""
    item = parse_reference(text)
    assert (item["type"], item["collection-title"], item.get("collection-number")) == ("book", series, number)
    assert "note" not in item and "container-title" not in item


@pytest.mark.parametrize("text, qualifier", [
    ("Schröder, Martin (2016): Tarifbindung und Lohnungleichheit. In: Brettschneider, Antonio/Klammer, Ute (Hrsg.): "
     "Lebenslagen im Wandel. 2., überarb. Aufl. Wiesbaden: Springer VS, S. 87–114.", "überarb."),
    ("Kaufmann, Franz-Xaver: Sozialpolitik und Sozialstaat. 3., erw. und aktualisierte Auflage. Wiesbaden: VS Verlag "
     "2009.", "erw. und aktualisierte"),
])
def test_a_german_edition_qualifier_stands_between_number_and_word(text, qualifier):
    """German '2., überarb. Aufl.' puts the qualifier after the number's comma: the edition is the number, the
    qualifier goes to the note as GOST's 'перераб.' does; the whole phrase was the edition."""
    item = parse_reference(text)
    assert (item["edition"], item["note"]) == ("2" if "2.," in text else "3", qualifier)


@pytest.mark.parametrize("text, volume, issue", [
    ("Ayala Cañón, L. (2020). Desigualdad y redistribución en España. Papeles de Economía Española, núm. 163, "
     "pp. 2-19.", None, "163"),
    ("Moreno, L. (2019). La Europa social en la encrucijada. Revista Internacional de Sociología, vol. 77, núm. 2, "
     "pp. 45-63.", "77", "2"),
])
def test_spanish_num_marks_the_issue(text, volume, issue):
    """Spanish journals print the issue as 'núm. 163' (Italian 'n.', Czech 'č.'): it is the issue; alone it was
    read as a volume 'núm. 163'."""
    item = parse_reference(text)
    assert (item.get("volume"), item.get("issue"), item["page"]) == (volume, issue, text.rsplit("pp. ", 1)[1][:-1])


def test_a_volume_cue_after_the_journal_is_the_volumes():
    """German 'In: WSI-Mitteilungen, Jg. 65, H. 7, S. 503–511': 'Jg.' (Jahrgang) opens the volume; the tagger
    ran it into the journal's name ('WSI-Mitteilungen, Jg.')."""
    item = parse_reference("Bogedan, Claudia (2012): Mindestsicherung in der Diskussion. In: WSI-Mitteilungen, "
                           "Jg. 65, H. 7, S. 503–511.")
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == \
        ("WSI-Mitteilungen", "65", "7", "503-511")


@pytest.mark.parametrize("text, book, editors", [
    ("Pavolini E., Le politiche sanitarie, in Il welfare in Italia, a cura di U. Ascoli, Bologna, il Mulino, 2011, "
     "pp. 53-86.", "Il welfare in Italia", [("Ascoli", "U.")]),
    ("Esposito R., La crisi del lavoro, in Il lavoro in Italia, a cura di M. Rossi, L. Bianchi, Roma, Carocci, 2015, "
     "pp. 12-30.", "Il lavoro in Italia", [("Rossi", "M."), ("Bianchi", "L.")]),
    ("Dupont J., « Le travail ouvrier », in Sociologie du travail, sous la dir. de M. Lallement, Paris, PUF, 2010, "
     "p. 12-30.", "Sociologie du travail", [("Lallement", "M.")]),
])
def test_editors_named_after_the_book_by_role_words(text, book, editors):
    """Italian 'in Book, a cura di U. Ascoli, Bologna, ...' (French 'sous la dir. de'): the names after the role
    words are the book's editors; they ran into the book's title or the place, or the book into the editors."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], names(item, "editor")) == ("chapter", book, editors)


@pytest.mark.parametrize("text, degree, university", [
    ("Lang, Miriam (2020): Kommunale Armutsprävention in Nordrhein-Westfalen. Diss. Ruhr-Universität Bochum.",
     "Diss", "Ruhr-Universität Bochum"),
    ("Bianco F. (2017), Povertà e politiche locali a Torino, tesi di dottorato, Università degli Studi di Torino.",
     "tesi di dottorato", "Università degli Studi di Torino"),
])
def test_a_thesis_university_after_the_degree_is_its_publisher(text, degree, university):
    """'Diss. Ruhr-Universität Bochum.': the university after the degree publishes the thesis; it was read as the
    place, or run into the title ('Povertà ... a Torino, Università degli Studi di Torino')."""
    item = parse_reference(text)
    assert (item["type"], item["genre"].rstrip("."), item["publisher"]) == ("thesis", degree, university)
    assert "publisher-place" not in item and university not in item["title"]


@pytest.mark.parametrize("text, url, accessed", [
    ("Deutsches Institut für Wirtschaftsforschung (2022): Wochenbericht 12/2022. Online verfügbar unter: "
     "https://www.diw.de/de/diw_01.c.835000.de/wochenbericht.html (letzter Zugriff: 02.05.2022).",
     "https://www.diw.de/de/diw_01.c.835000.de/wochenbericht.html", [2022, 5, 2]),
    ("Schulz, Anna (2021): Der Mindestlohn im Faktencheck. Verfügbar unter "
     "https://www.boeckler.de/de/faust-detail.htm?sync_id=HBS-008012 [Zugriff am 5.4.2022].",
     "https://www.boeckler.de/de/faust-detail.htm?sync_id=HBS-008012", [2022, 4, 5]),
])
def test_german_link_and_access_date_cues(text, url, accessed):
    """German 'Online verfügbar unter https://... [Zugriff am 14.03.2023]': the words lead the link as 'Available
    at' does, and 'Zugriff am' / 'letzter Zugriff:' date the access; the lead was left in the title and the date
    in note."""
    item = parse_reference(text)
    assert (item["URL"], item["accessed"]["date-parts"][0]) == (url, accessed)
    assert "verfügbar" not in item["title"].lower() and "note" not in item


@pytest.mark.parametrize("text, body", [
    ("Centraal Planbureau (2019). Kansrijk arbeidsmarktbeleid 2. Den Haag: CPB.", "Centraal Planbureau"),
    ("Bundesagentur für Arbeit (2023): Der Arbeitsmarkt in Deutschland 2022. Nürnberg: BA.", "Bundesagentur für Arbeit"),
    ("Statistisches Landesamt Sachsen (2021): Statistisches Jahrbuch Sachsen 2021. Kamenz.",
     "Statistisches Landesamt Sachsen"),
])
def test_german_and_dutch_bodies_named_in_compounds(text, body):
    """German and Dutch name a body in one compound ('Bundesagentur', 'Landesamt', 'Planbureau'), as Nordic
    ('Socialstyrelsen') does: the author is that body, not a person 'Planbureau, Centraal'."""
    assert names(parse_reference(text)) == [(body, None)]


def test_an_abnt_particle_closing_the_editor_list_keeps_its_name():
    """ABNT 'In: HOCHMAN, Gilberto; FARIA, Carlos Aurélio Pimenta de (org.).': the stop after the role left
    'de.' at the end, and the last editor was cut in two ('FARIA' and a person 'de')."""
    item = parse_reference("ARRETCHE, Marta. Federalismo e igualdade territorial: uma contradição em termos? In: "
                           "HOCHMAN, Gilberto; FARIA, Carlos Aurélio Pimenta de (org.). Federalismo e políticas "
                           "públicas no Brasil. Rio de Janeiro: Editora Fiocruz, 2013. p. 305-335.")
    assert item["editor"][1] == {"family": "FARIA", "non-dropping-particle": "de", "given": "Carlos Aurélio Pimenta"}
    assert len(item["editor"]) == 2


def test_scandinavian_chapter_with_pages_after_a_comma():
    """Danish APA 'Title? I: Larsen, J. E. (red.), Book, s. 33–56. København: ...': the title may end in '?', and
    the pages after a comma end the book as bracketed ones do; the editor's family name ran into the title
    ('... konkurrencestat? I: Larsen') and the editor was 'E., J.'."""
    item = parse_reference("Kvist, J. (2016). Fra velfærdsstat til konkurrencestat? I: Larsen, J. E. (red.), "
                           "Socialpolitik i Danmark, s. 33–56. København: Hans Reitzels Forlag.")
    assert (item["title"], names(item, "editor"), item["container-title"], item["page"]) == \
        ("Fra velfærdsstat til konkurrencestat?", [("Larsen", "J. E.")], "Socialpolitik i Danmark", "33-56")


def test_abnt_city_after_a_one_word_journal():
    """ABNT 'Title. Sociologias, Porto Alegre, v. 8, n. 16, ...': the comma part before 'v.' is the journal's
    city also when the journal is one word; it ran into the journal ('Sociologias, Porto Alegre')."""
    item = parse_reference("SOUZA, Celina. Políticas públicas: uma revisão da literatura. Sociologias, Porto Alegre, "
                           "v. 8, n. 16, p. 20-45, jul./dez. 2006.")
    assert (item["container-title"], item["publisher-place"], item["volume"], item["issue"]) == \
        ("Sociologias", "Porto Alegre", "8", "16")


@pytest.mark.parametrize("text", [
    "Ley 19/2021, de 20 de diciembre, por la que se establece el ingreso mínimo vital. Boletín Oficial del Estado, "
    "núm. 304, de 21 de diciembre de 2021.",
    "Loi n° 2018-771 du 5 septembre 2018 pour la liberté de choisir son avenir professionnel. Journal officiel, "
    "n° 0205, 6 septembre 2018.",
    "Legge 28 marzo 2019, n. 26. Conversione in legge del decreto-legge 28 gennaio 2019, n. 4. Gazzetta Ufficiale "
    "n. 75, 29 marzo 2019.",
])
def test_continental_acts_are_legislation(text):
    """An act named by its kind and number or date ('Ley 19/2021, de ...', 'Loi n° ...', 'Legge 28 marzo 2019,
    n. 26') in its official gazette ('Boletín Oficial del Estado', 'Gazzetta Ufficiale') is legislation, as GOST's
    'федер. закон ... // Собрание законодательства' is; the Spanish act was a journal article."""
    assert parse_reference(text)["type"] == "legislation"


@pytest.mark.parametrize("text, name, year", [
    ("Meyer, Jan (2021): Der Mindestlohn im Faktencheck. Berlin: Suhrkamp.", ("Meyer", "Jan"), 2021),
    ("Berg, April (2019). Urban gardens and the city. London: Verso.", ("Berg", "April"), 2019),
])
def test_a_given_name_that_is_a_month_before_the_bracketed_year(text, name, year):
    """'Meyer, Jan (2021):': a month's name between the family name's comma and the bracketed year is the given
    name; it was read as the date's month and dropped ('Meyer' alone, nothing in note)."""
    item = parse_reference(text)
    assert (names(item), item["issued"]["date-parts"]) == ([name], [[year]])


@pytest.mark.parametrize("text", [
    "Centraal Planbureau (2019). Kansrijk arbeidsmarktbeleid 2. Den Haag: CPB.",
    "INSTITUTO BRASILEIRO DE GEOGRAFIA E ESTATÍSTICA (2019). Censo agropecuário 2017: resultados definitivos. "
    "Rio de Janeiro: IBGE.",
])
def test_a_body_published_under_its_own_acronym_is_a_report(text):
    """'Centraal Planbureau (2019). Title. Den Haag: CPB.': a body publishing its work under its own acronym issues
    a report (a publishing house, 'OECD Publishing', makes a book); it was a book."""
    item = parse_reference(text)
    assert (item["type"], names(item)[0][0]) == ("report", text.split(" (")[0])


@pytest.mark.parametrize("text, family", [
    ("* Tilly, Charles. Coercion, Capital, and European States, AD 990–1990. Blackwell, 1990.", "Tilly"),
    ("• Mazower, M. (1998) Dark continent: Europe's twentieth century. London: Allen Lane.", "Mazower"),
])
def test_a_reading_lists_bullet_or_star_is_no_part_of_the_author(text, family):
    """'* Tilly, Charles. ...': a reading list's bullet or required-reading star before the reference is layout,
    as a list's number is; it was read into the first author's name ('* Tilly')."""
    assert parse_reference(text)["author"][0]["family"] == family


def test_a_reading_lists_annotation_after_the_reference_goes_to_note():
    """'... Verso Books, 2011. – A readable account of ...': an annotated list's comment after a dash is the user's note,
    not part of the title or container (GOST's '. – 320 p.' area is no such sentence)."""
    item = parse_reference("Mitchell, Timothy. Carbon Democracy: Political Power in the Age of Oil. Verso Books, 2011. "
                           "– A readable account of how oil shaped mass politics.")
    assert (item["title"], item["publisher"], item["issued"]["date-parts"], item["note"]) == (
        "Carbon Democracy: Political Power in the Age of Oil", "Verso Books", [[2011]],
        "A readable account of how oil shaped mass politics.")
    case = parse_reference("Plessy v. Ferguson, 163 U.S. 537 (1896). — Overturned by Brown; read the dissent closely.")
    assert (case["type"], case["title"], case["volume"], case["note"]) == (
        "legal_case", "Plessy v. Ferguson", "163", "Overturned by Brown; read the dissent closely.")


@pytest.mark.parametrize("text, title, publisher, place", [
    ("Asian Development Bank (2020), Uzbekistan: Country Partnership Strategy (2019–2023) – Supporting Economic "
     "Transformation, Asian Development Bank, Manila.",
     "Uzbekistan: Country Partnership Strategy (2019–2023) – Supporting Economic Transformation",
     "Asian Development Bank", "Manila"),
    ("Rashid, A. (2002), Jihad (1991–2001) – The Rise of Militant Islam in Central Asia, Yale University Press, "
     "New Haven, CT.", "Jihad (1991–2001) – The Rise of Militant Islam in Central Asia", "Yale University Press",
     "New Haven, CT"),
])
def test_a_subtitle_in_title_case_after_a_dash_is_no_annotation(text, title, publisher, place):
    """Emerald's '... Strategy (2019–2023) – Supporting Economic Transformation, Publisher, Place.': words all
    capitalised after the dash are the subtitle, publisher and place, not a reading list's comment (which is a
    sentence); the subtitle, publisher and place went to note."""
    item = parse_reference(text)
    assert (item["title"], item["publisher"], item["publisher-place"]) == (title, publisher, place)
    assert "note" not in item


@pytest.mark.parametrize("text, title, director, studio, year, note", [
    ("Roma. Directed by Alfonso Cuarón, Netflix, 2018.", "Roma", ("Cuarón", "Alfonso"), "Netflix", 2018, None),
    ("The Favourite. Directed by Yorgos Lanthimos, performances by Olivia Colman and Emma Stone, Fox Searchlight "
     "Pictures, 2018.", "The Favourite", ("Lanthimos", "Yorgos"), "Fox Searchlight Pictures", 2018,
     "performances by Olivia Colman and Emma Stone"),
])
def test_an_mla_film_by_its_director(text, title, director, studio, year, note):
    """MLA's 'Title. Directed by Name, Studio, 2018.': a motion picture with its director and the studio as
    publisher (a cast clause in note); the credit ran into the title and a one-word title was read as a name."""
    item = parse_reference(text)
    assert (item["type"], item["title"], names(item, "director"), item["publisher"], item["issued"]["date-parts"]) \
        == ("motion_picture", title, [director], studio, [[year]])
    assert item.get("note") == note


@pytest.mark.parametrize("text, show, network, numbers", [
    ("“Pilot.” Breaking Bad, season 1, episode 1, AMC, 20 Jan. 2008.", "Breaking Bad", "AMC", "season 1, episode 1"),
    ("“Dumplings.” The Great British Bake Off, series 9, episode 3, Channel 4, 11 Sept. 2018.",
     "The Great British Bake Off", "Channel 4", "series 9, episode 3"),
])
def test_an_mla_tv_episode_in_its_show(text, show, network, numbers):
    """MLA's '“Episode.” Show, season 1, episode 1, Network, date.': a broadcast in the show, the network after the
    numbers its publisher, the numbers in note; it was a newspaper article in 'Breaking Bad, season 1, ..., AMC'."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["publisher"], item["note"], "volume" in item) == (
        "broadcast", show, network, numbers, False)


@pytest.mark.parametrize("text, publisher, first, year", [
    ("Cather, Willa. My Ántonia. 1918. Oxford World’s Classics, 2006.", "Oxford World’s Classics", 1918, 2006),
    ("Du Bois, W. E. B. The Souls of Black Folk. 1903. Oxford World’s Classics, 2007.", "Oxford World’s Classics",
     1903, 2007),
])
def test_an_mla_reprint_whose_publisher_has_several_words(text, publisher, first, year):
    """MLA's 'Title. 1918. Oxford World’s Classics, 2006.': the words between the first edition's year and the
    reprint's year are the publisher, as 'Hill and Wang' is; they ran into the title."""
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item["original-date"]["date-parts"], item["issued"]["date-parts"]) == (
        "book", publisher, [[first]], [[year]])
    assert item["title"] == text.split(". 19")[0].split(". ")[-1]


@pytest.mark.parametrize("text, genre", [
    ("Centers for Disease Control and Prevention. (2022, March 3). Chronic kidney disease basics [Fact sheet]. "
     "https://www.cdc.gov/kidneydisease/basics.html", "Fact sheet"),
    ("Moderna. (2021, May 6). Moderna reports first quarter fiscal year 2021 financial results [Press release]. "
     "https://investors.modernatx.com/news/news-details/2021/", "Press release"),
])
def test_apa_grey_literature_described_in_its_bracket_is_a_report(text, genre):
    """APA 7's '[Fact sheet]', '[Press release]': grey literature, a report with the bracket as its genre (as APA's
    manual files them), whatever site posts it; they were web pages."""
    item = parse_reference(text)
    assert (item["type"], item["genre"]) == ("report", genre)


def test_an_apa_policy_brief_bracket_describes_and_does_not_translate():
    """'Title [Policy brief].': APA's description of the work, its genre, not a translated title (the title was
    'Policy brief' and the real title an original-title)."""
    item = parse_reference("Urban Institute. (2020). Rental assistance during the pandemic [Policy brief]. "
                           "https://www.urban.org/research/publication/rental-assistance")
    assert (item["type"], item["title"], item["genre"], "original-title" in item) == (
        "report", "Rental assistance during the pandemic", "Policy brief", False)


def test_a_code_section_followed_by_et_seq():
    """'42 U.S.C. § 4321 et seq. (2018)': the act runs on from its first section; the section is still the
    section and 'et seq.' goes to note (the whole citation was a title)."""
    item = parse_reference("National Environmental Policy Act of 1969, 42 U.S.C. § 4321 et seq. (2018).")
    assert (item["type"], item["title"], item["volume"], item["container-title"], item["section"],
            item["issued"]["date-parts"], item["note"]) == (
        "legislation", "National Environmental Policy Act of 1969", "42", "U.S.C.", "4321", [[2018]], "et seq.")


def test_an_apa_post_with_the_accounts_handle_and_an_attachment():
    """APA's 'WHO [@WHO]. (2021, May 2). Title [Video attached] [Tweet]. Twitter. URL': the handle after the
    author and the attachment before the description go to note, the bracket '[Tweet]' is the genre; the handle
    was the title and the attachment bracket read as a translated title."""
    item = parse_reference("World Health Organization [@WHO]. (2021, May 2). Vaccines save lives [Video attached] "
                           "[Tweet]. Twitter. https://twitter.com/WHO/status/1388812345678901234")
    assert (item["type"], item["author"], item["title"], item["genre"], item["container-title"], "original-title"
            in item) == ("post", [{"literal": "World Health Organization"}], "Vaccines save lives", "Tweet", "Twitter",
                         False)
    assert set(item["note"].split("\n")) == {"Video attached", "@WHO"}


def test_a_citing_medicine_preprint_dated_by_day():
    """'Title. bioRxiv [Preprint]. 2022 Nov 14 [cited 2023 Mar 2].': the server publishes the preprint and the date
    after it is the date, as with '(2021).'; the tagger took server and date for a note."""
    item = parse_reference("Garcia R, Tan W. Gut microbiome shifts after antibiotic exposure in infants. bioRxiv "
                           "[Preprint]. 2022 Nov 14 [cited 2023 Mar 2]. Available from: "
                           "https://doi.org/10.1101/2022.11.12.516263")
    assert (item["type"], item["genre"], item["publisher"], item["issued"]["date-parts"],
            item["accessed"]["date-parts"]) == ("article", "Preprint", "bioRxiv", [[2022, 11, 14]], [[2023, 3, 2]])


@pytest.mark.parametrize("text, body", [
    ("Brookings Institution. (2019). Housing and mobility in American cities. https://www.brookings.edu/research/x",
     "Brookings Institution"),
    ("Equinor A/S. Annual report on climate risk 2021. Stavanger: Equinor; 2022.", "Equinor A/S"),
    ("Siemens Healthineers GmbH. Service manual for the ACUSON Sequoia. Erlangen: Siemens; 2020.",
     "Siemens Healthineers GmbH"),
])
def test_bodies_named_by_institution_or_a_company_form(text, body):
    """'Brookings Institution', 'Equinor A/S', '... GmbH': bodies, by the word 'Institution' or a company's legal
    form; they were persons ('Institution, Brookings', 'A/S, Equinor')."""
    assert parse_reference(text)["author"] == [{"literal": body}]


def test_a_trial_registration_number_is_the_records_number():
    """AMA's 'Title. ClinicalTrials.gov identifier: NCT04513925. Updated ...': the registry's number is the
    record's number, not part of the title (the registry's words kept in note)."""
    item = parse_reference("National Cancer Institute. Testing the addition of radiation therapy to immunotherapy in "
                           "advanced lung cancer. ClinicalTrials.gov identifier: NCT04513925. Updated March 2, 2024. "
                           "Accessed April 9, 2024. https://clinicaltrials.gov/study/NCT04513925")
    assert (item["title"], item["number"], item["issued"]["date-parts"], item["accessed"]["date-parts"]) == (
        "Testing the addition of radiation therapy to immunotherapy in advanced lung cancer", "NCT04513925",
        [[2024, 3, 2]], [[2024, 4, 9]])
    assert "ClinicalTrials.gov identifier" in item["note"]


def test_an_ieee_thesis_place_closing_the_university():
    """IEEE's 'M.Eng. thesis, Sch. Eng., Univ. Nairobi, Nairobi, Kenya, 2020.': a known city and its country after
    the school are the place; they ran into the publisher."""
    item = parse_reference('[9] W. Otieno, "Low-cost telemetry for rural water kiosks," M.Eng. thesis, Sch. Eng., '
                           'Univ. Nairobi, Nairobi, Kenya, 2020.')
    assert (item["type"], item["genre"], item["publisher"], item["publisher-place"]) == (
        "thesis", "M.Eng. thesis", "Sch. Eng., Univ. Nairobi", "Nairobi, Kenya")


def test_an_ieee_online_video():
    """IEEE's '... Accessed: Mar. 3, 2024. [Online Video]. Available: URL': the bracket is the medium and the work a
    motion picture; the bracket was a note and the video a web page."""
    item = parse_reference("[5] MIT OpenCourseWare. Lecture 1: Algorithmic thinking, peak finding. (Jan. 14, 2013). "
                           "Accessed: Mar. 3, 2024. [Online Video]. Available: https://www.youtube.com/watch?v=HtSuA80QTyo")
    assert (item["type"], item["medium"], item["issued"]["date-parts"], item["accessed"]["date-parts"]) == (
        "motion_picture", "Online Video", [[2013, 1, 14]], [[2024, 3, 3]])


@pytest.mark.parametrize("text, writer, recipient, date, location, archive, place", [
    ("15. Eleanor Roosevelt to Lorena Hickok, March 7, 1933, box 1, Lorena Hickok Papers, Franklin D. Roosevelt "
     "Presidential Library, Hyde Park, NY.", ("Roosevelt", "Eleanor"), ("Hickok", "Lorena"), [1933, 3, 7],
     "box 1, Lorena Hickok Papers", "Franklin D. Roosevelt Presidential Library", "Hyde Park, NY"),
    ("Abraham Lincoln to Joshua F. Speed, 24 August 1855, Abraham Lincoln Papers, Library of Congress, Washington, DC.",
     ("Lincoln", "Abraham"), ("Speed", "Joshua F."), [1855, 8, 24], "Abraham Lincoln Papers", "Library of Congress",
     "Washington, DC"),
])
def test_a_chicago_letter_in_a_collection(text, writer, recipient, date, location, archive, place):
    """Chicago's 'Writer to Recipient, date, box/folder, Papers, Repository, Town.': an unpublished letter, the
    parts before the repository its place in the collection; the tagger read 'Writer to Recipient' as one name."""
    item = parse_reference(text)
    assert (item["type"], names(item), names(item, "recipient"), item["issued"]["date-parts"]) \
        == ("manuscript", [writer], [recipient], [date])
    assert (item["archive_location"], item["archive"], item["archive-place"], item.get("note")) \
        == (location, archive, place, None)


def test_a_chicago_note_reprint_after_the_title():
    """'Title (1792; repr., London: ...)': the bracket with the first edition's year ends the title, as it ends a
    translator's names; it ran into the title and the first edition's year was lost."""
    item = parse_reference("5. Mary Wollstonecraft, A Vindication of the Rights of Woman (1792; repr., London: "
                           "Penguin Classics, 2004), 88.")
    assert (item["title"], item["original-date"], item["issued"], item["publisher-place"], item["publisher"]) \
        == ("A Vindication of the Rights of Woman", {"date-parts": [[1792]]}, {"date-parts": [[2004]]}, "London",
            "Penguin Classics")


@pytest.mark.parametrize("text, director, title, place, studio, year, medium", [
    ("11. Akira Kurosawa, dir., Rashomon (Tokyo: Daiei Film, 1950).", ("Kurosawa", "Akira"), "Rashomon", "Tokyo",
     "Daiei Film", 1950, None),
    ("Pontecorvo, Gillo, dir. The Battle of Algiers. Rome: Igor Film, 1966.", ("Pontecorvo", "Gillo"),
     "The Battle of Algiers", "Rome", "Igor Film", 1966, None),
    ("3. Vittorio De Sica, dir., Bicycle Thieves (Rome: Produzioni De Sica, 1948), DVD.", ("De Sica", "Vittorio"),
     "Bicycle Thieves", "Rome", "Produzioni De Sica", 1948, "DVD"),
])
def test_a_chicago_film_under_its_director(text, director, title, place, studio, year, medium):
    """Chicago's 'Name, dir., Title (Place: Studio, Year)' and 'Family, Given, dir. Title. Place: Studio, Year.': a
    motion picture with its director; the tagger read 'dir.' as a second author and a one-word title as a place.
    The copy's format after the imprint, 'DVD', is the medium (as a recording's 'LP' is)."""
    item = parse_reference(text)
    assert (item["type"], names(item, "director"), item.get("author"), item["title"]) \
        == ("motion_picture", [director], None, title)
    assert (item["publisher-place"], item["publisher"], item["issued"]["date-parts"], item.get("medium"),
            item.get("note")) == (place, studio, [[year]], medium, None)


@pytest.mark.parametrize("text, kind, work, edition, headword, note", [
    ("13. Encyclopaedia Britannica, 11th ed., s.v. “Renaissance.”", "entry-encyclopedia", "Encyclopaedia Britannica",
     "11", "Renaissance", None),
    ("7. Oxford English Dictionary, 2nd ed., s.v. “nice,” sense 3a.", "entry-dictionary", "Oxford English Dictionary",
     "2", "nice", "sense 3a."),
])
def test_a_chicago_entry_cited_by_its_headword(text, kind, work, edition, headword, note):
    """Chicago's 's.v. “Headword”' after a reference work: the entry is the title, the work its container; the
    tagger ran the edition, 's.v.' and the headword together into the edition."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["edition"], item["title"], item.get("note")) \
        == (kind, work, edition, headword, note)


def test_a_signed_online_entry_cited_by_its_headword():
    """An online reference work's signed entry: the author after the headword, the access date and the link."""
    item = parse_reference("Grove Music Online, s.v. “Sonata form,” by James Webster, accessed March 1, 2023, "
                           "https://doi.org/10.1093/gmo/9781561592630.article.26197.")
    assert (item["type"], item["title"], names(item), item["accessed"], item["URL"], item.get("note")) \
        == ("entry-encyclopedia", "Sonata form", [("Webster", "James")], {"date-parts": [[2023, 3, 1]]},
            "https://doi.org/10.1093/gmo/9781561592630.article.26197", None)


@pytest.mark.parametrize("text, maker, title, issued, medium, size, museum, town", [
    ("Vermeer, Johannes. The Milkmaid. Ca. 1660. Oil on canvas, 45.5 × 41 cm. Rijksmuseum, Amsterdam.",
     ("Vermeer", "Johannes"), "The Milkmaid", {"date-parts": [[1660]], "circa": True}, "Oil on canvas",
     "45.5 × 41 cm", "Rijksmuseum", "Amsterdam"),
    ("Kahlo, Frida. The Two Fridas. 1939, Museo de Arte Moderno, Mexico City.", ("Kahlo", "Frida"), "The Two Fridas",
     {"date-parts": [[1939]]}, None, None, "Museo de Arte Moderno", "Mexico City"),
    ("8. Dorothea Lange, Migrant Mother, Nipomo, California, 1936, gelatin silver print, Museum of Modern Art, New "
     "York.", ("Lange", "Dorothea"), "Migrant Mother, Nipomo, California", {"date-parts": [[1936]]},
     "gelatin silver print", None, "Museum of Modern Art", "New York"),
])
def test_an_artwork_in_a_museum(text, maker, title, issued, medium, size, museum, town):
    """MLA's and Chicago's artwork or photograph: maker, title, year, medium and size, then the museum and its
    town, which the tagger read as publisher and place (the medium ran into the title)."""
    item = parse_reference(text)
    assert (item["type"], names(item), item["title"], item["issued"]) == ("graphic", [maker], title, issued)
    assert (item.get("medium"), item.get("dimensions"), item["archive"], item["archive-place"], item.get("note")) \
        == (medium, size, museum, town, None)


@pytest.mark.parametrize("text, kind", [
    ("Kraut, Richard. “Plato.” The Stanford Encyclopedia of Philosophy, edited by Edward N. Zalta, 2022, "
     "plato.stanford.edu/archives/spr2022/entries/plato/. Accessed 3 Feb. 2024.", "entry-encyclopedia"),
    ("Harris, Jose. “Beveridge, William Henry.” Oxford Dictionary of National Biography, Oxford UP, 2004.",
     "entry-dictionary"),
])
def test_an_mla_entry_in_an_encyclopedia_or_dictionary(text, kind):
    """A quoted title in a container named an encyclopedia or a dictionary is an entry, not a book's chapter."""
    assert parse_reference(text)["type"] == kind


@pytest.mark.parametrize("text, kind, work, volume", [
    # a multi-volume work's entry cited "In" it with its volume and pages (APA), not a journal's article
    ("Kant, I. (2018). Kantian ethics. In The Oxford encyclopedia of philosophy (Vol. 3, pp. 12-19). Oxford "
     "University Press.", "entry-encyclopedia", "The Oxford encyclopedia of philosophy", "3"),
    ("Lee, M. (2011). Phoneme. In Cambridge dictionary of linguistics (Vol. 2, pp. 301-302). Cambridge University "
     "Press.", "entry-dictionary", "Cambridge dictionary of linguistics", "2"),
    # the ligature spelling, and Wikipedia (typed as Zotero's translator types it: an encyclopedia article)
    ("“Toni Morrison.” Encyclopædia Britannica, 2 Aug. 2023, www.britannica.com/biography/Toni-Morrison. Accessed "
     "5 Sept. 2023.", "entry-encyclopedia", "Encyclopædia Britannica", None),
    ("Wikipedia. (2024, March 3). Climate change. In Wikipedia. https://en.wikipedia.org/wiki/Climate_change",
     "entry-encyclopedia", "Wikipedia", None),
    ("“Climate change.” Wikipedia, Wikimedia Foundation, 3 Mar. 2024, en.wikipedia.org/wiki/Climate_change.",
     "entry-encyclopedia", "Wikipedia", None),
])
def test_an_entry_in_a_reference_work_with_its_volume_or_online(text, kind, work, volume):
    """An entry in an encyclopedia or dictionary, printed in one of its volumes or online: the work is its container."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item.get("volume")) == (kind, work, volume)
    assert not any(name.get("family") == "Britannica" for name in item.get("author", []))


@pytest.mark.parametrize("text, title, genre", [
    ("Temkin, Ann, ed. Abstract Expressionism at the Museum of Modern Art: Selections from the Collection. Exhibition "
     "catalog. New York: Museum of Modern Art, 2010.",
     "Abstract Expressionism at the Museum of Modern Art: Selections from the Collection", "Exhibition catalog"),
    ("Bell, Julian. Van Gogh and Britain: Pioneer Collectors. Exhibition catalogue. Edinburgh: National Galleries of "
     "Scotland, 2006.", "Van Gogh and Britain: Pioneer Collectors", "Exhibition catalogue"),
])
def test_a_chicago_exhibition_catalogue(text, title, genre):
    """'Title. Exhibition catalog. Place: Publisher, Year.': the sentence is the book's genre; it ran into the title."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["genre"]) == ("book", title, genre)


def test_an_mla_database_as_the_closing_sentence_without_a_link():
    """MLA's second container named without a link ('... p. 1. ProQuest Historical Newspapers.') is the source,
    not the publisher that made an unsigned newspaper article a chapter."""
    item = parse_reference("“Suffragists Parade Down Fifth Avenue.” The New York Times, 4 May 1912, p. 1. ProQuest "
                           "Historical Newspapers.")
    assert (item["type"], item["container-title"], item["source"], item.get("publisher")) \
        == ("article-newspaper", "The New York Times", "ProQuest Historical Newspapers", None)


@pytest.mark.parametrize("text, title, publisher", [
    ("Bandura, A. (1997). Self-efficacy: The exercise of control. W. H. Freeman.",
     "Self-efficacy: The exercise of control", "W. H. Freeman"),
    ("Sakwa, R. (2014). Frontline Ukraine: Crisis in the borderlands. I. B. Tauris.",
     "Frontline Ukraine: Crisis in the borderlands", "I. B. Tauris"),
    ("Olcott, M. B. (2002). Kazakhstan: Unfulfilled promise. Carnegie Endowment for International Peace.",
     "Kazakhstan: Unfulfilled promise", "Carnegie Endowment for International Peace"),
])
def test_an_apa_book_s_publisher_after_the_title(text, title, publisher):
    """APA 7 names a book's publisher alone after the title: one opened by initials whose first word the tagger
    ran into the names or the title ('of control. W. H. Freeman.'), or a body's longer name in title case after
    a title in sentence case, is the publisher, not authors or more title."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher"]) == ("book", title, publisher)
    assert names(item) == [(text.split(",")[0], text.split(", ")[1].split(" (")[0])]


def test_an_apa_title_s_own_title_case_sentence_stays_in_the_title():
    """A second sentence in title case that names no body is the title's, not a publisher."""
    item = parse_reference("Smith, J. (2010). Learning from the past. Lessons for the Future of Europe.")
    assert item["title"] == "Learning from the past. Lessons for the Future of Europe"
    assert "publisher" not in item


@pytest.mark.parametrize("text, author, title, genre", [
    ("U.S. Food and Drug Administration. (2021, August 23). FDA approves first COVID-19 vaccine [News release]. "
     "https://www.fda.gov/news-events/press-announcements/fda-approves-first-covid-19-vaccine",
     "U.S. Food and Drug Administration", "FDA approves first COVID-19 vaccine", "News release"),
    ("Australian Government Department of Health. (2020, March 13). Coronavirus measures endorsed by National "
     "Cabinet [Media release]. https://www.health.gov.au/ministers/media-release",
     "Australian Government Department of Health", "Coronavirus measures endorsed by National Cabinet",
     "Media release"),
])
def test_an_apa_news_or_media_release(text, author, title, genre):
    """'[News release]' and '[Media release]' describe a release as '[Press release]' does: a report with that
    genre, the title before the bracket; a country's 'U.S.' opening a body's name is no person's initials."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["title"], item["author"]) == \
        ("report", genre, title, [{"literal": author}])
    assert "original-title" not in item


@pytest.mark.parametrize("text", ["U.S. Food and Drug Administration", "U.S. Fish and Wildlife Service",
                                  "U.K. Department for Environment, Food and Rural Affairs"])
def test_a_country_abbreviation_opens_one_body(text):
    assert parse_names(text) == [{"literal": text}]


@pytest.mark.parametrize("text, author, title", [
    ("Human Rights Watch, World Report 2021: Events of 2020 (New York: Human Rights Watch, 2021), 512–518.",
     "Human Rights Watch", "World Report 2021: Events of 2020"),
    ("Freedom House, Nations in Transit 2020: Dropping the Democratic Facade (Washington, DC: Freedom House, 2020).",
     "Freedom House", "Nations in Transit 2020: Dropping the Democratic Facade"),
])
def test_a_note_s_body_named_by_its_last_word_before_its_title(text, author, title):
    """Notes 'Human Rights Watch, World Report ... (New York: ...)': a body known by its last word ('Watch',
    'House', 'International') before the first comma of the title run is the author."""
    item = parse_reference(text)
    assert (item["author"], item["title"]) == ([{"literal": author}], title)


def test_a_case_s_judgment_of_a_date():
    """'Application no. 26562/07, Judgment of 13 April 2017': the judgment's date is the case's; 'Judgment'
    is kept in note, never a container 'Judgment of'."""
    item = parse_reference("European Court of Human Rights, Case of Tagayeva and Others v. Russia, Application no. "
                           "26562/07, Judgment of 13 April 2017.")
    assert (item["type"], item["title"], item["number"], item["authority"]) == \
        ("legal_case", "Case of Tagayeva and Others v. Russia", "Application no. 26562/07",
         "European Court of Human Rights")
    assert item["issued"] == {"date-parts": [[2017, 4, 13]]} and item["note"] == "Judgment"
    assert "container-title" not in item


@pytest.mark.parametrize("text, authors, title, publisher", [
    ("Morrison, Toni. Beloved. Knopf, 1987.", [("Morrison", "Toni")], "Beloved", "Knopf"),
    ("Morrison, Toni. Beloved. Alfred A. Knopf, 1987.", [("Morrison", "Toni")], "Beloved", "Alfred A. Knopf"),
    ("Orwell, George. Nineteen Eighty-Four. Secker and Warburg, 1949.", [("Orwell", "George")],
     "Nineteen Eighty-Four", "Secker and Warburg"),
    ("Ellison, Ralph. Invisible Man. Random House, 1952.", [("Ellison", "Ralph")], "Invisible Man", "Random House"),
    ("Du Bois, W. E. B. The Souls of Black Folk. A. C. McClurg, 1903.", [("Du Bois", "W. E. B.")],
     "The Souls of Black Folk", "A. C. McClurg"),
    ("Smith, John, and Jane Doe. Reading Lists. Norton, 2001.", [("Smith", "John"), ("Doe", "Jane")],
     "Reading Lists", "Norton"),
    ("hooks, bell. Ain't I a Woman: Black Women and Feminism. South End Press, 1981.", [("hooks", "bell")],
     "Ain't I a Woman: Black Women and Feminism", "South End Press"),
])
def test_an_mla_book_title_then_publisher_and_year(text, authors, title, publisher):
    """MLA 9 'Family, Given. Title. Publisher, Year.': the title runs to the last full stop, the publisher from
    there to the year's comma, whatever the tagger made of a short title or an unknown publisher."""
    item = parse_reference(text)
    assert (item["type"], names(item), item["title"], item["publisher"]) == ("book", authors, title, publisher)


@pytest.mark.parametrize("text, place", [
    ("Smith, John. A History. London, 1901.", "London"),
    ("Beck, Ulrich. World Risk Society. Cambridge: Polity Press, 1999.", "Cambridge"),
])
def test_a_place_before_the_year_stays_the_place(text, place):
    """A known city alone before the year, or a Chicago 'City: Publisher', is no MLA publisher."""
    assert parse_reference(text)["publisher-place"] == place


def test_a_gost_title_opening_with_a_journal_s_name_runs_to_the_slashes():
    """'Мау В. А. Экономическая политика 2020 года: ... // Вопросы экономики': the title opens with another
    journal's name and holds a year; all of it up to '//' is the title."""
    item = parse_reference("Мау В. А. Экономическая политика 2020 года: глобальный кризис и контуры нового мира // "
                           "Вопросы экономики. 2021. № 3. С. 5–29.")
    assert (item["title"], item["container-title"], item["issued"]) == \
        ("Экономическая политика 2020 года: глобальный кризис и контуры нового мира", "Вопросы экономики",
         {"date-parts": [[2021]]})


@pytest.mark.parametrize("text, expected", [
    ("Julian Cooper, Maureen Perrie, and E. A. Rees", [("Cooper", "Julian"), ("Perrie", "Maureen"), ("Rees", "E. A.")]),
    ("Julian Cooper and E.A. Rees", [("Cooper", "Julian"), ("Rees", "E.A.")]),
    ("William Strunk Jr. and E. B. White", [("Strunk", "William"), ("White", "E. B.")]),
])
def test_given_name_first_names_with_initials_last(text, expected):
    """Chicago's 'ed. Julian Cooper, Maureen Perrie, and E. A. Rees': the last name may open with initials; the
    names before it are still given-name-first (not family 'Julian Cooper', given 'Maureen Perrie')."""
    out = parse_names(text)
    assert [(n["family"], n["given"]) for n in out] == expected
    assert out[0].get("suffix") == ("Jr." if "Jr." in text else None)


@pytest.mark.parametrize("text, page", [
    ("Stephen Kotkin, Magnetic Mountain: Stalinism as a Civilization (Berkeley: University of California Press, "
     "1995), 198.", "198"),
    ("Sarah Cameron, The Hungry Steppe (Ithaca, NY: Cornell University Press, 2018), 12.", "12"),
])
def test_a_note_s_pinpoint_after_the_imprint(text, page):
    """The number after a note's '(Place: Publisher, Year),' is the page cited, not more of the year."""
    item = parse_reference(text)
    assert (item["page"], item["type"]) == (page, "book")
    assert "note" not in item


@pytest.mark.parametrize("text, journal", [
    ("Geim, A. K. & Novoselov, K. S. The rise of graphene. Nat. Mater. 6, 183–191 (2007).", "Nat. Mater."),
    ("S. Haykin, “Cognitive radio: Brain-empowered wireless communications,” IEEE J. Sel. Areas Commun., vol. 23, "
     "no. 2, pp. 201–220, Feb. 2005.", "IEEE J. Sel. Areas Commun."),
    ("Smith J, Jones AB. Effect of aspirin on cardiovascular outcomes: a randomized trial. N Engl J Med. "
     "2019;380(12):1123-31.", "N Engl J Med"),
    ("Murray CJ, Lopez AD. Measuring the global burden of disease. N Engl J Med. 2013 Aug 1;369(5):448-57.",
     "N Engl J Med"),
    ("Abdullaev R. Sh. [Labour migration]. Vestnik Moskovskogo universiteta. Ser. 6. Ekonomika, 2019, no. 4, "
     "pp. 45–63.", "Vestnik Moskovskogo universiteta. Ser. 6. Ekonomika"),
    # one abbreviated journal word after whole ones keeps its stop too
    ("Abdullaev, E. (2019). Water and conflict in the Ferghana Valley. Central Asian Surv., 38(2), 201–219.",
     "Central Asian Surv."),
    ("S. Hochreiter and J. Schmidhuber, “Long short-term memory,” Neural Comput., vol. 9, no. 8, pp. 1735–1780, 1997.",
     "Neural Comput."),
    ("Liu, X.; Chen, Y. Lithium-Sulfur Batteries. Nano Lett. 2019, 19 (7), 4391–4399.", "Nano Lett."),
    # ... but not before a Vancouver date, nor in NLM's stopless names, nor after a whole word's stop
    ("Jones P. Land reform in Tajikistan. Central Asian Surv. 2019;38(2):1–20.", "Central Asian Surv"),
    ("Harris JT, Moreno A. 2020. Thermal tolerance of snails. J Exp Biol. 223(4):jeb212345.", "J Exp Biol"),
    ("Kuzmina A.V. Regional elites in Central Asia. Polis. Political Studies. 2020. No. 3. P. 10–25.",
     "Polis. Political Studies"),
])
def test_a_journal_s_last_stop_follows_its_abbreviations(text, journal):
    """A journal named in ISO abbreviations keeps its last stop however long the word ('Commun.'); NLM's
    stopless abbreviations ('N Engl J Med. 2019;') end their sentence there."""
    assert parse_reference(text)["container-title"] == journal


@pytest.mark.parametrize("text, publisher", [
    ("Иоффе О. С. Советское гражданское право. М.: Юрид. лит., 1967. 494 с.", "Юрид. лит."),
    ("Алексеев С. С. Общая теория права. – 2-е изд. – М. : Высш. шк., 1990. – 312 с.", "Высш. шк."),
    ("Прохоров А. М. Советский энциклопедический словарь. М.: Сов. энцикл., 1980. 1600 с.", "Сов. энцикл."),
    # whole words end the sentence: the stop goes
    ("Иванов И. И. Экономика. – М. : Финансы и статистика, 2005. – 300 с.", "Финансы и статистика"),
    ("Иванов И. И. Экономика. – М. : Весь мир, 2005. – 300 с.", "Весь мир"),
])
def test_a_gost_publisher_named_in_abbreviations_keeps_its_last_stop(text, publisher):
    assert parse_reference(text)["publisher"] == publisher


def test_a_series_number_opened_by_one_capital():
    """Chicago author-date 'Current Population Reports P60-273.': the series and a code opened by one capital are
    the report's genre and number, not a container."""
    item = parse_reference("U.S. Census Bureau. 2021. \"Income and Poverty in the United States: 2020.\" Current "
                           "Population Reports P60-273. Washington, DC: U.S. Government Publishing Office.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "Current Population Reports", "P60-273")
    assert "container-title" not in item


@pytest.mark.parametrize("text, number", [
    ("T. Mikolov, K. Chen, G. Corrado, and J. Dean, “Efficient estimation of word representations in vector space,” "
     "arXiv preprint arXiv:1301.3781, 2013.", "arXiv:1301.3781"),
    ("Mikolov T, Chen K. Efficient estimation of word representations in vector space. arXiv preprint "
     "arXiv:13013781. 2013.", None),
])
def test_an_arxiv_preprint_s_genre_and_its_year_at_the_end(text, number):
    """'arXiv preprint arXiv:1301.3781, 2013.': the words describe the work, and the reference's only year is its
    date, not a note."""
    item = parse_reference(text)
    assert (item["genre"], item["issued"], item.get("number")) == ("arXiv preprint", {"date-parts": [[2013]]}, number)


@pytest.mark.parametrize("text, title, container", [
    ("Merriam-Webster. (n.d.). Resilience. In Merriam-Webster.com dictionary. Retrieved January 5, 2024, from "
     "https://www.merriam-webster.com/dictionary/resilience", "Resilience", "Merriam-Webster.com dictionary"),
    ("American Psychological Association. (n.d.). Anxiety. In APA dictionary of psychology. Retrieved May 2, 2023, "
     "from https://dictionary.apa.org/anxiety", "Anxiety", "APA dictionary of psychology"),
])
def test_an_apa_entry_in_an_online_dictionary(text, title, container):
    """APA 'Entry. In Name dictionary. Retrieved ...': the sentence opened by 'In' naming a dictionary is the
    reference work, the entry its title."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["container-title"]) == ("entry-dictionary", title, container)


def test_an_apa_tweet_whose_text_ends_in_an_ellipsis():
    """'... [Tweet]. Twitter.': a descriptor the tagger ran into the container is the post's genre."""
    item = parse_reference("Ng, A. [@AndrewYNg]. (2023, March 14). The most important skill in AI is ... [Tweet]. "
                           "Twitter. https://twitter.com/AndrewYNg/status/1")
    assert (item["type"], item["genre"], item["container-title"]) == ("post", "Tweet", "Twitter")


@pytest.mark.parametrize("text, container", [
    ("‘Dodon: Moldova ne budet vstupat’ v NATO’, Sputnik Moldova, 3 March 2017, available at: "
     "https://ru.sputnik.md/politics/20170303/11733612.html, accessed 5 March 2017.", "Sputnik Moldova"),
    ("‘Tokayev signs amendments’, RFE/RL Kazakhstan, 12 April 2021.", "RFE/RL Kazakhstan"),
])
def test_a_note_s_outlet_named_with_its_edition(text, container):
    """A known outlet's national or language edition ('Sputnik Moldova', 'BBC Russian') after a quoted title is
    the paper, not an author 'Moldova, Sputnik'."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"]) == ("article-newspaper", container)
    assert "author" not in item


@pytest.mark.parametrize("text, title, container", [
    ("Law of the Republic of Moldova No. 154 of 21 July 2017 ‘On Amending the Electoral Code’, Monitorul Oficial, "
     "No. 270–278, 28 July 2017.",
     "Law of the Republic of Moldova No. 154 of 21 July 2017 ‘On Amending the Electoral Code’", "Monitorul Oficial"),
    ("Law No. 154 ‘On Amending the Electoral Code’, Monitorul Oficial, No. 270–278, 28 July 2017.",
     "Law No. 154 ‘On Amending the Electoral Code’", "Monitorul Oficial"),
])
def test_a_note_s_act_with_issuer_number_and_date_in_its_gazette(text, title, container):
    """An act named by kind, issuer, number and date before its quoted name is one title; the official gazette
    after it is the container of a legislation item."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["container-title"], item["issue"]) == \
        ("legislation", title, container, "270–278")


@pytest.mark.parametrize("text, title, issued", [
    ("OSCE/ODIHR, Republic of Moldova, Parliamentary Elections, 24 February 2019: ODIHR Election Observation Mission "
     "Final Report (Warsaw, 22 May 2019), p. 12.",
     "Republic of Moldova, Parliamentary Elections, 24 February 2019: ODIHR Election Observation Mission Final Report",
     [2019, 5, 22]),
    ("OSCE/ODIHR, Georgia, Presidential Election, 28 October and 28 November 2018: ODIHR Election Observation "
     "Mission Final Report (Warsaw: OSCE/ODIHR, 28 February 2019), 5.",
     "Georgia, Presidential Election, 28 October and 28 November 2018: ODIHR Election Observation Mission Final "
     "Report", [2019, 2, 28]),
])
def test_an_observation_report_titled_by_its_election_and_date(text, title, issued):
    """The election's date before the title's colon is the title's; the imprint's bracket dates the report."""
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"], item["issued"]) == \
        ("report", [{"literal": "OSCE/ODIHR"}], title, {"date-parts": [issued]})


def test_a_link_glued_to_the_punctuation_before_it():
    """A PDF copy loses the space between a note's date and its link ('14 September 2020,https://...') or after
    'Available at:': the link is cut off and the date keeps its year; inside a link nothing is cut."""
    press = parse_reference("‘Lukashenko vstretilsya s Putinym v Sochi’, Nasha Niva, 14 September 2020,"
                            "https://nashaniva.com/?c=ar&i=258114.")
    assert (press["type"], press["container-title"], press["issued"], press["URL"]) == (
        "article-newspaper", "Nasha Niva", {"date-parts": [[2020, 9, 14]]}, "https://nashaniva.com/?c=ar&i=258114")
    lead = parse_reference("Belstat. [Population of the Republic of Belarus by region]. Available at:https://www.belstat."
                           "gov.by/ofitsialnaya-statistika/ (accessed 12.02.2021). (In Russ.)")
    assert lead["URL"] == "https://www.belstat.gov.by/ofitsialnaya-statistika/"
    archived = parse_reference("‘Minsk protests’, Belsat, 16 August 2020, available at: https://web.archive.org/web/"
                               "20200816,https://belsat.eu/en/news/minsk-16-08/, accessed 1 September 2020.")
    assert archived["URL"] == "https://web.archive.org/web/20200816,https://belsat.eu/en/news/minsk-16-08/"


@pytest.mark.parametrize("text, author, title, place", [
    ("Sviatlana Tsikhanouskaya, address to the Parliamentary Assembly of the Council of Europe, Strasbourg, "
     "29 September 2020, available at: https://pace.coe.int/en/news/8043, accessed 2 October 2020.",
     "Tsikhanouskaya", "address to the Parliamentary Assembly of the Council of Europe", "Strasbourg"),
    ("Ilham Aliyev, address to the nation, Baku, 10 November 2020, https://president.az/en/articles/view/45923.",
     "Aliyev", "address to the nation", "Baku"),
    ("Mikhail Mishustin, remarks at the International Arctic Forum, Arkhangelsk, 12 April 2021.",
     "Mishustin", "remarks at the International Arctic Forum", "Arkhangelsk"),
])
def test_a_named_speaker_then_an_unquoted_talk(text, author, title, place):
    """'Name, address to ..., Place, date': the name before the lower-case description of the talk is its speaker,
    not the title's start (the tagger ran them into one title and the item read as a webpage)."""
    item = parse_reference(text)
    assert (item["type"], item["author"][0]["family"], item["title"], item["event-place"]) == (
        "speech", author, title, place)


@pytest.mark.parametrize("text", [
    "Belstat. [Population of the Republic of Belarus by region and district]. Available at: https://www.belstat.gov.by/"
    "ofitsialnaya-statistika/solialnaya-sfera/demografiya/ (accessed 12.02.2021). (In Russ.)",
    "Rosstat. [Investment in fixed capital by constituent entities of the Russian Federation]. Available at: "
    "https://rosstat.gov.ru/investment_nonfinancial (accessed 20 May 2022).",
])
def test_a_statistics_office_s_translated_title_alone_with_a_link(text):
    """References 'Rosstat. [Translated title]. Available at: URL (accessed ...)': the office's data are its report,
    as they are with the transliterated title before the translation; no longer a web page."""
    item = parse_reference(text)
    assert (item["type"], item["author"][0]["literal"]) == ("report", text.split(".")[0])


@pytest.mark.parametrize("text, town", [
    ("Lysenko P.A. Migratsionnaya politika v regionakh Dal'nego Vostoka [Migration policy in the regions of the Far "
     "East]. Cand. Sci. (Polit.) Diss. Yuzhno-Sakhalinsk, 2019. 210 p.", "Yuzhno-Sakhalinsk"),
    ("Ivanova E.S. Razvitie Arkticheskoi zony [Development of the Arctic zone]. Cand. Sci. (Econ.) Diss. Abstr. "
     "Petropavlovsk-Kamchatsky, 2021. 24 p.", "Petropavlovsk-Kamchatsky"),
])
def test_a_references_thesis_town_after_the_degree(text, town):
    """'... Cand. Sci. (Polit.) Diss. Yuzhno-Sakhalinsk, 2019.': the one name between the degree and the year is the
    town, though no list knows it; the tagger took it for a container, which became the thesis's publisher."""
    item = parse_reference(text)
    assert (item["type"], item["publisher-place"], item.get("publisher")) == ("thesis", town, None)


@pytest.mark.parametrize("text, title", [
    ("Rosstat, ‘Sotsial’no-ekonomicheskoe polozhenie Rossii, yanv.–dek. 2019 g.’, Moscow, 2020, p. 44.",
     "Sotsial’no-ekonomicheskoe polozhenie Rossii, yanv.–dek. 2019 g."),
    ("Bank of Russia, ‘Obzor finansovoi stabil’nosti, IV kv. 2021 – I kv. 2022 g.’, Moscow, May 2022, p. 9.",
     "Obzor finansovoi stabil’nosti, IV kv. 2021 – I kv. 2022 g."),
])
def test_a_year_after_an_abbreviation_inside_a_quoted_title(text, title):
    """A year after an abbreviation's stop ('kv. 2021', 'dek. 2019') inside a note's quoted title is the title's,
    not the work's date, which the title lost with it."""
    item = parse_reference(text)
    assert item["title"] == title and "2019" not in item.get("note", "") and "2021" not in item.get("note", "")


@pytest.mark.parametrize("text, paper", [
    ("‘Sovet Federatsii odobril zakon o Kaliningradskoi OEZ’, Kommersant’, no. 211, 17 November 2022, p. 3.",
     "Kommersant’"),
    ("‘Pridnestrov’e: krizis bez kontsa’, Kommersant-Vlast’, no. 14, 11 April 2016, p. 22.", "Kommersant-Vlast’"),
])
def test_a_known_paper_spelt_with_its_closing_soft_sign(text, paper):
    """'Kommersant’' is 'Kommersant': the outlet lookup ignores a transliterated name's closing soft sign, so a
    press item with the paper's issue number is a newspaper article, not a journal's."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["issue"]) == ("article-newspaper", paper, text.split("no. ")[1].split(",")[0])


def test_a_document_s_own_number_after_its_quoted_title():
    """'Ministry ..., ‘Statement ...’, No. 412/20, Baku, date': a body's numbered statement, with no periodical,
    volume or pages around the number, carries it as its number, not as an issue."""
    item = parse_reference("Ministry of Foreign Affairs of the Republic of Armenia, ‘Statement on the Situation in "
                           "Nagorno-Karabakh’, No. 1187/22, Yerevan, 14 September 2022, available at: "
                           "https://www.mfa.am/en/press-releases/2022/09/14/statement/11620, accessed 20 September 2022.")
    assert (item["type"], item.get("number"), item.get("issue")) == ("document", "1187/22", None)


@pytest.mark.parametrize("text, page", [
    ("Laruelle M., Hohmann S. Biography of a polar city: population flows and urban identity in Norilsk. Polar "
     "Geography, 2017, vol. 40, no. 4, pp. 306‑323.", "306-323"),  # U+2011, as Word writes a non-breaking hyphen
    ("Batbayar Tsogt, ‘Mongolia’s Mining Boom and the Politics of Dust’, Central Asian Survey, 39, 1, 2020, "
     "pp. 88 ‐ 107.", "88-107"),  # U+2010
])
def test_a_page_range_written_with_a_unicode_hyphen(text, page):
    """A page range joined by Unicode's hyphen characters (U+2010, U+2011) is written with '-' as every other dash."""
    assert parse_reference(text)["page"] == page


@pytest.mark.parametrize("text, body", [
    ("Federal'naya sluzhba gosudarstvennoi statistiki. [Labour and employment in Russia. 2021: Statistical "
     "collection]. Moscow, Rosstat Publ., 2021. 177 p. (In Russ.)", "Federal'naya sluzhba gosudarstvennoi statistiki"),
    ("Pravitel'stvo Rossiiskoi Federatsii. [On the state programme of socio-economic development of the Arctic zone]. "
     "Available at: http://government.ru/docs/40000/ (accessed 12.05.2021). (In Russ.)", "Pravitel'stvo Rossiiskoi Federatsii"),
])
def test_a_transliterated_body_before_a_translated_title(text, body):
    """References 'Federal'naya sluzhba ... [Translated title].': a body named in transliteration (sluzhba, komitet,
    pravitel'stvo, ...) before the translation is the author, as 'Federal Customs Service. [...]' is, not the
    title's original."""
    item = parse_reference(text)
    assert (item.get("author"), item.get("original-title")) == ([{"literal": body}], None)


@pytest.mark.parametrize("text, title", [
    ("Group interview with reindeer herders, Yar-Sale, Yamal district, 20 March 2019.",
     "Group interview with reindeer herders"),  # the town before its district is the place's (blind38)
    ("Joint interview with two deputies of the Transnistrian Supreme Council, Tiraspol, 4 June 2018.",
     "Joint interview with two deputies of the Transnistrian Supreme Council"),
])
def test_an_interview_named_by_its_form(text, title):
    """'Group interview with ...', 'Joint interview with ...': the form before 'interview' heads an interview as
    'Author's' or 'Email' does; the first was read as a document written by a body called 'Group interview ...'.
    (A town before its district, 'Yar-Sale, Yamal district', is one place, as a district before its region is.)"""
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("author")) == ("interview", title, None)


@pytest.mark.parametrize("text, place", [
    ("Author’s interview with a local councillor, Osh, Kyrgyzstan, 5 May 2019.", "Osh, Kyrgyzstan"),
    ("Interview with a former minister of reintegration, Chisinau, Moldova, 12 March 2021.", "Chisinau, Moldova"),
])
def test_an_interview_s_town_and_country(text, place):
    """A country after the interview's town is part of its place; it was glued to the title."""
    item = parse_reference(text)
    assert (item["publisher-place"], item["title"]) == (place, text.split(", ")[0])


@pytest.mark.parametrize("text, body, town", [
    ("‘Itogi sel’skokhozyaistvennoi perepisi 2016 goda’, Ministerstvo sel’skogo khozyaistva PMR, Tiraspol, 2018, p. 7.",
     "Ministerstvo sel’skogo khozyaistva PMR", "Tiraspol"),
    ("‘Mongolian Statistical Yearbook 2019’, National Statistics Office of Mongolia, Ulaanbaatar, 2020, p. 88.",
     "National Statistics Office of Mongolia", "Ulaanbaatar"),
])
def test_a_body_s_quoted_paper_with_its_town_and_year(text, body, town):
    """Notes '‘Title’, Body, Town, Year, p. X': the body (lower-case words of a transliterated name too) publishes
    its paper in the town, a document; the transliterated one was a journal with the town as its author, the
    English one a book."""
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item["publisher-place"], item.get("author"), item.get("container-title")) \
        == ("document", body, town, None, None)


@pytest.mark.parametrize("text, publisher", [
    ("Volkov V.V. Silovoe predprinimatel'stvo [Violent entrepreneurship]. St. Petersburg, European University at "
     "St. Petersburg Publ., 2012. 352 p. (In Russ.)", "European University at St. Petersburg Publ."),
    ("Kuznetsova O.V. Ekonomicheskoe razvitie regionov [Economic development of regions]. St. Petersburg, "
     "St. Petersburg State University Publ., 2018. 304 p. (In Russ.)", "St. Petersburg State University Publ."),
])
def test_a_references_publisher_with_an_abbreviation_inside(text, publisher):
    """References 'Place, Name Publ.': the publishing house runs back to the comma before it, over an abbreviation's
    stop ('St.') that had cut it in two, half of it read as the place."""
    item = parse_reference(text)
    assert (item["publisher"], item["publisher-place"]) == (publisher, "St. Petersburg")


@pytest.mark.parametrize("text, title, place", [
    ("Vladimir Putin, ‘Vystuplenie na zasedanii Gosudarstvennogo soveta po razvitiyu Arktiki’, Murmansk, 29 March "
     "2017, available at: http://kremlin.ru/events/president/news/54149, accessed 2 April 2017.",
     "Vystuplenie na zasedanii Gosudarstvennogo soveta po razvitiyu Arktiki", "Murmansk"),
    ("Ilham Aliyev, ‘Rech’ na torzhestvennom sobranii v chest’ Dnya Pobedy’, Baku, 8 November 2021.",
     "Rech’ na torzhestvennom sobranii v chest’ Dnya Pobedy", "Baku"),
])
def test_a_transliterated_speech_title(text, title, place):
    """'‘Vystuplenie na ...’', '‘Rech’ na ...’': a talk named in transliteration by its kind and where it was given is
    a speech as '‘Speech at ...’' and 'Выступление на ...' are, the town its event-place; it was a webpage."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("event-place")) == ("speech", title, place)


@pytest.mark.parametrize("text, kind", [
    ("Нахичеванское соглашение о создании Совета сотрудничества тюркоязычных государств (Нахичевань, 3 октября "
     "2009 г.) // Организация тюркских государств. URL: https://www.turkicstates.org/assets/dokuman/Nakhchivan.pdf "
     "(дата обращения: 14.02.2023).", "treaty"),
    ("Договор о Евразийском экономическом союзе (Астана, 29 мая 2014 г.) // Евразийская экономическая комиссия. URL: "
     "https://docs.eaeunion.org/docs/ru-ru/0043610/itia_05062014 (дата обращения: 10.03.2023).", "treaty"),
    ("Самаркандская декларация Восьмого саммита Организации тюркских государств. 11 ноября 2022 г. // Президент "
     "Республики Узбекистан : официальный сайт. URL: https://president.uz/ru/lists/view/5712 (дата обращения: "
     "20.02.2023).", "document"),
])
def test_a_russian_treaty_or_declaration_put_online_is_no_webpage(text, kind):
    """GOST 'Договор о ... // Site. URL: ...', a place's adjective before the kind too ('Нахичеванское соглашение',
    'Самаркандская декларация'): the act named by its kind is a treaty (an agreement) or a document (a declaration),
    as its English name is, whatever site holds it; it was a webpage."""
    item = parse_reference(text)
    assert item["type"] == kind and item["URL"].startswith("https://")
    assert text.startswith(item["title"].rstrip("."))


@pytest.mark.parametrize("text, site, place", [
    ("Токаев К.-Ж. Выступление на неформальном саммите глав государств Организации тюркских государств. Анкара, "
     "16 марта 2023 г. // Акорда : официальный сайт Президента Республики Казахстан. URL: "
     "https://www.akorda.kz/ru/vystuplenie-glavy-gosudarstva-na-neformalnom-sammite-otg-1624022 (дата обращения: "
     "18.03.2023).", "Акорда : официальный сайт Президента Республики Казахстан", "Анкара"),
    ("Мирзиёев Ш.М. Выступление на заседании Совета глав государств СНГ. Бишкек, 14 октября 2022 г. // "
     "Президент Республики Узбекистан. URL: https://president.uz/ru/lists/view/5630 (дата обращения: 20.10.2022).",
     "Президент Республики Узбекистан", "Бишкек"),
])
def test_a_gost_speech_on_a_site_is_a_speech_given_in_the_town_before_its_day(text, site, place):
    """GOST 'Выступление на ... . Town, day // Site. URL: ...': the talk is a speech (it was a webpage), the town
    before its day where it was given, not part of the title, and the site after '//' no place."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["event-place"]) == ("speech", site, place)
    assert item["title"] == text[len(text.split(". ")[0]) + 2:text.index(f". {place},")]


@pytest.mark.parametrize("text, title, place", [
    ("Emomali Rahmon, ‘Poslanie Prezidenta Respubliki Tadzhikistan Madzhlisi Oli’, Dushanbe, 26 January 2021.",
     "Poslanie Prezidenta Respubliki Tadzhikistan Madzhlisi Oli", "Dushanbe"),
    ("Vladimir Putin, ‘Obrashchenie Prezidenta Rossiiskoi Federatsii’, Moscow, 21 February 2022.",
     "Obrashchenie Prezidenta Rossiiskoi Federatsii", "Moscow"),
    ("Vladimir Putin, ‘Poslanie Prezidenta Federal’nomu Sobraniyu’, Moscow, 1 March 2018, available at: "
     "http://kremlin.ru/events/president/news/56957, accessed 3 March 2018.",
     "Poslanie Prezidenta Federal’nomu Sobraniyu", "Moscow"),
])
def test_a_presidents_address_named_by_its_kind_in_transliteration(text, title, place):
    """'‘Poslanie Prezidenta ...’', '‘Obrashchenie ...’': the President's address (to parliament, to the nation), named
    by its kind with no 'at' or 'to', is a speech as 'Address to the Federal Assembly' is; it was a book or a webpage."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("event-place")) == ("speech", title, place)


@pytest.mark.parametrize("text, body, genre", [
    ("Ministry of Internal Affairs of the Republic of Belarus, press release, 10 August 2020.",
     "Ministry of Internal Affairs of the Republic of Belarus", "press release"),
    ("Central Bank of Armenia, press release, 15 December 2020, available at: https://www.cba.am/en/press/2020-12-15, "
     "accessed 20 December 2020.", "Central Bank of Armenia", "press release"),
])
def test_a_body_s_untitled_press_release(text, body, genre):
    """'Body, press release, date': an untitled paper named by its kind, as APA's '[Press release]' is, a report with
    that genre by the body; 'press' was read as a second author."""
    item = parse_reference(text)
    assert (item["type"], item["author"], item["genre"]) == ("report", [{"literal": body}], genre)


@pytest.mark.parametrize("text, body, title, genre", [
    ("Prosecutor General’s Office of the Republic of Kazakhstan, ‘O khode rassledovaniya yanvarskikh sobytii’, press "
     "release, 15 March 2022.", "Prosecutor General’s Office of the Republic of Kazakhstan",
     "O khode rassledovaniya yanvarskikh sobytii", "press release"),
    ("Ministry of Energy of the Republic of Lithuania, ‘Lithuania Stops Importing Russian Gas’, news release, 2 April "
     "2022, available at: https://enmin.lrv.lt/en/news/lithuania-stops-russian-gas, accessed 3 April 2022.",
     "Ministry of Energy of the Republic of Lithuania", "Lithuania Stops Importing Russian Gas", "news release"),
])
def test_a_body_s_titled_press_release(text, body, title, genre):
    """'Body, ‘Title’, press release, date': the kind after the quoted title is the genre, as it is untitled; it was
    the publisher of a book or a newspaper's name."""
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"], item["genre"]) == ("report", [{"literal": body}], title, genre)
    assert "publisher" not in item and "container-title" not in item


@pytest.mark.parametrize("text, title, place, publisher", [
    ("Timothy Frye, Weak Strongman (New Haven, CT, Yale University Press, 2021), p. 14.",
     "Weak Strongman", "New Haven, CT", "Yale University Press"),
    ("Stephen Kotkin, Armageddon Averted (New York, NY, Oxford University Press, 2001), pp. 33–5.",
     "Armageddon Averted", "New York, NY", "Oxford University Press"),
    ("Oleg Khlevniuk, Master of the House (Armonk, NY, M. E. Sharpe, 2009), p. 7.",
     "Master of the House", "Armonk, NY", "M. E. Sharpe"),
])
def test_a_europe_asia_studies_imprint_with_a_state(text, title, place, publisher):
    """Europe-Asia Studies '(New York, NY, Oxford University Press, 2001)': a town (of one or two words), its state
    or country, the publisher and the year in one bracket are the imprint, after a short title too."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher-place"], item["publisher"]) == ("book", title, place, publisher)


@pytest.mark.parametrize("text, place, publisher", [
    ("Stephen Blank (ed.), Russia in the Arctic (Carlisle, PA, Strategic Studies Institute, US Army War College, 2011).",
     "Carlisle, PA", "Strategic Studies Institute, US Army War College"),
    ("Ariel Cohen, Russia’s Northern Sea Route (Fort Leavenworth, KS, Foreign Military Studies Office, 2019), p. 4.",
     "Fort Leavenworth, KS", "Foreign Military Studies Office"),
])
def test_an_unknown_town_before_its_states_code_opens_the_imprint(text, place, publisher):
    """Europe-Asia Studies '(Carlisle, PA, Strategic Studies Institute, ..., 2011)': a town no list knows, of one or two
    words, before a US state's code is the place as a known one is; the bracket had run into the title (a document)
    or been read as the container of a chapter by the body."""
    item = parse_reference(text)
    assert (item["type"], item["publisher-place"], item["publisher"]) == ("book", place, publisher)
    assert "(" not in item["title"] and "container-title" not in item


@pytest.mark.parametrize("text, volume, issue, date", [
    ("Pavel Baev, ‘Russia’s Arctic Ambitions Meet the Pandemic’, Eurasia Daily Monitor, 17, 42, April 2020.",
     "17", "42", [2020, 4]),
    ("Paul Goble, ‘Buryatia’s Shamans’, Eurasia Daily Monitor, 16, 12, January 2019.", "16", "12", [2019, 1]),
])
def test_a_note_s_volume_and_issue_before_a_month(text, volume, issue, date):
    """'‘Title’, Eurasia Daily Monitor, 17, 42, April 2020': the two bare numbers after the periodical are its volume
    and issue; they were read into the date, which dropped them, and the numbers were lost."""
    item = parse_reference(text)
    assert (item["container-title"], item.get("volume"), item.get("issue"), item["issued"]) == (
        "Eurasia Daily Monitor", volume, issue, {"date-parts": [date]})


@pytest.mark.parametrize("text, kind, container", [
    ("Aleksandr Gabuev, ‘Arktika stanovitsya zonoi konkurentsii’, Kommersant-Vlast’, 12, 2 April 2019, p. 18.",
     "article-newspaper", "Kommersant-Vlast’"),
    ("‘Novyi oblik armii’, Ogonek, 12, 8 April 2013, pp. 10–12.", "article-journal", "Ogonek"),
])
def test_a_weeklys_one_number_before_the_day_is_its_issue(text, kind, container):
    """'‘Title’, Kommersant-Vlast’, 12, 2 April 2019': one bare number after the periodical and before a day's date is
    its issue, as 'no. 12' is (the type as with 'no. 12'); it had been run into the date and left in note."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item.get("issue")) == (kind, container, "12")
    assert "volume" not in item and "note" not in item and len(item["issued"]["date-parts"][0]) == 3
    same = parse_reference(text.replace(", 12, ", ", no. 12, "))
    assert (same["type"], same.get("issue")) == (kind, "12")


@pytest.mark.parametrize("tail", ["pp. 508–24, p. 512.", "pp. 508–24 (p. 512)."])
def test_a_pinpoint_after_the_page_range_goes_to_note(tail):
    """'..., pp. 508–24, p. 512.': the page cited after the article's range is no part of it; the two had been one
    page field ('508-24, p. 512', '508-24 (p. 512')."""
    item = parse_reference(f"Madeleine Reeves, ‘Clean Fake: Authenticating Documents and Persons in Migrant Moscow’, "
                           f"American Ethnologist, 40, 3, 2013, {tail}")
    assert (item["volume"], item["issue"], item["page"], item["note"]) == ("40", "3", "508-24", "p. 512")


def test_a_number_read_into_a_date_is_kept():
    """A number the tagger ran into a date span that is no part of the date read from it ('2' in 'Polar Record 44,
    2 (April 2008)') stays in note with the span, as words beside a date do, instead of being lost."""
    item = parse_reference("Petrova, Anna. “Arctic Ports,” Polar Record 44, 2 (April 2008): 101–12.")
    assert item["issued"] == {"date-parts": [[2008, 4]]}
    assert item.get("issue") == "2" or "2 (April 2008)" in item.get("note", "")


@pytest.mark.parametrize("text, editors, place", [
    ("Reyes, Ana. 2017. “Tenant Organizing after Foreclosure.” Pp. 20–45 in The Handbook of Urban Sociology, edited "
     "by M. Hollis and S. Bergström. Thousand Oaks, CA: Sage.",
     [("Hollis", "M."), ("Bergström", "S.")], "Thousand Oaks, CA"),
    ("Tilly, Marek. 2015. “Protest Cycles Revisited.” Pp. 301–24 in Contention in Europe, edited by R. Koopmans and "
     "H. Kriesi. Oxford, UK: Oxford University Press.",
     [("Koopmans", "R."), ("Kriesi", "H.")], "Oxford, UK"),
])
def test_asa_editors_end_at_the_last_surnames_full_stop(text, editors, place):
    """ASA's 'Pp. 20–45 in Book, edited by M. Hollis and S. Bergström. Thousand Oaks, CA: Sage.': the names after
    'edited by' end at the surname's full stop; the town before the colon is the place, no editor."""
    item = parse_reference(text)
    assert names(item, "editor") == editors
    assert (item["publisher-place"], item["type"]) == (place, "chapter")


@pytest.mark.parametrize("text, container", [
    ("[7] L. Moreno and T. Sato, “Fault-tolerant control of modular multilevel converters,” in Proc. 2022 IEEE Energy "
     "Convers. Congr. Expo. (ECCE), 2022, pp. 1–6.", "Proc. 2022 IEEE Energy Convers. Congr. Expo. (ECCE)"),
    ("[2] R. Iyer, “Event cameras for drone landing,” in Proc. 2021 Int. Conf. Unmanned Aircr. Syst. (ICUAS), 2021, "
     "pp. 88–95.", "Proc. 2021 Int. Conf. Unmanned Aircr. Syst. (ICUAS)"),
])
def test_a_year_inside_the_proceedings_name_stays_in_it(text, container):
    """IEEE 'in Proc. 2022 IEEE Energy Convers. Congr. Expo. (ECCE), 2022, pp. 1–6.': the year between the words of
    the proceedings' name is the name's (the work's own year follows); it was cut out of the container."""
    item = parse_reference(text)
    assert (item["container-title"], item["issued"]) == (container, {"date-parts": [[2022 if "2022" in text else 2021]]})


@pytest.mark.parametrize("text, school", [
    ("Banerjee, S. K. (2020). Peer tutoring and reading fluency among rural fifth graders [Master’s thesis, University "
     "of Otago]. ProQuest Dissertations and Theses Global.", "University of Otago"),
    ("Lindahl, T. (2017). Shift length and medication errors in intensive care [Master's thesis, Lund University]. "
     "ProQuest Dissertations and Theses Global.", "Lund University"),
])
def test_an_apa_thesis_database_read_as_container_is_the_archive(text, school):
    """APA 7 '[Master’s thesis, University]. ProQuest Dissertations and Theses Global.': the database the thesis is
    read in is its archive; the tagger took it for a container, which a thesis has none of."""
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item["archive"], item.get("container-title")) \
        == ("thesis", school, "ProQuest Dissertations and Theses Global", None)


def test_a_release_numbered_title_with_no_other_cue_is_software_its_body_the_publisher():
    """Harvard 'Team (2022) Title (Version 3.28). Body. Available at: ...': a title numbered as a release, with no
    genre, editors or journal details, is software, and the body after it publishes it (it was a webpage in the
    body as container)."""
    item = parse_reference("GRASS Development Team (2021) GRASS geographic resources analysis support system "
                           "(Version 8.0.1). Open Source Geospatial Foundation. Available at: https://grass.osgeo.org "
                           "(Accessed: 12 October 2022).")
    assert (item["type"], item["version"], item["title"], item["publisher"], item.get("container-title")) == (
        "software", "8.0.1", "GRASS geographic resources analysis support system", "Open Source Geospatial Foundation",
        None)


@pytest.mark.parametrize("text, genre, publisher, place", [
    ("Posit Team (2024) RStudio: integrated development environment for R (Version 2024.04.2) [Computer program]. "
     "Boston, MA: Posit Software. Available at: https://posit.co (Accessed: 9 July 2024).",
     "Computer program", "Posit Software", "Boston, MA"),
    ("Medscape. (2023). Medscape drug reference (Version 12.4.1) [Mobile app]. App Store. "
     "https://apps.apple.com/us/app/medscape/id321367289", "Mobile app", "App Store", None),
])
def test_cite_them_rights_computer_program_and_apas_mobile_app_describe_software(text, genre, publisher, place):
    """'[Computer program]' (Cite Them Right) and '[Mobile app]' (APA 7) describe the work as '[Computer software]'
    does; they were read as a translated title, the title itself as the original."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["publisher"], item.get("publisher-place"), "original-title" in item) \
        == ("software", genre, publisher, place, False)


@pytest.mark.parametrize("text, series, number, volume", [
    ("(4) Okafor, E.; Lind, M. Solid Sorbents for Direct Air Capture. In Carbon Capture Materials; Huang, J., Ed.; "
     "ACS Symposium Series 1412; American Chemical Society: Washington, DC, 2022; pp 77–98.",
     "ACS Symposium Series", "1412", None),
    ("Kim, S.; Ortiz, L. Lignin Valorization Pathways. In Green Chemistry for Biorefineries; Ahmed, F., Lund, P., "
     "Eds.; ACS Symposium Series; American Chemical Society: Washington, DC, 2018; Vol. 1297, pp 101–125.",
     "ACS Symposium Series", None, "1297"),
])
def test_an_acs_chapters_series_after_the_editors_is_the_collection(text, series, number, volume):
    """ACS 'In Book; Huang, J., Ed.; ACS Symposium Series 1412; Publisher: Place, Year; pp 77–98.': the part after the
    editors naming a series is the collection (the number in it the collection-number); it ran into the book's title,
    and 'Symposium' made the chapter a conference paper."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["collection-title"], item.get("collection-number"),
            item.get("volume")) == ("chapter", text.split("In ")[1].split(";")[0], series, number, volume)


@pytest.mark.parametrize("text, page, issued", [
    ("[4] L. Chen and P. Okafor, “Adaptive beamforming for LEO satellite links,” IEEE Access, vol. 9, 2021, "
     "Art. no. 9345123.", "9345123", [[2021]]),
    ("[9] R. Mwangi, “Strain sensing with printed graphene,” Sensors, vol. 21, no. 4, Art. no. 1234, Feb. 2021, "
     "doi: 10.3390/s21041234.", "1234", [[2021, 2]]),
    ("[12] M. A. Green, “Perovskite tandem cells: State of the art,” Phil. Trans. R. Soc. A, vol. 377, no. 2150, "
     "Art. no. 20180329, 2019.", "20180329", [[2019]]),
    # ... and with IEEE's "[Online]. Available:" after it
    ("[21] Z. Huang, L. Chen, and M. Osei, “Passive cooling strategies for naturally ventilated classrooms in hot-humid "
     "climates,” Build. Environ., vol. 219, Jul. 2022, Art. no. 109203. [Online]. Available: "
     "https://doi.org/10.1016/j.buildenv.2022.109203", "109203", [[2022, 7]]),
])
def test_an_ieee_article_number_is_the_page(text, page, issued):
    """IEEE's 'Art. no. 9345123' is where the article is, as Elsevier's 'Article 104986' is: the page. It went to
    note or issue ('no. 9345123'), and a year after it to note."""
    item = parse_reference(text)
    assert (item["page"], item["issued"]["date-parts"], item.get("note")) == (page, issued, None)


def test_the_body_after_an_apa_data_set_bracket_is_its_publisher_not_a_container():
    """APA 7 'Title [Data set]. OpenICPSR. https://doi.org/...': a data set sits in no container; the body the
    tagger read as one publishes it."""
    item = parse_reference("Ahmed, S., Brooks, T., & Lindqvist, E. (2023). Screen time and sleep in adolescents "
                           "[Data set]. OpenICPSR. https://doi.org/10.3886/E183456V1")
    assert (item["type"], item["publisher"], item.get("container-title")) == ("dataset", "OpenICPSR", None)


@pytest.mark.parametrize("text", [
    "Khan, A., Lopez, M., & Petrov, D. (2024). Large language models for discharge summaries. arXiv. "
    "https://doi.org/10.48550/arXiv.2403.01234",
    "Ortega, Lucía, and Samuel Brandt. 2023. “Forecasting Protest with Satellite Imagery.” arXiv. "
    "https://doi.org/10.48550/arXiv.2305.04567.",
])
def test_a_preprint_posted_on_arxiv_named_as_its_server(text):
    """APA 7 and Chicago name arXiv as the server as they name PsyArXiv or SSRN ('Title. arXiv. https://doi.org/
    10.48550/...'): a preprint (article) arXiv publishes, not a book."""
    item = parse_reference(text)
    assert (item["type"], item["publisher"]) == ("article", "arXiv")


@pytest.mark.parametrize("text, editors, page, publisher", [
    ("Ortiz, L. & Kim, S. Single-molecule imaging of kinesin. In Methods in Enzymology Vol. 581 (eds Lee, A. & "
     "Park, B.) 45–67 (Academic Press, 2019).", [("Lee", "A."), ("Park", "B.")], "45-67", "Academic Press"),
    ("Brown, T. B. et al. Sparse attention for long documents. In Advances in Neural Information Processing Systems "
     "34 (eds Ranzato, M. et al.) 1877–1901 (Curran Associates, 2021).", [("Ranzato", "M.")], "1877-1901",
     "Curran Associates"),
])
def test_a_nature_chapter_with_editors_pages_and_imprint_in_brackets(text, editors, page, publisher):
    """Nature's chapters 'In Book (eds Lee, A. & Park, B.) 45–67 (Academic Press, 2019).': the bracket opened by
    '(eds' names the editors, the pages follow and the last bracket holds publisher and year; the editors were read
    as authors or the book, the pages as a volume."""
    item = parse_reference(text)
    assert (item["type"], names(item, "editor"), item["page"], item["publisher"]) \
        == ("chapter", editors, page, publisher)


@pytest.mark.parametrize("text, container", [
    ("Okafor, E., Lund, P., & Sato, K. (in press). Nurse staffing and patient falls: A multilevel analysis. Journal "
     "of Advanced Nursing. https://doi.org/10.1111/jan.15999", "Journal of Advanced Nursing"),
    ("Reyes, A. (in press). Learning to read in two languages. In M. Ortiz (Ed.), Handbook of bilingual education "
     "(pp. 12–30). Routledge.", "Handbook of bilingual education"),
])
def test_an_apa_work_in_press_has_status_in_press_and_its_fields(text, container):
    """APA's '(in press)' where the year stands: the work is not out yet (CSL status 'in press', no issued); the
    tagger read it and everything after it as a note, leaving no title."""
    item = parse_reference(text)
    assert (item["status"], "issued" in item, item["container-title"], bool(item.get("title"))) \
        == ("in press", False, container, True)


@pytest.mark.parametrize("text, title, container", [
    ("Okafor, Chidi, Marta Lindqvist, and Sofia Marchetti. Forthcoming. \"Minimum Wages and Firm Exit.\" American "
     "Economic Journal: Economic Policy.", "Minimum Wages and Firm Exit", "American Economic Journal: Economic Policy"),
    ("Hadžić, Amra, and Jonathan P. Reyes. Forthcoming. “Judicial Review in Coalition Cabinets.” Journal of Politics.",
     "Judicial Review in Coalition Cabinets", "Journal of Politics"),
])
def test_an_aea_or_chicago_work_forthcoming_has_that_status(text, title, container):
    """Chicago's and the AEA's 'Forthcoming.' in the year's place, a sentence of its own: it was read into the title."""
    item = parse_reference(text)
    assert (item["status"], "issued" in item, item["title"], item["container-title"], len(item["author"])) \
        == ("forthcoming", False, title, container, 2 + ("Marchetti" in text))


def test_a_working_paper_on_a_preprint_server_names_the_server_as_publisher():
    """The AEA's '“Title.” Working paper, SSRN.': the kind of paper is the genre, the server its publisher; the genre
    had held both."""
    item = parse_reference("Tanaka, Hiro, and Amelia Crowe. 2020. \"Bank Capital and the Transmission of Negative "
                           "Rates.\" Working paper, SSRN. http://dx.doi.org/10.2139/ssrn.3567890.")
    assert (item["genre"], item["publisher"], item["DOI"]) == ("Working paper", "SSRN", "10.2139/ssrn.3567890")


@pytest.mark.parametrize("text, book, editors, publisher, edition", [
    ("Osei, K.A. (2015). Zebrafish fin regeneration. In Methods in Cell Biology, H.W. Detrich, M. Westerfield, and "
     "L.I. Zon, eds. (Academic Press), pp. 211–240.", "Methods in Cell Biology", ["Detrich", "Westerfield", "Zon"],
     "Academic Press", None),
    ("Kim, S., Park, J.H., and Lee, C. (2018). Neural crest migration. In Developmental Biology, 12th edn, S.F. "
     "Gilbert, ed. (Sinauer), pp. 123–145.", "Developmental Biology", ["Gilbert"], "Sinauer", "12"),
])
def test_a_cell_press_chapter_names_its_editors_after_the_book(text, book, editors, publisher, edition):
    """Cell Press's 'In Book, Names, eds. (Publisher), pp.': the names had stayed in the book's title (the publisher
    read as an editor, 'eds.' left in the note)."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], [name["family"] for name in item["editor"]], item["publisher"],
            item.get("edition")) == ("chapter", book, editors, publisher, edition)
    assert "note" not in item and item["page"] in ("211-240", "123-145")


def test_an_ieee_early_access_article_is_a_journal_article_out_before_its_issue():
    """IEEE's 'Journal, early access, Mar. 2, 2024, doi: ...' is APA's 'Advance online publication': the words are no
    part of the journal's name, and a journal dated to the day without a volume is no newspaper."""
    item = parse_reference("[6] S. Iyer and T. Brandt, “Event-triggered control of islanded microgrids,” IEEE Trans. "
                           "Smart Grid, early access, Mar. 2, 2024, doi: 10.1109/TSG.2024.3371234.")
    assert (item["type"], item["container-title"], item["issued"]) == (
        "article-journal", "IEEE Trans. Smart Grid", {"date-parts": [[2024, 3, 2]]})


def test_an_apa_chapter_printed_without_pages_keeps_its_book_and_publisher_apart():
    """APA 'In M. Ortiz (Ed.), Handbook of bilingual education. Routledge.' with no pages: the book runs to its
    sentence's stop and the last sentence is the publisher; both were one publisher and the chapter a book."""
    item = parse_reference("Reyes, A. (2023). Learning to read in two languages. In M. Ortiz (Ed.), Handbook of "
                           "bilingual education. Routledge.")
    assert (item["type"], item["container-title"], item["publisher"]) == (
        "chapter", "Handbook of bilingual education", "Routledge")


def test_a_harvard_journal_issue_named_by_its_months_is_no_part_of_the_journal():
    """Cite Them Right 'Harvard Business Review, January–February, pp. 107–114.': the months naming the issue were
    read into the journal's name; they belong to the date (kept in note, the year stays issued)."""
    item = parse_reference("Kotter, J.P. (1995) ‘Leading change: why transformation efforts fail’, Harvard Business "
                           "Review, March–April, pp. 59–67.")
    assert (item["container-title"], item["issued"], item["page"], item.get("note")) == (
        "Harvard Business Review", {"date-parts": [[1995]]}, "59-67", "March–April")


@pytest.mark.parametrize("text, version, publisher", [
    ("[14] R. Patel, “PowerSim: A toolbox for power-electronics simulation,” version 2.1, 2022. [Online]. Available: "
     "https://github.com/rpatel/powersim", "2.1", None),
    ("[3] T. Lindqvist, “gridsim: Power-flow solver in Rust,” GitHub, version 0.9.3, 2023. [Online]. Available: "
     "https://github.com/tlind/gridsim", "0.9.3", "GitHub"),
])
def test_ieee_software_version_as_a_comma_part(text, version, publisher):
    """IEEE software '“Title,” GitHub, version 0.9.3, 2023.': the version is its own part; it was read as a
    publisher 'version' and a date (the number lost) or stayed in the host's name."""
    item = parse_reference(text)
    assert (item["type"], item["version"], item.get("publisher")) == ("software", version, publisher)


def test_a_chicago_preprint_with_its_posting_day_after_the_server():
    """Chicago author-date '“Title.” SocArXiv. March 3. doi:...': the day the preprint was posted completes the year;
    it was run into the server's name, which made the preprint a journal article."""
    item = parse_reference("Okafor, E. 2020. “Migration and Remittances.” SocArXiv. March 3. doi:10.31235/osf.io/abcd1.")
    assert (item["type"], item["publisher"], item["issued"], item.get("container-title")) == (
        "article", "SocArXiv", {"date-parts": [[2020, 3, 3]]}, None)


def test_dataverses_version_after_the_repository_is_the_version():
    """Dataverse's own citation, copied into Chicago ('“Replication Data for: ...” Harvard Dataverse, V2. https://doi.org/
    ...'): 'V2' after the repository is the data set's version, not part of the publisher's name."""
    item = parse_reference("Rodríguez, Julia, and Tomás Ferrer. 2021. “Replication Data for: Clientelism and Turnout in "
                           "Argentina.” Harvard Dataverse, V2. https://doi.org/10.7910/DVN/ABC123.")
    assert (item["type"], item["publisher"], item["version"]) == ("dataset", "Harvard Dataverse", "2")


def test_apa_title_before_a_presentation_bracket_the_tagger_left_as_a_note():
    """APA '(2019, April 5–9). Title [Paper presentation]. Meeting, Toronto, ON, Canada.': the words from the date to
    the describing bracket are the title, though the tagger, having found the meeting as a container, left them all
    as a note; the item was a conference paper with no title."""
    item = parse_reference("Mensah, A. K. (2022, April 21–26). Teacher agency and curriculum reform [Paper "
                           "presentation]. American Educational Research Association Annual Meeting, Vancouver, BC, Canada.")
    assert (item["type"], item["title"], item["genre"], item["event-title"], item["event-place"]) == (
        "speech", "Teacher agency and curriculum reform", "Paper presentation",
        "American Educational Research Association Annual Meeting", "Vancouver, BC, Canada")
    assert "note" not in item


@pytest.mark.parametrize("text, volume, container, page, note", [
    ("Aileen McHarg, 'Reforming the United Kingdom Constitution: Law, Convention, Soft Law' (2008) 71 MLR 853.",
     "71", "MLR", "853", None),
    ("Jeffrey Jowell, ‘Beyond the Rule of Law: Towards Constitutional Judicial Review’ (2000) 59 Cambridge Law "
     "Journal 671, 675.", "59", "Cambridge Law Journal", "671", "at 675"),
    ("Paul Craig, 'Theory, \"Pure Theory\" and Values in Public Law' [2005] PL 440.", None, "PL", "440", None),
])
def test_oscola_articles_with_the_year_in_brackets_before_the_journal(text, volume, container, page, note):
    """OSCOLA's article "Name, 'Title' (2008) 71 MLR 853, 860" (or '[2005] PL 440' where the year is the volume):
    the year, volume, journal and first page follow the quoted title, a pinpoint after them; the whole tail was read as
    a document's page ('71 MLR 853') or its first page lost."""
    item = parse_reference(text)
    assert (item["type"], item["issued"]["date-parts"][0][0] > 1900, item.get("volume"), item["container-title"],
            item["page"], item.get("note")) == ("article-journal", True, volume, container, page, note)


@pytest.mark.parametrize("text, database, school", [
    ("Pearce, L. A. (2017). Rural school closures and community identity in North Yorkshire [Doctoral dissertation, "
     "University of York]. White Rose eTheses Online. https://etheses.whiterose.ac.uk/19876/", "White Rose eTheses Online",
     "University of York"),
    ("Pearce, L. A. (2017). Rural school closures and community identity in Scotland [Doctoral dissertation, University "
     "of Glasgow]. Enlighten: Theses. https://theses.gla.ac.uk/80123/", "Enlighten: Theses", "University of Glasgow"),
])
def test_a_universitys_own_theses_repository_is_the_archive(text, database, school):
    """A university's repository of theses named after APA 7's bracket ('White Rose eTheses Online', 'Enlighten:
    Theses') is the archive, as 'ProQuest Dissertations and Theses Global' is; 'eTheses' and the colon kept the name
    from the database's form, so it was left in note or taken for a container."""
    item = parse_reference(text)
    assert (item["type"], item["archive"], item["publisher"]) == ("thesis", database, school)
    assert "note" not in item and "container-title" not in item


@pytest.mark.parametrize("text, site", [
    ("“Partition of India.” The National Archives, 12 Aug. 2021, www.nationalarchives.gov.uk/education/resources/"
     "the-road-to-partition/. Accessed 3 Oct. 2023.", "The National Archives"),
    ("“School Meals and Nutrition.” Department for Education, 14 Sept. 2022, www.gov.uk/government/publications/"
     "school-meals. Accessed 2 Nov. 2023.", "Department for Education"),
])
def test_an_mla_page_of_a_bodys_site_is_a_webpage_with_the_site_as_container(text, site):
    """MLA '“Title.” Body, 12 Aug. 2021, www.... Accessed 3 Oct. 2023.': a page of the body's site, the site its
    container as MLA names it; it was a document the body published (or, for 'Archives', a newspaper article)."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item.get("publisher")) == ("webpage", site, None)
    assert len(item["issued"]["date-parts"][0]) == 3 and "accessed" in item


@pytest.mark.parametrize("text, genre", [
    ("A. Smith, “Deep nets,” PsyArXiv preprint, 2021.", "PsyArXiv preprint"),
    ("A. Smith, “Deep nets,” OSF preprint, 2021.", "OSF preprint"),
    ("Smith J. Deep nets. bioRxiv preprint. 2020.", "bioRxiv preprint"),
])
def test_a_preprint_named_by_its_server(text, genre):
    """'PsyArXiv preprint' describes the work as 'arXiv preprint' does (one list of servers for both rules): a
    preprint with that genre, not an article in a journal 'PsyArXiv preprint'."""
    item = parse_reference(text)
    assert (item["type"], item["genre"]) == ("article", genre)
    assert "container-title" not in item


@pytest.mark.parametrize("kind", ["news release", "Press release", "press release", "Fact sheet"])
def test_a_body_s_untitled_release_in_any_case(kind):
    """'Body, news release, date' and 'Body, Press release, date': the kind in any case and any of APA's described
    kinds, not only 'press release' in lower case."""
    item = parse_reference(f"Ministry of Internal Affairs of the Republic of Belarus, {kind}, 10 August 2020.")
    assert (item["type"], item["genre"], item["author"]) == \
        ("report", kind, [{"literal": "Ministry of Internal Affairs of the Republic of Belarus"}])


def test_a_subtitle_after_a_stop_is_no_series():
    """A sentence before Chicago's imprint is an unnumbered series only when it is named as one ('Studies',
    'Problems', 'Library', ...); a subtitle printed after a stop stays in the title."""
    item = parse_reference("Greene, Samuel A. Moscow in Movement. Power and Opposition in Putin's Russia. Stanford: "
                           "Stanford University Press, 2014.")
    assert item["title"] == "Moscow in Movement. Power and Opposition in Putin's Russia"
    assert "collection-title" not in item


def test_a_chapter_s_pages_after_a_note_s_imprint_with_a_pinpoint():
    """'(New York: Palgrave Macmillan, 2004), 31–57, at 40.': the chapter's pages, the pinpoint in note (the tagger
    had left both in note)."""
    item = parse_reference("Archie Brown, “Gorbachev and the End of the Cold War,” in Ending the Cold War, ed. Richard K. "
                           "Herrmann and Richard Ned Lebow (New York: Palgrave Macmillan, 2004), 31–57, at 40.")
    assert (item["type"], item["page"], item["note"]) == ("chapter", "31-57", "at 40.")


@pytest.mark.parametrize("text, author", [
    ("‘President Medvedev’s Interview with BBC Television, Sochi, 26 August 2008’, available at: "
     "http://en.kremlin.ru/events/president/transcripts/1228, accessed 16 September 2016.", [{"family": "Medvedev"}]),
    ("Vladimir Putin’s interview with Bloomberg, Vladivostok, 1 September 2016.",
     [{"family": "Putin", "given": "Vladimir"}]),
])
def test_an_interview_named_by_the_one_who_gave_it(text, author):
    """'President Medvedev’s Interview with BBC Television': the possessive names the interviewee, the author; who
    it was given to asked the questions (not an author 'Television, BBC')."""
    item = parse_reference(text)
    assert (item["type"], item["author"]) == ("interview", author)


@pytest.mark.parametrize("text, container", [
    ("‘Nazarbaev v Berline: glavnaya tema—“normandskii” sammit v Astane’, Deutsche Welle (Russian Service), 9 January "
     "2015, available at: http://korrespondent.net/ukraine/politics/3465057, accessed 2 February 2015.",
     "Deutsche Welle (Russian Service)"),
    ("‘Protesters gather in Minsk’, BBC (Russian Service), 10 August 2020.", "BBC (Russian Service)"),
])
def test_an_outlet_s_edition_in_brackets(text, container):
    """'Deutsche Welle (Russian Service)': the bracketed edition is part of the paper's name (the second seed's note
    64 gave a chapter in 'Deutsche Welle' published by 'Russian Service'); 'Service' makes it no body."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"]) == ("article-newspaper", container)
    assert "publisher" not in item


@pytest.mark.parametrize("text, edition", [
    ("Anderson, B. (2006). Imagined communities: Reflections on the origin and spread of nationalism (Rev. ed.). Verso.",
     "Rev. ed"),
    ("Anderson, B. (2006). Imagined communities (Rev. ed.). Verso. https://doi.org/10.1000/xyz", "Rev. ed"),
    ("Anderson, Benedict. Imagined Communities. Revised edition. London: Verso, 2006.", "Revised edition"),
])
def test_an_edition_named_by_what_it_is(text, edition):
    """APA's '(Rev. ed.)' and 'Revised edition' are editions as '(2nd ed.)' is, and the sentence after the edition's
    bracket is the publisher (it was read into the edition or as a journal 'Verso')."""
    item = parse_reference(text)
    assert (item["type"], item["edition"], item["publisher"]) == ("book", edition, "Verso")


@pytest.mark.parametrize("text, outlet, date", [
    ("The Guardian (2020) 'Exam results: how the algorithm downgraded students', 13 August. Available at: "
     "https://www.theguardian.com/education/2020/aug/13/exam-results (Accessed: 1 September 2020).",
     "The Guardian", [2020, 8, 13]),
    ("The Times (2019) 'Brexit deal defeated', 16 January.", "The Times", [2019, 1, 16]),
])
def test_a_paper_named_first_then_its_day_after_the_quoted_title(text, outlet, date):
    """Cite Them Right's unsigned press item: the paper in the author's place is the author (the dev set's convention
    for 'BBC News (2020) Title.'), the day and month after the quoted title completing the bracketed year (they
    were read into the title and then into the paper's name, '13 August The Guardian')."""
    item = parse_reference(text)
    assert (item["author"], item["issued"]) == ([{"literal": outlet}], {"date-parts": [date]})
    assert "note" not in item and "August" not in item.get("container-title", "")


def test_a_paper_s_day_repeating_the_year_after_the_names():
    """Chicago author-date 'Kommersant. 2019. “Title.” March 4, 2019.': the day completes the year after the names
    (it was left in note); a different year there is not this work's day, and a journal's 'Published ahead of
    print' day does not make an article a paper's."""
    item = parse_reference("Kommersant. 2019. “Pravitel’stvo utverdilo plan.” March 4, 2019. https://www.kommersant.ru/doc/3900000.")
    assert (item["container-title"], item["issued"]) == ("Kommersant", {"date-parts": [[2019, 3, 4]]})
    assert "note" not in item
    other = parse_reference("Kommersant. 2019. “Pravitel’stvo utverdilo plan.” March 4, 2018. https://www.kommersant.ru/doc/3900000.")
    assert other["issued"] == {"date-parts": [[2019]]} and "March 4, 2018" in other["note"]


@pytest.mark.parametrize("text, genre, date", [
    ("Levada Center. 2021. “Odobrenie deyatel’nosti Vladimira Putina.” Press release, April 2. "
     "https://www.levada.ru/2021/04/02/odobrenie/.", "Press release", [2021, 4, 2]),
    ("World Bank. 2020. “Poverty and Shared Prosperity.” Policy brief. Washington, DC: World Bank.", "Policy brief", [2020]),
])
def test_a_kind_of_paper_after_a_quoted_title_s_sentence(text, genre, date):
    """Chicago author-date grey literature: the kind of paper after the quoted title's closing stop, then its day,
    is a report's genre and date (it was read as the publisher 'Press release, April 2' of a book)."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["issued"]) == ("report", genre, {"date-parts": [date]})
    assert "Press release" not in item.get("publisher", "")


@pytest.mark.parametrize("text, title, year", [
    ("11. U.S. Department of State, Country Reports on Human Rights Practices for 2019: Ukraine (Washington, DC: Bureau "
     "of Democracy, Human Rights, and Labor, 2020), 7.", "Country Reports on Human Rights Practices for 2019: Ukraine", 2020),
    ("5. World Bank, World Development Report 2019: The Changing Nature of Work (Washington, DC: World Bank, 2018), 45.",
     "World Development Report 2019: The Changing Nature of Work", 2018),
])
def test_a_year_in_a_note_s_title_before_its_imprint(text, title, year):
    """A Chicago note dates the work in its imprint's bracket, so a year in the unquoted title before it is the
    title's (it was cut there into a periodical 'Country Reports on ... for', a date and a title 'Ukraine')."""
    item = parse_reference(text)
    assert (item["title"], item["issued"]) == (title, {"date-parts": [[year]]})
    assert "container-title" not in item and "note" not in item


@pytest.mark.parametrize("text, event, place", [
    ('[12] P. Diederik and J. Ba, "Adam: A method for stochastic optimization," presented at the 3rd Int. Conf. Learn. '
     'Represent. (ICLR), San Diego, CA, USA, May 2015.', "3rd Int. Conf. Learn. Represent. (ICLR)", "San Diego, CA, USA"),
    ('[4] M. Osei, "Low-cost soil sensing," presented at the 12th Eur. Conf. Precis. Agric., Montpellier, France, '
     'Jul. 2019.', "12th Eur. Conf. Precis. Agric.", "Montpellier, France"),
    ("[9] M. Osei, “Low-cost soil sensing,” presented at the 7th IFAC Conf. Sens. Control Autom. Agric., Sydney, NSW, "
     "Australia, Dec. 2019.", "7th IFAC Conf. Sens. Control Autom. Agric.", "Sydney, NSW, Australia"),
    ('[4] M. Osei, "Low-cost soil sensing," presented at the 2nd Workshop Mach. Learn. Syst., Montpellier, France, '
     'Jul. 2019.', "2nd Workshop Mach. Learn. Syst.", "Montpellier, France"),
])
def test_an_ieee_paper_presented_at_a_meeting(text, event, place):
    """IEEE's 'presented at the <meeting>, <place>, <date>': a talk at the meeting, whose name runs to its comma with
    its ordinal and acronym (they were read into note, as a person 'IFAC, Conf', or as the first word of the place
    '(ICLR), San Diego', 'Syst., Montpellier')."""
    item = parse_reference(text)
    assert (item["type"], item["event-title"], item["event-place"]) == ("speech", event, place)
    assert "note" not in item and "author" in item and len(item["author"]) == len(re.findall(r"\b[A-Z]\. [A-Z][a-z]", text))


@pytest.mark.parametrize("text, author, publisher", [
    ("Mark Kramer, “Why Did Russia Give Away Crimea Sixty Years Ago?,” Cold War International History Project "
     "e-Dossier no. 47, Wilson Center, March 19, 2014.", {"family": "Kramer", "given": "Mark"}, "Wilson Center"),
    ("Mark Kramer, “Why Did Russia Give Away Crimea?,” e-Dossier no. 47, Wilson Center, March 19, 2014.",
     {"family": "Kramer", "given": "Mark"}, "Wilson Center"),
])
def test_a_body_after_a_note_s_title_publishes_it(text, author, publisher):
    """A body named after the title, before the date, publishes the paper: read as a second author run, it joined the
    first as one name (family 'Mark Kramer', given 'Wilson Center')."""
    item = parse_reference(text)
    assert (item["author"], item["publisher"]) == ([author], publisher)


@pytest.mark.parametrize("text, author", [
    ('"The Tempest." Folger Shakespeare Library, www.folger.edu/the-tempest. Accessed 5 May 2021.', None),
    ('"Marie Curie." Nobel Prize Outreach, www.nobelprize.org/prizes/physics/1903/marie-curie/. Accessed 2 Apr. 2023.',
     None),
])
def test_an_mla_page_names_its_site_before_the_address(text, author):
    """MLA's web page: the capitalised words between the quoted title and the address are the site, its container
    (they were left in note, a document with no container)."""
    item = parse_reference(text)
    assert (item["type"], item.get("author")) == ("webpage", author)
    assert item["container-title"] in text and "note" not in item


def test_a_series_number_in_square_brackets_after_the_title():
    """Vancouver 'Title. NICE guideline [NG136]. London: NICE; 2019.': the series and its bracketed number are the
    genre and number, as 'NICE guideline NG203' is (the bracket was read as the title's translation, the title
    'NG136' and the real title the original's)."""
    item = parse_reference("National Institute for Health and Care Excellence. Hypertension in adults: diagnosis and "
                           "management. NICE guideline [NG136]. London: NICE; 2019.")
    assert (item["type"], item["title"], item["genre"], item["number"]) == (
        "report", "Hypertension in adults: diagnosis and management", "NICE guideline", "NG136")
    assert "original-title" not in item


@pytest.mark.parametrize("text, author", [
    ("UNESCO (2021). Reimagining our futures together. Paris: UNESCO.", "UNESCO"),
    ("Centre for Migrant Youth Issues (2005). Resource kit for newly arrived youth workers. Carlton: CMYI.",
     "Centre for Migrant Youth Issues"),
    ("WHO (n.d.) Belarus: health system review. Available at: https://www.who.int/europe/belarus (Accessed: 3 May 2022).",
     "WHO"),
])
def test_a_body_before_an_opening_bracketed_year_is_the_author(text, author):
    """Author-date's body before the bracketed year is the author, though the tagger read an acronym as a periodical
    (a chapter in 'UNESCO' with no author) or ran the body into the title."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": author}] and not item["title"].startswith(author)
    assert item.get("container-title") is None


@pytest.mark.parametrize("text, authors, title", [
    ("Smith J. Leviathan. London: Penguin; 1985.", [("Smith", "J.")], "Leviathan"),
    ("Marx K. Capital. Vol. 1. London: Penguin; 1976.", [("Marx", "K.")], "Capital"),
    ("Smith J, Brown KL. Leviathan. London: Penguin; 1985.", [("Smith", "J."), ("Brown", "K.L.")], "Leviathan"),
])
def test_a_one_word_title_after_family_first_names(text, authors, title):
    """Vancouver's and GOST's one-word title after the names' closing initials, with no initials of its own, is the
    title (it was read as one more name: family 'Leviathan', given 'Smith J.', and no title)."""
    item = parse_reference(text)
    assert [(a["family"], a["given"]) for a in item["author"]] == authors and item["title"] == title


def test_a_given_name_first_author_after_and_is_no_title():
    item = parse_reference("Moehrenschlager, A., and D. Macdonald. 2003. Movement and survival of swift foxes. "
                           "Animal Conservation 6: 199–206.")
    assert [a["family"] for a in item["author"]] == ["Moehrenschlager", "Macdonald"]


def test_a_paper_before_an_opening_no_date_is_the_author():
    item = parse_reference("BBC (n.d.) Timeline: Belarus. Available at: http://news.bbc.co.uk/1/hi/world/europe/"
                           "1102180.stm (Accessed: 10 January 2022).")
    assert (item["title"], item["author"]) == ("Timeline: Belarus", [{"literal": "BBC"}])


@pytest.mark.parametrize("text, author", [
    ("Crash Course. (2016, March 21). Social influence: Crash Course psychology #38 [Video]. YouTube. "
     "https://www.youtube.com/watch?v=UGxGDdQnC1Y", "Crash Course"),
    ("Merriam-Webster. (n.d.). Empathy. In Merriam-Webster.com dictionary. Retrieved April 20, 2022, from "
     "https://www.merriam-webster.com/dictionary/empathy", "Merriam-Webster"),
])
def test_an_apa_group_author_before_a_full_or_missing_date(text, author):
    """APA's group author (a channel, a publisher) before '(2016, March 21).' or '(n.d.).' is one name, as before a
    bare year (it was a person 'Course, Crash'); 'from' before the address leads to it (it was read as the page)."""
    item = parse_reference(text)
    assert item["author"] == [{"literal": author}] and "page" not in item


@pytest.mark.parametrize("text, given, title", [
    ("Zubok, Vladislav M. Collapse: The Fall of the Soviet Union. New Haven, CT: Yale University Press, 2021.",
     "Vladislav M.", "Collapse: The Fall of the Soviet Union"),
    ("Tucker, Robert C. Stalinism: Essays in Historical Interpretation. New York: Norton, 1977.",
     "Robert C.", "Stalinism: Essays in Historical Interpretation"),
])
def test_a_word_with_a_colon_after_a_name_s_initial_opens_the_title(text, given, title):
    """Chicago's title opening with one word and a colon after the author's middle initial: no name ends in a colon,
    so the word is the title's (it was run into the given name, 'Vladislav M. Collapse')."""
    item = parse_reference(text)
    assert (item["author"][0]["given"], item["title"]) == (given, title)


@pytest.mark.parametrize("text, volume, issue, container", [
    ("Ortiz Heras, M. (2018). Represión y control social en el primer franquismo. Historia Contemporánea, vol. 57, "
     "n.º 2, pp. 455-488.", "57", "2", "Historia Contemporánea"),
    ("Gómez, L. (2011). Las cooperativas agrarias. Revista de Historia Agraria, n.º 54, 77-101.", None, "54",
     "Revista de Historia Agraria"),
    ("Gómez, L. (2011). Las cooperativas agrarias. Revista de Historia Agraria, nº 54, 77-101.", None, "54",
     "Revista de Historia Agraria"),
])
def test_the_ordinal_number_sign_marks_the_issue(text, volume, issue, container):
    """Spanish and Portuguese print the issue as 'n.º 2' or 'nº 2': the issue was the ordinal sign 'º' itself, or
    the cue stayed in the journal's name and the number became the volume."""
    item = parse_reference(text)
    assert (item.get("volume"), item["issue"], item["container-title"]) == (volume, issue, container)


@pytest.mark.parametrize("text, title, genre, school, archive", [
    ("Gil Andrés, C. (2001). Protesta popular y orden social en La Rioja de fin de siglo (1890-1905) [Tesis doctoral, "
     "Universidad de Zaragoza].", "Protesta popular y orden social en La Rioja de fin de siglo (1890-1905)",
     "Tesis doctoral", "Universidad de Zaragoza", None),
    ("Nowak, J. (2015). Pamięć i miasto [Rozprawa doktorska, Uniwersytet Warszawski].", "Pamięć i miasto",
     "Rozprawa doktorska", "Uniwersytet Warszawski", None),
    ("Costa, M. (2016). A reforma agrária no Nordeste [Tese de doutorado, Universidade de São Paulo]. Repositório USP.",
     "A reforma agrária no Nordeste", "Tese de doutorado", "Universidade de São Paulo", "Repositório USP"),
    ("Costa, M. (2016). A reforma agrária no Nordeste [Doctoral dissertation, Universidade de São Paulo]. "
     "Repositório USP.", "A reforma agrária no Nordeste", "Doctoral dissertation", "Universidade de São Paulo",
     "Repositório USP"),
])
def test_apa_thesis_bracket_in_the_thesis_s_language(text, title, genre, school, archive):
    """APA 7's '[Doctoral dissertation, University]' written in the thesis's language ('[Tesis doctoral, Universidad
    de Zaragoza]') describes the work as the English one does: the degree is the genre, the school the publisher (the
    school was read into the title). The repository after the bracket, which the tagger may take for the publisher, is
    the archive (it took the school's place, the school was lost)."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["genre"], item["publisher"], item.get("archive")) == \
        ("thesis", title, genre, school, archive)


def test_a_repository_read_as_a_name_after_a_thesis_bracket_is_kept():
    """'[Doctoral dissertation, University of Leeds]. Leeds Repository.': the sentence after the bracket, which the
    tagger took for an author, is where the thesis is held (its archive); it was lost."""
    item = parse_reference("Hartley, J. M. (2018). Geography fieldwork [Doctoral dissertation, University of Leeds]. "
                           "Leeds Repository.")
    assert (item["publisher"], item["archive"]) == ("University of Leeds", "Leeds Repository")


@pytest.mark.parametrize("text, title, school", [
    ("Kraus, Miriam: Stadtbürgertum und Armenfürsorge in Nürnberg 1780–1850. Diss. Univ. Erlangen-Nürnberg 2011.",
     "Stadtbürgertum und Armenfürsorge in Nürnberg 1780–1850", "Univ. Erlangen-Nürnberg"),
    ("Kraus, Miriam (2011): Stadtbürgertum und Armenfürsorge in Nürnberg. Diss. Technische Hochschule Aachen.",
     "Stadtbürgertum und Armenfürsorge in Nürnberg", "Technische Hochschule Aachen"),
])
def test_german_diss_before_an_abbreviated_or_technical_school(text, title, school):
    """'Diss. Univ. Erlangen-Nürnberg 2011.': the tagger read the degree and the school as a place (or a journal);
    'Univ.' and 'Hochschule' name a school as 'Universität' does, and 'Diss.' opening the sentence is the degree."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["genre"], item["publisher"], item["issued"]["date-parts"]) == \
        ("thesis", title, "Diss.", school, [[2011]])
    assert "publisher-place" not in item and "container-title" not in item


@pytest.mark.parametrize("text, number", [
    ("9e éd.", "9"), ("1re éd.", "1"), ("2ème édition", "2"), ("3a edizione", "3"), ("2a ed.", "2"),
])
def test_french_and_italian_edition_statements(text, number):
    """French '9e éd.', '1re éd.' and Italian '2a ed.', '3a edizione' are edition statements with their number (only
    the tagger found them, and the edition kept '1re éd' whole)."""
    assert EDITION.search(text) and edition(text) == number


@pytest.mark.parametrize("text, title, volume, edition", [
    ("Braudel F., La Méditerranée et le monde méditerranéen à l'époque de Philippe II, t.\u00a02, 9e éd., Paris, "
     "Armand Colin, coll. «\u00a0Le Livre de poche\u00a0», 1990.",
     "La Méditerranée et le monde méditerranéen à l'époque de Philippe II", "2", "9"),
    ("MACEK, Josef. Tábor v husitském revolučním hnutí. Sv. 2. Praha: Nakladatelství ČSAV, 1955.",
     "Tábor v husitském revolučním hnutí", "2", None),
])
def test_a_book_s_volume_cue_after_its_title(text, title, volume, edition):
    """French 'Title, t. 2, 9e éd., Paris' and Czech 'Title. Sv. 2. Praha:' number the book's volume after its title;
    the cue stayed in the title and the number was read into the edition ('2, 9e éd') or the title."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["volume"], item.get("edition")) == ("book", title, volume, edition)


def test_a_czech_volume_after_the_book_of_a_chapter():
    """'In: KÁRNÍK, Zdeněk a Michal KOPEČEK (eds.). Book. Sv. 3. Praha:': the volume of the book, not its title's end."""
    item = parse_reference("RÁKOSNÍK, Jakub. Sociální stát v Československu. In: KÁRNÍK, Zdeněk a Michal KOPEČEK "
                           "(eds.). Bolševismus, komunismus a radikální socialismus v Československu. Sv. 3. Praha: "
                           "Ústav pro soudobé dějiny AV ČR, 2004, s.\u00a0112–138. ISBN 80-7285-041-4.")
    assert (item["type"], item["container-title"], item["volume"], item["page"]) == \
        ("chapter", "Bolševismus, komunismus a radikální socialismus v Československu", "3", "112-138")


@pytest.mark.parametrize("text, url", [
    ("NOVÁKOVÁ, Petra. Chudinská péče v Brně v letech 1869–1918. Brno, 2015. Disertační práce. Masarykova univerzita, "
     "Filozofická fakulta. Vedoucí práce Jiří Malíř.", None),
    ("NOVÁKOVÁ, Petra. Chudinská péče v Brně v letech 1869–1918. Brno, 2015. Disertační práce. Masarykova univerzita, "
     "Filozofická fakulta. Vedoucí práce doc. PhDr. Jiří Malíř, CSc. Dostupné z: https://is.muni.cz/th/abc/",
     "https://is.muni.cz/th/abc/"),
])
def test_a_czech_thesis_s_school_and_supervisor(text, url):
    """ČSN ISO 690's thesis names the school and faculty after the degree, then the supervisor ('Vedoucí práce ...'):
    the school with its faculty is the publisher, the supervisor sentence (no CSL field) the note. The supervisor ran
    into the publisher, or, with a link after it, school and supervisor were all note."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["publisher"], item.get("URL")) == \
        ("thesis", "Disertační práce", "Masarykova univerzita, Filozofická fakulta", url)
    assert item["note"].startswith("Vedoucí práce") and "Malíř" in item["note"]


@pytest.mark.parametrize("text, genre, school", [
    ("Lemaire C., Ouvriers et syndicats dans le bassin minier du Nord (1919-1939), thèse de doctorat en histoire "
     "contemporaine, université de Lille 3, 2008, 2 vol.", "thèse de doctorat en histoire contemporaine",
     "université de Lille 3"),
    ("SOUZA, Ana. Trabalho e cidade. Tese de doutorado em sociologia, Universidade de São Paulo, 2014.",
     "Tese de doutorado em sociologia", "Universidade de São Paulo"),
])
def test_a_thesis_s_discipline_and_numbered_school(text, genre, school):
    """'thèse de doctorat en histoire contemporaine, université de Lille 3,': the discipline after 'en' ('em') belongs
    to the degree (it ran into the title), and a school in lower case with its number is the publisher (it was read
    as a journal with volume 3)."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["publisher"]) == ("thesis", genre, school)
    assert "volume" not in item and "container-title" not in item


@pytest.mark.parametrize("text, title, journal", [
    ("KŘEN, Jan. Konfliktní společenství Čechů a Němců. Český časopis historický, 2003, roč. 101, č. 2, s. 345–370.",
     "Konfliktní společenství Čechů a Němců", "Český časopis historický"),
    ("NOVÁK, Jan. Obec a stát. Politologická revue, 2010, roč. 16, č. 2, s. 3–25.", "Obec a stát",
     "Politologická revue"),
])
def test_a_czech_journal_closed_by_a_comma_before_its_year(text, title, journal):
    """ČSN ISO 690 as Czech journals print it, 'Title. Journal, 2003, roč. 101, č. 2': the title's last sentence,
    closed by a comma before the year and the volume, is the journal (it stayed in the title, the item a document)."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["container-title"]) == ("article-journal", title, journal)


@pytest.mark.parametrize("text, title, journal, volume, issue", [
    ("Levi G. (1988), Un problema di scala, «Quaderni storici», vol. 23, n. 2, pp.\u00a0501-515.",
     "Un problema di scala", "Quaderni storici", "23", "2"),
    ("Rossi P. (2001), Il mercato del lavoro, «Stato e mercato», n. 3, pp. 12-40.",
     "Il mercato del lavoro", "Stato e mercato", None, "3"),
    ("Levi G., Un problema di scala, «Quaderni storici», XXIII, 2, 1988, pp. 501-515.",
     "Un problema di scala", "Quaderni storici", "XXIII", "2"),
])
def test_an_italian_periodical_in_guillemets_without_in(text, title, journal, volume, issue):
    """Italian lists put the periodical in guillemets after the title's comma, with or without 'in': followed by its
    numbers it is the container (it stayed in the title, the item a document, or took the title with it), and a
    Roman volume before the issue ('XXIII, 2') is volume and issue."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["container-title"], item.get("volume"), item["issue"]) == \
        ("article-journal", title, journal, volume, issue)


@pytest.mark.parametrize("text, book, editors, publisher", [
    ("Kizwalter T., Nowoczesność narodu polskiego, [w:] M. Janowski (red.), Ludzie i idee. Szkice z dziejów myśli, "
     "Instytut Historii PAN, Warszawa 2011, s. 77–102.", "Ludzie i idee. Szkice z dziejów myśli", [("Janowski", "M.")],
     "Instytut Historii PAN"),
    ("Kowalski J., Reformy samorządowe, w: A. Nowak, B. Zielińska (red.), Polityka lokalna w Polsce, Wydawnictwo "
     "Sejmowe, Warszawa 2015, s. 45–67.", "Polityka lokalna w Polsce", [("Nowak", "A."), ("Zielińska", "B.")],
     "Wydawnictwo Sejmowe"),
])
def test_a_polish_book_after_its_editors(text, book, editors, publisher):
    """Polish '[w:] M. Janowski (red.), Book, Publisher, Place Year': the words after the editors' '(red.),' up to
    the next comma are the book (read as the title's second part, the item a book, or as the publisher)."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["publisher"]) == ("chapter", book, publisher)
    assert [(e["family"], e["given"]) for e in item["editor"]] == editors


@pytest.mark.parametrize("text, book", [
    ("NOVAIS, Fernando A. Condições da privacidade na Colônia. In: ______ (org.). História da vida privada no Brasil. "
     "São Paulo: Companhia das Letras, 1997. v. 1, p. 13-39.", "História da vida privada no Brasil"),
    ("FREYRE, Gilberto. A casa e a rua. In: ______. (org.). Sociologia brasileira. Recife: Massangana, 1985. "
     "p. 10-30.", "Sociologia brasileira"),
])
def test_abnt_rule_for_the_author_as_editor(text, book):
    """ABNT's 'In: ______ (org.).' says the chapter's author edited the book: the editors are the author (the rule
    and the role were read into the book's title, no editor)."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"]) == ("chapter", book)
    assert item["editor"] == item["author"] and len(item["editor"]) == 1


@pytest.mark.parametrize("text, editor, book", [
    ("Gérard NOIRIEL, « L'identification des citoyens », in Jean-Pierre CHALINE (sous la dir. de), L'État et les "
     "individus, Paris, Fayard, 1997, p. 45-67.", ("Chaline", "Jean-Pierre"), "L'État et les individus"),
    ("Revel J., « Micro-analyse et construction du social », in Revel J. (sous la direction de), Jeux d'échelles, "
     "Paris, Gallimard-Le Seuil, 1996, p. 15-36.", ("Revel", "J."), "Jeux d'échelles"),
])
def test_french_editors_before_sous_la_dir_de(text, editor, book):
    """French 'in Jean-Pierre CHALINE (sous la dir. de), Book': the role bracket of four words closes the editors'
    names as '(dir.)' does (the names and role were read into the book's title, no editor)."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"]) == ("chapter", book)
    assert [(e["family"].casefold(), e["given"]) for e in item["editor"]] == [(editor[0].casefold(), editor[1])]


@pytest.mark.parametrize("text, place, publisher", [
    ("Gérard NOIRIEL, « L'identification des citoyens », in Jean-Pierre CHALINE (sous la dir. de), L'État et les "
     "individus, Rouen, Publications de l'université de Rouen, 1997, p. 45-67.", "Rouen",
     "Publications de l'université de Rouen"),
    ("Lefèvre C., « Les métropoles », in Jouve B. (dir.), Gouverner les villes, Rennes, Presses universitaires de "
     "Rennes, 2018, p. 77-98.", "Rennes", "Presses universitaires de Rennes"),
])
def test_university_towns_of_european_presses_are_places(text, place, publisher):
    """A university press's town before it ('Rouen, Publications de l'université de Rouen') is the place: the list of
    places knew the capitals and large publishing cities, not the university towns, and the two ran together as the
    publisher."""
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)


@pytest.mark.parametrize("text, accessed", [
    ("ISTAT, La povertà in Italia. Anno 2021, Roma, Istituto nazionale di statistica, 2022, "
     "https://www.istat.it/it/archivio/271940 (ultimo accesso: 10 ottobre 2022).", [[2022, 10, 10]]),
    ("Camera dei deputati, Il sistema delle autonomie locali, Roma, 2019, https://www.camera.it/temiap/autonomie "
     "(consultato il 3 marzo 2021).", [[2021, 3, 3]]),
])
def test_italian_access_dates(text, accessed):
    """Italian lists date the access '(ultimo accesso: 10 ottobre 2022)' or '(consultato il 3 marzo 2021)': it is the
    access date (it stayed in note)."""
    item = parse_reference(text)
    assert item["accessed"]["date-parts"] == accessed and "accesso" not in item.get("note", "")


def test_an_italian_place_and_publisher_after_a_title_with_no_container():
    """'ISTAT, La povertà in Italia. Anno 2021, Roma, Istituto nazionale di statistica, 2022, URL': the city between
    commas, a publisher and the year close the work's own title (its second sentence, the city and the publisher had
    been read as a container)."""
    item = parse_reference("ISTAT, La povertà in Italia. Anno 2021, Roma, Istituto nazionale di statistica, 2022, "
                           "https://www.istat.it/it/archivio/271940 (ultimo accesso: 10 ottobre 2022).")
    assert (item["title"], item["publisher-place"], item["publisher"]) == \
        ("La povertà in Italia. Anno 2021", "Roma", "Istituto nazionale di statistica")
    assert "container-title" not in item


@pytest.mark.parametrize("text, kind", [
    ("ISTAT, La povertà in Italia. Anno 2021, Roma, Istituto nazionale di statistica, 2022, "
     "https://www.istat.it/it/archivio/271940 (ultimo accesso: 10 ottobre 2022).", "report"),
    ("Rosstat, ‘Naselenie Rossii’, Moscow, 2020.", "document"),
    ("Agency on Statistics under the President of the Republic of Tajikistan, Labour Market in the Republic of "
     "Tajikistan (Dushanbe: Agency on Statistics, 2018), p. 42.", "book"),
])
def test_a_statistics_office_heading_before_a_comma(text, kind):
    """Italian lists head an office's work 'ISTAT, Title, Roma, ...' with a comma where others put a stop: the office's
    own work is a report (it was a book); a notes-style quoted paper after the comma stays a document and a note's book
    with its imprint in brackets a book, as the set's notes have them."""
    assert parse_reference(text)["type"] == kind


@pytest.mark.parametrize("text, title", [
    ("Ginzburg C., Spie. Radici di un paradigma indiziario, in A. Gargani (a cura di), Crisi della ragione, Torino, "
     "Einaudi, 1979, pp. 57-106.", "Spie. Radici di un paradigma indiziario"),
    ("Ginzburg C., Miti. Emblemi, spie, Torino, Einaudi, 1986.", "Miti. Emblemi, spie"),
])
def test_a_one_word_first_sentence_of_the_title_after_initials(text, title):
    """'Ginzburg C., Spie. Radici di ...': one word closing its sentence after the initials' comma opens the title
    (it was read as a second author 'Spie' with no initials, which no name in such a list lacks)."""
    item = parse_reference(text)
    assert (item["author"], item["title"]) == ([{"family": "Ginzburg", "given": "C."}], title)


@pytest.mark.parametrize("text, place, publisher", [
    ("Romeo R., Cavour e il suo tempo, vol. 2, Roma-Bari, Laterza, 1984.", "Roma-Bari", "Laterza"),
    ("Romeo R., Cavour e il suo tempo, vol. 2, Milano, Feltrinelli, 1984.", "Milano", "Feltrinelli"),
])
def test_a_book_s_volume_then_its_imprint(text, place, publisher):
    """'Title, vol. 2, Roma-Bari, Laterza, 1984.': a volume followed by a place, a publisher and the year is a book's;
    the title before it was read as a journal with no title (an article-journal)."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["volume"], item["publisher-place"], item["publisher"]) == \
        ("book", "Cavour e il suo tempo", "2", place, publisher)


@pytest.mark.parametrize("text, authors", [
    ("Bin R., Pitruzzella G., Diritto regionale, Torino, Giappichelli, 2019.", ["Bin", "Pitruzzella"]),
    ("Bin R., Pitruzzella G. e Rossi M., Diritto regionale, Torino, Giappichelli, 2019.",
     ["Bin", "Pitruzzella", "Rossi"]),
])
def test_an_italian_title_after_a_family_initials_list(text, authors):
    """'Bin R., Pitruzzella G., Diritto regionale, Torino, Giappichelli, 2019.': the part after the last initials'
    comma, with no initials and a word in lower case, is the title, and the city, publisher and year after it the
    imprint (title, place and publisher were read as two more authors, the item a document)."""
    item = parse_reference(text)
    assert [a["family"] for a in item["author"]] == authors
    assert (item["type"], item["title"], item["publisher-place"], item["publisher"]) == \
        ("book", "Diritto regionale", "Torino", "Giappichelli")


def test_a_polish_journal_s_zeszyt_is_the_issue():
    """Polish journals number a volume's parts 't. 74, z. 2' (zeszyt): the part is the issue (it went to note)."""
    item = parse_reference("Tazbir J., „Polska przedmurzem Europy”, „Przegląd Historyczny” 1983, t. 74, z. 2, "
                           "s. 233–251.")
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == \
        ("Przegląd Historyczny", "74", "2", "233-251")
    assert "note" not in item


@pytest.mark.parametrize("text", [
    "Kocka, Jürgen: „Bürgertum und bürgerliche Gesellschaft im 19. Jahrhundert“. In: ders. (Hrsg.): Bürgertum im 19. "
    "Jahrhundert. Bd. 1. Göttingen: Vandenhoeck & Ruprecht 1995, S. 9–84.",
    "Frevert, Ute: Mann und Weib, und Weib und Mann. In: dies. (Hg.): Bürgerinnen und Bürger. Göttingen: "
    "Vandenhoeck & Ruprecht 1988, S. 17–48.",
])
def test_german_ders_and_dies_as_editor(text):
    """German 'In: ders. (Hrsg.):' / 'dies. (Hg.):' (the same man, woman) says the author edited the book: the editor
    is the author (it was an editor named 'ders')."""
    item = parse_reference(text)
    assert item["type"] == "chapter" and item["editor"] == item["author"]


def test_abnt_rule_for_the_author_of_the_whole_book():
    """ABNT's 'In: ______. Book.' (no role) says the chapter is in the author's own book: the rule is the
    container-author, not part of the book's title (which it was)."""
    item = parse_reference("REIS, João José. Rebelião escrava no Brasil. In: ______. A morte é uma festa. São Paulo: "
                           "Companhia das Letras, 1991. p. 10-25.")
    assert validate({**item, "id": "a"}) == []
    assert (item["type"], item["container-title"], item["page"]) == ("chapter", "A morte é uma festa", "10-25")
    assert item["container-author"] == item["author"] and "editor" not in item


@pytest.mark.parametrize("text, series, number", [
    ("KOŘALKA, Jiří. Češi v habsburské říši a v Evropě 1815–1914. Praha: Argo, 1996. Historická knihovna, sv. 5.",
     "Historická knihovna", "5"),
    ("KOŘALKA, Jiří. Češi v habsburské říši a v Evropě 1815–1914. Praha: Argo, 1996. Historická knihovna, sv. 5. "
     "ISBN 80-7203-024-5.", "Historická knihovna", "5"),
    ("Schmidt, Hans: Die Stadt im Mittelalter. Köln: Böhlau, 2001. Städteforschung, Bd. 12.", "Städteforschung", "12"),
])
def test_a_numbered_series_after_the_imprint(text, series, number):
    """ČSN ISO 690's 'Praha: Argo, 1996. Historická knihovna, sv. 5.' (German '..., Bd. 12.') names the book's series
    and its number after the imprint: collection-title and collection-number (it was a note, a journal with volume 5
    that made the book an article, or an edition)."""
    item = parse_reference(text)
    assert (item["type"], item["collection-title"], item["collection-number"]) == ("book", series, number)
    assert not {"note", "container-title", "volume", "edition"} & set(item)


def test_a_book_s_second_title_sentence_before_its_imprint():
    """'Noiriel G., Le creuset français. Histoire de l'immigration ..., Paris, Seuil, ...': with no 'in', editors or
    pages, the sentence between the title and the place and publisher is the title's own (it was read as the book of a
    chapter)."""
    item = parse_reference("Noiriel G., Le creuset français. Histoire de l'immigration XIXe-XXe siècle, Paris, Seuil, "
                           "coll. « Points Histoire », 2006 [1988].")
    assert (item["type"], item["title"], item["publisher"], item["collection-title"]) == \
        ("book", "Le creuset français. Histoire de l'immigration XIXe-XXe siècle", "Seuil", "Points Histoire")
    assert "container-title" not in item


@pytest.mark.parametrize("text, accessed", [
    ("Instituto Nacional de Estadística. (2021). Encuesta de Población Activa. Recuperado el 5 de marzo de 2022, de "
     "https://www.ine.es/epa", [[2022, 3, 5]]),
    ("Programa Sectorial de Salud 2007-2012. Secretaría de Salud. México 2008. [Consultado el 18 de octubre de 2008]. "
     "Disponible en: http://portal.salud.gob.mx.", [[2008, 10, 18]]),
])
def test_spanish_and_portuguese_access_dates_with_de(text, accessed):
    """Spanish and Portuguese write the access day '5 de marzo de 2022' ('Recuperado el ..., de URL', '[Consultado el
    ...]', 'Acesso em: 5 de março de 2022'): it is the access date, the 'de' before the link no note (it stayed in
    note)."""
    item = parse_reference(text)
    assert item["accessed"]["date-parts"] == accessed and "note" not in item


def test_a_known_city_and_its_colon_open_an_imprint_read_as_the_publisher():
    """ABNT 'Rio de Janeiro: Leya, 2017.' read whole as the publisher (before a link and an access date): a known
    city and its colon are the place."""
    item = parse_reference("SOUZA, Jessé. A elite do atraso. Rio de Janeiro: Leya, 2017. Disponível em: "
                           "https://www.leya.com.br/livro. Acesso em: 5 de março de 2022.")
    assert (item["publisher-place"], item["publisher"]) == ("Rio de Janeiro", "Leya")


@pytest.mark.parametrize("text, original", [
    ("Thompson, E. P. (1989). La formación de la clase obrera en Inglaterra (E. Grau, Trad.). Barcelona: Crítica. "
     "(Obra original publicada en 1963)", 1963),
    ("Freud, S. (2010). O mal-estar na civilização (P. C. Souza, Trad.). São Paulo: Penguin. (Obra original publicada "
     "em 1930)", 1930),
])
def test_apa_original_work_published_in_spanish_and_portuguese(text, original):
    """APA written in Spanish or Portuguese closes with '(Obra original publicada en 1963)': the original-date, as
    '(Original work published 1963)' is (its first word was read into the publisher, 'Crítica. (Obra')."""
    item = parse_reference(text)
    assert item["original-date"]["date-parts"] == [[original]] and "note" not in item
    assert "(" not in item["publisher"]


@pytest.mark.parametrize("text, body", [
    ("ČESKÝ STATISTICKÝ ÚŘAD. Statistická ročenka České republiky 2021 [online]. Praha: ČSÚ, 2021 [cit. 2022-03-15]. "
     "Dostupné z: https://www.czso.cz/csu/czso/statisticka-rocenka-ceske-republiky-2021", "ČESKÝ STATISTICKÝ ÚŘAD"),
    ("Główny Urząd Statystyczny, Rocznik Statystyczny Rzeczypospolitej Polskiej 2020, Warszawa 2020.",
     "Główny Urząd Statystyczny"),
])
def test_czech_and_polish_statistics_offices(text, body):
    """Czech 'úřad' names a body as Polish 'urząd' does (ČESKÝ STATISTICKÝ ÚŘAD was a person, given name 'ČESKÝ
    STATISTICKÝ'), and Polish 'Statystyczny' a statistics office, whose own work is a report (it was a book)."""
    item = parse_reference(text)
    assert (item["type"], item["author"]) == ("report", [{"literal": body}])


def test_a_title_s_first_word_after_initials_runs_on():
    """'Żarnowska A., Robotnicy Warszawy na przełomie ...': one word after the initials' comma that runs on into the
    title (no initials after it) is the title's first word, not a second author 'Robotnicy'."""
    item = parse_reference("Żarnowska A., Robotnicy Warszawy na przełomie XIX i XX wieku, Warszawa: PWN, 1985.")
    assert (item["author"], item["title"]) == ([{"family": "Żarnowska", "given": "A."}],
                                               "Robotnicy Warszawy na przełomie XIX i XX wieku")


@pytest.mark.parametrize("text, body, title", [
    ("Bundeszentrale für politische Bildung: Die Wiedervereinigung. Online verfügbar unter "
     "https://www.bpb.de/themen/deutsche-einheit/ (Zugriff am 12.05.2022).", "Bundeszentrale für politische Bildung",
     "Die Wiedervereinigung"),
    ("Ministère de l'Éducation nationale, Repères et références statistiques 2021, Paris, DEPP, 2021, 420 p.",
     "Ministère de l'Éducation nationale", "Repères et références statistiques 2021"),
])
def test_a_continental_body_opening_the_reference_is_its_author(text, body, title):
    """A body's name opening a reference in the continental styles, closed by German's colon or by a comma ('Ministère
    de l'Éducation nationale, Title, Paris, ...'), is the author (both were read into the title)."""
    item = parse_reference(text)
    assert (item["author"], item["title"]) == ([{"literal": body}], title)


def test_an_english_title_opening_with_a_body_word_keeps_it():
    """English titles open with bodies' words too: 'Religions of the Ancient World: A Guide' stays the title."""
    item = parse_reference("Religions of the Ancient World: A Guide, ed. S. I. Johnston (Cambridge, MA: Belknap, "
                           "Harvard University, 2004).")
    assert item["title"] == "Religions of the Ancient World: A Guide" and "author" not in item


def test_an_abnt_journal_and_city_before_its_issue_with_no_volume():
    """ABNT 'Title. Estudos CEBRAP, São Paulo, n. 2, p. 3-82': with no volume, the sentence before the city and the
    issue is the journal, as before 'v.' (the journal stayed in the title and the city was the journal)."""
    item = parse_reference("OLIVEIRA, Francisco de. Crítica à razão dualista. Estudos CEBRAP, São Paulo, n. 2, "
                           "p. 3-82, out. 1972.")
    assert (item["title"], item["container-title"], item["publisher-place"], item["issue"]) == \
        ("Crítica à razão dualista", "Estudos CEBRAP", "São Paulo", "2")


def test_a_number_before_a_journal_and_its_issue_is_no_city():
    """Only a known city stands before 'n.' as ABNT's place: 'Title. 1, Past and Present, n. 135' keeps its journal."""
    item = parse_reference("Ross Balzaretti, Debate: Trade Industry and the Wealth of King Alfred. 1, Past and "
                           "Present, n. 135, 1992 142-150.")
    assert item["container-title"] == "Past and Present" and "publisher-place" not in item


@pytest.mark.parametrize("text, accessed", [
    ("Hoffmann, Peter (2018): Stadtentwicklung und Migration. Hamburg: Körber-Stiftung. Online verfügbar unter "
     "https://www.koerber-stiftung.de/studie.pdf, zuletzt geprüft am 03.04.2020.", [[2020, 4, 3]]),
    ("Deutscher Bundestag (2021): Drucksache 19/30000. Online verfügbar unter "
     "https://dserver.bundestag.de/btd/19/300/1930000.pdf (aufgerufen am 5. Mai 2022).", [[2022, 5, 5]]),
])
def test_german_access_dates_as_citavi_writes_them(text, accessed):
    """German lists (Citavi's default) close with 'zuletzt geprüft am 03.04.2020' or '(aufgerufen am 5. Mai 2022)':
    the access date (it stayed in note)."""
    item = parse_reference(text)
    assert item["accessed"]["date-parts"] == accessed and "note" not in item


def test_an_italian_master_s_thesis_and_its_relatore():
    """'tesi di laurea magistrale, Università di Bologna, relatore prof. G. Bianchi.': the whole degree is the genre,
    the university the publisher and the supervisor (Italian writes 'relatore' in lower case) the note (the degree's
    last word, the university and 'relatore prof' were in the title, the supervisor the publisher)."""
    item = parse_reference("Rossi M. (2015), Le periferie urbane, tesi di laurea magistrale, Università di Bologna, "
                           "relatore prof. G. Bianchi.")
    assert (item["type"], item["title"], item["genre"], item["publisher"], item["note"]) == \
        ("thesis", "Le periferie urbane", "tesi di laurea magistrale", "Università di Bologna",
         "relatore prof. G. Bianchi.")


def test_a_spanish_master_s_thesis_in_apa_s_bracket():
    """'[Trabajo de fin de máster, Universidad Complutense de Madrid]' names a thesis as '[Tesis doctoral, ...]' does
    (the item was a document titled with the bracket)."""
    item = parse_reference("Fernández García, A. (2019). Memoria y exilio [Trabajo de fin de máster, Universidad "
                           "Complutense de Madrid].")
    assert (item["type"], item["title"], item["genre"], item["publisher"]) == \
        ("thesis", "Memoria y exilio", "Trabajo de fin de máster", "Universidad Complutense de Madrid")


def test_a_french_page_consultee_le_is_the_access_date():
    """French '(page consultée le 12 avril 2020)' dates the access as 'consulté le' does (it stayed in note)."""
    item = parse_reference("Gouvernement du Québec, Plan d'action en matière de solidarité, Québec, Ministère de "
                           "l'Emploi, 2017, [en ligne] https://www.quebec.ca/plan (page consultée le 12 avril 2020).")
    assert item["accessed"]["date-parts"] == [[2020, 4, 12]] and "note" not in item


@pytest.mark.parametrize("text, book, editor", [
    ("Vilar, P. (1978). La guerra civil española. En M. Tuñón de Lara (Dir.), Historia de España (Vol. 9, "
     "pp. 10-45). Barcelona: Labor.", "Historia de España", "Tuñón de Lara"),
    ("Lima, M. (2014). O Estado e as cidades. Em: Santos, J. (Org.), Cidades em transição (pp. 33–58). Lisboa: "
     "Edições 70.", "Cidades em transição", "Santos"),
])
def test_apa_chapters_in_spanish_and_portuguese(text, book, editor):
    """APA in Spanish opens the book with 'En' and no colon ('En M. Tuñón de Lara (Dir.), Historia de España'): the
    names up to the role are the editors, as after 'In' (they were read into the book's title)."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["editor"][-1]["family"]) == ("chapter", book, editor)


@pytest.mark.parametrize("text, school", [
    ("(4) Kumar, R. Ph.D. Thesis, University of Cambridge, 2015.", "University of Cambridge"),
    ("Okafor, N. M.S. Thesis, Delft University of Technology, 2018.", "Delft University of Technology"),
])
def test_an_acs_thesis_names_its_school_after_the_genre(text, school):
    """ACS's untitled thesis: the school after the genre publishes it (it was read as a second author, joined to
    the first: 'R. University of Cambridge')."""
    item = parse_reference(text)
    assert (item["type"], item["publisher"], len(item["author"])) == ("thesis", school, 1)


def test_an_acs_chapter_imprint_after_the_editors():
    """ACS's chapter: publisher, colon, place after the editors' 'Ed.;' (they were left in note)."""
    item = parse_reference("Smith, J. A. Surface Science. In Handbook of Catalysis; Ertl, G., Ed.; Wiley-VCH: Weinheim, "
                           "2008; Vol. 2, pp 123–145.")
    assert (item["publisher"], item["publisher-place"], item["volume"]) == ("Wiley-VCH", "Weinheim", "2")
    assert "note" not in item


@pytest.mark.parametrize("text, title", [
    ("Самаркандская декларация Восьмого саммита Организации тюркских государств. 11 ноября 2022 г. // Президент "
     "Республики Узбекистан : официальный сайт. URL: https://president.uz/ru/lists/view/5712 (дата обращения: "
     "20.02.2023).", "Самаркандская декларация Восьмого саммита Организации тюркских государств"),
    ("Заявление министров иностранных дел государств – членов ОДКБ. 11 ноября 2022 г. // МИД России. URL: "
     "https://mid.ru/ru/foreign_policy/news/1838000/ (дата обращения: 20.02.2023).",
     "Заявление министров иностранных дел государств – членов ОДКБ"),
])
def test_a_full_stop_before_the_date_closing_a_gost_title_leaves_with_the_date(text, title):
    """GOST 'Title. 11 ноября 2022 г. // Site': the day the title ends with is the issued date, and the title's own
    full stop before it is punctuation, not part of the title (it had stayed: 'государств.')."""
    item = parse_reference(text)
    assert (item["title"], item["issued"]) == (title, {"date-parts": [[2022, 11, 11]]})


@pytest.mark.parametrize("text, place, publisher", [
    ("Ofsted (2019) The education inspection framework. Manchester: Ofsted. Available at: https://www.gov.uk/"
     "government/publications/education-inspection-framework (Accessed: 10 January 2020).", "Manchester", "Ofsted"),
    ("Skills for Care (2021) The state of the adult social care sector. Leeds: Skills for Care. Retrieved from "
     "https://www.skillsforcare.org.uk/state", "Leeds", "Skills for Care"),
])
def test_a_town_and_colon_after_the_title_open_the_imprint_not_a_site(text, place, publisher):
    """Harvard's 'Title. Manchester: Ofsted. Available at: ...': the sentence before the link, opened by a known
    town and its colon, is the imprint; the tagger read it as the site the page is on."""
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"], item.get("container-title")) == (place, publisher, None)


@pytest.mark.parametrize("text, body", [
    ("NHS England (2019) The NHS long term plan. Available at: https://www.longtermplan.nhs.uk (Accessed: 4 June "
     "2019).", "NHS England"),
    ("HSE Ireland (2020) Guidance on visiting long term residential care facilities. Dublin: HSE.", "HSE Ireland"),
])
def test_an_acronym_before_a_country_that_is_a_family_name_is_a_body(text, body):
    """'NHS England': an acronym of three letters or more is no given name, so the country after it ('England',
    a family name too) closes a body's name, not a person's."""
    assert parse_reference(text)["author"] == [{"literal": body}]


@pytest.mark.parametrize("typeset", [
    '[10] L. Page, S. Brin, R. Motwani, and T. Winograd, “The PageRank citation ranking: Bringing order to the web,” '
    'Stanford InfoLab, Stanford, CA, USA, Tech. Rep. 1999-66, 1999.',
    '[14] R. Gupta, “Grid-scale storage cost projections,” Lawrence Berkeley Nat. Lab., Berkeley, CA, USA, Rep. '
    'LBNL-2001345, 2020.',
    'Andreas Umland, “The Ukrainian Government’s Memory Institute against the West,” in Ukraine in Crisis, ed. Nicolai '
    'N. Petro (New York: Palgrave Macmillan, 2018), 131–56.',
])
def test_typewriter_quotes_read_as_typeset_ones(typeset):
    """A list typed with '"' (a plain-text paste) parses as its typeset twin with curly quotes does."""
    typed = typeset.replace("“", '"').replace("”", '"')
    assert {k: v for k, v in parse_reference(typed).items() if k != "custom"} \
        == {k: v for k, v in parse_reference(typeset).items() if k != "custom"}


def test_typewriter_quotes_inside_a_title_are_given_back_as_typed():
    """The fields keep the quotes the user typed; an odd quote is not paired up."""
    item = parse_reference('Lennox, J. (1986). Aristotle, Galileo, and the "Mixed Sciences". In W. Wallace (Ed.), '
                           'Reinterpreting Galileo (pp. 29-51). Washington, D.C.: Catholic University of America Press.')
    assert item["title"] == 'Aristotle, Galileo, and the "Mixed Sciences"'
    assert item["custom"]["source"].count('"') == 2


@pytest.mark.parametrize("text, school, place", [
    ('[7] A. Lee, “Learning to rank,” M.S. thesis, Dept. Comput. Sci., Univ. Toronto, Toronto, ON, Canada, 2015.',
     "Dept. Comput. Sci., Univ. Toronto", "Toronto, ON, Canada"),
    ('[7] A. Lee, “Learning to rank,” Master’s thesis, Univ. Toronto, Toronto, ON, Canada, 2015.',
     "Univ. Toronto", "Toronto, ON, Canada"),
    ('[7] S. Hochreiter, “Untersuchungen zu dynamischen neuronalen Netzen,” Diploma thesis, Inst. f. Informatik, '
     'Tech. Univ. Munich, Munich, Germany, 1991.', "Inst. f. Informatik, Tech. Univ. Munich", "Munich, Germany"),
])
def test_an_ieee_thesis_at_a_university_named_for_its_town(text, school, place):
    """IEEE's 'Univ. Toronto, Toronto, ON, Canada': the first town closes the university's name, the second opens the
    place, and a country ('Canada', 'Germany') closes it as a state's code does."""
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item["publisher-place"]) == ("thesis", school, place)


@pytest.mark.parametrize("text, editors", [
    ("Kasper DL, Fauci AS, Hauser SL, Longo DL, Jameson JL, Loscalzo J, editors. Harrison's principles of internal "
     "medicine. 19th ed. New York: McGraw-Hill; 2015.", ["Kasper", "Fauci", "Hauser", "Longo", "Jameson", "Loscalzo"]),
    ("Higgins JPT, Thomas J, Chandler J, Cumpston M, Li T, Page MJ, Welch VA, editors. Cochrane Handbook for "
     "Systematic Reviews of Interventions. 2nd ed. Chichester (UK): John Wiley & Sons; 2019.",
     ["Higgins", "Thomas", "Chandler", "Cumpston", "Li", "Page", "Welch"]),
])
def test_a_vancouver_book_edited_by_many(text, editors):
    """Citing Medicine's 'Name AB, ..., Name C, editors.': every name before the role word is an editor, however
    many (the tagger gave the role to the last one or two, or ran them into the title)."""
    item = parse_reference(text)
    assert ([name["family"] for name in item["editor"]], item.get("author"), item["title"].split()[0]) \
        == (editors, None, text.split(", editors. ")[1].split()[0])


@pytest.mark.parametrize("text, issued", [
    ('Guriev, Sergei, and Daniel Treisman. 2019. "Informational Autocrats." Journal of Economic Perspectives 33, no. 4 '
     '(Fall): 100–127. https://doi.org/10.1257/jep.33.4.100.', [[2019, 23]]),
    ("Hale, Henry E. 2010. “Eurasian Polities as Hybrid Regimes.” Journal of Eurasian Studies 1, no. 1 (Winter): "
     "33–41.", [[2010, 24]]),
])
def test_a_chicago_issue_dated_by_its_season(text, issued):
    """Chicago author-date prints the issue's season alone in brackets, the year being given after the names: it
    dates the issue (CSL's months 21-24), nothing is left in the note."""
    item = parse_reference(text)
    assert (item["issued"]["date-parts"], item.get("note")) == (issued, None)


@pytest.mark.parametrize("text, kind, title, publisher, edition", [
    ("3. Alberts, B. et al. Molecular Biology of the Cell 6th edn (Garland Science, 2014).", "book",
     "Molecular Biology of the Cell", "Garland Science", "6"),
    ("Bishop, C. M. Pattern Recognition and Machine Learning (Springer, 2006).", "book",
     "Pattern Recognition and Machine Learning", "Springer", None),
    # the R Core Team's program is software (test_parse_blind43), its imprint read the same way
    ("R Core Team. R: A Language and Environment for Statistical Computing (R Foundation for Statistical Computing, "
     "2021).", "software", "R: A Language and Environment for Statistical Computing",
     "R Foundation for Statistical Computing", None),
])
def test_a_nature_book_with_its_publisher_and_year_in_brackets(text, kind, title, publisher, edition):
    """Nature's book 'Title 6th edn (Publisher, Year).': the bracket is the imprint, its one name the publisher (a
    bare word too, 'Springer', after a name printed family first with initials), the words before it the title."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher"], item.get("edition"), item.get("publisher-place")) \
        == (kind, title, publisher, edition, None)


@pytest.mark.parametrize("text, issue", [
    ("О стратегическом планировании в Российской Федерации : федер. закон от 28.06.2014 № 172-ФЗ // Собрание "
     "законодательства РФ. – 2014. – № 26, ч. 1. – Ст. 3378.", "26, ч. 1"),
    ("О стратегическом планировании в Российской Федерации : федер. закон от 28.06.2014 № 172-ФЗ // Собрание "
     "законодательства РФ. – 2014. – № 26 (ч. I). – Ст. 3378.", "26 (ч. I)"),
])
def test_a_gazette_issue_in_parts_keeps_its_part(text, issue):
    """The gazette's issue printed in parts, '№ 26, ч. 1.' as '№ 26 (ч. I).': the part is the issue's, not a volume
    nor a page, and the act's article number its section."""
    item = parse_reference(text)
    assert (item["issue"], item.get("volume"), item.get("page"), item["section"]) == (issue, None, None, "3378")


@pytest.mark.parametrize("text, title, number, place", [
    ("Bank of Russia (2022). Monetary policy report, No. 4. Moscow. (In Russian).", "Monetary policy report", "4",
     "Moscow"),
    ("Central Bank of Armenia (2020). Financial stability report, No. 1/2020. Yerevan.", "Financial stability report",
     "1/2020", "Yerevan"),
])
def test_a_body_s_report_numbered_after_its_title(text, title, number, place):
    """'Title, No. 4. Moscow.': the number closing the title's sentence numbers the report, the town after it is the
    place (the tagger ran both into the title, or read the number as an edition)."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["number"], item["publisher-place"], item.get("edition")) \
        == ("report", title, number, place, None)


def test_an_lncs_paper_in_proceedings_named_with_their_year():
    """'In: Jones, B. (ed.) CAV 2019. LNCS, vol. 11561': the series after the proceedings' name and year is the
    collection (the tagger first read the year as the date, so the series stayed in the container)."""
    item = parse_reference("Smith, J., Doe, A.: A formal model of access control. In: Jones, B. (ed.) CAV 2019. LNCS, "
                           "vol. 11561, pp. 123–140. Springer, Cham (2019). https://doi.org/10.1007/978-3-030-25540-4_7")
    assert (item["type"], item["container-title"], item["collection-title"], item["volume"]) \
        == ("paper-conference", "CAV 2019", "LNCS", "11561")


@pytest.mark.parametrize("text, body, title, version", [
    ("The Coq Development Team: The Coq proof assistant reference manual. Version 8.12 (2020). https://coq.inria.fr",
     "The Coq Development Team", "The Coq proof assistant reference manual", "8.12"),
    ("ATLAS Collaboration: Technical design report for the ATLAS inner tracker. Version 2.1 (2017). CERN, Geneva",
     "ATLAS Collaboration", "Technical design report for the ATLAS inner tracker", "2.1"),
])
def test_an_lncs_body_before_its_colon_and_a_dotted_version(text, body, title, version):
    """LNCS names a body as it names people, before a colon: it is the author; 'Version 8.12' is the version, no
    volume 8 and issue 12 of a journal called 'Version'."""
    item = parse_reference(text)
    assert (item["author"], item["title"], item.get("version"), item.get("container-title")) \
        == ([{"literal": body}], title, version, None)


@pytest.mark.parametrize("text, title, container, place, publisher", [
    ("7. Nations in Transit 2018: Belarus (Washington, DC, Freedom House, 2018), p. 4.",
     "Nations in Transit 2018: Belarus", None, "Washington, DC", "Freedom House"),
    ("10. ‘Belarus Country Report’, BTI 2020 (Gütersloh, Bertelsmann Stiftung, 2020), available at: "
     "https://bti-project.org/en/reports/country-report/BLR, accessed 3 March 2021.",
     "Belarus Country Report", "BTI 2020", "Gütersloh", "Bertelsmann Stiftung"),
])
def test_a_europe_asia_imprint_after_a_dated_title_or_before_a_body(text, title, container, place, publisher):
    """Europe-Asia Studies' '(Town, [State,] Body, Year)': a year closing a title's first part ('2018:') is the
    title's when the bracket dates the work, and a town the list does not know is the place before a body's name
    ('Gütersloh, Bertelsmann Stiftung' was a person)."""
    item = parse_reference(text)
    assert (item["title"], item.get("container-title"), item["publisher-place"], item["publisher"], item.get("author")) \
        == (title, container, place, publisher, None)


@pytest.mark.parametrize("text", [
    "Bourdieu, P. (2007). El sentido práctico (A. Dilon, Trad.). Siglo XXI Editores. (Obra original publicada en 1980)",
    "Bourdieu, P. (2007). El sentido práctico (A. Dilon, Trad.). Siglo XXI Editores.",
])
def test_an_apa_translation_s_publisher_read_as_more_title(text):
    """APA's '(A. Dilon, Trad.). Siglo XXI Editores.': the last sentence after the translator's bracket is the
    publisher though the tagger ran it into the title (the item was an untyped document titled with both)."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher"], item["translator"]) \
        == ("book", "El sentido práctico", "Siglo XXI Editores", [{"family": "Dilon", "given": "A."}])


@pytest.mark.parametrize("text, issued, volume, issue", [
    ("LeCun Y, Bengio Y, Hinton G. Deep learning. nature. 2015 May 28;521(7553):436-44.", [[2015, 5, 28]], "521",
     "7553"),
    ('LeCun, Yann, Yoshua Bengio, and Geoffrey Hinton. "Deep learning." nature 521.7553 (2015): 436-444.', [[2015]],
     "521", "7553"),
])
def test_google_scholar_s_vancouver_and_mla_copies(text, issued, volume, issue):
    """Google Scholar's 'Cite' box prints the journal in lower case: Vancouver's 'nature. 2015 May 28;521(7553)' has
    its journal before the day's date (read as more title), and MLA's '521.7553' is volume and issue (an issue of
    four digits was read into the volume)."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["issued"]["date-parts"], item["volume"], item["issue"]) \
        == ("article-journal", "nature", issued, volume, issue)


@pytest.mark.parametrize("text, kind, title, number, note, year", [
    ("U.S. Const. amend. XIV, § 1.", "legislation", "U.S. Const. amend. XIV", None, "§ 1", None),
    ("U.S. Const. art. I, § 8, cl. 3.", "legislation", "U.S. Const. art. I", None, "§ 8, cl. 3", None),
    ("Case C-131/12, Google Spain SL v. Agencia Española de Protección de Datos, ECLI:EU:C:2014:317.", "legal_case",
     "Google Spain SL v. Agencia Española de Protección de Datos", "C-131/12", "ECLI:EU:C:2014:317", [[2014]]),
])
def test_a_constitution_cited_by_its_part_and_an_eu_case_by_its_number(text, kind, title, number, note, year):
    """Bluebook's 'U.S. Const. amend. XIV, § 1.' (a journal 'Const. amend. XIV, §' by 'U.S' before) and the EU Court's
    'Case C-131/12, Parties, ECLI:...' (a book by 'Case C-131/12'): the part cited is the title, the clause or the
    ECLI the note, the case number the number and the ECLI's year the date."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("number"), item.get("note"), item.get("issued", {}).get("date-parts")) \
        == (kind, title, number, note, year)


@pytest.mark.parametrize("text, role, names", [
    ("Habermas, Jürgen. The Structural Transformation of the Public Sphere. Translated by Thomas Burger with Frederick "
     "Lawrence. Cambridge, MA: MIT Press, 1989.", "translator", [("Burger", "Thomas"), ("Lawrence", "Frederick")]),
    ("Fyson, Donald with Sylvio Normand. “Le droit romain comme source du Code Civil du Bas-Canada.” Revue du notaire 103 "
     "(2001): 87-113.", "author", [("Fyson", "Donald"), ("Normand", "Sylvio")]),
])
def test_names_joined_by_with_are_two_people(text, role, names):
    """Chicago's 'Translated by Thomas Burger with Frederick Lawrence', 'Fyson, Donald with Sylvio Normand': 'with' joins
    two people as 'and' does (one person was given 'Thomas Burger with Frederick')."""
    assert [(n["family"], n["given"]) for n in parse_reference(text)[role]] == names


@pytest.mark.parametrize("text, role, names, publisher, genre, issued, note", [
    ("Nolan, C. (Director). (2010). Inception [Film]. Warner Bros.", "director", [("Nolan", "C.")], "Warner Bros.",
     None, [[2010]], None),
    ("Gilligan, V. (Executive Producer). (2008–2013). Breaking bad [TV series]. Sony Pictures Television.", "author",
     [("Gilligan", "V.")], "Sony Pictures Television", "TV series", [[2008], [2013]], "Executive Producer"),
])
def test_an_apa_film_or_show_credited_in_brackets(text, role, names, publisher, genre, issued, note):
    """APA's '(Director).' after the names makes them the director (the bracket was read as a second person, the
    studio as a note); other credits keep the names as the author and the credit in the note; a show's run of years
    in the date's place dates it, and its '[TV series]' is the kind of work, no translated title."""
    item = parse_reference(text)
    assert ([(n["family"], n["given"]) for n in item[role]], item["publisher"], item.get("genre"),
            item["issued"]["date-parts"], item.get("note")) == (names, publisher, genre, issued, note)


@pytest.mark.parametrize("text, kind", [
    ("Arendt, Hannah. Eichmann in Jerusalem: A Report on the Banality of Evil. New York: Viking, 1963.", "book"),
    ("FAO. 2020. The State of the World's Forests: A Report on Biodiversity. Rome: FAO.", "report"),
])
def test_a_person_s_book_subtitled_a_report_stays_a_book(text, kind):
    """'Eichmann in Jerusalem: A Report on the Banality of Evil' by a person, with a publisher, is a book (the word
    in the subtitle made it a report); a body's work so titled is still its report."""
    assert parse_reference(text)["type"] == kind


def test_a_guideline_section_numbered_in_its_title_and_ama_s_lower_case_supplement():
    """'American Diabetes Association. 9. Pharmacologic approaches ... Diabetes Care. 2021;44(suppl 1):S111-S124.': the
    section's '9.' opens the title (it was read as the date, and the year went to the note), and AMA's '(suppl 1)' is
    the issue as Vancouver's '(Suppl 1)' is."""
    item = parse_reference("American Diabetes Association. 9. Pharmacologic approaches to glycemic treatment: standards "
                           "of medical care in diabetes—2021. Diabetes Care. 2021;44(suppl 1):S111-S124.")
    assert (item["title"][:16], item["issued"], item["volume"], item["issue"], item["page"], item.get("note")) \
        == ("9. Pharmacologic", {"date-parts": [[2021]]}, "44", "suppl 1", "S111-S124", None)


@pytest.mark.parametrize("text", [
    "[2] 张伟. 城市化与经济增长[M]. 北京: 科学出版社, 2018: 112-130.",
    "张伟. 城市化与经济增长[M]. 北京: 科学出版社, 2018.",
])
def test_a_gbt_book_s_imprint_after_its_type_mark(text):
    """GB/T 7714's '[M]. 北京: 科学出版社, 2018: 112-130.': the place and publisher after the type mark (with the pages
    cited after the year, the tagger ran them into the title)."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher-place"], item["publisher"]) \
        == ("book", "城市化与经济增长", "北京", "科学出版社")


def test_turkish_apa_s_access_address_is_a_lead_not_a_note():
    """Turkish APA's 'Erişim adresi: https://...' says where the work is, as 'Available at:' does: it no longer
    stays in the note."""
    item = parse_reference("TÜİK. (2021). Adrese dayalı nüfus kayıt sistemi sonuçları, 2020. Erişim adresi: "
                           "https://data.tuik.gov.tr/Bulten/Index?p=37210 (Erişim tarihi: 12.03.2022).")
    assert (item["URL"], item["accessed"], item.get("note")) \
        == ("https://data.tuik.gov.tr/Bulten/Index?p=37210", {"date-parts": [[2022, 3, 12]]}, None)


def test_a_harvard_title_closing_with_a_year_keeps_it():
    """'Office for National Statistics (2021) Census 2021. Available at: ...': the work is dated by its bracket, so
    the year closing the title's sentence is the title's (it was dropped as a second date)."""
    item = parse_reference("Office for National Statistics (2021) Census 2021. Available at: https://www.ons.gov.uk/"
                           "census (Accessed: 2 February 2023).")
    assert (item["title"], item["issued"]) == ("Census 2021", {"date-parts": [[2021]]})


@pytest.mark.parametrize("text, field, value", [
    ("2. Fyodor Dostoevsky, The Brothers Karamazov, ed. Susan McReynolds, 2nd ed. (New York: W. W. Norton, 2011), "
     "55–58.", "editor", [{"family": "McReynolds", "given": "Susan"}]),
    ("5. Anne Applebaum, Gulag: A History (n.p.: Doubleday, 2003), 87.", "publisher", "Doubleday"),
])
def test_chicago_notes_editor_before_an_edition_and_no_place(text, field, value):
    """Chicago notes: ', ed. Susan McReynolds, 2nd ed. (' names the editor (it stayed in the title), and '(n.p.:
    Doubleday, 2003)' has no place, then the publisher (the bracket ran into the title)."""
    item = parse_reference(text)
    assert (item["type"], item[field], "(" in item["title"] or ", ed." in item["title"]) == ("book", value, False)


def test_asce_proceedings_keep_the_meetings_year_in_its_name():
    # the congress's name holds its year; the item's year came first, so the second is no repeated date to drop
    item = parse_reference("Harrington, D. P., and Osei, K. (2019). “Load rating of prestressed concrete girders with "
                           "corroded strands.” Proc., Structures Congress 2019, ASCE, Reston, VA, 215–224.")
    assert (item["type"], item["container-title"]) == ("paper-conference", "Proc., Structures Congress 2019")
    assert (item["issued"], item["page"]) == ({"date-parts": [[2019]]}, "215-224")
    assert (item["publisher"], item["publisher-place"]) == ("ASCE", "Reston, VA")



def test_asme_paper_number_after_the_proceedings():
    # ASME numbers each paper of a congress; the number is the paper's, not the proceedings' name nor a volume and page
    item = parse_reference("[4] Osei, K., and Brandt, L., 2021, “Film Cooling Effectiveness on a Rotating Turbine Blade "
                           "Tip,” Proc. ASME Turbo Expo 2021: Turbomachinery Technical Conference and Exposition, Paper "
                           "No. GT2021-59123.")
    assert (item["type"], item["number"]) == ("paper-conference", "GT2021-59123")
    assert item["container-title"] == ("Proc. ASME Turbo Expo 2021: Turbomachinery Technical Conference and "
                                       "Exposition")
    assert not {"volume", "page", "genre", "note"} & set(item)


def test_chicago_report_number_as_its_own_sentence():
    # Chicago author-date prints a body's report number as a sentence between the title and the imprint
    item = parse_reference("US Government Accountability Office. 2020. Water Infrastructure: Technical Assistance and "
                           "Climate Resilience Planning Could Help Utilities Prepare for Potential Climate Change "
                           "Impacts. GAO-20-24. Washington, DC: GAO.")
    assert (item["type"], item["number"]) == ("report", "GAO-20-24")
    assert item["title"].endswith("Potential Climate Change Impacts")
    assert (item["publisher-place"], item["publisher"]) == ("Washington, DC", "GAO")


def test_oecd_series_named_after_the_body():
    # OECD iLibrary's "Cite this" puts the series, named after the body, between the title and the publisher
    item = parse_reference("OECD (2019), Governance as an SDG Accelerator: Country Experiences and Tools, OECD Public "
                           "Governance Reviews, OECD Publishing, Paris, https://doi.org/10.1787/0666b085-en.")
    assert item["title"] == "Governance as an SDG Accelerator: Country Experiences and Tools"
    assert item["collection-title"] == "OECD Public Governance Reviews"
    assert (item["publisher"], item["publisher-place"], item["DOI"]) == ("OECD Publishing", "Paris", "10.1787/0666b085-en")


@pytest.mark.parametrize("text, kind", [
    ("[8] S. Gupta, private communication, Jan. 2022.", "personal_communication"),
    ("Battelle Memorial Institute (Battelle). 2010. Guidance for Optimizing Remedy Evaluation, Selection, and Design. "
     "UG-2087-ENV. Port Hueneme, CA: Naval Facilities Engineering Command, Engineering Service Center.", "report"),
])
def test_ieee_private_communication_and_a_body_s_lettered_report(text, kind):
    """IEEE's 'Name, private communication, Jan. 2022.' names its kind after the name (the tagger read it as the date,
    and the item was an untyped document); a body's work numbered with letters ('UG-2087-ENV') and published is its
    report, as a person's is."""
    assert parse_reference(text)["type"] == kind


@pytest.mark.parametrize("text", [
    "Krugman, P. R., Obstfeld, M., & Melitz, M. J. (2018). International economics: Theory and policy (11th ed.). "
    "Pearson.",
    "Smith, J. (2018). International economics (11th ed.). Pearson.",
])
def test_an_apa_book_s_one_word_publisher_read_as_a_place(text):
    """APA 7 names no place: a last sentence that is no known town, which the tagger read as one ('Pearson'), is the
    publisher."""
    item = parse_reference(text)
    assert (item["publisher"], item.get("publisher-place")) == ("Pearson", None)


def test_an_eu_symbol_in_apa_s_bracket_after_the_title():
    """APA's '(COM(2020) 102 final)' after the title: the bracket's first word holds the symbol's start, so the whole
    symbol is the number (the title kept '(COM(2020)' and the number lost it)."""
    item = parse_reference("European Commission. (2020). A new industrial strategy for Europe (COM(2020) 102 final). "
                           "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020DC0102")
    assert (item["title"], item["number"]) == ("A new industrial strategy for Europe", "COM(2020) 102 final")

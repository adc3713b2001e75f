"""Lists pasted by hand at stop 23: an IEEE list copied out of a two-column PDF (computer science), a Vancouver
list out of a medical PDF, T&F area-studies notes (read right as pasted)."""

import pytest

from cslbridge.parse import parse_page
from cslbridge.parse.entries import join_lines
from cslbridge.parse.fields import parse_reference


def _has(item: dict, expected: dict) -> None:
    for key, value in expected.items():
        assert item.get(key) == value, (key, item)


@pytest.mark.parametrize("lines,url", [
    (["ENISA, Athens, Greece, Tech. Rep., Oct. 2023. [Online]. Available: https://",
      "www.enisa.europa.eu/publications/threat-landscape"], "https://www.enisa.europa.eu/publications/threat-landscape"),
    (["Available: http:", "//example.org/data/2021"], "http://example.org/data/2021"),
])
def test_a_url_broken_right_after_its_scheme_is_joined(lines, url):
    assert url in join_lines(lines)


def test_a_wrapped_ieee_entry_keeps_its_whole_link():
    text = ("[1] European Union Agency for Cybersecurity, “Threat landscape 2023,”\n"
            "ENISA, Athens, Greece, Tech. Rep., Oct. 2023. [Online]. Available: https://\n"
            "www.enisa.europa.eu/publications/enisa-threat-landscape-2023\n"
            "[2] PyTorch. Accessed: Mar. 3, 2023. [Online]. Available: https://pytorch.org/\n")
    items = parse_page(text).items
    assert items[0]["URL"] == "https://www.enisa.europa.eu/publications/enisa-threat-landscape-2023"


@pytest.mark.parametrize("text,expected", [
    ("T. Brown et al., “Language models are few-shot learners,” in Proc. 34th Int. Conf. Neural Inf. Process. Syst. "
     "(NeurIPS), Vancouver, BC, Canada, 2020, pp. 1877–1901.",
     {"container-title": "Proc. 34th Int. Conf. Neural Inf. Process. Syst. (NeurIPS)",
      "publisher-place": "Vancouver, BC, Canada"}),
    ("A. Kumar and B. Rao, “Sparse attention for long documents,” in Proc. Annu. Meeting Assoc. Comput. Linguistics "
     "(ACL), Toronto, ON, Canada, 2023, pp. 101–112.",
     {"container-title": "Proc. Annu. Meeting Assoc. Comput. Linguistics (ACL)", "publisher-place": "Toronto, ON, Canada"}),
])
def test_a_conference_acronym_in_brackets_closes_the_proceedings_name(text, expected):
    _has(parse_reference(text), expected)


def test_a_link_wrapped_onto_a_line_of_digits_is_not_chrome():
    # the digits alone on their line look like a phone number to the page's chrome test
    text = ("References\n"
            "1. World Health Organization. Guideline for the pharmacological treatment of\n"
            "hypertension in adults [Internet]. Geneva: World Health Organization; 2021\n"
            "[cited 2023 Jan 12]. Available from: https://www.who.int/publications/i/item/\n"
            "9789240033986\n"
            "2. Mills KT, Stefanescu A, He J. The global epidemiology of hypertension. Nat\n"
            "Rev Nephrol. 2020;16(4):223–37.\n")
    items = parse_page(text).items
    assert items[0]["URL"] == "https://www.who.int/publications/i/item/9789240033986"
    assert items[1]["container-title"] == "Nat Rev Nephrol"


@pytest.mark.parametrize("text,authors", [
    ("Whelton PK, Carey RM, Casey DE Jr, Collins KJ, Dennison Himmelfarb C, et al. 2017 ACC/AHA guideline for the "
     "prevention of high blood pressure in adults. Hypertension. 2018;71(6):e13–115.",
     [("Whelton", "P.K.", None), ("Carey", "R.M."), ("Casey", "D.E.", "Jr"), ("Collins", "K.J.", None)]),
    ("Smith AB Jr, Jones CD. A trial of aspirin in older adults. N Engl J Med. 2019;380(2):100–9.",
     [("Smith", "A.B.", "Jr"), ("Jones", "C.D.", None)]),
])
def test_a_vancouver_suffix_after_the_initials_keeps_the_names_apart(text, authors):
    got = parse_reference(text)["author"]
    for name, (family, given, *suffix) in zip(got, authors):
        assert (name.get("family"), name.get("given")) == (family, given), got
        if suffix:
            assert name.get("suffix") == suffix[0], got


@pytest.mark.parametrize("text,url", [
    ('Wright, Derek. "Things Standing Together: A Retrospect on Things Fall Apart." Kunapipi, vol. 12, no. 2, 1990, '
     'pp. 76–82, ro.uow.edu.au/kunapipi/vol12/iss2/9.', "ro.uow.edu.au/kunapipi/vol12/iss2/9"),
    ("Okafor, Ngozi. \"Oral Tradition in the Classroom.\" Education Review, vol. 4, no. 1, 2015, pp. 3–19, "
     "eprints.soton.ac.uk/12345/.", "eprints.soton.ac.uk/12345/"),
])
def test_mla_link_on_a_country_academic_domain_is_a_url(text, url):
    item = parse_reference(text)
    assert item.get("URL") == url, item
    assert "/" not in item.get("page", ""), item


@pytest.mark.parametrize("text,book,publisher", [
    ('Walcott, Derek. "A Far Cry from Africa." Collected Poems, Faber and Faber, 1986, p. 17.',
     "Collected Poems", "Faber and Faber"),
    ('Walcott, Derek. "A Far Cry from Africa." The Norton Anthology of Poetry, W. W. Norton, 2005, pp. 1735-36.',
     "The Norton Anthology of Poetry", "W. W. Norton"),
])
def test_mla_part_of_a_book_with_no_editors(text, book, publisher):
    _has(parse_reference(text), {"type": "chapter", "container-title": book, "publisher": publisher})


def test_mla_newspaper_dated_by_day_stays_an_article():
    item = parse_reference('Smith, Ann. "Cold Rivers." The Guardian, 12 Mar. 2020, p. 5.')
    _has(item, {"type": "article-newspaper", "container-title": "The Guardian"})


@pytest.mark.parametrize("text,issued", [
    ("Федеральный закон от 29.07.2017 № 259-ФЗ «О внесении изменений в отдельные законодательные акты Российской "
     "Федерации».", [[2017, 7, 29]]),
    ("О стратегическом планировании в Российской Федерации : федер. закон от 28.06.2014 № 172-ФЗ // Собрание "
     "законодательства РФ. 2014. № 26. Ст. 3378.", [[2014, 6, 28]]),
    ("Про освіту : Закон України від 05.09.2017 № 2145-VIII. URL: https://zakon.rada.gov.ua/laws/show/2145-19 "
     "(дата звернення: 12.03.2021).", [[2017, 9, 5]]),
    ("Federal'nyi zakon ot 06.10.2003 N 131-FZ «Ob obshchikh printsipakh organizatsii mestnogo samoupravleniya v "
     "Rossiiskoi Federatsii» [Federal Law of 06.10.2003 No. 131-FZ On the general principles of local "
     "self-government in the Russian Federation]. (In Russ.)", [[2003, 10, 6]]),
])
def test_an_act_is_dated_by_its_own_date_in_figures_too(text, issued):
    # the same act with its month in words was dated; in figures its date stayed in the title alone
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert item["issued"] == {"date-parts": issued}
    assert "2014" not in text or item["container-title"] == "Собрание законодательства РФ"


@pytest.mark.parametrize("text", [
    "Department for Education (2019) Teacher recruitment and retention strategy. London: DfE.",
    "Department for Transport (2022) Transport statistics Great Britain 2022. London: DfT. Available at: "
    "https://www.gov.uk/government/statistics/transport-statistics-great-britain-2022 (Accessed: 3 March 2023).",
])
def test_a_department_publishing_under_its_own_initials_issued_a_report(text):
    # British departments write their small words' initials in lower case ("DfE"), which the acronym test missed
    assert parse_reference(text)["type"] == "report"


@pytest.mark.parametrize("text,families", [
    ("История России : в 3 т. / под ред. А. Н. Сахарова. – М. : АСТ, 2017. – Т. 2. – 528 с.", ["Сахаров"]),
    ("Устойчивое развитие : сб. ст. / под общ. ред. Е. М. Арыновой, Л. М. Григорьева. – Астана : ЕНУ, 2020. – 200 с.",
     ["Арынова", "Григорьев"]),
    ("Україна в світовій економіці : монографія / за ред. О. М. Кравчука. Київ : Наукова думка, 2023. 312 с.",
     ["Кравчук"]),
    # the nominative after "отв. ред." and a genitive whose nominative is not certain stay as printed
    ("Малашенко А. В. Ислам // Центральная Азия / отв. ред. Б. Б. Кадыров. М. : Аспект Пресс, 2017. С. 78–102.",
     ["Кадыров"]),
    ("Очерки истории : сб. ст. / под ред. Л. Н. Толстого. – М. : Наука, 1999. – 200 с.", ["Толстого"]),
])
def test_editors_after_pod_red_are_given_in_the_nominative(text, families):
    item = parse_reference(text)
    assert [name["family"] for name in item["editor"]] == families, item


def test_a_translator_after_per_s_angl_is_given_in_the_nominative():
    item = parse_reference("Канеман Д. Думай медленно… решай быстро / пер. с англ. О. В. Лаптевой ; под ред. А. А. "
                           "Дынкина. – М. : АСТ, 2014. – 653 с.")
    assert [name["family"] for name in item["translator"]] == ["Лаптева"]
    assert [name["family"] for name in item["editor"]] == ["Дынкин"]


@pytest.mark.parametrize("text,title", [
    ("Материалы Международной научно-практической конференции «Экономика и право: проблемы и перспективы» (Москва, "
     "15–16 марта 2021 г.) / отв. ред. И. И. Иванов. – М. : Изд-во МГУ, 2021. – 312 с.",
     "Материалы Международной научно-практической конференции «Экономика и право: проблемы и перспективы»"),
    ("Россия и мир : материалы междунар. конф. (Москва, 15–16 марта 2021 г.). – М. : Наука, 2021. – 312 с.",
     "Россия и мир: материалы междунар. конф."),
])
def test_a_meetings_bracket_leaves_no_year_mark_in_the_title(text, title):
    # the place and days went to the event, the year's "г.)" closing their bracket had stayed in the title
    item = parse_reference(text)
    assert item["title"] == title
    assert item["event-place"] == "Москва"
    assert item["event-date"] == {"date-parts": [[2021, 3, 15], [2021, 3, 16]]}

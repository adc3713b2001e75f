"""Blind batch 51: Russian and Central Asian journals' lists as printed since 2022 (GOST R 7.0.100-2018 and the
transliterated References)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, genre, title", [
    ("Ахмедова, Д. Р. Трудовая миграция из Узбекистана в условиях санкционного давления : дис. ... канд. экон. "
     "наук : 5.2.3 / Ахмедова Дилноза Рустамовна ; Российский экономический университет им. Г. В. Плеханова. – "
     "Москва, 2023. – 176 с.", "дис. ... канд. экон. наук : 5.2.3",
     "Трудовая миграция из Узбекистана в условиях санкционного давления"),
    ("Орлова Т. Н. Налоговая политика регионов России : автореф. дис. ... д-ра экон. наук : 5.2.4. – Казань, "
     "2022. – 40 с.", "автореф. дис. ... д-ра экон. наук : 5.2.4", "Налоговая политика регионов России"),
    ("Сидоров П. А. Информационная безопасность критической инфраструктуры : дис. … канд. техн. наук : 2.3.6. – "
     "Новосибирск, 2024. – 154 с.", "дис. … канд. техн. наук : 2.3.6", "Информационная безопасность критической "
     "инфраструктуры"),
])
def test_a_dissertation_s_speciality_code_of_the_2021_nomenclature_is_in_its_genre(text, genre, title):
    """Since 2021 the specialities are coded '5.2.3', '2.3.6' (the old nomenclature '08.00.05'); the code after the
    degree belongs to the genre as the old one did. It had been left in the title ('...: : 5.2.3')."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert (item["genre"], item["title"]) == (genre, title)


@pytest.mark.parametrize("text, container", [
    ("Стратегия пространственного развития Российской Федерации на период до 2025 года : утверждена распоряжением "
     "Правительства Российской Федерации от 13 февраля 2019 г. № 207-р. – Текст : электронный // Правительство "
     "России : официальный сайт. – URL: http://government.ru/docs/35733/ (дата обращения: 10.03.2024).",
     "Правительство России : официальный сайт"),
    ("Концепция внешней политики Российской Федерации : утверждена Указом Президента Российской Федерации от "
     "31.03.2023 № 229. – Текст : электронный // Президент России : официальный сайт. – URL: "
     "http://www.kremlin.ru/acts/bank/49090 (дата обращения: 12.04.2023).", "Президент России : официальный сайт"),
    ("Стратегія розвитку вищої освіти в Україні на 2022–2032 роки : затв. розпорядженням Кабінету Міністрів "
     "України від 23.02.2022 р. № 286-р. URL: https://zakon.rada.gov.ua/laws/show/286-2022-р (дата звернення: "
     "12.03.2024).", None),
])
def test_a_strategy_named_by_the_act_that_approved_it_is_legislation_on_any_site(text, container):
    """GOST's other title information naming the approving act ('... : утверждена распоряжением Правительства ...
    от ... № 207-р', DSTU's 'затверджено розпорядженням ...') makes the document an act, as ': федер. закон от ...'
    and 'утв. Указом ...' did; put online on an official site it had been a webpage."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert item.get("container-title") == container
    assert item["title"].endswith(("№ 207-р", "№ 229", "№ 286-р"))


@pytest.mark.parametrize("text, title, place", [
    ("Turgunov B.A. Raqamli iqtisodiyot sharoitida kichik biznesni rivojlantirish. Monografiya. – Toshkent: "
     "Iqtisodiyot, 2023. – 156 b.", "Raqamli iqtisodiyot sharoitida kichik biznesni rivojlantirish. Monografiya",
     "Toshkent"),
    ("Karimov I. A. Oʻzbekiston mustaqillikka erishish ostonasida. Monografiya. – Toshkent: Oʻzbekiston, 2011. – "
     "440 b.", "Oʻzbekiston mustaqillikka erishish ostonasida. Monografiya", "Toshkent"),
])
def test_the_area_dash_opens_the_imprint_after_a_genre_sentence(text, title, place):
    """A book's kind printed as a sentence after its title ('Title. Monografiya. – Toshkent: ...') stays in the
    title, as 'Title. Монография. – М.: ...' did; GOST's dash opens the imprint, so no word before it is the
    place. The place had been 'Monografiya. – Toshkent'."""
    item = parse_reference(text)
    assert item["type"] == "book"
    assert (item["title"], item["publisher-place"]) == (title, place)


@pytest.mark.parametrize("text, url, accessed", [
    ("Жұмабекова, Г. Т. Қазақстандағы цифрлық үкімет / Г. Т. Жұмабекова // Мемлекеттік басқару және мемлекеттік "
     "қызмет. – 2023. – № 2 (85). – Б. 34–47. – URL: https://journal.apa.kz/article/view/1234 (қаралған күні: "
     "12.02.2024).", "https://journal.apa.kz/article/view/1234", [2024, 2, 12]),
    ("Raximov M. A. Oʻzbekistonda davlat xizmatlarini raqamlashtirish // Iqtisodiyot va taʼlim. – 2023. – № 1. – "
     "URL: https://cedr.tsue.uz/index.php/journal/article/view/987 (murojaat sanasi: 15.01.2024).",
     "https://cedr.tsue.uz/index.php/journal/article/view/987", [2024, 1, 15]),
    ("Каримов Б. Ж. Ўзбекистонда рақамли иқтисодиёт // Иқтисодиёт ва инновацион технологиялар. – 2023. – № 2. – "
     "URL: https://uzjournals.edu.uz/iqtisodiyot/vol2023/iss2/5 (мурожаат санаси: 03.03.2024).",
     "https://uzjournals.edu.uz/iqtisodiyot/vol2023/iss2/5", [2024, 3, 3]),
])
def test_kazakh_and_uzbek_access_dates_are_read(text, url, accessed):
    """Kazakh lists print the access date as '(қаралған күні: ...)', Uzbek ones as '(murojaat sanasi: ...)' or
    '(мурожаат санаси: ...)', where Russian ones print '(дата обращения: ...)'; it had been lost or left in note
    with the link's cue."""
    item = parse_reference(text)
    assert item["type"] == "article-journal"
    assert item["URL"] == url
    assert item["accessed"] == {"date-parts": [accessed]}
    assert "URL" not in item.get("note", "")


@pytest.mark.parametrize("text, title, container", [
    ("Об информации, информационных технологиях и о защите информации : Федеральный закон от 27 июля 2006 г. "
     "№ 149-ФЗ : [принят Государственной думой 8 июля 2006 года : одобрен Советом Федерации 14 июля 2006 года]. – "
     "Текст : электронный // КонсультантПлюс : справочная правовая система. – URL: "
     "https://www.consultant.ru/document/cons_doc_LAW_61798/ (дата обращения: 15.01.2024).",
     "Об информации, информационных технологиях и о защите информации: Федеральный закон от 27 июля 2006 г. № 149-ФЗ",
     "КонсультантПлюс : справочная правовая система"),
    ("Об образовании в Российской Федерации : Федеральный закон от 29 декабря 2012 г. № 273-ФЗ : [принят "
     "Государственной думой 21 декабря 2012 года : одобрен Советом Федерации 26 декабря 2012 года] // Собрание "
     "законодательства Российской Федерации. – 2012. – № 53 (ч. I). – Ст. 7598.",
     "Об образовании в Российской Федерации: Федеральный закон от 29 декабря 2012 г. № 273-ФЗ",
     "Собрание законодательства Российской Федерации"),
])
def test_how_an_act_was_passed_is_kept_in_note_not_read_as_a_translated_title(text, title, container):
    """GOST R 7.0.100-2018 prints how an act was passed in square brackets after its kind and number ('[принят
    Государственной думой ... : одобрен Советом Федерации ...]'). References' bracket after a title is its
    translation, and the act had become a webpage titled by the bracket, its own title the original-title."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert (item["title"], item["container-title"]) == (title, container)
    assert "original-title" not in item
    assert item["note"].startswith("[принят Государственной думой")


@pytest.mark.parametrize("text, title", [
    ("Про освіту : Закон України від 05.09.2017 № 2145-VIII. – URL: https://zakon.rada.gov.ua/laws/show/2145-19 "
     "(дата звернення: 12.02.2024).", "Про освіту: Закон України від 05.09.2017 № 2145-VIII"),
    ("Про вищу освіту : Закон України від 01.07.2014 № 1556-VII. – URL: https://zakon.rada.gov.ua/laws/show/1556-18 "
     "(дата звернення: 12.02.2024).", "Про вищу освіту: Закон України від 01.07.2014 № 1556-VII"),
])
def test_an_act_s_short_title_before_its_kind_is_no_container(text, title):
    """An act's own title before its kind, date and number ('Про освіту : Закон України від ...') is the title's
    first part; the tagger had made the short title a container, as if the law were printed in it."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert item["title"] == title
    assert "container-title" not in item


@pytest.mark.parametrize("text, title", [
    ("Қазақстан Республикасының «Білім туралы» Заңы : 2007 жылғы 27 шілдедегі № 319-III. – URL: "
     "https://adilet.zan.kz/kaz/docs/Z070000319_ (қаралған күні: 12.02.2024).",
     "Қазақстан Республикасының «Білім туралы» Заңы: 2007 жылғы 27 шілдедегі № 319-III"),
    ("Қазақстан Республикасы Президентінің 2021 жылғы 26 ақпандағы № 522 Жарлығы. – URL: "
     "https://adilet.zan.kz/kaz/docs/U2100000522 (қаралған күні: 01.02.2024).",
     "Қазақстан Республикасы Президентінің 2021 жылғы 26 ақпандағы № 522 Жарлығы"),
    ("Кыргыз Республикасынын «Билим берүү жөнүндө» Мыйзамы : 2023-жылдын 11-августундагы № 179. – URL: "
     "http://cbd.minjust.gov.kg/act/view/ky-kg/112654 (дата обращения: 12.02.2024).",
     "Кыргыз Республикасынын «Билим берүү жөнүндө» Мыйзамы: 2023-жылдын 11-августундагы № 179"),
    ("O‘zbekiston Respublikasining «Ta’lim to‘g‘risida»gi Qonuni, 23.09.2020 y., O‘RQ-637-son. – URL: "
     "https://lex.uz/docs/5013007 (murojaat sanasi: 15.01.2024).",
     "O‘zbekiston Respublikasining «Ta’lim to‘g‘risida»gi Qonuni, 23.09.2020 y., O‘RQ-637-son"),
])
def test_kazakh_uzbek_and_kyrgyz_acts_named_by_the_state_and_their_kind_are_legislation(text, title):
    """Acts in the Turkic state languages open with the state's name in the genitive and close with their kind
    ('... Республикасының «...» Заңы', '... Президентінің ... Жарлығы', '... Respublikasining «...»gi Qonuni',
    '... Республикасынын «...» Мыйзамы'); their date in their own words stays in the title, as a Russian act's
    'от 29.12.2012 № 273-ФЗ' does. The state had been a person ('Қазақстан Республикасының' as given and family
    name), the date's words a journal with a volume and an issue."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert item["title"] == title
    assert not {"author", "container-title", "volume", "issue"} & set(item)


def test_a_book_on_the_state_names_no_act():
    """A book whose title opens with the state's name ('Қазақстан Республикасының тарихы', its history) is no act."""
    item = parse_reference("Қазақстан Республикасының тарихы : оқулық / М. Қ. Қозыбаев. – Алматы : Атамұра, 2010. "
                           "– 320 б.")
    assert item["type"] == "book"
    assert item["author"] == [{"family": "Қозыбаев", "given": "М. Қ."}]


@pytest.mark.parametrize("text, original", [
    ("Kazakhstan Respublikasynyn «Bilim turaly» Zany [Law of the Republic of Kazakhstan On education]. 2007. "
     "Available at: https://adilet.zan.kz/kaz/docs/Z070000319_ (accessed 12.02.2024). (In Kazakh)",
     "Kazakhstan Respublikasynyn «Bilim turaly» Zany"),
    ("Kazakhstan Respublikasy Prezidentinin 2021 zhylgy 26 akpandagy No. 522 Zharlygy [Decree of the President of "
     "the Republic of Kazakhstan of 26 February 2021 No. 522]. Available at: "
     "https://adilet.zan.kz/kaz/docs/U2100000522 (accessed 01.02.2024). (In Kazakh)",
     "Kazakhstan Respublikasy Prezidentinin 2021 zhylgy 26 akpandagy No. 522 Zharlygy"),
])
def test_a_kazakh_act_transliterated_in_references_has_no_author(text, original):
    """References transliterate the Kazakh act ('Kazakhstan Respublikasynyn «...» Zany', '... Prezidentinin ...
    Zharlygy') before its translation in brackets: the act is the original-title and the state no person (it had
    been given 'Kazakhstan', family 'Respublikasynyn')."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert item["original-title"] == original
    assert item["title"].startswith(("Law of the Republic", "Decree of the President"))
    assert "author" not in item and item["language"] == "kk"


@pytest.mark.parametrize("text, title", [
    ("Иванов И. И. Федеральный закон «О полиции» : комментарий. – М. : Юрайт, 2020. – 300 с.",
     "Федеральный закон «О полиции»: комментарий"),
    ("Петрова А. С. Указ Президента РФ о национальных целях развития: опыт реализации. – Москва : Проспект, 2022. – "
     "156 с.", "Указ Президента РФ о национальных целях развития: опыт реализации"),
])
def test_a_person_s_book_on_an_act_is_a_book(text, title):
    """A book by a person whose title opens with an act's kind (a commentary on a federal law) is a book, as a
    person's work about a law already was where the law was only named in its title; it had been legislation."""
    item = parse_reference(text)
    assert item["type"] == "book"
    assert item["title"] == title


@pytest.mark.parametrize("text, kind", [
    ("Қазақстан Республикасының Конституциясы : 1995 жылғы 30 тамызда республикалық референдумда қабылданған. – "
     "Астана : Юрист, 2023. – 40 б.", "legislation"),
    ("Oʻzbekiston Respublikasining Konstitutsiyasi. – Toshkent : Oʻzbekiston, 2023. – 80 b.", "legislation"),
    ("Сапарғалиев Ғ. С. Қазақстан Республикасының Конституциясы : түсініктеме. – Алматы : Жеті жарғы, 2020. – "
     "480 б.", "book"),
])
def test_a_constitution_named_by_the_state_in_the_genitive_is_legislation(text, kind):
    """Kazakh and Uzbek name their constitution after the state in the genitive ('Қазақстан Республикасының
    Конституциясы', 'Oʻzbekiston Respublikasining Konstitutsiyasi'), as Russian names it first ('Конституция
    Республики Казахстан'); printed on its own it is legislation, not a book, and a person's commentary stays a book."""
    assert parse_reference(text)["type"] == kind


@pytest.mark.parametrize("text, title, issued, note", [
    ("Росстат : официальный сайт. – Москва, 1999– . – URL: https://rosstat.gov.ru (дата обращения: 20.02.2024). – "
     "Текст : электронный.", "Росстат: официальный сайт", {"date-parts": [[1999]]}, None),
    ("Президент России : официальный сайт. – Москва. – Обновляется в течение суток. – URL: http://kremlin.ru "
     "(дата обращения: 10.02.2024). – Текст : электронный.", "Президент России: официальный сайт", None,
     "Обновляется в течение суток."),
])
def test_a_site_s_place_open_years_and_updates_are_no_part_of_its_title(text, title, issued, note):
    """GOST R 7.0.100-2018 describes a site with its place and the year it opened, left open ('– Москва, 1999– .'),
    and how often it is updated ('– Обновляется в течение суток.'): the town is the place, the update a note; both
    had run into the title ('Росстат : официальный сайт. – Москва')."""
    item = parse_reference(text)
    assert item["type"] == "webpage"
    assert (item["title"], item["publisher-place"]) == (title, "Москва")
    assert item.get("issued") == issued
    assert item.get("note") == note


@pytest.mark.parametrize("text, title, genre", [
    ("Смирнов, А. А. Институциональные факторы развития цифровой экономики в регионах России : специальность 5.2.3 "
     "«Региональная и отраслевая экономика» : диссертация на соискание ученой степени кандидата экономических наук "
     "/ Смирнов Алексей Андреевич ; Уральский федеральный университет. – Екатеринбург, 2022. – 198 с. – Текст : "
     "непосредственный.", "Институциональные факторы развития цифровой экономики в регионах России",
     "специальность 5.2.3 «Региональная и отраслевая экономика» : диссертация на соискание ученой степени кандидата "
     "экономических наук"),
    ("Вершинин, С. И. Правовое регулирование цифровых платформ : специальность 12.00.14 «Административное право; "
     "административный процесс» : автореферат диссертации на соискание ученой степени кандидата юридических наук / "
     "Вершинин Сергей Игоревич. – Москва, 2020. – 28 с.", "Правовое регулирование цифровых платформ",
     "специальность 12.00.14 «Административное право; административный процесс» : автореферат диссертации на "
     "соискание ученой степени кандидата юридических наук"),
])
def test_the_speciality_named_before_the_degree_is_in_the_genre(text, title, genre):
    """GOST R 7.0.100-2018 names the speciality, code and name, before the degree ('Title : специальность 5.2.3
    «...» : диссертация на соискание ученой степени ...'); it belongs with the degree as the code after it does,
    where it had been left in the title."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert (item["title"], item["genre"]) == (title, genre)


def test_a_standard_approved_by_an_order_stays_a_standard_with_its_title_area_whole():
    """GOST R 7.0.100-2018's standard says which order approved it ('утвержден и введен в действие Приказом ...
    от 23 декабря 2020 г. № 1371-ст'): the order's number is part of the title area, not an issue, and the
    standard stays a standard, though an approving act makes other documents legislation."""
    item = parse_reference(
        "ГОСТ Р 59277–2020. Системы искусственного интеллекта. Классификация систем искусственного интеллекта : "
        "национальный стандарт Российской Федерации : издание официальное : утвержден и введен в действие Приказом "
        "Федерального агентства по техническому регулированию и метрологии от 23 декабря 2020 г. № 1371-ст : введен "
        "впервые : дата введения 2021-03-01. – Москва : Стандартинформ, 2021. – 16 с.")
    assert (item["type"], item["number"]) == ("standard", "ГОСТ Р 59277–2020")
    assert "issue" not in item
    assert item["title"].endswith("от 23 декабря 2020 г. № 1371-ст: введен впервые: дата введения 2021-03-01")
    assert (item["publisher"], item["publisher-place"]) == ("Стандартинформ", "Москва")

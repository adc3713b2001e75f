"""Cyrillic reference lists: GOST, Ukrainian DSTU, Belarusian and Kazakh journals (blind batch 64)."""
from cslbridge.parse.fields import parse_references


def test_ukrainian_translator_statement_is_read_as_the_russian_one():
    """DSTU's "/ пер. з англ. О. Дяченко" and "/ переклад з англійської ..." name the translator as Russian's
    "/ пер. с англ. ..." does: the cue is no part of the name, and a man's consonant-stem genitive after it
    ("А. Савчука") is given in the nominative."""
    items = parse_references([
        "Гарарі Ю. Н. Людина розумна. Коротка історія людства / пер. з англ. О. Дяченко. Київ : Наш формат, 2018. 424 с.",
        "Канеман Д. Мислення швидке й повільне / пер. з англ. А. Савчука. Київ : Наш формат, 2017. 480 с.",
        "Гарарі Ю. Н. Людина розумна / переклад з англійської О. Дяченко. – Київ : Наш формат, 2018. – 424 с.",
    ])
    assert items[0]["translator"] == [{"family": "Дяченко", "given": "О."}]
    assert items[0]["title"] == "Людина розумна. Коротка історія людства"
    assert items[1]["translator"] == [{"family": "Савчук", "given": "А."}]
    assert items[2]["translator"] == [{"family": "Дяченко", "given": "О."}]
    assert items[2]["publisher"] == "Наш формат"


def test_ukrainian_belarusian_and_kazakh_national_standards_are_designations():
    """Ukraine's "ДСТУ 3008:2015", Belarus's "СТБ 1128-98" and Kazakhstan's "СТ РК 1.5-2019" opening an entry
    designate a standard, as "ГОСТ 31674–2012" does: the designation is the `number`, not the title's first words."""
    items = parse_references([
        "ДСТУ 3008:2015. Інформація та документація. Звіти у сфері науки і техніки. Структура та правила "
        "оформлювання. Київ : ДП «УкрНДНЦ», 2016. 26 с.",
        "СТБ 1128-98. Упаковка. Требования к маркировке. – Минск : Госстандарт, 1998. – 12 с.",
    ])
    assert [item["type"] for item in items] == ["standard", "standard"]
    assert items[0]["number"] == "ДСТУ 3008:2015"
    assert items[0]["title"].startswith("Інформація та документація. Звіти")
    assert items[1]["number"] == "СТБ 1128-98"
    assert items[1]["title"] == "Упаковка. Требования к маркировке"


def test_dstu_standard_in_force_sentence_is_no_part_of_the_title():
    """DSTU 8302 prints a standard's date of introduction as a sentence after the title, "Чинний від 2021-09-01."
    (bracketed or not), and "Вид. офіц." (official edition) after it, as GOST prints "– Введ. 2013-07-01.": an area of
    its own, kept in the note, not the title's end."""
    item = parse_references([
        "ДСТУ 4163:2020. Уніфікована система організаційно-розпорядчої документації. Вимоги до оформлення "
        "документів. [Чинний від 2021-09-01]. Вид. офіц. Київ : ДП «УкрНДНЦ», 2021. 37 с."])[0]
    assert item["title"] == ("Уніфікована система організаційно-розпорядчої документації. Вимоги до оформлення "
                             "документів")
    assert "original-title" not in item
    assert "Чинний від 2021-09-01" in item["note"]
    assert item["publisher-place"] == "Київ"


def test_dissertation_statement_after_degree_names_author_and_university():
    """"Title : дис. ... канд. пед. наук : 13.00.02 / О. Н. Сидорчук ; Белорус. гос. пед. ун-т им. М. Танка. – Минск,
    2016.": the degree and speciality are the title area's though the tagger took "наук : 13.00.02" for an imprint,
    so the statement after "/" is read as one: the heading's name repeated, then the university, the publisher."""
    item = parse_references([
        "Сидорчук, О. Н. Методика обучения грамматике в начальной школе : дис. ... канд. пед. наук : 13.00.02 / "
        "О. Н. Сидорчук ; Белорус. гос. пед. ун-т им. М. Танка. – Минск, 2016. – 190 л."])[0]
    assert item["type"] == "thesis"
    assert item["author"] == [{"family": "Сидорчук", "given": "О. Н."}]
    assert item["publisher"] == "Белорус. гос. пед. ун-т им. М. Танка"
    assert item["genre"] == "дис. ... канд. пед. наук : 13.00.02"


def test_learned_society_in_a_statement_is_a_body():
    """A society or union named after a work's title ("/ Российское кардиологическое общество", Ukrainian "/ Наукове
    товариство імені Шевченка") is one body, the `literal` author, not a person whose family name is "общество"."""
    items = parse_references([
        "Клинические рекомендации «Артериальная гипертензия у взрослых» / Российское кардиологическое общество. – "
        "2020. – URL: https://scardio.ru/content/Guidelines/2020/Clinic_rekom_AG.pdf (дата обращения: 12.01.2023). – "
        "Текст : электронный.",
        "Правила українського правопису / Наукове товариство імені Шевченка. – Львів, 2019. – 120 с.",
    ])
    assert items[0]["author"] == [{"literal": "Российское кардиологическое общество"}]
    assert items[1]["author"] == [{"literal": "Наукове товариство імені Шевченка"}]


def test_dissertation_heading_with_the_full_name_is_the_author():
    """GOST R 7.0.100's dissertation heads the entry with the author's full name, "Петренко, Олег Викторович.", and
    repeats it after "/": the heading is the author, not the title's first sentence, and the university after " ; "
    is the publisher, not a second author."""
    item = parse_references([
        "Петренко, Олег Викторович. Агроэкологическая оценка севооборотов в Центральном Черноземье : специальность "
        "06.01.01 «Общее земледелие, растениеводство» : диссертация на соискание ученой степени кандидата "
        "сельскохозяйственных наук / Петренко Олег Викторович ; Курская государственная сельскохозяйственная "
        "академия. – Курск, 2020. – 178 с. – Текст : непосредственный."])[0]
    assert item["author"] == [{"family": "Петренко", "given": "Олег Викторович"}]
    assert item["title"] == "Агроэкологическая оценка севооборотов в Центральном Черноземье"
    assert item["publisher"] == "Курская государственная сельскохозяйственная академия"
    assert item["type"] == "thesis"


def test_gost_bibliography_note_pages_are_not_the_works():
    """GOST's "– Библиогр.: с. 250–254." (Ukrainian "– Бібліогр.: с. ...") says where the work's bibliography is: its
    pages are no `page` of the work, nor "Библиогр" a publisher; the area is kept in the note."""
    items = parse_references([
        "Иванов, И. И. Основы токсикологии : учебное пособие / И. И. Иванов. – Москва : Химия, 2015. – 256 с. – "
        "Библиогр.: с. 250–254. – ISBN 978-5-98109-123-4.",
        "Петрук, В. Г. Промислова екологія : підручник / В. Г. Петрук. – Вінниця : ВНТУ, 2018. – 312 с. – "
        "Бібліогр.: с. 305–310.",
    ])
    for item, pages in zip(items, ("256", "312")):
        assert "page" not in item
        assert item["number-of-pages"] == pages
        assert "иблиогр" in item["note"] or "Бібліогр" in item["note"]
    assert items[0]["publisher"] == "Химия"
    assert items[1]["publisher"] == "ВНТУ"


def test_academy_cut_short_after_the_statement_is_the_publisher():
    """A dissertation's academy named in GOST's abbreviations after " ; " ("/ К. А. Мельников ; Саратов. гос. аграр.
    акад.") is the body that publishes it, its last abbreviation's stop kept, not a second author named "акад"."""
    item = parse_references([
        "Мельников, К. А. Мелиорация солонцов Поволжья : дис. ... канд. с.-х. наук : 06.01.02 / К. А. Мельников ; "
        "Саратов. гос. аграр. акад. – Саратов, 2012. – 168 с."])[0]
    assert item["author"] == [{"family": "Мельников", "given": "К. А."}]
    assert item["publisher"] == "Саратов. гос. аграр. акад."

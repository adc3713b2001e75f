"""Blind batch 72: Russian and post-Soviet historical references (GOST, References, notes)."""
from cslbridge.parse.fields import parse_reference


def test_soviet_gazette_prints_law():
    # The Soviet gazettes, cut short or transliterated, print acts as Собрание законодательства РФ does.
    item = parse_reference("Об организации машинно-тракторных станций // СУ РСФСР. 1929. № 61. Ст. 601.")
    assert item["type"] == "legislation"
    assert item["container-title"] == "СУ РСФСР"
    assert (item["issue"], item["section"]) == ("61", "601")
    item = parse_reference("[Decree of the Council of People's Commissars \"On the land\"]. Sobranie uzakonenii RSFSR, "
                           "1917, no. 1, art. 13. (In Russ.)")
    assert item["type"] == "legislation"
    assert item["container-title"] == "Sobranie uzakonenii RSFSR"
    assert item["section"] == "13"


def test_decree_named_first_is_titled_to_its_gazette():
    # "Декрет" opens an act as "Указ" does: its issuer's abbreviation ("ВЦИК", "СНК") is no person's initials.
    item = parse_reference("Декрет ВЦИК и СНК РСФСР от 1 июня 1921 г. «О мерах борьбы с неурожаем» // СУ РСФСР. 1921. "
                           "№ 49. Ст. 254.")
    assert item["type"] == "legislation"
    assert "author" not in item
    assert item["title"] == "Декрет ВЦИК и СНК РСФСР от 1 июня 1921 г. «О мерах борьбы с неурожаем»"
    assert item["issued"] == {"date-parts": [[1921, 6, 1]]}


def test_page_after_a_papers_day_in_a_note():
    # English notes cite a Soviet paper by its day and the page after it, with no "p.".
    item = parse_reference("Izvestiia, 14 July 1938, 3.")
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == "Izvestiia"
    assert item["issued"] == {"date-parts": [[1938, 7, 14]]}
    assert item["page"] == "3"


def test_journal_book_is_its_issue():
    # A journal printed in books ("Кн.") with no imprint numbers its issues so; the volume before it stays the volume.
    item = parse_reference("Шильдер Н. К. Император Павел I // Русская старина. 1899. Т. 97. Кн. 2. С. 241–270.")
    assert item["type"] == "article-journal"
    assert (item["container-title"], item["volume"], item["issue"]) == ("Русская старина", "97", "2")
    item = parse_reference("Ключевский В. О. Боярская дума // Русская мысль. – 1880. – Кн. 1. – С. 48–69.")
    assert (item["container-title"], item["issue"]) == ("Русская мысль", "1")
    assert "volume" not in item
    # A book's volume after its imprint stays the volume.
    item = parse_reference("Бердяев Н. А. Духи русской революции // Из глубины : сб. статей о русской революции. М. : "
                           "Изд-во Моск. ун-та, 1990. Кн. 1. С. 55–89.")
    assert item["volume"] == "1" and "issue" not in item


def test_title_word_after_compilers_role():
    # The title's first one-word sentence after "(comp.)" is no author.
    item = parse_reference("Kudryashova I.V. (comp.) Krym. Dokumenty po istorii [Crimea. Documents on the history]. "
                           "Moscow, ROSSPEN Publ., 2015. 512 p. (In Russ.)")
    assert "author" not in item
    assert item["compiler"] == [{"family": "Kudryashova", "given": "I.V."}]
    assert item["original-title"] == "Krym. Dokumenty po istorii"


def test_note_opening_with_editors_is_the_book():
    # "Name, eds., Title. Subtitle, vol. N (Place: Publisher, Year)": the second sentence is the title's, no container.
    item = parse_reference("V. P. Danilov et al., eds., Tragediia sovetskoi derevni. Kollektivizatsiia i "
                           "raskulachivanie, vol. 3 (Moscow: ROSSPEN, 2001), 112.")
    assert item["type"] == "book"
    assert "container-title" not in item
    assert item["title"] == "Tragediia sovetskoi derevni. Kollektivizatsiia i raskulachivanie"
    assert item["volume"] == "3"


def test_book_counting_its_pages_has_no_host():
    # A GOST book with its volume and its own page count: the second sentence of its title is no journal.
    item = parse_reference("Милюков П. Н. Очерки по истории русской культуры. Религия, литература, искусство. Т. 2. "
                           "М. : Прогресс-Культура, 1994. 416 с.")
    assert item["type"] == "book"
    assert item["title"] == "Очерки по истории русской культуры. Религия, литература, искусство"
    assert "container-title" not in item
    assert (item["volume"], item["number-of-pages"]) == ("2", "416")


def test_gost_reprint_gives_the_original_year():
    # A reprint of an edition of a year, printed after the imprint, dates the original.
    item = parse_reference("Даль В. И. Толковый словарь живого великорусского языка. Т. 1. М. : Русский язык, 1989. "
                           "699 с. (Репр. воспр. изд. 1880 г.)")
    assert item["issued"] == {"date-parts": [[1989]]}
    assert item["original-date"] == {"date-parts": [[1880]]}


def test_volume_title_before_the_statement_of_responsibility():
    # A volume's own title ending at "/ под ред." is its volume-title; its years are no date nor pages.
    item = parse_reference("Трагедия советской деревни. Коллективизация и раскулачивание : документы и материалы : в "
                           "5 т. Т. 1. Май 1927 – ноябрь 1929 / под ред. В. Данилова. – М. : РОССПЭН, 1999. – 880 с.")
    assert item["type"] == "book"
    assert (item["volume"], item["volume-title"]) == ("1", "Май 1927 – ноябрь 1929")
    assert item["issued"] == {"date-parts": [[1999]]}
    assert "page" not in item


def test_one_figure_article_in_a_transliterated_gazette():
    # References' "no. 1, art. 3.": the act's article in the gazette issue, however short its number.
    item = parse_reference("[Decree of the Council of People's Commissars \"On the land\"]. Sobranie uzakonenii "
                           "RSFSR, 1917, no. 1, art. 3. (In Russ.)")
    assert item["type"] == "legislation"
    assert (item["issue"], item["section"]) == ("1", "3")
    assert "note" not in item

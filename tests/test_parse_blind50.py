"""Blind batch 50: lists in other scripts and languages (Ukrainian, Polish, Czech, Turkish, Chinese, Japanese, Kazakh,
Uzbek, Scandinavian, Portuguese)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, pages", [
    ("Saidov A. R. O‘zbekistonda kichik biznesni rivojlantirish. – Toshkent: Fan, 2017. – 312 b.", "312"),
    ("Tursynov A. E. Áleýmettik saıasat negizderi. – Astana: Foliant, 2019. – 176 bet.", "176"),
])
def test_a_count_of_pages_in_latin_script_kazakh_and_uzbek(text, pages):
    """Latin-script Kazakh and Uzbek write the Cyrillic lists' page word 'б.' / 'бет' as 'b.' / 'bet'; '– 312 b.' was
    kept as a page range '312 b'."""
    item = parse_reference(text)
    assert item["number-of-pages"] == pages and "page" not in item


@pytest.mark.parametrize("text, page", [
    ("Seıtqali N. Ulttyq tárbıe negizderi // Qazaqstan mektebi. – 2021. – № 4. – B. 18–24.", "18-24"),
    ("Yusupov Sh. Raqamli iqtisodiyot va mehnat bozori // Iqtisodiyot va ta’lim. – 2022. – № 1. – 33–41 b.", "33-41"),
])
def test_latin_script_kazakh_and_uzbek_page_word(text, page):
    """'B. 18–24' and '33–41 b.' kept their page word in the page."""
    assert parse_reference(text)["page"] == page


@pytest.mark.parametrize("text, translators, title", [
    ("Said, E. W. (2017). Şarkiyatçılık: Batının Şark anlayışları (Çev. B. Ülner). İstanbul: Metis Yayınları.",
     [{"family": "Ülner", "given": "B."}], "Şarkiyatçılık: Batının Şark anlayışları"),
    ("Bourdieu, P. (2015). Ayrım: Beğeni yargısının toplumsal eleştirisi (Çev. D. Fırat ve G. Berkkurt). Ankara: "
     "Heretik.", [{"family": "Fırat", "given": "D."}, {"family": "Berkkurt", "given": "G."}],
     "Ayrım: Beğeni yargısının toplumsal eleştirisi"),
    ("Foucault, M. (2002). Vigilar y castigar (Trad. A. Garzón del Camino). Siglo XXI Editores.",
     [{"family": "Garzón del Camino", "given": "A."}], "Vigilar y castigar"),
])
def test_a_bracket_the_translators_word_opens_names_the_translator(text, translators, title):
    """Turkish APA opens the bracket with the role word ('(Çev. B. Ülner)') where English APA closes it ('(B. Ülner,
    Trans.)'); the bracket had stayed in the title."""
    item = parse_reference(text)
    assert item["translator"] == translators
    assert item["title"] == title
    assert item["type"] == "book" and "publisher" in item


@pytest.mark.parametrize("text, author, title", [
    ("MONTEIRO, Nuno Gonçalo – Elites e poder: entre o Antigo Regime e o Liberalismo. 3.ª ed. Lisboa: Imprensa de "
     "Ciências Sociais, 2012.", {"family": "MONTEIRO", "given": "Nuno Gonçalo"},
     "Elites e poder: entre o Antigo Regime e o Liberalismo"),
    ("PEREIRA, Miriam Halpern – A crise do Estado de Antigo Regime. Ler História. ISSN 0870-6182. N.º 2 (1983), p. 3-22.",
     {"family": "PEREIRA", "given": "Miriam Halpern"}, "A crise do Estado de Antigo Regime"),
    ("RAMOS, R. M. – História de Portugal. Lisboa: Esfera dos Livros, 2009.", {"family": "RAMOS", "given": "R. M."},
     "História de Portugal"),
])
def test_np_405_dash_closes_the_names(text, author, title):
    """Portugal's NP 405 puts a spaced dash between the names and the title; the given names had been read as the
    title's first words ('Nuno Gonçalo – Elites e poder'), or the title as more of the names."""
    item = parse_reference(text)
    assert item["author"] == [author]
    assert item["title"] == title


@pytest.mark.parametrize("text, title, number", [
    ("[7] 中华人民共和国住房和城乡建设部. 建筑结构荷载规范: GB 50009—2012[S]. 北京: 中国建筑工业出版社, 2012.",
     "建筑结构荷载规范", "GB 50009—2012"),
    ("[2] 国家市场监督管理总局, 国家标准化管理委员会. 信息安全技术 个人信息安全规范: GB/T 35273—2020[S]. 北京: 中国标准出版社, "
     "2020.", "信息安全技术 个人信息安全规范", "GB/T 35273—2020"),
])
def test_gbt_standard_designation_after_the_title_is_its_number(text, title, number):
    """GB/T 7714 cites a standard 'Title: Designation[S]'; the designation had stayed in the title and the standard
    had no number."""
    item = parse_reference(text)
    assert item["type"] == "standard"
    assert (item["title"], item["number"]) == (title, number)


@pytest.mark.parametrize("text, expected", [
    ("Ustawa z dnia 26 czerwca 1974 r. Kodeks pracy (Dz.U. z 2023 r. poz. 1465).",
     {"title": "Ustawa z dnia 26 czerwca 1974 r. Kodeks pracy", "container-title": "Dz.U.", "section": "1465",
      "issued": {"date-parts": [[2023]]}}),  # a later year's consolidated text: the gazette's year dates it
    ("Ustawa z dnia 14 grudnia 2016 r. – Prawo oświatowe, Dz. U. 2017, poz. 59.",
     {"title": "Ustawa z dnia 14 grudnia 2016 r. – Prawo oświatowe", "container-title": "Dz. U.", "section": "59",
      "issued": {"date-parts": [[2017]]}}),
    ("Rozporządzenie Ministra Edukacji Narodowej z dnia 14 lutego 2017 r. w sprawie podstawy programowej, Dz.U. z "
     "2017 r. poz. 356.", {"title": "Rozporządzenie Ministra Edukacji Narodowej z dnia 14 lutego 2017 r. w sprawie "
                                    "podstawy programowej", "container-title": "Dz.U.", "section": "356"}),
    ("Ustawa z dnia 27 sierpnia 2004 r. o świadczeniach opieki zdrowotnej finansowanych ze środków publicznych, Dz.U. "
     "z 2004 r. Nr 210, poz. 2135.", {"container-title": "Dz.U.", "issue": "210", "section": "2135",
                                      "issued": {"date-parts": [[2004, 8, 27]]}}),
])
def test_polish_acts_in_the_journal_of_laws(text, expected):
    """'Dz.U. z 2004 r. Nr 210, poz. 2135': the gazette, its year, number and item (a section, as GOST's 'Ст.'); the
    gazette had run into 'z 2004 r. Nr', the number been a volume and the item a page, or the whole a note."""
    item = parse_reference(text)
    assert item["type"] == "legislation"
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize("text, editors, book", [
    ("Zieliński M., Samorząd terytorialny w Polsce. W: Red. A. Nowak i B. Kowalczyk, Administracja publiczna. "
     "Warszawa: Wolters Kluwer, 2019, s. 45–67.", [("Nowak", "A."), ("Kowalczyk", "B.")], "Administracja publiczna"),
    ("Wiśniewski P., Polityka mieszkaniowa. W: Red. J. Nowak, M. Zając, Polityka społeczna w Polsce. Kraków: "
     "Universitas, 2016, s. 201–220.", [("Nowak", "J."), ("Zając", "M.")], "Polityka społeczna w Polsce"),
])
def test_role_word_after_in_puts_the_editors_before_the_book(text, editors, book):
    """Polish 'W: Red. J. Kowalski, Book. Warszawa: ...': the book had been read as one more editor (or the editors
    as part of the book)."""
    item = parse_reference(text)
    assert item["type"] == "chapter"
    assert [(name["family"], name["given"]) for name in item["editor"]] == editors
    assert item["container-title"] == book


@pytest.mark.parametrize("text, title", [
    ("Türkiye İstatistik Kurumu. (2022). İşgücü istatistikleri, 2021. Erişim adresi: "
     "https://data.tuik.gov.tr/Bulten/Index?p=Isgucu-Istatistikleri-2021-45645", "İşgücü istatistikleri, 2021"),
    ("Türkiye İstatistik Kurumu. (2020). Doğum istatistikleri, 2019. Erişim adresi: "
     "https://data.tuik.gov.tr/Bulten/Index?p=Dogum-Istatistikleri-2019-33706", "Doğum istatistikleri, 2019"),
])
def test_turkish_statistics_office_heading_its_work_is_a_report(text, title):
    """'İstatistik' (its dotted capital before 'statisti') names a statistics office as 'Statistics' and
    'Statystyczny' do, so its own work is a report; its title had been left in the note."""
    item = parse_reference(text)
    assert item["type"] == "report"
    assert item["author"] == [{"literal": "Türkiye İstatistik Kurumu"}]
    assert item["title"] == title


@pytest.mark.parametrize("text, book", [
    ("HORÁK, Pavel. Sociální služby v obcích. In: Sborník příspěvků z mezinárodní konference Veřejná správa 2020. "
     "Pardubice: Univerzita Pardubice, 2020, s. 88–95.", "Sborník příspěvků z mezinárodní konference Veřejná správa 2020"),
    ("NOVOTNÝ, Jan. Regionální disparity. In: Sborník příspěvků z XX. mezinárodního kolokvia o regionálních vědách. "
     "Brno: Masarykova univerzita, 2017, s. 101–108.", "Sborník příspěvků z XX. mezinárodního kolokvia o regionálních vědách"),
    ("Yılmaz, A. (2019). Göç ve kent. Uluslararası Göç Kongresi Bildiriler Kitabı içinde (s. 45–52). İstanbul: Marmara "
     "Üniversitesi.", "Uluslararası Göç Kongresi Bildiriler Kitabı"),
])
def test_a_meeting_named_in_its_own_language_makes_a_conference_paper(text, book):
    """A book of a 'kolokvium', 'konference' or 'Kongre' is a meeting's proceedings, as one of a 'conference' is."""
    item = parse_reference(text)
    assert item["type"] == "paper-conference"
    assert item["container-title"] == book


@pytest.mark.parametrize("text, book, place", [
    ("Ковальчук Н. П. Цифрові навички вчителів. Освіта в умовах змін : тези доп. Всеукр. наук.-практ. конф. (Полтава, "
     "22 квіт. 2021 р.). Полтава, 2021. С. 34–36.",
     "Освіта в умовах змін : тези доп. Всеукр. наук.-практ. конф. (Полтава, 22 квіт. 2021 р.)", "Полтава"),
    ("Ковальчук Н. П. Цифрові навички вчителів // Освіта в умовах змін : матеріали Всеукр. наук.-практ. конф. "
     "(Полтава, 22–23 квіт. 2021 р.). Полтава, 2021. С. 34–36.",
     "Освіта в умовах змін : матеріали Всеукр. наук.-практ. конф. (Полтава, 22–23 квіт. 2021 р.)", "Полтава"),
    ("Иванов И. И. Цифровые навыки учителей // Образование в условиях перемен : материалы Всерос. науч.-практ. конф. "
     "(Москва, 22–23 апр. 2021 г.). Москва, 2021. С. 34–36.",
     "Образование в условиях перемен : материалы Всерос. науч.-практ. конф. (Москва, 22–23 апр. 2021 г.)", "Москва"),
])
def test_a_meetings_book_with_its_place_and_days_then_a_town_and_year(text, book, place):
    """The meeting's bracket of place and days, then an imprint of a town and a year alone: the days had been read as a
    volume, the town as an author or the year and pages left in the note."""
    item = parse_reference(text)
    assert item["type"] == "paper-conference"
    assert item["author"][0]["given"] in ("Н. П.", "И. И.") and len(item["author"]) == 1
    assert (item["container-title"], item["publisher-place"]) == (book, place)
    assert item["issued"] == {"date-parts": [[2021]]} and item["page"] == "34-36"
    assert "note" not in item


@pytest.mark.parametrize("text, year, original", [
    ("Heiets, V. M. (Ed.). (2019). Ekonomika Ukrainy: stratehiia rozvytku [Economy of Ukraine: development strategy]. "
     "Kyiv: Naukova dumka [in Ukrainian].", 2019, "Ekonomika Ukrainy: stratehiia rozvytku"),
    ("Hrytsenko, A. A. (Ed.). (2020). Instytutsiina ekonomika [Institutional economics]. Kyiv: Naukova dumka.", 2020,
     "Instytutsiina ekonomika"),
])
def test_apa_editors_bracketed_year_is_the_date(text, year, original):
    """After 'Name, V. M. (Ed.).' the bracketed year had been read as the first word of the transliterated title."""
    item = parse_reference(text)
    assert item["issued"] == {"date-parts": [[year]]}
    assert item["original-title"] == original
    assert item["editor"][0]["given"] in ("V. M.", "A. A.")


@pytest.mark.parametrize("text, edition, place", [
    ("[9] 周其仁. 产权与制度变迁[M]. 2版. 北京: 北京大学出版社, 2004.", "2", "北京"),
    ("[3] 林毅夫. 中国的奇迹: 发展战略与经济改革[M]. 第3版. 上海: 格致出版社, 2014.", "3", "上海"),
])
def test_gbt_edition(text, edition, place):
    """GB/T's '2版.' / '第3版.' is the edition; it had run into the place ('2版. 北京')."""
    item = parse_reference(text)
    assert (item["edition"], item["publisher-place"]) == (edition, place)


@pytest.mark.parametrize("text, genre, school", [
    ("佐藤花子. 少子高齢化社会の財政政策. 博士論文, 東京大学, 2017.", "博士論文", "東京大学"),
    ("鈴木一郎. 地方自治体の広域連携に関する研究. 修士論文, 京都大学, 2019.", "修士論文", "京都大学"),
])
def test_japanese_thesis(text, genre, school):
    """SIST 02's '博士論文, 東京大学, 2017.' names a doctoral thesis and its university; the item had been a journal
    article in '博士論文, 東京大学'."""
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert (item["genre"], item["publisher"]) == (genre, school)


@pytest.mark.parametrize("text, authors, paper, day, page", [
    ("[7] 张华. 城市更新中的公众参与[N]. 人民日报, 2021-03-15(5).", ["张华"], "人民日报", [2021, 3, 15], "5"),
    ("[8] 李强, 王芳. 数字经济助力乡村振兴[N]. 经济日报, 2022-06-08(11).", ["李强", "王芳"], "经济日报", [2022, 6, 8], "11"),
])
def test_gbt_newspaper_article(text, authors, paper, day, page):
    """GB/T's '[N]. 人民日报, 2021-03-15(5).': the paper, the day and the page in brackets; the paper had been read as
    an author (or run into the title) and the page as an issue."""
    item = parse_reference(text)
    assert item["type"] == "article-newspaper"
    assert [name["literal"] for name in item["author"]] == authors
    assert (item["container-title"], item["issued"]["date-parts"][0], item["page"]) == (paper, day, page)


@pytest.mark.parametrize("text, publisher", [
    ("Libanova, E. M. (2018). Liudskyi rozvytok v Ukraini [Human development in Ukraine]. Kyiv: Instytut demohrafii ta "
     "sotsialnykh doslidzhen imeni M. V. Ptukhy NAN Ukrainy [in Ukrainian].",
     "Instytut demohrafii ta sotsialnykh doslidzhen imeni M. V. Ptukhy NAN Ukrainy"),
    ("Hrytsenko, A. A. (Ed.). (2020). Instytutsiina ekonomika [Institutional economics]. Kyiv: Instytut ekonomiky ta "
     "prohnozuvannia NAN Ukrainy [in Ukrainian].", "Instytut ekonomiky ta prohnozuvannia NAN Ukrainy"),
])
def test_ukrainian_references_imprint_before_the_language_mark(text, publisher):
    """'Kyiv: <a body's long name> [in Ukrainian].': the body had been left in the note or run into the title."""
    item = parse_reference(text)
    assert item["type"] == "book"
    assert (item["publisher-place"], item["publisher"], item["language"]) == ("Kyiv", publisher, "uk")


@pytest.mark.parametrize("text, expected", [
    ("MATTOSO, José, coord. – História de Portugal. Lisboa: Círculo de Leitores, 1993.",
     {"type": "book", "editor": [{"family": "MATTOSO", "given": "José"}], "title": "História de Portugal"}),
    ("SILVA, Maria do Carmo – A escola e a comunidade. In MONTEIRO, Rui, coord. – Educação em Portugal. Lisboa: Educa, "
     "2004. p. 45-67.", {"type": "chapter", "author": [{"family": "SILVA", "given": "Maria do Carmo"}],
                         "editor": [{"family": "MONTEIRO", "given": "Rui"}], "container-title": "Educação em Portugal"}),
    ("PINTO, António Costa – O fim do império. In ROSAS, Fernando; OLIVEIRA, Pedro Aires, coord. – A transição falhada. "
     "Lisboa: Notícias, 2004. p. 101-130.",
     {"type": "chapter", "editor": [{"family": "ROSAS", "given": "Fernando"}, {"family": "OLIVEIRA", "given": "Pedro Aires"}],
      "container-title": "A transição falhada", "page": "101-130"}),
])
def test_np_405_editors_and_chapters(text, expected):
    """NP 405's 'SURNAME, Given, coord. –' names editors, and after 'In' a chapter's book; 'coord.' had been read as a
    second name, the book's editors as part of its title, and 'Maria do Carmo' split into two people."""
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


def test_norwegian_apa_retrieved_from_and_statistics_office():
    """'Hentet fra' is Norwegian and Danish APA's 'Retrieved from' (it had been read as a container), and 'Statistisk
    sentralbyrå' is a body (it had been a person, given name 'Statistisk'), whose own work is a report."""
    item = parse_reference("Statistisk sentralbyrå. (2021). Befolkningens utdanningsnivå. Hentet fra "
                           "https://www.ssb.no/utdanning/statistikker/utniv")
    assert item["author"] == [{"literal": "Statistisk sentralbyrå"}]
    assert item["type"] == "report" and item["title"] == "Befolkningens utdanningsnivå"
    assert "container-title" not in item


def test_danish_bind_is_the_volume():
    item = parse_reference("Petersen, K. (2017). Dansk velfærdshistorie. Bind 5. Odense: Syddansk Universitetsforlag.")
    assert (item["type"], item["volume"]) == ("book", "5")
    assert "container-title" not in item


def test_latin_script_kazakh_constitution():
    """'Qazaqstan Respýblıkasynyń Konstıtýtsııasy.' had been read as a person's name with no title."""
    item = parse_reference("Qazaqstan Respýblıkasynyń Konstıtýtsııasy. – Almaty: Jeti jarǵy, 2020. – 56 b.")
    assert item["type"] == "legislation"
    assert item["title"] == "Qazaqstan Respýblıkasynyń Konstıtýtsııasy" and "author" not in item


def test_latin_script_imprint_with_its_colon_glued_to_an_unknown_town():
    """'– Nur-Sultan: L.N. Gýmılev atyndaǵy EUU, 2021.': the GOST imprint the tagger ran into the title is read with
    the colon glued to the town as with a spaced one."""
    item = parse_reference("Nurlanov B. Qazaqstan Respýblıkasynyń áleýmettik saıasaty: monografııa. – Nur-Sultan: "
                           "L.N. Gýmılev atyndaǵy EUU, 2021. – 220 b.")
    assert item["title"] == "Qazaqstan Respýblıkasynyń áleýmettik saıasaty: monografııa"
    assert (item["publisher-place"], item["publisher"]) == ("Nur-Sultan", "L.N. Gýmılev atyndaǵy EUU")


def test_iso_690_capital_family_name_and_known_given_name_open_the_author():
    """'KOVÁŘ, Martin. Title. Brno, 2016. Diplomová práce.': the tagger had read the name as the title's start, and the
    thesis had no author."""
    item = parse_reference("KOVÁŘ, Martin. Sociální politika obcí. Brno, 2016. Diplomová práce. Masarykova univerzita, "
                           "Fakulta sociálních studií.")
    assert item["author"] == [{"family": "KOVÁŘ", "given": "Martin"}]
    assert item["title"] == "Sociální politika obcí"
    assert (item["type"], item["genre"]) == ("thesis", "Diplomová práce")

"""Parser faults left alone by the round's helpers (branch leftalone20): other locales' marks and cues."""

from cslbridge.parse.fields import parse_reference


def test_other_locales_no_date_marks_in_the_years_place_are_no_date():
    """German '(o. J.)' was read as a second author (family '(o. J.)', given 'H.'), French '(s.d.)' and Spanish
    '(s.f.)' went to the note: in the year's place they are the locale's '(n.d.)', no date and nothing else."""
    for text in ("Becker, W. (o. J.). Die Mühlen am Neckar. Tübingen: Mohr.",
                 "Lefèvre, A. (s.d.). Les moulins de la Loire. Tours : Mame.",
                 "Ortega, L., & Ruiz, C. (s.f.). Los molinos del Tajo. Toledo: Azacanes."):
        item = parse_reference(text)
        assert [a["family"] for a in item["author"]][0] in ("Becker", "Lefèvre", "Ortega"), text
        assert all("(" not in a["family"] for a in item["author"]), text
        assert "issued" not in item and "note" not in item, text
        assert item["title"].startswith(("Die", "Les", "Los")), text


def test_unbracketed_no_place_no_publisher_and_no_date_marks_in_an_imprint_name_no_field():
    """'Title. o. O.: Eigenverlag, o. J.' ran 'o.' into the title, read 'O.' as the place and 'Eigenverlag, o. J.' as
    the publisher; 's.l. : s.n., 1911' gave place 's.l.' and publisher 's.n.': the marks for no place and no publisher
    go to note (as ABNT's bracketed '[S. l.: s. n.]' do), the one for no date is no date; an imprint naming neither
    is still a book's."""
    item = parse_reference("Vogel, E.: Chronik des Dorfes Lichtenau. o. O.: Eigenverlag, o. J.")
    assert item["title"] == "Chronik des Dorfes Lichtenau"
    assert item["publisher"] == "Eigenverlag" and "publisher-place" not in item and "issued" not in item
    item = parse_reference("Moreau, P. Les églises romanes du Poitou. s.l. : s.n., 1911.")
    assert item["title"] == "Les églises romanes du Poitou" and item["issued"] == {"date-parts": [[1911]]}
    assert "publisher" not in item and "publisher-place" not in item and item["type"] == "book"
    item = parse_reference("Смирнов П. А. Очерки истории края. – Б. м. : б. и., б. г. – 88 с.")
    assert item["title"] == "Очерки истории края" and "publisher" not in item and "issued" not in item
    item = parse_reference("Moreau, P. Les églises romanes du Poitou. Poitiers : s.n., 1911.")
    assert item["publisher-place"] == "Poitiers" and "publisher" not in item


def test_a_national_seminars_prosiding_with_a_volume_is_a_conference_paper():
    """'Prosiding Seminar Nasional ..., 4, 45–52.' was typed a journal article (a container called Proceedings with a
    volume and pages is a society's journal): Indonesian 'Prosiding', 'Simposium' and a national or international
    seminar name a meeting, so the paper is a conference paper; a 'Prosiding' naming no meeting stays a journal."""
    item = parse_reference("Rahmawati, S. (2019). Literasi digital mahasiswa calon guru. Prosiding Simposium Nasional "
                           "Teknologi Pendidikan, 5, 77–84.")
    assert item["type"] == "paper-conference" and item["volume"] == "5"
    item = parse_reference("Hakim, L. (2021). Zakat and rural poverty. Proceedings of the International Seminar on "
                           "Islamic Economics, 2, 33–40.")
    assert item["type"] == "paper-conference"
    item = parse_reference("Hakim, L. (2021). Zakat and rural poverty. Proceedings of the Royal Society A, 477, 33–40.")
    assert item["type"] == "article-journal"


def test_indonesian_mei_in_a_date_is_may():
    """'(2022, 9 Mei).' kept only the year and left the bracket in the note ('Mei', also a given name, is not among
    the month names): after a day or before a year it is May, as Dutch 'mei' is."""
    item = parse_reference("Lestari, D. (2022, 9 Mei). Harga cabai melonjak di pasar tradisional. Diakses dari "
                           "https://www.example.co.id/ekonomi/harga-cabai")
    assert item["issued"] == {"date-parts": [[2022, 5, 9]]} and "note" not in item
    assert item["title"] == "Harga cabai melonjak di pasar tradisional"
    item = parse_reference("Dekker, J. (2017, 21 mei). De woningmarkt in Utrecht. Geraadpleegd op 3 juni 2020, van "
                           "https://www.example.nl/woningmarkt")
    assert item["issued"] == {"date-parts": [[2017, 5, 21]]} and "note" not in item


def test_an_indonesian_or_malay_theses_university_town_is_its_place():
    """'(Skripsi). Universitas Diponegoro, Semarang.' kept the town in the publisher, which the places list did not
    know: Indonesian and Malay university towns are places, so the town after the university's comma is the place."""
    item = parse_reference("Hidayat, R. (2020). Strategi pemasaran UMKM batik di masa pandemi (Skripsi). Universitas "
                           "Negeri Malang, Malang.")
    assert (item["type"], item["genre"]) == ("thesis", "Skripsi")
    assert (item["publisher"], item["publisher-place"]) == ("Universitas Negeri Malang", "Malang")
    item = parse_reference("Ismail, S. (2016). Amalan pengajaran guru Bahasa Melayu (Tesis Sarjana). Universiti Putra "
                           "Malaysia, Serdang.")
    assert (item["publisher"], item["publisher-place"]) == ("Universiti Putra Malaysia", "Serdang")


def test_a_bracketed_tesis_after_the_title_is_the_theses_genre():
    """'Title (Tesis). Universitas ...' kept '(Tesis)' in the title and typed a book ('Tesis' alone was read only
    before a stop or comma), and Malay '(Tesis PhD)' stayed in the title: bracketed, as APA's '(Skripsi)' is, it is
    the thesis's genre."""
    item = parse_reference("Wulandari, E. (2021). Peran modal sosial dalam pengembangan desa wisata (Tesis). "
                           "Universitas Sebelas Maret, Surakarta.")
    assert (item["type"], item["genre"], item["title"]) == ("thesis", "Tesis", "Peran modal sosial dalam pengembangan "
                                                                              "desa wisata")
    item = parse_reference("Hassan, M. (2015). Tadbir urus koperasi di Malaysia (Tesis PhD). Universiti Utara "
                           "Malaysia, Sintok.")
    assert (item["type"], item["genre"]) == ("thesis", "Tesis PhD")
    assert item["title"] == "Tadbir urus koperasi di Malaysia"


def test_a_chapters_book_after_dalam_and_its_editors_runs_to_the_bracketed_hlm_pages():
    """'Dalam S. Wibowo & T. Handayani (Eds.), Book (hlm. 55–78). Place: Publisher.' ran the book into the chapter's
    title and typed a book where the tagger read the book as title: the chapter rule's bracketed pages did not know the
    Indonesian and Malay cue 'hlm.'/'hal.'."""
    item = parse_reference("Rahman, F. (2019). Kebijakan fiskal daerah. Dalam H. Siregar (Ed.), Tata kelola keuangan "
                           "daerah (hlm. 33–50). Yogyakarta: Pustaka Pelajar.")
    assert item["type"] == "chapter" and item["title"] == "Kebijakan fiskal daerah"
    assert item["container-title"] == "Tata kelola keuangan daerah" and item["page"] == "33-50"
    assert [e["family"] for e in item["editor"]] == ["Siregar"]


def test_an_open_access_journals_year_after_its_name_is_its_volume_before_an_article_id():
    """Hindawi's 'Journal, 2014, Article ID 832581, 12 pages.' read 'Article ID' as the volume (APA, the work dated
    before) or left it in the note (IEEE's 'vol. 2014, Article ID ...'): 'Article ID' cues the article number, read as
    the page, and the year after the journal's name, the work dated before, is the volume named for it."""
    item = parse_reference("Okafor, C., & Bello, A. (2014). Malaria prevalence among pregnant women in Lagos. "
                           "BioMed Research International, 2014, Article ID 832581, 12 pages.")
    assert (item["volume"], item["page"], item["number-of-pages"]) == ("2014", "832581", "12")
    assert item["issued"] == {"date-parts": [[2014]]} and item["container-title"] == "BioMed Research International"
    item = parse_reference("C. Okafor and A. Bello, “Malaria prevalence among pregnant women in Lagos,” BioMed "
                           "Research International, vol. 2014, Article ID 832581, 12 pages, 2014.")
    assert (item["volume"], item["page"]) == ("2014", "832581") and "note" not in item

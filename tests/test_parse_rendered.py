"""Layouts the official CSL styles print, read back (found by bench/parse_rendered.py)."""

from cslbridge.parse.fields import _item_type, parse_reference


def _names(item, role="author"):
    return [(n.get("family"), n.get("given")) for n in item.get(role, [])]


def test_spaced_slash_joins_inverted_names():
    # German humanities styles print "Family, I. / Family, I." (the bare-slash form was read already)
    item = parse_reference("Hoffmann, K. / Lindner, P. / Schrader, T. M., Die Stadt als Bühne: Festkultur im "
                           "Spätmittelalter, in: Zeitschrift für Stadtgeschichte 14 (2018), S. 201–233.")
    assert _names(item) == [("Hoffmann", "K."), ("Lindner", "P."), ("Schrader", "T. M.")]
    assert item["container-title"] == "Zeitschrift für Stadtgeschichte"


def test_spaced_slash_joins_names_given_first():
    item = parse_reference("R. Albrecht / S. Vogel: Archivpraxis im digitalen Zeitalter. Berlin 2017.")
    assert _names(item) == [("Albrecht", "R."), ("Vogel", "S.")]


def test_spaced_hyphen_joins_inverted_names():
    # Italian and Latin-American styles join inverted names with a spaced dash or hyphen
    item = parse_reference("Marchetti, L. - Ferraro, G. A., La riforma delle province in Italia, Il Mulino, "
                           "Bologna 2016.")
    assert _names(item) == [("Marchetti", "L."), ("Ferraro", "G. A.")]
    assert item["title"] == "La riforma delle province in Italia"


def test_polish_quoted_journal_before_a_numeric_date():
    # Polish styles quote the journal „...” and date a monthly by month.year, then "t." volume and "nr" number
    item = parse_reference("Wójcik M., Kondycja finansowa szpitali powiatowych po reformie, „Zdrowie Publiczne” "
                           "11.2017, t. 127, nr 3.")
    assert item["title"] == "Kondycja finansowa szpitali powiatowych po reformie"
    assert item["container-title"] == "Zdrowie Publiczne"
    assert item["issued"]["date-parts"][0][0] == 2017
    assert (item.get("volume"), item.get("issue")) == ("127", "3")
    assert item["type"] == "article-journal"


def test_polish_quoted_newspaper_before_its_day():
    item = parse_reference("Grabowski T., Spór o nowy plan zagospodarowania, „Gazeta Wyborcza” 18.09.2021.")
    assert item["title"] == "Spór o nowy plan zagospodarowania"
    assert item["container-title"] == "Gazeta Wyborcza"
    assert item["issued"] == {"date-parts": [[2021, 9, 18]]}


def test_names_given_first_end_at_the_colon():
    # TMS and German styles close a given-first name list with a colon; the family name before it is a name's
    item = parse_reference("M. Okonkwo and P. R. Delacroix: in Advances in Powder Metallurgy, L. Sato, ed., "
                           "Springer, Cham, 2019, pp. 211–25.")
    assert _names(item) == [("Okonkwo", "M."), ("Delacroix", "P. R.")]
    item = parse_reference("A. Ruiz, B. Kowal, and T. Ferreira: in Proceedings of the International Conference on "
                           "Solidification Processing, IOM, Sheffield, 2017, pp. 88–93.")
    assert _names(item) == [("Ruiz", "A."), ("Kowal", "B."), ("Ferreira", "T.")]
    assert item["container-title"].startswith("Proceedings of the International Conference on Solidification")
    item = parse_reference("H. Lindqvist: Grain Refinement in Aluminium Alloys, 3rd ed., Elsevier, Oxford, 2015.")
    assert _names(item) == [("Lindqvist", "H.")]
    assert item["title"] == "Grain Refinement in Aluminium Alloys"


def test_accessed_terms_of_the_csl_locales():
    # the official styles print their locale's "accessed" term before the date: German "Zugegriffen:",
    # Spanish "Accedido", Portuguese "acedido a"
    item = parse_reference("Meier, T. 2019. Wasserstand der Elbe sinkt. Tagesspiegel, August 3. "
                           "https://www.tagesspiegel.de/elbe-123. Zugegriffen: 9. Januar 2020.")
    assert item["accessed"] == {"date-parts": [[2020, 1, 9]]}
    assert "note" not in item
    item = parse_reference("Agencia Estatal de Meteorología. 2021. Resumen climático anual. Disponible en: "
                           "https://www.aemet.es/resumen-2021 [Accedido 15 de marzo de 2023].")
    assert item["accessed"] == {"date-parts": [[2023, 3, 15]]}
    item = parse_reference("Instituto Nacional de Estatística. 2019. Estatísticas do Turismo. Disponível em: "
                           "https://www.ine.pt/turismo-2019, acedido a 3 de maio de 2020.")
    assert item["accessed"] == {"date-parts": [[2020, 5, 3]]}


def test_day_in_brackets_after_the_link_is_the_access_date():
    # German styles print the access date bare in brackets after the link
    item = parse_reference("Bundesamt für Statistik: Bevölkerungsstand 2022; Neuchâtel 2023. "
                           "URL: https://www.bfs.admin.ch/bevoelkerung (14.02.2024).")
    assert item["URL"] == "https://www.bfs.admin.ch/bevoelkerung"
    assert item["accessed"] == {"date-parts": [[2024, 2, 14]]}
    assert "14.02.2024" not in item.get("note", "")


def test_wiley_publisher_before_its_place():
    # Wiley's journals print the imprint as "Publisher: Place"
    item = parse_reference("Kowalczyk R. 2016. Peatland Hydrology and Carbon Storage. Cambridge University Press: "
                           "Cambridge.")
    assert (item["publisher"], item["publisher-place"]) == ("Cambridge University Press", "Cambridge")
    item = parse_reference("Moreau P (2011) Sediment Budgets in Alpine Catchments. Wiley-Blackwell: Chichester")
    assert (item["publisher"], item["publisher-place"]) == ("Wiley-Blackwell", "Chichester")
    item = parse_reference("Moreau P (2011) Sediment Budgets in Alpine Catchments. Chichester: Wiley-Blackwell")
    assert (item["publisher"], item["publisher-place"]) == ("Wiley-Blackwell", "Chichester")


def test_pages_with_no_publisher_make_an_article():
    # Vancouver-like styles print "Journal. 2018;(7): 15–29." with no volume; the journal may stay in the title,
    # but pages with no publisher, place or link are still an article's
    item = parse_reference("Петров ИВ, Сидоров АН. Новые подходы к оценке инфляции. Деньги и кредит. 2018;(7): 15–29.")
    assert item["type"] == "article-journal"
    assert item["page"] == "15-29"


def test_pages_after_in_make_a_chapter():
    # the type decision alone: a short-form book after "in:" that was not read as a container
    text = "Hans Berger: Die Stadt im Bild. Zur Ikonographie der Stadtansicht, in: Müller 2005, 33–58."
    item = {"author": [{"family": "Berger", "given": "Hans"}], "title": "Die Stadt im Bild. Zur Ikonographie der "
            "Stadtansicht", "issued": {"date-parts": [[2005]]}, "page": "33-58"}
    assert _item_type(item, text)[0] == "chapter"
    assert _item_type({**item, "issue": "2"}, text)[0] == "article-journal"  # "dans Cypsela, n°1, ...": a journal's


def test_a_run_of_pages_in_an_edited_work_is_a_chapter():
    # american-mathematical-society-label: "Title, in Book (Editor (ed.)), Publisher, Place, pp. 77–94 ."
    item = parse_reference("Keller, Anna, Urban Gardens and Civic Life, in Green Cities Reconsidered (Moreau, Paul "
                           "(ed.)), Routledge, London, pp. 77–94 .")
    assert item["type"] == "chapter"
    assert item["page"] == "77-94"
    assert item["publisher"] == "Routledge"


def test_a_page_cited_in_a_book_is_no_article():
    item = parse_reference("Encyclopedia of Coastal Plants by Maria Lopez and Tom Reed, — p. 228.")
    assert item["type"] != "article-journal"


def test_proceedings_advances_in_cited_in_without_a_volume():
    # Vancouver styles print "In: Advances in ... . 2022. p. 4410–4423." for a NeurIPS paper, no volume
    item = parse_reference("Lindqvist E, Moreau P. Sparse attention for long sequence forecasting. In: Advances in "
                           "Neural Information Processing Systems. 2022. p. 4410–4423.")
    assert (item["type"], item["container-title"]) == ("paper-conference",
                                                       "Advances in Neural Information Processing Systems")
    journal = parse_reference("Smith, J. (2019). Polaron transport. Advances in Physics, 68(2), 1–40.")
    assert journal["type"] == "article-journal"


def test_editors_named_as_such_with_no_publisher_make_a_book():
    # Chicago and MLA print an edited volume "Family, I., ed. Title. Year." when the item has no publisher
    item = parse_reference("Moretti, L., ed. Il paesaggio agrario toscano dal Medioevo a oggi. 2011.")
    assert item["type"] == "book"
    assert _names(item, "editor") == [("Moretti", "L.")]
    part = parse_reference("Guerra, P. (2004), ‘Le corti padane e la guerra’, in Rossi et al. (2004).")
    assert part["type"] != "book"


def test_citing_medicine_issue_with_no_volume():
    # Vancouver styles print an issue with no volume "Year;(Issue):Pages"; the journal's name is no part of the title
    item = parse_reference("Novak P, Horvat M. Regional policy after accession. Economy and State. "
                           "2016;(3):41–58.")
    assert item["title"] == "Regional policy after accession"
    assert item["container-title"] == "Economy and State"
    assert (item.get("issue"), item["page"]) == ("3", "41-58")
    assert "volume" not in item and "note" not in item


def test_citation_key_before_the_entry_is_kept_in_note():
    # art-history and archaeology lists head each entry with the names and year it is cited by
    item = parse_reference("Marsh / Ortiz 2014 H. Marsh and D. Ortiz “Roman villas of the lower Tiber valley”, "
                           "Papers of the British School at Rome, vol. 82, 2014, pp. 45–71.")
    assert _names(item) == [("Marsh", "H."), ("Ortiz", "D.")]
    assert item["title"] == "Roman villas of the lower Tiber valley"
    assert item["note"] == "Marsh / Ortiz 2014"
    one = parse_reference("Bianchi 1988: Lucia Bianchi, “Le ville del suburbio”, Archeologia Classica 40, 1988, "
                          "pp. 211–236.")
    assert _names(one) == [("Bianchi", "Lucia")]
    assert one["container-title"] == "Archeologia Classica"
    undated = parse_reference("Istat n.d. Istat, Censimento permanente della popolazione, Roma, URL: "
                              "https://www.istat.it/")
    assert (undated["note"], undated["author"]) == ("Istat n.d.", [{"literal": "Istat"}])
    # a name and year opening an entry that is no key stay the author's
    plain = parse_reference("Marsh 2014 Marsh, H. Roman villas of the lower Tiber valley. Oxford: Oxbow Books.")
    assert plain["issued"]["date-parts"] == [[2014]]


def test_vancouver_initials_of_a_transliterated_russian_name():
    # Vancouver styles print "Family YuS": the transliterated letters Yu, Ya, Zh, Kh, Sh... are one initial each
    item = parse_reference("Sokolova AYa, Morozov DYu. Regional labour markets after the crisis. Voprosy Ekonomiki. "
                           "2015;(4):77–92.")
    assert _names(item) == [("Sokolova", "A.Ya."), ("Morozov", "D.Yu.")]
    # a Chinese family name "Yu" stays one
    chinese = parse_reference("Yu S, Wang Ch. Graph neural networks for traffic. IEEE Access. 2020;8:1–12.")
    assert _names(chinese) == [("Yu", "S."), ("Wang", "Ch.")]


def test_quoted_title_after_the_names_leaves_the_last_name_to_the_author():
    # MHRA closes the names with a comma before the quoted title, Chicago and MLA with a stop, German styles quote it »…«
    item = parse_reference("Иванова, А. К., and Б. Н. Петров, ‘Региональная политика после кризиса’, Вестник "
                           "экономики, 12.1 (2020), pp. 1–9.")
    assert _names(item) == [("Иванова", "А. К."), ("Петров", "Б. Н.")]
    assert item["title"] == "Региональная политика после кризиса"
    german = parse_reference("Vogel, S. und T. Albrecht. »Archivpraxis im digitalen Zeitalter«. Archivar 71.2 "
                             "(2018): 120–131.")
    assert _names(german) == [("Vogel", "S."), ("Albrecht", "T.")]
    assert german["title"] == "Archivpraxis im digitalen Zeitalter"
    # a quotation closing a title that opened before it is the title's
    phrase = parse_reference("Smith, J. Reading “Hamlet” Today. Shakespeare Quarterly 12, no. 2 (2001): 4–9.")
    assert phrase["title"].startswith("Reading")


def test_and_of_other_locales_joins_names():
    # Indonesian and Malay styles join the last name with "dan", Romanian ones with "și"
    item = parse_reference("Santoso, B., Wijaya, R. dan Halim, T.A., Pengaruh suhu terhadap hasil panen padi, "
                           "Jurnal Agronomi Indonesia, vol. 47, no. 2, 2019, pp. 101–110.")
    assert _names(item) == [("Santoso", "B."), ("Wijaya", "R."), ("Halim", "T.A.")]
    romanian = parse_reference("Popescu, A. și Ionescu, M., Economia regională a României, Editura Polirom, Iași, 2015.")
    assert _names(romanian) == [("Popescu", "A."), ("Ionescu", "M.")]



def test_spaced_dash_after_a_whole_given_name_joins_inverted_names():
    # Catalan and Hungarian styles print "Family, Given – Family, Given"
    item = parse_reference("Ferrer, Marta – Lindqvist, Erik, Història de la cooperació agrària a Catalunya, "
                           "Barcelona: Editorial Base 2014.")
    assert _names(item) == [("Ferrer", "Marta"), ("Lindqvist", "Erik")]


def test_abnt_marks_for_no_place_and_no_publisher_go_to_note():
    # ABNT (NBR 6023) prints "[s. l.]" for no place and "[s. n.]" for no publisher
    item = parse_reference("MOREIRA, P. R. Federalismo fiscal e desigualdade regional. Revista de Economia Política, "
                           "[s. l.], v. 39, n. 2, p. 211–230, 2019.")
    assert item["container-title"] == "Revista de Economia Política"
    assert (item["volume"], item["issue"], item["note"]) == ("39", "2", "[s. l.]")
    book = parse_reference("SANTOS, M. A. Migração e trabalho no interior paulista. [S. l.: s. n.], 2017.")
    assert book["title"] == "Migração e trabalho no interior paulista"
    assert book["note"] == "[S. l.: s. n.]"


def test_din_volume_cue_after_the_journal_without_a_comma():
    # DIN 1505-2 prints "In: Journal Bd. 60 (2017), Nr. 6, S. 84–90": "Bd." is the volume's, no part of the journal
    item = parse_reference("Albrecht, R. ; Vogel, S.: Archivpraxis im digitalen Zeitalter. In: Archivar Bd. 71 "
                           "(2018), Nr. 2, S. 120–131")
    assert (item["container-title"], item["volume"], item["issue"]) == ("Archivar", "71", "2")


def test_title_last_sentence_before_closing_pages_is_the_journal():
    # APA and Harvard print an article with no volume "Title. Journal, 7–22." / "Title. Journal: 8–21."
    item = parse_reference("Морозов, Д. Ю. (2018). Региональные рынки труда после кризиса. Экономика региона, "
                           "41–58.")
    assert (item["title"], item["container-title"], item["page"]) == (
        "Региональные рынки труда после кризиса", "Экономика региона", "41-58")
    harvard = parse_reference("Соколова А. Я. 2015. Городская политика в Сибири. Вестник Томского университета: 12–30.")
    assert harvard["container-title"] == "Вестник Томского университета"


def test_a_citation_number_alone_is_read_without_a_crash():
    # a list item holding its number and nothing else (page fragments, property test): "IndexError" before
    item = parse_reference("1.")
    assert item["type"] and item["custom"]["source"] == "1."

"""Western non-English reference lists: German, French, Spanish, Italian, Brazilian ABNT, Polish, Czech (blind batch 67)."""
from cslbridge.parse.fields import parse_references


def test_italian_newspaper_in_guillemets_with_its_day_after_the_comma():
    """Italian "Title, «Newspaper», day month year": the guillemets right after the title's comma with a whole date
    after them are the newspaper, as they are the journal with its numbers after them; the day is the date's."""
    item = parse_references(["Bocca G., L'Italia che cambia, «La Stampa», 5 ottobre 1998, p. 3."])[0]
    assert item["type"] == "article-newspaper"
    assert item["title"] == "L'Italia che cambia"
    assert item["container-title"] == "La Stampa"
    assert item["issued"] == {"date-parts": [[1998, 10, 5]]}
    assert "volume" not in item


def test_abnt_newspaper_paper_city_day_then_section_and_page():
    """ABNT's newspaper article "Title. Paper, City, day mon. year. Section, p. N.": the sentence after the title is
    the paper (a stop after an initial, "O Estado de S. Paulo", is no sentence's), the city its place, the day its
    date, and the words before "p." its section."""
    item = parse_references(["SOUZA, Ana. Seca atinge o Nordeste. O Estado de S. Paulo, São Paulo, 12 mar. 2019. "
                             "Caderno Metrópole, p. 8."])[0]
    assert item["type"] == "article-newspaper"
    assert item["title"] == "Seca atinge o Nordeste"
    assert item["container-title"] == "O Estado de S. Paulo"
    assert item["publisher-place"] == "São Paulo"
    assert item["issued"] == {"date-parts": [[2019, 3, 12]]}
    assert (item["section"], item["page"]) == ("Caderno Metrópole", "8")


def test_german_dissertation_with_its_faculty_then_the_school():
    """German "Diss. rer. pol. Universität Mannheim": the faculty's abbreviations after "Diss." are the degree's, kept
    with their stops, and the school after them is the publisher, not a place."""
    item = parse_references(["Vogel, Ralf (2009): Kommunale Haushalte im Vergleich. Diss. rer. pol. "
                             "Universität Mannheim."])[0]
    assert item["type"] == "thesis"
    assert item["genre"] == "Diss. rer. pol."
    assert item["publisher"] == "Universität Mannheim"
    assert "publisher-place" not in item


def test_german_series_in_brackets_with_an_ordinal_in_its_name():
    """German "Ort: Verlag 2011 (Studien zur Geschichte des 19. Jahrhunderts, Bd. 8), S. 45–67.": the series after the
    imprint's year is the collection, though its name holds an ordinal's digits, and the book's title stays its own."""
    item = parse_references(["Kühne, Thomas: Wahlen im Kaiserreich. In: Lässig, Simone/Pohl, Karl (Hrsg.): Sachsen im "
                             "Kaiserreich. Politik und Gesellschaft. Dresden: Thelem 2011 (Studien zur Geschichte des "
                             "19. Jahrhunderts, Bd. 8), S. 45–67."])[0]
    assert item["type"] == "chapter"
    assert item["title"] == "Wahlen im Kaiserreich"
    assert item["container-title"] == "Sachsen im Kaiserreich. Politik und Gesellschaft"
    assert item["collection-title"] == "Studien zur Geschichte des 19. Jahrhunderts"
    assert item["collection-number"] == "8"
    assert "volume" not in item


def test_german_note_title_of_two_sentences_ends_at_in_colon():
    """German notes "Name, Title. Subtitle, in: Journal ...": the journal starts at ", in:"; a subtitle the tagger
    ran into the journal is the title's second sentence."""
    item = parse_references(["Thomas Welskopp, Die Sozialgeschichte der Väter. Grenzen und Perspektiven der Historischen "
                             "Sozialwissenschaft, in: Geschichte und Gesellschaft, Bd. 24, H. 2, 1998, S. 173–198."])[0]
    assert item["title"] == ("Die Sozialgeschichte der Väter. Grenzen und Perspektiven der Historischen "
                             "Sozialwissenschaft")
    assert item["container-title"] == "Geschichte und Gesellschaft"
    assert (item["volume"], item["issue"]) == ("24", "2")


def test_czech_spaced_day_month_year_is_the_date():
    """ČSN ISO 690's date printed spaced, "20. 12. 2023", is the day, month and year, not a volume and pages."""
    item = parse_references(["MINISTERSTVO PRÁCE A SOCIÁLNÍCH VĚCÍ. Minimální mzda od 1. ledna 2024. Mpsv.cz [online]. "
                             "20. 12. 2023 [cit. 2024-01-15]. Dostupné z: https://www.mpsv.cz/minimalni-mzda"])[0]
    assert item["issued"] == {"date-parts": [[2023, 12, 20]]}
    assert item["accessed"] == {"date-parts": [[2024, 1, 15]]}
    assert not {"volume", "page"} & set(item)


def test_body_page_on_its_own_site_named_by_host_is_a_webpage():
    """A body's page on the site it names by its link's host ("Mpsv.cz [online] ... https://www.mpsv.cz/...") is a web
    page, though dated to the day as a paper's item is."""
    item = parse_references(["MINISTERSTVO PRÁCE A SOCIÁLNÍCH VĚCÍ. Minimální mzda od 1. ledna 2024. Mpsv.cz [online]. "
                             "20. 12. 2023 [cit. 2024-01-15]. Dostupné z: https://www.mpsv.cz/minimalni-mzda"])[0]
    assert item["type"] == "webpage"
    assert item["container-title"] == "Mpsv.cz"


def test_abnt_lei_n_ordinal_opens_an_act():
    """Portuguese "Lei nº 9.394" names an act, as "Lei n. 9.394" does: the "º" is a letter, so the act's cue must take
    it whole."""
    item = parse_references(["BRASIL. Lei nº 9.394, de 20 de dezembro de 1996. Estabelece as diretrizes e bases da "
                             "educação nacional. Disponível em: https://www.planalto.gov.br/ccivil_03/leis/l9394.htm. "
                             "Acesso em: 4 mar. 2023."])[0]
    assert item["type"] == "legislation"
    assert item["title"].startswith("Lei nº 9.394, de 20 de dezembro de 1996")


def test_abnt_act_dated_by_its_own_de_day_de_month_de_year():
    """"Lei nº 9.394, de 20 de dezembro de 1996": the act's own date, after "de", dates it when nothing else does."""
    item = parse_references(["BRASIL. Lei nº 9.394, de 20 de dezembro de 1996. Estabelece as diretrizes e bases da "
                             "educação nacional. Disponível em: https://www.planalto.gov.br/ccivil_03/leis/l9394.htm. "
                             "Acesso em: 4 mar. 2023."])[0]
    assert item["issued"] == {"date-parts": [[1996, 12, 20]]}


def test_abnt_imprint_sentence_left_in_note_is_place_and_publisher():
    """ABNT's act put online, "... Brasília, DF: Presidência da República, 1996. Disponível em: ...": the imprint
    sentence is the place and the publisher, not a note."""
    item = parse_references(["BRASIL. Lei nº 14.133, de 1º de abril de 2021. Altera a Lei de Licitações e Contratos "
                             "Administrativos. Brasília, DF: Presidência da República, 2021. Disponível em: "
                             "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2021/lei/l14133.htm. Acesso em: "
                             "2 fev. 2023."])[0]
    assert item["publisher-place"] == "Brasília, DF"
    assert item["publisher"] == "Presidência da República"
    assert "note" not in item


def test_portuguese_decreto_n_ordinal_opens_an_act():
    """"Decreto nº 9.203" and "Decreto-Lei nº 5.452" name acts, as Spanish "Decreto 5/2020" does: the number may follow
    "nº"."""
    items = parse_references([
        "BRASIL. Decreto nº 9.203, de 22 de novembro de 2017. Dispõe sobre a política de governança da administração "
        "pública federal. Disponível em: https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2017/decreto/d9203.htm. "
        "Acesso em: 10 jan. 2023.",
        "BRASIL. Decreto-Lei nº 5.452, de 1º de maio de 1943. Aprova a Consolidação das Leis do Trabalho. Disponível "
        "em: https://www.planalto.gov.br/ccivil_03/decreto-lei/del5452.htm. Acesso em: 10 jan. 2023."])
    assert [item["type"] for item in items] == ["legislation", "legislation"]


def test_abnt_disponivel_em_is_no_chapter_cue():
    """ABNT's "Disponível em:" and "Acesso em:" name a link and a day: an online newspaper article with its city and
    no publisher is no chapter for the "em:" in them."""
    item = parse_references(["ALMEIDA, Paulo. A economia em 2024. Valor Econômico, São Paulo, 3 jan. 2024. "
                             "Disponível em: https://valor.globo.com/brasil/noticia/2024/01/03/economia.ghtml. "
                             "Acesso em: 5 jan. 2024."])[0]
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == "Valor Econômico"


def test_paper_day_month_year_after_its_name_comma_is_the_date():
    """"Gazeta Wyborcza, 12 marca 2018, s. 4.": the day and month before the year after a paper's comma are the date's,
    not a volume and pages."""
    item = parse_references(["NOWAK, Anna. Reforma sądów w Polsce. Gazeta Wyborcza, 12 marca 2018, s. 4."])[0]
    assert item["type"] == "article-newspaper"
    assert item["issued"] == {"date-parts": [[2018, 3, 12]]}
    assert item["page"] == "4"
    assert "volume" not in item

"""The free-text reference parser on real-looking strings of each kind it must handle."""

import json
import random
import re

import pytest

from cslbridge.items import validate
from cslbridge.parse.dates import parse_date
from cslbridge.parse.fields import item_from_spans, parse_reference, parse_references
from cslbridge.parse.names import corporate_name, parse_names
from cslbridge.parse.rules import pages, strip_end, volume_issue


def names(item, key="author"):
    return [(n.get("family") or n.get("literal"), n.get("given")) for n in item.get(key, [])]


# --- whole references ----------------------------------------------------------

def test_translated_russian_journal_article():
    text = ("Zverev R., Savin I. [The Russian–Kyrgyz relations: History and modernity]. Rossiya i novye "
            "gosudarstva = Russian and New States of Eurasia, 2018, no. 1, pp. 106–125. (In Russ.)")
    item = parse_reference(text)
    assert item["type"] == "article-journal"
    assert names(item) == [("Zverev", "R."), ("Savin", "I.")]
    assert item["title"] == "The Russian–Kyrgyz relations: History and modernity"
    assert item["container-title"] == "Rossiya i novye gosudarstva = Russian and New States of Eurasia"
    assert item["issued"] == {"date-parts": [[2018]]}
    assert item["issue"] == "1"
    assert item["page"] == "106-125"
    assert item["language"] == "ru"
    assert "original-title" not in item


@pytest.mark.parametrize("text,journal", [
    ("Verkhovskii A. [Anti-extremist legislation and religious minorities]. Gosudarstvo, religiya, tserkov' v Rossii "
     "i za rubezhom = State, Religion and Church in Russia and Worldwide, 2019, vol. 37, no. 2, pp. 45–71. (In Russ.)",
     "Gosudarstvo, religiya, tserkov' v Rossii i za rubezhom = State, Religion and Church in Russia and Worldwide"),
    ("Ivanov A.V. [Mobilisation in the Urals in 1914]. Voina, obshchestvo i gosudarstvo = War, Society and State, "
     "2019, no. 2, pp. 45–71. (In Russ.)", "Voina, obshchestvo i gosudarstvo = War, Society and State"),
])
def test_a_comma_in_a_parallel_journal_titles_english_side_stays(text, journal):
    # the English side had lost its comma ('= State Religion and Church'): the title's words up to it joined the
    # container after it with a space
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["issued"]) == ("article-journal", journal, {"date-parts": [[2019]]})


def test_translated_russian_article_with_volume_and_compound_issue():
    text = ("Pavlenko K.Yu., Orlova T.S. [Customs cooperation in the Eurasian Union]. Ekonomika regiona = "
            "Economy of Region, 2016, vol. 12, no. 3-1, pp. 17–21. URL: http://economyofregion.ru/x/1 (In Russ.)")
    item = parse_reference(text)
    assert names(item) == [("Pavlenko", "K.Yu."), ("Orlova", "T.S.")]
    assert item["volume"] == "12"
    assert item["issue"] == "3-1"
    assert item["URL"] == "http://economyofregion.ru/x/1"
    assert item["container-title"] == "Ekonomika regiona = Economy of Region"


def test_agency_before_a_translated_title_is_the_author_not_an_original_title():
    item = parse_reference("Rosstat. [Regions of Russia. Socio-economic indicators. 2021]. Moscow, 2021, 1112 p. "
                           "(In Russ.)")
    assert names(item) == [("Rosstat", None)]
    assert item["title"] == "Regions of Russia. Socio-economic indicators. 2021"
    assert "original-title" not in item
    assert item["number-of-pages"] == "1112"


@pytest.mark.parametrize("text, title", [
    ("Miller, David N. 1991. Review of the Regional Handbook by Peter Olsen. Bulletin of the Oriental Society "
     "54/1, 172–76. [Mostly comments on the glossary.]", "Review of the Regional Handbook by Peter Olsen"),
    ("Harris, John. Considerations on Foreign Trade. London: Parker, 1861, 320 p. [Pers]",
     "Considerations on Foreign Trade"),
    ("Moss AK, Lee JM. Whole-body balance in slope walking. Journal of biomechanics. 2012 45(6) 965-71. "
     "PubMed [journal] PMID 22325978", "Whole-body balance in slope walking"),
])
def test_a_bracket_far_from_the_title_is_no_translated_title(text, title):
    item = parse_reference(text)
    assert item["title"] == title
    assert "original-title" not in item


def test_translated_russian_book_with_original_title_and_page_count():
    text = ("Lukin A.V. Povorot k Azii. Rossiiskaya vneshnyaya politika na rubezhe vekov [Turning to Asia. "
            "The Russian foreign policy on the cusp of ages]. Moscow, Ves' Mir Publ., 2014, 640 p.")
    item = parse_reference(text)
    assert item["type"] == "book"
    assert names(item) == [("Lukin", "A.V.")]
    assert item["title"] == "Turning to Asia. The Russian foreign policy on the cusp of ages"
    assert item["original-title"] == "Povorot k Azii. Rossiiskaya vneshnyaya politika na rubezhe vekov"
    assert item["publisher"] == "Ves' Mir Publ."
    assert item["publisher-place"] == "Moscow"
    assert item["number-of-pages"] == "640"
    assert item["issued"] == {"date-parts": [[2014]]}
    assert "language" not in item  # no "(In Russ.)" mark: not guessed


def test_gost_article_in_cyrillic():
    item = parse_reference("Иванов И. И., Петрова А. С. Инфляция и рост // Вопросы экономики. 2019. № 3. С. 5–20.")
    assert item["type"] == "article-journal"
    assert names(item) == [("Иванов", "И. И."), ("Петрова", "А. С.")]
    assert item["title"] == "Инфляция и рост"
    assert item["container-title"] == "Вопросы экономики"
    assert item["issue"] == "3"
    assert item["page"] == "5-20"


def test_gost_book():
    item = parse_reference("Сидоров П. П. Региональная политика России. М. : Наука, 2010. 320 с.")
    assert item["type"] == "book"
    assert item["publisher"] == "Наука"
    assert item["publisher-place"] == "М."
    assert item["number-of-pages"] == "320"
    assert item["issued"] == {"date-parts": [[2010]]}


def test_gost_thesis():
    item = parse_reference("Смирнова Е. В. Инвестиционный климат регионов : дис. ... канд. экон. наук. М., 2015. 187 с.")
    assert item["type"] == "thesis"
    assert item["title"] == "Инвестиционный климат регионов"
    assert item["genre"].startswith("дис. ... канд. экон. наук")


def test_gost_web_resource_with_access_date():
    item = parse_reference("Статистика внешней торговли [Электронный ресурс]. URL: http://stat.example.ru/trade "
                           "(дата обращения: 15.03.2021).")
    assert item["URL"] == "http://stat.example.ru/trade"
    assert item["accessed"] == {"date-parts": [[2021, 3, 15]]}
    assert item["medium"] == "Электронный ресурс"
    assert item["title"] == "Статистика внешней торговли"


def test_apa_article_with_doi():
    item = parse_reference("Smith, J. A., & Jones, B. (2019). Learning to parse references. Journal of "
                           "Documentation, 75(2), 123–145. https://doi.org/10.1108/JD-01-2019-0001")
    assert item["type"] == "article-journal"
    assert names(item) == [("Smith", "J. A."), ("Jones", "B.")]
    assert item["volume"] == "75" and item["issue"] == "2"
    assert item["DOI"] == "10.1108/JD-01-2019-0001"
    assert item["container-title"] == "Journal of Documentation"


def test_chicago_chapter_with_editor():
    item = parse_reference("Wilson, Andrew. “Belarus between East and West.” In Authoritarian Regimes in Eurasia, "
                           "edited by Paul Chaisty, 67–89. London: Routledge, 2019.")
    assert item["type"] == "chapter"
    assert item["title"] == "Belarus between East and West"
    assert item["container-title"] == "Authoritarian Regimes in Eurasia"
    assert names(item, "editor") == [("Chaisty", "Paul")]
    assert item["page"] == "67-89"


def test_a_title_word_after_family_first_names_is_no_name():
    item = parse_reference("Abdulloev I., Epstein G. S., Gang I. N. Remittances, Consumption and Investment in "
                           "Tajikistan. Central Asian Survey, 2014, vol. 33, no. 3, pp. 385–401.")
    assert names(item) == [("Abdulloev", "I."), ("Epstein", "G. S."), ("Gang", "I. N.")]
    assert item["title"] == "Remittances, Consumption and Investment in Tajikistan"


def test_french_notes_a_body_before_its_quoted_paper_and_a_news_site_after_a_quoted_title():
    item = parse_reference("Organisation du Traité de sécurité collective, « Accord sur les forces collectives de "
                           "maintien de la paix », Douchanbé, 6 octobre 2007, [en ligne] https://odkb-csto.org/documents/"
                           "soglashenie/, consulté le 12 mars 2022.")
    assert item["author"] == [{"literal": "Organisation du Traité de sécurité collective"}]
    assert item["title"] == "Accord sur les forces collectives de maintien de la paix"
    assert item["publisher-place"] == "Douchanbé"  # a place in its French spelling, no periodical
    item = parse_reference("Marat Chaïkhoutdinov, « Kazakhstan i ODKB : uroki yanvarya », Kursiv, 18 janvier 2022, "
                           "[en ligne] https://kursiv.kz/news/politika/2022-01/kazakhstan-i-odkb/, consulté le 25 janvier 2022.")
    assert (item["type"], item["container-title"]) == ("article-newspaper", "Kursiv")
    assert item["issued"] == {"date-parts": [[2022, 1, 18]]}


@pytest.mark.parametrize("text,book", [
    ("Tremblay, Aurélie. 2019. « La diplomatie multivectorielle du Kazakhstan ». Dans Frédéric Lasserre (dir.), "
     "Géopolitique de l’Eurasie. Québec : Presses de l’Université du Québec : 113-138.", "Géopolitique de l’Eurasie"),
    ("Tremblay, Aurélie. 2019. « La diplomatie multivectorielle du Kazakhstan ». Dans Frédéric Lasserre (dir.), "
     "Eurasie : espaces et enjeux. Québec : Presses de l’Université du Québec : 113-138.", "Eurasie : espaces et enjeux"),
])
def test_a_french_chapter_names_its_book_after_the_editors_role(text, book):
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["publisher-place"]) == ("chapter", book, "Québec")
    assert names(item, "editor") == [("Lasserre", "Frédéric")]
    assert item["publisher"] == "Presses de l’Université du Québec"


@pytest.mark.parametrize("text,kind,site", [
    ("‘Kontseptsiya vneshnei politiki Respubliki Kazakhstan na 2014–2020 gody’, Akorda, 29 January 2014, available at: "
     "http://www.akorda.kz/ru/legal_acts/decrees/o-koncepcii, accessed 3 March 2016.", "document", "Akorda"),
    ("« Déclaration des chefs d’État des pays membres de l’Organisation du Traité de sécurité collective », Kremlin.ru, "
     "10 janvier 2022, [en ligne] http://kremlin.ru/supplement/5745, consulté le 3 février 2022.", "document", "Kremlin.ru"),
])
def test_an_official_paper_on_a_site_is_a_document_the_site_published(text, kind, site):
    item = parse_reference(text)
    assert (item["type"], item["publisher"]) == (kind, site)
    assert "container-title" not in item


def test_a_news_headline_opening_with_a_document_word_stays_news():
    item = parse_reference("‘Agreement reached on gas transit’, Reuters, 5 May 2020.")
    assert (item["type"], item["container-title"]) == ("article-newspaper", "Reuters")


@pytest.mark.parametrize("text, site", [
    ("Akorda, ‘Address of the President of the Republic of Kazakhstan Kassym-Jomart Tokayev’, 12 March 2019, "
     "available at: https://www.akorda.kz/en/speeches/1234", "Akorda"),
    ("Ombudsman, ‘Annual Report on the Observance of Human Rights in 2020’, 2 April 2021, "
     "https://www.ombudsman.kg/en/reports/2021.", "Ombudsman"),
])
def test_one_word_before_a_quoted_title_that_the_link_spells_is_the_site_not_a_person(text, site):
    assert parse_reference(text)["author"] == [{"literal": site}]


@pytest.mark.parametrize("text, outlet", [
    ("Nasha Niva, ‘Lukashenka vstretilsia s Putinym’, 3 May 2020.", "Nasha Niva"),
    ("Belsat, ‘Lukashenka Signs Decree on the Property of Emigrants’, 12 January 2023.", "Belsat"),
    ("Zerkalo, ‘Chto izvestno o novykh arestakh’, 3 May 2022, https://news.zerkalo.io/life/14523.html.", "Zerkalo"),
])
def test_belarusian_and_other_regional_outlets_before_a_quoted_title_are_the_periodical(text, outlet):
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item.get("author")) == ("article-newspaper", outlet, None)


def test_a_person_with_a_site_named_after_them_stays_a_person():
    item = parse_reference("Craig Murray, ‘Title of the Post’, 3 May 2020, "
                           "https://www.craigmurray.org.uk/archives/2020/05/title/")
    assert names(item) == [("Murray", "Craig")]


def test_anonymous_interview():
    item = parse_reference("Author’s interview with an anonymous expert, Moscow, 13 August 2012.")
    assert item["type"] == "interview"
    assert item["publisher-place"] == "Moscow"
    assert item["issued"] == {"date-parts": [[2012, 8, 13]]}
    assert "author" not in item


def test_interview_with_named_person_makes_them_the_author():
    item = parse_reference("Interview with Dmitri Danilov, Head of the Department of European Security, "
                           "Moscow, 10 September 2013.")
    assert item["type"] == "interview"
    assert names(item) == [("Danilov", "Dmitri")]
    assert item["issued"] == {"date-parts": [[2013, 9, 10]]}


@pytest.mark.parametrize("text,title,place,date,who", [
    ("Entretien des auteurs avec un diplomate kazakh, Astana, 14 mai 2022.",
     "Entretien des auteurs avec un diplomate kazakh", "Astana", [2022, 5, 14], []),
    ("Entretien avec Daniyar Achimbaïev, politologue, Almaty, 16 mai 2022.",
     "Entretien avec Daniyar Achimbaïev, politologue", "Almaty", [2022, 5, 16], [("Achimbaïev", "Daniyar")]),
    ("Entrevista con un comerciante retornado, San Pedro Pochutla, 9 de marzo de 2019.",
     "Entrevista con un comerciante retornado", "San Pedro Pochutla", [2019, 3, 9], []),
])
def test_french_and_spanish_interview_notes(text, title, place, date, who):
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher-place"]) == ("interview", title, place)
    assert item["issued"] == {"date-parts": [date]}
    assert names(item) == who


@pytest.mark.parametrize("text,title,place,date,who", [
    ("Author’s email correspondence with a senior official of the Ministry of Foreign Affairs, 4 May 2019.",
     "Author’s email correspondence with a senior official of the Ministry of Foreign Affairs", None, [2019, 5, 4], []),
    ("Personal communication with a former border guard, Khorgos, 12 June 2021.",
     "Personal communication with a former border guard", "Khorgos", [2021, 6, 12], []),
    ("Email to the author from an adviser to the Prime Minister of Georgia, 23 March 2020.",
     "Email to the author from an adviser to the Prime Minister of Georgia", None, [2020, 3, 23], []),
    ("Letter from Sergei Karaganov to the author, 14 May 2016.",
     "Letter from Sergei Karaganov to the author", None, [2016, 5, 14], [("Karaganov", "Sergei")]),
    ("Author’s correspondence with Nargis Kassenova, Almaty, 3 April 2020.",
     "Author’s correspondence with Nargis Kassenova", "Almaty", [2020, 4, 3], [("Kassenova", "Nargis")]),
])
def test_what_the_author_was_told_outside_an_interview_is_a_personal_communication(text, title, place, date, who):
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("publisher-place")) == ("personal_communication", title, place)
    assert item["issued"] == {"date-parts": [date]}
    assert names(item) == who


def test_a_personal_communication_named_by_its_kind_after_the_name():
    item = parse_reference("Nargis Kassenova, personal communication, Almaty, 3 April 2020.")
    assert (item["type"], item["genre"], names(item)) == (
        "personal_communication", "personal communication", [("Kassenova", "Nargis")])


@pytest.mark.parametrize("text,kind", [
    ("Personal Communication Skills for Managers. London: Routledge, 2010.", "book"),  # a title about it
    ("Letter from Stalin to Molotov, 12 May 1930, RGASPI, f. 558, op. 11, d. 769, l. 56.", "manuscript"),
    ("Exchanges with the East: Cultural Diplomacy, 1955–1970. London: Routledge, 2015.", "book"),  # published
    ("Correspondence with Friends. Macmillan, 1950.", "document"),
])
def test_a_letter_to_someone_else_or_a_title_on_communication_is_no_personal_communication(text, kind):
    assert parse_reference(text)["type"] == kind


def test_a_book_of_interviews_names_no_interviewee_across_a_full_stop():
    assert "author" not in parse_reference("Entretiens avec Michel Foucault. Paris : Gallimard, 1994.")


def test_named_interviewee_in_a_town_the_tagger_does_not_know():
    item = parse_reference("Interview with Oleksandr Sushko, Research Director, Institute for Euro-Atlantic "
                           "Cooperation, Kyiv, 6 March 2015.")
    assert names(item) == [("Sushko", "Oleksandr")]
    assert item["publisher-place"] == "Kyiv"
    assert item["title"] == ("Interview with Oleksandr Sushko, Research Director, "
                             "Institute for Euro-Atlantic Cooperation")
    # An affiliation's acronym at the end is not a town.
    item = parse_reference("Interview with Sergey Utkin, Head of Department of Strategic Assessment, RAS, "
                           "10 September 2013.")
    assert "publisher-place" not in item
    assert item["title"].endswith("Strategic Assessment, RAS")


def test_quoted_title_after_a_corporate_author_with_a_document_symbol():
    item = parse_reference("OSCE, ‘Annual Report 2014’, SEC.DOC/1/15, Vienna, 2015.")
    assert item["author"] == [{"literal": "OSCE"}]
    assert item["title"] == "Annual Report 2014"
    assert item["number"] == "SEC.DOC/1/15"
    assert item["publisher-place"] == "Vienna"


def test_newspaper_cited_by_its_name_and_day_only():
    item = parse_reference("Pravda, 14 February 1956.")
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == "Pravda"
    assert item["issued"] == {"date-parts": [[1956, 2, 14]]}
    assert "author" not in item
    # A person with a given name stays the author.
    assert names(parse_reference("Sergei Lavrov, 14 February 2016.")) == [("Lavrov", "Sergei")]


def test_year_range_ending_a_title_before_a_chicago_imprint():
    item = parse_reference("Stephen Kotkin, Stalin: Paradoxes of Power, 1878–1928 (New York: Penguin, 2014), 45–47.")
    assert item["title"] == "Stalin: Paradoxes of Power, 1878–1928"
    assert item["publisher"] == "Penguin"
    assert item["page"] == "45-47"


def test_tandf_volume_issue_and_month_after_the_year():
    item = parse_reference("Rutland, P. (2008) ‘Putin’s Economic Record: Is the Oil Boom Sustainable?’, "
                           "Europe-Asia Studies, 60, 6, August.")
    assert (item["volume"], item["issue"]) == ("60", "6")
    assert item["issued"] == {"date-parts": [[2008, 8]]}
    assert "note" not in item


def test_bracketed_imprint_with_two_places_opens_at_its_bracket():
    item = parse_reference("Tikhomirov, V. (2000) The Political Economy of Post-Soviet Russia (Basingstoke, Macmillan; "
                           "New York, St Martin’s Press).")
    assert item["title"] == "The Political Economy of Post-Soviet Russia"
    assert item["publisher-place"].startswith("Basingstoke")
    assert item["publisher"].startswith("Macmillan")


def test_vancouver_initials_ii_and_a_closing_language_note():
    item = parse_reference("Ivanov II, Petrov PP. Epidemiology of hypertension in Russia. Kardiologiia. "
                           "2019;59(5):12-8. Russian.")
    assert names(item) == [("Ivanov", "I.I."), ("Petrov", "P.P.")]
    assert item["language"] == "ru"
    assert "publisher" not in item


def test_ieee_thesis_department_and_university_are_the_publisher():
    for text, genre, publisher in (
            ("J. Doe, “Title of thesis,” Ph.D. dissertation, Dept. Elect. Eng., Stanford Univ., Stanford, CA, USA, "
             "2019.", "Ph.D. dissertation", "Dept. Elect. Eng., Stanford Univ."),
            ("Amdur, E. S. On the Message Complexity of Byzantine Agreement. Master's Thesis, Department of Computer "
             "Science, University of Toronto, September 1988.", "Master's Thesis",
             "Department of Computer Science, University of Toronto")):
        item = parse_reference(text)
        assert item["type"] == "thesis"
        assert len(item["author"]) == 1
        assert item["genre"] == genre
        assert item["publisher"] == publisher


def test_apa7_thesis_title_with_its_bracketed_description():
    item = parse_reference("Smith, J. (2015). Regional inequality in Russia [Doctoral dissertation, "
                           "University of Birmingham].")
    assert item["type"] == "thesis"
    assert item["title"] == "Regional inequality in Russia"
    assert item["genre"] == "Doctoral dissertation"
    assert item["publisher"] == "University of Birmingham"


@pytest.mark.parametrize("text,genre,place", [
    # transliterated References of Russian journals name the Russian degree in APA's bracket
    ("Umarov, A. O. (2022). The Turkic vector of Uzbekistan’s foreign policy [Candidate of Political Sciences "
     "dissertation]. Moscow. (In Russian).", "Candidate of Political Sciences dissertation", "Moscow"),
    ("Petrova, N. S. (2018). Labour migration and regional labour markets [Doctor of Economics dissertation]. "
     "Saint Petersburg. (In Russian).", "Doctor of Economics dissertation", "Saint Petersburg"),
])
def test_apa_bracket_naming_a_degree_in_full_is_the_genre_and_a_town_after_it_the_place(text, genre, place):
    item = parse_reference(text)
    assert (item["type"], item["genre"]) == ("thesis", genre)
    assert item["title"] == text[text.index("). ") + 3:text.index(" [")]
    assert item["publisher-place"] == place and "original-title" not in item


def test_gost_2018_title_up_to_the_slash_and_content_type():
    item = parse_reference("Экономика России в 2022 году : доклад / под ред. А. Г. Аганбегяна. – Санкт-Петербург : "
                           "Питер, 2022. – 320 с.")
    assert item["title"] == "Экономика России в 2022 году: доклад"
    assert "author" not in item and item["editor"][0]["family"] == "Аганбегян"
    assert item["issued"] == {"date-parts": [[2022]]}
    item = parse_reference("Глазьев, С. Ю. Рывок в будущее / С. Ю. Глазьев. – Москва : Книжный мир, 2018. – 768 с. – "
                           "ISBN 978-5-6041071-3-5. – Текст : непосредственный.")
    assert item["publisher"] == "Книжный мир" and item["publisher-place"] == "Москва"
    assert item["medium"] == "Текст : непосредственный"
    assert names(item) == [("Глазьев", "С. Ю.")]
    item = parse_reference("Кузнецов А. В. Экономическая интеграция в ЕАЭС : дис. ... канд. экон. наук : 08.00.14 / "
                           "Кузнецов Алексей Владимирович. – Москва, 2019. – 210 с.")
    assert item["type"] == "thesis"
    assert item["publisher-place"] == "Москва" and "publisher" not in item


def test_a_treaty_or_charter_named_first_is_the_title_not_an_author():
    item = parse_reference("Treaty on the Eurasian Economic Union, 29 May 2014, available at: "
                           "http://www.eaeunion.org/files/treaty.pdf, accessed 1 June 2015.")
    assert item["type"] == "treaty"
    assert item["title"] == "Treaty on the Eurasian Economic Union"
    assert "author" not in item
    item = parse_reference("CSTO Charter, 7 October 2002, available at: http://www.odkb-csto.org/documents/, "
                           "accessed 10 September 2013.")
    assert (item["type"], item["title"]) == ("treaty", "CSTO Charter")
    # An organisation with the word inside its name is still an author.
    item = parse_reference("North Atlantic Treaty Organization (2010) Strategic Concept. Brussels: NATO.")
    assert item["author"] == [{"literal": "North Atlantic Treaty Organization"}]


def test_bracketed_imprint_read_as_one_place_gives_its_body_as_publisher():
    item = parse_reference("NATO (2010) Strategic Concept for the Defence and Security of the Members of the "
                           "North Atlantic Treaty Organisation (Brussels, NATO).")
    assert (item["publisher-place"], item["publisher"]) == ("Brussels", "NATO")
    # A state or country after the comma is part of the place.
    assert parse_reference("Smith, J. (2011) Title of a Book (Washington, DC).")["publisher-place"] == "Washington, DC"
    assert parse_reference("Jones, A. (2001) A Book (New York, USA).")["publisher-place"] == "New York, USA"


def test_gost_short_form_statement_of_responsibility_by_initials():
    item = parse_reference("Цифровая экономика: 2021 : краткий статистический сборник / Г. И. Абдрахманова, "
                           "К. О. Вишневский, Л. М. Гохберг и др. М. : НИУ ВШЭ, 2021. 124 с.")
    assert item["type"] == "book"
    assert item["title"] == "Цифровая экономика: 2021: краткий статистический сборник"
    assert [n["family"] for n in item["author"]] == ["Абдрахманова", "Вишневский", "Гохберг"]
    assert item["publisher"] == "НИУ ВШЭ"


@pytest.mark.parametrize("text,body,title", [
    ("UN Committee on the Elimination of Racial Discrimination, ‘Concluding Observations on the Report of Georgia’, "
     "CERD/C/GEO/CO/6-8, 3 June 2016.", "UN Committee on the Elimination of Racial Discrimination",
     "Concluding Observations on the Report of Georgia"),
    ("Bureau of National Statistics of the Republic of Kazakhstan, ‘Mutual Trade with China, 2010–2021’, Astana, 2022.",
     "Bureau of National Statistics of the Republic of Kazakhstan", "Mutual Trade with China, 2010–2021"),
])
def test_a_body_the_tagger_cut_short_before_a_notes_quoted_title_is_all_author(text, body, title):
    # the tagger had taken 'UN Committee' / 'Bureau of' for the author and run the rest of the name into the title
    item = parse_reference(text)
    assert item["author"] == [{"literal": body}] and item["title"] == title


@pytest.mark.parametrize("text,number", [
    ("European Parliament, Resolution on the Situation in Belarus, P9_TA(2020)0231, 17 September 2020.",
     "P9_TA(2020)0231"),
    ("European Commission, Communication on the New EU Strategy for Central Asia, JOIN(2019) 9 final, Brussels, "
     "15 May 2019.", "JOIN(2019) 9 final"),
    ("UN Human Rights Committee, ‘Concluding Observations on the Third Periodic Report of Tajikistan’, "
     "CCPR/C/TJK/CO/3, 22 August 2019.", "CCPR/C/TJK/CO/3"),
])
def test_eu_and_un_treaty_body_document_symbols_are_the_documents_number(text, number):
    # the EU symbols had been read as a newspaper; a title about a report, with a UN symbol, had made a report
    item = parse_reference(text)
    assert (item["type"], item["number"]) == ("document", number)
    assert "container-title" not in item


@pytest.mark.parametrize("text,number", [
    ("Venice Commission, ‘Armenia: Opinion on the Draft Electoral Code’, CDL-AD(2021)028, Strasbourg, 14 June 2021, "
     "available at: https://www.venice.coe.int/webforms/documents/?pdf=CDL-AD(2021)028-e, accessed 1 July 2021.",
     "CDL-AD(2021)028"),
    ("Council of Europe Committee of Ministers, ‘Recommendation on Measures to Combat Discrimination on Grounds of "
     "Sexual Orientation’, CM/Rec(2010)5, 31 March 2010.", "CM/Rec(2010)5"),
])
def test_council_of_europe_document_symbols_are_the_documents_number(text, number):
    # the Venice Commission's symbol had been read as a newspaper after the quoted title
    item = parse_reference(text)
    assert (item["type"], item["number"]) == ("document", number)
    assert "container-title" not in item


@pytest.mark.parametrize("text,who,platform,kind", [
    ("Sviatlana Tsikhanouskaya, post on Telegram, 17 August 2020, https://t.me/tsikhanouskaya/150.",
     {"family": "Tsikhanouskaya", "given": "Sviatlana"}, "Telegram", "post on"),
    ("Maria Zakharova, Facebook post, 3 March 2022.", {"family": "Zakharova", "given": "Maria"}, "Facebook", "post"),
])
def test_an_untitled_post_named_by_its_kind_and_platform(text, who, platform, kind):
    # the name and the description had run together into one container ('Sviatlana Tsikhanouskaya, post on Telegram')
    item = parse_reference(text)
    assert (item["type"], item["author"], item["container-title"], item["note"]) == ("post", [who], platform, kind)


@pytest.mark.parametrize("text,body,platform,kind", [
    ("Ministry of Energy of the Republic of Kazakhstan, post on Telegram, 19 August 2024, https://t.me/minenergy_kz/2451.",
     "Ministry of Energy of the Republic of Kazakhstan", "Telegram", "post on"),
    ("Ministry of Foreign Affairs of the Russian Federation, Facebook post, 3 March 2022.",
     "Ministry of Foreign Affairs of the Russian Federation", "Facebook", "post"),
])
def test_a_bodys_untitled_post_is_its_post(text, body, platform, kind):
    # a body's name ran past the five words a person's has: 'post on' became a second author's given name
    # ('Telegram' the family name) or 'Facebook post' the title of a document
    item = parse_reference(text)
    assert (item["type"], item["author"], item["container-title"], item["note"]) == (
        "post", [{"literal": body}], platform, kind)


@pytest.mark.parametrize("text,who,handle", [
    ("Salome Zourabichvili (@Zourabichvili_S), ‘Georgia’s choice is Europe’, X, 3 March 2022, "
     "https://x.com/Zourabichvili_S/status/1499412345678901234.", "Zourabichvili", "@Zourabichvili_S"),
    ("Charles Michel (@CharlesMichel), ‘Productive meeting tonight with President Aliyev and Prime Minister "
     "Pashinyan’, Twitter, 14 May 2023.", "Michel", "@CharlesMichel"),
])
def test_a_posts_handle_in_round_brackets_goes_to_note(text, who, handle):
    # the handle had been read as the author's family name ('(@Zourabichvili_S', given 'Salome Zourabichvili')
    item = parse_reference(text)
    assert (item["type"], item["author"][0]["family"], item["note"]) == ("post", who, handle)


@pytest.mark.parametrize("text", [
    "Gabrielius Landsbergis, tweet, 3 April 2022, https://twitter.com/GLandsbergis/status/1510612345678901234.",
    "Gabrielius Landsbergis, tweet, 3 April 2022.",
])
def test_an_untitled_tweet_is_its_authors_post(text):
    # 'Gabrielius Landsbergis, tweet' had been the title (of a document without the link)
    item = parse_reference(text)
    assert (item["type"], item["author"], item["note"]) == (
        "post", [{"family": "Landsbergis", "given": "Gabrielius"}], "tweet")
    assert "title" not in item and item["issued"] == {"date-parts": [[2022, 4, 3]]}


def test_an_unquoted_speech_description_runs_on_to_its_comma():
    # the body the description names had been cut off as the speech's publisher ('Council of Tatarstan')
    item = parse_reference("Rustam Minnikhanov, speech at the session of the State Council of Tatarstan, Kazan, "
                           "22 September 2021.")
    assert (item["type"], item["title"], item["event-place"]) == (
        "speech", "speech at the session of the State Council of Tatarstan", "Kazan")
    assert "publisher" not in item


@pytest.mark.parametrize("text,speaker,title,place", [
    ("Sergei Shoigu, speech at the expanded session of the Board of the Ministry of Defence, Moscow, 21 December 2021, "
     "available at: https://function.mil.ru/news_page/country/more.htm?id=12400112@egNews, accessed 10 January 2022.",
     "Shoigu", "speech at the expanded session of the Board of the Ministry of Defence", "Moscow"),
    ("Sergei Shoigu, speech at the expanded session of the Board of the Ministry of Defence, Moscow, 21 December 2021.",
     "Shoigu", "speech at the expanded session of the Board of the Ministry of Defence", "Moscow"),
])
def test_a_speech_description_the_tagger_left_as_a_note_names_its_speaker(text, speaker, title, place):
    # the tagger had left the name and description as a note and taken the ministry for the publisher of a
    # document (or a book) published in Moscow
    item = parse_reference(text)
    assert (item["type"], item["author"][0]["family"], item["title"], item["event-place"]) == (
        "speech", speaker, title, place)
    assert "publisher" not in item and "note" not in item


@pytest.mark.parametrize("text,speaker,title", [
    ("Sviatlana Tsikhanouskaya, speech at the New Belarus Conference, Warsaw, 6 August 2023.", "Tsikhanouskaya",
     "speech at the New Belarus Conference"),
    ("Sviatlana Tsikhanouskaya, speech at the New Belarus Conference, 6 August 2023.", "Tsikhanouskaya",
     "speech at the New Belarus Conference"),
])
def test_a_speech_at_a_named_conference_names_its_speaker(text, speaker, title):
    # name and description had been read whole as a conference's name: an untitled book, or a proceedings paper
    item = parse_reference(text)
    assert (item["type"], item["author"][0]["family"], item["title"]) == ("speech", speaker, title)
    assert "container-title" not in item


def test_a_channel_named_before_the_programme_it_aired_is_a_broadcasts_publisher():
    # the quoted name had been taken for an author's family name and the item for a book published by the channel
    item = parse_reference("ONT, ‘Kontury’, 16 August 2020.")
    assert (item["type"], item["title"], item["publisher"]) == ("broadcast", "Kontury", "ONT")
    assert "author" not in item and item["issued"] == {"date-parts": [[2020, 8, 16]]}


def test_a_bodys_quoted_paper_with_a_link_and_no_date_is_a_document_not_a_web_page():
    # with the body before the quoted title (not after it) the undated item had been a web page
    item = parse_reference("Ministry of Energy of the Republic of Kazakhstan, ‘Caspian Oil Export Routes: Statistical "
                           "Overview’, https://www.gov.kz/memleket/entities/energo/documents/details/123, accessed "
                           "4 March 2022.")
    assert (item["type"], item["author"]) == ("document", [{"literal": "Ministry of Energy of the Republic of Kazakhstan"}])
    assert item["title"] == "Caspian Oil Export Routes: Statistical Overview"
    page = parse_reference("[On the results of foreign trade of the EAEU in 2022]. Eurasian Economic Commission. Available "
                           "at: https://eec.eaeunion.org/news/itogi-2022/ (accessed 17.03.2023). (In Russ.)")
    assert page["type"] == "webpage"


def test_a_single_quote_closed_before_a_bracket_ends_the_quoted_title():
    # "’" may be a soft sign, so 'Armenia’' closed nothing: the title began in the author and the year left it
    item = parse_reference("CRRC, ‘Caucasus Barometer 2019: Georgia’ [dataset], https://caucasusbarometer.org/en/cb2019ge/ "
                           "(accessed 3 May 2021).")
    assert (item["type"], item["title"], item["genre"]) == ("dataset", "Caucasus Barometer 2019: Georgia", "dataset")
    assert item["author"] == [{"literal": "CRRC"}] and "issued" not in item


def test_a_body_named_before_a_chicago_note_title_is_its_author():
    item = parse_reference("Ministerstvo finansov, Ezhegodnik Ministerstva finansov, vol. 41 (St. Petersburg: "
                           "Tipografiia V. Kirshbauma, 1911), 212–15.")
    assert item["author"] == [{"literal": "Ministerstvo finansov"}]
    assert item["title"] == "Ezhegodnik Ministerstva finansov"
    assert "container-title" not in item
    # A title that merely names a body keeps its periodical.
    item = parse_reference("Signalétique pour le Centre Georges Pompidou, CREE, No. 36, 1975, 6")
    assert item["title"] == "Signalétique pour le Centre Georges Pompidou"


@pytest.mark.parametrize("text, given", [
    ("Tokaev, Kasym-Zhomart. 2008. Pod stiagom nezavisimosti [Under the Banner of Independence]. Astana: Elorda.",
     "Kasym-Zhomart"),
    ("Sartre, Jean-Paul. 1943. L’être et le néant. Paris: Gallimard.", "Jean-Paul"),
    ("Müller, Hans-J. 1998. Staat und Markt. Berlin: Duncker & Humblot.", "Hans-J."),
])
def test_the_sentence_stop_after_a_hyphenated_given_name_is_no_part_of_it(text, given):
    # Chicago's 'Family, Given. Year.': the stop closes the name sentence, as after 'Robert.'; a hyphenated name kept
    # it ('Kasym-Zhomart.'), an initial after the hyphen keeps its own
    assert parse_reference(text)["author"][0]["given"] == given


def test_one_body_with_and_in_its_name_is_not_split():
    assert parse_names("Ministry of Economic Development and Trade") == [
        {"literal": "Ministry of Economic Development and Trade"}]
    assert parse_names("World Bank and International Monetary Fund") == [
        {"literal": "World Bank"}, {"literal": "International Monetary Fund"}]
    assert parse_names("J. Smith and Ministry of Finance") == [
        {"family": "Smith", "given": "J."}, {"literal": "Ministry of Finance"}]


def test_a_bodys_name_past_its_comma_runs_to_the_quoted_title():
    # the tagger had ended the ministry at 'Labour,' and run the rest of its name into the title; the item was a book
    # ('Doklad', a report, names its kind: blind32's rule)
    item = parse_reference("Ministry of Labour, Migration and Employment of the Population of the Republic of Tajikistan, "
                           "‘Doklad o sostoyanii trudovoi migratsii v 2019 godu’, Dushanbe, 2020.")
    assert item["author"] == [
        {"literal": "Ministry of Labour, Migration and Employment of the Population of the Republic of Tajikistan"}]
    assert (item["type"], item["title"], item["publisher-place"]) == (
        "report", "Doklad o sostoyanii trudovoi migratsii v 2019 godu", "Dushanbe")


@pytest.mark.parametrize("text,places", [
    ("International Crisis Group, ‘Georgia’s Election: Lessons from the 2020 Vote’, Europe Briefing No. 91, "
     "Tbilisi/Brussels, 14 December 2020.", "Tbilisi/Brussels"),
    ("International Crisis Group, ‘Nagorno-Karabakh: Seeking a Path to Peace in the Ashes of War’, Europe Report "
     "No. 264, Baku/Yerevan/Brussels, 9 June 2021.", "Baku/Yerevan/Brussels"),
])
def test_towns_joined_by_a_slash_are_the_place(text, places):
    # the towns a body's report names together had been its publisher
    item = parse_reference(text)
    assert (item["type"], item["publisher-place"]) == ("report", places)
    assert "publisher" not in item


@pytest.mark.parametrize("text,office", [
    ("President of Russia, ‘Meeting with Defence Ministry Leadership and Heads of Defence Industry Enterprises’, Sochi, "
     "3 November 2021, available at: http://en.kremlin.ru/events/president/news/67046, accessed 5 November 2021.",
     "President of Russia"),
    ("Office of the President of Mongolia, ‘Mongolia’s Third Neighbour Policy’, Ulaanbaatar, 2019.",
     "Office of the President of Mongolia"),
])
def test_a_states_office_signing_a_document_is_a_body(text, office):
    # 'President of Russia' had been a person, family name 'Russia', given 'President of'
    item = parse_reference(text)
    assert item["author"] == [{"literal": office}]
    assert corporate_name("Prime Minister of Armenia") and not corporate_name("Anna President")


@pytest.mark.parametrize("title", ["Statement on the Trilateral Agreement", "Comment on the Withdrawal from the Treaty"])
def test_a_title_ending_with_the_document_it_is_about_is_no_treaty(title):
    # the agreement the statement is about had made it a treaty
    item = parse_reference(f"Prime Minister of Armenia, ‘{title}’, Yerevan, 10 November 2020.")
    assert (item["type"], item["title"]) == ("document", title)
    assert parse_reference("Oyu Tolgoi Investment Agreement, Ulaanbaatar, 6 October 2009.")["type"] == "treaty"


def test_a_bodys_national_chapter_is_a_body():
    # 'Transparency International Georgia' had been a person, given name 'Transparency International'
    item = parse_reference("Transparency International Georgia, ‘Assessment of the 2020 Parliamentary Elections’, "
                           "Tbilisi, January 2021, available at: https://transparency.ge/en/post/assessment-2020, "
                           "accessed 5 February 2021.")
    assert item["author"] == [{"literal": "Transparency International Georgia"}]
    assert (item["title"], item["publisher-place"]) == ("Assessment of the 2020 Parliamentary Elections", "Tbilisi")
    assert parse_names("Amnesty International UK") == [{"literal": "Amnesty International UK"}]
    assert parse_names("Human Rights Watch Russia") == [{"literal": "Human Rights Watch Russia"}]
    # a series named with the word is none ('Problems of International Politics')
    assert not corporate_name("Problems of International Politics")
    # a national body named by its field and country ('Sports Medicine Australia' had been given name 'Sports
    # Medicine'), not a person whose family name is a country's or given names with initials before one
    assert parse_names("Sports Medicine Australia") == [{"literal": "Sports Medicine Australia"}]
    assert parse_names("Cancer Research UK") == [{"literal": "Cancer Research UK"}]
    assert not corporate_name("John Canada") and not corporate_name("Mary Ireland") and not corporate_name("A. B. Canada")
    # a country that is a family name too closes a body's name of three words, not a person's of two
    item = parse_reference("Public Health England. Health matters: physical activity [Internet]. London: PHE; 2016 [cited "
                           "2024 Feb 9]. Available from: https://www.gov.uk/government/publications/health-matters")
    assert item["author"] == [{"literal": "Public Health England"}]
    assert not corporate_name("Jan England") and not corporate_name("Mary Anne England")


def test_a_body_and_its_office_after_a_comma_are_one_body():
    assert parse_names("United Nations Development Programme, Country Office for Tajikistan") == [
        {"literal": "United Nations Development Programme, Country Office for Tajikistan"}]
    assert parse_names("European Commission, Directorate-General for Trade") == [
        {"literal": "European Commission, Directorate-General for Trade"}]
    assert parse_names("Министерство экономики Республики Беларусь, Департамент статистики") == [
        {"literal": "Министерство экономики Республики Беларусь, Департамент статистики"}]
    # two bodies of one kind, or a body and another body, stay two
    assert len(parse_names("Department of State, Department of Defense")) == 2
    assert len(parse_names("World Bank, Asian Development Bank")) == 2
    item = parse_reference("World Health Organization, Regional Office for Europe. Alcohol policy in Central Asia: "
                           "A review. Copenhagen: WHO Regional Office for Europe, 2021.")
    assert item["author"] == [{"literal": "World Health Organization, Regional Office for Europe"}]


@pytest.mark.parametrize("text, body, title", [
    ("United Nations Development Programme, Country Office in Tajikistan. Human development report: Tajikistan. "
     "Dushanbe, 2021.", "United Nations Development Programme, Country Office in Tajikistan",
     "Human development report: Tajikistan"),
    ("Ministry of Economy of the Republic of Uzbekistan, Department of Investment Policy. Investment climate "
     "review. Tashkent, 2019.", "Ministry of Economy of the Republic of Uzbekistan, Department of Investment Policy",
     "Investment climate review"),
])
def test_a_body_s_unit_the_tagger_ran_into_the_title_is_the_author_s(text, body, title):
    item = parse_reference(text)
    assert item["author"] == [{"literal": body}]
    assert item["title"] == title


def test_chinese_name_in_cyrillic_keeps_its_family_name_first():
    assert parse_names("Чжан Вэй, Ван Лин") == [{"family": "Чжан", "given": "Вэй"}, {"family": "Ван", "given": "Лин"}]
    item = parse_reference("Ли Синь. Экономический пояс Шелкового пути и ЕАЭС // Проблемы Дальнего Востока. "
                           "2016. № 2. С. 31–40.")
    assert item["author"] == [{"family": "Ли", "given": "Синь"}]
    # a Slavic family name after "Ян" is a given name first, as Polish "Jan"
    assert parse_names("Ян Петров") == [{"family": "Петров", "given": "Ян"}]


def test_iberian_compound_family_name_after_initials():
    assert parse_names("J. Fernández Albertos") == [{"family": "Fernández Albertos", "given": "J."}]
    assert parse_names("M. A. González Pérez and L. Ortega") == [
        {"family": "González Pérez", "given": "M. A."}, {"family": "Ortega", "given": "L."}]
    item = parse_reference("Rawls, J. (2006). Teoría de la justicia (M. D. González Soler, Trad.). México: "
                           "Fondo de Cultura Económica.")
    assert item["translator"] == [{"family": "González Soler", "given": "M. D."}]
    # an initial, a middle name and a family name stay so
    assert parse_names("S. Frederick Starr") == [{"family": "Starr", "given": "S. Frederick"}]
    assert parse_names("M. José Aguilar") == [{"family": "Aguilar", "given": "M. José"}]
    assert parse_names("J. François Martin") == [{"family": "Martin", "given": "J. François"}]


def test_words_inside_a_date_span_are_kept_in_note():
    item = parse_reference("Rose, Gillian. The Melancholy Science. London and New York: Verso, 2014 "
                           "(first published 1978).")
    assert item["issued"] == {"date-parts": [[2014]]}
    assert "first published 1978" in item["note"]
    assert "note" not in parse_reference("Smith, J. (2014, March 3). A title. The Times.")


def test_a_link_broken_at_a_space_by_a_pdf_copy_is_joined():
    item = parse_reference("CIA World Factbook. Available at https://www.cia.gov/ "
                           "library/publications/the-world-factbook/index.html")
    assert item["URL"] == "https://www.cia.gov/library/publications/the-world-factbook/index.html"
    item = parse_reference("Mech, L. D. 2013. The challenge of wolf recovery. The Wildlife Professional 7(1): 32-37. "
                           "http://news. wildlife.org/featured/the-challenge-of-wolf-recovery.")
    assert item["URL"] == "http://news.wildlife.org/featured/the-challenge-of-wolf-recovery"


def test_interview_date_range():
    item = parse_reference("Author’s interviews with NATO officials, Brussels, 16–20 April 2012.")
    assert item["issued"] == {"date-parts": [[2012, 4, 16], [2012, 4, 20]]}


def test_official_document_available_at_accessed():
    text = ("‘Concept of the Foreign Policy of the Russian Federation’, Ministry of Foreign Affairs of the "
            "Russian Federation, available at: http://mid.ru/foreign_policy/doc/122186, accessed 20 June 2013.")
    item = parse_reference(text)
    assert item["type"] == "document"
    assert item["title"] == "Concept of the Foreign Policy of the Russian Federation"
    assert item["publisher"] == "Ministry of Foreign Affairs of the Russian Federation"
    assert item["URL"] == "http://mid.ru/foreign_policy/doc/122186"
    assert item["accessed"] == {"date-parts": [[2013, 6, 20]]}


def test_document_number():
    text = ("‘Statement by the Delegation of the Russian Federation’, 14–16 June 2010, PC.DEL/535/10/Rev.1, "
            "available at: http://www.osce.org/cio/68565, accessed 15 September 2013.")
    item = parse_reference(text)
    assert item["number"] == "PC.DEL/535/10/Rev.1"
    assert item["issued"] == {"date-parts": [[2010, 6, 14], [2010, 6, 16]]}
    assert item["title"] == "Statement by the Delegation of the Russian Federation"


def test_press_item():
    text = ("‘Naryshkin: Sovet PA ODKB razdelyaet bespokoistvo’, RIA Novosti, 17 April 2014, available at: "
            "http://ria.example/20140417.html, accessed 10 January 2015.")
    item = parse_reference(text)
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == "RIA Novosti"
    assert item["issued"] == {"date-parts": [[2014, 4, 17]]}
    assert item["title"] == "Naryshkin: Sovet PA ODKB razdelyaet bespokoistvo"


def test_corporate_author():
    assert parse_names("World Health Organization") == [{"literal": "World Health Organization"}]
    item = parse_reference("International Monetary Fund. (2019). Republic of Kazakhstan: Selected issues. IMF.")
    assert item["author"] == [{"literal": "International Monetary Fund"}]


# --- metadata, batch, robustness ---------------------------------------------------

def test_custom_metadata_and_valid_csl():
    text = ("Kahneman, D., & Tversky, A. (1979). Prospect theory: An analysis of decision under risk. "
            "Econometrica, 47(2), 263–291.")
    item = parse_reference(text)
    custom = item["custom"]
    assert custom["source"] == text
    assert set(custom["confidence"]) >= {"author", "title", "issued", "type"}
    assert all(0 <= v <= 1 for v in custom["confidence"].values())
    assert custom["review"] is False
    assert validate(dict(item, id="x")) == []


def test_doubtful_input_is_flagged_for_review():
    item = parse_reference("see the appendix and table four above for details")
    assert item["custom"]["review"] is True


def test_batch_equals_single():
    texts = [
        "Hale, H. E. (2015). Patronal politics. Cambridge University Press.",
        "Author’s interview with an EU official, Brussels, 4 February 2019.",
        "Кузнецов А. В. Денежная политика // Деньги и кредит. 2019. № 2. С. 44–61.",
    ]
    assert parse_references(texts) == [parse_reference(t) for t in texts]


def test_robust_to_empty_garbage_and_binary():
    empty = parse_reference("")
    assert empty["custom"]["source"] == "" and empty["custom"]["review"] is True
    rng = random.Random(1)
    garbage = "".join(rng.choice("abc xyz 123 .,;:()[]–") for _ in range(10_000))
    item = parse_reference(garbage)
    assert item["custom"]["source"] == garbage
    assert validate(dict(item, id="g")) == []
    binary = bytes(range(256)).decode("latin-1") * 4
    item = parse_reference(binary)
    assert validate(dict(item, id="b")) == []


def test_unmapped_text_goes_to_note():
    # Scraped pages replace links with the word "Link": not a URL, so it is kept as a note.
    item = parse_reference("Petrov I. [Energy trade]. Ekonomika = Economics, 2015, no. 2, pp. 1–9. URL: Link (In Russ.)")
    assert "URL" not in item
    assert "Link" in item["note"]


# --- helpers ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Glaz'ev S.Yu., Chushkin V.I.", [("Glaz'ev", "S.Yu."), ("Chushkin", "V.I.")]),
    ("Иванов И. И., Петров П.П. и др.", [("Иванов", "И. И."), ("Петров", "П.П.")]),
    ("И.И. Иванов", [("Иванов", "И.И.")]),
    ("Lee, L. L., W. E. Howard, and R. E. Marsh.", [("Lee", "L. L."), ("Howard", "W. E."), ("Marsh", "R. E.")]),
    ("Pérez-Higueras JJ, Arias A, Peters OA.", [("Pérez-Higueras", "J.J."), ("Arias", "A."), ("Peters", "O.A.")]),
    ("Smith, J. A., Jones, B., et al.", [("Smith", "J. A."), ("Jones", "B.")]),
    ("Wilson, P. and others", [("Wilson", "P.")]),
    ("Schmidt, U. A.", [("Schmidt", "U. A.")]),  # initials, not German "u. a."
])
def test_names(text, expected):
    assert [(n.get("family"), n.get("given")) for n in parse_names(text)] == expected


def test_name_particles_and_suffixes():
    assert parse_names("van der Berg, J.") == [{"non-dropping-particle": "van der", "family": "Berg", "given": "J."}]
    assert parse_names("Nye, J. S., Jr.") == [{"family": "Nye", "given": "J. S.", "suffix": "Jr."}]


@pytest.mark.parametrize("text, expected", [
    ("17 April 2014", {"date-parts": [[2014, 4, 17]]}),
    ("14–16 June 2010", {"date-parts": [[2010, 6, 14], [2010, 6, 16]]}),
    ("12.05.2020", {"date-parts": [[2020, 5, 12]]}),
    ("April 17, 2014", {"date-parts": [[2014, 4, 17]]}),
    ("(1999a).", {"date-parts": [[1999]]}),
    ("15 марта 2021 г.", {"date-parts": [[2021, 3, 15]]}),
    ("17 June", {"literal": "17 June"}),
])
def test_dates(text, expected):
    assert parse_date(text) == expected


def test_pages_and_volume_issue():
    assert pages("pp. 106–125.") == ("page", "106-125")
    assert pages("– С. 42–58.") == ("page", "42-58")
    assert pages("640 p.") == ("number-of-pages", "640")
    assert pages("320 с.") == ("number-of-pages", "320")
    assert volume_issue("vol. 8, no. 3-1,") == {"volume": "8", "issue": "3-1"}
    assert volume_issue("45(2),") == {"volume": "45", "issue": "2"}
    assert volume_issue("60, 6,") == {"volume": "60", "issue": "6"}  # T&F Harvard "Studies, 60, 6"
    assert volume_issue("84, no. 6") == {"volume": "84", "issue": "6"}
    assert volume_issue("– № 26 (ч. I).") == {"issue": "26 (ч. I)"}  # a gazette issue's part
    assert volume_issue("Т. 44, № 2.") == {"volume": "44", "issue": "2"}
    assert volume_issue("vol. 3 (4)") == {"volume": "3", "issue": "4"}


def test_east_asian_volume_and_issue_markers_follow_the_number():
    assert volume_issue("제21권, 제2호,") == {"volume": "21", "issue": "2"}
    assert volume_issue("17권 3호,") == {"volume": "17", "issue": "3"}
    assert volume_issue("第12巻 第3号") == {"volume": "12", "issue": "3"}
    assert volume_issue("1949号,") == {"issue": "1949"}


def test_volume_text_the_patterns_miss_is_kept():
    # GOST prints the running issue number in brackets; a supplement has no CSL variable.
    assert volume_issue("Т. 12, № 4 (56)") == {"volume": "12", "issue": "4 (56)"}
    assert volume_issue("Vol. 12, No. 3, Suppl. 2") == {"volume": "12", "issue": "3", "rest": "Suppl. 2"}
    item = parse_reference("Petrov A. B. Regional banks. Finance and Credit, 2017, vol. 23, no. 5, suppl. 2, "
                           "pp. 10–19.")
    assert (item["volume"], item["issue"]) == ("23", "5")
    assert "suppl. 2" in item.get("note", "")


def test_gost_issue_with_running_number():
    item = parse_reference("Иванов И. И. Экономика региона // Вопросы экономики. 2019. № 2 (28). С. 15–29.")
    assert item["issue"] == "2 (28)"
    assert item["container-title"] == "Вопросы экономики"


def test_quoted_press_title_followed_by_its_source():
    item = parse_reference("'Russia and the West', Deutsche Welle (Russian Service), 12 March 2014, available at: "
                           "http://www.dw.de/a-17491234, accessed 20 June 2014.")
    assert item["title"] == "Russia and the West"
    assert "Deutsche Welle (Russian Service)" in (item.get("container-title"), item.get("publisher"))
    assert item["accessed"] == {"date-parts": [[2014, 6, 20]]}
    # "’" inside a transliterated title is a soft sign, not the closing quote.
    soft = parse_reference("‘Putin predlagaet sozdat’ Evraziiskii soyuz’, Izvestiya, 3 October 2011.")
    assert soft["title"] == "Putin predlagaet sozdat’ Evraziiskii soyuz"


def test_other_languages_and_layouts():
    french = parse_reference("Dupont J., « La politique étrangère russe », Revue française de science politique, "
                             "vol. 60, n° 3, 2010, p. 455-470.")
    assert (french["volume"], french["issue"], french["page"]) == ("60", "3", "455-470")
    assert french["title"] == "La politique étrangère russe"
    german = parse_reference("Müller, H. (2010): Die Ordnung der Dinge. 2. Aufl. Frankfurt am Main: Suhrkamp.")
    assert (german["publisher"], german["publisher-place"]) == ("Suhrkamp", "Frankfurt am Main")
    chemistry = parse_reference("Smith, J.; Lee, K. J. Am. Chem. Soc. 2015, 137, 1234–1240.")
    assert chemistry["container-title"] == "J. Am. Chem. Soc." and "title" not in chemistry
    assert chemistry["custom"]["review"] is True  # no title: worth a look


@pytest.mark.parametrize("text, journal", [
    ("K. L. Morton, Math. Proc. Camb. Philos. Soc. 61, 233 (1965).", "Math. Proc. Camb. Philos. Soc."),
    ("Berg, D.R., Hale, J.W.: Astrophys. J. 512, 304 (1999)", "Astrophys. J."),
    ("P. Novak et al., Plasma Phys. Control. Fusion 48 (2006) 1203", "Plasma Phys. Control. Fusion"),
    ("Lind, K., 2001, J. Geophys. Res., 106, 2213-2230", "J. Geophys. Res."),
])
def test_an_abbreviated_journal_without_a_title_is_not_cut_into_one(text, journal):
    item = parse_reference(text)
    assert item["container-title"] == journal and "title" not in item


@pytest.mark.parametrize("text, book, place", [
    ('Ann Carter, "Walking the Line," in Street Life: Essays in Urban Culture (Bloomington: Indiana University '
     'Press, 2004), 112.', "Street Life: Essays in Urban Culture", "Bloomington"),
    ('B. Lowe, "Rivers and Rain," in J. Hart and M. Snow, eds., Water in History (Oxford: Clarendon Press, 1995), '
     '40-62.', "Water in History", "Oxford"),
])
def test_a_chapter_s_bracketed_imprint_opens_at_its_bracket(text, book, place):
    item = parse_reference(text)
    assert (item["container-title"], item["publisher-place"]) == (book, place)


def test_a_volume_and_page_run_together_are_split():
    item = parse_reference("Hale KM, Ortiz JJ. Joint pain in early arthritis is not always inflammatory. "
                           "Arthritis Res Ther 17: 214, 2015")
    assert (item["volume"], item["page"]) == ("17", "214")
    journal = [("Hart, I.", "author"), ("The binding of small ligands.", "title"), ("Proc. Natl. Acad. Sci. USA", "container"),
               ("2001,", "date")]
    for span, label, volume, page in (("98, 4411–4416.", "pages", "98", "4411-4416"), ("17:214,", "volume", "17", "214"),
                                      ("3, e412.", "volume", "3", "e412")):
        item = item_from_spans(journal + [(span, label)])
        assert (item["volume"], item["page"]) == (volume, page)
    assert item_from_spans(journal + [("60, 6,", "volume")])["issue"] == "6"  # T&F "Studies, 60, 6"
    book = item_from_spans([("Hart, I.", "author"), ("Rivers", "title"), ("Norton,", "publisher"), ("2001,", "date"),
                            ("12, 14-16.", "pages")])
    assert book["page"] == "12, 14-16" and "volume" not in book


def test_inverted_names_separated_by_full_stops():
    item = parse_reference("DUVAL, Jean-Marc. PERRIN, Claire. Soins infirmiers et société. Paris : MASSON, 2008. 210 p.")
    assert names(item) == [("DUVAL", "Jean-Marc"), ("PERRIN", "Claire")]
    assert item["title"] == "Soins infirmiers et société"
    assert names({"author": parse_names("Müller, Hans. Schmidt, Eva. Weber, Jan")}) == [
        ("Müller", "Hans"), ("Schmidt", "Eva"), ("Weber", "Jan")]


def test_preprint_and_report_numbers():
    preprint = parse_reference("Brown T, et al. Language models are few-shot learners. arXiv:2005.14165. 2020.")
    assert preprint["type"] == "article" and preprint["number"] == "arXiv:2005.14165"
    report = parse_reference("International Monetary Fund. (2019). Republic of Kazakhstan: Selected issues "
                             "(IMF Country Report No. 19/242). IMF.")
    assert report["type"] == "report"
    assert report["number"] == "19/242" and report["genre"] == "IMF Country Report"
    assert report["title"] == "Republic of Kazakhstan: Selected issues"
    # a plural series name, as OECD's: "Working Papers No. 41"
    papers = parse_reference("Lopez, M., & Berg, S. (2020). Skills mismatch in ageing economies (OECD Social, "
                             "Employment and Migration Working Papers No. 41). OECD Publishing.")
    assert (papers["type"], papers["number"]) == ("report", "41")
    assert papers["title"] == "Skills mismatch in ageing economies"


def test_gost_statement_of_responsibility_and_isbn():
    item = parse_reference("Орлов В. П. Безопасность в Евразии : монография / В. П. Орлов. – Москва : Проспект, "
                           "2020. – 256 с. – ISBN 978-5-392-31234-5.")
    assert names(item) == [("Орлов", "В. П.")]
    assert item["title"] == "Безопасность в Евразии: монография"
    assert (item["publisher-place"], item["publisher"]) == ("Москва", "Проспект")
    assert item["number-of-pages"] == "256"
    assert item["ISBN"] == "978-5-392-31234-5"


def test_translated_conference_container_and_language_with_abstract_note():
    item = parse_reference("Petrov A.A. [Regional development]. Materialy mezhdunarodnoi nauchnoi konferentsii "
                           "\"Ekonomika i pravo\" [Proc. Int. Sci. Conf. \"Economics and Law\"]. Kazan, 2018, "
                           "pp. 45–50. (In Russ., abstract in Engl.)")
    assert item["type"] == "paper-conference"
    assert item["title"] == "Regional development"
    assert "original-title" not in item
    assert item["container-title"].startswith("Materialy mezhdunarodnoi nauchnoi konferentsii")
    assert item["language"] == "ru"


def test_apa_press_and_web_items():
    press = parse_reference("Smith, K. E., & Brown, L. (2021, March 3). Supply chains under strain. The Economist. "
                            "https://www.economist.com/finance/2021/03/03/supply-chains")
    assert press["type"] == "article-newspaper"
    assert press["issued"] == {"date-parts": [[2021, 3, 3]]}
    assert (press["title"], press["container-title"]) == ("Supply chains under strain", "The Economist")
    web = parse_reference("Jones, A. (2020). Russia's pivot. The Diplomat. Retrieved March 3, 2021, from "
                          "https://thediplomat.com/2020/01/russias-pivot/")
    assert web["type"] == "webpage" and web["container-title"] == "The Diplomat"
    assert web["accessed"] == {"date-parts": [[2021, 3, 3]]}
    assert "note" not in web


# --- classes of errors seen on real scraped pages (new strings of the same shape) ---------

def test_container_with_a_full_stop_after_translated_title():
    item = parse_reference("Kramarenko A.M. [Security regimes in Central Asia]. Analiz. TsSI MGU, 2017, "
                           "no. 5, pp. 44–58. (In Russ.)")
    assert item["title"] == "Security regimes in Central Asia"
    assert item["container-title"] == "Analiz. TsSI MGU"
    assert "original-title" not in item
    assert names(item) == [("Kramarenko", "A.M.")]
    assert item["issue"] == "5" and item["page"] == "44-58"


def test_gost_container_with_a_full_stop_runs_from_slashes_to_year():
    item = parse_reference("Петров Н. К. Таможенный союз и его пределы // Известия. СПбГЭУ. 2020. № 4. С. 31–40.")
    assert item["title"] == "Таможенный союз и его пределы"
    assert item["container-title"] == "Известия. СПбГЭУ"
    assert item["issued"] == {"date-parts": [[2020]]}


def test_bracketed_title_keeps_a_parenthesised_list_with_commas():
    item = parse_reference("Orlov D.V. [Military alliances of the post-Soviet states (Belarus, Armenia, "
                           "Kazakhstan) after 1991]. Voprosy bezopasnosti = Security Issues, 2015, no. 2, "
                           "pp. 9–20. (In Russ.)")
    assert item["title"] == ("Military alliances of the post-Soviet states (Belarus, Armenia, Kazakhstan) "
                             "after 1991")
    assert item["container-title"] == "Voprosy bezopasnosti = Security Issues"


@pytest.mark.parametrize("text,body,title", [
    ("Ministry of Internal Affairs of the Russian Federation. [Selected indicators of the migration situation in "
     "the Russian Federation for January–December 2021]. Available at: https://мвд.рф/reports/item/28104 "
     "(accessed 01.03.2022). (In Russ.)", "Ministry of Internal Affairs of the Russian Federation",
     "Selected indicators of the migration situation in the Russian Federation for January–December 2021"),
    ("Ministry of Internal Affairs of the Russian Federation. [Migration situation in the first half of 2022]. "
     "Available at: https://мвд.рф/reports/item/31512 (accessed 14.08.2022). (In Russ.)",
     "Ministry of Internal Affairs of the Russian Federation", "Migration situation in the first half of 2022"),
])
def test_a_body_before_a_bracketed_title_is_its_author(text, body, title):
    # the title was lost to note, or began at 'of the Russian Federation.' which became the author
    item = parse_reference(text)
    assert (item["author"], item["title"]) == ([{"literal": body}], title)
    assert "note" not in item and "publisher" not in item


def test_long_bracketed_translation_after_transliterated_book_title():
    text = ("Sokolov A.P., Mironova E.V. Tamozhennyi soyuz i Evraziiskaya integratsiya: opyt i problemy "
            "pravovogo regulirovaniya vneshnei torgovli [The Customs Union and Eurasian integration: Experience "
            "and problems of the legal regulation of foreign trade in the member states]. Moscow, Prospekt "
            "Publ., 2016, 288 p.")
    item = parse_reference(text)
    assert item["type"] == "book"
    assert item["title"] == ("The Customs Union and Eurasian integration: Experience and problems of the legal "
                             "regulation of foreign trade in the member states")
    assert item["original-title"].startswith("Tamozhennyi soyuz") and item["original-title"].endswith("torgovli")
    assert item["publisher"] == "Prospekt Publ."
    assert item["publisher-place"] == "Moscow"
    assert item["number-of-pages"] == "288"


def test_given_name_first_note_author_with_a_corporate_cue_word():
    item = parse_reference("Michael Service, The Politics of Transit (London, Penguin Books, 2011), p. 88.")
    assert names(item) == [("Service", "Michael")]


def test_corporate_author_completed_across_its_full_stop():
    item = parse_reference("World Trade Organization. Annual report 2019. Geneva: World Trade Organization; 2019.")
    assert item["author"] == [{"literal": "World Trade Organization"}]
    assert item["title"] == "Annual report 2019"


def test_interviews_at_an_institution_take_it_as_place_and_a_date_range():
    item = parse_reference("Author’s interviews with anonymous OSCE officials and experts from national missions, "
                           "OSCE Secretariat, 3–6 May 2015.")
    assert item["type"] == "interview"
    assert item["publisher-place"] == "OSCE Secretariat"
    assert item["title"] == "Author’s interviews with anonymous OSCE officials and experts from national missions"
    assert item["issued"] == {"date-parts": [[2015, 5, 3], [2015, 5, 6]]}


def test_press_item_day_before_month_is_a_date_not_a_volume():
    item = parse_reference("‘Minsk Hosts Customs Talks’, Radio Svoboda, 14 March 2016, available at: "
                           "http://www.svoboda.org/a/27612345.html, accessed 2 April 2016.")
    assert item["issued"] == {"date-parts": [[2016, 3, 14]]}
    assert "volume" not in item
    assert item["type"] == "article-newspaper" and item["container-title"] == "Radio Svoboda"
    assert "author" not in item


def test_vancouver_year_range_in_title_and_roman_looking_initials():
    item = parse_reference("Orlov IV, Green KM. Tuberculosis incidence in Siberia, 2001-2012. Int J Tuberc Lung Dis. "
                           "2015;19(6):e101-e109.")
    assert item["title"] == "Tuberculosis incidence in Siberia, 2001-2012"
    assert item["issued"] == {"date-parts": [[2015]]}
    assert item["container-title"].rstrip(".") == "Int J Tuberc Lung Dis"
    assert item["volume"] == "19" and item["issue"] == "6"
    assert names(item) == [("Orlov", "I.V."), ("Green", "K.M.")]


def test_apa_book_publisher_after_title_is_not_folded_into_it():
    item = parse_reference("Kassenova, N. (2019). China's Silk Road and Kazakhstan's bridges. Carnegie Endowment.")
    assert item["title"] == "China's Silk Road and Kazakhstan's bridges"
    assert item["publisher"] == "Carnegie Endowment"
    assert "Ford" == parse_names("Henry Ford II")[0]["family"] and parse_names("Henry Ford II")[0]["suffix"] == "II"


def test_quoted_press_item_whose_periodical_was_read_as_publisher():
    item = parse_reference("‘Tashkent Signs Rail Accord with Beijing’, Uzbek Daily Review, 4 July 2017, available at: "
                           "https://example.uz/news/rail-accord, accessed 9 July 2017.")
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == "Uzbek Daily Review"
    assert "publisher" not in item
    official = parse_reference("‘Address to the Federal Assembly’, President of Russia, 1 March 2018, available at: "
                               "http://en.kremlin.ru/events/president/news/56957, accessed 3 March 2018.")
    assert (official["type"], official["publisher"]) == ("speech", "President of Russia")  # a body's, not a paper's


@pytest.mark.parametrize("text, place", [
    ("Vladimir Putin, ‘Address to the Federal Assembly’, 1 March 2018, available at: "
     "http://en.kremlin.ru/events/president/news/56957, accessed 3 March 2018.", None),
    ("Sergei Lavrov, ‘Remarks at the Valdai Discussion Club’, Sochi, 22 October 2019, available at: "
     "https://www.mid.ru/en/foreign_policy/news/3862436, accessed 1 November 2019.", "Sochi"),
    ("Nursultan Nazarbayev, ‘Lecture at Moscow State University’, Moscow, 29 March 1994.", "Moscow"),
])
def test_a_speech_named_by_its_kind_in_notes_is_a_speech_given_where_it_says(text, place):
    item = parse_reference(text)
    assert (item["type"], item.get("event-place"), item.get("container-title")) == ("speech", place, None)


@pytest.mark.parametrize("text, kind", [
    ("Burke, Edmund. “Speech on Conciliation with the Colonies.” In The Writings and Speeches of Edmund Burke, edited "
     "by Paul Langford, vol. 3, 102–69. Oxford: Clarendon Press, 1996.", "chapter"),
    ("Smith, J. (2019). Address to the nation as political ritual. Journal of Politics, 81(2), 1–20.", "article-journal"),
])
def test_a_speech_printed_in_a_book_or_a_paper_about_one_is_no_speech(text, kind):
    assert parse_reference(text)["type"] == kind


def test_harvard_day_and_month_after_title_complete_the_year():
    item = parse_reference("OECD (2019) Economic outlook for Central Asia, 12 March. Paris: OECD Publishing.")
    assert item["issued"] == {"date-parts": [[2019, 3, 12]]}
    assert item["title"] == "Economic outlook for Central Asia"
    assert parse_reference("Kotkin, S. (2001) Armageddon averted, 1970-2000. Oxford: Oxford University Press.")[
        "issued"] == {"date-parts": [[2001]]}


def test_vancouver_journal_with_full_date_and_one_word_journal():
    item = parse_reference("Lonsdale J, Smith K. Effects of aspirin on mortality. Lancet. 2009 Jun 27;373(9682):2125-32.")
    assert item["type"] == "article-journal"
    assert item["title"] == "Effects of aspirin on mortality"
    assert item["container-title"] == "Lancet"
    assert item["issued"] == {"date-parts": [[2009, 6, 27]]}
    assert (item["volume"], item["issue"], item["page"]) == ("373", "9682", "2125-32")
    assert "note" not in item


def test_vancouver_internet_marker_is_the_medium_not_a_translation():
    item = parse_reference("World Health Organization. Global hepatitis report [Internet]. Geneva: WHO; 2017 "
                           "[cited 2020 Mar 3]. Available from: https://www.who.int/hepatitis/report")
    assert item["title"] == "Global hepatitis report"
    assert item["medium"] == "Internet"
    assert "original-title" not in item
    assert item["accessed"] == {"date-parts": [[2020, 3, 3]]}


def test_url_lead_before_a_doi_link_is_not_kept_as_a_note():
    item = parse_reference("Kuznetsova E.I., Petrov A.A. [Digital transformation of regional banks]. Finansy i kredit = "
                           "Finance and Credit, 2019, vol. 25, iss. 4, pp. 812–830. (In Russ.) "
                           "URL: https://doi.org/10.24891/fc.25.4.812")
    assert item["DOI"] == "10.24891/fc.25.4.812"
    assert "note" not in item


def test_publisher_initials_after_the_place_and_a_translated_thesis_genre():
    book = parse_reference("Krugman P. The Return of Depression Economics and the Crisis of 2008. New York, "
                           "W.W. Norton & Company, 2009, 191 p.")
    assert (book["publisher-place"], book["publisher"]) == ("New York", "W.W. Norton & Company")
    thesis = parse_reference("Sidorov M.N. [Methods of assessing credit risk]. Dis. kand. ekon. nauk [Cand. econ. "
                             "sci. diss.]. Saint Petersburg, 2015, 180 p.")
    assert thesis["type"] == "thesis"
    assert thesis["genre"] == "Dis. kand. ekon. nauk [Cand. econ. sci. diss.]"
    assert "publisher" not in thesis


def test_notes_style_leftover_day_and_month_complete_the_year():
    item = parse_reference("Putin, V. (2011) ‘Novyi integratsionnyi proekt dlya Evrazii—budushchee, kotoroe "
                           "rozhdaetsya segodnya’, Izvestiya, 3 October.")
    assert item["issued"] == {"date-parts": [[2011, 10, 3]]}
    assert item["container-title"] == "Izvestiya"
    assert "note" not in item


def test_document_named_by_its_kind_is_titled_not_published():
    item = parse_reference("Treaty on the Eurasian Economic Union, Astana, 29 May 2014, available at: "
                           "https://docs.eaeunion.org/docs/ru-ru/0043610/itia_05062014, accessed 10 March 2015.")
    assert item["title"] == "Treaty on the Eurasian Economic Union"
    assert "publisher" not in item
    assert item["issued"] == {"date-parts": [[2014, 5, 29]]}


def test_gost_statement_of_responsibility_leaves_the_title():
    item = parse_reference("Иванов, И. И. Экономика России : учебник / И. И. Иванов. – 3-е изд., перераб. и доп. – "
                           "Москва : Юрайт, 2020. – 512 с.")
    assert item["title"] == "Экономика России: учебник"
    assert item["edition"] == "3" and item["number-of-pages"] == "512"
    assert item["note"] == "перераб. и доп."  # the edition's qualifiers; the statement only repeated the author
    edited = parse_reference("Петров П. П. Финансы : учебное пособие / П. П. Петров, С. С. Сидоров ; под ред. "
                             "А. А. Орлова. – Москва : Наука, 2018. – 300 с.")
    assert edited["title"] == "Финансы: учебное пособие"
    assert all("ред" not in (n.get("given", "") + n.get("family", "")) for n in edited.get("editor", []))


def test_a_range_of_days_then_a_single_date_is_event_then_publication():
    paper = parse_reference("Smith J, Jones K. Title of the paper. In: Proceedings of the 12th International "
                            "Conference on Data Engineering; 2019 May 5-8; Macau, China. New York: IEEE; 2019. "
                            "p. 100-10.")
    assert paper["type"] == "paper-conference" and paper["title"] == "Title of the paper"
    assert paper["event-date"] == {"date-parts": [[2019, 5, 5], [2019, 5, 8]]}
    assert paper["issued"] == {"date-parts": [[2019]]}
    assert paper["page"] == "100-10"


def test_source_after_a_quoted_title_keeps_a_name_that_begins_with_in():
    # "In" only introduces a container before a colon or a space, never inside a word.
    item = parse_reference("'Russia and the West', Independent Online (South Africa), 12 March 2014, available at: "
                           "http://www.dw.de/a-17491234, accessed 20 June 2014.")
    assert item["title"] == "Russia and the West"
    assert item["container-title"] == "Independent Online (South Africa)"


# --- layout settles what the tagger may not ---------------------------------------

def test_names_ending_in_eds_are_editors():
    for text in ("Thomas, Keith A., and Maria P. Lopez, eds. Cities of the Plain: Essays in Urban History. "
                 "Boston, MA: Beacon Press, 2004.",
                 "Keller R., Ortiz M., Young T.P. (Eds) Grammars of Contact. Oxford: Blackwell, 2011."):
        item = parse_reference(text)
        assert "author" not in item, text
        assert [n["family"] for n in item["editor"]][:2] in (["Thomas", "Lopez"], ["Keller", "Ortiz"])
        assert item["type"] == "book"


def test_second_title_after_in_editor_is_the_book():
    item = parse_reference("Mendez, L. (2003). Learning at the margins. In P. Hart (Ed.), Schooling the future. "
                           "Chicago: Beacon.")
    assert item["title"] == "Learning at the margins"
    assert item["container-title"] == "Schooling the future"
    assert item["type"] == "chapter"


def test_proceedings_run_into_the_title_are_split_off():
    item = parse_reference("Ruiz, A. B., Fast Garbage Collection for Lazy Functional Languages, in Proceedings of "
                           "the Fifth Conference on Functional Programming, ACM Press, New York, 1991.")
    assert item["title"] == "Fast Garbage Collection for Lazy Functional Languages"
    assert item["container-title"] == "Proceedings of the Fifth Conference on Functional Programming"
    assert item["type"] == "paper-conference"


def test_language_note_after_a_title_becomes_the_language():
    item = parse_reference("Petrov, A. N., The structure of the Popigai crater (in Russian). Priroda, v. 7, "
                           "pp. 12-19. 1981.")
    assert item["title"] == "The structure of the Popigai crater"
    assert item["language"] == "ru"


def test_imprint_with_a_page_count_is_not_a_container():
    from cslbridge.parse.fields import item_from_spans
    item = item_from_spans([("Sidorov, K. L.,", "author"), ("Impact Geology of the Taimyr.", "title"),
                            ("Moscow, Nauka,", "container"), ("214 p.", "pages"), ("1984.", "date")])
    assert item.get("publisher") == "Nauka" and item.get("publisher-place") == "Moscow"
    assert "container-title" not in item
    assert item["number-of-pages"] == "214"
    press = item_from_spans([("Lund, E.", "author"), ("Salt Roads.", "title"), ("Harbor Lane Press,", "container"),
                             ("1977.", "date")])
    assert press.get("publisher") == "Harbor Lane Press" and "container-title" not in press
    journal = item_from_spans([("Lund, E.", "author"), ("Salt Roads.", "title"),
                               ("Review of Maritime Books,", "container"), ("1977.", "date")])
    assert journal.get("container-title") == "Review of Maritime Books"


def test_full_given_name_loses_the_sentence_dot_initials_keep_theirs():
    assert parse_names("Whitcombe, Robert.") == [{"family": "Whitcombe", "given": "Robert"}]
    assert parse_names("Whitcombe, R.") == [{"family": "Whitcombe", "given": "R."}]


def test_access_date_and_doi_link_from_gold_style_spans():
    from cslbridge.parse.fields import item_from_spans
    item = item_from_spans([("Kerr, P.", "author"), ("(2011).", "date"), ("Low tides.", "title"),
                            ("Retrieved on March 3, 2016 from", "note"),
                            ("https://doi.org/10.1000/xyz123", "url")])
    assert item["accessed"] == {"date-parts": [[2016, 3, 3]]}
    assert item["DOI"] == "10.1000/xyz123" and "URL" not in item


def test_place_and_publisher_in_one_bracket_are_split():
    item = parse_reference("Bremmer, T. (2009) Frozen Borders: Trade and Power in the Caucasus (Cambridge, MA, "
                           "Harvard University Press).")
    assert item["publisher"] == "Harvard University Press"
    assert item["publisher-place"] == "Cambridge, MA"


def test_harvard_corporate_author_before_the_year():
    item = parse_reference("Asian Development Bank (2016) Key Indicators for Asia and the Pacific (Manila, Asian "
                           "Development Bank).")
    assert item["author"] == [{"literal": "Asian Development Bank"}]
    assert item["publisher"] == "Asian Development Bank" and item["publisher-place"] == "Manila"


def test_translated_russian_thesis_label_is_the_genre():
    item = parse_reference("Nikolaeva T.S. [Customs regulation in the Eurasian Economic Union]. Cand. jur. sci. "
                           "diss. Kazan, 2017, 205 p.")
    assert item["type"] == "thesis"
    assert item["genre"] == "Cand. jur. sci. diss."
    assert item["publisher-place"] == "Kazan" and "publisher" not in item


def test_conference_place_and_imprint_place_are_kept_apart():
    item = parse_reference("Orlova E.A. [Energy dialogue of the EU and Russia]. Materialy mezhdunarodnoi konferentsii "
                           "\"Evropa i Rossiya\" [Proceedings of the international conference \"Europe and Russia\"]. "
                           "Kazan, 3–5 October 2017. Moscow, Nauka Publ., 2018, pp. 101–110. (In Russ.)")
    assert item["event-date"] == {"date-parts": [[2017, 10, 3], [2017, 10, 5]]}
    assert item["event-place"] == "Kazan" and item["publisher-place"] == "Moscow"
    assert item["issued"] == {"date-parts": [[2018]]}


@pytest.mark.parametrize("text,town,days", [
    ("Trubetskoi K.N., Galchenko Yu.P. [Geotechnology of deep open-pit coal mining in the Kuzbass]. Proc. Int. Sci. "
     "and Pract. Conf. “Subsoil Use in Siberia” (Kemerovo, 17–19 April 2019). Kemerovo, KuzGTU Publ., 2019, "
     "pp. 34–41. (In Russ.)", "Kemerovo", [[2019, 4, 17], [2019, 4, 19]]),
    ("Krylov A.K. [Linguistic landscape of Kazan]. Proc. Int. Conf. “Language Contacts in Russia” (Kazan, 3–5 "
     "October 2020). Moscow, Nauka Publ., 2021, pp. 201–207. (In Russ.)", "Kazan", [[2020, 10, 3], [2020, 10, 5]]),
])
def test_a_conferences_town_and_days_in_round_brackets_leave_the_bracket(text, town, days):
    # the event-place had kept the bracket opening it ('(Kemerovo')
    item = parse_reference(text)
    assert (item["type"], item["event-place"], item["event-date"]["date-parts"]) == ("paper-conference", town, days)


def test_bare_small_number_after_the_volume_is_the_issue_a_larger_one_the_page():
    eas = parse_reference("Tsygankov, A. (2014) ‘The Frustrating Partnership’, Problems of Post-Communism, 61, 3.")
    assert (eas["volume"], eas.get("issue"), eas.get("page")) == ("61", "3", None)
    astro = parse_reference("Lindqvist P. et al. 2003, A&A, 402, 211")
    assert (astro["volume"], astro.get("issue"), astro.get("page")) == ("402", None, "211")


def test_chicago_note_imprint_bracket_ends_the_title():
    item = parse_reference("Serhii Plokhy, Lost Kingdom: Russia, Ukraine, Europe (New York: Basic Books, 2017), 201–3.")
    assert item["title"] == "Lost Kingdom: Russia, Ukraine, Europe"
    assert item["publisher-place"] == "New York" and item["publisher"] == "Basic Books"


def test_chicago_note_book_title_runs_up_to_ed():
    item = parse_reference("Alexander Cooley, “Principles in the Pipeline,” in Energy Politics: Oil, Moscow, and "
                           "the Caspian, ed. Robert Ebel, Rajan Menon, and Dina Smith (Lanham, MD: Rowman & "
                           "Littlefield, 2000), 45–60.")
    assert item["container-title"].startswith("Energy Politics: Oil, Moscow")
    assert [(n["family"], n["given"]) for n in item["editor"]] == [("Ebel", "Robert"), ("Menon", "Rajan"),
                                                                  ("Smith", "Dina")]


def test_given_name_first_lists_split_at_every_comma():
    assert parse_names("Eugene Rumer, Dmitri Trenin, and Huasheng Zhao") == [
        {"family": "Rumer", "given": "Eugene"}, {"family": "Trenin", "given": "Dmitri"},
        {"family": "Zhao", "given": "Huasheng"}]
    assert parse_names("Van Dyke, Anna Maria") == [{"family": "Van Dyke", "given": "Anna Maria"}]


def test_gost_act_named_after_its_title_is_legislation():
    item = parse_reference("О связи : федер. закон от 07.07.2003 № 126-ФЗ // Собрание законодательства РФ. – "
                           "2003. – № 28. – Ст. 2895.")
    assert item["type"] == "legislation"
    assert item["title"].startswith("О связи")
    assert item["container-title"] == "Собрание законодательства РФ"


def test_volume_spans_with_a_year_in_brackets_or_an_issue_range():
    assert volume_issue("79 (1989),") == {"volume": "79", "year": "1989"}
    assert volume_issue("92 (2015) no. 11,") == {"volume": "92", "issue": "11", "year": "2015"}
    assert volume_issue("vol. 386, nos. 2- 3,") == {"volume": "386", "issue": "2-3"}
    assert volume_issue("45(2)") == {"volume": "45", "issue": "2"}


def test_arxiv_identifier_is_the_number_and_its_category_a_note():
    item = parse_reference("K. Ito, S. Ma (2019), arXiv:1904.01234[hep-th]")
    assert item["number"] == "arXiv:1904.01234"
    assert item["note"] == "hep-th"
    assert item["type"] == "article"


def test_volume_issue_and_pages_glued_by_a_comma_are_cut_apart():
    item = parse_reference("Hart, Lionel. 1932. A survey of the upper Fly River. Geographical Review 22(4),611-630.")
    assert (item["volume"], item["issue"], item["page"]) == ("22", "4", "611-630")


def test_year_glued_to_the_comma_after_publ_is_cut_apart():
    """A References imprint whose space after 'Publ.,' was lost keeps 'Publ.' in the publisher."""
    item = parse_reference("Sultanova R.R., Yusupov M.M. (eds.) [Ethnicity and religion in Tatarstan: A sociological "
                           "survey]. Moscow, Nauka Publ.,2019. 320 p. (In Russ.)")
    assert (item["publisher"], item["issued"]) == ("Nauka Publ.", {"date-parts": [[2019]]})
    assert "note" not in item


def test_references_layout_city_then_publisher_with_no_publ_marker():
    book = parse_reference("Stiglitz J. Globalization and Its Discontents. New York, Norton, 2002. 282 p.")
    assert (book.get("publisher-place"), book.get("publisher")) == ("New York", "Norton")
    from cslbridge.parse.fields import item_from_spans
    place = item_from_spans([("Lee, M.", "author"), ("Roads.", "title"), ("Cambridge, Mass.", "location"),
                             ("1988.", "date")])
    assert place["publisher-place"] == "Cambridge, Mass" and "publisher" not in place


def test_a_proceedings_name_with_its_translation_after_the_translated_title_is_the_container():
    # the name had been taken for a body publishing the paper and, a publisher being read already, silently lost
    item = parse_reference("Kovalenko Yu.O. [Ukrainian–Georgian church contacts after 2018]. Materialy Mizhnarodnoi "
                           "naukovo-praktychnoi konferentsii «Relihiia i suspilstvo» [Proc. Int. Sci.-Pract. Conf. "
                           "“Religion and Society”]. Chernivtsi, Chernivetskyi natsionalnyi universytet Publ., 2021, "
                           "pp. 88–93. (In Ukr.)")
    assert item["type"] == "paper-conference"
    assert item["container-title"] == ("Materialy Mizhnarodnoi naukovo-praktychnoi konferentsii «Relihiia i suspilstvo» "
                                       "[Proc. Int. Sci.-Pract. Conf. “Religion and Society”]")


def test_the_town_before_a_references_publisher_marked_publ_is_the_place():
    # a town the word lists do not know had stayed in the publisher ('Chernivtsi, Chernivetskyi ... Publ.')
    item = parse_reference("Kovalenko Yu.O. [Ukrainian–Georgian church contacts after 2018]. Materialy Mizhnarodnoi "
                           "naukovo-praktychnoi konferentsii «Relihiia i suspilstvo» [Proc. Int. Sci.-Pract. Conf. "
                           "“Religion and Society”]. Chernivtsi, Chernivetskyi natsionalnyi universytet Publ., 2021, "
                           "pp. 88–93. (In Ukr.)")
    assert (item["publisher-place"], item["publisher"]) == ("Chernivtsi", "Chernivetskyi natsionalnyi universytet Publ.")


def test_original_title_without_authors_before_its_translation():
    item = parse_reference("Regiony Rossii. Sotsial'no-ekonomicheskie pokazateli. 2018 [Regions of Russia. "
                           "Socio-economic indicators. 2018]. Moscow, Rosstat Publ., 2018, 1162 p.")
    assert "author" not in item
    assert item["title"].startswith("Regions of Russia")
    assert item["original-title"].startswith("Regiony Rossii")
    assert "note" not in item


def test_volume_and_issue_cue_words_are_not_read_as_numbers():
    # "Volume 3" was cut after "vol" ("ume"), "Issue 1" after "iss", "Heft 4" after "h".
    assert volume_issue("Volume 131, Issue 1,") == {"volume": "131", "issue": "1"}
    assert volume_issue("Volumes 2–3") == {"volume": "2–3"}
    assert volume_issue("16, Number 1") == {"volume": "16", "issue": "1"}
    assert volume_issue("Jg. 10, Heft 4") == {"volume": "10", "issue": "4"}
    assert volume_issue("84. Jg. H. 4") == {"volume": "84", "issue": "4"}  # German: the 84th year is the volume
    assert volume_issue("111, no.") == {"volume": "111"}


def test_mdpi_journal_article_with_abbreviated_journal():
    item = parse_reference("Zerbib, O.D. The effect of pro-environmental preferences on bond prices: Evidence "
                           "from green bonds. J. Bank. Financ. 2019, 98, 39–60.")
    assert item["type"] == "article-journal"
    assert item["container-title"].startswith("J. Bank. Financ")
    assert (item["volume"], item["page"], item["issued"]) == ("98", "39-60", {"date-parts": [[2019]]})
    assert "publisher" not in item


def test_mdpi_book_and_chapter_imprints():
    book = parse_reference("Ivanova, P.; Lebedev, A. Regional Policy in Kazakhstan, 3rd ed.; Routledge: "
                           "Abingdon, UK, 2018; pp. 45–67.")
    assert (book["publisher"], book["publisher-place"], book["edition"]) == ("Routledge", "Abingdon, UK", "3")
    assert book["title"] == "Regional Policy in Kazakhstan"
    chapter = parse_reference("Chen, L.; Wang, Y. Urban heat islands in Central Asia. In Climate and Cities, "
                              "2nd ed.; Brown, A., Green, B., Eds.; Elsevier: Amsterdam, The Netherlands, 2020; "
                              "Volume 3, pp. 154–196.")
    assert chapter["type"] == "chapter"
    assert chapter["container-title"] == "Climate and Cities"
    assert [e["family"] for e in chapter["editor"]] == ["Brown", "Green"]
    assert (chapter["publisher"], chapter["publisher-place"]) == ("Elsevier", "Amsterdam, The Netherlands")
    assert (chapter["volume"], chapter["page"], chapter["edition"]) == ("3", "154-196", "2")


def test_report_by_a_body_with_publisher_place_and_link():
    item = parse_reference("Climate Bonds Initiative. Green Bonds Global State of the Market 2021; Climate Bonds "
                           "Initiative: London, UK, 2022; Available online: https://www.climatebonds.net/resources/"
                           "reports (accessed on 10 November 2022).")
    assert item["author"] == [{"literal": "Climate Bonds Initiative"}]
    assert item["title"] == "Green Bonds Global State of the Market 2021"
    assert (item["publisher"], item["publisher-place"]) == ("Climate Bonds Initiative", "London, UK")
    assert item["accessed"] == {"date-parts": [[2022, 11, 10]]}


def test_whole_sentences_read_as_publisher_are_author_title_and_publisher():
    item = parse_reference("World Bank. Migration and Development Brief 35: Recovery. World Bank, Washington, DC "
                           "(2021)")
    assert item["author"] == [{"literal": "World Bank"}]
    assert item["title"] == "Migration and Development Brief 35: Recovery"
    assert (item["publisher"], item["publisher-place"]) == ("World Bank", "Washington, DC")


def test_archival_references_keep_archive_and_shelfmark():
    bare = parse_reference("Russian State Archive of the Economy (RGAE), f. 7486, op. 1, d. 29, l. 12.")
    assert (bare["type"], bare["archive"], bare["archive_location"]) == \
        ("manuscript", "Russian State Archive of the Economy (RGAE)", "f. 7486, op. 1, d. 29, l. 12")
    cyrillic = parse_reference("ГАРФ. Ф. Р-5446. Оп. 1. Д. 37. Л. 4–6.")
    assert (cyrillic["archive"], cyrillic["archive_location"]) == ("ГАРФ", "Ф. Р-5446. Оп. 1. Д. 37. Л. 4–6")
    described = parse_reference("Report of the OGPU on grain procurement, 12 May 1930, GARF, f. 5446, op. 1, "
                                "d. 37, l. 4.")
    assert described["title"] == "Report of the OGPU on grain procurement"
    assert described["issued"] == {"date-parts": [[1930, 5, 12]]}
    assert (described["archive"], described["archive_location"]) == ("GARF", "f. 5446, op. 1, d. 37, l. 4")
    assert described["custom"]["source"].startswith("Report of the OGPU")
    assert validate({**described, "id": "a"}) == []
    # "op. cit." is no shelfmark
    assert "archive" not in parse_reference("Lewin, op. cit., f. 12.")


@pytest.mark.parametrize("text,title,issued,archive,shelfmark", [
    ("[Report of the Far Eastern Front headquarters on the combat readiness of rifle divisions]. RGVA. F. 25871. "
     "Op. 2. D. 310. L. 8–11.", "Report of the Far Eastern Front headquarters on the combat readiness of rifle divisions",
     None, "RGVA", "F. 25871. Op. 2. D. 310. L. 8–11"),
    ("[Minutes of the board of the Kuzbassugol trust]. Gos. arkhiv Kemerovskoi obl. F. R-1. Op. 2. D. 45.",
     "Minutes of the board of the Kuzbassugol trust", None, "Gos. arkhiv Kemerovskoi obl", "F. R-1. Op. 2. D. 45"),
    ("Report of the OGPU on grain procurement in Western Siberia, 12 May 1930. GARF. F. 5446. Op. 1. D. 37. L. 4.",
     "Report of the OGPU on grain procurement in Western Siberia", [[1930, 5, 12]], "GARF", "F. 5446. Op. 1. D. 37. L. 4"),
    ("Докладная записка о положении в промышленности, 14 марта 1943 г. ЦГА СПб. Ф. 7384. Оп. 18. Д. 1241. Л. 15.",
     "Докладная записка о положении в промышленности", [[1943, 3, 14]], "ЦГА СПб", "Ф. 7384. Оп. 18. Д. 1241. Л. 15"),
])
def test_a_documents_own_sentence_before_the_archive_is_its_description(text, title, issued, archive, shelfmark):
    # the bracketed title or the dated description had been kept in the archive's name ('[Report of ...]. RGVA',
    # '12 May 1930. GARF'), the document untitled or undated
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("issued", {}).get("date-parts"), item["archive"],
            item["archive_location"]) == ("manuscript", title, issued, archive, shelfmark)


@pytest.mark.parametrize("text,title", [
    ("Information on the activity of the Russian Orthodox Church Outside Russia, 14 April 1972, GARF, f. R-6991, op. 6, "
     "d. 410, ll. 1–5.", "Information on the activity of the Russian Orthodox Church Outside Russia"),
    ("Record of conversation between A. A. Gromyko and Yu. Tsedenbal, 14 May 1966, RGANI, f. 5, op. 50, d. 812, ll. 3–7.",
     "Record of conversation between A. A. Gromyko and Yu. Tsedenbal"),
    ("Record of conversation between L. I. Brezhnev and Yu. Tsedenbal on Soviet credits, 20 January 1966, RGANI, f. 80, "
     "op. 1, d. 318, ll. 4–9.", "Record of conversation between L. I. Brezhnev and Yu. Tsedenbal on Soviet credits"),
])
def test_names_inside_an_archival_description_stay_in_its_title(text, title):
    # the church's name closing the description had been read as a periodical (a newspaper article titled '... of
    # the Russian'), and the names in a record of conversation as its authors ('Record of conversation between A. A.
    # Gromyko' one of them), the title cut after them or lost
    item = parse_reference(text)
    assert (item["type"], item["title"], "author" in item, "container-title" in item) == ("manuscript", title, False, False)


@pytest.mark.parametrize("text,field,value", [
    ("‘Report on Church Affairs’, Pravda, 12 May 1950, GARF, f. R-6991, op. 1, d. 12, l. 3.", "container-title", "Pravda"),
    ("N. S. Khrushchev, ‘Note on Agriculture’, 5 May 1955, RGANI, f. 52, op. 1, d. 12, l. 3.", "author",
     [{"family": "Khrushchev", "given": "N. S."}]),
])
def test_an_archival_papers_author_or_periodical_parted_by_a_comma_is_kept(text, field, value):
    assert parse_reference(text)[field] == value


@pytest.mark.parametrize("text,title,issued", [
    ("[Activity report of the Kamchatka Fishery Trust for 1938]. GARF. F. 5446. Op. 1. D. 54. L. 3–17.",
     "Activity report of the Kamchatka Fishery Trust for 1938", None),
    ("[Report on the fishing season of 1947]. RGAE. F. 8202. Op. 3. D. 417.", "Report on the fishing season of 1947", None),
    ("[Letter of the Holy Synod to the Council of People's Commissars, 1918]. GARF. F. 130. Op. 2. D. 12. L. 4.",
     "Letter of the Holy Synod to the Council of People's Commissars", [[1918]]),
])
def test_a_year_inside_a_bracketed_archival_title_stays_in_it(text, title, issued):
    # the year the title is about was cut off as the document's date ('... Trust for'), or the title went to note;
    # only a year after the bracket's last comma dates the document
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("issued", {}).get("date-parts")) == ("manuscript", title, issued)
    assert "note" not in item


@pytest.mark.parametrize("text,given,title", [
    ("Said, Edward W. Orientalism. New York: Pantheon Books, 1978.", "Edward W.", "Orientalism"),
    ("Kennan, George F. Memoirs. Boston: Little, Brown, 1967.", "George F.", "Memoirs"),
    ("Said, Edward W. Culture and Imperialism. New York: Knopf, 1993.", "Edward W.", "Culture and Imperialism"),
])
def test_an_inverted_name_ends_at_its_middle_initial(text, given, title):
    # MLA/Chicago bibliographies: the title right after "Family, Given X." is no part of the name.
    item = parse_reference(text)
    assert item["author"] == [{"family": text.split(",")[0], "given": given}]
    assert item["title"] == title and item["type"] == "book"


def test_a_name_written_given_first_after_and_keeps_its_family_name():
    item = parse_reference("Bailey, Harry A., and Jay M. Shafritz, eds. The American Presidency. "
                           "Chicago: Dorsey Press, 1988.")
    assert [n["family"] for n in item["editor"]] == ["Bailey", "Shafritz"]
    assert item["title"] == "The American Presidency"


@pytest.mark.parametrize("text,number,title", [
    ("ГОСТ Р 7.0.100–2018. Библиографическая запись. Библиографическое описание. Общие требования и правила "
     "составления. – Москва : Стандартинформ, 2018. – 124 с.", "ГОСТ Р 7.0.100–2018",
     "Библиографическая запись. Библиографическое описание. Общие требования и правила составления"),
    ("ISO 690:2010. Information and documentation — Guidelines for bibliographic references. Geneva: ISO, 2010.",
     "ISO 690:2010", "Information and documentation — Guidelines for bibliographic references"),
    ("IEEE Standard for Floating-Point Arithmetic, IEEE Std 754-2019, Jul. 2019.",
     "IEEE Std 754-2019", "IEEE Standard for Floating-Point Arithmetic"),
    ("International Organization for Standardization. (2015). Quality management systems — Requirements "
     "(ISO Standard No. 9001:2015).", "ISO Standard No. 9001:2015", "Quality management systems — Requirements"),
    # an ASTM designation with its metric twin and year
    ("[4] Standard Test Method for Compressive Strength of Cylindrical Concrete Specimens, ASTM C39/C39M-21, ASTM "
     "International, West Conshohocken, PA, USA, 2021.", "ASTM C39/C39M-21",
     "Standard Test Method for Compressive Strength of Cylindrical Concrete Specimens"),
    # IEEE's designation after the quoted title's closing quote, Cite Them Right's opening the title after the year
    ("[7] ASHRAE, “Ventilation for acceptable indoor air quality,” ANSI/ASHRAE Standard 62.1-2019, 2019.",
     "ANSI/ASHRAE Standard 62.1-2019", "Ventilation for acceptable indoor air quality"),
    ("British Standards Institution (2008) BS EN 1177:2008 Impact attenuating playground surfacing. Determination of "
     "critical fall height. London: BSI.", "BS EN 1177:2008",
     "Impact attenuating playground surfacing. Determination of critical fall height"),
    # a title running on over its parts' colons
    ("International Organization for Standardization. (2010). Ergonomics of human–system interaction — Part 210: "
     "Human-centred design for interactive systems: Principles and processes (ISO Standard No. 9241-210:2010).",
     "ISO Standard No. 9241-210:2010",
     "Ergonomics of human–system interaction — Part 210: Human-centred design for interactive systems: Principles and processes"),
    ("International Organization for Standardization. (2014). Acoustics — Soundscape — Part 1: Definition and conceptual "
     "framework: Terms and scope (ISO Standard No. 12913-1:2014). https://www.iso.org/standard/52161.html",
     "ISO Standard No. 12913-1:2014", "Acoustics — Soundscape — Part 1: Definition and conceptual framework: Terms and scope"),
])
def test_a_standard_has_its_designation_as_number(text, number, title):
    item = parse_reference(text)
    assert (item["type"], item["number"], item["title"]) == ("standard", number, title)
    assert validate(dict(item, id="s")) == []


def test_a_title_that_names_a_standard_is_no_standard():
    item = parse_reference("Smith, J. (2019). Implementing ISO 9001:2015 in small firms. "
                           "Quality Journal, 4(2), 1-10.")
    assert item["type"] == "article-journal" and "number" not in item
    assert item["title"] == "Implementing ISO 9001:2015 in small firms"
    # ... nor a title opening with one after Harvard's year, with no year of its own to close the designation
    harvard = parse_reference("Smith, J. (2019) ISO 9001 in small firms. London: Routledge.")
    assert (harvard["type"], harvard["title"]) == ("book", "ISO 9001 in small firms") and "number" not in harvard


def test_a_number_in_a_date_span_that_is_no_day_or_year_is_kept():
    item = parse_reference("Floating-point arithmetic, technical note 754-2019, Jul. 2019.")
    assert item["issued"] == {"date-parts": [[2019, 7]]}
    assert "754" in (item.get("note", "") + item.get("number", "") + item.get("title", ""))


def test_gost_day_after_the_year_completes_the_date():
    assert parse_date("2014. 18 марта.") == {"date-parts": [[2014, 3, 18]]}
    item = parse_reference("Путин В.В. Обращение Президента Российской Федерации // Официальный сайт Президента "
                           "России. 2014. 18 марта. URL: http://kremlin.ru/events/president/news/20603 "
                           "(дата обращения: 12.05.2020).")
    assert item["issued"] == {"date-parts": [[2014, 3, 18]]}
    assert item["type"] == "webpage" and item["container-title"] == "Официальный сайт Президента России"
    press = parse_reference("Коммерсантъ. 2015. 3 февраля.")
    assert (press["type"], press["container-title"], press["issued"]) == (
        "article-newspaper", "Коммерсантъ", {"date-parts": [[2015, 2, 3]]})


@pytest.mark.parametrize("text,title,place,date", [
    ("Интервью автора с сотрудником МИД России, Москва, 14 мая 2019 г.",
     "Интервью автора с сотрудником МИД России", "Москва", [2019, 5, 14]),
    ("Интервью автора с экспертом, Бишкек, 3 июня 2018 г.", "Интервью автора с экспертом", "Бишкек", [2018, 6, 3]),
    ("Беседа автора с депутатом Жогорку Кенеша, Бишкек, 12.10.2017.",
     "Беседа автора с депутатом Жогорку Кенеша", "Бишкек", [2017, 10, 12]),
])
def test_russian_interview_notes(text, title, place, date):
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher-place"]) == ("interview", title, place)
    assert item["issued"] == {"date-parts": [date]}


@pytest.mark.parametrize("text,title,container", [
    ("Указ Президента РФ от 02.07.2021 № 400 «О Стратегии национальной безопасности Российской Федерации» "
     "// Российская газета. 2021. 5 июля.",
     "Указ Президента РФ от 02.07.2021 № 400 «О Стратегии национальной безопасности Российской Федерации»",
     "Российская газета"),
    ("Концепция внешней политики Российской Федерации (утверждена Указом Президента РФ от 30 ноября 2016 г. "
     "№ 640) // Собрание законодательства РФ. 2016. № 49. Ст. 6886.",
     "Концепция внешней политики Российской Федерации (утверждена Указом Президента РФ от 30 ноября 2016 г. № 640)",
     "Собрание законодательства РФ"),
])
def test_russian_acts_in_gazettes(text, title, container):
    # An act named first is titled up to "//", its date and number included; what an official
    # gazette prints is legislation, and its "Ст." is the article of the issue, not a page.
    item = parse_reference(text)
    assert (item["type"], item["title"], item["container-title"]) == ("legislation", title, container)
    assert "volume" not in item and "page" not in item
    if "Ст." in text:
        assert item["section"] == "6886" and item["issue"] == "49"


def test_gazette_issue_part_and_article():
    # "№ 31 (ч. II)": the part printed after the issue number is the issue's; the article
    # number after it is still the act's section.
    item = parse_reference("Об образовании в Российской Федерации : федер. закон от 29.12.2012 № 273-ФЗ "
                           "// Собрание законодательства РФ. – 2012. – № 53 (ч. I). – Ст. 7598.")
    assert item["type"] == "legislation"
    assert (item["issue"], item["section"]) == ("53 (ч. I)", "7598")
    assert "note" not in item


def test_gost_title_with_a_year_before_other_title_information():
    # "Труд и занятость в России. 2021 : стат. сб.": the year belongs to the title; the date comes after.
    item = parse_reference("Труд и занятость в России. 2021 : стат. сб. – М., 2021. – 179 с.")
    assert item["title"].startswith("Труд и занятость в России. 2021: стат. сб")
    assert item["issued"] == {"date-parts": [[2021]]}
    assert (item["publisher-place"], item["number-of-pages"]) == ("М.", "179")


def test_gb_t_7714_type_marks():
    # Chinese GB/T 7714: "[J]" journal article, "[M]" book, "[D]" thesis, "[EB/OL]" web page ...;
    # the mark ends the title and is not kept in it.
    article = parse_reference("王晓明, 李华. 中国经济增长研究[J]. 经济研究, 2019, 54(3): 12-25.")
    assert (article["type"], article["title"], article["container-title"]) == (
        "article-journal", "中国经济增长研究", "经济研究")
    assert article["author"] == [{"literal": "王晓明"}, {"literal": "李华"}]
    assert (article["volume"], article["issue"], article["page"]) == ("54", "3", "12-25")
    thesis = parse_reference("张三. 区块链技术研究[D]. 北京: 清华大学, 2020.")
    assert (thesis["type"], thesis["title"], thesis["publisher"], thesis["publisher-place"]) == (
        "thesis", "区块链技术研究", "清华大学", "北京")
    book = parse_reference("Li M. Big data[M]. Beijing: Science Press, 2018.")
    assert (book["type"], book["title"], book["publisher"]) == ("book", "Big data", "Science Press")
    web = parse_reference("World Health Organization. Coronavirus disease (COVID-19) pandemic[EB/OL]. "
                          "(2020-03-11)[2021-05-06]. https://www.who.int/emergencies.")
    assert (web["type"], web["title"]) == ("webpage", "Coronavirus disease (COVID-19) pandemic")
    assert web["issued"] == {"date-parts": [[2020, 3, 11]]} and web["accessed"] == {"date-parts": [[2021, 5, 6]]}
    paper = parse_reference("Chen X. Deep learning for images[C]//Proceedings of CVPR. Las Vegas: IEEE, 2016: 770-778.")
    assert (paper["type"], paper["container-title"], paper["page"]) == (
        "paper-conference", "Proceedings of CVPR", "770-778")


def test_a_bracketed_capital_that_is_no_type_mark_stays():
    item = parse_reference("Smith, J. (2019). The letter [A] in early alphabets. Journal of Writing, 3, 1-9.")
    assert item["title"] == "The letter [A] in early alphabets" and item["type"] == "article-journal"


def test_et_al_says_the_name_list_was_cut_short():
    apa = parse_reference("Smith, J., Jones, K., et al. (2019). Regional growth in Europe. Journal of Economic "
                          "Geography, 19(3), 45-67.")
    assert names(apa) == [("Smith", "J."), ("Jones", "K.")]
    assert apa["custom"]["et-al"] == ["author"]
    gost = parse_reference("Иванов И. И., Петров П. П. и др. Экономика России. М.: Наука, 2015. 320 с.")
    assert names(gost) == [("Иванов", "И. И."), ("Петров", "П. П.")]
    assert gost["title"] == "Экономика России"
    assert gost["custom"]["et-al"] == ["author"]
    bracketed = parse_reference("Lee, K. [et al.] (2010) Health systems in transition. Geneva: World Health "
                                "Organization.")
    assert bracketed["title"] == "Health systems in transition"
    assert bracketed["custom"]["et-al"] == ["author"]
    others = parse_reference("Wilson, P. and others. 1999. The history of the county. London: Routledge.")
    assert names(others) == [("Wilson", "P.")]
    assert others["custom"]["et-al"] == ["author"]
    editors = parse_reference("Garcia, M. 2015. Urban form. In Brown, T. et al. (eds.), Handbook of Cities. "
                              "Oxford: Oxford University Press, pp. 10-20.")
    assert names(editors, "editor") == [("Brown", "T.")]
    assert editors["custom"]["et-al"] == ["editor"]
    vancouver = parse_reference("Smith J, Jones K, et al Cardiac outcomes after surgery. Lancet. "
                                "2018;391(10):100-10.")
    assert names(vancouver) == [("Smith", "J."), ("Jones", "K.")]
    assert vancouver["custom"]["et-al"] == ["author"]
    whole = parse_reference("Smith, J. and Jones, K. (2019). Regional growth in Europe. Journal of Economic "
                            "Geography, 19(3), 45-67.")
    assert "et-al" not in whole["custom"]


def test_compilers_are_not_authors():
    gost = parse_reference("Россия в цифрах : крат. стат. сб. / сост. И. И. Иванов. – М. : Росстат, 2019. – 549 с.")
    assert names(gost, "compiler") == [("Иванов", "И. И.")]
    assert "author" not in gost and "note" not in gost
    assert gost["title"] == "Россия в цифрах: крат. стат. сб"
    two = parse_reference("Сборник документов по истории СССР / сост.: А. Б. Петров, В. Г. Сидоров. – М. : Наука, "
                          "1985. – 320 с.")
    assert names(two, "compiler") == [("Петров", "А. Б."), ("Сидоров", "В. Г.")]
    assert two["title"] == "Сборник документов по истории СССР"
    assert not {"author", "editor", "note"} & set(two)
    closing = parse_reference("Петров А. Б. (сост.) Хрестоматия по истории России. М.: Проспект, 2010. 528 с.")
    assert names(closing, "compiler") == [("Петров", "А. Б.")] and "editor" not in closing
    by = parse_reference("The Oxford Book of Quotations. Comp. by J. Smith. Oxford: Oxford University Press, 1999.")
    assert names(by, "compiler") == [("Smith", "J.")] and "translator" not in by
    compiled = parse_reference("A Bibliography of Soviet Economics, compiled by R. Davies. London: Macmillan, 1975.")
    assert names(compiled, "compiler") == [("Davies", "R.")]
    assert compiled["title"] == "A Bibliography of Soviet Economics"
    chicago = parse_reference("Davies, R. W., comp. 1975. Soviet Economic Statistics. London: Macmillan.")
    assert names(chicago, "compiler") == [("Davies", "R. W.")] and "author" not in chicago
    # "Comp." opening a journal's name is no compiler
    journal = parse_reference("Smith, J., Comp. Polit. Stud. 12 (2001) 45-67.")
    assert "compiler" not in journal


def test_apa_publisher_opened_by_initials_is_no_editor():
    sharpe = parse_reference("Hough, J. F. (1997). The Soviet Union and social science theory. M.E. Sharpe.")
    assert sharpe["publisher"] == "M.E. Sharpe" and sharpe["type"] == "book"
    norton = parse_reference("Diamond, J. (1997). Guns, germs, and steel: The fates of human societies. "
                             "W.W. Norton & Company.")
    assert norton["publisher"] == "W.W. Norton & Company" and "publisher-place" not in norton
    freeman = parse_reference("Alberts, B. (2002). Molecular biology of the cell (4th ed.). W. H. Freeman.")
    assert (freeman["type"], freeman["title"], freeman["publisher"], freeman["edition"]) == \
        ("book", "Molecular biology of the cell", "W. H. Freeman", "4")
    assert "editor" not in freeman and "container-title" not in freeman
    linked = parse_reference("Pipes, R. (1995). Russia under the Bolshevik regime. W. W. Norton. "
                             "https://doi.org/10.4324/9781315699999")
    assert (linked["publisher"], linked["DOI"]) == ("W. W. Norton", "10.4324/9781315699999")
    assert "editor" not in linked
    chapter = parse_reference("Brown, T. (2015). Urban form. In J. Smith (Ed.), Handbook of cities (pp. 10-20). "
                              "W. H. Freeman.")
    assert names(chapter, "editor") == [("Smith", "J.")] and chapter["publisher"] == "W. H. Freeman"
    # a place before the colon stays the place
    black = parse_reference("Black, H. C. (1910). Black’s Law Dictionary (2nd ed). St. Paul: West Publishing Co.")
    assert (black["publisher-place"], black["publisher"]) == ("St. Paul", "West Publishing Co.")


def test_month_and_year_after_a_harvard_title_is_the_date():
    survey = parse_reference("OECD (2016) Economic survey of the Russian Federation. December 2016.")
    assert survey["issued"] == {"date-parts": [[2016, 12]]} and "note" not in survey
    paper = parse_reference("Smith, J., 2016. Monetary policy in transition. December 2016.")
    assert paper["issued"] == {"date-parts": [[2016, 12]]}
    assert "container-title" not in paper and paper["title"] == "Monetary policy in transition"
    imf = parse_reference("International Monetary Fund, 2017. Russian Federation: Selected Issues. IMF Country "
                          "Report. July 2017.")
    assert imf["issued"] == {"date-parts": [[2017, 7]]} and "publisher" not in imf
    press = parse_reference("Watts, J., 2015. ‘Driven by fear’, The Guardian, 29 August 2015.")
    assert press["issued"] == {"date-parts": [[2015, 8, 29]]}
    # a month named after a comma in an APA title names the issue; the year in brackets stays the date
    issue = parse_reference("World Bank. (2020). Global economic prospects, June 2020. World Bank.")
    assert issue["issued"] == {"date-parts": [[2020]]}


@pytest.mark.parametrize("text, publisher, place", [
    ("Narodowy Bank Polski (2016). Financial Stability Report. December 2016. NBP, Warsaw.", "NBP", "Warsaw"),
    ("Hall, P. (1998) Cities in civilization. Weidenfeld & Nicolson, London.", "Weidenfeld & Nicolson", "London"),
    ("Jones, K. (2012) Social theory today. Polity, Cambridge.", "Polity", "Cambridge"),
    ("Bartlett, W. A. (1956) Cartridge manual. Pioneer Press, Union City, Tennessee.", "Pioneer Press",
     "Union City, Tennessee"),
    ("White, T. (2001) Housing markets. Edward Elgar, Cheltenham, UK.", "Edward Elgar", "Cheltenham, UK"),
    # the other order still reads place, then publisher
    ("Smith, J. (2010) The politics of Europe. London, Routledge.", "Routledge", "London"),
    ("Smith J. The politics of Europe. London, Routledge, 2010. 250 p.", "Routledge", "London"),
])
def test_harvard_publisher_then_place(text, publisher, place):
    item = parse_reference(text)
    assert (item.get("publisher"), item.get("publisher-place")) == (publisher, place)
    assert "container-title" not in item and item["type"] in ("book", "report")


def test_a_place_after_a_comma_is_not_always_a_publisher_and_place():
    thesis = parse_reference("Green, T. (2004) Cities in transition. PhD thesis, Oxford.")
    assert thesis["type"] == "thesis" and "publisher" not in thesis
    paper = parse_reference("Li, Y. and Gong, S. 2000. Recognising faces. In British Machine Vision Conference, "
                            "Bristol, UK, pp. 242–251.")
    assert paper["container-title"] == "British Machine Vision Conference" and "publisher" not in paper


@pytest.mark.parametrize("text,expected", [
    # the place the rules found, its spaced colon, then the publisher up to the comma before the year
    ("Абалкин Л. И. Экономические эссе. М. : Институт экономики РАН, 2000. 256 с.",
     {"publisher-place": "М.", "publisher": "Институт экономики РАН", "title": "Экономические эссе"}),
    # GOST 7.0.100 puts the conference's place between the container and the date
    ("Петров, И. И. Рынок труда / И. И. Петров. — Текст : непосредственный // Экономика и право : материалы "
     "науч. конф. — Самара : СГЭУ, 2020. — С. 5–9.",
     {"container-title": "Экономика и право : материалы науч. конф.", "publisher-place": "Самара"}),
    # IEEE: a town, then state code and country, at the end of the proceedings' name
    ("J. Doe, “Sparse codes,” in Proc. IEEE Int. Conf. Acoust., Speech Signal Process. (ICASSP), Brighton, UK, "
     "May 2019, pp. 1–5.",
     {"container-title": "Proc. IEEE Int. Conf. Acoust., Speech Signal Process. (ICASSP)",
      "publisher-place": "Brighton, UK"}),
    # APA with no title found: the sentence after the date is the title, the periodical comes off its end
    ("Jones, A. (2020, May 4). Shipping rates soar. Financial Times. https://www.ft.com/content/abc",
     {"title": "Shipping rates soar", "container-title": "Financial Times"}),
    # a closing bracket the description opened is no part of the university's name
    ("Lee, K. (2018). Urban water [Master's thesis, University of Leeds].",
     {"title": "Urban water", "genre": "Master's thesis", "publisher": "University of Leeds"}),
    ("Ng, P. (2019). Coastal towns [Doctoral dissertation, University of Hull]. Hull Research Repository.",
     {"title": "Coastal towns", "publisher": "University of Hull", "archive": "Hull Research Repository"}),
    # APA 7's unpublished thesis: the school follows the bracket, as a sentence of its own
    ("Osmonova, A. (2020). Remittances and school enrolment in rural Kyrgyzstan [Doctoral dissertation]. American "
     "University of Central Asia.",
     {"title": "Remittances and school enrolment in rural Kyrgyzstan", "genre": "Doctoral dissertation",
      "publisher": "American University of Central Asia", "note": None}),
    ("Lee, K. (2018). Urban water governance in Bishkek [Master's thesis]. University of Leeds.",
     {"genre": "Master's thesis", "publisher": "University of Leeds", "note": None}),
    # ... "Unpublished" opening the bracket is the bracket's, not the title's
    ("Karimova, D. (2019). Water user associations in Khorezm [Unpublished master's thesis]. Westminster International "
     "University in Tashkent.",
     {"title": "Water user associations in Khorezm", "genre": "Unpublished master's thesis",
      "publisher": "Westminster International University in Tashkent"}),
    ("Osmonova, A. (2020). Remittances and school enrolment [Unpublished doctoral dissertation, University of Leeds].",
     {"title": "Remittances and school enrolment", "genre": "Unpublished doctoral dissertation",
      "publisher": "University of Leeds"}),
    # a numeric full date is never a name
    ("Коммерсантъ. 14.02.2019.", {"container-title": "Коммерсантъ", "issued": {"date-parts": [[2019, 2, 14]]}}),
])
def test_imprint_and_container_boundaries(text, expected):
    item = parse_reference(text)
    assert {key: item.get(key) for key in expected} == expected


def test_gost_statement_of_responsibility_adds_translators_and_co_authors():
    # GOST names the first author in the heading and everyone after "/": nothing there is dropped.
    book = parse_reference("Стиглиц Дж. Глобализация: тревожные тенденции / пер. с англ. Г. Г. Пирогова. "
                           "М. : Мысль, 2003. 300 с.")
    assert book["author"] == [{"family": "Стиглиц", "given": "Дж."}]
    assert book["translator"] == [{"family": "Пирогов", "given": "Г. Г."}]  # the genitive after "пер." undone
    assert book["publisher"] == "Мысль" and "container-title" not in book
    article = parse_reference("Орлова, Е. В. Налоги и рост / Е. В. Орлова, П. С. Быков. — Текст : непосредственный "
                              "// Финансы. — 2020. — № 4. — С. 10–19.")
    assert article["author"] == [{"family": "Орлова", "given": "Е. В."}, {"family": "Быков", "given": "П. С."}]
    # the heading's author repeated after "/" adds no one
    single = parse_reference("Орлов В. П. Экономика : монография / В. П. Орлов. М. : Наука, 2010. 200 с.")
    assert single["author"] == [{"family": "Орлов", "given": "В. П."}]


@pytest.mark.parametrize("text,translator,publisher", [
    ("Piketty, T. (2014). Capital in the twenty-first century (A. Goldhammer, Trans.). Harvard University Press.",
     [{"family": "Goldhammer", "given": "A."}], "Harvard University Press"),
    ("Weber, M. (1930). The Protestant ethic and the spirit of capitalism (T. Parsons, Trans.). Allen & Unwin. "
     "(Original work published 1905)", [{"family": "Parsons", "given": "T."}], "Allen & Unwin"),
    ("Stiglitz, J. E. (2002). El malestar en la globalización (C. Braun, Trad.). Taurus.",
     [{"family": "Braun", "given": "C."}], "Taurus"),
])
def test_apa_translator_bracket_after_the_title(text, translator, publisher):
    item = parse_reference(text)
    assert (item["translator"], item["publisher"], item["type"]) == (translator, publisher, "book")
    assert not item["title"].endswith(("(", ")")) and "Trans" not in item["title"]


def test_first_edition_year_in_chicago_and_apa_reprints():
    chicago = parse_reference("Polanyi, Karl. (1944) 2001. The Great Transformation: The Political and Economic "
                              "Origins of Our Time. Boston: Beacon Press.")
    assert chicago["original-date"] == {"date-parts": [[1944]]}
    assert chicago["issued"] == {"date-parts": [[2001]]}
    apa = parse_reference("Weber, M. (2001). The Protestant ethic and the spirit of capitalism. Routledge. "
                          "(Original work published 1905)")
    assert apa["original-date"] == {"date-parts": [[1905]]}
    assert apa["issued"] == {"date-parts": [[2001]]}
    assert "note" not in apa


def test_gost_translator_after_the_authors_repeated_in_the_statement():
    # GOST 7.0.100 writes the role out and starts each group of responsibility with " ; ".
    item = parse_reference("Стиглиц, Д. Глобализация: тревожные тенденции / Джозеф Стиглиц ; перевод с английского "
                           "Г. Г. Пирогова. — Москва : Мысль, 2003. — 300 с. — Текст : непосредственный.")
    assert item["author"] == [{"family": "Стиглиц", "given": "Джозеф"}]  # the statement spells the name out
    assert item["translator"] == [{"family": "Пирогов", "given": "Г. Г."}]
    short = parse_reference("Роулз, Д. Теория справедливости / Д. Роулз ; пер. с англ. В. В. Целищева. — "
                            "Новосибирск : НГУ, 1995. — 535 с.")
    assert short["translator"] == [{"family": "Целищев", "given": "В. В."}]


def test_gost_editors_of_the_host_book_after_its_title():
    item = parse_reference("Иванов, И. И. Рынок труда / И. И. Иванов. — Текст : непосредственный // Экономика России : "
                           "монография / под общей редакцией В. В. Петрова. — Москва : Наука, 2015. — С. 10–25.")
    assert item["container-title"] == "Экономика России : монография"
    assert item["editor"] == [{"family": "Петров", "given": "В. В."}]
    assert (item["publisher-place"], item["publisher"]) == ("Москва", "Наука")


def test_un_document_symbols_are_the_number():
    item = parse_reference("‘Resolution 2231 (2015)’, UN Security Council, 20 July 2015, S/RES/2231, available at: "
                           "https://undocs.org/S/RES/2231(2015), accessed 3 May 2016.")
    assert item["number"] == "S/RES/2231"
    assert item["publisher"] == "UN Security Council"
    assert item["URL"] == "https://undocs.org/S/RES/2231(2015)"
    assert "author" not in item
    # "A/B" is no symbol
    assert "number" not in parse_reference("Smith, J. (2019). A/B testing at scale. Journal of Data 3(2): 1-10.")


def test_springer_publisher_with_initials_before_the_place_is_no_editor():
    item = parse_reference("Rodrik D (2011) The globalization paradox: democracy and the future of the world economy. "
                           "W. W. Norton, New York")
    assert (item["publisher"], item["publisher-place"]) == ("W. W. Norton", "New York")
    assert "editor" not in item


def test_publisher_with_initials_after_the_places_colon_is_no_editor():
    """The README's quick-start page: "Armonk, NY: M. E. Sharpe." made Sharpe the book's editor
    (APA printed "(M. E. Sharpe, Ed.)", GOST "под ред. M. E. Sharpe. Armonk, NY: , 2011")."""
    item = parse_reference("Cornell, S. E. 2011. Azerbaijan since Independence. Armonk, NY: M. E. Sharpe.")
    assert (item["publisher"], item["publisher-place"]) == ("M. E. Sharpe", "Armonk, NY")
    assert "editor" not in item and item["author"] == [{"family": "Cornell", "given": "S. E."}]
    edited = parse_reference("Lane, David, ed. 2007. The Transformation of State Socialism. Basingstoke: Palgrave.")
    assert edited["editor"] == [{"family": "Lane", "given": "David"}] and edited["publisher"] == "Palgrave"


def test_number_of_volumes_is_no_volume_nor_part_of_a_name():
    edited = parse_reference("Gibbon, Edward. 1994. The History of the Decline and Fall of the Roman Empire. Edited by "
                             "David Womersley. 3 vols. London: Allen Lane.")
    assert edited["number-of-volumes"] == "3" and "volume" not in edited
    assert edited["editor"] == [{"family": "Womersley", "given": "David"}]
    translated = parse_reference("Marx, Karl. 1976. Capital: A Critique of Political Economy. Translated by Ben Fowkes. "
                                 "2 vols. Harmondsworth: Penguin.")
    assert translated["number-of-volumes"] == "2"
    assert translated["translator"] == [{"family": "Fowkes", "given": "Ben"}]


@pytest.mark.parametrize("text,genre,number", [
    # a series whose name has lower-case words, numbered like a volume, in an imprint
    ("Ratha D., Kim E. J., Plaza S., Chandra V. Resilience: COVID-19 Crisis through a Migration Lens. Migration and "
     "Development Brief 34. Washington, DC, KNOMAD–World Bank, 2021. 48 p.", "Migration and Development Brief", "34"),
    # a think tank's memo series by a person, with no imprint: the series name alone is no journal's
    ("Kassenova, N. 2022. ‘Kazakhstan’s January Crisis and the CSTO Intervention’. PONARS Eurasia Policy Memo, "
     "no. 758.", "PONARS Eurasia Policy Memo", "758"),
])
def test_policy_brief_and_memo_series_make_a_report(text, genre, number):
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"]) == ("report", genre, number)
    assert not {"container-title", "volume", "issue"} & set(item)


def test_a_paper_known_by_its_series_and_number_alone_is_a_report():
    """A body's paper cited by its series and number alone is a report with them as genre and number (as 'IMF,
    Working Paper 19/102' is), not an article in a journal 'Migration and Development Brief' vol. 34."""
    item = parse_reference("World Bank. Migration and Development Brief 34. Washington, DC, 2021. Available at: "
                           "https://www.knomad.org/publication/migration-and-development-brief-34 (accessed 20.06.2021).")
    assert (item["type"], item["genre"], item["number"]) == ("report", "Migration and Development Brief", "34")
    assert not {"container-title", "volume"} & set(item)
    item = parse_reference("World Bank. (2021). Migration and development brief 35. World Bank.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "Migration and development brief", "35")
    assert parse_reference("Hawking, S. (1988). A brief history of time. Bantam.")["type"] == "book"

def test_numbered_paper_series_in_an_imprint_is_a_report():
    item = parse_reference("Darvas, Z. (2019) The euro area recovery. Bruegel Policy Brief No. 3. Brussels: Bruegel.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "Bruegel Policy Brief", "3")
    assert "container-title" not in item and "issue" not in item
    insight = parse_reference("Gros, D. (2016) Completing the banking union. CEPR Policy Insight No. 88. London: "
                              "Centre for Economic Policy Research.")
    assert (insight["type"], insight["number"]) == ("report", "88")


@pytest.mark.parametrize("text,title,genre,number", [
    ("Eurasian Development Bank, Labour Migration in Central Asia and Russia, Report 22/3 (Almaty, EDB, 2022), p. 15.",
     "Labour Migration in Central Asia and Russia", "Report", "22/3"),
    ("International Monetary Fund, Kyrgyz Republic: Selected Issues, Country Report 23/104 (Washington, DC, IMF, "
     "2023), p. 21.", "Kyrgyz Republic: Selected Issues", "Country Report", "23/104"),
])
def test_a_numbered_paper_series_before_a_notes_imprint_with_a_cited_page_is_a_report(text, title, genre, number):
    # the cited page had kept the series out of genre and number (the series ran into a book's title), and a
    # title before the series' comma had become part of the genre
    item = parse_reference(text)
    assert (item["type"], item["title"], item["genre"], item["number"]) == ("report", title, genre, number)


def test_references_book_title_with_a_year_before_its_bracketed_translation():
    item = parse_reference("Dynkin A.A. (ed.) Rossiya i mir: 2020 [Russia and the world: 2020]. Moscow, IMEMO RAN "
                           "Publ., 2019, 166 p.")
    assert (item["type"], item["title"], item["original-title"]) == \
        ("book", "Russia and the world: 2020", "Rossiya i mir: 2020")
    assert item["issued"] == {"date-parts": [[2019]]}
    assert "container-title" not in item


def test_references_work_with_no_author_opens_with_its_bracketed_title():
    item = parse_reference("[Annual report 2019]. Federal Antimonopoly Service, 2020. Available at: "
                           "https://fas.gov.ru/documents/report (accessed 12.01.2022). (In Russ.)")
    assert (item["type"], item["title"], item["publisher"]) == \
        ("report", "Annual report 2019", "Federal Antimonopoly Service")
    assert item["issued"] == {"date-parts": [[2020]]}
    review = parse_reference("[Financial stability review. 2020, no. 1]. Bank of Russia, 2020. Available at: "
                             "https://cbr.ru/finstab/ (accessed 12.01.2022). (In Russ.)")
    assert review["title"].startswith("Financial stability review")
    assert review["publisher"] == "Bank of Russia"


@pytest.mark.parametrize("text,body,title", [
    ("Eurasian Economic Commission, Report on Integration Progress 2019, 14 March 2020, available at: "
     "http://www.eurasiancommission.org/report2019.pdf, accessed 2 May 2020.",
     "Eurasian Economic Commission", "Report on Integration Progress 2019"),
    ("Ministry of Foreign Affairs of Kazakhstan, Foreign Policy Concept for 2014–2020, 21 January 2014, "
     "available at: http://www.mfa.kz/concept, accessed 5 June 2015.",
     "Ministry of Foreign Affairs of Kazakhstan", "Foreign Policy Concept for 2014–2020"),
])
def test_notes_body_before_a_comma_is_the_author(text, body, title):
    item = parse_reference(text)
    assert names(item) == [(body, None)]
    assert item["title"] == title


def test_title_opening_with_a_body_word_keeps_its_words():
    # the head noun before "of" is no body's: the words are the title's
    item = parse_reference("History of the World Bank, Part Two, 12 May 2011, available at: "
                           "http://example.org/history, accessed 3 June 2012.")
    assert "author" not in item
    assert item["title"].startswith("History of the World Bank")


@pytest.mark.parametrize("text,title,number,genre", [
    ('P. Novak, "Adaptive beam steering antenna," U.S. Patent 10 456 789, Oct. 8, 2019.',
     "Adaptive beam steering antenna", "10 456 789", "U.S. Patent"),
    ("Garcia, L. M. (2016). Modular solar roof tile (U.S. Patent No. 9,312,408). U.S. Patent and Trademark Office.",
     "Modular solar roof tile", "9,312,408", "U.S. Patent"),
    ("Okafor C, Reyes D. Portable water purifier. US Patent 11,020,345. 2021 Jun 1.",
     "Portable water purifier", "11,020,345", "US Patent"),
    ("Keller, H. 2012. Gear pump housing. European Patent EP 1 987 654 B1, filed 2 May 2008, and issued 4 July 2012.",
     "Gear pump housing", "EP 1 987 654 B1", "European Patent"),
    # IEEE abbreviates the country: "Eur. Patent", "Jpn. Patent"
    ("[5] M. Roth, “Seismic isolation bearing with sliding core,” Eur. Patent EP 3 401 552 B1, Jun. 3, 2020.",
     "Seismic isolation bearing with sliding core", "EP 3 401 552 B1", "Eur. Patent"),
    ("[2] K. Sato, “Rotor blade damper,” Jpn. Patent 6 543 210, Mar. 4, 2019.",
     "Rotor blade damper", "6 543 210", "Jpn. Patent"),
])
def test_patents(text, title, number, genre):
    # The patent's words and number were spread over container, volume and title before.
    item = parse_reference(text)
    assert (item["type"], item["title"], item["number"], item["genre"]) == ("patent", title, number, genre)
    assert not {"container-title", "volume", "publisher-place"} & set(item)
    assert validate({**item, "id": "x"}) == []
    if "filed" in text:
        assert item["submitted"] == {"date-parts": [[2008, 5, 2]]}
        assert item["issued"] == {"date-parts": [[2012, 7, 4]]}


def test_gost_patent():
    item = parse_reference("Петров А.Б. Устройство для сушки зерна : пат. 2712345 Рос. Федерация. № 2019112233 ; "
                           "заявл. 12.04.2019 ; опубл. 20.01.2020, Бюл. № 2. 6 с.")
    assert (item["type"], item["title"], item["number"]) == ("patent", "Устройство для сушки зерна", "2712345")
    assert item["submitted"] == {"date-parts": [[2019, 4, 12]]}
    assert item["issued"] == {"date-parts": [[2020, 1, 20]]}
    assert "2019112233" in item["note"]  # the application number is kept


def test_patent_in_a_title_is_no_patent():
    item = parse_reference("Kumar, R., & Patel, S. (2017). Patent races and innovation. Journal of Industrial "
                           "Economics, 65(2), 201–230.")
    assert item["type"] == "article-journal" and "number" not in item


def test_ieee_paper_in_an_advances_volume_is_a_conference_paper():
    paper = parse_reference('L. Ortega and K. Ito, "Sparse attention for long documents," in Advances in Neural '
                            'Information Processing Systems, vol. 33, 2020, pp. 1120–1131.')
    assert paper["type"] == "paper-conference"
    assert paper["container-title"] == "Advances in Neural Information Processing Systems"
    journal = parse_reference('D. Frost, "Spin chains at low temperature," Advances in Physics, vol. 61, '
                              'no. 2, pp. 101–160, 2012.')
    assert journal["type"] == "article-journal"


def test_harvard_periodical_followed_by_day_and_month():
    # "(2021) 'Title', The Conversation, 3 March.": the day and month after the periodical
    # complete the bracketed year; they are not part of its name.
    item = parse_reference("Patel, N. (2021) 'Why rents keep rising', The Conversation, 3 March. Available at: "
                           "https://theconversation.com/why-rents-keep-rising-155012 (Accessed: 9 April 2021).")
    assert item["container-title"] == "The Conversation"
    assert item["issued"] == {"date-parts": [[2021, 3, 3]]}


@pytest.mark.parametrize("text,expected", [
    ("DfE.", "DfE"), ("MIT.", "MIT"), ("НГУ.", "НГУ"),   # acronyms: the dot is punctuation
    ("СПб.", "СПб."), ("Publ.", "Publ."), ("М.", "М."),  # abbreviations keep it
])
def test_strip_end_tells_acronyms_from_abbreviations(text, expected):
    from cslbridge.parse.rules import strip_end
    assert strip_end(text) == expected


def test_vancouver_details_found_by_a_medical_list():
    # BMJ's e-locator after the volume ("2020;368:m1091") is the page, as "(7):e12" was
    bmj = parse_reference("Osei K, Laine P. Telephone triage in general practice: cohort study. BMJ. "
                          "2020;368:m1091. doi:10.1136/bmj.m1091")
    assert (bmj["volume"], bmj["page"]) == ("368", "m1091") and "note" not in bmj
    # a supplement keeps its space
    supplement = parse_reference("Varga B, Holm J. Lactate clearance in septic shock. Crit Care. 2019;23(Suppl 1):P112.")
    assert supplement["issue"] == "Suppl 1"
    # "[dissertation]" is the genre; the words before it stay in the title
    thesis = parse_reference("Ahmed N. Wearable sensors for gait analysis in Parkinson disease [dissertation]. "
                             "Boston (MA): Boston University; 2019.")
    assert (thesis["type"], thesis["genre"]) == ("thesis", "dissertation")
    assert thesis["title"] == "Wearable sensors for gait analysis in Parkinson disease"
    # ... and "[master's thesis on the Internet]" names the genre and the medium, as "[Internet]" does
    online = parse_reference("Okafor N. Nurse staffing and missed care in Lagos teaching hospitals [master's thesis on the "
                             "Internet]. Lagos: University of Lagos; 2021 [cited 2023 Oct 2]. Available from: "
                             "https://ir.unilag.edu.ng/handle/123456789/9876")
    assert (online["type"], online["genre"], online["medium"], online["publisher"]) == (
        "thesis", "master's thesis", "Internet", "University of Lagos")
    # "[updated ...; cited ...]": the access date, and the update kept in the note, not the title
    web = parse_reference("Centers for Medicare and Medicaid Services. Hospital price transparency [Internet]. "
                          "Baltimore (MD): CMS; 2021 [updated 2023 Feb 2; cited 2023 Apr 10]. Available from: "
                          "https://www.cms.gov/hospital-price-transparency")
    assert web["title"] == "Hospital price transparency"
    assert web["accessed"] == {"date-parts": [[2023, 4, 10]]}
    assert "updated 2023 Feb 2" in web["note"]
    assert names(web) == [("Centers for Medicare and Medicaid Services", None)]


@pytest.mark.parametrize("span,expected", [
    ("U.S. Department of Health and Human Services", [("U.S. Department of Health and Human Services", None)]),
    ("Centres for Disease Prevention and Control", [("Centres for Disease Prevention and Control", None)]),
    ("World Bank and IMF", [("World Bank", None), ("IMF", None)]),
])
def test_and_inside_a_body_name(span, expected):
    # "and" joins what a body is of or for; it joins two bodies named without "of"/"for"
    assert [(n.get("literal") or n.get("family"), n.get("given")) for n in parse_names(span)] == expected


@pytest.mark.parametrize("text,title", [
    ("Darwin, Charles. The Descent of Man. Edited by James Moore. London: Penguin, 2004.", "The Descent of Man"),
    ("Kaldor, Mary. 2012. New and Old Wars. 3rd ed. Cambridge: Polity.", "New and Old Wars"),
    ("Brown, K. (2010). The History of Ford Motor Co. Detroit: Wayne State UP.", "The History of Ford Motor Co."),
])
def test_title_ending_in_a_short_word_loses_its_full_stop(text, title):
    assert parse_reference(text)["title"] == title


@pytest.mark.parametrize("text,genre,place", [
    ("Musaev T.R. Pravovoe regulirovanie tsifrovoi ekonomiki v EAES [Legal regulation of the digital economy in "
     "the EAEU]. Cand. Sci. (Law) Diss. Moscow, 2020, 214 p.", "Cand. Sci. (Law) Diss.", "Moscow"),
    ("Ivanova A.A. Grazhdanskoe pravo [Civil law]. Dr. Sci. (Law) Diss. Abstr. Kazan, 2012, 42 p.",
     "Dr. Sci. (Law) Diss. Abstr.", "Kazan"),
])
def test_a_thesis_whose_field_is_printed_whole(text, genre, place):
    # "(Law)" has no abbreviation dot, unlike "(Econ.)"; the genre went into the place before
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["publisher-place"]) == ("thesis", genre, place)


def test_a_persons_book_about_a_law_is_a_book():
    item = parse_reference("Savel'ev A.I. Kommentarii k Federal'nomu zakonu \"O personal'nykh dannykh\" [Commentary on "
                           "the Federal Law \"On personal data\"]. Moscow, Statut Publ., 2021, 468 p.")
    assert (item["type"], item["publisher"], item["number-of-pages"]) == ("book", "Statut Publ.", "468")


@pytest.mark.parametrize("text,authors,editors", [
    ("Duszczyk, M. i Matuszczyk, K. (2018). The employment of foreigners in Poland and the labour market situation. "
     "Central and Eastern European Migration Review, 7(2), 53–68.",
     [("Duszczyk", "M."), ("Matuszczyk", "K.")], None),
    ("Brunarska, Z., Kindler, M., Szulecka, M. i Toruńczyk-Ruiz, S. (2016). Ukrainian migration to Poland: A “local” "
     "mobility? W: O. Fedyuk i M. Kindler (red.), Ukrainian migration to the European Union (s. 115–131). Cham: Springer.",
     [("Brunarska", "Z."), ("Kindler", "M."), ("Szulecka", "M."), ("Toruńczyk-Ruiz", "S.")],
     [("Fedyuk", "O."), ("Kindler", "M.")]),
    ("Novák, J. a Dvořák, T. (2015). Pracovní migrace v Česku. Praha: Sociologické nakladatelství.",
     [("Novák", "J."), ("Dvořák", "T.")], None),
    ("Wyżnikiewicz, B. (red.). (2019). Cudzoziemcy na polskim rynku pracy. Warszawa: Związek Przedsiębiorców i Pracodawców.",
     None, [("Wyżnikiewicz", "B.")]),
])
def test_polish_and_czech_name_lists_joined_by_i_or_a_and_editors_marked_red(text, authors, editors):
    item = parse_reference(text)
    names = lambda key: [(n.get("family"), n.get("given")) for n in item[key]] if key in item else None
    assert (names("author"), names("editor")) == (authors, editors)


@pytest.mark.parametrize("text,date", [
    ("15 marca 2022", [2022, 3, 15]), ("3 listopada 2019", [2019, 11, 3]), ("10. září 2021", [2021, 9, 10]),
    ("10. 9. 2021", [2021, 9, 10]), ("10. März 2021", [2021, 3, 10]),
])
def test_polish_and_czech_dates(text, date):
    assert parse_date(text) == {"date-parts": [date]}


@pytest.mark.parametrize("text,url,accessed", [
    ("Ministerstwo Rodziny, Pracy i Polityki Społecznej. (2022). Oświadczenia o powierzeniu wykonywania pracy "
     "cudzoziemcowi w 2021 roku. Pobrano 15 marca 2022 z https://psz.praca.gov.pl/web/urzad-pracy/-/8180211-oswiadczenia",
     "https://psz.praca.gov.pl/web/urzad-pracy/-/8180211-oswiadczenia", [2022, 3, 15]),
    ("MPSV. 2021. Zaměstnávání cizinců v ČR. [online]. Praha: Ministerstvo práce a sociálních věcí [cit. 10. 9. 2021]. "
     "Dostupné z: https://www.mpsv.cz/web/cz/zamestnavani-cizincu",
     "https://www.mpsv.cz/web/cz/zamestnavani-cizincu", [2021, 9, 10]),
])
def test_polish_and_czech_access_dates(text, url, accessed):
    item = parse_reference(text)
    assert (item["URL"], item["accessed"]) == (url, {"date-parts": [accessed]})
    assert "Pobrano" not in item.get("title", "") and "Dostupné" not in item.get("note", "")


@pytest.mark.parametrize("text, container", [
    ("Ratha, D. (2003). Workers' remittances: An important and stable source of external development finance. "
     "In Global Development Finance 2003 (pp. 157–175). Washington, DC: World Bank.", "Global Development Finance 2003"),
    ("International Energy Agency. (2019). Natural gas in Central Asia. In World Energy Outlook 2018 (pp. 210–238). "
     "Paris: OECD Publishing.", "World Energy Outlook 2018"),
])
def test_a_year_closing_an_apa_chapters_book_title_stays_in_it(text, container):
    item = parse_reference(text)
    assert item["container-title"] == container
    assert item["issued"] == {"date-parts": [[int(text[text.index("(") + 1:text.index(")")])]]}


@pytest.mark.parametrize("text, number", [
    ("‘Konstitutsionnyi zakon Kyrgyzskoi Respubliki “O vyborakh Prezidenta Kyrgyzskoi Respubliki”’, 2 July 2011, "
     "No. 68, available at: http://cbd.minjust.gov.kg/act/view/ru-ru/203212, accessed 14 March 2021.", "68"),
    ("‘Zakon Respubliki Tadzhikistan “O religioznykh ob’edineniyakh”’, 26 March 2009, No. 489, available at: "
     "http://www.adlia.tj/show_doc.fwx?rgn=12345, accessed 5 May 2019.", "489"),
])
def test_a_laws_number_outside_a_gazette_is_its_own(text, number):
    item = parse_reference(text)
    assert (item["type"], item.get("number"), item.get("issue")) == ("legislation", number, None)


def test_a_laws_gazette_keeps_its_issue():
    item = parse_reference("Federal Law of 27.07.2006 No. 152-FZ \"On personal data\". Sobranie zakonodatel'stva RF, "
                           "2006, no. 31, art. 3451.")
    assert (item["container-title"], item["issue"]) == ("Sobranie zakonodatel'stva RF", "31")


@pytest.mark.parametrize("text, genre", [
    ("Engvall, J. 2022. Between Bandits and Bureaucrats: 30 Years of Parliamentary Development in Kyrgyzstan. "
     "Silk Road Paper. Washington, DC: Central Asia-Caucasus Institute.", "Silk Road Paper"),
    ("Cooley, A. 2012. The New Great Game in Central Asia. Policy Paper. London: Chatham House.", "Policy Paper"),
])
def test_a_bodys_paper_series_makes_a_report(text, genre):
    item = parse_reference(text)
    assert (item["type"], item["genre"]) == ("report", genre)


@pytest.mark.parametrize("text, title", [
    ("Federal Law No. 40-FZ ‘On the Federal Security Service’, 3 April 1995, available at: "
     "http://www.consultant.ru/document/cons_doc_LAW_6300/, accessed 14 May 2017.",
     "Federal Law No. 40-FZ ‘On the Federal Security Service’"),
    ("Presidential Decree No. 683 ‘On the National Security Strategy of the Russian Federation’, 31 December 2015, "
     "available at: http://www.kremlin.ru/acts/bank/40391, accessed 2 February 2016.",
     "Presidential Decree No. 683 ‘On the National Security Strategy of the Russian Federation’"),
])
def test_an_act_named_by_kind_and_number_before_its_quoted_name_is_one_title(text, title):
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("author")) == ("legislation", title, None)


@pytest.mark.parametrize("text, genre, number, publisher", [
    ("Luca Anceschi, ‘Kazakhstan’s Foreign Policy after Nazarbayev’, Policy Brief No. 14, European Council on "
     "Foreign Relations, March 2020, available at: https://ecfr.eu/publication/kazakhstan-policy-brief/, "
     "accessed 9 April 2020.", "Policy Brief", "14", "European Council on Foreign Relations"),
    ("James Nixey, ‘The Long Goodbye: Waning Russian Influence in the South Caucasus and Central Asia’, "
     "Research Paper, Chatham House, June 2012, p. 8.", "Research Paper", None, "Chatham House"),
    ("Anna Matveeva, ‘Central Asia’s Security Dilemma’, Briefing Paper, Saferworld, May 2015.",
     "Briefing Paper", None, "Saferworld"),
])
def test_a_notes_report_series_after_the_quoted_title_with_or_without_number(text, genre, number, publisher):
    item = parse_reference(text)
    assert (item["type"], item["genre"], item.get("number"), item.get("publisher")) == ("report", genre, number, publisher)
    assert "publisher-place" not in item and "container-title" not in item


@pytest.mark.parametrize("text", [
    "Edward Schatz, Modern Clan Politics: The Power of “Blood” in Kazakhstan and Beyond (Seattle: University of "
    "Washington Press, 2004), 98–101.",
    "Schatz, Edward. Modern Clan Politics: The Power of “Blood” in Kazakhstan and Beyond. Seattle: University of "
    "Washington Press, 2004.",
])
def test_a_quoted_word_inside_a_book_title_does_not_open_a_chapter(text):
    item = parse_reference(text)
    assert (item["type"], item["title"]) == ("book", "Modern Clan Politics: The Power of “Blood” in Kazakhstan and Beyond")
    assert "container-title" not in item


def test_a_quoted_phrase_inside_an_article_title_leaves_the_journal_after_its_stop():
    item = parse_reference("Spoor, M., & Krutov, A. (2003). The ‘power of water’ in a divided Central Asia. Perspectives "
                           "on Global Development and Technology, 2(3–4), 593–614.")
    assert (item["title"], item["container-title"], item["volume"]) == (
        "The ‘power of water’ in a divided Central Asia", "Perspectives on Global Development and Technology", "2")


def test_a_year_after_the_title_colon_is_the_title_when_the_date_came_before():
    item = parse_reference("National Bank of the Kyrgyz Republic. (2023). Payment systems review: 2022. "
                           "https://www.nbkr.kg/DOC/15062023/000000000061842.pdf")
    assert (item["title"], item["issued"], item.get("note")) == ("Payment systems review: 2022", {"date-parts": [[2023]]}, None)


def test_a_chapter_title_holding_a_quoted_word_keeps_its_book():
    item = parse_reference("Kirill Nourzhanov, ‘The Politics of “Tribalism” in Tajikistan’, in Sally N. Cummings (ed.), "
                           "Power and Change in Central Asia (London: Routledge, 2002), pp. 59–73.")
    assert (item["type"], item["title"], item["container-title"]) == (
        "chapter", "The Politics of “Tribalism” in Tajikistan", "Power and Change in Central Asia")


@pytest.mark.parametrize("text, publisher", [
    ("[On the results of foreign trade of the EAEU in 2022]. Eurasian Economic Commission. Available at: "
     "https://eec.eaeunion.org/news/itogi-vneshney-torgovli-2022/ (accessed 17.03.2023). (In Russ.)",
     "Eurasian Economic Commission"),
    ("[Cross-border remittances of individuals: Statistics for 2020]. Bank of Russia. Available at: "
     "https://www.cbr.ru/statistics/macro_itm/svs/p_balance/ (accessed 12.05.2021). (In Russ.)", "Bank of Russia"),
])
def test_a_bodys_undated_page_in_references_is_a_webpage_it_publishes(text, publisher):
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item.get("container-title")) == ("webpage", publisher, None)


def test_a_bodys_dated_report_page_stays_a_report():
    item = parse_reference("[Monetary policy report. No. 4 (36)]. Bank of Russia, 2021. Available at: "
                           "https://cbr.ru/Collection/Collection/File/39714/2021_04_ddcp.pdf (accessed 12.01.2022). (In Russ.)")
    assert (item["type"], item["publisher"]) == ("report", "Bank of Russia")


def test_a_notes_books_title_runs_to_its_bracketed_imprint():
    item = parse_reference("Sébastien Peyrouse, Turkmenistan: Strategies of Power, Dilemmas of Development (Armonk, NY: "
                           "M.E. Sharpe, 2012), p. 201.")
    assert (item["type"], item["title"], item["publisher-place"], item["publisher"], item["page"]) == (
        "book", "Turkmenistan: Strategies of Power, Dilemmas of Development", "Armonk, NY", "M.E. Sharpe", "201")
    assert "note" not in item


@pytest.mark.parametrize("text, book, editors", [
    ("Neil J. Melvin, “Authoritarian Pathways in Central Asia,” in Democracy and Pluralism in Muslim Eurasia, ed. "
     "Yaacov Ro’i (London: Frank Cass, 2004), 127.", "Democracy and Pluralism in Muslim Eurasia", [("Ro’i", "Yaacov")]),
    ("Marlene Laruelle, “Russia’s Central Asia Policy,” in Russia’s Foreign Policy, ed. Andrei Tsygankov (Lanham, MD: "
     "Rowman & Littlefield, 2016), 88.", "Russia’s Foreign Policy", [("Tsygankov", "Andrei")]),
])
def test_a_chicago_notes_chapter_names_its_book_then_the_editors(text, book, editors):
    item = parse_reference(text)
    assert (item["type"], item["container-title"], names(item, "editor")) == ("chapter", book, editors)


def test_the_body_after_a_notes_numbered_report_series_is_its_publisher():
    item = parse_reference("Nargis Kassenova, ‘Kazakhstan and Eurasian Economic Integration’, Russie.Nei.Reports No. 14, "
                           "IFRI, January 2013, p. 11.")
    assert (item["type"], item["number"], item.get("publisher"), item["issued"]) == (
        "report", "14", "IFRI", {"date-parts": [[2013, 1]]})
    assert "note" not in item
    place = parse_reference("International Crisis Group, ‘Kyrgyzstan: Widening Ethnic Divisions in the South’, Asia Report "
                            "No. 222, Bishkek, 29 March 2012, p. 7.")
    assert (place.get("publisher-place"), place.get("publisher")) == ("Bishkek", None)


def test_a_state_code_after_the_place_with_no_publisher_is_the_places():
    item = parse_reference("World Bank. Kazakhstan: Country Economic Update. Washington, DC, 2021. 56 p.")
    assert (item["publisher-place"], item.get("publisher")) == ("Washington, DC", None)
    moscow = parse_reference("Tishkov V.A. Rossiiskii narod [The Russian people]. Moscow, Nauka Publ., 2013. 649 p.")
    assert (moscow["publisher-place"], moscow["publisher"]) == ("Moscow", "Nauka Publ.")


@pytest.mark.parametrize("text, date, page", [
    ("Кравченко Л. Казахстан ограничил вывоз зерна // Коммерсантъ. – 2022. – 15 апр. – С. 2.", [2022, 4, 15], "2"),
    ("Иванов П. Что будет с рублём // Известия. — 2021. — 3 марта. — С. 5.", [2021, 3, 3], "5"),
])
def test_a_gost_newspapers_day_after_the_area_dash(text, date, page):
    item = parse_reference(text)
    assert (item["type"], item["issued"], item["page"], item.get("note")) == (
        "article-newspaper", {"date-parts": [date]}, page, None)
    assert parse_date("2022. – 15 апр.") == {"date-parts": [[2022, 4, 15]]}


def test_a_gost_books_volume_after_its_title_is_no_edition():
    item = parse_reference("Лаумулин М. Т. Центральная Азия в зарубежной политологии и мировой геополитике. Т. 5. – "
                           "Алматы : КИСИ, 2009. – 344 с.")
    assert (item["volume"], item.get("edition"), item["publisher-place"], item["number-of-pages"]) == (
        "5", None, "Алматы", "344")


def test_a_gost_thesis_statement_naming_the_author_in_full_with_its_full_stop():
    item = parse_reference("Нуриев А. Р. Миграционная политика России в отношении стран ЦА : автореф. дис. … канд. "
                           "полит. наук : 23.00.04 / Нуриев Артур Рустемович. – М., 2019. – 28 с.")
    assert names(item) == [("Нуриев", "Артур Рустемович")]
    assert parse_names("Volkov Andrei Sergeevich.") == [{"family": "Volkov", "given": "Andrei Sergeevich"}]


@pytest.mark.parametrize("body", ["Евразийский банк развития", "Бюро национальной статистики", "Совет Федерации"])
def test_russian_body_words_name_bodies(body):
    assert parse_names(body) == [{"literal": body}]


def test_a_gost_reports_body_in_the_statement_of_responsibility_is_its_author():
    item = parse_reference("Евразийская экономическая интеграция – 2021 : доклад / Евразийский банк развития. – М. : "
                           "ЕАБР, 2021. – 134 с.")
    assert (item["type"], item["author"]) == ("report", [{"literal": "Евразийский банк развития"}])


def test_a_gost_conferences_place_and_dates_in_brackets_stay_in_its_container():
    item = parse_reference("Быков А. А. Энергетическое сотрудничество России и Казахстана // Россия и Центральная Азия: "
                           "30 лет независимости : материалы междунар. науч.-практ. конф. (Москва, 15 октября 2021 г.). – "
                           "М. : ИМЭМО РАН, 2022. – С. 55–63.")
    assert (item["type"], item["title"], item["container-title"], item["issued"], item["publisher-place"]) == (
        "paper-conference", "Энергетическое сотрудничество России и Казахстана",
        "Россия и Центральная Азия: 30 лет независимости : материалы междунар. науч.-практ. конф. "
        "(Москва, 15 октября 2021 г.)", {"date-parts": [[2022]]}, "М.")
    assert "note" not in item


def test_a_month_range_after_the_interviews_place_is_the_date():
    item = parse_reference("Author’s interviews with experts and officials, Astana and Almaty, September–October 2015.")
    assert (item["title"], item["publisher-place"], item["issued"]) == (
        "Author’s interviews with experts and officials", "Astana and Almaty", {"date-parts": [[2015, 9], [2015, 10]]})


def test_a_month_range_the_tagger_ran_into_the_interviews_title_is_the_date():
    # the tagger took 'March–April' for the title's last words: the month range became the place and the places
    # stayed in the title
    item = parse_reference("Author’s interviews with energy officials, Vilnius and Riga, March–April 2019.")
    assert (item["title"], item["publisher-place"], item["issued"]) == (
        "Author’s interviews with energy officials", "Vilnius and Riga", {"date-parts": [[2019, 3], [2019, 4]]})


@pytest.mark.parametrize("text,title,place", [
    ("Authors’ focus groups with Belarusian students, Vilnius and Warsaw, October–November 2021.",
     "Authors’ focus groups with Belarusian students", "Vilnius and Warsaw"),
    ("Authors’ focus group with local residents, Narva, 4 May 2019.", "Authors’ focus group with local residents", "Narva"),
])
def test_focus_groups_the_authors_held_are_interviews(text, title, place):
    # the plural possessive ('Authors’') was not read as the author's: a document or a book, the places in the title
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher-place"]) == ("interview", title, place)


def test_a_bodys_quoted_paper_with_place_and_year_is_a_document():
    item = parse_reference("Ministry of Foreign Affairs of the Republic of Uzbekistan, ‘Concept of the Foreign Policy of "
                           "the Republic of Uzbekistan’, Tashkent, 2012.")
    assert (item["type"], item["author"], item["publisher-place"]) == (
        "document", [{"literal": "Ministry of Foreign Affairs of the Republic of Uzbekistan"}], "Tashkent")
    book = parse_reference("International Institute for Strategic Studies, The Military Balance 2018 (London: Routledge, "
                           "2018), p. 186.")
    assert book["type"] == "book"


def test_a_notes_imprint_of_place_and_year_in_brackets_is_no_part_of_the_title():
    item = parse_reference("World Bank, Kazakhstan: A Long Road (Washington, DC, 2019), p. 4.")
    assert (item["type"], item["title"], item["publisher-place"], item["issued"], item["page"]) == (
        "book", "Kazakhstan: A Long Road", "Washington, DC", {"date-parts": [[2019]]}, "4")


@pytest.mark.parametrize("text", [
    "Order of the Ministry of Economic Development of Russia of 17.02.2020 No. 76. Available at: "
    "http://publication.pravo.gov.ru/Document/View/0001202003120001 (accessed 10.04.2020). (In Russ.)",
    "Resolution of the Government of the Russian Federation of 15.04.2014 No. 316 \"On approval of the state programme "
    "Economic development and innovative economy\". Available at: http://government.ru/docs/all/90783/ (accessed "
    "01.02.2021). (In Russ.)",
])
def test_a_ministrys_order_or_a_governments_resolution_is_legislation(text):
    assert parse_reference(text)["type"] == "legislation"


def test_a_notes_link_led_by_a_bare_at_leaves_no_note():
    item = parse_reference("‘Putin signs law on foreign agents’, Interfax, 2 December 2019, at "
                           "https://www.interfax.ru/russia/686480 (accessed 5 December 2019).")
    assert (item["URL"], item["accessed"], item.get("note")) == (
        "https://www.interfax.ru/russia/686480", {"date-parts": [[2019, 12, 5]]}, None)


def test_a_transliterated_act_with_its_issuer_and_number_after_a_quoted_title_is_the_number():
    item = parse_reference("‘O merakh po realizatsii Kontseptsii’, Ukaz Prezidenta RK No. 741, 21 January 2014, available "
                           "at: http://adilet.zan.kz/rus/docs/U1400000741, accessed 3 May 2016.")
    assert (item["type"], item["number"], item.get("container-title"), item.get("issue")) == (
        "document", "Ukaz Prezidenta RK No. 741", None, None)


@pytest.mark.parametrize("text, outlet", [
    ("Fergana News Agency, ‘Tajikistan: Migrants Return Home’, 14 April 2020, https://fergana.news/news/117233/.",
     "Fergana News Agency"),
    ("Reuters, ‘Kazakh President Says Protests Were Coup Attempt’, 10 January 2022.", "Reuters"),
])
def test_a_news_outlet_named_before_a_notes_quoted_title_is_the_periodical(text, outlet):
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item.get("author")) == ("article-newspaper", outlet, None)
    person = parse_reference("John Post, ‘Title of Piece’, The Times, 3 May 2019.")
    assert (person["author"], person["container-title"]) == ([{"family": "Post", "given": "John"}], "The Times")


def test_a_gost_2018_web_article_with_a_title_that_looks_like_names():
    item = parse_reference("Бордачёв, Т. В. Россия и Евразия / Т. В. Бордачёв. – Текст : электронный // Россия в глобальной "
                           "политике : сайт. – 2021. – 15 марта. – URL: https://globalaffairs.ru/articles/rossiya-evraziya/ "
                           "(дата обращения: 20.03.2021).")
    assert (names(item), item["title"], item["container-title"], item["issued"]) == (
        [("Бордачёв", "Т. В.")], "Россия и Евразия", "Россия в глобальной политике : сайт", {"date-parts": [[2021, 3, 15]]})
    assert "note" not in item


def test_strip_end_takes_off_runs_of_area_dashes_and_spaces():
    assert strip_end("– – М. :") == "М."
    item = parse_reference("Михайлов С. А. Миграционная политика : учеб. пособие. – 2-е изд. – М. : Юрайт, 2020. – 280 с.")
    assert (item["publisher-place"], item["edition"]) == ("М.", "2")


def test_a_gost_theses_university_after_the_statement_publishes_it():
    item = parse_reference("Ахмедов Р. Р. Энергетическая политика государств Центральной Азии : дис. ... канд. полит. наук : "
                           "23.00.04 / Ахмедов Рустам Ринатович ; МГИМО МИД России. – М., 2012. – 190 с.")
    assert (names(item), item["publisher"], item["type"]) == (
        [("Ахмедов", "Рустам Ринатович")], "МГИМО МИД России", "thesis")


def test_a_gost_sites_city_in_its_own_area_is_the_place():
    item = parse_reference("Евразийская экономическая комиссия : официальный сайт. – Москва. – URL: "
                           "http://www.eurasiancommission.org (дата обращения: 01.02.2023). – Текст : электронный.")
    assert (item["type"], item["title"], item["publisher-place"]) == (
        "webpage", "Евразийская экономическая комиссия: официальный сайт", "Москва")


@pytest.mark.parametrize("text", [
    "Ministry of Foreign Affairs of Kazakhstan, ‘Statement on the Situation in Afghanistan’, 16 August 2021, "
    "https://www.gov.kz/memleket/entities/mfa/press/news/details/123456.",
    "National Statistical Committee of the Kyrgyz Republic, ‘Vneshnyaya trudovaya migratsiya’, 2019, available at: "
    "http://www.stat.kg/ru/statistics/migraciya-naseleniya/, accessed 14 January 2020.",
])
def test_a_bodys_quoted_paper_online_is_a_document(text):
    assert parse_reference(text)["type"] == "document"


def test_a_notes_chapters_book_title_runs_from_the_editors_role_to_the_imprint():
    item = parse_reference("Dmitri Trenin, ‘Russia and Central Asia: Interests, Policies, and Prospects’, in Eugene Rumer, "
                           "Dmitri Trenin and Huasheng Zhao (eds), Central Asia: Views from Washington, Moscow, and Beijing "
                           "(Armonk, NY: M.E. Sharpe, 2007), pp. 75–136.")
    assert (item["container-title"], item["publisher-place"], item.get("note")) == (
        "Central Asia: Views from Washington, Moscow, and Beijing", "Armonk, NY", None)


def test_a_pinpoint_after_the_pages_is_no_part_of_the_range():
    item = parse_reference("Alexander Cooley, ‘Principles in the Pipeline: Managing Transatlantic Values and Interests in "
                           "Central Asia’, International Affairs, 84, 6, 2008, pp. 1173–88, at p. 1180.")
    assert (item["page"], item["note"]) == ("1173-88", "at p. 1180.")


@pytest.mark.parametrize("text, place, publisher", [
    ("Vinokurov E. Introduction to the Eurasian Economic Union. Cham, Palgrave Pivot, 2018. 170 p.", "Cham", "Palgrave Pivot"),
    ("Laruelle M. Russian Eurasianism. Dordrecht, Springer, 2012. 250 p.", "Dordrecht", "Springer"),
])
def test_publishing_towns_known_as_places_split_a_references_imprint(text, place, publisher):
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)


def test_a_gost_place_before_the_year_after_a_statement_of_responsibility():
    item = parse_reference("Доклад о мировом развитии 2020 / Всемирный банк. – Вашингтон, 2020. – 300 с.")
    assert (item["publisher-place"], item["author"], item.get("note")) == (
        "Вашингтон", [{"literal": "Всемирный банк"}], None)


def test_a_news_agencys_site_in_gost_carries_press_items():
    item = parse_reference("Лавров заявил о готовности к диалогу с ЕС // РИА Новости : [сайт]. – 2022. – 3 марта. – URL: "
                           "https://ria.ru/20220303/lavrov-1776000000.html (дата обращения: 05.03.2022).")
    assert (item["type"], item["issued"]) == ("article-newspaper", {"date-parts": [[2022, 3, 3]]})


@pytest.mark.parametrize("text,title,genre", [
    ("GSMA. 2022. State of the Industry Report on Mobile Money 2022. Technical Report. GSM Association, London, UK. "
     "Retrieved September 10, 2022 from https://www.gsma.com/sotir/",
     "State of the Industry Report on Mobile Money 2022", "Technical Report"),
    ("National Bank of the Kyrgyz Republic. 2022. Payment Systems Development Report for 2021. Report. "
     "National Bank of the Kyrgyz Republic, Bishkek.", "Payment Systems Development Report for 2021", "Report"),
])
def test_a_reports_kind_named_alone_after_its_title_is_its_genre(text, title, genre):
    # the ACM reference format prints what a report is as a sentence of its own
    item = parse_reference(text)
    assert (item["type"], item["title"], item["genre"]) == ("report", title, genre)


@pytest.mark.parametrize("text", [
    "B. Tsogtbaatar, O. Dashdorj, Household energy transitions in the ger districts, in: T. Ganbat, J. Seiler (Eds.), "
    "Urban Mongolia: Planning, Informality and the Ger Districts, Routledge, London, 2021, pp. 112–131.",
    # ScienceDirect's HTML puts the parts on lines of their own, joined with a stop and no "in:"
    "B. Tsogtbaatar, O. Dashdorj. Household energy transitions in the ger districts. T. Ganbat, J. Seiler (Eds.), "
    "Urban Mongolia: Planning, Informality and the Ger Districts, Routledge, London (2021), pp. 112-131",
])
def test_elsevier_chapter_book_title_between_the_editors_and_the_imprint(text):
    item = parse_reference(text)
    assert item["type"] == "chapter"
    assert item["editor"] == [{"family": "Ganbat", "given": "T."}, {"family": "Seiler", "given": "J."}]
    assert (item["container-title"], item["publisher"], item["publisher-place"], item["page"]) == (
        "Urban Mongolia: Planning, Informality and the Ger Districts", "Routledge", "London", "112-131")


@pytest.mark.parametrize("tail", ["", " https://doi.org/10.1145/3386245"])
def test_acm_journal_article_number_before_its_date_and_length(tail):
    item = parse_reference("Jane Doe and John Roe. 2020. Designing for Trust in Mobile Payments. ACM Transactions on "
                           "Computer-Human Interaction 27, 4, Article 25 (Aug. 2020), 36 pages." + tail)
    assert (item["container-title"], item["volume"], item["issue"], item["page"], item["number-of-pages"]) == (
        "ACM Transactions on Computer-Human Interaction", "27", "4", "25", "36")


@pytest.mark.parametrize("text,book,editors", [
    ("Aigerim Sultanbekova. 2022. Notes from the Dordoi Bazaar: Fieldwork with Traders during the Pandemic. In Informal "
     "Markets in Eurasia, Caroline Humphrey and Lale Yalçın-Heckmann (Eds.). Berghahn Books, New York, NY, USA, 143–165.",
     "Informal Markets in Eurasia", ["Humphrey", "Yalçın-Heckmann"]),
    ("Lucy Suchman. 2007. Feminist STS and the Sciences of the Artificial. In The Handbook of Science and Technology "
     "Studies, Edward J. Hackett, Olga Amsterdamska, Michael Lynch, and Judy Wajcman (Eds.). MIT Press, Cambridge, MA, "
     "USA, 139–164.", "The Handbook of Science and Technology Studies", ["Hackett", "Amsterdamska", "Lynch", "Wajcman"]),
])
def test_acm_chapter_editors_after_the_book_title(text, book, editors):
    item = parse_reference(text)
    assert item["type"] == "chapter" and item["container-title"] == book
    assert [e["family"] for e in item["editor"]] == editors
    assert item["publisher"] in ("Berghahn Books", "MIT Press")


def test_an_outlet_after_a_quoted_title_is_no_place():
    item = parse_reference("‘Pashinyan: Armenia Will Not Leave the CSTO or the EAEU’, Armenpress, 11 May 2018, available at: "
                           "https://armenpress.am/eng/news/933112.html, accessed 20 May 2018.")
    assert (item["type"], item["container-title"]) == ("article-newspaper", "Armenpress")
    assert "publisher-place" not in item
    # a place the lists know stays the place an official text was issued at
    treaty = parse_reference("‘Treaty on the Eurasian Economic Union’, Astana, 29 May 2014, available at: "
                             "https://docs.eaeunion.org/docs/en-us/0043610/itia_05062014, accessed 10 January 2016.")
    assert treaty["publisher-place"] == "Astana" and "container-title" not in treaty


def test_title_before_a_journal_named_in_transliteration_and_english():
    item = parse_reference("Savel’ev D.A. Migrants from Uzbekistan in the Labour Market of Khabarovsk Krai. Prostranstvennaya "
                           "Ekonomika = Spatial Economics, 2019, vol. 15, no. 2, pp. 141–162. (In Russ.)")
    assert (item["title"], item["container-title"]) == (
        "Migrants from Uzbekistan in the Labour Market of Khabarovsk Krai", "Prostranstvennaya Ekonomika = Spatial Economics")


def test_acm_journal_issue_named_for_its_conference():
    item = parse_reference("Mohammad Jahid Hossain and Neha Kumar. 2020. Trust and Transparency in Mobile Money Agent Networks. "
                           "Proc. ACM Hum.-Comput. Interact. 4, CSCW2, Article 142 (oct 2020), 24 pages. "
                           "https://doi.org/10.1145/3415213")
    assert (item["type"], item["volume"], item["issue"], item["page"], item["number-of-pages"]) == (
        "article-journal", "4", "CSCW2", "142", "24")
    assert item["container-title"].startswith("Proc. ACM Hum.-Comput. Interact")


def test_a_volume_and_a_named_issue():
    assert volume_issue("4, CSCW2") == {"volume": "4", "issue": "CSCW2"}


def test_a_supplement_after_the_volume_is_its_issue():
    item = parse_reference("Wegerich, K. (2008) ‘Hydro-Hegemony in the Amu Darya Basin’, Water Policy, 10, S2, pp. 71–88.")
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == ("Water Policy", "10", "S2", "71-88")


def test_a_notes_imprint_in_brackets_with_a_body_and_its_series():
    imprint = parse_reference("International Crisis Group, Nagorno-Karabakh: New Opening, or More Peril?, Europe Report "
                              "No. 239 (Brussels, International Crisis Group, 2016), p. 9.")
    assert imprint["author"] == [{"literal": "International Crisis Group"}]  # not "Brussels" too
    assert (imprint["publisher-place"], imprint["publisher"], imprint["issued"]) == (
        "Brussels", "International Crisis Group", {"date-parts": [[2016]]})
    item = parse_reference("International Crisis Group, Central Asia: Decay and Decline, Asia Report No. 201 "
                           "(Brussels, International Crisis Group, 2011), p. 9.")
    # the page a note cites does not make the report's series a journal
    assert (item["type"], item["genre"], item["number"], item["page"]) == ("report", "Asia Report", "201", "9")
    # a Chicago imprint with its state keeps both in the place
    book = parse_reference("Marat Dzhunusov, Borders and Bazaars: Trade and the State in the Ferghana Valley "
                           "(Ithaca, NY: Cornell University Press, 2016), pp. 141–43.")
    assert (book["publisher-place"], book["publisher"]) == ("Ithaca, NY", "Cornell University Press")


@pytest.mark.parametrize("text", [
    "R Core Team, R: A Language and Environment for Statistical Computing, R Foundation for Statistical Computing, "
    "Vienna, Austria, 2022. https://www.R-project.org/.",
    "R Core Team. R: A Language and Environment for Statistical Computing. Vienna, Austria: R Foundation for "
    "Statistical Computing; 2022.",
])
def test_a_programs_name_closed_by_a_colon_opens_the_title_not_the_body(text):
    item = parse_reference(text)
    assert item["author"] == [{"literal": "R Core Team"}]
    assert item["title"].startswith("R: A Language and Environment for Statistical Computing")


@pytest.mark.parametrize("text,title,publisher,place", [
    ("R Core Team, R: A Language and Environment for Statistical Computing, R Foundation for Statistical Computing, "
     "Vienna, Austria, 2022. https://www.R-project.org/.", "R: A Language and Environment for Statistical Computing",
     "R Foundation for Statistical Computing", "Vienna, Austria"),
    ("UNICEF, The State of the World's Children 2019: Children, Food and Nutrition, United Nations Children's Fund, "
     "New York, 2019.", "The State of the World's Children 2019: Children, Food and Nutrition",
     "United Nations Children's Fund", "New York"),
])
def test_elsevier_numbered_book_publisher_before_place_and_year(text, title, publisher, place):
    item = parse_reference(text)
    assert (item["title"], item["publisher"], item["publisher-place"]) == (title, publisher, place)


def test_a_series_named_after_the_titles_last_comma():
    item = parse_reference("International Crisis Group, Nagorno-Karabakh: New Opening, or More Peril?, Europe Report No. 239 "
                           "(Brussels, International Crisis Group, 2016), p. 9.")
    assert (item["title"], item["genre"], item["number"]) == (
        "Nagorno-Karabakh: New Opening, or More Peril?", "Europe Report", "239")


def test_the_act_that_approved_a_document_is_no_journal_and_issue():
    item = parse_reference("‘Energy Strategy of the Republic of Moldova until 2030’, approved by Government Decision "
                           "No. 102, 5 February 2013, available at: https://www.legis.md/cautare/getResults?doc_id=110231"
                           "&lang=ro, accessed 3 March 2020.")
    assert item["type"] == "document"
    assert item["title"] == "Energy Strategy of the Republic of Moldova until 2030"
    assert "container-title" not in item and "issue" not in item
    assert (item["publisher"], item["number"], item["note"]) == ("Government Decision", "102", "approved by")
    assert item["issued"] == {"date-parts": [[2013, 2, 5]]}


def test_baltic_and_belarusian_shelfmarks_are_archival_and_any_described_paper_a_manuscript():
    # Lithuanian "ap." (apyrašas), Latvian "apr." (apraksts), Belarusian "vop." name the inventory.
    protocol = parse_reference("Protocol of the Bureau of the Central Committee of the Communist Party of "
                               "Lithuania, 14 May 1956, LYA, f. 1771, ap. 190, b. 4, l. 112.")
    assert (protocol["type"], protocol["archive"], protocol["archive_location"]) == \
        ("manuscript", "LYA", "f. 1771, ap. 190, b. 4, l. 112")
    assert protocol["title"] == "Protocol of the Bureau of the Central Committee of the Communist Party of Lithuania"
    latvian = parse_reference("Report of the Ministry of Agriculture, 2 June 1949, LVVA, f. 270, apr. 1, l. 45, lp. 8.")
    assert (latvian["type"], latvian["archive"], latvian["archive_location"]) == \
        ("manuscript", "LVVA", "f. 270, apr. 1, l. 45, lp. 8")
    memo = parse_reference("Memorandum, 3 May 1951, NARB, f. 4p, vop. 1, spr. 12, ark. 5.")
    assert (memo["type"], memo["title"], memo["archive"]) == ("manuscript", "Memorandum", "NARB")
    assert "container-title" not in memo


def test_topic_and_essay_cues_before_a_full_work_go_to_note():
    """'For <any topic>, see', 'See, among others,' and an essay's 'On X the best account remains'
    are cues as 'On the Baltic case, see' is: the work after them is parsed, the cue kept in note."""
    book = parse_reference("For a critical view of the Arctic shipping boom, see Marlene Laruelle, Russia’s Arctic "
                           "Strategies and the Future of the Far North (Armonk, NY: M. E. Sharpe, 2014), pp. 88–91.")
    assert book["author"] == [{"family": "Laruelle", "given": "Marlene"}]
    assert book["title"] == "Russia’s Arctic Strategies and the Future of the Far North"
    assert book["note"] == "For a critical view of the Arctic shipping boom, see"
    article = parse_reference("See, inter alia, Taras Kuzio, “Ukraine’s Orange Revolution: The Opposition’s Road to "
                              "Success,” Journal of Democracy 16, no. 2 (2005): 117–30.")
    assert article["author"] == [{"family": "Kuzio", "given": "Taras"}]
    assert (article["container-title"], article["note"]) == ("Journal of Democracy", "See, inter alia")
    essay = parse_reference("On the Azerbaijani oil boom the standard study remains Farid Guliyev, ‘Oil Wealth, "
                            "Patrimonialism, and the Failure of Democracy in Azerbaijan’, Caucasus Analytical Digest, "
                            "2, 2009, pp. 2–5.")
    assert essay["author"] == [{"family": "Guliyev", "given": "Farid"}]
    assert essay["title"].startswith("Oil Wealth")
    assert essay["note"] == "On the Azerbaijani oil boom the standard study remains"


def test_a_cue_before_a_full_work_goes_to_note():
    book = parse_reference("See, for example, Andrew Wilson, Belarus: The Last European Dictatorship (New Haven, "
                           "CT: Yale University Press, 2011), p. 4.")
    assert book["author"] == [{"family": "Wilson", "given": "Andrew"}]
    assert (book["title"], book["publisher"], book["page"]) == \
        ("Belarus: The Last European Dictatorship", "Yale University Press", "4")
    assert book["note"] == "See, for example"
    assert book["custom"]["source"].startswith("See, for example, Andrew Wilson")
    article = parse_reference("On the Baltic case, see Ammon Cheskin, ‘Identity and Integration of Russian Speakers "
                              "in the Baltic States: A Framework for Analysis’, Ethnopolitics, 14, 1, 2015, pp. 72–93.")
    assert article["author"] == [{"family": "Cheskin", "given": "Ammon"}]
    assert article["title"].startswith("Identity and Integration")
    assert article["note"] == "On the Baltic case, see"
    # a title that merely begins with the letters of a cue is no cue
    seeing = parse_reference("Scott, J. C. (1998). Seeing like a state. New Haven: Yale University Press.")
    assert "note" not in seeing and seeing["title"] == "Seeing like a state"


def test_gost_count_of_volumes_stays_in_the_title_and_the_volume_is_read():
    history = parse_reference("История Казахстана с древнейших времен до наших дней : в 5 т. Т. 3. – Алматы : "
                              "Атамура, 2010. – 768 с.")
    assert history["type"] == "book" and "container-title" not in history
    assert history["title"].endswith("дней: в 5 т.")
    assert (history["volume"], history["publisher"], history["number-of-pages"]) == ("3", "Атамура", "768")
    # no "//", so no container: what the tagger called one is the title
    lenin = parse_reference("Ленин В. И. Полное собрание сочинений : в 55 т. Т. 45. М. : Политиздат, 1970. 725 с.")
    assert (lenin["type"], lenin["title"], lenin["volume"]) == ("book", "Полное собрание сочинений: в 55 т.", "45")
    # in a chapter the count stays with the container
    chapter = parse_reference("Гайдар Е. Т. Аномалии экономического роста // Собрание сочинений : в 15 т. М. : "
                              "Дело, 2012. Т. 2. С. 5–184.")
    assert (chapter["container-title"], chapter["volume"]) == ("Собрание сочинений : в 15 т.", "2")


def test_gost_responsible_scientific_and_chief_editors_lose_their_role_words():
    chapter = parse_reference("Гриневецкий С. Р., Жильцов С. С. Каспийский регион: новые вызовы // Постсоветское "
                              "пространство: итоги тридцатилетия : сб. ст. / отв. ред. А. Д. Воскресенский. – М. : "
                              "Аспект Пресс, 2022. – С. 145–168.")
    assert chapter["editor"] == [{"family": "Воскресенский", "given": "А. Д."}]
    book = parse_reference("Россия и Центральная Азия : монография / науч. ред. Б. К. Султанов. – Алматы : КИСИ, "
                           "2015. – 240 с.")
    assert book["editor"] == [{"family": "Султанов", "given": "Б. К."}] and "author" not in book
    yearbook = parse_reference("Ежегодник ИМЭМО / гл. ред. А. А. Дынкин. – М. : ИМЭМО РАН, 2019. – 300 с.")
    assert (yearbook["title"], yearbook["editor"]) == ("Ежегодник ИМЭМО", [{"family": "Дынкин", "given": "А. А."}])


def test_gost_act_keeps_its_date_in_the_title_and_the_gazette_year_leaves_the_container():
    belarus = parse_reference("Об основах государственной молодежной политики : закон Респ. Беларусь от 7 дек. 2009 г. "
                              "№ 65-З // Национальный правовой Интернет-портал Республики Беларусь. – Режим доступа: "
                              "https://pravo.by/document/?guid=3871&p0=h10900065. – Дата доступа: 15.03.2022.")
    assert belarus["title"].endswith("от 7 дек. 2009 г. № 65-З")
    assert belarus["container-title"] == "Национальный правовой Интернет-портал Республики Беларусь"
    assert belarus["issued"] == {"date-parts": [[2009, 12, 7]]} and belarus["accessed"] == {"date-parts": [[2022, 3, 15]]}
    russia = parse_reference("О противодействии коррупции : федер. закон от 25 дек. 2008 г. № 273-ФЗ // Собрание "
                             "законодательства РФ. – 2008. – № 52. – Ст. 6228.")
    assert russia["title"].endswith("от 25 дек. 2008 г. № 273-ФЗ")
    # the act's own date, not the gazette's bare year, dates it
    assert (russia["container-title"], russia["issued"]) == ("Собрание законодательства РФ", {"date-parts": [[2008, 12, 25]]})
    assert (russia["issue"], russia["section"]) == ("52", "6228")


def test_a_focus_group_the_author_held_is_an_interview():
    item = parse_reference("Focus group with internally displaced persons from Donetsk oblast, Dnipro, 17 November 2016.")
    assert (item["type"], item["title"], item["publisher-place"]) == \
        ("interview", "Focus group with internally displaced persons from Donetsk oblast", "Dnipro")
    assert item["issued"] == {"date-parts": [[2016, 11, 17]]}
    among = parse_reference("Author’s focus groups among ethnic Russian voters, Narva, 3–5 May 2019.")
    assert (among["type"], among["publisher-place"]) == ("interview", "Narva")
    # a book about focus groups is a book
    book = parse_reference("Morgan, D. L. (1997). Focus groups as qualitative research. Sage.")
    assert book["type"] == "book"


def test_a_post_on_a_social_network_is_a_post():
    telegram = parse_reference("Mykhailo Podolyak, ‘Russia Has Lost the Right to Talk about Security Guarantees’, "
                               "Telegram, 3 March 2022, https://t.me/mykhailo_podolyak/412.")
    assert (telegram["type"], telegram["container-title"]) == ("post", "Telegram")
    assert telegram["author"] == [{"family": "Podolyak", "given": "Mykhailo"}]
    assert telegram["issued"] == {"date-parts": [[2022, 3, 3]]}
    facebook = parse_reference("Nikol Pashinyan, ‘Statement on the Events in Syunik’, Facebook, 14 May 2021, available "
                               "at: https://www.facebook.com/nikol.pashinyan/posts/123456, accessed 15 May 2021.")
    assert (facebook["type"], facebook["title"]) == ("post", "Statement on the Events in Syunik")
    # a newspaper item stays one
    press = parse_reference("‘Lavrov: Russia Will Respond to NATO Expansion’, TASS, 12 May 2022, available at: "
                            "https://tass.com/politics/1449331, accessed 15 May 2022.")
    assert press["type"] == "article-newspaper"


@pytest.mark.parametrize("text,original,title,platform", [
    ("Vyacheslav Gladkov, ‘Obstanovka v oblasti’ [The Situation in the Region], Telegram, 30 December 2023.",
     "Obstanovka v oblasti", "The Situation in the Region", "Telegram"),
    ("Alexander Lukashenko, ‘Obrashchenie k belorusam za rubezhom’ [Address to Belarusians Abroad], VKontakte, "
     "3 July 2021.", "Obrashchenie k belorusam za rubezhom", "Address to Belarusians Abroad", "VKontakte"),
])
def test_a_posts_platform_after_a_translated_title(text, original, title, platform):
    # after '[translation],' the platform was read as a place (a book) or run into the speech's original title
    item = parse_reference(text)
    assert (item["type"], item["container-title"]) == ("post", platform)
    assert (item["original-title"], item["title"]) == (original, title)
    assert "publisher-place" not in item


@pytest.mark.parametrize("text,family,given,title", [
    ("Nikol Pashinyan, interview with Euronews, 12 March 2023.", "Pashinyan", "Nikol", "interview with Euronews"),
    ("Aliaksandr Lukashenka, interview with Rossiya 1, 14 June 2023.", "Lukashenka", "Aliaksandr",
     "interview with Rossiya 1"),
    ("Kassym-Jomart Tokayev, interview with Egemen Qazaqstan, 5 January 2023.", "Tokayev", "Kassym-Jomart",
     "interview with Egemen Qazaqstan"),
])
def test_an_interview_after_the_name_of_who_gave_it_is_that_persons(text, family, given, title):
    # the outlet was read as the interviewee ('Euronews', 'Egemen Qazaqstan'), or the name and outlet as a
    # periodical with the channel's number '1,' in note
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"]) == ("interview", [{"family": family, "given": given}], title)
    assert "note" not in item and "container-title" not in item


@pytest.mark.parametrize("text,channel,title", [
    ("Nexta, ‘Lukashenko snova zayavil o “ekstremistakh” v Vil’nyuse’, Telegram, 3 February 2024, "
     "https://t.me/nexta_tv/55201.", "Nexta", "Lukashenko snova zayavil o “ekstremistakh” v Vil’nyuse"),
    ("Meduza, ‘Pashinyan nazval usloviya mirnogo dogovora’, Telegram, 12 May 2023.", "Meduza",
     "Pashinyan nazval usloviya mirnogo dogovora"),
    ("Azatutyun, ‘Peregovory v Vashingtone prodolzhatsya’, VKontakte, 2 May 2023.", "Azatutyun",
     "Peregovory v Vashingtone prodolzhatsya"),
])
def test_a_channels_post_signed_with_one_word(text, channel, title):
    # the platform was taken for the channel's given name ('Nexta, ... Telegram') or run into an outlet's
    # name as the periodical ('Meduza, Telegram'), and the channel read as a surname
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["title"]) == ("post", text.split("’, ")[1].split(",")[0], title)
    assert item["author"] == [{"literal": channel}]


@pytest.mark.parametrize("text,title", [
    ("Minutes of the meeting of the Latvenergo management board, Riga, 3 June 2015, p. 4.",
     "Minutes of the meeting of the Latvenergo management board"),
    ("Protocol of the session of the Almaty city maslikhat, Almaty, 14 January 2022.",
     "Protocol of the session of the Almaty city maslikhat"),
])
def test_a_record_of_a_sitting_is_a_document(text, title):
    # a place and a day made the minutes a book; 'Protocol' made the record a treaty
    item = parse_reference(text)
    assert (item["type"], item["title"]) == ("document", title)
    assert len(item["issued"]["date-parts"][0]) == 3


@pytest.mark.parametrize("text,place", [
    ("‘Joint Statement of the Energy Ministers of Lithuania, Latvia and Estonia’, Klaipėda, 27 October 2014.", "Klaipėda"),
    ("‘Memorandum on Cooperation between the Hromadas of Chernihiv Oblast’, Chernihiv, 3 March 2017.", "Chernihiv"),
])
def test_a_regional_city_after_a_quoted_title_is_the_place(text, place):
    # unknown to the list of places, the city was a newspaper's name or the document's publisher
    item = parse_reference(text)
    assert (item["type"], item["publisher-place"]) == ("document", place)
    assert "container-title" not in item and "publisher" not in item


def test_a_parliament_named_in_its_own_language_is_a_body():
    rada = parse_reference("Verkhovna Rada of Ukraine, ‘Stenohrama plenarnoho zasidannia’, 16 January 2014, available "
                           "at: https://www.rada.gov.ua/meeting/stenogr/show/5311.html, accessed 4 April 2018.")
    assert rada["author"] == [{"literal": "Verkhovna Rada of Ukraine"}]
    assert (rada["type"], rada["title"]) == ("document", "Stenohrama plenarnoho zasidannia")
    for body in ("Saeima of the Republic of Latvia", "State Duma of the Russian Federation", "Milli Majlis of Azerbaijan"):
        assert parse_names(body) == [{"literal": body}]


def test_a_courts_decision_cited_by_its_number_is_a_legal_case():
    ukraine = parse_reference("Constitutional Court of Ukraine, Decision No. 13-r/2020, 27 October 2020, available at: "
                              "https://ccu.gov.ua/docs/3513, accessed 2 November 2020.")
    assert (ukraine["type"], ukraine["authority"], ukraine["number"]) == \
        ("legal_case", "Constitutional Court of Ukraine", "Decision No. 13-r/2020")
    assert ukraine["issued"] == {"date-parts": [[2020, 10, 27]]} and ukraine["URL"] == "https://ccu.gov.ua/docs/3513"
    assert "container-title" not in ukraine
    moldova = parse_reference("Supreme Court of the Republic of Moldova, Judgment No. 4-1re-123/2019, 3 July 2019.")
    assert (moldova["authority"], moldova["number"]) == ("Supreme Court of the Republic of Moldova",
                                                        "Judgment No. 4-1re-123/2019")
    russia = parse_reference("Конституционный Суд РФ, Постановление № 12-П, 14 июля 2015 г.")
    assert (russia["type"], russia["authority"], russia["number"]) == \
        ("legal_case", "Конституционный Суд РФ", "Постановление № 12-П")
    assert russia["issued"] == {"date-parts": [[2015, 7, 14]]} and "container-title" not in russia


def test_a_law_named_by_kind_issuer_and_number_is_titled_by_them():
    zakon = parse_reference("Zakon Ukrainy No. 2704-VIII ‘Pro zabezpechennia funktsionuvannia ukrainskoi movy yak "
                            "derzhavnoi’, 25 April 2019, available at: https://zakon.rada.gov.ua/laws/show/2704-19, "
                            "accessed 12 May 2019.")
    assert (zakon["type"], zakon["title"]) == (
        "legislation", "Zakon Ukrainy No. 2704-VIII ‘Pro zabezpechennia funktsionuvannia ukrainskoi movy yak derzhavnoi’")
    assert "author" not in zakon and zakon["issued"] == {"date-parts": [[2019, 4, 25]]}
    law = parse_reference("Law of Ukraine No. 1207-VII ‘On Ensuring the Rights and Freedoms of Citizens on the "
                          "Temporarily Occupied Territory of Ukraine’, 15 April 2014.")
    assert law["type"] == "legislation" and law["title"].startswith("Law of Ukraine No. 1207-VII ‘On Ensuring")


@pytest.mark.parametrize("text,title,issued", [
    ("Ukaz Prezidenta Rossiiskoi Federatsii ot 7 maya 2018 g. No. 204, available at: http://www.kremlin.ru/acts/bank/43027, "
     "accessed 2 June 2018.", "Ukaz Prezidenta Rossiiskoi Federatsii ot 7 maya 2018 g. No. 204", [[2018, 5, 7]]),
    ("Ukaz Prezidenta Rossiiskoi Federatsii ot 5 marta 2020 g. No. 164.",
     "Ukaz Prezidenta Rossiiskoi Federatsii ot 5 marta 2020 g. No. 164", [[2020, 3, 5]]),
    ("Federal'nyi zakon ot 06.10.2003 No. 131-FZ.", "Federal'nyi zakon ot 06.10.2003 No. 131-FZ", [[2003, 10, 6]]),
    ("Ukaz Prezidenta RF No. 683, 31 December 2015.", "Ukaz Prezidenta RF No. 683", [[2015, 12, 31]]),
    ("Presidential Decree No. 204, 7 May 2018.", "Presidential Decree No. 204", [[2018, 5, 7]]),
])
def test_an_act_cited_by_kind_issuer_and_number_alone_is_titled_by_them(text, title, issued):
    # with no name of its own after the number, the title had been cut before the date ('... ot 7 maya 2018 g.', the
    # number alone its number) or lost to a note, 'ot' ended it, or the act was a journal's issue ('Presidential
    # Decree', issue 204)
    item = parse_reference(text)
    assert (item["type"], item["title"]) == ("legislation", title)
    assert item.get("issued", {}).get("date-parts") == issued
    assert not {"number", "container-title", "issue", "note"} & set(item)


@pytest.mark.parametrize("text,title,section", [
    ("Law of Mongolia on Minerals, 8 July 2006, art. 5.", "Law of Mongolia on Minerals", "5"),
    ("Law of the Republic of Tajikistan on Labour Migration, 16 June 2016.",
     "Law of the Republic of Tajikistan on Labour Migration", None),
])
def test_an_act_named_first_with_no_title_read_is_titled_by_its_first_clause(text, title, section):
    # the act's name had been a newspaper's (or a publisher's) and the item an article-newspaper
    item = parse_reference(text)
    assert (item["type"], item["title"], item.get("section")) == ("legislation", title, section)
    assert not {"container-title", "publisher"} & set(item)


@pytest.mark.parametrize("text,title,place", [
    ("Oyu Tolgoi Investment Agreement, Ulaanbaatar, 6 October 2009.", "Oyu Tolgoi Investment Agreement", "Ulaanbaatar"),
    ("Oyu Tolgoi Investment Agreement, Ulaanbaatar, 6 October 2009, Art. 2.", "Oyu Tolgoi Investment Agreement",
     "Ulaanbaatar"),
])
def test_a_name_closed_by_a_kind_of_document_is_its_title(text, title, place):
    # the agreement and its town had been one author ('Ulaanbaatar Oyu Tolgoi Investment Agreement')
    item = parse_reference(text)
    assert (item["title"], item["publisher-place"], item["issued"]) == (title, place, {"date-parts": [[2009, 10, 6]]})
    assert "author" not in item


def test_a_programme_on_a_tv_channel_is_a_broadcast_with_its_network_as_publisher():
    vesti = parse_reference("‘Vesti nedeli’, Rossiya 1, 24 November 2013.")
    assert (vesti["type"], vesti["title"], vesti["publisher"]) == ("broadcast", "Vesti nedeli", "Rossiya 1")
    assert "volume" not in vesti and "container-title" not in vesti
    assert vesti["issued"] == {"date-parts": [[2013, 11, 24]]}
    game = parse_reference("‘Bolshaya igra’, Pervyi kanal, 12 March 2019.")
    assert (game["type"], game["publisher"]) == ("broadcast", "Pervyi kanal")
    # an item on a channel's news site is a press item, as on a newspaper's
    web = parse_reference("‘ODKB: Ukraina pytaetsya zabrosit’ boevikov’, TV Tsentr, 22 April 2014, available at: "
                          "http://www.tvc.ru/news/show/id/37841, accessed 23 April 2014.")
    assert (web["type"], web["container-title"]) == ("article-newspaper", "TV Tsentr")


def test_a_year_closing_the_original_title_before_its_translation_stays_in_it():
    item = parse_reference("Rosstat. Rossiiskii statisticheskii ezhegodnik. 2020 [Russian statistical yearbook. 2020]. "
                           "Moscow, 2020. 700 p. (In Russ.)")
    assert item["original-title"] == "Rossiiskii statisticheskii ezhegodnik. 2020"
    assert item["title"] == "Russian statistical yearbook. 2020"
    assert (item["issued"], item["number-of-pages"]) == ({"date-parts": [[2020]]}, "700")


def test_a_bodys_linked_publication_with_place_and_year_is_a_report():
    review = parse_reference("Bank of Russia. [Financial stability review. Q4 2022 – Q1 2023]. Moscow, 2023. Available "
                             "at: https://www.cbr.ru/Collection/Collection/File/44014/OFS_2023-05.pdf (accessed: "
                             "20.06.2023).")
    assert (review["type"], review["author"], review["publisher-place"]) == \
        ("report", [{"literal": "Bank of Russia"}], "Moscow")
    # a body's undated page stays a web page
    page = parse_reference("[On the results of foreign trade of the EAEU in 2022]. Eurasian Economic Commission. "
                           "Available at: https://eec.eaeunion.org/news/itogi-vneshney-torgovli-2022/ (accessed "
                           "17.03.2023). (In Russ.)")
    assert page["type"] == "webpage"


def test_a_courts_decision_with_its_subject_after_the_number_takes_it_as_title():
    item = parse_reference("Constitutional Court of the Republic of Moldova, Judgment No. 36 on the interpretation of "
                           "Article 13 (1) of the Constitution, 5 December 2013.")
    assert (item["type"], item["authority"], item["number"]) == \
        ("legal_case", "Constitutional Court of the Republic of Moldova", "Judgment No. 36")
    assert item["title"] == "on the interpretation of Article 13 (1) of the Constitution"
    assert item["issued"] == {"date-parts": [[2013, 12, 5]]}


def test_a_math_review_number_goes_to_note():
    article = parse_reference("[12] J. Bourgain, On the distribution of Dirichlet sums, J. Anal. Math. 60 (1993), "
                              "21–32. MR1253227")
    assert article["page"] == "21-32" and article["note"] == "MR1253227"
    assert (article["container-title"], article["volume"]) == ("J. Anal. Math.", "60")
    older = parse_reference("[3] M. F. Atiyah and I. G. Macdonald, Introduction to commutative algebra, Addison-Wesley, "
                            "Reading, MA, 1969. MR0242802 (39 #4129)")
    assert older["note"] == "MR0242802 (39 #4129)" and "number" not in older
    zbmath = parse_reference("[5] R. Hartshorne, Stable reflexive sheaves, Math. Ann. 254 (1980), no. 2, 121–176. "
                             "Zbl 0431.14004")
    assert (zbmath["issue"], zbmath["page"], zbmath["note"]) == ("2", "121-176", "Zbl 0431.14004")


def test_an_elibrary_edn_goes_to_note():
    gost = parse_reference("Кузнецов А. В. Евразийская интеграция // Вестник Финансового университета. 2019. Т. 23, "
                           "№ 4. С. 56–70. EDN: XYZABC.")
    assert gost["note"] == "EDN: XYZABC."
    assert "publisher" not in gost and "publisher-place" not in gost
    assert (gost["volume"], gost["issue"], gost["page"]) == ("23", "4", "56-70")
    refs = parse_reference("Kapustin B.G. [On the concept of political legitimacy]. Polis. Politicheskie issledovaniya "
                           "= Polis. Political Studies, 2022, no. 3, pp. 8–24. DOI: 10.17976/jpps/2022.03.02. EDN: "
                           "FJXKQT (In Russ.)")
    assert refs["note"] == "EDN: FJXKQT" and refs["DOI"] == "10.17976/jpps/2022.03.02"


def test_a_gost_act_before_its_container_keeps_its_date_and_number_in_the_title():
    item = parse_reference("Об утверждении Концепции национальной безопасности Республики Беларусь : постановление "
                           "Всебелорусского народного собрания от 25 апр. 2024 г. № 5 // Национальный правовой "
                           "Интернет-портал Республики Беларусь. – URL: https://pravo.by/document/?guid=12551&p0=P924v0005 "
                           "(дата обращения: 10.05.2024).")
    assert item["type"] == "legislation"
    assert item["title"].endswith("постановление Всебелорусского народного собрания от 25 апр. 2024 г. № 5")
    assert "issue" not in item and item["issued"] == {"date-parts": [[2024, 4, 25]]}
    assert item["container-title"] == "Национальный правовой Интернет-портал Республики Беларусь"


def test_a_linked_book_from_a_publishing_house_named_with_a_body_word_stays_a_book():
    item = parse_reference("Satpayev D. [Kazakhstan's political elite]. Almaty, Service Press Publ., 2014. Available at: "
                           "http://www.risk.kz/elite.pdf (accessed 3 March 2016).")
    assert (item["type"], item["publisher"], item["publisher-place"]) == ("book", "Service Press Publ.", "Almaty")


def test_a_policy_memo_series_is_a_reports_genre_and_number():
    item = parse_reference("Max Bader, “Moldova’s Europeanization,” PONARS Eurasia Policy Memo No. 712 (Washington, "
                           "DC: PONARS Eurasia, 2021), 3.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "PONARS Eurasia Policy Memo", "712")
    assert "container-title" not in item and item["publisher"] == "PONARS Eurasia"


def test_estonian_shelfmarks_number_the_inventory_n():
    """ERA and ERAF print fond, nimistu, säilik, leht: 'f. R-1, n. 16, s. 204, l. 31'."""
    letter = parse_reference("Letter of the Council of Ministers of the Estonian SSR to Gosplan USSR, 4 March 1965, "
                             "ERA, f. R-1, n. 16, s. 204, l. 31–33.")
    assert (letter["type"], letter["archive"], letter["archive_location"]) == \
        ("manuscript", "ERA", "f. R-1, n. 16, s. 204, l. 31–33")
    assert letter["title"] == "Letter of the Council of Ministers of the Estonian SSR to Gosplan USSR"
    assert letter["issued"] == {"date-parts": [[1965, 3, 4]]}


def test_an_archival_paper_the_tagger_left_in_note_is_titled():
    item = parse_reference("Protocol No. 3 of the session of the Presidium of the Supreme Soviet of the Lithuanian SSR, "
                           "11 March 1990, LCVA, f. R-758, ap. 1, b. 12, l. 33.")
    assert item["title"] == "Protocol No. 3 of the session of the Presidium of the Supreme Soviet of the Lithuanian SSR"
    assert (item["type"], item["archive"], item["issued"]) == ("manuscript", "LCVA", {"date-parts": [[1990, 3, 11]]})
    assert "note" not in item


def test_a_gost_work_in_books_gives_its_book_as_volume():
    item = parse_reference("Соловьев С. М. История России с древнейших времен : в 18 кн. Кн. 4. – М. : Мысль, 1989. "
                           "– 783 с.")
    assert (item["type"], item["title"], item["volume"]) == ("book", "История России с древнейших времен: в 18 кн.", "4")
    assert (item["publisher-place"], item["publisher"], item["number-of-pages"]) == ("М.", "Мысль", "783")
    assert "container-title" not in item


def test_a_table_cited_beside_the_pages_goes_to_note():
    """'2021, table 5.2, p. 143': the table points inside the work as a pinpoint does; it was run
    into the page or read as a volume."""
    note = parse_reference("Belstat, ‘Labour and Employment in the Republic of Belarus’, Minsk, 2020, Table 3.4, "
                           "pp. 56–57.")
    assert (note["page"], note["note"]) == ("56-57", "Table 3.4")
    assert "volume" not in note
    book = parse_reference("Rosstat, Regiony Rossii (Moscow: Rosstat, 2019), tab. 12, p. 40.")
    assert (book["page"], book["note"]) == ("40", "tab. 12")


def test_a_statistics_offices_yearbook_in_references_is_a_report():
    """References print a statistics office's yearbook under the office's short name ('Belstat.',
    'Ukrstat.'): a body's report, as 'Rosstat.' is; a notes-style yearbook in quotes stays a document."""
    yearbook = parse_reference("Ukrstat. Statystychnyi shchorichnyk Ukrainy za 2019 rik [Statistical yearbook of "
                               "Ukraine for 2019]. Kyiv, 2020. 464 p. (In Ukr.)")
    assert (yearbook["type"], yearbook["author"]) == ("report", [{"literal": "Ukrstat"}])
    assert yearbook["title"] == "Statistical yearbook of Ukraine for 2019"
    quoted = parse_reference("National Statistical Office of Mongolia, ‘Mongolian Statistical Yearbook 2020’, "
                             "Ulaanbaatar, 2021, p. 143.")
    assert quoted["type"] == "document"


def test_gost_thesis_university_abbreviated_and_ukrainian_patronymic():
    """'/ Бойко Олена Дмитрівна ; Київський нац. ун-т.': the heading's author again (a Ukrainian
    patronymic), then the university ('ун-т' is a body as 'университет' is), which publishes it."""
    thesis = parse_reference("Бойко О. Д. Історія державної служби в Україні : дис. … д-ра іст. наук : 07.00.01 / "
                             "Бойко Олена Дмитрівна ; Київський нац. ун-т. – Київ, 2014. – 412 с.")
    assert [a["family"] for a in thesis["author"]] == ["Бойко"]
    assert (thesis["publisher"], thesis["publisher-place"]) == ("Київський нац. ун-т", "Київ")


def test_gost_work_under_its_title_with_authors_after_the_slash():
    """GOST 7.0.100 puts a work by four or more authors under its title: 'Title / Л. Н. Симонова,
    А. Н. Пятаков [и др.]. — Москва : ...'; the tagger had run the title into the first name."""
    book = parse_reference("Региональная интеграция в Латинской Америке / Л. Н. Симонова, А. Н. Пятаков, "
                           "В. Л. Хейфец [и др.]. — Москва : ИЛА РАН, 2017. — 264 с.")
    assert book["title"] == "Региональная интеграция в Латинской Америке"
    assert [a["family"] for a in book["author"]] == ["Симонова", "Пятаков", "Хейфец"]
    assert (book["publisher"], book["number-of-pages"]) == ("ИЛА РАН", "264")


def test_a_body_named_in_spanish_before_a_quoted_title_is_its_author():
    """'Ministerio de Relaciones Exteriores y Culto, ‘...’': the small words inside a body's name
    ('de', 'del', 'para', 'y') are those of its language; the name had been run into the title."""
    note = parse_reference("Ministerio de Relaciones Exteriores y Culto, ‘Comunicado sobre la situación en Nicaragua’, "
                           "San José, 5 May 2021.")
    assert note["author"] == [{"literal": "Ministerio de Relaciones Exteriores y Culto"}]
    assert (note["type"], note["title"]) == ("document", "Comunicado sobre la situación en Nicaragua")


def test_a_newspapers_numbered_issue_dated_to_the_day_is_a_press_item():
    """Russian papers print their issue number: 'Nezavisimaya gazeta, no. 221, 19 October 2021'
    is a newspaper article with that issue, not a journal article."""
    note = parse_reference("Olga Ivanova, ‘Gaz dlya Moldovy’, Nezavisimaya gazeta, no. 221, 19 October 2021, p. 2.")
    assert (note["type"], note["container-title"], note["issue"]) == ("article-newspaper", "Nezavisimaya gazeta", "221")
    assert note["issued"] == {"date-parts": [[2021, 10, 19]]}


def test_a_case_cited_by_its_application_number():
    """The European Court of Human Rights' style: parties, application number, date; a court named
    first is the authority, the Grand Chamber's '[GC]' goes to note."""
    case = parse_reference("European Court of Human Rights, Navalnyy v. Russia, Application Nos. 29580/12 and 4 others, "
                           "15 November 2018, available at: https://hudoc.echr.coe.int/eng?i=001-187605, "
                           "accessed 1 December 2018.")
    assert (case["type"], case["title"], case["authority"]) == \
        ("legal_case", "Navalnyy v. Russia", "European Court of Human Rights")
    assert case["number"] == "Application Nos. 29580/12 and 4 others"
    assert (case["issued"], case["URL"]) == ({"date-parts": [[2018, 11, 15]]}, "https://hudoc.echr.coe.int/eng?i=001-187605")
    grand = parse_reference("Chiragov and Others v. Armenia [GC], no. 13216/05, 16 June 2015.")
    assert (grand["type"], grand["title"], grand["number"], grand["note"]) == \
        ("legal_case", "Chiragov and Others v. Armenia", "no. 13216/05", "[GC]")


def test_a_case_with_its_court_after_the_parties():
    """'Parties, ECtHR, Application No. ..., date': the court named after the parties is the
    authority as one named before them is (the note was read as an article in a journal 'ECtHR')."""
    case = parse_reference("Catan and Others v. the Republic of Moldova and Russia, European Court of Human Rights, "
                           "Application No. 43370/04, 19 October 2012.")
    assert (case["type"], case["title"], case["authority"], case["number"]) == \
        ("legal_case", "Catan and Others v. the Republic of Moldova and Russia", "European Court of Human Rights",
         "Application No. 43370/04")
    assert case["issued"] == {"date-parts": [[2012, 10, 19]]}
    short = parse_reference("Ilascu and Others v. Moldova and Russia, ECtHR, App. no. 48787/99, 8 July 2004.")
    assert (short["type"], short["authority"], short["number"]) == ("legal_case", "ECtHR", "App. no. 48787/99")


@pytest.mark.parametrize("text,court,number", [
    ("Supreme Court of Lithuania, Ruling in Civil Case No. e3K-3-112-684/2021, 8 April 2021.",
     "Supreme Court of Lithuania", "Ruling in Civil Case No. e3K-3-112-684/2021"),
    ("Arbitrazhnyi sud goroda Moskvy, Reshenie po delu No. A40-123456/2019, 12 March 2020.",
     "Arbitrazhnyi sud goroda Moskvy", "Reshenie po delu No. A40-123456/2019"),
    ("Verkhovnyi sud Rossiiskoi Federatsii, Opredelenie No. 5-KG20-12, 3 June 2020, available at: "
     "https://vsrf.ru/stor_pdf.php?id=1891234, accessed 10 July 2020.", "Verkhovnyi sud Rossiiskoi Federatsii",
     "Opredelenie No. 5-KG20-12"),
])
def test_a_courts_act_in_a_named_kind_of_case_or_in_transliteration_is_a_legal_case(text, court, number):
    # a civil (criminal, administrative) case, and the transliterated court ('sud') and act ('Reshenie po delu',
    # 'Opredelenie'), had hidden the decision: a document by the court, or two people ('Moskvy', 'A40-123456/2019')
    item = parse_reference(text)
    assert (item["type"], item["authority"], item["number"]) == ("legal_case", court, number)
    assert "author" not in item and len(item["issued"]["date-parts"][0]) == 3


@pytest.mark.parametrize("text,title,decision", [
    ("International Court of Justice, Application of the International Convention on the Elimination of All Forms of "
     "Racial Discrimination (Armenia v. Azerbaijan), Order of 7 December 2021.",
     "Application of the International Convention on the Elimination of All Forms of Racial Discrimination "
     "(Armenia v. Azerbaijan)", "Order"),
    ("International Court of Justice, Application of the International Convention on the Elimination of All Forms of "
     "Racial Discrimination (Azerbaijan v. Armenia), Provisional Measures, Order of 7 December 2021, available at: "
     "https://www.icj-cij.org/case/181, accessed 3 January 2022.",
     "Application of the International Convention on the Elimination of All Forms of Racial Discrimination "
     "(Azerbaijan v. Armenia)", "Provisional Measures, Order"),
])
def test_a_case_named_by_its_subject_and_parties_is_a_legal_case(text, title, decision):
    # the court had been the author of a document titled up to ', Order' (a container 'Provisional Measures, Order of')
    item = parse_reference(text)
    assert (item["type"], item["authority"], item["title"]) == ("legal_case", "International Court of Justice", title)
    assert item["issued"] == {"date-parts": [[2021, 12, 7]]} and item["note"] == decision
    assert not {"author", "container-title", "number"} & set(item)


def test_a_criminal_courts_verdict_cited_by_its_number_is_a_legal_case():
    """A criminal court's 'Verdict No.' (Russian 'Приговор') is a court's act as its 'Decision No.' is: the
    court the authority, not a document's publisher."""
    verdict = parse_reference("Nukus City Court, Verdict No. 1-1201-2204/87, 14 November 2022, available at: "
                              "https://sud.uz/case/1-1201-2204-87/, accessed 2 December 2022.")
    assert (verdict["type"], verdict["authority"], verdict["number"]) == \
        ("legal_case", "Nukus City Court", "Verdict No. 1-1201-2204/87")
    assert verdict["issued"] == {"date-parts": [[2022, 11, 14]]}
    assert verdict["accessed"] == {"date-parts": [[2022, 12, 2]]}
    prigovor = parse_reference("Мещанский районный суд г. Москвы, Приговор № 1-123/2020, 12 марта 2020 г.")
    assert (prigovor["type"], prigovor["authority"], prigovor["number"]) == \
        ("legal_case", "Мещанский районный суд г. Москвы", "Приговор № 1-123/2020")


@pytest.mark.parametrize("text,court,act,date", [
    ("Constitutional Court of the Republic of Latvia, Judgment in Case No. 2019-12-01, 23 January 2020, available at: "
     "https://www.satv.tiesa.gov.lv/en/cases/2019-12-01, accessed 4 March 2020.",
     "Constitutional Court of the Republic of Latvia", "Judgment in Case No. 2019-12-01", [2020, 1, 23]),
    ("Supreme Court of Ukraine, Decision in the case No. 826/1462/17, 11 September 2019.",
     "Supreme Court of Ukraine", "Decision in the case No. 826/1462/17", [2019, 9, 11]),
])
def test_a_courts_act_naming_its_case_number_is_a_legal_case(text, court, act, date):
    # 'in Case' between the act and its number had left the court a document's author and 'Judgment in Case' its title
    item = parse_reference(text)
    assert (item["type"], item["authority"], item["number"]) == ("legal_case", court, act)
    assert item["issued"] == {"date-parts": [date]} and "title" not in item and "author" not in item


def test_gost_newspaper_with_its_issue_number_before_the_day():
    """'// Коммерсантъ. 2021. № 190. 19 окт. С. 7.': the paper's issue number between the year and the
    day; the day and month complete the date (they had become the page and a note)."""
    item = parse_reference("Иванов И. Газ для Молдавии // Коммерсантъ. 2021. № 190. 19 окт. С. 7.")
    assert (item["type"], item["issue"], item["page"]) == ("article-newspaper", "190", "7")
    assert item["issued"] == {"date-parts": [[2021, 10, 19]]}
    dashed = parse_reference("Гамова С. Кишинев выбирает Брюссель // Независимая газета. – 2022. – № 131. – 24 июня. "
                             "– С. 5.")
    assert (dashed["issued"], dashed["issue"], dashed["page"]) == ({"date-parts": [[2022, 6, 24]]}, "131", "5")
    assert "note" not in dashed


def test_a_soft_sign_before_a_quoted_titles_colon_does_not_close_it():
    """'‘Ukraina i Belarus’: dva puti’, Vedomosti': the first '’' is the soft sign of 'Belarus’';
    the quotation closes at the later '’,' (the rest had become the periodical's name)."""
    note = parse_reference("Oleg Kashin, ‘Ukraina i Belarus’: dva puti’, Vedomosti, no. 45, 14 March 2019, p. 7.")
    assert (note["title"], note["container-title"]) == ("Ukraina i Belarus’: dva puti", "Vedomosti")
    unsigned = parse_reference("‘Moldova i Rus’: novyi etap’, Kommersant, 3 May 2021.")
    assert (unsigned["title"], unsigned["container-title"]) == ("Moldova i Rus’: novyi etap", "Kommersant")


def test_a_bodys_act_cited_by_kind_and_number_with_no_title():
    """'Cabinet of Ministers of Ukraine, Resolution No. 1035, 14 December 2016': the body that issued
    the act publishes it (it had been read as a newspaper); Ukrainian 'Postanova' is an act's kind as
    'Postanovlenie' is (the number had been run into the periodical's name)."""
    cabinet = parse_reference("Cabinet of Ministers of Ukraine, Resolution No. 1035, 14 December 2016.")
    assert (cabinet["type"], cabinet["publisher"], cabinet["number"]) == \
        ("document", "Cabinet of Ministers of Ukraine", "Resolution No. 1035")
    assert "container-title" not in cabinet
    rada = parse_reference("Verkhovna Rada of Ukraine, Postanova No. 1500-IX, 4 June 2021.")
    assert (rada["type"], rada["number"], rada["issued"]) == \
        ("document", "Postanova No. 1500-IX", {"date-parts": [[2021, 6, 4]]})


def test_an_untitled_run_with_words_no_name_has_is_the_title():
    """'Stenogramma zasedaniya Gosudarstvennoi Dumy, 12 February 2020, ...': a transliterated title
    printed without quotes, which the tagger took for an author's name, is the title; names with
    particles or 'et al.' stay authors."""
    record = parse_reference("Stenogramma zasedaniya Gosudarstvennoi Dumy, 12 February 2020, available at: "
                             "http://transcript.duma.gov.ru/node/5372/, accessed 5 March 2020.")
    assert record["title"] == "Stenogramma zasedaniya Gosudarstvennoi Dumy"
    assert "author" not in record and record["issued"] == {"date-parts": [[2020, 2, 12]]}
    assert parse_reference("Chapman et al., Epilepsy Res., 1991, 9, 92-96")["author"][0]["family"] == "Chapman"


def test_a_language_marks_abstract_statement_stays_in_note():
    """'(In Russ., abstract in Engl.)' sets the language; what it says of the abstract has no CSL
    field and is kept in note rather than lost."""
    item = parse_reference("Sidorov A.A. [Oil revenues and the budget rule]. Voprosy Ekonomiki, 2020, no. 3, "
                           "pp. 5–24. (In Russ., abstract in Engl.)")
    assert (item["language"], item["note"]) == ("ru", "abstract in Engl.")
    assert "note" not in parse_reference("Sidorov A.A. [Oil revenues and the budget rule]. Voprosy Ekonomiki, "
                                         "2020, no. 3, pp. 5–24. (In Russ.)")


def test_gost_act_headed_by_its_kind_keeps_date_and_number_before_the_gazette():
    """'Решение Конституционного суда Республики Молдова от 5 дек. 2013 г. № 36 // Monitorul Oficial.
    – 2014. – № 33–35.': the act's date and number belong to its title; the gazette's year and issue
    are the item's (the title had been cut at 'дек', 2013 taken as the date and 36 as the issue)."""
    act = parse_reference("Решение Конституционного суда Республики Молдова от 5 дек. 2013 г. № 36 // "
                          "Monitorul Oficial. – 2014. – № 33–35.")
    assert act["title"] == "Решение Конституционного суда Республики Молдова от 5 дек. 2013 г. № 36"
    assert (act["container-title"], act["issued"]) == ("Monitorul Oficial", {"date-parts": [[2014]]})


def test_ukrainian_apa_place_and_publisher_before_the_language_mark():
    """Ukrainian journals' APA references close with '[in Ukrainian]': between the sentence's 'City:'
    and that mark stands the publisher (it had been cut to 'Naukova', or run into the original title)."""
    book = parse_reference("Heiets, V. M. (2019). Ekonomika Ukrainy: stratehichni vyklyky [Economy of Ukraine: "
                           "strategic challenges]. Kyiv: Naukova dumka [in Ukrainian].")
    assert (book["publisher-place"], book["publisher"], book["language"]) == ("Kyiv", "Naukova dumka", "uk")
    assert "note" not in book
    other = parse_reference("Lysenko, O. (2018). Derzhavne upravlinnia [Public administration]. Lviv: Vydavnytstvo "
                            "Lvivskoi politekhniky [in Ukrainian].")
    assert (other["type"], other["title"], other["original-title"]) == ("book", "Public administration", "Derzhavne upravlinnia")
    assert (other["publisher-place"], other["publisher"]) == ("Lviv", "Vydavnytstvo Lvivskoi politekhniky")


def test_author_date_press_item_under_the_papers_name():
    """Chicago author-date with no byline: 'Vedomosti. 2022. “Title.” September 16.' names the paper
    in the author's place; it is the periodical (the item had been a document by 'Vedomosti')."""
    item = parse_reference("Vedomosti. 2022. “Tsentrobank snizil stavku.” September 16. "
                           "https://www.vedomosti.ru/finance/articles/2022/09/16/941042-tsb.")
    assert (item["type"], item["container-title"], item["title"]) == \
        ("article-newspaper", "Vedomosti", "Tsentrobank snizil stavku")
    assert item["issued"] == {"date-parts": [[2022, 9, 16]]} and "author" not in item


@pytest.mark.parametrize("text,place,publisher", [
    ("Cornell, S. E. (2011) Azerbaijan since Independence (Armonk, NY, M. E. Sharpe).", "Armonk, NY", "M. E. Sharpe"),
    ("Rumer, B. (2005) Central Asia at the End of the Transition (Armonk, NY, M.E. Sharpe).", "Armonk, NY",
     "M.E. Sharpe"),
])
def test_a_harvard_imprint_in_brackets_with_a_state_and_no_year(text, place, publisher):
    # Europe-Asia Studies' "(Place, Publisher)" with the town's state before the publisher: the initials
    # of "M. E. Sharpe" had made the bracket authors and the book a document
    item = parse_reference(text)
    assert (item["type"], item["publisher-place"], item["publisher"]) == ("book", place, publisher)
    assert len(item["author"]) == 1


@pytest.mark.parametrize("text,title", [
    ("Zakon Belorusskoi SSR “O pravovom rezhime territorii, podvergshikhsia radioaktivnomu zagriazneniiu,” "
     "no. 1227-XII, November 12, 1991.",
     "Zakon Belorusskoi SSR “O pravovom rezhime territorii, podvergshikhsia radioaktivnomu zagriazneniiu”"),
    ("Zakon Respubliki Kazakhstan “O iazykakh v Respublike Kazakhstan,” July 11, 1997.",
     "Zakon Respubliki Kazakhstan “O iazykakh v Respublike Kazakhstan”"),
])
def test_an_act_named_by_its_kind_and_issuer_before_its_quoted_name(text, title):
    # the act's kind and issuer with no number right after them had been read as an author
    # ("Zakon Belorusskoi", "S.S.R."); Chicago's comma inside the closing quote is the sentence's
    item = parse_reference(text)
    assert (item["type"], item["title"]) == ("legislation", title)
    assert "author" not in item


def test_a_comma_inside_a_closing_quote_ends_no_field():
    item = parse_reference("Hankinson, Andrew. “An Introduction to Tools.” Presentation at the IAML/IMS Congress "
                           "“Musical Research in the Digital Age,” New York, USA, June 21-26, 2015.")
    assert item["container-title"].endswith("Digital Age”")


@pytest.mark.parametrize("text,series,number", [
    ("‘Post-war Prospects for Nagorno-Karabakh’, International Crisis Group, Europe Report No. 264, 9 June 2021, "
     "available at: https://www.crisisgroup.org/europe-central-asia/caucasus/264-post-war-prospects, "
     "accessed 12 January 2022.", "Europe Report", "264"),
    ("‘Kyrgyzstan: Widening Ethnic Divisions in the South’, International Crisis Group, Asia Report No. 222, "
     "29 March 2012, available at: https://www.crisisgroup.org/asia/222-kyrgyzstan, accessed 3 May 2013.",
     "Asia Report", "222"),
])
def test_a_notes_series_named_after_the_issuing_body(text, series, number):
    # the region word before 'Report' names the series, it is no part of the body's name
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item["genre"], item["number"]) == (
        "report", "International Crisis Group", series, number)


@pytest.mark.parametrize("text,number", [
    ("International Crisis Group, ‘Ukraine: The Line’, Europe and Central Asia Report No. 256, Brussels, 18 July "
     "2019, available at: https://www.crisisgroup.org/europe-central-asia/eastern-europe/ukraine/256-ukraine-line, "
     "accessed 2 August 2019.", "256"),
    ("Human Rights Watch, ‘Kazakhstan: Killings, Excessive Use of Force in Almaty’, Europe and Central Asia Report "
     "No. 4, New York, 26 January 2022, available at: https://www.hrw.org/report/2022/01/26/kazakhstan, accessed "
     "1 February 2022.", "4"),
])
def test_a_bodys_series_numbered_no_is_a_report_not_a_periodical(text, number):
    # the tagger kept 'No. 256' in the series' name and took it for a newspaper (or a book) the body wrote in
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"]) == ("report", "Europe and Central Asia Report", number)
    assert "container-title" not in item


@pytest.mark.parametrize("text,series,number", [
    ("International Crisis Group, ‘Ukraine: Decentralisation and the Donbas’, Europe and Central Asia Report No. 254, "
     "23 April 2019.", "Europe and Central Asia Report", "254"),
    ("Norwegian Institute of International Affairs, ‘Baltic Gas after Klaipėda’, Energy and Security Working Paper "
     "No. 3, 14 February 2017.", "Energy and Security Working Paper", "3"),
])
def test_words_run_on_into_a_series_word_are_the_series_name(text, series, number):
    # the tagger split the name before 'Report' ('Working Paper') off as a container, then read it as the publisher
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"]) == ("report", series, number)
    assert "publisher" not in item and "container-title" not in item


def test_who_conducted_an_interview_is_no_part_of_its_title():
    own = parse_reference("Interview with a former chair of a village soviet in Brahin district, conducted by the "
                          "author, Homel′, July 12, 2018.")
    assert own["title"] == "Interview with a former chair of a village soviet in Brahin district"
    assert (own["note"], own["publisher-place"]) == ("conducted by the author", "Homel′")
    other = parse_reference("Interview with Aigul Bekova, conducted by Nurlan Sadykov, Bishkek, 3 June 2019.")
    assert other["title"] == "Interview with Aigul Bekova"
    assert other["interviewer"] == [{"family": "Sadykov", "given": "Nurlan"}]
    assert validate({**other, "id": "bekova2019"}) == []



@pytest.mark.parametrize("text,means", [
    ("Interview with a local journalist, conducted by telephone, 3 June 2019.", "conducted by telephone"),
    ("Interview with a local journalist, conducted via Zoom, 3 June 2019.", "conducted via Zoom"),
    ("Interview with an official, conducted by Skype, 3 June 2019.", "conducted by Skype"),
])
def test_the_means_an_interview_was_conducted_by_is_no_interviewer(text, means):
    item = parse_reference(text)
    assert "interviewer" not in item and item["note"] == means and "conducted" not in item["title"]


@pytest.mark.parametrize("text,title", [
    ("Author’s WhatsApp interview with a Tajik construction worker in St Petersburg, 2 May 2020.",
     "Author’s WhatsApp interview with a Tajik construction worker in St Petersburg"),
    ("Author’s Skype interview with a Tajik labour migrant in Saint Petersburg, 3 February 2018.",
     "Author’s Skype interview with a Tajik labour migrant in Saint Petersburg"),
    ("Author’s interview with a Tajik labour migrant in St. Petersburg, 3 February 2018.",
     "Author’s interview with a Tajik labour migrant in St. Petersburg"),
])
def test_a_town_inside_an_interviews_description_stays_in_its_title(text, title):
    # the town the description names after 'in' (no comma before it) had been cut off as the place, the title
    # ending in 'in' or 'in Saint'; a WhatsApp interview was no interview's head at all
    item = parse_reference(text)
    assert (item["type"], item["title"]) == ("interview", title)
    assert "publisher-place" not in item


@pytest.mark.parametrize("text,name", [
    ("Interview with Archbishop Ezras Nersisyan, head of the Russian Diocese of the Armenian Apostolic Church, Moscow, "
     "14 May 2018.", {"family": "Nersisyan", "given": "Ezras"}),
    ("Interview with Ambassador Peter Burian, EU Special Representative for Central Asia, Brussels, 3 May 2019.",
     {"family": "Burian", "given": "Peter"}),
    # military ranks, retired ones too: the rank had been the name ('Colonel', 'Lieutenant General', 'Captain Andrei')
    ("Interview with Colonel (retd.) Viktor Baranets, military commentator, Moscow, 2 February 2013.",
     {"family": "Baranets", "given": "Viktor"}),
    ("Interview with Lieutenant General (ret.) Leonid Ivashov, Moscow, 3 March 2014.",
     {"family": "Ivashov", "given": "Leonid"}),
    ("Interview with Captain Andrei Petrov, Northern Fleet, Severomorsk, 12 August 2019.",
     {"family": "Petrov", "given": "Andrei"}),
])
def test_an_interviewees_rank_is_no_part_of_the_name(text, name):
    # the rank had become a given name ('Archbishop Ezras')
    assert parse_reference(text)["author"] == [name]


def test_an_interview_by_the_author_with_a_named_official_over_zoom():
    # 'Interview by the author with' was no interview's head: the affiliation was split off and glued back with a
    # comma ('State Migration, Service of ...'), 'via Zoom' stayed in the title and the interviewee was no author
    item = parse_reference("Interview by the author with Nurlan Abdrakhmanov, deputy head of the State Migration Service "
                           "of Kazakhstan, via Zoom, 2 November 2021.")
    assert item["title"] == ("Interview by the author with Nurlan Abdrakhmanov, deputy head of the State Migration "
                             "Service of Kazakhstan")
    assert item["author"] == [{"family": "Abdrakhmanov", "given": "Nurlan"}]
    assert (item["note"], item["issued"]) == ("via Zoom", {"date-parts": [[2021, 11, 2]]})
    phone = parse_reference("Author’s interview with a regional official, by telephone, 3 June 2019.")
    assert (phone["title"], phone["note"]) == ("Author’s interview with a regional official", "by telephone")


@pytest.mark.parametrize("text,title,book,editors", [
    ("Hancock K.J., Libman A. (2016) Eurasia. The Oxford Handbook of Comparative Regionalism (T.A. Börzel, "
     "T. Risse (eds)). Oxford: Oxford University Press, pp. 202–224.", "Eurasia",
     "The Oxford Handbook of Comparative Regionalism", ["Börzel", "Risse"]),
    ("Libman A. (2019) Russian Power Politics and the Eurasian Economic Union: The Real and the Imagined. Russia and "
     "Eurasian Regionalism (A. Libman, A. Obydenkova (eds.)). London: Routledge, pp. 80–98.",
     "Russian Power Politics and the Eurasian Economic Union: The Real and the Imagined",
     "Russia and Eurasian Regionalism", ["Libman", "Obydenkova"]),
])
def test_a_chapter_with_its_books_editors_in_brackets_after_the_book(text, title, book, editors):
    # HSE journals' References: the bracket closed by '(eds))' had been split between title and editors
    item = parse_reference(text)
    assert (item["type"], item["title"], item["container-title"]) == ("chapter", title, book)
    assert [e["family"] for e in item["editor"]] == editors


@pytest.mark.parametrize("text,series", [
    ("Shiriyev, Z. (2019) ‘Azerbaijan’s Relations with Russia: Closer by Default?’, Chatham House Research Paper "
     "(London, Royal Institute of International Affairs).", "Chatham House Research Paper"),
    ("Lain, S. (2016) ‘Strategies for Countering Terrorism and Extremism in Central Asia’, RUSI Occasional Paper "
     "(London, Royal United Services Institute).", "RUSI Occasional Paper"),
])
def test_a_paper_in_a_named_series_with_its_imprint_is_a_report(text, series):
    # the series had been read as the book a chapter is in; a collection cited 'in' stays a book
    item = parse_reference(text)
    assert (item["type"], item["genre"]) == ("report", series)
    assert "container-title" not in item
    chapter = parse_reference("Smith, J. (2001) ‘A Note on Trade’, in Selected Papers (London, Macmillan).")
    assert (chapter["type"], chapter["container-title"]) == ("chapter", "Selected Papers")


@pytest.mark.parametrize("span,literal", [
    ("Eurasian Development Bank (EDB)", "Eurasian Development Bank (EDB)"),
    ("National Statistics Office of Georgia (Geostat).", "National Statistics Office of Georgia (Geostat)"),
])
def test_a_body_named_with_its_acronym_in_brackets_keeps_the_closing_bracket(span, literal):
    assert parse_names(span) == [{"literal": literal}]


@pytest.mark.parametrize("series", ["RAND Report", "Research Report"])
def test_a_lettered_report_number_after_the_series_word_is_the_reports(series):
    # the number's letters and hyphen before its digits ('RR-1234-A') had hidden the series: a book published by
    # 'RAND Report RR-1234-A, RAND Corporation'
    item = parse_reference(f"Andrew Radin, ‘Russian Military Reform since 2008’, {series} RR-1234-A, RAND Corporation, "
                           "Santa Monica, CA, 2019.")
    assert (item["type"], item["genre"], item["number"], item["publisher"], item["publisher-place"]) == (
        "report", series, "RR-1234-A", "RAND Corporation", "Santa Monica, CA")


@pytest.mark.parametrize("text,series,number,publisher", [
    ("Maria Lipman, ‘Russia’s Nonpolitical Youth’, PONARS Eurasia Policy Memo No. 311, Elliott School, "
     "March 2014.", "PONARS Eurasia Policy Memo", "311", "Elliott School"),
    ("Andrei Kolesnikov, ‘The Russian Regime in 2019’, Carnegie Commentary No. 77 (Moscow: Carnegie Moscow Center, "
     "April 2019).", "Carnegie Commentary", "77", "Carnegie Moscow Center"),
    ("Fredrik Wesslau, ‘Moldova after the Elections’, ECFR Flash Scorecard No. 9, European Council on Foreign "
     "Relations, December 2016.", "ECFR Flash Scorecard", "9", "European Council on Foreign Relations"),
])
def test_a_think_tanks_series_named_by_its_own_words_with_a_number_is_a_report(text, series, number, publisher):
    # a series whose name holds no 'Paper' or 'Report' ('Kennan Cable No. 25') had been a journal with an issue
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"], item["publisher"]) == ("report", series, number, publisher)
    assert "container-title" not in item and "issue" not in item
    journal = parse_reference("Javier Corrales, ‘Authoritarian Survival’, Journal of Democracy No. 3 (2020): 39–53.")
    assert journal["type"] == "article-journal" and "genre" not in journal
    act = parse_reference("Government of Moldova, ‘On the State Programme’, Resolution No. 412, 8 June 2018.")
    assert "genre" not in act


@pytest.mark.parametrize("text,title,symbol", [
    ("UN Security Council, Provisional Record of the 7683rd Meeting, S/PV.7683, 28 April 2016, p. 6.",
     "Provisional Record of the 7683rd Meeting", "S/PV.7683"),
    ("UN General Assembly, Official Records, 68th Session, 80th Plenary Meeting, A/68/PV.80, 27 March 2014, p. 17.",
     "Official Records, 68th Session, 80th Plenary Meeting", "A/68/PV.80"),
])
def test_a_un_meetings_verbatim_record_is_a_document_named_before_its_symbol(text, title, symbol):
    # 'S/PV.7683' was no symbol, and the record's name (a 'Meeting') was read as a conference's proceedings
    item = parse_reference(text)
    assert (item["type"], item["title"], item["number"]) == ("document", title, symbol)
    assert item["author"] == [{"literal": text.split(",")[0]}] and "container-title" not in item


@pytest.mark.parametrize("text,body,title", [
    ("OSCE Mission to Moldova, ‘Statement on the Transdniestrian Settlement Talks’, Chişinău, 14 May 2019.",
     "OSCE Mission to Moldova", "Statement on the Transdniestrian Settlement Talks"),
    ("Permanent Mission of Ukraine to the United Nations, ‘Note Verbale on the Situation in Crimea’, New York, "
     "2 March 2022.", "Permanent Mission of Ukraine to the United Nations", "Note Verbale on the Situation in Crimea"),
])
def test_a_body_named_with_to_before_a_notes_quoted_title_is_its_author(text, body, title):
    # 'Mission to Moldova' had left the body in the title ('OSCE Mission to Moldova, ‘...’')
    item = parse_reference(text)
    assert (item["author"], item["title"]) == ([{"literal": body}], title)


@pytest.mark.parametrize("text,family,title", [
    ("This point is made most convincingly in Lucan Way, Pluralism by Default: Weak Autocrats and the Rise of "
     "Competitive Politics (Baltimore: Johns Hopkins University Press, 2015), pp. 45–50.",
     "Way", "Pluralism by Default: Weak Autocrats and the Rise of Competitive Politics"),
    ("The episode is discussed at length in Serhii Plokhy, The Gates of Europe: A History of Ukraine (New York: "
     "Basic Books, 2015), ch. 12.", "Plokhy", "The Gates of Europe: A History of Ukraine"),
])
def test_an_essay_clause_saying_where_an_idea_is_worked_out_is_the_notes_cue(text, family, title):
    # the clause had been run into the title and the author lost ('This point is made ... in Lucan Way, Pluralism ...')
    item = parse_reference(text)
    assert (item["author"][0]["family"], item["title"], item["type"]) == (family, title, "book")
    assert item["note"].startswith(text.split(" in ")[0])


@pytest.mark.parametrize("text", [
    "National Statistical Committee of the Republic of Belarus, ‘Labour and Employment in the Republic of Belarus’, "
    "Minsk, 2022, table 2.4.",
    "Statistics Lithuania, ‘Demographic Yearbook 2019’, Vilnius, 2020, Table 12.",
])
def test_a_table_that_ends_the_note_is_a_pinpoint_in_note_not_pages(text):
    # the table number's full stop had kept it from the rule, and 'table 2.4' became the pages
    item = parse_reference(text)
    assert "page" not in item
    assert text.rsplit(", ", 1)[1] in item["note"]


@pytest.mark.parametrize("text,office", [
    ("Belstat. Regiony Respubliki Belarus'. Sotsial'no-ekonomicheskie pokazateli [Regions of the Republic of Belarus. "
     "Socio-economic indicators]. Minsk, 2021. 752 p. (In Russ.)", "Belstat"),
    ("Ukrstat. Naselennia Ukrainy za 2020 rik [Population of Ukraine in 2020]. Kyiv, 2021. 140 p. (In Ukr.)", "Ukrstat"),
])
def test_a_statistics_offices_transliterated_collection_is_a_report_whatever_its_title(text, office):
    # only a title saying 'statistical yearbook' had made one a report; these were books
    item = parse_reference(text)
    assert (item["type"], item["author"]) == ("report", [{"literal": office}])


def test_a_note_of_two_works_joined_by_a_semicolon_gives_the_first_and_keeps_the_second_in_note():
    # one string parsed alone had run both works into one item (three authors, two titles, 'Press, Press')
    text = ("Anna Grzymala-Busse, Rebuilding Leviathan: Party Competition and State Exploitation in Post-Communist "
            "Democracies (Cambridge: Cambridge University Press, 2007), pp. 1–12; Conor O’Dwyer, Runaway State-Building "
            "(Baltimore: Johns Hopkins University Press, 2006), p. 33.")
    item = parse_reference(text)
    assert item["author"] == [{"family": "Grzymala-Busse", "given": "Anna"}]
    assert (item["title"], item["publisher"], item["issued"]) == (
        "Rebuilding Leviathan: Party Competition and State Exploitation in Post-Communist Democracies",
        "Cambridge University Press", {"date-parts": [[2007]]})
    assert "Conor O’Dwyer, Runaway State-Building" in item["note"]
    acs = parse_reference("Zhang, Y.; Li, H. Cobalt Phosphide Nanosheets. J. Am. Chem. Soc. 2020, 142, 7023–7031.")
    assert [a["family"] for a in acs["author"]] == ["Zhang", "Li"]


def test_a_pointer_then_one_whole_work_gives_the_work_and_keeps_the_pointer_in_note():
    # both had been read as one work: by 'Ibid' with '45; on the ...' in its title, or by the short form's authors
    ibid = parse_reference("Ibid., 45; on the closure of the border, see also ‘Kyrgyz Migrants Stranded at the Kazakh "
                           "Border’, 24.kg, 14 April 2020, https://24.kg/english/150123_migrants_stranded/.")
    assert "author" not in ibid
    assert (ibid["type"], ibid["title"], ibid["container-title"]) == (
        "article-newspaper", "Kyrgyz Migrants Stranded at the Kazakh Border", "24.kg")
    assert ibid["note"] == "Ibid., 45; on the closure of the border, see also"
    short = parse_reference("Reeves, Border Work, 112; see also Madeleine Reeves and Judith Beyer, eds., Ethnographies "
                            "of the State in Central Asia (Bloomington: Indiana University Press, 2014), 78–80.")
    assert (short["title"], short["publisher"], short["issued"]) == (
        "Ethnographies of the State in Central Asia", "Indiana University Press", {"date-parts": [[2014]]})
    assert short["note"].startswith("Reeves, Border Work, 112; see also")
    later = parse_reference("Ibid., p. 45. For the later period, see Erica Marat, The Politics of Police Reform "
                            "(New York: Oxford University Press, 2018), pp. 77–81.")
    assert later["author"] == [{"family": "Marat", "given": "Erica"}] and later["page"] == "77-81"


def test_the_authors_clause_after_a_notes_imprint_goes_to_note():
    # the clause had been tagged into the imprint: the year and pages were lost into note with it
    cued = parse_reference("As argued in Erica Marat, The Politics of Police Reform (New York: Oxford University Press, "
                           "2018), 77–81, the reforms stalled once donor funding ended.")
    assert (cued["author"], cued["issued"], cued["page"], cued["publisher"]) == (
        [{"family": "Marat", "given": "Erica"}], {"date-parts": [[2018]]}, "77-81", "Oxford University Press")
    assert cued["note"] == "As argued in\nthe reforms stalled once donor funding ended."
    plain = parse_reference("Madeleine Reeves, Border Work: Spatial Lives of the State in Rural Central Asia (Ithaca, NY: "
                            "Cornell University Press, 2014), which remains the fullest account of the Ferghana borders.")
    assert (plain["title"], plain["publisher-place"], plain["issued"]) == (
        "Border Work: Spatial Lives of the State in Rural Central Asia", "Ithaca, NY", {"date-parts": [[2014]]})
    assert plain["note"] == "which remains the fullest account of the Ferghana borders."


def test_idem_before_a_whole_work_is_no_author():
    # parsed alone, 'Idem' (the authors of the note above) had become the author's family name
    item = parse_reference("Eadem, ‘Tatar Schools after the 2017 Language Reform’, Russian Politics, 6, 2, 2021, "
                           "pp. 201–225.")
    assert "author" not in item and item["note"] == "Eadem"
    assert (item["title"], item["container-title"], item["page"]) == (
        "Tatar Schools after the 2017 Language Reform", "Russian Politics", "201-225")


def test_the_body_and_town_after_a_papers_series_number_are_publisher_and_place():
    # a body whose name holds 'and' had been read as two more authors ('Institute for East', 'Southeast European Studies')
    item = parse_reference("Alexander Libman, ‘Russian Federalism and Tatarstan’, Working Paper No. 12, Institute for "
                           "East and Southeast European Studies, Regensburg, 2019.")
    assert item["author"] == [{"family": "Libman", "given": "Alexander"}]
    assert (item["type"], item["genre"], item["number"]) == ("report", "Working Paper", "12")
    assert (item["publisher"], item["publisher-place"]) == ("Institute for East and Southeast European Studies",
                                                            "Regensburg")


@pytest.mark.parametrize("text,court,act,date", [
    ("Supreme Court of Estonia, Constitutional Review Chamber, judgment No. 5-21-1 of 6 April 2021.",
     "Supreme Court of Estonia, Constitutional Review Chamber", "judgment No. 5-21-1", [[2021, 4, 6]]),
    ("Supreme Court of Latvia, Department of Administrative Cases, judgment No. SKA-123/2020 of 12 May 2020.",
     "Supreme Court of Latvia, Department of Administrative Cases", "judgment No. SKA-123/2020", [[2020, 5, 12]]),
])
def test_a_court_decision_with_its_chamber_and_dated_by_of(text, court, act, date):
    # these had been a journal article in 'Constitutional Review Chamber' or a newspaper item
    item = parse_reference(text)
    assert (item["type"], item["authority"], item["number"]) == ("legal_case", court, act)
    assert item["issued"] == {"date-parts": date}


def test_a_series_name_of_several_words_before_its_number_is_read_whole():
    # only four words after the quoted title were looked at, so a longer series name stayed a journal
    item = parse_reference("Thomas de Waal, ‘Armenia and Azerbaijan after the 2020 War’, Carnegie Europe Strategic Europe "
                           "Commentary No. 14, Carnegie Endowment for International Peace, February 2021.")
    assert (item["type"], item["genre"], item["number"], item["publisher"]) == (
        "report", "Carnegie Europe Strategic Europe Commentary", "14", "Carnegie Endowment for International Peace")


def test_a_notes_work_ending_at_its_imprint_with_no_stop_keeps_its_imprint():
    # a work cut before its ';' ends at the bracket; the imprint had been run into the title
    item = parse_reference("Leonid Issaev, Russia and the Arab Spring (Doha: Arab Center for Research and Policy Studies, 2017)")
    assert (item["type"], item["title"], item["publisher-place"], item["publisher"]) == (
        "book", "Russia and the Arab Spring", "Doha", "Arab Center for Research and Policy Studies")
    assert "note" not in item  # the stop the tagger needed is not the user's text
    both = parse_reference("For the Gulf, see Nikolay Kozhanov, Russia and the Syrian Conflict (Berlin: Gerlach Press, "
                           "2016); and Mark N. Katz, ‘Russia and the Gulf’, Middle East Policy 25, no. 2 (2018): 44–57.")
    assert (both["title"], both["publisher"]) == ("Russia and the Syrian Conflict", "Gerlach Press")
    assert "Katz" in both["note"] and "For the Gulf, see" in both["note"]


@pytest.mark.parametrize("text, place, publisher", [
    ("Sanders, A. J. K. (2010) Historical Dictionary of Mongolia, 3rd edn (Lanham, MD, Scarecrow Press).",
     "Lanham, MD", "Scarecrow Press"),
    ("Lampton, D. M. (2008) The Three Faces of Chinese Power, 2nd edn (Boulder, CO, Westview Press).",
     "Boulder, CO", "Westview Press"),
])
def test_a_state_code_after_the_city_in_a_bracketed_imprint_is_part_of_the_place(text, place, publisher):
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)


def test_a_translated_title_opening_with_review_of_is_the_title_not_an_apa_review_bracket():
    item = parse_reference("Bank of Russia. [Review of Key Indicators of Financial Services Accessibility in the Russian "
                           "Federation for 2021]. Moscow, Bank of Russia, 2022, 38 p. (In Russ.).")
    assert item["title"] == "Review of Key Indicators of Financial Services Accessibility in the Russian Federation for 2021"
    assert "genre" not in item
    review = parse_reference("Brown, L. (2019). Learning to teach [Review of the book Teaching well, by M. Jones]. "
                             "Educational Review, 71(2), 250–252.")
    assert (review["title"], review["genre"]) == ("Learning to teach", "Review of the book Teaching well")
    # ... the reviewed book's author is no publisher, and a comma in the book's title does not end the genre
    assert (review.get("publisher"), review["note"]) == (None, "by M. Jones")
    commas = parse_reference("Ferreira, L. (2020). Mapping voices [Review of the book Language and the city: Signs, "
                             "speakers and streets, by D. Castellanos]. Journal of Sociolinguistics, 24(3), 412–415.")
    assert (commas["genre"], commas.get("publisher"), commas["note"]) == (
        "Review of the book Language and the city: Signs, speakers and streets", None, "by D. Castellanos")


@pytest.mark.parametrize("text, body", [
    ("‘Concept of Mongolia’s Foreign Policy’, State Great Khural of Mongolia, 10 February 2011, available at: "
     "https://www.legalinfo.mn/law/details/6221, accessed 14 March 2020.", "State Great Khural of Mongolia"),
    ("‘Resolution on the Eastern Partnership’, Sejm of the Republic of Poland, 14 May 2009, available at: "
     "https://www.sejm.gov.pl/resolutions/2009/14, accessed 2 June 2018.", "Sejm of the Republic of Poland"),
])
def test_a_document_issued_by_a_legislature_under_its_own_name_is_no_press_item(text, body):
    item = parse_reference(text)
    assert item["type"] == "document" and item["publisher"] == body and "container-title" not in item


def test_a_translated_title_bracketed_with_its_thesis_genre_keeps_no_bracket():
    item = parse_reference("Anisimova T. Yu. [Bank Agents as a Service Channel in Rural Areas. Cand. econ. sci. diss.]. "
                           "Kazan, 2018, 187 p. (In Russ.).")
    assert (item["type"], item["title"]) == ("thesis", "Bank Agents as a Service Channel in Rural Areas")
    assert item["genre"].startswith("Cand. econ. sci. diss")


def test_an_act_named_by_its_issuer_kind_and_number_before_its_quoted_name():
    # notes "Body, Decree No. 484 “On ...”, date": the issuer publishes the act, its kind and number
    # are the document's number (as after a quoted title), whatever form the number has
    cases = [
        ("Government of Georgia, Decree No. 484 “On Approval of the National Security Concept,” 2 December 2011, "
         "available at: https://mod.gov.ge/uploads/2018/pdf/NSC-ENG.pdf, accessed 3 February 2020.",
         "Government of Georgia", "Decree No. 484", "On Approval of the National Security Concept"),
        ("President of Ukraine, Decree No. 392/2020 ‘On the National Security Strategy of Ukraine’, 14 September 2020.",
         "President of Ukraine", "Decree No. 392/2020", "On the National Security Strategy of Ukraine"),
        ("President of the Republic of Uzbekistan, Decree No. UP-60 “On the Development Strategy of New Uzbekistan "
         "for 2022–2026”, 28 January 2022.",
         "President of the Republic of Uzbekistan", "Decree No. UP-60",
         "On the Development Strategy of New Uzbekistan for 2022–2026"),
    ]
    for text, publisher, number, title in cases:
        item = parse_reference(text)
        assert (item["type"], item.get("publisher"), item.get("number"), item.get("title")) == \
            ("document", publisher, number, title), text
        assert "author" not in item


@pytest.mark.parametrize("text,publisher,number,title,day", [
    ("Ministry of Energy of the Republic of Lithuania, Order No. 1-104 of 14 May 2019 ‘On the Approval of the LNG "
     "Terminal Development Plan’.", "Ministry of Energy of the Republic of Lithuania", "Order No. 1-104",
     "On the Approval of the LNG Terminal Development Plan", [2019, 5, 14]),
    ("Government of Mongolia, Resolution No. 175 of 9 June 2021 ‘On Measures to Implement the Oyu Tolgoi Agreement’.",
     "Government of Mongolia", "Resolution No. 175", "On Measures to Implement the Oyu Tolgoi Agreement", [2021, 6, 9]),
])
def test_an_act_dated_by_of_between_its_number_and_quoted_name(text, publisher, number, title, day):
    # read as the same act is with its date after the name: the issuer had run into the title before the quoted name
    # ('Ministry ..., ‘On the Approval ...’') and 'of' had been a volume
    item = parse_reference(text)
    assert (item["type"], item["publisher"], item["number"], item["title"]) == ("document", publisher, number, title)
    assert item["issued"] == {"date-parts": [day]} and "volume" not in item and "author" not in item


@pytest.mark.parametrize("text,family,given", [
    ("Нұрпейісов Е. Қ. Ұлттық идея және қоғам // Ақиқат. – 2020. – № 1. – С. 5–12.", "Нұрпейісов", "Е. Қ."),
    ("Ҳасанов Ғ. Ҳ. Ўзбек адабиёти тарихи // Ўзбек тили ва адабиёти. 2017. № 6. С. 21–29.", "Ҳасанов", "Ғ. Ҳ."),
])
def test_kazakh_and_uzbek_capitals_are_initials(text, family, given):
    item = parse_reference(text)
    assert item["author"] == [{"family": family, "given": given}]


@pytest.mark.parametrize("text,pages", [
    ("Жұмабаев Б. Т. Қазақ әдебиетінің тарихы. – Алматы : Білім, 2015. – 184 б.", "184"),  # Kazakh "бет"
    ("Холиқов А. Ўзбек тили грамматикаси. – Тошкент : Фан, 2012. - 276 б.", "276"),  # Uzbek
    ("Сәрсенов Қ. Б. Қазақстанның аймақтық экономикасы : монография. – Алматы : Экономика, 2019. – 312 бет.", "312"),
    ("Тұрсынов А. Е. Әлеуметтік саясат негіздері : оқу құралы. – Астана : Фолиант, 2017. – 176 бет", "176"),
    ("Смирнов А. В. Травматология : учебник. – М. : Медицина, 2016. – 448 c.", "448"),  # Latin c typed for с
])
def test_a_count_of_pages_in_kazakh_uzbek_or_with_a_latin_c(text, pages):
    item = parse_reference(text)
    assert item["number-of-pages"] == pages and "page" not in item


@pytest.mark.parametrize("text,page", [
    ("Сейтқали Н. Ұлттық тәрбие негіздері // Қазақстан мектебі. – 2021. – № 4. – Б. 18–24.", "18-24"),
    ("Панов С. Л. Синтаксис сказа в прозе Лескова // Русская речь. – 2016. – № 2. – c. 33–41.", "33-41"),
    ("Осмоналиев К. М. Кыргызстандагы эмгек миграциясы // Кыргыз улуттук университетинин жарчысы. – 2020. – № 3. – "
     "34–40-б.", "34-40"),  # Kyrgyz joins the page word by a hyphen
])
def test_pages_after_kazakh_uzbek_b_or_a_latin_c(text, page):
    assert parse_reference(text)["page"] == page


def test_gost_illustration_statement_after_the_count_of_pages_goes_to_note():
    item = parse_reference("Воробьев Ю. Л. Основы машиностроения : учеб. пособие. – 2-е изд. – СПб. : Политехника, "
                           "2018. – 356 с. : ил., табл.")
    assert item["number-of-pages"] == "356" and "page" not in item
    assert "ил., табл." in item["note"]


def test_gost_patent_opening_with_its_heading():
    item = parse_reference("Пат. 2689012 Рос. Федерация, МПК A61B 17/56. Способ остеосинтеза переломов ключицы / "
                           "Григорьев Е. В., Лукин С. Ю. ; заявитель и патентообладатель ФГБОУ ВО РязГМУ. – "
                           "№ 2017145678 ; заявл. 25.12.2017 ; опубл. 23.05.2019, Бюл. № 15. – 7 с.")
    assert (item["type"], item["number"], item["title"]) == ("patent", "2689012", "Способ остеосинтеза переломов ключицы")
    assert item["author"] == [{"family": "Григорьев", "given": "Е. В."}, {"family": "Лукин", "given": "С. Ю."}]
    assert item["submitted"] == {"date-parts": [[2017, 12, 25]]} and item["issued"] == {"date-parts": [[2019, 5, 23]]}
    assert "container-title" not in item and "publisher" not in item
    assert "Рос. Федерация, МПК A61B 17/56" in item["note"]  # the heading and the holder are kept
    assert "заявитель и патентообладатель ФГБОУ ВО РязГМУ" in item["note"]


@pytest.mark.parametrize("text,edition,qualifier", [
    ("Сидоренко О. П. Теорія держави і права : підручник. – 3-тє вид., випр. – Харків : Право, 2019. – 412 с.", "3", "випр."),
    ("Ковалёў А. М. Гісторыя беларускай мовы : вучэб. дапам. – 2-е выд., перапрац. і дап. – Мінск : БДУ, 2017. – 280 с.",
     "2", "перапрац. і дап."),
    ("Бойко І. В. Економіка праці : навч. посіб. 2-ге вид., перероб. і доп. Львів : Магнолія, 2016. 320 с.", "2",
     "перероб. і доп."),
])
def test_ukrainian_and_belarusian_edition_statements(text, edition, qualifier):
    item = parse_reference(text)
    assert item["edition"] == edition and "вид" not in item["title"] and "выд" not in item["title"]
    assert qualifier in item["note"]


@pytest.mark.parametrize("text,title,edition,qualifier", [
    # Ukrainian joins the qualifiers with "та" as well as "і"
    ("Бойко І. В. Економіка праці : навч. посіб. 2-ге вид., перероб. та допов. Львів : Магнолія, 2016. 320 с.",
     "Економіка праці: навч. посіб.", "2", "перероб. та допов."),
    ("Сидоренко О. П. Теорія держави і права : підручник. – 3-тє вид., перероб. та допов. – Харків : Право, 2019. – 412 с.",
     "Теорія держави і права: підручник", "3", "перероб. та допов."),
    # three qualifiers: the note kept only the first
    ("Иванов И. И. Экономика : учебник. – 2-е изд., испр., доп. и перераб. – М. : Наука, 2010. – 300 с.",
     "Экономика: учебник", "2", "испр., доп. и перераб."),
])
def test_every_qualifier_of_an_edition_is_kept_in_the_note(text, title, edition, qualifier):
    item = parse_reference(text)
    assert (item["title"], item["edition"], item["note"]) == (title, edition, qualifier)


@pytest.mark.parametrize("text,number,place", [
    ("VTsIOM. [Attitudes to the Unified State Exam]. Press release no. 4512. 2021. Available at: "
     "https://wciom.ru/analytical-reviews/ege-2021 (accessed 15.06.2021). (In Russ.)", "4512", None),
    ("Levada-Tsentr. [Attitudes to trade unions]. Press release no. 45. Moscow, 2021. Available at: "
     "https://www.levada.ru/2021/05/profsoyuzy/ (accessed 15.06.2021). (In Russ.)", "45", "Moscow"),
])
def test_a_numbered_press_release_after_a_translated_title_is_a_report(text, number, place):
    """A sentence "Press release no. 4512." is the paper's kind and number, not a journal and its issue or a publisher."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"], item.get("publisher-place")) == ("report", "Press release", number, place)
    assert not {"container-title", "issue", "publisher"} & set(item)


@pytest.mark.parametrize("text,title,means,place", [
    ("Interview with Leonid Sudalenka, lawyer of the Homel regional branch of Viasna, online, 3 February 2021.",
     "Interview with Leonid Sudalenka, lawyer of the Homel regional branch of Viasna", "online", None),
    ("Author’s interview with a former rector, conducted online, Moscow, 3 February 2021.",
     "Author’s interview with a former rector", "conducted online", "Moscow"),
])
def test_an_interview_held_online_says_so_in_its_note(text, title, means, place):
    """The means of an interview ("online", as "via Zoom") is no part of its title."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["note"], item.get("publisher-place")) == ("interview", title, means, place)


def test_a_notes_book_named_for_its_publisher_after_the_editors_is_the_container():
    """Europe-Asia Studies "in Name (ed.), Routledge Handbook of ... (Abingdon, Routledge, 2018)": the book's first
    word is the publisher's name; the tagger read the book and the bracket's town as the publisher."""
    item = parse_reference("Isabelle Facon, ‘Russian Higher Education Reform’, in Andrei P. Tsygankov (ed.), Routledge "
                           "Handbook of Russian Foreign Policy (Abingdon, Routledge, 2018), pp. 190–203.")
    assert (item["type"], item["container-title"]) == ("chapter", "Routledge Handbook of Russian Foreign Policy")
    assert (item["publisher-place"], item["publisher"], item["page"]) == ("Abingdon", "Routledge", "190-203")
    assert item["editor"] == [{"family": "Tsygankov", "given": "Andrei P."}] and "note" not in item


@pytest.mark.parametrize("text,genre", [
    ("Kuznetsova E.A. Profsoyuzy v sisteme sotsial'nogo partnerstva sovremennoi Rossii [Trade unions in the social "
     "partnership system of modern Russia]. Cand. Sci. (Sociol.) Diss. Abstr. Kazan, 2019. 26 p.",
     "Cand. Sci. (Sociol.) Diss. Abstr."),
    ("Sidorova E.A. Transgranichnoe sotrudnichestvo [Cross-border cooperation]. Dr. Sci. (Econ.) Diss. Abstr. Omsk, "
     "2019, 46 p.", "Dr. Sci. (Econ.) Diss. Abstr."),
])
def test_a_dissertation_abstracts_genre_keeps_the_abbreviations_stop(text, genre):
    """"Abstr." is an abbreviation ("Abstract of ... Diss."): a style printing the genre prints it with its stop."""
    assert parse_reference(text)["genre"] == genre


@pytest.mark.parametrize("text,kind,original", [
    ("Postanovlenie Konstitutsionnogo Suda RF ot 14.07.2015 No. 21-P «Po delu o proverke konstitutsionnosti polozhenii "
     "stat'i 1 Federal'nogo zakona «O ratifikatsii Konventsii o zashchite prav cheloveka i osnovnykh svobod»» [Ruling of "
     "the Constitutional Court of the Russian Federation of 14.07.2015 No. 21-P On the review of the constitutionality "
     "of provisions of Article 1 of the Federal Law On Ratification of the Convention for the Protection of Human Rights "
     "and Fundamental Freedoms]. Sobranie zakonodatel'stva RF, 2015, no. 30, art. 4658. (In Russ.)", "legal_case",
     "Postanovlenie Konstitutsionnogo Suda RF ot 14.07.2015 No. 21-P «Po delu o proverke konstitutsionnosti polozhenii "
     "stat'i 1 Federal'nogo zakona «O ratifikatsii Konventsii o zashchite prav cheloveka i osnovnykh svobod»»"),
    ("Opredelenie Konstitutsionnogo Suda RF ot 02.07.2013 No. 1055-O [Determination of the Constitutional Court of the "
     "Russian Federation of 02.07.2013 No. 1055-O]. Vestnik Konstitutsionnogo Suda RF, 2013, no. 6, pp. 40–45. (In Russ.)",
     "legal_case", "Opredelenie Konstitutsionnogo Suda RF ot 02.07.2013 No. 1055-O"),
])
def test_a_references_court_ruling_keeps_its_date_and_number_in_its_name(text, kind, original):
    """The act's transliterated name holds its date and number; a court's ruling is a case, not legislation."""
    item = parse_reference(text)
    assert (item["type"], item["original-title"]) == (kind, original)
    assert "author" not in item and "note" not in item and item["title"].startswith(("Ruling of", "Determination of"))


@pytest.mark.parametrize("text,container,year", [
    ("Gudkov L.D. [Negative identity and mass mobilization]. In: Zorkaya N.A. (ed.) Obshchestvennoe mnenie – 2019 "
     "[Public opinion – 2019]. Moscow, Levada-Tsentr Publ., 2020, pp. 12–27. (In Russ.)",
     "Obshchestvennoe mnenie – 2019 [Public opinion – 2019]", 2020),
    ("Ivanov A.B. [Regional elections of 1993]. In: Petrov N.V., McFaul M. (eds.) Rossiya regionov – 1993 [Russia of the "
     "regions – 1993]. Moscow, Gendal'f Publ., 1995, pp. 5–30. (In Russ.)",
     "Rossiya regionov – 1993 [Russia of the regions – 1993]", 1995),
])
def test_a_year_in_a_translated_books_title_after_its_editors_stays_in_the_container(text, container, year):
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["issued"]) == ("chapter", container, {"date-parts": [[year]]})
    assert "note" not in item


def test_an_edited_books_own_translated_title_after_its_editors_is_its_title():
    """No "In" before the editors: the bracket translates the book's own title (guard on the rule above)."""
    item = parse_reference("Dynkin A.A., Baranovsky V.G. (eds.) Rossiya i mir: 2020. Ekonomika i vneshnyaya politika "
                           "[Russia and the world: 2020. Economy and foreign policy]. Moscow, IMEMO RAN Publ., 2019, 166 p.")
    assert item["title"] == "Russia and the world: 2020. Economy and foreign policy"
    assert item["original-title"] == "Rossiya i mir: 2020. Ekonomika i vneshnyaya politika" and "container-title" not in item


@pytest.mark.parametrize("text,count,volume,title", [
    ("Mironov B.N. Rossiiskaya imperiya: ot traditsii k modernu [The Russian Empire: From tradition to modernity]. "
     "In 3 vols. Vol. 2. St. Petersburg, Dmitrii Bulanin Publ., 2015. 912 p.", "3", "2",
     "The Russian Empire: From tradition to modernity"),
    ("Solov'ev S.M. Istoriya Rossii s drevneishikh vremen [History of Russia from the earliest times]. In 18 vols. "
     "Vol. 7. Moscow, Mysl' Publ., 1991. 720 p.", "18", "7", "History of Russia from the earliest times"),
    ("Kappeler A. [Russia as a multi-ethnic empire]. In 2 vols. Moscow, Progress-Traditsiya Publ., 2000. 344 p.",
     "2", None, "Russia as a multi-ethnic empire"),
])
def test_a_references_monographs_count_of_volumes_is_no_container(text, count, volume, title):
    """References translate GOST's "в 3 т. Т. 2" as "In 3 vols. Vol. 2.": a book, not a journal or a chapter "In"."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["number-of-volumes"], item.get("volume")) == ("book", title, count, volume)
    assert "container-title" not in item and item["publisher"].endswith("Publ.")


@pytest.mark.parametrize("text,title,edition,qualifier,place", [
    # a References list translates GOST's "2-е изд., перераб. и доп." after the English edition
    ("Marchenko M.N. Teoriya gosudarstva i prava [Theory of state and law]. 2nd ed., rev. and enl. Moscow, "
     "Prospekt Publ., 2016. 640 p.", "Theory of state and law", "2", "rev. and enl.", "Moscow"),
    ("Petrova A.S. Sotsiologiya truda [Sociology of labour]. 3rd ed., corr. St. Petersburg, Piter Publ., 2018. 352 p.",
     "Sociology of labour", "3", "corr.", "St. Petersburg"),
    ("Smith, John. The Making of Modern Law. 2nd ed., revised and updated. London: Verso, 2011.",
     "The Making of Modern Law", "2", "revised and updated", "London"),
    # the qualifiers alone name the edition
    ("Jones, Anne. Peasants and the State. Revised and expanded edition. London: Verso, 2011.",
     "Peasants and the State", "Revised and expanded edition", None, "London"),
])
def test_an_english_editions_qualifiers_stay_with_the_edition(text, title, edition, qualifier, place):
    item = parse_reference(text)
    assert (item["title"], item["edition"], item["publisher-place"]) == (title, edition, place)
    assert (qualifier or "") in item.get("note", "")


@pytest.mark.parametrize("text,expected", [
    ("5 берез. 2021", [[2021, 3, 5]]),  # Ukrainian DSTU abbreviations
    ("20–22 жовт. 2020", [[2020, 10, 20], [2020, 10, 22]]),
    ("14 вересня 2018", [[2018, 9, 14]]),  # Ukrainian genitive
    ("12 сакавіка 2021", [[2021, 3, 12]]),  # Belarusian
    ("5 февр. 2019", [[2019, 2, 5]]),  # GOST's abbreviation of февраля
    ("12 наурыз 2020", [[2020, 3, 12]]),  # Kazakh
    ("3 желтоқсан 2018", [[2018, 12, 3]]),
])
def test_ukrainian_belarusian_and_gost_month_names(text, expected):
    assert parse_date(text) == {"date-parts": expected}


@pytest.mark.parametrize("text,expected", [
    ("21 de diciembre de 2021", [[2021, 12, 21]]),  # Spanish and Portuguese join the parts with "de"
    ("21 de dezembro de 2021", [[2021, 12, 21]]),
    ("diciembre de 2021", [[2021, 12]]),
    ("14-16 de junio de 2010", [[2010, 6, 14], [2010, 6, 16]]),
    ("(2021, 21 de diciembre)", [[2021, 12, 21]]),  # Spanish APA
    ("(2020, May)", [[2020, 5]]),  # APA's year and month
    ("(2000, November/December)", [[2000, 11], [2000, 12]]),
])
def test_dates_joined_by_de_and_apa_year_month_keep_their_month(text, expected):
    # each had been read as the year alone, the day and month lost
    assert parse_date(text) == {"date-parts": expected}


@pytest.mark.parametrize("text,issued", [
    ("Brown, S., & Caste, V. (2004, May). Integrated obstacle detection framework. Paper presented at the IEEE "
     "Intelligent Vehicles Symposium, Detroit, MI.", [[2004, 5]]),
    ("García, L. (2021, 21 de diciembre). La inflación en España. El País. https://elpais.com/economia/2021-12-21/x.html",
     [[2021, 12, 21]]),
    # the day before "de marzo" had been read as a volume
    ("Entrevista con un comerciante retornado, San Pedro Pochutla, 9 de marzo de 2019.", [[2019, 3, 9]]),
])
def test_apa_and_spanish_dates_in_a_reference_keep_day_and_month(text, issued):
    item = parse_reference(text)
    assert item["issued"] == {"date-parts": issued} and "volume" not in item


def test_a_dstu_newspapers_day_completes_its_date():
    item = parse_reference("Мостова Ю. Безпека понад усе. Дзеркало тижня. 2021. 19 лют. URL: https://zn.ua/ukr/"
                           "internal/bezpeka.html (дата звернення: 01.03.2021).")
    assert item["issued"] == {"date-parts": [[2021, 2, 19]]}


def test_gost_count_of_volumes_after_a_conferences_bracket_is_the_containers():
    item = parse_reference("Белова Т. Н. Диагностика износа рельсов // Транспорт: наука и практика : материалы "
                           "всерос. науч. конф. (Самара, 3–4 окт. 2018 г.) : в 3 т. – Самара : СамГУПС, 2018. – Т. 2. "
                           "– С. 61–66.")
    assert item["title"] == "Диагностика износа рельсов"
    assert item["container-title"].endswith("(Самара, 3–4 окт. 2018 г.) : в 3 т.")
    assert item["volume"] == "2"


def test_gost_translator_then_editor_in_one_statement():
    item = parse_reference("Хобсбаум Э. Век революции. Европа 1789–1848 / пер. с англ. Л. Е. Переяславцевой ; "
                           "под ред. Е. Ю. Зубковой. – Ростов н/Д : Феникс, 1999. – 480 с.")
    assert item["translator"] == [{"family": "Переяславцева", "given": "Л. Е."}]
    assert item["editor"] == [{"family": "Зубкова", "given": "Е. Ю."}]


@pytest.mark.parametrize("text,editor,container", [
    ("Киселев А. Н. Образ города в лирике Блока // Русская литература в научном освещении : сб. ст. / отв. ред. "
     "М. Л. Гаспаров. — М. : Наука, 2016. — С. 45–60.", "Гаспаров", "Русская литература в научном освещении : сб. ст"),
    ("Орлова Е. В. Лексика родства в говорах // Диалектная лексика и фразеология : сб. ст. / отв. ред. И. А. Попов. — "
     "СПб. : Нестор-История, 2018. – С. 12–25.", "Попов", "Диалектная лексика и фразеология : сб. ст"),
])
def test_gost_host_books_editors_after_its_slash_leave_the_container(text, editor, container):
    item = parse_reference(text)
    assert item["container-title"].rstrip(".") == container
    assert [n["family"] for n in item["editor"]] == [editor]


def test_gost_host_books_editors_and_part_after_an_em_dash():
    item = parse_reference("Богданова Л. И. Лексика оценки в публицистике // Язык и культура : сб. науч. тр. / "
                           "отв. ред. В. Н. Телия. — Самара : Самар. ун-т, 2017. — Ч. 1. — С. 54–63.")
    assert item["container-title"].rstrip(".") == "Язык и культура : сб. науч. тр"
    assert item["editor"] == [{"family": "Телия", "given": "В. Н."}]
    assert item["volume"] == "1"


def test_gost_part_of_a_book_is_its_volume():
    assert volume_issue("Ч. 2.") == {"volume": "2"}
    assert volume_issue("№ 31 (ч. 1).") == {"issue": "31 (ч. 1)"}  # a gazette issue's part stays the issue's


def test_initials_inside_a_title_stay_in_the_title():
    item = parse_reference("Ларионова М. В. Фольклорный код в прозе А. П. Чехова // Известия вузов. Филология. – 2018. "
                           "– № 3. – С. 54–62.")
    assert item["author"] == [{"family": "Ларионова", "given": "М. В."}]
    assert item["title"] == "Фольклорный код в прозе А. П. Чехова"


def test_gost_standards_date_of_introduction_goes_to_note():
    item = parse_reference("ГОСТ Р 57564–2017. Организация и проведение работ по международной стандартизации. – "
                           "Введ. 01.12.2017. – М. : Стандартинформ, 2017. – 42 с.")
    assert (item["type"], item["number"]) == ("standard", "ГОСТ Р 57564–2017")
    assert item["title"] == "Организация и проведение работ по международной стандартизации"
    assert "Введ. 01.12.2017" in item["note"]


@pytest.mark.parametrize("text,title,date,archive", [
    ("Протокол заседания бюро обкома ВКП(б), 5 июня 1937 г. // ЦГА ИПД РТ. Ф. 15. Оп. 5. Д. 1123. Л. 12–14 об.",
     "Протокол заседания бюро обкома ВКП(б)", [[1937, 6, 5]], "ЦГА ИПД РТ"),
    ("Справка о численности спецпоселенцев // ГА РФ. Ф. Р-9479. Оп. 1. Д. 89. Л. 205.",
     "Справка о численности спецпоселенцев", None, "ГА РФ"),
])
def test_gost_archival_document_before_its_archive(text, title, date, archive):
    item = parse_reference(text)
    assert (item["type"], item["title"], item["archive"]) == ("manuscript", title, archive)
    assert item.get("issued") == ({"date-parts": date} if date else None)


def test_gost_thesis_university_with_abbreviated_words_is_the_publisher():
    item = parse_reference("Воронин П. С. Адаптивное управление электроприводом : дис. ... канд. техн. наук : 05.09.03 / "
                           "Воронин Павел Сергеевич ; Новосиб. гос. техн. ун-т. – Новосибирск, 2017. – 160 с.")
    assert [n["family"] for n in item["author"]] == ["Воронин"]
    assert item["publisher"] == "Новосиб. гос. техн. ун-т"
    assert item["publisher-place"] == "Новосибирск"


@pytest.mark.parametrize("text,kind,title,container", [
    ("Савчук Н. М. Дистанційне навчання в закладах вищої освіти. Інформаційні технології в освіті : матеріали "
     "всеукр. наук.-практ. конф. (Херсон, 21–22 трав. 2020 р.). Херсон : ХДУ, 2020. С. 88–91.", "paper-conference",
     "Дистанційне навчання в закладах вищої освіти",
     "Інформаційні технології в освіті : матеріали всеукр. наук.-практ. конф. (Херсон, 21–22 трав. 2020 р.)"),
    ("Гуменюк О. С., Руденко Т. В. Захист прав споживачів фінансових послуг. Науковий вісник Ужгородського "
     "національного університету. Серія: Право. 2021. Т. 2, № 64. С. 51–57.", "article-journal",
     "Захист прав споживачів фінансових послуг",
     "Науковий вісник Ужгородського національного університету. Серія: Право"),
    ("Бондар Т. Школи готуються до нового навчального року. Урядовий кур'єр. 2021. 18 серп. "
     "URL: https://ukurier.gov.ua/uk/articles/shkoli-gotuyutsya/ (дата звернення: 20.08.2021).", "article-newspaper",
     "Школи готуються до нового навчального року", "Урядовий кур'єр"),
])
def test_dstu_host_after_a_full_stop_without_slashes(text, kind, title, container):
    item = parse_reference(text)
    assert (item["type"], item["title"], item["container-title"].rstrip(".")) == (kind, title, container)


def test_ukrainian_conference_bracket_after_slashes_is_the_containers():
    item = parse_reference("Мороз І. В. Цифрові компетентності вчителя // Освіта і наука : матеріали міжнар. наук.-практ. "
                           "конф. (Львів, 14–15 жовт. 2021 р.). – Львів : ЛНУ, 2021. – С. 33–36.")
    assert item["title"] == "Цифрові компетентності вчителя"
    assert item["container-title"].endswith("(Львів, 14–15 жовт. 2021 р.)")
    assert "event-place" not in item and "event-date" not in item


def test_gost_part_after_a_hyphen_typed_for_the_dash_is_the_volume():
    item = parse_reference("Петрова Н. В. Синтаксис разговорной речи // Русская речь в XXI веке : сб. ст. / отв. ред. "
                           "О. Б. Сиротинина. — Саратов : Изд-во СГУ, 2018. - Ч. 2. – С. 30–41.")
    assert (item["volume"], item["page"]) == ("2", "30-41")


def test_gost_journals_series_number_and_name_are_the_containers():
    item = parse_reference("Ильина Т. В. Реформы Петра I в оценках историков // Вестник Московского университета. "
                           "Сер. 8, История. – 2019. – № 4. – С. 45–60.")
    assert item["container-title"] == "Вестник Московского университета. Сер. 8, История"
    assert (item["issue"], item["page"]) == ("4", "45-60") and "volume" not in item


def test_a_one_word_title_after_the_headings_initials():
    item = parse_reference("Шевченко Т. Г. Кобзар. 3-тє вид. Київ : Дніпро, 2017. 640 с.")
    assert item["author"] == [{"family": "Шевченко", "given": "Т. Г."}]
    assert (item["title"], item["edition"]) == ("Кобзар", "3")


@pytest.mark.parametrize("text", [
    "Кодекс Республики Беларусь об образовании от 13.01.2011 № 243-З // Национальный реестр правовых актов "
    "Республики Беларусь. – 2011. – № 13. – 2/1795.",
    "Трудовой кодекс Российской Федерации от 30.12.2001 № 197-ФЗ // Российская газета. – 2001. – 31 дек.",
])
def test_a_code_named_first_or_in_a_belarusian_gazette_is_legislation(text):
    item = parse_reference(text)
    assert item["type"] == "legislation" and item["title"] == text.split(" // ")[0]


def test_gost_editors_after_the_authors_with_a_responsible_editors_role():
    item = parse_reference("Дмитриев Л. А. Житийные повести русского Севера / Л. А. Дмитриев ; отв. ред. Д. С. Лихачев. – "
                           "Л. : Наука, 1973. – 304 с.")
    assert item["author"] == [{"family": "Дмитриев", "given": "Л. А."}]
    assert item["editor"] == [{"family": "Лихачев", "given": "Д. С."}]


def test_kazakh_conference_bracket_after_slashes_is_the_containers():
    item = parse_reference("Ахметова Г. К. Қазақ тіліндегі терминдер // Тіл және қоғам : халықаралық ғыл.-практ. конф. "
                           "материалдары (Алматы, 15–16 сәуір 2019 ж.). – Алматы, 2019. – Б. 45–49.")
    assert item["title"] == "Қазақ тіліндегі терминдер"
    assert item["container-title"].endswith("(Алматы, 15–16 сәуір 2019 ж.)")


def test_ukrainian_electronic_resource_and_mode_of_access():
    item = parse_reference("Петренко О. М. Реформа місцевого самоврядування [Електронний ресурс] // Дзеркало тижня. – "
                           "2019. – 14 берез. – Режим доступу: https://zn.ua/ukr/internal/reforma.html (дата звернення: "
                           "20.03.2019).")
    assert (item["title"], item["medium"]) == ("Реформа місцевого самоврядування", "Електронний ресурс")
    assert item["container-title"] == "Дзеркало тижня" and "publisher" not in item
    assert item["URL"] == "https://zn.ua/ukr/internal/reforma.html"


def test_kazakh_pages_with_the_page_word_after_them():
    item = parse_reference("Бекмұратова А. Т. Жасөспірімдердің кәсіби бағдары // Қазақстан мектебі. – 2021. – № 3. – "
                           "22–27 б.")
    assert (item["issue"], item["page"]) == ("3", "22-27")
    assert pages("22–27 б.") == ("page", "22-27")


@pytest.mark.parametrize("text,date,issue", [
    ("Сидоров К. Вузы переходят на новые стандарты // Учительская газета. – 2021. – № 45 (9 нояб.). – С. 5.",
     [[2021, 11, 9]], "45"),
    ("Белов Ю. Учитель на селе // Учительская газета. 2020. № 8 (25 февр.). С. 3.", [[2020, 2, 25]], "8"),
])
def test_gost_newspapers_day_in_brackets_after_its_number(text, date, issue):
    item = parse_reference(text)
    assert (item["type"], item["issued"], item["issue"]) == ("article-newspaper", {"date-parts": date}, issue)
    assert "note" not in item


def test_dstu_editors_after_the_authors_za_red():
    item = parse_reference("Шевченко О. Л. Історія української культури : навч. посіб. / О. Л. Шевченко ; за ред. "
                           "В. М. Литвина. – Київ : Знання, 2016. – 412 с.")
    assert item["author"] == [{"family": "Шевченко", "given": "О. Л."}]
    assert item["editor"] == [{"family": "Литвин", "given": "В. М."}]


@pytest.mark.parametrize("text,title,genre,original", [
    ("Kembaev Zh.M. Pravovye aspekty deyatel'nosti Evraziiskogo ekonomicheskogo soyuza. Diss. d-ra yurid. nauk "
     "[Legal Aspects of the Activity of the Eurasian Economic Union. Dr. legal sci. diss.]. Almaty, 2017, 312 p. (In Russ.)",
     "Legal Aspects of the Activity of the Eurasian Economic Union", "Dr. legal sci. diss.", "Diss. d-ra yurid. nauk"),
    ("Sultanova A.K. Trudovaya migratsiya iz Kyrgyzstana v Rossiyu. Diss. kand. ekon. nauk [Labour Migration from "
     "Kyrgyzstan to Russia. Cand. econ. sci. diss.]. Bishkek, 2019, 188 p. (In Russ.)",
     "Labour Migration from Kyrgyzstan to Russia", "Cand. econ. sci. diss.", "Diss. kand. ekon. nauk"),
])
def test_a_thesis_genre_translated_in_the_title_bracket_is_the_genre(text, title, genre, original):
    # the transliterated genre before the bracket is the same genre in the original language: kept in note
    item = parse_reference(text)
    assert (item["type"], item["title"], item["genre"]) == ("thesis", title, genre)
    assert original in item["note"]


@pytest.mark.parametrize("text,title", [
    ("Лаумулин М.Т. Центральная Азия в зарубежной политологии и мировой геополитике. Т. V: Центральная Азия "
     "в XXI столетии. – Алматы: КИСИ при Президенте РК, 2009. – 424 с.",
     "Центральная Азия в зарубежной политологии и мировой геополитике. Т. V: Центральная Азия в XXI столетии"),
    ("Abdrakhmanov K.A. Istoriya Kazakhstana. T. III: Kazakhstan v XIX veke [History of Kazakhstan. Vol. III: Kazakhstan "
     "in the 19th Century]. Almaty, Atamura Publ., 2010, 480 p. (In Russ.)",
     "History of Kazakhstan. Vol. III: Kazakhstan in the 19th Century"),
])
def test_a_volume_mark_with_its_own_title_is_not_a_chapter_in_a_book(text, title):
    # "T. V:" names the volume; the Czech chapter mark "V:" ("In:") does not follow a volume mark
    item = parse_reference(text)
    assert (item["type"], item["title"]) == ("book", title) and "container-title" not in item


@pytest.mark.parametrize("text,title,server", [
    ("Sorokin AV, Petrova E. Treatment interruption among foreign-born tuberculosis patients in Moscow. medRxiv "
     "[Preprint]. (2022). Available online at: https://doi.org/10.1101/2022.09.14.22279912 (accessed February 1, 2023).",
     "Treatment interruption among foreign-born tuberculosis patients in Moscow", "medRxiv"),
    ("Lee K, Park J. Single-cell atlas of the human thymus. bioRxiv [Preprint]. (2021). doi: 10.1101/2021.03.04.433845",
     "Single-cell atlas of the human thymus", "bioRxiv"),
    ("Chen L, Wang Y. Long-term outcomes of rifapentine regimens. Research Square [Preprint]. (2021). "
     "doi: 10.21203/rs.3.rs-123456/v1", "Long-term outcomes of rifapentine regimens", "Research Square"),
])
def test_a_vancouver_preprint_names_its_server_before_the_bracket(text, title, server):
    # Frontiers' Vancouver: "Title. medRxiv [Preprint]. (2022)." -- the server posts it, as for APA's "[Preprint]. SSRN."
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher"], item["genre"]) == ("article", title, server, "Preprint")
    assert "container-title" not in item


@pytest.mark.parametrize("text,title,series,number", [
    ("Nice, Alex. 2012. Playing Both Sides: Belarus between Russia and the EU. DGAP Analyse 2. Berlin: German Council "
     "on Foreign Relations.", "Playing Both Sides: Belarus between Russia and the EU", "DGAP Analyse", "2"),
    ("Kuzio, Taras. 2016. Ukraine's Oligarchs and the War. FIIA Analysis 5. Helsinki: Finnish Institute of "
     "International Affairs.", "Ukraine's Oligarchs and the War", "FIIA Analysis", "5"),
])
def test_a_think_tank_analysis_series_after_the_title_is_the_genre_and_number(text, title, series, number):
    item = parse_reference(text)
    assert (item["type"], item["title"], item["genre"], item["number"]) == ("report", title, series, number)


def test_a_references_act_named_by_kind_and_issuer_with_its_date_and_number_is_no_journal():
    # Russian References: "Указ Президента РК от 6 марта 2020 года № 280" translated after the document's title
    item = parse_reference("[On the National Security Strategy of the Russian Federation]. Decree of the President "
                           "of the Russian Federation of 2 July 2021 no. 400. Available at: "
                           "http://www.kremlin.ru/acts/bank/47046 (accessed 10.09.2021). (In Russ.)")
    assert item["type"] == "document" and "container-title" not in item and "issue" not in item
    assert (item["publisher"], item["number"]) == ("Decree of the President of the Russian Federation", "400")
    assert item["issued"] == {"date-parts": [[2021, 7, 2]]}


@pytest.mark.parametrize("kind", ["Postanova", "Rozporiadzhennia"])
def test_an_act_named_by_its_transliterated_ukrainian_kind_and_issuer_is_no_journal(kind):
    # the act kinds of the issuing-act rule were a third list, without the Ukrainian ones
    item = parse_reference(f"[On the Concept of Digital Transformation until 2025]. {kind} of the Cabinet of Ministers "
                           "of Ukraine of 17 January 2018 no. 67.")
    assert item["type"] == "document" and "container-title" not in item and "issue" not in item
    assert (item["publisher"], item["number"]) == (f"{kind} of the Cabinet of Ministers of Ukraine", "67")


def test_a_two_word_apa_descriptor_after_the_title_ends_it():
    # "[Data set]" was read one word at a time, so "Data" was no descriptor and the bracket and the
    # sentence after it ran into the title
    item = parse_reference("Johnson, K., & Patel, D. (2019). National survey of rural health, 2012–2016 (Version 3) "
                           "[Data set]. Inter-university Consortium for Political and Social Research. "
                           "https://doi.org/10.3886/ICPSR36123.v3")
    assert (item["type"], item["title"], item["genre"], item["version"]) == \
        ("dataset", "National survey of rural health, 2012–2016", "Data set", "3")


def test_the_body_after_an_apa_data_set_bracket_publishes_it():
    # APA "Title (Version 1) [Data set]. Publisher. URL": the body was left in the note (only a known
    # data repository was read as the publisher)
    item = parse_reference("Garcia, M. (2018). Texas school climate study (Version 1) [Data set]. Inter-university "
                           "Consortium for Political and Social Research. https://doi.org/10.3886/ICPSR37000.v1")
    assert (item["type"], item["title"]) == ("dataset", "Texas school climate study")
    assert item["publisher"] == "Inter-university Consortium for Political and Social Research" and "note" not in item


def test_a_series_number_ending_a_sentence_keeps_no_full_stop():
    item = parse_reference("Klein, M. (2018) Russia's Military Policy in the Post-Soviet Space. SWP Research Paper 1. "
                           "Berlin: Stiftung Wissenschaft und Politik.")
    assert (item["type"], item["genre"], item["number"]) == ("report", "SWP Research Paper", "1")


@pytest.mark.parametrize("text,series,number", [
    ("Klein, Margarete. 2018. Russia's Military Policy in the Post-Soviet Space. SWP Research Paper 1. Berlin: "
     "Stiftung Wissenschaft und Politik.", "SWP Research Paper", "1"),
    ("Kapur, Ruchi. 2021. Gas Pipelines in Central Asia. ECFR Policy Brief 412. London: European Council on "
     "Foreign Relations.", "ECFR Policy Brief", "412"),
])
def test_a_chicago_series_and_number_before_the_imprint_is_no_book_it_is_in(text, series, number):
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"]) == ("report", series, number)
    assert "container-title" not in item


@pytest.mark.parametrize("text,body,title", [
    ("Ministry of Health of the Russian Federation. Order No. 109 of 21 March 2003 on the improvement of tuberculosis "
     "control measures. Moscow (2003). Available online at: https://docs.cntd.ru/document/901868614 (accessed March 3, 2023).",
     "Ministry of Health of the Russian Federation",
     "Order No. 109 of 21 March 2003 on the improvement of tuberculosis control measures"),
    ("Ministry of Labour and Social Protection of the Republic of Kazakhstan. Order No. 279 of 15 July 2019 on the "
     "rules for attracting foreign labour. Nur-Sultan (2019).",
     "Ministry of Labour and Social Protection of the Republic of Kazakhstan",
     "Order No. 279 of 15 July 2019 on the rules for attracting foreign labour"),
])
def test_a_bodys_order_with_its_number_and_date_is_the_title_of_an_act(text, body, title):
    # Vancouver: the body's sentence, then its act by kind, number and date; not a journal "Order", volume "No. 109"
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"]) == ("legislation", [{"literal": body}], title)
    assert "container-title" not in item and "volume" not in item


@pytest.mark.parametrize("text,page", [
    ("M. Peot and D. E. Smith. Threat-removal strategies for partial-order planning. In Proceedings of the Eleventh "
     "National Conference on Artificial Intelligence, pages 492-499, Washington, D. C., 1993.", "492-499"),
    ("Dunfield K., Kuhlmeier V.A. Examining the Diversity of Prosocial Behavior. Infancy. 2011 Volume 16, Issue 3, "
     "pages 227–247.", "227-247"),
])
def test_the_word_pages_before_a_range_is_no_part_of_it(text, page):
    # the prefix "p" of "pp." was taken off "pages", leaving "ages 492-499"
    assert parse_reference(text)["page"] == page


@pytest.mark.parametrize("text", [
    "Kulchynska R, Skrahina A. Tuberculosis among migrants in Belarus. Eur Respir J. (2019) 54(Suppl. 63):PA2775. "
    "doi: 10.1183/13993003.congress-2019.PA2775",
    "Kulchynska R, Skrahina A. Tuberculosis among migrants in Belarus. Eur Respir J. 2019;54(Suppl 63):PA2775.",
])
def test_a_vancouver_supplement_is_the_issue_and_its_lettered_page_the_page(text):
    item = parse_reference(text)
    assert (item["volume"], item["issue"].replace(".", ""), item["page"]) == ("54", "Suppl 63", "PA2775")
    assert "note" not in item


@pytest.mark.parametrize("text,publisher,series", [
    ("Hale, H.E. (2015) Patronal Politics: Eurasian Regime Dynamics in Comparative Perspective. Cambridge: Cambridge "
     "University Press (Problems of International Politics).", "Cambridge University Press", "Problems of International Politics"),
    ("Isaacs, R. (2011) Party System Formation in Kazakhstan. London: Routledge (Central Asian Studies).",
     "Routledge", "Central Asian Studies"),
    ("Way, L. (2015) Pluralism by Default: Weak Autocrats and the Rise of Competitive Politics. Baltimore: Johns "
     "Hopkins University Press (Studies in Comparative Politics).", "Johns Hopkins University Press",
     "Studies in Comparative Politics"),
])
def test_harvard_series_in_brackets_after_the_publisher(text, publisher, series):
    # the tagger ran the series into the publisher, or cut the publisher and left the rest as a note
    item = parse_reference(text)
    assert (item["publisher"], item.get("collection-title")) == (publisher, series)
    assert "note" not in item


def test_a_series_number_in_brackets_after_the_imprint():
    item = parse_reference("Pellizzaro, S. M. Arutam: mitos de los espíritus. Sucúa: Mundo Shuar, 1976. 195 p. "
                           "(Mitología Shuar; t. 1)")
    assert (item["collection-title"], item["collection-number"]) == ("Mitología Shuar", "1")


def test_harvard_chapter_imprint_after_the_book_title_is_no_part_of_it():
    item = parse_reference("Sakwa, R. (2016) 'The Ukraine syndrome and Europe', in Pikulicka-Wilczewska, A. and Sakwa, "
                           "R. (eds) Ukraine and Russia: People, Politics, Propaganda and Perspectives. Bristol: "
                           "E-International Relations, pp. 12–24.")
    assert item["container-title"] == "Ukraine and Russia: People, Politics, Propaganda and Perspectives"
    assert (item["publisher-place"], item["publisher"], item["page"]) == ("Bristol", "E-International Relations", "12-24")


def test_harvard_day_and_month_after_a_quoted_title_complete_the_date():
    item = parse_reference("BBC News (2022) 'Ukraine war: What we know', 24 February. Available at: "
                           "https://www.bbc.co.uk/news/world-europe-60503037 (Accessed: 1 March 2022).")
    assert item["issued"] == {"date-parts": [[2022, 2, 24]]}
    assert "container-title" not in item


def test_a_lettered_page_keeps_its_letter():
    # a Latin "c" glued to the number is the page's letter, not the page word "c." typed for "с."
    item = parse_reference("Lee, K. (2019). Things we know. Journal of Things, 12(3), 45b–45c.")
    assert item["page"] == "45b-45c"
    assert parse_reference("Панов С. Л. Синтаксис сказа // Русская речь. – 2016. – № 2. – С. 33–41 c.")["page"] == "33-41"


@pytest.mark.parametrize("note,family,given", [
    ("Там же. С. 45; см. также: Иванов И. И. Экономика России. М. : Наука, 2019. 320 с.", "Иванов", "И. И."),
    ("Ebd., S. 45; vgl. auch Hans Müller, Die Wirtschaft Russlands (Berlin: Duncker & Humblot, 2015), S. 12.",
     "Müller", "Hans"),
])
def test_a_pointer_then_a_cue_and_a_whole_work_in_russian_and_german(note, family, given):
    # "см. также:" made the work a pointer, and "vgl. auch" left "auch" in the given name
    item = parse_reference(note)
    assert item["author"] == [{"family": family, "given": given}]
    assert item["note"].startswith(("Там же", "Ebd."))


@pytest.mark.parametrize("text,volume,issue", [
    ("Samuel Charap, ‘Expanding the scope for statecraft in US Russia policy’, International Affairs 95: 3, 2019, "
     "pp. 561–78.", "95", "3"),
    ("Sheila Fitzpatrick, « Le parti et les archives régionales après Staline », Cahiers du monde russe, 58/3 (2017), "
     "p. 345-370.", "58", "3"),
    ("Juliette Cadiot, “Soviet Courts and Economic Crime,” Cahiers du monde russe, 61/1-2 (2020), p. 57-84.",
     "61", "1-2"),
])
def test_volume_and_issue_joined_by_a_colon_or_a_slash(text, volume, issue):
    # International Affairs prints "99: 4", Cahiers du monde russe "61/1-2"; both went whole to the volume
    item = parse_reference(text)
    assert (item["volume"], item["issue"]) == (volume, issue)


def test_a_slash_between_a_number_and_a_larger_one_is_no_volume_and_issue():
    # a double issue ("3/4") or German issue and year ("1/91") is not volume 3, issue 4
    assert volume_issue("3/4") == {"volume": "3/4"} and volume_issue("1/91") == {"volume": "1/91"}


@pytest.mark.parametrize("text,title,archive,location", [
    ("Minute by Sir Orme Sargent on Soviet policy in Iran, 2 April 1946, TNA, FO 371/56763.",
     "Minute by Sir Orme Sargent on Soviet policy in Iran", "TNA", "FO 371/56763"),
    ("Cabinet conclusions on the Berlin blockade, 24 June 1948, National Archives (Kew), CAB 128/13/4.",
     "Cabinet conclusions on the Berlin blockade", "National Archives (Kew)", "CAB 128/13/4"),
    ("Memorandum of conversation between Kissinger and Dobrynin, 12 May 1972, NARA, RG 59, Subject Numeric Files "
     "1970–73, Box 2491.", "Memorandum of conversation between Kissinger and Dobrynin", "NARA",
     "RG 59, Subject Numeric Files 1970–73, Box 2491"),
])
def test_british_and_american_shelfmarks_after_the_archive_make_a_manuscript(text, title, archive, location):
    # the National Archives' 'FO 371/56763' and NARA's 'RG 59, ..., Box 2491' as 'f. 5, op. 30, d. 12' is read
    item = parse_reference(text)
    assert (item["type"], item["title"], item["archive"], item["archive_location"]) == (
        "manuscript", title, archive, location)


def test_a_whole_work_then_a_short_form_after_a_semicolon_gives_the_work():
    # the short form's name was taken for the author ("Regina Smyth" family, "Elections" given)
    item = parse_reference(
        "On the 2016 Duma elections, see Regina Smyth, Elections, Protest, and Authoritarian Regime Stability "
        "(Cambridge: Cambridge University Press, 2020), 155–60; and, for the regions, Golosov, “Governors’ "
        "Coattails,” 370.")
    assert (item["type"], item["author"], item["title"], item["page"]) == (
        "book", [{"family": "Smyth", "given": "Regina"}], "Elections, Protest, and Authoritarian Regime Stability",
        "155-60")
    assert "Golosov, “Governors’ Coattails,” 370" in item["note"]


def test_an_aside_after_a_semicolon_opens_the_second_work():
    # "; for the opposite case, Janis Kluge, ...": the second work ran into the first one's journal
    item = parse_reference(
        "For a sceptical view, see Richard Connolly, “Sanctions and the Russian Economy,” Europe-Asia Studies 68, "
        "no. 4 (2016): 750–73; for the opposite case, Janis Kluge, Russia’s Sanctions Economy (Berlin: SWP, 2023).")
    assert (item["type"], item["container-title"], item["page"]) == ("article-journal", "Europe-Asia Studies",
                                                                      "750-73")
    assert "publisher" not in item and "Janis Kluge" in item["note"]


@pytest.mark.parametrize("text,title,number", [
    ("Andrew Radin, Hybrid Warfare in the Baltics: Threats and Potential Responses, RR-1577-AF (Santa Monica, CA: "
     "RAND Corporation, 2017), 21.", "Hybrid Warfare in the Baltics: Threats and Potential Responses", "RR-1577-AF"),
    ("Dara Massicot, Russian Military Operations in the Arctic, PE-A198-1 (Santa Monica, CA: RAND Corporation, "
     "2021).", "Russian Military Operations in the Arctic", "PE-A198-1"),
])
def test_a_report_number_after_the_title_before_the_imprint(text, title, number):
    # Chicago's "Title, RR-1577-AF (Place: Publisher, Year)": the code stayed in the title of a book
    item = parse_reference(text)
    assert (item["type"], item["title"], item["number"]) == ("report", title, number)


@pytest.mark.parametrize("text,place", [
    ("Ministry of Foreign Affairs of the Russian Federation, ‘Foreign Minister Sergey Lavrov’s remarks at a joint "
     "news conference with Mevlüt Çavuşoğlu’, Antalya, 11 March 2022, https://mid.ru/en/foreign_policy/news/1804098/.",
     "Antalya"),
    ("‘President Joe Biden's remarks on the anniversary of Russia's invasion’, Warsaw, 21 February 2023.", "Warsaw"),
])
def test_a_talk_named_after_its_speaker_is_a_speech(text, place):
    # "X’s remarks at ..." is a transcript of a talk, as "Remarks at ..." is; it was read as a document
    item = parse_reference(text)
    assert (item["type"], item.get("event-place")) == ("speech", place)


@pytest.mark.parametrize("text", [
    "General Administration of Customs of the People’s Republic of China, “China’s Exports to Russia by Commodity, "
    "2022,” March 2023, http://english.customs.gov.cn/statics/report/preliminary.html.",
    "Central Bank of the Russian Federation, “External Sector Statistics: Foreign Trade in Goods by Country,” 2023, "
    "https://cbr.ru/eng/statistics/macro_itm/svs/.",
])
def test_a_bodys_paper_in_chicago_quotes_is_a_document(text):
    # "‘Title’," after a body was a document already; Chicago's "“Title,”" made a web page
    assert parse_reference(text)["type"] == "document"


@pytest.mark.parametrize("text, body, title", [
    ("KNOMAD (2022), “Remittances data: inflows”, available at: https://www.knomad.org/data/remittances "
     "(accessed 15 March 2022).", "KNOMAD", "Remittances data: inflows"),
    ("Asian Development Bank (2021), “Uzbekistan: economy”, available at: https://www.adb.org/where-we-work/uzbekistan/"
     "economy (accessed 2 May 2022).", "Asian Development Bank", "Uzbekistan: economy"),
])
def test_a_bodys_quoted_page_in_author_date_references_is_a_webpage(text, body, title):
    # Emerald's "Body (2022), “Title”, available at: URL (accessed ...)": with the year in brackets after the name,
    # the quoted title with only a link is a web page, as a person's is; Chicago notes' quotes made it a document
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"]) == ("webpage", [{"literal": body}], title)
    assert item["accessed"]["date-parts"] and item["URL"].startswith("https://")


@pytest.mark.parametrize("text, title, date", [
    ("Treaty on the Eurasian Economic Union of 29 May 2014. (In Russ.) "
     "URL: https://docs.eaeunion.org/docs/ru-ru/0043610/itia_05062014 (accessed 10.03.2023).",
     "Treaty on the Eurasian Economic Union", [2014, 5, 29]),
    ("Agreement on the Establishment of the Eurasian Development Bank of 12 January 2006. "
     "Available at: https://eabr.org/about/docs/ (accessed 10 June 2020).",
     "Agreement on the Establishment of the Eurasian Development Bank", [2006, 1, 12]),
    ("Law of the Republic of Kazakhstan on Languages of 11 July 1997. "
     "URL: https://adilet.zan.kz/eng/docs/Z970000151_ (accessed 5 May 2020).",
     "Law of the Republic of Kazakhstan on Languages", [1997, 7, 11]),
    ("Convention on the Legal Status of the Caspian Sea of 12 August 2018. "
     "URL: http://en.kremlin.ru/supplement/5328 (accessed 20.09.2019).",
     "Convention on the Legal Status of the Caspian Sea", [2018, 8, 12]),
])
def test_the_of_before_a_documents_date_belongs_to_the_date(text, title, date):
    item = parse_reference(text)
    assert (item["title"], item["issued"]["date-parts"][0]) == (title, date)
    assert not {"author", "publisher", "container-title"} & set(item)


def test_an_act_named_by_kind_date_number_and_name_is_one_title():
    # as "Federal Law of 07.07.2003 No. 126-FZ ..." before a gazette is; with only a link after it the
    # tagger had read "Federal Law of" as a newspaper
    item = parse_reference("Federal Law of 29 December 2012 No. 273-FZ \"On Education in the Russian Federation\". "
                           "URL: http://www.consultant.ru/document/cons_doc_LAW_140174/ (accessed 01.02.2020).")
    assert (item["type"], item["title"]) == (
        "legislation", "Federal Law of 29 December 2012 No. 273-FZ \"On Education in the Russian Federation\"")
    assert item["issued"] == {"date-parts": [[2012, 12, 29]]} and "container-title" not in item


@pytest.mark.parametrize("text, title", [
    ("Declaration of 12 June 1990 on State Sovereignty of the RSFSR.",
     "Declaration of 12 June 1990 on State Sovereignty of the RSFSR"),
    ("Declaration of 12 June 1990 \"On State Sovereignty of the RSFSR\". "
     "URL: http://www.consultant.ru/document/cons_doc_LAW_1350/ (accessed 3 March 2021).",
     "Declaration of 12 June 1990 \"On State Sovereignty of the RSFSR\""),
])
def test_a_word_and_of_before_a_date_are_no_persons_name(text, title):
    item = parse_reference(text)
    assert (item["title"], item["issued"]) == (title, {"date-parts": [[1990, 6, 12]]})
    assert "author" not in item


@pytest.mark.parametrize("note,cue,family,given,title", [
    ("Цит. по: Фицпатрик Ш. Срывайте маски! Идентичность и самозванство в России XX века. М.: РОССПЭН, 2011. С. 88.",
     "Цит. по", "Фицпатрик", "Ш.", "Срывайте маски! Идентичность и самозванство в России XX века"),
    ("См. об этом: Кабанов В. В. Крестьянское хозяйство в условиях «военного коммунизма». М.: Наука, 1988. С. 41.",
     "См. об этом", "Кабанов", "В. В.", "Крестьянское хозяйство в условиях «военного коммунизма»"),
    ("См., напр.: Гайдар Е. Т. Гибель империи. Уроки для современной России. М.: РОССПЭН, 2006. С. 230–235.",
     "См., напр.", "Гайдар", "Е. Т.", "Гибель империи. Уроки для современной России"),
])
def test_russian_notes_quoting_or_sending_the_reader_to_a_work_keep_the_cue_in_note(note, cue, family, given, title):
    # "Цит. по:" (quoted from) went into the title with no author; "См. об этом:" and "См., напр.:"
    # into the first author's family name
    item = parse_reference(note)
    assert item["author"] == [{"family": family, "given": given}]
    assert item["title"] == title
    assert item["note"] == cue


@pytest.mark.parametrize("note,paper,date,page,cue", [
    ("Труд. 1989. 19 июля. С. 1.", "Труд", [1989, 7, 19], "1", None),
    ("Гудок. 1926. 3 окт. С.2.", "Гудок", [1926, 10, 3], "2", None),  # the page cue's space lost
    ("См., напр.: Красная звезда. 1942. 23 февр.", "Красная звезда", [1942, 2, 23], None, "См., напр."),
])
def test_a_gost_note_naming_a_paper_by_its_day_is_that_days_issue(note, paper, date, page, cue):
    # the paper was read as a place, an author or a title (a book or a document), and a cue before it
    # made the note a pointer
    item = parse_reference(note)
    assert (item["type"], item["container-title"]) == ("article-newspaper", paper)
    assert item["issued"] == {"date-parts": [date]}
    assert (item.get("page"), item.get("note")) == (page, cue)
    assert "author" not in item and "title" not in item


@pytest.mark.parametrize("note,title,place,date,archive", [
    ("Интервью автора с бывшим главой сельской администрации, 9 октября 2015 г. // Архив автора.",
     "Интервью автора с бывшим главой сельской администрации", None, [2015, 10, 9], "Архив автора"),
    ("Беседа автора с ветераном завода «Уралмаш», Екатеринбург, 21 мая 2010 г. // Личный архив автора.",
     "Беседа автора с ветераном завода «Уралмаш»", "Екатеринбург", [2010, 5, 21], "Личный архив автора"),
])
def test_an_interview_kept_in_the_authors_archive(note, title, place, date, archive):
    # "// Архив автора" was read as a periodical (the interview a newspaper or journal article) and,
    # the date not closing the note, the place and date ran into the title
    item = parse_reference(note)
    assert (item["type"], item["title"], item["archive"]) == ("interview", title, archive)
    assert (item.get("publisher-place"), item["issued"]) == (place, {"date-parts": [date]})
    assert "container-title" not in item


@pytest.mark.parametrize("text,title", [
    ("Постановление Конституционного Суда РФ от 14.07.2015 № 21-П // СЗ РФ. 2015. № 30. Ст. 4658.",
     "Постановление Конституционного Суда РФ от 14.07.2015 № 21-П"),
    ("Определение Верховного Суда РФ от 27.09.2017 № 305-ЭС17-6795 // Бюллетень Верховного Суда РФ. 2018. № 3. С. 12.",
     "Определение Верховного Суда РФ от 27.09.2017 № 305-ЭС17-6795"),
])
def test_a_courts_ruling_in_gost_is_a_case_not_a_law(text, title):
    # an act's kind first made a law of it, the gazette's article a page
    item = parse_reference(text)
    assert (item["type"], item["title"]) == ("legal_case", title)
    assert "page" not in item or item["page"] == "12"
    if "СЗ РФ" in text:
        assert (item["container-title"], item["issue"], item["section"]) == ("СЗ РФ", "30", "4658")


def test_gost_count_of_volumes_after_a_glued_colon_and_a_book_after_the_year():
    # "Сочинения: в 9 т." (no space before the colon) cut the title at "в" and made "9 т" the volume;
    # "Кн. 2." after the imprint's year went to note
    works = parse_reference("Ключевский В. О. Сочинения: в 9 т. М.: Мысль, 1988. Т. 3. С. 45.")
    assert (works["title"], works["volume"], works["page"]) == ("Сочинения: в 9 т.", "3", "45")
    memoirs = parse_reference("Микоян А. И. Мысли и воспоминания о Ленине: в 2 кн. М.: Политиздат, 1970. Кн. 1. С. 112.")
    assert (memoirs["title"], memoirs["volume"], memoirs["page"]) == ("Мысли и воспоминания о Ленине: в 2 кн.", "1", "112")
    assert "note" not in memoirs


def test_a_statistics_offices_translated_title_with_only_a_link_is_its_report():
    # undated, with a link, it was a web page; dated or printed the same work is a report already
    item = parse_reference("Belstat. Sotsial'noe polozhenie i uroven' zhizni naseleniya [Social conditions and living "
                           "standards of the population]. Available at: https://www.belstat.gov.by/ofitsialnaya-statistika/ "
                           "(accessed 03.03.2022). (In Russ.)")
    assert (item["type"], item["author"]) == ("report", [{"literal": "Belstat"}])
    assert item["title"] == "Social conditions and living standards of the population"


def test_a_transliterated_act_names_its_gazette_after_the_translation():
    # the gazette ran into the original title and its issue became the act's number
    item = parse_reference("Federal'nyi zakon ot 31.05.1996 No. 61-FZ \"Ob oborone\" [Federal Law of 31.05.1996 No. "
                           "61-FZ On Defence]. Sobranie zakonodatel'stva RF, 1996, no. 23, art. 2750. (In Russian)")
    assert item["type"] == "legislation"
    assert item["original-title"] == "Federal'nyi zakon ot 31.05.1996 No. 61-FZ \"Ob oborone\""
    assert (item["container-title"], item["issue"], item["section"]) == ("Sobranie zakonodatel'stva RF", "23", "2750")


def test_a_table_cited_as_a_sentence_of_its_own_is_a_pinpoint():
    # "Табл. 3." read as a journal ("Табл") and its volume
    item = parse_reference("Белстат. Численность населения Республики Беларусь на 1 января 2022 года. Табл. 3. "
                           "URL: https://www.belstat.gov.by/ofitsialnaya-statistika/ (дата обращения: 12.03.2022).")
    assert item["title"] == "Численность населения Республики Беларусь на 1 января 2022 года"
    assert item["note"] == "Табл. 3."
    assert not {"container-title", "volume"} & set(item)


def test_a_sittings_transcript_with_a_link_is_a_document():
    # a web page before, as any undated title with a link; the dev set's "Stenographic record of the plenary
    # session" of a parliament is a document
    item = parse_reference("Стенограмма заседания Государственной Думы 14 апреля 2021 г. URL: "
                           "http://transcript.duma.gov.ru/node/5640/ (дата обращения: 02.05.2021).")
    assert item["type"] == "document" and item["title"].startswith("Стенограмма заседания Государственной Думы")


def test_a_translation_in_round_brackets_after_a_transliterated_title():
    # some Russian journals print "[Translated title]" in round brackets: it stayed in the title
    item = parse_reference("Petrov P.P. Sotsial'naya politika v regionakh (Social policy in the regions). Voprosy "
                           "ekonomiki, 2019, no. 3, pp. 5–20. (In Russian)")
    assert (item["title"], item["original-title"]) == ("Social policy in the regions", "Sotsial'naya politika v regionakh")
    assert item["container-title"] == "Voprosy ekonomiki"
    # a title's own parenthesis is no translation: years, or an English subtitle after English words
    assert parse_reference("Ivanov I.I. Ekonomika Rossii (1991–2000 gg.). Moscow: Nauka, 2005. 300 p.")["title"] \
        == "Ekonomika Rossii (1991–2000 gg.)"
    english = parse_reference("Smith J. Growth and the state (A comparative study). London: Routledge, 2005.")
    assert english["title"] == "Growth and the state (A comparative study)" and "original-title" not in english


def test_a_name_closing_its_sentence_with_a_short_last_word_keeps_it_as_its_family_name():
    # "Edited by Jonathan Del Mar.": the sentence's stop after "Mar" made it look like an abbreviated given
    # name ("Smith Chr."), the rest the family name
    from cslbridge.parse.names import parse_names
    assert parse_names("Jonathan Del Mar.") == [{"family": "Del Mar", "given": "Jonathan"}]
    assert parse_names("Smith Chr.") == [{"family": "Smith", "given": "Chr"}]
    assert parse_names("Ivanov Yu.") == [{"family": "Ivanov", "given": "Yu."}]
    # of two words, a known given name first and a last word with a vowel: "Anna May." (not "Smith Chr.")
    assert parse_names("Anna May.") == [{"family": "May", "given": "Anna"}]
    assert parse_names("Peter Jay.") == [{"family": "Jay", "given": "Peter"}]
    assert parse_names("Thomas Chr.") == [{"family": "Thomas", "given": "Chr"}]




@pytest.mark.parametrize("text, pmid, pmcid", [
    ("Haddad R, Okonkwo E, Lund P. Delirium screening in older surgical patients: a cluster randomised trial. "
     "BMC Geriatr. 2020 Mar;20(1):98-106. doi: 10.1186/s12877-020-1491-8. Epub 2020 Jan 5. PMID: 31908742.",
     "31908742", None),
    ("Moreau T, Satō K. Vitamin D supplementation and fracture risk in care homes. Osteoporos Int. "
     "2018;29(6):1301-9. PMID: 29520423; PMCID: PMC6008214.", "29520423", "PMC6008214"),
])
def test_pubmed_identifiers_are_pmid_and_pmcid_not_the_number(text, pmid, pmcid):
    """PubMed's 'PMID: 31908742' and 'PMCID: PMC6008214' after a Vancouver article are CSL's PMID and PMCID;
    they were kept whole as the article's number."""
    item = parse_reference(text)
    assert (item.get("PMID"), item.get("PMCID"), item.get("number")) == (pmid, pmcid, None)


@pytest.mark.parametrize("link", [
    "https://onlinelibrary.wiley.com/doi/10.1002/nur.22145",
    "https://www.tandfonline.com/doi/full/10.1080/01612840.2021.1904470",
    "https://journals.sagepub.com/doi/pdf/10.1177/0969733020968160",
])
def test_a_publishers_doi_link_is_the_url_not_a_doi(link):
    """Vancouver's 'Available from: https://onlinelibrary.wiley.com/doi/10.1002/...': the link is the publisher's
    page, which the reference gives as its URL; the DOI rule took the '10.' inside it and the link was lost."""
    item = parse_reference("Okafor CN, Lund P. Night-shift work and burnout in mental health nurses: a survey. "
                           f"Res Nurs Health [Internet]. 2021 [cited 2022 Mar 4];44(2):310-9. Available from: {link}")
    assert (item.get("URL"), item.get("DOI")) == (link, None)


def test_a_doi_resolver_link_still_gives_the_doi():
    """doi.org links, with or without the scheme, and a 'doi:' label give the DOI as before."""
    for form in ("https://doi.org/", "doi.org/", "https://dx.doi.org/", "doi:"):
        item = parse_reference(f"Okafor, C. N. (2021). Night-shift work and burnout. Research in Nursing & Health, "
                               f"44(2), 310–319. {form}10.1002/nur.22145")
        assert (item.get("DOI"), item.get("URL")) == ("10.1002/nur.22145", None), form


@pytest.mark.parametrize("text, page", [
    ("Haddad R, Lund P. Lactate clearance and mortality in septic shock. Crit Care. 2019;23(1):55. PMID: 30795792.",
     "55"),
    ("Moreau T, Satō K. Sodium restriction in heart failure. Trials. 2021;22(1):88. PMID: 33482890; PMCID: "
     "PMC7821471.", "88"),
])
def test_a_short_vancouver_page_after_the_issue_stays_the_page(text, page):
    """'2019;23(1):55. PMID: ...': the number after the issue's '):' is the article's page; before the PubMed
    identifiers the tagger read it as more volume and it ended up in note."""
    item = parse_reference(text)
    assert (item["volume"], item["issue"], item.get("page"), item.get("note")) == (text.split(";")[1].split("(")[0],
                                                                                   "1", page, None)


@pytest.mark.parametrize("text, page, note", [
    ("Haddad R, Lund P. Lactate clearance in septic shock. Crit Care. 2019;23:55-60. Epub 2018 Dec 3. PMID: 30795792.",
     "55-60", "Epub 2018 Dec 3."),
    ("Moreau T. Sodium restriction in heart failure. J Card Fail. 2012;18(5):377-84. Epub 2012/03/31. "
     "doi:10.1016/j.cardfail.2012.02.004.", "377-84", "Epub 2012/03/31."),
])
def test_pubmeds_epub_date_goes_to_note_whole(text, page, note):
    """PubMed's 'Epub 2018 Dec 3.' after the printed issue: the online date has no field beside issued and goes to
    note with its 'Epub' (which ran into the pages, '55-60. Epub', or was lost)."""
    item = parse_reference(text)
    assert (item["page"], item["note"]) == (page, note)


def test_a_doi_link_wrapped_after_its_slash_is_joined():
    """A DOI link copied from a PDF and broken right after the prefix's slash ('https://doi.org/10.1177/' on one line,
    '09567976211045678' on the next): a DOI never ends with a slash, so the next word is its suffix; the DOI was lost."""
    item = parse_reference("Lindqvist, E., & Abara, J. (2022). Framing effects in triage decisions: A replication. "
                           "Psychological Science, 33(4), 512–525. https://doi.org/10.1177/\n09567976221087654")
    assert (item["DOI"], item.get("note"), item["page"]) == ("10.1177/09567976221087654", None, "512-525")


@pytest.mark.parametrize("text,url", [
    ("Kostenko N. [The Bank of Russia kept the key rate at 7.5%]. Vedomosti, 2023, 28 April. Available at: "
     "https://www.vedomosti.ru/finance/articles/2023/04/28/\n972874-bank-rossii-sohranil-klyuchevuyu-stavku "
     "(accessed 30.04.2023). (In Russ.)",
     "https://www.vedomosti.ru/finance/articles/2023/04/28/972874-bank-rossii-sohranil-klyuchevuyu-stavku"),
    ("Federal State Statistics Service (Rosstat). [Labour force, employment and unemployment in Russia]. Moscow, "
     "2020. 145 p. Available at: https://rosstat.gov.ru/storage/mediabank/Rab_\nsila_2020.pdf (accessed 03.03.2021). "
     "(In Russ.)", "https://rosstat.gov.ru/storage/mediabank/Rab_sila_2020.pdf"),
    ("Bank of Russia. [Annual report 2022]. Available at: https://www.cbr.ru/ (accessed 18.07.2023). (In Russ.)",
     "https://www.cbr.ru/"),
])
def test_a_link_wrapped_after_a_slash_or_underscore_is_joined(text, url):
    """A link broken at a line end after a slash or underscore, its next word a path piece ('972874-bank-rossii-...',
    'sila_2020.pdf'): the link is whole; only its head had been kept and the rest lost. A link ending in a slash
    before '(accessed' is whole already."""
    item = parse_reference(text)
    assert (item["URL"], item.get("note"), item["language"]) == (url, None, "ru")


def test_words_the_tagger_gave_the_link_that_are_no_link_stay_in_note():
    """A word after a link broken at a line end that is no path piece ('.../2023/04/28/ 972874') was read with the
    link and lost, the link's words being searched for addresses only: words with digits stay in note."""
    item = parse_reference("Kostenko N. [The Bank of Russia kept the key rate]. Vedomosti, 2023, 28 April. Available "
                           "at: https://www.vedomosti.ru/finance/articles/2023/04/28/ 972874 (accessed 30.04.2023). "
                           "(In Russ.)")
    assert (item["URL"], item["note"]) == ("https://www.vedomosti.ru/finance/articles/2023/04/28/", "972874")
    item = parse_reference("Rosstat. [Labour force]. Moscow, 2020. Available at: https://rosstat.gov.ru/storage/ "
                           "(accessed 03.03.2021). (In Russ.)")
    assert (item["URL"], item.get("note")) == ("https://rosstat.gov.ru/storage/", None)


@pytest.mark.parametrize("text,title,container", [
    ("Kuleshova E.V. Pamyat' o Velikoi Otechestvennoi voine v gorodakh Zapadnoi Sibiri. Materialy konferentsii "
     "«Istoriya i pamyat'». Tomsk, 2020, pp. 45–51.", "Pamyat' o Velikoi Otechestvennoi voine v gorodakh Zapadnoi Sibiri",
     "Materialy konferentsii «Istoriya i pamyat'»"),
    ("Orlova N.P. Migratsiya sel'skogo naseleniya Altaiskogo kraya v 1990-e gody. Tezisy dokladov XII Vserossiiskoi "
     "nauchnoi konferentsii. Barnaul, AltGU Publ., 2018, pp. 112–115.",
     "Migratsiya sel'skogo naseleniya Altaiskogo kraya v 1990-e gody", "Tezisy dokladov XII Vserossiiskoi nauchnoi konferentsii"),
])
def test_references_proceedings_named_as_the_sentence_after_a_transliterated_title(text, title, container):
    """A transliterated title with no translation in brackets to end it, then a sentence opening with the word naming
    proceedings ('Materialy', 'Tezisy', 'Trudy') and an imprint with pages: that sentence is the container; the
    whole had been the title of a book."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["container-title"]) == ("paper-conference", title, container)


@pytest.mark.parametrize("text,kind", [
    ("Bank of Russia. [Financial Stability Review. Q4 2022 – Q1 2023]. Moscow, 2023. 84 p. (In Russ.)", "report"),
    ("Federal Antimonopoly Service of the Russian Federation. [On the state of competition in the Russian Federation "
     "in 2022]. Moscow, 2023. 310 p. (In Russ.)", "report"),
    ("Tishkov V.A. [The Russian people: history and meaning]. Moscow, Nauka Publ., 2013. 649 p. (In Russ.)", "book"),
])
def test_a_bodys_own_paper_headed_by_its_name_is_a_report(text, kind):
    """References 'Body. [Translated title]. Place, year. 84 p.' with no publisher but the body: the body issued its
    own paper, a report; the count of pages had made it a book (without one it was a report already). A person's
    book with a publishing house stays a book."""
    assert parse_reference(text)["type"] == kind


@pytest.mark.parametrize("text,title", [
    ("Ministry of Finance of the Russian Federation. [Main directions of budget, tax and customs tariff policy for "
     "2024–2026]. Moscow, 2023. 96 p. (In Russ.)", "Main directions of budget, tax and customs tariff policy for 2024–2026"),
    ("Ministry of Economic Development of the Russian Federation. Prognoz sotsial'no-ekonomicheskogo razvitiya na "
     "2024–2026 gody [Forecast of socio-economic development for 2024–2026]. Moscow, 2023. 112 p. (In Russ.)",
     "Forecast of socio-economic development for 2024–2026"),
])
def test_a_long_bodys_name_heading_a_references_entry_is_the_author(text, title):
    """A body's name of six to eight words heading a References entry ('Ministry of Finance of the Russian
    Federation.'): the tagger cut it ('Ministry of', the rest the original title) or read it whole as the title;
    the rules that complete a body's name from its full stop stopped after four and six words."""
    item = parse_reference(text)
    assert (item["author"], item["title"], item["type"]) == ([{"literal": text.split(". ")[0]}], title, "report")


@pytest.mark.parametrize("text,number,place,publisher", [
    ("Kapelyushnikov R.I. [Russian labour market: a model without a future?]. Working paper WP3/2021/02. Moscow, HSE, "
     "2021. 52 p. (In Russ.)", "WP3/2021/02", "Moscow", "HSE"),
    ("Volkov V.V. [Violent entrepreneurs revisited]. Working paper M-58/19. St. Petersburg, EUSP, 2019. 38 p. (In Russ.)",
     "M-58/19", "St. Petersburg", "EUSP"),
])
def test_a_working_papers_series_before_a_references_imprint_of_place_and_acronym(text, number, place, publisher):
    """'[Title]. Working paper WP3/2021/02. Moscow, HSE, 2021. 52 p.': the series sentence with its number is the
    report's genre and number, not its publisher (a sentence before a page count had been read as the imprint), and
    an acronym after a known city is the publisher (it had stayed in the place, like a state's code)."""
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["number"]) == ("report", "Working paper", number)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)


@pytest.mark.parametrize("text", [
    "Bank Rossii. Doklad o denezhno-kreditnoi politike. 2023. No. 2 (42). Available at: "
    "https://www.cbr.ru/Collection/Collection/File/44170/2023_02_ddcp.pdf (accessed 10.06.2023). (In Russ.)",
    "Schetnaya palata Rossiiskoi Federatsii. Otchet o rabote Schetnoi palaty v 2021 godu. Moscow, 2022. 88 p.",
])
def test_a_transliterated_title_calling_itself_a_report_is_one(text):
    """'Doklad o ...' and 'Otchet o ...' are 'Report on ...' transliterated: _REPORT_RE knew 'доклад' and 'отчет' in
    Cyrillic only, so a body's dated report with a link was a web page and one with a page count a book."""
    assert parse_reference(text)["type"] == "report"


@pytest.mark.parametrize("text,author,title", [
    ("Federal'naya sluzhba gosudarstvennoi statistiki. Regiony Rossii. Sotsial'no-ekonomicheskie pokazateli. 2021 "
     "[Regions of Russia. Socio-economic indicators. 2021]. Moscow, 2021. 1112 p. (In Russ.)",
     "Federal'naya sluzhba gosudarstvennoi statistiki", "Regions of Russia. Socio-economic indicators. 2021"),
    ("Tsentral'nyi bank Rossiiskoi Federatsii. Obzor finansovoi stabil'nosti [Financial stability review]. Moscow, "
     "2022. 80 p. (In Russ.)", "Tsentral'nyi bank Rossiiskoi Federatsii", "Financial stability review"),
    ("Gosudarstvennaya sluzhba v Rossii. Uchebnik [Civil service in Russia. Textbook]. Moscow, Yurait Publ., 2019. "
     "300 p. (In Russ.)", None, "Civil service in Russia. Textbook"),
])
def test_a_transliterated_bodys_heading_the_translation_leaves_out_is_the_author(text, author, title):
    """A body's name transliterated in lower case ('Federal'naya sluzhba gosudarstvennoi statistiki.') heading a
    References entry whose bracket translates only the sentences after it: the name is the author, the work the body's
    report; the rule for a body's heading wanted every word capitalised, so the name had been the original title's
    first sentence. A title translated whole ('Gosudarstvennaya sluzhba v Rossii. Uchebnik [Civil service in
    Russia. Textbook]') keeps its first sentence."""
    item = parse_reference(text)
    assert (item.get("author"), item["title"]) == (author and [{"literal": author}], title)
    assert item["type"] == ("report" if author else "book")


@pytest.mark.parametrize("text,original", [
    ("Konstitutsiya Rossiiskoi Federatsii (prinyata vsenarodnym golosovaniem 12.12.1993) [Constitution of the Russian "
     "Federation (adopted by popular vote on 12.12.1993)]. Rossiiskaya gazeta, 1993, 25 December, no. 237. (In Russ.)",
     "Konstitutsiya Rossiiskoi Federatsii (prinyata vsenarodnym golosovaniem 12.12.1993)"),
    ("Federal'nyi zakon ot 06.10.2003 N 131-FZ «Ob obshchikh printsipakh organizatsii mestnogo samoupravleniya v "
     "Rossiiskoi Federatsii» [Federal Law of 06.10.2003 N 131-FZ On general principles of local self-government]. "
     "Rossiiskaya gazeta, 2003, 8 October, no. 202. (In Russ.)",
     "Federal'nyi zakon ot 06.10.2003 N 131-FZ «Ob obshchikh printsipakh organizatsii mestnogo samoupravleniya v "
     "Rossiiskoi Federatsii»"),
    ("Grazhdanskii kodeks Rossiiskoi Federatsii (chast' pervaya) ot 30.11.1994 N 51-FZ [Civil Code of the Russian "
     "Federation (part one)]. Rossiiskaya gazeta, 1994, 8 December, no. 238–239. (In Russ.)",
     "Grazhdanskii kodeks Rossiiskoi Federatsii (chast' pervaya) ot 30.11.1994 N 51-FZ"),
])
def test_a_transliterated_act_printed_in_a_newspaper_is_legislation(text, original):
    """An act named first in transliteration ('Federal'nyi zakon ...' with its soft sign, 'Konstitutsiya ...',
    'Grazhdanskii kodeks ...') and printed in the official paper: legislation whose original title is the act's name;
    _LAW_START knew 'Federal'nyi' without its apostrophe only and neither word, and the type looked at the translated
    title alone, so the act was the paper's article ('Konstitutsiya' even its author's given name)."""
    item = parse_reference(text)
    assert (item["type"], item["original-title"], item["container-title"]) == ("legislation", original,
                                                                               "Rossiiskaya gazeta")
    assert "author" not in item


@pytest.mark.parametrize("text,kind", [
    ("Federal'nyi zakon ot 06.10.2003 N 131-FZ «Ob obshchikh printsipakh organizatsii mestnogo samoupravleniya v "
     "Rossiiskoi Federatsii». Rossiiskaya gazeta, 2003, 8 October, no. 202.", "legislation"),
    ("Ivanov I. [The law on local self-government]. Rossiiskaya gazeta, 2003, 8 October, no. 202.", "article-newspaper"),
])
def test_a_papers_number_closing_the_reference_after_its_date_is_the_issue(text, kind):
    """'..., 2003, 8 October, no. 202.' at the very end: the tagger read the number as a note there (before
    '(In Russ.)' it knows it as the issue), so the paper's issue stayed in note."""
    item = parse_reference(text)
    assert (item["type"], item["issue"], item.get("note")) == (kind, text[-4:-1], None)


def test_an_extended_abstract_of_a_dissertation_is_the_genre_whole():
    """References' 'Extended abstract of Cand. Sci. (Econ.) Diss.' (the avtoreferat, as some journals translate it):
    THESIS knew 'Abstract of ...' only, so 'Extended' was read as the publisher."""
    item = parse_reference("Ivanova M.P. [Income inequality in Russian regions]. Extended abstract of Cand. Sci. "
                           "(Econ.) Diss. Moscow, 2018. 24 p. (In Russ.)")
    assert (item["type"], item["genre"].rstrip("."), item["publisher-place"]) == (
        "thesis", "Extended abstract of Cand. Sci. (Econ.) Diss", "Moscow")
    assert "publisher" not in item


@pytest.mark.parametrize("editors", ["Solov'ev A.I.", "A.I. Solov'ev.", "Solov'ev A.I., Petrov N.V.",
                                     "A.I. Solov'ev, N.V. Petrov."])
def test_references_editors_named_after_in_ed_by_before_the_book(editors):
    """'In: Ed. by Solov'ev A.I. Politicheskaya kul'tura [Political culture]. Moscow, ...': the names after the role
    and before the book's title are its editors; the tagger ran them into the book's title and no editor was read."""
    item = parse_reference(f"Afanas'ev M.N. [Clientelism and Russian statehood]. In: Ed. by {editors} Politicheskaya "
                           "kul'tura [Political culture]. Moscow, Aspekt Press Publ., 2016, pp. 48–70. (In Russ.)")
    assert item["container-title"] == "Politicheskaya kul'tura [Political culture]"
    assert [name["family"] for name in item["editor"]] == ["Solov'ev", "Petrov"][:1 + ("Petrov" in editors)]


@pytest.mark.parametrize("text,title", [
    ("Blanchard O., Kremer M. Disorganization. The Quarterly Journal of Economics, 1997, vol. 112, no. 4, "
     "pp. 1091–1126. https://doi.org/10.1162/003355300555439", "Disorganization"),
    ("Polterovich V.M., Popov V.V. Institutions. Voprosy Ekonomiki, 2006, no. 7, pp. 4–25.", "Institutions"),
])
def test_a_one_word_title_after_references_names_is_the_title(text, title):
    """'Blanchard O., Kremer M. Disorganization. Journal ...': the tagger ran a one-word title into the names (a second
    'Disorganization' with given names 'Kremer M.'), so the item had no title."""
    item = parse_reference(text)
    assert (item["title"], [a["family"] for a in item["author"]]) == (title, text.split(" ")[0:3:2])


def test_a_references_translation_opening_a_reference_read_as_a_note_is_the_title():
    """'Levada-Tsentr. [Trust in institutions]. 2022, 14 October. Available at: ...': the tagger read the body's name
    and the translated title as a note, so the item had neither title nor author; the bracket is the title and the
    sentence before it the author."""
    item = parse_reference("Levada-Tsentr. [Trust in institutions]. 2022, 14 October. Available at: "
                           "https://www.levada.ru/2022/10/14/doverie-institutam/ (accessed 20.10.2022). (In Russ.)")
    assert (item["title"], item["author"], item.get("note")) == ("Trust in institutions", [{"literal": "Levada-Tsentr"}],
                                                                 None)
    assert (item["type"], item["issued"]) == ("webpage", {"date-parts": [[2022, 10, 14]]})


@pytest.mark.parametrize("name,literal", [("VTsIOM", True), ("TsIK", True), ("OECD", True), ("McDonald", False)])
def test_a_transliterated_acronym_alone_is_a_body(name, literal):
    """'VTsIOM. [Ratings of trust in politicians]. Available at: ...': an acronym transliterated with 'Ts' for 'Ц' is
    no all-capitals word, so it had been a person's family name; a name with inner capitals stays a person's."""
    names = parse_names(name)
    assert names == ([{"literal": name}] if literal else [{"family": name}])


@pytest.mark.parametrize("text,key,value", [
    ("Kuznetsov A.V. [Russian direct investment in the EU]. Mirovaya ekonomika i mezhdunarodnye otnosheniya, 2019, "
     "vol. 63, no. 5, pp. 60–69. DOI: 10.20542/0131-2227-2019-63-5-\n60-69 (In Russ.)",
     "DOI", "10.20542/0131-2227-2019-63-5-60-69"),
    ("Mikhailova T.N. [Regional labour markets]. Voprosy Ekonomiki, 2020, no. 7, pp. 102–125. "
     "https://doi.org/10.32609/0042-\n8736-2020-7-102-125 (In Russ.)", "DOI", "10.32609/0042-8736-2020-7-102-125"),
    ("Rosstat. [Labour force]. Moscow, 2020. Available at: https://rosstat.gov.ru/storage/mediabank/Rab_sila_2020.\npdf "
     "(accessed 03.03.2021). (In Russ.)", "URL", "https://rosstat.gov.ru/storage/mediabank/Rab_sila_2020.pdf"),
    ("Rosstat. [Population]. Moscow, 2021. Available at: https://rosstat.gov.ru/compendium/document/13282?print=\n1 "
     "(accessed 03.03.2021). (In Russ.)", "URL", "https://rosstat.gov.ru/compendium/document/13282?print=1"),
])
def test_a_link_or_doi_broken_where_none_ends_is_joined(text, key, value):
    """A DOI broken at a line end after a hyphen ('...-63-5-' / '60-69'), a link before its file's extension
    ('...2020.' / 'pdf') or after a '=': no DOI or link ends so, so the next word is the rest of it; the DOI had lost
    its tail to note, the extension had been lost, the query's value left in note."""
    item = parse_reference(text)
    assert (item[key], item.get("note")) == (value, None)


@pytest.mark.parametrize("text,original", [
    ("Istoriya Sibiri. T. 2 [History of Siberia. Vol. 2]. Leningrad, Nauka Publ., 1968. 540 p. (In Russ.)",
     "Istoriya Sibiri. T. 2"),
    ("Istoriya Sibiri. T. II: Sibir' v sostave feodal'noi Rossii [History of Siberia. Vol. II]. Leningrad, Nauka Publ., "
     "1968. 540 p. (In Russ.)", "Istoriya Sibiri. T. II: Sibir' v sostave feodal'noi Rossii"),
])
def test_a_volume_mark_in_an_authorless_title_is_no_initial(text, original):
    """'Istoriya Sibiri. T. 2 [History of Siberia. Vol. 2].': 'T.' and its number after the title's first sentence
    mark the volume; the tagger read 'Istoriya Sibiri, T.' as an author and the original title was '2'."""
    item = parse_reference(text)
    assert ("author" in item, item["original-title"], item["type"]) == (False, original, "book")


def test_a_doi_typed_with_a_cyrillic_lookalike_is_latin():
    """'DOI: 10.17223/1998863Х/45/22' with the ISSN's 'X' typed in Cyrillic (as Tomsk journals' lists often carry it):
    a DOI is Latin, so the letter is its Latin twin; the DOI kept the Cyrillic letter and would not resolve."""
    item = parse_reference("Shcherbinin A.I., Shcherbinina N.G. [The political myth of Siberia: construction and "
                           "functions]. Vestnik Tomskogo gosudarstvennogo universiteta. Filosofiya. Sotsiologiya. "
                           "Politologiya = Tomsk State University Journal of Philosophy, Sociology and Political "
                           "Science, 2018, no. 45, pp. 212–220. DOI: 10.17223/1998863\u0425/45/22 (In Russ.)")
    assert item["DOI"] == "10.17223/1998863X/45/22"


def test_a_container_head_cut_from_the_title_keeps_its_stop():
    """'[Title]. Vestnik Tomskogo gosudarstvennogo universiteta. Filosofiya. ... = Tomsk State University Journal ...':
    where the tagger read the journal's first sentence with the title, the rule moving it to the container dropped
    its full stop ('universiteta Filosofiya')."""
    item = parse_reference("Shcherbinin A.I. [The political myth of Siberia]. Vestnik Tomskogo gosudarstvennogo "
                           "universiteta. Filosofiya. Sotsiologiya. Politologiya = Tomsk State University Journal of "
                           "Philosophy, Sociology and Political Science, 2018, no. 45, pp. 212–220. (In Russ.)")
    assert item["container-title"] == ("Vestnik Tomskogo gosudarstvennogo universiteta. Filosofiya. Sotsiologiya. "
                                       "Politologiya = Tomsk State University Journal of Philosophy, Sociology and "
                                       "Political Science")


def test_a_one_digit_vancouver_volume_after_the_month_is_no_day():
    """'PLoS Med. 2005 Aug;2(8):e124.': the date closes at its ';', so the '2' before the issue's bracket is the
    volume; the tagger read it as the month's day and the volume was lost."""
    item = parse_reference("Ioannidis JPA. Why most published research findings are false. PLoS Med. 2005 Aug;2(8):e124. "
                           "doi: 10.1371/journal.pmed.0020124. Epub 2005 Aug 30.")
    assert (item["volume"], item["issue"], item["page"], item["issued"]) == ("2", "8", "e124",
                                                                             {"date-parts": [[2005, 8]]})


def test_citing_medicines_place_with_its_state_in_brackets_before_the_publisher():
    """Citing Medicine's 'Rockville (MD): Agency for Healthcare Research and Quality (US); 2020 Jun.': the town and its
    bracketed state before the colon are the place, the words to ';' the publisher; the tagger ran both into a
    container."""
    item = parse_reference("Alvarez M, Chen L. Opioid prescribing after knee surgery [Internet]. Rockville (MD): Agency "
                           "for Healthcare Research and Quality (US); 2020 Jun. Available from: "
                           "https://www.ncbi.nlm.nih.gov/books/NBK556789/")
    assert (item["publisher-place"], item["publisher"], item.get("container-title"), item["issued"]) == (
        "Rockville (MD)", "Agency for Healthcare Research and Quality (US)", None, {"date-parts": [[2020, 6]]})


def test_initials_with_a_lower_case_hyphenated_part_stay_one_given_name():
    """APA's 'Yeung, H. W.-c., & Coe, N. M.': the Cantonese given name's initials 'H. W.-c.' are one given name; the
    lower-case part after the hyphen made 'W.-c' a person of its own."""
    item = parse_reference("Yeung, H. W.-c., & Coe, N. M. (2015). Toward a dynamic theory of global production "
                           "networks. Economic Geography, 91(1), 29–58. https://doi.org/10.1111/ecge.12063")
    assert [(n["family"], n.get("given")) for n in item["author"]] == [("Yeung", "H. W.-c."), ("Coe", "N. M.")]


@pytest.mark.parametrize("text, page", [
    ("Liu Y, Rocklöv J. The reproductive number of influenza in care homes. J Travel Med. 2020 Mar 13;27(2):taaa021. "
     "doi: 10.1093/jtm/taaa021.", "taaa021"),
    ("Okafor E, Lund P. Sodium intake and mortality in older adults. Am J Epidemiol. 2022;191(4):kwab312.", "kwab312"),
])
def test_oxford_article_ids_after_the_issue_are_cut_off_as_pages(text, page):
    """Oxford journals number articles with four letters and three digits ('27(2):taaa021'); the Vancouver cut
    after the issue's colon took only four digits, so the issue was lost into the page ('2):taaa021')."""
    item = parse_reference(text)
    assert (item["issue"], item["page"]) == (text.split("(")[1].split(")")[0], page)


def test_a_vancouver_internet_article_dated_to_the_day_keeps_date_volume_and_issue():
    """Citing Medicine 'Nursing Times [Internet]. 2021 Apr 6 [cited 2022 Feb 1];117(5):22-5.': the date before the
    access bracket and the volume and issue after it went to note."""
    item = parse_reference("Hamid S. Night shifts and burnout in community nursing. Nursing Times [Internet]. 2021 Apr 6 "
                           "[cited 2022 Feb 1];117(5):22-5. Available from: https://www.nursingtimes.net/news/burnout/")
    assert (item["issued"], item["volume"], item["issue"], item["accessed"], item.get("note")) == (
        {"date-parts": [[2021, 4, 6]]}, "117", "5", {"date-parts": [[2022, 2, 1]]}, None)
    # ... and with no issue, an article number for pages: "[cited 2024 Jan 8];139:104432." went to note where the
    # tagger left them unread; the rule reads them by their form.
    number = parse_reference("Halvorsen K, Mbatha N, O’Donnell R, Petrakis A, Suzuki Y, Wright C, et al. Early mobilisation "
                             "after hip fracture surgery: a cluster randomised trial in Norwegian orthopaedic wards. Int J Nurs "
                             "Stud [Internet]. 2023 Mar [cited 2024 Jan 8];139:104432. "
                             "Available from: https://doi.org/10.1016/j.ijnurstu.2023.104432")
    assert (number["container-title"], number["issued"], number["volume"], number["page"], number.get("note")) == (
        "Int J Nurs Stud", {"date-parts": [[2023, 3]]}, "139", "104432", None)




def test_a_chapters_in_after_its_title_opens_the_book_up_to_the_editors_cue():
    # the tagger ran the chapter's title on over "In" and into the book, or read the book as editors
    # ("In: Industry and Empire. Ed. Carol Dunn." gave an editor "Industry" and no book)
    item = parse_reference("Okafor, Chidi. 2011. Market women in colonial Lagos. In Gender and Trade in West Africa, "
                           "eds. A. Mensah & P. Duru. 88–112. Accra.")
    assert (item["title"], item["container-title"]) == ("Market women in colonial Lagos", "Gender and Trade in West Africa")
    assert item["editor"] == [{"family": "Mensah", "given": "A."}, {"family": "Duru", "given": "P."}]
    item = parse_reference("Greene, Paul 2008. “Rivers of Iron.” In: Industry and Empire. Ed. Carol Dunn. Leeds: Maney. "
                           "140-61.")
    assert (item["title"], item["container-title"]) == ("Rivers of Iron", "Industry and Empire")
    assert item["editor"] == [{"family": "Dunn", "given": "Carol"}] and item["type"] == "chapter"
    # with no cue the book runs to the end of the run the tagger gave the title
    item = parse_reference("R. Alvarez. On the complexity of planning with incomplete information. In Advances in "
                           "Planning Theory: Proceedings of the 1994 Symposium, Austin, TX, 1995.")
    assert item["container-title"] == "Advances in Planning Theory: Proceedings of the 1994 Symposium"
    # a book whose own title opens with "In", after the date, stays the title
    assert parse_reference("Proust, M. (2003). In Search of Lost Time. London: Penguin.")["title"] == "In Search of Lost Time"


def test_two_names_given_name_first_after_a_middle_initial_are_both_authors():
    # References' "Viola L. Peasant Rebels ..." rule (a title after the initials) took "Merton and Alice Kitt."
    # for the title and left "Robert K." as the only author
    item = parse_reference("Robert K. Merton and Alice Kitt. Contributions to the theory of reference group behavior. "
                           "Continuities in Social Research, 1950, 40-105.")
    assert item["author"] == [{"family": "Merton", "given": "Robert K."}, {"family": "Kitt", "given": "Alice"}]
    assert item["title"] == "Contributions to the theory of reference group behavior"
    item = parse_reference("Daniel J. Bernstein and Tanja Lange. Faster addition and doubling on elliptic curves. "
                           "Advances in Cryptology, 4833:29-50, 2007.")
    assert [a["family"] for a in item["author"]] == ["Bernstein", "Lange"]
    # the References layout it was made for, and a title with "and" that is no name
    assert parse_reference("Viola L. Peasant Rebels under Stalin. New York: Oxford University Press, 1996.")["title"] \
        == "Peasant Rebels under Stalin"
    assert parse_reference("Thomas B. Politics and Power in Russia. London: Routledge, 2001.")["title"] \
        == "Politics and Power in Russia"


@pytest.mark.parametrize("text,author,title", [
    ("Лаумулин М. Т. Центральная Азия в геополитике великих держав // Казахстан в современном мире : сб. науч. тр. / "
     "под ред. Е. М. Арыновой. – Астана : ЕНУ, 2018. – С. 45–67.", ("Лаумулин", "М. Т."),
     "Центральная Азия в геополитике великих держав"),
    ("Кушкумбаев С. К. Центральная Азия на путях интеграции: геополитика, этничность, безопасность // Казахстан в "
     "глобальных процессах : сб. ст. / под ред. Б. К. Султанова. – Алматы : КИСИ, 2019. – С. 12–30.",
     ("Кушкумбаев", "С. К."), "Центральная Азия на путях интеграции: геополитика, этничность, безопасность"),
])
def test_a_gost_heading_with_two_initials_ends_before_a_capitalised_title_word(text, author, title):
    # the tagger ran the title's adjective on into the name ("Центральная" as family, "Лаумулин М. Т." as given);
    # the rule for References' "Viola L. Peasant Rebels ..." ended a name at one initial only
    item = parse_reference(text)
    assert item["author"] == [{"family": author[0], "given": author[1]}] and item["title"] == title


def test_a_vancouver_family_name_that_is_also_a_given_name_opens_the_list():
    # the notes rule for "Alexander Cooley, Great Games, ..." (a given name, a family name and its comma, then
    # the title) read "Thomas EJ," as a whole name and the rest of the list as the title
    item = parse_reference("Thomas EJ, Brennan TA, Leape LL. Adverse events in hospitalised patients in two states. "
                           "Med Care. 2000;38(3):261-71.")
    assert [a["family"] for a in item["author"]] == ["Thomas", "Brennan", "Leape"]
    assert item["title"] == "Adverse events in hospitalised patients in two states"
    # the rule still reads the note it was made for
    item = parse_reference("Alexander Cooley, Great Games, Local Rules: The New Great Power Contest in Central Asia "
                           "(New York: Oxford University Press, 2012), 45.")
    assert item["author"] == [{"family": "Cooley", "given": "Alexander"}]
    assert item["title"].startswith("Great Games, Local Rules")


def test_names_given_first_parted_by_a_comma_are_two_names():
    # "James Laudon, Daniel Lenoski." with no "and": the second name was read as the title, then as the
    # given names of an inverted "James Laudon"
    item = parse_reference("Michael Stonebraker, Joseph Hellerstein. What goes around comes around. Readings in "
                           "Database Systems, 2005.")
    assert item["author"] == [{"family": "Stonebraker", "given": "Michael"}, {"family": "Hellerstein", "given": "Joseph"}]
    assert item["title"] == "What goes around comes around"
    from cslbridge.parse.names import parse_names
    assert parse_names("Laudon, James") == [{"family": "Laudon", "given": "James"}]
    assert parse_names("Van Dyke, Anna Maria") == [{"family": "Van Dyke", "given": "Anna Maria"}]


def test_a_journal_after_a_title_closed_by_a_question_mark_is_the_container():
    # with no container found, the title's short capitalised last sentence before the year and the volume is
    # the journal; a title closed by "?" (not only by ".") ends before it
    item = parse_reference("Hale, R., Bird song dialects in island populations: is isolation the cause? Ibis, 2008. "
                           "150(3): 441-50.")
    assert (item["title"], item["container-title"]) == ("Bird song dialects in island populations: is isolation the "
                                                        "cause?", "Ibis")
    item = parse_reference("Moreno, L., et al., Iron chelation in children with thalassaemia major. Haematologica, "
                           "2012. 97(4): 523-30.")
    assert (item["title"], item["container-title"], item["volume"]) == (
        "Iron chelation in children with thalassaemia major", "Haematologica", "97")


def test_a_body_then_a_two_word_town_and_its_state_are_publisher_and_place():
    # Harvard-style "Body, Place." took "Cheltenham, UK." (town and region) but not a town of two words
    # before its state, "Las Cruces, NM.": the town stayed in the publisher
    item = parse_reference("Hensley, T. 1999. Soil survey of the lower valley. Cooperative Extension Office, "
                           "Las Cruces, NM.")
    assert (item["publisher"], item["publisher-place"]) == ("Cooperative Extension Office", "Las Cruces, NM")
    item = parse_reference("Tan, L. 2012. Mangrove crabs of the gulf coast. Marine Science Consortium, "
                           "Corpus Christi, TX.")
    assert (item["publisher"], item["publisher-place"]) == ("Marine Science Consortium", "Corpus Christi, TX")
    item = parse_reference("Smith, A. 2010. Urban soils. Routledge, London, UK.")
    assert (item["publisher"], item["publisher-place"]) == ("Routledge", "London, UK")


def test_classicists_edd_marks_editors_and_a_spaced_dash_joins_their_names():
    # "edd." (the Latin plural) was kept in the first editor's given name or in the book's title
    item = parse_reference("R. Thomas, ‘Literacy and the City-State in Archaic Greece’, in Literacy and Power in the "
                           "Ancient World, edd. A.K. Bowman and G. Woolf, Cambridge 1994, pp. 33-50.")
    assert item["editor"] == [{"family": "Bowman", "given": "A.K."}, {"family": "Woolf", "given": "G."}]
    item = parse_reference("J.M. Foley, ‘Oral Tradition and Its Implications’, in A New Companion to Homer, edd. "
                           "I. Morris and B. Powell, Leiden 1997, pp. 146-73.")
    assert item["container-title"] == "A New Companion to Homer"
    from cslbridge.parse.names import parse_names
    assert parse_names("M. Griffith – D.J. Mastronarde (edd.)") == [
        {"family": "Griffith", "given": "M."}, {"family": "Mastronarde", "given": "D.J."}]
    assert parse_names("Jean-Paul Sartre") == [{"family": "Sartre", "given": "Jean-Paul"}]


def test_editors_named_after_in_then_their_cue_then_the_book():
    # "In Name ed. Book. Place: Publisher": the tagger ran the editor on into the book's title, which was lost
    # in one editor's name
    item = parse_reference("Rossi, Paolo. “La scena e il mercato.” In Laura Bianchi ed. Teatro e società. Roma: "
                           "Carocci, 2010. 45-60.")
    assert item["editor"] == [{"family": "Bianchi", "given": "Laura"}]
    assert (item["container-title"], item["type"]) == ("Teatro e società", "chapter")
    # with a comma before the cue, as before
    item = parse_reference("Dillon, John 1973. “Comments on John Moore’s Paper.” In Julius M.E. Moravcsik, ed. "
                           "Patterns in Plato’s Thought. Dordrecht and Boston: D. Reidel. 72-77.")
    assert item["container-title"] == "Patterns in Plato’s Thought"


def test_in_press_or_forthcoming_in_the_dates_place_is_the_date():
    # APA's "(in press)." after the names was read as the start of the title or as a name
    item = parse_reference("Lee, K., & Park, S. (in press). Sleep and memory in adolescents. Journal of Adolescent "
                           "Health.")
    assert item["status"] == "in press" and "issued" not in item
    assert item["title"] == "Sleep and memory in adolescents"
    assert [a["family"] for a in item["author"]] == ["Lee", "Park"]
    item = parse_reference("Hartner, Marcus (forthcoming). “Images of Home.” In Migration and Literature, edited by "
                           "A. Smith. London: Routledge.")
    assert item["author"] == [{"family": "Hartner", "given": "Marcus"}] and item["status"] == "forthcoming"




@pytest.mark.parametrize("text, genre, number, publisher, place", [
    ("J. Guhl and J. Davey, “A safe space to hate: White supremacist mobilisation on Telegram,” Inst. Strategic "
     "Dialogue, London, U.K., Tech. Rep., 2020.", "Tech. Rep.", None, "Inst. Strategic Dialogue", "London, U.K."),
    ("M. Laruelle, “Kazakhstan’s January crisis: Elite fights, social grievances and the Russian factor,” PONARS "
     "Eurasia, Washington, DC, USA, Policy Memo 762, Feb. 2022.", "Policy Memo", "762", "PONARS Eurasia",
     "Washington, DC, USA"),
])
def test_ieee_reports_without_a_number_and_think_tank_series(text, genre, number, publisher, place):
    item = parse_reference(text)
    assert (item["type"], item.get("genre"), item.get("number"), item.get("publisher"), item.get("publisher-place")) == \
        ("report", genre, number, publisher, place)


def test_an_ieee_thesis_names_its_department_and_university_before_the_place():
    item = parse_reference("A. Baimukhamedova, “Digital repression and online mobilization in post-Soviet Central "
                           "Asia,” Ph.D. dissertation, Dept. Politics Int. Stud., Univ. Cambridge, Cambridge, U.K., 2021.")
    assert (item["type"], item["genre"], item["publisher"], item["publisher-place"]) == \
        ("thesis", "Ph.D. dissertation", "Dept. Politics Int. Stud., Univ. Cambridge", "Cambridge, U.K.")
    assert "container-title" not in item


@pytest.mark.parametrize("text, body", [
    ("Access Now. (2022). #KeepItOn: Kazakhstan Shuts Down the Internet Amid Protests. Accessed: Jan. 28, 2022. "
     "[Online]. Available: https://www.accessnow.org/kazakhstan-internet-shutdown-protests/", "Access Now"),
    ("Akorda. (Jan. 7, 2022). Address of the President of the Republic of Kazakhstan Kassym-Jomart Tokayev to the "
     "People of Kazakhstan. [Online]. Available: https://www.akorda.kz/en/address-of-the-president-7-january-2022",
     "Akorda"),
])
def test_a_body_named_without_initials_before_a_bracketed_date(text, body):
    assert parse_reference(text)["author"] == [{"literal": body}]




@pytest.mark.parametrize("city", ["М", "СПб", "Л", "Пг", "К", "Мн", "Х"])
@pytest.mark.parametrize("imprint", ["– {c}., 1915. – 200 с.", "{c}., 1915. 200 с.", "– {c}. : Наука, 1915. – 200 с.",
                                     "{c}. : Тип. Наука, 1915.", "{c}.: Тип. Наука, 1915."])
def test_an_abbreviated_russian_city_is_the_place_with_or_without_a_publisher(city, imprint):
    # "– Пг., 1915." stayed in the title ("Очерки. – Пг."), and after a one-word title the heading, title and city
    # read as one name ("Очерки. Л., 1929.")
    for title in ("Очерки истории края", "Очерки"):
        item = parse_reference(f"Петров А. А. {title}. {imprint.format(c=city)}")
        assert (item["author"], item["title"], item["publisher-place"]) == (
            [{"family": "Петров", "given": "А. А."}], title, f"{city}.")
        assert item.get("publisher", "Наука") in ("Наука", "Тип. Наука") and item["issued"] == {"date-parts": [[1915]]}
    chapter = parse_reference(f"Петров А. А. Реформы // Сборник статей. {city}., 1915. С. 5–20.")
    assert (chapter["container-title"], chapter["publisher-place"]) == ("Сборник статей", f"{city}.")
    # an initial before the comma and the year is a name's, no city
    assert "publisher-place" not in parse_reference("Петров А. К., 2010. Очерки истории края. Наука.")


@pytest.mark.parametrize("text, title, date", [
    ("Стенографический отчет о заседании Государственной Думы 25 декабря 2020 г.",
     "Стенографический отчет о заседании Государственной Думы", [2020, 12, 25]),
    ("Стенографический отчет о заседании Совета Федерации 16 марта 2022 г. URL: http://council.gov.ru/activity/"
     "meetings/133870/transcript/ (дата обращения: 01.04.2022).", "Стенографический отчет о заседании Совета Федерации",
     [2022, 3, 16]),
    ("Протокол заседания Политбюро ЦК ВКП(б) от 14 ноября 1929 г.", "Протокол заседания Политбюро ЦК ВКП(б)",
     [1929, 11, 14]),
])
def test_a_dated_record_is_issued_on_the_day_its_title_ends_with(text, title, date):
    # the sitting's date stayed in the title and the transcript had no date
    item = parse_reference(text)
    assert (item["title"], item["issued"]) == (title, {"date-parts": [date]})


def test_a_date_closing_a_title_leaves_an_issued_work_alone():
    item = parse_reference("Иванов И. И. Манифест 17 октября 1905 г. // Вопросы истории. 2005. № 10. С. 3–15.")
    assert item["title"] == "Манифест 17 октября 1905 г." and item["issued"] == {"date-parts": [[2005]]}


@pytest.mark.parametrize("note, title, author, date, archive", [
    ("Письмо Н. С. Хрущева в ЦК КПСС от 12 мая 1956 г. // РГАНИ. Ф. 3. Оп. 12. Д. 1005. Л. 4–6.",
     "Письмо Н. С. Хрущева в ЦК КПСС", [{"family": "Хрущев", "given": "Н. С."}], [1956, 5, 12], "РГАНИ"),
    ("Письмо Н. К. Крупской И. В. Сталину, 1924 г. // РГАСПИ. Ф. 12. Оп. 2. Д. 32.",
     "Письмо Н. К. Крупской И. В. Сталину", [{"family": "Крупская", "given": "Н. К."}], [1924], "РГАСПИ"),
    ("Телеграмма Ф. Э. Дзержинского В. И. Ленину, 22 июля 1920 г. // РГАСПИ. Ф. 76. Оп. 3. Д. 124. Л. 2.",
     "Телеграмма Ф. Э. Дзержинского В. И. Ленину", [{"family": "Дзержинский", "given": "Ф. Э."}], [1920, 7, 22],
     "РГАСПИ"),
    # names whose nominative is not certain from the genitive ("Берии", indeclinable "Громыко"): no author guessed
    ("Докладная записка Л. П. Берии в Президиум ЦК КПСС, 8 мая 1953 г. // ГА РФ. Ф. Р-9401. Оп. 2. Д. 416. Л. 1–5.",
     "Докладная записка Л. П. Берии в Президиум ЦК КПСС", None, [1953, 5, 8], "ГА РФ"),
    ("Письмо А. А. Громыко Л. И. Брежневу от 3 марта 1970 г. // АВП РФ. Ф. 0129. Оп. 54. Д. 12. Л. 3.",
     "Письмо А. А. Громыко Л. И. Брежневу", None, [1970, 3, 3], "АВП РФ"),
    # the writer's post before his name ("начальника Главсевморпути", "наркома внутренних дел СССР"): the heading is
    # the title whole, not the post read as an author's name ("Шмидта", a foreign stem's genitive, is not guessed)
    ("Докладная записка начальника Главсевморпути О. Ю. Шмидта в СНК СССР, 10 января 1937 г. // РГАЭ. Ф. 9570. Оп. 2. "
     "Д. 314. Л. 8–9 об.", "Докладная записка начальника Главсевморпути О. Ю. Шмидта в СНК СССР", None, [1937, 1, 10],
     "РГАЭ"),
    ("Письмо наркома внутренних дел СССР Н. И. Ежова И. В. Сталину, 3 июня 1937 г. // РГАСПИ. Ф. 558. Оп. 11. Д. 729.",
     "Письмо наркома внутренних дел СССР Н. И. Ежова И. В. Сталину", [{"family": "Ежов", "given": "Н. И."}],
     [1937, 6, 3], "РГАСПИ"),
])
def test_a_letter_named_by_its_writer_in_the_genitive_is_his_manuscript(note, title, author, date, archive):
    # "Письмо" was read as the author's family name, the writer's name as the title
    item = parse_reference(note)
    assert (item["type"], item["title"], item.get("author"), item["issued"], item["archive"]) == (
        "manuscript", title, author, {"date-parts": [date]}, archive)


@pytest.mark.parametrize("text, office, title", [
    ("Росстат. Регионы России. Социально-экономические показатели. 2022. URL: https://rosstat.gov.ru/folder/210/"
     "document/13204 (дата обращения: 10.03.2023).", "Росстат", "Регионы России. Социально-экономические показатели"),
    ("Национальный статистический комитет Республики Беларусь. Беларусь в цифрах. 2022. URL: https://www.belstat.gov.by/"
     "upload/iblock/bel_v_cifrah_2022.pdf (дата обращения: 11.09.2022).",
     "Национальный статистический комитет Республики Беларусь", "Беларусь в цифрах"),
])
def test_a_statistics_offices_own_collection_with_a_link_is_its_report(text, office, title):
    # a web page before (a dated title with a link), and an office unknown to the tagger ran into the title
    item = parse_reference(text)
    assert (item["type"], item["author"], item["title"]) == ("report", [{"literal": office}], title)
    # Harvard's office with its year in brackets and only a link dates a page (the dev set's ONS rows)
    harvard = parse_reference("Office for National Statistics (2023) Average household income, UK: financial year "
                              "ending 2022. Available at: https://www.ons.gov.uk/x (Accessed: 3 March 2023).")
    assert harvard["type"] == "webpage"
    # a collection about the office, its name opening the title, has no such heading
    about = parse_reference("Федеральная служба государственной статистики: история и современность : сб. ст. – М., "
                            "2010. – 300 с.")
    assert "author" not in about and about["title"].startswith("Федеральная служба государственной статистики")


def test_a_gost_patents_bulletin_is_kept_whole_in_note():
    # the note kept "Бюл" and lost its number (read as a volume), and the filing date's cue stayed in note
    item = parse_reference("Пат. 2701234 Рос. Федерация, МПК F16C 33/10. Подшипник скольжения с композиционным покрытием / "
                           "Сидоренко В. И., Ткачук А. П. ; заявитель и патентообладатель Самар. гос. техн. ун-т. – "
                           "№ 2018134567 ; заявл. 28.09.2018 ; опубл. 25.09.2019, Бюл. № 27. – 9 с.")
    assert item["note"].split("\n") == ["Рос. Федерация, МПК F16C 33/10", "№ 2018134567",
                                        "заявитель и патентообладатель Самар. гос. техн. ун-т", "Бюл. № 27"]
    assert (item["number"], item["issued"], item["submitted"]) == (
        "2701234", {"date-parts": [[2019, 9, 25]]}, {"date-parts": [[2018, 9, 28]]})
    assert not {"volume", "issue", "container-title"} & set(item)


def test_a_patent_written_out_as_gost_7_0_100_2018_has_it_or_the_references_has_it():
    # "Патент № ..." (not "Пат.") and References' "Patent RF, no. ..." were books: the whole heading the title, the
    # applicant a third author, no dates; the number read as an edition
    item = parse_reference("Патент № 2693456 Российская Федерация, МПК A01K 5/02 (2006.01). Кормушка для телят : "
                           "№ 2018145678 : заявл. 21.12.2018 : опубл. 12.07.2019 / Ларионов Г. А., Семенов В. Г. ; "
                           "заявитель ФГБОУ ВО Чувашская ГСХА. – 6 с. : ил. – Текст : непосредственный.")
    assert (item["type"], item["number"], item["title"]) == ("patent", "2693456", "Кормушка для телят")
    assert (item["submitted"], item["issued"]) == ({"date-parts": [[2018, 12, 21]]}, {"date-parts": [[2019, 7, 12]]})
    assert [a["family"] for a in item["author"]] == ["Ларионов", "Семенов"]
    assert {"Российская Федерация, МПК A01K 5/02 (2006.01)", "№ 2018145678", "заявитель ФГБОУ ВО Чувашская ГСХА"} \
        <= set(item["note"].split("\n"))
    ref = parse_reference("Orlov P.K. Sposob bureniya skvazhin v mnogoletnemerzlykh porodakh [Method of drilling wells "
                          "in permafrost]. Patent RF, no. 2667890, 2018. (In Russ.)")
    assert (ref["type"], ref["number"], ref["genre"], ref["issued"]) == (
        "patent", "2667890", "Patent RF", {"date-parts": [[2018]]})
    assert "edition" not in ref


@pytest.mark.parametrize("text", [
    "К итогам хлебозаготовок // Советская Сибирь. 1930. 5 янв. № 4.",
    "Петров С. Итоги пленума // Советская Сибирь. – 1930. – 5 янв. – № 4. – С. 1.",
])
def test_a_gost_paper_cited_by_its_day_and_number_is_a_newspaper(text):
    # a paper the outlet list does not know read as a journal: GOST dates a journal's issue by year and number only
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["issued"], item["issue"]) == (
        "article-newspaper", "Советская Сибирь", {"date-parts": [[1930, 1, 5]]}, "4")
    # a journal's issue by year and number stays a journal's
    assert parse_reference("Петров С. Итоги пленума // Сибирские огни. 1930. № 4. С. 1–9.")["type"] == "article-journal"


@pytest.mark.parametrize("text, author, title", [
    ("Хрущев Н. С. Время. Люди. Власть : воспоминания : в 4 кн. / Н. С. Хрущев. – М. : Московские новости, 1999. – "
     "Кн. 1. – 848 с.", "Хрущев", "Время. Люди. Власть: воспоминания: в 4 кн."),
    ("Эренбург И. Г. Люди, годы, жизнь. Воспоминания : в 3 т. / И. Г. Эренбург. – М. : Советский писатель, 1990. – "
     "Т. 1. – 656 с.", "Эренбург", "Люди, годы, жизнь. Воспоминания: в 3 т."),
])
def test_a_gost_title_with_stops_runs_to_the_statement_of_responsibility(text, author, title):
    # the title's first sentence was read as a name ("Время") or its last as a journal, the count of volumes before
    # the slash ("в 3 т.") having kept the title rule off
    item = parse_reference(text)
    assert (item["type"], [n["family"] for n in item["author"]], item["title"], item["volume"]) == (
        "book", [author], title, "1")
    assert "container-title" not in item


@pytest.mark.parametrize("text, title, volume, own", [
    ("Ключевский В. О. Сочинения : в 9 т. Т. 3. Курс русской истории. Ч. 3. – М. : Мысль, 1988. – 414 с.",
     "Сочинения: в 9 т.", "3", "Курс русской истории. Ч. 3"),
    ("Толстой Л. Н. Собрание сочинений : в 22 т. Т. 4. Война и мир. М. : Художественная литература, 1979. 415 с.",
     "Собрание сочинений: в 22 т.", "4", "Война и мир"),
    ("Ленин В. И. Полное собрание сочинений : в 55 т. Т. 45. Март 1922 – март 1923. – М. : Политиздат, 1970. – 814 с.",
     "Полное собрание сочинений: в 55 т.", "45", "Март 1922 – март 1923"),
])
def test_a_volume_with_its_own_title_is_the_books_volume(text, title, volume, own):
    # the volume's title ran into the work's title or read as a journal, making the volume an article
    item = parse_reference(text)
    assert (item["type"], item["title"], item["volume"], item["volume-title"]) == ("book", title, volume, own)
    assert "container-title" not in item


@pytest.mark.parametrize("text, jurisdiction, title, number, form, pages", [
    ("Российская Федерация. Законы. Об образовании в Российской Федерации : Федеральный закон № 273-ФЗ : [принят "
     "Государственной думой 21 декабря 2012 года] . – Москва : Эксмо, 2013. – 208 с.", "Российская Федерация",
     "Об образовании в Российской Федерации", "Федеральный закон № 273-ФЗ", "Законы", "208"),
    ("Россия. Конституция (1993). Конституция Российской Федерации : принята всенародным голосованием 12 декабря "
     "1993 г. – М. : Юрид. лит., 1993. – 64 с.", "Россия", "Конституция Российской Федерации", None,
     "Конституция (1993)", "64"),
    ("Российская Федерация. Кодексы. Трудовой кодекс Российской Федерации : [федер. закон : принят Гос. Думой 21 дек. "
     "2001 г.]. – Москва : Омега-Л, 2020. – 215 с.", "Российская Федерация", "Трудовой кодекс Российской Федерации",
     None, "Кодексы", "215"),
])
def test_an_act_under_gost_jurisdiction_heading_is_legislation(text, jurisdiction, title, number, form, pages):
    # the heading was read as an author ("Законы", given "Российская Федерация") and the bracket as the title
    item = parse_reference(text)
    assert (item["type"], item["jurisdiction"], item["title"], item.get("number"), item["number-of-pages"]) == (
        "legislation", jurisdiction, title, number, pages)
    assert "author" not in item and item["note"].split("\n")[0] == form
    assert item["publisher"] and item["issued"]["date-parts"][0][0] in (1993, 2013, 2020)


def test_a_letter_named_by_its_writer_printed_in_a_journal():
    # "Письмо" was the author's family name and the writer's name the title
    item = parse_reference("Письмо Н. С. Хрущева в ЦК КПСС // Исторический архив. 1996. № 3. С. 5–10.")
    assert (item["title"], item["author"], item["container-title"], item["page"]) == (
        "Письмо Н. С. Хрущева в ЦК КПСС", [{"family": "Хрущев", "given": "Н. С."}], "Исторический архив", "5-10")
    # a genitive with two nominatives ("Горького": Горький or Горькой) names no author
    gorky = parse_reference("Письмо А. М. Горького И. В. Сталину // Известия ЦК КПСС. 1989. № 3. С. 180–185.")
    assert gorky["title"] == "Письмо А. М. Горького И. В. Сталину" and "author" not in gorky


def test_a_gost_law_heading_needs_an_act_after_it():
    # a jurisdiction in capitals is one too; a classic's "Законы" ("Laws") before a title naming no act is no heading
    ussr = parse_reference("СССР. Законы. О пенсиях и пособиях членам колхозов : Закон СССР от 15 июля 1964 г. – М. : "
                           "Юрид. лит., 1964. – 32 с.")
    assert (ussr["type"], ussr["jurisdiction"], ussr["title"]) == (
        "legislation", "СССР", "О пенсиях и пособиях членам колхозов")
    assert parse_reference("Платон. Законы. Послезаконие. – СПб. : Наука, 2014. – 656 с.")["type"] != "legislation"


def test_every_cyrillic_city_the_parser_knows_is_the_place_before_the_year():
    # "Очерки истории края. Казань, 2010." kept the city in the title, and after a one-word title the heading, title
    # and city read as one name; a dash before it ("– Нижний Новгород, 2010.") had not helped the two-word cities
    from cslbridge.parse.places import PLACES
    cities = [" ".join("-".join(part.capitalize() if len(part) > 2 or not k else part
                                for k, part in enumerate(word.split("-"))) for word in place.split())
              for place in sorted(PLACES) if re.search("[а-яё]", place)]
    assert "Казань" in cities and "Ростов-на-Дону" in cities and "Нижний Новгород" in cities
    wrong = []
    for city in cities:
        for text in (f"Петров А. А. Очерки истории края. {city}, 2010. 200 с.", f"Петров А. А. Очерки. {city}, 2010. 200 с.",
                     f"Петров А. А. Очерки истории края. – {city}, 2010. – 200 с."):
            item = parse_reference(text)
            if (item.get("publisher-place"), item.get("author")) != (city, [{"family": "Петров", "given": "А. А."}]):
                wrong.append(text)
    assert wrong == []
    # a city right after the heading's initials opens a title ("Москва, 1937"), not the imprint
    assert parse_reference("Шлёгель К. Москва, 1937. – М. : РОССПЭН, 2011. – 559 с.")["publisher-place"] == "М."


@pytest.mark.parametrize("text,author,title,place,year", [
    ("Шлёгель К. Москва, 1937. – М. : РОССПЭН, 2011. – 559 с.", ("Шлёгель", "К."), "Москва, 1937", "М.", 2011),
    ("Ломагин Н. А. Ленинград, 1941–1944: неизвестная блокада. СПб.: Нева, 2004. 608 с.", ("Ломагин", "Н. А."),
     "Ленинград, 1941–1944: неизвестная блокада", "СПб.", 2004),
    ("Schlögel K. Moskva, 1937 [Moscow, 1937]. Moscow, ROSSPEN Publ., 2010. 696 p. (In Russ.)", ("Schlögel", "K."),
     "Moscow, 1937", "Moscow", 2010),
    ("Merridale C. Berlin, 1945: The Fall. London: Faber, 2016. 320 p.", ("Merridale", "C."), "Berlin, 1945: The Fall",
     "London", 2016),
])
def test_a_city_and_year_after_the_headings_initials_are_the_title_when_the_imprint_follows(text, author, title, place,
                                                                                              year):
    # the tagger read the city as the author's family name ("Москва", given "Шлёгель К.") and its year as the date
    item = parse_reference(text)
    assert (names(item), item["title"], item["publisher-place"]) == ([author], title, place)
    assert item["issued"] == {"date-parts": [[year]]}


@pytest.mark.parametrize("text,title,genre,event,place", [
    ("Tokayev, K.-J. (2022). Eurasian Integration in a Time of Uncertainty. Lecture at Lomonosov Moscow State University, "
     "Moscow, 28 November. Official website of the President of Kazakhstan. https://www.akorda.kz/en/lecture-at-msu-2811 "
     "(accessed 02.12.2022).",
     "Eurasian Integration in a Time of Uncertainty", "Lecture", "Lomonosov Moscow State University", "Moscow"),
    ("Xi Jinping. (2013). Promote Friendship between Our People and Work Together to Build a Bright Future. Speech at "
     "Nazarbayev University, Astana, 7 September. Ministry of Foreign Affairs of the People’s Republic of China. "
     "https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/zyjh_665391/201309/t20130912_665401.html (accessed 12.10.2021).",
     "Promote Friendship between Our People and Work Together to Build a Bright Future", "Speech", "Nazarbayev University",
     "Astana"),
])
def test_a_talk_named_after_its_title_is_a_speech_given_at_that_place(text, title, genre, event, place):
    # Polis' References: "Title. Speech at <venue>, <town>, <day>." after an author-date head
    item = parse_reference(text)
    assert (item["type"], item["title"], item["genre"], item["event-title"], item["event-place"]) == (
        "speech", title, genre, event, place)


def test_a_document_approved_by_an_act_in_a_sentence_of_its_own():
    # Polis' References: "Title [Translation]. (2014). Approved by Decree of ... No. 741 of 21 January 2014. URL"
    item = parse_reference(
        "Kontseptsiya vneshnei politiki Respubliki Kazakhstan na 2014-2020 gody [Foreign Policy Concept of the Republic "
        "of Kazakhstan for 2014-2020]. (2014). Approved by Decree of the President of the Republic of Kazakhstan No. 741 "
        "of 21 January 2014. https://www.akorda.kz/ru/legal_acts/decrees/kontseptsiya-2014 (accessed 03.05.2019). (In Russ.)")
    assert "container-title" not in item and "issue" not in item
    assert (item["type"], item["publisher"], item["number"]) == (
        "document", "Decree of the President of the Republic of Kazakhstan", "741")


def test_chicago_list_of_four_keeps_the_middle_names_given_name_first():
    # "Last, First, First Last, First Last, and First Last": the two middle names were read as one
    # inverted pair (family "Guido Lorenzoni", given "Ludwig Straub")
    assert parse_names("Guerrieri, Veronica, Guido Lorenzoni, Ludwig Straub, and Iván Werning") == [
        {"family": "Guerrieri", "given": "Veronica"}, {"family": "Lorenzoni", "given": "Guido"},
        {"family": "Straub", "given": "Ludwig"}, {"family": "Werning", "given": "Iván"}]
    item = parse_reference("Czejdo, Bogdan, Erik M. Ferragut, John R Goodall, and Jason Laska. 2013. “Data Warehouse "
                           "for Event Streams.” Foundations of Computing and Decision Sciences 38 (2): 87–96.")
    assert [(n["family"], n["given"]) for n in item["author"]] == [
        ("Czejdo", "Bogdan"), ("Ferragut", "Erik M."), ("Goodall", "John R."), ("Laska", "Jason")]
    # an inverted list stays inverted
    assert parse_names("Van Dyke, Anna Maria") == [{"family": "Van Dyke", "given": "Anna Maria"}]


def test_cochrane_review_number_after_art_no_is_the_page():
    # Cochrane's own layout: "Cochrane Database of Systematic Reviews 2021, Issue 6. Art. No.: CD013412. DOI: ...";
    # the review number (letters and digits, after "No.:") was left in note
    item = parse_reference("Moreau L, Adjei K, Lindgren P. Exercise training for fatigue in adults with multiple "
                           "sclerosis. Cochrane Database of Systematic Reviews 2021, Issue 6. Art. No.: CD013412. "
                           "DOI: 10.1002/14651858.CD013412.pub2.")
    assert (item["container-title"], item["issue"], item["page"]) == (
        "Cochrane Database of Systematic Reviews", "6", "CD013412")
    assert item["DOI"] == "10.1002/14651858.CD013412.pub2" and "note" not in item
    # IEEE's "Art. no." keeps working
    assert parse_reference("A. Kumar and B. Li, “Edge caching for video,” IEEE Access, vol. 9, 2021, "
                           "Art. no. 9345123.")["page"] == "9345123"


def test_nice_series_in_brackets_after_the_imprint_is_genre_and_number():
    # Vancouver as NICE asks to be cited: "(NICE guideline [NG136])" after the imprint was left in note
    item = parse_reference("National Institute for Health and Care Excellence. Hypertension in adults: diagnosis "
                           "and management [Internet]. London: NICE; 2019 [cited 2024 Apr 9]. (NICE guideline "
                           "[NG136]). Available from: https://www.nice.org.uk/guidance/ng136")
    assert (item["type"], item["genre"], item["number"]) == ("report", "NICE guideline", "NG136")
    assert "NG136" not in item.get("note", "")
    item = parse_reference("National Institute for Health and Care Excellence. Type 2 diabetes in adults: "
                           "management. London: NICE; 2015. (Clinical guideline [NG28]).")
    assert (item["genre"], item["number"], item.get("note")) == ("Clinical guideline", "NG28", None)


def test_bluebook_congressional_reports_are_reports_with_series_and_number():
    # "S. Rep. No. 111-176 (2010)." read as a document by an author "Rep, S."
    item = parse_reference("S. Rep. No. 111-176 (2010).")
    assert {k: v for k, v in item.items() if k != "custom"} == {
        "type": "report", "genre": "S. Rep.", "number": "111-176", "issued": {"date-parts": [[2010]]}}
    item = parse_reference("H.R. Conf. Rep. No. 111-517, at 864 (2010) (Conf. Rep.).")
    assert (item["type"], item["genre"], item["number"]) == ("report", "H.R. Conf. Rep.", "111-517")
    assert item["note"] == "at 864\n(Conf. Rep.)"  # the pinpoint and the remark are kept
    assert "author" not in parse_reference("H.R. Doc. No. 108-222 (2004).")


def test_year_opening_a_vancouver_title_stays_in_the_title():
    # "et al. 2017 ACC/AHA ... guideline ... Hypertension. 2018;71(6)": the guideline's year was read as the
    # reference's date (issued 2017, title without its year)
    item = parse_reference("Whelton PK, Carey RM, Aronow WS, et al. 2017 ACC/AHA guideline for the prevention, "
                           "detection, evaluation, and management of high blood pressure in adults. Hypertension. "
                           "2018;71(6):e13-e115. doi:10.1161/HYP.0000000000000065")
    assert item["title"].startswith("2017 ACC/AHA guideline") and item["issued"] == {"date-parts": [[2018]]}
    item = parse_reference("Levin A, Stevens PE. 2012 KDIGO clinical practice guideline for the evaluation and "
                           "management of chronic kidney disease. Kidney Int Suppl. 2013 Jan;3(1):1-150.")
    assert item["title"].startswith("2012 KDIGO") and item["issued"]["date-parts"][0][0] == 2013


@pytest.mark.parametrize("text, authors, journal, volume, page", [
    # co-authors joined by "&", three of them with commas: the first name alone was the author and the rest the title
    ("Christine Jolls, Cass R. Sunstein & Richard Thaler, A Behavioral Approach to Law and Economics, 50 Stan. L. "
     "Rev. 1471 (1998).", ["Jolls", "Sunstein", "Thaler"], "Stan. L. Rev.", "50", "1471"),
    ("Lucian A. Bebchuk & Jesse M. Fried, Executive Compensation as an Agency Problem, 17 J. Econ. Persp. 71 (2003).",
     ["Bebchuk", "Fried"], "J. Econ. Persp.", "17", "71"),
    # a journal opening with its cue word, and "L.J." with no space inside
    ("Cass R. Sunstein, Nudging: A Very Short Guide, 37 J. Consumer Pol'y 583 (2014).", ["Sunstein"],
     "J. Consumer Pol'y", "37", "583"),
    ("Lina M. Khan, Amazon's Antitrust Paradox, 126 Yale L.J. 710, 712 (2017).", ["Khan"], "Yale L.J.", "126", "710"),
])
def test_bluebook_law_review_articles_with_coauthors_and_journal_abbreviations(text, authors, journal, volume, page):
    item = parse_reference(text)
    assert item["type"] == "article-journal"
    assert [n["family"] for n in item["author"]] == authors
    assert (item["container-title"], item["volume"], item["page"]) == (journal, volume, page)
    assert "," not in item["title"][-6:] and item["title"][0].isupper()


@pytest.mark.parametrize("text, authors, journal, year, page, note", [
    ("Richard A. Epstein, Rules for a Complex World, 1995 U. Chi. Legal F. 207.", ["Epstein"], "U. Chi. Legal F.", 1995,
     "207", None),
    ("Helen Marsh & Daniel Ortiz, Standing After Lujan, 1993 Wis. L. Rev. 1021, 1030.", ["Marsh", "Ortiz"],
     "Wis. L. Rev.", 1993, "1021", "at 1030"),
    ("Paul Kessler, Judicial Minimalism Reconsidered, 2004 Sup. Ct. Rev. 89.", ["Kessler"], "Sup. Ct. Rev.", 2004,
     "89", None),
    ("Anna Cole, The Costs of Delay, 1990 Duke L.J. 1.", ["Cole"], "Duke L.J.", 1990, "1", None),
])
def test_bluebook_article_in_a_journal_numbered_by_its_years(text, authors, journal, year, page, note):
    # the year is the volume and no bracket dates it: the journal's words had become a second author or the title's
    item = parse_reference(text)
    assert item["type"] == "article-journal"
    assert [n["family"] for n in item["author"]] == authors
    assert (item["container-title"], item["volume"], item["page"]) == (journal, str(year), page)
    assert item["issued"] == {"date-parts": [[year]]} and item.get("note") == note


@pytest.mark.parametrize("text,book,volume", [
    ("Autor, David H. 2013. “The ‘Task Approach’ to Labor Markets.” In Handbook of Labor Economics, Vol. 4B, edited by "
     "Orley Ashenfelter and David Card, 1043–1171. Amsterdam: Elsevier.", "Handbook of Labor Economics", "4B"),
    ("Lindahl, Mikael. 2016. “Education and Health Inequality.” In Handbook of the Economics of Education, Volume 5, "
     "edited by Eric A. Hanushek, Stephen Machin, and Ludger Woessmann, 305–52. Amsterdam: North-Holland.",
     "Handbook of the Economics of Education", "5"),
    ("Okafor, Chidi. 2020. “Trade and Informality.” In Handbook of Commercial Policy, Vol. 2, edited by Kyle Bagwell "
     "and Robert W. Staiger, 88–131. Amsterdam: Elsevier.", "Handbook of Commercial Policy", "2"),
])
def test_the_volume_closing_a_chapters_book_is_its_volume(text, book, volume):
    # "Vol. 5" in capitals stayed in the book's name, no volume
    item = parse_reference(text)
    assert item["type"] == "chapter" and len(item["editor"]) >= 2
    assert (item["container-title"], item["volume"]) == (book, volume)


def test_a_law_reviews_student_work_footnote_numbers_books_and_working_papers():
    # a footnote's "45." became a given name, a student "Note," the author
    note = parse_reference("45. Comment, Qualified Immunity After the Pandemic, 72 Duke L.J. 611, 618–20 (2022).")
    assert "author" not in note and note["note"].splitlines()[0] == "Comment"
    assert (note["title"], note["container-title"], note["volume"], note["page"]) == (
        "Qualified Immunity After the Pandemic", "Duke L.J.", "72", "611")
    numbered = parse_reference("9. Amara Nwosu, Tribal Water Compacts, 58 Ariz. L. Rev. 233, 240 (2016).")
    assert numbered["author"] == [{"family": "Nwosu", "given": "Amara"}]
    # a book in small capitals, or with its edition in the bracket: the pages cited were left in the title
    for text, title, page, edition in (
            ("3. JOHN HART ELY, DEMOCRACY AND DISTRUST: A THEORY OF JUDICIAL REVIEW 101–04 (1980).",
             "DEMOCRACY AND DISTRUST: A THEORY OF JUDICIAL REVIEW", "101-04", None),
            ("Laurence H. Tribe, American Constitutional Law 1045 (3d ed. 2000).", "American Constitutional Law",
             "1045", "3")):
        book = parse_reference(text)
        assert (book["type"], book["title"], book.get("page"), book.get("edition"), len(book["author"])) == (
            "book", title, page, edition, 1)
    # a working paper: its series and number were cut into the title at "(Univ"
    paper = parse_reference("Lena Ortiz & Samuel Graves, Privacy Class Actions in State Courts 22 (Geo. Univ. L. Ctr. "
                            "Research Paper No. 21-014, Mar. 2021), https://ssrn.com/abstract=3801234.")
    assert (paper["type"], paper["title"], paper["page"], paper["genre"], paper["number"], paper["issued"], paper["URL"]) == (
        "report", "Privacy Class Actions in State Courts", "22", "Geo. Univ. L. Ctr. Research Paper", "21-014",
        {"date-parts": [[2021, 3]]}, "https://ssrn.com/abstract=3801234")
    # a physics reference keeps its journal, volume and page
    physics = parse_reference("P. W. Higgs, Phys. Rev. Lett. 13, 508 (1964).")
    assert (physics["type"], physics["container-title"], physics["volume"]) == ("article-journal", "Phys. Rev. Lett.", "13")


@pytest.mark.parametrize("span, expected", [
    # a semicolon's list closed by "and": the last name is whole, inverted or given first
    ("Smith, John; Van Dyke, Anna Maria; and Lee Park",
     [("Smith", "John"), ("Van Dyke", "Anna Maria"), ("Park", "Lee")]),
    ("Lopez, Ana; Berg, Thomas; and Kim, Ji-woo", [("Lopez", "Ana"), ("Berg", "Thomas"), ("Kim", "Ji-woo")]),
    ("Mayer, P.; DeOreo, W.; Hayden, M.; & Davis, R.", [("Mayer", "P."), ("DeOreo", "W."), ("Hayden", "M."),
                                                      ("Davis", "R.")]),
    # a group closing the list: its article is the sentence's, and the persons keep their own order
    ("Smith, J., Lee, K., and the ABC Study Group", [("Smith", "J."), ("Lee", "K."), ("ABC Study Group", None)]),
    ("Daniel Reyes, Amal Haddad, and the Urban Heat Consortium",
     [("Reyes", "Daniel"), ("Haddad", "Amal"), ("Urban Heat Consortium", None)]),
    ("Van Dyke, Anna Maria, and the ABC Study Group", [("Van Dyke", "Anna Maria"), ("ABC Study Group", None)]),
])
def test_name_lists_closed_by_and_after_semicolons_or_by_a_group(span, expected):
    assert [(n.get("family") or n.get("literal"), n.get("given")) for n in parse_names(span)] == expected


@pytest.mark.parametrize("text, authors", [
    # the tagger had run the second name and the group into the title
    ("John Smith, Karen Lee and the Writing Committee for the ABC Trial, “Title of the Paper,” Journal of Things 4, "
     "no. 2 (2020): 1–9.", [("Smith", "John"), ("Lee", "Karen"), ("Writing Committee for the ABC Trial", None)]),
    # a person and the group were one body
    ("John Smith and the RECOVERY Collaborative Group, “Dexamethasone in Hospitalized Patients,” New England "
     "Journal of Medicine 384, no. 8 (2021): 693–704.", [("Smith", "John"), ("RECOVERY Collaborative Group", None)]),
    ("GBD 2019 Diseases and Injuries Collaborators. Global burden of 369 diseases. Lancet. 2020;396(10258):1204–22.",
     [("GBD 2019 Diseases and Injuries Collaborators", None)]),  # "and" inside the group's own name
])
def test_a_study_group_after_and_the_closes_a_name_list(text, authors):
    assert names(parse_reference(text)) == authors


def test_a_study_group_joined_to_apa_names_by_an_ampersand_is_the_last_author():
    # the tagger had read "& the COVID-19 Genomics UK Consortium." as the title's opening words
    item = parse_reference("Smith, J., & the COVID-19 Genomics UK Consortium. (2021). Genomic surveillance of "
                           "variants. Nature, 590, 1–9.")
    assert names(item) == [("Smith", "J."), ("COVID-19 Genomics UK Consortium", None)]
    assert item["title"] == "Genomic surveillance of variants"


@pytest.mark.parametrize("text, author", [
    ("Bess Brown, ‘Tajikistan: The Fall of Nabiev’, RFE/RL Research Report, 1, 38, 1992, pp. 12–18.",
     [("Brown", "Bess")]),
    ("RFE/RL Research Institute, ‘Chronology of Events’, RFE/RL Research Report, 2, 14, 1993, pp. 1–7.",
     [("RFE/RL Research Institute", None)]),
    ("Bess Brown, ‘Central Asia: The First Year’, RFE/RL Research Report, vol. 2, no. 1, 1993, pp. 25–36.",
     [("Brown", "Bess")]),
])
def test_a_periodical_named_like_a_report_series_with_volume_issue_and_pages(text, author):
    # the journal's name had become the genre of a report
    item = parse_reference(text)
    assert (item["type"], item["container-title"], names(item)) == ("article-journal", "RFE/RL Research Report", author)
    assert "genre" not in item and item["volume"] and item["issue"] and item["page"]


@pytest.mark.parametrize("text, body, title, issued", [
    ("Statistics Canada. Labour Force Survey, January 2024. "
     "https://www150.statcan.gc.ca/n1/daily-quotidien/240209/dq240209a-eng.htm", "Statistics Canada",
     "Labour Force Survey", [2024, 1]),
    ("Statistics Norway. Population, 1 January 2024. https://www.ssb.no/en/befolkning", "Statistics Norway",
     "Population", [2024, 1, 1]),
    ("Australian Bureau of Statistics. Labour Force, Australia, March 2024. https://www.abs.gov.au/statistics/labour",
     "Australian Bureau of Statistics", "Labour Force, Australia", [2024, 3]),
])
def test_a_bodys_heading_and_its_title_run_into_one_author_are_parted_at_the_stop(text, body, title, issued):
    item = parse_reference(text)
    assert (item["author"], item["title"], item["type"]) == ([{"literal": body}], title, "report")
    assert item["issued"] == {"date-parts": [issued]}


@pytest.mark.parametrize("text, heading, title, place", [
    ("Российская Федерация. Президент (2000- ; В. В. Путин). Послание Федеральному Собранию Российской Федерации : "
     "12 декабря 2012 г. – Москва : Кремль, 2012. – 40 с.", "Российская Федерация. Президент (2000- ; В. В. Путин)",
     "Послание Федеральному Собранию Российской Федерации", "Москва"),
    ("Республика Казахстан. Президент (1991–2019 ; Н. А. Назарбаев). Стратегия «Казахстан-2050» : послание народу "
     "Казахстана : 14 декабря 2012 г. – Астана : Акорда, 2012. – 64 с.",
     "Республика Казахстан. Президент (1991–2019 ; Н. А. Назарбаев)", "Стратегия «Казахстан-2050»", "Астана"),
])
def test_a_gost_heading_of_an_office_with_its_holder_in_brackets_is_one_author(text, heading, title, place):
    # the bracket's ";" had parted it into persons ("(2000", "В. В.") and its name run into the title ("Путин). ...")
    item = parse_reference(text)
    assert item["author"] == [{"literal": heading}]
    assert item["title"].startswith(title) and item["publisher-place"] == place
    assert item["issued"]["date-parts"][0][0] == 2012


def test_bluebook_public_law_without_a_year_when_its_name_holds_it():
    item = parse_reference("Sarbanes-Oxley Act of 2002, Pub. L. No. 107-204, 116 Stat. 745.")
    assert {k: v for k, v in item.items() if k != "custom"} == {
        "type": "legislation", "title": "Sarbanes-Oxley Act of 2002", "number": "Pub. L. No. 107-204",
        "container-title": "Stat.", "volume": "116", "page": "745"}


def test_who_licence_statement_stays_in_note():
    # WHO's suggested citation ends "Licence: CC BY-NC-SA 3.0 IGO.": it became the place ("Geneva: Licence")
    # and the report's number
    item = parse_reference("World Health Organization. WHO consolidated guidelines on tuberculosis: module 4: "
                           "treatment. Geneva: World Health Organization; 2022. Licence: CC BY-NC-SA 3.0 IGO.")
    assert (item["publisher-place"], item["publisher"]) == ("Geneva", "World Health Organization")
    assert "number" not in item and item["note"] == "Licence: CC BY-NC-SA 3.0 IGO."


def test_vancouver_role_word_ends_the_editors_before_the_title():
    # "Cumpston M, editors. Cochrane Handbook ...": the title's first word became an editor named "Cochrane, editors."
    item = parse_reference("Higgins JPT, Thomas J, Chandler J, Cumpston M, editors. Cochrane Handbook for Systematic "
                           "Reviews of Interventions. 2nd ed. Chichester (UK): John Wiley & Sons; 2019.")
    assert [n["family"] for n in item["editor"]] == ["Higgins", "Thomas", "Chandler", "Cumpston"]
    assert item["title"] == "Cochrane Handbook for Systematic Reviews of Interventions" and item["edition"] == "2"


def test_elsevier_imprint_body_then_city_and_state():
    # Elsevier Harvard "IMF, Washington, DC.": the whole imprint was the place, with no publisher
    item = parse_reference("International Monetary Fund, 2023. World Economic Outlook: A Rocky Recovery. "
                           "IMF, Washington, DC.")
    assert (item["publisher"], item["publisher-place"]) == ("IMF", "Washington, DC")
    item = parse_reference("Tirole, J., 1988. The Theory of Industrial Organization. MIT Press, Cambridge, MA.")
    assert (item["publisher"], item["publisher-place"]) == ("MIT Press", "Cambridge, MA")


def test_chicago_first_name_with_initial_then_middle_name_in_a_long_list():
    # "Mankiw, N. Gregory, David Romer, and David N. Weil": "Mankiw" was left alone and "N. Gregory" made a name
    assert parse_names("Mankiw, N. Gregory, David Romer, and David N. Weil") == [
        {"family": "Mankiw", "given": "N. Gregory"}, {"family": "Romer", "given": "David"},
        {"family": "Weil", "given": "David N."}]


def test_bluebook_unreported_cases_on_westlaw_and_lexis():
    # "Smith v. Jones, No. 19-cv-1234, 2020 WL 123456, at *3 (S.D.N.Y. Jan. 5, 2020).": a document whose number ran
    # docket, database and pinpoint together, the court and day left in note
    item = parse_reference("Smith v. Jones, No. 19-cv-1234, 2020 WL 123456, at *3 (S.D.N.Y. Jan. 5, 2020).")
    assert {k: v for k, v in item.items() if k != "custom"} == {
        "type": "legal_case", "title": "Smith v. Jones", "number": "19-cv-1234", "volume": "2020",
        "container-title": "WL", "page": "123456", "authority": "S.D.N.Y.",
        "issued": {"date-parts": [[2020, 1, 5]]}, "note": "at *3"}
    item = parse_reference("Doe v. Acme Corp., No. 3:18-cv-00456, 2019 U.S. Dist. LEXIS 98765 (N.D. Cal. June 12, 2019).")
    assert (item["title"], item["authority"], item["issued"]) == (
        "Doe v. Acme Corp.", "N.D. Cal.", {"date-parts": [[2019, 6, 12]]})


def test_vancouver_title_opening_with_a_name_and_year_is_no_container():
    # "et al. The PRISMA 2020 statement: ... BMJ. 2021;372:n71.": "The PRISMA 2020" was read as a container and
    # ran into the journal's name ("The PRISMA 2020 BMJ"), the title cut to "statement: ..."
    item = parse_reference("Page MJ, McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement: an updated guideline "
                           "for reporting systematic reviews. BMJ. 2021;372:n71. doi:10.1136/bmj.n71")
    assert item["title"] == "The PRISMA 2020 statement: an updated guideline for reporting systematic reviews"
    assert (item["container-title"], item["volume"], item["page"]) == ("BMJ", "372", "n71")


def test_vancouver_study_group_with_a_year_in_its_name_is_the_author():
    # "GBD 2019 Diseases and Injuries Collaborators.": the group's year became the date (2019 for 2020), its words
    # the title's, and its name two authors
    item = parse_reference("GBD 2019 Diseases and Injuries Collaborators. Global burden of 369 diseases and injuries "
                           "in 204 countries and territories, 1990–2019: a systematic analysis. Lancet. "
                           "2020;396(10258):1204–22.")
    assert item["author"] == [{"literal": "GBD 2019 Diseases and Injuries Collaborators"}]
    assert item["title"].startswith("Global burden") and item["issued"] == {"date-parts": [[2020]]}
    assert parse_names("RECOVERY Collaborative Group") == [{"literal": "RECOVERY Collaborative Group"}]


@pytest.mark.parametrize("text,date", [
    ("15 Aralık 2022", [2022, 12, 15]), ("2022, 12 Kasım", [2022, 11, 12]), ("12 Şubat 2021", [2021, 2, 12]),
    ("1 Mayıs 2019", [2019, 5, 1]), ("Ağustos 2020", [2020, 8]),
])
def test_turkish_dates(text, date):
    assert parse_date(text) == {"date-parts": [date]}


def test_a_turkish_apa_news_item_with_its_day_and_access_date():
    item = parse_reference("Anadolu Ajansı. (2022, 12 Kasım). Türk Devletleri Teşkilatı Semerkant Zirvesi sona erdi. "
                           "Erişim tarihi: 15 Aralık 2022, https://www.aa.com.tr/tr/dunya/semerkant-zirvesi/2735120")
    assert item["issued"] == {"date-parts": [[2022, 11, 12]]}
    assert item["accessed"] == {"date-parts": [[2022, 12, 15]]}
    assert item["URL"] == "https://www.aa.com.tr/tr/dunya/semerkant-zirvesi/2735120"


@pytest.mark.parametrize("text,genre,publisher", [
    ("Şahin, M. C. (2019). Türk Keneşi ve Orta Asya’da bölgesel işbirliği [Yayımlanmamış doktora tezi]. Gazi Üniversitesi.",
     "Yayımlanmamış doktora tezi", "Gazi Üniversitesi"),
    ("Aydemir, E. (2020). Kazakistan’ın çok yönlü dış politikası [Yayınlanmamış yüksek lisans tezi]. Marmara Üniversitesi.",
     "Yayınlanmamış yüksek lisans tezi", "Marmara Üniversitesi"),
])
def test_a_turkish_thesis_marked_unpublished(text, genre, publisher):
    item = parse_reference(text)
    assert (item["type"], item["genre"], item["publisher"]) == ("thesis", genre, publisher)
    assert not item["title"].endswith(("[Yayımlanmamış", "[Yayınlanmamış"))


def test_a_turkish_thesis_names_its_university_then_its_town():
    item = parse_reference("Yılmaz, A. (2018). Kazakistan’ın dış politikası (Yayınlanmamış yüksek lisans tezi). "
                           "Ankara Üniversitesi, Ankara.")
    assert (item["type"], item["publisher"], item["publisher-place"]) == ("thesis", "Ankara Üniversitesi", "Ankara")


@pytest.mark.parametrize("text,editors,book,page", [
    ("Özdal, H. (2022). Türk dünyasında ekonomik entegrasyon ve ulaştırma koridorları. M. Yılmaz (Ed.), Türk dünyası "
     "ve küresel dönüşüm içinde (s. 145–170). Nobel Akademik Yayıncılık.",
     [("Yılmaz", "M.")], "Türk dünyası ve küresel dönüşüm", "145-170"),
    ("Kaya, E. (2019). Orta Asya’da enerji politikaları. A. Demir ve B. Şen (Ed.), Avrasya’da güvenlik (s. 45–67) "
     "içinde. Ankara: Nobel Yayınevi.", [("Demir", "A."), ("Şen", "B.")], "Avrasya’da güvenlik", "45-67"),
])
def test_a_turkish_apa_chapter_names_its_book_before_icinde(text, editors, book, page):
    item = parse_reference(text)
    assert item["type"] == "chapter"
    assert [(n["family"], n["given"]) for n in item["editor"]] == editors
    assert (item["container-title"], item["page"]) == (book, page)
    assert "içinde" not in item["title"]


@pytest.mark.parametrize("text,body", [
    ("Cumhurbaşkanlığı İletişim Başkanlığı. (2021). Türk Devletleri Teşkilatı İstanbul Zirvesi. Cumhurbaşkanlığı "
     "İletişim Başkanlığı Yayınları.", "Cumhurbaşkanlığı İletişim Başkanlığı"),
    ("Anadolu Ajansı. (2022, 12 Kasım). Türk Devletleri Teşkilatı Semerkant Zirvesi sona erdi. "
     "https://www.aa.com.tr/tr/dunya/semerkant-zirvesi/2735120", "Anadolu Ajansı"),
    ("T.C. Dışişleri Bakanlığı. (2020). Türkiye-Orta Asya ilişkileri. https://www.mfa.gov.tr/turkiye-orta-asya.tr.mfa",
     "T.C. Dışişleri Bakanlığı"),
])
def test_turkish_bodies_as_authors(text, body):
    assert parse_reference(text)["author"] == [{"literal": body}]


@pytest.mark.parametrize("text,body", [
    ("TRT Haber. (2022, 12 Kasım). Türk Devletleri Teşkilatı Semerkant Zirvesi’nde ortak bildiri imzalandı. Erişim "
     "tarihi: 15 Aralık 2022, https://www.trthaber.com/haber/dunya/semerkant-zirvesi-722410.html", "TRT Haber"),
    ("Kun Uz. (2021, March 3). Uzbekistan opens new border crossings with Kyrgyzstan. https://kun.uz/en/news/2021/03/03/x",
     "Kun Uz"),
])
def test_an_apa_body_author_before_a_date_with_its_day(text, body):
    assert parse_reference(text)["author"] == [{"literal": body}]


@pytest.mark.parametrize("text,title,day,note", [
    ("Water Code of Turkmenistan, adopted 25 October 2016, Articles 14–19.", "Water Code of Turkmenistan",
     [2016, 10, 25], "adopted\nArticles 14–19"),
    ("Constitution of the Kyrgyz Republic, adopted 27 June 2010, Article 5.", "Constitution of the Kyrgyz Republic",
     [2010, 6, 27], "adopted\nArticle 5"),
    ("Labour Code of the Republic of Kazakhstan, 23 November 2015.", "Labour Code of the Republic of Kazakhstan",
     [2015, 11, 23], None),
])
def test_a_code_or_constitution_named_first_with_its_day_and_articles(text, title, day, note):
    item = parse_reference(text)
    assert (item["type"], item["title"], item["issued"]) == ("legislation", title, {"date-parts": [day]})
    assert item.get("note") == note


def test_a_code_of_conduct_is_no_act():
    assert parse_reference("ICC Code of Conduct for Arbitrators, 1 January 2021.")["type"] != "legislation"


@pytest.mark.parametrize("text,site", [
    ("Turkmenistan.ru (2019) Water-saving technologies introduced in Dashoguz velayat. Available at: "
     "http://www.turkmenistan.ru/en/articles/19240.html (accessed 12 March 2020).", "Turkmenistan.ru"),
    ("Kun.uz (2022) Uzbekistan and China sign investment deals. Available at: https://kun.uz/en/news/2022/09/16/x "
     "(accessed 2 October 2022).", "Kun.uz"),
])
def test_a_site_named_by_its_domain_before_harvards_year_is_the_author(text, site):
    item = parse_reference(text)
    assert item["author"] == [{"literal": site}] and "container-title" not in item


@pytest.mark.parametrize("text,url,accessed", [
    ("Dışişleri Bakanlığı. (2021). Türkiye-Kazakistan ilişkileri. https://www.mfa.gov.tr/turkiye-kazakistan.tr.mfa "
     "adresinden 15 Aralık 2022 tarihinde erişilmiştir.", "https://www.mfa.gov.tr/turkiye-kazakistan.tr.mfa",
     [2022, 12, 15]),
    ("Kaya, E. (2020). Orta Asya’da su politikaları. https://www.avim.org.tr/tr/Analiz/orta-asya adresinden "
     "3 Mart 2021 tarihinde erişildi.", "https://www.avim.org.tr/tr/Analiz/orta-asya", [2021, 3, 3]),
])
def test_a_turkish_access_sentence_after_the_link(text, url, accessed):
    item = parse_reference(text)
    assert (item["URL"], item["accessed"]) == (url, {"date-parts": [accessed]})
    assert "adresinden" not in json.dumps(item.get("author"), ensure_ascii=False) and "erişil" not in item.get("note", "")



def test_sages_epub_ahead_of_print_is_kept_whole_in_note():
    item = parse_reference("Orazov M (2021) Cotton and compulsion in Turkmenistan. Central Asian Survey. Epub ahead of "
                           "print 3 May 2021. DOI: 10.1080/02634937.2021.1923456.")
    assert (item["container-title"], item["DOI"]) == ("Central Asian Survey", "10.1080/02634937.2021.1923456")
    assert item["note"] == "Epub ahead of print 3 May 2021."


def test_a_bodys_report_titled_before_its_series_and_lower_case_number():
    item = parse_reference("World Bank (2020) Turkmenistan Country Economic Memorandum. Report no. 146123-TM. "
                           "Washington, DC: World Bank.")
    assert (item["type"], item["title"], item["genre"], item["number"]) == (
        "report", "Turkmenistan Country Economic Memorandum", "Report", "146123-TM")


@pytest.mark.parametrize("span, name", [
    ("Stata Corp.", "Stata Corp."), ("Gazprom PJSC", "Gazprom PJSC"), ("Nokia Oyj", "Nokia Oyj"),
    ("Tesla, Inc.", "Tesla, Inc."), ("Acme Holdings, Ltd.", "Acme Holdings, Ltd."),
])
def test_a_company_named_with_its_legal_form_is_one_body(span, name):
    """'Corp.', 'PJSC', 'Oyj' name a company as 'Inc' and 'Ltd' do, and a legal form after a comma closes the
    company's name (they were people: family 'Corp', given 'Stata'; family 'Tesla', given 'Inc')."""
    assert parse_names(span) == [{"literal": name}]
    assert parse_names("Smith, J., Jones, K.") == [{"family": "Smith", "given": "J."}, {"family": "Jones", "given": "K."}]


@pytest.mark.parametrize("text, genre", [
    ("Kashepov A.V. Demograficheskie faktory ekonomicheskogo rosta v regionakh Rossii [Demographic factors of economic "
     "growth in the regions of Russia]. Extended abstract of Doctor's thesis. Moscow, 2017. 46 p.",
     "Extended abstract of Doctor's thesis"),
    ("Belova N.S. Migratsionnaya politika Rossii na Dal'nem Vostoke [Russia's migration policy in the Far East]. "
     "Extended abstract of Candidate's thesis. Khabarovsk, 2019. 24 p.", "Extended abstract of Candidate's thesis"),
    ("Lebedeva M.A. [School autonomy in Russian regions]. Candidate's thesis. Kazan, 2020. 190 p. (In Russ.)",
     "Candidate's thesis"),
])
def test_a_references_degree_named_in_words_is_the_theses_genre(text, genre):
    # The References translation of "avtoref. diss. ... d-ra nauk" in words, not abbreviations: the degree is the genre,
    # no publisher, and the town after it is where the thesis was defended.
    item = parse_reference(text)
    assert item["type"] == "thesis"
    assert item["genre"] == genre
    assert "publisher" not in item
    assert item["publisher-place"] in ("Moscow", "Khabarovsk", "Kazan")


def test_a_note_of_two_works_whose_first_author_has_a_middle_name_in_full_is_the_first_work():
    item = parse_reference("Terry Lynn Karl, The Paradox of Plenty: Oil Booms and Petro-States (Berkeley: University of "
                           "California Press, 1997), 44–49; Farid Guliyev, “Oil and Regime Stability in Azerbaijan,” "
                           "Demokratizatsiya 21, no. 1 (2013): 113–47.")
    assert item["type"] == "book"
    assert item["author"] == [{"family": "Karl", "given": "Terry Lynn"}]
    assert item["title"] == "The Paradox of Plenty: Oil Booms and Petro-States"
    assert (item["publisher-place"], item["publisher"], item["page"]) == ("Berkeley", "University of California Press",
                                                                          "44-49")
    assert "volume" not in item and "container-title" not in item
    assert item["note"].startswith("Farid Guliyev, “Oil and Regime Stability")  # the second work is kept


@pytest.mark.parametrize("text", ["Ibid., pp. 4–5.", "Ibid., 45.", "Ibid.", "Idem.", "Там же. С. 5."])
def test_a_pointer_parsed_alone_is_kept_whole_in_note(text):
    # A note that only points back ("Ibid., 45.") names no work: no author "Ibid", no pages of a work, the text kept
    # in note, as the page reader keeps a pointer note.
    item = parse_reference(text)
    assert item["type"] == "document"
    assert item["note"] == text
    assert not {"author", "page", "title"} & set(item)


@pytest.mark.parametrize("text", ["Фёдорова Т. Н. Указ. соч. С. 112.", "Миронов Б. Н. Указ. соч. Т. 2. С. 45–47.",
                                  "Kotkin S. Op. cit. P. 62.", "Sahadeo, op. cit., vol. 1, p. 14."])
def test_an_author_and_op_cit_parsed_alone_is_a_pointer(text):
    # GOST's "Name I. I. Указ. соч. С. 112." (op. cit.) names the author of a work cited before and nothing else: no
    # decree titled "Указ. соч", no author "cit" with the given name "Kotkin S. Op."; the text is kept in note.
    item = parse_reference(text)
    assert item["type"] == "document"
    assert item["note"] == text
    assert not {"author", "page", "title", "volume"} & set(item)


@pytest.mark.parametrize("text, title, place", [
    ("Interview with a Russian Orthodox priest, Sergiev Posad, Moscow oblast, 19 March 2019.",
     "Interview with a Russian Orthodox priest", "Sergiev Posad, Moscow oblast"),
    ("Interview with a Kazatomprom engineer, Kurchatov, Abai region, 9 August 2023.",
     "Interview with a Kazatomprom engineer", "Kurchatov, Abai region"),
    ("Author’s interview with a local teacher, Uzgen, Uzgen district, Osh oblast, 3 June 2016.",
     "Author’s interview with a local teacher", "Uzgen, Uzgen district, Osh oblast"),
    # the office a named interviewee holds is no town
    ("Interview with Ivan Petrov, Deputy Head, Kuva district, 12 May 2019.",
     "Interview with Ivan Petrov, Deputy Head", "Kuva district"),
])
def test_an_interviews_town_before_its_region_is_part_of_the_place(text, title, place):
    item = parse_reference(text)
    assert (item["type"], item["title"], item["publisher-place"]) == ("interview", title, place)


@pytest.mark.parametrize("text, volumes, volume", [
    ("Shishkin S.V. (ed.) Rossiiskoe zdravookhranenie: problemy i perspektivy [Russian healthcare: Problems and "
     "prospects]. In 2 parts. Part 1. Moscow, HSE Publ., 2018. 310 p. (In Russ.)", "2", "1"),
    ("Petrov P.P. [Energy of Siberia]. In 2 parts. Pt. 2. Novosibirsk, SO RAN Publ., 2012. 420 p. (In Russ.)", "2", "2"),
    ("Ivanov I.I. Istoriya regionov Rossii [History of the regions of Russia]. In 3 parts. Moscow, Nauka Publ., 2015.",
     "3", None),
])
def test_a_references_work_in_parts_counts_them_as_volumes(text, volumes, volume):
    # References' "In 2 parts. Part 1." translates GOST's "в 2 ч. Ч. 1.": the count and the part, as "In 3 vols. Vol. 2."
    item = parse_reference(text)
    assert item["type"] == "book"
    assert item["number-of-volumes"] == volumes
    assert item.get("volume") == volume
    assert "part" not in item.get("original-title", item["title"]).lower()
    assert item["publisher"].endswith("Publ.")


@pytest.mark.parametrize("text, title, container", [
    ("Ilham Aliyev, quoted in ‘Aliyev: Oil Revenues Will Fund Karabakh Reconstruction’, Trend, 12 January 2021.",
     "Aliyev: Oil Revenues Will Fund Karabakh Reconstruction", "Trend"),
    ("Ramzan Kadyrov quoted in ‘Kadyrov obeshchaet’, Kavkazskii uzel, 2 May 2018.", "Kadyrov obeshchaet",
     "Kavkazskii uzel"),
])
def test_a_speaker_quoted_in_a_work_is_not_its_author(text, title, container):
    # "Name, quoted in ‘Title’, Paper, date": the work is the press item, the speaker quoted stays in note
    item = parse_reference(text)
    assert (item["type"], item["title"], item["container-title"]) == ("article-newspaper", title, container)
    assert "author" not in item
    assert "quoted in" in item["note"]


def test_a_speaker_cited_in_a_book_leaves_the_books_author():
    item = parse_reference("Patriarch Kirill, cited in Kristina Stoeckl, The Russian Orthodox Church and Human Rights "
                           "(London, Routledge, 2014), p. 77.")
    assert item["type"] == "book"
    assert item["author"] == [{"family": "Stoeckl", "given": "Kristina"}]
    assert item["title"] == "The Russian Orthodox Church and Human Rights"
    assert item["note"] == "Patriarch Kirill, cited in"


def test_a_notes_body_named_with_its_acronym_in_brackets_is_the_author():
    # "State Oil Company of Azerbaijan Republic (SOCAR), Annual Report 2021 (Baku, SOCAR, 2022)": the bracketed
    # acronym is part of the body's name, which authors the title after its comma
    item = parse_reference("State Oil Company of Azerbaijan Republic (SOCAR), Annual Report 2021 (Baku, SOCAR, 2022), "
                           "p. 34.")
    assert item["author"] == [{"literal": "State Oil Company of Azerbaijan Republic (SOCAR)"}]
    assert item["title"] == "Annual Report 2021"
    assert item["issued"] == {"date-parts": [[2022]]}
    assert (item["publisher-place"], item["publisher"], item["page"]) == ("Baku", "SOCAR", "34")
    assert "note" not in item


@pytest.mark.parametrize("text, author, place", [
    ("Uzbek Ministry of Agriculture, ‘Paxta yig‘im-terimi 2021’, press release, Tashkent, 15 September 2021.",
     "Uzbek Ministry of Agriculture", "Tashkent"),
    ("SOCAR, ‘SOCAR Announces 2021 Production Results’, press release, Baku, 12 January 2022.", "SOCAR", "Baku"),
])
def test_a_notes_press_release_with_the_town_it_was_issued_in(text, author, place):
    # "Body, ‘Title’, press release, Town, date": the kind is the genre (no publisher "press release"), the town the place
    item = parse_reference(text)
    assert item["type"] == "report"
    assert item["genre"] == "press release"
    assert item["author"] == [{"literal": author}]
    assert item["publisher-place"] == place
    assert "publisher" not in item


@pytest.mark.parametrize("text, page", [
    ("Smith J., Petrova A. Energy transition in Russian regions. Energy Policy, 2021, vol. 156, art. 112398. "
     "https://doi.org/10.1016/j.enpol.2021.112398", "112398"),
    ("Ivanov A.A. [Regional energy]. Energies, 2022, vol. 15, no. 3, art. 1045. DOI: 10.3390/en15031045", "1045"),
])
def test_a_references_lower_case_article_number_is_the_page(text, page):
    # References' "vol. 156, art. 112398." as IEEE's "Art. no." and Elsevier's "Article": where the article is, with
    # nothing of the cue left in note
    item = parse_reference(text)
    assert item["page"] == page
    assert "note" not in item


def test_a_gazettes_article_stays_the_acts_section():
    item = parse_reference("Federal Law of 28.12.2010 No. 390-FZ \"On security\". Sobranie zakonodatel'stva RF, 2011, "
                           "no. 1, art. 2. (In Russ.)")
    assert (item["type"], item["issue"], item["section"]) == ("legislation", "1", "2")
    assert "page" not in item


@pytest.mark.parametrize("text, author, title, number, issued", [
    ("Perm Krai Government. [On the strategy of socio-economic development of Perm Krai until 2030]. Resolution no. "
     "1412-p of 28.12.2022. Available at: https://permkrai.ru/documents/12345/ (accessed 10.02.2023). (In Russ.)",
     "Perm Krai Government", "On the strategy of socio-economic development of Perm Krai until 2030",
     "Resolution no. 1412-p", [2022, 12, 28]),
    ("Ministry of Energy of the Russian Federation. [On approval of the scheme of development of the Unified Energy "
     "System]. Order no. 1095 of 30.11.2022. Available at: https://minenergo.gov.ru/node/1234 (accessed 15.01.2023). "
     "(In Russ.)", "Ministry of Energy of the Russian Federation",
     "On approval of the scheme of development of the Unified Energy System", "Order no. 1095", [2022, 11, 30]),
])
def test_a_references_act_named_after_its_translated_title_gives_number_and_date(text, author, title, number, issued):
    # "Body. [Title]. Resolution no. 1412-p of 28.12.2022.": the act's kind and number are the document's number and
    # its day the date, as a note's "..., Order No. 1-104 of 14 May 2019" are; no periodical
    item = parse_reference(text)
    assert item["type"] == "document"
    assert item["author"] == [{"literal": author}]
    assert item["title"] == title
    assert item["number"] == number
    assert item["issued"] == {"date-parts": [issued]}
    assert "container-title" not in item


@pytest.mark.parametrize("text, place", [
    ("Interview with Sergei Zhvachkin, Tomsk, Tomsk oblast, 14 May 2019.", "Tomsk, Tomsk oblast"),
    ("Interview with a local official, Seversk, Tomsk oblast, 14 May 2019.", "Seversk, Tomsk oblast"),
])
def test_a_regions_kind_before_the_date_is_the_places_not_the_dates(text, place):
    # the tagger ran "oblast," into the date after it; nothing of the place may be left in note
    item = parse_reference(text)
    assert item["publisher-place"] == place
    assert item["issued"] == {"date-parts": [[2019, 5, 14]]}
    assert "note" not in item


@pytest.mark.parametrize("text, volume", [
    ("Шишкин С. В. Российское здравоохранение : в 2 ч. Ч. 1. – М. : Изд. дом ВШЭ, 2018. – 310 с.", "1"),
    ("Вишневский А. Г. Демографическая модернизация России : в 2 ч. Ч. 2. – М. : Новое издательство, 2006. – 608 с.",
     "2"),
])
def test_a_gost_part_after_the_count_of_parts_is_the_volume(text, volume):
    # "в 2 ч. Ч. 1." as "в 5 т. Т. 3.": the part is the volume, no container "1" nor place "Ч. – М."
    item = parse_reference(text)
    assert item["type"] == "book"
    assert item["volume"] == volume
    assert item["publisher-place"] == "М."
    assert "container-title" not in item


@pytest.mark.parametrize("text, genre, number, place, publisher", [
    ("Kluge J. Russia's regional budgets under stress. SWP Research Paper no. 5, Berlin, Stiftung Wissenschaft und "
     "Politik, 2019. 32 p.", "SWP Research Paper", "5", "Berlin", "Stiftung Wissenschaft und Politik"),
    ("Mitrova T.A., Yermakov V.V. Russia's energy strategy-2035: Struggling to remain relevant. Russie.Nei.Reports, "
     "no. 28, Paris, Ifri, December 2019. 44 p.", "Russie.Nei.Reports", "28", "Paris", "Ifri"),
])
def test_a_references_report_series_and_number_after_the_title(text, genre, number, place, publisher):
    # "Title. Series Paper no. 5, Place, Body, Year. NN p.": a report in its series, not a journal's issue or a title
    item = parse_reference(text)
    assert item["type"] == "report"
    assert (item["genre"], item["number"]) == (genre, number)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)
    assert "container-title" not in item and "no." not in item["title"]


def test_a_references_journal_issue_with_pages_is_no_report_series():
    item = parse_reference("Ivanov I. Title of article. Journal of Eurasian Studies, no. 3, pp. 5-9.")
    assert (item["type"], item["container-title"], item["issue"]) == ("article-journal", "Journal of Eurasian Studies", "3")


@pytest.mark.parametrize("text,issue,section", [
    ("Про вищу освіту : Закон України від 01.07.2014 № 1556-VII. Відомості Верховної Ради України. 2014. № 37–38. "
     "Ст. 2004.", "37", "2004"),
    ("Про запобігання корупції : Закон України від 14.10.2014 № 1700-VII. Відомості Верховної Ради України. 2014. "
     "№ 49. ст. 2056.", "49", "2056"),
    ("Об обороне : федер. закон от 31.05.1996 № 61-ФЗ // Собрание законодательства РФ. 1996. № 23. Ст. 1996.",
     "23", "1996"),
])
def test_a_gazettes_article_that_looks_like_a_year_is_the_acts_section(text, issue, section):
    # "Ст. 2004" after the gazette's issue had gone to note (read as a second year) and "Ст." to page
    item = parse_reference(text)
    assert item["type"] == "legislation" and item["section"] == section and item["issue"].startswith(issue)
    assert "page" not in item and item["issued"]["date-parts"][0][0] in (1996, 2014)


@pytest.mark.parametrize("text,container", [
    ("Іваненко П. С. Роль державних інвестицій у відновленні економіки. Актуальні проблеми економіки та управління : "
     "матеріали Міжнар. наук.-практ. конф., м. Львів, 12–13 квіт. 2021 р. Львів : ЛНУ ім. І. Франка, 2021. С. 112–115.",
     "Актуальні проблеми економіки та управління : матеріали Міжнар. наук.-практ. конф., м. Львів, 12–13 квіт. 2021 р."),
    ("Иваненко П. С. Роль государственных инвестиций // Актуальные проблемы экономики и управления : материалы "
     "Междунар. науч.-практ. конф., г. Москва, 12–13 апр. 2021 г. – Москва : РЭУ, 2021. – С. 112–115.",
     "Актуальные проблемы экономики и управления : материалы Междунар. науч.-практ. конф., г. Москва, 12–13 апр. "
     "2021 г."),
    ("Ахметов Б. К. Цифровизация образования // Наука и образование в XXI веке : материалы междунар. науч. конф., "
     "Алматы, 5 нояб. 2020 г. – Алматы : КазНУ, 2020. – С. 15–18.",
     "Наука и образование в XXI веке : материалы междунар. науч. конф., Алматы, 5 нояб. 2020 г."),
])
def test_a_gost_meetings_place_and_days_without_brackets_stay_in_the_proceedings(text, container):
    # as they do in brackets ("(Одеса, 15–16 листоп. 2019 р.)"); an abbreviated month had cut the container, the
    # year's mark going to the title and the day to a volume
    item = parse_reference(text)
    assert item["type"] == "paper-conference" and item["container-title"] == container
    assert item["issued"] == {"date-parts": [[int(container[-7:-3])]]} and "volume" not in item
    assert item["title"].startswith("Роль") or item["title"] == "Цифровизация образования"
    assert not item["title"].endswith((" р.", " г."))


@pytest.mark.parametrize("text,key,value", [
    ("Сыроежкин К. Л. Китай в Центральной Азии // Центральная Азия в XXI веке : сб. ст. / под ред. Б. К. Султанова. "
     "Алматы : КИСИ, 2016. С. 67–89.", "container-title", "Центральная Азия в XXI веке : сб. ст."),
    ("Лаумулин М. Т. Центральная Азия в геополитике великих держав // Казахстан в современном мире : сб. науч. тр. / "
     "под ред. Е. М. Арыновой. – Астана : ЕНУ, 2018. – С. 45–67.", "container-title",
     "Казахстан в современном мире : сб. науч. тр."),
    ("Гончаренко Л. М. Податкова політика. Економіка України: виклики та перспективи : зб. наук. пр. / за ред. "
     "В. М. Гейця. Київ, 2023. С. 45–58.", "container-title", "Економіка України: виклики та перспективи : зб. наук. пр."),
    ("Шевчук В. О. Педагогіка вищої школи : навч. посіб. Київ : Наукова думка, 2018. 240 с.", "title",
     "Педагогіка вищої школи: навч. посіб."),
])
def test_a_gost_descriptor_ending_in_an_abbreviation_keeps_its_stop(text, key, value):
    # "сб. ст" had lost the stop of its abbreviation, which a GOST style printing " / под ред." after it shows
    assert parse_reference(text)[key] == value


@pytest.mark.parametrize("text,title,editor", [
    ("Мельник С. В. Управління персоналом : підручник / за заг. ред. О. В. Ковальчук. Львів : Видавництво ЛНУ, 2020. "
     "420 с.", "Управління персоналом: підручник", ("Ковальчук", "О. В.")),
    ("Економіка підприємства : підручник / за ред. С. Ф. Покропивного. 2-ге вид. Київ : КНЕУ, 2001. 528 с.",
     "Економіка підприємства: підручник", ("Покропивного", "С. Ф.")),
    ("Гончаренко Л. М. Податкова політика в умовах воєнного стану. Економіка України: виклики та перспективи : зб. "
     "наук. пр. / за заг. ред. В. М. Гейця. Київ, 2023. С. 45–58.", "Податкова політика в умовах воєнного стану",
     ("Гейця", "В. М.")),
])
def test_a_dstu_statement_under_general_editorship_names_the_editors(text, title, editor):
    # "за заг. ред." had left "за заг" in note (or run the book into the chapter's title), and a title-first book's
    # editors before its edition had gone to note
    item = parse_reference(text)
    assert item["title"] == title and item["editor"] == [{"family": editor[0], "given": editor[1]}]
    assert "заг" not in item.get("note", "") and "Покропивного" not in item.get("note", "")


@pytest.mark.parametrize("text,publisher", [
    ("Токтосунова А. Б. Трудовая миграция в Кыргызской Республике : автореф. дис. ... канд. экон. наук : 08.00.05 / "
     "Токтосунова Айпери Бакытбековна ; Кырг.-Рос. Славян. ун-т. – Бишкек, 2019. – 24 с.", "Кырг.-Рос. Славян. ун-т"),
    ("Садыков Н. Т. Банковская система Таджикистана : дис. ... канд. экон. наук : 08.00.10 / Садыков Нурлан "
     "Тимурович ; Рос.-Тадж. (Славян.) ун-т. – Душанбе, 2017. – 190 с.", "Рос.-Тадж. (Славян.) ун-т"),
])
def test_a_theses_university_named_by_an_abbreviated_compound_is_its_publisher(text, publisher):
    # "Кырг.-Рос." had ended the statement as a surname with its stop would, and became a second author
    item = parse_reference(text)
    assert item["type"] == "thesis" and item["publisher"] == publisher and len(item["author"]) == 1


@pytest.mark.parametrize("text,site,place", [
    ("Исследование рынка труда Республики Беларусь. – Текст : электронный // Национальный статистический комитет "
     "Республики Беларусь : официальный сайт. – Минск, 2023. – URL: https://www.belstat.gov.by/ofitsialnaya-statistika/ "
     "(дата обращения: 01.02.2023).", "Национальный статистический комитет Республики Беларусь : официальный сайт",
     "Минск"),
    ("Итоги переписи населения 2021 года // Бюро национальной статистики : официальный сайт. – Астана, 2022. – URL: "
     "https://stat.gov.kz/ru/ (дата обращения: 01.02.2023).", "Бюро национальной статистики : официальный сайт",
     "Астана"),
])
def test_a_bodys_site_with_its_place_after_gost_slashes_holds_the_page(text, site, place):
    # the site had become the publisher of a book (a body named with a place), or with the body kept, a chapter
    item = parse_reference(text)
    assert (item["type"], item["container-title"], item["publisher-place"]) == ("webpage", site, place)
    assert "publisher" not in item


def test_a_gost_series_after_the_count_of_pages_leaves_the_publisher_without_its_comma():
    # the tagger joined "Питер," and "(Учебное пособие)." into one publisher span; cutting the series off left "Питер,"
    item = parse_reference("Исаев Б. А. Геополитика : учеб. пособие. – СПб. : Питер, 2016. – 496 с. – (Учебное "
                           "пособие). – ISBN 978-5-496-01234-5.")
    assert (item["publisher"], item["collection-title"], item["number-of-pages"]) == ("Питер", "Учебное пособие", "496")


@pytest.mark.parametrize("text,title,updated", [
    ("Про засади запобігання і протидії корупції : Закон України від 07.04.2011 № 3206-VI. Дата оновлення: 01.01.2015. "
     "URL: https://zakon.rada.gov.ua/laws/show/3206-17 (дата звернення: 12.03.2021).",
     "Про засади запобігання і протидії корупції: Закон України від 07.04.2011 № 3206-VI", "Дата оновлення: 01.01.2015."),
    ("Об образовании в Российской Федерации : федер. закон от 29.12.2012 № 273-ФЗ. Дата обновления: 14.07.2022. URL: "
     "https://www.consultant.ru/document/cons_doc_LAW_140174/ (дата обращения: 01.02.2023).",
     "Об образовании в Российской Федерации: федер. закон от 29.12.2012 № 273-ФЗ", "Дата обновления: 14.07.2022."),
])
def test_a_legal_databases_update_date_goes_to_note(text, title, updated):
    # the update date had run into the act's title; CSL has no field for it
    item = parse_reference(text)
    assert item["type"] == "legislation" and item["title"] == title and updated in item["note"]
    assert item["accessed"]["date-parts"][0][0] in (2021, 2023)


@pytest.mark.parametrize("text,kind", [
    ("Конституція України : прийнята на п'ятій сесії Верховної Ради України 28 червня 1996 р. Київ : Юрінком Інтер, "
     "2020. 64 с.", "legislation"),
    ("Конституция Российской Федерации : принята всенародным голосованием 12 декабря 1993 г. – М. : Юрид. лит., 2020. "
     "– 64 с.", "legislation"),
    # a person's book about a constitution stays a book
    ("Авакьян С. А. Конституция России: природа, эволюция, современность. – М. : РЮИД, 2000. – 528 с.", "book"),
])
def test_a_constitution_printed_on_its_own_is_legislation(text, kind):
    # without GOST's jurisdiction heading ("Казахстан. Конституция (1995). ...") it had been typed a book
    item = parse_reference(text)
    assert item["type"] == kind and item["number-of-pages"] in ("64", "528")


@pytest.mark.parametrize("text,place,publisher", [
    ("Жұмабаев Н. Қ. Цифрлық экономика : монография. – Нұр-Сұлтан : ЕҰУ баспасы, 2020. – 180 б. – ISBN "
     "978-601-337-123-4.", "Нұр-Сұлтан", "ЕҰУ баспасы"),
    ("Абенова Г. Б. Аймақтық экономика : оқу құралы. – Қарағанды : Болашақ-Баспа, 2019. – 240 б. – ISBN "
     "978-601-317-123-4.", "Қарағанды", "Болашақ-Баспа"),
])
def test_a_gost_imprint_area_with_an_unknown_town_is_read_after_the_title(text, place, publisher):
    # the tagger had run "– Нұр-Сұлтан : ЕҰУ баспасы" into the title, leaving no place and no publisher
    item = parse_reference(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher) and " – " not in item["title"]


def test_the_russian_state_librarys_place_of_defence_publishes_the_thesis():
    # the bracket had been read as the thesis's translated title, its own title becoming the original-title
    item = parse_reference("Сарсенбаева Г. Б. Развитие агропромышленного комплекса Казахстана : автореф. дис. ... канд. "
                           "экон. наук : 08.00.05 ; [Место защиты: Казах. нац. аграр. ун-т]. – Алматы, 2015. – 27 с.")
    assert (item["type"], item["title"], item["publisher"], item["publisher-place"]) == (
        "thesis", "Развитие агропромышленного комплекса Казахстана", "Казах. нац. аграр. ун-т", "Алматы")
    assert "original-title" not in item and item["genre"] == "автореф. дис. ... канд. экон. наук : 08.00.05"


@pytest.mark.parametrize("text,place,publisher", [
    ("Laruelle, Marlène (dir.). 2018. China’s Belt and Road Initiative and Its Impact in Central Asia. "
     "Washington (DC), The George Washington University, Central Asia Program.",
     "Washington (DC)", "The George Washington University, Central Asia Program"),
    ("World Bank. 2023. Uzbekistan Economic Update, Spring 2023: Weathering the Storm. Washington (DC), World Bank.",
     "Washington (DC)", "World Bank"),
])
def test_a_town_with_its_state_in_brackets_opening_the_imprint_is_the_place(text, place, publisher):
    """French references print the state in brackets after the town ('Washington (DC), World Bank'): the whole was
    read as the publisher."""
    item = parse_reference(text)
    assert (item.get("publisher-place"), item.get("publisher")) == (place, publisher)


def test_a_statistics_office_heading_the_original_title_before_its_translation_is_the_author():
    """A French bibliography's office, year, transliterated title and its translation in brackets: the office was
    run into the original title and the work had no author."""
    item = parse_reference(
        "Agence de statistique auprès du président de la République d’Ouzbékistan. 2023. Vnešnetorgovyj oborot "
        "Respubliki Uzbekistan za janvar’-dekabr’ 2022 goda [Commerce extérieur de la République d’Ouzbékistan, "
        "janvier-décembre 2022]. Tachkent, Stat.uz.")
    assert item["author"] == [{"literal": "Agence de statistique auprès du président de la République d’Ouzbékistan"}]
    assert item["original-title"] == "Vnešnetorgovyj oborot Respubliki Uzbekistan za janvar’-dekabr’ 2022 goda"
    assert item["title"] == "Commerce extérieur de la République d’Ouzbékistan, janvier-décembre 2022"


def test_a_numbered_series_sentence_before_the_imprint():
    """SBL prints the series and the book's number in it, in words or by its siglum, as the sentence before the
    imprint; it is no part of the title."""
    wright = parse_reference("Wright, N. T. The Resurrection of the Son of God. Christian Origins and the Question of "
                             "God 3. Minneapolis: Fortress, 2003.")
    assert wright["title"] == "The Resurrection of the Son of God"
    assert (wright["collection-title"], wright["collection-number"]) == ("Christian Origins and the Question of God", "3")
    assert (wright["publisher-place"], wright["publisher"]) == ("Minneapolis", "Fortress")
    siglum = parse_reference("Bauckham, Richard. Jesus and the Eyewitnesses. WUNT 2/123. Tübingen: Mohr Siebeck, 2006.")
    assert siglum["title"] == "Jesus and the Eyewitnesses"
    assert (siglum["collection-title"], siglum["collection-number"]) == ("WUNT", "2/123")
    # an unnumbered subtitle without a series word stays in the title
    subtitle = parse_reference("Greene, Samuel A. Moscow in Movement. Power and Opposition in Putin's Russia. Stanford: "
                               "Stanford University Press, 2014.")
    assert subtitle["title"] == "Moscow in Movement. Power and Opposition in Putin's Russia"
    assert "collection-title" not in subtitle


def test_an_ams_book_in_a_numbered_series():
    book = parse_reference("[7] D. Eisenbud, Commutative algebra with a view toward algebraic geometry, Graduate Texts "
                           "in Mathematics, vol. 150, Springer-Verlag, New York, 1995. MR1322960")
    assert book["type"] == "book" and book["title"] == "Commutative algebra with a view toward algebraic geometry"
    assert (book["collection-title"], book["collection-number"]) == ("Graduate Texts in Mathematics", "150")
    assert (book["publisher"], book["publisher-place"], book["note"]) == ("Springer-Verlag", "New York", "MR1322960")
    assert "container-title" not in book and "volume" not in book
    edition = parse_reference("[3] S. Lang, Algebra, 3rd ed., Graduate Texts in Mathematics, vol. 211, Springer-Verlag, "
                              "New York, 2002. MR1878556")
    assert edition["type"] == "book" and (edition["title"], edition["edition"]) == ("Algebra", "3")
    assert (edition["collection-title"], edition["collection-number"]) == ("Graduate Texts in Mathematics", "211")


@pytest.mark.parametrize("text, head, field, value", [
    ("Taylor, Charles. A Secular Age. Cambridge, MA: Belknap Press of 412 Bibliography Harvard University Press, 2007.",
     "412 Bibliography", "publisher", "Belknap Press of Harvard University Press"),
    ("Fankhauser, S., Tol, R.S.J., 2005. On climate change and economic growth. Resour. Energy L. Chen et al. Energy "
     "Policy 156 (2021) 112401 Econ. 27 (1), 1–17.", "L. Chen et al. Energy Policy 156 (2021) 112401",
     "container-title", "Resour. Energy Econ."),
    ("Fankhauser, S., Tol, R.S.J., 2005. On climate change and eco- L. Chen, M. Wu / Energy Policy 156 (2021) 112401 "
     "nomic growth. Resour. Energy Econ. 27 (1), 1–17.", "L. Chen, M. Wu / Energy Policy 156 (2021) 112401",
     "title", "On climate change and economic growth"),
])
def test_a_pdf_page_head_inside_an_entry_goes_to_note(text, head, field, value):
    """An entry that runs on over a PDF page break carries the page's head in the middle: the entry is read without
    it, the head kept in note."""
    item = parse_reference(text)
    assert item[field] == value and item["note"] == head
    assert "112401" not in item.get("page", "")


def test_a_list_of_works_or_names_is_no_page_head():
    physics = parse_reference("[3] A. Smith, Phys. Lett. B 12 (2001) 45; C. Jones et al. Phys. Rev. D 64 (2001) 112004 "
                              "and refs therein.")
    assert "C. Jones et al." not in physics.get("note", "")


@pytest.mark.parametrize("text, book, publisher, place", [
    ("Hall, P.A., Soskice, D., 2001. An introduction to varieties of capitalism, in: Hall, P.A., Soskice, D. (Eds.), "
     "Varieties of Capitalism: The Institutional Foundations of Comparative Advantage. Oxford University Press, Oxford, "
     "pp. 1–68.", "Varieties of Capitalism: The Institutional Foundations of Comparative Advantage",
     "Oxford University Press", "Oxford"),
    ("Ostrom, E., 2000. Collective action and the evolution of social norms, in: Dasgupta, P., Serageldin, I. (Eds.), "
     "Social Capital: A Multifaceted Perspective. World Bank, Washington, DC, pp. 172–214.",
     "Social Capital: A Multifaceted Perspective", "World Bank", "Washington, DC"),
])
def test_an_elsevier_chapter_publisher_after_the_book(text, book, publisher, place):
    item = parse_reference(text)
    assert item["type"] == "chapter"
    assert (item["container-title"], item["publisher"], item["publisher-place"]) == (book, publisher, place)


def test_australian_harvard_stopless_initials_before_the_year():
    item = parse_reference("Head, BW & Alford, J 2015, ‘Wicked problems: implications for public policy and "
                           "management’, Administration & Society, vol. 47, no. 6, pp. 711–739.")
    assert item["author"] == [{"family": "Head", "given": "B.W."}, {"family": "Alford", "given": "J."}]
    assert item["container-title"] == "Administration & Society"


@pytest.mark.parametrize("text, title, number, publisher", [
    ("Australian Bureau of Statistics 2021, Labour force, Australia, June 2021, cat. no. 6202.0, ABS, Canberra, viewed "
     "12 August 2021, <https://www.abs.gov.au/statistics/labour/employment-and-unemployment/labour-force-australia/"
     "jun-2021>.", "Labour force, Australia, June 2021", "6202.0", "ABS"),
    ("Australian Bureau of Statistics 2016, Household income and wealth, Australia, 2013–14, cat. no. 6523.0, ABS, "
     "Canberra.", "Household income and wealth, Australia, 2013–14", "6523.0", "ABS"),
    ("Australian Institute of Health and Welfare 2020, Australia's health 2020: data insights, cat. no. AUS 231, AIHW, "
     "Canberra, viewed 3 March 2021, <https://www.aihw.gov.au/reports/australias-health/australias-health-2020-data-"
     "insights>.", "Australia's health 2020: data insights", "AUS 231", "AIHW"),
])
def test_australian_harvard_catalogued_report(text, title, number, publisher):
    """AGPS's 'Body Year, Title, cat. no. N, Publisher, Place': every comma part before the catalogue number is the
    title, and the two after it the imprint."""
    item = parse_reference(text)
    assert item["type"] == "report" and item["title"] == title and item["number"] == number
    assert (item["publisher"], item["publisher-place"]) == (publisher, "Canberra")


def test_australian_harvard_book_with_edition_and_a_state():
    item = parse_reference("Bessant, J, Watts, R, Dalton, T & Smyth, P 2006, Talking policy: how social policy is "
                           "made, 2nd edn, Allen & Unwin, Crows Nest, NSW.")
    assert item["type"] == "book" and item["title"] == "Talking policy: how social policy is made"
    assert (item["edition"], item["publisher"], item["publisher-place"]) == ("2", "Allen & Unwin", "Crows Nest, NSW")
    assert "note" not in item


def test_an_sbl_series_siglum_read_as_a_book_is_the_series():
    item = parse_reference("Fitzmyer, Joseph A. Romans. AB 33. New York: Doubleday, 1993.")
    assert item["type"] == "book" and item["title"] == "Romans" and "container-title" not in item
    assert (item["collection-title"], item["collection-number"]) == ("AB", "33")
    assert (item["publisher-place"], item["publisher"]) == ("New York", "Doubleday")


@pytest.mark.parametrize("text, publisher", [
    ("Kim, S. (2015). Youth employment in Korea (Doctoral dissertation). Retrieved from ProQuest Dissertations and "
     "Theses database. (UMI No. 3712345)", None),
    ("Kim, S. (2015). Youth employment in Korea (Doctoral dissertation, University of Michigan). Retrieved from "
     "http://hdl.handle.net/2027.42/111111", "University of Michigan"),
])
def test_apa6_dissertation_title_runs_to_its_degree_bracket(text, publisher):
    item = parse_reference(text)
    assert item["type"] == "thesis" and item["title"] == "Youth employment in Korea"
    assert item["genre"] == "Doctoral dissertation" and item.get("publisher") == publisher
    assert "Korea" not in item.get("note", "")


def test_an_mhra_book_title_with_commas_before_its_imprint():
    item = parse_reference("Hutcheon, Linda, A Poetics of Postmodernism: History, Theory, Fiction (New York: Routledge, "
                           "1988), pp. 105–23")
    assert item["type"] == "book" and item["title"] == "A Poetics of Postmodernism: History, Theory, Fiction"
    assert "container-title" not in item and item["page"] == "105-23"
    # a quoted chapter's book stays the book
    chapter = parse_reference("Eliot, T. S., ‘Tradition and the Individual Talent’, in Selected Essays, 3rd edn (London: "
                              "Faber and Faber, 1951), pp. 13–22")
    assert chapter["type"] == "chapter" and chapter["container-title"] == "Selected Essays"


def test_hyphenated_bare_initials_in_vancouver_and_annual_reviews_names():
    # Korean and French given names' initials hyphenated without stops: "Lee J-H", an editor's "A-L Heusala"
    item = parse_reference("Lee J-H, Park S-Y, Choi K. Effect of evening exercise on sleep quality in older adults. "
                           "Sleep Med. 2019;54:1-8.")
    assert item["author"] == [{"family": "Lee", "given": "J.-H."}, {"family": "Park", "given": "S.-Y."},
                              {"family": "Choi", "given": "K."}]
    assert parse_names("A-L Heusala, K Aitamurto") == [{"family": "Heusala", "given": "A-L"},
                                                       {"family": "Aitamurto", "given": "K"}]


@pytest.mark.parametrize("text, expected", [
    ("World Bank. 2023. Migration and development brief 38: remittances remain resilient but are slowing. Rep., "
     "World Bank, Washington, DC. https://www.knomad.org/publication/migration-and-development-brief-38",
     {"type": "report", "genre": "Rep.", "publisher": "World Bank", "publisher-place": "Washington, DC"}),
    ("Acemoglu D, Robinson JA. 2000. Political losers as a barrier to economic development. Work. Pap. 7462, "
     "Natl. Bur. Econ. Res., Cambridge, MA",
     {"type": "report", "genre": "Work. Pap.", "number": "7462", "publisher": "Natl. Bur. Econ. Res.",
      "publisher-place": "Cambridge, MA"}),
    ("Marat E. 2009. Labor migration in Central Asia: implications of the global economic crisis. Silk Road Pap., "
     "Cent. Asia-Caucasus Inst. Silk Road Stud. Progr., Washington, DC",
     {"type": "report", "genre": "Silk Road Pap.", "publisher": "Cent. Asia-Caucasus Inst. Silk Road Stud. Progr.",
      "publisher-place": "Washington, DC"}),
])
def test_annual_reviews_report_kind_body_and_place_closing_the_entry(text, expected):
    # "Kind [number], Body, Place": the body had been cut up ('Rep., World Bank' the publisher; 'Work. Pap. 7462,
    # Natl. Bur. Econ.' a chapter's container, 'Res.' its publisher)
    item = parse_reference(text)
    got = {key: item.get(key) for key in expected}
    got["publisher"] = got["publisher"] and got["publisher"].rstrip(".")
    assert got == {**expected, "publisher": expected["publisher"].rstrip(".")}


def test_an_act_named_first_with_its_number_and_date_before_its_quoted_name_is_titled_by_all_of_them():
    # as GOST's act is titled up to "//": the tagger had read the issuer as a publisher, the number as an issue
    item = parse_reference("Resolution of the Government of the Republic of Kazakhstan No. 1050 of December 28, 2022 "
                           "“On approval of the Concept of development of the transport and logistics potential”. "
                           "Adilet Legal Information System. Available at: https://adilet.zan.kz/rus/docs/P2200001050 "
                           "(In Russ.)")
    assert item["type"] == "legislation"
    assert item["title"] == ("Resolution of the Government of the Republic of Kazakhstan No. 1050 of December 28, 2022 "
                             "“On approval of the Concept of development of the transport and logistics potential”")
    assert "publisher" not in item and "issue" not in item
    assert item["issued"] == {"date-parts": [[2022, 12, 28]]}  # as "Federal Law of 29 December 2012 No. ..." is dated


def test_an_imprint_with_no_space_after_its_colon_parts_place_and_publisher():
    # IEEE Xplore prints "Hoboken, NJ, USA:Wiley": "USA:Wiley" had been the publisher, the country lost from the place
    item = parse_reference("A. J. Wood, B. F. Wollenberg and G. B. Sheblé, Power Generation Operation and Control, "
                           "Hoboken, NJ, USA:Wiley, 2014.")
    assert (item["publisher-place"], item["publisher"]) == ("Hoboken, NJ, USA", "Wiley")
    item = parse_reference("R. J. Hyndman and G. Athanasopoulos, Forecasting: Principles and Practice, "
                           "Melbourne, VIC, Australia:OTexts, 2021.")
    assert (item["publisher-place"], item["publisher"]) == ("Melbourne, VIC, Australia", "OTexts")
    assert item["title"] == "Forecasting: Principles and Practice"  # a title's colon, spaced, is left alone


def test_ieee_online_source_dated_by_the_year_after_its_title():
    # '"Title", 2018, [online] Available: URL': the year had been the container-title and the work undated
    item = parse_reference('S. Bai, J. Z. Kolter and V. Koltun, "An empirical evaluation of generic convolutional and '
                           'recurrent networks for sequence modeling", 2018, [online] Available: '
                           'https://arxiv.org/abs/1803.01271.')
    assert item["issued"] == {"date-parts": [[2018]]} and "container-title" not in item
    assert item["URL"] == "https://arxiv.org/abs/1803.01271"


def test_a_quotation_inside_guillemets_is_part_of_the_title():
    # the guillemets had closed at the inner quotation's "”": title "Le “Nouveau Kazakhstan", periodical
    # "et ses limites » Vlast.kz"
    item = parse_reference("Vadim Boreïko, « Le “Nouveau Kazakhstan” et ses limites », Vlast.kz, 3 novembre 2022, "
                           "https://vlast.kz/politika/52345-novyj-kazahstan.html.")
    assert (item["title"], item["container-title"]) == ("Le “Nouveau Kazakhstan” et ses limites", "Vlast.kz")
    item = parse_reference("Peyrouse S. (2012), « The Kazakh Neopatrimonial Regime: Balancing Uncertainties among the "
                           "“Family,” Oligarchs and Technocrats », Demokratizatsiya, vol. 20, n° 4, p. 345-370.")
    assert (item["title"], item["container-title"]) == (
        "The Kazakh Neopatrimonial Regime: Balancing Uncertainties among the “Family,” Oligarchs and Technocrats",
        "Demokratizatsiya")


def test_a_french_imprint_publisher_then_town_after_a_title_or_a_book():
    # initials opening the publisher ("M. E. Sharpe") had made the title's last word and the imprint three more
    # authors ("Development, Peyrouse S.", "Sharpe, M. E.", "Armonk"); a chapter's book had run over "Ellipses"
    item = parse_reference("Laruelle M. et Peyrouse S. (2013), Globalizing Central Asia: Geopolitics and the Challenges "
                           "of Economic Development, M. E. Sharpe, Armonk.")
    assert item["author"] == [{"family": "Laruelle", "given": "M."}, {"family": "Peyrouse", "given": "S."}]
    assert (item["type"], item["title"], item["publisher"], item["publisher-place"]) == (
        "book", "Globalizing Central Asia: Geopolitics and the Challenges of Economic Development", "M. E. Sharpe", "Armonk")
    item = parse_reference("Moreau C. (2019), « Les élites régionales kazakhstanaises face à la transition de 2019 », in "
                           "Poujol C. (dir.), L’Asie centrale, des indépendances à la mondialisation, Ellipses, Paris, "
                           "p. 87-104.")
    assert (item["container-title"], item["publisher"], item["publisher-place"], item["page"]) == (
        "L’Asie centrale, des indépendances à la mondialisation", "Ellipses", "Paris", "87-104")


def test_a_french_press_items_day_and_month_after_its_site_with_the_year_after_the_names():
    # "16 mars," had been a volume and more of the site's name ("Akorda.kz, mars")
    item = parse_reference("Tokaïev K.-J. (2022), « Message du chef de l’État au peuple du Kazakhstan », Akorda.kz, "
                           "16 mars, https://www.akorda.kz/fr/message-du-chef-de-l-etat-16-mars-2022, consulté le 2 avril 2023.")
    assert (item["container-title"], item["issued"], "volume" in item) == ("Akorda.kz", {"date-parts": [[2022, 3, 16]]}, False)
    assert item["accessed"] == {"date-parts": [[2023, 4, 2]]}


def test_kci_books_imprint_a_korean_press_or_institute_after_the_quoted_title():
    # KCI's normalised book, 'author, "title", publisher, year': the institute or press had been a journal's name
    item = parse_reference('고재남, "유라시아경제연합의 출범과 한국의 대응 방안", 국립외교원 외교안보연구소, 2015')
    assert (item["type"], item["publisher"], "container-title" in item) == ("book", "국립외교원 외교안보연구소", False)
    item = parse_reference('이철수, "중앙아시아 정치경제론", 서울대학교출판문화원, 2019')
    assert (item["type"], item["publisher"]) == ("book", "서울대학교출판문화원")
    # a Korean journal's name after the title stays the journal
    item = parse_reference('김민수, "우즈베키스탄 노동이주의 결정 요인", 중소연구, 45 (1) : 233-262, 2021')
    assert (item["container-title"], item["volume"], item["page"]) == ("중소연구", "45", "233-262")


@pytest.mark.parametrize("text, title, year", [
    ("FERREIRA, Ana Paula. A Ásia Central na política externa russa: continuidades e rupturas (1991-2014). 2016. "
     "Tese (Doutorado em Relações Internacionais) – Instituto de Relações Internacionais, Universidade de São Paulo, "
     "São Paulo, 2016.", "A Ásia Central na política externa russa: continuidades e rupturas (1991-2014)", 2016),
    ("SILVA, João Carlos. A reforma agrária no Brasil (1964-1985). 2010. Dissertação (Mestrado em História) – "
     "Universidade Federal Fluminense, Niterói, 2010.", "A reforma agrária no Brasil (1964-1985)", 2010),
])
def test_a_period_in_brackets_closing_an_abnt_thesis_title_is_the_titles(text, title, year):
    """The years a thesis covers, in brackets at its title's end, are the title's; the year after them is its date.
    They had been the date (1991/2014, 2016 left in note), and 'Brasil' before them a journal."""
    item = parse_reference(text)
    assert (item["type"], item["title"], item["issued"], item.get("container-title"), item.get("note")) == \
        ("thesis", title, {"date-parts": [[year]]}, None, None)


def test_an_acts_own_date_in_words_beats_its_gazettes_year():
    """Chicago's note on a federal law: the act's own day, 'of 24 November 2014', dates it rather than the bare year of
    the gazette issue that prints it ('no. 48 (2014)'); a gazette of a later year keeps that year, as before."""
    item = parse_reference(
        "Federal Law of the Russian Federation No. 357-FZ of 24 November 2014 “On Amendments to the Federal Law ‘On "
        "the Legal Status of Foreign Citizens in the Russian Federation’,” Sobranie zakonodatel’stva Rossiiskoi "
        "Federatsii, no. 48 (2014), art. 6659.")
    assert (item["type"], item["issued"], item["issue"], item["section"]) == \
        ("legislation", {"date-parts": [[2014, 11, 24]]}, "48", "6659")


@pytest.mark.parametrize("text, body", [
    ("World Bank, Tajikistan Economic Update: Navigating Uncertainty (Washington, DC: World Bank, 2023), 14.",
     "World Bank"),
    ("OPEC, World Oil Outlook 2045 (Vienna, OPEC, 2022), 112.", "OPEC"),
])
def test_a_body_publishing_its_own_paper_issued_a_report(text, body):
    """A note's body that is also the paper's publisher issued a report (the dev set's gold for BP, OPEC and IRENA
    outlooks), not a publishing house's book, which it had been."""
    item = parse_reference(text)
    assert (item["type"], item["author"], item["publisher"]) == ("report", [{"literal": body}], body)


def test_a_bodys_book_from_a_publishing_house_is_still_a_book():
    item = parse_reference("OECD (2019), Skills Matter: Additional Results from the Survey of Adult Skills, "
                           "OECD Publishing, Paris.")
    assert item["type"] == "book"


@pytest.mark.parametrize("text", [
    "LARUELLE, Marlene; PEYROUSE, Sébastien. Globalizing Central Asia: geopolitics and the challenges of economic "
    "development. Armonk: M. E. Sharpe, 2013.",
    "LARUELLE, Marlene. Globalizing Central Asia: geopolitics and the challenges of economic development. "
    "Armonk: M. E. Sharpe, 2013.",
])
def test_an_abnt_imprint_with_an_initialled_publisher_is_no_editor(text):
    """ABNT's 'Armonk: M. E. Sharpe, 2013.' after the title is place and publisher; read as an editor ('Sharpe,
    Armonk: M. E.') it had made the book a document."""
    item = parse_reference(text)
    assert (item["type"], item.get("editor"), item["publisher"], item["publisher-place"]) == \
        ("book", None, "M. E. Sharpe", "Armonk")


def test_a_chapters_in_before_its_editors_is_no_imprint():
    """'En:' or 'W:' before a chapter's editors, whose role is bracketed after them, opens the book, not a town."""
    item = parse_reference("Ruiz Torres, P. (2012). La memoria de la guerra. En: Molina, J. y Ortega, A. (coords.), "
                           "Historia y memoria en España (pp. 45–70). Valencia: Publicacions de la Universitat de València.")
    assert [e["family"] for e in item["editor"]] == ["Molina", "Ortega"]
    assert item["publisher-place"] == "Valencia"


@pytest.mark.parametrize("text, translator, note", [
    ("Rawls J. Teoriya spravedlivosti [A theory of justice]. Transl. from English by V.V. Tselishchev. Novosibirsk, "
     "NGU Publ., 1995. 535 p. (In Russ.)", [{"family": "Tselishchev", "given": "V.V."}], "Transl. from English"),
    ("Tocqueville, Alexis de. The Old Regime and the Revolution. Translated from the French by Alan S. Kahan. Chicago: "
     "University of Chicago Press, 1998.", [{"family": "Kahan", "given": "Alan S."}], "Translated from the French"),
])
def test_a_translator_named_after_the_language_translated_from(text, translator, note):
    # "Transl. from English" was read as a note alone and "by V.V. Tselishchev." glued to the title, or the
    # translator given "by" as a first name; the language stays in the note
    item = parse_reference(text)
    assert item["translator"] == translator and item["note"] == note
    assert "by" not in item.get("original-title", "") + item["title"]
    # no translator named: the sentence stays a note
    alone = parse_reference("Rawls J. Teoriya spravedlivosti [A theory of justice]. Transl. from English. Novosibirsk, "
                            "NGU Publ., 1995. 535 p. (In Russ.)")
    assert "translator" not in alone and "Transl. from English" in alone["note"]

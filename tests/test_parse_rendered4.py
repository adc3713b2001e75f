"""Types and fields of what the official CSL styles print with no type marks, read back (round 4 of
bench/parse_rendered.py)."""

from cslbridge.parse.fields import parse_reference


def test_book_imprint_in_the_container_makes_a_chapter():
    # a part of a book whose imprint ("Place: Publisher") the tagger left in the book's title: the imprint is split
    # off before the type is decided, so the part is a chapter, not a journal's article
    for text in ("Novak, J. (2010): Local budgets in transition. In: Javne finance v regijah. Zagreb: Zavod za "
                 "ekonomijo in finance.",
                 "Novak J. 2010. Local budgets in transition. In: Javne finance v regijah. Zagreb: Zavod za ekonomijo "
                 "in finance.",
                 "Novak, J. ‘Local Budgets in Transition’. Javne finance v regijah. Zagreb: Zavod za ekonomijo in "
                 "finance, 2010."):
        item = parse_reference(text)
        assert item["type"] == "chapter", text
        assert (item["container-title"], item["publisher-place"], item["publisher"]) == (
            "Javne finance v regijah", "Zagreb", "Zavod za ekonomijo in finance"), text


def test_words_after_the_title_colon_before_an_imprint_are_the_book_title():
    # a book's second subtitle, read as the book a chapter is in though no "In", editor or pages say so
    for text in ("Fitzpatrick S. Everyday Stalinism: Ordinary Life in Extraordinary Times: Soviet Russia in the 1930s. "
                 "Oxford: Clarendon Press; 1999.",
                 "Fitzpatrick S (1999) Everyday Stalinism: Ordinary Life in Extraordinary Times: Soviet Russia in the "
                 "1930s. Oxford: Clarendon Press.",
                 "Fitzpatrick, Sheila. Everyday Stalinism: Ordinary Life in Extraordinary Times: Soviet Russia in the "
                 "1930s. Oxford: Clarendon Press, 1999."):
        item = parse_reference(text)
        assert item["type"] == "book", text
        assert item["title"] == ("Everyday Stalinism: Ordinary Life in Extraordinary Times: Soviet Russia in the "
                                 "1930s"), text
        assert "container-title" not in item and item["publisher"] == "Clarendon Press", text


def test_a_series_kind_after_the_title_colon_stays_the_report_genre():
    # (MDPI's layout; without the series test the two were read as one book title)
    item = parse_reference("UNDP. Water and Sustainable Development in Uzbekistan: Policy Brief; United Nations "
                           "Development Programme: Tashkent, Uzbekistan, 2020; Available online: "
                           "https://www.undp.org/uzbekistan/publications/water-policy-brief (accessed on 3 November 2022).")
    assert item["type"] == "report" and item.get("genre") == "Policy Brief"


def test_a_known_paper_read_as_publisher_or_title_is_the_container():
    # styles with no type marks print a press item "Title. Paper." or "Title. Paper, 2021.": a known newspaper or
    # agency the tagger read as the title's last sentence or as a book's publisher is the paper
    for text in ("Соколов А. 2021. Экспорт зерна вырос на треть. Интерфакс.",
                 "Соколов А (2021) Экспорт зерна вырос на треть. Интерфакс, 2021."):
        item = parse_reference(text)
        assert (item["type"], item["title"], item["container-title"]) == (
            "article-newspaper", "Экспорт зерна вырос на треть", "Интерфакс"), text
        assert "publisher" not in item, text


def test_a_lone_number_after_a_known_paper_is_its_page():
    # Vancouver's "Paper. 2019 Nov 3;4." and an author-date "Paper 4.": the page, not a journal's volume
    for text in ("Miller D. Transit fares to rise in January. The Washington Post. 2019 Nov 3;4.",
                 "Miller D. 2019. Transit fares to rise in January. The Washington Post 4."):
        item = parse_reference(text)
        assert (item["type"], item["container-title"], item.get("page")) == (
            "article-newspaper", "The Washington Post", "4"), text
        assert "volume" not in item, text


def test_a_persons_work_put_out_by_a_university_alone_is_a_thesis():
    # styles that print no type marks leave out the degree: what stays is the university that awarded it
    for text in ("Ortega, L. Migración rural y trabajo estacional en Castilla (1950-1975). Universidad de Salamanca.",
                 "Ortega L (2012) Migración rural y trabajo estacional en Castilla (1950-1975). Universidad de "
                 "Salamanca.",
                 "Kowalski J. 2015. Local government reform in Poland after 1990. University of Warsaw."):
        item = parse_reference(text)
        assert item["type"] == "thesis", text
        assert item["publisher"] in ("Universidad de Salamanca", "University of Warsaw"), text


def test_a_university_imprint_with_its_place_or_a_press_stays_a_book():
    for text in ("Yuzuru Taniuchi, The Village Gathering in Russia in the Mid-1920s (Birmingham: University of "
                 "Birmingham, 1968), 31.",
                 "Hatland, A. (2018). Den norske velferdsstaten. Universitetsforlaget.",
                 "Ortega, L. Migración rural y trabajo estacional en Castilla. Ediciones Universidad de Salamanca, "
                 "2012."):
        assert parse_reference(text)["type"] == "book", text


def test_citing_medicine_report_number_names_a_report():
    # Vancouver styles print a report's number as "Report No.: X." after the date or imprint, whatever else they drop
    for text, number in (("Health and Safety Executive. Asbestos exposure in school buildings. 2019. Report No.: RR 1147.",
                          "RR 1147"),
                         ("Nordic Energy Research. District heating in small towns [Internet]. 2018 [cited 2020 Jan 5]. "
                          "Report No.: 62. Available from: https://www.nordicenergy.org/reports/district-heating",
                          "62"),
                         ("Lindqvist P. District heating in small towns. Oslo: Nordic Energy Research; 2018. Report No.: 62.",
                          "62")):
        item = parse_reference(text)
        assert (item["type"], item.get("genre"), item.get("number")) == ("report", "Report", number), text
        assert "note" not in item, text


def test_a_known_town_and_a_name_after_its_colon_are_the_imprint_not_a_container():
    for text in ("Okello M, Brandt K. 2021. Illicit Gold Flows from the Sahel. Geneva: Global Network Against Organized "
                 "Crime and Illicit Trade.",
                 "Okello M, Brandt K: Illicit Gold Flows from the Sahel. Geneva: Global Network Against Organized Crime "
                 "and Illicit Trade 2021."):
        item = parse_reference(text)
        assert "container-title" not in item, text
        assert (item["publisher-place"], item["publisher"]) == (
            "Geneva", "Global Network Against Organized Crime and Illicit Trade"), text


def test_a_chinese_imprint_is_cut_from_the_title_or_the_publisher():
    # styles print a Chinese book "Title. Place: Press." with no type marks; the tagger, splitting at spaces, ran the
    # imprint into the title or read place and press as one publisher
    for text in ("王磊. 2015. 中国城市化进程研究. 上海: 复旦大学出版社.",
                 "王磊 (2015) 中国城市化进程研究. 复旦大学出版社, 上海.",
                 "王磊. (2015). 中国城市化进程研究. 上海 : 复旦大学出版社."):
        item = parse_reference(text)
        assert (item["type"], item["title"], item["publisher"], item["publisher-place"]) == (
            "book", "中国城市化进程研究", "复旦大学出版社", "上海"), text

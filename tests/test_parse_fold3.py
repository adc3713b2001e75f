"""Rules for families of wrong fields found on a validation fold cut from the training data (bench/fold_errors.py)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, author, title", [
    ("박지훈(2019). 지역 청년의 노동시장 이행 연구. 한국지역개발학회지, 31(2), 45-68.",
     [{"literal": "박지훈"}], "지역 청년의 노동시장 이행 연구"),
    ("陈明(2016). 城市公园的历史演变. 中国园林. 第5期.: 12-18.", [{"literal": "陈明"}], "城市公园的历史演变"),
    ("Miller, R.(2011). Rural credit and household savings. Journal of Development Studies, 47(4), 520-539.",
     [{"family": "Miller", "given": "R."}], "Rural credit and household savings"),
])
def test_an_author_date_bracket_glued_to_the_name_is_the_date(text, author, title):
    item = parse_reference(text)
    assert item["author"] == author and item["title"] == title
    assert item["issued"] == {"date-parts": [[int(text.split("(")[1][:4])]]}
    assert item["custom"]["source"] == text


@pytest.mark.parametrize("text, title, container", [
    ("Henri Dubois, Les foires de Chalon, Le commerce au Moyen Âge, Lyon, 1985, 101-119.",
     "Les foires de Chalon", "Le commerce au Moyen Âge"),
    ("Paul Martin, Les routes du sel, L’économie alpine, Grenoble, 1990, 33-58",
     "Les routes du sel", "L’économie alpine"),
])
def test_a_notes_book_after_a_comma_title_with_a_parts_pages_is_the_container(text, title, container):
    item = parse_reference(text)
    assert item["title"] == title and item["container-title"] == container
    assert item["page"] == text.rstrip(".").rsplit(", ", 1)[1].replace("–", "-")


@pytest.mark.parametrize("text, title", [
    ("Georges Duby, Guerriers et paysans, VIIe-XIIe siècle, Paris, 1973, 12-30.", "Guerriers et paysans, VIIe-XIIe siècle"),
    ("Marc Bloch, La société féodale, Paris, 1939, 45-67.", "La société féodale"),
])
def test_a_books_title_with_a_period_after_its_comma_stays_whole(text, title):
    item = parse_reference(text)
    assert item["title"] == title and "container-title" not in item


@pytest.mark.parametrize("text, year, page", [
    ("J. Smith. Curvature flows on surfaces. J. Differential Geom., 41(2):301-330,1995.", 1995, "301-330"),
    ("R. Brown, \"Domain walls in thin films,\" Phys. Rev. B, vol. 12, no. 3, pp. 51-55,1992.", 1992, "51-55"),
    # a PDF's stops printed apart: the tagger ran the year into the pages
    ("J. Smith. Curvature flows. Math .Z .,65 :175-194, 1956 .", 1956, "175-194"),
])
def test_a_year_glued_by_its_comma_to_the_page_range_dates_the_work(text, year, page):
    item = parse_reference(text)
    assert item["issued"] == {"date-parts": [[year]]} and item["page"] == page


def test_a_list_of_page_ranges_glued_by_commas_stays_pages():
    item = parse_reference("A. Lee, Spin waves in ferrites, Ferroelectrics 136 (1) 51-55,1820-1830, 1992.")
    assert item["page"] == "51-55,1820-1830" and item["issued"] == {"date-parts": [[1992]]}


@pytest.mark.parametrize("text, editors, title", [
    ("Harper, K. (1998), ed. The Colonial Economy of Bengal. Calcutta: Rupa.",
     [{"family": "Harper", "given": "K."}], "The Colonial Economy of Bengal"),
    ("Mehta, R. and Iyer, S., 2011, eds, Water and the City (Pune: Orient Longman)",
     [{"family": "Mehta", "given": "R."}, {"family": "Iyer", "given": "S."}], "Water and the City"),
])
def test_a_role_word_after_the_names_date_makes_them_editors(text, editors, title):
    item = parse_reference(text)
    assert item["editor"] == editors and "author" not in item and item["title"] == title


@pytest.mark.parametrize("text, volume, page", [
    ("A. Petrov and K. Ivanova, Phys. Rev. D 88 (2013)054012, arXiv:1307.1234.", "88", "054012"),
    ("D. Kahn, Phys. Rev. E 50 (1994)R3310.", "50", "R3310"),
])
def test_a_page_glued_to_a_year_bracket_copied_from_a_pdf_is_the_page(text, volume, page):
    item = parse_reference(text)
    assert (item["volume"], item["page"]) == (volume, page)
    assert item["issued"] == {"date-parts": [[int(text.split("(")[1].strip()[:4])]]}
    assert item.get("note", "arXiv:").startswith("arXiv:")  # nothing else in note: the article's e-print (blind54)

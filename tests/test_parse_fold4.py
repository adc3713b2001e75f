"""Rules for families of wrong fields found on the fourth validation-fold round (bench/fold_errors.py)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, container, volume, page", [
    ("K. Tanaka and R. Moreau, Phys. Rev. D81, 054012 (2010).", "Phys. Rev. D", "81", "054012"),
    ("J. Lindqvist, Nucl. Phys. B602, 317 (2001)", "Nucl. Phys. B", "602", "317"),
    ("S. Okafor, P. Weiss, Eur. Phys. J. C77, 512 (2017), arXiv:1703.01234.", "Eur. Phys. J. C", "77", "512"),
])
def test_a_section_letter_glued_to_the_volume_is_the_journals(text, container, volume, page):
    item = parse_reference(text)
    assert item["container-title"] == container
    assert item["volume"] == volume and item["page"] == page


@pytest.mark.parametrize("text, container, volume, page", [
    ("A. Berg and T. Novak, Phys. Lett. B471 (2000) 183.", "Phys. Lett. B", "471", "183"),
    ("M. Sato, Rev. Mod. Phys.76 ,1115 (2004).", "Rev. Mod. Phys.", "76", "1115"),
    ("R. Kowalski, J. Phys. G27 (2001) 1325.", "J. Phys. G", "27", "1325"),
])
def test_a_volume_glued_to_the_journals_last_word_is_the_volume(text, container, volume, page):
    item = parse_reference(text)
    assert item["container-title"] == container
    assert item["volume"] == volume and item["page"] == page


def test_a_volume_after_a_journal_already_named_with_its_section_keeps_its_letter():
    item = parse_reference("M. Ortiz, Phys. Rev. B 63, 224401 (2001).")
    assert item["container-title"] == "Phys. Rev. B" and item["volume"] == "63"


@pytest.mark.parametrize("text, title, container", [
    ('Moreno LA. "Diabetes care in rural clinics. Part II." BMJ 2004; 328: 112-6.',
     "Diabetes care in rural clinics. Part II", "BMJ"),
    ("Liu W. “Trade and the state in late imperial China. Evidence From Qing Archives.” J Econ Hist 1999; 59: 301-29.",
     "Trade and the state in late imperial China. Evidence From Qing Archives", "J Econ Hist"),
    ('Hart PJ, Olsen K. "Sleep and memory in adolescents: a cohort study. The Oslo Youth Study." Pediatrics 2011;127:e1054-61.',
     "Sleep and memory in adolescents: a cohort study. The Oslo Youth Study", "Pediatrics"),
])
def test_a_quoted_title_of_two_sentences_ends_at_its_closing_quote(text, title, container):
    item = parse_reference(text)
    assert item["title"] == title and item["container-title"] == container


@pytest.mark.parametrize("text, book, editors", [
    ("Moore, Henrietta. 1996. “The Changing Nature of Anthropological Knowledge.” In The Future of Anthropological "
     "Knowledge. Henrietta Moore, ed. Pp. 1–15. London: Routledge.",
     "The Future of Anthropological Knowledge", [{"family": "Moore", "given": "Henrietta"}]),
    ("Rosaldo, Renato. 1986. “From the Door of His Tent.” In Writing Culture. James Clifford and George E. Marcus, eds. "
     "Pp. 77–97. Berkeley: University of California Press.",
     "Writing Culture", [{"family": "Clifford", "given": "James"}, {"family": "Marcus", "given": "George E."}]),
])
def test_names_in_the_sentence_after_the_book_up_to_ed_are_its_editors(text, book, editors):
    item = parse_reference(text)
    assert item["container-title"] == book and item["editor"] == editors
    assert item["page"] == text.split("Pp. ")[1].split(".")[0].replace("–", "-")


def test_chicagos_editor_after_the_books_comma_keeps_the_book_whole():
    item = parse_reference("Tsygankov, A. “Russia and the West,” in Russia’s Foreign Policy. Change and Continuity, "
                           "ed. Andrei Tsygankov (Lanham: Rowman, 2016), 12-30.")
    assert item["container-title"] == "Russia’s Foreign Policy. Change and Continuity"
    assert item["editor"] == [{"family": "Tsygankov", "given": "Andrei"}]


@pytest.mark.parametrize("text, year, page", [
    ('K. Ito and L. Moreau, "Spin transport in layered oxides," Phys. Rev. B, vol. 71, no. 4, pp. 412- 419,2005.',
     2005, "412-419"),
    ('T. Lang, "Defects in thin ferroelectric films," Ferroelectrics, vol. 140, no. 2, pp. 88 -95,1993.', 1993, "88-95"),
])
def test_a_year_glued_to_a_page_range_spaced_at_its_dash_dates_the_work(text, year, page):
    item = parse_reference(text)
    assert item["issued"] == {"date-parts": [[year]]} and item["page"] == page


@pytest.mark.parametrize("text, journal", [
    ('R. Osei, "Domain walls in thin ferroelectric films," Ferroelectrics,vol. 140, no. 2, pp. 88-95, 1993.',
     "Ferroelectrics"),
    ('A. Ruiz and P. Chen, "Topological phases of matter," Nature,vol. 547, no. 7663, pp. 298-305, 2017.', "Nature"),
])
def test_a_journal_glued_by_its_comma_to_vol_ends_there(text, journal):
    item = parse_reference(text)
    assert item["container-title"] == journal
    assert item["volume"] == text.split("vol. ")[1].split(",")[0]


@pytest.mark.parametrize("text, volume, issue, page", [
    ("Heinz Müller: Integration in der Grundschule. In: Behindertenpädagogik 31 (1992) 4, 22-35", "31", "4", "22-35"),
    ("Ruth Becker: Schulische Förderung lernbehinderter Kinder. Zeitschrift für Heilpädagogik 38 (1987) 6, 401-412",
     "38", "6", "401-412"),
])
def test_german_jahrgang_year_and_heft_before_the_pages_give_the_issue(text, volume, issue, page):
    item = parse_reference(text)
    assert (item["volume"], item["issue"], item["page"]) == (volume, issue, page)


@pytest.mark.parametrize("text, container, volume, year, page", [
    ("R. Hagedorn and J. Rafelski, Phys. Lett. B97( 1980)136 -139.", "Phys. Lett. B", "97", 1980, "136-139"),
    ("P. Novak, Phys. Rev. D52( 1995)3021 .", "Phys. Rev. D", "52", 1995, "3021"),
    ("K. Adcox et al., Nucl. Phys. A757( 2005 )184- 283,arXiv: nucl-ex/0410003.", "Nucl. Phys. A", "757", 2005, "184-283"),
])
def test_a_volume_glued_to_a_spaced_year_bracket_is_set_apart(text, container, volume, year, page):
    item = parse_reference(text)
    assert (item["container-title"], item["volume"], item["page"]) == (container, volume, page)
    assert item["issued"] == {"date-parts": [[year]]}
    assert item.get("note", "arXiv:").startswith("arXiv:")  # nothing else in note: the article's e-print (blind54)


@pytest.mark.parametrize("text, publisher, place", [
    ("Bakalov, B., Kirillov, A.: Lectures on Tensor Categories and Modular Functors. American Mathematical Society, "
     "Providence (2001)", "American Mathematical Society", "Providence"),
    ("Ortiz, M.: Crystal Plasticity. Kluwer Academic, Norwell (1999)", "Kluwer Academic", "Norwell"),
])
def test_springers_publisher_then_a_town_before_the_year_bracket(text, publisher, place):
    item = parse_reference(text)
    assert item["publisher"] == publisher and item["publisher-place"] == place

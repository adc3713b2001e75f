"""Names, titles and fields of what the official CSL styles print, read back (round 5 of bench/parse_rendered.py)."""

from cslbridge.parse.fields import parse_reference


def test_initials_without_points_before_the_family_name_get_them():
    # styles that print given names first as initials with no stops ("JA Ocampo"): initials run together are read
    # as Vancouver's "Ocampo JA" is, with their points; one initial stays as printed
    item = parse_reference("MK Sorensen; P Alanko. Seasonal migration of reindeer herders in northern Finland. "
                           "Polar Geography 44, 101–118 (2021)")
    assert [(n["family"], n["given"]) for n in item["author"]] == [("Sorensen", "M.K."), ("Alanko", "P")]



def test_a_locale_s_superscript_abbreviations_are_read_as_letters():
    # the French locale's "nᵒ" (issue) and "2ᵉ éd." (edition), printed with modifier letters
    item = parse_reference("Martin C., « Les budgets participatifs en France », dans Revue française de science "
                           "politique, vol. 71, nᵒ 3, 2021, p. 401‑420.")
    assert (item["volume"], item["issue"], item["page"]) == ("71", "3", "401-420")
    item = parse_reference("Bourdieu P., Le sens pratique, 3ᵉ éd., Paris, Éditions de Minuit, 2016.")
    assert item["edition"] == "3" and item["title"] == "Le sens pratique"


def test_the_word_before_a_journal_is_not_its_name():
    # French styles' "« Title », dans Journal, vol. 12", German notes' "Title, in, Journal 12 (2019)"
    for text in ("Dupont M., « Les coopératives agricoles face à la crise », dans Économie rurale, vol. 12, no 3, 2019, "
                 "p. 45‑60.",
                 "Weber, K., Die Genossenschaften in der Krise, in, Zeitschrift für Agrarpolitik 12 (2019), Heft 3, "
                 "S. 45–60."):
        item = parse_reference(text)
        assert item["container-title"] in ("Économie rurale", "Zeitschrift für Agrarpolitik"), text


def test_a_parallel_container_does_not_run_back_into_the_quoted_title():
    # "Translit = English" is one container, read back from "=" only to the quoted title's close
    for text in ("Petrova, O. V. “Regional budgets and federal transfers.” Finansovyi zhurnal = Financial Journal 13, "
                 "no. 2 (2021): 55–70.",
                 "Petrova, OV 2021, ‘Regional budgets and federal transfers’, Finansovyi zhurnal = Financial Journal, "
                 "vol. 13, no. 2, pp. 55–70."):
        item = parse_reference(text)
        assert item["title"] == "Regional budgets and federal transfers", text
        assert item["container-title"] == "Finansovyi zhurnal = Financial Journal", text


def test_the_japanese_locale_s_labels_before_numbers():
    # a style in the Japanese locale prints "Journal. Year, 巻 N, 号 N, ページ. N–N."
    item = parse_reference("Tanaka, H., Sato, M. Urban heat islands and summer mortality in Osaka. Environmental "
                           "Research. 2020, 巻 186, 号 4, ページ. 109–121.")
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == (
        "Environmental Research", "186", "4", "109-121")


def test_the_turkish_locale_s_volume_and_issue():
    # "C." (cilt) and "S." (sayı) before the year, "ss." the pages
    item = parse_reference("YILMAZ Ayşe, “Rural credit cooperatives in western Anatolia”, Journal of Rural Studies, "
                           "C. 88, S. 2 (2021), ss. 140-52.")
    assert (item["container-title"], item["volume"], item["issue"]) == ("Journal of Rural Studies", "88", "2")


def test_a_family_name_in_capitals_marks_a_whole_name():
    # Turkish notes print the first name family first in capitals, the others given name first ("RAHMAN Nadia,
    # Tobias KELLER"); middle initials may close the given names ("POSNER Richard A.")
    item = parse_reference("DEMİR Selin, Marco ROSSI, “Seasonal tourism and local labour markets”, Tourism "
                           "Management, C. 84, S. 1 (2021), ss. 104-19.")
    assert [(n["family"], n["given"]) for n in item["author"]] == [("DEMİR", "Selin"), ("ROSSI", "Marco")]
    item = parse_reference("HOLMES Oliver W., “The Path of the Law”, Harvard Law Review, C. 10 (1897), s. 457.")
    assert [(n["family"], n["given"]) for n in item["author"]] == [("HOLMES", "Oliver W.")]

"""Blind batch 58: Russian journals' English References and Scopus-indexed lists in other transliterations and layouts
than the seed's (ALA-LC with ties and primes, BGN/PCGN, translations in round brackets, transliterated GOST)."""

from cslbridge.parse.fields import parse_reference
from cslbridge.parse.names import parse_names


def test_ala_lc_tied_initials_are_one_initial_and_keep_their_tie():
    """ALA-LC ties the two letters of one Cyrillic letter ("I͡U." for Ю., also printed in halves, "I︠U︡."): the name
    is read as the untied "IU." is, and every field gives the tie back as printed."""
    pair = parse_reference("Lʹvov, D. S., & Gla͡zev, S. I͡U. (1986). Teoreticheskie i prikladnye aspekty upravleni͡a NTP "
                           "[Theoretical and applied aspects of managing technical progress]. Ėkonomika i "
                           "matematicheskie metody, 22(5), 793–804. (In Russian)")
    assert pair["author"] == [{"family": "Lʹvov", "given": "D. S."}, {"family": "Gla͡zev", "given": "S. I͡U."}]
    assert pair["original-title"] == "Teoreticheskie i prikladnye aspekty upravleni͡a NTP"
    assert (pair["volume"], pair["issue"], pair["language"]) == ("22", "5", "ru")
    source = "Levada, I͡U. A. (2004). Chelovek sovetskiĭ [Soviet man]. Obshchestvennye nauki i sovremennostʹ, (4), 5–18."
    levada = parse_reference(source)
    assert levada["author"] == [{"family": "Levada", "given": "I͡U. A."}]
    assert levada["original-title"] == "Chelovek sovetskiĭ" and levada["custom"]["source"] == source
    halves = parse_reference("Gla︠z︡ev, S. I︠U︡. Genot︠s︡id. Moskva: Terra, 1998. 320 p.")
    assert halves["author"] == [{"family": "Gla︠z︡ev", "given": "S. I︠U︡."}] and halves["title"] == "Genot︠s︡id"


def test_a_translation_in_round_brackets_with_a_preposition_or_a_year_range():
    """References that print the translation in round brackets after the transliterated title: a translation whose
    only English function word is a preposition ("under"), or which holds a year range, is read as the bracketed one
    is (title the translation, original-title the transliteration); a title's own English stays whole."""
    item = parse_reference("Glaz'ev S.Iu. Ekonomicheskaia politika v usloviiakh sanktsii (Economic policy under "
                           "sanctions). Voprosy ekonomiki, 2016, no. 4, pp. 21–39. (In Russian).")
    assert item["title"] == "Economic policy under sanctions"
    assert item["original-title"] == "Ekonomicheskaia politika v usloviiakh sanktsii"
    assert (item["container-title"], item["issue"], item["language"]) == ("Voprosy ekonomiki", "4", "ru")
    thesis = ("Sokolov A.V. Transformatsiia promyshlennoi politiki Rossii v 2000–2020 gg. {}Transformation of Russia's "
              "industrial policy in 2000–2020{}. Cand. Sci. (Econ.) Diss. Moscow, 2021. 198 p.")
    round_, square = parse_reference(thesis.format("(", ")")), parse_reference(thesis.format("[", "]"))
    assert round_["title"] == "Transformation of Russia's industrial policy in 2000–2020"
    assert round_["original-title"].startswith("Transformatsiia promyshlennoi politiki Rossii v 2000–2020 gg")
    assert {key: round_[key] for key in ("type", "title", "original-title", "genre", "publisher-place")} \
        == {key: square[key] for key in ("type", "title", "original-title", "genre", "publisher-place")}
    english = parse_reference("Smith J. Economic policy under sanctions (Lessons from the 2014 crisis). Journal of "
                              "Economic Policy, 2016, no. 4, pp. 21–39.")
    assert english["title"] == "Economic policy under sanctions (Lessons from the 2014 crisis)"
    assert "original-title" not in english


def test_transliterated_gost_s_bare_n_marks_the_issue():
    """Transliterated GOST prints "№" as a bare capital N: after the year, or after the volume, the N and its number
    (with the running number in brackets) are the issue; they had been left in the journal's name, the number a
    volume."""
    head = "Ivanter V.V., Porfir'ev B.N. Ekonomicheskie posledstviia pandemii // Problemy prognozirovaniia. 2021. "
    running = parse_reference(head + "N 1 (184). S. 3–15. [In Russian]")
    assert (running["container-title"], running["issue"], running["page"]) == ("Problemy prognozirovaniia", "1 (184)",
                                                                             "3-15")
    assert "volume" not in running
    volume = parse_reference(head + "T. 32, N 3. S. 3–15.")
    assert (volume["container-title"], volume["volume"], volume["issue"]) == ("Problemy prognozirovaniia", "32", "3")


def test_a_transliterated_family_name_before_a_dotted_pair_has_two_initials():
    """Russian journals' APA-like References print two initials that spell a legal form ("N.V.", "S.A.", "K.K."):
    after a transliterated Slavic family name they are the person's initials, where the author had been read as a
    company; a company's name before the form stays one ("Philips N.V.", "Nestlé, S.A.")."""
    zubarevich = parse_reference("Zubarevich N.V. (2014). Regional development in Russia. EKO, 44(7), 6–27. [in Russian]")
    assert zubarevich["author"] == [{"family": "Zubarevich", "given": "N.V."}]
    assert (zubarevich["container-title"], zubarevich["volume"], zubarevich["issue"]) == ("EKO", "44", "7")
    ivanova = parse_reference("Ivanova, S.A. (2019). Labour migration from Central Asia. Voprosy ekonomiki, (5), 10–20.")
    assert ivanova["author"] == [{"family": "Ivanova", "given": "S.A."}]
    assert parse_reference("Kuzmin K.K. (2018). Regional banks. Dengi i kredit, 77(3), 5–20.")["author"] \
        == [{"family": "Kuzmin", "given": "K.K."}]
    assert parse_reference("Philips N.V. (2020). Annual report 2019. Amsterdam: Philips.")["author"] \
        == [{"literal": "Philips N.V"}]
    assert parse_names("Nestlé, S.A.") == [{"literal": "Nestlé, S.A."}]


def test_a_latin_translation_in_round_brackets_after_a_cyrillic_title():
    """A Cyrillic title with its English translation in round brackets (and one that asks, "...?)"): the change of
    script tells the translation even with no English function word in it; the title is the translation, the
    Cyrillic the original title, as with square brackets."""
    asks = parse_reference("Aganbegyan A.G. Как вернуть социально-экономический рост в России? (How to return "
                           "socio-economic growth in Russia?). Ekonomicheskoe vozrozhdenie Rossii, 2019, no. 1, pp. 5–16. "
                           "(In Russian)")
    assert asks["title"] == "How to return socio-economic growth in Russia?"
    assert asks["original-title"] == "Как вернуть социально-экономический рост в России?"
    gost = parse_reference("Кузнецова О.В. Стратегия пространственного развития (Spatial development strategy) // "
                           "Пространственная экономика. 2019. Т. 15, № 4. С. 107–125.")
    assert (gost["title"], gost["original-title"]) == ("Spatial development strategy", "Стратегия пространственного развития")
    assert (gost["container-title"], gost["volume"], gost["issue"]) == ("Пространственная экономика", "15", "4")
    own = parse_reference("Петров П.П. Обзор библиотеки TensorFlow (версия 2.0) // Информатика. 2020. № 3. С. 5–9.")
    assert own["title"] == "Обзор библиотеки TensorFlow (версия 2.0)" and "original-title" not in own

"""Blind batch 58: Russian journals' English References and Scopus-indexed lists in other transliterations and layouts
than the seed's (ALA-LC with ties and primes, BGN/PCGN, translations in round brackets, transliterated GOST)."""

from cslbridge.parse.fields import parse_reference


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

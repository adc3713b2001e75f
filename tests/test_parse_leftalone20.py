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

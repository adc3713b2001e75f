"""Parser faults left alone by the round's helpers (branch leftalone10)."""

from cslbridge.parse import find_entries
from cslbridge.parse.entries import clean
from cslbridge.parse.fields import parse_reference


def test_a_bulleted_entry_after_numbered_ones_is_an_entry_of_its_own():
    """A '•' line after '3) Oke ...' had run into Oke's entry (two titles and journals joined): a line opening with a
    bullet glyph always opens an entry, unnumbered; the numbered entries keep their numbers."""
    lines = ["References",
             "1) Givoni, B. (1998). Climate considerations in building and urban design. New York: Wiley.",
             "2) Oke, T. R. (1982). The energetic basis of the urban heat island. Quarterly Journal of the Royal "
             "Meteorological Society, 108(455), 1-24.",
             "• Santamouris, M. (2015). Analyzing the heat island magnitude and characteristics in one hundred Asian "
             "and Australian cities. Science of the Total Environment, 512, 582-598."]
    entries, _, _ = find_entries("\n".join(lines))
    assert [(e.number, clean(e.text).split(",")[0]) for e in entries] == [
        (1, "Givoni"), (2, "Oke"), (None, "Santamouris")]
    assert clean(entries[1].text).endswith("1-24.")


def test_a_gost_dash_wrapped_onto_its_own_line_stays_in_the_entry():
    lines = ["Список литературы",
             "1. Иванов И. И. Экономика переходного периода. М. : Наука, 2003.",
             "– 240 с.",
             "2. Петров П. П. Регионы России. СПб. : Питер, 2010. – 180 с."]
    entries, _, _ = find_entries("\n".join(lines))
    assert [e.number for e in entries] == [1, 2]
    assert clean(entries[0].text).endswith("– 240 с.")

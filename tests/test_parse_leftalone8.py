"""Parser faults left alone by the round's helpers (branch leftalone8)."""

import pytest

from cslbridge.parse.fields import parse_reference
from cslbridge.parse.names import parse_names


@pytest.mark.parametrize("text, authors", [
    ("Clifford G. Gaddy, Mr. Putin: Operative in the Kremlin (Washington, DC: Brookings Institution Press, 2013), 45.",
     [{"family": "Gaddy", "given": "Clifford G."}]),
    ("Gaddy, Clifford G. Mr. Putin: Operative in the Kremlin. Washington, DC: Brookings, 2013.",
     [{"family": "Gaddy", "given": "Clifford G."}]),
])
def test_a_form_of_address_after_the_names_opens_the_title(text, authors):
    """'Mr.' was read as the given name of 'Clifford G. Gaddy': a form of address never follows its name."""
    item = parse_reference(text)
    assert item["author"] == authors
    assert item["title"] == "Mr. Putin: Operative in the Kremlin"


@pytest.mark.parametrize("name", ["Patriarch Kirill", "Metropolitan Hilarion", "Archbishop Ezras Nersisyan",
                                  "Sheikh Zayed"])
def test_a_title_of_office_before_a_name_is_no_given_name(name):
    assert parse_names(name) == [{"literal": name}]


@pytest.mark.parametrize("span, names", [
    ("Bishop D, Smith J", [{"family": "Bishop", "given": "D."}, {"family": "Smith", "given": "J."}]),
    ("Bishop, Dorothy", [{"family": "Bishop", "given": "Dorothy"}]),
    ("Sultan Akimbekov", [{"family": "Akimbekov", "given": "Sultan"}]),
])
def test_a_family_name_spelt_as_an_office_stays_a_name(span, names):
    assert parse_names(span) == names


def test_a_patriarchs_speech_has_him_as_its_author():
    item = parse_reference("Patriarch Kirill, “Speech at the World Russian People’s Council,” Moscow, 1 November 2014.")
    assert item["author"] == [{"literal": "Patriarch Kirill"}]
    assert item["title"] == "Speech at the World Russian People’s Council"

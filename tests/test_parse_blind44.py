"""Blind batch 44: transliterated References entries from Russian journals and Europe-Asia Studies style notes."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, body", [
    ("Turkmengaz, ‘Annual Report 2019’, Ashgabat, 2020.", "Turkmengaz"),
    ("Uzbekneftegaz, ‘Sustainability Report 2021’, Tashkent, 2022, available at: https://www.ung.uz/en/reports/2021, "
     "accessed 3 May 2022.", "Uzbekneftegaz"),
])
def test_a_gas_companys_one_word_name_is_a_body(text, body):
    """A gas company named in one compound word had been a person's family name ('Turkmengaz'), as an oil company's
    ('Tatneft') or an industry's holding ('Kazatomprom') is not."""
    item = parse_reference(text)
    assert (item["type"], item["author"]) == ("report", [{"literal": body}])

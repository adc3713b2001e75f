"""Parser faults left alone by the round's helpers (branch leftalone9)."""

import pytest

from cslbridge.parse.fields import parse_reference
from cslbridge.parse.names import parse_names


@pytest.mark.parametrize("text, body", [
    ("Kremlin. 2014. “Address by President of the Russian Federation.” March 18. "
     "http://en.kremlin.ru/events/president/news/20603.", "Kremlin"),
    ("Ofsted (2019) The education inspection framework. Manchester: Ofsted.", "Ofsted"),
    ("OpenAI (2023). GPT-4 technical report. arXiv preprint arXiv:2303.08774.", "OpenAI"),
    ("Gazprom (2020) Annual report 2019. Moscow: Gazprom.", "Gazprom"),
    ("Tatneft (2021) Sustainability report 2020. Almetyevsk: Tatneft.", "Tatneft"),
])
def test_a_one_word_body_as_the_only_author_is_a_literal(text, body):
    """'Kremlin', 'Ofsted', 'OpenAI' had been persons' family names: a known one-word body, a Russian body's compound
    ending ('-prom', '-neft', '-stat', '-nadzor') or a brand's inner capital make the lone word a body."""
    assert parse_reference(text)["author"] == [{"literal": body}]


@pytest.mark.parametrize("name", ["McDonald", "DiCaprio", "LeBlanc", "MacArthur", "ElBaradei", "Prometheus"])
def test_a_surname_with_a_prefix_capital_alone_stays_a_family_name(name):
    assert parse_names(name) == [{"family": name}]


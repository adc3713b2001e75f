"""Blind batch 41: transliterated References entries from Russian journals and Europe-Asia Studies style notes."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, body", [
    ("[Passenger traffic on the Northern Sea Route in 2022]. Rosmorrechflot. Available at: "
     "https://morflot.gov.ru/news/passenger-traffic-2022 (accessed 10.03.2023). (In Russ.)", "Rosmorrechflot"),
    ("[On the sanitary and epidemiological well-being of the population in 2021]. Rospotrebnadzor. Available at: "
     "https://www.rospotrebnadzor.ru/documents/details.php?ELEMENT_ID=21796 (accessed 04.05.2022). (In Russ.)",
     "Rospotrebnadzor"),
    ("[Gas supply and gasification of the regions]. Gazprom. Available at: https://www.gazprom.ru/about/production/ "
     "(accessed 17.02.2021). (In Russ.)", "Gazprom"),
])
def test_a_body_named_in_one_word_publishes_a_references_web_page(text, body):
    """The agency after a translated title had been the page's container-title (a periodical's field) while a body
    named in words ('Eurasian Economic Commission') published it: a one-word body ('Rosstat', '-nadzor', '-flot')
    publishes too."""
    item = parse_reference(text)
    assert item["type"] == "webpage"
    assert item["publisher"] == body
    assert "container-title" not in item


def test_a_news_site_after_a_translated_title_stays_the_container():
    item = parse_reference("[Rail freight to China grew by a third]. Kommersant, 2023, 14 March. Available at: "
                           "https://www.kommersant.ru/doc/5872345 (accessed 20.03.2023). (In Russ.)")
    assert item["container-title"] == "Kommersant" and "publisher" not in item

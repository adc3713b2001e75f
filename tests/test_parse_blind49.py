"""Blind batch 49: the seeds' two kinds (transliterated Russian References, area-studies notes) on new topics."""

from cslbridge.parse import parse_page


def test_a_body_s_document_after_a_sentence_of_comment_is_its_own_work():
    """A note's comment, then a body's document cited by its quoted title ('The figures are disputed. Ministry of
    Emergency Situations of the Kyrgyz Republic, ‘Title’, Bishkek, date.'): the comment is commentary and the
    document a work with the body as author, as a person's work after a comment already was. The whole note had
    been one work titled by the comment and the body's name. Two bodies' documents joined by ';' are two works."""
    result = parse_page(
        "Notes\n"
        "1. The figures are disputed. Ministry of Emergency Situations of the Kyrgyz Republic, ‘Informatsiya o "
        "evakuatsii naseleniya Batkenskoi oblasti’, Bishkek, 17 September 2022.\n"
        "2. Turnout fell sharply in the capital. General Election Commission of Mongolia, ‘Songuuliin dun’, "
        "Ulaanbaatar, 2024, p. 3.\n"
        "3. World Bank, ‘Rogun Hydropower Project: Project Appraisal Document’, Washington, DC, 2023; Asian "
        "Development Bank, ‘Tajikistan: Energy Sector Assessment’, Manila, 2021.\n")
    works = [item for item in result.items if not item["custom"].get("commentary")]
    comments = [item["note"] for item in result.items if item["custom"].get("commentary")]
    assert comments == ["The figures are disputed.", "Turnout fell sharply in the capital."]
    assert [(w["author"][0]["literal"], w["title"]) for w in works] == [
        ("Ministry of Emergency Situations of the Kyrgyz Republic", "Informatsiya o evakuatsii naseleniya Batkenskoi oblasti"),
        ("General Election Commission of Mongolia", "Songuuliin dun"),
        ("World Bank", "Rogun Hydropower Project: Project Appraisal Document"),
        ("Asian Development Bank", "Tajikistan: Energy Sector Assessment"),
    ]

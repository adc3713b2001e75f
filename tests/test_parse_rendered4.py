"""Types and fields of what the official CSL styles print with no type marks, read back (round 4 of
bench/parse_rendered.py)."""

from cslbridge.parse.fields import parse_reference


def test_book_imprint_in_the_container_makes_a_chapter():
    # a part of a book whose imprint ("Place: Publisher") the tagger left in the book's title: the imprint is split
    # off before the type is decided, so the part is a chapter, not a journal's article
    for text in ("Novak, J. (2010): Local budgets in transition. In: Javne finance v regijah. Zagreb: Zavod za "
                 "ekonomijo in finance.",
                 "Novak J. 2010. Local budgets in transition. In: Javne finance v regijah. Zagreb: Zavod za ekonomijo "
                 "in finance.",
                 "Novak, J. ‘Local Budgets in Transition’. Javne finance v regijah. Zagreb: Zavod za ekonomijo in "
                 "finance, 2010."):
        item = parse_reference(text)
        assert item["type"] == "chapter", text
        assert (item["container-title"], item["publisher-place"], item["publisher"]) == (
            "Javne finance v regijah", "Zagreb", "Zavod za ekonomijo in finance"), text


def test_words_after_the_title_colon_before_an_imprint_are_the_book_title():
    # a book's second subtitle, read as the book a chapter is in though no "In", editor or pages say so
    for text in ("Fitzpatrick S. Everyday Stalinism: Ordinary Life in Extraordinary Times: Soviet Russia in the 1930s. "
                 "Oxford: Clarendon Press; 1999.",
                 "Fitzpatrick S (1999) Everyday Stalinism: Ordinary Life in Extraordinary Times: Soviet Russia in the "
                 "1930s. Oxford: Clarendon Press.",
                 "Fitzpatrick, Sheila. Everyday Stalinism: Ordinary Life in Extraordinary Times: Soviet Russia in the "
                 "1930s. Oxford: Clarendon Press, 1999."):
        item = parse_reference(text)
        assert item["type"] == "book", text
        assert item["title"] == ("Everyday Stalinism: Ordinary Life in Extraordinary Times: Soviet Russia in the "
                                 "1930s"), text
        assert "container-title" not in item and item["publisher"] == "Clarendon Press", text


def test_a_series_kind_after_the_title_colon_stays_the_report_genre():
    # (MDPI's layout; without the series test the two were read as one book title)
    item = parse_reference("UNDP. Water and Sustainable Development in Uzbekistan: Policy Brief; United Nations "
                           "Development Programme: Tashkent, Uzbekistan, 2020; Available online: "
                           "https://www.undp.org/uzbekistan/publications/water-policy-brief (accessed on 3 November 2022).")
    assert item["type"] == "report" and item.get("genre") == "Policy Brief"

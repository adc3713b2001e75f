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

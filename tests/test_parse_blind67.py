"""Western non-English reference lists: German, French, Spanish, Italian, Brazilian ABNT, Polish, Czech (blind batch 67)."""
from cslbridge.parse.fields import parse_references


def test_italian_newspaper_in_guillemets_with_its_day_after_the_comma():
    """Italian "Title, «Newspaper», day month year": the guillemets right after the title's comma with a whole date
    after them are the newspaper, as they are the journal with its numbers after them; the day is the date's."""
    item = parse_references(["Bocca G., L'Italia che cambia, «La Stampa», 5 ottobre 1998, p. 3."])[0]
    assert item["type"] == "article-newspaper"
    assert item["title"] == "L'Italia che cambia"
    assert item["container-title"] == "La Stampa"
    assert item["issued"] == {"date-parts": [[1998, 10, 5]]}
    assert "volume" not in item

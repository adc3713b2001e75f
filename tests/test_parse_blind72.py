"""Blind batch 72: Russian and post-Soviet historical references (GOST, References, notes)."""
from cslbridge.parse.fields import parse_reference


def _fields(text: str) -> dict:
    item = parse_reference(text)
    item.pop("custom", None)
    return item


def test_soviet_gazette_prints_law():
    # The Soviet gazettes, cut short or transliterated, print acts as Собрание законодательства РФ does.
    item = _fields("Об организации машинно-тракторных станций // СУ РСФСР. 1929. № 61. Ст. 601.")
    assert item["type"] == "legislation"
    assert item["container-title"] == "СУ РСФСР"
    assert (item["issue"], item["section"]) == ("61", "601")
    item = _fields("[Decree of the Council of People's Commissars \"On the land\"]. Sobranie uzakonenii RSFSR, "
                   "1917, no. 1, art. 13. (In Russ.)")
    assert item["type"] == "legislation"
    assert item["container-title"] == "Sobranie uzakonenii RSFSR"
    assert item["section"] == "13"


def test_decree_named_first_is_titled_to_its_gazette():
    # "Декрет" opens an act as "Указ" does: its issuer's abbreviation ("ВЦИК", "СНК") is no person's initials.
    item = _fields("Декрет ВЦИК и СНК РСФСР от 1 июня 1921 г. «О мерах борьбы с неурожаем» // СУ РСФСР. 1921. № 49. "
                   "Ст. 254.")
    assert item["type"] == "legislation"
    assert "author" not in item
    assert item["title"] == "Декрет ВЦИК и СНК РСФСР от 1 июня 1921 г. «О мерах борьбы с неурожаем»"
    assert item["issued"] == {"date-parts": [[1921, 6, 1]]}


def test_page_after_a_papers_day_in_a_note():
    # English notes cite a Soviet paper by its day and the page after it, with no "p.".
    item = _fields("Izvestiia, 14 July 1938, 3.")
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == "Izvestiia"
    assert item["issued"] == {"date-parts": [[1938, 7, 14]]}
    assert item["page"] == "3"

"""Rules for families of wrong fields found on a validation fold cut from the training data (bench/fold_errors.py)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, author, title", [
    ("박지훈(2019). 지역 청년의 노동시장 이행 연구. 한국지역개발학회지, 31(2), 45-68.",
     [{"literal": "박지훈"}], "지역 청년의 노동시장 이행 연구"),
    ("陈明(2016). 城市公园的历史演变. 中国园林. 第5期.: 12-18.", [{"literal": "陈明"}], "城市公园的历史演变"),
    ("Miller, R.(2011). Rural credit and household savings. Journal of Development Studies, 47(4), 520-539.",
     [{"family": "Miller", "given": "R."}], "Rural credit and household savings"),
])
def test_an_author_date_bracket_glued_to_the_name_is_the_date(text, author, title):
    item = parse_reference(text)
    assert item["author"] == author and item["title"] == title
    assert item["issued"] == {"date-parts": [[int(text.split("(")[1][:4])]]}
    assert item["custom"]["source"] == text

"""CSL-JSON <-> Zotero item JSON: fields by type, creators, the extra convention, round trips."""

import json
from pathlib import Path

import pytest

from cslbridge.schema import ITEM_TYPES as CSL_TYPES
from cslbridge.zotero.mapping import (
    CREATOR_TYPES, CSL_TO_ZOTERO_TYPE, ITEM_TYPES, from_zotero, match_keys, parse_date, to_zotero,
)

ROOT = Path(__file__).resolve().parents[1]
META = {"itemType", "creators", "tags", "extra"}


def extra_lines(data):
    return data.get("extra", "").split("\n")


@pytest.mark.parametrize("csl_type, field", [
    ("article-journal", "publicationTitle"), ("chapter", "bookTitle"),
    ("paper-conference", "proceedingsTitle"), ("webpage", "websiteTitle"),
    ("post-weblog", "blogTitle"), ("entry-encyclopedia", "encyclopediaTitle"),
    ("entry-dictionary", "dictionaryTitle"), ("post", "forumTitle"), ("broadcast", "programTitle"),
])
def test_container_title_goes_to_the_types_own_field(csl_type, field):
    data = to_zotero({"id": "x", "type": csl_type, "title": "T", "container-title": "Where"})
    assert data[field] == "Where"
    assert "publicationTitle" not in data or field == "publicationTitle"


def test_publisher_and_number_use_type_specific_fields():
    thesis = to_zotero({"id": "t", "type": "thesis", "title": "T", "publisher": "MGIMO", "genre": "PhD thesis"})
    assert thesis["university"] == "MGIMO" and thesis["thesisType"] == "PhD thesis"
    report = to_zotero({"id": "r", "type": "report", "title": "T", "publisher": "WHO", "number": "51"})
    assert report["institution"] == "WHO" and report["reportNumber"] == "51"
    case = to_zotero({"id": "c", "type": "legal_case", "title": "Roe", "authority": "Supreme Court",
                      "issued": {"date-parts": [[1973, 1, 22]]}})
    assert case["caseName"] == "Roe" and case["court"] == "Supreme Court" and case["dateDecided"] == "1973-01-22"


def test_literal_name_becomes_single_field_creator():
    data = to_zotero({"id": "w", "type": "report", "title": "T",
                      "author": [{"literal": "World Health Organization"}]})
    assert data["creators"] == [{"creatorType": "author", "name": "World Health Organization"}]
    assert from_zotero(data)["author"] == [{"literal": "World Health Organization"}]


def test_interviewee_is_the_interviews_author():
    item = {"id": "i", "type": "interview", "title": "On CSTO",
            "author": [{"family": "Lavrov", "given": "Sergey"}],
            "interviewer": [{"family": "Smith", "given": "Anna"}]}
    data = to_zotero(item)
    assert {"creatorType": "interviewee", "firstName": "Sergey", "lastName": "Lavrov"} in data["creators"]
    assert {"creatorType": "interviewer", "firstName": "Anna", "lastName": "Smith"} in data["creators"]
    assert from_zotero(data) == item


def test_variables_zotero_lacks_go_to_extra_and_come_back():
    item = {
        "id": "lukin2014povorot", "type": "book",
        "title": "Turning to Asia", "original-title": "Povorot k Azii",
        "author": [{"family": "Lukin", "given": "A.V."}],
        "event-date": {"date-parts": [[2014, 5, 3]]},
        "number-of-pages": "640", "language": "ru",
        "note": "Also issued as an e-book",
        "custom": {"source": "Lukin A.V. Povorot k Azii [Turning to Asia]. Moscow, 2014, 640 p.",
                   "confidence": {"title": 0.93}, "cited-by": ["degtereva2020"], "review": True},
    }
    data = to_zotero(item)
    lines = extra_lines(data)
    assert "original-title: Povorot k Azii" in lines
    assert "event-date: 2014-05-03" in lines
    assert "cslbridge-cited-by: [\"degtereva2020\"]" in lines
    assert "cslbridge-confidence: {\"title\": 0.93}" in lines
    assert "citation-key: lukin2014povorot" in lines
    assert data["numPages"] == "640"
    assert from_zotero(data) == item


def test_a_field_invalid_for_the_type_is_kept_in_extra_not_sent():
    item = {"id": "p", "type": "webpage", "title": "T", "publisher": "Kremlin", "number-of-pages": "3",
            "editor": [{"family": "Ivanov", "given": "I."}], "URL": "http://kremlin.ru/x"}
    data = to_zotero(item)
    assert "publisher" not in data and "numPages" not in data
    assert "publisher: Kremlin" in extra_lines(data)
    assert "editor: Ivanov || I." in extra_lines(data)
    assert from_zotero(data) == item


@pytest.mark.parametrize("csl_type", sorted(CSL_TYPES))
def test_every_type_sends_only_valid_fields_and_creators(csl_type):
    item = {"id": "x", "type": csl_type, "title": "T", "container-title": "C", "publisher": "P",
            "publisher-place": "Moscow", "page": "1-2", "volume": "3", "issue": "4", "number": "5",
            "genre": "g", "DOI": "10.1/x", "ISBN": "978", "ISSN": "1234", "URL": "http://x",
            "number-of-pages": "9", "edition": "2", "collection-title": "S", "abstract": "A",
            "issued": {"date-parts": [[2020]]}, "accessed": {"date-parts": [[2021, 1, 2]]},
            "author": [{"family": "A", "given": "B"}], "editor": [{"family": "E", "given": "F"}],
            "translator": [{"family": "T", "given": "U"}], "container-author": [{"family": "C", "given": "D"}]}
    data = to_zotero(item)
    ztype = CSL_TO_ZOTERO_TYPE[csl_type]
    valid = set(ITEM_TYPES[ztype].values())
    assert set(data) - META <= valid
    assert {c["creatorType"] for c in data.get("creators", [])} <= set(CREATOR_TYPES[ztype])
    assert from_zotero(data) == item


def test_particles_and_suffixes_survive():
    item = {"id": "v", "type": "book", "title": "T",
            "author": [{"family": "Berg", "non-dropping-particle": "van de", "given": "Jan"},
                       {"family": "King", "given": "Martin Luther", "suffix": "Jr."}]}
    data = to_zotero(item)
    assert data["creators"][0] == {"creatorType": "author", "firstName": "Jan", "lastName": "van de Berg"}
    assert from_zotero(data) == item


def test_csl_types_zotero_lacks_are_kept():
    item = {"id": "b", "type": "pamphlet", "title": "How to vote"}
    data = to_zotero(item)
    assert data["itemType"] == "document" and "type: pamphlet" in extra_lines(data)
    assert from_zotero(data)["type"] == "pamphlet"


def test_dates_round_trip_and_unparseable_stay_literal():
    assert parse_date("2018-01-17") == {"date-parts": [[2018, 1, 17]]}
    assert parse_date("2017/2018") == {"date-parts": [[2017], [2018]]}
    # a season is what our writer gives Zotero for month 13-16 (as Zotero's own CSL export reads it)
    assert parse_date("Spring 2019") == {"date-parts": [[2019, 13]]}
    assert parse_date("Spring term 2019") == {"literal": "Spring term 2019"}
    data = to_zotero({"id": "d", "type": "book", "title": "T", "issued": {"literal": "n.d."}})
    assert data["date"] == "n.d." and from_zotero(data)["issued"] == {"literal": "n.d."}


def test_fixtures_round_trip_exactly():
    for path in (ROOT / "fixtures/csljson/sample.json", ROOT / "fixtures/zotero/csto_page.json"):
        for item in json.loads(path.read_text(encoding="utf-8")):
            assert from_zotero(to_zotero(item)) == item, item["id"]


def test_match_keys_normalise_doi_url_and_title():
    a = {"title": "The Russian–Kyrgyz Relations!", "issued": {"date-parts": [[2018]]},
         "author": [{"family": "Zverev"}], "DOI": "https://doi.org/10.1080/ABC", "URL": "https://www.x.org/a/"}
    b = {"title": "the russian kyrgyz relations", "issued": {"date-parts": [[2018, 3]]},
         "author": [{"family": "ZVEREV"}], "DOI": "10.1080/abc", "URL": "http://x.org/a"}
    assert match_keys(a) == match_keys(b)


def test_multiline_fields_keep_their_lines():
    item = {"id": "a", "type": "article-journal", "title": "T",
            "abstract": "Subject: CSTO.\nObjectives: financing.\nResults: export credit."}
    assert from_zotero(to_zotero(item)) == item


def test_a_bare_site_url_does_not_identify_a_work():
    assert not any(k.startswith("url:") for k in match_keys({"title": "T", "URL": "https://elibrary.ru/"}))
    assert "url:elibrary.ru/item.asp?id=32350457" in match_keys({"URL": "https://elibrary.ru/item.asp?id=32350457"})


def test_untitled_items_are_still_identified():
    parsed = {"type": "article-journal", "container-title": "[On economic security] Problemy ekonomiki",
              "custom": {"source": "Dronov R.V. [On economic security] Problemy ekonomiki, 2017, no. 4."}}
    assert match_keys(parsed) == ["src:dronov r v on economic security problemy ekonomiki 2017 no 4"]
    bare = {"id": "x1", "type": "document", "publisher": "MGIMO"}
    assert match_keys(bare) == match_keys({**bare, "id": "x2"}) != match_keys({**bare, "publisher": "HSE"})


def test_extra_written_by_people_and_other_tools_is_read():
    data = {"key": "ABCD2345", "itemType": "book", "title": "Povorot k Azii",
            "extra": "Citation Key: lukin2014\nOriginal Title: Поворот к Азии\nType: hardcover\n"
                     "Note: signed copy\ntex.ids: lukin2014a\nDOI: 10.1000/xyz"}
    item = from_zotero(data)
    assert item["id"] == "lukin2014" and item["original-title"] == "Поворот к Азии"
    assert item["type"] == "book" and item["DOI"] == "10.1000/xyz"
    assert item["note"] == "Type: hardcover\nNote: signed copy\ntex.ids: lukin2014a"


def test_item_json_as_the_api_returns_it():
    data = {  # the Web API's documented example: every field present, most of them empty
        "key": "ABCD2345", "version": 1, "itemType": "webpage", "title": "Zotero Quick Start Guide",
        "creators": [{"creatorType": "author", "name": "Center for History and New Media"}],
        "abstractNote": "", "websiteTitle": "Zotero", "websiteType": "", "date": "", "shortTitle": "",
        "url": "https://www.zotero.org/support/quick_start_guide", "accessDate": "2014-06-12T21:28:55Z",
        "language": "", "rights": "", "extra": "", "dateAdded": "2014-06-12T21:28:55Z",
        "dateModified": "2014-06-12T21:28:55Z", "tags": [], "collections": [], "relations": {},
    }
    assert from_zotero(data) == {
        "id": "ABCD2345", "type": "webpage", "title": "Zotero Quick Start Guide",
        "author": [{"literal": "Center for History and New Media"}], "container-title": "Zotero",
        "URL": "https://www.zotero.org/support/quick_start_guide",
        "accessed": {"date-parts": [[2014, 6, 12]]},
    }
    assert parse_date("2014-06-12 21:28:55") == {"date-parts": [[2014, 6, 12]]}

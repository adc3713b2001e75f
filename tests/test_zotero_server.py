"""The Zotero-compatible test server answers like the Web API v3 does."""

import json

import httpx2
import pytest

from cslbridge.zotero.testserver import ZoteroTestServer

KEY = "Tst0key0for0server"


@pytest.fixture()
def server():
    with ZoteroTestServer(keys={KEY: 7}, groups=(99,)) as srv:
        yield srv


def post(server, what, objects, key=KEY, **headers):
    return httpx2.post(f"{server.url}/users/7/{what}", content=json.dumps(objects),
                       headers={"Zotero-API-Key": key, **headers})


def test_keys_and_access(server):
    assert httpx2.get(f"{server.url}/keys/current", headers={"Zotero-API-Key": KEY}).json()["userID"] == 7
    assert httpx2.get(f"{server.url}/keys/current", headers={"Authorization": f"Bearer {KEY}"}).status_code == 200
    assert httpx2.get(f"{server.url}/keys/current", headers={"Zotero-API-Key": "nope"}).status_code == 403
    assert httpx2.get(f"{server.url}/users/8/items", headers={"Zotero-API-Key": KEY}).status_code == 403
    assert httpx2.get(f"{server.url}/groups/99/items", headers={"Zotero-API-Key": KEY}).status_code == 200


def test_per_object_results_versions_and_validation(server):
    book = {"key": "ABCD2345", "version": 0, "itemType": "book", "title": "Povorot k Azii"}
    bad = {"itemType": "book", "title": "X", "publicationTitle": "not for books"}
    response = post(server, "items", [book, bad])
    result = response.json()
    assert result["success"] == {"0": "ABCD2345"}
    assert result["failed"]["1"]["code"] == 400 and "publicationTitle" in result["failed"]["1"]["message"]
    version = int(response.headers["Last-Modified-Version"])
    again = post(server, "items", [book]).json()  # a repeated create: refused, not duplicated
    assert again["failed"]["0"]["code"] == 412
    same = post(server, "items", [{**book, "version": version}]).json()
    assert same["unchanged"] == {"0": "ABCD2345"}
    changed = post(server, "items", [{"key": "ABCD2345", "version": version, "title": "Turning to Asia"}]).json()
    assert changed["successful"]["0"]["data"]["title"] == "Turning to Asia"
    assert len(server.library().items) == 1
    stale = post(server, "items", [book], **{"If-Unmodified-Since-Version": str(version)})
    assert stale.status_code == 412


def test_write_limits_and_tokens(server):
    assert post(server, "items", [{"itemType": "book", "title": str(i)} for i in range(51)]).status_code == 413
    assert post(server, "items", [{"itemType": "book", "title": "a"}], **{"Zotero-Write-Token": "t1"}).status_code == 200
    assert post(server, "items", [{"itemType": "book", "title": "a"}], **{"Zotero-Write-Token": "t1"}).status_code == 412
    assert len(server.library().items) == 1


def test_paging_and_collections(server):
    coll = post(server, "collections", [{"key": "CCCC2222", "version": 0, "name": "CSTO"}]).json()
    assert coll["success"] == {"0": "CCCC2222"}
    for start in range(0, 120, 40):
        post(server, "items", [{"itemType": "book", "title": f"B{i}", "collections": ["CCCC2222"]}
                               for i in range(start, start + 40)])
    response = httpx2.get(f"{server.url}/users/7/collections/CCCC2222/items",
                          params={"limit": 50, "start": 100}, headers={"Zotero-API-Key": KEY})
    assert response.headers["Total-Results"] == "120" and len(response.json()) == 20
    first = httpx2.get(f"{server.url}/users/7/collections/CCCC2222/items", params={"limit": 50},
                       headers={"Zotero-API-Key": KEY})
    assert 'rel="next"' in first.headers["Link"] and "start=50" in first.headers["Link"]
    orphan = post(server, "collections", [{"name": "Sub", "parentCollection": "ZZZZ9999"}]).json()
    assert orphan["failed"]["0"]["code"] == 409


def test_injected_faults(server):
    server.inject("429", seconds="3")
    limited = post(server, "items", [{"itemType": "book", "title": "a"}])
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "3"
    server.inject("backoff", seconds="2", after=1)
    assert "Backoff" not in post(server, "items", [{"itemType": "book", "title": "b"}]).headers
    assert post(server, "items", [{"itemType": "book", "title": "c"}]).headers["Backoff"] == "2"
    server.inject("drop-after")
    with pytest.raises(httpx2.TransportError):
        post(server, "items", [{"itemType": "book", "title": "applied, then dropped"}])
    assert {d["title"] for d in server.library().items.values()} == {"b", "c", "applied, then dropped"}

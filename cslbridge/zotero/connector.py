"""Push into a running Zotero desktop through its connector endpoint (no API key needed).

This is what the browser connector does: `saveItems` puts the items into the
collection selected in Zotero, and `updateSession` moves that save into another
target (a collection named by the user). The connector cannot create
collections, so a named collection must already exist in the desktop library.
"""

from __future__ import annotations

import uuid

import httpx2

from ..items import Item, is_work
from .client import SyncError, checked_endpoint, split_path
from .mapping import to_zotero

DESKTOP_ENDPOINT = "http://127.0.0.1:23119"


def connector_item(item: Item) -> dict:
    """A CSL item in the translator shape the connector saves (Zotero fields, flat)."""
    data = to_zotero(item)
    data.setdefault("creators", [])
    data.setdefault("tags", [])
    data.update(attachments=[], notes=[], id=str(item.get("id") or uuid.uuid4().hex))
    return data


def push_desktop(items: list[Item], collection: str | None = None,
                 endpoint: str = DESKTOP_ENDPOINT, timeout: float = 60.0) -> int:
    """Save the works among `items` (pointer notes and commentary stay local) into the desktop's
    selected (or the named) collection; return how many were saved."""
    base = checked_endpoint(endpoint) + "/connector"
    headers = {"Content-Type": "application/json", "X-Zotero-Connector-API-Version": "3"}
    with httpx2.Client(timeout=timeout, trust_env=False) as http:
        try:
            http.post(f"{base}/ping", json={}, headers=headers)
            target = None
            if collection:
                name = split_path(collection)[-1]
                selected = http.post(f"{base}/getSelectedCollection", json={}, headers=headers).json()
                target = next((t["id"] for t in selected.get("targets", []) if t.get("name") == name), None)
                if target is None:
                    raise SyncError(f"no collection {name!r} in the Zotero desktop library "
                                    "(the connector cannot create one; make it in Zotero first)")
            session = uuid.uuid4().hex
            works = [i for i in items if is_work(i)]
            response = http.post(f"{base}/saveItems", headers=headers, json={
                "sessionID": session, "uri": "cslbridge://push", "items": [connector_item(i) for i in works]})
            if response.status_code not in (200, 201):
                raise SyncError(f"Zotero desktop refused the save (HTTP {response.status_code})")
            if target:
                response = http.post(f"{base}/updateSession", headers=headers,
                                     json={"sessionID": session, "target": target})
                if response.status_code != 200:
                    raise SyncError(f"Zotero desktop could not move the items (HTTP {response.status_code})")
        except httpx2.TransportError:
            raise SyncError(f"Zotero desktop is not running at {endpoint} (start Zotero and retry)") from None
    return len(works)

"""Push CSL-JSON items into a Zotero collection and pull collections back, safely under faults.

Reads (collections, collection items, items by key) go through pyzotero, which
pages and decodes well; the key check asks `/keys/current` itself, because
pyzotero's `key_info` puts the key into the URL. Writes use our own thin path over the same HTTP client,
because pyzotero 1.16's `create_items` raises on a 429 instead of retrying and
`update_items` can report success after a chunk got a 429. Our path:

* picks each new object's 8-character key on the client and journals it before
  sending it with `version: 0`, so a repeated create is answered "already
  exists" (412) instead of making a duplicate;
* sends one write token per batch, and after a dropped connection or a 412
  re-reads the batch's keys to learn what was applied;
* honours `Backoff` and `Retry-After` on every response, retries 429/5xx and
  dropped connections with bounded exponential backoff, and never has more
  than four requests in flight.

The API key is sent in a header only; no message, log or journal line holds it.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import httpx2
from pyzotero import zotero
from pyzotero import zotero_errors as ze

from ..items import Item, is_work
from .journal import Journal, journal_path
from .mapping import from_zotero, match_keys, new_key, to_zotero

DEFAULT_ENDPOINT = "https://api.zotero.org"
LOCAL_ENDPOINT = "http://127.0.0.1:23119/api"
BATCH = 50  # the API's per-request object limit
MAX_CONCURRENT = 4
RETRY_STATUSES = {409, 429, 500, 502, 503, 504}  # 409: the library is locked by another write
NOT_WORKS = {"note", "attachment", "annotation"}


class SyncError(Exception):
    """A sync that cannot go on; the message is one line and never holds the API key."""


@dataclass
class PushReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (entry, Zotero's message)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (entry, why)
    collection_key: str = ""
    dry_run: bool = False

    def summary(self) -> str:
        verb = "would create" if self.dry_run else "created"
        text = (f"{verb} {len(self.created)}, {'would update' if self.dry_run else 'updated'} "
                f"{len(self.updated)}, unchanged {len(self.unchanged)}, failed {len(self.failed)}")
        return text + skipped_summary(self.skipped)


# The reasons an item is skipped that take a plural ('commentary' does not).
_SKIP_REASON_PLURALS = {"pointer note": "pointer notes", "duplicate": "duplicates"}


def skipped_summary(skipped: list[tuple[str, str]]) -> str:
    """', skipped 3 (1 commentary, 2 pointer notes)': how many (entry, why) pairs were left out,
    by reason; empty when none were."""
    if not skipped:
        return ""
    why = Counter(reason.split(" of ")[0] for _, reason in skipped)
    counts = ", ".join(f"{n} {_SKIP_REASON_PLURALS.get(r, r) if n > 1 else r}" for r, n in sorted(why.items()))
    return f", skipped {len(skipped)} ({counts})"


def not_a_work(item: Item) -> str | None:
    """Why an item stays local: 'pointer note' or 'commentary'; None for a work."""
    if is_work(item):
        return None
    return "pointer note" if (item.get("custom") or {}).get("pointer") else "commentary"


@dataclass
class PushPlan:
    """What a push will write: batches of at most 50 (label, object, identities, hash)."""

    report: PushReport
    journal: Journal
    batches: list[list[tuple]]


def parse_library(text: str) -> tuple[str, int]:
    """'user:123' / 'group:456' -> ('user', 123)."""
    match = re.fullmatch(r"\s*(user|group)s?[:/](\d+)\s*", text or "")
    if not match:
        raise SyncError(f"bad library {text!r}: use user:ID or group:ID")
    return match.group(1), int(match.group(2))


def split_path(path: str) -> list[str]:
    parts = [p.strip() for p in path.split(" / ")]
    if not path.strip() or not all(parts):
        raise SyncError(f"bad collection path {path!r}: names separated by ' / '")
    return parts


def checked_endpoint(endpoint: str) -> str:
    """The server's address without its closing slash; one that is no http(s) address (else 8
    retries of a request that cannot go) or does not parse (`http://localhost:abc`, a traceback
    from the HTTP client) is a SyncError naming it."""
    endpoint = endpoint.rstrip("/")
    if not re.match(r"https?://[^/\s]", endpoint, re.I):
        raise SyncError(f"bad endpoint {endpoint!r}: use an http:// or https:// address")
    try:
        httpx2.URL(endpoint)
    except httpx2.InvalidURL as exc:
        raise SyncError(f"bad endpoint {endpoint!r}: {exc}") from None
    return endpoint


class ZoteroSync:
    """One library on one server: resolve collections, push items, pull them back."""

    def __init__(self, library: str | None = None, api_key: str | None = None,
                 endpoint: str | None = None, local: bool = False, state_dir=None,
                 max_retries: int = 8, max_wait: float = 600.0, timeout: float = 60.0):
        self.local = local
        self.endpoint = checked_endpoint(endpoint or (LOCAL_ENDPOINT if local else DEFAULT_ENDPOINT))
        self._key = api_key or None
        self.state_dir = state_dir
        self.max_retries, self.max_wait = max_retries, max_wait
        self.sleep = time.sleep  # every wait goes through here (tests watch it)
        self.http = httpx2.Client(timeout=timeout, trust_env=not local,
                                  limits=httpx2.Limits(max_connections=MAX_CONCURRENT))
        self._slots = threading.BoundedSemaphore(MAX_CONCURRENT)
        self._pause_lock = threading.Lock()
        self._pause_until = 0.0
        self._zot_lock = threading.RLock()
        self._reached = False
        if local:
            self.kind, self.id = parse_library(library) if library else ("user", 0)
        elif library:
            self.kind, self.id = parse_library(library)
        else:
            self.kind, self.id = "user", self._user_id()
        self.zot = zotero.Zotero(self.id, self.kind, self._key, local=local, client=self.http)
        self.zot.endpoint = self.endpoint
        self._collections: list[dict] | None = None

    @property
    def library(self) -> str:
        return f"{self.kind}:{self.id}"

    @property
    def prefix(self) -> str:
        return f"/{self.kind}s/{self.id}"

    def _to(self) -> str:
        return f" to {self.library}" if hasattr(self, "id") else ""

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "ZoteroSync":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- HTTP ------------------------------------------------------------------
    def _headers(self) -> dict:
        headers = {"Zotero-API-Version": "3", "User-Agent": "cslbridge"}
        if self._key:
            headers["Zotero-API-Key"] = self._key
        return headers

    def _wait(self) -> None:
        """Sleep out any backoff, ours or the one pyzotero noted on a read."""
        while True:
            with self._pause_lock:
                until = max(self._pause_until, self.zot.backoff_until if hasattr(self, "zot") else 0.0)
            remaining = until - time.time()
            if remaining <= 0:
                return
            self._check_wait(remaining)
            self.sleep(remaining)

    def _check_wait(self, seconds: float) -> None:
        if seconds > self.max_wait:
            raise SyncError(f"Zotero at {self.endpoint} asked us to wait {seconds:.0f} s; run again later "
                            "(what was sent is journaled, nothing will be duplicated)")

    def _pause(self, seconds: float) -> None:
        """Hold every request for `seconds`; a server asking for more than max_wait ends the run."""
        self._check_wait(seconds)
        with self._pause_lock:
            self._pause_until = max(self._pause_until, time.time() + seconds)

    def _note_backoff(self, response) -> None:
        for header in ("Backoff", "Retry-After"):
            value = response.headers.get(header)
            if value:
                try:
                    self._pause(float(value))
                except ValueError:
                    pass

    def _unreachable(self, exc: Exception) -> None:
        """A server never reached is a setup error, not a passing fault: say so at once."""
        if isinstance(exc, httpx2.ConnectError) and not self._reached:
            raise SyncError(f"cannot reach Zotero at {self.endpoint} (is the address right, "
                            f"{'is Zotero running' if self.local else 'is the network up'}?)")

    def _retry_delay(self, attempt: int) -> float:
        return min(30.0, 0.25 * 2 ** attempt) * (0.5 + random.random() / 2)

    def _request(self, method: str, path: str, **kwargs):
        """One request with backoff and bounded retries on 429, 5xx and dropped connections."""
        url = self.endpoint + path
        headers = {**self._headers(), **kwargs.pop("headers", {})}
        last = ""
        for attempt in range(self.max_retries):
            self._wait()
            try:
                with self._slots:
                    response = self.http.request(method, url, headers=headers, **kwargs)
            except httpx2.TransportError as exc:
                self._unreachable(exc)
                last = f"connection failed ({type(exc).__name__})"
                self._pause(self._retry_delay(attempt))
                continue
            self._reached = True
            self._note_backoff(response)
            if response.status_code in RETRY_STATUSES:
                last = f"HTTP {response.status_code}"
                if not (response.headers.get("Retry-After") or response.headers.get("Backoff")):
                    self._pause(self._retry_delay(attempt))
                continue
            if response.status_code == 403:
                raise SyncError(f"Zotero refused access{self._to()} at {self.endpoint} (403): "
                                "check the API key and its permissions")
            return response
        raise SyncError(f"{method} {self.endpoint}{path}: gave up after {self.max_retries} attempts ({last})")

    def _user_id(self) -> int:
        if not self._key:
            raise SyncError("no API key: pass --api-key or set ZOTERO_API_KEY")
        response = self._request("GET", "/keys/current")
        if response.status_code != 200:
            raise SyncError(f"cannot check the API key at {self.endpoint} (HTTP {response.status_code})")
        return int(response.json()["userID"])

    def _read(self, call: Callable):
        """A pyzotero read with our retry policy for 5xx and dropped connections."""
        last = ""
        for attempt in range(self.max_retries):
            self._wait()
            try:
                with self._zot_lock, self._slots:  # a pyzotero instance is not thread-safe
                    return call()
            except httpx2.TransportError as exc:
                self._unreachable(exc)
                last = f"connection failed ({type(exc).__name__})"
            except ValueError:  # a truncated or garbled body
                last = "unreadable answer"
            except ze.PyZoteroError as exc:
                status = getattr(self.zot.request, "status_code", 0) if self.zot.request is not None else 0
                if status == 403 or isinstance(exc, ze.UserNotAuthorisedError):
                    raise SyncError(f"Zotero refused access{self._to()} at {self.endpoint} (403): "
                                    "check the API key and its permissions") from None
                if status == 404 or isinstance(exc, ze.ResourceNotFoundError):
                    raise SyncError(f"not found in {self.library} at {self.endpoint}") from None
                if status not in RETRY_STATUSES and not isinstance(exc, ze.TooManyRetriesError):
                    raise SyncError(f"Zotero error reading {self.library}: HTTP {status}") from None
                last = f"HTTP {status}"
            self._pause(self._retry_delay(attempt))
        raise SyncError(f"reading {self.library} at {self.endpoint}: gave up after "
                        f"{self.max_retries} attempts ({last})")

    # -- collections -----------------------------------------------------------
    def collections(self, refresh: bool = False) -> list[dict]:
        if self._collections is None or refresh:
            self._collections = [c["data"] for c in
                                 self._read(lambda: self.zot.everything(self.zot.collections(limit=100)))]
        return self._collections

    def _child(self, name: str, parent: str | bool) -> dict | None:
        return next((c for c in self.collections()
                     if c["name"] == name and (c.get("parentCollection") or False) == parent), None)

    def find_collection(self, path: str) -> str | None:
        """The key of the collection at `path` ("A / B"), or None."""
        parent: str | bool = False
        for name in split_path(path):
            match = self._child(name, parent)
            if match is None:
                return None
            parent = match["key"]
        return parent or None

    def ensure_collection(self, path: str, journal: Journal | None = None, dry_run: bool = False) -> str | None:
        """The key of the collection at `path`, creating missing levels (keys journaled first)."""
        parent: str | bool = False
        walked = []
        for name in split_path(path):
            walked.append(name)
            here = " / ".join(walked)
            match = self._child(name, parent)
            if match is None:
                if dry_run:
                    return None
                key = (journal.collections.get(here) if journal else None) or new_key()
                if journal and here not in journal.collections:
                    journal.set_collection(here, key)
                obj = {"key": key, "version": 0, "name": name, "parentCollection": parent}
                outcome = PushReport()
                if key not in self._write_objects("collections", [(here, obj)], outcome):
                    why = outcome.failed[0][1] if outcome.failed else "not confirmed"
                    raise SyncError(f"cannot create collection {here!r} in {self.library}: {why}")
                self.collections().append(obj)
                parent = key
            else:
                parent = match["key"]
        return parent or None

    # -- reading items ---------------------------------------------------------
    def collection_items(self, key: str, subcollections: bool = False) -> list[dict]:
        """Zotero item data in a collection (and its descendants), works only, each once.

        Top-level items only: notes and attachments hang below works and are not works.
        """
        keys = [key]
        if subcollections:
            keys = [c["data"]["key"] for c in self._read(lambda: self.zot.all_collections(key))]
        seen, out = set(), []
        for coll in keys:
            top = self._read(lambda c=coll: self.zot.everything(self.zot.collection_items_top(c, limit=100)))
            for obj in top:
                data = obj["data"]
                if data.get("itemType") in NOT_WORKS or data["key"] in seen:
                    continue
                seen.add(data["key"])
                out.append(data)
        return out

    def fetch_items(self, keys: list[str]) -> dict[str, dict]:
        out = {}
        for start in range(0, len(keys), BATCH):
            chunk = keys[start:start + BATCH]
            for obj in self._read(lambda c=chunk: self.zot.items(itemKey=",".join(c), limit=BATCH)):
                out[obj["data"]["key"]] = obj["data"]
        return out

    def pull(self, path: str, subcollections: bool = False) -> list[Item]:
        """A collection's works as CSL-JSON items, in the order Zotero lists them."""
        key = self.find_collection(path)
        if key is None:
            raise SyncError(f"no collection {path!r} in {self.library}")
        return [from_zotero(data) for data in self.collection_items(key, subcollections)]

    # -- pushing ---------------------------------------------------------------
    def uri(self, key: str) -> str:
        return f"http://zotero.org/{self.kind}s/{self.id}/items/{key}"

    def push(self, items: Iterable[Item], path: str, dry_run: bool = False) -> PushReport:
        """Put `items` into the collection at `path`; safe to repeat and to re-run after a crash."""
        plan = self.plan(items, path, dry_run)
        for _ in self.send(plan):
            pass
        return plan.report

    def _journal(self, path: str, dry_run: bool) -> Journal:
        """The collection's push journal; its folder must be writable before anything is sent,
        or a push could not record the keys it is about to use."""
        where = journal_path(self.state_dir, self.endpoint, self.library, path)
        try:
            if not dry_run:
                where.parent.mkdir(parents=True, exist_ok=True)
            return Journal(where)
        except OSError as exc:
            raise SyncError(f"cannot use the push journal folder {where.parent}: "
                            f"{exc.strerror or exc} (set --state-dir or CSLBRIDGE_STATE_DIR)") from None

    def plan(self, items: Iterable[Item], path: str, dry_run: bool = False) -> PushPlan:
        """Read what the collection holds and decide what to create, update or leave alone.

        Only the collection itself is created here (unless `dry_run`); items are written by
        :meth:`send`. A re-push reads the collection's item versions in one request; an item whose key,
        version and content hash match the journal is unchanged without being fetched.
        Everything else in the collection is fetched and matched by DOI, URL, or title +
        year + first author.
        """
        report = PushReport(dry_run=dry_run)
        journal = self._journal(path, dry_run)
        works = self._works(items, report)
        known = {c["key"] for c in self.collections()}
        coll = self.ensure_collection(path, journal, dry_run)
        report.collection_key = coll or ""
        versions: dict[str, int] = {}
        if coll in known:  # a collection made just now is empty: nothing to read
            versions = self._versions(coll)
        trusted = {k for k, v in versions.items() if journal.written.get(k, (None, None))[1] == v}
        fetched = self.fetch_items([k for k in versions if k not in trusted])
        index: dict[str, dict] = {}
        for data in fetched.values():
            for match in match_keys(from_zotero(data)):
                index.setdefault(match, data)
        # Every item's key is known before anything is sent, so relations can go in the first write.
        plan = []  # (label, matches, item, key, existing data or None)
        journaled = {}
        for label, item in works:
            matches = match_keys(item)
            key = journal.key_for(matches)
            existing = fetched.get(key) or next((index[m] for m in matches if m in index), None)
            if existing:
                key = existing["key"]
            elif key is None:
                key = new_key()
                journaled[key] = matches
            plan.append((label, matches, item, key, existing))
        keys_by_id = {str(item.get("id")): key for _, _, item, key, _ in plan}
        related = self._relations(plan, keys_by_id)
        wanted = {}
        for label, matches, item, key, existing in plan:
            data = to_zotero(item)
            data["collections"] = [coll] if coll else []
            data["relations"] = {"dc:relation": sorted(related[key])} if related.get(key) else {}
            wanted[key] = (data, _digest(data))
        # A trusted item whose content changed since we wrote it needs Zotero's copy after all.
        stale = [key for _, _, _, key, existing in plan
                 if existing is None and key in trusted and journal.written[key][0] != wanted[key][1]]
        fetched.update(self.fetch_items(stale))
        creates, updates, settled = [], [], []
        for label, matches, item, key, existing in plan:
            data, digest = wanted[key]
            existing = existing or fetched.get(key)
            if existing is None and key in trusted:
                report.unchanged.append(label)
                continue
            if existing is None:
                creates.append((label, {"key": key, "version": 0, **data}, matches, digest))
                continue
            change = _changes(existing, data)
            if change:
                # The whole object, changed: right whether the server treats it as PUT or PATCH.
                updates.append((label, {**existing, **change, "key": key, "version": existing["version"]},
                                matches, digest))
            else:
                report.unchanged.append(label)
                settled.append((matches, key, digest, existing["version"]))
        if dry_run:
            report.created = [label for label, *_ in creates]
            report.updated = [label for label, *_ in updates]
            return PushPlan(report, journal, [])
        journal.reserve([(m, k) for k, m in journaled.items()])
        journal.done(settled)
        batches = [creates[i:i + BATCH] for i in range(0, len(creates), BATCH)]
        batches += [updates[i:i + BATCH] for i in range(0, len(updates), BATCH)]
        return PushPlan(report, journal, batches)

    def send(self, plan: PushPlan) -> Iterator[int]:
        """Write the plan's batches, four at a time; yield each finished batch's size."""

        def write(batch):
            stored = self._write_objects("items", [(label, obj) for label, obj, *_ in batch], plan.report)
            plan.journal.done([(matches, obj["key"], digest, stored[obj["key"]])
                               for _, obj, matches, digest in batch if obj["key"] in stored])
            return len(batch)

        with ThreadPoolExecutor(max_workers=MAX_CONCURRENT) as pool:
            for future in as_completed([pool.submit(write, batch) for batch in plan.batches]):
                yield future.result()

    def _versions(self, coll: str) -> dict[str, int]:
        """{key: version} of the collection's top-level items, in one request."""
        response = self._request("GET", f"{self.prefix}/collections/{coll}/items/top",
                                 params={"format": "versions"})
        if response.status_code != 200:
            raise SyncError(f"cannot list collection {coll} in {self.library} (HTTP {response.status_code})")
        try:
            return {k: int(v) for k, v in response.json().items()}
        except (ValueError, AttributeError):
            raise SyncError(f"unreadable item list from {self.endpoint}") from None

    def _works(self, items: Iterable[Item], report: PushReport) -> list[tuple[str, Item]]:
        """Items that are works: pointer notes and commentary stay local; duplicates go once."""
        works, seen = [], {}
        for n, item in enumerate(items, 1):
            label = str(item.get("id") or f"#{n}")
            if why := not_a_work(item):
                report.skipped.append((label, why))
                continue
            dup = next((seen[m] for m in match_keys(item) if m in seen), None)
            if dup:
                report.skipped.append((label, f"duplicate of {dup}"))
                continue
            for match in match_keys(item):
                seen[match] = label
            works.append((label, item))
        return works

    def _relations(self, plan, keys_by_id) -> dict[str, set]:
        """A page's article and its references point at each other (dc:relation, both ways)."""
        related: dict[str, set] = {}
        for _, _, item, key, existing in plan:
            for uri in ((existing or {}).get("relations") or {}).get("dc:relation", []) or []:
                related.setdefault(key, set()).add(uri)
            for cited in (item.get("custom") or {}).get("cited-by") or []:
                other = keys_by_id.get(str(cited))
                if other and other != key:
                    related.setdefault(key, set()).add(self.uri(other))
                    related.setdefault(other, set()).add(self.uri(key))
        return related

    def _write_objects(self, what: str, batch: list[tuple[str, dict]], report: PushReport) -> dict:
        """Write up to 50 objects; return {key: version (None if not told)} of those now stored.

        Unknown outcomes (dropped connection, garbled answer, 412) are re-read, never guessed.
        """
        pending = list(batch)
        stored: dict[str, int | None] = {}
        for _ in range(self.max_retries):
            if not pending:
                break
            token = uuid.uuid4().hex
            response = self._request("POST", f"{self.prefix}/{what}",
                                     content=json.dumps([obj for _, obj in pending]).encode(),
                                     headers={"Content-Type": "application/json", "Zotero-Write-Token": token})
            if response.status_code == 412:
                # A retried batch whose first try was applied (token used): look, do not guess.
                pending = self._settle(what, pending, report, stored)
                continue
            if response.status_code != 200:
                message = _message(response)
                for label, obj in pending:
                    report.failed.append((label, f"HTTP {response.status_code}: {message}"))
                return stored
            try:
                result = response.json()
            except ValueError:  # a garbled answer: the outcome is unknown, so look
                pending = self._settle(what, pending, report, stored)
                continue
            retry = []
            for i, (label, obj) in enumerate(pending):
                i = str(i)
                if i in result.get("success", {}):
                    (report.updated if obj.get("version") else report.created).append(label)
                    stored[obj["key"]] = ((result.get("successful") or {}).get(i) or {}).get("version")
                elif i in result.get("unchanged", {}):
                    report.unchanged.append(label)
                    stored[obj["key"]] = None
                elif i in result.get("failed", {}):
                    failure = result["failed"][i]
                    if failure.get("code") == 412 and obj.get("version") == 0:
                        retry.append((label, obj))  # exists already: a retried create; check below
                    else:
                        report.failed.append((label, f"Zotero {failure.get('code')}: {failure.get('message')}"))
            pending = self._settle(what, retry, report, stored) if retry else []
        for label, _ in pending:
            report.failed.append((label, "could not confirm the write after retries"))
        return stored

    def _settle(self, what, pending, report, stored) -> list:
        """Re-read pending objects: those present were written earlier; the rest are sent again."""
        keys = [obj["key"] for _, obj in pending]
        if what == "items":
            present = self.fetch_items(keys)
        else:
            present = {c["key"]: c for c in self.collections(refresh=True) if c["key"] in keys}
        again = []
        for label, obj in pending:
            data = present.get(obj["key"])
            if data is None:
                again.append((label, obj))
            elif obj.get("version") == 0 or data.get("version") != obj.get("version"):
                # Our create (or update) landed on an earlier try whose answer was lost.
                (report.created if obj.get("version") == 0 else report.updated).append(label)
                stored[obj["key"]] = data.get("version")
            else:
                again.append((label, obj))
        return again


def _digest(data: dict) -> str:
    """A stable hash of what we send for an item, to see later whether the source changed."""
    return hashlib.sha1(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def _changes(existing: dict, wanted: dict) -> dict:
    """The fields of `wanted` that differ from Zotero's copy (collections and relations merged)."""
    change = {}
    for name, value in wanted.items():
        if name == "collections":
            merged = list(existing.get("collections") or [])
            merged += [c for c in value if c not in merged]
            if merged != list(existing.get("collections") or []):
                change[name] = merged
        elif name == "relations":
            have = existing.get("relations") or {}
            current = have.get("dc:relation") or []
            current = [current] if isinstance(current, str) else list(current)
            extra = [u for u in (value.get("dc:relation") or []) if u not in current]
            if extra:
                change[name] = {**have, "dc:relation": current + extra}
        elif existing.get(name) != value:
            change[name] = value
    return change


def _message(response) -> str:
    text = response.text.strip().replace("\n", " ")
    return text[:200] or response.reason_phrase

"""A small Zotero-compatible server for tests and benchmarks: the Web API v3 subset we use.

It keeps libraries in memory and answers like api.zotero.org does: API keys
(`Zotero-API-Key` or `Authorization: Bearer`), `/keys/current`, `users/N` and
`groups/N`, items and collections (paging with `limit`/`start`, `Total-Results`
and `Link`), library and object versions, `If-Unmodified-Since-Version`, write
tokens, the 50-object limit, and per-object `successful`/`unchanged`/`failed`
results. Faults can be injected (429 with Retry-After, Backoff on a 200, 500s,
a connection dropped before or after the batch was applied, a garbled answer
to an applied batch, a hang that outlives the client).
With `local_user` set it also serves the desktop's read-only local API under
`/api/` (user 0) and a fake `/connector/` endpoint.

Built on the standard library's ThreadingHTTPServer: no extra dependency, and
a handler can drop its connection mid-request, which is exactly the fault we
need to simulate.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from .mapping import CREATOR_TYPES, ITEM_TYPES, KEY_ALPHABET, new_key

MAX_WRITE = 50
_ITEM_META_FIELDS = {"key", "version", "itemType", "creators", "tags", "collections", "relations",
                     "dateAdded", "dateModified", "parentItem", "deleted"}


@dataclass
class Library:
    kind: str  # "user" or "group"
    id: int
    version: int = 0
    items: dict = field(default_factory=dict)  # key -> data
    collections: dict = field(default_factory=dict)  # key -> data
    tokens: set = field(default_factory=set)


@dataclass
class Fault:
    """One injected fault: applies to the `after`+1-th .. `after`+`times`-th matching request."""

    kind: str  # "429", "500", "503", "backoff", "slow", "drop", "drop-after", "hang-after", "garble-after"
    method: str = "POST"
    path: str = r"/items$"
    after: int = 0
    times: int = 1
    seconds: str = "1"
    seen: int = 0


class ZoteroTestServer:
    """Start with `with ZoteroTestServer(keys={...}) as server:`; `server.url` is the endpoint."""

    def __init__(self, keys: dict[str, int] | None = None, groups: tuple[int, ...] = (),
                 local_user: int | None = None):
        self.keys = dict(keys or {})  # api key -> user id
        self.libraries: dict[tuple[str, int], Library] = {}
        for user in set(self.keys.values()) | ({local_user} if local_user else set()):
            self.libraries[("users", user)] = Library("user", user)
        for group in groups:
            self.libraries[("groups", group)] = Library("group", group)
        self.local_user = local_user
        self.faults: list[Fault] = []
        self.rejects: list[tuple[str, str]] = []  # (regex on an item's title, message): per-object 400s
        self.log: list[tuple[str, str, int]] = []  # (method, path, status)
        self.in_flight = self.max_in_flight = 0  # concurrent requests, now and at most
        self.release = threading.Event()  # frees requests held by a "hang-after" fault
        self.lock = threading.RLock()
        self.sessions: dict[str, list[str]] = {}
        self.selected_collection: str | None = None
        self._httpd: ThreadingHTTPServer | None = None

    # -- life cycle
    def start(self) -> "ZoteroTestServer":
        handler = type("Handler", (_Handler,), {"app": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        self.release.set()
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    # -- inspection helpers for tests
    def library(self, kind: str = "users", id: int | None = None) -> Library:
        if id is None:
            id = next(iter(self.keys.values()))
        return self.libraries[(kind, id)]

    def count(self, method: str, pattern: str) -> int:
        return sum(1 for m, p, s in self.log if m == method and re.search(pattern, p))

    def inject(self, kind: str, **kwargs) -> Fault:
        fault = Fault(kind, **kwargs)
        self.faults.append(fault)
        return fault

    def _fault_for(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.method == method and re.search(fault.path, path):
                    fault.seen += 1
                    if fault.after < fault.seen <= fault.after + fault.times:
                        return fault
        return None


class _Handler(BaseHTTPRequestHandler):
    app: ZoteroTestServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    def do_PATCH(self):
        self._dispatch("PATCH")

    def do_DELETE(self):
        self._dispatch("DELETE")

    # -- plumbing
    def _dispatch(self, method: str) -> None:
        app = self.app
        with app.lock:
            app.in_flight += 1
            app.max_in_flight = max(app.max_in_flight, app.in_flight)
        try:
            self._handle(method)
        finally:
            with app.lock:
                app.in_flight -= 1

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        path, self.query = parts.path, {k: v[-1] for k, v in parse_qs(parts.query).items()}
        length = int(self.headers.get("Content-Length") or 0)
        self.body = self.rfile.read(length) if length else b""
        self.extra_headers: dict[str, str] = {}
        fault = self.app._fault_for(method, path)
        if fault and fault.kind in ("429", "500", "503"):
            if fault.kind == "429":
                self.extra_headers["Retry-After"] = fault.seconds
            self._send(int(fault.kind), f"Injected {fault.kind}", path=path, method=method)
            return self._flush()
        if fault and fault.kind == "drop":
            return self._drop(method, path)
        if fault and fault.kind == "slow":
            time.sleep(float(fault.seconds))
        if fault and fault.kind == "backoff":
            self.extra_headers["Backoff"] = fault.seconds
        self._pending = None
        try:
            self._route(method, path)
        except _HTTPError as exc:
            self._send(exc.status, exc.message, path=path, method=method)
        if fault and fault.kind == "garble-after" and self._pending:
            status, _, headers, method_, path_ = self._pending
            self._pending = (status, '{"successful": {"0": {"key"', headers, method_, path_)
        if fault and fault.kind in ("drop-after", "hang-after"):
            if fault.kind == "hang-after":
                self.app.release.wait(timeout=60)
            return self._drop(method, path)
        if self._pending:
            self._flush()

    def _drop(self, method: str, path: str) -> None:
        self.app.log.append((method, path, 0))
        self.close_connection = True
        self._pending = None

    def _send(self, status: int, body, headers: dict | None = None, path: str = "", method: str = "") -> None:
        """Queue a response; it is written at the end so a fault can still drop it."""
        self._pending = (status, body, headers or {}, method or self.command, path or urlsplit(self.path).path)

    def _flush(self) -> None:
        status, body, headers, method, path = self._pending
        self.app.log.append((method, path, status))
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        else:
            data = str(body).encode()
            headers.setdefault("Content-Type", "text/plain")
        self.send_response(status)
        for name, value in {**headers, **self.extra_headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _key(self) -> str | None:
        key = self.headers.get("Zotero-API-Key") or self.query.get("key")
        auth = self.headers.get("Authorization") or ""
        if not key and auth.startswith("Bearer "):
            key = auth[len("Bearer "):]
        return key

    # -- routing
    def _route(self, method: str, path: str) -> None:
        app = self.app
        local = path.startswith("/api/") or path == "/api"
        if local:
            if app.local_user is None:
                raise _HTTPError(404, "Not found")
            path = path[len("/api"):] or "/"
            if method != "GET":
                raise _HTTPError(501, "The local API is read-only")
            if path == "/":
                return self._send(200, "Nothing to see here.", {"Zotero-Server-ID": "testserver"})
        if path.startswith("/connector/"):
            return self._connector(path[len("/connector/"):])
        if path == "/keys/current":
            user = app.keys.get(self._key() or "")
            if user is None:
                raise _HTTPError(403, "Invalid key")
            groups = {"all": {"library": True, "write": True}}
            return self._send(200, {"key": self._key(), "userID": user, "username": f"user{user}",
                                    "access": {"user": {"library": True, "write": True}, "groups": groups}})
        match = re.match(r"^/(users|groups)/(\d+)(/.*)?$", path)
        if not match:
            raise _HTTPError(404, "Not found")
        kind, lib_id, rest = match.group(1), int(match.group(2)), match.group(3) or ""
        if local and kind == "users" and lib_id == 0:
            lib_id = app.local_user
        library = app.libraries.get((kind, lib_id))
        if not local:
            user = app.keys.get(self._key() or "")
            if user is None or library is None or (kind == "users" and user != lib_id):
                raise _HTTPError(403, "Forbidden")
        elif library is None:
            raise _HTTPError(404, "Not found")
        self.base = f"{app.url}{'/api' if local else ''}/{kind}/{match.group(2)}"
        if method == "GET":
            with app.lock:  # a consistent snapshot while writes go on
                return self._get(library, rest)
        if method == "POST" and rest in ("/items", "/collections"):
            return self._write(library, rest[1:])
        raise _HTTPError(405, "Method not allowed")

    # -- reads
    def _get(self, library: Library, rest: str) -> None:
        headers = {"Last-Modified-Version": str(library.version)}
        if "format" in self.query and self.query["format"] not in ("json", "keys", "versions"):
            raise _HTTPError(400, f"Invalid 'format' value '{self.query['format']}'")
        m = re.match(r"^/(items|collections)/([A-Z0-9]{8})$", rest)
        if m:
            store = library.items if m.group(1) == "items" else library.collections
            data = store.get(m.group(2))
            if data is None:
                raise _HTTPError(404, "Not found")
            obj = self._item(library, data) if m.group(1) == "items" else self._collection(library, data)
            return self._send(200, obj, headers)
        m = re.match(r"^(?:/collections/([A-Z0-9]{8}))?/(items|collections)(/top)?$", rest)
        if not m:
            raise _HTTPError(404, "Not found")
        parent, what, top = m.groups()
        if parent and parent not in library.collections:
            raise _HTTPError(404, "Collection not found")
        if what == "items":
            rows = [d for d in library.items.values()
                    if (not parent or parent in d.get("collections", []))
                    and (not top or not d.get("parentItem"))]
            if self.query.get("itemKey"):
                wanted = set(self.query["itemKey"].split(","))
                rows = [d for d in rows if d["key"] in wanted]
        else:
            rows = [d for d in library.collections.values()
                    if (parent and d.get("parentCollection") == parent)
                    or (not parent and (not top or not d.get("parentCollection")))]
        since = self.query.get("since")
        if since:
            rows = [d for d in rows if d["version"] > int(since)]
        fmt = self.query.get("format", "json")
        if fmt == "versions":
            return self._send(200, {d["key"]: d["version"] for d in rows}, headers)
        limit = max(1, min(int(self.query.get("limit", 25)), 100))
        start = int(self.query.get("start", 0))
        page = rows[start:start + limit]
        headers["Total-Results"] = str(len(rows))
        links = []
        query = {k: v for k, v in self.query.items() if k != "start"}
        if start + limit < len(rows):
            links.append(f'<{self._url(rest, query, start + limit)}>; rel="next"')
            last = (len(rows) - 1) // limit * limit
            links.append(f'<{self._url(rest, query, last)}>; rel="last"')
        links.append(f'<{self.base}{rest}>; rel="alternate"')
        headers["Link"] = ", ".join(links)
        if fmt == "keys":
            return self._send(200, "\n".join(d["key"] for d in page), headers)
        render = self._item if what == "items" else self._collection
        self._send(200, [render(library, d) for d in page], headers)

    def _url(self, rest: str, query: dict, start: int) -> str:
        return f"{self.base}{rest}?{urlencode({**query, 'start': start})}"

    def _envelope(self, library: Library, data: dict, what: str) -> dict:
        return {"key": data["key"], "version": data["version"],
                "library": {"type": library.kind, "id": library.id, "name": f"{library.kind}{library.id}"},
                "links": {"self": {"href": f"{self.base}/{what}/{data['key']}", "type": "application/json"}},
                "data": json.loads(json.dumps(data))}

    def _item(self, library: Library, data: dict) -> dict:
        obj = self._envelope(library, data, "items")
        obj["meta"] = {"numChildren": sum(1 for d in library.items.values() if d.get("parentItem") == data["key"])}
        return obj

    def _collection(self, library: Library, data: dict) -> dict:
        obj = self._envelope(library, data, "collections")
        obj["meta"] = {
            "numCollections": sum(1 for d in library.collections.values()
                                  if d.get("parentCollection") == data["key"]),
            "numItems": sum(1 for d in library.items.values() if data["key"] in d.get("collections", [])),
        }
        return obj

    # -- writes
    def _write(self, library: Library, what: str) -> None:
        app = self.app
        try:
            objects = json.loads(self.body or b"null")
        except ValueError:
            raise _HTTPError(400, "Invalid JSON") from None
        if not isinstance(objects, list):
            raise _HTTPError(400, "Uploaded data must be a JSON array")
        if len(objects) > MAX_WRITE:
            raise _HTTPError(413, f"Only {MAX_WRITE} objects can be written at a time")
        with app.lock:
            since = self.headers.get("If-Unmodified-Since-Version")
            if since is not None and int(since) != library.version:
                raise _HTTPError(412, f"Library has been modified since specified version "
                                      f"(expected {since}, found {library.version})")
            token = self.headers.get("Zotero-Write-Token")
            if token:
                if token in library.tokens:
                    raise _HTTPError(412, "Write token already used")
                library.tokens.add(token)
            store = library.items if what == "items" else library.collections
            result = {"successful": {}, "success": {}, "unchanged": {}, "failed": {}}
            new_version = library.version + 1
            staged: dict[str, dict] = {}
            for i, obj in enumerate(objects):
                index = str(i)
                try:
                    key, data = self._apply(library, store, what, obj, since is not None, staged)
                except _ObjectError as exc:
                    result["failed"][index] = {"key": exc.key, "code": exc.code, "message": exc.message}
                    continue
                if data is None:
                    result["unchanged"][index] = key
                    continue
                staged[key] = data
                result["success"][index] = key
            for key, data in staged.items():
                data["version"] = new_version
                store[key] = data
            if staged:
                library.version = new_version
            render = self._item if what == "items" else self._collection
            for index, key in result["success"].items():
                result["successful"][index] = render(library, store[key])
            self._send(200, result, {"Last-Modified-Version": str(library.version)})

    def _apply(self, library, store, what, obj, library_checked, staged):
        if not isinstance(obj, dict):
            raise _ObjectError("", 400, "Object must be a JSON object")
        key = obj.get("key") or new_key()
        if not re.fullmatch(f"[{KEY_ALPHABET}]{{8}}", key):
            raise _ObjectError(key, 400, f"'{key}' is not a valid {what[:-1]} key")
        current = staged.get(key) or store.get(key)
        if current is not None:
            if "version" in obj and int(obj["version"]) != current["version"]:
                raise _ObjectError(key, 412, f"{what[:-1].title()} has been modified since specified version "
                                             f"(expected {obj['version']}, found {current['version']})")
            if "version" not in obj and not library_checked:
                raise _ObjectError(key, 428, "Either If-Unmodified-Since-Version or object version "
                                             "property must be provided for key-based writes")
            merged = {**current, **{k: v for k, v in obj.items() if k != "version"}}
        else:
            if obj.get("version") not in (None, 0):
                raise _ObjectError(key, 404, f"{what[:-1].title()} doesn't exist (expected version "
                                             f"{obj['version']}; use 0 instead)")
            merged = {**{k: v for k, v in obj.items()}, "key": key, "version": 0}
            now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            if what == "items":
                merged.setdefault("dateAdded", now)
                merged.setdefault("dateModified", now)
                merged.setdefault("collections", [])
                merged.setdefault("relations", {})
                merged.setdefault("tags", [])
                merged.setdefault("creators", [])
        (self._check_item if what == "items" else self._check_collection)(library, key, merged, staged)
        if current is not None and merged == current:
            return key, None
        merged["version"] = current["version"] if current else 0
        return key, merged

    def _check_item(self, library: Library, key: str, data: dict, staged: dict) -> None:
        kind = data.get("itemType")
        if kind not in ITEM_TYPES:
            raise _ObjectError(key, 400, f"'{kind}' is not a valid itemType")
        valid = set(ITEM_TYPES[kind].values())
        for name in data:
            if name not in _ITEM_META_FIELDS and name not in valid:
                raise _ObjectError(key, 400, f"'{name}' is not a valid field for type '{kind}'")
        for creator in data.get("creators") or []:
            if creator.get("creatorType") not in CREATOR_TYPES[kind]:
                raise _ObjectError(key, 400, f"'{creator.get('creatorType')}' is not a valid creator type "
                                             f"for item type '{kind}'")
        for pattern, message in self.app.rejects:
            if re.search(pattern, str(data.get("title") or "")):
                raise _ObjectError(key, 400, message)
        for coll in data.get("collections") or []:
            if coll not in library.collections:
                raise _ObjectError(key, 409, f"Collection {coll} doesn't exist")
        if not isinstance(data.get("relations"), dict):
            raise _ObjectError(key, 400, "'relations' property must be an object")

    def _check_collection(self, library: Library, key: str, data: dict, staged: dict) -> None:
        if not str(data.get("name") or "").strip():
            raise _ObjectError(key, 400, "Collection name cannot be empty")
        parent = data.get("parentCollection") or False
        if parent and parent not in library.collections and parent not in staged:
            raise _ObjectError(key, 409, f"Parent collection {parent} doesn't exist")
        data.setdefault("parentCollection", False)
        data.setdefault("relations", {})

    # -- the desktop connector
    def _connector(self, endpoint: str) -> None:
        app = self.app
        library = app.libraries.get(("users", app.local_user)) if app.local_user else None
        if library is None:
            raise _HTTPError(404, "No connector here")
        body = json.loads(self.body or b"{}")
        if endpoint == "ping":
            return self._send(200, "Zotero is running")
        if endpoint == "getSelectedCollection":
            targets = [{"id": "L1", "name": "My Library", "level": 0}] + [
                {"id": "C" + k, "name": d["name"], "level": 1} for k, d in library.collections.items()]
            selected = app.selected_collection
            name = library.collections[selected]["name"] if selected else "My Library"
            return self._send(200, {"libraryID": 1, "libraryName": "My Library", "libraryEditable": True,
                                    "editable": True, "id": selected, "name": name, "targets": targets})
        if endpoint == "saveItems":
            session = body.get("sessionID") or new_key()
            with app.lock:
                if session in app.sessions:
                    raise _HTTPError(409, "SESSION_EXISTS")
                keys = []
                library.version += 1
                for obj in body.get("items", []):
                    data = {k: v for k, v in obj.items() if k not in ("id", "attachments", "notes")}
                    data.update(key=new_key(), version=library.version,
                                collections=[app.selected_collection] if app.selected_collection else [],
                                relations={}, tags=data.get("tags", []))
                    library.items[data["key"]] = data
                    keys.append(data["key"])
                app.sessions[session] = keys
            return self._send(201, {"items": [{"id": k} for k in keys]})
        if endpoint == "updateSession":
            keys = app.sessions.get(body.get("sessionID"))
            if keys is None:
                raise _HTTPError(400, "SESSION_NOT_FOUND")
            target = str(body.get("target") or "")
            with app.lock:
                library.version += 1
                for key in keys:
                    data = library.items[key]
                    data["collections"] = [target[1:]] if target.startswith("C") else []
                    data["version"] = library.version
            return self._send(200, {})
        raise _HTTPError(404, "No such connector endpoint")


class _HTTPError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class _ObjectError(Exception):
    def __init__(self, key: str, code: int, message: str):
        super().__init__(message)
        self.key, self.code, self.message = key, code, message

"""The local push journal: which Zotero key each item got, written *before* it is sent.

A push picks every new item's Zotero key on the client, appends it to the
journal (flushed and fsync'ed), and only then sends it with `version: 0`. A
push killed half-way and run again therefore re-sends the same keys, and
Zotero answers "already exists" instead of making a second copy. One journal
per library + collection, as JSON lines: appends are cheap and a torn last
line is simply ignored. Holds keys and match identities only, never the API key.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from pathlib import Path

STATE_ENV = "CSLBRIDGE_STATE_DIR"


def default_state_dir() -> Path:
    """$CSLBRIDGE_STATE_DIR, else the user cache dir ($XDG_CACHE_HOME or ~/.cache)/cslbridge/sync."""
    if os.environ.get(STATE_ENV):
        return Path(os.environ[STATE_ENV])
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "cslbridge" / "sync"


def journal_path(state_dir: Path | str | None, endpoint: str, library: str, collection: str) -> Path:
    """One file per server + library + collection path, with a readable name."""
    state_dir = Path(state_dir) if state_dir else default_state_dir()
    digest = hashlib.sha1(f"{endpoint}\n{library}\n{collection}".encode()).hexdigest()[:10]
    slug = re.sub(r"[^A-Za-z0-9]+", "-", collection).strip("-")[:40] or "collection"
    return state_dir / library.replace(":", "-") / f"{slug}-{digest}.jsonl"


class Journal:
    """Item identities -> Zotero keys, and collection paths -> keys, persisted as they change."""

    def __init__(self, path: Path):
        self.path = path
        self.items: dict[str, dict] = {}  # match key -> {"key", "state"}
        self.collections: dict[str, str] = {}
        self.written: dict[str, tuple[str, int]] = {}  # key -> (content hash, version) we left it at
        self._lock = threading.Lock()
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    record = json.loads(line)
                except ValueError:  # a torn last line from a killed run
                    continue
                self._apply(record)

    def _apply(self, record: dict) -> None:
        if "collection" in record:
            self.collections[record["collection"]] = record["key"]
            return
        for match in record.get("match", []):
            self.items[match] = {"key": record["key"], "state": record["state"]}
        if record.get("version") is not None:
            self.written[record["key"]] = (record.get("hash"), record["version"])

    def key_for(self, matches: list[str]) -> str | None:
        for match in matches:
            if match in self.items:
                return self.items[match]["key"]
        return None

    def record(self, records: list[dict]) -> None:
        """Append records durably (fsync) before anything they describe is sent."""
        if not records:
            return
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as handle:
                for record in records:
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                    self._apply(record)
                handle.flush()
                os.fsync(handle.fileno())

    def reserve(self, entries: list[tuple[list[str], str]]) -> None:
        self.record([{"match": matches, "key": key, "state": "pending"} for matches, key in entries])

    def done(self, entries: list[tuple[list[str], str, str, int | None]]) -> None:
        """Items now in Zotero: their identities, key, content hash and version (None if unknown)."""
        self.record([{"match": matches, "key": key, "state": "done", "hash": digest, "version": version}
                     for matches, key, digest, version in entries])

    def set_collection(self, path: str, key: str) -> None:
        self.record([{"collection": path, "key": key}])

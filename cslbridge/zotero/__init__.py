"""Zotero sync: CSL-JSON items into Zotero collections and back, safe to repeat and to interrupt.

    >>> from cslbridge.zotero import ZoteroSync
    >>> with ZoteroSync(api_key=key) as zotero:                # library: the key's own user
    ...     report = zotero.push(items, "CSTO / Sources")      # report.created, .unchanged, .failed
    ...     items = zotero.pull("CSTO / Sources")

The parts meet only at CSL-JSON items: :mod:`.mapping` (CSL-JSON <-> Zotero item
JSON, Zotero's own tables), :mod:`.client` (push and pull over the Web API),
:mod:`.journal` (keys recorded before they are sent), :mod:`.connector` (a running
desktop), :mod:`.testserver` (a Zotero-compatible server for tests and benches).
Names are loaded on first use, so importing the mapping does not load pyzotero.
"""

from importlib import import_module

_NAMES = {
    "ZoteroSync": ".client", "SyncError": ".client", "PushReport": ".client",
    "to_zotero": ".mapping", "from_zotero": ".mapping", "push_desktop": ".connector",
    "ZoteroTestServer": ".testserver",
}

__all__ = sorted(_NAMES)


def __getattr__(name):
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_NAMES[name], __name__), name)

"""Fidelity fixes to citeproc-py, as mixins on our element classes (see compiled.py).

Each mixin names the CSL behaviour it restores; MIXINS maps a CSL element name
to the mixins its class gets.
"""

from __future__ import annotations

MIXINS: dict[str, tuple[type, ...]] = {}

"""Disambiguation of cites that would read the same (CSL 1.0.2, "Disambiguation").

citeproc-py has none, so "Smith 2000" could point at two works. Before
rendering, every item's first cite is rendered; items whose cites collide go
through the style's steps in the spec's order: show more names
(`disambiguate-add-names`), fuller given names (`disambiguate-add-givenname`),
the `disambiguate="true"` branches, and finally year suffixes
(`disambiguate-add-year-suffix`, letters in bibliography order). The choices
are kept on the citeproc-py references under private keys read by fixes.py.
"""

from __future__ import annotations

from collections import defaultdict

from . import markup
from .fixes import STATE


def _letters(n: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa (as citeproc-js numbers year suffixes)."""
    out = ""
    n += 1
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def _set(reference, key, value) -> None:
    if value in (None, 0, False):
        dict.pop(reference, key, None)
    else:
        dict.__setitem__(reference, key, value)


def disambiguate(csl, bib) -> None:
    """Decide names, given names, disambiguate flags and year suffixes for all registered items."""
    citation = csl.root.citation
    if citation is None or not bib.items:
        return
    add_names = citation.get("disambiguate-add-names", "false").lower() == "true"
    add_given = citation.get("disambiguate-add-givenname", "false").lower() == "true"
    add_suffix = citation.get("disambiguate-add-year-suffix", "false").lower() == "true"
    conditional = bool(csl.root.xpath_search(".//cs:if[@disambiguate] | .//cs:else-if[@disambiguate]"))
    if not (add_names or add_given or add_suffix or conditional):
        return
    explicit_suffix = bool(csl.root.xpath_search(".//cs:text[@variable='year-suffix']"))
    layout = citation.layout
    saved = getattr(citation, "cites", None)
    citation.cites = []  # every cite is rendered as a first cite

    def render(item) -> str:
        STATE.update(suffix=None, seen_names=False, suppress_author=False)
        try:
            text = layout._render_cite(item)
        except Exception:  # an item that cannot render is reported later, not here
            return f"\0{item.key}"
        return markup.to_text(str(text)) if text is not None else f"\0{item.key}"

    try:
        rendered = {item.key: render(item) for item in bib.items}
        for group in _collisions(bib.items, rendered):
            still = group
            first = {item.key: rendered[item.key] for item in group}
            if add_names:
                still = _expand(still, rendered, render, "_add_names", _name_counts(still))
            if add_given and still:
                still = _expand(still, rendered, render, "_givenname", lambda item: [1, 2])
            for item in still:  # names that did not help are taken back
                _set(item.reference, "_add_names", None)
                _set(item.reference, "_givenname", None)
                rendered[item.key] = first[item.key]
            if conditional and still:
                for item in still:
                    _set(item.reference, "_disambiguate", True)
                    rendered[item.key] = render(item)
                still = [i for g in _collisions(still, rendered) for i in g]
            if add_suffix and still:
                for sub in _collisions(still, rendered):
                    for n, item in enumerate(sorted(sub, key=lambda i: bib.index[i.key])):
                        _set(item.reference, "year_suffix", markup.Marked(_letters(n)))
                        if not explicit_suffix:
                            _set(item.reference, "_implicit_suffix", _letters(n))
    finally:
        citation.cites = saved if saved is not None else []


def _collisions(items, rendered) -> list[list]:
    groups = defaultdict(list)
    for item in items:
        groups[rendered[item.key]].append(item)
    return [g for g in groups.values() if len(g) > 1]


def _name_counts(items):
    def counts(item):
        longest = max((len(v) for v in item.reference.values() if isinstance(v, list)
                       and v and type(v[0]).__name__ == "Name"), default=0)
        return list(range(1, longest + 1))
    return counts


def _expand(group, rendered, render, key, steps):
    """Raise `key` step by step on the colliding items until their cites differ;
    return the items that still collide."""
    pending = list(group)
    for step in range(max((len(steps(i)) for i in group), default=0)):
        if not pending:
            break
        for item in pending:
            options = steps(item)
            if step < len(options):
                _set(item.reference, key, options[step])
                rendered[item.key] = render(item)
        colliding = {i.key for g in _collisions(group, rendered) for i in g}
        pending = [i for i in pending if i.key in colliding]
    return [i for g in _collisions(group, rendered) for i in g]

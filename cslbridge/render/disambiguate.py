"""Disambiguation of cites that would read the same (CSL 1.0.2, "Disambiguation").

citeproc-py has none, so "Smith 2000" could point at two works. Before
rendering, every item's first cite is rendered; items whose cites collide go
through the style's steps in the spec's order: show more names
(`disambiguate-add-names`), fuller given names (`disambiguate-add-givenname`),
the `disambiguate="true"` branches, and finally year suffixes
(`disambiguate-add-year-suffix`, letters in bibliography order). As in
citeproc-js, cites are compared as subsequent cites near their previous one, so
a note style decides on its short form. The choices are kept on the citeproc-py
references under private keys read by fixes.py.
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import markup
from .fixes import STATE, first_names


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
    citation.cites = []  # no history: every cite reads as a subsequent one (see fixes._position)

    calls = {}  # item key -> what its first cite's name lists were (see _shown)
    memo = {}  # macros that print no names, kept between renders (fixes.MacroAsGroup)

    def render(item) -> str:
        STATE.update(suffix=None, seen_names=False, suppress_author=False, ambiguous=True, name_calls=[],
                     first_term=False, memo=memo)
        try:
            text = layout._render_cite(item)
            calls.setdefault(item.key, STATE["name_calls"])
        except Exception:  # an item that cannot render is reported later, not here
            return f"\0{item.key}"
        finally:
            STATE.update(ambiguous=False, name_calls=None, memo=None)
        return markup.to_text(str(text)) if text is not None else f"\0{item.key}"

    rule = citation.get("givenname-disambiguation-rule", "by-cite")
    by_cite = rule not in ("all-names", "all-names-with-initials", "primary-name", "primary-name-with-initials")
    try:
        rendered = {item.key: render(item) for item in bib.items}
        if add_given and not by_cite:
            for item in _expand_ambiguous_names(bib.items, calls, rule.startswith("primary"),
                                                rule.endswith("-with-initials")):
                rendered[item.key] = render(item)
        for group in _collisions(bib.items, rendered):
            still = group
            if add_names:
                still = _add_names(still, rendered, render, calls)
            if add_given and by_cite and still:
                still = _expand_given_names(still, rendered, render)
                for item in still:  # given names that did not help are taken back
                    if dict.get(item.reference, "_givenname"):
                        _set(item.reference, "_givenname", None)
                        rendered[item.key] = render(item)
            if conditional and still:
                still = _step_conditions(still, rendered, render, add_suffix)
            if add_suffix and still:
                for sub in _collisions(still, rendered):
                    for n, item in enumerate(sorted(sub, key=lambda i: bib.index[i.key])):
                        _set(item.reference, "year_suffix", markup.Marked(_letters(n)))
                        if not explicit_suffix:
                            _set(item.reference, "_implicit_suffix", _letters(n))
    finally:
        citation.cites = saved if saved is not None else []


def _step_conditions(group, rendered, render, add_suffix) -> list:
    """The `disambiguate="true"` tests, one more allowed to pass at each step (see
    fixes._disambiguate_test), as citeproc-js steps through them, until an item's cite
    reads apart or every test it meets passes. Items no step tells apart keep them all,
    or, where year suffixes follow, only the first (citeproc-js's disambiguate=true)."""
    level = 0
    pending = list(group)
    while pending:
        level += 1
        for item in pending:
            _set(item.reference, "_disambiguate", level)
            rendered[item.key] = render(item)
            item.__dict__["_tests"] = STATE["disambiguate_tests"]
        alike = {i.key for g in _collisions(group, rendered) for i in g}
        pending = [i for i in pending if i.key in alike and level < i.__dict__["_tests"]]
    still = [i for g in _collisions(group, rendered) for i in g]
    if add_suffix:
        for item in still:
            if dict.get(item.reference, "_disambiguate", 0) > 1:
                _set(item.reference, "_disambiguate", 1)
                rendered[item.key] = render(item)
    return still


def _collisions(items, rendered) -> list[list]:
    groups = defaultdict(list)
    for item in items:
        groups[rendered[item.key]].append(item)
    return [g for g in groups.values() if len(g) > 1]


def _shown(calls, n=None):
    """What each name list of a cite shows (how many names, et al., the last name)
    with `n` names added (None: as the style has it), from the name lists its first
    render met; None when that is unknown. Two renders of an item that show the same
    read the same, so that render can be skipped."""
    if calls is None or None in calls:
        return None
    shown = []
    for length, et_al_min, first, use_last in calls:
        if n is not None:  # as DisambiguatedNames sets it
            first = n
            if n >= length:
                et_al_min = 10 ** 6
        truncate = bool(length > 1 and et_al_min and length >= et_al_min)
        try:
            last = bool(truncate and use_last and first <= et_al_min - 2 and first > 0)
        except TypeError:
            return None
        shown.append((len(range(length)[:first]) if truncate else length, truncate, last))
    return tuple(shown)


def _add_names(group, rendered, render, calls):
    """Each item gets the fewest names that set it apart from every item it can be
    told from at all (items with the same names stay together, with those names)."""
    counts = {i.key: len(first_names(i)) for i in group}
    most = max(counts.values(), default=0)
    if most < 2:
        return group
    base = {i.key: rendered[i.key] for i in group}
    unchanged = {i.key: _shown(calls.get(i.key)) for i in group}
    texts = {}

    def text_at(item, n):
        n = min(n, counts[item.key]) or 1  # more names than it has changes nothing
        shown = _shown(calls.get(item.key), n)
        key = (item.key, n if shown is None else shown)
        if key not in texts:
            if shown is not None and shown == unchanged[item.key]:
                texts[key] = base[item.key]  # the same names show: the first render's text
            else:
                _set(item.reference, "_add_names", n)
                texts[key] = render(item)
        return texts[key]

    def final(members, n) -> bool:
        """Whether these items (alike with n names) read alike with all their names,
        i.e. no name can tell them apart. Adding a name never makes two different
        cites equal again, so items that differ with n + 1 names are not; only a
        class that stays whole there is rendered with all its names."""
        if len(members) == 1:
            return True
        if n < most and len({text_at(i, n + 1) for i in members}) > 1:
            return False
        return len({text_at(i, most) for i in members}) == 1

    # The classes of items that read alike with n names split those with n - 1;
    # a class that no name can split further is final, and its items take the
    # first n (from there on) that does not shorten their cite.
    classes = [(list(group), False)]
    chosen = {}
    for n in range(1, most + 1):
        refined = []
        for members, done in classes:
            if done:
                refined.append((members, True))
                continue
            split = defaultdict(list)
            for item in members:
                split[text_at(item, n)].append(item)
            refined.extend((part, final(part, n)) for part in split.values())
        classes = refined
        for members, done in classes:
            if not done:
                continue
            for item in members:
                if item.key not in chosen and len(text_at(item, n)) >= len(base[item.key]):
                    chosen[item.key] = n
        if len(chosen) == len(group):
            break
    for item in group:
        n = chosen.get(item.key)
        if n is None or text_at(item, n) == base[item.key]:
            _set(item.reference, "_add_names", None)
            rendered[item.key] = base[item.key]
        else:
            _set(item.reference, "_add_names", min(n, counts[item.key]) or 1)
            rendered[item.key] = text_at(item, n)
    return [i for g in _collisions(group, rendered) for i in g]


def _expand_ambiguous_names(items, calls, primary_only, initials_only) -> list:
    """The global givenname-disambiguation-rules (all-names, primary-name and their
    -with-initials forms): every name a cite shows (only the first for primary-name)
    whose family name another cited person shares gets initials, or the full given
    name where the initials are shared too and the rule allows it ("Jean Dupont 2008",
    "Jeanne Dupont 2009" in Chicago author-date), whether or not the cites would read
    alike; a name no allowed form tells apart is left. Returns the items whose names changed."""
    shown = {}
    givens = defaultdict(set)  # family name -> the given names cited with it
    for item in items:
        names = first_names(item)
        indices = _shown_indices(calls.get(item.key), len(names))
        shown[item.key] = [(i, names[i]) for i in (indices[:1] if primary_only else indices)
                           if names[i].get("family") and names[i].get("given")]
        for _, name in shown[item.key]:
            givens[_family(name)].add(_given(name))
    changed = []
    for item in items:
        levels = {}
        for i, name in shown[item.key]:
            others = givens[_family(name)] - {_given(name)}
            if not others:
                continue
            if all(_initials(g) != _initials(_given(name)) for g in others):
                levels[i] = 1
            elif not initials_only:  # initials would not tell them apart
                levels[i] = 2
        if levels:
            _set(item.reference, "_givenname", levels)
            changed.append(item)
    return changed


def _shown_indices(calls, count: int) -> list[int]:
    """Which names of its first name list a cite shows (all when unknown)."""
    if not calls or calls[0] is None:
        return list(range(count))
    length, et_al_min, first, use_last = calls[0]
    if not (length > 1 and et_al_min and length >= et_al_min) or not isinstance(first, int):
        return list(range(count))
    indices = list(range(min(first, count)))
    if use_last and 0 < first <= et_al_min - 2 and count - 1 not in indices:
        indices.append(count - 1)
    return indices


def _family(name) -> tuple:
    return (name.get("non-dropping-particle") or "", name["family"])


def _given(name) -> str:
    """A given name as compared between persons: "J. J." and "J.J." are one."""
    return re.sub(r"[\s.]+", " ", name["given"]).strip()


def _initials(given: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s.\-]+", given) if word)


def _expand_given_names(group, rendered, render):
    """The by-cite rule: initials, then full given names, only for the names that tell
    items apart: same family name at the same place, different given names."""
    names = {i.key: first_names(i) for i in group}
    for item in group:
        places = set()
        for other in group:
            if other is item:
                continue
            for n, (a, b) in enumerate(zip(names[item.key], names[other.key])):
                if a.get("family") == b.get("family") and a.get("given") != b.get("given"):
                    places.add(n)
        if places:
            item.__dict__["_places"] = places
    for level in (1, 2):
        pending = [i for g in _collisions(group, rendered) for i in g if i.__dict__.get("_places")]
        if not pending:
            break
        for item in pending:
            _set(item.reference, "_givenname", {n: level for n in item.__dict__["_places"]})
            rendered[item.key] = render(item)
    return [i for g in _collisions(group, rendered) for i in g]

"""Fidelity fixes to citeproc-py, as mixins on our element classes (see compiled.py).

Each mixin names the CSL behaviour it restores; MIXINS maps a CSL element name
to the mixins its class gets.
"""

from __future__ import annotations

from citeproc.model import ConditionFailed
from citeproc.source import VariableError

from .markup import Q_CLOSE, Q_OPEN, Marked


class QuotesAsMarkers:
    """quotes="true": leave marks to the end, so nested quotes alternate (“a ‘b’ c”)
    and punctuation can move inside them where the locale says so."""

    def quote(self, string):
        if self.get("quotes", "false").lower() == "true":
            return Marked(Q_OPEN) + string + Marked(Q_CLOSE)
        return string


class CitationLayout:
    """Cites stay in the order given unless the citation has a cs:sort
    (citeproc-py always re-sorts them into bibliography order)."""

    def render_citation(self, citation, callback):
        good = [cite for cite in citation.cites if not cite.is_bad()]
        bad = [cite for cite in citation.cites if cite.is_bad()]
        sort = self.getparent().sort
        if sort is not None:
            good = sort.sort(good, self)
        out = []
        for item in good:
            self.repressed = {}
            try:
                text = self.render_children(item)
            except VariableError:
                continue
            if text is not None:
                out.append(item.get("prefix", "") + text + item.get("suffix", ""))
                self.getparent().cites.append(item)
        for item in bad:
            out.append(callback(item) or f"{item.key}?")
        return self.format(self.wrap(self.join(out)))


class Conditions:
    """cs:if / cs:else-if with the `disambiguate` test (citeproc-py ignores it, so
    the branch meant only for ambiguous cites always fired)."""

    def render(self, item, context=None, delimiter="", **kwargs):
        results = []
        if "type" in self.attrib:
            results += self._type(item)
        if "variable" in self.attrib:
            results += self._variable(item)
        if "is-numeric" in self.attrib:
            results += self._is_numeric(item)
        if "is-uncertain-date" in self.attrib:
            results += self._is_uncertain_date(item)
        if "locator" in self.attrib:
            results += self._locator(item)
        if "position" in self.attrib:
            results += self._position(item, context)
        if "disambiguate" in self.attrib:
            wanted = self.get("disambiguate").lower() == "true"
            results.append(_disambiguating(item) == wanted)
        match = self.get("match", "all")
        if match == "any":
            passed = any(results)
        elif match == "none":
            passed = not any(results)
        else:
            passed = all(results)
        if not passed:
            raise ConditionFailed
        return self.render_children(item, context=context, delimiter=delimiter, **kwargs)


def _disambiguating(item) -> bool:
    """Whether disambiguation switched on this item's `disambiguate="true"` branches."""
    return bool(dict.get(item.reference, "_disambiguate", False))


MIXINS: dict[str, tuple[type, ...]] = {
    "if": (Conditions,),
    "else-if": (Conditions,),
    "text": (QuotesAsMarkers,),
    "layout": (CitationLayout,),
}

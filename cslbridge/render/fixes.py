"""Fidelity fixes to citeproc-py, as mixins on our element classes (see compiled.py).

Each mixin names the CSL behaviour it restores; MIXINS maps a CSL element name
to the mixins its class gets.
"""

from __future__ import annotations

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


MIXINS: dict[str, tuple[type, ...]] = {
    "text": (QuotesAsMarkers,),
    "layout": (CitationLayout,),
}

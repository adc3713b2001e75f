"""Fidelity fixes to citeproc-py, as mixins on our element classes (see compiled.py).

Each mixin names the CSL behaviour it restores; MIXINS maps a CSL element name
to the mixins its class gets.
"""

from __future__ import annotations

from citeproc.model import ConditionFailed
from citeproc.source import VariableError
from citeproc.string import join

from .markup import Q_CLOSE, Q_OPEN, Marked


class QuotesAsMarkers:
    """quotes="true": leave marks to the end, so nested quotes alternate (“a ‘b’ c”)
    and punctuation can move inside them where the locale says so."""

    def quote(self, string):
        if self.get("quotes", "false").lower() == "true":
            return Marked(Q_OPEN) + string + Marked(Q_CLOSE)
        return string


# Per-cite rendering state shared by the mixins below. Rendering runs under the
# engine's lock, one cite at a time, so module state is safe here.
STATE = {"suffix": None, "author": None, "suppress_author": False, "seen_names": False}


class CitationLayout:
    """cs:citation's layout: cites keep the order given unless the citation has a
    cs:sort (citeproc-py always re-sorts into bibliography order), and cites are
    collapsed as the `collapse` option asks (citation-number ranges, year, year-suffix)."""

    def _render_cite(self, item, suppress_author=False):
        self.repressed = {}
        STATE.update(author=None, seen_names=False, suppress_author=suppress_author)
        try:
            return self.render_children(item)
        except VariableError:
            return None
        finally:
            STATE.update(suppress_author=False, seen_names=False)

    def render_citation(self, citation, callback):
        good = [cite for cite in citation.cites if not cite.is_bad()]
        bad = [cite for cite in citation.cites if cite.is_bad()]
        citation_element = self.getparent()
        if citation_element.sort is not None:
            good = citation_element.sort.sort(good, self)
        rendered = []  # (item, text, author text)
        for item in good:
            text = self._render_cite(item)
            if text is not None:
                rendered.append((item, text, STATE["author"]))
        collapse = citation_element.get("collapse")
        delimiter = self.get("delimiter", "")
        if collapse == "citation-number":
            pieces = self._collapse_numbers(rendered, delimiter)
        elif collapse in ("year", "year-suffix", "year-suffix-ranged"):
            pieces = self._collapse_years(rendered, collapse, delimiter)
        else:
            pieces = [(_affixed(item, text), delimiter) for item, text, _ in rendered]
        for item, _, _ in rendered:
            citation_element.cites.append(item)
        for item in bad:
            pieces.append((callback(item) or f"{item.key}?", delimiter))
        if not pieces:
            return None
        text = pieces[0][0]
        for (_, joiner), (piece, _) in zip(pieces, pieces[1:]):
            text = join([text, piece], joiner)
        return self.format(self.wrap(text))

    def _after_collapse(self, delimiter):
        return self.getparent().get("after-collapse-delimiter", delimiter)

    def _collapse_numbers(self, rendered, delimiter):
        """[1], [2], [3] -> [1]–[3]: runs of three or more consecutive numbers."""
        pieces, run = [], []

        def flush():
            if len(run) >= 3:
                first, last = run[0], run[-1]
                pieces.append((first[1] + "\u2013" + last[1], self._after_collapse(delimiter)))
            else:
                pieces.extend((text, delimiter) for _, text in run)
            run.clear()

        for item, text, _ in rendered:
            plain = item.get("prefix") or item.get("suffix") or "locator" in item
            number = item.number
            if run and not plain and number == run[-1][0] + 1:
                run.append((number, text))
                continue
            if run and not plain and number == run[-1][0]:  # a duplicate ends the run
                flush()
            else:
                flush()
            if plain:
                pieces.append((_affixed(item, text), delimiter))
            else:
                run.append((number, text))
        flush()
        return pieces

    def _collapse_years(self, rendered, collapse, delimiter):
        """Smith 2000, Smith 2001 -> Smith 2000, 2001; with year-suffix, 2000a, b (or a–c).

        As citeproc-js does: cites of one author are joined by cite-group-delimiter
        (default: the layout delimiter), author groups by after-collapse-delimiter,
        which also follows a cite with a locator.
        """
        citation_element = self.getparent()
        within = citation_element.get("cite-group-delimiter", delimiter)
        after = self._after_collapse(delimiter)
        suffix_delimiter = citation_element.get("year-suffix-delimiter", delimiter)
        groups: list[list] = []
        for item, text, author in rendered:
            if groups and author and str(author) == str(groups[-1][0][2]) and not item.get("prefix"):
                groups[-1].append((item, text, author))
            else:
                groups.append([(item, text, author)])
        pieces = []
        for group in groups:
            runs = []  # [head text, suffix-free year, [suffix letters], last item, joinable]
            for n, (item, text, _) in enumerate(group):
                short = self._render_cite(item, suppress_author=True) if len(group) > 1 else text
                short = short if short is not None else ""
                year, suffix = _suffix_free(item, short), _year_suffix(item)
                joinable = not item.get("suffix") and "locator" not in item
                if (collapse != "year" and runs and suffix and runs[-1][2] and runs[-1][1] == year
                        and runs[-1][4] and joinable):
                    runs[-1][2].append(suffix)
                    runs[-1][3] = item
                else:
                    head = _affixed(item, text if n == 0 else short)
                    runs.append([head, year, [suffix] if suffix else [], item, joinable])
            for n, (head, _, letters, item, _) in enumerate(runs):
                text = _join_suffixes(head, letters, suffix_delimiter, collapse == "year-suffix-ranged")
                last = n == len(runs) - 1
                pieces.append((text, after if last or "locator" in item else within))
        return pieces


def _join_suffixes(head, letters, delimiter, ranged):
    """2000a + [b, c, d] -> 2000a,b,c,d or (ranged) 2000a–d; runs split where letters skip."""
    if len(letters) < 2:
        return head
    chunks = [[letters[0]]]
    for letter in letters[1:]:
        if ranged and len(letter) == 1 and ord(letter) == ord(chunks[-1][-1][-1]) + 1:
            chunks[-1].append(letter)
        else:
            chunks.append([letter])
    text = head
    for n, chunk in enumerate(chunks):
        if len(chunk) >= 3:
            text = (text if n == 0 else text + delimiter + chunk[0]) + "\u2013" + chunk[-1]
        else:
            for letter in (chunk[1:] if n == 0 else chunk):
                text = text + delimiter + letter
    return text


def _affixed(item, text):
    return item.get("prefix", "") + text + item.get("suffix", "")


def _year_suffix(item) -> str | None:
    value = dict.get(item.reference, "year_suffix")
    return str(value) if value else None


def _suffix_free(item, text) -> str | None:
    """The rendered cite without its year-suffix letter, to see if two cites share a year."""
    suffix = _year_suffix(item)
    plain = str(text)
    if not suffix:
        return plain
    at = plain.rfind(suffix)
    return plain[:at] + plain[at + len(suffix):] if at >= 0 else plain


class AuthorTracking:
    """cs:names: remember the first names rendered in a cite (the author, for
    collapsing) and leave it out when a collapsed cite suppresses the author."""

    def render(self, item, *args, **kwargs):
        if STATE["seen_names"] or not _in_citation(self, kwargs.get("context")):
            return super().render(item, *args, **kwargs)
        STATE["seen_names"] = True
        text = super().render(item, *args, **kwargs)
        STATE["author"] = text
        return None if STATE["suppress_author"] else text


def _in_citation(element, context=None) -> bool:
    found = (context if context is not None else element).xpath_search(
        "./ancestor::*[self::cs:citation or self::cs:bibliography or self::cs:sort][1]")
    return bool(found) and found[0].tag.endswith("}citation")


class DisambiguatedNames:
    """cs:name in citations: more names and fuller given names where disambiguation
    asked for them on this item (see disambiguate.py)."""

    def process(self, item, variable, context=None, sort_options=None, **kwargs):
        reference = item.reference
        names = dict.get(reference, "_add_names")
        level = dict.get(reference, "_givenname", 0)
        if (names or level) and sort_options is None and _in_citation(self, context):
            sort_options = {}
            if names:
                sort_options["et-al-use-first"] = names
                if names >= len(reference.get(variable, [])):
                    sort_options["et-al-min"] = 10 ** 6
            if level:
                form = self.get_option("form", context)
                initialize = self.get_option("initialize-with", context)
                if form == "short":
                    sort_options["form"] = "long"
                    if level > 1 or not initialize:
                        sort_options["initialize-with"] = None
                else:
                    sort_options["initialize-with"] = None
        return super().process(item, variable, context=context, sort_options=sort_options, **kwargs)


class ImplicitYearSuffix:
    """cs:date: the first year rendered for `issued` carries the item's year-suffix
    when the style does not print year-suffix itself (as citeproc-js does)."""

    def process(self, item, variable=None, show_parts=None, context=None, **kwargs):
        name = variable or self.get("variable")
        suffix = None
        if name == "issued" and not self.is_locale_date():
            suffix = dict.get(item.reference, "_implicit_suffix")
        previous = STATE["suffix"]
        if suffix:
            STATE["suffix"] = suffix
        try:
            return super().process(item, variable, show_parts, context, **kwargs)
        finally:
            STATE["suffix"] = previous if suffix else STATE["suffix"]


class YearPart:
    def markup(self, text):
        out = super().markup(text)
        if out and self.get("name") == "year" and STATE["suffix"]:
            out = out + STATE["suffix"]
            STATE["suffix"] = None
        return out


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
    "names": (AuthorTracking,),
    "name": (DisambiguatedNames,),
    "date": (ImplicitYearSuffix,),
    "date-part": (YearPart,),
    "else-if": (Conditions,),
    "text": (QuotesAsMarkers,),
    "layout": (CitationLayout,),
}

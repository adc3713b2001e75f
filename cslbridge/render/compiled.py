"""citeproc-py styles compiled once: our own element classes with cached look-ups.

citeproc-py re-runs XPath queries (macro by name, enclosing layout, inherited
name options, locale terms) and re-walks the tree for ``calls_variable`` on
every entry; that is most of its time. Here the style is parsed with our own
lxml element classes (subclasses of citeproc-py's, so its rendering code runs
unchanged), whose look-ups are cached per style tree. The style tree is not
changed after loading, so the cached answers stay right. Fidelity fixes live
in ``fixes.py`` as mixins on the same classes.

Nothing here patches citeproc-py itself: plain citeproc-py in the same process
behaves as before.
"""

from __future__ import annotations

import os
import re

from citeproc import LANGUAGE_NAMES, LOCALES_PATH, PRIMARY_DIALECTS, model
from citeproc.frontend import CitationStylesBibliography, CitationStylesStyle
from citeproc.source import CitationItem, VariableError
from citeproc.string import MixedString, String, join, normalize_seam
from lxml import etree

from . import fixes, markup

CSL_NS = "http://purl.org/net/xbiblio/csl"
# A term missing in the form asked for falls back as CSL 1.0.2 says (citeproc-py returned
# nothing: MLA's short month printed no season, "Spring 2001" came out "2001").
_FORM_FALLBACK = {"verb-short": "verb", "verb": None, "symbol": "short", "short": None}


def _cache(element) -> dict:
    """The look-up cache of the tree `element` belongs to (kept on the root proxy)."""
    try:
        return element.__dict__["_cslbridge_cache"]
    except KeyError:
        pass
    root = element.get_root() if isinstance(element, Cached) else element.getroottree().getroot()
    try:
        cache = root.__dict__["_cslbridge_cache"]
    except KeyError:
        cache = root.__dict__["_cslbridge_cache"] = {}
    element.__dict__["_cslbridge_cache"] = cache
    return cache


class Cached:
    """Memoised tree look-ups; the cache also keeps element proxies (and their state) alive."""

    def get_root(self):
        try:
            return self.__dict__["_root"]
        except KeyError:
            root = self.__dict__["_root"] = self.getroottree().getroot()
            return root

    def get_formatter(self):
        try:
            owner = self.__dict__["_formatter_owner"]
        except KeyError:  # a locale's terms format with its style's formatter
            root = self.get_root()
            owner = self.__dict__["_formatter_owner"] = root.style if isinstance(root, model.Locale) else root
        return owner.formatter

    def render_children(self, item, delimiter="", **kwargs):
        """citeproc-py's Parent.render_children over a child list made once per element."""
        try:
            children = self.__dict__["_kids"]
        except KeyError:
            children = self.__dict__["_kids"] = [(c, isinstance(c, model.Choose)) for c in self.iterchildren()]
        output = []
        for child, choose in children:
            try:
                text = child.render(item, delimiter=delimiter, **kwargs) if choose else child.render(item, **kwargs)
            except VariableError:
                continue
            if text is not None:
                output.append((child, text))
        return join(_keep_delimiter_stops(output, delimiter), delimiter) if output else None

    def xpath_search(self, expression):
        try:
            return self.__dict__["_xpath"][expression]
        except KeyError:
            pass
        cache = _cache(self)  # kept with the tree's cache, which keeps this proxy alive
        key = (self, expression)
        if key not in cache:
            cache[key] = self.xpath(expression, namespaces=self.nsmap)
        self.__dict__.setdefault("_xpath", {})[expression] = cache[key]
        return cache[key]

    def get_macro(self, name):
        cache = _cache(self)
        key = ("macro", name)
        try:
            return cache[key]
        except KeyError:
            macro = cache[key] = super().get_macro(name)
            return macro

    def calls_variable(self):
        try:
            return self.__dict__["_calls_variable"]
        except KeyError:
            pass
        cache = _cache(self)
        key = (self, "calls_variable")
        if key not in cache:
            cache[key] = super().calls_variable()
        value = self.__dict__["_calls_variable"] = cache[key]
        return value

    def get_term(self, name, form=None, *args, **kwargs):
        if isinstance(self, model.Locale):  # a locale's own look-up, not the style's
            return _last_definition(_locale_term(self, name, form, *args, **kwargs))
        root = self.get_root()
        if isinstance(root, model.Locale):
            return root.get_term(name, form)
        cache = _cache(root)
        key = ("term", name, form, args, tuple(sorted(kwargs.items())))
        try:
            return cache[key]
        except KeyError:
            term = super().get_term(name, form, *args, **kwargs)
            if term is None and form in _FORM_FALLBACK:
                term = self.get_term(name, _FORM_FALLBACK[form], *args, **kwargs)
            cache[key] = term
            return term

    def get_single_term(self, name, *args, **kwargs):
        root = self.get_root()
        if isinstance(root, model.Locale):
            return super().get_single_term(name, *args, **kwargs)
        cache = _cache(root)
        key = ("single-term", name, args, tuple(sorted(kwargs.items())), self.get_formatter())
        try:
            return cache[key]
        except KeyError:
            term = cache[key] = super().get_single_term(name, *args, **kwargs)
            return term

    def unicode_character(self, name):
        cache = _cache(self)
        key = ("character", name, self.get_formatter())
        try:
            return cache[key]
        except KeyError:
            character = cache[key] = super().unicode_character(name)
            return character

    def get_locale_option(self, name):
        cache = _cache(self)
        key = ("locale-option", name)
        try:
            return cache[key]
        except KeyError:
            value = cache[key] = super().get_locale_option(name)
            return value

    def __getattr__(self, name):
        """citeproc-py's child look-up by tag (``names.label``, ``citation.layout``), kept.

        A missing cs:name is not remembered: citeproc-py inserts a default one then."""
        value = super().__getattr__(name)
        if not name.startswith("_") and (value is not None or name != "name"):
            self.__dict__[name] = value
        return value


# What citeproc-py's Formatted.format applies, in its order: attribute, its
# neutral value, and the formatter function for each value it knows.
_EFFECTS = (
    ("font-style", "normal", {"italic": "Italic", "oblique": "Oblique"}),
    ("font-variant", "normal", {"small-caps": "SmallCaps"}),
    ("font-weight", "normal", {"bold": "Bold", "light": "Light"}),
    ("text-decoration", "none", {"underline": "Underline"}),
    ("vertical-align", "baseline", {"sup": "Superscript", "sub": "Subscript"}),
)


def _locale_term(locale, name, form=None, zero_padded=False):
    """citeproc-py's Locale.get_term, with a term written `form="long"` read as the long form,
    CSL's default: citeproc-py looked only for terms without a form, so a style's own
    `<term name="accessed" form="long">consultato il</term>` lost to the locale file's."""
    attributes = f"@name='{name}'"
    if form is None or form == "long":
        attributes += " and (not(@form) or @form='long')"
    else:
        attributes += f" and @form='{form}'"
    if zero_padded:
        attributes += " and not(@match='whole-number') and not(@match='last-two-digits')"
    try:
        return locale.terms.xpath_search(f"./cs:term[{attributes}]")[0]
    except AttributeError:  # a locale without cs:terms
        raise IndexError from None


def _term_key(term) -> dict:
    """A term's attributes with the long form spelt out, so `form="long"` and none compare alike."""
    attributes = dict(term.attrib)
    if attributes.get("form") == "long":
        del attributes["form"]
    return attributes


def _last_definition(term):
    """A term defined twice alike in one locale (same name, form, gender, match) is read as
    the later definition, as citeproc-js reads terms in order; citeproc-py took the first
    (46 styles: UFRJ's ABNT defines the editor's short form 'ed', then 'org')."""
    for later in term.itersiblings(term.tag):
        if _term_key(later) == _term_key(term):
            term = later
    return term


# "Why?" then ".": citeproc-js merges a stop into a field's closing "?" or "!" except where
# the stop is the own suffix (or a group delimiter's stop, which it moves there) of a
# cs:text variable that sets a font attribute, even "normal": "<i>Why?</i>." stays.
_END_MARK = re.compile("[?!][" + "".join(sorted(markup.MARKERS)) + "]*$")


def keeps_stop_after(element) -> bool:
    """Whether a "." or ":" right after this element's text is kept after its "?" or "!":
    a variable's cs:text that sets a font attribute, or that quotes it where the locale
    leaves punctuation outside the quotes ('»Why ... persist?«. Security Dialogue', as
    citeproc-js prints it; in en-US the "." moves inside and merges)."""
    try:
        return element.__dict__["_keeps_stop"]
    except KeyError:
        if element.tag != f"{{{CSL_NS}}}text" or element.get("variable") is None:
            keeps = False
        elif element.get("quotes", "false") == "true":
            inside = element.get_root().get_locale_option("punctuation-in-quote")
            keeps = str(inside or "false").lower() != "true"
        else:
            keeps = any(element.get(a) is not None for a, _, _ in _EFFECTS)
        element.__dict__["_keeps_stop"] = keeps
        return keeps


def _stop_kept(text, stops: str) -> bool:
    return stops[:1] in (".", ":") and _END_MARK.search(str(text)) is not None


def _decorated(element) -> bool:
    """Whether the element sets a font attribute (even "normal"): citeproc-js's decorations."""
    try:
        return element.__dict__["_decorated"]
    except KeyError:
        decorated = element.__dict__["_decorated"] = any(element.get(a) is not None for a, _, _ in _EFFECTS)
        return decorated


def _punctuated_prefix(element, text) -> bool:
    """Whether the element's text opens with its prefix's punctuation mark."""
    prefix = element.get("prefix", "")
    return prefix[:1] in _SIBLING_MARKS and str(text)[:1] == prefix[:1]


# Punctuation citeproc-js moves from a sibling's prefix into the piece before it.
_SIBLING_MARKS = frozenset(".!?:,;")


def _keep_delimiter_stops(pieces: list, delimiter: str) -> list:
    """Stops kept apart where citeproc-js merges none: a delimiter's stop after a formatted
    field that ends in "?" or "!" (keeps_stop_after), and, between pieces without a delimiter,
    the punctuation a prefix opens with after a piece that sets a font attribute, or before
    one that does unless the piece before ends with its own suffix's same mark ("<i>persist?</i>.
    Cambridge", "projects.. 5th edn", where a plain field and prefix give "persist? Cambridge")."""
    last = len(pieces) - 1
    if not delimiter:
        return [text + markup.KEEP_STOP if n < last and _punctuated_prefix(*pieces[n + 1])
                and (_decorated(child) or _decorated(pieces[n + 1][0])
                     and child.get("suffix", "")[-1:] != pieces[n + 1][0].get("prefix")[:1])
                else text for n, (child, text) in enumerate(pieces)]
    if delimiter[:1] not in (".", ":"):
        return [text for _, text in pieces]
    return [text + markup.KEEP_STOP if n < last and keeps_stop_after(child) and not child.get("suffix")
            and _stop_kept(text, delimiter) else text for n, (child, text) in enumerate(pieces)]


class Formatting:
    """Formatted.format and Affixed.wrap with the element's attributes read once
    (citeproc-py reads five formatting attributes, the formatter and both affixes
    on every call). Not for cs:date-part, whose attributes citeproc-py updates
    from the calling cs:date while rendering."""

    def format(self, string):
        formatter = self.get_formatter()
        try:
            owner, effects = self.__dict__["_effects"]
        except KeyError:
            owner = effects = None
        if owner is not formatter:
            effects = self._read_effects(formatter)
            self.__dict__["_effects"] = (formatter, effects)
        if effects is None:  # a value citeproc-py does not know: its own handling
            return super().format(string)
        if isinstance(string, (int, float)):
            string = str(string)
        for effect in effects:
            string = effect(string)
        return string

    def _read_effects(self, formatter):
        effects = []
        for attribute, neutral, known in _EFFECTS:
            value = self.get(attribute, neutral)
            if value == neutral:
                continue
            if value not in known:
                return None
            effects.append(getattr(formatter, known[value]))
        return tuple(effects)

    def wrap(self, string):
        try:
            prefix, suffix, display = self.__dict__["_affixes"]
        except KeyError:
            prefix, suffix, display = self.__dict__["_affixes"] = (
                self.get("prefix", ""), self.get("suffix", ""), _display(self))
        if string is None:
            return None
        if not prefix and not suffix and isinstance(string, (str, MixedString)):
            text = string  # what citeproc-py's '' + string + '' gives
        else:
            string = normalize_seam(prefix, string)
            text = prefix + string
            if keeps_stop_after(self) and _stop_kept(string, suffix):
                text = text + markup.KEEP_STOP
            text = text + normalize_seam(text, suffix)
        if display and markup.to_text(str(text)).strip():
            return markup.DISPLAY_OPEN[display] + text + markup.DISPLAY_CLOSE
        return text


def _display(element) -> str | None:
    """The element's display attribute, for a bibliography entry. left-margin and
    right-inline are left to second-field-align where the style sets it (engine.py
    marks the first field off), so the margin is not set twice; in a macro it holds
    wherever the macro is called."""
    display = element.get("display")
    if display not in markup.DISPLAY_OPEN:
        return None
    bibliography = next(element.iterancestors(f"{{{CSL_NS}}}bibliography"), None)
    if display in ("left-margin", "right-inline") and bibliography is not None \
            and bibliography.get("second-field-align"):
        return None
    return display


class TextProcess:
    """cs:text: citeproc-py's Text.process without raising (and catching) a
    VariableError for every item that has no language, which is most."""

    def process(self, item, context=None, **kwargs):
        try:
            kind, value, default_language = self.__dict__["_text"]
        except KeyError:
            kind = next((k for k in ("variable", "macro", "term", "value") if k in self.attrib), None)
            value = self.get(kind) if kind else None
            default_language = self.get_root().get("default-locale", "en")[:2]
            self.__dict__["_text"] = (kind, value, default_language)
        if kind is None:
            return super().process(item, context, **kwargs)
        if context is None:
            context = self
        language = dict.get(item.reference, "language")
        language = language[:2] if language is not None else default_language
        if kind == "variable":
            text = self._variable(item, context)
        elif kind == "macro":
            text = self.get_macro(value).render(item, context)
        elif kind == "term":
            text = self._term(item)
        else:
            text = String(self.preformat(value))
        return text, language


class NameOptions:
    """cs:name: inherited name options looked up once per calling context
    (citeproc-py runs an XPath query and walks the inheritance for each option
    of each name list); options set for sorting still come first."""

    def get_option(self, name, context=None, sort_options=None):
        if sort_options and name in sort_options:
            return super().get_option(name, context, sort_options)
        try:
            options = self.__dict__["_options"]
        except KeyError:
            options = self.__dict__["_options"] = {}
        key = (name, context)
        try:
            return options[key]
        except KeyError:
            value = options[key] = super().get_option(name, context)
            return value


class NamesDelimiter:
    """cs:names: the names-delimiter inherited from cs:citation/cs:bibliography, once per context."""

    def get_parent_delimiter(self, context=None):
        try:
            delimiters = self.__dict__["_delimiters"]
        except KeyError:
            delimiters = self.__dict__["_delimiters"] = {}
        try:
            return delimiters[context]
        except KeyError:
            value = delimiters[context] = super().get_parent_delimiter(context)
            return value


class InstructionOptions:
    """cs:citation, cs:bibliography: options (attribute, else the style's) read once."""

    def get_option(self, name):
        try:
            options = self.__dict__["_options"]
        except KeyError:
            options = self.__dict__["_options"] = {}
        try:
            return options[name]
        except KeyError:
            value = options[name] = super().get_option(name)
            return value


class CachedGroup:
    """cs:group: citeproc-py's Group.process over a child list made once per element;
    the group is left out when it called variables and rendered none of them, counting
    only the variables of the branches taken (as citeproc-js: a term printed by a
    cs:choose does not keep alive a group whose variables are all empty, a nested
    group that prints does)."""

    def process(self, item, context=None, **kwargs):
        try:
            delimiter, children = self.__dict__["_group"]
        except KeyError:
            children = [(c, isinstance(c, model.Choose)) for c in self.iterchildren()]
            delimiter, children = self.__dict__["_group"] = (self.get("delimiter", ""), children)
        output = []
        state = fixes.STATE
        called_before, rendered_before, first_term = state["called"], state["rendered"], state["first_term"]
        for child, choose in children:
            try:
                if choose:
                    text = child.render(item, context=context, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            if text is not None:
                output.append((child, text))
        called, rendered = state["called"] > called_before, state["rendered"] > rendered_before
        state["called"] += 1  # to its parent a group is one variable, empty or not (citeproc-js)
        if output and (rendered or not called):
            state["rendered"] += 1
            return self.join(_keep_delimiter_stops(output, delimiter))
        state["first_term"] = first_term  # what a group left out printed does not count (citeproc-js)
        raise VariableError


class CachedChoose:
    """cs:choose: the branches listed once, which also keeps their element proxies (and
    the conditions each caches, fixes.Conditions) alive between entries. A cs:if or
    cs:else-if is tested with its `passes` and rendered with its `render_branch`,
    without a ConditionFailed raised and caught for every branch not taken."""

    def render(self, item, context=None, delimiter="", **kwargs):
        try:
            branches = self.__dict__["_branches"]
        except KeyError:
            branches = self.__dict__["_branches"] = [(b, getattr(b, "passes", None)) for b in self.iterchildren()]
        for branch, passes in branches:
            if passes is not None:  # cs:if, cs:else-if: tested without raising ConditionFailed
                if passes(item, context):
                    return branch.render_branch(item, context, delimiter, **kwargs)
                continue
            try:
                return branch.render(item, context=context, delimiter=delimiter, **kwargs)
            except model.ConditionFailed:
                continue
        return None


class StyleRoot:
    """The <style> element: locales are parsed with our classes too."""

    def set_locale_list(self, output_locale, validate=False):
        self.locales = []
        added = set()

        def in_style(lang):
            expr = f'./cs:locale[@xml:lang="{lang}"]' if lang else "./cs:locale[not(@xml:lang)]"
            for element in self.xpath_search(expr)[:1]:
                self.locales.append(element)

        def system(lang):
            if lang not in added:
                self.locales.append(parse(os.path.join(LOCALES_PATH, f"locales-{lang}.xml")))
                added.add(lang)

        language = output_locale.split("-")[0]
        in_style(output_locale)
        in_style(language)
        in_style(None)
        if output_locale in LANGUAGE_NAMES:
            system(output_locale)
        if language in PRIMARY_DIALECTS:
            system(PRIMARY_DIALECTS[language])
        system("en-US")
        for locale in self.locales:
            locale.style = self


# Speed-ups that stand in for citeproc-py's own methods: placed after the fixes in
# the class order, so a fix overriding the same method still wraps them.
_INNER = {"text": (TextProcess,), "name": (NameOptions,), "names": (NamesDelimiter,),
          "citation": (InstructionOptions,), "bibliography": (InstructionOptions,)}


def _element_classes() -> dict[str, type]:
    """Tag name -> our subclass of citeproc-py's class for it (cache + fixes mixed in)."""
    classes = {}
    for base in model.CitationStylesElement.__subclasses__():
        tag = base.__name__.replace("_", "-").lower()
        mixins = [Cached] + list(fixes.MIXINS.get(tag, ()))
        if tag == "style":
            mixins.append(StyleRoot)
        if tag == "group":
            mixins.append(CachedGroup)
        if tag == "choose":
            mixins.append(CachedChoose)
        mixins.extend(_INNER.get(tag, ()))
        if issubclass(base, (model.Formatted, model.Affixed)) and tag != "date-part":
            mixins.append(Formatting)
        classes[tag] = type(base.__name__, (*mixins, base), {"__module__": __name__})
    classes["_default"] = type("CitationStylesElement", (Cached, model.CitationStylesElement),
                               {"__module__": __name__})
    return classes


_CLASSES = _element_classes()


def _parser() -> etree.XMLParser:
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NS)
    namespace[None] = _CLASSES["_default"]
    namespace.update({tag: cls for tag, cls in _CLASSES.items() if tag != "_default"})
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
    parser.set_element_class_lookup(lookup)
    return parser


_PARSER = _parser()


def parse(path: str):
    """The root element of a CSL style or locale file, built from our classes."""
    return etree.parse(path, _PARSER).getroot()


# "&#8211;" written as text in a style (its XML has "&amp;#8211;"), as 19 styles do.
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _decode_character_references(root) -> None:
    """Character references a style escaped once too often ("&amp;#8211;", "&amp;#160;" in
    delimiters and affixes) print as the character, as citeproc-js prints them; before,
    the text '&#8211;' was printed."""
    def decode(match: re.Match) -> str:
        code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
        return chr(code) if 0 < code <= 0x10FFFF else match.group(0)

    for element in root.iter():
        for name, value in element.attrib.items():
            if "&#" in value:
                element.set(name, _CHARACTER_REFERENCE.sub(decode, value))
        if isinstance(element.text, str) and "&#" in element.text:
            element.text = _CHARACTER_REFERENCE.sub(decode, element.text)


class Style(CitationStylesStyle):
    """A CitationStylesStyle parsed once with cached look-ups (and our fixes)."""

    def __init__(self, path: str, locale: str | None = None):
        try:
            self.root = parse(path)
        except (OSError, etree.XMLSyntaxError) as exc:
            raise ValueError(f"cannot read style {path}: {exc}") from None
        if self.root.tag != f"{{{CSL_NS}}}style":  # well-formed XML, but no CSL style: no traceback
            raise ValueError(f"cannot read style {path}: its root element is <{etree.QName(self.root).localname}>"
                             f", not a CSL <style xmlns=\"{CSL_NS}\">")
        if self.root.find(f"{{{CSL_NS}}}citation") is None:  # CSL requires one; citeproc-py fails on every item
            raise ValueError(f"cannot read style {path}: it has no <citation>, which every CSL style needs")
        self.xml = self.root.getroottree()
        _decode_character_references(self.root)
        if locale is None:
            locale = self.root.get("default-locale", "en-US")
        self.root.__dict__["_locale"] = locale  # for collation
        self.root.set_locale_list(locale)


class Bibliography(CitationStylesBibliography):
    """Registration in constant time (citeproc-py scans a list: quadratic for big lists)."""

    def __init__(self, style, source, formatter):
        super().__init__(style, source, formatter)
        self.index: dict[str, int] = {}

    def register(self, citation, callback=None):
        citation.bibliography = self
        for item in citation.cites:
            if item.key in self.source:
                if item.key not in self.index:
                    self.index[item.key] = len(self.keys)
                    self.keys.append(item.key)
                    self.items.append(item)
            elif callback is not None:
                callback(item)

    def reorder(self, items) -> None:
        """Adopt a new bibliography order (citation numbers follow it)."""
        self.items = list(items)
        self.keys = [item.key for item in self.items]
        self.index = {key: n for n, key in enumerate(self.keys)}


class CiteItem(CitationItem):
    """A citation item whose reference and number are looked up once, not on every access."""

    @property
    def reference(self):
        try:
            return dict.__getitem__(self, "_reference")
        except KeyError:
            reference = self.bibliography.source[self.key]
            dict.__setitem__(self, "_reference", reference)
            return reference

    @property
    def number(self):
        return self.bibliography.index[self.key] + 1

    def is_bad(self):
        return self.key not in self.bibliography.index

"""CSL-YAML: the same items as CSL-JSON in YAML (as pandoc and citeproc users keep them).

Items are checked exactly as CSL-JSON items are, with the line each item starts on.
"""

from __future__ import annotations

import re

import yaml

from ..items import TEXT_NAME_PARTS, Item, Problem, ReadResult, require_valid
from ..schema import DATE_VARIABLES, NAME_VARIABLES, NUMBER_VARIABLES, STRING_VARIABLES
from . import Format
from .csljson import finish_items

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def read(text: str, source: str = "") -> ReadResult:
    """Read a YAML list of items, or a document with a `references` list (pandoc metadata);
    in a Markdown file the body after that front matter is not YAML and is left alone. An item a
    hand edit broke is reported with its line and id, and the items around it are read."""
    text = text.lstrip("\ufeff")
    documents = []
    try:
        for document in yaml.compose_all(text, Loader=_Loader):
            if documents and _is_front_matter(documents[-1]):
                break
            if document is not None:
                documents.append(document)
    except yaml.YAMLError as exc:
        if not (documents and _is_front_matter(documents[-1])):
            return _read_item_by_item(text, source) or ReadResult([], [_yaml_problem(exc, source)])
    if not documents:
        return ReadResult([], [Problem("no CSL-YAML items (empty input)", source)])
    raw_items = []
    loader = _Loader("")
    for document in documents:
        nodes = _item_nodes(document)
        if nodes is None:
            return ReadResult([], [Problem(
                "expected a list of items or a 'references' list", source, document.start_mark.line + 1)])
        raw_items += [(node.start_mark.line + 1, _raw_item(node, loader)) for node in nodes]
    loader.dispose()
    return finish_items(raw_items, source, [])


def _raw_item(node, loader) -> object:
    _keys_as_text(node)
    _values_as_text(node)
    _dates_as_text(node)
    raw = loader.construct_document(node)
    if isinstance(raw, dict):
        raw = {k: from_markdown(v) if k in MARKDOWN_FIELDS and isinstance(v, str) else v for k, v in raw.items()}
    return raw


def _yaml_problem(exc: yaml.YAMLError, source: str, first_line: int = 0, entry: str | None = None) -> Problem:
    mark = getattr(exc, "problem_mark", None)
    line = first_line + mark.line + 1 if mark else None
    reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return Problem(f"invalid YAML: {reason}", source, line, entry)


_LIST_ITEM = re.compile(r"^([ \t]*)-(?:[ \t]|$)", re.M)
_REFERENCES_KEY = re.compile(r"^references:[ \t]*$", re.M)
_DOCUMENT_END = re.compile(r"^(?:---|\.\.\.)\s*$")
_ITEM_ID = re.compile(r"^[ \t-]*id:[ \t]*['\"]?([^'\"\s#]+)", re.M)


def _read_item_by_item(text: str, source: str) -> ReadResult | None:
    """After a YAML syntax error: the list's items one by one (each starts with '- ' at the
    indentation of the first), so one broken item is reported and the others read. None when
    the text holds no such list."""
    references = _REFERENCES_KEY.search(text)
    first = _LIST_ITEM.search(text, references.end() if references else 0)
    if not first:
        return None
    indent = first.group(1)
    lines = text[first.start():].split("\n")
    offset = text.count("\n", 0, first.start())
    chunks: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines):
        if _DOCUMENT_END.match(line):
            break
        item = _LIST_ITEM.match(line)
        if item and item.group(1) == indent:
            chunks.append((offset + number, []))
        elif line.strip() and not line.startswith(indent + " ") and not line.lstrip().startswith("#"):
            break  # the list is over (another key of the metadata)
        chunks[-1][1].append(line[len(indent):])
    raw_items, problems = [], []
    loader = _Loader("")
    for first_line, chunk in chunks:
        body = "\n".join(chunk)
        try:
            node = yaml.compose(body, Loader=_Loader)
        except yaml.YAMLError as exc:
            found = _ITEM_ID.search(body)
            problems.append(_yaml_problem(exc, source, first_line, found.group(1) if found else None))
            continue
        for item_node in node.value if isinstance(node, yaml.SequenceNode) else []:
            raw_items.append((first_line + item_node.start_mark.line + 1, _raw_item(item_node, loader)))
    loader.dispose()
    result = finish_items(raw_items, source, problems)
    result.problems.sort(key=lambda p: p.line or 0)
    return result


_STR_TAG = "tag:yaml.org,2002:str"


def _keys_as_text(node) -> None:
    """CSL keys are strings: a key YAML would read as a boolean, number or date (`no:`,
    `2019:`, `on:`) is kept as the text written, so it reaches `note` like any other key."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.tag != _STR_TAG:
                key.tag = _STR_TAG
            _keys_as_text(value)
    elif isinstance(node, yaml.SequenceNode):
        for child in node.value:
            _keys_as_text(child)


_NULL_TAG = "tag:yaml.org,2002:null"
_TEXT_VARIABLES = STRING_VARIABLES | NUMBER_VARIABLES


def _values_as_text(node) -> None:
    """A text or number variable, and a name's parts, are read as written, as pandoc reads
    every scalar: `volume: 11` is "11" and `version: 1.10` stays "1.10" (YAML would make it the
    number 1.1), so every writer gives back what the file says."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value in _TEXT_VARIABLES:
                _scalar_as_text(value)
            elif key.value in NAME_VARIABLES and isinstance(value, yaml.SequenceNode):
                for name in value.value:  # `family: 1984`, `given: No` (YAML's false) are names too
                    for part, text in name.value if isinstance(name, yaml.MappingNode) else ():
                        if part.value in TEXT_NAME_PARTS:
                            _scalar_as_text(text)


_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


def _dates_as_text(node, key: str = "") -> None:
    """A YAML date anywhere but in a date variable ('2018-03-15' under a misspelt key, bound
    for the note) is the text written: a Python date there made the note's JSON fail."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _TIMESTAMP_TAG and key not in DATE_VARIABLES:
            node.tag = _STR_TAG
    elif isinstance(node, yaml.MappingNode):
        for child_key, child in node.value:
            _dates_as_text(child, child_key.value if isinstance(child_key, yaml.ScalarNode) else "")
    elif isinstance(node, yaml.SequenceNode):
        for child in node.value:
            _dates_as_text(child, key)


def _scalar_as_text(node) -> None:
    if isinstance(node, yaml.ScalarNode) and node.tag not in (_STR_TAG, _NULL_TAG):
        node.tag = _STR_TAG


def _is_front_matter(document) -> bool:
    """A mapping with `references` that opens the file: pandoc's metadata block."""
    return (isinstance(document, yaml.MappingNode) and document.start_mark.line <= 1
            and any(key.value == "references" for key, _ in document.value))


# Fields whose text pandoc reads as Markdown (`*Drosophila*`, `H~2~O`, `[iPhone]{.nocase}`):
# their markup is CSL-JSON's rich text inside cslbridge.
MARKDOWN_FIELDS = frozenset("""
title title-short container-title container-title-short collection-title original-title
volume-title part-title event-title reviewed-title abstract
""".split())
_ESCAPABLE = "\\*_^~[]"
_ESCAPED = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")
_HIDE = {ch: chr(0xE180 + n) for n, ch in enumerate(_ESCAPABLE)}
_SHOW = {v: k for k, v in _HIDE.items()}
_SPANS = {"nocase": '<span class="nocase">', "smallcaps": '<span style="font-variant:small-caps;">'}
_MARKDOWN = (  # (pattern, opening tag, closing tag); emphasis only at word edges, as pandoc
    (re.compile(r"\[([^\[\]]+)\]\{\.(nocase|smallcaps)\}"), None, "</span>"),
    (re.compile(r"(?<![\w*])\*\*(?=\S)([^*]+?)(?<=\S)\*\*(?![\w*])"), "<b>", "</b>"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), "<i>", "</i>"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"), "<i>", "</i>"),
    (re.compile(r"\^([^\s^]+)\^"), "<sup>", "</sup>"),
    (re.compile(r"(?<!~)~([^\s~]+)~(?!~)"), "<sub>", "</sub>"),
)


def from_markdown(text: str) -> str:
    """Pandoc's Markdown in a field as CSL-JSON rich text; backslash escapes as the character."""
    if not any(ch in text for ch in _ESCAPABLE):
        return text
    text = _ESCAPED.sub(lambda m: _HIDE[m.group(1)], text)
    for pattern, opening, closing in _MARKDOWN:
        text = pattern.sub(lambda m: (opening or _SPANS[m.group(2)]) + m.group(1) + closing, text)
    return "".join(_SHOW.get(ch, ch) for ch in text)


_TAGS_OUT = (  # CSL rich text back to pandoc's Markdown, where the reader above reads it back
    (re.compile(r'<span class="nocase">([^<>\[\]]+)</span>'), "[{}]{{.nocase}}"),
    (re.compile(r'<span style="font-variant:small-caps;">([^<>\[\]]+)</span>'), "[{}]{{.smallcaps}}"),
    (re.compile(r"(?<![\w*])<b>(?=\S)([^<>*]+?)(?<=\S)</b>(?![\w*])"), "**{}**"),
    (re.compile(r"(?<![\w*])<i>(?=\S)([^<>*]+?)(?<=\S)</i>(?![\w*])"), "*{}*"),
    (re.compile(r"<sup>([^\s<>^]+)</sup>"), "^{}^"),
    (re.compile(r"(?<!~)<sub>([^\s<>~]+)</sub>(?!~)"), "~{}~"),
)


def to_markdown(text: str) -> str:
    """A field's text as pandoc reads it: Markdown characters escaped, rich text as Markdown
    (tags Markdown cannot say stay HTML, which pandoc also reads)."""
    text = "".join("\\" + ch if ch in _ESCAPABLE else ch for ch in text)
    for pattern, template in _TAGS_OUT:
        text = pattern.sub(lambda m: template.format(m.group(1)), text)
    return text


def _item_nodes(document):
    if isinstance(document, yaml.SequenceNode):
        return document.value
    if isinstance(document, yaml.MappingNode):
        for key, value in document.value:
            if key.value == "references" and isinstance(value, yaml.SequenceNode):
                return value.value
        return [document]
    return None


def write(items: list[Item]) -> str:
    require_valid(items)
    ordered = [{"id": item.get("id"), "type": item.get("type"),
                **{k: to_markdown(v) if k in MARKDOWN_FIELDS and isinstance(v, str) else v for k, v in item.items()}}
               for item in items]
    body = yaml.dump({"references": ordered}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    return "---\n" + body + "...\n"


def sniff(text: str) -> float:
    head = text.lstrip("\ufeff")[:2000]
    if re.search(r"^(---\s*\n)?references:\s*$", head, re.M):
        return 0.9
    if re.match(r"(---\s*\n)?- (id|type|title):", head):
        return 0.8
    return 0.0


FORMAT = Format(
    name="cslyaml",
    description="CSL-YAML, CSL-JSON items written as YAML (pandoc's references)",
    extensions=("yaml", "yml"),
    read=read,
    write=write,
    sniff=sniff,
    aliases=("csl-yaml", "yaml"),
)

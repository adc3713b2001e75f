"""CSL-YAML: the same items as CSL-JSON in YAML (as pandoc and citeproc users keep them).

Items are checked exactly as CSL-JSON items are, with the line each item starts on.
"""

from __future__ import annotations

import re

import yaml

from ..items import Item, Problem, ReadResult
from . import Format
from .csljson import finish_items

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def read(text: str, source: str = "") -> ReadResult:
    """Read a YAML list of items, or a document with a `references` list (pandoc metadata);
    in a Markdown file the body after that front matter is not YAML and is left alone."""
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
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else None
            reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            return ReadResult([], [Problem(f"invalid YAML: {reason}", source, line)])
    if not documents:
        return ReadResult([], [Problem("no CSL-YAML items (empty input)", source)])
    raw_items = []
    loader = _Loader("")
    for document in documents:
        nodes = _item_nodes(document)
        if nodes is None:
            return ReadResult([], [Problem(
                "expected a list of items or a 'references' list", source, document.start_mark.line + 1)])
        for node in nodes:
            raw_items.append((node.start_mark.line + 1, loader.construct_document(node)))
    loader.dispose()
    return finish_items(raw_items, source, [])


def _is_front_matter(document) -> bool:
    """A mapping with `references` that opens the file: pandoc's metadata block."""
    return (isinstance(document, yaml.MappingNode) and document.start_mark.line <= 1
            and any(key.value == "references" for key, _ in document.value))


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
    ordered = [{"id": item.get("id"), "type": item.get("type"), **item} for item in items]
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

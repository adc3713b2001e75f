"""Nothing lost: does every word of a reference survive somewhere in its parsed item?

For each string of the dev set and the held-out AnyStyle and GROBID splits (when
../shared is present), every word of three or more letters in the source must appear,
case-folded, in some field of the parsed CSL-JSON item (note included, custom.source
excluded). Words the parser turns into structure are not counted as lost: cue words
("pp.", "edited", "Hrsg.", "a cura di", "sous la dir. de", "coll.", Polish "red.", "Acesso em", Italian "ultimo
accesso", Spanish "(Obra original publicada en ...)", Czech "roč.", Turkish
"baskı", the "and" between names, "PMID"/"PMCID" naming the field they fill, "doi.org" of a DOI
link, Chicago's "Paper presented at" and an episode's "aired DATE, on NETWORK", the name of an HTML character reference, "&amp;"), language marks ("(In Russ.)" -> language "ru"), ordinals of an edition ("2nd" -> "2"),
volume and issue marks ("2호" -> issue "2"), month names (-> date-parts), a year's
disambiguation letter ("1991a": CSL processors add their own), a Russian name the parser gives in the nominative
("под ред. С. Ю. Глазьева" -> "Глазьев": a Cyrillic word counts as kept when the item holds its stem, the word less
its case ending) and Taylor & Francis' label on a linked
year ("Citation2019" -> "2019", a scraping artefact the parser reads as the year, as the page reader does). The link
labels a publisher's page prints after an entry ("[Crossref] [Google Scholar]"), which name look-up services and not
the work, are dropped by the parser as by the page reader and are not counted either.

    .venv/bin/python bench/parse_retention.py

Writes bench/results/parse_retention.txt.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cslbridge.parse.dates import MONTHS, TRANSLITERATED_MONTHS  # noqa: E402
from cslbridge.parse.entries import _CITATION_YEAR, without_link_labels  # noqa: E402
from cslbridge.parse.fields import parse_references  # noqa: E402
from cslbridge.parse.train import heldout  # noqa: E402
from parse_accuracy import read_grobid  # noqa: E402

OUT = ROOT / "bench" / "results" / "parse_retention.txt"
WORD = re.compile(r"[^\W\d_]{3,}|\d+[^\W\d_]+")
STRUCTURE = frozenset("""
pages page edited edition editor editors eds edd hrsg herausgegeben translated trans volume volumes vols vol
issue iss nos vyp isbn issn doi url http https www available accessed retrieved viewed cited from online
russ russian ukr engl english german french chinese spanish language tom band heft aufl jahrgang
под ред редакцией изд вид выд дата обращения звернення доступа режим вып сост пер перевод том опубл заявл consulté ligne adresse
disponible abgerufen
original work published
and und et dans dir org com net first second third fourth fifth edn number
cura coll coord общ отв науч last trad version revision host
red disponível acesso recuperado dostęp dostępny dostupné geraadpleegd hämtad erişim roč ročník čís årg jrg
baskı vyd uppl utg udg druk wyd doc
presented amp aired
art núm directed von verfügbar unter zugriff nbsp fol fols
pmid pmcid
sous coords ultimo accesso consultato consultazione consultado obra publicada publicado originale pubblicata
""".split())
# "2nd", "117p", "1991a", and Korean/Japanese/Chinese volume and issue marks ("2호" -> issue 2)
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|e|er|ème|-е|p|[호号號권巻卷])|(?:1[5-9]|20)\d\d[a-z]")


CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]+")


def _stem(word: str) -> str:
    """The word less its case ending: "глазьева" -> "глазье", "арыновой" -> "арынов" (kept in "Глазьев", "Арынова")."""
    return word[:-2] if len(word) > 5 else word[:-1]


def flatten(value) -> str:
    if isinstance(value, dict):
        return " ".join(flatten(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(flatten(v) for v in value)
    return str(value)


def lost_words(item: dict) -> list[str]:
    fields = {k: v for k, v in item.items() if k != "custom"}
    kept = flatten(fields).casefold()
    source = without_link_labels(" ".join(_CITATION_YEAR.sub("", item["custom"]["source"]).split()))
    return [w for w in WORD.findall(source)
            if w.casefold() not in kept and w.casefold().rstrip(".") not in STRUCTURE
            and not (CYRILLIC_WORD.fullmatch(w) and _stem(w.casefold()) in kept)
            and w.casefold() not in MONTHS and w not in TRANSLITERATED_MONTHS and not ORDINAL.fullmatch(w.casefold())]


def main():
    sets = {"dev": [json.loads(x)["text"] for x in (ROOT / "fixtures/refstrings/dev.jsonl").read_text().splitlines() if x]}
    anystyle = [" ".join(t for t, _ in seq) for seq in heldout()]
    if anystyle:
        sets["held-out AnyStyle"] = anystyle
        sets["held-out GROBID"] = [text for text, _, _ in read_grobid()]
    lines = []
    for name, texts in sets.items():
        items = parse_references(texts)
        losses = [lost_words(item) for item in items]
        whole = sum(not words for words in losses)
        common = Counter(w.casefold() for words in losses for w in words).most_common(8)
        lines.append(f"{name}: {whole}/{len(items)} items keep every word ({whole / len(items):.1%}); "
                     f"most often lost: {', '.join(f'{w} ({n})' for w, n in common) or 'none'}")
    text = "\n".join(lines)
    print(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

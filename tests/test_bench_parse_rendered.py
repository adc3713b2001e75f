"""The scoring helpers of bench/parse_rendered.py: the gold item is cut to what a style printed."""

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
_spec = importlib.util.spec_from_file_location("parse_rendered", BENCH / "parse_rendered.py")
parse_rendered = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(parse_rendered)

GOLD = {"id": "dev1", "type": "article-journal", "language": "en",
        "author": [{"family": "Okafor", "given": "Chidi"}, {"family": "Lindqvist", "given": "Maja"}],
        "title": "Soil carbon under rotational grazing", "container-title": "Journal of Range Ecology",
        "issued": {"date-parts": [[2019, 5]]}, "accessed": {"date-parts": [[2019, 8, 2]]},
        "volume": "12", "issue": "3", "page": "1234-1245", "DOI": "10.1000/jre.2019.3"}


def test_gold_is_cut_to_what_the_style_printed():
    entry = "Okafor C, et al. Soil carbon under rotational grazing. Journal of Range Ecology. 2019;12:1234–45."
    kept, left_out = parse_rendered.printed_gold(GOLD, entry)
    assert kept == {"type": "article-journal", "author": [GOLD["author"][0]],
                    "title": GOLD["title"], "container-title": GOLD["container-title"],
                    "issued": {"date-parts": [[2019]]}, "volume": "12", "page": "1234-1245"}
    # the year is printed once: the issue date takes it, the access date is not expected
    assert left_out == {"language", "accessed", "issue", "DOI"}


def test_parsed_item_is_scored_on_printed_fields_only():
    kept, left_out = parse_rendered.printed_gold(GOLD, "Okafor, C. (2019). Soil carbon under rotational "
                                                       "grazing. Journal of Range Ecology, 12(3), 1234-45.")
    parsed = {"type": "article-journal", "author": [{"family": "Okafor", "given": "C."}],
              "title": GOLD["title"], "container-title": GOLD["container-title"], "volume": "12",
              "issue": "3", "page": "1234-45", "issued": {"date-parts": [[2019]]},
              "language": "en", "publisher": "Range Ecology"}
    scored = parse_rendered.comparable(parsed, left_out)
    assert "language" not in scored and scored["page"] == "1234-1245"
    # Lindqvist is not printed, so "Okafor, C." alone is the right author list
    assert parse_rendered.errors(kept, scored) == [("publisher", "spurious")]
    scored["author"].append({"family": "Range", "given": "J."})
    assert parse_rendered.errors(kept, scored) == [("author", "wrong"), ("publisher", "spurious")]


def test_citation_number_and_label_are_cut():
    assert parse_rendered.strip_label("[1] C. Okafor, “Soil carbon,”", True, False) == "C. Okafor, “Soil carbon,”"
    assert parse_rendered.strip_label("1. Okafor C. Soil carbon.", True, False) == "Okafor C. Soil carbon."
    assert parse_rendered.strip_label("1984. Orwell G.", True, False) == "1984. Orwell G."
    assert parse_rendered.strip_label("[Oka19] Okafor, C.", False, True) == "Okafor, C."


def test_a_first_page_printed_alone_is_expected_alone():
    kept, _ = parse_rendered.printed_gold(GOLD, "C. Okafor, Soil carbon, Journal of Range Ecology 12, (2019) 1234.")
    assert kept["page"] == "1234"

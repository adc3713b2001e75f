"""Finding and splitting entries on pages: correctness on the page fixtures and seeds, and throughput.

Prints, and writes to bench/results/page_split.txt:
- per page: entries expected (counted by hand when the fixture was written), entries found,
  how many were read as works, pointers and commentary, and the time for the whole page
  (field tagging included);
- for the pages with hand-checked gold (``fixtures/pages/blind_pages_gold.json``): whether the
  entries' kinds (work, pointer, commentary) are all right, and the share of the gold CSL fields
  of the hand-checked entries that come out right (compared as ``parse_accuracy.py`` compares them);
- throughput of finding + splitting (no field tagging) on a generated multi-megabyte list,
  in lines per second on one core.

    .venv/bin/python bench/page_split.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's parser, whichever the venv installed (as the other benches do)

from cslbridge.parse import find_entries, parse_page  # noqa: E402
from cslbridge.parse.entries import find_sections, split_entries  # noqa: E402
from cslbridge.parse.page import is_chrome  # noqa: E402
from parse_accuracy import norm_field  # noqa: E402

SHARED = ROOT.parent / "shared" / "seeds"
GOLD = json.loads((ROOT / "fixtures" / "pages" / "blind_pages_gold.json").read_text(encoding="utf-8"))

# page -> entries on it (numbered entries or notes), counted by hand
EXPECTED = {
    "fixtures/pages/springer_brackets.txt": 6,
    "fixtures/pages/gost_cyrillic.txt": 5,
    "fixtures/pages/apa_hanging.txt": 5,
    "fixtures/pages/paren_numbered.txt": 4,
    "fixtures/pages/one_per_line.txt": 4,
    "fixtures/pages/chicago_notes.txt": 8,
    "fixtures/pages/journal_ol.html": 3,
    "fixtures/pages/tandf_notes.html": 7,
    "fixtures/pages/notes_and_references.txt": 5,
    "fixtures/pages/number_on_own_line.txt": 3,
    "fixtures/pages/springer_link.html": 10,
    "fixtures/pages/mdpi_text.txt": 6,
    "fixtures/pages/ru_journal_two_lists.txt": 5,
    "fixtures/pages/wiley_notes_refs.html": 9,
    "fixtures/pages/jstor_footnotes.txt": 9,
    "fixtures/pages/sciencedirect_text.txt": 5,
    "fixtures/pages/cyberleninka_text.txt": 8,
    "fixtures/pages/elibrary_text.txt": 7,
    "fixtures/pages/ojs_article.html": 8,
    "fixtures/pages/sage_journal.html": 12,
    "fixtures/pages/cambridge_core.html": 11,
    "fixtures/pages/wiki_article.html": 5,
    "fixtures/pages/pmc_article.html": 11,
    "fixtures/pages/oxford_academic.html": 14,
    "fixtures/pages/ru_pdf_two_column.txt": 9,
    "fixtures/pages/scielo_article.html": 11,
    "fixtures/pages/nature_article.html": 14,
    "fixtures/pages/plos_one.html": 12,
    "fixtures/pages/frontiers_article.html": 13,
    "fixtures/pages/ar5iv_article.html": 13,
    "fixtures/pages/tandf_text.txt": 16,
    "fixtures/pages/word_footnotes.html": 16,
    "fixtures/pages/ru_economics_text.txt": 18,
    "fixtures/pages/ru_law_journal.html": 12,
    "fixtures/pages/ru_history_text.txt": 17,
    "fixtures/pages/tandf_notes_kazakhstan.txt": 32,
    "fixtures/pages/brill_notes_georgia.html": 27,
    "fixtures/pages/wiley_notes_kyrgyzstan.txt": 24,
    "fixtures/pages/elibrary_article_ru.html": 8,
    "fixtures/pages/cyberleninka_article_ru.html": 16,
    "fixtures/pages/ojs_ru_university.html": 8,
    "fixtures/pages/tandf_online_uzbekistan.html": 21,
    "fixtures/pages/cambridge_refs_spans.html": 12,
    "fixtures/pages/wiley_online_text.txt": 12,
    "fixtures/pages/springer_chapter_text.txt": 14,
    "fixtures/pages/ru_pdf_gost_notes.txt": 15,
    "fixtures/pages/chicago_pdf_notes.txt": 13,
    "fixtures/pages/kaznu_trilingual.html": 12,
    "fixtures/pages/ua_dstu_two_lists.txt": 8,
    "fixtures/pages/ru_bracket_block_notes.txt": 13,
    "fixtures/pages/mdpi_article.html": 22,
    "fixtures/pages/muse_endnotes.html": 26,
    "fixtures/pages/degruyter_footnotes_text.txt": 31,
    "fixtures/pages/ojs_polish_bibliografia.html": 17,
    "fixtures/pages/cz_sociology_text.txt": 23,
    "fixtures/pages/ru_vestnik_two_lists.html": 18,
    "fixtures/pages/routledge_cas_kyrgyzstan.html": 24,
    "fixtures/pages/memo_ru_two_lists.html": 9,
    "fixtures/pages/kz_economy_journal_text.txt": 14,
    "fixtures/pages/tandf_eas_armenia.html": 26,
    "fixtures/pages/elpub_ru_bilingual_refs.html": 12,
    "fixtures/pages/sciencedirect_heliyon.html": 14,
    "fixtures/pages/acm_dl_chi.html": 13,
    "fixtures/pages/tandf_sebss_moldova.html": 29,
    "fixtures/pages/ru_vestnik_perm_text.txt": 11,
    "fixtures/pages/routledge_jbs_latvia_pdf.txt": 21,
    "fixtures/pages/tandf_caucasus_azerbaijan.html": 28,
    "fixtures/pages/hse_iorj_refs_table.html": 9,
    "fixtures/pages/cambridge_slavic_footnotes.html": 17,
    "fixtures/pages/tandf_asian_affairs_mongolia.txt": 25,
    "fixtures/pages/cyberleninka_fulltext_banking.txt": 7,
    "fixtures/pages/ucpress_cpcs_belarus_notes.html": 29,
    "fixtures/pages/enu_bulletin_kz_pdf_text.txt": 13,
    "fixtures/pages/frontiers_public_health_text.txt": 14,
    "fixtures/pages/tandf_eas_tajikistan_word_notes.txt": 28,
    "fixtures/pages/naukaru_infra_m_eaeu_transit.html": 12,
    "fixtures/pages/eprints_whiterose_ferghana_pdf_text.txt": 22,
    "fixtures/pages/ecpolicy_ru_br_lists.html": 10,
    "fixtures/pages/erudit_etudes_int_kazakhstan_csto.html": 25,
    "fixtures/pages/jessu_vestnik_ieran_migration_text.txt": 11,
    "fixtures/pages/ieee_access_kazakhstan_telegram_pdf_text.txt": 16,
    "fixtures/pages/avtoreferat_rudn_kyrgyzstan_eaeu_text.txt": 13,
    "fixtures/pages/polis_politstudies_central_asia.html": 12,
    "fixtures/pages/dergipark_alternatif_politika_turkic_states.html": 17,
    "fixtures/pages/researchgate_cover_jes_turkmenistan_pdf_text.txt": 21,
    "fixtures/pages/rudn_vestnik_ir_turkic_states.html": 17,
    "fixtures/pages/openedition_cac_uzbekistan_sanctions.html": 27,
    "fixtures/pages/proquest_demokratizatsiya_kyrgyzstan_text.txt": 20,
    "fixtures/pages/emerald_ijoem_uzbekistan_remittances.html": 24,
    "fixtures/pages/jstage_jsees_kazakhstan_japan.html": 17,
    "fixtures/pages/annualreviews_polisci_central_asia_migration.html": 14,
    "fixtures/pages/ojs_uz_iqtisodiyot_talim_eaeu_text.txt": 10,
    "fixtures/pages/ieee_xplore_tpwrs_central_asia_grid.html": 15,
    "fixtures/pages/redalyc_papel_politico_sco_central_asia.html": 18,
    "fixtures/pages/cairn_herodote_kazakhstan_qantar.html": 24,
    "fixtures/pages/kci_slavic_studies_remittances_text.txt": 12,
    "fixtures/pages/gdocs_export_thesis_tajikistan_remittances.html": 17,
    "fixtures/pages/scielo_br_rbpi_sco_central_asia.html": 15,
    "fixtures/pages/wiley_jid_kyrgyzstan_mobile_money.html": 22,
    "fixtures/pages/springer_chapter_palgrave_tajik_uzbek_water.html": 23,
    "fixtures/pages/oup_jiel_oscola_eaeu_court.html": 24,
    "fixtures/pages/oshsu_vestnik_ky_two_lists_pdf_text.txt": 10,
    "fixtures/pages/ssrn_abstract_kazakhstan_digital_payments.html": 18,
    "fixtures/pages/persee_receo_turkmenistan_gas_notes.html": 19,
    "fixtures/pages/pubmed_abstract_kyrgyzstan_hcv_cascade.html": 18,
    "fixtures/pages/umich_dissertation_ferghana_water_bibliography_pdf_text.txt": 21,
    "../shared/seeds/000_86c3b057a0d4154e.txt": 20,
    "../shared/seeds/003_114b52dd7ae8b880.txt": 77,
}


def kind(item: dict) -> str:
    custom = item["custom"]
    return "pointer" if custom.get("pointer") else "commentary" if custom.get("commentary") else "work"


def hand_checked(gold: dict, items: list) -> tuple[bool, int, int, list]:
    """Kinds all right?, gold fields right, gold fields, and the wrong ones (entry, field)."""
    right = total = 0
    wrong = []
    for start, fields in gold["fields"].items():
        item = next((i for i in items if i["custom"]["source"].startswith(start)), {})
        for key, value in fields.items():
            total += 1
            if item.get(key) is not None and norm_field(key, item[key]) == norm_field(key, value):
                right += 1
            else:
                wrong.append((start, key))
    return [kind(i) for i in items] == gold["kinds"], right, total, wrong


def main() -> None:
    out = ["page | entries expected | found | works | pointers | commentary | seconds"]
    exact = total = 0
    for name, expected in EXPECTED.items():
        path = (ROOT / name).resolve()
        if not path.exists():
            out.append(f"{name} | skipped (absent)")
            continue
        text = path.read_text(encoding="utf-8")
        entries, _, _ = find_entries(text)
        start = time.perf_counter()
        items = parse_page(text, name).items
        seconds = time.perf_counter() - start
        pointers = sum(1 for i in items if i["custom"].get("pointer"))
        commentary = sum(1 for i in items if i["custom"].get("commentary"))
        works = len(items) - pointers - commentary
        total += 1
        exact += len(entries) == expected
        out.append(f"{name} | {expected} | {len(entries)} | {works} | {pointers} | {commentary} | {seconds:.2f}")
    out.append(f"pages with exactly the expected entries: {exact}/{total}")

    out.append("hand-checked page | kinds right | fields right")
    right_all = total_all = 0
    for name, gold in GOLD.items():
        article, *items = parse_page((ROOT / name).read_text(encoding="utf-8"), name, page=True).items
        kinds_ok, right, fields, _ = hand_checked(gold, items)
        right_all, total_all = right_all + right, total_all + fields
        out.append(f"{name} | {'yes' if kinds_ok else 'no'} | {right}/{fields}")
    out.append(f"hand-checked fields right: {right_all}/{total_all} = {right_all / total_all:.3f}")

    line = ("{n}. Smith J., Jones K., Brown A. [A study of trade and customs unions in Eurasia, part {n}]. "
            "Voprosy Ekonomiki = Problems of Economics, 2010, vol. 12, no. 3, pp. 5–9. (In Russ.)")
    lines = []
    while sum(map(len, lines)) < 5_000_000:
        lines.extend(line.format(n=n) for n in range(1, 10000))
    start = time.perf_counter()
    sections = find_sections(lines, is_chrome)
    entries = [e for s in sections for e in split_entries(lines, s.start, s.end, s.kind, is_chrome)]
    seconds = time.perf_counter() - start
    size = sum(map(len, lines)) / 1e6
    out.append(f"find + split: {len(lines)} lines ({size:.1f} MB), {len(entries)} entries in {seconds:.2f} s "
               f"= {len(lines) / seconds:,.0f} lines/s")
    report = "\n".join(out) + "\n"
    print(report, end="")
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "page_split.txt").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()

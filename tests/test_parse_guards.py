"""Cheap guards that skip a slow pattern must never skip a text the pattern matches."""

from __future__ import annotations

import itertools
import re

import pytest

from cslbridge.parse import entries, fields, names, outlets


def _variants(word: str) -> set[str]:
    return {word, word.upper(), word.capitalize()}


def test_role_guard_keeps_every_span_with_a_role():
    roles = ["(eds.)", "(Hrsg.)", "(a cura di)", "(comp.)", "(trans.)", "(ред.)", "(сост.)", "eds.", "editor",
             "Hrsg.", "comps.", "compilers", "trans.", "transl.", "trad.", "übers.", "сост."]
    heads = ["edited by", "Ed. by", "Eds. ", "под ред.", "под общей редакцией", "compiled by", "за ред.",
             "сост.:", "translated by", "Transl. ", "пер. с англ.", "trad. de", "traducido por", "traduit par",
             "übersetzt von", "Hrsg. v.", "hg. von", "herausgegeben von", "In:", "in ", "В:", "im ", "Dans ",
             "En ", "Em:", "W:", "[w:]", "I:", "red. ", "pod red. ", "pod redakcją "]
    spans = []
    for role in roles:
        for word in _variants(role):
            spans += [f"Smith, J. A., {word}", f"Weber M {word}", f"{word}"]
    for head in heads:
        for word in _variants(head):
            spans += [f"{word} J. Smith", f"  {word}Ivanov I. I."]
    spans += ["Weber, M. (Hrſg.)", "İn: Smith", "ᲂп", "(ред.)", "Иванов И. И. (ᲃост.)"]
    matched = [span for span in spans if names._ROLE.search(span)]
    assert len(matched) > len(spans) // 2
    assert all(names._may_hold_role(span) for span in matched)


def test_role_guard_skips_plain_name_lists():
    spans = ["Smith, J. A., Jones, B.", "Zverev R., Glaz'ev S.Yu.", "Lamport, L., Pease, M.", "Nye JS, Keohane RO",
             "Иванов И. И., Петров П. П.", "Müller, Jürgen"]
    assert not any(names._ROLE.search(span) for span in spans)
    assert not any(names._may_hold_role(span) for span in spans)


def test_role_guard_on_every_short_ascii_span_the_pattern_matches():
    # every span of up to four pieces from role fragments and name-like words
    pieces = ["(", ")", "ed", "Ed.", "s", ".", " ", ",", "by", "tr", "ans", "comp", "hrsg", "HG.", "in", "IM", "dans",
              "von", "v.", "Smith", ":", "сост", "под", "ред", "За", "пер", "В", "с", "ſ", "İ", "ᲂ",
              "en", "Em", "w", "W", "[", "]", "I", "red", "pod"]
    for size in range(1, 4):
        for parts in itertools.product(pieces, repeat=size):
            span = "".join(parts)
            if names._ROLE.search(span):
                assert names._may_hold_role(span), span


def _constrained(text: str, labels: list[str]) -> list[str]:
    """The labels after _constrain's rules, from the tagger labels given (one per word)."""
    from cslbridge.parse import fields
    from cslbridge.parse.features import sequence_features

    words = text.split()
    assert len(words) == len(labels)
    tagger = fields._tagger()
    tagger.set(sequence_features(words))  # some rules ask the tagger for its second choice
    labels = list(labels)
    fields._constrain(words, labels, [0.5] * len(words), tagger, text)
    return labels


def test_news_site_between_a_quoted_title_and_its_date_is_the_periodical():
    text = "‘Kyrgyzstan to join the customs union’, 24.kg, 5 March 2019."
    labels = _constrained(text, ["title"] * 6 + ["note"] + ["date"] * 3)
    assert labels[6] == "container"


def test_abbreviated_publisher_words_before_year_and_volume_are_the_journal():
    text = "Smith, J. Credit cycles. J. Bank. Financ. 2019, 98, 39–60."
    labels = _constrained(text, ["author"] * 2 + ["title"] * 2 + ["publisher"] * 3 + ["date", "volume", "pages"])
    assert labels[4:7] == ["container"] * 3


def test_date_cue_before_a_date_is_the_dates():
    text = "Centers for Disease Control and Prevention. Title of the page. Updated May 17, 2022."
    words = text.split()
    labels = _constrained(text, ["author"] * 6 + ["title"] * 4 + ["note"] + ["date"] * 3)
    assert labels[words.index("Updated")] == "date"


def test_thesis_cue_holds_wherever_the_thesis_pattern_matches():
    from cslbridge.parse import fields

    texts = ["Smith J. Regional inequality. PhD thesis, University of X, 2015.", "Ph. D. Dissertation, MIT",
             "Иванов И. И. Экономика : дис. ... канд. экон. наук. М., 2010.", "Иванов И.И. Автореферат дисс.",
             "Kand. ekon. nauk", "Master's thesis", "Doctoral dissertation", "Habilitationsschrift",
             "Tese (Doutorado em Economia)", "Dissertação de mestrado", "Ivanov I. Title. Diss. Moscow, 2001."]
    for text in texts:
        low = text.lower()
        assert fields._THESIS_RE.search(low), text
        assert fields._THESIS_CUE.search(low), text


def test_words_the_tokenizer_cuts_pass_its_first_check():
    from cslbridge.parse import tokens

    words = ["2012;30(15):494-502", "36(6),693-695", "365:l1234", "(6):CD013412", "Title//Journal", "//Вестник",
             "12(3)", "2019;7:e160", "5(4):e160", "Rev.//"]
    for word in words:
        if tokens._GLUE.search(word):
            assert tokens._may_cut(word), word
    text = "Lancet. 2009;373(9682):2125-32."
    assert [text[a:b] for a, b in tokens.tokenize(text)] == ["Lancet.", "2009;", "373", "(9682):", "2125-32."]


def test_numeric_date_guard_finds_every_numeric_date_word():
    from cslbridge.parse import fields

    words = ["12.11.2021,", "(1.3.1999)", "05.06.2020.", "31.12.1850;", "1.1.2000", "Известия. 12.03.2018."]
    for word in words:
        for token in word.split():
            if fields._NUMERIC_DATE.match(token):
                assert fields._NUMERIC_DATE_IN.search(f"Frankfurter Allgemeine Zeitung, {word} S. 17."), word
    assert not fields._NUMERIC_DATE_IN.search("Journal of Politics, 12(3), 45-67, 2019.")


_SERIES_NAMES = ["paper", "papers", "report", "reports", "brief", "briefs", "briefing", "briefings", "insight",
                 "insights", "series", "note", "notes", "bulletin", "bulletins", "studies", "publication",
                 "publications", "monograph", "monographs", "rapport", "rapporter", "rapporto", "informe", "informes",
                 "bericht", "berichte", "arbeitspapier", "arbeitspapiere"]


def test_series_guard_keeps_every_text_with_a_report_number():
    from cslbridge.parse import fields

    texts = []
    for name in _SERIES_NAMES:
        # IGNORECASE reads "ſ" as "s", "ı" and "İ" as "i" too
        for word in _variants(name) | {name.replace("s", "ſ"), name.replace("i", "ı"), name.replace("i", "İ")}:
            texts += [f"OECD (2019), Title (OECD Economic {word} No. 21906).",
                      f"Title. (Working {word} 2018:4), Stockholm.", f"Smith, J. Title ({word} No. HWL 67)"]
    matched = [text for text in texts if fields._REPORT_NUMBER.search(text)]
    assert len(matched) > len(texts) // 2
    assert all(fields._may_name_series(text, text.lower()) for text in matched)


def test_series_guard_skips_references_naming_no_series():
    from cslbridge.parse import fields

    texts = ["Smith, J. (2019). Credit cycles. Journal of Finance, 74(2), 1–10.",
             "Иванов И. И. Экономика (учебник). М. : Наука, 2010. 200 с.",
             "Lamport, L. (1978) Time, clocks (and the ordering of events). Commun. ACM 21(7), 558–565."]
    assert not any(fields._REPORT_NUMBER.search(text) for text in texts)
    assert not any(fields._may_name_series(text, text.lower()) for text in texts)


def test_glue_cue_holds_every_text_glued_stop_splits():
    from cslbridge.parse import fields

    pieces = ["a", "b", "Z", "A", "Ab", "abc", ")", "1", ".", ",", "?", "!", "”", "’", '"', " ", "Abc"]
    for size in range(1, 5):
        for parts in itertools.product(pieces, repeat=size):
            text = "".join(parts)
            if fields._GLUED_STOP.search(text):
                assert fields._GLUE_CUE.search(text), text
    assert not fields._GLUE_CUE.search("Smith, J. (2019). Title. Journal 5, 1-10.")


def test_body_word_lookup_finds_what_one_word_boundary_regex_finds():
    """corporate_name looks body words up word by word; it must agree with the regex it replaced."""
    endings = "|".join(("\\w*" if ending not in ("verket", "tilsynet") else "\\w+") + ending
                       for ending in names._BODY_ENDINGS)
    reference = re.compile(r"\b(?:" + "|".join(sorted(names._BODY_WORDS, key=len, reverse=True))
                           + r"|ун-т|ин-т|" + endings + r")\b")
    texts = []
    for word in sorted(names._BODY_WORDS) + ["ун-т", "ин-т"]:
        for form in _variants(word):
            texts += [form, f"National {form} of Health", f"{form}s", f"Un{form}", f"{form}-Wide Survey", f"({form})"]
    for ending in names._BODY_ENDINGS:
        texts += [ending, ending.capitalize(), f"Skatte{ending}", f"Arbeids{ending} i Norge", f"{ending}s"]
    texts += ["Моск. гос. ун-т", "Ин-т философии РАН", "ун-та", "Smith, J. A.", "Banks, R.", "Worldwide Ltd.",
              "Kunnskapsdepartementet", "Socialstyrelsen", "Helsedirektoratet", "Arbeidstilsynet"]
    found = [bool(reference.search(text.lower())) for text in texts]
    assert 0 < sum(found) < len(texts)
    assert [names.corporate_name(text) for text in texts] == found


def test_publisher_before_place_starts_at_the_first_place():
    """The loop starts at the first "location" label: the publisher before that place is still found."""
    words = "J. Cohen, Statistical Power Analysis, second ed., Lawrence Erlbaum Press, London, 1988.".split()
    labels = ["author"] * 2 + ["title"] * 3 + ["edition"] * 2 + ["title"] * 3 + ["location", "date"]
    fields._publisher_before_place(words, labels)
    assert labels[7:] == ["publisher"] * 3 + ["location", "date"]


def test_hyphenated_place_guard_keeps_places_before_a_date():
    """The Nur-Sultan rule runs only when the text holds a hyphenated name and its comma."""
    for place in ("Nur-Sultan", "Ust-Kamenogorsk", "Aix-en-Provence", "Петропавловск-Камчатский"):
        item = fields.parse_reference("Author’s interview with a senior official of the Ministry of Trade and "
                                      f"Integration, {place}, 19 November 2019.")
        assert item["publisher-place"] == place


def test_program_name_guard_looks_through_the_whole_opening_author_run():
    """The colon rule only looks inside the names opening the reference, up to their last word."""
    for body, program in (("R Core Team", "R"), ("Stan Development Team", "Stan"), ("QGIS Development Team", "QGIS")):
        item = fields.parse_reference(f"{body}, {program}: A Language and Environment for Statistical Computing, "
                                      "R Foundation for Statistical Computing, Vienna, Austria, 2022.")
        assert item["author"] == [{"literal": body}]
        assert item["title"].startswith(f"{program}: A Language")


def test_publisher_after_the_dated_sentence_is_found_right_after_a_one_word_date():
    """The Harvard proceedings rule starts at the first word after the first date: a one-word date is enough."""
    text = "Smith, J. Grid control. Conference (EEM). 2019. IEEE, pp. 1–5."
    labels = _constrained(text, ["author"] * 2 + ["title"] * 2 + ["container"] * 2 + ["date", "container"]
                          + ["pages"] * 2)
    assert labels[6:8] == ["date", "publisher"]


def test_months_before_the_year_join_the_date_when_it_is_the_last_word():
    """The ABNT month rule walks back from the last date: a year closing the reference is reached."""
    from cslbridge.parse.tokens import tokenize

    class Tagger:  # the tagger's labels given: months read as pages before the closing year
        def set(self, features):
            pass

        def tag(self):
            return ["author"] * 2 + ["title", "container"] + ["volume"] * 2 + ["pages", "date"]

        def marginal(self, label, i):
            return 0.5

    text = "SILVA, J. Título. Revista, v. 30, abr./jun. 2021"
    labels, _ = fields._labels(text, tokenize(text), Tagger())
    assert labels[-3:] == ["volume", "date", "date"]


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _references() -> list[str]:
    import json
    from pathlib import Path

    rows = (Path(__file__).resolve().parents[1] / "fixtures/refstrings/dev.jsonl").read_text(encoding="utf-8")
    return [json.loads(row)["text"] for row in rows.splitlines() if row]


def test_number_start_lookahead_keeps_every_document_symbol():
    """NUMBER's lookahead for a word-initial Latin letter must let through every start its forms have."""
    from cslbridge.parse import rules

    plain = re.compile("(?i)" + rules._NUMBER_FORMS)
    symbols = ["Document 1062-27-05-2013", "document no. A/12", "Doc. E/2020", "DOC. no.12", "PC.DEL/535/10/Rev.1",
               "osce.pc/12", "S/2021/759", "A/RES/70/1", "HRC/RES/12/1", "UNEP/GC.27/17", "TD/B/64/3", "ST/SGB/2019/8",
               "S/PV.7138", "A/68/PV.80", "E/CN.4/2005/L.10", "arXiv:1301.3781", "ARXIV: 1301.37815v2", "arxiv:2101.00001"]
    texts = [f"{lead}{symbol}{tail}" for symbol in symbols for lead in ("", "UN ", "(", "[", "x.") for tail in ("", ".", ")")]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 5 * len(symbols)
    for text in texts:
        assert _spans(rules.NUMBER, text) == _spans(plain, text), text
        assert bool(rules.NUMBER.fullmatch(text)) == bool(plain.fullmatch(text)), text


def test_accessed_start_lookahead_keeps_every_access_word():
    """ACCESSED's lookahead (bracket, space, or the first letter of 'last' or of an access word) must let
    through every start: each word in three cases, after a bracket, 'last' or nothing, is still found."""
    from cslbridge.parse import rules

    plain = re.compile(rf"(?i)[(\[]?\s*(?:last\s+)?(?:{rules._ACCESS_WORDS})\s*(?:on\s+|:\s*)?{rules._DATEISH}\s*[)\]]?")
    words = [re.sub(r"\(\?:(\w+)\|\w+\)", r"\1", word).replace(r"\s+", " ").replace("\\", "")
             for word in rules._ACCESS_WORDS.split("|") if not word.startswith("en)")]
    texts = [f"Title.{space}{lead}{form} 12.03.2021{close}" for word in words for form in _variants(word)
             for lead in ("", "(", "[", "last ", "Last ") for space in ("", " ") for close in ("", ")", "].")]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 60 * len(words)
    for text in texts:
        assert _spans(rules.ACCESSED, text) == _spans(plain, text), text


def test_doi_start_lookahead_keeps_every_doi():
    """DOI's lookahead ('d', 'h' or '1', any case) must let through every start: a bare DOI, one after
    'doi:' and one in a resolver's link, after any lead, are found as without it."""
    from cslbridge.parse import rules

    plain = re.compile(rules.DOI.pattern.replace("(?=[dh1])", "", 1))
    assert plain.pattern != rules.DOI.pattern
    dois = ["10.1000/xyz123", "doi:10.1016/j.econ.2020.01.005", "DOI: 10.1093/qje/qjz001", "Doi 10.5555/12345678",
            "https://doi.org/10.1080/09668136.2019.1611740", "HTTP://DX.DOI.ORG/10.1000/ABC", "http://doi.org/10.1234/a(b)c"]
    texts = [f"{lead}{doi}{tail}" for doi in dois for lead in ("", "Title. ", "(", "[", "x.") for tail in ("", ".", ")")]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 15 * len(dois)
    for text in texts:
        assert _spans(rules.DOI, text) == _spans(plain, text), text


def test_edition_word_start_keeps_every_edition_statement():
    """EDITION tests a word start once before its forms: each form, in the cases references print, is
    found as by the forms alone."""
    from cslbridge.parse import rules

    plain = re.compile("(?i)" + rules._EDITION_FORMS)
    statements = ["2nd ed.", "(3rd edn)", "4th rev. ed.", "First edition,", "5th expanded ed.", "3.ª ed.", "(2.º ed.)",
                  "2-е изд., перераб. и доп.", "3-е изд.", "2. Aufl.", "3rd edition."]
    texts = [f"{lead}{form}{tail}" for statement in statements for form in _variants(statement)
             for lead in ("", "Title. ", "Title.", "(") for tail in ("", " Oslo", ".")]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 15 * len(statements)
    for text in texts:
        assert _spans(rules.EDITION, text) == _spans(plain, text), text


def _case_forms(letters: str) -> list[str]:
    """Every character that a case-insensitive pattern reads as one of ``letters`` ("ᲁ" for "д" too)."""
    return [chr(c) for c in range(0x2000) if any(re.fullmatch(f"(?i){re.escape(letter)}", chr(c)) for letter in letters)]


def test_thesis_start_lookahead_keeps_every_thesis_statement():
    """THESIS's lookahead ('[', a, c, d, e, а, д or с in any case) must let through every start: each statement,
    in three cases, with its first letter in any form case folding reads as it, is found as without it."""
    from cslbridge.parse import rules

    plain = re.compile(rules.THESIS.pattern.replace(r"(?=[\[acdeадс])", "", 1))
    assert plain.pattern != rules.THESIS.pattern
    statements = ["дис. … канд. экон. наук", "автореф. дис. ... д-ра ист. наук : 07.00.02", "diss. ... kand. ekon. nauk",
                  "avtoref. diss. ... d-ra ist. nauk", "Cand. Sci. (Econ.) Diss.", "Dr. Diss. (Econ.)",
                  "[Abstract of Cand. econ. sci. diss.]", "Doct. Sci. thesis", "Cand. Sci. (Law) Diss. abstr.",
                  "Extended abstract of Cand. Sci. (Econ.) Diss.",
                  "специальность 5.2.3 «Региональная и отраслевая экономика» : диссертация на соискание ученой степени "
                  "кандидата экономических наук"]
    texts = [f"{lead}{form}{tail}" for statement in statements for form in _variants(statement)
             for lead in ("", "Title: ", "Title.", "(") for tail in ("", ". Moscow", ")")]
    texts += [f"Title: {first}{statement[1:]}" for statement in statements for first in _case_forms(statement[0])]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 20 * len(statements)
    for text in texts:
        assert _spans(rules.THESIS, text) == _spans(plain, text), text
        assert bool(rules.THESIS.match(text)) == bool(plain.match(text)), text


def test_lead_start_lookahead_keeps_every_link_lead():
    """LEAD's lookahead for the first letters of its words (any case) must let through every lead."""
    from cslbridge.parse import rules

    plain = re.compile(rules.LEAD.pattern.replace("(?=[abdehortuvzр])", "", 1))
    assert plain.pattern != rules.LEAD.pattern
    leads = ["Available at:", "Available from", "available online at", "Available:", "Retrieved from", "URL:",
             "Режим доступа:", "Online at:", "Accessible at", "Disponível em:", "Disponiveis em", "Disponible en:",
             "Recuperado de", "Dostępny w Internecie:", "Dostępne na:", "Dostupné z:", "Beschikbaar via:",
             "Tilgjengelig fra:", "Tillgänglig på:", "Online verfügbar unter", "Verfügbar unter:", "Erişim adresi:",
             "Hentet fra"]
    texts = [f"{lead}{form} https://example.org/a" for word in leads for form in _variants(word)
             for lead in ("", "Title. ", "Title (", "Title.")]
    texts += [f"Title. {first}{word[1:]} https://example.org/a" for word in leads for first in _case_forms(word[0])]
    texts += ["Title, 2 December 2019, at https://example.org/a", "Raport 2019 z https://example.org/a"]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 12 * len(leads)
    for text in texts:
        assert _spans(rules.LEAD, text) == _spans(plain, text), text
        head = text.split(" https")[0] + ":"  # a note's words before a link, as the fields read them
        assert bool(rules.LEAD.fullmatch(head)) == bool(plain.fullmatch(head)), text


def test_standard_start_lookahead_keeps_every_designation():
    """STANDARD's lookahead for a designation's first capital must let through every standard, where an
    item starts, after a stop or comma, or in a bracket."""
    from cslbridge.parse import rules

    plain = re.compile(rules.STANDARD.pattern.replace("(?=[ABDEGINГДСО])", "", 1))
    assert plain.pattern != rules.STANDARD.pattern
    designations = ["ГОСТ Р 7.0.100–2018", "ГОСТ Р ИСО/МЭК 27001-2006", "GOST R 7.0.5-2008", "ISO 690:2010",
                    "ISO/IEC 27001:2013", "ISO/TR 12345", "IEC 60050", "IEEE Std 754-2019", "ANSI/ASHRAE 90.1",
                    "BS EN ISO 9001:2015", "DIN EN 1090-2", "ASTM D2166/D2166M-16", "СТО 12345", "СНиП 2.01.07-85",
                    "ОСТ 45.01-2002", "ISO Standard No. 9001", "EN 1090-2:2018",
                    "AS 4685.1:2014", "AS/NZS 3000:2018", "NZS 3604:2011", "NF X 50-110", "NF EN ISO 14001",
                    "ДСТУ 8302:2015", "ДСТУ ISO 9001:2015", "СТБ 1128-98", "СТ РК 1.5-2019"]
    texts = [f"{lead}{designation}{tail}" for designation in designations
             for lead in ("", "Title. ", "Title, ", "Title; ", "(", "Title ") for tail in ("", ".", ")", " Title")]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 15 * len(designations)
    for text in texts:
        assert _spans(rules.STANDARD, text) == _spans(plain, text), text
        assert bool(rules.STANDARD.match(text)) == bool(plain.match(text)), text


def test_museum_cue_keeps_every_text_naming_a_museum():
    # the casefolded substrings in front of the museum scan hold wherever the scan finds a museum word
    words = fields._MUSEUM.pattern.split("(?:", 1)[1].split(")", 1)[0].split("|")
    texts = []
    for word in words:
        for form in _variants(word) | {word.replace("s", "ſ"), word.replace("k", "\u212a")}:
            texts += [f"Oil on canvas. Rijks{form}, Amsterdam.", f"{form} of Modern Art, New York", f"The {form}"]
    found = [text for text in texts if fields._MUSEUM.search(text)]
    assert len(found) > 3 * len(words)
    assert all(any(cue in text.casefold() for cue in fields._MUSEUM_CUES) for text in found)
    assert not any(cue in "Smith, J. (2020). Title. Journal, 3(2), 1-9.".casefold() for cue in fields._MUSEUM_CUES)


def test_strong_sign_lookahead_keeps_every_sign_of_a_reference():
    """entries._STRONG's lookahead (what each form can start with, a word start for the forms opening with a
    boundary) must let through every sign it counts: each form, after any lead, is found as without it."""
    from cslbridge.parse import entries

    lookahead = r"(?=[‘“«„\"\[№(\dд]|\s//|\b[pСсSvnitвтVIPeaиDlčFfФф])(?:"
    assert entries._STRONG.pattern.startswith(lookahead)
    plain = re.compile(entries._STRONG.pattern[len(lookahead):-1])
    signs = ["‘Title of the paper’", "“A title”", "«Заглавие»", "„Titel“", '"Title"', "[Translated title here]",
             "pp. 12", "p.5", "С. 5", "с. 17", "S. 3", "vol. 4", "no. 2", "iss. 1", "nr. 3", "t. 2", "вып. 3", "т. 1",
             "12 pp.", "300 с.", "45 S.", "№ 5", "Vol. 3", "Volume 12", "Issue 4", "12(3): 45", "2019; 4", "Publ.",
             "Title // Journal", "In: Smith", "(eds.)", "(Hrsg.)", "(ред.)", "(под ред.)", "(In Russ.)", "edited by",
             "ed. by", "available at", "Available from", "дата обращения", "et al", "и др.", "Diss.", "дис.",
             "personal communication", "letter to", "č. 435/2004", "No. 139/2015", "f. 7486, op. 1", "Ф. Р-845, оп. 2",
             "ф. 4п. Оп. 1", "F. 12, Op. 3"]
    texts = [f"{lead}{sign}{tail}" for sign in signs for lead in ("", "Smith J. Title. ", "x", "(", " ") for tail in ("", ".", " x")]
    texts += _references()
    assert sum(len(plain.findall(text)) for text in texts[:15 * len(signs)]) >= 10 * len(signs)
    for text in texts:
        assert entries._STRONG.findall(text) == plain.findall(text), text


def test_gazette_lookahead_keeps_every_official_gazette():
    """_LAW_GAZETTE's lookahead for the gazettes' first letters (any case) must let through every gazette,
    its first letter in any form case folding reads as it ('ſ' for 's') too."""
    lookahead = "(?i)(?=[свонбsfobjgdmvl])(?:"
    assert fields._LAW_GAZETTE.pattern.startswith(lookahead)
    plain = re.compile("(?i)" + fields._LAW_GAZETTE.pattern[len(lookahead):-1])
    names = plain.pattern[4:].replace(r"\w*", "ей").replace("[ея]", "е").replace("(?:съезда|", "").split("|")
    names = [name.rstrip(")") for name in names]
    texts = [f"{lead}{form}{tail}" for name in names for form in _variants(name)
             for lead in ("", "// ", "Title. ") for tail in ("", ". 2016. № 49")]
    texts += [f"// {first}{name[1:]}" for name in names for first in _case_forms(name[0])]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 9 * len(names)
    for text in texts:
        assert _spans(fields._LAW_GAZETTE, text) == _spans(plain, text), text
        assert bool(fields._LAW_GAZETTE.match(text)) == bool(plain.match(text)), text


def test_interview_lookahead_keeps_every_interview_title():
    """_INTERVIEW_RE's lookahead ('i', 'и' or the text's start) must let through every interview word."""
    lookahead = "(?=[iи]|^)(?:"
    assert fields._INTERVIEW_RE.pattern.startswith(lookahead)
    plain = re.compile(fields._INTERVIEW_RE.pattern[len(lookahead):-1])
    titles = ["interview with the author", "interviews", "an interview", "интервью с автором", "беседа с автором",
              "личная беседа", "— беседа", "«беседа»", "(interview)", "telephone interview, 3 may 2019"]
    texts = [f"{lead}{title}{tail}" for title in titles for lead in ("", "x ", " ", "(") for tail in ("", ".", "s")]
    texts += [text.lower() for text in _references()]
    assert sum(bool(plain.search(text)) for text in texts) >= 3 * len(titles)
    for text in texts:
        assert _spans(fields._INTERVIEW_RE, text) == _spans(plain, text), text


def test_hyphen_guard_keeps_a_hyphenated_place_before_a_date():
    """The hyphenated-place rule runs wherever the text holds a hyphen: the tagger read 'Nur-Sultan,' into the
    date here, and the rule gives it back to the place."""
    item = fields.parse_reference("Speech by the President, Nur-Sultan, 19 November 2019.")
    assert item["publisher-place"] == "Nur-Sultan"
    assert item["issued"] == {"date-parts": [[2019, 11, 19]]}


def test_gbt_mark_opening_with_its_bracket_finds_every_mark():
    """_GBT_MARK opens with its '[' and looks back for the attached character: every mark, attached or
    not, in every place a GB/T reference prints it, is found (and removed) as by the look-back-first form."""
    plain = re.compile(fields._GBT_MARK.pattern.replace(r"\[(?<=\S\[)", r"(?<=\S)\[", 1))
    assert plain.pattern != fields._GBT_MARK.pattern
    marks = ["[J]", "[M]", "[C]", "[D]", "[R]", "[N]", "[P]", "[S]", "[A]", "[G]", "[Z]", "[EB]", "[DB]", "[CP]",
             "[EB/OL]", "[DB/OL]", "[J/OL]"]
    texts = [f"{head}{mark}{tail}" for mark in marks for head in ("Title", "Title ", "[", "", "《书名》", "x]")
             for tail in ("", ".", ". Beijing", "//Proc", ":", ",", " x", "]")]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 8 * len(marks)
    for text in texts:
        assert _spans(fields._GBT_MARK, text) == _spans(plain, text), text
        assert fields._GBT_MARK.sub("", text) == plain.sub("", text), text


def test_thesis_in_title_lookahead_keeps_every_degree_after_a_title():
    """_THESIS_IN_TITLE's lookahead (a space, colon or stop) must let through every degree after a title."""
    lookahead = r"(?i)(?=[\s:.])"
    assert fields._THESIS_IN_TITLE.pattern.startswith(lookahead)
    plain = re.compile("(?i)" + fields._THESIS_IN_TITLE.pattern[len(lookahead):])
    degrees = ["дис. … канд. экон. наук", "дисс. д-ра наук", "автореф. дис. канд.", "Diss. kand. nauk", "dis. kand.",
               "avtoref. diss. kand."]
    texts = [f"Title{sep}{form}" for degree in degrees for form in _variants(degree)
             for sep in (":", " : ", ".", ". ", " .", ":\u00a0", "\t:  ")]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 7 * len(degrees)
    for text in texts:
        assert _spans(fields._THESIS_IN_TITLE, text) == _spans(plain, text), text


def test_link_ibid_and_et_al_lookaheads_keep_every_match():
    """entries._URL ('h', 'w', 'd' or '1', any case), entries._IBID (the text's start or 'o', 'l', 'у', 's', 'i', 'a')
    and names._ETAL (a comma, space, '[' or the first letters of its words) open with a lookahead for where a
    match can start: each form, after any lead, its first letter in every form case folding reads as it, is
    found as without it."""
    from cslbridge.parse import entries

    cases = [
        (entries._URL, r"(?=[hwd1])(?:", ["https://example.org/a", "http://x.ru", "www.site.com/p", "doi: 10.1000",
                                          "DOI:10.5555", "10.1016/j.econ.2020.01.005", "HTTPS://EXAMPLE.ORG"]),
        (entries._IBID, r"(?=^|[olуsia])(?:", ["Ibid.", "ibidem,", "Id. at 5", "Idem;", "Ders., S. 4", "dies.", "Там же.", "тамже", "Ebd.",
                                               "Ebenda", "Tamtéž", "Tamże.", "op. cit.", "Op.cit", "loc. cit.", "указ. соч.",
                                               "supra note 4", "infra", "Same as note 3", "Aynı eser, s. 4", "aynı yer",
                                               "a.g.e., s. 12", "A.g.m.", "a. g. k."]),
        (names._ETAL, r"(?i)(?=[,\s\[eиuaiy&])", ["et al.", "[et al.]", "et. al", "etal", "и др.", "[и др.]", "u. a.",
                                                  "et coll.", "a kol.", "i in.", "i inni", "y col.", "y cols.",
                                                  "and others", "& others", ", et al."]),
    ]
    for pattern, lookahead, forms in cases:
        assert pattern.pattern.startswith(lookahead)
        plain_source = pattern.pattern[len(lookahead):]
        plain = re.compile(plain_source[:-1] if lookahead.endswith("(?:") else "(?i)" + plain_source,
                           pattern.flags & re.I)
        texts = [f"{lead}{form}{tail}" for form in forms for variant in _variants(form)
                 for lead in ("", "Smith J, Jones K ", "Title. ", "x") for tail in ("", " 45", ".")
                 for form in (variant,)]
        texts += [f"{lead}{first}{form[1:]}" for form in forms for first in _case_forms(form[0])
                  for lead in ("", "Smith J, ")]
        texts += _references()
        assert sum(bool(plain.search(text)) for text in texts) >= 6 * len(forms), pattern.pattern
        for text in texts:
            assert _spans(pattern, text) == _spans(plain, text), (pattern.pattern, text)
            assert bool(pattern.match(text)) == bool(plain.match(text)), (pattern.pattern, text)


def test_letterless_dates_skip_only_forms_that_need_a_month(monkeypatch):
    """parse_date tries the month-naming forms only on a text with a letter: every date, numeric or named,
    reads as it does when every form is tried."""
    from cslbridge.parse import dates

    numeric = ["2019", "2019,", "(2019).", "12.05.2019", "10. 9. 2021", "2020-05-12", "2016/11/21", "1931–34",
               "2010–2012", "2010-12", "[1998]", "1.1.2000", "2019;", "© 2020"]
    named = ["14–16 June 2010", "16 April – 2 May 2012", "10. März 2021", "June 5-8, 2019", "May 5, 2019",
             "2019 May 5-8", "2019 May 5", "2014. 18 марта", "abr./jun. 2021", "May 2019", "2020, November/December",
             "2020 May", "3 квіт. 2019", "21 de diciembre de 2021", "n.d.", "in press", "Spring 2019"]
    texts = numeric + named + [text for ref in _references() for text in (ref, ref[-40:], ref[:30])]
    found = [dates.parse_date(text) for text in texts]
    assert all(found[:len(numeric)]) and all(found[len(numeric):len(numeric) + len(named)])
    assert any(not dates._LETTER.search(text) for text in numeric) and dates._MONTH_FORMS
    monkeypatch.setattr(dates, "_MONTH_FORMS", frozenset())  # every form tried on every text
    assert [dates.parse_date(text) for text in texts] == found


def test_trailing_in_guard_keeps_every_chapter_mark_closing_a_title():
    """The title drops a closing 'In:' / 'В:' only where it holds 'In' or 'В' (the pattern's own words)."""
    for span, title in [("Title of the paper. In:", "Title of the paper"), ("Title of the paper, In", "Title of the paper"),
                        ("Заглавие статьи. В:", "Заглавие статьи"), ("Title of the paper In :", "Title of the paper")]:
        item: dict = {}
        fields._title(item, span, {}, 0.9)
        assert item["title"] == title


def test_online_first_guard_keeps_every_ahead_of_print_container():
    """A container is searched for 'published online' / 'ahead of print' / 'early access' where its lower case holds
    one of the cues: every form holds one, and every character case folding reads as one of their letters lowers to it."""
    forms = fields._ONLINE_FIRST_FORMS
    assert all(fields._ONLINE_FIRST.fullmatch(form) for form in forms)
    assert all(any(cue in form.lower() for cue in fields._ONLINE_FIRST_CUES) for form in forms)
    assert all(ch.lower() == letter for letter in set("".join(fields._ONLINE_FIRST_CUES)) for ch in _case_forms(letter))
    for text in ("Smith J. Effects of diet. Clin Nutr. Epub ahead of print 2020 Jan 3.",
                 "Smith J. Effects of diet. Clin Nutr. EPUB AHEAD OF PRINT 2020 Jan 3."):
        assert fields.parse_reference(text)["container-title"] == "Clin Nutr"


def test_vancouver_date_lookup_finds_every_name_the_per_name_pattern_found():
    # the one compiled date pattern tried after each place a journal's name stands answers as the pattern built
    # from the name did, also when the name stands twice and only its second place is before the date
    texts = ["Smith J. N Engl J Med. Title. N Engl J Med. 2019;380(12):1120-8.",
             "Lee K. Lancet. 2013 Aug 1;369(5):44-9.", "Lee K. Lancet. 2013 Aug;369(5):44-9.",
             "Lee K. Lancet. 2013. vol. 369.", "Brown A. BMJ.  1998 ;316:1-2."] + _references()
    names = ["N Engl J Med.", "Lancet.", "BMJ.", "J Clin Oncol.", "Lee K."]
    found = 0
    for text in texts:
        for name in names + [" ".join(text.split()[k:k + 3]) for k in range(0, 9, 3)]:
            if not name:
                continue
            old = bool(re.search(re.escape(name) + fields._VANCOUVER_DATE.pattern, text))
            assert fields._before_vancouver_date(name, text) == old, (name, text)
            found += old
    assert found >= 8


def test_digit_cue_keeps_every_series_and_number_title():
    # the digit test in front of _SERIES_NUMBER/_SERIES_SENTENCE holds wherever they match: numbers ending in
    # letters or a bracket, codes after a capital, digits of other scripts
    numbers = ["34", "19/102", "94563-UZ", "P60-273", "NREL/TP-5000-78123", "21(22)-0054-EF", "NG203", "05/2022",
               "٣٤", "३४", "12a"]
    series = ["Migration and Development Brief", "IMF Working Paper", "Technical Report", "Report No.",
              "Current Population Reports", "NICE guideline", "EEA Report No", "Policy Note", "Pub. No."]
    titles = [f"{head} {number}" for head in series for number in numbers]
    matched = [t for t in titles if fields._SERIES_NUMBER.fullmatch(t) or fields._SERIES_SENTENCE.fullmatch(t)]
    assert len(matched) > len(titles) // 2
    assert any(not t[-1].isdigit() for t in matched) and any(not t.isascii() for t in matched)
    assert all(fields._DIGITS.search(title) for title in matched)
    numbered = [(t, m.group(2)) for t in titles if (m := fields._SERIES_NUMBER.fullmatch(t))]
    assert len(numbered) > len(titles) // 3
    for title, number in numbered:
        item = {"type": "book", "title": title, "publisher": "World Bank", "author": [{"literal": "World Bank"}]}
        fields._series_paper_as_report(item, {})
        assert item.get("number") == number, title


def test_reference_work_cues_hold_every_reference_work():
    """The entry-in-a-dictionary rule looks for _REFERENCE_WORK only in a text whose lower case holds one of
    _REFERENCE_WORK_CUES: every name it knows, in any case and with any letter case folding reads as it, holds one."""
    names = ["encyclopedia", "encyclopaedia", "encyclopédie", "enzyklopädie", "dictionary", "wörterbuch"]
    texts = [f"In The {form} of Things." for name in names for form in _variants(name)]
    texts += [f"In {name[:k]}{ch}{name[k + 1:]}." for name in names for k in range(len(name))
              for ch in _case_forms(name[k])]
    texts += _references()
    assert sum(bool(fields._REFERENCE_WORK.search(text)) for text in texts) >= 6 * len(names)
    for text in texts:
        if fields._REFERENCE_WORK.search(text):
            assert any(cue in text.lower() for cue in fields._REFERENCE_WORK_CUES), text


def test_ieee_thesis_imprint_runs_behind_the_thesis_cue():
    """The IEEE thesis-imprint rule runs only where _THESIS_CUE finds a cue in the lower-cased text: every text
    _THESIS_RE finds one in holds the cue too."""
    texts = _references() + ['A. Lee, “Title,” Ph.D. dissertation, Dept. Politics Int. Stud., Univ. Cambridge, '
                             'Cambridge, U.K., 2021.', 'B. Kim, “Title,” M.S. thesis, Sch. Eng., MIT, Cambridge, MA, '
                             'USA, 2019.', 'C. Ivanov, “Title,” Cand. Sci. dissertation, HSE, Moscow, 2018.']
    for text in texts:
        if fields._THESIS_RE.search(text.lower()):
            assert fields._THESIS_CUE.search(text.lower()), text
    assert fields.parse_reference(texts[-3])["publisher"] == "Dept. Politics Int. Stud., Univ. Cambridge"


def test_bracketed_descriptor_cue_holds_wherever_a_bracket_opens_with_a_descriptor():
    """_BRACKETED_DESCRIPTOR, searched once over the joined words, must hold wherever the APA rule's
    per-bracket test (_DESCRIPTOR on _bracket_text) finds a descriptor: brackets whose words the
    tokenizer spaces differently from the text, brackets that never close, first letters in any case form."""
    from cslbridge.parse.tokens import tokenize

    descriptors = ["Doctoral dissertation, University of Leeds", "Master's thesis", "Ph.D. thesis", "Paper presentation",
                   "Poster  presentation", "Conference\nsession", "Motion  picture", "Data set", "Press release",
                   "Review of the book Title, by A. Author", "Unpublished manuscript", "Computer software", "Video"]
    texts = [f"Smith, J. (2020). Title {lead}{form}{close} Publisher." for descriptor in descriptors
             for form in _variants(descriptor) for lead in ("[", "[ ") for close in ("]", "].", "")]
    texts += [f"Smith, J. (2020). Title [{first}{descriptor[1:]}]. Publisher." for descriptor in descriptors
              for first in _case_forms(descriptor[0])]
    texts += _references()
    found = 0
    for text in texts:
        words = [text[a:b] for a, b in tokenize(text)]
        if any(words[k].startswith("[") and fields._DESCRIPTOR.match(fields._bracket_text(words, k)) for k in range(1, len(words))):
            found += 1
            assert fields._BRACKETED_DESCRIPTOR.search(" ".join(words)), text
    assert found >= 6 * len(descriptors)



def test_chapter_book_readers_run_after_in_and_in_colon():
    """The chapter's book readers run only where a word is "In" or "In:" (their opening word): the book after
    the editors' names and cue is read after either ("In: Name ed. Book." fails with "In" alone as the cue)."""
    from cslbridge.parse.fields import parse_references

    texts = [f"Forti, Simona. “Title of the chapter.” {lead} Mariagabriella Cambiaghi ed. Studi gozziani. Milano: CUEM, 2006."
             for lead in ("In", "In:")]
    for item in parse_references(texts):
        assert item["type"] == "chapter"
        assert item["container-title"] == "Studi gozziani"
        assert item["editor"] == [{"family": "Cambiaghi", "given": "Mariagabriella"}]


def test_vancouver_book_place_and_publisher_with_any_space_after_the_semicolon():
    """The Vancouver book rule ("Geneva: World Health Organization; 2018.") runs where the text has a ";":
    the place and publisher are found however the ";" is followed (a cue of "; " would miss the line break)."""
    from cslbridge.parse.tokens import tokenize

    for gap in ("; ", ";\n", ";\t", " ;  "):
        text = f"World Health Organization. Global report. Geneva: World Health Organization{gap}2018."
        words = [text[a:b] for a, b in tokenize(text)]
        labels = ["author"] * 3 + ["title"] * 2 + ["container"] * (len(words) - 6) + ["date"]
        fields._constrain(words, labels, [0.5] * len(words), None, text)
        assert labels[5] == "location" and labels[6:len(words) - 1] == ["publisher"] * (len(words) - 7), (gap, labels)


def test_comma_then_year_cue_holds_wherever_a_comma_word_precedes_a_bare_year():
    """_COMMA_THEN_YEAR must hold wherever a word ending in "," is followed by a _BARE_YEAR word: across a space,
    a line break or a tab, and where the tokenizer cut a glued "36(6),1999" with nothing between."""
    from cslbridge.parse.tokens import tokenize

    texts = [f"Очерки истории края. Казань,{gap}2010. 200 с." for gap in (" ", "\n", "\t", "  ")]
    texts += ["Smith J. Title. Journal 36(6),1999.", "Title. London,\u20032010.", "Title. – Пг.,\n1915."]
    texts += _references()
    found = 0
    for text in texts:
        words = [text[a:b] for a, b in tokenize(text)]
        if any(words[i][-1] == "," and fields._BARE_YEAR.match(words[i + 1]) for i in range(1, len(words) - 1)):
            found += 1
            assert fields._COMMA_THEN_YEAR.search(text), text
    assert found >= 100


@pytest.mark.parametrize("text", [
    "https://www.mfa.gov.tr/x adresinden 15 Aralık 2022 tarihinde erişilmiştir.",
    "https://www.mfa.gov.tr/x adresinden 15 Aralik 2022 tarihinde erisildi.",
    "https://www.mfa.gov.tr/x Adresinden 3 Mart 2021 Tarihinde Erişildi.",
])
def test_turkish_access_cue_holds_wherever_its_pattern_matches(text):
    from cslbridge.parse.rules import OVERRIDES, TURKISH_ACCESSED
    (cues,) = [cues for _, pattern, cues in OVERRIDES if pattern is TURKISH_ACCESSED]
    assert TURKISH_ACCESSED.search(text) and any(cue in text.lower() for cue in cues)


def test_communication_cues_hold_wherever_the_communication_head_matches():
    kinds = ["correspondence", "communication", "communications", "exchange", "exchanges"]
    means = ["", "email ", "e-mail ", "written ", "telephone ", "private ", "personal "]
    heads = [f"{owner}{mean}{kind} {joiner} a diplomat, 4 May 2019." for owner in ("", "Author’s ", "Authors' ")
             for mean in means for kind in kinds for joiner in ("with", "from")]
    heads += [f"{word} {middle}to the {who}, 4 May 2019." for word in ("Email", "E-mail", "Emails", "Letter",
                                                                       "Messages", "Note")
              for middle in ("", "from Sergei Karaganov ") for who in ("author", "authors")]
    heads += ["Personal communication, 4 May 2019.", "private communication"]
    texts = [variant for head in heads for variant in _variants(head)]
    matched = [text for text in texts if fields.COMMUNICATION_HEAD.match(text)]
    assert len(matched) > len(texts) // 2
    assert all(any(cue in text.lower() for cue in fields._COMMUNICATION_CUES) for text in matched)


def test_study_group_cues_hold_wherever_a_study_group_closes_a_name():
    groups = ["GBD 2019 Collaborators", "RECOVERY Collaborative Group", "ABC Study Group", "ESC Working Group",
              "PRISMA Writing Group", "NEJM Writing Committee", "COVID-19 Genomics UK Consortium",
              "SPRINT Investigators", "the PROSPER Study Group.", "Writing Committee for the ABC Trial"]
    for group in groups:
        assert names._STUDY_GROUP.search(group)
        assert any(cue in group for cue in fields._STUDY_GROUP_CUES)


def test_opening_date_bracket_cue_holds_wherever_a_name_opens_before_the_bracketed_year():
    """The opening-name rule looks for '(2021)' or '(n.d.)' among the first eight words only where
    _OPENING_DATE_BRACKET matches: every dev reference and case form with such a word there must match it."""
    texts = _references() + ["UNESCO (2021). Title.", "BBC (n.d.) Title.", "A B C D E F G (1999) Title.",
                             "Centre  for\u00a0Youth (2005). Title.", "WHO (n. d.). Title.", "X (2019a), Title."]
    found = 0
    for text in texts:
        words = text.split()
        if any(fields._BRACKETED_YEAR.match(w) or fields._NO_DATE_WORD.fullmatch(w) for w in words[1:8]):
            found += 1
            assert fields._OPENING_DATE_BRACKET.match(text), text
    assert found >= 200


def test_city_start_lookahead_keeps_every_abbreviated_and_german_city():
    """CITY's lookahead for the capital its forms open with must let through every start: each abbreviated
    Russian city before its colon or before the year, and the German 'a. M.' / '/M.' places, are found as
    by the forms alone."""
    from cslbridge.parse import rules

    plain = re.compile(rules._CITY_FORMS)
    assert plain.pattern != rules.CITY.pattern
    cities = [city for city in re.findall(r"\w+", rules.ABBREVIATED_CITIES)] + ["M", "SPb"]
    texts = [f"Иванов И. И. Очерки истории.{gap}{city}.{space}: Наука, 2010." for city in cities
             for gap in (" ", " – ", " — ") for space in ("", " ")]
    texts += [f"Очерки истории края.{dash} {city}., 1915. 596 с." for city in cities for dash in ("", " –", " —")]
    texts += [f"Goethe J. W. Faust. {place}: Insel, 1990." for place in
              ("Frankfurt a. M.", "Frankfurt a.M.", "Frankfurt/M.", "Halle a. d. S.", "Halle a.d.S.", "Öhringen a. K.", "Überlingen/B.", "Ärzte a. M.")]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 6 * len(cities) + 6
    for text in texts:
        assert _spans(rules.CITY, text) == _spans(plain, text), text


def test_joiner_start_lookahead_keeps_every_name_joiner():
    """_JOINERS's lookahead for a space, ';', ',' or '/' must let through every joiner: 'and' in each
    language, a semicolon with or without spaces, a German slash and an Italian dash split a name list as
    the joiners alone split it."""
    plain = re.compile(names._JOINER_FORMS)
    assert plain.pattern != names._JOINERS.pattern
    lists = [f"Smith, J.{joiner}Jones, B." for joiner in
             (";", "; ", " ;", " and ", " & ", ", and ", ", & ", " und ", " et ", " y ", " и ", ",\tand\n")]
    lists += ["Müller, Hans/Schmidt, Peter", "Иванов И. И. и Петров П. П.", "M. Griffith – D.J. Mastronarde (edd.)",
              "M. Griffith — D. J. Mastronarde"]
    texts = lists + _references()
    assert sum(len(plain.split(text)) > 1 for text in lists) == len(lists)
    for text in texts:
        assert names._JOINERS.split(text) == plain.split(text), text


def test_editor_cue_openers_admit_every_editor_cue_after_a_book():
    """The set of first words in front of _EDITOR_CUES_AFTER_BOOK must let through every word where a cue
    stands: each cue in the cases references print it, after a book title's comma, and every dev reference."""
    from cslbridge.parse.tokens import tokenize

    cues = [" ".join(cue) for cue in fields._EDITOR_CUES_AFTER_BOOK]
    texts = [f"Smith J. Chapter. In Book Title, {form} U. Ascoli, Bologna, 2010." for cue in cues
             for form in _variants(cue) | {cue.title()}]
    texts += _references()
    found = 0
    for text in texts:
        words = [text[a:b] for a, b in tokenize(text)]
        for i in range(len(words)):
            if any(tuple(w.lower() for w in words[i:i + len(c)]) == c for c in fields._EDITOR_CUES_AFTER_BOOK):
                found += 1
                assert words[i].lower() in fields._EDITOR_CUE_OPENERS, text
    assert found >= 3 * len(cues)


def test_digit_cue_keeps_every_title_closing_on_a_series_sentence():
    """_title reads a closing series sentence ("NICE guideline NG203") only from a title holding a digit: a
    number in any script's digits, after a stop or a semicolon, still gives the genre and the number."""
    sentences = [("NICE guideline", "NG203"), ("Report", "94563-UZ"), ("IMF Working Paper", "13/1"),
                 ("NIH Publication", "19-7055"), ("Policy Research Working Paper", "٨٣٤٠"),
                 ("Technical Report", "２０１９-４"), ("EEA Report", "05/2022"), ("Migration and Development Brief", "৩৪")]
    for genre, number in sentences:
        for mark in (". ", "; "):
            item: dict = {}
            fields._title(item, f"Chronic kidney disease: assessment{mark}{genre} No. {number}", {}, 0.9)
            assert (item.get("genre"), item.get("number"), item["title"]) == (genre, number, "Chronic kidney disease: assessment")


def test_digit_cue_keeps_every_series_container_with_its_number():
    """_series_as_report searches a container for a series and number only when it holds a digit: a paper's
    number in any script's digits still makes the series the genre."""
    for series, number in (("Asia Report No.", "162"), ("Bruegel Policy Brief No.", "٣"), ("SWP Research Paper", "３"),
                           ("Working Paper", "19/102"), ("Technical Report", "MSR-TR-2019-27"), ("Rapport", "২০১৮")):
        item = {"title": "Title", "container-title": f"{series} {number}.", "publisher": "Bruegel"}
        fields._series_as_report(item, {})
        assert (item.get("genre"), item.get("number")) == (series.removesuffix(" No."), number), item
        assert "container-title" not in item


def test_year_numbered_report_lookahead_keeps_every_bracketed_report():
    """_YEAR_NUMBERED_IN_BRACKETS's lookahead (a space or the bracket) must let through every start: the Nordic
    reports in brackets, after any space or none, are found as by the pattern without it."""
    plain = re.compile(fields._YEAR_NUMBERED_IN_BRACKETS.pattern.replace(r"(?=[\s(])", "", 1))
    assert plain.pattern != fields._YEAR_NUMBERED_IN_BRACKETS.pattern
    reports = ["NOU 2015: 8", "SOU 2018:22", "Ds 2017:12", "NOU 2019 : 4"]
    texts = [f"Title{gap}({report}). Oslo: Departementet." for report in reports for gap in ("", " ", "  ", "\n", "\t", "\u2003")]
    texts += _references()
    assert sum(bool(plain.search(text)) for text in texts) >= 6 * len(reports)
    for text in texts:
        assert _spans(fields._YEAR_NUMBERED_IN_BRACKETS, text) == _spans(plain, text), text


def test_glue_cue_lookahead_keeps_every_glued_form():
    """_GLUE_CUE's test of the character after the stop must let through every form: each of its forms, in
    glued Latin and Cyrillic pieces and every dev reference, is found as by the forms alone."""
    plain = re.compile(r"[.?!,]" + fields._GLUE_AFTER_STOP)
    assert plain.pattern != fields._GLUE_CUE.pattern
    pieces = ["a", "Z", "Ab", ")", "]", "1", ".", ",", "?", "”", "’", '"', "“", "‘", " ", "[", "n", "v", "p", "i", "П",
              "Ин", "٣"]
    texts = ["".join(parts) for size in range(1, 5) for parts in itertools.product(pieces, repeat=size)]
    texts += ["Lagos.Environmental", "(2008).Global", "Management,35(2)", "2018,no. 1", "O.V.[Title]",
              "Петров П.П.Интеграция", "Иванов И.И.Ёлкин", "T. Nguyen,“Title,”in Proc.", "Nauka Publ.,2019"] + _references()
    assert sum(bool(plain.search(text)) for text in texts) > 5_000
    for text in texts:
        assert _spans(fields._GLUE_CUE, text) == _spans(plain, text), text


def test_genre_kind_cue_keeps_every_closing_genre_sentence():
    """_genre_sentence matches only a title holding one of _GENRE_KINDS: each kind, bare or qualified, with or
    without its stop, still becomes the genre."""
    for kind in ("Report", "Paper", "Brief", "Note"):
        for genre in (kind, f"Technical {kind}", f"Working {kind}", f"Country {kind}"):
            for stop in ("", "."):
                item = {"title": f"Mobile money in 2022: the state of the industry. {genre}{stop}"}
                fields._genre_sentence(item, {})
                assert item == {"title": "Mobile money in 2022: the state of the industry", "genre": genre}


def test_invisible_class_first_finds_what_the_lookbehind_first_form_found():
    """_INVISIBLE opens with its class so a search skips to those characters: over every character, each after
    "Ã" and after a letter, runs of them and every dev reference it finds what the lookbehind-first form found, and
    _normalise still drops each from a reference while the mojibake "Ã\u00ad" ("AsÃ\u00ads") stays."""
    lookbehind_first = re.compile("(?<!Ã)\u00ad|[\u200b\u2060\ufeff]")
    assert lookbehind_first.pattern != fields._INVISIBLE.pattern
    chars = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    invisible = [ch for ch in chars if lookbehind_first.search(ch)]
    assert len(invisible) == 4
    assert [ch for ch in chars if fields._INVISIBLE.search(ch)] == invisible
    texts = [f"{before}{ch}{after}" for ch in invisible for before in ("", "Ã", "a", "ÃÃ", "\u00ad", "Ã\u00ad")
             for after in ("", "s", "\u00ad", "Ã")] + _references()
    for text in texts:
        assert _spans(fields._INVISIBLE, text) == _spans(lookbehind_first, text), repr(text)
    for ch in invisible:
        assert fields._normalise(f"Smith, J. (2020). Clim{ch}ate policy{ch}. Oxford: OUP.") \
            == "Smith, J. (2020). Climate policy. Oxford: OUP."
    assert fields._normalise("Gómez, A. (2019). AsÃ\u00ads es. Madrid.") == "Gómez, A. (2019). AsÃ\u00ads es. Madrid."


def test_digit_cue_keeps_every_gost_newspaper_day():
    """The GOST newspaper rule ('// Известия. 2021. 31 дек. С. 1.') tests a day's first digit before its month:
    days of one and two digits, with the area's dashes or without, still complete the date."""
    cases = [("Иванов И. И. Новый закон // Российская газета. 2020. 14 окт. С. 3.", [2020, 10, 14]),
             ("Петров П. П. Выборы // Коммерсантъ. – 2022. – 5 апр. – С. 2.", [2022, 4, 5]),
             ("Сидоров С. С. Реформа // Известия. 2021. 31 дек. С. 1.", [2021, 12, 31]),
             ("Орлов О. О. Закон // Независимая газета. 2019. 3 марта. С. 5.", [2019, 3, 3])]
    items = fields.parse_references([text for text, _ in cases])
    for (text, date), item in zip(cases, items):
        assert item["issued"] == {"date-parts": [date]}, text
        assert "note" not in item, text


def test_cued_overrides_are_those_with_a_cue_in_the_text():
    """The one-scan cue search finds the overrides a substring search of every cue does: on every dev reference, on
    each cue alone (some start others: "retriev", "retrieved") and on every two cues where the second starts inside
    the first ("cited" + "edn": "citedn")."""
    from cslbridge.parse.rules import OVERRIDES, cued_overrides
    cues = sorted({cue for _, _, forms in OVERRIDES for cue in forms})
    texts = [text.lower() for text in _references()] + [f"x{cue}." for cue in cues]
    texts += [a + b[k:] for a in cues for b in cues for k in range(1, min(len(a), len(b))) if a.endswith(b[:k])]
    assert len(texts) > 2000
    for text in texts:
        assert cued_overrides(text) == [rule for rule in OVERRIDES if any(cue in text for cue in rule[2])], text


def test_label_kinds_follow_every_change_to_the_list():
    """fields._has answers ``label in labels`` after each change a rule makes in place, one label or a run of them, and
    for another reference's list, however often the same list was asked about before."""
    labels = ["author", "author", "date", "title", "title", "container", "volume", "pages"]
    assert fields._has(labels, "container") and not fields._has(labels, "genre")
    labels[4] = "genre"  # one word relabelled
    assert fields._has(labels, "genre") and fields._has(labels, "title")
    labels[3:5] = ["editor"] * 2  # a run relabelled
    assert fields._has(labels, "editor") and not fields._has(labels, "genre")
    labels[5:] = ["publisher"]
    assert not fields._has(labels, "container") and not fields._has(labels, "pages")
    other = ["title", "container", "volume"]
    assert fields._has(other, "container") and not fields._has(other, "publisher")
    assert fields._has(labels, "publisher")
    for label in ("author", "date", "editor", "publisher", "title", "genre", "pages"):
        assert fields._has(labels, label) == (label in labels)


def test_legal_grammar_cues_hold_for_every_citation_a_grammar_reads():
    """Each legal grammar is tried only where its cue words are and its text closes as the grammar closes; every text
    a grammar matches passes its cues: the string literals of the test files, every dev reference and each grammar's
    examples (a stop, space or newline after them), and every grammar with a cue matches one of them."""
    import ast
    from pathlib import Path

    texts = set(_references())
    for path in Path(__file__).parent.glob("*.py"):
        texts |= {node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    examples = ["Smith v. Jones, No. 19-cv-1234, 2020 WL 123456, at *3 (S.D.N.Y. Jan. 5, 2020)",
                "Smith v. Jones, No. 19-1234, 2019 U.S. Dist. LEXIS 4521 (D. Mass. Mar. 3, 2019)",
                "Christine Jolls, Cass R. Sunstein & Richard Thaler, A Behavioral Approach, 50 Stan. L. Rev. 1471 (1998)",
                "Jane Doe, Title, 37 Harv. Envtl. L. 583 (1998)", "Jane Doe, Title, 37 J. Consumer Pol'y 583 (2014)",
                "Richard A. Epstein, Title, 1996 U. Chi. Legal F. 207", "Jane Doe, Title, 2004 Sup. Ct. Rev. 89, 91",
                "Jane Doe, Title, 1993 Wis. L. 1021", "Jane Doe, Title, 2001 Mich. St. J. 45",
                "RICHARD A. POSNER, ECONOMIC ANALYSIS OF LAW 25–27 (2014)",
                "Richard A. Posner, Economic Analysis of Law 25 (9th ed. 2014)",
                "Richard A. Posner, Economic Analysis of Law 45 (2019)",
                "Daniel K. Reyes & Priya Menon, Title 14 (Univ. of Chi. Pub. L. Working Paper No. 812, 2022)",
                "Aileen McHarg, 'Title' (2008) 71 MLR 853, 860", "Paul Craig, 'Title' [2005] PL 440",
                "R (Miller) v Secretary of State [2017] UKSC 5, [2018] AC 61 [82]",
                "Donoghue v Stevenson [1932] AC 562 (HL) 580", "Marbury v Madison 5 US 137 (1803)",
                "Council Directive 93/13/EEC on unfair terms [1993] OJ L95/29",
                "Law Commission, Reforming the Law of Taxi and Private Hire Services (Law Com No 347, 2014) para 3.12",
                "Home Office, Title (Cm 9593, 2018)", "HM Treasury, Budget 2020 (HC 121, 2020)",
                "Treaty on the Eurasian Economic Union (adopted 29 May 2014, entered into force 1 January 2015) "
                "(EAEU Treaty) art 19",
                "Statute of the Court of the Eurasian Economic Union, Annex 2 to the EAEU Treaty, paras 39–46",
                "Tarasov v Eurasian Economic Commission, Case No CE-1-2/2-17-AP (EAEU Court, Appeals Chamber, "
                "21 February 2018) para 12"]
    texts |= {example + end for example in examples for end in ("", ".", " ", "\n", ".\n")}
    for kind, pattern, words, last in fields._LEGAL_CITATIONS:
        matched = [text for text in texts if pattern.match(text)]
        assert matched or not (words or last), pattern.pattern
        for text in matched:
            assert not words or any(word in text for word in words), text
            tail = text.rstrip().rstrip(".")[-1:]
            assert not last or (tail == ")" if last == ")" else tail.isdigit()), text


def test_glued_author_date_finds_what_its_letter_first_form_found():
    """_GLUED_AUTHOR_DATE tests the year's bracket ahead before the letter behind (the same assertions at one
    position, in another order): it finds the places the letter-first form found, in every dev reference and in
    glued and spaced brackets after letters, stops, capitals and digits of several scripts."""
    year = r"(?:1[5-9]|20)\d\d"
    letter_first = re.compile(rf"(?:(?<=[^\W\d_])(?<![A-Z])|(?<=[^\W\d_]\.))(?=\({year}[a-z]?\)[.,:]?(?: |$))")
    heads = ["李涛", "Smith, J.", "Smith, J. ", "JOIN", "Иванов И.И.", "Müller", "p. 5", "Ltd.", "ü.", "É", "x_"]
    tails = ["(2009). Title", "(2010a), 5", "(1999):", "(2021)", "(2021)x", "(2021b).", "(1499). T", "( 2009)"]
    texts = _references() + [head + tail for head in heads for tail in tails]
    found = 0
    for text in texts:
        spans = [m.span() for m in letter_first.finditer(text)]
        assert [m.span() for m in fields._GLUED_AUTHOR_DATE.finditer(text)] == spans, text
        found += bool(spans)
    assert found > 20


@pytest.mark.parametrize("pattern, lookbehind_first, examples", [
    (fields._DOTTED_NAME, r"(?<![\w.])[A-Z][a-z]+(?:\.[A-Z][a-z]+){2,}(?!\w)",
     ["Russie.Nei.Visions", "Ifri, Russie.Nei.Reports, no. 5", "x.Russie.Nei.Visions", "aRussie.Nei.Visions",
      "(Russie.Nei.Visions)", "J.Am.Chem.Soc."]),
    (fields._ADDRESS_CUE, r"\b(?:M[rs]|Mrs|Miss|Dr|Sir|Herr|Frau|Mme|Mlle|Monsieur|Madame)\b",
     ["Interview with Mr. Putin", "Mrs Dalloway", "Miss Marple", "Dr. Who", "Sir John", "Herr K.", "Frau M.",
      "Mme Curie", "Mlle X", "Monsieur Y", "Madame Z", "Ms Smith", "DMrs", "Mrsx", "AMiss", "Drs.", "Sirs"]),
    (fields._NUMBER_GLUED_TO_YEAR, rf"(?<!\S)(\( ?{fields._YEAR} ?\))(?=[A-Z]?\d|arXiv)",
     ["Phys. Rev. D 88 (2013)054012", "( 1998)231 -250", "P9_TA(2020)0231", "10.1000/x(2008)134",
      "(2013)L05", "Rev. (2013 )5", "a (2013)x"]),
    (fields._SHORT_NUMBER, r"(?<![\d.])\d{1,2}(?![\d.])",
     ["12.03.2020", "5 May", "on 12 and 7,", "2020", "1.5", "v. 3.", "9", "99a"]),
    (entries._PLACE_PUBLISHER, r"(?<![.!?] )\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\s?:\s?" + entries._PUBLISHER_NAME
     + r"[,;]\s*(?:1[5-9]|20)\d\d",
     ["Title. London: Penguin, 2001.", "Title, New York : W. W. Norton; 1999", "x London: Penguin, 2001",
      "aLondon: Penguin, 2001", "Title? London: Penguin, 2001", "Title.London: Penguin, 2001"]),
    (outlets._INITIAL, r"(?<![.\w])[A-ZА-Я]\.\s", ["J. Herald", "U.S. News", "А. Иванов", "xJ. y", "(J. Herald)"]),
])
def test_capital_or_digit_first_patterns_find_what_their_lookbehind_first_forms_found(pattern, lookbehind_first,
                                                                                       examples):
    """Each pattern opens with the character class its matches start with and tests what stands before behind it
    (a search then skips to that class instead of trying the lookbehind at every position): it finds the same
    matches as its lookbehind-first form in every dev reference and in examples at the edges of its assertions."""
    old = re.compile(lookbehind_first)
    found = 0
    for text in _references() + examples:
        matches = [(m.span(), m.groups()) for m in old.finditer(text)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == matches, text
        assert bool(pattern.fullmatch(text)) == bool(old.fullmatch(text)), text
        found += bool(matches)
    assert found >= 3


def test_named_opcit_cue_holds_for_every_pointer_the_pattern_reads():
    """fields._may_name_opcit is asked before _NAMED_OPCIT's fullmatch: every text the pattern reads holds one of its
    words, in any case the case-blind pattern takes (a dotless or dotted capital I in "cit" among them), on every dev
    reference and on each pointer form."""
    forms = ["Op. cit.", "op. cit.,", "Opcit", "loc. cit.", "Указ. соч.", "указ.соч.", "a.g.e.", "a. g. k.", "supra",
             "op. cıt.", "op. cİt.", "(op. cit.)"]
    heads = ["Kotkin S.", "Kotkin,", "Фёдорова Т. Н.", "Smith, Title of the work,", "Yılmaz"]
    tails = ["", " 62.", " P. 62.", " С. 112.", " Т. 2. С. 5.", ", pp. 4–5.", ", at 45.", ", vol. 2, p. 7."]
    texts = _references() + [f"{head} {variant}{tail}" for head in heads for form in forms
                             for variant in _variants(form) | {form.swapcase()} for tail in tails]
    read = [text for text in texts if fields._NAMED_OPCIT.fullmatch(text)]
    assert len(read) > 300
    for text in read:
        assert fields._may_name_opcit(text), text


def test_cues_before_rarely_matching_scans_hold_for_every_match():
    """Each scan that seldom finds anything is asked only where a cheap test finds what each of its matches holds:
    on every dev reference (and each of its words) and on examples of every form, whatever the pattern reads, the
    test lets it through (so the output is what the scan alone gave)."""
    texts = _references()
    words = sorted({word for text in texts for word in text.split()})
    # the Cyrillic year's mark after a number (fields._may_mark_year)
    marked = [f"Материалы конф., {head} 2021 {mark}. С. 5" for head in ("", "Київ,") for mark in "гржй"] \
        + ["Сб. ст. Алматы, 12 апр. 2019 ж. – 45 б.", "Toshkent, 2020 й. 3-6 b."]
    read = [text for text in texts + marked if fields._YEAR_MARK_AFTER_NUMBER.search(text)]
    assert len(read) >= 10 and all(fields._may_mark_year(text) for text in read)
    # a name joined by stops (fields._STOP_BEFORE_CAPITALISED before _DOTTED_NAME)
    dotted = ["Ifri, Russie.Nei.Visions, no. 5", "(Russie.Nei.Reports)", "Asie.Visions 12", "Russie.Ne.Vi", "Ab.Cd.Ef."]
    read = [text for text in texts + dotted if fields._DOTTED_NAME.search(text)]
    assert len(read) >= 4 and all(fields._STOP_BEFORE_CAPITALISED.search(text) for text in read)
    # a foreign "and" between names (names._FOREIGN_AND_WORDS before _FOREIGN_AND)
    joined = [f"Boratav, K.{space}{word}{space}Yeldan, E." for word in names._FOREIGN_ANDS
              for space in (" ", "  ", "\t", "\u00a0", " \n")]
    read = [text for text in texts + joined if names._FOREIGN_AND.search(text)]
    assert len(read) >= len(joined) and all(not names._FOREIGN_AND_WORDS.isdisjoint(text.split()) for text in read)
    # a volume glued to the journal's name (fields._ends_in_digit before _VOLUME_CLOSING)
    journals = ["Phys. Rev. Lett.90", "Phys. Rev. C62 (", "Nucl. Phys. B214,", "Phys .Rev .B95 ", "J. Chem. Phys.123\n",
                "Phys. Lett. B462 ,", "Astrophys. Jour.700  (", "Phys. Rev. D92 \n", "Mon. Not. R. Astron. Soc.441 ,\n"]
    read = [text for text in texts + journals if fields._VOLUME_CLOSING.search(text)]
    assert len(read) >= len(journals) and all(fields._ends_in_digit(text) for text in read)
    # a stop that lost its space, in one word (fields._GLUE_CUE before _GLUED_STOP in _unglue)
    glued = ["Lagos.Environmental", "(2008).Global", "[Title].Almaty", "Energiewende.”German", "Management,35(2)",
             "2018,no.", "O.V.[Title]", "Петров П.П.Интеграция", "Publ.,2019", "term,Phys", "crescendo',Phys",
             'method,"Phys', "Nguyen,“Title,”in", "2009,ApJ", "ApJ,590,L75", "102-183,arXiv:"]
    read = [word for word in words + glued if fields._GLUED_STOP.sub(" ", word) != word]
    assert len(read) >= len(glued) and all(fields._unglue(word) == fields._GLUED_STOP.sub(" ", word) for word in read
                                           if "/" not in word and "," not in word)
    assert all(fields._GLUE_CUE.search(word) for word in read)


def test_end_anchored_and_colon_cues_let_every_match_through():
    """Patterns that close the text (or follow a colon) are asked only where its end (or a colon before a capital)
    allows them: a Bluebook book's bracketed year is searched in the last ten characters, a glued imprint after a
    colon before a capital, an outlet's edition where the name ends in its bracket, a spelled legal form where the
    name ends in one; each reads what the pattern alone read, on every dev reference and examples of each form."""
    texts = _references()
    closing = [f"Note, Title, 134 Harv. L. Rev. 1578 ({year}){end}" for year in (1600, 1999, 2024)
               for end in ("", ".", "\n", ".\n", ". ", ")")]
    for text in texts + closing:
        assert bool(fields._closes_on_bracketed_year(text)) == bool(fields._PAGE_THEN_BRACKETED_YEAR.search(text)), text
    assert sum(bool(fields._closes_on_bracketed_year(text)) for text in closing) == 12
    imprints = ["Hoboken, NJ, USA:Wiley, 2019.", "Melbourne, VIC, Australia:OTexts", "x, Cham:Springer"]
    read = [text for text in texts + imprints if fields._GLUED_IMPRINT.search(text)]
    assert len(read) >= 3 and all(fields._COLON_BEFORE_CAPITAL.search(text) for text in read)
    for outlet in ("Deutsche Welle", "Financial Times", "Al Jazeera", "Kyiv Independent"):
        for edition in ("(Russian Service)", "(online)", "(Online Edition)", "(Web version)"):
            for end in ("", ".", ",", " :", " ."):
                assert outlets.is_outlet(f"{outlet} {edition}{end}"), (outlet, edition, end)
    for name in ("Robert Bosch GmbH", "BP p.l.c.", "Eni S.p.A.", "Nokia Oyj", "Unilever plc", "Ferrari SpA.",
                 "Siemens Healthineers GmbH.", "Eni S.p.A.\n"):
        assert names.parse_names(name) == [{"literal": names.body_name(name.strip())}], name


def test_ascii_and_colon_gates_skip_only_texts_the_scans_cannot_match():
    """A Cyrillic scan is skipped on an ASCII string (a flag the string carries): no character CYRILLIC matches is
    ASCII. _YEAR_NUMBERED_IN_BRACKETS is run only on a text with a colon: every report number it reads holds one."""
    assert not any(fields.CYRILLIC.match(chr(code)) for code in range(128))
    assert all(fields.CYRILLIC.match(ch) for ch in "АЯЁаяёІЇЄҐіїєґЎўҚқҢңӘә")
    numbers = ["Title (NOU 2016: 3).", "Title (SOU 2019:45)", "Report (Ds 2014 : 1), Stockholm", "x (ABCDE 1999 :7)"]
    read = [text for text in _references() + numbers if fields._YEAR_NUMBERED_IN_BRACKETS.search(text)]
    assert len(read) >= len(numbers) and all(":" in text for text in read)

"""Finding reference lists and notes, cutting them into entries, and telling works from pointers."""

import re
from pathlib import Path

import pytest

from cslbridge.parse import find_entries
from cslbridge.parse.entries import (
    COMMENTARY, POINTER, REFERENCE, classify, clean, find_sections, heading_kind, numbering,
    join_lines, layout_breaks, list_entry_kind, segments, short_form_readings, split_entries, strip_cue, targets,
)
from cslbridge.parse.fields import parse_reference
from cslbridge.parse.page import is_chrome

from seeds import seed_text

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "fixtures" / "pages"



# --- headings and numbering ----------------------------------------------------

@pytest.mark.parametrize("line,kind", [
    ("References", "references"), ("REFERENCES:", "references"), ("7. References", "references"),
    ("Список литературы", "references"), ("Литература", "references"), ("Источники", "references"),
    ("Bibliography", "references"), ("Works Cited", "references"), ("Notes", "notes"),
    ("Endnotes", "notes"), ("Примечания", "notes"), ("References (42)", "references"),
    ("Литература / References", "references"), ("## References", "references"),
    ("Notas", "notes"), ("Notas de rodapé", "notes"), ("Referências", "references"),
    ("Referencias bibliográficas", "references"), ("Literatura citada", "references"),
])
def test_headings_are_recognised(line, kind):
    assert heading_kind(line) == kind


def test_spanish_notes_before_the_references_are_found():
    text = (
        "Conclusiones\nLos negocios sobreviven más con la familia extensa.\n\nNotas\n"
        "1 De acuerdo con el Censo 2020, 53 mil oaxaqueños residían en Estados Unidos.\n"
        "2 Véase también Papail y Arroyo (2004) para el caso de Jalisco.\n\nReferencias\n"
        "Durand, J. (1994). Más allá de la línea. Consejo Nacional para la Cultura y las Artes.\n"
        "Lindstrom, D. P. (1996). Economic opportunity in Mexico. Demography, 33(3), 357-374.\n"
    )
    entries, _, _ = find_entries(text)
    assert [(e.section, e.number) for e in entries] == [("notes", 1), ("notes", 2), ("references", None),
                                                        ("references", None)]


def test_a_pdf_page_break_inside_an_entry_is_left_out():
    text = (
        "ЭКОНОМИКА РЕГИОНА Т. 17, вып. 3 (2021)\nА. В. Кузнецова, Р. Т. Ахметов\nВведение\nТекст статьи.\n\n"
        "Список литературы\n"
        "1. Зубаревич Н. В. Регионы России: неравенство,\nкризис, модернизация. М., 2010. 160 с.\n"
        "2. Лавровский Б. Л., Горюшкина Е. А. Межбюд-\nжетные трансферты и экономический рост\n"
        "1016\nЭКОНОМИКА РЕГИОНА Т. 17, вып. 3 (2021)\nА. В. Кузнецова, Р. Т. Ахметов\n"
        "регионов // Пространственная экономика. 2020.\nТ. 16, № 2. С. 46–67.\n"
        "3. Oates W. E. Fiscal Federalism. New York, 1972.\n"
    )
    entries, _, _ = find_entries(text)
    assert [clean(e.text) for e in entries][1] == (
        "Лавровский Б. Л., Горюшкина Е. А. Межбюджетные трансферты и экономический рост регионов "
        "// Пространственная экономика. 2020. Т. 16, № 2. С. 46–67.")
    assert len(entries) == 3


@pytest.mark.parametrize("text,kind", [
    ("De acuerdo con el Censo de Población y Vivienda 2020, 53 mil personas nacidas en Oaxaca residían en "
     "Estados Unidos cinco años antes.", COMMENTARY),
    ("Segundo os dados do censo de 2010, a maioria dos migrantes voltou para a cidade onde nasceu e "
     "abriu um pequeno comércio.", COMMENTARY),
    ("Entrevista con un comerciante retornado, San Pedro Pochutla, 9 de marzo de 2019.", REFERENCE),
    ("Canales, A. I. y Meza, S. (2018). Tendencias y patrones de la migración de retorno en México. "
     "Migración y Desarrollo, 16(30), 123-155.", REFERENCE),
    ("Durand, J. (1994). Más allá de la línea. Patrones migratorios entre México y Estados Unidos. "
     "Consejo Nacional para la Cultura y las Artes.", REFERENCE),
])
def test_spanish_and_portuguese_notes(text, kind):
    assert classify(text) == kind


@pytest.mark.parametrize("text,kind", [
    ("Les transferts des migrants ouzbeks depuis la Russie ont atteint 16,9 milliards de dollars en 2022, soit "
     "près de 21 % du PIB, contre 8,1 milliards en 2021, selon la Banque centrale de la République d’Ouzbékistan.",
     COMMENTARY),
    ("Abdulaziz Kamilov a quitté le ministère des Affaires étrangères le 5 juillet 2022 ; l’intérim a été assuré "
     "par son premier adjoint, Vladimir Norov.", COMMENTARY),
    ("Peyrouse, Sébastien. 2016. « Les diasporas centrasiatiques en Russie : entre migration de travail et enjeux "
     "identitaires ». Revue d’études comparatives Est-Ouest 47 (3) : 103-134.", REFERENCE),
    ("Entretien des auteurs avec un économiste de l’Institut de recherches macroéconomiques et régionales, "
     "Tachkent, 12 octobre 2022.", REFERENCE),
    ("Marat Chaïkhoutdinov, « Le Kazakhstan et l’OTSC : les leçons de janvier », Le Courrier d’Asie centrale, "
     "18 janvier 2022.", REFERENCE),
])
def test_french_notes(text, kind):
    """French prose notes (a figure and its source, who left office when) are the author's comment, read by
    French function words as the Spanish and Portuguese ones are; French works stay works."""
    assert classify(text) == kind


def test_author_date_works_after_see_inside_a_note_are_its_targets():
    text = ("On the émigré economists see Raeff 1990, ch. 4; and, for a different view, "
            "Libman and Vinokurov 2012, 18–25.")
    assert targets(text) == ["Raeff (1990)", "Libman and Vinokurov (2012)"]
    assert classify(text) == POINTER
    assert targets("In 2010 the customs union was formed; see the debates of that year.") == []


@pytest.mark.parametrize("history", [
    "Recibido: 14 de agosto de 2020; Aprobado: 22 de febrero de 2021",
    "Received: 3 March 2021 / Accepted: 9 June 2021",
    "Дата поступления рукописи: 14.09.2020.",
])
def test_the_article_history_after_a_list_ends_it(history):
    text = (
        "References\n"
        "Durand, J. (1994). Más allá de la línea. Consejo Nacional para la Cultura y las Artes.\n"
        "Lindstrom, D. P. (1996). Economic opportunity in Mexico. Demography, 33(3), 357-374.\n"
        f"{history}\n"
    )
    entries, _, _ = find_entries(text)
    assert [e.text[:10] for e in entries] == ["Durand, J.", "Lindstrom,"]


def test_notes_numbered_after_an_unnumbered_bibliography_are_a_list_of_their_own():
    # A Word document saved as a web page: its footnotes follow the bibliography with no heading.
    text = (
        "Bibliography\n\n"
        "Alatas, Vivi, and Julia Tobias. 2012. “Targeting the Poor.” American Economic Review 102 (4): 1206–40.\n\n"
        "Noori, Neema. 2006. “Delegating Coercion.” PhD diss., Columbia University.\n\n"
        "[1] PhD candidate, University of Oslo. I thank Timur Dadabaev for comments on an earlier draft.\n\n"
        "[2] See also Noori (2006), 88–114.\n\n"
        "[3] Ibid., 142.\n"
    )
    entries, _, _ = find_entries(text)
    assert [(e.section, e.number) for e in entries] == [
        ("references", None), ("references", None), ("notes", 1), ("notes", 2), ("notes", 3)]


def test_the_pages_keywords_and_citation_lines_end_the_list():
    # Frontiers prints the article's keywords and its own citation right after the references.
    text = (
        "References\n\n"
        "Deininger, K. (2003). Land Policies for Growth and Poverty Reduction. Washington, DC: World Bank.\n\n"
        "Greene, W. (2005). Reconsidering heterogeneity in panel data estimators. J. Econom. 126, 269–303.\n\n"
        "Keywords: land reform, farm cooperatives, Kazakhstan\n\n"
        "Citation: Abdrakhmanova G, Wójcik T and Sarsenov E (2023) Farm cooperatives and land-use efficiency. "
        "Front. Sustain. Food Syst. 7:1098765. doi: 10.3389/fsufs.2023.1098765\n\n"
        "Received: 02 November 2022; Accepted: 20 February 2023;\n"
    )
    entries, _, _ = find_entries(text)
    assert [e.text[:10] for e in entries] == ["Deininger,", "Greene, W."]


@pytest.mark.parametrize("line", [
    "References to the CSTO in the Russian press grew after 2008.",
    "Notes on the transliteration used in this article and its sources",
    "Download references",
])
def test_sentences_mentioning_references_are_not_headings(line):
    assert heading_kind(line) is None


@pytest.mark.parametrize("line,number,style", [
    ("  1. Zverev R. [Title]. Journal, 2018.", 1, "dot"),
    ("[12] Barro, R. J. (1992). Convergence.", 12, "br"),
    ("3) Lee SY. Frailty. Ann Surg. 2020;271:283-9.", 3, "par"),
    ("13 See also Flikke (2009).", 13, "bare"),
    ("(4) Smith J. Title. 2001.", 4, "pp"),
])
def test_numbering_styles(line, number, style):
    found = numbering(line)
    assert found[:2] == (number, style)


@pytest.mark.parametrize("line", ["2014, 563 p.", "1995 was a turning point", "2.5 million troops", "12",
                                  "2014 563 p.", "640 p."])
def test_years_and_amounts_are_not_entry_numbers(line):
    assert numbering(line) is None


# --- cleaning ------------------------------------------------------------------

def test_clean_removes_scraping_artefacts():
    assert clean("See also Flikke (Citation2009).") == "See also Flikke (2009)."
    assert clean("(Nikitina Citation2009, pp. 45–7)") == "(Nikitina 2009, pp. 45–7)"
    text = "Smith J. Title. Journal, 2016, no. 3, pp. 17–21. URL: Link (In Russ.)"
    assert clean(text) == "Smith J. Title. Journal, 2016, no. 3, pp. 17–21. (In Russ.)"
    assert clean("Krugman, P. (1991). Geography and trade. MIT Press.\n  Article  Google Scholar") \
        == "Krugman, P. (1991). Geography and trade. MIT Press."
    assert clean("German, T. 2012. Corridor. Review 6 (2): 51–64. [CrossRef], [Google Scholar]").endswith("51–64.")
    assert clean("Ito, K. 2019. Ports. J. Geogr. 5: 1–9.\nGoogle Scholar\nCrossref\nSearch ADS\nWorldCat") \
        == "Ito, K. 2019. Ports. J. Geogr. 5: 1–9."
    assert clean("M. Lee. Ports. J. Transp. Geogr., 12 (2019), pp. 1-9 View PDF View article View in Scopus Google Scholar") \
        == "M. Lee. Ports. J. Transp. Geogr., 12 (2019), pp. 1-9"
    # J-STAGE's labels copied as text: Japan's own look-up services beside Google Scholar
    assert clean("Uyama Tomohiko. 2018. Gendai Chūō Ajia. Tokyo: Nihon Hyōronsha.\nCiNii Research\nGoogle Scholar\nJ-GLOBAL") \
        == "Uyama Tomohiko. 2018. Gendai Chūō Ajia. Tokyo: Nihon Hyōronsha."


def test_clean_removes_footnote_back_links():
    assert clean("^ Smith 2001, p. 5.") == "Smith 2001, p. 5."
    assert clean("^ a b Jones, K. (2003). Ports. Routledge.") == "Jones, K. (2003). Ports. Routledge."
    assert clean("Smith, J. (2001). Trade. Routledge. ↩︎") == "Smith, J. (2001). Trade. Routledge."


def test_clean_keeps_words_that_only_look_like_artefacts():
    text = "Dunn, A. (2004). The missing link: Article 5 and collective defence. Survival, 46(1), 7–19."
    assert clean(text) == text


# --- classifying segments ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "See also Flikke (2009).",
    "Ibid.",
    "Ibid., p. 52.",
    "Там же. С. 45.",
    "Kotkin, op. cit., 60.",
    "See, for example, in Tajikistan, Jane’s Intelligence Review (2012).",
    "For more information see Kazantsev (2008), Nikitina (2009).",
    "Cf. Mankoff (2009, 115).",
    "The rapid reaction force comprises about 4,000 troops (Yurgens 2011).",
    "Smith 2001, 45.",
    "Hill and Gaddy 2013: 112–14.",
    "Kotkin, Armageddon Averted, 52.",
])
def test_pointers(text):
    assert classify(text) == POINTER


@pytest.mark.parametrize("text, target", [
    ("Cornell, S. E., op. cit., p. 118.", "Cornell"),
    ("Olcott, Central Asia’s Second Chance, op. cit., 87.", "Olcott"),
    ("Laruelle (op. cit.), 41.", "Laruelle"),
    ("Martha Brill Olcott, loc. cit.", "Martha Brill Olcott"),
])
def test_op_cit_with_a_name_names_its_target(text, target):
    assert classify(text) == POINTER
    assert targets(text) == [target]


@pytest.mark.parametrize("text", [
    "CSTO peacekeepers could be used outside the CSTO region but only in peacekeeping and not peace enforcement operations.",
    "The archive was closed to foreign researchers between 1998 and 2004, which explains the gap in the sources used here.",
])
def test_commentary(text):
    assert classify(text) == COMMENTARY


@pytest.mark.parametrize("text", [
    "Author’s interview with an anonymous expert, Moscow, 13 August 2012.",
    "Interview with Sergey Utkin, Head of Department of Strategic Assessment, RAS, Moscow, 10 September 2013.",
    "Author’s interview with an anonymous official, Ministry of Foreign Affairs, Moscow.",
    "‘Stenogramma zasedaniya Gosudarstvennoi Dumy’, 7 October 2011, available at: http://transcript.duma.gov.ru/node/1/, accessed 10 September 2013.",
    "See ‘Ustav Organizatsii’, Article 12, Charter, 15 May 1992, available at: http://example.org/ustav.htm, accessed 15 September 2013.",
    "European Commission. (2017). My region, my Europe, our future: Seventh report on economic, social and territorial cohesion. Publications Office.",
    "Gleason, G. (2001). Inter-state cooperation in Central Asia. Europe-Asia Studies, 53(7), 1077–1095.",
    "Nordic Council of Ministers. Healthy ageing in the Nordic countries. Copenhagen: Nordic Council of Ministers; 2019.",
    "Абрамова М.А. Цифровизация банковского сектора // Финансы и кредит. 2019. Т. 25, № 7. С. 1512–1530.",
    "Lukin A.V. Povorot k Azii [Turning to Asia]. Moscow, Ves' Mir Publ., 2014, 640 p.",
])
def test_references(text):
    assert classify(text) == REFERENCE


def test_targets_are_author_year_pairs():
    assert targets("See also Putin (2011), Dragneva and Wolczuk (2013).") == [
        "Putin (2011)", "Dragneva and Wolczuk (2013)"]
    assert targets("not all states were interested (Nikitina 2009, pp. 45–7).") == ["Nikitina (2009)"]
    assert targets("as argued before (Smith and Jones 2001; Brown et al. 2003a)") == [
        "Smith and Jones (2001)", "Brown et al. (2003a)"]
    assert targets("See also Vysotskaya Guedes Vieira (2014, p. 108).") == ["Vysotskaya Guedes Vieira (2014)"]
    assert targets("Hill and Gaddy 2013: 112–14.") == ["Hill and Gaddy (2013)"]
    assert targets("Kotkin, Armageddon Averted, 52.") == ["Kotkin"]


def test_strip_cue_leaves_the_work():
    assert strip_cue("See ‘Ustav’, Charter, 1992.") == "‘Ustav’, Charter, 1992."
    assert strip_cue("See also Rules of Procedure of 2004, available at: http://x.org") \
        == "Rules of Procedure of 2004, available at: http://x.org"
    assert strip_cue("Smith J. Title. 2001.") == "Smith J. Title. 2001."


# --- cutting notes into segments -------------------------------------------------

def test_semicolons_split_only_between_works():
    note = ("‘Polozhenie o poryadke konsultatsii’, 28 March 1997; ‘Poryadok koordinatsii vneshnei politiki’, "
            "28 November 2001; ‘Polozhenie o mekhanizme’, 19 November 2003.")
    assert segments(note) == [
        "‘Polozhenie o poryadke konsultatsii’, 28 March 1997",
        "‘Poryadok koordinatsii vneshnei politiki’, 28 November 2001",
        "‘Polozhenie o mekhanizme’, 19 November 2003.",
    ]
    vancouver = "Hansen M, Olsen T. Early mobilisation after surgery. BMJ Open. 2018;8(4):e020112."
    assert segments(vancouver) == [vancouver]
    inside = "The force was used twice (Nikitina 2009; Yurgens 2011) in the region."
    assert segments(inside) == [inside]


def test_a_quoted_titles_own_semicolon_cuts_nothing():
    # the IMF's title had been cut at its ';', the rest of the report ('Staff Report’, IMF Country Report No. ...') lost
    # to note; an apostrophe inside a word closes no quote, and works after the title are still cut apart
    imf = ("International Monetary Fund, ‘Republic of Tajikistan: 2023 Article IV Consultation—Press Release; Staff "
           "Report’, IMF Country Report No. 23/124, Washington, DC, March 2023, available at: https://www.imf.org/en/"
           "Publications/CR/Issues/2023/03/30/Republic-of-Tajikistan-531245, accessed 5 May 2023.")
    assert segments(imf) == [imf]
    two = ("‘Kazakhstan’s Nuclear Choice; a Second Look’, Kursiv, 14 June 2025; Aigerim Seisembayeva, ‘Ulken Village "
           "Chosen’, The Astana Times, 15 October 2024.")
    assert segments(two) == ["‘Kazakhstan’s Nuclear Choice; a Second Look’, Kursiv, 14 June 2025",
                             "Aigerim Seisembayeva, ‘Ulken Village Chosen’, The Astana Times, 15 October 2024."]
    unclosed = "‘Polozhenie o poryadke, 28 March 1997; ‘Poryadok koordinatsii’, 28 November 2001."
    assert segments(unclosed) == ["‘Polozhenie o poryadke, 28 March 1997", "‘Poryadok koordinatsii’, 28 November 2001."]
    item = parse_reference(imf)
    assert (item["type"], item["title"], item["genre"], item["number"]) == (
        "report", "Republic of Tajikistan: 2023 Article IV Consultation—Press Release; Staff Report",
        "IMF Country Report", "23/124")


def test_pointer_after_a_work_is_its_own_segment():
    note = ("‘President Medvedev’s Interview with BBC Television, Sochi, 26 August 2008’, available at: "
            "http://en.kremlin.ru/events/president/transcripts/1228, accessed 16 September 2016. "
            "See also Allison (2009), Kropatcheva (2009).")
    parts = segments(note)
    assert len(parts) == 2
    assert parts[1] == "See also Allison (2009), Kropatcheva (2009)."
    assert [classify(p) for p in parts] == [REFERENCE, POINTER]


def test_work_after_a_pointer_and_semicolon_is_its_own_segment():
    note = ("See, for example, Petrov, “Customs Union Politics”; and Marina Ilyina, “Trade Rules and "
            "Border Regimes in Eurasia,” Post-Soviet Affairs 30, no. 4 (2014): 301–22.")
    parts = segments(note)
    assert parts == ["See, for example, Petrov, “Customs Union Politics”",
                     "and Marina Ilyina, “Trade Rules and Border Regimes in Eurasia,” Post-Soviet Affairs 30, "
                     "no. 4 (2014): 301–22."]
    assert [classify(p) for p in parts] == [POINTER, REFERENCE]
    assert targets(parts[0]) == ["Petrov"]
    assert strip_cue(parts[1]).startswith("Marina Ilyina, “Trade")
    # two short forms after one cue stay one pointer
    both = "See Petrov, “Customs Union Politics”; and Ilyina, “Trade Rules,” 305."
    assert segments(both) == [both]


def test_topic_cue_and_two_works_in_one_note():
    # "On X, see A; and B": the cue names a topic; both works are items of their own
    note = ("On collectivisation, see Anna Petrova, Villages in Revolt (Ithaca: Cornell University Press, 2009); "
            "and Mark Ellis, The Grain Front (London: Routledge, 2014).")
    parts = segments(note)
    assert len(parts) == 2 and [classify(p) for p in parts] == [REFERENCE, REFERENCE]
    assert strip_cue(parts[0]).startswith("Anna Petrova") and strip_cue(parts[1]).startswith("Mark Ellis")


def test_note_of_short_forms_is_one_pointer_to_each_work():
    note = "Petrova, “Villages in Revolt,” 88; Ellis, Grain Front, 102–4."
    assert classify(note) == POINTER
    assert targets(note) == ["Petrova", "Ellis"]
    # a full work after a short form is not a note of short forms
    assert classify("Petrova, Villages, 88; Mark Ellis, The Grain Front (London: Routledge, 2014).") != POINTER


def test_a_pointer_then_a_book_named_by_its_editor_are_two_segments():
    # a single editor's '(ed.)' between the name and its comma had hidden the work: the note stayed one pointer, and
    # parsed alone 'Ibid' became an author and 'p. 7' the book's page
    note = "Ibid., p. 7; Stephen Blank (ed.), Russia in the Arctic (Carlisle, PA, Strategic Studies Institute, 2011), p. 9."
    parts = segments(note)
    assert parts == ["Ibid., p. 7", note[len("Ibid., p. 7; "):]]
    assert [classify(p) for p in parts] == [POINTER, REFERENCE]
    item = parse_reference(note)
    assert (item["editor"], item["title"], item["page"], item["note"]) == (
        [{"family": "Blank", "given": "Stephen"}], "Russia in the Arctic", "9", "Ibid., p. 7")
    assert "author" not in item


def test_commentary_before_a_work_is_its_own_segment():
    note = ("Some media outlets reported that the leader had promised to recognise these states. "
            "However, he never fulfilled this promise. ‘Stenogrammu s zayavleniem mogut opublikovat’’, "
            "Golos Rossii, 18 August 2010, available at: http://rus.ruvr.ru/2010/08/18/16271388/, accessed 18 November 2013.")
    parts = segments(note)
    assert [classify(p) for p in parts] == [COMMENTARY, REFERENCE]
    assert parts[1].startswith("‘Stenogrammu")


@pytest.mark.parametrize("text", [
    "Lukin A.V. Povorot k Azii. Rossiiskaya vneshnyaya politika [Turning to Asia]. Moscow, Ves' Mir Publ., 2014, 640 p.",
    "‘Gosudarstva-chleny ODKB zainteresovany v prisutstvii koalitsii v Afganistane—N. Borduzha’, Interfax, 10 April 2007, available at: http://www.interfax.by/node/1022825, accessed 5 August 2013.",
    "‘Ugrozy, vyzovy, arkhitektura evropeiskoi bezopasnosti. Obmen mneniyami’, Mezhdunarodnaya Zhizn’, 4, p. 122.",
    "Delegation of the Russian Federation. Statement by Mr Anvar Azimov, Permanent Representative, 17 June 2010, PC.DEL/582/10, available at: http://www.osce.org/pc/68724, accessed 12 September 2013.",
])
def test_single_works_are_not_cut(text):
    assert segments(text) == [text]


# --- sections and entries ---------------------------------------------------------

def test_numbered_list_with_wrapped_entries_and_chrome():
    text = (PAGES / "springer_brackets.txt").read_text(encoding="utf-8")
    entries, header_end, footer_start = find_entries(text)
    assert [e.number for e in entries] == [1, 2, 3, 4, 5, 6]
    assert entries[1].text.startswith("Autor, D. H., Dorn, D., & Hanson, G. H. (2013). The China syndrome: Local labor market")
    assert "Google Scholar" not in clean(entries[0].text)
    assert clean(entries[5].text).endswith("Publications Office of the European Union.")
    assert header_end is not None and footer_start is not None


def test_hanging_indent_list_under_a_heading():
    text = (PAGES / "apa_hanging.txt").read_text(encoding="utf-8")
    entries, _, _ = find_entries(text)
    assert [e.text.split(",")[0] for e in entries] == ["Acemoglu", "Allison", "Cooley", "Gleason", "Weitz"]
    assert entries[0].text.endswith("91(5), 1369–1401.")


def test_one_reference_per_line_without_heading():
    text = (PAGES / "one_per_line.txt").read_text(encoding="utf-8")
    entries, _, _ = find_entries(text)
    assert len(entries) == 4
    assert [e.line for e in entries] == [1, 2, 3, 4]


def test_unfinished_lines_are_joined():
    lines = [
        "Smith, J. (2015). Monetary policy in small",
        "open economies. Journal of Money, 52, 1–20.",
        "Novak, P. (2019). The political economy of the Baltic states. Routledge.",
    ]
    entries = split_entries(lines, 0, len(lines))
    assert [e.text for e in entries] == [
        "Smith, J. (2015). Monetary policy in small open economies. Journal of Money, 52, 1–20.",
        lines[2],
    ]


def test_blank_separated_paragraphs_are_entries():
    lines = ["Smith, J. (2015). Monetary policy", "in small open economies. Routledge.", "",
             "Novak, P. (2019). The Baltic states. Routledge.", ""]
    entries = split_entries(lines, 0, len(lines))
    assert [e.text for e in entries] == [
        "Smith, J. (2015). Monetary policy in small open economies. Routledge.",
        "Novak, P. (2019). The Baltic states. Routledge.",
    ]


def test_hyphenated_line_breaks_are_undone():
    lines = ["1. Smith J. The transla-", "   tion of economic terms. Moscow, Nauka Publ., 2001, 200 p."]
    entries = split_entries(lines, 0, len(lines))
    assert entries[0].text == "Smith J. The translation of economic terms. Moscow, Nauka Publ., 2001, 200 p."


def test_cyrillic_gost_list_under_its_heading():
    text = (PAGES / "gost_cyrillic.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    sections = find_sections(lines, is_chrome)
    assert [(s.kind, s.heading) for s in sections] == [("references", "Список литературы")]
    entries, _, _ = find_entries(text)
    assert [e.number for e in entries] == [1, 2, 3, 4, 5]
    assert entries[3].text.endswith("// Деньги и кредит. 2020. Т. 79, № 2. С. 33–49.")
    assert not any("Для цитирования" in e.text for e in entries)


def test_numbered_run_without_heading_is_found_among_page_text():
    lines = [
        "Home", "Some Journal", "", "A title of an article about trade", "",
        "1. Smith J. Trade. Moscow, Nauka Publ., 2001, 200 p.",
        "2. Jones K. [Tariffs]. Voprosy Ekonomiki, 2010, no. 3, pp. 5–9. (In Russ.)",
        "3. Brown A. Customs unions. London, Routledge, 2015, 300 p.",
        "", "View all articles of issue",
    ]
    sections = find_sections(lines, is_chrome)
    assert len(sections) == 1 and sections[0].start == 5
    entries = split_entries(lines, sections[0].start, sections[0].end)
    assert [e.number for e in entries] == [1, 2, 3]


def test_numbered_prose_is_not_a_reference_list():
    lines = ["1. Open the file in your editor and check the settings.",
             "2. Save the file and close the window before you continue.",
             "3. Restart the program so that the changes take effect."]
    assert find_sections(lines, is_chrome) == []


def test_page_order_of_notes_then_references():
    text = (PAGES / "tandf_notes.html").read_text(encoding="utf-8")
    entries, _, _ = find_entries(text)
    assert [(e.section, e.number) for e in entries] == [
        ("notes", 1), ("notes", 2), ("notes", 3), ("notes", 4), ("notes", 5),
        ("references", None), ("references", None)]


def test_large_lists_are_split_in_linear_time():
    """Multi-megabyte lists must finish (quadratic splitting would not, within the test run)."""
    line = ("{n}. Smith J., Jones K., Brown A. [A study of trade and customs unions in Eurasia, part {n}]. "
            "Voprosy Ekonomiki = Problems of Economics, 2010, vol. 12, no. 3, pp. 5–9. (In Russ.)")
    lines = [line.format(n=n) for n in range(1, 10000)]
    lines += ["   continued " + "word " * 60] * 20000  # one runaway entry wrapped over many lines
    assert sum(map(len, lines)) > 7_000_000
    sections = find_sections(lines, is_chrome)
    entries = split_entries(lines, sections[0].start, sections[0].end)
    assert len(entries) == 9999 and entries[-1].number == 9999
    assert len(entries[-1].text) > 6_000_000
    long_note = " ".join(f"‘Document {n}’, {n % 28 + 1} March 1997;" for n in range(150))
    assert len(segments(long_note)) == 150
    assert classify("word " * 1_000_000) == COMMENTARY


# --- the seeds -------------------------------------------------------------------------

def test_seed_russian_references_are_found_in_order():
    text = seed_text("000_86c3b057a0d4154e.txt")
    entries, _, _ = find_entries(text)
    assert [e.number for e in entries] == list(range(1, 21))
    expected = [re.sub(r"\s*URL: Link", "", m.group(1)).strip()
                for m in re.finditer(r"^\s+\d+\.\s+(.*)$", text, re.M)]
    assert [clean(e.text) for e in entries] == expected
    assert not any("Link" in clean(e.text) or "View all" in e.text for e in entries)


def test_seed_notes_are_found_in_order():
    text = seed_text("003_114b52dd7ae8b880.txt")
    entries, _, _ = find_entries(text)
    assert [e.number for e in entries] == list(range(1, 78))
    assert all(e.section == "notes" for e in entries)
    assert not any(re.search(r"Citation\d{4}", clean(e.text)) for e in entries)
    assert not any("Log in" in e.text or "USD" in e.text for e in entries)


def test_numbers_on_their_own_lines():
    text = (PAGES / "number_on_own_line.txt").read_text(encoding="utf-8")
    entries, _, _ = find_entries(text)
    assert [e.number for e in entries] == [1, 2, 3]
    assert [clean(e.text) for e in entries] == [
        "Smith, J.; Brown, K. Water pricing in arid regions. Water 2020, 12, 345.",
        "Garcia, M.; Lopez, R.; Chen, W. Groundwater governance in Spain. Sustainability 2019, 11, 2210.",
        "United Nations. World Water Development Report 2021; UNESCO: Paris, France, 2021.",
    ]


def test_bulleted_list():
    lines = ["Further reading",
             "• Smith, J. (2001). The history of trade. London: Routledge.",
             "• Brown, A. (2010). Customs unions. Oxford: Oxford University Press."]
    entries, _, _ = find_entries("\n".join(lines))
    assert [clean(e.text) for e in entries] == [lines[1][2:], lines[2][2:]]


def test_link_label_lines_stay_with_their_entry():
    text = (PAGES / "notes_and_references.txt").read_text(encoding="utf-8")
    entries, _, _ = find_entries(text)
    assert [(e.section, e.number) for e in entries] == [
        ("notes", 1), ("notes", 2), ("references", None), ("references", None), ("references", None)]
    assert [clean(e.text).split(",")[0] for e in entries[2:]] == ["Allison", "Flikke", "Nikitina"]
    assert clean(entries[2].text).endswith("European Security 18 (2): 173–200.")


def test_a_notes_heading_over_prose_is_not_a_list():
    text = """Table 2. Exports by region

Notes
Figures are in current US dollars and exclude re-exports through third countries.

References
1. Jones K. [Exports]. Voprosy Ekonomiki, 2010, no. 3, pp. 5–9. (In Russ.)
2. Smith J. Trade. London, Routledge, 2001, 200 p.
"""
    entries, _, _ = find_entries(text)
    assert [(e.section, e.number) for e in entries] == [("references", 1), ("references", 2)]


def test_without_heading_or_numbers_only_standalone_references_are_entries():
    text = """Journal of Baltic Studies
Home | Current issue | Archive

Smith, J. and Brown, K. (2015) Monetary policy in small open economies. Journal of Money, 52, pp. 1-20.
Novak, P. (2019) The political economy of the Baltic states. London: Routledge.

Contact the editors
"""
    entries, _, _ = find_entries(text)
    assert [clean(e.text)[:8] for e in entries] == ["Smith, J", "Novak, P"]


def test_text_between_heading_and_numbered_list_is_skipped():
    lines = ["Литература", "Источники приведены в порядке цитирования.", "",
             "1. Иванов И.И. Экономика регионов. М.: Наука, 2015. 320 с.",
             "2. Петров П.П. Рынок труда // Вопросы экономики. 2018. № 3. С. 10–25."]
    entries, _, _ = find_entries("\n".join(lines))
    assert [e.number for e in entries] == [1, 2]
    assert entries[0].text.startswith("Иванов И.И.")


def test_one_odd_entry_does_not_turn_a_numbered_list_into_notes():
    lines = ["1. Smith J. Trade. London, Routledge, 2001, 200 p.",
             "2. World Bank. World Development Indicators. Washington, DC.",
             "3. Jones K. [Tariffs]. Voprosy Ekonomiki, 2010, no. 3, pp. 5–9. (In Russ.)"]
    entries, _, _ = find_entries("\n".join(lines))
    assert [(e.section, e.number) for e in entries] == [("references", 1), ("references", 2), ("references", 3)]


def test_a_bare_list_keeps_its_sparse_entries():
    # A file of references, one per line: an MLA book with no strong sign of a reference
    # ("UP", a bare year) is kept because all its neighbours are references.
    text = """Cooley, A. (2012). Great games, local rules: The new great power contest in Central Asia. Oxford University Press.
Radnitz, S. (2010). Weapons of the wealthy: Predatory regimes in Central Asia. Cornell University Press.
Marat, Erica. The Politics of Police Reform: Society against the State. Oxford UP, 2018.
Schatz, E. (2004). Modern clan politics: The power of blood in Kazakhstan and beyond. University of Washington Press.
"""
    entries, _, _ = find_entries(text)
    assert [clean(e.text)[:8] for e in entries] == ["Cooley, ", "Radnitz,", "Marat, E", "Schatz, "]


def test_a_short_note_ends_in_a_page_a_full_reference_may_end_in_its_year():
    # "Name, Short Title, 52." points at a work cited in full elsewhere; the same shape
    # closing on a year is an MLA/Chicago book given in full and must come out as a work.
    assert list_entry_kind("Kotkin, Armageddon Averted, 52.") == "pointer"
    assert list_entry_kind("Marat, Erica. The Politics of Police Reform. Oxford UP, 2018.") == "reference"
    assert list_entry_kind("Jones, Sacred Borders, 1999.") == "reference"
    # so does an author-date reference whose page count has no "p." after it
    assert list_entry_kind("Oates, W. E. (1972). Fiscal Federalism. New York: Harcourt Brace Jovanovich, 256.") \
        == "reference"


def test_a_bare_list_keeps_corporate_author_date_entries_and_accented_starts():
    # Harvard entries by institutions carry no personal name or page cue, only "Name (Year)";
    # a line starting with an accented capital ("Åslund") starts a new entry.
    text = """World Bank (2020) Russia Economic Report No. 43: Recovery Interrupted. Washington, DC: World Bank.
Connolly, R. (2016) ‘The Empire Strikes Back’, Europe-Asia Studies, 68, 4.
Narodowy Bank Polski (2018) Financial Stability Report. NBP, Warsaw.
Tikhomirov, V. (2000) The Political Economy of Post-Soviet Russia (Basingstoke, Macmillan).
Åslund, A. (2019). Russia's crony capitalism. Yale University Press.
European Commission. (2021). Communication on economic relations with Russia. Brussels.
"""
    entries, _, _ = find_entries(text)
    assert [clean(e.text)[:8] for e in entries] == ["World Ba", "Connolly", "Narodowy", "Tikhomir", "Åslund, ",
                                                     "European"]


def test_lines_of_link_labels_do_not_end_a_numbered_list():
    # A PLOS page copied as text: each reference's look-up links on lines of their own, blank lines between.
    text = (
        "References\n\n"
        "1. Abdullaev M, Okello J. Mobile money and household consumption smoothing. World Dev. 2020;131: 104951.\n\n"
        "View Article\n\nGoogle Scholar\n\n"
        "2. Suri T, Lindqvist E. The long-run effects of mobile money. Science. 2019;366(6470): 1288–1292.\n\n"
        "View Article\n\nPubMed/NCBI\n\nGoogle Scholar\n\n"
        "3. Cragg JG. Some statistical models for limited dependent variables. Econometrica. 1971;39(5): 829–844.\n"
    )
    entries, _, _ = find_entries(text)
    assert [e.number for e in entries] == [1, 2, 3]
    assert clean(entries[1].text) == "Suri T, Lindqvist E. The long-run effects of mobile money. Science. 2019;366(6470): 1288–1292."
    assert clean("Pubmed Abstract | Pubmed Full Text | CrossRef Full Text | Google Scholar") == ""
    assert clean("Smith J. Title. J Econ. 2001;3: 1–9. View Article") == "Smith J. Title. J Econ. 2001;3: 1–9."


def test_an_author_date_label_before_each_entry_is_dropped():
    # natbib bibliographies as ar5iv shows them: "Acosta et al. (2008)" and then the entry,
    # on a line of its own or run into it. A label that is the only place the author is named stays.
    text = (
        "References\n\n"
        "Acosta et al. (2008)\nP. Acosta, C. Calderón, and H. Lopez (2008)\n"
        "What is the impact of international remittances on poverty?\nWorld Development 36 (1), pp. 89–114.\n\n"
        "Rahimova (n.d.) F. Rahimova. Who works the plot? Unpublished manuscript, University of Bonn.\n\n"
        "World Bank (2020). Tajikistan: Country Economic Update, Spring 2020. Washington, DC: World Bank.\n"
    )
    entries, _, _ = find_entries(text)
    assert [clean(e.text) for e in entries] == [
        "P. Acosta, C. Calderón, and H. Lopez (2008) What is the impact of international remittances on poverty? "
        "World Development 36 (1), pp. 89–114.",
        "F. Rahimova. Who works the plot? Unpublished manuscript, University of Bonn.",
        "World Bank (2020). Tajikistan: Country Economic Update, Spring 2020. Washington, DC: World Bank.",
    ]


def test_a_publisher_wrapped_onto_its_own_line_stays_with_its_entry():
    text = """References
Easterly, W. (2006). The white man's burden: Why the West's efforts to aid the
rest have done so much ill and so little good. Penguin Press.
Sachs, J. D. (2005). The end of poverty: Economic possibilities for our time.
Penguin.
Ibid.
"""
    texts = [clean(e.text) for e in find_entries(text)[0]]
    assert len(texts) == 3
    assert texts[1].startswith("Sachs") and texts[1].endswith("for our time. Penguin.")
    assert texts[2] == "Ibid."  # a pointer on a line of its own is still its own entry


def test_a_year_in_running_prose_is_no_short_citation():
    # Only "see also" ignores case: the cited name must start with a capital.
    text = "This view was expressed by several officials interviewed by the author in Moscow in 2013"
    assert classify(text) == COMMENTARY
    assert targets(text) == []
    assert targets("see also Kropatcheva 2012, p. 4.") == ["Kropatcheva (2012)"]


# --- publishers' page layouts --------------------------------------------------------------

def page_entries(name):
    return find_entries((PAGES / name).read_text(encoding="utf-8"))[0]


def test_springer_link_notes_then_references_without_link_chrome():
    entries = page_entries("springer_link.html")
    assert [(e.section, e.number) for e in entries] == \
        [("notes", n) for n in (1, 2, 3)] + [("references", n) for n in range(1, 8)]
    assert clean(entries[3].text).startswith("Baker SR (2018) Debt and the response")
    # the "Article" link is the work's DOI, kept; the look-up links are dropped
    assert clean(entries[-1].text).endswith("East Eur Econ 52(3):86–99. https://doi.org/10.2753/EEE0012-8775520305")
    assert not any(re.search(r"Google Scholar|\bArticle\b|Download references", clean(e.text)) for e in entries)


def test_mdpi_one_reference_per_line_ends_before_the_licence_and_cite_box():
    entries = page_entries("mdpi_text.txt")
    texts = [clean(e.text) for e in entries]
    assert [t[:7] for t in texts] == ["Flammer", "Tang, D", "Baker, ", "Zerbib,", "Larcker", "Climate"]
    assert texts[3].endswith("J. Bank. Financ. 2019, 98, 39–60.")
    assert not any("Lund University" in t or "MDPI" in t or "Lindqvist" in t for t in texts)


def test_numbered_affiliations_are_not_notes():
    lines = ["Green bonds in Nordic cities", "by Anna Lindqvist 1 and Mikko Virtanen 2",
             "1 Department of Economics, Lund University, 220 07 Lund, Sweden",
             "2 School of Business, Aalto University, 02150 Espoo, Finland"]
    assert find_entries("\n".join(lines))[0] == []


def test_sciencedirect_blocks_split_at_their_link_lines_and_lose_their_labels():
    entries = page_entries("sciencedirect_text.txt")
    texts = [clean(e.text) for e in entries]
    assert [t.split(" ")[0] for t in texts] == ["O.", "W.", "K.", "R.M.", "World"]
    # The page was never hard-wrapped, so each line is a part of its entry and ends with a full stop.
    assert texts[0] == ("O. Ajilore, M. Ahmed. Mobile money and household welfare: evidence from sub-Saharan "
                        "Africa. World Dev., 132 (2020), Article 104986")
    assert texts[-1].endswith("World Bank, Washington, DC (2021)")
    assert not any("Recommended" in t or "Rahimova" in t or "Digital financial services" in t for t in texts)


def test_wiley_sidebar_after_references_is_not_a_list():
    entries = page_entries("wiley_notes_refs.html")
    assert [e.section for e in entries] == ["notes"] * 4 + ["references"] * 5
    assert clean(entries[2].text) == "Ibid., p. 311."
    assert clean(entries[-1].text).startswith("Veldwisch, G. J., & Spoor, M. (2008).")
    assert not any("Citing Literature" in e.text or "Volume 22" in e.text for e in entries)


def test_jstor_footnotes_stop_before_related_items():
    entries = page_entries("jstor_footnotes.txt")
    assert [e.number for e in entries] == list(range(1, 10))
    assert not any("content downloaded" in e.text or "Tauger" in e.text for e in entries)


def test_cyberleninka_sidebar_is_not_glued_to_the_last_reference():
    entries = page_entries("cyberleninka_text.txt")
    assert [e.number for e in entries] == list(range(1, 9))
    assert clean(entries[-1].text).endswith("М. : НИУ ВШЭ, 2021. 124 с.")
    assert not any("Ещё по теме" in e.text or "Как цитировать" in e.text for e in entries)


def test_elibrary_record_labels_end_the_list():
    entries = page_entries("elibrary_text.txt")
    assert [e.number for e in entries] == list(range(1, 8))
    assert clean(entries[-1].text).endswith("2021. № 1 (109). С. 3-28.")
    assert not any("ОПИСАНИЕ" in e.text or "РИНЦ" in e.text for e in entries)


@pytest.mark.parametrize("sidebar", ["Similar articles:", "Related content", "Похожие статьи", "Читайте также",
                                     "БИБЛИОМЕТРИЧЕСКИЕ ПОКАЗАТЕЛИ:"])
def test_sidebar_headings_end_a_reference_list(sidebar):
    lines = ["References", "1. Mares I., Young L. Buying, expropriating, and stealing votes. Annu Rev Polit Sci, 2016,",
             "19, 267–288.", sidebar, "Social spending and regime support in Russia’s regions, 2021"]
    entries = split_entries(lines, 1, find_sections(lines)[0].end)
    assert [clean(e.text) for e in entries] == [
        "Mares I., Young L. Buying, expropriating, and stealing votes. Annu Rev Polit Sci, 2016, 19, 267–288."]


@pytest.mark.parametrize("line", ["DOI:", "URL:", "ISBN:"])
def test_identifier_labels_inside_an_entry_do_not_end_the_list(line):
    lines = ["REFERENCES", "1. Oates W.E. An essay on fiscal federalism. J Econ Lit, 1999, 37(3), 1120–1149.", line,
             "10.1257/jel.37.3.1120", "2. Zubarevich N.V. Regions of Russia. Moscow, 2010. 160 p."]
    assert find_sections(lines)[0].end == len(lines)


@pytest.mark.parametrize("note", [
    "Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan, Annual Report 2019 "
    "(Nur-Sultan, 2020), 17.",
    "Goskomstat Rossii, Rossiiskii statisticheskii ezhegodnik (Moscow, 1999), 112–14.",
])
def test_a_note_imprint_with_a_place_is_not_an_author_date_citation(note):
    assert targets(note) == []
    assert classify(note) == REFERENCE


def test_a_cited_author_and_year_before_a_page_still_points():
    assert targets("See (Flikke, 2009), 45.") == ["Flikke (2009)"]
    assert classify("See (Flikke, 2009), 45.") == POINTER


def test_a_row_of_contents_links_is_not_a_section():
    lines = ["Article contents", "", "Abstract", "", "References", "", "Footnotes", "",
             "Grain, Credit, and the State: Rural Cooperatives in Late Imperial Russia, 1895–1914", "",
             "Erik Lindqvist and Irina Sokolova", "", "Published online by Cambridge University Press: 12 May 2023", "",
             "Abstract", "", "Rural credit cooperatives spread quickly in the Russian Empire after 1895.", "",
             "References", "", "Allen, Robert C. Farm to Factory. Princeton, NJ: Princeton University Press, 2003.", "",
             "Gregory, Paul R. Russian National Income, 1885–1913. Cambridge: Cambridge University Press, 1982."]
    assert [(s.kind, s.start) for s in find_sections(lines)] == [("references", 19)]


def test_a_numbered_list_of_citing_articles_is_not_a_reference_list():
    text = """References

Allen, Robert C. Farm to Factory. Princeton, NJ: Princeton University Press, 2003.

Gregory, Paul R. Russian National Income, 1885–1913. Cambridge: Cambridge University Press, 1982.

Cited by
Crossref Citations
This article has been cited by the following publications. This list is generated based on data provided by Crossref.
1. Mironov, Boris N. 2024. Peasant credit and the grain market. Explorations in Economic History, Vol. 91, p. 101541.
2. Dower, Paul Castañeda and Markevich, Andrei 2023. The Stolypin reform. European Review of Economic History, Vol. 27, Issue. 4, p. 592.
3. Nafziger, Steven 2023. Communal property rights. Journal of Comparative Economics, Vol. 51, Issue. 3, p. 870.
"""
    assert [clean(e.text)[:6] for e in find_entries(text)[0]] == ["Allen,", "Gregor"]


def test_a_note_number_in_its_own_element_before_the_note():
    html = """<html><body><h2>Footnotes</h2><div class="footnotes">
<div class="circle-list__item"><span class="circle-list__item__number">1</span><div class="content"><p>On the Stolypin
reforms and credit, see Pallot (1999), chapter 6.</p></div></div>
<div class="circle-list__item"><span class="circle-list__item__number">2</span><div class="content"><p>Ibid., 230.</p></div></div>
</div></body></html>"""
    entries = find_entries(html)[0]
    assert [(e.number, clean(e.text)) for e in entries] == [
        (1, "On the Stolypin reforms and credit, see Pallot (1999), chapter 6."), (2, "Ibid., 230.")]


def test_cambridge_core_notes_and_references_without_contents_or_citing_lists():
    entries = page_entries("cambridge_core.html")
    assert [(e.section, e.number) for e in entries] == [("notes", n) for n in (1, 2, 3, 4)] + [("references", None)] * 7
    assert clean(entries[4].text).startswith("Allen, Robert C. Farm to Factory")
    assert not any("Mironov" in e.text or "Lindqvist" in e.text for e in entries)


def test_entries_parted_by_br_before_the_sidebar_labels():
    # unparsed citations in one block with <br> between them (a minified OJS page), then "PDF", "Published", a date
    html = ('<html><body><h1 class="page_title">Informal credit networks</h1><div class="item references">'
            '<h3 class="label">References</h3><div class="value">'
            "Ambler, K. (2015). Don't tell on me. Journal of Development Economics, 113, 52–69.<br>"
            "Munshi, K. (2014). Community networks and the process of development. Journal of Economic Perspectives, "
            "28(4), 49–76.<br>World Bank. (2020). Tajikistan: Jobs diagnostic. World Bank.</div></div>"
            '<div class="entry_details"><div class="item galleys"><ul><li><a class="obj_galley_link pdf">PDF</a></li>'
            '</ul></div><div class="item published"><h2 class="label">Published</h2><div class="value"><span>2023-03-30'
            '</span></div></div><div class="item citation"><h2 class="label">How to Cite</h2><div class="value">'
            "Nazarov, F. (2023). Informal credit networks. Central Asian Journal of Development Studies, 12(1), 45–67."
            "</div></div></div></body></html>")
    assert [clean(e.text)[:8] for e in find_entries(html)[0]] == ["Ambler, ", "Munshi, ", "World Ba"]


def test_blank_separated_entries_keep_their_wrapped_lines():
    text = """References

Smith, J. (2001). Trade and customs unions in Eurasia.
Journal of Eurasian Studies, 3, 4–19.

Jones, K. (2003). Tariffs and the state.
Cambridge: Cambridge University Press.
"""
    assert [clean(e.text) for e in find_entries(text)[0]] == [
        "Smith, J. (2001). Trade and customs unions in Eurasia. Journal of Eurasian Studies, 3, 4–19.",
        "Jones, K. (2003). Tariffs and the state. Cambridge: Cambridge University Press."]


def test_archival_citations_are_references():
    assert classify("Russian State Archive of the Economy (RGAE), f. 7486, op. 1, d. 29, l. 12.") == REFERENCE
    assert classify("ГАРФ. Ф. Р-5446. Оп. 1. Д. 37. Л. 4–6.") == REFERENCE


def test_a_reference_list_entry_that_names_an_author_and_year_is_a_work():
    from cslbridge.parse.entries import list_entry_kind
    assert list_entry_kind("Białowolski P, Węziak-Białowolska D (2014) The index of household financial "
                           "condition. Soc Indic Res 118(1):365–385") == REFERENCE
    assert list_entry_kind("Ibid., p. 311.") == POINTER
    assert list_entry_kind("See also Flikke (2009).") == POINTER


def test_line_breaks_of_wrapped_text_are_not_boundaries():
    wrapped = ["Smith, J. (2019). A study of household risk sharing in rural economies of", "Central Asia. "
               "Journal of Development Economics, 12(3), 45-67."]
    assert join_lines(wrapped) == ("Smith, J. (2019). A study of household risk sharing in rural economies of "
                                   "Central Asia. Journal of Development Economics, 12(3), 45-67.")
    assert join_lines(["O. Ajilore, M. Ahmed", "Mobile money", "World Dev., 132 (2020)"], hard_breaks=True) == \
        "O. Ajilore, M. Ahmed. Mobile money. World Dev., 132 (2020)"
    assert join_lines(["Title:", "subtitle (2020)", "Google Scholar"], hard_breaks=True) == \
        "Title: subtitle (2020) Google Scholar"


def test_layout_breaks_tell_a_browser_copy_from_wrapped_text():
    sciencedirect = [["O. Ajilore, M. Ahmed", "Mobile money and household welfare: evidence from sub-Saharan Africa",
                      "World Dev., 132 (2020), Article 104986", "View PDFView articleGoogle Scholar"],
                     ["K. Munshi", "Networks in the modern economy: Mexican migrants in the U.S. labor market",
                      "Q. J. Econ., 118 (2) (2003), pp. 549-599"]]
    assert layout_breaks(sciencedirect)
    wrapped = [["Autor, D. H., Dorn, D., & Hanson, G. H. (2013). The China syndrome: Local labor",
                "market effects of import competition. American Economic Review, 103(6), 2121-2168."],
               ["Acemoglu, D., & Restrepo, P. (2020). Robots and jobs: Evidence from US labor",
                "markets. Journal of Political Economy, 128(6), 2188-2244."]]
    assert not layout_breaks(wrapped)
    assert not layout_breaks([["One line only."], ["Another (2020)."]])


def test_a_pdf_copy_keeps_wrapped_entries_whole_across_running_heads_and_page_numbers():
    # Copied from a PDF: lines wrapped at the column width, words hyphenated at the wrap, and
    # the page's running head (set far to the right) or its bare number between two entries.
    text = """REFERENCES
Acemoglu, D., Johnson, S., & Robinson, J. A. (2001). The colonial origins of compara-
tive development: An empirical investigation. American Economic Review, 91(5), 1369–
1401.
Baldwin, R. (2016). The great convergence: Information technology and the new
globalization. Harvard University Press.
                                                     Post-Soviet Affairs 38(2)                 127
Blanchard, O., & Kremer, M. (1997). Disorganization. Quarterly Journal of Econo-
mics, 112(4), 1091–1126.
128
Connolly, R. (2018). Russia's response to sanctions: How western economic statecraft
is reshaping political economy in Russia. Cambridge University Press.
"""
    entries, _, _ = find_entries(text)
    assert [clean(e.text) for e in entries] == [
        "Acemoglu, D., Johnson, S., & Robinson, J. A. (2001). The colonial origins of comparative development: "
        "An empirical investigation. American Economic Review, 91(5), 1369–1401.",
        "Baldwin, R. (2016). The great convergence: Information technology and the new globalization. "
        "Harvard University Press.",
        "Blanchard, O., & Kremer, M. (1997). Disorganization. Quarterly Journal of Economics, 112(4), 1091–1126.",
        "Connolly, R. (2018). Russia's response to sanctions: How western economic statecraft is reshaping "
        "political economy in Russia. Cambridge University Press.",
    ]


@pytest.mark.parametrize("note,target", [
    ("Smith, supra note 12, at 45.", ["Smith"]),
    ("Jones & Brown, supra n. 3, at 112–14.", ["Jones & Brown"]),
    ("Same as note 4.", []),
    ("See supra note 1, at 490.", []),  # no name before "supra": no empty target (the page reader crashed on one)
])
def test_legal_short_forms_point_at_an_earlier_note(note, target):
    assert classify(note) == POINTER and list_entry_kind(note) == POINTER
    assert targets(note) == target


def test_a_notes_list_with_a_nameless_supra_is_read():
    """'See supra note 1, at 490.' under a case: the pointer is kept, marked, and the list is read (it crashed)."""
    from cslbridge.parse import parse_page
    result = parse_page("Notes\n1. Brown v. Board of Education, 347 U.S. 483 (1954).\n2. See supra note 1, at 490.\n")
    assert [(item["type"], item.get("custom", {}).get("pointer", False)) for item in result.items] \
        == [("legal_case", False), ("document", True)]


def test_a_surname_supra_is_no_pointer():
    assert classify("Rudolph Supra, The Art of Law (Boston, 1999).") == REFERENCE


def test_a_standard_on_a_line_of_its_own_is_a_reference():
    text = ("ISO 690:2010. Information and documentation — Guidelines for bibliographic references. Geneva: ISO, 2010.\n"
            "Smith, J. (2019). Regional policy. Journal of Economics, 4(2), 1-10.\n")
    entries, _, _ = find_entries(text)
    assert [clean(e.text)[:8] for e in entries] == ["ISO 690:", "Smith, J"]


def test_a_pointer_naming_two_works_across_a_semicolon_stays_one_pointer():
    note = "See Kakachia and Lebanidze (2016); Rinna (2019)."
    assert segments(note) == [note]
    assert classify(note) == POINTER
    assert targets(note) == ["Kakachia and Lebanidze (2016)", "Rinna (2019)"]


def test_interviews_by_several_authors_are_works():
    note = "Authors’ interviews with port managers and freight forwarders, Poti and Batumi, 14–16 May 2019."
    assert classify(note) == REFERENCE
    assert classify("Authors' interview with a customs officer, Sarpi, 3 June 2018.") == REFERENCE


def test_an_interview_with_its_means_in_brackets_before_with_is_a_work():
    # how the interview was held may stand in brackets before "with"; the note was kept as prose
    assert classify("Author’s interview (via Zoom) with a journalist, 5 June 2021.") == REFERENCE
    assert classify("Interview (by telephone) with a former deputy minister, Chisinau, 3 April 2018.") == REFERENCE
    assert classify("Interviews (conducted in Russian) with two NGO activists, Bishkek, May 2019.") == REFERENCE


@pytest.mark.parametrize("note", [
    "Email interview with a programme officer of an international NGO working in Gorno-Badakhshan, 9 March 2022.",
    "Zoom interview with a Kyrgyz migrant worker in Yekaterinburg, 14 April 2021.",
])
def test_an_interview_named_by_its_means_is_a_work(note):
    # with no place the note had read as the author's prose and was kept as commentary
    assert classify(note) == REFERENCE


def test_works_joined_by_a_semicolon_and_an_aside_are_cut_apart():
    # a byline with no initials ('Sébastien Peyrouse, ‘...’') and the aside after 'and' kept both works in one segment
    note = ("See Sébastien Peyrouse, ‘Discussing China: Sinophilia and Sinophobia in Central Asia’, Journal of Eurasian "
            "Studies, 7, 1, 2016, pp. 14–23; and, more broadly, Marlene Laruelle and Sébastien Peyrouse, The Chinese "
            "Question in Central Asia (London: Hurst, 2012).")
    first, second = segments(note)
    assert first.endswith("pp. 14–23") and second.startswith("and, more broadly, Marlene Laruelle")
    assert strip_cue(second).startswith("Marlene Laruelle and Sébastien Peyrouse, The Chinese Question")
    assert strip_cue("and, for the later period, see Guzel Yusupova, ‘Title’, 2022.") == "Guzel Yusupova, ‘Title’, 2022."


@pytest.mark.parametrize("second", [
    "and, more broadly, Ārija Bērziņa, ‘Valoda un identitāte’, Journal of Baltic Studies, 50, 2, 2019, pp. 1–20.",
    "and, more broadly, Ұлан Сейітов, ‘Қазақ тарихы’, Отан тарихы, 3, 2020, б. 5–9.",
])
def test_a_byline_in_latvian_or_kazakh_letters_starts_a_work(second):
    # the byline's letters were Latin-1 and Russian only, so the second work stayed inside the first
    first = "See Sébastien Peyrouse, ‘Discussing China’, Journal of Eurasian Studies, 7, 1, 2016, pp. 14–23"
    assert segments(f"{first}; {second}") == [first, second]


# --- the fourth batch written blind ---------------------------------------------

def test_crossref_citations_below_the_references_are_other_articles():
    text = ("References\n\nAkhmetova, S. (2019) Pension reform in Kazakhstan. Journal of European Social Policy, "
            "29, 4, 512–526.\n\nCook, L. J. (2007) Postcommunist Welfare States, Ithaca, NY: Cornell University Press.\n\n"
            "Crossref Citations\n\nThis article has been cited by the following publications.\n\n"
            "Nurmagambetova, Aigul 2023. Pension coverage and gig work. International Social Security Review, "
            "Vol. 76, Issue. 2, p. 33.\n")
    entries, _, _ = find_entries(text)
    assert [e.text[:9] for e in entries] == ["Akhmetova", "Cook, L. "]


def test_footnotes_go_on_after_the_body_text_of_the_next_page():
    # an OCR'd article: each page's footnotes under its text, numbered on through the article
    lines = ["Кооперация росла в 1923–1925 гг.1 Паевые взносы оставались малыми2.", "",
             "1 Ильиных В.А. Хроника хлебного фронта. М.: РОССПЭН, 2010. С. 37.", "",
             "2 Кабанов В.В. Кооперация, революция, социализм. М.: Наука, 1996. 168 с.", "",
             "ВЕСТНИК ТОМСКОГО ГОСУДАРСТВЕННОГО УНИВЕРСИТЕТА. ИСТОРИЯ. 2019. № 61", "", "65", "",
             "Доля зажиточных хозяйств среди пайщиков упала с 23% в 1925 г. до 9% в 1929 г.3", "",
             "3 Сельскохозяйственная кооперация Сибири в 1926/27 г.: отчет Сибкрайсоюза. Новосибирск, 1928. С. 54."]
    entries, _, _ = find_entries("\n".join(lines))
    assert [(e.number, e.text[:10]) for e in entries] == \
        [(1, "Ильиных В."), (2, "Кабанов В."), (3, "Сельскохоз")]


def test_short_forms_with_the_year_in_brackets_are_pointers():
    note = "World Bank (2019), 23; Trevisani (2011), 118."
    assert classify(note) == POINTER
    assert targets(note) == ["World Bank (2019)", "Trevisani (2011)"]


@pytest.mark.parametrize("note", [
    "On the Soviet legacy of cotton, see Thurman (2001), 45–52; on farm restructuring, see Trevisani (2011); "
    "and Djanibekov et al. (2012).",
    "World Bank (2019), 23; Trevisani (2011), 118.",
])
def test_a_note_pointing_at_works_across_semicolons_stays_one_pointer(note):
    assert segments(note) == [note]


def test_an_archive_and_its_shelf_mark_are_one_work():
    note = "ГАНО. Ф. Р-47. Оп. 1. Д. 312. Л. 14 об."
    assert segments(note) == [note]
    assert classify(note) == REFERENCE


def test_prose_after_a_pointer_is_the_notes_commentary():
    note = ("Подробнее см.: Гущин Н.Я., Ильиных В.А. Указ. соч. С. 140-146. "
            "Автор благодарит сотрудников ГАНО за помощь в работе с фондом Сибкрайсоюза.")
    pieces = segments(note)
    assert [classify(p) for p in pieces] == [POINTER, COMMENTARY]


def test_a_pasted_pair_keeps_a_reference_with_no_year():
    # One or two pasted lines are the list: a reference without a year or link is not page text.
    text = ("Orlov A.A. Russian Regions in Transition. Moscow, Nauka Publ., 2016. 288 p.\n"
            "Sokolova E.V. [Municipal debt]. Finansy i kredit, no. 7, pp. 22–31.\n")
    entries, _, _ = find_entries(text)
    assert [e.text.split()[0] for e in entries] == ["Orlov", "Sokolova"]
    # prose is still no reference
    assert find_entries("Welcome to the journal. Please log in to read more.\n")[0] == []


@pytest.mark.parametrize("note", [
    "The Collective Security Treaty was signed in Tashkent on 15 May 1992 and entered into force on 20 April 1994.",
    "Belarus joined in May 2014 and Kazakhstan in October 2014.",
])
def test_a_sentence_of_comment_with_dates_is_commentary(note):
    assert classify(note) == COMMENTARY


def test_numbered_notes_that_are_all_comment_are_kept():
    text = ("Notes\n1.\nThe Customs Union of Russia, Belarus and Kazakhstan was launched on 1 January 2010.\n"
            "2.\nThe Customs Union Commission was replaced by the Eurasian Economic Commission in 2012.\nReferences\n"
            "Olcott, M. B. 2005. Central Asia's Second Chance. Washington, DC: Carnegie Endowment.\n")
    entries, _, _ = find_entries(text)
    assert [e.section for e in entries] == ["notes", "notes", "references"]
    assert [classify(e.text) for e in entries[:2]] == [COMMENTARY, COMMENTARY]


def test_short_forms_joined_by_cf_are_one_pointer():
    note = "Viola, Peasant Rebels, 88; cf. Conquest, Harvest of Sorrow, 120."
    assert segments(note) == [note]
    assert classify(note) == POINTER and targets(note) == ["Viola", "Conquest"]


def test_a_heading_in_two_languages_and_related_articles_end_an_unnumbered_list():
    text = ("References\n\n"
            "Mamonov M.E. [Bank lending in the regions: The role of branch networks]. Voprosy Ekonomiki, 2020, "
            "no. 7, pp. 98–121. (In Russ.)\n\n"
            "Cameron A.C., Trivedi P.K. Microeconometrics: Methods and applications. Cambridge, Cambridge "
            "University Press, 2005. 1034 p.\n\n"
            "Об авторах / About the authors\n"
            "Шестакова Екатерина Андреевна – канд. экон. наук, доцент кафедры финансов, Пермский университет; "
            "ORCID: 0000-0002-4518-7730\n\n"
            "Статьи по теме\n"
            "Банковская конкуренция и региональный рост\n"
            "А.Ю. Мальцев, Том 17, № 4 (2022)\n")
    entries, _, _ = find_entries(text)
    assert [clean(e.text)[:12] for e in entries] == ["Mamonov M.E.", "Cameron A.C."]


def test_an_entry_end_carried_over_a_pdf_page_break_goes_back_to_its_entry():
    text = ("Conclusion\nThe regulator added a language of loyalty that the law did not contain.\n"
            "232 A. OZOLA AND M. KRASTIŅŠ\n\n"
            "References\n"
            "Muižnieks, N., ed. 2011. Latvian–Russian Relations: Domestic and International Dimensions. Riga: LU\n"
            "Akadēmiskais apgāds.\n"
            "Rožukalne, A. 2020. “Russian-Language Media in Latvia after the 2014 Crisis.” In Media and Information\n"
            "Security in the Baltic States, edited by A. Rožukalne and S. Kruk, 79–101. Riga: Rīga Stradiņš University\n"
            "234 A. OZOLA AND M. KRASTIŅŠ\n\n"
            "Press.\n"
            "Zepa, B., and E. Kļave. 2011. Latvia: Human Development Report 2010/2011: National Identity, Mobility\n"
            "and Capability. Riga: Advanced Social and Political Research Institute.\n")
    entries, _, _ = find_entries(text)
    assert [clean(e.text).split(",")[0] for e in entries] == ["Muižnieks", "Rožukalne", "Zepa"]
    assert clean(entries[1].text).endswith("Riga: Rīga Stradiņš University Press.")


def test_a_corporate_author_whose_title_starts_with_its_name_is_no_label():
    # APA: "World Bank. (2020). World development report ..." is the author and date of the
    # entry, not a natbib label above it, though the title opens with the author's first word.
    text = (
        "References\n"
        "Herbst, J. (2000). States and power in Africa: Comparative lessons in authority and control.\n"
        "Princeton University Press.\n"
        "World Bank. (2020). World development report 2020: Trading for development in the age of\n"
        "global value chains. World Bank. https://doi.org/10.1596/978-1-4648-1457-0\n"
        "World Bank. (2021). World Bank annual report 2021: From crisis to recovery. World Bank.\n"
    )
    entries, _, _ = find_entries(text)
    assert [clean(e.text)[:30] for e in entries] == [
        "Herbst, J. (2000). States and ", "World Bank. (2020). World deve", "World Bank. (2021). World Bank"]


@pytest.mark.parametrize("note, readings", [
    ("De Waal, The Caucasus, 120.", [("De Waal", ["De Waal"], "The Caucasus", None)]),
    ("Cornell, ‘Russia’s Near Abroad’, p. 12.", [("Cornell", ["Cornell"], "Russia’s Near Abroad", None)]),
    ("Smith et al., Big Data, 45n3.", [("Smith et al.", ["Smith"], "Big Data", None)]),
    ("Marples, xiv.", [("Marples", ["Marples"], None, None)]),  # a name and a page alone
    ("Kotkin, Stalin, 2:45.", [("Kotkin", ["Kotkin"], "Stalin", None)]),  # volume 2, page 45
    ("Toal, Near Abroad, ch. 3.", [("Toal", ["Toal"], "Near Abroad", None)]),
    ("Иванов И.И. Экономика. С. 5.", [("Иванов", ["Иванов"], "Экономика", None)]),
    # Kazakh initials and the Kazakh page cue "Б." (бет)
    ("Қозыбаев М.Қ. Тарих. Б. 5.", [("Қозыбаев", ["Қозыбаев"], "Тарих", None)]),
    ("Ткаченко О.Є. Історія. С. 12.", [("Ткаченко", ["Ткаченко"], "Історія", None)]),  # a Ukrainian initial
    # a title, or three authors: the works cited before it decide
    ("Broers, Armenia and Azerbaijan, 45–47.",
     [("Broers", ["Broers"], "Armenia and Azerbaijan", None), ("Broers, Armenia and Azerbaijan", ["Broers", "Armenia", "Azerbaijan"], None, None)]),
    # OSCOLA: the note that cites the work in full
    ("De Waal (n 1) 120.", [("De Waal", ["De Waal"], None, 1)]),
    ("Cornell, ‘Small Nations’ (n 14) 250.", [("Cornell", ["Cornell"], "Small Nations", 14)]),
    ("Marples, 1999.", []),  # a year closes a reference, it is no page
    ("Toal, Near Abroad, 2017.", []),
    ("Thomas de Waal, The Caucasus: An Introduction (Oxford: Oxford University Press, 2010), 45.", []),
    ("Иванов И.И. Экономика региона: учебник. М.: Наука, 2010. 300 с.", []),
])
def test_short_form_readings(note, readings):
    assert short_form_readings(note) == readings


def test_a_note_of_a_whole_work_and_a_short_form_is_cut_after_the_work():
    note = ("See Regina Smyth, Elections, Protest, and Authoritarian Regime Stability (Cambridge: Cambridge "
            "University Press, 2020), 155–60; and Golosov, “Governors’ Coattails,” 370.")
    assert segments(note) == [note.split("; ")[0], "and Golosov, “Governors’ Coattails,” 370."]


def test_a_name_written_in_lower_case_opens_an_entry_of_a_one_per_line_list():
    """'hooks, bell. Ain't I a Woman ...' after a finished line is a new entry, not the line above going on."""
    text = ("Works Cited\n"
            "Foucault, Michel. Discipline and Punish: The Birth of the Prison. Translated by Alan Sheridan, "
            "Vintage Books, 1995.\n"
            "hooks, bell. Ain't I a Woman: Black Women and Feminism. South End Press, 1981.\n"
            "Morrison, Toni. Beloved. Knopf, 1987.\n")
    entries, _, _ = find_entries(text)
    assert [clean(e.text)[:12] for e in entries] == ["Foucault, Mi", "hooks, bell.", "Morrison, To"]


@pytest.mark.parametrize("text", ["Pravda, 12 May 1937, 2.", "Izvestiia, March 3, 1921, 1."])
def test_a_paper_s_issue_of_a_day_is_no_short_form(text):
    """'Pravda, 12 May 1937, 2.' names a paper, a day and a page, not an author, a short title and a page."""
    from cslbridge.parse.entries import REFERENCE, classify
    assert classify(text) == REFERENCE


# --- a dissertation abstract (автореферат) and an IEEE PDF copy: the 17th blind pages round ---------------

def test_a_dissertation_abstracts_list_of_the_authors_papers_under_its_subheadings():
    text = ("ЗАКЛЮЧЕНИЕ\nВ заключении подведены итоги исследования.\n"
            "СПИСОК РАБОТ, ОПУБЛИКОВАННЫХ АВТОРОМ ПО ТЕМЕ ДИССЕРТАЦИИ\n"
            "Статьи в рецензируемых научных изданиях, рекомендованных ВАК при\nМинобрнауки России:\n"
            "1. Петрова И.С. Водные споры в Ферганской долине // Вестник МГИМО-Университета. 2021.\n"
            "Т. 14, № 2. С. 55–70. (1,0 п.л.)\n"
            "Публикации в других изданиях:\n"
            "2. Петрова И.С. Граница и вода // Центральная Азия и Кавказ. 2022. № 3. С. 12–20.\n")
    entries, _, _ = find_entries(text)
    assert [(e.number, e.section) for e in entries] == [(1, "references"), (2, "references")]
    assert entries[0].text.endswith("С. 55–70. (1,0 п.л.)")  # the subheading below it is no part of it


def test_a_page_number_under_a_footnote_turns_to_the_next_pages_body():
    text = ("Объект исследования подробно рассмотрен в работах Е.Ю. Винокурова1.\n__________\n"
            "1 Винокуров Е.Ю. Евразийский экономический союз: теория и практика. СПб.: ЦИИ ЕАБР, 2017. 120 с.\n"
            "2 Libman A., Vinokurov E. Holding-Together Regionalism: Twenty Years of\n"
            "Post-Soviet Integration. Basingstoke: Palgrave Macmillan, 2012. 256 p.\n"
            "3\n"
            "Вместе с тем вопрос о том, как членство в ЕАЭС сочетается с участием\n"
            "Кыргызстана в китайской инициативе «Один пояс, один путь», остается\n"
            "малоизученным3. Правовая основа членства закреплена законом.\n"
            "__________\n"
            "3 Лаумулин М.Т. Указ. соч. С. 88–91.\n")
    entries, _, _ = find_entries(text)
    assert [e.number for e in entries] == [1, 2, 3]
    assert entries[1].text.endswith("Palgrave Macmillan, 2012. 256 p.")


def test_a_page_number_under_the_last_entry_turns_to_a_summary_page():
    text = ("Список литературы\n"
            "1. Петрова И.С. Водные споры в Ферганской долине // Вестник МГИМО-Университета. 2021. Т. 14, № 2.\n"
            "С. 55–70.\n"
            "2. Петрова И.С. Граница и вода // Центральная Азия и Кавказ. 2022. № 3. С. 12–20.\n"
            "23\n"
            "Петрова Ирина Сергеевна (Кыргызстан)\n"
            "ВОДНЫЕ РЕСУРСЫ ВО ВНЕШНЕЙ ПОЛИТИКЕ КЫРГЫЗСТАНА\n"
            "В диссертации исследуется место водных ресурсов во внешней политике Кыргызстана\n"
            "в 1991–2022 гг. Показано, что споры о воде определяют отношения с соседями.\n")
    entries, _, _ = find_entries(text)
    assert entries[-1].text == "Петрова И.С. Граница и вода // Центральная Азия и Кавказ. 2022. № 3. С. 12–20."


def test_ieee_biographies_end_the_references_and_its_page_foot_and_head_are_passed_over():
    text = ("REFERENCES\n"
            "[1] R. Isaacs, “Nation-building and regime security: The role\n"
            "of state television in Kazakhstan,” Central Asian Surv.,\n"
            "vol. 39, no. 4, pp. 497–515, 2020.\n"
            "[2] Y. Kuratov and M. Arkhipov, “Adaptation of deep bidi-\n"
            "rectional multilingual transformers for Russian language,”\n"
            "A. Seitkali et al.: Tracing Narratives of the January 2022 Unrest in Kazakhstan\n"
            "27440 VOLUME 11, 2023\n"
            "2019, arXiv:1905.07213.\n"
            "[3] S. Cohen, Folk Devils and Moral Panics, 3rd ed. London,\n"
            "U.K.: Routledge, 2002.\n"
            "AIGERIM SEITKALI received the M.A. degree\n"
            "in Eurasian studies from Nazarbayev University,\n"
            "Astana, Kazakhstan, in 2016.\n"
            "DANIYAR MUKHAMEDOV (Member, IEEE) re-\n"
            "ceived the B.S. degree in computer science.\n"
            "VOLUME 11, 2023 27441\n")
    entries, _, _ = find_entries(text)
    assert [e.text for e in entries] == [
        "R. Isaacs, “Nation-building and regime security: The role of state television in Kazakhstan,” "
        "Central Asian Surv., vol. 39, no. 4, pp. 497–515, 2020.",
        "Y. Kuratov and M. Arkhipov, “Adaptation of deep bidirectional multilingual transformers for Russian "
        "language,” 2019, arXiv:1905.07213.",
        "S. Cohen, Folk Devils and Moral Panics, 3rd ed. London, U.K.: Routledge, 2002."]


def test_a_compound_broken_at_its_own_hyphen_keeps_it_without_a_space():
    text = ("REFERENCES\n"
            "[1] M. Wijermars and T. Lokot, “Is Telegram a ‘harbinger\n"
            "of freedom’?” Post-\n"
            "Soviet Affairs, vol. 38, nos. 1–2, pp. 125–145, 2022.\n"
            "[2] A. Urman and S. Katz, “What they do in the shadows,” Inf.,\n"
            "Commun. Soc., vol. 25, no. 7, pp. 904–923, 2022.\n")
    first, _ = find_entries(text)[0]
    assert "Post-Soviet Affairs, vol. 38" in first.text


def test_a_note_line_opening_in_capitals_is_no_biography():
    text = ("Notes\n"
            "1. On the treaty see the statement of 14 May 2002, where\n"
            "THE CSTO was first named; Ministry of Foreign Affairs, Moscow, 2002.\n"
            "2. Allison R. Virtual regionalism. International Affairs, 2008, vol. 84, no. 2, pp. 185–202.\n")
    entries, _, _ = find_entries(text)
    assert [e.number for e in entries] == [1, 2]


@pytest.mark.parametrize("text", [
    "World Health Organization. Global report on diabetes. Geneva: WHO; 2016.",
    "National Institute for Health and Care Excellence. Chronic kidney disease: assessment and management. "
    "London: NICE; 2021.",
    "World Bank. Global report on poverty. Washington, DC: World Bank, 2016.",
    "World Health Organization. Global report on diabetes. Geneva: WHO; 2016.\n"
    "Murray CJL, Lopez AD, editors. The global burden of disease. Cambridge (MA): Harvard School of Public Health; 1996.",
])
def test_a_pasted_work_of_a_body_closing_with_its_imprint_is_found(text):
    """A paste of one or two works by bodies: the imprint closing the title's sentence ('Geneva: WHO; 2016.') is a
    reference's evidence, so they are entries (the input had 'no references found')."""
    entries, _, _ = find_entries(text)
    assert [clean(e.text) for e in entries] == text.split("\n")


@pytest.mark.parametrize("text", [
    "Council of Europe. European Charter for Regional or Minority Languages. Strasbourg, 1992.",
    "Government of Kazakhstan. Strategy Kazakhstan-2050. Astana, 2012.",
    "Smith AB. Heat waves and hospital admissions. The Lancet Regional Health. 2023 Jun 13.",
    "Brexit: The Uncivil War. Directed by Toby Haynes. HBO, 2019.",
    "Freedom in the World 2021: Kazakhstan (Washington, DC, Freedom House, 2021).",
    "OpenAI: GPT-4 technical report. arXiv preprint arXiv:2303.08774 (2023)",
    "FAO. 2020. The State of the World's Forests: A Report on Biodiversity. Rome: FAO.",
])
def test_a_pasted_work_opening_with_a_body_or_dated_the_vancouver_way_is_found(text):
    """A body named as the first sentence, Vancouver's '2023 Jun 13', a film's 'Directed by' and Europe-Asia Studies'
    imprint '(Town, State, Body, Year)', an arXiv identifier and Chicago's year as a sentence after the name are a
    reference's evidence: a paste of one such work gave 'no references
    found in the input'."""
    entries, _, _ = find_entries(text)
    assert [clean(e.text) for e in entries] == [text]


def test_one_line_of_prose_with_a_year_is_still_no_reference():
    entries, _, _ = find_entries("The Council of Europe met in Strasbourg in 1992 and the charter was signed there.")
    assert entries == []


def test_an_author_date_list_whose_entries_end_without_a_stop():
    """Springer's basic author-date list ends each entry with no stop ('... Oxford University Press, Oxford'): every
    line opening with names and a bracketed year is an entry (they were run together into three)."""
    text = "\n".join([
        "References",
        "Allison R (2013) Russia, the West, and military intervention. Oxford University Press, Oxford",
        "Buzan B, Wæver O (2003) Regions and powers: the structure of international security. Cambridge University",
        "Press, Cambridge",
        "Libman A, Vinokurov E (2012) Holding-together regionalism. Palgrave Macmillan, Basingstoke",
        "Tsygankov AP (2016) Russia's foreign policy: change and continuity in national identity, 4th edn. Rowman &",
        "Littlefield, Lanham",
        "Zhao H (2019) China's Belt and Road Initiative. J Contemp China 28(118):558–574",
    ])
    entries, _, _ = find_entries(text)
    assert [clean(e.text).split(" (")[0] for e in entries] == [
        "Allison R", "Buzan B, Wæver O", "Libman A, Vinokurov E", "Tsygankov AP", "Zhao H"]
    assert clean(entries[1].text).endswith("Cambridge University Press, Cambridge")


@pytest.mark.parametrize("text", [
    "Marat, Erica. The Politics of Police Reform. Oxford UP, 2018.",
    "Fitzpatrick, Sheila M. The Russian Revolution. 4th ed. 2017.",
])
def test_a_pasted_work_opening_with_an_inverted_name_and_its_stop_is_found(text):
    """MLA's and Chicago's 'Family, Given. Title.' and 'Family, Given M. Title.' open with a name as 'Family, Given,'
    does (a paste of the one work gave 'no references found in the input')."""
    entries, _, _ = find_entries(text)
    assert [clean(e.text) for e in entries] == [text]


@pytest.mark.parametrize("first, second", [
    ("Terry Lynn Karl, The Paradox of Plenty: Oil Booms and Petro-States (Berkeley: University of California Press, "
     "1997), 44–49", "Farid Guliyev, “Oil and Regime Stability in Azerbaijan,” Demokratizatsiya 21, no. 1 (2013): 113–47."),
    ("Mary Beth Norton, ‘Gender and Authority’, Journal of Social History, 12, 3, 1989, pp. 101–20",
     "Anne Marie Slaughter, A New World Order (Princeton, Princeton University Press, 2004), p. 34."),
])
def test_a_note_cuts_two_works_whose_first_author_has_a_middle_name_in_full(first, second):
    # "Terry Lynn Karl, Title (...), 44–49; Farid Guliyev, “Title,” ...": a byline with a middle name written out
    # opens a work as "Stephen K. Wegren, ..." does, so the note is two works, not one item made of both.
    assert segments(f"{first}; {second}") == [first, second]


def test_a_list_heading_over_its_subheading_is_no_row_of_contents():
    """OpenEdition prints 'Bibliographie', then 'Sources' over the first entries and 'Références' over the rest: the
    two headings one above the other with a reference below are the list's, not a row of contents links (the
    entries under 'Sources' were lost to the article's text), while a row of tabs over the text stays no list."""
    text = "\n\n".join([
        "Résumés", "Bibliographie", "Notes",
        "Le 17 mars 2022, le ministre déclare que l’Ouzbékistan ne reconnaît pas ces républiques.",
        "Bibliographie", "Sources",
        "Kun.uz. 2022. « Uzbekistan ne priznaet nezavisimost’ DNR i LNR », 17 mars, "
        "https://kun.uz/ru/news/2022/03/17/uzbekistan (consulté le 18 mars 2022).",
        "World Bank. 2023. Uzbekistan Economic Update, Spring 2023. Washington (DC), World Bank.",
        "Références",
        "Dadabaev, Timur. 2019. Transcontinental Silk Road Strategies. Londres, Routledge.",
    ])
    entries, _, _ = find_entries(text)
    assert [clean(e.text).split(".")[0] for e in entries] == ["Kun", "World Bank", "Dadabaev, Timur"]


def test_proquests_author_affiliation_heading_ends_the_list():
    """ProQuest's full text closes with 'AuthorAffiliation', a word count and the copyright: they were read as three
    more works of the unnumbered References list."""
    text = "\n".join([
        "References",
        "Bichsel, Christine. 2009. Conflict Transformation in Central Asia: Irrigation Disputes in the Ferghana Valley. "
        "London: Routledge.",
        "Zinzani, Andrea, and Christine Bichsel. 2018. \"IWRM and the Politics of Scale.\" Water 10 (3): 281.",
        "",
        "AuthorAffiliation",
        "Aidai Mamatova is a doctoral candidate in the Department of Political Science, American University of Central "
        "Asia, Bishkek. Contact: mamatova_a@auca.kg",
        "",
        "Word count: 8412",
        "",
        "Copyright Institute for European, Russian and Eurasian Studies, The George Washington University Spring 2023",
    ])
    entries, _, _ = find_entries(text)
    assert [clean(e.text).split(",")[0] for e in entries] == ["Bichsel", "Zinzani"]


def test_bluebook_signals_before_whole_works_in_notes():
    """Bluebook's signals ('See generally', 'But see', 'See') before a book with '(9th ed. 2014)' or an article in
    '58 Stan. L. Rev. 1899': each note is that one work; 'generally' was read as a given name, the book as a pointer,
    and the article cut in two at 'Stan. L.'."""
    from cslbridge.parse import parse_page
    result = parse_page("Notes\n"
                        "1. See generally Richard A. Posner, Economic Analysis of Law (9th ed. 2014).\n"
                        "2. But see Cass R. Sunstein, Problems with Minimalism, 58 Stan. L. Rev. 1899, 1901 (2006).\n"
                        "3. See Cass R. Sunstein, Problems with Minimalism, 58 Stan. L. Rev. 1899, 1901 (2006).\n")
    assert [(item["type"], item["author"][0]["given"], item.get("container-title")) for item in result.items] \
        == [("book", "Richard A.", None), ("article-journal", "Cass R.", "Stan. L. Rev."),
            ("article-journal", "Cass R.", "Stan. L. Rev.")]


@pytest.mark.parametrize("note, kind, target", [
    ("For a critical view see Gel’man, Authoritarian Russia, p. 101; and Sakwa, Russia against the Rest, pp. 20–22.",
     POINTER, ["Gel’man", "Sakwa"]),
    ("For the background see R. Sakwa, Russia against the Rest (Cambridge, Cambridge University Press, 2017).",
     REFERENCE, []),
])
def test_a_for_clause_before_see_with_no_comma_is_a_cue(note, kind, target):
    """'For a critical view see ...' sends the reader on as 'For a critical view, see' does: two short forms after it
    are a pointer (they were one invented article by 'and Sakwa'), a whole work after it the work."""
    assert (classify(note), targets(note)) == (kind, target)


@pytest.mark.parametrize("note", [
    "Tajikistan’s dependence on remittances has been noted by nearly every observer of the country since the "
    "mid-2000s; the figures used in this chapter are discussed in section 3.2 below.",
    "The household survey is described in Chapter 4.",
    "The regional series are taken from Rosstat; see Table 2 above.",
    "Подробнее см. раздел 3.",
])
def test_a_cue_sending_the_reader_to_the_authors_own_text_names_no_work(note):
    """A pointer's cue followed only by a place in the author's own text ('section 3.2 below', 'Chapter 4', 'Table 2
    above', 'раздел 3') names no work: the note is the author's comment, whole (the first had been cut at its ';'
    into commentary and a pointer to nothing)."""
    assert [classify(part) for part in segments(note)] == [COMMENTARY]


@pytest.mark.parametrize("note, target", [
    ("See Table 2 in Reeves (2014).", ["Reeves (2014)"]),
    ("On the 2015 devaluation see Reeves (2014), chapter 3.", ["Reeves (2014)"]),
])
def test_a_chapter_of_a_named_work_is_still_a_pointer(note, target):
    """A place in a work the note names is that work's: the note still points at it."""
    assert (classify(note), targets(note)) == (POINTER, target)

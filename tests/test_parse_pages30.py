"""Rules found by the 30th blind page round (a PubMed abstract page, a dissertation's bibliography copied as text)."""

from cslbridge.parse import parse_page


def test_pubmeds_dashed_doi_and_pmc_links_are_labels_and_the_doi_link_is_the_works():
    html = ("<html><body><h2>References</h2><ol class='references-and-notes-list'>"
            "<li value='1'>Kendall T, Nurlanova A. Tuberculosis among labour migrants in Almaty. "
            "Public Health Action. 2020;10(2):65–70.\n  -\n  <a href='https://doi.org/10.5588/pha.19.0071'>DOI</a>\n"
            "  -\n  <a href='https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7316440/'>PMC</a>\n  -\n"
            "  <a href='/32656030/'>PubMed</a>\n</li>"
            "<li value='2'>Ortega R. Migration and health in Central Asia. Eur J Public Health. 2016;26(1):3–9.\n"
            "  -\n  <a href='https://doi.org/10.1093/eurpub/ckv210'>DOI</a>\n</li></ol></body></html>")
    first, second = parse_page(html).items
    assert first["page"] == "65-70" and first["DOI"] == "10.5588/pha.19.0071"
    assert "note" not in first and "publisher" not in first
    assert second["page"] == "3-9" and second["DOI"] == "10.1093/eurpub/ckv210"


def test_a_page_number_between_blank_lines_of_a_double_spaced_bibliography_is_no_entry():
    text = ("Bibliography\n\n"
            "Collins, Kathleen. Clan Politics and Regime Transition in Central Asia. Cambridge: Cambridge University\n"
            "Press, 2006.\n\n"
            "214\n\n"
            "Heathershaw, John. Post-Conflict Tajikistan: The Politics of Peacebuilding and the Emergence of\n"
            "Legitimate Order. London: Routledge, 2009.\n\n"
            "Radnitz, Scott. “Weapons of the Wealthy: Predatory Regimes and Elite-Led Protests in Central Asia.” PhD\n\n"
            "215\n\n"
            "diss., Massachusetts Institute of Technology, 2007.\n")
    collins, heathershaw, radnitz = parse_page(text).items
    assert collins["issued"] == {"date-parts": [[2006]]} and heathershaw["publisher"] == "Routledge"
    assert radnitz["type"] == "thesis" and radnitz["publisher"] == "Massachusetts Institute of Technology"


def test_an_english_dissertation_title_page_is_the_thesis_and_its_committee_no_authors():
    text = ("BAZAARS, BANKS AND THE STATE:\nINFORMAL CREDIT IN POST-SOVIET TAJIKISTAN\n\nby\n\nFarrukh S. Nazarov\n\n"
            "A dissertation submitted in partial fulfillment of\nthe requirements for the degree of\n\n"
            "Doctor of Philosophy\n(Anthropology)\n\nat the\nUNIVERSITY OF WISCONSIN–MADISON\n2021\n\n"
            "Date of final oral examination: 04/28/2021\n\n"
            "The dissertation is approved by the following members of the Final Oral Committee:\n"
            "Kirin Narayan, Professor, Anthropology\nFrancine Hirsch, Professor, History\n\n"
            "Bibliography\n\n"
            "Humphrey, Caroline. The Unmaking of Soviet Life: Everyday Economies after Socialism. Ithaca: Cornell\n"
            "University Press, 2002.\n\n"
            "Kandiyoti, Deniz. “Post-Colonialism Compared: Potentials and Limitations in the Middle East and Central\n"
            "Asia.” International Journal of Middle East Studies 34, no. 2 (2002): 279–97.\n")
    article, humphrey, kandiyoti = parse_page(text, page=True).items
    assert article["type"] == "thesis"
    assert article["title"] == "BAZAARS, BANKS AND THE STATE: INFORMAL CREDIT IN POST-SOVIET TAJIKISTAN"
    assert article["author"] == [{"family": "Nazarov", "given": "Farrukh S."}]
    assert article["publisher"] == "UNIVERSITY OF WISCONSIN–MADISON" and article["issued"] == {"date-parts": [[2021]]}
    assert "Kirin Narayan" in article["note"] and humphrey["custom"]["cited-by"] == [article["id"]]


def test_a_similar_articles_section_after_the_abstract_names_no_author_of_the_article():
    text = ("Labour migration and tuberculosis treatment outcomes in Tajikistan: a retrospective cohort study\n\n"
            "Firuza Rahimova, Jamshed Nurov, Anna Keller\n\n"
            "Abstract\n\n"
            "Background: Labour migrants returning to Tajikistan interrupt tuberculosis treatment more often than "
            "other patients. We studied outcomes of 2,140 patients registered in 2016-2019 and the factors behind them.\n\n"
            "Keywords: Labour migration; Tajikistan; Tuberculosis.\n\n"
            "Similar articles\n\n"
            "Tuberculosis among Uzbek migrants in Russia: a cross-sectional study.\n"
            "Ismoilov B, Petrova O, Zhang L.\n"
            "BMC Infect Dis. 2019 Mar 5;19(1):211. doi: 10.1186/s12879-019-3812-0.\n"
            "PMID: 30836941\n\n"
            "Return migration and health in Central Asia.\n"
            "Dadabaev T, Sharipov K.\n"
            "Cent Asian Surv. 2018;37(4):560-575.\n"
            "PMID: 29988811\n\n"
            "References\n\n"
            "1. Dara M, Solovic I, Sotgiu G, D'Ambrosio L, Centis R, Tran R, et al. Tuberculosis care among refugees "
            "arriving in Europe. Eur Respir J. 2016;47(5):1306-9.\n")
    article, work = parse_page(text, page=True).items
    assert [a["family"] for a in article["author"]] == ["Rahimova", "Nurov", "Keller"]
    assert work["container-title"] == "Eur Respir J"


def test_a_fond_spelt_out_and_the_archives_town_after_its_name():
    text = ("Bibliography\n\n"
            "Russian State Archive of Socio-Political History (RGASPI), Moscow. Fond 17, opis’ 3, delo 1045.\n\n"
            "National Archives of Georgia, Tbilisi. Fond 284 (Council of Ministers of the Georgian SSR).\n\n"
            "Suny, Ronald Grigor. The Making of the Georgian Nation. Bloomington: Indiana University Press, 1994.\n")
    rgaspi, georgia, _ = parse_page(text).items
    assert (rgaspi["type"], rgaspi["archive"], rgaspi["archive-place"], rgaspi["archive_location"]) == (
        "manuscript", "Russian State Archive of Socio-Political History (RGASPI)", "Moscow", "Fond 17, opis’ 3, delo 1045")
    assert (georgia["type"], georgia["archive"], georgia["archive-place"]) == (
        "manuscript", "National Archives of Georgia", "Tbilisi")
    assert georgia["archive_location"] == "Fond 284 (Council of Ministers of the Georgian SSR)"


def test_a_code_or_compound_broken_at_its_hyphen_before_a_number_is_joined_whole():
    text = ("References\n\n"
            "Tsentral’nyi gosudarstvennyi arkhiv Respubliki Uzbekistan (TsGARUz), Tashkent. Fond R-\n"
            "837 (Council of People’s Commissars of the Uzbek SSR).\n\n"
            "Ryazantsev, Sergey, and Elena Pismennaya. 2021. “Migrant Remittances to Kyrgyzstan during the COVID-\n"
            "19 Pandemic.” Central Asian Survey 40 (3): 301–320.\n")
    archive, article = parse_page(text).items
    assert article["title"] == "Migrant Remittances to Kyrgyzstan during the COVID-19 Pandemic"
    assert archive["archive_location"] == "Fond R-837 (Council of People’s Commissars of the Uzbek SSR)"

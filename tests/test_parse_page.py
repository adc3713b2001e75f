"""Saved pages: chrome, HTML flattening, the article item, and whole-page parsing."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cslbridge.items import validate
from cslbridge.parse import find_entries, parse_page
from cslbridge.parse.page import article_item, html_lines, is_chrome, parse_date

from seeds import seed_text

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "fixtures" / "pages"



def page(name):
    return (PAGES / name).read_text(encoding="utf-8")


def by_number(items, number):
    return [i for i in items if i.get("custom", {}).get("number") == number]


# --- chrome ----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "+7 495 989 9610, 9am6pm (GMT+3), Monday – Friday",
    "USD 53.00 Add to cart",
    "Log in via your institution",
    "View all articles of issue",
    "Journal current issue",
    "CrossRef citations to date",
    "People also read lists articles that other readers of this article have read.",
    "* Local tax will be added as applicable",
    "48 hours access to article PDF & online version",
    "Home / Archive / No. 4 (2021)",
    "Related Research",
    "Текст научной статьи по специальности «Экономика и бизнес»",
    "Текст научной работы на тему «Цифровые платформы и занятость в малом бизнесе»",
    "Похожие темы научных работ по экономике и бизнесу , автор научной работы — Иванова Мария Сергеевна",
    "CC BY", "CC BY-NC-ND 4.0", "Поделиться", "Скачать PDF",
    "Get full access to this article", "View all access and purchase options for this article.",
    "Save article to Kindle", "Export citation", "Show author details", "Article contents",
    "This article is published and distributed under the terms of the Oxford University Press, Standard Journals "
    "Publication Model (https://academic.oup.com/pages/standard-publication-reuse-rights)",
    "Open Access This article is licensed under a Creative Commons Attribution 4.0 International License, which "
    "permits use, sharing, adaptation, distribution and reproduction in any medium or format.",
    "An official website of the United States government",
    "Learn more: PMC Disclaimer | PMC Copyright Notice",
    "Search for other works by this author on: Oxford Academic",
    "Thank you for visiting nature.com. You are using a browser version with limited support for CSS. To obtain the "
    "best experience, we recommend you use a more up to date browser (or turn off compatibility mode in Internet "
    "Explorer). In the meantime, to ensure continued support, we are displaying the site without styles and JavaScript.",
    "Publisher’s note Springer Nature remains neutral with regard to jurisdictional claims in published maps and "
    "institutional affiliations.",
    "Tel.: +7 (843) 233-71-09, 10:00–18:00 (Moscow time), Mon–Fri",
    "Home   About the journal   Editorial board   Archive   For authors   Subscription   Contacts",
    "Home  All Journals  Problems of Post-Communism  List of Issues  Volume 66, Issue 5",
    "Purchase — Article PDF: €30.00 / $36.00 — Rental (48 hours): €7.50",
    "Working off campus? Learn about our remote access options",
    "We use cookies to improve your website experience. To learn about our use of cookies and how you can manage your "
    "cookie settings, please see our Cookie Policy. By closing this message, you are consenting to our use of cookies.",
    "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
    "Skip to main content Skip to main navigation menu Skip to site footer",
    "Главная | О журнале | Редколлегия | Архив | Авторам | Подписка | English",
    "Home | Archives | Announcements | About",
    "research-article Open Access",  # the ACM Digital Library's label above the title
    "Advanced Search",
    "i Надоели баннеры? Вы всегда можете отключить рекламу.",  # CyberLeninka
])
def test_chrome_lines(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "Improving financial mechanisms for the military and technological cooperation of the CSTO member States",
    "Zverev R., Savin I. [The Russian–Kyrgyz relations]. Rossiya i novye gosudarstva, 2018, no. 1, pp. 106–125.",
    "Received: 10 December 2019",
    "Keywords: CSTO, military product",
    "Registering the past: archives and memory in Central Asia",
    "Текст и контекст: читательские практики в провинциальной России",
    "Поиск работы и региональная мобильность молодежи",
    "Home economics and household budgets in the Soviet 1960s",
])
def test_content_lines_are_not_chrome(line):
    assert not is_chrome(line)


@pytest.mark.parametrize("line", [
    "Тел.: +7 (495) 772-95-90 доб. 23147 · E-mail: iorj@hse.ru",  # a phone with its extension and e-mail
    "Tel.: +1 (215) 555-0188 ext. 12 | Fax: +1 215 555 0199",
    "НИУ ВШЭ | Журналы ВШЭ | English | Вход / Регистрация",  # a site's top bar, no "Home" first
])
def test_contact_lines_and_top_bars_are_chrome(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["Smith J. | Jones K. | 2019", "Volume 11 | Issue 3 | 2023"])
def test_rows_with_numbers_between_bars_are_not_a_top_bar(line):
    assert not is_chrome(line)


def test_article_dates_under_russian_labels_naming_the_article():
    text = ("Евразийский банк развития как инструмент финансирования интеграции\n\n"
            "Кузнецова Анна Викторовна\n\nСтатья поступила в редакцию: 12.04.2022\n\n"
            "Статья принята к публикации: 28.07.2022\n\nСписок литературы\n\n"
            "1. Кнобель А.Ю. Евразийский экономический союз // Вопросы экономики. 2015. № 3. С. 87–108.\n")
    article = parse_page(text, page=True).items[0]
    assert article["custom"]["dates"] == {"received": "2022-04-12", "accepted": "2022-07-28"}


# --- dates ------------------------------------------------------------------------

@pytest.mark.parametrize("text,parts", [
    ("10 December 2019", [2019, 12, 10]),
    ("25 Nov 2016", [2016, 11, 25]),
    ("December 10, 2019", [2019, 12, 10]),
    ("2019-07-15", [2019, 7, 15]),
    ("2019/10/02", [2019, 10, 2]),
    ("12.03.2021", [2021, 3, 12]),
    ("15 июня 2021 г.", [2021, 6, 15]),
    ("FEBRUARY 2020", [2020, 2]),
    ("2023 Aug 2", [2023, 8, 2]),
    ("Received 2023 Mar 14; Accepted 2023 Jul 24", [2023, 3, 14]),
])
def test_page_dates(text, parts):
    assert parse_date(text) == {"date-parts": [parts]}


def test_no_date():
    assert parse_date("no date here") is None


# --- HTML ---------------------------------------------------------------------------

def test_cyberleninka_ad_line_inside_a_list_is_not_part_of_the_entry_above():
    text = ("References\n"
            "1. Sidorova N. I. [Bank Branch Closures and Customer Behaviour in Small Towns]. Finansy: teoriya i praktika = "
            "Finance: Theory and\nPractice, 2020, vol. 24, no. 5, pp. 112–127 (In Russ.).\n\n"
            "i Надоели баннеры? Вы всегда можете отключить рекламу.\n\n"
            "2. Beck T., Demirgüç-Kunt A. Reaching Out: Access to and Use of Banking Services Across Countries. "
            "Journal of Financial Economics, 2007, vol. 85, no. 1, pp. 234–266.\n")
    sidorova, beck = parse_page(text).items
    assert sidorova["container-title"] == "Finansy: teoriya i praktika = Finance: Theory and Practice"
    assert "баннеры" not in sidorova["custom"]["source"] + sidorova.get("note", "")


def test_html_blocks_numbering_and_link_labels():
    lines, meta = html_lines(page("journal_ol.html"))
    text = "\n".join(lines)
    assert "1. Gokhberg L.M., Kuznetsova T.E. [Innovation in the Russian economy]." in text
    assert "URL: https://foresight-journal.hse.ru/en/2019-13-2/286488.html (In Russ.)" in text
    assert "3. Florida R. The Rise of the Creative Class." in text
    assert meta["html:title"] == ["Regional Economics: Theory and Practice"]


def test_html_look_up_links_after_a_reference_are_dropped():
    html = (
        '<ul><li><cite>Basu R. High ambient temperature and mortality. Environ Health. 2009;8:40.</cite> '
        '[<a href="https://doi.org/10.1186/1476-069X-8-40">DOI</a>] [<a href="/articles/PMC2759912/">PMC free article</a>] '
        '[<a href="https://pubmed.ncbi.nlm.nih.gov/19758453/">PubMed</a>]</li></ul>'
        '<div><div>Raeff, M. (1990) Russia Abroad. New York: Oxford University Press.</div>'
        '<p><a href="#">Google Preview</a></p><p><a href="#">COPAC</a></p></div>'
        '<p>Durand, J. (1994). Más allá de la línea. CONACULTA.&#160;&#8203;[&#160;<a href="javascript:void(0);">Links</a>&#160;]</p>'
        '<p>Vinokurov, E. (2018). Introduction to the Eurasian Economic Union. Palgrave. '
        '<a href="https://doi.org/10.1007/978-3-319-77446-4">doi</a>:10.1007/978-3-319-77446-4.</p>'
    )
    lines = [line for line in html_lines(html)[0] if line]
    assert lines == [
        # the labels go; the "[DOI]" link is the work's own address, kept as the entry shows none
        "Basu R. High ambient temperature and mortality. Environ Health. 2009;8:40. https://doi.org/10.1186/1476-069X-8-40",
        "Raeff, M. (1990) Russia Abroad. New York: Oxford University Press.",
        "Durand, J. (1994). Más allá de la línea. CONACULTA.",
        "Vinokurov, E. (2018). Introduction to the Eurasian Economic Union. Palgrave. doi:10.1007/978-3-319-77446-4.",
    ]


def test_html_japanese_look_up_links_after_a_reference_are_dropped():
    # J-STAGE puts "CiNii Research" (and "J-GLOBAL") links beside "Google Scholar": each label was an entry of its own
    html = (
        '<ul class="references-list"><li><div class="ref-text">Uyama Tomohiko. 2018. <i>Chūō Ajia o shiru tame no 60 shō</i> '
        '[Sixty Chapters for Understanding Central Asia]. Tokyo: Akashi Shoten.</div><div class="ref-links">'
        '<a href="https://ci.nii.ac.jp/ncid/BB26563468">CiNii Research</a> <a href="https://scholar.google.com/">Google Scholar</a>'
        '</div></li><li><div class="ref-text">Iwashita Akihiro. 2015. Japan’s Border Issues. London: Routledge.</div>'
        '<div class="ref-links"><a href="https://jglobal.jst.go.jp/detail?JGLOBAL_ID=201">J-GLOBAL</a></div></li></ul>'
    )
    assert [line for line in html_lines(html)[0] if line] == [
        "Uyama Tomohiko. 2018. Chūō Ajia o shiru tame no 60 shō [Sixty Chapters for Understanding Central Asia]. "
        "Tokyo: Akashi Shoten.",
        "Iwashita Akihiro. 2015. Japan’s Border Issues. London: Routledge.",
    ]


def test_html_look_up_link_lists_and_their_separators_are_dropped():
    # PLOS nests a list of look-up links in each reference; Frontiers puts them in a paragraph of their own.
    html = (
        '<ol class="references"><li><span class="label">1.</span>Suri T. The long-run effects of mobile money. '
        'Science. 2019;366: 1288–1292.<ul class="reflinks"><li><a href="https://doi.org/10.1126/x"> View Article </a></li>'
        '<li><a href="http://www.ncbi.nlm.nih.gov/pubmed/31806812"> PubMed/NCBI </a></li>'
        '<li><a href="http://scholar.google.com/scholar?q=x"> Google Scholar </a></li></ul></li></ol>'
        '<div class="References"><p>Greene, W. (2005). Reconsidering heterogeneity. J. Econom. 126, 269–303.</p>'
        '<p><a href="https://www.ncbi.nlm.nih.gov/pubmed/1">Pubmed Abstract</a> | <a href="#">Pubmed Full Text</a> | '
        '<a href="https://doi.org/10.1016/j.jeconom.2004.05.003">CrossRef Full Text</a> | '
        '<a href="http://scholar.google.com/scholar_lookup?x">Google Scholar</a></p></div>'
    )
    assert [line for line in html_lines(html)[0] if line] == [
        "1. Suri T. The long-run effects of mobile money. Science. 2019;366: 1288–1292.",
        "Greene, W. (2005). Reconsidering heterogeneity. J. Econom. 126, 269–303.",
    ]


def test_html_list_item_is_one_entry_whatever_blocks_it_holds():
    # ScienceDirect: the number in a label of its own, then the authors, title and journal in <div>s,
    # then "View PDF", "View in Scopus" and "Google Scholar" links glued together.
    html = (
        '<h2>References</h2><ol class="references">'
        '<li><span class="label"><a href="#bb1"><span>[1]</span></a></span><span class="reference">'
        '<div class="contribution"><div class="authors">R.W. Allen, C. Gombojav</div>'
        '<div class="title">An assessment of air pollution in Ulaanbaatar</div></div>'
        '<div class="host">Air Qual. Atmos. Health, 6 (1) (2013), pp. 137-150</div></span>'
        '<div class="ReferenceLinks"><a href="https://www.sciencedirect.com/science/article/pii/S1">View PDF</a>'
        '<a href="https://www.scopus.com/inward/record.url?eid=2">View in Scopus</a>'
        '<a href="https://scholar.google.com/scholar_lookup?title=An">Google Scholar</a></div></li>'
        '<li><span class="label"><a href="#bb2"><span>[2]</span></a></span><span class="reference">'
        '<div class="other-ref"><span>National Statistics Office of Mongolia, Mongolian Statistical Yearbook 2020, '
        'NSO, Ulaanbaatar, 2021.</span></div></span></li></ol><p>About ScienceDirect</p>'
    )
    result = parse_page(html, "sd.html")
    assert [(i["custom"]["number"], i["custom"]["source"]) for i in result.items] == [
        (1, "R.W. Allen, C. Gombojav. An assessment of air pollution in Ulaanbaatar. "  # a stop where a line ended
            "Air Qual. Atmos. Health, 6 (1) (2013), pp. 137-150"),
        (2, "National Statistics Office of Mongolia, Mongolian Statistical Yearbook 2020, NSO, Ulaanbaatar, 2021."),
    ]
    first = result.items[0]
    assert (first["author"][1], first["issued"], first["page"]) == (
        {"family": "Gombojav", "given": "C."}, {"date-parts": [[2013]]}, "137-150")


def test_a_doi_line_under_an_entry_is_the_entrys():
    # OpenEdition: each entry a <p>, its DOI link on a line of its own after a <br>
    html = (
        '<h2>Bibliographie</h2>'
        '<p class="bibliographie">Fazendeiro, Bernardo Teles. 2017. « Uzbekistan’s Defensive Self-Reliance: '
        'Karimov’s Foreign Policy Legacy ». <em>International Affairs</em> 93 (2) : 409-427.<br>'
        '<a href="https://doi.org/10.1093/ia/iix001" class="doi">DOI : 10.1093/ia/iix001</a></p>'
        '<p class="bibliographie">Gleason, Gregory. 2003. <em>Markets and Politics in Central Asia</em>. '
        'Londres, Routledge.</p>'
        '<p class="bibliographie">Peyrouse, Sébastien. 2016. « Les diasporas centrasiatiques en Russie ». '
        '<em>Revue d’études comparatives Est-Ouest</em> 47 (3) : 103-134.<br>'
        '<a href="https://doi.org/10.3917/receo1.473.0103" class="doi">DOI : 10.3917/receo1.473.0103</a></p>'
        '<p>Pour citer cet article</p>'
    )
    items = parse_page(html, "oe.html").items
    assert [(i["author"][0]["family"], i.get("DOI")) for i in items] == [
        ("Fazendeiro", "10.1093/ia/iix001"), ("Gleason", None), ("Peyrouse", "10.3917/receo1.473.0103")]


def test_html_list_item_opening_with_its_author_date_label():
    # ScienceDirect's author-date journals print "Ajilore and Ahmed, 2020" above each entry, in the same <li>
    html = ('<h2>References</h2><ol class="references"><li><span class="label"><a href="#b1"><span>Ajilore and Ahmed, '
            '2020</span></a></span><span class="reference"><div class="contribution"><div class="authors">O. Ajilore, '
            'M. Ahmed</div><div class="title">Mobile money and household welfare: evidence from sub-Saharan Africa</div>'
            '</div><div class="host">World Dev., 132 (2020), Article 104986</div></span></li>'
            '<li><span class="label"><a href="#b2"><span>World Bank, 2021</span></a></span><span class="reference">'
            '<div class="contribution"><div class="authors">World Bank</div><div class="title">Migration and '
            'Development Brief 35: Recovery</div></div><div class="host">World Bank, Washington, DC (2021)</div>'
            '</span></li></ol><h2>Cited by (4)</h2>')
    first, second = parse_page(html, "sd.html").items
    assert first["custom"]["source"].startswith("O. Ajilore, M. Ahmed. Mobile money")
    assert first["author"] == [{"family": "Ajilore", "given": "O."}, {"family": "Ahmed", "given": "M."}]
    assert second["custom"]["source"].startswith("World Bank. Migration")


def test_a_wrapped_entry_whose_first_line_ends_at_its_year_keeps_it():
    text = ("References\n\n1. Allison, R. (2008)\n‘Virtual Regionalism, Regional Structures and Regime Security in "
            "Central Asia’,\nCentral Asian Survey, 27, 2.\n\n2. Cooley, A. (2012) Great Games, Local Rules "
            "(New York, NY, Oxford University Press).\n")
    first, _ = parse_page(text, "refs.txt").items
    assert first["custom"]["source"].startswith("Allison, R. (2008)")


def test_html_digital_library_and_cross_ref_labels_are_dropped():
    # ACM Digital Library: the labels follow the reference with no space between.
    html = (
        '<ol class="references__list"><li><span class="references__note">Keith Hart. 1973. Informal Income '
        'Opportunities and Urban Employment in Ghana. <i>The Journal of Modern African Studies</i> 11, 1 (1973), '
        '61–89.<span class="references__suffix"><a href="https://scholar.google.com/scholar?q=x">Google Scholar</a>'
        '<a href="https://doi.org/10.1017/S0022278X00008089">Cross Ref</a></span></span></li>'
        '<li><span class="references__note">Paul Dourish. 2001. <i>Where the Action Is</i>. MIT Press, '
        'Cambridge, MA, USA.<span class="references__suffix"><a href="/doi/book/10.5555/513034">Digital Library</a>'
        '</span></span></li></ol>'
    )
    assert [line for line in html_lines(html)[0] if line] == [
        # the "Cross Ref" link is the work's own DOI, kept as the entry shows none
        "1. Keith Hart. 1973. Informal Income Opportunities and Urban Employment in Ghana. The Journal of Modern "
        "African Studies 11, 1 (1973), 61–89. https://doi.org/10.1017/S0022278X00008089",
        "2. Paul Dourish. 2001. Where the Action Is. MIT Press, Cambridge, MA, USA.",
    ]


def test_author_tags_and_recommendations_after_the_references_are_not_references():
    # the ACM Digital Library numbers its author tags as an <ol> right below the references
    text = """References

1. Paul Dourish. 2001. Where the Action Is: The Foundations of Embodied Interaction. MIT Press, Cambridge, MA, USA.

2. Vivian Zelizer. 1994. The Social Meaning of Money. Basic Books, New York, NY, USA.

Publication History

Published: 19 April 2023

Author Tags

1. mobile payments

2. informal economy

Recommendations

1. Designing for Cash-Lite Futures in Informal Markets
"""
    result = parse_page(text, "acm.txt")
    assert [i["custom"]["source"][:14] for i in result.items] == ["Paul Dourish. ", "Vivian Zelizer"]


def test_html_notes_keep_printed_numbers_and_drop_hidden_text():
    lines, meta = html_lines(page("tandf_notes.html"))
    assert "1 See also Cornell (2011)." in lines
    assert "4 Ibid." in lines
    text = "\n".join(lines)
    assert "Citation" not in text and "Google Scholar" not in text and "CrossRef" not in text
    assert "dataLayer" not in text and "off-screen" not in text
    assert meta["citation_author"] == ["Harutyunyan, Lilit", "Schmidt, Peter J."]


def test_html_dialogs_are_not_page_text():
    lines, _ = html_lines("""<p>Abstract text of the article.</p><div class="modal" id="kindleModal" role="dialog">
<h2>Save article to Kindle</h2><p>To save this article to your Kindle, first ensure coreplatform@cambridge.org is added
to your Approved Personal Document E-mail List under your Personal Document Settings.</p></div><p>After.</p>""")
    assert [line for line in lines if line] == ["Abstract text of the article.", "After."]


def test_html_blocks_hidden_only_on_small_screens_or_paper_are_page_text():
    # Wiley's desktop byline is "loa-authors hidden-xs"; Bootstrap's hidden-xs ... hidden-print hide nothing on screen
    lines, _ = html_lines('<div class="loa-wrapper loa-authors hidden-xs desktop-authors"><p>Aizada Asanova</p>'
                          '<p>Institute of Public Policy and Administration, University of Central Asia</p></div>'
                          '<p class="links hidden-print">Download references</p>'
                          '<span class="hidden data-doi">10.1257/jep.24.3.207</span><p class="sr-only">Skip</p>')
    assert [line for line in lines if line] == [
        "Aizada Asanova", "Institute of Public Policy and Administration, University of Central Asia", "Download references"]


def test_html_survives_unbalanced_markup():
    lines, _ = html_lines("<p>References<ol><li>Smith J. Title. 2001<li>Jones K. Other. 2002</ol><div><b>x")
    assert "1. Smith J. Title. 2001" in lines and "2. Jones K. Other. 2002" in lines


def test_html_line_breaks_as_a_browser_shows_them():
    # A break inside a run of text is a space; a pretty-printed template's break between two
    # elements is one line break (ar5iv prints a bibliography item's parts on lines of their own).
    html = ("<p>You are using a browser version with limited support for CSS. To obtain\n"
            "  the best experience, we recommend you update.</p>\n<ul><li>\n"
            '<span class="ltx_tag">Yang (2008)</span>\n<span class="ltx_bibblock">D. Yang (2008)\n</span>\n\n'
            '<span class="ltx_bibblock">International migration.\n</span></li></ul><pre>a\nb</pre>')
    assert [line for line in html_lines(html)[0] if line] == [
        "You are using a browser version with limited support for CSS. To obtain the best experience, "
        "we recommend you update.", "Yang (2008)", "D. Yang (2008)", "International migration.", "a", "b"]


def test_the_site_footer_is_kept_out_of_the_lists_and_still_read_for_the_article():
    html = """<html><head><meta name="citation_title" content="Remittances and labour supply"></head><body>
<div class="page"><article><h1>Remittances and labour supply</h1><h2>References</h2><ul>
<li>Yang, D. (2008). International migration, remittances and household investment. The Economic Journal, 118, 591–630.</li>
<li>Justino, P. and Shemyakina, O. N. (2012). Remittances and labor supply in post-conflict Tajikistan.
IZA Journal of Labor &amp; Development, 1, 1–28. External Links: <a href="https://doi.org/10.1186/2193-9020-1-8">Document</a></li>
</ul></article><footer><p>Generated on Wed Mar 6 04:12:55 2024 by LaTeXML</p><p>Online ISSN 1477-4534</p></footer></div>
</body></html>"""
    lines, meta = html_lines(html)
    assert meta["html:footer"] == ["Generated on Wed Mar 6 04:12:55 2024 by LaTeXML", "Online ISSN 1477-4534"]
    article, *works = parse_page(html, "ar5iv.html", page=True).items
    assert article["ISSN"] == "1477-4534"
    assert len(works) == 2 and works[1]["DOI"] == "10.1186/2193-9020-1-8"


# --- the article item -------------------------------------------------------------------

def test_article_from_the_russian_seed():
    result = parse_page(seed_text("000_86c3b057a0d4154e.txt"), "seed000", page=True)
    article = result.items[0]
    assert article["custom"]["article"] is True
    assert article["title"].startswith("Improving financial mechanisms for the military and technological")
    assert article["title"].endswith("with reference to the EU case")
    assert article["author"] == [{"family": "Degtereva", "given": "E.A."}, {"family": "Chernysheva", "given": "A.M."}]
    assert article["custom"]["affiliations"][0]["affiliation"].startswith("Institute of Europe, Russian Academy of Sciences")
    assert article["custom"]["affiliations"][1]["author"] == "Chernysheva A.M."
    assert article["container-title"] == "National Interests: Priorities and Security"
    assert (article["volume"], article["issue"], article["page"]) == ("16", "2", "383-396")
    assert article["issued"] == {"date-parts": [[2020, 2, 14]]}
    assert article["custom"]["dates"] == {"received": "2019-12-10", "revised": "2019-12-26", "accepted": "2020-01-18"}
    assert article["keyword"] == "CSTO, military product, military-technical cooperation"
    assert article["custom"]["jel"] == ["F02", "F53", "F55"]
    assert set(article["ISSN"].split(", ")) == {"2311-875X", "2073-2872"}
    abstract = article["abstract"].split("\n")
    assert [a.split(":")[0] for a in abstract] == ["Subject", "Objectives", "Methods", "Results", "Conclusions and Relevance"]
    assert "+7 495" not in str(article) and "current issue" not in str(article)
    assert validate(article) == []


def test_article_header_hyphenated_at_line_ends_in_a_pdf_copy():
    lines = [
        "ЭКОНОМИКА РЕГИОНА. 2021. Т. 17, вып. 3", "",
        "МЕЖБЮДЖЕТНЫЕ ТРАНСФЕРТЫ И ИНВЕСТИЦИ-", "ОННАЯ АКТИВНОСТЬ МУНИЦИПАЛИТЕТОВ", "",
        "Ключевые слова: межбюджетные трансферты, му-", "ниципальные финансы, капитальные расходы, бюд-",
        "жетный федерализм",
    ]
    article = article_item(lines)
    assert article["title"] == "МЕЖБЮДЖЕТНЫЕ ТРАНСФЕРТЫ И ИНВЕСТИЦИОННАЯ АКТИВНОСТЬ МУНИЦИПАЛИТЕТОВ"
    assert article["keyword"] == "межбюджетные трансферты, муниципальные финансы, капитальные расходы, бюджетный федерализм"


def test_a_references_tab_over_nothing_does_not_end_the_header():
    # A Taylor & Francis page copied as text: its tab row ("Figures & data", "References", "Citations",
    # "Metrics") comes before the abstract, and the reference list after the body.
    text = """Research Article
Whose patronage? Regional governors and electoral machines in Kazakhstan’s akimats
Full Article
Figures & data
References
Citations
Metrics
Reprints & Permissions
ABSTRACT
Why do some regional governors deliver larger vote shares for the ruling party than others? Drawing on interviews with local officials, this article shows that governors with careers inside the region deliver higher turnout.
KEYWORDS: Kazakhstan, patronage, electoral machines
Introduction
Scholars of electoral authoritarianism have long argued that regional elites matter (Hale Citation2015).
References
Hale, H. E. 2015. Patronal Politics: Eurasian Regime Dynamics in Comparative Perspective. Cambridge: Cambridge University Press.
Reuter, O. J. 2017. The Origins of Dominant Parties. Cambridge: Cambridge University Press.
"""
    article, *works = parse_page(text, "tandf.txt", page=True).items
    assert article["abstract"].startswith("Why do some regional governors")
    assert article["keyword"] == "Kazakhstan, patronage, electoral machines"
    assert len(works) == 2


def test_introduction_in_a_row_of_contents_links_does_not_end_the_header():
    # PLOS lists its sections as links before the article information it prints.
    lines = ["Mobile banking adoption among smallholder farmers in the Fergana Valley", "",
             "Abstract", "Introduction", "Data and methods", "Results", "",
             "Received: November 3, 2021; Accepted: May 28, 2022; Published: June 15, 2022", "",
             "Introduction", "", "Received: 1 January 2020"]
    article = article_item(lines)
    assert article["custom"]["dates"] == {"received": "2021-11-03", "accepted": "2022-05-28"}
    assert article["issued"] == {"date-parts": [[2022, 6, 15]]}


def test_dates_after_the_references_on_one_line():
    # Frontiers prints the history below the references: "Received: ...; Accepted: ...;"
    lines = ["Farm cooperatives and land-use efficiency after the 2003 land reform", "", "References"]
    article = article_item(lines, {}, 2, footer=["Received: 02 November 2022; Accepted: 20 February 2023;",
                                                 "Published: 14 March 2023."])
    assert article["custom"]["dates"] == {"received": "2022-11-02", "accepted": "2023-02-20"}


def test_article_authors_with_bracketed_affiliation_letters():
    lines = ["А. В. Кузнецова a), Р. Т. Ахметов b)", "a) Институт экономики УрО РАН, г. Екатеринбург", "",
             "МЕЖБЮДЖЕТНЫЕ ТРАНСФЕРТЫ И ИНВЕСТИЦИОННАЯ АКТИВНОСТЬ МУНИЦИПАЛИТЕТОВ"]
    assert article_item(lines)["author"] == [{"family": "Кузнецова", "given": "А.В."},
                                             {"family": "Ахметов", "given": "Р.Т."}]


def test_article_filled_from_its_own_citation_wrapped_over_lines():
    lines = [
        "МЕЖБЮДЖЕТНЫЕ ТРАНСФЕРТЫ И ИНВЕСТИЦИОННАЯ АКТИВНОСТЬ МУНИЦИПАЛИТЕТОВ", "",
        "b) Уральский федеральный университет, г. Екатеринбург, Российская Федерация",
        "Для цитирования: Кузнецова А. В., Ахметов Р. Т.",
        "Межбюджетные трансферты и инвестиционная ак-", "тивность муниципалитетов // Экономика региона. 2021. Т. 17, вып. 3.",
        "С. 1004-1018. https://doi.org/10.17059/ekon.reg.2021-", "3-14", "",
    ]
    article = article_item(lines)
    assert article["container-title"] == "Экономика региона"
    assert (article["volume"], article["issue"], article["page"]) == ("17", "3", "1004-1018")
    assert article["DOI"] == "10.17059/ekon.reg.2021-3-14"


def test_article_from_a_proquest_record_line_under_its_title():
    # ProQuest: names, then the journal and its place after ';', then volume, issue, season and pages; it was all the
    # journal's name, with no authors and no pages
    lines = ["Back to results", "", "Patronage and Water: Irrigation Politics in Southern Kyrgyzstan after 2010",
             "Mamatova, Aidai; Holloway, Peter J. Demokratizatsiya; Washington Vol. 31, Iss. 2,  (Spring 2023): 187-212.",
             "", "Full Text   Abstract/Details   References 14", "Abstract",
             "This article examines how water user associations in southern Kyrgyzstan have been drawn into local "
             "networks of patronage since the violence of 2010.", ""]
    article = article_item(lines)
    assert article["author"] == [{"family": "Mamatova", "given": "Aidai"}, {"family": "Holloway", "given": "Peter J"}]
    assert (article["container-title"], article["publisher-place"]) == ("Demokratizatsiya", "Washington")
    assert (article["volume"], article["issue"], article["page"]) == ("31", "2", "187-212")


def test_article_title_in_capitals_wrapped_over_two_lines():
    lines = ["А. В. Кузнецова a), Р. Т. Ахметов b)", "",
             "МЕЖБЮДЖЕТНЫЕ ТРАНСФЕРТЫ И ИНВЕСТИЦИОННАЯ АКТИВНОСТЬ МУНИЦИПАЛИТЕТОВ", "УРАЛЬСКОГО ФЕДЕРАЛЬНОГО ОКРУГА 1",
             "", "Аннотация. В статье оценивается влияние целевых трансфертов на капитальные расходы муниципалитетов."]
    assert article_item(lines)["title"] == (
        "МЕЖБЮДЖЕТНЫЕ ТРАНСФЕРТЫ И ИНВЕСТИЦИОННАЯ АКТИВНОСТЬ МУНИЦИПАЛИТЕТОВ УРАЛЬСКОГО ФЕДЕРАЛЬНОГО ОКРУГА")


@pytest.mark.parametrize("notice", ["DRAFT 4 – not for circulation or citation – 26 March 2024",
                                    "Working draft, please do not cite"])
def test_a_manuscripts_draft_notice_over_its_title_is_no_journal(notice):
    """A thesis chapter or working paper exported from a word processor opens with its status; the line had been
    the article's journal (the only short line above the title). It stays in note, short as it may be."""
    lines = [notice, "", "Chapter 3. Remittance Dependence and the Tajik State, 2014–2023", "", "Malika Saidova", "",
             "PhD thesis, Department of Politics, University of Exeter", "", "3.1 Introduction", "",
             "In 2013 the money that Tajik migrants sent home was worth almost half of the country’s gross domestic "
             "product, a share no other state in the world has matched.[1] International financial institutions have "
             "treated this dependence as a problem of macroeconomic exposure.[2]"]
    article = article_item(lines)
    assert article["title"] == "Chapter 3. Remittance Dependence and the Tajik State, 2014–2023"
    assert article.get("container-title") is None and notice in article["note"].split("\n")


def test_abstract_headings_among_the_menus_links_are_tabs():
    """SciELO Brasil's menu holds 'Resumo' and 'Resumo (English)' between short links: tabs, not the abstract's
    heading. The bracket had been the abstract's first line ('(English)'), and nothing else the menu's may be."""
    lines = ["Revista Brasileira de Política Internacional", "", "Números anteriores", "", "English Español", "",
             "Resumo", "", "Resumo (English)", "", "Introdução", "", "Referências", "", "PDF (Português)", "",
             "Rev. Bras. Polít. Int. 67 (1) • 2024 •", "https://doi.org/10.1590/0034-7329202400105", "", "ARTIGO", "",
             "A Organização para Cooperação de Xangai e a Ásia Central: segurança do regime e regionalismo autoritário",
             "", "Ana Paula Ferreira", "", "Resumo", "",
             "Este artigo analisa o papel da Organização para Cooperação de Xangai (OCX) na segurança dos regimes da "
             "Ásia Central entre 2001 e 2022.", "",
             "Palavras-chave: Organização para Cooperação de Xangai; Ásia Central; regionalismo autoritário"]
    article = article_item(lines)
    assert article["abstract"] == lines[27]
    assert "Rev. Bras. Polít. Int. 67 (1) • 2024 •" in article["note"].split("\n")


def test_article_header_in_spanish():
    lines = [
        "Migración de retorno y emprendimiento en municipios rurales de Oaxaca", "",
        "Resumen", "",
        "Con base en 42 entrevistas, analizamos cómo los migrantes que regresan invierten sus ahorros.", "",
        "Palabras clave: migración de retorno; emprendimiento; remesas", "",
        "Abstract", "",
        "Drawing on 42 interviews, we analyse how returning migrants invest their savings.", "",
        "Introducción", "",
        "La migración de retorno ha crecido desde la crisis de 2008 (Masferrer y Roberts, 2012).",
    ]
    article = article_item(lines)
    assert article["abstract"].split("\n") == [lines[4], lines[10]]
    assert article["keyword"] == "migración de retorno, emprendimiento, remesas"
    assert "note" not in article


def test_spanish_and_portuguese_pointers_link_to_both_authors_work():
    text = (
        "Notas\n"
        "1 Véase también Papail y Arroyo (2004) para el caso de Jalisco.\n"
        "2 Ver Durand e Massey (1992), p. 12.\n\n"
        "Referencias\n"
        "Durand, J. y Massey, D. S. (1992). Mexican migration to the United States: A critical review. "
        "Latin American Research Review, 27(2), 3-42.\n"
        "Papail, J. y Arroyo, J. (2004). Los dólares de la migración. Universidad de Guadalajara.\n"
    )
    items = parse_page(text, "scielo").items
    pointers = [i["custom"] for i in items if i["custom"].get("pointer")]
    assert [p["targets"] for p in pointers] == [["Papail y Arroyo (2004)"], ["Durand e Massey (1992)"]]
    assert [p["target-ids"] for p in pointers] == [["papail2004los"], ["durand1992mexican"]]


def test_abnt_pointers_to_co_authors_in_capitals_link_to_their_work():
    """ABNT cites co-authors in capitals parted by ';' before their one year ('COOLEY; HEATHERSHAW, 2017'): one work by
    both, not Heathershaw's alone (which named no listed work); Portuguese 'Ver também' is a cue as 'See also' is."""
    text = (
        "Notas\n"
        "1 Ver também COOLEY; HEATHERSHAW, 2017, cap. 3.\n"
        "2 Sobre o tema, ver (LARUELLE; PEYROUSE, 2013; ALLISON, 2008).\n\n"
        "Referências\n"
        "ALLISON, Roy. Virtual regionalism, regional structures and regime security in Central Asia. Central Asian "
        "Survey, v. 27, n. 2, p. 185-202, 2008.\n"
        "COOLEY, Alexander; HEATHERSHAW, John. Dictators without borders: power and money in Central Asia. "
        "New Haven: Yale University Press, 2017.\n"
        "LARUELLE, Marlene; PEYROUSE, Sébastien. Globalizing Central Asia: geopolitics and the challenges of economic "
        "development. Armonk: M. E. Sharpe, 2013.\n"
    )
    items = parse_page(text, "scielo").items
    pointers = [i["custom"] for i in items if i["custom"].get("pointer")]
    works = {i["author"][0]["family"].lower(): i["id"] for i in items if not i["custom"].get("pointer")}
    assert [p["targets"] for p in pointers] == [["COOLEY; HEATHERSHAW (2017)"],
                                                ["LARUELLE; PEYROUSE (2013)", "ALLISON (2008)"]]
    assert [p["target-ids"] for p in pointers] == [[works["cooley"]], [works["laruelle"], works["allison"]]]


def test_a_pointer_to_a_corporate_author_links_to_its_work():
    text = (
        "Bibliography\n"
        "World Bank. 2019. Uzbekistan: Strengthening the Social Protection System. Washington, DC: World Bank.\n"
        "Noori, Neema. 2006. “Delegating Coercion.” PhD diss., Columbia University.\n\n"
        "Notes\n"
        "1 On elite capture in aid programmes more generally, see World Bank (2019), 23–31.\n"
    )
    work, _, pointer = parse_page(text, "word").items
    assert pointer["custom"]["target-ids"] == [work["id"]]


def test_an_apa_line_for_the_same_author_repeats_the_name_above():
    text = (
        "References\n"
        "Durand, J. (1994). Más allá de la línea. Consejo Nacional para la Cultura y las Artes.\n"
        "______ (2004). Ensayo teórico sobre la migración de retorno. Cuadernos Geográficos, (35), 103-116.\n"
        "Lindstrom, D. P. (1996). Economic opportunity in Mexico. Demography, 33(3), 357-374.\n"
    )
    items = parse_page(text, "scielo").items
    assert len(items) == 3
    assert items[1]["author"] == [{"family": "Durand", "given": "J."}]
    assert items[1]["issued"] == {"date-parts": [[2004]]}


def test_article_from_the_notes_seed():
    result = parse_page(seed_text("003_114b52dd7ae8b880.txt"), "seed003", page=True)
    article = result.items[0]
    assert article["title"] == ("Russia and the Collective Security Treaty Organisation: "
                                "Multilateral Policy or Unilateral Ambitions?")
    assert article["page"] == "1526-1552"
    assert article["issued"] == {"date-parts": [[2016, 11, 25]]}
    assert article["abstract"].startswith("Ambivalence and misconceptions surround")
    assert "thank" not in article["abstract"]
    assert "CrossRef" not in str(article)


def test_article_with_name_list_doi_and_jel_codes():
    lines = page("springer_brackets.txt").splitlines()
    start = lines.index("References")
    article = article_item(lines, {}, start)
    assert article["title"] == "Trade openness and regional convergence: evidence from European NUTS-2 regions"
    assert article["container-title"] == "Journal of Economic Growth"
    assert article["author"] == [{"family": "Kowalska", "given": "Maria"}, {"family": "Becker", "given": "Jonas"}]
    assert article["DOI"] == "10.1007/s10887-022-09201-3"
    assert article["custom"]["jel"] == ["F15", "O47", "R11"]
    assert (article["volume"], article["issue"]) == ("27", "3")
    assert article["issued"] == {"date-parts": [[2022, 3, 21]]}
    assert article["keyword"] == "Convergence, Trade openness, Spatial econometrics, European regions"


def test_cyrillic_article():
    result = parse_page(page("gost_cyrillic.txt"), "gost", page=True)
    article = result.items[0]
    assert article["title"] == "Цифровая трансформация региональных банков: проблемы и перспективы"
    assert article["container-title"] == "Вестник экономической теории"
    assert [a["family"] for a in article["author"]] == ["Иванова", "Сидоров"]
    assert article["issued"] == {"date-parts": [[2021, 6, 15]]}
    assert article["page"] == "45-58"
    assert article["keyword"] == "цифровая трансформация, региональные банки, финансовые экосистемы"
    assert article["abstract"].startswith("В статье рассматриваются")


def test_html_meta_tags_describe_the_article():
    result = parse_page(page("tandf_notes.html"), "tandf", page=True)
    article = result.items[0]
    assert article["title"] == "Energy Dependence and Alliance Politics in the South Caucasus"
    assert article["container-title"] == "Central Asian Survey"
    assert article["author"][1] == {"family": "Schmidt", "given": "Peter J."}
    assert (article["volume"], article["issue"], article["page"]) == ("38", "4", "512-534")
    assert article["DOI"] == "10.1080/02634937.2019.1640192"
    assert article["ISSN"] == "0263-4937, 1465-3354"
    assert article["abstract"].startswith("This article examines")


# --- whole pages ------------------------------------------------------------------------

def test_russian_seed_references_in_order_and_cited_by_the_article():
    text = seed_text("000_86c3b057a0d4154e.txt")
    result = parse_page(text, "seed000", page=True)
    article, *refs = result.items
    assert len(refs) == 20
    expected = [re.sub(r"\s*URL: Link", "", m.group(1)).strip()
                for m in re.finditer(r"^\s+\d+\.\s+(.*)$", text, re.M)]
    assert [r["custom"]["source"] for r in refs] == expected
    assert [r["custom"]["number"] for r in refs] == list(range(1, 21))
    assert all(r["custom"]["cited-by"] == [article["id"]] for r in refs)
    assert not any(r["custom"].get("pointer") or r["custom"].get("commentary") for r in refs)
    assert len({r["id"] for r in result.items}) == 21


def test_without_page_only_references_come_back():
    result = parse_page(seed_text("000_86c3b057a0d4154e.txt"), "seed000")
    assert len(result.items) == 20 and result.problems == []
    assert not any("cited-by" in r["custom"] for r in result.items)


def test_notes_seed_pointers_commentary_and_works():
    result = parse_page(seed_text("003_114b52dd7ae8b880.txt"), "seed003", page=True)
    article, *notes = result.items
    numbers = [n["custom"]["number"] for n in notes]
    assert numbers == sorted(numbers) and set(numbers) == set(range(1, 78))

    (note13,) = by_number(notes, 13)
    assert note13["custom"]["pointer"] is True and note13["type"] == "document"
    assert note13["custom"]["targets"] == ["Flikke (2009)"]
    assert note13["note"] == "See also Flikke (2009)."
    assert "cited-by" not in note13["custom"]

    for number in (9, 15):
        (note,) = by_number(notes, number)
        assert note["custom"]["commentary"] is True and "title" not in note

    for number in (4, 10, 30):
        (work,) = by_number(notes, number)
        assert not work["custom"].get("pointer") and not work["custom"].get("commentary")
        assert work["custom"]["cited-by"] == [article["id"]]
    (interview,) = by_number(notes, 4)
    assert interview["custom"]["source"] == "Author’s interview with an anonymous expert, Moscow, 13 August 2012."

    documents = by_number(notes, 18)
    assert len(documents) == 4 and all(not d["custom"].get("pointer") for d in documents)
    assert [d["custom"]["source"][:20] for d in documents[:3]] == [
        "‘Polozhenie o proyad", "‘Poryadok koordinats", "‘Polozhenie o poryad"]

    work37, pointer37 = by_number(notes, 37)
    assert pointer37["custom"]["targets"] == ["Allison (2009)", "Kropatcheva (2009)"]
    assert work37["custom"]["source"].startswith("‘President Medvedev’s Interview")

    assert not any(re.search(r"Citation\d", n["custom"]["source"]) for n in notes)
    assert all(validate(n) == [] for n in result.items)


def test_pointers_link_to_the_works_they_name():
    result = parse_page(page("chicago_notes.txt"), "notes")
    items = {i["custom"]["number"]: i for i in result.items if i["custom"].get("pointer")}
    works = [i for i in result.items if not i["custom"].get("pointer") and not i["custom"].get("commentary")]
    kotkin = works[0]["id"]
    assert items[2]["custom"]["same-as"] == kotkin            # Ibid.
    assert items[6]["custom"]["target-ids"] == [kotkin]       # Kotkin, op. cit.
    assert items[3]["custom"]["targets"] == ["Hill and Gaddy (2013)", "Treisman (2011)"]
    (commentary,) = [i for i in result.items if i["custom"].get("commentary")]
    assert commentary["custom"]["number"] == 4
    five = [i for i in result.items if i["custom"]["number"] == 5]
    assert len(five) == 2  # two works in one note, split at ';'


@pytest.mark.parametrize("name,count", [
    ("springer_brackets.txt", 6), ("gost_cyrillic.txt", 5), ("apa_hanging.txt", 5),
    ("paren_numbered.txt", 4), ("one_per_line.txt", 4), ("journal_ol.html", 3),
])
def test_fixture_lists_give_one_work_per_entry(name, count):
    result = parse_page(page(name), name)
    assert result.problems == []
    assert len(result.items) == count
    assert not any(i["custom"].get("pointer") or i["custom"].get("commentary") for i in result.items)
    assert all(i["custom"]["source"] and validate(i) == [] for i in result.items)


def test_a_page_without_references_says_so():
    result = parse_page(page("no_references.txt"), "letter.txt")
    assert result.items == []
    assert [str(p) for p in result.problems] == ["letter.txt: no references found in the input"]


def test_empty_input():
    result = parse_page("", "empty.txt")
    assert result.items == [] and [str(p) for p in result.problems] == ["empty.txt: empty input: nothing to read"]


def test_cyrillic_and_transliterated_lists_of_one_page_are_paired():
    text = """Список литературы
1. Иванов И.И. Экономика регионов. М.: Наука, 2015. 320 с.
2. Петров П.П. Рынок труда // Вопросы экономики. 2018. № 3. С. 10–25.

References
1. Ivanov I.I. Ekonomika regionov [Regional economics]. Moscow, Nauka Publ., 2015, 320 p.
2. Petrov P.P. [The labour market]. Voprosy Ekonomiki, 2018, no. 3, pp. 10–25. (In Russ.)
"""
    result = parse_page(text, "two-lists")
    assert [i["custom"]["source"][:10] for i in result.items] == ["Ivanov I.I", "Petrov P.P"]
    assert result.items[1]["custom"]["original-source"] == \
        "Петров П.П. Рынок труда // Вопросы экономики. 2018. № 3. С. 10–25."


def test_a_transliterated_entry_takes_the_language_of_its_cyrillic_original():
    text = """Список литературы
1. Мукомель В. И. Интеграция мигрантов: вызовы, политика, социальные практики. М.: Институт социологии РАН, 2016. 368 с.
2. Марочко В. І. Голодомор в Україні: причини і наслідки. Київ: Наукова думка, 2018. 412 с.
3. Abdulloev I., Epstein G. S., Gang I. N. Remittances, Consumption and Investment in Tajikistan // Central Asian Survey. 2014. Vol. 33. No. 3. P. 385–401.

References
1. Mukomel V. I. Integratsiya migrantov: vyzovy, politika, sotsial'nye praktiki [Integration of migrants: challenges, policy, social practices]. Moscow, Institute of Sociology of RAS Publ., 2016. 368 p.
2. Marochko V. I. Holodomor v Ukraini: prychyny i naslidky [The Holodomor in Ukraine: causes and consequences]. Kyiv, Naukova dumka Publ., 2018. 412 p.
3. Abdulloev I., Epstein G. S., Gang I. N. Remittances, Consumption and Investment in Tajikistan. Central Asian Survey, 2014, vol. 33, no. 3, pp. 385–401.
"""
    books = parse_page(text, "two-lists").items
    assert [i.get("language") for i in books] == ["ru", "uk", None]


def test_author_date_lists_in_two_orders_are_paired_entry_by_entry():
    # Polis: the Список литературы prints its Russian works first, the References all works in one Latin order
    text = """Список литературы
Кузьмина Е.М. (2019). Политика Китая в Центральной Азии. Полис. Политические исследования. № 5. С. 89-104.
Тургунбаев А.К. (2020). Миграционная политика Кыргызстана в условиях ЕАЭС. Дисс. … канд. полит. наук. Бишкек: КРСУ.
Cooley A. (2012). Great Games, Local Rules: The New Great Power Contest in Central Asia. New York: Oxford University Press.
Tskhay A., Costa Buranelli F. (2020). Accommodating Revisionism through Balancing Regionalism: The Case of Central Asia. Europe-Asia Studies. Vol. 72. No. 6. P. 1033-1052.

References
Cooley, A. (2012). Great Games, Local Rules: The New Great Power Contest in Central Asia. New York: Oxford University Press.
Kuzmina, E.M. (2019). China's Policy in Central Asia. Polis. Political Studies. No. 5. P. 89-104. (In Russ.)
Tskhay, A., & Costa Buranelli, F. (2020). Accommodating Revisionism through Balancing Regionalism: The Case of Central Asia. Europe-Asia Studies. Vol. 72. No. 6. P. 1033-1052.
Turgunbaev, A.K. (2020). Migratsionnaya politika Kyrgyzstana v usloviyakh EAES [Migration Policy of Kyrgyzstan in the EAEU]. Cand. Sci. (Pol.) Diss. Bishkek: KRSU. (In Russ.)
"""
    works = parse_page(text, "polis.html").items
    assert [w["custom"]["source"][:6] for w in works] == ["Cooley", "Kuzmin", "Tskhay", "Turgun"]
    assert [w["custom"]["original-source"][:6] for w in works] == ["Cooley", "Кузьми", "Tskhay", "Тургун"]
    assert [w.get("language") for w in works] == [None, "ru", None, "ru"]


def test_an_entry_with_its_transliteration_below_it_is_one_work_with_its_original():
    # Elpub's Список литературы: each Russian entry and its References version in one paragraph
    html = """<html><body><h4>Список литературы</h4><div>
<p>1. Тарасов В.П. Миграционные процессы на Дальнем Востоке России. Хабаровск: ИЭИ ДВО РАН, 2016. 284 с.<br />
Tarasov V.P. <i>Migratsionnye protsessy na Dal’nem Vostoke Rossii</i> [Migration processes in the Russian Far East].
Khabarovsk: ERI FEB RAS, 2016, 284 p. (In Russ.)</p>
<p>2. Laruelle M. (Ed.) Migration and Social Upheaval as the Face of Globalization in Central Asia. Leiden: Brill, 2013. 390 p.</p>
<p>3. Ли А.С. Мигранты в строительстве // Пространственная экономика. 2019. Т. 15. № 2. С. 141–162. URL:<br />
https://doi.org/10.14530/se.2019.2.141-162</p>
</div><h4>Об авторах</h4></body></html>"""
    first, second, third = parse_page(html, "elpub.html").items
    assert first["custom"]["source"].startswith("Tarasov V.P. Migratsionnye protsessy")
    assert first["custom"]["original-source"] == \
        "Тарасов В.П. Миграционные процессы на Дальнем Востоке России. Хабаровск: ИЭИ ДВО РАН, 2016. 284 с."
    assert (first["title"], first["language"], first["number-of-pages"]) == (
        "Migration processes in the Russian Far East", "ru", "284")
    assert "original-source" not in second["custom"]
    # a Cyrillic entry whose address went to the next line has no transliteration below it
    assert third["custom"]["source"].startswith("Ли А.С.") and "original-source" not in third["custom"]


def test_unnumbered_list_ends_where_page_prose_begins():
    html = """<html><body><article><h1>On the measurement of trade costs</h1>
<p>Anna Berg and Carl Holm</p>
<h2>1. Introduction</h2><p>Trade costs are large (Anderson and van Wincoop 2004). We measure them here.</p>
<h2>References</h2>
<p>Anderson, J. E., and E. van Wincoop. 2004. "Trade Costs." <em>Journal of Economic Literature</em> 42 (3): 691–751.</p>
<p>Head, K., and T. Mayer. 2014. "Gravity Equations." In <em>Handbook of International Economics</em>, vol. 4, 131–195. Amsterdam: Elsevier.</p>
<p>The authors thank the editor and two referees for their many helpful comments on the first draft.</p>
</article><footer><p>© 2023 Example Press. All rights reserved.</p></footer></body></html>"""
    result = parse_page(html, "page.html", page=True)
    article, *refs = result.items
    assert article["author"] == [{"family": "Berg", "given": "Anna"}, {"family": "Holm", "given": "Carl"}]
    assert "note" not in article  # the body after "Introduction" does not describe the article
    assert [r["custom"]["source"][:8] for r in refs] == ["Anderson", "Head, K."]


def test_one_author_a_line_under_the_title():
    # A Taylor & Francis page copied as text: "&" and the ORCID icon's label on lines between the names.
    tandf = ["Research Article", "Whose patronage? Regional governors and electoral machines in Kazakhstan’s akimats",
             "Dariga Suleimenova", "ORCID Icon", "&", "Martin K. Albrecht",
             "Pages 215-236 | Received 14 Jun 2022, Accepted 19 Jan 2023, Published online: 08 Feb 2023"]
    assert article_item(tandf)["author"] == [{"family": "Suleimenova", "given": "Dariga"},
                                            {"family": "Albrecht", "given": "Martin K."}]
    # ar5iv: each name over its affiliation and e-mail address
    ar5iv = """<h1>Remittances and Household Labor Supply: Evidence from Tajikistan</h1><div class="ltx_authors">
<span class="ltx_creator"><span class="ltx_personname">Firuza Rahimova</span>
<span class="ltx_contact">Department of Economics, University of Bonn</span>
<span class="ltx_contact">f.rahimova@uni-bonn.de</span></span>
<span class="ltx_creator"><span class="ltx_personname">Lukas Brenner</span>
<span class="ltx_contact">ifo Institute – Leibniz Institute for Economic Research, Munich</span></span></div>
<div class="ltx_dates">(April 12, 2021)</div>"""
    lines, meta = html_lines(ar5iv)
    article = article_item(lines, meta)
    assert [a["family"] for a in article["author"]] == ["Rahimova", "Brenner"]
    assert article["custom"]["affiliations"][1] == {
        "author": "Lukas Brenner", "affiliation": "ifo Institute – Leibniz Institute for Economic Research, Munich"}
    # a Word document: the author's name carries the call of the note that gives her affiliation
    word = ["Mahalla committees and the distribution of social assistance in Uzbekistan", "",
            "Shahnoza Yuldasheva[1]", "", "Working paper, October 2021 – please do not cite without permission"]
    article = article_item(word)
    assert article["title"] == "Mahalla committees and the distribution of social assistance in Uzbekistan"
    assert article["author"] == [{"family": "Yuldasheva", "given": "Shahnoza"}]


def test_western_author_line_with_affiliation():
    lines = ["The Economics of Sanctions", "John Doe, University of Kent", "", "References",
             "Drezner, D. W. (1999). The sanctions paradox. Cambridge University Press."]
    article = article_item(lines, {}, 3)
    assert article["title"] == "The Economics of Sanctions"
    assert article["author"] == [{"family": "Doe", "given": "John"}]
    assert article["custom"]["affiliations"][0]["affiliation"] == "University of Kent"


def test_html_h1_is_the_title_when_there_are_no_meta_tags():
    html = """<html><body><p>Journal of Regional Studies</p><p>A much longer line of site text that is not the title of anything</p>
<h1>Ports and <em>hinterlands</em></h1><p>Keywords: ports; logistics</p>
<h2>References</h2><ol><li>Smith J. Ports. London, Routledge, 2001, 200 p.</li>
<li>Jones K. [Hinterlands]. Voprosy Ekonomiki, 2010, no. 3, pp. 5–9. (In Russ.)</li></ol></body></html>"""
    article = parse_page(html, "p.html", page=True).items[0]
    assert article["title"] == "Ports and hinterlands"
    assert article["keyword"] == "ports, logistics"


_REFS_HTML = """<h2>References</h2><p>Ambler, K. (2015). Don't tell on me. Journal of Development Economics, 113, 52–69.</p>
<p>Munshi, K. (2014). Community networks and the process of development. Journal of Economic Perspectives, 28(4), 49–76.</p>
</body></html>"""


def test_an_arxiv_page_is_a_preprint_not_an_article_of_its_site():
    html = """<html><head><title>[2104.05678] Remittances and Household Labor Supply</title>
<meta property="og:site_name" content="ar5iv"></head><body>
<h1>Remittances and Household Labor Supply</h1>""" + _REFS_HTML
    article = parse_page(html, "ar5iv.html", page=True).items[0]
    assert (article["type"], article["archive"], article["number"]) == ("article", "arXiv", "2104.05678")
    assert "container-title" not in article and validate(article) == []


def test_dublin_core_tags_as_ojs_prints_them():
    html = """<html><head>
<meta name="DC.Creator.PersonalName" content="Farrukh Nazarov"/>
<meta name="DC.Creator.PersonalName" content="Helen M. Ward"/>
<meta name="DC.Date.dateSubmitted" scheme="ISO8601" content="2022-09-14"/>
<meta name="DC.Date.issued" scheme="ISO8601" content="2023-03-30"/>
<meta name="DC.Identifier" content="2187"/>
<meta name="DC.Identifier.pageNumber" content="45-67"/>
<meta name="DC.Identifier.DOI" content="10.52131/cajds.v12i1.2187"/>
<meta name="DC.Source" content="Central Asian Journal of Development Studies"/>
<meta name="DC.Source.ISSN" content="2710-4478"/>
<meta name="DC.Source.Issue" content="1"/>
<meta name="DC.Source.Volume" content="12"/>
<meta name="DC.Subject" xml:lang="en" content="informal credit"/>
<meta name="DC.Subject" xml:lang="en" content="Tajikistan"/>
<meta name="DC.Title" content="Informal credit networks and seasonal migration in rural Tajikistan"/>
</head><body><h1>Informal credit networks and seasonal migration in rural Tajikistan</h1>""" + _REFS_HTML
    article = parse_page(html, "ojs.html", page=True).items[0]
    assert [a["family"] for a in article["author"]] == ["Nazarov", "Ward"]
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("Central Asian Journal of Development Studies", "12", "1", "45-67")
    assert (article["DOI"], article["ISSN"]) == ("10.52131/cajds.v12i1.2187", "2710-4478")
    assert article["keyword"] == "informal credit, Tajikistan"
    assert article["issued"] == {"date-parts": [[2023, 3, 30]]}
    assert article["custom"]["dates"] == {"received": "2022-09-14"}


def test_atypon_dublin_core_source_is_a_link_not_the_journal():
    html = """<html><head>
<meta name="dc.Title" content="Patronage, Pensions, and Regime Support in Post-Soviet Kazakhstan">
<meta name="dc.Identifier" scheme="publisher-id" content="10.1177_00104140221081234">
<meta name="dc.Identifier" scheme="doi" content="10.1177/00104140221081234">
<meta name="dc.Source" content="https://doi.org/10.1177/00104140221081234">
</head><body><p>Comparative Political Studies</p>
<h1>Patronage, Pensions, and Regime Support in Post-Soviet Kazakhstan</h1>""" + _REFS_HTML
    article = parse_page(html, "sage.html", page=True).items[0]
    assert article["DOI"] == "10.1177/00104140221081234"
    assert article["container-title"] == "Comparative Political Studies"


def test_note_numbers_glued_to_their_text():
    text = "1See also Flikke (2009).\n2Author’s interview with an official, Minsk, 3 May 2015.\n3Ibid."
    result = parse_page(text, "glued")
    assert [i["custom"]["number"] for i in result.items] == [1, 2, 3]
    assert [bool(i["custom"].get("pointer")) for i in result.items] == [True, False, True]


def test_titles_that_start_like_abstract_sections_stay_titles():
    lines = ["Regional Studies Quarterly", "Methods of regional analysis in economic geography today and tomorrow",
             "Smith J. University of Leeds, Leeds, United Kingdom", "", "References",
             "1. Jones K. Regions. London, Routledge, 2001, 200 p."]
    article = article_item(lines, {}, 4)
    assert article["title"] == "Methods of regional analysis in economic geography today and tomorrow"
    assert "abstract" not in article


_PIECES = ["<p>", "</p>", "<ol>", "</ol>", "<li>", "</li>", "<sup>1</sup>", "<a href='http://x.org/a'>Link</a>",
           "<!--", "-->", "<script>", "</script>", "<div class='hidden'>", "</div>", "References", "Notes", "\n",
           "<br>", "Smith J. Title. Journal, 2001, no. 3, pp. 5–9.", "See also Smith (2001).", "Ibid.",
           "<meta name='citation_author' content=''>", "<meta name='citation_title' content='T'>", "<h1>",
           "</h1>", "&amp;", "&#x", "<![CDATA[", "<", ">", "1. ", "2. ", "‘Doc’, 5 May 2001; ‘Doc2’, 6 May 2002.",
           "Received: 32 May 2001", "Vol. 3, Iss. 4, MAY 2020", "Pages: 5–9", "Keywords: ", "Список литературы"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=50), st.booleans())
def test_any_mix_of_page_fragments_gives_valid_items(pieces, as_page):
    result = parse_page("".join(pieces), "fuzz", page=as_page)
    assert all(validate(item) == [] for item in result.items)
    assert not any(item["custom"].get("error") for item in result.items)  # no fault caught by the guard
    assert len({item["id"] for item in result.items}) == len(result.items)
    assert result.items or result.problems


def test_a_lone_address_read_as_a_citation_number_does_not_crash_the_tagger():
    # found by the mix above: an address between comment closers, the one word labelled a citation number
    (item,) = parse_page("<p>--><a href='http://x.org/a'>Link</a>-->", "fuzz").items
    assert validate(item) == [] and item["URL"].startswith("http://x.org/a")


@pytest.mark.parametrize("line,families", [
    ("Degtereva E.A., Chernysheva A.M.", ["Degtereva", "Chernysheva"]),
    ("E.A. Degtereva, A.M. Chernysheva", ["Degtereva", "Chernysheva"]),
    ("Иванова О.П., Сидоров К.В.", ["Иванова", "Сидоров"]),
    ("Authors: Smith J.", ["Smith"]),
    ("By Maria Kowalska and Jonas Becker", ["Kowalska", "Becker"]),
    ("Иванова Мария Сергеевна, Петров Алексей Николаевич", ["Иванова", "Петров"]),
    ("Авторы: Захаров Игорь Валентинович 1, Мельникова Анна Олеговна 2", ["Захаров", "Мельникова"]),
    ("Мария Сергеевна Иванова", ["Иванова"]),
    ("ЗАХАРОВ И.В.1, МЕЛЬНИКОВА А.О.2", ["Захаров", "Мельникова"]),
    ("Захаров И.В. 1, Мельникова А.О. 2", ["Захаров", "Мельникова"]),
    ("ЗАХАРОВ ИГОРЬ ВАЛЕНТИНОВИЧ, МЕЛЬНИКОВА АННА ОЛЕГОВНА", ["Захаров", "Мельникова"]),
])
def test_author_lists_in_the_header(line, families):
    lines = ["Ports and hinterlands in the Baltic region", line, "", "References",
             "1. Jones K. Regions. London, Routledge, 2001, 200 p.", "2. Smith J. Ports. Moscow, Nauka Publ., 2003, 100 p."]
    article = article_item(lines, {}, 3)
    assert [a["family"] for a in article["author"]] == families
    assert article["title"] == "Ports and hinterlands in the Baltic region"


def test_full_russian_names_keep_name_and_patronymic_as_given():
    lines = ["ЛОКАЛЬНЫЕ БЮДЖЕТЫ И ИНВЕСТИЦИИ В ИНФРАСТРУКТУРУ МАЛЫХ ГОРОДОВ УРАЛА", "АВТОРЫ:",
             "Захаров Игорь Валентинович 1, Мельникова Анна Олеговна 2", "", "СПИСОК ЛИТЕРАТУРЫ:",
             "1. Зубаревич Н.В. Регионы России. М.: НИСП, 2010. 160 с.", "2. Oates W.E. Fiscal federalism. 1972. 256 p."]
    article = article_item(lines, {}, 4)
    assert article["author"] == [{"family": "Захаров", "given": "Игорь Валентинович"},
                                 {"family": "Мельникова", "given": "Анна Олеговна"}]


@pytest.mark.parametrize("line", ["Дело Петра Ивановича", "Экономика Сибири Сегодня, Вчера Завтра Послезавтра"])
def test_three_capitalised_words_without_a_patronymic_are_not_names(line):
    lines = ["Ports and hinterlands in the Baltic region", line, "", "References",
             "1. Jones K. Regions. London, Routledge, 2001, 200 p.", "2. Smith J. Ports. Moscow, Nauka Publ., 2003, 100 p."]
    assert "author" not in article_item(lines, {}, 3)


@pytest.mark.parametrize("line,expected", [
    ("Vol. 16, Iss. 2, FEBRUARY 2020", {"volume": "16", "issue": "2", "issued": {"date-parts": [[2020, 2]]}}),
    ("Europe-Asia Studies, Volume 68, 2016 - Issue 9",
     {"container-title": "Europe-Asia Studies", "volume": "68", "issue": "9", "issued": {"date-parts": [[2016]]}}),
    ("2020, Vol. 16, No. 2, pp. 383–396", {"volume": "16", "issue": "2", "page": "383-396", "issued": {"date-parts": [[2020]]}}),
    ("Вестник экономической теории, 2021, т. 12, № 4, с. 45–58",
     {"container-title": "Вестник экономической теории", "volume": "12", "issue": "4", "page": "45-58"}),
    # ScienceDirect's article number where the pages would be
    ("Volume 9, Issue 6, June 2023, e16842", {"volume": "9", "issue": "6", "page": "e16842"}),
    ("Volume 214, 2022, Article 113921", {"volume": "214", "page": "113921"}),
])
def test_volume_lines(line, expected):
    lines = ["Ports and hinterlands in the Baltic region", line, "", "References",
             "1. Jones K. Regions. London, Routledge, 2001, 200 p.", "2. Smith J. Ports. Moscow, Nauka Publ., 2003, 100 p."]
    article = article_item(lines, {}, 3)
    assert {k: article.get(k) for k in expected} == expected


@pytest.mark.parametrize("printed,expected", [
    (["Журнал: Экономика региона, 2021, Том 17, № 2, С. 410–425"],
     {"container-title": "Экономика региона", "volume": "17", "issue": "2", "page": "410-425"}),
    (["ЖУРНАЛ:", "ВОПРОСЫ ГОСУДАРСТВЕННОГО И МУНИЦИПАЛЬНОГО УПРАВЛЕНИЯ"],
     {"container-title": "ВОПРОСЫ ГОСУДАРСТВЕННОГО И МУНИЦИПАЛЬНОГО УПРАВЛЕНИЯ"}),
    (["Source: Slavic Review, Vol. 49, No. 2 (Summer, 1990), pp. 227-244"],
     {"container-title": "Slavic Review", "volume": "49", "issue": "2", "page": "227-244"}),
    (["Journal: Baltic Journal of Economics"], {"container-title": "Baltic Journal of Economics"}),
])
def test_journal_labels_are_not_part_of_the_journal(printed, expected):
    lines = ["Ports and hinterlands in the Baltic region", *printed, "", "References",
             "1. Jones K. Regions. London, Routledge, 2001, 200 p.", "2. Smith J. Ports. Moscow, Nauka Publ., 2003, 100 p."]
    article = article_item(lines, {}, len(printed) + 3)
    assert {k: article.get(k) for k in expected} == expected
    assert article["title"] == "Ports and hinterlands in the Baltic region"


def test_a_bare_journal_menu_item_is_not_a_label():
    lines = ["Journal", "Articles", "Ports and hinterlands in the Baltic region", "Smith J. University of Leeds, Leeds",
             "", "References", "1. Jones K. Regions. London, Routledge, 2001, 200 p.",
             "2. Smith J. Ports. Moscow, Nauka Publ., 2003, 100 p."]
    article = article_item(lines, {}, 6)
    assert article.get("container-title") != "Articles"


def test_labelled_cells_of_a_record_page():
    lines = ["ЛОКАЛЬНЫЕ БЮДЖЕТЫ И ИНВЕСТИЦИИ В ИНФРАСТРУКТУРУ МАЛЫХ ГОРОДОВ УРАЛА",
             "Тип: статья в журнале - научная статья\tЯзык: русский",
             "Том: 12\tНомер: 4\tГод: 2022\tСтраницы: 88-104", "ISSN: 1999-5431eISSN: 2409-5095", "",
             "СПИСОК ЛИТЕРАТУРЫ:", "1. Зубаревич Н.В. Регионы России. М.: НИСП, 2010. 160 с.",
             "2. Oates W.E. Fiscal federalism. 1972. 256 p."]
    article = article_item(lines, {}, 5)
    assert (article["volume"], article["issue"], article["page"]) == ("12", "4", "88-104")
    assert article["issued"] == {"date-parts": [[2022]]}
    assert article["ISSN"] == "1999-5431, 2409-5095"
    assert article["language"] == "ru"
    assert "Том" not in article.get("note", "")


def test_structured_abstract_with_each_label_over_its_paragraph():
    # ScienceDirect and PubMed Central print "Methods" as a heading of its own over the paragraph
    lines = ["Winter coal heating and paediatric respiratory admissions in Ulaanbaatar", "", "Abstract", "",
             "Background", "", "Ulaanbaatar has some of the highest winter concentrations of fine particulate matter.", "",
             "Methods", "", "We linked daily PM2.5 concentrations from six stations with admissions of young children.", "",
             "Conclusions", "", "Replacing raw coal in the ger districts is likely to reduce respiratory admissions.", "",
             "Keywords", "", "Air pollution; Mongolia"]
    item = article_item(lines, {}, len(lines))
    assert item["title"] == lines[0]
    assert item["abstract"] == (
        "Background: Ulaanbaatar has some of the highest winter concentrations of fine particulate matter.\n"
        "Methods: We linked daily PM2.5 concentrations from six stations with admissions of young children.\n"
        "Conclusions: Replacing raw coal in the ger districts is likely to reduce respiratory admissions.")


def test_an_abstract_heading_with_a_caption_after_it():
    lines = ["Цифровые платформы и занятость в малом бизнесе сибирских регионов",
             "Аннотация научной статьи по экономике и бизнесу, автор научной работы — Иванова Мария Сергеевна",
             "В статье оценивается влияние цифровых платформ на занятость в малом бизнесе регионов Сибирского "
             "федерального округа. Показано, что рост числа продавцов на маркетплейсах сопровождается ростом "
             "самозанятости.", "", "Список литературы", "1. Гордеев В. А. Розничная торговля. Новосибирск, 2019. 214 с.",
             "2. Кузьмина О. В. Самозанятость. Томск, 2020. 198 с."]
    article = article_item(lines, {}, 4)
    assert article["abstract"].startswith("В статье оценивается")


def test_a_title_in_capitals_beats_longer_site_text():
    lines = ["КиберЛенинка", "ЦИФРОВЫЕ ПЛАТФОРМЫ И ЗАНЯТОСТЬ В МАЛОМ БИЗНЕСЕ СИБИРСКИХ РЕГИОНОВ",
             "Текст научной статьи по специальности «Экономика и бизнес»", "1052", "Поделиться",
             "Журнал: Экономика региона, 2021, Том 17, № 2, С. 410–425",
             "Похожие темы научных работ по экономике и бизнесу", "Маркетплейсы как канал сбыта для малого бизнеса в регионах России",
             "", "Список литературы", "1. Гордеев В. А. Розничная торговля. Новосибирск, 2019. 214 с.",
             "2. Кузьмина О. В. Самозанятость. Томск, 2020. 198 с."]
    article = article_item(lines, {}, 9)
    assert article["title"] == "ЦИФРОВЫЕ ПЛАТФОРМЫ И ЗАНЯТОСТЬ В МАЛОМ БИЗНЕСЕ СИБИРСКИХ РЕГИОНОВ"
    assert article["container-title"] == "Экономика региона"


def test_recommended_titles_in_the_header_are_not_the_article():
    lines = ["Ports and hinterlands in the Baltic region", "Related articles",
             "Port competition and the reorganisation of Baltic shipping routes after the 2014 sanctions",
             "Container terminals of St Petersburg and Ust-Luga: a comparison of their hinterlands", "",
             "Keywords: ports; hinterlands", "", "References",
             "1. Jones K. Regions. London, Routledge, 2001, 200 p.", "2. Smith J. Ports. Moscow, Nauka Publ., 2003, 100 p."]
    article = article_item(lines, {}, 8)
    assert article["title"] == "Ports and hinterlands in the Baltic region"
    assert "note" not in article
    assert article["keyword"] == "ports, hinterlands"


def test_a_journal_name_in_capitals_is_not_the_title():
    lines = ["JOURNAL OF COMPARATIVE ECONOMIC STUDIES", "Vol. 12, No. 3, 2020",
             "Ports and hinterlands in the Baltic region after the enlargement", "", "References",
             "1. Jones K. Regions. London, Routledge, 2001, 200 p.", "2. Smith J. Ports. Moscow, Nauka Publ., 2003, 100 p."]
    article = article_item(lines, {}, 4)
    assert article["title"] == "Ports and hinterlands in the Baltic region after the enlargement"


def test_abstract_in_a_row_of_contents_links_is_not_the_abstract_heading():
    lines = ["Article contents", "", "Abstract", "", "References", "", "Footnotes", "",
             "Grain, Credit, and the State: Rural Cooperatives in Late Imperial Russia, 1895–1914", "",
             "Erik Lindqvist and Irina Sokolova", "", "Abstract", "",
             "Rural credit cooperatives spread quickly in the Russian Empire after 1895, yet historians disagree "
             "on whether they freed peasants from usurers.", "", "References", "",
             "Allen, Robert C. Farm to Factory. Princeton, NJ: Princeton University Press, 2003.", "",
             "Gregory, Paul R. Russian National Income, 1885–1913. Cambridge: Cambridge University Press, 1982."]
    article = article_item(lines, {}, 16)
    assert article["title"] == "Grain, Credit, and the State: Rural Cooperatives in Late Imperial Russia, 1895–1914"
    assert article["abstract"].startswith("Rural credit cooperatives")
    assert [a["family"] for a in article["author"]] == ["Lindqvist", "Sokolova"]


def test_labels_on_their_own_line():
    lines = ["Ports and hinterlands in the Baltic region", "Keywords", "ports; logistics; Baltic", "DOI",
             "10.1234/abcd.2020.17", "Received:", "3 March 2020", "", "References",
             "1. Jones K. Regions. London, Routledge, 2001, 200 p.", "2. Smith J. Ports. Moscow, Nauka Publ., 2003, 100 p."]
    article = article_item(lines, {}, 8)
    assert article["keyword"] == "ports, logistics, Baltic"
    assert article["DOI"] == "10.1234/abcd.2020.17"
    assert article["custom"]["dates"] == {"received": "2020-03-03"}


def test_a_bare_issue_label_in_a_menu_takes_no_word_below_it_as_its_value():
    lines = ["Главная", "Выпуск", "Архив номеров", "Авторам", "Миграция и денежные переводы", "DOI", "10.1234/x"]
    article = article_item(lines, {}, 7)
    assert article["title"] == "Миграция и денежные переводы"
    assert "issue" not in article and not article.get("container-title", "").startswith("Выпуск")


def test_a_journal_named_in_two_languages_is_no_title_over_its_translation():
    lines = ["Вестник Томского государственного университета. Экономика",
             "Tomsk State University Journal of Economics and Finance Studies Review", "DOI", "10.17223/19988648/61/4"]
    assert not article_item(lines, {}, 4)["title"].startswith("Вестник")


def test_record_page_labels_over_their_values_and_fields_under_each_author():
    # a jes.su (RAS journals) page copied as text: the title over its translation, labels on their own lines
    lines = ["Журналы", "Вестник Института экономики Российской академии наук",
             "Денежные переводы мигрантов и курс рубля в странах ЕАЭС",
             "Migrant Remittances and the Rouble Exchange Rate in the EAEU Countries",
             "DOI", "10.52180/2073-6487_2022_2_40_57", "Авторы", "Сидорова Анна Петровна",
             "Должность: ведущий научный сотрудник", "Аффилиация: Институт экономики РАН",
             "Адрес: Российская Федерация, Москва", "Петров Илья Олегович", "Аффилиация: МГИМО МИД России",
             "Адрес: Российская Федерация, Москва", "Название журнала",
             "Вестник Института экономики Российской академии наук", "Выпуск", "Выпуск №2", "Страницы", "40-57",
             "Получено", "11.01.2022", "Дата публикации", "27.04.2022", "", "Список литературы",
             "1. Иванов И. И. Миграция. М.: Наука, 2001. 200 с.", "2. Смирнов П. П. Переводы. М.: Наука, 2003. 100 с."]
    article = article_item(lines, {}, 25)
    assert article["title"] == "Денежные переводы мигрантов и курс рубля в странах ЕАЭС"
    assert [a["family"] for a in article["author"]] == ["Сидорова", "Петров"]
    assert (article["container-title"], article["issue"], article["page"]) == \
        ("Вестник Института экономики Российской академии наук", "2", "40-57")
    assert article["issued"] == {"date-parts": [[2022, 4, 27]]}
    assert article["custom"]["affiliations"] == [
        {"author": "Сидорова Анна Петровна", "affiliation": "Институт экономики РАН"},
        {"author": "Петров Илья Олегович", "affiliation": "МГИМО МИД России"}]
    assert "Должность: ведущий научный сотрудник" in article["note"]


@pytest.mark.parametrize("html", [
    "<html><body><h2>References</h2><table><tr><td>1.</td><td>Smith J. Trade. London, Routledge, 2001, 200 p.</td></tr>"
    "<tr><td>2.</td><td>Jones K. [Tariffs]. Voprosy Ekonomiki, 2010, no. 3, pp. 5–9. (In Russ.)</td></tr></table>"
    "<p>About us</p></body></html>",
    "<html><body><h2>Literature cited</h2><ol><li><p>Smith J. Trade. London, Routledge, 2001, 200 p.</p></li>"
    "<li><p>Jones K. [Tariffs]. Voprosy Ekonomiki, 2010, no. 3,</p><p>pp. 5–9. (In Russ.)</p></li></ol>"
    "<footer>Contact</footer></body></html>",
])
def test_html_tables_and_paragraphs_inside_list_items(html):
    result = parse_page(html, "list.html")
    assert [(i["custom"]["number"], i["custom"]["source"]) for i in result.items] == [
        (1, "Smith J. Trade. London, Routledge, 2001, 200 p."),
        (2, "Jones K. [Tariffs]. Voprosy Ekonomiki, 2010, no. 3, pp. 5–9. (In Russ.)"),
    ]


def test_an_odd_entry_inside_an_unnumbered_list_does_not_end_it():
    text = """References

Smith, J. (2001). Trade. London: Routledge.

World Bank. World Development Indicators. Washington, DC: The World Bank.

Novak, P. (2019). The political economy of the Baltic states. London: Routledge.

Please contact the editorial office if you notice an error in this list of references.
"""
    result = parse_page(text, "refs.txt")
    sources = [i["custom"]["source"][:10] for i in result.items]
    assert sources == ["Smith, J. ", "World Bank", "Novak, P. "]
    assert not any(i["custom"].get("commentary") for i in result.items)


# --- publishers' page layouts ------------------------------------------------------------

def whole_page(name):
    result = parse_page(page(name), name, page=True)
    article, *works = result.items
    assert article["custom"]["article"] is True and validate(article) == []
    return article, works


def kinds(works):
    return ["pointer" if w["custom"].get("pointer") else "commentary" if w["custom"].get("commentary") else "work"
            for w in works]


def test_springer_link_page_reads_about_this_article_below_the_references():
    article, works = whole_page("springer_link.html")
    assert article["title"] == "Household debt and regional consumption in Poland"
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("Empirica", "49", "3", "611-639")
    assert article["DOI"] == "10.1007/s10663-022-09541-7"
    assert article["issued"] == {"date-parts": [[2022, 4, 19]]}
    assert article["custom"]["dates"] == {"received": "2021-09-02", "accepted": "2022-03-28"}
    assert article["keyword"] == "Household debt, Consumption, Regional data, Poland"
    assert article["custom"]["jel"] == ["E21", "G51", "R12"]
    assert "preview of subscription" not in str(article) and "Cite this article" not in str(article)
    assert kinds(works) == ["commentary", "pointer"] + ["work"] * 8
    assert works[1]["custom"]["targets"] == ["Bernanke and Gertler (1995)"]
    assert works[1]["custom"]["target-ids"] == [works[4]["id"]]
    assert all(w["custom"]["cited-by"] == [article["id"]] for w in works[2:])


def test_mdpi_text_page_article_from_byline_and_journal_line():
    article, works = whole_page("mdpi_text.txt")
    assert article["title"] == "Green Bonds and Municipal Borrowing Costs: Evidence from Nordic Cities"
    assert [a["family"] for a in article["author"]] == ["Lindqvist", "Virtanen", "Dahl"]
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("Sustainability", "15", "4", "3121")
    assert article["DOI"] == "10.3390/su15043121"
    assert article["issued"] == {"date-parts": [[2023, 2, 8]]}
    assert article["custom"]["dates"] == {"received": "2022-12-12", "revised": "2023-01-30", "accepted": "2023-02-03"}
    assert article["keyword"].split(", ")[0] == "green bonds"
    assert article["abstract"].startswith("Municipal green bonds have grown quickly")
    assert len(works) == 6 and kinds(works) == ["work"] * 6
    assert not any("MDPI" in w["custom"]["source"] or "Lindqvist" in w["custom"]["source"] for w in works)


def test_russian_page_with_two_lists_gives_each_work_once():
    article, works = whole_page("ru_journal_two_lists.txt")
    assert article["title"] == "ЦИФРОВЫЕ ПЛАТФОРМЫ КАК ФАКТОР ФИНАНСОВОЙ ДОСТУПНОСТИ В МАЛЫХ ГОРОДАХ"
    assert "DIGITAL PLATFORMS AS A FACTOR" in article["note"]  # the English title is kept, not lost
    assert [a["family"] for a in article["author"]] == ["Лебедева", "Гарифуллин"]
    assert article["container-title"] == "Вестник Пермского университета. Серия «Экономика»"
    assert (article["volume"], article["issue"], article["page"]) == ("14", "3", "301-318")  # from "Для цитирования"
    assert article["DOI"] == "10.17072/1994-9960-2022-3-301-318"
    assert article["custom"]["dates"] == {"received": "2022-04-14", "accepted": "2022-08-02"}
    assert article["issued"] == {"date-parts": [[2022, 9, 30]]}
    assert article["custom"]["jel"] == ["G21", "O18", "R51"]
    assert [w["custom"]["number"] for w in works] == [1, 2, 3, 4, 5]
    assert works[0]["custom"]["source"].startswith("Abramova M.A., Dubova S.E., Krivoruchko S.V.")
    assert works[0]["custom"]["original-source"].startswith("Абрамова М.А., Дубова С.Е.")
    assert works[4]["custom"]["original-source"].startswith("Обзор финансовой доступности")


def test_wiley_page_journal_is_not_the_platform():
    article, works = whole_page("wiley_notes_refs.html")
    assert article["container-title"] == "Journal of Agrarian Change"
    assert (article["volume"], article["issue"], article["page"]) == ("22", "1", "85-104")
    assert [a["family"] for a in article["author"]] == ["Karimova", "Reiner"]
    assert article["issued"] == {"date-parts": [[2021, 8, 9]]}
    assert article["DOI"] == "10.1111/joac.12447"
    assert kinds(works) == ["pointer", "pointer", "pointer", "work"] + ["work"] * 5
    assert works[1]["custom"]["target-ids"] == [works[5]["id"]]  # "see Obertreis (2017)"
    assert works[2]["custom"]["same-as"] == works[5]["id"]  # and "Ibid., p. 311." right after it
    assert works[7]["custom"]["source"].startswith("State Statistics Committee of the Republic of Uzbekistan. (2018).")


def test_jstor_page_footnotes_and_header():
    article, works = whole_page("jstor_footnotes.txt")
    assert article["title"] == "The Grain Procurement Crisis of 1927–1928 Reconsidered"
    assert article["author"] == [{"family": "Davies", "given": "Robert W."}, {"family": "Marsh", "given": "Helen"}]
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("Slavic Review", "49", "2", "227-244")
    assert article["DOI"] == "10.2307/2499482"
    assert "abstract" not in article  # the body's first paragraph, with its note calls, is not an abstract
    assert "content downloaded" not in str(article) and "Journal Article" not in str(article)
    assert [w["custom"]["number"] for w in works] == [1, 2, 3, 3, 4, 5, 6, 7, 8, 9]
    assert kinds(works) == ["work", "pointer", "work", "work", "pointer", "commentary", "work", "pointer", "work", "pointer"]
    assert works[1]["custom"]["same-as"] == works[0]["id"]
    assert works[7]["custom"]["same-as"] == works[6]["id"]
    assert works[4]["custom"]["targets"] == ["Lewin"]


def test_sciencedirect_text_page():
    article, works = whole_page("sciencedirect_text.txt")
    assert article["title"] == "Remittances, mobile money and household risk sharing in Kyrgyzstan"
    assert [a["family"] for a in article["author"]] == ["Bekova", "Mikkelsen", "Toktosunova"]
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("Journal of Comparative Economics", "51", "2", "512-531")
    assert article["custom"]["dates"] == {"received": "2022-03-14", "revised": "2022-11-02", "accepted": "2022-12-19"}
    assert article["issued"] == {"date-parts": [[2022, 12, 29]]}
    assert article["custom"]["jel"] == ["F24", "O16", "O33", "D12"]
    assert kinds(works) == ["work"] * 5
    assert not any("Scopus" in w["custom"]["source"] or "Rahimova" in w["custom"]["source"] for w in works)
    # Authors, title and journal sit on lines of their own: each line is one part of the work.
    first, townsend, world_bank = works[0], works[3], works[4]
    assert [a["family"] for a in first["author"]] == ["Ajilore", "Ahmed"]
    assert first["title"] == "Mobile money and household welfare: evidence from sub-Saharan Africa"
    assert first["container-title"] == "World Dev."
    assert (townsend["title"], townsend["container-title"]) == ("Risk and insurance in village India", "Econometrica")
    assert (world_bank["title"], world_bank["publisher"]) == ("Migration and Development Brief 35: Recovery", "World Bank")


@pytest.mark.parametrize("line", [
    "Journal Article", "ORIGINAL ARTICLE", "Open AccessArticle", "Author links open overlay panel",
    "This content downloaded from 141.2.10.77 on Tue, 12 Mar 2024 09:14:51 +00:00",
    "© 2023 by the authors. Licensee MDPI, Basel, Switzerland. This article is an open access article distributed "
    "under the terms and conditions of the Creative Commons Attribution (CC BY) license.",
    "As a library, NLM provides access to scientific literature. Inclusion in an NLM database does not imply "
    "endorsement of, or agreement with, the contents by NLM or the National Institutes of Health.",
])
def test_publisher_chrome(line):
    assert is_chrome(line)


def test_cyberleninka_text_page():
    article, works = whole_page("cyberleninka_text.txt")
    assert article["title"] == "ЦИФРОВЫЕ ПЛАТФОРМЫ И ЗАНЯТОСТЬ В МАЛОМ БИЗНЕСЕ СИБИРСКИХ РЕГИОНОВ"
    assert article["author"] == [{"family": "Иванова", "given": "Мария Сергеевна"},
                                 {"family": "Петров", "given": "Алексей Николаевич"}]
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("Экономика региона", "17", "2", "410-425")
    assert article["DOI"] == "10.17059/ekon.reg.2021-2-5"
    assert article["issued"] == {"date-parts": [[2021]]}
    assert article["keyword"].startswith("цифровые платформы, малый бизнес")
    assert article["abstract"].startswith("В статье оценивается")
    assert "note" not in article  # captions and recommended titles are not about this article
    assert [w["custom"]["number"] for w in works] == list(range(1, 9)) and kinds(works) == ["work"] * 8
    assert works[-1]["custom"]["source"].endswith("М. : НИУ ВШЭ, 2021. 124 с.")


def test_elibrary_record_page():
    article, works = whole_page("elibrary_text.txt")
    assert article["title"] == "ЛОКАЛЬНЫЕ БЮДЖЕТЫ И ИНВЕСТИЦИИ В ИНФРАСТРУКТУРУ МАЛЫХ ГОРОДОВ УРАЛА"
    assert [a["family"] for a in article["author"]] == ["Захаров", "Мельникова"]
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("ВОПРОСЫ ГОСУДАРСТВЕННОГО И МУНИЦИПАЛЬНОГО УПРАВЛЕНИЯ", "12", "4", "88-104")
    assert article["ISSN"] == "1999-5431, 2409-5095"
    assert (article["issued"], article["language"]) == ({"date-parts": [[2022]]}, "ru")
    assert article["custom"]["dates"] == {"received": "2022-06-17"}
    assert article["abstract"].startswith("В статье анализируются")
    assert [w["custom"]["number"] for w in works] == list(range(1, 8))
    assert works[-1]["custom"]["source"].endswith("С. 3-28.")
    assert works[-1]["container-title"] == "Регион: экономика и социология"


def test_ojs_article_page():
    article, works = whole_page("ojs_article.html")
    assert article["title"] == "Informal credit networks and seasonal migration in rural Tajikistan"
    assert [a["family"] for a in article["author"]] == ["Nazarov", "Ward"]
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("Central Asian Journal of Development Studies", "12", "1", "45-67")
    assert article["DOI"] == "10.52131/cajds.v12i1.2187"
    assert article["custom"]["dates"] == {"received": "2022-09-14"}
    assert kinds(works) == ["work"] * 8
    assert works[0]["custom"]["source"].startswith("Abdulloev, I., Epstein, G. S., & Gang, I. N. (2020).")
    assert works[-1]["custom"]["source"] == "World Bank. (2020). Tajikistan: Jobs diagnostic. World Bank."
    assert not any("Nazarov, F., & Ward" in w["custom"]["source"] for w in works)  # "How to Cite"


def test_sage_journal_page():
    article, works = whole_page("sage_journal.html")
    assert article["title"] == "Patronage, Pensions, and Regime Support in Post-Soviet Kazakhstan"
    assert (article["container-title"], article["volume"], article["issue"]) == \
        ("Comparative Political Studies", "55", "11")
    assert article["DOI"] == "10.1177/00104140221081234"
    assert article["issued"] == {"date-parts": [[2022, 3, 14]]}
    assert [w["custom"]["section"] for w in works] == ["notes"] * 3 + ["references"] * 9
    assert kinds(works) == ["pointer", "commentary", "work"] + ["work"] * 9
    assert works[0]["custom"]["target-ids"] == [works[4]["id"]]  # "see Cook (2007)"
    assert works[-1]["custom"]["source"].startswith("World Bank. (2019). Kazakhstan: Pension system review")
    assert not any("Abenov" in w["custom"]["source"] or "Similar" in w["custom"]["source"] for w in works)


def test_cambridge_core_page():
    article, works = whole_page("cambridge_core.html")
    assert article["title"] == "Grain, Credit, and the State: Rural Cooperatives in Late Imperial Russia, 1895–1914"
    assert [a["family"] for a in article["author"]] == ["Lindqvist", "Sokolova"]
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("The Journal of Economic History", "83", "2", "401-437")
    assert article["abstract"].startswith("Rural credit cooperatives spread quickly")
    assert "Kindle" not in str(article)
    assert kinds(works) == ["pointer", "work", "pointer", "commentary"] + ["work"] * 7
    assert works[0]["custom"]["target-ids"] == [works[9]["id"]]  # "see Pallot (1999)"
    assert works[2]["custom"]["same-as"] == works[1]["id"]  # "Ibid., 230."
    assert works[-1]["archive"] == "Russian State Historical Archive (RGIA)"


def test_a_dash_repeats_the_names_of_the_entry_above():
    # Chicago "———." and MLA "---." stand for the previous entry's authors; ", ed." makes them editors.
    text = """Bibliography

Collins, Kathleen. Clan Politics and Regime Transition in Central Asia. Cambridge: Cambridge University Press, 2006.
———. "The Logic of Clan Politics." World Politics 56, no. 2 (2004): 224–61.
———, ed. Central Asian Politics Reconsidered. London: Routledge, 2010.
Olcott, Martha Brill. Central Asia's Second Chance. Washington, DC: Carnegie Endowment, 2005.
---. Kazakhstan: Unfulfilled Promise. Washington, DC: Carnegie Endowment, 2002.
---. Culture and Imperialism. Knopf, 1993.
"""
    items = parse_page(text, "bib.txt").items
    assert [item["title"] for item in items] == [
        "Clan Politics and Regime Transition in Central Asia", "The Logic of Clan Politics",
        "Central Asian Politics Reconsidered", "Central Asia's Second Chance", "Kazakhstan: Unfulfilled Promise",
        "Culture and Imperialism"]
    collins = [{"family": "Collins", "given": "Kathleen"}]
    assert items[1]["author"] == collins and items[1]["container-title"] == "World Politics"
    assert items[2]["editor"] == collins and "author" not in items[2]
    assert items[4]["author"] == items[5]["author"] == [{"family": "Olcott", "given": "Martha Brill"}]
    assert items[1]["custom"]["source"].startswith("———.")
    assert all(not validate(item) for item in items)


def test_french_author_date_notes_with_the_space_before_the_colon_are_pointers():
    # French typography prints a space before ':' and ';': "Dadabaev 2019 : 112-118." had been read as a work
    text = """Bibliographie

Dadabaev, Timur. 2019. Transcontinental Silk Road Strategies. Londres, Routledge.

Sinitsina, Irina. 2023. « Ekonomičeskie posledstvija sankcij ». Mirovaja ekonomika i meždunarodnye otnošenija 67 (5) : 52-61.

World Bank. 2023. Uzbekistan Economic Update, Spring 2023. Washington (DC), World Bank.

Notes

1 Dadabaev 2019 : 112-118.

2 Sinitsina 2023 : 58 ; World Bank 2023 : 14-16.
"""
    dadabaev, sinitsina, world_bank, first, second = parse_page(text, "notes.txt").items
    assert first["custom"]["pointer"] and first["custom"]["target-ids"] == [dadabaev["id"]]
    assert second["custom"]["pointer"] and second["custom"]["targets"] == ["Sinitsina (2023)", "World Bank (2023)"]
    assert second["custom"]["target-ids"] == [sinitsina["id"], world_bank["id"]]


def test_idem_before_a_whole_work_repeats_the_authors_of_the_note_above():
    # "Idem," before a whole work had made the note a pointer, so the work it cites was never read
    text = """Notes

1. Marlene Laruelle, ‘Mongolia’s Third Neighbour Policy Revisited’, Asian Survey, 60, 2, 2020, pp. 233–257.
2. Idem, ‘Mining Rents and Ger-District Politics in Ulaanbaatar’, Central Asian Survey, 41, 3, 2022, pp. 512–530.
3. Idem, p. 520.
"""
    items = parse_page(text, "notes.txt").items
    assert items[1]["title"] == "Mining Rents and Ger-District Politics in Ulaanbaatar"
    assert items[1]["author"] == [{"family": "Laruelle", "given": "Marlene"}]
    assert items[1]["container-title"] == "Central Asian Survey" and "pointer" not in items[1]["custom"]
    assert items[2]["custom"]["pointer"] and items[2]["note"] == "Idem, p. 520."  # a page of it: still a pointer


def test_a_bodys_name_and_year_alone_in_a_note_points_at_its_work_in_the_bibliography():
    # a body's name holds lower-case words ("des", "de la"), which the author-date short form did not take
    text = """Bibliographie

Ministère des Affaires étrangères de la République d’Ouzbékistan. 2022. « Déclaration sur la situation autour de l’Ukraine », 17 mars, https://mfa.uz/ru/press/news/2022/03/31544 (consulté le 20 mars 2022).

Notes

1 Ministère des Affaires étrangères de la République d’Ouzbékistan 2022.

2 World Health Organization. Global status report on alcohol and health 2018.

3 Turkey was not a party to the ceasefire, although a joint monitoring centre opened in Aghdam in January 2021.
"""
    work, body, report, prose = parse_page(text, "notes.txt").items
    assert body["custom"]["pointer"] and body["custom"]["target-ids"] == [work["id"]]
    assert body["custom"]["targets"] == ["Ministère des Affaires étrangères de la République d’Ouzbékistan (2022)"]
    assert not report["custom"].get("pointer")  # a body and a title: a work
    assert not prose["custom"].get("pointer")  # a body named in a sentence with its date


def test_french_id_before_a_whole_work_repeats_the_authors_of_the_note_above():
    # French notes abbreviate idem: "Id., « Title », ..." had made the note a pointer ("Ibid."'s same-as)
    text = """Notes

1 Shavkat Juraev, « Uzbekistan’s Balancing Act after February 24 », PONARS Eurasia Policy Memo, n° 789, novembre 2022.

2 Id., « Mirziyoyev’s Foreign Policy: Continuity with a Human Face », The Diplomat, 14 mars 2023.

3 Id., p. 4.
"""
    items = parse_page(text, "notes.txt").items
    assert items[1]["author"] == [{"family": "Juraev", "given": "Shavkat"}] and "pointer" not in items[1]["custom"]
    assert (items[1]["title"], items[1]["container-title"]) == (
        "Mirziyoyev’s Foreign Policy: Continuity with a Human Face", "The Diplomat")
    assert items[2]["custom"]["pointer"] and items[2]["note"] == "Id., p. 4."  # a page of it: still a pointer


def test_idem_does_not_reach_past_an_unsigned_work_above_it():
    # "Idem" took the names of the last work that had any, past an unsigned press item between
    text = """Notes

1. Marlene Laruelle, ‘Mongolia’s Third Neighbour Policy Revisited’, Asian Survey, 60, 2, 2020, pp. 233–257.
2. ‘Mongolia Signs Mining Deal’, Reuters, 12 March 2021.
3. Idem, ‘Mining Rents and Ger-District Politics in Ulaanbaatar’, Central Asian Survey, 41, 3, 2022, pp. 512–530.
4. Ibid., p. 520.
5. Marlene Laruelle, ‘Mongolia and Its Neighbours’, Asian Survey, 61, 1, 2021, pp. 1–20.
6. Ibid., p. 5.
7. Idem, ‘Another Look at Mongolian Politics’, Asian Survey, 62, 1, 2022, pp. 21–40.
"""
    items = parse_page(text, "notes.txt").items
    assert items[2]["title"] == "Mining Rents and Ger-District Politics in Ulaanbaatar"
    assert "author" not in items[2] and items[2]["note"] == "Idem"  # no names to repeat; the word is kept
    # a pointer between is no unsigned work: "Idem" repeats the names of the work before "Ibid."
    assert items[6]["author"] == [{"family": "Laruelle", "given": "Marlene"}]


def test_a_short_form_note_points_at_the_work_its_short_title_names():
    # by its author alone the short form had pointed at the author's latest work, whatever its title
    text = """Notes

1 Madeleine Reeves, Border Work: Spatial Lives of the State in Rural Central Asia (Ithaca, NY: Cornell University Press, 2014), 45.
2 Madeleine Reeves, ‘Clean Fake: Authenticating Documents and Persons in Migrant Moscow’, American Ethnologist 40, no. 3 (2013): 508–24.
3 Reeves, Border Work, 112.
4 Reeves, op. cit., 12.
"""
    book, article, short, opcit = parse_page(text, "notes.txt").items
    assert short["custom"]["target-ids"] == [book["id"]]
    assert opcit["custom"]["target-ids"] == [article["id"]]  # no title: the latest work by that name, as before


def test_a_wiki_reference_list_keeps_its_works_and_the_addresses_its_titles_link_to():
    # A wiki's "References[edit]" heading, "^ a b" back-links, and cite-web titles whose URL
    # is only in the link: every entry is a work, and a work with no address shown keeps the link.
    path = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "wiki_article.html"
    items = parse_page(path.read_text(encoding="utf-8"), str(path)).items
    assert [item["custom"]["section"] for item in items] == ["references"] * 5
    assert not any(item["custom"].get("pointer") for item in items)
    dragneva, union, vinokurov, kramer, libman = items
    assert [n["family"] for n in dragneva["author"]] == ["Dragneva", "Wolczuk"]
    assert union["title"] == "About the Union" and union["URL"] == "https://www.eaeunion.org/"
    assert union["accessed"] == {"date-parts": [[2021, 3, 12]]}
    assert vinokurov["DOI"] == "10.1007/978-3-319-77446-4" and "URL" not in vinokurov
    assert kramer["URL"].startswith("https://www.nytimes.com/2014/05/30/")
    assert libman["DOI"] == "10.1080/14631377.2018.1442057" and "URL" not in libman


def test_russian_notes_cues_and_pointers_link_to_their_work():
    text = """Примечания

1. См.: Иванов И.И. Евразийская интеграция: итоги и перспективы. М.: Наука, 2018. С. 45–47.
2. Известия. 12.03.2018.
3. Иванов И.И. Указ. соч. С. 50.
"""
    book, press, pointer = parse_page(text, "notes.txt").items
    assert book["author"] == [{"family": "Иванов", "given": "И.И."}]  # "См.:" is a cue, not a name
    assert press["id"] == "izvestiya2018"  # an untitled press item is keyed by its paper
    assert pointer["custom"]["pointer"] and pointer["custom"]["target-ids"] == [book["id"]]


# --- pages written blind (the values below were set down before the parser first ran on them) ---------

def test_nature_page():
    article, works = whole_page("nature_article.html")
    assert article["title"] == "Irrigation expansion and groundwater decline in the Syr Darya basin since 1991"
    assert (article["container-title"], article["volume"], article["page"], article["ISSN"]) == \
        ("Nature Communications", "14", "2841", "2041-1723")
    assert article["DOI"] == "10.1038/s41467-023-38510-2"
    assert [a["family"] for a in article["author"]] == ["Tursunov", "Kim", "Holmgren", "Rashidova"]
    assert article["issued"] == {"date-parts": [[2023, 5, 17]]}
    assert article["custom"]["dates"] == {"received": "2022-10-12", "accepted": "2023-05-03"}
    assert "browser version" not in article.get("note", "")
    assert kinds(works) == ["work"] * 14
    assert works[5]["URL"] == "https://www.fao.org/aquastat/en/databases/maindatabase"
    assert not any(re.search(r"Google Scholar|\bADS\b|\bArticle$", w["custom"]["source"]) for w in works)


def test_plos_one_page():
    article, works = whole_page("plos_one.html")
    assert article["title"] == \
        "Mobile banking adoption among smallholder farmers in the Fergana Valley: A cross-sectional survey"
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("PLOS ONE", "17", "6", "e0269874")
    assert (article["DOI"], article["ISSN"]) == ("10.1371/journal.pone.0269874", "1932-6203")
    assert [a["family"] for a in article["author"]] == ["Yusupova", "Hartmann", "Ergashev"]
    assert article["issued"] == {"date-parts": [[2022, 6, 15]]}
    assert article["custom"]["dates"] == {"received": "2021-11-03", "accepted": "2022-05-28"}
    assert article["abstract"].startswith("Mobile banking could lower")
    assert kinds(works) == ["work"] * 12 and [w["custom"]["number"] for w in works] == list(range(1, 13))
    assert not any(re.search(r"View Article|PubMed/NCBI|Google Scholar", w["custom"]["source"]) for w in works)
    assert works[8]["URL"] == "https://cbu.uz/en/statistics/payment-system/"
    assert article["title"] not in article["note"].split("\n")  # the floating title bar repeats it


def test_frontiers_page():
    article, works = whole_page("frontiers_article.html")
    assert article["title"] == "Farm cooperatives and land-use efficiency after the 2003 land reform in southern Kazakhstan"
    assert (article["container-title"], article["volume"], article["page"]) == \
        ("Frontiers in Sustainable Food Systems", "7", "1098765")
    assert article["DOI"] == "10.3389/fsufs.2023.1098765"
    assert [a["family"] for a in article["author"]] == ["Abdrakhmanova", "Wójcik", "Sarsenov"]
    assert article["issued"] == {"date-parts": [[2023, 3, 14]]}
    assert article["custom"]["dates"] == {"received": "2022-11-02", "accepted": "2023-02-20"}
    assert article["keyword"] == "land reform, farm cooperatives, Kazakhstan, transition economies, agricultural productivity"
    assert article["abstract"].startswith("Two decades after the 2003 Land Code")
    assert kinds(works) == ["work"] * 13
    assert not any(re.search(r"CrossRef Full Text|Pubmed|Google Scholar|^Keywords|^Citation", w["custom"]["source"])
                   for w in works)


def test_ar5iv_page():
    article, works = whole_page("ar5iv_article.html")
    assert article["title"] == "Remittances and Household Labor Supply: Evidence from Tajikistan"
    assert [a["family"] for a in article["author"]] == ["Rahimova", "Brenner"]
    assert article["keyword"] == "remittances, labor supply, migration, Tajikistan"
    assert article["custom"]["jel"] == ["F22", "J22", "O15"]
    assert article["abstract"].startswith("We study how remittances from Russia")
    assert article.get("container-title") != "ar5iv"
    assert kinds(works) == ["work"] * 13
    assert works[0]["custom"]["source"].startswith("P. Acosta, C. Calderón")
    assert not any(re.match(r"[A-Z][\w-]+(?: et al\.| and [A-Z][\w-]+)? \((?:\d{4}|n\.d\.)\)", w["custom"]["source"])
                   for w in works[:10])


def test_tandf_text_page():
    article, works = whole_page("tandf_text.txt")
    assert article["title"] == "Whose patronage? Regional governors and electoral machines in Kazakhstan’s akimats"
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("Post-Soviet Affairs", "39", "3", "215-236")
    assert article["DOI"] == "10.1080/1060586X.2023.2174532"
    assert [a["family"] for a in article["author"]] == ["Suleimenova", "Albrecht"]
    assert article["issued"] == {"date-parts": [[2023, 2, 8]]}
    assert article["custom"]["dates"] == {"received": "2022-06-14", "accepted": "2023-01-19"}
    assert article["keyword"] == "Kazakhstan, patronage, electoral machines, regional governors, authoritarianism"
    assert article["abstract"].startswith("Why do some regional governors")
    assert kinds(works) == ["pointer", "pointer", "work", "work", "commentary", "pointer"] + ["work"] * 10
    assert works[5]["custom"]["targets"] == ["Reuter (2017)"]
    assert not any(re.search(r"Crossref|Web of Science|Google Scholar|Citation", w["custom"]["source"]) for w in works)


def test_word_footnotes_page():
    article, works = whole_page("word_footnotes.html")
    assert article["title"] == "Mahalla committees and the distribution of social assistance in Uzbekistan"
    assert article["author"] == [{"family": "Yuldasheva", "given": "Shahnoza"}]
    assert article["keyword"] == "mahalla, social assistance, targeting, Uzbekistan"
    assert article["abstract"].startswith("Since 2017 Uzbekistan")
    assert [w["custom"]["section"] for w in works] == ["references"] * 9 + ["notes"] * 7
    assert kinds(works) == ["work"] * 9 + ["commentary", "pointer", "work", "pointer", "commentary", "work", "pointer"]
    assert works[7]["author"] == works[6]["author"]  # "———. 2016." is Urinboyev again
    assert works[10]["custom"]["target-ids"] == [works[5]["id"]]  # "See also Noori (2006)"


def test_an_acknowledgement_is_not_the_title():
    lines = ["Research Article", "Managing the Neighbourhood: Kazakhstan’s Multivector Diplomacy and the Eurasian Union",
             "Aigerim Nurpeisova", "&", "Thomas W. Lindgren", "Pages 312-327 | Published online: 14 Mar 2019", "",
             "Acknowledgements",
             "We are grateful to the interviewees who gave their time, and to the three anonymous reviewers for their comments."]
    article = article_item(lines)
    assert article["title"] == "Managing the Neighbourhood: Kazakhstan’s Multivector Diplomacy and the Eurasian Union"
    assert [a["family"] for a in article["author"]] == ["Nurpeisova", "Lindgren"]


def test_the_title_above_one_author_a_line_beats_a_rubric_in_capitals():
    lines = ["Siberian Historical Bulletin", "2020, No. 4 (36)", "HISTORY OF THE SOVIET PERIOD",
             "Grain procurement and peasant resistance in Western Siberia, 1928–1930", "",
             "Dmitry N. Lazarev", "Tomsk State University, Tomsk, Russian Federation", "lazarev.dn@mail.tsu.ru", "",
             "Anna K. Shul'ts", "Novosibirsk State Pedagogical University, Novosibirsk, Russian Federation"]
    article = article_item(lines)
    assert article["title"] == "Grain procurement and peasant resistance in Western Siberia, 1928–1930"
    assert article["author"] == [{"family": "Lazarev", "given": "Dmitry N."}, {"family": "Shul'ts", "given": "Anna K."}]
    assert article["custom"]["affiliations"][0] == {
        "author": "Dmitry N. Lazarev", "affiliation": "Tomsk State University, Tomsk, Russian Federation"}


def test_russian_full_names_before_their_degrees_and_the_same_names_in_english():
    lines = ["Регулирование трансграничной передачи персональных данных в ЕАЭС",
             "Кравченко Ольга Викторовна, кандидат юридических наук, доцент, Московский государственный юридический "
             "университет имени О.Е. Кутафина (МГЮА), Москва, Россия",
             "Мусаев Тимур Ренатович, кандидат юридических наук, Институт законодательства и сравнительного "
             "правоведения, Москва, Россия",
             "Cross-border transfer of personal data in the EAEU", "Olga V. Kravchenko, Timur R. Musaev"]
    assert article_item(lines)["author"] == [{"family": "Кравченко", "given": "Ольга Викторовна"},
                                             {"family": "Мусаев", "given": "Тимур Ренатович"}]


def test_a_byline_of_initials_takes_the_full_names_printed_about_the_authors_after_the_list():
    # Polis: "Д.С. Ермолаева, Р.К. Абдуллаев" over the article, the names in full under "Об авторах" at its foot
    text = """Центральная Азия между Пекином и Москвой: конкуренция или сопряжение стратегий?
Д.С. Ермолаева, Р.К. Абдуллаев
Полис. Политические исследования. 2022. № 3. С. 131-146.

Список литературы
1. Богатуров А.Д. Международные отношения в Центральной Азии: события и документы. М.: Аспект Пресс, 2017. 560 с.
2. Сыроежкин К.Л. Казахстан – Китай: от приграничной торговли к стратегическому партнерству. Алматы: КИСИ, 2015. 340 с.

Об авторах
Ермолаева Дарья Сергеевна, кандидат политических наук, доцент, МГИМО МИД России, Москва, Россия
Абдуллаев Рустам Камилович, PhD, старший преподаватель, Ташкентский государственный университет востоковедения, Ташкент, Узбекистан
"""
    article = parse_page(text, "polis.txt", page=True).items[0]
    assert article["author"] == [{"family": "Ермолаева", "given": "Дарья Сергеевна"},
                                 {"family": "Абдуллаев", "given": "Рустам Камилович"}]
    assert article["custom"]["affiliations"][1] == {
        "author": "Абдуллаев Рустам Камилович",
        "affiliation": "PhD, старший преподаватель, Ташкентский государственный университет востоковедения, Ташкент, Узбекистан"}


def test_the_journal_after_gosts_dash_in_the_articles_own_citation():
    # Polis: no journal meta tag; a rubric label above the title, the journal after " – " in "Для цитирования"
    lines = ["Рубрика: Мировая политика", "Казахстан – Китай: тридцать лет стратегического партнерства",
             "Д.С. Ермолаева", "Для цитирования: Ермолаева Д.С. Казахстан – Китай: тридцать лет стратегического "
             "партнерства. – Полис. Политические исследования. 2022. № 3. С. 131-146."]
    article = article_item(lines)
    assert (article["container-title"], article["issue"], article["page"]) == (
        "Полис. Политические исследования", "3", "131-146")


def test_a_row_of_tabs_beside_the_abstract_heading_is_no_abstract():
    # Polis: the tabs "Аннотация | Список литературы | Об авторах" saved as one line above the abstract itself
    abstract = ("В статье анализируются стратегии Китая и России в Центральной Азии после провозглашения в 2015 г. "
                "курса на сопряжение Евразийского экономического союза и инициативы «Один пояс, один путь».")
    lines = ["Центральная Азия между Пекином и Москвой: конкуренция или сопряжение стратегий?", "Д.С. Ермолаева",
             "Аннотация Список литературы Об авторах", "", "Аннотация", abstract]
    assert article_item(lines)["abstract"] == abstract


def test_the_year_of_the_articles_own_citation_is_the_one_before_its_volume():
    lines = ["Grain procurement and peasant resistance in Western Siberia, 1928–1930", "",
             "For citation: Lazarev D.N. Grain procurement and peasant resistance in Western Siberia, 1928–1930. "
             "Istoricheskii vestnik Sibiri = Siberian Historical Bulletin, 2020, no. 4 (36), pp. 77–93."]
    assert article_item(lines)["issued"] == {"date-parts": [[2020]]}


# --- the third batch written blind: kinds, article and pointers from fixtures/pages/blind_pages_gold.json ----------
# (the gold also holds the expected fields of 11-14 entries a page; bench/page_split.py scores those)

_GOLD = json.loads((PAGES / "blind_pages_gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(_GOLD))
def test_blind_pages_against_their_gold(name):
    gold = _GOLD[name]
    article, works = whole_page(Path(name).name)
    assert kinds(works) == gold["kinds"]
    expected = gold["article"]
    assert (article["title"], article.get("DOI"), article["author"][0]) == \
        (expected["title"], expected["DOI"], expected["author0"])
    for start, targets in gold.get("pointers", {}).items():
        (pointer,) = [w for w in works if w["custom"]["source"].startswith(start)]
        assert pointer["custom"]["targets"] == targets
        assert len(pointer["custom"]["target-ids"]) == len(targets)
    assert all(validate(w) == [] for w in works)


def test_a_pointer_to_two_works_of_one_author_and_year_links_each():
    text = ("Notes\n\n1 For more information see Iskandaryan (Citation2016a, Citation2016b), Terzyan (Citation2018).\n\n"
            "2 On patronal politics, see Hale (Citation2015, 20–25).\n\n"
            "References\n\nHale, H. E. (2015) Patronal Politics (Cambridge, Cambridge University Press).\n\n"
            "Iskandaryan, A. (2016a) ‘Armenia’s Foreign Policy: Where Values Meet Constraints’, in Hamilton, D. S. (ed.) "
            "The Wider Black Sea Region (Washington, DC, Center for Transatlantic Relations).\n\n"
            "Iskandaryan, A. (2016b) ‘The Velvet Constraints of Armenian Security Policy’, Caucasus Analytical Digest, 84.\n\n"
            "Terzyan, A. (2018) ‘The Anatomy of Russia’s Grip on Armenia’, Journal of Slavic Military Studies, 31, 2.\n")
    first, second, hale, iskandaryan_a, iskandaryan_b, terzyan = parse_page(text).items
    assert first["custom"]["targets"] == ["Iskandaryan (2016a)", "Iskandaryan (2016b)", "Terzyan (2018)"]
    assert first["custom"]["target-ids"] == [iskandaryan_a["id"], iskandaryan_b["id"], terzyan["id"]]
    assert second["custom"]["targets"] == ["Hale (2015)"]  # pages, not a second year
    assert second["custom"]["target-ids"] == [hale["id"]]


def test_a_short_form_note_points_at_the_work_listed_below_the_notes():
    text = ("Notes\n\n1. Wegerich, ‘Hydraulic Property Rights’, 217.\n\n"
            "References\n\nWegerich, K. 2008. “Hydraulic Property Rights and Irrigation Reform in Central Asia.” "
            "Water International 33 (2): 213–226.\n\n"
            "Zinzani, A. 2015. “Hydraulic Bureaucracy in Uzbekistan.” Water Alternatives 8 (3): 382–398.\n")
    pointer, work, _ = parse_page(text).items
    assert pointer["custom"]["target-ids"] == [work["id"]]


def test_a_russian_author_tag_in_family_given_patronymic_order():
    html = ("<html><head><meta name='citation_title' content='Кредитная кооперация в сибирской деревне'>"
            "<meta name='citation_author' content='Ларионова Татьяна Андреевна'>"
            "<meta name='citation_author' content='Mark Harrison'></head>"
            "<body><h1>Кредитная кооперация в сибирской деревне</h1></body></html>")
    lines, meta = html_lines(html)
    assert article_item(lines, meta)["author"] == [
        {"family": "Ларионова", "given": "Татьяна Андреевна"}, {"family": "Harrison", "given": "Mark"}]


def test_authors_in_capitals_one_a_line_with_a_comma_after_the_marker():
    # eLibrary.ru's record page
    lines = ["ЦИФРОВАЯ ТРАНСФОРМАЦИЯ МАЛОГО БИЗНЕСА В РЕГИОНАХ ПРИВОЛЖСКОГО ФЕДЕРАЛЬНОГО ОКРУГА", "",
             "ГАЛИЕВА ЛЕЙСАН РИНАТОВНА1,", "", "ШАМСУТДИНОВ РУСТАМ ФАРИДОВИЧ1", "",
             "1 Казанский (Приволжский) федеральный университет"]
    item = article_item(lines)
    assert item["title"] == lines[0]
    assert item["author"] == [{"family": "Галиева", "given": "Лейсан Ринатовна"},
                              {"family": "Шамсутдинов", "given": "Рустам Фаридович"}]


def test_authors_marked_as_given_name_and_surname_inside_buttons():
    # ScienceDirect: no author meta tags; each author is a button holding given-name and surname spans
    html = ("<html><head><meta property='og:title' content='Winter coal heating in Ulaanbaatar'></head><body>"
            "<h1>Winter coal heating in Ulaanbaatar</h1><div class='author-group'>"
            "<button><span><span class='given-name'>Oyunchimeg</span> <span class='text surname'>Dashdorj</span></span>"
            "<sup>a</sup></button>, <button><span><span class='given-name'>Sarah J.</span> "
            "<span class='text surname'>Whitfield</span></span></button></div><button>Show more</button>"
            "<h2>References</h2><ol><li><span class='surname'>Cerami</span>, <span class='given-names'>A.</span> "
            "Social Policy in Central and Eastern Europe. Berlin: LIT, 2006.</li></ol></body></html>")
    article = parse_page(html, "sd.html", page=True).items[0]
    assert article["author"] == [{"family": "Dashdorj", "given": "Oyunchimeg"}, {"family": "Whitfield", "given": "Sarah J."}]


@pytest.mark.parametrize("tag", ["Ковалёва Н. В.", "Н. В. Ковалёва"])
def test_author_tag_with_initials_after_the_family_name(tag):
    html = (f"<html><head><meta name='citation_title' content='Трудовая миграция на Дальний Восток'>"
            f"<meta name='citation_author' content='{tag}'></head><body><h1>Трудовая миграция на Дальний Восток</h1>"
            "<h2>Список литературы</h2><ol><li>Тарасов В.П. Миграционные процессы. Хабаровск, 2016. 284 с.</li></ol>"
            "</body></html>")
    assert parse_page(html, "ojs.html", page=True).items[0]["author"] == [{"family": "Ковалёва", "given": "Н.В."}]


def test_proceedings_named_in_the_page_title_after_the_articles_title():
    # the ACM Digital Library: no journal tag, the kind of article above the title, the proceedings in <title>
    html = ("<html><head><title>Cash Is Still King at the Bazaar | Proceedings of the 2023 CHI Conference on Human "
            "Factors in Computing Systems</title><meta name='dc.Title' content='Cash Is Still King at the Bazaar'>"
            "<meta property='og:site_name' content='ACM Conferences'></head><body>"
            "<div>research-article Open Access</div><h1>Cash Is Still King at the Bazaar</h1><p>Aigerim Sultanbekova</p>"
            "<h2>References</h2><ol><li>Paul Dourish. 2001. Where the Action Is. MIT Press, Cambridge, MA, USA.</li></ol>"
            "</body></html>")
    article = parse_page(html, "acm.html", page=True).items[0]
    assert article["container-title"] == "Proceedings of the 2023 CHI Conference on Human Factors in Computing Systems"


def test_meta_institutions_belong_to_the_author_above_them():
    # Highwire tags: each author's institutions follow that author, and some authors have none.
    html = """<html><head>
<meta name="citation_title" content="Dust storms and hospital visits in the Aral Sea region">
<meta name="citation_author" content="Dana Serikova">
<meta name="citation_author_institution" content="Kazakh National Medical University, Almaty">
<meta name="citation_author" content="Ruslan Abenov">
<meta name="citation_author" content="Ilse Meyer">
<meta name="citation_author_institution" content="University of Basel">
<meta name="citation_author_institution" content="Swiss Tropical and Public Health Institute">
<meta name="citation_doi" content="10.1234/aral.2021.7">
</head><body><h1>Dust storms and hospital visits in the Aral Sea region</h1>
<h2>References</h2><ol><li>Smith J. Dust and lungs. Thorax. 2019;74(2):100-8.</li></ol></body></html>"""
    article = parse_page(html, "aral.html", page=True).items[0]
    assert article["custom"]["affiliations"] == [
        {"author": "Dana Serikova", "affiliation": "Kazakh National Medical University, Almaty"},
        {"author": "Ilse Meyer", "affiliation": "University of Basel; Swiss Tropical and Public Health Institute"},
    ]


# --- the fourth batch written blind: text and PDF copies (Wiley, Springer chapter, Russian GOST notes, Chicago notes)


def test_running_heads_that_carry_the_page_number_end_the_note_above():
    text = ("Paper Kolkhozes\n\nBody text of the first page.1\n"
            "1Sheila Fitzpatrick, Stalin's Peasants (New York: Oxford University Press, 1994), 4–6.\n"
            "512 ELENA MARKOVA\nBody text.2\n2Ibid., 140.\nPAPER KOLKHOZES 513\n"
            "3Yoram Gorlizki, \"Structures of Trust,\" Slavonic and East European Review 91 (2013): 119–46.\n"
            "514 ELENA MARKOVA\nBody text.4\n4Ibid., 120.\nPAPER KOLKHOZES 515\n")
    works = parse_page(text).items
    assert [w["custom"]["source"] for w in works] == [
        "Sheila Fitzpatrick, Stalin's Peasants (New York: Oxford University Press, 1994), 4–6.",
        "Ibid., 140.",
        "Yoram Gorlizki, \"Structures of Trust,\" Slavonic and East European Review 91 (2013): 119–46.", "Ibid., 120."]


def test_a_pdf_copys_body_text_after_a_page_break_is_not_part_of_the_footnote_above():
    text = ("Между тем кредит распределялся через товарищества1.\n"
            "1 Ильиных В.А. Хроника хлебного фронта. М.: РОССПЭН, 2010. С. 45–47.\n"
            "98\nИ.В. Соловьёв\n"
            "Уже осенью 1927 г. Уралсельсоюз сообщал о сокращении ссуд маломощным хозяйствам2.\n"
            "2 Там же. С. 45.\n"
            "99\nИ.В. Соловьёв\n")
    works = parse_page(text).items
    assert [w["custom"]["source"] for w in works] == [
        "Ильиных В.А. Хроника хлебного фронта. М.: РОССПЭН, 2010. С. 45–47.", "Там же. С. 45."]


def test_springer_record_kinds_over_their_look_up_links_are_not_text():
    text = ("References\n"
            "Dragneva R, Wolczuk K (eds) (2013) Eurasian economic integration: law, policy and politics. "
            "Edward Elgar, Cheltenham\nBook \nGoogle Scholar \n"
            "Ryazantsev S (2016) Labour migration from Central Asia to Russia. In: Kuznetsova O (ed) Migration in "
            "Eurasia. Springer, Cham, pp 31–48\nChapter \nGoogle Scholar \n"
            "Schenk C (2018) Why control immigration? University of Toronto Press, Toronto\nBook \nGoogle Scholar \n")
    sources = [w["custom"]["source"] for w in parse_page(text).items]
    assert [s.split(" (")[0] for s in sources] == ["Dragneva R, Wolczuk K", "Ryazantsev S", "Schenk C"]
    assert sources[0].endswith("Edward Elgar, Cheltenham") and sources[2].endswith("Toronto")


def test_springer_record_kinds_over_the_address_they_link_are_not_entries():
    # Springer Link's HTML: an entry that prints no address keeps the one its "Book" / "Chapter" link gives
    item = ('<li class="c-article-references__item"><p class="c-article-references__text">{}</p>'
            '<p class="c-article-references__links u-hide-print"><a href="{}">{}</a> '
            '<a href="http://scholar.google.com/scholar_lookup?&amp;title=x">Google Scholar</a></p></li>')
    html = ("<html><body><h2>References</h2><ul class='c-article-references'>"
            + item.format("Dukhovny, V. A., &amp; de Schutter, J. (2011). <i>Water in Central Asia: Past, present, "
                          "future</i>. CRC Press.", "https://doi.org/10.1201/b11270", "Book")
            + item.format("Abdullaev, I., &amp; Rakhmatullaev, S. (2016). Setting up the agenda for water reforms in "
                          "Central Asia. In S. Hülsmann &amp; R. Ardakanian (Eds.), <i>Managing water, soil and waste "
                          "resources</i> (pp. 83–98). Springer.",
                          "https://link.springer.com/doi/10.1007/978-3-319-75163-4_5", "Chapter")
            + "</ul></body></html>")
    book, chapter = parse_page(html, "springer.html").items
    assert book["DOI"] == "10.1201/b11270" and book["publisher"] == "CRC Press"
    assert chapter["URL"] == "https://link.springer.com/doi/10.1007/978-3-319-75163-4_5"
    assert chapter["custom"]["source"].startswith("Abdullaev") and chapter["page"] == "83-98"


def test_the_leaf_after_an_ibid_stays_with_it():
    text = ("Примечания\n\n1. Государственный архив Пермского края (ГАПК). Ф. Р-176. Оп. 1. Д. 45. Л. 12–14.\n"
            "2. Там же. Л. 20.\n")
    archive, pointer = parse_page(text).items
    assert pointer["custom"]["source"] == "Там же. Л. 20." and pointer["custom"]["pointer"]


def test_a_springer_chapter_reads_its_doi_and_book_from_cite_this_chapter():
    text = ("Chapter\nThe Eurasian Economic Union and Labour Mobility: Rules, Practice and Gaps\n"
            "Sergey Kuznetsov & Aliya Bekova\nFirst Online: 02 September 2021\n"
            "References\nSchenk C (2018) Why control immigration? University of Toronto Press, Toronto\n"
            "Google Scholar\nDownload references\nAbout this chapter\nCite this chapter\n"
            "Kuznetsov, S., Bekova, A. (2021). The Eurasian Economic Union and Labour Mobility: Rules, Practice and "
            "Gaps. In: Vinokurov, E., Libman, A. (eds) Eurasian Economic Integration. Studies in Global Governance. "
            "Springer, Cham. https://doi.org/10.1007/978-3-030-71234-5_7\nDownload citation\n")
    article = parse_page(text, page=True).items[0]
    assert (article["type"], article["container-title"], article["DOI"]) == (
        "chapter", "Eurasian Economic Integration", "10.1007/978-3-030-71234-5_7")


def test_a_chapter_page_names_its_book_in_a_meta_tag():
    # Springer Link's chapter page: citation_inbook_title, and an "Open Access" badge where a journal's name would be
    html = ("<html><head><meta name='citation_title' content='From Rivalry to Pragmatism: Tajik–Uzbek Water Diplomacy'>"
            "<meta name='citation_inbook_title' content='Connectivity and Cooperation in Central Asia'>"
            "<meta name='citation_author' content='Ismoilov, Farrukh'><meta name='citation_firstpage' content='143'>"
            "<meta name='citation_lastpage' content='167'></head><body>"
            "<ul><li>Chapter</li><li><span>Open Access</span></li><li>First Online: 14 March 2024</li></ul>"
            "<h1>From Rivalry to Pragmatism: Tajik–Uzbek Water Diplomacy</h1><p>Farrukh Ismoilov</p>"
            "<h2>Abstract</h2><p>After 2016 Tashkent dropped its opposition to the Rogun dam in Tajikistan.</p>"
            "</body></html>")
    article = parse_page(html, "chapter.html", page=True).items[0]
    assert (article["type"], article["container-title"], article["page"]) == (
        "chapter", "Connectivity and Cooperation in Central Asia", "143-167")


def test_an_open_access_badge_over_the_title_is_no_journal():
    text = ("Home\nConnectivity and Cooperation in Central Asia\nChapter\nOpen Access\nFirst Online: 14 March 2024\n"
            "From Rivalry to Pragmatism: Tajik–Uzbek Water Diplomacy After 2016\nFarrukh Ismoilov & Nigora Rakhimova\n"
            "Abstract\nAfter 2016 Tashkent dropped its opposition to the Rogun dam in Tajikistan, and the two states "
            "signed more than a hundred agreements.\nReferences\nMenga, F. (2018). Power and water in Central Asia. "
            "Routledge.\n")
    article = parse_page(text, "chapter.txt", page=True).items[0]
    assert article["container-title"] == "Connectivity and Cooperation in Central Asia"
    assert is_chrome("Open Access") and is_chrome("Free Access") and not is_chrome("Open access to court records")


def test_each_author_named_alone_over_an_email_and_an_affiliation_takes_it():
    # Wiley's byline: the names come from dc.Creator tags, each printed again over its e-mail and affiliation
    html = ("<html><head><meta name='dc.Title' content='Mobile money and informal credit in rural Kyrgyzstan'>"
            "<meta name='dc.Creator' content='Aizada  Asanova'><meta name='dc.Creator' content='Jonas  Hellström'>"
            "</head><body><h1>Mobile money and informal credit in rural Kyrgyzstan</h1>"
            "<div class='author-info'><p>Aizada Asanova</p><p>aizada.asanova@ucentralasia.org</p>"
            "<p>Institute of Public Policy and Administration, University of Central Asia, Bishkek, Kyrgyzstan</p>"
            "<p>Search for more papers by this author</p></div>"
            "<div class='author-info'><p>Jonas Hellström</p><p>Department of Economics, Uppsala University, Uppsala, "
            "Sweden</p></div><h2>Abstract</h2><p>Mobile money users were less likely to borrow from shopkeepers on "
            "credit and more likely to receive transfers from kin abroad within a week of a shock.</p>"
            "<h2>References</h2><ul><li>Riley, E. (2018). Mobile money and risk sharing against village shocks. "
            "<i>Journal of Development Economics</i>, 135, 43–58.</li></ul></body></html>")
    article = parse_page(html, "wiley.html", page=True).items[0]
    assert article["custom"]["affiliations"] == [
        {"author": "Aizada Asanova",
         "affiliation": "Institute of Public Policy and Administration, University of Central Asia, Bishkek, Kyrgyzstan"},
        {"author": "Jonas Hellström", "affiliation": "Department of Economics, Uppsala University, Uppsala, Sweden"}]


def test_a_title_in_capitals_whose_last_line_sits_above_the_author():
    lines = ["doi 10.17072/2219-3111-2021-3-98-110", "КООПЕРАТИВНЫЙ КРЕДИТ И ХЛЕБОЗАГОТОВКИ НА УРАЛЕ",
             "В 1927–1929 гг.", "И.В. Соловьёв", "Пермский государственный национальный исследовательский университет"]
    assert article_item(lines)["title"] == "КООПЕРАТИВНЫЙ КРЕДИТ И ХЛЕБОЗАГОТОВКИ НА УРАЛЕ В 1927–1929 гг."


def test_a_title_all_in_capitals_keeps_the_full_stop_of_its_abbreviation():
    lines = ["УДК 336.77", "РЕГИОНАЛЬНЫЕ РАЗЛИЧИЯ В ДОСТУПНОСТИ КРЕДИТА: ПАНЕЛЬНЫЙ АНАЛИЗ 2012–2021 ГГ.", "",
             "Шестакова Екатерина Андреевна", "Пермский государственный национальный исследовательский университет"]
    assert article_item(lines)["title"] == "РЕГИОНАЛЬНЫЕ РАЗЛИЧИЯ В ДОСТУПНОСТИ КРЕДИТА: ПАНЕЛЬНЫЙ АНАЛИЗ 2012–2021 ГГ."


def test_pdf_header_title_over_two_lines_byline_in_capitals_and_journal_line():
    lines = ["Grain Quotas and Local Power: The District Committees",
             "of the Lower Volga, 1929–1933",
             "MARIA ORLOVA",
             "Slavic Review 81, 2 (Spring 2022): 301–24.",
             "https://doi.org/10.1017/slr.2022.88",
             "In the autumn of 1929 the district committees of the Lower Volga received their first grain quotas, "
             "and within a month most of them had reported the quotas fulfilled."]
    article = article_item(lines)
    assert article["title"] == ("Grain Quotas and Local Power: The District Committees of the Lower Volga, "
                                "1929–1933")
    assert article["author"] == [{"family": "Orlova", "given": "Maria"}]
    assert (article["container-title"], article["volume"], article["issue"]) == ("Slavic Review", "81", "2")


def test_a_bracket_numbered_list_printed_as_one_block_is_cut_at_its_numbers_in_order():
    text = ("Литература\n"
            "[1] Кабанов В.В. Кооперация, революция, социализм. М.: Наука, 1996. 168 с. "
            "[2] Гущин Н.Я. Сибирская деревня на пути к социализму [см. 2, с. 87]. Новосибирск: Наука, 1973. 518 с. "
            "[3] Gatrell P. Russia's First World War. Harlow: Pearson Longman, 2005. 318 p. [5]\n")
    entries, _, _ = find_entries(text)
    assert [e.number for e in entries] == [1, 2, 3]
    assert entries[1].text.startswith("Гущин") and entries[1].text.endswith("518 с.")
    assert entries[2].text.endswith("318 p. [5]")  # out of sequence: not a cut


@pytest.mark.parametrize("note", ["ГАНО. Ф. П-2. Оп. 2. Д. 214. Л. 3–5.", "ЦДАГО України. Ф. 1. Оп. 20. Спр. 2517. Арк. 4."])
def test_an_archival_note_with_a_lettered_fond_is_a_reference(note):
    # a party archive's fond "П-2" as a Soviet one's "Р-845"; before, no sign of a reference was seen
    ((item,),) = [parse_page(f"Примечания\n\n1 {note}\n").items]
    assert not item["custom"].get("commentary")


@pytest.mark.parametrize("note", [
    "Natsional′nyi arkhiv Respubliki Belarus′ (NARB), f. 4p, op. 156, d. 301, ll. 12–15.",
    "НАРБ. Ф. 4п. Оп. 62. Д. 151. Л. 8."])
def test_an_archival_note_whose_fond_number_carries_a_letter_is_a_reference(note):
    # a party fond numbered "4p" (4п) as Belarusian and Ukrainian archives number them; before,
    # with no year in the note, it was commentary
    ((item,),) = [parse_page(f"Notes\n\n1 {note}\n").items]
    assert item["type"] == "manuscript" and item["archive_location"].startswith(("f. 4p", "Ф. 4п"))


@pytest.mark.parametrize("lead", ["Подробнее о составе этих документов см.:", "О кредите в деревне см.:",
                                  "Детальніше про це див.:"])
def test_a_note_that_sends_the_reader_to_a_work_after_a_lead_in_is_that_work(lead):
    text = f"Примечания\n\n1 {lead} Кабанов В.В. Кооперация, революция, социализм. М.: Наука, 1996. С. 11–24.\n"
    (item,) = parse_page(text).items
    assert item["author"] == [{"family": "Кабанов", "given": "В.В."}]
    assert item["title"] == "Кооперация, революция, социализм"


def test_ukrainian_authors_given_names_first_one_a_line():
    lines = ["КРЕДИТНА КООПЕРАЦІЯ НА СЛОБОЖАНЩИНІ В РОКИ НЕПУ", "", "Олена Миколаївна Гриценко",
             "кандидат історичних наук, доцент,", "", "Андрій Петрович Мельник", "доктор історичних наук, професор,"]
    assert article_item(lines)["author"] == [{"family": "Гриценко", "given": "Олена Миколаївна"},
                                             {"family": "Мельник", "given": "Андрій Петрович"}]


@pytest.mark.parametrize("line", ["Перейти до основного вмісту", "Перейти к основному содержанию",
                                  "Перейти в головне навігаційне меню", "Головна", "Завантажити PDF"])
def test_ojs_skip_links_and_ukrainian_menu_words_are_chrome(line):
    assert is_chrome(line)


def test_the_citation_line_under_a_ukrainian_list_and_its_history_fills_the_article():
    text = ("КРЕДИТНА КООПЕРАЦІЯ НА СЛОБОЖАНЩИНІ\n\nОлена Миколаївна Гриценко\n\n"
            "References\n1. Morozov, A. H. (2009). Kooperatyvnyi rukh v Ukraini. Cherkasy: Vertykal. [in Ukrainian].\n"
            "2. Kuromiya, H. (1998). Freedom and Terror in the Donbas. Cambridge: Cambridge University Press.\n\n"
            "Надійшла до редакції 14.02.2023\n\n"
            "Як цитувати: Гриценко О. М. Кредитна кооперація на Слобожанщині. Вісник ХНУ. 2023. Вип. 38. С. 41–53.\n")
    article, *works = parse_page(text, page=True).items
    assert len(works) == 2
    assert (article["issue"], article["page"]) == ("38", "41-53")


def test_a_russian_page_cited_under_ssylka_na_statyu_takes_volume_issue_and_pages_from_it():
    text = ("Кооперативные банки в Западной Сибири\n\nПетров Сергей Николаевич\n\n"
            "Литература\n1. Кабанов В.В. Кооперация, революция, социализм. М.: Наука, 1996. 168 с.\n"
            "2. Гущин Н.Я. Сибирская деревня на пути к социализму. Новосибирск: Наука, 1973. 518 с.\n\n"
            "Ссылка на статью: Петров С.Н. Кооперативные банки // Исторический журнал. 2021. Т. 11. № 4. С. 512–526.\n")
    article = parse_page(text, page=True).items[0]
    assert (article["volume"], article["issue"], article["page"]) == ("11", "4", "512-526")


# --- the seventh batch written blind: MDPI, Project MUSE, De Gruyter, Polish OJS, Czech, Russian Vestnik ----------

def test_polish_ojs_bibliografia_ends_at_the_page_labels_below_it():
    html = ("<html><body><h1>Migracje zarobkowe z Ukrainy</h1><section><h2>Bibliografia</h2>"
            "<p>Frelak, J. S. (2012). Pracownicy sezonowi z Ukrainy w polskim rolnictwie. Polityka Społeczna, 39(5–6), 18–24.</p>"
            "<p>GUS. (2021). Rocznik Statystyczny Rolnictwa 2021. Warszawa: Główny Urząd Statystyczny.</p></section>"
            "<ul><li><a href='#'>Pobierz PDF</a></li></ul><h2>Opublikowane</h2><span>2022-09-30</span>"
            "<h2>Jak cytować</h2><div>Wiśniewska, A. (2022). Migracje zarobkowe z Ukrainy. Wieś i Rolnictwo, 75–98.</div>"
            "<h3>Najczęściej czytane artykuły tego samego autora(ów)</h3>"
            "<ul><li>Piotr Zając, Zatrudnienie w gospodarstwach ogrodniczych, Wieś i Rolnictwo: Nr 2 (183) (2019)</li></ul>"
            "</body></html>")
    works = parse_page(html).items
    assert [w["custom"]["source"][:6] for w in works] == ["Frelak", "GUS. ("]


def test_czech_notes_and_literatura_pointer_commentary_and_a_law():
    text = ("Poznámky\n"
            "1 Agentury práce mohou od roku 2004 zaměstnávat cizince pouze s povolením Ministerstva práce a sociálních věcí.\n"
            "2 Viz Čaněk (2017: 680–684).\n"
            "Literatura\n"
            "Čaněk, M. 2017. „Trhy práce a migrace: Agenturní zaměstnávání cizinců v Česku.“ Sociologický časopis 53 (5): 673–698.\n"
            "Standing, G. 2011. The Precariat: The New Dangerous Class. London: Bloomsbury Academic.\n"
            "Zákon č. 435/2004 Sb., o zaměstnanosti, ve znění pozdějších předpisů.\n"
            "Autoři\n"
            "Mgr. Kateřina Nováková, Ph.D., je vědeckou pracovnicí Sociologického ústavu AV ČR.\n")
    comment, pointer, *works = parse_page(text).items
    assert comment["custom"].get("commentary") and comment["custom"]["section"] == "notes"
    assert pointer["custom"]["targets"] == ["Čaněk (2017)"]
    assert pointer["custom"]["target-ids"] == [works[0]["id"]]
    assert [w["custom"]["source"][:6] for w in works] == ["Čaněk,", "Standi", "Zákon "]


def test_references_over_search_in_google_scholar_lines_and_their_doi_links():
    text = ("References\n"
            "Adams, Richard H., and John Page. 2005. “Do International Migration and Remittances Reduce Poverty?” "
            "World Development 33 (10): 1645–69. https://doi.org/10.1016/j.worlddev.2005.05.004.\n"
            "10.1016/j.worlddev.2005.05.004Search in Google Scholar\n"
            "Carletto, Calogero, and Benjamin Davis. 2006. “A Country on the Move.” International Migration Review 40 (4): 767–85.\n"
            "10.1111/j.1747-7379.2006.00043.xSearch in Google Scholar\n"
            "Dervishi, Elira. 2019. Emigracioni dhe zhvillimi vendor. Tiranë: Botimet Dudaj.\n"
            "Search in Google Scholar\n")
    adams, carletto, dervishi = parse_page(text).items
    assert adams["DOI"] == "10.1016/j.worlddev.2005.05.004"
    assert carletto["DOI"] == "10.1111/j.1747-7379.2006.00043.x"
    assert dervishi["custom"]["source"].startswith("Dervishi, Elira. 2019.")


def test_numbered_section_headings_of_the_body_are_not_notes():
    text = ("1 Introduction\n"
            "In the summer of 2009, men from the village returned with money to pave the road.1 Remittances "
            "have been studied as household income (Carletto et al. 2006; Adams and Page 2005).\n"
            "2 Collective Remittances and the Local State\n"
            "The literature on social remittances (Levitt 1998) gives us a vocabulary for this.2\n"
            "Footnotes\n"
            "1 Mai 2016, 112.\n"
            "2 Ibid., 118.\n"
            "References\n"
            "Mai, Nicola. 2016. Albanian Migration and New Transnationalisms. Abingdon: Routledge.\n")
    items = parse_page(text).items
    assert [i["custom"]["source"] for i in items] == [
        "Mai 2016, 112.", "Ibid., 118.",
        "Mai, Nicola. 2016. Albanian Migration and New Transnationalisms. Abingdon: Routledge."]


def test_the_citation_under_a_row_of_style_tabs_and_from_the_journal_fill_the_article():
    lines = ["Remittances, Village Roads and the Politics of Self-Help in Northern Albania", "Elira Dervishi",
             "From the journal Comparative Southeast European Studies Volume 71 Issue 3",
             "MLA APA Harvard Chicago Vancouver",
             'Dervishi, Elira. "Remittances, Village Roads and the Politics of Self-Help in Northern Albania" '
             "Comparative Southeast European Studies, vol. 71, no. 3, 2023, pp. 345-372. "
             "https://doi.org/10.1515/soeu-2023-0012"]
    article = article_item(lines)
    assert (article["container-title"], article["DOI"], article["page"]) == \
        ("Comparative Southeast European Studies", "10.1515/soeu-2023-0012", "345-372")


@pytest.mark.parametrize("marks,families", [
    ("<b>Ольга Викторовна Смирнова</b><sup>а</sup>, <b>Рустам Ильдарович Хасанов</b><sup>б</sup>",
     ["Смирнова", "Хасанов"]),
    ("<b>Anna Berg</b><sup>a</sup>, <b>Carl Holm</b><sup>b</sup>", ["Berg", "Holm"]),
])
def test_affiliation_letters_in_superscript_are_not_part_of_the_name(marks, families):
    html = (f"<html><body><h1>Трудовая миграция из Средней Азии и рынок труда Пермского края</h1>"
            f"<p>{marks}</p><p><sup>а, б</sup> Пермский государственный университет, Пермь, Россия</p></body></html>")
    lines, meta = html_lines(html)
    assert [a["family"] for a in article_item(lines, meta)["author"]] == families


def test_czech_header_under_its_menu_title_over_its_translation_and_a_two_language_journal():
    lines = ["Přeskočit na obsah", "Úvod", "Aktuální číslo", "Archiv", "Přihlásit",
             "Sociologický časopis / Czech Sociological Review, 2021, Vol. 57, No. 4: 389–414",
             "https://doi.org/10.13060/csr.2021.027",
             "Agentury práce a zahraniční pracovníci v českém zpracovatelském průmyslu",
             "Temporary Work Agencies and Foreign Workers in Czech Manufacturing",
             "Kateřina Nováková", "Sociologický ústav AV ČR, v. v. i., Praha",
             "Tomáš Dvořák", "Fakulta sociálních studií, Masarykova univerzita, Brno",
             "Abstrakt: Článek zkoumá, jak agentury práce zprostředkovávají zaměstnání pracovníků z Ukrajiny.",
             "Klíčová slova: agentury práce, pracovní migrace, prekérní práce",
             "Úvod", "Od vstupu do Evropské unie se Česko stalo zemí imigrace."]
    article = article_item(lines)
    assert article["title"] == "Agentury práce a zahraniční pracovníci v českém zpracovatelském průmyslu"
    assert [a["family"] for a in article["author"]] == ["Nováková", "Dvořák"]
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("Sociologický časopis / Czech Sociological Review", "57", "4", "389-414")
    assert article["keyword"] == "agentury práce, pracovní migrace, prekérní práce"
    assert article["abstract"].startswith("Článek zkoumá")


def test_a_crossref_link_to_the_works_doi_gives_its_doi_when_the_entry_shows_none():
    html = ("<html><body><h2>References</h2><ol>"
            "<li>Micklin, P. The Aral Sea disaster. <i>Annu. Rev. Earth Planet. Sci.</i> <b>2007</b>, <i>35</i>, 47–72. "
            "[<a href='https://scholar.google.com/scholar_lookup?title=The+Aral+Sea+disaster'>Google Scholar</a>] "
            "[<a href='https://doi.org/10.1146/annurev.earth.35.031306.140120'>CrossRef</a>]</li>"
            "<li>Hoff, H. <i>Understanding the Nexus</i>; Stockholm Environment Institute: Stockholm, Sweden, 2011. "
            "[<a href='https://scholar.google.com/scholar_lookup?title=Understanding'>Google Scholar</a>]</li>"
            "</ol></body></html>")
    micklin, hoff = parse_page(html).items
    assert micklin["DOI"] == "10.1146/annurev.earth.35.031306.140120"
    assert "CrossRef" not in micklin["custom"]["source"] and "DOI" not in hoff


@pytest.mark.parametrize("lead", ["For a comparison with the Tennessee Valley Authority, see",
                                  "For the background to the reform, see", "For a contrast, see"])
def test_an_english_lead_in_before_see_is_a_cue_and_the_work_after_it_is_tagged_alone(lead):
    text = (f"Notes\n\n1. {lead} David Ekbladh, “‘Mr. TVA’: Grass-Roots Development and the Tennessee Valley Authority, "
            "1933–1973,” Diplomatic History 26, no. 3 (2002): 335–74.\n")
    (item,) = parse_page(text).items
    assert item["author"] == [{"family": "Ekbladh", "given": "David"}]
    assert item["container-title"] == "Diplomatic History"


def test_notes_wrapped_in_a_narrow_column_are_not_taken_for_section_headings():
    text = ("1 On the hydraulic side of the campaign\nsee Pohl 2013, 45, and Peterson 2019, 201.\n"
            "2 For the engineers and their institute\nsee Obertreis 2017, 312.\n")
    assert [i["custom"]["number"] for i in parse_page(text).items] == [1, 2]


def test_ojs_how_to_cite_over_an_apa_citation_fills_the_articles_pages():
    text = ("Home / Archives / Vol. 12 No. 2 (2022) / Articles\n"
            "Informal Credit and Small Traders in Bishkek Bazaars\n\n"
            "Aigerim Sultanova\nKyrgyz National University, Bishkek, Kyrgyzstan\n\n"
            "DOI: https://doi.org/10.52821/2789-4401-2022-2-7-21\n"
            "Keywords: informal credit, bazaars, Kyrgyzstan\n\n"
            "How to Cite\n"
            "Sultanova, A. (2022). Informal Credit and Small Traders in Bishkek Bazaars. Central Asian Economic "
            "Review, 12(2), 7–21. https://doi.org/10.52821/2789-4401-2022-2-7-21\n"
            "More Citation Formats\n\n"
            "References\n"
            "1. Radnitz, S. (2010). Weapons of the wealthy. Ithaca, NY: Cornell University Press.\n"
            "2. Marat, E. (2012). Kyrgyzstan: A parliamentary system. Demokratizatsiya, 20(4), 325–344.\n")
    article = parse_page(text, page=True).items[0]
    assert (article["volume"], article["issue"], article["page"]) == ("12", "2", "7-21")


def test_ojs_authors_each_over_an_affiliation_and_an_orcid_link():
    text = ("Home / Archives / Vol. 9 No. 3 (2021) / Articles\n"
            "Water User Associations and Cotton Quotas in Karakalpakstan\n\n"
            "Aziz Yusupov\nKarakalpak State University, Nukus, Uzbekistan\nhttps://orcid.org/0000-0002-1234-567X\n"
            "Nodira Saidova\nTashkent Institute of Irrigation, Tashkent, Uzbekistan\n\n"
            "DOI: https://doi.org/10.51176/1997-9967-2021-3-5-19\n\n"
            "References\n"
            "1. Wegerich, K. (2008). Hydraulic property rights and irrigation reform in Central Asia. Water "
            "International, 33(2), 213–226.\n"
            "2. Zinzani, A. (2015). Hydraulic bureaucracy in Uzbekistan. Water Alternatives, 8(3), 382–398.\n")
    article = parse_page(text, page=True).items[0]
    assert article["author"] == [{"family": "Yusupov", "given": "Aziz"}, {"family": "Saidova", "given": "Nodira"}]
    assert "ORCID: Aziz Yusupov: https://orcid.org/0000-0002-1234-567X" in article["note"]


def test_a_month_before_the_year_is_no_author_a_note_points_at():
    text = ("Notes\n\n1. Author’s interview with a senior official of Moldovagaz, Chișinău, 12 May 2019.\n\n"
            "2. The figure excludes Transnistria, for which no comparable data are published; on the region’s gas "
            "debt see ‘Transnistria’s Gas Debt Passes USD 7 Billion’, Ziarul de Gardă, 3 November 2021.\n")
    interview, commentary, work = parse_page(text).items
    assert commentary["custom"].get("commentary") and commentary["custom"]["number"] == 2
    assert not work["custom"].get("pointer") and work["custom"]["number"] == 2
    assert work["title"] == "Transnistria’s Gas Debt Passes USD 7 Billion"
    assert work["issued"] == {"date-parts": [[2021, 11, 3]]}


def test_article_from_a_taylor_and_francis_pdf_copy_with_its_cover_page():
    text = ("Central Asian Survey\n\n"
            "ISSN: 0263-4937 (Print) 1465-3354 (Online) Journal homepage: www.tandfonline.com/journals/ccas20\n\n"
            "Water, Debt and the District: Irrigation Associations in Southern\n"
            "Kyrgyzstan, 2005–2018\n\n"
            "Aida Bekova & Timur Osmonov\n\n"
            "To cite this article: Aida Bekova & Timur Osmonov (2020) Water, Debt and the District: Irrigation\n"
            "Associations in Southern Kyrgyzstan, 2005–2018, Central Asian Survey, 39:3, 341-360, DOI:\n"
            "10.1080/02634937.2020.1761234\n\n"
            "Published online: 12 May 2020.\n\n"
            "Article views: 318\n\n"
            "CENTRAL ASIAN SURVEY\n"
            "2020, VOL. 39, NO. 3, 341–360\n"
            "https://doi.org/10.1080/02634937.2020.1761234\n\n"
            "Water, Debt and the District: Irrigation Associations in Southern\n"
            "Kyrgyzstan, 2005–2018\n"
            "Aida Bekova a and Timur Osmonov b\n"
            "aDepartment of Geography, Osh State University, Osh, Kyrgyzstan; bAUCA, Bishkek, Kyrgyzstan\n\n"
            "ABSTRACT\n"
            "Water user associations were meant to hand irrigation to farmers, yet in southern Kyrgyzstan\n"
            "they became a channel of district patronage and of debt to the state water agency.\n"
            "342 A. BEKOVA AND T. OSMONOV\n\n"
            "Introduction\n"
            "In 2005 the associations took over the canals.1\n"
            "344 A. BEKOVA AND T. OSMONOV\n\n"
            "Notes\n"
            "1. Interview with the head of a water user association, Kara-Suu, 12 June 2017.\n"
            "2. See Sehring (2009, 45).\n")
    article = parse_page(text, page=True).items[0]
    assert article["title"] == "Water, Debt and the District: Irrigation Associations in Southern Kyrgyzstan, 2005–2018"
    assert article["container-title"] == "Central Asian Survey"
    assert (article["volume"], article["issue"], article["page"]) == ("39", "3", "341-360")
    assert article["author"] == [{"family": "Bekova", "given": "Aida"}, {"family": "Osmonov", "given": "Timur"}]
    assert article["DOI"] == "10.1080/02634937.2020.1761234"


def test_a_references_bare_number_is_the_issue_its_cyrillic_original_prints():
    text = ("Список литературы\n\n"
            "1. Кнобель А.Ю. Евразийский экономический союз: перспективы развития // Вопросы экономики. 2015. № 3. "
            "С. 87–108.\n"
            "2. Ларионова М.В. Новые банки развития // Вестник международных организаций. 2016. Т. 11, № 1. С. 7–29.\n\n"
            "References\n\n"
            "1. Knobel' A.Yu. (2015) Evraziiskii ekonomicheskii soyuz: perspektivy razvitiya [Eurasian Economic Union: "
            "Prospects for Development]. Voprosy Ekonomiki, 3, pp. 87–108. (In Russ.)\n"
            "2. Larionova M.V. (2016) Novye banki razvitiya [New Development Banks]. International Organisations "
            "Research Journal, 11, pp. 7–29. (In Russ.)\n")
    knobel, larionova = parse_page(text).items
    # 'Voprosy Ekonomiki, 3' is its issue, as '№ 3' says; Larionova's '11' is the volume ('Т. 11')
    assert (knobel.get("volume"), knobel.get("issue")) == (None, "3")
    assert larionova.get("volume") == "11"


def test_a_cued_short_form_note_points_at_its_work_not_at_the_note_above():
    text = ("Notes\n\n1. David R. Marples, Belarus: From Soviet Rule to Nuclear Catastrophe (New York, 1996), 54.\n\n"
            "2. Interview with a former chair of a village soviet, Homel′, July 12, 2018.\n\n"
            "3. On the republican commission see Marples, Belarus, 60–66.\n\n"
            "4. See also Marples, Belarus, 71.\n")
    marples, interview, cued, see_also = parse_page(text).items
    # with no target read, the cued short form had been taken as an "Ibid." of the interview
    assert cued["custom"]["targets"] == ["Marples"] and see_also["custom"]["targets"] == ["Marples"]
    assert cued["custom"]["target-ids"] == see_also["custom"]["target-ids"] == [marples["id"]]
    assert "same-as" not in cued["custom"]


def test_russian_authors_printed_twice_then_in_english_are_one_byline():
    # CyberLeninka's header, then each name over its affiliation, then the English byline
    article, _ = whole_page("cyberleninka_fulltext_banking.txt")
    assert article["author"] == [{"family": "Соколова", "given": "Елена Викторовна"},
                                 {"family": "Кравцов", "given": "Дмитрий Олегович"}]


def test_keywords_in_the_page_language_and_in_english_are_both_kept():
    text = ("Вестник Пермского университета. Серия «Экономика». 2023. Т. 18, № 2. С. 187–205\n\n"
            "Региональные различия в доступности кредита для малого бизнеса\n\n"
            "Шестакова Екатерина Андреевна\n\n"
            "Ключевые слова: малый бизнес; банковский кредит; региональное неравенство\n\n"
            "Regional differences in credit availability for small business\n\n"
            "Keywords: small business; bank credit; regional inequality\n\n"
            "Список литературы\n1. Зубаревич Н.В. Регионы России: неравенство, кризис, модернизация. М., 2010. 160 с.\n")
    article = parse_page(text, page=True).items[0]
    assert article["keyword"] == ("малый бизнес, банковский кредит, региональное неравенство, "
                                  "small business, bank credit, regional inequality")


def test_an_abstract_printed_again_in_part_under_its_heading_is_given_once():
    # CyberLeninka's abstract above the text, then the article's own "Аннотация" opening with the same sentence
    article, _ = whole_page("cyberleninka_fulltext_banking.txt")
    assert article["abstract"].count("В статье исследуется") == 1
    assert "The article examines" in article["abstract"]


@pytest.mark.parametrize("institution", ["Л.Н. Гумилев атындағы Еуразия ұлттық университетінің ХАБАРШЫСЫ.",
                                         "Е.А. Бөкетов атындағы Қарағанды университеті",
                                         "A. Navoiy nomidagi Toshkent davlat universiteti"])
def test_a_person_an_institution_is_named_after_is_not_an_author(institution):
    # Kazakh and Uzbek put the eponym first ("named after L.N. Gumilyov"); the byline comes below
    lines = [institution, "", "А.Е. Жумабекова1*, Д.С. Омаров2", "",
             "1Евразийский национальный университет им. Л.Н. Гумилева, Астана, Казахстан"]
    assert article_item(lines)["author"] == [{"family": "Жумабекова", "given": "А.Е."},
                                             {"family": "Омаров", "given": "Д.С."}]


def test_a_pdf_title_printed_between_the_affiliations_and_the_abstract():
    # Kazakh university bulletins: byline and affiliations first, then the title wrapped over two lines
    lines = ["ISSN 1563-0307; eISSN 2617-7439",
             "Вестник КазНУ. Серия философии, культурологии и политологии. №1 (83). 2023", "",
             "МРНТИ 11.15.91", "",
             "Г.Т. Сейткали1*, Р.А. Ахметова2",
             "1Казахский национальный университет имени аль-Фараби, Алматы, Казахстан",
             "2Карагандинский университет имени академика Е.А. Букетова, Караганда, Казахстан",
             "*e-mail: seitkali.g@kaznu.kz", "",
             "Политическое участие молодежи Казахстана", "в цифровую эпоху", "",
             "Аннотация. В статье анализируются формы политического участия казахстанской молодежи",
             "в социальных сетях в 2019–2022 годах на основе опроса 1200 студентов."]
    item = article_item(lines)
    assert item["title"] == "Политическое участие молодежи Казахстана в цифровую эпоху"
    assert item["author"][0] == {"family": "Сейткали", "given": "Г.Т."}


def test_an_abstract_wrapped_by_a_pdf_column_is_one_paragraph_with_its_last_line():
    lines = ["Региональная экономика и управление", "",
             "Кузнецова А.В., Ахметов Р.Т.", "",
             "Аннотация. В статье оценивается влияние целевых межбюджетных трансфертов на",
             "капитальные расходы муниципальных образований в 2012–2019 гг. На панели из",
             "412 муниципалитетов показано, что субсидии замещают собственные",
             "инвестиции местных бюджетов.", ""]
    assert article_item(lines)["abstract"] == (
        "В статье оценивается влияние целевых межбюджетных трансфертов на капитальные расходы муниципальных "
        "образований в 2012–2019 гг. На панели из 412 муниципалитетов показано, что субсидии замещают "
        "собственные инвестиции местных бюджетов.")


def test_a_keyword_list_broken_after_a_comma_in_a_pdf_copy_keeps_its_last_keywords():
    lines = ["Политическое участие молодежи Казахстана в цифровую эпоху", "",
             "Сейткали Г.Т., Ахметова Р.А.", "",
             "Ключевые слова: политическое участие, молодежь, социальные сети,",
             "цифровая демократия, Казахстан.", ""]
    assert article_item(lines)["keyword"] == ("политическое участие, молодежь, социальные сети, "
                                              "цифровая демократия, Казахстан")


@pytest.mark.parametrize("line,dates", [
    ("Поступила: 14.02.2023. Доработана: 28.03.2023. Принята к печати: 12.04.2023.",
     {"received": "2023-02-14", "revised": "2023-03-28", "accepted": "2023-04-12"}),
    ("Поступила в редакцию 14.04.2021. После доработки 02.06.2021. Принята к публикации 25.06.2021.",
     {"received": "2021-04-14", "revised": "2021-06-02", "accepted": "2021-06-25"}),
    # the Russian triad "submitted; approved after reviewing; accepted for publication"
    ("Поступила в редакцию 12.04.2022; одобрена после рецензирования 30.05.2022; принята к публикации 20.06.2022.",
     {"received": "2022-04-12", "revised": "2022-05-30", "accepted": "2022-06-20"}),
])
def test_article_history_dates_after_a_full_stop_are_each_read(line, dates):
    lines = ["Миграция и рынок труда Пермского края", "", "Сафонова Е.А., Ковалёв И.П.", "", line]
    assert article_item(lines)["custom"]["dates"] == dates


def test_a_frontiers_text_copy_names_its_journal_not_the_research_topic_or_menu():
    lines = ["Frontiers", "Frontiers in Psychology", "Sections", "Articles", "Research Topics", "Editorial board",
             "About journal", "Submit your research", "", "ORIGINAL RESEARCH article",
             "Front. Psychol., 14 March 2022", "Sec. Cultural Psychology",
             "Volume 13 - 2022 | https://doi.org/10.3389/fpsyg.2022.812345",
             "This article is part of the Research Topic", "Acculturation in Post-Soviet Societies",
             "View all 12 articles", "",
             "Language choice and identity among young Kazakhstanis in Almaty", "",
             "Aigerim Sadykova1*", "Thomas Keller2"]
    item = article_item(lines)
    assert item["title"] == "Language choice and identity among young Kazakhstanis in Almaty"
    assert item["container-title"] == "Frontiers in Psychology"


def test_a_vestniks_series_printed_below_its_name_is_part_of_the_journal():
    lines = ["ВЕСТНИК Санкт-Петербургского университета.", "Серия Международные отношения", "",
             "Политика России в Центральной Азии после 2014 года", "",
             "Сидоров П.А., Ким Е.В.", "",
             "Аннотация. В статье рассматриваются изменения внешней политики России в Центральной Азии."]
    assert article_item(lines)["container-title"] == \
        "ВЕСТНИК Санкт-Петербургского университета. Серия Международные отношения"


@pytest.mark.parametrize("journal,series", [
    ("ВЕСНІК Беларускага дзяржаўнага ўніверсітэта.", "Серыя 3. Гісторыя. Філасофія"),  # Belarusian
    ("ВІСНИК Київського національного університету.", "Серія Історія"),  # Ukrainian
])
def test_a_ukrainian_or_belarusian_vestniks_series_below_its_name_is_part_of_the_journal(journal, series):
    # neither "Вісник"/"Веснік" named a journal nor "Серыя" a series, so the series line alone was the journal
    lines = [journal, series, "", "Палітыка Расіі ў Цэнтральнай Азіі пасля 2014 года", "",
             "Сідараў П.А., Кім А.В.", "",
             "Анатацыя. У артыкуле разглядаюцца змены знешняй палітыкі Расіі ў Цэнтральнай Азіі."]
    assert article_item(lines)["container-title"] == f"{journal.rstrip('.')}. {series}"


# --- short forms of works cited in full in an earlier note -------------------------------------

def _by_number(items):
    return {item["custom"]["number"]: item for item in items}


def test_chicago_short_form_notes_point_at_the_work_cited_in_full_above():
    text = ("Notes\n\n"
            "1. Thomas de Waal, The Caucasus: An Introduction, 2nd ed. (Oxford: Oxford University Press, 2019), 112–15.\n\n"
            "2. De Waal, The Caucasus, 120.\n\n"
            "3. Gerard Toal, Near Abroad: Putin, the West and the Contest over Ukraine and the Caucasus "
            "(New York: Oxford University Press, 2017).\n\n"
            "4. Toal, Near Abroad.\n\n"
            "5. Svante E. Cornell, “Small Nations and Great Powers Revisited,” Central Asian Survey 19, no. 2 (2000): 245–60.\n\n"
            "6. Cornell, “Small Nations,” 250.\n\n"
            "7. David R. Marples, Belarus: A Denationalized Nation (Amsterdam: Harwood, 1999), 14.\n\n"
            "8. Marples, 60.\n\n"
            "9. Ibid., 62.\n\n"
            "10. de Waal, The Caucasus, 121; Toal, Near Abroad, 45.\n")
    notes = _by_number(parse_page(text).items)
    de_waal, toal, cornell, marples = notes[1], notes[3], notes[5], notes[7]
    assert [work["type"] for work in (de_waal, toal, cornell, marples)] == ["book", "book", "article-journal", "book"]
    for number, work, name in ((2, de_waal, "De Waal"), (4, toal, "Toal"), (6, cornell, "Cornell"), (8, marples, "Marples")):
        pointer = notes[number]
        assert pointer["type"] == "document" and pointer["custom"]["pointer"] is True
        assert pointer["custom"]["targets"] == [name] and pointer["custom"]["target-ids"] == [work["id"]]
    assert notes[2]["note"] == "De Waal, The Caucasus, 120."  # the page is kept, no volume 120 invented
    assert "container-title" not in notes[2] and "volume" not in notes[2]
    assert notes[9]["custom"]["same-as"] == marples["id"]  # "Ibid." after "Marples, 60." is Marples again
    assert notes[10]["custom"]["target-ids"] == [de_waal["id"], toal["id"]]


def test_taylor_and_francis_and_cambridge_short_forms_point_at_their_work():
    tandf = ("Notes\n\n1. Thomas de Waal, The Caucasus: An Introduction (Oxford: Oxford University Press, 2010), 45.\n\n"
             "2. Laurence Broers, Armenia and Azerbaijan: Anatomy of a Rivalry (Edinburgh: Edinburgh University Press, "
             "2019), 33.\n\n3. de Waal, The Caucasus, 47.\n\n4. See de Waal, The Caucasus, 130.\n")
    de_waal, broers, short, cued = parse_page(tandf).items
    assert short["custom"]["pointer"] and short["custom"]["target-ids"] == [de_waal["id"]]
    assert cued["custom"]["pointer"] and cued["custom"]["target-ids"] == [de_waal["id"]]
    assert cued["custom"]["targets"] == short["custom"]["targets"] == ["de Waal"]  # the name as printed
    assert short["note"] == "de Waal, The Caucasus, 47."
    cambridge = ("Notes\n\n1 Kate Brown, Manual for Survival: A Chernobyl Guide to the Future (New York: W. W. Norton, "
                 "2019), p. 54.\n\n2 Adriana Petryna, Life Exposed: Biological Citizens after Chernobyl (Princeton: "
                 "Princeton University Press, 2002), p. 12.\n\n3 Brown, Manual for Survival.\n\n4 Petryna, Life Exposed, "
                 "pp. 45–7.\n\n5 Ibid., p. 50.\n")
    brown, petryna, brown_short, petryna_short, ibid = parse_page(cambridge).items
    assert brown_short["custom"]["pointer"] and brown_short["custom"]["target-ids"] == [brown["id"]]
    assert petryna_short["custom"]["target-ids"] == [petryna["id"]]
    assert ibid["custom"]["same-as"] == petryna["id"]


def test_gost_short_form_notes_point_at_the_work_cited_in_full_above():
    text = ("Примечания\n"
            "1. Иванов И.И. Экономика региона: учебник. М.: Наука, 2010. 300 с.\n"
            "2. Петров П.П. Региональная политика России // Вопросы экономики. 2015. № 3. С. 87–108.\n"
            "3. Иванов И.И. Экономика. С. 5.\n"
            "4. Там же. С. 7.\n"
            "5. Петров П.П. Региональная политика. С. 90.\n")
    ivanov, petrov, ivanov_short, ibid, petrov_short = parse_page(text).items
    assert ivanov_short["custom"]["pointer"] and ivanov_short["custom"]["targets"] == ["Иванов"]
    assert ivanov_short["custom"]["target-ids"] == [ivanov["id"]]
    assert ibid["custom"]["same-as"] == ivanov["id"]
    assert petrov_short["custom"]["target-ids"] == [petrov["id"]]
    assert petrov_short["note"] == "Петров П.П. Региональная политика. С. 90."


def test_the_short_title_decides_between_two_works_of_one_author():
    text = ("Notes\n\n1. David R. Marples, Belarus: A Denationalized Nation (Amsterdam: Harwood, 1999), 14.\n\n"
            "2. David R. Marples, Our Glorious Past: Lukashenka’s Belarus and the Great Patriotic War "
            "(Stuttgart: ibidem, 2014), 60.\n\n"
            "3. Marples, Belarus, 33.\n\n4. Marples, Our Glorious Past, 71.\n\n5. Marples, 80.\n")
    first, second, belarus, past, either = parse_page(text).items
    assert belarus["custom"]["target-ids"] == [first["id"]]  # not the latest work by Marples
    assert past["custom"]["target-ids"] == [second["id"]]
    assert not either["custom"].get("target-ids")  # a name and a page alone, with two works: not guessed


def test_a_short_looking_note_with_no_work_above_it_stays_as_read():
    text = ("Notes\n\n1. Thomas de Waal, The Caucasus: An Introduction (Oxford: Oxford University Press, 2010), 45.\n\n"
            "2. De Waal, The Caucasus, 47.\n\n"
            "3. World Bank, Kyrgyz Republic Poverty Assessment, 23.\n\n"
            "4. Broers, Armenia and Azerbaijan, 45.\n")
    _, short, report, unmatched = parse_page(text).items
    assert short["custom"]["pointer"]
    assert not report["custom"].get("pointer") and report["title"] == "Kyrgyz Republic Poverty Assessment"
    assert not unmatched["custom"].get("target-ids")  # no Broers cited above: nothing to point at


def test_a_short_form_in_a_reference_list_is_not_a_pointer():
    text = ("References\n\nde Waal, T. (2010) The Caucasus: An Introduction. Oxford: Oxford University Press.\n\n"
            "de Waal, T. (2015) Great Catastrophe: Armenians and Turks in the Shadow of Genocide. Oxford: OUP.\n\n"
            "De Waal, The Caucasus, 120.\n")
    assert not any(item["custom"].get("pointer") for item in parse_page(text).items)


def test_oscola_cross_references_point_at_the_work_in_the_note_they_name():
    text = ("Notes\n\n1 David R. Marples, Belarus: A Denationalized Nation (Amsterdam: Harwood, 1999) 14.\n\n"
            "2 David R. Marples, Our Glorious Past: Lukashenka’s Belarus and the Great Patriotic War "
            "(Stuttgart: ibidem, 2014) 60.\n\n"
            "3 Marples (n 1) 33.\n\n4 Marples (n 2) 71–72.\n")
    first, second, one, two = parse_page(text).items
    assert one["custom"]["pointer"] and one["custom"]["target-ids"] == [first["id"]]
    assert two["custom"]["pointer"] and two["custom"]["target-ids"] == [second["id"]]
    assert two["note"] == "Marples (n 2) 71–72."


def test_a_transliterated_short_form_names_the_works_original_title():
    text = ("Notes\n1. Zubarevich N.V. Regiony Rossii: neravenstvo, krizis, modernizatsiya [Regions of Russia: "
            "Inequality, Crisis, Modernization]. Moscow, 2010. 160 p.\n"
            "2. Zubarevich N.V. Regiony Rossii. P. 45.\n")
    work, short = parse_page(text).items
    assert short["custom"]["pointer"] and short["custom"]["target-ids"] == [work["id"]]


# --- pages round 15: a repository record over the PDF's text, a Russian page's English byline ----------------

_RECORD_PAGE = (
    "LSE Research Online\nHome | Browse | Search | Deposit | Contact\n\n"
    "Remittances, Households and the State in Rural Tajikistan\n\n"
    "Karimova, N. and Bell, J. (2019) Remittances, Households and the State in Rural Tajikistan. "
    "Europe-Asia Studies, 71 (8). pp. 1342-1363. ISSN 0966-8136\n\n"
    "Item Type:\tArticle\n"
    "Official URL:\thttps://doi.org/10.1080/09668136.2019.1645813\n"
    "Additional Information:\t© 2019 University of Glasgow. This is an accepted manuscript of an article published in its final form.\n"
    "Divisions:\tGeography & Environment\n"
    "Date Deposited:\t12 Aug 2019 09:41\n\n"
    "Introduction\n\nLabour migration to Russia has shaped rural Tajikistan since the 2000s.1\n\n"
    "References\n\n"
    "Cooley, A. (2012) Great Games, Local Rules (New York, Oxford University Press).\n"
    "Reeves, M. (2014) Border Work (Ithaca, NY, Cornell University Press).\n"
)


def test_a_repository_record_reads_the_article_from_its_own_citation_under_the_title():
    article, *_ = parse_page(_RECORD_PAGE, "record.txt", page=True).items
    assert article["title"] == "Remittances, Households and the State in Rural Tajikistan"  # not a field row
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("Europe-Asia Studies", "71", "8", "1342-1363")
    assert article["author"] == [{"family": "Karimova", "given": "N."}, {"family": "Bell", "given": "J."}]
    assert article["ISSN"] == "0966-8136"


def test_a_repository_records_authors_one_a_line_family_name_first_are_the_byline():
    text = _RECORD_PAGE.replace(
        "Item Type:\tArticle\n",
        "Item Type:\tArticle\nAuthors/Creators:\nKarimova, Nigora\nBell, James R. ORCID logo https://orcid.org/0000-0001-7312-5540\n")
    article, *_ = parse_page(text, "record.txt", page=True).items
    assert article["author"] == [{"family": "Karimova", "given": "Nigora"}, {"family": "Bell", "given": "James R."}]


def test_a_russian_pages_english_byline_one_name_a_line_repeats_the_authors():
    html = ("<html><body><h1>Региональные рынки труда и миграция</h1>"
            "<p><b>Соколова Ирина Павловна</b>, доктор экономических наук, профессор, Институт экономики РАН, Москва, Россия</p>"
            "<p><b>Ким Олег Вадимович</b>, научный сотрудник, Институт экономики РАН, Москва, Россия</p>"
            "<p>Экономическая политика. 2022. Т. 17. № 3. С. 40–61</p><p>DOI: 10.18288/1994-5124-2022-3-40-61</p>"
            "<h2>Regional Labour Markets and Migration</h2>"
            "<p><b>Irina P. Sokolova</b>, Dr. Sci. (Econ.), Professor, Institute of Economics, Russian Academy of Sciences, Moscow, Russia</p>"
            "<p><b>Oleg V. Kim</b>, Researcher, Institute of Economics, Russian Academy of Sciences, Moscow, Russia</p>"
            "<p><strong>Список литературы</strong></p><p>Иванов И. И. (2019). Миграция // Вопросы экономики. № 2. С. 5–20.</p>"
            "</body></html>")
    article, *_ = parse_page(html, "page.html", page=True).items
    assert article["author"] == [{"family": "Соколова", "given": "Ирина Павловна"}, {"family": "Ким", "given": "Олег Вадимович"}]


def test_a_note_naming_before_its_title_a_periodical_the_list_cites_elsewhere_names_the_periodical():
    # no outlet list knows "Narodnaya Volya": the other note, which cites it after a title, does
    text = ("Notes\n"
            "1 Olga Zhuk, ‘Belaruskiya zabastovki zhniunia 2020 hoda’, Narodnaya Volya, 24 August 2020, p. 3.\n"
            "2 Narodnaya Volya, ‘Lukashenka vstretilsia s Putinym’, 3 May 2020.\n"
            "3 Valeria Kostyugova, ‘Belarus after August’, Kyiv Independent, 5 May 2021.\n")
    first, second, third = parse_page(text).items
    assert (second["type"], second["container-title"], second.get("author")) == (
        "article-newspaper", "Narodnaya Volya", None)
    assert first["author"] == [{"family": "Zhuk", "given": "Olga"}] and third["author"][0]["family"] == "Kostyugova"


def test_a_pdf_copys_page_number_between_two_numbered_notes_is_dropped():
    text = ("Notes\n"
            "1 Author’s interview with a district water official, Jalal-Abad, 12 June 2019.\n"
            "2 See also Bichsel (2009).\n"
            "17\n"
            "3 ‘Tashkent and Bishkek Open Border Crossings’, RFE/RL, 5 March 2018, available at:\n"
            "https://www.rferl.org/a/uzbekistan-kyrgyzstan-border-crossings/29079377.html, accessed 2 May 2021.\n\n"
            "References\n"
            "Bichsel, C. (2009) Conflict Transformation in Central Asia (London, Routledge).\n")
    interview, see_also, news, _ = parse_page(text).items
    assert see_also["note"] == "See also Bichsel (2009)." and see_also["custom"]["pointer"]
    assert news["custom"]["number"] == 3 and news["title"] == "Tashkent and Bishkek Open Border Crossings"


def test_an_ieee_pdf_copys_byline_in_capitals_under_its_wrapped_title():
    lines = ["IEEE Access",
             "Received 3 May 2022, accepted 20 May 2022, date of publication 30 May 2022.",
             "Digital Object Identifier 10.1109/ACCESS.2022.3178812", "",
             "Water Allocation Conflicts in the Ferghana Valley",
             "Detected From Sentinel-2 Imagery and",
             "Local News Reports",
             "TIMUR KARIMOV 1, (Student Member, IEEE), NODIRA YUSUPOVA2,",
             "AND PETER J. HOLM 1,3, (Senior Member, IEEE)",
             "1Department of Hydrology, Tashkent Institute of Irrigation, Tashkent 100000, Uzbekistan"]
    item = article_item(lines)
    assert item["title"] == ("Water Allocation Conflicts in the Ferghana Valley Detected From Sentinel-2 Imagery and "
                             "Local News Reports")
    assert item["author"] == [{"family": "Karimov", "given": "Timur"}, {"family": "Yusupova", "given": "Nodira"},
                              {"family": "Holm", "given": "Peter J."}]
    assert item["container-title"] == "IEEE Access"


@pytest.mark.parametrize("line,issued,accepted", [
    ("Received 3 May 2022, accepted 20 May 2022, date of publication 30 May 2022, date of current version 8 June 2022.",
     [2022, 5, 30], "2022-05-20"),
    ("Received 11 January 2021; accepted 2 February 2021. Date of publication 3 March 2021; date of current version "
     "19 March 2021.", [2021, 3, 3], "2021-02-02"),
    # without a publication date the issue's own date dates the article
    ("Manuscript received 11 January 2021; accepted 2 February 2021; date of current version 19 March 2021.",
     [2021, 3, 19], "2021-02-02"),
])
def test_an_ieee_history_line_dates_the_article_by_its_date_of_publication(line, issued, accepted):
    # IEEE runs "date of publication" and "date of current version" on after the accepted date, comma by comma
    lines = ["IEEE Access", line, "Digital Object Identifier 10.1109/ACCESS.2022.3178812", "",
             "Water Allocation Conflicts in the Ferghana Valley", "TIMUR KARIMOV 1, AND NODIRA YUSUPOVA2"]
    item = article_item(lines)
    assert item["issued"] == {"date-parts": [issued]}
    assert item["custom"]["dates"]["accepted"] == accepted


def test_a_dissertation_title_page_names_its_author_not_the_people_of_the_defence():
    lines = ["Федеральное государственное бюджетное учреждение науки", "Институт экономики и организации "
             "промышленного производства СО РАН", "", "На правах рукописи", "",
             "Шадрина Елена Викторовна", "", "ТРУДОВАЯ МИГРАЦИЯ ИЗ ТАДЖИКИСТАНА", "В СИБИРСКИЙ ФЕДЕРАЛЬНЫЙ ОКРУГ", "",
             "Специальность 08.00.05 – Экономика и управление", "народным хозяйством", "",
             "ДИССЕРТАЦИЯ", "на соискание ученой степени", "кандидата экономических наук", "",
             "Научный руководитель:", "доктор экономических наук, профессор", "Калугина Зоя Ивановна", "",
             "Новосибирск – 2019"]
    item = article_item(lines)
    assert (item["type"], item["title"], item["author"]) == (
        "thesis", "ТРУДОВАЯ МИГРАЦИЯ ИЗ ТАДЖИКИСТАНА В СИБИРСКИЙ ФЕДЕРАЛЬНЫЙ ОКРУГ",
        [{"family": "Шадрина", "given": "Елена Викторовна"}])
    assert item["genre"] == "Диссертация на соискание ученой степени кандидата экономических наук"
    assert (item["publisher-place"], item["issued"]) == ("Новосибирск", {"date-parts": [[2019]]})
    assert "Научный руководитель: доктор экономических наук, профессор Калугина Зоя Ивановна" in item["note"]
    assert "Специальность 08.00.05 – Экономика и управление народным хозяйством" in item["note"]


# Written blind (batch 33) before the parser ran on it: Europe-Asia Studies notes as pasted, with
# "Ibid.", an author-year pointer, short forms and a note opening with a short form before a whole work.
BLIND33_NOTES = """Notes

1 Laurence Broers, Armenia and Azerbaijan: Anatomy of a Rivalry (Edinburgh, Edinburgh University Press, 2019), pp. 112–15.

2 Ibid., p. 118.

3 Author’s interview with an anonymous expert, a former member of the Azerbaijani negotiating team, Baku, 18 October 2019.

4 See Broers (2019), pp. 201–3.

5 Bettina Renz, Russia’s Military Revival (Cambridge, Polity, 2018), pp. 59–88.

6 Renz, Russia’s Military Revival, p. 72.

7 On the reform’s critics, see also Golts (2019).

8 Broers, Armenia and Azerbaijan, p. 240.

9 Ibid.

10 Renz, Russia’s Military Revival, p. 72; on the 2008 ‘New Look’ reform, see also Aleksandr Golts, Military Reform and Militarism in Russia (Washington, DC, The Jamestown Foundation, 2019), pp. 143–60.

11 For the Arctic dimension, see Klimenko (2016) and Boulègue (2022).
"""


def test_blind_notes_pointers_find_their_works():
    items = parse_page(BLIND33_NOTES, "notes").items
    assert [i["custom"]["number"] for i in items] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 11]
    assert kinds(items) == ["work", "pointer", "work", "pointer", "work", "pointer", "pointer", "pointer", "pointer",
                            "pointer", "work", "pointer"]
    broers, renz, golts = items[0]["id"], items[4]["id"], items[10]["id"]
    assert items[10]["author"] == [{"family": "Golts", "given": "Aleksandr"}]
    assert items[1]["custom"]["same-as"] == broers                 # Ibid., p. 118.
    assert items[3]["custom"]["target-ids"] == [broers]            # See Broers (2019)
    assert items[5]["custom"]["target-ids"] == [renz]              # Renz, Russia’s Military Revival, p. 72.
    assert items[6]["custom"]["target-ids"] == [golts]             # see also Golts (2019), cited in full in note 10
    assert items[7]["custom"]["target-ids"] == [broers]            # Broers, Armenia and Azerbaijan, p. 240.
    assert items[8]["custom"]["same-as"] == broers                 # Ibid. after that short form
    assert items[9]["custom"]["target-ids"] == [renz]
    assert items[11]["custom"]["targets"] == ["Klimenko (2016)", "Boulègue (2022)"]
    assert "target-ids" not in items[11]["custom"]              # neither work is on the page


def test_a_record_pages_details_and_cite_blocks_after_the_list_are_no_references():
    # DergiPark: the list is followed by a 'Details' table and a 'Cite' table of the article's own citations
    html = ("<html><body><h1>The Organization of Turkic States after the Samarkand Summit</h1>"
            "<h4>References</h4><ul class='fa-ul'>"
            "<li><span class='fa-li'><i class='fa fa-angle-right'></i></span>Aydın, M. (2004). Foucault’s pendulum: "
            "Turkey in Central Asia and the Caucasus. Turkish Studies, 5(2), 1–22.</li>"
            "<li><span class='fa-li'><i class='fa fa-angle-right'></i></span>Winrow, G. (1995). Turkey in post-Soviet "
            "Central Asia. Royal Institute of International Affairs.</li></ul>"
            "<h4>Details</h4><table><tr><th>Primary Language</th><td>English</td></tr>"
            "<tr><th>Publication Date</th><td>May 31, 2023</td></tr></table>"
            "<h4>Cite</h4><table><tr><td>APA</td><td>Kaya, E., &amp; Sarsenbayeva, A. (2023). The Organization of "
            "Turkic States after the Samarkand Summit. Alternatif Politika, 15(2), 245-271.</td></tr>"
            "<tr><td>MLA</td><td>Kaya, Elif and Aigerim Sarsenbayeva. “The Organization of Turkic States after the "
            "Samarkand Summit”. Alternatif Politika, vol. 15, no. 2, 2023, pp. 245-71.</td></tr></table></body></html>")
    items = parse_page(html, "dergipark.html").items
    assert [i["custom"]["source"][:8] for i in items] == ["Aydın, M", "Winrow, "]


@pytest.mark.parametrize("line", [
    "See discussions, stats, and author profiles for this publication at: https://www.researchgate.net/publication/353917452",
    "CITATIONS                                                          READS", "3 authors, including:",
    "7 PUBLICATIONS   31 CITATIONS                                 19 PUBLICATIONS   204 CITATIONS",
    "SEE PROFILE                                                   SEE PROFILE",
    "Some of the authors of this publication are also working on these related projects:",
    "Hydraulic citizenship in Central Asia View project",
    "All content following this page was uploaded by Murat Orazov on 14 August 2021.",
    "The user has requested enhancement of the downloaded file.", "View publication stats",
])
def test_a_researchgate_cover_sheets_lines_are_chrome(line):
    assert is_chrome(line)


def test_a_researchgate_cover_sheet_gives_the_title_and_journal_over_a_sage_first_page():
    lines = ["See discussions, stats, and author profiles for this publication at: https://www.researchgate.net/publication/1",
             "", "Water, cotton and the state: Irrigation governance in post-Soviet", "Turkmenistan", "",
             "Article in Journal of Eurasian Studies · August 2021", "DOI: 10.1177/18793665211034187", "",
             "CITATIONS        READS", "4                612", "", "2 authors:", "",
             "Murat Orazov        Helena Lindqvist", "7 PUBLICATIONS   31 CITATIONS     19 PUBLICATIONS   204 CITATIONS",
             "", "The user has requested enhancement of the downloaded file.", "Article", "",
             "Journal of Eurasian Studies",
             "Water, cotton and the state: Irrigation                 2021, Vol. 12(2) 133–146",
             "© The Author(s) 2021",
             "governance in post-Soviet Turkmenistan                  Article reuse guidelines:",
             "DOI: 10.1177/18793665211034187", "", "Murat Orazov1 and Helena Lindqvist2", "", "",
             "Corresponding author:", "Murat Orazov, Department of Asian and North African Studies, Ca' Foscari "
             "University of Venice,"]
    item = article_item(lines)
    assert item["title"] == "Water, cotton and the state: Irrigation governance in post-Soviet Turkmenistan"
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == (
        "Journal of Eurasian Studies", "12", "2", "133-146")
    assert item["issued"] == {"date-parts": [[2021, 8]]}


def test_a_sage_first_page_copied_from_its_pdf_gives_its_wrapped_title_not_the_corresponding_author_label():
    lines = ["Article", "", "Water, cotton and the state: Irrigation", "governance in post-Soviet Turkmenistan", "",
             "Journal of Eurasian Studies", "2021, Vol. 12(2) 133–146", "© The Author(s) 2021", "Article reuse guidelines:",
             "sagepub.com/journals-permissions", "DOI: 10.1177/18793665211034187", "journals.sagepub.com/home/ens", "",
             "Murat Orazov1 and Helena Lindqvist2", "", "Abstract",
             "Turkmenistan has kept the state order for cotton and wheat that it inherited from the Soviet planned "
             "economy, while its water administration has been reorganised three times since 2000.", "",
             "Corresponding author:",
             "Murat Orazov, Department of Asian and North African Studies, Ca' Foscari University of Venice,"]
    item = article_item(lines)
    assert item["title"] == "Water, cotton and the state: Irrigation governance in post-Soviet Turkmenistan"
    assert item["container-title"] == "Journal of Eurasian Studies"


def test_a_turkish_keyword_list_is_read():
    item = article_item(["Türk Dış Politikasında Orta Asya", "", "Elif Kaya", "",
                         "Anahtar Kelimeler: Türk Devletleri Teşkilatı, Orta Asya, Orta Koridor"])
    assert item["keyword"] == "Türk Devletleri Teşkilatı, Orta Asya, Orta Koridor"


def test_keyword_lists_the_page_prints_are_kept_beside_its_keyword_tag():
    # DergiPark: citation_keywords holds the English list; the Turkish one is printed on the page only
    html = ("<html><head><meta name='citation_title' content='The Organization of Turkic States after Samarkand'>"
            "<meta name='citation_author' content='Elif Kaya'>"
            "<meta name='citation_keywords' content='Organization of Turkic States; Central Asia'></head><body>"
            "<h3>The Organization of Turkic States after Samarkand</h3><h4>Keywords</h4>"
            "<p>Organization of Turkic States, Central Asia</p><h4>Anahtar Kelimeler</h4>"
            "<p>Türk Devletleri Teşkilatı, Orta Asya</p></body></html>")
    lines, meta = html_lines(html)
    assert article_item(lines, meta)["keyword"] == \
        "Organization of Turkic States, Central Asia, Türk Devletleri Teşkilatı, Orta Asya"


def test_a_record_pages_submission_and_acceptance_dates_over_their_values_after_the_list():
    html = ("<html><head><meta name='citation_title' content='The Organization of Turkic States after Samarkand'>"
            "<meta name='citation_author' content='Elif Kaya'></head><body>"
            "<h3>The Organization of Turkic States after Samarkand</h3><h4>References</h4><ul>"
            "<li>Aydın, M. (2004). Foucault’s pendulum: Turkey in Central Asia and the Caucasus. Turkish Studies, 5(2), 1–22.</li>"
            "<li>Winrow, G. (1995). Turkey in post-Soviet Central Asia. Royal Institute of International Affairs.</li></ul>"
            "<h4>Details</h4><table><tr><th>Publication Date</th><td>May 31, 2023</td></tr>"
            "<tr><th>Submission Date</th><td>January 12, 2023</td></tr>"
            "<tr><th>Acceptance Date</th><td>April 20, 2023</td></tr></table></body></html>")
    article = parse_page(html, "dergipark.html", page=True).items[0]
    assert article["custom"]["dates"] == {"received": "2023-01-12", "accepted": "2023-04-20"}


def test_turkish_notes_ibid_and_op_cit_under_dipnotlar():
    text = ("Dipnotlar\n"
            "1 Mustafa Aydın, Foucault’s Pendulum: Turkey in Central Asia and the Caucasus, Turkish Studies, C. 5, S. 2, "
            "2004, s. 1–22.\n"
            "2 Aydın, a.g.e., s. 12.\n"
            "3 Aynı eser, s. 14.\n")
    work, opcit, ibid = parse_page(text).items
    assert work["custom"]["section"] == "notes" and not work["custom"].get("pointer")
    assert opcit["custom"]["pointer"] and opcit["custom"]["targets"] == ["Aydın"]
    assert opcit["custom"]["target-ids"] == [work["id"]]
    assert ibid["custom"]["pointer"] and ibid["custom"]["same-as"] == work["id"]


def test_a_turkish_pages_kaynakca_ends_at_its_ayrintilar_table():
    # DergiPark's Turkish interface: Kaynakça, then Ayrıntılar and Kaynak Göster (the article's own citations)
    html = ("<html><body><h1>Türk Dış Politikasında Orta Asya</h1><p>Giriş metni burada yer alır.</p>"
            "<h4>Kaynakça</h4><ul class='fa-ul'>"
            "<li>Aydın, M. (2004). Foucault’s pendulum: Turkey in Central Asia and the Caucasus. Turkish Studies, "
            "5(2), 1–22.</li><li>Winrow, G. (1995). Turkey in post-Soviet Central Asia. Royal Institute of "
            "International Affairs.</li></ul>"
            "<h4>Ayrıntılar</h4><table><tr><th>Birincil Dil</th><td>Türkçe</td></tr></table>"
            "<h4>Kaynak Göster</h4><table><tr><td>APA</td><td>Kaya, E. (2023). Türk Dış Politikasında Orta Asya. "
            "Alternatif Politika, 15(2), 245-271.</td></tr></table></body></html>")
    items = parse_page(html, "dergipark_tr.html").items
    assert [i["custom"]["source"][:8] for i in items] == ["Aydın, M", "Winrow, "]
    assert items[0]["custom"]["section"] == "references"


def test_a_turkish_record_pages_dates_over_their_values():
    html = ("<html><head><meta name='citation_title' content='Türk Dış Politikasında Orta Asya'>"
            "<meta name='citation_author' content='Elif Kaya'></head><body><h1>Türk Dış Politikasında Orta Asya</h1>"
            "<h4>Kaynakça</h4><ul><li>Aydın, M. (2004). Foucault’s pendulum: Turkey in Central Asia and the Caucasus. "
            "Turkish Studies, 5(2), 1–22.</li><li>Winrow, G. (1995). Turkey in post-Soviet Central Asia. Royal "
            "Institute of International Affairs.</li></ul><h4>Ayrıntılar</h4><table>"
            "<tr><th>Yayımlanma Tarihi</th><td>31 Mayıs 2023</td></tr><tr><th>Gönderilme Tarihi</th><td>12 Ocak 2023</td></tr>"
            "<tr><th>Kabul Tarihi</th><td>20 Nisan 2023</td></tr></table></body></html>")
    article = parse_page(html, "dergipark_tr.html", page=True).items[0]
    assert article["custom"]["dates"] == {"received": "2023-01-12", "accepted": "2023-04-20"}
    assert article["issued"] == {"date-parts": [[2023, 5, 31]]}


def test_a_turkish_record_pages_other_date_labels_over_their_values():
    html = ("<html><head><meta name='citation_title' content='Türk Dış Politikasında Orta Asya'>"
            "<meta name='citation_author' content='Elif Kaya'></head><body><h1>Türk Dış Politikasında Orta Asya</h1>"
            "<h4>Kaynakça</h4><ul><li>Aydın, M. (2004). Foucault’s pendulum: Turkey in Central Asia and the Caucasus. "
            "Turkish Studies, 5(2), 1–22.</li><li>Winrow, G. (1995). Turkey in post-Soviet Central Asia. Royal "
            "Institute of International Affairs.</li></ul><h4>Ayrıntılar</h4><table>"
            "<tr><th>Geliş Tarihi</th><td>12 Ocak 2023</td></tr><tr><th>Yayın Tarihi</th><td>31 Mayıs 2023</td></tr>"
            "</table></body></html>")
    article = parse_page(html, "dergipark_tr.html", page=True).items[0]
    assert article["custom"]["dates"] == {"received": "2023-01-12"}
    assert article["issued"] == {"date-parts": [[2023, 5, 31]]}


@pytest.mark.parametrize("label", ["Цитировать", "Как цитировать"])
def test_the_citation_under_an_ojs_russian_cite_label_is_the_pages_own_not_an_affiliation(label):
    # journals.rudn.ru (OJS 3, Russian interface): a byline of initials, then the article's own GOST citation
    html = ("<html><head><meta name='citation_title' content='Политика Турции в Центральной Азии'>"
            "<meta name='citation_author' content='Дилноза Рустамовна Ахмедова'>"
            "<meta name='citation_author_institution' content='Российский университет дружбы народов'>"
            "<meta name='citation_author' content='Игорь Викторович Ковалёв'></head><body>"
            "<h1>Политика Турции в Центральной Азии</h1><ul><li>Ахмедова Д.Р.<sup>1</sup></li>"
            "<li>Ковалёв И.В.<sup>1</sup></li></ul>"
            f"<h2>{label}</h2><div>Ахмедова Д.Р., Ковалёв И.В. Политика Турции в Центральной Азии // Вестник "
            "Российского университета дружбы народов. Серия: Международные отношения. 2023. Т. 23. № 3. С. 512-527. "
            "doi: 10.22363/2313-0660-2023-23-3-512-527</div>"
            "<h2>Список литературы</h2><p>Laruelle M. Central Peripheries: Nationhood in Central Asia. London : UCL "
            "Press, 2021. 234 p.</p></body></html>")
    article = parse_page(html, "rudn.html", page=True).items[0]
    assert article["custom"]["affiliations"] == [
        {"author": "Дилноза Рустамовна Ахмедова", "affiliation": "Российский университет дружбы народов"}]
    assert "Ковалёв И.В. Политика" not in article.get("note", "")


def test_received_and_approved_dates_after_the_word_statya():
    # journals.rudn.ru's issue block: "Статья получена" / "Статья одобрена" as "Статья поступила" / "Статья принята"
    lines = ["Политика Турции в Центральной Азии: Организация тюркских государств", "",
             "Дилноза Рустамовна Ахмедова", "", "Страницы: 512-527", "Статья получена: 11.04.2023",
             "Статья одобрена: 27.07.2023", "Статья опубликована: 30.09.2023"]
    item = article_item(lines)
    assert item["custom"]["dates"] == {"received": "2023-04-11", "accepted": "2023-07-27"}
    assert item["issued"] == {"date-parts": [[2023, 9, 30]]}


# --- round 23: a Latin-script Uzbek OJS page copied as text, an Annual Reviews page ---------------------------

UZBEK_OJS_TEXT = """Asosiy kontentga o‘tish
Asosiy navigatsiya menyusiga o‘tish
O‘zbekiston qonunchiligi tahlili
Joriy son
Arxiv
Jurnal haqida
Qidiruv
Ro‘yxatdan o‘tish
Bosh sahifa / Arxiv / Jild 7 No 2 (2023) / Maqolalar
Raqamli iqtisodiyotda iste’molchilar huquqlarini himoya qilish
Dilshod Karimov
Toshkent davlat yuridik universiteti
DOI: https://doi.org/10.51788/tsul.ulr.vol7_iss2/a4
Adabiyotlar
1. Rahmonqulov H.R. Fuqarolik huquqi: darslik. – T.: TDYU, 2020. – 584 b.
2. Ochilov B.A. Elektron tijorat va iste’molchilar huquqlari // Huquq va burch. – 2022. – № 3. – B. 18–24.
PDF
Nashr qilingan
2023-12-15
Qanday iqtibos keltirish kerak
Karimov, D. (2023). Raqamli iqtisodiyotda iste’molchilar huquqlarini himoya qilish. O‘zbekiston qonunchiligi tahlili, 7(2), 41–49. https://doi.org/10.51788/tsul.ulr.vol7_iss2/a4
Son
Jild 7 No 2 (2023)
"""


def test_uzbek_ojs_text_copy_menu_galley_date_label_and_how_to_cite():
    # the Uzbek menu is chrome, the "PDF" galley button and the sidebar's date label are not the last
    # entry's, and "Qanday iqtibos keltirish kerak" (How to Cite) gives the journal, volume, issue and pages
    article, first, second = parse_page(UZBEK_OJS_TEXT, page=True).items
    assert second["custom"]["source"].endswith("– B. 18–24.")
    assert (article["container-title"], article["volume"], article["issue"], article["page"]) == \
        ("O‘zbekiston qonunchiligi tahlili", "7", "2", "41-49")


@pytest.mark.parametrize("line", ["Asosiy kontentga o‘tish", "Ro‘yxatdan o‘tish", "Bosh sahifa", "Jurnal haqida",
                                  "PDF", "PDF (Русский)"])
def test_uzbek_ojs_menu_and_galley_buttons_are_chrome(line):
    assert is_chrome(line)


def test_an_uzbek_title_on_a_transition_is_not_a_skip_link():
    assert not is_chrome("Yashil iqtisodiyotga o‘tish")  # "Transition to a green economy"


def test_a_volume_inside_the_doi_of_the_pages_own_citation_is_not_read():
    lines = ["Trade Policy after Accession", "",
             "How to Cite: Ergashev, J. (2024). Trade Policy after Accession. Economics and Education, 25(3), 112–121. "
             "https://doi.org/10.55439/ECED/vol25_iss3/a15"]
    item = article_item(lines)
    assert (item["volume"], item["issue"], item["page"]) == ("25", "3", "112-121")


def test_annual_reviews_volume_and_pages_before_the_volume_date():
    lines = ["Authoritarian Durability in Post-Soviet Eurasia", "", "Henry Okafor and Laura Schenk", "",
             "Vol. 26:155-178 (Volume publication date June 2023)"]
    item = article_item(lines)
    assert (item["volume"], item["page"]) == ("26", "155-178")


def test_uzbek_and_kazakh_keyword_and_abstract_labels():
    lines = ["Raqamli iqtisodiyotda iste’molchilar huquqlarini himoya qilish", "", "Dilshod Karimov", "",
             "Kalit so‘zlar:", "elektron tijorat, iste’molchi, huquqiy himoya", "",
             "Annotatsiya", "Maqolada elektron tijoratda iste’molchilar huquqlarini himoya qilish masalalari tahlil qilingan."]
    item = article_item(lines)
    assert item["keyword"] == "elektron tijorat, iste’molchi, huquqiy himoya"
    assert item["abstract"].startswith("Maqolada elektron tijoratda")
    lines = ["Қазақстандағы көші-қон саясаты", "", "Айгерим Жакупова", "",
             "Түйін сөздер: көші-қон, еңбек нарығы, Қазақстан", "",
             "Аңдатпа", "Мақалада Қазақстандағы көші-қон саясатының негізгі бағыттары қарастырылады."]
    item = article_item(lines)
    assert item["keyword"] == "көші-қон, еңбек нарығы, Қазақстан"
    assert item["abstract"].startswith("Мақалада")


def test_a_meta_description_that_opens_the_printed_abstract_gives_way_to_it():
    # Annual Reviews: dc.Description holds the abstract's first sentence only
    html = ("<html><head><meta name='dc.Title' content='Patronal Politics in Central Asia'>"
            "<meta name='dc.Creator' content='Aliya Tskhay'>"
            "<meta name='dc.Description' content='Central Asian regimes rest on networks of patrons and clients.'>"
            "</head><body><h1>Patronal Politics in Central Asia</h1><p>Aliya Tskhay</p><h2>Abstract</h2>"
            "<p>Central Asian regimes rest on networks of patrons and clients. We review how these networks survive "
            "successions, how they absorb new wealth from remittances and resource rents, and how scholars have "
            "measured them with surveys, elite biographies and leaked documents over the last two decades.</p>"
            "</body></html>")
    lines, meta = html_lines(html)
    assert article_item(lines, meta)["abstract"].endswith("leaked documents over the last two decades.")


def test_uzbek_ojs_publication_date_label_in_the_sidebar():
    article = parse_page(UZBEK_OJS_TEXT, page=True).items[0]
    assert article["issued"] == {"date-parts": [[2023, 12, 15]]}  # "Nashr qilingan" / "2023-12-15"


# --- pages round 24: an IEEE Xplore HTML save, a Redalyc page in Spanish ----------------------------------------

def test_spanish_ibid_with_its_accent_is_a_pointer_to_the_work_above():
    # Spanish notes print "Ibíd." (and "Ibídem"); it had been read as a work by "Ibíd", its page as the work's pages
    text = ("Notas\n\n1 Stephen Aris, «The Shanghai Cooperation Organisation: ‘Tackling the three evils’», "
            "Europe-Asia Studies 61, n.º 3 (2009): 457-482.\n\n2 Ibíd., p. 460.\n\n3 Ibídem, p. 471.\n")
    work, *pointers = parse_page(text, "notas").items
    assert [bool(p["custom"].get("pointer")) for p in pointers] == [True, True]
    assert [p["custom"]["same-as"] for p in pointers] == [work["id"], work["id"]]
    assert pointers[0]["note"] == "Ibíd., p. 460."


def test_a_citations_tab_after_the_references_lists_works_citing_the_article():
    # IEEE Xplore's "Citations" tab after "References": other papers, numbered from 1 again; they had been read as
    # references 16 and 17
    text = ("References\n\n1.\n\nT. Hong and S. Fan, \"Probabilistic electric load forecasting: A tutorial review\", "
            "Int. J. Forecasting, vol. 32, no. 3, pp. 914-938, 2016.\n\nShow in Context\n\n2.\n\nK. Wegerich, "
            "\"Hydro-hegemony in the Amu Darya basin\", Water Policy, vol. 10, no. S2, pp. 71-88, 2008.\n\n"
            "Show in Context\n\nCitations\n\nIEEE Publications (2)\n\n1.\n\nA. Tokhtarov, \"Graph neural networks for "
            "regional load forecasting\", IEEE Access, vol. 12, pp. 10213-10227, 2024.\n\n2.\n\nB. Nurmatov and S. Li, "
            "\"Reservoir-aware unit commitment\", IEEE Trans. Sustain. Energy, vol. 15, no. 2, pp. 988-999, 2024.\n")
    items = parse_page(text, "ieee").items
    assert [i["author"][0]["family"] for i in items] == ["Hong", "Wegerich"]


IEEE_XPLORE_HEADER = [
    "Day-Ahead Load Forecasting for the Central Asian Power System", "", "Timur Zhaksylykov;", "Dilnoza Karimova",
    "All Authors", "", "Document Sections", "", "I. Introduction", "", "II. The Central Asian Power System", "",
    "III. Proposed Forecasting Model", "", "IV. Conclusion", "", "Authors", "", "Figures", "", "References", "",
    "Citations", "", "Keywords", "", "Metrics", "", "Abstract:", "",
    "The interconnected power system of Central Asia links the grids of five republics through a ring of 500 kV lines.",
    "", "DOI: 10.1109/TPWRS.2023.3241187", "", "Date of Publication: 01 February 2023", "",
    "SECTION I. Introduction", "", "The Central Asian power system was built in the Soviet period as one network.", ""]


def test_ieee_xplore_document_sections_are_links_not_the_body_nor_names():
    # IEEE Xplore lists the article's sections as links ("I. Introduction", "II. ...") above its abstract, DOI and
    # dates: the header had ended at "I. Introduction", and "I. Introduction" had been read as an author, I. Introduction
    item = article_item(IEEE_XPLORE_HEADER, {"og:title": ["Day-Ahead Load Forecasting for the Central Asian Power System"]})
    assert item["DOI"] == "10.1109/TPWRS.2023.3241187"
    assert item["issued"] == {"date-parts": [[2023, 2, 1]]}
    assert not any(a.get("family") in ("Introduction", "Conclusion") for a in item.get("author", []))
    # the body starts at IEEE's "SECTION I. Introduction": its first paragraph is not kept in note
    assert "Soviet period" not in item.get("note", "")


def test_a_keywords_tab_over_the_next_tab_is_no_keyword_list():
    # a row of tabs printed one a line: "Keywords" over "Metrics" is no label over its value
    lines = ["Day-Ahead Load Forecasting for the Central Asian Power System", "", "Timur Zhaksylykov", "",
             "Keywords", "", "Metrics", "", "Abstract:", "", "DOI: 10.1109/TPWRS.2023.3241187"]
    item = article_item(lines, {"og:title": ["Day-Ahead Load Forecasting for the Central Asian Power System"]})
    assert item["DOI"] == "10.1109/TPWRS.2023.3241187" and "keyword" not in item


def test_ieee_xplore_published_in_and_pages_rows_not_the_breadcrumb():
    # the breadcrumb's trail had given the journal ("Journals & Magazines > IEEE Transactions on Power Sy... >"),
    # "Issue: 6" with its colon no issue and "Page(s):" no pages
    lines = ["Journals & Magazines > IEEE Transactions on Power Sy... > Volume: 38 Issue: 6", "",
             "Day-Ahead Load Forecasting for the Central Asian Power System", "",
             "Published in: IEEE Transactions on Power Systems ( Volume: 38, Issue: 6, November 2023)", "",
             "Page(s): 5412 - 5425", "", "DOI: 10.1109/TPWRS.2023.3241187"]
    item = article_item(lines, {"og:title": ["Day-Ahead Load Forecasting for the Central Asian Power System"]})
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == \
        ("IEEE Transactions on Power Systems", "38", "6", "5412-5425")


def test_ieee_xplore_byline_one_name_a_line_each_before_its_semicolon():
    # "Timur Zhaksylykov;" over the next name: no author had been read; "All Authors" (a link) and the
    # "Document Sections" tab below are no names
    lines = ["Day-Ahead Load Forecasting for the Central Asian Power System", "", "Timur Zhaksylykov;",
             "Dilnoza Karimova;", "Marco Bertolini", "All Authors", "", "Document Sections", "",
             "DOI: 10.1109/TPWRS.2023.3241187"]
    item = article_item(lines, {"og:title": ["Day-Ahead Load Forecasting for the Central Asian Power System"]})
    assert item["author"] == [{"family": "Zhaksylykov", "given": "Timur"}, {"family": "Karimova", "given": "Dilnoza"},
                              {"family": "Bertolini", "given": "Marco"}]


def test_kci_references_heading_with_its_translation_and_numbers_alone_over_their_entries():
    # KCI's reference table copied as text: "참고문헌 (Reference)" was no heading, and the numbers alone on
    # their lines ran the Korean entries (no capital to start them) into one
    text = ("Keywords\nCentral Asia, labor migration, remittances\n참고문헌 (Reference)\n"
            "1\n강봉구, \"푸틴 시대 러시아의 중앙아시아 정책\", 슬라브학보, 33 (4) : 1-32, 2018\n"
            "2\n김민수, \"우즈베키스탄 노동이주의 결정 요인\", 중소연구, 45 (1) : 233-262, 2021\n"
            "3\nReeves, Madeleine, \"Clean Fake: Authenticating Documents and Persons in Migrant Moscow\", "
            "American Ethnologist, 40 (3) : 508-524, 2013\n"
            "이 논문을 인용한 문헌 (1)\n1\n이현우, \"제재 이후 러시아-중앙아시아 결제망의 재편\", 슬라브학보, 39 (1) : 121-150, 2024\n")
    entries, _, _ = find_entries(text)
    assert [(e.number, e.text[:3]) for e in entries] == [(1, "강봉구"), (2, "김민수"), (3, "Ree")]
    first = parse_page(text).items[0]
    assert (first["author"], first["container-title"], first["volume"], first["issue"], first["page"]) == \
        ([{"literal": "강봉구"}], "슬라브학보", "33", "4", "1-32")


def test_a_cairn_page_ends_its_list_at_the_authors_citation_and_cited_by_blocks():
    text = ("Bibliographie\n\nCooley A. (2012), Great Games, Local Rules: The New Great Power Contest in Central Asia, "
            "Oxford University Press, New York.\n\nDave B. (2007), Kazakhstan: Ethnicity, Language and Power, "
            "Routledge, Londres.\n\nAuteurs\n\nClaire Moreau\n\nMaîtresse de conférences en science politique, "
            "Université Jean Moulin Lyon 3.\n\nCiter cet article\n\nMoreau Claire, « Le Kazakhstan après Qantar », "
            "Hérodote, 2023/2 (N° 189), p. 151-170.\n\nCet article est cité par\n\nKarimova D. (2024), « Le "
            "référendum de 2022 au Kazakhstan », Revue d’études comparatives Est-Ouest, n° 2, p. 33-61.\n")
    entries, _, _ = find_entries(text)
    assert [e.text[:5] for e in entries] == ["Coole", "Dave "]


def test_a_kci_byline_of_korean_names_with_affiliation_numbers_and_korean_labels():
    # KCI's "김민수 1 , 박서연 2" gave no author; "초록" (abstract) and "키워드" (keywords) were not read
    lines = ["중앙아시아 노동이주와 송금의 변화: 2022년 대러 제재 이후 우즈베키스탄과 키르기스스탄을 중심으로",
             "Changes in Labor Migration and Remittances from Central Asia after the 2022 Sanctions on Russia",
             "김민수 1 , 박서연 2", "1한국외국어대학교", "2서울대학교", "슬라브학보",
             "2023, vol.38, no.2, pp.85-118 (34 pages)", "초록",
             "이 연구는 2022년 대러 제재 이후 우즈베키스탄과 키르기스스탄에서 러시아로 향하는 노동이주와 송금이 어떻게 "
             "변화했는지를 분석한다.", "키워드", "중앙아시아, 노동이주, 송금, 대러 제재"]
    item = article_item(lines)
    assert item["author"] == [{"literal": "김민수"}, {"literal": "박서연"}]
    assert item["abstract"].startswith("이 연구는 2022년") and item["keyword"] == "중앙아시아, 노동이주, 송금, 대러 제재"


def test_french_notes_an_author_date_pointer_to_a_chapter_and_a_sentence_with_a_quoted_word():
    # "Anceschi, 2020, chap. 4." had been a work titled "chap. 4"; the sentence glossing « Qantar » a work
    text = ("Notes\n\n1. Le terme « Qantar » (« janvier » en kazakh) désigne les émeutes du 2 au 11 janvier 2022, "
            "qui ont fait 238 morts selon le bilan officiel publié par le parquet général.\n\n"
            "2. Anceschi, 2020, chap. 4.\n\nBibliographie\n\nAnceschi L. (2020), Analysing Kazakhstan’s Foreign Policy: "
            "Regime Neo-Eurasianism in the Nazarbaev Era, Routledge, Londres.\n")
    gloss, pointer, work = parse_page(text).items
    assert gloss["custom"].get("commentary") and "title" not in gloss
    assert pointer["custom"]["targets"] == ["Anceschi (2020)"] and pointer["custom"]["target-ids"] == [work["id"]]


def test_cairn_lien_doi_and_voir_sur_cairn_links_are_labels_and_give_the_doi():
    # the labels had stayed in the entry ("p. 240-258. Lien DOI" as its pages, "Voir sur Cairn.info Lien DOI" as a
    # publisher) and hidden the DOI the link holds
    html = ("<html><body><h2>Bibliographie</h2><ul>"
            "<li><span class='petitecap'>Junisbai</span> B. et <span class='petitecap'>Junisbai</span> A. (2019), "
            "« Regime Type versus Patronal Politics: A Comparative Analysis of Kazakhstan and Kyrgyzstan », "
            "<i>Central Asian Survey</i>, vol. 38, n° 2, p. 240-258. "
            "<a href='https://doi.org/10.1080/02634937.2019.1612865'>Lien DOI</a></li>"
            "<li><span class='petitecap'>Laruelle</span> M. (2022), « Le Kazakhstan en janvier 2022 : une crise de "
            "succession ? », <i>Politique étrangère</i>, vol. 87, n° 2, p. 125-137. "
            "<a href='https://www.cairn.info/revue-politique-etrangere-2022-2-page-125.htm'>Voir sur Cairn.info</a> "
            "<a href='https://doi.org/10.3917/pe.222.0125'>Lien DOI</a></li></ul></body></html>")
    junisbai, laruelle = parse_page(html).items
    assert (junisbai["page"], junisbai["DOI"]) == ("240-258", "10.1080/02634937.2019.1612865")
    assert (laruelle["page"], laruelle["DOI"], "publisher" in laruelle) == ("125-137", "10.3917/pe.222.0125", False)


def test_a_kci_bylines_affiliations_by_number_below_it_or_in_brackets():
    # "1한국외국어대학교" under "김민수 1 , 박서연 2" had been dropped with the page's short lines
    lines = ["중앙아시아 노동이주와 송금의 변화: 2022년 대러 제재 이후 우즈베키스탄과 키르기스스탄을 중심으로",
             "김민수 1 , 박서연 2", "1한국외국어대학교", "2서울대학교", "슬라브학보"]
    assert article_item(lines)["custom"]["affiliations"] == [
        {"author": "김민수", "affiliation": "한국외국어대학교"}, {"author": "박서연", "affiliation": "서울대학교"}]
    lines = ["중앙아시아 노동이주와 송금의 변화", "김민수(한국외국어대학교), 박서연(서울대학교)", "슬라브학보"]
    item = article_item(lines)
    assert item["author"] == [{"literal": "김민수"}, {"literal": "박서연"}]
    assert "Affiliation: 박서연: 서울대학교" in item["note"]


def test_a_row_of_korean_counts_is_no_byline():
    # "조회 12 · 다운로드 4" (views, downloads) has the shape of names with affiliation numbers, and no affiliation below
    lines = ["중앙아시아 노동이주와 송금의 변화", "조회 12 · 다운로드 4", "슬라브학보", "김민수 1 , 박서연 2", "1한국외국어대학교",
             "2서울대학교"]
    assert article_item(lines)["author"] == [{"literal": "김민수"}, {"literal": "박서연"}]


# --- pages round 28: an Oxford Academic law article's contents list, OSCOLA footnotes ----------------

_CONTENTS_PAGE = (
    "<html><body><div class='content-nav'><h3>Article Contents</h3><ul>"
    "<li><a href='#abs'>Abstract</a></li><li><a href='#s1'>I. INTRODUCTION</a></li>"
    "<li><a href='#s2'>II. CONCLUSION</a></li><li><a href='#fn'>Footnotes</a></li></ul></div>"
    "<div class='nav'><a>&lt; Previous</a> <a>Next &gt;</a></div>"
    "<h1>Regional Courts and Private Parties in the Eurasian Economic Union</h1>"
    "<div class='authors'><span>Aliya Nurmagambetova</span><div class='aff'>School of Law, KIMEP University</div></div>"
    "<h2>Abstract</h2><p>The article examines the case law of the Court of the Eurasian Economic Union.</p>"
    "<h2>I. INTRODUCTION</h2><p>The Court was created by the Treaty of 2014.<sup>1</sup> It has been criticised.<sup>2</sup></p>"
    "<h2>II. CONCLUSION</h2><p>Procedure explains the Court's modest record.</p>"
    "<h2>Footnotes</h2>"
    "<p>1 Rilka Dragneva and Kataryna Wolczuk, <em>Ukraine between the EU and Russia: The Integration Challenge</em> "
    "(Palgrave Macmillan 2015) 45.</p>"
    "<p>2 Maksim Karliuk, ‘The Limits of Judicial Review in the Eurasian Economic Union’ (2019) 53 Journal of World "
    "Trade 853, 860.</p></body></html>")


def test_footnotes_in_the_articles_contents_list_start_no_list():
    # the contents list's "Footnotes" link, between "II. CONCLUSION" and "< Previous Next >", had opened a list there:
    # the byline, the affiliation and the navigation became notes
    entries, _, _ = find_entries(_CONTENTS_PAGE)
    assert [e.number for e in entries] == [1, 2]
    article, dragneva, karliuk = parse_page(_CONTENTS_PAGE, page=True).items
    assert article["abstract"].startswith("The article examines")
    assert (dragneva["publisher"], karliuk["container-title"]) == ("Palgrave Macmillan", "Journal of World Trade")


def test_an_oscola_article_with_stopless_initials_is_a_work_not_a_pointer():
    # "Europe’ (1991)", the title's closing quote before the year, had been read as an author-date citation
    text = ("Footnotes\n\n1 Joseph HH Weiler, ‘The Transformation of Europe’ (1991) 100 Yale LJ 2403, 2410.\n\n"
            "2 Karen J Alter, ‘The European Court’s Political Power’ (1996) 19 West European Politics 458.\n\n"
            "3 Weiler (n 1) 2419.\n")
    weiler, alter, short = parse_page(text).items
    assert (weiler["type"], weiler["author"], weiler["container-title"], weiler["volume"], weiler["page"]) == \
        ("article-journal", [{"family": "Weiler", "given": "Joseph HH"}], "Yale LJ", "100", "2403")
    assert not alter["custom"].get("pointer") and alter["title"] == "The European Court’s Political Power"
    assert short["custom"]["pointer"] and short["custom"]["target-ids"] == [weiler["id"]]


def test_oscola_treaties_by_their_adoption_and_annex_are_works():
    # "(adopted ..., entered into force ...)" had made the first a sentence of the author's, and the annexed Statute,
    # with no year, commentary
    text = ("Footnotes\n\n1 Treaty on the Eurasian Economic Union (adopted 29 May 2014, entered into force 1 January 2015) "
            "(EAEU Treaty) art 19.\n\n"
            "2 Statute of the Court of the Eurasian Economic Union, Annex 2 to the EAEU Treaty, paras 39–46.\n\n"
            "3 United Nations Convention on the Law of the Sea (opened for signature 10 December 1982, entered into force "
            "16 November 1994) 1833 UNTS 3, art 5.\n")
    treaty, statute, unclos = parse_page(text).items
    assert (treaty["type"], treaty["title"], treaty["issued"]) == \
        ("treaty", "Treaty on the Eurasian Economic Union", {"date-parts": [[2014, 5, 29]]})
    assert "(EAEU Treaty)" in treaty["note"] and "art 19" in treaty["note"]
    assert (statute["type"], statute["title"]) == ("treaty", "Statute of the Court of the Eurasian Economic Union")
    assert "Annex 2 to the EAEU Treaty" in statute["note"]
    assert (unclos["title"], unclos["volume"], unclos["container-title"], unclos["page"]) == \
        ("United Nations Convention on the Law of the Sea", "1833", "UNTS", "3")


# --- a Kyrgyz journal's PDF copied as text: three titles in capitals, Kyrgyz labels ----------------

_KYRGYZ_PDF = (
    "ОшМУнун Жарчысы. Экономика. 2023. № 2(3)\nDOI: 10.52754/16948610_2023_2_7\n"
    "КЫРГЫЗСТАНДЫН ЕАЭБГЕ КОШУЛГАНДАН КИЙИНКИ ЭМГЕК МИГРАЦИЯСЫ\nЖАНА АКЧА КОТОРУУЛАР\n"
    "ТРУДОВАЯ МИГРАЦИЯ И ДЕНЕЖНЫЕ ПЕРЕВОДЫ КЫРГЫЗСТАНА ПОСЛЕ\nВСТУПЛЕНИЯ В ЕАЭС\n"
    "LABOUR MIGRATION AND REMITTANCES OF KYRGYZSTAN AFTER ITS\nACCESSION TO THE EAEU\n"
    "Жумабаева Айнура Бакытовна\nZhumabaeva Ainura Bakytovna\n"
    "кандидат экономических наук, доцент,\nОшский государственный университет\n"
    "Осмонов Нурлан Темирбекович\nOsmonov Nurlan Temirbekovich\n"
    "старший преподаватель, Ошский государственный университет\nSenior Lecturer, Osh State University\n"
    "Аннотация\nМакалада Кыргыз Республикасынын эмгек миграциясынын жана акча которуулардын динамикасы талдоого алынат.\n"
    "Ачкыч сөздөр: эмгек миграциясы, акча которуулар, Кыргызстан.\n"
    "Цитата үчүн: Жумабаева А. Б., Осмонов Н. Т. Кыргызстандын ЕАЭБге кошулгандан\n"
    "кийинки эмгек миграциясы жана акча которуулар // ОшМУнун Жарчысы. Экономика.\n"
    "2023. № 2(3). Б. 48–57. https://doi.org/10.52754/16948610_2023_2_7\n"
    "Киришүү\nКыргыз Республикасы 2015-жылдын 12-августунда Евразия экономикалык биримдигинин толук мүчөсү болгон.\n"
    "Адабияттар\n"
    "1. Абдырахманова Ж. К. Кыргызстандан эмгек миграциясынын социалдык-экономикалык кесепеттери // Известия вузов "
    "Кыргызстана. – 2019. – № 4. – Б. 112–117.\n"
    "2. Рязанцев С. В., Казенин К. И. Трудовая миграция из Киргизии в Россию в условиях ЕАЭС // Вестник "
    "МГИМО-Университета. – 2020. – Т. 13, № 2. – С. 209–228.\n")


def test_a_kyrgyz_pdf_copys_labels_are_read():
    # "Цитата үчүн" (for citation), "Ачкыч сөздөр" (keywords), "Киришүү" (introduction) and the pages after "Б." had
    # been read as none: no journal, no pages, no Kyrgyz keywords, and the body's text in the article's note
    article = parse_page(_KYRGYZ_PDF, page=True).items[0]
    assert (article["container-title"], article["page"], article["issued"]) == \
        ("ОшМУнун Жарчысы. Экономика", "48-57", {"date-parts": [[2023]]})
    assert article["keyword"].startswith("эмгек миграциясы, акча которуулар, Кыргызстан")
    assert "Кыргыз Республикасы 2015-жылдын" not in article.get("note", "")


def test_the_title_the_pages_own_citation_names_beats_its_translations_below():
    # the English title, last of three in capitals over the byline, had been read as the article's, and a post
    # ("Senior Lecturer, Osh State University") as a third author
    article = parse_page(_KYRGYZ_PDF, page=True).items[0]
    assert article["title"] == "КЫРГЫЗСТАНДЫН ЕАЭБГЕ КОШУЛГАНДАН КИЙИНКИ ЭМГЕК МИГРАЦИЯСЫ ЖАНА АКЧА КОТОРУУЛАР"
    assert article["author"] == [{"family": "Жумабаева", "given": "Айнура Бакытовна"},
                                 {"family": "Осмонов", "given": "Нурлан Темирбекович"}]


def test_an_oscola_international_case_by_its_number_court_and_day():
    # its parties, number, court and day had come out as a document titled "para 12"
    text = ("Footnotes\n\n1 Tarasov v Eurasian Economic Commission, Case No CE-1-2/2-17-AP (EAEU Court, Appeals Chamber, "
            "21 February 2018) para 12.\n\n"
            "2 Kaliningrad Port Ltd v Eurasian Economic Commission, Case No CE-1-2/11-19-KC (EAEU Court, Board, "
            "3 March 2020).\n")
    tarasov, port = parse_page(text).items
    assert (tarasov["type"], tarasov["title"], tarasov["number"], tarasov["authority"], tarasov["issued"]) == \
        ("legal_case", "Tarasov v Eurasian Economic Commission", "CE-1-2/2-17-AP", "EAEU Court, Appeals Chamber",
         {"date-parts": [[2018, 2, 21]]})
    assert tarasov["note"] == "para 12"
    assert (port["title"], port["number"], port["issued"]) == \
        ("Kaliningrad Port Ltd v Eurasian Economic Commission", "CE-1-2/11-19-KC", {"date-parts": [[2020, 3, 3]]})


def test_an_oscola_chapter_in_an_edited_book():
    # the book's subtitle had gone to the note and the pinpoint to the volume; with an edition in the imprint the
    # publisher had joined the book's title
    text = ("Footnotes\n\n1 Marise Cremona, ‘Regional Courts and the Rule of Law’ in Marise Cremona and Anne Thies (eds), "
            "The European Court of Justice and External Relations Law: Constitutional Challenges (Hart Publishing 2014) 12.\n\n"
            "2 Paul Craig, ‘Britain in the European Union’ in Jeffrey Jowell and Colm O’Cinneide (eds), The Changing "
            "Constitution (9th edn, OUP 2019) 104–06.\n")
    cremona, craig = parse_page(text).items
    assert (cremona["type"], cremona["title"], cremona["container-title"], cremona["publisher"], "volume" in cremona) == \
        ("chapter", "Regional Courts and the Rule of Law",
         "The European Court of Justice and External Relations Law: Constitutional Challenges", "Hart Publishing", False)
    assert cremona["editor"] == [{"family": "Cremona", "given": "Marise"}, {"family": "Thies", "given": "Anne"}]
    assert (craig["container-title"], craig["edition"], craig["publisher"], craig["editor"][1]) == \
        ("The Changing Constitution", "9", "OUP", {"family": "O’Cinneide", "given": "Colm"})


def test_a_transliterated_dissertations_genre_inside_the_translation_bracket():
    # "Kand. ekon. nauk diss. [Title. Cand. econ. sci. diss.]": the bracket with the genre had been read as the publisher
    text = ("References\n\n1. Mamatov A. T. Evraziiskaya integratsiya i rynok truda Kyrgyzstana. Kand. ekon. nauk diss. "
            "[Eurasian integration and the labour market of Kyrgyzstan. Cand. econ. sci. diss.]. Osh, 2020. 178 p. (In Russ.)\n\n"
            "2. Toktosunova A. B. Evraziyalyk integratsiya. Kand. polit. ilim. diss. [Eurasian integration. Cand. polit. sci. "
            "diss.]. Bishkek, 2021. 190 p. (In Kyrgyz)\n")
    russian, kyrgyz = parse_page(text).items
    assert (russian["type"], russian["title"], russian["original-title"], russian["genre"], russian["publisher-place"]) == \
        ("thesis", "Eurasian integration and the labour market of Kyrgyzstan",
         "Evraziiskaya integratsiya i rynok truda Kyrgyzstana", "Cand. econ. sci. diss.", "Osh")
    assert "publisher" not in russian and russian["note"] == "Kand. ekon. nauk diss."
    assert (kyrgyz["title"], kyrgyz["genre"], kyrgyz["language"]) == ("Eurasian integration", "Cand. polit. sci. diss.", "ky")


def test_a_keyword_list_wrapped_inside_a_keyword_is_read_whole():
    # "Евразия экономикалык" / "биримдиги, ...": the line after the break, in lower case, had been lost
    text = _KYRGYZ_PDF.replace("Ачкыч сөздөр: эмгек миграциясы, акча которуулар, Кыргызстан.\n",
                               "Ачкыч сөздөр: эмгек миграциясы, акча которуулар, Евразия экономикалык\n"
                               "биримдиги, Кыргызстан, үй-чарбалар.\n")
    article = parse_page(text, page=True).items[0]
    assert article["keyword"] == ("эмгек миграциясы, акча которуулар, Евразия экономикалык биримдиги, Кыргызстан, "
                                  "үй-чарбалар")

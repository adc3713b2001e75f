"""US legal (Bluebook) forms the legal grammars had left unread (round 18)."""
from cslbridge.parse.fields import parse_reference


def test_executive_order_in_the_federal_register():
    item = parse_reference("Exec. Order No. 13,769, 82 Fed. Reg. 8977 (Jan. 27, 2017).")
    assert item["type"] == "legislation"
    assert item["genre"] == "Exec. Order"
    assert item["number"] == "13,769"
    assert item["container-title"] == "Fed. Reg."
    assert item["volume"] == "82"
    assert item["page"] == "8977"
    assert item["issued"] == {"date-parts": [[2017, 1, 27]]}
    assert "title" not in item and "author" not in item


def test_proclamation_in_the_federal_register():
    item = parse_reference("Proclamation No. 9645, 82 Fed. Reg. 45,161 (Sept. 24, 2017).")
    assert (item["type"], item["genre"], item["number"], item["page"]) == ("legislation", "Proclamation", "9645", "45,161")
    assert item["issued"] == {"date-parts": [[2017, 9, 24]]}


def test_bill_with_its_section_and_congress():
    item = parse_reference("Inflation Reduction Act, H.R. 5376, 117th Cong. § 13401 (2022).")
    assert item["type"] == "bill"
    assert item["title"] == "Inflation Reduction Act"
    assert item["number"] == "H.R. 5376"
    assert item["section"] == "13401"
    assert item["issued"] == {"date-parts": [[2022]]}


def test_untitled_resolution():
    item = parse_reference("S. Res. 376, 116th Cong. (2019).")
    assert (item["type"], item["number"], item["issued"]) == ("bill", "S. Res. 376", {"date-parts": [[2019]]})
    assert "author" not in item


def test_state_code_with_its_publisher():
    item = parse_reference("N.Y. Penal Law § 125.25 (McKinney 2020).")
    assert item["type"] == "legislation"
    assert item["container-title"] == "N.Y. Penal Law"
    assert item["section"] == "125.25"
    assert item["publisher"] == "McKinney"
    assert item["issued"] == {"date-parts": [[2020]]}


def test_annotated_state_code():
    item = parse_reference("Tex. Fam. Code Ann. § 6.001 (West 2021).")
    assert (item["type"], item["container-title"], item["section"], item["publisher"]) == (
        "legislation", "Tex. Fam. Code Ann.", "6.001", "West")


def test_treaty_in_a_treaty_series_with_its_article():
    item = parse_reference("Vienna Convention on Diplomatic Relations art. 22, Apr. 18, 1961, 23 U.S.T. 3227, "
                           "500 U.N.T.S. 95.")
    assert item["type"] == "treaty"
    assert item["title"] == "Vienna Convention on Diplomatic Relations"
    assert (item["container-title"], item["volume"], item["page"]) == ("U.S.T.", "23", "3227")
    assert item["issued"] == {"date-parts": [[1961, 4, 18]]}
    assert "500 U.N.T.S. 95" in item["note"] and "art. 22" in item["note"]


def test_treaty_in_the_un_series_alone():
    item = parse_reference("Convention on the Prevention and Punishment of the Crime of Genocide, Dec. 9, 1948, "
                           "78 U.N.T.S. 277.")
    assert (item["type"], item["container-title"], item["volume"], item["page"]) == ("treaty", "U.N.T.S.", "78", "277")
    assert item["title"] == "Convention on the Prevention and Punishment of the Crime of Genocide"
    assert item["issued"] == {"date-parts": [[1948, 12, 9]]}


def test_un_document_by_its_symbol_with_the_body_first():
    item = parse_reference("Human Rights Council, Report of the Special Rapporteur on Extreme Poverty and Human "
                           "Rights, U.N. Doc. A/HRC/41/39 (May 17, 2019).")
    assert item["type"] == "report"
    assert item["author"] == [{"literal": "Human Rights Council"}]
    assert item["title"] == "Report of the Special Rapporteur on Extreme Poverty and Human Rights"
    assert (item["genre"], item["number"]) == ("U.N. Doc.", "A/HRC/41/39")
    assert item["issued"] == {"date-parts": [[2019, 5, 17]]}


def test_un_document_without_a_body():
    item = parse_reference("Report of the International Law Commission, U.N. Doc. A/73/10 (2018).")
    assert (item["type"], item["title"], item["number"]) == ("report", "Report of the International Law Commission",
                                                              "A/73/10")
    assert "author" not in item


def test_congressional_hearing_with_a_statement():
    item = parse_reference("Drug Pricing in America: Hearing Before the H. Comm. on Oversight & Reform, 116th Cong. 45 "
                           "(2019) (statement of Jane Doe, Professor).")
    assert item["type"] == "hearing"
    assert item["title"] == "Drug Pricing in America: Hearing Before the H. Comm. on Oversight & Reform"
    assert item["page"] == "45"
    assert item["issued"] == {"date-parts": [[2019]]}
    assert item["note"] == "(statement of Jane Doe, Professor)"
    assert "author" not in item


def test_treatise_cited_by_its_section_and_page():
    item = parse_reference("Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1357, at 714 "
                           "(3d ed. 2004).")
    assert item["type"] == "book"
    assert [name["family"] for name in item["author"]] == ["Wright", "Miller"]
    assert item["title"] == "Federal Practice and Procedure"
    assert (item["section"], item["page"], item["edition"]) == ("1357", "714", "3")
    assert item["issued"] == {"date-parts": [[2004]]}


def test_a_bills_congress_is_its_session():
    """'117th Cong.' is the bill's session, which Zotero maps to CSL's chapter-number (and RIS's ET reads so): kept,
    not dropped."""
    item = parse_reference("CHIPS and Science Act, H.R. 4346, 117th Cong. § 102 (2022).")
    assert (item["type"], item["number"], item["chapter-number"]) == ("bill", "H.R. 4346", "117th Cong.")

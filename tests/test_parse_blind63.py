"""Parser rules found on blind batch 63 (transliterated Russian References, Taylor & Francis notes)."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text,container", [
    ("Lebedev G.V. [Zooplankton of the Pechora Sea in summer]. Trudy KarNTs RAN, 2020, vol. 11, pp. 33–48. (In Russ.)",
     "Trudy KarNTs RAN"),
    ("Orlov P.S. [Ice loads on the hulls of Arctic tankers]. Trudy TsNII im. akad. A.N. Krylova = Transactions of the "
     "Krylov State Research Centre, 2021, vol. 397, pp. 45–58. (In Russ.)",
     "Trudy TsNII im. akad. A.N. Krylova = Transactions of the Krylov State Research Centre"),
])
def test_trudy_named_by_an_institutes_initials_is_its_serial(text, container):
    """An institute's Trudy named by its initials, cited by volume and pages, is a journal, as "Trudy Instituta
    ..." was; "Trudy" alone had made it a conference paper."""
    item = parse_reference(text)
    assert (item["type"], item["container-title"]) == ("article-journal", container)


def test_trudy_of_a_numbered_meeting_stays_proceedings():
    item = parse_reference("Abdullaev I.Kh. [Water management in the Ferghana Valley]. Trudy XII Mezhdunarodnoi "
                           "nauchnoi konferentsii «Vodnye resursy Tsentral'noi Azii» [Proc. 12th Int. Sci. Conf. "
                           "“Water Resources of Central Asia”]. Tashkent, 2019, pp. 56–63. (In Russ.)")
    assert item["type"] == "paper-conference"


@pytest.mark.parametrize("text,body,title", [
    ("Georgian Railway Company, Annual Report 2019 (Tbilisi, GR, 2020), p. 7.", "Georgian Railway Company",
     "Annual Report 2019"),
    ("Gazprom, Annual Report 2021 (Moscow, Gazprom, 2022), p. 14.", "Gazprom", "Annual Report 2021"),
    ("Azerbaijan Caspian Shipping Company, Annual Report 2020 (Baku, ASCO, 2021), p. 22.",
     "Azerbaijan Caspian Shipping Company", "Annual Report 2020"),
])
def test_body_then_its_report_in_a_note(text, body, title):
    """Europe-Asia Studies' "Body, Annual Report YYYY (Place, Publisher, Year)": the body is the author, the report
    with its year the title; the year was no series number, nor the body the title."""
    item = parse_reference(text)
    assert (item["type"], item.get("author"), item["title"]) == ("report", [{"literal": body}], title)
    assert "number" not in item and "genre" not in item

"""Parser faults left alone by the round's helpers (branch leftalone13)."""
import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, company", [
    ("Siemens AG (2021). Annual Report 2021. Munich.", "Siemens AG"),
    ("Siemens AG, 2021. Annual Report 2021. Munich.", "Siemens AG"),
    ("Ericsson AB. Ericsson Mobility Report. Stockholm, 2022.", "Ericsson AB"),
    ("Equinor ASA (2023). Energy Perspectives 2023. Stavanger.", "Equinor ASA"),
    ("Microsoft Corp. (2020). Annual report on Form 10-K. Redmond, WA.", "Microsoft Corp."),
    ("Robert Bosch GmbH. Automotive Handbook. 10th ed. Stuttgart, 2018.", "Robert Bosch GmbH"),
    ('STMicroelectronics, "STM32F4 reference manual," Application note AN1234, 2019.', "STMicroelectronics"),
])
def test_a_company_named_with_its_legal_form_is_one_body(text, company):
    """'Siemens AG' was a person (family Siemens, given A.G.), 'STMicroelectronics' part of the title and
    'Microsoft Corp.' lost the stop of its abbreviated form before the year."""
    assert parse_reference(text)["author"] == [{"literal": company}]


@pytest.mark.parametrize("text, names", [
    ("Smith AB, Jones AG. Title of the paper. J Clin Invest. 2010;12:1-5.", [("Smith", "A.B."), ("Jones", "A.G.")]),
    ("Larsson AB. Renal function after transplantation. Scand J Urol. 2015;49(2):101-6.", [("Larsson", "A.B.")]),
])
def test_vancouver_initials_like_a_legal_form_stay_a_person_s(text, names):
    assert [(n["family"], n["given"]) for n in parse_reference(text)["author"]] == names

"""Rules from the seventh validation-fold round (bench/fold_errors.py), each tested on another example of its pattern."""

import pytest

from cslbridge.parse.fields import parse_reference


@pytest.mark.parametrize("text, title, container", [
    ("CMS Collaboration, S. Chatrchyan et al., Observation of sequential Upsilon suppression in PbPb collisions at "
     "√s NN = 2.76 TeV ,Phys .Rev .Lett .109 ( 2012)222301.",
     "Observation of sequential Upsilon suppression in PbPb collisions at √s NN = 2.76 TeV", "Phys .Rev .Lett"),
    ('UTfit Collaboration, M. Bona et al., "Model-independent constraints on ∆F = 2 operators and the scale of new '
     'physics," JHEP 03 (2008) 049.',
     "Model-independent constraints on ∆F = 2 operators and the scale of new physics", "JHEP"),
])
def test_a_formulas_equals_sign_in_a_physics_title_makes_no_parallel_title(text, title, container):
    item = parse_reference(text)
    assert item["title"] == title
    assert item["container-title"] == container


@pytest.mark.parametrize("text, families, title, container", [
    ('K. Sun, W. V. Liu, and A. Hemmerich," Topological semimetal in a fermionic optical lattice ,"Nat .Phys .,vol. 8, '
     'no. 1, pp. 67- 71,2012.', ["Sun", "Liu", "Hemmerich"], "Topological semimetal in a fermionic optical lattice",
     "Nat .Phys"),
    ('P. Kim and H. Ahn, "Strongly correlated electrons in twisted bilayer graphene ,"Phys. Rev. Lett., vol. 121, '
     'p. 087001, 2018.', ["Kim", "Ahn"], "Strongly correlated electrons in twisted bilayer graphene", "Phys. Rev. Lett."),
])
def test_a_pair_of_quotes_a_pdf_copy_moved_onto_the_commas_still_bounds_the_title(text, families, title, container):
    item = parse_reference(text)
    assert [name["family"] for name in item["author"]] == families
    assert item["title"] == title
    assert item["container-title"] == container


def test_initials_a_pdf_copy_glued_to_the_family_name_are_the_given_name():
    item = parse_reference("A. Rossi, P.Kovacs, J.-P.Martin, Thermal noise in cryogenic detectors, Nucl. Instrum. "
                           "Methods A 520, 101 (2004).")
    assert item["author"] == [{"family": "Rossi", "given": "A."}, {"family": "Kovacs", "given": "P."},
                              {"family": "Martin", "given": "J.-P."}]


@pytest.mark.parametrize("text, last, container", [
    ("Hasan, M. Z.; Kane, C. L.Rev Mod Phys 2010 ,82 ,3045 -3067.", {"family": "Kane", "given": "C. L."},
     "Rev Mod Phys"),
    ("Perdew, J. P.; Burke, K.; Ernzerhof, M.Phys Rev Lett 1996 ,77 ,3865 -3868.", {"family": "Ernzerhof", "given": "M."},
     "Phys Rev Lett"),
])
def test_a_last_initial_a_pdf_copy_glued_to_the_journal_is_set_apart(text, last, container):
    item = parse_reference(text)
    assert item["author"][-1] == last
    assert item["container-title"] == container


@pytest.mark.parametrize("text, families, container", [
    ("Kim J., Lee S., Park C .,2019 ,ApJ ,870 ,25", ["Kim", "Lee", "Park"], "ApJ"),
    ("Ruiz, A. B., Chen, L. M., Kowalski,T .R .,& Novak ,E .J .2015 ,AJ ,149 ,12", ["Ruiz", "Chen", "Kowalski", "Novak"],
     "AJ"),
    ("Weber T .,Nucl .Phys .B ,512 ( 1998)301 .", ["Weber"], "Nucl .Phys .B"),
])
def test_an_initials_stop_a_pdf_copy_spaced_off_it_goes_back(text, families, container):
    item = parse_reference(text)
    assert [name["family"] for name in item["author"]] == families
    assert item["container-title"] == container


@pytest.mark.parametrize("text, page", [
    ("M. Newman, Assortative mixing in networks, Phys. Rev. Lett. 89 ( 20)( 2002)208701- 208704.doi: "
     "10.1103/PhysRevLett.89.208701.", "208701-208704"),
    ("F. Verstraete, J. I. Cirac, Matrix product states represent ground states faithfully, Phys. Rev. B 73 (2006) "
     "094423 -094431.arXiv:1512.04539.", "094423-094431"),
])
def test_a_doi_or_arxiv_id_glued_to_the_pages_stop_is_set_apart(text, page):
    assert parse_reference(text)["page"] == page


def test_a_journal_glued_to_the_comma_after_a_titles_question_mark_is_set_apart():
    item = parse_reference("J. Lee, M. Park, Is the carbon cycle near a tipping point ?,Global Biogeochemical Cycles "
                           "30 ( 4)( 2016)512- 530.")
    assert item["container-title"] == "Global Biogeochemical Cycles"
    assert item["page"] == "512-530"


def test_a_papers_own_abbreviation_after_a_small_word_keeps_its_glued_stop():
    """'O Estado de S.Paulo' is the paper's name as printed: the glued-initial repair reads an initial after a name or
    another initial ('N. P.Rev'), not after a small word."""
    item = parse_reference("SILVA, João. Inflação volta a subir. O Estado de S.Paulo, São Paulo, 3 mar. 2022. "
                           "Economia, p. B1.")
    assert item["container-title"] == "O Estado de S.Paulo"

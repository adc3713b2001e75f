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

"""Disambiguation of cites that would read the same: names, given names, year suffixes."""

from __future__ import annotations

from cslbridge.render import render_bibliography, render_citations


def book(item_id, authors, year=1980, title="Book"):
    return {"id": item_id, "type": "book", "title": title, "issued": {"date-parts": [[year]]},
            "author": [{"family": f, "given": g} for f, g in authors]}


def test_add_names_until_cites_differ():
    a = book("a", [("Smith", "John"), ("Brown", "John"), ("Jones", "John")])
    b = book("b", [("Smith", "John"), ("Benson", "John"), ("Jones", "John")])
    [cite] = render_citations([a, b], [[{"id": "a"}, {"id": "b"}]], "apa")
    assert cite == "(Smith, Benson, et al., 1980; Smith, Brown, et al., 1980)"  # APA sorts cites


def test_given_names_tell_same_family_names_apart():
    a = book("a", [("Malone", "Nolan J.")], 2001)
    b = book("b", [("Malone", "Kemp")], 2001)
    [cite] = render_citations([a, b], [[{"id": "a"}, {"id": "b"}]], "apa")
    assert cite == "(K. Malone, 2001; N. J. Malone, 2001)"


def test_year_suffix_when_names_cannot_help():
    a = book("a", [("Doe", "John")], 2000, "Alpha")
    b = book("b", [("Doe", "John")], 2000, "Beta")
    [cite] = render_citations([a, b], [[{"id": "a"}, {"id": "b"}]], "apa")
    assert cite == "(Doe, 2000a, 2000b)"


def test_with_initials_rule_never_spells_out_given_names():
    """APA's rule is primary-name-with-initials: Anna and Ahmed Chen share the initial,
    so only year suffixes tell their works apart (the entries as citeproc-js prints
    them), not "(Anna Chen, 1984)"."""
    a = book("a", [("Chen", "Anna")], 1984, "Alpha")
    b = book("b", [("Chen", "Ahmed")], 1984, "Beta")
    assert list(render_bibliography([a, b], "apa")) == ["Chen, A. (1984a). Alpha.", "Chen, A. (1984b). Beta."]
    assert not any("Anna" in c or "Ahmed" in c for c in render_citations([a, b], [[{"id": "a"}], [{"id": "b"}]], "apa"))

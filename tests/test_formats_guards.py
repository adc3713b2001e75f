"""Faults no rule foresaw: a failure mapping one entry is that entry's problem, not the file's;
items built through the Python API that the schema refuses are refused by the writers in one
clear error."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cslbridge import api
from cslbridge.cli import main
from cslbridge.formats import bibtex, csljson, ris

BIB = """@article{good1,
  author = {Lukin, Alexander}, title = {Russia and China}, journal = {Asian Survey}, year = {2019}
}

@article{bad,
  author = {Kääb, Anna}, title = {Glacier retreat}, journal = {Nature}, year = {2021}
}

@book{good2,
  author = {Hobsbawm, Eric}, title = {The Age of Extremes}, publisher = {Vintage}, year = {1996}
}
"""
RIS = """TY  - JOUR
AU  - Lukin, Alexander
TI  - Russia and China
PY  - 2019
ER  - 

TY  - JOUR
AU  - Kääb, Anna
TI  - Glacier retreat
PY  - 2021
ER  - 

TY  - BOOK
AU  - Hobsbawm, Eric
TI  - The Age of Extremes
PY  - 1996
ER  - 
"""
JSON = """[
  {"id": "good1", "type": "article-journal", "title": "Russia and China"},
  {"id": "bad", "type": "article-journal", "title": "Glacier retreat"},
  {"id": "good2", "type": "book", "title": "The Age of Extremes"}
]
"""


def _fails_on_glacier(mapper):
    """`mapper` made to fail, as a bug would, on the entry about glaciers only."""
    def mapping(arg, *rest, **kw):
        if "Glacier" in repr(getattr(arg, "fields", arg)):
            raise KeyError("volume")
        return mapper(arg, *rest, **kw)
    return mapping


@pytest.mark.parametrize("module, mapper, name, text, label, line", [
    (bibtex, "to_item", "refs.bib", BIB, "bad", 5),
    (ris, "_to_item", "refs.ris", RIS, "Glacier retreat", 7),
    (csljson, "normalise", "refs.json", JSON, "bad", 3),
])
def test_a_fault_mapping_one_entry_skips_that_entry_only(tmp_path, monkeypatch, module, mapper, name, text, label,
                                                          line):
    monkeypatch.setattr(module, mapper, _fails_on_glacier(getattr(module, mapper)))
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = api.read(str(path))
    assert [item["title"] for item in result.items] == ["Russia and China", "The Age of Extremes"]
    [problem] = result.problems
    assert (problem.source, problem.line, problem.entry) == (str(path), line, label)
    assert "KeyError" in problem.message and not problem.warning
    run = CliRunner().invoke(main, ["convert", str(path), "-t", "csljson"])
    assert run.exit_code == 1 and "Traceback" not in run.output
    assert run.stderr.strip() == f"error: {problem}"
    assert "Hobsbawm" not in run.stderr and "The Age of Extremes" in run.stdout

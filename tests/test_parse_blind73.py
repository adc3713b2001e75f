"""Rules added for the 73rd blind batch (references pasted from Cite boxes and reference managers)."""
from cslbridge.parse.fields import parse_references


def _one(text):
    return parse_references([text])[0]


def test_short_number_before_the_bracketed_year_is_the_volume():
    """Chicago's and Google Scholar's "Journal 199 (2021): 111342.": the number between the journal and its bracketed
    year is the volume (the tagger had taken "198"/"199" for a year's head and the pair went to note)."""
    item = _one("Lindqvist, Maria. “Urban Heat and Mortality in Stockholm.” Environmental Research 199 (2021): 111342.")
    assert (item["volume"], item["page"], item["issued"]) == ("199", "111342", {"date-parts": [[2021]]})
    assert "note" not in item

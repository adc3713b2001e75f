"""The reference parser on the humanities' and notes' sources a Western list cites beside articles and books:
scores and recordings, manuscripts, interviews in other languages, briefs, running issue numbers."""

from cslbridge.parse.fields import parse_reference
from cslbridge.parse.rules import volume_issue


def test_a_running_issue_number_after_the_volume():
    # Current History numbers its issues from its start: "116, 792" was one volume
    item = parse_reference("Mankoff, Jeffrey. “Russia in the Middle East.” Current History, 116, 792, 2017, pp. 258–264.")
    assert (item["volume"], item["issue"], item["page"]) == ("116", "792", "258-264")
    assert volume_issue("116, 792") == {"volume": "116", "issue": "792"}
    # with no pages span beside it, the second number is still the page ("Nature, 412, 583.")
    nature = parse_reference("Smith, J. (2001). Title of the letter. Nature, 412, 583.")
    assert (nature["volume"], nature["page"]) == ("412", "583") and "issue" not in nature

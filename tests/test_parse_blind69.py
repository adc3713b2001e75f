"""Rules added for the 69th blind batch (US legal and medical references)."""
from cslbridge.parse.fields import parse_references


def _one(text):
    return parse_references([text])[0]


def test_a_named_supra_pointer_with_a_page_span_is_a_pointer():
    """The Bluebook's "Okafor, supra note 7, at 112–14." names the note the work is in, then the pages: a pointer kept
    in note, after a note number too (the span had made it an article with those pages)."""
    for text in ("Okafor, supra note 7, at 112–14.", "14. Okafor, supra note 7, at 112–14."):
        item = _one(text)
        assert item["type"] == "document" and "page" not in item
        assert item["note"] == "Okafor, supra note 7, at 112–14."


def test_a_case_with_parallel_reports_is_read_from_its_first_report():
    """The Bluebook's parallel reports after the first report and its pinpoint ("478 Mass. 212, 219, 96 N.E.3d 133, 139
    (2017)") go to the note; the first report is the case's (the last had been read as the report, the others as
    title)."""
    item = _one("Commonwealth v. Okafor, 478 Mass. 212, 219, 96 N.E.3d 133, 139 (2017).")
    assert (item["type"], item["title"], item["volume"], item["container-title"], item["page"]) == \
        ("legal_case", "Commonwealth v. Okafor", "478", "Mass.", "212")
    assert "96 N.E.3d 133, 139" in item["note"] and "at 219" in item["note"]
    item = _one("Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973).")
    assert (item["title"], item["volume"], item["container-title"], item["page"]) == ("Roe v. Wade", "410", "U.S.", "113")


def test_a_note_number_before_a_cue_is_layout():
    """"12. Cf. Richard A. Posner, Economic Analysis of Law 45 (2019).": the note's number before its signal is layout,
    as before a pointer; the signal goes to note (it had been read as the given name's or the case's first word)."""
    item = _one("12. Cf. Richard A. Posner, Economic Analysis of Law 45 (2019).")
    assert item["author"] == [{"family": "Posner", "given": "Richard A."}] and item["note"] == "Cf."
    item = _one("7. See, e.g., Brown v. Board of Education, 347 U.S. 483 (1954).")
    assert (item["type"], item["title"], item["container-title"]) == ("legal_case", "Brown v. Board of Education", "U.S.")


def test_an_issues_supplement_is_the_issue():
    """AMA's and Vancouver's supplement to an issue, "78(4 suppl):A102", is the issue, as "54(Suppl. 63):PA2775" is
    (the volume had kept "78(4" and the pages "suppl):A102")."""
    item = _one("Hale T, Osei K. Sodium intake in adolescents. Hypertension. 2021;78(4 suppl):A102.")
    assert (item["volume"], item["issue"], item["page"]) == ("78", "4 suppl", "A102")


def test_amas_preprint_posted_online_names_its_server():
    """AMA's "Title. Research Square. Preprint posted online February 9, 2022. doi:..." is a preprint that server
    publishes (the words had been read as the container, a paper's or a book's)."""
    item = _one("Okafor N, Lund P, Reyes D, et al. Serum ferritin thresholds for iron deficiency in pregnancy. Research "
                "Square. Preprint posted online February 9, 2022. doi:10.21203/rs.3.rs-1234567/v1")
    assert (item["type"], item["genre"], item["publisher"]) == ("article", "Preprint", "Research Square")
    assert "container-title" not in item and item["issued"] == {"date-parts": [[2022, 2, 9]]}


def test_an_abstract_presented_at_a_meeting_is_a_talk_there():
    """AMA's "Abstract presented at: Meeting; dates; place." names the kind of talk as "Paper presented at:" does: a
    speech with genre Abstract at that event (it had been a conference paper in a proceedings named by the cue)."""
    item = _one("Lindgren M, Achebe T. Barcode medication administration errors in pediatric wards. Abstract presented "
                "at: Society of Pediatric Nurses Annual Conference; April 12-14, 2023; Orlando, FL.")
    assert (item["type"], item["genre"]) == ("speech", "Abstract")
    assert item["event-title"] == "Society of Pediatric Nurses Annual Conference"
    assert item["event-place"].rstrip(".") == "Orlando, FL"


def test_a_package_insert_is_a_document_of_its_company():
    """Citing Medicine's "Title [package insert]. Place: Company; Year." and AMA's "Title. Package insert. Company;
    Year." name the kind of work: a document with that genre, the company its publisher (a book or a site before)."""
    item = _one("Xarelto (rivaroxaban) tablets [package insert]. Titusville (NJ): Janssen Pharmaceuticals; 2022.")
    assert (item["type"], item["genre"], item["title"], item["publisher"]) == \
        ("document", "package insert", "Xarelto (rivaroxaban) tablets", "Janssen Pharmaceuticals")
    item = _one("Humira (adalimumab). Package insert. AbbVie Inc.; 2023.")
    assert (item["type"], item["genre"], item["title"], item["publisher"]) == \
        ("document", "Package insert", "Humira (adalimumab)", "AbbVie Inc.")

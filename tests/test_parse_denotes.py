"""German humanities footnotes as Historische Zeitschrift, Geschichte und Gesellschaft, VfZ and Osteuropa print
them (lead paste at stop 21): Ders./Dies., Bd., Hrsg., (wie Anm. n), archives, newspapers."""

from cslbridge.parse import parse_page
from cslbridge.parse.fields import parse_reference

NOTES = "\n".join([
    "Anmerkungen",
    "1 Vgl. Hans-Ulrich Wehler, Deutsche Gesellschaftsgeschichte, Bd. 3: Von der „Deutschen Doppelrevolution“ bis "
    "zum Beginn des Ersten Weltkrieges 1849–1914, München 1995, S. 45.",
    "2 Ebd., S. 47.",
    "3 Jürgen Kocka, Arbeitsverhältnisse und Arbeiterexistenzen. Grundlagen der Klassenbildung im 19. Jahrhundert, "
    "Bonn 1990, S. 112–118.",
    "4 Ders., Sozialgeschichte. Begriff – Entwicklung – Probleme, 2., erw. Aufl., Göttingen 1986.",
    "5 Ute Frevert, Ehrenmänner. Das Duell in der bürgerlichen Gesellschaft, München 1991, hier S. 89.",
    "6 Thomas Nipperdey, Deutsche Geschichte 1866–1918, Bd. 1: Arbeitswelt und Bürgergeist, München 1990, S. 200 f.",
    "7 Reinhart Koselleck, Geschichte, in: Otto Brunner/Werner Conze/Reinhart Koselleck (Hrsg.), Geschichtliche "
    "Grundbegriffe, Bd. 2, Stuttgart 1975, S. 593–717.",
    "8 Wehler, Gesellschaftsgeschichte, Bd. 3, S. 50.",
    "9 Bundesarchiv Berlin (BArch), R 43 I/2280, Bl. 12.",
    "10 Vgl. dazu ausführlich Frevert, Ehrenmänner (wie Anm. 5), S. 95–102.",
    "11 Frankfurter Allgemeine Zeitung, 12.3.1999, S. 3.",
])


def _notes():
    return {item["custom"]["number"]: item for item in parse_page(NOTES).items}


def test_ders_repeats_the_author_of_the_note_above():
    # "Ders., Sozialgeschichte. Begriff ..." was cut into a pointer "Ders., Sozialgeschichte." and an unsigned book
    # (or, parsed alone, a book by "Sozialgeschichte Ders"): German idem repeats the names above as "Idem," does
    item = _notes()[4]
    assert not item["custom"].get("pointer")
    assert item["author"] == [{"family": "Kocka", "given": "Jürgen"}]
    assert item["title"] == "Sozialgeschichte. Begriff – Entwicklung – Probleme"
    assert (item["edition"], item["publisher-place"]) == ("2", "Göttingen")


def test_dies_alone_has_no_author_of_its_own_and_ders_with_a_page_is_a_pointer():
    item = parse_reference("Dies., Die Lenin-Bibliothek. Eine Geschichte, in: Osteuropa 62 (2012), H. 5, S. 101–115.")
    assert "author" not in item  # not "Lenin-Bibliothek, Die"
    assert item["title"] == "Die Lenin-Bibliothek. Eine Geschichte"
    assert item["container-title"] == "Osteuropa"
    assert "Dies." in item["note"]
    assert parse_reference("Ders., S. 45.") == {
        "type": "document", "note": "Ders., S. 45.",
        "custom": {"source": "Ders., S. 45.", "confidence": {"type": 0.5}, "review": True}}


def test_a_name_given_first_ends_at_its_comma_and_hier_and_f_are_no_part_of_the_page():
    # "Ute Frevert, Ehrenmänner." had been one name (family "Ute Frevert", given "Ehrenmänner"): a German given name
    # opens a name written given name first, as "Alexander Cooley, Great Games" does; the page was "hier S. 89"
    notes = _notes()
    item = notes[5]
    assert item["author"] == [{"family": "Frevert", "given": "Ute"}]
    assert item["title"] == "Ehrenmänner. Das Duell in der bürgerlichen Gesellschaft"
    assert (item["page"], item["note"]) == ("89", "hier")
    assert (notes[6]["page"], notes[6]["note"]) == ("200", "f.")  # "S. 200 f.": and the following page
    item = parse_reference("Dittmar Dahlmann, Die Provinz wählt, Köln 1996, S. 80 ff.")
    assert (item["author"], item["page"], item["note"]) == ([{"family": "Dahlmann", "given": "Dittmar"}], "80", "ff.")


def test_german_short_forms_point_at_the_work_cited_in_full():
    # "Wehler, Gesellschaftsgeschichte, Bd. 3, S. 50." was a document by "Gesellschaftsgeschichte Wehler", and
    # "Frevert, Ehrenmänner (wie Anm. 5), S. 95–102." after "Vgl. dazu ausführlich" pointed at the note just above
    notes = _notes()
    assert notes[8]["custom"]["pointer"] is True
    assert notes[8]["custom"]["target-ids"] == [notes[1]["id"]]
    assert notes[10]["custom"]["target-ids"] == [notes[5]["id"]]
    assert "same-as" not in notes[10]["custom"]


def test_a_volume_with_its_own_title_after_the_work_s_title():
    # "Bd. 3: Von der ..." had stayed in the title: the work's volume and the volume's title, as Chicago's "Vol. 1,
    # Paradoxes of Power" are read
    notes = _notes()
    assert (notes[1]["title"], notes[1]["volume"]) == ("Deutsche Gesellschaftsgeschichte", "3")
    assert notes[1]["volume-title"] == ("Von der „Deutschen Doppelrevolution“ bis zum Beginn des Ersten Weltkrieges "
                                        "1849–1914")
    assert (notes[1]["publisher-place"], notes[1]["issued"]) == ("München", {"date-parts": [[1995]]})
    assert (notes[6]["title"], notes[6]["volume"], notes[6]["volume-title"]) == (
        "Deutsche Geschichte 1866–1918", "1", "Arbeitswelt und Bürgergeist")


def test_a_chapter_whose_author_the_tagger_ran_into_the_editors():
    # "Reinhart Koselleck, Geschichte, in: Otto Brunner/..." had four editors, the first "Reinhart Koselleck,
    # Geschichte" and the second "in: Otto Brunner", and neither author nor title
    item = _notes()[7]
    assert item["type"] == "chapter"
    assert (item["author"], item["title"]) == ([{"family": "Koselleck", "given": "Reinhart"}], "Geschichte")
    assert item["editor"] == [{"family": "Brunner", "given": "Otto"}, {"family": "Conze", "given": "Werner"},
                              {"family": "Koselleck", "given": "Reinhart"}]
    assert (item["container-title"], item["volume"], item["publisher-place"], item["page"]) == (
        "Geschichtliche Grundbegriffe", "2", "Stuttgart", "593-717")


def test_a_german_archive_s_shelfmark_and_leaves_make_a_manuscript():
    # "Bundesarchiv Berlin (BArch), R 43 I/2280, Bl. 12." was the author's comment (a Roman numeral in the
    # Bundesarchiv's signature hid it); "Bl. 88–90" (Blatt, leaves) stayed in the shelfmark
    item = _notes()[9]
    assert not item["custom"].get("commentary")
    assert (item["type"], item["archive"], item["archive_location"], item["page"], item.get("note")) == (
        "manuscript", "Bundesarchiv Berlin (BArch)", "R 43 I/2280", "12", None)
    item = parse_reference("Schreiben Adenauers an Dulles, 12.3.1955, Bundesarchiv Koblenz (BArch), B 136/3001, "
                           "Bl. 88–90.")
    assert (item["type"], item["title"], item["issued"]) == (
        "manuscript", "Schreiben Adenauers an Dulles", {"date-parts": [[1955, 3, 12]]})
    assert (item["archive"], item["archive_location"], item["page"]) == ("Bundesarchiv Koblenz (BArch)", "B 136/3001",
                                                                         "88-90")
    assert parse_reference("National Archives (Kew), FO 371/188543.")["archive"] == "National Archives (Kew)"


def test_a_newspaper_s_issue_of_a_day_written_in_figures():
    # "12.3.1999" after the paper's name had been the "number" of a document by "Frankfurter Allgemeine Zeitung"
    item = _notes()[11]
    assert (item["type"], item["container-title"], item["issued"], item["page"]) == (
        "article-newspaper", "Frankfurter Allgemeine Zeitung", {"date-parts": [[1999, 3, 12]]}, "3")
    assert "author" not in item and "number" not in item


def test_an_issue_numbered_with_its_year():
    # Osteuropa's "50. Jg., H. 9/2000" gave issue "9/2000" and no date; a double issue or a short year stays whole
    from cslbridge.parse import rules

    item = parse_reference("Andreas Heinemann-Grüder, Putins Reform der föderalen Strukturen, in: Osteuropa, 50. Jg., "
                           "H. 9/2000, S. 979–990.")
    assert (item["container-title"], item["volume"], item["issue"], item["issued"], item["page"]) == (
        "Osteuropa", "50", "9", {"date-parts": [[2000]]}, "979-990")
    assert rules.volume_issue("H. 1/91") == {"issue": "1/91"}
    assert rules.volume_issue("Nr. 15/16") == {"issue": "15/16"}


def test_a_dissertation_after_the_title_s_comma():
    # ", Diss. Universität Leipzig 2015." had left "Diss." in the title and made the university the place
    item = parse_reference("Katja Müller, Arbeitsmigration aus Zentralasien nach Russland seit 1991, Diss. Universität "
                           "Leipzig 2015.")
    assert (item["type"], item["title"], item["genre"], item["publisher"]) == (
        "thesis", "Arbeitsmigration aus Zentralasien nach Russland seit 1991", "Diss.", "Universität Leipzig")
    assert "publisher-place" not in item


def test_a_numbered_series_in_brackets_after_the_imprint_s_year():
    # "(Arbeitspapiere ..., Nr. 47)" had run into the title ("..., (Arbeitspapiere ...") and the book ("... Umbruch,
    # Bremen Nr."), the series number becoming the volume
    item = parse_reference("Hans-Henning Schröder, Die Herrschaft der Oligarchen, in: Heiko Pleines/Hans-Henning "
                           "Schröder (Hrsg.), Die russische Wirtschaft im Umbruch, Bremen 2003 (Arbeitspapiere und "
                           "Materialien der Forschungsstelle Osteuropa, Nr. 47), S. 11–29.")
    assert (item["title"], item["container-title"], item["publisher-place"], item["page"]) == (
        "Die Herrschaft der Oligarchen", "Die russische Wirtschaft im Umbruch", "Bremen", "11-29")
    assert (item["collection-title"], item["collection-number"]) == (
        "Arbeitspapiere und Materialien der Forschungsstelle Osteuropa", "47")
    assert "volume" not in item
    item = parse_reference("Martin Broszat, Der Staat Hitlers, München 1998 (= Studien zur Zeitgeschichte, Bd. 55).")
    assert (item["title"], item["collection-title"], item["collection-number"]) == (
        "Der Staat Hitlers", "Studien zur Zeitgeschichte", "55")
    # APA's report number after a title's years is no series: "(Research Report No. 42)" has no comma before "No."
    item = parse_reference("Scottish Government. (2020). Fuel poverty in rural households, 2010–2019 (Research Report "
                           "No. 42). https://www.gov.scot/publications/fuel-poverty-rural")
    assert (item["number"], "collection-title" in item) == ("42", False)

"""Blind batch 53: reference entries copied out of publishers' web pages with the link labels each page prints after
every entry (PubMed Central, Wiley, ScienceDirect, Springer, Taylor & Francis, SAGE, Oxford Academic, Frontiers,
MDPI, Cambridge Core)."""

from cslbridge.parse.fields import parse_reference


def test_a_pasted_entry_is_read_without_its_page_s_link_labels():
    """A single entry goes to parse_reference without the page reader, which drops the labels: they had been read as
    the publisher ('Wiley Online Library CAS Web of Science® Google Scholar'), an author ('Francis Online') or the
    title ('Google Scholar'). The text as given stays in custom.source."""
    wiley = ("Lindgren, P., & Sato, K. (2015). Wetland restoration and waterbird diversity in the southern Baltic. "
             "Journal of Applied Ecology, 52(3), 711–720. Wiley Online Library CAS Web of Science® Google Scholar")
    item = parse_reference(wiley)
    assert item["container-title"] == "Journal of Applied Ecology"
    assert (item["volume"], item["issue"], item["page"]) == ("52", "3", "711-720")
    assert "publisher" not in item and "Scholar" not in item.get("note", "")
    assert item["custom"]["source"] == wiley

    tandf = parse_reference(
        "Osei, A., & Brandt, M. (2020). Peer tutoring and mathematics anxiety in lower secondary school. Educational "
        "Studies, 46(4), 455–471. https://doi.org/10.1080/03055698.2019.1599823 [Taylor & Francis Online], "
        "[Web of Science ®], [Google Scholar]")
    assert [name["family"] for name in tandf["author"]] == ["Osei", "Brandt"]
    assert tandf["title"] == "Peer tutoring and mathematics anxiety in lower secondary school"
    assert tandf["DOI"] == "10.1080/03055698.2019.1599823"

    oup = parse_reference("Haller  J, Rossi  M. Night-shift work and incident type 2 diabetes in nurses. Occup Environ "
                          "Med 2018;75:302–9. Google Scholar Crossref Search ADS PubMed WorldCat")
    assert (oup["container-title"], oup["page"]) == ("Occup Environ Med", "302-9")
    assert "publisher" not in oup

    cambridge = parse_reference("Dunne, K (2017) Electoral volatility in post-communist Europe. Party Politics 23(6), "
                                "712–724.CrossRefGoogle Scholar")
    assert cambridge["page"] == "712-724"


def test_a_reference_ending_in_a_word_a_link_label_holds_keeps_it():
    """Only a run of labels holding a look-up service's name is dropped: a title may end in 'Article' or 'Abstract'."""
    item = parse_reference("Roth, K. (2011). Writing the review article. Oxford University Press.")
    assert item["publisher"] == "Oxford University Press"
    item = parse_reference("Mendel, T. 2009. Cited by. London: Faber.")
    assert item["title"] == "Cited by"

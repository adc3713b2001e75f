"""The CSL 1.0.2 data schema, as tables: item types and variables by kind.

Everything inside cslbridge is a plain CSL-JSON dict; these tables say which
keys such a dict may carry and what shape each value has.
"""

ITEM_TYPES = frozenset("""
article article-journal article-magazine article-newspaper bill book broadcast
chapter classic collection dataset document entry entry-dictionary
entry-encyclopedia event figure graphic hearing interview legal_case
legislation manuscript map motion_picture musical_score pamphlet
paper-conference patent performance periodical personal_communication post
post-weblog regulation report review review-book software song speech
standard thesis treaty webpage
""".split())

NAME_VARIABLES = frozenset("""
author chair collection-editor compiler composer container-author contributor
curator director editor editorial-director editor-translator executive-producer
guest host illustrator interviewer narrator organizer original-author performer
producer recipient reviewed-author script-writer series-creator translator
""".split())

DATE_VARIABLES = frozenset("""
accessed available-date event-date issued original-date submitted
""".split())

NUMBER_VARIABLES = frozenset("""
chapter-number citation-number collection-number edition first-reference-note-number
issue locator number number-of-pages number-of-volumes page page-first
part-number printing-number section supplement-number version volume
""".split())

STRING_VARIABLES = frozenset("""
abstract annote archive archive_collection archive_location archive-place
authority call-number citation-key citation-label collection-title
container-title container-title-short dimensions division DOI event
event-place event-title genre ISBN ISSN jurisdiction keyword language license
medium note original-publisher original-publisher-place original-title
part-title PMCID PMID publisher publisher-place references reviewed-genre
reviewed-title scale source status title title-short URL volume-title
year-suffix
""".split())

# Keys that are not variables but belong to an item.
META_KEYS = frozenset({"id", "type", "categories", "custom"})

ALL_VARIABLES = NAME_VARIABLES | DATE_VARIABLES | NUMBER_VARIABLES | STRING_VARIABLES

# CSL 1.0.1 spellings still found in the wild, mapped to their 1.0.2 names.
LEGACY_VARIABLES = {
    "event": "event-title",  # 1.0.2 keeps `event` as a deprecated alias
    "shortTitle": "title-short",
    "journalAbbreviation": "container-title-short",
}

NAME_PARTS = frozenset({
    "family", "given", "dropping-particle", "non-dropping-particle",
    "suffix", "comma-suffix", "static-ordering", "literal", "parse-names",
})

DATE_PARTS_KEYS = frozenset({"date-parts", "season", "circa", "literal", "raw"})

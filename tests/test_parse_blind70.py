"""Rules added for the 70th blind batch (Indonesian and Malay lists)."""
from cslbridge.parse.fields import parse_references


def _one(text):
    return parse_references([text])[0]


def test_indonesian_page_cue_is_not_kept_in_the_pages():
    """Indonesian and Malay lists print the page cue as "hlm." or "hal." (halaman): "Vol. 12 No. 3, hlm. 201–215" has
    the pages 201-215 (the cue had stayed in them)."""
    item = _one("Saputra, R. (2017). Dampak dana desa terhadap pembangunan infrastruktur perdesaan. "
                "Jurnal Ilmu Pemerintahan, Vol. 12 No. 3, hlm. 201–215.")
    assert item["page"] == "201-215"
    item = _one("Lubis, F. (2014). Peran koperasi dalam ekonomi rakyat. Jurnal Ekonomi Kerakyatan, 5(1), hal. 88–97.")
    assert item["page"] == "88-97"

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


def test_indonesian_dalam_opens_a_chapters_book():
    """Indonesian and Malay APA print "In" as "Dalam": "Dalam A. Rahman (Ed.), Bunga rampai ... (hlm. 101–120)." names the
    book's editor and the book a chapter is in (the cue had been read as the editor's given name); a title opening with
    the word is still a title."""
    item = _one("Hasanah, U. (2018). Pendidikan karakter di sekolah dasar. Dalam A. Rahman (Ed.), Bunga rampai "
                "pendidikan dasar (hlm. 101–120). Jakarta: Kencana.")
    assert (item["type"], item["title"], item["container-title"]) == \
        ("chapter", "Pendidikan karakter di sekolah dasar", "Bunga rampai pendidikan dasar")
    assert item["editor"] == [{"family": "Rahman", "given": "A."}]
    item = _one("Harahap, S. (2019). Dalam bayang-bayang kolonial: Sejarah perkebunan di Sumatera Timur. Medan: USU Press.")
    assert item["title"] == "Dalam bayang-bayang kolonial: Sejarah perkebunan di Sumatera Timur"


def test_indonesian_numbered_reprint_is_the_edition():
    """Indonesian lists number a book's reprint where APA puts its edition: "(Cetakan ke-15)" is read as the edition 15
    (it had stayed in the title), in brackets or as its own sentence."""
    for text in ("Arikunto, S. (2013). Prosedur penelitian: Suatu pendekatan praktik (Cetakan ke-15). Jakarta: Rineka Cipta.",
                 "Arikunto, S. (2013). Prosedur penelitian: Suatu pendekatan praktik. Cetakan ke-15. Jakarta: Rineka Cipta."):
        item = _one(text)
        assert (item["title"], item["edition"]) == ("Prosedur penelitian: Suatu pendekatan praktik", "15")


def test_indonesian_tesis_alone_is_a_thesis():
    """Indonesian lists print a master's thesis as "Tesis." alone between the title and the place: "... Langkat. Tesis.
    Medan: Universitas Sumatera Utara." is a thesis of that genre (it had been read as a book in a series "Tesis"); a
    title ending in the lower-case word stays a book."""
    item = _one("Hutapea, R. (2012). Pola konsumsi rumah tangga nelayan di Kabupaten Langkat. Tesis. Medan: "
                "Universitas Sumatera Utara.")
    assert (item["type"], item["genre"], item["publisher"]) == ("thesis", "Tesis", "Universitas Sumatera Utara")
    assert "collection-title" not in item
    item = _one("Eco, U. (1977). Cómo se hace una tesis. Barcelona: Gedisa.")
    assert (item["type"], item["title"]) == ("book", "Cómo se hace una tesis")



def test_indonesian_and_malay_bodies_are_one_name():
    """A ministry named in Indonesian or Malay, "Kementerian Kelautan dan Perikanan" (and ...), signs as one body, not
    as a person whose family name is the last word, nor as two people."""
    for body in ("Kementerian Kelautan dan Perikanan", "Kementerian Koperasi dan UKM"):
        item = _one(body + ". (2021). Rencana strategis 2020–2024. Tersedia di: https://www.example.go.id/renstra "
                    "(Diakses 3 Mei 2022).")
        assert item["author"] == [{"literal": body}]



def test_indonesian_page_cue_gives_a_newspaper_its_page():
    """A newspaper item's page after the Indonesian cue, "Media Indonesia, hlm. 12.", is its page (the tagger had read
    the number as a volume, or the cue into the paper's name)."""
    for text, page in (("Hartono, D. (2018, 21 Juli). Ekspor sawit melambat. Media Indonesia, hlm. 12.", "12"),
                       ("Wibisono, A. (2019, 3 Oktober). Banjir rendam ribuan rumah di Bekasi. Tempo, hal. 4.", "4")):
        item = _one(text)
        assert item["page"] == page and "volume" not in item
        assert "hlm" not in item.get("container-title", "") + item["title"]

"""References romanized from Asian and Middle Eastern languages in English-language journals (blind batch 68)."""
from cslbridge.parse.fields import parse_references


def test_ijmes_given_name_opening_with_ayn_is_one_given_name():
    """IJMES writes an Arabic given name's ʿayn before its capital ("ʿAlī", "Muḥammad ʿAbduh"): the name after the
    family name's comma is still the given name, not a second author, and the sentence's stop is no initial's."""
    item = parse_references(["Riḍā, Muḥammad ʿAbduh. 1931. Tārīkh al-ustādh al-imām [The History of the Master "
                             "Imam]. Cairo: Maṭbaʿat al-Manār."])[0]
    assert item["author"] == [{"family": "Riḍā", "given": "Muḥammad ʿAbduh"}]
    item = parse_references(["Ḥusayn, ʿAlī. 1998. Al-dawla wa-l-mujtamaʿ. Beirut: Dār al-Sāqī."])[0]
    assert item["author"] == [{"family": "Ḥusayn", "given": "ʿAlī"}]


def test_quoted_original_title_then_translation_then_the_paper():
    """Chicago notes' "“Original” [Translation], Paper, date, page": the quotes close the original title, and the
    name after the translation's comma is the paper it appeared in, no part of the original title."""
    item = parse_references(["10. Tanaka Akira, “Chūgoku no taitō to Nihon” [The Rise of China and Japan], Yomiuri "
                             "shinbun, March 3, 2010, 11."])[0]
    assert item["type"] == "article-newspaper"
    assert item["original-title"] == "Chūgoku no taitō to Nihon"
    assert item["title"] == "The Rise of China and Japan"
    assert item["container-title"] == "Yomiuri shinbun"
    assert item["issued"] == {"date-parts": [[2010, 3, 3]]}


def test_chinese_name_printed_family_first_before_a_pinyin_title():
    """Chicago notes print a Chinese author of a Chinese work family name first ("Yan Xuetong, Zhongguo jueqi
    [China's Rise] ..."): before an original title all in pinyin, a two-word pinyin name whose first word is a Chinese
    family name keeps it as the family name; before an English title the name reads as printed."""
    item = parse_references(["3. Yan Xuetong, Zhongguo jueqi: Guoji huanjing pinggu [China’s Rise: An Assessment of "
                             "the International Environment] (Tianjin: Tianjin renmin chubanshe, 1998), 12."])[0]
    assert item["author"] == [{"family": "Yan", "given": "Xuetong"}]
    item = parse_references(["6. Chen Jian, “Zhongguo waijiao de xin jieduan” [A New Stage of Chinese Diplomacy], "
                             "Jiefang ribao, October 8, 2013, 2."])[0]
    assert item["author"] == [{"family": "Chen", "given": "Jian"}]
    item = parse_references(["5. Hui Wang, The End of the Revolution: China and the Limits of Modernity (London: "
                             "Verso, 2009), 45."])[0]
    assert item["author"] == [{"family": "Wang", "given": "Hui"}]


def test_language_marks_of_asian_and_middle_eastern_languages():
    """Area-studies journals close a reference with its language in words, "[in Japanese]", "(in Persian)", as
    Russian References print "(In Russ.)": the language, not a note; "(in Korea)", a place, is no mark."""
    items = parse_references([
        "Lee, J. (2018). Hanguk-ui iminjeongchaek [Immigration policy in Korea]. Hanguk Jeongchihak Hoebo, 52(1), "
        "5–30. [in Korean]",
        "Khalil, M. (2015). Al-dawla wa-l-mujtamaʿ [State and society]. Beirut: Dār al-Sāqī. [in Arabic]",
        "Sato, H. (2011). Nihon no enerugī seisaku [Japan’s energy policy]. Keizai Kenkyū, 62(3), 201–215. "
        "(in Japanese)"])
    assert [item.get("language") for item in items] == ["ko", "ar", "ja"]
    assert not any("note" in item for item in items)


def test_kazakh_and_uzbek_body_in_latin_script_before_a_quoted_original_title():
    """Notes' "Body, ‘Original’ [Translation], Town, year": a Kazakh or Uzbek body named in Latin script with its
    possessive ending ("... mınıstrligi", "... vazirligi") is the author, whole, not a person of its first two words
    with the rest run into the original title; its quoted paper is a document, as with no translation."""
    item = parse_references(["Qazaqstan Respýblıkasy Bilim jáne ǵylym mınıstrligi, ‘Bilim berýdi damytýdyń "
                             "memlekettik baǵdarlamasy’ [State Programme for the Development of Education], "
                             "Nur-Sultan, 2019."])[0]
    assert item["author"] == [{"literal": "Qazaqstan Respýblıkasy Bilim jáne ǵylym mınıstrligi"}]
    assert item["original-title"] == "Bilim berýdi damytýdyń memlekettik baǵdarlamasy"
    assert item["type"] == "document"
    item = parse_references(["Oʻzbekiston Respublikasi Iqtisodiyot va moliya vazirligi, ‘Davlat byudjeti ijrosi "
                             "toʻgʻrisida hisobot’ [Report on the Execution of the State Budget], Tashkent, 2023."])[0]
    assert item["author"] == [{"literal": "Oʻzbekiston Respublikasi Iqtisodiyot va moliya vazirligi"}]
    assert item["original-title"] == "Davlat byudjeti ijrosi toʻgʻrisida hisobot"

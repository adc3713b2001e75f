"""Split an author/editor span into CSL name objects.

Handles ``Smith, J. A., Jones, B.`` (family-comma-given pairs), ``J. A. Smith``,
transliterated ``Zverev R.`` and ``Glaz'ev S.Yu.`` (initials kept as given),
Cyrillic ``Иванов И. И.``/``И.И. Иванов``, Vancouver ``Smith JA``, particles
(``van der``, ``de``), suffixes (``Jr.``), ``et al.``/``и др.`` and corporate
authors, which become ``{"literal": ...}``.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Cyrillic letters as regex class ranges: Russian's А-Я and the letters Ukrainian, Belarusian, Kazakh,
# Kyrgyz, Uzbek, Tajik, Tatar and Bashkir add outside it ("Қозыбаев М. Қ.", "Раҳимов Б. Ҳ.").
CYRILLIC_UP = "А-ЯЁІЇЄҐЎӘҒҚҢӨҰҮҺҲҶӢӮ"
CYRILLIC_LOW = "а-яёіїєґўәғқңөұүһҳҷӣӯ"
CYRILLIC = re.compile(f"[{CYRILLIC_UP}{CYRILLIC_LOW}]")  # a Cyrillic letter: a word or text in Cyrillic script
_UP = f"A-Z{CYRILLIC_UP}À-ÖØ-ÞĀ-Ž"
_LOW = f"a-z{CYRILLIC_LOW}ß-öø-ÿā-ž"
# A word of one to three Latin or Cyrillic initials, as the tagger's words come: "J.", "S.Yu.", "J.-P.", "И.И.,".
INITIALS_WORD = rf"(?:[A-Z{CYRILLIC_UP}][a-z{CYRILLIC_LOW}]?\.[-‐]?){{1,3}},?"
# One or more initials: "J.", "J.A.", "J. A.", "S.Yu.", "Kh.Kh.", "J.-P.", "И. И.", and a hyphenated Cantonese or
# Korean given name's second part in lower case, "H. W.-c."
_INITIALS = re.compile(
    rf"^(?:[{_UP}][{_LOW}]{{0,2}}\.(?:[-‐][{_LOW}]\.)?\s?[-‐]?\s?){{1,4}}$|^(?:[{_UP}][{_LOW}]{{0,2}}\.\s?[-‐]?\s?){{1,3}}[{_UP}]$"
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Han, Hangul
# The endings of a Russian or Ukrainian patronymic ("Сергеевич", "Викторовна", "Ильич", "Sergeevich",
# "Дмитрівна", "Petrovych").
PATRONYMIC_END = r"(?:ович|евич|ич|овна|евна|ична|инична|івна|ївна|ovich|evich|yich|ovych|ovna|evna|ichna|ivna)"
_PATRONYMIC = re.compile(PATRONYMIC_END + r"\.?$")
_VOWEL = re.compile(r"[AEIOUYÀ-ÖØ-ÝАЕЁИОУЫЭЮЯ]")
_BARE_INITIALS = re.compile(rf"^(?:[{_UP}]{{1,3}}|[{_UP}][-‐][{_UP}])\.?$")  # Vancouver "JA", a hyphenated "J-H" ("Kim J-H")
# Vancouver's bare initials of a Russian name transliterated keep the two-letter letters (Ю, Я, Е, Ё, Ж, Х, Ц, Ч, Ш):
# "Pivovarov YuS" (Ю. С.), "Vinokurov EYu" (Е. Ю.), "Ivanova AYa"; a lone "Yu" may be a Chinese family name.
_TRANSLITERATED_INITIALS = re.compile(r"^(?=[A-Z]*[a-z])(?:Yu|Ya|Ye|Yo|Zh|Kh|Ts|Ch|Sh|[A-Z]){2,3}\.?$")
_TRANSLITERATED_LETTER = re.compile(r"Yu|Ya|Ye|Yo|Zh|Kh|Ts|Ch|Sh|[A-Z]")
# (the lookahead: what a match can start with, tested once per position)
_ETAL = re.compile(r"(?i)(?=[,\s\[eиuaiy&]),?\s*(?:\[?\bet\.?\s*al\b\.?\]?|\[?\bи\s+др\b\.?\]?|\b(?-i:u\.\s*a)\b\.?|\bet\s+coll\b\.?"
                   r"|\ba\s+kol\b\.?|\bi\s+in(?:ni)?\b\.?|\by\s+cols?\b\.?"  # Czech/Slovak, Polish, Spanish
                   r"|(?:\band|&)\s+others\b\.?)")
_ROLE = re.compile(  # French "(éd.)" as English "(ed.)"
    r"(?i)(?:\(\s*(?:[eé]d[sd]?|editors?|hrsg|hg|dir|coord|orgs?|a\s+cura\s+di|comps?|compilers?|compilador(?:es)?|trans|tr|ред|сост|red"
    r"|sous\s+la\s+dir(?:\.|ection)\s+de"  # French "Jean-Pierre Chaline (sous la dir. de)"
    r"|hosts?)"  # APA's podcast "Vedantam, S. (Host)": the host is the author
    r"\.?s?\.?\s*\)"
    r"|,?\s*\b(?:ed[sd]?|editors?|hrsg|comps?|compilers?|сост|пер|trans|transl|trad|übers)\.?\)?\.?(?=\s*$)"
    # NP 405's role after the names' comma, before its dash: "MATTOSO, José, coord. –" ("World Health Org." keeps its word)
    r"|,\s*(?:coord|dir|org)\.(?:\s*[–—])?(?=\s*$)"
    r"|^\s*(?:ed(?:ited)?\.?\s+by|ed[sd]?\.\s+|\(?eds\s+|под\s+(?:общ(?:\.|ей)\s*)?ред(?:акцией)?\.?|comp(?:iled|s)?\.?\s+by"
    # GOST's responsible, scientific and chief editors: "отв. ред.", "науч. ред.", "гл. ред.", "ответственный редактор"
    r"|(?:(?:отв(?:\.|етственный)|науч(?:\.|ный)|гл(?:\.|авный))\s*)?ред(?:\.|актор)\s*:?"
    r"|за\s+(?:заг(?:\.|альною)\s*)?ред(?:акцією)?\.?"
    r"|сост(?:авител[ьи])?\.?\s*:?|trans(?:lated)?\.?\s+by|transl?\.\s+|\(?\s*trans(?:l|lated)?\.?\s+(?:by\s+)?(?=[A-Z])|пер(?:\.|евод|еклад|аклад)\s*[сз]\s*\w+\.?"
    r"|trad(?:\.|ucci[óo]n)?\s+de|\(?\s*(?:çev(?:\.|iren:?)|trad\.)\s+|traducido\s+por|editado\s+por|traduit\s+par|übers(?:\.|etzt)\s+von"
    r"|(?:hrsg\.|hg\.|herausgegeben)\s+v(?:on|\.)|red\.\s+|pod\s+red(?:akcją)?\.?\s+"
    r"|a\s+cura\s+di\s+|sous\s+la\s+dir(?:\.|ection)\s+de\s+|[ée]d\.\s+par\s+)\s*"  # Italian, French
    # "In", Spanish "En", Portuguese "Em", Indonesian "Dalam", Polish "W:" / "[w:]", Scandinavian "I:" before a book's editors
    r"|^\s*(?:(?:in|в|im|dans|en|em|dalam)\s*:?|w:|\[w:\]|(?-i:I):)\s+)"
)
PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "ter", "ten",
              "dos", "das", "bin", "al", "el", "van't", "zu", "vom"}
# Portuguese joins given names by "do" and "e" too: "Ana Paula dos Santos", "Maria do Carmo", "Maria e Silva".
GIVEN_PARTICLES = frozenset(PARTICLES | {"do", "e"})
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Words that name a body ("World Health Organization"): looked up among the lower-cased text's words, a set
# lookup per word where one regex of 250 alternatives was tried at every word boundary.
_BODY_WORDS = frozenset((
    "ministry|ministerstvo|министерство|organisation|organization|association|institute|university|"
    "council|commission|committee|department|agency|bank|government|office|service|society|"
    "centre|center|foundation|endowment|group|union|federation|secretariat|nations|bureau|board|world|"
    "company|corporation|corp|inc|ltd|gmbh|plc|llc|pjsc|jsc|ojsc|oyj|institution|collaboration|consortium|programme|program|network|fund|news|"
    "press|parliament|court|oecd|unesco|unicef|who|imf|nato|osce|initiative|alliance|"
    "forum|authority|coalition|partnership|observatory|panel|team|cabinet|кабинет|кабінет|party|parties|"
    "survey|academy|college|administration|laboratory|museum|library|treasury|kaznacheistvo|казначейство|"
    "centers|centres|institutes|services|ministries|agencies|departments|associations|organisations|organizations|"
    "foundations|authorities|societies|councils|committees|commissions|networks|academies|colleges|laboratories|museums|libraries|statistics|eurostat|destatis|rosstat|belstat|ukrstat|geostat|armstat|azstat|turkstat|istat|insee|investigators|collaborators|"
    "contributors|developers|maintainers|"  # software and wiki authors signing together: "PyTorch Contributors"
    "администрация|комитет|служба|правительство|росстат|белстат|укрстат|банк|бюро|фонд|центр|совет|комиссия|организация|"
    "ассоциация|палата|управление|департамент|академия|"
    # a learned society or union: "Российское кардиологическое общество", Ukrainian "Наукове товариство ім. Шевченка",
    # Belarusian "Таварыства беларускай мовы", "Союз журналистов", "Національна спілка письменників"
    "общество|товариство|таварыства|союз|спілка|"
    # ... and transliterated, as References print a body's name ("Federal'naya sluzhba gosudarstvennoi statistiki";
    # "Pravitel'stvo" splits at its soft sign)
    "sluzhba|komitet|agentstvo|pravitelstvo|pravitel|upravlenie|administratsiya|palata|universitet|akademiya|tsentr|"
    "sovet|"
    # a collective of authors signing as one: Czech and Slovak "kolektiv autorů", Russian "коллектив авторов"
    "kolektiv|kollektiv|коллектив|колектив|"
    # the same bodies in the languages of European national styles
    "ministerstwo|ministère|ministere|ministerium|bundesministerium|ministerio|ministero|ministério|ministerie|"
    "міністерство|instytut|instituto|istituto|institut|universidad|universidade|università|université|"
    "universität|universiteit|instituut|amt|uniwersytet|univerzita|urząd|úřad|úrad|ústav|akademie|komise|nadace|"
    "oficina|secretaría|secretaria|organización|organizzazione|comisión|commissione|"
    "comité|agence|agencia|agenzia|bundesamt|banque|banco|banca|fundación|fundação|fondation|stiftung|"
    "gobierno|governo|gouvernement|regierung|conseil|consejo|consiglio|институт|университет|агентство|"
    "інститут|університет|державна|"
    # parliaments by their own names: "Verkhovna Rada of Ukraine", "Saeima", "State Duma", "Milli Majlis"
    "rada|sejm|seimas|saeima|riigikogu|duma|khural|kenesh|majlis|mazhilis|senate|bundestag|knesset|storting|"
    "riksdag|assembly|congress|рада|дума|сейм|меджлис|мажилис|"
    # Turkish bodies, named with their possessive ending: "Cumhurbaşkanlığı İletişim Başkanlığı", "Dışişleri
    # Bakanlığı", "Türkiye İstatistik Kurumu", "Anadolu Ajansı", "Türk Devletleri Teşkilatı"
    "bakanlığı|başkanlığı|kurumu|müdürlüğü|üniversitesi|derneği|vakfı|ajansı|meclisi|enstitüsü|teşkilatı|konseyi|"
    # ... and Kazakh and Uzbek ones in Latin script, so named too: "Qazaqstan Respýblıkasy ... Ulttyq statıstıka
    # bıýrosy", "Qaraǵandy ýnıversıteti", "Oʻzbekiston Respublikasi Iqtisodiyot vazirligi", "Statistika agentligi"
    "mınıstrligi|agenttigi|bıýrosy|komıteti|ýnıversıteti|akademııasy|vazirligi|agentligi|qoʻmitasi|"
    "universiteti|akademiyasi|"
    # Indonesian and Malay bodies: "Kementerian Pendidikan dan Kebudayaan", "Jabatan Perangkaan Malaysia", "Dinas
    # Kesehatan Provinsi Jawa Barat", "Lembaga Ilmu Pengetahuan Indonesia", "Yayasan Obor Indonesia"
    "kementerian|kementrian|badan|jabatan|dinas|direktorat|lembaga|universitas|yayasan|perpustakaan|pemerintah"
).split("|"))
# Nordic bodies, named in one compound word: "Kunnskapsdepartementet", "Socialstyrelsen", "Skatteverket"; German
# and Dutch ones too: "Bundesagentur für Arbeit", "Statistisches Landesamt", "Centraal Planbureau", "Rijksinstituut",
# "Bundeszentrale für politische Bildung"
_BODY_ENDINGS = ("departement", "departementet", "direktoratet", "ministeriet", "styrelsen", "verket", "tilsynet",
                 "agentur", "bundesamt", "landesamt", "bureau", "instituut", "zentrale",
                 "sentralbyrå", "centralbyrån", "centralbyrå")  # Norway's and Sweden's statistics offices
_ABBREVIATED_BODY = re.compile(r"\b(?:ун-т|ин-т)\b")  # Russian "университет", "институт" cut short
_WORD_RUN = re.compile(r"\w+")


# Common given names: "Robert Service" is a person although "service" is a corporate cue.
GIVEN_NAMES = set("""james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark paul steven andrew kenneth george edward brian kevin timothy peter stephen
jonathan alexander nicholas henry neil martin simon philip ian alan graham roger hugh
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy margaret lisa anne
helen catherine emily rachel laura fiona angela olga anna elena natalia irina tatiana maria
sergey sergei andrey andrei dmitri dmitry vladimir alexei aleksei ivan nikolai mikhail yuri
viktor boris igor pavel fyodor grigory oleg vadim konstantin
hans jürgen ute ulrich dieter wolfgang manfred günter gerhard helmut rainer reinhart reinhard dietrich
jörg matthias bernd uwe ralf sabine claudia petra birgit susanne katja karin ulrike christiane
dittmar hartmut volker joachim""".split())  # German ones too, which humanities notes print first: "Ute Frevert, Title"


def _mostly_capitals(word: str) -> bool:
    """"VTsIOM": more capitals than small letters, three capitals at least ("McDonald", "DiCaprio" are names)."""
    upper = sum(ch.isupper() for ch in word)
    return word.isalpha() and upper >= 3 and upper > sum(ch.islower() for ch in word)


# Bodies named in one word that no body word, acronym or company form shows, standing where an author does
# ("Kremlin. 2014. “Address ...”", "Ofsted (2019) ..."); none is a family name.
_ONE_WORD_BODIES = frozenset("""kremlin ofsted ofcom ofgem ofwat ofqual gazprom rosneft rosatom roscosmos rostec
sberbank lukoil transneft gosplan comintern cominform politburo sovnarkom europol interpol frontex""".split())
# ... the endings of the compound names of Russian and Soviet-era bodies: a statistics office ("Kazstat"), an
# industry's holding ("Kazatomprom"), an oil or gas company ("Tatneft", "Turkmengaz", "Uzbekneftegaz"), an
# inspectorate ("Rospotrebnadzor"), a fleet or its agency ("Sovcomflot", "Rosmorrechflot")
_ONE_WORD_BODY_ENDINGS = ("stat", "prom", "neft", "gaz", "nadzor", "flot")
# ... and the Russian federal agencies named "Ros-" ("Рос-", "of Russia") and what they govern: "Rosnedra" (the subsoil),
# "Rosreestr" (the registry), "Rosgidromet", "Rosaviatsiya", "Rosimushchestvo", "Rossotrudnichestvo"; a family name
# opened by "Ros" ("Rosefielde", "Rosamond", "Rosenberg") goes on with no such word
_ROS_AGENCY = re.compile(r"(?i)(?:ros|рос)(?:nedra|reestr|gidromet|aviatsiya|gvardiya|molodezh|imushchestvo|sotrudnichestvo|"
                         r"rybolovstvo|leskhoz|avtodor|arkhiv|zheldor|turizm|vodresursy|transnadzor|недра|реестр|"
                         r"гидромет|авиация|гвардия|молодежь|имущество|сотрудничество|рыболовство|лесхоз|автодор|архив|"
                         r"желдор|туризм|водресурсы)")
# ... and a company's brand written with a capital inside ("OpenAI", "DeepMind", "YouTube"), which a surname has only
# after its prefix ("McDonald", "MacArthur", "DiCaprio", "LeBlanc", "ElBaradei")
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z]")
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|Fitz|D[aeiu]|Des|Del|Della|L[ae]|V[ao]n|Te[rn]|[AE]l|Ben|Bin|Abu|Ibn)[A-Z]")


def one_word_body_name(word: str) -> bool:
    """Is this one word a body's own name, listed or compound ("Kremlin", "Rosstat", "Rosmorrechflot"), not a brand?"""
    low = word.lower()
    return low in _ONE_WORD_BODIES or len(low) > 6 and low.isalpha() and low.endswith(_ONE_WORD_BODY_ENDINGS) \
        or bool(_ROS_AGENCY.fullmatch(low))


def _one_word_body(word: str) -> bool:
    """Is this lone word, printed with no given name as a list's only author, a body's name?"""
    return one_word_body_name(word) or bool(_INNER_CAPITAL.match(word)) and not _NAME_PREFIX.match(word)


def body_by_last_word(words: list[str]) -> bool:
    """"Amnesty International", "Human Rights Watch", "Freedom House", "Chatham House": bodies by their last
    word, which in a longer text ("... International Conference") names no body, nor after an initial ("E. House");
    so are their national chapters, the country's name after them ("Transparency International Georgia")."""
    if 3 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[-1].strip(".,").isalpha() \
            and body_by_last_word(words[:-1]):
        return True
    return 2 <= len(words) <= 3 and words[-1].strip(".,").lower() in _BODY_LAST_WORDS \
        and not any(_is_initials(w.strip(",")) for w in words[:-1])


# The last words of those bodies, and of companies named by what they make ("Cisco Systems", "Juniper Networks",
# "Texas Instruments", "Analog Devices", "Moderna Therapeutics"), and of laboratories ("Citizen Lab", "Kaspersky Lab",
# "Bell Labs"): no family name, nor the close of a person's name.
_BODY_LAST_WORDS = frozenset("""international watch house systems networks technology technologies instruments devices
semiconductors electronics industries pharmaceuticals therapeutics lab labs""".split())


# Countries a body's name may close with ("Sports Medicine Australia", "Cancer Research UK", "Engineers Canada"), none
# of them a common family name (unlike "England", "Ireland", "Wales", "France", "Jordan", "Holland").
_BODY_COUNTRIES = frozenset("""australia canada uk usa india nigeria kenya ghana scotland africa zealand singapore
malaysia norway sweden denmark finland germany japan china brazil mexico pakistan""".split())
# ... and those that are family names too, closing a body's name of three words or more ("Public Health England";
# "Jan England" is a person, and corporate_name reads "Mary Anne England" as one by her given name)
_BODY_COUNTRIES_AFTER_TWO = frozenset(("england", "ireland", "wales", "france"))


def _national_body(words: list[str]) -> bool:
    """"Sports Medicine Australia", "Cancer Research UK": capitalised words, no initials, closed by a country's name."""
    country = words[-1].strip(".,;").lower() if words else ""
    if len(words) == 2 and country in _BODY_COUNTRIES_AFTER_TWO:
        # "NHS England", "HSE Ireland": a body's acronym of three letters or more before the countries that are
        # family names too (two initials, "AJ England", are a person's)
        return len(words[0]) >= 3 and words[0].isupper() and words[0].isalpha()
    return 2 <= len(words) <= 5 \
        and (country in _BODY_COUNTRIES or len(words) >= 3 and country in _BODY_COUNTRIES_AFTER_TWO) \
        and all(w[:1].isupper() or w in ("and", "of", "for", "&") for w in words) \
        and not any(_is_initials(w.strip(",")) for w in words[:-1])


# A state's office named for the body that speaks for it, as its site signs: "President of Russia", "Prime Minister of
# Armenia", "Office of the President of Mongolia".
_STATE_OFFICE = re.compile(r"^(?:Office\s+of\s+the\s+)?(?:(?:Vice[- ])?President|Prime\s+Minister)\s+of\s+(?:the\s+)?[A-Z]")


# MNRAS "Press W. H., Teukolsky S. A., ...": one capitalised word and its initials is a person, though the word names
# bodies elsewhere ("Press", "Bank"); not a company's form ("Brill N.V.", "Nestlé S.A.")
_FAMILY_THEN_INITIALS = re.compile(rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?\s+"
                                   rf"(?!(?:N\.\s?V|B\.\s?V|S\.\s?A|A\.\s?G|A\.\s?S|P\.\s?C|L\.\s?P)\.$)(?:[{_UP}]\.\s?){{1,3}}")


# The last words of a body that no person's family name is ("Joseph Rowntree Foundation", "Paul Hamlyn Trust"), unlike
# "Bank", "Court" or "Press"
_BODY_NOT_SURNAME = frozenset(("foundation", "institute", "university", "ministry", "agency", "association", "society",
                               "council", "commission", "committee", "department", "organization", "organisation",
                               "trust", "centre", "center", "corporation", "endowment"))


def corporate_name(text: str) -> bool:
    """Is this author text a body ("World Health Organization") rather than a person?"""
    if text[-1:] == "." and _FAMILY_THEN_INITIALS.fullmatch(text.strip(" ,;")):
        return False
    if text[:1] in "OPV" and _STATE_OFFICE.match(text):
        return True
    words = text.split()
    if len(words) in (2, 3) and words[0].lower().strip(".,") in GIVEN_NAMES and words[-1][:1].isupper() \
            and words[-1].lower().strip(".,") not in _BODY_NOT_SURNAME:  # "Joseph Rowntree Foundation" is a body
        return False
    if body_by_last_word(words) or _national_body(words):
        return True
    low = text.lower()
    runs = _WORD_RUN.findall(low)
    if not _BODY_WORDS.isdisjoint(runs):
        return True
    if "/" in text and _COMPANY_FORM.search(text):
        return True
    if len(words) == 1 and _GLUED_COMPANY.match(text):
        return True
    # "verket", "tilsynet" name a body only as the end of a compound; the other endings alone too.
    if any(run.endswith(_BODY_ENDINGS) and run not in ("verket", "tilsynet") for run in runs):
        return True
    if "power " in low and _POWER_STATION.search(low):
        return True
    # GOST's academy cut short closing a body's name, "Белорус. гос. с.-х. акад." (an academician's "акад." opens a name)
    return "-т" in low and bool(_ABBREVIATED_BODY.search(low)) or low.endswith(" акад.")


_POWER_STATION = re.compile(r"\bpower\s+(?:plant|station)s?\b")  # "Ignalina Nuclear Power Plant"
# An author that names a body by what it is of, which no body word shows: a short name closed by its country's
# genitive ("Minekonomrazvitiya Rossii", "TsIK Rossii", "МВД России", "Natsbank Ukrainy"), or a party's or church's
# name opened by a nationality ("Georgian Dream", "European Solidarity", "Armenian Apostolic Church"). Read only in
# an author's span: a journal's or a title's words ("Istoriya Rossii", "Russian Politics") name no body.
# One word and what it is of, "Naftogaz of Ukraine", "Bank of Georgia" ("Elizabeth of York" has no family name
# either): no person's given name ends with "of", so the whole is one name, not given "Naftogaz of", family "Ukraine".
_NAMED_OF = re.compile(r"^[A-Z][\w-]+\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\.?$")
_NAMED_BY_COUNTRY = re.compile(
    r"^\S+(?:\s+\S+)?\s+(?:Rossii|России|Rossiyskoy\s+Federatsii|Российской\s+Федерации|Ukrainy|України|Belarusi|Беларуси|"
    r"Kazakhstana|Казахстана)\.?$"
    r"|^(?:Russian|Ukrainian|Belarusian|Moldovan|Georgian|Armenian|Azerbaijani|Kazakh|Kyrgyz|Uzbek|Tajik|Turkmen|"
    r"Lithuanian|Latvian|Estonian|European)(?:\s+[A-Z][a-z]+){1,3}\.?$")


# A company named in one word by gluing words together, which no word run shows: "StataCorp", "GlaxoSmithKline",
# "ExxonMobil", "YouGov" (a capital inside the word opening a word of its own after three small letters or more), or
# a company word glued on in lower case ("Microsoft", "Statacorp"). A family name's prefix before its capital
# ("MacDonald", "VanDyke", "FitzGerald", "BenDavid"; "McKinsey", "DiCaprio", "DeVries" have fewer letters) is none.
# An acronym glued to a word ("STMicroelectronics", "GEHealthcare") opens no person's name either (two capitals may:
# "OBrien", "DAmico", a name's apostrophe lost).
_GLUED_COMPANY = re.compile(r"^(?!(?:Mac|Van|Von|Vander|Der|Del|Della|Des|Fitz|Ben|Bar|Abu|Ibn|Ter|Ten)[A-Z])"
                            r"[A-Z][a-z]{2,}(?:[A-Z][a-z]*)*[A-Z][a-z]{2,}\.?$|^[A-Z][a-z]{2,}(?:corp|soft)\.?$"
                            r"|^[A-Z]{3,}[a-z]{4,}\.?$")

# A company's legal form written with a slash, which no word run shows: Danish and Norwegian "Novo Nordisk A/S",
# "Maersk Line A/S", "I/S", "K/S" (forms that are letters alone, "AG", "SA", "AB", are Vancouver initials too).
_COMPANY_FORM = re.compile(r"\s(?:A/S|I/S|K/S)\.?$")


@lru_cache(maxsize=100_000)
def _is_initials(word: str) -> bool:
    """Cached: name lists repeat their initials ("J.", "A.", "И. И.") and the test is three patterns."""
    return bool(_INITIALS.match(word)) or bool(_BARE_INITIALS.match(word)) or bool(_TRANSLITERATED_INITIALS.match(word))


# Whitespace before "." or ",": removed with a plain replacement (a "\1" template costs a
# Python-level call per sub in Python 3.11).
_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[.,])")
_DOTS = re.compile(r"\.{2,}")
# German lists join names with a slash, bare or spaced: "Müller, Hans/Schmidt, Peter", "Müller, H. / Schmidt, P."
# (German CSL styles print the spaced one); "and" in other languages, Polish "i" or Czech "a", is cut by
# _split_foreign_and, between whole names only.
# "M. Griffith – D.J. Mastronarde (edd.)": Italian lists join names by a spaced dash before the next initials, and
# inverted names by a spaced dash or hyphen after the initials ("Rossi, M. - Bianchi, L.") or the whole given name
# (Catalan and Hungarian styles' "Brandt, Kevin – Tanaka, Aiko")
# (a semicolon's list may close with "and" too: "Smith, John; Van Dyke, Anna Maria; and Lee Park")
_JOINER_FORMS = (r"\s*;\s*(?:(?:and|&|и)\s+)?|\s+(?:and|&|и|und|et|y|with)\s+|,\s*(?:and|&|и)\s+|(?<=[a-zäöüß.])/(?=[A-ZÄÖÜ])|\s+/\s+"
                 r"|(?<=[\w.])\s+[–—]\s+(?=(?:[A-Z]\.\s?)+[A-Z][a-z])"
                 rf"|(?:(?<=[{_UP}]\.)|(?<=[{_LOW}]))\s+[-–—]\s+(?=[{_UP}][{_LOW}]+(?:[-\s][{_UP}][{_LOW}]+)*,)")
# Every joiner opens with a space, ";", "," or "/": one test of it passes the letters of the names, where the five
# forms were each tried at every character.
_JOINERS = re.compile(rf"(?=[\s;,/])(?:{_JOINER_FORMS})")
_LIST_MARK = re.compile(r"[,;&]| and ")


# Letters IGNORECASE matches to a letter other than their lower case ("ſ" is "s", "ᲂ" is "о", "İ" is "i").
_FOLDED = re.compile("[ſıİ\u1c80-\u1c88]")


def _may_hold_role(span: str) -> bool:
    """False when _ROLE cannot match: a span with none of the letters its role words and "In:" need.
    _ROLE tries its alternatives at every position, and most name spans hold no role."""
    if not span.isascii() and _FOLDED.search(span):
        return True
    low = span.lower()
    return ("(" in low or "ed" in low or "tr" in low or "comp" in low or "hr" in low or "hg" in low
            or "herausgegeben" in low or "cura" in low or "dir" in low or "par " in low or "übers" in low or "сост" in low or "под" in low or "за" in low or "ред" in low
            or "пер" in low or "çev" in low or "coord" in low or "org" in low or low.lstrip().startswith(("in", "im", "dans", "в", "en", "em", "w:", "[w:]", "i:")))


_BODY_ACRONYM_OPEN = re.compile(r"\s\([A-ZА-ЯЁ][\w-]*$")  # "... Office of Georgia (Geostat", "... Bank (EDB"


def clean(span: str) -> str:
    """Drop role words, "et al." and outer punctuation from a name span."""
    low = span.lower()
    if "et" in low or "др" in low or "u." in low or "others" in low or " kol" in low or " in" in low or " col" in low:
        span = _ETAL.sub("", span)
    span = span.strip(" /;")
    for _ in (range(2) if _may_hold_role(span) else ()):  # a second pass only when the first took a role word off
        span, removed = _ROLE.subn(" ", span)
        if not removed:
            break
    if ")" in span and "(" not in span:
        span = span.replace(")", " ")  # the close of a bracket whose role word went: "(trans R Nice)."
    if "…" in span:
        span = span.replace("…", "...")  # APA 7's ellipsis before the last of 21 or more authors, typeset as one glyph
    span = _SPACE_BEFORE_MARK.sub("", span)
    if ".." in span:
        span = _DOTS.sub(".", span)
    stripped = span.strip(" ,;:(){}[]/–—-").strip()
    if stripped.endswith(".") and stripped[:-1].rsplit(None, 1)[-1:] and stripped[:-1].rsplit(None, 1)[-1] in PARTICLES:
        stripped = stripped[:-1]  # ABNT "FARIA, Carlos Aurélio Pimenta de." ends the list: a particle has no stop
    if stripped.count("(") > stripped.count(")") and span.rstrip(" ,;:.").endswith(")") \
            and _BODY_ACRONYM_OPEN.search(stripped):
        stripped += ")"  # "International Monetary Fund (IMF)": the body's own bracket closes it
    return stripped


def cut_short(span: str) -> bool:
    """Does a name span say its list goes on ("et al.", "и др.", "and others")? The names
    are dropped from the span, so the item must say it (``custom["et-al"]``, as BibTeX's
    "and others" does)."""
    low = span.lower()
    return ("et" in low and ("al" in low or "coll" in low) or "др" in low or "u." in span or "others" in low) and bool(
        _ETAL.search(span))


def _split_initials_tail(words: list[str]) -> tuple[list[str], list[str]]:
    """('Glaz'ev', ['S.Yu.']) style: trailing initials."""
    k = len(words)
    while k > 0 and _is_initials(words[k - 1]):
        k -= 1
    return words[:k], words[k:]


# One-syllable Chinese family names in the Russian (Palladius) spelling: Russian writes a Chinese name
# family name first ("Ли Синь", "Чжан Вэй", "Си Цзиньпин"), as Chinese does.
CHINESE_FAMILY_CYRILLIC = frozenset("""Ли Ван Чжан Лю Чэнь Чень Ян Чжао Хуан Чжоу Сюй Сунь Ху Чжу Гао Линь Хэ Го Ма Ло
Лян Сун Чжэн Се Хань Тан Фэн Юй Дун Сяо Чэн Цао Юань Дэн Фу Шэнь Цзэн Пэн Люй Су Лу Цзян Цай Цзя Дин Вэй Сюэ Янь
Пань Ду Дай Ся Чжун Тянь Жэнь Фань Фан Ши Яо Тань Ляо Цзоу Сюн Цзинь Хао Кун Бай Цуй Кан Мао Цю Цинь Гу Хоу Шао Мэн
Лун Вань Дуань Цянь Инь Чан Цяо Лай Гун Вэнь Лэй Хун Цзи Шан Мо Бо Си Нин Цэнь Чжай Би Гэ Цзинь Пэй Жун""".split())
# The same names in pinyin, as English-language notes print a Chinese author of a Chinese work, family name first
# ("Wang Hui", "Zhang Wei", "Yan Xuetong").
CHINESE_FAMILY_PINYIN = frozenset("""wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo
liang song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lü su lu jiang cai jia ding wei xue
yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao
meng long wan duan qian yin chang qiao lai gong wen lei hong ji shang mo bo xi ning cen zhai bi ge pei rong""".split())
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ao|"
                    r"an|ei|en|er|ia|ie|in|iu|ou|ua|uo|ui|un|ün|üe|ue|a|o|e|i|u|ü)")
# Words spelt wholly in pinyin syllables, as a romanized Chinese title or given name is ("Zhongguo jingji de xin
# changtai", "Xuetong", "Xi'an"); a Russian, Japanese or English title has words no syllables make ("v", "enerugī", "the").
PINYIN_WORDS = re.compile(rf"(?i)(?:{_PINYIN_SYLLABLE})+(?:(?:[,.:;!?]?\s+|[-'’])(?:{_PINYIN_SYLLABLE})+)*")
# How a Slavic family name ends ("Ян Петров" is a given name and a family name, as Polish "Jan").
_SLAVIC_FAMILY_END = re.compile(r"(?:ов|ев|ёв|ова|ева|ский|цкий|ская|цкая|енко|вич)$")


_CYRILLIC_NAME_WORD = re.compile(f"[{CYRILLIC_UP}][{CYRILLIC_LOW}'’]+(?:-[{CYRILLIC_UP}][{CYRILLIC_LOW}'’]+)?")


def family_first_patronymic(words: list[str]) -> bool:
    """'Рахмонова Делия Шамсиддиновна': three Cyrillic words of which only the last is a
    patronymic, so the first is the family name (CyberLeninka and eLibrary list authors so,
    without a comma); 'Иван Иванович Иванов' keeps the given names first."""
    return (len(words) == 3 and all(_CYRILLIC_NAME_WORD.fullmatch(w) for w in words)
            and bool(_PATRONYMIC.search(words[2])) and not _PATRONYMIC.search(words[1]))


def _chinese_family_first(words: list[str]) -> bool:
    """"Ли Синь", "Чжан Вэй": a Chinese family name of one syllable, written first, then the given name."""
    given = words[-1].rstrip(".")
    return (len(words) == 2 and words[0] in CHINESE_FAMILY_CYRILLIC and "А" <= given[:1] <= "Я"
            and given.replace("-", "").isalpha() and not _SLAVIC_FAMILY_END.search(given))


# Accented words that are given names, not the first of two Iberian family names ("M. José Aguilar",
# French "J. François Martin").
_IBERIAN_GIVEN = frozenset("""josé ángel ángeles andrés ramón jesús tomás nicolás inés raúl rubén sebastián julián
adrián joaquín agustín germán begoña ángela mónica verónica sofía lucía maría íñigo joão luís antônio antónio
márcio sérgio flávio fábio cláudio vânia conceição óscar víctor héctor félix françois françoise andré rené
émile étienne hélène gérard jérôme frédéric cécile léon thérèse""".split())
# Iberian family names: an accented letter ("Rodríguez", "Gonçalves") or the patronymic "-ez" ("Lopez").
_IBERIAN_FAMILY = re.compile(r"[áéíóúñãõçÁÉÍÓÚÑ]|ez$")


# The small words joining an Iberian compound family name: "Tuñón de Lara", "Sánchez de la Torre" (a list's "y"
# parts names before this is read).
_IBERIAN_JOINS = frozenset({"de", "del", "la", "las", "los"})


def _iberian_compound(words: list[str]) -> bool:
    """"C. Rodríguez Braun", "J. Fernández Albertos", "M. Tuñón de Lara": after the initials, two names (or two
    joined by "de", "de la") of which the first is an Iberian family name are all family name (but "S. Frederick Starr"
    has a middle name)."""
    return (2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in (words[0], words[-1]))
            and all(w in _IBERIAN_JOINS for w in words[1:-1])
            and _IBERIAN_FAMILY.search(words[0]) is not None and words[0].lower() not in _IBERIAN_GIVEN)


# A short capitalised word and a stop: an abbreviated given name ("Chr.", "Wm.") or a name's last word
# closing the sentence ("Mar.", "May.").
_WORD_AT_SENTENCE_END = re.compile(rf"^[{_UP}][{_LOW}]{{2}}\.$")


# Titles of office a cleric or ruler is known by, before a name taken in office ("Patriarch Kirill", "Metropolitan
# Hilarion", "Sheikh Zayed"): no given name, so the whole is one literal name (cf. "Bishop J." or "Bishop, J.",
# where the word is a family name)
# ("Sultan", "Emir" and "Imam" are given names too: "Sultan Akimbekov", "Emir Kusturica")
_OFFICE_TITLES = frozenset(("Patriarch", "Metropolitan", "Archbishop", "Archimandrite", "Bishop", "Catholicos",
                            "Cardinal", "Pope", "Sheikh", "Shaykh", "Mufti", "Ayatollah"))


def one_name(text: str) -> dict:
    """A single personal name (or a corporate one) as a CSL name object."""
    text = text.strip(" ,;")
    if not text:
        return {}
    if _CJK.search(text) and " " not in text:
        return {"literal": text.rstrip(".")}  # "林毅夫": one unsplit name, as Zotero's single field
    words = text.split()
    if corporate_name(text) or len(words) > 5:
        return {"literal": text.rstrip(".") if not _is_initials(words[-1]) else text}
    if len(words) > 1 and words[0] in _OFFICE_TITLES and "," not in text \
            and not any(_is_initials(w) for w in words[1:]):
        return {"literal": text.rstrip(".")}
    suffix = None
    # "Ford II" but not Vancouver "Petrov IV" (initials I.V.): a Roman-numeral suffix needs a given name.
    # ... and with the stop of the year's sentence after a whole name ("Carl L. Bankston III. 1998."; "Ivanov II." is
    # initialled)
    last = words[-1].rstrip(",")
    numeral = last[:-1] if len(words) > 2 and last[:-1].lower() in ("ii", "iii", "iv") and last[-1:] == "." else None
    if len(words) > 1 and (last.lower() in _SUFFIXES or numeral) and (
            len(words) > 2 or not last.isupper() or last == "II"):
        suffix = numeral or last
        words.pop()
    glued = _GLUED_INITIALS.match(words[0]) if len(words) == 1 else None
    if glued:
        # "B.Emmel", "J.A.Smith": initials a PDF copy glued to the family name, which no name of one word is
        return _with_particle(glued.group(2), glued.group(1), suffix)
    if "," in text and len(text.split(",")) == 2:
        family, given = (p.strip() for p in text.split(",", 1))
        if given.lower().rstrip(".") in {"jr", "sr"}:
            family, given = family, ""
        return _with_particle(family, given, suffix)
    head, tail = _split_initials_tail(words)
    if len(tail) == 1 and _WORD_AT_SENTENCE_END.match(tail[0]) and (
            len(head) > 1 and not any(_is_initials(w) for w in head) and all(w[:1].isupper() or w in PARTICLES for w in head)
            or len(head) == 1 and head[0].lower() in GIVEN_NAMES and _VOWEL.search(tail[0].upper())):
        # "Jonathan Del Mar.", "Anna May.": a whole name given first, its last word short and closed by the
        # sentence's stop, is no abbreviated given name after a family name ("Smith Chr."); of two words, the
        # first must be a known given name and the last hold a vowel ("Chr.", "Wm." hold none)
        return one_name(text[:-1])
    if not head and len(words) > 1 and len(words[0]) > 1 and words[0].isalpha() and words[0].isupper():
        head, tail = words[:1], words[1:]  # GB/T 7714 "HE K", "LI X Y": a short family name in capitals
    # Russian full names "Волков Андрей Сергеевич", "Volkov Andrei Sergeevich": family name, given
    # name, patronymic.
    # ("Роман Аркадьевич Абрамович" is given name and patronymic first; "Н. А. Межевич" initials.)
    # The statement's full stop may close it: "/ Нуриев Артур Рустемович."
    last = words[-1].removesuffix(".") if len(words) == 3 else ""
    if (last and not tail and _PATRONYMIC.search(last) and not _PATRONYMIC.search(words[1])
            and all(w[:1].isupper() and w.isalpha() for w in (words[0], words[1], last))):
        return _with_particle(words[0], f"{words[1]} {last}", suffix)
    # French "DUBET François", "LE GALL Anne": a family name in capitals before the given names.
    # Bare initials in capitals ("DS Reimer", "CK Weaver", "A-L Heusala") are short or have no vowel.
    caps = 0
    while caps < len(words) - 1 and len(words[caps]) > 1 and words[caps].replace("-", "").isalpha() \
            and words[caps].isupper():
        caps += 1
    # ... and "POSNER Richard A.": middle initials may close the given names
    if caps and len(words) - len(tail) > caps and any(len(w.replace("-", "")) > 2 and _VOWEL.search(w)
                                                      for w in words[:caps]) \
            and all(w[:1].isupper() and not w.isupper() for w in words[caps:len(words) - len(tail)]):
        return _with_particle(" ".join(words[:caps]), " ".join(words[caps:]), suffix)
    if head and tail:  # "Zverev R.", "Smith JA", "Иванов И. И."
        return _with_particle(" ".join(head), _dot_bare(" ".join(tail)), suffix)
    if _chinese_family_first(words):
        return _with_particle(words[0], words[1].rstrip("."), suffix)
    initials = 0
    while initials < len(words) - 1 and _is_initials(words[initials]):
        initials += 1
    if initials and _iberian_compound(words[initials:]):
        return _with_particle(" ".join(words[initials:]), " ".join(words[:initials]), suffix)
    k = 0
    while k < len(words) - 1 and (_is_initials(words[k]) or (k > 0 and words[k][:1].isupper() and k < len(words) - 1)
                                  and words[k].lower() not in PARTICLES):
        k += 1
    if k == 0 and len(words) > 1:
        k = len(words) - 1
    # Particles belong with the family name: "Ludwig van Beethoven".
    while k > 0 and words[k - 1].lower() in PARTICLES:
        k -= 1
    given, family = " ".join(words[:k]), " ".join(words[k:])
    if 1 < len(given) < 4 and given.isalpha() and given.isupper():
        # two or three initials run together without points before the family name, as styles printing given names
        # first with no stops do ("JA Ocampo", "EV Lobkova"): "J.A.", as Vancouver's "Ocampo JA" is read, not one
        # given name "JA"; one initial, a hyphenated or a spaced pair ("K Aitamurto", "A-L Heusala", "C E Smith")
        # reads the same either way and stays as printed
        given = _dot_bare(given)
    return _with_particle(family, given, suffix)


def _dot_bare(given: str) -> str:
    """Vancouver "JA" -> "J.A." and IOP's spaced "A V" (after the family name, "Petrov A V") -> "A. V.", so initials
    compare equal across styles."""
    if _BARE_INITIALS.match(given) and given.isupper():
        return ".-".join(given.rstrip(".").split("-")) + "." if "-" in given else ".".join(given.rstrip(".")) + "."
    if " " in given and all(_BARE_INITIAL.fullmatch(word) for word in given.split()):
        return ". ".join(given.split()) + "."
    if _TRANSLITERATED_INITIALS.match(given):
        return ".".join(_TRANSLITERATED_LETTER.findall(given)) + "."
    return given


# A whole given name closed by the sentence's stop, hyphenated too ("Robert.", "Jean-Paul.", "Kasym-Zhomart."; not
# "Hans-J.", whose last part is an initial), and an Arabic one with its ʿayn or hamza ("ʿĀbid.", "Saʿīd.").
_FULL_NAME_DOT = re.compile(rf"(?:^|\s)[ʿʾ]?(?:[{_UP}][{_LOW}ʿʾ]+-)*[{_UP}][{_LOW}ʿʾ]{{2,}}\.$")


_BARE_INITIAL = re.compile(rf"[{_UP}]")


def _dot_middle_initials(given: str) -> str:
    """Middle initials printed without their points after a whole given name (OSCOLA's "David R Marples",
    "John A B Smith") get them: "David R.", "John A. B."; bare initials alone ("C E") are left as printed."""
    words = given.split()
    for k in range(1, len(words)):
        if _BARE_INITIAL.fullmatch(words[k]) and (words[k - 1][-1:].islower() or words[k - 1].endswith(".") and k > 1):
            words[k] += "."
    return " ".join(words)


def _with_particle(family: str, given: str, suffix: str | None) -> dict:
    name = {}
    parts = family.split()
    lead = []
    while len(parts) > 1 and parts[0].lower() in PARTICLES and parts[0].islower():
        lead.append(parts.pop(0))
    if lead:
        name["non-dropping-particle"] = " ".join(lead)
    name["family"] = " ".join(parts).strip(" ,.") if not parts or not parts[-1].endswith(".") or len(parts[-1]) > 3 \
        else " ".join(parts).strip(" ,")
    gparts = given.split()
    trail = []
    while gparts and gparts[-1].lower().rstrip(".") in PARTICLES and gparts[-1].islower():
        trail.insert(0, gparts.pop().rstrip("."))  # "SANTOS, Paulo R. dos.": the dot ends the name
    if trail:
        name["non-dropping-particle"] = " ".join(trail + lead)
    if gparts:
        given = " ".join(gparts).strip(" ,")
        # "Darnton, Robert." ends the name list with the sentence: a full given name's dot
        # is punctuation, an initial's ("J.", "Wm.") is not.
        given = given[:-1] if _FULL_NAME_DOT.search(given) else given
        name["given"] = _dot_middle_initials(given) if " " in given else given
    if suffix:
        name["suffix"] = suffix
    if name.get("family"):
        name["family"] = name["family"].rstrip(".") if not _is_initials(name["family"]) else name["family"]
    return name


_OF_FOR = re.compile(r"\s(?:of|for)\s")


_INITIAL_IN = re.compile(r"(?<!\w)\w\.")  # "S. Agostinelli", "S.Agostinelli", "J.P.A."


def _body_first(text: str) -> bool:
    """Does a body named in two or more words come before the list's first comma?"""
    first = text.split(",", 1)[0]
    return "," in text and ";" not in text and len(first.split()) > 1 and corporate_name(first)


# A body's office, department or unit named after it: "World Health Organization, Regional Office for
# Europe", "Ministry of Finance, Department of Tax Policy", "Министерство финансов, Департамент ...".
SUB_UNIT = re.compile(r"(?i)(?:(?:regional|country|liaison|field|central|statistical|executive)\s+)?"
                      r"(?:office|department|directorate(?:-general)?|division|bureau|branch|section|unit|"
                      r"secretariat|mission|delegation|representation|департамент|управление|отдел)\b")


def _one_body_with_commas(text: str) -> bool:
    """"Ministry of Labour, Employment and Social Protection", "Ministerstwo Rodziny, Pracy i Polityki
    Społecznej": after a body named first (_body_first), the name goes on past the comma with what it
    is of, which is neither another body ("World Bank, IMF") nor a person (no initials, no given name);
    or with one of its units ("World Health Organization, Regional Office for Europe"), which is no
    body of the same kind as the first ("Department of State, Department of Defense" are two)."""
    parts = [part.strip() for part in text.split(",")]
    head = parts[0].split()[0].lower()
    return "&" not in text and all(
        part[:1].isupper() and not _INITIAL_IN.search(part) and part.split()[0].lower() not in GIVEN_NAMES
        and (not corporate_name(part) or SUB_UNIT.match(part) and part.split()[0].lower() != head)
        for part in parts[1:])


# A body's name with the fields it covers listed after a comma ("National Academies of Sciences, Engineering, and
# Medicine"): one name, its first part a body.
_FIELDS_AFTER_BODY = re.compile(r"^([^,;&]+?),(?:\s+[A-Z][a-z]+,)*\s+(?:and|&)\s+[A-Z][a-z]+\.?$")
# A company's name with its legal form after a comma, the name holding no other comma or list mark.
_COMMA_LEGAL_FORM = re.compile(r"^[^,;&]+,\s*(?:Inc|Ltd|LLC|L\.L\.C|Corp|plc|PLC|GmbH|S\.A|N\.V|B\.V|PJSC|JSC|Oyj)\.?$")
_NEXT_INVERTED = re.compile(rf"(,\s*[^,.;]*[{_LOW}]{{2}})\.\s+(?=[{_UP}][^\s,]*,)")
# A transliterated Slavic or Armenian family name (-ov, -eva, -in, -ich, -skii, -enko, -yan, ...) before a dotted pair
# that is also a legal form ("N.V.", "S.A.", "B.V.", "K.K.") is a person's with two initials, as Russian journals'
# References print them ("Zubarevich N.V. (2014).", "Ivanova, S.A. (2019)."), not a company ("Philips N.V.").
_TRANSLITERATED_FAMILY = re.compile(r"[A-Z][\w'’ʹ-]*(?:ov|ova|ev|eva|in|ina|yn|yna|ich|sky|skiy|skii|skaya|skaia|aya|enko|yan|ian|uk|yuk)")
_DOTTED_PAIR = re.compile(r"[A-Z]\.[A-Z]\.?")


def _initials_not_form(text: str) -> bool:
    """Is ``text`` ("Zubarevich N.V.", "Ivanova, S.A.") a transliterated family name and two initials?"""
    name, _, form = text.strip(" ,").rpartition(" ")
    return bool(_TRANSLITERATED_FAMILY.fullmatch(name.rstrip(",")) and _DOTTED_PAIR.fullmatch(form))


# A country's dotted abbreviation opening a body's name ("U.S. Food and Drug Administration", "U.K. Home
# Office") is no person's initials.
_COUNTRY_ABBREVIATIONS = {"U.S.", "U.S.A.", "U.K.", "U.N.", "E.U."}


def _person_words(text: str) -> list[str]:
    """The words of ``text`` that could be a person's, a leading country abbreviation left out."""
    words = text.split()
    return words[1:] if words and words[0] in _COUNTRY_ABBREVIATIONS else words


# The words a medical study group's name ends with: "... Collaborators", "RECOVERY Collaborative Group", or the
# trial or study it serves after them ("Writing Committee for the ABC Trial").
_STUDY_GROUP = re.compile(r"\b(?:Collaborators|Investigators|Collaborative Group|Study Group|Working Group|"
                          r"Writing Group|Writing Committee|Consortium)"
                          r"(?:\s+(?:for|of|on)(?:\s+the)?(?:\s+[A-Z\d][\w-]*){1,4})?\.?$")  # "... for the ABC Trial"


_ABBREVIATED_LEGAL_FORM = re.compile(r"\s(?:Inc|Ltd|Corp|Co|Bros|p\.l\.c|S\.p\.A)\.$")  # "Intel Corp.", "BP p.l.c."

# A company's name and its legal form after it, no comma between. A form spelled with small letters ("Siemens GmbH",
# "BP p.l.c.", "Eni S.p.A.") names a company wherever it stands; one of capitals alone ("Siemens AG", "Ericsson AB",
# "Airbus SE", "Philips N.V.", "Equinor ASA") is Vancouver's initials too ("Smith AB"), so it makes a body only where
# the entry or its list shows one (letter_form_body).
_NAME_BEFORE_FORM = r"^[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3}\s+"
_SPELLED_LEGAL_FORMS = ("GmbH", "plc", "p.l.c", "S.p.A", "SpA", "Oyj")
_SPELLED_LEGAL_FORM = re.compile(_NAME_BEFORE_FORM + f"(?:{'|'.join(map(re.escape, _SPELLED_LEGAL_FORMS))})" + r"\.?$")
_LETTER_LEGAL_FORM = re.compile(_NAME_BEFORE_FORM + r"(?:AG|AB|SE|SA|S\.A\.|NV|N\.V\.|BV|B\.V\.|ASA|AS|KK|K\.K\.|PLC)\.?$")


def body_name(text: str) -> str:
    """A body's name without the sentence's stop, which an abbreviated legal form keeps ("Intel Corp.")."""
    text = text.strip(" ,")
    return text if _ABBREVIATED_LEGAL_FORM.search(text) else text.rstrip(".")


def letter_form_body(span: str) -> bool:
    """Is ``span`` a name and a legal form of capitals alone ("Siemens AG"), which may be initials?"""
    return bool(_LETTER_LEGAL_FORM.match(span.strip(" ,"))) and not _initials_not_form(span)


# A sentence naming a book's editors or translators by "by": its names are written given name first.
_ROLE_BY = re.compile(r"(?i)^\s*(?:edited|translated|compiled|selected)(?:,? and (?:edited|translated|introduced))? by\s")

_WHOLE_NAME_STOP = re.compile(r"\s[A-Z][a-z]*[aeiouy][a-z]*\.$")  # "Ann Lee.", "Ann Wu.", not "Chr." nor "B."

_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # a given name as two or three dotted initials: "J.R."


def parse_names(span: str) -> list[dict]:
    """All names in one author/editor span."""
    text = clean(span)
    if not text:
        return []
    if text.endswith(".") and _ROLE_BY.match(span) and "," not in text and _WHOLE_NAME_STOP.search(text) \
            and text[:-1].rsplit(None, 1)[-1].lower() not in _SUFFIXES:
        text = text[:-1]  # "Edited by Ann Lee.": the stop is the sentence's, after a family name, not an initial's
    if _COMMA_LEGAL_FORM.search(text) and not _initials_not_form(text):
        return [{"literal": text.rstrip(" ,")}]  # "Tesla, Inc.", "Acme Holdings, Ltd.": one company, its form after a comma
    if text.rstrip("\n.").endswith(_SPELLED_LEGAL_FORMS) and _SPELLED_LEGAL_FORM.match(text):
        return [{"literal": body_name(text)}]  # "Robert Bosch GmbH", "BP p.l.c.": the form after the name
    fields = _FIELDS_AFTER_BODY.match(text) if ", and " in text or ", & " in text else None
    if fields and corporate_name(fields.group(1)):
        # "National Academies of Sciences, Engineering, and Medicine": one body, the fields it covers in a list
        return [{"literal": text.rstrip(" ,.")}]
    group_after = " and the " in text and bool(_STUDY_GROUP.search(text))
    if _STUDY_GROUP.search(text) and not re.search(r"[,;&]", text) and not group_after:
        # "GBD 2019 Diseases and Injuries Collaborators": a study group is one body, whatever "and" it holds (but
        # "John Smith and the RECOVERY Collaborative Group" names a person and the group)
        return [{"literal": text.rstrip(".")}]
    if text[:1].isupper() and _NAMED_BY_COUNTRY.match(text):
        return [{"literal": text.rstrip(".")}]
    if " of " in text and _NAMED_OF.match(text):
        return [{"literal": text.rstrip(".")}]
    if corporate_name(text) and not group_after and (not _LIST_MARK.search(text) or not re.search(r"[,;&]", text) and (
            not all(corporate_name(part) for part in text.split(" and ")) and not any(map(_is_initials, _person_words(text)))
            or _OF_FOR.search(text.split(" and ")[0]))):
        # "Ministry of Economic Development and Trade" and "Department of Health and Human Services"
        # are one body each ("and" joins what the body is of or for); "World Bank and IMF" are two; a company's
        # abbreviated form keeps its stop ("Intel Corp.")
        return [{"literal": body_name(text)}]
    if _body_first(text):
        if _one_body_with_commas(text):
            return [{"literal": text.rstrip(".")}]
        body, _, rest = text.partition(",")
        if any(_is_initials(part.strip()) for part in rest.split(",")):
            # AAS "Astropy Collaboration, Price-Whelan, A. M., Lim, P. L., et al.": the body, then persons written
            # family name first, their initials a comma part of their own
            return parse_names(body) + parse_names(rest)
        # "World Bank, IMF", "Department of Health, R. Smith": the comma parts a body from the next name.
        return [name for part in text.split(",") if part.strip() for name in parse_names(part)]
    # "...; под ред. А. А. Орлова": each part's role word goes; "ASSAL, Jean-Philippe. LACROIX,
    # Anne.": a full stop after a whole given name, before the next inverted name, separates them.
    if "," in text and "." in text:
        text = _NEXT_INVERTED.sub(r"\1; ", text)
    chunks = [clean(chunk) for part in _JOINERS.split(text) for chunk in _split_foreign_and(part)]
    # "Smith, J., Lee, K., and the ABC Study Group": the article before a body closing the list is the sentence's
    chunks[1:] = [chunk[4:] if chunk.startswith("the ") and corporate_name(chunk[4:]) else chunk
                  for chunk in chunks[1:]]
    # "Julian Cooper, Maureen Perrie, and E. A. Rees": the last name may open with initials when the names
    # before it are whole given-name-first names
    # (a semicolon parts whole names: "Smith, John; Van Dyke, Anna Maria; and Lee Park" has no such list); a body
    # closing the list ("John Smith, Karen Lee, and the ABC Study Group") leaves the persons' order to the persons
    people = chunks[:-1] if len(chunks) > 1 and (_STUDY_GROUP.search(chunks[-1]) or corporate_name(chunks[-1])) \
        else chunks
    given_first = len(people) > 1 and ";" not in text and bool(
        _GIVEN_FIRST.match(people[-1]) or _INITIALS_FIRST.match(people[-1]) and all(
            _GIVEN_FIRST.match(part.strip()) for chunk in people[:-1] for part in chunk.split(",") if part.strip())
        # LSA "Bresnan, Joan, Anna Cueni, Tatiana Nikitina & R. Harald Baayen": an initial and a given name open the
        # last name, the ones between it and the inverted first name are given name first
        or _INITIAL_AND_NAME_FIRST.match(people[-1]) and _inverted_then_given_first(people[:-1]))
    # "James Laudon, Daniel Lenoski.": with no "and", commas part whole names given first when every part
    # opens with a known given name (an inverted "Laudon, James" has a one-word part); before a closing body
    # ("Daniel Reyes, Amal Haddad, and the ...") the first one's is enough
    if not given_first and len(people) == 1:
        parts = [part.strip() for part in people[0].split(",") if part.strip()]
        known = parts[:1] if people is not chunks else parts
        # three or more parts each a whole name ("Tom Brown, Benjamin Mann, Nick Ryder, et al."): no inverted
        # reading pairs them
        given_first = len(parts) > 1 and all(_GIVEN_FIRST.match(part) for part in parts) \
            and (all(part.split()[0].lower() in GIVEN_NAMES for part in known) or len(parts) >= 3)
    names = []
    for chunk in chunks:
        names.extend(_split_commas(chunk, given_first))
    out = []
    for name in names:
        if not any(name.get(k) for k in ("family", "given", "literal")):
            continue
        # "Nye, J. S., Jr.": a suffix split off by its comma joins the name before it.
        if out and set(name) == {"family"} and name["family"].lower().rstrip(".") in {"jr", "sr", "ii", "iii"}:
            out[-1]["suffix"] = name["family"]
            continue
        # A lone all-capitals word with no given name is an acronym: "OECD", "UNESCO", and so is one transliterated
        # with its "Ts" for "Ц" ("VTsIOM", "TsIK"): mostly capitals, three or more of them; a lone word known to
        # name a body ("Kremlin", "Gazprom", "OpenAI") is a body too.
        if set(name) == {"family"} and len(name["family"]) > 1 and len(names) == 1 and (
                name["family"].isupper() or _mostly_capitals(name["family"]) or _one_word_body(name["family"])):
            name = {"literal": name["family"]}
        out.append(name)
    # Vancouver "Ivanov II, Petrov PP": among names given by bare initials, "II" is initials too.
    if len(out) > 1 and any(_DOTTED_INITIALS.fullmatch(n.get("given", "")) for n in out):
        for name in out:
            if set(name) == {"family", "suffix"} and re.fullmatch(r"I{2,3}|IV", name["suffix"]):
                name["given"] = _dot_bare(name.pop("suffix"))
    return out


# "and" in other languages: Turkish "ve", Norwegian/Danish "og", Swedish "och", Dutch "en",
# Portuguese/Italian "e", Polish "i"/"oraz", Czech/Slovak "a", Hungarian "és", Finnish "ja", and the terms of CSL's
# other locales the official styles print: Indonesian and Malay "dan", Ukrainian "і", Romanian "și", Latvian "un",
# Lithuanian "ir", Basque "eta", Vietnamese "và", Greek "και".
_FOREIGN_ANDS = ("ve", "og", "och", "en", "e", "i", "oraz", "a", "és", "ja", "dan", "і", "și", "un", "ir", "eta", "và",
                 "και")
_FOREIGN_AND = re.compile(rf"\s+(?:{'|'.join(_FOREIGN_ANDS)})\s+(?=[{_UP}])")
_FOREIGN_AND_WORDS = frozenset(_FOREIGN_ANDS)
_ENDS_INITIAL = re.compile(rf"(?:^|[\s.])[{_UP}][{_LOW}]?\.$")


def _split_foreign_and(text: str) -> list[str]:
    """Cut at a foreign "and" only between whole names: after an inverted name ("Boratav, K.
    ve Yeldan, E.", "KABELE, Jiří a Lenka HÁJKOVÁ") or an initial, or before one ("J. Smith og
    K. Berg"); "Puig i Cadafalch" and "Silva e Sousa" are one family name each."""
    if _FOREIGN_AND_WORDS.isdisjoint(text.split()):  # the word stands between spaces: a set test before the scan
        return [text]
    out, start = [], 0
    for m in _FOREIGN_AND.finditer(text):
        before, after = text[start:m.start()], text[m.end():]
        if "," in before or _ENDS_INITIAL.search(before) or _is_initials(after.split(None, 1)[0]):
            out.append(before)
            start = m.end()
    return out + [text[start:]]


# The list may end the sentence: "..., and Jeff Dean. 2013." (ACM), "..., and Joseph S. Nye. 1977."
_INITIALS_FIRST = re.compile(rf"^(?:[{_UP}]\.\s?)+[{_UP}][{_LOW}'’-]+\.?$")
# (a family name joined by a hyphen may open its second part with a capital: "Jean Pouget-Abadie")
_GIVEN_FIRST = re.compile(rf"^[{_UP}][{_LOW}]+(?:\s+[{_UP}]\.)?(?:\s+[{_UP}][{_LOW}'’-]+(?:-[{_UP}][{_LOW}'’]+)?)+\.?$")


_INITIAL_AND_NAME_FIRST = re.compile(rf"^[{_UP}]\.\s?[{_UP}][{_LOW}]+\s+[{_UP}][{_LOW}'’-]+\.?$")  # "R. Harald Baayen"


def _inverted_then_given_first(chunks: list[str]) -> bool:
    """"Bresnan, Joan, Anna Cueni, Tatiana Nikitina": one family name and its given name, then whole names."""
    parts = [part.strip() for chunk in chunks for part in chunk.split(",") if part.strip()]
    return len(parts) >= 3 and len(parts[0].split()) == 1 and all(_GIVEN_FIRST.match(part) for part in parts[2:])


def _split_commas(chunk: str, given_first: bool = False) -> list[dict]:
    parts = [p.strip() for p in chunk.split(",") if p.strip()]
    if not parts:
        return []
    if len(parts) == 1:
        if given_first and _GIVEN_FIRST.match(parts[0]) and not parts[0].lower().endswith((" jr.", " sr.")):
            return [one_name(parts[0].rstrip("."))]  # the dot of "Nye." ends the list: no initial
        return [one_name(parts[0])]
    if not given_first and _surname_first_list(parts):
        # Vancouver's "Adeyemi S, Okafor Chinedu, Bello T": a list whose names are written family name first, no comma
        # inside them, writes a whole given name after its family name too
        return [{"family": part.split()[0], "given": part.split()[1].rstrip(".")} if _TWO_WHOLE_WORDS.fullmatch(part)
                else one_name(part) for part in parts]
    if given_first and all(_GIVEN_FIRST.match(part) for part in parts):
        # "Eugene Rumer, Dmitri Trenin, and Huasheng Zhao": every part a whole given-name-first
        # name, none a family name waiting for its given names ("Smith, John" has a one-word
        # part; "Van Dyke, Anna Maria" alone has no such list around it).
        return [one_name(part) for part in parts]
    out = []
    i = 0
    while i < len(parts):
        part = parts[i]
        words = part.split()
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        # Vancouver "Casey DE Jr, Collins KJ": the suffix after the initials leaves the name whole
        suffixed = len(words) > 2 and words[-1].lower().rstrip(".") in {"jr", "sr"}
        head, tail = _split_initials_tail(words[:-1] if suffixed else words)
        # "DE LA CRUZ, M.": a family name in capitals may open with its particle, which is no initials,
        # when given names follow ("M. Babert de Juillé", a particle before a name, is a name of its own)
        capital_particle = part.isupper() and words[0].lower() in PARTICLES and nxt is not None and not any(
            w in PARTICLES and nxt_w[:1].isupper() for w, nxt_w in zip(nxt.split(), nxt.split()[1:]))
        complete = bool(head and tail) or (len(words) > 1 and _is_initials(words[0]) and not capital_particle) \
            or _chinese_family_first(words) or _capitals_and_given(words) \
            or len(words) == 1 and _GLUED_INITIALS.match(part)  # "P.Kovacs"
        # "Starr, S. Frederick" alone in its chunk: an initial and a middle name are given names too; so they are
        # for the inverted first name of a list closed by given-name-first names ("Mankiw, N. Gregory, David Romer, and ...")
        middle = (len(parts) == 2 or given_first and i == 0) and nxt is not None and _INITIAL_THEN_NAME.match(nxt) \
            and not corporate_name(nxt)  # "D. University" is no given name
        # "hooks, bell": a name its bearer writes in lower case has its given name in lower case too
        lower_case = len(parts) == 2 and nxt is not None and part.isalpha() and part.islower() and len(part) > 2 \
            and nxt.rstrip(".").isalpha() and nxt.islower() and len(nxt) > 2
        # "Guerrieri, Veronica, Guido Lorenzoni, Ludwig Straub, and Iván Werning": in a list closed by a
        # given-name-first name, every name after the inverted first one is given-name-first too
        if out and given_first and _GIVEN_FIRST.match(part):
            out.append(one_name(part))
            i += 1
            continue
        if nxt is not None and not complete and (_looks_given(nxt) or middle or lower_case):
            if nxt.lower().rstrip(".") in {"jr", "sr"}:
                out.append(_with_particle(part, "", nxt))
            elif lower_case:
                out.append({"family": part, "given": nxt.rstrip(".")})
            else:
                out.append(_with_particle(part, _dot_bare(nxt), None))
            i += 2
            continue
        out.append(one_name(part))
        i += 1
    return out


def _capitals_and_given(words: list[str]) -> bool:
    """Turkish and French notes' "RAHMAN Nadia, Tobias KELLER, Jun WATANABE": a family name in capitals (three letters
    or more, a vowel after the first: not Vancouver's initials, "Schols AMWJ") beside a whole given name is a whole
    name, not a family name whose given names are the next comma part."""
    return len(words) > 1 and any(w[:1].isupper() and not w.isupper() for w in words) and any(
        len(w) > 2 and w.replace("-", "").isalpha() and w.isupper() and _VOWEL.search(w, 1) for w in words)


# "Okafor Chinedu"; not "Wang Ch", whose two letters are a transliterated initial
_TWO_WHOLE_WORDS = re.compile(rf"[{_UP}][{_LOW}'’-]+ [{_UP}][{_LOW}'’-]{{2,}}\.?")


def _surname_first_list(parts: list[str]) -> bool:
    """Is each comma part one whole name written family name first ("Adeyemi S", "Bello TA.")? So it is when a part
    is a family name and its initials with no comma, no part is initials alone (an inverted "Adeyemi, S." pair), and
    every other part is two whole words, no body's."""
    ordered = False
    for part in parts:
        words = part.split()
        head, tail = _split_initials_tail(words)
        if not head:
            return False
        if tail and len(head) == 1:
            ordered = True
        elif not _TWO_WHOLE_WORDS.fullmatch(part) or corporate_name(part):
            return False  # "World Bank" is no name
    return ordered and any(_TWO_WHOLE_WORDS.fullmatch(part) for part in parts)


_GLUED_INITIALS = re.compile(r"([A-Z]\.(?:-?[A-Z]\.)*)([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\.?$")  # "B.Emmel": see one_name
_INITIAL_THEN_NAME = re.compile(rf"^[{_UP}]\.\s?[{_UP}][{_LOW}]+\.?$")  # "S. Frederick", "J. Robert." closing its sentence
_AYN_HAMZA = "ʿʾ"  # the transliteration's ʿayn and hamza (modifier letters, no case) before a name's capital


def _looks_given(part: str) -> bool:
    words = part.split()
    while len(words) > 1 and words[-1] in PARTICLES:
        words.pop()  # Dutch "Veen, R. van der": the particle written after the initials
    # up to three names, particles aside: "Ana Paula dos Santos", "Maria do Carmo"
    if not words or sum(w not in GIVEN_PARTICLES for w in words) > 3:
        return False
    if all(_is_initials(w) for w in words):
        return True
    # "Smith, John" / "Smith, John A.": given names, provided no word is initials-led family; IJMES writes an
    # Arabic name's ʿayn and hamza before its capital ("al-Jābirī, Muḥammad ʿĀbid", "Ḥasan, ʿAlī")
    return all(w.lstrip(_AYN_HAMZA)[:1].isupper() or w.rstrip(".") in GIVEN_PARTICLES for w in words) and not (len(words) > 1 and _is_initials(words[-1]) is False
                                                        and _is_initials(words[0]))

"""News outlets a note names: agencies, newspapers, broadcasters and news sites.

Notes name the outlet where an author would stand ("Azattyk, ‘Sadyr Japarov …’, 6 October 2020")
as they name a body that authors a document ("Government of Georgia, ‘…’"); only knowing the outlet
tells the two apart. An outlet is a name this list knows, a news site's domain ("24.kg", "Lenta.ru")
or a name built on an outlet word ("Moscow Times", "Interfax News Agency") with no body word left
once those words are taken out ("Ministry of Information Press Service" is a body).
"""

from __future__ import annotations

import re
from contextvars import ContextVar

from .names import GIVEN_NAMES, corporate_name

OUTLETS = frozenset(line.strip().lower() for line in """
Reuters|TASS|ITAR-TASS|Interfax|Interfax-Kazakhstan|Interfax-Ukraine|AFP|Agence France-Presse|AP|Associated Press
BBC|CNN|Al Jazeera|Xinhua|Bloomberg|Forbes|Politico|Axios|Euronews|France 24|Deutsche Welle|DW|Sputnik|RT|NPR|PBS
RFE/RL|Radio Liberty|Radio Free Europe|Radio Free Europe/Radio Liberty|Azattyk|Azattyq|Ozodi|Ozodlik|Radio Azattyk
Kazinform|Kabar|Khovar|UzA|Dunyo|Turkmenportal|Trend|Armenpress|Civil.ge|Agenda.ge|Interpressnews|BelTA
Fergana|Ferghana|Eurasianet|EurasiaNet|Meduza|Mediazona|Novaya gazeta|Nezavisimaya gazeta|Rossiiskaya gazeta
Rossiyskaya gazeta|Kommersant|Kommersant-Vlast|Vedomosti|Izvestiya|Izvestia|RIA Novosti|RBC|RBK|Regnum|Lenta|Gazeta
Fontanka|Znak|Rosbalt|Vlast|Tengrinews|Zakon|Orda|Kursiv|AKIpress|Kaktus|Kloop|Asia-Plus|Kun|Podrobno
Nasha Niva|Belsat|Zerkalo|Euroradio|Charter 97|Onliner|Naviny|Svaboda|Novy Chas|KazTAG|Informburo|Azatutyun
Newsmaker|Ziarul de Gardă|Ziarul de Garda|Netgazeti|Publika|Mediazona Central Asia|Hromadske Radio
Ukrainska Pravda|Kyiv Independent|Kyiv Post|Hromadske|UNIAN|Ukrinform|Zerkalo Nedeli|Novoye Vremya
The Guardian|Guardian|The Economist|Economist|Financial Times|The Times|New York Times|Washington Post|Wall Street Journal
The Diplomat|Foreign Policy|Le Monde|Le Figaro|Der Spiegel|Spiegel|Frankfurter Allgemeine Zeitung|Süddeutsche Zeitung
The Independent|The Telegraph|Daily Telegraph|Nikkei Asia|South China Morning Post|Global Times|Hürriyet|Daily Sabah
ТАСС|Интерфакс|РИА Новости|Коммерсантъ|Коммерсант|Ведомости|Известия|Казинформ|Кабар|Ховар|Фергана|Азаттык
Азаттык Үналгысы|Медуза|Медиазона|Новая газета|Независимая газета|Российская газета|РБК|Регнум|Лента|Газета
""".replace("\n", "|").split("|") if line.strip())

# Words that make a name an outlet's ("Moscow Times", "Radio Ozodi", "Kyrgyz Telegraph Agency"),
# taken out before asking whether a body word remains.
_OUTLET_WORDS = re.compile(
    r"(?i)\b(?:(?:news|press|information|telegraph)\s+agency|news|times|post|gazette|gazeta|газета|radio|tv|"
    r"television|broadcasting|press|daily|weekly|herald|tribune|journal|online|novosti|новости|pravda|правда|"
    r"monitor|observer|chronicle|telegraph|guardian|courier|zeitung|newsline|vesti|вести)\b")
# A news site named by its domain: "24.kg", "Lenta.ru", "Vlast.kz", "Kaktus.media" (not "gov.kz").
_NEWS_DOMAIN = re.compile(r"(?i)^(?!gov\.)[\w-]+\.(?:ru|com|kz|kg|uz|tj|tm|ua|by|ge|am|az|md|news|media|info|net)$")
# A person's initial before a name ("J. Herald"), not a dotted abbreviation ("U.S. News").
_INITIAL = re.compile(r"[A-ZА-Я](?<![.\w][A-ZА-Я])\.\s")  # (the capital first: a search skips to capitals)


# The countries, regions and languages an outlet's edition is named for.
_EDITIONS = frozenset(line.strip().lower() for line in """
Russia|Ukraine|Belarus|Moldova|Georgia|Armenia|Azerbaijan|Kazakhstan|Kyrgyzstan|Uzbekistan|Tajikistan|Turkmenistan
Estonia|Latvia|Lithuania|Baltic|Baltics|Mongolia|China|Turkey|Türkiye|Iran|Afghanistan|Serbia|Balkans|Caucasus
Central Asia|Europe|Asia|Africa|America|Latin America|Middle East|UK|US|USA|India|Pakistan|Germany|France|World
Russian|Ukrainian|Belarusian|Moldovan|Romanian|Georgian|Armenian|Azerbaijani|Kazakh|Kyrgyz|Uzbek|Tajik|Turkmen
English|Arabic|Persian|Turkish|Chinese|Mundo|Brasil|Afrique|Deutsch|Español|Français|International|News
""".replace("\n", "|").split("|") if line.strip())


# An edition in brackets after the outlet's name: "(Russian Service)", "(online)", "(English edition)".
BRACKETED_EDITION = re.compile(r"\s*\((?:[A-Z][a-z]+\s)?(?i:service|edition|version|online)\)$")


# The periodicals the list being read names as the container of other entries (lower case): a note naming one
# before its quoted title ("Nasha Niva, ‘...’, 3 May 2020" beside "Zhuk O. [...]. Nasha Niva, 2020, 24 August.")
# names the paper, though this module does not know it. Set by the page reader while it tags such notes again.
LIST_PERIODICALS: ContextVar[frozenset[str]] = ContextVar("list_periodicals", default=frozenset())


def is_outlet(name: str) -> bool:
    """Is this name (punctuation around it ignored) a news outlet rather than a body or a person?"""
    name = name.strip(" .,;:")
    if ")" in name[-2:]:  # the bracket closes the name (before a line break at most), as BRACKETED_EDITION reads it
        name = BRACKETED_EDITION.sub("", name)  # "Deutsche Welle (Russian Service)"
    name = name.strip(" .,;:()")
    # a transliterated name's closing soft sign is spelt "’", "'" or not at all: "Kommersant’" is "Kommersant"
    if name.lower() in OUTLETS or name.lower() in LIST_PERIODICALS.get() \
            or name[-1:] in "’'ʹ" and name[:-1].lower() in OUTLETS or _NEWS_DOMAIN.match(name):
        return True
    words = name.split()
    if not words or len(words) > 5 or words[0].lower() in GIVEN_NAMES or _INITIAL.search(name):
        return False  # a person: "Emily Post", "J. Herald"
    # a known outlet's national or language edition: "Sputnik Moldova", "RFE/RL Kazakhstan", "BBC Russian"
    if any(" ".join(words[:k]).lower() in OUTLETS and " ".join(words[k:]).lower() in _EDITIONS
           for k in range(len(words) - 1, 0, -1)):
        return True
    rest = _OUTLET_WORDS.sub(" ", name)
    return rest != name and not corporate_name(rest)


# Television channels a note cites a programme on ("‘Vesti nedeli’, Rossiya 1, 24 November 2013"): the
# network, which CSL and Zotero keep as a broadcast's publisher. Broadcasters whose sites are cited for
# news articles (BBC, Euronews, DW) stay outlets.
BROADCASTERS = frozenset(line.strip().lower() for line in """
Rossiya 1|Rossiya-1|Rossiya 24|Channel One|Channel One Russia|Pervyi kanal|Perviy kanal|Pervyy kanal|NTV|Zvezda
TV Rain|Dozhd|Rustavi 2|Imedi|Belarus 1|Belarus-1|ONT|1+1|ICTV|Khabar|Khabar 24|Kazakhstan TV|Channel 24|Public TV
Первый канал|Россия 1|Россия-1|Россия 24|НТВ|Звезда|Дождь|Беларусь 1|ОНТ|Хабар|Хабар 24|Рустави 2|Имеди
""".replace("\n", "|").split("|") if line.strip())
_CHANNEL_WORDS = re.compile(r"(?i)\b(?:TV|television|telekanal|телеканал|телевидение)\b")


def is_broadcaster(name: str) -> bool:
    """Is this name a television channel, the network of a programme a note cites?"""
    name = name.strip(" .,;:()")
    if name.lower() in BROADCASTERS:
        return True
    words = name.split()
    return bool(words) and len(words) <= 4 and bool(_CHANNEL_WORDS.search(name)) \
        and not corporate_name(_CHANNEL_WORDS.sub(" ", name))

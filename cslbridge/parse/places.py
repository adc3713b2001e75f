"""Places a reference names: the world's capitals and large publishing and conference cities.

Notes print a place where a reader might expect a periodical ("‘Joint Statement’, Minsk, 29 May
2014" beside "‘Title’, Kazinform, 23 March 2022"); only knowing the place tells the two apart.
Lower case, English spellings plus the transliterated and Cyrillic names of the region the
seeds come from, the spellings the national styles print ("Warszawa", "Praha", "Lisboa", French
"Moscou", "Douchanbé"), the university towns their presses publish in ("Rouen", "Münster", "Roma-Bari"; Indonesian
and Malay "Yogyakarta", "Shah Alam", where a thesis names its university's town), and the American state capitals
where state archives and historical societies keep papers ("St. Paul", "Albany").
"""

from __future__ import annotations

PLACES = frozenset(line.strip().lower() for line in """
Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Andorra la Vella|Ankara|Antananarivo|Apia
Ashgabat|Ashkhabad|Asmara|Astana|Asuncion|Asunción|Athens|Baghdad|Baku|Bamako|Bangkok|Bangui|Banjul
Beijing|Beirut|Belgrade|Belmopan|Berlin|Bern|Bishkek|Bissau|Bogota|Bogotá|Brasilia|Brasília|Bratislava
Brazzaville|Bridgetown|Brussels|Bucharest|Budapest|Buenos Aires|Bujumbura|Cairo|Canberra|Caracas
Castries|Chisinau|Chișinău|Colombo|Conakry|Copenhagen|Dakar|Damascus|Dhaka|Dili|Djibouti|Dodoma|Doha
Dublin|Dushanbe|Freetown|Gaborone|Georgetown|Guatemala City|Hanoi|Harare|Havana|Helsinki|Honiara
Islamabad|Jakarta|Jerusalem|Juba|Kabul|Kampala|Kathmandu|Khartoum|Kigali|Kingston|Kinshasa|Kuala Lumpur
Kuwait City|Kyiv|Kiev|La Paz|Libreville|Lilongwe|Lima|Lisbon|Ljubljana|Lome|Lomé|London|Luanda|Lusaka
Luxembourg|Madrid|Malabo|Managua|Manama|Manila|Maputo|Maseru|Mbabane|Mexico City|Minsk|Mogadishu
Monaco|Monrovia|Montevideo|Moroni|Moscow|Muscat|Nairobi|Nassau|Naypyidaw|N'Djamena|New Delhi|Niamey
Nicosia|Nouakchott|Nuku'alofa|Nur-Sultan|Oslo|Ottawa|Ouagadougou|Panama City|Paramaribo|Paris
Phnom Penh|Podgorica|Port Louis|Port Moresby|Port-au-Prince|Port of Spain|Porto-Novo|Prague|Praia
Pretoria|Pristina|Pyongyang|Quito|Rabat|Reykjavik|Riga|Riyadh|Rome|Roseau|San Jose|San José
San Marino|San Salvador|Sanaa|Santiago|Santo Domingo|Sao Tome|Sarajevo|Seoul|Singapore|Skopje|Sofia
Stockholm|Sukhumi|Sukhum|Suva|Taipei|Tallinn|Tarawa|Tashkent|Tbilisi|Tegucigalpa|Tehran|Thimphu|Tirana|Tokyo
Tripoli|Tskhinvali|Tskhinval|Tunis|Ulaanbaatar|Ulan Bator|Vaduz|Valletta|Vienna|Vientiane|Vilnius
Warsaw|Washington|Wellington|Windhoek|Yamoussoukro|Yaounde|Yaoundé|Yerevan|Zagreb
Almaty|Alma-Ata|Aktobe|Aktau|Atyrau|Karaganda|Shymkent|Semey|Pavlodar|Oskemen|Ust-Kamenogorsk|Osh
Jalal-Abad|Samarkand|Bukhara|Khujand|Khorog|Andijan|Fergana|Namangan|Nukus|Urgench|Turkmenabat
Batumi|Kutaisi|Gyumri|Ganja|Sumgait|Stepanakert|Tiraspol|Odessa|Odesa|Kharkiv|Kharkov|Lviv|Dnipro
Donetsk|Luhansk|Simferopol|Sevastopol|Zaporizhzhia|Gomel|Grodno|Brest|Vitebsk|Mogilev|Narva|Tartu
Kaunas|Daugavpils|St. Petersburg|Saint Petersburg|St Petersburg|Petersburg|Leningrad|Novosibirsk
Yekaterinburg|Ekaterinburg|Kazan|Nizhny Novgorod|Samara|Omsk|Chelyabinsk|Rostov-on-Don|Ufa|Krasnoyarsk
Perm|Voronezh|Volgograd|Krasnodar|Saratov|Tyumen|Tomsk|Irkutsk|Vladivostok|Khabarovsk|Yaroslavl
Kaliningrad|Murmansk|Arkhangelsk|Grozny|Makhachkala|Nalchik|Vladikavkaz|Sochi|Barnaul|Orenburg|Penza
Klaipėda|Klaipeda|Šiauliai|Siauliai|Panevėžys|Liepāja|Liepaja|Ventspils|Jelgava|Pärnu|Hrodna|Homel|Mahilyow
Babruisk|Poltava|Kherson|Vinnytsia|Chernihiv|Mykolaiv|Mariupol|Ivano-Frankivsk|Ternopil|Uzhhorod|Chernivtsi
Zhytomyr|Kryvyi Rih|Cherkasy|Taraz|Kyzylorda|Petropavl|Kostanay|Uralsk|Taldykorgan|Zhanaozen|Kokshetau
Karshi|Qarshi|Termez|Khiva|Navoi|Jizzakh|Kokand|Kursk|Belgorod|Bryansk|Pskov|Tver|Kaluga|Tula|Smolensk|Ryazan
Москва|Санкт-Петербург|Петербург|Ленинград|Новосибирск|Екатеринбург|Казань|Нижний Новгород|Самара
Омск|Челябинск|Ростов-на-Дону|Уфа|Красноярск|Пермь|Воронеж|Волгоград|Краснодар|Саратов|Тюмень|Томск
Иркутск|Владивосток|Хабаровск|Ярославль|Калининград|Минск|Киев|Київ|Харків|Харьков|Львів|Одеса|Одесса
Алматы|Алма-Ата|Астана|Бишкек|Ташкент|Душанбе|Ашхабад|Баку|Ереван|Тбилиси|Кишинев|Кишинёв|Рига|Вильнюс
Таллин|Таллинн|Самарканд|Ош|Сухум|Сухуми|Цхинвал|Цхинвали|Вашингтон|Нью-Йорк|Лондон|Париж|Берлин|Пекин|Женева|Вена|Брюссель|Токио
New York|Boston|Chicago|Los Angeles|San Francisco|Philadelphia|Baltimore|Princeton|Cambridge|Oxford
Berkeley|Stanford|Palo Alto|Ithaca|New Haven|Ann Arbor|Madison|Minneapolis|Seattle|Houston|Dallas|Austin
Atlanta|Miami|Denver|Pittsburgh|Cleveland|Detroit|St. Louis|Nashville|Lanham|Lexington|Westport
St. Paul|Saint Paul|Sacramento|Albany|Indianapolis|Raleigh|Salt Lake City|San Diego|New Orleans|Honolulu
Harrisburg|Hartford|Annapolis|Tallahassee|College Park|Chapel Hill
Thousand Oaks|Newbury Park|Hoboken|Englewood Cliffs|Upper Saddle River|Amherst|Bloomington|Toronto
Montreal|Montréal|Vancouver|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Cape Town|Johannesburg
Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Bengaluru|Hyderabad|Karachi|Lahore|Shanghai
Hong Kong|Guangzhou|Shenzhen|Osaka|Kyoto|Istanbul|Izmir|Tel Aviv|Haifa|Dubai|Sao Paulo|São Paulo
Rio de Janeiro|Belo Horizonte|Porto Alegre|Barcelona|Valencia|Seville|Sevilla|Salamanca|Porto|Coimbra
Milan|Milano|Turin|Torino|Naples|Napoli|Florence|Firenze|Bologna|Venice|Venezia|Padua|Padova|Pisa|Roma
Munich|München|Hamburg|Frankfurt|Cologne|Köln|Stuttgart|Leipzig|Dresden|Heidelberg|Göttingen|Tübingen
Freiburg|Bonn|Mainz|Hannover|Düsseldorf|Wiesbaden|Zurich|Zürich|Geneva|Genève|Basel|Lausanne
Leiden|Rotterdam|Utrecht|The Hague|Den Haag|Antwerp|Ghent|Leuven|Louvain|Lyon|Marseille|Toulouse
Bordeaux|Strasbourg|Lille|Grenoble|Aarhus|Gothenburg|Göteborg|Uppsala|Lund|Bergen|Trondheim|Turku
Krakow|Kraków|Wroclaw|Wrocław|Poznan|Poznań|Gdansk|Gdańsk|Lodz|Łódź|Brno|Olomouc|Debrecen|Cluj-Napoca
Thessaloniki|Edinburgh|Glasgow|Manchester|Birmingham|Leeds|Sheffield|Bristol|Liverpool|Newcastle
Nottingham|Brighton|Abingdon|Basingstoke|Cheltenham|Chichester|Harlow|Aldershot|Farnham|Milton Keynes
Belfast|Cardiff|Cork|Galway
Warszawa|Praha|Wien|Bruxelles|Brussel|Lisboa|København|București|Bucuresti|Beograd|Moskva|Sankt-Peterburg
Nürnberg|Frankfurt am Main|Katowice|Lublin|Toruń|Torun|Szczecin|Białystok|Rzeszów|Opole|Bydgoszcz|Gdynia
Ostrava|Plzeň|Košice|Ciudad de México|México|Bilbao|Zaragoza|Málaga|Granada|Valladolid|Murcia|Oviedo
Santiago de Compostela|Pamplona|Alicante|Córdoba|Braga|Campinas|Curitiba|Recife|Florianópolis|Niterói
Fortaleza|Goiânia|İstanbul|İzmir|Konya|Bursa|Eskişehir|Erzurum|Trabzon|Kayseri|Antalya|Nijmegen
Groningen|Tilburg|Maastricht|Delft|Eindhoven|Odense|Aalborg|Tromsø|Umeå|Linköping|Örebro|Malmö|Tampere
Jyväskylä|Oulu
Cham|Dordrecht|Armonk|Bingley|Boulder|Durham|New Brunswick|Houndmills|Burlington|Malden|Santa Monica
Santa Barbara|Bielefeld|Baden-Baden|Opladen
Moscou|Saint-Pétersbourg|Varsovie|Pékin|Londres|Vienne|Athènes|Bucarest|Douchanbé|Tachkent|Bichkek|Achgabat
Erevan|Bakou|Tbilissi|Kichinev|Nour-Soultan|Oulan-Bator|Téhéran|Le Caire|Alger|Québec
Rouen|Rennes|Nantes|Nancy|Montpellier|Aix-en-Provence|Dijon|Caen|Poitiers|Tours|Clermont-Ferrand|Nice|Reims
Besançon|Limoges|Saint-Étienne|Angers|Metz|Amiens|Orléans|Villeneuve-d'Ascq|Nanterre|Louvain-la-Neuve|Liège
Münster|Bochum|Bremen|Kiel|Würzburg|Marburg|Gießen|Konstanz|Jena|Halle|Erlangen|Regensburg|Paderborn|Darmstadt
Karlsruhe|Mannheim|Augsburg|Bamberg|Bayreuth|Passau|Trier|Osnabrück|Oldenburg|Essen|Dortmund|Aachen|Potsdam
Rostock|Greifswald|Magdeburg|Kassel|Innsbruck|Graz|Salzburg|Roma-Bari|Bari|Palermo|Catania|Genova|Verona|Trento
Trieste|Siena|Perugia|Pavia|Bergamo|Brescia|Parma|Modena|Messina|Cagliari|Lecce|Macerata|Urbino|Salerno
Santander|Cádiz|León|Logroño|Girona|Lleida|Tarragona|Vigo|A Coruña|Salvador|Belém|Manaus|Natal|João Pessoa
Vitória|Londrina|Maringá|Juiz de Fora|Uberlândia|Pelotas|São Carlos|Ribeirão Preto|Viçosa|Aveiro|Évora|Kielce
Olsztyn|České Budějovice|Hradec Králové|Pardubice|Liberec|Opava|Zlín|Bratislava
Yogyakarta|Surabaya|Semarang|Bandung|Medan|Malang|Makassar|Denpasar|Padang|Palembang|Bogor|Depok|Surakarta
Pekanbaru|Banda Aceh|Manado|Pontianak|Banjarmasin|Jember|Purwokerto|Salatiga|Mataram|Jambi|Bandar Lampung
Shah Alam|Bangi|Serdang|Johor Bahru|Pulau Pinang|Kota Kinabalu|Kuching|Putrajaya|Kota Bharu|Sintok|Kuantan
""".replace("\n", "|").split("|") if line.strip())


def is_place(name: str) -> bool:
    """Is this (a word or words, punctuation around it ignored) a place the list knows?"""
    return name.strip(" .,;:()").lower() in PLACES

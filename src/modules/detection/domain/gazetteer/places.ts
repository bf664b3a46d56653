// Place names: countries, regions and cities (Danish and English spellings) and Danish towns. Pure data, written
// for this module. Used as a feature of the learned name model (a capitalised place is usually not a person).

const COUNTRIES = `
Danmark Sverige Norge Finland Island Grønland Færøerne Tyskland Frankrig England Storbritannien Skotland Irland
Wales Holland Nederlandene Belgien Luxembourg Schweiz Østrig Italien Spanien Portugal Grækenland Tyrkiet Cypern
Malta Polen Tjekkiet Slovakiet Ungarn Rumænien Bulgarien Serbien Kroatien Slovenien Bosnien Montenegro Albanien
Kosovo Makedonien Moldova Ukraine Hviderusland Rusland Litauen Letland Estland Georgien Armenien Aserbajdsjan
Kasakhstan Usbekistan Afghanistan Pakistan Indien Bangladesh Nepal Sri Lanka Kina China Japan Korea Sydkorea
Nordkorea Taiwan Vietnam Thailand Cambodja Cambodia Laos Burma Myanmar Malaysia Singapore Indonesien Filippinerne
Australien Australia New Zealand Iran Irak Syrien Libanon Israel Palæstina Jordan Saudi-Arabien Kuwait Qatar
Bahrain Oman Yemen Emiraterne Egypten Libyen Tunesien Algeriet Marokko Sudan Etiopien Eritrea Somalia Kenya
Uganda Tanzania Rwanda Congo Nigeria Ghana Senegal Mali Angola Mozambique Zimbabwe Zambia Sydafrika Namibia
Amerika USA Canada Mexico Cuba Haiti Jamaica Brasilien Argentina Chile Peru Colombia Venezuela Bolivia Ecuador
Uruguay Paraguay Europa Asien Afrika Nordamerika Sydamerika Mellemøsten Balkan Skandinavien Norden Sovjetunionen
Jugoslavien Tjetjenien Kurdistan Tibet Kashmir Gaza Vestbredden Krim Jersey Guernsey Macau Hongkong
`;

const CITIES_AND_REGIONS = `
London Paris Berlin Hamburg München Frankfurt Köln Rom Milano Madrid Barcelona Lissabon Athen Wien Prag Warszawa
Warszawa Krakow Budapest Bukarest Sofia Beograd Zagreb Sarajevo Moskva Kiev Kyiv Minsk Vilnius Riga Tallinn Helsinki
Stockholm Göteborg Malmø Malmö Lund Oslo Bergen Reykjavik Bruxelles Amsterdam Rotterdam Haag Genève Zürich Bern
Istanbul Ankara Kabul Teheran Bagdad Damaskus Beirut Jerusalem Kairo Tunis Mogadishu Nairobi Addis Abeba Lagos
Beijing Peking Shanghai Tokyo Seoul Delhi Mumbai Bangkok Hanoi Manila Sydney Melbourne Washington New York Boston
Chicago Los Angeles San Francisco Texas Florida Californien California Wisconsin Ohio Michigan Alaska Hawaii
Toronto Montreal Vancouver Halifax Quebec Ontario Scotia Havana Rio Sao Paulo Buenos Aires Santiago Lima Bogotá
Bosporus Atlanten Stillehavet Middelhavet Østersøen Nordsøen Kattegat Øresund Limfjorden Alperne Sahara
Jylland Sjælland Fyn Lolland Falster Bornholm Amager Møn Langeland Als Thy Mors Djursland Himmerland Vendsyssel
Sønderjylland Nordjylland Midtjylland Vestjylland Østjylland Sydjylland Nordsjælland Vestsjælland Sydsjælland
Hovedstaden Storkøbenhavn Sydslesvig Slesvig Holsten
`;

const DANISH_TOWNS = `
København Kbh Frederiksberg Aarhus Århus Odense Aalborg Ålborg Esbjerg Randers Kolding Horsens Vejle Roskilde
Herning Hørsholm Helsingør Silkeborg Næstved Fredericia Viborg Køge Holstebro Taastrup Slagelse Hillerød Sønderborg
Svendborg Hjørring Holbæk Frederikshavn Nørresundby Ringsted Haderslev Skive Ølstykke Nykøbing Ballerup Greve
Kalundborg Skanderborg Aabenraa Frederikssund Lillerød Birkerød Farum Hedehusene Ikast Thisted Varde Hobro Middelfart
Nyborg Grenaa Lemvig Struer Ribe Tønder Rønne Nakskov Korsør Faxe Stege Vordingborg Brøndby Albertslund Glostrup
Rødovre Hvidovre Gentofte Gladsaxe Lyngby Herlev Tårnby Dragør Vallensbæk Ishøj Furesø Rudersdal Allerød Gribskov
Halsnæs Egedal Fredensborg Lejre Solrød Stevns Sorø Odsherred Guldborgsund Lolland Assens Faaborg Kerteminde
Nordfyn Langeland Ærø Billund Vejen Brønderslev Jammerbugt Mariagerfjord Rebild Vesthimmerland Norddjurs Syddjurs
Favrskov Odder Hedensted Ringkøbing Skjern Samsø Læsø Fanø Bogense Brande Rødby Maribo Sakskøbing Skælskør
Tølløse Ebeltoft Hadsten Hammel Ry Bjerringbro Kjellerup Tarm Videbæk Aulum Vojens Gram Rødding Padborg Kruså
Gråsten Nordborg Augustenborg Løgstør Nibe Sæby Skagen Brønderslev Pandrup Aars Hadsund Hinnerup Lystrup Risskov
Viby Højbjerg Tilst Brabrand Valby Vanløse Brønshøj Nørrebro Østerbro Vesterbro Amagerbro Christianshavn Sydhavnen
Nordvest Bispebjerg Ørestad Hellerup Charlottenlund Klampenborg Kastrup Vesterbro Nordhavn Rønde Hvide Sande
`;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const PLACES: ReadonlySet<string> = new Set([
  ...words(COUNTRIES),
  ...words(CITIES_AND_REGIONS),
  ...words(DANISH_TOWNS),
]);

// Family names common in Denmark. Pure data. Names ending in -sen/-søn/-gaard/-strup/-bøl etc. are also
// recognised by their ending (see SURNAME_ENDINGS), so the list concentrates on names without such endings.

const DANISH = `
Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen
Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Jacobsen Mikkelsen
Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Kristiansen Clausen Simonsen Svendsen Andreasen
Iversen Jeppesen Vestergaard Mogensen Nissen Lauridsen Kjær Jepsen Frandsen Søndergaard Østergaard Knudsen
Kjeldsen Bak Dahl Friis Bech Juul Skov Lykke Holst Kruse Thygesen Mathiasen Bruun Berg Lauritsen Carlsen
Nørgaard Ravn Winther Koch Dam Brandt Krogh Villadsen Toft Hougaard Bang Bundgaard Lind Mølgaard Kirkegaard
Bisgaard Kjærgaard Hedegaard Damgaard Bertelsen Thorsen Ibsen Mouritsen Pallesen Bach Klausen Bjerre Bonde
Sommer Riis Kjeldgaard Storm Borup Bruhn Fisker Fog Gram Hvid Høj Kofoed Krag Lange Lorentzen Lyng Munk Nygaard
Paulsen Post Qvist Rask Rosendahl Rytter Schou Skovgaard Skytte Stampe Steffensen Thrane Tofte Vinther Aagaard
Abildgaard Ahlers Bay Beck Birk Blom Bock Borg Brink Buch Bøgh Dalsgaard Degn Due Ebbesen Egholm Eskildsen
Falk Fischer Flindt Frost Glad Graversen Grønbæk Gundersen Hald Hauge Hede Heilmann Hemmingsen Hjort Holt
Husted Jessen Juhl Kirk Kjær Kleist Kock Kold Kragh Lassen Leth Lindberg Lomholt Lykkegaard Marcussen Meyer
Mohr Mose Mørch Noer Norup Nyborg Nørby Obel Overgaard Pagh Pape Plesner Prip Quist Refsgaard Rohde Rømer Salling
Schultz Seidelin Skaarup Skou Stage Strand Sloth Terkelsen Thaysen Therkildsen Tranberg Trolle Vad Vang Vestergård
Wagner Wulff Ørum Aabye Ahrendt Bentzen Blicher Brix Bro Busk Dyhr Eg Elmer Fabricius Faber Fenger Grøn Gjerløv
Hammer Harder Helms Hein Holmgaard Hyldgaard Krarup Kryger Lerche Lund-Hansen Lunding Mark Mathiesen Muus Nagel
Nord Nyholm Nyland Olrik Pihl Plum Ravnborg Ringgaard Rosenberg Rud Saxe Schack Seier Stokholm Svane Tange
Tranekær Ulrich Urup Valentin Viborg Vilstrup Weber Westergaard Zacho Ågård Aaberg Abel Brøndum Budtz Bülow
Elkjær Engel Fink Fuglsang Gregersen Hartmann Hessellund Hove Jeppesen Kamp Kiær Kjærulff Korsgaard Krogsgaard
Kvist Laugesen Lauesen Linde Lindholm Malling Markussen Melgaard Mikkelsen Nedergaard Nyvang Odgaard Pilgaard
Rahbek Riber Rosenkilde Rosenkvist Rye Schrøder Sejer Skov-Jensen Stisen Sønderby Thuesen Tvede Uhrenholt Vestergaard
Wied Winding Worm Østerby Holm-Jensen Bech-Hansen Juul-Hansen Skov-Hansen Lund-Andersen
`;

const IMMIGRANT = `
Hussein Hussain Ahmed Ahmad Ali Mohammed Mohamed Mohamad Hassan Ibrahim Yilmaz Kaya Demir Sahin Şahin Celik
Çelik Yildiz Yıldız Aydin Aydın Öztürk Ozturk Arslan Dogan Doğan Kilic Kılıç Aslan Cetin Çetin Kara Koc Koç Kurt
Özdemir Ozdemir Polat Erdogan Erdoğan Güler Guler Akbulut Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui
Do Ho Ngo Duong Ly Khan Malik Hussaini Rahimi Ahmadi Mohammadi Hosseini Karimi Rezaei Azizi Jafari Omar Osman
Abdi Warsame Farah Yusuf Jama Hersi Mohamud Abdullahi Nur Aden Ismail Said Saleh Haddad Khalil Nasser Mansour
Hamdan Abbas Jaber Awad Darwish Kowalski Nowak Wiśniewski Wisniewski Wójcik Wojcik Kamiński Kaminski Lewandowski
Zieliński Zielinski Szymański Szymanski Dąbrowski Dabrowski Kozłowski Mazur Krawczyk Popescu Ionescu Popa Stan
Petrovic Petrović Jovanovic Jovanović Nikolic Nikolić Hadzic Hadžić Hodzic Hodžić Begic Begić Mehmedovic Kovacevic
Kovačević Ivanov Petrov Smirnov Kuznetsov Singh Kumar Sharma Patel Gupta Wang Zhang Liu Chen Yang Huang Zhao Wu
Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Shah Qureshi Chaudhry Butt Rashid Hamid Haidari Sultani Nazari Sharif
Suleiman Barakat Saad Salem Younes Bakr El-Sayed Elsayed Benali Amrani Idrissi Alaoui Tahiri Mansouri Bouzid
Garcia García Rodriguez Rodríguez Fernandez Fernández Lopez López Martinez Martínez Silva Santos Pereira Ferreira
Costa Oliveira Rossi Russo Bianchi Romano Colombo Müller Schneider Fischer Weber Meyer Wagner Becker Hoffmann
Schäfer Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt
Werner Krause Lehmann Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thompson White
Jackson Harris Martin Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill
`;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

export const SURNAMES: readonly string[] = [...new Set([...words(DANISH), ...words(IMMIGRANT)])];

/** Endings that mark a capitalised word as a Danish or Nordic family name. */
export const SURNAME_ENDINGS: readonly string[] = [
  'sen',
  'søn',
  'ssøn',
  'gaard',
  'gård',
  'strup',
  'torp',
  'trup',
  'bøl',
  'bæk',
  'by',
  'holm',
  'lund',
  'skov',
  'borg',
  'berg',
  'dahl',
  'dal',
  'kjær',
  'mose',
  'rup',
  'drup',
  'sted',
  'toft',
  'vig',
  'lev',
  'ager',
  'høj',
  'bjerg',
  'vad',
  'feldt',
  'mann',
  'wski',
  'ski',
  'vić',
  'vic',
  'ović',
  'ovic',
  'oğlu',
  'oglu',
  'yan',
  'ian',
  'zadeh',
  'pour',
  'ova',
  'eva',
  'ić',
];

/** Name particles inside family names ("von", "de", "van der", "El", "Al", "bin"). */
export const NAME_PARTICLES: readonly string[] = [
  'von',
  'van',
  'der',
  'de',
  'la',
  'le',
  'du',
  'di',
  'da',
  'af',
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'ben',
];

// Capitalised words that are not parts of person names in Danish administrative text. Pure data.

const WORDS = `
Kommune Kommunes Kommunen Region Regionen Regionens Danmark Danmarks Staten ApS A/S I/S K/S P/S IVS AMBA Holding
Jobcenter Jobcentret Borgerservice Borgerservices Ydelsescenter Team Afdeling Afdelingen Center Centret Skole
Skolen Børnehave Vuggestue Hospital Hospitalet Sygehus Sygehuset Universitet Universitetshospital Klinik Klinikken
Lægehus Plejecenter Plejehjem Bosted Rådhus Rådhuset Udvalg Udvalget Byråd Byrådet Kommunalbestyrelse Forvaltning
Forvaltningen Direktion Sekretariat Sekretariatet Sagsbehandler Socialrådgiver Teamleder Konsulent Jurist
Byggesagsbehandler Afdelingsleder Kontorchef Direktør Fagchef Leder Medarbejder Referent Sekretær Ansøger Ansøgeren
Klager Klageren Borger Borgeren Ejer Ejeren Nabo Naboen Modtager Modtageren Deltagere Emne Dato Til Fra Cc Bcc
Kære Hej Hejsa Hr Fru Frk Dr Med Venlig Hilsen Mvh Vh Tak Sagsnr Journalnr Bilag Bilagsnr Vedr Vedrørende Ang
Angående Afgørelse Ansøgning Indsigelse Journalnotat Referat Notat Sag Sagen Mødet Møde Telefon Tlf Mobil Email
Mail Adresse Ejendom Ejendommen Matr Matrikel Beløb Kr Dkk Cvr Ean Konto Reg Leverandør Godkendt Udbetales
Lov Loven Lovens Servicelov Serviceloven Servicelovens Forvaltningsloven Offentlighedsloven Byggeloven Planloven
Bygningsreglement Bygningsreglementet BR18 Datatilsynet Ankestyrelsen Ombudsmanden Folketinget Skat Skattestyrelsen
Udbetaling Politi Politiet Kriminalforsorgen Nævnenes Hus Planklagenævnet Miljøstyrelsen Vejdirektoratet Banedanmark
Nord Syd Øst Vest Midt Jylland Sjælland Fyn Bornholm København Aarhus Odense Aalborg Esbjerg Randers Kolding Horsens
Vejle Roskilde Herning Silkeborg Næstved Fredericia Viborg Køge Holstebro Taastrup Slagelse Hillerød Sønderborg
Svendborg Hjørring Holbæk Frederikshavn Haderslev Skive Ringsted Nyborg Mandag Tirsdag Onsdag Torsdag Fredag
Lørdag Søndag Januar Februar Marts April Juni Juli September Oktober November December Jul Påske Pinse
Carport Garage Tilbygning Udestue Terrasse Hus Huset Bolig Boligen Lejlighed Værelse Byg Firma Firmaet Familien Familie
Tømrerfirmaet Murerfirmaet Malerfirmaet Entreprenør Arkitekt Rådgiver Advokat Advokatfirma Bank Banken Danske Nordea
Jyske Sydbank Nykredit Realkredit Forsikring Tryg Topdanmark Alka Codan Microsoft Google Apple Word Excel PDF
Hvis Når Derfor Men Og Da Der Det Den De Vi Jeg Du Han Hun Som For Efter Før Under Ved Af På I Om Hvor Hvad Hvem
Hvorfor Hvordan Også Desuden Endvidere Herefter Således Samtidig Ifølge Iflg Mens Selvom Fordi Idet Eftersom
Ligesom Både Enten Hverken Kun Alle Ingen Nogle Flere Mange Dette Disse Denne Sådan Her Nu Så Ja Nej Mit Min
Mine Din Dit Dine Hendes Deres Vores Jeres Sin Sit Sine Ikke Evt Bl Jf Iht Psykiatrisk Psykiatrien Center
Teknik Miljø Byggeri Social Sundhed Familie Børn Unge Kultur Fritid Beskæftigelse Økonomi Plan Natur
Administration Handicap Ældre Omsorg Psykiatri Myndighed Visitation Tandlæge Læge Lægen Arkitekt Landinspektør Advokaten Revisor Dommer Politibetjent Betjent Sygeplejerske Pædagog
`;

export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Words after a name that make it part of a company name ("Hansen & Søn ApS", "Jens Madsen A/S"). */
export const COMPANY_MARKERS_RE =
  /^[ \u00a0]*(?:(?:&|og)[ ](?:Søn|Sønner|Co\.?|Partnere?|Datter|Døtre)\b|(?:&[ ](?:\p{Lu}[\p{L}]*[ ]){1,3})?(?:ApS|A\/S|I\/S|K\/S|P\/S|IVS|AMBA|[Aa]mba|a\.m\.b\.a|A\.m\.b\.a|Holding|Gruppen|Group|Consult|Entreprise|Ejendomme|Transport|VVS|El-service)(?![\p{L}]))/u;

// Danish health vocabulary: diagnoses, conditions, addictions, disabilities and treatments. Pure data, one term
// per line group; lower case (matched case-insensitively, with Danish definite/plural endings).

const CONDITIONS = `
diabetes|sukkersyge|type 1-diabetes|type 2-diabetes|type 1 diabetes|type 2 diabetes|depression|depressioner
angst|angstanfald|angstlidelse|panikangst|socialfobi|fobi|stress|stresssymptomer|udbrændthed|psykose|psykoser
skizofreni|bipolar lidelse|maniodepressiv|personlighedsforstyrrelse|borderline|spiseforstyrrelse|anoreksi
bulimi|tvangstanker|tvangshandlinger|autisme|infantil autisme|aspergers syndrom|asperger|tourettes syndrom
udviklingshæmning|udviklingshæmmet|mental retardering|hjerneskade|erhvervet hjerneskade|hjernerystelse
epilepsi|krampeanfald|migræne|sklerose|dissemineret sklerose|multipel sklerose|parkinsons sygdom|parkinson
alzheimers sygdom|alzheimer|demens|demenssygdom|hukommelsestab|cerebral parese|muskelsvind|rygmarvsskade
lammelse|lammet|spastisk lammelse|gigt|leddegigt|slidgigt|urinsyregigt|psoriasisgigt|fibromyalgi|ryglidelse
diskusprolaps|piskesmæld|whiplash|kroniske smerter|smertetilstand|astma|kol|lungesygdom|hjertesygdom|hjertesvigt
hjerteanfald|blodprop|blodprop i hjertet|blodprop i hjernen|hjerneblødning|apopleksi|slagtilfælde|forhøjet blodtryk
hjerteflimmer|kræft|cancer|brystkræft|lungekræft|prostatakræft|tarmkræft|tyktarmskræft|kræft i tyktarmen
endetarmskræft|hudkræft|modermærkekræft|leukæmi|lymfekræft|hjernesvulst|tumor|kemoterapi|strålebehandling
nyresygdom|nyresvigt|dialyse|leversygdom|skrumpelever|leverbetændelse|hepatitis|hiv|aids|tuberkulose
sklerodermi|lupus|cøliaki|crohns sygdom|colitis ulcerosa|tarmbetændelse|stofskiftesygdom|lavt stofskifte
højt stofskifte|overvægt|svær overvægt|fedme|allergi|eksem|psoriasis|høretab|døv|døvhed|blind|blindhed
svagsynet|synshandicap|tinnitus|ordblindhed|ordblind|dysleksi|talevanskeligheder|adhd|add|damp|ocd|ptsd|posttraumatisk stress
posttraumatisk belastningsreaktion|belastningsreaktion|tilpasningsforstyrrelse|selvmordsforsøg|selvmordstanker
selvskade|selvskadende adfærd|cutting|spiseforstyrret|graviditet|gravid|abort|spontan abort|fødselsdepression
infertilitet|barnløshed|kønssygdom|klamydia|handicap|funktionsnedsættelse|fysisk handicap|psykisk handicap
psykisk sygdom|psykiske problemer|psykiske vanskeligheder|psykisk lidelse|psykiatrisk diagnose|sindslidelse
sygdom|kronisk sygdom|alvorlig sygdom|livstruende sygdom|terminal|uhelbredelig|arbejdsskade|amputation
amputeret|kørestol|kørestolsbruger|rollator|inkontinens|ble|sondemad|ilt|iltbehandling|kol-patient
psykisk syg|psykisk sårbar|kronisk syg|alvorligt syg|uhelbredeligt syg|hjerneskadet|handicappet|psykiatrisk center
psykiatrien|psykiatrisk|distriktspsykiatrien|børne- og ungdomspsykiatrien|alkoholproblem|alkoholproblemer
drikker for meget|drikker|søvnapnø|rygsmerter|rygproblemer|ondt i ryggen|smerter|kroniske smerter|hovedpine|
migrænen|svimmelhed|træthed|kræftsygdom|slagtilfælde|hjerteproblemer|nerveskade|synstab|hørenedsættelse|ryger hash|tager stoffer|selvmord|selvmordstruet|stofmisbrugsbehandling
sclerose|multipel sclerose|dissemineret sclerose|paranoid skizofreni|hepatitis a|hepatitis b|hepatitis c|hiv-positiv
nedsat syn|nedsat synsevne|nedsat hørelse|nedsat hørelsen|nedsat funktionsevne|nedsat lungefunktion|nedsat nyrefunktion
hørehæmmet|hørehæmning|hørehæmmede|synshæmmet|synshandicappet|svagtseende|døvblind|høreapparat|cochlear implant
astmatiker|epileptiker|diabetiker|allergiker|alkoholiker|narkoman|ludoman|stomi|dialysepatient|kræftpatient
traume|traumer|traumatiseret|krigstraume|krigstraumer|krigstraumatiseret|torturoverlever|ptsd-symptomer
paradentose|parodontose|tandproblemer|tandsygdom|tandpine|tandløs|ødelagte tænder|dårlige tænder|tandskader
svangerskab|svangerskabsforgiftning|fødselsdepression|ufrivilligt barnløs|kunstig befrugtning|fertilitetsbehandling
`;

const ADDICTIONS = `
alkoholmisbrug|alkoholisme|alkoholiker|alkoholafhængighed|drikkeproblemer|misbrug|misbruger|misbrugsproblemer
stofmisbrug|stofmisbruger|narkotikamisbrug|hashmisbrug|kokainmisbrug|heroinmisbrug|amfetaminmisbrug|pillemisbrug
medicinmisbrug|blandingsmisbrug|afhængighed|ludomani|spilleafhængighed|spillemani|ryge stop|abstinenser
delirium|misbrugsbehandling|alkoholbehandling|afvænning|afrusning|antabus|metadon|metadonbehandling|substitutionsbehandling
`;

const SYMPTOMS = `
søvnproblemer|søvnbesvær|søvnløshed|hukommelsesbesvær|hukommelsesproblemer|hukommelse|balance|appetit|koncentrationsbesvær
koncentrationsproblemer|åndedrætsbesvær|vejrtrækningsproblemer|mavesmerter|brystsmerter|ledsmerter|knæsmerter
lændesmerter|nakkesmerter|hoftesmerter|skuldersmerter|rygsmerter|alkoholforbrug|stofforbrug|hashforbrug
spina bifida|lungefibrose|lungebetændelse|blodforgiftning|nyresten|galdesten|knogleskørhed|osteoporose
hjertestop|hjerteinfarkt|blodpropper|nedtrykthed|selvmordsadfærd|paranoia|hallucinationer|vrangforestillinger
`;

/** Common medicines (generic and Danish brand names): naming one discloses a health condition. */
const MEDICINES = `
metformin|sertralin|methadon|quetiapin|marevan|warfarin|citalopram|escitalopram|fluoxetin|paroxetin|mirtazapin
venlafaxin|duloxetin|olanzapin|risperidon|aripiprazol|clozapin|haloperidol|lamotrigin|valproat|levetiracetam
gabapentin|pregabalin|tramadol|oxycodon|kodein|buprenorphin|naltrexon|diazepam|oxazepam|alprazolam|zopiclon
melatonin|methylphenidat|atomoxetin|lisdexamfetamin|donepezil|memantin|levothyroxin|eltroxin|prednisolon
zoloft|cipralex|seroquel|abilify|zyprexa|risperdal|lamictal|keppra|lyrica|concerta|medikinet|strattera|elvanse
stesolid|imovane|truxal|subutex|suboxone|campral|eliquis|xarelto|insulinpen
spiriva|ventoline|bricanyl|pulmicort|symbicort|seretide|flutiform|relvar|anoro|trimbow|airomir|atrovent|singulair
montelukast|salbutamol|terbutalin|budesonid|formoterol|tiotropium|inhalator|astmamedicin
cipramil|fontex|seroxat|efexor|cymbalta|remeron|mianserin|valdoxan|agomelatin|wellbutrin|bupropion|vortioxetin
brintellix|nortriptylin|noritren|amitriptylin|saroten|klomipramin|anafranil|lithium
leponex|serdolect|sertindol|invega|paliperidon|xeplion|flupentixol|fluanxol|zuclopenthixol|cisordinol
chlorprothixen|levomepromazin|nozinan|perphenazin|trilafon|haldol|solian|amisulprid|rexulti|brexpiprazol
latuda|lurasidon|cariprazin|reagila|aricept|ebixa|rivastigmin|exelon|galantamin|reminyl
epclusa|harvoni|maviret|zepatier|sofosbuvir|velpatasvir|ledipasvir|glecaprevir|biktarvy|genvoya|triumeq
descovy|truvada|dovato|odefsey|tenofovir|emtricitabin|dolutegravir|efavirenz|hiv-medicin
oxynorm|oxycontin|targin|contalgin|fentanyl|durogesic|norspan|temgesic|tradolan|nobligan|palexia|tapentadol
kodimagnyl|ketogan|ketobemidon|hydromorphon|palladon|morfin|metadon|opioid|opioider
ritalin|equasym|intuniv|guanfacin|dexamfetamin|attentin|adhd-medicin
novorapid|humalog|fiasp|lantus|levemir|tresiba|toujeo|insulatard|novomix|apidra|abasaglar|actrapid|mixtard
ozempic|victoza|trulicity|wegovy|saxenda|jardiance|forxiga|januvia|semaglutid|liraglutid|empagliflozin
dapagliflozin|sitagliptin|glimepirid|orfiril|trileptal|oxcarbazepin|tegretol|carbamazepin|topimax|topiramat
rivotril|clonazepam|alopam|zolpidem|stilnoct|circadin|propavan|hydroxyzin|atarax|tecfidera|copaxone|gilenya
ocrevus|tysabri|aubagio|madopar|sinemet|levodopa|pradaxa|lixiana|selincro|nalmefen|tamoxifen|letrozol
syg|penicillin|antibiotika|antibiotikum|antibiotikakur|amoxicillin|dicillin|vepicombin|selexid|ciprofloxacin|ventolin|ipren|ibuprofen|pamol|panodil|paracetamol|naproxen|diclofenac|voltaren|morfintabletter|herceptin|keytruda|euthyrox|thycapzol|methotrexat|benepali|humira|enbrel|remicade
`;

const TREATMENTS = `
psykologbehandling|psykiatrisk behandling|psykiatrisk afdeling|psykiatrisk indlæggelse|tvangsindlæggelse
tvangsindlagt|indlæggelse|indlagt|genoptræning|fysioterapi|ergoterapi|operation|opereret|kirurgisk indgreb
antidepressiv medicin|antidepressiva|lykkepiller|antipsykotisk medicin|antipsykotika|medicinering|insulin
insulinbehandling|smertestillende medicin|morfin|sovemedicin|lithium|ritalin|kemo|palliativ behandling
hospice|terapi|samtaleterapi|kognitiv terapi|behandlingsforløb|sygdomsforløb|sygemelding|sygemeldt|langtidssygemeldt
`;

function split(s: string): string[] {
  return s
    .split(/[|\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export const HEALTH_TERMS: readonly string[] = [
  ...new Set([
    ...split(CONDITIONS),
    ...split(ADDICTIONS),
    ...split(SYMPTOMS),
    ...split(MEDICINES),
    ...split(TREATMENTS),
  ]),
];

/** Terms that are ordinary words in other senses: they count only after a health trigger or a person. */
export const WEAK_HEALTH_TERMS: readonly string[] = split(
  'add|ble|ilt|syg|drikker|smerter|hovedpine|svimmelhed|træthed|psykiatrisk|terminal|blind|sygdom|misbrug|afhængighed|operation|terapi|stress|tumor|kemo|indlæggelse|indlagt|sygemelding|sygemeldt|handicap|kørestol|rollator|damp|lammet|allergi|overvægt|ryge stop|hukommelse|balance|appetit',
);

/** Endings that make a compound a health term ("hashmisbrug", "lungekræft", "nyresygdom", "angstlidelse"). */
export const HEALTH_HEADS: readonly string[] = [
  'misbrug',
  'kræft',
  'cancer',
  'sygdom',
  'sygdomme',
  'lidelse',
  'lidelser',
  'gigt',
  'betændelse',
  'forstyrrelse',
  'syndrom',
  'afhængighed',
  'sklerose',
  'depression',
  'angst',
  'psykose',
  'demens',
  'lammelse',
  'smerter',
  'besvær',
  'traume',
  'traumer',
  'sclerose',
  'diabetes',
];

/** What a person can be "afhængig af" that is a health matter (not "afhængig af lys", "af hjælp"). */
export const SUBSTANCES: readonly string[] = split(
  'alkohol|hash|kokain|heroin|amfetamin|piller|medicin|stoffer|narkotika|spil|nikotin|opioider|morfin|metadon|methadon|sovepiller|smertestillende|beroligende|kodein|tramadol|ketamin|benzodiazepiner',
);

/** Compounds with a health head that are not health ("vandskade", "bilskade", "stormskade"). */
export const NOT_HEALTH: readonly string[] = [
  'vandskade',
  'vandskader',
  'stormskade',
  'bilskade',
  'skade',
  'skader',
  'frostskade',
  'brandskade',
  'sætningsskade',
  'rørskade',
  'tagskade',
  'råd',
  'svampeskade',
  'fugtskade',
  'insektskade',
  'hærværksskade',
  'diagnose',
  'diagnoser',
  'systemsvigt',
  'strømsvigt',
  'forsyningssvigt',
  'tillidssvigt',
  'kommunikationssvigt',
  'serviceeftersyn',
  'datadiagnose',
  'skadesanmeldelse',
  'kriminalitetsforstyrrelse',
];

/** Phrases after which the next words name a health condition. */
export const HEALTH_TRIGGERS: readonly string[] = [
  'lider af',
  'led af',
  'diagnosticeret med',
  'diagnosen',
  'diagnose',
  'har fået konstateret',
  'fået konstateret',
  'fik konstateret',
  'er konstateret',
  'sygemeldt med',
  'sygemeldt pga.',
  'sygemeldt pga',
  'sygemeldt på grund af',
  'sygemeldt grundet',
  'i behandling for',
  'behandles for',
  'behandlet for',
  'misbrug af',
  'afhængig af',
  'indlagt med',
  'indlagt for',
  'indlagt på grund af',
  'opereret for',
  'medicin mod',
  'medicin for',
  'diagnosticeret',
  'har symptomer på',
  'symptomer på',
  'udredt for',
  'udredning for',
  'mistanke om',
];

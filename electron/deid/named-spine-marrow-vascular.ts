// What pain clinic, neurosurgery, marrow transplant and vascular records name that looks like a person, a place, a date
// or a number and is none: anatomy named for an anatomist ("circle of Willis", "foramen of Monro"), operating tables
// and frames ("Jackson table", "Wilson frame"), makers, models and national bodies ("Codman Hakim", "DePuy Synthes",
// "Gore Propaten", "Spine Intervention Society", "Aetna", "Anthony Nolan registry"), examination eponyms ("Patrick's
// (FABER)", "modified Schober"), a state's drug-monitoring program ("KASPER reviewed"), scores out of ten ("VAS back
// 7/10", "ICE 7/10"), a cord unit's match grade ("4/6 cord unit"), a product code ("S1398"), a program by its letters
// ("BMT clinic"), catheter sizes ("6 Fr sheath"), a device's catalogue number ("REF VBX061002A"), specialists by their
// title ("Nephrologist agrees"), a generic site ("the outside hospital") and the country a donor came from. Candidates
// inside them are dropped by named-things.ts.
import { spansOf } from './named-gear';
import { wordGate } from './tokens';

/** Anatomy named for an anatomist: a structure, "of" and the name. */
const ANATOMY_OF = /\b(?:circle|foramen|foramina|ampulla|sphincter|loop|canal|ligament|pouch|space|triangle|islets?|crypts?|bundle|column|aqueduct|vein|artery|fascia|capsule|tubercle|node)[ \t]+of[ \t]+(?:willis|monro|vater|oddi|henle|schlemm|treitz|douglas|retzius|calot|hesselbach|corti|langerhans|lieberk[uü]hn|cloquet|his|rolando|sylvius|luschka|magendie|wirsung|santorini|galen|labb[eé]|trolard|percheron|adamkiewicz|stensen|wharton|bartholin|gerota|glisson|morison|scarpa|camper|colles|denonvilliers|waldeyer|rosenm[uü]ller|winslow|zuckerkandl|lisfranc|chopart|kager|struthers|frohse|guyon)\b/giu;
const ANATOMY_WORDS = wordGate('circle foramen foramina ampulla sphincter loop canal ligament pouch space triangle islet islets crypt crypts bundle column aqueduct vein artery fascia capsule tubercle node');

/** Operating tables, frames, tongs and holders named for their makers or designers. */
const OR_TABLE = /\b(?:jackson|wilson|andrews|relton-hall|mayfield|allen|gardner-wells|sugita|leyla|budde|amsco|skytron|steris|hana)[ \t]+(?:spinal[ \t]+|radiolucent[ \t]+|flat[ \t]+top[ \t]+)?(?:table|frame|tongs|stirrups|head[ \t]*holder|skull[ \t]+clamp|pins|retractor)\b/giu;
const OR_TABLE_WORDS = wordGate('table frame tongs stirrups holder headholder clamp pins retractor');

/** Makers, models, insurers, labs, registries and national bodies these records name. Names that are also surnames or
 * words stand only with what makes them the maker's ("Gore Propaten", "Sedgwick TPA", "manufactured by Kite", "Codman
 * Hakim", "Jobst Opaque"). */
const MAKER = /\b(?:nevro|senza(?:[ \t]+(?:hfx|omnia|ii))?|codman(?=[ \t]+(?:hakim|certas|medos|valve|shunt|drill|icp|bactiseal))(?:[ \t]+(?:hakim|certas(?:[ \t]+plus)?|medos))?|certas(?:[ \t]+plus)?|hakim(?=[ \t]+(?:programmable|valve|shunt))|strata(?=[ \t]+(?:ii[ \t]+)?(?:valve|shunt))|licox|depuy(?:[ \t]+synthes)?|synthes|expedium|cd[ \t]+horizon(?:[ \t]+(?:solera|legacy|longitude|sextant))?|solera(?=[ \t]+(?:\d|system|rods?|screws?))|jobst(?=[ \t]+(?:opaque|relief|ultrasheer|stockings?|hose|garments?|compression|knee|thigh))(?:[ \t]+(?:opaque|relief|ultrasheer))?|circaid(?:[ \t]+juxta(?:fit|lite))?|juxtafit|gore(?=[ \t]+(?:propaten|viabahn|tag|excluder|tex|dualmesh))(?:[ \t]+(?:propaten|viabahn|tag|excluder|tex|dualmesh))?|propaten|viabahn|millennium[ \t]+health|sedgwick(?=[ \t]+(?:tpa|claims?|cms|adjuster))|spine[ \t]+intervention[ \t]+society|north[ \t]+american[ \t]+spine[ \t]+society|anthony[ \t]+nolan(?=[ \t]+(?:registry|trust|donor|search|cord))|(?:manufactured|made|produced|supplied)[ \t]+by[ \t]+(kite)\b|kite[ \t]+pharma|aetna(?:[ \t]+institutes?[ \t]+of[ \t]+excellence)?|davita(?=[ \t]*(?:[.,;)]|$|\r?\n|[ \t]+(?:unit|dialysis|center|kidney|rx|clinic)\b))|fresenius[ \t]+(?:kidney|medical)[ \t]+care(?=[ \t]*(?:[.,;)]|$|\r?\n|[ \t]+(?:unit|dialysis|center|clinic|rx|staff|nurse|social)\b))|nmdp|be[ \t]+the[ \t]+match|dkms|fact-accredited)\b/giu;
const MAKER_WORDS = wordGate('nevro senza codman certas hakim strata licox depuy synthes expedium cd solera jobst circaid juxtafit gore propaten viabahn millennium sedgwick spine north anthony kite aetna davita fresenius nmdp be dkms fact');

/** A state's prescription-monitoring program by its name, where the line says it was checked. */
const PDMP = /\b(?:kasper|oarrs|narxcare|awarxe|i-stop|cures|maps)(?=[ \t]+(?:reviewed|report|query|queried|checked|run|consistent|shows|showed|reviewed))|\b(?:checked|reviewed|ran|per|queried)[ \t]+(kasper|oarrs|narxcare|awarxe|i-stop)\b/giu;
const PDMP_WORDS = wordGate('kasper oarrs narxcare awarxe stop cures maps');

/** Examination signs and tests named for their authors, with what makes them a test where the name is also a surname. */
const EXAM_EPONYM = /\b(?:patrick['’]?s?(?=[ \t]+(?:test|sign|maneuver|\(faber\)|faber))|modified[ \t]+schober|schober['’]?s?(?=[ \t]+(?:test|index|measure|\d))|(?:gaenslen|spurling|yeoman)['’]?s?(?=[ \t]+(?:test|sign|maneuver|positive|negative))|(?:gaenslen|spurling|yeoman)['’]s|waddell['’]?s?[ \t]+signs?|kemp['’]?s?(?=[ \t]+(?:test|sign))|las[eè]gue['’]?s?)\b/giu;
const EXAM_EPONYM_WORDS = wordGate('patrick patricks schober schobers gaenslen gaenslens spurling spurlings waddell waddells yeoman yeomans kemp kemps lasegue lasègue');

/** Dust at work, and the letters of a program before the word for it. */
const DUSTY = /\bdusty(?=[ \t]+(?:work|job|site|environment|conditions|air|room|warehouse|barn|shop|mine))/giu;
const DUSTY_WORDS = wordGate('dusty');
const PROGRAM = /\b(?:BMT|HCT|SCT|CAR-T|CART|LTFU|GVHD|VAD|PAD|WOC|PM&R|PMR)(?=[ \t]+(?:clinic|program|team|service|unit|nurses?|coordinator|rounds|fellow|pharmacist)\b)/gu;
const PROGRAM_WORDS = wordGate('clinic program team service unit nurse nurses coordinator rounds fellow pharmacist');

/** Scores out of ten after the scale or what was scored, and a cord unit's or a donor's match grade. */
const OUT_OF_TEN = /(?=\d{1,2}\/10\b)(?<=\b(?:vas|nrs|ice|pain|back|leg|neck|arm|score|scored|rated|rates|severity|intensity)(?:[ \t]+(?:back|leg|neck|arm|pain|score|level|at|of|is|was|now|today))*[ \t]*[:=]?[ \t]*)(?:10|[0-9])\/10\b/giu;
const OUT_OF_TEN_WORDS = wordGate('vas nrs ice pain back leg neck arm score scored rated rates severity intensity');
const MATCH_GRADE = /\b(?:[3-6]\/6|[5-8]\/8|(?:[7-9]|10)\/10)(?=[ \t]+(?:hla[ \t-]*)?(?:matched|match|mismatched|cord|unit|donor|mud|mrd|antigen|allele|haplo))/giu;
const MATCH_GRADE_WORDS = wordGate('matched match mismatched cord unit donor mud mrd antigen allele haplo hla');

/** A blood product's code after its label, a catheter's French size, a device's catalogue number after "REF". */
const PRODUCT_CODE = /\bproduct[ \t]+code[ \t]*:?[ \t]*([A-Za-z]\d{4})\b/giu;
const PRODUCT_CODE_WORDS = wordGate('product');
const FRENCH = /\b\d{1,2}(?:\.\d)?[ \t]*(?:fr|french)\.?[ \t]+(?:sheath|catheter|cath|introducer|guide|guiding|pigtail|drain|tube|foley|picc|dilator|micropuncture|glidecath)\b/giu;
const FRENCH_WORDS = wordGate('fr french');
const CATALOGUE = /\b(?:[Ss]tent|STENT|[Gg]raft|GRAFT|[Cc]atheter|CATHETER|[Ss]heath|SHEATH|[Bb]alloon|BALLOON|[Ii]mplant|IMPLANT|[Ss]crew|SCREW|[Vv]alve|VALVE|[Ll]ead|LEAD|[Dd]evice|DEVICE|[Cc]age|CAGE|[Rr]od|ROD|[Pp]late|PLATE|[Mm]esh|MESH|[Ff]ilter|FILTER)[sS]?\b[^\n]{0,40}?\bREF[ \t]*:?[ \t]*([A-Z0-9][A-Z0-9-]{4,})\b/gu;
const CATALOGUE_WORDS = wordGate('ref');

/** Specialists by their title, and a site only the article and "outside" describe. */
const SPECIALIST = /\b\p{L}+(?:ologist|ologists|iatrist|iatrists)\b/giu;
const SPECIALIST_WORDS = wordGate('nephrologist neurologist cardiologist oncologist hematologist radiologist urologist dermatologist pathologist pulmonologist gastroenterologist rheumatologist endocrinologist anesthesiologist psychiatrist podiatrist physiatrist pediatrist geriatrician');
const OUTSIDE_SITE = /\b(?:the[ \t]+|an[ \t]+)?outside[ \t]+(?:hospital|facility|ed|er|imaging|films?|records)\b/giu;
const OUTSIDE_WORDS = wordGate('outside');

/** The country an unrelated donor came from, larger than Safe Harbor asks to remove. Only countries no US town is
 * named for: Poland, Norway, Lebanon, Mexico and Wales are towns the older waves plant ("lives in Norway"). */
const FROM_COUNTRY = /\bdonors?[ \t]+(?:is[ \t]+)?(?:from|in)[ \t]+(germany|the[ \t]+uk|united[ \t]+kingdom|the[ \t]+netherlands|switzerland|austria|australia|japan|south[ \t]+korea|argentina|taiwan|singapore|israel)(?![\p{L}'’-])(?![ \t]+(?:general|medical|regional|community|memorial|hospital|clinic|center|centre)\b)/giu;
const FROM_COUNTRY_WORDS = wordGate('donor donors');

/** The spans of these records' look-alikes in `text`; `open` says which word gates are open. */
export function spineMarrowVascularSpans(text: string, open: Uint8Array): Array<[number, number]> {
  return spansOf(text, open, [[ANATOMY_OF, ANATOMY_WORDS], [OR_TABLE, OR_TABLE_WORDS], [MAKER, MAKER_WORDS], [PDMP, PDMP_WORDS], [EXAM_EPONYM, EXAM_EPONYM_WORDS], [DUSTY, DUSTY_WORDS], [PROGRAM, PROGRAM_WORDS], [OUT_OF_TEN, OUT_OF_TEN_WORDS], [MATCH_GRADE, MATCH_GRADE_WORDS], [PRODUCT_CODE, PRODUCT_CODE_WORDS], [FRENCH, FRENCH_WORDS], [CATALOGUE, CATALOGUE_WORDS], [SPECIALIST, SPECIALIST_WORDS], [OUTSIDE_SITE, OUTSIDE_WORDS], [FROM_COUNTRY, FROM_COUNTRY_WORDS]]);
}

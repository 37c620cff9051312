// Practices, services and institutions named before a kind that only a named place has, in any case: "heartland
// urology", "Gravity Men's Health & Urology", "reading rheumatology & infusion", "loveland travel & immunization
// center", "worthington kidney stone center", "sleepy eye pelvic health pt", "scottsbluff radiation oncology", "red
// river lithotripsy", "twin rivers family health", "ossining work release center", "greene county court of common
// pleas". The kind is what the practice does; the words before it, up to three and after a cue, a mark or the line's
// start, are its name, whatever words spell it ("twin rivers", "lakes area"); a word of care, a clinical or generic word
// or a possessive names none ("pediatric urology", "your home health", "outpatient infusion center").
import type { Candidate } from './patterns';
import { STATE_NAMES_ANY, TOWN_PREFIX } from './town-country';
import { GENERIC } from './organizations';
import { bothCases, factsMemo, lineNear, touchesNext, wordGate, wordsBefore, type TokenFacts, type WordAt } from './tokens';
import type { WordLists } from './wordlists';
import { CARE_KIND, CARE_KIND_WORDS, CARE_SERVICE, TWO_WORD_KIND } from './care-site-kinds';

/** Services named by their town or region whose kind is a common noun ("twin rivers pathology", "lebanon infusion
 * center", "Temple & Espinosa Gastroenterology", "lakes region wheelchair van"): in any case their name's words must
 * be a town's, a surname's, a region's or no everyday word, as "final pathology" and "awaiting radiology" are not names. */
const SERVICE = String.raw`gi[ \t]+(?:&|and)[ \t]+liver[ \t]+(?:specialists|associates|center|centre|clinic)|digestive[ \t]+(?:disease[ \t]+(?:center|centre|associates|specialists|consultants)|health(?:[ \t]+(?:center|centre|associates|specialists))?)|(?:ambulatory[ \t]+)?endoscopy[ \t]+(?:center|centre|associates|suite)|ambulatory[ \t]+endoscopy|infusion[ \t]+(?:center|centre|services|suite)|gastroenterology(?:[ \t]+(?:associates|group|consultants|specialists))?|pathology(?:[ \t]+(?:associates|group|consultants|services|lab|laboratory))?|radiology(?:[ \t]+(?:associates|group|consultants|services))?|diagnostic[ \t]+imaging|imaging[ \t]+(?:center|centre|associates)|wheelchair[ \t]+van|ambulette|medical[ \t]+transport(?:ation)?|paper[ \t]+(?:company|mill)|hotel[ \t]+(?:&|and)[ \t]+suites|occupational[ \t]+(?:medicine|health)|dot[ \t]+exam[ \t]+(?:center|centre|clinic)|(?:motor[ \t]+)?freight(?:[ \t]+lines)?|(?:&|and)[ \t]+sons[ \t]+(?:transport|trucking|freight)|home[ \t]+medical(?:[ \t]+(?:equipment|supply))?|respiratory[ \t]+care|(?:sleep|medical)[ \t]+supply|internal[ \t]+medicine|interpreting(?:[ \t]+(?:group|services|associates|agency))?|translation[ \t]+(?:&|and)[ \t]+interpreting|language[ \t]+(?:partners|services|solutions)(?:,?[ \t]+llc)?|refugee[ \t]+(?:alliance|services|center|centre|coalition)|immigrant[ \t]+(?:&|and)[ \t]+refugee[ \t]+(?:center|centre|services|alliance)|immigration[ \t]+law|cleaning[ \t]+services|meats|spice[ \t]+store|(?:filipino|asian|african|mexican|halal|international)[ \t]+(?:store|market|grocery)|mothers['’]?[ \t]+milk[ \t]+bank|wic[ \t]+(?:clinic|office|program)|ob\/gyn(?:[ \t]+(?:associates|group|partners|specialists))?|women['’]s[ \t]+health(?:[ \t]+(?:center|centre|associates|clinic))?|pediatrics(?:[ \t]+(?:associates|group|partners))?|logistics|(?:refugee[ \t]+)?camp|(?:rehabilitation|rehab)[ \t]+(?:and|&)[ \t]+nursing(?:[ \t]+(?:center|centre|home|facility))?|nursing[ \t]+(?:and|&)[ \t]+(?:rehabilitation|rehab)(?:[ \t]+(?:center|centre|facility))?|health[ \t]+care[ \t]+(?:center|centre)|transit|(?:surrogacy|escrow)[ \t]+(?:escrow|services|agency|center|centre)|reproductive[ \t]+law|family[ \t]+building[ \t]+agency|obstetrics(?:[ \t]+(?:&|and)[ \t]+gynecology)?|maternal-fetal[ \t]+medicine|pharmacy|drug(?:[ \t]+store)?|shoe[ \t]+(?:shop|fitters|store)|pedorthics|wound[ \t]+healing[ \t]+institute|orthotics[ \t]+(?:&|and)[ \t]+prosthetics|foot[ \t]+(?:and|&)[ \t]+ankle[ \t]+(?:center|centre|clinic|associates|specialists|institute)|bariatric[ \t]+(?:&|and)[ \t]+metabolic[ \t]+institute|bariatrics|weight[ \t]+loss[ \t]+(?:surgery[ \t]+)?(?:center|centre|clinic)|medical[ \t]+weight[ \t]+loss|air[ \t]*(?:care|med|evac)|lifeflight|sperm[ \t]+bank|cryobank|andrology[ \t]+(?:lab|laboratory|(?:&|and)[ \t]+cryobank)|donor[ \t]+(?:center|centre)|fertility[ \t]+(?:center|centre|institute|partners|clinic|associates)|ivf|(?:trailer|mobile[ \t]+home)[ \t]+park|(?:petrochemical|chemical|fuel)[ \t]+terminal|poultry(?:[ \t]+processing)?|manufacturing|diagnostic[ \t]+lab|gait[ \t]+(?:&|and)[ \t]+motion[ \t]+lab|(?:convention|civic|recreation)[ \t]+(?:center|centre)|fairgrounds|egg[ \t]+(?:donors?|donation|bank)(?:,?[ \t]+llc)?|nursing[ \t]+(?:center|centre|home)|balance[ \t]+(?:center|centre|clinic)|family[ \t]+practice(?:,?[ \t]+p\.?c\.?(?![\p{L}\d]))?|${CARE_SERVICE}`;
const SERVICE_AT = new RegExp(String.raw`^(?:${SERVICE})$`, 'iu');
const CARE_SERVICE_AT = new RegExp(String.raw`^(?:${CARE_SERVICE})$`, 'iu');
/** Words of a region's name, everyday words that name places ("lakes region", "north country", "down east"). */
const REGION_WORD = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|down|lakes?|rivers?|valley|valleys|region|country|county|area|bay|coast|coastal|harbor|harbour|hills?|mountains?|pines?|granite|keystone|tri|state|twin|cities|city|heartland|prairie|plains|delta|tidewater|piedmont|gulf|shore|peninsula|highlands?|lowlands?|creek|springs?|falls|island|islands|forest|woods|capital|metro|tree|big|sky|great|high|desert|mesa|canyon|ridge|summit|blue|green|red|white|black|golden|silver|finger|mohawk|hudson|ozark|appalachian|midwest|new|old|port|fort|mount|saint|st|three|bluegrass|tri-state|gateway|cornerstone|evergreen|pinnacle|northstar|lighthouse|riverbend|allegheny|cumberland)$/i;
const KIND = String.raw`men['’]s[ \t]+health[ \t]+(?:&|and)[ \t]+urology|urology(?:[ \t]+(?:associates|group|partners|specialists))?|rheumatology[ \t]+(?:&|and)[ \t]+infusion|travel[ \t]+(?:&|and)[ \t]+immunization[ \t]+(?:center|centre|clinic)|travel[ \t]+(?:health|medicine)(?:[ \t]+(?:center|centre|clinic))?|kidney[ \t]+stone[ \t]+(?:center|centre|clinic)|pelvic[ \t]+health(?:[ \t]+(?:pt|physical[ \t]+therapy))?|radiation[ \t]+oncology|interventional[ \t]+radiology|(?:mobile[ \t]+)?lithotripsy|arthritis(?:[ \t]+(?:&|and)[ \t]+osteoporosis)?[ \t]+(?:center|centre|clinic|associates)|regional[ \t]+infusion(?:[ \t]+(?:center|centre|clinic))?|outpatient[ \t]+infusion(?:[ \t]+(?:center|centre|clinic))?|clinical[ \t]+lab(?:oratory)?|apothecary(?:[ \t]+specialty[ \t]+services)?|family[ \t]+health(?:[ \t]+(?:center|centre|clinic))?|home[ \t]+health(?![ \t]+(?:aide|aides|nurse|nursing|agency|services|care|visits?|referral|order|orders|pt|ot|rn|needs|eval|evaluation|and))|work[ \t]+release[ \t]+(?:center|centre|facility)|reception(?:[ \t]+(?:and|&)[ \t]+diagnostic)?[ \t]+(?:center|centre)|(?:adult|juvenile)[ \t]+detention[ \t]+(?:center|centre|facility)|(?:women['’]s[ \t]+|men['’]s[ \t]+)?correctional[ \t]+(?:center|centre|facility|institution|complex)|reentry[ \t]+(?:center|centre)|court[ \t]+of[ \t]+common[ \t]+pleas(?:,?[ \t]+(?:juvenile|probate|domestic[ \t]+relations)[ \t]+division)?|(?:ambulatory|day|outpatient)[ \t]+surgery[ \t]+(?:center|centre)|drug[ \t]+(?:&|and)[ \t]+home[ \t]+health|fire[ \t]+(?:rescue|department|dept\.?)|police[ \t]+(?:department|dept\.?)|state[ \t]+(?:prison|penitentiary)|county[ \t]+(?:jail|detention[ \t]+(?:center|centre))|detention[ \t]+(?:center|centre)|pd|${CARE_KIND}|${SERVICE}`;
const KIND_AT = new RegExp(String.raw`(?<![\p{L}'’-])(?:${KIND})(?![\p{L}'’-])`, 'giu');
const KIND_WORDS = wordGate(`${CARE_KIND_WORDS} rehabilitation rehab nursing health camp logistics mothers milk wic ob gyn women womens pediatrics interpreting translation language refugee immigrant immigration cleaning meats spice filipino asian african mexican halal international occupational dot freight sons medical respiratory supply internal gi digestive endoscopy infusion gastroenterology pathology radiology imaging wheelchair ambulette transport transportation paper suites fire police state county detention pd ambulatory day surgery drug men mens urology rheumatology travel kidney pelvic radiation interventional lithotripsy mobile arthritis regional outpatient clinical apothecary family home work reception adult juvenile correctional reentry court transit surrogacy escrow reproductive obstetrics maternal pharmacy drug shoe pedorthics wound orthotics foot bariatric bariatrics weight air airmed aircare airevac lifeflight sperm cryobank andrology donor fertility ivf trailer petrochemical chemical fuel poultry manufacturing diagnostic gait convention civic recreation fairgrounds balance egg`);
/** Words that say which kind of care or whose, not which practice. */
const NOT_NAME = /^(?:baseline|remote|continuous|routine|standard|pediatric|peds|paediatric|female|male|women['’]?s|men['’]?s|adult|general|reconstructive|oncologic|functional|academic|private|local|community|outpatient|inpatient|mobile|regional|outside|our|your|their|his|her|its|my|own|new|current|previous|prior|same|other|another|the|a|an|this|that|pt['’]?s|patient['’]?s|pt|pts|patient|patients|refer|referred|referral|consult|consulted|seen|see|with|and|or|per|by|to|from|at|via|for|of|in|on|into|ordering|sent|faxed|called|call|via|re|cc|attn|dr|md|do|np|pa|rn|urology|nephrology|oncology|rheumatology|infusion|health|care|clinic|center|centre|hospital|service|services|dept|department|division|team|office|unit|floor|main|upper|lower|older|old|st|saint|county|ambulatory|day|same)$/i;
/** Words before a name: a cue, or a word a line or a list opens with. */
const CUE = /^(?:at|in|to|from|by|with|of|via|through|thru|vendor|agency|for|call|called|contacted|per|and|ordering|referral|referred|attention|attn|re|cc|facility|service|location|practice|lab|laboratory|provider|pharmacy|employer|sending|receiving|destination|incarceration|court|supplier|enrolled|the|reporter|employer)$/i;

/** Whether the name may open at word `first`: after a cue word, a mark, a sentence's end, columns or the line's start. */
function opensName(text: string, words: readonly WordAt[], first: number): boolean {
  const start = words[first]!.at;
  const prev = words[first - 1];
  if (prev && CUE.test(prev.word.replace(/[.:]+$/, '')) && /^[ \t]*:?[ \t]+$/.test(text.slice(prev.at + prev.word.length, start))) return true;
  return /(?:^|\n|[:,;(\-–|]|[^.\s]{2}\.|[ \t]{2,})[ \t]*$/.test(text.slice(Math.max(0, start - 24), start));
}

export function practiceNames(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[KIND_WORDS.index]) return [];
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(KIND_AT)) {
    const words = wordsBefore(text, m.index, 64, /[\p{L}][\p{L}'’.-]*|&/gu);
    // (A bounded reach of the line: a text of one long line stays linear.)
    const mixed = bothCases(lineNear(text, m.index, 200));
    const shop = SHOP_KIND.test(m[0]);
    // Walk left over the name's words; the name opens at the farthest word a cue, a mark or the line's start stands before.
    let first = words.length;
    let named = 0;
    let start = -1;
    while (first > 0 && named < 3) {
      const w = words[first - 1]!;
      const next = first < words.length ? words[first]!.at : m.index;
      if (!touchesNext(text, w, next)) break;
      if (w.word === '&') { if (named === 0) break; first--; continue; }
      const key = w.word.toLowerCase().replace(/[.]+$/, '');
      const f = factsOf(key);
      // "greene county court": a county's word belongs to the name once a word stands before it.
      const countyWord = key === 'county' && first - 1 > 0 && named === 0;
      // "at New Veronicaville Infusion Center": a town's "New" before a name word, capitalized in text of both cases.
      const newTown = key === 'new' && named > 0 && mixed && w.word === 'New';
      if (!countyWord && !newTown && (NOT_NAME.test(key) || key.length < 2 || f.fn || (f.clinical && !f.town && !f.city && !f.last) || (GENERIC.has(key) && !f.town && !f.city && !f.last && !(CARE_SERVICE_AT.test(m[0]) && REGION_WORD.test(key))))) break;
      if (mixed && !/^\p{Lu}/u.test(w.word)) break;
      // ("employer Wolff Construction, Inc.": a cue names no practice.)
      if (key !== 'court' && CUE.test(key)) break;
      first--;
      if (countyWord) continue;
      named++;
      // ("because Long's Pharmacy is closed": in text of both cases a shop's capitalized name opens after a lowercase word.)
      if (opensName(text, words, first) || (mixed && shop && first > 0 && /^\p{Ll}/u.test(words[first - 1]!.word))) start = words[first]!.at;
    }
    if (start < 0) continue;
    // ("Poschmann Hardware": one word will do where no dictionary holds it; "retained hardware" and "Faith-based daycare"
    // stay.)
    const nameWords = text.slice(start, m.index).trim().split(/[ \t]+/);
    if (TWO_WORD_KIND.test(m[0]) && nameWords.length < 2 && (nameWords[0]!.includes('-') || factsOf(nameWords[0]!.toLowerCase().replace(/['’]s$/, '')).english)) continue;
    if (!shop && SERVICE_AT.test(m[0]) && !regionOrNamed(text.slice(start, m.index), factsOf, /^imaging$/i.test(m[0]))) continue;
    // "CMS home infusion therapy benefit": a body's letters on a line of both cases name no site of the newer kinds.
    if (mixed && (CARE_SERVICE_AT.test(m[0]) || /^telepsychiatry$/i.test(m[0])) && /^[A-Z]{2,4}$/.test(text.slice(start, m.index).trim())) continue;
    if (shop && !localShop(text.slice(start, m.index).trim(), factsOf)) continue;
    // "URAC specialty pharmacy accreditation": a body's letters on a line of both cases are no pharmacy's name.
    if (KIND_PHARMACY.test(m[0]) && (CHAIN.test(text.slice(start, m.index).trim()) || (mixed && /^[A-Z]{2,5}$/.test(text.slice(start, m.index).trim())))) continue;
    // "booked … by Cuero PD": a police department by its town's letters only where someone was booked or arrested.
    if (/^pd$/i.test(m[0]) && !/\b(?:booked|arrest\w*|brought|transported|custody)\b/i.test(text.slice(Math.max(0, start - 60), start))) continue;
    // "st. anthony's radiation oncology": a saint's title before the name is the name's.
    const saint = /(?<![\p{L}\d])(?:st\.?|saint)[ \t]+$/iu.exec(text.slice(Math.max(0, start - 8), start));
    // "Liberty Infusion Services, LLC": a company's legal form after its kind is the name's.
    const end = m.index + m[0].length;
    const legal = LEGAL_FORM.exec(text.slice(end, end + 14));
    const close = end + (legal?.[0].length ?? 0);
    out.push({ start: saint ? start - saint[0].length : start, end: close, kind: 'LOCATION', rule: 'place-practice-kind', priority: 5 });
    // "PICKED UP AT WELCOME YACHT BASIN, BOYNTON BEACH, 10.06.2024": the site's town after a comma, closing its clause.
    const town = SITE_TOWN.exec(text.slice(close, close + 48));
    if (town && siteTown(town[1]!, mixed, factsOf)) out.push({ start: close + town[0].length - town[1]!.length, end: close + town[0].length, kind: 'LOCATION', rule: 'place-practice-town', priority: 5 });
  }
  return out;
}

/** A town of one to three words after a site's comma, closed by a mark. */
const SITE_TOWN = new RegExp(String.raw`^,[ \t]+(${TOWN_PREFIX}\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?)(?=[ \t]*(?:[,;(]|\.(?:\s|$)|\r?\n|$))`, 'iu');

/** Each word a listed town's, or (capitalized on a line of both cases) no dictionary word; never a state or a title. */
function siteTown(run: string, mixed: boolean, factsOf: (key: string) => TokenFacts): boolean {
  if (STATE_NAME.test(run)) return false;
  return run.split(/[ \t]+/).every((w) => {
    const key = w.toLowerCase().replace(/\.$/, '');
    const f = factsOf(key);
    if (f.fn || (f.clinical && !f.town && !f.city) || STATE_NAME.test(key) || (mixed && !/^\p{Lu}/u.test(w))) return false;
    return f.town || f.city || /^(?:new|north|south|east|west|lake|port|fort|mount|st|san|santa|el|la|los|las)$/.test(key) || (mixed && !f.english && key.length >= 4);
  });
}

/** A company's legal form after its name: ", LLC", " Inc.", ", P.C.". */
const LEGAL_FORM = /^,?[ \t]+(?:llc|l\.l\.c\.|inc\.?|p\.?c\.?|pllc|ltd\.?|llp)(?![\p{L}\d])/iu;

/** Kinds a national chain or a kind of care also stands before ("Alto Pharmacy", "California Cryobank", "reciprocal IVF"). */
const SHOP_KIND = /^(?:drug(?:[ \t]+store)?|pharmacy|ivf|cryobank|sperm[ \t]+bank)$/i;
/** Pharmacies of a kind no everyday phrase names: any name but a chain's ("Accredo specialty pharmacy"). */
const KIND_PHARMACY = /^(?:specialty|(?:home[ \t]+)?infusion)[ \t]+pharmacy$/i;
const CHAIN = /^(?:alto|cvs|walgreens?|rite[ \t]+aid|walmart|wal-mart|costco|kroger|publix|safeway|albertsons|meijer|h-?e-?b|hy-?vee|wegmans|target|duane[ \t]+reade|express[ \t]+scripts|optum|caremark|accredo|amazon|capsule|giant(?:[ \t]+eagle)?|sam['’]?s[ \t]+club)$/i;
const STATE_NAME = new RegExp(String.raw`^(?:${STATE_NAMES_ANY})$`, 'i');

/** A shop's name is a local one: no chain, no state, and every word a town's, a surname's or a street's, never an
 * everyday word ("street drug", "the hospital pharmacy"). */
function localShop(name: string, factsOf: (key: string) => TokenFacts): boolean {
  if (CHAIN.test(name) || STATE_NAME.test(name)) return false;
  const words = name.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  return words.every((w) => {
    const key = w.toLowerCase().replace(/[.]+$/, '').replace(/['’]s$/, '');
    const f = factsOf(key);
    if (DRUG_KIND.test(key)) return false;
    // ("Kortajarena's Drug Store", "Long's Pharmacy": an owner's name, whatever else the word means.)
    if (/['’]s$/i.test(w)) return (!f.english || f.last) && !f.clinical && !f.fn;
    // ("Hurricane Drug", "Kentucky River Pharmacy": a town's everyday word, or a region's words with another.)
    // ("Tri-State Pharmacy": a region's hyphened words count as two.)
    const region = REGION_WORD.test(key) || STATE_NAME.test(key);
    return f.town || f.city || (f.last && !(f.english && f.common)) || (words.length > 1 && region) || (key.includes('-') && key.split('-').every((p) => REGION_WORD.test(p)));
  });
}

/** Words that say which drug or which pharmacy's kind, never a shop's name ("study drug", "gateway drug", "rescue drug"). */
const DRUG_KIND = /^(?:study|street|rescue|index|trial|sulfa|class|parent|active|free|brand|generic|illicit|recreational|offending|culprit|designer|party|gateway|pain|iv|prescription|antiplatelet|biologic|orphan|research|investigational|hospital|retail|mail|compounding|local|preferred|usual|nearest|same|new|old|central|main|satellite|inpatient|outpatient|specialty|community|chain|independent|online|federal|state|national|county|city|town|village|corner|neighborhood|grocery|discount|closest|home|clinic|campus|university|veterans|va|military|base|tribal|ihs|prison|jail|cancer|infusion|nuclear|sterile|veterinary|pet|animal|seizure|heart|blood|target|anti-?\w+)$/i;

/** A service's name is a town's, a surname's or a region's words, or words no dictionary lists; for a kind as bare as
 * "imaging" only a town's, a surname's or a region's ("Bluegrass Imaging", not "fluoroscopic imaging"). */
function regionOrNamed(name: string, factsOf: (key: string) => TokenFacts, strict = false): boolean {
  const words = name.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => {
    const key = w.toLowerCase().replace(/[.-]+$/, '').replace(/['’]s$/, '');
    const f = factsOf(key);
    return REGION_WORD.test(key) || STATE_NAME.test(key) || f.town || f.city || (f.last && !f.common) || (!strict && !f.english);
  });
}

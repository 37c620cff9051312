// Places smaller than a state: street addresses, cities, counties and the names of hospitals and
// clinics. The generic word ("Hospital", "County") stays; the distinctive part is the identifier.
import { careTransitionRules } from './care-transitions';
import { concernAtRule, employerRule, organizationRule, worksAtRule } from './organizations';
import { kindNamedRule, kindOfTownRule, templeRule } from './kind-named';
import { placeNounInTownRule, townAfterPlaceRule, townOfficeRule, wardFloorRule } from './place-after';
import { INSTITUTIONS } from './institutions';
import { ofKindTownRule, regionRule } from './regions';
import { mark, type PlaceCtx as Ctx } from './place-context';
import type { Candidate } from './patterns';
import { adjacent, facts, MARKED_LATIN, type Token, type TokenFacts } from './tokens';
import type { WordLists } from './wordlists';

const FACILITY_WORDS = new Set(['hospital', 'hosp', 'hospitals', 'clinic', 'clinics', 'infirmary', 'memorial', 'hospice', 'sanatorium', 'sanitarium', 'medical', 'health', 'healthcare', 'rehab', 'rehabilitation', 'nursing', 'manor', 'campus', 'pavilion', 'university', 'college', 'school', 'pharmacy', 'center', 'centre', 'institute', 'hall', 'home', 'homes', 'village', 'house', 'lodge', 'gardens', 'church', 'county', 'parish', 'township', 'borough', 'high', 'elementary', 'academy', 'surgical', 'urgent', 'dialysis', 'cancer', 'heart', 'childrens', "children's", 'general', 'regional', 'community', 'va', 'vamc']);
/** Facility words strong enough to mark the words before them as a name even in all capitals. */
const FACILITY_HEADS = new Set(['practice', 'associates', 'hospital', 'hosp', 'clinic', 'infirmary', 'memorial', 'hospice', 'sanatorium', 'rehab', 'manor', 'campus', 'pavilion', 'university', 'college', 'county', 'parish', 'township', 'hospiatal', 'hosptial', 'hopital']);
/** Specialties and services a clinic is named for: "Podiatry Clinic", "Pediatric Urology Clinic", "Device Clinic". */
const SPECIALTY_WORDS = ['peds', 'pediatrics', 'surgery', 'urology', 'podiatry', 'orthopedic', 'orthopedics', 'ortho', 'device', 'devices', 'gyn', 'ob', 'obgyn', 'cardiology', 'dermatology', 'neurology', 'oncology', 'hematology', 'nephrology', 'pulmonary', 'pulmonology', 'rheumatology', 'endocrinology', 'endocrine', 'gastroenterology', 'gi', 'ent', 'ophthalmology', 'eye', 'optometry', 'pain', 'wound', 'diabetes', 'anticoagulation', 'coumadin', 'lipid', 'transplant', 'infusion', 'sleep', 'allergy', 'spine', 'sports', 'vascular', 'breast', 'fertility', 'prenatal', 'adult', 'walk-in', 'urgent', 'pacemaker', 'arrhythmia', 'memory', 'movement', 'headache', 'epilepsy', 'hepatology', 'liver', 'kidney', 'renal', 'hiv', 'travel', 'immunization', 'geriatric', 'geriatrics', 'psychiatry', 'behavioral', 'dental', 'hand', 'foot', 'burn', 'trauma', 'plastic', 'plastics', 'audiology', 'speech', 'nutrition', 'weight', 'bariatric', 'bariatrics', 'smoking', 'cessation', 'stroke', 'continence', 'incontinence', 'ostomy', 'lactation', 'well-child', 'newborn', 'resident', 'residents', 'faculty', 'outpatient', 'inpatient', 'ambulatory', 'hypertension', 'failure', 'infectious', 'disease', 'diseases', 'medicine'];

/** Specialties as a set: after a cue a specialty is a department ("seen in Ortho ED"), no place's name. */
const SPECIALTY = new Set(SPECIALTY_WORDS);
/** A move from or to a hospital's ER, the hospital's one or two words in group 1. */
const MOVED_VIA_ER = /\b(?:came|comes|coming|transferred|transfered|sent|arrived|brought|taken|transported|tx'?d|transfer)[ \t]+(?:in[ \t]+)?(?:from|to)[ \t]+((?:st\.?[ \t]+)?[a-z][a-z'’.-]+(?:[ \t]+[a-z][a-z'’-]+)?)[ \t]+(?:ed|er|ew)\b(?=[ \t]*(?:via|by|on|at|with|for|after|and|[,.;(]|$))/gi;
const GENERIC_BEFORE = new Set([...SPECIALTY_WORDS, 'student', 'campus', 'employee', 'different', 'new', 'old', 'small', 'large', 'big', 'main', 'closest', 'good', 'tertiary', 'transferring', 'receiving', 'outlying', 'rural', 'urban', 'affiliated', 'sister', 'military', 'army', 'navy', 'public', 'federal', 'academic', 'major', 'area', 'whole', 'entire', 'any', 'every', 'which', 'what', 'some', 'one', 'two', 'both', 'each', 'first', 'second', 'last', 'next', 'own', 'st', 'saint', 'family', 'internal', 'pediatric', 'primary', 'outside', 'community', 'local', 'general', 'same', 'other', 'another', 'previous', 'prev', 'prior', 'nearest', 'nearby', 'referring', 'psychiatric', 'psych', 'childrens', "children's", 'teaching', 'private', 'regional', 'mental', 'veterans', 'acute', 'chronic', 'rehab', 'rehabilitation', 'state', 'city', 'university', 'memorial', 'medical', 'center', 'nursing', 'home', 'the', 'a', 'an', 'this', 'that', 'osh', 'his', 'her', 'their', 'our', 'your', 'my', 'its', 'va', 'vamc', 'east', 'west', 'north', 'south', 'general', 'county', 'cancer', 'heart', 'surgical', 'specialty', 'womens', "women's", 'mens', 'day', 'long', 'term', 'care', 'skilled', 'assisted', 'living']);
/** Kinds of health that are no health system's name: "Behavioral Health", "Occupational Health". */
const HEALTH_KINDS = new Set(['behavioral', 'behavioural', 'occupational', 'employee', 'student', 'global', 'population', 'oral', 'sexual', 'reproductive', 'environmental', 'digital', 'allied', 'integrative', 'preventive', 'spiritual', 'emotional', 'physical', 'dental', 'vision', 'eye', 'bone', 'brain', 'skin', 'lung', 'kidney', 'liver', 'maternal', 'infant', 'child', 'adolescent', 'youth', 'senior', 'elder', 'veteran', 'tribal', 'holistic', 'public', 'mental', 'home', 'womens', "women's", 'mens', "men's", 'community', 'family', 'good', 'poor', 'general', 'overall', 'optimal', 'better', 'best', 'cardiovascular', 'heart', 'bladder', 'bowel', 'foot', 'hand', 'joint', 'wound', 'sleep', 'travel', 'school', 'world', 'national', 'state', 'county', 'city', 'planetary', 'rural', 'urban', 'minority']);
const STRONG_CUES = /\b(?:lives|living|live|resides|residing|resident|moved|relocated|born|native|home|house|apartment|transferred|transfered|transfer|xfer|xferred|tx'd|trans|admitted|admit|adm|returned|return|brought|discharged|dc'd|d\/c'd|referred|came|arrived|arrival|visiting|travel(?:l?ed|ling|ing)?|flew|drove|works?|worked|employed|medflight|presented|sent|taken|went|go|goes|going|gone|headed|heading|rushed|flown|airlifted|transported|hospitali[sz]ed|treated|stayed|stay|staying|vacation(?:ing)?|followed|seen|admission|readmitted|evaluated|transplant|surgery|visit|visited|appointment|appt|f\/u|dialy[sz]es|dialysis|rehabbed|d\/c|dc|discharge|transport|camping|hiking|fishing|hunting|skiing)\s+(?:(?:back|nearby|locally|alone|here|now|currently|earlier|today|yesterday|over|up|down|out|home)\s+)?(?:to|from|in|at|near)\s+(?:the\s+)?$/i;
/** The word just before a place after a cue: a preposition or "the". */
const CUE_LEADS = new Set(['to', 'from', 'in', 'at', 'near', 'of', 'outside', 'around', 'visiting', 'the']);
/** Capitalized words that follow "sent to", "went to", "seen at" without being a place. */
const NOT_PLACE = new Set(
  ('like just about around section ymca ywca shelter dcf dss dhs cps dmh dta dys lab labs lumen line lines port triple double single previous prior usual regular own baseline sinus radiology pharmacy medicine surgery floor unit units home bed sleep bathroom commode chair dialysis rehab nursing cath resus majors minors amu mau sdec ' +
    'intensive operating critical coronary neonatal anesthesia anaesthesia post postop preop ' +
    'xray imaging step stepdown tele telemetry ward wards service clinic hospital office room rooms bedside side stretcher ' +
    'bed recovery holding procedure procedures endoscopy echo nuclear interventional vascular cardiology neurology oncology ' +
    'hematology urology nephrology pulmonary pulmonology psychiatry psych physical occupational speech social case care ' +
    'hospice icu emergency triage admitting admissions family team staff rounds morning evening night day today tomorrow ' +
    'yesterday hall shower toilet sink window door car ambulance helicopter plane work school church store market ' +
    'mass baseline normal sinus afib room air nasal cannula face mask trach vent vents ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday christmas easter thanksgiving noon midnight ' +
    'tonight overnight weekend now soon later again also too yet still here there ' +
    'him her them me us you it one two three four five six seven eight nine ten all none some any other others').split(/\s+/),
);
/** A person who comes from somewhere: "pt is from", "DAUGHTER FROM", "family driving in from", "wife here from"
 * (not one taken from something: "wean the patient from bypass"). */
const PERSON_FROM = /(?<!\b(?:wean|weaned|weaning|remove|removed|separate|separated|separating|disconnect|disconnected|liberate|liberated|transfer|transferred|move|moved|take|took|taken|protect|protected|keep|kept|prevent|prevented|discharge|discharged|free|freed)\s+(?:the\s+)?)\b(?:pt|patient|he|she|they|family|wife|husband|spouse|son|sons|daughters?|dtr|sister|brother|mother|father|mom|dad|niece|nephew|friends?|parents|relatives?|cousin|aunt|uncle|grandsons?|granddaughters?|grandchildren|children|kids|sibs|siblings|hcp|proxy|visitors?)(?:\s+(?:is|was|are|were|here|visiting|originally|all|also|both|driving|flying|coming|came|drove|flew|in|up|down|over|back|en\s+route|on\s+(?:his|her|their|the|its)\s+way))*\s+from\s+(?:the\s+)?$/i;
/** Agencies and bodies named for their field after "of" ("Registry of Motor Vehicles", "Board of Registration"). */
const AGENCY_OF = /^(?:registry|department|dept|division|bureau|board|commission|council|ministry|secretary|society|association|federation|league|administration|agency)$/;
const WEAK_CUES = /\b(?:in|from|at|to|of|near|outside|around|visiting)\s+$|\b(?:from|at)\s+the\s+$/i;
const HOSPITAL_ABBR = /^(?:[a-z]{1,4}h|[a-z]{1,3}mc|[a-z]{2,3}hc)$/;
/** Units, services and places in a hospital that a transfer goes to by abbreviation ("sent to IR", "referred to ENT"). */
const UNIT_ABBR = new Set(['icu', 'ccu', 'micu', 'sicu', 'csru', 'cvicu', 'tsicu', 'nsicu', 'nicu', 'picu', 'cvu', 'sdu', 'pcu', 'imc', 'imcu', 'tcu', 'ecu', 'cicu', 'ticu', 'bmt', 'ob', 'ld', 'pacu', 'or', 'ir', 'vir', 'ep', 'eps', 'ct', 'mri', 'cta', 'pet', 'ed', 'er', 'ew', 'ccl', 'cath', 'hd', 'crrt', 'cvvh', 'cvvhd', 'gi', 'ent', 'us', 'xr', 'pt', 'ot', 'slp', 'rt', 'ns', 'nc', 'ps', 'ac', 'tele', 'snf', 'ltac', 'ltach', 'alf', 'nh', 'ltc', 'vna', 'lab', 'cdu', 'obs', 'msu', 'apu', 'mcu', 'acu', 'ssu', 'gyn', 'obgyn', 'uro', 'ortho', 'psych', 'neuro', 'id', 'pmr', 'nsgy', 'csurg', 'ctsurg', 'ccs', 'gs', 'acs', 'onc', 'rad', 'heme', 'med', 'meds', 'surg', 'cmed', 'cards', 'pulm', 'renal', 'tsurg', 'vsurg', 'omfs', 'plastics', 'ccm', 'ems', 'ama', 'dnr', 'dni', 'cmo', 'hospice', 'pcp', 'md', 'mds', 'np', 'rn', 'pa', 'ho', 'sw', 'cm', 'case', 'ekg', 'ecg', 'eeg', 'emg', 'tte', 'tee', 'egd', 'ercp', 'mrcp', 'kub', 'cxr', 'abg', 'iv', 'po', 'ng', 'og', 'ivf', 'prbc', 'ffp', 'ac', 'cmv', 'simv', 'prvc', 'cpap', 'bipap', 'peep', 'fio', 'ra', 'nrb', 'fm', 'hfnc', 'trach', 'peg', 'picc', 'prn', 'bid', 'tid', 'qid', 'qd', 'am', 'pm', 'hs', 'noc', 'gtt', 'ltm', 'ltm', 'irf', 'arf', 'sar', 'ipr', 'pmv', 'nsr', 'afib', 'sr', 'st', 'sb', 'vt', 'vf', 'pea', 'asys', 'dc', 'ttp', 'rr', 'bp', 'hr', 'cvp', 'map', 'usa', 'us', 'uk', 'eu', 'ge', 'gej', 'av', 'vv', 'aai', 'vvi', 'ddd', 'ddi', 'oh', 'osh', 'ob', 'ge', 'le', 'ue', 'rle', 'lle', 'rue', 'lue', 'rll', 'lll', 'rul', 'lul', 'rml', 'va', 'vamc', 'bb', 'path', 'micro', 'cyto', 'chem', 'coag', 'ua', 'ucx', 'bcx', 'hla', 'ob', 'pod', 'pca', 'tpn', 'tf', 'ngt', 'ogt', 'ett']);
/** Two-letter words a movement cue can take in capitals ("SENT TO GO", "MOVED UP"). */
const TWO_LETTER_WORDS = new Set(['go', 'up', 'us', 'it', 'me', 'my', 'so', 'no', 'ok', 'hi', 'be', 'do', 'we', 'he', 'on', 'in', 'at', 'to', 'by', 'or', 'an', 'as', 'if', 'is', 'am', 'of', 'oz', 'lb', 'kg', 'cm', 'mm', 'ml', 'cc', 'dl', 'mg', 'gm', 'hr', 'hrs', 'x', 'tv', 'pc', 'iv', 'pm', 'am', 'ox', 'ax', 'ex', 'ma', 'pa']);
const NOT_HOSPITAL = new Set(['aa', 'na', 'osh', 'nh', 'etoh', 'ich', 'sah', 'bph', 'lvh', 'rvh', 'pph', 'hh', 'th', 'sh', 'ph', 'ah', 'oh', 'uh', 'bh', 'hmc', 'dh', 'wh', 'nph', 'sdh', 'edh', 'ivh', 'ugh', 'bah', 'yeah', 'ah', 'eh', 'mah', 'nah', 'rh', 'ch']);
/** Words after a name that make it a facility: "kernan ew", "baltimore rehab", "Harbor Hospital". */
const FACILITY_AFTER = /^\s+(?:ew|er|ed|icu|ccu|micu|rehab|hospital|hosp|med\s+ctr|medical|clinic|campus|cath\s+lab|nursing|memorial)\b/i;
/** Endings of English-speaking town names (Reisterstown, Catonsville, Edgemere, Pikesville). */
const TOWN_ENDING = /(?:town|ville|burg|burgh|boro|borough|ford|field|wood|port|mouth|dale|land|chester|haven|mont|ridge|view|shire|worth|bury|ham|stead|mere|ley|ton|by|wick|ington|minster|cester|brook|bridge|crest|hurst|vale|gate|side|moor|croft)$/;
/** Stricter: the words that make the one or two words before them a facility's name. */
const FACILITY_NAME_AFTER = /^\s+(?:(?:regional|general|adventist|presbyterian|methodist|baptist|lutheran)(?=\s*(?:[.,;:)(]|$|\s+(?:hospital|hosp|medical|med|center|ctr|ed|er|ew|icu|and|for|on|in|with|x\s*\d|\d+|today|yesterday|last|this|records|notes|chart|team|staff|showed|shows|revealed|vs|where|when|until|since|per|by|was|is|w\/|called|calls|accepted|declined|faxed|sent|re)\b))|hospital|hosp|med\s+ctr|medical\s+cent(?:er|re)|clinic|rehab|nursing\s+home|nursing\s+facility|memorial|infirmary|hospice|health\s+cent(?:er|re)|NH|SNF|ALF|LTAC|assisted\s+living)\b/i;
/** Cities in the list that are more often plain words in a note. */
const PLAIN_WORD_CITIES = new Set(['aurora', 'bend', 'blaine', 'buffalo', 'columbia', 'enterprise', 'flint', 'independence', 'jupiter', 'mentor', 'mission', 'mobile', 'normal', 'orange', 'paradise', 'phoenix', 'reading', 'sandy', 'spring', 'sunrise', 'surprise', 'temple', 'university', 'york', 'hope', 'faith', 'unity', 'liberty', 'justice', 'victoria', 'marion', 'eugene', 'warren', 'troy', 'florence', 'lincoln', 'jackson', 'franklin', 'madison', 'clinton', 'washington']);
const SAINT = /\b(?:St|Saint|Ste|Mt|Mount|San|Santa|Fort|Ft|Port|Lake|New|North|South|East|West)\.?\s+$/i;

/** A US post-office town that is no everyday word: "Marblehead", "Quincy" (not "Hope", "Normal"). */
function townWord(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  const f = ctx.f[i]!;
  // A word the note also writes in lower case mid-sentence is a word there ("Cataract, right eye" and "the cataract").
  return t.end - t.start >= 4 && f.town && !ctx.lowerSeen.has(t.key) && !f.english && !f.fn && !f.clinical && !f.eponym && !PLAIN_WORD_CITIES.has(t.key);
}

/** Case as a signal: a town in both place lists that is a rare English word ("Westminster", "Essex"),
 * capitalized mid-sentence and never written in lower case in the note, is the town. */
function rareWordTown(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  const f = ctx.f[i]!;
  // Not inside a run of capitals: product and company names ("Cordis Vista Brite Tip").
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if ((prev && prev.cap && adjacent(ctx.text, prev, t)) || (next && next.cap && adjacent(ctx.text, t, next))) return false;
  if (f.common || f.clinical || f.eponym || f.fn || f.last || t.end - t.start < 5 || !ctx.lists.towns.has(t.key) || !ctx.lists.cities.has(t.key) || ctx.lowerSeen.has(t.key) || PLAIN_WORD_CITIES.has(t.key)) return false;
  // A ward named for the town ("to Bridgeport 2") makes the bare word the ward's ("Bridgeport team").
  return !new RegExp(`\\b${t.key.replace(/[^a-z]/g, '.')}\\s?\\d{1,2}\\b`, 'i').test(ctx.text);
}

/** A run of two or three words that names a town: capitalized in mixed case, or with a word no everyday list holds. */
function townRun(ctx: Ctx, i: number, n: number): boolean {
  const run = ctx.tokens.slice(i, i + n);
  if (!ctx.lists.towns.has(run.map((x) => x.key).join(' '))) return false;
  if (run.some((x, k) => ctx.f[i + k]!.fn || ctx.f[i + k]!.clinical)) return false;
  return run[0]!.lineCase === 'mixed' ? run.every((x) => x.cap && !x.allCaps) : run.some((x, k) => !ctx.f[i + k]!.english);
}


/** First letters of the words after a town that make it its hospital's (ER, ICU, cath lab, nurse, staff, records...). */
const STAFF_INITIALS = new Set(['E', 'I', 'C', 'M', 'c', 'n', 'N', 's', 'S', 'r', 'R', 'h', 'H']);

function facilityRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  // "GH EW", "MGH ER": a hospital abbreviation before its emergency room or cath lab.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // "OH EW", "TH EW": before "EW" (a hospital's emergency ward) any short abbreviation but the outside hospital's is one.
    if (t.allCaps && t.end - t.start <= 4 && t.key !== 'osh' && !ctx.f[i]!.clinical && !ctx.f[i]!.fn && !TWO_LETTER_WORDS.has(t.key) && !/^(?:the|and|for|via|per|our|your|this|that|from|into|onto|came|sent|went|back)$/.test(t.key) && /^ EW\b/.test(text.slice(t.end, t.end + 4))) mark(ctx, i, 'place-hospital-abbr');
    if (t.allCaps && HOSPITAL_ABBR.test(t.key) && !NOT_HOSPITAL.has(t.key) && !ctx.f[i]!.english && !ctx.f[i]!.clinical && /^\s(?:ER|EW|ED|ICU|CCU|MICU|SICU|cath lab|CATH LAB|nurse|NURSE|staff|STAFF|team|TEAM|records|RECORDS|physician|hospital|HOSPITAL|clinic|CLINIC)\b/.test(text.slice(t.end, t.end + 11))) mark(ctx, i, 'place-hospital-abbr');
  }
  // "SEEN BY HUNTSVILLE NURSE", "Towson records": a town's name before its hospital's staff or records.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap first: the staff or records word below starts one space after the town.
    if (!STAFF_INITIALS.has(text[t.end + 1] ?? '') || !/\s/.test(text[t.end]!)) continue;
    const f = ctx.f[i]!;
    const town = (f.city && !PLAIN_WORD_CITIES.has(t.key)) || townWord(ctx, i) || (TOWN_ENDING.test(t.key) && !f.english && !f.first && !f.commonLast && t.end - t.start >= 6);
    if (!town || f.fn || f.clinical || ctx.isName.has(i) || (t.lineCase === 'mixed' && (!t.cap || t.initial))) continue;
    if (/^\s(?:ER|EW|ED|ICU|CCU|MICU|cath lab|CATH LAB|nurse|NURSE|nurses|NURSES|staff|STAFF|records|RECORDS|hospital|HOSPITAL|clinic|CLINIC)\b/.test(text.slice(t.end, t.end + 11))) mark(ctx, i, 'place-facility');
  }
  // "seen in Harbor ER", "CALVERT EW": a capitalized word before an emergency room is its hospital, everyday word or not.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap first: an emergency room's word follows one space and starts with "E" or "e".
    const e = text[t.end + 1];
    if ((e !== 'E' && e !== 'e') || !/\s/.test(text[t.end]!)) continue;
    const f = ctx.f[i]!;
    // In one-case text an everyday word names the ER only after a place cue ("arrived from silver ew").
    const cued = i > 0 && /^(?:from|to|at|in)$/.test(tokens[i - 1]!.key);
    // "sent from src ed": in lower case a hospital's initials are a run of consonants before its ER.
    if (cued && t.lineCase === 'lower' && /^[b-df-hj-np-tv-xz]{2,4}$/.test(t.key) && !UNIT_ABBR.has(t.key) && !NOT_HOSPITAL.has(t.key) && !f.clinical && !ctx.isPlace[i] && /^\s(?:er|ew|ed)\b/.test(text.slice(t.end, t.end + 4))) {
      mark(ctx, i, 'place-hospital-abbr');
      continue;
    }
    if (ctx.isPlace[i] || ctx.isName.has(i) || f.fn || f.clinical || f.eponym || GENERIC_BEFORE.has(t.key) || NOT_PLACE.has(t.key) || FACILITY_WORDS.has(t.key) || t.end - t.start < 4) continue;
    if ((t.lineCase === 'mixed' ? !t.cap || t.allCaps || t.initial : f.common && !cued) || KIND_OF_ER.has(t.key)) continue;
    const er = /^\s(?:ER|EW|ED|Emergency\s+(?:Room|Department)|EMERGENCY\s+(?:ROOM|DEPARTMENT))\b/.exec(text.slice(t.end, t.end + 22)) ?? (t.lineCase === 'lower' && cued ? /^\s(?:er|ew|ed)\b/.exec(text.slice(t.end, t.end + 4)) : null);
    // "Ultram ER, #15 one p.o.": extended release, with a dose after it.
    if (er && !/^\s*(?:,?\s*#?\d|tabs?\b|caps?\b|mg\b|po\b|p\.o\.|daily|qd\b|bid\b|tid\b|q\d)/i.test(text.slice(t.end + er[0].length, t.end + er[0].length + 12))) mark(ctx, i, 'place-facility');
  }
  // "Pt came from emerson ED via ambulance", "came from good sam ED": after a move from or to, the one or two words
  // before an ER name its hospital in any case, everyday words or not.
  for (const m of text.matchAll(MOVED_VIA_ER)) {
    const end = m.index + m[0].search(/[ \t]+(?:ed|er|ew)$/i);
    const start = end - m[1]!.length;
    // The first token at or after the match's start, by halving (a 1 MB paste has many matches and many tokens).
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const inside: Array<readonly [Token, number]> = [];
    for (let k = lo; k < tokens.length && tokens[k]!.end <= end; k++) inside.push([tokens[k]!, k]);
    if (inside.length === 0 || inside.some(([t, k]) => ctx.f[k]!.fn || ctx.f[k]!.clinical || GENERIC_BEFORE.has(t.key) || NOT_PLACE.has(t.key) || FACILITY_WORDS.has(t.key) || KIND_OF_ER.has(t.key) || UNIT_ABBR.has(t.key))) continue;
    for (const [, k] of inside) mark(ctx, k, 'place-facility');
  }
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i]!;
    // "Pastor Rocky Parish": a head the name rules read as a person's surname ends no place's name.
    if (ctx.isName.has(i)) continue;
    // "Sunrise Senior Living", "Brightview Assisted Living": a residence named before what kind of living it offers.
    const livingHead = head.key === 'living' && head.cap && !head.allCaps && i >= 2 && /^(?:senior|assisted|independent)$/.test(tokens[i - 1]!.key) && tokens[i - 1]!.cap;
    // "Parkview Apartments", "Maple Court Apts": capitalized as a name is, or after a word no list calls a word.
    const apartmentHead = /^(?:apartments|apts|condominiums|condos)$/.test(head.key) && (head.lineCase === 'mixed' ? head.cap : !ctx.f[i - 1]!.english);
    const strongHead = FACILITY_HEADS.has(head.key) || livingHead || apartmentHead || (head.key === 'medical' && /^\s+cent(?:er|re)/i.test(text.slice(head.end, head.end + 8))) || (head.key === 'nursing' && /^\s+home/i.test(text.slice(head.end, head.end + 6))) || (head.key === 'health' && /^\s+(?:center|centre|system|clinic)/i.test(text.slice(head.end, head.end + 8)));
    // "Silver House NH resident", "Maple Manor nursing home": a residence word before a care-home word is a head too.
    const homeHead = /^(?:house|manor|lodge|village|gardens|place|center|centre|terrace|court|commons|pointe|estates)$/.test(head.key) && /^\s+(?:NH|N\.H\.|nursing\s+home|nursing\s+facility|rehab|resident|facility|ALF|assisted|SNF|LTC|LTAC|skilled)\b/i.test(text.slice(head.end, head.end + 20));
    // "Maple NH", "Cedar MC", "Oakwood SNF": a care-home or medical-center abbreviation in capitals on a mixed-case line.
    const abbrHead = head.lineCase === 'mixed' && /^(?:NH|MC|SNF|LTAC|ALF|LTCF|VAMC)$/.test(text.slice(head.start, head.end)) && !FACILITY_WORDS.has(tokens[i - 1]!.key);
    // "PCP at Fairview Health": a capitalized "Health" after a capitalized name is a health system.
    const healthHead = head.key === 'health' && head.lineCase === 'mixed' && text.slice(head.start, head.end) === 'Health' && tokens[i - 1]!.cap && !tokens[i - 1]!.allCaps && !HEALTH_KINDS.has(tokens[i - 1]!.key);
    if (!strongHead && !homeHead && !abbrHead && !healthHead) continue;
    // "BRIEF HOSPITAL COURSE", "Interval Hospital Course": a heading, not a hospital's name; "Birth hospital:" a field's.
    if (head.key === 'hospital' && (/^[ \t]+course\b/i.test(text.slice(head.end, head.end + 8)) || (/^[ \t]*:/.test(text.slice(head.end, head.end + 3)) && ctx.f[i - 1]!.english && !ctx.f[i - 1]!.town && !ctx.f[i - 1]!.city && !ctx.f[i - 1]!.last))) continue;
    // Walk back over the distinctive words: "St. Mary's Hospital", "CALVERT HOSPITAL", "Union Memorial",
    // and over generic ones between them and the head ("Massachusetts General Hospital").
    let k = i - 1;
    let n = 0;
    const pending: number[] = [];
    while (k >= 0 && n + pending.length < 4 && adjacent(text, tokens[k]!, tokens[k + 1]!, true)) {
      const t = tokens[k]!;
      // "Zagorje ob Savi Memorial": a town's small word between two of its capitalized words.
      if (n > 0 && (!t.cap || t.lineCase !== 'mixed') && TOWN_PARTICLES.has(t.key) && k > 0 && tokens[k - 1]!.cap && !ctx.f[k - 1]!.fn && adjacent(text, tokens[k - 1]!, t)) {
        pending.push(k);
        k--;
        continue;
      }
      // "High Durgan Community Hospital": "High" before the name's capitalized word is part of it (not "High School").
      const highName = t.key === 'high' && n > 0 && pending.length === 0 && t.cap && t.lineCase === 'mixed' && !t.allCaps;
      if (highName) {
        mark(ctx, k, 'place-facility');
        k--;
        continue;
      }
      const generic = GENERIC_BEFORE.has(t.key) || FACILITY_WORDS.has(t.key);
      // "MD Hospital", "NY Presbyterian": a state abbreviation right before the head names it.
      if (ctx.f[k]!.fn) break;
      if (n === 0 && pending.length === 0 && t.allCaps && ctx.lists.stateAbbr.has(text.slice(t.start, t.end)) && !generic) {
        mark(ctx, k, 'place-facility');
        break;
      }
      if ((ctx.f[k]!.clinical && !generic) || (t.lineCase !== 'mixed' && t.end - t.start <= 3 && !generic)) break;
      const mixed = t.lineCase === 'mixed';
      if (mixed && !t.cap) break;
      if (generic) {
        pending.push(k);
      } else {
        // In one-case lines any word but a generic one names the place ("holy cross hospital").
        if (CARE_MODIFIERS.has(t.key) || PLAN_VERBS.has(t.key) || (!mixed && ctx.f[k]!.english && !ctx.lists.cities.has(t.key) && !ctx.lists.last.has(t.key) && (NOT_PLACE.has(t.key) || ctx.f[k]!.clinical || /(?:ing|ed|ly|est|er)$/.test(t.key)))) break;
        for (const p of pending) mark(ctx, p, 'place-facility');
        pending.length = 0;
        mark(ctx, k, 'place-facility');
        n++;
      }
      k--;
    }
    // "from shore memorial", "Mercy Manor", "Riverbend Gardens": these heads are part of the name they end, as
    // "Hospital" is not.
    if (n > 0 && /^(?:memorial|manor|gardens|lodge|village|commons|estates|pointe)$/.test(head.key)) mark(ctx, i, 'place-facility');
    // "Howard County General", "CARROLL COUNTY MEMORIAL": the hospital's name goes on past its county.
    const after = tokens[i + 1];
    if (n > 0 && head.key === 'county' && after && adjacent(text, head, after) && /^(?:general|regional|memorial)$/.test(after.key) && (after.cap || after.lineCase !== 'mixed')) {
      mark(ctx, i, 'place-facility');
      mark(ctx, i + 1, 'place-facility');
    }
    // "taken to north hosp", "WEST HOSPITAL": a compass word alone before the head names a campus.
    if (n === 0 && pending.length === 1 && /^(?:north|south|east|west|northwest|northeast|southwest|southeast|central)$/.test(tokens[pending[0]!]!.key) && (tokens[pending[0]!]!.cap || tokens[pending[0]!]!.lineCase !== 'mixed')) mark(ctx, pending[0]!, 'place-facility');
    k += pending.length;
    if (n > 0 && k >= 0 && SAINT.test(text.slice(Math.max(0, tokens[k]!.start - 1), tokens[k + 1]!.start))) mark(ctx, k, 'place-facility');
    // "University of Maryland Medical Center", "Hospital of St. Joseph".
    if (n === 0 && !healthHead && /^\s+of\s+/i.test(text.slice(head.end, head.end + 5))) {
      let j = i + 2;
      let taken = 0;
      while (j < tokens.length && taken < 3 && (taken === 0 || adjacent(text, tokens[j - 1]!, tokens[j]!))) {
        const t = tokens[j]!;
        if (ctx.f[j]!.fn || ctx.f[j]!.clinical || (t.lineCase === 'mixed' && !t.cap) || GENERIC_BEFORE.has(t.key) || FACILITY_WORDS.has(t.key)) break;
        mark(ctx, j, 'place-facility');
        j++;
        taken++;
      }
    }
  }
}

/** Kinds of care site that end a site's name in any case: "port ramon general", "GOOD SAMARITAN REHAB", "EAST HELENE NH". */
const SITE_KIND = /^(?:general|regional|memorial|gardens|manor|rehab|nh|snf|ltac|alf|ltc|healthcare)$/;
/** Kinds of more than one word: "ocean city health care", "valley care center", "pine ridge nursing and rehab",
 * "Fairview Skilled Nursing Facility". */
const SITE_KIND_TWO = /^(?:senior\s+cent(?:er|re)|adult\s+day\s+(?:health|cent(?:er|re)|program)|care\s+cent(?:er|re)|health\s+care|nursing\s+(?:and|&)\s+rehab(?:ilitation)?|nursing\s+(?:home|cent(?:er|re)|facility)|skilled\s+nursing|medical\s+cent(?:er|re)|rehab(?:ilitation)?\s+cent(?:er|re))\b/i;
/** The first words of SITE_KIND_TWO: a cheap test before it. */
const SITE_KIND_TWO_FIRST = new Set(['care', 'health', 'nursing', 'skilled', 'medical', 'rehab', 'rehabilitation', 'senior', 'adult']);
/** What a care site's kind is not followed by: "general surgery", "regional anesthesia", "good general condition". */
const NOT_SITE_AFTER = /^\s+(?:surg\w*|anesth\w*|anaesth\w*|appearance|condition|health|medicine|med|practitioner|practice|block|malaise|weakness|debility|distress|care|ward|floor|medical|physician|pediatric\w*|peds|exam|inspection|status|well|sense|idea|principle|rule|measures|precautions|nutrition|diet|hygiene|physical|service|services|team|anatomy)\b/i;
/** Modifiers of a kind of care that are no site's name: "inpatient rehab", "short term rehab", "pulm rehab". */
/** What a plan does before a kind of care, in one case no site's name: "recommend acute rehab", "NEEDS REHAB". */
const PLAN_VERBS = new Set(['recommend', 'recommends', 'recommended', 'rec', 'recs', 'consider', 'need', 'needs', 'want', 'wants', 'refer', 'prefer', 'prefers', 'await', 'awaits', 'pending', 'plan', 'pursue', 'require', 'requires', 'continue', 'cont', 'screen', 'accept', 'accepts', 'decline', 'declines', 'request', 'requests', 'suggest', 'suggests', 'anticipate', 'expect', 'possible', 'likely', 'probable', 'prob', 'potential', 'vs', 'versus', 'either', 'or', 'and', 'then', 'home', 'needed', 'warrants', 'benefit', 'candidate']);
const CARE_MODIFIERS = new Set(['inpatient', 'outpatient', 'subacute', 'sub', 'acute', 'short', 'long', 'term', 'short-term', 'long-term', 'shortterm', 'longterm', 'pulm', 'cardiac', 'vent', 'stroke', 'neuro', 'ortho', 'geri', 'geriatric', 'psych', 'detox', 'respite', 'transitional', 'memory', 'dementia', 'residential', 'day', 'home', 'rehab', 'nursing', 'cardiopulmonary', 'pulmonary', 'physical', 'occupational', 'speech', 'vestibular', 'spinal', 'brain', 'injury', 'trauma', 'burn', 'amputee', 'ventilator', 'skilled', 'extended', 'intermediate', 'local', 'private', 'state', 'possible', 'likely', 'probable', 'potential', 'prev', 'previous', 'prior']);

/** "d/c to GOOD SAMARITAN REHAB", "hx obtained from pine ridge regional records", "dispo: west bethel gardens": after a
 * place cue, one to three name words and the kind of care site they name, in any case and whatever list the words are in
 * (a first name or landscape word names sites as often as people). */
function careSiteRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  // Cheap first: most notes name no care site.
  if (!/general|regional|memorial|care|nursing|rehab|\bnh\b|snf|ltac|\balf\b|\bltc\b|manor|gardens|medical|senior|adult/i.test(text)) return;
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h]!;
    // "the Riverbend Gardens": a place found already keeps the "Manor" or "Gardens" that ends its name.
    if (ctx.isPlace[h - 1] && !ctx.isPlace[h] && /^(?:manor|gardens)$/.test(head.key) && adjacent(text, tokens[h - 1]!, head) && (head.cap || head.lineCase !== 'mixed')) {
      mark(ctx, h, 'place-facility');
      continue;
    }
    const two = SITE_KIND_TWO_FIRST.has(head.key) && SITE_KIND_TWO.test(text.slice(head.start, head.start + 32));
    if (!two && !SITE_KIND.test(head.key)) continue;
    const mixed = head.lineCase === 'mixed';
    // On a mixed-case line a site's kind is capitalized, but for its abbreviations ("Maple NH").
    if (mixed && !head.cap) continue;
    if (!two && NOT_SITE_AFTER.test(text.slice(head.end, head.end + 16))) continue;
    const words: number[] = [];
    let k = h - 1;
    while (k >= 0 && words.length < 3 && adjacent(text, tokens[k]!, tokens[k + 1]!)) {
      const t = tokens[k]!;
      const f = ctx.f[k]!;
      const listed = f.city || f.town || f.first || f.last || ctx.lists.cities.has(t.key);
      if (/\d/.test(t.key) || f.fn || CARE_MODIFIERS.has(t.key) || SPECIALTY.has(t.key) || (mixed && !t.cap)) break;
      if ((f.clinical && !listed) || medicalShape(ctx, k) || (FACILITY_WORDS.has(t.key) && !LEADING_WORDS.has(t.key))) break;
      if (GENERIC_BEFORE.has(t.key) && !LEADING_WORDS.has(t.key)) break;
      words.unshift(k);
      k--;
    }
    // Leading words alone name nothing ("to new rehab"); the word before the name must be a place cue.
    const distinctive = words.filter((w) => !LEADING_WORDS.has(tokens[w]!.key));
    if (distinctive.length === 0) continue;
    const ok = distinctive.every((w) => {
      const t = tokens[w]!;
      const f = ctx.f[w]!;
      if (NOT_PLACE.has(t.key) && !LANDSCAPE.has(t.key)) return false;
      if (mixed) return true;
      const listed = f.city || f.town || f.first || f.last || ctx.lists.cities.has(t.key);
      return (LANDSCAPE.has(t.key) || listed || !f.english || !f.common) && (t.end - t.start >= 4 || listed);
    });
    if (!ok) continue;
    const start = tokens[words[0]!]!.start;
    const before = text.slice(Math.max(0, start - 30), start);
    if (!CARE_CUE.test(before) && !/(?:\b(?:via|in|into)|\bdispo(?:sition)?\s*:|\(|@)\s*(?:the\s+)?$/i.test(before)) continue;
    for (const w of words) mark(ctx, w, 'place-facility');
    // The kind stays ("GOOD SAMARITAN [rehab]"), but for the words that end a site's own name ("Port Ramon General").
    if (!two && /^(?:general|regional|memorial|gardens|manor)$/.test(head.key)) mark(ctx, h, 'place-facility');
  }
}

/** Public bodies and medical practices named for a town or a word before their kind: "the Dijon Public Works Department",
 * "WEST LEAH PUBLIC SCHOOLS", "Fairview Medical Group", "at West Elsieboro Primary Care". */
const BODY_KIND = /^(?:public\s+(?:schools?|works|library|libraries|safety)|police\s+(?:department|dept)|fire\s+(?:department|dept|company|district)|school\s+(?:district|board|system)|city\s+schools|unified\s+school|housing\s+authority|transit\s+(?:authority|agency)|sheriff['’]?s\s+(?:office|department)|board\s+of\s+education|parks\s+(?:and|&)\s+recreation|(?:primary|urgent)\s+care|(?:family|internal)\s+(?:medicine|practice)|medical\s+(?:group|associates|partners)|ymca|ywca|area\s+office|council\s+on\s+aging|senior\s+center|early\s+intervention|youth\s+(?:hockey|soccer|lacrosse|baseball|football|basketball|softball|league|sports|wrestling|swim(?:ming)?)|vamc|va(?![ \t]*(?:[\d:=(/]|o[dsu]\b|j\d|cc\b|sc\b|ph\b|with|without|w\/|stable|improved|worse|decreased|reduced|better|is\b|was\b|of\b|in\b|right|left|both|each|r\b|l\b)))\b(?!\s+(?:physician|provider|doctor|resident|team|service|visit|clinic|appointment|follow))/i;
/** The first words of BODY_KIND: a cheap test before it. */
const BODY_KIND_FIRST = new Set(['public', 'police', 'fire', 'school', 'city', 'unified', 'housing', 'transit', 'sheriff', "sheriff's", 'board', 'parks', 'primary', 'urgent', 'family', 'internal', 'medical', 'ymca', 'ywca', 'area', 'va', 'vamc', 'early', 'youth', 'council', 'senior']);
/** A practice named for a place or a word before what it treats: "Androscoggin Dermatology", "Harbor View Endocrinology
 * & Diabetes", "Northwoods Eye Care", "Paris Diagnostic Imaging", "Naples Dialysis Unit", "Hamill Hearing & Balance".
 * A specialty that is also a body part or a symptom ("Pain", "Hand") needs a practice's word after it. */
const PRACTICE_KIND = /^(?:(?:dermatology|urology|cardiology|neurology|gastroenterology|rheumatology|endocrinology|nephrology|pulmonology|oncology|ophthalmology|otolaryngology|podiatry|orthopa?edics|allergy|audiology|optometry)(?:[ \t]+(?:&|and)[ \t]+(?:asthma|arthritis|diabetes|immunology|metabolism|vascular|spine|sports[ \t]+medicine|hematology|oncology|urology|neurology|dermatology|sleep(?:[ \t]+medicine)?))*(?:[ \t]+(?:center|centre|associates|group|clinic|institute|care|specialists|partners|consultants))?|(?:eye|vision|skin|foot|ankle|hand|spine|heart|kidney|pain|sleep|allergy|ear)[ \t]+(?:care|center|centre|associates|specialists|institute|group)|pediatrics?(?:[ \t]+(?:&|and)[ \t]+adolescent)?[ \t]+(?:medicine|associates|group|care|center|centre|practice|partners)|home[ \t]+(?:health|care)(?:[ \t]+(?:&|and)[ \t]+hospice)?(?:[ \t]+(?:agency|services))?|home[ \t]+infusion|hospice[ \t]+(?:&|and)[ \t]+palliative[ \t]+care|(?:area[ \t]+)?visiting[ \t]+nurses?(?:[ \t]+(?:association|service))?|caregivers|medical[ \t]+(?:equipment|supply)|women['’]s[ \t]+health(?:[ \t]+(?:center|centre|associates|care|group))?|hearing[ \t]+(?:&|and)[ \t]+balance(?:[ \t]+(?:center|centre|clinic))?|hearing[ \t]+(?:center|centre|aid[ \t]+center)|diagnostic[ \t]+imaging|imaging[ \t]+(?:center|centre|associates)|open[ \t]+mri|dialysis[ \t]+(?:unit|center|centre|clinic)|sleep[ \t]+(?:lab|medicine))(?![\p{L}\d-])/iu;
/** The first words of PRACTICE_KIND: a cheap test before it. */
const PRACTICE_FIRST = new Set(['pediatric', 'pediatrics', 'women', "women's", 'women’s', 'home', 'area', 'visiting', 'caregivers', 'medical', 'hospice', 'dermatology', 'urology', 'cardiology', 'neurology', 'gastroenterology', 'rheumatology', 'endocrinology', 'nephrology', 'pulmonology', 'oncology', 'ophthalmology', 'otolaryngology', 'podiatry', 'orthopedics', 'orthopaedics', 'allergy', 'audiology', 'optometry', 'eye', 'vision', 'skin', 'foot', 'ankle', 'hand', 'spine', 'heart', 'kidney', 'pain', 'sleep', 'ear', 'hearing', 'diagnostic', 'imaging', 'open', 'dialysis']);
/** A specialty that names a practice on a letterhead's first line, above its street ("Northside Pediatrics\n8126 Goldner Center"). */
const LETTERHEAD_STREET = /^[ \t]*(?:,?[ \t]*(?:P\.?\s*C\.?|P\.?\s*A\.?|LLC|PLLC|Inc\.?))?[ \t]*\r?\n[ \t]*(?:\d{1,6}[ \t]+\S|P\.?[ \t]*O\.?[ \t]+Box\b)/i;

function namedBodyRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let b = 1; b < tokens.length; b++) {
    const first = tokens[b]!;
    const body = BODY_KIND_FIRST.has(first.key) && BODY_KIND.test(text.slice(first.start, first.start + 32));
    const practice = !body && PRACTICE_FIRST.has(first.key) ? PRACTICE_KIND.exec(text.slice(first.start, first.start + 60)) : null;
    // The letterhead's kind is its last words: walk back from the specialty itself, or from "Associates" after it.
    const letterhead = !body && !practice && (SPECIALTY.has(first.key) || first.key === 'associates') && first.end - first.start >= 5 && LETTERHEAD_STREET.test(text.slice(first.end, first.end + 40));
    if (!body && !practice && !letterhead) continue;
    const mixed = first.lineCase === 'mixed';
    if (mixed && !first.cap) continue;
    let k = b - 1;
    // "Holy Cross Internal Medicine Associates": the specialty words before "Associates" belong to the kind.
    while (letterhead && k >= 0 && (SPECIALTY.has(tokens[k]!.key) || GENERIC_BEFORE.has(tokens[k]!.key) || tokens[k]!.key === 'medicine') && !LEADING_WORDS.has(tokens[k]!.key) && adjacent(text, tokens[k]!, tokens[k + 1]!)) k--;
    const words: number[] = [];
    for (; k >= 0 && words.length < 3 && adjacent(text, tokens[k]!, tokens[k + 1]!); k--) {
      const t = tokens[k]!;
      const f = ctx.f[k]!;
      const listed = f.city || f.town || f.last || ctx.lists.cities.has(t.key);
      if (/\d/.test(t.key) || f.fn || (f.clinical && !listed) || NOT_PLACE.has(t.key) || FACILITY_WORDS.has(t.key) || SPECIALTY.has(t.key) || PLAN_VERBS.has(t.key) || (GENERIC_BEFORE.has(t.key) && !LEADING_WORDS.has(t.key))) break;
      if (LEADING_WORDS.has(t.key) ? mixed && !t.cap : mixed ? !t.cap || t.allCaps || (f.english && f.common && !listed && !LANDSCAPE.has(t.key)) : (f.english && !listed && !LANDSCAPE.has(t.key)) || t.end - t.start < 3) break;
      words.unshift(k);
    }
    // A letterhead's name is the whole of its line before the kind.
    if (letterhead && words.length > 0 && !/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, tokens[words[0]!]!.start - 8), tokens[words[0]!]!.start))) continue;
    if (words.every((w) => LEADING_WORDS.has(tokens[w]!.key))) continue;
    for (const w of words) mark(ctx, w, 'place-body');
    // A practice's kind is part of its name ("Androscoggin Dermatology", "Northwoods Eye Care").
    if (practice) for (let k = b; k < tokens.length && tokens[k]!.end <= first.start + practice[0].length; k++) mark(ctx, k, 'place-body');
  }
}

/** Where a patient says or knows they are: "i'm at the castaner.", "knows she is at Fairlawn". */
const ORIENTED_AT = /\b(?:i['’]?m|i\s+am|(?:knows|states|says|thinks|believes|said|stated|aware)\s+(?:that\s+)?(?:she|he|they|pt)(?:['’]s|\s+is|\s+was|\s+are|\s+were))\s+(?:at|in)\s+(?:the\s+)?$/i;

/** "s/o: "i'm at the richlands castaner."": the one or two words where an oriented patient says they are, up to the
 * phrase's end; words a list calls everyday name a place there only when they are also listed as towns or names. */
function orientationRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    if (!/^(?:at|in|the)$/.test(tokens[i - 1]!.key) || !ORIENTED_AT.test(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start))) continue;
    const words: number[] = [];
    for (let k = i; k < tokens.length && words.length < 2 && (k === i || adjacent(text, tokens[k - 1]!, tokens[k]!)); k++) {
      const t = tokens[k]!;
      const f = ctx.f[k]!;
      if (f.fn || f.clinical || NOT_PLACE.has(t.key) || FACILITY_WORDS.has(t.key) || SPECIALTY.has(t.key) || UNIT_ABBR.has(t.key) || (GENERIC_BEFORE.has(t.key) && !LEADING_WORDS.has(t.key))) break;
      if (t.lineCase === 'mixed' ? !t.cap : !(!f.english || ((f.city || f.town) && !f.common)) || t.end - t.start < 3) break;
      words.push(k);
    }
    while (words.length > 0 && !PHRASE_END.test(text.slice(tokens[words[words.length - 1]!]!.end, tokens[words[words.length - 1]!]!.end + 12))) words.pop();
    if (words.length === 0 || words.every((w) => LEADING_WORDS.has(tokens[w]!.key))) continue;
    for (const w of words) mark(ctx, w, 'place-cue');
  }
}

/** "TX FROM UPPER CHESAPEAKE", "moved from new rosalie", "in East Helene": a word that begins places' names right after
 * a place cue, before a listed town or a word no list knows, the phrase ending there or at a facility's word. */
function leadingAfterCueRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const lead = tokens[i]!;
    const t = tokens[i + 1]!;
    if (!LEADING_WORDS.has(lead.key) || lead.key === 'city' || ctx.isPlace[i + 1] || !/^(?:from|to|at|in|near)$/.test(tokens[i - 1]!.key) || !adjacent(text, lead, t)) continue;
    const f = ctx.f[i + 1]!;
    if (f.fn || f.clinical || f.eponym || NOT_PLACE.has(t.key) || GENERIC_BEFORE.has(t.key) || FACILITY_WORDS.has(t.key) || t.end - t.start < 4 || medicalShape(ctx, i + 1)) continue;
    if (t.lineCase === 'mixed' ? !lead.cap || !t.cap : lead.lineCase !== t.lineCase) continue;
    const town = (f.city || f.town || ctx.lists.cities.has(t.key)) && !f.common;
    // After an adjective ("in GOOD AMTS", "old records") only a listed town will do; after a compass word or "New" a word no
    // list knows will too ("new rosalie").
    if (!town && (f.english || /^(?:good|great|old|little|grand|big|bad|upper|lower|point|cape)$/.test(lead.key) || t.end - t.start < 5 || (ctx.isName.has(i + 1) && t.lineCase === 'mixed' && !f.first))) continue;
    if (!PHRASE_END.test(text.slice(t.end, t.end + 12)) && !FACILITY_AFTER.test(text.slice(t.end, t.end + 12))) continue;
    mark(ctx, i, 'place-cue');
    mark(ctx, i + 1, 'place-cue');
  }
}

/** "GREAT HODKIEWICZTHORPE", "West Roscoe": a word that begins places' names, right before a place found, is part of it. */
function leadingWordRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = tokens.length - 1; i >= 1; i--) {
    if (!ctx.isPlace[i] || ctx.isPlace[i - 1]) continue;
    const t = tokens[i - 1]!;
    if (!LEADING_WORDS.has(t.key) || t.key === 'city' || !adjacent(text, t, tokens[i]!)) continue;
    if (t.lineCase === 'mixed' ? !t.cap || !tokens[i]!.cap : t.lineCase !== tokens[i]!.lineCase) continue;
    mark(ctx, i - 1, ctx.rules[i]!);
  }
}

/** The words after "Holy" in hospitals' names (Holy Cross, Holy Family, Holy Redeemer). */
const HOLY_NAMES = /^\s+(?:cross|family|name|redeemer|spirit|trinity|angels|rosary)\b/i;

/** In capitals or lower case, after "transferred from", "seen at": a word that is not a verb, unit or date ("FROM HARBOR"). */
function oneCasePlaceWord(ctx: Ctx, i: number, before: string): boolean {
  const t = ctx.tokens[i]!;
  const movedTo = /\b(?:transferred|transfered|transfer|xfer|xferred|admitted|discharged|brought|airlifted|flown|presented)\s+(?:back\s+)?to\s+(?:the\s+)?$/i.test(before) || (/\bwent\s+(?:back\s+)?to\s+$/i.test(before) && t.allCaps);
  if ((!/\b(?:from|at)\s+(?:the\s+)?$/i.test(before) && !movedTo) || /\b(?:sent|taken|drawn)\s+(?:from|at)\s+(?:the\s+)?$/i.test(before) || ctx.isName.has(i)) return false;
  // "Holy" begins hospitals' names (Holy Cross, Holy Family, Holy Redeemer), whatever its ending says.
  return !ctx.f[i]!.first && !NOT_PLACE.has(t.key) && ((t.key === 'holy' && HOLY_NAMES.test(ctx.text.slice(t.end, t.end + 12))) || !/(?:ing|ed|ly|ology|ogy|ics|ery|ion|ment|ness|ity|ure|age|ance|ence|ist|ian)$/.test(t.key)) && !/^[\s]*(?:\d|to\b)/i.test(ctx.text.slice(t.end, t.end + 4));
}

function twoCapitalWords(ctx: Ctx, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || !adjacent(ctx.text, ctx.tokens[i]!, next) || !next.cap || next.allCaps || next.end - next.start < 4) return false;
  const g = ctx.f[i + 1]!;
  return !g.fn && !g.clinical && !g.eponym && !NOT_PLACE.has(next.key) && !FACILITY_WORDS.has(next.key) && !ctx.f[i]!.first;
}

/** Endings of medical adjectives and nouns no list holds: "taken to the postanesthesia care unit", "returned to the
 * supine position", "taken down to the fascia", "transferred to the Pediatric floor". */
const MEDICAL_SHAPE = /(?:ine|ic|ous|ive|ary|ory|oid|ium|ions?|ed|ly|ity|ment|ogy|ics|itis|sis|pathy|ectomy|otomy|ostomy|scopy|graphy|gram|ular|ia|al|ent|ant|us|um|ae|up)$/;

/** Endings of procedures, studies and services, which no town's name has: "Angiography", "Thoracoscopy", "Cardiology". */
const PROCEDURE_ENDING = /(?:graphy|scopy|logy|gram|ectomy|otomy|ostomy|itis|pathy|therapy)$/;

/** A word shaped like a medical term that no list names as a place or a person. */
function medicalShape(ctx: Ctx, i: number): boolean {
  const f = ctx.f[i]!;
  const key = ctx.tokens[i]!.key;
  return MEDICAL_SHAPE.test(key) && !f.town && !f.city && !f.first && !f.last && !ctx.lists.counties.has(key) && !ctx.lists.states.has(key);
}

/** "lives in Towson", "transferred to Quartermain", "from Baltimore": a cue and a place-like word. */
function cueRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.isPlace[i]) continue;
    const t = tokens[i]!;
    if (i === 0) continue;
    // "records per JHH", "per GBMC notes": a hospital's initials as the source of records.
    if (tokens[i - 1]!.key === 'per' && t.allCaps && HOSPITAL_ABBR.test(t.key) && !NOT_HOSPITAL.has(t.key) && !ctx.f[i]!.english && !ctx.f[i]!.clinical && (RECORDS_PER.test(text.slice(Math.max(0, t.start - 40), t.start)) || /^\s+(?:records|recs|notes|note|chart|d\/c\s+summary|discharge\s+summary|report|documentation)\b/i.test(text.slice(t.end, t.end + 24)))) {
      mark(ctx, i, 'place-hospital-abbr');
      continue;
    }
    if (!CUE_LEADS.has(tokens[i - 1]!.key)) continue;
    // "the Registry of Motor Vehicles", "Department of Industrial Accidents": an agency's field after "of" is no place.
    if (tokens[i - 1]!.key === 'of' && i >= 2 && AGENCY_OF.test(tokens[i - 2]!.key)) continue;
    // "TO GO TO ST. BIRMINGHAM": in capitals "ST" is also sinus tachycardia and the ECG segment, so the
    // saint's name must be a listed place or name, or no everyday word.
    if (t.key === 'st' && t.allCaps && text[t.end] === '.' && tokens[i + 1] && tokens[i + 1]!.allCaps && /^\.\s{1,2}$/.test(text.slice(t.end, tokens[i + 1]!.start))) {
      const nf = ctx.f[i + 1]!;
      const nk = tokens[i + 1]!.key;
      if (!nf.fn && !nf.clinical && !nf.eponym && !NOT_PLACE.has(nk) && (ctx.lists.cities.has(nk) || nf.first || nf.last || !nf.common) && tokens[i + 1]!.end - tokens[i + 1]!.start >= 3) {
        mark(ctx, i, 'place-cue');
        mark(ctx, i + 1, 'place-cue');
        continue;
      }
    }
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    // "going to take", "go to sleep": in text without capitals "go to" is as often an infinitive.
    const fromLead = tokens[i - 1]!.key === 'from' || (tokens[i - 1]!.key === 'the' && i >= 2 && tokens[i - 2]!.key === 'from');
    const strong = (fromLead && PERSON_FROM.test(before)) || (STRONG_CUES.test(before) && (t.lineCase === 'mixed' || (!/\b(?:go|goes|going|gone|get|got)\s+(?:\w+\s+)?(?:to|in|at)\s+(?:the\s+)?$/i.test(before) || /\bhome\s+to\s+$/i.test(before)) || /\b(?:went|came|moved|transferred|admitted|lives|living)\b/i.test(before.slice(-20))));
    // "worked 40 yrs in Berlin", "a coal miner in Hazard": where a life was spent, a few words after the work or the
    // life (not an abbreviation in capitals: "driver in MVC").
    const life = !strong && tokens[i - 1]!.key === 'in' && (!t.allCaps || t.end - t.start > 5) && (t.lineCase !== 'mixed' || t.cap) && !ctx.f[i]!.fn && !ctx.f[i]!.clinical && LIFE_CUE.test(before);
    // "from the" and "at the" are weak cues only in one-case text ("FROM THE EASTERN SHORE"): in mixed case
    // they precede devices and systems ("from the OsteoMed System").
    const weak = !strong && !life && WEAK_CUES.test(before) && (t.lineCase !== 'mixed' || !/\bthe\s+$/i.test(before));
    if ((!strong && !weak && !life) || (weak && ctx.isName.has(i))) continue;
    const f = ctx.f[i]!;
    if (life) {
      if (lifePlace(ctx, i)) mark(ctx, i, 'place-cue');
      continue;
    }
    // Hospital abbreviations after a place cue: "sent to GH", "arrived at MGH", "from BIDMC".
    if (HOSPITAL_ABBR.test(t.key) && !NOT_HOSPITAL.has(t.key) && !UNIT_ABBR.has(t.key) && !f.english && !f.clinical && (t.allCaps || t.lineCase !== 'upper')) {
      mark(ctx, i, 'place-hospital-abbr');
      continue;
    }
    // "transferred to RH", "REFERRED TO SDDC", "admitted from ML Hospital": after a movement cue an abbreviation in
    // capitals that is no unit, service or chart word is the hospital's short name, whatever letter it ends in.
    // Two capital letters there are no interjection ("to EH", "to OH"), and a chart word before Hospital is its name ("from ML Hospital").
    const hospitalNext = /^\s+(?:hospital|hosp|medical\s+cent(?:er|re))\b/i.test(text.slice(t.end, t.end + 18));
    if (strong && t.allCaps && t.end - t.start <= 5 && /^[a-z]{2,5}$/.test(t.key) && !/^(?:aa|na|ca|dr|drs|mr|mrs|ms)$/.test(t.key) && (!f.english || (t.end - t.start === 2 && (!TWO_LETTER_WORDS.has(t.key) || hospitalNext))) && (!f.clinical || hospitalNext) && !f.fn && !UNIT_ABBR.has(t.key) && !/(?:icu|cu|su)$/.test(t.key) && !ctx.isName.has(i) && /\b(?:to|from|at|in)\s+$/i.test(before)) {
      mark(ctx, i, 'place-hospital-abbr');
      continue;
    }
    // "came from the General", "TRANSFERRED TO THE GENERAL": a hospital's short name after a movement cue.
    if (strong && t.key === 'general' && /\b(?:from|to|at)\s+the\s+$/i.test(before) && PHRASE_END.test(text.slice(t.end, t.end + 12))) {
      mark(ctx, i, 'place-cue');
      continue;
    }
    // "from wilkes-barre", "FROM NEWTON-WELLESLEY": a hyphened pair whose halves are listed towns and no clinical words.
    if (strong && t.key.includes('-') && !f.clinical && !f.eponym && hyphenedTowns(ctx, t.key) && PHRASE_END.test(text.slice(t.end, t.end + 12))) {
      mark(ctx, i, 'place-cue');
      continue;
    }
    // "came from mass general": a word that is also an everyday or clinical one names the hospital its "General" ends.
    if (strong && (f.clinical || f.english) && !f.fn && !FACILITY_WORDS.has(t.key) && !/(?:icu|cu|unit)$/.test(t.key) && !GENERIC_BEFORE.has(t.key) && tokens[i + 1] && adjacent(text, t, tokens[i + 1]!) && /^\s+(?:general|memorial|regional)(?=\s*(?:[.,;:)(]|$|\s+(?:hospital|hosp|er|ed|ew|and|for|on|with)\b))/i.test(text.slice(t.end, t.end + 24))) {
      mark(ctx, i, 'place-cue');
      mark(ctx, i + 1, 'place-cue');
      continue;
    }
    if (f.fn || f.clinical || f.eponym || ctx.lists.states.has(t.key) || FACILITY_WORDS.has(t.key) || /['’-]/.test(text.slice(t.start, t.end)) || /(?:icu|ccu|unit|ology|iatry|iatrics|ics|ery|graphy|scopy|therapy)$/.test(t.key)) continue;
    const mixed = t.lineCase === 'mixed';
    // A name in any case right before a facility word: "presented to holy cross hospital", "from baltimore rehab".
    const nextTok = tokens[i + 1];
    const pairFacility = !!nextTok && adjacent(text, t, nextTok) && !ctx.f[i + 1]!.fn && !ctx.f[i + 1]!.clinical && !GENERIC_BEFORE.has(nextTok.key) && !FACILITY_WORDS.has(nextTok.key) && FACILITY_NAME_AFTER.test(text.slice(nextTok.end, nextTok.end + 16));
    if (!GENERIC_BEFORE.has(t.key) && !NOT_PLACE.has(t.key) && t.end - t.start >= 4 && (pairFacility || FACILITY_NAME_AFTER.test(text.slice(t.end, t.end + 16)))) {
      mark(ctx, i, strong ? 'place-cue' : 'place-near');
      if (pairFacility) mark(ctx, i + 1, strong ? 'place-cue' : 'place-near');
      // "from riverbend general records": "General", "Regional" and the churches' names belong to the name.
      const own = tokens[pairFacility ? i + 2 : i + 1];
      if (own && /^(?:regional|general|adventist|presbyterian|methodist|baptist|lutheran|memorial)$/.test(own.key) && adjacent(text, tokens[pairFacility ? i + 1 : i]!, own)) mark(ctx, pairFacility ? i + 2 : i + 1, strong ? 'place-cue' : 'place-near');
      continue;
    }
    // Multi-word cities in any case: "ellicott city", "Glen Burnie".
    let cityWords = 0;
    for (const n of [3, 2]) {
      if (cityWords || i + n > tokens.length) continue;
      const key = tokens.slice(i, i + n).map((x) => x.key).join(' ');
      // "FROM OCEAN CITY", "in glen burnie": in one case a listed town whose last word is a place word.
      const placeWordTown = !mixed && ctx.lists.towns.has(key) && /^(?:city|beach|heights|park|springs|falls|harbor|harbour|mills|hills?|village|station|junction|creek|lake|point|grove|valley|ridge|shores?|island|bay|river|run|forest|glen|plains|landing|crossing)$/.test(tokens[i + n - 1]!.key) && !tokens.slice(i, i + n).some((x, k) => ctx.f[i + k]!.fn || ctx.f[i + k]!.clinical) && /\b(?:from|in|near|to|at)\s+$/i.test(before) && PHRASE_END.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 12));
      // "son from chevy chase", "WORKS IN WHITE MARSH": in one case a listed town of everyday words after a
      // word for where someone lives or comes from, ending the phrase.
      const homeTown = !mixed && !placeWordTown && ctx.lists.towns.has(key) && !tokens.slice(i, i + n).some((x, k) => ctx.f[i + k]!.fn || ctx.f[i + k]!.clinical || x.end - x.start < 3) && HOME_CUE.test(before) && PHRASE_END.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 12));
      if ((ctx.lists.cities.has(key) || townRun(ctx, i, n) || placeWordTown || homeTown) && tokens.slice(i + 1, i + n).every((x, k) => adjacent(text, tokens[i + k]!, x))) cityWords = n;
    }
    if (cityWords) {
      for (let k = 0; k < cityWords; k++) mark(ctx, i + k, strong ? 'place-cue' : 'place-near');
      continue;
    }
    const city = ctx.lists.cities.has(t.key) || ctx.lists.counties.has(t.key);
    // A town in lower case on a mixed line ("meeting at burbank"): its own lower case cannot count against it.
    const lowerTown = !city && t.lineCase === 'mixed' && !t.cap && t.end - t.start >= 5 && ctx.lists.towns.has(t.key) && !f.english && !f.first && !f.fn && !f.clinical && !f.eponym && !PLAIN_WORD_CITIES.has(t.key) && (PHRASE_END.test(text.slice(t.end, t.end + 12)) || /^[ \t]*(?:\r?\n|$)/.test(text.slice(t.end, t.end + 8)));
    // In one-case text case says nothing, so a listed town that is a rare English word ("FROM ABERDEEN",
    // "lives in frostburg") counts after "from", "in", "near" when the phrase ends with it.
    const oneCaseTown = !city && !mixed && t.end - t.start >= 5 && ctx.lists.towns.has(t.key) && !f.common && !f.first && !f.fn && !f.clinical && !f.eponym && !PLAIN_WORD_CITIES.has(t.key) && !NOT_TOWN.has(t.key) && !/(?:ing|ed|ly|ness|ity|ment|tion|ism|itis|osis|emia|ectomy|otomy|plasty)$/.test(t.key) && /\b(?:from|in|near)\s+$/i.test(before) && PHRASE_END.test(text.slice(t.end, t.end + 12));
    const town = !city && (townWord(ctx, i) || lowerTown || oneCaseTown);
    let ok: boolean;
    // A numbered ward after a cue ("sent to Ellison 12", "ADMITTED TO FARR7").
    // Wards are named for people and places, everyday words too ("to Shady 2", "TO ROCK 5"); what else takes a number there does not ("level 2", "stage 3").
    const ward = strong && /^ ?\d{1,2}(?![\d%'’.-]|,\S|\/(?!\d{1,2}\b)|\s*(?:mg|mcg|ml|cc|units?|%|s\b|'s))/i.test(text.slice(t.end, t.end + 10)) && !NOT_PLACE.has(t.key) && !NOT_WARD.has(t.key) && (!f.first || f.last) && t.end - t.start >= 4 && (mixed ? t.cap || (/\bto\s+$/i.test(before) && (!f.english || ctx.lists.towns.has(t.key))) : true);
    if (/^[\d:]/.test(text[t.end] ?? '') && !ward) continue;
    if (ward) ok = true;
    // ("transferred from Meritus.": a capitalized word no list knows, ending the phrase, names a place whatever its ending.)
    else if (strong) ok = t.end - t.start >= 4 && !NOT_PLACE.has(t.key) && !SPECIALTY.has(t.key) && (!medicalShape(ctx, i) || (mixed && t.cap && !t.allCaps && !t.initial && !f.english && !PROCEDURE_ENDING.test(t.key) && PHRASE_END.test(text.slice(t.end, t.end + 12)))) && (mixed ? (t.cap && !t.initial) || (!f.english && !f.first && t.end - t.start >= 5) : ((!f.english || city) && !f.first) || oneCasePlaceWord(ctx, i, before));
    else if (!mixed && (!f.english || city || !f.common) && !f.first && t.end - t.start >= 4 && !GENERIC_BEFORE.has(t.key) && FACILITY_AFTER.test(text.slice(t.end, t.end + 12))) ok = true;
    // Two capitalized words that no list calls a name: "at Holy Cross", "from Good Samaritan".
    else if (mixed && t.cap && !t.allCaps && !t.initial && t.end - t.start >= 4 && !NOT_PLACE.has(t.key) && !ctx.isName.has(i) && twoCapitalWords(ctx, i)) ok = true;
    // One capitalized word no everyday list knows after "from"/"at": "arrived from Kessler", "seen at Quartermain".
    else if (mixed && t.cap && !t.allCaps && !t.initial && t.end - t.start >= 4 && !f.first && !NOT_PLACE.has(t.key) && /\b(?:from|at)\s+(?:the\s+)?$/i.test(before) && !/^\s*(?:(?!(?:19|20)\d\d\b)\d|[A-Z][a-z])/.test(text.slice(t.end, t.end + 7))) ok = true;
    // "h/o cabg at lahey 2001", "MI AT FAIRVIEW 1998": a rare word after "at" and before a year, in any case, is where
    // it was done.
    // ("extubated at aprox 2030" is a time: no word for "about", and no year after 2029).
    else if (t.end - t.start >= 4 && !f.common && !f.first && !NOT_PLACE.has(t.key) && !GENERIC_BEFORE.has(t.key) && !/^(?:approx|aprox|appr|approximately|around|about|abt|roughly|apx)$/.test(t.key) && !ctx.isName.has(i) && /\bat\s+$/i.test(before) && /^\s+(?:in\s+)?(?:19[6-9]\d|20[0-2]\d)\b(?![-/.:]\d)/.test(text.slice(t.end, t.end + 12))) ok = true;
    // "Nephew, Neil Meitz of Lakeside visited": a capitalized word after a person and "of" is their home town.
    else if (mixed && t.cap && !t.allCaps && !t.initial && t.end - t.start >= 4 && !f.first && !NOT_PLACE.has(t.key) && !ctx.isName.has(i) && /\bof\s+$/i.test(before) && i >= 2 && ctx.isName.has(i - 2) && !ctx.f[i - 2]!.english && /^\s*(?:,|\)|\s(?:visited|called|came|is|was|here|present|phoned|and)\b)/.test(text.slice(t.end, t.end + 12))) ok = true;
    // After "in", "from", "at" only a known city will do: capitals there are as often drugs or devices.
    // A well-known city after "from", "in", "near" in any case ("from baltimore"), unless it is also a plain word.
    else if (city && !PLAIN_WORD_CITIES.has(t.key) && /\b(?:from|in|near)\s+$/i.test(before) && !t.initial) ok = true;
    // A US town after any place preposition, written as a name ("in Marblehead"); a given name too after "from", "in", "near" ("from Quincy").
    // Eponyms are towns too ("in Morrison's pouch", "node of Cloquet", "in Sims position"): no possessive, and the phrase ends after it.
    else if (town && !ctx.isName.has(i) && /\b(?:from|in|near|at|to)\s+$/i.test(before) && !/^['’]/.test(text[t.end] ?? '') && (PHRASE_END.test(text.slice(t.end, t.end + 12)) || /^[ \t]*(?:\r?\n|$)/.test(text.slice(t.end, t.end + 8)) || (tokens[i + 1] !== undefined && (ctx.f[i + 1]!.fn || (mixed && tokens[i + 1]!.cap && !tokens[i + 1]!.initial)))) && (mixed ? (t.cap && !t.allCaps && !t.initial) || lowerTown : !f.first && t.end - t.start >= 5) && (!f.first || /\b(?:from|in|near)\s+$/i.test(before))) ok = true;
    else ok = (city || (TOWN_ENDING.test(t.key) && !f.english && !f.first && !f.commonLast && t.end - t.start >= 6)) && (mixed ? t.cap && !t.initial && (!f.english || !t.allCaps) : !f.english);
    if (!ok || PROCEDURE_ENDING.test(t.key)) continue;
    mark(ctx, i, strong ? 'place-cue' : 'place-near');
    // Multi-word places: "Ellicott City", "Glen Burnie", "Middle River".
    for (let j = i + 1; j < tokens.length && j <= i + 2; j++) {
      if (!adjacent(text, tokens[j - 1]!, tokens[j]!)) break;
      const tj = tokens[j]!;
      const fj = ctx.f[j]!;
      // In one-case text a second everyday word belongs to the name only if the phrase ends right after it
      // ("WENT TO MOUNT OLIVE WITH FEVER", "from cedar grove.").
      // "FROM MACEDO DO DESCOBERTO", "from Zagorje ob Savi": a town's small word between two words of its name,
      // the phrase ending after the second.
      const after = tokens[j + 1];
      if (strong && fj.fn && TOWN_PARTICLES.has(tj.key) && after && adjacent(text, tj, after) && !ctx.f[j + 1]!.fn && !ctx.f[j + 1]!.clinical && !NOT_PLACE.has(after.key) && after.end - after.start >= 4 && (after.lineCase === 'mixed' ? after.cap && !tj.cap : after.lineCase === tj.lineCase) && /^\s*(?:[.,;:)(]|$)/.test(text.slice(after.end, after.end + 3))) {
        mark(ctx, j, 'place-cue');
        mark(ctx, j + 1, 'place-cue');
        break;
      }
      const phraseEnds = strong && !NOT_PLACE.has(tj.key) && tj.end - tj.start >= 3 && !/(?:ing|ed|ly)$/.test(tj.key) && (/^\s*(?:[.,;:)(]|\d|$)/.test(text.slice(tj.end, tj.end + 3)) || (!!tokens[j + 1] && (ctx.f[j + 1]!.fn || NOT_PLACE.has(tokens[j + 1]!.key))));
      if (fj.fn || fj.clinical || FACILITY_WORDS.has(tj.key) || (tj.lineCase === 'mixed' ? !tj.cap : fj.english && !phraseEnds && !/^(?:city|river|heights|park|springs|falls|beach|valley|hills?|island|point|harbor|village|creek|grove|lake)$/.test(tj.key))) break;
      mark(ctx, j, 'place-cue');
    }
  }
}

/** A town's own services, which name the town before them: "Penn Yan VNA", "SOUTH LEE FIRE DEPT", "Saint-Nazaire EMS". */
const TOWN_SERVICE_AFTER = /^[ \t]+(?:vna|fire[ \t]+(?:dept|department|co|company|rescue)|fd|ems|police(?:[ \t]+(?:dept|department))?|pd|ambulance|rescue(?:[ \t]+squad)?|visiting[ \t]+nurses?|home[ \t]+care)\b/i;

/** The first word of each TOWN_SERVICE_AFTER, a cheap test before it. */
const SERVICE_FIRST = new Set(['vna', 'fire', 'fd', 'ems', 'police', 'pd', 'ambulance', 'rescue', 'visiting', 'home']);

function townServiceRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let e = 0; e < tokens.length; e++) {
    const last = tokens[e]!;
    if (!SERVICE_FIRST.has(tokens[e + 1]?.key ?? '') || !TOWN_SERVICE_AFTER.test(text.slice(last.end, last.end + 24))) continue;
    // Up to three words before it, each a name in its line's case; in one-case text the run must be a listed town or
    // hold a word no everyday list knows.
    for (let n = Math.min(3, e + 1); n >= 1; n--) {
      const i = e - n + 1;
      const run = tokens.slice(i, e + 1);
      if (run.some((x, k) => k > 0 && !adjacent(text, run[k - 1]!, x) && !/^-$/.test(text.slice(run[k - 1]!.end, x.start)))) continue;
      const key = run.map((x) => x.key).join(' ');
      const listed = ctx.lists.towns.has(key) || ctx.lists.cities.has(key) || ctx.lists.counties.has(key);
      // ("South Lee" is a town; "south" alone, "local", "home" are no town's name.)
      if (run.some((x, k) => { const fx = ctx.f[i + k]!; return fx.fn || fx.clinical || ((GENERIC_BEFORE.has(x.key) || NOT_PLACE.has(x.key)) && !(listed && n > 1)) || FACILITY_WORDS.has(x.key) || ctx.isName.has(i + k); })) continue;
      const mixed = run[0]!.lineCase === 'mixed';
      const ok = mixed ? run.every((x) => x.cap && !x.allCaps) && (listed || run.some((x, k) => !ctx.f[i + k]!.common) || !run[0]!.initial) : listed || run.some((x, k) => !ctx.f[i + k]!.english && x.end - x.start >= 4);
      if (!ok || (n === 1 && run[0]!.end - run[0]!.start < 4)) continue;
      for (let k = i; k <= e; k++) mark(ctx, k, 'place-service');
      break;
    }
  }
}

/** Someone who comes from somewhere, a name or a few words between: "SISTER KUMARI FROM", "en route from", "a retired
 * teacher from", "son drove up from". */
const COMES_FROM = /\b(?:pt|patient|he|she|family|wife|husband|spouse|son|daughter|dtr|sister|brother|mother|father|mom|dad|niece|nephew|friend|cousin|aunt|uncle|grandson|granddaughter|retired|originally|en\s+route|drove|driving|flew|flying|coming|came|visiting|immigrated|emigrated|moved)\b(?:[ \t]+[\p{L}'’]+){0,3}?[ \t]+from[ \t]+$/iu;
/** Where someone lives or was found, a few words between: "lives alone in a condo in", "found on street in". */
const LIVES_IN = /\b(?:lives?|living|resides?|residing|condo|apartment|house|home|found|street|located|raised|born|stationed|grew\s+up)\b(?:[ \t]+[\p{L}'’]+){0,4}?[ \t]+in[ \t]+$/iu;
/** What ends a home town's phrase after "from": the end, a comma, or what the person does next. */
const FROM_END = /^(?:\s*(?:[.,;:)]|$)|\s+(?:called|calls|today|tonight|yesterday|expected|arrived|arriving|visited|visiting|is|was|and|to|in\s+to|for|by|with|who|here)\b)/i;

/** "PT'S SISTER IYABODE FROM KARABÜK CALLED", "family en route from olukungastad, expected tonight", "FOUND ON STREET IN
 * ENSTAD": in one-case text a word after a person's "from" or a home's "in" that no list calls a word is the place. */
function comesFromRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lead = tokens[i - 1]!.key;
    if (ctx.isPlace[i] || (lead !== 'from' && lead !== 'in') || t.lineCase === 'mixed') continue;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || f.english || f.eponym || t.end - t.start < 4 || NOT_PLACE.has(t.key) || GENERIC_BEFORE.has(t.key) || UNIT_ABBR.has(t.key) || /\d/.test(t.key)) continue;
    const before = text.slice(Math.max(0, t.start - 60), t.start);
    // Not someone taken from something: "wean the patient from cardiopulmonary bypass".
    if (!(lead === 'from' ? COMES_FROM : LIVES_IN).test(before) || /\b(?:wean\w*|remov\w*|separat\w*|disconnect\w*|liberat\w*|protect\w*|prevent\w*|freed?|keep|kept|take|took|taken|extubat\w*|decannulat\w*)\b[^.;\n]*$/i.test(before)) continue;
    // A second word when the pair ends the phrase: "from new oluwagbemiga", "FROM ASNIÈRES SUR SEINE" reads on.
    let e = i;
    const n = tokens[i + 1];
    if (n && adjacent(text, t, n) && !FROM_END.test(text.slice(t.end, t.end + 16)) && !ctx.f[i + 1]!.fn && !ctx.f[i + 1]!.clinical && FROM_END.test(text.slice(n.end, n.end + 16))) e = i + 1;
    if (!FROM_END.test(text.slice(tokens[e]!.end, tokens[e]!.end + 16))) continue;
    for (let k = i; k <= e; k++) mark(ctx, k, 'place-cue');
  }
}

/** Records whose source follows "per": "outside records per", "recs per", "d/c summary per". */
const RECORDS_PER = /\b(?:records?|recs|notes?|chart|documentation|summary|reports?|paperwork|history|hx)\s+per\s+$/i;

/** Work and a life's stages before "in" and up to five words: "worked 40 yrs in", "taught school in", "a coal miner in". */
const LIFE_CUE = /\b(?:worked|works|working|taught|teaches|teaching|farmed|farming|mined|miner|farmer|teacher|employed|stationed|retired|raised|grew\s+up|studied|graduated|settled|lived|spent\s+\w+\s+(?:years|yrs|decades))\b(?:[ \t]+[\w'/-]+){0,5}?[ \t]+in[ \t]+$/i;

/** After a life cue, a town or city written as a name (and what follows it if the place runs on: "Glen Burnie"). */
function lifePlace(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  const f = ctx.f[i]!;
  if (f.fn || f.clinical || f.eponym || NOT_PLACE.has(t.key) || NOT_TOWN.has(t.key) || GENERIC_BEFORE.has(t.key) || ctx.lists.states.has(t.key) || t.end - t.start < 4 || /^[\d:'’]/.test(ctx.text[t.end] ?? '')) return false;
  const listed = ctx.lists.cities.has(t.key) || ctx.lists.towns.has(t.key) || TOWN_ENDING.test(t.key);
  if (t.lineCase === 'mixed' ? !t.cap || t.initial || (!listed && f.english) : !listed || f.common) return false;
  const k = ctx.tokens[i + 1];
  if (k && k.cap && adjacent(ctx.text, t, k) && t.lineCase === 'mixed' && ctx.lists.towns.has(`${t.key} ${k.key}`)) mark(ctx, i + 1, 'place-cue');
  return true;
}

/** Where people live that is no place's name: "lives in an apartment", "living in fear". */
const NOT_TOWN = new Set(['apartment', 'apt', 'house', 'condo', 'trailer', 'shelter', 'town', 'city', 'area', 'county', 'state', 'country', 'community', 'facility', 'building', 'complex', 'basement', 'group', 'senior', 'assisted', 'independent', 'elderly', 'housing', 'project', 'projects', 'neighborhood', 'suburbs', 'suburb', 'fear', 'pain', 'poverty', 'squalor', 'isolation', 'denial', 'peace', 'comfort', 'harmony', 'luxury', 'filth', 'hotel', 'motel', 'car', 'van', 'tent', 'street', 'streets', 'woods', 'bed', 'chair', 'place', 'nh', 'snf', 'alf', 'ltc', 'rehab', 'sober', 'halfway', 'same', 'public', 'private', 'rural', 'urban', 'downtown', 'uptown', 'home', 'residence', 'dorm', 'dormitory', 'barracks', 'jail', 'prison']);
/** Facilities a town can follow: "the VA in Maple", "rehab in silver", "a nursing home in Towson". */
const FACILITY_IN = /\b(?:hospital|hosp|va|vamc|rehab|clinic|nh|snf|ltac|hospice|nursing\s+home|nursing\s+facility|facility|er|ew|ed|shelter|church|school|college|university)\s+in\s+$/i;
/** After a residence cue, the phrase must end with the place: "lives in cedar, husband ...", "in maple and". */
/** "wilkes-barre", "newton-wellesley": two parts, each a listed town, neither a clinical or function word. */
function hyphenedTowns(ctx: Ctx, key: string): boolean {
  const parts = key.split('-');
  if (parts.length !== 2 || parts.some((p) => p.length < 3)) return false;
  return parts.every((p) => {
    const pf = facts(ctx.lists, p);
    return ctx.lists.towns.has(p) && !pf.fn && !pf.clinical && !pf.eponym;
  }) && parts.some((p) => !facts(ctx.lists, p).english);
}

/** Where someone lives, works or comes from: "lives in", "is from", "resident of", "home in", "moved to". */
const HOME_CUE = /\b(?:lives|living|live|resides|residing|moved|relocated|resident|native|works|working|worked|employed|home|house|is|are|was|were|son|sons|daughter|daughters|dtr|wife|husband|family|brother|sister|friend|visiting|drove|came|flew)\s+(?:(?:here|back|down|up|over|in|out)\s+)?(?:in|from|of|to|at|near)\s+$/i;
const PHRASE_END = /^(?:\s*(?:[.,;:)("'”’]|-\s|$)|\s+w\/|\s+(?:and|with|alone|since|for|but|where|who|area|now|currently|until|when|while|today|tonight|yesterday|tomorrow|x\s*\d|in\s+to|here|visiting|visited|from|via|after)\b)/i;

/** Lower-case or everyday-word towns after "lives in" and facilities after "in": "lives in silver, husband", "from the VA in Maple". */
function residenceRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    // Every cue here ends in "in", "to" or "@": check that first, it is cheap.
    const lead = tokens[i - 1]!.key;
    if ((lead !== 'in' && lead !== 'to' && text[tokens[i]!.start - 1] !== '@' && text[tokens[i]!.start - 2] !== '@') || ctx.isPlace[i] || ctx.isName.has(i)) continue;
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || f.eponym || NOT_PLACE.has(t.key) || NOT_TOWN.has(t.key) || GENERIC_BEFORE.has(t.key) || FACILITY_WORDS.has(t.key) || ctx.lists.states.has(t.key) || t.end - t.start < 3) continue;
    if (/(?:ing|ed|ly|ness|ity|ment|tion)$/.test(t.key) || /^[\d:'’-]/.test(text[t.end] ?? '')) continue;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    const mixed = t.lineCase === 'mixed';
    // "cath @ GBMC": a hospital's initials after "@".
    if (/@\s?$/.test(before) && t.allCaps && HOSPITAL_ABBR.test(t.key) && !NOT_HOSPITAL.has(t.key) && !f.english) {
      mark(ctx, i, 'place-hospital-abbr');
      continue;
    }
    const shaped = mixed ? t.cap && !t.allCaps && !t.initial : !f.first || ctx.lists.cities.has(t.key);
    if (!shaped) continue;
    const lives = /\b(?:lives|living|live|resides|residing|moved|relocated|raised|grew\s+up)\s+(?:(?:nearby|locally|alone|here|now|currently|close\s+by|with\s+\w+)\s+)?(?:in|to)\s+$/i.test(before);
    if (lives && PHRASE_END.test(text.slice(t.end, t.end + 12))) {
      mark(ctx, i, 'place-cue');
      continue;
    }
    // "pt was @ Fairview", "dialysis @ Linfield": "@" before a capitalized word no everyday list holds.
    if (/@\s?$/.test(before) && mixed && (!f.common || ctx.lists.cities.has(t.key))) {
      mark(ctx, i, 'place-near');
      continue;
    }
    // "ER in Severe distress": an everyday word must end its phrase or meet a function word ("VA in Silver this is").
    const ends = PHRASE_END.test(text.slice(t.end, t.end + 12)) || (tokens[i + 1] !== undefined && ctx.f[i + 1]!.fn);
    if (FACILITY_IN.test(before) && (!f.common || (mixed && ends) || ctx.lists.cities.has(t.key) || PHRASE_END.test(text.slice(t.end, t.end + 12)))) mark(ctx, i, 'place-cue');
  }
}

/** A cue of residence, origin or travel before "in", "to", "from" or "of", with at most three words between. */
const RESIDENCE_RUN_CUE = /\b(?:lives|living|live|resides|residing|moved|relocated|raised|grew\s+up|born|trip|travel(?:l)?(?:ed|ing)|vacation(?:ed|ing)?|visiting|visited|flew|immigrated|emigrated|returned|resident|native|citizen|originally|hometown)\b(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:in|to|from|of)[ \t]+$/i;
/** Where a town's name ends besides punctuation: a line's end, "two years ago", "in 2001", "last year". */
const RUN_END = /^(?:[ \t]*(?:\r?\n|$)|\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+(?:years?|months?|weeks?|days?|yrs?|mos?|wks?)\b|\s+(?:in|since)\s+(?:19|20)\d\d\b|\s+(?:last|this|next)\s+(?:year|month|week|summer|winter|spring|fall)\b)/i;
/** Small words inside a town's name: "Ravne na Koroškem", "Zagorje ob Savi", "Stratford upon Avon". */
const TOWN_PARTICLES = new Set(['na', 'ob', 'pri', 'nad', 'pod', 'an', 'am', 'im', 'der', 'de', 'del', 'la', 'le', 'les', 'sur', 'upon', 'on', 'di', 'da', 'do', 'dos', 'das']);
const MONTH_OR_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|fall|autumn|winter)$/;

/** "Lives in Ravne na Koroškem with", "PT LIVES IN FORT SARAH WITH SON", "returned from a trip to Probolinggo;",
 * "pt lives in north swaniawski w/ wife": after a cue of residence or travel, the one to three words up to the
 * end of the phrase are a town, capitalized on mixed-case lines and no everyday words in one-case text. */
function residenceRunRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const lead = tokens[i - 1]!.key;
    // (A first word another rule found is extended too: "Ravne" to "Ravne na Koroškem".)
    if ((lead !== 'in' && lead !== 'to' && lead !== 'from' && lead !== 'of') || (ctx.isPlace[i] && ctx.isPlace[i + 1])) continue;
    if (!RESIDENCE_RUN_CUE.test(text.slice(Math.max(0, tokens[i]!.start - 48), tokens[i]!.start))) continue;
    for (let k = i; k < i + 4 && k < tokens.length; k++) {
      if (!townPart(ctx, k, k - i)) break;
      if (k > i && !adjacent(text, tokens[k - 1]!, tokens[k]!)) break;
      if ((k > i && TOWN_PARTICLES.has(tokens[k]!.key) && (!tokens[k]!.cap || tokens[k]!.lineCase === 'upper')) || (k === i && PLACE_PREFIX.has(tokens[k]!.key))) continue;
      if (PHRASE_END.test(text.slice(tokens[k]!.end, tokens[k]!.end + 12)) || RUN_END.test(text.slice(tokens[k]!.end, tokens[k]!.end + 24))) {
        for (let j = i; j <= k; j++) mark(ctx, j, 'place-cue');
        break;
      }
    }
  }
}

/** Could token k be word `at` of a town's name after a residence cue? */
function townPart(ctx: Ctx, k: number, at: number): boolean {
  const t = ctx.tokens[k]!;
  const f = ctx.f[k]!;
  // A particle between two words of the name, in lower case on any line.
  if (at > 0 && TOWN_PARTICLES.has(t.key) && (!t.cap || (t.allCaps && t.lineCase === 'upper'))) return true;
  // "Lives in An Nhơn", "lives in The Hague": a capitalized small word before another capitalized one.
  const next = ctx.tokens[k + 1];
  const capitalSmall = f.fn && t.lineCase === 'mixed' && t.cap && !t.allCaps && !t.initial && !!next && next.cap && adjacent(ctx.text, t, next);
  // A name's word may be a town's ("Port Victoria", "north swaniawski"): the cue decides, not the name lists.
  // "PORT VICTORIA", "New Sedrickfurt": a place prefix starts the name even when it is also a word ("port", "new").
  const prefix = at === 0 && PLACE_PREFIX.has(t.key) && !!next && adjacent(ctx.text, t, next);
  // A word written with marks ("Štore") is not the English word of its bare letters ("store").
  const marked = MARKED_LATIN.test(ctx.text.slice(t.start, t.end));
  if ((f.fn && !capitalSmall) || f.clinical || f.eponym || (!prefix && !marked && !capitalSmall && (NOT_PLACE.has(t.key) || GENERIC_BEFORE.has(t.key) || NOT_TOWN.has(t.key))) || FACILITY_WORDS.has(t.key) || ctx.lists.states.has(t.key) || MONTH_OR_DAY.test(t.key)) return false;
  // Procedures by their ending ("returned from Angiography", "back from Thoracoscopy").
  if (t.end - t.start < 2 || /^[\d:'’-]/.test(ctx.text[t.end] ?? '') || PROCEDURE_ENDING.test(t.key)) return false;
  const listed = f.town || f.city || PLACE_PREFIX.has(t.key) || PLACE_SUFFIX.has(t.key) || marked || capitalSmall;
  if (t.lineCase === 'mixed') return t.cap && !t.allCaps && (at > 0 || !t.initial) && (!f.common || listed || at > 0);
  return (!f.common || listed) && !/(?:ing|ed|ly|ness|ity|ment|tion)$/.test(t.key);
}

/** A clause about care or travel that ends in a preposition: "BROUGHT IN BY AMBULANCE FROM", "cath at", "awaiting bed at". */
const CARE_CLAUSE = /\b(?:brought|ambulance|ems|medflight|transferred|transfer|xfer|arrived|came|sent|drove|flew|driven|cath|cathed|seen|followed|accepted|awaiting|bed|admitted|works|worked|lives|living|resides|born|moved|dialysis|dialyzes|hd|surgery|appointment|appt|pcp|hospitalized|discharged|d\/c|dc|returned|returning|rehab|placement|screened|screening|visiting|vacation|trip)\b[^.;:\n]{0,30}?\b(?:from|at|in|to)\s+(?:the\s+)?$/i;
/** Word endings of terms and drugs, not places. */
const TERM_ENDING = /(?:ing|ed|ly|ness|ity|ment|tion|sion|ology|ogy|ics|ery|ist|ian|itis|osis|emia|pathy|ectomy|otomy|ostomy|scopy|gram|oma|ine|ide|ate|olol|pril|sartan|statin|azole|mycin|cillin|cin|mab|nib|pam|lam|done|vir|one|ol|in|ex|ix|ax|ox)$/;

/** Endings of anatomy and procedure words the English list lacks ("periumbilical", "urethra", "ostium"). */
const ANATOMY_ENDING = /(?:al|ar|ic|ior|ium|ia|ous|us|um|ae|ary|ory|oid|ile|ra|phy|sis|tic|up)$/;

/** In capitals or lower case: a word no everyday list holds at the end of a care or travel clause ("FROM BRIGHTWATER", "cath at kessington"). */
function oneCaseCareRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    if (ctx.isPlace[i] || ctx.isName.has(i)) continue;
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (t.lineCase === 'mixed' || f.english || f.first || f.fn || f.clinical || f.eponym || t.end - t.start < 5 || TERM_ENDING.test(t.key)) continue;
    if (NOT_PLACE.has(t.key) || NOT_TOWN.has(t.key) || GENERIC_BEFORE.has(t.key) || FACILITY_WORDS.has(t.key) || ctx.lists.states.has(t.key) || /^[\d:'’/-]/.test(text[t.end] ?? '')) continue;
    // A place ends its phrase right after the preposition ("FROM BRIGHTWATER."); body parts take "the".
    if (!/^(?:from|at|in|to)$/.test(tokens[i - 1]!.key) || !PHRASE_END.test(text.slice(t.end, t.end + 12)) || ANATOMY_ENDING.test(t.key)) continue;
    // "FAMILY HAS BROUGHT IN LOLLIPOPS": a verb's particle, not a place's preposition.
    if (tokens[i - 1]!.key === 'in' && i >= 2 && /^(?:brought|came|sent|drove|flew|walked|checked|called|put|placed|wheeled|carried|bring|come|send)$/.test(tokens[i - 2]!.key)) continue;
    if (CARE_CLAUSE.test(text.slice(Math.max(0, t.start - 60), t.start))) mark(ctx, i, 'place-near');
  }
}

/** The cues of a care site: a discharge or movement ("d/c to", "accepted at", "bed at") or "DISPO:". */
const CARE_CUE = /(?:\b(?:d\/c|dc|dc'd|d\/c'd|discharged?|transfer(?:red)?|xfer|sent|go|going|goes|return(?:ing|ed)?|back|admitted|accepted|bed\s+(?:at|in)|placement\s+(?:at|in)|resident\s+(?:of|at)|lives\s+(?:at|in)|from|to|at)\s+(?:to\s+)?(?:the\s+)?|\bdispo\s*:\s*(?:(?:d\/c|dc)\s+to\s+)?(?:the\s+)?)$/i;

/** "Pt is a Fairview resident", "A LINDELL RESIDENT": a town before "resident" after an article. */
function residentRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.isPlace[i] || ctx.isName.has(i) || tokens[i + 1]!.key !== 'resident' || !adjacent(text, t, tokens[i + 1]!) || !/^(?:a|an)$/.test(tokens[i - 1]!.key)) continue;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || f.eponym || NOT_PLACE.has(t.key) || GENERIC_BEFORE.has(t.key) || FACILITY_WORDS.has(t.key) || ctx.lists.states.has(t.key) || t.end - t.start < 4 || /(?:al|ic|ing|ed|ary|ery|ology|ogy|ics|ian|ist)$/.test(t.key)) continue;
    // "a PGY2 resident", "a surgery resident on call": the resident as a doctor.
    if (/^\s+(?:physician|doctor|md|on\s+call|team|covering)\b/i.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 12))) continue;
    if (t.lineCase === 'mixed' ? t.cap && !t.allCaps && !t.initial : !f.common || ctx.lists.cities.has(t.key)) mark(ctx, i, 'place-near');
  }
}

/** Services and areas a town or practice names: "Kessington EMS", "Brightwater VNA", "the Kessington area". */
const SERVICE_HEADS = new Set(['area', 'ems', 'fire', 'fd', 'police', 'vna', 'cardiology', 'dialysis', 'pharmacy', 'oncology', 'pediatrics', 'orthopedics', 'dermatology', 'neurology', 'gastroenterology', 'nephrology', 'urology', 'radiology', 'imaging', 'ambulance', 'rescue', 'sheriff', 'township', 'hospitalists']);

const PUBLIC_SERVICES = new Set(['ems', 'fire', 'fd', 'police', 'vna', 'ambulance', 'rescue', 'sheriff']);

function serviceRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (!SERVICE_HEADS.has(head.key) || ctx.isPlace[i - 1]) continue;
    if (publicServiceRun(ctx, i) || ctx.isName.has(i - 1)) continue;
    const t = tokens[i - 1]!;
    const f = ctx.f[i - 1]!;
    if (!adjacent(text, t, head) || f.fn || f.clinical || f.eponym || GENERIC_BEFORE.has(t.key) || FACILITY_WORDS.has(t.key) || NOT_PLACE.has(t.key) || NOT_TOWN.has(t.key) || ctx.lists.states.has(t.key) || t.end - t.start < 4 || ANATOMY_ENDING.test(t.key) || TERM_ENDING.test(t.key)) continue;
    if ((f.english || f.first) && !ctx.lists.cities.has(t.key)) continue;
    if (/[-']/.test(text.slice(t.start, t.end)) || /(?:ive|ing|ed)$/.test(t.key)) continue;
    // "the Kessington area" after a place cue; otherwise capitals must agree ("Kessington EMS"), and in one-case
    // text only public services will do: "BRIGHTWATER EMS", not "PREOPERATIVE IMAGING".
    // "in the holding area", "to the preoperative area" are the hospital's own: those cues need a capital.
    const area = head.key === 'area' && (t.lineCase === 'mixed' ? /\b(?:from|in|near|around|to|of)\s+the\s+$/i : /\b(?:from|near|around|of)\s+the\s+$/i).test(text.slice(Math.max(0, t.start - 12), t.start));
    if (head.key === 'area' && !area) continue;
    // "Aizpute Fire and Rescue brought the patient in": a public service's capital names it at a sentence's start too.
    const initialService = t.initial && head.cap && PUBLIC_SERVICES.has(head.key) && !f.common;
    if (t.lineCase === 'mixed' ? !t.cap || t.allCaps || (t.initial && !initialService) || (!head.cap && !area) : !area && !PUBLIC_SERVICES.has(head.key)) continue;
    mark(ctx, i - 1, 'place-facility');
  }
}

/** "Lake Nicklaus Fire and Rescue", "Fort Christian EMS", "Mitchell-Hyattberg Fire": on a mixed-case line two or
 * three capitalized words (or one hyphened one) before a capitalized public service are the town it serves,
 * everyday words among them. Marks them and says so. */
function publicServiceRun(ctx: Ctx, head: number): boolean {
  const { tokens, text } = ctx;
  const h = tokens[head]!;
  if (!PUBLIC_SERVICES.has(h.key)) return false;
  // In one-case text: after "via" or "by", one to three words before "fire", "EMS", "ambulance", "rescue".
  if (h.lineCase !== 'mixed') {
    let k = head - 1;
    while (k >= 0 && head - k <= 3 && adjacent(text, tokens[k]!, tokens[k + 1]!) && !ctx.f[k]!.fn && !ctx.f[k]!.clinical && !GENERIC_BEFORE.has(tokens[k]!.key) && !FACILITY_WORDS.has(tokens[k]!.key) && !RELATION_OR_ROLE.test(tokens[k]!.key) && tokens[k]!.end - tokens[k]!.start >= 3) k--;
    if (k === head - 1 || k < 0 || !/^(?:via|by)$/.test(tokens[k]!.key)) return false;
    for (let j = k + 1; j < head; j++) mark(ctx, j, 'place-facility');
    return true;
  }
  if (h.lineCase !== 'mixed' || !h.cap) return false;
  let k = head - 1;
  while (k >= 0 && head - k <= 3 && adjacent(text, tokens[k]!, tokens[k + 1]!)) {
    const t = tokens[k]!;
    const f = ctx.f[k]!;
    if (!t.cap || (t.allCaps && !h.allCaps) || f.fn || f.clinical || (GENERIC_BEFORE.has(t.key) && !COMPASS.test(t.key)) || FACILITY_WORDS.has(t.key) || RELATION_OR_ROLE.test(t.key) || t.end - t.start < 3) break;
    k--;
  }
  const first = k + 1;
  const n = head - first;
  const hyphened = n === 1 && /^\p{Lu}[\p{L}'’]+(?:-\p{L}+)+$/u.test(text.slice(tokens[first]!.start, tokens[first]!.end));
  if (n < 2 && !hyphened) return false;
  for (let j = first; j < head; j++) mark(ctx, j, 'place-facility');
  return true;
}
const RELATION_OR_ROLE = /^(?:wife|husband|son|daughter|mother|father|brother|sister|family|patient|pt|called|per|by|via|local|county|city|state|volunteer|paramedic|paramedics|medic|medics)$/;

/** An outside hospital named right after its abbreviation: "OSH (Fairview)", "outside hospital: MERCY". */
const OSH_BEFORE = /\b(?:osh|outside\s+(?:hospital|hosp|facility|institution)|referring\s+(?:hospital|hosp|facility)|transferring\s+(?:hospital|hosp|facility))\s*(?:\(|:|-|=)\s*$/i;

function outsideHospitalRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i === 0 || !/^(?:osh|hospital|hosp|facility|institution)$/.test(tokens[i - 1]!.key) || ctx.isPlace[i] || ctx.isName.has(i) || !OSH_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
    // Up to three words of the name, each no function, clinical or generic word ("OSH: CXR showed").
    for (let j = i, n = 0; j < tokens.length && n < 3 && (j === i || adjacent(text, tokens[j - 1]!, tokens[j]!)); j++, n++) {
      const tj = tokens[j]!;
      const fj = ctx.f[j]!;
      // "OSH (Good Samaritan Regional)": a name's own head word after its words, in the parentheses.
      const nameHead = n > 0 && /^(?:regional|general|memorial|community|medical)$/.test(tj.key) && /^\s*(?:[).,;]|hospital|hosp|medical|center|centre)/i.test(text.slice(tj.end, tj.end + 10));
      // "Good Samaritan": a generic word capitalized before another capitalized word of the name.
      const nt = tokens[j + 1];
      const capitalGeneric = GENERIC_BEFORE.has(tj.key) && (tj.lineCase === 'mixed' ? tj.cap && !tj.allCaps && nt?.cap === true : /^\s*\)/.test(text.slice(nt?.end ?? 0, (nt?.end ?? 0) + 2))) && !!nt && adjacent(text, tj, nt) && !GENERIC_BEFORE.has(nt.key) && !FACILITY_WORDS.has(nt.key) && !ctx.f[j + 1]!.fn && !ctx.f[j + 1]!.clinical;
      if (!nameHead && (fj.fn || fj.clinical || fj.eponym || NOT_PLACE.has(tj.key) || FACILITY_WORDS.has(tj.key) || (GENERIC_BEFORE.has(tj.key) && !capitalGeneric) || (tj.lineCase === 'mixed' && !tj.cap) || tj.end - tj.start < 3)) break;
      // In one-case text an everyday word must stand alone ("OSH (MERCY)", "osh: fairview.") or before such a head.
      if (!nameHead && !capitalGeneric && tj.lineCase !== 'mixed' && fj.common && !/^\s*[).,;]/.test(text.slice(tj.end, tj.end + 2)) && !/^\s+(?:regional|general|memorial|community)\b/i.test(text.slice(tj.end, tj.end + 12))) break;
      mark(ctx, j, 'place-cue');
      if (nameHead) break;
    }
  }
}

/** Words that say which emergency room, not whose: "Adult ED", "Peds ER". */
const KIND_OF_ER = new Set(['adult', 'adults', 'peds', 'pediatric', 'pediatrics', 'paediatric', 'childrens', "children's", 'main', 'trauma', 'psych', 'psychiatric', 'ortho', 'satellite', 'fast', 'express', 'urgent', 'walk', 'busy', 'crowded', 'same', 'this', 'that', 'our', 'their', 'women', "women's", 'veterans', 'level', 'acute', 'freestanding', 'rural']);

/** Words that take a number after "transfer to" without being a ward's name. */
const NOT_WARD = new Set(['next', 'last', 'first', 'past', 'coming', 'few', 'level', 'levels', 'stage', 'grade', 'day', 'days', 'week', 'weeks', 'hour', 'hours', 'room', 'pod', 'step', 'phase', 'class', 'zone', 'area', 'station', 'tier', 'section', 'building', 'sats', 'sat', 'rate', 'dose', 'doses', 'setting', 'settings', 'mode', 'liters', 'lpm', 'times', 'minutes', 'mins', 'cycle', 'cycles', 'chair', 'side', 'left', 'right', 'about', 'approx', 'only', 'over', 'under', 'from', 'with', 'between', 'goal', 'baseline', 'less', 'more', 'than', 'around', 'position', 'assist', 'assists', 'person', 'people', 'pillows', 'pillow', 'ps', 'peep', 'cpap', 'bipap', 'fio2', 'fluids', 'unit', 'units', 'number', 'ratio', 'scale', 'score', 'count']);

/** Words that end a place's proper name: "Eastern Shore", "Shaker Heights", "Virginia Beach", "Glen Burnie Landing". */
const PLACE_SUFFIX = new Set(['shore', 'beach', 'heights', 'springs', 'falls', 'valley', 'harbor', 'harbour', 'island', 'islands', 'hills', 'village', 'township', 'creek', 'bluff', 'bluffs', 'landing', 'junction', 'ridge', 'lake', 'lakes', 'peninsula', 'panhandle', 'keys', 'bay', 'grove', 'meadows', 'estates', 'woods', 'forest', 'mills']);

const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest)$/;

/** Words that start a sentence before a place's name but are no part of it: "Wife Lake Village resident". */
const RELATIONS_BEFORE_PLACE = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'sister', 'brother', 'family', 'patient', 'pt', 'lives', 'resident', 'from', 'visiting', 'moved', 'returned']);

function suffixRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i]!;
    // "from the north shore", "lives on the west side": a compass word before a shore, side or end is a region.
    // A side or end of town only after where someone lives or comes from ("infarct in the north end" is anatomy).
    const compass = COMPASS.test(tokens[i - 1]!.key) && (/^(?:shore|coast)$/.test(head.key) || (/^(?:side|end)$/.test(head.key) && /\b(?:lives?|living|resides?|residing|from|moved|raised|grew\s+up|home)\b[^.\n]{0,10}$/i.test(text.slice(Math.max(0, tokens[i - 1]!.start - 30), tokens[i - 1]!.start))));
    if ((!PLACE_SUFFIX.has(head.key) && !compass) || !adjacent(text, tokens[i - 1]!, head)) continue;
    const prev = tokens[i - 1]!;
    const pf = ctx.f[i - 1]!;
    if (!compass && (pf.fn || pf.clinical || pf.eponym || GENERIC_BEFORE.has(prev.key) || NOT_PLACE.has(prev.key) || prev.end - prev.start < 3 || ctx.isName.has(i - 1))) continue;
    if (head.lineCase === 'mixed') {
      if (!head.cap || head.allCaps || !prev.cap || prev.allCaps) continue;
    } else {
      // In one-case text a cue must come first: "FROM THE EASTERN SHORE", "lives in shaker heights".
      const lead = tokens[i - 2];
      const lead2 = tokens[i - 3];
      if (!(lead && CUE_LEADS.has(lead.key) && lead.key !== 'the') && !(lead?.key === 'the' && lead2 && CUE_LEADS.has(lead2.key))) continue;
    }
    mark(ctx, i - 1, 'place-suffix');
    mark(ctx, i, 'place-suffix');
    // "Oak Crest Village", "Fox Chase Estates": capitalized words before go on with the name.
    for (let k = i - 2; k >= i - 3 && k >= 0 && head.lineCase === 'mixed'; k--) {
      const t = tokens[k]!;
      const f = ctx.f[k]!;
      if (!t.cap || t.allCaps || !adjacent(text, t, tokens[k + 1]!) || f.fn || f.clinical || f.eponym || GENERIC_BEFORE.has(t.key) || NOT_PLACE.has(t.key) || RELATIONS_BEFORE_PLACE.has(t.key) || ctx.isName.has(k) || t.end - t.start < 3) break;
      mark(ctx, k, 'place-suffix');
    }
  }
  // "lives in DC", "from Washington, D.C.".
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.key === 'dc' && text.slice(t.start, t.end) === 'DC' && t.lineCase === 'mixed' && /\b(?:in|from|near|to)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start)) && /\b(?:lives?|living|resides?|moved|from|born|raised|visiting)\b/i.test(text.slice(Math.max(0, t.start - 40), t.start))) mark(ctx, i, 'place-cue');
  }
}

/** Cities from the list, and "City, ST" / "City, State" pairs. */
function cityRule(ctx: Ctx): void {
  const { tokens, text, lists } = ctx;
  // "towson maryland's facility", "DAYTON OHIO": a listed city right before a state's name, in any case.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(lists.cities.has(t.key) || townWord(ctx, i)) || PLAIN_WORD_CITIES.has(t.key) || ctx.isName.has(i) || !adjacent(text, t, tokens[i + 1]!)) continue;
    const one = tokens[i + 1]!.key;
    const two = i + 2 < tokens.length ? `${one} ${tokens[i + 2]!.key}` : '';
    if (lists.states.has(one) || lists.states.has(two)) mark(ctx, i, 'place-city-state');
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lineCase !== 'mixed' || !t.cap) continue;
    // "Liberty Mutual", "Hanover Insurance": an insurer named for a place.
    const c1 = text.charCodeAt(t.end + 1) | 32;
    if ((c1 === 109 || c1 === 105 || c1 === 97 || c1 === 99) && /^\s+(?:mutual|insurance|assurance|casualty)\b/i.test(text.slice(t.end, t.end + 12))) continue;
    // Two- and three-word cities first ("Aliso Viejo", "Salt Lake City").
    for (const n of [3, 2]) {
      if (i + n > tokens.length) continue;
      const run = tokens.slice(i, i + n);
      if (!run.every((x, k) => x.cap && (k === 0 || adjacent(text, run[k - 1]!, x)))) continue;
      if (lists.cities.has(run.map((x) => x.key).join(' ')) || townRun(ctx, i, n)) {
        for (let k = 0; k < n; k++) mark(ctx, i + k, 'place-city');
      }
    }
    if (ctx.isPlace[i]) continue;
    const f = ctx.f[i]!;
    const after = text.slice(t.end, t.end + 24);
    const stateAfter = /^,\s*([A-Z]{2})\b/.exec(after);
    const stateName = /^,\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/.exec(after);
    if ((stateAfter && lists.stateAbbr.has(stateAfter[1]!)) || (stateName && lists.states.has(stateName[1]!.toLowerCase()))) {
      // "J. Yi, MD" is a doctor, not a town in Maryland.
      const credential = stateAfter !== null && /^(?:MD|PA|DE|NP|RN|DO)$/.test(stateAfter[1]!);
      if (!f.fn && !f.clinical && !(credential && (ctx.isName.has(i) || !lists.cities.has(t.key)))) {
        mark(ctx, i, 'place-city-state');
        // Multi-word city before the comma.
        for (let k = i - 1; k >= 0 && k >= i - 2 && adjacent(text, tokens[k]!, tokens[k + 1]!) && tokens[k]!.cap && !ctx.f[k]!.fn; k--) mark(ctx, k, 'place-city-state');
      }
      continue;
    }
    // With no cue a town must be no family name either: instruments and signs carry surnames that are towns too ("Sims retractor", "Kerr incision").
    // "Huntington disease": an eponym before its disease is no town.
    if (f.eponym && /^['’]?s?\s+(?:disease|chorea|syndrome|sign|palsy)\b/i.test(after)) continue;
    if ((lists.cities.has(t.key) || (townWord(ctx, i) && !f.last && !/^\s*\d/.test(text.slice(t.end, t.end + 3)))) && (!f.english || rareWordTown(ctx, i)) && !f.first && !t.initial && !t.allCaps && !ctx.isName.has(i)) mark(ctx, i, 'place-city');
  }
  // In capitals or lower case a town needs more: a long name that no list knows as a word or a person's
  // name, and no ending of drugs and anatomy ("DUNDALK", "pikesville").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (t.lineCase === 'mixed' || ctx.isPlace[i] || ctx.isName.has(i) || t.end - t.start < 6 || f.first || f.last || !townWord(ctx, i) || TERM_ENDING.test(t.key) || ANATOMY_ENDING.test(t.key)) continue;
    if (/^\s*\d/.test(text.slice(t.end, t.end + 3))) continue;
    // A town takes no article or adjective: "THE TUNICA", "anterior fontanelle" are anatomy.
    const prev = tokens[i - 1];
    if (prev && (/^(?:the|a|an|this|that|its|his|her|their|each|every|no)$/.test(prev.key) || ANATOMY_ENDING.test(prev.key))) continue;
    mark(ctx, i, 'place-city');
  }
}

/** Words that begin a place's name: "New Conroe", "Fort Lee", "Lake Placid", "Palo Alto". */
const PLACE_PREFIX = new Set(['new', 'north', 'south', 'east', 'west', 'fort', 'ft', 'mount', 'mt', 'lake', 'saint', 'san', 'santa', 'el', 'los', 'las', 'la', 'port', 'glen', 'palo', 'upper', 'lower', 'old', 'point', 'cape', 'grand', 'little', 'big']);
/** Words that begin a place's name and are everyday words alone: the place prefixes and a few more ("WEST ROSCOE
 * GENERAL", "GOOD SAMARITAN", "Great Hodkiewiczthorpe", "Ocean City"). */
const LEADING_WORDS = new Set([...PLACE_PREFIX, 'good', 'great', 'st', 'bad', 'city']);
/** Landscape words that name towns and care sites as often as they are words: the place suffixes and a few more
 * ("pine ridge", "harbor view", "Good Samaritan"). */
const LANDSCAPE = new Set([...PLACE_SUFFIX, 'view', 'pine', 'pines', 'ocean', 'river', 'hill', 'park', 'spring', 'meadow', 'oak', 'oaks', 'maple', 'cedar', 'cedars', 'elm', 'elms', 'willow', 'willows', 'brook', 'shores', 'mountain', 'glen', 'fields', 'crest', 'haven', 'vista', 'sunrise', 'sunset', 'golden', 'silver', 'green', 'pleasant', 'summit', 'highland', 'highlands', 'rock', 'stone', 'bridge', 'point', 'mill', 'samaritan', 'mercy', 'providence', 'trinity', 'heritage', 'liberty', 'pilgrim', 'evergreen', 'fairview', 'riverside', 'lakeside', 'bayview', 'seaside', 'foothills']);

/** "Admitted from New Conroe", "lives in West Framingham": a capitalized prefix joins the place after it. */
function prefixRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = tokens.length - 1; i >= 1; i--) {
    const t = tokens[i - 1]!;
    if (!ctx.isPlace[i] || ctx.isPlace[i - 1] || ctx.isName.has(i - 1) || !PLACE_PREFIX.has(t.key) || !adjacent(text, t, tokens[i]!)) continue;
    const place = tokens[i]!;
    // Cased like the name after it: "New Conroe", "NEW CONROE", not "new Conroe".
    if (place.lineCase === 'mixed' ? !t.cap || t.allCaps !== place.allCaps : t.lineCase !== place.lineCase) continue;
    // "St." and "Mt." keep their period: "Mt. Vernon".
    mark(ctx, i - 1, ctx.rules[i]!);
  }
}

const PLACE_LEADS = new Set(['from', 'at', 'to', 'in', 'offers', 'declined']);
/** Instruments named for the same people: "Mayo scissors", "from Mayo stand", "Ochsner clamp". */
const INSTRUMENT_AFTER = /^(?:['’]s)?\s+(?:scissors?|stand|clamps?|forceps|tenaculum|retractors?|fashion|clips?|needles?|hemostats?|kelly|tray|table)\b/i;
/** Chains whose names are words or verbs: "kindred", "to encompass all", "both atria". */
const WORD_CHAINS = new Set(['kindred', 'encompass', 'genesis', 'sunrise', 'benchmark', 'atria', 'whittier']);
const INSTITUTION_AFTER = /^\s+(?:er|ed|ew|icu|ccu|micu|clinic|hospital|hosp|campus|records|team|staff|admissions|liaison|ltach|ltac|snf|tcu|alf|rehab|screening|bed)\b|^\s+[-–—]\s+\p{Lu}/iu;

/** "followed at Dana-Farber", "TRANSFERRED FROM BRIGHAM AND WOMENS", "hx at Sloan Kettering", "from UCSF": the
 * short names of well-known hospitals (institutions.ts), which carry no head word a rule could read. One-word names
 * are eponyms of instruments too ("Mayo scissors", "Ochsner clamp"): they need a place word before them. */
function institutionRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  const cued = (i: number): boolean => (i > 0 && PLACE_LEADS.has(tokens[i - 1]!.key)) || INSTITUTION_AFTER.test(text.slice(tokens[i]!.end, tokens[i]!.end + 10));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.allCaps && t.end - t.start <= 8 && INSTITUTIONS.acronyms.has(text.slice(t.start, t.end)) && (t.lineCase === 'mixed' || cued(i))) {
      mark(ctx, i, 'place-institution');
      continue;
    }
    const phrases = INSTITUTIONS.multi.get(t.key);
    let matched = 0;
    for (const words of phrases ?? []) {
      let k = i;
      let w = 1;
      let ampersand = false;
      for (; w < words.length && k + 1 < tokens.length; w++) {
        const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
        // "Brigham & Women's": an ampersand stands for the phrase's "and".
        if (words[w] === 'and' && /^\s*&\s*$/.test(gap)) {
          ampersand = true;
          continue;
        }
        if ((!ampersand && !/^(?:['’]s?)?\.?[ \t]{1,3}$/.test(gap)) || tokens[k + 1]!.key !== words[w]!.replace(/['’]s$/, '').replace(/\.$/, '')) break;
        ampersand = false;
        k++;
      }
      if (w < words.length) continue;
      const run = tokens.slice(i, k + 1);
      if (run.some((x) => x.lineCase === 'mixed' && !x.cap && x.key !== 'and')) continue;
      matched = k - i + 1;
      break;
    }
    if (matched > 0) {
      for (let k = i; k < i + matched; k++) mark(ctx, k, 'place-institution');
      i += matched - 1;
      continue;
    }
    // One word only after a place word or before a hospital's: "Mayo scissors" and "a Lahey clamp" are instruments.
    // A chain named by a verb or a word ("to encompass all") needs its site's word after it in one-case text.
    const wordChain = WORD_CHAINS.has(t.key) && t.lineCase !== 'mixed' && !INSTITUTION_AFTER.test(text.slice(t.end, t.end + 10)) && !(i > 0 && /^(?:offers|declined)$/.test(tokens[i - 1]!.key));
    if (INSTITUTIONS.one.has(t.key) && (t.lineCase !== 'mixed' || t.cap) && cued(i) && !wordChain && !INSTRUMENT_AFTER.test(text.slice(t.end, t.end + 14))) mark(ctx, i, 'place-institution');
  }
}

/** "from Havre de Grace", "lives in Vila Nova de Gaia": a small lower-case word between a place and a capitalized
 * word goes on with the place's name (on a mixed-case line, where the capitals say so). */
const ENGLISH_PARTICLES = new Set(['an', 'on', 'upon']);

function particleRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const p = tokens[i + 1]!;
    const n = tokens[i + 2]!;
    if (!ctx.isPlace[i] || ctx.isPlace[i + 2] || !TOWN_PARTICLES.has(p.key) || ENGLISH_PARTICLES.has(p.key) || p.lineCase !== 'mixed' || p.cap || !n.cap || n.allCaps || n.end - n.start < 3) continue;
    if (!adjacent(text, tokens[i]!, p) || !adjacent(text, p, n) || ctx.f[i + 2]!.fn || ctx.f[i + 2]!.clinical || NOT_PLACE.has(n.key)) continue;
    mark(ctx, i + 1, ctx.rules[i]!);
    mark(ctx, i + 2, ctx.rules[i]!);
  }
}

/** Street suffixes strong enough to make the capitalized words before them a street without a house number. */
const STREET_WORD = /^(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Terrace|Parkway|Pkwy|Highway|Hwy|Turnpike|Tpke)\b\.?/;

/** "lives on Elm Street", "new job in Westview St.": a street named after a place preposition, no number needed. */
function bareStreetRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (t.lineCase !== 'mixed' || !t.cap || t.allCaps || t.initial || f.fn || f.clinical || f.eponym || ctx.isName.has(i) || t.end - t.start < 3 || !adjacent(text, t, tokens[i + 1]!)) continue;
    const suffix = STREET_WORD.exec(text.slice(tokens[i + 1]!.start, tokens[i + 1]!.end + 1));
    if (!suffix || !/^(?:on|in|at|off|near|from|to)$/.test(tokens[i - 1]!.key)) continue;
    // "St." before a capitalized word is a saint ("at St. Mary's"); a street's "St" ends the phrase.
    if (/^(?:st|ave)$/i.test(tokens[i + 1]!.key) && /^\.?\s+\p{Lu}\p{Ll}/u.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 4)) && !/^\.?\s+(?:and|but|in|on|at)\b/i.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 6))) continue;
    if (GENERIC_BEFORE.has(t.key) || NOT_PLACE.has(t.key) || FACILITY_WORDS.has(t.key)) continue;
    mark(ctx, i, 'place-street');
    mark(ctx, i + 1, 'place-street');
  }
  // "lives on elm st", "PT LIVES ON MAPLE AVE": in one-case text a street needs a home word before it.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lineCase === 'mixed' || !ONE_CASE_STREET.test(tokens[i + 1]!.key) || !/^\.?(?:\s*[,.;)]|\s+(?:w\/|(?:with|and|in|near|by|since|for|alone)\b)|\s*$)/i.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 8))) continue;
    // One or two words of the street's name after "on" or "off".
    let first = i;
    if (i > 0 && adjacent(text, tokens[i - 1]!, t) && !/^(?:on|off)$/.test(tokens[i - 1]!.key)) first = i - 1;
    if (first === 0 || !/^(?:on|off)$/.test(tokens[first - 1]!.key) || !adjacent(text, tokens[first - 1]!, tokens[first]!)) continue;
    if (!/\b(?:lives?|living|resides?|residing|home|house|apartment|apt|moved|address)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, tokens[first - 1]!.start - 24), tokens[first - 1]!.start))) continue;
    if (tokens.slice(first, i + 1).some((x, k) => ctx.f[first + k]!.fn || ctx.f[first + k]!.clinical || x.end - x.start < 2)) continue;
    for (let k = first; k <= i + 1; k++) mark(ctx, k, 'place-street');
  }
}

/** Street words that end a street's name in one-case text ("elm st", "MAPLE AVE"). */
const ONE_CASE_STREET = /^(?:st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|dr|drive|ct|court|way|pl|place|terrace|ter|pkwy|parkway|hwy|highway|circle|cir)$/;

/** Words after a place's name that say it is the place again: "Harbor records", "Harbor team aware" (not for a ward's name:
 * "Bridgeport team" is the ward's own staff). */
const REPEAT_AFTER = /^\s+(?:records|notes|staff|team|nurses?|physicians?|doctors?|md|mds|icu|ccu|micu|ed|er|ew|pcp|cardiologist|doctor|clinic|office|labs|admission|stay|course)\b/i;

/** A place found once is the same place elsewhere in the note ("at CALVERT- 2 FFP"). */
/** "Plan: Farr 7 when bed available", "PLAN: LAKESIDE 2 THIS AM": a numbered ward as the plan's destination,
 * named by any word but a drug, setting or everyday one, with a time or a bed after the number. */
function planWardRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.isPlace[i] || t.end - t.start < 3) continue;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || f.eponym || f.common || NOT_PLACE.has(t.key) || NOT_WARD.has(t.key) || GENERIC_BEFORE.has(t.key) || FACILITY_WORDS.has(t.key)) continue;
    if (!/\bplan\s*(?::|-|is|=)\s*(?:(?:to\s+)?(?:transfer|xfer|tx|move|go)\s+to\s+)?$/i.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
    if (t.lineCase === 'mixed' && !t.cap) continue;
    if (/^ ?\d{1,2}(?:\s+|,\s*)(?:this\s+(?:am|pm|morning|afternoon|evening)|today|tomorrow|tonight|in\s+(?:the\s+)?am|when|once|if|pending|after|later|bed|with|for\s+(?:tele|monitoring|further))\b/i.test(text.slice(t.end, t.end + 30))) mark(ctx, i, 'place-cue');
  }
}

/** Month and weekday abbreviations, which a day number follows ("on Oct 7", "from Tues 3"). */
const CALENDAR_ABBR = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
const WARD_CUE = /\b(?:(?:to|on|from|onto)|(?:bed|report|called|call|c\/o)\s+(?:out\s+)?(?:to|on))\s+$/i;
/** What follows a ward's number and no dose's: its staff, a bed, a time ("report to Feldberg 7 RN", "awaiting bed on FELDBERG 7 TODAY"). */
const WARD_AFTER = /^ ?\d{1,2}(?:\s+|,\s*)(?:rn|rns|nurse|nurses|nursing|team|staff|charge|resident|when\s+(?:a\s+)?bed|once\s+(?:a\s+)?bed|bed|for\s+(?:tele|monitoring|observation|obs)|(?:micu|sicu|ccu|icu|csru|cvicu|step\s*-?down|tele|telemetry)(?:\s+(?:bed|when|once|today|tomorrow|tonight|this|in|for|rn|team)\b|\s*[.;,]|\s*$))\b/i;
/** A time after the number will do only when the patient is the one going ("PT TO FELDBERG 7 TODAY", "call out to Farr 7 tonight"), not a drip ("on dilt 10 since 3am"). */
const WARD_GO = /\b(?:(?:pt|patient|out|transfer|xfer|c\/o|go|going|move|moved|moving|accepted)\s+to|bed\s+(?:on|in)|accepted\s+(?:on|in))\s+$/i;
const WARD_TIME = /^ ?\d{1,2}(?:\s+|,\s*)(?:this\s+(?:am|pm|morning|afternoon|evening)|today|tomorrow|tonight|later|pending|in\s+(?:the\s+)?am)\b/i;
/** After a move only a place takes, the number may end the phrase: "CALL OUT TO REISNER 2.", "accepted to Ortega 3" (not "pt to dilt 10."). */
const WARD_MOVE = /\b(?:(?:out|transfer|transferred|xfer|accepted|go)\s+to|bed\s+(?:on|in))\s+$/i;
const WARD_END = /^ ?\d{1,2}\s*(?:[.;]|,\s+(?!\d)|$)/;

/** "pt on Feldberg 7 since 3/4", "report called to feldberg 7 rn", "awaiting bed on FELDBERG 7 TODAY": a numbered ward
 * after a place preposition, named by a word no list knows, when the ward's staff, a bed or a time follows the number. */
function wardRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.isPlace[i] || t.end - t.start < 4 || ctx.isName.has(i)) continue;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || f.eponym || f.english || f.common || CALENDAR_ABBR.has(t.key) || NOT_PLACE.has(t.key) || NOT_WARD.has(t.key) || GENERIC_BEFORE.has(t.key) || FACILITY_WORDS.has(t.key)) continue;
    if (t.lineCase === 'mixed' && !t.cap) continue;
    const before = text.slice(Math.max(0, t.start - 16), t.start);
    if (!WARD_CUE.test(before)) continue;
    const after = text.slice(t.end, t.end + 30);
    if (!WARD_AFTER.test(after) && !(WARD_GO.test(before) && WARD_TIME.test(after)) && !(WARD_MOVE.test(before) && WARD_END.test(after))) continue;
    mark(ctx, i, 'place-ward');
  }
}

/** "AT HOLY CROSS FOR PNA", "from mt. sinai", "at st agnes": a saint's or holy name after a place
 * preposition, in any case, is a hospital; the word after it must be no clinical or everyday setting word. */
function saintRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // After a place cue or an opening parenthesis ("OSH (st clares)"); a saint's church is a place too.
    if (!/^(?:holy|saint|st|mt|mount)$/.test(t.key) || (!/^(?:at|from|to|osh)$/.test(tokens[i - 1]!.key) && !/\(\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)))) continue;
    const n = tokens[i + 1]!;
    const nf = ctx.f[i + 1]!;
    if (!/^\.?[ \t]{1,2}$/.test(text.slice(t.end, n.start)) || n.end - n.start < 3 || nf.fn || nf.clinical || NOT_PLACE.has(n.key) || NOT_TOWN.has(n.key) || FACILITY_WORDS.has(n.key) || !/^[a-z'’]+$/.test(n.key)) continue;
    if (t.lineCase === 'mixed' && (!t.cap || !n.cap) && !/\(\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start))) continue;
    // "ST 2", "ST ELEVATION": the ECG segment; "holy card", "holy water": things.
    if (/^\s*\d/.test(text.slice(n.end, n.end + 3)) || (t.key === 'holy' && !HOLY_NAMES.test(text.slice(t.end, t.end + 12)))) continue;
    if (!PHRASE_END.test(text.slice(n.end, n.end + 12)) && !/^(?:['’]s)?\s+(?:for|last|on|in|x|on|yesterday|today|and|as|hospital|hosp|er|ew|ed|church|parish|cathedral|school|medical|med|rehab|nursing|nh|manor|catholic|records|notes|chart|2\s+days|\d\s+days)\b/i.test(text.slice(n.end, n.end + 14))) continue;
    mark(ctx, i, 'place-cue');
    mark(ctx, i + 1, 'place-cue');
  }
}

function repeatRule(ctx: Ctx): void {
  const known = new Set<string>();
  // Places that are also words ("Harbor", "Union") repeat only where capitals or a place word say so.
  const knownWords = new Set<string>();
  const wards = new Set<string>();
  // Everyday words found as a facility's name in one-case text ("HARBOR HOSPITAL"), repeated there in the same case.
  const oneCaseFacility = new Set<string>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    const f = ctx.f[i]!;
    const t = ctx.tokens[i]!;
    // A hospital's initials found after a cue ("sent to GH") are the hospital everywhere in the note.
    if (ctx.isPlace[i] && ctx.rules[i] === 'place-hospital-abbr' && t.end - t.start === 2) known.add(t.key);
    if (!ctx.isPlace[i] || t.end - t.start < 3 || f.fn || f.clinical || /['’]/.test(t.key) || GENERIC_BEFORE.has(t.key) || FACILITY_WORDS.has(t.key) || (PLACE_SUFFIX.has(t.key) && i > 0 && ctx.isPlace[i - 1])) continue;
    if (!f.english) known.add(t.key);
    else if (t.lineCase !== 'mixed' && ctx.rules[i] === 'place-facility' && t.end - t.start >= 4) oneCaseFacility.add(t.key);
    if (f.english && t.cap && ctx.rules[i] !== 'place-repeat') {
      knownWords.add(t.key);
      // A ward found with its number ("to Bridgeport 2") is the ward again wherever a number follows it.
      if (/^ ?\d{1,2}\b/.test(ctx.text.slice(t.end, t.end + 4))) wards.add(t.key);
    }
  }
  if (known.size === 0 && knownWords.size === 0 && oneCaseFacility.size === 0) return;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.isPlace[i] || ctx.isName.has(i)) continue;
    const t = ctx.tokens[i]!;
    if (known.has(t.key)) mark(ctx, i, 'place-repeat');
    // Not after an article ("the harbor"), not before another word of the facility's kind ("UNION STATION").
    else if (oneCaseFacility.has(t.key) && t.lineCase !== 'mixed' && !/\b(?:the|a|an)\s+$/i.test(ctx.text.slice(Math.max(0, t.start - 5), t.start)) && !ctx.f[i]!.clinical) mark(ctx, i, 'place-repeat');
    else if (knownWords.has(t.key) && t.cap && (t.lineCase !== 'mixed' ? t.allCaps && !ctx.f[i]!.common : !t.allCaps)) {
      const prev = ctx.tokens[i - 1];
      const cued = (prev !== undefined && /^(?:to|from|at|in|near)$/.test(prev.key)) || FACILITY_AFTER.test(ctx.text.slice(t.end, t.end + 12)) || (!wards.has(t.key) && REPEAT_AFTER.test(ctx.text.slice(t.end, t.end + 14))) || /^-\s/.test(ctx.text.slice(t.end, t.end + 2)) || (wards.has(t.key) && /^ ?\d{1,2}\b/.test(ctx.text.slice(t.end, t.end + 4)));
      // Case as a signal: on a mixed-case line a capital mid-sentence is the name again ("will call Harbor in am").
      // Not inside a run of capitals ("the Intensive Care Unit", "Department of Anesthesia"): headings and titles.
      const next = ctx.tokens[i + 1];
      const titleRun = (next !== undefined && adjacent(ctx.text, t, next) && next.cap) || /^\s+of\b/i.test(ctx.text.slice(t.end, t.end + 4)) || (prev !== undefined && adjacent(ctx.text, prev, t) && prev.cap && !ctx.isPlace[i - 1]) || /[A-Z][a-z]+\s+(?:of|for|and)\s+$/.test(ctx.text.slice(Math.max(0, t.start - 30), t.start));
      const midSentence = !wards.has(t.key) && t.lineCase === 'mixed' && !t.allCaps && !titleRun && !/(?:^|[.!?:;\n*•-])[\s"'(]*$/.test(ctx.text.slice(Math.max(0, t.start - 6), t.start));
      if (cued || midSentence) mark(ctx, i, 'place-repeat');
    }
  }
}

const STREET_RE_CACHE = new WeakMap<WordLists, RegExp>();

function streetRegex(lists: WordLists): RegExp {
  const hit = STREET_RE_CACHE.get(lists);
  if (hit) return hit;
  const title = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const suffixes = [...lists.streetSuffixes].sort((a, b) => b.length - a.length).flatMap((s) => [title(s), s.toUpperCase()]);
  const re = new RegExp(
    `\\b\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?[ \\t]+(?:(?:[NSEW]|North|South|East|West|N\\.?E|N\\.?W|S\\.?E|S\\.?W)\\.?[ \\t]+)?(?:(?:\\d{1,3}(?:st|nd|rd|th)|[A-Z][A-Za-z'.-]*)[ \\t]+){1,4}(?:${suffixes.join('|')})\\b\\.?(?:\\s+(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\\b\\.?)?(?:,?\\s*(?:Apt|Apartment|Suite|Ste|Unit|Bldg|Building|Fl|Floor|Rm|Room|#)\\.?\\s*#?\\s*[A-Za-z0-9-]+)?`,
    'g',
  );
  STREET_RE_CACHE.set(lists, re);
  return re;
}

/** "lives at 12 elm st", "4410 old mill rd": a house number, one to three lower-case words and a street word,
 * ending a phrase. Only unmistakable street words ("ct" is a scan and "dr" a doctor in lower case). */
const LOWER_STREET = /\b\d{1,6}[a-z]?[ \t]+(?:(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?[ \t]+)?((?:(?:[a-z][a-z'-]+|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3})(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|ter|terrace|pkwy|parkway|hwy|highway|drive|court|circle|place)\b\.?(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:w\/|(?:apt|apartment|unit|suite|ste|#|with|and|alone|in|near|for|since|by|to)\b))/g;
const NOT_STREET_WORDS = /\b(?:mg|mcg|ml|cc|units?|tabs?|times|days?|hours?|hrs?|weeks?|minutes?|mins?|years?|yrs?|months?|x|way|block|foley|in|on|at|of|to|with|and|the|for|is|was|by|am|pm|beat|beats|run|runs|gtt|tol|well|via|ett|mm|cm|kg|lb|lbs|doses?|pills?|liters?|l|puffs?|drops?|sprays?|packs?|cans?|bottles?|beers?|drinks?|cups?|glasses|flights?|steps?|stairs?|blocks?|miles?|feet|ft|lead|leads|view|views|vessel|vessels|level|levels)\b/;

/** "75009 Paris", "384 39 Stockholm", "58663-765 São Paulo": a postcode before its town, as Europe and Brazil write them. */
const POSTCODE_TOWN = /\b(?:\d{5}(?:-\d{3,4})?|\d{3} \d{2}|\d{4})[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2})/gu;

function postcodeTownCandidates(text: string, lists: WordLists, out: Candidate[]): void {
  POSTCODE_TOWN.lastIndex = 0;
  for (let m = POSTCODE_TOWN.exec(text); m !== null; m = POSTCODE_TOWN.exec(text)) {
    const code = m[0].slice(0, m[0].length - m[1]!.length).trim();
    // A year before a town is a year ("1998 Boston Marathon"); a street word after it makes a US street.
    if (/^(?:19|20)\d{2}$/.test(code) || /^[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Lane|Ln|Ct|Way|Pl)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const town = m[1]!.toLowerCase().replace(/[ \t]+/g, ' ');
    if (!lists.towns.has(town) && !lists.cities.has(town) && !MARKED_LATIN.test(m[1]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'LOCATION', rule: 'place-postcode-town', priority: 5 });
  }
}

/** "family lives at 869 price orchard": after a residence word, a house number and words before less common street words. */
const LOWER_STREET_HOME = /\b(?:lives|living|resides|residing|home|house|address|addr)\s+(?:is\s+)?(?:at|on|:)?\s*(\d{1,6}\s+(?:[a-z][a-z'-]+\s+){1,3}(?:orchard|summit|dale|ridge|hollow|crossing|trail|path|pike|loop|point|view|square|plaza|heights|hills|grove|glen|meadows?|landing|row|walk|way|run|bend|cove|creek|park|gardens|manor|terrace|vista|woods|knoll|court|place|circle|lane|drive|road|street|avenue)\b)/g;

function streetCandidates(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  LOWER_STREET_HOME.lastIndex = 0;
  for (let m = LOWER_STREET_HOME.exec(text); m !== null; m = LOWER_STREET_HOME.exec(text)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (!NOT_STREET_WORDS.test(m[1]!.replace(/^\d+\s+/, ''))) out.push({ start: at, end: at + m[1]!.length, kind: 'LOCATION', rule: 'place-street', priority: 6 });
  }
  if (/\d[ \t]\p{Lu}/u.test(text)) postcodeTownCandidates(text, lists, out);
  if (/\d[ \t]/.test(text)) {
    LOWER_STREET.lastIndex = 0;
    for (let m = LOWER_STREET.exec(text); m !== null; m = LOWER_STREET.exec(text)) {
      if (NOT_STREET_WORDS.test(m[1]!)) continue;
      const end = m.index + m[0].length - (m[0].endsWith('.') && !/\b(?:st|ave|rd|blvd|ln|ter|pkwy|hwy)\.$/.test(m[0]) ? 1 : 0);
      out.push({ start: m.index, end, kind: 'LOCATION', rule: 'place-street', priority: 6 });
      // ", takoma park": the listed town after the street, in the same lower case.
      const town = /^,[ \t]*([a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+){0,2})(?=[ \t]*(?:,|\.|$|\n|[ \t]+[a-z]{2}\b|[ \t]+\d{5}))/.exec(text.slice(end, end + 40));
      if (town && lists.towns.has(town[1]!.replace(/[ \t]+/g, ' '))) {
        const at = end + town[0].length - town[1]!.length;
        out.push({ start: at, end: at + town[1]!.length, kind: 'LOCATION', rule: 'place-address', priority: 6 });
      }
    }
  }
  const re = streetRegex(lists);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // "2 units of packed cells", "5 mg per day": the words must look like a street name.
    const words = m[0].replace(/^\S+\s+/, '').split(/\s+/);
    const lower = words.filter((w) => /^[a-z]/.test(w)).length;
    if (lower > 0 && /[A-Z]/.test(m[0].replace(/^\S+/, '')) && m[0] !== m[0].toUpperCase()) continue;
    const street = m[0].replace(/,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Bldg|Building|Fl|Floor|Rm|Room|#)\b.*$/i, '');
    if (/\b(?:mg|mcg|ml|cc|units?|tabs?|times|days?|hours?|hrs?|weeks?|minutes?|mins?|years?|yrs?|months?|x|way|block|foley|in|on|at|of|to|with|and|the|for|is|was|by|am|pm|beat|beats|run|runs|gtt|tol|well|via|ett)\b/i.test(street.replace(/^\S+\s+/, ''))) continue;
    // In capitals every word looks like a street name: only unmistakable suffixes count.
    if (m[0] === m[0].toUpperCase() && !/\b(?:STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|DRIVE|LANE|LN|COURT|CT|TERRACE|PARKWAY|PKWY|HIGHWAY|HWY)\b\.?(?:\s|,|$)/.test(m[0])) continue;
    // A period after a whole word ("42 Larkspur Lane.") ends the sentence; after "St." it is the abbreviation's.
    let end = m.index + m[0].length;
    if (text[end - 1] === '.' && /\b[A-Za-z]{5,}\.$|\b(?:lane|road|way|walk|row|loop|path|pike|run|view|hill|mall|park|alley|bend)\.$/i.test(m[0])) end--;
    out.push({ start: m.index, end, kind: 'LOCATION', rule: 'place-street', priority: 6 });
  }
  return out;
}

const ADDRESS_LABEL = /\b(?:(?:home|mailing|billing|street|postal|current|permanent|work)\s+)?(?:address|addr)\b\s*(?:is\b|:|-|=)?\s*|\b(?:residential|residence|mail\s+to|anschrift|adresse|wohnort|domicilio|direcci[oó]n|indirizzo|endere[cç]o|morada)[ \t]*:\s*|\b(?:(?:lives|living|resides|residing)(?:\s+(?:alone|independently|by\s+(?:him|her)self))?|located|office\s+is)\s+at\s+|\b(?:moved|moving|relocated|relocating)\s+to\s+(?=\d)/gi;
const ADDRESS_STOP = /\n|[;?!]|,\s*(?:walk-?up|no\s+(?:elevator|stairs|steps)|elevator|stairs|steps|\d+\s*(?:steps|stairs|flights?)|(?:1st|2nd|3rd|\d+th|first|second|third|top|ground)\s+(?:floor|fl)\b)|\s+(?:phone|tel|telephone|cell|mobile|email|e-mail|dob|mrn|fax|ssn|insurance|and\s+(?:is|was|has)|in\s+its|since|for|with|who|which|where)\b|\.\s+(?=[A-Z][a-z])/g;
/** The same stop words in capitals: "LIVES AT 12 ELM ST WITH WIFE". */
const ADDRESS_STOP_CAPS = /,\s*(?:WALK-?UP|NO\s+(?:ELEVATOR|STAIRS|STEPS)|ELEVATOR|(?:1ST|2ND|3RD|\d+TH)\s+(?:FLOOR|FL))\b|\s+(?:PHONE|TEL|CELL|DOB|MRN|FAX|SSN|SINCE|FOR|WITH|WHO|WHICH|WHERE|AND\s+(?:IS|WAS|HAS))\b/;
const ABBREVIATION_BEFORE_DOT = /(?:\b(?:apt|ste|st|ave|rd|dr|blvd|ln|ct|no|fl|bldg|rm|mt|ft|n|s|e|w|os|ul|al|pl|str|av|nr)|\b[A-Z])$/i;

const MOVED_TO_STREET = /^\d{2,6}[A-Za-z]?[ \t]+(?:[\p{L}\d'’.-]+[ \t]+){0,4}?(?:(?:apt|apartment|unit|suite|ste)\.?[ \t]*#?[ \t]*[\w-]{1,6}|#[ \t]*[\w-]{1,6}|(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|ct|court|blvd|boulevard|pike|way|pl|place|ter|terrace|cir|circle|pkwy|parkway|hwy|highway|views?|crossing|trail|loop|row|sq|square|fort|run|pass|key|fields?|plaza|heights|hills?|park|ridge|grove|glen|trafficway|isle|estates?|rapids?)\b\.?(?:,?[ \t]*(?:apt|apartment|unit|suite|ste|#)\.?[ \t]*#?[ \t]*[\w-]{1,6})?)(?![\w-])/iu;

/** "Address: 45 Chestnut Hill Rd, Apt 2, Newton, MA 02459": the whole labelled address. */
function addressCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  ADDRESS_LABEL.lastIndex = 0;
  for (let m = ADDRESS_LABEL.exec(text); m !== null; m = ADDRESS_LABEL.exec(text)) {
    const start = m.index + m[0].length;
    // An address starts with a house number before a capitalized word, or with a capitalized word.
    // After "lives at" in lower case the house number is the cue ("lives at 2929 gartenstr"), but not a count
    // ("lives at 3 story house", "at 2nd floor apt").
    // "i moved to 638 laron views apt 23": after "moved to" a house number of two digits or more and a street's kind or a
    // unit ("moved to 10 West" is a ward).
    const movedTo = /\b(?:moved|moving|relocated|relocating)\s+to\s+$/i.test(m[0]);
    const moved = movedTo ? MOVED_TO_STREET.exec(text.slice(start, start + 60)) : null;
    if (movedTo) {
      // The address ends with its street's kind and a unit after it: what follows is the message ("pls update", "last year").
      if (moved) out.push({ start, end: start + moved[0].length, kind: 'LOCATION', rule: 'place-address', priority: 3 });
      continue;
    }
    const lowerStreet = (/\b(?:lives|living|resides|residing)(?:\s+(?:alone|independently|by\s+(?:him|her)self))?\s+at\s+$/i.test(m[0])) && /^\d{1,6}[a-z]?\s+\p{Ll}/u.test(text.slice(start, start + 12)) && !/^\S+\s+(?:story|stories|storey|level|levels|floor|flr|bedroom|bedrooms|br|bdrm|family|room|rooms|yrs?|years?|months?|wks?|weeks?|days?|pm|am|o'?clock|times?|steps?|stairs|flights?|miles?|mi|blocks?|hours?|hrs?|min|minutes?|people|persons?|kids|children|cm|mm|km|m|ft|feet|inches)\b/i.test(text.slice(start, start + 30));
    // After an "Address:" field a house number may open a street whose kind is written in lower case first ("7564 droga
    // Śliwiński", "12 rue des Lilas", "44 via Roma") when a capitalized word follows within the line.
    const labelled = /[:=]\s*$|\baddress\s+is\s+$/i.test(m[0]);
    const labelledLower = labelled && /^\d{1,6}[A-Za-z]?\s+\p{Ll}[\p{Ll}.]{1,8}\s+(?:\p{Ll}{1,4}\s+)?\p{Lu}/u.test(text.slice(start, start + 30));
    // A field's value all in lower case: a house number and a street ("176 leuschke parade, bristol"), or a street and
    // its number ("bernsteinstr. 38a, 10123 berlin"), before a comma and more of the address.
    const fieldLower = labelled && /^(?:\d{1,6}[a-z]?\s+\p{Ll}[\p{Ll}'’-]+(?:\s+\p{Ll}[\p{Ll}'’.-]*){0,3}|\p{Ll}[\p{Ll}'’.-]+(?:\s+\p{Ll}[\p{Ll}'’.-]*){0,2}\s+\d{1,5}[a-z]?),\s*[\p{Ll}\d]/u.test(text.slice(start, start + 60)) && !NOT_STREET_WORDS.test(text.slice(start, start + 40).split(',')[0]!.replace(/^\d+[a-z]?\s+/, ''));
    if (!lowerStreet && !labelledLower && !fieldLower && !/^(?:\d{1,6}[A-Za-z]?,?\s+[\d\p{Lu}]|\p{Lu})/u.test(text.slice(start, start + 12))) continue;
    const window = text.slice(start, start + 140);
    let end = window.length;
    ADDRESS_STOP.lastIndex = 0;
    for (let s = ADDRESS_STOP.exec(window); s !== null; s = ADDRESS_STOP.exec(window)) {
      if (s[0].startsWith('.') && ABBREVIATION_BEFORE_DOT.test(window.slice(0, s.index))) continue;
      end = s.index;
      break;
    }
    const caps = ADDRESS_STOP_CAPS.exec(window.slice(0, end));
    if (caps) end = caps.index;
    const lower = lowerStreet ? /\.\s|\s+(?:alone|w\/|and|but|until|near|since|x\s*\d|pls|plz|please|thanks|thank|so|because|now|starting|effective|as\s+of)\b/i.exec(window.slice(0, end)) : null;
    if (lower) end = lower.index;
    const value = window.slice(0, end).replace(/[\s,.:-]+$/, '');
    if (!/\d/.test(value) || value.length < 6 || /%/.test(value)) continue;
    out.push({ start, end: start + value.length, kind: 'LOCATION', rule: 'place-address', priority: 3 });
  }
  return out;
}

/** "moved from New Hampshire", "lives in North Carolina": a state of two words found as a place alone is the state, which
 * Safe Harbor keeps (New York is a city as well; a site named for a state, "New Hampshire Hospital", goes on past it). */
function keepTwoWordStates(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ctx.isPlace[i] || !ctx.isPlace[i + 1] || (i > 0 && ctx.isPlace[i - 1] && adjacent(text, tokens[i - 1]!, tokens[i]!)) || ctx.isPlace[i + 2]) continue;
    const after = tokens[i + 2];
    if (after && adjacent(text, tokens[i + 1]!, after) && (FACILITY_WORDS.has(after.key) || FACILITY_HEADS.has(after.key))) continue;
    const pair = `${tokens[i]!.key} ${tokens[i + 1]!.key}`;
    if (pair === 'new york' || !ctx.lists.states.has(pair) || !adjacent(text, tokens[i]!, tokens[i + 1]!)) continue;
    ctx.isPlace[i] = 0;
    ctx.isPlace[i + 1] = 0;
  }
}

export function placeCandidates(text: string, tokens: readonly Token[], f: readonly TokenFacts[], lists: WordLists, nameTokens: ReadonlySet<number>): Candidate[] {
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.lineCase === 'mixed' && !t.cap) lowerSeen.add(t.key);
  const ctx: Ctx = { text, tokens, f, lists, isPlace: new Uint8Array(tokens.length), rules: new Array<string>(tokens.length), isName: nameTokens, lowerSeen };
  facilityRule(ctx);
  townServiceRule(ctx);
  cueRule(ctx);
  comesFromRule(ctx);
  residenceRule(ctx);
  residenceRunRule(ctx);
  outsideHospitalRule(ctx);
  serviceRule(ctx);
  oneCaseCareRule(ctx);
  residentRule(ctx);
  suffixRule(ctx);
  regionRule(ctx);
  ofKindTownRule(ctx);
  cityRule(ctx);
  bareStreetRule(ctx);
  prefixRule(ctx);
  particleRule(ctx);
  institutionRule(ctx);
  planWardRule(ctx);
  wardRule(ctx);
  saintRule(ctx);
  careSiteRule(ctx);
  namedBodyRule(ctx);
  careTransitionRules(ctx);
  organizationRule(ctx);
  employerRule(ctx);
  worksAtRule(ctx);
  concernAtRule(ctx);
  kindNamedRule(ctx);
  kindOfTownRule(ctx);
  templeRule(ctx);
  townOfficeRule(ctx);
  townAfterPlaceRule(ctx);
  placeNounInTownRule(ctx);
  wardFloorRule(ctx);
  orientationRule(ctx);
  leadingAfterCueRule(ctx);
  repeatRule(ctx);
  leadingWordRule(ctx);
  keepTwoWordStates(ctx);
  const out = [...streetCandidates(text, lists), ...addressCandidates(text)];
  for (let i = 0; i < tokens.length; i++) {
    if (!ctx.isPlace[i]) continue;
    // A place keeps its possessive ("St. Mary's"): it is part of the name, not grammar.
    const tail = /^(?:['’][sS]\b|\d{1,2}\b)/.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 3));
    const end = tokens[i]!.end + (tail ? tail[0].length : 0);
    out.push({ start: tokens[i]!.start, end, kind: 'LOCATION', rule: ctx.rules[i]!, priority: ctx.rules[i] === 'place-facility' || ctx.rules[i] === 'place-city-state' ? 4 : ctx.rules[i] === 'place-cue' ? 3 : 2 });
  }
  return out;
}

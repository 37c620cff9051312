// Names of patients, relatives and staff. Word lists say what could be a name; context (titles,
// credentials, "daughter", "spoke with", "Pt name:") and capitals (only on lines that use them) say
// what is one. A name found once is found everywhere else in the note.
import { contactNameRules } from './contact-names';
import { fileNameCandidates } from './file-names';
import { formNameRules } from './form-names';
import { letterNameRules } from './letter-names';
import { mark, type NameCtx as Ctx } from './name-context';
import type { Candidate } from './patterns';
import { adjacent, facts, isApostrophe, MARKED_LATIN, type Token, type TokenFacts } from './tokens';
import type { WordLists } from './wordlists';

const TITLES = new Set(['dr', 'drs', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'mister', 'madam', 'rev', 'reverend', 'dra', 'sra', 'srta', 'fr', 'pastor', 'rabbi', 'imam', 'atty', 'judge']);
/** Staff roles that often stand before a name ("NP Grace", "RN Smith"): only list names follow. */
const ROLE_TITLES = new Set(['np', 'rn', 'md', 'attending', 'resident', 'intern', 'fellow', 'nurse', 'surgeon', 'physician', 'cardiologist', 'pcp', 'chaplain', 'therapist', 'sw', 'pharmacist', 'dietician', 'dietitian', 'midwife', 'provider', 'hospitalist', 'neurologist', 'oncologist', 'nephrologist', 'intensivist', 'anesthesiologist', 'radiologist', 'psychiatrist', 'psychologist', 'counselor', 'coordinator', 'manager', 'mgr', 'mngr', 'rrt', 'slp', 'ho', 'crna', 'cm', 'aide', 'tech', 'secretary', 'clerk', 'interpreter', 'translator', 'doula', 'priest', 'caseworker', 'chw', 'worker', 'liaison', 'educator', 'specialist', 'practitioner', 'technician', 'nutritionist', 'consultant', 'supervisor', 'navigator', 'advocate', 'sitter', 'paramedic', 'medic', 'emt', 'attendant', 'cna', 'lpn', 'pca', 'rd', 'pharmd', 'wocn', 'cwocn', 'cma', 'ms3', 'ms4', 'msiii', 'msiv', 'crnp', 'nnp', 'pnp', 'cnm', 'prescriber', 'sponsor', 'officer', 'representative', 'rep', 'coach', 'investigator', 'trainer', 'atc', 'classmate', 'teammate', 'hha', 'detective', 'trooper', 'sergeant', 'sgt', 'deputy', 'driver']);
const CREDENTIALS = /^(?:\s*,?\s*(?:R\.?N\.?|M\.?D\.?|N\.?P\.?|PA-C|RRT|CRT|LICSW|LCSW|MSW|Ph\.?D\.?|CNA|LPN|LVN|RD|CRNA|APRN|ANP|FNP|DNP|PharmD|RPh|BSN|MSN|CNM|CNS|DPT|OTR|SLP|MBBS|FACS|FACP|NNP|PNP|ACNP|RNC|CCRN|(?:ANP|FNP|AGNP|PMHNP|ACNP|AGACNP|NP|RN|PNP|AGPCNP)-BC|C?WOCN|CWON|CWCN|CPNP|FRCPC?|MRCP|FACC|FCCP|FAAP|FAAFP|FACOG|FACEP|FASN|FAHA|FACG|MBCHB|DDS|DMD|DPM|PSYD|CRNP|ARNP|PMHNP|AGACNP|AGNP|CNP|LMSW|LMFT)\b|\s*,\s*PT\s*,\s*DPT\b|\s*,\s*(?:RPSGT|RDCS|RDMS|RVT|RCS|RCIS|CCP|SRNA|CNOR|RNFA|CSFA|CRCST|CST|CCT|CNIM|REEGT|(?:PA|HT|MLS|CT)\(ASCP\)|RT\(R\))(?![\w-])|\s*,\s*(?:OTR\/L|COTA(?:\/L)?|PTA|CCC-SLP)(?![\w/-])|\s*,\s*(?:PT|OT|DO|PA|SW|RD|SLP)\s*$)/im;
const RELATIONS = new Set([
  'wife', 'husband', 'spouse', 'son', 'sons', 'daughter', 'daughters', 'dtr', 'dau', 'sister', 'sisters', 'brother', 'brothers', 'mother', 'father', 'mom', 'dad', 'niece',
  'nephew', 'cousin', 'aunt', 'uncle', 'grandson', 'granddaughter', 'grandaughter', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'friend', 'partner', 'fiance', 'fiancee',
  'boyfriend', 'girlfriend', 'proxy', 'hcp', 'guardian', 'neighbor', 'neighbour', 'stepson', 'stepdaughter', 'sil', 'dil', 'inlaw', 'roommate', 'caregiver',
  'granddtr', 'grandchild', 'poa', 'companion', 'widow', 'widower', 'husb', 'bro', 'sis', 'gdtr', 'gson', 'neph',
  'mgm', 'mgf', 'pgm', 'pgf', 'fob', 'mob', 'ggm', 'ggf', 'child', 'children',
  'kid', 'kids', 'stepmother', 'stepfather', 'stepmom', 'stepdad', 'godmother', 'godfather', 'grandkid', 'grandkids', 'grandchildren', 'sibling', 'siblings', 'twin',
]);
/** Kin words a relative's name follows directly ("son mark", "dtr hope"); not friend, proxy or caregiver. */
const KIN = new Set(['wife', 'husband', 'spouse', 'son', 'sons', 'daughter', 'daughters', 'dtr', 'dau', 'sister', 'sisters', 'brother', 'brothers', 'niece', 'nephew', 'cousin', 'aunt', 'uncle', 'grandson', 'granddaughter', 'grandaughter', 'stepson', 'stepdaughter', 'granddtr', 'boyfriend', 'girlfriend', 'fiance', 'fiancee']);
/** What a relative does, right after their name: "son hill consented", "wife rose was updated", "dtr ivy in to visit". */
const KIN_CLAUSE = /^\s*,?\s*(?:(?:was|is|has\s+been|had\s+been|has|had|were)\s+)?(?:-\s+(?=[a-z]{2,}\b)|in\s+(?:today|tonight|earlier|yesterday|this\s+(?:am|pm|morning|afternoon|evening))|called|phoned|visited|consented|updated|informed|notified|aware|came|spoke|talked|talks|states|stated|says|said|asked|requested|agrees|agreed|declined|wishes|wants|understands|in\s+to\s+(?:visit|see)|at\s+(?:the\s+)?bedside|present\s+(?:for|at|during)|in\s+(?:contact|touch)|calls|visits|will\s+(?:call|visit|be\s+in)|arrived|reports|reported|regarding|by\s+phone|on\s+the\s+phone|lives|lived|is\s+(?:the\s+)?(?:hcp|proxy|health\s*care\s+proxy|poa)|who\s+(?:is|was|will|has|lives)|(?:and|&)\s+(?:(?:his|her|their|pt'?s)\s+)?(?:step|grand)?(?:son|daughter|dtr|wife|husband|sister|brother|sis|bro|mother|father|mom|dad|niece|nephew|aunt|uncle|cousin|friend|partner)s?)\b/i;
/** Everyday words that sit between a kin word and what the relative does: "son also called", "wife here today". */
const NOT_KIN_NAME = new Set(['also', 'just', 'then', 'now', 'later', 'today', 'tonight', 'yesterday', 'earlier', 'too', 'again', 'never', 'always', 'often', 'once', 'twice', 'first', 'last', 'home', 'here', 'there', 'already', 'soon', 'still', 'who', 'whom', 'and', 'not', 'both', 'all', 'each', 'who', 'has', 'had', 'was', 'were', 'will', 'would', 'could', 'can', 'did', 'does', 'may', 'might', 'must', 'should', 'and', 'then', 'this', 'that', 'patient', 'pt', 'family', 'members', 'member', 'himself', 'herself', 'themselves', 'finally', 'initially', 'recently', 'personally', 'directly', 'frequently', 'regularly', 'very', 'present', 'visiting', 'visited', 'called', 'via', 'by', 'phone', 'telephone', 'over', 'out', 'back', 'by', 'per', 'md', 'rn', 'np', 'hcp', 'poa', 'proxy', 'jr', 'sr', 'ii', 'iii', 'age', 'aged', 'who', 'from', 'in', 'law', 'inlaw', 'in-law', 'age', 'old', 'young', 'oldest', 'youngest', 'eldest', 'elder', 'older', 'younger', 'middle', 'other', 'another', 'only', 'one', 'two', 'three', 'both', 'twin', 'step', 'half', 'late', 'ex', 'former', 'estranged', 'local', 'nearby', 'tearful', 'upset', 'anxious', 'concerned', 'worried', 'happy', 'pleased', 'frustrated', 'angry', 'appropriately', 'eventually', 'briefly', 'paged', 'spoke', 'came', 'will', 'usually', 'never', 'reportedly', 'apparently', 'tearfully', 'independently', 'separately', 'together', 'again', 'promptly', 'immediately', 'shortly', 'subsequently']);
const PEOPLE_VERBS = new Set(['accompanied', 'spoke', 'talked', 'met', 'meet', 'visited', 'phoned', 'called', 'thanked', 'thanks', 'thank', 'hi', 'hello', 'hey', 'dear', 'contacted', 'informed', 'updated', 'notified', 'told', 'asked', 'referring', 'seeing', 'patient', 'reassured', 'educated', 'counseled', 'counselled', 'interviewed', 'greeted', 'working', 'worked', 'work']);
/** Verbs that name a person only with "by" after them: "signed by", not "signed Apgars of 8". */
const BY_VERBS = new Set(['signed', 'cosigned', 'co-signed', 'dictated', 'authored']);
/** Words allowed between a relation or verb cue and the name: "daughter is Mary", "spoke with his wife Ann". */
const RELATION_GLUE = new Set(['is', 'was', 'named', 'the', 'his', 'her', 'their', 'my', 'our', 'with', 'to', 'by', 'a', 'pt', "pt's", 'patient', "patient's"]);
const VERB_CUES = new Set(['says', 'said', 'contacts', 'notify', 'page', 'consult', 'hi', 'hey', 'hello', 'thanks', 'thank', 'bye', 'goodbye', 'welcome', 'dear', 'meet', 'patient', 'spoke', 'talked', 'seen', 'evaluated', 'examined', 'discussed', 'called', 'paged', 'notified', 'informed', 'contacted', 'updated', 'visited', 'accompanied', 'per', 'cc', 'asked', 'told', 'met', 'phoned', 'reached', 'consulted', 'signed', 'dictated', 'transcribed', 'attended', 'saw', 'covering', 'co-signed', 'cosigned', 'authored', 'name', 'named', 'contact', 'visitor', 'visitors', 'referring', 'seeing', 'reassured', 'educated', 'counseled', 'counselled', 'interviewed', 'greeted', 'working', 'worked', 'work']);
/** Phrases that introduce a name without a colon: "my name is", "last name? Boyle". */
const NAME_IS_RE = /\b(?:(?:my|his|her|their|your|the|patient's|pt's|(?:wife|husband|spouse|partner|son|daughter|dtr|mother|father|mom|dad|sister|brother|friend|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|girlfriend|boyfriend|fianc[eé]e?|roommate|neighbou?r|caregiver|proxy|hcp)['’]s)\s+name\s*(?:is|\?|:)|call\s+me|(?:last|first|full|maiden|legal|nick)\s*name\s*(?:is|\?|:)|(?:family|given|middle|english|chinese|christian|birth)\s+name\s*(?:is|\?|:)?|surname\s*(?:is|:)|goes\s+by|known\s+as|a\.?k\.?a\.?|(?:prefers|likes|wants|asks|asked|prefer|like|want)\s+to\s+be\s+called|nicknamed)\s*["'‘“]?\s*$/i;
const LABEL_LEADS = new Set(['is', 'name', 'surname', 'by', 'as', 'aka', 'a.k.a', 'k', 'a', 'me', 'called', 'nicknamed']);
/** The strongest of those words: what follows them is a name even in one-case text ("PREFERS TO BE CALLED DUKE"). */
/** What follows "to be called" when it asks for a phone call: "overnight", "back", "if", "with results". */
const CALLED_WHEN = new Set(['overnight', 'tonight', 'today', 'tomorrow', 'back', 'if', 'when', 'with', 'at', 'in', 'on', 'before', 'after', 'for', 'prn', 'early', 'later', 're', 'about', 'anytime', 'any', 'first', 'immediately', 'asap', 'once', 'again', 'by', 'whenever', 'regarding', 'w', 'only', 'directly', 'personally', 'this', 'that', 'every', 'daily', 'nightly', 'am', 'pm', 'in', 'and', 'or', 'as', 'soon', 'too', 'also', 'home', 'here', 'there']);
const NAME_GIVEN_STRONG = /\b(?:name\s*(?:is|:)|(?:family|given|middle|english|chinese|christian|birth)\s+name\s*|call\s+me|to\s+be\s+called|nicknamed)\s*["'‘“]?\s*$/i;
const LABEL_RE = /(?:patient(?:'s)?\s+name|pt\.?\s+name|name|patient|pt|attending|attending physician|resident|intern|pcp|primary care(?: physician| provider)?|referring(?: physician| provider| md)?|provider|physician|surgeon|author|signed(?: by)?|electronically signed(?: by)?|dictated(?: by)?|(?:read|reviewed|interpreted|verified|performed|ordered|attested|cosigned|co-signed|transcribed|approved)\s+by|cc|contact|emergency contact|next of kin|nok|guardian|proxy|hcp|health care proxy|informant|interpreter|nurse|rn|np|md|dr|witness|co-?signer|guarantor|subscriber|insured|policy\s*holder|responsible\s+party|attendant|crew|medic|paramedic|emt|driver|from|to|seen by|mother|father|parents?|mgm|mgf|pgm|pgf|spouse|wife|husband|son|daughter|caregiver|contact person|emergency contact person|attn|attention|c\/o|care of)\s*[:=|\t]\s*$/i;
/** Words after a name that make it an eponym: "Murphy's sign", "Wilson disease", "Jackson-Pratt drain". */
const CLINICAL_CUE = new Set(['lens', 'dynamometer', 'neuroma', 'pupil', 'pupils', 'tongue', 'terminal', 'blade', 'blades', 'wort', 'lift', 'lifts', 'mitt', 'mitts', 'sling', 'disease', 'syndrome', 'sign', 'signs', 'palsy', 'catheter', 'test', 'tests', 'fracture', 'criteria', 'drain', 'maneuver', 'manoeuvre', 'score', 'scale', 'classification', 'tube', 'reflex', 'position', 'procedure', 'phenomenon', 'triad', 'ulcer', 'node', 'nodes', 'lymphoma', 'sarcoma', 'tumor', 'tumour', 'aneurysm', 'repair', 'operation', 'law', 'solution', 'stain', 'staining', 'line', 'bag', 'bags', 'mask', 'valve', 'shunt', 'bundle', 'esophagus', 'anomaly', 'deformity', 'contracture', 'cyst', 'disorder', 'dementia', 'chorea', 'thyroiditis', 'encephalopathy', 'ataxia', 'dystrophy', 'fistula', 'hernia', 'pouch', 'ring', 'rings', 'nodule', 'nodules', 'spots', 'spot', 'lesions', 'lesion', 'type', 'stage', 'grade', 'index', 'equation', 'formula', 'method', 'technique', 'approach', 'incision', 'retractor', 'forceps', 'clamp', 'speculum', 'needle', 'coma', 'respiration', 'breathing', 'sutures', 'suture', 'murmur', 'stockings', 'hose', 'splint', 'cast', 'collar', 'tongs', 'traction', 'pump', 'balloon', 'filter', 'rule', 'rules', 'questionnaire', 'assessment', 'inventory', 'pathway', 'protocol', 'capsule', 'space', 'duct', 'canal', 'gland', 'glands', 'cells', 'cell', 'bodies', 'body', 'granules', 'angle', 'area', 'fibers', 'fibres', 'layer', 'membrane', 'plexus', 'circle', 'artery', 'ligament', 'tendon', 'muscle', 'nerve', 'bone',
  // Instruments, dressings and surgical planes named for people: "Scarpa fascia", "Westcott scissors", "Nesbit tuck".
  'fascia', 'scissors', 'blade', 'tuck', 'exercises', 'electrode', 'electrodes', 'cannula', 'resectoscope', 'urethrotome', 'sheath', 'gauze', 'dressing', 'stitch', 'flap', 'plane', 'layers', 'stent', 'gangrene', 'hook', 'elevator', 'dilator', 'dilators', 'tenaculum', 'curette', 'rongeur', 'osteotome', 'knife', 'stapler', 'sponge', 'bandage', 'loupe', 'loupes', 'graft', 'anastomosis', 'fixation', 'nail', 'knot', 'hitch', 'bur', 'burr', 'retractors', 'awl', 'microscope', 'net', 'gag', 'mouthgag', 'taper', 'clamps', 'hole', 'device', 'tracheostomy', 'diet', 'catheters', 'splints', 'drains', 'silk', 'instrumentation', 'drill', 'guide', 'osteotomy', 'pusher', 'capsulotomy', 'bars', 'component', 'tubes', 'pressures', 'sponges', 'neuroma', 'bunionectomy', 'vacuum',
  // Obstetric, neonatal and legal eponyms: "Leopold maneuvers", "Duncan placenta", "Fenton growth chart", "Braxton Hicks
  // contractions", "Coombs negative", "the Baker Act", "Miranda rights".
  'maneuvers', 'manoeuvres', 'placenta', 'growth', 'contractions', 'act', 'rights', 'negative', 'positive']);


/** Clinical nouns a number follows: "stage 3", "grade II", "score 7". */
const NUMBERED_CUES = new Set(['stage', 'grade', 'type', 'class', 'score', 'scale', 'classification', 'criteria', 'index']);

/** After a clinical cue ("Murphy's sign", "Foley catheter"), a listed name is an eponym. */
function eponymContext(ctx: Ctx, i: number): boolean {
  const next = ctx.tokens[i + 1];
  // "cell# 410-...", "line: 2" are labels, not the eponym's noun.
  // A scale's number after its noun is the eponym's own: "Tanner stage 3", "Gleason score 7", "Mallampati class 2".
  if (next && adjacent(ctx.text, ctx.tokens[i]!, next) && CLINICAL_CUE.has(next.key) && (!/^\s*[#:\d]/.test(ctx.text.slice(next.end, next.end + 3)) || NUMBERED_CUES.has(next.key))) return true;
  // "Miller class I recession": a class with its numeral after a name is a classification's ("Mrs. Moore's class" is hers).
  if (next?.key === 'class' && adjacent(ctx.text, ctx.tokens[i]!, next) && /^[ \t]+(?:[IVX]{1,4}|\d)\b/.test(ctx.text.slice(next.end, next.end + 6))) return true;
  // "Miller 2 blade", "Patrick (FABER) test": a size or the test's initials in brackets may stand before the cue.
  const between = /^[ \t]+(?:\d{1,2}|\([A-Z]{2,8}\))[ \t]+([A-Za-z]+)/.exec(ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[i]!.end + 24));
  if (between && CLINICAL_CUE.has(between[1]!.toLowerCase())) return true;
  // Two names before the cue: "Bard Parker blade", "Metzenbaum Mayo scissors".
  const third = ctx.tokens[i + 2];
  if (next && third && next.cap && !next.allCaps && ctx.tokens[i]!.cap && !ctx.tokens[i]!.allCaps && adjacent(ctx.text, ctx.tokens[i]!, next) && adjacent(ctx.text, next, third) && CLINICAL_CUE.has(third.key) && ctx.f[i + 1]!.last && !ctx.f[i]!.first && !/^\s*[#:\d]/.test(ctx.text.slice(third.end, third.end + 3))) return true;
  // Hyphenated eponym pairs: "Guillain-Barre", "Jackson-Pratt".
  return ctx.text[ctx.tokens[i]!.end] === '-' && /^-[A-Za-z]+\s+(?:drain|syndrome|disease|catheter|tube)/i.test(ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[i]!.end + 24));
}

/** Could token i be (part of) a name, given something in the context already says a name is here? */
function plausibleWithContext(ctx: Ctx, i: number, strong: boolean): boolean {
  const t = ctx.tokens[i]!;
  const f = ctx.f[i]!;
  // A middle initial with its period ("Rafael T."), even a letter that is also an abbreviation ("T" for temperature).
  if (t.end - t.start === 1 && t.cap && ctx.text[t.end] === '.' && strong) return true;
  if (f.fn || f.clinical) return false;
  // ("C/O", "S/P", "W/": a letter before a slash is an abbreviation's.)
  if (t.end - t.start === 1) return (t.cap || t.lineCase !== 'mixed') && !letterTerm(ctx, i) && ctx.text[t.end] !== '/';
  // "Tô", "Hồ", "Vũ": a two-letter word with marks is a name after a cue, never an English word.
  if (t.end - t.start === 2 && MARKED_LATIN.test(ctx.text.slice(t.start, t.end))) return true;
  if (f.eponym && !strong) return false;
  if (eponymContext(ctx, i)) return false;
  if (t.lineCase === 'mixed') {
    if (t.cap) return !f.common || f.first || f.last || strong;
    return (!f.english && (f.first || f.last)) || (strong && f.first);
  }
  return !f.english || (strong && (f.first || (!f.common && t.end - t.start >= 4)));
}

const NAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'la', 'le', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'des', 'von', 'zu', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'abu', 'st', 'y']);

/** Abbreviations of a record's fields, which end a name before them: "Cornelius Abernathy, MRN 004829". */
const RECORD_FIELD_WORDS = new Set(['dob', 'mrn', 'ssn', 'acct', 'sex', 'age', 'dx', 'pcp', 'fin', 'csn', 'hic', 'mbi']);

/** Takes up to `max` name tokens starting at i (initials allowed); returns how many were taken. */
function takeRun(ctx: Ctx, i: number, max: number, rule: string, strong: boolean, after: Token | null = null): number {
  let n = 0;
  let words = 0;
  let prev: Token | null = after;
  // Particles do not count towards the run's length: "Adam K. van der Westhuyzen" is three words of a name.
  for (let k = i; k < ctx.tokens.length && words < max; k++) {
    const t = ctx.tokens[k]!;
    if (prev && !adjacent(ctx.text, prev, t)) break;
    // "From: Petrakis, Dmitri   Fax: …": a word after a column's gap and before a colon is the next field's label.
    if (prev && /^[ \t]{2,}$/.test(ctx.text.slice(prev.end, t.start)) && /^[ \t]*:/.test(ctx.text.slice(t.end, t.end + 3))) break;
    if (RECORD_FIELD_WORDS.has(t.key) && (t.allCaps || /^\s*[:#]?\s*\d/.test(ctx.text.slice(t.end, t.end + 4)))) break;
    // Surname particles inside a name: "Van der Berg", "Abu al Haj", "de la Cruz".
    const particle = prev !== null && NAME_PARTICLES.has(t.key) && particleEnd(ctx, k) > k;
    if (!particle && (!plausibleWithContext(ctx, k, strong) || (prev !== null && NAME_PARTICLES.has(t.key) && !t.cap))) break;
    mark(ctx, k, rule);
    prev = t;
    n++;
    if (!particle) words++;
  }
  return n;
}

/** The capitalized word after one or more particles from token k ("van der Westhuyzen", "de la Cruz"), or -1. */
function particleEnd(ctx: Ctx, k: number): number {
  let j = k;
  while (j < ctx.tokens.length && j < k + 3 && NAME_PARTICLES.has(ctx.tokens[j]!.key) && j + 1 < ctx.tokens.length && adjacent(ctx.text, ctx.tokens[j]!, ctx.tokens[j + 1]!)) j++;
  const c = ctx.tokens[j];
  return j > k && c && (c.cap || c.lineCase !== 'mixed') && !NAME_PARTICLES.has(c.key) && !ctx.f[j]!.fn && !ctx.f[j]!.clinical && !ctx.f[j]!.common ? j : -1;
}

/** "Adam K. van der Westhuyzen", "Hannes de Klerk, RN", "| du Plessis, Sara |": particles and the surname
 * after a name, or at the start of a labelled field before a comma. */
function particleRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    if (ctx.isName[k] || !NAME_PARTICLES.has(tokens[k]!.key) || tokens[k]!.allCaps) continue;
    const end = particleEnd(ctx, k);
    if (end < 0) continue;
    const prev = tokens[k - 1];
    const afterName = !!prev && ctx.isName[k - 1] === 1 && adjacent(text, prev, tokens[k]!);
    // "E. van den Berg, NP": particles between an initial and a surname already found.
    const afterInitial = !!prev && ctx.isName[end] === 1 && prev.end - prev.start === 1 && prev.cap && adjacent(text, prev, tokens[k]!);
    const fieldStart = /(?:^|[:|\t]|\n)[ \t]*$/.test(text.slice(Math.max(0, tokens[k]!.start - 12), tokens[k]!.start)) && /^\s*,\s*\p{Lu}/u.test(text.slice(tokens[end]!.end, tokens[end]!.end + 4)) && !ctx.f[end]!.english;
    if (!afterName && !fieldStart && !afterInitial) continue;
    if (afterInitial) mark(ctx, k - 1, 'name-particle');
    for (let j = k; j <= end; j++) mark(ctx, j, 'name-particle');
    if (fieldStart && end + 1 < tokens.length) takeRun(ctx, end + 1, 2, 'name-label', true);
  }
}

/** The gap before token i, if it is only spaces and a little punctuation, as the cue rules allow. */
function gapBefore(ctx: Ctx, i: number, cueEnd: number): string | null {
  const gap = ctx.text.slice(cueEnd, ctx.tokens[i]!.start);
  if (gap.length > 6 || gap.includes('\n')) return null;
  return /^[\s,:.(#-]*$/.test(gap) ? gap : null;
}

/** "NP White", "resident Long", "NP WHITE AWARE": after role word i, a surname that is also an everyday word,
 * capitalized as names are on mixed lines, or in capitals before what people do. Not "2L NP White sputum"
 * (nasal prongs) nor "RN Care Plan". */
function wordSurnameAt(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[i]!;
  const next = tokens[i + 1]!;
  const nf = ctx.f[i + 1]!;
  if (!nf.last || nf.fn || nf.clinical || NOT_SURNAME.has(next.key) || ROLE_TITLES.has(next.key) || TITLES.has(next.key) || /\d\s*(?:l|lpm)?\s*$/i.test(text.slice(Math.max(0, t.start - 4), t.start))) return false;
  if (!/^(?:np|rn|nurse|resident|intern|fellow|attending|surgeon|chaplain|pharmacist|therapist|sw|ho)$/.test(t.key)) return false;
  if (next.lineCase !== 'mixed') return AFTER_NAME.test(text.slice(next.end, next.end + 40));
  const third = tokens[i + 2];
  return (t.cap || t.end - t.start > 3) && next.cap && !next.allCaps && !(third?.cap && adjacent(text, next, third) && !ctx.f[i + 2]!.first);
}

/** Surnames of two letters that are also function words in English or Romance languages (Do, De, Le, La, Ho, Ma). */
const SHORT_FN_SURNAMES = new Set(['do', 'de', 'le', 'la', 'ho', 'ma', 'ha', 'lo', 'an', 'da', 'di', 'du', 'el', 'un']);

/** What follows a role as its work, not its name: "RN Care.", "Hospitalist Service.", "MD Coverage.". */
const ROLE_NOUNS = new Set(['care', 'service', 'services', 'plan', 'station', 'desk', 'staff', 'unit', 'coverage', 'consult', 'consults', 'call', 'shift', 'report', 'assessment', 'assessments', 'evaluation', 'eval', 'review', 'visit', 'visits', 'rounds', 'team', 'group', 'practice', 'office', 'line', 'pager', 'note', 'notes', 'order', 'orders', 'supervisor', 'manager', 'student', 'students', 'level', 'position']);

/** Words a listed surname can also be that follow "Dr" as what the doctor does or may do. */
const NOT_LOWER_SURNAME = new Set(['may', 'might', 'can', 'could', 'should', 'would', 'must', 'also', 'still', 'again', 'today', 'now', 'just', 'then', 'ok', 'okay', 'visit', 'appt', 'appointment', 'consult', 'recs', 'plan', 'request', 'requests', 'aware', 'office', 'message', 'page', 'pager', 'number']);

/** "discussed with Dr black.", "Dr young aware": on a mixed-case line a capitalized "Dr" before a listed surname in
 * lower case, closed by punctuation or followed by what people do. */
function lowerSurnameAfterDr(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  const next = ctx.tokens[i + 1]!;
  const nf = ctx.f[i + 1]!;
  return t.key === 'dr' && t.cap && !t.allCaps && nf.last && !nf.fn && !nf.clinical && next.end - next.start >= 4 && !NOT_LOWER_SURNAME.has(next.key) && (/^[ \t]*(?:[.,;:)]|$)/.test(ctx.text.slice(next.end, next.end + 3)) || AFTER_NAME.test(ctx.text.slice(next.end, next.end + 30)));
}

function titleRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // A title starts a word: "3-4+MR. Given" is mitral regurgitation.
    const lowerTitle = !t.cap && t.lineCase === 'mixed' && t.key !== 'ms' && t.key !== 'mr';
    const nf0 = ctx.f[i + 1]!;
    // "dr. brown", "dr white": a period or a listed surname that is no everyday word makes a lower-case title real.
    // "dr Church's team": after a lower-case "dr" on a mixed-case line, a capitalized word is the surname.
    const capNext = !!tokens[i + 1] && tokens[i + 1]!.cap && !tokens[i + 1]!.allCaps && t.key === 'dr' && !nf0.fn && !nf0.clinical;
    // "REASSON-DR. BROWN": a doctor's title with its full stop may follow a hyphen.
    const afterHyphen = text[t.start - 1] === '-' && (t.key === 'dr' || t.key === 'drs') && text[t.end] === '.' && /\p{L}/u.test(text[t.start - 2] ?? ' ');
    // "Rev code 0636": a revenue code, not a reverend.
    if (t.key === 'rev' && tokens[i + 1]?.key === 'code') continue;
    const title = TITLES.has(t.key) && (!/[\w+-]/.test(text[t.start - 1] ?? ' ') || afterHyphen) && (!lowerTitle || !nf0.english || text[t.end] === '.' || (nf0.last && !nf0.common) || capNext);
    // "HOUSE STAFF white deron AWARE": the house staff are residents.
    // ("3RD URBC": an ordinal's letters are no dietitian.)
    const role = !title && ((ROLE_TITLES.has(t.key) && !(t.key === 'rd' && /\d/.test(text[t.start - 1] ?? ''))) || (t.key === 'staff' && i > 0 && tokens[i - 1]!.key === 'house'));
    if (!title && !role) continue;
    const g = t.key === 'dr' && /^['’]s\.?\s{1,2}\S/.test(text.slice(t.end, t.end + 6)) ? /^['’]s\.?\s{1,2}/.exec(text.slice(t.end, t.end + 6))![0] : gapBefore(ctx, i + 1, t.end);
    // "DR. SMITH", "Dr.Lee", "HO-WEXLER".
    // "dr's lee and patel": the plural written with an apostrophe.
    if (g === null || !(/^\s?\.?\s{1,3}$|^\.$|^-$/.test(g) || (t.key === 'dr' && /^['’]s\.?\s{1,2}$/.test(g)))) continue;
    const next = tokens[i + 1]!;
    const nf = ctx.f[i + 1]!;
    // "GIVEN PER DR. J, UO 300CC", "per dr. k.": a doctor known by one initial, where the phrase ends.
    if (title && (t.key === 'dr' || t.key === 'doctor') && next.end - next.start === 1 && /^\p{L}$/u.test(text[next.start]!) && /^(?:[ \t]*[,;)]|\.?[ \t]*(?:\r?\n|$)|[ \t]+(?:aware|notified|re|ok|made|paged|called|updated)\b)/i.test(text.slice(next.end, next.end + 10))) {
      mark(ctx, i + 1, 'name-title');
      continue;
    }
    // "WITH MS S. CARE", "Spoke with Mr. T. about", "progress mr I remained": a patient's initial alone after a title, a
    // capital letter with its period, or a capital in a lower-case line.
    if (title && /^(?:mr|mrs|ms|miss)$/.test(t.key) && next.end - next.start === 1 && /^\p{Lu}$/u.test(text[next.start]!) && (/^\.[ \t]+\S/.test(text.slice(next.end, next.end + 3)) || (t.lineCase === 'lower' && !t.cap && /^[ \t]+[a-z]{3,}/.test(text.slice(next.end, next.end + 5)))) && !(tokens[i + 2] && (ctx.f[i + 2]!.clinical || /^(?:fib|flutter|line|lines|tach|diff|coli|pylori|aureus|epi|epidermidis|pneumoniae)$/.test(tokens[i + 2]!.key)))) {
      mark(ctx, i + 1, 'name-title');
      continue;
    }
    // "MR" and "MS" are also mitral regurgitation and mental status: without a period, a listed name must follow.
    // ...or a word no list knows before what a patient is or does: "MR OGUNWOBI C/O PAIN", "MS VARMA RESTING".
    if (title && t.allCaps && (t.key === 'mr' || t.key === 'ms') && text[t.end] !== '.' && !((nf.first || nf.last) && !nf.english) && !(!nf.english && !nf.fn && !nf.clinical && next.end - next.start >= 4 && !MEDICAL_ENDING.test(next.key) && (SUBJECT_STATE.test(text.slice(next.end, next.end + 16)) || /^[ \t]+(?:resting|sleeping|c\/o|complain\w*|is\s+an?\s+\d)/i.test(text.slice(next.end, next.end + 16))))) continue;
    // "in MS. Aspiration precautions", "if pts ms improves": mental status before a word no list calls a name.
    if (title && t.key === 'ms' && (t.allCaps || !t.cap) && nf.english && !nf.first && !nf.last) continue;
    if (next.end - next.start === 1 && !/^[.\s]/.test(text[next.end] ?? ' ')) continue;
    // "report given to rn w. rice", "RN C. YOUNG": a role, an initial with its period, and the surname.
    if (role && next.end - next.start === 1 && text[next.end] === '.' && tokens[i + 2] && adjacent(text, next, tokens[i + 2]!) && !ctx.f[i + 2]!.fn && !ctx.f[i + 2]!.clinical && tokens[i + 2]!.end - tokens[i + 2]!.start >= 3 && /^(?:rn|np|md|pa|ho|sw|lpn|cna|pt|ot|rrt|resident|intern|fellow|attending|nurse|dr)$/.test(t.key) && (tokens[i + 2]!.lineCase !== 'mixed' || tokens[i + 2]!.cap)) {
      mark(ctx, i + 1, 'name-role');
      mark(ctx, i + 2, 'name-role');
      continue;
    }
    if (role && g.includes('.') && !nf.first) continue;
    // "MET W/ CASEWORKER LITTLE TROMP.", "np price okafor aware": a listed name that is also a word, then a surname no
    // list knows, the pair closed by punctuation or by what people do.
    // "per md Short.", "NP Hall, aware": a capitalized listed surname that is also a word, right after a role and
    // closed by punctuation.
    if (role && next.lineCase === 'mixed' && next.cap && !next.allCaps && nf.last && !nf.fn && !nf.clinical && !ROLE_TITLES.has(next.key) && !RELATIONS.has(next.key) && !AFTER_TITLE_WORDS.has(next.key) && !NOT_LOWER_SURNAME.has(next.key) && !ROLE_NOUNS.has(next.key) && next.end - next.start >= 3 && /^[ \t]*[.,;:)]/.test(text.slice(next.end, next.end + 3))) {
      mark(ctx, i + 1, 'name-role');
      continue;
    }
    const second = tokens[i + 2];
    if (role && second && (nf.first || nf.last) && !nf.fn && !nf.clinical && !ROLE_TITLES.has(next.key) && adjacent(text, next, second) && (!ctx.f[i + 2]!.english || (ctx.f[i + 2]!.last && !ctx.f[i + 2]!.common)) && !ctx.f[i + 2]!.fn && !ctx.f[i + 2]!.clinical && second.end - second.start >= 4 && (next.lineCase === 'mixed' ? (next.cap && second.cap) || (t.allCaps && next.key === text.slice(next.start, next.end) && second.key === text.slice(second.start, second.end) && /^[ \t]+[A-Z]{2,}\b/.test(text.slice(second.end, second.end + 8))) : next.lineCase === second.lineCase) && (/^[ \t]*(?:[.,;:)]|$)/.test(text.slice(second.end, second.end + 3)) || AFTER_NAME.test(text.slice(second.end, second.end + 30)))) {
      mark(ctx, i + 1, 'name-role');
      mark(ctx, i + 2, 'name-role');
      continue;
    }
    if (role) {
      // "NP Grace", "RN Mary Hulse", "attending Dr. X": a listed name must follow.
      // ("md" reads on to what people do: "covering md adegbite notified", not "per md vebal [verbal] and".)
      const oneCaseUnknown = next.lineCase !== 'mixed' && (t.key !== 'md' || AFTER_NAME.test(text.slice(next.end, next.end + 30))) && /^(?:np|rn|md|sw|ho|mgr|nurse|chaplain|pharmacist|caseworker|worker|liaison|interpreter|coordinator|educator|resident|intern|fellow|attending|surgeon|hospitalist|intensivist|therapist|dietitian|dietician|rd|pharmd|wocn|cwocn|cma|ms3|ms4)$/.test(t.key) && !nf.english && !nf.eponym && !MEDICAL_ENDING.test(next.key) && (next.end - next.start >= 4 || (next.end - next.start === 3 && AFTER_NAME.test(text.slice(next.end, next.end + 30)))) && !/[-']/.test(text.slice(next.start, next.end));
      // "NP White", "RN Green", "NP WHITE AWARE": a surname that is also a word, capitalized as names are on
      // mixed lines, or in capitals before what people do. Not "2L NP" (nasal prongs) nor "RN Care Plan".
      const wordSurname = wordSurnameAt(ctx, i);
      if (!(nf.first || (nf.commonLast && !nf.english) || oneCaseUnknown || wordSurname || (next.lineCase === 'mixed' && next.cap && !next.allCaps && !nf.common)) || nf.fn || nf.clinical || ROLE_NOUNS.has(next.key)) continue;
      // "NP karen aware", "NP kelleher notified": lower case on a mixed line only for a listed name no word
      // spells, before what people do.
      if (next.lineCase === 'mixed' && !next.cap && !((nf.first || (nf.last && !nf.common)) && !nf.english && AFTER_NAME.test(text.slice(next.end, next.end + 30)))) continue;
    }
    if (role) {
      // A run in one case stops before what people do: "rd aderonke recs nepro", "sw skip to call".
      let max = 3;
      if (next.lineCase !== 'mixed') for (let k = i + 2; k < i + 4 && k < tokens.length; k++) if (ROLE_VERB.test(tokens[k]!.key)) max = Math.min(max, k - i - 1);
      // An everyday-word surname is taken as it stands: the run's word tests would refuse it in capitals.
      if (takeRun(ctx, i + 1, max, 'name-role', true) === 0 && wordSurnameAt(ctx, i)) mark(ctx, i + 1, 'name-role');
      continue;
    }
    // "dr. a. pacheco", "DR. A. NADER", "dr. c. young": a title, an initial with its period (the initial may be a function
    // word's letter) and the surname, which may be a word when it is a listed surname.
    const initialSur = tokens[i + 2];
    if (title && next.end - next.start === 1 && text[next.end] === '.' && initialSur && adjacent(text, next, initialSur)) {
      const sf = ctx.f[i + 2]!;
      if (!sf.fn && !sf.clinical && !sf.eponym && initialSur.end - initialSur.start >= 2 && (initialSur.lineCase === 'mixed' ? initialSur.cap && !initialSur.allCaps : sf.last || !sf.english)) {
        mark(ctx, i + 1, 'name-title');
        mark(ctx, i + 2, 'name-title');
        continue;
      }
    }
    // "Dr. Do", "(dr de)": a short surname that is also a function word, capitalized as names are on a mixed-case
    // line, or in one case closed by punctuation or followed by what people do ("have dr do the tap" stays).
    if (nf.fn && SHORT_FN_SURNAMES.has(next.key) && ((next.lineCase === 'mixed' && next.cap && !next.allCaps) || /^(?:[ \t]*[),.;:]|[ \t]+(?:aware|notified|called|paged|updated|informed|here|re:?)\b)/i.test(text.slice(next.end, next.end + 12)))) {
      mark(ctx, i + 1, 'name-title');
      continue;
    }
    // "Dr. Will Collier": a given name that is also a function word, capitalized before a surname no list calls a word.
    const sur2 = tokens[i + 2];
    // ("dr. will bogucki": in one-case text too.)
    if (nf.fn && nf.first && (next.lineCase === 'mixed' ? next.cap && !next.allCaps && !!sur2 && sur2.cap && !sur2.allCaps : true) && next.end - next.start >= 3 && sur2 && adjacent(text, next, sur2) && !ctx.f[i + 2]!.fn && !ctx.f[i + 2]!.clinical && !ctx.f[i + 2]!.english && sur2.end - sur2.start >= (next.lineCase === 'mixed' ? 3 : 4)) {
      mark(ctx, i + 1, 'name-title');
      mark(ctx, i + 2, 'name-title');
      continue;
    }
    // After a real title the next word is a name even when it is also a word ("Dr. White", "DR. KNIGHT").
    // A clinical word after a title is a surname when it is capitalized or a listed surname ("Mr. Ward").
    const surnameAnyway = next.lineCase === 'mixed' ? next.cap && !next.allCaps : nf.last;
    if (!nf.fn && (!nf.clinical || surnameAnyway) && (!AFTER_TITLE_WORDS.has(next.key) || (next.lineCase === 'mixed' && next.cap && !next.allCaps && next.end - next.start >= 4 && !['aware', 'notified', 'called', 'paged', 'informed', 'updated'].includes(next.key))) && (next.lineCase !== 'mixed' || next.cap || !nf.english || (text[t.end] === '.' && nf.last) || (t.cap && !nf.common && next.end - next.start >= 3) || lowerSurnameAfterDr(ctx, i)) && !eponymContext(ctx, i + 1)) {
      // "Dr. o rourke", "DR D ANGELO": an apostrophe-less O' or D' prefix and the surname after it.
      if (next.end - next.start === 1 && /^[od]$/.test(next.key) && tokens[i + 2] && /^ $/.test(text.slice(next.end, tokens[i + 2]!.start)) && !ctx.f[i + 2]!.fn && !ctx.f[i + 2]!.clinical && !ctx.f[i + 2]!.common) mark(ctx, i + 2, 'name-title');
      mark(ctx, i + 1, 'name-title');
      let n = 1 + takeRun(ctx, i + 2, 2, 'name-title', true, next);
      // "dr bill cook notified", "DR. CHARLES BLACK\n": after a title and a given name, a listed surname that is also
      // a word, before what people do or where the name ends.
      const sur = tokens[i + 2];
      if (n === 1 && sur && (nf.first || (!nf.english && next.end - next.start >= 4)) && adjacent(text, next, sur) && ctx.f[i + 2]!.last && !ctx.f[i + 2]!.fn && !ctx.f[i + 2]!.clinical && (sur.lineCase !== 'mixed' || sur.cap) && (AFTER_NAME.test(text.slice(sur.end, sur.end + 30)) || (nf.first && /^[ \t]*(?:[.,;)]|\r?\n|$)/.test(text.slice(sur.end, sur.end + 3))))) {
        mark(ctx, i + 2, 'name-title');
        n = 2;
      }
      // "Dr Armenta/Will aware", "DR COLLINS/DE AWARE": a second doctor after a slash.
      const slashed = tokens[i + 1 + n];
      if (slashed && text.slice(tokens[i + n]!.end, slashed.start) === '/' && !ctx.f[i + 1 + n]!.fn && !ctx.f[i + 1 + n]!.clinical && !AFTER_TITLE_WORDS.has(slashed.key) && !ROLE_TITLES.has(slashed.key) && !PAREN_SERVICES.has(slashed.key) && !PAREN_LEADS.has(slashed.key) && (slashed.lineCase === 'mixed' ? slashed.cap : !ctx.f[i + 1 + n]!.common || ctx.f[i + 1 + n]!.last) && AFTER_NAME.test(text.slice(slashed.end, slashed.end + 30))) mark(ctx, i + 1 + n, 'name-title');
      // "Drs Ferullo and Saeed", "Dr. Smith and Dr. Jones".
      const after = i + 1 + n;
      if (t.key === 'drs' && after + 1 < tokens.length && (tokens[after]!.key === 'and' || text.slice(tokens[after - 1]!.end, tokens[after]!.start).includes(','))) {
        const k = tokens[after]!.key === 'and' ? after + 1 : after;
        if (plausibleWithContext(ctx, k, true)) takeRun(ctx, k, 2, 'name-title', true);
      }
    }
  }
}

/** Words that follow a title without being a name ("Dr. aware", "Dr. on call"). */
const AFTER_TITLE_WORDS = new Set(['aware', 'notified', 'called', 'paged', 'note', 'notes', 'order', 'orders', 'rounds', 'team', 'office', 'service', 'here', 'made', 'informed', 'updated', 'states', 'stated', 'said', 'wants', 'ordered', 'recommends', 'recommended', 'feels', 'came', 'saw', 'spoke', 'and', 'was', 'is', 'will', 'to', 'of', 'on', 'in', 'at']);

/** The first word of every credential CREDENTIALS reads ("R" of "R.N.", "pa" of "PA-C"): a cheap test before it. */
const CREDENTIAL_LEADS = new Set(['r', 'rn', 'm', 'md', 'n', 'np', 'pa', 'rrt', 'crt', 'licsw', 'lcsw', 'msw', 'ph', 'phd', 'cna', 'lpn', 'lvn', 'rd', 'crna', 'aprn', 'anp', 'fnp', 'dnp', 'pharmd', 'rph', 'bsn', 'msn', 'cnm', 'cns', 'dpt', 'otr', 'slp', 'mbbs', 'facs', 'facp', 'nnp', 'pnp', 'acnp', 'rnc', 'ccrn', 'pt', 'ot', 'do', 'sw', 'frcp', 'frcpc', 'mrcp', 'facc', 'fccp', 'faap', 'faafp', 'facog', 'facep', 'fasn', 'faha', 'facg', 'mbchb', 'dds', 'dmd', 'dpm', 'psyd', 'crnp', 'arnp', 'pmhnp', 'agacnp', 'agnp', 'cnp', 'lmsw', 'lmft', 'otr', 'cota', 'pta', 'ccc', 'rpsgt', 'rdcs', 'rdms', 'rvt', 'rcs', 'cst', 'cct', 'cnim', 'reegt', 'ht', 'mls', 'rt']);

/** Cues that a clinician is named next: "report given to", "spoke with", "per", "paged". */
const CONTACT_BEFORE = /\b(?:report\s+(?:was\s+|to\s+be\s+|will\s+be\s+)?(?:given\s+|called\s+)?to|(?:given|called|handed\s+off|signed\s+out)\s+to|spoke\s+(?:with|to)|d\/w|discussed\s+with|per|paged|called|notified|updated)\s+$/i;

function credentialRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next || next.start - t.end > 14) continue;
    const hyphen = next.key.indexOf('-');
    if (!CREDENTIAL_LEADS.has(hyphen < 0 ? next.key : next.key.slice(0, hyphen))) continue;
    // "will f/u, rn": the letter after a slash is an abbreviation's.
    if (t.end - t.start === 1 && text[t.start - 1] === '/') continue;
    const after = text.slice(t.end, t.end + 16);
    if (!CREDENTIALS.test(after)) continue;
    // "MEYER C. COUSIN, RRT", "Ann B. Lane, RN": a signature's shape (word, initial, word, comma,
    // credential, end of line) makes a name of everyday words too.
    if (i >= 2 && /^\s*,\s*[A-Za-z.-]{2,8}\s*$/m.test(after) && tokens[i - 1]!.end - tokens[i - 1]!.start === 1 && tokens[i - 1]!.cap && text[tokens[i - 1]!.end] === '.' && /^\.\s{1,2}$/.test(text.slice(tokens[i - 1]!.end, t.start)) && /^\s{1,2}$/.test(text.slice(tokens[i - 2]!.end, tokens[i - 1]!.start)) && t.cap && tokens[i - 2]!.cap && t.end - t.start >= 2 && tokens[i - 2]!.end - tokens[i - 2]!.start >= 2 && !ctx.f[i]!.fn && !ctx.f[i - 2]!.fn && !ctx.f[i]!.clinical && !ctx.f[i - 2]!.clinical && (i < 3 || !adjacent(text, tokens[i - 3]!, tokens[i - 2]!))) {
      for (const k of [i - 2, i - 1, i]) mark(ctx, k, 'name-credential');
      continue;
    }
    // "SPOKE WITH WOOD, RN FROM CCU": after a contact verb, a census surname before a comma and credential.
    if (/^\s*,\s*(?:R\.?N\.?|M\.?D\.?|N\.?P\.?|RRT|PA-C|PA|LICSW|LCSW|MSW|CNA|LPN)\b/.test(after) && ctx.f[i]!.commonLast && !ctx.f[i]!.clinical && !ctx.f[i]!.fn && t.end - t.start >= 3 && (t.cap || t.lineCase !== 'mixed') && /\b(?:spoke|spoken|talked|called|paged|notified|informed|updated|per|by|with|d\/w|discussed|contacted|aware)\s+(?:with\s+|to\s+)?$/i.test(text.slice(Math.max(0, t.start - 24), t.start))) {
      mark(ctx, i, 'name-credential');
      continue;
    }
    // "2L NP" (nasal prongs), "PER MD": without a comma the word before must be a listed name.
    const fi = ctx.f[i]!;
    // "Towson, MD" and "Erie, PA" are towns in states that share a credential's letters.
    if (/^\s*,\s*(?:MD|PA|DE)\b/.test(after) && ctx.lists.cities.has(t.key) && !fi.first) continue;
    // "Carol RN 7a-7p": a given name that is also a word, capitalized on a mixed-case line, will do.
    const wordGiven = fi.first && !fi.fn && !fi.clinical && t.lineCase === 'mixed' && t.cap && !t.allCaps && t.end - t.start >= 3;
    // "report given to margo rn", "PER KATHY NP": after a contact cue a listed name before the credential is the
    // clinician's, whatever word it also spells (not "per charge rn", "report to oncoming rn").
    if ((fi.first || fi.last) && !fi.fn && !fi.clinical && t.end - t.start >= 3 && !NOT_BEFORE_CREDENTIAL.has(t.key) && /^\s+(?:rn|np|md|lpn|rrt|cna|pa-c)\b/i.test(after) && CONTACT_BEFORE.test(text.slice(Math.max(0, t.start - 28), t.start))) {
      mark(ctx, i, 'name-credential');
      continue;
    }
    if (!/^\s*,/.test(after) && (t.end - t.start < 2 || (fi.english && !wordGiven) || fi.clinical || !(fi.first || fi.last || (t.lineCase === 'mixed' && t.cap && !t.allCaps)))) continue;
    // The credential must be its own word: skip "Mary Hulse RNA".
    if (ctx.f[i]!.fn || ctx.f[i]!.clinical || ctx.f[i]!.english) {
      // With a comma before the credential ("Kumar, MD") a listed surname will do.
      // "abigayle hill, rn": a signature line's surname after a listed given name, in lower case too.
      const givenBefore = i > 0 && ctx.f[i - 1]!.first && !ctx.f[i - 1]!.fn && adjacent(text, tokens[i - 1]!, t) && /^\s*,\s*[A-Za-z.-]{2,8}\s*$/m.test(after) && (t.lineCase !== 'mixed' || t.cap);
      if (!(ctx.f[i]!.first || ctx.f[i]!.commonLast || (/^\s*,/.test(after) && ctx.f[i]!.last && (t.cap || givenBefore))) || ctx.f[i]!.fn) continue;
    }
    // Walk back over up to three name tokens on the same line. A signature line ("rosa little, rn", "-- faith white, pa-c") makes a listed
    // given name before the surname one even when it is also a word.
    // ("faith long, rn, case manager x2700": the role and an extension may follow the credential.)
    const signatureLine = /^\s*,\s*[A-Za-z.-]{2,8}\s*$/m.test(after) || /^[ \t]*,[ \t]*[A-Za-z.-]{2,8}[ \t]*,[ \t]*(?:(?:nurse[ \t]+)?case[ \t]+manager|social[ \t]+worker|care[ \t]+coordinator|discharge[ \t]+planner|charge[ \t]+nurse|nurse[ \t]+navigator|clinical[ \t]+nurse[ \t]+specialist)\b[^\n]{0,14}(?:\n|$)/i.test(text.slice(t.end, t.end + 64));
    if (signatureLine && i > 0 && ctx.f[i - 1]!.first && !ctx.f[i - 1]!.fn && !ctx.f[i - 1]!.clinical && ctx.f[i]!.last && adjacent(text, tokens[i - 1]!, t) && (t.lineCase !== 'mixed' || (t.cap && tokens[i - 1]!.cap)) && /(?:^|\n)[ \t]*(?:[-–—~]{1,3}[ \t]*)?$/.test(text.slice(Math.max(0, tokens[i - 1]!.start - 8), tokens[i - 1]!.start))) {
      mark(ctx, i - 1, 'name-credential');
      mark(ctx, i, 'name-credential');
      continue;
    }
    let k = i;
    let n = 0;
    while (k >= 0 && n < 3) {
      const tk = tokens[k]!;
      if (n > 0 && !adjacent(text, tk, tokens[k + 1]!)) break;
      if (!plausibleWithContext(ctx, k, (n === 0 && (ctx.f[k]!.first || ctx.f[k]!.last)) || (n > 0 && signatureLine && ctx.f[k]!.first))) break;
      mark(ctx, k, 'name-credential');
      k--;
      n++;
    }
  }
}

/** A kin word's own key: "sister-in-law" is a sister's kind, "COPING-SISTER" a heading's sister. */
const kinKey = (key: string): string => (key.endsWith('-in-law') ? key.slice(0, -7) : key.slice(key.lastIndexOf('-') + 1));

/** What follows a relative's name: "son Rob who", "daughter Hope was here". */
const CLAUSE_AFTER = /^(?:\s*[,;)]|\s+(?:who|is|was|has|had|and|called|came|visited|visiting|phoned|states|stated|said|says|at|in|here|present|updated|aware|by|will|would|\())/;

function relationRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // "COPING-SISTER ,MICHELETTI": a relation at the end of a hyphenated heading.
    const relation = RELATIONS.has(t.key.endsWith('-in-law') ? t.key.slice(0, -7) : t.key) || (t.key.includes('-') && !t.key.endsWith('-in-law') && RELATIONS.has(t.key.slice(t.key.lastIndexOf('-') + 1))) || (t.key === 'other' && tokens[i - 1]?.key === 'significant');
    const verb = !relation && VERB_CUES.has(t.key);
    if (!relation && !verb) continue;
    let j = i + 1;
    // "spoke with daughter Jane", "son, Bill,", "wife is Mary", "proxy - Marcela".
    while (j < tokens.length && j <= i + 2 && (RELATION_GLUE.has(tokens[j]!.key) || RELATIONS.has(tokens[j]!.key) || TITLES.has(tokens[j]!.key))) {
      if (TITLES.has(tokens[j]!.key)) break;
      j++;
    }
    // "son in law Bob", "sister in-law Maria".
    if (relation && j + 1 < tokens.length && tokens[j]!.key === 'in' && /^law$|^-?law$/.test(tokens[j + 1]!.key)) j += 2;
    else if (relation && j < tokens.length && tokens[j]!.key === 'in-law') j++;
    if (j >= tokens.length) continue;
    if (TITLES.has(tokens[j]!.key)) continue; // the title rule takes it from here
    // "Twin B   DOL 108": a twin's letter is its birth order; newborn-names.ts reads a surname after it.
    if (t.key === 'twin' && tokens[j]!.end - tokens[j]!.start === 1) continue;
    if (gapBefore(ctx, j, tokens[j - 1]!.end) === null) continue;
    // A sentence end between the cue and the word ("to become a father. - Patient Education") breaks the link.
    if (/[.!?]\s/.test(text.slice(t.end, tokens[j]!.start))) continue;
    const f = ctx.f[j]!;
    const tj = tokens[j]!;
    // Hyphens and apostrophes are skipped ("in-law", "pt's"), except in a name of capitalized parts ("Jean-Luc", "O'Neil").
    const word = text.slice(tj.start, tj.end);
    const compoundName = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)+$/u.test(word) || /^O['’]\p{Lu}\p{Ll}+$/u.test(word);
    if (f.eponym || ctx.lists.states.has(tj.key) || (/['’-]/.test(word) && !compoundName)) continue;
    // Relations make any listed name likely; verbs ("per", "called") need a name that is not a word.
    const listed = f.first || ((f.commonLast || f.last) && !f.english);
    const nextTok = tokens[j + 1];
    const nextF = nextTok ? ctx.f[j + 1]! : null;
    // In one-case text a rare word is a name only when a surname-like word follows ("dmitri volkov").
    const rareWithSurname = !f.common && tj.end - tj.start >= 4 && !!nextTok && !!nextF && adjacent(text, tj, nextTok) && !nextF.fn && !nextF.clinical && (!nextF.english || nextF.last);
    // An appositive ("daughter-in-law, Priya, called") names someone even with an everyday word.
    const appositive = /,\s*$/.test(text.slice(tokens[j - 1]!.end, tj.start)) && /^\s*[,)]/.test(text.slice(tj.end, tj.end + 3));
    // "son Rob who", "daughter Hope was here": a capitalized word between a relation and a clause.
    // "dtr Young Bright was in": a second capitalized word of the name may stand between them on a mixed line.
    const second = tokens[j + 1];
    const clause = CLAUSE_AFTER.test(text.slice(tj.end, tj.end + 12)) || (relation && j === i + 1 && tj.lineCase === 'mixed' && !!second && second.cap && (!second.allCaps || (ctx.f[j + 1]!.last && /^,\s/.test(text.slice(second.end, second.end + 2)))) && !second.initial && second.end - second.start >= 3 && adjacent(text, tj, second) && !ctx.f[j + 1]!.fn && !ctx.f[j + 1]!.clinical && !RELATIONS.has(second.key) && !ROLE_TITLES.has(second.key) && !NOT_SURNAME.has(second.key) && !NOT_SURNAME.has(tj.key) && CLAUSE_AFTER.test(text.slice(second.end, second.end + 12)));
    // "sons barnaby and crispin": after a relation, a listed name that is no everyday word (the subtitles
    // use it rarely) is the relative's name in one-case text too.
    const rareListed = (f.first || f.last) && !f.common && tj.end - tj.start >= 3;
    // "accompanied by Fabrice", "spoke with Oyelaran": a capitalized word no list knows after a verb cue.
    // Only after verbs said of people: services and typos follow "per" and "seen by" ("per Csurg", "seen by Cardic").
    // "…in that direction," says Hartvigsson.": a quote's speaker ends the sentence ("said Norco helps" is a drug).
    const speaker = (t.key === 'says' || t.key === 'said') && /^\s*(?:[.,;!?"”]|$)/.test(text.slice(tj.end, tj.end + 2)) && /[,"”]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start));
    // "The patient, Yejide Adisa, was": after "patient" only as an appositive ("Patient Ultram 50 mg" is a drug).
    const unknownCap = (PEOPLE_VERBS.has(t.key) || speaker || (BY_VERBS.has(t.key) && tokens[i + 1]!.key === 'by')) && (t.key !== 'patient' || /^,\s*$/.test(text.slice(t.end, tj.start))) && tj.lineCase === 'mixed' && tj.cap && !tj.allCaps && !tj.initial && !f.english && !f.eponym && tj.end - tj.start >= 3 && !/\p{Lu}/u.test(text.slice(tj.start + 1, tj.end)) && !MEDICAL_ENDING.test(tj.key);
    // "son snow in to visit", "his son, short, called", "dtr wood in contact": an everyday word in lower case right
    // after a kin word is the relative's name when what follows is something people do (or it is set off by commas).
    const kinWord = relation && (tj.lineCase !== 'mixed' || !tj.cap) && j === i + 1 && KIN.has(kinKey(t.key)) && tj.end - tj.start >= 3 && !f.eponym && !RELATIONS.has(tj.key) && !NOT_KIN_NAME.has(tj.key) && !ROLE_TITLES.has(tj.key) && !/(?:ly|ing|ed|'s|s')$/.test(tj.key) && (appositive || KIN_CLAUSE.test(text.slice(tj.end, tj.end + 24)));
    const ok = relation ? listed || kinWord || (f.first && clause && tj.lineCase !== 'mixed') || (tj.lineCase === 'mixed' ? tj.cap && !tj.allCaps && !tj.initial && (!f.common || appositive || clause) : (!f.english && tj.end - tj.start >= 4) || rareWithSurname || rareListed) : (listed && !f.english) || unknownCap;
    // "Son, Ed, was updated": a capitalized appositive after a relation is a name even when it is also an abbreviation.
    // "Pt's son, Will, called": a given name that is also a function word, set off by commas and capitalized.
    // "wife Art called": a capitalized given name that is also an abbreviation, right after a kin word and before what
    // people do.
    // "sister-in-law Peg called", "wife Mary and son Will.": the in-law too, and a name that ends the sentence.
    // "daughter Allegra Roybal": or before a capitalized surname no list calls a word.
    const surnameNext = !!nextTok && !!nextF && adjacent(text, tj, nextTok) && nextTok.cap && !nextTok.allCaps && nextF.last && !nextF.english && !nextF.clinical && !nextF.fn;
    const kinClause = j === i + 1 && KIN.has(kinKey(t.key)) && f.first && (KIN_CLAUSE.test(text.slice(tj.end, tj.end + 24)) || /^[ \t]*(?:[.;)]|,[ \t]*who\b|$)/.test(text.slice(tj.end, tj.end + 8)) || surnameNext);
    // "HIS SON WILL, WAS AT THE BEDSIDE": in one-case text only set off by a comma before what the relative does.
    const oneCaseKinComma = tj.lineCase !== 'mixed' && kinClause && j === i + 1 && /^,\s/.test(text.slice(tj.end, tj.end + 2)) && KIN_CLAUSE.test(text.slice(tj.end, tj.end + 24));
    if (relation && (appositive || kinClause) && ((f.clinical && !f.fn) || (f.fn && f.first && tj.end - tj.start >= 3)) && ((tj.lineCase === 'mixed' && tj.cap && !tj.allCaps) || oneCaseKinComma) && tj.end - tj.start >= 2) {
      mark(ctx, j, 'name-relation');
      continue;
    }
    if (!ok || f.fn || f.clinical) continue;
    // The kin word and the clause are the evidence: no list need call the word a name.
    if (kinWord && !listed) {
      mark(ctx, j, 'name-relation');
      continue;
    }
    let n = takeRun(ctx, j, 3, relation ? 'name-relation' : 'name-cue', relation);
    // "NIECE/HCP GRACE WHITE (893) 527-4117", "call son frączek hall regarding": a listed surname that is also a word,
    // between a relative's given name (or a word no list knows) and their telephone number or what they do, in the
    // given name's case.
    const sur = tokens[j + n];
    const sameCase = !!sur && (sur.lineCase === 'mixed' ? sur.cap === tokens[j]!.cap && !sur.allCaps : true);
    if (relation && n === 1 && sur && sameCase && (ctx.f[j]!.first || !ctx.f[j]!.english) && ctx.f[j + n]!.last && !ctx.f[j + n]!.fn && !ctx.f[j + n]!.clinical && !RELATIONS.has(sur.key) && !ROLE_TITLES.has(sur.key) && sur.end - sur.start >= 3 && adjacent(text, tokens[j]!, sur) && (/^\s*,?\s*\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}/.test(text.slice(sur.end, sur.end + 20)) || KIN_CLAUSE.test(text.slice(sur.end, sur.end + 30)) || /^\s+re:?\s/i.test(text.slice(sur.end, sur.end + 6)))) {
      mark(ctx, j + n, 'name-relation');
      n++;
    }
    // "Sons Smokey, Morris and Roger": a list of names after one relation word.
    let k = j + n;
    while (relation && n > 0 && k < tokens.length) {
      const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
      const next = tokens[k]!.key === 'and' && /^\s+$/.test(gap) ? k + 1 : /^['’]?s?\s*,\s*$/.test(gap) ? k : -1;
      if (next < 0 || next >= tokens.length || !/^\s*$/.test(text.slice(tokens[next - 1]!.end, tokens[next]!.start).replace(/^['’]?s?\s*,/, ''))) break;
      const fn = ctx.f[next]!;
      const oneCase = tokens[next]!.lineCase !== 'mixed';
      // ("Sons Ubertino, Will and Henry": a given name that is also a function word, capitalized in the list.)
      const fnEnds = /^(?:[ \t]*[,.;)]|[ \t]+(?:and|&)\b)/.test(text.slice(tokens[next]!.end, tokens[next]!.end + 5));
      if (!((fn.first || (oneCase && (fn.last || !fn.english) && !fn.common)) && (tokens[next]!.cap || oneCase)) || (fn.fn && (oneCase || !fn.first || !fnEnds)) || fn.clinical || fn.eponym) break;
      if (fn.fn) mark(ctx, next, 'name-relation');
      n = fn.fn ? 1 : takeRun(ctx, next, 2, 'name-relation', true);
      k = next + n;
    }
  }
}

/** A line's label for one person, where the label opens the line: "RE:", "Caller:", "Patient:", "Assistant:". */
const PERSON_LINE_LABEL = /(?:^|\n)[ \t]*(?:patient(?:['’]s)?(?:\s+name)?|pt(?:\s+name)?|name|re|caller|(?:emergency\s+)?contact|next\s+of\s+kin|nok|guarantor|informant|(?:consult\s+)?requested\s+by|referred\s+by|referring\s+(?:physician|provider|md|doctor)|attending(?:\s+physician)?|(?:assistant\s+)?surgeon|assistant|co-?surgeon|anesthesiologist|pathologist|radiologist|resident|fellow|pcp|ordering\s+(?:physician|provider|md)|reviewed(?:\s+by)?|approved(?:\s+by)?|verified(?:\s+by)?|(?:verifying\s+)?rn|(?:search\s+)?coordinator|case\s+manager|technologist|intended\s+recipient|landlord|house\s+manager)[ \t]*:[ \t]*$/i;
/** What may close a person's line after the name: the line's end, a relation in brackets, a credential, a birth date. */
const PERSON_LINE_END = /^(?:[ \t]*(?:\r?\n|$)|[ \t]+re:[ \t]|[ \t]*\([^)\n]{1,30}\)[ \t]*(?:\r?\n|$|,?[ \t]*(?:DOB|D\.O\.B\.|MRN|date\s+of\s+birth)\b)|[ \t]*,?[ \t]*(?:DOB|D\.O\.B\.|MRN|date\s+of\s+birth)\b)/i;

/** "thank you for referring frank hoppe, whom i saw": in one case, a listed given name and a surname no everyday word
 * spells, after the verb and before the clause that goes on about them. */
function referredOneCase(ctx: Ctx, i: number): void {
  const { tokens, text } = ctx;
  if (i + 2 >= tokens.length || !adjacent(text, tokens[i]!, tokens[i + 1]!) || !adjacent(text, tokens[i + 1]!, tokens[i + 2]!)) return;
  const g = ctx.f[i + 1]!;
  const s = ctx.f[i + 2]!;
  // A frequent given name ("frank") needs a surname no word spells after it.
  if (!g.first || g.fn || g.clinical || (g.common && !(s.last && !s.english)) || s.fn || s.clinical || s.eponym || !(s.last || !s.english) || s.common) return;
  if (!/^(?:,[ \t]*(?:who|whom|a|an|age)\b|[ \t]+(?:to\s+(?:our|my|the|us|me|this|your)|for\s+(?:evaluation|consultation|consult|assessment|follow-?up|management|further|a\b|an\b)|who|whom)\b)/i.test(text.slice(tokens[i + 2]!.end, tokens[i + 2]!.end + 20))) return;
  mark(ctx, i + 1, 'name-cue');
  mark(ctx, i + 2, 'name-cue');
}

/** One word alone after a person's label is a surname when a salutation, a birth date or a credential follows: "Re: Wypych
 * \nDear colleague", "attending: beretta, md". It must be no frequent, clinical or function word, nor an everyday one before a
 * salutation ("Re: Referral"). */
function loneSurname(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  const f = ctx.f[i]!;
  if (f.common || f.fn || f.clinical || f.eponym || /\d/.test(t.key) || t.end - t.start < 3 || ROLE_TITLES.has(t.key) || TITLES.has(t.key) || KIN.has(t.key) || (t.lineCase === 'mixed' && !t.cap)) return false;
  const after = ctx.text.slice(t.end, t.end + 24);
  if (/^(?:[ \t]*\r?\n[ \t]*dear\b|[ \t]*,?[ \t]*(?:DOB|D\.O\.B\.|date\s+of\s+birth)\b)/i.test(after)) return !f.english;
  // Before a credential an everyday word that is rare is a surname too ("attending: beretta, md").
  return after.startsWith(',') && CREDENTIALS.test(t.lineCase === 'lower' ? after.slice(0, 16).toUpperCase() : after.slice(0, 16));
}

/** "RE: GRACE STONE", "CALLER: ROSE FOX (DAUGHTER)", "PATIENT: YOUNG, SANDY", "Patient: Cook, Will": a line that
 * holds only a person after a label for one is their name, two or three words ("Surname, Given" too), in any case,
 * when at least one word is a listed name and none is a clinical term or a role. */
function personLineRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    // Cheap first: a colon in the gap before the word (read in place: a search past the gap would cost a pass per word).
    let colon = false;
    for (let c = i > 0 ? tokens[i - 1]!.end : 0; c < tokens[i]!.start && !colon; c++) colon = text.charCodeAt(c) === 58;
    if (!colon || !PERSON_LINE_LABEL.test(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start))) continue;
    let n = 0;
    let listed = 0;
    let ok = true;
    for (let k = i; k < tokens.length && n < 4; k++) {
      const t = tokens[k]!;
      const f = ctx.f[k]!;
      if (k > i && !/^(?:[ \t]{1,2}|\.[ \t]{1,2}|,[ \t]{1,2})$/.test(text.slice(tokens[k - 1]!.end, t.start))) break;
      // "Caller: Sandy Rivers re: mother": a word before a colon opens the next field.
      if (k > i && text[t.end] === ':') break;
      // A comma only after the first word ("Young, Sandy"), which may be a place's word then ("CHURCH, HOPE"); an
      // initial only with its period.
      if (k > i + 1 && text[tokens[k - 1]!.end] === ',') break;
      const initial = t.end - t.start === 1 && text[t.end] === '.';
      if (/\d/.test(t.key) || (f.clinical && !f.first) || f.eponym || ROLE_TITLES.has(t.key) || RELATIONS.has(t.key) || KIN.has(t.key) || (NOT_SURNAME.has(t.key) && !(k === i && text[t.end] === ',')) || TITLES.has(t.key) || (t.lineCase === 'mixed' && !t.cap)) {
        ok = false;
        break;
      }
      if (!initial && (f.first || f.last)) listed++;
      n++;
    }
    if (loneSurname(ctx, i)) {
      mark(ctx, i, 'name-label-line');
      continue;
    }
    if (!ok || n < 2 || n > 3 || listed === 0) continue;
    const last = tokens[i + n - 1]!;
    if (!PERSON_LINE_END.test(text.slice(last.end, last.end + 40)) && !CREDENTIALS.test(text.slice(last.end, last.end + 16))) continue;
    // One listed word beside an everyday word no list calls a name is not enough ("RE: Chest Pain").
    if (listed < 2 && [...Array(n).keys()].some((d) => ctx.f[i + d]!.english && !ctx.f[i + d]!.first && !ctx.f[i + d]!.last)) continue;
    for (let k = i; k < i + n; k++) mark(ctx, k, 'name-label-line');
  }
}

/** Labels of a letter's addressee, who may be a department ("Attn: Case Management"). */
const ADDRESSED_TO = /\b(?:attn|attention|c\/o|care of)\s*[:=|\t]\s*$/i;

const NAME_FIELD = /(?:^|[\s|(])(?:(?:patient|pt|client|member|subscriber|insured|full|legal|first|given|last|family|maiden|sur)['’]?s?\.?\s+)?name(?:\s*\((?:if\s+known|print|printed|last,?\s+first)\))?\s*[:=|\t]\s*$/i;
/** Form fields that hold a person however their name is spelled: "Subscriber: von, jamar", "WITNESS 2: BUD SCHOEN",
 * "Alternate agent: Dean Law", "Decedent: mark z worthy", "Signature: merlin fair". */
const PERSON_FIELD = /(?:^|[\s|(;])(?:cpa|participant|der|collector|mro|name\s+of\s+(?:patient|veteran|claimant|member|resident|deceased|decedent)(?:\s*\/\s*(?:veteran|claimant|patient|member))?|veteran|responsible\s+party|escort|volunteer|applicant|prepared\s+for|therapist|executor|executrix|prescribing\s+(?:dentist|physician|provider|clinician)|(?:dental\s+)?assistant|hygienist|athlete|player|trainee|care\s+partner|student(?:-athlete)?|interviewer|dis|partner\s*#?\s*\d{1,2}|client|clinician|(?:head|assistant)\s+coach|roommate|(?:alternate|secondary|additional|backup)\s+contact(?:\s*\([^)\n]{0,30}\))?|business\s+office|medical\s+records|caller|reporting\s+party|rp|subscriber|insured|policy\s*holder|guarantor|witness(?:\s*#?\d)?|(?:alternate\s+|health\s+care\s+)?agent|attorney-in-fact|decedent|claimant|signature|emergency\s+contact(?:\s*#?\s*\d)?|member|parent\/guardian|guardian|notary(?:\s+public)?|adjuster|(?:mother|father|spouse|surviving\s+spouse|informant)['’]s\s+(?:maiden\s+)?name(?:\s+prior\s+to\s+first\s+marriage)?(?:\s*\([^)\n]{0,40}\))?|surviving\s+spouse|informant|received\s+by|identified\s+by|pronounced\s+by|mother|father|(?:l&d|baby|primary|charge|circulating|scrub)\s+(?:rn|nurse|tech)|rn|lpn|cna|cnm|midwife|ibclc|lactation(?:\s+consultant)?|circulator|scrub|teacher|coach|pediatrician|obstetrician|technician|tech|recorder|perfusionist|endoscopist|dosimetrist|physicist|(?:research\s+)?coordinator|(?:research\s+)?pharmacist|(?:first|second)\s+assistant|anesthesiologist|crna|srna|(?:company\s+|device\s+)?rep(?:resentative)?|(?:probation|parole|correctional|police|arresting)\s+officer|(?:re-?entry\s+)?case\s*worker|case\s+manager|social\s+worker|(?:immigration\s+)?attorney|public\s+defender|lawyer|student|youth|inmate|detainee|(?:potential\s+)?(?:living\s+)?donor(?:\s*#?\s*\d{1,2})?|recipient|orthotist|prosthetist|hygienist|optometrist|audiologist|dispenser|atp|therapist|counselor|advocate|interpreter|driver|resident|evacuee|beneficiary|partner|(?:initiated|terminated|delivered|fitted|dispensed|cannulated)\s+by|camper|child|landlord|(?:health\s+care\s+)?proxy|physics\s+check|planned\s+by|signature\s+of\s+[a-z][a-z/ ]{0,30}|worker|investigator|safety\s+monitor|photographer)\s*[:=|\t]\s*$/i;
/** Values of such fields that are no one's name. */
const NOT_A_PERSON_VALUE = /^(?:on|in|file|chart|n\/a|unknown|none|self|same|patient|pt|deceased|living|alive|not|no|yes|declined|refused|obtained|signed|verbal|telephone|phone|electronic|electronically|see|unable|present|absent|at|bedside|g\d|age|healthy|hx|history|denies|dx|with|w|a|an|the|per|via|by)$/i;

/** Fields named "name" that hold no person: "Drug name:", "Facility name:", "User name:". */
const NOT_PERSON_NAME_FIELD = /\b(?:drug|medication|med|product|brand|generic|trade|facility|hospital|practice|clinic|company|employer|pharmacy|user|file|test|study|device|program|plan|insurance|insurer|payer|payor|group|business|street|place|school|unit|host|domain|account|procedure|organism|lab|vaccine|manufacturer|model|computer)\s+name\s*[:=|\t]\s*$/i;

/** What a name field holds when it holds no name: "Name: Unknown", "Name: N/A", "Name: see above". */
const NO_NAME_GIVEN = /^(?:unknown|unk|n|na|none|not|no|pending|same|self|see|refused|declined|tbd|anonymous|unidentified|withheld|redacted|blank|illegible|as|above|below|dob|mrn|ssn|sex|gender|age|dx|id)$/;

/** Takes the name in a name field from token i: one to four words, an initial between them, "Smith, John". */
function nameFieldRun(ctx: Ctx, i: number): number {
  const { tokens, text } = ctx;
  if (NO_NAME_GIVEN.test(tokens[i]!.key)) return 0;
  let n = 0;
  for (let k = i; k < tokens.length && n < 5; k++) {
    const t = tokens[k]!;
    const f = ctx.f[k]!;
    if (k > i) {
      const gap = text.slice(tokens[k - 1]!.end, t.start);
      // The next field's label ends the name: "Name: Asa Laine Phone: 083 ...".
      // A comma only after the first word: "Smith, John", not "mary lou retton, age 44".
      // A tab ends the cell a name is in.
      if (!/^(?:[ ]{1,3}|\.[ ]{0,2}|,[ ]{0,2}|['’]?[ ]{1,3})$/.test(gap) || (gap.startsWith('.') && tokens[k - 1]!.end - tokens[k - 1]!.start > 1) || (gap.startsWith(',') && k > i + 1)) break;
      // A wide gap after a given name and a surname opens the next field: "TRAINEE: GOLDIE HENLEY   CARE PARTNER: ...".
      if (/^[ ]{2,}$/.test(gap) && n >= 2) break;
    }
    if (/^\s*[:=]/.test(text.slice(t.end, t.end + 3)) || f.fn || /\d/.test(t.key)) break;
    // On a mixed-case line a name's words are capitalized (the particles "van", "de" aside).
    if (t.lineCase === 'mixed' && !t.cap && !NAME_PARTICLES.has(t.key)) break;
    mark(ctx, k, 'name-label');
    n++;
  }
  return n;
}

/** A person field's value looks like a name: one to four words, in the line's case as names are written (capitalized
 * in mixed case), closing at the line's end, a comma, a parenthesis or a wide gap before the next field. */
function personFieldValue(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  let k = i;
  if (tokens[i]!.end - tokens[i]!.start < 2) return false;
  while (k + 1 < tokens.length && k - i < 4 && (/^(?:[ ]|,[ ]?)$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) || (tokens[k]!.end - tokens[k]!.start === 1 && /^\.[ ]$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)))) && !ctx.f[k + 1]!.clinical && !/\d/.test(tokens[k + 1]!.key)) k++;
  const after = text.slice(tokens[k]!.end, tokens[k]!.end + 4);
  // In one-case text every word must be one a name can be: a listed name or no everyday word ("RN: PT RESTING" is a note).
  return /^(?:\.?[ \t]*(?:\r?\n|$)|[ \t]*[,;(]|[ \t]+\/[ \t]|\.?[ \t]{2,}|\.[ \t]|\t)/.test(after) && tokens.slice(i, k + 1).every((t, n) => (t.lineCase !== 'mixed' ? ctx.f[i + n]!.first || ctx.f[i + n]!.last || !ctx.f[i + n]!.common || t.end - t.start === 1 : t.cap || NAME_PARTICLES.has(t.key) || t.end - t.start === 1));
}

function labelRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap gate before the regexes: a label ends in ":", "=", "?" or a word like "is", "by", "name".
    const prevKey = i > 0 ? tokens[i - 1]!.key : '';
    const gap = text.slice(i > 0 ? tokens[i - 1]!.end : 0, t.start);
    if (!/[:=?|\t]/.test(gap) && !LABEL_LEADS.has(prevKey)) continue;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    const lf = ctx.f[i]!;
    // "Social: Bill called", "Family: Rosa and Tim": these headings introduce a name only when a given name follows.
    // "social: krippner called": a surname no list calls a word, doing what people do, will do too.
    const softLabel = /\b(?:family|social|visitors?|spokesperson)\s*[:=]\s*$/i.test(before) && !lf.fn && !lf.clinical && (lf.first || (!lf.english && t.end - t.start >= 4 && PERSON_VERB_AFTER.test(text.slice(t.end, t.end + 16))));
    // "Patient Name: Ed Brown", "NAME: ART JONES": after a field that holds a person's name, its words are the
    // name whatever else they spell, up to the line's end, a comma's second part or the next field's label.
    if (NAME_FIELD.test(before) && !NOT_PERSON_NAME_FIELD.test(before) && (NO_NAME_GIVEN.test(t.key) || nameFieldRun(ctx, i) > 0)) continue;
    if (PERSON_FIELD.test(before) && !TITLES.has(t.key) && !NO_NAME_GIVEN.test(t.key) && !NOT_A_PERSON_VALUE.test(t.key) && !lf.clinical && personFieldValue(ctx, i) && nameFieldRun(ctx, i) > 0) continue;
    if ((!LABEL_RE.test(before) && !NAME_IS_RE.test(before) && !softLabel) || TITLES.has(t.key)) continue;
    // "wants to be called overnight", "asks to be called back": a phone call, not a name.
    if (CALLED_WHEN.has(t.key) && /\bto\s+be\s+called\s*$/i.test(before)) continue;
    // "Diagnosis: Prostate ..." is not a name: the first word must be a name or no word at all.
    // "Referring physician: Ami Himawan": a rare word before a surname no list knows starts the name all the same.
    const nextTok = tokens[i + 1];
    // "Electronically signed by: Gareth S. Castillo": an initial and a listed surname after it do as well.
    const afterInitial = tokens[i + 2];
    const initialNext = !!nextTok && !!afterInitial && nextTok.end - nextTok.start === 1 && nextTok.cap && text[nextTok.end] === '.' && adjacent(text, nextTok, afterInitial) && afterInitial.cap && (ctx.f[i + 2]!.last || !ctx.f[i + 2]!.english) && !ctx.f[i + 2]!.clinical;
    const unknownNext = !!nextTok && adjacent(text, t, nextTok) && ((nextTok.cap && !ctx.f[i + 1]!.english && !ctx.f[i + 1]!.fn && !ctx.f[i + 1]!.clinical && nextTok.end - nextTok.start >= 3) || initialNext);
    // "goes by Tiny", "PREFERS TO BE CALLED DUKE", "Wife's name is Prudence": after words that give a name, a word
    // is the name (capitalized on a mixed-case line; in one-case text only after the strongest of them).
    if (NAME_IS_RE.test(before) && !lf.fn && !lf.clinical && !lf.eponym && !NO_NAME_GIVEN.test(t.key) && t.end - t.start >= 2 && !/^['’]?s?\s+(?:disease|syndrome|sign|palsy)\b/i.test(text.slice(t.end, t.end + 12)) && (t.lineCase === 'mixed' ? t.cap : NAME_GIVEN_STRONG.test(before))) {
      mark(ctx, i, 'name-label');
      continue;
    }
    if (lf.english && !lf.first && !lf.last && (lf.common || !unknownNext)) continue;
    // "Attn: Case Management", "c/o Social Work": a letter is addressed to departments too.
    if (lf.common && !lf.first && ADDRESSED_TO.test(before)) continue;
    // "aka apical ballooning": on a mixed-case line a name after "aka" is capitalized; a term is not, and in
    // one-case text an unlisted word with a term's ending is a term.
    const akaTerm = !t.cap && /(?:a\.?k\.?a\.?|known\s+as)\s*["'‘“]?\s*$/i.test(before) && (t.lineCase === 'mixed' || (!lf.first && !lf.last && MEDICAL_ENDING.test(t.key)));
    if (akaTerm) continue;
    // "Referring physician: Ami Himawan": a listed given name that is also a clinical abbreviation, written in
    // title case (not "AMI") before a capitalized surname, after a label for a person.
    const nt = tokens[i + 1];
    if (lf.clinical && !lf.fn && lf.first && t.lineCase === 'mixed' && t.cap && !t.allCaps && nt && adjacent(text, t, nt) && nt.cap && !nt.allCaps && !ctx.f[i + 1]!.fn && !ctx.f[i + 1]!.clinical && (!ctx.f[i + 1]!.english || ctx.f[i + 1]!.last) && LABEL_RE.test(before)) {
      mark(ctx, i, 'name-label');
      takeRun(ctx, i + 1, 3, 'name-label', true);
      continue;
    }
    const n = takeRun(ctx, i, 4, 'name-label', true);
    // "people call me višeslav", "goes by 'bud'": after words that give a name, a word no list calls a word is it, in any case.
    if (n === 0 && NAME_IS_RE.test(before) && !lf.english && !lf.fn && !lf.clinical && t.end - t.start >= 3 && (lf.first || lf.last || !MEDICAL_ENDING.test(t.key))) mark(ctx, i, 'name-label');
    // "Name: Smith, John"
    // ("Attn: Kwame Mensah, Case Management": after the comma a given name or a word no list knows, not a department.)
    // ("Pt: Robert Jones, 67M": the sex after an age is no second part; "Signed: Mark Price, DDS": nor a credential.)
    if (n > 0 && text[tokens[i + n - 1]!.end] === ',' && i + n < tokens.length && /^,[ \t]*$/.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n]!.start)) && (ctx.f[i + n]!.first || !ctx.f[i + n]!.common || !ADDRESSED_TO.test(before)) && !CREDENTIALS.test(text.slice(tokens[i + n - 1]!.end, tokens[i + n - 1]!.end + 16))) takeRun(ctx, i + n, 2, 'name-label', true);
  }
}

/** Capitalized words after a given name that make it a place or an institution ("St. Agnes Hospital"). */
const NOT_SURNAME = new Set(['hospital', 'hospitals', 'hosp', 'medical', 'center', 'centre', 'clinic', 'clinics', 'university', 'college', 'school', 'memorial', 'rehab', 'hospice', 'health', 'healthcare', 'street', 'avenue', 'road', 'county', 'city', 'church', 'manor', 'home', 'homes', 'nursing', 'infirmary', 'institute', 'foundation', 'pharmacy', 'village', 'lodge', 'house', 'hall', 'campus', 'pavilion', 'place', 'court', 'lane', 'drive', 'boulevard', 'park', 'heights', 'regional', 'general', 'community']);

/** Second words of two-word states, which are also given names ("Carolina", "Virginia", "Dakota"). */
const STATE_SECOND_WORDS = new Set(['carolina', 'virginia', 'dakota', 'jersey', 'hampshire', 'mexico', 'york', 'island']);
const STATE_CUES = new Set(['to', 'in', 'from', 'of', 'near', 'at', 'back', 'across', 'through']);

/** Names with no context: a listed given name, or a capitalized listed surname that is not a word. */
function listRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.isName[i]) continue;
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || f.eponym || t.end - t.start < 3 || eponymContext(ctx, i)) continue;
    const mixed = t.lineCase === 'mixed';
    if (mixed && !t.cap) continue;
    const next = tokens[i + 1];
    const nextF = next ? ctx.f[i + 1]! : null;
    // After a given name on a mixed-case line, a capitalized word is the surname even when it is also
    // a word ("Isaac Heath", "Ivan King"); elsewhere it must not be a word.
    const nextIsSurname =
      !!next && !!nextF && adjacent(text, t, next) && !NOT_SURNAME.has(next.key) && !nextF.fn && !nextF.clinical && !nextF.eponym && next.end - next.start > 1 && (mixed ? next.cap && !next.allCaps && (!nextF.english || f.first) : !nextF.english) && !eponymContext(ctx, i + 1);
    // "moving to Florida", "lives in Georgia": a state after a place's cue is the state (Safe Harbor keeps it).
    if (ctx.lists.states.has(t.key) && !nextIsSurname && i > 0 && STATE_CUES.has(tokens[i - 1]!.key)) continue;
    // ("lives in North Carolina": the second word of a state's name.)
    if (STATE_SECOND_WORDS.has(t.key) && i > 0 && ctx.lists.states.has(`${tokens[i - 1]!.key} ${t.key}`) && adjacent(text, tokens[i - 1]!, t)) continue;
    if (f.first && !f.english) {
      if (mixed && t.allCaps && t.end - t.start <= 4) continue; // abbreviations like "AL", "ED"
      mark(ctx, i, 'name-first');
      if (nextIsSurname) mark(ctx, i + 1, 'name-first');
    } else if (f.nameFirst && mixed && t.cap && !t.allCaps && (nextIsSurname || (!t.initial && !/^\s*[\d/]/.test(text.slice(t.end, t.end + 2))))) {
      // "Caitlin Lennox lives", "seen with Agnes": a given name the subtitles use more as a name than a word.
      mark(ctx, i, 'name-first');
      if (nextIsSurname) mark(ctx, i + 1, 'name-first');
    } else if (f.first && f.english && mixed && t.cap && !t.allCaps && nextIsSurname && nextF!.last && (!t.initial || !nextF!.english)) {
      mark(ctx, i, 'name-first');
      mark(ctx, i + 1, 'name-first');
    } else if (mixed && !t.initial && !t.allCaps && (f.commonLast || f.last) && !f.english) {
      mark(ctx, i, 'name-last');
    }
  }
}

/** "J. Smith", "W. MAROTTA", "Smith, John": an initial or a comma beside a known name part. */
/** Species after a genus initial: "S. aureus", "E. coli", "H. PYLORI" are germs, not people. */
const SPECIES = /^(?:aureus|coli|pylori|difficile|diff|pneumoniae|pneumo|epidermidis|faecalis|faecium|albicans|glabrata|krusei|influenzae|aeruginosa|jirovecii|jiroveci|carinii|marcescens|cloacae|mirabilis|maltophilia|baumannii|fragilis|perfringens|botulinum|tetani|monocytogenes|meningitidis|gonorrhoeae|trachomatis|pallidum|burgdorferi|vulgaris|typhi|enteritidis|jejuni|cholerae|pyogenes|agalactiae|viridans|lugdunensis|saprophyticus|oxytoca|freundii|aerogenes|tuberculosis|avium|kansasii|neoformans|fumigatus|capitis|hominis|bovis|gattii|vaginalis|lamblia|histolytica|falciparum|vivax|catarrhalis|pertussis|diphtheriae|anthracis|cereus|acnes|dermatitidis|capsulatum|immitis|septicum|sordellii|ramosum|canis|felis|henselae|quintana|rickettsii|prowazekii)$/;

/** Words a single capital letter abbreviates in charts ("A. FIB", "V. TACH", "A. LINE"): not surnames there. */
const NOT_AFTER_INITIAL = new Set(['line', 'lines', 'fib', 'flutter', 'tach', 'wave', 'waves', 'paced', 'pace', 'pacing', 'sense', 'sensing', 'lead', 'leads', 'port', 'ports', 'site', 'sites', 'side', 'type', 'level', 'grade', 'stage', 'class', 'test', 'scan', 'team', 'service', 'floor', 'unit', 'room', 'bed', 'plan', 'note', 'notes', 'order', 'orders', 'call', 'page', 'well', 'good', 'fair', 'poor', 'same', 'done', 'given', 'made', 'back', 'here', 'home', 'today', 'also', 'will', 'more', 'less', 'much', 'very', 'most']);

function initialRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end - t.start !== 1 || !/\p{Lu}/u.test(text[t.start]!) || text[t.end] !== '.' || !/\s/.test(text[t.end + 1] ?? '')) continue;
    const prevIsInitialLike = i > 0 && tokens[i - 1]!.end === t.start - 1 && text[t.start - 1] === '.';
    if (prevIsInitialLike) continue; // "a.m.", "p.o."
    const next = tokens[i + 1]!;
    // "150 J. First attempt": a unit after a number, not an initial.
    if (!adjacent(text, t, next) || !/[\s(]/.test(text[t.start - 1] ?? ' ') || /\d\s?$/.test(text.slice(Math.max(0, t.start - 2), t.start))) continue;
    const f = ctx.f[i + 1]!;
    // "J. Tromp PA": a capitalized word after an initial is a surname unless it is an everyday word.
    // In capitals an unlisted word will do when people's words stand around it ("PER W. POMP", "W. POMP AWARE").
    if (SPECIES.test(next.key)) continue;
    // "PER W. SNOW", "W. SNOW AWARE": a census surname that is also an everyday word counts there too (not "A. LINE").
    const personAround = next.lineCase !== 'mixed' && (!f.common || (f.last && !NOT_AFTER_INITIAL.has(next.key))) && !/(?:ae|ii|us|um|is|ella|coccus|bacter|monas)$/.test(next.key) && next.end - next.start >= 3 && (AFTER_NAME.test(text.slice(next.end, next.end + 40)) || /\b(?:per|by|with|to|dr|md|rn|np)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start)));
    // "J. Remy PA": a listed name after an initial, even one the subtitles use as a word.
    if (f.fn || f.clinical || f.eponym || (f.english && !(next.lineCase === 'mixed' && (f.first || f.last)) && !personAround) || /&\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) continue;
    if (next.lineCase === 'mixed' ? !next.cap || next.allCaps : !(f.first || f.last) && !personAround) continue;
    mark(ctx, i, 'name-initial');
    if (takeRun(ctx, i + 1, 2, 'name-initial', true) === 0 && personAround) mark(ctx, i + 1, 'name-initial');
  }
  // Surname before ", Given" where the given name is known to be a name.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ctx.isName[i + 1] || ctx.isName[i]) continue;
    const gap = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    if (gap !== ', ' && gap !== ',') continue;
    const f = ctx.f[i]!;
    if (!f.fn && !f.clinical && !f.english && (f.last || tokens[i]!.cap) && ctx.f[i + 1]!.first) mark(ctx, i, 'name-comma');
  }
}

/** Words before a parenthesized staff name: "MD AWARE (HOROWITZ)", "EP (Zhou) to see pt", "Renal (Hsu)". */
const PAREN_LEADS = new Set(['nutrition', 'pharmacy', 'dietary', 'pastoral', 'chaplaincy', 'sw', 'cm', 'pt', 'ot', 'slp', 'speech', 'rt', 'aware', 'officer', 'notified', 'paged', 'updated', 'informed', 'md', 'mds', 'ho', 'np', 'rn', 'pa', 'team', 'fellow', 'resident', 'intern', 'attending', 'ep', 'cards', 'cardiology', 'renal', 'gi', 'id', 'micu', 'sicu', 'ccu', 'surgery', 'ortho', 'neuro', 'neurology', 'psych', 'pulm', 'heme', 'onc', 'derm', 'uro', 'urology', 'ent', 'ir', 'pcp', 'consult', 'service', 'svc', 'nephrology', 'oncology', 'csurg', 'vascular']);

const PERSON_ROLE_LEADS = new Set(['md', 'mds', 'ho', 'np', 'rn', 'pa', 'fellow', 'resident', 'intern', 'attending', 'officer', 'pcp', 'nurse', 'dr', 'doctor']);

/** Services and shifts a role is followed by in parentheses: "md (neurosurg) aware", "MD (NIGHTFLOAT) AWARE". */
const PAREN_SERVICES = new Set(['ascp', 'arrt', 'ancc', 'aanp', 'neurosurg', 'nsurg', 'nsgy', 'nightfloat', 'oncall', 'covering', 'float', 'moonlighter', 'hospitalist', 'consult', 'consults', 'derm', 'uro', 'urology', 'gyn', 'onc', 'heme', 'psych', 'pulm', 'cards', 'ctsurg', 'vascular', 'plastics', 'trauma', 'anesthesia', 'ent', 'optho', 'ophtho', 'medicine', 'nephro', 'endo', 'rheum', 'gen', 'surg']);

function parenthesizedRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.isName[i] || text[t.start - 1] !== '(') continue;
    // "paged MD x2 (Singh)": a count of calls may stand between a clinician's role and the parentheses.
    const counted = i >= 2 && tokens[i - 1]!.key === 'x' && PERSON_ROLE_LEADS.has(tokens[i - 2]!.key) && /^[ \t]+$/.test(text.slice(tokens[i - 2]!.end, tokens[i - 1]!.start)) && /^[ \t]?\d{1,2}[ \t]*\($/.test(text.slice(tokens[i - 1]!.end, t.start));
    const lead = counted ? i - 2 : i - 1;
    // "RT (Will) in to suction", "1:1 SITTER (CHIP)": one listed given name alone in brackets after a staff role is
    // theirs, whatever word it also spells.
    const f0 = ctx.f[i]!;
    if ((ROLE_TITLES.has(tokens[lead]!.key) || PAREN_LEADS.has(tokens[lead]!.key)) && !counted && f0.first && !f0.clinical && !f0.eponym && t.end - t.start >= 3 && text[t.end] === ')' && /^[ \t]*\($/.test(text.slice(tokens[i - 1]!.end, t.start)) && !PAREN_SERVICES.has(t.key) && (t.lineCase !== 'mixed' || t.cap)) {
      mark(ctx, i, 'name-parenthesized');
      continue;
    }
    if (!PAREN_LEADS.has(tokens[lead]!.key)) continue;
    // One or two words filling the parentheses.
    let last = i;
    if (text[t.end] !== ')' && tokens[i + 1] && adjacent(text, t, tokens[i + 1]!) && text[tokens[i + 1]!.end] === ')') last = i + 1;
    if (text[tokens[last]!.end] !== ')' || (!counted && !/^[ \t]*\($/.test(text.slice(tokens[i - 1]!.end, t.start)))) continue;
    const run = tokens.slice(i, last + 1).map((x, k) => [x, ctx.f[i + k]!] as const);
    // After a clinician's role a census surname names them even when it is a word too: "MD (STONE) AWARE".
    // Nurses write it in lower case in a mixed line too ("MD aware (smith)"): then only a surname no word spells.
    // "MD aware (Little)": a clinician's role before the word that leads the parentheses counts as well.
    const roleLead = PERSON_ROLE_LEADS.has(tokens[lead]!.key) || (i >= 2 && /^(?:aware|notified|paged|informed|updated)$/.test(tokens[i - 1]!.key) && PERSON_ROLE_LEADS.has(tokens[i - 2]!.key));
    const role = roleLead && last === i && !AFTER_TITLE_WORDS.has(t.key);
    // A rare word no list calls a name will do after a role too ("md (zhukov) aware"), unless a term's ending says otherwise.
    const rareAfterRole = (x: Token, f: TokenFacts): boolean => role && !f.common && x.end - x.start >= 4 && !MEDICAL_ENDING.test(x.key) && !AFTER_TITLE_WORDS.has(x.key);
    if (!run.every(([x, f]) => !f.fn && !f.clinical && !f.eponym && x.end - x.start >= 2 && !PAREN_LEADS.has(x.key) && !PAREN_SERVICES.has(x.key) && (f.first || f.last || !/(?:ology|ologist|iatry|iatrics)$/.test(x.key)) && (!f.english || (f.last && !f.common) || (role && f.commonLast) || rareAfterRole(x, f)) && (x.cap || x.lineCase !== 'mixed' || (f.last && !f.english && !f.common)))) continue;
    for (let k = i; k <= last; k++) mark(ctx, k, 'name-parenthesized');
  }
}

/** Words that name a shift, a unit or a kind of clinician before a credential, not a person ("per night float RN"). */
const NOT_BEFORE_CREDENTIAL = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'your', 'my', 'our', 'this', 'that', 'night', 'nights', 'day', 'days', 'evening', 'float', 'charge', 'covering', 'primary', 'oncoming', 'incoming', 'outgoing', 'relief', 'resource', 'staff', 'senior', 'junior', 'new', 'travel', 'agency', 'floor', 'unit', 'team', 'service', 'tele', 'icu', 'micu', 'sicu', 'ccu', 'csru', 'ed', 'er', 'or', 'pacu', 'rehab', 'home', 'hospice', 'vna', 'case', 'wound', 'ostomy', 'iv', 'pain', 'psych', 'renal', 'cards', 'ortho', 'neuro', 'surgical', 'medical', 'admitting', 'consulting', 'receiving', 'sending', 'bedside', 'assigned', 'other', 'previous', 'prior', 'same', 'attending', 'on', 'call', 'and', 'to', 'with', 'by', 'per']);
/** A cue that a clinician's name follows: "per", "spoke with", "report given to", "paged", "d/w". */
const CONTACT_CUES = new Set(['per', 'with', 'to', 'by', 'paged', 'called', 'notified', 'informed', 'updated', 'w']);

/** "PER YOUNG CASADEI NP", "spoke with amy strong rn", "report given to hunter snow rn": two words between a contact
 * cue and a credential are the clinician's given name and surname when either is found or listed, whatever else
 * they spell. */
function nameBeforeCredentialRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if ((ctx.isName[i] && ctx.isName[i + 1]) || !adjacent(text, a, b)) continue;
    // "...COAGS. WHITE STRONG RN" at a line's end: a signature after a sentence, two listed names whatever else they spell.
    const signed = /(?:[.!?][ \t]+|\n[ \t]*)$/.test(text.slice(Math.max(0, a.start - 3), a.start)) && /^[ \t]*,?[ \t]*\S+[ \t]*(?:\n|$)/.test(text.slice(b.end, b.end + 16));
    if (!signed && (!CONTACT_CUES.has(tokens[i - 1]!.key) || !adjacent(text, tokens[i - 1]!, a))) continue;
    if (!CREDENTIALS.test(text.slice(b.end, b.end + 16))) continue;
    const fa = ctx.f[i]!;
    const fb = ctx.f[i + 1]!;
    const plain = (x: Token, f: TokenFacts) => !f.fn && !f.clinical && !f.eponym && x.end - x.start >= 2 && !NOT_BEFORE_CREDENTIAL.has(x.key) && !ROLE_TITLES.has(x.key) && !KIN.has(x.key) && !RELATIONS.has(x.key);
    // "needed. Olson Till, RN", "testing by Broderick Will, PhD": a signature's or a cued name's surname may be a function
    // word after a listed name, both capitalized.
    const fnSurname = fb.fn && a.lineCase === 'mixed' && a.cap && b.cap && !a.allCaps && !b.allCaps && (fa.first || fa.last) && plain(b, { ...fb, fn: false });
    if (!plain(a, fa) || (!plain(b, fb) && !fnSurname)) continue;
    // On a mixed line both words in the same case: "with Amy Strong RN", "with amy strong rn", not "with Amy strong RN".
    if (a.lineCase === 'mixed' && a.cap !== b.cap) continue;
    const evidence = ctx.isName[i] || ctx.isName[i + 1] || fa.first || (fb.last && !fb.common) || (!fb.english && b.end - b.start >= 3) || (signed && (fa.first || fa.last) && (fb.first || fb.last));
    if (!evidence) continue;
    mark(ctx, i, 'name-credential');
    mark(ctx, i + 1, 'name-credential');
  }
}

/** Greetings and thanks said to someone: the listed given name right after one is theirs, whatever else it spells
 * ("hi , roger .", "hey jean how're you", "thanks gabriel", "nice to see you jack"). */
const GREETING_BEFORE = /\b(?:hi|hey|hello|thanks|thank\s+you|bye|goodbye|welcome|morning|afternoon|evening|see\s+you|meet\s+you|sorry)(?:\s+there)?\s*,?\s*$/i;
/** Where a name said to someone ends: punctuation, or the next words of what is said to them. */
const VOCATIVE_AFTER = /^(?:\s*[,.!?;]|\s*$|\s+(?:how|how's|how're|nice|good|great|i|i'm|it's|its|thanks|thank|so|please|come|have|what|this|my|we|welcome|tell|let's)\b)/i;
/** Where the same name is said again: set off by commas, or opening what is said. */
const VOCATIVE_AGAIN_BEFORE = /(?:^|[,.!?]\s*|\b(?:so|okay|ok|alright|and|well|now)\s+)$/i;

function vocativeRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  const said = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (!f.first || f.fn || f.clinical || f.eponym || t.end - t.start < 3 || TITLES.has(t.key) || ROLE_TITLES.has(t.key) || (t.lineCase === 'mixed' && !t.cap)) continue;
    if (!GREETING_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) || !VOCATIVE_AFTER.test(text.slice(t.end, t.end + 12))) continue;
    if (!ctx.isName[i]) mark(ctx, i, 'name-vocative');
    said.add(t.key);
  }
  if (said.size === 0) return;
  // "so , roger , i heard", "so mark tell me", "roger is a 62 year old male": the name said again.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.isName[i] || !said.has(t.key)) continue;
    const before = text.slice(Math.max(0, t.start - 12), t.start);
    const after = text.slice(t.end, t.end + 28);
    if ((VOCATIVE_AGAIN_BEFORE.test(before) && (VOCATIVE_AFTER.test(after) || /^\s+(?:have|do|does|did|can|could|would|will|tell|let)\b/i.test(after))) || /^\s+is\s+an?\s+\d{1,3}[-\s]*(?:year|yo\b|y\/o)/i.test(after)) mark(ctx, i, 'name-vocative');
  }
}

/** Extends found names by one adjacent unknown word on each side ("Marcela Carlson", "Nancy Jones"). */
/** A record's field labels, which follow a name in a header ("CARPENTER, CHASE   DOB ..."), never part of it. */

function extendRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!ctx.isName[i]) continue;
    // "Miki C Kristiansen", "Miki C. Kristiansen": a listed given name before a middle initial and a surname found.
    if (i >= 2 && !ctx.isName[i - 1] && !ctx.isName[i - 2] && tokens[i - 1]!.end - tokens[i - 1]!.start === 1 && tokens[i - 1]!.cap && adjacent(text, tokens[i - 2]!, tokens[i - 1]!) && adjacent(text, tokens[i - 1]!, tokens[i]!)) {
      const g = tokens[i - 2]!;
      const gf = ctx.f[i - 2]!;
      if (gf.first && !gf.fn && !gf.clinical && !gf.common && g.end - g.start >= 2 && (g.lineCase === 'mixed' ? g.cap && !g.allCaps : !gf.english)) {
        mark(ctx, i - 2, 'name-extend');
        mark(ctx, i - 1, 'name-extend');
      }
    }
    // "Tosh Olsen lives at", "my partner's name Elvin Magnusson": a capitalized rare word right before a surname found
    // is its given name (a title, role or everyday word before a surname is not; a rare English word, such as a
    // device's "Vista", must be a listed name too).
    const prev = tokens[i - 1];
    if (prev && !ctx.isName[i - 1] && /^[ \t]{1,2}$/.test(text.slice(prev.end, tokens[i]!.start)) && tokens[i]!.lineCase === 'mixed' && prev.lineCase === 'mixed' && prev.cap && !prev.allCaps && tokens[i]!.cap && !tokens[i]!.allCaps && prev.end - prev.start >= 3) {
      const pf = ctx.f[i - 1]!;
      if (!pf.common && !prev.key.includes('-') && (!pf.english || pf.last || pf.first) && !pf.fn && !pf.clinical && !pf.eponym && !TITLES.has(prev.key) && !ROLE_TITLES.has(prev.key) && !KIN.has(prev.key) && !RELATIONS.has(prev.key) && !MEDICAL_ENDING.test(prev.key) && !eponymContext(ctx, i)) mark(ctx, i - 1, 'name-extend');
    }
    // "Emergency contact: Will Gutmann", "-- will brakus, pa-c", "dr. will bogucki": a given name that is also a function
    // word, right before a surname found, where a name starts (a label, a title, a signature's dash, a line's start).
    if (prev && !ctx.isName[i - 1] && ctx.f[i - 1]!.fn && ctx.f[i - 1]!.first && prev.end - prev.start >= 3 && /^[ \t]{1,2}$/.test(text.slice(prev.end, tokens[i]!.start)) && (prev.lineCase === 'mixed' ? prev.cap && !prev.allCaps && tokens[i]!.cap : true) && /(?:^|\n|[:(]|--|\b(?:dr|dear|from|attn|by)\.?)[ \t]*$/i.test(text.slice(Math.max(0, prev.start - 8), prev.start))) mark(ctx, i - 1, 'name-extend');
    const next = tokens[i + 1];
    // "Bibiana Love Kania (son)": a capitalized word between two words of a name found is its middle name.
    if (next && !ctx.isName[i + 1] && ctx.isName[i + 2] && adjacent(text, tokens[i]!, next) && adjacent(text, next, tokens[i + 2]!) && next.cap && next.end - next.start >= 2 && (next.lineCase !== 'mixed' || !next.allCaps) && !ctx.f[i + 1]!.fn && !ctx.f[i + 1]!.clinical && !TITLES.has(next.key) && !ROLE_TITLES.has(next.key) && !KIN.has(next.key) && !RELATIONS.has(next.key)) {
      mark(ctx, i + 1, 'name-extend');
      continue;
    }
    if (next && !ctx.isName[i + 1] && adjacent(text, tokens[i]!, next)) {
      const f = ctx.f[i + 1]!;
      // A middle initial: "JAMES T. O'CONNOR".
      const after = tokens[i + 2];
      if (next.end - next.start === 1 && /\p{Lu}/u.test(text[next.start]!) && text[next.end] === '.' && after && adjacent(text, next, after) && ctx.f[i]!.first && plausibleWithContext(ctx, i + 2, true)) {
        mark(ctx, i + 1, 'name-extend');
        mark(ctx, i + 2, 'name-extend');
        continue;
      }
      // "Jildau S Bouts", "hyuuma t. maida", "benjamin a seiler": a middle initial without its period, or in
      // lower case, between a name and a surname-shaped word (capitalized on a mixed line, a listed
      // surname no word spells in one-case text).
      if (next.end - next.start === 1 && after && adjacent(text, next, after) && /^[\p{L}]$/u.test(text[next.start]!) && !/^\s*[:=]/.test(text.slice(after.end, after.end + 3)) && (ctx.isName[i + 2] ? ctx.text[next.end] === '.' || next.cap : middleInitialBetween(ctx, i, i + 2))) {
        mark(ctx, i + 1, 'name-extend');
        mark(ctx, i + 2, 'name-extend');
        continue;
      }
      // "reviewed with Smith J.": a listed surname's trailing initial, closed by its period where the phrase ends.
      if (next.end - next.start === 1 && next.cap && ctx.f[i]!.last && tokens[i]!.cap && /^\.(?:[ \t]*(?:\r?\n|$)|[ \t]*[,;)]|[ \t]+and\b)/.test(text.slice(next.end, next.end + 6)) && tokens[i]!.lineCase === 'mixed' && !letterTerm(ctx, i + 1)) {
        mark(ctx, i + 1, 'name-extend');
        continue;
      }
      const afterGiven = ctx.f[i]!.first && next.end - next.start >= 3;
      // "Bill Long  MRN: 123": a field's label after a name is no part of it.
      // A contraction ("how're", "you'll") is said after a name, never part of it.
      const ok = !f.fn && !f.clinical && !f.eponym && !f.english && !RECORD_FIELD_WORDS.has(next.key) && next.end - next.start > 1 && !/['’](?:re|ve|ll|d|m|t|s)$/.test(next.key) && !/^\s*[:=]/.test(text.slice(next.end, next.end + 3)) && (next.lineCase === 'mixed' ? next.cap : f.last || f.first || afterGiven) && !eponymContext(ctx, i + 1);
      // "consult with hunter snow re skin care", "PAGED TOM WHITE RE K": a listed surname that is also a word, after a
      // given name found, in the same case, where a name's phrase ends (before "re", a role, a verb of being told).
      // After a rare word that is no listed given name ("laureano bell re"), only before "re", a role or a verb of being told.
      const rareBefore = !ctx.f[i]!.first && !ctx.f[i]!.english && tokens[i]!.end - tokens[i]!.start >= 4 && /^\s+(?:re|regarding|aware|notified|informed|updated|rn|md|np|pa|ho)\b/i.test(text.slice(next.end, next.end + 12));
      const surnameWord = !ok && (ctx.f[i]!.first || rareBefore) && f.last && f.english && !f.fn && !f.clinical && !f.eponym && next.end - next.start >= 3 && next.cap === tokens[i]!.cap && next.allCaps === tokens[i]!.allCaps && /^(?:\s*[,;)]|\s*\.(?:\s|$)|\s+(?:re|regarding|aware|notified|informed|updated|rn|md|np|pa|ho|who|will|is|was|called|phoned|visited|came|stated|states|said)\b)/i.test(text.slice(next.end, next.end + 12)) && !eponymContext(ctx, i + 1);
      if (ok || surnameWord) mark(ctx, i + 1, 'name-extend');
    }
  }
}

/** Words a single letter makes a clinical term of: "A fib", "V tach", "T wave", "A line", "Q waves". */
const LETTER_TERMS = /^(?:fib|flutter|tach|paced|pacing|line|lines|wave|waves|lead|leads|segment|cell|cells|score|positive|negative|neg|pos|type|grade|stage|sided|shaped|scan|ray|rays)$/;

/** "V tach", "T wave": the single letter at i starts a clinical term. */
function letterTerm(ctx: Ctx, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return !!next && /^[\s-]$/.test(ctx.text.slice(ctx.tokens[i]!.end, next.start)) && LETTER_TERMS.test(next.key);
}

/** Is token `k` the surname after a name at `i` and the single letter between them a middle initial? */
function middleInitialBetween(ctx: Ctx, i: number, k: number): boolean {
  const initial = ctx.tokens[i + 1]!;
  const t = ctx.tokens[k]!;
  const f = ctx.f[k]!;
  if (f.fn || f.clinical || f.eponym || eponymContext(ctx, k) || t.end - t.start < 2 || LETTER_TERMS.test(t.key)) return false;
  const dotted = ctx.text[initial.end] === '.';
  if (t.lineCase === 'mixed') return initial.cap && t.cap && !t.allCaps && (!f.common || f.last) && ctx.tokens[i]!.cap && (dotted || /^\s+$/.test(ctx.text.slice(initial.end, t.start)));
  // One case: the letter "a" and "i" are words, so only a listed surname no word spells follows them.
  return ctx.f[i]!.first && f.last && !f.english && !f.common && (dotted || !/^[ai]$/i.test(initial.key) || f.commonLast);
}

const MEDICAL_ENDING = /(?:al|ion|ions|osis|itis|ine|ines|ectomy|otomy|ostomy|emia|pathy|ology|ogram|graphy|ic|ics|ary|ous|ive|ent|ance|ence|ure|ment|ity|ism|ase|ide|cin|mab|nib|pril|olol|sartan|statin|azole|mycin|cillin|uria|algia|plasty|scopy|gram|oma|ema|ates|ing|ed|ly|tion|sis)$/;

const DRUG_ENDING = /(?:am|ate|ol|in|ine|one|ide|il|ex|ix|an|ax|ox|ra|zole|pine|pam|lam|done|mide|cin|vir|mab|nib|stat|tide|sone|lone|tan|pril|lol|dil)$/;

/** Mixed-case text: "Pt Zebediah Quillfeather seen", "patient Okonkwo": capitalized words no list knows. */
function capitalizedRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  const unknownCap = (i: number) => {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    const word = text.slice(t.start, t.end);
    if (t.lineCase !== 'mixed' || !t.cap || t.allCaps || t.end - t.start < 3 || f.english || f.fn || f.clinical || f.eponym || RELATIONS.has(t.key) || ROLE_TITLES.has(t.key) || /['’-]|[A-Z]{2}/.test(word.slice(1))) return false;
    // Unlisted capitalized words with medical endings are terms, not names ("Pleural Effusion").
    if (!f.first && !f.last && MEDICAL_ENDING.test(t.key)) return false;
    return !eponymContext(ctx, i) && !ctx.lists.states.has(t.key);
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!unknownCap(i) || !unknownCap(i + 1) || !adjacent(text, tokens[i]!, tokens[i + 1]!)) continue;
    mark(ctx, i, 'name-capitalized');
    mark(ctx, i + 1, 'name-capitalized');
  }
  // "Thank you for referring Kofi to our clinic", "for seeing Mark Li for evaluation": the person referred.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!/^(?:referring|referred|refer|seeing)$/.test(tokens[i]!.key)) continue;
    if (tokens[i + 1]!.lineCase !== 'mixed') {
      referredOneCase(ctx, i);
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && adjacent(text, tokens[j - 1]!, tokens[j]!) && tokens[j]!.cap && !tokens[j]!.allCaps && !ctx.f[j]!.fn && !ctx.f[j]!.clinical && !ctx.f[j]!.eponym && (ctx.f[j]!.first || ctx.f[j]!.last || !MEDICAL_ENDING.test(tokens[j]!.key))) j++;
    if (j === i + 1 || !/^\s+(?:to\s+(?:our|my|the|us|me|this|your)\b|for\s+(?:evaluation|consultation|consult|assessment|follow-?up|management|further|a\b|an\b))/i.test(text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 24))) continue;
    const f1 = ctx.f[i + 1]!;
    if (f1.common && !f1.first) continue;
    for (let k = i + 1; k < j; k++) mark(ctx, k, 'name-cue');
  }
  // "Reviewed Evar Demir's labs", "c/o Dmitri Oyelaran": two capitalized words mid-sentence, neither an everyday,
  // clinical or function word, at least one no word at all (the other a rare one).
  for (let i = 1; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    // Without the possessive only after "c/o" (care of: "c/o Dmitri Oyelaran"; as "complains of" a symptom follows).
    if (a.lineCase !== 'mixed' || !a.cap || a.allCaps || a.initial || !b.cap || b.allCaps || ctx.isName[i] || ctx.isName[i + 1] || !adjacent(text, a, b) || !/^ $/.test(text.slice(a.end, b.start))) continue;
    if (!/^['’]s\b/.test(text.slice(b.end, b.end + 3)) && !/\bc\/o\s+$/i.test(text.slice(Math.max(0, a.start - 5), a.start))) continue;
    const fa = ctx.f[i]!;
    const fb = ctx.f[i + 1]!;
    if ([fa, fb].some((x) => x.fn || x.clinical || x.eponym || x.common) || (fa.english && fb.english) || a.end - a.start < 2 || b.end - b.start < 3 || ctx.lists.states.has(b.key) || ctx.lists.cities.has(b.key)) continue;
    mark(ctx, i, 'name-capitalized');
    mark(ctx, i + 1, 'name-capitalized');
  }
  // "Ravil G Yefimov", "Hanne I. Kreutzmann": capitalized word, capital initial, capitalized word.
  for (let i = 0; i + 2 < tokens.length; i++) {
    const a = tokens[i]!;
    const m = tokens[i + 1]!;
    const b = tokens[i + 2]!;
    if (a.lineCase !== 'mixed' || !a.cap || a.allCaps || m.end - m.start !== 1 || !/\p{Lu}/u.test(text[m.start]!) || !b.cap || b.allCaps) continue;
    if (!adjacent(text, a, m) || !adjacent(text, m, b) || !/^\s$/.test(text.slice(a.end, m.start)) || letterTerm(ctx, i + 1)) continue;
    const fa = ctx.f[i]!;
    const fb = ctx.f[i + 2]!;
    if (fa.fn || fa.clinical || fb.fn || fb.clinical || fa.eponym || (fa.english && !fa.first) || (fb.english && !fb.last)) continue;
    mark(ctx, i, 'name-capitalized');
    mark(ctx, i + 1, 'name-capitalized');
    mark(ctx, i + 2, 'name-capitalized');
  }
  // A capitalized word spelled with letters English words never use ("Šušulić", "Ryhänen") and known to no list.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    // The word lists hold letters without their marks: "Phương" meets "phuong", a rare word of the Wikipedia list
    // only because Vietnamese names are written there. An everyday word ("Café") is still a word.
    if (ctx.isName[i] || !t.cap || t.lineCase !== 'mixed' || f.common || f.fn || f.clinical || f.eponym || ctx.lists.cities.has(t.key)) continue;
    const word = text.slice(t.start, t.end);
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(word) || !/^\p{Script=Latin}+(?:['’-]\p{Script=Latin}+)*$/u.test(word) || eponymContext(ctx, i)) continue;
    if ((f.english && !MARKED_LATIN.test(word)) || (t.key.includes('-') && t.key.split('-').some((part) => ctx.lists.eponyms.has(part)))) continue;
    mark(ctx, i, 'name-foreign-letters');
  }
  // Double-barrelled names: "Vasquez-Tremblay", "NGUYEN-OKAFOR"; every part a name no list calls a word
  // or clinical, one of them listed ("Jackson-Pratt drain" and "Guillain-Barre" fail on the eponym).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.isName[i] || !t.key.includes('-') || t.key.includes('-in-law') || eponymContext(ctx, i)) continue;
    const word = text.slice(t.start, t.end);
    const parts = t.key.split('-');
    if (parts.length > 3 || !word.split('-').every((p) => /^\p{Lu}/u.test(p)) || (t.lineCase === 'mixed' && t.allCaps)) continue;
    const pf = parts.map((p) => facts(ctx.lists, p));
    if (pf.some((x, k) => x.fn || x.clinical || x.eponym || (x.english && !(x.last && !x.common)) || parts[k]!.length < 2)) continue;
    if (!pf.some((x) => x.first || x.last)) continue;
    // Operative notes are full of hyphenated eponyms ("a Heinecke-Mikulicz advancement", "Hawkins-Kennedy and
    // Neer's test"): a person's name ends a phrase or does something, and follows no article.
    const after = text.slice(t.end, t.end + 24);
    const prev = tokens[i - 1];
    const endsAt = (s: string) => /^(?:['’]s)?\s*(?:[,;:)]|\.(?:\s|$)|$)/.test(s) || PERSON_VERB_AFTER.test(s) || AFTER_NAME.test(s) || /^\s+(?:from|of|with|for|re|to)\b/i.test(s);
    // "Abdul-Rahman Al-Sayed was admitted": or a second capitalized word of the name ends it, a listed surname or one
    // with an Arabic article ("Al-", "El-").
    const next = tokens[i + 1];
    const nf = next ? ctx.f[i + 1]! : null;
    const second = !!next && !!nf && t.lineCase === 'mixed' && adjacent(text, t, next) && next.cap && !next.allCaps && !nf.fn && !nf.clinical && !nf.eponym && (/^(?:al|el|ul|bin|ibn|abu|ben|bint)-\p{L}{3,}$/u.test(next.key) || (nf.last && !nf.english)) && endsAt(text.slice(next.end, next.end + 24));
    if (!(endsAt(after) || second) || (prev && /^(?:a|an|the|positive|negative|modified|classic|standard|using|utilizing|blade|ortho)$/.test(prev.key))) continue;
    mark(ctx, i, 'name-hyphenated');
    if (second && !endsAt(after)) mark(ctx, i + 1, 'name-hyphenated');
  }
  // Initials standing for the patient: "Pt JS is a 45 yo", "Mr. R.T., a 70 year old".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const k = tokens[i]!.key;
    const t1 = tokens[i + 1]!;
    if (!/^(?:pt|patient|mr|mrs|ms|miss)$/.test(k) || ctx.f[i + 1]!.clinical || ctx.f[i + 1]!.fn) continue;
    const m = /^[ \t.]{1,3}((?:[A-Z]\.?){2,3})(?=,?\s+(?:is|was)\s+an?\s|,\s+an?\s|\s+\(?\d{1,3}\s*(?:yo|y\/o|y\.o\.|year|M\b|F\b))/.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 14));
    if (!m || t1.start !== tokens[i]!.end + m[0].length - m[1]!.length) continue;
    for (let k2 = i + 1; k2 < tokens.length && tokens[k2]!.start < t1.start + m[1]!.length; k2++) mark(ctx, k2, 'name-initials');
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const k = tokens[i]!.key;
    const f1 = ctx.f[i + 1]!;
    // Drugs follow "patient" too ("patient Ultram"): an unlisted word must not look like one.
    if ((k === 'pt' || k === 'patient') && unknownCap(i + 1) && adjacent(text, tokens[i]!, tokens[i + 1]!) && (f1.first || f1.last || !DRUG_ENDING.test(tokens[i + 1]!.key))) mark(ctx, i + 1, 'name-patient');
  }
}

/** Verbs that follow a staff name in nursing notes: "MAROTTA AWARE", "Smith notified", "Jones in to see pt". */
/** What a clinician named after their role does next, in one-case text: "rd aderonke recs nepro". */
const ROLE_VERB = /^(?:recs|rec|recommends|recommended|aware|notified|paged|informed|updated|called|evaluated|examined|following|f\/u|to|will|who|at|in|saw|seen|consulted|agrees|placed|ordered|approved|verified|reviewed|states|stated|said|says|reports|reported|re)$/;

const AFTER_NAME = /^\s*(?:(?:was|is|has\s+been|made)\s+)?(?:aware|notified|paged|informed|updated|called|came|examined|evaluated|ordered|wants|recommends|feels|in\s+to\s+see|at\s+bedside|here|present)\b|^\s+(?:is|was)\s+an?\s+\d{1,3}[-\s]*(?:yo\b|y\/o|y\.o\.|years?\b|yrs?\b|year-old|month)|^\s+family\s+(?:in|at|here|present|visit\w*|updated|called|aware|meeting)\b/i;
/** A relation named after the name: "Mary (daughter)", "Bill - son", "John, his brother,"; a helper's role in brackets: "Autumn (driver)". */
const RELATION_AFTER = /^\s*[(,-]\s*(?:the\s+)?(?:pt'?s\s+|his\s+|her\s+|patient'?s\s+)?(wife|husband|spouse|son|daughter|dtr|sister|brother|mother|father|niece|nephew|cousin|aunt|uncle|grandson|granddaughter|friend|partner|proxy|hcp|guardian|neighbor|significant\s+other)\b|^\s*\(\s*(?:driver|aide|caregiver|sitter|chaplain|volunteer|coach|teacher|pca|hha|courier|escort|rep|representative|agent|adjuster|collector|reviewer)\s*\)|^\s+(?:is|was|will\s+be|remains)\s+(?:the\s+|pt's\s+|his\s+|her\s+)?(?:family\s+contact|contact\s+person|spokesperson|hcp|health\s*care\s+proxy|proxy|primary\s+contact|emergency\s+contact|next\s+of\s+kin|guardian|poa)\b/i;

const TRAILING_LEADS = new Set(['family', 'was', 'is', 'has', 'made', 'aware', 'notified', 'paged', 'informed', 'updated', 'called', 'came', 'examined', 'evaluated', 'ordered', 'wants', 'recommends', 'feels', 'in', 'at', 'here', 'present', 'pt', "pt's", 'his', 'her', 'the', "patient's", 'wife', 'husband', 'spouse', 'son', 'daughter', 'dtr', 'sister', 'brother', 'mother', 'father', 'niece', 'nephew', 'cousin', 'aunt', 'uncle', 'grandson', 'granddaughter', 'friend', 'partner', 'proxy', 'hcp', 'guardian', 'neighbor', 'significant', 'driver', 'aide', 'caregiver', 'sitter', 'chaplain', 'volunteer', 'coach', 'teacher', 'pca', 'hha', 'courier', 'escort']);

function trailingCueRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.isName[i]) continue;
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    // A capitalized mid-sentence word that is no everyday word may be a name too ("Saeed aware").
    const rareCap = t.lineCase === 'mixed' && t.cap && !t.allCaps && !t.initial && !f.common;
    // "Rose, pt's wife, ...": a listed given name before a relation, even when it is also a word.
    const givenBeforeRelation = f.first && (t.cap || t.lineCase !== 'mixed') && RELATION_AFTER.test(text.slice(t.end, t.end + 40));
    if (f.fn || f.clinical || f.eponym || RELATIONS.has(t.key) || (f.english && !rareCap && !givenBeforeRelation) || t.end - t.start < 3 || /['’-]/.test(text.slice(t.start, t.end))) continue;
    if (!f.first && !f.last && MEDICAL_ENDING.test(t.key)) continue; // "Echocardiogram was ..."
    const next = tokens[i + 1];
    if (!next || !TRAILING_LEADS.has(next.key)) continue;
    const after = text.slice(t.end, t.end + 40);
    const relation = RELATION_AFTER.test(after);
    if (!relation && !AFTER_NAME.test(after)) continue;
    // Capitals mean something only on mixed-case lines; elsewhere the word must be a listed name, or no word at all
    // right before a parenthesized relation ("ABIONA (WIFE) UPDATED").
    const parenRelation = relation && /^\s*(?:\(|,\s*(?:the\s+)?(?:pt'?s|patient'?s)\s)/i.test(after) && !f.english && !UNIT_WORDS.has(t.key) && t.end - t.start >= 4;
    const ok = t.lineCase === 'mixed' ? t.cap && !t.allCaps : f.first || f.last || parenRelation;
    if (!ok) continue;
    mark(ctx, i, relation ? 'name-relation-after' : 'name-verb-after');
    // A given name just before: "Mary Smith aware".
    const prev = tokens[i - 1];
    if (prev && adjacent(text, prev, t) && plausibleWithContext(ctx, i - 1, false) && (ctx.f[i - 1]!.first || (prev.lineCase === 'mixed' && prev.cap && !ctx.f[i - 1]!.english))) mark(ctx, i - 1, 'name-verb-after');
  }
}

/** Phrases said only of people, ending where a name goes: "received report from", "message left for", "meeting with". */
const PERSON_PHRASE = /\b(?:report\s+(?:given\s+|was\s+given\s+)?(?:from|to)|(?:message|msg|vm|voicemail|voice\s+mail)\s+(?:left\s+)?(?:for|with)|left\s+(?:a\s+)?(?:message|msg|vm|voicemail)\s+(?:for|with)|meeting\s+with|hand-?off\s+(?:to|from)|handed\s+off\s+to|sign(?:ed)?\s+out\s+to|d\/w)\s+$/i;

/** "RECEIVED REPORT FROM OKAFOR", "message left for lindqvist": a listed surname or a word no list knows. */
/** A department after a word says the word is a person there: "talked with tromp from case management". */
const FROM_DEPARTMENT = /^\s+(?:from|of|in|w\/)\s+(?:the\s+)?(?:case\s+management|cm|social\s+work|sw|pt|ot|physical\s+therapy|occupational\s+therapy|speech|nutrition|pharmacy|admitting|hospice|palliative(?:\s+care)?|pastoral\s+care|chaplaincy|interpreter\s+services|ep|cardiology|renal|nephrology|neurology|surgery|ortho|rehab|vna|elder\s+services|patient\s+relations)\b/i;
/** "Astride from Streich Memorial called re: bed": someone from a facility who called about the patient. */
const FROM_FACILITY_CALLED = /^\s+from\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){1,3}(?:hospital|hosp|memorial|regional|general|rehab|nursing\s+home|medical\s+cent(?:er|re)|snf|vna|hospice|manor|healthcare)\s+(?:called|calls|phoned|re\b|regarding|about|to\s+(?:screen|evaluate|assess))/iu;
/** More departments someone comes "from" (only after "from": "induction of anesthesia" is no one's). */
const FROM_MORE_DEPARTMENTS = /^\s+from\s+(?:the\s+)?(?:anesthesia|anaesthesia|radiology|ir|id|infectious\s+disease|gi|pulm(?:onary)?|cards|psych(?:iatry)?|wound\s+care|ostomy|oncology|heme\/onc|transplant|ent|urology|ophthalmology|dermatology|endocrine|respiratory|rt|slp)\b/i;

function personPhraseRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (ctx.isName[i] || f.fn || f.clinical || f.eponym || RELATIONS.has(t.key) || ROLE_TITLES.has(t.key) || TITLES.has(t.key) || NOT_SURNAME.has(t.key) || t.end - t.start < 3) continue;
    const lead = tokens[i - 1]!.key;
    if (lead !== 'per' && (!/^(?:with|to|by)$/.test(lead) || i < 2 || !PEOPLE_VERBS.has(tokens[i - 2]!.key))) continue;
    if (f.common && !f.last && !f.first) continue;
    if (FROM_DEPARTMENT.test(text.slice(t.end, t.end + 40))) mark(ctx, i, 'name-cue');
  }
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!.key;
    if (!/^(?:from|to|for|with|w)$/.test(prev) || ctx.isName[i]) continue;
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || f.eponym || f.common || RELATIONS.has(t.key) || ROLE_TITLES.has(t.key) || TITLES.has(t.key) || NOT_SURNAME.has(t.key) || t.end - t.start < 4 || MEDICAL_ENDING.test(t.key)) continue;
    // "d/w PATEL", "report to lindqvist" on a mixed line: a listed name that is no word, in any case.
    const listed = (f.first || f.last) && !f.english;
    if (t.lineCase === 'mixed' ? (!listed && (!t.cap || t.allCaps)) || t.initial : f.english && !f.last && !f.first) continue;
    if (!PERSON_PHRASE.test(text.slice(Math.max(0, t.start - 40), t.start))) continue;
    takeRun(ctx, i, 2, 'name-cue', true);
  }
}

/** Words before a name in capitals: "HOUSE STAFF", "PER", "SPOKE WITH", "DR". */
const UPPER_LEADS = new Set(['staff', 'per', 'with', 'by', 'dr', 'md', 'rn', 'np', 'pa', 'ho', 'called', 'paged', 'notified', 'informed', 'updated', 'told', 'resident', 'intern', 'fellow', 'attending', 'team']);

/** Between capitals a name typed in lower case stands out: "HOUSE STAFF sommer fantini AWARE", "PER rixford". */
function lowerInUpperRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  const candidate = (k: number) => {
    const t = tokens[k]!;
    const f = ctx.f[k]!;
    return t.lineCase !== 'lower' && !t.cap && t.end - t.start >= 4 && /^\p{Ll}+$/u.test(text.slice(t.start, t.end)) && !f.fn && !f.clinical && !f.eponym && (!f.english || ((f.first || f.last) && !f.common)) && (f.first || f.last || !MEDICAL_ENDING.test(t.key));
  };
  // "SW meg", "DTRS peggy & noreen": a listed given name of three letters will do right after a role or a relation.
  const short = (k: number) => {
    const t = tokens[k]!;
    const f = ctx.f[k]!;
    return t.lineCase !== 'lower' && t.end - t.start === 3 && /^\p{Ll}+$/u.test(text.slice(t.start, t.end)) && f.first && (!f.english || f.nameFirst) && !f.fn && !f.clinical && !f.eponym;
  };
  for (let i = 1; i < tokens.length; i++) {
    const lead = tokens[i - 1]!;
    const roleLed = lead.allCaps && (ROLE_TITLES.has(lead.key) || KIN.has(lead.key) || /^(?:dtrs|daus|sons|sisters|brothers|sibs|siblings|parents|grandchildren|granddaughters|grandsons)$/.test(lead.key)) && adjacent(text, lead, tokens[i]!);
    if (ctx.isName[i] || !(candidate(i) || (roleLed && short(i)))) continue;
    // The run: this word and at most one more lower-case word next to it.
    let end = i;
    if (end + 1 < tokens.length && adjacent(text, tokens[end]!, tokens[end + 1]!) && candidate(end + 1)) end++;
    // "DTRS peggy & noreen": a second name joined to the first after a relation.
    if (roleLed && end + 1 < tokens.length && /^[ \t]*(?:&|and)[ \t]*$/i.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start)) && (candidate(end + 1) || short(end + 1))) end++;
    // Capitals on both sides, and a person cue on one of them.
    const follow = tokens[end + 1];
    if (!lead.allCaps || !follow?.allCaps) continue;
    const led = (UPPER_LEADS.has(lead.key) && adjacent(text, lead, tokens[i]!)) || roleLed;
    const trailed = AFTER_NAME.test(text.slice(tokens[end]!.end, tokens[end]!.end + 40));
    if (!led && !trailed) continue;
    for (let k = i; k <= end; k++) mark(ctx, k, 'name-case-contrast');
    i = end;
  }
}

/** A line that is only a name, as in a signature: "Mary Hulse", "J. Smith", "ANITA MORRIS". */
function signatureRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  let i = 0;
  while (i < tokens.length) {
    const lineStart = text.lastIndexOf('\n', tokens[i]!.start - 1) + 1;
    let lineEnd = text.indexOf('\n', tokens[i]!.start);
    if (lineEnd < 0) lineEnd = text.length;
    let j = i;
    while (j < tokens.length && tokens[j]!.start < lineEnd) j++;
    const line = text.slice(lineStart, lineEnd);
    const count = j - i;
    if (count >= 2 && count <= 3 && /^[\s\-–—]*[\p{L}][\p{L}\s.'’-]*[\p{L}.]\s*$/u.test(line)) {
      const run = tokens.slice(i, j);
      const facts = ctx.f.slice(i, j);
      const capitalized = run.every((t) => t.cap || t.lineCase !== 'mixed');
      const noWords = facts.every((f, k) => !f.fn && !f.clinical && !f.eponym && (!f.english || f.first || run[k]!.end - run[k]!.start === 1));
      const named = facts.some((f) => f.first || (f.last && !f.english));
      if (capitalized && noWords && named) for (let k = i; k < j; k++) mark(ctx, k, 'name-signature');
    }
    i = j;
  }
}

/** Credentials that close a signature at the end of a line: "Bruni Marek RN", "KING MULDER RN". */
const SIGNATURE_END = /^[ \t,]*(?:RN(?:,\s*|\s*\/\s*)BSN|RN|R\.N\.|MD|M\.D\.|NP|N\.P\.|PA-C|RRT|LPN|CNA|SN|BSN|MSN|APRN|CRNA)\.?[ \t]*(?:\r?\n|$)/;

/** Signatures: names before a credential closing a line, or one unknown surname closing the note ("... 1400U/HR. MASCIANDARO"). */
function lineEndSignatureRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const after = text.slice(t.end, t.end + 16);
    if (SIGNATURE_END.test(after)) {
      // Walk back over up to three capitalized words on the line, stopping at a sentence end.
      const run: number[] = [];
      for (let k = i; k >= 0 && run.length < 3; k--) {
        const tk = tokens[k]!;
        const fk = ctx.f[k]!;
        if (k < i && !adjacent(text, tk, tokens[k + 1]!)) break;
        // ("A. SALAMI, RN": a letter and its period is an initial even when the letter is a word.)
        const initialDot = tk.end - tk.start === 1 && text[tk.end] === '.';
        if ((fk.fn && !initialDot) || fk.clinical || fk.eponym || RELATIONS.has(tk.key) || ROLE_TITLES.has(tk.key) || TITLES.has(tk.key) || (tk.lineCase === 'mixed' && !tk.cap) || (tk.end - tk.start < 2 && !initialDot)) break;
        run.push(k);
        // "C. MELYSSA" starts no sentence: the period is the initial's.
        if (tk.initial && !(k > 0 && tokens[k - 1]!.end - tokens[k - 1]!.start === 1 && text[tokens[k - 1]!.end] === '.')) break;
      }
      // An initial before a surname names someone whatever the surname spells ("A. SALAMI, RN").
      const initialled = run.length >= 2 && run.some((k) => tokens[k]!.end - tokens[k]!.start === 1) && run.some((k) => tokens[k]!.end - tokens[k]!.start >= 3);
      const named = initialled || run.some((k) => ctx.f[k]!.first || ctx.f[k]!.last || !ctx.f[k]!.english);
      if (run.length > 0 && named && !run.every((k) => ctx.f[k]!.common && !ctx.f[k]!.first)) for (const k of run) mark(ctx, k, 'name-signature');
      continue;
    }
    // One unknown word closing the note after a sentence end: a signature by surname.
    const f = ctx.f[i]!;
    if (ctx.isName[i] || !t.initial || f.english || f.fn || f.clinical || f.eponym || f.first || t.end - t.start < 4 || !/^[\s.]*$/.test(text.slice(t.end)) || t.key.includes('-')) continue;
    if (i === 0 || !/[.!?][ \t]+$/.test(text.slice(tokens[i - 1]!.end, t.start)) || !t.cap || !/[aeiouy]/i.test(t.key)) continue;
    if (MEDICAL_ENDING.test(t.key) && !f.last) continue;
    mark(ctx, i, 'name-signature');
  }
}

/** Verbs only people do, after a sentence-initial name: "Tomomi is from", "Asya spent a year", "Irenka states". */
const HUMAN_VERB_AFTER = /^(?:['’]s)?\s+(?:lives|lived|spent|shouted|says|said|told|asked|wants|wanted|visited|states|stated|reports|reported|denies|denied|agrees|agreed|declined|understands|feels|felt|works|worked|thinks|believes|married|is\s+from|was\s+born|is\s+(?:very|a\s+(?:very|nice|pleasant|friendly)))\b/;

/** A body system's heading in a nursing note, after which the patient is the subject: "RESP: OKAFOR REMAINS ON AC". */
const SYSTEM_LABEL = /(?:^|[\s.;])(?:neuro|neuros|resp|respiratory|pulm|cv|cvs|cardiac|cards|gi|gu|gi\/gu|renal|id|heme|skin|integ|endo|psych|psychosocial|social|pain|activity|safety|comfort|ms|mental\s+status|s|o|s\/o|a|a\/p|assessment|events|overnight)[ \t]*[:-][ \t]*$/i;
/** What the subject of a system's line is or does. */
const SUBJECT_STATE = /^[ \t]+(?:remains|remained|tolerating|tolerated|afebrile|alert|awake|asleep|sleeping|resting|rested|denies|denied|states|stated|complains|c\/o|continues|cont|appears|appeared|seems|able|unable|oriented|a&o|a\+o|aox\d|agitated|calm|comfortable|follows|following|moves|mae|opens|ambulating|ambulated|voiding|taking|npo|diuresing|breathing|intubated|extubated|lethargic|restless|confused|sedated|responsive|unresponsive|nods|mouthing|answering|reports|reported|had|has|was|is|with|w\/)\b/i;

/** "RESP: OKAFOR REMAINS ON AC", "GI: burke tolerating tf", "Neuro: Ana Burke alert": the patient named by a listed
 * surname (a given name before it) just after a body system's heading, before what a patient is or does. */
function systemSubjectRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (ctx.isName[i] || f.fn || f.clinical || f.eponym || t.end - t.start < 3 || (t.lineCase === 'mixed' && !t.cap)) continue;
    const prev = tokens[i - 1];
    const pf = ctx.f[i - 1];
    // Cheap first: a listed surname, or a given name no list calls a word just before.
    if ((!f.last || f.english) && !(pf && pf.first && !pf.english)) continue;
    if (!SUBJECT_STATE.test(text.slice(t.end, t.end + 16))) continue;
    // After a given name no list calls a word, the surname may be one: "NEURO: MOHAMMAD GAY A&O X3", "neuro: macey small a&o".
    const givenFirst = !!prev && !!pf && pf.first && !pf.english && !pf.clinical && !pf.fn && prev.end - prev.start >= 3 && adjacent(text, prev, t) && SYSTEM_LABEL.test(text.slice(Math.max(0, prev.start - 24), prev.start));
    if (!givenFirst && (!f.last || f.english)) continue;
    if (givenFirst && !f.last && (f.common || MEDICAL_ENDING.test(t.key))) continue;
    // A given name may come between: "Neuro: Ana Burke alert".
    const given = !!prev && !!pf && pf.first && !pf.english && !pf.clinical && adjacent(text, prev, t) && SYSTEM_LABEL.test(text.slice(Math.max(0, prev.start - 24), prev.start));
    if (!given && !SYSTEM_LABEL.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
    if (given) mark(ctx, i - 1, 'name-system-subject');
    mark(ctx, i, 'name-system-subject');
  }
}

/** "next patient is grace ross", "The patient is Mark Li": after "patient is", a listed given name and a listed
 * surname are the patient's name in any case (not "patient is alert", "patient is a 45-year-old"). */
/** What follows a patient's name that opens a history: "is a 68-year-old", "was a 41 yo". */
const IS_AGED = /^\s+(?:is|was)\s+an?\s+\d{1,3}[-\s]*(?:years?\b|year-old|yo\b|y\/o|y\.o\.|yr|month)/i;

function patientIsRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  // "HPI: ROSE MARTY IS A 68-YEAR-OLD MAN": a listed given name and a surname opening a history, in any case.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const n = tokens[i + 1]!;
    // Cheap first: " is" or " was" follows the second word.
    const c = text[n.end + 1];
    if ((c !== 'i' && c !== 'I' && c !== 'w' && c !== 'W') || !ctx.f[i]!.first || ctx.f[i]!.clinical || !adjacent(text, t, n) || !IS_AGED.test(text.slice(n.end, n.end + 24))) continue;
    const g = ctx.f[i + 1]!;
    if (g.fn || g.clinical || !(g.last || !g.english || ctx.isName[i + 1]) || (t.lineCase === 'mixed' && (!t.cap || !n.cap))) continue;
    if (!/(?:^|[\n.:]\s*)$/.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    mark(ctx, i, 'name-patient');
    mark(ctx, i + 1, 'name-patient');
  }
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (tokens[i - 1]!.key !== 'is' || !/^(?:patient|pt)$/.test(tokens[i - 2]!.key)) continue;
    const t = tokens[i]!;
    const n = tokens[i + 1]!;
    const f = ctx.f[i]!;
    const g = ctx.f[i + 1]!;
    if (!f.first || !g.last || f.fn || g.fn || f.clinical || g.clinical || !adjacent(text, t, n) || (g.common && !g.commonLast)) continue;
    if (t.lineCase === 'mixed' && (!t.cap || !n.cap)) continue;
    mark(ctx, i, 'name-patient');
    mark(ctx, i + 1, 'name-patient');
  }
}

/** "THE FERRANTES ARE AWARE", "the Okafors visited": a family by its surname's plural (listed without its "s"). */
function familyPluralRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.isName[i] || tokens[i - 1]!.key !== 'the' || !adjacent(text, tokens[i - 1]!, t) || !/[^s]s$/.test(t.key) || t.end - t.start < 5 || (t.lineCase === 'mixed' && (!t.cap || t.allCaps))) continue;
    const f = ctx.f[i]!;
    const stem = facts(ctx.lists, t.key.slice(0, -1));
    if (f.english || f.fn || f.clinical || !stem.last || stem.english || stem.clinical || stem.fn || stem.eponym) continue;
    if (!/^[ \t]+(?:are|were|have|had|visited|called|came|left|want|wish|agree|agreed|understand|declined|aware|here|in|at|and|both|all|updated|informed|asked|met|spoke|feel|felt|will|would)\b|^\s*[.,;)]/i.test(text.slice(t.end, t.end + 14))) continue;
    mark(ctx, i, 'name-family');
  }
}

/** "Baby Boy Oyeyemi", "BABY GIRL A NAKAMURA", "Infant Girl Brown": a newborn's hospital name is the mother's
 * surname after the sex (and a twin's letter); any capitalized word there is that surname. */
function newbornRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 2; i < tokens.length; i++) {
    const sex = tokens[i - 1]!;
    const lead = tokens[i - 2]!;
    // In one-case text the capitals say nothing: "BABY BOY SHARP", "baby girl waters".
    const cased = sex.lineCase === 'mixed' ? sex.cap && lead.cap : true;
    if ((sex.key !== 'boy' && sex.key !== 'girl') || (lead.key !== 'baby' && lead.key !== 'infant' && lead.key !== 'twin') || !cased || !adjacent(text, lead, sex)) continue;
    let k = i;
    // A twin's or triplet's letter: "Baby Girl A Nakamura", "Baby Boy #2 Li" (the number is no token).
    if (/^[A-H]$/.test(text.slice(tokens[k]!.start, tokens[k]!.end)) && tokens[k + 1] && adjacent(text, tokens[k]!, tokens[k + 1]!)) k++;
    const t = tokens[k];
    if (!t || (t.lineCase === 'mixed' && !t.cap) || t.end - t.start < 2 || !/^[ \t]+(?:#?\d[ \t]+)?$/.test(text.slice(tokens[k - 1]!.end, t.start))) continue;
    const f = ctx.f[k]!;
    if (f.fn || f.clinical || (f.common && !f.last && !f.first)) continue;
    if (t.lineCase !== 'mixed' && f.english && !/^[ \t]*(?:\r?\n|$|[ \t]{2,}|,|\(|mrn|dob)/i.test(text.slice(t.end, t.end + 6))) continue;
    // "Baby Girl Born at 38 weeks": a word that is also a surname, before what a sentence goes on with.
    if (f.english && /^[ \t]+(?:at|on|in|via|by|to|was|is|with|and|from|today|this|last)\b/i.test(text.slice(t.end, t.end + 8))) continue;
    mark(ctx, k, 'name-patient');
    const n = tokens[k + 1];
    // A double surname: "Baby Boy Garcia Lopez".
    if (n && n.cap && adjacent(text, t, n) && ctx.f[k + 1]!.last && !ctx.f[k + 1]!.english) mark(ctx, k + 1, 'name-patient');
  }
}

/** "bg waters" heading a nursery note, "TWIN B OF WILLOW QUIGLEY": a newborn's surname after the nursery's shorthand at a
 * line's start, and a twin's mother's name after "twin A of". */
function nurseryShorthandRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const lead = tokens[i - 1]!;
    // "BG Hernandez", "bb smith" alone on a line (a blood glucose has a number after it).
    if ((lead.key === 'bg' || lead.key === 'bb') && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, lead.start - 2), lead.start)) && /^[ \t]+$/.test(text.slice(lead.end, tokens[i]!.start)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(tokens[i]!.end, tokens[i]!.end + 3))) {
      const f = ctx.f[i]!;
      if (!f.fn && !f.clinical && tokens[i]!.end - tokens[i]!.start >= 2) mark(ctx, i, 'name-patient');
      continue;
    }
    // "Twin B of Willow Quigley": the mother's given name and surname.
    if (lead.key === 'of' && i >= 3 && /^twin[ \t]+[a-c]$/i.test(text.slice(tokens[i - 3]!.start, tokens[i - 2]!.end)) && /^[ \t]+$/.test(text.slice(lead.end, tokens[i]!.start))) {
      for (let k = i; k < i + 3 && k < tokens.length; k++) {
        if (k > i && !/^[ \t]+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
        const f = ctx.f[k]!;
        if (f.fn || f.clinical || (tokens[k]!.lineCase === 'mixed' && !tokens[k]!.cap)) break;
        mark(ctx, k, 'name-patient');
      }
    }
  }
}

/** "CARPENTER, CHASE   DOB 4/20/2022", "hunter, sunny   mrn 54976847", "Patient: DAY, JOHNATHON": a header's "LAST, FIRST"
 * at a line's start before the record's fields, or after a patient's label at the line's end, whatever words spell it. */
const HEADER_FIELDS_AFTER = /^(?:[ \t]+[A-Za-z]\.?)?(?:[ \t]{2,}|\t)(?:dob|d\.o\.b|mrn|mr#|age|sex|acct|account|\d)/i;
const PATIENT_LABEL_BEFORE = /(?:^|\n)[ \t]*(?:patient|pt|client|name|patient\s+name|re)[ \t]*:[ \t]*$/i;

function headerCommaNameRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const last = tokens[i]!;
    const first = tokens[i + 1]!;
    if (text[last.end] !== ',' || !/^,[ \t]?$/.test(text.slice(last.end, first.start))) continue;
    const lineStart = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, last.start - 2), last.start));
    const labelled = PATIENT_LABEL_BEFORE.test(text.slice(Math.max(0, last.start - 24), last.start));
    if (!lineStart && !labelled) continue;
    const after = text.slice(first.end, first.end + 12);
    if (!HEADER_FIELDS_AFTER.test(after) && !(labelled && /^(?:[ \t]+[A-Za-z]\.?)?[ \t]*(?:\r?\n|$)/.test(after))) continue;
    // A clinical word may be a surname here only when a list holds it as one ("DAY, JOHNATHON"), beside a given name.
    if (![i, i + 1].some((k) => ctx.f[k]!.first && !ctx.f[k]!.english) && [i, i + 1].some((k) => ctx.f[k]!.english && ctx.f[k]!.common && !ctx.f[k]!.first && !ctx.f[k]!.last)) continue;
    if ([i, i + 1].some((k) => (ctx.f[k]!.clinical && !ctx.f[k]!.last) || tokens[k]!.end - tokens[k]!.start < 2 || (ctx.f[k]!.fn && !ctx.f[k]!.last && !ctx.f[k]!.first))) continue;
    // Both in the same case: a header's name is written one way ("CARPENTER, CHASE", "hunter, sunny", "Day, John").
    if (last.allCaps !== first.allCaps) continue;
    mark(ctx, i, 'name-header');
    mark(ctx, i + 1, 'name-header');
  }
}

/** "Oluwatosin from PT worked w/ pt", "OMOTARA FROM PT", "Magda from nutrition": a word before a department it comes
 * from, capitalized mid-line, a word no list calls common, or a listed given name. */
function fromDepartmentRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (tokens[i + 1]?.key !== 'from' || ctx.isName[i] || f.fn || f.clinical || t.end - t.start < 3 || ROLE_TITLES.has(t.key) || RELATIONS.has(t.key) || PAREN_LEADS.has(t.key) || PAREN_SERVICES.has(t.key) || /^(?:someone|somebody|staff|team|call|calls|note|notes|recs|report|referral|consult|eval|visit|pt|patient)$/.test(t.key)) continue;
    const after = text.slice(t.end, t.end + 60);
    if (!/^\s+from\s/i.test(after) || (!FROM_DEPARTMENT.test(after) && !FROM_MORE_DEPARTMENTS.test(after) && !FROM_FACILITY_CALLED.test(after))) continue;
    if (t.lineCase === 'mixed' ? !t.cap || t.allCaps || (f.common && !f.first) : f.english && !f.first) continue;
    mark(ctx, i, 'name-cue');
  }
}

/** "BEEPER #90361 FOR BELZ", "pager 4-1234 to Okafor": whose beeper a number is. */
const BEEPER_FOR = /\b(?:beeper|pager|bpr|pgr|pg|page)\s*(?:#|no\.?|number)?\s*\d[\d-]{2,7}\s+(?:for|to|-)\s+$/i;
/** "Ajewole family in to visit", "IYANDA FAMILY AT BEDSIDE": a surname before its family's visit. */
const FAMILY_VISIT_AFTER = /^[ \t]+family[ \t]+(?:in[ \t]+to[ \t]+(?:visit|see)|in\b|at[ \t]+(?:the[ \t]+)?bedside|here|present|visit(?:ed|ing)?|updated|called|aware|meeting|mtg|came|arrived|wants|requests?|declined|agreed|spoke)\b/i;

/** A word that can be a person's name in its line's case: capitalized on a mixed-case line, listed or unknown elsewhere;
 * no function, clinical, kin or role word. */
function personWord(ctx: Ctx, k: number, listedWords = false): boolean {
  const t = ctx.tokens[k]!;
  const f = ctx.f[k]!;
  if (f.fn || f.clinical || f.eponym || RELATIONS.has(t.key) || ROLE_TITLES.has(t.key) || t.end - t.start < 3) return false;
  if (t.lineCase === 'mixed') return t.cap && !t.initial;
  return listedWords ? f.first || f.last : ((f.first || f.last) && !f.common) || !f.english;
}

/** Where a person is away: "(DELONGE IS ON VACA)", "Kaczor was on leave". */
const AWAY = /^[ \t]+(?:is|was|will\s+be)[ \t]+(?:on|out\s+on)[ \t]+(?:vacation|vaca|vac|leave|maternity\s+leave|medical\s+leave|sick\s+leave)\b/i;
/** What only a person is to a patient: "Frost is family contact/interp", "Church is the HCP". */
const KIN_ROLE = /^[ \t]+(?:is|was|will\s+be)[ \t]+(?:the[ \t]+|pt['’]?s[ \t]+|her[ \t]+|his[ \t]+)?(?:family[ \t]+(?:contact|spokesperson|spokesman|member)|hcp|health[ \t]*care[ \t]+proxy|proxy|poa|spokesperson|guardian|contact[ \t]+person|interpreter|caregiver)\b/i;
/** What a pair of names alone in a sentence ends with: "proxys. porter and boer", "HCPs: Meyer and Anderson." */
const SENTENCE_END = /^[ \t]*(?:[.;]|\n|$)/;

/** "(DELONGE IS ON VACA)", "Both Jasmine and Negrón are his proxies", "...health care proxys. porter and boer": people
 * named by what only people are or do, or by standing as a pair alone in a sentence. */
function statusAndPairRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  // Cheap first: a note with no word of being away or of a relative's role skips the per-word tests.
  const status = /\bon[ \t]+(?:vac|leave|maternity|medical|sick)|\b(?:is|was|be)[ \t]+(?:the[ \t]+|pt['’]?s[ \t]+|her[ \t]+|his[ \t]+)?(?:family|hcp|health|proxy|poa|spokes|guardian|contact|interpreter|caregiver)/i.test(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!status && t.key !== 'and') continue;
    // At a sentence's start a capitalized word says nothing by its capital: there it must be no everyday word.
    if (!ctx.isName[i] && !ctx.f[i]!.fn && t.cap && (t.lineCase === 'mixed' || t.allCaps) && (ctx.f[i]!.first || ctx.f[i]!.last || !ctx.f[i]!.english) && !NOT_POSSESSOR.has(t.key) && !RELATIONS.has(t.key) && !ROLE_TITLES.has(t.key) && !ctx.f[i]!.clinical && t.end - t.start >= 3 && KIN_ROLE.test(text.slice(t.end, t.end + 40))) mark(ctx, i, 'name-kin-role');
    if (!ctx.isName[i] && (personWord(ctx, i, true) || (t.initial && t.cap && !ctx.f[i]!.english && !ctx.f[i]!.fn && !ctx.f[i]!.clinical && t.end - t.start >= 3)) && AWAY.test(text.slice(t.end, t.end + 40)) && (t.lineCase === 'mixed' || !ctx.f[i]!.english || ctx.f[i]!.last)) mark(ctx, i, 'name-away');
    if (t.key !== 'and' || i === 0 || i + 1 >= tokens.length) continue;
    const a = tokens[i - 1]!;
    const b = tokens[i + 1]!;
    if (!/^[ \t]+$/.test(text.slice(a.end, t.start)) || !/^[ \t]+$/.test(text.slice(t.end, b.start)) || !personWord(ctx, i - 1, true) || !personWord(ctx, i + 1, true)) continue;
    const both = personWord(ctx, i - 1) && personWord(ctx, i + 1) && i >= 2 && tokens[i - 2]!.key === 'both' && /^[ \t]+(?:are|were|have|had|agree|agreed|want|wish|visited|called)\b/i.test(text.slice(b.end, b.end + 12));
    // Alone in a sentence: nothing but the pair between a sentence's start and its end, both words listed names.
    const alone = /(?:^|[.;:]\s+|\n\s*)$/.test(text.slice(Math.max(0, a.start - 3), a.start)) && SENTENCE_END.test(text.slice(b.end, b.end + 3)) && [i - 1, i + 1].every((k) => ctx.f[k]!.first || ctx.f[k]!.last) && [i - 1, i + 1].some((k) => !ctx.f[k]!.english);
    if (!both && !alone) continue;
    mark(ctx, i - 1, 'name-pair');
    mark(ctx, i + 1, 'name-pair');
  }
}

/** "pt's dtr-in-law Short Schulist was in", "aunt Little Garnier and other family": after a kin word, a listed name
 * that is also a word before a surname no list knows (or a rare listed one), in its line's case. */
function kinPairRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!KIN.has(kinKey(t.key))) continue;
    const a = tokens[i + 1]!;
    const b = tokens[i + 2]!;
    const fa = ctx.f[i + 1]!;
    const fb = ctx.f[i + 2]!;
    if ((ctx.isName[i + 1] && ctx.isName[i + 2]) || !/^[ \t]*,?[ \t]*$/.test(text.slice(t.end, a.start)) || !adjacent(text, a, b)) continue;
    // ("son Will Smith": a given name that is also a function word, capitalized on a mixed-case line.)
    if (!(fa.first || fa.last) || (fa.fn && !(fa.first && a.lineCase === 'mixed' && a.cap)) || fa.clinical || RELATIONS.has(a.key) || ROLE_TITLES.has(a.key)) continue;
    if (fb.fn || fb.clinical || fb.eponym || RELATIONS.has(b.key) || b.end - b.start < 3 || !(!fb.english || (fb.last && !fb.common))) continue;
    if (a.lineCase === 'mixed' ? !a.cap || !b.cap || a.allCaps || b.allCaps : a.lineCase !== b.lineCase) continue;
    mark(ctx, i + 1, 'name-relation');
    mark(ctx, i + 2, 'name-relation');
  }
}

/** A telephone label and the number after it: "cell# 410-322-1234", "home (617) 555-0100", "w: 555-0199". */
const PHONE_LABEL_NUMBER = String.raw`(?:cell|cellphone|cell\s+phone|mobile|mob|home|work|office|phone|ph|tel|pager|beeper|c|h|w|m)\.?[ \t]*(?:#|no\.?|number)?[ \t]*[:=-]?[ \t]*(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b`;
/** The label and number right after a word. */
const PHONE_AFTER = new RegExp(`^[ \\t]*[-,:]?[ \\t]*${PHONE_LABEL_NUMBER}`, 'i');
/** Every label and number in a note, found once: where a word ending just before one may own it. */
const PHONE_LABELLED = new RegExp(`(?<![A-Za-z])${PHONE_LABEL_NUMBER}`, 'gi');

/** Words before a telephone label that name a line, a place or a kind of number, not its owner. */
const NOT_PHONE_OWNER = new Set(['home', 'work', 'cell', 'office', 'phone', 'mobile', 'unit', 'center', 'centre', 'medical', 'hospital', 'clinic', 'care', 'medicine', 'practice', 'group', 'associates', 'partners', 'pharmacy', 'imaging', 'desk', 'nurses', 'station', 'main', 'direct', 'fax', 'pager', 'contact', 'emergency', 'primary', 'secondary', 'alternate', 'alt', 'daytime', 'evening', 'night', 'business', 'landline', 'house', 'number', 'numbers', 'line', 'private', 'personal', 'cellular', 'wireless', 'daughter', 'son', 'wife', 'husband', 'please', 'call', 'reach', 'reached', 'at', 'her', 'his', 'their', 'the']);

/** "Rohan Albérade cell# 410-322-1234", "ZHANG WEI HOME (617) 555-0100": the one to three words right before a telephone
 * label and its number are its owner's name. */
function phoneOwnerRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  // Where labelled numbers start; a word ending just before one of them may own it.
  const labels: number[] = [];
  PHONE_LABELLED.lastIndex = 0;
  for (let m = PHONE_LABELLED.exec(text); m !== null; m = PHONE_LABELLED.exec(text)) labels.push(m.index);
  if (labels.length === 0) return;
  let next = 0;
  for (let e = 0; e < tokens.length; e++) {
    while (next < labels.length && labels[next]! < tokens[e]!.end) next++;
    if (next >= labels.length || labels[next]! - tokens[e]!.end > 6) continue;
    if (!PHONE_AFTER.test(text.slice(tokens[e]!.end, tokens[e]!.end + 40))) continue;
    const run: number[] = [];
    for (let k = e; k >= 0 && run.length < 3 && (k === e || adjacent(text, tokens[k]!, tokens[k + 1]!)); k--) {
      const t = tokens[k]!;
      const f = ctx.f[k]!;
      // A sentence's first word counts by no capital, so there it must be no everyday word.
      const word = (personWord(ctx, k, true) && (!f.english || f.first || f.last)) || (t.initial && t.cap && (!f.english || f.first || f.last) && !f.fn && !f.clinical && t.end - t.start >= 3);
      if (!word || FAMILY_WORDS.has(t.key) || NOT_POSSESSOR.has(t.key) || NOT_PHONE_OWNER.has(t.key) || CREDENTIAL_LEADS.has(t.key)) break;
      run.push(k);
    }
    // One-case runs need a listed or unknown word in them: "CALL DAUGHTER CELL#" has neither left after the kin word.
    if (run.length === 0 || (tokens[e]!.lineCase !== 'mixed' && run.every((k) => ctx.f[k]!.english && !ctx.f[k]!.first && !ctx.f[k]!.last))) continue;
    for (const k of run) mark(ctx, k, 'name-phone-owner');
  }
}

/** "PER PORTER, HE HAS BEEN MAKING DECISIONS", "per Porter, she is the HCP": a listed name after "per" and before a
 * comma and a person's pronoun is whom the note quotes (not "per protocol, he will be weaned": no name list holds it). */
function perPersonRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    // "Accompanied by Bell and female relative": who came along, a capitalized listed name before "and" or punctuation.
    if (tokens[i - 1]!.key === 'by' && !ctx.isName[i] && t.lineCase === 'mixed' && t.cap && !t.allCaps && (f.first || f.last) && personWord(ctx, i) && !NOT_POSSESSOR.has(t.key) && i >= 2 && /^(?:accompanied|escorted|driven|brought)$/.test(tokens[i - 2]!.key) && /^(?:[ \t]*[,.;]|[ \t]+and\b)/.test(text.slice(t.end, t.end + 5))) {
      mark(ctx, i, 'name-per');
      continue;
    }
    if (tokens[i - 1]!.key !== 'per' || ctx.isName[i] || !(f.first || f.last) || !personWord(ctx, i, true) || NOT_POSSESSOR.has(t.key)) continue;
    if (!/^,[ \t]*(?:he|she|they|his|her|their)\b/i.test(text.slice(t.end, t.end + 8))) continue;
    if (t.lineCase === 'mixed' && !t.cap) continue;
    mark(ctx, i, 'name-per');
  }
}

/** Words before "family" that are no surname: "the family", "whole family", "tearful family". */
const NOT_FAMILY_NAME = new Set(['the', 'his', 'her', 'their', 'pt', 'pts', 'patient', 'whole', 'entire', 'large', 'extended', 'immediate', 'close', 'supportive', 'loving', 'concerned', 'anxious', 'tearful', 'upset', 'grateful', 'same', 'new', 'this', 'that']);

function ownerRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap first: "for" or "to" before, or "family" after.
    const familyNext = tokens[i + 1]?.key === 'family';
    if (!familyNext && tokens[i - 1]?.key !== 'for' && tokens[i - 1]?.key !== 'to' && text[t.start - 2] !== '-') continue;
    const f = ctx.f[i]!;
    if (ctx.isName[i] || f.fn || f.clinical || t.end - t.start < 2 || RELATIONS.has(t.key) || ROLE_TITLES.has(t.key) || PAREN_SERVICES.has(t.key) || PAREN_LEADS.has(t.key) || UNIT_WORDS.has(t.key) || NOT_FAMILY_NAME.has(t.key)) continue;
    const beeper = !familyNext && BEEPER_FOR.test(text.slice(Math.max(0, t.start - 36), t.start));
    if (!beeper && (!familyNext || !FAMILY_VISIT_AFTER.test(text.slice(t.end, t.end + 30)))) continue;
    // A capital says it in mixed case (not a sentence's first word unless no list calls it common); in one case no
    // everyday word will do.
    if (t.lineCase === 'mixed' ? !t.cap || t.allCaps || (f.common && !f.last && !f.first) || (t.initial && f.english && !f.last) : f.english && (f.common || (!f.last && !f.first))) continue;
    if (t.end - t.start === 2 && !MARKED_LATIN.test(text.slice(t.start, t.end))) continue;
    // "Spanish family", "Haitian family": a people's word, not a surname.
    if (f.english && /(?:ish|ese|ian|ean|can|ic|ch|i)$/.test(t.key)) continue;
    mark(ctx, i, beeper ? 'name-cue' : 'name-family');
  }
}

/** A clinician's role in parentheses after their name: "(renal fellow)", "(ICU attending)", "(covering NP)". */
const ROLE_IN_PARENS = /^[ \t]*\((?!(?:per|by|from|via|called|paged|notified|d\/w|w\/|with|to|see)\b)(?:[A-Za-z/&-]+[ \t]+){0,2}(?:fellow|resident|intern|attending|np|pa|rn|md|hospitalist|surgeon|intensivist|cardiologist|neurologist|nephrologist|oncologist|pcp|consultant|nurse|cm|sw|rrt|pharmacist|chaplain|dietitian|therapist|interpreter|translator|sitter|aide|nutritionist|case\s+manager|social\s+worker)\)/i;

/** "Sauer (renal fellow) aware", "WILDERMAN (RENAL FELLOW) AWARE": the word before a parenthesized role is the clinician. */
/** "RT (JEN) IN TO SUCTION", "SW (FRANK) FOLLOWING", "NH STAFF (Juwan)": a role and the person's name in brackets after it. */
const ROLE_BEFORE_PAREN = /\b(?:rt|rrt|sw|cm|rn|np|pa|md|ho|pt|ot|slp|sitter|aide|cna|pca|tech|resident|intern|attending|chaplain|interpreter|nurse|staff|dietitian|nutritionist|pharmacist|fellow|case[ \t]+manager|social[ \t]+worker)[ \t]*\([ \t]*$/i;

function parenNameAfterRoleRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  if (!text.includes('(')) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (text[t.start - 1] !== '(' && text[t.start - 2] !== '(') continue;
    if (!/^[ \t]*\)/.test(text.slice(t.end, t.end + 3)) || !ROLE_BEFORE_PAREN.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || t.end - t.start < 2 || ROLE_TITLES.has(t.key) || UNIT_WORDS.has(t.key) || PAREN_SERVICES.has(t.key) || ctx.lists.states.has(t.key)) continue;
    // In one case only a listed name: "md (ortho) aware" names a service.
    if (t.lineCase === 'mixed' ? !t.cap : !(f.first || f.last)) continue;
    mark(ctx, i, 'name-role');
  }
}

function roleInParensRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (ctx.isName[i] || f.fn || f.clinical || t.end - t.start < 2 || (t.end - t.start === 2 && !t.cap) || ROLE_TITLES.has(t.key) || PAREN_LEADS.has(t.key) || PAREN_SERVICES.has(t.key) || UNIT_WORDS.has(t.key)) continue;
    if ((text[t.end] !== '(' && text[t.end + 1] !== '(') || !ROLE_IN_PARENS.test(text.slice(t.end, t.end + 40))) continue;
    if (t.lineCase === 'mixed' ? !t.cap || t.allCaps || (f.common && !f.first && !f.last) : f.english && !(f.last && f.commonLast)) continue;
    mark(ctx, i, 'name-role');
    // The given name before: "Anna Sauer (renal fellow)".
    const prev = tokens[i - 1];
    const pf = ctx.f[i - 1];
    if (prev && pf && adjacent(text, prev, t) && !pf.fn && !pf.clinical && prev.end - prev.start >= 2 && (prev.lineCase !== 'mixed' ? pf.first || !pf.english : prev.cap && (pf.first || !pf.common))) mark(ctx, i - 1, 'name-role');
  }
}

/** Abbreviations a relation in parentheses can follow without being anyone's name: "hcp (wife)", "poa (son)". */
const UNIT_WORDS = new Set(['hcp', 'poa', 'nok', 'proxy', 'guardian', 'contact', 'visitor', 'visitors', 'caller', 'family']);

/** Who was reached, right before their name: "paged", "d/w", "spoke with". */
const CONTACTED_BEFORE = /\b(?:paged|page|called|beeped|texted|notified|updated|d\/w|spoke\s+(?:with|to|w\/)|discussed\s+with|talked\s+(?:with|to)|conferred\s+with)[ \t]+$/i;

/** The last word of each CONTACTED_BEFORE, a cheap test before it. */
const CONTACTED_LAST = new Set(['paged', 'page', 'called', 'beeped', 'texted', 'notified', 'updated', 'w', 'with', 'to']);

/** "Paged Ninalowo re: k 3.1", "PAGED TOTO RE LABS": the word after "paged" before what the page was about is who was
 * paged, unless it is a service or a role. */
function pagedRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.isName[i] || !CONTACTED_LAST.has(tokens[i - 1]!.key) || !CONTACTED_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))) continue;
    const f = ctx.f[i]!;
    if (f.fn || f.clinical || t.end - t.start < 3 || ROLE_TITLES.has(t.key) || PAREN_LEADS.has(t.key) || PAREN_SERVICES.has(t.key) || RELATIONS.has(t.key) || TITLES.has(t.key)) continue;
    if (!/^[ \t]+(?:re\b:?|regarding|about|r\/t)/i.test(text.slice(t.end, t.end + 12))) continue;
    // In mixed case a capital says it; in one case only a word no list calls common does.
    if (t.lineCase === 'mixed' ? !t.cap || t.allCaps : f.common && !f.first && !f.last) continue;
    mark(ctx, i, 'name-cue');
  }
}

const FAMILY_WORDS = new Set(['family', 'visitors', 'children', 'kids', 'sons', 'daughters', 'siblings', 'grandchildren']);

/** "wife (Rolando)", "SON (ĐỨC) IS HCP": one or two words in parentheses right after a relative's word are their name
 * (an eponym's name too: "Rolando" is a husband before it is a fissure). */
function kinParenRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (text[t.start - 1] !== '(' || ctx.isName[i] || !RELATIONS.has(tokens[i - 1]!.key) || !/^[ \t]*\($/.test(text.slice(tokens[i - 1]!.end, t.start))) continue;
    let last = i;
    if (text[t.end] !== ')' && tokens[i + 1] && adjacent(text, t, tokens[i + 1]!) && text[tokens[i + 1]!.end] === ')') last = i + 1;
    if (text[tokens[last]!.end] !== ')') continue;
    const ok = tokens.slice(i, last + 1).every((x, k) => {
      const f = ctx.f[i + k]!;
      if (f.fn || f.clinical || RELATIONS.has(x.key) || UNIT_WORDS.has(x.key) || ROLE_TITLES.has(x.key) || TITLES.has(x.key) || x.end - x.start < 2 || /^(?:hcp|poa|nok|proxy|guardian|deceased|estranged|local|out|of|state|here|present|spokesperson|contact|representative|rep|primary|main|emergency|surrogate|legal|alternate|adopted|biological|step|twin|oldest|youngest|eldest)$/.test(x.key)) return false;
      return x.lineCase === 'mixed' ? x.cap && (!f.english || f.first || f.last) : !f.english || f.first;
    });
    if (ok) for (let k = i; k <= last; k++) mark(ctx, k, 'name-relation');
  }
}

/** "Family (Stig, Bukaktutuk) at bedside", "FAMILY (TÚ, NGỌC) IN": the names listed in parentheses after "family". */
function familyListRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!FAMILY_WORDS.has(tokens[i]!.key)) continue;
    const open = /^[ \t]*\(/.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 4));
    if (!open) continue;
    const close = text.indexOf(')', tokens[i]!.end);
    if (close < 0 || close - tokens[i]!.end > 80) continue;
    const inside: number[] = [];
    for (let k = i + 1; k < tokens.length && tokens[k]!.start < close; k++) inside.push(k);
    // Only a list of one or two words per item, each item a capitalized or unlisted word ("family (wife, son)" stays).
    const items = text.slice(tokens[i]!.end + open[0].length, close).split(/\s*(?:,|&|\band\b|\/)\s*/i).filter(Boolean);
    if (items.length < 1 || items.length > 5 || items.some((x) => x.split(/\s+/).length > 2)) continue;
    for (const k of inside) {
      const t = tokens[k]!;
      const f = ctx.f[k]!;
      if (f.fn || f.clinical || RELATIONS.has(t.key) || t.key === 'and' || t.end - t.start < 2) continue;
      if (t.lineCase === 'mixed' ? !t.cap || (f.common && !f.first && !f.last) : f.english && !f.first) continue;
      mark(ctx, k, 'name-list');
    }
  }
}

/** Owners of a relative who are no one by name: "patient's daughter", "everyone's family", "today's visitor". */
const NOT_POSSESSOR = new Set(['patient', 'pt', 'pts', 'client', 'resident', 'nurse', 'doctor', 'everyone', 'everybody', 'nobody', 'staff', 'team', 'someone', 'somebody', 'anyone', 'family', 'today', 'yesterday', 'tomorrow', 'tonight', 'other', 'another', 'one', 'whose', 'who', 'veteran', 'member', 'caller', 'roommate', 'neighbor', 'neighbour', 'friend', 'child', 'baby', 'infant', 'newborn', 'man', 'woman', 'lady', 'gentleman', 'mom', 'dad']);
/** Kin after a possessive: "Zhang's daughter", "Okonkwo's son". */
const POSSESSED_KIN = /^['’]s[ \t]+(?:wife|husband|spouse|son|sons|daughter|daughters|dtr|sister|sisters|brother|brothers|mother|father|mom|dad|niece|nephew|cousin|aunt|uncle|grandson|granddaughter|grandchildren|grandmother|grandfather|children|kids|family|partner|fianc[eé]e?|girlfriend|boyfriend|stepson|stepdaughter|widow|widower|caregiver|proxy|hcp|guardian)\b/i;

/** "Zhang's daughter called", "spoke with Okafor's son": a listed name whose owner's kin follow is a person's in any
 * case a name is written in (a word that is listed too, like "Young's wife", is one here). */
function possessiveKinRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    if (!isApostrophe(text[t.end]) || ctx.isName[i] || t.end - t.start < 2 || (!f.last && !f.first) || f.clinical || f.eponym || f.fn) continue;
    if (NOT_POSSESSOR.has(t.key) || RELATIONS.has(t.key) || TITLES.has(t.key) || ROLE_TITLES.has(t.key)) continue;
    // A capital says it is a name in mixed text; in one-case text only a name that is no English word does.
    if (t.cap && !t.allCaps ? false : t.lineCase === 'mixed' || f.english) continue;
    if (!POSSESSED_KIN.test(text.slice(t.end, t.end + 24))) continue;
    mark(ctx, i, 'name-relation');
  }
}

/** What a patient does in a clinical story, said of no drug or test: "Akifumi presents with", "Rintanen was seen in clinic". */
const PATIENT_VERB_AFTER = /^(?:['’]s)?\s+(?:presents|presented|ambulated|ambulates|ambulating|slept|underwent|was\s+(?:admitted|readmitted|seen|transferred|brought|discharged|examined|evaluated|intubated|extubated)|is\s+(?:being\s+)?(?:admitted|seen|transferred|discharged))\b/;

/** Said of patients and of drugs ("Bactrim tolerated without rash"): a name only where the word is no drug's. */
const TOLERATED_AFTER = /^\s+(?:tolerated|tolerates|tolerating)\b/;

/** What only people do, never a drug: "states", "denies", "complains", "wants". */
const SPEECH_AFTER = /^\s+(?:states|stated|says|said|reports|reported|denies|denied|complains|complained|endorses|endorsed|wants|wanted|asks|asked|agrees|agreed|understands|refuses|refused|declines|declined|feels|felt|tells|told|admits|admitted\s+to)\b/;

function sentenceStartRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = ctx.f[i]!;
    // A line whose only capital starts it is written in sentence case: that capital says nothing, the verb after it does.
    if (ctx.isName[i] || !t.initial || !t.cap || t.allCaps || t.lineCase === 'upper' || t.end - t.start < 3) continue;
    if (f.fn || f.clinical || f.eponym || /[-'’]|\p{Lu}/u.test(text.slice(t.start + 1, t.end))) continue;
    if (f.first && givenAndSurnameStart(ctx, i)) continue;
    // A listed name that is also a rare word ("Rafi", "Tade") counts; an everyday word ("Bill", "Will") does not.
    if (f.english && (f.common || (!f.first && !f.last))) continue;
    // A drug's ending says nothing before what only people do: "Nurlan states", "Dilovan denies".
    const after = text.slice(t.end, t.end + 24);
    const onlyPeople = SPEECH_AFTER.test(after) || PATIENT_VERB_AFTER.test(after);
    if ((!f.first && !f.last && (MEDICAL_ENDING.test(t.key) || (DRUG_ENDING.test(t.key) && !onlyPeople))) || (!HUMAN_VERB_AFTER.test(after) && !onlyPeople && !TOLERATED_AFTER.test(after))) continue;
    mark(ctx, i, 'name-sentence-start');
  }
}

/** A listed given name and an unlisted surname starting a sentence before what people do: "Yuri Bulgakov was
 * admitted", "Grace Kowalczyk presents with" (the given name may be a word; the surname says it is a name). */
function givenAndSurnameStart(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const fn = ctx.f[i + 1];
  if (!next || !fn || text.slice(t.end, next.start) !== ' ' || !next.cap || next.allCaps || next.end - next.start < 3) return false;
  if (fn.english || fn.fn || fn.clinical || fn.eponym || /[-'’]|\p{Lu}/u.test(text.slice(next.start + 1, next.end)) || (!fn.last && (MEDICAL_ENDING.test(next.key) || DRUG_ENDING.test(next.key)))) return false;
  const after = text.slice(next.end, next.end + 24);
  if (!HUMAN_VERB_AFTER.test(after) && !PATIENT_VERB_AFTER.test(after) && !TOLERATED_AFTER.test(after)) return false;
  mark(ctx, i, 'name-sentence-start');
  mark(ctx, i + 1, 'name-sentence-start');
  return true;
}

/** "Thành An Hà", "Gia Phong Hà's", "Nguyễn Văn An": a name spelled with such letters keeps the short
 * capitalized syllables next to it, even those that are English words ("An", "Mai", "Du"). */
function syllableRunRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  const syllable = (k: number): boolean => {
    const t = tokens[k];
    const f = ctx.f[k];
    if (!t || !f || ctx.isName[k] || !t.cap || t.lineCase !== 'mixed' || f.clinical || f.eponym || TITLES.has(t.key) || ROLE_TITLES.has(t.key) || RELATIONS.has(t.key) || NOT_SURNAME.has(t.key)) return false;
    const word = text.slice(t.start, t.end);
    if (MARKED_LATIN.test(word)) return /^\p{Script=Latin}+$/u.test(word);
    return word.length <= 5 && !t.allCaps && (!f.common || between(k));
  };
  // An everyday word ("An") joins only between two parts of the name.
  const between = (k: number): boolean => {
    const [a, b] = [tokens[k - 1], tokens[k + 1]];
    const named = (x: Token | undefined, j: number) => !!x && x.cap && (ctx.isName[j] === 1 || MARKED_LATIN.test(text.slice(x.start, x.end)));
    return named(a, k - 1) && named(b, k + 1) && adjacent(text, a!, tokens[k]!) && adjacent(text, tokens[k]!, b!);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!ctx.isName[i] || !MARKED_LATIN.test(text.slice(tokens[i]!.start, tokens[i]!.end))) continue;
    for (let k = i + 1; k <= i + 3 && syllable(k) && adjacent(text, tokens[k - 1]!, tokens[k]!); k++) mark(ctx, k, 'name-syllables');
    for (let k = i - 1; k >= i - 3 && syllable(k) && adjacent(text, tokens[k]!, tokens[k + 1]!) && !tokens[k + 1]!.initial; k--) mark(ctx, k, 'name-syllables');
  }
}

/** "NGUYEN, ELEANOR", "Castillo, Margaret R.": a surname, a comma and a given name, written alike, with no cue
 * needed; the shape of a chart's name field. */
/** "S: PARENT, RUSTY 94 Y/O F", "Pt: Hope, Faith 71 yo": a surname and given name heading a line before an age are
 * a name even when both are words. */
function headsAgeLine(text: string, a: Token, b: Token): boolean {
  return /^(?:[ \t]+\p{Lu}\.?)?[ \t]+\d{1,3}[ \t]*(?:y\/?o\b|yo\b|y\.o\.|yrs?\b|years?\b|-?year\b|[MF]\b)/iu.test(text.slice(b.end, b.end + 24)) &&
    /(?:^|\n)[ \t]*(?:(?:[A-Za-z]{1,3}|patient|pt|name|re|sbar)[ \t]*[:|-][ \t]*)?$/i.test(text.slice(Math.max(0, a.start - 16), a.start));
}

function inversionRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (text[a.end] !== ',' || !/^,[ \t]{1,2}$/.test(text.slice(a.end, b.start)) || a.end - a.start < 2 || b.end - b.start < 3) continue;
    if (!(a.allCaps && b.allCaps) && !(a.cap && !a.allCaps && b.cap && !b.allCaps && a.lineCase === 'mixed')) continue;
    const fa = ctx.f[i]!;
    const fb = ctx.f[i + 1]!;
    if (fa.fn || fa.clinical || fa.eponym || fb.fn || fb.clinical || fb.eponym || RELATIONS.has(a.key) || TITLES.has(a.key)) continue;
    // "SCHUPP, FNP-BC": a credential after the comma, not a given name.
    if (CREDENTIALS.test(text.slice(a.end, a.end + 24))) continue;
    // "I, WYMAN BLANDA, AUTHORIZE PATHWAYS": an everyday word no list holds as a given name, going on into a sentence, is
    // its verb.
    if (fb.english && !fb.first && !fb.nameFirst && !/^(?:[ \t]*(?:[,.;:(|]|\r?\n|$)|[ \t]{2,}|[ \t]+\p{L}\.?(?:[ \t,]|$))/u.test(text.slice(b.end, b.end + 4))) continue;
    // "Steri-Strips, Owen silk": a double-barrelled surname has no everyday word in it.
    // ("al-Farsi", "bin-Rashid": a particle is no everyday word there.)
    if (a.key.includes('-') && a.key.split('-').some((p) => !NAME_PARTICLES.has(p) && facts(ctx.lists, p).english)) continue;
    const surname = (fa.last && (!fa.common || fa.commonLast)) || (!fa.english && !fa.first && a.end - a.start >= 3);
    // A given name no list holds as one ("DMITRI", "Gareth" are rare words) after a surname that is no word.
    // Not inside a list of products ("Kling, Kerlix, and Coban").
    const inList = /,\s*$/.test(text.slice(Math.max(0, a.start - 3), a.start)) || /^\s*(?:,|and\b|&)/.test(text.slice(b.end, b.end + 5));
    const given = ((fb.first || fb.nameFirst) && (!fb.common || fb.nameFirst)) || (!inList && !fb.common && fa.last && !fa.english && b.end - b.start >= 4 && !DRUG_ENDING.test(b.key) && !MEDICAL_ENDING.test(b.key) && !/^\s*\d/.test(text.slice(b.end, b.end + 3)));
    // "Pt seen today. OYELARAN, PRIYA. Will follow up": a name typed in capitals on a mixed-case line, its surname
    // no word, its given name listed (even one the subtitles use often) or another word no list calls common.
    const capsOnMixed = a.allCaps && b.allCaps && a.lineCase === 'mixed' && !fa.english && !fa.first && a.end - a.start >= 4 && ((fb.first && !fb.english) || (fb.first && fb.common) || (!fb.common && !fb.last && b.end - b.start >= 4 && !DRUG_ENDING.test(b.key) && !MEDICAL_ENDING.test(b.key)));
    if ((!surname || !(given || capsOnMixed) || ctx.lists.states.has(b.key) || fb.city) && !(headsAgeLine(text, a, b) && (fa.last || !fa.english) && (fb.first || !fb.english))) continue;
    mark(ctx, i, 'name-inverted');
    mark(ctx, i + 1, 'name-inverted');
    const m = tokens[i + 2];
    if (m && m.end - m.start === 1 && m.cap && text[m.end] === '.' && adjacent(text, b, m)) mark(ctx, i + 2, 'name-inverted');
  }
}

/** A letter's closing ("Sincerely,", "Kind regards,") puts the writer's name on the next line. ("c/o" is no cue:
 * nurses write it for "complains of".) */
const CLOSING = /\b(?:sincerely|regards|respectfully|cordially|yours\s+truly|best\s+wishes|thank\s+you|with\s+(?:deepest\s+|heartfelt\s+)?sympathy|in\s+sympathy|with\s+gratitude|warmly)\s*,?[ \t]*\r?\n[ \t]*$/i;

function closingRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  if (!/sincerely|regards|respectfully|cordially|yours|wishes|thank|sympathy|gratitude|warmly/i.test(text)) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.isName[i] || !t.cap || !CLOSING.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
    const f = ctx.f[i]!;
    // "Thank you,\nCardiology Team": a department signs too. A rare word is a given name before an initial
    // ("Gareth J. Brennan").
    const next = tokens[i + 1];
    const initialNext = !!next && next.end - next.start === 1 && next.cap && text[next.end] === '.';
    if ((f.common && !f.first) || (f.english && !f.first && !f.last && !initialNext) || (!f.first && !f.last && MEDICAL_ENDING.test(t.key))) continue;
    takeRun(ctx, i, 4, 'name-signature', true);
  }
}

/** "The patient, Earl Steyn, was admitted", "Pt, Azad Kawa, is a 54 year old": capitalized words set off by
 * commas right after the word for the patient, before a verb or an age, name the patient whatever the lists say. */
const APPOSITIVE = /\b(?:[Tt]he\s+)?(?:[Pp]atient|PATIENT|[Pp]t|PT|[Cc]lient|[Rr]esident)\s*,\s+((?:\p{Lu}[\p{L}'’‘-]*\.?\s+){0,3}\p{Lu}[\p{L}'’‘-]+)\s*,\s+(?=(?:a|an|who|was|is|has|had|presented|presents|aged?|now|A|AN|WHO|WAS|IS|HAS|HAD|PRESENTED|PRESENTS|AGED?|NOW|\d+)\b)/gu;

function appositiveRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  if (!/(?:atient|ATIENT|[Pp][Tt]|lient|esident)\s*,/.test(text)) return;
  APPOSITIVE.lastIndex = 0;
  for (let m = APPOSITIVE.exec(text); m !== null; m = APPOSITIVE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const inside: number[] = [];
    for (const t of tokens) if (t.start >= start && t.end <= end) inside.push(t.index);
    const f = inside.map((k) => ctx.f[k]!);
    // "The patient, However, was": every word must be able to be a name's.
    // ("The patient, Will Kerluke, was": a given name that is also a function word may open a name of two words.)
    if (inside.length === 0 || f.some((x, d) => (x.fn && !(d === 0 && inside.length > 1 && x.first)) || x.clinical) || f.every((x) => x.common && !x.first && !x.last) || inside.some((k) => RELATIONS.has(tokens[k]!.key) || ROLE_TITLES.has(tokens[k]!.key))) continue;
    for (const k of inside) if (!TITLES.has(tokens[k]!.key)) mark(ctx, k, 'name-appositive');
  }
}

/** "founders: Kónya, Becker and Vasquez", "Visitors: Ann, Bo and Kerem": the rest of a list of names. */
function listCompletionRule(ctx: Ctx): void {
  const { tokens, text } = ctx;
  let i = 0;
  while (i < tokens.length) {
    // Collect capitalized single words joined by ", " or " and ".
    const run = [i];
    let j = i;
    while (j + 1 < tokens.length) {
      const gap = text.slice(tokens[j]!.end, tokens[j + 1]!.start);
      if (/^,\s?$/.test(gap) && tokens[j + 1]!.key !== 'and') {
        run.push(j + 1);
        j++;
      } else if (/^,?\s$/.test(gap) && tokens[j + 1]!.key === 'and' && j + 2 < tokens.length && /^\s$/.test(text.slice(tokens[j + 1]!.end, tokens[j + 2]!.start))) {
        run.push(j + 2);
        j += 2;
        break;
      } else break;
    }
    const named = run.filter((k) => ctx.isName[k]).length;
    // A pair ("Marrero and Murphy") needs its other word to be no English word at all.
    const lastTok = tokens[run[run.length - 1]!]!;
    const pair = run.length === 2 && named === 1 && text.slice(tokens[run[0]!]!.end, tokens[run[1]!]!.start).includes('and') && !/^\s+[a-z]+(?:s|ors|ers)\b/.test(text.slice(lastTok.end, lastTok.end + 14)) && !CLINICAL_CUE.has(tokens[run[1]! + 1]?.key ?? '');
    if ((run.length >= 3 && named * 2 >= run.length) || pair) {
      for (const k of run) {
        const t = tokens[k]!;
        const f = ctx.f[k]!;
        if (!ctx.isName[k] && t.cap && !t.allCaps && t.lineCase === 'mixed' && !f.fn && !f.clinical && !f.eponym && (pair ? (!f.english || pairOfPeople(ctx, k, lastTok)) && !t.key.includes('-') && t.end - t.start >= 3 && !MEDICAL_ENDING.test(t.key) && !DRUG_ENDING.test(t.key) : !f.common || f.first || f.last)) mark(ctx, k, 'name-list');
      }
    }
    i = Math.max(i + 1, j);
  }
}

/** What a pair of people do together: "Both Anderson and Power are his proxies", "Lee and Hope visited". */
const PAIR_DOES = /^[ \t]+(?:are|were|both|have|had|visited|called|came|left|aware|updated|at\s+bedside|here|in\s+to\s+visit|present|spoke|agree|agreed|want|wish)\b/i;

/** A surname that is also a word joins a pair with a name found when what follows is what people do. */
function pairOfPeople(ctx: Ctx, k: number, lastTok: Token): boolean {
  return ctx.f[k]!.last && !ROLE_TITLES.has(ctx.tokens[k]!.key) && !RELATIONS.has(ctx.tokens[k]!.key) && PAIR_DOES.test(ctx.text.slice(lastTok.end, lastTok.end + 20));
}

/** A name found once is the same name elsewhere in the note, in any case. */
function repeatRule(ctx: Ctx): void {
  const known = new Set<string>();
  // Names that are also words ("Rose", "Joy") repeat only where capitals say so: capitalized mid-sentence,
  // or at a sentence start before a verb a person does.
  const knownWords = new Set<string>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    const f = ctx.f[i]!;
    if (!ctx.isName[i] || t.end - t.start < 3 || f.fn || f.clinical) continue;
    if (!f.english) known.add(t.key);
    else if (t.lineCase === 'mixed' && t.cap && !t.allCaps && ctx.rules[i] !== 'name-repeat' && ctx.rules[i] !== 'name-last') knownWords.add(t.key);
  }
  if (known.size === 0 && knownWords.size === 0) return;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (ctx.isName[i] || eponymContext(ctx, i)) continue;
    if (known.has(t.key)) mark(ctx, i, 'name-repeat');
    else if (knownWords.has(t.key) && t.lineCase === 'mixed' && t.cap && !t.allCaps && (!t.initial || PERSON_VERB_AFTER.test(ctx.text.slice(t.end, t.end + 16)))) mark(ctx, i, 'name-repeat');
  }
}

const PERSON_VERB_AFTER = /^(?:['’]s)?\s+(?:asked|called|said|says|states|stated|visited|went|came|left|is|was|will|would|has|had|and|wants|agrees|agreed|declined|understands|spoke|updated|aware|notified|here|at|in)\b/;

/** Verbs of using a substance, whose objects are drinks and drugs named like people ("smokes Mary Jane", "drinks Jack
 * Daniels and Bud Light", "snorts Charlie", "cooking sherry"). */
const SUBSTANCE_VERBS = /^(?:smokes|smoked|smoking|drinks|drank|drinking|snorts|snorted|snorting|injects|injected|injecting|shoots|sniffs|huffs|vapes|chews|cooking)$/;

/** Token i found as a name is the object of a substance verb, alone or in a list of them after it. */
function substanceAfterVerb(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    if (!/^[ \t]*,?[ \t]+$|^,[ \t]*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    const key = tokens[k]!.key;
    if (SUBSTANCE_VERBS.test(key)) return true;
    if (!ctx.isName[k] && key !== 'and' && key !== 'or') return false;
  }
  return false;
}

/** Credentials that spell no one's name. */
const CREDENTIAL_ONLY = new Set(['cmd', 'ccrp', 'dabr', 'ocn', 'bcop', 'cpnp', 'crna', 'srna', 'ccp', 'cst', 'rcis', 'cnor', 'rnfa', 'csfa', 'crcst', 'rrt', 'licsw', 'lcsw', 'lpn', 'aprn', 'dnp', 'pmhnp', 'cadc', 'lmhc', 'ladc', 'lmft', 'lmsw', 'ibclc', 'msw', 'bsn', 'msn', 'ccrn', 'facs', 'facp']);

export function nameCandidates(text: string, tokens: readonly Token[], f: readonly TokenFacts[], lists: WordLists): { candidates: Candidate[]; nameTokens: Set<number> } {
  const ctx: Ctx = { text, tokens, f, lists, isName: new Uint8Array(tokens.length), rules: new Array<string>(tokens.length) };
  titleRule(ctx);
  credentialRule(ctx);
  labelRule(ctx);
  personLineRule(ctx);
  relationRule(ctx);
  appositiveRule(ctx);
  inversionRule(ctx);
  closingRule(ctx);
  initialRule(ctx);
  listRule(ctx);
  trailingCueRule(ctx);
  lowerInUpperRule(ctx);
  personPhraseRule(ctx);
  signatureRule(ctx);
  lineEndSignatureRule(ctx);
  parenthesizedRule(ctx);
  nameBeforeCredentialRule(ctx);
  vocativeRule(ctx);
  sentenceStartRule(ctx);
  letterNameRules(ctx);
  formNameRules(ctx);
  systemSubjectRule(ctx);
  familyPluralRule(ctx);
  patientIsRule(ctx);
  contactNameRules(ctx);
  possessiveKinRule(ctx);
  newbornRule(ctx);
  nurseryShorthandRule(ctx);
  headerCommaNameRule(ctx);
  pagedRule(ctx);
  familyListRule(ctx);
  kinParenRule(ctx);
  fromDepartmentRule(ctx);
  roleInParensRule(ctx);
  parenNameAfterRoleRule(ctx);
  ownerRule(ctx);
  statusAndPairRule(ctx);
  phoneOwnerRule(ctx);
  perPersonRule(ctx);
  kinPairRule(ctx);
  capitalizedRule(ctx);
  syllableRunRule(ctx);
  extendRule(ctx);
  particleRule(ctx);
  listCompletionRule(ctx);
  repeatRule(ctx);
  const candidates: Candidate[] = [];
  const nameTokens = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!ctx.isName[i]) continue;
    if (substanceAfterVerb(ctx, i)) continue;
    // "Federica CRNA", "nicezio ccp": a credential after a name is never part of it.
    if (CREDENTIAL_ONLY.has(tokens[i]!.key)) continue;
    // "Julian date 1970-251" is a calendar's, not a man's.
    if (tokens[i]!.key === 'julian' && /^\s+(?:date|day|calendar)\b/i.test(text.slice(tokens[i]!.end, tokens[i]!.end + 10))) continue;
    nameTokens.add(i);
    const rule = ctx.rules[i]!;
    candidates.push({ start: tokens[i]!.start, end: tokens[i]!.end, kind: 'NAME', rule, priority: rule === 'name-last' || rule === 'name-first' || rule === 'name-repeat' ? 2 : 3 });
  }
  candidates.push(...fileNameCandidates(text, lists));
  return { candidates, nameTokens };
}

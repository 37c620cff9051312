// Recognizes a clinical note's sections and where each one starts and ends. Handles headers on a line
// of their own ("CHIEF COMPLAINT", "Assessment and Plan"), headers followed by text ("HPI: ...",
// "A/P:", "S:"), and the flattened layout of transcribed reports where a header follows a comma
// (",ALLERGIES: , None."). Used by the extractive engine, and to split long notes along sections.

export const SECTION_KINDS = [
  'preamble',
  'complaint',
  'hpi',
  'subjective',
  'pmh',
  'medications',
  'allergies',
  'social',
  'family',
  'ros',
  'exam',
  'vitals',
  'labs',
  'assessment',
  'diagnosis',
  'assessment-plan',
  'plan',
  'followup',
  'procedure',
  'procedure-detail',
  'course',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface NoteSection {
  /** The header as written, without its colon; empty for text before the first header. */
  readonly title: string;
  readonly kind: SectionKind;
  /** Where the header starts (equals bodyStart when there is no header). */
  readonly headerStart: number;
  /** Where the section's text starts, after the header and its colon. */
  readonly bodyStart: number;
  /** End of the section's text (exclusive): the next header's start, or the end of the note. */
  readonly end: number;
}

// Order matters: the first rule that matches names the kind.
const KIND_RULES: readonly (readonly [RegExp, SectionKind])[] = [
  [/ALLERG|\bNKDA\b/, 'allergies'],
  [/ASSESSMENT\s*(AND|&|\/)\s*PLAN|IMPRESSION\s*(AND|&|\/)\s*PLAN|^A\s*\/\s*P$|^A\s*&\s*P$/, 'assessment-plan'],
  [/PROCEDURE\s+IN\s+DETAIL|DESCRIPTION\s+OF\s+(THE\s+)?(PROCEDURE|OPERATION)|DETAILS?\s+OF\s+(THE\s+)?(PROCEDURE|OPERATION)|SUMMARY\s+OF\s+(THE\s+)?PROCEDURE|OPERATIVE\s+(NOTE|REPORT|DETAIL|PROCEDURE)|TECHNIQUE/, 'procedure-detail'],
  [/DIAGNOS|\bDX\b/, 'diagnosis'],
  [/FOLLOW[\s-]*UP|INSTRUCTION|RETURN|DISCHARGE\s+PLAN/, 'followup'],
  [/MEDICATION|^MEDS\b|\bMEDS$|\bDRUGS?\b|PRESCRIPTION|\bRX\b/, 'medications'],
  [/CHIEF\s+COMPLAINT|^CC$|REASON\s+FOR|PRESENTING\s+COMPLAINT|^INDICATIONS?\b|^COMPLAINT/, 'complaint'],
  [/PRESENT\s+ILLNESS|^HPI$|INTERVAL\s+HISTORY|^HISTORY$|^HISTORY\s+OF\s+PRESENT|BRIEF\s+HISTORY|CLINICAL\s+HISTORY|HISTORY\s+OF\s+THE\s+PATIENT/, 'hpi'],
  [/HOSPITAL\s+COURSE|^COURSE|EMERGENCY\s+DEPARTMENT\s+COURSE|ED\s+COURSE/, 'course'],
  [/SOCIAL/, 'social'],
  [/FAMILY/, 'family'],
  [/REVIEW\s+OF\s+SYSTEMS|^ROS$|^SYSTEMS\s+REVIEW/, 'ros'],
  [/PAST|MEDICAL\s+HISTORY|SURGICAL\s+HISTORY|^PMH|^PSH|PROBLEM\s+LIST|^HISTORY\b/, 'pmh'],
  [/VITAL/, 'vitals'],
  [/LAB|RESULT|^DATA\b|STUDIES|DIAGNOSTIC|IMAGING|RADIOLOG|X-?RAYS?\b|^CT\b|^MRI\b|ECHO|^EKG|^ECG|PATHOLOG|FINDINGS/, 'labs'],
  [/ASSESSMENT|IMPRESSION|^A$|^CONCLUSIONS?$|^SUMMARY$|^DISCUSSION$/, 'assessment'],
  [/PLAN|RECOMMENDATION|DISPOSITION|^TREATMENT|^P$/, 'plan'],
  [/PROCEDURES?\b|OPERATIONS?\b|SURGERY\s+PERFORMED|^SURGERY$/, 'procedure'],
  [/^SUBJECTIVE|^S$/, 'subjective'],
  [/EXAM|PHYSICAL|^CONDITION|^OBJECTIVE|^O$|^GENERAL$|HEENT|^NECK$|^LUNGS?$|^HEART$|^CHEST$|^ABDOMEN$|EXTREMIT|^NEURO|^SKIN$|^CARDIO|^RESPIRATORY$|^PSYCH|^MUSCULOSKELETAL$|^GU$|^GI$|^EYES$|^HEAD$|^BACK$/, 'exam'],
];

export function classifyHeader(title: string): SectionKind {
  const t = title.toUpperCase().replace(/\s+/g, ' ').trim();
  for (const [re, kind] of KIND_RULES) if (re.test(t)) return kind;
  return 'other';
}

// Mixed-case headers are taken only when they name a section we know (a line "Cardiovascular" in an
// exam is text; a line "Assessment and Plan" is a header).
const KNOWN_MIXED: ReadonlySet<SectionKind> = new Set<SectionKind>([
  'complaint', 'hpi', 'subjective', 'pmh', 'medications', 'allergies', 'social', 'family', 'ros', 'exam', 'vitals', 'labs',
  'assessment', 'diagnosis', 'assessment-plan', 'plan', 'followup', 'procedure', 'course',
]);

// Every word of a mixed-case header must be a header word: "Allergic rhinitis" is a problem, not a header.
const HEADER_WORDS = new Set(
  ('history of present illness chief complaint reason for visit referral admission consultation assessment and plan ' +
    'medications medication current home discharge allergies allergy vitals vital signs physical exam examination review ' +
    'systems social family past medical surgical results labs lab laboratory data studies imaging impression diagnosis ' +
    'diagnoses procedure procedures performed follow-up followup follow up instructions subjective objective hospital ' +
    'course recommendations recommendation problem problems list interval hpi pmh psh ros cc a/p & / disposition')
    .split(' '),
);

function headerWordsOnly(title: string): boolean {
  return title
    .toLowerCase()
    .split(/[\s]+/)
    .filter(Boolean)
    .every((w) => HEADER_WORDS.has(w));
}

const MAX_HEADER_CHARS = 60;
const MAX_HEADER_WORDS = 8;

interface Header {
  readonly title: string;
  readonly start: number;
  readonly bodyStart: number;
}

function plausibleTitle(title: string): boolean {
  if (title.length === 0 || title.length > MAX_HEADER_CHARS) return false;
  if (title.split(/\s+/).length > MAX_HEADER_WORDS) return false;
  return /[A-Za-z]/.test(title);
}

function isAllCaps(title: string): boolean {
  const letters = title.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

// A whole line that is a header: "CHIEF COMPLAINT", "Assessment and Plan", "PLAN:".
const LINE_HEADER = /^[ \t]*([A-Za-z][A-Za-z0-9/&()' -]*?)[ \t]*:?[ \t]*$/gm;
// An all-caps header followed by a colon, at a line start or after a comma, period or semicolon.
const INLINE_CAPS = /(^|[\n,.;])([ \t]*)([A-Z][A-Z0-9/&()' -]*?[A-Z)]|[SOAP])[ \t]*:/gm;
// A mixed-case known header with a colon at a line start: "Plan: ...", "Medications: ...".
const INLINE_MIXED = /^([ \t]*)([A-Z][A-Za-z/&' -]*?)[ \t]*:(?!\d)/gm;

function findHeaders(note: string): Header[] {
  const found = new Map<number, Header>();
  const add = (h: Header) => {
    if (!found.has(h.start)) found.set(h.start, h);
  };

  for (const m of note.matchAll(LINE_HEADER)) {
    const title = m[1]!;
    if (!plausibleTitle(title)) continue;
    const lineStart = m.index;
    const start = lineStart + m[0].indexOf(title);
    if (isAllCaps(title) || (KNOWN_MIXED.has(classifyHeader(title)) && headerWordsOnly(title))) {
      // An all-caps line that is really a sentence or a drug list is rare; one-word lines need a colon
      // or a known name so a lone capitalized word ("NORMAL") does not start a section.
      if (!m[0].includes(':') && title.trim().split(/\s+/).length === 1 && classifyHeader(title) === 'other') continue;
      add({ title: title.trim(), start, bodyStart: lineStart + m[0].length });
    }
  }

  for (const m of note.matchAll(INLINE_CAPS)) {
    const title = m[3]!;
    const start = m.index + m[1]!.length + m[2]!.length;
    const atLineStart = m[1] === '' || m[1] === '\n';
    if (title.length === 1 && !atLineStart) continue;
    if (title.length > 1 && (!plausibleTitle(title) || !isAllCaps(title))) continue;
    add({ title, start, bodyStart: m.index + m[0].length });
  }

  for (const m of note.matchAll(INLINE_MIXED)) {
    const title = m[2]!;
    if (!plausibleTitle(title) || !KNOWN_MIXED.has(classifyHeader(title)) || !headerWordsOnly(title)) continue;
    if (title.split(/\s+/).length > 5) continue;
    add({ title, start: m.index + m[1]!.length, bodyStart: m.index + m[0].length });
  }

  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** The note's sections in order; text before the first header is a 'preamble' section. */
export function findSections(note: string): NoteSection[] {
  const headers = findHeaders(note);
  const sections: NoteSection[] = [];
  const firstStart = headers[0]?.start ?? note.length;
  if (note.slice(0, firstStart).trim() !== '') sections.push({ title: '', kind: 'preamble', headerStart: 0, bodyStart: 0, end: firstStart });
  headers.forEach((h, i) => {
    const end = headers[i + 1]?.start ?? note.length;
    // A header found inside another's text (overlap) is dropped rather than producing a negative body.
    if (h.bodyStart > end) return;
    sections.push({ title: h.title, kind: classifyHeader(h.title), headerStart: h.start, bodyStart: h.bodyStart, end });
  });
  return sections;
}

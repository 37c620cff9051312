// Pulls the facts a summary needs out of a note: each fact is a kind and a span of the note (a whole
// sentence or list item, never part of one). Sections say most (a unit in MEDICATIONS is a medication);
// patterns catch the rest wherever they appear (a dose in the plan, vital signs in the exam, an
// allergy mentioned in the history, "follow up in 2 weeks" anywhere).
import { findSections, type NoteSection, type SectionKind } from './sections';
import { splitListItems, splitUnits, type Span } from './units';

export const FACT_KINDS = [
  'complaint',
  'history',
  'pmh',
  'social',
  'problem',
  'assessment',
  'severity',
  'medication',
  'allergy',
  'vital',
  'exam',
  'lab',
  'procedure',
  'course',
  'plan',
  'followup',
  'warning',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface Fact extends Span {
  readonly kind: FactKind;
  /** Index into findSections(note). */
  readonly section: number;
}

/** Longest unit quoted whole; longer ones are lists to split (medications, allergies) or are left out. */
export const MAX_UNIT_CHARS = 600;

const DOSE = /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|g|gm|grams?|milligrams?|micrograms?|units?|iu|ml|cc|meq|puffs?|tabs?|tablets?|capsules?|caps?|drops?|sprays?|patch(?:es)?|%)(?![A-Za-z])/i;
const SCHEDULE = /\b(?:p\.?o\.?|by mouth|orally|i\.?v\.?|intravenous(?:ly)?|i\.?m\.?|subq|s\.?c\.?|subcutaneous(?:ly)?|topical(?:ly)?|inhaled|nebuli[sz]ed|daily|nightly|at bedtime|b\.?i\.?d\.?|t\.?i\.?d\.?|q\.?i\.?d\.?|q\.?d\.?|q\.?h\.?s\.?|p\.?r\.?n\.?|q\s?\d+\s?h(?:ours?)?|every \w+ (?:hours?|days?)|once a (?:day|week)|twice a day|(?:one|two|three) times a day|as needed)(?![A-Za-z])/i;
const DRUG_SUFFIX = /\b[A-Za-z]{3,}(?:pril|sartan|olol|dipine|statin|formin|azole|cillin|mycin|floxacin|cycline|prazole|tidine|oxetine|aline|triptan|parin|xaban|gatran|gliptin|glutide|gliflozin|sone|olone|azepam|zolam|codone|morphine|profen|fenac|caine|vir|mab|nib|thiazide|semide|lukast|terol|tropium|zosin|afil|barbital|tiapine|peridol|pramine|triptyline|lamide|setron|asone|olol)\b/i;
const DRUG_NAMES = /\b(?:aspirin|asa|tylenol|acetaminophen|ibuprofen|advil|motrin|aleve|naproxen|lasix|insulin|metformin|warfarin|coumadin|plavix|eliquis|xarelto|heparin|lovenox|digoxin|prednisone|synthroid|levothyroxine|albuterol|ventolin|flonase|zyrtec|claritin|allegra|benadryl|nexium|prilosec|zantac|pepcid|lipitor|crestor|zocor|norvasc|toprol|lopressor|coreg|zoloft|prozac|lexapro|celexa|wellbutrin|xanax|ativan|valium|ambien|neurontin|gabapentin|lyrica|tramadol|oxycodone|percocet|vicodin|norco|dilaudid|morphine|fentanyl|keflex|augmentin|bactrim|cipro|levaquin|zithromax|azithromycin|amoxicillin|doxycycline|flagyl|vancomycin|miralax|colace|senna|potassium|magnesium|iron|vitamin|calcium|folic acid|nitroglycerin|spironolactone|hydralazine|clonidine|amlodipine|lisinopril|losartan|atorvastatin|simvastatin|glipizide|januvia|ozempic|trulicity|jardiance|humira|methotrexate|steroids?|antibiotics?|inhaler|cream|ointment|eye ?drops|nasal spray)\b/i;
const ALLERGY = /\b(?:allerg(?:y|ies|ic)|nkda|nka|anaphyla\w*|intoleran(?:ce|t))\b/i;
const VITAL = /\b(?:blood pressure|bp|pulse|heart rate|hr|respirat(?:ory rate|ions?)|rr|temperature|temp|t\s?max|tmax|o2 sat\w*|oxygen saturation|sat(?:uration|ting)?|spo2|pulse ox\w*|weight|height|bmi)\b[^.]*?\d/i;
const LAB_NAME = /\b(?:hemoglobin|hgb|hb|hematocrit|hct|wbc|white (?:blood )?(?:cell )?count|platelets?|plt|sodium|na|potassium|k|chloride|bicarb\w*|co2|bun|creatinine|cr|glucose|sugar|a1c|hba1c|hemoglobin a1c|ldl|hdl|cholesterol|triglycerides?|tsh|t4|alt|ast|alk(?:aline)? phos\w*|bilirubin|albumin|inr|pt|ptt|troponin|bnp|psa|calcium|magnesium|phosph\w*|lactate|lipase|amylase|ferritin|iron|b12|vitamin d|esr|crp|sed rate|urinalysis|ua|culture|egfr|gfr|uric acid|ck|ejection fraction|ef)\b/i;
const ABNORMAL = /\b(?:elevated|high|higher|low|lower|increased|decreased|reduced|abnormal|positive|critical|borderline|raised|depressed|deficien\w*|anemi\w*|out of range|worsen\w*|mild(?:ly)?|moderate(?:ly)?|severe(?:ly)?|fracture\w*|mass|masses|lesion\w*|effusion|stenosis|occlusion|infiltrate\w*|consolidation|nodule\w*|tear|herniat\w*|enlarged|thicken\w*|regurgitation|fluid)\b/i;
const FOLLOWUP = /\b(?:(?:follow[\s-]?up|followup|f\/u)(?: visit| appointment)? (?:in|with|on|after|at|as|if|when|next|within|appointment|visit|for (?:a|an|his|her|repeat|another))\b|follow[\s-]?up (?:is|was|will)|will follow(?:[\s-]?up)?\b|return (?:to (?:clinic|the clinic|see|the office|office)|in|for|visit)|recheck|come back|see (?:me|him|her|them|you) (?:again|back|in)|next (?:visit|appointment))/i;
const WARNING = /\b(?:if (?:you|she|he|they|the patient|symptoms?|there|it|pain)\b[^.]*\b(?:worse|worsen\w*|develop\w*|persist\w*|return|call|increase\w*|fever|go to|seek)|call (?:us|the (?:office|clinic)|911)|emergency (?:room|department)|go to the e\.?r\.?|seek (?:immediate )?(?:medical )?(?:care|attention)|warning signs?|precautions)\b/i;
const SEVERITY = /\b(?:stable|unstable|critical(?:ly ill)?|guarded|(?:no )?acute distress|well[- ]appearing|ill[- ]appearing|toxic[- ]appearing|septic|hemodynamically|comfortable|alert and oriented)\b/i;
const PLAN_VERB = /\b(?:start|starting|begin|continue|continuing|increase|increasing|decrease|decreasing|stop|stopping|discontinue|prescribe|prescribed|order|ordered|schedule|scheduled|refer|referred|referral|recommend\w*|will|plan\w*|advis\w*|educat\w*|counsel\w*|obtain|check|repeat|consult\w*|titrat\w*|switch\w*|hold|resume|taper\w*|administer\w*|give|given|we'll|going to)\b/i;
// "Medical Reasoning: ..." in an assessment and plan is assessment, whatever verbs it uses.
const REASONING = /^(?:medical |clinical )?(?:reasoning|assessment|impression)\s*:/i;
const EMPTY_ANSWER = /^(?:same(?: as above)?|none|n\/a|na|not applicable|noncontributory|non-contributory|unremarkable|negative|deferred|see above|as above)\.?$/i;
/** Words that negate; a short negative answer ("None.", "Denied.") is quoted with its header. */
export const NEGATION = /\b(?:no|not|none|nil|never|denie[sd]|deny|without|negative|nkda|nka|nkma)\b/i;
const NAMES_ITSELF: Partial<Record<SectionKind, RegExp>> = { medications: /medic|drug|\bmeds\b/i, allergies: /allerg|nkda|nka/i };
/** A dialogue's speaker tag at the start of a line: "[doctor]", "Patient:". */
const SPEAKER = /^\s*(?:\[(?:doctor|patient|patient_guest|doctor_guest|nurse|guest|other)\]|(?:doctor|patient|dr|pt|nurse)\s*:)\s*/i;

function isMedication(text: string): boolean {
  return DOSE.test(text) && (DRUG_SUFFIX.test(text) || DRUG_NAMES.test(text) || SCHEDULE.test(text));
}

function isProblemLine(text: string): boolean {
  // "Congestive heart failure." / "Hypertension, well controlled": short, no clause of its own.
  return text.length <= 90 && !PLAN_VERB.test(text) && text.split(/\s+/).length <= 10;
}

/** Words worth a statement: at least a few letters, and not a bare "Same." or "None.". */
function hasContent(text: string): boolean {
  return (text.match(/[A-Za-z]/g) ?? []).length >= 3;
}

type Caps = Partial<Record<FactKind, number>>;
// How many of each kind one section may give; the rest of a long section is detail a summary leaves out.
const SECTION_CAPS: Caps = { complaint: 2, history: 4, pmh: 8, social: 2, exam: 6, lab: 8, course: 5, assessment: 6, problem: 12, plan: 14, procedure: 6, severity: 2 };

interface Collector {
  add(kind: FactKind, span: Span): void;
}

function emptyAnswer(note: string, span: Span): boolean {
  return EMPTY_ANSWER.test(note.slice(span.start, span.end).trim());
}

/** Facts from one unit by its section's kind. */
function classify(kind: SectionKind, note: string, unit: Span, index: number, c: Collector): void {
  const text = note.slice(unit.start, unit.end);
  switch (kind) {
    case 'complaint':
      if (!emptyAnswer(note, unit)) c.add('complaint', unit);
      return;
    case 'hpi':
    case 'subjective':
    case 'preamble':
      if (index < 4 && kind !== 'preamble') c.add('history', unit);
      return;
    case 'pmh':
      if (!emptyAnswer(note, unit)) c.add('pmh', unit);
      return;
    case 'social':
      c.add('social', unit);
      return;
    case 'medications':
      c.add('medication', unit);
      return;
    case 'allergies':
      c.add('allergy', unit);
      return;
    case 'vitals':
      c.add('vital', unit);
      return;
    case 'exam':
      if (VITAL.test(text)) c.add('vital', unit);
      else if (SEVERITY.test(text)) c.add('severity', unit);
      else c.add('exam', unit);
      return;
    case 'labs':
      if (ABNORMAL.test(text) || (LAB_NAME.test(text) && /\d/.test(text))) c.add('lab', unit);
      return;
    case 'diagnosis':
      if (!emptyAnswer(note, unit)) c.add('problem', unit);
      return;
    case 'assessment':
      if (FOLLOWUP.test(text)) c.add('followup', unit);
      else if (isProblemLine(text)) c.add('problem', unit);
      else c.add('assessment', unit);
      return;
    case 'assessment-plan':
      if (REASONING.test(text)) c.add('assessment', unit);
      else if (WARNING.test(text)) c.add('warning', unit);
      else if (FOLLOWUP.test(text)) c.add('followup', unit);
      else if (isMedication(text) || PLAN_VERB.test(text)) c.add('plan', unit);
      else if (isProblemLine(text)) c.add('problem', unit);
      else c.add('assessment', unit);
      return;
    case 'plan':
    case 'followup':
      if (WARNING.test(text)) c.add('warning', unit);
      else if (FOLLOWUP.test(text) || kind === 'followup') c.add('followup', unit);
      else c.add('plan', unit);
      return;
    case 'procedure':
      if (!emptyAnswer(note, unit)) c.add('procedure', unit);
      return;
    case 'course':
      c.add('course', unit);
      return;
    case 'procedure-detail':
      // The narrative of an operation: its opening says what was done.
      if (index < 3) c.add('course', unit);
      return;
    case 'family':
    case 'ros':
    case 'other':
      return;
  }
}

/** Facts any unit may hold, wherever it is. */
function byPattern(kind: SectionKind, text: string): FactKind | null {
  if (kind === 'ros' || kind === 'family') return null;
  if (ALLERGY.test(text) && kind !== 'exam') return 'allergy';
  if (isMedication(text)) return kind === 'assessment-plan' || kind === 'plan' ? 'plan' : 'medication';
  if (VITAL.test(text) && /\d/.test(text) && kind !== 'labs') return 'vital';
  if (WARNING.test(text)) return 'warning';
  if (FOLLOWUP.test(text)) return 'followup';
  return null;
}

// What a clinician says in a visit that a note would record: findings, an assessment, a plan.
const DIALOGUE_FINDING = /\b(?:on (?:your |my )?(?:physical )?exam(?:ination)?|i (?:do )?(?:hear|feel|see|notice)|your (?:x-?ray|mri|ct|labs?|blood ?work|ekg|echo\w*|a1c|results?|ultrasound|scan)|(?:showed|shows|revealed|demonstrat\w+)\b)/i;
const DIALOGUE_ASSESSMENT = /\b(?:you have (?:a |an )?\w+|it (?:looks|sounds) like|consistent with|diagnos\w+|my impression|i think (?:you|this|it|that) (?:have|has|is|'s))\b/i;
const DIALOGUE_PLAN = /\b(?:i'm going to|i am going to|we're going to|we are going to|let's|let us|i want you to|i'd like (?:you )?to|i'll|we'll|i will|we will|i'm gonna|we're gonna)\b[^.?!]*\b(?:order|prescrib\w*|start|refer|continue|increase|decrease|stop|schedule|get|check|send|follow|repeat|give|put you on|see you|recommend|take)\b/i;
const DIALOGUE_SYMPTOM = /\b(?:pain|hurt\w*|ache\w*|aching|cough\w*|fever\w*|swell\w*|swollen|tired|fatigue\w*|dizz\w*|nause\w*|vomit\w*|short of breath|shortness of breath|bleed\w*|rash|numb\w*|tingl\w*|headache\w*|sore|weak\w*|itch\w*)\b/i;

function speakerAt(note: string, at: number): 'doctor' | 'patient' | null {
  const before = note.slice(Math.max(0, note.lastIndexOf('\n', at - 1)), at);
  const tag = /\[(doctor|patient)[^\]]*\]|\b(doctor|patient|dr|pt)\s*:/i.exec(before);
  if (!tag) return null;
  const who = (tag[1] ?? tag[2]!).toLowerCase();
  return who === 'doctor' || who === 'dr' ? 'doctor' : 'patient';
}

function dialogueFact(text: string, speaker: 'doctor' | 'patient' | null): FactKind | null {
  if (text.trim().split(/\s+/).length < 4) return null;
  if (speaker === 'doctor') {
    if (DIALOGUE_PLAN.test(text)) return 'plan';
    if (DIALOGUE_FINDING.test(text)) return 'exam';
    if (DIALOGUE_ASSESSMENT.test(text)) return 'assessment';
  }
  if (speaker === 'patient' && DIALOGUE_SYMPTOM.test(text)) return 'history';
  return null;
}

function stripSpeaker(note: string, unit: Span): Span {
  const m = SPEAKER.exec(note.slice(unit.start, unit.end));
  return m ? { start: unit.start + m[0].length, end: unit.end } : unit;
}

/** Every fact of the note, in note order. */
export function extractFacts(note: string, sections: readonly NoteSection[] = findSections(note)): Fact[] {
  const facts: Fact[] = [];
  // Text before any header is the history in a short note, but small talk in a dialogue.
  const dialogue = note.split('\n').filter((line) => SPEAKER.test(line)).length >= 3;
  const taken = new Set<string>();
  sections.forEach((section, si) => {
    const counts = new Map<FactKind, number>();
    const c: Collector = {
      add(kind, span) {
        const key = `${span.start}:${span.end}`;
        if (taken.has(key)) return;
        const text = note.slice(span.start, span.end);
        if (!hasContent(text) && kind !== 'vital') return;
        const n = counts.get(kind) ?? 0;
        if (n >= (SECTION_CAPS[kind] ?? Infinity)) return;
        counts.set(kind, n + 1);
        taken.add(key);
        facts.push({ kind, section: si, start: span.start, end: span.end });
      },
    };
    const units = splitUnits(note, section.bodyStart, section.end).map((u) => stripSpeaker(note, u));
    const kind: SectionKind = section.kind === 'preamble' && !dialogue ? 'hpi' : section.kind;
    units.forEach((u, i) => {
      // "ALLERGIES: Denied." quoted whole: "Denied." alone would say nothing, and a label in front of a
      // negation would claim more than the quote.
      const names = NAMES_ITSELF[kind];
      const unit = i === 0 && names && NEGATION.test(note.slice(u.start, u.end)) && !names.test(note.slice(u.start, u.end)) && section.headerStart < u.start ? { start: section.headerStart, end: u.end } : u;
      const long = unit.end - unit.start > MAX_UNIT_CHARS;
      if (long) {
        // A long medication or allergy line is a list: its items are the units.
        if (kind === 'medications' || kind === 'allergies') {
          for (const item of splitListItems(note, unit)) if (item.end - item.start <= MAX_UNIT_CHARS) classify(kind, note, item, i, c);
        }
        return;
      }
      if (dialogue && section.kind === 'preamble') {
        const said = dialogueFact(note.slice(unit.start, unit.end), speakerAt(note, unit.start));
        if (said) c.add(said, unit);
      } else classify(kind, note, unit, i, c);
      const extra = byPattern(kind, note.slice(unit.start, unit.end));
      if (extra) c.add(extra, unit);
    });
  });
  return facts;
}

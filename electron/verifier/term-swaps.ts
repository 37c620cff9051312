// Words traded for others of their kind: a body part ("hip" where the note says "knee"), a relative
// ("sister" for "mother"), an allergen ("sulfa" for "penicillin"), the patient's sex ("female" for a
// man). These keep every number, side, drug and negation, so no other check sees them. A body part,
// relative or allergen is held against the statement's
// evidence: flagged when the statement names one more often than the evidence does, and another fewer
// times (a swap, not a paraphrase: "leg swelling" for "LE edema" names nothing to trade).
// The sex is held against the note's own words for the patient.
import { STOPWORDS, stem, type Token } from './text-tools';

type Kind = 'body' | 'relative' | 'allergen';

const WORDS: Readonly<Record<Kind, readonly string[]>> = {
  body: (
    'hip knee ankle wrist elbow shoulder thigh calf shin groin pelvis neck spine jaw rib toe finger thumb heel foot feet hand arm leg ' +
    'eye ear nose throat tongue lung liver kidney heart brain bladder colon uterus ovary prostate breast stomach spleen pancreas ' +
    'gallbladder thyroid esophagus rectum skull forearm buttock abdomen chest'
  ).split(' '),
  relative: 'mother father sister brother son daughter wife husband aunt uncle grandmother grandfather cousin niece nephew granddaughter grandson'.split(' '),
  // What an allergy is to, beyond the drugs the medication check knows.
  allergen: 'sulfa latex iodine shellfish peanut nut egg milk soy wheat gluten contrast bee penicillin cephalosporin codeine morphine aspirin nsaid'.split(' '),
};

/** Everyday words for the same relative or part: the note's "mom" is the summary's "mother". */
const SAME: Readonly<Record<string, string>> = {
  mom: 'mother', mum: 'mother', mommy: 'mother', mama: 'mother', dad: 'father', daddy: 'father', papa: 'father', grandma: 'grandmother',
  granny: 'grandmother', grandpa: 'grandfather', hubby: 'husband', sis: 'sister', bro: 'brother', feet: 'foot', teeth: 'tooth',
  abdominal: 'abdomen', abd: 'abdomen', belly: 'abdomen', tummy: 'abdomen', renal: 'kidney', hepatic: 'liver', pulmonary: 'lung', cardiac: 'heart',
  gastric: 'stomach', ocular: 'eye', cervical: 'neck', thoracic: 'chest', pelvic: 'pelvis', femoral: 'thigh', patellar: 'knee',
};

const KIND_OF: ReadonlyMap<string, Kind> = new Map(
  (Object.keys(WORDS) as Kind[]).flatMap((k) => WORDS[k].map((w) => [w, k] as const)),
);

/** A token as the canonical word of its kind ("knees" → knee, "mom" → mother), or null. */
function canonical(word: string): { word: string; kind: Kind } | null {
  const w = Object.hasOwn(SAME, word) ? SAME[word]! : word;
  for (const form of [w, stem(w), w.replace(/s$/, '')]) {
    const kind = KIND_OF.get(form);
    if (kind) return { word: form, kind };
  }
  return null;
}

/** Each body part and relative named, with how often, and as first written. */
function named(tokens: readonly Token[]): Map<string, { kind: Kind; raw: string; count: number }> {
  const out = new Map<string, { kind: Kind; raw: string; count: number }>();
  for (const t of tokens) {
    const c = canonical(t.text);
    if (!c) continue;
    const had = out.get(c.word);
    if (had) had.count++;
    else out.set(c.word, { kind: c.kind, raw: t.raw, count: 1 });
  }
  return out;
}

const FEMALE = new Set(['female', 'woman', 'women', 'lady', 'girl', 'she', 'her', 'hers', 'herself', 'mrs', 'ms']);
const MALE = new Set(['male', 'man', 'men', 'gentleman', 'boy', 'he', 'him', 'his', 'himself', 'mr']);
/** The words a statement gives the patient's sex with. */
const SEX_CLAIM: Readonly<Record<string, 'female' | 'male'>> = { female: 'female', woman: 'female', lady: 'female', girl: 'female', male: 'male', man: 'male', gentleman: 'male', boy: 'male' };

/** The patient's sex as the note words it: its pronouns and words, and "F"/"M" in capitals ("45 yo F"). */
export function noteSex(tokens: readonly Token[]): ReadonlySet<'female' | 'male'> {
  const sex = new Set<'female' | 'male'>();
  for (const t of tokens) {
    if (FEMALE.has(t.text) || t.raw === 'F') sex.add('female');
    if (MALE.has(t.text) || t.raw === 'M') sex.add('male');
  }
  return sex;
}

const RELATIVE_SUBJECT = new RegExp(
  `(?:^|[.;:]\\s*|\\b(?:her|his|their|patient's|pt's|pts)\\s+)(${WORDS.relative.join('|')}|mom|dad)\\s*(?::|-|\\b(?:had|has|have|with|died|passed|was|is|developed|suffered|diagnosed)\\b)([^.;\\n]*)`,
  'gi',
);
const FAMILY = new Set(['family', 'fhx', 'fh', 'familial', 'hereditary', 'relative', 'relatives', ...WORDS.relative, ...Object.keys(SAME).filter((k) => SAME[k] !== undefined && WORDS.relative.includes(SAME[k]!))]);

/** Words around what is said of a relative that say nothing of what it was. */
const AROUND = new Set(['died', 'passed', 'diagnosed', 'history', 'years', 'year', 'age', 'aged', 'old', 'also', 'both', 'away', 'when', 'after', 'before']);

/**
 * What the evidence says of a relative ("her mother had breast cancer") and the statement says with no
 * relative or family word at all, so of the patient: the relative's word, or null.
 */
function relativeDropped(claim: readonly Token[], evidence: string): string | null {
  if (claim.some((t) => FAMILY.has(t.text.replace(/['’]s$/, '')))) return null;
  const said = new Set(claim.map((t) => stem(t.text)));
  for (const m of evidence.matchAll(RELATIVE_SUBJECT)) {
    // Up to where someone else becomes the subject ("his wife had questions, and the patient stated...").
    const own = m[2]!.split(/\b(?:and|but|while|whereas|then)\s+(?:the\s+)?(?:patient|pt|he|she|they)\b/i)[0]!;
    const about = own.toLowerCase().match(/[a-z]{2,}/g) ?? [];
    const shared = about.filter((w) => !STOPWORDS.has(w) && !AROUND.has(w) && said.has(stem(w)));
    if (shared.length > 0) return m[1]!;
  }
  return null;
}

/** Endings of diagnoses, procedures and specialties ("-itis", "-ectomy", "-ology"). */
const MEDICAL_ENDING = /(?:itis|ectomy|otomy|ostomy|oscopy|ography|plasty|emia|osis|iasis|oma|algia|pathy|plegia|megaly|thorax|pnea|uria|rrhea|rrhage|penia|phagia|ology|iatry|onia)$/;

/** Words with those endings that name no diagnosis, procedure or specialty. */
const GENERIC = new Set(['diagnosis', 'diagnose', 'prognosis', 'pathology', 'etiology', 'physiology', 'technology', 'terminology', 'methodology', 'hypothesis', 'emphasis', 'analysis', 'basis']);

/** The singular of a plural, leaving "-itis", "-osis" and the like alone. */
const singular = (w: string): string => (/(?:ss|is|us)$/.test(w) ? w : w.replace(/s$/, ''));

/** Each diagnosis, procedure and specialty named, with its count ("arthroplasty ... arthroplasty": 2). */
function medicalTerms(tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) {
    const w = singular(t.text);
    if (w.length >= 7 && /^[a-z]+$/.test(w) && MEDICAL_ENDING.test(w) && !GENERIC.has(w)) out.set(w, (out.get(w) ?? 0) + 1);
  }
  return out;
}

/** The word as written, for a message. */
const rawOf = (tokens: readonly Token[], word: string): string => tokens.find((t) => singular(t.text) === word)?.raw ?? word;

/** One term inside the other ("arthritis", "osteoarthritis") or the same word: not a trade. */
const related = (a: string, b: string): boolean => a.includes(b) || b.includes(a) || stem(a) === stem(b);

export interface TermSwap {
  readonly said: string;
  /** The evidence's word of the same kind, or null for the patient's sex. */
  readonly noted: string | null;
  /** The note says it of a relative; the statement, of the patient. */
  readonly relative: boolean;
}

/** Body parts and relatives traded for others of their kind, and a sex the note does not give the patient. */
export function termSwaps(claim: readonly Token[], evidence: readonly Token[], evidenceText: string, sexInNote: ReadonlySet<'female' | 'male'>): TermSwap[] {
  const out: TermSwap[] = [];
  const inClaim = named(claim);
  const inEvidence = named(evidence);
  for (const kind of ['body', 'relative', 'allergen'] as const) {
    // Counted, so a trade for a word the evidence also has is seen too ("lung and lungs" for "heart and lungs").
    const added = [...inClaim].filter(([w, v]) => v.kind === kind && v.count > (inEvidence.get(w)?.count ?? 0));
    const dropped = [...inEvidence].filter(([w, v]) => v.kind === kind && (inClaim.get(w)?.count ?? 0) < v.count);
    if (added.length > 0 && dropped.length > 0) out.push({ said: added[0]![1].raw, noted: dropped[0]![1].raw, relative: false });
  }
  // A diagnosis, procedure or specialty traded for another ("cholecystectomy" where the note says
  // "appendectomy", "neurology" for "cardiology"); a plain-words paraphrase ("kidney stones") trades nothing.
  const claimTerms = medicalTerms(claim);
  const evidenceTerms = medicalTerms(evidence);
  const countIn = (terms: Map<string, number>, w: string) => [...terms].reduce((n, [t, c]) => n + (related(t, w) ? c : 0), 0);
  const newTerm = [...claimTerms.keys()].find((t) => countIn(evidenceTerms, t) === 0);
  // Named less often than in the evidence: one of two "myringotomy"s traded.
  const goneTerm = [...evidenceTerms.keys()].find((e) => countIn(claimTerms, e) < countIn(evidenceTerms, e));
  if (newTerm && goneTerm) out.push({ said: rawOf(claim, newTerm), noted: rawOf(evidence, goneTerm), relative: false });
  const relative = relativeDropped(claim, evidenceText);
  if (relative) out.push({ said: 'the patient', noted: relative, relative: true });
  // Only when the note is of one sex: a note that speaks of the patient's wife uses both.
  if (sexInNote.size === 1) {
    for (const t of claim) {
      const s = Object.hasOwn(SEX_CLAIM, t.text) ? SEX_CLAIM[t.text] : undefined;
      if (s && !sexInNote.has(s)) {
        out.push({ said: t.raw, noted: null, relative: false });
        break;
      }
    }
  }
  return out;
}

// Medication names in a statement: from the lexicon (generics and brands), from drug-name stems, and
// unknown words written right before a dose ("Zorvex 20 mg"). A name is supported when the note names
// the same drug, under that name or a brand/generic of it.
import { BRANDS, DRUG_SUFFIXES, GENERICS, NOT_DRUGS, TREATMENT_TERMS } from './drug-lexicon';
import { englishWords } from './english-words';
import { STOPWORDS, type Token } from './text-tools';

const GENERIC_SET: ReadonlySet<string> = new Set(GENERICS);
const SINGLE_BRANDS = new Map(Object.entries(BRANDS).filter(([b]) => !/[\s_]/.test(b)));
const MULTI_BRANDS = Object.entries(BRANDS)
  .filter(([b]) => /\s/.test(b))
  .map(([b, g]) => ({ words: b.split(/\s+|-/), generics: g }));

// Generic → the brands that contain it.
const BRANDS_OF = new Map<string, string[]>();
for (const [brand, generics] of Object.entries(BRANDS)) {
  for (const g of generics) BRANDS_OF.set(g, [...(BRANDS_OF.get(g) ?? []), brand.replace(/_/g, '-')]);
}

// Words that come right before a dose but are not drug names.
const DOSE_LEAD_WORDS: ReadonlySet<string> = new Set(
  ('take takes taking took start started starting continue continued continues increase increased decrease decreased reduce reduced ' +
    'dose doses dosage of to at on by with and or plus then was is were be given give received receiving prescribed prescribe ' +
    'total about approximately around only additional extra another every each daily nightly weekly once twice her his their ' +
    'the a an this that which from for in up down back over under than weight weighs weighed lost gained gain loss smoked smokes ' +
    'drinks drank ago last past next after before within since until about level levels count score scale measured pain ' +
    'times day days week weeks month months year years hours minutes previous prior initial current new old home discharge ' +
    'bolus infusion drip iv po im sq subq oral orally tablet tablets capsule capsules unit units dosing regimen switch switched ' +
    'change changed add added stop stopped hold held resume resumed titrate titrated also now still patient she he').split(/\s+/),
);

export function isDrugWord(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_DRUGS.has(w)) return false;
  if (GENERIC_SET.has(w) || SINGLE_BRANDS.has(w)) return true;
  if (w.length < 6 || !/^[a-z]+$/.test(w)) return false;
  return DRUG_SUFFIXES.some((s) => w.endsWith(s) && w.length >= s.length + 3);
}

/** The names a drug word can be supported by: itself and its brand/generic equivalents. */
export function drugAliases(word: string): string[] {
  const w = word.toLowerCase();
  const aliases = new Set([w]);
  for (const g of SINGLE_BRANDS.get(w) ?? []) aliases.add(g);
  for (const brand of BRANDS_OF.get(w) ?? []) aliases.add(brand);
  if (w.endsWith('s') && w.length > 6) aliases.add(w.slice(0, -1));
  return [...aliases];
}

export interface DrugMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

// Words after which a drug name comes ("started X", "switched to X", "continue X").
const DRUG_SLOT_BEFORE: ReadonlySet<string> = new Set(
  ('start starts started starting begin began begun prescribe prescribes prescribed prescribing take takes taking took ' +
    'continue continues continued continuing resume resumes resumed add adds added increase increased decrease decreased ' +
    'discontinue discontinued stop stopped hold held switch switched change changed given give received receiving receive ' +
    'using use uses tried trial titrate titrated administered initiated initiate refill refilled').split(' '),
);
// Words skipped between the slot word and the name ("started on a trial of X").
const SLOT_FILLER: ReadonlySet<string> = new Set(['on', 'to', 'with', 'a', 'an', 'the', 'her', 'his', 'their', 'of', 'new', 'oral', 'iv', 'low', 'high', 'dose', 'trial', 'course', 'home', 'back', 'from', 'him', 'them', 'daily', 'and']);

// "X was started", "X is continued", "X 2 puffs".
const SLOT_AFTER =
  /^\s+(?:(?:was|is|were|has been|will be|to be)\s+(?:started|begun|added|prescribed|increased|decreased|discontinued|stopped|held|continued|given|resumed|restarted|titrated|initiated|changed|switched|administered|ordered|refilled|injected|instilled|infiltrated|infused|applied|weaned|tapered)\b|(?:viscous|solution|cream|ointment|drops|tablets?|capsules?|injection|infusion|inhaler|patch|suspension|elixir|syrup|gel|lotion|spray)\b)/i;

function unknownWord(raw: string): boolean {
  const w = raw.toLowerCase();
  return (
    /^[a-z][a-z-]{3,}$/i.test(raw) &&
    !STOPWORDS.has(w) &&
    !TREATMENT_TERMS.has(w) &&
    !englishWords().has(w) &&
    !englishWords().has(w.replace(/s$/, ''))
  );
}

/**
 * Words that are not English, written where a drug goes: after "started", "switched to", before a
 * dose, or capitalized mid-sentence like a brand. Checked against the note by the caller.
 */
export function findUnknownDrugCandidates(text: string, tokens: readonly Token[]): DrugMention[] {
  const out: DrugMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!unknownWord(t.raw) || isDrugWord(t.text)) continue;
    let slot = false;
    for (let k = i - 1, n = 0; k >= 0 && n < 4; k--, n++) {
      const w = tokens[k]!.text;
      if (DRUG_SLOT_BEFORE.has(w)) {
        slot = true;
        break;
      }
      if (!SLOT_FILLER.has(w)) break;
    }
    const midSentenceBrand = i > 0 && /^[A-Z][a-z]{4,}$/.test(t.raw) && !/[.!?]\s*$/.test(text.slice(tokens[i - 1]!.end, t.start));
    // "X with epinephrine", "X and acetaminophen": named beside a drug.
    const besideDrug = (tokens[i + 1]?.text === 'with' || tokens[i + 1]?.text === 'and' || tokens[i + 1]?.text === 'w') && isDrugWord(tokens[i + 2]?.text ?? '');
    const startedAfter = besideDrug || SLOT_AFTER.test(text.slice(t.end, t.end + 40));
    if (slot || startedAfter || midSentenceBrand || DOSE_AFTER.test(text.slice(t.end, t.end + 16))) out.push({ name: t.text, start: t.start, end: t.end });
  }
  return out;
}

const DOSE_AFTER = /^\s*(?:at\s+)?\d+(?:\.\d+)?\s*(?:(?:mg|mcg|g|ml|units?|iu|meq|u)\b|u\/|%)/i;

/** Drug names mentioned in `text` (tokens are `text`'s). */
export function findDrugMentions(text: string, tokens: readonly Token[]): DrugMention[] {
  const out: DrugMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const multi = MULTI_BRANDS.find((b) => b.words.every((w, k) => tokens[i + k]?.text === w));
    if (multi) {
      const last = tokens[i + multi.words.length - 1]!;
      out.push({ name: multi.words.join(' '), start: t.start, end: last.end });
      i += multi.words.length - 1;
      continue;
    }
    if (isDrugWord(t.text)) {
      out.push({ name: t.text, start: t.start, end: t.end });
      continue;
    }
    // An unknown word right before a dose is probably a drug the lexicon lacks.
    if (/^[a-z]{4,}$/i.test(t.raw) && !DOSE_LEAD_WORDS.has(t.text) && DOSE_AFTER.test(text.slice(t.end, t.end + 16))) {
      out.push({ name: t.text, start: t.start, end: t.end });
    }
  }
  return out;
}

/** Drug words in the note, with every alias, for quick support checks. */
export function noteDrugVocabulary(noteTokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of noteTokens) words.add(t.text);
  for (const b of MULTI_BRANDS) {
    for (let i = 0; i < noteTokens.length; i++) {
      if (b.words.every((w, k) => noteTokens[i + k]?.text === w)) {
        for (const g of b.generics) for (const part of g.split(/\s+/)) words.add(part);
        words.add(b.words.join(' '));
      }
    }
  }
  return words;
}

/** True when the note (its word set) names this drug under any of its names. */
export function drugInNote(name: string, noteWords: ReadonlySet<string>, noteLower: string): boolean {
  if (name.includes(' ')) return noteWords.has(name) || noteLower.includes(name);
  for (const alias of drugAliases(name)) {
    if (noteWords.has(alias)) return true;
    // Brands of combinations: "amoxicillin" supported by "Augmentin" (amoxicillin + clavulanate).
    for (const brand of BRANDS_OF.get(alias) ?? []) if (noteWords.has(brand)) return true;
    // Hyphenated or glued spellings ("hydrocodone-acetaminophen").
    if (alias.length >= 6 && noteLower.includes(alias)) return true;
  }
  return false;
}

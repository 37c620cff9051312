// Deterministic clinical-sounding notes for the storage benches: each note names a few drugs and
// problems out of many, so a query for one drug or problem matches a realistic share of the notes.
export const DRUGS = (
  'metformin lisinopril atorvastatin amlodipine metoprolol omeprazole losartan albuterol gabapentin hydrochlorothiazide ' +
  'sertraline furosemide levothyroxine warfarin apixaban insulin prednisone amoxicillin azithromycin ciprofloxacin ' +
  'clopidogrel tamsulosin montelukast escitalopram pantoprazole simvastatin carvedilol spironolactone tramadol ondansetron'
).split(' ');

export const PROBLEMS = (
  'hypertension diabetes asthma pneumonia cellulitis gout migraine anemia hypothyroidism depression anxiety ' +
  'osteoarthritis cirrhosis pancreatitis appendicitis cholecystitis bronchitis sinusitis pyelonephritis sepsis ' +
  'hyperlipidemia obesity insomnia dementia neuropathy psoriasis eczema glaucoma cataract fibromyalgia'
).split(' ');

export const PHRASES = ['chest pain', 'shortness of breath', 'abdominal pain', 'lower back pain', 'urinary tract infection', 'atrial fibrillation', 'heart failure', 'kidney disease'];

const FILLER = (
  'patient presents with reports denies history of family social smoking alcohol exam reveals normal abnormal ' +
  'tender swelling stable improving worsening follow up in weeks continue current plan labs ordered imaging reviewed ' +
  'vital signs within limits afebrile alert oriented no acute distress lungs clear heart regular rate rhythm'
).split(' ');

/** A small deterministic generator, so every run stores and searches the same text. */
export { lcg as rng } from '../electron/base/seeded-random';

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** About `words` words: filler, plus two problems, two drugs with doses and one phrase. */
export function clinicalNote(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(r, FILLER));
  const insert = (text: string) => out.splice(Math.floor(r() * out.length), 0, text);
  insert(`assessment ${pick(r, PROBLEMS)}`);
  insert(`history of ${pick(r, PROBLEMS)}`);
  insert(`${pick(r, DRUGS)} ${5 + Math.floor(r() * 20) * 5} mg daily`);
  insert(`${pick(r, DRUGS)} ${1 + Math.floor(r() * 4)} tablets twice daily`);
  insert(pick(r, PHRASES));
  return `${out.join(' ')}.`;
}

/** Realistic searches: a drug, a problem, a two-word phrase, in turn. */
export function clinicalQuery(i: number): string {
  switch (i % 3) {
    case 0:
      return DRUGS[(i * 7) % DRUGS.length]!;
    case 1:
      return PROBLEMS[(i * 11) % PROBLEMS.length]!;
    default:
      return `"${PHRASES[(i * 5) % PHRASES.length]!}"`;
  }
}

/** The old worst case: two words that match most notes (filler), one as a prefix. */
export function broadQuery(i: number): string {
  return `${FILLER[(i * 5) % FILLER.length]} ${FILLER[(i * 11 + 3) % FILLER.length]!.slice(0, 5)}`;
}

export function pct(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

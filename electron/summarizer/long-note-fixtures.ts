// Long, varied clinical notes for the long-note tests and bench: headers on their own line and
// inline ("HPI: ..."), prose paragraphs, bullet and numbered lists, abbreviations that are not sentence
// ends ("b.i.d.", "Dr."), decimals. Deterministic from a seed; nothing here is real patient text.
import { lcg } from '../base/seeded-random';

const SUBJECTS = ['The patient', 'She', 'He', 'The daughter', 'Dr. Alvarez', 'Nursing staff', 'The family'];
const VERBS = ['reports', 'describes', 'notes', 'denies', 'recalls', 'mentions'];
const FINDINGS = [
  'intermittent chest pressure on exertion',
  'a dry cough for 2.5 weeks',
  'swelling of the left ankle since the fall',
  'poor sleep and low appetite',
  'dizziness when standing quickly',
  'burning on urination for three days',
  'numbness in both feet at night',
  'shortness of breath climbing one flight of stairs',
  'a rash on the right forearm after gardening',
  'headaches most mornings, relieved by acetaminophen',
];
const TAILS = ['over the past month', 'since the last visit', 'without fever or chills', 'worse in the evening', 'with no clear trigger', 'despite rest'];
const MEDS = ['metformin 500 mg b.i.d.', 'lisinopril 10 mg daily', 'atorvastatin 40 mg at bedtime', 'apixaban 5 mg b.i.d.', 'furosemide 20 mg daily', 'levothyroxine 75 mcg daily', 'sertraline 50 mg daily'];
const PLANS = ['Repeat the basic metabolic panel in 2 weeks.', 'Start physical therapy twice a week.', 'Check hemoglobin A1c at the next visit.', 'Echocardiogram to assess ejection fraction.', 'Return at once for chest pain or fainting.', 'Reduce salt and weigh daily.'];

export interface LongNoteOptions {
  readonly seed: number;
  /** Sentences in each prose section; the note grows with it. */
  readonly sentencesPerSection: number;
  /** How many times the set of sections repeats (as visits of a course). */
  readonly visits: number;
  readonly crlf?: boolean;
}

export function longNote(o: LongNoteOptions): string {
  const r = lcg(o.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(FINDINGS)} ${pick(TAILS)}.`;
  const prose = (n: number) => {
    const paragraphs: string[] = [];
    let left = n;
    while (left > 0) {
      const k = Math.min(left, 2 + Math.floor(r() * 4));
      paragraphs.push(Array.from({ length: k }, sentence).join(' '));
      left -= k;
    }
    return paragraphs.join('\n\n');
  };
  const blocks: string[] = [];
  for (let v = 1; v <= o.visits; v++) {
    blocks.push(`VISIT ${v} - CHIEF COMPLAINT:\nFollow-up of ${pick(FINDINGS)}.`);
    blocks.push(`HISTORY OF PRESENT ILLNESS:\n${prose(o.sentencesPerSection)}`);
    blocks.push(`Medications:\n${Array.from({ length: 3 }, () => `- ${pick(MEDS)}`).join('\n')}`);
    blocks.push(`PHYSICAL EXAM: BP ${110 + Math.floor(r() * 50)}/${60 + Math.floor(r() * 30)}, HR ${55 + Math.floor(r() * 50)}, temp 36.${Math.floor(r() * 10)} C. ${prose(Math.max(1, Math.floor(o.sentencesPerSection / 3)))}`);
    blocks.push(`ASSESSMENT AND PLAN:\n${Array.from({ length: 3 }, (_, i) => `${i + 1}. ${pick(PLANS)}`).join('\n')}`);
  }
  const text = blocks.join('\n\n');
  return o.crlf ? text.replace(/\n/g, '\r\n') : text;
}

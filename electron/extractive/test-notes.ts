// Hand-made notes in the layouts clinicians and systems write, for the extractive engine's tests and
// bench. Each says which medications and allergies it holds, so tests can check they are found.
import { StructuredSummarySchema, type StructuredSummary } from '../../shared/summary-format';

export interface TestNote {
  readonly name: string;
  readonly text: string;
  /** Words each of which must appear in some medication statement. */
  readonly medications: readonly string[];
  /** Words each of which must appear in some allergy statement. */
  readonly allergies: readonly string[];
}

export const TEST_NOTES: readonly TestNote[] = [
  {
    name: 'all-caps line headers (visit note)',
    text: `CHIEF COMPLAINT

Shortness of breath.

HISTORY OF PRESENT ILLNESS

Mr. Olsen is a 67-year-old man with COPD who presents with 4 days of worsening dyspnea. He denies chest pain. He uses his albuterol inhaler 6 times a day.

MEDICATIONS

1. Tiotropium 18 mcg inhaled daily.
2. Albuterol 90 mcg 2 puffs every 4 hours as needed.
3. Lisinopril 10 mg p.o. daily.

ALLERGIES

Penicillin (hives).

VITALS

BP 142/88, HR 104, RR 24, SpO2 89% on room air, Temp 38.1 C.

RESULTS

WBC 14.2, elevated. Chest x-ray shows a left lower lobe infiltrate.

ASSESSMENT AND PLAN

1. COPD exacerbation with left lower lobe pneumonia.
Start prednisone 40 mg p.o. daily for 5 days.
Start doxycycline 100 mg p.o. b.i.d. for 7 days.
2. Hypertension.
Continue lisinopril 10 mg daily.
Follow up in 1 week. Return to the emergency department if breathing worsens.
`,
    medications: ['Tiotropium', 'Albuterol', 'Lisinopril'],
    allergies: ['Penicillin'],
  },
  {
    name: 'flattened transcription (commas for line breaks)',
    text: `SUBJECTIVE:,  This 45-year-old female presents with right knee pain for 2 weeks.  She denies trauma.,MEDICATIONS: , Ibuprofen 600 mg t.i.d. p.r.n., metformin 500 mg b.i.d.,ALLERGIES: , SULFA causes rash.,OBJECTIVE:,Vitals:  Weight 180 pounds, blood pressure 130/84.,Right knee:  Mild effusion, no erythema.,ASSESSMENT:,  Right knee osteoarthritis.,PLAN:,1.  Start physical therapy twice a week.,2.  Recheck in 6 weeks.`,
    medications: ['Ibuprofen', 'metformin'],
    allergies: ['SULFA'],
  },
  {
    name: 'SOAP letters and mixed-case colon headers',
    text: `S: 8 yo boy with sore throat and fever x2 days. No cough.
O: T 101.8 F, HR 110. Tonsils enlarged with exudate. Rapid strep positive.
A: Streptococcal pharyngitis.
P: Amoxicillin 500 mg PO BID x 10 days. Tylenol 325 mg q6h prn fever.
Allergies: NKDA.
Follow-up: return if not improving in 48 hours.`,
    medications: ['Amoxicillin', 'Tylenol'],
    allergies: ['NKDA'],
  },
  {
    name: 'mixed-case line headers and bullets',
    text: `History of Present Illness
Ms. Diaz, 72, was admitted with a left hip fracture after a fall at home on 03/14/2024.

Past Medical History
- Atrial fibrillation
- Type 2 diabetes mellitus

Current Medications
- Apixaban 5 mg twice daily
- Insulin glargine 20 units subcutaneously at bedtime
- Atorvastatin 40 mg nightly

Allergies
- Codeine: nausea and vomiting
- Latex

Procedures
Left hip hemiarthroplasty on 03/15/2024.

Assessment and Plan
Left femoral neck fracture, status post hemiarthroplasty.
Resume apixaban 5 mg twice daily on postoperative day 2.
Follow up with orthopedics in 2 weeks for staple removal.`,
    medications: ['Apixaban', 'Insulin', 'Atorvastatin'],
    allergies: ['Codeine', 'Latex'],
  },
  {
    name: 'A/P with numbered problems, no medications section',
    text: `HPI: 54M here for diabetes follow-up. Home glucose 150-200. Reports no hypoglycemia.
Exam: BP 150/95. Feet: decreased sensation bilaterally.
Labs: Hemoglobin A1c 9.1%, high. LDL 162 mg/dL, elevated. Creatinine 1.0 mg/dL.
A/P:
1. Type 2 diabetes, uncontrolled: increase metformin to 1000 mg BID; add empagliflozin 10 mg daily.
2. Hyperlipidemia: start atorvastatin 20 mg at bedtime.
3. Peripheral neuropathy: annual foot exam, podiatry referral.
RTC 3 months. Follow up in 3 months with repeat A1c.`,
    medications: ['metformin', 'empagliflozin', 'atorvastatin'],
    allergies: [],
  },
];

/**
 * What must hold for every extractive statement on any note; returns the problems found (none is good).
 * Problems name the statement's position only, so a failing kit test prints no note text.
 */
const words = (s: string) => s.match(/[A-Za-z0-9]+/g) ?? [];

export function faithfulnessProblems(note: string, summary: StructuredSummary): string[] {
  const problems: string[] = [];
  if (!StructuredSummarySchema.safeParse(summary).success) problems.push('summary does not match the format');
  summary.sections.forEach((sec, si) =>
    sec.statements.forEach((st, i) => {
      const where = `${summary.style} section ${si} statement ${i}`;
      const quote = st.evidence[0];
      if (st.evidence.length !== 1 || quote === undefined) return void problems.push(`${where}: not exactly one quote`);
      if (!note.includes(quote)) problems.push(`${where}: quote not in the note`);
      // The statement is the quote's words, in order, behind at most a short label.
      const said = words(st.text);
      const quoted = words(quote);
      const extra = said.length - quoted.length;
      if (extra < 0 || extra > 3 || said.slice(extra).join(' ') !== quoted.join(' ')) problems.push(`${where}: text is not its quote`);
      for (const n of st.text.match(/\d+(?:\.\d+)?/g) ?? []) if (!quote.includes(n)) problems.push(`${where}: number not in quote`);
      for (const neg of st.text.match(/\b(?:no|not|denies|without|negative)\b/gi) ?? []) if (!quote.toLowerCase().includes(neg.toLowerCase())) problems.push(`${where}: negation not in quote`);
    }),
  );
  return problems;
}

// Round-4 name rules (issue 11): a listed name in capitals or lower case on a mixed-case line after a
// phrase said only of people ("d/w PATEL") or after a role before what people do ("NP karen aware").
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';
import { covered, survives } from './deid-test-support';

function kindAt(text: string, part: string): string | null {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`test case does not contain its word: ${part}`);
  return findIdentifiers(text).find((f) => f.start <= at && at + part.length <= f.end)?.kind ?? null;
}

describe('names in any case after people phrases', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['Pt seen, d/w PATEL, will start heparin.', 'PATEL'],
    ['Febrile overnight, d/w okonkwo re cultures.', 'okonkwo'],
    ['NP karen aware of K 3.1, repleted.', 'karen'],
    ['NP kelleher aware of K 3.1, repleted.', 'kelleher'],
    ['K 3.1, RN vasquez notified.', 'vasquez'],
    ['Hypotensive to 80s, MD aware (smith), bolus given.', 'smith'],
    ['Febrile, RN aware (jones).', 'jones'],
    ['HR 130s afib, MD aware (Little), lopressor 5mg IV x1.', 'Little'],
    ['HR 130S AFIB, MD AWARE (WHITE), LOPRESSOR 5MG IV X1.', 'WHITE'],
  ];
  for (const [text, part] of FOUND) it(`finds "${part}" in: ${text}`, () => expect(kindAt(text, part)).toBe('NAME'));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ['Pt seen, d/w ICU team, will start heparin.', 'ICU'],
    ['d/w ID, no antibiotics for now.', 'ID'],
    ['d/w CT tech, scan at 3pm.', 'CT'],
    ['NP was aware of the K 3.1.', 'was'],
    ['RN will call back; NP grace period noted.', 'grace'],
    ['Skin breakdown, MD aware (stone-like lesion).', 'stone'],
    ['Team aware (heparin held).', 'heparin'],
    ['On 2L NP, sats 95%, RN care plan updated.', 'care'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(kindAt(text, part)).toBeNull());
});

// Session 17: a middle initial without its period or in lower case, in either direction from the name found.
describe('middle initials between a name and a surname', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['name: hyuuma t. maida address: unit 4526 b', 'hyuuma t. maida'],
    ['follow up with benjamin a seiler in a couple of months.', 'benjamin a seiler'],
    ['Pt seen with wife, Margaret J Okonkwo, who is HCP.', 'Margaret J Okonkwo'],
    ['I want to add Maria C. Kristiansen as a beneficiary.', 'Maria C. Kristiansen'],
  ];
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ['Seen by Dr. Smith, A Fib on tele overnight.', 'Fib'],
    ['Dr. Smith V Tach noted on monitor, amiodarone started.', 'Tach'],
    ['Mary T Wave inversions in V2-V4 per cards.', 'Wave'],
    ['mary a lot better today per family.', 'lot'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

// Session 17: a field that holds a person's name holds it whatever its words also spell.
describe('name fields', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['Patient Name: Ed Brown\nDOB: 01/02/1950', 'Ed Brown'],
    ['Name: Asa Laine Phone: 083 564 9312', 'Asa Laine'],
    ['NAME: ART JONES  MRN: 4471829', 'ART JONES'],
    ['Patient name: mary lou retton, age 44', 'mary lou retton'],
    ['PATIENT NAME: DOE, JANE Q', 'DOE, JANE Q'],
    ['sometimes people call me višeslav', 'višeslav'],
    ['Pt prefers to be called Bud.', 'Bud'],
    ["goes by 'Sunny' on the unit", 'Sunny'],
  ];
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ['Name:  Bill Long  MRN: 4471829', 'MRN'],
    ['Patient name: mary lou retton, age 44', 'age'],
    ['Drug name: Aspirin 81 mg daily', 'Aspirin'],
    ['Name of procedure: Appendectomy', 'Appendectomy'],
    ['Name: Unknown (trauma alias pending)', 'Unknown'],
    ['Takotsubo syndrome, aka apical ballooning syndrome.', 'apical'],
    ['Call me if any questions arise.', 'if'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

// Session 17: staff names as nurses write them.
describe('staff names in nursing shorthand', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ["dr's lee and patel aware of k 3.1", 'lee'],
    ['seen by pain svc (kaplan), pca started', 'kaplan'],
    ['dr. de la cruz aware of bp', 'de la cruz'],
    ['Carol RN 7a-7p', 'Carol'],
    ['report given to rn w. rice at 1900.', 'w. rice'],
    ['paged resident lugli (beeper #75977).', 'lugli'],
    ['k 3.1, dr bill cook notified, 40 meq kcl ordered.', 'bill cook'],
    ['plan: cont to monitor, wean as tol.\nabigayle hill, rn', 'abigayle hill'],
    ['s/w gene following for placement, ?rehab vs home.', 'gene'],
    ['HUSB Joy CALLED X2, UPDATED BY RN.', 'Joy'],
    ['SOCIAL: NIECE/HCP GRACE WHITE (893) 527-4117, AWARE OF PLAN.', 'GRACE WHITE'],
    ["will f/u w/ dr Church's team re: PEG.", 'Church'],
    ['Report given to Faith RN at 1900.', 'Faith'],
  ];
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ["dr's aware of bp 80s", 'aware'],
    ['Will RN call the family? yes', 'Will'],
    ['pt resting.\nwill follow, rn', 'follow'],
    ['report to rn b. and c. shift', 'and'],
    ['S/W TEAM AWARE OF PLAN', 'TEAM'],
    ['dr aware of k 3.1', 'aware'],
    ['pt de la cama per family (spanish)', 'cama'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

// Session 17: a given name that is also a clinical abbreviation after a person's label, and a possessive pair.
describe('names next to labels and possessives', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['Referring physician: Ami Himawan, cardiology.', 'Ami Himawan'],
    ['Attending: Ami Okafor', 'Ami Okafor'],
    ["Reviewed Evar Demir's labs with the team.", 'Evar Demir'],
    ['Thank you for referring Kofi to our clinic.', 'Kofi'],
    ['Thank you for seeing Mark Li for evaluation.', 'Mark Li'],
    ['Nurlan states she has had nausea since yesterday.', 'Nurlan'],
    ['Pt seen in clinic today. OYELARAN, PRIYA. Will follow up in 2 weeks.', 'OYELARAN, PRIYA'],
    ['SOCIAL: lives alone, WHITFIELD, PRIYA, daughter involved.', 'WHITFIELD, PRIYA'],
  ];
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ['Hx: AMI Anterior wall, s/p PCI.', 'AMI'],
    ["Reviewed Cardiac Cath's results with family.", 'Cardiac'],
    ["Reviewed Parkinson Disease's course.", 'Disease'],
    ['We referred Cardiology to the chart.', 'Cardiology'],
    ['Coumadin states 5 mg on the bottle.', 'Coumadin'],
    ['Pt on ZOSYN, VANCO and flagyl.', 'VANCO'],
    ['Meds: KEPPRA, DILANTIN', 'DILANTIN'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

// Session 19: a patient named at a sentence start before what a patient does in a clinical story.
describe('names starting a sentence before a patient verb', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['Akifumi presents with shortness of breath for two days.', 'Akifumi'],
    ['Rintanen was seen in clinic on follow-up.', 'Rintanen'],
    ['Yuri Bulgakov was admitted overnight for chest pain.', 'Yuri Bulgakov'],
    ['Grace Kowalczyk presented to the ED after a fall.', 'Grace Kowalczyk'],
    ['Vital signs stable. Mehrudin ambulated in the hall with PT.', 'Mehrudin'],
    ['Lost appetite. Tomasz Wieczorek underwent EGD today.', 'Tomasz Wieczorek'],
  ];
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));

  const SURVIVES: readonly (readonly [string, string])[] = [
    ['Hemostasis was seen at the end of the case.', 'Hemostasis'],
    ['Precedex was weaned overnight.', 'Precedex'],
    ['Impella was placed in the cath lab.', 'Impella'],
    ['Fluoroscopy was brought into the room.', 'Fluoroscopy'],
    ['Duodenitis was seen on EGD.', 'Duodenitis'],
    ['Rose Bengal was seen staining the cornea.', 'Bengal'],
    ['Heparin Drip was held overnight.', 'Drip'],
    ['Bactrim tolerated without rash.', 'Bactrim'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

// Session 19: words that give a name, after a relative's possessive and in one-case text.
describe('names after words that give one', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ["Wife's name is Prudence, she visits daily.", 'Prudence'],
    ['pt goes by Tiny, answers to it.', 'Tiny'],
    ['PT PREFERS TO BE CALLED DUKE', 'DUKE'],
    ['HIS NAME IS BUCK', 'BUCK'],
    ["daughter's name is Joy", 'Joy'],
  ];
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));
  const SURVIVES: readonly (readonly [string, string])[] = [
    ['time goes by slowly for him', 'slowly'],
    ['goes by car to dialysis', 'car'],
    ['known as the Whipple procedure', 'Whipple'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

// Session 19: clinicians after their role in one-case text, and services in parentheses that are no one's name.
describe('clinicians after a role, services after a role', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['md (zhukov) aware', 'zhukov'],
    ['d/w attending oduya re plan', 'oduya'],
    ['MD (STONE) AWARE', 'STONE'],
  ];
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));
  const SURVIVES: readonly (readonly [string, string])[] = [
    ['md (cardiology) aware', 'cardiology'],
    ['md (neurosurg) aware of ct', 'neurosurg'],
    ['MD (ONCALL) AWARE', 'ONCALL'],
    ['md (ortho) aware', 'ortho'],
    ['d/w attending re plan', 're'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

// Session 19: the patient named just after a body system's heading, and a family by its surname's plural.
describe('names after a system heading and families by plural', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['RESP: OKAFOR REMAINS ON AC', 'OKAFOR'],
    ['GI: BURKE TOLERATING TF AT GOAL', 'BURKE'],
    ['ID: SANTORO AFEBRILE, WBC DOWN', 'SANTORO'],
    ['gi: burke tolerating tf', 'burke'],
    ['THE FERRANTES ARE AWARE OF PLAN', 'FERRANTES'],
    ['the Okafors visited today', 'Okafors'],
  ];
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));
  const SURVIVES: readonly (readonly [string, string])[] = [
    ['GI: PEPCID ON HOLD', 'PEPCID'],
    ['RESP: LS CLEAR, SATS 95%', 'CLEAR'],
    ['GU: FOLEY PATENT', 'FOLEY'],
    ['Neuro: Keppra was held', 'Keppra'],
    ['THE LABS ARE PENDING', 'LABS'],
    ['the results are back', 'results'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

// Session 19: a listed name that is also a word, between a contact cue and a credential.
describe('names between a contact cue and a credential', () => {
  const FOUND: readonly (readonly [string, string])[] = [
    ['report given to margo rn at 1900', 'margo'],
    ['PER GRACE NP OK TO HOLD TF', 'GRACE'],
  ];
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));
  const SURVIVES: readonly (readonly [string, string])[] = [
    ['per charge rn ok to give', 'charge'],
    ['report to oncoming rn', 'oncoming'],
    ['paged covering md re k', 'covering'],
    ['per primary rn, pt slept', 'primary'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
});

// Session 19: instruments, dressings and surgical planes named for people are eponyms, not patients.
describe('surgical eponyms before an instrument or a plane survive', () => {
  const SURVIVES: readonly (readonly [string, string])[] = [
    ["dissection carried down to Scarpa's fascia", 'Scarpa'],
    ['peritomy created with Westcott scissors', 'Westcott'],
    ['chordee release with a Nesbit tuck', 'Nesbit'],
    ['urethra dilated with Hank dilators', 'Hank'],
    ['septum raised with a Cottle elevator', 'Cottle'],
    ['closed with a Heaney stitch', 'Heaney'],
    ['placed a Hasson cannula at the umbilicus', 'Hasson'],
    ['continue Kegel exercises', 'Kegel'],
    ['incised with a #10 Bard Parker blade', 'Bard'],
    ['inserted a Homan retractors pair', 'Homan'],
    ['renal ada diet as tolerated', 'ada'],
    ['two Blake drains were placed', 'Blake'],
    ['Doyle splints were placed bilaterally', 'Doyle'],
    ['closed with Owen silk, 4x4s and Kerlix', 'Owen'],
  ];
  for (const [text, part] of SURVIVES) it(`leaves "${part}" in: ${text}`, () => expect(survives(text, part)).toBe(true));
  const FOUND: readonly (readonly [string, string])[] = [
    ['Dr. Westcott reviewed the films.', 'Westcott'],
    ['Seen by Dr Scarpa in clinic.', 'Scarpa'],
  ];
  for (const [text, part] of FOUND) it(`covers "${part}" in: ${text}`, () => expect(covered(text, part)).toBe(true));
});

// Session 19: "MS" as mental status before a word no list calls a name.
describe('mental status is no title', () => {
  it.each([
    ['Monitor for changes in MS. Aspiration precautions.', 'Aspiration'],
    ['if pts ms improves, possible extubation', 'improves'],
  ])('leaves %s', (text, part) => expect(survives(text, part)).toBe(true));
  it.each([
    ['Ms. White visited with her daughter', 'White'],
    ['MS. KOWALSKI AWARE OF PLAN', 'KOWALSKI'],
  ])('covers %s', (text, part) => expect(covered(text, part)).toBe(true));
});

// Session 19: the patient named after "patient is" in a dictated dialogue.
describe('names after "patient is"', () => {
  it.each([
    ['[doctor] next patient is grace ross . date of birth 8-2', 'grace ross'],
    ['The patient is Mark Li, a 40 yo man', 'Mark Li'],
  ])('covers %s', (text, part) => expect(covered(text, part)).toBe(true));
  it.each([
    ['patient is alert and oriented', 'alert'],
    ['pt is grace under pressure', 'grace'],
    ['the patient is rose colored', 'rose'],
  ])('leaves %s', (text, part) => expect(survives(text, part)).toBe(true));
});

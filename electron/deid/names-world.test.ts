// Names the word lists do not hold (issue 11): Vietnamese names of short syllables that are English words
// ("Thành An Hà", "Dr Tô"), names written with marks that the English list holds without them ("Phương",
// "trâm"), surname particles ("van der", "du"), apostrophes of every form ("O‘tkir"), a name at the start of a
// sentence-case line before what people do, "Attn:", table cells, "signed by", "referring X", "The patient, X,".
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';
import { scoreNameWave } from './eval/names-wave';
import { findIdentifiers } from './index';

describe('names of many origins', () => {
  it.each([
    ['Attn: Linh Phương Mai, Case Management', 'Linh Phương'],
    ['Attn: Thành An Hà, Case Management\nRe: discharge planning', 'Thành An Hà'],
    ['The patient, Bá Cường Tăng, was admitted overnight.', 'Bá Cường Tăng'],
    ["Reviewed Gia Phong Hà's labs with the team.", 'Gia Phong'],
    ['Seen with Linh Phương today.', 'Phương'],
    ['The patient, Kwabena Adutwum, was admitted overnight.', 'Kwabena Adutwum'],
    ['Thobeka states she has had nausea since yesterday.', 'Thobeka'],
    ['Heja reports the pain began at work.', 'Heja'],
    ['Provider | Soltanov, Tunar | Attending\nNurse | TBD', 'Soltanov, Tunar'],
    ['Provider\tWosiyane, Nkosenye\tAttending', 'Wosiyane, Nkosenye'],
    ['Dear Dr. Awolowo,\nThank you for referring Ololade to our clinic.', 'Ololade'],
    ['Electronically signed by Nofoto Zuma, MD on file.', 'Nofoto'],
    ['Attention: Mahmud Winarno\nRe: records request', 'Mahmud Winarno'],
    ['Per Dr Tô, hold heparin tonight.', 'Tô'],
    ['daughter trâm anh at bedside, updated on plan.', 'trâm'],
    ['PATIENT NAME: VŨ, NHẬT HỒNG\nADMIT DX: CHF', 'VŨ, NHẬT'],
    ['Pt: Adam K. van der Westhuyzen   Room 4B', 'Adam K. van der Westhuyzen'],
    ['Discussed with E. van den Berg, NP.', 'E. van den Berg'],
    ['Provider | du Plessis, Sara | Attending', 'du Plessis, Sara'],
    ['Plan discussed with patient.\n\nHannes de Klerk, RN\nMedical ICU', 'Hannes de Klerk'],
    ['O‘tkir states she has had nausea since yesterday.', 'O‘tkir'],
    ['Emergency contact: Fotima O‘tkirova (sister), phone on file.', 'Fotima O‘tkirova'],
    ['WIFE THẤT CƯƠNG CALLED, UPDATED.', 'THẤT CƯƠNG'],
    ['The patient, Earl Steyn, was admitted overnight.', 'Earl Steyn'],
    ['Pt, Azad Kawa, 54, presented with chest pain.', 'Azad Kawa'],
    ['Attn: Kwame Koomson-Bonsra, Case Management', 'Kwame Koomson-Bonsra'],
    ['"We are moving in that direction," says Hartvigsson.', 'Hartvigsson'],
    ['She would like to remove her kid Tadzio from the plan.', 'Tadzio'],
    ['Stepmother Oyelaran at bedside.', 'Oyelaran'],
    ['Per chart review, OYELARAN, KENJI; vitals stable.', 'OYELARAN, KENJI'],
    ['KOWALCZYK, DMITRI', 'KOWALCZYK, DMITRI'],
    ['Records faxed; ref Re: Castillo, Margaret R..', 'Castillo, Margaret R'],
    ['pt reports Pt: Okafor, Rafael T. and denies cp/sob.', 'Okafor, Rafael T'],
    ['Sincerely,\nGareth J. Brennan', 'Gareth J. Brennan'],
    ['Pt seen today. Electronically signed by: Gareth S. Castillo. Will follow up.', 'Gareth S. Castillo'],
  ])('finds the name in %j', (text, part) => expect(covered(text, part)).toBe(true));

  it.each([
    ['Patient Ultram 50 mg as needed.', 'Ultram'],
    ['The baby girl was subsequently signed Apgars of 8 at one minute.', 'Apgars'],
    ['The patient was then escorted to the Postanesthesia Care Unit.', 'Postanesthesia Care'],
    ['Dx: Guillain-Barré. Hx of Ménière\'s disease.', 'Guillain-Barré'],
    ['Hx of Ménière\'s disease, Henoch-Schönlein purpura.', 'Ménière'],
    ['Henoch-Schönlein purpura resolved.', 'Henoch-Schönlein'],
    ['A hole was made in the Roux limb; Nissen fundoplication in 2019.', 'Roux'],
    ['A hole was made in the Roux limb; Nissen fundoplication in 2019.', 'Nissen'],
    ['Attn: Case Management\nRe: discharge planning', 'Case Management'],
    ['Attn: Kwame Koomson-Bonsra, Case Management', 'Case Management'],
    ['The patient, However, was comfortable overnight.', 'However'],
    ['The patient, a 54 year old man, was seen.', 'man'],
    ['Pâté, crêpe and café were on the tray; pt ate the crème brûlée.', 'café'],
    ['Pt said Percocet helps more than the patch.', 'Percocet'],
    ['NO C/O N/V. CON\'T TO C/O HEMMOROIDS PAIN.', 'HEMMOROIDS'],
    ['Dressings consisted of Steri-Strips, Owen silk, 4x4s, Kling, Kerlix, and Coban.', 'Kerlix'],
    ['Drops placed: Ocuflox, Pred Forte, Timolol 0.5%, Alphagan.', 'Timolol'],
    ['Thank you,\nCardiology Team', 'Cardiology'],
    ['Temp: T. 98.6, HR 88', 'T.'],
    ['Service | Cardiology | Attending', 'Cardiology'],
    ['Patient states she has had nausea since yesterday.', 'Patient'],
    ['Dressing changed, patient referring pain to the left shoulder.', 'pain'],
    ['He went to the store de novo; Van der Waals forces; Café au lait spots.', 'de novo'],
    ['He went to the store de novo; Van der Waals forces; Café au lait spots.', 'Café au lait'],
    ['Weight bearing as tolerated, to PT in the am.', 'to PT'],
    ["Pt's wife at bedside, the ‘ward’ is quiet.", 'ward'],
  ])('leaves the clinical words of %j', (text, part) => expect(survives(text, part)).toBe(true));

  // Seeds no rule was written against (the rules were written against 5, 11 and 23; 0.923 before them).
  it('covers at least 0.95 of the names wave on fresh seeds', () => {
    const s = scoreNameWave((t) => findIdentifiers(t), [101, 202]);
    expect(s.found / s.total, s.misses.slice(0, 20).map((m) => `${m.frame}: ${m.part}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

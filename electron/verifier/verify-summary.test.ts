// Hand-made cases of every flag kind on varied notes, and faithful statements (paraphrases,
// abbreviations, units and numbers written differently) that must not be flagged.
import { describe, expect, it } from 'vitest';
import type { FlagKind, StructuredSummary } from '../../shared/summary-format';
import { verifyStatement, verifySummary } from './verify-summary';

const CLINIC = `CHIEF COMPLAINT: Knee pain and follow-up of diabetes.
HISTORY OF PRESENT ILLNESS: Mrs. Alvarez is a 67-year-old woman with type 2 diabetes and hypertension who reports right knee pain for 3 weeks after a fall on 03/14/2024. She denies fever, chills, or night sweats. She has no chest pain. She reports mild shortness of breath on exertion. She does not smoke. She drinks alcohol occasionally.
MEDICATIONS: Metformin 1000 mg twice daily. Lisinopril 10 mg daily. Atorvastatin 40 mg at bedtime. Ibuprofen 400 mg every 8 hours as needed for pain.
ALLERGIES: Penicillin (rash).
VITALS: BP 142/88, heart rate 78, temperature 98.6 F, oxygen saturation 97% on room air. Weight 182 pounds.
EXAM: Right knee with moderate effusion and medial joint line tenderness. Left knee normal. Lungs clear without wheezes. No edema of the lower extremities.
LABS: Hemoglobin A1c 7.9% on 02/28/2024, up from 7.2%. Creatinine 1.1. Potassium 4.6. LDL 96.
IMAGING: X-ray of the right knee showed no fracture.
ASSESSMENT AND PLAN:
1. Right knee effusion after a fall, likely traumatic. Order MRI of the right knee. Continue ibuprofen as needed. Refer to orthopedics.
2. Type 2 diabetes, not at goal. Increase metformin to 1000 mg three times daily is not advised; add empagliflozin 10 mg daily.
3. Hypertension above goal. Increase lisinopril to 20 mg daily.
Return in two weeks.`;

const ED = `HPI: 34 yo M presents with L flank pain radiating to the groin since yesterday evening. Pain is 8/10, colicky. Positive for nausea, negative for vomiting. No hematuria. Denies dysuria.
PMH: Kidney stone in 2019. Not taking any anticoagulants.
ED COURSE: Given ketorolac 30 mg IV and ondansetron 4 mg IV. CT abdomen/pelvis showed a 5 mm obstructing stone at the left ureterovesical junction with mild hydronephrosis. UA negative for infection. WBC 9.8, creatinine 1.0.
DISPOSITION: Discharged home with tamsulosin 0.4 mg daily for 14 days and oxycodone 5 mg q6h prn severe pain, #10 tablets. Strain urine. Follow up with urology in 1 week.`;

const OPHTHO = `Visual acuity 20/40 OD and 20/25 OS. Intraocular pressure 24 mmHg in the right eye and 16 mmHg in the left eye. Cup-to-disc ratio 0.7 OD and 0.4 OS. Impression: primary open-angle glaucoma, right eye. Start latanoprost 0.005% one drop in the right eye nightly. Recheck pressure in 6 weeks.`;

const FOLLOWUP = `CHIEF COMPLAINT

Follow-up of chronic problems.

HISTORY OF PRESENT ILLNESS

Brian White is a 58-year-old male with a past medical history significant for congestive heart failure and hypertension, who presents today for follow-up of his chronic problems.

He reports fatigue and lightheadedness. This has been going on for about 5 weeks. While exerting energy, he has experienced some shortness of breath and chest cramps. The patient also notes a slight cough, but he is not sure if it is just the change in seasons.

For his hypertension, this has been well controlled with lisinopril 20 mg a day. The patient has continued to utilize Lasix daily. He denies weight gain, swelling in the lower extremities, fevers, chills, dizziness, nausea, vomiting, and diarrhea.

PHYSICAL EXAMINATION

Neck: JVD 8 cm. Respiratory: Rales bilaterally at the bases. Cardiovascular: 3/6 systolic ejection murmur. Musculoskeletal: Trace edema in the bilateral lower extremities.

RESULTS

Echocardiogram demonstrates decreased ejection fraction of 45% and mild mitral regurgitation.

ASSESSMENT AND PLAN

Congestive heart failure exacerbation. Increase Lasix to 80 mg once a day. He will weigh himself daily and call if he gains more than 3 pounds in 2 days. Order a repeat echocardiogram. Hypertension: continue lisinopril 20 mg daily. Follow up in 3 months.`;

const DISCHARGE = `DISCHARGE SUMMARY
Admitted 02/03/2025 and discharged 02/07/2025. 72-year-old man admitted with community-acquired pneumonia of the right lower lobe.
Hospital course: Treated with ceftriaxone 1 g IV daily and azithromycin 500 mg daily for 5 days. Blood cultures were negative. He required 2 L of oxygen by nasal cannula, weaned to room air on hospital day 3. No longer febrile after day 2. Potassium was 3.2 and was repleted with potassium chloride 40 mEq by mouth. Sodium 134.
At discharge: T 37.2 C, SpO2 94% on room air, pulse 84. He denies chest pain, but reports a mild residual cough. No leg swelling.
Discharge medications: Amoxicillin-clavulanate 875 mg twice daily for 2 more days. Albuterol inhaler 2 puffs every 4-6 hours as needed for wheezing. Resume home tamsulosin 0.4 mg nightly. Hold lisinopril until follow-up because of mild acute kidney injury (creatinine 1.6, baseline 1.1).
Follow-up: primary care in 1 week with a repeat chest X-ray in 6 weeks.`;

function kinds(note: string, text: string, evidence: string[]): FlagKind[] {
  return verifyStatement(note, text, evidence).flags.map((f) => f.kind);
}

describe('faithful statements stay unflagged', () => {
  const faithful: Array<[note: string, text: string, evidence: string[]]> = [
    [CLINIC, '67-year-old woman with type 2 diabetes and hypertension.', ['67-year-old woman with type 2 diabetes and hypertension']],
    [CLINIC, 'Right knee pain for three weeks after a fall on March 14, 2024.', ['right knee pain for 3 weeks after a fall on 03/14/2024']],
    [CLINIC, 'R knee pain x 3 wks.', ['right knee pain for 3 weeks']],
    [CLINIC, 'No fever, chills or night sweats.', ['She denies fever, chills, or night sweats.']],
    [CLINIC, 'Denies chest pain.', ['She has no chest pain.']],
    [CLINIC, 'Mild dyspnea... shortness of breath on exertion.', ['She reports mild shortness of breath on exertion.']],
    [CLINIC, 'Non-smoker; occasional alcohol.', ['She does not smoke.', 'She drinks alcohol occasionally.']],
    [CLINIC, 'Metformin 1,000 mg bid.', ['Metformin 1000 mg twice daily.']],
    [CLINIC, 'Metformin 1 g b.i.d.', ['Metformin 1000 mg twice daily.']],
    [CLINIC, 'Lisinopril 10mg once a day.', ['Lisinopril 10 mg daily.']],
    [CLINIC, 'Atorvastatin 40 milligrams qhs.', ['Atorvastatin 40 mg at bedtime.']],
    [CLINIC, 'Ibuprofen 400 mg q8h prn pain.', ['Ibuprofen 400 mg every 8 hours as needed for pain.']],
    [CLINIC, 'Allergic to penicillin (rash).', ['Penicillin (rash).']],
    [CLINIC, 'BP 142/88, HR 78, afebrile at 98.6 F, SpO2 97% on RA.', ['BP 142/88, heart rate 78, temperature 98.6 F, oxygen saturation 97% on room air.']],
    [CLINIC, 'Weighs 182 lbs.', ['Weight 182 pounds.']],
    [CLINIC, 'Moderate effusion of the R knee with medial joint line tenderness; L knee normal.', ['Right knee with moderate effusion and medial joint line tenderness. Left knee normal.']],
    [CLINIC, 'Lungs clear, no wheezing; no lower-extremity edema.', ['Lungs clear without wheezes.', 'No edema of the lower extremities.']],
    [CLINIC, 'HbA1c 7.9% (Feb 28, 2024), up from 7.2%.', ['Hemoglobin A1c 7.9% on 02/28/2024, up from 7.2%.']],
    [CLINIC, 'Cr 1.1, K 4.6, LDL 96.', ['Creatinine 1.1. Potassium 4.6. LDL 96.']],
    [CLINIC, 'Right knee X-ray: no fracture.', ['X-ray of the right knee showed no fracture.']],
    [CLINIC, 'Add empagliflozin 10 mg once daily.', ['add empagliflozin 10 mg daily']],
    [CLINIC, 'Lisinopril increased to 20 mg a day.', ['Increase lisinopril to 20 mg daily.']],
    [CLINIC, 'Follow up in 2 weeks.', ['Return in two weeks.']],
    [CLINIC, 'Refer to orthopedics.', ['Refer to orthopedics.']],
    [CLINIC, 'MRI of the right knee ordered.', ['Order MRI of the right knee.']],
    [ED, '34-year-old man with left flank pain radiating to the groin.', ['34 yo M presents with L flank pain radiating to the groin']],
    [ED, 'Pain 8/10 and colicky, with nausea but no vomiting.', ['Pain is 8/10, colicky. Positive for nausea, negative for vomiting.']],
    [ED, 'No hematuria or dysuria.', ['No hematuria.', 'Denies dysuria.']],
    [ED, 'History of nephrolithiasis (2019).', ['Kidney stone in 2019.']],
    [ED, 'Received Toradol 30 mg IV and Zofran 4 mg IV.', ['Given ketorolac 30 mg IV and ondansetron 4 mg IV.']],
    [ED, '5-mm obstructing stone at the left UVJ with mild hydronephrosis.', ['5 mm obstructing stone at the left ureterovesical junction with mild hydronephrosis']],
    [ED, 'Urinalysis without signs of infection; WBC 9.8, creatinine 1.0.', ['UA negative for infection. WBC 9.8, creatinine 1.0.']],
    [ED, 'Flomax 0.4 mg daily x 14 days.', ['tamsulosin 0.4 mg daily for 14 days']],
    [ED, 'Oxycodone 5 mg every 6 hours as needed for severe pain, 10 tablets.', ['oxycodone 5 mg q6h prn severe pain, #10 tablets']],
    [ED, 'Urology follow-up in one week.', ['Follow up with urology in 1 week.']],
    [OPHTHO, 'IOP 24 mmHg OD, 16 mmHg OS.', ['Intraocular pressure 24 mmHg in the right eye and 16 mmHg in the left eye.']],
    [OPHTHO, 'Primary open-angle glaucoma of the right eye.', ['primary open-angle glaucoma, right eye']],
    [OPHTHO, 'Latanoprost 0.005%, 1 drop right eye at bedtime.', ['Start latanoprost 0.005% one drop in the right eye nightly.']],
    [OPHTHO, 'Recheck IOP in six weeks.', ['Recheck pressure in 6 weeks.']],
    [OPHTHO, 'Follow-up planned.', []],
    [FOLLOWUP, '58-year-old man with CHF and HTN presenting for follow-up of chronic problems.', ['Brian White is a 58-year-old male with a past medical history significant for congestive heart failure and hypertension, who presents today for follow-up of his chronic problems.']],
    [FOLLOWUP, 'Reports about five weeks of fatigue and lightheadedness.', ['He reports fatigue and lightheadedness.', 'This has been going on for about 5 weeks.']],
    [FOLLOWUP, 'Exertional dyspnea and chest cramps.', ['While exerting energy, he has experienced some shortness of breath and chest cramps.']],
    [FOLLOWUP, 'Slight cough, possibly seasonal.', ['The patient also notes a slight cough, but he is not sure if it is just the change in seasons.']],
    [FOLLOWUP, 'Hypertension well controlled on lisinopril 20 mg daily.', ['this has been well controlled with lisinopril 20 mg a day']],
    [FOLLOWUP, 'Takes furosemide every day.', ['The patient has continued to utilize Lasix daily.']],
    [FOLLOWUP, 'Denies weight gain, leg swelling, fever, chills, dizziness, nausea, vomiting or diarrhea.', ['He denies weight gain, swelling in the lower extremities, fevers, chills, dizziness, nausea, vomiting, and diarrhea.']],
    [FOLLOWUP, 'No nausea or vomiting.', ['He denies weight gain, swelling in the lower extremities, fevers, chills, dizziness, nausea, vomiting, and diarrhea.']],
    [FOLLOWUP, 'JVD to 8 cm, bibasilar rales, 3/6 systolic ejection murmur.', ['JVD 8 cm', 'Rales bilaterally at the bases', '3/6 systolic ejection murmur']],
    [FOLLOWUP, 'Trace bilateral lower extremity edema.', ['Trace edema in the bilateral lower extremities.']],
    [FOLLOWUP, 'Echo: EF 45% with mild mitral regurgitation.', ['Echocardiogram demonstrates decreased ejection fraction of 45% and mild mitral regurgitation.']],
    [FOLLOWUP, 'CHF exacerbation: Lasix increased to 80 mg daily.', ['Congestive heart failure exacerbation.', 'Increase Lasix to 80 mg once a day.']],
    [FOLLOWUP, 'Daily weights; call for a gain of more than 3 lb in 2 days.', ['He will weigh himself daily and call if he gains more than 3 pounds in 2 days.']],
    [FOLLOWUP, 'Repeat echocardiogram ordered.', ['Order a repeat echocardiogram.']],
    [CLINIC, 'Right knee MRI ordered.', ['Order MRI']],
    [CLINIC, 'Continue NSAIDs as needed; orthopedics referral.', ['Continue ibuprofen as needed. Refer to orthopedics.']],
    [FOLLOWUP, 'Continue diuretic therapy.', ['The patient has continued to utilize Lasix daily.']],
    [DISCHARGE, '72M hospitalized Feb 3-7, 2025 for right lower lobe CAP.', ['Admitted 02/03/2025 and discharged 02/07/2025.', '72-year-old man admitted with community-acquired pneumonia of the right lower lobe.']],
    [DISCHARGE, 'Received IV ceftriaxone 1 gram daily plus azithromycin 500 mg for five days.', ['Treated with ceftriaxone 1 g IV daily and azithromycin 500 mg daily for 5 days.']],
    [DISCHARGE, 'Blood cultures negative.', ['Blood cultures were negative.']],
    [DISCHARGE, 'Needed 2 liters of nasal cannula O2, on room air by hospital day 3.', ['He required 2 L of oxygen by nasal cannula, weaned to room air on hospital day 3.']],
    [DISCHARGE, 'Afebrile since day 2.', ['No longer febrile after day 2.']],
    [DISCHARGE, 'Hypokalemia (K 3.2) repleted with oral KCl 40 mEq; Na 134.', ['Potassium was 3.2 and was repleted with potassium chloride 40 mEq by mouth.', 'Sodium 134.']],
    [DISCHARGE, 'Discharge vitals: temperature 37.2 C, SpO2 94% on RA, HR 84.', ['T 37.2 C, SpO2 94% on room air, pulse 84.']],
    [DISCHARGE, 'No chest pain; mild residual cough.', ['He denies chest pain, but reports a mild residual cough.']],
    [DISCHARGE, 'No lower extremity edema.', ['No leg swelling.']],
    [DISCHARGE, 'Augmentin 875 mg BID for two more days.', ['Amoxicillin-clavulanate 875 mg twice daily for 2 more days.']],
    [DISCHARGE, 'Albuterol 2 puffs q4-6h PRN wheezing.', ['Albuterol inhaler 2 puffs every 4-6 hours as needed for wheezing.']],
    [DISCHARGE, 'Resume Flomax 0.4 mg at bedtime.', ['Resume home tamsulosin 0.4 mg nightly.']],
    [DISCHARGE, 'Lisinopril held for mild AKI (Cr 1.6 from baseline 1.1).', ['Hold lisinopril until follow-up because of mild acute kidney injury (creatinine 1.6, baseline 1.1).']],
    [DISCHARGE, 'PCP follow-up in one week; repeat CXR in six weeks.', ['Follow-up: primary care in 1 week with a repeat chest X-ray in 6 weeks.']],
    [CLINIC, 'Fall on 3/14.', ['after a fall on 03/14/2024']],
    ['Seen 3/14 for a fall.', 'Fall on March 14.', ['Seen 3/14 for a fall.']],
    [CLINIC, 'Metformin 1000 mg q12h.', ['Metformin 1000 mg twice daily.']],
    [CLINIC, 'Atorvastatin 40 mg once daily.', ['Atorvastatin 40 mg at bedtime.']],
    [CLINIC, 'Knee pain for 21 days.', ['right knee pain for 3 weeks']],
    [CLINIC, 'Knee pain x3 weeks.', ['right knee pain for 3 weeks']],
    ['Pt with R knee pain x3 weeks, worse on stairs.', 'Right knee pain for 3 weeks.', ['R knee pain x3 weeks']],
    [CLINIC, 'Cholesterol controlled: LDL 96.', ['LDL 96.']],
    [CLINIC, 'K 4.6 and creatinine 1.1; regular follow-up.', ['Creatinine 1.1. Potassium 4.6.']],
    [CLINIC, '67F with DM2 and HTN.', ['67-year-old woman with type 2 diabetes and hypertension']],
    [CLINIC, 'Afebrile (98.6 degrees).', ['temperature 98.6 F']],
    [ED, 'No longer has dysuria.', ['Denies dysuria.']],
    [ED, 'Not on anticoagulation.', ['Not taking any anticoagulants.']],
    [FOLLOWUP, 'Continue lisinopril 20 mg daily; follow up in three months.', ['Hypertension: continue lisinopril 20 mg daily.', 'Follow up in 3 months.']],
  ];
  it.each(faithful.map(([note, text, evidence]) => [text, note, evidence] as const))('%s', (text, note, evidence) => {
    const r = verifyStatement(note, text, evidence);
    expect(r.flags, r.flags.map((f) => f.message).join('\n')).toEqual([]);
  });
});

describe('fabrications are flagged with their kind', () => {
  const cases: Array<[kind: FlagKind, note: string, text: string, evidence: string[]]> = [
    // swapped side
    ['laterality-mismatch', CLINIC, 'Left knee pain for 3 weeks.', ['right knee pain for 3 weeks']],
    ['laterality-mismatch', CLINIC, 'L knee effusion with medial joint line tenderness.', ['Right knee with moderate effusion and medial joint line tenderness.']],
    ['laterality-mismatch', ED, 'Right flank pain radiating to the groin.', ['L flank pain radiating to the groin']],
    ['laterality-mismatch', ED, 'Obstructing stone at the right ureterovesical junction.', ['5 mm obstructing stone at the left ureterovesical junction']],
    ['laterality-mismatch', OPHTHO, 'Glaucoma of the left eye.', ['primary open-angle glaucoma, right eye']],
    ['laterality-mismatch', CLINIC, 'Bilateral knee effusions.', ['Right knee with moderate effusion']],
    // changed dose / unit
    ['dose-mismatch', CLINIC, 'Metformin 500 mg twice daily.', ['Metformin 1000 mg twice daily.']],
    ['dose-mismatch', CLINIC, 'Lisinopril 20 mg daily.', ['Lisinopril 10 mg daily.']],
    ['dose-mismatch', CLINIC, 'Metformin 1000 mg three times daily.', ['Metformin 1000 mg twice daily.']],
    ['dose-mismatch', ED, 'Ketorolac 15 mg IV given.', ['Given ketorolac 30 mg IV']],
    ['dose-mismatch', ED, 'Oxycodone 5 mg every 4 hours as needed.', ['oxycodone 5 mg q6h prn severe pain']],
    ['unit-mismatch', ED, 'Tamsulosin 0.4 mcg daily.', ['tamsulosin 0.4 mg daily']],
    ['number-mismatch', OPHTHO, 'Latanoprost 0.5% one drop nightly.', ['Start latanoprost 0.005% one drop in the right eye nightly.']],
    // dropped or added negation
    ['negation-mismatch', CLINIC, 'Reports fever and chills.', ['She denies fever, chills, or night sweats.']],
    ['negation-mismatch', CLINIC, 'Has chest pain.', ['She has no chest pain.']],
    ['negation-mismatch', CLINIC, 'She smokes.', ['She does not smoke.']],
    ['negation-mismatch', CLINIC, 'No shortness of breath on exertion.', ['She reports mild shortness of breath on exertion.']],
    ['negation-mismatch', CLINIC, 'Lungs with wheezes.', ['Lungs clear without wheezes.']],
    ['negation-mismatch', CLINIC, 'X-ray of the right knee showed a fracture.', ['X-ray of the right knee showed no fracture.']],
    ['negation-mismatch', ED, 'Positive for vomiting.', ['negative for vomiting']],
    ['negation-mismatch', ED, 'Gross hematuria.', ['No hematuria.']],
    ['negation-mismatch', ED, 'Denies nausea.', ['Positive for nausea']],
    ['negation-mismatch', CLINIC, 'Lower extremity edema present.', ['No edema of the lower extremities.']],
    // invented drug
    ['medication-not-in-note', CLINIC, 'Started warfarin 5 mg daily.', ['Lisinopril 10 mg daily.']],
    ['medication-not-in-note', CLINIC, 'Continue Glucotrol.', ['Metformin 1000 mg twice daily.']],
    ['medication-not-in-note', ED, 'Discharged with Keflex.', ['Discharged home with tamsulosin 0.4 mg daily']],
    ['medication-not-in-note', ED, 'Given Zorvantide 40 mg IV.', ['Given ketorolac 30 mg IV']],
    ['medication-not-in-note', OPHTHO, 'Start timolol drops in the right eye.', ['Start latanoprost 0.005% one drop in the right eye nightly.']],
    ['medication-not-in-note', FOLLOWUP, 'Started on Velocitrex for blood pressure.', ['For his hypertension, this has been well controlled with lisinopril 20 mg a day.']],
    ['medication-not-in-note', FOLLOWUP, 'Blood pressure controlled on Zestoretic.', ['For his hypertension, this has been well controlled with lisinopril 20 mg a day.']],
    ['date-mismatch', DISCHARGE, 'Discharged on 02/08/2025.', ['discharged 02/07/2025']],
    ['laterality-mismatch', DISCHARGE, 'Left lower lobe pneumonia.', ['community-acquired pneumonia of the right lower lobe']],
    ['dose-mismatch', DISCHARGE, 'Ceftriaxone 2 g IV daily.', ['ceftriaxone 1 g IV daily']],
    ['number-mismatch', DISCHARGE, 'Azithromycin for 7 days.', ['azithromycin 500 mg daily for 5 days']],
    ['lab-mismatch', DISCHARGE, 'Potassium 2.8, repleted.', ['Potassium was 3.2 and was repleted']],
    ['lab-mismatch', DISCHARGE, 'Creatinine 1.9 (baseline 1.1).', ['creatinine 1.6, baseline 1.1']],
    ['negation-mismatch', DISCHARGE, 'Reports chest pain.', ['He denies chest pain, but reports a mild residual cough.']],
    ['negation-mismatch', DISCHARGE, 'Blood cultures positive.', ['Blood cultures were negative.']],
    ['negation-mismatch', DISCHARGE, 'Leg swelling present.', ['No leg swelling.']],
    ['dose-mismatch', DISCHARGE, 'Albuterol 4 puffs every 4-6 hours as needed.', ['Albuterol inhaler 2 puffs every 4-6 hours as needed for wheezing.']],
    ['medication-not-in-note', DISCHARGE, 'Discharged on levofloxacin.', ['Discharge medications: Amoxicillin-clavulanate 875 mg twice daily for 2 more days.']],
    ['number-mismatch', DISCHARGE, 'Repeat chest X-ray in 4 weeks.', ['repeat chest X-ray in 6 weeks']],
    ['medication-not-in-note', FOLLOWUP, 'Entresto was started for heart failure.', ['Congestive heart failure exacerbation.']],
    ['medication-not-in-note', FOLLOWUP, 'Cardiorex was added for heart failure.', ['Congestive heart failure exacerbation.']],
    ['medication-not-in-note', FOLLOWUP, 'Switched from Lasix to torsemide.', ['The patient has continued to utilize Lasix daily.']],
    ['negation-mismatch', FOLLOWUP, 'Reports dizziness and nausea.', ['He denies weight gain, swelling in the lower extremities, fevers, chills, dizziness, nausea, vomiting, and diarrhea.']],
    ['negation-mismatch', FOLLOWUP, 'No shortness of breath with exertion.', ['While exerting energy, he has experienced some shortness of breath and chest cramps.']],
    ['number-mismatch', FOLLOWUP, 'JVD 10 cm.', ['JVD 8 cm']],
    ['lab-mismatch', FOLLOWUP, 'Ejection fraction 35%.', ['decreased ejection fraction of 45%']],
    ['dose-mismatch', FOLLOWUP, 'Increase Lasix to 40 mg once a day.', ['Increase Lasix to 80 mg once a day.']],
    ['laterality-mismatch', FOLLOWUP, 'Trace edema of the left lower extremity.', ['Trace edema in the bilateral lower extremities.']],
    ['laterality-mismatch', CLINIC, 'Left knee MRI ordered.', ['Order MRI']],
    ['negation-mismatch', ED, 'Taking anticoagulants.', ['Not taking any anticoagulants.']],
    ['number-mismatch', FOLLOWUP, 'Call if he gains more than 5 pounds in 2 days.', ['call if he gains more than 3 pounds in 2 days']],
    // changed lab value
    ['lab-mismatch', CLINIC, 'Hemoglobin A1c 8.9%.', ['Hemoglobin A1c 7.9%']],
    ['lab-mismatch', CLINIC, 'Creatinine 1.4.', ['Creatinine 1.1.']],
    ['lab-mismatch', CLINIC, 'Potassium 4.6, creatinine 1.6.', ['Creatinine 1.1. Potassium 4.6.']],
    ['lab-mismatch', ED, 'WBC 12.8.', ['WBC 9.8, creatinine 1.0.']],
    // changed date
    ['date-mismatch', CLINIC, 'Fell on 03/15/2024.', ['after a fall on 03/14/2024']],
    ['date-mismatch', CLINIC, 'A1c measured on February 27, 2024.', ['Hemoglobin A1c 7.9% on 02/28/2024']],
    ['date-mismatch', ED, 'Prior kidney stone in 2017.', ['Kidney stone in 2019.']],
    // changed number
    ['number-mismatch', CLINIC, '76-year-old woman with diabetes.', ['67-year-old woman with type 2 diabetes']],
    ['number-mismatch', CLINIC, 'Knee pain for 5 weeks.', ['right knee pain for 3 weeks']],
    ['number-mismatch', CLINIC, 'BP 152/88.', ['BP 142/88']],
    ['number-mismatch', CLINIC, 'Heart rate 88.', ['heart rate 78']],
    ['number-mismatch', ED, 'Pain 6/10.', ['Pain is 8/10']],
    ['number-mismatch', ED, '7 mm obstructing stone.', ['5 mm obstructing stone']],
    ['number-mismatch', OPHTHO, 'Recheck in 4 weeks.', ['Recheck pressure in 6 weeks.']],
    ['number-mismatch', CLINIC, 'Return in three weeks.', ['Return in two weeks.']],
    // quotes not in the note
    ['quote-not-found', CLINIC, 'MRI showed a torn meniscus.', ['MRI of the right knee showed a medial meniscus tear']],
    ['quote-not-found', ED, 'Stone passed in the ED.', ['The patient passed the stone in the department.']],
    // specific claim with no evidence
    ['unsupported-claim', CLINIC, 'Aspirin 81 mg daily.', []],
    ['unsupported-claim', ED, 'Pain started 2 days ago on the right.', []],
  ];
  it.each(cases.map(([kind, note, text, evidence]) => [kind, text, note, evidence] as const))('%s: %s', (kind, text, note, evidence) => {
    expect(kinds(note, text, evidence)).toContain(kind);
  });
});

describe('clinical phrasing, both ways', () => {
  const faithful: Array<[note: string, text: string, evidence: string[]]> = [
    ['Calves soft. Homans sign negative bilaterally.', 'Negative Homans sign.', ['Homans sign negative bilaterally.']],
    ['No recent travel. No sick contacts.', 'Denies recent travel or sick contacts.', ['No recent travel.', 'No sick contacts.']],
    ['She smokes one pack per day. She does not drink alcohol.', 'Smokes 1 ppd; no alcohol use.', ['She smokes one pack per day.', 'She does not drink alcohol.']],
    ['She has never had a colonoscopy.', 'Has not had a colonoscopy.', ['She has never had a colonoscopy.']],
    ['Patient reports chest pain but no shortness of breath.', 'No SOB; + chest pain.', ['Patient reports chest pain but no shortness of breath.']],
    ['The patient was unable to bear weight on the left ankle.', 'Could not bear weight on L ankle.', ['The patient was unable to bear weight on the left ankle.']],
    ['Tenderness over the lateral malleolus. No tenderness over the medial malleolus.', 'Lateral malleolar tenderness; medial malleolus nontender.', ['Tenderness over the lateral malleolus.', 'No tenderness over the medial malleolus.']],
    ['Blood pressure today is 128/76 and was 150/90 last visit.', 'BP improved to 128/76 from 150/90.', ['Blood pressure today is 128/76 and was 150/90 last visit.']],
    ['Temperature 101.3 F this morning.', 'Febrile to 38.5 C.', ['Temperature 101.3 F this morning.']],
    ['Symptoms started last Tuesday and worsened in March.', 'Onset Tuesday, worse in March.', ['Symptoms started last Tuesday and worsened in March.']],
    ['Seen on March 15, 2024 for follow-up.', 'Follow-up visit in March 2024.', ['Seen on March 15, 2024 for follow-up.']],
  ];
  it.each(faithful.map(([note, text, evidence]) => [text, note, evidence] as const))('faithful: %s', (text, note, evidence) => {
    expect(verifyStatement(note, text, evidence).flags).toEqual([]);
  });

  const fabricated: Array<[note: string, text: string, evidence: string[]]> = [
    ['Tenderness over the lateral malleolus. No tenderness over the medial malleolus.', 'Tender over the medial malleolus.', ['No tenderness over the medial malleolus.']],
    ['X-ray shows no fracture or dislocation.', 'X-ray shows a fracture.', ['X-ray shows no fracture or dislocation.']],
    ['The patient was unable to bear weight on the left ankle.', 'Bears weight on the left ankle.', ['The patient was unable to bear weight on the left ankle.']],
    ['Calves soft. Homans sign negative bilaterally.', 'Positive Homans sign.', ['Homans sign negative bilaterally.']],
    ['Temperature 101.3 F this morning.', 'Febrile to 39.5 C.', ['Temperature 101.3 F this morning.']],
    ['Prednisone taper: 40 mg daily for 5 days, then 20 mg daily for 5 days.', 'Prednisone 40 mg x5 days then 20 mg x7 days.', ['Prednisone taper: 40 mg daily for 5 days, then 20 mg daily for 5 days.']],
    ['Prednisone taper: 40 mg daily for 5 days, then 20 mg daily for 5 days.', 'Prednisone 20 mg x5 days then 40 mg x5 days.', ['Prednisone taper: 40 mg daily for 5 days, then 20 mg daily for 5 days.']],
    ['Weight is 85 kg, height 180 cm, BMI 26.2.', 'BMI 28.2 (85 kg, 180 cm).', ['Weight is 85 kg, height 180 cm, BMI 26.2.']],
    ['He has had diabetes for 10 years and his last A1c was 8.2% in June 2023.', 'A1c 8.2% (July 2023).', ['He has had diabetes for 10 years and his last A1c was 8.2% in June 2023.']],
    ['He has had diabetes for 10 years and his last A1c was 8.2% in June 2023.', 'Diabetic for 12 years.', ['He has had diabetes for 10 years and his last A1c was 8.2% in June 2023.']],
    ['Symptoms began 2 days ago.', 'Symptom onset three days ago.', ['Symptoms began 2 days ago.']],
    ['Gabapentin 300 mg three times a day.', 'Gabapentin 300 mg BID.', ['Gabapentin 300 mg three times a day.']],
    ['Vitamin D 50,000 units weekly.', 'Vitamin D 5,000 IU weekly.', ['Vitamin D 50,000 units weekly.']],
    ['Vitamin D 50,000 units weekly.', 'Vitamin D 50,000 units daily.', ['Vitamin D 50,000 units weekly.']],
    ['Pain 7/10 at rest.', 'Pain 9/10 at rest.', ['Pain 7/10 at rest.']],
    ['Hemoglobin 9.8 g/dL, down from 11.0.', 'Hgb dropped from 11 to 8.9.', ['Hemoglobin 9.8 g/dL, down from 11.0.']],
    ['Hemoglobin 9.8 g/dL, down from 11.0.', 'Hgb rose from 9.8 to 11.', ['Hemoglobin 9.8 g/dL, down from 11.0.']],
    ['Started on insulin glargine 10 units at bedtime.', 'Lantus 10 units in the morning started.', ['Started on insulin glargine 10 units at bedtime.']],
    ['Started on insulin glargine 10 units at bedtime.', 'Started insulin lispro 10 units at bedtime.', ['Started on insulin glargine 10 units at bedtime.']],
    ['Last seen on January 5th.', 'Last visit Jan 6.', ['Last seen on January 5th.']],
    ['Heart rate 110, tachycardic.', 'Heart rate 101, tachycardic.', ['Heart rate 110, tachycardic.']],
    ['The patient is a 45-year-old male.', '54 y/o M.', ['The patient is a 45-year-old male.']],
    ['Tylenol 650 mg every 6 hours as needed.', 'Tylenol 650 mg every 4 hours as needed.', ['Tylenol 650 mg every 6 hours as needed.']],
    ['She had a C-section in 2015 and a cholecystectomy in 2018.', 'Prior C-section (2018) and cholecystectomy (2015).', ['She had a C-section in 2015 and a cholecystectomy in 2018.']],
    ['Lipitor was changed to rosuvastatin 20 mg.', 'Switched from simvastatin to Crestor 20 mg.', ['Lipitor was changed to rosuvastatin 20 mg.']],
    ['Symptoms started last Tuesday and worsened in March.', 'Symptoms started last Wednesday.', ['Symptoms started last Tuesday']],
    ['Symptoms started last Tuesday and worsened in March.', 'Worse since April.', ['Symptoms started last Tuesday and worsened in March.']],
    ['Right-sided weakness and left facial droop.', 'Left-sided weakness and left facial droop.', ['Right-sided weakness and left facial droop.']],
    ['Right-sided weakness and left facial droop.', 'Right-sided weakness and right facial droop.', ['Right-sided weakness and left facial droop.']],
    ['MRI showed a tear of the left medial meniscus.', 'MRI: right medial meniscus tear.', ['MRI showed a tear of the left medial meniscus.']],
    ['He denies alcohol use.', 'Drinks alcohol socially.', ['He denies alcohol use.']],
    ['No history of seizures.', 'History of seizures.', ['No history of seizures.']],
    ['Positive for chills.', 'Denies chills.', ['Positive for chills.']],
    ['Allergic to sulfa drugs.', 'No known drug allergies.', ['Allergic to sulfa drugs.']],
  ];
  it.each(fabricated.map(([note, text, evidence]) => [text, note, evidence] as const))('flagged: %s', (text, note, evidence) => {
    expect(verifyStatement(note, text, evidence).flags.length).toBeGreaterThan(0);
  });
});

describe('quotes', () => {
  it('a quote the engine bent (number changed) is not evidence for the change', () => {
    const r = verifyStatement(CLINIC, 'Weight 192 pounds.', ['VITALS: BP 142/88, heart rate 78, weight 192 pounds']);
    expect(r.flags.length).toBeGreaterThan(0);
  });

  it('a near quote with a word the note does not have there is not evidence', () => {
    const r = verifyStatement(CLINIC, 'Right hip with moderate effusion.', ['Right hip with moderate effusion and medial joint line tenderness.']);
    expect(r.quotes[0]!.match).toBe('fuzzy');
    expect(r.flags.map((f) => f.kind)).toContain('quote-not-found');
    const ok = verifyStatement(CLINIC, 'Right knee effusion.', ['Right knee with a moderate effusion and with medial joint line tenderness']);
    expect(ok.quotes[0]!.match).toBe('fuzzy');
    expect(ok.flags).toEqual([]);
  });

  it('a fuzzy quote carrying a changed side is flagged even when the statement copies it', () => {
    const r = verifyStatement(CLINIC, 'Moderate effusion of the left knee.', ['Left knee with moderate effusion and medial joint line tenderness.']);
    expect(r.flags.map((f) => f.kind)).toContain('laterality-mismatch');
  });
});

describe('verifySummary', () => {
  it('reports every statement with its resolved quotes and counts', () => {
    const summary: StructuredSummary = {
      format: 'lockscribe-summary',
      version: 1,
      style: 'soap',
      sections: [
        { title: 'Subjective', statements: [{ text: 'Right knee pain for 3 weeks after a fall.', evidence: ['right knee pain for 3 weeks after a fall'] }] },
        { title: 'Objective', statements: [{ text: 'BP 142/88.', evidence: ['BP 142/88'] }, { text: 'Left knee effusion.', evidence: ['Right knee with moderate effusion'] }] },
        { title: 'Plan', statements: [{ text: 'Orthopedics referral.', evidence: [] }] },
      ],
    };
    const report = verifySummary(CLINIC, summary);
    expect(report.counts).toEqual({ statements: 4, supported: 2, flagged: 1 });
    expect(report.statements[2]).toMatchObject({ section: 1, index: 1 });
    expect(report.statements[2]!.flags[0]!.kind).toBe('laterality-mismatch');
    const q = report.statements[0]!.quotes[0]!;
    expect(CLINIC.slice(q.span!.start, q.span!.end)).toBe('right knee pain for 3 weeks after a fall');
  });

  it('is deterministic', () => {
    const summary: StructuredSummary = {
      format: 'lockscribe-summary',
      version: 1,
      style: 'brief',
      sections: [{ title: 'Summary', statements: [{ text: 'Left flank pain, 8/10.', evidence: ['L flank pain', 'Pain is 8/10'] }] }],
    };
    expect(verifySummary(ED, summary)).toEqual(verifySummary(ED, summary));
  });
});

// A body part, relative or the patient's sex traded for another is flagged; faithful wordings of the
// same thing are not.
import { describe, expect, it } from 'vitest';
import { flagKinds as kinds } from './verifier-test-support';

describe('term swaps', () => {
  it.each([
    ['She has had right knee pain for 3 weeks.', 'Right hip pain for 3 weeks.', 'She has had right knee pain for 3 weeks'],
    ['Her mother had breast cancer at 50.', 'Sister had breast cancer at 50.', 'Her mother had breast cancer at 50'],
    ['Heart and lungs examination unremarkable.', 'Lung and lungs examination unremarkable.', 'Heart and lungs examination unremarkable'],
    ['Ultrasound of the kidney showed a 6 mm stone.', 'Ultrasound of the liver showed a 6 mm stone.', 'Ultrasound of the kidney showed a 6 mm stone'],
    ['Mr. Jones is a 67-year-old man with COPD. He uses 2 L home oxygen.', '67-year-old woman with COPD.', 'Mr. Jones is a 67-year-old man with COPD'],
    ['45 yo F with migraine. She takes sumatriptan.', '45-year-old male with migraine.', '45 yo F with migraine'],
    ['Her mother had breast cancer at 50.', 'Patient had breast cancer at 50.', 'Her mother had breast cancer at 50'],
    ['FAMILY: Father - MI at 62.', 'History of MI at 62.', 'Father - MI at 62'],
    ['Allergic to penicillin (rash).', 'Allergic to sulfa (rash).', 'Allergic to penicillin (rash)'],
    ['She underwent appendectomy in 2010.', 'She underwent cholecystectomy in 2010.', 'She underwent appendectomy in 2010'],
    ['Follow up in 2 weeks with cardiology.', 'Follow up in 2 weeks with neurology.', 'Follow up in 2 weeks with cardiology'],
    ['CXR showed left lower lobe pneumonia.', 'CXR showed a left lower lobe pneumothorax.', 'CXR showed left lower lobe pneumonia'],
  ])('flags a traded term: %s', (note, statement, quote) => {
    expect(kinds(note, statement, quote)).toContain('term-mismatch');
  });

  it.each([
    ['Bilateral LE edema, 2+.', 'Bilateral leg swelling, 2+.', 'Bilateral LE edema, 2+'],
    ['Both knees ache after walking.', 'Knee pain after walking.', 'Both knees ache after walking'],
    ['Her mom has diabetes.', 'Mother has diabetes.', 'Her mom has diabetes'],
    ['Abdomen soft, nontender.', 'Abdominal exam benign, soft and nontender.', 'Abdomen soft, nontender'],
    ['He lives with his wife. She drives him to visits.', 'Lives with his wife.', 'He lives with his wife'],
    ['Renal function stable, creatinine 1.0.', 'Kidney function stable, creatinine 1.0.', 'Renal function stable, creatinine 1.0'],
    ['Pt is a 70 yo man; temp 98.6 F.', 'A 70-year-old man, afebrile.', 'Pt is a 70 yo man'],
    ['Lives with his wife, independent in ADLs.', 'Independent in ADLs.', 'Lives with his wife, independent in ADLs'],
    ['Allergies: latex (hives), penicillin.', 'Latex and penicillin allergies.', 'Allergies: latex (hives), penicillin'],
    ['History of kidney stones, passed spontaneously.', 'History of nephrolithiasis.', 'History of kidney stones, passed spontaneously'],
    ['Knee osteoarthritis, worse with stairs.', 'Arthritis of the knee, worse with stairs.', 'Knee osteoarthritis, worse with stairs'],
    ['Referred to cardiology for echocardiography.', 'Cardiology referral for an echocardiogram.', 'Referred to cardiology for echocardiography'],
    ['Her mother had breast cancer at 50.', 'Family history of breast cancer (age 50).', 'Her mother had breast cancer at 50'],
    ['Her mom had breast cancer at 50.', "Mother's breast cancer at 50.", 'Her mom had breast cancer at 50'],
  ])('leaves a faithful wording alone: %s', (note, statement, quote) => {
    expect(kinds(note, statement, quote)).not.toContain('term-mismatch');
  });
});

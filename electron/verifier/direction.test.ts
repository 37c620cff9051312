// Direction words turned the other way ("improved" for "worsened", "positive" for "negative",
// "hypotension" for "hypertension") are flagged; faithful rewordings, negated directions and evidence
// that says both ways about different things are not.
import { describe, expect, it } from 'vitest';
import { flagKinds as kinds } from './verifier-test-support';

describe('direction mismatches', () => {
  it.each([
    ['Pain worsened overnight despite oxycodone.', 'Pain improved overnight.', 'Pain worsened overnight'],
    ['Blood cultures negative x2 at 48 hours.', 'Blood cultures positive at 48 hours.', 'Blood cultures negative x2 at 48 hours'],
    ['Past history of hypertension, on amlodipine.', 'History of hypotension on amlodipine.', 'Past history of hypertension'],
    ['Creatinine increased to 1.4 from 1.1.', 'Creatinine decreased to 1.4.', 'Creatinine increased to 1.4 from 1.1'],
    ['Bradycardic on arrival to the ED.', 'Tachycardic on arrival.', 'Bradycardic on arrival to the ED'],
    ['CT head abnormal with a small subdural bleed.', 'CT head normal.', 'CT head abnormal with a small subdural bleed'],
    ['Metoprolol was stopped because of fatigue.', 'Metoprolol was started.', 'Metoprolol was stopped because of fatigue'],
    ['Patient remains hemodynamically unstable on pressors.', 'Hemodynamically stable on pressors.', 'Patient remains hemodynamically unstable on pressors'],
    ['Stopped at 1645.', 'RESTARTED AT 1645.', 'Stopped at 1645'],
  ])('flags a reversed direction: %s', (note, statement, quote) => {
    expect(kinds(note, statement, quote)).toContain('direction-mismatch');
  });

  it.each([
    ['Pain improved with ice and rest.', 'Pain is better with ice.', 'Pain improved with ice and rest'],
    ['Pain not improved, and worse at night.', 'Pain has not improved.', 'Pain not improved, and worse at night'],
    ['Lisinopril increased to 20 mg, and her cough decreased.', 'Lisinopril increased to 20 mg; cough decreased.', 'Lisinopril increased to 20 mg, and her cough decreased'],
    ['Swelling decreased though pain increased.', 'Swelling decreased.', 'Swelling decreased though pain increased'],
    ['Afebrile overnight, Tmax 37.9.', 'Afebrile overnight.', 'Afebrile overnight, Tmax 37.9'],
    ['HTN well controlled on lisinopril.', 'Hypertension controlled on lisinopril.', 'HTN well controlled on lisinopril'],
    ['Cough better and fever resolved.', 'Cough improved; fever resolved.', 'Cough better and fever resolved'],
    ['Pain worse with walking.', 'Pain increased with walking.', 'Pain worse with walking'],
    ['No improvement in the rash; it is worse.', 'Rash worse, no improvement.', 'No improvement in the rash; it is worse'],
  ])('leaves a faithful statement alone: %s', (note, statement, quote) => {
    expect(kinds(note, statement, quote)).not.toContain('direction-mismatch');
  });
});

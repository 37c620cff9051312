// Look-alikes of plastic surgery, lactation, GI motility and pulmonary rehabilitation records that named-plastic-milk-
// gut-lung.ts keeps, written apart from the waves' own keep lists, and the identifiers beside them that must still be
// found: a surname, a first name or a town next to the product, eponym, airline, state or region that shares its word.
import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './index';

/** No finding touches the part. */
function untouched(text: string, part: string): boolean {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`test text lacks its part: ${part}`);
  return !findIdentifiers(text).some((f) => f.start < at + part.length && at < f.end);
}

/** Every letter and digit of the part lies inside some finding. */
function found(text: string, part: string): boolean {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`test text lacks its part: ${part}`);
  const findings = findIdentifiers(text);
  for (let i = at; i < at + part.length; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i]!) && !findings.some((f) => f.start <= i && i < f.end)) return false;
  }
  return true;
}

describe('plastic, lactation, motility and pulmonary rehab look-alikes survive', () => {
  it.each([
    ['Coleman structural fat grafting to the temples.', 'Coleman'],
    ['Mentor MemoryShape implants, 325 cc.', 'Mentor MemoryShape'],
    ['Natrelle 410 cohesive implant on the left.', 'Natrelle 410 cohesive'],
    ['Juvederm Volbella XC to the lips.', 'Juvederm Volbella XC'],
    ['Closed with Dermabond Advanced.', 'Dermabond Advanced'],
    ['Covered under the Women’s Health and Cancer Rights Act.', 'Women’s Health and Cancer Rights Act'],
    ['Referred to Susan G. Komen for the Cure.', 'Susan G. Komen'],
    ['Returned to the free flap unit for monitoring.', 'free flap unit'],
    ["Suspensory Cooper's ligaments stretched.", "Cooper's ligaments"],
    ["Newman's nipple cream prescribed.", "Newman's"],
    ['Candida albicans on the swab.', 'Candida albicans'],
    ['Candida of the areola, treated with nystatin.', 'Candida'],
    ['Ameda Mya Joy Plus pump through insurance.', 'Ameda Mya Joy Plus'],
    ['Elvie Pump hands-free.', 'Elvie Pump'],
    ['Motif Duo rental.', 'Motif Duo'],
    ["Per Hale's Medications & Mothers' Milk, compatible.", "Hale's Medications & Mothers' Milk"],
    ['Transferred to the Mother-Baby unit.', 'Mother-Baby'],
    ['Laparoscopic Heller cardiomyotomy in 2019.', 'Heller'],
    ['Cleveland Clinic incontinence score 12.', 'Cleveland Clinic incontinence score'],
    ['Leg fatigue 3/10 and dyspnea 5/10 at the end.', '5/10'],
    ['RPE 13/20 on the bike.', '13/20'],
    ['Saint George’s Respiratory Questionnaire repeated.', 'Saint George’s Respiratory Questionnaire'],
    ['Breo Ellipta and Stiolto Respimat daily.', 'Stiolto Respimat'],
    ['Philips EverFlo at 3 L.', 'Philips EverFlo'],
    ['CAIRE Helios Marathon for outings.', 'Helios'],
    ['Zephyr valves to the left upper lobe.', 'Zephyr'],
    ['She plans to fly on Delta next month.', 'Delta'],
    ['Delta Air Lines requires a MEDIF.', 'Delta'],
    ['Picked up at the post office.', 'post office'],
    ['The senior van brought her.', 'senior van'],
    ['Moved to Wyoming for work.', 'Wyoming'],
    ['He is from Appalachia and worked underground.', 'Appalachia'],
  ])('%s keeps %s', (text, part) => expect(untouched(text, part)).toBe(true));
});

describe('identifiers beside those look-alikes are still found', () => {
  it.each([
    ['Dr. Coleman saw her.', 'Coleman'],
    ['Coleman fat grafting by Dr. Coleman Reyes.', 'Coleman Reyes'],
    ["Reviewed Dr. Cooper's note.", 'Cooper'],
    ["Dr. Newman suggested Newman's nipple cream.", 'Newman'],
    ['Candida Lopez called at 555-201-3344.', 'Candida Lopez'],
    ['Elvie Stride called the office.', 'Elvie Stride'],
    ['Motif Luna Garcia is the baby’s name.', 'Luna Garcia'],
    ['Mya Joy Smith is her daughter.', 'Mya Joy Smith'],
    ['Heller myotomy by Dr. Anna Heller.', 'Anna Heller'],
    ['Seen at Cleveland Clinic on 3/4/2024.', 'Cleveland Clinic'],
    ['Zephyr valves placed by Dr. Zephyr Okafor.', 'Zephyr Okafor'],
    ['Dyspnea 4/10/2024 at rest.', '4/10/2024'],
    ['Dyspnea since 4/10.', '4/10'],
    ['Lives in Delta, CO.', 'Delta'],
    ['Moved to Delta last year.', 'Delta'],
    ['Delta Smith is her sister.', 'Delta Smith'],
    ['Flying with Delta Mae Jones, her sister.', 'Delta'],
    ['Lives in Wyoming, MI 49509.', 'Wyoming'],
    ['Lives in Wyoming County.', 'Wyoming County'],
    ['Casper, Wyoming 82601', 'Casper'],
    ['Appalachia, VA 24216.', 'Appalachia'],
    ['The town of Appalachia is small.', 'Appalachia'],
    ['She works at the Hazard Post Office.', 'Hazard Post Office'],
    ['Admitted to St. Luke’s Mother-Baby Unit.', 'St. Luke’s'],
    ['Met at Grace Lutheran Church fellowship hall.', 'Grace Lutheran Church'],
    ['Booked on the Breathitt County Transit van.', 'Breathitt County Transit'],
    ['HELiOS H36 filled by Helios Garcia.', 'Helios Garcia'],
    ['Susan G. Komen walk with Susan Grant.', 'Susan Grant'],
  ])('%s finds %s', (text, part) => expect(found(text, part)).toBe(true));
});

// Families that round 30 of issue 11 found in home infusion, hospice, child protection and epilepsy records. Each
// has examples written apart from any generator, and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round thirty families are found', () => {
  it.each([
    // County agencies and courts, before or after the county's name.
    ['Referral made to Pike County Children Services today.', 'Pike County Children Services'],
    ['faxed to scioto county job and family services at noon', 'scioto county job and family services'],
    ['Exam reviewed with the Erie County DCFS worker.', 'Erie County DCFS'],
    ['Visits moved to Boone County Family Visitation Center.', 'Boone County Family Visitation Center'],
    ['Swabs taken to Dane County Forensic Laboratory.', 'Dane County Forensic Laboratory'],
    ['hearing at the Clay County Juvenile Court on the 9th', 'Clay County Juvenile Court'],
    ['case opened by DCS Marion County Office', 'DCS Marion County Office'],
    ['report sent to dcfs joliet field office', 'dcfs joliet field office'],
    ['volunteer from CASA of Licking County assigned', 'CASA of Licking County'],
    ['Hearing in Circuit Court of Cole County next month.', 'Circuit Court of Cole County'],
    ['Wood County Court of Common Pleas, Juvenile Division set the date.', 'Wood County Court of Common Pleas, Juvenile Division'],
    // A town's police written by its letters.
    ['report taken by officer ruiz of brackettville pd', 'brackettville pd'],
    // Firms named by partners.
    ['Represented by Okafor & Lindqvist, LLC in the matter.', 'Okafor & Lindqvist, LLC'],
    ['will kept at Brandt & Osei Elder Law', 'Brandt & Osei Elder Law'],
    ['family chose Wozniak & Sons Funeral Home', 'Wozniak & Sons Funeral Home'],
    ['call Marchetti-Dunn Funeral Chapel for the release', 'Marchetti-Dunn Funeral Chapel'],
    ['Referred by Dr. Ng of Abara & Voss Infectious Diseases, PC.', 'Abara & Voss Infectious Diseases, PC'],
    // Kinds only a named site has.
    ['Drug delivered by Tanglewood Infusion Pharmacy.', 'Tanglewood Infusion Pharmacy'],
    ['Origin: Juniper Home Infusion & Nutrition', 'Juniper Home Infusion & Nutrition'],
    ['Next dose at Brookhaven Infusion Suites on Friday.', 'Brookhaven Infusion Suites'],
    ['hood certified by Ironwood Cleanroom Certification, Inc. in May', 'Ironwood Cleanroom Certification, Inc.'],
    ['Permit held by Silver Maple Crematory on file.', 'Silver Maple Crematory'],
    ['Labs drawn and sent to Sandhill Clinical Labs.', 'Sandhill Clinical Labs'],
    ['Seen before at Kessler Pediatric Neurology, PC.', 'Kessler Pediatric Neurology, PC'],
    ['respite at the Gardens at Elmhurst for five days', 'Gardens at Elmhurst'],
    ['TRANSFER FROM HOSPICE & PALLIATIVE CARE OF MILFORD', 'HOSPICE & PALLIATIVE CARE OF MILFORD'],
    ['teacher at TREMONT ELEMENTARY: 9 absences', 'TREMONT ELEMENTARY'],
    ['Kit taken to Tri-Valley Regional Crime Laboratory.', 'Tri-Valley Regional Crime Laboratory'],
    ['Dispensed by Okonkwo\'s Drug Store.', 'Okonkwo\'s Drug Store'],
    // Addresses: towns after a street, cells of a letterhead, units.
    ['agreed to stay at 77 birch st., waverly until the hearing', 'waverly'],
    ['I, Ann Lowe, of 12 Hill Road, Tamworth, NH, hereby declare', 'Tamworth'],
    ['Keystone Drugs | 410 W ELM CIR | BRADFORD, PA 16701 | permit 7', '410 W ELM CIR'],
    ['Keystone Drugs | 410 W ELM CIR | BRADFORD, PA 16701 | permit 7', 'BRADFORD'],
    ['Kline Pharmacy | 9 Main St | Tolland, Connecticut 06084 | fax', 'Tolland'],
    ['deliver to 22 Orchard Rd, Lot 9, Sayre', 'Lot 9'],
    ['Bianca Ruiz, 94, of Westfield, came to the visit.', 'Westfield'],
    ['Bianca Ruiz, 94, of Westfield, came to the visit.', '94'],
    ['placed with grandmother Lena Ortiz in Carbondale since May 2021', 'Carbondale'],
    ['88-year-old woman from Sedalia with a new seizure', 'Sedalia'],
    // People.
    ['Witnesses Tamsin Okafor and Dale Brandt signed.', 'Tamsin Okafor'],
    ['I hereby appoint Mirela Costa as my agent.', 'Mirela Costa'],
    ['I certify that Rosalind Achebe is terminally ill.', 'Rosalind Achebe'],
    ['Signature of physician/NP: Lars Whitfield   Date: today', 'Lars Whitfield'],
    ['Great-grandmother Odette Vance offered to help.', 'Odette Vance'],
    ['HOUSEHOLD\nBrandt, Erika    mother    3/3/1990\nEmma    child    4/4/2016', 'Brandt, Erika'],
    ['Subpoena to testify in State v. Okoro next week.', 'Okoro'],
    ['i, dina kowalczyk, of 4 elm st, salem', 'dina kowalczyk'],
    ['e-mail from daughter marta lindqvist <mlind77@example.org> today', 'marta lindqvist'],
    ['RN Priya Raman present for the first hour.', 'Priya Raman'],
    ['with investigator Okafor, Grace (worker ID 1234) of the county', 'Okafor, Grace'],
    ['3. LINDQVIST, Emelia - MRN 2231100 - 40 yo', 'LINDQVIST, Emelia'],
    ['Rx# 4451230   Helena Marsh\nvancomycin 1 g', 'Helena Marsh'],
    ['Helena Marsh   Rx 4451230\nTPN', 'Helena Marsh'],
    ['review station: opened okafor~ grace_0c1b2a3d-1111-2222-3333-444455556666.e', 'okafor~ grace'],
    ['Thank you. Gave meds late last night. -- Marisol', 'Marisol'],
    // Signers' letters and numbers.
    ['0700 hand-off QX -> ZTB: leads re-glued', 'QX'],
    ['0700 hand-off QX -> ZTB: leads re-glued', 'ZTB'],
    ['Record archived to storage. Archived by KDR.', 'KDR'],
    ['Programmed: 3/4/2024 07:10   By: WQ', 'WQ'],
    ['Level called to nurse, read back, by PFX at 20:00.', 'PFX'],
    ['returned to the maker under RMA-774201.', 'RMA-774201'],
    ['precert 5512kq9031 approved for 5 days', '5512kq9031'],
    ['ROUTE MANIFEST 771203   3/7/24', '771203'],
    ['case 2019JA553201 continued', '2019JA553201'],
    ['recording saved as evidence item 700219.', '700219'],
    ['Deputy Ana Ruiz, unit 4471, responded.', '4471'],
    ['uploads by user "mossy_fern88" noted', 'mossy_fern88'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round thirty look-alikes survive', () => {
  it.each([
    ['Attends elementary school in the fall.', 'elementary school'],
    ['Filled at the specialty pharmacy.', 'specialty pharmacy'],
    ['URAC specialty pharmacy accreditation.', 'URAC'],
    ['Referred to the child advocacy center.', 'child advocacy center'],
    ['Dressing by Smith & Nephew, Inc. applied.', 'Smith & Nephew'],
    ['Reviewed by ID and EP this morning.', 'ID'],
    ['RN aware of the plan.', 'aware'],
    ['pt on hospice of sorts', 'hospice'],
    ['signed this 1st day of December, 1966.', '1966'],
    ['Dianeal PD-2 2.5% dextrose', 'PD-2 2.5%'],
    ['in remission since 2019', 'remission'],
    ['67 yo man from home with chest pain', 'home'],
    ['45 year old female from OSH with sepsis', 'OSH'],
    ['Pleasant, 92, of course.', 'course'],
    ['BP 120/80 -- stable', 'stable'],
    ['County health department notified.', 'County health department'],
    ['Held at the county jail.', 'county jail'],
    ['the regional crime lab ran the kit', 'regional crime lab'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});

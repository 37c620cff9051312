// Families that round 26 of issue 11 found in urology, rheumatology, travel-medicine and correctional records, and the
// look-alikes of endoscopy, sleep, newborn and language-services records. Each has examples written apart from any
// generator, and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round twenty-six families are found', () => {
  it.each([
    // Towns on a journey's legs, places abroad named after their kind, hotels, resorts and sanctuaries.
    ['Itinerary: arrives Kumasi (Ghana) May 2, then Siem Reap for 6 nights, flies home from Hue May 20.', 'Kumasi'],
    ['Itinerary: arrives Kumasi (Ghana) May 2, then Siem Reap for 6 nights, flies home from Hue May 20.', 'Siem Reap'],
    ['staying mostly in arequipa, day trips only', 'arequipa'],
    ['WILL STAY WITH AUNT ROSA PEREZ IN CHINANDEGA FOR A MONTH', 'CHINANDEGA'],
    ['Cruise calling at Mombasa and Zanzibar City; no rabies vaccine aboard.', 'Zanzibar City'],
    ['Trek begins in Namche Jun 3; first night above 3,400 m at Tengboche.', 'Tengboche'],
    ['Posted to Kisumu for a year with an NGO.', 'Kisumu'],
    ['"I leave for Ouagadougou on Friday"', 'Ouagadougou'],
    ['returned sunday from iquitos, fever since', 'iquitos'],
    ['Mission trip with her church to Jinotega in March.', 'Jinotega'],
    ['Malaria risk high in rural Kilifi during the rains.', 'Kilifi'],
    ['no care within 12 h of Lamu; carry Coartem', 'Lamu'],
    ['Messaged from Hotel Mirador (room 12) with a rash.', 'Hotel Mirador'],
    ['first dose given at Clínica Santa Fe, Granada', 'Clínica Santa Fe'],
    ['advised to go to hospital regional de kolda today', 'hospital regional de kolda'],
    ['stayed at mango grove hotel; fever two days later', 'mango grove hotel'],
    ['Swam at Hornbill Forest Sanctuary near Kakamega.', 'Hornbill Forest Sanctuary'],
    // Practices and institutions named before a kind only a named place has.
    ['to: bluff city urology nurse line', 'bluff city urology'],
    ['Referral to Cedar Falls Pelvic Health PT for therapy.', 'Cedar Falls Pelvic Health PT'],
    ['mobile service: prairie wind lithotripsy', 'prairie wind lithotripsy'],
    ['first visit at two harbors family health on may 3', 'two harbors family health'],
    ['LOCATION: MAPLETON TRAVEL & IMMUNIZATION CENTER', 'MAPLETON TRAVEL & IMMUNIZATION CENTER'],
    ['order from judge lee, adams county court of common pleas, case 4', 'adams county court of common pleas'],
    ['place of service Lone Tree Ambulatory Surgery Center.', 'Lone Tree Ambulatory Surgery Center'],
    ['continue per Pine Hollow State Prison protocol', 'Pine Hollow State Prison'],
    ['SENT OUT VIA GRAND FORKS FIRE RESCUE TO THE ED', 'GRAND FORKS FIRE RESCUE'],
    ['Booked 2/2 0100 by Alvarado PD on a warrant.', 'Alvarado PD'],
    ['Urology Associates of Hope is closed that day.', 'Urology Associates of Hope'],
    ['cc: rheumatology associates of blair county', 'rheumatology associates of blair county'],
    // A jail's housing units by name.
    ['Inmate cleared; housed Douglass Unit, C-pod, lower bunk.', 'Douglass Unit'],
    ['PILL LINE CEDAR POD: MOUTH CHECK BY DEPUTY', 'CEDAR POD'],
    ['Inmate: ROE, JAN   4451190   Magnolia Dorm', 'Magnolia Dorm'],
    ['jail nurse logged it on the hawthorn building sheet', 'hawthorn building'],
    // Towns after a store's number, a service center, a site near, an altitude.
    ['Refill picked up at Walgreens #4471 in Moab on 3/2.', 'Moab'],
    ['drawn at the Quest patient service center in Kearney', 'Kearney'],
    // Officers, numbers and codes of travel and custody.
    ['Transporting officer Deputy Haskins (#3391) reports', '3391'],
    ['ESCORT: C/O PRUITT #4412 AND OFC. LANE', '4412'],
    ['Sailing on the MV Coral Dawn, cabin B214, from Tampa.', 'MV Coral Dawn'],
    ['Sailing on the MV Coral Dawn, cabin B214, from Tampa.', 'B214'],
    ['Kenya Airways KQ 101 dep 12JUN, seat 21C', 'KQ 101'],
    ['medevac aircraft 5Y-KBL landed at 0300', '5Y-KBL'],
    ['Uniform stamp 55120 applied to the certificate', '55120'],
    ['request entered at kiosk KS-2210 from tablet', 'KS-2210'],
    ['Dates of travel 4-19 August; rural stays', '4-19 August'],
    // Signers' letters and dates of acts; a relative's age now.
    ['Sick call slip received 3/2, triaged JRT, nurse list.', 'JRT'],
    ['Ibuprofen 400 mg #20 issued. Nurse PLK.', 'PLK'],
    ['0600 | COWS 9 | HR 98 | clonidine 0.1 mg | RVB', 'RVB'],
    ['0900  lisinopril 10 mg PO   GIVEN     KMT', 'KMT'],
    ['Dictated but not read. ABK/jt', 'ABK/jt'],
    ['Date        Drug           Lot        RN\n3/1/24    Orencia 125 mg   AB1234     K.L.', 'K.L.'],
    ['Rituximab given 8/14 (day 1), second dose 8/28.', '8/14'],
    ['Grandmother Ada, now 102, lives with them.', '102'],
    // Credentialed names.
    ['VITALS (WILL HARMON, CMA): BP 120/80', 'WILL HARMON'],
    ['crystals read (joy castellano, mt(ascp)): negative', 'joy castellano'],
    ['physician: art l. moreno, pa-c   specialty: rheum', 'art l. moreno'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round twenty-six look-alikes survive', () => {
  it.each([
    // Journeys that name no town; kinds of care that name no practice; units by what they are for.
    ['leaving for work at 7, returns from school at 3', 'work'],
    ['Returned from IR after the drain; arriving in CCU now.', 'CCU'],
    ['then Tylenol for 3 days', 'Tylenol'],
    ['Travel to Africa and Southeast Asia planned.', 'Africa'],
    ['refer to pediatric urology; seen by urology', 'pediatric urology'],
    ['needs home health nursing; your home health aide', 'home health'],
    ['the outpatient infusion center called', 'outpatient infusion center'],
    ['on home PD since 2019; started PD last year', 'PD'],
    ['inmate moved to the medical unit, then the step-down unit', 'medical unit'],
    ['housed in segregation housing unit pending review', 'segregation housing unit'],
    ['slept at a beach resort; the hotel room was clean', 'hotel room'],
    ['hospital day 3; Hospital Course: stable', 'Hospital Course'],
    ['HR is now 98, sat, now 92%', '98'],
    ['pt c/o pain, c/o Headache x2', 'Headache'],
    ['given 1/2 tab; strength 5/5', '1/2'],
    ['Teach-back completed 3/3.', '3/3'],
    ['Take  1 tab   p.o.\nGiven    q.d.', 'q.d.'],
    // Look-alikes of endoscopy, sleep, newborn and language-services records.
    ['Diverticulum at Killian’s triangle.', 'Killian'],
    ['Sphincter of Oddi dysfunction suspected.', 'Oddi'],
    ['Ulcer, Forrest IIa, clipped.', 'Forrest IIa'],
    ['Paris 0-IIb flat lesion.', 'Paris'],
    ['Los Angeles grade B esophagitis.', 'Los Angeles'],
    ['Ondine’s curse in the differential.', 'Ondine'],
    ['Scored by Rechtschaffen & Kales rules.', 'Rechtschaffen'],
    ['Data reviewed in AirView.', 'AirView'],
    ['Alice 5 system used for the study.', 'Alice'],
    ['Jaundice to Kramer zone 4.', 'Kramer'],
    ['Direct Coombs positive.', 'Coombs'],
    ['PO 5/8 feeds today.', '5/8'],
    ['Twin A stable overnight.', 'Twin A'],
    ['Parents stay at the Ronald McDonald House.', 'Ronald McDonald'],
    ['Family moved from Guatemala last year.', 'Guatemala'],
    ['Speaks Karen; Dari interpreter requested.', 'Karen'],
    ['Clinic hours Monday through Friday.', 'Monday through Friday'],
    ['Parents call him a miracle.', 'miracle'],
    ['STOP-BANG 5/8, high risk.', '5/8'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});

// Families that round 18 of issue 11 found in intensive-care, ward, emergency, public-health and occupational notes:
// names a role or a relation leads in brackets or in lower case on a line of capitals, a name alert's other patient, the
// weekday of a last dialysis or a family's visit, and regions called by what the people there call them; and things
// named like people or places that are neither (decision rules named for cities, viruses, payers, public lines). Each has
// examples written apart from any generator, and the text next to them that must survive.
import { describe, expect, it } from 'vitest';
import { covered, survives } from './deid-test-support';

describe('round eighteen families are found', () => {
  it.each([
    // A listed given name alone in brackets after a staff role, whatever word it spells.
    ['RESP: coarse, RT (Will) in to suction thick secretions', 'Will'],
    ['1:1 sitter (Grace) at bedside overnight', 'Grace'],
    ['INTERPRETER (MARISOL) PRESENT FOR CONSENT', 'MARISOL'],
    // After a role or a relation in capitals, a given name typed in lower case, one joined by "&" too.
    ['FAMILY MTG HELD W/ DR. LEE, SW meg, DTRS peggy & noreen. PLAN CMO.', 'meg'],
    ['FAMILY MTG HELD W/ DR. LEE, SW meg, DTRS peggy & noreen. PLAN CMO.', 'peggy'],
    ['FAMILY MTG HELD W/ DR. LEE, SW meg, DTRS peggy & noreen. PLAN CMO.', 'noreen'],
    ['CM jen AWARE OF BED OFFER', 'jen'],
    // Report given or called to a nurse by a listed given name.
    ['plan: to 7 when bed avail, report to be called to jen rn.', 'jen'],
    ['report called to rosa rn at 1500', 'rosa'],
    // A name alert's other patient.
    ['name alert: pt w/ same last name (wise) in rm 6.', 'wise'],
    ['NAME ALERT - SIMILAR NAME (HILLARD) ON UNIT', 'HILLARD'],
    ['Sound-alike name (Jon Peterson) in bed 12; two identifiers used.', 'Jon Peterson'],
    // The weekday of a last or next session, and of a family's visit.
    ['OUTPT HD AT THE DIALYSIS UNIT, LAST HD FRI PER PT.', 'FRI'],
    ['next dialysis sat per renal', 'sat'],
    ['family driving from the city wed to see pt', 'wed'],
    ['SON FLYING IN THU TO VISIT MOTHER', 'THU'],
    // An attorney's or a judge's name after the title, whatever words spell it.
    ['Temp guardian is Atty. Faith Bird; hearing on 3/2.', 'Faith Bird'],
    ['before Judge Rocky Stone at the probate court', 'Rocky Stone'],
    // The patient an SBAR page names before their age or record number.
    ['S: PEREIRA, 103 YO F RM 514, HR 140S IRREG', 'PEREIRA'],
    ['s: fox, 93 yo f, new confusion', 'fox'],
    ['Situation: Skip Pascucci (MRN 253025896), bed 7B, new confusion', 'Skip Pascucci'],
    // A clinician's pager after their name; seven digits after a fax or a liaison.
    ['Night float covering tonight is Dr. Barros, p21685.', '21685'],
    ['COVERING IS DR. SARAIVA, P6-6336.', '6-6336'],
    ['referral + orders faxed to 844-1552.', '844-1552'],
    ['bed offer from the liaison Dawn Hale (337-6352).', '337-6352'],
    // Weekdays of a visit and before a date with its year.
    ['wound RN consulted, to see pt wed.', 'wed'],
    ['SOC visit sun 12/28/24, orders faxed', 'sun'],
    // Rehabs, nursing homes and visiting-nurse agencies named before their kind.
    ["dc'd to rehab at vibra rehab via chair van @ 1100", 'vibra rehab'],
    ['Dispo: home w/ Brewster Area VNA when medically cleared', 'Brewster Area VNA'],
    ['referrals sent via ecin to: life care center of bangor, pleasant bay skilled nursing, hebrew rehab. awaiting', 'pleasant bay skilled nursing'],
    ['Referrals sent to: Hillcrest Nursing & Rehab, Sunny Acres Rehab & Nursing, Whittier Rehab.', 'Whittier Rehab'],
    // Travel: a flight, a seat, a ship and its cabin, a hotel's room, the towns of an itinerary's legs.
    ['Returned on JetBlue flight UA 2456 from Mumbai, seat 4E, febrile on the flight.', 'UA 2456'],
    ['Returned on JetBlue flight UA 2456 from Mumbai, seat 4E, febrile on the flight.', '4E'],
    ['RETURNED ON TAP FLIGHT AM319 FROM LIMA, SEAT 43C', 'AM319'],
    ['Itinerary:\nSeptember 11  WN 739  Mumbai -> Fort Lauderdale\nOctober 13  ET 1137  (connection) -> Providence', 'ET 1137'],
    ['Itinerary:\nSeptember 11  WN 739  Mumbai -> Fort Lauderdale\nOctober 13  ET 1137  (connection) -> Providence', 'Mumbai'],
    ['Itinerary:\nSeptember 11  WN 739  Mumbai -> Fort Lauderdale\nOctober 13  ET 1137  (connection) -> Providence', 'Providence'],
    ['Passenger on the Viking Star (sailing Jan 1 - Jan 10), cabin 7200.', 'Viking Star'],
    ['Passenger on the Viking Star (sailing Jan 1 - Jan 10), cabin 7200.', '7200'],
    ['Stayed at Posada Colonial, room 408, in Todos Santos, Honduras.', '408'],
    // A street in any case after a cue, the sentence going on after it.
    ["bat found in child's bedroom at 212 mill ave on tuesday morning", '212 mill ave'],
    ['lives at 3 elm st with wife and son', '3 elm st'],
    // A residence field's town; a town after the kind of place it is.
    ['age: 91   sex: m   residence: bliss', 'bliss'],
    ['visited family in the village of ijawmi, about 2 hours from delhi', 'ijawmi'],
    ['GREW UP IN THE TOWN OF HOPE, MAINE', 'HOPE'],
    // Eateries, gyms, airports and a town's health department named before their kind; a town in brackets after one.
    ['was at lucky dog saloon in rome on the night of thursday the 9th', 'lucky dog saloon'],
    ['ate soft cheese at the corner grill (willimantic) on tuesday', 'corner grill'],
    ['ate soft cheese at the corner grill (willimantic) on tuesday', 'willimantic'],
    ['attends spin classes at powerhouse fitness twice a week', 'powerhouse fitness'],
    ['potential measles exposure at newark liberty international airport, terminal e', 'newark liberty international airport'],
    ['case reported by phone to salem board of health on 7/23', 'salem board of health'],
    ['Case reported to Barre Public Health Division (PHN on call).', 'Barre Public Health Division'],
    // An age over 89 with the sex's letter after a name.
    ['resident: wm woods, 90f, rm 230b, onset fri', '90'],
    // A fire department named for its town without a unit's number, after a cue.
    ['LEVEL 1 TRAUMA ACTIVATION: GSW to abd, ETA 5 min via Unity Fire.', 'Unity'],
    ['transported by Union Fire-Rescue to the ED', 'Union'],
    // Officers, a medical examiner and an unknown patient's alias; a badge's number without "#".
    ['Code Gray called at 1530; security officers Bird and Collier responded.', 'Bird'],
    ['Code Gray called at 1530; security officers Bird and Collier responded.', 'Collier'],
    ['SGT. LOVE, BADGE 14, WILL TRANSPORT TO THE HOUSE OF CORRECTION', 'LOVE'],
    ['SGT. LOVE, BADGE 14, WILL TRANSPORT TO THE HOUSE OF CORRECTION', '14'],
    ['ME wolf declined jurisdiction.', 'wolf'],
    ['REGISTERED UNDER TRAUMA ALIAS TRAUMA, COBALT (MRN 00560655) UNTIL IDENTIFIED.', 'TRAUMA, COBALT'],
    // A tracking board's row and the staff initials in its cells.
    ['rm 14 | braga, lora | 64m | cp | esi 2 | rn shd | md reynolds | 4:03 am', 'braga, lora'],
    ['rm 14 | braga, lora | 64m | cp | esi 2 | rn shd | md reynolds | 4:03 am', 'shd'],
    ['H3  RUG, EV  48M  ETOH  Q15 CHECKS  RN:CS', 'RUG, EV'],
    ['Triage start: 5/7/23 03:38   Acuity: ESI 2   Triage RN: MVR', 'MVR'],
    // Regions called as the people who live there call them.
    ['asking for daughter who is driving down from the vineyard tonight', 'vineyard'],
    ['widowed, lives alone, summers on the cape, still drives', 'cape'],
    ['FAMILY COMING UP FROM THE UPPER CAPE IN AM', 'UPPER CAPE'],
    ['son lives on cape cod, daughter local', 'cape cod'],
    ['has a camp in the Adirondacks, hunts every fall', 'Adirondacks'],
    ['Pt retired to the Outer Banks with his wife.', 'Outer Banks'],
    // The same words where they are a person, a place or a clinic's name.
    ['Lives in Hartford with his wife.', 'Hartford'],
    ['Delta Smith called about her mother.', 'Delta Smith'],
    ['Dr. Miller saw her 2 days ago.', 'Miller'],
    ['Clinic site: Claremont TB Clinic, 607 Liberty Terrace', 'Claremont TB Clinic'],
    ['Returned last week from a conference in Marburg, Germany.', 'Marburg'],
    ['Call the office at 1-800-555-1222 to reschedule.', '1-800-555-1222'],
    ['Decedent: Ira W Block. Date of death: 3/4/2019.', 'Block'],
    ['Child attends Hope Elementary, grade 2 (Mrs. Moore\'s class).', 'Moore'],
    ['Transferred to DaVita Union Dialysis on 3/2.', 'Union'],
  ])('%s finds %s', (text, part) => expect(covered(text, part)).toBe(true));
});

describe('round eighteen look-alikes survive', () => {
  it.each([
    ['RT in to suction (will return at 1400)', 'will'],
    ['SW will follow. CM aware of plan.', 'will'],
    ['PT AND OT TO EVAL, SW AND CM TO FOLLOW', 'AND'],
    ['sensory loss in a cape distribution', 'cape'],
    ['numbness in the cape distribution of both arms', 'cape'],
    ['O2 sat to see if she tolerates RA', 'sat'],
    ['pt sat up to chair for lunch', 'sat'],
    ['last HD session 4 hours, 2 L off', 'session'],
    ['same name band checked with two identifiers', 'same'],
    ['name alert in place', 'alert'],
    ['lives on the island year round', 'island'],
    ['from the islands originally', 'islands'],
    ['rash in a shawl and cape pattern', 'cape'],
    ["dc'd to rehab via chair van @ 1100", 'van'],
    ['was on o2 at prev rehab site', 'prev'],
    ['d/c to acute rehab when bed available', 'acute'],
    ['dc to short term rehab, then home w/ VNA', 'short'],
    ['went to cardiac rehab 3x/wk', 'cardiac'],
    ['S: Stable, 88 yo, no complaints', 'Stable'],
    ['BP 120/80, p 88, RR 16', '88'],
    ['HR (100-1112) on tele', '100-1112'],
    ['Visible vessel cauterized by EGD.', 'cauterized'],
    ['three-vessel cord, placenta intact', 'cord'],
    ['Pt in room 408 on 5 west', '408'],
    ['up a flight of stairs x2 with PT', 'stairs'],
    ['seat belt on, airbags deployed', 'belt'],
    ['HR 120 -> 90 after lopressor', '90'],
    ['Residence: nursing home', 'nursing'],
    ['Residence: Assisted living', 'Assisted'],
    ['the town of about 300 people', 'about'],
    ['iol scheduled for 4/22 at 2000 at the birth center', '2000'],
    ['gave 2 mg at 10 pm on the way', 'way'],
    ['went to the gym after work', 'gym'],
    ['coffee at the hospital cafe', 'hospital'],
    ['picked up at the airport by his son', 'airport'],
    ['reported to the local board of health', 'local'],
    ['afebrile, 98F, HR 80', '98'],
    ['Tmax, 101F overnight', '101'],
    ['moved here from Cyprus (Greek)', 'Greek'],
    ['risk of fire, oxygen in use', 'fire'],
    ['house fire, pt removed by crew', 'house'],
    ['ME aware of the case.', 'aware'],
    ['RN: to see pt in AM', 'to'],
    ['| rn to | md on call |', 'to'],
    // Things named like people or places that are neither.
    ['Pt on a Posey bed alarm overnight.', 'Posey'],
    ['Insurance: Tufts Health Plan, member services called.', 'Tufts'],
    ['Carrier: The Hartford, adjuster to call back.', 'Hartford'],
    ['Coxsackie virus suspected in the daycare cluster.', 'Coxsackie'],
    ['No exposure to Marburg or Ebola; no bat caves.', 'Marburg'],
    ['West Nile virus IgM pending.', 'Nile'],
    ['SARS-CoV-2 PCR Ct value 24.3', 'Ct'],
    ['Referred to the TB clinic for DOT.', 'TB'],
    ['Flew Delta, nonstop, in economy.', 'Delta'],
    ['Jamar dynamometer grip 38 kg right, 22 kg left.', 'Jamar'],
    ['Patrick (FABER) test reproduces SI pain.', 'Patrick'],
    ['Miller 2 blade used, grade 1 view.', 'Miller'],
    ['Morgan lens placed for irrigation.', 'Morgan'],
    ['VA Form 21-526EZ filed last month.', '21-526EZ'],
    ['Works as a mason and a carpenter.', 'mason'],
    ['Le Fort II fracture pattern on CT.', 'Fort'],
    ['San Francisco Syncope Rule negative.', 'Francisco'],
    ['Ottawa ankle rules negative, no x-ray.', 'Ottawa'],
    ['meets Milan criteria for transplant', 'Milan'],
    ['Richmond Agitation-Sedation Scale -1', 'Richmond'],
    ['Poison Control (1-800-222-1222) consulted.', '1-800-222-1222'],
    ['Seen in Fast Track, discharged.', 'Fast'],
    ['Moved to B-Block for protective custody.', 'B-Block'],
    ['Brought through the sally port by ambulance.', 'sally'],
    ['Miller class I recession #24.', 'Miller'],
    ['VA 20/40 OD (Snellen), IOP 18 by Goldmann.', 'Goldmann'],
    ['Modified Ashworth 1+ elbow flexors.', 'Ashworth'],
    ['Hx of Morton neuroma, left foot.', 'Morton'],
    ['thick ascending limb of the loop of Henle', 'Henle'],
    ['3/6 HLA mismatch with the donor', '3/6'],
    ['Labs drawn at Quest.', 'Quest'],
    ['Treated at a DaVita unit while traveling.', 'DaVita'],
  ])('%s keeps %s', (text, part) => expect(survives(text, part)).toBe(true));
});

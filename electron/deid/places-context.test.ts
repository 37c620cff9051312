// Round-2 place and name rules (issue 11): towns after "lives in" in any case, a facility and "in",
// "@", "a X resident", "X NH"/"X MC", "X Health", numbered wards, unlisted words ending a care clause
// in one-case text, and lower-case names in capital lines. Each rule has look-alikes that must survive.
import { describe, expect, it } from 'vitest';
import { findIdentifiers, type DeidKind } from './index';
import { coverageOf, survives } from './deid-test-support';


const FOUND: readonly (readonly [string, string, DeidKind])[] = [
  // After "lives in": everyday words and lower case too, when the phrase ends with the place.
  ['social--pt married, lives in silver, husband did not come in.', 'silver', 'LOCATION'],
  ['son lives nearby in maple and will be in later.', 'maple', 'LOCATION'],
  ['Daughter resides in Thornbury with her family.', 'Thornbury', 'LOCATION'],
  ['PT LIVES IN GREYSTONE, WIFE AT BEDSIDE.', 'GREYSTONE', 'LOCATION'],
  // A facility, then "in", then the town.
  ['arrived via ems with RN from the VA in Maple this is a 50 yo male.', 'Maple', 'LOCATION'],
  ['Was at a nursing home in Brookfield for 2 months.', 'Brookfield', 'LOCATION'],
  ['went to rehab in oakdale after last admission.', 'oakdale', 'LOCATION'],
  ['S-" I\'m in the church in Silver" O-alert and oriented.', 'Silver', 'LOCATION'],
  // "@" before a capitalized name.
  ['Dialysis @ Linfield MWF, last run yesterday.', 'Linfield', 'LOCATION'],
  // "a X resident".
  ['Pt is a Fairview resident, lives with wife.', 'Fairview', 'LOCATION'],
  ['PT IS A KESSINGTON RESIDENT.', 'KESSINGTON', 'LOCATION'],
  // Care-home and medical-centre abbreviations, and health systems.
  ['Came from Maple NH with a UTI.', 'Maple', 'LOCATION'],
  ['Followed at Harborview MC for his CHF.', 'Harborview', 'LOCATION'],
  ['Has a PCP at Brightwater Health.', 'Brightwater', 'LOCATION'],
  // "X ER" after a place cue in one-case text, everyday word or not.
  ['she arrived a&ox3 via amb from silver ew for further eval.', 'silver', 'LOCATION'],
  // Numbered wards before a date or a comma.
  ['dispo: full code. poss transfer to mercy 2/3. plan picc.', 'mercy', 'LOCATION'],
  ['Plan: transfer to Silver 2, ? CT removal today.', 'Silver', 'LOCATION'],
  // An unlisted word closing a care or travel clause in capitals or lower case.
  ['BROUGHT IN BY AMBULANCE FROM BRIGHTWATER.', 'BRIGHTWATER', 'LOCATION'],
  ['hx of mi, cath at kessington in 2010.', 'kessington', 'LOCATION'],
  // Public services and practices a town names.
  ['Brought in by Kessington EMS after a fall.', 'Kessington', 'LOCATION'],
  ['BRIGHTWATER EMS FOUND PT DOWN.', 'BRIGHTWATER', 'LOCATION'],
  ['Follows with Brightwater Cardiology.', 'Brightwater', 'LOCATION'],
  ['Pt from the Kessington area, lives alone.', 'Kessington', 'LOCATION'],
  // Discharge, transport and outdoor trips as place cues.
  ['Will be d/c to Fairview tomorrow.', 'Fairview', 'LOCATION'],
  ['Transport to Brightwater arranged for 10am.', 'Brightwater', 'LOCATION'],
  ['Pt was camping in Kessington when he fell.', 'Kessington', 'LOCATION'],
  // An outside hospital named after its abbreviation.
  ['Transferred from OSH (Brightwater) for cath.', 'Brightwater', 'LOCATION'],
  ['OUTSIDE HOSPITAL (MERCY) RECORDS REVIEWED.', 'MERCY', 'LOCATION'],
  ['osh: kessington. cxr there with rll infiltrate.', 'kessington', 'LOCATION'],
  // A relative's home town, everyday word or not.
  ['Nephew, Toby Sauceda of Cedar visited today.', 'Cedar', 'LOCATION'],
  // A day joined to a month without a year.
  ['Fell at home on 14-Mar, seen in clinic.', '14-Mar', 'DATE'],
  ['PT ADMITTED 14MAR WITH SOB.', '14MAR', 'DATE'],
  // Names typed in lower case in a line of capitals.
  ['BP DROPPING. HOUSE STAFF sommer fantini AWARE. U/O DOWN.', 'sommer fantini', 'NAME'],
  ['PLAN DISCUSSED PER rixford, WILL FOLLOW.', 'rixford', 'NAME'],
  // Phrases said only of people.
  ['RECEIVED REPORT FROM OKAFOR.', 'OKAFOR', 'NAME'],
  ['message left for lindqvist re: family meeting.', 'lindqvist', 'NAME'],
  ['Family meeting with Kowalczyk and social work.', 'Kowalczyk', 'NAME'],
  // A word between a people verb and a department is someone there.
  ['talked with tromp from case management about dispo.', 'tromp', 'NAME'],
  ['spoke with crooks from social work today.', 'crooks', 'NAME'],
  // A given name that is also a function word, set off by commas after a relation.
  ["Pt's son, Will, called for an update.", 'Will', 'NAME'],
  // An initial before a name the subtitles use as a word, or before an unlisted one between people's words.
  ['(good pleth) -> J. Remy PA into evaluate.', 'J. Remy', 'NAME'],
  ['MILRINONE OFF AS PER W. POMP. GU: GOOD U/O.', 'W. POMP', 'NAME'],
  ['BIGEMINY. W. POMP AWARE. PT GIVEN MG.', 'W. POMP', 'NAME'],
  // A role before a surname that is also an everyday word.
  ['Discussed with NP White, will increase lasix.', 'White', 'NAME'],
  ['Paged resident Long, who came to bedside.', 'Long', 'NAME'],
  ['NP WHITE AWARE OF BP 80S.', 'WHITE', 'NAME'],
];

const KEPT: readonly (readonly [string, string])[] = [
  ['Pt lives in an apartment with her son.', 'apartment'],
  ['Lives in fear of falling, per daughter.', 'fear'],
  ['lives in assisted living, independent with adls.', 'assisted'],
  ['The hospital in general is short on beds.', 'general'],
  ['Was in the ER in Severe distress.', 'Severe'],
  ['Son has a job in Sales, visits on weekends.', 'Sales'],
  ['Seen by a Surgery resident overnight.', 'Surgery'],
  ['A PGY2 resident on call was paged.', 'PGY2'],
  ['Has an appointment with Behavioral Health next week.', 'Behavioral'],
  ['Grieco House NH resident, admitted to CCU.', 'House'],
  ['THE PATIENT WAS RETURNED TO THE RECOVERY ROOM IN SATISFACTORY CONDITION.', 'SATISFACTORY'],
  ['THE UTERUS WAS RETURNED TO THE ABDOMINAL CAVITY.', 'ABDOMINAL'],
  ['placement in the periumbilical region. foley brought in through the urethra.', 'periumbilical'],
  ['FAMILY HAS BROUGHT IN LOLLIPOPS FOR PT.', 'LOLLIPOPS'],
  ['INSTRUCTED TO FOLLOWUP IN ONE WEEK.', 'FOLLOWUP'],
  ['transfer to level 2 when stable.', 'level'],
  ['OSH: CXR with RLL infiltrate.', 'CXR'],
  ['Will d/c to SNF tomorrow with Lasix.', 'SNF'],
  ['Pt given 2L NP White sputum noted.', 'White'],
  ['Received report from PACU RN.', 'PACU'],
  ['Spoke with someone from case management.', 'someone'],
  ['Culture grew S. Aureus and E. Coli.', 'Aureus'],
  ['Cardioversion at 150 J. First attempt was unsuccessful.', 'First'],
  ['PT WITH H. PYLORI IN PAST, TREATED.', 'PYLORI'],
  ['Sputum positive for P. aeruginosa per micro.', 'aeruginosa'],
  ['Pt lives with son, will call tomorrow.', 'will'],
  ['Son, who lives nearby, will visit.', 'who'],
  ['Dopamine gtt 3-dec by 2 mcg.', '3-dec'],
  ['Spoke with her from PT about walking.', 'her'],
  ['IN THE PREOPERATIVE AREA, THE PATIENT RECEIVED ANTIBIOTICS.', 'PREOPERATIVE'],
  ['PREOPERATIVE IMAGING WAS PERFORMED.', 'PREOPERATIVE'],
  ['Redness noted in the sacral area.', 'sacral'],
  ['HE UNDERGOES DIALYSIS THREE TIMES A WEEK.', 'UNDERGOES'],
  ['Message left for pharmacy re: dose.', 'pharmacy'],
  ['Family meeting with palliative care tomorrow.', 'palliative'],
  ['RN Care Plan reviewed with family.', 'Care'],
  ['DR. X ATTENDING SURGEON WAS PRESENT THROUGHOUT.', 'SURGEON'],
  ['Spoke with NP about the plan. White count up.', 'White'],
  ['Plan d/c to Home with VNA.', 'Home'],
  ['OSH (see records) gave 2 L NS.', 'see'],
  ['LASIX 40 mg IV GIVEN, lytes AWARE.', 'lytes'],
  ['SBP 80S, HOUSE STAFF AWARE, dopamine titrated.', 'dopamine'],
];

describe('round-2 places and names', () => {
  it.each(FOUND.map((c) => [c[1], c[0], c[2]] as const))('finds %s', (part, text, kind) => {
    const r = coverageOf(text, findIdentifiers(text), part);
    expect(r.all, `"${part}" fully covered in: ${text}`).toBe(true);
    expect([...r.kinds]).toContain(kind);
  });
  it.each(KEPT.map((c) => [c[1], c[0]] as const))('keeps %s', (part, text) => {
    expect(survives(text, part), `"${part}" must survive in: ${text}`).toBe(true);
  });
});

describe('numbered wards repeat', () => {
  it('finds an everyday-word ward again wherever its number follows', () => {
    const text = 'PLAN: will transfer to Bridgeport 2 or Bridgeport 3 when a bed opens.';
    const hits = findIdentifiers(text).filter((f) => text.slice(f.start, f.end) === 'Bridgeport');
    expect(hits).toHaveLength(2);
  });
  it('keeps the word where no number follows', () => {
    const text = 'Transfer to Bridgeport 2 today. Summary sent, Bridgeport team aware.';
    // (Alone, "Summary sent, Bridgeport team aware." names the listed city: case says so.)
    const second = text.lastIndexOf('Bridgeport');
    expect(findIdentifiers(text).some((f) => f.start === second)).toBe(false);
  });
});

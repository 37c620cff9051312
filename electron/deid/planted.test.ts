// Planted identifiers: whole notes in the styles the engine meets (nursing progress notes in capitals and
// in lower case, typed clinic letters, discharge summaries), each with identifiers of all 18 Safe Harbor
// kinds in several formats planted where real notes put them. Names and places here are invented for the
// test and are not in the engine's vocabulary; clinical look-alikes planted beside them must survive.
import { describe, expect, it } from 'vitest';
import { findIdentifiers, type DeidKind } from './index';
import { coverageOf } from './deid-test-support';

interface Planted {
  readonly note: string;
  /** [identifier text as it appears (first occurrence), its kind] */
  readonly found: readonly (readonly [string, DeidKind])[];
  /** Words that must not be redacted. */
  readonly kept: readonly string[];
}


const NOTES: readonly Planted[] = [
  {
    note:
      'NSG PROGRESS NOTE 0700-1900\nNEURO: A+OX3, MAE. CV: NSR 80S, SBP 110-130. RESP: LS CLEAR, O2 2L NP.\n' +
      'SOCIAL: PT LIVES WITH WIFE LORETTA IN GLENWOOD SPRINGS. SON TOBIAS CALLED X2, UPDATED BY THIS RN. DAUGHTER-IN-LAW PRISCILLA AT BEDSIDE.\n' +
      'DR. ABERNATHY AWARE OF K 3.2, REPLETED. PLAN: TRANSFER TO BRIGHTWATER REHAB WHEN BED AVAILABLE. FOLEY D/C\'D. LASIX 40 IV GIVEN.\n' +
      'CONTACT WIFE AT 410-555-0187 WITH CHANGES.',
    found: [
      ['LORETTA', 'NAME'],
      ['GLENWOOD SPRINGS', 'LOCATION'],
      ['TOBIAS', 'NAME'],
      ['PRISCILLA', 'NAME'],
      ['ABERNATHY', 'NAME'],
      ['BRIGHTWATER', 'LOCATION'],
      ['410-555-0187', 'PHONE'],
    ],
    kept: ['NEURO', 'FOLEY', 'LASIX', 'NSR'],
  },
  {
    note:
      'micu nursing note: pt is a 93 yo woman from oakhaven nursing home w/ urosepsis. dtr marguerite is hcp, lives in frostburg, ph 301 555 0144. ' +
      'husband deceased. seen by dr quintero from id, recs zosyn. coumadin held for inr 3.4. babinski neg, no murphy\'s sign. plan to return to oakhaven when stable.',
    found: [
      ['93', 'AGE'],
      ['oakhaven', 'LOCATION'],
      ['marguerite', 'NAME'],
      ['frostburg', 'LOCATION'],
      ['301 555 0144', 'PHONE'],
      ['quintero', 'NAME'],
    ],
    kept: ['coumadin', 'babinski', "murphy's", 'zosyn', 'urosepsis'],
  },
  {
    note:
      'Discharge Summary\nPatient: Ignatius Fairweather   MRN: 00456123   DOB: 04/17/1931\nAdmitted: 11/02/2023  Discharged: 11/09/2023\n' +
      'Attending: Cordelia Van Wyck, MD   PCP: Dr. Thaddeus Okonjo\n' +
      'Mr. Fairweather is a 92-year-old retired machinist with Parkinson disease, Hodgkin lymphoma in remission and a Foley catheter since ' +
      'his admission to Saint Bartholomew Medical Center in Tallahassee. His grandson Leopold Fairweather (cell 850.555.0119, leopold.f@fastmail.net) ' +
      'will drive him home to 2231 Wisteria Hollow Drive, Tallahassee, FL 32308. Medicare ID 1EG4-TE5-MK72. Insurance policy no. HXQ-4481-0937.\n' +
      'Glasgow coma scale 15. Apgar not applicable. Bell\'s palsy resolved. Continue Sinemet; follow up with Dr. Okonjo on Dec 4.',
    found: [
      ['Ignatius Fairweather', 'NAME'],
      ['00456123', 'MRN'],
      ['04/17/1931', 'DATE'],
      ['11/02/2023', 'DATE'],
      ['11/09/2023', 'DATE'],
      ['Cordelia Van Wyck', 'NAME'],
      ['Thaddeus Okonjo', 'NAME'],
      ['92', 'AGE'],
      ['Bartholomew', 'LOCATION'],
      ['Tallahassee', 'LOCATION'],
      ['Leopold Fairweather', 'NAME'],
      ['850.555.0119', 'PHONE'],
      ['leopold.f@fastmail.net', 'EMAIL'],
      ['2231 Wisteria Hollow Drive', 'LOCATION'],
      ['32308', 'ZIP'],
      ['1EG4-TE5-MK72', 'HEALTH_PLAN'],
      ['HXQ-4481-0937', 'HEALTH_PLAN'],
      ['Dec 4', 'DATE'],
    ],
    kept: ['Parkinson', 'Hodgkin', 'Foley', 'Glasgow', 'Apgar', "Bell's", 'Sinemet'],
  },
  {
    note:
      'Clinic letter, 14 February 2024\nRe: Ms. Henrietta Quayle, SSN 219-44-8731, account no. 7781-220-4419\n' +
      'Dear Dr. Rasmussen-Oyelaran,\nThank you for referring Ms. Quayle, whom I saw at the Cedarbrook Clinic on Feb 12. ' +
      'She reports tremor worse since Thanksgiving. Cushing syndrome and Addison disease were excluded; Romberg negative; Kernig negative. ' +
      'Her driver\'s license D4412-88190-3 was kept for the DMV form. Her pacemaker serial no. PJN884512S was interrogated. ' +
      'Images are at https://portal.cedarbrookhealth.org/patients/88412 and the upload came from IP 172.16.254.19. ' +
      'Fax results to (617) 555-0102. Her retinal scan ID RS-448812 is on file for the research biobank.\nSincerely, Augustin Pelletier, MD',
    found: [
      ['14 February', 'DATE'],
      ['Henrietta Quayle', 'NAME'],
      ['219-44-8731', 'SSN'],
      ['7781-220-4419', 'ACCOUNT'],
      ['Rasmussen-Oyelaran', 'NAME'],
      ['Cedarbrook', 'LOCATION'],
      ['Feb 12', 'DATE'],
      ['Thanksgiving', 'DATE'],
      ['D4412-88190-3', 'LICENSE'],
      ['PJN884512S', 'DEVICE'],
      ['https://portal.cedarbrookhealth.org/patients/88412', 'URL'],
      ['172.16.254.19', 'IP'],
      ['(617) 555-0102', 'FAX'],
      ['RS-448812', 'BIOMETRIC'],
      ['Augustin Pelletier', 'NAME'],
    ],
    kept: ['Cushing', 'Addison', 'Romberg', 'Kernig'],
  },
  {
    note:
      'Pt arrived via ambulance from Marblehead at 1400. Son Ezekiel and his wife Philippa in to visit; they live in Wexford county. ' +
      'VIN 1HGCM82633A004352 recorded for the parking pass; plate 7KQL219. Spoke with Nurse Practitioner Yevgenia Castellanos. ' +
      'Pt states she was born in Ballymena and moved to Swampscott in 1962. Hgb 9.1, plt 212. Coumadin dosing per pharmacy.',
    found: [
      ['Marblehead', 'LOCATION'],
      ['Ezekiel', 'NAME'],
      ['Philippa', 'NAME'],
      ['Wexford', 'LOCATION'],
      ['1HGCM82633A004352', 'VEHICLE'],
      ['7KQL219', 'VEHICLE'],
      ['Yevgenia Castellanos', 'NAME'],
      ['Ballymena', 'LOCATION'],
      ['Swampscott', 'LOCATION'],
    ],
    kept: ['Coumadin', 'Hgb'],
  },
  {
    note:
      'family meeting held w/ pt\'s wife gwendolyn, sons barnaby and crispin, and sister-in-law ottilie. ' +
      'dr. fitzwilliam explained prognosis. pt is 96 years old. pt wishes to go home to millbrook with hospice. ' +
      'sw hortensia to arrange. emergency contact crispin 555-201-7788. pt seen at st. aldric\'s hospital 2019.',
    found: [
      ['gwendolyn', 'NAME'],
      ['barnaby', 'NAME'],
      ['crispin', 'NAME'],
      ['ottilie', 'NAME'],
      ['fitzwilliam', 'NAME'],
      ['96', 'AGE'],
      ['millbrook', 'LOCATION'],
      ['hortensia', 'NAME'],
      ['555-201-7788', 'PHONE'],
      ["st. aldric's", 'LOCATION'],
    ],
    kept: ['hospice', 'prognosis'],
  },
  {
    note:
      'Hollingsworth aware of the low urine output. Bolus given. Vasquez-Tremblay from renal in to see pt, recs CVVH. ' +
      'Niece Dorothea called from Saskatoon, updated. Huntington disease hx in family. Pt has Kussmaul respirations at times; Cheyne-Stokes overnight.',
    found: [
      ['Hollingsworth', 'NAME'],
      ['Vasquez-Tremblay', 'NAME'],
      ['Dorothea', 'NAME'],
      ['Saskatoon', 'LOCATION'],
    ],
    kept: ['Huntington', 'Kussmaul', 'Cheyne-Stokes', 'CVVH'],
  },
  {
    note:
      'Encounter ID: ENC-20240311-0042. Claim number 884-22-10093-A. Employee badge 44812. ' +
      'Specimen accession no. S24-118842. Patient portal user name is on file. Contact email: m_okereke@uni-hospital.de. ' +
      'Seen 2024-03-11T09:30; next visit 03.04.2024. Web site www.okerekefamily.net. IPv6 2001:db8:85a3::8a2e:370:7334.',
    found: [
      ['ENC-20240311-0042', 'ACCOUNT'],
      ['884-22-10093-A', 'ID'],
      ['44812', 'ID'],
      ['S24-118842', 'ID'],
      ['m_okereke@uni-hospital.de', 'EMAIL'],
      ['2024-03-11T09:30', 'DATE'],
      ['03.04.2024', 'DATE'],
      ['www.okerekefamily.net', 'URL'],
      ['2001:db8:85a3::8a2e:370:7334', 'IP'],
    ],
    kept: ['portal'],
  },
  {
    note:
      'CCU NURSING NOTE 1900-0700\nMD AWARE (BRANDSTÄTTER) OF SBP 80S, NEO TITRATED. COPING-SISTER ,WOJCIECHOWSKA HAS PHONED TODAY.\n' +
      'PT FROM MAPLEHURST NH. TRANSFERRED TO FENWICK 4 FOR TELEMETRY. HO-KASPRZAK AWARE OF K 3.1.\n' +
      'HCT 27 ON 11/17, 2 U PRBC GIVEN. PLAN: REPEAT HCT 11/18 AM. EKG SHOWED ST ELEVATIONS IN V2-V4, CARDS AWARE.\n' +
      'WILHELMINA OSTROWSKI RN',
    found: [
      ['BRANDSTÄTTER', 'NAME'],
      ['WOJCIECHOWSKA', 'NAME'],
      ['MAPLEHURST', 'LOCATION'],
      ['FENWICK', 'LOCATION'],
      ['KASPRZAK', 'NAME'],
      ['11/17', 'DATE'],
      ['11/18', 'DATE'],
      ['WILHELMINA OSTROWSKI', 'NAME'],
    ],
    kept: ['ST ELEVATIONS', 'NEO', 'PRBC', 'CARDS'],
  },
  {
    note:
      'Social work note. Pt lives with her partner Ximena Olawale-Brandt in a second-floor apartment.\nMailing address:\n' +
      '8812 Thistledown Court\nApt. 4C\nWestbury, NY 11590\n' +
      'Visitors today: Ignatius, Philippa and Rosamund (grandchildren). Okonkwo-Baptiste is family contact; cell 516-555-0143.\n' +
      'Nephew, Bartholomew Quist of Hollowbrook visited. Plan: Kessler rehab vs home with services.',
    found: [
      ['Ximena Olawale-Brandt', 'NAME'],
      ['8812 Thistledown Court', 'LOCATION'],
      ['Apt. 4C', 'LOCATION'],
      ['Westbury', 'LOCATION'],
      ['11590', 'ZIP'],
      ['Ignatius', 'NAME'],
      ['Philippa', 'NAME'],
      ['Rosamund', 'NAME'],
      ['Okonkwo-Baptiste', 'NAME'],
      ['516-555-0143', 'PHONE'],
      ['Bartholomew Quist', 'NAME'],
      ['Hollowbrook', 'LOCATION'],
    ],
    kept: ['Social work', 'apartment', 'grandchildren'],
  },
  {
    note:
      'MICU NPN 7P-7A\nS/O: SEEN BY KINGSBRIDGE NURSE FOR HOSPICE ARRANGEMENTS. PLAN TO GO TO ST. BRENDAN ON FRIDAY PER CASE MANAGER.\n' +
      'Dr. o connell and Dr. Vukovich in room. Will transfer to Lantern 4 when bed available; wean to level 2 first.\n' +
      'Sister lives in Haarlem 2011 KZ? no: she moved to Ostrava 70200 last year; call her on 0961-7596216 (registered number).\n' +
      'EKG: ST elevations resolved. PT IN ST NOW, HR 110S.',
    found: [
      ['KINGSBRIDGE', 'LOCATION'],
      ['ST. BRENDAN', 'LOCATION'],
      ['FRIDAY', 'DATE'],
      ['o connell', 'NAME'],
      ['Vukovich', 'NAME'],
      ['Lantern', 'LOCATION'],
      ['Ostrava', 'LOCATION'],
      ['70200', 'ZIP'],
      ['0961-7596216', 'PHONE'],
    ],
    kept: ['HOSPICE', 'level 2', 'ST elevations', 'IN ST NOW'],
  },
];

/** Clinical text full of eponyms, drugs and scores: nothing in it is an identifier. */
const LOOK_ALIKES: readonly string[] = [
  'Parkinson disease, on Sinemet. Foley in place. Bell\'s palsy on the left. Apgar 8 and 9. Cushing syndrome ruled out.',
  'Addison disease on hydrocortisone. Hodgkin lymphoma stage II. Babinski downgoing bilaterally. Positive Murphy\'s sign.',
  'Glasgow coma scale 14. Lasix 40 mg IV BID. Coumadin held. Swan-Ganz catheter removed. Jackson-Pratt drain with 30 cc serosanguinous.',
  'Crohn disease flare, Barrett esophagus on surveillance, Raynaud phenomenon, Graves disease on methimazole.',
  'Trendelenburg position for line placement. Homans sign negative. Romberg positive. Wilson disease excluded.',
  'Plan: Tylenol 650 mg q6h prn, Lovenox 40 mg sc daily, Protonix 40 mg daily, Zofran prn nausea.',
  'Apgar scores 7/9. Gleason 3+4. NYHA class III. Killip II. Braden 14. Ranson criteria 2.',
  'Mayo scissors, Kocher clamps and Allis clamps were used; a Penfield elevator and the Bookwalter retractor followed.',
  'Valsalva maneuver negative. Mallory-Weiss tear suspected. Stevens-Johnson syndrome excluded. Non-Hodgkin lymphoma in remission.',
  'RESP: ON 5/5 PEEP, FIO2 40%. PT IN ST NOW, HR 110S. FAMILY AT BEDSIDE. UP TO BEDSIDE COMMODE.',
  "CARDIAC: NSR IN THE 90'S, SBP IN THE 100S. PT IS 98% ON RA. Ultram ER, #15 one p.o. daily.",
];

describe('planted identifiers in whole notes', () => {
  for (const [n, p] of NOTES.entries()) {
    it(`note ${n + 1}: every planted identifier is found with its kind`, () => {
      const findings = findIdentifiers(p.note);
      const missed: string[] = [];
      for (const [part, kind] of p.found) {
        const c = coverageOf(p.note, findings, part);
        if (!c.all || !c.kinds.has(kind)) missed.push(`${part} (${kind}; got ${[...c.kinds].join('/') || 'nothing'})`);
      }
      expect(missed).toEqual([]);
    });
    it(`note ${n + 1}: clinical words beside them survive`, () => {
      const findings = findIdentifiers(p.note);
      const hit = p.kept.filter((w) => {
        const at = p.note.indexOf(w);
        if (at < 0) throw new Error(`planted note lacks its look-alike: ${w}`);
        return findings.some((f) => f.start < at + w.length && at < f.end);
      });
      expect(hit).toEqual([]);
    });
  }
});

describe('ages over 89 in many phrasings', () => {
  for (const [text, age] of [
    ['A 92 y/o F from home.', '92'],
    ['She is in her late 90s and lives alone.', '90s'],
    ['Pt is 101, lives with her son.', '101'],
    ['93-yr-old man with CHF.', '93'],
    ['A nonagenarian with a hip fracture.', 'nonagenarian'],
    ['AGE: 95', '95'],
  ] as const) {
    it(`finds the age in: ${text}`, () => {
      const findings = findIdentifiers(text);
      const c = coverageOf(text, findings, age);
      expect(c.all && c.kinds.has('AGE'), text).toBe(true);
    });
  }
});

describe('dates in many formats', () => {
  for (const [text, date] of [
    ['Seen March 3rd, 2021 in clinic.', 'March 3rd'],
    ['Colonoscopy Mar-14-2021, normal.', 'Mar-14'],
    ['Admitted 14/03/2021 from home.', '14/03/2021'],
    ['Scan 2021/03/14 unchanged.', '2021/03/14'],
    ['Seen 3.14.21 by PCP.', '3.14.21'],
    ['Return on the 3rd of March.', '3rd of March'],
    ['Labs drawn 03/14/21 14:30.', '03/14/21'],
  ] as const) {
    it(`finds the date in: ${text}`, () => {
      const c = coverageOf(text, findIdentifiers(text), date);
      expect(c.all && c.kinds.has('DATE'), text).toBe(true);
    });
  }
});

describe('clinical look-alikes', () => {
  for (const text of LOOK_ALIKES) {
    it(`finds nothing in: ${text.slice(0, 48)}`, () => {
      const findings = findIdentifiers(text);
      expect(findings.map((f) => `${f.kind}:${text.slice(f.start, f.end)}`)).toEqual([]);
    });
  }
});

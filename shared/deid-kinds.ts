// The identifier kinds the de-identification engine reports: the 18 HIPAA Safe Harbor categories (45 CFR
// 164.514(b)(2)(i)), some split where a reader needs to tell them apart (FAX from PHONE, ZIP from
// LOCATION). Full-face photographs cannot occur in text and have no kind. Shared so the contract can
// validate kinds the renderer sends.
export const DEID_KINDS = [
  'NAME',
  'LOCATION',
  'ZIP',
  'DATE',
  'AGE',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN',
  'ACCOUNT',
  'LICENSE',
  'VEHICLE',
  'DEVICE',
  'URL',
  'IP',
  'BIOMETRIC',
  'ID',
] as const;

export type DeidKind = (typeof DEID_KINDS)[number];

export function isDeidKind(s: string): s is DeidKind {
  return (DEID_KINDS as readonly string[]).includes(s);
}

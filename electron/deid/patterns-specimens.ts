// Numbers that follow a specimen or a patient's band through a hospital, and the initials staff sign them with, as
// operative, pathology and blood-bank records write them: accession numbers ("S-2021-926744", "SP26-048426"),
// blood-bank armbands ("armband TV 577213") and the initials after
// "initialed", "stickers applied by", "co-signed:" ("initialed MP", "received in histology by SK at 11:02"); and the
// numbers a death is filed under: autopsy, morgue log, local file, ME case, donor ids. (ISBT 128 donation numbers are
// patterns.ts's 'isbt-din'.)
import type { PatternRule } from './patterns';
import { lineNear, wordGate } from './tokens';

/** Letters of an accession prefix that are a month's, so "MAR-21-2020" stays a date. */
const MONTH_PREFIX = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/i;

/** Letters before numbers that name a code system or a measure, not a specimen ("ICD-10-...", "NCT-..."). */
const NOT_ACCESSION_PREFIX = /^(?:icd|cpt|dsm|nct|ga|hr|bp|rr|ef|ph|no|pg|cd|il|hla|rt|ct|mr|us|xr|pcr)$/i;

/** Two or three letters that are words, roles or routes, never a person's initials. */
export const NOT_INITIALS: ReadonlySet<string> = new Set([
  'me', 'us', 'it', 'him', 'her', 'the', 'and', 'or', 'at', 'on', 'in', 'to', 'of', 'by', 'an', 'a', 'is', 'as', 'be', 'no', 'yes', 'all', 'two', 'one',
  'ok', 'ofc', 'sgt', 'cpl', 'lt', 'co', 'dep', 'det', 'off', 'ems', 'ir', 'rad', 'gi', 'ent', 'ob', 'eye', 'ear', 'new', 'old', 'day', 'eve', 'noc', 'see', 'who', 'his', 'per', 'via', 'for',
  'pt', 'rn', 'md', 'np', 'pa', 'do', 'dr', 'lpn', 'cna', 'cst', 'emt', 'iv', 'im', 'po', 'pr', 'sq', 'sc', 'or', 'er', 'ed', 'icu', 'pacu', 'lab', 'pcp',
  'mom', 'dad', 'son', 'fax', 'x2', 'x3', 'am', 'pm', 'n/a', 'na', 'nsg', 'sw', 'ot', 'rt', 'st', 'tech', 'staff', 'team', 'self', 'pharm', 'cm',
  // Studies and tests that verify or check something: "position verified by CXR".
  'cxr', 'kub', 'ct', 'mri', 'us', 'xr', 'ekg', 'ecg', 'abg', 'vbg', 'cbc', 'bmp', 'tte', 'tee', 'ua', 'uds', 'inr', 'ptt', 'fob', 'ett', 'ngt', 'ogt',
  'bp', 'hr', 'rr', 'sat', 'spo2', 'art', 'mar', 'emar', 'bcma', 'rad', 'eye', 'ear', 'hand', 'phone', 'mail',
  // Teams and services that place lines and read studies: "placed by VAT", "read by CCU".
  'vat', 'vir', 'ccu', 'cvl', 'ptu', 'rrt', 'cdi', 'pft', 'eeg', 'emg', 'gyn', 'ptc', 'nsg', 'sws', 'ho', 'res', 'fel', 'att', 'int', 'cns',
]);

/** On a line written in both cases (its first letter aside) initials are capitals: "checked by the" is not a person. */
export function capsOnMixedLine(v: string, text: string, at: number): boolean {
  // (A bounded reach of the line: many signers on one long line stay linear.)
  const line = lineNear(text, at, 400);
  const mixed = /[a-z]/.test(line) && /[A-Z]/.test(line.replace(/^\W*\w/, ''));
  return !mixed || v === v.toUpperCase();
}

/** After these, two or three letters are the initials of whoever signed: a log, a sticker, a witness line. */
const INITIALS_CUE = String.raw`(?:initial(?:l)?ed(?:[ \t]+by)?|initials[ \t]*:?|(?:stickers?|labels?)[ \t]+applied[ \t]+by|co-?signed(?:[ \t]+by)?[ \t]*:?|counter-?signed(?:[ \t]+by)?[ \t]*:?|received[ \t]+in[ \t]+[a-z]+[ \t]+by|(?:verified|witnessed|reprocessed|scanned|labell?ed|logged|checked|cleaned|initiated|terminated|started|ended|performed|completed|administered|drawn|entered|charted|documented|observed|qc|qc'd|quarantined|frozen|dispensed|destroyed|accessioned|taken|read|recorded|placed|inserted|trained|tested|measured|weighed|collected|compounded|prepared|uploaded|calibrated|counted|cleared(?:[ \t]+for[ \t]+[a-z]+)?)[ \t]+(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+)?by[ \t]*:?|(?:off-?going|on-?coming|outgoing|incoming)[ \t]*:|techs?|testers?|operator[ \t]*:?|photographer[ \t]*:?|counselor[ \t]*:?|(?:closed|sent|filed|removed[ \t]+from[ \t]+play)[ \t]+by(?:[ \t]+dis)?)`;

export const SPECIMEN_RULES: readonly PatternRule[] = [
  // "CASE 1862: XP, 67F, MRN …", "Case 2085: ZPV, 73F": a board's case number and the patient's initials before their age and sex.
  ...[1, 2].map((group): PatternRule => ({
    rule: group === 1 ? 'case-number' : 'case-initials',
    kind: group === 1 ? 'ID' : 'NAME',
    words: wordGate('case'),
    re: /\bcase[ \t]+#?[ \t]*(\d{3,6}|[a-z]{2,4}-\d{2}-\d{2,6})[ \t]*:[ \t]*([A-Z]{2,3}|[a-z]{2,3}),[ \t]*\d{1,3}[ \t]?(?:[MFmf]|y\/?o|yo|(?:year|yr)s?[ \t-]old)\b/gi,
    group,
    priority: 6,
  })),
  // "CBU 6300-3812-4", "cord unit 1490-3219-3", "registry rid: 822-149-2", "(grid 1431 3310 5722 1621 608)": a cord
  // unit's, a registry patient's and a donor's global numbers after their word.
  {
    rule: 'registry-number',
    kind: 'ID',
    words: wordGate('cbu cord rid grid registry'),
    re: /\b(?:cbu|cord[ \t]+(?:blood[ \t]+)?unit|(?:registry[ \t]+)?rid|grid|registry[ \t]+id)[ \t]*(?:id|#|no\.?)?[ \t]*:?[ \t]*(\d{3,4}-\d{3,4}-\d{1,2}|\d{4}(?:[ \t]\d{4}){3}[ \t]\d{3}|\d{19})(?![\w-])/gi,
    group: 1,
    // (Above a card number's, which the first four groups of a donor's number also spell.)
    priority: 9,
  },
  // "node biopsy sp-321059", "EEG EEG-744804", "(acc l-961456,", "biopsy (S-521913, 10-17-24)", "path (sn16-14355)",
  // "referral REF7640789": a record's own letters and number after the word for the record, whole.
  {
    rule: 'record-lettered-number',
    kind: 'ID',
    words: wordGate('biopsy eeg emg acc accession path pathology specimen cytology culture referral'),
    re: /\b(?:biopsy|eeg|emg|acc|accession|path|pathology|specimen|cytology|culture|referral)[ \t]*(?:#|no\.?|number)?[ \t]*[:(]?[ \t]*([a-z]{1,4}\d{0,2}-?\d{5,10})(?![\w-])/gi,
    group: 1,
    priority: 7,
    // Letters and digits only a record carries: not a unit, a dose or a gene ("ct 12345" is no record).
    check: (m) => /[a-z]/i.test(m[1]!) && !/^(?:mg|ml|cc|kg|hz|mm|cm|ng|pg|iu|mcg|ug|ms|rs|nm)\d/i.test(m[1]!),
  },
  // "S-2021-926744", "(S20-81541 FS1)", "sp26-048426", "CY-25-1809": a pathology accession, its prefix, year and number.
  {
    rule: 'accession',
    kind: 'ID',
    re: /(?<![\w-])([A-Za-z]{1,3})-?((?:19|20)?\d{2})-(\d{4,7})(?![\w-])/g,
    priority: 6,
    check: (m) => !MONTH_PREFIX.test(m[1]!) && !NOT_ACCESSION_PREFIX.test(m[1]!),
  },
  // "Autopsy No.: A20-492", "morgue log #6674", "local file no. fd6443", "(case OCME-2021-4453", "UNOS donor id eeva973":
  // the numbers a death and a donor are filed under.
  {
    rule: 'death-file',
    kind: 'ID',
    words: wordGate('autopsy morgue file case donor unos seal envelope tag coroner'),
    re: /\b(?:autopsy|morgue[ \t]+log|(?:local|state)[ \t]+file|(?:me|coroner|ocme)?[ \t]*case|(?:unos[ \t]+)?donor|seal|envelope|toe[ \t]+tag)[ \t]*(?:no\.?|number|id|#)?[ \t]*[:#]?[ \t]*((?=[\w-]*\d{3})[A-Za-z]{0,5}-?\d[\w-]{2,20}|[A-Za-z]{1,5}\d{3,12})(?![\w-])/gi,
    group: 1,
    priority: 6,
    check: (m) => !/^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?$/.test(m[1]!) && !/^(?:19|20)\d{2}$/.test(m[1]!),
  },
  // "subject 460-0886", "Screening #862050", "COI DSB-56361-H91", "report #ORD-183573-3": a research subject's and a
  // cell product's numbers, and a lab report's.
  {
    rule: 'research-id',
    kind: 'ID',
    words: wordGate('subject screening coi identity report randomization'),
    re: /\b(?:subject|screening|scr|coi|chain[ \t]+of[ \t]+identity|(?:lab[ \t]+)?report)[ \t]*(?:no\.?|number|id|#)?[ \t]*[:#]?[ \t]*((?=[\w-]*\d{3})[A-Za-z]{0,4}-?\d[\w-]{2,20}|[A-Za-z]{2,4}-\d{3,8}(?:-[\w]{1,4})?)(?![\w-])/gi,
    group: 1,
    priority: 6,
    check: (m) => !/^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?$/.test(m[1]!) && !/^(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?$/.test(m[1]!),
  },
  // "Therapists: PS/MEE", "techs: ac/wr": initials of the staff a log line names, two by a slash.
  { rule: 'staff-initials', kind: 'NAME', words: wordGate('therapists therapist techs tech staff initials rts'), re: /\b(?:therapists?|techs?|rts|staff|initials)[ \t]*:[ \t]*([A-Za-z]{2,3}[ \t]*\/[ \t]*[A-Za-z]{2,3})(?![\w/])/gi, group: 1, priority: 6, check: (m) => !m[1]!.split('/').some((x) => NOT_INITIALS.has(x.trim().toLowerCase())) },
  // "donepezil 10 mg PO given - LV", "effective at 1400 (2/10) - hs": the initials that close a medication line.
  {
    rule: 'mar-initials',
    kind: 'NAME',
    words: wordGate('given held refused effective administered applied wasted'),
    re: /\b(?:given|held|refused|effective|administered|applied|wasted)\b[^\n]{0,60}?[ \t][-–][ \t]?([A-Za-z]{2,3})(?=[ \t]*(?:\r?\n|$))/gi,
    group: 1,
    priority: 6,
    // A sig's abbreviation is no one's initials ("given - prn"); "HS" in capitals after a dash is, "hs" is bedtime.
    check: (m) => !NOT_INITIALS.has(m[1]!.toLowerCase()) && !/^(?:qd|bid|tid|qid|prn|qhs|qam|qpm|stat|now|ivp|ivpb)$/i.test(m[1]!) && m[1] !== 'hs',
  },
  // "given 10/20 by ng", "OFF-GOING: SC   ON-COMING: VR": initials after a dated "given ... by" or a shift's hand-over.
  {
    rule: 'staff-initials',
    kind: 'NAME',
    words: wordGate('given going coming'),
    re: /\b(?:given[ \t]+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+by|(?:off|on)-(?:going|coming)[ \t]*:)[ \t]*([A-Za-z]{2,3})(?=[ \t]*(?:[.,;:)]|\r?\n|$)|[ \t]{2,})/gi,
    group: 1,
    priority: 6,
    check: (m) => !NOT_INITIALS.has(m[1]!.toLowerCase()),
  },
  // "PRE-TX ASSESSMENT 06:10 (XF):", "L DELTOID (KY).", "INCIDENT REPORT FILED (MH).": the initials in brackets of whoever
  // did what a time or a finished act heads ("(IM)", "(LA)" and other routes and sites are no one's).
  {
    rule: 'staff-initials',
    kind: 'NAME',
    gate: /\([A-Za-z]{2,3}\)/,
    re: /(?:\b\d{1,2}:\d{2}[ \t]*|\b(?:filed|given|deltoid|thigh|arm|signed|done|completed|drawn|placed|changed|removed|reported|notified|entered|checked|uploaded|intact|applied|documented|updated|obtained|emptied|measured|recorded|rechecked)[ \t]+)\(([A-Za-z]{2,3})\)(?=[ \t]*(?:[.;:,]|\r?\n|$))/gi,
    group: 1,
    priority: 6,
    check: (m) => {
      const v = m[1]!;
      return (v === v.toUpperCase() || v === v.toLowerCase()) && !NOT_INITIALS.has(v.toLowerCase()) && !/^(?:la|ra|rue|lue|ue|le|od|os|ou|im|sq|sc|id|po|pr|iv|prn|vis|ppd|tb|rul|rll|lul|lll|ant|post|lat|med|bil|neg|pos|nr|wnl|nad)$/i.test(v);
    },
  },
  // "D: 9/2  T: 9/7  SVM": a dictation's transcriber closes its line with initials after the typing date.
  { rule: 'staff-initials', kind: 'NAME', words: wordGate('t'), re: /\bT[ \t]*:[ \t]*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]+([A-Za-z]{2,3})(?=[ \t]*(?:\r?\n|$))/gi, group: 1, priority: 6, check: (m) => !NOT_INITIALS.has(m[1]!.toLowerCase()) },
  // "armband F20131", "blood bank armband TV 577213": the band's number, its letters and all.
  { rule: 'armband', kind: 'ID', words: wordGate('armband armbands band'), re: /\b(?:armband|bb[ \t]+band|blood[ \t]+band)\b[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*((?:[A-Za-z]{1,3}[ \t]?)?\d{4,9}[A-Za-z]?)(?![\w-])/gi, group: 1, priority: 7 },
  // "initialed MP", "stickers applied by lnk", "received in histology by SK at 11:02", "Waste co-signed: KJ".
  {
    rule: 'staff-initials',
    kind: 'NAME',
    words: wordGate('initialed initialled initials applied cosigned co signed countersigned counter received verified witnessed reprocessed scanned labeled labelled logged checked cleaned initiated terminated started ended performed completed administered drawn entered charted documented observed qc quarantined frozen dispensed destroyed accessioned offgoing oncoming outgoing incoming tech techs operator photographer counselor closed sent filed removed taken read recorded placed inserted trained tested measured weighed collected compounded prepared uploaded calibrated counted cleared tester testers'),
    re: new RegExp(String.raw`\b${INITIALS_CUE}[ \t]*([A-Za-z]{2,3}|(?:[A-Za-z]\.){2,3}(?![A-Za-z]))(?=[ \t]*(?:[.,;:)]|\r?\n|$|[ \t](?:(?:at|on|and|@|pending)\b|\d|\())|[ \t]{2,})`, 'gi'),
    group: 1,
    priority: 6,
    check: (m, text) => {
      const v = m[1]!;
      if (NOT_INITIALS.has(v.toLowerCase())) return false;
      return capsOnMixedLine(v, text, m.index);
    },
  },
];

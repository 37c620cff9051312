// A person written as a name and a credential: "Cliff Legg, CPO", "royal head, rdh", "FAITH ROMANI, RN (CHARGE)",
// "Eyram J. Judge, MHC". Two name-shaped words right before a comma and a licence or certification are a clinician's
// name, whatever everyday words spell them: no chart phrase is two bare words, a comma and a credential. The words must
// start where a name starts (a line, a list's separator, "by", "w/", "with", "is") and, on a mixed-case line, be
// capitalized.
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineOf } from './tokens';
import type { WordLists } from './wordlists';

/** Credentials that are no English word or chart abbreviation in any case. */
const SAFE = String.raw`(?:fnp|anp|agnp|pmhnp|acnp|agacnp|np|rn|pnp|agpcnp)-(?:bc|c)|r\.?n\.?|m\.?d\.?|n\.?p\.?|pa-c|d\.o\.|rrt|crt|l?icsw|lcsw|lmsw|msw|rd|cna|lna|lpn|lvn|dds|dmd|dpm|rdh|cpo|l\.?ac\.?|au\.?d\.?|ccc-(?:a|slp)|atp|l?mhc|bc-his|ccht|cctc|cht|otr\/l|dpt|slp|crna|aprn|a?rnp|fnp|agnp|pmhnp|cde|cdces|rph|pharmd|lmft|lpc|ladc|cadc|ph\.?d\.?|psyd|emt(?:-[bp])?|nrp|cnm|ibclc|atc|cma|lcpc|lsw|bcba|cpnp|dnp|cns|ccrn|mft|cpc|ccs(?:-p)?|rhia|rhit|ccm|cdt|rda|cda|lpta|cota(?:\/l)?|cdrs|clt(?:-lana)?|chpn|chpln|chpna|m\.?div\.?|otd|hha|cpht|crcr|chaa|cdip|mpt|mspt|slpa|aboc|abom|ncle|ncle-ac|comt|cvrt|copt|ldo|lat|pct|ccht|cohc|nha|chst|cwon|cwocn|cwcn|wcc|cdces|rdn|ld|ldn|cnsc|ceds|va-bc|cprs|lpcc|ladc|mt\(ascp\)|mls\(ascp\)|mlt\(ascp\)|mls|mlt|cnmt|rdms|rvt|rdcs|r\.?eeg\.?t\.?|cnim|rpsgt|rt\((?:r|n|t|ct|mr)\)`;
/** Credentials that are also words or chart abbreviations ("od" right eye, "dc" discontinue, "co" cardiac output): only
 * after a listed given name. */
const RISKY = String.raw`od|o\.d\.|dc|d\.c\.|co|cp|do|pt|ot|pa|rt|ms|ma|coa|cot|cst|cra`;
/** Roles and departments written after a name as a credential is: "signed june walczak, administrator", "- RAY KILBACK,
 * HOUSEKEEPING", "xuan banks, DON", "MERCY WELCH, SENIOR CRA". Words as well, so only after a listed given name. */
const ROLE = String.raw`administrator|housekeeping|social[ \t]+services|activities[ \t]+director|a?don|medical[ \t]+records|business[ \t]+office|maintenance|security|admissions|receptionist|(?:senior[ \t]+|lead[ \t]+)?cra|ccrc|ccrp|crc|(?:assistant[ \t]+|associate[ \t]+)?dean(?:[ \t]+of[ \t]+students)?|academic[ \t]+advisor|registrar|chaplain|volunteer|dietary(?:[ \t]+manager)?|mds[ \t]+coordinator|unit[ \t]+secretary|ward[ \t]+clerk|ombudsman|surveyor|funeral[ \t]+director|notary(?:[ \t]+public)?|sub-?i|(?:co-?)?pi|(?:volunteer|bereavement|intake)[ \t]+coordinator|(?:rn[ \t]+)?case[ \t]+manager`;
/** A credential after a comma: found first, cheaply, and the name read back from it. */
const CREDENTIAL = new RegExp(String.raw`,[ \t]*(?:(${SAFE})|(${RISKY}|${ROLE}))(?=[ \t]*(?:[,;:)(/\n]|\.(?:\s|$)|$|[ \t]{2,}|\t|[ \t]+(?:of|at|from|with|for|q\d|\(|on|in|and)\b|[ \t]+[A-Za-z]{2,4}[ \t]*[,;:)\n]))`, 'gi');
/** The two words (a middle initial maybe between) that end right before the credential's comma. */
const NAME_BEFORE = /(?<![\p{L}\d'’.-])(\p{L}[\p{L}'’]+)[ \t]+(?:(\p{L})\.?[ \t]+)?(\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]+)?)$/u;
/** Where a name starts: a line, a list's separator, or a word that introduces a person. */
const STARTS = /(?:^|[\n:;(/,•*-][ \t]*|\d{2}:?\d{2}[ \t]+|(?:^|[^\p{L}])(?:by|w\/|with|to|from|per|and|is|was|cc|attn|contact|call|called|paged|for|of|seen|signed|dr\.?|ncm|rep|collector|adjuster|reviewer|coordinator|counselor|caseworker|volunteer|chaplain|aide|evaluator|clinician|prosthetist|lifeguard|teacher|supervisor|witness|applicant|executor|assistant|assisted|director|manager|officer|agent|therapist|technician|assessor|chaperone|captain|photographer|scribe|examiner|trainer|navigator|surgeon|physician|pharmacist|provider|interpreter|sonographer|technologist|chaperoned[ \t]+by)[ \t]+|\.[ \t]+)$/iu;
/** Words that say which clinician, not who: "charge nurse, RN", "covering resident, MD". */
const NOT_NAME = /^(?:charge|primary|night|day|staff|case|manager|nurse|nurses|doctor|attending|resident|float|travel|agency|covering|oncoming|bedside|clinic|unit|floor|home|hospice|care|team|the|a|an|your|our|his|her|their|by|per|with|and|or|signed|dictated|reviewed|electronically|cosigned|pt|patient|family|fellow|intern|student|provider|therapist|coordinator|educator|specialist|technician|tech|aide|assistant|supervisor|director|chief|senior|junior|lead|head|registered|licensed|certified|advanced|clinical|nurse-midwife|midwife|physician|surgeon|practitioner|dentist|hygienist|optometrist|audiologist|orthotist|prosthetist|dietitian|dietician|pharmacist|counselor|worker|social|occupational|physical|speech|respiratory|recreational|massage|dental|vision|hearing)$/iu;

export function credentialedNames(text: string, lists: WordLists): Candidate[] {
  if (!/,[ \t]*\p{L}/u.test(text)) return [];
  const out: Candidate[] = [];
  // A word's facts are dear to compute: once per word.
  const factsOf = factsMemo(lists);
  for (const c of text.matchAll(CREDENTIAL)) {
    const risky = c[2];
    const window = text.slice(Math.max(0, c.index - 60), c.index);
    const m = NAME_BEFORE.exec(window);
    if (!m) continue;
    const [, first, initial, last] = m;
    const start = c.index - window.length + m.index;
    if (!STARTS.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (NOT_NAME.test(first!) || NOT_NAME.test(last!) || last!.length < 2) continue;
    const f1 = factsOf(first!.toLowerCase());
    const f2 = factsOf(last!.toLowerCase());
    // ("Moyosore Will, RN": a surname that is also a function word, before a licence no word spells.)
    // ("school nurse Will Quartey, RN": a given name that is also a function word, capitalized inside a sentence.)
    // ("VITALS (WILL KNIGHT, CMA)": a given name that is a function word, before a listed surname and a licence no word
    // spells, in any case.)
    const fnGiven = f1.fn && f1.first && risky === undefined && ((/^\p{Lu}\p{Ll}/u.test(first!) && bothCases(lineOf(text, start))) || (f2.last && !f2.fn && !f2.clinical && initial === undefined));
    if ((f1.fn && !fnGiven) || (f2.fn && !(f2.last && risky === undefined)) || (f1.clinical && !f1.first) || (f2.clinical && !f2.last)) continue;
    // On a line of both cases a name is capitalized; in one case any word will do.
    const mixed = bothCases(lineOf(text, start));
    if (mixed && (!/^\p{Lu}/u.test(first!) || !/^\p{Lu}/u.test(last!) || (initial !== undefined && !/^\p{Lu}$/u.test(initial)))) continue;
    if (risky !== undefined && !f1.first) continue;
    out.push({ start, end: c.index, kind: 'NAME', rule: 'name-credentialed', priority: 3 });
    const site = signatureSite(text, c.index);
    if (site) out.push(site);
  }
  return out;
}

/** A signature block's site: the line after "Name, CRED" and before "Electronically signed" ("COLT SCHUPP, FNP-BC /
 * GLEICHNER HEALTH SERVICES / ELECTRONICALLY SIGNED ..."), when it ends in a word of a place of care. */
const SITE_LINE = /^\n[ \t]*(\p{L}[\p{L}'’&. -]{2,60}?(?:health|services|center|centre|clinic|hospital|medical|wellness|associates|practice|group|care))[ \t]*\r?\n[ \t]*(?:electronically[ \t]+signed|e-?signed|signed|dictated)\b/iu;

function signatureSite(text: string, credentialAt: number): Candidate | null {
  const lineEnd = text.indexOf('\n', credentialAt);
  if (lineEnd < 0) return null;
  const m = SITE_LINE.exec(text.slice(lineEnd, lineEnd + 120));
  if (!m) return null;
  const start = lineEnd + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, kind: 'LOCATION', rule: 'place-signature-site', priority: 4 };
}

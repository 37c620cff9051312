// Scores findings against gold spans. Recall: a gold span counts as found when every letter and
// digit in it is covered by some finding. Precision: of the letters and digits the engine redacted,
// the share inside some gold span (any type, including ones Safe Harbor does not require).
import type { DeidFinding } from '../kinds';
import type { GoldDoc } from './kit';

/** How each gold type is scored: the Safe Harbor kinds it maps to for the table, or null when Safe
 * Harbor does not require its removal (years, countries, organizations, job titles). */
export type TypeMap = Readonly<Record<string, string | null>>;

export const PHYSIONET_TYPES: TypeMap = {
  PTName: 'NAME',
  PTNameInitial: 'NAME',
  HCPName: 'NAME',
  RelativeProxyName: 'NAME',
  Location: 'LOCATION',
  Date: 'DATE',
  DateYear: null, // Safe Harbor keeps the year
  Phone: 'PHONE',
  Age: 'AGE',
  Other: 'ID',
};

export const PRESIDIO_TYPES: TypeMap = {
  PERSON: 'NAME',
  STREET_ADDRESS: 'LOCATION',
  GPE: null, // countries and states are allowed; cities are scored only inside addresses
  ORGANIZATION: null,
  CREDIT_CARD: 'ACCOUNT',
  DATE_TIME: 'DATE',
  TITLE: null,
  PHONE_NUMBER: 'PHONE',
  AGE: null, // only ages over 89 are identifiers
  NRP: null,
  EMAIL_ADDRESS: 'EMAIL',
  ZIP_CODE: 'ZIP',
  DOMAIN_NAME: 'URL',
  IBAN_CODE: 'ACCOUNT',
  US_SSN: 'SSN',
  IP_ADDRESS: 'IP',
  US_DRIVER_LICENSE: 'LICENSE',
};

export interface KindScore {
  found: number;
  total: number;
}

export interface Score {
  readonly docs: number;
  readonly perType: Record<string, KindScore>;
  readonly recall: KindScore;
  /** Alphanumeric characters redacted, and how many of them fall inside gold spans. */
  readonly redactedChars: number;
  readonly correctChars: number;
  readonly misses: { doc: string; type: string; text: string; context: string }[];
  readonly falsePositives: { doc: string; text: string; rule: string; context: string }[];
}

const ALNUM = /[A-Za-z0-9]/;

export function scoreDocs(docs: readonly GoldDoc[], find: (text: string) => readonly DeidFinding[], types: TypeMap, keepExamples = 0): Score {
  const perType: Record<string, KindScore> = {};
  const recall: KindScore = { found: 0, total: 0 };
  let redactedChars = 0;
  let correctChars = 0;
  const misses: Score['misses'] = [];
  const falsePositives: Score['falsePositives'] = [];
  for (const doc of docs) {
    const covered = new Uint8Array(doc.text.length);
    const findings = find(doc.text);
    for (const f of findings) covered.fill(1, f.start, f.end);
    const gold = new Uint8Array(doc.text.length);
    for (const s of doc.spans) gold.fill(1, s.start, s.end);
    for (let i = 0; i < doc.text.length; i++) {
      if (covered[i] && ALNUM.test(doc.text[i]!)) {
        redactedChars++;
        if (gold[i]) correctChars++;
      }
    }
    for (const s of doc.spans) {
      const kind = types[s.type];
      if (kind === null) continue;
      const label = kind === undefined ? s.type : `${kind} (${s.type})`;
      const score = (perType[label] ??= { found: 0, total: 0 });
      let ok = true;
      for (let i = s.start; i < s.end; i++) {
        if (!covered[i] && ALNUM.test(doc.text[i]!)) {
          ok = false;
          break;
        }
      }
      score.total++;
      recall.total++;
      if (ok) {
        score.found++;
        recall.found++;
      } else if (misses.length < keepExamples) {
        misses.push({ doc: doc.id, type: s.type, text: doc.text.slice(s.start, s.end), context: doc.text.slice(Math.max(0, s.start - 40), s.end + 25).replace(/\s+/g, ' ') });
      }
    }
    if (falsePositives.length < keepExamples) {
      for (const f of findings) {
        let inGold = false;
        for (let i = f.start; i < f.end; i++) if (gold[i]) inGold = true;
        if (!inGold && falsePositives.length < keepExamples) {
          falsePositives.push({ doc: doc.id, text: doc.text.slice(f.start, f.end), rule: f.rule, context: doc.text.slice(Math.max(0, f.start - 30), f.end + 20).replace(/\s+/g, ' ') });
        }
      }
    }
  }
  return { docs: docs.length, perType, recall, redactedChars, correctChars, misses, falsePositives };
}

export const ratio = (k: KindScore): number => (k.total === 0 ? 1 : k.found / k.total);
export const precision = (s: Score): number => (s.redactedChars === 0 ? 1 : s.correctChars / s.redactedChars);

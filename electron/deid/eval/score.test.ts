// The scorer itself, on hand-made documents, and the engine against the kit's gold sets (skipped
// with a printed reason when the kit is absent).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DeidFinding } from '../kinds';
import { findIdentifiers } from '../find';
import { kitDir, loadAciNames, loadPhysionet, loadPresidio, parseCsv, type GoldDoc } from './kit';
import { PHYSIONET_TYPES, PRESIDIO_TYPES, precision, ratio, scoreDocs } from './score';
import { swapSurrogates } from './swap';

describe('scoreDocs', () => {
  const doc: GoldDoc = { id: 'd', text: 'Dr. John Smith saw pt 3/14. Year 1992.', spans: [{ start: 4, end: 14, type: 'HCPName' }, { start: 22, end: 26, type: 'Date' }, { start: 33, end: 37, type: 'DateYear' }] };
  const f = (start: number, end: number): DeidFinding => ({ start, end, kind: 'NAME', rule: 't' });

  it('counts a gold span found only when all its letters and digits are covered', () => {
    const s = scoreDocs([doc], () => [f(4, 8), f(9, 14), f(22, 25)], PHYSIONET_TYPES);
    expect(s.perType['NAME (HCPName)']).toEqual({ found: 1, total: 1 });
    expect(s.perType['DATE (Date)']).toEqual({ found: 0, total: 1 });
    expect(s.recall).toEqual({ found: 1, total: 2 }); // DateYear is not required by Safe Harbor
  });

  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
  });

  it('measures precision over redacted letters and digits', () => {
    const s = scoreDocs([doc], () => [f(0, 2), f(4, 14)], PHYSIONET_TYPES);
    expect(s.redactedChars).toBe(11); // "Dr" + "JohnSmith"
    expect(s.correctChars).toBe(9);
    expect(precision(s)).toBeCloseTo(9 / 11);
  });
});

describe('swapSurrogates', () => {
  const text = 'Seen by DR. HEALEY at GH; healey aware. Lives in towson. 3/14 labs.';
  const at = (part: string, type: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, type });
  const doc: GoldDoc = { id: '1-1', text, spans: [at('HEALEY', 'HCPName'), at('GH', 'Location'), at('healey', 'HCPName'), at('towson', 'Location'), at('3/14', 'Date')] };

  it('replaces names and places, keeps their capitals and repeats, and moves the gold spans with them', () => {
    const [out] = swapSurrogates([doc], 3);
    const part = (k: number) => out!.text.slice(out!.spans[k]!.start, out!.spans[k]!.end);
    expect(part(0)).not.toBe('HEALEY');
    expect(part(0)).toBe(part(0).toUpperCase());
    expect(part(2)).toBe(part(0).toLowerCase()); // the same person in lower case
    expect(part(3)).toBe(part(3).toLowerCase());
    expect(part(4)).toBe('3/14'); // dates keep their format
    expect(out!.text).toMatch(/^Seen by DR\. \S+ at \S+; \S+ aware\. Lives in \S+\. 3\/14 labs\.$/);
  });

  it('is repeatable for a seed', () => {
    expect(swapSurrogates([doc], 5)).toEqual(swapSurrogates([doc], 5));
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const kit = kitDir(repoRoot);
const haveKit = existsSync(path.join(kit, 'data/deid-physionet')) && existsSync(path.join(kit, 'data/presidio-synth'));
if (!haveKit) console.log(`deid kit tests skipped: no test-data kit at ${kit} (set LOCKSCRIBE_KIT)`);

describe.skipIf(!haveKit)('engine against the kit gold sets', () => {
  const find = (t: string) => findIdentifiers(t);

  it('PhysioNet nursing notes: recall and precision stay above their floors', async () => {
    const docs = await loadPhysionet(kit);
    expect(docs.length).toBeGreaterThan(1000);
    const s = scoreDocs(docs, find, PHYSIONET_TYPES);
    console.log(`physionet: recall ${ratio(s.recall).toFixed(3)}, precision ${precision(s).toFixed(3)}`);
    expect(ratio(s.recall)).toBeGreaterThanOrEqual(0.9);
    expect(precision(s)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(s.perType['DATE (Date)']!)).toBeGreaterThanOrEqual(0.94);
    expect(ratio(s.perType['PHONE (Phone)']!)).toBeGreaterThanOrEqual(0.85);
    expect(ratio(s.perType['LOCATION (Location)']!)).toBeGreaterThanOrEqual(0.76);
    expect(ratio(s.perType['NAME (HCPName)']!)).toBeGreaterThanOrEqual(0.92);
    expect(ratio(s.perType['NAME (RelativeProxyName)']!)).toBeGreaterThanOrEqual(0.9);
  });

  it('ACI-Bench visit notes and dialogues: the synthetic patient and doctor names are found', async () => {
    const docs = await loadAciNames(kit);
    const s = scoreDocs(docs, find, { PERSON: 'NAME' });
    console.log(`aci-bench names: recall ${ratio(s.recall).toFixed(3)} over ${s.recall.total}`);
    expect(s.recall.total).toBeGreaterThan(500);
    expect(ratio(s.recall)).toBeGreaterThanOrEqual(0.95);
  });

  it('presidio synthetic text: structured identifiers are all found, with high precision', async () => {
    const docs = await loadPresidio(kit);
    const s = scoreDocs(docs, find, PRESIDIO_TYPES);
    for (const type of ['EMAIL (EMAIL_ADDRESS)', 'IP (IP_ADDRESS)', 'SSN (US_SSN)', 'ACCOUNT (CREDIT_CARD)', 'ACCOUNT (IBAN_CODE)', 'URL (DOMAIN_NAME)']) {
      expect(ratio(s.perType[type]!), type).toBeGreaterThanOrEqual(0.97);
    }
    expect(ratio(s.perType['NAME (PERSON)']!)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(s.perType['LOCATION (STREET_ADDRESS)']!)).toBeGreaterThanOrEqual(0.65);
    expect(precision(s)).toBeGreaterThanOrEqual(0.95);
  });
});

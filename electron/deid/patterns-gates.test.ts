// A pattern's gate only saves time: it must pass every text its pattern matches, so findings with and
// without gates are the same.
import { describe, expect, it } from 'vitest';
import { formatCases, keepCases } from './eval/formats';
import { PATTERN_GATES, PATTERN_WORD_GATES, patternCandidates } from './patterns';
import { gateWords, tokenize } from './tokens';

const HAND_WRITTEN = [
  'Contact j.smith@example.org or jsmith at gmail dot com; portal www.example-clinic.health/login.',
  'Device at fe80::1ff:fe23:4567:890a%eth0 and 2001:db8:85a3:0:0:8a2e:370:7334, also ::1 and ::ffff:192.0.2.128.',
  'Mail to PSC 1234, Box 5678, APO AE 09123; served on the USS Enterprise.',
  'She is ninety-three years old; aged one hundred and two; a hundred year old man.',
  "Admitted in '19, CVA 74', from MA '05.",
  'Seen 3/4 - 3/9 and again 12/1-12/3; since March; in march; early March.',
  'Reviewed at 10:30, BP 120/80, 2/6 murmur, 1/2 tab, pain 4/10, strength 5/5.',
  // Word gates: months and weekdays glued, hyphened, possessive, with marks, in other languages.
  "Seen midJan and mid-Feb; Jan's labs; back in aug; 10OCT2022, 1996Feb25, 14-MAR, Mar-14-2021, NOV-50.",
  'Born 14 de março 1982, le 3 février, am 3. März 1942, 12 août; 15 MÄRZ 2001.',
  "Clinic Tues., due WEDS, on Thu, SAT AM, Saturday the 4th, Fri 03/05, since 3rd.",
  "Over X-mas Eve and New Year's Day, Valentine's Day, Mother's Day, Yom Kippur.",
  'RegNo: AB12 CDE; Reg. No. XY-99; Kennzeichen: B MW 1234; Tél. : 01 23 45 67 89; telefono 06 1234 5678.',
  'Fingerprint template ABC12345; palm-vein scan id 7781-2231; MM 42 on I-95; mile marker 17.',
  'User name: jdoe_77; login: kbrown.rn; Medicare card 1234 567 890; Aadhaar 1234 5678 9012.',
  'Apt. 4B, Suite 501, 2nd Floor, Bldg C; 1895 Highway 54; Kastanienweg 14; account ending in 4421; ext. 5512; x4421.',
];

describe('pattern gates', () => {
  it('are not global (a global gate would remember where it stopped)', () => {
    expect(PATTERN_GATES.length).toBeGreaterThan(0);
    for (const g of PATTERN_GATES) expect(g.global || g.sticky, g.source).toBe(false);
  });

  it('change no finding on generated formats, look-alikes and hand-written texts', () => {
    const texts = [...[11, 12, 13].flatMap((s) => formatCases(s).map((c) => c.text)), ...keepCases().map((c) => c.text), ...HAND_WRITTEN];
    let found = 0;
    for (const t of texts) {
      const gated = patternCandidates(t);
      expect(gated, t).toEqual(patternCandidates(t, { gates: false }));
      found += gated.length;
    }
    expect(found).toBeGreaterThan(texts.length / 2);
  });

  it('skip texts without their literal', () => {
    const plain = 'Pt resting comfortably, vitals stable, no events overnight.';
    expect(PATTERN_GATES.filter((g) => g.test(plain))).toEqual([]);
    const words = gateWords(plain, tokenize(plain));
    expect(PATTERN_WORD_GATES.filter((g) => g.words.some((w) => words.has(w)))).toEqual([]);
  });

  it('see every run of ASCII letters as a word (what a regex word boundary sees)', () => {
    const texts = [...HAND_WRITTEN, ...[11, 12].flatMap((s) => formatCases(s).map((c) => c.text)), "Jans' d-dimer O'Neil's café-au-lait naïve Ωmega ﬁle İstanbul 3rd", 'ﬀoo Kelvin \u212Aelvin'];
    for (const t of texts) {
      const words = gateWords(t, tokenize(t));
      for (const run of t.match(/[A-Za-z]+/g) ?? []) expect(words.has(run.toLowerCase()), `${run} in ${t}`).toBe(true);
    }
  });

  it('are written in lower case (the words they meet are)', () => {
    for (const g of PATTERN_WORD_GATES) for (const w of g.words) expect(w).toMatch(/^[a-zß]+$/);
  });
});

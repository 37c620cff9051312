// Places the word lists do not hold: towns of locales the engine does not bundle (Vietnam, Indonesia,
// Ghana, Latvia, Slovenia) and invented English-shaped towns ("Port Zoe", "Hilpertton", "Upper Hagenesley"),
// and facilities named after them, planted where clinical documents put places. `npm run eval:deid -- --places`.
// Measured before rules were written for it: 0.806 on seeds 5, 11, 23 and 0.826 on seeds 41, 42, 43.
import { faker as au } from '@faker-js/faker/locale/en_AU';
import { faker as ca } from '@faker-js/faker/locale/en_CA';
import { faker as gb } from '@faker-js/faker/locale/en_GB';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as id } from '@faker-js/faker/locale/id_ID';
import { faker as ie } from '@faker-js/faker/locale/en_IE';
import { faker as lv } from '@faker-js/faker/locale/lv';
import { faker as sl } from '@faker-js/faker/locale/sl_SI';
import { faker as vi } from '@faker-js/faker/locale/vi';
import { mulberry32 } from '../../base/seeded-random';
import type { DeidFinding } from '../kinds';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [vi, id, gh, lv, sl, gb, au, ie, ca];
/** A facility's name and the part of it that identifies it: the head ("Hospital", "Nursing Home") says nothing. */
const FACILITY_SHAPES: readonly ((town: string, r: () => number) => readonly [string, string])[] = [
  (t) => [`${t} General Hospital`, `${t} General`],
  (t) => [`${t} Regional Medical Center`, `${t} Regional`],
  (t) => [`${t} Community Hospital`, `${t} Community`],
  (t) => [`${t} Memorial`, `${t} Memorial`],
  (t) => [`${t} Nursing Home`, t],
  (t) => [`${t} Rehab`, t],
  (_t, r) => {
    const saint = `St. ${['Brigid', 'Agnes', 'Luke', 'Columba', 'Anselm', 'Clare', 'Jude', 'Bernadette'][Math.floor(r() * 8)]}'s`;
    return [saint, saint];
  },
];

/** A frame: the text around a town and a facility, and the parts that must be covered. */
type Frame = (town: string, facility: readonly [string, string]) => readonly [string, readonly string[]];

const FRAMES: readonly (readonly [string, Frame])[] = [
  ['lives in', (t) => [`Lives in ${t} with her husband, independent in ADLs.`, [t]]],
  ['lives in, lower case', (t) => [`pt lives in ${t.toLowerCase()} w/ wife, retired.`, [t.toLowerCase()]]],
  ['LIVES IN, capitals', (t) => [`SOCIAL: PT LIVES IN ${t.toUpperCase()} WITH SON.`, [t.toUpperCase()]]],
  ['born in', (t) => [`Born in ${t}, moved to the US in 2001.`, [t]]],
  ['resident of', (t) => [`Pt is a resident of ${t} and works as a teacher.`, [t]]],
  ['travel', (t) => [`Recently returned from a trip to ${t}; no sick contacts.`, [t]]],
  ['transferred from', (_t, f) => [`Transferred from ${f[0]} for higher level of care.`, [f[1]]]],
  ['seen at', (_t, f) => [`Seen at ${f[0]} ED last week for the same complaint.`, [f[1]]]],
  ['d/c to', (_t, f) => [`Plan: d/c to ${f[0]} when bed available.`, [f[1]]]],
  ['FROM, capitals', (_t, f) => [`PT ARRIVED FROM ${f[0].toUpperCase()} VIA EMS.`, [f[1].toUpperCase()]]],
  ['PCP at', (_t, f) => [`PCP: Dr. Marsh at ${f[0]}.`, [f[1]]]],
  ['town, state', (t) => [`Home: ${t}, MD 21740`, [t]]],
  ['address line', (t) => [`Address: 14 Harbor View Rd, ${t}\nPhone on file`, [t]]],
  ['EMS from town', (t) => [`${t} Fire and Rescue brought the patient in.`, [t]]],
  ['moved from', (t) => [`She moved here from ${t} two years ago to be near family.`, [t]]],
  ['records from', (_t, f) => [`Records requested from ${f[0]}, not yet received.`, [f[1]]]],
];

export function placeWaveCases(seed: number, rounds = 12): WaveCase[] {
  const r = mulberry32(seed);
  FAKERS.forEach((f, k) => f.seed(seed * 37 + k));
  const out: WaveCase[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [frame, make] of FRAMES) {
      const town = FAKERS[Math.floor(r() * FAKERS.length)]!.location.city();
      const facility = FACILITY_SHAPES[Math.floor(r() * FACILITY_SHAPES.length)]!(FAKERS[Math.floor(r() * FAKERS.length)]!.location.city(), r);
      const [text, parts] = make(town, facility);
      for (const part of parts) out.push({ frame, text, part });
    }
  }
  return out;
}

/** The wave over several seeds. */
export function scorePlaceWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => placeWaveCases(seed)), find);
}

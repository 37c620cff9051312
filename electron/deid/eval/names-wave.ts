// Names the engine's word lists do not hold (faker locales it does not bundle: Vietnamese, Indonesian,
// Afrikaans, Ghanaian, Latvian, Azerbaijani, Zulu, Yoruba, Slovene, Uzbek, Kurdish, Welsh), planted in the
// places clinical documents put names: headers, signatures, tables, letters, narrative. Measured before rules
// were written for it at 0.923 on seeds 5, 11, 23 and on seeds 41, 42, 43. `npm run eval:deid -- --names`.
import { faker as af } from '@faker-js/faker/locale/af_ZA';
import { faker as az } from '@faker-js/faker/locale/az';
import { faker as cy } from '@faker-js/faker/locale/cy';
import { faker as gh } from '@faker-js/faker/locale/en_GH';
import { faker as id } from '@faker-js/faker/locale/id_ID';
import { faker as ku } from '@faker-js/faker/locale/ku_kmr_latin';
import { faker as lv } from '@faker-js/faker/locale/lv';
import { faker as sl } from '@faker-js/faker/locale/sl_SI';
import { faker as uz } from '@faker-js/faker/locale/uz_UZ_latin';
import { faker as vi } from '@faker-js/faker/locale/vi';
import { faker as yo } from '@faker-js/faker/locale/yo_NG';
import { faker as zu } from '@faker-js/faker/locale/zu_ZA';
import { mulberry32 } from '../../base/seeded-random';
import type { DeidFinding } from '../kinds';
import { scoreWave, type WaveCase, type WaveScore } from './wave-score';

const FAKERS = [vi, id, af, gh, lv, az, zu, yo, sl, uz, ku, cy];

/** A context: the text around a given name and surname, and the parts that must be covered. */
type Frame = (given: string, surname: string) => readonly [string, readonly string[]];

const FRAMES: readonly (readonly [string, Frame])[] = [
  ['header Last, First', (g, s) => [`Patient: ${s}, ${g}\nDOB: on file\nChief complaint: chest pain.`, [s, g]]],
  ['header LAST, FIRST', (g, s) => [`PATIENT NAME: ${s.toUpperCase()}, ${g.toUpperCase()}\nADMIT DX: CHF`, [s.toUpperCase(), g.toUpperCase()]]],
  ['Name: First Last', (g, s) => [`Name: ${g} ${s}\nSex: F\nAllergies: PCN`, [g, s]]],
  ['Pt: First M. Last', (g, s) => [`Pt: ${g} K. ${s}   Room 4B`, [g, s]]],
  ['signed by', (g, s) => [`Electronically signed by ${g} ${s}, MD on file.`, [g, s]]],
  ['signature block', (g, s) => [`Plan discussed with patient.\n\n${g} ${s}, RN\nMedical ICU`, [g, s]]],
  ['dictated by', (g, s) => [`Dictated by: ${s}, ${g} MD\nTranscribed by: mt`, [s, g]]],
  ['cc list', (g, s) => [`cc: Dr. ${s}; Dr. ${g[0]}. Okafor-Ross`, [s]]],
  ['attn', (g, s) => [`Attn: ${g} ${s}, Case Management\nRe: discharge planning`, [g, s]]],
  ['referring', (g, s) => [`Referring physician: ${g} ${s}, cardiology.`, [g, s]]],
  ['emergency contact', (g, s) => [`Emergency contact: ${g} ${s} (sister), phone on file.`, [g, s]]],
  ['NOK', (g, s) => [`NOK: ${g} ${s} - son`, [g, s]]],
  ['Mr. narrative', (_g, s) => [`Mr. ${s} is a 67 year old man with COPD who presents with dyspnea.`, [s]]],
  ['ms. lower case', (_g, s) => [`ms. ${s.toLowerCase()} reports 3 days of cough.`, [s.toLowerCase()]]],
  ['given name starts the note', (g) => [`${g} states she has had nausea since yesterday.`, [g]]],
  ['possessive', (g, s) => [`Reviewed ${g} ${s}'s labs with the team.`, [g, s]]],
  ['spoke with', (g, s) => [`Spoke with ${g} ${s} from pharmacy re: vanc trough.`, [g, s]]],
  ['daughter, lower case', (g) => [`daughter ${g.toLowerCase()} at bedside, updated on plan.`, [g.toLowerCase()]]],
  ['WIFE, capitals', (g) => [`WIFE ${g.toUpperCase()} CALLED, UPDATED.`, [g.toUpperCase()]]],
  ['seen by', (g, s) => [`Seen by ${g} ${s}, PA-C, in clinic today.`, [g, s]]],
  ['per Dr', (_g, s) => [`Per Dr ${s}, hold heparin tonight.`, [s]]],
  ['quoted', (g) => [`Pt says "my husband ${g} will bring my meds".`, [g]]],
  ['initial and surname', (g, s) => [`Discussed with ${g[0]}. ${s}, NP.`, [s]]],
  ['table row', (g, s) => [`Provider | ${s}, ${g} | Attending\nNurse | TBD`, [s, g]]],
  ['letter', (g, s) => [`Dear Dr. ${s},\nThank you for referring ${g} to our clinic.`, [s, g]]],
  ['appositive', (g, s) => [`The patient, ${g} ${s}, was admitted overnight.`, [g, s]]],
  ['SW', (g, s) => [`SW ${g} ${s} met with family to discuss placement.`, [g, s]]],
  ['interpreter', (g, s) => [`Interpreter ${g} ${s} used for entire visit.`, [g, s]]],
];

/** Every frame `rounds` times, each with a fresh name from one of the locales. */
export function nameWaveCases(seed: number, rounds = 12): WaveCase[] {
  const r = mulberry32(seed);
  FAKERS.forEach((f, k) => f.seed(seed * 31 + k));
  const out: WaveCase[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [frame, make] of FRAMES) {
      const f = FAKERS[Math.floor(r() * FAKERS.length)]!;
      const [text, parts] = make(f.person.firstName(), f.person.lastName());
      for (const part of parts) out.push({ frame, text, part });
    }
  }
  return out;
}

/** The wave over several seeds. */
export function scoreNameWave(find: (text: string) => readonly DeidFinding[], seeds: readonly number[]): WaveScore {
  return scoreWave(seeds.flatMap((seed) => nameWaveCases(seed)), find);
}

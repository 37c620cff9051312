// Surrogate swap: the dev-half notes with every gold name and place replaced by another of the same shape
// (faker names of many locales, US towns, invented facility names; capitals as in the original). Rules
// that learnt the dev half's own surrogates ("Quartermain", "GH") lose recall here, so this set shows
// overfitting without looking at the held-out half, and its misses may be read freely.
import { fakerDE, fakerEN_US, fakerES, fakerFR, fakerIT, fakerPL, fakerNL } from '@faker-js/faker';
import type { GoldDoc, GoldSpan } from './kit';
import { mulberry32 } from '../../base/seeded-random';

const NAME_TYPES = new Set(['PTName', 'HCPName', 'RelativeProxyName']);

/** Place names made of everyday words, as hospitals and towns often are. */
const PLACE_WORDS = ['Union', 'Mercy', 'Summit', 'Fairview', 'Riverside', 'Lakeside', 'Providence', 'Bayview', 'Northwest', 'Greenbrier', 'Meadowbrook', 'Oakwood', 'Pinecrest', 'Stonegate', 'Highland', 'Brookfield', 'Westview', 'Cedar Crest', 'Maple Grove', 'Shady Pines', 'Good Shepherd', 'Silver Lake', 'Bridgeport', 'Hillcrest', 'Kingsbridge', 'Ashford', 'Wexley', 'Thornbury', 'Caldwell', 'Linfield'];

function styled(like: string, value: string): string {
  if (like === like.toUpperCase() && /[A-Z]/.test(like)) return value.toUpperCase();
  if (like === like.toLowerCase()) return value.toLowerCase();
  return value;
}

/** Words a facility's name keeps when --strict swaps the rest ("X Memorial Hospital" stays a hospital). */
const KEEP_IN_PLACE = new Set(['hospital', 'hosp', 'medical', 'center', 'ctr', 'centre', 'rehab', 'rehabilitation', 'nursing', 'home', 'clinic', 'memorial', 'general', 'regional', 'county', 'university', 'health', 'the', 'of', 'at', 'and', 'st', 'st.', 'mt', 'mt.', 'saint', 'va', 'nh', 'snf', 'center.', 'hosp.', 'infirmary', 'hospice', 'manor', 'institute', 'community']);

/** Surnames that are also everyday English words: a list that knows names cannot spot these. */
const WORD_SURNAMES = ['Stone', 'Young', 'Bright', 'House', 'Hill', 'Rich', 'Best', 'Hope', 'Lane', 'Black', 'White', 'Green', 'Brown', 'Long', 'Short', 'Little', 'Wise', 'Good', 'Rose', 'Bell', 'Fox', 'Wolf', 'Field', 'Marsh', 'Moon', 'Frost', 'Snow', 'Day', 'Knight', 'Bishop', 'Cook', 'Baker', 'Hunter', 'Mason', 'Fisher', 'Carpenter', 'Gardner', 'Miller', 'Porter', 'Walker', 'Price', 'Sharp', 'Strong', 'Swift', 'Wood', 'Banks', 'Ford', 'Hall', 'King', 'Law', 'Power', 'Savage', 'Noble', 'Love', 'Story', 'Cross', 'Church', 'Street', 'Sparks', 'Gross'];

/** `towns`: draw every single-word place from this list instead (the US post-office towns, --us-towns).
 *  `strict`: also swap every word of multi-word places and names, abbreviations of places for invented
 *  letters, and a quarter of the surnames for everyday English words, so no bundled list can help. */
export function swapSurrogates(docs: readonly GoldDoc[], seed = 11, towns?: readonly string[], strict = false): GoldDoc[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const fakers = [fakerEN_US, fakerEN_US, fakerEN_US, fakerDE, fakerES, fakerFR, fakerIT, fakerPL, fakerNL];
  const single = (s: string) => !/\s/.test(s.trim());
  const names = (first: boolean) => {
    const f = pick(fakers);
    const list = first ? Object.values(f.rawDefinitions.person?.first_name ?? {}).flat() : Object.values(f.rawDefinitions.person?.last_name ?? {}).flat();
    const clean = (list as string[]).filter((x) => /^\p{L}+$/u.test(x));
    return pick(clean.length ? clean : ['Smith']);
  };
  const cities = fakerEN_US.rawDefinitions.location?.city_name ?? ['Springfield'];
  return docs.map((d) => {
    // One replacement per distinct original within a note, so repeats stay repeats.
    const memo = new Map<string, string>();
    const spans = [...d.spans].sort((a, b) => a.start - b.start);
    let text = '';
    let at = 0;
    const out: GoldSpan[] = [];
    for (const s of spans) {
      if (s.start < at) continue;
      const orig = d.text.slice(s.start, s.end);
      let value = orig;
      if (strict && (NAME_TYPES.has(s.type) || s.type === 'Location') && /\s/.test(orig.trim())) {
        value = orig.replace(/\p{L}[\p{L}'’.-]*/gu, (w) => {
          if (s.type === 'Location' && KEEP_IN_PLACE.has(w.toLowerCase())) return w;
          if (w.replace(/\./g, '').length <= 1) return w;
          const key = `${s.type}:${w.toLowerCase()}`;
          const raw = memo.get(key) ?? (s.type === 'Location' ? pick(PLACE_WORDS).split(' ')[0]! : r() < 0.25 ? pick(WORD_SURNAMES) : names(r() < 0.4));
          memo.set(key, raw);
          return styled(w, raw);
        });
      } else if (strict && s.type === 'Location' && /^[A-Z]{2,5}$/.test(orig)) {
        const key = `L:${orig}`;
        const raw = memo.get(key) ?? Array.from({ length: orig.length }, (_, i) => (i === orig.length - 1 && /[HC]$/.test(orig) ? orig.at(-1)! : String.fromCharCode(65 + Math.floor(r() * 26)))).join('');
        memo.set(key, raw);
        value = raw;
      } else if (NAME_TYPES.has(s.type) && /^\p{L}[\p{L}'’-]*$/u.test(orig) && orig.length > 1) {
        const key = `${s.type}:${orig.toLowerCase()}`;
        const raw = memo.get(key) ?? (strict && r() < 0.25 ? pick(WORD_SURNAMES) : names(r() < 0.4));
        memo.set(key, raw);
        value = styled(orig, raw);
      } else if (s.type === 'Location' && single(orig) && orig.length > 2 && !/^(?:st|mt|ft)\.?$/i.test(orig)) {
        const key = `L:${orig.toLowerCase()}`;
        const raw = memo.get(key) ?? (towns ? pick(towns) : (r() < 0.5 ? pick(PLACE_WORDS) : pick(cities)).split(' ')[0]!);
        memo.set(key, raw);
        value = styled(orig, raw);
      }
      text += d.text.slice(at, s.start);
      out.push({ start: text.length, end: text.length + value.length, type: s.type });
      text += value;
      at = s.end;
    }
    text += d.text.slice(at);
    return { id: d.id, text, spans: out };
  });
}

// Given and family names from @faker-js/faker's other Latin-script locales (MIT, bundled with the app):
// US notes name people of every origin ("Tobias", "Ottilie", "Nguyen-Okafor"). Short names are left
// out because they collide with abbreviations ("Ana", "Ivo", "Tia").
import { faker as cs } from '@faker-js/faker/locale/cs_CZ';
import { faker as da } from '@faker-js/faker/locale/da';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as enIn } from '@faker-js/faker/locale/en_IN';
import { faker as enNg } from '@faker-js/faker/locale/en_NG';
import { faker as enZa } from '@faker-js/faker/locale/en_ZA';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as esMx } from '@faker-js/faker/locale/es_MX';
import { faker as fi } from '@faker-js/faker/locale/fi';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as frBe } from '@faker-js/faker/locale/fr_BE';
import { faker as hr } from '@faker-js/faker/locale/hr';
import { faker as hu } from '@faker-js/faker/locale/hu';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as nb } from '@faker-js/faker/locale/nb_NO';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as ptBr } from '@faker-js/faker/locale/pt_BR';
import { faker as ptPt } from '@faker-js/faker/locale/pt_PT';
import { faker as ro } from '@faker-js/faker/locale/ro';
import { faker as sk } from '@faker-js/faker/locale/sk';
import { faker as sv } from '@faker-js/faker/locale/sv';
import { faker as tr } from '@faker-js/faker/locale/tr';

const LOCALES = [cs, da, de, enIn, enNg, enZa, es, esMx, fi, fr, frBe, hr, hu, it, nb, nl, pl, ptBr, ptPt, ro, sk, sv, tr];

/** Lower case, diacritics folded the way tokens fold them, so "Dorota" and "Józef" meet their keys. */
function key(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function names(entry: unknown): string[] {
  if (!entry) return [];
  const values = Array.isArray(entry) ? entry : Object.values(entry as Record<string, unknown>).flat();
  // Single words of letters only: patterns ("{{person.last_name}}") and compounds are left out.
  return values.filter((v): v is string => typeof v === 'string' && /^\p{L}{4,}$/u.test(v)).map(key);
}

export function otherLocaleNames(): { first: Set<string>; last: Set<string> } {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const f of LOCALES) {
    const person = f.rawDefinitions.person;
    for (const n of names(person?.first_name)) first.add(n);
    for (const n of names(person?.last_name)) last.add(n);
  }
  return { first, last };
}

// Firms named by their partners' surnames: a law firm, a practice or a funeral home ("Corwin & Fox, LLC", "Kuhn &
// Borek Elder Law", "Destiny, Đoàn & Cordero Infectious Diseases, PC", "Skowronek & Sons Funeral Home", "Beer-Lutz
// Funeral Chapel"). Two names joined by "&" before a legal form or a firm's kind are a local firm's, and name the
// people in it; national makers written the same way ("Smith & Nephew, Inc.", "Johnson & Johnson") carry "Inc." or
// no form at all and stay.
import { NAME_WORD } from './name-words';
import type { PatternRule } from './patterns';
import { bothCases, lineNear, wordGate } from './tokens';

/** What a firm of partners is: its legal form, or its kind of work ("elder law", "infectious diseases, pc"). */
const FIRM_KIND = String.raw`(?:[ \t]+(?:(?:elder[ \t]+)?law(?:[ \t]+(?:group|firm|offices?))?|attorneys(?:[ \t]+at[ \t]+law)?|funeral[ \t]+(?:home|chapel|services?)|mortuary|crematory|infectious[ \t]+diseases?|family[ \t]+medicine|pediatrics|neurology|nephrology|cardiology|urology|oncology|dermatology|gastroenterology|pulmonology|rheumatology|orthopedics|podiatry|ophthalmology|radiology|surgical[ \t]+associates|associates))?,?[ \t]+(?:llc|l\.l\.c\.|p\.?c\.|pc|pllc|llp|p\.a\.)(?![\p{L}\d])|[ \t]+(?:elder[ \t]+law|law[ \t]+(?:group|firm|offices?)|attorneys[ \t]+at[ \t]+law|funeral[ \t]+(?:home|chapel|services?)|mortuary|infectious[ \t]+diseases?)(?![\p{L}'’-])`;
/** Makers and bodies written as two names and "&" that are no local firm. */
const NATIONAL = /^(?:smith[ \t]+&[ \t]+nephew|johnson[ \t]+&[ \t]+johnson|procter[ \t]+&[ \t]+gamble|bausch[ \t]+&[ \t]+lomb|black[ \t]+&[ \t]+decker|ernst[ \t]+&[ \t]+young|barnes[ \t]+&[ \t]+noble|arm[ \t]+&[ \t]+hammer|crohn['’]?s[ \t]+&[ \t]+colitis)/i;
/** Words that are a subject or a service, not a partner's name ("Diet & Exercise, LLC" is rare; "Wills & Trusts Law"). */
const NOT_PARTNER = /^(?:the|and|of|for|wills|trusts|estates?|injury|family|health|care|home|medical|diet|exercise|sons|daughters|brothers|associates|partners|co|company)$/i;

export const FIRM_RULES: readonly PatternRule[] = [
  {
    rule: 'firm-partners',
    kind: 'LOCATION',
    gate: /&/,
    re: new RegExp(String.raw`(?=\p{L})(?<![\p{L}\p{M}'’-])(?:${NAME_WORD},[ \t]+)?${NAME_WORD}[ \t]+&[ \t]+(?:sons|${NAME_WORD})(?:${FIRM_KIND})`, 'giu'),
    priority: 6,
    check: (m, text) => {
      if (NATIONAL.test(m[0])) return false;
      const names = m[0].split(/[ \t]*(?:,[ \t]*|&)[ \t]*/).map((w) => w.trim().split(/[ \t]+/)[0]!).filter((w) => w !== '');
      const partners = names.slice(0, -1);
      if (partners.some((w) => NOT_PARTNER.test(w))) return false;
      // In text of both cases the partners' names are capitalized.
      return !bothCases(lineNear(text, m.index, 160)) || partners.every((w) => /^\p{Lu}/u.test(w));
    },
  },
  // "Beer-Lutz Funeral Chapel", "Rohan-Boyle-Schreiter Funeral Chapel": a funeral home named by joined surnames.
  {
    rule: 'firm-partners',
    kind: 'LOCATION',
    words: wordGate('funeral mortuary crematory'),
    re: new RegExp(String.raw`(?=\p{L})(?<![\p{L}\p{M}'’-])\p{L}[\p{L}\p{M}'’]+(?:-\p{L}[\p{L}\p{M}'’]+){1,2}[ \t]+(?:funeral[ \t]+(?:home|chapel|services?)|mortuary|crematory)(?![\p{L}'’-])`, 'giu'),
    priority: 6,
    check: (m, text) => !bothCases(lineNear(text, m.index, 160)) || /^\p{Lu}/u.test(m[0]),
  },
];

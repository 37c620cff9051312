// The addressee of a postal address block: the line above a street line whose block closes with a town, a state and a
// ZIP ("wisdom banks\n3684 aspen avenue\nlewiston co 87270", "12. wolf, phương p.\n    8898 ridge st.\n    idaho falls,
// utah 98722-9614", "carter family dental\n2652 cedar blvd\npearl, utah 91211"). A block's first line names whoever the
// mail goes to, a person or a practice, whatever words spell it; the town before the state is found with it.
import type { Candidate } from './patterns';
import type { WordLists } from './wordlists';

/** A street line: a house number, one to four words and a street's kind or a grid's direction. */
const STREET_LINE = /^[ \t]*\d{1,6}[A-Za-z]?[ \t]+(?:[\p{L}\d'’.#-]+[ \t]+){0,4}?(?:[\p{L}.]+)\.?(?:[ \t]+(?:apt|unit|suite|ste|lot|#)\.?[ \t]*#?[ \t]*[\w-]{1,6})?[ \t]*,?[ \t]*$/iu;
/** A block's last line: a town, a state by its name or code, and a ZIP. */
const TOWN_STATE_ZIP = /^[ \t]*(\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2}?),?[ \t]+(\p{L}[\p{L}.]*(?:[ \t]+\p{L}[\p{L}.]*)?)\.?,?[ \t]+\d{5}(?:-\d{4})?[ \t]*$/u;
/** An addressee line: one to six words, maybe after a form's item number ("12.") and a courtesy title ("MS ART CROOKS",
 * "Mr. Bill Stone"). */
const ADDRESSEE = /^([ \t]*(?:\d{1,2}[a-z]?\.[ \t]+)?(?:(?:mr|mrs|ms|miss|mx|dr|mister)\.?[ \t]+)?)(\p{L}[\p{L}'’.,&-]*(?:[ \t]+\p{L}[\p{L}'’.,&-]*){0,5})[ \t]*$/iu;
/** Words that end a practice's or a business's name rather than a person's. */
const ORG_WORD = /^(?:dental|dentistry|clinic|center|centre|therapy|group|hospital|associates|services|surgery|lab|laboratory|ceramics|endodontics|periodontics|orthodontics|hospice|pharmacy|inc\.?|llc|co\.?|company|church|practice|medicine|care|health|rehab|rehabilitation|office|department|dept\.?|agency|insurance|bank|society|foundation|institute|partners|pllc|pc|p\.c\.)$/i;
/** Words a heading or a label holds, which no addressee line does. */
const HEADING_WORD = /^(?:address|addresses|mailing|home|patient|to|from|attn|re|ship|bill|return|service|requested|date|phone|tel|fax|dear|sincerely|regards|the|of|and|or|for|at|in|on|name|street|city|state|zip|subscriber|insured|member|guarantor|resident|current|occupant)$/i;

export function addresseeNames(text: string, lists: WordLists): Candidate[] {
  if (!/\n[ \t]*\d{1,6}[A-Za-z]?[ \t]+\p{L}/u.test(text) || !/\d{5}(?:-\d{4})?[ \t]*(?:\r?\n|$)/.test(text)) return [];
  const out: Candidate[] = [];
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; i++) {
    starts.push(at);
    at += lines[i]!.length + 1;
  }
  for (let i = 1; i + 1 < lines.length; i++) {
    const street = lines[i]!.replace(/\r$/, '');
    if (!STREET_LINE.test(street)) continue;
    const last = TOWN_STATE_ZIP.exec(lines[i + 1]!.replace(/\r$/, ''));
    if (!last || !isState(last[2]!, lists)) continue;
    const head = lines[i - 1]!.replace(/\r$/, '');
    const m = ADDRESSEE.exec(head);
    if (!m) continue;
    const words = m[2]!.split(/[ \t]+/).map((w) => w.replace(/[.,]+$/, ''));
    // A practice's line may hold care words ("carter family dental"); a person's line holds none.
    const org = ORG_WORD.test(words[words.length - 1]!);
    // After a courtesy title the words are a person's even where they spell clinical words ("MS ART CROOKS", "MR BILL STONE").
    const titled = /(?:mr|mrs|ms|miss|mx|dr|mister)\.?[ \t]+$/i.test(m[1]!);
    if (words.some((w) => HEADING_WORD.test(w) || (!org && !titled && lists.clinical.has(w.toLowerCase()))) || words.every((w) => lists.functionWords.has(w.toLowerCase()))) continue;
    const start = starts[i - 1]! + m[1]!.length;
    out.push({ start, end: start + m[2]!.length, kind: org ? 'LOCATION' : 'NAME', rule: 'addressee', priority: 4 });
    // The town before the state: "idaho falls, utah 98722-9614".
    const townStart = starts[i + 1]! + lines[i + 1]!.indexOf(last[1]!);
    if (!isState(last[1]!, lists)) out.push({ start: townStart, end: townStart + last[1]!.length, kind: 'LOCATION', rule: 'addressee', priority: 4 });
  }
  return out;
}

/** A state by its name in any case or its postal code ("utah", "CO", "N.Dak."). */
function isState(v: string, lists: WordLists): boolean {
  const key = v.replace(/\./g, '').trim();
  return lists.states.has(key.toLowerCase()) || lists.stateAbbr.has(key.toUpperCase());
}

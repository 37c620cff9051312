// The people a meeting lists with their service in brackets: "ATTENDEES: LEE WILDERMAN (NEUROSURGERY), AMBER
// CREMONESI (NEURO-ONCOLOGY), KARTHIK YANES (RADIATION ONCOLOGY)", "present: dr. hope (pathology), sunny lee (nursing)".
// A bracket of a service after two or three words is how a tumor board or a family meeting names who came; a drug's or
// a test's bracket holds no service ("ABVD (oncology protocol)" stands alone, not in a list of two).
import type { Candidate } from './patterns';
import { groupAt } from './name-words';
import { bothCases, factsMemo, lineNear, wordGate } from './tokens';
import type { WordLists } from './wordlists';

const SERVICE = String.raw`(?:[a-z]+-)?(?:[a-z]*ology|[a-z]*surgery|oncology|nursing|pharmacy|social[ \t]+work|palliative(?:[ \t]+care)?|rehab(?:ilitation)?|(?:physical|occupational|speech|respiratory|radiation)[ \t]+(?:therapy|oncology)|[a-z]*medicine|genetics|chaplaincy|chaplain|nutrition|psychiatry|psychology|navigation|navigator|case[ \t]+management|coordinator|research|child[ \t]+life|hospice|ethics|anesthesia|dietetics|audiology|neurosurgery|orthopedics|pediatrics|geriatrics|dermatology|urology|gynecology)`;
const WORD = String.raw`\p{L}[\p{L}'’.-]*`;
/** One listed person: up to three words after a list's mark or label, then their service in brackets. */
const ATTENDEE = new RegExp(String.raw`(?=\p{L})(?<=(?:^|\n|[:,;]|\band)[ \t]*)(?:dr\.?[ \t]+)?(${WORD}(?:[ \t]+${WORD}){0,2})[ \t]+\((${SERVICE}(?:[ \t]*[/&,][ \t]*${SERVICE})?)\)`, 'dgiu');
const GATE = wordGate('attendees attending present participants attendance board conference meeting team');
/** Words that name no one: roles, titles, articles. */
const NOT_PERSON = /^(?:the|a|an|and|of|for|from|with|by|per|to|in|on|at|dr|dr\.|md|do|rn|np|pa|attending|fellow|resident|nurse|team|service|consult|consultant|representative|rep|member|members|staff|physician|surgeon|presenter|chair|moderator|coordinator|navigator|pharmacist|chaplain|social|worker|also|present|attendees|participants|family|patient|pt)$/i;

export function attendeeNames(text: string, lists: WordLists, open: Uint8Array): Candidate[] {
  if (!open[GATE.index] || !text.includes('(')) return [];
  const found: Array<{ line: number; start: number; end: number; words: string[] }> = [];
  const factsOf = factsMemo(lists);
  for (const m of text.matchAll(ATTENDEE)) {
    const name = m[1]!;
    const words = name.split(/[ \t]+/);
    // A name's words are no function, clinical or role words; on a line of both cases each is capitalized.
    const mixed = bothCases(lineNear(text, m.index, 200));
    if (mixed && !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    // ("Will Stone (Radiation Oncology)": a given name that is also a function word, capitalized among small letters.)
    if (words.some((w) => {
      const f = factsOf(w.toLowerCase().replace(/[.]+$/, ''));
      return NOT_PERSON.test(w) || (f.fn && !(mixed && f.first)) || (f.clinical && !f.first && !f.last);
    })) continue;
    const start = groupAt(m, 1);
    found.push({ line: text.lastIndexOf('\n', m.index), start, end: start + name.length, words });
  }
  // A list names two people at least on one line, or follows a label that says who came.
  const out: Candidate[] = [];
  const perLine = new Map<number, number>();
  for (const f of found) perLine.set(f.line, (perLine.get(f.line) ?? 0) + 1);
  for (const f of found) {
    const sameLine = perLine.get(f.line)!;
    const labelled = /\b(?:attendees|attending|present|participants|in[ \t]+attendance)[ \t]*:/i.test(text.slice(Math.max(0, f.line + 1, f.start - 200), f.start));
    if (sameLine < 2 && !labelled) continue;
    let at = f.start;
    for (const w of f.words) {
      const s = text.indexOf(w, at);
      if (w.length >= 2) out.push({ start: s, end: s + w.length, kind: 'NAME', rule: 'name-attendee', priority: 5 });
      at = s + w.length;
    }
  }
  return out;
}

// Officers named by rank (a name is capitalized on a line of both cases): "Sgt. Moody and CO Franco", "CPL. PHAN #0270", "lt. gray (#0966)", "escorted by capt. page 823".
// A rank before a word is a title as "Dr." is; the badge number after the name is an identifier too. Ranks that are also
// chart words ("lt" is left, "CO" cardiac output, "officer" alone) need a badge after the name, or a name no English
// word spells in its capitals.
import type { Candidate } from './patterns';
import { bothCases, factsMemo, lineOf } from './tokens';
import type { WordLists } from './wordlists';

/** Ranks that are no chart word. */
const PLAIN = String.raw`magistrate|sergeant|sgt\.?|cpl\.?|captain|capt\.?|ofc\.|deputy|dep\.|detective|det\.|trooper|tpr\.|superintendent|supt\.|warden|lieutenant`;
/** Ranks that are also chart words: "lt arm", "CO 4.2", "officer present", "c.o. chest pain" (complains of). */
const SHARED = String.raw`lt\.?|co|officer|c\.\s?o\.|c\/o`;
/** A rank after a rank is no name: "transporting officer Sergeant Rempel (#8251)" names Rempel. */
const RANK_WORDS = 'magistrate|sergeant|sgt|cpl|corporal|captain|capt|ofc|deputy|dep|detective|det|trooper|tpr|superintendent|supt|warden|lieutenant|lt|co|officer';
/** Letters of Latin names, accents included (no Unicode mode: this pattern runs over whole pastes). */
const L = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF';
const RANKED = new RegExp(
  String.raw`\b(?:(${PLAIN})|(${SHARED}))[ \t]+(?!(?:${RANK_WORDS})\b)([${L}][${L}'’]+(?:-[${L}][${L}'’]+)?)(?:([ \t]*,?[ \t]*\(?[ \t]*(?:badge[ \t]*(?:#|no\.?|number)?|#)[ \t]*)(\d{2,6})\)?|([ \t]+)(\d{3,4})(?=[ \t]*(?:[,.;)]|and\b|\n|$)))?`,
  'gi',
);
/** Military ranks written short, several of them chart words too ("cpt" a billing code, "msg" a message, "sa" a node,
 * "ltc" long-term care): a name after one counts where the text is about service, and is no English or chart word
 * unless capitalized on a line of both cases: "signed by cpt koehler", "maj reséndez, dsn 413-1439", "SPC HOPPE". */
const MILITARY_RANK = String.raw`cpt|maj|ltc|col|gen|lcdr|cdr|ltjg|ens|adm|spc|pfc|pvt|ssg|sfc|msg|1sg|sgm|csm|ssgt|tsgt|msgt|smsgt|cmsgt|lcpl|gysgt|sgtmaj|cw[1-5]|wo1|1lt|2lt|1stlt|2ndlt|a1c|sra|amn|po[1-3]|cpo|scpo|mcpo|hm[1-3]|hn`;
const MILITARY_RANKED = new RegExp(String.raw`\b(${MILITARY_RANK})\.?[ \t]+([${L}][${L}'’]+(?:-[${L}][${L}'’]+)?)(?![${L}\d])`, 'gi');
/** Words of service near a short rank. */
const SERVICE = /\b(?:stationed|army|navy|naval|marines?|usmc|usaf|usn|air[ \t]+force|coast[ \t]+guard|national[ \t]+guard|reserves?|active[ \t-]+duty|unit|deployed|deployment|duty|fort|camp|base|chaplain|surgeon|da[ \t]+form|strs?|service[ \t]+treatment|military|battalion|brigade|division|platoon|squad|regiment|command|uss|veterans?|dsn|ets|dd-?214|line[ \t]+of[ \t]+duty)\b/i;

/** What follows a rank that is no name:/** What follows a rank that is no name: "officer present", "deputy director", "sergeant at arms". */
const NOT_AFTER_RANK = /^(?:fire|marshal|chief|coroner|sheriff|clerk|commissioner|registrar|present|involved|at|in|on|of|aware|notified|here|there|stated|states|reports|reported|was|is|were|are|escort|escorted|escorting|standby|safety|called|requested|remained|remains|outside|posted|assigned|from|with|and|to|the|a|an|his|her|on-duty|duty|director|chief|general|arrived|came|present\.|bedside|stayed|stays|accompanied|accompanying|transported|transporting|brought|will|would|for|who|that|said|says|asked|took|report|reports|unit|station|post)$/i;

export function rankedNames(text: string, lists: WordLists): Candidate[] {
  const out: Candidate[] = [];
  const factsOf = factsMemo(lists);
  for (const m of /\b(?:magistrate|sergeant|sgt|cpl|captain|capt|ofc|deputy|dep|detective|det|trooper|tpr|superintendent|supt|warden|c\.\s?o|c\/o|lieutenant|lt|co|officer)\b/i.test(text) ? text.matchAll(RANKED) : []) {
    const [whole, plain, shared, name, badgeLead, badge, bareLead, bare] = m;
    const rank = (plain ?? shared)!;
    const nameStart = m.index + whole.indexOf(name!, rank.length);
    if (NOT_AFTER_RANK.test(name!) || name!.length < 2) continue;
    const number = badge ?? bare;
    // A bare number after a name is a badge only after a plain rank ("capt. page 823"), not "lt 2 cm".
    if (bare !== undefined && shared !== undefined) continue;
    // Cheap tests before the word's facts ("lt arm" and "co worker" are many in a long paste).
    // Without a badge a shared rank needs its capital and a capitalized name: "Lt. Kowalczyk".
    if (shared !== undefined && number === undefined && (!/^\p{Lu}/u.test(rank) || !/^\p{Lu}\p{Ll}/u.test(name!) || (/^co$/i.test(rank) && rank !== 'CO'))) continue;
    // On a line of both cases a name is capitalized ("Captain Ahab", not "captain of the team").
    if (bothCases(lineOf(text, m.index)) && !/^\p{Lu}/u.test(name!)) continue;
    const key = name!.toLowerCase();
    const f = factsOf(key);
    if (f.fn || (f.clinical && number === undefined)) continue;
    // ... and a name no English or chart word spells.
    if (shared !== undefined && number === undefined && f.english) continue;
    out.push({ start: nameStart, end: nameStart + name!.length, kind: 'NAME', rule: 'name-rank', priority: 4 });
    if (number !== undefined) {
      const numStart = nameStart + name!.length + (badgeLead ?? bareLead)!.length;
      out.push({ start: numStart, end: numStart + number.length, kind: 'ID', rule: 'name-rank-badge', priority: 6 });
    }
  }
  if (SERVICE.test(text)) {
    for (const m of text.matchAll(MILITARY_RANKED)) {
      const name = m[2]!;
      const nameStart = m.index + m[0].length - name.length;
      if (NOT_AFTER_RANK.test(name) || name.length < 2 || !SERVICE.test(text.slice(Math.max(0, m.index - 160), m.index + 160))) continue;
      const f = factsOf(name.toLowerCase());
      if (f.fn || f.clinical) continue;
      const mixed = bothCases(lineOf(text, m.index));
      if (mixed ? !/^\p{Lu}/u.test(name) || (f.english && !/^\p{Lu}/u.test(m[1]!)) : f.english && !f.last) continue;
      out.push({ start: nameStart, end: nameStart + name.length, kind: 'NAME', rule: 'name-rank', priority: 4 });
    }
  }
  return out;
}

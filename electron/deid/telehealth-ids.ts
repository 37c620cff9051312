// What a video visit's records carry that identifies a person: a platform's session token ("SESSION
// QGRQQYJMQAJMGXEDMCCYFW==", "session sess_hakgqmaznzggymnx"), a meeting's passcode ("Passcode: dQJWmKw"), the name a
// participant joined under ('joined waiting room: "mark law"', 'guest "Sky\'s iPhone" entered the lobby') and, from the
// court papers such visits answer, the person a petition is about ("in the matter of geovany little"). "session 3 of
// 12", "passcode sent by text" and 'joined waiting room: "patient"' stay.
import type { PatternRule } from './patterns';
import { bothCases, lineNear, wordGate } from './tokens';

const WORD = String.raw`\p{L}[\p{L}'’-]*`;
/** A name's word that stops before a possessive's "'s" ("Sky's iPhone"), keeping "O'Conner". */
const NAME_WORD = String.raw`\p{L}[\p{L}-]*(?:['’](?![sS][ \t"”])\p{L}+)?`;
/** Display names that say who in general, never which person. */
const NOT_DISPLAY = /^(?:patient|pt|guest|user|provider|doctor|dr|nurse|clinician|host|participant|caller|unknown|iphone|ipad|android|galaxy|samsung|chromebook|laptop|desktop|tablet|phone|mobile|zoom|teams|admin|staff|interpreter|family|mom|dad|me|test|waiting|room|lobby)$/i;

export const TELEHEALTH_RULES: readonly PatternRule[] = [
  // A session's token: letters and digits run long, or with the platform's prefix or padding.
  {
    rule: 'id-session-token',
    kind: 'ID',
    words: wordGate('session sess'),
    re: /\bsession(?:[ \t]+(?:id|token|key))?[ \t]*[:#]?[ \t]*((?=[A-Za-z0-9_+/]*\d|[A-Za-z0-9_+/]*_|[A-Za-z0-9_+/]{16,}=)[A-Za-z0-9_+/]{12,40}={0,2})(?![A-Za-z0-9_+/=])/gi,
    group: 1,
    priority: 7,
  },
  // "Passcode: dQJWmKw", "PASSCODE: NBHYLIDJ", "meeting password 4f8Kx2": a meeting's passcode after its label.
  {
    rule: 'id-passcode',
    kind: 'ID',
    words: wordGate('passcode password pwd'),
    re: /\b(?:passcode|password|pwd)[ \t]*[:#][ \t]*([A-Za-z0-9]{5,16})(?![A-Za-z0-9])/gi,
    group: 1,
    priority: 7,
    check: (m) => !/^(?:required|provided|sent|given|changed|reset|none|below|above|enclosed|attached)$/i.test(m[1]!),
  },
  // 'joined waiting room: "mark law" (chromebook)', 'guest "GUY\'S IPHONE" entered the lobby', 'display name "Lonnie
  // Nurse"': the name a participant joined under, without the device's word after a possessive.
  {
    rule: 'name-display',
    kind: 'NAME',
    words: wordGate('joined guest display renamed'),
    re: new RegExp(String.raw`\b(?:joined(?:[ \t]+(?:the[ \t]+)?(?:waiting[ \t]+room|lobby|meeting|call|session))?|guest|display[ \t]+name|renamed[ \t]+to)[ \t]*:?[ \t]*["“](${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2}?)(?:['’]s[ \t]+(?:iphone|ipad|android|galaxy|phone|laptop|tablet|chromebook|pc|computer|device)[^"”\n]{0,12})?["”]`, 'giu'),
    group: 1,
    priority: 6,
    check: (m, text) => {
      const words = m[1]!.replace(/['’]s$/i, '').split(/[ \t]+/);
      if (words.some((w) => NOT_DISPLAY.test(w))) return false;
      return !bothCases(lineNear(text, m.index, 160)) || words.every((w) => /^\p{Lu}/u.test(w));
    },
  },
  // "in the matter of geovany little\ncase no. …": the person a court's petition or order is about, closing its line.
  {
    rule: 'name-matter-of',
    kind: 'NAME',
    words: wordGate('matter'),
    re: new RegExp(String.raw`\bin[ \t]+(?:the[ \t]+)?matter[ \t]+of[ \t]+(?:the[ \t]+(?:estate|guardianship|commitment|welfare|detention)[ \t]+of[ \t]+)?(${WORD}(?:[ \t]+(?:\p{L}\.?|${WORD})){1,3})(?=[ \t]*[,:]?[ \t]*(?:\r?\n|$))`, 'giu'),
    group: 1,
    priority: 6,
    check: (m, text) => !bothCases(lineNear(text, m.index, 160)) || m[1]!.split(/[ \t]+/).every((w) => /^\p{Lu}/u.test(w)),
  },
];

// What identifies a boat, a diver's papers and an air ambulance in dive and hyperbaric records: a vessel's name after
// its prefix ("the M/V WAHOO II (USCG DOC. NO. 6405911)", "DSV OCEAN PIONEER FOR …", "dive boat \"MANTA RAY\""), a
// state's boat registration ("private vessel NC 7413 WS"), a merchant mariner credential's number and the air service
// that flew a patient ("Flown by Keys Air Care from …"). "the dive boat", "a private vessel", "flown by helicopter" stay.
import type { PatternRule } from './patterns';
import { wordGate } from './tokens';

const STATE = String.raw`(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|pr|vi|gu)`;
const WORD = String.raw`(?:\p{L}[\p{L}'’-]*|[IVX]{1,3})`;
/** Words that say what the craft is or does, never its name. */
const NOT_VESSEL = /^(?:the|a|an|and|or|for|with|from|to|at|in|on|of|was|is|had|has|crew|captain|capt|operator|owner|registration|documentation|doc|no|number|hull|trailer|ramp|dock|marina|helicopter|fixed|wing|plane|aircraft|ambulance|ground|ems|medic|unit|rotor|jet|crew's|team)$/i;
/** How an air service's name ends its run: the sending place, a mark or a clause. */
const FLOWN_END = String.raw`(?=[ \t]*(?:[,;(]|\.(?:\s|$)|\r?\n|$)|[ \t]+(?:from|to|after|at|on|with|via)\b)`;

export const VESSEL_RULES: readonly PatternRule[] = [
  // "M/V WAHOO II (USCG DOC. NO. …)", "dsv atlantis star for gulf breeze marine contractors": a vessel's prefix and its
  // name of one to three words, closed by a bracket, a mark or "for".
  {
    rule: 'vehicle-vessel-name',
    kind: 'VEHICLE',
    words: wordGate('m v f s r dsv'),
    re: new RegExp(String.raw`(?<![\p{L}\d])(?:m\/v|f\/v|s\/v|r\/v|dsv)[ \t]+(${WORD}(?:[ \t]+${WORD}){0,2})(?=[ \t]*(?:[(,;]|\.(?:\s|$)|\r?\n|$)|[ \t]+(?:for|with|and|at|off|out|from)\b)`, 'giu'),
    group: 1,
    priority: 6,
    check: (m) => !m[1]!.split(/[ \t]+/).some((w) => NOT_VESSEL.test(w)),
  },
  // 'dive boat "MANTA RAY"', 'the vessel "Sea Esta"': a craft's name in quotes after what it is.
  {
    rule: 'vehicle-vessel-name',
    kind: 'VEHICLE',
    words: wordGate('boat vessel yacht charter'),
    re: new RegExp(String.raw`\b(?:boat|vessel|yacht|charter)[ \t]+["“](${WORD}(?:[ \t]+${WORD}){0,3})["”]`, 'giu'),
    group: 1,
    priority: 6,
  },
  // "private vessel NC 7413 WS", "boat registration FL 4163 DR": a state's boat number after the craft.
  {
    rule: 'vehicle-boat-number',
    kind: 'VEHICLE',
    words: wordGate('vessel boat registration reg hull skiff jet'),
    re: new RegExp(String.raw`\b(?:vessel|boat|registration|reg\.?|skiff|jet[ \t]?ski)(?:[ \t]+(?:no\.?|number|#))?[ \t]*:?[ \t]+(${STATE}[ \t-]?\d{4}[ \t-]?[a-z]{1,2})(?![\p{L}\d])`, 'giu'),
    group: 1,
    priority: 7,
  },
  // "merchant mariner credential 7538956", "MMC no. 3462474": a mariner's credential number.
  {
    rule: 'license-mariner',
    kind: 'LICENSE',
    words: wordGate('credential mmc'),
    re: /\b(?:mariner[ \t]+credential|mmc)(?:[ \t]+(?:no\.?|number|#))?[ \t]*:?[ \t]*#?(\d{5,10})\b/gi,
    group: 1,
    priority: 7,
  },
  // "Flown by Keys Air Care from Surprise General Hospital ED", "flown by trauma star from …": the air service.
  {
    rule: 'place-air-service',
    kind: 'LOCATION',
    words: wordGate('flown'),
    re: new RegExp(String.raw`\bflown[ \t]+(?:in[ \t]+)?by[ \t]+(${WORD}(?:[ \t]+${WORD}){0,2})${FLOWN_END}`, 'giu'),
    group: 1,
    priority: 5,
    check: (m) => !/^air$/i.test(m[1]!) && !m[1]!.split(/[ \t]+/).some((w) => NOT_VESSEL.test(w)),
  },
];
